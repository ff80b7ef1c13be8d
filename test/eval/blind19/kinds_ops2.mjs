// Ops document kinds (part 2): incident timelines, Kubernetes manifests, env files,
// application configs, shell history.
import { nextPemKind } from './common.mjs';
import { Ctx, S, P, L, Doc, frag, PI, kvLine, pemSpan, urlPassword, plainSecret, tokenSecret, anyPassword, machinePassword, humanPassword, passphrase, SECRET_BY, fill, Clock, shQ, envQ, yamlQ, PEM_KINDS } from './common.mjs';
import { LOOK, sshPublicKey } from './lookalikes.mjs';

const BUDGET = 3700;
const b64 = (s) => Buffer.from(s).toString('base64');
const cfg = (c, tag = 'cfg2', vendor) => c.secDef(tag + (vendor === undefined ? '' : vendor ? '-v' : '-g'), (d) => d.keys.length > 0 && (vendor === undefined || d.vendor === vendor));
const envKey = (k) => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
const svcName = (r) => r.pick(['billing-api', 'checkout', 'ledger-sync', 'crm-web', 'payroll-batch', 'notifier', 'search-indexer', 'booking-core', 'claims-portal', 'hr-connect']);
const H = (c) => c.lk('hostname');

// ------------------------------------------------------------------ incident_timeline
const INC = {
  en: { title: 'Incident', summary: 'Summary', impact: 'Customer impact', timeline: 'Timeline (UTC)', cause: 'Root cause', actions: 'Follow-ups', commander: 'Incident commander', scribe: 'Scribe',
    ev: ['Alert fired: 5xx rate above 4% on {H}', '{N} acknowledged the page', '{N} rolled back to {V}', 'Status page updated by {N}', 'Error rate back to baseline', '{N} confirmed with the customer in {C} that orders go through again', 'Database failover to {H} completed'],
    causeLeak: 'A credential was committed to the repository in a debug script and picked up by a scraper. The exposed value was', affected: 'Affected customers contacted:' },
  de: { title: 'Störung', summary: 'Zusammenfassung', impact: 'Auswirkung auf Kunden', timeline: 'Zeitverlauf (UTC)', cause: 'Ursache', actions: 'Nacharbeiten', commander: 'Incident-Leitung', scribe: 'Protokoll',
    ev: ['Alarm: 5xx-Rate über 4 % auf {H}', '{N} hat den Alarm bestätigt', '{N} hat auf {V} zurückgerollt', 'Statusseite aktualisiert durch {N}', 'Fehlerrate wieder normal', '{N} hat mit dem Kunden in {C} telefoniert, Bestellungen laufen wieder', 'Failover auf {H} abgeschlossen'],
    causeLeak: 'Ein Zugangsschlüssel wurde versehentlich in einem Debug-Skript eingecheckt. Der offengelegte Wert war', affected: 'Kontaktierte Kunden:' },
  fr: { title: 'Incident', summary: 'Résumé', impact: 'Impact client', timeline: 'Chronologie (UTC)', cause: 'Cause racine', actions: 'Suites à donner', commander: 'Responsable incident', scribe: 'Secrétaire',
    ev: ['Alerte : taux de 5xx au-dessus de 4 % sur {H}', '{N} a pris l\'alerte', '{N} a fait un retour arrière vers {V}', 'Page de statut mise à jour par {N}', 'Taux d\'erreur revenu à la normale', '{N} a confirmé avec le client à {C} que les commandes passent', 'Bascule vers {H} terminée'],
    causeLeak: 'Un identifiant a été commité dans un script de debug puis récupéré par un robot. La valeur exposée était', affected: 'Clients contactés :' },
  es: { title: 'Incidente', summary: 'Resumen', impact: 'Impacto en clientes', timeline: 'Cronología (UTC)', cause: 'Causa raíz', actions: 'Acciones', commander: 'Coordinador', scribe: 'Notas',
    ev: ['Alerta: tasa de 5xx por encima del 4 % en {H}', '{N} atendió la alerta', '{N} revirtió a {V}', 'Página de estado actualizada por {N}', 'Tasa de error normalizada', '{N} confirmó con el cliente de {C} que los pedidos vuelven a funcionar', 'Conmutación a {H} completada'],
    causeLeak: 'Se subió una credencial al repositorio dentro de un script de depuración. El valor expuesto era', affected: 'Clientes contactados:' },
};
export function incident_timeline(r) {
  const lang = r.pick(['en', 'en', 'de', 'fr', 'es']); const c = new Ctx(r, lang); const t = INC[lang]; const d = new Doc();
  const ic = c.person(), sc = c.person();
  const inc = LOOK.ticket_id(r);
  d.line('# ', t.title, ' ', L('ticket_id', inc), ': ', r.pick(['checkout 5xx', 'payroll export stuck', 'login failures', 'webhook backlog', 'CRM sync duplicated contacts', 'invoice PDFs missing']));
  d.line();
  d.line('- **', t.commander, ':** ', c.N(ic, 'full'), ' (', c.Ph(undefined, true), ')');
  d.line('- **', t.scribe, ':** ', c.N(sc, 'full'));
  d.line('- **Status:** resolved · ', c.date());
  d.line();
  d.line('## ', t.summary);
  d.line(c.filler(), ' ', c.mention());
  d.line();
  d.line('## ', t.timeline);
  const n = r.range(5, 8);
  for (let i = 0; i < n; i++) d.line('- ', L('timestamp', c.clock.step(60, 1500).hm()), ' ', c.tpl(r.pick(t.ev)));
  d.line();
  d.line('## ', t.impact);
  d.line(t.affected);
  for (let i = 0; i < r.range(2, 4); i++) { const p = c.person(); d.line('- ', c.N(p, 'full'), ', ', c.E(p), ', ', c.city(), ' (last IP ', P('IP_ADDRESS', PI.clientIp(r)), ')'); }
  d.line();
  d.line('## ', t.cause);
  if (r.chance(0.8)) {
    const def = c.secDef('incident', (x) => x.vendor);
    d.line(t.causeLeak, ' `', S(def.e, plainSecret(r, def.gen)), '` (', def.svc || 'vendor', '). Revoked at ', L('timestamp', c.clock.step(60, 3000).isoS()), '.');
    d.line('```');
    for (let i = 0; i < r.range(2, 5); i++) { const d2 = c.secDef('incident2', (x) => x.keys.length > 0); d.line(r.pick(d2.keys).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[^A-Z0-9_]/g, '_'), '=', S(d2.e, tokenSecret(r, d2.gen))); }
    d.line('```');
  } else d.line('Connection pool exhaustion after ', L('version', LOOK.version(r)), '; pool size was ', String(r.range(5, 20)), '.');
  d.line();
  d.line('## ', t.actions);
  for (let i = 0; i < r.range(2, 4); i++) d.line('- [ ] ', r.pick(['Rotate remaining keys', 'Add secret scanning to CI', 'Alert on pool saturation', 'Write customer letter', 'Review on-call handover']), ' — ', c.N(c.person(), r.pick(['given', 'full'])), ' (', c.lk('ticket_id'), ')');
  return d;
}

// ------------------------------------------------------------------ k8s_manifest
export function k8s_manifest(r) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const v = r.int(4); const svc = svcName(r); const ns = r.pick(['prod', 'payments', 'hr', 'crm', 'default']);
  if (v === 0) { // Secret with data + stringData
    d.line('apiVersion: v1');
    d.line('kind: Secret');
    d.line('metadata:');
    d.line(`  name: ${svc}-env`);
    d.line(`  namespace: ${ns}`);
    d.line('  annotations:');
    const o = c.person();
    d.line('    owner: "', c.N(o, 'full'), '"');
    d.line('    last-rotated: "', c.date(), '"');
    d.line('type: Opaque');
    d.line('data:');
    for (let i = 0; i < r.range(3, 5); i++) d.line('  ', r.pick(['db-password', 'redis-password', 'smtp-password', 'admin-password', 'ldap-bind']), ': ', S('KUBERNETES_SECRET_DATA', b64(plainSecret(r, anyPassword))));
    d.line('stringData:');
    for (let i = 0; i < r.range(4, 8); i++) { const def = cfg(c, 'k8s'); d.line(kvLine(r, 'yaml', r.pick(def.keys).toLowerCase().replace(/[^a-z0-9]+/g, '-'), S(def.e, plainSecret(r, def.gen)), '  ')); }
    if (r.chance(0.85)) { d.line('  tls.key: |'); d.line('    ', pemSpan(r, nextPemKind(['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY']), 'indent', '    ')); d.line('  tls.crt: |'); d.line('    ', L('certificate', LOOK.certificate(r).split('\n').join('\n    '))); }
  } else if (v === 1) { // Deployment with inline env
    d.line('apiVersion: apps/v1');
    d.line('kind: Deployment');
    d.line('metadata:');
    d.line(`  name: ${svc}`);
    d.line(`  namespace: ${ns}`);
    d.line('  resourceVersion: "', c.lk('k8s_resource_version'), '"');
    d.line('  uid: ', c.lk('uuid'));
    d.line('spec:');
    d.line(`  replicas: ${r.range(1, 6)}`);
    d.line('  template:');
    d.line('    spec:');
    d.line('      containers:');
    d.line(`        - name: ${svc}`);
    d.line('          image: ', c.reg(), `/${svc}@`, c.lk('digest'));
    d.line('          env:');
    const kinds = r.shuffle([0, 1, 2, 2, 2, 2, 2, ...Array.from({ length: r.range(1, 4) }, () => r.pick([1, 2, 2, 3]))]);
    for (const k of kinds) {
      if (k === 0) { d.line('            - name: ', r.pick(['DB_PASSWORD', 'API_TOKEN', 'SMTP_PASSWORD'])); d.line('              valueFrom:'); d.line('                secretKeyRef: {name: ', svc, '-env, key: password}'); continue; }
      if (k === 1) { d.line('            - name: ', r.pick(['LOG_LEVEL', 'FEATURE_FLAGS', 'TZ'])); d.line('              value: "', r.pick(['info', 'debug', 'Europe/Berlin', 'new-checkout,dark-mode']), '"'); continue; }
      const def = cfg(c, 'k8sdep'); const val = plainSecret(r, def.gen);
      d.line('            - name: ', envKey(r.pick(def.keys)));
      d.line('              value: "', S(def.e, val), '"');
    }
    d.line('            - name: PUBLIC_BASE_URL');
    d.line('              value: "https://', svc, '.corp.example"');
  } else if (v === 2) { // helm values.yaml
    d.line(`# values-${ns}.yaml for ${svc}`);
    d.line('# maintained by ', c.N(c.person(), 'full'), ', questions to ', c.E(c.person()));
    d.line('image:');
    d.line('  repository: ', c.reg(), `/${svc}`);
    d.line('  tag: ', c.lk('version'));
    d.line('postgresql:');
    d.line('  auth:');
    d.line('    username: app');
    const pw = plainSecret(r, anyPassword); const [o, q] = yamlQ(r, pw);
    d.line('    password: ', o, S('DATABASE_PASSWORD', pw), q);
    d.line('    postgresPassword: ', L('env_reference', '{{ .Values.global.pgAdmin }}'));
    d.line('redis:');
    d.line('  auth:');
    d.line('    password: ', S('REDIS_PASSWORD', plainSecret(r, machinePassword)));
    d.line('integrations:');
    for (let i = 0; i < r.range(4, 8); i++) { const def = cfg(c, 'helm', true); d.line(kvLine(r, 'yaml', r.pick(def.keys).replace(/[^A-Za-z0-9]+/g, '_').toLowerCase(), S(def.e, plainSecret(r, def.gen)), '  ')); }
    d.line('ingress:');
    d.line('  hosts: [', H(c), ']');
    if (r.chance(0.8)) { d.line('  tls:'); d.line('    key: |'); d.line('      ', pemSpan(r, nextPemKind(['EC_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY']), 'indent', '      ')); d.line('    crt: |'); d.line('      ', L('certificate', LOOK.certificate(r).split('\n').join('\n      '))); }
  } else { // ConfigMap + kustomize secretGenerator
    d.line('apiVersion: v1');
    d.line('kind: ConfigMap');
    d.line('metadata:');
    d.line(`  name: ${svc}-config`);
    d.line('data:');
    d.line('  application.yaml: |');
    d.line('    spring:');
    d.line('      datasource:');
    const u = r.pick(['app', 'svc_ledger', 'report']);
    d.line('        url: jdbc:postgresql://', H(c), ':5432/', r.pick(['ledger', 'crm', 'hr']));
    d.line('        username: ', u);
    d.line('        password: ', S('DATABASE_PASSWORD', plainSecret(r, (x) => urlPassword(x))));
    d.line('      mail:');
    d.line('        host: ', H(c));
    d.line('        password: ', S('SMTP_PASSWORD', plainSecret(r, (x) => urlPassword(x))));
    d.line('    jwt:');
    d.line('      secret: ', S('JWT_SIGNING_SECRET', tokenSecret(r, SECRET_BY.JWT_SIGNING_SECRET.gen)));
    d.line('---');
    d.line('# kustomization.yaml');
    d.line('secretGenerator:');
    d.line(`  - name: ${svc}-creds`);
    d.line('    literals:');
    for (let i = 0; i < r.range(4, 8); i++) { const def = cfg(c, 'kust'); d.line('      - ', envKey(r.pick(def.keys)).toLowerCase(), '=', S(def.e, plainSecret(r, (x) => tokenSecret(x, def.gen)))); }
    d.line('generatorOptions:');
    d.line('  disableNameSuffixHash: true');
    d.line('  annotations: {checksum: "', c.lk('hash'), '"}');
  }
  return d;
}

// ------------------------------------------------------------------ env_file
const ENV_COMMENTS = {
  en: ['# ask {N} before rotating', '# prod values, do NOT commit', '# owner: {N} ({E})', '# copied from the wiki on {D}', '# temporary until {D}'],
  de: ['# vor dem Rotieren {N} fragen', '# Produktivwerte, nicht einchecken!', '# Ansprechpartner: {N}, {P}'],
  fr: ['# demander à {N} avant de changer', '# valeurs de prod, ne pas commiter'],
  es: ['# preguntar a {N} antes de rotar', '# valores de producción'],
  pt: ['# falar com {N} antes de trocar'], nl: ['# eerst {N} vragen'], pl: ['# zapytać {N} przed zmianą'], ja: ['# ローテーション前に{N}さんに確認'], tr: ['# değiştirmeden önce {N} ile konuş'],
};
export function env_file(r) {
  const lang = r.pick(['en', 'en', 'en', 'de', 'fr', 'es', 'pt', 'nl', 'pl', 'ja', 'tr']); const c = new Ctx(r, lang); const d = new Doc();
  const v = r.int(4);
  const com = () => c.tpl(r.pick(ENV_COMMENTS[lang]));
  if (v === 0 || v === 1) { // .env
    d.line(r.pick(['# .env.production', '# .env', `# ${svcName(r)} environment`, '# generated by bootstrap.sh — edit with care']));
    d.line(com());
    d.line('NODE_ENV=production');
    d.line('APP_URL=https://', svcName(r), '.corp.example');
    const pw = urlPassword(r); const dbu = r.pick(['app', 'ledger', 'crm_rw']);
    if (r.chance(0.4)) d.line('GITHUB_APP_PRIVATE_KEY="', pemSpan(r, nextPemKind(['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY']), 'json'), '"');
    if (r.chance(0.3)) d.line('DEPLOY_PUBLIC_KEY="', L('public_key', sshPublicKey(r, 'deploy@ci')), '"');
    d.line('DATABASE_URL=postgres://', dbu, ':', S('CONNECTION_STRING_PASSWORD', pw), '@', H(c), ':5432/', r.pick(['main', 'crm', 'billing']));
    fill(d, BUDGET, () => {
      const k = r.int(9);
      if (k === 0) return frag('\n', com(), '\n');
      if (k === 1) return frag(envKey(r.pick(['LOG_LEVEL', 'PORT', 'TZ', 'FEATURE_X'])), '=', r.pick(['info', '8080', 'UTC', 'true']), '\n');
      if (k === 2) return frag(envKey(r.pick(['SENTRY_DSN', 'OLD_TOKEN', 'BACKUP_KEY'])), '=', c.lk(r.pick(['placeholder', 'env_reference'])), '\n');
      const def = cfg(c, 'env'); const sp = S(def.e, plainSecret(r, def.gen));
      const key = r.chance(0.25) && def.odd.length ? r.pick(def.odd) : r.pick(def.keys);
      return kvLine(r, v === 0 ? 'env' : 'export', envKey(key), sp);
    }, r.range(20, 36));
  } else if (v === 2) { // docker-compose environment
    d.line('services:');
    d.line(`  ${svcName(r)}:`);
    d.line('    image: ', c.reg(), '/', svcName(r), ':', c.lk('version'));
    d.line('    environment:');
    const mapStyle = r.chance(0.5);
    fill(d, BUDGET - 200, () => {
      const def = cfg(c, 'compose'); const val = plainSecret(r, def.gen);
      return mapStyle ? frag('      ', envKey(r.pick(def.keys)), ': ', ...(() => { const [o, q] = yamlQ(r, val); return [o, S(def.e, val), q]; })(), '\n') : frag('      - ', envKey(r.pick(def.keys)), '=', S(def.e, tokenSecret(r, def.gen)), '\n');
    }, r.range(9, 16));
    d.line('  db:');
    d.line('    image: postgres:', c.lk('version'));
    d.line('    environment:');
    d.line('      POSTGRES_PASSWORD: ', S('DATABASE_PASSWORD', plainSecret(r, (x) => urlPassword(x))));
  } else { // systemd / windows
    if (r.chance(0.5)) {
      d.line('[Unit]');
      d.line(`Description=${svcName(r)} worker`);
      d.line('[Service]');
      d.line('User=svc');
      fill(d, BUDGET - 100, () => { const def = cfg(c, 'systemd'); return frag('Environment="', envKey(r.pick(def.keys)), '=', S(def.e, plainSecret(r, (x) => tokenSecret(x, def.gen))), '"\n'); }, r.range(8, 14));
      d.line('ExecStart=/opt/app/bin/server --config /etc/app/config.yaml');
      d.line('Restart=on-failure');
    } else {
      d.line('@echo off');
      d.line('REM ', c.tpl(r.pick(ENV_COMMENTS[lang]).replace(/^# /, '')));
      fill(d, BUDGET - 100, () => { const def = cfg(c, 'win'); return frag('set ', envKey(r.pick(def.keys)), '=', S(def.e, plainSecret(r, (x) => tokenSecret(x, def.gen))), '\r\n'); }, r.range(8, 14));
      d.line('call run.cmd %*');
    }
  }
  return d;
}

// ------------------------------------------------------------------ app_config
export function app_config(r, i = 0) {
  const d = app_config_inner(r, i);
  const c = new Ctx(r, 'en');
  if (d.size() < 2600 && r.chance(0.85)) { // many configs carry an integrations block at the end
    const syn = r.pick(['yaml', 'env', 'ini', 'props']);
    d.line();
    d.line(syn === 'yaml' ? 'integrations:' : syn === 'ini' ? '[integrations]' : '# integrations');
    if (syn === 'yaml' && r.chance(0.5)) { d.line('  trusted_ca: |'); d.line('    ', L('certificate', LOOK.certificate(r).split('\n').join('\n    '))); }
    if (syn === 'yaml' && r.chance(0.4)) { d.line('  sftp_key: |'); d.line('    ', pemSpan(r, nextPemKind(), 'indent', '    ')); }
    if (r.chance(0.3)) d.add(kvLine(r, syn === 'env' ? 'env' : 'props', syn === 'env' ? 'AUTHORIZED_KEY' : 'authorized_key', L('public_key', sshPublicKey(r)), syn === 'yaml' ? '  ' : ''));
    for (let k = 0; k < r.range(3, 7); k++) { const def = cfg(c, 'cfgx'); const key = r.chance(0.3) && def.odd.length ? r.pick(def.odd) : r.pick(def.keys); d.add(kvLine(r, syn, syn === 'env' ? envKey(key) : key.replace(/[^A-Za-z0-9_.-]+/g, '_'), S(def.e, tokenSecret(r, def.gen)), syn === 'yaml' ? '  ' : '')); }
  }
  return d;
}
function app_config_inner(r, i) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const v = (i + r.int(2)) % 9;
  if (v === 0) { // YAML app config
    d.line('server:');
    d.line('  port: ', String(r.range(3000, 9000)));
    d.line('database:');
    d.line('  host: ', H(c));
    d.line('  user: ', r.pick(['app', 'crm', 'ledger_rw']));
    d.add(kvLine(r, 'yaml', 'password', S('DATABASE_PASSWORD', plainSecret(r, anyPassword)), '  '));
    d.line('smtp:');
    d.line('  host: ', H(c));
    d.line('  username: ', c.E(c.person()));
    d.add(kvLine(r, 'yaml', 'password', S('SMTP_PASSWORD', plainSecret(r, anyPassword)), '  '));
    d.line('ldap:');
    d.line('  url: ldaps://', H(c), ':636');
    d.line('  bindDn: "cn=svc-portal,ou=services,dc=corp,dc=example"');
    d.add(kvLine(r, 'yaml', 'bindPassword', S('LDAP_BIND_PASSWORD', plainSecret(r, anyPassword)), '  '));
    d.line('oauth:');
    d.line('  client_id: ', c.lk('uuid'));
    d.add(kvLine(r, 'yaml', 'client_secret', c.sec('OAUTH_CLIENT_SECRET'), '  '));
    d.line('mfa:');
    d.add(kvLine(r, 'yaml', r.pick(['totp_secret', 'otp_key', 'second_factor_root']), c.sec('TOTP_SEED'), '  '));
    d.line('signing:');
    d.line('  key: |');
    d.line('    ', pemSpan(r, nextPemKind(), 'indent', '    '));
  } else if (v === 1) { // TOML
    d.line('[server]');
    d.line('bind = "0.0.0.0:8443"');
    d.line();
    d.line('[database]');
    d.line('url = "mysql://app:', S('CONNECTION_STRING_PASSWORD', urlPassword(r)), '@', H(c), ':3306/shop"');
    d.line();
    for (let i = 0; i < r.range(3, 5); i++) {
      const def = cfg(c, 'toml'); d.line(`[${(def.svc || 'integration').toLowerCase().replace(/[^a-z]+/g, '_')}]`);
      d.add(kvLine(r, 'toml', r.chance(0.3) && def.odd.length ? r.pick(def.odd) : r.pick(def.keys).toLowerCase().replace(/[^a-z0-9]+/g, '_'), S(def.e, plainSecret(r, def.gen).replace(/'/g, ''))));
      d.line();
    }
    d.line('[ui]');
    d.line('accent = "', c.lk('hex_color'), '"');
  } else if (v === 2) { // INI / my.cnf / odbc
    d.line('[client]');
    d.line('user=', r.pick(['backup', 'root', 'report']));
    d.line('password=', S('DATABASE_PASSWORD', plainSecret(r, anyPassword)));
    d.line('host=', H(c));
    d.line();
    d.line('[mysqldump]');
    d.line('password="', S('DATABASE_PASSWORD', plainSecret(r, machinePassword)), '"');
    d.line();
    d.line('[ODBC Data Sources]');
    d.line('Warehouse=PostgreSQL Unicode');
    d.line('[Warehouse]');
    d.line('Servername=', H(c));
    d.line('Username=bi_reader');
    d.line('Password=', S('DATABASE_PASSWORD', plainSecret(r, humanPassword)));
    d.line();
    d.line('[rclone-backup]');
    d.line('type = s3');
    d.line('access_key_id = ', c.sec('AWS_ACCESS_KEY'));
    d.line('secret_access_key = ', c.sec('AWS_SECRET_KEY'));
  } else if (v === 3) { // appsettings.json
    d.line('{');
    d.line('  "ConnectionStrings": {');
    d.line('    "Default": "Server=', H(c), ';Database=Crm;User Id=crm_app;Password=', S('CONNECTION_STRING_PASSWORD', plainSecret(r, (x) => urlPassword(x))), ';TrustServerCertificate=True",');
    d.line('    "Storage": "DefaultEndpointsProtocol=https;AccountName=stcrm', r.digits(4), ';AccountKey=', c.sec('AZURE_STORAGE_ACCOUNT_KEY'), ';EndpointSuffix=core.storage.example",');
    d.line('    "Bus": "Endpoint=sb://bus-', r.digits(3), '.servicebus.example/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=', c.sec('AZURE_SERVICE_BUS_KEY'), '"');
    d.line('  },');
    d.line('  "AzureAd": {');
    d.line('    "TenantId": "', c.lk('uuid'), '",');
    d.line('    "ClientId": "', c.lk('uuid'), '",');
    d.line('    "ClientSecret": "', c.sec('AZURE_CLIENT_SECRET'), '"');
    d.line('  },');
    d.line('  "Cosmos": { "Key": "', c.sec('AZURE_COSMOS_KEY'), '" },');
    d.line('  "Logging": { "LogLevel": { "Default": "Information" } }');
    d.line('}');
  } else if (v === 4) { // application.properties
    d.line('# ', svcName(r), ' application.properties');
    d.line('spring.datasource.url=jdbc:mysql://', H(c), ':3306/erp?useSSL=true');
    d.line('spring.datasource.username=erp');
    d.line('spring.datasource.password=', S('DATABASE_PASSWORD', plainSecret(r, anyPassword)));
    d.line('spring.rabbitmq.password=', S('RABBITMQ_PASSWORD', plainSecret(r, anyPassword)));
    d.line('spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="erp" password="', S('KAFKA_SASL_PASSWORD', plainSecret(r, machinePassword)), '";');
    d.line('server.ssl.key-store-password=', S('KEYSTORE_PASSWORD', plainSecret(r, anyPassword)));
    d.line('app.crypto.field-key=', c.sec('ENCRYPTION_KEY'));
    for (let i = 0; i < r.range(2, 4); i++) { const def = cfg(c, 'props'); d.add(kvLine(r, 'props', 'app.' + r.pick(def.keys).toLowerCase().replace(/[^a-z0-9]+/g, '.'), S(def.e, plainSecret(r, def.gen)))); }
    d.line('app.build=', c.lk('build_number'));
  } else if (v === 5) { // settings.py / wp-config.php
    if (r.chance(0.5)) {
      d.line('# settings/production.py');
      d.line('import os');
      d.line('SECRET_KEY = "', c.sec('DJANGO_SECRET_KEY'), '"');
      d.line('DEBUG = False');
      d.line('ALLOWED_HOSTS = ["', H(c), '"]');
      d.line('DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop", "USER": "shop", "PASSWORD": "', S('DATABASE_PASSWORD', plainSecret(r, anyPassword)), '", "HOST": "', H(c), '"}}');
      d.line('EMAIL_HOST_PASSWORD = "', S('SMTP_PASSWORD', plainSecret(r, anyPassword)), '"');
      d.line('ADMINS = [("', c.N(c.person(), 'full'), '", "', c.E(c.person()), '")]');
      d.line('STRIPE_KEY = os.environ.get("STRIPE_KEY", "', c.sec(r.pick(['STRIPE_SECRET_KEY', 'STRIPE_TEST_SECRET_KEY', 'STRIPE_RESTRICTED_KEY'])), '")');
      d.line('FERNET_KEYS = ["', c.sec('FERNET_KEY'), '"]');
    } else {
      d.line('<?php');
      d.line("define( 'DB_NAME', 'wp_", r.pick(['shop', 'blog', 'intranet']), "' );");
      d.line("define( 'DB_USER', 'wp' );");
      d.line("define( 'DB_PASSWORD', '", S('DATABASE_PASSWORD', plainSecret(r, anyPassword).replace(/'/g, '')), "' );");
      d.line("define( 'DB_HOST', '", H(c), "' );");
      for (const k of ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY']) d.line(`define( '${k}', '`, S('SESSION_SECRET', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_=+[]{}<>~;:,.|', 64)), "' );");
      d.line("define( 'WP_DEBUG', false );");
    }
  } else if (v === 6) { // pgpass / netrc / git-credentials
    d.line('$ cat ~/.pgpass');
    for (let i = 0; i < r.range(2, 4); i++) d.line(H(c), ':5432:', r.pick(['crm', 'ledger', '*']), ':', r.pick(['report', 'postgres', 'app']), ':', S('PGPASS_PASSWORD', plainSecret(r, (x) => urlPassword(x))));
    d.line('$ cat ~/.netrc');
    for (let i = 0; i < r.range(1, 3); i++) d.line('machine ', H(c), ' login ', r.pick(['ci', 'deploy', 'jenkins']), ' password ', S('NETRC_PASSWORD', tokenSecret(r, SECRET_BY.NETRC_PASSWORD.gen)));
    d.line('$ cat ~/.git-credentials');
    for (let i = 0; i < r.range(1, 3); i++) d.line('https://', r.pick(['oauth2', 'x-token-auth', 'build-bot']), ':', S('GIT_CREDENTIAL_TOKEN', SECRET_BY.GIT_CREDENTIAL_TOKEN.gen(r)), '@code.corp.example');
    d.line('https://', r.pick(['me', 'dev']), ':', c.sec('GITLAB_PERSONAL_ACCESS_TOKEN'), '@git.internal.test');
  } else if (v === 7) { // XML web.config / settings.xml
    d.line('<?xml version="1.0" encoding="utf-8"?>');
    d.line('<configuration>');
    d.line('  <appSettings>');
    for (let i = 0; i < r.range(3, 6); i++) { const def = cfg(c, 'xml'); d.add(kvLine(r, 'xml', r.pick(def.keys), S(def.e, plainSecret(r, (x) => tokenSecret(x, def.gen))), '    ')); }
    d.line('    <add key="BuildId" value="', c.lk('build_number'), '" />');
    d.line('  </appSettings>');
    d.line('  <connectionStrings>');
    d.line('    <add name="Erp" connectionString="Data Source=', H(c), ';Initial Catalog=Erp;User ID=erp_app;Password=', S('CONNECTION_STRING_PASSWORD', plainSecret(r, (x) => urlPassword(x))), '" />');
    d.line('  </connectionStrings>');
    d.line('</configuration>');
  } else { // Terraform tfvars / HCL
    d.line('# terraform.tfvars — ', r.pick(['prod', 'staging']), ' (', c.N(c.person(), 'full'), ')');
    for (let i = 0; i < r.range(4, 7); i++) { const def = cfg(c, 'hcl', r.chance(0.6)); d.add(kvLine(r, 'hcl', r.pick(def.keys), S(def.e, plainSecret(r, def.gen)))); }
    d.line('vpc_id = "', c.lk('cloud_resource_id'), '"');
    d.line('ami    = "', L('cloud_resource_id', 'ami-0' + r.hex(16)), '"');
    d.line('admin_cidr = "', PI.privateIp(r).replace(/\.\d+$/, '.0'), '/24"');
  }
  return d;
}

// ------------------------------------------------------------------ shell_history
export function shell_history(r) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const v = r.int(4);
  const cmds = [
    () => { const p = plainSecret(r, anyPassword); const [o, q] = shQ(r, p); return frag('mysql -h ', H(c), ' -u ', r.pick(['root', 'report', 'app']), ' -p', o, S('CLI_PASSWORD', p), q, ' ', r.pick(['shop', 'crm', 'erp'])); },
    () => frag('psql "postgresql://', r.pick(['postgres', 'app', 'etl']), ':', S('CONNECTION_STRING_PASSWORD', urlPassword(r)), '@', H(c), ':5432/', r.pick(['ledger', 'crm']), '?sslmode=require"'),
    () => { const p = urlPassword(r); return frag('curl -su ', r.pick(['admin', 'api', 'reporter']), ':', S('CLI_PASSWORD', p), ' https://', H(c), '/api/health'); },
    () => frag('curl -H "Authorization: Bearer ', c.sec(r.pick(['BEARER_TOKEN', 'JSON_WEB_TOKEN', 'OAUTH_ACCESS_TOKEN'])), '" https://', H(c), '/v1/me'),
    () => { const def = cfg(c, 'hist'); return frag('export ', envKey(r.pick(def.keys)), '=', S(def.e, plainSecret(r, (x) => tokenSecret(x, def.gen)))); },
    () => frag('docker login ', H(c), ' -u ', r.pick(['ci', 'deploy']), ' -p ', S('CLI_PASSWORD', urlPassword(r))),
    () => frag('git clone https://oauth2:', c.sec(r.pick(['GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_TOKEN'])), '@code.corp.example/', r.pick(['platform', 'finance', 'hr']), '/', svcName(r), '.git'),
    () => frag('sshpass -p ', ...(() => { const p = plainSecret(r, anyPassword); const [o, q] = shQ(r, p); return [o, S('CLI_PASSWORD', p), q]; })(), ' ssh ', r.pick(['admin', 'pi', 'ubuntu']), '@', PI.privateIp(r)),
    () => frag('redis-cli -h ', H(c), ' -a ', S('REDIS_PASSWORD', urlPassword(r, machinePassword)), ' --no-auth-warning info keyspace'),
    () => frag("kubectl create secret generic app-db --from-literal=password='", S('DATABASE_PASSWORD', plainSecret(r, anyPassword)), "' -n prod"),
    () => frag('vault login ', c.sec('HASHICORP_VAULT_TOKEN')),
    () => frag('curl -s -H "Authorization: Basic ', c.sec('BASIC_AUTH_CREDENTIALS'), '" https://', H(c), '/admin/metrics'),
    () => frag("echo '{\"auths\":{\"", H(c), "\":{\"auth\":\"", c.sec('DOCKER_REGISTRY_AUTH'), "\"}}}' > ~/.docker/config.json"),
    () => frag('aws configure set aws_secret_access_key ', c.sec('AWS_SECRET_KEY'), ' --profile ', r.pick(['prod', 'billing'])),
    () => frag('htpasswd -b /etc/nginx/.htpasswd ', r.pick(['ops', 'grafana', 'partner']), " '", S('USER_PASSWORD', plainSecret(r, humanPassword)), "'"),
    () => frag("openssl enc -aes-256-cbc -pbkdf2 -in backup.tar -out backup.enc -k '", S('PASSPHRASE', plainSecret(r, passphrase)), "'"),
    () => { const p = c.person(); return frag('git config --global user.email "', c.E(p), '"'); },
    () => { const p = c.person(); return frag('git config --global user.name "', c.N(p, 'full'), '"'); },
    () => frag('git commit -m "', r.pick(['fix', 'wip', 'update config', 'hotfix vat rounding']), '" && git push'),
    () => frag('ssh ', r.pick(['deploy', 'ops']), '@', H(c)),
    () => frag('ping -c 3 ', P('IP_ADDRESS', PI.clientIp(r))),
    () => frag('docker pull ', H(c), '/', svcName(r), '@', c.lk('digest')),
    () => frag('git checkout ', c.lk('git_sha')),
    () => frag('echo ', L('placeholder', r.pick(['changeme', 'xxxx'])), ' | passwd --stdin kiosk'),
    () => frag('npm config set //pkgs.internal.example/:_authToken ', c.sec('NPM_ACCESS_TOKEN')),
    () => frag('mongosh "mongodb+srv://admin:', S('MONGODB_PASSWORD', urlPassword(r, machinePassword)), '@', H(c), '/crm"'),
    () => frag('ls -la /var/log/', r.pick(['nginx', 'app', 'postgresql'])),
    () => frag('tail -f /var/log/app/error.log'),
    () => frag('cd ~/src/', svcName(r)),
    () => frag('kubectl -n prod get pods'),
  ];
  const pick = () => r.int(5) < 4 ? r.pick(cmds.slice(0, 16).concat(cmds.slice(23, 26))) : r.pick(cmds.slice(16));
  if (v === 0) { // bash with HISTTIMEFORMAT epoch comments
    fill(d, BUDGET, () => frag('#', L('timestamp', c.clock.step(5, 900).epoch()), '\n', pick()(), '\n'), r.range(14, 30));
  } else if (v === 1) { // zsh extended
    fill(d, BUDGET, () => frag(': ', L('timestamp', c.clock.step(5, 900).epoch()), ':', String(r.range(0, 9)), ';', pick()(), '\n'), r.range(14, 30));
  } else if (v === 2) { // plain numbered `history`
    let n = r.range(100, 1800);
    d.line('$ history | tail -', String(r.range(20, 40)));
    fill(d, BUDGET, () => frag(String(n++).padStart(5, ' '), '  ', pick()(), '\n'), r.range(14, 30));
  } else { // PowerShell history
    const ps = [
      () => frag('$env:', envKey(r.pick(['API_TOKEN', 'DB_PASSWORD', 'GITHUB_TOKEN'])), ' = "', S('API_KEY_BASE62', SECRET_BY.API_KEY_BASE62.gen(r)), '"'),
      () => frag('$pw = ConvertTo-SecureString "', S('ADMIN_PASSWORD', plainSecret(r, humanPassword)), '" -AsPlainText -Force'),
      () => frag('Connect-AzAccount -ServicePrincipal -Tenant ', c.lk('uuid'), ' -Credential $cred'),
      () => frag('New-LocalUser -Name "', r.pick(['kiosk', 'scanner', 'helpdesk']), '" -Password (ConvertTo-SecureString "', S('USER_PASSWORD', plainSecret(r, humanPassword)), '" -AsPlainText -Force)'),
      () => frag('Invoke-RestMethod -Uri https://', H(c), '/api -Headers @{ "X-API-Key" = "', S('API_KEY_HEX', r.hex(32)), '" }'),
      () => frag('Send-MailMessage -To "', c.E(c.person()), '" -Subject "Report" -SmtpServer ', H(c)),
      () => frag('Get-ADUser -Filter "Name -like \'', c.N(c.person(), 'family'), '*\'"'),
      () => frag('Test-NetConnection ', P('IP_ADDRESS', PI.clientIp(r)), ' -Port 443'),
      () => frag('Get-Service | Where-Object Status -eq Running'),
      () => frag('cd C:\\src\\', svcName(r)),
    ];
    fill(d, BUDGET, () => frag(r.chance(0.6) ? r.pick(ps)() : pick()(), '\r\n'), r.range(14, 28));
  }
  return d;
}
