// blind7: shared building blocks for documents (config entries, renderers, connection strings).
import { F, S, L, flat, mapFrag, jesc, pick, ri, chance, shuffle, b64s, hex, digits, lowerNum, uuid, isTok } from './lib.mjs';
import { sec, keyFor, nextKind, password, KINDS } from './secrets.mjs';
import * as LK from './look.mjs';

export const HOSTS = ['db.internal.acme.example', 'pg-main.prod.test', '10.20.4.17', 'mysql-ro.corp.example', 'warehouse.data.test', 'db.staging.invalid'];
export const NEUTRAL = [['PORT', () => String(pick([3000, 8080, 8443, 5000, 9000]))], ['LOG_LEVEL', () => pick(['info', 'debug', 'warn'])], ['NODE_ENV', () => 'production'], ['REGION', () => pick(['eu-west-1', 'us-east-2', 'ap-northeast-1', 'eu-central-1'])], ['TIMEOUT_MS', () => String(pick([1500, 3000, 30000]))], ['WORKERS', () => String(ri(2, 16))], ['FEATURE_NEW_CHECKOUT', () => pick(['true', 'false'])], ['DB_NAME', () => pick(['orders', 'billing', 'app_prod', 'analytics'])], ['CACHE_TTL', () => String(ri(60, 3600))], ['APP_NAME', () => pick(['ledger-api', 'checkout', 'notifier', 'search-indexer'])], ['MAX_UPLOAD_MB', () => String(pick([10, 25, 100]))], ['TZ', () => pick(['UTC', 'Europe/Berlin', 'Asia/Tokyo'])], ['SENTRY_ENVIRONMENT', () => 'prod'], ['CORS_ORIGINS', () => 'https://app.acme.example,https://admin.acme.example']];
const LOOK_KEYS = [
  [() => LK.placeholder(), () => pick(['STRIPE_SECRET_KEY', 'API_TOKEN', 'OPENAI_API_KEY', 'DB_PASSWORD', 'SMTP_PASSWORD', 'GITHUB_TOKEN'])],
  [() => LK.envRef(), () => pick(['DATABASE_PASSWORD', 'SLACK_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'API_KEY'])],
  [() => LK.gitSha(), () => pick(['GIT_COMMIT', 'SOURCE_VERSION', 'BUILD_SHA'])],
  [() => LK.uuidL(), () => pick(['TENANT_ID', 'AZURE_TENANT_ID', 'PROJECT_ID', 'INSTANCE_ID'])],
  [() => LK.digest(), () => pick(['IMAGE_DIGEST', 'BASE_IMAGE'])],
  [() => LK.version(), () => pick(['APP_VERSION', 'RELEASE', 'SCHEMA_VERSION'])],
  [() => LK.hostname(), () => pick(['DB_HOST', 'REDIS_HOST', 'KAFKA_BROKER', 'LDAP_HOST'])],
  [() => LK.awsExample(), () => pick(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'])],
  [() => LK.stripePk(), () => 'STRIPE_PUBLISHABLE_KEY'],
  [() => LK.mapboxPk(), () => 'MAPBOX_PUBLIC_TOKEN'],
  [() => LK.ts(), () => pick(['BUILD_TIME', 'CREATED_AT'])],
  [() => LK.hashL(), () => pick(['ASSET_CHECKSUM', 'CONFIG_HASH', 'ETAG'])],
  [() => LK.redacted(), () => pick(['OPENAI_API_KEY', 'PAYMENT_KEY', 'TOKEN'])],
  [() => LK.hexColor(), () => pick(['BRAND_COLOR', 'THEME_PRIMARY'])],
];
export function lookEntry() { const [g, k] = pick(LOOK_KEYS); return { k: k(), v: g() }; }
export function secEntry(filter) { const kind = nextKind(filter); return { k: keyFor(kind), v: sec(kind), kind }; }
export function neutralEntry() { const [k, g] = pick(NEUTRAL); return { k, v: g() }; }
export function entries(nSec, nLook, nNeu, filter) {
  const out = []; for (let i = 0; i < nSec; i++) out.push(secEntry(filter)); for (let i = 0; i < nLook; i++) out.push(lookEntry()); for (let i = 0; i < nNeu; i++) out.push(neutralEntry());
  const seen = new Set(); return shuffle(out).filter((e) => (seen.has(e.k) ? false : seen.add(e.k)));
}
const needsQuote = (s) => /[\s#"'$&;=]/.test(s);
const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const camel = (k) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const dotted = (k) => k.toLowerCase().replace(/_/g, '.');
const q = (v, style) => { const s = flat(v); if (style === 'dq') return F`"${mapFrag(v, jesc)}"`; if (style === 'sq') return F`'${v}'`; return needsQuote(s) ? F`"${mapFrag(v, jesc)}"` : v; };
export const RENDER = {
  dotenv: (es) => es.map((e) => F`${chance(0.15) ? 'export ' : ''}${e.k}=${chance(0.3) ? q(e.v, pick(['dq', 'sq'])) : q(e.v)}${chance(0.1) ? '  # ' + pick(['rotate quarterly', 'prod', 'ask ops', 'TODO move to vault']) : ''}\n`),
  yaml: (es, ind = '') => es.map((e) => F`${ind}${camel(e.k)}: ${chance(0.4) ? q(e.v, 'dq') : q(e.v)}\n`),
  toml: (es) => es.map((e) => F`${e.k.toLowerCase()} = "${mapFrag(e.v, jesc)}"\n`),
  ini: (es) => es.map((e) => F`${e.k.toLowerCase()}${pick([' = ', '=', ' : '])}${e.v}\n`),
  json: (es, ind = '  ') => [F`{\n`, es.map((e, i) => F`${ind}"${camel(e.k)}": "${mapFrag(e.v, jesc)}"${i < es.length - 1 ? ',' : ''}\n`), F`}\n`],
  hcl: (es) => es.map((e) => F`  ${e.k.toLowerCase()} = "${mapFrag(e.v, jesc)}"\n`),
  xml: (es) => es.map((e) => F`    <add key="${e.k}" value="${mapFrag(e.v, xmlEsc)}" />\n`),
  properties: (es, prefix = 'app.') => es.map((e) => F`${prefix}${dotted(e.k)}=${e.v}\n`),
  docker: (es) => es.map((e) => F`${chance(0.3) ? 'ARG' : 'ENV'} ${e.k}=${q(e.v, 'dq')}\n`),
  compose: (es, ind = '      ') => es.map((e) => chance(0.5) ? F`${ind}- ${e.k}=${e.v}\n` : F`${ind}- "${e.k}=${mapFrag(e.v, jesc)}"\n`),
  composeMap: (es, ind = '      ') => es.map((e) => F`${ind}${e.k}: ${q(e.v, chance(0.5) ? 'dq' : null)}\n`),
};

// connection strings of many databases and brokers; password labelled (URL-encoded where in a URL)
const u = (t) => ({ ...t, v: encodeURIComponent(t.v) });
export const CONN = [
  () => F`postgres://${pick(['app', 'ledger_rw', 'postgres'])}:${u(sec('POSTGRES_PASSWORD'))}@${pick(HOSTS)}:5432/${pick(['orders', 'ledger'])}?sslmode=require`,
  () => F`postgresql+psycopg://etl:${u(sec('POSTGRES_PASSWORD'))}@warehouse.data.test/analytics`,
  () => F`jdbc:postgresql://pg-main.prod.test:5432/app?user=app_rw&password=${u(sec('POSTGRES_PASSWORD'))}&ssl=true`,
  () => F`mysql://${pick(['root', 'wp', 'shop'])}:${u(sec('MYSQL_PASSWORD'))}@mysql-ro.corp.example:3306/${pick(['shop', 'wordpress'])}`,
  () => F`jdbc:mysql://mysql-ro.corp.example:3306/crm?user=crm&password=${u(sec('MYSQL_PASSWORD'))}&useSSL=true`,
  () => F`mongodb+srv://${pick(['svc-api', 'admin'])}:${u(sec('MONGODB_PASSWORD'))}@cluster0.${lowerNum(5)}.mongo.acme.example/${pick(['prod', 'catalog'])}?retryWrites=true&w=majority`,
  () => F`mongodb://root:${u(sec('MONGODB_PASSWORD'))}@mongo-0.db.test:27017,mongo-1.db.test:27017/admin?replicaSet=rs0`,
  () => F`redis://:${u(sec('REDIS_PASSWORD'))}@cache-03.eu-west.corp.example:6379/0`,
  () => F`rediss://default:${u(sec('REDIS_PASSWORD'))}@redis.queue.test:6380`,
  () => F`amqp://${pick(['guest-ops', 'orders'])}:${u(sec('RABBITMQ_PASSWORD'))}@mq.acme.example:5672/${pick(['%2F', 'prod'])}`,
  () => F`amqps://worker:${u(sec('RABBITMQ_PASSWORD'))}@broker.events.test/vhost1`,
  () => F`Server=tcp:sql-prod.acme.example,1433;Initial Catalog=Billing;User ID=sa;Password=${sec('MSSQL_PASSWORD')};Encrypt=True;TrustServerCertificate=False`,
  () => F`Data Source=sqlsrv01.corp.example;Database=HR;User Id=hr_app;Password=${sec('MSSQL_PASSWORD')};`,
  () => F`${pick(['scott', 'hr'])}/${sec('ORACLE_PASSWORD')}@//ora-db.corp.example:1521/ORCLPDB1`,
  () => F`https://elastic:${u(sec('ELASTICSEARCH_PASSWORD'))}@es-logs.ops.acme.example:9200`,
  () => F`clickhouse://default:${u(sec('CLICKHOUSE_PASSWORD'))}@ch-1.analytics.test:9000/events`,
  () => F`nats://relay:${u(sec('NATS_PASSWORD'))}@nats.stream.example:4222`,
  () => F`smtp://${pick(['apikey', 'postmaster@acme.example'.replace('@', '%40')])}:${u(sec('SMTP_PASSWORD'))}@smtp.mail.example:587`,
  () => F`ftp://uploader:${u(sec('FTP_PASSWORD'))}@ftp.files.acme.example/incoming/`,
  () => F`snowflake://etl_user:${u(sec('SNOWFLAKE_PASSWORD'))}@acme-eu1/ANALYTICS/PUBLIC?warehouse=WH_XS`,
  () => F`DefaultEndpointsProtocol=https;AccountName=acmeprod${lowerNum(4)};AccountKey=${sec('AZURE_STORAGE_ACCOUNT_KEY')};EndpointSuffix=core.storage.example`,
  () => F`Endpoint=sb://acme-events.servicebus.example/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sec('AZURE_SERVICEBUS_SAS_KEY')}`,
  () => F`AccountEndpoint=https://acme-cosmos.documents.example:443/;AccountKey=${sec('AZURE_COSMOSDB_KEY')};`,
  () => F`mysql://${pick(['app', 'admin'])}:${sec('PLANETSCALE_PASSWORD')}@aws.connect.psdb.example/shop?sslaccept=strict`,
  () => F`org.apache.kafka.common.security.plain.PlainLoginModule required username="${pick(['ABCD', 'KAFKA'])}${digits(6)}" password="${sec('CONFLUENT_API_SECRET')}";`,
  () => F`cassandra://ops:${u(sec('CASSANDRA_PASSWORD'))}@cass-1.db.test:9042/metrics`,
];
export const conn = () => pick(CONN)();
// kinds that read as an API key / token when pasted in prose or sent as an API key header
const NOT_API = /(_PASSWORD|PSK|DJANGO_SECRET_KEY|RAILS_|LARAVEL_APP_KEY|NEXTAUTH_SECRET|SESSION_SECRET|ENCRYPTION_KEY|ERLANG_COOKIE|AGE_SECRET_KEY|AWS_SESSION_TOKEN|JWT_SIGNING_SECRET|FLY_IO_TOKEN|SECRET_ACCESS_KEY|ACCESS_KEY_SECRET)$/;
export const apiKind = () => nextKind((k) => !NOT_API.test(k));
export const apiTok = () => sec(apiKind());
export function kvPair(filter) { const k = nextKind(filter); return F`${keyFor(k)}=${sec(k)}`; }
export const ENTITY_OF_CONN = null;
export { LK, sec, keyFor, nextKind, password, KINDS };
