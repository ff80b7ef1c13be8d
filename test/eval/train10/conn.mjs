// connection strings / URLs with credentials of many kinds; only the secret part is labelled
import { S, T, CS } from './h.mjs';
import { password, urlSafePw, WORDS } from './secrets.mjs';

const host = (r, svc) => `${r.pick([svc + '-' + r.pick(['prod', 'stg', 'primary', 'eu1']), svc, r.pick(WORDS) + '-' + svc])}.${r.pick(['internal.acme.example', 'corp.example', 'svc.test', 'db.orbit.example', 'prod.invalid'])}`;
const user = (r) => r.pick(['app', 'svc_orders', 'admin', 'readonly', 'etl_user', 'root', 'deploy', 'billing_rw', r.pick(WORDS) + '_svc']);
const enc = (r) => { const p = password(r); return r.chance(0.6) ? encodeURIComponent(p) : urlSafePw(r); };

export const CONN = [
  (r) => T`postgres://${user(r)}:${S('POSTGRES_PASSWORD', enc(r))}@${host(r, 'pg')}:5432/${r.pick(['orders', 'app', 'analytics'])}${r.pick(['', '?sslmode=require'])}`,
  (r) => T`postgresql://${user(r)}:${S('POSTGRES_PASSWORD', enc(r))}@${host(r, 'postgres')}/${r.pick(['core', 'ledger'])}`,
  (r) => T`mysql://${user(r)}:${S('MYSQL_PASSWORD', enc(r))}@${host(r, 'mysql')}:3306/${r.pick(['shop', 'wp', 'crm'])}`,
  (r) => T`mongodb+srv://${user(r)}:${S('MONGODB_PASSWORD', enc(r))}@cluster0.${r.str(5, CS.lowdig)}.mongo.example/${r.pick(['events', 'users'])}?retryWrites=true&w=majority`,
  (r) => T`mongodb://${user(r)}:${S('MONGODB_PASSWORD', enc(r))}@${host(r, 'mongo')}:27017,${host(r, 'mongo')}:27017/?replicaSet=rs0&authSource=admin`,
  (r) => T`redis://${r.pick(['default', ''])}:${S('REDIS_PASSWORD', urlSafePw(r))}@${host(r, 'redis')}:6379/0`,
  (r) => T`rediss://:${S('REDIS_PASSWORD', urlSafePw(r))}@${host(r, 'cache')}:6380`,
  (r) => T`amqp://${user(r)}:${S('RABBITMQ_PASSWORD', enc(r))}@${host(r, 'rabbit')}:5672/${r.pick(['%2F', 'jobs'])}`,
  (r) => T`amqps://${user(r)}:${S('RABBITMQ_PASSWORD', enc(r))}@${host(r, 'mq')}/vhost`,
  (r) => T`Server=tcp:${host(r, 'sql')},1433;Initial Catalog=${r.pick(['Payroll', 'Inventory'])};User ID=${user(r)};Password=${S('MSSQL_SA_PASSWORD', password(r).replace(/;/g, ''))};Encrypt=True;`,
  (r) => T`jdbc:postgresql://${host(r, 'pg')}:5432/${r.pick(['billing', 'hr'])}?user=${user(r)}&password=${S('DATABASE_PASSWORD', urlSafePw(r))}&ssl=true`,
  (r) => T`jdbc:mysql://${host(r, 'mysql')}:3306/app?user=${user(r)}&password=${S('MYSQL_PASSWORD', urlSafePw(r))}`,
  (r) => T`jdbc:oracle:thin:${user(r)}/${S('ORACLE_PASSWORD', urlSafePw(r))}@//${host(r, 'ora')}:1521/ORCLPDB1`,
  (r) => T`smtp://${r.pick(['mailer', 'noreply', 'alerts'])}%40acme.example:${S('SMTP_PASSWORD', enc(r))}@smtp.acme.example:587`,
  (r) => T`ftp://${user(r)}:${S('FTP_PASSWORD', enc(r))}@ftp.${r.pick(['partner', 'files'])}.example/outbound/`,
  (r) => T`https://${r.pick(['ci-bot', 'oauth2', 'x-access-token'])}:${S('GITHUB_PAT', gh(r))}@git.acme.example/${r.pick(['platform', 'infra'])}/${r.pick(['deploy', 'charts', 'terraform'])}.git`,
  (r) => T`http://${r.pick(['proxyuser', 'squid'])}:${S('PROXY_PASSWORD', urlSafePw(r))}@proxy.corp.example:3128`,
  (r) => T`clickhouse://${user(r)}:${S('DATABASE_PASSWORD', urlSafePw(r))}@${host(r, 'ch')}:9440/default?secure=true`,
  (r) => T`nats://${user(r)}:${S('DATABASE_PASSWORD', urlSafePw(r))}@${host(r, 'nats')}:4222`,
  (r) => T`mqtt://${r.pick(['sensor', 'gateway'])}:${S('USER_PASSWORD', urlSafePw(r))}@broker.iot.example:1883`,
  (r) => T`snowflake://${user(r)}:${S('SNOWFLAKE_PASSWORD', enc(r))}@${r.str(7, CS.lowdig)}-${r.pick(['eu', 'us'])}/ANALYTICS/PUBLIC?warehouse=COMPUTE_WH`,
  (r) => T`ldaps://${host(r, 'ldap')}:636 (bind cn=svc-ldap,ou=services,dc=acme,dc=example / ${S('LDAP_BIND_PASSWORD', password(r))})`,
  (r) => T`DefaultEndpointsProtocol=https;AccountName=${r.pick(WORDS)}store${r.digits(2)};AccountKey=${S('AZURE_STORAGE_ACCOUNT_KEY', Buffer.from(r.bytes(64)).toString('base64'))};BlobEndpoint=https://blob.storage.example/`,
  (r) => T`Host=${host(r, 'pg')};Port=5432;Database=${r.pick(['tickets', 'app'])};Username=${user(r)};Password=${S('POSTGRES_PASSWORD', password(r).replace(/;/g, ''))}`,
];
import { base62, crc32 } from './lib.mjs';
function gh(r) { const b = r.str(30, CS.b62); return 'ghp_' + b + base62(crc32(b), 6); }
export const conn = (r) => r.pick(CONN)(r);
const DB = [0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 17, 20, 23];
export const dbconn = (r) => CONN[r.pick(DB)](r);
