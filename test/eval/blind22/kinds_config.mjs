// Document kinds: configuration files of many stacks, CI configs, source code, credential files.
import { R, A } from './prng.mjs';
import { S, P, L, F, J, FS, jq, mapFrag, fragText } from './builder.mjs';
import * as C from './ctx.mjs';
import { Clock } from './look.mjs';
import * as LK from './look.mjs';
import * as PII from './pii.mjs';
import * as SEC from './secrets.mjs';

const { lk, per, em, ph, loc, sec, kv, pwKV, user, corp, dom, hexs } = C;
const r = (a, n) => R.str(a, n);
const target = (lo = 900, hi = 3600) => R.int(lo, hi);
const xesc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const X = (frag) => mapFrag(frag, xesc);
// YAML scalar: quote when the value could be misread
function yv(span) {
  const v = span.value;
  const risky = /^[!*&%@?|>'"#{\[\-`~]/.test(v) || /: |\s#|^\s|\s$|^[0-9.]+$|^(true|false|yes|no|null|on|off)$/i.test(v);
  if (risky || R.chance(0.3)) return R.chance(0.8) || /'/.test(v) ? ['"', span, '"'] : ["'", span, "'"];
  return span;
}
const q = (span, chars = ['"', "'", '']) => { const c = R.pick(chars); return [c, span, c]; };
// a config entry: either a vendor/generic credential, a password, a look-alike, or plain setting
let usedKeys = new Set();
export const resetKeys = () => { usedKeys = new Set(); };
function entry(style) {
  for (let i = 0; ; i++) {
    const e = entry0(style);
    if (!usedKeys.has(e.key) || i > 6) { if (usedKeys.has(e.key)) e.key += '_' + R.int(2, 9); usedKeys.add(e.key); return e; }
  }
}
function entry0(style) {
  const t = R.int(0, 9);
  if (t < 4) { const k = kv(style); return { key: k.key, val: k.span }; }
  if (t < 6) { const k = pwKV(style); return { key: k.key, val: k.span }; }
  if (t < 8) {
    const w = R.pick(['placeholder', 'env_reference', 'aws_example_key', 'uuid', 'hash', 'version', 'hostname', 'hex_color', 'cidr', 'request_id', 'public_key_short']);
    if (w === 'public_key_short') { const v = LK.publishable(); return { key: SEC.keyName(v.startsWith('pk_') ? R.pick(['stripe publishable key', 'stripe pk']) : R.pick(['mapbox public token', 'maps public key']), style), val: L('public_key', v) }; }
    if (w === 'aws_example_key') { const v = R.pick(LK.AWS_EXAMPLES); return { key: SEC.keyName(v.startsWith('AKIA') ? 'aws access key id' : 'aws secret access key', style), val: L('aws_example_key', v) }; }
    const names = { placeholder: ['api key', 'secret', 'password', 'token'], env_reference: ['db password', 'api token', 'smtp pass', 'client secret'], aws_example_key: ['aws access key id', 'aws secret access key'], uuid: ['tenant id', 'client id', 'workspace id'], hash: ['checksum', 'asset hash', 'config digest'], version: ['app version', 'schema version'], hostname: ['db host', 'upstream', 'broker host'], hex_color: ['brand color', 'accent color'], cidr: ['allowed cidr', 'vpc cidr'], request_id: ['install id', 'instance id'] };
    return { key: SEC.keyName(R.pick(names[w]), style), val: lk(w) };
  }
  const plain = R.pick([['log level', R.pick(['info', 'debug', 'warn'])], ['port', String(R.int(1024, 9999))], ['timeout ms', String(R.int(100, 60000))], ['region', R.pick(['eu-west-1', 'us-east-2', 'ap-northeast-1'])], ['feature export v2', R.pick(['true', 'false'])], ['max connections', String(R.int(5, 500))], ['cache ttl', `${R.int(1, 3600)}s`], ['worker count', String(R.int(1, 64))]]);
  return { key: SEC.keyName(plain[0], style), val: plain[1] };
}

// ---------------------------------------------------------------- dotenv
function dotenv(d) {
  const c = new Clock();
  d.add(R.pick([F`# .env.${R.pick(['production', 'staging', 'local'])} — generated ${L('timestamp', c.iso(false))}\n`, F`# Do not commit. Owner: ${per()} (${em()})\n`, '', F`### ${corp()} api\n`]));
  const exp = R.chance(0.2);
  d.fill(() => {
    if (R.chance(0.08)) return F`\n# --- ${R.pick(['database', 'mail', 'payments', 'observability', 'storage', 'auth'])} ---\n`;
    if (R.chance(0.07)) return F`DATABASE_URL=${R.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqp'])}://${user()}:${C.connPw()}@${C.host()}${R.pick([':5432', ':3306', '', ':6379', ':5672'])}/${R.pick(['app', 'prod', 'crm', '0', 'vhost'])}\n`;
    if (R.chance(0.05)) return F`SENTRY_DSN=https://${S('SENTRY_DSN_KEY', hexs(32))}@sentry.${dom()}/${R.int(2, 90)}\n`;
    if (R.chance(0.05)) return F`MAIL_FROM=${P('EMAIL_ADDRESS', PII.roleEmail())}\n`;
    const e = entry('env');
    return F`${exp ? 'export ' : ''}${e.key}=${typeof e.val === 'string' ? e.val : q(e.val)}\n`;
  }, target(600, 3000));
}

// ---------------------------------------------------------------- yaml_config
function yamlConfig(d) {
  const v = R.int(0, 2);
  if (v === 0) {
    d.add(F`spring:\n  application:\n    name: ${R.pick(['orders', 'crm-sync', 'billing'])}\n  datasource:\n    url: jdbc:postgresql://${C.host()}:5432/${R.pick(['orders', 'crm'])}\n    username: ${user()}\n    password: ${yv(S('DATABASE_PASSWORD', SEC.pwValue()))}\n  mail:\n    host: smtp.${dom()}\n    username: ${P('EMAIL_ADDRESS', PII.roleEmail())}\n    password: ${yv(S('SMTP_PASSWORD', SEC.pwValue()))}\n`);
  } else if (v === 1) {
    d.add(F`default: &default\n  adapter: postgresql\n  encoding: unicode\n  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>\n\nproduction:\n  <<: *default\n  database: ${corp()}_production\n  username: ${user()}\n  password: ${yv(S('DATABASE_PASSWORD', SEC.pwValue()))}\n  host: ${C.host()}\n`);
  } else {
    d.add(F`# ${corp()} service config (owner: ${per()})\nserver:\n  port: ${R.int(3000, 9000)}\n  public_url: https://api.${dom()}\n`);
  }
  const sect = C.uniq(['integrations', 'auth', 'storage', 'observability', 'payments', 'notifications', 'legacy', 'search', 'queue', 'billing', 'mailer', 'analytics']);
  d.fill(() => {
    if (R.chance(0.12) && d.len < 1800) { const k = C.pemKey(undefined, true); return F`${sect('tls')}:\n  cert_file: /etc/ssl/${corp()}.crt\n  key: |\n    ${S(k.e, C.indentPem(k.pem, '    '))}\n`; }
    const n = R.int(1, 4);
    const lines = [];
    for (let i = 0; i < n; i++) { const e = entry(R.pick(['snake', 'snake', 'camel', 'kebab'])); lines.push(F`  ${e.key}: ${typeof e.val === 'string' ? e.val : yv(e.val)}\n`); }
    return F`${sect()}:\n${lines}`;
  }, target(800, 3600));
}

// ---------------------------------------------------------------- toml_config
function tomlConfig(d) {
  const tsect = C.uniq(['auth', 'stripe', 'smtp', 's3', 'webhooks', 'ai', 'metrics', 'legacy.bridge', 'queue', 'search', 'crm', 'export']);
  const v = R.int(0, 1);
  if (v === 0) d.add(F`# .streamlit/secrets.toml\n[connections.${R.pick(['postgresql', 'snowflake', 'warehouse'])}]\ndialect = "postgresql"\nhost = "${C.host()}"\nport = "5432"\ndatabase = "${R.pick(['analytics', 'dwh'])}"\nusername = "${user()}"\npassword = "${S('DATABASE_PASSWORD', SEC.pwValue())}"\n\n`);
  else d.add(F`title = "${corp()} worker"\nowner = "${per()}"\n\n[server]\nbind = "0.0.0.0:${R.int(3000, 9999)}"\nallowed_ips = ["${lk('cidr')}"]\n\n`);
  d.fill(() => {
    const n = R.int(1, 4);
    const lines = [];
    for (let i = 0; i < n; i++) { const e = entry('snake'); lines.push(typeof e.val === 'string' ? F`${e.key} = ${/^\d+$|^(true|false)$/.test(e.val) ? e.val : '"' + e.val + '"'}\n` : F`${e.key} = "${e.val}"\n`); }
    if (R.chance(0.15)) lines.push(F`endpoint = "https://${user()}:${C.urlPw()}@${C.host()}/v1"\n`);
    return F`[${tsect()}]\n${lines}\n`;
  }, target(600, 3200));
}

// ---------------------------------------------------------------- ini_config
function iniConfig(d) {
  const isect = C.uniq(['api', 'smtp', 'ldap', 'sync', 'exporter', 'partner', 'cache', 'reports', 'sftp', 'billing']);
  const v = R.int(0, 4);
  if (v === 0) {
    d.add(F`# ~/.my.cnf\n[client]\nuser = ${user()}\npassword = ${S('DATABASE_PASSWORD', SEC.pwValue())}\nhost = ${C.host()}\n\n[mysqldump]\nuser = backup\npassword = "${S('DATABASE_PASSWORD', SEC.pwValue())}"\n\n`);
  } else if (v === 1) {
    d.add(F`# ~/.pgpass  hostname:port:database:username:password\n`);
    d.fill(() => F`${C.host()}:${R.pick(['5432', '6432', '*'])}:${R.pick(['app', 'crm', '*', 'ledger'])}:${user()}:${S('DATABASE_PASSWORD', SEC.pwValue({ urlSafe: true }))}\n`, target(300, 900));
  } else if (v === 2) {
    d.add(F`[default]\naccess_key = ${sec('AWS_ACCESS_KEY_ID')}\nsecret_key = ${sec('AWS_SECRET_ACCESS_KEY')}\nhost_base = s3.${dom()}\nhost_bucket = %(bucket)s.s3.${dom()}\nuse_https = True\n\n`);
  } else if (v === 3) {
    d.add(F`; supervisord.conf\n[program:${R.pick(['worker', 'mailer', 'scheduler'])}]\ncommand=/opt/app/bin/worker --concurrency ${R.int(1, 16)}\nenvironment=${(() => { const a = kv('env'), b = pwKV('env'); return F`${a.key}="${a.span}",${b.key}="${b.span}"`; })()}\nuser=app\nautorestart=true\n\n`);
  } else {
    d.add(F`; odbc.ini\n[${R.pick(['WAREHOUSE', 'LegacyERP', 'Reporting'])}]\nDriver=/usr/lib/x86_64-linux-gnu/odbc/psqlodbcw.so\nServername=${C.host()}\nDatabase=${R.pick(['erp', 'dwh'])}\nUserName=${user()}\nPassword=${S('DATABASE_PASSWORD', SEC.pwValue())}\n\n`);
  }
  d.fill(() => {
    const n = R.int(1, 4); const lines = [];
    for (let i = 0; i < n; i++) { const e = entry(R.pick(['snake', 'snake', 'pascal', 'dot'])); lines.push(F`${e.key} ${R.pick(['=', ' = ', ': '])}${e.val}\n`); }
    return F`[${isect()}]\n${lines}\n`;
  }, target(500, 3000));
}

// ---------------------------------------------------------------- hcl_config
function hclConfig(d) {
  const v = R.int(0, 2);
  if (v === 0) {
    d.add(F`# terraform.tfvars\nproject     = "${corp()}-prod"\nregion      = "${R.pick(['eu-central-1', 'us-west-2'])}"\nowner_email = "${em()}"\n`);
    d.fill(() => { const e = entry('snake'); return typeof e.val === 'string' ? F`${e.key} = ${/^\d+$|^(true|false)$/.test(e.val) ? e.val : '"' + e.val + '"'}\n` : F`${e.key.padEnd(18)} = "${e.val}"\n`; }, target(500, 2400));
  } else if (v === 1) {
    d.add(F`provider "${R.pick(['aws', 'cloudflare', 'datadog', 'github', 'digitalocean'])}" {\n`);
    const m = R.int(0, 4);
    if (m === 0) d.add(F`  region     = "eu-west-1"\n  access_key = "${sec('AWS_ACCESS_KEY_ID')}"\n  secret_key = "${sec('AWS_SECRET_ACCESS_KEY')}"\n}\n\n`);
    else if (m === 1) d.add(F`  api_token = "${sec('CLOUDFLARE_API_TOKEN')}"\n}\n\n`);
    else if (m === 2) d.add(F`  api_key = "${sec('DATADOG_API_KEY')}"\n  app_key = "${sec('DATADOG_APP_KEY')}"\n  api_url = "https://api.datadoghq.${R.pick(['example', 'test'])}/"\n}\n\n`);
    else if (m === 3) d.add(F`  token = "${sec(R.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT']))}"\n  owner = "${corp()}"\n  base_url = "https://git.${dom()}/api/v3/"\n}\n\n`);
    else d.add(F`  token = "${sec('DIGITALOCEAN_PAT')}"\n}\n\n`);
    d.fill(() => R.pick([
      () => F`resource "aws_db_instance" "${R.pick(['main', 'replica', 'reporting'])}" {\n  engine         = "postgres"\n  engine_version = "${R.int(13, 17)}.${R.int(1, 9)}"\n  username       = "${user()}"\n  password       = "${S('DATABASE_PASSWORD', SEC.pwValue({ urlSafe: true }))}"\n  tags = { Owner = "${per()}" }\n}\n\n`,
      () => { const e = entry('snake'); return F`variable "${e.key}" {\n  type      = string\n  sensitive = true\n  default   = "${e.val}"\n}\n\n`; },
      () => F`resource "kubernetes_secret" "${R.pick(['app', 'ci'])}" {\n  metadata { name = "app-env" }\n  data = {\n    ${(() => { const k = kv('snake'); return F`${k.key} = "${k.span}"`; })()}\n  }\n}\n\n`,
      () => F`module "vpc" {\n  source  = "./modules/vpc"\n  cidr    = "${lk('cidr')}"\n  version = "${lk('version')}"\n}\n\n`,
    ])(), target(900, 3400));
  } else {
    d.add(F`job "${R.pick(['api', 'worker'])}" {\n  datacenters = ["dc1"]\n  group "app" {\n    task "server" {\n      driver = "docker"\n      config { image = "registry.${dom()}/app@${lk('digest')}" }\n      env {\n`);
    d.fill(() => { const e = entry('env'); return F`        ${e.key} = "${e.val}"\n`; }, target(600, 2800), 40);
    d.add(F`      }\n    }\n  }\n}\n`);
  }
}

// ---------------------------------------------------------------- xml_config
function xmlConfig(d) {
  const v = R.int(0, 3);
  if (v === 0) {
    d.add(F`<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>\n    <add name="Default" connectionString="Server=${C.host()};Database=${R.pick(['Crm', 'Shop'])};User Id=${user()};Password=${X(S('DATABASE_PASSWORD', SEC.pwValue()))};" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n  <appSettings>\n`);
    d.fill(() => { const e = entry('pascal'); return F`    <add key="${e.key}" value="${X(e.val)}" />\n`; }, target(600, 3200), 60);
    d.add(F`  </appSettings>\n</configuration>\n`);
  } else if (v === 1) {
    d.add(F`<settings>\n  <servers>\n`);
    d.fill(() => F`    <server>\n      <id>${R.pick(['releases', 'snapshots', 'internal-mirror', 'thirdparty'])}</id>\n      <username>${user()}</username>\n      <password>${X(R.chance(0.5) ? S('SERVICE_ACCOUNT_PASSWORD', SEC.pwValue()) : sec(R.pick(['ARTIFACTORY_API_KEY', 'ARTIFACTORY_REFERENCE_TOKEN', 'GITLAB_DEPLOY_TOKEN'])))}</password>\n    </server>\n`, target(600, 2400), 60);
    d.add(F`  </servers>\n  <mirrors>\n    <mirror><id>internal</id><url>https://maven.${dom()}/all</url><mirrorOf>*</mirrorOf></mirror>\n  </mirrors>\n</settings>\n`);
  } else if (v === 2) {
    d.add(F`<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="internal" value="https://nuget.${dom()}/v3/index.json" />\n  </packageSources>\n  <packageSourceCredentials>\n    <internal>\n      <add key="Username" value="${user()}" />\n      <add key="ClearTextPassword" value="${X(sec(R.pick(['AZURE_DEVOPS_PAT', 'NUGET_API_KEY'])))}" />\n    </internal>\n  </packageSourceCredentials>\n  <apikeys>\n    <add key="https://nuget.${dom()}" value="${sec('NUGET_API_KEY')}" />\n  </apikeys>\n</configuration>\n`);
    d.fill(() => F`<!-- ${R.pick(['rotated', 'checked'])} ${L('date', new Clock().date())} by ${per()} -->\n`, target(500, 900), 0, 3);
  } else {
    d.add(F`<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="app_name">${corp()}</string>\n`);
    d.fill(() => { const e = entry('snake'); return F`    <string name="${e.key}">${X(e.val)}</string>\n`; }, target(500, 2800), 40);
    d.add(F`    <color name="accent">${lk('hex_color')}</color>\n</resources>\n`);
  }
}

// ---------------------------------------------------------------- properties
function properties(d) {
  const v = R.int(0, 2);
  if (v === 0) d.add(F`# application-prod.properties\nspring.datasource.url=jdbc:mysql://${C.host()}:3306/${R.pick(['shop', 'erp'])}?useSSL=true\nspring.datasource.username=${user()}\nspring.datasource.password=${S('DATABASE_PASSWORD', SEC.pwValue())}\n`);
  else if (v === 1) d.add(F`# gradle.properties\norg.gradle.jvmargs=-Xmx4g\nRELEASE_STORE_FILE=release.jks\nRELEASE_STORE_PASSWORD=${S('KEYSTORE_PASSWORD', SEC.pwValue())}\nRELEASE_KEY_PASSWORD=${S('KEYSTORE_PASSWORD', SEC.pwValue())}\nmavenUser=${user()}\nmavenPassword=${S('SERVICE_ACCOUNT_PASSWORD', SEC.pwValue())}\n`);
  else d.add(F`# client.properties\nbootstrap.servers=${C.host()}:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${r(A.alnumu, 16)}" password="${sec('CONFLUENT_API_SECRET')}";\n`);
  d.fill(() => { const e = entry('dot'); return F`${e.key}${R.pick(['=', ' = ', ':'])}${e.val}\n`; }, target(500, 3000));
}

// ---------------------------------------------------------------- systemd_unit
function systemdUnit(d) {
  d.add(F`[Unit]\nDescription=${R.pick(['Order export worker', 'CRM sync', 'Metrics relay', 'Payout batch'])}\nAfter=network-online.target\n\n[Service]\nType=simple\nUser=${R.pick(['app', 'svc', 'etl'])}\n`);
  d.fill(() => R.pick([
    () => { const e = entry('env'); return F`Environment="${e.key}=${e.val}"\n`; },
    () => { const e = entry('env'); return F`Environment=${e.key}=${e.val}\n`; },
    () => F`ExecStartPre=/usr/bin/curl -fsS -u ${user()}:${C.cliPw()} https://config.${dom()}/bootstrap\n`,
    () => F`# owner: ${per()} <${em()}>\n`,
  ])(), target(400, 1400), 0, 20);
  d.add(F`ExecStart=/opt/${corp()}/bin/server --db-url=postgres://${user()}:${C.connPw()}@${C.host()}/app --api-key=${kv(null, SEC.vendorDeck).span}\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n`);
}

// ---------------------------------------------------------------- webserver_conf
function webserverConf(d) {
  const seen = new Set();
  const once = (k) => (seen.has(k) ? false : (seen.add(k), true));
  const locs = C.uniq(['legacy', 'erp', 'metrics', 'partner', 'admin', 'reports', 'billing-api', 'crm']);
  const site = `${R.pick(['shop', 'api', 'portal', 'grafana'])}.${dom()}`;
  if (R.chance(0.6)) {
    d.add(F`server {\n    listen 443 ssl http2;\n    server_name ${site};\n    ssl_certificate     /etc/letsencrypt/live/${site}/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/${site}/privkey.pem;\n\n    allow ${lk('cidr')};\n    deny all;\n\n`);
    d.fill(() => R.pick([
      () => { const u = user(), p = SEC.pwValue({ urlSafe: true }); return F`    location /${locs()}/ {\n        proxy_pass http://${C.host().split('.')[0]}:${R.int(3000, 9999)};\n        proxy_set_header Authorization "Basic ${C.basicAuth(u, p)}";\n    }\n\n`; },
      () => { const k = kv('snake'); return F`    set $${k.key} "${k.span}";\n`; },
      () => once('xkey') ? F`    proxy_set_header X-Api-Key "${sec('API_KEY_HEADER_VALUE')}";\n` : '',
      () => once('xbuild') ? F`    add_header X-Build "${lk('git_sha')}";\n` : '',
      () => F`    # ${R.pick(['contact', 'owner', 'on-call'])}: ${per()}, ${ph()}\n`,
      () => once('health') ? F`    location = /healthz { return 200 "ok ${lk('version')}"; }\n` : '',
    ])(), target(900, 3200), 20);
    d.add('}\n');
  } else {
    d.add(F`<VirtualHost *:443>\n    ServerName ${site}\n    ServerAdmin ${em()}\n    DocumentRoot /var/www/${corp()}\n`);
    d.fill(() => R.pick([
      () => { const e = entry('env'); return F`    SetEnv ${e.key} ${e.val}\n`; },
      () => F`    ProxyPass /erp/ http://${user()}:${C.urlPw()}@${C.host().split('.')[0]}:8080/erp/\n`,
      () => F`    RequestHeader set Authorization "Bearer ${kv(null, SEC.vendorDeck).span}"\n`,
      () => F`    Header always set X-Release "${lk('version')}"\n`,
    ])(), target(500, 2600), 20);
    d.add('</VirtualHost>\n');
  }
}

// ---------------------------------------------------------------- docker_compose
function dockerCompose(d) {
  d.add(F`services:\n  db:\n    image: postgres:${R.int(13, 17)}@${lk('digest')}\n    environment:\n      POSTGRES_USER: ${user()}\n      POSTGRES_PASSWORD: ${yv(S('DATABASE_PASSWORD', SEC.pwValue()))}\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n`);
  const svc = ['api', 'worker', 'mailer', 'grafana', 'minio', 'redis', 'keycloak', 'metabase'];
  d.fill(() => {
    const s = R.pick(svc);
    if (s === 'redis') return F`  redis:\n    image: redis:7\n    command: redis-server --requirepass ${S('REDIS_PASSWORD', SEC.pwValue({ urlSafe: true }))}\n`;
    if (s === 'minio') return F`  minio:\n    image: minio/minio:${lk('version')}\n    environment:\n      - MINIO_ROOT_USER=${user()}\n      - MINIO_ROOT_PASSWORD=${sec('MINIO_SECRET_KEY')}\n`;
    const list = R.chance(0.5);
    const lines = [];
    for (let i = 0; i < R.int(2, 5); i++) { const e = entry('env'); lines.push(list ? F`      - ${e.key}=${e.val}\n` : F`      ${e.key}: ${typeof e.val === 'string' ? e.val : yv(e.val)}\n`); }
    return F`  ${s}:\n    image: registry.${dom()}/${corp()}/${s}:${lk('version')}\n    environment:\n${lines}`;
  }, target(900, 3600), 10);
}

// ---------------------------------------------------------------- helm_values
function helmValues(d) {
  const hs = C.uniq(['secrets', 'config', 'auth', 'externalServices', 'integrations', 'extraEnv', 'worker', 'cron']);
  d.add(F`# values-prod.yaml for chart ${corp()}-${R.pick(['api', 'platform'])} ${lk('version')}\nimage:\n  repository: registry.${dom()}/${corp()}/api\n  tag: "${lk('version')}"\n  digest: ${lk('digest')}\nreplicaCount: ${R.int(1, 8)}\n`);
  d.fill(() => R.pick([
    () => { const lines = []; for (let i = 0; i < R.int(1, 4); i++) { const e = entry('camel'); lines.push(F`    ${e.key}: ${typeof e.val === 'string' ? e.val : yv(e.val)}\n`); } return F`${hs()}:\n  ${R.pick(['app', 'prod', 'main'])}:\n${lines}`; },
    () => F`${hs('postgresql')}:\n  auth:\n    username: ${user()}\n    password: ${yv(S('DATABASE_PASSWORD', SEC.pwValue()))}\n    postgresPassword: ${yv(S('ADMIN_PASSWORD', SEC.pwValue()))}\n    existingSecret: ""\n`,
    () => { if (d.len > 1900) return F`${hs('ingress')}:\n  hosts: [${lk('hostname')}]\n`; const k = C.pemKey(undefined, d.len > 1200); return F`${hs('tls')}:\n  enabled: true\n  crt: |\n    ${R.chance(0.4) ? L('certificate', C.indentPem(LK.LOOK.certificate(), '    ')) : '# from cert-manager'}\n  key: |\n    ${S(k.e, C.indentPem(k.pem, '    '))}\n`; },
    () => F`${hs('smtp')}:\n  from: ${P('EMAIL_ADDRESS', PII.roleEmail())}\n  password: ${yv(S('SMTP_PASSWORD', SEC.pwValue()))}\n`,
    () => F`${hs('podAnnotations')}:\n  owner: "${per()}"\n  checksum/config: ${L('hash', hexs(64))}\n`,
    () => F`${hs('resources')}:\n  limits: {cpu: "${R.int(1, 4)}", memory: ${R.int(1, 8)}Gi}\n`,
    () => F`${hs('grafana')}:\n  adminUser: admin\n  adminPassword: ${yv(S('ADMIN_PASSWORD', SEC.pwValue()))}\n`,
  ])(), target(900, 3700));
}

// ---------------------------------------------------------------- ci_config
function ciConfig(d) {
  const v = R.int(0, 2);
  if (v === 0) {
    d.add(F`name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      NODE_VERSION: "${R.int(18, 22)}"\n      NPM_TOKEN: ${L('env_reference', '${{ secrets.NPM_TOKEN }}')}\n`);
    d.fill(() => R.pick([
      () => { const k = kv('env'); return F`      ${k.key}: ${k.span}   # TODO move to secrets\n`; },
      () => { const n = C.kv('env').key; return F`      ${n}: ${L('env_reference', '${{ secrets.' + n + ' }}')}\n`; },
      () => F`      DEPLOY_HOST: ${lk('hostname')}\n`,
    ])(), R.int(500, 1200), 0, 12);
    d.add(F`    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with: { node-version: 20 }\n      - run: npm ci\n`);
    d.fill(() => R.pick([
      () => F`      - run: curl -fsS -H "Authorization: token ${sec(R.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT', 'GITHUB_OAUTH_TOKEN']))}" https://git.${dom()}/api/v3/repos/${corp()}/infra/dispatches\n`,
      () => F`      - run: docker login -u ${user()} -p ${L('env_reference', '${{ secrets.REGISTRY_PASSWORD }}')} registry.${dom()}\n`,
      () => F`      - run: ./deploy.sh --token ${sec(R.pick(['NETLIFY_PAT', 'VERCEL_TOKEN', 'FLY_IO_TOKEN', 'RENDER_API_KEY', 'HEROKU_API_KEY']))}\n`,
      () => F`      - name: notify\n        run: curl -X POST -d 'text=deployed ${lk('git_sha')}' https://chat.${dom()}/hooks/${sec('WEBHOOK_SIGNING_SECRET')}\n`,
    ])(), target(900, 3200), 0, 10);
  } else if (v === 1) {
    d.add(F`stages: [build, test, deploy]\n\nvariables:\n  DOCKER_DRIVER: overlay2\n`);
    d.fill(() => R.pick([
      () => { const e = entry('env'); return F`  ${e.key}: ${typeof e.val === 'string' ? e.val : ['"', e.val, '"']}\n`; },
      () => F`  DB_URL: "postgres://${user()}:${C.connPw()}@${C.host()}:5432/ci"\n`,
    ])(), R.int(500, 1500), 0, 12);
    d.add(F`\ndeploy:\n  stage: deploy\n  image: alpine:3.20\n  script:\n    - apk add curl\n    - curl --fail -X POST -F token=${sec('GITLAB_PIPELINE_TRIGGER_TOKEN')} -F ref=main https://gitlab.${dom()}/api/v4/projects/${R.int(10, 900)}/trigger/pipeline\n    - echo "deploying ${L('env_reference', '$CI_COMMIT_SHA')}"\n  only: [main]\n`);
  } else {
    d.add(F`pipeline {\n  agent any\n  environment {\n`);
    d.fill(() => R.chance(0.6) ? (() => { const e = entry('env'); return F`    ${e.key} = '${e.val}'\n`; })() : F`    ${C.kv('env').key} = credentials('${R.pick(['npm-token', 'sonar', 'registry'])}')\n`, R.int(400, 1200), 0, 10);
    d.add(F`  }\n  stages {\n    stage('Publish') {\n      steps {\n        sh "mvn deploy -Drepo.user=${user()} -Drepo.pass=${C.cliPw()}"\n        sh 'curl -u ${user()}:${sec('JENKINS_API_TOKEN')} https://jenkins.${dom()}/job/smoke/build'\n      }\n    }\n  }\n  post { failure { mail to: '${em()}', subject: "failed ${L('env_reference', '${BUILD_NUMBER}')}" } }\n}\n`);
  }
}

// ---------------------------------------------------------------- source_code
function sourceCode(d) {
  const v = R.int(0, 6);
  if (v === 0) {
    d.add(F`# settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\nSECRET_KEY = "${sec('DJANGO_SECRET_KEY')}"\nALLOWED_HOSTS = ["${'app.' + dom()}"]\nADMINS = [("${per()}", "${em()}")]\n\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "${corp()}",\n        "USER": "${user()}",\n        "PASSWORD": "${S('DATABASE_PASSWORD', SEC.pwValue())}",\n        "HOST": "${C.host()}",\n    }\n}\n`);
    d.fill(() => { const k = kv('env'); return F`${k.key} = ${R.pick([F`"${k.span}"`, F`os.environ.get("${k.key}", "${k.span}")`])}\n`; }, target(800, 3000));
  } else if (v === 1) {
    d.add(F`// config/${R.pick(['default', 'production'])}.js\nmodule.exports = {\n  env: 'production',\n  port: ${R.int(3000, 9000)},\n`);
    d.fill(() => R.pick([
      () => { const k = kv('camel'); return F`  ${k.key}: '${k.span}',\n`; },
      () => { const k = kv('camel'); return F`  ${k.key}: process.env.${SEC.keyName(k.key.replace(/([A-Z])/g, ' $1'), 'env')} || '${k.span}',\n`; },
      () => F`  mongoUri: 'mongodb+srv://${user()}:${C.connPw()}@cluster0.${r(A.lower, 5)}.${dom()}/app?retryWrites=true',\n`,
      () => F`  sentryDsn: 'https://${S('SENTRY_DSN_KEY', hexs(32))}@sentry.${dom()}/${R.int(2, 99)}',\n`,
      () => F`  supportEmail: '${P('EMAIL_ADDRESS', PII.roleEmail())}',\n`,
      () => F`  brandColor: '${lk('hex_color')}',\n`,
    ])(), target(800, 3200));
    d.add('};\n');
  } else if (v === 2) {
    d.add(F`package config\n\n// Credentials for the ${R.pick(['billing', 'crm', 'ingest'])} service.\n// Owner: ${per()} — rotate quarterly.\nconst (\n`);
    d.fill(() => { const k = kv('pascal'); return F`\t${k.key} = "${k.span}"\n`; }, target(600, 2600), 20);
    d.add(F`)\n\nvar defaultDSN = "postgres://${user()}:${C.connPw()}@${C.host()}:5432/app?sslmode=disable"\n`);
  } else if (v === 3) {
    d.add(F`<?php\n// wp-config.php\ndefine( 'DB_NAME', '${corp()}_wp' );\ndefine( 'DB_USER', '${user()}' );\ndefine( 'DB_PASSWORD', '${S('DATABASE_PASSWORD', SEC.pwValue())}' );\ndefine( 'DB_HOST', '${C.host()}' );\n\n`);
    d.fill(() => { const n = R.pick(['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']); return F`define( '${n}', '${S('SESSION_SIGNING_SECRET', r(A.alnum + '!#%*+-=?^_~[]{}|,.:;()<>', 64).replace(/'/g, '"'))}' );\n`; }, R.int(900, 1700), 0, 8);
    d.fill(() => { const k = kv('env'); return F`define( '${k.key}', '${k.span}' );\n`; }, target(1400, 3000));
  } else if (v === 4) {
    const k = C.pemKey(R.pick(['PRIVATE_KEY_RSA', 'PRIVATE_KEY_PKCS8', 'PRIVATE_KEY_EC']));
    d.add(F`import jwt, time\n\n# TODO(${per()}): load from vault instead\nPRIVATE_KEY = "${S(k.e, C.escPem(k.pem))}\\n"\nISSUER = "${lk('uuid')}"\n\ndef make_token(sub: str) -> str:\n    now = int(time.time())\n    return jwt.encode({"iss": ISSUER, "sub": sub, "iat": now, "exp": now + 600}, PRIVATE_KEY, algorithm="RS256")\n`);
    d.fill(() => { const kk = kv('env'); return F`${kk.key} = "${kk.span}"\n`; }, target(2200, 3600), 0, 6);
  } else if (v === 5) {
    d.add(F`// AppSettings.cs\nnamespace ${corp().replace(/-/g, '').replace(/^./, (x) => x.toUpperCase())}.Api;\n\npublic static class Secrets\n{\n`);
    d.fill(() => { const k = kv('pascal'); return F`    public const string ${k.key} = "${k.span}";\n`; }, target(600, 2800), 30);
    d.add(F`    public const string Smtp = "smtp://${R.pick(['mailer', 'noreply'])}:${C.connPw()}@${C.host()}:587";\n}\n`);
  } else {
    d.add(F`# spec/fixtures/customers.rb — seed data for ${R.pick(['staging', 'demo'])}\n`);
    d.fill(() => { const p = PII.person(); return F`Customer.create!(name: "${C.perP(p, 'gf')}", email: "${em(p)}", phone: "${ph()}", city: "${loc()}", ${R.chance(0.5) ? F`card: "${C.cardS(null, '')}"` : F`iban: "${C.ibanS(null, false)}"`})\n`; }, target(800, 3200));
    d.tryAdd(F`Stripe.api_key = "${sec('STRIPE_SECRET_KEY')}"\n`);
  }
}

// ---------------------------------------------------------------- credential_file
function credentialFile(d) {
  const v = R.wpick([[1, 0], [2, 1], [1, 2], [1, 3], [3, 4], [1, 5], [1, 6], [1, 7], [2, 8]]);
  if (v === 0) {
    d.add(F`{\n  "auths": {\n`);
    const n = R.int(1, 3); const items = [];
    for (let i = 0; i < n; i++) items.push(F`    "${R.pick(['registry.', 'cr.', 'docker.'])}${dom()}": {\n      "auth": "${C.dockerAuth(user(), SEC.pwValue({ urlSafe: true }))}"${R.chance(0.3) ? F`,\n      "email": "${em()}"` : ''}\n    }`);
    d.add(C.join(items, ',\n'), F`\n  },\n  "credsStore": "",\n  "HttpHeaders": {\n    "User-Agent": "Docker-Client/${lk('version')} (linux)"\n  }\n}\n`);
  } else if (v === 1) {
    const k = C.pemKey('PRIVATE_KEY_PKCS8');
    const sa = `${R.pick(['deployer', 'bq-export', 'ci'])}@${corp()}-prod.iam.gserviceaccount.example`;
    d.add(F`{\n  "type": "service_account",\n  "project_id": "${corp()}-prod",\n  "private_key_id": "${L('hash', hexs(40))}",\n  "private_key": "${S(k.e, C.escPem(k.pem))}\\n",\n  "client_email": "${P('EMAIL_ADDRESS', sa)}",\n  "client_id": "${r(A.digit, 21)}",\n  "auth_uri": "https://accounts.${dom()}/o/oauth2/auth",\n  "token_uri": "https://oauth2.${dom()}/token"\n}\n`);
  } else if (v === 2) {
    d.add(F`[default]\naws_access_key_id = ${sec('AWS_ACCESS_KEY_ID')}\naws_secret_access_key = ${sec('AWS_SECRET_ACCESS_KEY')}\nregion = eu-west-1\n\n[docs-sample]\naws_access_key_id = ${L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')}\naws_secret_access_key = ${L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}\n\n[${R.pick(['prod-admin', 'legacy', 'backup'])}]\naws_access_key_id = ${sec('AWS_TEMPORARY_ACCESS_KEY_ID')}\naws_secret_access_key = ${sec('AWS_SECRET_ACCESS_KEY')}\naws_session_token = ${sec('AWS_SESSION_TOKEN')}\n`);
  } else if (v === 3) {
    d.fill(() => R.chance(0.5) ? F`machine ${C.host()}\n  login ${user()}\n  password ${R.chance(0.5) ? S('SERVICE_ACCOUNT_PASSWORD', SEC.pwValue()) : sec(R.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'HEROKU_API_KEY', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'ARTIFACTORY_API_KEY']))}\n` : F`https://${user()}:${sec(R.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'AZURE_DEVOPS_PAT', 'ATLASSIAN_APP_PASSWORD', 'GITHUB_FINE_GRAINED_PAT']))}@git.${dom()}\n`, target(300, 1200));
  } else if (v === 7) {
    const k = C.pemKey(R.pick(['PRIVATE_KEY_RSA', 'PRIVATE_KEY_PKCS8', 'PRIVATE_KEY_EC', 'PRIVATE_KEY_ENCRYPTED']));
    d.add(F`$ sudo cat /etc/ssl/private/${R.pick(['app', 'api', 'ingress', 'mail'])}.pem\n${L('certificate', LK.LOOK.certificate())}\n${S(k.e, k.pem)}\n`);
    d.tryAdd(F`$ openssl x509 -noout -subject -enddate -in /etc/ssl/private/app.pem\nsubject=CN = ${lk('hostname')}\nnotAfter=${L('timestamp', new Clock().tick(3e10).rfc2822())}\n`);
  } else if (v === 4 || v === 8) {
    const k = C.pemKey();
    d.add(F`$ cat ~/.ssh/${R.pick(['id_deploy', 'id_ed25519', 'backup_key', 'signing.asc'])}\n${S(k.e, k.pem)}\n$ cat ~/.ssh/${R.pick(['id_deploy', 'id_ed25519'])}.pub\nssh-ed25519 ${L('public_key', LK.sshPub('ed25519'))} ${em()}\n`);
  } else if (v === 5) {
    d.add(F`[${R.pick(['s3-backup', 'gdrive', 'b2'])}]\ntype = s3\nprovider = Minio\naccess_key_id = ${user()}\nsecret_access_key = ${sec('MINIO_SECRET_KEY')}\nendpoint = https://minio.${dom()}\n\n[sftp-nas]\ntype = sftp\nhost = ${PII.ipv4Private()}\nuser = ${user()}\npass = ${S('SSH_PASSWORD', SEC.pwValue({ urlSafe: true }))}\n`);
  } else {
    d.add(F`[Interface]\n# ${R.pick(['laptop', 'office', 'home'])} of ${per()}\nPrivateKey = ${sec('WIREGUARD_PRIVATE_KEY')}\nAddress = ${PII.ipv4Private()}/32\nDNS = ${PII.ipv4Private()}\n\n[Peer]\nPublicKey = ${L('public_key', R.bytes(32).toString('base64'))}\nPresharedKey = ${S('VPN_PRESHARED_KEY', R.bytes(32).toString('base64'))}\nEndpoint = vpn.${dom()}:51820\nAllowedIPs = ${lk('cidr')}\n`);
  }
}


// ---------------------------------------------------------------- package_manifest
const PKGS = ['lodash', 'react', 'react-dom', 'express', 'zod', 'axios', 'dayjs', 'pino', 'undici', 'vite', 'esbuild', 'typescript', 'eslint', 'uuid', 'semver', 'chalk', 'yaml', 'ws'];
const PYPKGS = ['requests', 'urllib3', 'pydantic', 'fastapi', 'sqlalchemy', 'numpy', 'pandas', 'boto3', 'celery', 'httpx'];
function packageManifest(d) {
  const v = R.int(0, 5);
  const mirror = `https://npm.mirror.${dom()}`;
  if (v === 0) {
    d.add(F`{\n  "name": "@${corp()}/web",\n  "version": "${lk('version')}",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n`);
    const pk = C.uniq(PKGS);
    let first = true;
    d.fill(() => { const n = pk(); const ver = LK.version().replace(/^v/, ''); const out = F`${first ? '' : ',\n'}    "node_modules/${n}": {\n      "version": "${L('version', ver)}",\n      "resolved": "${mirror}/${n}/-/${n}-${ver}.tgz",\n      "integrity": "${lk('integrity')}"${R.chance(0.2) ? ',\n      "dev": true' : ''}\n    }`; first = false; return out; }, target(900, 3500), 30);
    d.add('\n  }\n}\n');
  } else if (v === 1) {
    d.add(F`# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n`);
    const pk = C.uniq(PKGS);
    d.fill(() => { const n = pk(); const ver = LK.version().replace(/^v/, ''); return F`"${n}@${L('semver_range', LK.semverRange())}":\n  version "${L('version', ver)}"\n  resolved "${mirror}/${n}/-/${n}-${ver}.tgz#${L('hash', hexs(40))}"\n  integrity ${lk('integrity')}\n\n`; }, target(900, 3500), 30);
  } else if (v === 2) {
    const pk = C.uniq(PYPKGS);
    d.fill(() => { const n = pk(); const ver = LK.version().replace(/^v/, ''); return F`[[package]]\nname = "${n}"\nversion = "${L('version', ver)}"\noptional = false\npython-versions = ">=3.9"\nfiles = [\n    {file = "${n}-${ver}-py3-none-any.whl", hash = "sha256:${L('hash', hexs(64))}"},\n    {file = "${n}-${ver}.tar.gz", hash = "sha256:${L('hash', hexs(64))}"},\n]\n\n`; }, target(900, 3500), 30);
    d.tryAdd(F`[[tool.poetry.source]]\nname = "internal"\nurl = "https://${user()}:${C.urlPw()}@pypi.internal.${dom()}/simple/"\n`);
  } else if (v === 3) {
    d.add(F`--index-url https://${user()}:${C.urlPw()}@pkgs.${dom()}/simple\n--trusted-host pkgs.${dom()}\n\n`);
    const pk = C.uniq(PYPKGS);
    d.fill(() => { const n = pk(); return F`${n}==${L('version', LK.version().replace(/^v/, ''))} \\\n    --hash=sha256:${L('hash', hexs(64))} \\\n    --hash=sha256:${L('hash', hexs(64))}\n`; }, target(700, 3000), 30);
  } else if (v === 4) {
    const mods = ['golang.example/x/net', 'golang.example/x/sys', `git.${dom()}/${corp()}/sdk`, 'gopkg.example/yaml.v3', `git.${dom()}/platform/log`];
    d.fill(() => { const m = R.pick(mods); const ver = 'v' + LK.version().replace(/^v/, ''); return F`${m} ${L('version', ver)} h1:${L('hash', R.bytes(32).toString('base64'))}\n${m} ${L('version', ver)}/go.mod h1:${L('hash', R.bytes(32).toString('base64'))}\n`; }, target(700, 3200));
  } else {
    d.add(F`{\n  "name": "@${corp()}/${R.pick(['sdk', 'cli', 'ui-kit'])}",\n  "version": "${lk('version')}",\n  "author": "${C.per()} <${em()}>",\n  "contributors": [\n    "${C.per()} <${em()}>",\n    "${C.per()} (${`https://${R.pick(['blog', 'dev'])}.${dom()}`})"\n  ],\n  "repository": "git+https://git.${dom()}/${corp()}/sdk.git",\n  "publishConfig": { "registry": "${mirror}/" },\n  "dependencies": {\n`);
    const pk = C.uniq(PKGS);
    let first = true;
    d.fill(() => { const o = F`${first ? '' : ',\n'}    "${pk()}": "${L('semver_range', LK.semverRange())}"`; first = false; return o; }, R.int(800, 1500), 60, 12);
    d.add(F`\n  }\n}\n\n$ cat .npmrc\n@${corp()}:registry=${mirror}/\n//npm.mirror.${dom()}/:_authToken=${sec('NPM_ACCESS_TOKEN')}\nalways-auth=true\n`);
  }
}
// ---------------------------------------------------------------- ansible_vars
function ansibleVars(d) {
  d.add(F`---\n# group_vars/${R.pick(['all', 'prod', 'web', 'db'])}.yml — managed by ${C.per()}\nansible_user: ${user()}\nansible_become_pass: "${S('ADMIN_PASSWORD', SEC.pwValue())}"\nntp_servers: [${lk('hostname')}]\n`);
  const k = C.pemKey();
  const kn = { PRIVATE_KEY_PGP: 'release_signing_key', PRIVATE_KEY_ENCRYPTED: 'tls_key_encrypted', PRIVATE_KEY_PKCS8: 'service_tls_key' }[k.e] || 'deploy_ssh_private_key';
  d.add(F`${kn}: |\n  ${S(k.e, C.indentPem(k.pem, '  '))}\n`);
  const top = C.uniq(['users', 'admins', 'service_users', 'db_users']);
  const vk = C.uniq(['vault_db_password', 'vault_smtp_password', 'vault_api_token', 'vault_ldap_bind', 'vault_backup_key']);
  let fw = false;
  d.fill(() => R.pick([
    () => { const e = entry('snake'); return F`${e.key}: ${typeof e.val === 'string' ? e.val : yv(e.val)}\n`; },
    () => { const p = PII.person(); return F`${top()}:\n  - name: ${PII.handleOf(p)}\n    comment: "${C.perP(p, 'gf')}"\n    password_plain: "${S('SERVICE_ACCOUNT_PASSWORD', SEC.pwValue())}"\n`; },
    () => F`${vk()}: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${L('ciphertext', hexs(64))}\n  ${L('ciphertext', hexs(64))}\n  ${L('ciphertext', hexs(R.int(20, 64)))}\n`,
    () => { if (fw) return ''; fw = true; return F`firewall_allow: [${lk('cidr')}, ${lk('cidr')}]\n`; },
  ])(), target(600, 3600), 0, 20);
}
const wrapReset = (o) => Object.fromEntries(Object.entries(o).map(([k, f]) => [k, (d) => { resetKeys(); return f(d); }]));
export const CONFIG_KINDS = wrapReset({
  dotenv, yaml_config: yamlConfig, toml_config: tomlConfig, ini_config: iniConfig, hcl_config: hclConfig, xml_config: xmlConfig,
  properties, systemd_unit: systemdUnit, webserver_conf: webserverConf, docker_compose: dockerCompose, helm_values: helmValues,
  ci_config: ciConfig, source_code: sourceCode, credential_file: credentialFile, package_manifest: packageManifest, ansible_vars: ansibleVars,
});
