// Engineering-side document kinds an agent reads while helping data/support/sales teams:
// manifests, CI logs, diffs, shell history, env and config files, code, logs, git, packages, docs.
import { Doc, S, P, L, cat, raw, emitJSON, emitYAML, textOf, jsonEsc, xmlEsc, mapItem, mdTable } from './doc.mjs';
import { basicAuth, styleKey, SECRET_BY_ENTITY, genSecret } from './secrets.mjs';
import { lk } from './lookalikes.mjs';
import { notePieces, sayPieces } from './kinds_data.mjs';

const n = (c, base) => Math.max(1, Math.round(base * c.scale));
const indentPem = (item, ind) => item.with(item.v.replace(/\n/g, '\n' + ind));
const escPem = (item) => item.with(item.v.replace(/\n/g, '\\n'));
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
const K8S = (v) => S('K8S_SECRET_DATA', b64(v));
const pemItem = (c, e) => { const p = c.pem(e); return S(p.e, p.v); };
const PEM_FILE = { RSA_PRIVATE_KEY: ['client.key', 'sftp_rsa.pem', 'id_rsa'], PKCS8_PRIVATE_KEY: ['tls.key', 'service-key.pem', 'jwt-signing.pem'], EC_PRIVATE_KEY: ['ec-key.pem', 'apns-key.pem', 'client-ec.key'], OPENSSH_PRIVATE_KEY: ['id_ed25519', 'deploy_key', 'id_ecdsa'], PGP_PRIVATE_KEY: ['signing-key.asc', 'backup-secret.asc'], ENCRYPTED_PRIVATE_KEY: ['client.key.enc', 'partner-encrypted.pem'] };
const PEM_VAR = { RSA_PRIVATE_KEY: 'RSA_PRIVATE_KEY', PKCS8_PRIVATE_KEY: 'JWT_PRIVATE_KEY', EC_PRIVATE_KEY: 'APNS_AUTH_KEY', OPENSSH_PRIVATE_KEY: 'SSH_PRIVATE_KEY', PGP_PRIVATE_KEY: 'GPG_PRIVATE_KEY', ENCRYPTED_PRIVATE_KEY: 'TLS_CLIENT_KEY_ENC' };

// key=value line for any token kind, with varied key styles and quoting
function kv(c, d, t, opts = {}) {
  const r = c.r;
  const key = opts.key || c.key(t.key, opts.style);
  const q = opts.quote ?? r.pick(['', '', '"', "'"]);
  d.t(`${opts.prefix || ''}${key}${opts.sep || '='}${q}`);
  d.put(S(t.e, t.v));
  d.t(`${q}\n`);
}

// ------------------------------------------------------------------ k8s_manifest
function k8sManifest(c, d) {
  const r = c.r;
  const v = r.pick(['secret_data', 'secret_string', 'deployment', 'dockercfg', 'helm']);
  const ns = r.pick(['crm', 'support-tools', 'data-pipeline', 'shop', 'reporting']);
  const meta = () => ({ creationTimestamp: c.ts('isoZ'), name: `${r.pick(['crm-sync', 'ticket-bot', 'etl', 'mailer', 'exporter'])}-${r.pick(['secrets', 'creds', 'env'])}`, namespace: ns, resourceVersion: c.look('k8s_resource_version'), uid: c.look('uuid') });
  if (v === 'secret_data') {
    d.t(`$ kubectl get secret -n ${ns} -o yaml ${r.pick(['app-secrets', 'db-credentials', 'integrations'])}\n`);
    const data = {};
    const dsn = c.dsn();
    data['DATABASE_URL'] = K8S(dsn.pieces.map(textOf).join(''));
    for (let i = 0; i < n(c, 7); i++) { const t = c.tok(); data[t.key.toUpperCase()] = K8S(t.v); }
    if (r.chance(0.6)) { data['tls.crt'] = L('certificate', b64(lk(r, 'certificate'))); data['tls.key'] = K8S(c.pem(r.pick(['EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'RSA_PRIVATE_KEY'])).v); }
    if (r.chance(0.3)) data['SMTP_PASSWORD'] = K8S(genSecret(r, 'SMTP_PASSWORD'));
    emitYAML(d, { apiVersion: 'v1', data, kind: 'Secret', metadata: meta(), type: 'Opaque' });
  } else if (v === 'secret_string') {
    d.t('apiVersion: v1\nkind: Secret\nmetadata:\n');
    emitYAML(d, { name: `${r.pick(['partner-api', 'sftp-drop', 'crm-bridge'])}`, namespace: ns, annotations: { 'owner': c.roleEmail(r.pick(['data-team', 'support-eng', 'platform'])), 'git-commit': c.look('git_sha') } }, { base: '  ' });
    d.t('type: Opaque\nstringData:\n');
    for (let i = 0; i < n(c, 4); i++) { const t = c.tok(); d.t(`  ${t.key.toLowerCase()}: ${r.pick(['', '"'])}`.replace(/"$/, '')); d.put(S(t.e, t.v)); d.t('\n'); }
    d.t(`  sftp_password: "`); d.put(c.T('FTP_PASSWORD')); d.t('"\n');
    const key = pemItem(c);
    d.t(`  ${r.pick(PEM_FILE[key.ent])}: |\n    `); d.put(indentPem(key, '    ')); d.t('\n');
    if (r.chance(0.6)) { d.t('  ca.crt: |\n    '); const cert = c.look('certificate'); d.put(cert.with(cert.v.replace(/\n/g, '\n    '))); d.t('\n'); }
    d.t(`  known_hosts: "${r.pick(['sftp', 'git'])}.partner.example `); d.put(c.look('public_key', { kind: 'ssh-ed25519' })); d.t('"\n');
  } else if (v === 'deployment') {
    const img = `registry.${r.pick(['acme-retail', 'bluefin-crm'])}.example/${ns}/${r.pick(['api', 'worker', 'sync'])}`;
    d.t(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${ns}-worker\n  namespace: ${ns}\n  annotations:\n    deploy/revision: "`); d.put(c.look('git_sha')); d.t('"\n    deploy/build: "'); d.put(c.look('build_number')); d.t('"\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ');
    d.t(img + '@'); d.put(c.look('digest')); d.t('\n          env:\n');
    for (let i = 0; i < n(c, 8); i++) {
      if (r.chance(0.25)) { d.t(`            - name: ${r.pick(['DB_PASSWORD', 'API_KEY', 'SMTP_PASS'])}\n              valueFrom:\n                secretKeyRef: {name: app-secrets, key: ${r.pick(['password', 'token'])}}\n`); continue; }
      const t = c.tok();
      d.t(`            - name: ${t.key.toUpperCase()}\n              value: "`); d.put(S(t.e, t.v)); d.t('"\n');
    }
    d.t('            - name: SUPPORT_INBOX\n              value: '); d.put(c.roleEmail('support')); d.t('\n');
    d.t('            - name: TZ\n              value: Europe/Berlin\n');
  } else if (v === 'dockercfg') {
    const user = r.pick(['ci-pull', 'robot$shop+puller', 'deploy']);
    const pw = genSecret(r, r.pick(['DOCKER_HUB_PAT', 'DOCKER_REGISTRY_PASSWORD', 'GITLAB_DEPLOY_TOKEN']));
    const reg = `registry.${r.pick(['acme-retail', 'bluefin-crm', 'sunpath'])}.example`;
    const cfg = JSON.stringify({ auths: { [reg]: { username: user, password: pw, auth: basicAuth(user, pw) } } });
    d.f`apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n  namespace: ${ns}\n  resourceVersion: "${c.look('k8s_resource_version')}"\n  uid: ${c.look('uuid')}\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${K8S(cfg)}\n`;
    d.t('---\n# decoded for debugging (do not commit)\n');
    emitJSON(d, { auths: { [reg]: { username: user, password: S(SECRET_BY_ENTITY.DOCKER_HUB_PAT.re.test(pw) ? 'DOCKER_HUB_PAT' : SECRET_BY_ENTITY.GITLAB_DEPLOY_TOKEN.re.test(pw) ? 'GITLAB_DEPLOY_TOKEN' : 'DOCKER_REGISTRY_PASSWORD', pw), auth: S('DOCKER_REGISTRY_AUTH', basicAuth(user, pw)) } } }, { indent: 2 });
    d.t('\n');
  } else {
    d.t(`# values-${r.pick(['prod', 'staging'])}.yaml for the ${r.pick(['crm', 'helpdesk', 'bi'])} chart\n`);
    const dsn = c.dsn();
    emitYAML(d, { image: { repository: `registry.acme-retail.example/${ns}/app`, tag: c.look('version') }, replicaCount: r.int(1, 4), env: (() => { const k = c.tok().key; return { DATABASE_URL: cat(...dsn.pieces), [k]: c.look('env_reference', { name: k }) }; })(), secrets: (() => { const o = {}; for (let i = 0; i < n(c, 7); i++) { const t = c.tok(); o[styleKey(t.key, 'camel')] = S(t.e, t.v); } o.legacyKey = c.look(r.pick(['placeholder', 'aws_example_key'])); return o; })(), ingress: { host: `${r.pick(['crm', 'help', 'bi'])}.acme-retail.example`, tls: true }, resources: { limits: { memory: '512Mi' } } });
  }
  return d;
}

// ------------------------------------------------------------------ cloud_manifest
function cloudManifest(c, d) {
  const r = c.r;
  const v = r.pick(['compose', 'terraform', 'tfstate', 'cfn', 'ecs', 'gcp_sa']);
  if (v === 'compose') {
    d.t(`# docker-compose.${r.pick(['yml', 'prod.yml', 'override.yml'])}\nservices:\n  db:\n    image: postgres:${r.int(13, 17)}\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: `);
    d.put(c.T('POSTGRES_PASSWORD')); d.t('\n    ports: ["5432:5432"]\n  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "'); d.put(c.T('REDIS_PASSWORD')); d.t('"]\n  app:\n    image: registry.acme-retail.example/shop/app@'); d.put(c.look('digest')); d.t('\n    environment:\n');
    for (let i = 0; i < n(c, 9); i++) { const t = c.tok(); d.t(`      - ${t.key.toUpperCase()}=`); d.put(S(t.e, t.v)); d.t('\n'); }
    d.t('      - REDIS_URL='); d.put(c.look('env_reference', { name: 'REDIS_URL' })); d.t('\n      - ADMIN_EMAIL='); d.put(c.roleEmail('admin')); d.t('\n');
  } else if (v === 'terraform') {
    const ak = r.chance(0.7) ? c.T('AWS_ACCESS_KEY') : c.look('aws_example_key');
    d.t(`# main.tf\nprovider "aws" {\n  region     = "${r.pick(['eu-central-1', 'us-east-1', 'ap-northeast-1'])}"\n  access_key = "`); d.put(ak); d.t('"\n  secret_key = "'); d.put(ak.fam === 'look' ? c.look('aws_example_key', { secret: true }) : c.T('AWS_SECRET_KEY')); d.t('"\n}\n\n');
    d.t(`resource "aws_db_instance" "crm" {\n  identifier     = "crm-${r.pick(['prod', 'reporting'])}"\n  engine         = "${r.pick(['postgres', 'mysql'])}"\n  username       = "crm_admin"\n  password       = "`); d.put(c.T(r.pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD']))); d.t('"\n  tags = {\n    owner = "'); d.put(c.roleEmail('platform')); d.t('"\n    cost_center = "'); d.t(String(r.int(1000, 9999))); d.t('"\n  }\n}\n\n');
    for (let i = 0; i < n(c, 4); i++) { const t = c.tok(); d.t(`variable "${styleKey(t.key, 'lower')}" {\n  type      = string\n  sensitive = true\n  default   = "`); d.put(S(t.e, t.v)); d.t('"\n}\n\n'); }
    d.t('\nresource "aws_iam_role_policy_attachment" "ro" {\n  role       = "'); d.put(c.look('arn')); d.t('"\n}\n');
  } else if (v === 'tfstate') {
    const key = pemItem(c);
    const body = { version: 4, terraform_version: c.look('version'), serial: r.int(3, 400), lineage: c.look('uuid'), outputs: { db_password: { value: c.T(r.pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD'])), type: 'string', sensitive: true } }, resources: [{ mode: 'managed', type: 'tls_private_key', name: 'deploy', instances: [{ attributes: { algorithm: 'ED25519', private_key_pem: key, public_key_fingerprint_sha256: c.look('ssh_fingerprint'), id: c.look('hash', { kind: 'sha1' }) }, sensitive_attributes: [] }] }] };
    d.t('$ terraform state pull | head -c 4000\n');
    emitJSON(d, body, { indent: 2 });
    d.t('\n');
  } else if (v === 'cfn') {
    d.t('AWSTemplateFormatVersion: "2010-09-09"\nDescription: CRM export bucket and reporting database\nParameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: ');
    d.put(c.T(r.pick(['MYSQL_PASSWORD', 'POSTGRES_PASSWORD']))); d.t('\n  AlertEmail:\n    Type: String\n    Default: '); d.put(c.roleEmail('alerts')); d.t('\nResources:\n  ExportBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: ');
    d.t(`crm-exports-${r.hex(6)}\n  ReportFn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n`);
    for (let i = 0; i < n(c, 7); i++) { const t = c.tok(); d.t(`          ${t.key.toUpperCase()}: `); d.put(S(t.e, t.v)); d.t('\n'); }
    d.t('      Role: '); d.put(c.look('arn')); d.t('\n');
  } else if (v === 'ecs') {
    const envs = [];
    for (let i = 0; i < n(c, 9); i++) { const t = c.tok(); envs.push({ name: t.key.toUpperCase(), value: S(t.e, t.v) }); }
    envs.push({ name: 'LOG_LEVEL', value: 'info' });
    emitJSON(d, { family: `${r.pick(['crm', 'support', 'bi'])}-worker`, taskRoleArn: c.look('arn'), containerDefinitions: [{ name: 'worker', image: cat('registry.acme-retail.example/bi/worker@', c.look('digest')), environment: envs, secrets: [{ name: 'DB_PASSWORD', valueFrom: c.look('arn') }] }], cpu: '512', memory: '1024' }, { indent: r.pick([2, 4]) });
    d.t('\n');
  } else {
    const proj = `${r.pick(['crm', 'bi', 'support'])}-${r.pick(['prod', 'analytics'])}-${r.int(100000, 999999)}`;
    const key = pemItem(c, 'PKCS8_PRIVATE_KEY');
    d.t(`$ cat ~/keys/${proj}.json\n`);
    emitJSON(d, { type: 'service_account', project_id: proj, private_key_id: c.T('GCP_PRIVATE_KEY_ID'), private_key: key, client_email: P('EMAIL_ADDRESS', `${r.pick(['bq-export', 'sheets-sync', 'looker'])}@${proj}.iam.serviceaccounts.example`), client_id: r.digits(21), auth_uri: 'https://accounts.auth.example/o/oauth2/auth', token_uri: 'https://oauth2.auth.example/token' }, { indent: 2 });
    d.t('\n');
  }
  return d;
}

// ------------------------------------------------------------------ ci_log
function ciLog(c, d) {
  const r = c.r;
  const style = r.pick(['actions', 'gitlab', 'jenkins']);
  const ts = () => (style === 'actions' ? [c.look('timestamp', { t: c.clock.tick(0, 4), style: 'isoMs' }), ' '] : style === 'gitlab' ? [] : ['[', L('timestamp', c.tsRaw('hms')), '] ']);
  const line = (...parts) => { d.put(ts()); d.put(parts); d.t('\n'); };
  if (style === 'gitlab') line('Running with gitlab-runner ', c.look('version'), ' (', c.look('git_sha', { short: true }), ')');
  if (style === 'jenkins') line('Started by user ', c.N(c.person({ lang: 'en' })));
  line(style === 'actions' ? '##[group]Run checkout' : '$ git fetch --depth 20 origin');
  line('HEAD is now at ', c.look('git_sha', { short: true }), ' ', r.pick(['fix: export timezone', 'feat: add churn report', 'chore: bump deps', 'Merge branch \'crm-sync\'']));
  line('Build ', c.look('build_number'), ' for commit ', c.look('git_sha'));
  const leaks = n(c, 9);
  for (let i = 0; i < leaks; i++) {
    const k = r.pick(['npm', 'docker', 'curl', 'env', 'mvn', 'aws', 'masked', 'pip', 'helm']);
    if (k === 'npm') { line('+ npm config set //npm.pkg.acme-retail.example/:_authToken=', c.T('NPM_ACCESS_TOKEN')); line('+ npm publish --access restricted'); line('npm notice package: @acme/crm-widgets@', c.look('version')); line('npm notice integrity: ', c.look('integrity')); }
    else if (k === 'docker') { line('+ docker login registry.acme-retail.example -u ci-bot -p ', c.T(r.pick(['DOCKER_REGISTRY_PASSWORD', 'DOCKER_HUB_PAT', 'GITLAB_DEPLOY_TOKEN']))); line('WARNING! Using --password via the CLI is insecure. Use --password-stdin.'); line('Login Succeeded'); line('latest: digest: ', c.look('digest'), ' size: ', String(r.int(900, 3000))); }
    else if (k === 'curl') { const t = c.tok(); line(`+ curl -sf -H "${r.pick(['Authorization: Bearer ', 'X-Api-Key: ', 'PRIVATE-TOKEN: '])}`, S(t.e, t.v), `" https://${r.pick(['deploy', 'hooks', 'api'])}.internal.example/v1/${r.pick(['release', 'notify', 'sync'])}`); }
    else if (k === 'env') { const t = c.tok(); line(`${t.key.toUpperCase()}=`, S(t.e, t.v)); line('CI_PIPELINE_ID=', String(r.int(10000, 999999))); }
    else if (k === 'mvn') { line('+ mvn -B deploy -Drepo.user=ci -Drepo.password=', c.T('SERVICE_ACCOUNT_PASSWORD')); line('[INFO] BUILD SUCCESS'); }
    else if (k === 'aws') { line('+ export AWS_ACCESS_KEY_ID=', c.T(r.pick(['AWS_ACCESS_KEY', 'AWS_TEMPORARY_ACCESS_KEY']))); line('+ export AWS_SECRET_ACCESS_KEY=', c.T('AWS_SECRET_KEY')); line('upload: dist/report.csv to s3://crm-exports-', r.hex(6), '/daily/report.csv'); }
    else if (k === 'pip') { line('+ twine upload -u __token__ -p ', c.T('PYPI_UPLOAD_TOKEN'), ' --repository-url https://pypi.internal.example/legacy/ dist/*'); }
    else if (k === 'helm') { line('+ helm upgrade crm ./chart --set db.password=', c.T(r.pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD'])), ' --set image.tag=', c.look('version')); }
    else if (r.chance(0.5)) { line('  API_KEY: ***'); line('  SENTRY_DSN: ***'); line('  DEPLOY_KEY: ', c.look('masked_secret')); }
    else { line('Successfully built ', L('container_id', r.hex(12))); line('container ', L('container_id', r.hex(64)), ' exited with code 0'); }
  }
  if (r.chance(0.6)) {
    line('FAIL tests/export.test.ts > formats customer rows');
    const p = c.person();
    line('  Expected: "', c.N(p), ';', c.E(p), ';', c.Ph(p), '"');
    line('  Received: "', c.N(p), ';', c.E(p), ';undefined"');
  }
  line(r.pick(['Job succeeded', 'ERROR: Job failed: exit code 1', 'Finished: SUCCESS', '##[error]Process completed with exit code 2.']), ' after ', L('iso_duration', `PT${r.int(1, 20)}M${r.int(1, 59)}S`));
  return d;
}

// ------------------------------------------------------------------ diff_patch
function diffPatch(c, d) {
  const r = c.r;
  const a = c.person();
  const v = r.pick(['env', 'json', 'key', 'fixture']);
  if (r.chance(0.5)) d.f`commit ${c.look('git_sha')}\nAuthor: ${c.N(a)} <${c.E(a)}>\nDate:   ${c.ts('rfc2822')}\n\n    ${r.pick(['add staging credentials', 'wip: crm sync', 'temp: debug export', 'Update config for partner API', 'fix customer import'])}\n\n`;
  else d.f`From ${c.look('git_sha')} Mon Sep 17 00:00:00 2001\nFrom: ${c.N(a)} <${c.E(a)}>\nDate: ${c.ts('rfc2822')}\nSubject: [PATCH ${String(r.int(1, 3))}/3] ${r.pick(['config: point exporter at prod', 'support: seed test tickets', 'deploy key for sftp drop'])}\n\n---\n`;
  const idx = () => [L('git_sha', r.hex(7)), '..', L('git_sha', r.hex(7))];
  if (v === 'env') {
    d.t('diff --git a/.env.production b/.env.production\nindex '); d.put(idx()); d.t(' 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,7 +3,9 @@ APP_ENV=production\n LOG_LEVEL=info\n');
    for (let i = 0; i < n(c, 9); i++) {
      const t = c.tok();
      const k = t.key.toUpperCase();
      d.t(`-${k}=`); d.put(c.look(r.pick(['placeholder', 'env_reference']), { name: k })); d.t(`\n+${k}=`); d.put(S(t.e, t.v)); d.t('\n');
    }
    const dsn = c.dsn();
    d.t('+DATABASE_URL='); d.put(dsn.pieces); d.t('\n TZ=UTC\n');
  } else if (v === 'json') {
    d.t('diff --git a/config/partners.json b/config/partners.json\nindex '); d.put(idx()); d.t(' 100644\n--- a/config/partners.json\n+++ b/config/partners.json\n@@ -1,8 +1,12 @@\n {\n');
    for (let i = 0; i < n(c, 6); i++) {
      const t = c.tok(); const p = c.person();
      d.t(`   "${r.pick(['carrier', 'payments', 'crm', 'sms', 'maps'])}${i}": {\n-    "key": "`); d.put(c.look('placeholder')); d.t('",\n+    "key": "'); d.put(S(t.e, t.v)); d.t('",\n+    "contact": "'); d.put(c.E(p)); d.t('",\n     "enabled": true\n   },\n');
    }
    d.t(' }\n');
  } else if (v === 'key') {
    const key = pemItem(c);
    const name = `${r.pick(['deploy', 'keys', 'ops', 'certs'])}/${r.pick(PEM_FILE[key.ent])}`;
    d.t(`diff --git a/${name} b/${name}\nnew file mode 100600\nindex 0000000..`); d.put(L('git_sha', r.hex(7))); d.t(`\n--- /dev/null\n+++ b/${name}\n@@ -0,0 +1,${key.v.split('\n').length} @@\n+`);
    d.put(key.with(key.v.replace(/\n/g, '\n+'))); d.t('\n');
    d.t(`diff --git a/${name}.pub b/${name}.pub\nnew file mode 100644\n--- /dev/null\n+++ b/${name}.pub\n@@ -0,0 +1 @@\n+`); d.put(c.look('public_key', { kind: r.pick(['ssh-ed25519', 'ssh-ecdsa']) })); d.t('\n');
  } else {
    d.t('diff --git a/tests/fixtures/tickets.yml b/tests/fixtures/tickets.yml\nindex '); d.put(idx()); d.t(' 100644\n--- a/tests/fixtures/tickets.yml\n+++ b/tests/fixtures/tickets.yml\n@@ -12,6 +12,24 @@\n');
    for (let i = 0; i < n(c, 3); i++) {
      const p = c.person();
      d.f`+- id: ${c.look('ticket_id')}\n+  requester: ${c.N(p)}\n+  email: ${c.E(p)}\n+  phone: "${c.Ph(p)}"\n+  city: ${c.City(p)}\n`;
      if (r.chance(0.5)) { d.t('+  body: "'); d.put(sayPieces(c, 'ticket', { ...c.slots(), name: c.N(p), city: c.City(p), street: c.Street(p), phone: c.Ph(p) }).map((x) => mapItem(x, jsonEsc))); d.t('"\n'); }
    }
  }
  if (r.chance(0.5)) d.f`-- \n${c.look('version')}\n`;
  return d;
}

// ------------------------------------------------------------------ shell_history
function shellHistory(c, d) {
  const r = c.r;
  const zsh = r.chance(0.45);
  const cmd = (...parts) => { if (zsh) { d.t(': '); d.put(L('timestamp', String(c.clock.tick(5, 900)))); d.t(':0;'); } d.put(parts); d.t('\n'); };
  const benign = () => r.pick([
    () => cmd('ls -la'), () => cmd('cd ~/work/', r.pick(['crm-export', 'support-bot', 'etl'])), () => cmd('git log --oneline -5'),
    () => cmd('git checkout ', c.look('git_sha', { short: true })), () => cmd('kubectl get pods -n ', r.pick(['crm', 'shop'])), () => cmd('docker pull registry.acme-retail.example/tools/psql:', c.look('version')),
    () => cmd('vim .env'), () => cmd('htop'), () => cmd('tail -f /var/log/', r.pick(['nginx/access.log', 'crm/sync.log'])), () => cmd('ssh -l deploy ', c.look('hostname')),
  ])();
  const secretCmds = [
    () => { const t = c.tok(); cmd(`export ${t.key.toUpperCase()}=`, S(t.e, t.v)); },
    () => cmd(`mysql -u ${r.pick(['root', 'report', 'admin'])} -p'`, c.T('MYSQL_PASSWORD'), `' -h ${r.pick(['db-main', 'mysql-eu'])}.internal.example shop`),
    () => { const dsn = c.dsn('POSTGRES_PASSWORD'); cmd('psql "', ...dsn.pieces, '"'); },
    () => cmd('curl -u ', r.pick(['admin', 'api', 'export']), ':', c.T(r.pick(['HTTP_BASIC_PASSWORD', 'ADMIN_PASSWORD'])), ` https://${r.pick(['grafana', 'jenkins', 'kibana'])}.internal.example/api/health`),
    () => { const t = c.tok(); cmd('curl -s -H "Authorization: Bearer ', S(t.e, t.v), `" https://api.${r.pick(['crm', 'helpdesk', 'billing'])}.example/v2/export?since=`, c.date('iso')); },
    () => cmd('docker login registry.acme-retail.example -u ci -p ', c.T(r.pick(['DOCKER_REGISTRY_PASSWORD', 'DOCKER_HUB_PAT']))),
    () => cmd('aws configure set aws_secret_access_key ', c.T('AWS_SECRET_KEY')),
    () => cmd('curl -s -H "Authorization: Basic ', c.basic(r.pick(['api', 'export', 'report']), genSecret(r, r.pick(['HTTP_BASIC_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD']))), `" https://${r.pick(['reports', 'legacy-crm', 'erp'])}.internal.example/export.csv -o export.csv`),
    () => cmd('echo \'', c.T(r.pick(['DOCKER_HUB_PAT', 'DOCKER_REGISTRY_PASSWORD'])), '\' | docker login registry.acme-retail.example -u deploy --password-stdin'),
    () => cmd('sshpass -p \'', c.T('SERVICE_ACCOUNT_PASSWORD'), '\' ssh -o StrictHostKeyChecking=no -l backup ', c.look('hostname')),
    () => cmd('git clone https://', r.pick(['oauth2', 'x-access-token', 'ci']), ':', c.T(r.pick(['GITLAB_PERSONAL_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_APP_INSTALLATION_TOKEN'])), `@git.${r.pick(['acme-retail', 'bluefin-crm'])}.example/data/${r.pick(['reports', 'crm-sync'])}.git`),
    () => cmd('htpasswd -b -c /etc/nginx/.htpasswd ', r.pick(['admin', 'stats']), ' ', c.T('HTTP_BASIC_PASSWORD')),
    () => cmd('openssl pkcs12 -export -in client.crt -inkey client.key -out client.p12 -passout pass:', c.T('KEYSTORE_PASSWORD')),
    () => cmd('vault login ', c.T('VAULT_SERVICE_TOKEN')),
    () => cmd(`kubectl create secret generic ${r.pick(['crm-db', 'sftp'])} --from-literal=password=`, c.T(r.pick(['POSTGRES_PASSWORD', 'FTP_PASSWORD']))),
    () => cmd('gpg --batch --pinentry-mode loopback --passphrase \'', c.T('GPG_PASSPHRASE'), '\' -d backup.tar.gpg > backup.tar'),
    () => cmd('redis-cli -h cache.internal.example -a ', c.T('REDIS_PASSWORD'), ' INFO keyspace'),
    () => cmd('sqlcmd -S sql01.internal.example -U sa -P \'', c.T('MSSQL_PASSWORD'), '\' -Q "SELECT COUNT(*) FROM Customers"'),
    () => cmd('wget --user=', r.pick(['partner', 'ftpuser']), ' --password=', c.T('FTP_PASSWORD'), ' ftp://files.partner.example/outgoing/orders.csv'),
    () => cmd(c.humanPw(r.pick(['en', 'de', 'es', 'fr', 'ru', 'tr', 'pl']))),
    () => cmd('echo \'', c.T('ANSIBLE_VAULT_PASSWORD'), '\' > ~/.vault_pass && ansible-playbook site.yml'),
    () => cmd('nmcli dev wifi connect "', r.pick(['Office-5G', 'Lager_WLAN', 'GuestNet']), '" password "', c.T('WIFI_PSK'), '"'),
  ];
  const k = n(c, 30);
  for (let i = 0; i < k; i++) { if (r.chance(0.3)) benign(); else r.pick(secretCmds)(); }
  if (r.chance(0.4)) cmd('export AWS_ACCESS_KEY_ID=', c.look('aws_example_key'));
  return d;
}

// ------------------------------------------------------------------ env_file
const ENV_COMMENTS = {
  en: ['# production values — do not commit', '# rotated after the incident', '# ask the data team before changing'], de: ['# Produktivwerte – nicht einchecken!', '# nach dem Vorfall rotiert', '# vor Änderungen bitte Data-Team fragen'],
  fr: ['# valeurs de prod — ne pas committer', '# changé après l’incident'], es: ['# valores de producción, no subir al repo', '# rotado tras el incidente'], ja: ['# 本番用の値（コミット禁止）', '# インシデント後にローテーション済み'],
  pt: ['# valores de produção — não commitar'], ru: ['# боевые значения, не коммитить'], tr: ['# canlı ortam değerleri — commitlemeyin'], pl: ['# wartości produkcyjne – nie commitować'], zh: ['# 生产环境配置，请勿提交'], ko: ['# 운영 환경 값 - 커밋 금지'], it: ['# valori di produzione, non committare'],
};
function envFile(c, d) {
  const r = c.r;
  const v = r.pick(['dotenv', 'dotenv', 'envrc', 'properties', 'example']);
  const com = ENV_COMMENTS[c.lang] || ENV_COMMENTS.en;
  d.t(r.pick(com) + '\n');
  if (v === 'example') {
    d.t('# copy to .env and fill in\n');
    for (let i = 0; i < n(c, 8); i++) { const t = c.tok(); const k = t.key.toUpperCase(); d.t(`${k}=`); d.put(c.look(r.pick(['placeholder', 'placeholder', 'env_reference']), { name: k })); d.t('\n'); }
    d.t('AWS_ACCESS_KEY_ID='); d.put(c.look('aws_example_key')); d.t('\nAWS_SECRET_ACCESS_KEY='); d.put(c.look('aws_example_key', { secret: true })); d.t('\n');
    d.t('# real ones used by the nightly export (TODO move to vault)\n');
    for (let i = 0; i < n(c, 7); i++) kv(c, d, c.tok(), { style: 'upper' });
    return d;
  }
  const prefix = v === 'envrc' ? 'export ' : '';
  const sep = v === 'properties' ? r.pick(['=', ' = ', ': ']) : '=';
  const style = v === 'properties' ? 'dot' : 'upper';
  d.t(`${prefix}${v === 'properties' ? 'app.env' : 'APP_ENV'}${sep}production\n`);
  const dsn = c.dsn();
  d.t(`${prefix}${styleKey('DATABASE_URL', style)}${sep}`); d.put(dsn.pieces); d.t('\n');
  for (let i = 0; i < n(c, 16); i++) {
    if (r.chance(0.1)) { const k = r.pick(['SENTRY_DSN', 'CACHE_URL', 'FEATURE_FLAGS']); d.t(`${prefix}${styleKey(k, style)}${sep}`); d.put(c.look('env_reference', { name: k })); d.t('\n'); continue; }
    if (r.chance(0.12)) { const s = c.sec('svcpass'); d.t(`${prefix}${styleKey(s.key, style)}${sep}`); d.put(S(s.e, s.v)); d.t('\n'); continue; }
    kv(c, d, c.tok(), { style, prefix, sep, quote: v === 'properties' ? '' : undefined });
  }
  if (r.chance(0.5)) { const key = pemItem(c); d.t(`${prefix}${styleKey(PEM_VAR[key.ent], style)}${sep}"`); d.put(escPem(key)); d.t('"\n'); }
  if (r.chance(0.4)) { d.t(`${prefix}${styleKey('SUPPORT_EMAIL', style)}${sep}`); d.put(c.roleEmail('support')); d.t('\n'); }
  if (r.chance(0.3)) { d.t(`${prefix}${styleKey('BRAND_COLOR', style)}${sep}`); d.put(c.look('hex_color')); d.t('\n'); }
  return d;
}

// ------------------------------------------------------------------ config_file (ini/toml/json/php/netrc/pgpass/wireguard/wpa)
function configFile(c, d) {
  const r = c.r;
  const vs = r.sample(['ini', 'toml', 'appsettings', 'php', 'netrc', 'pgpass', 'wireguard', 'wpa', 'mycnf'], n(c, 3));
  const path = { ini: '/etc/crm-sync/app.ini', toml: '/srv/export/config.toml', appsettings: 'src/Crm.Api/appsettings.Production.json', php: '/var/www/shop/wp-config.php', netrc: '/home/ops/.netrc', pgpass: '/home/analyst/.pgpass', wireguard: '/etc/wireguard/wg0.conf', wpa: '/etc/wpa_supplicant/wpa_supplicant.conf', mycnf: '/root/.my.cnf' };
  const hdr = r.pick(['head', 'cat', 'bat']);
  vs.forEach((v, i) => {
    if (vs.length > 1) d.t(hdr === 'head' ? `${i ? '\n' : ''}==> ${path[v]} <==\n` : hdr === 'cat' ? `${i ? '\n' : ''}$ cat ${path[v]}\n` : `${i ? '\n' : ''}───── File: ${path[v]} ─────\n`);
    configOne(c, d, v);
  });
  return d;
}
function configOne(c, d, v) {
  const r = c.r;
  if (v === 'ini') {
    d.t(`; ${r.pick(['crm-sync', 'mailer', 'ftp-drop'])}.ini\n[smtp]\nhost = smtp.mailer.example\nport = 587\nuser = `); d.put(c.roleEmail()); d.t('\npassword = '); d.put(c.T('SMTP_PASSWORD'));
    d.t('\n\n[ldap]\nuri = ldaps://dc01.corp.example\nbind_dn = cn=svc-crm,ou=svc,dc=corp,dc=example\nbind_pw = '); d.put(c.T('LDAP_BIND_PASSWORD'));
    d.t('\n\n[api]\n'); for (let i = 0; i < n(c, 5); i++) kv(c, d, c.tok(), { style: 'lower', sep: ' = ', quote: '' });
  } else if (v === 'toml') {
    d.t('# config.toml\n[database]\n'); const dsn = c.dsn(); d.t('url = "'); d.put(dsn.pieces); d.t('"\npool = 10\n\n[integrations]\n');
    for (let i = 0; i < n(c, 6); i++) kv(c, d, c.tok(), { style: 'lower', sep: ' = ', quote: '"' });
    d.t('\n[owner]\nname = "'); const p = c.person(); d.put(c.N(p)); d.t('"\nemail = "'); d.put(c.E(p)); d.t('"\n');
  } else if (v === 'appsettings') {
    const dsn = c.dsn(r.pick(['MSSQL_PASSWORD', 'POSTGRES_PASSWORD']));
    const o = { Logging: { LogLevel: { Default: 'Information' } }, ConnectionStrings: { Default: cat(...dsn.pieces) }, Smtp: { Host: 'smtp.mailer.example', User: c.roleEmail(), Password: c.T('SMTP_PASSWORD') }, Integrations: {} };
    for (let i = 0; i < n(c, 6); i++) { const t = c.tok(); o.Integrations[styleKey(t.key, 'pascal')] = S(t.e, t.v); }
    if (r.chance(0.4)) o.Jwt = { Issuer: 'https://id.acme-retail.example', SigningKey: c.T('JWT_SIGNING_SECRET') };
    emitJSON(d, o, { indent: 2 }); d.t('\n');
  } else if (v === 'php') {
    d.t("<?php\n// wp-config.php (excerpt)\ndefine( 'DB_NAME', 'shop' );\ndefine( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', '"); d.put(c.T('MYSQL_PASSWORD')); d.t("' );\ndefine( 'DB_HOST', 'mysql-eu.internal.example' );\n");
    for (const k of ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_SALT'].slice(0, n(c, 4))) { d.t(`define( '${k}', '`); d.put(c.T('SESSION_SECRET')); d.t("' );\n"); }
    const t = c.tok(); d.t(`define( '${t.key.toUpperCase()}', '`); d.put(S(t.e, t.v)); d.t("' );\n");
  } else if (v === 'netrc') {
    d.t('# ~/.netrc\n');
    for (let i = 0; i < n(c, 3); i++) {
      const p = c.person();
      const pw = r.chance(0.5) ? c.T(r.pick(['FTP_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD', 'HTTP_BASIC_PASSWORD'])) : c.humanPw(r.pick(['en', 'de', 'fr', 'pl', 'tr']));
      d.f`machine ${r.pick(['ftp', 'files', 'dav', 'api'])}.${r.pick(['partner', 'carrier', 'bank'])}.example login ${c.user(p)} password ${pw}\n`;
    }
    d.t('machine git.acme-retail.example login oauth2 password '); d.put(c.T(r.pick(['GITLAB_PERSONAL_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN']))); d.t('\n');
  } else if (v === 'pgpass') {
    d.t('# ~/.pgpass  hostname:port:database:username:password\n');
    for (let i = 0; i < n(c, 5); i++) { const pw = c.T('POSTGRES_PASSWORD'); d.f`${r.pick(['pg-main', 'pg-replica', 'dwh'])}.internal.example:5432:${r.pick(['crm', 'orders', '*'])}:${r.pick(['analyst', 'report', 'etl', 'postgres'])}:${pw}\n`; }
  } else if (v === 'wireguard') {
    d.t('# /etc/wireguard/wg0.conf\n[Interface]\nAddress = 10.8.0.' + r.int(2, 250) + '/24\nPrivateKey = '); d.put(c.T('WIREGUARD_PRIVATE_KEY')); d.t('\nListenPort = 51820\n');
    for (let i = 0; i < n(c, 2); i++) { d.t('\n[Peer]\n# '); d.put(c.N(c.person())); d.t(' laptop\nPublicKey = '); d.put(c.look('public_key', { kind: 'wg' })); d.t(`\nAllowedIPs = 10.8.0.${r.int(2, 250)}/32\nEndpoint = `); d.put(c.ip('doc4')); d.t(':51820\n'); }
    if (r.chance(0.5)) { d.t('PresharedKey = '); d.put(c.T('GENERIC_SECRET_BASE64')); d.t('\n'); }
  } else if (v === 'wpa') {
    d.t('# /etc/wpa_supplicant/wpa_supplicant.conf\nctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\ncountry=DE\n');
    for (let i = 0; i < n(c, 3); i++) { d.t(`\nnetwork={\n    ssid="${r.pick(['Lager-WLAN', 'Office_5G', 'Kasse', 'Guest', 'FRITZ!Box 7590 XY'])}"\n    psk="`); d.put(c.T('WIFI_PSK')); d.t('"\n    key_mgmt=WPA-PSK\n}\n'); }
    d.t('# bssid of the warehouse AP: '); d.put(c.look('mac_address')); d.t('\n');
  } else {
    d.t('# ~/.my.cnf\n[client]\nuser=report\npassword='); d.put(c.T('MYSQL_PASSWORD')); d.t('\nhost=mysql-eu.internal.example\n\n[mysqldump]\nuser=backup\npassword="'); d.put(c.T('MYSQL_PASSWORD')); d.t('"\n');
  }
  return d;
}

// ------------------------------------------------------------------ source_code
const CODE_COMMENT = {
  en: ['TODO: move to the secret manager', 'temporary until the partner fixes OAuth', 'do not log this'], de: ['TODO: in den Vault verschieben', 'nur übergangsweise!', 'bitte nicht loggen'],
  fr: ['TODO : déplacer dans le coffre', 'provisoire'], es: ['TODO: mover al gestor de secretos', 'temporal'], ja: ['TODO: シークレットマネージャーへ移す', '一時的な対応'], zh: ['TODO: 移到密钥管理', '临时方案'], ru: ['TODO: вынести в vault', 'временно'], pt: ['TODO: mover para o cofre'], ko: ['TODO: 시크릿 매니저로 이동'], pl: ['TODO: przenieść do sejfu'], tr: ['TODO: gizli anahtar yöneticisine taşı'], it: ['TODO: spostare nel vault'],
};
function sourceCode(c, d) {
  const r = c.r;
  const vs = r.sample(['py', 'js', 'go', 'java', 'cs', 'rb', 'php', 'ts_test', 'rs', 'kt'], n(c, 3));
  vs.forEach((v, i) => { if (i) d.t(`\n${'/'.repeat(2)} ---- ${r.pick(['next file', 'also matched', 'related'])} ----\n\n`); codeOne(c, d, v); });
  return d;
}
function codeOne(c, d, v) {
  const r = c.r;
  const com = () => r.pick(CODE_COMMENT[c.lang] || CODE_COMMENT.en);
  const t1 = c.tok(), t2 = c.tok();
  const p = c.person();
  if (v === 'py') {
    d.t(`# ${r.pick(['crm_sync', 'export_leads', 'ticket_bot'])}.py\nimport os\nimport requests\n\n# ${com()}\n${t1.key.toUpperCase()} = "`); d.put(S(t1.e, t1.v)); d.t(`"\n${t2.key.toUpperCase()} = os.getenv("${t2.key.toUpperCase()}", "`); d.put(S(t2.e, t2.v)); d.t('")\n\n');
    if (r.chance(0.5)) { const key = pemItem(c); d.t('SIGNING_KEY = """'); d.put(key); d.t('"""\n\n'); }
    d.t('TEST_CUSTOMER = {\n    "name": "'); d.put(c.N(p)); d.t('",\n    "email": "'); d.put(c.E(p)); d.t('",\n    "phone": "'); d.put(c.Ph(p)); d.t('",\n    "iban": "'); d.put(c.iban(null, false)); d.t('",\n}\n\n');
    d.t(`def push(rows):\n    r = requests.post("https://api.${r.pick(['crm', 'partner'])}.example/v1/import", json=rows,\n                      headers={"Authorization": f"Bearer {${t1.key.toUpperCase()}}"}, timeout=30)\n    r.raise_for_status()\n`);
  } else if (v === 'js') {
    d.t(`// ${com()}\nconst config = {\n  apiKey: '`); d.put(S(t1.e, t1.v)); d.t(`',\n  authDomain: 'app.${r.pick(['acme-retail', 'sunpath'])}.example',\n  ${styleKey(t2.key, 'camel')}: '`); d.put(S(t2.e, t2.v)); d.t(`',\n  publishableKey: '`); d.put(c.look('public_key', { kind: 'stripe' })); d.t("',\n};\n\n");
    const dsn = c.dsn(); d.t('const pool = new Pool({ connectionString: `'); d.put(dsn.pieces); d.t('` });\n\nexport async function notify(ticket) {\n  // e.g. ticket.requester = { name: \''); d.put(c.N(p)); d.t('\', email: \''); d.put(c.E(p)); d.t('\' }\n  await fetch(process.env.HOOK_URL, { method: \'POST\', body: JSON.stringify(ticket) });\n}\n');
  } else if (v === 'go') {
    d.t(`package ${r.pick(['export', 'billing', 'crm'])}\n\n// ${com()}\nconst (\n\t${styleKey(t1.key, 'camel')} = "`); d.put(S(t1.e, t1.v)); d.t(`"\n\t${styleKey(t2.key, 'camel')} = "`); d.put(S(t2.e, t2.v)); d.t('"\n)\n\n');
    if (r.chance(0.5)) { const key = pemItem(c); d.t('var testKey = []byte(`'); d.put(key); d.t('`)\n\n'); }
    d.t('func fixture() Customer {\n\treturn Customer{Name: "'); d.put(c.N(p)); d.t('", Email: "'); d.put(c.E(p)); d.t('", City: "'); d.put(c.City(p)); d.t('"}\n}\n');
  } else if (v === 'java') {
    d.t(`package com.acme.${r.pick(['crm', 'support', 'reporting'])};\n\npublic final class Credentials {\n    // ${com()}\n    static final String ${t1.key.toUpperCase()} = "`); d.put(S(t1.e, t1.v)); d.t(`";\n    static final String DB_URL = "jdbc:mysql://mysql-eu.internal.example:3306/crm";\n    static final String DB_PASSWORD = "`); d.put(c.T('MYSQL_PASSWORD')); d.t(`";\n    static final String ${t2.key.toUpperCase()} = "`); d.put(S(t2.e, t2.v)); d.t('";\n    static final String OWNER = "'); d.put(c.E(p)); d.t('";\n}\n');
  } else if (v === 'cs') {
    const dsn = c.dsn('MSSQL_PASSWORD');
    d.t(`namespace Acme.${r.pick(['Crm', 'Support'])};\n\npublic static class Settings\n{\n    // ${com()}\n    public const string Db = "`); d.put(dsn.pieces); d.t(`";\n    public const string ${styleKey(t1.key, 'pascal')} = "`); d.put(S(t1.e, t1.v)); d.t('";\n    public const string SupportPhone = "'); d.put(c.Ph(p)); d.t('";\n}\n');
  } else if (v === 'rb') {
    d.t(`# config/initializers/${r.pick(['payments', 'crm', 'mailer'])}.rb\n# ${com()}\n`); d.t(`Rails.application.config.x.${styleKey(t1.key, 'lower')} = '`); d.put(S(t1.e, t1.v)); d.t(`'\nENV['${t2.key.toUpperCase()}'] ||= '`); d.put(S(t2.e, t2.v)); d.t(`'\n\nActionMailer::Base.smtp_settings = {\n  address: 'smtp.mailer.example', user_name: '`); d.put(c.roleEmail()); d.t("', password: '"); d.put(c.T('SMTP_PASSWORD')); d.t("'\n}\n");
  } else if (v === 'php') {
    const pw = c.T('MYSQL_PASSWORD');
    d.t(`<?php\n// ${com()}\n$pdo = new PDO('mysql:host=mysql-eu.internal.example;dbname=crm', 'crm', '`); d.put(pw); d.t(`');\n$client = new ApiClient('`); d.put(S(t1.e, t1.v)); d.t("');\n$admin = ['name' => '"); d.put(c.N(p)); d.t("', 'mail' => '"); d.put(c.E(p)); d.t("'];\n");
  } else if (v === 'ts_test') {
    d.t(`import { describe, it, expect } from 'vitest';\n\nconst token = '`); d.put(c.jwt()); d.t(`';\n\ndescribe('${r.pick(['exportCustomers', 'maskTicket', 'formatInvoice'])}', () => {\n  it('keeps the row shape', () => {\n    const row = { name: '`); d.put(c.N(p)); d.t("', email: '"); d.put(c.E(p)); d.t("', card: '"); d.put(c.look(r.pick(['vendor_test_card', 'vendor_test_card', 'invalid_card']))); d.t("', ssn: '"); d.put(c.look('invalid_ssn')); d.t("' };\n    expect(render(row, token)).toMatchSnapshot();\n  });\n});\n");
  } else if (v === 'rs') {
    d.t(`// src/${r.pick(['client', 'sync', 'export'])}.rs\n// ${com()}\nconst ${t1.key.toUpperCase()}: &str = "`); d.put(S(t1.e, t1.v)); d.t(`";\n\nfn client() -> Client {\n    Client::builder().bearer("`); d.put(S(t2.e, t2.v)); d.t('").contact("'); d.put(c.E(p)); d.t('").build()\n}\n');
  } else {
    d.t(`// ${com()}\nobject Secrets {\n    const val ${t1.key.toUpperCase()} = "`); d.put(S(t1.e, t1.v)); d.t(`"\n    const val ${t2.key.toUpperCase()} = "`); d.put(S(t2.e, t2.v)); d.t('"\n    val demoUser = User(name = "'); d.put(c.N(p)); d.t('", phone = "'); d.put(c.Ph(p)); d.t('")\n}\n');
  }
  if (r.chance(0.4)) { d.t(`\n// ${r.pick(['build', 'generated by'])} `); d.put(c.look('version')); d.t(' '); d.put(c.look('git_sha', { short: true })); d.t('\n'); }
  return d;
}

// ------------------------------------------------------------------ app_log
function appLog(c, d) {
  const r = c.r;
  const v = r.pick(['nginx', 'json', 'auth', 'trace', 'headers']);
  const k = n(c, 10);
  if (v === 'nginx') {
    for (let i = 0; i < k; i++) {
      const p = c.person();
      d.put(c.ip()); d.t(' - - ['); d.put(L('timestamp', c.tsRaw('clf'))); d.t('] "');
      const q = r.pick(['login', 'export', 'export', 'reset', 'reset', 'track', 'static']);
      if (q === 'reset') { d.t('GET /account/reset?email='); d.put(c.E(p)); d.t('&token='); d.put(c.T(r.pick(['BEARER_TOKEN', 'OAUTH_REFRESH_TOKEN']))); }
      else if (q === 'export') { d.t('GET /api/v1/export?api_key='); d.put(c.T()); d.t('&format=csv'); }
      else if (q === 'track') { d.t('GET /track/'); d.put(c.look('tracking_number')); }
      else if (q === 'login') d.t('POST /login');
      else d.t(`GET /assets/app.${r.hex(8)}.js`);
      d.t(` HTTP/1.1" ${r.pick([200, 200, 302, 401, 404])} ${r.int(120, 90000)} "-" "${r.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'curl/8.5.0', 'python-requests/2.31.0'])}"\n`);
    }
  } else if (v === 'json') {
    for (let i = 0; i < k; i++) {
      const p = c.person();
      const ev = r.pick(['login_ok', 'login_failed', 'export_started', 'ticket_created', 'password_reset', 'webhook_sent']);
      const o = { ts: c.ts('isoMs'), level: ev === 'login_failed' ? 'warn' : 'info', msg: ev, request_id: c.look('request_id') };
      if (ev.startsWith('login')) { o.user = c.E(p); o.ip = c.ip(); }
      if (ev === 'ticket_created') { o.ticket = c.look('ticket_id'); o.requester = c.N(p); o.phone = c.Ph(p); }
      if (ev === 'password_reset') { o.user = c.E(p); o.temp_password = c.T('TEMPORARY_PASSWORD'); }
      if (ev === 'webhook_sent') { o.url = `https://hooks.partner.example/${r.hex(10)}`; o.signature = c.T('WEBHOOK_SIGNING_SECRET'); }
      if (ev === 'export_started') { o.trace_id = c.look('trace_id'); o.rows = r.int(10, 90000); }
      if (r.chance(0.3)) o.event_id = c.look('ulid');
      emitJSON(d, o, { indent: 0 }); d.t('\n');
    }
  } else if (v === 'auth') {
    const host = r.pick(['bastion-01', 'sftp-drop', 'crm-app-2']);
    for (let i = 0; i < k; i++) {
      d.put(L('timestamp', c.tsRaw('syslog'))); d.t(` ${host} sshd[${r.int(1000, 65000)}]: `);
      const e = r.pick(['fail', 'fail', 'ok', 'invalid', 'sudo']);
      if (e === 'fail') { d.t(`Failed password for ${r.pick(['root', 'admin', 'deploy', 'oracle'])} from `); d.put(c.ip('pub4')); d.t(` port ${r.int(1024, 65000)} ssh2\n`); }
      else if (e === 'invalid') { d.t('Invalid user '); d.put(c.humanPw('en')); d.t(' from '); d.put(c.ip()); d.t(` port ${r.int(1024, 65000)}\n`); }
      else if (e === 'ok') { d.t('Accepted publickey for deploy from '); d.put(c.ip()); d.t(` port ${r.int(1024, 65000)} ssh2: ED25519 `); d.put(c.look('ssh_fingerprint')); d.t('\n'); }
      else { d.t('pam_unix(sudo:session): session opened for user root by deploy(uid=1001)\n'); }
    }
  } else if (v === 'trace') {
    d.put(c.ts('spaceMs')); d.t(' ERROR [crm-sync] Unhandled exception while exporting batch '); d.put(c.look('uuid')); d.t('\nTraceback (most recent call last):\n  File "/app/sync/db.py", line 41, in connect\n    conn = psycopg2.connect(dsn)\npsycopg2.OperationalError: connection to server failed for dsn "');
    const dsn = c.dsn('POSTGRES_PASSWORD'); d.put(dsn.pieces); d.t('"\n');
    for (let i = 0; i < n(c, 5); i++) { const p = c.person(); d.put(c.ts('spaceMs')); d.t(' WARN  [crm-sync] skipped contact '); d.put(c.look('crm_id')); d.t(' ('); d.put(c.N(p)); d.t(', '); d.put(c.E(p)); d.t('): invalid phone '); d.put(c.Ph(p)); d.t('\n'); }
  } else {
    d.put(c.ts('isoZ')); d.t(' DEBUG http.client request dump\n> POST /v2/tickets HTTP/1.1\n> Host: api.helpdesk.example\n> Authorization: Basic ');
    const user = r.pick(['support-bot', 'zap', 'importer']);
    d.put(c.basic(user, genSecret(r, 'SERVICE_ACCOUNT_PASSWORD'))); d.t('\n> Cookie: session='); d.put(c.T('SESSION_COOKIE')); d.t('; theme=dark\n> X-Request-Id: '); d.put(c.look('request_id')); d.t('\n> Content-Type: application/json\n>\n');
    const p = c.person();
    emitJSON(d, { requester: { name: c.N(p), email: c.E(p), phone: c.Ph(p) }, subject: 'Lieferung', body: cat(...sayPieces(c, 'ticket', { ...c.slots(), street: c.Street(p), city: c.City(p), phone: c.Ph(p) })) }, { indent: 0 });
    d.t('\n< HTTP/1.1 201 Created\n< Location: /v2/tickets/'); d.put(c.look('ticket_id')); d.t('\n');
    for (let i = 0; i < n(c, 3); i++) { d.put(c.ts('isoZ')); d.t(' INFO client '); d.put(c.ip()); d.t(' session '); d.put(c.look('uuid')); d.t(' opened\n'); }
  }
  return d;
}

// ------------------------------------------------------------------ git_output
function gitOutput(c, d) {
  const r = c.r;
  const v = r.pick(['log', 'config', 'shortlog', 'credentials', 'blame']);
  if (v === 'log') {
    for (let i = 0; i < n(c, 4); i++) {
      const a = c.person(); const cm = r.chance(0.6) ? a : c.person();
      d.f`commit ${c.look('git_sha')}\nAuthor:     ${c.N(a)} <${c.E(a)}>\nAuthorDate: ${c.ts('rfc2822')}\nCommit:     ${c.N(cm)} <${c.E(cm)}>\nCommitDate: ${c.ts('rfc2822')}\n\n    ${r.pick(['export: add phone normalisation', 'support: new macro for refunds', 'crm: sync owner field', 'fix: escape names in CSV', 'chore: rotate partner key (oops)'])}\n\n`;
    }
  } else if (v === 'config') {
    const p = c.person();
    d.f`$ git config --list --show-origin\nfile:/home/${c.user(p)}/.gitconfig\tuser.name=${c.N(p)}\nfile:/home/${c.user(p)}/.gitconfig\tuser.email=${c.E(p)}\nfile:/home/${c.user(p)}/.gitconfig\tuser.signingkey=${L('pgp_fingerprint', lk(r, 'pgp_fingerprint').replace(/ /g, ''))}\nfile:.git/config\tcore.repositoryformatversion=0\nfile:.git/config\tremote.origin.url=https://${r.pick(['oauth2', 'ci-bot', c.user(p)])}:${c.T(r.pick(['GITLAB_PERSONAL_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_TOKEN', 'AZURE_DEVOPS_PAT']))}@git.acme-retail.example/${r.pick(['data', 'support'])}/${r.pick(['reports', 'macros', 'crm-sync'])}.git\nfile:.git/config\tremote.origin.fetch=+refs/heads/*:refs/remotes/origin/*\nfile:.git/config\tbranch.main.remote=origin\n`;
    if (r.chance(0.5)) d.f`file:.git/config\thttp.extraheader=AUTHORIZATION: basic ${c.basic('x-access-token', genSecret(r, 'GITHUB_APP_INSTALLATION_TOKEN'))}\n`;
  } else if (v === 'shortlog') {
    d.t('$ git shortlog -sne --since="6 months ago"\n');
    for (let i = 0; i < n(c, 7); i++) { const p = c.person(); d.f`${String(r.int(1, 400)).padStart(6)}\t${c.N(p)} <${c.E(p)}>\n`; }
  } else if (v === 'credentials') {
    d.t('$ cat ~/.git-credentials\n');
    for (let i = 0; i < n(c, 7); i++) d.f`https://${r.pick(['oauth2', 'x-access-token', 'deploy'])}:${c.T(r.pick(['GITLAB_PERSONAL_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_OAUTH_TOKEN', 'GITLAB_DEPLOY_TOKEN', 'AZURE_DEVOPS_PAT']))}@git.${r.pick(['acme-retail', 'bluefin-crm', 'partner'])}.example\n`;
    d.t('$ git remote -v\n');
    d.f`origin\thttps://ci:${c.T('GITHUB_FINE_GRAINED_TOKEN')}@git.acme-retail.example/data/exports.git (fetch)\n`;
    d.f`upstream\tgit@git.partner.example:shared/schemas.git (fetch)\n`;
  } else {
    d.t(`$ git blame -L 10,${10 + n(c, 5)} config/settings.py\n`);
    for (let i = 0; i < n(c, 6); i++) {
      const a = c.person();
      d.put(L('git_sha', r.hex(8))); d.t(' ('); d.put(c.N(a)); d.t(' '); d.put(c.ts('space')); d.t(` +0100 ${10 + i}) `);
      if (r.chance(0.5)) { const t = c.tok(); d.t(`${t.key.toUpperCase()} = "`); d.put(S(t.e, t.v)); d.t('"\n'); }
      else d.t(r.pick(['DEBUG = False', 'ALLOWED_HOSTS = ["crm.acme-retail.example"]', 'TIME_ZONE = "Europe/Berlin"', 'EXPORT_BATCH = 500']) + '\n');
    }
  }
  return d;
}

// ------------------------------------------------------------------ package_manifest
function packageManifest(c, d) {
  const r = c.r;
  const v = r.pick(['npm', 'lock', 'npmrc', 'pypirc', 'requirements', 'maven', 'composer', 'gosum']);
  if (v === 'npm') {
    const a = c.person();
    const deps = {};
    for (const name of r.sample(['react', 'express', 'papaparse', 'dayjs', 'zod', 'pg', 'nodemailer', 'exceljs', 'libphonenumber-js'], r.int(3, 6))) deps[name] = c.look('version', { range: true });
    emitJSON(d, { name: `@acme/${r.pick(['crm-export', 'support-widgets', 'lead-scoring'])}`, version: c.look('version'), description: 'Internal tooling for the support and sales teams', author: cat(c.N(a), ' <', c.E(a), '>'), contributors: [cat(c.N(c.person()))], license: 'UNLICENSED', publishConfig: { registry: 'https://npm.pkg.acme-retail.example/' }, dependencies: deps }, { indent: 2 });
    d.t('\n');
  } else if (v === 'lock') {
    d.t('{\n  "name": "crm-export",\n  "lockfileVersion": 3,\n  "packages": {\n');
    const k = n(c, 5);
    for (let i = 0; i < k; i++) {
      const name = r.pick(['papaparse', 'dayjs', 'zod', 'pg', 'exceljs', 'csv-parse', 'iconv-lite', 'ms', 'debug', 'qs']);
      d.f`    "node_modules/${name}": {\n      "version": "${L('version', `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`)}",\n      "resolved": "https://npm.pkg.acme-retail.example/${name}/-/${name}.tgz",\n      "integrity": "${c.look('integrity')}"\n    }${i < k - 1 ? ',' : ''}\n`;
    }
    d.t('  }\n}\n');
  } else if (v === 'npmrc') {
    d.t(`# ~/.npmrc\n@acme:registry=https://npm.pkg.acme-retail.example/\n//npm.pkg.acme-retail.example/:_authToken=`); d.put(c.T('NPM_ACCESS_TOKEN')); d.t('\n//npm.mirror.internal.example/:_auth='); d.put(c.basic('ci', genSecret(r, 'SERVICE_ACCOUNT_PASSWORD'))); d.t('\nalways-auth=true\nemail='); d.put(c.E(c.person())); d.t('\n');
    if (r.chance(0.5)) { d.t('# yarn\nnpmAuthToken: "'); d.put(c.T('NPM_ACCESS_TOKEN')); d.t('"\n'); }
  } else if (v === 'pypirc') {
    d.t('[distutils]\nindex-servers =\n    internal\n    legacy\n\n[internal]\nrepository = https://pypi.internal.example/simple/\nusername = __token__\npassword = '); d.put(c.T('PYPI_UPLOAD_TOKEN')); d.t('\n\n[legacy]\nrepository = https://dav.internal.example/pypi/\nusername = '); d.put(c.E(c.person())); d.t('\npassword = '); d.put(c.humanPw('en')); d.t('\n');
  } else if (v === 'requirements') {
    d.t('# pip-compile --generate-hashes\n');
    for (let i = 0; i < n(c, 6); i++) d.f`${r.pick(['pandas', 'requests', 'sqlalchemy', 'openpyxl', 'phonenumbers', 'psycopg2-binary', 'pydantic', 'boto3'])}==${L('version', `${r.int(1, 3)}.${r.int(0, 30)}.${r.int(0, 9)}`)} \\\n    --hash=sha256:${L('hash', r.hex(64))}\n`;
    d.f`--extra-index-url https://__token__:${c.T('PYPI_UPLOAD_TOKEN')}@pypi.internal.example/simple/\n`;
  } else if (v === 'maven') {
    d.t('<!-- ~/.m2/settings.xml -->\n<settings>\n  <servers>\n');
    for (let i = 0; i < n(c, 2); i++) { d.t(`    <server>\n      <id>${r.pick(['acme-releases', 'acme-snapshots', 'partner-repo'])}</id>\n      <username>${r.pick(['deployer', 'ci', 'release-bot'])}</username>\n      <password>`); d.put(mapItem(c.T(r.pick(['SERVICE_ACCOUNT_PASSWORD', 'ARTIFACTORY_API_KEY', 'ARTIFACTORY_ACCESS_TOKEN'])), xmlEsc)); d.t('</password>\n    </server>\n'); }
    d.t('  </servers>\n  <profiles><profile><id>sign</id><properties><gpg.keyname>'); d.put(L('pgp_fingerprint', lk(r, 'pgp_fingerprint').replace(/ /g, ''))); d.t('</gpg.keyname><gpg.passphrase>'); d.put(mapItem(c.T('GPG_PASSPHRASE'), xmlEsc)); d.t('</gpg.passphrase></properties></profile></profiles>\n</settings>\n');
  } else if (v === 'composer') {
    emitJSON(d, { 'http-basic': { 'repo.acme-retail.example': { username: 'composer', password: c.T('SERVICE_ACCOUNT_PASSWORD') } }, 'bearer': { 'packages.partner.example': c.T(r.pick(['GENERIC_API_KEY_BASE62', 'GENERIC_API_KEY_HEX'])) } }, { indent: 4 });
    d.t('\n');
  } else {
    for (let i = 0; i < n(c, 8); i++) {
      const m = `${r.pick(['golang.internal.example/x', 'git.acme-retail.example/libs'])}/${r.pick(['text', 'crypto', 'csvutil', 'phone', 'retry'])}`;
      const ver = `v${r.int(0, 2)}.${r.int(0, 30)}.${r.int(0, 9)}`;
      d.f`${m} ${L('version', ver)} h1:${L('hash', r.bytes(32).toString('base64'))}\n${m} ${L('version', ver)}/go.mod h1:${L('hash', r.bytes(32).toString('base64'))}\n`;
    }
  }
  return d;
}

// ------------------------------------------------------------------ markdown_doc
const MD = {
  en: { upd: 'Last updated', title: ['Runbook: nightly CRM export', 'Onboarding: support tooling', 'How to rotate the partner API key'], steps: 'Steps', contacts: 'Contacts', note: 'Temporary key until the vault migration is done:' },
  de: { upd: 'Stand', title: ['Runbook: nächtlicher CRM-Export', 'Einarbeitung: Support-Tools'], steps: 'Schritte', contacts: 'Ansprechpartner', note: 'Übergangsweise gültiger Schlüssel bis zur Vault-Migration:' },
  fr: { upd: 'Mis à jour', title: ['Procédure : export CRM nocturne', 'Intégration : outils du support'], steps: 'Étapes', contacts: 'Contacts', note: 'Clé provisoire en attendant la migration vers le coffre :' },
  es: { upd: 'Actualizado', title: ['Manual: exportación nocturna del CRM'], steps: 'Pasos', contacts: 'Contactos', note: 'Clave temporal hasta migrar al gestor de secretos:' },
  ja: { upd: '更新日', title: ['手順書：CRM夜間エクスポート', 'サポートツール導入ガイド'], steps: '手順', contacts: '連絡先', note: 'Vault移行までの暫定キー：' },
  pt: { upd: 'Atualizado em', title: ['Runbook: exportação noturna do CRM'], steps: 'Passos', contacts: 'Contatos', note: 'Chave temporária até a migração para o cofre:' },
  ko: { upd: '최종 수정', title: ['런북: CRM 야간 내보내기'], steps: '절차', contacts: '연락처', note: 'Vault 이전 전까지 쓰는 임시 키:' },
  zh: { upd: '更新于', title: ['运行手册：CRM 夜间导出'], steps: '步骤', contacts: '联系人', note: '迁移到密钥库之前的临时密钥：' },
  ru: { upd: 'Обновлено', title: ['Регламент: ночная выгрузка CRM'], steps: 'Шаги', contacts: 'Контакты', note: 'Временный ключ до переезда в vault:' },
  it: { upd: 'Aggiornato', title: ['Runbook: export notturno del CRM'], steps: 'Passaggi', contacts: 'Contatti', note: 'Chiave temporanea fino alla migrazione nel vault:' },
  nl: { upd: 'Bijgewerkt', title: ['Runbook: nachtelijke CRM-export'], steps: 'Stappen', contacts: 'Contactpersonen', note: 'Tijdelijke sleutel tot de vault-migratie:' },
};
function markdownDoc(c, d) {
  const r = c.r;
  const m = MD[c.lang] || MD.en;
  d.t(`# ${r.pick(m.title)}\n\n_${m.upd}: `); d.put(c.date('iso')); d.t('_\n\n');
  d.t(`## ${m.steps}\n\n1. \`kubectl -n crm create secret generic export --from-literal=API_KEY=`); d.put(c.look('env_reference', { name: 'API_KEY' })); d.t('`\n2. ```bash\n   export CRM_TOKEN='); d.put(c.look('placeholder')); d.t('\n   ./export.sh --since ');
  d.put(c.date('iso')); d.t('\n   ```\n3. ');
  d.t(m.note + ' `'); d.put(c.T()); d.t('`\n');
  if (r.chance(0.5)) { const dsn = c.dsn(); d.t('4. DB: `'); d.put(dsn.pieces); d.t('`\n'); }
  if (r.chance(0.4)) { d.t('5. Payments sandbox: card `'); d.put(c.look('vendor_test_card')); d.t('`, any future expiry; a declined test uses `'); d.put(c.look('invalid_card')); d.t('`\n'); }
  if (r.chance(0.5)) { const key = pemItem(c); d.t('\n```\n'); d.put(key); d.t('\n```\n'); }
  else { d.t('\nInternal CA (install on the export host):\n```\n'); d.put(c.look('certificate')); d.t('\n```\n'); }
  d.t(`\n## ${m.contacts}\n\n`);
  const rows = [];
  for (let i = 0; i < n(c, 4); i++) { const p = c.person(); rows.push([c.N(p), r.pick(['On-call', 'Data', 'Support lead', 'Account owner', 'DPO']), c.E(p), c.Ph(p), c.City(p)]); }
  mdTable(d, ['Name', 'Role', 'Email', 'Phone', 'Office'], rows);
  d.t('\n> '); d.put(sayPieces(c, 'meeting', c.slots())); d.t('\n');
  if (r.chance(0.3)) { d.t('\n![logo]('); d.put(c.look('data_uri')); d.t(')\n'); }
  if (r.chance(0.5)) { d.t('\nStatus page: https://status.acme-retail.example · build '); d.put(c.look('build_number')); d.t(' · '); d.put(c.look('git_sha', { short: true })); d.t('\n'); }
  return d;
}

// ------------------------------------------------------------------ grep_search (grep/rg/git grep over a repo)
function grepSearch(c, d) {
  const r = c.r;
  const tool = r.pick(['grep', 'rg', 'gitgrep']);
  const pat = r.pick(['key|token|secret|passw|auth|url|dsn', 'api[_-]?key|token|secret|password|auth|_url', 'KEY|TOKEN|SECRET|PASS|AUTH|URL']);
  d.t(tool === 'grep' ? `$ grep -rniE "${pat}" --exclude-dir=node_modules .\n` : tool === 'rg' ? `$ rg -n -i --hidden -e '${pat}'\n` : `$ git grep -n -i -E '${pat}'\n`);
  const MATCH = /key|token|secret|pass|auth|url|dsn/i;
  const tokm = () => { for (let k = 0; k < 20; k++) { const t = c.tok(); if (MATCH.test(t.key)) return t; } return c.tok('GENERIC_API_KEY_HEX'); };
  const files = ['.env', '.env.local', 'config/settings.py', 'deploy/values-prod.yaml', 'src/export/client.ts', 'scripts/backfill.sh', 'docs/setup.md', 'tests/fixtures/users.json', 'docker-compose.yml', 'terraform/prod.tfvars', 'notebooks/churn.ipynb', 'README.md', 'ops/cron/nightly.sh', 'src/main/resources/application.properties'];
  const prefix = (f, ln) => (tool === 'rg' ? `${f}:${ln}:` : tool === 'gitgrep' ? `${f}:${ln}:` : `./${f}:${ln}:`);
  for (let i = 0; i < n(c, 24); i++) {
    const f = r.pick(files);
    d.t(prefix(f, r.int(1, 400)));
    const ext = f.includes('.env') ? 'env' : /\.ya?ml$/.test(f) ? 'yaml' : /\.(py|ts)$/.test(f) ? 'code' : f.endsWith('.json') ? 'json' : f.endsWith('.ipynb') ? 'nb' : f.endsWith('.sh') ? 'sh' : f.endsWith('.tfvars') ? 'tf' : f.endsWith('.properties') ? 'props' : 'md';
    const roll = r.float();
    if (ext === 'json') {
      if (roll < 0.6) { const p = c.person(); d.t('  { "email": "'); d.put(c.E(p)); d.t('", "password": "'); d.put(c.humanPw(r.pick(['en', 'de', 'fr', 'es', 'tr', 'pl', 'pt']))); d.t('" },\n'); }
      else { const key = pemItem(c); d.t('  "private_key": "'); d.put(escPem(key)); d.t('",\n'); }
    } else if (ext === 'nb') {
      const t = tokm(); d.t(`    "${t.key.toUpperCase()} = \\"`); d.put(S(t.e, t.v)); d.t('\\"\\n",\n');
    } else if (ext === 'code') {
      if (roll < 0.25) { d.t('    headers = {"Authorization": "Bearer '); d.put(r.chance(0.5) ? c.jwt() : c.T('BEARER_TOKEN')); d.t('"}\n'); }
      else kv(c, d, tokm(), { style: f.endsWith('.ts') ? 'camel' : 'upper', sep: f.endsWith('.ts') ? ': ' : ' = ', quote: r.pick(['"', "'"]), prefix: f.endsWith('.ts') ? '  ' : '' });
    } else if (ext === 'sh') {
      if (roll < 0.3) { d.t('curl -sf -H "Authorization: Bearer '); d.put(r.chance(0.5) ? c.jwt() : c.T('BEARER_TOKEN')); d.t('" "$API/v1/exports"\n'); }
      else if (roll < 0.45) { const dsn = c.dsn(); d.t('export DATABASE_URL="'); d.put(dsn.pieces); d.t('"\n'); }
      else kv(c, d, tokm(), { style: 'upper', prefix: 'export ' });
    } else if (roll < 0.15) {
      const dsn = c.dsn();
      const [pre, post] = ext === 'yaml' ? ['  url: ', ''] : ext === 'tf' ? ['db_url = "', '"'] : ext === 'props' ? ['spring.datasource.url=', ''] : ['DATABASE_URL=', ''];
      d.t(pre); d.put(dsn.pieces); d.t(post + '\n');
    } else if (roll < 0.3) {
      const key = tokm().key.toUpperCase();
      d.t(ext === 'yaml' ? `    ${styleKey(key, 'camel')}: ` : ext === 'props' ? `${styleKey(key, 'dot')}=` : ext === 'md' ? `    export ${key}=` : `${key}=`);
      d.put(c.look(r.pick(['placeholder', 'env_reference', 'aws_example_key', 'masked_secret']), { name: key })); d.t('\n');
    } else {
      kv(c, d, tokm(), { style: ext === 'yaml' ? 'camel' : ext === 'props' ? 'dot' : 'upper', sep: ext === 'yaml' ? ': ' : ext === 'tf' ? ' = ' : '=', prefix: ext === 'yaml' ? '    ' : ext === 'md' ? r.pick(['', '    export ']) : '', quote: ext === 'tf' ? '"' : undefined });
    }
  }
  if (tool === 'rg' && r.chance(0.6)) d.t(`\n${n(c, 24)} matches\n`);
  return d;
}

// ------------------------------------------------------------------ secret_store_output (heroku/vault/aws/op/docker/printenv)
function secretStoreOutput(c, d) {
  const r = c.r;
  const v = r.pick(['heroku', 'vault', 'aws', 'op', 'docker', 'printenv', 'vaultfield', 'dockercfg']);
  const app = r.pick(['crm-prod', 'helpdesk-api', 'bi-exporter', 'shop-backend', 'lead-scoring']);
  if (v === 'vaultfield') {
    d.t(`$ vault kv get -field=private_key secret/${app}/signing\n`);
    d.put(pemItem(c)); d.t('\n');
    d.t(`$ vault kv get -format=json secret/${app}/sftp | jq .data.data\n`);
    const o = { host: 'sftp.partner.example', username: r.pick(['acme_drop', 'crm-export']), password: c.T('FTP_PASSWORD'), private_key: pemItem(c), host_certificate: c.look('certificate', { cn: 'sftp.partner.example' }) };
    emitJSON(d, o, { indent: 2 }); d.t('\n');
    return d;
  }
  if (v === 'dockercfg') {
    d.t('$ cat ~/.docker/config.json\n');
    const auths = {};
    for (let i = 0; i < n(c, 3); i++) {
      const user = r.pick(['ci-bot', 'deploy', 'robot$etl', 'oauth2accesstoken', c.user(c.person())]);
      const pw = genSecret(r, r.pick(['DOCKER_HUB_PAT', 'DOCKER_REGISTRY_PASSWORD', 'GITLAB_DEPLOY_TOKEN', 'SERVICE_ACCOUNT_PASSWORD']));
      auths[`registry${i ? '-' + i : ''}.${r.pick(['acme-retail', 'bluefin-crm', 'sunpath', 'partner'])}.example`] = { auth: S('DOCKER_REGISTRY_AUTH', basicAuth(user, pw)) };
    }
    emitJSON(d, { auths, credsStore: r.pick(['', 'desktop', 'pass']) || undefined, HttpHeaders: { 'User-Agent': 'Docker-Client/24.0.7 (linux)' } }, { indent: '\t' }); d.t('\n');
    return d;
  }
  if (v === 'heroku') {
    d.t(`$ heroku config -a ${app}\n=== ${app} Config Vars\n`);
    const dsn = c.dsn(r.pick(['POSTGRES_PASSWORD', 'REDIS_PASSWORD']));
    const rows = [['DATABASE_URL', dsn.pieces]];
    for (let i = 0; i < n(c, 10); i++) { const t = c.tok(); rows.push([t.key.toUpperCase(), [S(t.e, t.v)]]); }
    rows.push(['TZ', ['Europe/Berlin']]);
    const w = Math.max(...rows.map((x) => x[0].length)) + 1;
    for (const [k, val] of rows) { d.t(`${(k + ':').padEnd(w + 1)}`); d.put(val); d.t('\n'); }
  } else if (v === 'vault') {
    d.t(`$ vault kv get secret/${app}/prod\n====== Secret Path ======\nsecret/data/${app}/prod\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       `);
    d.put(c.ts('isoMs')); d.t(`\ndeletion_time      n/a\ndestroyed          false\nversion            ${r.int(1, 30)}\n\n====== Data ======\nKey                Value\n---                -----\n`);
    for (let i = 0; i < n(c, 9); i++) { const t = c.tok(); d.t(`${t.key.toLowerCase().padEnd(19)}`); d.put(S(t.e, t.v)); d.t('\n'); }
    d.t('password           '); d.put(c.T(r.pick(['ADMIN_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD', 'POSTGRES_PASSWORD']))); d.t('\n');
  } else if (v === 'aws') {
    const inner = { username: r.pick(['crm_admin', 'report', 'etl']), password: '__PW__', engine: r.pick(['postgres', 'mysql']), host: `${app}.cluster-${r.hex(12)}.eu-central-1.rds.internal.example`, port: 5432 };
    const pw = c.T(r.pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD']));
    const json = JSON.stringify(inner);
    const [pre, post] = json.split('__PW__');
    d.t(`$ aws secretsmanager get-secret-value --secret-id prod/${app}/db\n`);
    emitJSON(d, { ARN: c.look('arn'), Name: `prod/${app}/db`, VersionId: c.look('uuid'), SecretString: cat(pre, pw, post), VersionStages: ['AWSCURRENT'], CreatedDate: c.ts('isoMs') }, { indent: 4 });
    d.t(`\n$ aws secretsmanager get-secret-value --secret-id prod/${app}/api --query SecretString --output text\n`);
    const o = {};
    for (let i = 0; i < n(c, 5); i++) { const t = c.tok(); o[t.key.toLowerCase()] = S(t.e, t.v); }
    emitJSON(d, o, { indent: 0 }); d.t('\n');
  } else if (v === 'op') {
    const p = c.person({ lang: c.lang });
    d.t(`$ op item get "${r.pick(['CRM admin', 'Partner SFTP', 'Warehouse portal', 'Bank portal'])}" --vault ${r.pick(['Support', 'Sales', 'Finance'])}\nID:          ${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 26)}\nTitle:       ${r.pick(['CRM admin', 'Partner SFTP'])}\nCategory:    LOGIN\nCreated:     `);
    d.put(c.date('iso')); d.t('\nFields:\n  username:    '); d.put(c.E(p)); d.t('\n  password:    '); d.put(r.chance(0.5) ? c.humanPw() : c.T('ADMIN_PASSWORD')); d.t('\n  one-time password:    '); d.put(c.T('TOTP_SEED')); d.t('\n  recovery codes:    ');
    for (let i = 0; i < 3; i++) { d.put(c.T('BACKUP_CODES')); d.t(i < 2 ? ', ' : '\n'); }
    d.t('  notes:    '); d.put(sayPieces(c, 'pwShare', { ...c.slots(), pw: c.phrase(), user: c.user(p) })); d.t('\n');
    for (let i = 0; i < n(c, 3); i++) { const t = c.tok(); d.t(`  ${styleKey(t.key, 'kebab')}:    `); d.put(S(t.e, t.v)); d.t('\n'); }
  } else if (v === 'docker') {
    d.t(`$ docker inspect ${app} --format '{{json .Config.Env}}' | jq .\n[\n`);
    const k = n(c, 10);
    for (let i = 0; i < k; i++) { const t = c.tok(); d.t(`  "${t.key.toUpperCase()}=`); d.put(S(t.e, t.v)); d.t(`"${i < k - 1 ? ',' : ''}\n`); }
    d.t(']\n');
  } else {
    d.t(`$ kubectl exec -n ${r.pick(['crm', 'support'])} deploy/${app} -- printenv | sort\n`);
    const lines = [];
    for (let i = 0; i < n(c, 11); i++) lines.push(c.tok());
    lines.sort((a, b) => (a.key.toUpperCase() < b.key.toUpperCase() ? -1 : 1));
    d.t(`HOME=/app\nHOSTNAME=${app}-${r.hex(10)}-${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 5)}\n`);
    for (const t of lines) { d.t(`${t.key.toUpperCase()}=`); d.put(S(t.e, t.v)); d.t('\n'); }
    d.t('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\n');
  }
  return d;
}

export const OPS_KINDS = [
  { name: 'grep_search', count: 12, langs: ['en'], build: grepSearch },
  { name: 'secret_store_output', count: 12, langs: ['en', 'de', 'fr', 'es', 'ja'], build: secretStoreOutput },
  { name: 'k8s_manifest', count: 13, langs: ['en'], build: k8sManifest },
  { name: 'cloud_manifest', count: 12, langs: ['en'], build: cloudManifest },
  { name: 'ci_log', count: 11, langs: ['en', 'de', 'fr', 'ja'], build: ciLog },
  { name: 'diff_patch', count: 10, langs: ['en', 'de', 'es', 'pt', 'zh', 'ru'], build: diffPatch },
  { name: 'shell_history', count: 12, langs: ['en', 'de', 'es', 'tr', 'ru', 'pl'], build: shellHistory },
  { name: 'env_file', count: 14, langs: ['en', 'de', 'fr', 'es', 'ja', 'pt', 'ru', 'tr', 'pl', 'zh', 'ko', 'it'], build: envFile },
  { name: 'config_file', count: 13, langs: ['en', 'de', 'fr', 'es', 'pl'], build: configFile },
  { name: 'source_code', count: 13, langs: ['en', 'de', 'fr', 'es', 'ja', 'zh', 'ru', 'pt', 'ko', 'pl', 'tr', 'it'], build: sourceCode },
  { name: 'app_log', count: 12, langs: ['en', 'de', 'fr', 'es', 'ja', 'pt', 'it'], build: appLog },
  { name: 'git_output', count: 9, langs: ['en', 'de', 'ja', 'ko', 'el', 'he', 'ar', 'hi'], build: gitOutput },
  { name: 'package_manifest', count: 9, langs: ['en'], build: packageManifest },
  { name: 'markdown_doc', count: 10, langs: ['en', 'de', 'fr', 'es', 'ja', 'pt', 'ko', 'zh', 'ru', 'it', 'nl'], build: markdownDoc },
];
