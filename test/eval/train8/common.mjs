// train8 shared pieces for document templates
import { D, S, P, L, int, pick, chance, deck, str, digits, hex, b62, LOW, UP, DIG, jsonEsc, mapv } from './lib.mjs';
import { KINDS, KIND, INLINE, TOKENS, PASSWORDS, PEMS, pw } from './secrets.mjs';
import * as X from './pii.mjs';

const inlineDeck = deck(INLINE), tokenDeck = deck(TOKENS), pemDeck = deck(PEMS), pwDeck = deck(PASSWORDS);
// a secret segment of a (dealt) kind; returns {seg, k}
export function secret(name) { const k = KIND[name || tokenDeck()]; return { seg: S(k.e, k.g()), k }; }
// any single-line kind incl. passwords (for KEY=value slots named after the kind)
export function secretAny() { const k = KIND[inlineDeck()]; return { seg: S(k.e, k.g()), k }; }
export const sec = (name) => secret(name).seg;
export const pemSecret = (name) => { const k = KIND[name || pemDeck()]; return { seg: S(k.e, k.g()), k }; };
export const pwKind = () => pwDeck();
const HOSTS = { db: ['db-primary.acme.example', 'pg.internal.globex.test', 'orders-db.prod.initech.example', '10.20.3.14', 'postgres.svc.cluster.local'], cache: ['redis.acme.example', 'cache-01.globex.test', 'redis-master.default.svc'] };
export const dbUser = () => pick(['app_rw', 'orders_svc', 'root', 'admin', 'reporting', 'etl_loader', 'postgres', 'svc-billing', 'analytics_ro']);
// connection string with the password labelled
const DB_KINDS = ['DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'MONGODB_PASSWORD', 'PLANETSCALE_PASSWORD', 'POSTGRES_PASSWORD', 'DATABASE_PASSWORD', 'SNOWFLAKE_PASSWORD'];
export const anyConn = () => conn(pwDeck());
export function conn(name) {
  name = name || pick(DB_KINDS); const k = KIND[name]; const p = S(k.e, k.g()); const u = dbUser();
  const dbh = pick(HOSTS.db);
  switch (name) {
    case 'MYSQL_PASSWORD': return pick([D`mysql://${u}:${p}@mysql-1.acme.example:3306/shop`, D`jdbc:mysql://mysql.globex.test:3306/crm?user=${u}&password=${p}&useSSL=true`, D`mysql+pymysql://${u}:${p}@${dbh}/ledger?charset=utf8mb4`]);
    case 'MONGODB_PASSWORD': return pick([D`mongodb+srv://${u}:${p}@cluster0.x7kq2.mongo.acme.example/?retryWrites=true&w=majority`, D`mongodb://${u}:${p}@mongo-0.db.acme.example,mongo-1.db.acme.example:27017/events?replicaSet=rs0&authSource=admin`]);
    case 'REDIS_PASSWORD': return pick([D`redis://:${p}@${pick(HOSTS.cache)}:6379/0`, D`rediss://default:${p}@cache.globex.test:6380`]);
    case 'RABBITMQ_PASSWORD': return D`amqp://${u}:${p}@rabbitmq.acme.example:5672/${pick(['%2F', 'orders', 'prod'])}`;
    case 'MSSQL_PASSWORD': return pick([D`Server=tcp:sql-prod.fabrikam.example,1433;Initial Catalog=Billing;User ID=${u};Password=${p};Encrypt=True;TrustServerCertificate=False;`, D`Driver={ODBC Driver 18 for SQL Server};Server=sql01.acme.example;Database=HR;Uid=${u};Pwd=${p};`]);
    case 'LDAP_BIND_PASSWORD': return D`ldaps://cn=svc-ldap,ou=service,dc=acme,dc=example:${p}@ldap.acme.example:636`;
    case 'SMTP_PASSWORD': return D`smtp://${pick(['mailer', 'noreply', 'alerts'])}%40acme.example:${p}@smtp.acme.example:587`;
    case 'FTP_PASSWORD': return D`ftp://${u}:${p}@ftp.partner.example/outbound/`;
    case 'SNOWFLAKE_PASSWORD': return D`snowflake://${u}:${p}@acme-xy12345/ANALYTICS/PUBLIC?warehouse=COMPUTE_WH&role=LOADER`;
    case 'KAFKA_SASL_PASSWORD': return D`sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${u}" password="${p}";`;
    case 'ELASTIC_PASSWORD': return D`https://elastic:${p}@es-prod.acme.example:9200`;
    case 'SSH_PASSWORD': return D`sftp://deploy:${p}@bastion.acme.example:22/srv/releases`;
    case 'DOCKER_REGISTRY_PASSWORD': return D`https://ci-pusher:${p}@registry.acme.example/v2/`;
    case 'PLANETSCALE_PASSWORD': return D`mysql://${str(LOW + DIG, 12)}:${p}@aws.connect.psdb.example/storefront?sslaccept=strict`;
    default: return pick([D`postgres://${u}:${p}@${dbh}:5432/${pick(['orders', 'app', 'billing', 'warehouse'])}${pick(['', '?sslmode=require', '?sslmode=verify-full&application_name=api'])}`, D`postgresql+asyncpg://${u}:${p}@${dbh}/core`, D`jdbc:postgresql://${dbh}:5432/app?user=${u}&password=${p}`, D`Host=${dbh};Port=5432;Database=inventory;Username=${u};Password=${p};SSL Mode=Require`]);
  }
}
// a generic look-alike for technical text
export function techLA() {
  const f = pick([
    () => L('git_sha', X.gitSha()), () => L('uuid', X.uuidv4()), () => L('digest', X.digest()), () => L('request_id', X.requestId()),
    () => L('version', X.version()), () => L('timestamp', X.isoTs()), () => L('build_number', X.buildNo()), () => L('hostname', X.hostname()),
    () => L('placeholder', X.placeholder()), () => L('hash', X.md5()), () => L('timestamp', X.epoch()), () => L('trace_id', X.traceId()),
  ]);
  return f();
}
export function bizLA() {
  return pick([
    () => L('order_number', X.orderNo()), () => L('invoice_number', X.invoiceNo()), () => L('tracking_number', X.tracking()), () => L('date', X.date()),
    () => L('price', X.price()), () => L('crm_id', X.crmId()), () => L('masked_card', X.maskedCard()), () => L('isbn', X.isbn()), () => L('product_code', X.productCode()),
    () => L('policy_number', X.policyNo()), () => L('invalid_card', X.invalidCard() || '4111 1111 1111 1112'), () => L('invalid_iban', X.invalidIban() || 'DE00 0000 0000 0000 0000 00'),
  ])();
}
export const per = (c) => { const p = X.person(c); return { p, seg: P('PERSON', p.full) }; };
export const ph = (cc) => P('PHONE_NUMBER', X.phone(cc).v);
export const em = (p) => P('EMAIL_ADDRESS', X.email(p));
export const loc = () => P('LOCATION', X.location());
export const city = () => P('LOCATION', X.city());
export const addr = (r) => { const [st, c] = X.streetCity(r); return D`${P('LOCATION', st)}, ${P('LOCATION', c)}`; };
export const ipS = () => P('IP_ADDRESS', X.ip());
export const cardS = (b) => P('CREDIT_CARD', X.card(b));
export const ibanS = (c) => P('IBAN_CODE', X.iban(c));
export const ssnS = (s) => P('US_SSN', X.ssn(s));
export const itinS = () => P('US_ITIN', X.itin());
export const ppS = () => P('US_PASSPORT', X.passport());
export const dlS = () => { const d = X.driverLicense(); return { seg: P('US_DRIVER_LICENSE', d.v), st: d.st }; };
export const bankS = () => P('US_BANK_NUMBER', X.bankAccount());
export const deaS = (ln) => P('MEDICAL_LICENSE', X.dea(ln));
export const nhsS = () => P('UK_NHS', X.nhs());
export const btcS = () => P('CRYPTO', X.btc());
// config assignment in one of many syntaxes
export function assign(style, key, val) {
  switch (style) {
    case 'env': return pick([D`${key}=${val}`, D`${key}="${val}"`, D`export ${key}='${val}'`]);
    case 'yaml': return pick([D`${key.toLowerCase()}: ${val}`, D`${key.toLowerCase()}: "${val}"`, D`${key}: '${val}'`]);
    case 'json': return D`"${key.toLowerCase()}": "${val}"`;
    case 'toml': return D`${key.toLowerCase()} = "${val}"`;
    case 'ini': return D`${key.toLowerCase()}=${val}`;
    case 'props': return D`${key.toLowerCase().replace(/_/g, '.')}=${val}`;
    case 'xml': return D`<add key="${key}" value="${val}" />`;
    case 'hcl': return D`${key.toLowerCase()} = "${val}"`;
  }
}
export { X, KINDS, KIND, pw, jsonEsc, mapv };
