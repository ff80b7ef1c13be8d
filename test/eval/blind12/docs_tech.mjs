// blind12 technical documents: configs, manifests, logs, code, shells, CI, cloud, git, traces, grep, APIs, SQL.
import { R, Doc, T, S, P, L, SE, PI, LA, fill, tgt, entries, render, secretEntry, proseSecret, langs, who, ts, pemChunk } from './docs_common.mjs';
import { b64, HEX, A62 } from './lib.mjs';

const cmt = { env: '#', yaml: '#', toml: '#', ini: ';', properties: '#', hcl: '#' };
function configDoc(syntax) {
  return () => {
    const d = new Doc(); const target = tgt();
    if (syntax === 'json') {
      d.text('{\n');
      fill(d, target, [() => T`  "sa_${R.int(1, 99)}": `.append(pemChunk('json')).text('  ,\n'), () => T`  "lock_${R.int(1, 999)}": {"version": "${LA.version()}", "resolved": "https://pkgs.corp.example/x/-/x-${R.int(1, 9)}.tgz", "integrity": "${LA.integrity()}"},\n`, () => T`  "${R.pick(['service', 'database', 'auth', 'billing', 'integrations', 'mailer', 'storage'])}_${R.int(1, 99)}": {\n`.append(render('json', entries(R.int(3, 7)))).text(`    "_rev": ${R.int(1, 40)}\n  },\n`)]);
      d.text('  "_end": true\n}\n'); return d;
    }
    if (syntax === 'xml') {
      d.text('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n');
      fill(d, target, [() => T`  <appSettings section="${R.pick(['core', 'payments', 'notify', 'sso'])}">\n`.append(render('xml', entries(R.int(3, 7)))).text('  </appSettings>\n'),
        () => { const s = SE.secret('DATABASE_PASSWORD').span; return T`  <connectionStrings>\n    <add name="Main" connectionString="Server=${PI.privIP()};Database=app_${R.int(1, 9)};User Id=${who()};Password=${s};" />\n  </connectionStrings>\n`; }]);
      d.text('</configuration>\n'); return d;
    }
    if (syntax === 'hcl') {
      d.text(`terraform {\n  required_version = ">= 1.${R.int(3, 9)}"\n}\n\n`);
      fill(d, target, [
        () => T`resource "${R.pick(['aws_db_instance', 'vault_generic_secret', 'datadog_monitor', 'google_sql_user', 'azurerm_key_vault_secret'])}" "${R.pick(['main', 'replica', 'legacy', 'reporting'])}" {\n`.append(render('hcl', entries(R.int(2, 6)))).text('}\n\n'),
        () => T`provider "${R.pick(['aws', 'github', 'cloudflare', 'datadog'])}" {\n`.append(render('hcl', [secretEntry()])).text(`  alias = "p${R.int(1, 9)}"\n}\n\n`),
        () => T`variable "${R.pick(['db_password', 'api_token', 'owner_email'])}" {\n  default = ${LA.placeholder()}\n}\n\n`.text(''),
      ]);
      return d;
    }
    if (syntax === 'yaml') d.text(`# ${R.pick(['docker-compose.yml', 'application.yml', 'values.yaml', 'config/settings.yaml'])}\n`);
    const c = cmt[syntax];
    const section = () => {
        const sec = R.pick(['database', 'redis', 'smtp', 'oauth', 'payments', 'analytics', 'storage', 'legacy_sftp', 'ldap', 'queue']);
        const hdr = syntax === 'yaml' ? `${sec}:\n` : syntax === 'toml' || syntax === 'ini' ? `\n[${sec}]\n` : syntax === 'env' ? `\n${c} --- ${sec} ---\n` : `\n${c} ${sec}\n`;
        return new Doc().text(hdr).append(render(syntax, entries(R.int(3, 7)), sec));
      };
    fill(d, target, [section, section, section, section,
      () => { const pw = SE.anyPassword(true); const u = who();
        const sch = R.pick(['postgres', 'mysql', 'mongodb+srv', 'amqp', 'redis']);
        const k = { postgres: 'DATABASE_URL', mysql: 'dsn', 'mongodb+srv': 'mongo_uri', amqp: 'broker_url', redis: 'REDIS_URL' }[sch];
        const line = T`${k}${syntax === 'yaml' ? ': ' : syntax === 'env' || syntax === 'properties' ? '=' : ' = '}${syntax === 'toml' ? '"' : ''}${sch}://${u}:${S(sch.startsWith('redis') ? 'REDIS_PASSWORD' : sch.startsWith('amqp') ? 'RABBITMQ_PASSWORD' : sch.startsWith('mongo') ? 'MONGODB_PASSWORD' : 'DATABASE_PASSWORD', pw)}@${R.pick(['db-01', 'pg-primary.corp.example', 'cache.internal.test', 'mq-2'])}:${R.int(1000, 9999)}/${R.pick(['app', 'orders', 'crm', '0'])}${syntax === 'toml' ? '"' : ''}\n`;
        return syntax === 'yaml' ? new Doc().text(`${R.pick(['connections', 'backends', 'datasource'])}:\n  `).append(line) : line; },
      () => (syntax === 'yaml' ? pemChunk('yaml') : syntax === 'env' ? pemChunk('env') : T`${c} integrity ${LA.integrity()}\n`),
      () => T`${c} owner: ${PI.person()} <${PI.email()}>, updated ${LA.date()}\n`,
      () => T`${c} TODO(${R.pick(['ops', 'sec'])}): move to vault, see ${LA.ticketRef()}\n`,
    ]);
    return d;
  };
}

function k8s() {
  const d = new Doc(); const name = R.pick(['api', 'billing', 'worker', 'gateway', 'reports']);
  d.t`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}-secrets\n  namespace: ${R.pick(['prod', 'staging', 'payments'])}\n  resourceVersion: "${LA.k8sRv()}"\n  uid: ${LA.uuid()}\ntype: Opaque\ndata:\n`;
  for (let i = 0, n = R.int(2, 4); i < n; i++) d.t`  ${R.pick(['password', 'db-pass', 'api-key', 'token', 'smtp-pass'])}${i}: ${S('K8S_SECRET_DATA', b64(R.chance(0.5) ? SE.anyPassword() : SE.genericValue()))}\n`;
  d.t`stringData:\n  ${R.pick(['CLIENT_SECRET', 'HMAC_KEY', 'SIGNING_KEY'])}: "${SE.secret(R.pick(['GENERIC_CLIENT_SECRET', 'GENERIC_SECRET', 'JWT_SIGNING_SECRET'])).span}"\n`;
  if (R.chance(0.3)) { const k = SE.sp('PRIVATE_KEY', SE.pemKey(R.pick(['ec', 'ed8', 'openssh']))); d.t`  tls.key: |\n    ${{ ...k, value: k.value.replace(/\n/g, '\n    ') }}\n`; }
  if (R.chance(0.5)) { const c = LA.certificate(); d.t`  ca.crt: |\n    ${{ ...c, value: c.value.replace(/\n/g, '\n    ') }}\n`; }
  if (R.chance(0.5)) d.t`---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${S('DOCKER_REGISTRY_AUTH', b64(JSON.stringify({ auths: { 'registry.corp.example': { auth: b64(`ci-bot:${SE.randomPassword()}`) } } })))}\n`;
  d.t`---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  annotations:\n    deployed-by: ${PI.email()}\n    git-sha: ${LA.gitSha()}\nspec:\n  replicas: ${R.int(1, 6)}\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: registry.corp.example/${name}@${LA.digest()}\n          env:\n`;
  fill(d, tgt(), [
    () => { const [k, v] = secretEntry(); return T`            - name: ${k.toUpperCase().replace(/[^A-Z0-9]/g, '_')}\n              value: "${v.value.includes('\n') ? { ...v, value: v.value.replace(/\n/g, '\\n') } : v}"\n`; },
    () => T`            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: ${name}-secrets, key: password0}\n`,
    () => T`            - name: TRACE_ID_SEED\n              value: "${LA.traceId()}"\n`,
    () => T`            - name: OWNER\n              value: "${PI.email()}"\n`,
    () => T`            - name: ${R.pick(['DB_HOST', 'CACHE_HOST'])}\n              value: "${PI.privIP()}"\n`,
  ]);
  return d;
}

function logDoc() {
  const d = new Doc(); const svc = R.pick(['nginx', 'api', 'auth-svc', 'checkout', 'mailer']);
  fill(d, tgt(), [
    () => T`${ip()} - - [${R.int(1, 28)}/Oct/2026:${R.int(10, 23)}:${R.int(10, 59)}:${R.int(10, 59)} +0000] "GET /api/v2/orders/${LA.orderNo()} HTTP/1.1" 200 ${R.int(100, 9999)} "-" "Mozilla/5.0" rid=${LA.requestId()}\n`,
    () => T`${LA.iso()} INFO  ${svc} login ok user=${PI.email()} ip=${ip()} session=${LA.uuid()}\n`,
    () => T`${LA.iso()} WARN  ${svc} failed login for ${PI.email()} from ${ip()} (attempt ${R.int(2, 9)})\n`,
    () => T`${LA.iso()} DEBUG ${svc} outbound call Authorization: Bearer ${SE.secret(R.pick(['GENERIC_TOKEN', 'JWT', 'GITHUB_OAUTH_TOKEN', 'SLACK_BOT_TOKEN', 'OKTA_API_TOKEN'])).span} trace=${LA.traceId()}\n`,
    () => T`${LA.iso()} ERROR ${svc} db connect failed: postgres://${who()}:${S('DATABASE_PASSWORD', SE.anyPassword(true))}@db-0${R.int(1, 4)}:5432/app\n`,
    () => T`${LA.iso()} INFO  ${svc} payment captured amount=${LA.price()} order=${LA.orderNo()} card=${LA.vendorTestCard()}\n`,
    () => T`${LA.iso()} INFO  ${svc} profile update name="${PI.person()}" phone="${PI.phone()}" city="${PI.city()}"\n`,
    () => T`${LA.iso()} DEBUG ${svc} cache hit key=${LA.hash()} etag=${LA.etag()}\n`,
    () => T`${LA.iso()} INFO  ${svc} job ${LA.ulid()} finished in ${R.int(10, 999)}ms build=${LA.build()}\n`,
    () => T`${LA.iso()} WARN  ${svc} retrying webhook with X-Api-Key: ${SE.secret(R.pick(['GENERIC_API_KEY', 'SENDGRID_API_KEY', 'DATADOG_API_KEY', 'MISTRAL_API_KEY'])).span}\n`,
    () => T`${LA.iso()} INFO  ${svc} client ${ip()} via ${PI.privIP()} mac=${LA.mac()}\n`,
  ]);
  return d;
}
const ip = () => PI.ip();

function code(lang) {
  const s1 = () => SE.secret(); const q = (x) => x.span.value.includes('\n') ? { ...x.span, value: x.span.value.replace(/\n/g, '\\n') } : x.span;
  const snippets = {
    python: () => { const a = s1(); return T`import os, requests\n\n# maintainer: ${PI.person()} <${PI.email()}>\n${a.key.toUpperCase().replace(/[^A-Z0-9]/g, '_')} = "${q(a)}"\nBASE = "https://api.vendor.example/v${R.int(1, 3)}"\n\ndef fetch(order_id="${LA.orderNo()}"):\n    r = requests.get(f"{BASE}/orders/{order_id}", headers={"X-Token": ${R.pick(['"' , '"'])}${S('GENERIC_TOKEN', SE.genericValue())}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n\nconn = psycopg2.connect(host="db-01", user="${who()}", password="${S('DATABASE_PASSWORD', SE.anyPassword())}")\n`; },
    javascript: () => { const a = s1(); return T`// ${LA.version()} — contact ${PI.email()}\nconst client = new Client({\n  ${a.key.replace(/[^\w]/g, '_')}: '${q(a)}',\n  requestId: '${LA.uuid()}',\n  color: '${LA.hexColor()}',\n});\nconst auth = 'Basic ' + '${S('BASIC_AUTH_CREDENTIALS', b64(`${who()}:${SE.humanPassword()}`))}';\nmodule.exports = { client, auth };\n`; },
    typescript: () => { const a = s1(); return T`export const config: Config = {\n  apiBase: "https://svc.corp.example",\n  ${a.key.replace(/[^\w]/g, '_')}: "${q(a)}",\n  fallbackKey: process.env.API_KEY ?? ${LA.placeholder()},\n  integrity: "${LA.integrity()}",\n};\n// reviewed by ${PI.person()} on ${LA.date()}\n`; },
    go: () => { const a = s1(); return T`package main\n\nconst (\n\tapiSecret = "${q(a)}"\n\tbuildSHA  = "${LA.gitSha()}"\n)\n\nfunc dsn() string {\n\treturn "${who()}:${S('DATABASE_PASSWORD', SE.anyPassword(true))}@tcp(mysql-1:3306)/orders?parseTime=true"\n}\n`; },
    java: () => { const a = s1(); return T`public final class Secrets {\n    // TODO remove before release (${LA.ticketRef()}) - ${PI.person()}\n    static final String ${a.key.toUpperCase().replace(/[^A-Z0-9]/g, '_')} = "${q(a)}";\n    static final String KEYSTORE_PASS = "${S('KEYSTORE_PASSWORD', SE.humanPassword())}";\n    static final String TRACE = "${LA.traceId()}";\n}\n`; },
    ruby: () => { const a = s1(); return T`Rails.application.configure do\n  config.x.partner_token = '${q(a)}'\n  config.x.support_email = '${PI.email()}'\n  config.x.release = '${LA.version()}'\nend\nSidekiq.configure_server { |c| c.redis = { url: "redis://:${S('REDIS_PASSWORD', SE.anyPassword(true))}@cache-1:6379/2" } }\n`; },
    php: () => { const a = s1(); return T`<?php\nreturn [\n    'api_secret' => '${q(a)}',\n    'db' => ['user' => '${who()}', 'pass' => '${S('DATABASE_PASSWORD', SE.humanPassword())}', 'host' => '${PI.privIP()}'],\n    'admin' => '${PI.email()}',\n    'cache_key' => '${LA.hash()}',\n];\n`; },
    rust: () => { const a = s1(); return T`// author: ${PI.person()}\nconst API_KEY: &str = "${q(a)}";\nconst BUILD: &str = "${LA.gitSha()}";\nfn main() {\n    let client = Client::new(API_KEY, "${LA.uuid()}");\n    client.run();\n}\n`; },
    csharp: () => { const a = s1(); return T`var options = new ClientOptions {\n    ClientSecret = "${q(a)}",\n    TenantId = "${LA.uuid()}",\n    Contact = "${PI.email()}"\n};\nvar cs = "Server=${PI.privIP()};User Id=sa;Password=${S('DATABASE_PASSWORD', SE.humanPassword())};";\n`; },
    kotlin: () => { const a = s1(); return T`object Keys {\n    const val SECRET = "${q(a)}"\n    const val VERSION = "${LA.version()}"\n}\n// ping ${PI.person()} if this breaks\n`; },
    swift: () => { const a = s1(); return T`enum Env {\n    static let apiKey = "${q(a)}"\n    static let sentryRelease = "${LA.version()}"\n    static let supportPhone = "${PI.phone()}"\n}\n`; },
    scala: () => { const a = s1(); return T`val cfg = Map(\n  "secret" -> "${q(a)}",\n  "runId" -> "${LA.ulid()}",\n  "owner" -> "${PI.email()}"\n)\n`; },
    bash: () => { const a = s1(); return T`#!/usr/bin/env bash\nset -euo pipefail\nexport ${a.key.toUpperCase().replace(/[^A-Z0-9]/g, '_')}='${q(a)}'\ncurl -fsS -u "${who()}:${S('USER_PASSWORD', SE.humanPassword(true))}" https://files.corp.example/upload -T build-${LA.gitSha(true)}.tgz\n`; },
    perl: () => { const a = s1(); return T`my %conf = (\n    key   => '${q(a)}',\n    email => '${PI.email()}',\n    sha   => '${LA.gitSha()}',\n);\n`; },
  };
  return () => {
    const d = new Doc(); d.text(`// file: src/${R.pick(['config', 'client', 'settings', 'keys', 'bootstrap'])}.${{ python: 'py', javascript: 'js', typescript: 'ts', go: 'go', java: 'java', ruby: 'rb', php: 'php', rust: 'rs', csharp: 'cs', kotlin: 'kt', swift: 'swift', scala: 'scala', bash: 'sh', perl: 'pl' }[lang]}\n`);
    fill(d, R.int(300, 2500), [snippets[lang], snippets[lang], snippets[lang], () => pemChunk(R.pick(['py', 'raw'])), () => T`\n// generated ${LA.timestamp()} id ${LA.uuid()}\n`]);
    return d;
  };
}

function shellHistory() {
  const d = new Doc(); let n = R.int(100, 900);
  const line = (x) => T`  ${String(n++).padStart(4)}  `.append(x);
  fill(d, tgt(), [
    () => line(T`mysql -u root -p${S('DATABASE_PASSWORD', SE.humanPassword(true))} -h ${PI.privIP()} orders\n`),
    () => line(T`curl -H "Authorization: Bearer ${SE.secret().span.value.includes('\n') ? SE.sp('GENERIC_TOKEN') : SE.secret(R.pick(['GENERIC_TOKEN', 'GITLAB_PAT', 'HUGGINGFACE_TOKEN', 'LINEAR_API_KEY', 'VAULT_SERVICE_TOKEN'])).span}" https://api.corp.example/v1/me\n`),
    () => line(T`export ${R.pick(['API_KEY', 'TOKEN', 'SECRET', 'OPENAI_API_KEY', 'STRIPE_KEY'])}=${SE.secret(R.pick(['GENERIC_API_KEY', 'OPENAI_API_KEY', 'STRIPE_SECRET_KEY', 'GENERIC_SECRET', 'ANTHROPIC_API_KEY'])).span}\n`),
    () => line(T`sshpass -p '${S('SSH_PASSWORD', SE.humanPassword(true))}' ssh ${who()}@${PI.privIP()}\n`),
    () => line(T`git clone https://oauth2:${SE.secret(R.pick(['GITLAB_PAT', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GENERIC_TOKEN'])).span}@git.corp.example/platform/infra.git\n`),
    () => line(T`docker login registry.corp.example -u ci-bot -p ${SE.secret(R.pick(['DOCKERHUB_PAT', 'GENERIC_TOKEN'])).span}\n`),
    () => line(T`redis-cli -h cache-1 -a ${S('REDIS_PASSWORD', SE.randomPassword(true))} ping\n`),
    () => line(T`aws configure set aws_secret_access_key ${SE.sp('AWS_SECRET_KEY')}\n`),
    () => line(T`./deploy.sh --client-id app-${R.int(1, 99)} --client-secret ${S('GENERIC_CLIENT_SECRET', SE.genericValue())}\n`),
    () => line(T`htpasswd -b /etc/nginx/.htpasswd ${who()} ${S('USER_PASSWORD', SE.humanPassword(true))}\n`),
    () => line(T`git checkout ${LA.gitSha(true)}\n`),
    () => line(T`kubectl rollout restart deploy/api  # ${LA.ticketRef()}\n`),
    () => line(T`docker pull registry.corp.example/api@${LA.digest()}\n`),
    () => line(T`ssh-keygen -lf ~/.ssh/id_ed25519.pub\n`),
    () => line(T`ls -la /var/log\n`),
    () => line(T`psql "postgresql://report:${S('DATABASE_PASSWORD', SE.anyPassword(true))}@pg-replica:5432/dw?sslmode=require" -c 'select 1'\n`),
    () => line(T`echo '${LA.uuid()}' > .instance-id\n`),
  ]);
  return d;
}

function ciOutput() {
  const d = new Doc(); d.t`Running with gitlab-runner ${LA.version()} on runner-${R.int(1, 40)}\nJob #${R.int(10000, 999999)} triggered by ${PI.person()} (${PI.email()})\nChecking out ${LA.gitSha(true)} as detached HEAD\n`;
  fill(d, tgt(), [
    () => T`$ npm ci --prefer-offline\nadded ${R.int(100, 1900)} packages in ${R.int(5, 90)}s\n`,
    () => T`$ echo "//npm.corp.example/:_authToken=${SE.sp('NPM_TOKEN')}" > .npmrc\n`,
    () => T`[debug] env: ${R.pick(['DEPLOY_TOKEN', 'SENTRY_AUTH_TOKEN', 'SONAR_TOKEN', 'API_SECRET'])}=${SE.secret(R.pick(['GITLAB_DEPLOY_TOKEN', 'SENTRY_AUTH_TOKEN', 'SONARQUBE_TOKEN', 'GENERIC_SECRET', 'BUILDKITE_TOKEN', 'CIRCLECI_TOKEN'])).span}\n`,
    () => T`Using secret ${LA.envRef()} (masked)\n`,
    () => T`Step ${R.int(1, 12)}/14 : RUN pip install -r requirements.txt\n ---> ${LA.containerId()}\n`,
    () => T`Pushed registry.corp.example/web:${LA.version()} digest: ${LA.digest()} size: ${R.int(500, 9000)}\n`,
    () => T`Tests: ${R.int(100, 900)} passed, ${R.int(0, 4)} skipped (${R.int(1, 99)}.${R.int(0, 9)}s) build ${LA.build()}\n`,
    () => T`WARNING: hardcoded credential detected in config/prod.env: ${SE.secret().span.value.length > 200 ? SE.sp('GENERIC_API_KEY') : SE.secret().span}\n`,
    () => T`Uploading artifacts to https://artifacts.corp.example/${LA.uuid()}\n`,
    () => T`##[group]Run ./scripts/smoke.sh --token ${SE.secret(R.pick(['GENERIC_TOKEN', 'GITHUB_APP_INSTALLATION_TOKEN', 'VERCEL_TOKEN', 'NETLIFY_TOKEN'])).span}\n`,
  ]);
  d.text(`Job succeeded\n`); return d;
}

function cloudCli() {
  const d = new Doc();
  fill(d, tgt(), [
    () => T`$ aws iam create-access-key --user-name ${who()}\n{\n    "AccessKey": {\n        "UserName": "${who()}",\n        "AccessKeyId": "${SE.sp('AWS_ACCESS_KEY')}",\n        "Status": "Active",\n        "SecretAccessKey": "${SE.sp('AWS_SECRET_KEY')}",\n        "CreateDate": "${LA.iso()}"\n    }\n}\n`,
    () => T`$ aws sts assume-role --role-arn arn:aws:iam::${R.digits(12)}:role/deploy --role-session-name s1\n{"Credentials": {"AccessKeyId": "${SE.sp('AWS_TEMP_ACCESS_KEY')}", "SecretAccessKey": "${SE.sp('AWS_SECRET_KEY')}", "SessionToken": "${SE.sp('AWS_SESSION_TOKEN')}", "Expiration": "${LA.iso()}"}}\n`,
    () => T`$ az ad sp create-for-rbac --name ci-${R.int(1, 99)}\n{\n  "appId": "${LA.uuid()}",\n  "password": "${SE.sp('AZURE_CLIENT_SECRET')}",\n  "tenant": "${LA.uuid()}"\n}\n`,
    () => T`$ az storage account show-connection-string -n st${R.int(100, 999)}\nDefaultEndpointsProtocol=https;AccountName=st${R.int(100, 999)};AccountKey=${SE.sp('AZURE_STORAGE_KEY')};EndpointSuffix=core.windows.example\n`,
    () => T`$ gcloud compute instances list\nNAME        ZONE            STATUS   EXTERNAL_IP\nweb-${R.int(1, 9)}       europe-west1-b  RUNNING  ${ip()}\n`,
    () => T`$ gcloud auth print-access-token\n${SE.sp('GOOGLE_OAUTH_ACCESS_TOKEN')}\n`,
    () => T`$ doctl auth init --access-token ${SE.sp('DIGITALOCEAN_TOKEN')}\n`,
    () => T`$ aws s3 ls s3://backups-${R.int(1, 9)}/ --profile ${who()}\n${LA.date()} 12:00:01   ${R.int(1000, 99999)} dump-${LA.ulid()}.sql.gz\n`,
    () => T`$ heroku config -a shop-${R.int(1, 9)}\nDATABASE_URL: postgres://u${R.digits(6)}:${S('DATABASE_PASSWORD', SE.randomPassword(true))}@ec2-db.compute.example:5432/d${R.digits(6)}\nSECRET_KEY_BASE: ${SE.sp('RAILS_SECRET_KEY_BASE')}\n`,
    () => { const k = SE.sp('PRIVATE_KEY', SE.pemKey('rsa1')); return T`$ aws ec2 create-key-pair --key-name ${who()}-${R.int(1, 99)}\n{\n    "KeyFingerprint": "${LA.hash()}",\n    "KeyMaterial": "${{ ...k, value: k.value.replace(/\n/g, '\\n') }}",\n    "KeyPairId": "key-${R.str('0123456789abcdef', 17)}"\n}\n`; },
    () => T`$ kubectl get secret tls-edge -o yaml | grep -A3 crt
  tls.crt: ${LA.certificate()}\n  resourceVersion: "${LA.k8sRv()}"\n`,
    () => T`$ kubectl get cm app-config -o json | jq .metadata\n{"name": "app-config", "resourceVersion": "${LA.k8sRv()}", "uid": "${LA.uuid()}", "creationTimestamp": "${LA.iso()}"}\n`,
    () => T`$ vault kv get -field=token secret/ci\n${SE.sp('VAULT_SERVICE_TOKEN')}\n`,
  ]);
  return d;
}

function gitOutput() {
  const d = new Doc();
  fill(d, tgt(), [
    () => T`commit ${LA.gitSha()}\nAuthor: ${PI.person()} <${PI.email()}>\nDate:   ${R.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} Oct ${R.int(1, 28)} ${R.int(10, 23)}:${R.int(10, 59)}:00 2026 +0200\n\n    ${R.pick(['fix flaky test', 'bump deps', 'rotate creds', 'add retry to sync job', 'remove debug logging'])} (${LA.ticketRef()})\n\n`,
    () => { const [k, v] = secretEntry(); const vv = v.value.includes('\n') ? SE.sp('GENERIC_SECRET') : v; return T`diff --git a/config/.env b/config/.env\nindex ${LA.gitSha(true)}..${LA.gitSha(true)} 100644\n--- a/config/.env\n+++ b/config/.env\n@@ -${R.int(1, 40)},3 +${R.int(1, 40)},3 @@\n-${k.toUpperCase().replace(/[^A-Z0-9]/g, '_')}=${LA.placeholder()}\n+${k.toUpperCase().replace(/[^A-Z0-9]/g, '_')}=${vv}\n`; },
    () => T`Merge: ${LA.gitSha(true)} ${LA.gitSha(true)}\n`,
    () => T`${LA.gitSha(true)} (tag: ${LA.version()}) ${R.pick(['release', 'hotfix', 'docs'])}: update changelog\n`,
    () => T`remote: Resolving deltas: 100% (${R.int(1, 99)}/${R.int(1, 99)})\nTo https://git.corp.example/team/app.git\n   ${LA.gitSha(true)}..${LA.gitSha(true)}  main -> main\n`,
    () => T`+    password: "${S('USER_PASSWORD', SE.humanPassword())}"  # ${PI.person()} asked for this\n`,
    () => T`    Co-authored-by: ${PI.person()} <${PI.email()}>\n`,
  ]);
  return d;
}

function stackTrace() {
  const d = new Doc(); const lang = R.pick(['java', 'python', 'node']);
  if (lang === 'python') d.t`Traceback (most recent call last):\n  File "/srv/app/sync.py", line ${R.int(10, 400)}, in run\n    resp = client.post(url, auth=("${who()}", "${S('USER_PASSWORD', SE.humanPassword())}"))\n`;
  else if (lang === 'java') d.t`Exception in thread "main" java.sql.SQLException: Access denied for user '${who()}'@'${PI.privIP()}' (using password: YES)\n\tat com.acme.db.Pool.open(Pool.java:${R.int(10, 300)})\n`;
  else d.t`Error: Request failed with status code 401\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n`;
  fill(d, tgt(), [
    () => (lang === 'java' ? T`\tat com.acme.${R.pick(['orders', 'billing', 'sync'])}.Service.call(Service.java:${R.int(10, 900)})\n` : lang === 'node' ? T`    at ${R.pick(['syncOrders', 'Client.request', 'processTicksAndRejections'])} (/app/src/${R.pick(['sync', 'client', 'queue'])}.js:${R.int(5, 400)}:${R.int(2, 40)})\n` : T`  File "/srv/app/${R.pick(['tasks', 'client', 'models'])}.py", line ${R.int(5, 600)}, in ${R.pick(['handle', 'post', 'save'])}\n`),
    () => T`  config: { headers: { 'x-api-key': '${SE.secret(R.pick(['GENERIC_API_KEY', 'ALGOLIA_ADMIN_KEY', 'SEGMENT_WRITE_KEY', 'COHERE_API_KEY', 'ASSEMBLYAI_API_KEY'])).span}' }, url: 'https://hooks.partner.example/v2' }\n`,
    () => T`  request_id=${LA.requestId()} user=${PI.email()} client_ip=${ip()}\n`,
    () => T`  locals: {'customer': '${PI.person()}', 'card_last4': '${R.digits(4)}', 'order': '${LA.orderNo()}'}\n`,
    () => T`${lang === 'java' ? 'Caused by: javax.net.ssl.SSLHandshakeException' : lang === 'node' ? '  [cause]: Error: socket hang up' : 'During handling of the above exception: ConnectionError'} at ${LA.iso()}\n`,
    () => T`    env={'DB_PASS': '${S('DATABASE_PASSWORD', SE.anyPassword())}', 'HOME': '/root'}\n`,
  ]);
  return d;
}

function grepOut() {
  const d = new Doc(); d.t`$ grep -rn -i "${R.pick(['secret', 'password', 'token', 'key'])}" .\n`;
  const f = () => R.pick(['config/app.yml', 'deploy/.env.prod', 'scripts/backup.sh', 'src/settings.py', 'README.md', 'ansible/group_vars/all.yml', 'docs/onboarding.md']);
  fill(d, tgt(), [
    () => { const [k, v] = secretEntry(R.chance(0.4)); const vv = v.value.includes('\n') ? SE.sp('GENERIC_TOKEN') : v; return T`${f()}:${R.int(1, 300)}:${k}: ${vv}\n`; },
    () => T`${f()}:${R.int(1, 300)}:password: ${LA.envRef()}\n`,
    () => T`${f()}:${R.int(1, 300)}:# token: ${LA.placeholder()}\n`,
    () => T`${f()}:${R.int(1, 300)}:  ansible_ssh_pass: "${S('SSH_PASSWORD', SE.humanPassword())}"\n`,
    () => T`${f()}:${R.int(1, 300)}:checksum=${LA.hash()}\n`,
    () => T`${f()}:${R.int(1, 300)}:ask ${PI.person()} (${PI.phone()}) for the vault password\n`,
    () => T`${f()}:${R.int(1, 300)}:key_id = "${LA.uuid()}"\n`,
    () => T`${f()}:${R.int(1, 300)}:aws_access_key_id = ${LA.awsExample()}\n`,
  ]);
  return d;
}

function jsonApi() {
  const d = new Doc(); d.t`HTTP/1.1 200 OK\ncontent-type: application/json\nx-request-id: ${LA.requestId()}\netag: ${LA.etag()}\n\n{"data": [\n`;
  fill(d, tgt(), [
    () => { const pp = PI.personParts(); return T`  {"id": "${LA.crmId()}", "name": "${P('PERSON', pp.full)}", "email": "${PI.email(pp)}", "phone": "${PI.phone()}", "address": {"line1": "${PI.street()}", "city": "${PI.city()}", "zip": "${PI.zip()}"}, "created_at": "${LA.iso()}"},\n`; },
    () => T`  {"id": "${LA.uuid()}", "type": "api_key", "label": "${R.pick(['ci', 'zapier', 'backup'])}", "key": "${SE.secret(R.pick(['GENERIC_API_KEY', 'GENERIC_TOKEN', 'AIRTABLE_PAT', 'POSTMAN_API_KEY', 'CONTENTFUL_PAT', 'FIGMA_PAT'])).span}", "last_used_ip": "${ip()}"},\n`,
    () => T`  {"id": "${LA.uuid()}", "type": "payment_method", "card": "${PI.card()}", "test_card": "${LA.vendorTestCard()}", "amount": "${LA.price()}"},\n`,
    () => T`  {"id": "${LA.ulid()}", "session": {"access_token": "${SE.sp('JWT')}", "refresh_token": "${SE.secret(R.pick(['GENERIC_TOKEN', 'GOOGLE_REFRESH_TOKEN'])).span}", "expires_in": 3600}},\n`,
    () => T`  {"id": "${LA.crmId()}", "payout": {"iban": "${PI.iban()}", "holder": "${PI.person()}"}, "ref": "${LA.invoice()}"},\n`,
    () => T`  {"id": "${LA.uuid()}", "avatar": "${LA.dataUri()}", "book_isbn": "${LA.isbn()}", "last_ip": "${ip()}"},\n`,
    () => T`  {"wallet": "${PI.btc()}", "tx": "${LA.hash()}", "geo": "${LA.coords()}"},\n`,
  ]);
  d.text('  {}\n]}\n'); return d;
}

function sqlDump() {
  const d = new Doc(); d.t`-- MySQL dump 10.13  Distrib ${LA.version()}\n-- Host: ${PI.privIP()}    Database: app\nINSERT INTO users (id, name, email, phone, ssn, dob, password_plain, created) VALUES\n`;
  fill(d, tgt(), [
    () => T`(${R.int(1, 99999)}, '${PI.person().value.replace(/'/g, "''")}', '${PI.email()}', '${PI.phone()}', '${PI.ssn()}', '${PI.dob()}', '${S('USER_PASSWORD', SE.humanPassword().replace(/'/g, ''))}', '${LA.iso()}'),\n`,
    () => T`(${R.int(1, 99999)}, 'test user', 'qa@corp.example', '000', '${LA.invalidSsn()}', '${PI.dob()}', '${LA.placeholder()}', '${LA.iso()}'),\n`,
    () => T`-- INSERT INTO api_clients VALUES ('${LA.uuid()}', '${S('GENERIC_CLIENT_SECRET', SE.genericValue())}');\n`,
    () => T`INSERT INTO payments VALUES (${R.int(1, 9999)}, '${PI.card()}', '${PI.iban()}', '${LA.price()}');\n`,
    () => T`INSERT INTO bank_accounts VALUES (${R.int(1, 9999)}, '${PI.bankNumber()}', '${PI.aba()}', '${PI.person().value.replace(/'/g, "''")}');\n`,
  ]);
  d.text("(0, 'end', '', '', '', '', '', '');\n"); return d;
}

export const TECH = {
  env: configDoc('env'), yaml_config: configDoc('yaml'), toml_config: configDoc('toml'), ini_config: configDoc('ini'), properties: configDoc('properties'),
  json_config: configDoc('json'), xml_config: configDoc('xml'), terraform_hcl: configDoc('hcl'), k8s_manifest: k8s, app_log: logDoc,
  source_code: () => code(R.pick(langs))(), shell_history: shellHistory, ci_output: ciOutput, cloud_cli: cloudCli, git_output: gitOutput,
  stack_trace: stackTrace, grep_output: grepOut, json_api: jsonApi, sql_dump: sqlDump,
};
