// Technical document templates: configs of every syntax, k8s, shell, CI, IaC, code, logs, traces, API JSON, git.
import { Doc } from './builder.mjs';
import { pem, pgpKey } from './secrets.mjs';
import { ODD_NAMES } from './ctx.mjs';

const NEUTRAL = [['port', () => '5432'], ['timeout_ms', () => '2500'], ['region', () => 'eu-central-1'], ['log_level', () => 'info'], ['max_conns', () => '64'], ['feature_flags', () => 'beta,dark-mode'], ['retries', () => '3']];

// ---------- generic config entries rendered in many syntaxes ----------
function entries(c, n) {
  const { r, P, K } = c; const out = [];
  for (let i = 0; i < n; i++) {
    const x = r.float();
    if (x < 0.3) { const s = c.safeSecret(); out.push({ k: c.keyFor(s.e), item: s }); }
    else if (x < 0.4) { const s = c.safeSecret(r.pick(['DATABASE_PASSWORD', 'MONGODB_PASSWORD', 'REDIS_PASSWORD', 'RABBITMQ_PASSWORD']), /[&<>"'\\$`\s@:/?#%]/); const sch = r.pick([['postgresql', 5432], ['mysql', 3306], ['mongodb+srv', ''], ['redis', 6379], ['amqps', 5671]]);
      out.push({ k: r.pick(['database_url', 'dsn', 'connection_string', 'DB_URI', 'broker_url', 'cache_url']), pre: `${sch[0]}://${r.pick(['app', 'svc_orders', 'admin', 'reporting'])}:`, item: s, post: `@${r.pick(['db-01', 'pg.internal.example', 'cache-2', 'mq.prod.test'])}${sch[1] ? ':' + sch[1] : ''}/${r.pick(['orders', 'app', '0', 'vh1'])}` }); }
    else if (x < 0.52) out.push({ k: r.pick(['admin_email', 'contact', 'owner', 'notify_to', 'oncall_email']), item: P.email(P.person()) });
    else if (x < 0.58) out.push({ k: r.pick(['maintainer', 'owner_name', 'escalation_contact']), item: P.person() });
    else if (x < 0.63) out.push({ k: r.pick(['oncall_phone', 'sms_to', 'pager_number']), item: P.phone() });
    else if (x < 0.68) out.push({ k: r.pick(['office_city', 'datacenter_city', 'site']), item: P.city() });
    else if (x < 0.9) { const l = K.G[r.pick(['version', 'uuid', 'placeholder', 'env_reference', 'hash', 'git_sha', 'aws_example_key', 'hostname', 'hex_color', 'cron', 'semver_range', 'digest', 'timestamp', 'masked_secret', 'base64_blob'])](); out.push({ k: { version: 'version', uuid: 'instance_id', placeholder: r.pick(['api_token', 'secret', 'password']), env_reference: r.pick(['db_password', 'stripe_key', 'token']), hash: 'checksum', git_sha: 'commit', aws_example_key: 'aws_access_key_id', hostname: 'host', hex_color: 'brand_color', cron: 'schedule', semver_range: 'min_client', digest: 'image_digest', timestamp: 'updated_at', masked_secret: 'last_key_hint', base64_blob: 'cursor' }[l.what], item: l }); }
    else { const [k, f] = r.pick(NEUTRAL); out.push({ k, plain: f() }); }
  }
  return out;
}
function val(d, e) { if (e.plain !== undefined) return d.t(e.plain); if (e.pre) d.t(e.pre); d.put(e.item); if (e.post) d.t(e.post); return d; }
const SECTIONS = ['server', 'database', 'auth', 'mail', 'integrations', 'payments', 'observability', 'storage'];

export function envDoc(c) {
  const { r } = c; const d = new Doc('env');
  d.t(`# ${r.pick(['.env.production', '.env.local', 'deploy/staging.env', '/etc/default/app'])} — ${r.pick(['do not commit', 'generated', 'managed by ops'])}\n`);
  const target = r.int(500, 2400);
  while (d.len < target) { for (const e of entries(c, 4)) { const k = String(e.k).toUpperCase().replace(/[^A-Z0-9_]/g, '_').replace(/^_+/, 'X_') || 'KEY'; const q = r.pick(['', '"', "'"]); d.t(`${r.chance(0.1) ? 'export ' : ''}${k}=${q}`); val(d, e); d.t(`${q}\n`); } if (r.chance(0.3)) d.t('\n# ---\n'); }
  return d;
}
export function yamlDoc(c) {
  const { r } = c; const d = new Doc('yaml'); d.t(`# ${r.pick(['config/application.yml', 'values-prod.yaml', 'docker-compose.override.yml', 'settings.yaml'])}\n`);
  const target = r.int(500, 2600);
  while (d.len < target) {
    d.t(`${r.pick(SECTIONS)}:\n`);
    for (const e of entries(c, r.int(3, 6))) { const k = String(e.k).replace(/[^\w\-.\u0080-\uffff]/g, '_'); const q = r.pick(['', '"', '"', "'"]); d.t(`  ${k}: ${q}`); val(d, e); d.t(`${q}\n`); }
    if (r.chance(0.12)) { d.t('  tls_key: |\n    '); d.sec('PRIVATE_KEY', pem(r, r.pick(['EC', 'ED25519', 'RSA']), { indent: '    ' })); d.t('\n'); }
  }
  return d;
}
export function tomlDoc(c) {
  const { r } = c; const d = new Doc('toml'); d.t(`# ${r.pick(['config.toml', 'Cargo config', 'netlify.toml', 'pyproject secrets section'])}\n`);
  const target = r.int(400, 2200);
  while (d.len < target) { d.t(`\n[${r.pick(SECTIONS)}${r.chance(0.3) ? '.' + r.pick(['primary', 'eu', 'legacy']) : ''}]\n`); for (const e of entries(c, r.int(3, 5))) { d.t(`${String(e.k).replace(/[^\w-]/g, '_')} = "`); val(d, e); d.t('"\n'); } }
  return d;
}
export function iniDoc(c) {
  const { r } = c; const d = new Doc('ini'); d.t(`; ${r.pick(['php.ini fragment', 'odbc.ini', 'app.cfg', 'setup.cfg', '.pgservice.conf', 'my.cnf'])}\n`);
  const target = r.int(400, 2200);
  while (d.len < target) { d.t(`\n[${r.pick(['client', 'mysqld', 'service_prod', 'smtp', 'ldap', 'remote "origin"', 'DEFAULT'])}]\n`); for (const e of entries(c, r.int(3, 5))) { d.t(`${String(e.k).replace(/[^\w.-]/g, '_')}${r.pick(['=', ' = ', ': '])}`); val(d, e); d.t('\n'); } }
  return d;
}
export function propsDoc(c) {
  const { r } = c; const d = new Doc('properties'); d.t(`# ${r.pick(['application.properties', 'gradle.properties', 'local.properties', 'sonar-project.properties'])}\n`);
  const target = r.int(400, 2200);
  while (d.len < target) { const pre = r.pick(['spring.datasource', 'app.integration', 'mail.smtp', 'org.gradle', 'signing', 'quarkus.oidc']); for (const e of entries(c, r.int(3, 5))) { d.t(`${pre}.${String(e.k).replace(/[^\w-]/g, '').replace(/_/g, '-') || 'key'}=`); val(d, e); d.t('\n'); } }
  return d;
}
export function xmlDoc(c) {
  const { r } = c; const d = new Doc('xml');
  const style = r.pick(['appsettings', 'maven', 'tomcat']);
  d.t('<?xml version="1.0" encoding="utf-8"?>\n');
  const target = r.int(500, 2600);
  if (style === 'appsettings') { d.t('<configuration>\n  <appSettings>\n'); while (d.len < target) for (const e of entries(c, 3)) { d.t(`    <add key="${String(e.k).replace(/[^\w.-]/g, '_')}" value="`); val(d, e); d.t('" />\n'); } d.t('  </appSettings>\n</configuration>\n'); }
  else if (style === 'maven') { d.t('<settings>\n  <servers>\n'); while (d.len < target) { const s = c.safeSecret(r.pick(['PASSWORD', 'ARTIFACTORY_API_KEY', 'NPM_TOKEN', 'GITLAB_PAT', 'JFROG_ACCESS_TOKEN'])); d.t(`    <server>\n      <id>${r.pick(['internal-releases', 'snapshots', 'mirror'])}</id>\n      <username>`); d.put(c.P.email(c.P.person())); d.t('</username>\n      <password>'); d.put(s); d.t('</password>\n    </server>\n'); if (r.chance(0.5)) { d.t('    <!-- updated '); d.put(c.K.G.date()); d.t(' build '); d.put(c.K.G.build_number()); d.t(' -->\n'); } } d.t('  </servers>\n</settings>\n'); }
  else { d.t('<Context>\n'); while (d.len < target) { const s = c.safeSecret(r.pick(['DATABASE_PASSWORD', 'LDAP_BIND_PASSWORD', 'SMTP_PASSWORD'])); d.t(`  <Resource name="jdbc/${r.pick(['orders', 'hr', 'billing'])}" auth="Container" type="javax.sql.DataSource" username="svc" password="`); d.put(s); d.t(`" url="jdbc:postgresql://db-01:5432/app" maxTotal="20"/>\n`); for (const e of entries(c, 2)) { d.t(`  <Environment name="${String(e.k).replace(/[^\w.-]/g, '_')}" value="`); val(d, e); d.t('" type="java.lang.String"/>\n'); } } d.t('</Context>\n'); }
  return d;
}
export function jsonCfgDoc(c) {
  const { r } = c; const d = new Doc('jsoncfg'); d.t(`{\n  "$schema": "./schema.json",\n  "name": "${r.pick(['billing-worker', 'edge-proxy', 'crm-sync', 'mobile-bff'])}",\n`);
  const target = r.int(500, 2400); let first = true;
  while (d.len < target) { d.t(`${first ? '' : ',\n'}  "${r.pick(SECTIONS)}": {\n`); first = false; const es = entries(c, r.int(2, 5)); es.forEach((e, i) => { d.t(`    "${String(e.k).replace(/["\\]/g, '')}": "`); val(d, e); d.t(`"${i < es.length - 1 ? ',' : ''}\n`); }); d.t('  }'); }
  if (r.chance(0.25)) { d.t(',\n  "service_account": {\n    "type": "service_account",\n    "private_key_id": "'); d.lk('hash', r.hex(40)); d.t('",\n    "private_key": "'); d.sec('PRIVATE_KEY', pem(r, 'PKCS8', { nl: '\\n' }) + '\\n'.slice(0, 0)); d.t('\\n",\n    "client_email": "sync@proj.iam.example"\n  }'); }
  d.t('\n}\n'); return d;
}
export function hclDoc(c) {
  const { r } = c; const d = new Doc('hcl'); d.t(`# ${r.pick(['terraform.tfvars', 'vault.hcl', 'nomad job', 'secrets.auto.tfvars'])}\n`);
  const target = r.int(400, 2200);
  while (d.len < target) { if (r.chance(0.5)) { d.t(`\nprovider "${r.pick(['datadog', 'cloudflare', 'github', 'pagerduty'])}" {\n`); for (const e of entries(c, 3)) { d.t(`  ${String(e.k).replace(/[^\w]/g, '_')} = "`); val(d, e); d.t('"\n'); } d.t('}\n'); } else for (const e of entries(c, 3)) { d.t(`${String(e.k).replace(/[^\w]/g, '_')} = "`); val(d, e); d.t('"\n'); } }
  return d;
}

// ---------- Wi-Fi ----------
export function wifiDoc(c) {
  const { r, K, P } = c; const d = new Doc('wifi');
  const pw = () => c.safeSecret('WIFI_PASSWORD', /["'\\;,:\s$`&<>]/);
  const forms = [
    () => { d.t('ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n'); for (let i = 0; i < r.int(1, 3); i++) { d.t('\nnetwork={\n    ssid="'); d.put(K.G.ssid()); d.t('"\n    psk="'); d.put(pw()); d.t(`"\n    key_mgmt=WPA-PSK\n    priority=${r.int(1, 9)}\n}\n`); } },
    () => { d.t('[connection]\nid='); d.put(K.G.ssid()); d.t(`\nuuid=`); d.put(K.G.uuid()); d.t('\ntype=wifi\n\n[wifi]\nmode=infrastructure\nssid=Office_Guest\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk='); d.put(pw()); d.t('\n\n[ipv4]\nmethod=auto\n'); },
    () => { d.t('interface=wlan0\ndriver=nl80211\nssid=HOME-5G-2F1A\nhw_mode=a\nchannel=36\nwpa=2\nwpa_key_mgmt=WPA-PSK\nwpa_passphrase='); d.put(pw()); d.t('\nrsn_pairwise=CCMP\n'); },
    () => { d.t('Print this for the guest room frame:\n\n'); d.t('WIFI:T:WPA;S:'); d.put(K.G.ssid()); d.t(';P:'); d.put(pw()); d.t(';H:false;;\n\n(QR generated '); d.put(K.G.date()); d.t(')\n'); },
    () => { d.t(r.pick(['Notizen Ferienwohnung\n', 'House notes\n', 'Infos pratiques – appartement\n', 'Información del piso\n'])); d.t(r.pick(['WLAN-Name: ', 'Wi-Fi: ', 'Réseau : ', 'Red: '])); d.put(K.G.ssid()); d.t(r.pick(['\nSchlüssel: ', '\npassword is ', '\nMot de passe wifi : ', '\nContraseña del wifi: '])); d.put(pw()); d.t(r.pick(['\nVermieterin: ', '\nHost: ', '\nPropriétaire : ', '\nAnfitrión: '])); d.put(P.person()); d.t(', '); d.put(P.phone()); d.t('\nCheck-out 10:00, '); d.put(K.G.price()); d.t(' Endreinigung\n'); },
    () => { d.t('{\n  "site": "default",\n  "wlanconf": [\n'); const n = r.int(1, 3); for (let i = 0; i < n; i++) { d.t('    {"_id": "'); d.lk('crm_id', r.hex(24)); d.t('", "name": "'); d.put(K.G.ssid()); d.t('", "security": "wpapsk", "x_passphrase": "'); d.put(pw()); d.t(`", "enabled": true}${i < n - 1 ? ',' : ''}\n`); } d.t('  ]\n}\n'); },
  ];
  const target = r.int(250, 1400); do { r.pick(forms)(); d.t('\n'); } while (d.len < target);
  return d;
}

// ---------- Kubernetes ----------
export function k8sDoc(c) {
  const { r, K, S } = c; const d = new Doc('k8s'); const target = r.int(600, 2800);
  while (d.len < target) {
    const ns = r.pick(['payments', 'default', 'crm', 'observability']);
    if (r.chance(0.5)) {
      d.t(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(['app-secrets', 'db-credentials', 'registry-auth', 'smtp'])}\n  namespace: ${ns}\n  resourceVersion: "`); d.put(K.G.k8s_resource_version()); d.t('"\n  uid: '); d.put(K.G.uuid()); d.t('\ntype: Opaque\ndata:\n');
      for (let i = 0; i < r.int(1, 3); i++) { d.t(`  ${r.pick(['password', 'api-key', 'token', 'client-secret', 'db-pass'])}${i}: `); d.sec('KUBERNETES_SECRET_DATA', S.T.KUBERNETES_SECRET_DATA()); d.t('\n'); }
      d.t('stringData:\n'); for (let i = 0; i < r.int(1, 3); i++) { const s = c.safeSecret(); d.t(`  ${c.keyFor(s.e).replace(/[^\w.-]/g, '-')}: "`); d.put(s); d.t('"\n'); }
      if (r.chance(0.3)) { d.t('  .dockerconfigjson: \'{"auths":{"registry.internal.example":{"auth":"'); d.sec('DOCKER_REGISTRY_AUTH', S.T.DOCKER_REGISTRY_AUTH()); d.t('"}}}\'\n'); }
    } else {
      d.t(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${r.pick(['api', 'worker', 'mailer'])}\n  namespace: ${ns}\n  annotations:\n    owner: `); d.put(c.P.email(c.P.person())); d.t('\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.internal.example/app@'); d.put(K.G.digest()); d.t('\n          env:\n');
      for (let i = 0; i < r.int(2, 4); i++) { if (r.chance(0.6)) { const s = c.safeSecret(); d.t(`            - name: ${c.keyFor(s.e, 'ENV')}\n              value: "`); d.put(s); d.t('"\n'); } else { d.t(`            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: db-credentials, key: password}\n            - name: RELEASE\n              value: "`); d.put(K.G.version()); d.t('"\n'); } }
    }
    d.t('---\n');
  }
  return d;
}

// ---------- shell history ----------
export function shellDoc(c) {
  const { r, K, P, S } = c; const d = new Doc('shell'); const target = r.int(400, 2400); let n = r.int(100, 900);
  const cmds = [
    () => { d.t("mysql -h db-01 -u root -p'"); d.put(c.safeSecret('DATABASE_PASSWORD', /['\s\\]/)); d.t("' orders"); },
    () => { d.t('curl -s -H "Authorization: Bearer '); d.put(c.safeSecret(r.pick(['ACCESS_TOKEN', 'BEARER_TOKEN', 'JWT', c.nextKind()]))); d.t('" https://api.vendor.example/v2/' + r.pick(['users', 'invoices', 'events'])); },
    () => { const s = c.safeSecret(); d.t(`export ${c.keyFor(s.e, 'ENV')}=`); d.put(s); },
    () => { d.t("sshpass -p '"); d.put(c.safeSecret('SSH_PASSWORD', /['\s\\]/)); d.t(`' ssh ops@bastion-${r.int(1, 4)}`); },
    () => { d.t('psql "postgresql://report:'); d.put(c.safeSecret('DATABASE_PASSWORD', /[@:/?#%"'\s\\$`]/)); d.t('@pg.internal.example:5432/dwh"'); },
    () => { d.t('echo '); d.put(c.safeSecret('DOCKERHUB_PAT')); d.t(' | docker login -u ci-bot --password-stdin'); },
    () => { d.t('nmcli dev wifi connect "'); d.put(K.G.ssid()); d.t('" password "'); d.put(c.safeSecret('WIFI_PASSWORD', /["\s\\$`]/)); d.t('"'); },
    () => { d.t('git clone https://oauth2:'); d.put(c.safeSecret(r.pick(['GITLAB_PAT', 'GITHUB_PERSONAL_ACCESS_TOKEN']))); d.t('@git.corp.example/platform/infra.git'); },
    () => { d.t('redis-cli -h cache-2 -a '); d.put(c.safeSecret('REDIS_PASSWORD', /[\s'"\\$`!&;|<>()*?#~]/)); d.t(' KEYS "sess:*"'); },
    () => { d.t('htpasswd -b /etc/nginx/.htpasswd '); d.put(P.email(P.person())); d.t(' '); d.put(c.safeSecret('PASSWORD', /[\s'"\\$`!&;|<>()*?#~]/)); },
    () => { d.t('aws configure set aws_secret_access_key '); d.put(S.gen('AWS_SECRET_KEY')); },
    () => { d.t('kubectl create secret generic api --from-literal=token='); d.put(c.safeSecret(c.nextKind(), /[\s'"\\$`!&;|<>()*?#~]/)); },
    () => { d.t('git log --format="%h %an" -3 | cat  # '); d.put(K.G.git_sha()); },
    () => { d.t('ping -c 3 '); d.put(P.ipv4()); },
    () => { d.t('npm version '); d.put(K.G.version()); },
    () => { d.t('docker pull registry.internal.example/api@'); d.put(K.G.digest()); },
    () => { d.t('grep -ri '); d.put(K.G.placeholder()); d.t(' config/'); },
    () => { d.t('mail -s "report" '); d.put(P.email(P.person())); d.t(' < out.csv'); },
    () => { d.t('openssl enc -aes-256-cbc -k '); d.put(c.safeSecret('ENCRYPTION_KEY', /[\s'"\\$`!&;|<>()*?#~]/)); d.t(' -in dump.sql -out dump.enc'); },
    () => { d.t('vault login '); d.put(S.gen('VAULT_TOKEN')); },
    () => { d.t('history | grep ssh'); },
  ];
  const zsh = r.chance(0.4);
  while (d.len < target) { if (zsh) { d.t(': '); d.put(K.G.timestamp()); d.t(':0;'); } else d.t(`${String(n++).padStart(5)}  `); r.pick(cmds)(); d.t('\n'); }
  return d;
}

// ---------- CI output ----------
export function ciDoc(c) {
  const { r, K, P } = c; const d = new Doc('ci'); const target = r.int(600, 3000);
  d.t(`Run ${r.pick(['actions/checkout@v4', 'npm ci', './gradlew publish', 'make deploy'])}\n`); d.t('Build '); d.put(K.G.build_number()); d.t(' for commit '); d.put(K.G.git_sha()); d.t('\n');
  const lines = [
    () => { d.t('  env:\n    NODE_AUTH_TOKEN: ***\n    REGISTRY_PASSWORD: '); d.put(K.G.env_reference()); },
    () => { d.t('+ echo "using token '); d.put(c.safeSecret(c.nextKind())); d.t('"'); },
    () => { d.t('Successfully tagged app:'); d.put(K.G.version()); },
    () => { d.t('#12 writing image '); d.put(K.G.digest()); d.t(' done'); },
    () => { d.t('Triggered by '); d.put(P.person()); d.t(' <'); d.put(P.email()); d.t('>'); },
    () => { d.t('[debug] request headers: {"Authorization": "Basic '); d.sec('BASIC_AUTH_CREDENTIALS', c.S.T.BASIC_AUTH_CREDENTIALS()); d.t('"}'); },
    () => { d.t('+ curl -u deploy:'); d.put(c.safeSecret('PASSWORD', /[\s'"\\$`@:]/)); d.t(' https://nexus.internal.example/upload'); },
    () => { d.t('npm warn deprecated left-pad@'); d.put(K.G.version()); },
    () => { d.t('added 1342 packages, integrity '); d.put(K.G.integrity()); },
    () => { d.t('Finished in 3m12s at '); d.put(K.G.timestamp()); },
    () => { d.t('DEBUG env dump: '); const s = c.safeSecret(); d.t(`${c.keyFor(s.e, 'ENV')}=`); d.put(s); },
    () => { d.t('Uploading artifact checksum='); d.put(K.G.hash()); },
    () => { d.t('container '); d.put(K.G.container_id()); d.t(' started, job '); d.put(K.G.ulid()); },
  ];
  while (d.len < target) { d.t(`${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} `); r.pick(lines)(); d.t('\n'); }
  return d;
}

// ---------- IaC output ----------
export function iacDoc(c) {
  const { r, K, P } = c; const d = new Doc('iac'); const target = r.int(600, 3000);
  d.t('Terraform will perform the following actions:\n\n');
  while (d.len < target) {
    const res = r.pick(['aws_db_instance.main', 'azurerm_key_vault_secret.api', 'google_sql_user.app', 'kubernetes_secret.tls', 'random_password.admin', 'aws_iam_access_key.ci']);
    d.t(`  # ${res} will be created\n  + resource "${res.split('.')[0]}" "${res.split('.')[1]}" {\n      + id         = (known after apply)\n      + arn        = "arn:aws:iam::${r.digits(12)}:user/ci"\n`);
    if (res.includes('access_key')) { d.t('      + id_value   = "'); d.put(c.S.gen('AWS_ACCESS_KEY')); d.t('"\n      + secret     = "'); d.put(c.S.gen('AWS_SECRET_KEY')); d.t('"\n'); }
    else { const s = c.safeSecret(r.pick(['DATABASE_PASSWORD', 'ADMIN_PASSWORD', c.nextKind(), 'CLIENT_SECRET'])); d.t(`      + ${r.pick(['password', 'value', 'secret_string', 'master_password'])} = "`); d.put(s); d.t('"\n'); }
    d.t('      + tags       = {\n          + "owner" = "'); d.put(P.email(P.person())); d.t('"\n          + "rev"   = "'); d.put(K.G.git_sha()); d.t('"\n        }\n    }\n\n');
    if (r.chance(0.3)) { d.t('Outputs:\n\nadmin_password = <sensitive>\nendpoint = "db-01"\nrelease = "'); d.put(K.G.version()); d.t('"\n\n'); }
  }
  d.t('Plan: 4 to add, 0 to change, 0 to destroy.\n'); return d;
}

// ---------- source code in many languages ----------
const LANGS = {
  python: { c: '#', konst: (k) => [`${k.toUpperCase()} = "`, '"'], ctor: (k) => [`client = VendorClient(api_key="`, '", timeout=30)'], def: (k) => [`def connect(host="db-01", password="`, '"):\n    ...'], fixture: [`@pytest.fixture\ndef creds():\n    return {"user": "qa", "token": "`, '"}'] },
  javascript: { c: '//', konst: (k) => [`const ${k.toUpperCase()} = '`, "';"], ctor: () => ["const client = new Vendor({ apiKey: '", "', retries: 2 });"], def: () => ["function login(user, password = '", "') {}"], fixture: ["it('signs', () => {\n  const token = '", "';\n  expect(sign(token)).toBeTruthy();\n});"] },
  typescript: { c: '//', konst: (k) => [`export const ${k.toUpperCase()}: string = "`, '";'], ctor: () => ['const s3 = new Storage({ secret: "', '" });'], def: () => ['async function init(key: string = "', '"): Promise<void> {}'], fixture: ['const fixture = { authHeader: "Bearer ', '" } as const;'] },
  go: { c: '//', konst: (k) => [`const ${k.replace(/_(\w)/g, (_, x) => x.toUpperCase())} = "`, '"'], ctor: () => ['cli := vendor.NewClient("', '", vendor.WithTimeout(5*time.Second))'], def: () => ['var defaultPassword = "', '" // default param'], fixture: ['func TestAuth(t *testing.T) {\n\ttok := "', '"\n\t_ = tok\n}'] },
  java: { c: '//', konst: (k) => [`private static final String ${k.toUpperCase()} = "`, '";'], ctor: () => ['Client c = new Client("svc-user", "', '");'], def: () => ['public Conn open() { return open("db-01", "', '"); }'], fixture: ['@Test void signs() { String secret = "', '"; assertNotNull(sign(secret)); }'] },
  kotlin: { c: '//', konst: (k) => [`const val ${k.toUpperCase()} = "`, '"'], ctor: () => ['val api = ApiClient(token = "', '")'], def: () => ['fun connect(pass: String = "', '") = Unit'], fixture: ['val testCreds = Credentials("qa", "', '")'] },
  csharp: { c: '//', konst: (k) => [`public const string ${k.replace(/_(\w)/g, (_, x) => x.toUpperCase())} = "`, '";'], ctor: () => ['var client = new SmtpClient("smtp.mail.example") { Credentials = new NetworkCredential("noreply", "', '") };'], def: () => ['public void Init(string key = "', '") { }'], fixture: ['[Fact] public void Hmac() { var key = "', '"; Assert.NotNull(key); }'] },
  ruby: { c: '#', konst: (k) => [`${k.toUpperCase()} = '`, "'.freeze"], ctor: () => ["client = Vendor::Client.new(api_key: '", "')"], def: () => ["def connect(password: '", "')\nend"], fixture: ["let(:token) { '", "' }"] },
  php: { c: '//', konst: (k) => [`define('${k.toUpperCase()}', '`, "');"], ctor: () => ["$client = new \\Vendor\\Client('", "');"], def: () => ["function db(string $pass = '", "') {}"], fixture: ["$this->token = '", "'; // phpunit fixture"] },
  rust: { c: '//', konst: (k) => [`const ${k.toUpperCase()}: &str = "`, '";'], ctor: () => ['let client = Client::new("', '");'], def: () => ['fn default_secret() -> String { "', '".into() }'], fixture: ['#[test]\nfn verifies() { let key = "', '"; assert!(!key.is_empty()); }'] },
  swift: { c: '//', konst: (k) => [`let ${k.replace(/_(\w)/g, (_, x) => x.toUpperCase())} = "`, '"'], ctor: () => ['let api = APIClient(token: "', '")'], def: () => ['func login(password: String = "', '") {}'], fixture: ['func testToken() { let t = "', '"; XCTAssertFalse(t.isEmpty) }'] },
  scala: { c: '//', konst: (k) => [`val ${k.replace(/_(\w)/g, (_, x) => x.toUpperCase())} = "`, '"'], ctor: () => ['val client = new HttpClient(secret = "', '")'], def: () => ['def open(pass: String = "', '"): Unit = ()'], fixture: ['"auth" should "work" in { val k = "', '" }'] },
  c: { c: '//', konst: (k) => [`#define ${k.toUpperCase()} "`, '"'], ctor: () => ['conn = db_connect("db-01", "app", "', '");'], def: () => ['static const char *default_pass = "', '";'], fixture: ['static void test_sign(void) { const char *key = "', '"; assert(key); }'] },
  cpp: { c: '//', konst: (k) => [`constexpr auto k${k.replace(/_(\w)/g, (_, x) => x.toUpperCase())} = "`, '";'], ctor: () => ['auto client = std::make_unique<Client>("', '");'], def: () => ['void init(std::string key = "', '");'], fixture: ['TEST(Auth, Signs) { std::string s = "', '"; EXPECT_FALSE(s.empty()); }'] },
  bash: { c: '#', konst: (k) => [`readonly ${k.toUpperCase()}="`, '"'], ctor: () => ['curl -fsS -u "admin:', '" "$URL"'], def: () => [': "${PASS:=', '}"'], fixture: ['# bats\n@test "login" { TOKEN="', '" run login; }'] },
  powershell: { c: '#', konst: (k) => [`$${k.replace(/_(\w)/g, (_, x) => x.toUpperCase())} = "`, '"'], ctor: () => ['$cred = New-Object PSCredential("svc", (ConvertTo-SecureString "', '" -AsPlainText -Force))'], def: () => ['param([string]$Key = "', '")'], fixture: ['Describe "Api" { It "auth" { $t = "', '" } }'] },
  perl: { c: '#', konst: (k) => [`my $${k} = '`, "';"], ctor: () => ["my $dbh = DBI->connect($dsn, 'app', '", "');"], def: () => ["sub login { my ($pw) = @_; $pw //= '", "'; }"], fixture: ["is(sign('", "'), 1, 'signs');"] },
  lua: { c: '--', konst: (k) => [`local ${k} = "`, '"'], ctor: () => ['local client = vendor.new({ token = "', '" })'], def: () => ['function M.connect(pass) pass = pass or "', '" end'], fixture: ['it("auths", function() local k = "', '" end)'] },
  elixir: { c: '#', konst: (k) => [`@${k} "`, '"'], ctor: () => ['{:ok, conn} = Vendor.start_link(api_key: "', '")'], def: () => ['def connect(pass \\\\ "', '"), do: pass'], fixture: ['test "signs" do\n    key = "', '"\n  end'] },
  dart: { c: '//', konst: (k) => [`const ${k.replace(/_(\w)/g, (_, x) => x.toUpperCase())} = '`, "';"], ctor: () => ["final api = ApiClient(apiKey: '", "');"], def: () => ["void login({String pass = '", "'}) {}"], fixture: ["test('auth', () { final t = '", "'; });"] },
  r: { c: '#', konst: (k) => [`${k} <- "`, '"'], ctor: () => ['con <- dbConnect(RPostgres::Postgres(), host = "db-01", password = "', '")'], def: () => ['fetch_data <- function(key = "', '") {}'], fixture: ['test_that("auth", { tok <- "', '" })'] },
  sql: { c: '--', konst: () => ["CREATE USER report WITH PASSWORD '", "';"], ctor: () => ["ALTER ROLE app PASSWORD '", "';"], def: () => ["SET app.api_key = '", "';"], fixture: ["INSERT INTO api_keys (owner, secret) VALUES ('qa', '", "');"] },
};
export function codeDoc(c) {
  const { r, K, P } = c; const lang = r.pick(Object.keys(LANGS)); const L = LANGS[lang]; const d = new Doc('code');
  d.t(`${L.c} ${r.pick(['src/integrations/vendor', 'lib/config', 'tests/test_auth', 'app/services/mailer', 'cmd/sync/main'])}.${{ python: 'py', javascript: 'js', typescript: 'ts', go: 'go', java: 'java', kotlin: 'kt', csharp: 'cs', ruby: 'rb', php: 'php', rust: 'rs', swift: 'swift', scala: 'scala', c: 'c', cpp: 'cpp', bash: 'sh', powershell: 'ps1', perl: 'pl', lua: 'lua', elixir: 'ex', dart: 'dart', r: 'R', sql: 'sql' }[lang]}\n`);
  d.t(`${L.c} Author: `); d.put(P.person()); d.t(' <'); d.put(P.email()); d.t('>\n\n');
  const target = r.int(400, 2200); const bad = lang === 'bash' || lang === 'powershell' || lang === 'perl' ? /["'\\$`\s@]/ : /["'\\$`\s]/;
  while (d.len < target) {
    const x = r.float();
    if (x < 0.55) { const s = c.safeSecret(undefined, bad); const k = String(c.keyFor(s.e)).replace(/[^A-Za-z0-9_]/g, '') || 'secretValue'; const f = r.pick(['konst', 'ctor', 'def', 'fixture']); const [a, b] = f === 'fixture' ? L.fixture : L[f](k.match(/^[A-Za-z_]/) ? k : 'k' + k); d.t(a); d.put(s); d.t(b + '\n\n'); }
    else if (x < 0.65) { const s = c.safeSecret(undefined, bad); d.t(`${L.c} ${r.pick(['TODO remove before merge: old key was ', 'temp creds (rotate!): ', 'FIXME hardcoded for now -> ', 'staging password: '])}`); d.put(s); d.t('\n'); }
    else if (x < 0.9) { const l = K.G[r.pick(['placeholder', 'env_reference', 'uuid', 'version', 'hex_color', 'aws_example_key', 'vendor_test_card', 'hash', 'public_key'])](); const [a, b] = L.konst(l.what); d.t(a); d.put(l); d.t(b + '\n'); }
    else { d.t(`${L.c} contact `); d.put(P.person()); d.t(', '); d.put(P.phone()); d.t('\n'); }
  }
  return d;
}

// ---------- logs ----------
export function logDoc(c) {
  const { r, K, P } = c; const d = new Doc('log'); const target = r.int(600, 3200); const style = r.pick(['nginx', 'app', 'json', 'syslog']);
  while (d.len < target) {
    if (style === 'nginx') { d.put(r.chance(0.7) ? P.ipv4() : P.ipv6()); d.t(` - - [${r.int(1, 28)}/Mar/2026:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "GET /api/v1/${r.pick(['orders', 'me', 'export'])}`); if (r.chance(0.3)) { d.t('?access_token='); d.put(c.safeSecret(r.pick(['ACCESS_TOKEN', 'API_KEY', c.nextKind()]), /[&?#%\s"'\\]/)); } else { d.t('?page=2&rid='); d.put(K.G.request_id()); } d.t(`" ${r.pick([200, 200, 401, 500])} ${r.int(100, 9000)} "-" "Mozilla/5.0"\n`); }
    else if (style === 'json') { d.t('{"ts":"'); d.put(K.G.timestamp()); d.t('","level":"info","trace":"'); d.put(K.G.trace_id()); d.t('","user":"'); d.put(P.email(P.person())); d.t('","client_ip":"'); d.put(P.ipv4()); if (r.chance(0.3)) { d.t('","headers":{"x-api-key":"'); d.put(c.safeSecret(c.nextKind())); d.t('"}'); } else d.t('"'); d.t('}\n'); }
    else { d.t(`${r.pick(['Mar  4', 'Apr 12', 'Nov 30'])} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} ${r.pick(['web-3', 'auth-1', 'mail-relay'])} ${r.pick(['sshd[2231]', 'app[88]', 'postfix/smtp[901]'])}: `); const x = r.float();
      if (x < 0.25) { d.t('Accepted password for ops from '); d.put(P.ipv4()); d.t(' port 52144 ssh2'); }
      else if (x < 0.45) { d.t('login ok user='); d.put(P.email(P.person())); d.t(' name="'); d.put(P.person()); d.t('"'); }
      else if (x < 0.6) { d.t('DEBUG connecting with password='); d.put(c.safeSecret(r.pick(['DATABASE_PASSWORD', 'SMTP_PASSWORD', 'LDAP_BIND_PASSWORD']), /[\s"'\\]/)); }
      else if (x < 0.75) { d.t('to=<'); d.put(P.email()); d.t('>, relay=mx.mail.example, status=sent'); }
      else if (x < 0.85) { d.t('request_id='); d.put(K.G.request_id()); d.t(' took 34ms version='); d.put(K.G.version()); }
      else { d.t('user migrated hash='); d.put(K.G.password_hash()); d.t(' dhcp lease '); d.put(K.G.mac_address()); }
      d.t('\n'); }
  }
  return d;
}

// ---------- stack traces ----------
export function traceDoc(c) {
  const { r, K, P } = c; const d = new Doc('trace'); const target = r.int(500, 2600);
  while (d.len < target) {
    if (r.chance(0.5)) { d.t('Traceback (most recent call last):\n  File "/srv/app/db.py", line 88, in connect\n    conn = psycopg2.connect(dsn)\npsycopg2.OperationalError: connection to server at "db-01" failed: FATAL:  password authentication failed for user "app"\n  locals: dsn="host=db-01 user=app password='); d.put(c.safeSecret('DATABASE_PASSWORD', /[\s"'\\]/)); d.t(' dbname=orders"\n  locals: customer_email='); d.put(P.email(P.person())); d.t('\n\n'); }
    else { d.t('Exception in thread "main" com.acme.api.AuthException: 401 for key '); d.put(c.safeSecret(c.nextKind())); d.t('\n\tat com.acme.api.Client.call(Client.java:212)\n\tat com.acme.sync.Job.run(Job.java:57)\nCaused by: java.lang.IllegalStateException: customer '); d.put(P.person()); d.t(' (phone '); d.put(P.phone()); d.t(') has no billing address\n\t... 12 more\nrequest-id: '); d.put(K.G.request_id()); d.t('\n\n'); }
  }
  return d;
}

// ---------- JSON APIs ----------
export function apiDoc(c) {
  const { r, K, P } = c; const d = new Doc('api'); const target = r.int(600, 3200);
  d.t('HTTP/1.1 200 OK\ncontent-type: application/json\nx-request-id: '); d.put(K.G.request_id()); d.t('\n\n{"data": [\n'); let first = true;
  while (d.len < target) {
    if (!first) d.t(',\n'); first = false; const p = P.person();
    d.t('  {"id": "'); d.put(K.G.crm_id()); d.t('", "name": "'); d.put(p); d.t('", "email": "'); d.put(P.email(p)); d.t('", "phone": "'); d.put(P.phone()); d.t('", "city": "'); d.put(P.city(p.c)); d.t('", "created": "'); d.put(K.G.timestamp()); d.t('"');
    const x = r.float();
    if (x < 0.2) { d.t(', "last_ip": "'); d.put(P.ipv4()); d.t('"'); }
    else if (x < 0.35) { d.t(', "card": "'); d.put(P.card(undefined, 'plain')); d.t('"'); }
    else if (x < 0.45) { d.t(', "api_token": "'); d.put(c.safeSecret(c.nextKind())); d.t('"'); }
    else if (x < 0.55) { d.t(', "payout_iban": "'); d.put(P.iban()); d.t('"'); }
    else if (x < 0.65) { d.t(', "avatar": "'); d.put(K.G.data_uri()); d.t('"'); }
    else if (x < 0.75) { d.t(', "btc_wallet": "'); d.put(P.btc()); d.t('"'); }
    d.t('}');
  }
  d.t('\n], "next_cursor": "'); d.put(K.G.base64_blob()); d.t('"}\n'); return d;
}

// ---------- git output ----------
export function gitDoc(c) {
  const { r, K, P } = c; const d = new Doc('git'); const target = r.int(600, 3000);
  while (d.len < target) {
    const p = P.person(r.pick(['en_US', 'de', 'fr', 'pt_BR', 'hi_Latn', 'ja_Latn', 'pl', 'tr', 'sw', 'zh_Latn', 'nl', 'es']));
    d.t('commit '); d.lk('git_sha', r.hex(40)); d.t('\nAuthor: '); d.put(p); d.t(' <'); d.put(P.email(p)); d.t(`>\nDate:   ${r.pick(['Mon', 'Tue', 'Fri'])} Mar ${r.int(1, 28)} 1${r.int(0, 9)}:2${r.int(0, 9)}:11 2026 +0100\n\n    ${r.pick(['fix: rotate credentials', 'chore: bump deps', 'feat: add vendor sync', 'wip'])}\n\n`);
    if (r.chance(0.5)) { const s = c.safeSecret(); d.t(`diff --git a/config/prod.env b/config/prod.env\nindex `); d.lk('git_sha', r.hex(7)); d.t('..'); d.lk('git_sha', r.hex(7)); d.t(` 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,2 +3,2 @@\n-${c.keyFor(s.e, 'ENV')}=`); d.put(K.G.placeholder()); d.t(`\n+${c.keyFor(s.e, 'ENV')}=`); d.put(s); d.t('\n\n'); }
    else { d.t(' package-lock.json | 12 ++--\n "integrity": "'); d.put(K.G.integrity()); d.t('"\n\n'); }
  }
  return d;
}
export { ODD_NAMES };
