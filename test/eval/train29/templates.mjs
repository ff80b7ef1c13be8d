// Document templates: each writes one realistic tool output into a Doc and returns its kind.
import * as P from './pii.mjs';
import { genPw, humanPw, LOCAL_PW } from './secrets.mjs';

const ts = (r) => `2026-0${r.int(1, 9)}-${String(r.int(10, 28))}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))}`;
const tsz = (r) => ts(r) + '.' + r.digits(3) + 'Z';
const svc = (r) => r.pick(['checkout-api', 'billing-worker', 'auth-gateway', 'search-indexer', 'notifications', 'ledger', 'media-transcoder', 'inventory-sync']);
const ns = (r) => r.pick(['prod', 'staging', 'payments', 'platform', 'data', 'ml-serving']);
const host = (r) => r.pick(['api.acme.test', 'internal.corp.example', 'svc.cluster.test', 'payments.globex.example', 'staging.app.test']);
const ua = (r) => r.pick(['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15', 'curl/8.9.1', 'okhttp/4.12.0', 'python-requests/2.32.3', 'Go-http-client/2.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0']);

// Renders key/value entries in one config syntax. entry: {k, kind|ent|lk|plain, v}
export function config(d, syntax, entries, sect) {
  const r = d.r;
  const val = (e, q) => { if (q) d.t(q); if (e.kind) d.s(e.kind, e.v); else if (e.ent) d.p(e.ent, e.v); else if (e.lk) d.l(e.lk, e.v); else d.t(e.v); if (q) d.t(q); };
  const needQ = (e) => /[#;\s$'"=:]/.test(e.v ?? '') ;
  if (syntax === 'json') { d.t('{\n'); if (sect) d.t(`  "${sect}": {\n`); const ind = sect ? '    ' : '  ';
    entries.forEach((e, i) => { d.t(`${ind}"${e.k}": `); if (e.num) d.t(e.v); else val(e, '"'); d.t(i < entries.length - 1 ? ',\n' : '\n'); });
    if (sect) d.t('  }\n'); d.t('}\n'); return; }
  if (syntax === 'xml') { d.t('<?xml version="1.0" encoding="UTF-8"?>\n<configuration>\n  <appSettings>\n');
    for (const e of entries) { if (r.chance(0.5)) { d.t(`    <add key="${e.k}" value="`); val(e); d.t('" />\n'); } else { d.t(`    <${e.k.replace(/[^A-Za-z0-9_.-]/g, '_')}>`); val(e); d.t(`</${e.k.replace(/[^A-Za-z0-9_.-]/g, '_')}>\n`); } }
    d.t('  </appSettings>\n</configuration>\n'); return; }
  if (sect && ['toml', 'ini'].includes(syntax)) d.t(`[${sect}]\n`);
  if (sect && syntax === 'yaml') d.t(`${sect}:\n`);
  if (sect && syntax === 'hcl') d.t(`${sect} {\n`);
  const ind = sect && ['yaml', 'hcl'].includes(syntax) ? '  ' : '';
  for (const e of entries) {
    if (r.chance(0.12)) d.t(syntax === 'yaml' || syntax === 'env' || syntax === 'toml' || syntax === 'hcl' ? `${ind}# ${r.pick(['rotated by ops', 'TODO move to vault', 'do not commit', 'prod value', 'see runbook'])}\n` : `${ind}; note\n`);
    switch (syntax) {
      case 'env': d.t(`${e.k}=`); val(e, needQ(e) ? (/[$]/.test(e.v) ? "'" : '"') : r.pick(['', '', '"'])); d.t('\n'); break;
      case 'yaml': d.t(`${ind}${e.k}: `); val(e, needQ(e) ? '"' : r.pick(['', '', '"', "'"])); d.t('\n'); break;
      case 'toml': case 'hcl': d.t(`${ind}${e.k.replace(/\./g, '_')} = `); if (e.num) d.t(e.v); else val(e, '"'); d.t('\n'); break;
      case 'ini': d.t(`${e.k} = `); val(e, needQ(e) ? '"' : ''); d.t('\n'); break;
      case 'properties': d.t(`${e.k.replace(/_/g, '.')}=`); val(e); d.t('\n'); break;
    }
  }
  if (sect && syntax === 'hcl') d.t('}\n');
}
const SYNTAX = ['env', 'yaml', 'json', 'toml', 'ini', 'xml', 'properties', 'hcl'];
const STYLE_FOR = { env: 'SCREAM', yaml: null, json: null, toml: 'snake', ini: 'snake', xml: null, properties: 'dotted', hcl: 'snake' };
function neutralEntries(d, n) {
  const r = d.r, out = [];
  const opts = [
    () => ({ k: 'log_level', v: r.pick(['info', 'debug', 'warn']) }), () => ({ k: 'region', v: r.pick(['eu-west-1', 'us-east-2', 'europe-west4', 'westeurope']) }),
    () => ({ k: 'app_version', lk: 'version' }), () => ({ k: 'build_sha', lk: 'git_sha' }), () => ({ k: 'instance_id', lk: 'uuid' }), () => ({ k: 'brand_color', lk: 'hex_color' }),
    () => ({ k: 'feature_flag', lk: 'feature_flag' }), () => ({ k: 'api_token', lk: 'placeholder' }), () => ({ k: 'smtp_password', lk: 'env_reference' }), () => ({ k: 'image_digest', lk: 'digest' }),
    () => ({ k: 'cache_ttl', v: String(r.pick([60, 300, 3600])), num: true }), () => ({ k: 'base_url', v: `https://${host(r)}/v${r.int(1, 3)}` }), () => ({ k: 'db_host', lk: 'hostname' }),
    () => ({ k: 'stripe_publishable_key', lk: 'public_key', v: 'pk_live_51' + r.alnum(96) }), () => ({ k: 'aws_access_key_id', lk: 'aws_example_key', v: 'AKIAIOSFODNN7EXAMPLE' }),
    () => ({ k: 'schedule', lk: 'cron' }), () => ({ k: 'timeout', lk: 'duration' }), () => ({ k: 'map_center', lk: 'coordinates' }), () => ({ k: 'release_date', lk: 'date' }),
    () => ({ k: 'checksum', lk: 'checksum' }), () => ({ k: 'account_id', lk: 'account_id' }), () => ({ k: 'role_arn', lk: 'arn' }), () => ({ k: 'client_secret', lk: 'env_reference' }),
  ];
  for (let i = 0; i < n; i++) { const e = r.pick(opts)(); if (e.lk && e.v === undefined) e.v = P.LK[e.lk](r); out.push(e); }
  return out;
}
function appConfig(d) {
  const r = d.r, syntax = r.pick(SYNTAX); const style = STYLE_FOR[syntax] ?? r.pick(['snake', 'camel', 'kebab', 'SCREAM']);
  const fname = { env: r.pick(['.env', '.env.production', 'deploy/.env.local']), yaml: r.pick(['config/application.yml', 'values-prod.yaml', 'settings.yaml']), json: r.pick(['appsettings.Production.json', 'config/secrets.json', '.vscode/settings.json']), toml: r.pick(['config.toml', 'pyproject.toml', 'wrangler.toml']), ini: r.pick(['app.ini', 'config.cfg', 'settings.ini']), xml: r.pick(['web.config', 'App.config']), properties: r.pick(['application-prod.properties', 'gradle.properties']), hcl: r.pick(['terraform.tfvars', 'main.auto.tfvars']) }[syntax];
  d.t(r.pick([`$ cat ${fname}\n`, `==> ${fname} <==\n`, `--- a/${fname}\n+++ b/${fname}\n`, `// ${fname}\n`, '']));
  const entries = [];
  const nS = r.int(4, 9);
  for (let i = 0; i < nS; i++) { const kind = d.kind(); let k = d.key(kind, style === 'SCREAM' ? 'SCREAM' : (style ?? undefined)); if (r.chance(0.08) && kind.endsWith('PASSWORD')) k = r.pick(Object.values(LOCAL_PW)).replace(/[^\x00-\x7f]+/g, 'passwd'); entries.push({ k, kind }); }
  for (const e of neutralEntries(d, r.int(2, 6))) { if (style === 'SCREAM') e.k = e.k.toUpperCase(); else if (style === 'camel') e.k = e.k.replace(/_(.)/g, (_, c) => c.toUpperCase()); else if (style === 'kebab') e.k = e.k.replace(/_/g, '-'); entries.push(e); }
  if (r.chance(0.4)) { const n = P.latinName(r); entries.push({ k: style === 'SCREAM' ? 'ADMIN_EMAIL' : 'admin_email', ent: 'EMAIL_ADDRESS', v: P.emailFor(r, n) }); }
  for (const e of entries) if (e.kind) e.v = undefined;
  const sh = r.shuffle(entries);
  for (const e of sh) if (e.kind) e.v = d.r && undefined;
  // pre-generate secrets so quoting can see them
  const { genSecret } = SEC; for (const e of sh) if (e.kind) e.v = genSecret(r, e.kind);
  config(d, syntax, sh, r.chance(0.5) ? r.pick(['production', 'default', 'app', 'secrets', 'integrations']) : null);
  return 'config-' + syntax;
}
import * as SEC from './secrets.mjs';

function pemIn(d, style) { // PEM embedded with a style: raw, json-escaped, yaml block
  const r = d.r, kind = d.pemKind();
  const v = SEC.genSecret(r, kind);
  if (style === 'json') d.s(kind, v.replace(/\n/g, '\\n'));
  else if (style === 'yaml') d.s(kind, v.split('\n').join('\n    '));
  else d.s(kind, v);
  return kind;
}
function ciLog(d) {
  const r = d.r; const job = r.pick(['build-and-push', 'deploy-prod', 'integration-tests', 'release', 'terraform-apply']);
  const sha = P.LK.git_sha(r).padEnd(40, '0').slice(0, 40);
  d.t(`Run ${job} (#`); d.l('build_number', String(r.int(1000, 99999))); d.t(`)\nRunner: `); d.l('hostname', 'runner-' + r.lower(8)); d.t(`\nCommit: `); d.l('git_sha', sha); d.t(`\n`);
  let t0 = r.int(0, 50);
  const line = (s) => { d.t(`${ts(r)}.${r.digits(7)}Z ${s}`); };
  line('##[group]Set up job\n'); line(`Image: node:20-bookworm@`); d.l('digest'); d.t('\n'); line('##[endgroup]\n');
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    const k = d.kind(); const key = d.key(k, 'SCREAM');
    const x = r.int(0, 5);
    if (x === 0) { line(`+ export ${key}=`); d.s(k); d.t('\n'); }
    else if (x === 1) { line(`${key}: ***\n`); line(`+ curl -sf -H "Authorization: Bearer `); d.s(k); d.t(`" https://${host(r)}/api/v2/deploy\n`); }
    else if (x === 2) { line(`+ docker login registry.internal.test -u ci-bot -p `); d.s('REGISTRY_PASSWORD'); d.t('\n'); line('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n'); line('Login Succeeded\n'); }
    else if (x === 3) { line(`env: ${key}=`); d.s(k); d.t(` NODE_ENV=production CI=true\n`); }
    else if (x === 4) { line(`  ${key}: `); d.l('placeholder', '***'); d.t('\n'); line(`  ${d.key(k, 'SCREAM')}_FALLBACK: `); d.s(k); d.t('\n'); }
    else { line(`npm notice Publishing to https://registry.internal.test/ with tag latest and default access\n`); line(`npm config set //registry.internal.test/:_authToken=`); d.s('NPM_TOKEN'); d.t('\n'); }
    line(`npm ci --no-audit ... added ${r.int(200, 1800)} packages in ${r.int(3, 60)}s\n`);
  }
  line(`Successfully built `); d.l('container_id', r.hex(12)); d.t(`\n`); line(`pushed registry.internal.test/${svc(r)}:`); d.l('version'); d.t(' '); d.l('digest'); d.t(` size: ${r.int(1000, 9999)}\n`);
  if (r.chance(0.4)) { line('Triggered by '); const n2 = P.latinName(r); d.p('PERSON', n2); d.t(' <'); d.p('EMAIL_ADDRESS', P.emailFor(r, n2)); d.t('>\n'); }
  line(`Cleaning up orphan processes\nFinished: ${r.pick(['SUCCESS', 'FAILURE'])} in ${t0 + 60}s\n`);
  return 'ci-log';
}
function k8sSecret(d) {
  const r = d.r; const name = svc(r) + '-' + r.pick(['creds', 'secrets', 'env']);
  d.t(`$ kubectl get secret ${name} -n ${ns(r)} -o yaml\napiVersion: v1\ndata:\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) { const k = d.kind(); d.t(`  ${d.key(k, r.pick(['kebab', 'SCREAM', 'snake', 'dotted']))}: `); d.s('K8S_SECRET_DATA', Buffer.from(SEC.genSecret(r, k)).toString('base64')); d.t('\n'); }
  if (r.chance(0.5)) { d.t('  ca.crt: '); d.l('certificate', Buffer.from(P.LK.certificate(r)).toString('base64').slice(0, 300)); d.t('\n'); }
  d.t('  log-level: '); d.l('base64_data', Buffer.from(r.pick(['info', 'debug', 'warn'])).toString('base64')); d.t('\n');
  d.t(`kind: Secret\nmetadata:\n  creationTimestamp: "`); d.l('timestamp', `2026-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:1${r.int(0, 9)}:2${r.int(0, 9)}Z`); d.t(`"\n  name: ${name}\n  namespace: ${ns(r)}\n  resourceVersion: "`); d.l('k8s_resource_version'); d.t('"\n  uid: '); d.l('uuid'); d.t('\ntype: Opaque\n');
  if (r.chance(0.4)) { d.t('stringData:\n  '); const k = d.kind(); d.t(d.key(k, 'kebab') + ': '); d.s(k); d.t('\n'); }
  return 'k8s-secret';
}
function k8sDescribe(d) {
  const r = d.r; const app = svc(r); const pod = `${app}-${r.lower(10)}-${r.lower(5)}`;
  d.t(`$ kubectl describe pod ${pod} -n ${ns(r)}\nName:             ${pod}\nNamespace:        ${ns(r)}\nPriority:         0\nService Account:  ${app}\nNode:             `); d.l('hostname'); d.t(`/10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}\nStart Time:       ${r.pick(['Mon', 'Tue', 'Wed'])}, 1${r.int(0, 9)} Mar 2026 0${r.int(0, 9)}:12:44 +0000\nLabels:           app=${app}\n                  pod-template-hash=`); d.l('hash', r.lower(10)); d.t(`\nStatus:           ${r.pick(['Running', 'Pending', 'CrashLoopBackOff'])}\nContainers:\n  ${app}:\n    Container ID:   containerd://`); d.l('container_id'); d.t(`\n    Image:          registry.internal.test/${app}:`); d.l('version'); d.t(`\n    Image ID:       registry.internal.test/${app}@`); d.l('digest'); d.t(`\n    Port:           `); d.l('port'); d.t(`/TCP\n    Environment:\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    const x = r.int(0, 3); const k = d.kind();
    if (x === 0) d.t(`      ${d.key(k, 'SCREAM')}:  <set to the key '${d.key(k, 'kebab')}' in secret '${app}-creds'>  Optional: false\n`);
    else if (x === 1) { d.t(`      ${d.key(k, 'SCREAM')}:  `); d.s(k); d.t('\n'); }
    else if (x === 2) { d.t(`      OTEL_TRACE_ID_SEED:  `); d.l('trace_id'); d.t('\n'); }
    else { d.t(`      DATABASE_URL:  postgres://${app.replace(/-/g, '_')}:`); d.s('POSTGRES_PASSWORD', genPw(r)); d.t(`@pg-primary:5432/${app.split('-')[0]}?sslmode=require\n`); }
  }
  d.t(`Events:\n  Type     Reason     Age                From     Message\n  ----     ------     ----               ----     -------\n  Normal   Pulled     ${r.int(2, 59)}m (x${r.int(2, 9)} over 1h)  kubelet  Container image already present on machine\n  Warning  BackOff    ${r.int(1, 9)}m                kubelet  Back-off restarting failed container ${app} in pod ${pod}_${ns(r)}(`); d.l('uuid'); d.t(')\n');
  return 'k8s-describe';
}
function k8sLogs(d) {
  const r = d.r; const app = svc(r);
  d.t(`$ kubectl logs deploy/${app} -n ${ns(r)} --since=15m | tail -n 12\n`);
  for (let i = 0; i < r.int(5, 10); i++) {
    const x = r.int(0, 4);
    d.t('{"ts":"'); d.l('timestamp', tsz(r)); d.t(`","level":"${r.pick(['info', 'warn', 'error', 'debug'])}","svc":"${app}","trace_id":"`); d.l('trace_id'); d.t('","span_id":"'); d.l('span_id'); d.t('"');
    if (x === 0) { const n = P.person(r); d.t(',"msg":"user signed in","user":{"name":"'); d.p('PERSON', n); d.t('","email":"'); d.p('EMAIL_ADDRESS', P.emailFor(r, r.chance(0.5) ? null : undefined)); d.t('"},"client_ip":"'); d.p('IP_ADDRESS', P.clientIp(r)); d.t('"'); }
    else if (x === 1) { d.t(',"msg":"outbound request","headers":{"authorization":"Bearer '); d.s(r.pick(['JWT', 'BEARER_TOKEN', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GCP_ACCESS_TOKEN'])); d.t(`","x-request-id":"`); d.l('request_id'); d.t('"}'); }
    else if (x === 2) { d.t(`,"msg":"GET /v1/orders/`); d.l('order_number', String(r.int(100000, 999999))); d.t(` 200","latency_ms":${r.int(3, 900)},"remote":"`); d.p('IP_ADDRESS', P.clientIp(r)); d.t('"'); }
    else if (x === 3) { const k = d.kind(); d.t(`,"msg":"loaded config","${d.key(k, 'camel')}":"`); d.s(k); d.t('"'); }
    else { d.t(`,"msg":"cache warm","etag":"`); d.l('hash', r.hex(32)); d.t(`","build":"`); d.l('git_sha', r.hex(7)); d.t('"'); }
    d.t('}\n');
  }
  return 'k8s-logs';
}
function awsCli(d) {
  const r = d.r; const x = r.int(0, 3);
  if (x === 0) {
    d.t(`$ aws sts assume-role --role-arn `); d.l('arn'); d.t(` --role-session-name ci-${r.int(1000, 9999)}\n{\n    "Credentials": {\n        "AccessKeyId": "`); d.s('AWS_TEMP_ACCESS_KEY'); d.t('",\n        "SecretAccessKey": "'); d.s('AWS_SECRET_KEY'); d.t('",\n        "SessionToken": "'); d.s('AWS_SESSION_TOKEN'); d.t('",\n        "Expiration": "'); d.l('timestamp', tsz(r).replace(/\.\d+Z/, '+00:00')); d.t('"\n    },\n    "AssumedRoleUser": {\n        "AssumedRoleId": "AROA'); d.l('hash', r.upper(17)); d.t(`:ci-session",\n        "Arn": "`); d.l('arn'); d.t('"\n    }\n}\n');
  } else if (x === 1) {
    d.t(`$ cat ~/.aws/credentials\n[default]\naws_access_key_id = `); d.s('AWS_ACCESS_KEY'); d.t('\naws_secret_access_key = '); d.s('AWS_SECRET_KEY'); d.t(`\n\n[docs-sample]\naws_access_key_id = `); d.l('aws_example_key', 'AKIAIOSFODNN7EXAMPLE'); d.t('\naws_secret_access_key = '); d.l('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'); d.t(`\n\n[${r.pick(['prod', 'billing', 'sandbox'])}]\naws_access_key_id = `); d.s('AWS_ACCESS_KEY'); d.t('\naws_secret_access_key = '); d.s('AWS_SECRET_KEY'); d.t(`\nregion = ${r.pick(['eu-central-1', 'us-west-2'])}\n`);
  } else if (x === 2) {
    d.t(`$ aws iam create-access-key --user-name ${r.pick(['ci-deployer', 'backup-bot', 'etl-loader'])}\n{\n    "AccessKey": {\n        "UserName": "etl-loader",\n        "AccessKeyId": "`); d.s('AWS_ACCESS_KEY'); d.t('",\n        "Status": "Active",\n        "SecretAccessKey": "'); d.s('AWS_SECRET_KEY'); d.t('",\n        "CreateDate": "'); d.l('timestamp', tsz(r).replace(/\.\d+Z/, '+00:00')); d.t('"\n    }\n}\n$ aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text\n{"username":"app","password":"'); d.s('DATABASE_PASSWORD', genPw(r)); d.t(`","host":"db-prod.cluster-${r.lower(12)}.rds.internal.test","port":5432}\n`);
  } else {
    d.t(`$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,PrivateIpAddress,Tags]' --output table\n-----------------------------------------------\n|              DescribeInstances              |\n+---------------------+-----------------------+\n`);
    for (let i = 0; i < r.int(3, 6); i++) { d.t('|  i-'); d.l('hash', r.hex(17)); d.t(`  |  10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(2, 250)}        |\n`); }
    d.t('+---------------------+-----------------------+\n$ aws ssm get-parameter --name /prod/stripe/key --with-decryption --query Parameter.Value --output text\n'); d.s('STRIPE_SECRET_KEY'); d.t('\n');
  }
  return 'cloud-aws';
}
function gcpCli(d) {
  const r = d.r; const proj = r.pick(['acme-prod-', 'data-lake-', 'ml-train-']) + r.int(100000, 999999);
  if (r.chance(0.5)) {
    d.t(`$ cat ${proj}-sa.json\n{\n  "type": "service_account",\n  "project_id": "${proj}",\n  "private_key_id": "`); d.l('hash', r.hex(40)); d.t('",\n  "private_key": "');
    const kind = r.pick(['PRIVATE_KEY_PKCS8_RSA', 'PRIVATE_KEY_PKCS8_EC', 'PRIVATE_KEY_PKCS8_ED25519']); d.s(kind, SEC.genSecret(r, kind).replace(/\n/g, '\\n') + (r.chance(0.5) ? '' : '')); d.t(`\\n",\n  "client_email": "deployer@${proj}.iam.gserviceaccount.test",\n  "client_id": "`); d.l('account_id', r.digits(21)); d.t(`",\n  "auth_uri": "https://accounts.google.test/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.test/token"\n}\n`);
  } else {
    d.t(`$ gcloud auth print-access-token\n`); d.s('GCP_ACCESS_TOKEN'); d.t(`\n$ gcloud config list\n[core]\naccount = `); const n = P.latinName(r); d.p('EMAIL_ADDRESS', P.emailFor(r, n)); d.t(`\nproject = ${proj}\n[compute]\nregion = europe-west4\n$ gcloud secrets versions access latest --secret=${r.pick(['openai-key', 'db-password', 'webhook-secret'])}\n`);
    d.s(r.pick(['OPENAI_API_KEY', 'DATABASE_PASSWORD', 'WEBHOOK_SIGNING_SECRET', 'GCP_API_KEY'])); d.t(`\n$ gcloud builds list --limit=3\nID                                    CREATE_TIME                DURATION  STATUS\n`);
    for (let i = 0; i < 3; i++) { d.l('uuid'); d.t('  '); d.l('timestamp', ts(r) + '+00:00'); d.t(`  ${r.int(1, 9)}M${r.int(10, 59)}S     SUCCESS\n`); }
  }
  return 'cloud-gcp';
}
function azCli(d) {
  const r = d.r;
  if (r.chance(0.5)) { d.t(`$ az ad sp create-for-rbac --name ${svc(r)}-ci --role contributor --scopes /subscriptions/`); d.l('uuid'); d.t('\n{\n  "appId": "'); d.l('uuid'); d.t(`",\n  "displayName": "${svc(r)}-ci",\n  "password": "`); d.s('AZURE_CLIENT_SECRET'); d.t('",\n  "tenant": "'); d.l('uuid'); d.t('"\n}\n'); }
  else { const acct = 'st' + r.lower(10); d.t(`$ az storage account keys list -g rg-${ns(r)} -n ${acct} -o json\n[\n  {\n    "creationTime": "`); d.l('timestamp', tsz(r)); d.t('",\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "'); d.s('AZURE_STORAGE_ACCOUNT_KEY'); d.t(`"\n  }\n]\n$ az storage account show-connection-string -n ${acct}\n{\n  "connectionString": "DefaultEndpointsProtocol=https;EndpointSuffix=core.windows.test;AccountName=${acct};AccountKey=`); d.s('AZURE_STORAGE_ACCOUNT_KEY'); d.t(`"\n}\n$ az servicebus namespace authorization-rule keys list --name RootManageSharedAccessKey -o tsv --query primaryConnectionString\nEndpoint=sb://sb-${r.lower(6)}.servicebus.windows.test/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=`); d.s('AZURE_SERVICE_BUS_KEY'); d.t('\n'); }
  return 'cloud-azure';
}
function otherCloud(d) {
  const r = d.r;
  d.t(`$ doctl auth init --context ${ns(r)}\nUsing token [`); d.s('DIGITALOCEAN_TOKEN'); d.t(`]\nValidating token... OK\n$ cat ~/.config/hcloud/cli.toml\nactive_context = "prod"\n[[contexts]]\n  name = "prod"\n  token = "`); d.s('HETZNER_TOKEN'); d.t(`"\n$ flyctl auth token\n`); d.s('FLY_API_TOKEN'); d.t(`\n$ vercel env pull .env.local\n> Downloading \`development\` Environment Variables for project ${svc(r)}\n> Created .env.local file [${r.int(80, 400)}ms]\n$ cat ~/.cloudflared/cert.json | jq .\n{\n  "AccountTag": "`); d.l('hash', r.hex(32)); d.t('",\n  "APIToken": "'); d.s('CLOUDFLARE_API_TOKEN'); d.t('"\n}\n');
  return 'cloud-other';
}
function terraform(d) {
  const r = d.r;
  if (r.chance(0.5)) {
    d.t(`Terraform will perform the following actions:\n\n  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                 = "db-`); d.l('hash', r.upper(26)); d.t(`"\n      ~ engine_version     = "15.4" -> "16.3"\n      ~ password           = (sensitive value)\n        tags               = {}\n    }\n\n  # kubernetes_secret.app will be created\n  + resource "kubernetes_secret" "app" {\n      + data = {\n          + "token" = "`);
    d.s(d.kind()); d.t(`"\n        }\n      + id   = (known after apply)\n    }\n\n  # null_resource.seed will be created\n  + resource "null_resource" "seed" {\n      + triggers = {\n          + "admin_password" = "`); d.s('ADMIN_PASSWORD'); d.t(`"\n          + "schema_hash"    = "`); d.l('hash', r.hex(64)); d.t('"\n        }\n    }\n\nPlan: 2 to add, 1 to change, 0 to destroy.\n');
  } else {
    d.t(`$ terraform state pull | jq '.resources[] | select(.type=="random_password" or .type=="aws_iam_access_key")'\n{\n  "mode": "managed",\n  "type": "aws_iam_access_key",\n  "name": "ci",\n  "instances": [\n    {\n      "schema_version": 0,\n      "attributes": {\n        "id": "`);
    const ak = d.s('AWS_ACCESS_KEY'); d.t('",\n        "secret": "'); d.s('AWS_SECRET_KEY'); d.t('",\n        "ses_smtp_password_v4": "'); d.s('SMTP_PASSWORD', r.b64(32).replace(/=+$/, '')); d.t(`",\n        "create_date": "`); d.l('timestamp', tsz(r)); d.t(`"\n      }\n    }\n  ]\n}\n{\n  "mode": "managed",\n  "type": "random_password",\n  "name": "db",\n  "instances": [{"attributes": {"id": "none", "length": 24, "result": "`); d.s('DATABASE_PASSWORD', genPw(r, 24)); d.t(`", "bcrypt_hash": "`); d.l('hash', '$2a$10$' + r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)); d.t('"}}]\n}\n');
    void ak;
  }
  return 'iac-terraform';
}
function dockerCfg(d) {
  const r = d.r;
  d.t(`$ cat ~/.docker/config.json\n{\n\t"auths": {\n`);
  const regs = r.sample(['registry.internal.test', 'harbor.corp.example', '123456789012.dkr.ecr.eu-west-1.amazonaws.test', 'europe-docker.registry.test', 'cr.acme.test'], r.int(1, 3));
  regs.forEach((g, i) => { d.t(`\t\t"${g}": {\n\t\t\t"auth": "`); d.s('DOCKER_AUTH'); d.t(`"\n\t\t}${i < regs.length - 1 ? ',' : ''}\n`); });
  d.t(`\t},\n\t"credsStore": "${r.pick(['desktop', 'osxkeychain', 'pass'])}",\n\t"currentContext": "default"\n}\n$ docker inspect ${svc(r)} --format '{{json .Config.Env}}'\n["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin","NODE_VERSION=`); d.l('version', `20.${r.int(10, 19)}.${r.int(0, 9)}`); d.t('"');
  for (let i = 0; i < r.int(2, 4); i++) { const k = d.kind(); d.t(`,"${d.key(k, 'SCREAM')}=`); d.s(k); d.t('"'); }
  d.t(']\n');
  return 'docker-config';
}
function connStrings(d) {
  const r = d.r; const lines = r.shuffle([
    () => { d.t('DATABASE_URL=postgresql://app_rw:'); d.s('POSTGRES_PASSWORD', genPw(r)); d.t(`@pg-primary:5432/orders?sslmode=verify-full\n`); },
    () => { d.t('MYSQL_DSN="svc_reporting:'); d.s('MYSQL_PASSWORD', genPw(r)); d.t('@tcp(mysql-ro.internal.test:3306)/analytics?parseTime=true"\n'); },
    () => { d.t('MONGO_URI=mongodb+srv://atlas-admin:'); d.s('MONGODB_PASSWORD', genPw(r)); d.t(`@cluster0.${r.lower(5)}.mongodb.test/?retryWrites=true&w=majority\n`); },
    () => { d.t('REDIS_URL=rediss://default:'); d.s('REDIS_PASSWORD', genPw(r)); d.t('@cache-01.internal.test:6380/0\n'); },
    () => { d.t('AMQP_URL=amqps://orders:'); d.s('RABBITMQ_PASSWORD', genPw(r)); d.t('@rabbitmq:5671/%2Forders\n'); },
    () => { d.t('KAFKA_JAAS="org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"'); d.l('hash', r.upper(16)); d.t('\\" password=\\"'); d.s('KAFKA_SASL_PASSWORD', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64)); d.t('\\";"\n'); },
    () => { d.t('MSSQL="Server=tcp:sql-prod.database.windows.test,1433;Initial Catalog=crm;User ID=crm_app;Password='); d.s('MSSQL_PASSWORD', genPw(r)); d.t(';Encrypt=True;TrustServerCertificate=False"\n'); },
    () => { d.t('ORACLE_JDBC=jdbc:oracle:thin:hr/'); d.s('ORACLE_PASSWORD', genPw(r)); d.t('@//ora-db01:1521/ORCLPDB1\n'); },
    () => { d.t('CLICKHOUSE_URL=clickhouse://default:'); d.s('CLICKHOUSE_PASSWORD', genPw(r)); d.t('@10.20.3.14:9440/events?secure=true\n'); },
    () => { d.t('ELASTIC_URL=https://elastic:'); d.s('ELASTICSEARCH_PASSWORD', genPw(r)); d.t('@es-coordinating:9200\n'); },
    () => { d.t('NEO4J_URI=neo4j+s://neo4j:'); d.s('NEO4J_PASSWORD', genPw(r)); d.t('@graph.internal.test:7687\n'); },
    () => { d.t('NATS_URL=nats://ingest:'); d.s('NATS_PASSWORD', genPw(r)); d.t('@nats-0:4222\n'); },
    () => { d.t('MQTT_BROKER=mqtts://sensor-gw:'); d.s('MQTT_PASSWORD', genPw(r)); d.t('@broker.iot.test:8883\n'); },
    () => { d.t('LDAP_URL=ldaps://ldap.corp.example:636\nLDAP_BIND_DN=cn=svc-gitea,ou=services,dc=corp,dc=example\nLDAP_BIND_PW='); d.s('LDAP_BIND_PASSWORD'); d.t('\n'); },
    () => { d.t('SNOWFLAKE="account=xy12345.eu-central-1;user=DBT_RUNNER;password='); d.s('SNOWFLAKE_PASSWORD'); d.t(';warehouse=TRANSFORM_WH"\n'); },
    () => { d.t('CASSANDRA_CONTACT=cassandra://cass_app:'); d.s('CASSANDRA_PASSWORD', genPw(r)); d.t('@10.0.4.21:9042/metrics\n'); },
    () => { d.t('SMTP_URL=smtp://postmaster%40mg.shop.example:'); d.s('SMTP_PASSWORD', genPw(r)); d.t('@smtp.mailgun.test:587\n'); },
    () => { d.t('FTP_TARGET=sftp://edi_upload:'); d.s('FTP_PASSWORD', genPw(r)); d.t('@edi.partner.test:22/inbound\n'); },
    () => { d.t('PROXY=http://proxyuser:'); d.s('PROXY_PASSWORD', genPw(r)); d.t('@10.1.1.5:3128\n'); },
    () => { d.t('SENTRY_DSN=https://'); d.s('SENTRY_DSN_KEY'); d.t(`@o${r.int(100000, 999999)}.ingest.sentry.test/${r.int(1000000, 9999999)}\n`); },
    () => { d.t('INFLUX_TOKEN='); d.s('INFLUXDB_TOKEN'); d.t('\n'); },
    () => { d.t('READ_REPLICA_URL=postgres://readonly:'); d.l('env_reference', '${READONLY_PASSWORD}'); d.t('@pg-replica:5432/orders\n'); },
    () => { d.t('DEV_DB=postgres://postgres:'); d.l('placeholder', 'changeme'); d.t('@localhost:5432/dev\n'); },
  ]);
  d.t(r.pick(['# .env.production  (generated by infra/bootstrap.sh)\n', '$ heroku config -s -a ' + svc(r) + '\n', '$ printenv | grep -E "URL|DSN|PW" | sort\n']));
  for (const f of lines.slice(0, r.int(6, 11))) f();
  return 'connection-strings';
}
function curlV(d) {
  const r = d.r; const h = host(r); const ip = `10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(2, 250)}`;
  const path = r.pick(['/v1/charges', '/api/users/me', '/graphql', '/v2/messages', '/oauth/token']);
  d.t(`$ curl -v https://${h}${path}`); const auth = r.int(0, 2);
  d.t(`\n*   Trying ${ip}:443...\n* Connected to ${h} (${ip}) port 443\n* ALPN: curl offers h2,http/1.1\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n* Server certificate:\n*  subject: CN=${h}\n*  SHA256 Fingerprint: `); d.l('hash', r.HEX(64)); d.t(`\n> ${path === '/oauth/token' ? 'POST' : 'GET'} ${path} HTTP/2\n> Host: ${h}\n> User-Agent: curl/8.9.1\n`);
  if (auth === 0) { d.t('> Authorization: Bearer '); d.s(d.kind()); d.t('\n'); }
  else if (auth === 1) { d.t('> Authorization: Basic '); d.s('BASIC_AUTH'); d.t('\n'); }
  else { d.t(`> ${r.pick(['X-API-Key', 'x-api-key', 'Api-Key', 'X-Auth-Token'])}: `); d.s(d.kind()); d.t('\n'); }
  d.t('> Cookie: _ga=GA1.1.'); d.l('timestamp', String(r.int(100000000, 999999999)) ); d.t('; sessionid='); d.s('SESSION_COOKIE'); d.t('\n> Accept: */*\n>\n< HTTP/2 200\n< content-type: application/json\n< x-request-id: '); d.l('request_id'); d.t('\n< etag: '); d.l('etag'); d.t('\n< set-cookie: __Host-session='); d.s('SESSION_COOKIE'); d.t('; Path=/; Secure; HttpOnly; SameSite=Lax\n<\n');
  if (path === '/oauth/token') { d.t('{"access_token":"'); d.s('JWT'); d.t('","token_type":"Bearer","expires_in":3600,"refresh_token":"'); d.s('OAUTH_REFRESH_TOKEN'); d.t('"}\n'); }
  else { const n = P.person(r); d.t('{"id":"'); d.l('crm_id'); d.t('","name":"'); d.p('PERSON', n); d.t('","email":"'); d.p('EMAIL_ADDRESS', P.emailFor(r)); d.t('","phone":"'); d.p('PHONE_NUMBER', P.phone(r)); d.t('","created":"'); d.l('timestamp'); d.t('"}\n'); }
  d.t(`* Connection #0 to host ${h} left intact\n`);
  return 'http-curl';
}
function har(d) {
  const r = d.r; const h = host(r);
  d.t(`{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[\n`);
  for (let i = 0; i < r.int(1, 3); i++) {
    d.t(`{"startedDateTime":"`); d.l('timestamp', tsz(r)); d.t(`","time":${r.int(20, 900)}.${r.digits(3)},"serverIPAddress":"`); d.p('IP_ADDRESS', P.ipv4(r)); d.t(`","request":{"method":"POST","url":"https://${h}/api/login","headers":[{"name":"Content-Type","value":"application/json"},{"name":"Cookie","value":"csrftoken=`); d.l('nonce', r.alnum(32)); d.t('; session='); d.s('SESSION_COOKIE'); d.t(`"},{"name":"X-Forwarded-For","value":"`); d.p('IP_ADDRESS', P.clientIp(r)); d.t('"}],"postData":{"mimeType":"application/json","text":"{\\"email\\":\\"'); d.p('EMAIL_ADDRESS', P.emailFor(r)); d.t('\\",\\"password\\":\\"'); d.s('USER_PASSWORD', humanPw(r)); d.t('\\",\\"otp\\":\\"'); d.s('ONE_TIME_CODE'); d.t(`\\"}"}},"response":{"status":200,"headers":[{"name":"Set-Cookie","value":"auth=`); d.s('JWT'); d.t('; HttpOnly"},{"name":"x-amzn-trace-id","value":"'); d.l('request_id', 'Root=1-' + r.hex(8) + '-' + r.hex(24)); d.t('"}]}}' + (i ? '' : '') + ',\n');
  }
  d.t(`{"startedDateTime":"`); d.l('timestamp', tsz(r)); d.t(`","request":{"method":"GET","url":"https://${h}/static/app.`); d.l('hash', r.hex(8)); d.t('.js"},"response":{"status":304}}\n]}}\n');
  return 'http-har';
}
function proxyLog(d) {
  const r = d.r;
  d.t(r.pick(['$ tail -n 8 /var/log/nginx/access.log\n', '$ kubectl logs -n ingress ingress-nginx-controller-7d9c --tail=8\n', '$ journalctl -u envoy --since "10 min ago" | tail -8\n']));
  for (let i = 0; i < r.int(6, 10); i++) {
    d.p('IP_ADDRESS', P.clientIp(r)); d.t(` - - [1${r.int(0, 9)}/Mar/2026:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "`);
    const x = r.int(0, 4);
    if (x === 0) { d.t('GET /oauth/callback?code='); d.s('OAUTH_REFRESH_TOKEN', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)); d.t('&state='); d.l('nonce', r.alnum(16)); }
    else if (x === 1) { d.t('GET /api/export.csv?api_key='); d.s('API_KEY'); }
    else if (x === 2) { d.t('GET /assets/main.'); d.l('hash', r.hex(20)); d.t('.css'); }
    else if (x === 3) { d.t('POST /hooks/'); d.s('DISCORD_WEBHOOK_TOKEN'); }
    else { d.t(`GET /v1/orders/`); d.l('order_number', 'ORD-' + r.digits(8)); }
    d.t(` HTTP/1.1" ${r.pick([200, 200, 301, 401, 404, 502])} ${r.int(100, 99999)} "-" "${ua(r)}" rt=${r.int(0, 2)}.${r.digits(3)} req_id=`); d.l('request_id', r.hex(32)); d.t('\n');
  }
  return 'proxy-log';
}
function postman(d) {
  const r = d.r;
  d.t(`{\n  "info": {"_postman_id": "`); d.l('uuid'); d.t(`", "name": "${svc(r)} API", "schema": "https://schema.getpostman.test/json/collection/v2.1.0/collection.json"},\n  "variable": [\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) { const k = d.kind(); d.t(`    {"key": "${d.key(k, 'camel')}", "value": "`); d.s(k); d.t('", "type": "string"},\n'); }
  d.t('    {"key": "baseUrl", "value": "https://' + host(r) + '"},\n    {"key": "userId", "value": "'); d.l('uuid'); d.t('"}\n  ],\n  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},\n  "item": [{"name": "Create user", "request": {"method": "POST", "url": "{{baseUrl}}/users", "body": {"mode": "raw", "raw": "{\\"name\\": \\"');
  const nm = P.latinName(r); d.p('PERSON', nm); d.t('\\", \\"email\\": \\"'); d.p('EMAIL_ADDRESS', P.emailFor(r, nm)); d.t('\\", \\"phone\\": \\"'); d.p('PHONE_NUMBER', P.phone(r)); d.t('\\"}"}}}]\n}\n');
  return 'api-collection';
}
function notebook(d) {
  const r = d.r;
  d.t('{\n "cells": [\n  {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["import os, pandas as pd\\n", "os.environ[\\"');
  const k = d.kind(); d.t(d.key(k, 'SCREAM') + '\\"] = \\"'); d.s(k); d.t('\\"\\n", "df = pd.read_sql(\\"select * from customers limit 5\\", engine)\\n", "df.head()"],\n   "outputs": [{"output_type": "execute_result", "data": {"text/plain": ["   id  name                 email                          city        phone\\n"');
  for (let i = 0; i < r.int(3, 5); i++) { d.t(`, "${i}  ${r.int(1000, 9999)}  `); const nm = P.person(r); d.p('PERSON', nm); d.t('  '); d.p('EMAIL_ADDRESS', P.emailFor(r)); d.t('  '); d.p('LOCATION', P.city(r)); d.t('  '); d.p('PHONE_NUMBER', P.phone(r)); d.t('\\n"'); }
  d.t(']}}]},\n  {"cell_type": "code", "execution_count": 4, "source": ["client = OpenAI(api_key=\\"'); d.s(r.pick(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY', 'MISTRAL_API_KEY', 'HUGGINGFACE_TOKEN'])); d.t('\\")"], "outputs": [{"output_type": "stream", "name": "stderr", "text": ["run id '); d.l('uuid'); d.t(' model checkpoint '); d.l('digest'); d.t('\\n"]}]}\n ],\n "metadata": {"kernelspec": {"name": "python3"}, "language_info": {"version": "'); d.l('version', `3.12.${r.int(0, 9)}`); d.t('"}},\n "nbformat": 4, "nbformat_minor": 5\n}\n');
  return 'notebook';
}
function sqlResult(d) {
  const r = d.r; const cols = r.pick([['id', 'full_name', 'email', 'ssn', 'card_number'], ['id', 'name', 'phone', 'iban', 'country'], ['patient_id', 'name', 'nhs_number', 'prescriber_dea', 'city'], ['id', 'name', 'passport_no', 'driver_license', 'bank_account'], ['id', 'customer', 'itin', 'btc_payout', 'address']]);
  d.t(`analytics=> SELECT ${cols.join(', ')} FROM ${r.pick(['customers', 'users', 'kyc_records', 'patients', 'payouts'])} ORDER BY id DESC LIMIT 8;\n ${cols.join(' | ')}\n${cols.map(c => '-'.repeat(c.length + 2)).join('+')}\n`);
  const f = { id: () => d.t(String(r.int(10000, 99999))), patient_id: () => d.l('crm_id', 'PT-' + r.digits(7)), full_name: () => d.p('PERSON', P.person(r)), name: () => d.p('PERSON', P.person(r)), customer: () => d.p('PERSON', P.latinName(r)), email: () => d.p('EMAIL_ADDRESS', P.emailFor(r)), ssn: () => d.p('US_SSN', P.ssn(r)), card_number: () => d.p('CREDIT_CARD', P.card(r)), phone: () => d.p('PHONE_NUMBER', P.phone(r)), iban: () => d.p('IBAN_CODE', P.iban(r)), country: () => d.p('LOCATION', P.country(r)), nhs_number: () => d.p('UK_NHS', P.nhs(r)), prescriber_dea: () => d.p('MEDICAL_LICENSE', P.dea(r, r.pick(['Smith', 'Okafor', 'Lee', 'Patel']))), city: () => d.p('LOCATION', P.city(r)), passport_no: () => d.p('US_PASSPORT', P.passport(r)), driver_license: () => d.p('US_DRIVER_LICENSE', P.driverLicense(r)), bank_account: () => d.p('US_BANK_NUMBER', P.bankNumber(r)), itin: () => d.p('US_ITIN', P.itin(r)), btc_payout: () => d.p('CRYPTO', P.btc(r)), address: () => d.p('LOCATION', P.street(r)) };
  const n = r.int(4, 8);
  for (let i = 0; i < n; i++) { d.t(' '); cols.forEach((c, j) => { if (j) d.t(' | '); f[c](); }); d.t('\n'); }
  if (r.chance(0.4)) { d.t(' 99999 | '); d.t(cols[1] === 'full_name' ? 'Test User | qa@shop.test | ' : 'Test | '); d.l(r.pick(['invalid_ssn', 'invalid_card', 'vendor_test_card', 'invalid_iban'])); d.t(' | -\n'); }
  d.t(`(${n} rows)\n\nTime: ${r.int(1, 900)}.${r.digits(3)} ms\n`);
  return 'sql-result';
}
function csvExport(d) {
  const r = d.r; d.t(r.pick(['$ head -n 12 exports/users_2026-03.csv\n', '==> crm_contacts.csv <==\n', '']));
  d.t('user_id,first_last,email,phone,street,city,country,signup_ip,dob,plan,ltv\n');
  for (let i = 0; i < r.int(6, 12); i++) {
    d.l('uuid'); d.t(','); const loc = r.pick(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'in', 'ja', 'ko', 'zh', 'tr', 'sv', 'ng', 'ru']); const nm = P.person(r, loc); const q = /,|\s/.test(nm) && r.chance(0.5);
    if (q) d.t('"'); d.p('PERSON', nm); if (q) d.t('"'); d.t(','); d.p('EMAIL_ADDRESS', P.emailFor(r)); d.t(','); d.p('PHONE_NUMBER', P.phone(r)); d.t(',"'); d.p('LOCATION', P.street(r)); d.t('",'); d.p('LOCATION', P.city(r)); d.t(','); d.p('LOCATION', P.country(r)); d.t(','); d.p('IP_ADDRESS', P.clientIp(r));
    d.t(`,19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)},${r.pick(['free', 'pro', 'team'])},`); d.l('price', `${r.int(0, 999)}.${r.digits(2)}`); d.t('\n');
  }
  return 'csv-export';
}
function analytics(d) {
  const r = d.r;
  d.t(r.pick(['$ cat events-2026-03-14.ndjson | head\n', '-- segment debugger export\n', '']));
  for (let i = 0; i < r.int(3, 6); i++) {
    const nm = P.latinName(r); const x = r.int(0, 1);
    d.t(`{"type":"${x ? 'identify' : 'track'}","messageId":"`); d.l('uuid'); d.t('","timestamp":"'); d.l('timestamp', tsz(r)); d.t('","anonymousId":"'); d.l('uuid'); d.t('","context":{"ip":"'); d.p('IP_ADDRESS', P.clientIp(r)); d.t(`","library":{"name":"analytics.js","version":"`); d.l('version'); d.t('"},"locale":"' + r.pick(['de-DE', 'en-US', 'pt-BR', 'ja-JP']) + '"}');
    if (x) { d.t(',"traits":{"name":"'); d.p('PERSON', nm); d.t('","email":"'); d.p('EMAIL_ADDRESS', P.emailFor(r, nm)); d.t('","phone":"'); d.p('PHONE_NUMBER', P.phone(r)); d.t('","address":{"street":"'); d.p('LOCATION', P.street(r)); d.t('","city":"'); d.p('LOCATION', P.city(r)); d.t('","country":"'); d.p('LOCATION', P.country(r)); d.t('"},"plan":"pro"}}\n'); }
    else { d.t(`,"event":"${r.pick(['Checkout Completed', 'Order Refunded', 'Trial Started'])}","properties":{"order_id":"`); d.l('order_number'); d.t('","revenue":'); d.l('price', `${r.int(1, 999)}.${r.digits(2)}`); d.t(',"coupon":"SPRING' + r.int(10, 30) + '"}}\n'); }
  }
  return 'analytics-events';
}
function errorTracker(d) {
  const r = d.r; const nm = P.latinName(r);
  d.t(`{\n  "event_id": "`); d.l('hash', r.hex(32)); d.t(`",\n  "level": "error",\n  "platform": "${r.pick(['python', 'node', 'java'])}",\n  "release": "${svc(r)}@`); d.l('version'); d.t('",\n  "timestamp": '); d.l('timestamp', String(1767225600 + r.int(0, 3e7)) + '.' + r.digits(3)); d.t(',\n  "user": {"id": "'); d.l('crm_id'); d.t('", "email": "'); d.p('EMAIL_ADDRESS', P.emailFor(r, nm)); d.t('", "username": "'); d.p('PERSON', nm); d.t('", "ip_address": "'); d.p('IP_ADDRESS', P.clientIp(r)); d.t(`"},\n  "exception": {"values": [{"type": "${r.pick(['OperationalError', 'TimeoutError', 'PSQLException'])}", "value": "connection to server failed: password authentication failed for user \\"billing\\"", "stacktrace": {"frames": [{"filename": "app/db.py", "lineno": ${r.int(10, 300)}, "function": "connect", "vars": {"dsn": "postgresql://billing:`);
  d.s('POSTGRES_PASSWORD', genPw(r)); d.t('@pg-billing:5432/billing", "retries": 3, "'); const k = d.kind(); d.t(d.key(k, 'snake') + '": "'); d.s(k); d.t('"}}]}}]},\n  "request": {"url": "https://' + host(r) + '/checkout", "headers": {"Authorization": "Bearer '); d.s('JWT'); d.t('", "X-Request-Id": "'); d.l('request_id'); d.t('"}},\n  "contexts": {"trace": {"trace_id": "'); d.l('trace_id'); d.t('", "span_id": "'); d.l('span_id'); d.t('"}},\n  "fingerprint": ["'); d.l('hash', r.hex(32)); d.t('"]\n}\n');
  return 'error-tracker';
}
function crashReport(d) {
  const r = d.r; const nm = P.latinName(r);
  d.t(`--------- beginning of crash\n03-1${r.int(0, 9)} 1${r.int(0, 9)}:4${r.int(0, 9)}:0${r.int(0, 9)}.${r.digits(3)}  ${r.int(1000, 30000)}  ${r.int(1000, 30000)} E AndroidRuntime: FATAL EXCEPTION: main\nE AndroidRuntime: Process: com.acme.wallet, PID: `); d.l('pid'); d.t(`\nE AndroidRuntime: java.lang.IllegalStateException: token refresh failed for account `); d.p('EMAIL_ADDRESS', P.emailFor(r, nm)); d.t('\nE AndroidRuntime:   at com.acme.wallet.auth.TokenStore.refresh(TokenStore.kt:'); d.t(String(r.int(20, 300))); d.t(')\nD OkHttp  : --> POST https://api.acme.test/v3/session\nD OkHttp  : Authorization: Bearer '); d.s(r.pick(['JWT', 'BEARER_TOKEN', 'FIREBASE_FCM_SERVER_KEY'])); d.t('\nD OkHttp  : {"device_id":"'); d.l('uuid'); d.t('","push_token":"'); d.l('hash', r.hex(64)); d.t('","refresh_token":"'); d.s('OAUTH_REFRESH_TOKEN'); d.t(`"}\nI Wallet  : profile loaded name=`); d.p('PERSON', nm); d.t(' phone='); d.p('PHONE_NUMBER', P.phone(r)); d.t(' card=**** **** **** ' + r.digits(4) + '\nI Wallet  : build '); d.l('build_number', String(r.int(1000, 9999))); d.t(' sha '); d.l('git_sha', r.hex(12)); d.t('\n');
  return 'crash-report';
}
function shellHistory(d) {
  const r = d.r; d.t('$ history | tail -n 20\n'); let n = r.int(400, 1900);
  const L = (f) => { d.t(` ${n++}  `); f(); d.t('\n'); };
  const acts = r.shuffle([
    () => { d.t('export '); const k = d.kind(); d.t(d.key(k, 'SCREAM') + '='); d.s(k); },
    () => { d.t("mysql -h 10.0.3.7 -u root -p'"); d.s('MYSQL_PASSWORD', genPw(r)); d.t("' -e 'show databases'"); },
    () => { d.t('PGPASSWORD='); d.s('POSTGRES_PASSWORD', genPw(r)); d.t(' psql -h pg-primary -U postgres -c "\\dt"'); },
    () => { d.t('git log --oneline -3 && git show '); d.l('git_sha', r.hex(7)); },
    () => { d.t('htpasswd -b -c /etc/nginx/.htpasswd admin '); d.s('ADMIN_PASSWORD'); },
    () => { d.t('curl -u deploy:'); d.s('JENKINS_API_TOKEN'); d.t(' -X POST http://jenkins:8080/job/release/build'); },
    () => { d.t('sha256sum dist/app.tar.gz  # '); d.l('hash', r.hex(64)); },
    () => { d.t('ssh -i ~/.ssh/id_ed25519 ubuntu@'); d.t(`10.0.${r.int(0, 9)}.${r.int(2, 250)}`); },
    () => { d.t('echo '); d.s('ANSIBLE_VAULT_PASSWORD'); d.t(' > ~/.vault_pass && ansible-playbook site.yml --vault-password-file ~/.vault_pass'); },
    () => { d.t('docker run -e '); const k = d.kind(); d.t(d.key(k, 'SCREAM') + '='); d.s(k); d.t(` registry.internal.test/${svc(r)}:`); d.l('version'); },
    () => { d.t('kubectl create secret generic smtp --from-literal=password='); d.s('SMTP_PASSWORD'); },
    () => { d.t('openssl rand -hex 32'); },
    () => { d.t('gpg --batch --passphrase '); d.s('GPG_PASSPHRASE'); d.t(' -d backup.sql.gpg'); },
    () => { d.t('vault login '); d.s('VAULT_TOKEN'); },
    () => { d.t('tailscale up --authkey '); d.s('TAILSCALE_AUTH_KEY'); },
    () => { d.t('ngrok config add-authtoken '); d.s('NGROK_AUTHTOKEN'); },
    () => { d.t('cd ~/src/' + svc(r) + ' && make test'); },
    () => { d.t('wg set wg0 private-key <(echo '); d.s('WIREGUARD_PRIVATE_KEY'); d.t(')'); },
    () => { d.t('nmcli dev wifi connect "Office-5G" password '); d.s('WIFI_PASSWORD'); },
    () => { d.t('sshpass -p '); d.s('SSH_PASSWORD'); d.t(' ssh admin@10.9.0.1'); },
    () => { d.t('export SOPS_AGE_KEY='); d.s('SOPS_AGE_SECRET_KEY'); },
    () => { d.t('terraform login && cat ~/.terraform.d/credentials.tfrc.json | grep token  # '); d.s('TERRAFORM_CLOUD_TOKEN'); },
  ]);
  for (const a of acts.slice(0, r.int(9, 15))) L(a);
  return 'shell-history';
}
function dotfiles(d) {
  const r = d.r; const x = r.int(0, 4);
  if (x === 0) { d.t('$ cat ~/.netrc\nmachine git.corp.example\n  login '); d.t(r.pick(['deploy', 'ci', 'oauth2'])); d.t('\n  password '); d.s(r.pick(['GITLAB_PAT', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT'])); d.t('\nmachine api.heroku.test\n  login '); const nm = P.latinName(r); d.p('EMAIL_ADDRESS', P.emailFor(r, nm)); d.t('\n  password '); d.s('HEROKU_API_KEY'); d.t('\n$ cat ~/.pgpass\npg-primary:5432:*:app_rw:'); d.s('POSTGRES_PASSWORD', genPw(r)); d.t('\n10.0.3.9:5432:analytics:looker:'); d.s('POSTGRES_PASSWORD', genPw(r)); d.t('\n'); }
  else if (x === 1) { d.t('$ cat ~/.npmrc\n@acme:registry=https://npm.pkg.internal.test/\n//npm.pkg.internal.test/:_authToken='); d.s('NPM_TOKEN'); d.t('\nalways-auth=true\n$ cat ~/.pypirc\n[distutils]\nindex-servers = internal\n[internal]\nrepository = https://pypi.internal.test/simple/\nusername = __token__\npassword = '); d.s('PYPI_TOKEN'); d.t('\n$ cat ~/.gem/credentials\n---\n:rubygems_api_key: '); d.s('RUBYGEMS_API_KEY'); d.t('\n$ cat ~/.cargo/credentials.toml\n[registry]\ntoken = "'); d.s('CARGO_REGISTRY_TOKEN'); d.t('"\n'); }
  else if (x === 2) { d.t('$ cat ~/.git-credentials\nhttps://oauth2:'); d.s('GITLAB_PAT'); d.t('@git.corp.example\nhttps://x-access-token:'); d.s('GITHUB_APP_INSTALLATION_TOKEN'); d.t('@scm.internal.test\n$ git config --global --list\nuser.name='); const nm = P.latinName(r); d.p('PERSON', nm); d.t('\nuser.email='); d.p('EMAIL_ADDRESS', P.emailFor(r, nm)); d.t('\nuser.signingkey='); d.l('gpg_key_id'); d.t('\ncore.editor=nvim\n'); }
  else if (x === 3) { d.t('$ cat ~/.ssh/id_ed25519\n'); d.s('PRIVATE_KEY_OPENSSH'); d.t('\n$ cat ~/.ssh/id_ed25519.pub\n'); d.l('public_key', (() => { const { sshPub } = KEYS; return sshPub(r, 'dev@workstation'); })()); d.t('\n$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 '); d.l('ssh_fingerprint'); d.t(' dev@workstation (ED25519)\n'); }
  else { d.t('$ cat ~/.config/gh/hosts.yml\nscm.internal.test:\n    oauth_token: '); d.s('GITHUB_OAUTH_TOKEN'); d.t('\n    git_protocol: https\n    user: '); d.t(r.pick(['build-bot', 'release-bot'])); d.t('\n$ cat ~/.kube/config | grep -A3 users\nusers:\n- name: prod-admin\n  user:\n    client-certificate-data: '); d.l('certificate', Buffer.from(P.LK.certificate(r)).toString('base64').slice(0, 200)); d.t('\n    client-key-data: '); d.s('KUBECONFIG_CLIENT_KEY_DATA'); d.t('\n- name: ci\n  user:\n    token: '); d.s('KUBERNETES_SA_TOKEN'); d.t('\n'); }
  return 'dotfiles';
}
import * as KEYS from './keys.mjs';
function ideConfig(d) {
  const r = d.r; const x = r.int(0, 2);
  if (x === 0) { d.t('// .vscode/launch.json\n{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "type": "node",\n      "request": "launch",\n      "name": "Debug API",\n      "program": "${workspaceFolder}/src/server.ts",\n      "env": {\n'); for (let i = 0; i < r.int(3, 5); i++) { const k = d.kind(); d.t(`        "${d.key(k, 'SCREAM')}": "`); d.s(k); d.t('",\n'); } d.t('        "PORT": "'); d.l('port'); d.t('"\n      }\n    }\n  ]\n}\n'); }
  else if (x === 1) { d.t('<!-- .idea/dataSources.xml -->\n<project version="4">\n  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">\n    <data-source source="LOCAL" name="prod@pg-primary" uuid="'); d.l('uuid'); d.t('">\n      <driver-ref>postgresql</driver-ref>\n      <jdbc-url>jdbc:postgresql://pg-primary:5432/app?user=readonly&amp;password='); d.s('POSTGRES_PASSWORD', genPw(r)); d.t('</jdbc-url>\n    </data-source>\n  </component>\n  <component name="RunManager">\n    <configuration name="Worker" type="Application">\n      <envs>\n'); for (let i = 0; i < r.int(2, 4); i++) { const k = d.kind(); d.t(`        <env name="${d.key(k, 'SCREAM')}" value="`); d.s(k); d.t('" />\n'); } d.t('      </envs>\n    </configuration>\n  </component>\n</project>\n'); }
  else { d.t(`(dlv) print cfg\nmain.Config {\n\tAddr: ":8080",\n\tDSN: "postgres://svc:`); d.s('DATABASE_PASSWORD', genPw(r)); d.t('@10.2.0.8:5432/core",\n\t'); const k = d.kind(); d.t(d.key(k, 'Pascal') + ': "'); d.s(k); d.t('",\n\tBuildSHA: "'); d.l('git_sha', r.hex(40)); d.t('",\n\tTimeout: 30000000000,\n\tOwner: "'); const nm = P.person(r); d.p('PERSON', nm); d.t(`",}\n(dlv) print req.Header["Authorization"]\n[]string len: 1, cap: 1, ["Bearer `); d.s('JWT'); d.t('"]\n(dlv) locals\nretries = 2\nreqID = "'); d.l('request_id'); d.t('"\n'); }
  return 'ide-debugger';
}
function mobileCfg(d) {
  const r = d.r; const x = r.int(0, 2);
  if (x === 0) { d.t('// android/app/google-services.json\n{\n  "project_info": {"project_number": "'); d.l('account_id', r.digits(12)); d.t('", "project_id": "acme-wallet-prod"},\n  "client": [{"client_info": {"mobilesdk_app_id": "1:'); d.l('hash', r.digits(12) + ':android:' + r.hex(16)); d.t('"},\n    "api_key": [{"current_key": "'); d.s('GCP_API_KEY'); d.t('"}],\n    "oauth_client": [{"client_id": "'); d.l('crm_id', r.digits(12) + '-' + r.lower(32) + '.apps.googleusercontent.test'); d.t('", "client_type": 3}]}]\n}\n// android/gradle.properties\nRELEASE_STORE_FILE=release.jks\nRELEASE_STORE_PASSWORD='); d.s('KEYSTORE_PASSWORD'); d.t('\nRELEASE_KEY_ALIAS=upload\nRELEASE_KEY_PASSWORD='); d.s('KEYSTORE_PASSWORD'); d.t('\nMAPBOX_DOWNLOADS_TOKEN='); d.s('MAPBOX_SECRET_TOKEN'); d.t('\norg.gradle.jvmargs=-Xmx4g\n'); }
  else if (x === 1) { d.t('<!-- ios/Runner/Info.plist (excerpt) -->\n<key>CFBundleShortVersionString</key>\n<string>'); d.l('version', `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`); d.t('</string>\n<key>CFBundleVersion</key>\n<string>'); d.l('build_number', String(r.int(100, 9999))); d.t('</string>\n<key>MBXAccessToken</key>\n<string>'); d.l('public_key', 'pk.' + Buffer.from(JSON.stringify({ u: 'acme', a: r.lower(25) })).toString('base64url') + '.' + r.alnum(22)); d.t('</string>\n<key>RevenueCatSecret</key>\n<string>'); d.s('API_KEY', 'sk_' + r.alnum(32)); d.t('</string>\n<key>SentryAuthToken</key>\n<string>'); d.s('SENTRY_AUTH_TOKEN'); d.t('</string>\n# fastlane/.env\nFASTLANE_USER='); const nm = P.latinName(r); d.p('EMAIL_ADDRESS', P.emailFor(r, nm)); d.t('\nFASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD='); d.s('APPLE_APP_SPECIFIC_PASSWORD'); d.t('\nMATCH_PASSWORD='); d.s('KEYSTORE_PASSWORD', humanPw(r)); d.t('\n'); }
  else { d.t('// app.json (Expo)\n{\n  "expo": {\n    "name": "Acme Rides",\n    "version": "'); d.l('version', `${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}`); d.t('",\n    "primaryColor": "'); d.l('hex_color'); d.t('",\n    "extra": {\n      "eas": {"projectId": "'); d.l('uuid'); d.t('"},\n      "oneSignalKey": "'); d.s('ONESIGNAL_REST_API_KEY'); d.t('",\n      "supabaseServiceKey": "'); d.s('SUPABASE_SERVICE_ROLE_KEY'); d.t('",\n      "expoToken": "'); d.s('EXPO_ACCESS_TOKEN'); d.t('"\n    }\n  }\n}\n'); }
  return 'mobile-config';
}
function supportBundle(d) {
  const r = d.r;
  d.t(`=== support-bundle-${r.int(10000, 99999)}/system.txt ===\nhostname: `); d.l('hostname'); d.t(`\nkernel: 6.${r.int(1, 12)}.0-${r.int(10, 40)}-amd64\nagent: `); d.l('version'); d.t('\nuptime: 12 days\n=== env.txt ===\n');
  for (let i = 0; i < r.int(3, 6); i++) { const k = d.kind(); d.t(d.key(k, 'SCREAM') + '='); d.s(k); d.t('\n'); }
  d.t('HOME=/home/agent\nLANG=C.UTF-8\n=== config.redacted.yaml ===\nlicense_key: '); d.l('placeholder', '<redacted>'); d.t('\nupstream: https://' + host(r) + '\nproxy_password: '); d.s('PROXY_PASSWORD'); d.t('  # redaction missed this field\n=== logs/agent.log (last 6) ===\n');
  for (let i = 0; i < r.int(3, 6); i++) { d.l('timestamp', tsz(r)); d.t(' INFO session opened for '); const nm = P.latinName(r); d.p('EMAIL_ADDRESS', P.emailFor(r, nm)); d.t(' from '); d.p('IP_ADDRESS', P.clientIp(r)); d.t(' req='); d.l('request_id'); d.t('\n'); }
  d.t('=== contact ===\nopened by: '); const nm = P.person(r); d.p('PERSON', nm); d.t(', '); d.p('PHONE_NUMBER', P.phone(r)); d.t('\n');
  return 'support-bundle';
}
function pemDoc(d) {
  const r = d.r; const x = r.int(0, 3);
  if (x === 0) { d.t(`$ kubectl get secret tls-${svc(r)} -o jsonpath='{.data.tls\\.key}' | base64 -d\n`); pemIn(d, 'raw'); d.t('\n'); }
  else if (x === 1) { d.t('# values-prod.yaml\ningress:\n  tls:\n    crt: |\n    '); d.l('certificate', P.LK.certificate(r).split('\n').join('\n    ')); d.t('\n    key: |\n    '); pemIn(d, 'yaml'); d.t('\n'); }
  else if (x === 2) { d.t('{"name": "signing", "created": "'); d.l('timestamp'); d.t('", "key": "'); pemIn(d, 'json'); d.t('\\n", "fingerprint": "'); d.l('ssh_fingerprint'); d.t('"}\n'); }
  else { d.t(`$ cat deploy/keys/${r.pick(['release', 'github-app', 'saml-sp', 'jwt-signing'])}.pem\n`); pemIn(d, 'raw'); d.t('\n$ openssl pkey -in jwt-signing.pem -pubout\n'); d.l('public_key', KEYS.pemPub(r)); d.t('\n'); }
  return 'private-key';
}
function gitLog(d) {
  const r = d.r; d.t('$ git log -n 4 --stat\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const nm = P.person(r); d.t('commit '); d.l('git_sha', r.hex(40)); d.t('\nAuthor: '); d.p('PERSON', nm); d.t(' <'); d.p('EMAIL_ADDRESS', P.emailFor(r)); d.t(`>\nDate:   ${r.pick(['Mon', 'Tue', 'Thu'])} Mar 1${r.int(0, 9)} 1${r.int(0, 9)}:2${r.int(0, 9)}:11 2026 +0100\n\n    ${r.pick(['fix: rotate leaked key', 'chore: bump deps', 'feat: add webhook handler', 'revert accidental commit'])}\n\n`);
  }
  d.t('$ git show HEAD~1 -- config/prod.env\n@@ -3,4 +3,4 @@\n');
  const k = d.kind(); d.t('-' + d.key(k, 'SCREAM') + '='); d.s(k); d.t('\n+' + d.key(k, 'SCREAM') + '='); d.l('env_reference', '${' + d.key(k, 'SCREAM') + '}'); d.t('\n');
  return 'git-log';
}
function lockfile(d) {
  const r = d.r; d.t('$ sed -n 1,40p package-lock.json\n{\n  "name": "' + svc(r) + '",\n  "version": "'); d.l('version'); d.t('",\n  "lockfileVersion": 3,\n  "packages": {\n');
  for (let i = 0; i < r.int(4, 7); i++) { const p = r.pick(['left-pad', 'chalk', 'zod', 'undici', 'pino', 'yaml', 'semver', 'debug']); d.t(`    "node_modules/${p}": {\n      "version": "`); d.l('version', `${r.int(0, 9)}.${r.int(0, 20)}.${r.int(0, 20)}`); d.t(`",\n      "resolved": "https://registry.internal.test/${p}/-/${p}.tgz",\n      "integrity": "`); d.l('integrity'); d.t('",\n      "engines": {"node": "'); d.l('semver_range'); d.t('"}\n    },\n'); }
  d.t('  }\n}\n$ sha256sum dist/*\n'); for (let i = 0; i < 3; i++) { d.l('hash', r.hex(64)); d.t(`  dist/${svc(r)}-linux-${r.pick(['amd64', 'arm64'])}.tar.gz\n`); }
  return 'lockfile';
}
function docsExamples(d) {
  const r = d.r;
  d.t('## Configuration\n\nSet your credentials before running the CLI (these are the documented sample values, not real keys):\n\n```bash\nexport AWS_ACCESS_KEY_ID='); d.l('aws_example_key', 'AKIAIOSFODNN7EXAMPLE'); d.t('\nexport AWS_SECRET_ACCESS_KEY='); d.l('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'); d.t('\nexport OPENAI_API_KEY='); d.l('placeholder', r.pick(['sk-...', '<your-token>', 'sk-xxxxxxxxxxxxxxxxxxxx'])); d.t('\nexport DATABASE_URL=postgres://app:'); d.l('placeholder', r.pick(['changeme', '<password>', 'password'])); d.t('@localhost:5432/app\n```\n\nFor payments in test mode use card '); d.l('vendor_test_card'); d.t(' with any future expiry. A card like '); d.l('invalid_card'); d.t(' is rejected by the Luhn check, and an IBAN like '); d.l('invalid_iban'); d.t(' fails mod-97. SSNs such as '); d.l('invalid_ssn'); d.t(' are never issued.\n\nIn Helm charts reference `'); d.l('env_reference', '{{ .Values.db.password }}'); d.t('`; in Actions use `'); d.l('env_reference', '${{ secrets.NPM_TOKEN }}'); d.t('`. The TOTP demo seed is '); d.l('totp_test_vector'); d.t('. Build '); d.l('build_number'); d.t(', released '); d.l('date'); d.t(', image '); d.l('digest'); d.t(', ISBN of the handbook '); d.l('isbn'); d.t('.\n');
  return 'readme-docs';
}
function otpMail(d) {
  const r = d.r; const nm = P.latinName(r);
  d.t('From: Acme Security <no-reply@acme.example>\nTo: '); d.p('PERSON', nm); d.t(' <'); d.p('EMAIL_ADDRESS', P.emailFor(r, nm)); d.t('>\nSubject: Your sign-in code\nMessage-ID: <'); d.l('hash', r.hex(24)); d.t('@mx.acme.example>\n\nHi ' + '');  d.p('PERSON', nm.split(' ')[0]); d.t(',\n\nYour verification code is '); d.s('ONE_TIME_CODE'); d.t('. It expires in 10 minutes. Request from '); d.p('IP_ADDRESS', P.clientIp(r)); d.t(' near '); d.p('LOCATION', P.city(r)); d.t('.\n\nYou enabled two-factor authentication. Save these recovery codes:\n');
  for (let i = 0; i < r.int(4, 8); i++) { d.t('  '); d.s('RECOVERY_CODE'); d.t('\n'); }
  d.t('\nAuthenticator setup key: '); d.s('TOTP_SEED'); d.t('\notpauth://totp/Acme:' + 'user?secret='); d.s('TOTP_SEED'); d.t('&issuer=Acme\n\nOrder '); d.l('order_number'); d.t(' ships with tracking '); d.l('tracking_number'); d.t('.\n');
  return 'email-otp';
}
function paymentsLog(d) {
  const r = d.r; const nm = P.person(r);
  d.t(`[${ts(r)}] DEBUG payout.worker payload=`); d.t('{"beneficiary":"'); d.p('PERSON', nm); d.t('","iban":"'); d.p('IBAN_CODE', P.iban(r)); d.t('","amount":'); d.l('price', `${r.int(10, 9999)}.${r.digits(2)}`); d.t(',"ref":"'); d.l('order_number'); d.t('"}\n');
  d.t(`[${ts(r)}] WARN  card.tokenize raw PAN logged (PCI!): pan=`); d.p('CREDIT_CARD', P.card(r)); d.t(' exp=0' + r.int(1, 9) + '/2' + r.int(7, 9) + ' holder="'); d.p('PERSON', P.latinName(r)); d.t('"\n');
  d.t(`[${ts(r)}] INFO  crypto.withdraw to=`); d.p('CRYPTO', P.btc(r)); d.t(' txid='); d.l('hash', r.hex(64)); d.t('\n');
  d.t(`[${ts(r)}] INFO  ach.debit routing=0${r.digits(8)} account=`); d.p('US_BANK_NUMBER', P.bankNumber(r)); d.t(' name="'); d.p('PERSON', P.latinName(r)); d.t('"\n');
  d.t(`[${ts(r)}] INFO  kyc.verified ssn=`); d.p('US_SSN', P.ssn(r)); d.t(' dl='); d.p('US_DRIVER_LICENSE', P.driverLicense(r)); d.t(' passport='); d.p('US_PASSPORT', P.passport(r)); d.t(' itin='); d.p('US_ITIN', P.itin(r)); d.t('\n');
  d.t(`[${ts(r)}] DEBUG stripe.call key=`); d.s(r.pick(['STRIPE_SECRET_KEY', 'STRIPE_RESTRICTED_KEY'])); d.t(' idempotency='); d.l('uuid'); d.t('\n');
  d.t(`[${ts(r)}] INFO  webhook verified with secret `); d.s('STRIPE_WEBHOOK_SECRET'); d.t(' evt='); d.l('crm_id', 'evt_' + r.alnum(24)); d.t('\n');
  d.t(`[${ts(r)}] INFO  test charge with `); d.l('vendor_test_card'); d.t(' ok\n');
  return 'payments-log';
}
function healthExport(d) {
  const r = d.r;
  d.t('{"resourceType":"Bundle","type":"searchset","entry":[\n');
  for (let i = 0; i < r.int(2, 4); i++) { const nm = P.person(r, r.pick(['en', 'in', 'ng', 'pl', 'es'])); d.t(' {"resource":{"resourceType":"Patient","id":"'); d.l('uuid'); d.t('","identifier":[{"system":"https://fhir.nhs.test/Id/nhs-number","value":"'); d.p('UK_NHS', P.nhs(r)); d.t('"}],"name":[{"text":"'); d.p('PERSON', nm); d.t('"}],"telecom":[{"system":"phone","value":"'); d.p('PHONE_NUMBER', P.phone(r, 'GB')); d.t('"},{"system":"email","value":"'); d.p('EMAIL_ADDRESS', P.emailFor(r)); d.t(`"}],"birthDate":"19${r.int(40, 99)}-0${r.int(1, 9)}-2${r.int(0, 8)}","address":[{"line":["`); d.p('LOCATION', P.street(r)); d.t('"],"city":"'); d.p('LOCATION', P.city(r)); d.t('"}]}},\n'); }
  d.t(' {"resource":{"resourceType":"Practitioner","name":[{"text":"Dr. '); const doc = P.latinName(r); d.p('PERSON', doc); d.t('"}],"identifier":[{"system":"DEA","value":"'); d.p('MEDICAL_LICENSE', P.dea(r, doc.split(' ').pop())); d.t('"}]}}\n],"meta":{"lastUpdated":"'); d.l('timestamp', tsz(r)); d.t('","versionId":"'); d.l('k8s_resource_version'); d.t('"}}\n');
  return 'fhir-export';
}
function systemdAuth(d) {
  const r = d.r; d.t('$ journalctl -u ssh --since today | tail\n');
  for (let i = 0; i < r.int(5, 9); i++) { d.t(`Mar 1${r.int(0, 9)} 0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)} `); d.l('hostname'); d.t(' sshd['); d.l('pid'); d.t(']: ' + r.pick(['Accepted publickey for deploy from ', 'Failed password for invalid user admin from ', 'Disconnected from authenticating user root '])); d.p('IP_ADDRESS', P.clientIp(r)); d.t(` port ${r.int(1024, 65000)} ssh2` + (r.chance(0.3) ? ': ED25519 ' : '')); if (r.chance(0.3)) d.l('ssh_fingerprint'); d.t('\n'); }
  d.t(`Mar 14 09:12:01 bastion sudo[${r.int(1000, 9999)}]: deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p`); d.s('MYSQL_PASSWORD', genPw(r)); d.t('\n');
  return 'auth-log';
}
function ansibleHelm(d) {
  const r = d.r;
  d.t('# group_vars/prod/vars.yml\nnginx_worker_processes: auto\napp_db_password: "'); d.l('env_reference', "{{ vault_app_db_password }}"); d.t('"\nredis_password: '); d.s('REDIS_PASSWORD'); d.t('   # TODO move into vault.yml\nkeycloak_admin_password: '); d.s('KEYCLOAK_ADMIN_PASSWORD'); d.t('\n# helm/values.yaml\nimage:\n  tag: '); d.l('version'); d.t('\n  digest: '); d.l('digest'); d.t('\nargocd:\n  adminPassword: '); d.s('ARGOCD_ADMIN_PASSWORD'); d.t('\nminio:\n  rootPassword: '); d.s('MINIO_SECRET_KEY'); d.t('\npostgresql:\n  auth:\n    password: '); d.l('env_reference', '{{ .Values.global.pgPassword }}'); d.t('\n    existingSecret: pg-auth\nvpn:\n  psk: '); d.s('VPN_PRESHARED_KEY'); d.t('\nresources:\n  limits: {cpu: 500m, memory: 512Mi}\n');
  return 'ansible-helm';
}
function dataPipelines(d) {
  const r = d.r;
  d.t('# ~/.dbt/profiles.yml\nanalytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: xy12345.eu-central-1\n      user: DBT_PROD\n      password: '); d.s('SNOWFLAKE_PASSWORD'); d.t('\n      role: TRANSFORMER\n      threads: 8\n$ airflow connections get s3_raw -o json\n[{"conn_id": "s3_raw", "conn_type": "aws", "login": "'); d.s('AWS_ACCESS_KEY'); d.t('", "password": "'); d.s('AWS_SECRET_KEY'); d.t('", "extra": "{\\"region_name\\": \\"eu-west-1\\"}"}]\n$ cat airflow.cfg | grep -E "fernet|secret"\nfernet_key = '); d.s('ENCRYPTION_KEY', r.b64url(32) + '='); d.t('\nsecret_key = '); d.s('FLASK_SECRET_KEY'); d.t('\n');
  return 'data-pipeline';
}
function webFramework(d) {
  const r = d.r; const x = r.int(0, 2);
  if (x === 0) { d.t('# settings/production.py\nDEBUG = False\nSECRET_KEY = "'); d.s('DJANGO_SECRET_KEY'); d.t('"\nALLOWED_HOSTS = ["shop.acme.test"]\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop", "USER": "shop", "PASSWORD": "'); d.s('DATABASE_PASSWORD'); d.t('", "HOST": "pg-primary"}}\nEMAIL_HOST_PASSWORD = "'); d.s('SENDGRID_API_KEY'); d.t('"\nADMINS = [("'); const nm = P.latinName(r); d.p('PERSON', nm); d.t('", "'); d.p('EMAIL_ADDRESS', P.emailFor(r, nm)); d.t('")]\n'); }
  else if (x === 1) { d.t('$ cat config/master.key\n'); d.s('RAILS_MASTER_KEY'); d.t('\n$ bin/rails credentials:show\nsecret_key_base: '); d.s('RAILS_SECRET_KEY_BASE'); d.t('\naws:\n  access_key_id: '); d.s('AWS_ACCESS_KEY'); d.t('\n  secret_access_key: '); d.s('AWS_SECRET_KEY'); d.t('\nactive_record_encryption:\n  primary_key: '); d.s('ENCRYPTION_KEY', r.alnum(32)); d.t('\n'); }
  else { d.t('# .env (Laravel)\nAPP_NAME=Acme\nAPP_ENV=production\nAPP_KEY='); d.s('LARAVEL_APP_KEY'); d.t('\nAPP_URL=https://acme.test\nDB_PASSWORD='); d.s('MYSQL_PASSWORD'); d.t('\nNEXTAUTH_SECRET='); d.s('NEXTAUTH_SECRET'); d.t('\nSESSION_SECRET='); d.s('SESSION_SECRET'); d.t('\n<!-- web.config -->\n<machineKey validationKey="'); d.s('ASPNET_MACHINE_KEY'); d.t('" decryptionKey="'); d.s('ASPNET_MACHINE_KEY', r.HEX(48)); d.t('" validation="HMACSHA256" />\n'); }
  return 'framework-config';
}
export const TEMPLATES = { appConfig, ciLog, k8sSecret, k8sDescribe, k8sLogs, awsCli, gcpCli, azCli, otherCloud, terraform, dockerCfg, connStrings, curlV, har, proxyLog, postman, notebook, sqlResult, csvExport, analytics, errorTracker, crashReport, shellHistory, dotfiles, ideConfig, mobileCfg, supportBundle, pemDoc, gitLog, lockfile, docsExamples, otpMail, paymentsLog, healthExport, systemdAuth, ansibleHelm, dataPipelines, webFramework };
export const WEIGHTS = { appConfig: 10, sqlResult: 6, csvExport: 5, pemDoc: 4, k8sLogs: 2, shellHistory: 3, connStrings: 2, analytics: 3, paymentsLog: 3, healthExport: 2, ciLog: 2, curlV: 2, errorTracker: 2 };
