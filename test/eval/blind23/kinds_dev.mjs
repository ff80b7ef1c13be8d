// Developer-side documents: configuration, manifests, shell history, CI and
// application logs, database dumps, source, git output, infrastructure state.
import { S, P, L, F, J, phrase, jsonEsc } from './doc.mjs';
import { CATALOG_BY_ID, styleKey, machinePassword, humanPassword } from './secrets.mjs';
import { LOOK } from './lookalikes.mjs';
import { B62, HEX } from './prng.mjs';
import * as K from './keys.mjs';

const CM = {
  en: ['production values, do not commit', 'rotate quarterly', 'ask ops before changing', 'legacy, remove after migration', 'temporary until vault is wired up'],
  de: ['Produktivwerte – nicht einchecken', 'bitte quartalsweise rotieren', 'nur für Staging'], fr: ['valeurs de prod, ne pas committer', 'à faire tourner chaque trimestre'],
  es: ['valores de producción, no subir', 'rotar cada trimestre'], ja: ['本番用の値（コミット禁止）', '四半期ごとにローテーション'], zh: ['生产环境配置，勿提交', '每季度轮换'],
  ru: ['боевые значения, не коммитить', 'менять раз в квартал'], pt: ['valores de produção, não versionar'], pl: ['wartości produkcyjne, nie commitować'], ko: ['운영 환경 값, 커밋 금지'],
};
const cm = (c) => c.pick(CM[c.lang] || CM.en);
const user = (c) => c.pick(['app', 'svc_billing', 'admin', 'deploy', 'reporting', 'etl_user', 'root', 'postgres', 'crm_sync', 'backup']);
const db = (c) => c.pick(['orders', 'crm', 'billing', 'hr', 'analytics', 'shop', 'payroll']);
const sec = (c, cats) => c.anySecret(cats || ['vendor', 'cloud', 'generic', 'inhouse']);
// server addresses in configs and commands are infrastructure: written plain, not labelled
const infraIp = (c, pub) => (pub ? `${c.pick([51, 52, 78, 88, 91, 94, 135, 138, 145, 185, 195, 212])}.${c.int(0, 255)}.${c.int(0, 255)}.${c.int(1, 254)}` : c.pick([`10.${c.int(0, 255)}.${c.int(0, 255)}.${c.int(2, 254)}`, `192.168.${c.int(0, 255)}.${c.int(2, 254)}`, `172.${c.int(16, 31)}.${c.int(0, 255)}.${c.int(2, 254)}`]));

function dsn(c, only) {
  const t = only ? c.pick(only) : c.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqp', 'mssql', 'rediss']);
  const ent = t.startsWith('mongo') ? 'MONGODB_PASSWORD' : t.startsWith('redis') ? 'REDIS_PASSWORD' : t === 'amqp' ? 'AMQP_PASSWORD' : 'DATABASE_PASSWORD';
  let pw = CATALOG_BY_ID[ent].gen(c.r);
  pw = pw.replace(/[@:/?#%&\s]/g, 'x');
  const host = LOOK.hostname(c.r);
  const port = { postgres: 5432, postgresql: 5432, mysql: 3306, redis: 6379, rediss: 6380, amqp: 5672, mssql: 1433 }[t];
  return F(`${t}://`, t.startsWith('redis') && c.chance(0.5) ? '' : `${user(c)}`, ':', S(ent, pw), `@${host}${port ? ':' + port : ''}/${t.startsWith('redis') ? c.int(0, 5) : db(c)}${c.chance(0.3) ? '?sslmode=require' : ''}`);
}

export function dotenv(c, d) {
  const q = () => c.pick(['', '', '"', "'"]);
  const kv = (k, v) => { const qq = q(); d.line(c.chance(0.15) ? 'export ' : '', k, '=', qq, v, qq); };
  d.line('# ', cm(c));
  d.line('APP_ENV=', c.pick(['production', 'staging', 'prod']));
  kv('APP_VERSION', c.look('version'));
  kv('DATABASE_URL', dsn(c, ['postgres', 'postgresql', 'mysql', 'mongodb+srv']));
  if (c.chance(0.5)) kv('REDIS_URL', dsn(c, ['redis', 'rediss']));
  if (c.chance(0.3)) kv('AMQP_URL', dsn(c, ['amqp']));
  if (c.chance(0.3)) kv('DISCORD_WEBHOOK_URL', F(`https://chat-hooks.example/api/webhooks/${c.r.digits(18, true)}/`, c.sec('DISCORD_WEBHOOK_TOKEN')));
  const n = c.int(6, 10);
  for (let i = 0; i < n; i++) { const s = sec(c); kv(styleKey(c.r, c.pick(s.e.keys), 'upper'), s.val); }
  if (c.chance(0.5)) kv('ADMIN_EMAIL', c.workEmail(c.person()));
  if (c.chance(0.4)) kv('STRIPE_PUBLISHABLE_KEY', c.publicKey('stripe'));
  if (c.chance(0.4)) kv('SUPPORT_PHONE', c.phone());
  kv(c.pick(['SMTP_PASSWORD', 'MAIL_PASSWORD', 'EMAIL_HOST_PASSWORD']), c.sec('SMTP_PASSWORD'));
  if (c.chance(0.5)) d.line('# ', c.pick(['example from the docs: ', 'old key: ', 'e.g. ']), c.look('aws_example_key'));
  if (c.chance(0.5)) kv(c.pick(['SENTRY_TOKEN', 'NEW_API_KEY', 'PARTNER_SECRET']), c.look(c.pick(['placeholder', 'env_reference'])));
  if (c.chance(0.3)) kv('TENANT_ID', c.look('uuid'));
  if (c.chance(0.35)) { kv('TWILIO_ACCOUNT_SID', c.look('account_sid')); kv('TWILIO_AUTH_TOKEN', c.sec('TWILIO_AUTH_TOKEN')); }
  if (c.chance(0.3)) kv('BRAND_COLOR', c.look('hex_color'));
  if (c.chance(0.3)) d.line('GPG_PRIVATE_KEY="', c.pem('pgp', 'json'), '"');
  if (c.chance(0.2)) kv('SUPABASE_SERVICE_ROLE_KEY', c.supabaseKey());
  if (c.chance(0.3)) kv('APP_KEY', F('base64:', c.sec('LARAVEL_APP_KEY')));
}

export function yaml_config(c, d) {
  const v = c.int(0, 2);
  if (v === 0) { // docker-compose
    d.line('# ', cm(c));
    d.line('services:');
    d.line('  db:');
    d.line('    image: registry.corp.test/postgres:', c.look('version', `${c.int(13, 17)}.${c.int(0, 9)}`));
    d.line('    environment:');
    d.line('      POSTGRES_USER: ', user(c));
    d.line('      POSTGRES_PASSWORD: ', c.sec('DATABASE_PASSWORD'));
    d.line('  app:');
    d.line('    image: registry.corp.test/', c.pick(['billing', 'crm', 'portal']), '@', c.look('digest'));
    d.line('    environment:');
    for (let i = 0; i < c.int(4, 7); i++) { const s = sec(c); d.line('      - ', styleKey(c.r, c.pick(s.e.keys), 'upper'), '=', s.val); }
    d.line('      - DATABASE_URL=', dsn(c, ['postgres', 'postgresql']));
    d.line('      - LOG_LEVEL=info');
    d.line('    ports: ["8080:8080"]');
    if (c.chance(0.5)) { d.line('  mailer:'); d.line('    image: registry.corp.test/smtp-relay:', c.look('version')); d.line('    environment:'); d.line('      RELAY_PASSWORD: ', c.sec('SMTP_PASSWORD')); d.line('      POSTMASTER: ', c.workEmail(c.person())); }
  } else if (v === 1) { // spring / app config with indented PEM
    d.line('server:'); d.line('  port: 8443'); d.line('  ssl:'); d.line('    key-store-password: ', c.sec('KEYSTORE_PASSWORD'));
    d.line('spring:'); d.line('  datasource:'); d.line('    url: jdbc:postgresql://', c.host(), ':5432/', db(c)); d.line('    username: ', user(c)); d.line('    password: ', c.sec('DATABASE_PASSWORD'));
    d.line('  mail:'); d.line('    host: ', c.host()); d.line('    username: ', c.workEmail(c.person())); d.line('    password: ', c.sec('SMTP_PASSWORD'));
    d.line('integrations:'); for (let i = 0; i < c.int(2, 4); i++) { const s = sec(c); d.line('  ', styleKey(c.r, c.pick(s.e.keys), 'kebab'), ': ', s.val); }
    d.line('  callback-secret: ', c.sec('WEBHOOK_SIGNING_SECRET'));
    d.line('tls:');
    d.line('  cert: |'); d.line('    ', L('certificate', K.indentPem(c.certificate().value, '    ')));
    d.line('  key: |'); d.line('    ', c.pem(c.pick(['ec', 'pkcs8', 'rsa']), 'indent:4'));
  } else { // helm values / ansible vars
    d.line('# values-', c.pick(['prod', 'staging', 'eu']), '.yaml — ', cm(c));
    d.line('image:'); d.line('  repository: registry.corp.test/', c.pick(['api', 'worker', 'frontend'])); d.line('  tag: "', c.look('version'), '"');
    d.line('secrets:');
    for (let i = 0; i < c.int(5, 8); i++) { const s = sec(c); d.line('  ', styleKey(c.r, c.pick(s.e.keys), 'camel'), ': ', c.chance(0.3) ? F('"', s.val, '"') : s.val); }
    d.line('  dbPassword: ', c.sec(c.pick(['DATABASE_PASSWORD', 'MONGODB_PASSWORD', 'ELASTICSEARCH_PASSWORD'])));
    d.line('  apiKeyFromVault: ', c.look('env_reference'));
    d.line('ingress:'); d.line('  host: ', c.host()); d.line('  annotations:'); d.line('    owner: ', c.workEmail(c.person()));
    if (c.chance(0.6)) { d.line('sshDeployKey: |'); d.line('  ', c.pem(c.pick(['openssh', 'rsa', 'ec']), 'indent:2')); }
  }
}

export function k8s_manifest(c, d) {
  const v = c.int(0, 2);
  const meta = () => { d.line('  uid: ', c.look('uuid')); d.line('  resourceVersion: "', c.look('k8s_resource_version'), '"'); d.line('  creationTimestamp: "', c.ts(undefined, 'iso'), '"'); };
  if (v === 0) {
    d.line('apiVersion: v1'); d.line('kind: Secret'); d.line('metadata:'); d.line('  name: ', c.pick(['app-secrets', 'db-credentials', 'smtp', 'payment-keys'])); d.line('  namespace: ', c.pick(['prod', 'billing', 'default'])); meta();
    d.line('type: Opaque'); d.line('data:');
    for (let i = 0; i < c.int(3, 6); i++) {
      const s = sec(c, ['vendor', 'cloud', 'generic', 'db_pw', 'config_pw']);
      d.line('  ', styleKey(c.r, s.e.keys[0], 'upper'), ': ', c.k8sValue(s.val.value));
    }
    if (c.chance(0.5)) { d.line('stringData:'); d.line('  SMTP_PASSWORD: ', c.sec('SMTP_PASSWORD')); d.line('  NOTIFY_EMAIL: ', c.workEmail(c.person())); }
    d.line('---');
    d.line('apiVersion: apps/v1'); d.line('kind: Deployment'); d.line('metadata:'); d.line('  name: api');
    d.line('spec:'); d.line('  template:'); d.line('    spec:'); d.line('      containers:'); d.line('        - name: api');
    d.line('          image: registry.corp.test/api@', c.look('digest'));
    d.line('          env:'); d.line('            - name: SENTRY_RELEASE'); d.line('              value: "', c.look('git_sha'), '"');
  } else if (v === 1) {
    d.line('apiVersion: v1'); d.line('kind: Config'); d.line('clusters:'); d.line('- cluster:');
    d.line('    certificate-authority-data: ', c.look('certificate', Buffer.from(c.certificate().value + '\n').toString('base64')));
    d.line('    server: https://', c.pick(['10.20.0.1', 'k8s-api.corp.test', '172.16.4.10']), ':6443');
    d.line('  name: ', c.pick(['prod-eu', 'staging', 'ops'])); d.line('users:'); d.line('- name: ', c.pick(['admin', 'ci-deployer', 'oncall']));
    d.line('  user:');
    if (c.chance(0.5)) { d.line('    client-certificate-data: ', c.look('certificate', Buffer.from(c.certificate().value + '\n').toString('base64'))); d.line('    client-key-data: ', c.kubeClientKey()); }
    else d.line('    token: ', c.jwt({ alg: 'RS256' }));
    d.line('- name: oidc-user'); d.line('  user:'); d.line('    auth-provider:'); d.line('      config:'); d.line('        client-id: ', c.pick(['kubernetes', 'kubelogin'])); d.line('        client-secret: ', c.sec(c.pick(['CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET', 'AZURE_CLIENT_SECRET'])));
    d.line('        refresh-token: ', c.sec('OAUTH_REFRESH_TOKEN')); d.line('        idp-issuer-url: https://sso.', c.domain);
    d.line('contexts:'); d.line('- context:'); d.line('    cluster: prod'); d.line('    user: admin'); d.line('  name: prod');
  } else {
    d.line('apiVersion: v1'); d.line('kind: Secret'); d.line('metadata:'); d.line('  name: ', c.pick(['regcred', 'tls-portal', 'pull-secret'])); meta();
    if (c.chance(0.5)) {
      d.line('type: kubernetes.io/dockerconfigjson'); d.line('data:');
      const u = c.pick(['ci-bot', 'deploy', 'robot$builder']); const pw = c.sec('DOCKER_HUB_ACCESS_TOKEN').value;
      const json = `{"auths":{"registry.corp.test":{"username":"${u}","password":"${pw}","auth":"${Buffer.from(u + ':' + pw).toString('base64')}"}}}`;
      d.line('  .dockerconfigjson: ', c.k8sValue(json));
    } else {
      d.line('type: kubernetes.io/tls'); d.line('data:');
      d.line('  tls.crt: ', c.look('certificate', Buffer.from(c.certificate().value + '\n').toString('base64')));
      const [, pemText] = c.pemText(c.pick(['ec', 'pkcs8']));
      d.line('  tls.key: ', c.k8sValue(pemText + '\n'));
    }
    d.line('---'); d.line('apiVersion: v1'); d.line('kind: Secret'); d.line('metadata:'); d.line('  name: ', c.pick(['integrations', 'api-keys', 'third-party'])); d.line('stringData:');
    for (let i = 0; i < c.int(2, 4); i++) { const s = sec(c); d.line('  ', styleKey(c.r, c.pick(s.e.keys), 'upper'), ': "', s.val, '"'); }
  }
}

export function json_config(c, d) {
  const v = c.int(0, 2);
  if (v === 0) { // GCP service account
    const proj = `${c.pick(['billing', 'crm', 'data', 'ml'])}-${c.pick(['prod', 'eu', 'core'])}-${c.int(100000, 999999)}`;
    d.raw('{\n  "type": "service_account",\n'); d.raw(`  "project_id": "${proj}",\n`);
    d.raw('  "private_key_id": "'); d.add(c.look('key_id')); d.raw('",\n');
    d.raw('  "private_key": "'); d.add(c.pem('pkcs8', 'json')); d.raw('\\n",\n');
    d.raw('  "client_email": "'); d.add(L('service_account', `${c.pick(['etl', 'exporter', 'ci', 'backup'])}@${proj}.iam.svc-accounts.example`)); d.raw('",\n');
    d.raw(`  "client_id": "${c.r.digits(21, true)}",\n  "token_uri": "https://oauth2.auth.example/token"\n}\n`);
  } else if (v === 1) { // appsettings.json
    d.raw('{\n  "ConnectionStrings": {\n    "Default": "Server='); d.add(c.host()); d.raw(`;Database=${db(c)};User Id=${user(c)};Password=`); d.add(c.sec('DATABASE_PASSWORD', machinePassword(c.r))); d.raw(';TrustServerCertificate=True",\n');
    d.raw('    "Storage": "DefaultEndpointsProtocol=https;AccountName=' + c.pick(['corpfiles', 'invoicesprod', 'hrdocs']) + ';AccountKey='); d.add(c.sec('AZURE_STORAGE_ACCOUNT_KEY')); d.raw(';EndpointSuffix=core.cloud.example",\n');
    d.raw('    "Bus": "Endpoint=sb://' + c.pick(['events', 'orders']) + '.bus.cloud.example/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey='); d.add(c.sec('AZURE_SERVICE_BUS_KEY')); d.raw('"\n  },\n');
    d.raw('  "AzureAd": {"TenantId": "'); d.add(c.look('uuid')); d.raw('", "ClientId": "'); d.add(c.look('uuid')); d.raw('", "ClientSecret": "'); d.add(c.sec('AZURE_CLIENT_SECRET')); d.raw('"},\n');
    for (let i = 0; i < c.int(2, 3); i++) { const s = sec(c); d.raw(`  "${styleKey(c.r, c.pick(s.e.keys), 'camel')}${i}": "`); d.add(s.val); d.raw('",\n'); }
    d.raw('  "Support": {"Email": "'); d.add(c.workEmail(c.person())); d.raw('", "Phone": "'); d.add(c.phone()); d.raw('"},\n');
    d.raw('  "Logging": {"LogLevel": {"Default": "Information"}}\n}\n');
  } else { // client config with several tokens
    d.raw('{\n');
    const n = c.int(6, 10);
    for (let i = 0; i < n; i++) { const s = sec(c); d.raw(`  "${styleKey(c.r, c.pick(s.e.keys), c.pick(['camel', 'lower', 'as']))}": "`); d.add(s.val); d.raw('",\n'); }
    d.raw('  "publicKey": "'); d.add(c.publicKey(c.pick(['stripe', 'mapbox', 'recaptcha', 'posthog']))); d.raw('",\n');
    d.raw('  "placeholderToken": "'); d.add(c.look('placeholder')); d.raw('",\n');
    d.raw('  "buildId": "'); d.add(c.look('build_number')); d.raw('",\n  "updatedAt": '); d.add(c.look('timestamp', String(Math.floor(c.randDate().t / 1000)))); d.raw('\n}\n');
  }
}

export function ini_properties(c, d) {
  const parts = c.r.sample(['props', 'mycnf', 'pgpass', 'netrc', 'npmrc', 'pip', 'gradle', 'wg', 'rclone', 'smb'], c.int(2, 3));
  for (const p of parts) {
    if (p === 'props') { d.line('# application.properties — ', cm(c)); d.line('spring.datasource.url=jdbc:mysql://', c.host(), ':3306/', db(c)); d.line('spring.datasource.username=', user(c)); d.line('spring.datasource.password=', c.sec('DATABASE_PASSWORD')); d.line('spring.mail.password=', c.sec('SMTP_PASSWORD')); const s = sec(c); d.line(styleKey(c.r, s.e.keys[0], 'dot'), '=', s.val); d.line('app.build=', c.look('build_number')); }
    if (p === 'mycnf') { d.line('# ~/.my.cnf'); d.line('[client]'); d.line('user=', user(c)); d.line('password="', c.sec('DATABASE_PASSWORD'), '"'); d.line('host=', c.host()); }
    if (p === 'pgpass') { d.line('# ~/.pgpass'); for (let i = 0; i < c.int(1, 3); i++) d.line(c.host(), `:5432:${db(c)}:${user(c)}:`, c.sec('DATABASE_PASSWORD', machinePassword(c.r).replace(/:/g, ''))); }
    if (p === 'netrc') { d.line('# ~/.netrc'); d.line('machine ', c.host(), ' login ', user(c), ' password ', c.sec('FTP_PASSWORD')); d.line('machine git.corp.test login ', c.workEmail(c.person()), ' password ', c.sec('GITLAB_PERSONAL_ACCESS_TOKEN')); }
    if (p === 'npmrc') { d.line('# ~/.npmrc'); d.line('registry=https://npm.mirror.corp.test/'); d.line('//npm.mirror.corp.test/:_authToken=', c.sec('NPM_ACCESS_TOKEN')); d.line('email=', c.workEmail(c.person())); }
    if (p === 'pip') { const pw = c.sec('JFROG_IDENTITY_TOKEN'); d.line('# pip.conf'); d.line('[global]'); d.line('index-url = https://', user(c), ':', pw, '@pkgs.corp.test/api/pypi/simple'); }
    if (p === 'gradle') { d.line('# gradle.properties'); d.line('signing.keyId=', c.look('hash', c.r.hex(8).toUpperCase())); d.line('signing.password=', c.sec('GPG_PASSPHRASE')); d.line('mavenUser=', user(c)); d.line('mavenPassword=', c.sec('JFROG_API_KEY')); }
    if (p === 'wg') { d.line('# /etc/wireguard/wg0.conf'); d.line('[Interface]'); d.line('PrivateKey = ', S('WIREGUARD_PRIVATE_KEY', c.r.bytes(32).toString('base64'))); d.line('Address = 10.8.0.', String(c.int(2, 250)), '/24'); d.line('[Peer]'); d.line('PublicKey = ', L('public_key', c.r.bytes(32).toString('base64'))); d.line('PresharedKey = ', c.sec('VPN_PRESHARED_KEY', c.r.bytes(32).toString('base64'))); d.line('Endpoint = ', infraIp(c, true), ':51820'); }
    if (p === 'rclone') { d.line('# rclone.conf'); d.line('[offsite]'); d.line('type = s3'); d.line('access_key_id = ', c.sec('AWS_ACCESS_KEY')); d.line('secret_access_key = ', c.sec('AWS_SECRET_KEY')); d.line('region = eu-central-1'); }
    if (p === 'smb') { d.line('# /etc/samba/creds-', c.pick(['nas', 'scan', 'archive'])); d.line('username=', c.user(c.person())); d.line('password=', c.userPw()); d.line('domain=CORP'); }
    d.raw('\n');
  }
}

export function shell_history(c, d) {
  const stamp = c.chance(0.4); let t = c.randDate();
  const lines = [
    () => F('export ', (() => { const s = sec(c); return F(styleKey(c.r, s.e.keys[0], 'upper'), '=', s.val); })()),
    () => F(`mysql -u ${user(c)} -p'`, c.sec('DATABASE_PASSWORD', machinePassword(c.r).replace(/'/g, '')), "' -h ", c.host(), ` ${db(c)}`),
    () => F('psql "', dsn(c), '"'),
    () => F('curl -u ', user(c), ':', c.sec('ADMIN_PASSWORD', machinePassword(c.r)), ' https://', c.host(), '/api/health'),
    () => F('curl -H "Authorization: Bearer ', c.jwt(), '" https://api.', c.domain, '/v1/me'),
    () => F('docker login registry.corp.test -u ci-bot -p ', c.sec('DOCKER_HUB_ACCESS_TOKEN')),
    () => F('aws configure set aws_secret_access_key ', c.sec('AWS_SECRET_KEY')),
    () => F('git clone https://oauth2:', c.sec('GITLAB_PERSONAL_ACCESS_TOKEN'), '@git.corp.test/', c.pick(['platform', 'finance', 'web']), '/', c.pick(['api', 'infra', 'site']), '.git'),
    () => F('kubectl create secret generic app --from-literal=password=', c.sec('SERVICE_ACCOUNT_PASSWORD')),
    () => F('sshpass -p ', c.sec('ADMIN_PASSWORD', machinePassword(c.r, 14)), ' ssh admin@', infraIp(c)),
    () => F('vault login ', c.sec('VAULT_SERVICE_TOKEN')),
    () => F('htpasswd -b /etc/nginx/.htpasswd ', user(c), ' ', c.userPw()),
    () => F('redis-cli -h ', c.host(), ' -a ', c.sec('REDIS_PASSWORD')),
    () => F('openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:', c.sec('KEYSTORE_PASSWORD', machinePassword(c.r, 16))),
    () => F('git checkout ', c.look('git_sha')),
    () => F('git log --author="', c.name(c.person()), '" --since=2.weeks'),
    () => F('npm install left-pad@', c.look('version')),
    () => F('ssh -i ~/.ssh/id_ed25519 deploy@', infraIp(c, c.chance(0.5))),
    () => F('docker pull registry.corp.test/api@', c.look('digest')),
    () => F('echo ', c.look('placeholder'), ' > token.txt'),
    () => F('gpg --batch --passphrase "', c.sec('GPG_PASSPHRASE'), '" --decrypt backup.tar.gpg | tar x'),
    () => F('restic -r s3:s3.cloud.example/backups snapshots  # RESTIC_PASSWORD=', c.sec('BACKUP_ENCRYPTION_PASSPHRASE')),
    () => F('ls -la'), () => F('cd /srv/', c.pick(['app', 'www', 'releases'])), () => F('sudo systemctl restart ', c.pick(['nginx', 'postgresql', 'app'])), () => F('tail -f /var/log/syslog'),
  ];
  const n = c.int(10, 18);
  for (let i = 0; i < n; i++) {
    if (stamp) { d.line('#', c.look('timestamp', String(Math.floor(t.t / 1000) + i * c.int(5, 400)))); }
    d.line(c.chance(0.3) ? lines[0]() : c.pick(lines)());
  }
}

export function ci_log(c, d) {
  const dt = c.randDate(); let i = 0;
  const ts = () => c.ts(c.addSecs(dt, (i += c.int(1, 9))), 'isoms');
  const ln = (...x) => d.line(ts(), ' ', ...x);
  ln('##[group]Run checkout'); ln('Fetching ref ', c.look('git_sha', c.r.hex(40)));
  ln('HEAD is now at ', c.look('git_sha', c.r.hex(7)), ' ', c.pick(['fix: retry on 502', 'chore: bump deps', 'feat: export to csv', 'Merge branch main']));
  ln('##[endgroup]');
  const trig = c.person();
  ln('Build #', c.look('build_number', String(c.int(100, 9999))), ' triggered by ', c.name(trig), ' <', c.workEmail(trig), '>');
  ln('Node ', c.look('version', `${c.int(18, 24)}.${c.int(0, 19)}.${c.int(0, 9)}`), ', npm ', c.look('version', `${c.int(9, 11)}.${c.int(0, 9)}.${c.int(0, 9)}`));
  ln('added ', String(c.int(200, 1500)), ' packages in ', String(c.int(3, 60)), 's');
  for (let j = 0; j < c.int(1, 3); j++) { const s = sec(c); ln('+ echo "debug: ', styleKey(c.r, c.pick(s.e.keys), 'upper'), '=', s.val, '"'); }
  ln('Using secret DEPLOY_TOKEN=***');
  if (c.chance(0.5)) ln('env: AWS_ACCESS_KEY_ID=', c.sec('AWS_ACCESS_KEY'), ' AWS_SECRET_ACCESS_KEY=', c.sec('AWS_SECRET_KEY'));
  ln('Step 4/9 : COPY . /app'); ln(' ---> ', c.look('container_id', c.r.hex(12)));
  ln('Successfully built ', c.look('container_id', c.r.hex(12)));
  ln('pushed registry.corp.test/app@', c.look('digest'));
  if (c.chance(0.4)) { ln('Importing signing key:'); d.line(c.pem('pgp')); }
  if (c.chance(0.4)) ln('npm notice publishing with token ', c.sec('NPM_ACCESS_TOKEN'));
  if (c.chance(0.4)) ln('curl -sf -X POST https://hooks.chat.example/services/', `T${c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}/B${c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/`, c.sec('SLACK_WEBHOOK_TOKEN'));
  if (c.chance(0.6)) ln('npm audit: ', String(c.int(1, 4)), ' moderate — ', c.look('cve_id'), ', ', c.look('cve_id'));
  ln('Tests: ', String(c.int(100, 900)), ' passed, ', String(c.int(0, 3)), ' skipped');
  ln('Deploying ', c.look('version'), ' to ', c.host());
  ln('request_id=', c.look('request_id'), ' status=200');
  ln('Finished: SUCCESS');
}

export function app_log(c, d) {
  const dt = c.randDate(); const n = c.int(7, 12); let off = 0;
  const json = c.chance(0.6);
  const events = [
    () => ({ level: 'info', msg: 'login ok', f: { user: c.email(c.person()), ip: c.ip(), request_id: c.look('request_id') } }),
    () => ({ level: 'warn', msg: 'login failed', f: { user: c.email(c.person()), ip: c.ip(), attempt: String(c.int(2, 6)) } }),
    () => ({ level: 'debug', msg: 'outgoing request', f: { url: `https://api.${c.domain}/v3/charges`, authorization: F('Bearer ', c.sec(c.pick(['STRIPE_SECRET_KEY', 'OPENAI_PROJECT_KEY', 'SENDGRID_API_KEY', 'SQUARE_ACCESS_TOKEN', 'SHOPIFY_ACCESS_TOKEN']))), trace_id: c.look('trace_id') } }),
    () => ({ level: 'error', msg: 'payment declined', f: { card: c.card(), amount: c.price(5, 500), customer: c.name(c.person()) } }),
    () => ({ level: 'info', msg: 'sms sent', f: { to: c.phone(), template: 'otp', span_id: c.look('span_id') } }),
    () => ({ level: 'info', msg: 'shipment created', f: { name: c.name(c.person()), address: c.addrOne(), tracking: c.look('tracking_number') } }),
    () => ({ level: 'info', msg: 'withdrawal queued', f: { wallet: c.btc(), amount_btc: `0.${c.r.digits(6)}`, user_id: c.look('object_id') } }),
    () => ({ level: 'debug', msg: 'session', f: { cookie: c.sessionCookie(), ip: c.ip('v6') } }),
    () => ({ level: 'debug', msg: 'db connect', f: { dsn: dsn(c) } }),
    () => ({ level: 'info', msg: 'token refreshed', f: { sub: c.look('uuid'), token: c.jwt() } }),
    () => ({ level: 'info', msg: 'GET /health', f: { status: '200', latency_ms: String(c.int(1, 90)) } }),
    () => ({ level: 'warn', msg: 'card rejected by luhn check', f: { card: c.invalidCard(), order: c.look('order_number') } }),
    () => ({ level: 'info', msg: 'device registered', f: { mac: c.look('mac_address'), owner: c.email(c.person()) } }),
  ];
  for (let i = 0; i < n; i++) {
    const e = c.pick(events)();
    const t = c.addSecs(dt, (off += c.int(1, 40)));
    if (json) {
      d.raw('{"ts":"'); d.add(c.ts(t, 'isoms')); d.raw(`","level":"${e.level}","msg":"${e.msg}"`);
      for (const [k, v] of Object.entries(e.f)) { d.raw(`,"${k}":"`); d.add(jsonEsc(v)); d.raw('"'); }
      d.raw('}\n');
    } else {
      d.add(c.ts(t, 'space')); d.raw(` ${e.level.toUpperCase().padEnd(5)} [${c.pick(['api', 'worker', 'auth', 'billing'])}] ${e.msg}`);
      for (const [k, v] of Object.entries(e.f)) { d.raw(` ${k}=`); d.add(v); }
      d.raw('\n');
    }
  }
}

export function access_log(c, d) {
  const dt = c.randDate(); const n = c.int(8, 14); let off = 0;
  const paths = [
    () => F('/api/v1/orders?page=', String(c.int(1, 9))),
    () => F('/export.csv?api_key=', c.sec(c.pick(['API_KEY', 'OPENWEATHER_API_KEY', 'GOOGLE_API_KEY', 'INTERNAL_SERVICE_TOKEN']))),
    () => F('/reset?email=', c.email(c.person()), '&token=', c.sec('BEARER_TOKEN')),
    () => F('/static/app.', c.look('hash', c.r.hex(8)), '.js'),
    () => F('/login'), () => F('/webhooks/stripe'),
    () => F('/download/', c.look('file_id')),
    () => F('/track/', c.look('tracking_number')),
    () => F('/api/users/', c.look('uuid')),
  ];
  for (let i = 0; i < n; i++) {
    const t = c.addSecs(dt, (off += c.int(0, 20)));
    const auth = c.chance(0.15) ? user(c) : '-';
    d.line(c.ip(), ` - ${auth} [`, c.ts(t, 'clf'), `] "${c.pick(['GET', 'GET', 'POST', 'PUT'])} `, c.pick(paths)(), ` HTTP/1.1" ${c.pick([200, 200, 200, 302, 401, 404, 500])} ${c.int(120, 90000)} "-" "${c.pick(['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.5.0', 'okhttp/4.12.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)'])}"`, c.chance(0.3) ? F(' rid=', c.look('request_id')) : '');
  }
}

export function sql_dump(c, d) {
  d.line('-- dump ', c.ts(undefined, 'space'), ' host ', c.host());
  d.line('CREATE TABLE customers (id int, full_name text, email text, phone text, street text, city text, country text);');
  const n = c.int(6, 10);
  d.line('INSERT INTO customers VALUES');
  for (let i = 0; i < n; i++) {
    const p = c.person({ intl: 0.6 }); const a = c.address(p.place);
    d.line(`  (${c.int(1000, 99999)}, '`, c.name(p, p.lang), "', '", c.email(p), "', '", c.phoneOf(p, 'intl'), "', '", a.street, "', '", P('LOCATION', a.city.local), "', '", c.country(p.place), `')${i < n - 1 ? ',' : ';'}`);
  }
  d.line('CREATE TABLE integrations (name text, secret text, updated_at timestamp);');
  for (let i = 0; i < c.int(3, 5); i++) { const s = sec(c, ['vendor', 'cloud']); d.line(`INSERT INTO integrations VALUES ('${s.e.id.toLowerCase()}', '`, s.val, "', '", c.ts(undefined, 'space'), "');"); }
  if (c.chance(0.6)) d.line("INSERT INTO settings (k, v) VALUES ('smtp_password', '", c.sec('SMTP_PASSWORD', machinePassword(c.r)), "'), ('support_phone', '", c.phone(), "');");
  if (c.chance(0.5)) d.line("UPDATE users SET password_hash = '", L('password_hash', `$2b$12$${c.r.str('./' + B62, 53)}`), "' WHERE id = ", String(c.int(1, 900)), ';');
  if (c.chance(0.5)) d.line("INSERT INTO payments (card, last4) VALUES ('", c.testCard(), "', '", String(c.int(1000, 9999)), "');  -- test data");
}

export function source_code(c, d) {
  const lang = c.pick(['py', 'js', 'go', 'java', 'rb', 'php', 'cs']);
  const s1 = sec(c); const s2 = sec(c); const s3 = sec(c);
  const cmt = { py: '#', rb: '#', js: '//', go: '//', java: '//', php: '//', cs: '//' }[lang];
  d.line(cmt, ' ', cm(c));
  const extra = () => { d.line(cmt, ' ', c.pick(['old', 'backup', 'staging', 'alt']), ' ', styleKey(c.r, c.pick(s3.e.keys), 'lower'), ': ', s3.val); };
  extra();
  if (c.chance(0.6)) { const s4 = sec(c); d.line(cmt, ' ', c.pick(['fallback', 'from ticket', 'prod']), ' ', styleKey(c.r, c.pick(s4.e.keys), 'lower'), ' = ', s4.val); }
  if (lang === 'py') {
    d.line('import os, requests'); d.line('');
    d.line(`${styleKey(c.r, s1.e.keys[0], 'upper')} = "`, s1.val, '"');
    d.line(`${styleKey(c.r, s2.e.keys[0], 'upper')} = os.environ.get("${styleKey(c.r, s2.e.keys[0], 'upper')}", "`, s2.val, '")');
    d.line('DB_URL = "', dsn(c), '"');
    d.line('FALLBACK = "', c.look('placeholder'), '"');
    d.line(''); d.line('def notify(msg):'); d.line('    # owner: ', c.name(c.person()), ' <', c.workEmail(c.person()), '>');
    d.line('    return requests.post("https://api.', c.domain, '/notify", headers={"X-Api-Key": ', `${styleKey(c.r, s1.e.keys[0], 'upper')}}, json={"text": msg})`);
    if (c.chance(0.35)) { d.line(''); d.line('SIGNING_KEY = """'); d.line(c.pem(c.pick(['ec', 'rsa', 'pkcs8']))); d.line('"""'); }
  } else if (lang === 'js') {
    d.line("const axios = require('axios');");
    d.line(`const ${styleKey(c.r, s1.e.keys[0], 'camel')} = '`, s1.val, "';");
    d.line(`const ${styleKey(c.r, s2.e.keys[0], 'camel')} = process.env.${styleKey(c.r, s2.e.keys[0], 'upper')} || '`, s2.val, "';");
    d.line("const privateKey = '", c.pem(c.pick(['ec', 'pkcs8']), 'json'), "';");
    d.line('// test card for sandbox: ', c.testCard());
    d.line('// negative test, must fail Luhn: ', c.invalidCard());
    if (c.chance(0.5)) d.line("const INVALID_SSNS = ['", c.invalidSsn(), "', '", c.invalidSsn(), "'];");
    d.line("module.exports = { region: 'eu-west-1', version: '", c.look('version'), "' };");
  } else if (lang === 'go') {
    d.line('package config'); d.line('');
    d.line('const (');
    d.line(`\t${styleKey(c.r, s1.e.keys[0], 'camel')} = "`, s1.val, '"');
    d.line(`\t${styleKey(c.r, s2.e.keys[0], 'camel')} = "`, s2.val, '"');
    d.line('\tdsn = "', dsn(c), '"');
    d.line('\t// docs example: ', c.look('aws_example_key'));
    d.line(')');
  } else if (lang === 'java') {
    d.line('public final class Secrets {');
    d.line(`    static final String ${styleKey(c.r, s1.e.keys[0], 'upper')} = "`, s1.val, '";');
    d.line(`    static final String ${styleKey(c.r, s2.e.keys[0], 'upper')} = "`, s2.val, '";');
    d.line('    static final String JDBC = "jdbc:postgresql://', c.host(), '/', db(c), '?user=', user(c), '&password=', c.sec('DATABASE_PASSWORD', machinePassword(c.r).replace(/[&?=#]/g, 'z')), '";');
    d.line('    // maintainer: ', c.name(c.person()));
    d.line('}');
  } else if (lang === 'rb') {
    d.line('Rails.application.configure do');
    d.line(`  config.x.${styleKey(c.r, s1.e.keys[0], 'lower')} = "`, s1.val, '"');
    d.line('  config.action_mailer.smtp_settings = { user_name: "', c.workEmail(c.person()), '", password: "', c.sec('SMTP_PASSWORD', machinePassword(c.r)), '" }');
    d.line(`  config.x.${styleKey(c.r, s2.e.keys[0], 'lower')} = ENV.fetch("${styleKey(c.r, s2.e.keys[0], 'upper')}") { "`, s2.val, '" }');
    d.line('end');
  } else if (lang === 'php') {
    d.line('<?php'); d.line("return ["); d.line(`    '${styleKey(c.r, s1.e.keys[0], 'lower')}' => '`, s1.val, "',");
    d.line("    'db' => ['host' => '", c.host(), "', 'user' => '", user(c), "', 'pass' => '", c.sec('DATABASE_PASSWORD', machinePassword(c.r)), "'],");
    d.line(`    '${styleKey(c.r, s2.e.keys[0], 'lower')}' => '`, s2.val, "',"); d.line('];');
  } else {
    d.line('public static class Keys {');
    d.line(`    public const string ${styleKey(c.r, s1.e.keys[0], 'camel')} = "`, s1.val, '";');
    d.line(`    public const string ${styleKey(c.r, s2.e.keys[0], 'camel')} = "`, s2.val, '";');
    d.line('    public const string Storage = "AccountName=files;AccountKey=', c.sec('AZURE_STORAGE_ACCOUNT_KEY'), '";');
    d.line('    public const string TenantId = "', c.look('uuid'), '";');
    d.line('}');
  }
}

export function git_output(c, d) {
  const a = c.person(); const b = c.person();
  const dt = c.randDate();
  if (c.chance(0.3)) { d.line('$ git remote -v'); const tok = c.sec(c.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'BITBUCKET_APP_PASSWORD', 'GITHUB_FINE_GRAINED_TOKEN'])); d.line('origin\thttps://', user(c), ':', tok, '@git.corp.test/', c.pick(['platform', 'web']), '/api.git (fetch)'); d.line('origin\thttps://', user(c), ':', S(tok.name, tok.value), '@git.corp.test/', c.pick(['platform', 'web']), '/api.git (push)'); d.raw('\n'); }
  d.line('commit ', c.look('git_sha', c.r.hex(40)));
  d.line('Author: ', c.name(a, 'en'), ' <', c.workEmail(a), '>');
  d.line('Date:   ', c.ts(dt, 'rfc'));
  d.raw('\n');
  d.line('    ', c.pick(['Remove hardcoded credentials', 'Move keys to vault', 'config: switch to env vars', 'Rotate leaked token']));
  d.raw('\n');
  if (c.chance(0.5)) d.line('    Co-authored-by: ', c.name(b, 'en'), ' <', c.email(b), '>');
  const fn = c.pick(['prod.env', '.env.production', 'deploy.env']);
  d.line('diff --git a/config/', fn, ' b/config/', fn);
  d.line('index ', c.look('git_sha', c.r.hex(7)), '..', c.look('git_sha', c.r.hex(7)), ' 100644');
  d.line('@@ -', String(c.int(1, 40)), ',7 +', String(c.int(1, 40)), ',7 @@');
  for (let i = 0; i < c.int(3, 5); i++) {
    const s = sec(c); const k = styleKey(c.r, c.pick(s.e.keys), 'upper');
    d.line('-', k, '=', s.val);
    d.line('+', k, '=', c.look('env_reference', c.pick([`\${${k}}`, `\${{ secrets.${k} }}`, `{{ vault "kv/app/${k.toLowerCase()}" }}`, `\${${k}:?unset}`])));
  }
  d.line(' LOG_LEVEL=info');
  d.raw('\n');
  d.line('commit ', c.look('git_sha', c.r.hex(40)));
  d.line('Author: ', c.name(b, 'en'), ' <', c.email(b), '>');
  d.line('Date:   ', c.ts(c.addDays(dt, -c.int(1, 30)), 'rfc'));
  d.raw('\n');
  d.line('    ', c.pick(['Add partner integration', 'Initial import', 'wip']));
  if (c.chance(0.4)) { d.raw('\n'); d.line('$ git blame -L 12,13 config/prod.env'); d.line(c.look('git_sha', c.r.hex(8)), ' (', c.name(a, 'en'), ' ', c.date(dt, 'iso'), ' 12) DB_PASSWORD=', c.sec('DATABASE_PASSWORD')); }
}

export function terraform(c, d) {
  if (c.chance(0.5)) {
    d.line('# terraform.tfvars — ', cm(c));
    d.line('region          = "', c.pick(['eu-central-1', 'us-east-1', 'ap-northeast-1']), '"');
    d.line('db_password     = "', c.sec('DATABASE_PASSWORD'), '"');
    d.line('cloudflare_token = "', c.sec('CLOUDFLARE_API_TOKEN'), '"');
    for (let i = 0; i < c.int(2, 4); i++) { const s = sec(c); d.line(styleKey(c.r, c.pick(s.e.keys), 'lower'), ' = "', s.val, '"'); }
    d.line('alert_email     = "', c.workEmail(c.person()), '"');
    d.line('oncall_phone    = "', c.phone(), '"');
    d.line('ami             = "ami-', c.look('hash', c.r.hex(17)), '"');
    return;
  }
  d.raw('{\n  "version": 4,\n  "terraform_version": "'); d.add(c.look('version', `1.${c.int(5, 10)}.${c.int(0, 9)}`)); d.raw(`",\n  "serial": ${c.int(1, 400)},\n  "lineage": "`); d.add(c.look('uuid')); d.raw('",\n  "resources": [\n');
  d.raw('    {"type": "aws_iam_access_key", "name": "ci", "instances": [{"attributes": {"id": "'); d.add(c.sec('AWS_ACCESS_KEY')); d.raw('", "secret": "'); d.add(c.sec('AWS_SECRET_KEY')); d.raw('", "user": "ci-deployer"}}]},\n');
  d.raw('    {"type": "aws_db_instance", "name": "main", "instances": [{"attributes": {"address": "'); d.add(c.host()); d.raw('", "password": "'); d.add(c.sec('DATABASE_PASSWORD', machinePassword(c.r))); d.raw('", "username": "'); d.raw(user(c)); d.raw('"}}]},\n');
  if (c.chance(0.6)) { d.raw('    {"type": "tls_private_key", "name": "deploy", "instances": [{"attributes": {"algorithm": "RSA", "private_key_pem": "'); d.add(c.pem('rsa', 'json')); d.raw('\\n"}}]},\n'); }
  d.raw('    {"type": "random_password", "name": "admin", "instances": [{"attributes": {"result": "'); d.add(c.sec('ADMIN_PASSWORD', machinePassword(c.r, 24))); d.raw('"}}]}\n  ]\n}\n');
}

export function docker_config(c, d) {
  const regs = ['registry.corp.test', 'harbor.ops.example', 'cr.internal.test:5000', 'images.build.invalid'];
  d.raw('{\n  "auths": {\n');
  const n = c.int(1, 3);
  const rs = c.r.sample(regs, n);
  rs.forEach((h, i) => {
    const u = c.pick(['ci-bot', 'deploy', user(c), c.user(c.person())]);
    const pw = c.chance(0.5) ? c.sec('DOCKER_HUB_ACCESS_TOKEN').value : machinePassword(c.r);
    d.raw(`    "${h}": {\n      "auth": "`); d.add(c.dockerAuth(u, pw)); d.raw('"');
    if (c.chance(0.3)) { d.raw(',\n      "email": "'); d.add(c.workEmail(c.person())); d.raw('"'); }
    d.raw(`\n    }${i < n - 1 ? ',' : ''}\n`);
  });
  d.raw('  },\n  "credsStore": "desktop",\n  "currentContext": "default"\n}\n');
  if (c.chance(0.6)) {
    d.raw('\n$ cat ~/.config/containers/auth.json\n');
    const u = user(c), pw = machinePassword(c.r);
    d.raw('{"auths":{"quay.corp.test":{"auth":"'); d.add(c.dockerAuth(u, pw)); d.raw('"}}}\n');
  }
  if (c.chance(0.5)) { d.raw('\n$ curl -s -H "Authorization: Basic '); d.add(c.basicAuth(user(c), machinePassword(c.r))); d.raw('" https://registry.corp.test/v2/_catalog\n{"repositories":["api","web"]}\n'); }
}

export function lockfile_manifest(c, d) {
  const pk = ['express', 'lodash', 'zod', 'axios', 'dayjs', 'pino', 'uuid', 'yaml', 'chalk', 'commander', 'semver', 'debug'];
  if (c.chance(0.6)) {
    d.raw('{\n  "name": "'); d.raw(c.pick(['billing-api', 'crm-sync', 'portal-web'])); d.raw('",\n  "version": "'); d.add(c.look('version', `${c.int(0, 4)}.${c.int(0, 20)}.${c.int(0, 9)}`)); d.raw('",\n  "lockfileVersion": 3,\n  "packages": {\n');
    const list = c.r.sample(pk, c.int(4, 7));
    list.forEach((p, i) => {
      const v = `${c.int(1, 9)}.${c.int(0, 20)}.${c.int(0, 12)}`;
      d.raw(`    "node_modules/${p}": {\n      "version": "`); d.add(c.look('version', v)); d.raw(`",\n      "resolved": "https://npm.mirror.corp.test/${p}/-/${p}-${v}.tgz",\n      "integrity": "`); d.add(c.look('integrity')); d.raw(`"\n    }${i < list.length - 1 ? ',' : ''}\n`);
    });
    d.raw('  },\n  "engines": {"node": "'); d.add(c.look('semver_range')); d.raw('"}\n}\n');
  } else {
    d.raw('# poetry.lock (excerpt)\n');
    for (const p of c.r.sample(['requests', 'pydantic', 'sqlalchemy', 'boto3', 'httpx', 'jinja2'], c.int(3, 5))) {
      d.raw(`[[package]]\nname = "${p}"\nversion = "`); d.add(c.look('version', `${c.int(1, 3)}.${c.int(0, 30)}.${c.int(0, 9)}`)); d.raw('"\nfiles = [\n    {file = "' + p + '.whl", hash = "'); d.add(c.look('digest')); d.raw('"},\n]\n\n');
    }
    d.raw('[metadata]\ncontent-hash = "'); d.add(c.look('hash', c.r.hex(64))); d.raw('"\n');
  }
}

export function runbook_md(c, d) {
  const oncall = [c.person(), c.person(), c.person()];
  const T = (m) => c.tr(m);
  d.line('# ', T({ en: 'Runbook: restore the billing database', de: 'Runbook: Wiederherstellung der Abrechnungsdatenbank', fr: 'Procédure : restauration de la base de facturation', es: 'Runbook: restaurar la base de facturación', ja: '手順書：請求DBのリストア', zh: '运维手册：账单数据库恢复', ko: '런북: 결제 DB 복구', pt: 'Runbook: restaurar o banco de cobrança', ru: 'Инструкция: восстановление БД биллинга', pl: 'Runbook: odtworzenie bazy rozliczeń' }));
  d.raw('\n');
  d.line('| ', T({ en: 'Role', de: 'Rolle', fr: 'Rôle', es: 'Rol', ja: '役割', zh: '角色', ko: '역할' }), ' | ', c.f('name'), ' | ', c.f('phone'), ' | ', c.f('email'), ' |');
  d.line('|---|---|---|---|');
  ['Primary', 'Secondary', 'DBA'].forEach((r, i) => d.line(`| ${r} | `, c.name(oncall[i]), ' | ', c.phoneOf(oncall[i]), ' | ', c.workEmail(oncall[i]), ' |'));
  d.raw('\n');
  d.line('1. ', T({ en: 'Connect to the bastion', de: 'Mit dem Bastion-Host verbinden', fr: 'Se connecter au bastion', es: 'Conectarse al bastión', ja: '踏み台に接続', zh: '登录跳板机', ko: '배스천 접속' }), ':');
  d.line('   ```'); d.line('   ssh ops@', c.host()); d.line('   export PGPASSWORD=\'', c.sec('DATABASE_PASSWORD', machinePassword(c.r).replace(/'/g, '')), "'"); d.line('   pg_restore -h ', c.host(), ' -U ', user(c), ' -d billing /backups/', c.date(undefined, 'iso'), '.dump'); d.line('   ```');
  d.line('2. ', T({ en: 'Decrypt the dump with the backup passphrase', de: 'Dump mit der Backup-Passphrase entschlüsseln', fr: 'Déchiffrer avec la phrase secrète', es: 'Descifrar con la frase de respaldo', ja: 'バックアップのパスフレーズで復号', zh: '用备份口令解密', ko: '백업 암호문구로 복호화' }), ': `', c.sec('BACKUP_ENCRYPTION_PASSPHRASE'), '`');
  d.line('3. ', T({ en: 'Check the API with the monitoring token', de: 'API mit dem Monitoring-Token prüfen', fr: "Vérifier l'API avec le jeton de supervision", es: 'Comprobar la API con el token de monitorización', ja: '監視トークンでAPI確認', zh: '用监控令牌检查 API', ko: '모니터링 토큰으로 API 확인' }), ': `curl -H "X-Api-Key: ', c.sec(c.pick(['DATADOG_API_KEY', 'GRAFANA_SERVICE_ACCOUNT_TOKEN', 'NEW_RELIC_USER_KEY', 'HONEYCOMB_API_KEY'])), '" https://', c.host(), '/status`');
  d.line('4. ', T({ en: 'Do NOT use the sample key from the vendor docs', de: 'NICHT den Beispielschlüssel aus der Doku verwenden', fr: "Ne PAS utiliser la clé d'exemple de la doc", es: 'NO usar la clave de ejemplo de la documentación', ja: 'ドキュメントのサンプルキーは使わないこと', zh: '不要使用文档中的示例密钥', ko: '문서의 샘플 키는 사용 금지' }), ': ', c.look('aws_example_key'));
  if (c.chance(0.45)) { d.raw('\n'); d.line(T({ en: 'Break-glass key (sealed copy in the safe):', de: 'Notfallschlüssel (versiegelte Kopie im Tresor):', fr: "Clé d'urgence (copie scellée au coffre) :", es: 'Clave de emergencia (copia sellada en la caja fuerte):', ja: '緊急用キー（金庫に封印コピーあり）：', zh: '应急密钥（保险柜有密封副本）：', ko: '비상 키 (금고에 봉인 사본):' })); d.line('```'); d.line(c.pem(c.pick(['openssh', 'pgp', 'ec']))); d.line('```'); }
  d.line('\n_', T({ en: 'Last reviewed', de: 'Zuletzt geprüft', fr: 'Dernière revue', es: 'Última revisión', ja: '最終確認', zh: '最后审核', ko: '최종 검토' }), ' ', c.date(), ' — ', c.name(oncall[0]), '_');
}

export function ssh_material(c, d) {
  const p = c.person();
  d.line('$ cat ~/.ssh/config');
  for (let i = 0; i < c.int(1, 3); i++) { d.line('Host ', c.pick(['bastion', 'nas', 'build', 'db-prod', 'git'])); d.line('  HostName ', c.chance(0.5) ? c.host() : infraIp(c)); d.line('  User ', user(c)); d.line('  IdentityFile ~/.ssh/id_', c.pick(['ed25519', 'rsa', 'deploy'])); }
  d.raw('\n');
  d.line('$ cat ~/.ssh/authorized_keys');
  for (let i = 0; i < c.int(1, 3); i++) { const q = c.person(); d.line(L('public_key', K.sshPublicLine(K.ed25519Key(c.r))), ' ', c.workEmail(q)); }
  if (c.chance(0.5)) { d.raw('\n$ head -2 ~/.ssh/known_hosts\n'); for (let i = 0; i < 2; i++) d.line(L('hash', `|1|${c.r.bytes(20).toString('base64')}|${c.r.bytes(20).toString('base64')}`), ' ssh-ed25519 ', L('public_key', K.sshPublicBlob(K.ed25519Key(c.r)).toString('base64'))); }
  d.raw('\n');
  if (c.chance(0.6)) {
    d.line('$ cat ~/.aws/credentials');
    d.line('[default]'); d.line('aws_access_key_id = ', c.sec('AWS_ACCESS_KEY')); d.line('aws_secret_access_key = ', c.sec('AWS_SECRET_KEY'));
    if (c.chance(0.5)) { d.line('[', c.pick(['prod-admin', 'sso-temp']), ']'); d.line('aws_access_key_id = ', c.sec('AWS_TEMPORARY_ACCESS_KEY')); d.line('aws_secret_access_key = ', c.sec('AWS_SECRET_KEY')); d.line('aws_session_token = ', c.sec('AWS_SESSION_TOKEN')); }
    d.raw('\n');
  }
  if (c.chance(0.5)) { d.line('$ cat ~/.git-credentials'); d.line('https://', c.user(p), ':', c.sec(c.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_TOKEN', 'BITBUCKET_APP_PASSWORD'])), '@git.corp.test'); d.raw('\n'); }
  if (c.chance(0.4)) { d.line('$ cat ~/.config/gh/hosts.yml'); d.line('git.corp.test:'); d.line('    user: ', c.user(p)); d.line('    oauth_token: ', c.sec(c.pick(['GITHUB_OAUTH_TOKEN', 'GITHUB_USER_TO_SERVER_TOKEN']))); d.line('    git_protocol: https'); d.raw('\n'); }
  const k = c.pick(['openssh', 'openssh', 'rsa', 'ec']);
  d.line('$ cat ~/.ssh/id_', k === 'rsa' ? 'rsa' : k === 'ec' ? 'ecdsa' : 'ed25519');
  d.line(c.pem(k));
  if (c.chance(0.4)) d.line('# passphrase: ', c.sec('SSH_KEY_PASSPHRASE'));
}

export function http_dump(c, d) {
  const p = c.person();
  const auth = c.pick(['bearer', 'basic', 'apikey', 'cookie']);
  d.line('> ', c.pick(['POST', 'GET', 'PATCH']), ' /v2/', c.pick(['customers', 'profile', 'orders/' + c.int(1000, 9999)]), ' HTTP/2');
  d.line('> Host: api.', c.domain);
  if (auth === 'bearer') d.line('> Authorization: Bearer ', c.chance(0.6) ? c.jwt() : c.sec(c.pick(['OPENAI_PROJECT_KEY', 'ANTHROPIC_API_KEY', 'HUBSPOT_PRIVATE_APP_TOKEN', 'BEARER_TOKEN', 'GOOGLE_OAUTH_ACCESS_TOKEN'])));
  if (auth === 'basic') d.line('> Authorization: Basic ', c.basicAuth(user(c), c.chance(0.5) ? machinePassword(c.r) : humanPassword(c.r)));
  if (auth === 'apikey') { const s = sec(c, ['vendor', 'generic']); d.line('> ', c.pick(['X-Api-Key', 'Api-Key', 'X-Auth-Token']), ': ', s.val); }
  if (auth === 'cookie') d.line('> Cookie: session=', c.sessionCookie(), '; theme=dark');
  d.line('> User-Agent: ', c.pick(['curl/8.5.0', 'python-requests/2.32.3', 'PostmanRuntime/7.39.0']));
  d.line('> X-Request-Id: ', c.look('request_id'));
  d.line('>');
  d.line('< HTTP/2 200');
  d.line('< date: ', c.ts(undefined, 'rfc'));
  d.line('< content-type: application/json');
  if (c.chance(0.5)) d.line('< set-cookie: sid=', c.sessionCookie(), '; HttpOnly; Secure');
  d.line('< x-trace-id: ', c.look('trace_id'));
  d.line('<');
  const a = c.address(p.place);
  d.raw('{"id":"'); d.add(c.look('uuid')); if (c.chance(0.5)) { const s = sec(c, ['vendor', 'generic', 'inhouse']); d.raw('","api_key":"'); d.add(s.val); } d.raw('","name":"'); d.add(c.name(p, p.lang)); d.raw('","email":"'); d.add(c.email(p)); d.raw('","phone":"'); d.add(c.phoneOf(p, 'intl')); d.raw('","address":{"line1":"'); d.add(jsonEsc(a.street)); d.raw('","city":"'); d.add(P('LOCATION', a.city.local)); d.raw('"},"last_ip":"'); d.add(c.ip()); d.raw('","created":"'); d.add(c.ts(undefined, 'iso')); d.raw('"}\n');
}

export const DEV_KINDS = { dotenv, yaml_config, k8s_manifest, json_config, ini_properties, shell_history, ci_log, app_log, access_log, sql_dump, source_code, git_output, terraform, docker_config, lockfile_manifest, runbook_md, ssh_material, http_dump };
