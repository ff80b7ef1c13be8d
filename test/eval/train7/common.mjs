// Shared building blocks for the document templates.
import { S, P, L, f, pick, int, chance, rs, digits, nz, ALNUM, HEX, LO, UP, B64, card, iban, ssn, itin, passport, dea, nhs, btc, clientIp, publicIp, ipv6, email, phone, dl, bankAcct, routing } from './lib.mjs';
import { draw, urlpw, password, KIND } from './secrets.mjs';
import { person, city, street, country, addr, addrIn } from './people.mjs';
export const US_ADDR = () => ADDR(false, addrIn('US'));
export { S, P, L, f };

export const sx = (which) => { const d = draw(which); return { ...d, s: S(d.e, d.v) }; };
export const HOSTS = ['db-primary.internal.example', 'pg.prod.acme.example', 'mysql-02.dc1.corp.example', 'cache.svc.cluster.test', 'mq.eu-west.globex.example', 'sql01.fin.initech.test', 'mongo-rs0.data.example', '10.20.4.17', 'warehouse.analytics.example', 'kafka-1.stream.corp.example', 'ldap.corp.example', 'smtp.mailrelay.example', 'files.acme.example'];
const USERS = ['app', 'svc_orders', 'admin', 'root', 'deploy', 'etl_reader', 'sa', 'backend', 'reporting', 'jenkins', 'postgres', 'ci-bot'];
// connection strings / URLs with a labelled password. returns pieces.
export const CONN = ['postgres', 'postgresql', 'mysql', 'mongodb', 'mongosrv', 'redis', 'rediss', 'amqp', 'mssql', 'jdbcpg', 'jdbcmysql', 'oracle', 'sqlalchemy', 'clickhouse', 'ldap', 'ftp', 'smtp', 'elastic', 'neo4j', 'nats', 'mqtt', 'couchbase', 'snowflake', 'gitbasic', 'odbc', 'kafkajaas'];
export function conn(kind) {
  kind = kind || pick(CONN);
  const u = pick(USERS), h = pick(HOSTS), db = pick(['app', 'orders', 'billing', 'crm', 'analytics', 'inventory']);
  const pw = urlpw();
  switch (kind) {
    case 'postgres': return f`postgres://${u}:${S('POSTGRES_PASSWORD', pw)}@${h}:5432/${db}`;
    case 'postgresql': return f`postgresql://${u}:${S('POSTGRES_PASSWORD', pw)}@${h}/${db}?sslmode=require`;
    case 'mysql': return f`mysql://${u}:${S('MYSQL_PASSWORD', pw)}@${h}:3306/${db}`;
    case 'mongodb': return f`mongodb://${u}:${S('MONGODB_PASSWORD', pw)}@${h}:27017/${db}?authSource=admin`;
    case 'mongosrv': return f`mongodb+srv://${u}:${S('MONGODB_PASSWORD', pw)}@cluster0.${rs(LO + '0123456789', 5)}.mongo.example/${db}?retryWrites=true&w=majority`;
    case 'redis': return f`redis://:${S('REDIS_PASSWORD', pw)}@${h}:6379/0`;
    case 'rediss': return f`rediss://default:${S('REDIS_PASSWORD', pw)}@${h}:6380`;
    case 'amqp': return f`amqps://${u}:${S('RABBITMQ_PASSWORD', pw)}@${h}:5671/%2F`;
    case 'mssql': return f`Server=tcp:${h},1433;Initial Catalog=${db};User ID=${u};Password=${S('MSSQL_PASSWORD', pw)};Encrypt=True;`;
    case 'jdbcpg': return f`jdbc:postgresql://${h}:5432/${db}?user=${u}&password=${S('POSTGRES_PASSWORD', pw)}&ssl=true`;
    case 'jdbcmysql': return f`jdbc:mysql://${h}:3306/${db}?user=${u}&password=${S('MYSQL_PASSWORD', pw)}&useSSL=true`;
    case 'oracle': return f`jdbc:oracle:thin:${u}/${S('ORACLE_PASSWORD', pw)}@${h}:1521/ORCLPDB1`;
    case 'sqlalchemy': return f`mysql+pymysql://${u}:${S('MYSQL_PASSWORD', pw)}@${h}/${db}?charset=utf8mb4`;
    case 'clickhouse': return f`clickhouse://${u}:${S('CLICKHOUSE_PASSWORD', pw)}@${h}:9440/${db}?secure=true`;
    case 'ldap': return f`ldaps://${h}:636 (bind cn=${u},ou=svc,dc=corp,dc=example / ${S('LDAP_BIND_PASSWORD', pw)})`;
    case 'ftp': return f`sftp://${u}:${S('FTP_PASSWORD', pw)}@${h}:22/upload/`;
    case 'smtp': return f`smtp://${u}%40mailrelay.example:${S('SMTP_PASSWORD', pw)}@smtp.mailrelay.example:587`;
    case 'elastic': return f`https://elastic:${S('ELASTICSEARCH_PASSWORD', pw)}@search.logs.example:9200`;
    case 'neo4j': return f`neo4j+s://neo4j:${S('NEO4J_PASSWORD', pw)}@graph.data.example:7687`;
    case 'nats': return f`nats://${u}:${S('NATS_PASSWORD', pw)}@nats.msg.example:4222`;
    case 'mqtt': return f`mqtts://${u}:${S('MQTT_PASSWORD', pw)}@broker.iot.example:8883`;
    case 'couchbase': return f`couchbases://cb.data.example?username=${u}&password=${S('COUCHBASE_PASSWORD', pw)}`;
    case 'snowflake': return f`snowflake://${u}:${S('SNOWFLAKE_PASSWORD', pw)}@acme-xy12345/${db}/PUBLIC?warehouse=COMPUTE_WH`;
    case 'gitbasic': { const t = draw(pick(['GITHUB_PAT', 'GITLAB_PAT', 'BITBUCKET_APP_PASSWORD', 'AZURE_DEVOPS_PAT'])); return f`https://${pick(['oauth2', 'x-access-token', u])}:${S(t.e, t.v)}@git.corp.example/${pick(['platform', 'infra', 'mobile'])}/${pick(['api', 'deploy-scripts', 'ios-app'])}.git`; }
    case 'odbc': return f`Driver={ODBC Driver 18 for SQL Server};Server=${h};Database=${db};Uid=${u};Pwd=${S('MSSQL_PASSWORD', pw)};`;
    case 'kafkajaas': return f`org.apache.kafka.common.security.plain.PlainLoginModule required username="${rs(UP + '0123456789', 16)}" password="${S('KAFKA_SASL_PASSWORD', rs(ALNUM + '+/', 64))}";`;
  }
}
// PII helpers: return spans
export const PERSON = (p) => P('PERSON', (p || person()).full);
export const mkPerson = (opts) => { const p = person(opts); p.email = email(p.native ? '' : p.first, p.native ? '' : p.last.split(' ')[0]); return p; };
export const LOC = (v) => P('LOCATION', v || city());
// coherent street + city (+ country) of one region; a.cc is that region's phone plan
export const ADDR = (withCountry, a = addr()) => [P('LOCATION', a.street), ', ', P('LOCATION', a.city), withCountry ? [', ', P('LOCATION', a.country)] : ''];
export const EMAIL = (v) => P('EMAIL_ADDRESS', v || email());
export const PHONE = (cc, nat) => P('PHONE_NUMBER', phone(cc, nat));
export const IP = (v) => P('IP_ADDRESS', v || clientIp());
export const CARD = (b, st) => P('CREDIT_CARD', card(b, st));
export const IBAN = (cc, g) => P('IBAN_CODE', iban(cc, g));
export const SSN = (st) => P('US_SSN', ssn(st));
export const ITIN = (st) => P('US_ITIN', itin(st));
export const PASSPORT = () => P('US_PASSPORT', passport());
export const DEA = (ln) => P('MEDICAL_LICENSE', dea(ln));
export const NHS = (st) => P('UK_NHS', nhs(st));
export const BTC = (k) => P('CRYPTO', btc(k));
export const DL = (st) => { const d = dl(st); return { st: d.st, s: P('US_DRIVER_LICENSE', d.v) }; };
export const BANK = () => P('US_BANK_NUMBER', bankAcct());
export { person, city, street, country, addr, routing, publicIp, ipv6, password, urlpw, draw, KIND, pick, int, chance, rs, digits, nz };
