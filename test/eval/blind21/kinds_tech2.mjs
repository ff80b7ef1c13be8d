// Document kinds: connection strings, Kubernetes, app configs, credential JSON, logs, git, source, CRM, tickets, notes, manifests.
import { S, P, L } from './builder.mjs';
import { SECRET, humanPassword, passphrase, strongPassword, machinePassword, jwt, pemKey, PEM_KINDS } from './secrets.mjs';
import { secLine, fillerLine, block, comment, pemIndent, pemEscape } from './tech_util.mjs';
import { SSIDS, locale, say, sayTpl, place } from './kit.mjs';
import { PH, CC_PHONE, CC_IBAN, LANG_CC } from './phrases.mjs';
import { USERNAMES } from './data.mjs';
import { ALNUM, LOWNUM, B64URL, UPNUM } from './prng.mjs';
import { uuid, AWS_EXAMPLE_KEYS, VENDOR_TEST_CARDS } from './values.mjs';
import * as PEMX from './pem.mjs';

const p2 = (x) => String(x).padStart(2, '0');
const H = (X) => X.pick(['db.corp.example', 'sql01.kanzlei.test', 'pg.home.example', '10.0.4.12', 'mysql.shop.example', 'cluster0.db.example', 'cache.corp.example']);
const dbpw = (X) => S('DATABASE_PASSWORD', X.urlSafe(machinePassword(X.r)));

// ------------------------------------------------------------------ connection strings
const CONN = [
  (X) => ['postgres://', X.pick(['app', 'shop', 'postgres']), ':', dbpw(X), '@', H(X), ':5432/', X.pick(['app', 'shop', 'ledger']), X.pick(['', '?sslmode=require'])],
  (X) => ['postgresql+psycopg2://etl:', dbpw(X), '@', H(X), '/warehouse'],
  (X) => ['mysql://wp:', dbpw(X), '@', H(X), ':3306/wordpress'],
  (X) => ['mariadb://nextcloud:', dbpw(X), '@', H(X), '/nextcloud?charset=utf8mb4'],
  (X) => ['mongodb+srv://', X.pick(['admin', 'photos', 'api']), ':', dbpw(X), '@', X.pick(['cluster0.db.example', 'mongo.home.example']), '/?retryWrites=true&w=majority'],
  (X) => ['redis://:', dbpw(X), '@', H(X), ':6379/0'],
  (X) => ['rediss://default:', dbpw(X), '@', X.pick(['cache.corp.example', 'redis.home.example']), ':6380'],
  (X) => ['amqp://', X.pick(['guest2', 'worker', 'celery']), ':', S('AMQP_PASSWORD', X.urlSafe(machinePassword(X.r))), '@', X.pick(['mq.corp.example', 'rabbit.home.example']), ':5672/', X.pick(['%2F', 'jobs'])],
  (X) => ['Server=tcp:', H(X), ',1433;Initial Catalog=', X.pick(['Shop', 'FIBU', 'Praxis']), ';User ID=', X.pick(['shop_app', 'sa', 'report']), ';Password=', S('DATABASE_PASSWORD', machinePassword(X.r).replace(/[;'"]/g, 'k')), ';Encrypt=True;TrustServerCertificate=False;'],
  (X) => ['Driver={ODBC Driver 18 for SQL Server};Server=', H(X), ';Database=Lager;Uid=lager;Pwd=', S('DATABASE_PASSWORD', machinePassword(X.r).replace(/[;{}]/g, 'k')), ';'],
  (X) => ['jdbc:postgresql://', H(X), ':5432/app?user=app&password=', dbpw(X)],
  (X) => ['jdbc:mysql://', H(X), ':3306/shop?user=shop&password=', dbpw(X), '&useSSL=true'],
  (X) => ['jdbc:oracle:thin:scott/', dbpw(X), '@//', X.pick(['ora.corp.example', '10.0.5.20']), ':1521/ORCLPDB1'],
  (X) => ['User Id=HR;Password=', S('DATABASE_PASSWORD', machinePassword(X.r).replace(/[;]/g, 'k')), ';Data Source=ora.corp.example:1521/ORCL'],
  (X) => ['DATABASE=sample;HOSTNAME=', H(X), ';PORT=50000;PROTOCOL=TCPIP;UID=db2inst1;PWD=', S('DATABASE_PASSWORD', machinePassword(X.r).replace(/[;]/g, 'k')), ';'],
  (X) => ['clickhouse://default:', dbpw(X), '@', X.pick(['ch.corp.example', 'analytics.home.example']), ':8443/default?secure=true'],
  (X) => ['neo4j+s://neo4j:', dbpw(X), '@', X.pick(['graph.corp.example', 'neo.home.example']), ':7687'],
  (X) => ['https://elastic:', dbpw(X), '@', X.pick(['es.corp.example', 'search.home.example']), ':9200'],
  (X) => ['Endpoint=sb://', X.pick(['bus.corp.example', 'events.home.example']), '/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=', X.sec('AZURE_SHARED_ACCESS_KEY')],
  (X) => ['DefaultEndpointsProtocol=https;AccountName=', X.pick(['homebackup', 'familyphotos', 'kanzleiarchiv']), ';AccountKey=', X.sec('AZURE_STORAGE_ACCOUNT_KEY'), ';EndpointSuffix=core.storage.example'],
  (X) => ['HostName=', X.pick(['hub.iot.example', 'sensors.home.example']), ';DeviceId=', X.pick(['boiler', 'garage', 'meter-01']), ';SharedAccessKey=', X.sec('AZURE_IOT_SHARED_ACCESS_KEY')],
  (X) => ['account=', X.r.str('abcdefghijklmnopqrstuvwxyz', 2), X.r.digits(5), ';user=ETL_USER;password=', S('DATABASE_PASSWORD', machinePassword(X.r).replace(/[;]/g, 'k')), ';warehouse=COMPUTE_WH;db=RAW'],
  (X) => ['sqlserver://sa:', dbpw(X), '@', H(X), '?database=master'],
  (X) => ['smtp://', X.pick(['noreply', 'alerts', 'kita']), '%40mail.example:', S('SMTP_PASSWORD', X.urlSafe(humanPassword(X.r))), '@smtp.mail.example:587'],
  (X) => ['ldaps://cn=admin,dc=home,dc=example:', S('LDAP_BIND_PASSWORD', X.urlSafe(strongPassword(X.r))), '@ldap.home.example:636'],
  (X) => ['mqtts://', X.pick(['ha', 'zigbee']), ':', S('MQTT_PASSWORD', X.urlSafe(machinePassword(X.r))), '@mqtt.home.test:8883'],
  (X) => ['http://', X.pick(['proxyuser', 'anna']), ':', S('PROXY_PASSWORD', X.urlSafe(humanPassword(X.r))), '@proxy.corp.example:3128'],
  (X) => ['influxdb://', X.pick(['metrics.home.example', 'influx.corp.example']), ':8086?org=home&token=', X.sec('INFLUXDB_TOKEN')],
];
export function connection_strings(X, d) {
  const fmt = X.pick(['appsettings', 'env', 'yaml', 'xml', 'list']);
  const name = () => X.pick(['Default', 'Reporting', 'Cache', 'Queue', 'Archive', 'Search', 'Legacy', 'Analytics', 'Mail', 'Directory', 'Events', 'Storage', 'Iot', 'Graph']);
  if (fmt === 'appsettings') {
    d.t('{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {\n'); let first = true;
    while (d.len < X.budget) { d.w(first ? '' : ',\n', '    "', name(), '": "', X.pick(CONN)(X), '"'); first = false; }
    d.w('\n  },\n  "ApplicationInsights": { "InstrumentationKey": "', X.L('uuid'), '" },\n  "AllowedHosts": "*"\n}\n');
  } else if (fmt === 'env') { while (d.len < X.budget) d.w(name().toUpperCase(), X.pick(['_URL', '_DSN', '_CONNECTION_STRING', '_URI']), '=', X.pick(CONN)(X), '\n'); }
  else if (fmt === 'yaml') { d.t('datasources:\n'); while (d.len < X.budget) d.w('  ', name().toLowerCase(), ':\n    url: "', X.pick(CONN)(X), '"\n    pool: ', String(X.int(2, 30)), '\n'); }
  else if (fmt === 'xml') { d.t('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>\n'); while (d.len < X.budget) d.w('    <add name="', name(), '" connectionString="', X.pick(CONN)(X), '" providerName="System.Data.SqlClient" />\n'); d.t('  </connectionStrings>\n</configuration>\n'); }
  else { d.t(X.pick(['# DB-Zugänge (Stand ', '# connection strings as of ', '# chaînes de connexion – ']) ); d.w(X.date('en'), ')\n'); while (d.len < X.budget) { d.w('- ', name(), ': ', X.pick(CONN)(X), '\n'); if (X.chance(0.2)) comment(X, d, '  #'); } }
}

// ------------------------------------------------------------------ Kubernetes manifests
export function k8s_manifest(X, d) {
  const ns = X.pick(['default', 'shop', 'home', 'monitoring', 'paperless', 'immich']);
  const meta = (name) => { d.w('metadata:\n  name: ', name, '\n  namespace: ', ns, '\n'); if (X.chance(0.6)) d.w('  uid: ', X.L('uuid'), '\n  resourceVersion: "', X.L('k8s_resource_version'), '"\n  creationTimestamp: "', L('timestamp', `${X.int(2022, 2025)}-${p2(X.int(1, 12))}-${p2(X.int(1, 28))}T${p2(X.int(0, 23))}:${p2(X.int(0, 59))}:${p2(X.int(0, 59))}Z`), '"\n'); };
  let docs = 0;
  while (d.len < X.budget && docs < 4) {
    if (docs) d.t('---\n');
    const t = X.r.weighted([['secret', 4], ['dockercfg', 1.5], ['tls', 1.5], ['deploy', 2], ['cm', 1], ['helm', 1.5]]);
    if (t === 'secret') {
      d.t('apiVersion: v1\nkind: Secret\n'); meta(X.pick(['db-credentials', 'app-secrets', 'smtp', 'api-keys'])); d.t('type: Opaque\ndata:\n');
      for (let i = 0, n = X.int(2, 5); i < n; i++) d.w('  ', X.pick(['password', 'DB_PASSWORD', 'api-key', 'token', 'SMTP_PASS', 'redis-password', 'secret-key', 'admin-password']), ': ', X.sec('KUBERNETES_SECRET_DATA'), '\n');
      if (X.chance(0.5)) { d.t('stringData:\n'); for (let i = 0, n = X.int(1, 3); i < n; i++) { const e = X.nextSecretKind(); d.w('  ', X.keyName(e, 'env'), ': "', X.sec(e), '"\n'); } }
    } else if (t === 'dockercfg') {
      const reg = X.pick(['registry.home.test', 'harbor.corp.test', '10.0.0.15:5000']); const cfg = JSON.stringify({ auths: { [reg]: { username: 'robot$ci', password: X.r.str(ALNUM, 32), auth: Buffer.from('robot$ci:' + X.r.str(ALNUM, 32)).toString('base64') } } });
      d.t('apiVersion: v1\nkind: Secret\n'); meta('regcred'); d.w('type: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ', S('KUBERNETES_SECRET_DATA', Buffer.from(cfg).toString('base64')), '\n');
    } else if (t === 'tls') {
      const cert = PEMX.pemWrap('CERTIFICATE', PEMX.certificateDer(X.r, { cn: X.pick(['shop.corp.example', 'photos.home.example', 'portal.kanzlei.test']), org: 'Home Lab', country: 'DE', notBefore: '240301000000Z', notAfter: '260301000000Z', ec: true }));
      const kind = X.pick(['EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY']);
      d.t('apiVersion: v1\nkind: Secret\n'); meta(X.pick(['shop-tls', 'wildcard-tls', 'ingress-cert'])); d.t('type: kubernetes.io/tls\nstringData:\n  tls.crt: |\n    ');
      d.w(L('certificate', pemIndent(cert, '    ')), '\n  tls.key: |\n    ', S(kind, pemIndent(pemKey(X.r, kind, { type: 'ec' }), '    ')), '\n');
    } else if (t === 'deploy') {
      d.t('apiVersion: apps/v1\nkind: Deployment\n'); meta(X.pick(['web', 'worker', 'api'])); d.w('spec:\n  replicas: 2\n  template:\n    metadata:\n      annotations:\n        checksum/config: ', X.L('hash'), '\n    spec:\n      containers:\n        - name: app\n          image: registry.home.example/shop/web@', X.L('digest'), '\n          env:\n');
      for (let i = 0, n = X.int(2, 5); i < n; i++) { if (X.chance(0.65)) { const e = X.nextSecretKind(); d.w('            - name: ', X.keyName(e, 'env').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase(), '\n              value: "', X.sec(e), '"\n'); } else d.w('            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: db-credentials, key: password }\n'); }
      d.w('            - name: ADMIN_EMAIL\n              value: "', X.email(X.person()), '"\n');
    } else if (t === 'cm') {
      d.t('apiVersion: v1\nkind: ConfigMap\n'); meta('app-config'); d.w('data:\n  RELEASE: "', X.L('version'), '"\n  GIT_SHA: "', X.L('git_sha'), '"\n  SUPPORT_PHONE: "', X.phone(), '"\n  STRIPE_PUBLISHABLE_KEY: "', L('public_key', 'pk_live_' + X.r.str(ALNUM, 24)), '"\n  OFFICE: "', X.addrParts(X.addr(), ', '), '"\n  THEME: "', X.L('hex_color'), '"\n');
    } else {
      d.t('# values.yaml (helm)\n'); d.w('postgresql:\n  auth:\n    username: app\n    password: "', dbpw(X), '"\n    postgresPassword: "', dbpw(X), '"\nredis:\n  auth:\n    password: ', dbpw(X), '\n');
      d.w('ingress:\n  hosts:\n    - host: ', X.L('hostname'), '\nsmtp:\n  user: ', X.email(X.person()), '\n  password: "', S('SMTP_PASSWORD', X.urlSafe(humanPassword(X.r))), '"\n');
      if (X.chance(0.4) && d.len < 2000) { const k = X.pick(['OPENSSH_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY']); d.w('gitSync:\n  ssh:\n    privateKey: |\n      ', S(k, pemIndent(pemKey(X.r, k, { type: k === 'PKCS8_PRIVATE_KEY' ? 'ed25519' : 'ed25519' }), '      ')), '\n'); }
    }
    docs++;
  }
}

// ------------------------------------------------------------------ application configs (YAML / TOML / INI / properties / PHP / Django / compose)
export function app_config(X, d) {
  const fmt = X.pick(['yaml', 'toml', 'ini', 'props', 'php', 'django', 'compose', 'dotenv']);
  if (fmt === 'yaml') {
    comment(X, d, '#'); d.w('app:\n  name: ', X.pick(['kita-portal', 'hv-linden', 'shop', 'photos']), '\n  version: ', X.L('version'), '\n  base_url: https://', X.L('hostname'), '\n\ndatabase:\n  host: ', X.L('hostname'), '\n  user: app\n  password: ', dbpw(X), '\n\n');
    d.t('integrations:\n'); block(X, d, 'yaml', X.int(3, 7), { indent: '  ' });
    if (d.len < 1900 && X.chance(0.75)) { const k = X.pick(PEM_KINDS); d.w('\nsigning:\n  key_id: ', X.L('uuid'), '\n  private_key: |\n    ', S(k, pemIndent(pemKey(X.r, k, { type: X.pick(['ec', 'ed25519']), bits: 1024 }), '    ')), '\n'); }
    d.w('\nmail:\n  from: ', X.email(null), '\n  admin: ', X.email(X.person()), '\n');
  } else if (fmt === 'toml') {
    comment(X, d, '#'); d.w('[server]\nport = 8080\nhost = "', X.L('hostname'), '"\n\n[database]\nurl = "postgres://app:', dbpw(X), '@', H(X), '/app"\n\n[secrets]\n'); block(X, d, 'toml', X.int(3, 7));
    d.w('\n[owner]\nname = "', X.pname(X.person()), '"\nemail = "', X.email(X.person()), '"\n');
  } else if (fmt === 'ini') {
    d.t('; ' + X.pick(['config.ini', 'settings.cfg', 'php.ini excerpt', 'backup.conf']) + '\n[general]\n'); block(X, d, 'ini', X.int(2, 4)); d.w('\n[smtp]\nhost = smtp.mail.example\nuser = ', X.email(X.person()), '\npassword = ', S('SMTP_PASSWORD', humanPassword(X.r)), '\n\n[api]\n'); block(X, d, 'ini', X.int(2, 5));
  } else if (fmt === 'props') {
    d.t('# application-prod.properties\n'); d.w('spring.datasource.url=jdbc:postgresql://', H(X), ':5432/shop\nspring.datasource.username=shop\nspring.datasource.password=', dbpw(X), '\nspring.mail.username=', X.email(null), '\nspring.mail.password=', S('SMTP_PASSWORD', X.r.str(ALNUM, 16)), '\n');
    block(X, d, 'props', X.int(3, 7)); if (X.chance(0.4)) d.w('server.ssl.key-store-password=', S('KEYSTORE_PASSWORD', humanPassword(X.r)), '\n');
  } else if (fmt === 'php') {
    d.w("<?php\n// wp-config.php – ", X.pname(X.person()), "\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '", S('DATABASE_PASSWORD', machinePassword(X.r).replace(/'/g, 'q')), "' );\ndefine( 'DB_HOST', '", X.L('hostname'), "' );\n");
    for (const k of ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY'].slice(0, X.int(2, 4))) d.w("define( '", k, "', '", S('HMAC_KEY', X.r.str(ALNUM + '!#%^*()-_=+[]{}<>~|;:,?', 64)), "' );\n");
    d.t("$table_prefix = 'wp_';\n"); block(X, d, 'php', X.int(1, 3));
  } else if (fmt === 'django') {
    d.w('# settings/production.py\nfrom .base import *\n\nDEBUG = False\nSECRET_KEY = "', X.sec('DJANGO_SECRET_KEY'), '"\nALLOWED_HOSTS = ["', X.L('hostname'), '"]\nADMINS = [("', X.pname(X.person()), '", "', X.email(X.person()), '")]\n\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "HOST": "', H(X), '",\n        "PASSWORD": "', dbpw(X), '",\n    }\n}\n');
    block(X, d, 'py', X.int(2, 5));
  } else if (fmt === 'compose') {
    d.w('services:\n  db:\n    image: postgres:16@', X.L('digest'), '\n    environment:\n      POSTGRES_PASSWORD: ', dbpw(X), '\n  app:\n    image: registry.home.example/shop:', X.L('version'), '\n    environment:\n');
    block(X, d, 'yaml', X.int(3, 7), { indent: '      ' });
    d.w('    labels:\n      maintainer: "', X.email(X.person()), '"\n');
  } else { d.t('# .env.production\n'); block(X, d, 'env', X.int(5, 12)); if (X.chance(0.5)) { d.t('\n# .env.example (safe to commit)\n'); d.w('STRIPE_SECRET_KEY=', X.L('placeholder'), '\nAWS_ACCESS_KEY_ID=', L('aws_example_key', AWS_EXAMPLE_KEYS[0]), '\nAWS_SECRET_ACCESS_KEY=', L('aws_example_key', AWS_EXAMPLE_KEYS[1]), '\nDB_PASSWORD=', X.L('env_reference'), '\n'); } }
  if (d.len < 700) block(X, d, fmt === 'ini' ? 'ini' : 'env', X.int(3, 5));
}

// ------------------------------------------------------------------ credential JSON files (\n-escaped PEM)
export function json_credentials(X, d) {
  const v = X.pick(['gcp', 'gcp', 'oauth', 'tokens', 'vscode', 'composer', 'deploy']);
  if (v === 'gcp') {
    const proj = X.pick(['family-photos', 'kita-portal', 'hv-linden', 'shop-prod']) + '-' + X.int(1000, 9999); const bot = X.pick(['backup-bot', 'uploader', 'ci-deployer']);
    d.w('{\n  "type": "service_account",\n  "project_id": "', proj, '",\n  "private_key_id": "', L('hash', X.r.hex(40)), '",\n  "private_key": "', S('PKCS8_PRIVATE_KEY', pemEscape(pemKey(X.r, 'PKCS8_PRIVATE_KEY', { type: X.chance(0.7) ? 'rsa' : 'ec', bits: X.chance(0.5) ? 2048 : 1024 }))), '\\n",\n');
    d.w('  "client_email": "', P('EMAIL_ADDRESS', `${bot}@${proj}.iam.serviceaccount.example`), '",\n  "client_id": "', X.r.digits(21), '",\n  "auth_uri": "https://accounts.auth.example/o/oauth2/auth",\n  "token_uri": "https://oauth2.auth.example/token",\n  "universe_domain": "cloud.example"\n}\n');
  } else if (v === 'oauth') {
    d.w('{"installed":{"client_id":"', X.r.digits(12), '-', X.r.str(LOWNUM, 32), '.apps.usercontent.example","project_id":"', X.pick(['mail-sorter', 'calendar-sync']), '","auth_uri":"https://accounts.auth.example/o/oauth2/auth","token_uri":"https://oauth2.auth.example/token","client_secret":"', X.sec('GOOGLE_OAUTH_CLIENT_SECRET'), '","redirect_uris":["http://localhost"]}}\n');
    d.w('\n// token.json\n{"token": "', X.sec('GOOGLE_OAUTH_ACCESS_TOKEN'), '", "refresh_token": "', X.sec('GOOGLE_OAUTH_REFRESH_TOKEN'), '", "scopes": ["https://scopes.auth.example/gmail.readonly"], "account": "', X.email(X.person()), '", "expiry": "', X.ts(), '"}\n');
  } else if (v === 'tokens') {
    d.t('{\n'); let first = true;
    for (let i = 0, n = X.int(3, 7); i < n && d.len < X.budget; i++) { const e = X.nextSecretKind(); d.w(first ? '' : ',\n', '  "', X.keyName(e, 'json'), '": "', X.sec(e), '"'); first = false; }
    d.w(',\n  "updated": "', X.ts(), '",\n  "owner": "', X.email(X.person()), '"\n}\n');
  } else if (v === 'vscode') {
    d.w('{\n  "editor.fontSize": 14,\n  "sqltools.connections": [\n    {\n      "name": "prod",\n      "driver": "PostgreSQL",\n      "server": "', H(X), '",\n      "username": "readonly",\n      "password": "', dbpw(X), '"\n    }\n  ],\n  "rest-client.environmentVariables": {\n    "prod": {\n');
    for (let i = 0, n = X.int(2, 4); i < n; i++) { const e = X.nextSecretKind(); d.w('      "', X.keyName(e, 'json'), '": "', X.sec(e), '",\n'); }
    d.w('      "user": "', X.email(X.person()), '"\n    }\n  }\n}\n');
  } else if (v === 'composer') {
    d.w('{\n  "http-basic": {\n    "repo.corp.example": {\n      "username": "', X.pick(USERNAMES), '",\n      "password": "', S('HTTP_BASIC_PASSWORD', X.r.str(ALNUM, 24)), '"\n    }\n  },\n  "bearer": {\n    "satis.home.example": "', X.sec('OAUTH_ACCESS_TOKEN'), '"\n  },\n  "gitlab-token": {\n    "code.corp.example": "', X.sec('GITLAB_PERSONAL_ACCESS_TOKEN'), '"\n  }\n}\n');
  } else {
    const k = X.pick(['OPENSSH_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'PGP_PRIVATE_KEY_BLOCK']); const p = X.person();
    d.w('{\n  "deploy": {\n    "host": "', X.L('hostname'), '",\n    "user": "deploy",\n    "ssh_private_key": "', S(k, pemEscape(pemKey(X.r, k, { uid: `${p.westernLatin} <${X.g.email(p, X.r).replace(/\.(example|invalid)$/, '.test')}>`, bits: 1024 }))), '",\n');
    d.w('    "known_host_fingerprint": "SHA256:', L('hash', X.r.bytes(32).toString('base64').replace(/=+$/, '')), '"\n  },\n  "notify": "', X.email(p), '"\n}\n');
  }
}

// ------------------------------------------------------------------ server logs
const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148', 'curl/8.5.0', 'okhttp/4.12.0', 'HomeAssistant/2024.5'];
export function server_log(X, d) {
  const fmt = X.pick(['nginx', 'json', 'auth', 'mail', 'app']);
  let t = Date.UTC(X.int(2023, 2025), X.int(0, 11), X.int(1, 27), X.int(0, 23), X.int(0, 59));
  const stamp = (kind) => { t += X.int(1, 90) * 1000; const z = new Date(t); const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][z.getUTCMonth()];
    if (kind === 'clf') return L('timestamp', `${p2(z.getUTCDate())}/${M}/${z.getUTCFullYear()}:${p2(z.getUTCHours())}:${p2(z.getUTCMinutes())}:${p2(z.getUTCSeconds())} +0000`);
    if (kind === 'syslog') return L('timestamp', `${M} ${String(z.getUTCDate()).padStart(2, ' ')} ${p2(z.getUTCHours())}:${p2(z.getUTCMinutes())}:${p2(z.getUTCSeconds())}`);
    return L('timestamp', z.toISOString()); };
  while (d.len < X.budget) {
    if (fmt === 'nginx') {
      const k = X.r.weighted([['plain', 4], ['token', 1.5], ['key', 1]]);
      const path = k === 'plain' ? (X.chance(0.3) ? ['/api/v1/orders/', X.L('uuid')] : [X.pick(['/', '/login', '/static/app.js', '/api/v1/devices', '/favicon.ico', '/robots.txt'])])
        : k === 'token' ? ['/api/v1/export?access_token=', X.sec('JSON_WEB_TOKEN')] : ['/v2/geocode?address=', X.pick(['Lindenstr', 'rue+des+Lilas', 'Main+St']), '&key=', X.sec('GOOGLE_API_KEY')];
      d.w(X.ip(), ' - ', X.chance(0.2) ? X.pick(USERNAMES).replace(/[^a-z0-9]/g, '') : '-', ' [', stamp('clf'), '] "', X.pick(['GET', 'GET', 'POST']), ' ', path, ' HTTP/1.1" ', X.pick(['200', '200', '302', '401', '404', '500']), ' ', String(X.int(120, 90000)), ' "-" "', X.pick(UA), '" rt=0.0', String(X.int(10, 99)), ' req_id=', X.L('request_id'), '\n');
    } else if (fmt === 'json') {
      const p = X.person(); const k = X.r.weighted([['login', 3], ['err', 1], ['hdr', 1], ['pay', 1]]);
      if (k === 'login') d.w('{"ts":"', stamp(), '","level":"info","msg":"login ok","user":"', X.email(p), '","ip":"', X.ip(), '","req":"', X.L('request_id'), '"}\n');
      else if (k === 'err') d.w('{"ts":"', stamp(), '","level":"error","msg":"SMTP auth failed","smtp_user":"', X.email(null), '","smtp_pass":"', S('SMTP_PASSWORD', X.r.str(ALNUM, 16)), '","trace":"', X.L('request_id'), '"}\n');
      else if (k === 'hdr') d.w('{"ts":"', stamp(), '","level":"debug","msg":"outgoing request","headers":{"Authorization":"Basic ', X.sec('BASIC_AUTH_CREDENTIALS'), '","X-Request-Id":"', X.L('uuid'), '"}}\n');
      else d.w('{"ts":"', stamp(), '","level":"warn","msg":"payment declined","customer":"', X.L('crm_id'), '","name":"', X.pname(p), '","phone":"', X.phone(), '","amount":"', X.price(), '"}\n');
    } else if (fmt === 'auth') {
      const k = X.r.weighted([['fail', 3], ['ok', 2], ['ban', 1]]); const host = X.pick(['nas', 'pi', 'vps1', 'router']);
      if (k === 'fail') d.w(stamp('syslog'), ' ', host, ' sshd[', String(X.int(1000, 99999)), ']: Failed password for ', X.chance(0.5) ? 'invalid user ' : '', X.pick(['admin', 'root', 'oracle', 'pi', 'test']), ' from ', X.ip4(), ' port ', String(X.int(30000, 65000)), ' ssh2\n');
      else if (k === 'ok') d.w(stamp('syslog'), ' ', host, ' sshd[', String(X.int(1000, 99999)), ']: Accepted publickey for ', X.pick(['anna', 'kai', 'deploy']), ' from ', X.ip(), ' port ', String(X.int(30000, 65000)), ' ssh2: ED25519 SHA256:', L('hash', X.r.bytes(32).toString('base64').replace(/=+$/, '')), '\n');
      else d.w(stamp(), ' fail2ban.actions [', String(X.int(100, 999)), ']: NOTICE [sshd] Ban ', X.ip4(), '\n');
    } else if (fmt === 'mail') {
      const p = X.person();
      d.w(stamp('syslog'), ' mail postfix/smtp[', String(X.int(1000, 99999)), ']: ', L('request_id', X.r.hex(10).toUpperCase()), ': to=<', X.email(p), '>, relay=mx.mail.example[', X.ip4(), ']:25, delay=', String(X.int(1, 9)), '.', String(X.int(0, 9)), ', status=', X.pick(['sent (250 2.0.0 OK)', 'deferred (Connection timed out)', 'bounced (user unknown)']), '\n');
      if (X.chance(0.2)) d.w(stamp('syslog'), ' mail dovecot: imap-login: Login: user=<', X.email(p), '>, method=PLAIN, rip=', X.ip(), ', lip=10.0.0.3, TLS\n');
    } else {
      const k = X.r.weighted([['ok', 3], ['leak', 1], ['webhook', 1]]);
      if (k === 'ok') d.w(stamp(), ' INFO  [worker-', String(X.int(1, 8)), '] job ', X.L('uuid'), ' done in ', String(X.int(10, 900)), 'ms (build ', X.L('build_number'), ')\n');
      else if (k === 'leak') { const e = X.nextSecretKind(); d.w(stamp(), ' DEBUG config loaded: ', X.keyName(e, 'env'), '=', X.sec(e), '\n'); }
      else d.w(stamp(), ' WARN  webhook signature mismatch, secret=', X.sec('WEBHOOK_SECRET'), ' sender=', X.ip(), '\n');
    }
  }
}

// ------------------------------------------------------------------ git output
export function git_output(X, d) {
  const people = [X.person(), X.person(), X.person()];
  const v = X.pick(['log', 'show', 'show', 'remote', 'config', 'blame']);
  const author = (p) => [X.pname(p, 'latin'), ' <', X.email(p), '>'];
  const gdate = () => L('timestamp', `${X.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])} ${X.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${X.int(1, 28)} ${p2(X.int(0, 23))}:${p2(X.int(0, 59))}:${p2(X.int(0, 59))} ${X.int(2021, 2025)} ${X.pick(['+0100', '+0200', '-0500', '+0900'])}`);
  if (v === 'log') {
    while (d.len < X.budget) { const p = X.pick(people); d.w('commit ', L('git_sha', X.r.hex(40)), '\nAuthor: ', author(p), '\nDate:   ', gdate(), '\n\n    ', X.pick(['Fix login redirect', 'Add invoice export', 'Rotate keys (see ', 'Bump deps', 'Update README contact details', 'Merge branch \'feature/kita-app\'']), X.chance(0.3) ? X.L('case_number') : '', '\n');
      if (X.chance(0.3)) d.w('\n    Reviewed-by: ', author(X.pick(people)), '\n'); if (X.chance(0.2)) d.w('    Co-authored-by: ', author(X.person()), '\n'); d.t('\n'); }
  } else if (v === 'show') {
    const p = X.pick(people); d.w('commit ', L('git_sha', X.r.hex(40)), '\nAuthor: ', author(p), '\nDate:   ', gdate(), '\n\n    ', X.pick(['config: add prod settings', 'oops: remove secrets', 'wip deploy', 'Add CI variables']), '\n\n');
    const file = X.pick(['.env', 'config/production.yml', 'deploy/secrets.tfvars', 'settings.py']);
    d.w('diff --git a/', file, ' b/', file, '\nindex ', L('git_sha', X.r.hex(7)), '..', L('git_sha', X.r.hex(7)), ' 100644\n--- a/', file, '\n+++ b/', file, '\n@@ -', String(X.int(1, 40)), ',', String(X.int(3, 9)), ' +', String(X.int(1, 40)), ',', String(X.int(3, 12)), ' @@\n');
    while (d.len < X.budget) { const sign = X.pick(['+', '+', '-', ' ']); const e = X.nextSecretKind(); if (X.chance(0.75)) d.w(sign, X.kv(file.endsWith('.yml') ? 'yaml' : file.endsWith('.py') ? 'py' : file.endsWith('tfvars') ? 'hcl' : 'env', X.keyName(e, 'env'), X.sec(e), { quote: '"' }), '\n'); else { d.t(sign); fillerLine(X, d, 'env'); } }
  } else if (v === 'remote') {
    d.w('$ git remote -v\n'); const tok = X.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT', 'GIT_CREDENTIALS_PASSWORD']); const sp = X.sec(tok);
    d.w('origin\thttps://', X.pick(USERNAMES).replace(/[^a-z0-9]/g, ''), ':', sp, '@git.smallshop.example/shop/site.git (fetch)\norigin\thttps://', X.pick(USERNAMES).replace(/[^a-z0-9]/g, ''), ':', S(tok, sp.value), '@git.smallshop.example/shop/site.git (push)\nbackup\tssh://git@', X.L('hostname'), '/srv/git/site.git (fetch)\n\n$ git status\nOn branch main\nYour branch is ahead of \'origin/main\' by 2 commits.\n\n$ git log --oneline -5\n');
    for (let i = 0; i < 5; i++) d.w(L('git_sha', X.r.hex(7)), ' ', X.pick(['fix typo', 'add contact page', 'update prices', 'new photos', 'bump version to ']), X.chance(0.3) ? X.L('version') : '', '\n');
  } else if (v === 'config') {
    const p = X.pick(people); d.w('$ git config --list --show-origin\nfile:/home/', X.pick(['anna', 'kai']), '/.gitconfig\tuser.name=', X.pname(p, 'latin'), '\nfile:/home/anna/.gitconfig\tuser.email=', X.email(p), '\nfile:/home/anna/.gitconfig\tcredential.helper=store\n');
    d.w('file:.git/config\tremote.origin.url=https://oauth2:', X.sec('GITLAB_PERSONAL_ACCESS_TOKEN'), '@code.corp.example/family/photos.git\nfile:.git/config\tbranch.main.remote=origin\n');
    if (X.chance(0.6)) d.w('file:.git/config\thttp.extraheader=AUTHORIZATION: basic ', X.sec('BASIC_AUTH_CREDENTIALS'), '\n');
    d.w('file:.git/config\tlfs.url=https://lfs.home.example/photos\nfile:.git/config\tuser.signingkey=', L('hash', X.r.hex(16).toUpperCase()), '\n');
  } else {
    while (d.len < X.budget) { const p = X.pick(people); const e = X.nextSecretKind(); d.w(L('git_sha', X.r.hex(8)), ' (', X.pname(p, 'latin'), ' ', L('timestamp', `${X.int(2021, 2025)}-${p2(X.int(1, 12))}-${p2(X.int(1, 28))} ${p2(X.int(0, 23))}:${p2(X.int(0, 59))}:${p2(X.int(0, 59))} +0100`), ' ', String(X.int(1, 99)).padStart(3, ' '), ') ');
      if (X.chance(0.5)) d.w(X.kv('py', X.keyName(e, 'py'), X.sec(e), { quote: '"' }), '\n'); else { fillerLine(X, d, 'py'); } }
  }
}

// ------------------------------------------------------------------ source code
export function source_code(X, d) {
  const lang = X.pick(['py', 'js', 'go', 'java', 'cs', 'ruby', 'php', 'rust', 'kotlin', 'shell']);
  const author = X.person();
  const cm = { py: '#', js: '//', go: '//', java: '//', cs: '//', ruby: '#', php: '//', rust: '//', kotlin: '//', shell: '#' }[lang];
  d.w(cm, ' ', X.pick(['Author', 'Maintainer', 'Autor', 'Auteur']), ': ', X.pname(author, 'latin'), ' <', X.email(author), '>\n');
  const style = { py: 'py', js: 'js', go: 'go', java: 'java', cs: 'cs', ruby: 'ruby', php: 'php', rust: 'js', kotlin: 'js', shell: 'env' }[lang];
  const head = { py: 'import os\nimport requests\n\n', js: "import fetch from 'node-fetch';\n\n", go: 'package main\n\nimport "net/http"\n\nfunc main() {\n', java: 'package home.tools;\n\npublic class Config {\n', cs: 'namespace Home.Tools;\n\npublic static class Secrets\n{\n',
    ruby: "require 'net/http'\n\n", php: "<?php\nreturn [\n", rust: 'use std::env;\n\n', kotlin: 'object Config {\n', shell: '#!/usr/bin/env bash\nset -euo pipefail\n\n' }[lang];
  d.t(head);
  const ind = ['go', 'java', 'cs', 'php', 'kotlin'].includes(lang) ? '    ' : '';
  let n = 0;
  while (d.len < X.budget && n < 14) {
    n++;
    const k = X.r.weighted([['secret', 5], ['filler', 2], ['pem', 0.8], ['test', 1], ['comment', 1], ['jwt', 0.5], ['sri', lang === 'js' || lang === 'php' ? 0.8 : 0.15]]);
    if (k === 'secret') { const e = X.nextSecretKind(); const key = lang === 'rust' || lang === 'kotlin' ? X.keyName(e, 'java') : X.keyName(e, style); d.w(X.kv(lang === 'rust' ? 'js' : style, key.replace(/[^A-Za-z0-9_]/g, '_'), X.sec(e), { indent: ind, quote: lang === 'go' || lang === 'java' || lang === 'cs' ? '"' : undefined }), '\n'); }
    else if (k === 'filler') fillerLine(X, d, style === 'env' ? 'env' : style, { indent: ind });
    else if (k === 'pem' && d.len < 1900) { const kk = X.pick(PEM_KINDS); const pem = pemKey(X.r, kk, { type: X.pick(['ec', 'ed25519']), bits: 1024 });
      if (lang === 'py') d.w(ind, 'PRIVATE_KEY = """', S(kk, pem), '"""\n'); else if (lang === 'js' || lang === 'kotlin') d.w(ind, 'const privateKey = `', S(kk, pem), '`;\n'); else if (lang === 'shell') d.w("cat > ~/.ssh/deploy_key <<'EOF'\n", S(kk, pem), '\nEOF\n'); else d.w(ind, X.pick(['String', 'var', 'const']), ' pem = "', S(kk, pemEscape(pem)), '";\n'); }
    else if (k === 'sri') d.w(ind, cm, ' <script src="https://cdn.static.example/lib/', X.pick(['chart', 'htmx', 'alpine']), '.min.js" integrity="', X.L('integrity'), '" crossorigin="anonymous"></script>\n');
    else if (k === 'test') d.w(ind, cm, ' test fixtures: card ', L('vendor_test_card', X.pick(VENDOR_TEST_CARDS)), ', key ', L('aws_example_key', X.pick(AWS_EXAMPLE_KEYS)), ', token ', X.L('placeholder'), '\n');
    else if (k === 'comment') { if (X.chance(0.5)) comment(X, d, ind + cm); else d.w(ind, cm, ' brand ', X.L('hex_color'), ' / ', X.L('hex_color'), ', icon ', X.L('data_uri'), '\n'); }
    else d.w(ind, lang === 'py' ? 'TEST_JWT = "' : 'const testJwt = "', X.sec('JSON_WEB_TOKEN'), '"', lang === 'py' ? '' : ';', '\n');
  }
  d.t({ py: '\n\ndef main():\n    requests.get("https://api.home.example/ping", timeout=5)\n', js: "\nexport default async function ping() { return fetch('https://api.home.example/ping'); }\n", go: '    http.Get("https://api.home.example/ping")\n}\n', java: '}\n', cs: '}\n', ruby: "\nNet::HTTP.get(URI('https://api.home.example/ping'))\n", php: "];\n", rust: '\nfn main() { let _ = env::var("HOME"); }\n', kotlin: '}\n', shell: '\ncurl -fsS https://api.home.example/ping\n' }[lang]);
}

// ------------------------------------------------------------------ CRM exports
export function crm_export(X, d) {
  const lang = X.pick(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'en']);
  const H2 = { en: 'id,first_name,last_name,email,phone,street,city,country,owner,created_at,notes', de: 'ID;Vorname;Nachname;E-Mail;Telefon;Straße;Ort;Land;Betreuer;Angelegt;Notiz', fr: 'id;prénom;nom;email;téléphone;adresse;ville;pays;commercial;créé_le;note',
    es: 'id;nombre;apellidos;correo;teléfono;dirección;ciudad;país;comercial;alta;nota', it: 'id;nome;cognome;email;telefono;indirizzo;città;paese;referente;creato;note', nl: 'id;voornaam;achternaam;e-mail;telefoon;adres;plaats;land;accountmanager;aangemaakt;notitie',
    pt: 'id;nome;sobrenome;email;telefone;endereço;cidade;país;responsável;criado_em;obs', pl: 'id;imię;nazwisko;email;telefon;ulica;miasto;kraj;opiekun;utworzono;uwagi' }[lang];
  const sep = lang === 'en' ? ',' : ';'; d.t(H2 + '\n');
  const owners = [X.person(locale(X, lang).cult), X.person(locale(X, lang).cult)];
  while (d.len < X.budget) {
    const loc = locale(X, X.chance(0.7) ? lang : X.pick(['en', 'de', 'fr', 'ja', 'pl', 'tr', 'ru', 'ko'])); const p = X.person(loc.cult); const a = X.addr(loc.cc);
    const q = (sp) => (sep === ',' && /,/.test(typeof sp === 'string' ? sp : sp.value) ? ['"', sp, '"'] : sp);
    d.w(X.L('crm_id'), sep, P('PERSON', p.given), sep, P('PERSON', p.family), sep, X.email(p), sep, X.phone(CC_PHONE[loc.cc] || loc.cc), sep, q(P('LOCATION', a.street)), sep, P('LOCATION', a.city), sep, X.country('en'), sep, X.pname(X.pick(owners)), sep, X.ts(), sep);
    const k = X.r.weighted([['', 5], ['pref', 1], ['ref', 1], ['spouse', 1]]);
    if (k === 'pref') d.t(X.pick(['prefers WhatsApp', 'nur vormittags', 'VIP', 'rappeler après 18h']));
    else if (k === 'ref') d.w(X.pick(['order ', 'Auftrag ', 'cmd ']), X.L('order_number'));
    else if (k === 'spouse') d.w(X.pick(['spouse: ', 'Ehepartner: ', 'conjoint : ']), X.pname(X.person(loc.cult)));
    d.t('\n');
  }
}

// ------------------------------------------------------------------ support tickets
const TK = {
  en: ['Ticket', 'Requester', 'Subject', 'Status', 'Description', 'Internal note', 'Refund requested', 'I was charged twice for order {order}. My card is {card}. Please refund to IBAN {iban}.', 'Customer called from {phone}; delivery to {addr}, {city} failed, parcel {tracking}.', 'Customer pasted their password in the chat ({pw}) – asked them to change it.'],
  de: ['Ticket', 'Anfragende/r', 'Betreff', 'Status', 'Beschreibung', 'Interne Notiz', 'Rückerstattung', 'Die Bestellung {order} wurde doppelt abgebucht. Meine Karte: {card}. Bitte erstatten auf {iban}.', 'Kundin rief von {phone} an; Zustellung an {addr}, {city} gescheitert, Sendung {tracking}.', 'Kunde hat sein Passwort in den Chat kopiert ({pw}) – Änderung empfohlen.'],
  fr: ['Ticket', 'Demandeur', 'Objet', 'Statut', 'Description', 'Note interne', 'Remboursement', 'La commande {order} a été débitée deux fois. Ma carte : {card}. Merci de rembourser sur {iban}.', 'La cliente a appelé du {phone} ; livraison au {addr}, {city} échouée, colis {tracking}.', 'Le client a collé son mot de passe dans le chat ({pw}) – conseillé de le changer.'],
  es: ['Ticket', 'Solicitante', 'Asunto', 'Estado', 'Descripción', 'Nota interna', 'Reembolso', 'Me cobraron dos veces el pedido {order}. Mi tarjeta es {card}. Devolución a {iban}, por favor.', 'La clienta llamó desde el {phone}; entrega en {addr}, {city} fallida, envío {tracking}.', 'El cliente pegó su contraseña en el chat ({pw}); le pedimos cambiarla.'],
  it: ['Ticket', 'Richiedente', 'Oggetto', 'Stato', 'Descrizione', 'Nota interna', 'Rimborso', 'L’ordine {order} è stato addebitato due volte. Carta {card}. Rimborso su {iban}.', 'La cliente ha chiamato dal {phone}; consegna in {addr}, {city} non riuscita, spedizione {tracking}.', 'Il cliente ha incollato la password in chat ({pw}) – consigliato il cambio.'],
  nl: ['Ticket', 'Aanvrager', 'Onderwerp', 'Status', 'Omschrijving', 'Interne notitie', 'Terugbetaling', 'Bestelling {order} is twee keer afgeschreven. Mijn kaart: {card}. Graag terugstorten op {iban}.', 'Klant belde vanaf {phone}; bezorging op {addr}, {city} mislukt, zending {tracking}.', 'Klant plakte wachtwoord in de chat ({pw}) – gevraagd te wijzigen.'],
  pt: ['Chamado', 'Solicitante', 'Assunto', 'Status', 'Descrição', 'Nota interna', 'Reembolso', 'O pedido {order} foi cobrado duas vezes. Meu cartão: {card}. Reembolso para {iban}.', 'A cliente ligou do {phone}; entrega em {addr}, {city} falhou, objeto {tracking}.', 'Cliente colou a senha no chat ({pw}) – orientado a trocar.'],
};
export function support_ticket(X, d) {
  const lang = X.lang('ticket', Object.keys(TK)); const T = TK[lang]; const loc = locale(X, lang); const cust = X.person(loc.cult); const agent = X.person(loc.cult);
  d.w(T[0], ' ', X.L('case_number'), '  ·  ', T[3], ': ', X.pick(['open', 'pending', 'solved', 'offen', 'en attente']), '  ·  ', X.ts(), '\n', T[1], ': ', X.pname(cust), ' <', X.email(cust), '>', X.chance(0.5) ? [' · ', X.phone(CC_PHONE[loc.cc] || loc.cc)] : '', '\n', T[2], ': ', T[6], ' – ', X.L('order_number'), '\n\n', T[4], ':\n');
  sayTpl(X, d, loc, T[7], { order: X.L('order_number'), card: X.chance(0.7) ? X.card() : X.L(X.pick(['invalid_card', 'invalid_card', 'vendor_test_card', 'masked_card'])) }); d.t('\n');
  if (X.chance(0.5)) { d.t('\n'); say(X, d, loc, X.pick(['newnum', 'moved'])); d.t('\n'); }
  d.w('\n--- ', T[5], ' (', X.pname(agent), ', ', X.ts(), ') ---\n'); sayTpl(X, d, loc, T[8]); d.t('\n');
  if (X.chance(0.4)) { sayTpl(X, d, loc, T[9]); d.t('\n'); }
  if (X.chance(0.5)) d.w('Customer ID ', X.L('crm_id'), ' · Invoice ', X.L('invoice_number'), ' · Request ', X.L('request_id'), '\n');
  if (X.chance(0.5)) d.w('Item: ', X.pick(['Kaffeevollautomat', 'robot vacuum', 'poussette', 'zapatillas', 'seggiolino auto']), ' · EAN ', X.L('ean_barcode'), ' · ', X.price(lang), '\n');
  if (X.chance(0.5)) d.w('Attachment: receipt.png (', X.L('data_uri'), ')\n');
  if (X.chance(0.4)) d.w('Device: ', X.pick(['Pixel 8', 'iPhone 13', 'Galaxy A54']), ', IMEI ', X.L('imei'), ', app ', X.L('version'), ' (', X.L('build_number'), ')\n');
  if (X.chance(0.4)) d.w('Escalated to ', X.pname(X.person(loc.cult)), ' (', X.email(X.person(loc.cult)), ')\n');
  if (X.chance(0.3)) d.w('Macro used: refund_v', X.L('version'), '\n');
}

// ------------------------------------------------------------------ markdown notes (personal / meeting)
const NOTES = {
  en: ['Meeting notes', 'Attendees', 'Action items', 'Household', 'Accounts', 'Crypto', 'Contacts'], de: ['Besprechungsnotizen', 'Teilnehmende', 'Aufgaben', 'Haushalt', 'Zugänge', 'Krypto', 'Kontakte'],
  fr: ['Compte rendu', 'Participants', 'Actions', 'Maison', 'Comptes', 'Crypto', 'Contacts'], es: ['Notas de reunión', 'Asistentes', 'Tareas', 'Casa', 'Cuentas', 'Cripto', 'Contactos'],
  it: ['Appunti riunione', 'Partecipanti', 'Da fare', 'Casa', 'Account', 'Cripto', 'Contatti'], nl: ['Notulen', 'Aanwezig', 'Actiepunten', 'Huishouden', 'Accounts', 'Crypto', 'Contacten'],
  pl: ['Notatki ze spotkania', 'Obecni', 'Zadania', 'Dom', 'Konta', 'Krypto', 'Kontakty'], ja: ['議事録', '出席者', 'TODO', '家のこと', 'アカウント', '暗号資産', '連絡先'], ru: ['Заметки со встречи', 'Участники', 'Задачи', 'Дом', 'Аккаунты', 'Крипта', 'Контакты'],
};
export function markdown_notes(X, d) {
  const lang = X.lang('notes', Object.keys(NOTES)); const N = NOTES[lang]; const loc = locale(X, lang);
  d.w('# ', N[0], ' – ', X.date(lang), '\n\n**', N[1], ':** ');
  const att = []; for (let i = 0, n = X.int(2, 5); i < n; i++) att.push(X.person(X.chance(0.8) ? loc.cult : undefined));
  att.forEach((p, i) => { if (i) d.t(', '); d.w(X.pname(p)); }); d.t('\n\n');
  const sections = X.r.shuffle(['actions', 'house', 'accounts', 'crypto', 'contacts', 'prose']).slice(0, X.int(3, 5));
  for (const s of sections) {
    if (d.len > X.budget) break;
    if (s === 'actions') { d.t(`## ${N[2]}\n`); for (let i = 0, n = X.int(2, 4); i < n; i++) { d.w('- [', X.pick([' ', 'x']), '] @', X.pgiven(X.pick(att)), ' – '); say(X, d, loc, X.pick(['visit', 'pay', 'doc', 'parcel', 'meet'])); d.t('\n'); } d.t('\n'); }
    else if (s === 'house') { d.t(`## ${N[3]}\n`); d.w('- Wi-Fi: `', X.pick(SSIDS), '` / `', S('WIFI_PASSWORD', passphrase(X.r).replace(/ /g, '-')), '`\n- Router admin: ', S('ROUTER_ADMIN_PASSWORD', humanPassword(X.r)), '\n- ', { en: 'Gas meter', de: 'Zählernummer', fr: 'Compteur', es: 'Contador', it: 'Contatore', nl: 'Meternummer', pl: 'Licznik', ja: 'ガスメーター', ru: 'Счётчик' }[lang], ': ', X.L('serial_number'), '\n'); if (X.chance(0.5)) d.w('- Alarm: ', { en: 'code on the fridge', de: 'Code steht im Kalender', fr: 'voir Mamie', es: 'lo sabe la vecina', it: 'chiedi alla nonna', nl: 'code ligt bij de buren', pl: 'kod u sąsiadki', ja: '冷蔵庫のメモ', ru: 'код у соседки' }[lang], '\n'); d.t('\n'); }
    else if (s === 'accounts') { d.t(`## ${N[4]}\n\n| Service | User | Password |\n|---|---|---|\n`); for (let i = 0, n = X.int(2, 5); i < n; i++) d.w('| ', X.pick(['Bank', 'Elster', 'Kita-App', 'Netflix', 'Steam', 'iCloud', 'Ameli', 'PayPal', 'DigiD']), ' | ', X.chance(0.5) ? X.email(X.pick(att)) : X.pick(USERNAMES), ' | ', X.sec(X.pick(['ACCOUNT_PASSWORD', 'ONLINE_BANKING_PASSWORD', 'EMAIL_ACCOUNT_PASSWORD', 'APP_SPECIFIC_PASSWORD'])), ' |\n'); d.t('\n'); }
    else if (s === 'crypto') { d.t(`## ${N[5]}\n`); d.w('- cold wallet: ', X.btc(), '\n- exchange deposit: ', X.btc(), '\n'); if (X.chance(0.5)) d.w('- seed (paper copy in the safe!): ', X.sec('WALLET_SEED_PHRASE'), '\n'); if (X.chance(0.4)) d.w('- ETH deployer: ', X.sec('ETHEREUM_PRIVATE_KEY'), '\n'); d.t('\n'); }
    else if (s === 'contacts') { d.t(`## ${N[6]}\n\n| Name | Phone | Note |\n|---|---|---|\n`); for (let i = 0, n = X.int(2, 5); i < n; i++) { const p = X.person(loc.cult); d.w('| ', X.pname(p), ' | ', X.phone(CC_PHONE[loc.cc] || loc.cc), ' | ', X.chance(0.5) ? X.city(loc.cc) : X.email(p), ' |\n'); } d.t('\n'); }
    else if (X.chance(0.4)) { d.t('## ' + { en: 'Reading list', de: 'Leseliste', fr: 'À lire', es: 'Para leer', it: 'Da leggere', nl: 'Leeslijst', pl: 'Do przeczytania', ja: '読書リスト', ru: 'Почитать' }[lang] + '\n'); for (let i = 0, n = X.int(2, 4); i < n; i++) d.w('- ', X.pick(['Der Vorleser', 'L’Étranger', 'Cien años de soledad', 'Il nome della rosa', 'Solaris', 'Norwegian Wood', 'Middlemarch']), ' – ISBN ', X.L('isbn'), X.chance(0.3) ? [' (', X.price(lang), ')'] : '', '\n'); d.t('\n'); }
    else { for (let i = 0, n = X.int(2, 3); i < n; i++) { say(X, d, loc, X.pick(['visit', 'meet', 'moved', 'newnum', 'login', 'wifi'])); d.t(' '); } d.t('\n\n'); }
  }
}

// ------------------------------------------------------------------ package manifests / lockfiles
export function package_manifest(X, d) {
  const v = X.lang('pkgvariant', ['npm', 'lock', 'pip', 'cargo', 'gosum', 'docker']);
  const a = X.person();
  if (v === 'npm') {
    d.w('{\n  "name": "@', X.pick(['kita', 'hv-linden', 'family']), '/', X.pick(['portal', 'app', 'photos']), '",\n  "version": "', X.L('version'), '",\n  "author": "', X.pname(a, 'latin'), ' <', X.email(a), '>",\n  "contributors": [\n');
    for (let i = 0, n = X.int(1, 3); i < n; i++) { const c = X.person(); d.w('    "', X.pname(c, 'latin'), ' <', X.email(c), '>"', i < n - 1 ? ',' : '', '\n'); }
    d.t('  ],\n  "publishConfig": { "registry": "https://npm.corp.example/" },\n  "dependencies": {\n'); const deps = ['express', 'pg', 'zod', 'dayjs', 'nodemailer', 'sharp', 'ws', 'pino'];
    X.r.sample(deps, X.int(3, 7)).forEach((dep, i, arr) => d.w('    "', dep, '": "', X.L('version'), '"', i < arr.length - 1 ? ',' : '', '\n'));
    d.t('  }\n}\n');
  } else if (v === 'lock') {
    d.t('{\n  "name": "portal",\n  "lockfileVersion": 3,\n  "packages": {\n');
    while (d.len < X.budget) { const dep = X.pick(['express', 'pg', 'zod', 'dayjs', 'ws', 'pino', 'debug', 'ms', 'cookie', 'qs']); d.w('    "node_modules/', dep, '": {\n      "version": "', X.L('version'), '",\n      "resolved": "https://npm.corp.example/', dep, '/-/', dep, '.tgz",\n      "integrity": "', X.L('integrity'), '"\n    },\n'); }
    d.t('    "": {}\n  }\n}\n');
  } else if (v === 'pip') {
    d.w('# requirements.txt generated ', X.ts(), ' by ', X.pname(a, 'latin'), '\n--index-url https://pkgs.corp.example/simple/\n');
    while (d.len < X.budget) d.w(X.pick(['requests', 'django', 'celery', 'pillow', 'psycopg', 'boto3', 'numpy']), '==', X.L('version'), ' \\\n    --hash=sha256:', L('hash', X.r.hex(64)), '\n');
  } else if (v === 'cargo') {
    d.t('# This file is automatically @generated by Cargo.\nversion = 3\n\n');
    while (d.len < X.budget) d.w('[[package]]\nname = "', X.pick(['serde', 'tokio', 'rand', 'regex', 'anyhow']), '"\nversion = "', X.L('version'), '"\nsource = "registry+https://crates.corp.example/index"\nchecksum = "', L('hash', X.r.hex(64)), '"\n\n');
  } else if (v === 'gosum') {
    while (d.len < X.budget) { const m = X.pick(['golang.internal.example/x/net', 'code.corp.example/lib/auth', 'mod.home.example/photos/exif']); const ver = X.L('version'); d.w(m, ' v', ver, ' h1:', L('hash', X.r.bytes(32).toString('base64')), '\n', m, ' v', L('version', ver.value), '/go.mod h1:', L('hash', X.r.bytes(32).toString('base64')), '\n'); }
  } else {
    d.w('# syntax=docker/dockerfile:1\nFROM node:20-alpine@', X.L('digest'), ' AS build\nLABEL maintainer="', X.email(a), '"\nARG NPM_TOKEN=', X.L('env_reference'), '\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n');
    d.w('FROM nginx:1.27@', X.L('digest'), '\nENV BUILD_SHA=', X.L('git_sha'), '\n');
    if (X.chance(0.5)) d.w('ENV SENTRY_AUTH_TOKEN=', X.sec('SENTRY_AUTH_TOKEN'), '\n');
    d.w('COPY --from=build /app/dist /usr/share/nginx/html\nHEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1\n');
  }
}
