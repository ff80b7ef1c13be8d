// Per-document context: the PRNG, the document language, and short-hands for values,
// with a global tally used to spread picks evenly over secret kinds.
import * as P from './pii.mjs';
import { L } from './lookalikes.mjs';
import { S as mkS, SECRET_KINDS, keyFor, humanPassword, machinePassword, passphrase, anyPassword } from './secrets.mjs';
import { LANGS } from './langs.mjs';
import { fill, sec } from './builder.mjs';

export const TALLY = { sec: {}, tag: {} };
export function resetTally() { TALLY.sec = {}; TALLY.tag = {}; }
export const USERS = ['deploy', 'svc_backup', 'ci-runner', 'admin', 'root', 'app', 'etl_user', 'readonly', 'postgres', 'sa', 'ops', 'jenkins', 'grafana', 'reporting', 'svc-billing',
  'webapp', 'replicator', 'monitor', 'backup', 'dbadmin', 'api', 'sync', 'integration', 'batch01', 'u4821', 'mk2041', 'tst_user', 'loader', 'nagios', 'kafka-connect', 'bi_reader'];
export const DOMAINS = ['corp.example', 'internal.example', 'fabrikam.test', 'northwind.example', 'prod.acme.example', 'lan.test', 'intra.example', 'svc.cluster.test', 'eu1.shop.example', 'dc2.example'];

export class Ctx {
  constructor(r, d, lang) { this.r = r; this.d = d; this.lang = lang; this.L = L; }
  // ---- secrets ----
  S(ent, enc = 'plain', opts = {}) { TALLY.sec[ent] = (TALLY.sec[ent] || 0) + 1; return mkS(this.r, ent, enc, opts); }
  pw(ent = 'USER_PASSWORD', { safe = true, enc = 'plain', raw } = {}) {
    const k = SECRET_KINDS[ent];
    const r = this.r;
    const value = raw ?? (k.password && !['IPSEC_PRESHARED_KEY', 'SNMP_COMMUNITY_STRING', 'INFLUXDB_TOKEN', 'USER_PASSPHRASE', 'BORG_PASSPHRASE', 'BACKUP_ENCRYPTION_PASSPHRASE', 'WIFI_PASSPHRASE'].includes(ent)
      ? (ent === 'USER_PASSWORD' ? humanPassword(r, { safe }) : anyPassword(r, { safe })) : k.gen(r));
    return this.S(ent, enc, { raw: value });
  }
  pick(list) { // balanced: prefer kinds used least so far
    const r = this.r; const w = list.map((e) => [1 / Math.pow(1 + (TALLY.sec[e] || 0), 2), e]);
    return r.weighted(w);
  }
  pickN(list, n) { const pool = list.slice(), out = []; while (out.length < n && pool.length) { const e = this.pick(pool); out.push(e); pool.splice(pool.indexOf(e), 1); } return out; }
  key(ent, style) { return keyFor(this.r, ent, style); }
  // ---- people & places ----
  info(opts = {}) { return P.personInfo(this.r, { lang: this.lang, ...opts }); }
  person(opts = {}) { return P.person(this.r, { lang: this.lang, ...opts }); }
  nameEmail(open = ' <', close = '>') { const info = this.info(); return [P.personVal(info, this.r.chance(0.85) ? 'full' : 'reversed'), open, P.emailFor(this.r, info), close]; }
  given(opts = {}) { return P.personVal(this.info(opts), 'given'); }
  email(info) { return info ? P.emailFor(this.r, info) : P.email(this.r, { lang: this.lang }); }
  phone(plan) { return P.phone(this.r, plan); }
  countryObj() { return P.countryFor(this.r, this.lang); }
  city(c) { return P.city(this.r, c || this.countryObj()); }
  country(c) { return P.country(this.r, c || this.countryObj()); }
  street(c) { return P.street(this.r, c || this.countryObj()); }
  address(c, withCountry) { return P.address(this.r, c || this.countryObj(), withCountry); }
  ip() { return P.clientIp(this.r); }
  // ---- infrastructure (neutral strings) ----
  user() { return this.r.pick(USERS); }
  domain() { return this.r.pick(DOMAINS); }
  hostStr(kind) {
    const r = this.r; kind = kind || r.pick(['db', 'pg', 'mysql', 'redis', 'mq', 'ldap', 'mail', 'files', 'git', 'vault', 'es', 'kafka', 'api']);
    return r.weighted([[5, `${kind}${r.chance(0.5) ? '-' + r.pick(['prod', 'stg', 'eu', 'primary', 'replica']) : ''}${r.chance(0.5) ? '-' + String(r.int(1, 12)).padStart(2, '0') : ''}.${this.domain()}`],
      [2, `${kind}${r.int(1, 9)}`], [2, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}`], [1, `192.168.${r.int(0, 255)}.${r.int(2, 250)}`]]);
  }
  host() { return L.hostname(this.r); }
  // targets of user@host command lines: bare names or private IPs, so they never read as e-mail addresses
  sshHost(kind) { const r = this.r; return r.chance(0.6) ? `${kind || r.pick(['bastion', 'backup', 'jump', 'build', 'db'])}${r.chance(0.5) ? '-' + r.pick(['eu', 'prod', 'stg', '2']) : ''}${r.chance(0.5) ? String(r.int(1, 9)) : ''}` : `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}`; }
  // ---- language ----
  T(field, slots) {
    const L2 = LANGS[this.lang] || LANGS.en;
    const list = L2[field] || LANGS.en[field];
    return fill(this.r.pick(list), slots);
  }
  passing() { // a person and/or place mentioned in passing, in the document language
    const info = this.info();
    const c = this.countryObj();
    this.tag('pii_lang', this.lang);
    return this.T('people', { name: () => P.personVal(info, this.r.chance(0.7) ? 'full' : 'given'), city: () => this.city(c), phone: () => P.phone(this.r, P.phonePlanFor(c.cc)), email: () => P.emailFor(this.r, info), country: () => this.country(c), street: () => this.street(c) });
  }
  tag(k, v) { this.d.tag(k, v); TALLY.tag[k] ??= {}; TALLY.tag[k][v] = (TALLY.tag[k][v] || 0) + 1; }
}

// ---------- connection strings and credential URLs (25+ schemes) ----------
// returns [fragment, scheme]; the password (or token) is the only labelled part
export const SCHEMES = {
  postgresql: ['POSTGRES_PASSWORD', 5432, '/app'], postgres: ['POSTGRES_PASSWORD', 5432, '/orders'], 'postgresql+psycopg2': ['POSTGRES_PASSWORD', 5432, '/analytics'], 'postgresql+asyncpg': ['POSTGRES_PASSWORD', 5432, '/svc'],
  mysql: ['MYSQL_PASSWORD', 3306, '/shop'], 'mysql+pymysql': ['MYSQL_PASSWORD', 3306, '/cms'], mariadb: ['MYSQL_PASSWORD', 3306, '/wiki'], mongodb: ['MONGODB_PASSWORD', 27017, '/events?authSource=admin'],
  'mongodb+srv': ['MONGODB_PASSWORD', 0, '/prod?retryWrites=true&w=majority'], redis: ['REDIS_PASSWORD', 6379, '/0'], rediss: ['REDIS_PASSWORD', 6380, '/1'], amqp: ['AMQP_PASSWORD', 5672, '/%2F'],
  amqps: ['AMQP_PASSWORD', 5671, '/orders'], mqtt: ['MQTT_PASSWORD', 1883, ''], mqtts: ['MQTT_PASSWORD', 8883, ''], nats: ['SERVICE_ACCOUNT_PASSWORD', 4222, ''], kafka: ['KAFKA_SASL_PASSWORD', 9093, ''],
  smtp: ['SMTP_PASSWORD', 587, ''], smtps: ['SMTP_PASSWORD', 465, ''], imaps: ['IMAP_PASSWORD', 993, '/INBOX'], pop3s: ['IMAP_PASSWORD', 995, ''], ftp: ['FTP_PASSWORD', 21, '/incoming/'],
  ftps: ['FTP_PASSWORD', 990, '/exports/'], sftp: ['SFTP_PASSWORD', 22, '/upload'], ssh: ['SSH_PASSWORD', 22, ''], smb: ['SMB_PASSWORD', 0, '/finance$'], davs: ['WEBDAV_PASSWORD', 0, '/remote.php/dav/files/'],
  https: ['ELASTICSEARCH_PASSWORD', 9200, '/'], http: ['PROXY_PASSWORD', 3128, ''], socks5: ['PROXY_PASSWORD', 1080, ''], socks5h: ['PROXY_PASSWORD', 1080, ''], rtsp: ['ADMIN_PASSWORD', 554, '/Streaming/Channels/101'],
  vnc: ['USER_PASSWORD', 5900, ''], clickhouse: ['CLICKHOUSE_PASSWORD', 9440, '/default?secure=true'], neo4j: ['NEO4J_PASSWORD', 7687, ''], 'neo4j+s': ['NEO4J_PASSWORD', 0, ''], bolt: ['NEO4J_PASSWORD', 7687, ''],
  sqlserver: ['MSSQL_PASSWORD', 1433, '?database=ERP'], 'mssql+pyodbc': ['MSSQL_PASSWORD', 1433, '/ERP?driver=ODBC+Driver+18+for+SQL+Server'], oracle: ['ORACLE_DB_PASSWORD', 1521, '/ORCLPDB1'],
  'oracle+cx_oracle': ['ORACLE_DB_PASSWORD', 1521, '/?service_name=FINPRD'], snowflake: ['SNOWFLAKE_PASSWORD', 0, '/ANALYTICS/PUBLIC?warehouse=REPORTING_WH'], trino: ['SERVICE_ACCOUNT_PASSWORD', 8443, '/hive/default'],
  ircs: ['USER_PASSWORD', 6697, '/#ops'], 'git+https': ['GIT_HTTP_PASSWORD', 0, '/platform/infra.git'], 'svn+ssh': ['SSH_PASSWORD', 0, '/repos/legacy/trunk'], s3: ['AWS_SECRET_KEY', 0, ''], 'cockroachdb': ['POSTGRES_PASSWORD', 26257, '/bank?sslmode=verify-full'],
  couchdb: ['DATABASE_PASSWORD', 5984, '/_all_dbs'], influxdb: ['INFLUXDB_TOKEN', 8086, ''], ldaps: ['LDAP_BIND_PASSWORD', 636, ''],
};
const HOSTKIND = { redis: 'redis', rediss: 'redis', mysql: 'mysql', amqp: 'mq', amqps: 'mq', mqtt: 'mqtt', mqtts: 'mqtt', smtp: 'smtp', smtps: 'smtp', imaps: 'imap', pop3s: 'mail', ftp: 'ftp', ftps: 'ftp', sftp: 'sftp', smb: 'files', davs: 'cloud', https: 'es', http: 'proxy', socks5: 'proxy', socks5h: 'proxy', rtsp: 'cam', vnc: 'desk', kafka: 'kafka', nats: 'nats' };
export function connUrl(c, scheme) {
  const r = c.r; scheme = scheme || r.pick(Object.keys(SCHEMES));
  const [ent, port, path] = SCHEMES[scheme];
  c.tag('scheme', scheme);
  const host = scheme === 'mongodb+srv' ? `cluster0.${r.lower(5)}.mongo.${c.domain()}` : scheme === 'snowflake' ? `${r.pick(['acme', 'fabrikam', 'nwind'])}-${r.pick(['analytics', 'prod', 'bi'])}` : c.hostStr(HOSTKIND[scheme]);
  const hp = host + (port && r.chance(0.8) ? ':' + port : '');
  if (scheme === 's3') { const ak = c.S('AWS_ACCESS_KEY'); const sk = c.S('AWS_SECRET_KEY', 'pct'); return [`s3://`, ak, ':', sk, `@${r.pick(['backups', 'logs', 'exports'])}-${r.lower(5)}/${r.pick(['daily', 'db', 'raw'])}/`]; }
  if (scheme === 'influxdb') return [`influxdb://`, c.user(), ':', c.S('INFLUXDB_TOKEN', 'pct'), `@${hp}/telegraf`];
  if (scheme === 'git+https' && r.chance(0.5)) { const e = c.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_TOKEN']); return [`git+https://`, r.pick(['oauth2', 'x-access-token', c.user()]), ':', c.S(e), `@git.${c.domain()}${path}`]; }
  if (scheme === 'git+https') return [`git+https://${c.user()}:`, c.pw(ent, { enc: 'pct' }), `@git.${c.domain()}${path}`];
  const user = scheme.startsWith('redis') && r.chance(0.5) ? '' : scheme === 'rtsp' ? 'admin' : scheme === 'vnc' ? '' : scheme === 'smb' ? r.pick(['CORP%5Cfinance', c.user()]) : c.user();
  return [`${scheme}://${user}:`, c.pw(ent, { enc: 'pct', safe: r.chance(0.7) }), `@${hp}${path}`];
}
// non-URL connection strings (jdbc, ODBC, ADO.NET, libpq keyword form, Oracle easy connect, Redis-py style)
export const CONNSTR_KINDS = ['jdbc:postgresql', 'jdbc:mysql', 'jdbc:sqlserver', 'jdbc:oracle', 'jdbc:db2', 'jdbc:redshift', 'jdbc:hive2', 'odbc', 'adonet', 'libpq', 'azure-sb', 'azure-storage', 'cosmos'];
export function connString(c, kind) {
  const r = c.r; kind = kind || r.pick(CONNSTR_KINDS); c.tag('scheme', kind);
  const h = c.hostStr('db'), u = c.user();
  switch (kind) {
    case 'jdbc:postgresql': return [`jdbc:postgresql://${h}:5432/${r.pick(['app', 'erp', 'crm'])}?user=${u}&password=`, c.pw('POSTGRES_PASSWORD', { enc: 'pct' }), '&ssl=true'];
    case 'jdbc:mysql': return [`jdbc:mysql://${h}:3306/${r.pick(['shop', 'wp', 'jira'])}?useSSL=true&user=${u}&password=`, c.pw('MYSQL_PASSWORD', { enc: 'pct' })];
    case 'jdbc:sqlserver': return [`jdbc:sqlserver://${h}:1433;databaseName=${r.pick(['ERP', 'HR', 'Billing'])};user=${u};password=`, c.pw('MSSQL_PASSWORD'), ';encrypt=true'];
    case 'jdbc:oracle': return [`jdbc:oracle:thin:${u}/`, c.pw('ORACLE_DB_PASSWORD'), `@//${h}:1521/FINPRD`];
    case 'jdbc:db2': return [`jdbc:db2://${h}:50000/SAMPLE:user=${u};password=`, c.pw('DATABASE_PASSWORD'), ';'];
    case 'jdbc:redshift': return [`jdbc:redshift://${r.lower(8)}.${r.lower(10)}.eu-west-1.redshift.${c.domain()}:5439/dev;UID=${u};PWD=`, c.pw('DATABASE_PASSWORD'), ';'];
    case 'jdbc:hive2': return [`jdbc:hive2://${h}:10000/default;user=${u};password=`, c.pw('SERVICE_ACCOUNT_PASSWORD')];
    case 'odbc': return [`Driver={${r.pick(['ODBC Driver 18 for SQL Server', 'PostgreSQL Unicode', 'MySQL ODBC 8.0 Unicode Driver'])}};Server=${h};Database=${r.pick(['Sales', 'dw'])};Uid=${u};Pwd=`, c.pw('DATABASE_PASSWORD'), ';'];
    case 'adonet': return [`Server=tcp:${h},1433;Initial Catalog=${r.pick(['Orders', 'Identity'])};Persist Security Info=False;User ID=${u};Password=`, c.pw('MSSQL_PASSWORD'), ';MultipleActiveResultSets=False;Encrypt=True;'];
    case 'libpq': return [`host=${h} port=5432 dbname=${r.pick(['app', 'ledger'])} user=${u} password=`, c.pw('POSTGRES_PASSWORD'), ' sslmode=require'];
    case 'azure-sb': return [`Endpoint=sb://${r.lower(8)}.servicebus.${c.domain()}/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=`, c.S('AZURE_SERVICE_BUS_KEY')];
    case 'azure-storage': return [`DefaultEndpointsProtocol=https;AccountName=${r.lower(10)};AccountKey=`, c.S('AZURE_STORAGE_ACCOUNT_KEY'), `;EndpointSuffix=core.${c.domain()}`];
    default: return [`AccountEndpoint=https://${r.lower(8)}.documents.${c.domain()}:443/;AccountKey=`, c.S('AZURE_COSMOSDB_KEY'), ';'];
  }
}

// secret themes for configuration files
export const THEMES = {
  web: ['POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'REDIS_PASSWORD', 'SMTP_PASSWORD', 'SESSION_SECRET', 'DJANGO_SECRET_KEY', 'RAILS_SECRET_KEY_BASE', 'LARAVEL_APP_KEY', 'FLASK_SECRET_KEY', 'NEXTAUTH_SECRET', 'JWT_SIGNING_SECRET', 'SENTRY_USER_TOKEN', 'GOOGLE_OAUTH_CLIENT_SECRET', 'RAILS_MASTER_KEY', 'AUTH0_CLIENT_SECRET', 'OKTA_API_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY', 'OAUTH_CLIENT_SECRET', 'COOKIE'],
  data: ['SNOWFLAKE_PASSWORD', 'KAFKA_SASL_PASSWORD', 'AWS_ACCESS_KEY', 'AWS_SECRET_KEY', 'CLICKHOUSE_PASSWORD', 'ELASTICSEARCH_PASSWORD', 'CASSANDRA_PASSWORD', 'NEO4J_PASSWORD', 'INFLUXDB_TOKEN', 'MONGODB_PASSWORD', 'AZURE_STORAGE_ACCOUNT_KEY', 'AZURE_COSMOSDB_KEY', 'DATA_ENCRYPTION_KEY', 'AWS_SESSION_TOKEN', 'AWS_TEMPORARY_ACCESS_KEY'],
  ops: ['VAULT_SERVICE_TOKEN', 'VAULT_BATCH_TOKEN', 'CONSUL_ACL_TOKEN', 'GRAFANA_SERVICE_ACCOUNT_TOKEN', 'GRAFANA_CLOUD_TOKEN', 'DATADOG_API_KEY', 'DATADOG_APP_KEY', 'NEW_RELIC_LICENSE_KEY', 'NEW_RELIC_USER_API_KEY', 'TERRAFORM_CLOUD_TOKEN', 'PULUMI_ACCESS_TOKEN', 'DOPPLER_SERVICE_TOKEN', 'CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_GLOBAL_API_KEY', 'FASTLY_API_TOKEN', 'DIGITALOCEAN_PAT', 'HEROKU_API_KEY', 'AZURE_AD_CLIENT_SECRET', 'VAULT_APPROLE_SECRET_ID', 'VAULT_UNSEAL_KEY', 'NATS_NKEY_SEED', 'SENTRY_ORG_TOKEN', 'DIGITALOCEAN_OAUTH_TOKEN'],
  ml: ['OPENAI_API_KEY', 'OPENAI_LEGACY_KEY', 'ANTHROPIC_API_KEY', 'ANTHROPIC_ADMIN_KEY', 'HUGGING_FACE_TOKEN', 'REPLICATE_API_TOKEN', 'GROQ_API_KEY', 'PERPLEXITY_API_KEY', 'GOOGLE_API_KEY', 'GENERIC_API_KEY'],
  ci: ['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_TOKEN', 'GITHUB_APP_INSTALLATION_TOKEN', 'GITHUB_OAUTH_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITLAB_RUNNER_TOKEN', 'GITLAB_PIPELINE_TRIGGER_TOKEN', 'NPM_ACCESS_TOKEN', 'RUBYGEMS_API_KEY', 'NUGET_API_KEY', 'CARGO_REGISTRY_TOKEN', 'DOCKER_HUB_PAT', 'SONARQUBE_TOKEN', 'ARTIFACTORY_API_KEY', 'JENKINS_API_TOKEN', 'ARTIFACT_REPOSITORY_PASSWORD', 'AZURE_DEVOPS_PAT', 'JAVA_KEYSTORE_PASSWORD', 'PKCS12_EXPORT_PASSWORD', 'GITHUB_APP_USER_TOKEN', 'GITHUB_REFRESH_TOKEN'],
  comm: ['TWILIO_AUTH_TOKEN', 'TWILIO_API_SECRET', 'SENDGRID_API_KEY', 'MAILGUN_API_KEY', 'MAILCHIMP_API_KEY', 'POSTMARK_SERVER_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_USER_TOKEN', 'SLACK_APP_LEVEL_TOKEN', 'DISCORD_BOT_TOKEN', 'TELEGRAM_BOT_TOKEN', 'ATLASSIAN_API_TOKEN', 'LINEAR_API_KEY', 'NOTION_INTEGRATION_TOKEN', 'AIRTABLE_PAT', 'FIGMA_PAT', 'POSTMAN_API_KEY', 'SMTP_PASSWORD', 'IMAP_PASSWORD'],
  payments: ['STRIPE_SECRET_KEY', 'STRIPE_RESTRICTED_KEY', 'STRIPE_WEBHOOK_SECRET', 'BRAINTREE_ACCESS_TOKEN', 'PAYPAL_CLIENT_SECRET', 'SQUARE_ACCESS_TOKEN', 'SQUARE_APP_SECRET', 'SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_SHARED_SECRET', 'WEBHOOK_SIGNING_SECRET', 'HMAC_SIGNING_KEY'],
  inhouse: Object.keys(SECRET_KINDS).filter((e) => SECRET_KINDS[e].inhouse),
  infra: ['LDAP_BIND_PASSWORD', 'SMB_PASSWORD', 'FTP_PASSWORD', 'SFTP_PASSWORD', 'WEBDAV_PASSWORD', 'RSYNC_PASSWORD', 'PROXY_PASSWORD', 'RESTIC_REPOSITORY_PASSWORD', 'BORG_PASSPHRASE', 'BACKUP_ENCRYPTION_PASSPHRASE', 'ANSIBLE_VAULT_PASSWORD', 'IPMI_PASSWORD', 'ADMIN_PASSWORD', 'ROOT_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD', 'MSSQL_PASSWORD', 'ORACLE_DB_PASSWORD', 'DATABASE_PASSWORD', 'AMQP_PASSWORD', 'MQTT_PASSWORD', 'TOTP_SECRET'],
};
THEMES.web = THEMES.web.filter((e) => SECRET_KINDS[e]);
export const THEME_NAMES = Object.keys(THEMES);
export function themedEnts(c, n) {
  const r = c.r; const th = r.picks(THEME_NAMES, r.int(1, 2));
  const pool = [...new Set(th.flatMap((t) => THEMES[t]))];
  const out = [];
  for (let i = 0; i < n && pool.length; i++) { const e = c.pick(pool); out.push(e); pool.splice(pool.indexOf(e), 1); }
  return out;
}
