// Document kinds of structured tool output that carry credentials.
import { P, L, S } from './doc.mjs';
import { json, jfrag, yaml, csvRow, fixedTable, mdTable, bare } from './util.mjs';
import * as PII from './pii.mjs';
import { LOOK, isoTs } from './lookalikes.mjs';
import { SECRET_BY_ENTITY, secretValue, password, noteUse } from './secrets.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');
const NS = ['payments', 'crm', 'default', 'ops', 'checkout', 'hr-portal', 'analytics', 'kube-system'];
const APPS = ['orders-api', 'billing-worker', 'crm-sync', 'mailer', 'reporting', 'gateway', 'scheduler', 'tenant-portal'];
const isPem = (k) => !!k.pem;
const nonPem = (k) => !k.pem;
const flatKind = (k) => !k.pem && !k.url && !k.ctxOnly && k.e !== 'FLY_API_TOKEN';
const b64 = (s) => Buffer.from(s).toString('base64');

// one "KEY=value" style entry for a secret kind
function entry(c, filter = flatKind, style) {
  c.usedKeys ||= new Set();
  let k, key;
  for (let i = 0; i < 8; i++) {
    k = c.secKind(filter);
    key = c.keyName(k, style);
    const norm = key.toUpperCase().replace(/[^A-Z0-9]/g, '_');
    if (!c.usedKeys.has(norm)) { c.usedKeys.add(norm); break; }
  }
  return { k, key, span: c.secVal(k) };
}
const DB_PW = ['DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PASSWORD'];
// a URL carrying a password
function credUrl(c) {
  const r = c.r;
  const [scheme, ent, host, tail] = r.pick([
    ['postgres', 'POSTGRES_PASSWORD', 'db.internal.example', ':5432/orders'], ['postgresql', 'DATABASE_PASSWORD', 'pg-primary.internal.example', ':5432/app?sslmode=require'],
    ['mysql', 'MYSQL_PASSWORD', 'mysql-01.internal.example', ':3306/shop'], ['mongodb+srv', 'MONGODB_PASSWORD', 'cluster0.mongo.corp.example', '/prod?retryWrites=true'],
    ['redis', 'REDIS_PASSWORD', 'cache-01.internal.example', ':6379/0'], ['amqp', 'RABBITMQ_PASSWORD', 'mq.internal.example', ':5672/%2F'],
    ['ftp', 'FTP_PASSWORD', 'files.corp.example', '/outgoing'], ['https', 'PROXY_PASSWORD', 'proxy.corp.example', ':3128'], ['sqlserver', 'MSSQL_SA_PASSWORD', '10.20.3.14', ':1433'],
    ['https', 'ELASTICSEARCH_PASSWORD', 'es.logs.example', ':9200'],
  ]);
  noteUse(ent);
  const pw = S(ent, password(r, { urlSafe: true }));
  const user = r.pick(['app', 'svc_orders', 'admin', 'readonly', 'deploy', 'etl', 'elastic']);
  return jfrag(`${scheme}://${user}:`, pw, `@${host}${tail}`);
}
function slackHook(c) {
  const s = c.sec('SLACK_WEBHOOK_SECRET');
  return jfrag(`https://hooks.slack.example/services/T${c.r.uppernum(8)}/B${c.r.uppernum(10)}/`, s);
}
function discordHook(c) {
  return jfrag(`https://discord.example/api/webhooks/${c.r.digits(18)}/`, c.sec('DISCORD_WEBHOOK_TOKEN'));
}
function someLook(c) {
  const r = c.r;
  const w = r.pick(['uuid', 'git_sha', 'version', 'hostname', 'digest', 'hash', 'request_id', 'timestamp', 'placeholder', 'env_reference', 'aws_example_key', 'cron_expression', 'arn', 'cloud_account_id', 'hex_color', 'build_number', 'client_id', 'key_id', 'integrity', 'mac_address', 'public_key', 'vendor_test_card', 'invalid_card', 'data_uri', 'coordinates', 'isbn', 'invalid_iban']);
  const keys = { uuid: 'INSTANCE_ID', git_sha: 'GIT_COMMIT', version: 'APP_VERSION', hostname: 'DB_HOST', digest: 'IMAGE_DIGEST', hash: 'CONFIG_CHECKSUM', request_id: 'LAST_REQUEST_ID', timestamp: 'DEPLOYED_AT', placeholder: r.pick(['SENTRY_DSN', 'STRIPE_KEY', 'API_TOKEN', 'SMTP_PASSWORD']), env_reference: r.pick(['DATABASE_URL', 'GH_TOKEN', 'NPM_TOKEN']), aws_example_key: r.pick(['AWS_ACCESS_KEY_ID_DOCS', 'EXAMPLE_SECRET']), cron_expression: 'BACKUP_SCHEDULE', arn: 'ROLE_ARN', cloud_account_id: 'AWS_ACCOUNT_ID', hex_color: 'BRAND_COLOR', build_number: 'BUILD_NUMBER', client_id: 'OAUTH_CLIENT_ID', key_id: 'KEY_ID', integrity: 'SRI_HASH', mac_address: 'WOL_MAC', public_key: 'DEPLOY_PUBKEY', vendor_test_card: 'STRIPE_TEST_CARD', invalid_card: 'QA_DECLINED_CARD', data_uri: 'LOGO_DATA_URI', coordinates: 'WAREHOUSE_GEO', isbn: 'CATALOG_SAMPLE_ISBN', invalid_iban: 'QA_BAD_IBAN' };
  return { key: keys[w], span: c.look(w) };
}

// ---------------------------------------------------------------- Kubernetes Secret
export function k8s_secret(c) {
  const { r, d } = c;
  const app = r.pick(APPS), ns = r.pick(NS);
  const type = r.weighted([[6, 'Opaque'], [2, 'kubernetes.io/tls'], [2, 'kubernetes.io/dockerconfigjson']]);
  const data = {}, stringData = {};
  if (type === 'Opaque') {
    for (let i = 0; i < c.n; i++) {
      const e = entry(c, flatKind, r.pick(['SCREAM', 'snake', 'kebab']));
      if (r.chance(0.6)) { data[e.key] = S('KUBERNETES_SECRET_DATA', b64(e.span.v)); } else stringData[e.key] = e.span;
    }
    data.username = b64(r.pick(['app', 'svc-orders', 'postgres']));
    if (r.chance(0.5)) data.host = b64(r.pick(['db.internal.example', 'redis-master.ops.svc']));
    if (r.chance(0.5)) stringData[r.pick(['DATABASE_URL', 'MONGO_URI', 'BROKER_URL'])] = credUrl(c);
    if (r.chance(0.3)) stringData.SLACK_WEBHOOK_URL = slackHook(c);
    if (r.chance(0.3)) { const pk = c.secKind((k) => k.pem && ['EC_PRIVATE_KEY', 'EC_PKCS8_PRIVATE_KEY', 'ED25519_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY'].includes(k.e)); stringData[r.pick(['ssh-privatekey', 'signing.key', 'jwt-private.pem'])] = { ...c.secVal(pk), block: true }; }
  } else if (type === 'kubernetes.io/tls') {
    data['tls.crt'] = L('certificate', b64(LOOK.certificate(r) + '\n'));
    const pemE = r.pick(['EC_PRIVATE_KEY', 'EC_PKCS8_PRIVATE_KEY', 'ED25519_PRIVATE_KEY']);
    data['tls.key'] = S('KUBERNETES_SECRET_DATA', b64(secretValue(r, SECRET_BY_ENTITY[pemE]) + '\n'));
  } else {
    const auth = c.sec('DOCKER_REGISTRY_AUTH');
    const user = Buffer.from(auth.v, 'base64').toString().split(':')[0];
    data['.dockerconfigjson'] = S('KUBERNETES_SECRET_DATA', b64(JSON.stringify({ auths: { 'registry.corp.example': { username: user, password: Buffer.from(auth.v, 'base64').toString().split(':').slice(1).join(':'), auth: auth.v } } })));
  }
  const owner = c.person();
  const meta = { name: `${app}-${r.pick(['secrets', 'env', 'tls', 'creds'])}`, namespace: ns, uid: c.look('uuid'), resourceVersion: c.look('k8s_resource_version'), creationTimestamp: L('timestamp', isoTs(r, false).replace(/[+-]\d\d:\d\d$/, 'Z')),
    labels: { app, 'app.kubernetes.io/version': c.look('version') }, annotations: { 'owner-email': c.email(owner), 'last-rotated-by': c.nm(owner, 'full', true) } };
  if (r.chance(0.5)) {
    d.add(r.pick(['$ kubectl get secret -n ' + ns + ' -o yaml ' + meta.name + '\n', '---\n', '']));
    const obj = { apiVersion: 'v1', kind: 'Secret', metadata: meta, type };
    if (Object.keys(data).length) obj.data = data;
    if (Object.keys(stringData).length) obj.stringData = stringData;
    yaml(d, obj);
  } else {
    d.add('$ kubectl get secret ', meta.name, ' -n ', ns, ' -o json\n');
    const obj = { apiVersion: 'v1', data: { ...data, ...Object.fromEntries(Object.entries(stringData).map(([k, v]) => [k, Array.isArray(v) ? S('KUBERNETES_SECRET_DATA', b64(v.map((x) => x.v ?? x).join(''))) : S('KUBERNETES_SECRET_DATA', b64(v.v))])) }, kind: 'Secret', metadata: meta, type };
    json(d, obj, 4);
    d.add('\n');
  }
}

// ---------------------------------------------------------------- Kubernetes ConfigMap
export function k8s_configmap(c) {
  const { r, d } = c;
  const app = r.pick(APPS);
  const props = [];
  for (let i = 0; i < c.n; i++) {
    if (r.chance(0.55)) { const e = entry(c, flatKind, r.pick(['dot', 'snake', 'camel'])); props.push([e.key, e.span]); } else { const l = someLook(c); props.push([l.key.toLowerCase().replace(/_/g, '.'), l.span]); }
  }
  props.push(['spring.datasource.url', credUrl(c)]);
  const ownerP = c.person();
  const body = props.map(([k, v]) => [k, '=', ...(Array.isArray(v) ? v : [v])]);
  d.add('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ', app, '-config\n  namespace: ', r.pick(NS), '\n  resourceVersion: "', c.look('k8s_resource_version'), '"\n  uid: ', c.look('uuid'), '\n  annotations:\n    maintainer: "', c.nm(ownerP, 'full', true), ' <', c.email(ownerP), '>"\n');
  d.add('data:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: "new-checkout,', r.pick(['beta-search', 'dark-mode']), '"\n');
  d.add('  TZ: ', r.pick(['Europe/Berlin', 'America/Chicago', 'Asia/Tokyo']), '\n');
  d.add('  application.properties: |\n');
  for (const ln of body) d.add('    ', ...ln, '\n');
  if (r.chance(0.5)) {
    const l = someLook(c), e = entry(c);
    d.add('  config.json: |\n    {"', l.key.toLowerCase(), '": "', l.span, '", "', e.key, '": "', e.span, '", "retries": 3}\n');
  }
}

// ---------------------------------------------------------------- Terraform state
export function terraform_state(c) {
  const { r, d } = c;
  const acct = LOOK.cloud_account_id(r);
  const res = [];
  const n = c.n;
  for (let i = 0; i < n; i++) {
    const t = r.int(0, 7);
    if (t === 0) res.push({ mode: 'managed', type: 'aws_iam_access_key', name: r.pick(['ci', 'deploy', 'backup']), provider: 'provider["tf.registry.example/hashicorp/aws"]', instances: [{ schema_version: 0, attributes: { id: c.sec('AWS_ACCESS_KEY'), secret: c.sec('AWS_SECRET_KEY'), ses_smtp_password_v4: c.sec('AWS_SES_SMTP_PASSWORD'), user: r.pick(['ci-bot', 'deploy']), create_date: c.look('timestamp'), status: 'Active' }, sensitive_attributes: [] }] });
    else if (t === 1) { const k = SECRET_BY_ENTITY[r.pick(DB_PW)]; res.push({ mode: 'managed', type: 'aws_db_instance', name: 'main', instances: [{ attributes: { address: c.look('hostname'), arn: L('arn', `arn:aws:rds:eu-central-1:${acct}:db:main`), engine_version: c.look('version'), password: c.secVal(k), username: 'app', port: 5432 } }] }); }
    else if (t === 2) res.push({ mode: 'managed', type: 'random_password', name: r.pick(['db', 'redis', 'admin']), instances: [{ attributes: { id: 'none', length: 32, result: S(r.pick(['DATABASE_PASSWORD', 'REDIS_PASSWORD', 'ADMIN_PASSWORD']), password(r, { strong: true })), special: true } }] });
    else if (t === 3) res.push({ mode: 'managed', type: 'azurerm_storage_account', name: 'logs', instances: [{ attributes: { id: jfrag('/subscriptions/', c.look('uuid'), '/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs', r.lowernum(6)), primary_access_key: c.sec('AZURE_STORAGE_ACCOUNT_KEY'), primary_connection_string: jfrag('DefaultEndpointsProtocol=https;AccountName=stlogs;AccountKey=', c.sec('AZURE_STORAGE_ACCOUNT_KEY'), ';EndpointSuffix=core.windows.example') } }] });
    else if (t === 4) { const e = entry(c, (x) => flatKind(x) && !x.pw); res.push({ mode: 'managed', type: r.pick(['github_actions_secret', 'vault_generic_secret', 'kubernetes_secret']), name: e.key.toLowerCase().replace(/[^a-z0-9]+/g, '_'), instances: [{ attributes: { secret_name: e.key.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), plaintext_value: e.span, updated_at: c.look('timestamp') } }] }); }
    else if (t === 5) res.push({ mode: 'managed', type: 'tls_private_key', name: 'bastion', instances: [{ attributes: { algorithm: 'ECDSA', ecdsa_curve: 'P256', private_key_pem: S('EC_PRIVATE_KEY', secretValue(r, SECRET_BY_ENTITY.EC_PRIVATE_KEY).replace(/\n/g, '\\n') + '\\n'), public_key_fingerprint_sha256: c.look('fingerprint') } }] });
    else if (t === 6) res.push({ mode: 'managed', type: 'datadog_api_key', name: 'agent', instances: [{ attributes: { id: c.look('uuid'), key: c.sec('DATADOG_API_KEY'), name: 'agent-prod' } }] });
    else { const e = entry(c); res.push({ mode: 'data', type: 'external', name: 'lookup', instances: [{ attributes: { result: { [e.key]: e.span, region: 'eu-west-1', account: L('cloud_account_id', acct) } } }] }); }
  }
  const obj = { version: 4, terraform_version: `1.${r.int(3, 9)}.${r.int(0, 6)}`, serial: r.int(3, 900), lineage: c.look('uuid'),
    outputs: { db_password: { value: S('DATABASE_PASSWORD', password(r)), type: 'string', sensitive: true }, endpoint: { value: c.look('hostname'), type: 'string' } }, resources: res, check_results: null };
  if (r.chance(0.5)) d.add('$ terraform state pull\n');
  json(d, obj, 2);
  d.add('\n');
}

// ---------------------------------------------------------------- environment dump
export function env_dump(c) {
  const { r, d } = c;
  const st = r.int(0, 2);
  const u = c.person();
  const lines = [['HOSTNAME', c.look('hostname')], ['HOME', '/home/app'], ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin'], ['LANG', r.pick(['en_US.UTF-8', 'de_DE.UTF-8', 'C.UTF-8'])]];
  for (let i = 0; i < c.n; i++) {
    if (r.chance(0.7)) { const e = entry(c, flatKind, 'SCREAM'); lines.push([e.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), e.span]); } else { const l = someLook(c); lines.push([l.key, l.span]); }
  }
  if (r.chance(0.6)) lines.push(['DATABASE_URL', credUrl(c)]);
  if (r.chance(0.3)) lines.push(['DISCORD_WEBHOOK', discordHook(c)]);
  lines.push(['GIT_AUTHOR_NAME', c.nm(u, 'full', true)], ['GIT_AUTHOR_EMAIL', c.email(u)]);
  if (r.chance(0.3)) lines.push(['SSH_CLIENT', [PII.IP(r, 'pub'), ` ${r.int(30000, 65000)} 22`]]);
  const sh = r.shuffle(lines);
  if (st === 0) { d.add(r.pick(['$ printenv\n', '$ env | sort\n', '$ docker exec -it ' + r.pick(APPS) + ' env\n'])); for (const [k, v] of sh) d.add(k, '=', ...(Array.isArray(v) ? v : [v]), '\n'); }
  else if (st === 1) {
    d.add('PS C:\\> Get-ChildItem Env: | Format-Table -AutoSize\n\n');
    fixedTable(d, ['Name', 'Value'], sh.map(([k, v]) => [[k], Array.isArray(v) ? v : [v]]), 1, '-');
  } else { d.add('$ cat /proc/1/environ | tr \'\\0\' \'\\n\'\n'); for (const [k, v] of sh) d.add(k, '=', ...(Array.isArray(v) ? v : [v]), '\n'); }
}

// ---------------------------------------------------------------- docker inspect
export function docker_inspect(c) {
  const { r, d } = c;
  const env = [];
  for (let i = 0; i < c.n; i++) {
    if (r.chance(0.7)) { const e = entry(c, flatKind, 'SCREAM'); env.push(jfrag(e.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_') + '=', e.span)); } else { const l = someLook(c); env.push(jfrag(l.key + '=', l.span)); }
  }
  if (r.chance(0.5)) env.push(jfrag('BROKER_URL=', ...credUrl(c)));
  env.push('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  const m = c.person();
  const app = r.pick(APPS), inst = r.int(1, 4);
  const obj = [{
    Id: c.look('container_id'), Created: c.look('timestamp'), Path: '/docker-entrypoint.sh', Args: [r.pick(['node', 'gunicorn', 'java', './server'])],
    State: { Status: 'running', Running: true, Pid: r.int(100, 60000), StartedAt: c.look('timestamp') },
    Image: c.look('digest'), Name: `/${app}-${inst}`, RestartCount: 0,
    Config: { Hostname: L('hostname', r.hex(12)), User: 'app', Env: env, Image: jfrag(`registry.corp.example/${app}:`, c.look('version')),
      Labels: { maintainer: jfrag(c.nm(m, 'full', true), ' <', c.email(m), '>'), 'org.opencontainers.image.revision': c.look('git_sha'), 'org.opencontainers.image.created': c.look('timestamp') } },
    NetworkSettings: { IPAddress: `172.17.0.${r.int(2, 40)}`, Gateway: '172.17.0.1', MacAddress: c.look('mac_address') },
  }];
  d.add('$ docker inspect ', app, '-', String(inst), '\n');
  json(d, obj, 4);
  d.add('\n');
}

// ---------------------------------------------------------------- CI variables page / CI log
export function ci_variables(c) {
  const { r, d } = c;
  const st = r.int(0, 2);
  if (st === 0) {
    d.add(r.pick(['Settings › CI/CD › Variables', 'Project variables', 'Environment variables (revealed)']), '\n\n');
    const rows = [];
    for (let i = 0; i < c.n + 1; i++) {
      if (r.chance(0.75)) { const e = entry(c, flatKind, 'SCREAM'); rows.push([[r.pick(['Variable', 'Variable', 'File'])], [e.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_')], [e.span], [r.pick(['Protected', 'Masked', 'Protected, Masked', 'Expanded', '—'])], [r.pick(['All (default)', 'production', 'staging', 'review/*'])]]); }
      else rows.push([['Variable'], [r.pick(['NPM_TOKEN', 'SONAR_TOKEN', 'DOCKER_PASSWORD'])], [c.look('placeholder')], ['Masked, hidden'], ['production']]);
    }
    fixedTable(d, ['Type', 'Key', 'Value', 'Options', 'Environments'], rows, 2, '');
    const p = c.person();
    d.add('\nLast changed by ', c.nm(p, 'full'), ' (', c.email(p), ') ', c.look('timestamp'), '\n');
  } else if (st === 1) {
    const t0 = () => L('timestamp', `${r.int(2023, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${r.digits(7)}Z`);
    d.add(t0(), ' ##[group]Run ./scripts/deploy.sh ', c.look('version'), '\n');
    d.add(t0(), ' env:\n');
    for (let i = 0; i < c.n; i++) {
      if (r.chance(0.35)) d.add(t0(), '   ', r.pick(['DEPLOY_KEY', 'NPM_TOKEN', 'KUBE_CONFIG']), ': ***\n');
      else if (r.chance(0.2)) { d.add(t0(), '   ', r.pick(['DB_PASSWORD', 'GH_TOKEN']), ': ', c.look('env_reference'), '\n'); }
      else { const e = entry(c, flatKind, 'SCREAM'); d.add(t0(), '   ', e.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), ': ', e.span, '\n'); }
    }
    d.add(t0(), ' ##[endgroup]\n');
    const e = entry(c, flatKind);
    d.add(t0(), ' + curl -fsS -H \'Authorization: Bearer ', e.span, '\' https://deploy.corp.example/api/release\n');
    d.add(t0(), ' + echo "release ', c.look('git_sha'), ' by ', ...(() => { const p = c.person(); return [c.nm(p, 'full', true), ' <', c.email(p), '>']; })(), '"\n');
  } else {
    const items = [];
    for (let i = 0; i < c.n; i++) {
      if (r.chance(0.7)) { const e = entry(c, flatKind, 'SCREAM'); items.push({ name: e.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), value: e.span, created_at: c.look('timestamp') }); }
      else {
        const pool = ['AWS_SECRET_ACCESS_KEY', 'SLACK_TOKEN', 'CODECOV_TOKEN', 'SENTRY_DSN', 'DEPLOY_SSH_KEY', 'COSIGN_PASSWORD', 'FASTLANE_PASSWORD', 'GPG_PASSPHRASE'].filter((x) => !c.usedKeys?.has(x));
        const name = r.pick(pool.length ? pool : ['MASKED_' + r.int(1, 99)]);
        (c.usedKeys ||= new Set()).add(name);
        items.push({ name, value: L('placeholder', `xxxx${r.hex(4)}`), created_at: c.look('timestamp') });
      }
    }
    d.add('$ curl -s -H "Circle-Token: ', c.sec('CIRCLECI_TOKEN'), '" https://ci.corp.example/api/v2/project/gh/acme/', r.pick(APPS), '/envvar\n');
    json(d, { next_page_token: null, items }, 2);
    d.add('\n');
  }
}

// ---------------------------------------------------------------- JSON API responses carrying credentials
export function api_json_secrets(c) {
  const { r, d } = c;
  const t = r.int(0, 6);
  const hdr = (path) => d.add(r.pick(['$ curl -s ', '$ http --body ', '> POST ']), `https://api.${r.pick(['corp', 'shop', 'auth'])}.example${path}\n`);
  if (t === 0) {
    hdr('/oauth/token');
    json(d, { access_token: c.sec(r.pick(['JSON_WEB_TOKEN', 'OAUTH_ACCESS_TOKEN', 'GOOGLE_OAUTH_ACCESS_TOKEN'])), token_type: 'Bearer', expires_in: 3599, refresh_token: c.sec(r.pick(['OAUTH_REFRESH_TOKEN', 'GOOGLE_OAUTH_REFRESH_TOKEN'])), scope: 'openid profile email', id_token: c.sec('JSON_WEB_TOKEN') }, 2);
  } else if (t === 1) {
    d.add('$ aws sts assume-role --role-arn ', c.look('arn'), ' --role-session-name deploy\n');
    json(d, { Credentials: { AccessKeyId: c.sec('AWS_TEMPORARY_ACCESS_KEY'), SecretAccessKey: c.sec('AWS_SECRET_KEY'), SessionToken: c.sec('AWS_SESSION_TOKEN'), Expiration: c.look('timestamp') }, AssumedRoleUser: { AssumedRoleId: jfrag('AROA', L('request_id', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)), ':deploy'), Arn: c.look('arn') } }, 4);
  } else if (t === 2) {
    d.add('$ vault kv get -format=json secret/', r.pick(APPS), '\n');
    const data = {};
    for (let i = 0; i < c.n - 1; i++) { const e = entry(c); data[e.key] = e.span; }
    json(d, { request_id: c.look('uuid'), lease_id: '', lease_duration: 0, renewable: false, data: { data, metadata: { created_time: c.look('timestamp'), version: r.int(1, 30) } }, warnings: null }, 2);
  } else if (t === 3) {
    const k = c.secKind(flatKind);
    const p = c.person();
    hdr('/v1/api-keys');
    json(d, { id: c.look('uuid'), name: r.pick(['ci', 'zapier', 'local dev', 'backup job']), key: c.secVal(k), prefix: L('placeholder', `${c.r.alnum(4)}…`), created_at: c.look('timestamp'), created_by: { id: c.look('crm_id'), name: c.nm(p, 'full', true), email: c.email(p) }, scopes: ['read', 'write'] }, 2);
  } else if (t === 4) {
    hdr('/app/installations/' + r.digits(8) + '/access_tokens');
    json(d, { token: c.sec('GITHUB_INSTALLATION_TOKEN'), expires_at: c.look('timestamp'), permissions: { contents: 'read', metadata: 'read' }, repository_selection: 'selected' }, 2);
    d.add('\n');
    json(d, { refresh: c.sec('GITHUB_REFRESH_TOKEN'), user_token: c.sec('GITHUB_USER_TO_SERVER_TOKEN'), oauth: c.sec('GITHUB_OAUTH_TOKEN') }, 2);
  } else if (t === 5) {
    hdr('/v2/integrations');
    const items = [];
    for (let i = 0; i < Math.max(2, c.n - 3); i++) {
      const w = r.int(0, 2);
      if (w === 0) items.push({ id: c.look('uuid'), type: 'slack', url: slackHook(c), signing_secret: c.sec('SLACK_SIGNING_SECRET') });
      else if (w === 1) items.push({ id: c.look('uuid'), type: 'webhook', url: 'https://hooks.partner.test/in', secret: c.sec(r.pick(['WEBHOOK_SECRET', 'STRIPE_WEBHOOK_SECRET', 'HMAC_SECRET'])), last_delivery: c.look('timestamp') });
      else { const e = entry(c); items.push({ id: c.look('uuid'), type: e.k.words[0], credentials: { [e.key]: e.span } }); }
    }
    json(d, { data: items, has_more: false }, 2);
  } else {
    d.add('$ cat ', r.pick(['sa-key.json', 'service-account.json', 'gcp-credentials.json']), '\n');
    const proj = `${r.pick(['acme', 'shopfloor', 'kiwi'])}-${r.pick(['prod', 'data', 'ml'])}-${r.int(100, 999)}`;
    json(d, { type: 'service_account', project_id: proj, private_key_id: c.look('key_id'), private_key: S('GCP_SERVICE_ACCOUNT_KEY', secretValue(r, SECRET_BY_ENTITY.PKCS8_PRIVATE_KEY).replace(/\n/g, '\\n') + '\\n'), client_email: `deployer@${proj}.iam.gserviceaccount.example`, client_id: L('client_id', r.digits(21)), auth_uri: 'https://accounts.google.example/o/oauth2/auth', token_uri: 'https://oauth2.googleapis.example/token' }, 2);
  }
  d.add('\n');
}

// ---------------------------------------------------------------- configuration files
export function config_file(c) {
  const { r, d } = c;
  const f = r.int(0, 10);
  const es = () => entry(c, flatKind, r.pick(['SCREAM', 'snake']));
  if (f === 0) { // .env
    d.add(r.pick(['# .env.production\n', '# local overrides — do not commit\n', '']));
    for (let i = 0; i < c.n; i++) {
      if (r.chance(0.75)) { const e = es(); const q = r.pick(['', '"', "'"]); d.add(e.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), '=', q, e.span, q, '\n'); }
      else { const l = someLook(c); d.add(r.pick(['# ', '']), l.key, '=', l.span, '\n'); }
      if (r.chance(0.15)) d.add('\n');
    }
    d.add('DATABASE_URL=', ...credUrl(c), '\n');
  } else if (f === 1) { // INI
    d.add('[', r.pick(['database', 'client', 'mysqld']), ']\nhost = ', c.look('hostname'), '\nuser = app\npassword = ', c.sec(r.pick(DB_PW)), '\n\n');
    d.add('[default]\naws_access_key_id = ', c.sec('AWS_ACCESS_KEY'), '\naws_secret_access_key = ', c.sec('AWS_SECRET_KEY'), '\nregion = eu-west-1\n\n[profile docs]\naws_access_key_id = ', L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE'), '\naws_secret_access_key = ', L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), '\n');
    for (let i = 0; i < c.n - 3; i++) { const e = es(); d.add(i === 0 ? '\n[integrations]\n' : '', e.key.toLowerCase(), ' = ', e.span, '\n'); }
  } else if (f === 2) { // TOML
    d.add('[server]\nport = 8080\nhost = "0.0.0.0"\n\n[database]\nurl = "', ...credUrl(c), '"\npool = 10\n\n[secrets]\n');
    for (let i = 0; i < c.n; i++) { const e = entry(c, flatKind, 'snake'); d.add(e.key.replace(/[^a-z0-9_]/gi, '_').toLowerCase(), ' = "', e.span, '"\n'); }
    d.add('\n[build]\nversion = "', c.look('version'), '"\ncommit = "', c.look('git_sha'), '"\n');
  } else if (f === 3) { // application.yml
    const obj = { spring: { datasource: { url: jfrag('jdbc:postgresql://', c.look('hostname'), ':5432/app'), username: 'app', password: c.sec(r.pick(['DATABASE_PASSWORD', 'POSTGRES_PASSWORD'])) }, mail: { host: 'smtp.corp.example', username: c.email(c.person(), 'corp.example'), password: c.sec('SMTP_PASSWORD') } }, app: {} };
    for (let i = 0; i < c.n - 2; i++) { const e = entry(c, flatKind, 'camel'); obj.app[e.key] = e.span; }
    obj.app.buildVersion = c.look('version');
    yaml(d, obj);
  } else if (f === 4) { // Java properties
    d.add('# ', r.pick(['application-prod.properties', 'gradle.properties', 'local.properties']), '\n');
    for (let i = 0; i < c.n; i++) { if (r.chance(0.75)) { const e = entry(c, flatKind, 'dot'); d.add(e.key, r.pick(['=', ' = ', ': ']), e.span, '\n'); } else { const l = someLook(c); d.add(l.key.toLowerCase().replace(/_/g, '.'), '=', l.span, '\n'); } }
    d.add('signing.keystore.password=', c.sec('KEYSTORE_PASSWORD'), '\n');
  } else if (f === 5) { // appsettings.json
    const obj = { Logging: { LogLevel: { Default: 'Information' } }, ConnectionStrings: { Default: jfrag('Server=', c.look('hostname'), ';Database=Orders;User Id=sa;Password=', c.sec('MSSQL_SA_PASSWORD'), ';TrustServerCertificate=True') }, Integrations: {} };
    for (let i = 0; i < c.n - 1; i++) { const e = entry(c, flatKind, 'Pascal'); obj.Integrations[e.key] = e.span; }
    obj.Integrations.ServiceBus = jfrag('Endpoint=sb://bus-prod.servicebus.windows.example/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=', c.sec('AZURE_SERVICE_BUS_KEY'));
    json(d, obj, 2);
    d.add('\n');
  } else if (f === 6) { // wp-config.php
    d.add("<?php\n/** WordPress config — ", r.pick(['staging', 'prod']), " */\ndefine( 'DB_NAME', 'wp_", r.lower(5), "' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '", c.sec('MYSQL_PASSWORD'), "' );\ndefine( 'DB_HOST', '", c.look('hostname'), "' );\n");
    for (const k of ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY'].slice(0, Math.max(1, c.n - 4))) d.add("define( '", k, "', '", S('WORDPRESS_AUTH_KEY', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_=+[]{}<>~|;:,.?', 64).replace(/[\\'"`$]/g, 'x')), "' );\n");
    d.add("define( 'SMTP_PASS', '", c.sec('SMTP_PASSWORD'), "' );\n$table_prefix = 'wp_';\n");
  } else if (f === 7) { // netrc / pgpass / git-credentials / npmrc
    d.add('$ cat ~/.netrc\nmachine git.corp.example\n  login ', c.email(c.person(), 'corp.example'), '\n  password ', c.sec(r.pick(['GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN'])), '\n\n');
    d.add('$ cat ~/.pgpass\n', c.look('hostname'), ':5432:orders:app:', c.sec('POSTGRES_PASSWORD'), '\n\n');
    d.add('$ cat ~/.git-credentials\nhttps://', r.pick(['ci-bot', 'deploy', 'oauth2']), ':', c.sec(r.pick(['GITHUB_FINE_GRAINED_TOKEN', 'GITLAB_DEPLOY_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN'])), '@git.corp.example\n\n');
    d.add('$ cat .npmrc\n//npm.pkg.internal.example/:_authToken=', c.sec('NPM_ACCESS_TOKEN'), '\nalways-auth=true\n');
  } else if (f === 8) { // Maven settings.xml / web.config
    d.add('<?xml version="1.0" encoding="UTF-8"?>\n<settings>\n  <servers>\n');
    const ids = r.shuffle(['releases', 'snapshots', 'internal-mirror', 'thirdparty', 'plugins', 'staging-repo']);
    for (let i = 0; i < Math.max(1, Math.min(5, c.n - 3)); i++) d.add('    <server>\n      <id>', ids[i], '</id>\n      <username>', r.pick(['deploy', 'ci']), '</username>\n      <password>', c.sec(r.pick(['JFROG_API_KEY', 'JFROG_ACCESS_TOKEN', 'ADMIN_PASSWORD', 'NUGET_API_KEY'])), '</password>\n    </server>\n');
    d.add('  </servers>\n  <profiles><profile><properties>\n    <sonar.token>', c.sec('SONARQUBE_TOKEN'), '</sonar.token>\n    <gpg.passphrase>', c.sec('PRIVATE_KEY_PASSPHRASE'), '</gpg.passphrase>\n  </properties></profile></profiles>\n</settings>\n');
  } else if (f === 9) { // docker-compose.yml
    const svc = {};
    for (const name of r.sample(['db', 'cache', 'app', 'worker', 'grafana'], 3)) {
      const env = {};
      for (let i = 0; i < Math.max(1, Math.floor(c.n / 2)); i++) { const e = entry(c, flatKind, 'SCREAM'); env[e.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_')] = e.span; }
      svc[name] = { image: jfrag(`registry.corp.example/${name}:`, c.look('version')), environment: env };
    }
    yaml(d, { version: '3.9', services: svc });
  } else { // Django settings.py
    d.add('# settings/production.py\nimport os\n\nDEBUG = False\nSECRET_KEY = "', c.sec('DJANGO_SECRET_KEY'), '"\nALLOWED_HOSTS = ["', c.look('hostname'), '"]\n\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "HOST": "db.internal.example",\n        "PASSWORD": "', c.sec('POSTGRES_PASSWORD'), '",\n    }\n}\n');
    for (let i = 0; i < c.n - 2; i++) { const e = entry(c, flatKind, 'SCREAM'); d.add(e.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), ' = "', e.span, '"\n'); }
    d.add('ADMINS = [("', ...(() => { const p = c.person(); return [c.nm(p, 'full', true), '", "', c.email(p)]; })(), '")]\n');
  }
}

// ---------------------------------------------------------------- kubeconfig / docker config.json / aws credentials
export function client_credentials(c) {
  const { r, d } = c;
  const t = r.int(0, 2);
  if (t === 0) {
    const user = r.pick(['admin', 'ci-deployer', 'oidc-user']);
    d.add('$ cat ~/.kube/config\napiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ', L('certificate', b64(LOOK.certificate(r) + '\n')), '\n    server: https://', r.pick(['10.0.0.1:6443', 'k8s.corp.example:443', 'api.prod.internal.example']), '\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    namespace: ', r.pick(NS), '\n    user: ', user, '\n  name: prod\ncurrent-context: prod\nkind: Config\nusers:\n- name: ', user, '\n  user:\n');
    if (r.chance(0.5)) d.add('    client-certificate-data: ', L('certificate', b64(LOOK.certificate(r) + '\n')), '\n    client-key-data: ', c.sec('KUBECONFIG_CLIENT_KEY_DATA'), '\n');
    else d.add('    token: ', c.sec(r.pick(['KUBERNETES_SERVICE_ACCOUNT_TOKEN', 'OAUTH_ACCESS_TOKEN'])), '\n');
  } else if (t === 1) {
    d.add('$ cat ~/.docker/config.json\n');
    const auths = {};
    for (const host of r.sample(['registry.corp.example', 'harbor.internal.example:8443', '10.1.4.20:5000', 'images.shop.test'], r.int(1, 3))) auths[host] = { auth: c.sec('DOCKER_REGISTRY_AUTH') };
    json(d, { auths, credsStore: r.pick(['desktop', 'osxkeychain', 'pass']), currentContext: 'default' }, '\t'.length);
    d.add('\n');
    if (r.chance(0.6)) { d.add('$ echo ', c.sec('BASIC_AUTH_CREDENTIALS'), ' | base64 -d\n', r.pick(['(output hidden)', '[redacted by terminal recorder]']), '\n'); }
  } else {
    d.add('$ cat ~/.aws/credentials\n[default]\naws_access_key_id=', c.sec('AWS_ACCESS_KEY'), '\naws_secret_access_key=', c.sec('AWS_SECRET_KEY'), '\n\n[temp]\naws_access_key_id = ', c.sec('AWS_TEMPORARY_ACCESS_KEY'), '\naws_secret_access_key = ', c.sec('AWS_SECRET_KEY'), '\naws_session_token = ', c.sec('AWS_SESSION_TOKEN'), '\n\n$ cat ~/.aws/config\n[profile prod]\nrole_arn = ', c.look('arn'), '\nsource_profile = default\n');
  }
}

// ---------------------------------------------------------------- shell history
export function shell_history(c) {
  const { r, d } = c;
  const numbered = r.chance(0.5);
  let i = r.int(100, 1900);
  const line = (...parts) => { d.add(numbered ? `${String(i++).padStart(5)}  ` : '', ...parts, '\n'); };
  for (let k = 0; k < c.n + 3; k++) {
    const t = r.int(0, 11);
    if (t === 0) { const e = entry(c, flatKind, 'SCREAM'); line('export ', e.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), '=', r.chance(0.5) ? ["'", e.span, "'"] : e.span); }
    else if (t === 1) { const e = entry(c); line('curl -H "Authorization: Bearer ', e.span, '" https://api.corp.example/v1/', r.pick(['users', 'orders', 'reports'])); }
    else if (t === 2) line('mysql -h ', c.look('hostname'), ' -u root -p', c.sec('MYSQL_PASSWORD'), ' app');
    else if (t === 3) {
      const u = credUrl(c);
      const tool = { postgres: 'psql', postgresql: 'psql', mysql: 'mysqlsh --uri', 'mongodb+srv': 'mongosh', redis: 'redis-cli -u', amqp: 'rabbitmqadmin --uri', ftp: 'curl -O', https: 'curl -x', sqlserver: 'sqlcmd --url' }[String(u[0]).split(':')[0]] || 'curl';
      line(tool, ' "', ...u, '"');
    }
    else if (t === 4) line('git clone https://oauth2:', c.sec(r.pick(['GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN'])), '@git.corp.example/', r.pick(['platform', 'data']), '/', r.pick(APPS), '.git');
    else if (t === 5) line('aws configure set aws_secret_access_key ', c.sec('AWS_SECRET_KEY'));
    else if (t === 6) { const p = c.person(); line('grep -i "', c.email(p), '" exports/customers.csv'); }
    else if (t === 7) { const p = c.person(); line('./bin/notify --to "', c.phone(p, true), '" --name "', c.nm(p, 'full', true), '"'); }
    else if (t === 8) line('ssh -i ~/.ssh/id_ed25519 deploy@', r.chance(0.5) ? PII.IP(r, 'pub') : `10.0.${r.int(0, 9)}.${r.int(2, 200)}`);
    else if (t === 9) line('docker login -u ci -p ', c.sec(r.pick(['DOCKERHUB_ACCESS_TOKEN', 'ADMIN_PASSWORD'])), ' registry.corp.example');
    else if (t === 10) line('git checkout ', c.look('git_sha'), ' && make release VERSION=', c.look('version'));
    else line('sshpass -p \'', c.sec('SSH_PASSWORD'), '\' ssh root@', r.pick(['backup-01', 'nas.internal.example', '192.168.1.20']));
  }
}

// ---------------------------------------------------------------- PEM dump in a terminal session
export function pem_dump(c) {
  const { r, d } = c;
  const pe = c.secKind(isPem).e;
  const p = c.person();
  const user = (p.givenL.split(' ')[0] || 'user').toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') || 'user';
  const comment = `${user}@${r.pick(['laptop', 'build-07', 'bastion'])}`;
  const email = PII.emailFor(r, p);
  let val;
  if (pe === 'OPENSSH_PRIVATE_KEY') val = secretValue(r, SECRET_BY_ENTITY[pe], comment);
  else if (pe === 'PGP_PRIVATE_KEY') val = secretValue(r, SECRET_BY_ENTITY[pe], `${p.givenL} ${p.familyL} <${email.v}>`);
  else val = secretValue(r, SECRET_BY_ENTITY[pe]);
  const st = pe === 'PGP_PRIVATE_KEY' ? 3 : pe === 'OPENSSH_PRIVATE_KEY' ? r.pick([0, 2]) : r.pick([1, 2, 4]);
  if (st === 0) {
    const ed = val.length < 600;
    d.add('$ ls -la ~/.ssh\n-rw-------  1 ', user, ' staff  ', String(val.length + 1), ' ', c.look('date', 'en'), ' id_', ed ? 'ed25519' : 'rsa', '\n-rw-r--r--  1 ', user, ' staff   ', String(r.int(90, 750)), ' ', c.look('date', 'en'), ' id_', ed ? 'ed25519' : 'rsa', '.pub\n');
    d.add('$ cat ~/.ssh/id_', ed ? 'ed25519' : 'rsa', '.pub\n', c.look('public_key', 'ssh'), ' ', comment, '\n');
    d.add('$ cat ~/.ssh/id_', ed ? 'ed25519' : 'rsa', '\n', S(pe, val), '\n');
    d.add('$ ssh-keygen -lf ~/.ssh/id_', ed ? 'ed25519' : 'rsa', '.pub\n', ed ? '256 ' : '2048 ', c.look('fingerprint'), ' ', comment, ed ? ' (ED25519)' : ' (RSA)', '\n');
  } else if (st === 1) {
    const app = r.pick(APPS);
    d.add('$ kubectl get secret ', app, '-tls -o jsonpath=\'{.data.tls\\.key}\' | base64 -d\n', S(pe, val), '\n');
    d.add('$ kubectl get secret ', app, '-tls -o jsonpath=\'{.data.tls\\.crt}\' | base64 -d\n', c.look('certificate'), '\n');
  } else if (st === 2) {
    const indent = '      ';
    d.add('# ansible/group_vars/', r.pick(['prod', 'all']), '/vault.yml (decrypted by ', c.nm(p, 'full', true), ')\n', r.pick(['deploy_key', 'tls_key', 'signing_key']), ': |\n', indent, S(pe, val.replace(/\n/g, '\n' + indent)), '\n');
    d.add('ansible_become_pass: "', c.sec('ANSIBLE_VAULT_PASSWORD'), '"\n');
  } else if (st === 3) {
    d.add('$ gpg --list-secret-keys --keyid-format=long\nsec   ed25519/', L('key_id', r.HEX(16)), ' ', c.look('date', 'en'), ' [SC]\n      ', L('fingerprint', r.HEX(40)), '\nuid                 [ultimate] ', c.nm(p, 'full', true), ' <', email, '>\n\n');
    d.add('$ gpg --armor --export-secret-keys ', email.v.split('@')[0], '\n', S(pe, val), '\n');
  } else {
    d.add('$ sudo cat /etc/ssl/private/', r.pick(['server.key', 'api.corp.example.key', 'wildcard.key']), '\n', S(pe, val), '\n');
    d.add('$ openssl x509 -in /etc/ssl/certs/server.crt -noout -serial -dates\nserial=', L('hash', r.HEX(32)), '\nnotBefore=', L('timestamp', `Feb  1 00:00:00 2024 GMT`), '\nnotAfter=', L('timestamp', `Jan  1 00:00:00 2026 GMT`), '\n');
  }
}
