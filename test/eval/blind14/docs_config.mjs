// blind14 configuration documents: env, YAML, TOML, INI, properties, JSON, XML, HCL, Kubernetes.
import { rng, S } from './lib.mjs';
import * as P from './pii.mjs';
import { anySecret, noPrefixSecret, humanPw, urlPw, secret, oneLine, keyFor, pem, urlPassword, PASSWORD_KINDS } from './secrets.mjs';
import { look, anyLook, HOSTS, uuidStr } from './lookalikes.mjs';

const noQuote = (o) => !/["'\\<&`$]/.test(o.v);
export function sec1(filter = () => true) { for (;;) { const o = rng.chance(0.35) ? noPrefixSecret() : anySecret(oneLine); if (!o.v.includes('\n') && filter(o)) return o; } }

const LOOK_KEYS = [['image_digest', 'digest'], ['artifact_sha', 'hash'], ['release_commit', 'git_sha'], ['build', 'build_number'], ['app_version', 'version'], ['publishable_key', 'public_key'], ['ssh_host_key', 'public_key'], ['brand_color', 'hex_color'], ['sri_hash', 'integrity'], ['logo', 'data_uri'], ['last_tx', 'tx_hash'], ['guild_id', 'snowflake_id'], ['csp_nonce', 'csrf_nonce_public'], ['blob_crc', 'file_checksum_crc'], ['upstream_host', 'hostname'], ['default_filters', 'base64_blob'], ['sample_isbn', 'isbn'], ['resource_version', 'k8s_resource_version'], ['test_card', 'vendor_test_card'], ['gateway_mac', 'mac_address'], ['support_queue', 'ticket_id'], ['aws_key_example', 'aws_example_key']];
// neutral key names: never drawn from the odd credential-key pool
function nk(k, style) { if (style === 'UPPER') return k.toUpperCase(); if (style === 'camel') return k.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()); if (style === 'kebab') return k.replace(/_/g, '-'); return k; }
// one config entry: [key, valueObject-or-string]
export function entry(style) {
  return rng.weighted([
    [() => { const o = sec1(noQuote); return [keyFor(o.e, style), o]; }, 5],
    [() => { const k = rng.pick(PASSWORD_KINDS); const o = S(rng.chance(0.5) ? urlPassword() : rng.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', rng.int(12, 24)), k); return [keyFor(rng.chance(0.5) ? k : 'password', style), o]; }, 2],
    [() => [nk('host', style), rng.chance(0.5) ? rng.pick(HOSTS) : P.privateIpv4()], 2],
    [() => [nk('port', style), String(rng.pick([5432, 3306, 6379, 8080, 443, 9092, 27017, 5672]))], 1],
    [() => [nk(rng.pick(['base_url', 'endpoint', 'callback_url', 'webhook_url']), style), `https://${rng.pick(HOSTS.filter(h => h.includes('.')))}/${rng.pick(['v1', 'api/v2', 'hooks/in', 'oauth/callback'])}`], 2],
    [() => [nk(rng.pick(['timeout_ms', 'max_retries', 'pool_size', 'batch', 'ttl_seconds']), style), String(rng.int(1, 30000))], 1],
    [() => [nk(rng.pick(['tenant_id', 'project_uuid', 'instance_id', 'correlation_seed']), style), look('uuid')], 2],
    [() => [nk(rng.pick(['api_key', 'secret', 'password', 'token', 'client_secret', 'auth_token', 'db_pass']), style), look(rng.pick(['placeholder', 'env_reference', 'env_reference', 'aws_example_key']))], 3],
    [() => { const [k, w] = rng.pick(LOOK_KEYS); return [nk(k, style), look(w)]; }, 4],
    [() => [nk(rng.pick(['admin_email', 'oncall_contact', 'alerts_to', 'owner']), style), P.email()], 1],
    [() => [nk(rng.pick(['oncall_phone', 'sms_fallback']), style), P.phone()], 0.6],
    [() => [nk('region', style), rng.pick(['eu-west-1', 'us-east-2', 'ap-northeast-1', 'westeurope'])], 1],
    [() => [nk('trace_sample', style), look('trace_id')], 0.5],
  ])();
}
const STYLE = { env: 'UPPER', yaml: 'snake', toml: 'snake', ini: 'snake', properties: 'kebab', json: 'camel', xml: 'camel', hcl: 'snake' };
const sections = ['database', 'cache', 'payments', 'mailer', 'auth', 'storage', 'observability', 'integrations', 'queue', 'search', 'partner_api', 'legacy'];
const comment = (c) => rng.pick([`${c} last rotated by ops`, `${c} TODO move to vault`, `${c} do not commit (oops)`, `${c} staging values`, `${c} generated ${look('date').v}`]);

export const CONFIG_DOCS = {
  env_file(d) {
    d.t(rng.pick(['# .env.production\n', '# local overrides — ', '']) + (d.n ? '\n' : ''));
    d.fill(rng.int(400, 2200), (d) => {
      if (rng.chance(0.1)) d.t('\n' + comment('#') + '\n');
      if (rng.chance(0.08)) { d.m('DATABASE_URL=', rng.pick(['postgres', 'postgresql', 'mysql']), '://', rng.pick(['app', 'svc_orders', 'root']), ':', urlPw(rng.pick(['DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PASSWORD'])), '@', rng.pick(['db-01', 'pg.internal.test', 'mysql-primary']), ':5432/', rng.pick(['orders', 'app', 'crm']), '\n'); return; }
      if (rng.chance(0.05)) { d.m('JWT_PRIVATE_KEY="', S(pem('escaped'), 'PRIVATE_KEY'), '"\n'); return; }
      const [k, v] = entry('UPPER'); const q = rng.pick(['', '', '"', "'"]);
      d.m(k, '=', q, v, q, '\n');
    });
  },
  yaml_config(d) {
    d.t('# ' + rng.pick(['application.yml', 'config/settings.yaml', 'values.prod.yaml', 'docker-compose.override.yml']) + '\n');
    d.fill(rng.int(500, 2600), (d) => {
      d.t(rng.pick(sections) + ':\n');
      for (let i = rng.int(2, 5); i > 0; i--) { const [k, v] = entry('snake'); const q = rng.pick(['', '', '"']); d.m('  ', k, ': ', q, v, q, '\n'); }
      if (rng.chance(0.12)) d.m('  tls_key: |\n    ', S(pem('plain', '    '), 'PRIVATE_KEY'), '\n');
      if (rng.chance(0.15)) d.m('  dsn: "mongodb+srv://', rng.pick(['atlas-admin', 'reader']), ':', urlPw('MONGODB_PASSWORD'), '@cluster0.mongo.test/?retryWrites=true"\n');
    });
  },
  toml_config(d) {
    d.t('# ' + rng.pick(['config.toml', 'Cargo-local.toml', 'settings.toml', 'netlify.toml']) + '\n');
    d.fill(rng.int(400, 2200), (d) => {
      d.t(`\n[${rng.pick(sections)}]\n`);
      for (let i = rng.int(2, 5); i > 0; i--) { const [k, v] = entry('snake'); d.m(k, ' = "', v, '"\n'); }
      if (rng.chance(0.1)) d.m(`url = "redis://:`, urlPw('REDIS_PASSWORD'), `@cache-01:6379/0"\n`);
    });
  },
  ini_config(d) {
    d.t('; ' + rng.pick(['php.ini overrides', 'my.cnf', 'odbc.ini', 'app.ini', '.pypirc', 'setup.cfg']) + '\n');
    d.fill(rng.int(300, 1800), (d) => {
      d.t(`\n[${rng.pick(['client', 'server', 'mysqld', 'smtp', 'ldap', 'upload', 'sync', 'billing', 'pypi_internal'])}]\n`);
      for (let i = rng.int(2, 4); i > 0; i--) { const [k, v] = entry('snake'); d.m(k, rng.pick(['=', ' = ']), v, '\n'); }
    });
  },
  properties(d) {
    d.t('# ' + rng.pick(['application.properties', 'gradle.properties', 'kafka-client.properties', 'hibernate.properties']) + '\n');
    d.fill(rng.int(300, 2000), (d) => {
      const pre = rng.pick(['spring.datasource', 'app.mail', 'app.partner', 'ssl', 'sasl.jaas', 'service.billing', 'org.gradle', 'signing']);
      if (rng.chance(0.12)) { d.m('sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="', rng.pick(['svc-kafka', 'producer']), '" password="', urlPw('KAFKA_SASL_PASSWORD'), '";\n'); return; }
      if (rng.chance(0.1)) { d.m('spring.datasource.url=jdbc:postgresql://db-01:5432/app?user=app&password=', urlPw('POSTGRES_PASSWORD'), '\n'); return; }
      const [k, v] = entry('kebab'); d.m(pre, '.', k, '=', v, '\n');
    });
  },
  json_config(d) {
    d.t('{\n');
    let first = true; const secs = rng.shuffle(sections.concat(['features', 'webhooks', 'reporting', 'sso', 'billing'])); let si = 0;
    d.fill(rng.int(400, 2400), (d) => {
      d.t((first ? '' : ',\n') + `  "${secs[si++ % secs.length]}${si > secs.length ? si : ''}": {\n`); first = false;
      const n = rng.int(2, 5);
      for (let i = 0; i < n; i++) { const [k, v] = entry('camel'); d.m(`    "${k}": "`, v, '"' + (i < n - 1 ? ',\n' : '\n')); }
      if (rng.chance(0.12)) { d.buf = d.buf.replace(/\n$/, ''); d.n -= 1; d.m(',\n    "private_key": "', S(pem('escaped'), 'PRIVATE_KEY'), '"\n'); }
      d.t('  }');
    }, 3940);
    d.t('\n}\n');
  },
  xml_config(d) {
    d.t('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n');
    d.fill(rng.int(400, 2400), (d) => {
      const sec = rng.pick(['appSettings', 'connectionStrings', 'partnerServices', 'mailSettings']);
      d.t(`  <${sec}>\n`);
      if (sec === 'connectionStrings') d.m('    <add name="Main" connectionString="Server=', rng.pick(['sql-01', 'mssql.corp.example']), ';Database=Ledger;User Id=', rng.pick(['ledger_app', 'sa']), ';Password=', S(urlPassword().replace(/[;&<]/g, '!'), 'MSSQL_PASSWORD'), ';" />\n');
      for (let i = rng.int(1, 4); i > 0; i--) { const [k, v] = entry('camel'); if (typeof v === 'object' && /[&<"]/.test(v.v)) continue; d.m(`    <add key="${k}" value="`, v, '" />\n'); }
      d.t(`  </${sec}>\n`);
    }, 3900);
    d.t('</configuration>\n');
  },
  hcl_terraform(d) {
    d.t('# ' + rng.pick(['main.tf', 'terraform.tfvars', 'providers.tf', 'vault.hcl']) + '\n');
    d.fill(rng.int(400, 2400), (d) => {
      const k = rng.int(0, 3);
      if (k === 0) { const o = sec1(noQuote); d.m(`\nvariable "${keyFor(o.e)}" {\n  type      = string\n  sensitive = true\n  default   = "`, o, '"\n}\n'); }
      else if (k === 1) { d.m(`\nprovider "${rng.pick(['aws', 'datadog', 'cloudflare', 'github'])}" {\n  region = "${rng.pick(['eu-west-1', 'us-east-1'])}"\n`); for (let i = rng.int(1, 3); i > 0; i--) { const [kk, v] = entry('snake'); d.m(`  ${kk} = "`, v, '"\n'); } d.t('}\n'); }
      else if (k === 2) { d.m(`\nresource "aws_db_instance" "${rng.pick(['main', 'reporting', 'ledger'])}" {\n  engine   = "postgres"\n  username = "${rng.pick(['dbadmin', 'master'])}"\n  password = "`, urlPw('POSTGRES_PASSWORD'), `"\n  tags = { commit = "`, look('git_sha'), '" }\n}\n'); }
      else { const [kk, v] = entry('snake'); d.m(kk, ' = "', v, '"\n'); }
    });
  },
  k8s_manifest(d) {
    d.fill(rng.int(500, 2600), (d) => {
      const k = rng.int(0, 2);
      d.t(d.n ? '---\n' : '');
      if (k === 0) {
        d.m('apiVersion: v1\nkind: Secret\nmetadata:\n  name: ', rng.pick(['app-credentials', 'db-auth', 'partner-keys']), '\n  namespace: ', rng.pick(['prod', 'payments', 'default']), '\n  uid: ', look('uuid'), '\n  resourceVersion: "', look('k8s_resource_version'), '"\ntype: Opaque\ndata:\n');
        for (let i = rng.int(1, 3); i > 0; i--) d.m('  ', rng.pick(['password', 'db-pass', 'api-token', 'smtp_pw', 'secret']), `${i}: `, S(Buffer.from(rng.chance(0.5) ? urlPassword() : sec1().v).toString('base64'), 'K8S_SECRET_DATA'), '\n');
        if (rng.chance(0.4)) { const o = sec1(noQuote); d.m('stringData:\n  ', keyFor(o.e, 'kebab'), ': "', o, '"\n'); }
      } else if (k === 1) {
        d.m('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ', rng.pick(['api', 'worker', 'checkout']), '\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ', look('container_image'), '@', look('digest'), '\n          env:\n');
        for (let i = rng.int(2, 4); i > 0; i--) { const [kk, v] = entry('UPPER'); d.m('            - name: ', kk, '\n              value: "', v, '"\n'); }
        d.m('            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: db-auth, key: password }\n');
      } else {
        d.m('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ', rng.pick(['app-config', 'feature-flags']), '\n  resourceVersion: "', look('k8s_resource_version'), '"\ndata:\n');
        for (let i = rng.int(2, 4); i > 0; i--) { const [kk, v] = entry('snake'); d.m('  ', kk, ': "', v, '"\n'); }
        if (rng.chance(0.3)) d.m('  .dockerconfigjson: \'{"auths":{"registry.corp.example":{"auth":"', secret('DOCKER_REGISTRY_AUTH'), '"}}}\'\n');
      }
    });
  },
};
