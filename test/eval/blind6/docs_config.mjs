// blind6: configuration files in many syntaxes (secret-heavy).
import { T } from './lib.mjs';
import { s, l, p, entries, styleKey, jsonV, xmlV, isML, indent, b64Span, nextKind, single, keyOf, neutral, lookEntry, pick, int, chance, pii, shuffle } from './ctx.mjs';

const envLine = ([k, v]) => {
  if (isML(v)) return T`${k}="${{ ...v, t: v.t.replace(/\n/g, '\\n') }}"\n`;
  const q = pick(['', '', '"', "'"]);
  return T`${chance(0.15) ? 'export ' : ''}${k}=${q}${v}${q}${chance(0.1) ? '  # rotated ' + pick(['Q3', 'last sprint', 'by ops']) : ''}\n`;
};
const yamlScalar = (v) => { const t = typeof v === 'object' ? v.t : v; return /^[\s\S]*[:#@*&!%{}\[\],`'"|>]|^\d+$|^\$/.test(t) ? T`"${v}"` : T`${v}`; };

export const dotenv = () => {
  const es = entries(int(4, 9), { multiline: chance(0.2) });
  const app = pick(['billing-api', 'storefront', 'ml-gateway', 'reporting', 'notifier']);
  return T`# ${app} — ${pick(['local overrides', 'production values (do not commit!)', 'copied from 1Password', 'staging'])}
# generated ${l('date')} by ${pick(['setup.sh', 'ops', 'make env'])}
${es.map(envLine)}${chance(0.5) ? T`\n# old key kept for rollback, remove after ${l('date')}\n${envLine(pick(es.filter(([, v]) => typeof v === 'object' && v.e) .concat([[keyOf('GENERIC_API_KEY') + '_OLD', s('GENERIC_API_KEY')]])))}` : ''}`;
};

export const ini = () => {
  const sec = () => pick(['database', 'mail', 'api', 'storage', 'auth', 'payments', 'telemetry']);
  const blocks = [];
  for (let i = 0; i < int(2, 4); i++) blocks.push(T`[${sec()}${i ? '.' + i : ''}]\n${entries(int(1, 3), { nLooks: int(0, 2), nNeutral: int(1, 3) }).map(([k, v]) => T`${styleKey(k, 'snake')} ${pick(['=', ' = ', ':'])} ${v}\n`)}\n`);
  return T`; ${pick(['php.ini-style settings for the legacy portal', 'settings.ini — worker config', 'Alembic/Django style config', 'tox + app config'])}
; last edited ${l('timestamp')}

${blocks}`;
};

export const toml = () => {
  const es = entries(int(3, 6), { multiline: chance(0.25) });
  const half = Math.ceil(es.length / 2);
  const line = ([k, v]) => isML(v) ? T`${styleKey(k, 'snake')} = """\n${v}\n"""\n` : T`${styleKey(k, 'snake')} = "${v}"\n`;
  return T`# ${pick(['config.toml', 'Cargo app settings', 'netlify.toml', 'pyproject tool section'])}
[server]
bind = "0.0.0.0:${int(3000, 9000)}"
workers = ${int(2, 16)}

[secrets]
${es.slice(0, half).map(line)}
[integrations]
${es.slice(half).map(line)}
[build]
commit = "${l('git_sha')}"
version = "${l('version')}"
`;
};

export const properties = () => {
  const es = entries(int(3, 7));
  const kind = nextKind(single);
  return T`# Spring Boot ${pick(['application-prod.properties', 'application.properties', 'bootstrap.properties'])}
spring.application.name=${pick(['orders-service', 'ledger', 'inventory'])}
spring.datasource.url=jdbc:postgresql://${pick(['db.internal.acme.example', '10.1.4.20'])}:5432/${pick(['orders', 'ledger'])}
spring.datasource.username=${pick(['app', 'svc_orders'])}
spring.datasource.password=${s('POSTGRES_PASSWORD')}
${es.map(([k, v]) => T`${styleKey(k, 'dot')}=${v}\n`)}management.endpoints.web.exposure.include=health,info
app.integration.${styleKey(keyOf(kind), 'kebab')}=${s(kind)}
build.git.commit.id=${l('git_sha')}
`;
};

export const xmlConf = () => {
  const es = entries(int(3, 6), { nLooks: int(1, 2) });
  const style = pick(['appSettings', 'maven', 'tomcat']);
  if (style === 'maven') return T`<?xml version="1.0" encoding="UTF-8"?>
<!-- ~/.m2/settings.xml -->
<settings>
  <servers>
    <server>
      <id>acme-releases</id>
      <username>${pick(['deployer', 'ci-bot'])}</username>
      <password>${xmlV(s(pick(['JFROG_API_KEY', 'REGISTRY_PASSWORD'])))}</password>
    </server>
    <server>
      <id>acme-snapshots</id>
      <username>ci-bot</username>
      <password>${l('env_reference', '${env.MAVEN_SNAPSHOT_PASSWORD}')}</password>
    </server>
  </servers>
  <profiles><profile><id>ci</id><properties>
${es.map(([k, v]) => T`    <${styleKey(k, 'dot')}>${xmlV(v)}</${styleKey(k, 'dot')}>\n`)}  </properties></profile></profiles>
</settings>
`;
  if (style === 'tomcat') return T`<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <Resource name="jdbc/${pick(['AppDB', 'Reports'])}" auth="Container" type="javax.sql.DataSource"
            username="${pick(['tomcat', 'reports'])}" password="${xmlV(s(pick(['MYSQL_PASSWORD', 'ORACLE_PASSWORD', 'MSSQL_PASSWORD'])))}"
            driverClassName="com.mysql.cj.jdbc.Driver" url="jdbc:mysql://${pick(['mysql.internal.acme.example', '10.0.8.31'])}:3306/app"/>
${es.map(([k, v]) => T`  <Environment name="${styleKey(k, 'camel')}" value="${xmlV(v)}" type="java.lang.String"/>\n`)}</Context>
`;
  return T`<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
${es.map(([k, v]) => T`    <add key="${styleKey(k, 'camel')}" value="${xmlV(v)}" />\n`)}  </appSettings>
  <connectionStrings>
    <add name="Default" connectionString="Server=tcp:${pick(['sql01.acme.example', 'db.globex.test'])},1433;Database=${pick(['Crm', 'Billing'])};User ID=${pick(['app', 'sa'])};Password=${xmlV(s('MSSQL_PASSWORD'))};Encrypt=True;" />
  </connectionStrings>
</configuration>
`;
};

export const jsonConf = () => {
  const es = entries(int(3, 7), { multiline: chance(0.3) });
  const nested = chance(0.5);
  const ind = nested ? '    ' : '  ';
  const body = es.map(([k, v], i) => T`${ind}"${styleKey(k, pick(['camel', 'snake']))}": "${jsonV(v)}"${i < es.length - 1 ? ',' : ''}\n`);
  return T`{
  "name": "${pick(['acme-worker', 'ledger-sync', 'crm-bridge'])}",
  "version": "${l('version')}",
${nested ? T`  "credentials": {\n${body}  },\n` : T`${body.map((b, i) => i === body.length - 1 ? [b.slice(0, -1), ',\n'] : b)}`}  "build": { "commit": "${l('git_sha')}", "at": "${l('timestamp')}" }
}
`;
};

export const hcl = () => {
  const es = entries(int(3, 6), { multiline: chance(0.3), nLooks: int(1, 2) });
  return T`# terraform.tfvars — ${pick(['prod', 'staging', 'dr'])} workspace
region        = "${pick(['eu-west-1', 'us-east-2'])}"
instance_type = "${pick(['t3.medium', 'm6i.large'])}"
ami_id        = "ami-${l('short_sha', pick(['0a1b2c3d4e5f67890', '0f00ba7d2c1e4a6b9']))}"
${es.map(([k, v]) => isML(v) ? T`${styleKey(k, 'snake')} = <<-EOT\n${v}\nEOT\n` : T`${styleKey(k, 'snake')} = "${v}"\n`)}
tags = {
  owner      = "${pick(['platform', 'data-eng'])}"
  cost_center = "${int(1000, 9999)}"
}
`;
};

export const yamlApp = () => {
  const es = entries(int(3, 7), { multiline: chance(0.3) });
  const line = ([k, v], pad) => isML(v) ? T`${pad}${styleKey(k, 'snake')}: |\n${pad}  ${indent(v, pad + '  ')}\n` : T`${pad}${styleKey(k, pick(['snake', 'camel']))}: ${yamlScalar(v)}\n`;
  return T`# ${pick(['config/production.yml', 'settings.yaml', 'application.yml', 'values.secret.yaml'])}
app:
  name: ${pick(['dispatch', 'ledger', 'mailer'])}
  release: ${l('version')}
database:
  host: ${pick(['pg.internal.acme.example', '10.12.0.5'])}
  user: ${pick(['dispatch', 'app_rw'])}
  password: ${yamlScalar(s(pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'CLICKHOUSE_PASSWORD'])))}
integrations:
${es.map((e) => line(e, '  '))}`;
};

export const compose = () => {
  const es = entries(int(2, 5), { nLooks: 1 });
  const db = pick([['postgres:16', 'POSTGRES_PASSWORD', 'POSTGRES_PASSWORD'], ['mysql:8.4', 'MYSQL_ROOT_PASSWORD', 'MYSQL_PASSWORD'], ['mongo:7', 'MONGO_INITDB_ROOT_PASSWORD', 'MONGODB_PASSWORD'], ['rabbitmq:3-management', 'RABBITMQ_DEFAULT_PASS', 'RABBITMQ_PASSWORD']]);
  return T`services:
  db:
    image: ${db[0]}@${l('digest')}
    environment:
      ${db[1]}: ${s(db[2])}
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "${s('REDIS_PASSWORD')}"]
  app:
    image: registry.acme.example/app:${l('version')}
    depends_on: [db, cache]
    environment:
${es.map(([k, v]) => T`      - ${k}=${v}\n`)}    ports:
      - "8080:8080"
`;
};

export const k8sSecret = () => {
  const es = [];
  for (let i = 0; i < int(2, 5); i++) { const k = nextKind(); es.push([styleKey(keyOf(k), pick(['snake', 'kebab', 'dot'])), s(k)]); }
  const name = pick(['app-secrets', 'db-credentials', 'api-keys', 'payment-gateway']);
  const str = chance(0.4) ? nextKind(single) : null;
  return T`apiVersion: v1
kind: Secret
metadata:
  name: ${name}
  namespace: ${pick(['prod', 'payments', 'default'])}
  resourceVersion: "${l('k8s_resource_version')}"
  uid: ${l('uuid')}
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: ""
type: Opaque
data:
  username: ${pick(['YWRtaW4=', 'YXBw', 'c3ZjX2FwaQ=='])}
${es.map(([k, v]) => T`  ${k}: ${b64Span(v)}\n`)}${str ? T`stringData:\n  ${styleKey(keyOf(str), 'snake')}: "${s(str)}"\n` : ''}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
binaryData:
  settings.conf: ${l('base64_data')}
data:
  LOG_LEVEL: info
  GIT_SHA: "${l('git_sha')}"
`;
};

export const helm = () => {
  const es = entries(int(3, 6), { nLooks: int(1, 3) });
  return T`# helm values for ${pick(['grafana', 'airflow', 'keycloak', 'the api chart'])} (${pick(['prod', 'eu'])})
image:
  repository: registry.acme.example/${pick(['api', 'web'])}
  tag: "${l('version')}"
  digest: ${l('digest')}
replicaCount: ${int(2, 6)}
ingress:
  enabled: true
  hosts: [${pick(['app.acme.example', 'portal.globex.test'])}]
adminPassword: ${yamlScalar(s('ADMIN_PASSWORD'))}
externalDatabase:
  host: ${pick(['postgres.prod.svc', '10.40.1.9'])}
  password: ${yamlScalar(s(pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD'])))}
env:
${es.map(([k, v]) => T`  - name: ${k}\n    value: ${yamlScalar(v)}\n`)}podAnnotations:
  checksum/config: ${l('sha256_hex')}
`;
};

export const dockerfile = () => {
  const k1 = nextKind(single), k2 = nextKind(single);
  return T`FROM ${pick(['node:20-alpine', 'python:3.12-slim', 'eclipse-temurin:21-jre'])}@${l('digest')}
LABEL org.opencontainers.image.revision="${l('git_sha')}" org.opencontainers.image.version="${l('version')}"
WORKDIR /app
# TODO move to build secrets, this leaks into image history
ENV ${keyOf(k1)}=${s(k1)}
ARG ${keyOf(k2)}=${s(k2)}
RUN echo "//npm.acme.example/:_authToken=${s('NPM_TOKEN')}" > ~/.npmrc && npm ci && rm ~/.npmrc
COPY . .
ENV SENTRY_RELEASE=${l('short_sha')} API_BASE=https://api.acme.example
${chance(0.5) ? T`RUN pip install --index-url https://ci:${s('REGISTRY_PASSWORD')}@pypi.acme.example/simple -r requirements.txt\n` : T`ENV ${pick(['STRIPE_KEY', 'OPENAI_API_KEY'])}=${l('placeholder')}\n`}EXPOSE 8080
CMD ["${pick(['node', 'python', 'java'])}", "${pick(['server.js', 'main.py', '-jar app.jar'])}"]
`;
};

export const npmrc = () => T`; ~/.npmrc and friends, as found on ${pick(['the build agent', 'a dev laptop', 'the CI cache volume'])}
registry=https://npm.acme.example/
//npm.acme.example/:_authToken=${s('NPM_TOKEN')}
@acme:registry=https://npm.acme.example/
//npm.pkg.acme.example/:_authToken=${l('env_reference', '${NODE_AUTH_TOKEN}')}
always-auth=true

# ~/.pypirc
[distutils]
index-servers = internal
[internal]
repository = https://pypi.acme.example/legacy/
username = __token__
password = ${s(pick(['GENERIC_API_KEY', 'REGISTRY_PASSWORD']))}

# ~/.docker/config.json
{"auths":{"registry.acme.example":{"auth":"${s('DOCKER_CONFIG_AUTH')}"},"ghcr.acme.example":{"auth":"${s('DOCKER_CONFIG_AUTH')}"}},"credsStore":"${pick(['desktop', 'osxkeychain', ''])}"}

# ~/.gem/credentials
---
:rubygems_api_key: ${s('RUBYGEMS_API_KEY')}
`;

export const connStrings = () => {
  const h = () => pick(['db1.internal.acme.example', 'prod-cluster.globex.test', 'analytics.acme.example']);
  const u = () => pick(['app', 'admin', 'reporter', 'svc_etl', 'root']);
  const rows = pick([0, 1]) ? [
    T`DATABASE_URL=postgres://${u()}:${s('POSTGRES_PASSWORD')}@${h()}:5432/${pick(['orders', 'app'])}?sslmode=require\n`,
    T`MONGO_URI=mongodb+srv://${u()}:${s('MONGODB_PASSWORD')}@${pick(['cluster0.mongo.acme.example', 'docs.globex.test'])}/?retryWrites=true&w=majority\n`,
    T`REDIS_URL=rediss://default:${s('REDIS_PASSWORD')}@${h()}:6380/0\n`,
    T`AMQP_URL=amqps://${u()}:${s('RABBITMQ_PASSWORD')}@mq.acme.example:5671/%2Fprod\n`,
  ] : [
    T`jdbc:mysql://${h()}:3306/shop?user=${u()}&password=${s('MYSQL_PASSWORD')}&useSSL=true\n`,
    T`Server=${h()};Database=Ledger;User Id=${u()};Password=${s('MSSQL_PASSWORD')};TrustServerCertificate=true\n`,
    T`clickhouse://${u()}:${s('CLICKHOUSE_PASSWORD')}@${h()}:9440/default?secure=true\n`,
    T`snowflake://${u()}:${s('SNOWFLAKE_PASSWORD')}@acme-xy12345/ANALYTICS/PUBLIC?warehouse=COMPUTE_WH\n`,
    T`oracle://${u()}:${s('ORACLE_PASSWORD')}@${h()}:1521/ORCLPDB1\n`,
  ];
  const more = [
    T`KAFKA_SASL_JAAS='org.apache.kafka.common.security.plain.PlainLoginModule required username="${pick(['CKAFKA123', 'svc-stream'])}" password="${s('KAFKA_SASL_PASSWORD')}";'\n`,
    T`CASSANDRA_CONTACT=cassandra://${u()}:${s('CASSANDRA_PASSWORD')}@${h()}:9042/events\n`,
    T`ELASTICSEARCH_URL=https://elastic:${s('ELASTICSEARCH_PASSWORD')}@search.acme.example:9243\n`,
    T`SERVICEBUS=Endpoint=sb://${pick(['acme-bus', 'orders-ns'])}.servicebus.acme.example/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${s('AZURE_SERVICE_BUS_KEY')}\n`,
    T`AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=${pick(['acmeprodsa', 'globexlogs'])};AccountKey=${s('AZURE_STORAGE_ACCOUNT_KEY')};EndpointSuffix=core.acme.example\n`,
    T`LDAP_URL=ldaps://cn=${pick(['binduser', 'svc-ldap'])},ou=svc,dc=acme,dc=example:${s('LDAP_BIND_PASSWORD')}@ldap.acme.example:636\n`,
    T`SMTP_URL=smtp://${pick(['noreply', 'alerts'])}%40acme.example:${s('SMTP_PASSWORD')}@smtp.mail.acme.example:587\n`,
    T`FTP_MIRROR=ftp://${u()}:${s('FTP_PASSWORD')}@files.acme.example/outgoing/\n`,
    T`EXAMPLE_URL=postgres://user:${l('placeholder', pick(['password', 'changeme', '<password>']))}@localhost:5432/dev\n`,
    T`NATS_URL=nats://${u()}:${s('GENERIC_API_KEY')}@nats.acme.example:4222\n`,
  ];
  return T`# connection strings collected during the ${pick(['incident review', 'migration to the new VPC', 'secrets audit'])} (${l('date')})
${rows}${pick([0, 1, 2]) ? shuffle(more).slice(0, int(2, 4)) : ''}# checksum of this file: ${l('md5')}
`;
};


export const TEMPLATES = [
  ['config', dotenv, 9], ['config', ini, 4], ['config', toml, 4], ['config', properties, 4], ['config', xmlConf, 5], ['config', jsonConf, 5], ['config', hcl, 4],
  ['config', npmrc, 3], ['config', connStrings, 6], ['yaml', yamlApp, 5], ['yaml', compose, 5], ['yaml', k8sSecret, 7], ['yaml', helm, 4], ['config', dockerfile, 5],
];
