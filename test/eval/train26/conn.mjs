// Connection strings for 25 databases, brokers and services; the password is the labelled span,
// percent-encoded where the syntax is a URL.
import { S, T } from './frag.mjs';
import { secretValue, simplePassword } from './secrets.mjs';

const USERS = ['app_rw', 'svc_crm', 'etl_loader', 'reporting', 'billing_app', 'ingest', 'api', 'readonly', 'backup', 'sync_job'];
export function conn(c, ent, opts = {}) {
  if (opts.jdbc) { for (let i = 0; i < 12; i++) { const f = conn(c, ent); const t = f.map((x) => (typeof x === 'string' ? x : x.v)).join(''); if (t.startsWith('jdbc:')) return f; } }
  const r = c.r; const u = r.pick(USERS); const db = r.pick(['crm', 'billing', 'patients', 'orders', 'hr_core', 'ledger', 'analytics', 'inventory']);
  const raw = secretValue(r, ent); const enc = encodeURIComponent(raw);
  const PW = S(ent, enc, { raw }); const PWraw = S(ent, raw);
  const simple = () => { const s = simplePassword(r); return S(ent, s); };
  const h = (k) => c.host(k);
  const F = {
    POSTGRES_PASSWORD: [() => T`postgres://${u}:${PW}@${h('pg')}:5432/${db}?sslmode=require`, () => T`postgresql+psycopg2://${u}:${PW}@${h('pg')}/${db}`, () => T`jdbc:postgresql://${h('pg')}:5432/${db}?user=${u}&password=${PW}&ssl=true`, () => { const s = simple(); return T`host=${h('pg')} port=5432 dbname=${db} user=${u} password=${s} sslmode=verify-full`; }, () => { const s = simple(); return T`${h('pg')}:5432:${db}:${u}:${s}`; }],
    MYSQL_PASSWORD: [() => T`mysql://${u}:${PW}@${h('mysql')}:3306/${db}`, () => T`jdbc:mysql://${h('mysql')}:3306/${db}?user=${u}&password=${PW}&useSSL=true`, () => T`mysql+pymysql://${u}:${PW}@${h('mysql')}/${db}?charset=utf8mb4`, () => { const s = simple(); return T`${u}:${s}@tcp(${h('mysql')}:3306)/${db}?parseTime=true`; }],
    MARIADB_PASSWORD: [() => T`mariadb://${u}:${PW}@${h('maria')}:3306/${db}`, () => T`jdbc:mariadb://${h('maria')}:3306/${db}?user=${u}&password=${PW}`],
    MSSQL_PASSWORD: [() => T`Server=tcp:${h('sql')},1433;Initial Catalog=${db};Persist Security Info=False;User ID=${u};Password=${PWraw};Encrypt=True;TrustServerCertificate=False;`, () => T`sqlserver://${u}:${PW}@${h('sql')}:1433?database=${db}`, () => T`jdbc:sqlserver://${h('sql')}:1433;databaseName=${db};user=${u};password=${PWraw};encrypt=true`, () => T`Data Source=${h('sql')};Initial Catalog=${db};User Id=${u};Password=${PWraw};`],
    ORACLE_DB_PASSWORD: [() => T`jdbc:oracle:thin:${u}/${PWraw}@//${h('ora')}:1521/${db.toUpperCase()}PDB`, () => T`oracle+oracledb://${u}:${PW}@${h('ora')}:1521/?service_name=${db}`, () => T`${u}/${PWraw}@${h('ora')}:1521/${db.toUpperCase()}`],
    MONGODB_PASSWORD: [() => T`mongodb://${u}:${PW}@mongo-0:27017,mongo-1:27017,mongo-2:27017/${db}?replicaSet=rs0&authSource=admin`, () => T`mongodb+srv://${u}:${PW}@cluster0.${r.str(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.mongo.corp.example/${db}?retryWrites=true&w=majority`, () => T`mongodb://${u}:${PW}@${h('mongo')}:27017/?authMechanism=SCRAM-SHA-256`],
    REDIS_PASSWORD: [() => T`redis://:${PW}@${h('redis')}:6379/0`, () => T`rediss://default:${PW}@${h('cache')}:6380`, () => T`redis://${u}:${PW}@${h('redis')}:6379/2`],
    RABBITMQ_PASSWORD: [() => T`amqp://${u}:${PW}@${h('rabbit')}:5672/${db}`, () => T`amqps://${u}:${PW}@${h('mq')}:5671/%2F`],
    KAFKA_SASL_PASSWORD: [() => T`org.apache.kafka.common.security.plain.PlainLoginModule required username="${u}" password="${PWraw}";`, () => T`org.apache.kafka.common.security.scram.ScramLoginModule required username="${u}" password="${PWraw}";`],
    CASSANDRA_PASSWORD: [() => T`cassandra://${u}:${PW}@${h('cass')}:9042/${db}`],
    CLICKHOUSE_PASSWORD: [() => T`clickhouse://${u}:${PW}@${h('ch')}:9000/${db}`, () => T`https://${u}:${PW}@${h('ch')}:8443/?database=${db}`, () => T`jdbc:clickhouse://${h('ch')}:8123/${db}?user=${u}&password=${PW}`],
    ELASTICSEARCH_PASSWORD: [() => T`https://elastic:${PW}@${h('es')}:9200`, () => T`http://${u}:${PW}@${h('search')}:9200/${db}-*/_search`],
    NEO4J_PASSWORD: [() => T`neo4j+s://neo4j:${PW}@${h('graph')}:7687`, () => T`bolt://${u}:${PW}@${h('neo4j')}:7687`],
    COUCHDB_PASSWORD: [() => T`http://admin:${PW}@${h('couch')}:5984/${db}`],
    COUCHBASE_PASSWORD: [() => T`couchbases://${u}:${PW}@${h('cb')}/${db}`],
    NATS_PASSWORD: [() => T`nats://${u}:${PW}@${h('nats')}:4222`, () => T`tls://${u}:${PW}@${h('nats')}:4222`],
    MQTT_PASSWORD: [() => T`mqtts://${u}:${PW}@${h('broker')}:8883`, () => T`mqtt://${u}:${PW}@${h('mqtt')}:1883`],
    SNOWFLAKE_PASSWORD: [() => T`snowflake://${u}:${PW}@${r.str(2, 'abcdefghijklmnopqrstuvwxyz')}${r.digits(5)}-eu/${db}/public?warehouse=COMPUTE_WH&role=${u.toUpperCase()}`],
    DB2_PASSWORD: [() => T`DATABASE=${db.toUpperCase()};HOSTNAME=${h('db2')};PORT=50000;PROTOCOL=TCPIP;UID=${u};PWD=${PWraw};`, () => T`jdbc:db2://${h('db2')}:50000/${db.toUpperCase()}:user=${u};password=${PWraw};`],
    COCKROACHDB_PASSWORD: [() => T`postgresql://${u}:${PW}@${h('crdb')}:26257/${db}?sslmode=verify-full&options=--cluster%3Dprod-${r.int(100, 999)}`],
    TRINO_PASSWORD: [() => T`trino://${u}:${PW}@${h('trino')}:443/hive/default`, () => T`jdbc:trino://${h('trino')}:443/hive?user=${u}&password=${PW}&SSL=true`],
    VERTICA_PASSWORD: [() => T`vertica+vertica_python://${u}:${PW}@${h('vertica')}:5433/${db}`],
    ACTIVEMQ_PASSWORD: [() => T`failover:(ssl://${h('amq')}:61617)?jms.userName=${u}&jms.password=${PW}`],
    SMTP_PASSWORD: [() => T`smtp://mailer:${PW}@${h('smtp')}:587`, () => T`smtps://mailer:${PW}@${h('mail')}:465`],
    FTP_PASSWORD: [() => T`ftp://${u}:${PW}@${h('files')}/outgoing/`, () => T`sftp://${u}:${PW}@${h('sftp')}:22/upload`],
    PROXY_PASSWORD: [() => T`http://${u}:${PW}@${h('proxy')}:3128`, () => T`http://${u}:${PW}@${h('squid')}:8080`],
    LDAP_BIND_PASSWORD: [() => { const s = simple(); return T`ldaps://${h('ldap')}:636/ou=people,dc=corp,dc=example?uid?sub bindpw=${s}`; }],
  };
  const choices = F[ent]; if (!choices) throw new Error('no conn for ' + ent);
  return r.pick(choices)();
}
