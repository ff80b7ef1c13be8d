// blind13 technical document kinds: env files, configs of every syntax, k8s, logs, source, shell, CI, cloud CLI, git, traces, grep, API JSON, SQL.
import { A, str, int, pick, chance, words, pad, S, L, P, Doc, seq, fill, jesc, remap, mv, isMarker } from './lib.mjs';
import { secret, byEntity, noPrefix, chosenPassword, pemMarker, pem, pemText, humanPassword, randomPassword, genericKeys, uuid, jwt } from './secrets.mjs';
import { person, personName, email, emailStr, phone, clientIP, privateIP, city, street, card, iban, ssn, nhs, btc, dea, bankNumber, passport, driverLicense, itin } from './pii.mjs';
import { look } from './lookalikes.mjs';

const svc = () => pick(words('billing ledger gateway orders search notifier ingest payroll scheduler inventory auth-proxy reporting'));
const hostInt = () => pick([`${svc()}-${int(1, 9)}`, `db-0${int(1, 4)}`, `${svc()}.svc.cluster.local`.replace('.svc.cluster.local', '.internal.example'), `${svc()}.corp.example`]);
const neutral = () => pick([
  ['host', hostInt()], ['port', String(pick([5432, 3306, 6379, 8080, 9092, 27017, 443]))], ['timeout_ms', String(int(100, 30000))],
  ['region', pick(['eu-west-1', 'us-east-2', 'ap-south-1'])], ['log_level', pick(['info', 'debug', 'warn'])], ['bind_addr', privateIP()],
  ['endpoint', `https://${svc()}.corp.example/v${int(1, 3)}`], ['max_conns', String(int(4, 200))], ['retries', String(int(0, 9))], ['zip', pad(int(1000, 99999), 5)],
  ['company', pick(['Nordhaus Logistics GmbH', 'Blue Fern Ltd', 'Acme Widgets Inc.'])], ['loopback', '127.0.0.1'], ['routing_number', pick(['021000021', '011401533', '091000019'])],
]);
const lookKV = () => { const m = look(pick(['git_sha', 'uuid', 'digest', 'version', 'placeholder', 'env_reference', 'aws_example_key', 'hash', 'hostname', 'timestamp', 'request_id', 'integrity', 'public_key', 'build_number', 'hex_color', 'k8s_resource_version', 'container_id', 'ulid', 'masked_secret'])); return [pick({ git_sha: ['commit', 'revision'], uuid: ['instance_id', 'tenant_uuid'], digest: ['image_digest'], version: ['version', 'min_client'], placeholder: ['api_key', 'password', 'token'], env_reference: ['password', 'secret', 'token'], aws_example_key: ['aws_access_key_id', 'aws_secret_access_key'], hash: ['checksum', 'password_hash'], hostname: ['upstream', 'smtp_host'], timestamp: ['rotated_at', 'created'], request_id: ['last_request'], integrity: ['integrity'], public_key: ['public_key', 'publishable_key'], build_number: ['build'], hex_color: ['brand_color'], k8s_resource_version: ['resource_version'], container_id: ['container'], ulid: ['job_id'], masked_secret: ['key_hint'] }[m.what]), m]; };
const piiKV = () => pick([() => ['owner', person()], () => ['oncall_email', email()], () => ['oncall_phone', phone()], () => ['admin_contact', email()], () => ['site', city()]])();
export function entries() {
  const e = [];
  for (let i = int(1, 3); i > 0; i--) e.push(neutral());
  const s = chance(0.45) ? noPrefix() : secret(); e.push([chance(0.35) ? pick(genericKeys) : s.key, s.m]);
  if (chance(0.5)) e.push(lookKV());
  if (chance(0.6)) e.push(lookKV());
  if (chance(0.35)) e.push(piiKV());
  if (chance(0.25)) { const u = personName({ culture: pick(['en', 'de', 'fr', 'es']) }).split(' ')[0].toLowerCase(); e.push(['username', u], [pick(['password', 'pass', 'passwd', 'user_pw']), chosenPassword()]); }
  return shuffleKeep(e);
}
function shuffleKeep(e) { return e.sort(() => 0).map((x) => x); }
const sect = () => pick(words('database cache upstream mail payments storage queue auth analytics search metrics vendor'));
const xmlEsc = (m) => remap(m, (v) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
const needsQ = (v) => /[:#{}\[\],&*!|>'"%@` ]|^[-?]/.test(v);

export function env(d) {
  d.put(`# ${svc()} — ${pick(['.env.production', '.env.local', 'staging.env'])}\n`);
  fill(d, int(300, 2200), (c) => {
    const ents = entries();
    c.put(`\n# ${sect()}\n`);
    for (const [k, v] of ents) { const K = k.toUpperCase().replace(/[.-]/g, '_'); const q = chance(0.3) ? '"' : ''; c.f`${K}=${q}${v}${q}\n`; }
    if (chance(0.12)) c.f`TLS_KEY="${pemMarker('', true)}"\n`;
  });
}
export function yaml(d) {
  d.put(`# ${svc()}/config/${pick(['application.yml', 'settings.yaml', 'values.yaml'])}\n`);
  fill(d, int(300, 2600), (c) => {
    c.put(`${sect()}:\n`);
    for (const [k, v] of entries()) { const q = needsQ(mv(v)) ? '"' : ''; c.f`  ${k}: ${q}${v}${q}\n`; }
    if (chance(0.15)) c.f`  private_key: |\n    ${pemMarker('    ')}\n`;
  });
}
export function toml(d) {
  d.put(`# ${pick(['config.toml', 'Cargo-deploy.toml', 'settings.toml'])}\ntitle = "${svc()}"\n`);
  fill(d, int(300, 2400), (c) => { c.put(`\n[${sect()}]\n`); for (const [k, v] of entries()) c.f`${k.replace(/\./g, '_')} = "${jesc(v)}"\n`; if (chance(0.1)) c.f`tls_key = '''\n${pemMarker()}\n'''\n`; });
}
export function ini(d) {
  d.put(`; ${pick(['php.ini fragment', 'odbc.ini', 'app.ini', 'credentials'])}\n`);
  fill(d, int(300, 2200), (c) => { c.put(`\n[${sect()}]\n`); for (const [k, v] of entries()) c.f`${k} = ${v}\n`; });
}
export function properties(d) {
  d.put(`# ${pick(['application.properties', 'gradle.properties', 'kafka-client.properties'])}\n`);
  fill(d, int(300, 2200), (c) => { const s = sect(); c.put('\n'); for (const [k, v] of entries()) c.f`${s}.${k.replace(/_/g, '-')}=${v}\n`; });
}
export function jsonConf(d) {
  d.put('{\n');
  fill(d, int(300, 2400), (c) => {
    c.put(`${d.len > 2 ? ',\n' : ''}  "${sect()}${int(1, 99)}": {\n`);
    const ents = entries(); if (chance(0.12)) ents.push(['private_key', pemMarker('', true)]);
    ents.forEach(([k, v], i) => c.f`    "${k}": "${isMarker(v) && v.v.includes('\\n') ? v : jesc(v)}"${i < ents.length - 1 ? ',' : ''}\n`);
    c.put('  }');
  }, 4);
  d.put('\n}\n');
}
export function xml(d) {
  d.put(`<?xml version="1.0" encoding="UTF-8"?>\n<${pick(['configuration', 'settings', 'server'])}>\n`);
  fill(d, int(300, 2400), (c) => {
    const s = sect(); c.put(`  <${s}>\n`);
    for (const [k, v] of entries()) { const t = k.replace(/[^A-Za-z0-9_-]/g, '_'); chance(0.3) ? c.f`    <add key="${t}" value="${xmlEsc(v)}"/>\n` : c.f`    <${t}>${xmlEsc(v)}</${t}>\n`; }
    c.put(`  </${s}>\n`);
  }, 20);
  d.put('</' + mv(d.parts[0]).match(/<(\w+)>\n$/)[1] + '>\n');
}
export function hcl(d) {
  d.put(`# ${pick(['main.tf', 'vault.hcl', 'terraform.tfvars', 'nomad job'])}\n`);
  fill(d, int(300, 2400), (c) => {
    c.put(`\n${pick(['resource "vault_generic_secret"', 'provider "acme"', 'module "db"', 'variable'])} "${sect()}" {\n`);
    for (const [k, v] of entries()) c.f`  ${k.replace(/[.-]/g, '_')} = "${jesc(v)}"\n`;
    if (chance(0.1)) c.f`  private_key = <<EOT\n${pemMarker()}\nEOT\n`;
    c.put('}\n');
  });
}
export function k8s(d) {
  const name = `${svc()}-${pick(['secrets', 'creds', 'config'])}`;
  d.f`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: ${pick(['prod', 'staging', 'payments'])}\n  resourceVersion: "${look('k8s_resource_version')}"\n  uid: ${look('uuid')}\ntype: Opaque\ndata:\n`;
  for (let i = int(1, 4); i > 0; i--) { const pw = chance(0.5) ? humanPassword() : randomPassword(); d.f`  ${pick(['password', 'db-pass', 'api-key', 'token', 'smtp-pass'])}: ${S('KUBERNETES_SECRET_DATA', Buffer.from(pw).toString('base64'))}\n`; }
  d.put('stringData:\n');
  for (let i = int(1, 3); i > 0; i--) { const s = secret(); d.f`  ${s.key.replace(/_/g, '-').toLowerCase()}: "${jesc(s.m)}"\n`; }
  if (chance(0.5)) d.f`  tls.key: |\n    ${pemMarker('    ')}\n`;
  fill(d, int(900, 2600), (c) => {
    c.f`---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${svc()}\n  annotations:\n    owner: ${email()}\n    git-commit: ${look('git_sha')}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.corp.example/${svc()}@${look('digest')}\n          env:\n`;
    c.f`            - name: DB_PASSWORD\n              valueFrom: {secretKeyRef: {name: ${name}, key: password}}\n            - name: ${pick(['UPSTREAM_KEY', 'PARTNER_TOKEN', 'X_AUTH'])}\n              value: "${jesc(noPrefix().m)}"\n            - name: FALLBACK\n              value: "${look('placeholder')}"\n`;
  });
}
const LV = ['INFO', 'WARN', 'ERROR', 'DEBUG'];
export function log(d) {
  const app = svc();
  fill(d, int(500, 3600), (c) => {
    const t = look('timestamp'); const lv = pick(LV);
    const r = int(0, 11);
    if (r === 0) c.f`${t} ${lv} [${app}] login ok user=${email()} ip=${clientIP()} req=${look('request_id')}\n`;
    else if (r === 1) c.f`${t} ${lv} [${app}] ${clientIP()} - - "POST /api/v2/sessions HTTP/1.1" 401 ${int(80, 900)} trace=${look('trace_id')}\n`;
    else if (r === 2) c.f`${t} DEBUG [${app}] outbound headers: {"Authorization": "Bearer ${secret().m}", "X-Request-Id": "${look('uuid')}"}\n`;
    else if (r === 3) c.f`${t} ${lv} [${app}] connecting to postgres://${pick(['app', 'svc_ro', 'etl'])}:${S('DATABASE_PASSWORD', humanPassword(true))}@${hostInt()}:5432/${svc()} (attempt ${int(1, 5)})\n`;
    else if (r === 4) c.f`${t} WARN [${app}] payment declined card=${look(pick(['masked_card', 'invalid_card', 'vendor_test_card']))} amount=${look('price')} order=${look('order_number')}\n`;
    else if (r === 5) c.f`${t} INFO [${app}] shipment ${look('tracking_number')} for ${person()} to ${city()} (${phone()})\n`;
    else if (r === 6) c.f`${t} ERROR [${app}] upstream rejected key ${noPrefix().m} (expected ${look('placeholder')}) host=${look('hostname')}\n`;
    else if (r === 7) c.f`${t} INFO [${app}] deploy ${look('version')} build ${look('build_number')} commit ${look('git_sha')}\n`;
    else if (r === 8) c.f`${t} ${lv} [${app}] client=${clientIP()} ua="Mozilla/5.0" user_id=${look('crm_id')} session=${S('SESSION_SECRET', str(A.b64u, 43))}\n`;
    else if (r === 9) c.f`${t} INFO [${app}] kyc check passed for ${person()} ssn=${ssn()} dob=19${int(50, 99)}-0${int(1, 9)}-1${int(0, 9)}\n`;
    else if (r === 10) c.f`${t} WARN [${app}] rejected ssn=${look('invalid_ssn')} iban=${look('invalid_iban')} from ${clientIP()}\n`;
    else c.f`${t} INFO [${app}] GET /healthz from ${privateIP()} 200 ${int(1, 30)}ms mac=${look('mac_address')}\n`;
  });
}
const LANGS = {
  python: (c, s) => c.f`${pick(['API_KEY', 'token', 'SECRET', '_k'])} = "${jesc(s.m)}"  # ${pick(['TODO move to vault', 'staging', 'temp'])}\nclient = Client(base_url="https://${svc()}.corp.example", timeout=${int(5, 60)})\nresp = requests.post(url, headers={"Authorization": f"Bearer {token}"}, json={"id": "${look('uuid')}"})\n`,
  javascript: (c, s) => c.f`const ${pick(['apiKey', 'secret', 'cfg'])} = process.env.API_KEY || "${jesc(s.m)}";\nconst commit = "${look('git_sha')}";\nawait fetch(\`https://${svc()}.corp.example/v1/items\`, { headers: { "x-api-key": apiKey } });\n`,
  typescript: (c, s) => c.f`export const config: Config = {\n  ${s.key.replace(/[._-](\w)/g, (_, x) => x.toUpperCase()).replace(/^\w/, (x) => x.toLowerCase())}: "${jesc(s.m)}",\n  version: "${look('version')}",\n  contact: "${email()}",\n};\n`,
  go: (c, s) => c.f`var ${pick(['apiKey', 'defaultToken', 'signingKey'])} = "${jesc(s.m)}"\n\nfunc dial() (*sql.DB, error) {\n\treturn sql.Open("postgres", "host=${hostInt()} user=app password=${S('DATABASE_PASSWORD', randomPassword())} dbname=${svc()} sslmode=require")\n}\n`,
  java: (c, s) => c.f`private static final String ${pick(['API_KEY', 'CLIENT_SECRET', 'TOKEN'])} = "${jesc(s.m)}";\n// build ${look('build_number')}\nDataSource ds = DataSourceBuilder.create().url("jdbc:mysql://${hostInt()}:3306/app").username("app").password("${S('DATABASE_PASSWORD', randomPassword())}").build();\n`,
  ruby: (c, s) => c.f`Stripe.api_key = ENV.fetch("STRIPE_KEY", "${jesc(s.m)}")\nREQUEST_ID = "${look('request_id')}"\n`,
  php: (c, s) => c.f`$config['${s.key}'] = '${s.m}';\n$pdo = new PDO("mysql:host=${hostInt()};dbname=shop", "shop", "${S('DATABASE_PASSWORD', humanPassword(true))}");\n`,
  csharp: (c, s) => c.f`var client = new ApiClient(apiKey: "${jesc(s.m)}");\nvar cs = "Server=${hostInt()};Database=crm;User Id=sa;Password=${S('DATABASE_PASSWORD', randomPassword())};";\n`,
  rust: (c, s) => c.f`const TOKEN: &str = "${jesc(s.m)}";\nlet id = Uuid::parse_str("${look('uuid')}")?;\n`,
  kotlin: (c, s) => c.f`val secret = "${jesc(s.m)}"\nval buildSha = "${look('git_sha')}"\n`,
  swift: (c, s) => c.f`let apiKey = "${jesc(s.m)}"\nlet brand = UIColor(hex: "${look('hex_color')}")\n`,
  bash: (c, s) => c.f`export ${s.key.toUpperCase().replace(/[.-]/g, '_')}='${s.m}'\ncurl -s -u admin:${S('ADMIN_PASSWORD', humanPassword(true))} https://${svc()}.corp.example/api/reindex\n`,
  sql: (c, s) => c.f`CREATE USER ${pick(['report', 'etl', 'app_rw'])} WITH PASSWORD '${S('DATABASE_PASSWORD', humanPassword(true))}';\n-- api key for sync: ${s.m}\n`,
};
export function source(d, lang) {
  lang = lang || pick(Object.keys(LANGS));
  d.put(`// file: src/${svc()}/${pick(['client', 'settings', 'main', 'util'])}.${{ python: 'py', javascript: 'js', typescript: 'ts', go: 'go', java: 'java', ruby: 'rb', php: 'php', csharp: 'cs', rust: 'rs', kotlin: 'kt', swift: 'swift', bash: 'sh', sql: 'sql' }[lang]}\n`.replace(/^\/\//, lang === 'python' || lang === 'ruby' || lang === 'bash' ? '#' : lang === 'sql' ? '--' : '//'));
  fill(d, int(300, 2000), (c) => { LANGS[lang](c, chance(0.4) ? noPrefix() : secret()); if (chance(0.3)) c.f`// author: ${person()} <${email()}>\n`.put(''); c.put('\n'); });
  return lang;
}
export function shellHistory(d) {
  fill(d, int(400, 2600), (c) => {
    const r = int(0, 10);
    if (r === 0) c.f`mysql -h ${hostInt()} -u root -p${S('DATABASE_PASSWORD', randomPassword())} shop\n`;
    else if (r === 1) c.f`curl -H "Authorization: Bearer ${secret().m}" https://${svc()}.corp.example/v1/me\n`;
    else if (r === 2) c.f`export ${pick(['API_KEY', 'TOKEN', 'PARTNER_SECRET', 'K'])}=${noPrefix().m}\n`;
    else if (r === 3) c.f`sshpass -p '${chosenPassword()}' ssh ${pick(['deploy', 'root', 'ops'])}@${hostInt()}\n`;
    else if (r === 4) c.f`docker login -u ${pick(['ci', 'robot'])} -p ${byEntity('DOCKER_HUB_PAT').m} registry.corp.example\n`;
    else if (r === 5) c.f`git clone https://oauth2:${byEntity('GITLAB_PERSONAL_ACCESS_TOKEN').m}@git.corp.example/team/${svc()}.git\n`;
    else if (r === 6) c.f`git checkout ${look('git_sha')} && npm install ${look('npm_package_spec')}\n`;
    else if (r === 7) c.f`redis-cli -h ${hostInt()} -a ${byEntity('REDIS_PASSWORD').m} ping\n`;
    else if (r === 8) c.f`kubectl get secret ${svc()} -o yaml  # rv ${look('k8s_resource_version')}\n`;
    else if (r === 9) c.f`psql "postgresql://etl:${S('DATABASE_PASSWORD', humanPassword(true))}@${hostInt()}/warehouse?sslmode=require"\n`;
    else c.f`echo ${look('env_reference')} && ls -la ~/.ssh && cat id_ed25519.pub  # ${look('public_key')}\n`;
  });
}
export function ciOutput(d) {
  d.f`Run #${look('build_number')} on runner-${int(1, 40)} (commit ${look('git_sha')})\n`;
  fill(d, int(500, 3000), (c) => {
    const r = int(0, 6);
    if (r === 0) c.f`##[group]Install\nnpm ci --registry https://npm.corp.example/\nadded ${int(100, 1500)} packages, integrity ${look('integrity')}\n##[endgroup]\n`;
    else if (r === 1) c.f`+ echo "//npm.corp.example/:_authToken=${byEntity('NPM_ACCESS_TOKEN').m}" > ~/.npmrc\n`;
    else if (r === 2) c.f`Step 4/9 : ENV ${pick(['API_SECRET', 'LICENSE', 'UPSTREAM_KEY'])}=${noPrefix().m}\n ---> ${look('git_sha')}\n`;
    else if (r === 3) c.f`Pushing image sha ${look('digest')}\ntoken: ${look('env_reference')}\n`;
    else if (r === 4) c.f`DEBUG: using credentials ${pick(['aws', 'sentry', 'heroku'])} key=${secret().m}\n`;
    else if (r === 5) c.f`Tests: ${int(10, 900)} passed, ${int(0, 3)} failed (${look('timestamp')})\nfixture card ${look('vendor_test_card')} ok, fixture iban ${look('invalid_iban')} rejected\n`;
    else c.f`Notify ${person()} <${email()}> via ${S('SLACK_WEBHOOK_SECRET', byEntity('SLACK_WEBHOOK_SECRET').m.v)} on hooks.slack.example\n`;
  });
}
export function cloudCli(d) {
  const r = int(0, 2);
  if (r === 0) d.f`$ aws sts assume-role --role-arn arn:aws:iam::${str(A.dig, 12)}:role/deploy --role-session-name ci\n{\n    "Credentials": {\n        "AccessKeyId": "${byEntity('AWS_TEMPORARY_ACCESS_KEY').m}",\n        "SecretAccessKey": "${byEntity('AWS_SECRET_KEY').m}",\n        "SessionToken": "${byEntity('AWS_SESSION_TOKEN').m}",\n        "Expiration": "${look('timestamp')}"\n    },\n    "AssumedRoleUser": {"AssumedRoleId": "AROA${str(A.updig, 17)}:ci"}\n}\n`;
  else if (r === 1) d.f`$ gcloud secrets versions access latest --secret=${svc()}-key\n${noPrefix().m}\n$ gcloud compute instances list\nNAME  ZONE  INTERNAL_IP  EXTERNAL_IP\n`;
  else d.f`$ az storage account keys list -n ${svc()}store\n[ {"keyName": "key1", "value": "${byEntity('AZURE_STORAGE_ACCOUNT_KEY').m}"} ]\n$ az vm list -o table\n`;
  fill(d, int(600, 2400), (c) => c.f`${svc()}-${int(1, 99)}  ${pick(['europe-west1-b', 'us-central1-a'])}  ${privateIP()}  ${clientIP()}  ${look('uuid')}\n`);
}
export function gitOutput(d) {
  fill(d, int(500, 3000), (c) => {
    const n = personName({ culture: pick(['en', 'de', 'in', 'ja', 'pt', 'pl', 'fr']) });
    c.f`commit ${look('git_sha')}\nAuthor: ${P('PERSON', n)} <${email(n)}>\nDate:   ${look('timestamp')}\n\n    ${pick(['fix retry', 'rotate creds', 'bump deps', 'remove leaked key', 'add config'])}\n\n`;
    if (chance(0.4)) { const s = chance(0.5) ? noPrefix() : secret(); c.f`diff --git a/config/${sect()}.env b/config/${sect()}.env\n-${s.key.toUpperCase()}=${look('placeholder')}\n+${s.key.toUpperCase()}=${s.m}\n\n`; }
  });
}
export function stackTrace(d) {
  d.f`Traceback (most recent call last):\n  File "/srv/${svc()}/app.py", line ${int(10, 900)}, in handle\n    conn = connect("mongodb://admin:${S('MONGODB_PASSWORD', randomPassword())}@${hostInt()}:27017/?authSource=admin")\npymongo.errors.ServerSelectionTimeoutError: ${hostInt()}:27017 timed out\n\n`;
  fill(d, int(600, 2600), (c) => {
    c.f`Exception in thread "main" java.lang.IllegalStateException: request ${look('request_id')} failed for customer ${look('crm_id')} (${email()})\n\tat com.acme.${svc()}.Client.call(Client.java:${int(10, 500)})\n\tat com.acme.${svc()}.Retry.run(Retry.java:${int(10, 99)})\nCaused by: AuthException: invalid api key '${noPrefix().m}' for tenant ${look('uuid')}\n\n`;
  });
}
export function grepOutput(d) {
  d.f`$ grep -rn -i "${pick(['password', 'secret', 'token', 'key'])}" .\n`;
  fill(d, int(400, 2800), (c) => {
    const f = pick(['config/app.yml', 'deploy/.env', 'scripts/sync.sh', 'README.md', 'tests/fixtures.json', 'docker-compose.yml']);
    const r = int(0, 4);
    if (r === 0) { const s = secret(); c.f`${f}:${int(1, 300)}:  ${s.key}: ${s.m}\n`; }
    else if (r === 1) c.f`${f}:${int(1, 300)}:${pick(['password', 'token'])}=${look(pick(['placeholder', 'env_reference', 'aws_example_key']))}\n`;
    else if (r === 2) c.f`${f}:${int(1, 300)}:# the ${pick(['new', 'rotated', 'temp'])} key is ${noPrefix().m} (${person()})\n`;
    else if (r === 3) c.f`${f}:${int(1, 300)}:  password_hash: ${look('hash')}\n`;
    else c.f`${f}:${int(1, 300)}:    - POSTGRES_PASSWORD=${S('DATABASE_PASSWORD', humanPassword(true))}\n`;
  });
}
export function apiJson(d) {
  d.put('{"data": [\n'); const h0 = d.len;
  fill(d, int(500, 3200), (c) => {
    const n = personName();
    c.f`${d.len > h0 ? ',\n' : ''}  {"id": "${look(pick(['uuid', 'crm_id', 'ulid']))}", "name": "${P('PERSON', n)}", "email": "${email(n)}", "phone": "${phone()}", "city": "${city()}", "last_ip": "${clientIP()}", "created_at": "${look('timestamp')}", "plan_price": "${look('price')}"${chance(0.3) ? seq`, "api_token": "${jesc(secret().m)}"` : ''}${chance(0.3) ? seq`, "card": "${card()}"` : ''}}`;
  }, 30);
  d.f`\n], "request_id": "${look('request_id')}"}\n`;
}
export function sqlDump(d) {
  d.f`-- dump of customers (${look('date')})\nINSERT INTO customers (id, full_name, email, phone, address, city, ssn, card, iban, dob, zip) VALUES\n`; const h0 = d.len;
  fill(d, int(600, 3400), (c) => {
    const n = personName();
    c.f`${d.len > h0 ? ',\n' : ''}(${int(1, 99999)}, '${P('PERSON', n.replace(/'/g, ''))}', '${email(n)}', '${phone()}', '${street()}', '${city()}', '${chance(0.8) ? ssn() : look('invalid_ssn')}', '${chance(0.8) ? card() : look('invalid_card')}', '${chance(0.8) ? iban() : look('invalid_iban')}', '19${int(40, 99)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}', '${pad(int(1000, 99999), 5)}')`;
  }, 40);
  d.f`;\nINSERT INTO api_clients (name, secret) VALUES ('${svc()}', '${noPrefix().m}');\n`;
}
void L; void jwt; void pem; void pemText; void uuid; void nhs; void btc; void dea; void bankNumber; void passport; void driverLicense; void itin; void emailStr;
