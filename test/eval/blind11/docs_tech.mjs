// blind11: technical documents (logs, source code, shell history, CI, cloud CLI, git, traces, grep, APIs, SQL).
import { int, pick, chance, str, digits, pad, HEX, LOWAN, B62, S, P, L, b64 } from './lib.mjs';
import { nextSecret, KIND_MAP, PEMS, smallPem, pemEscape, sec, humanPassword, genericSecret, sshEd25519Pub } from './secrets.mjs';
import { pairs, secretPair, snake, camel, q, connString, cmdWithSecret, look, anyLook, email, emailFor, phone, person, clientIp, ts, tsL, userPass } from './common.mjs';
import { infraIp, card, iban, ssn, COMPANIES, city, publicIp } from './pii.mjs';

const anySecret = () => { const x = nextSecret((e) => !/PRIVATE_KEY$|SEED_PHRASE|KUBECONFIG/.test(e)); return S(x.e, x.v); };
export function appLog(d) {
  const svc = pick(['auth-svc', 'checkout', 'gateway', 'mailer', 'sync-worker']);
  d.fill(int(800, 3600), (d) => {
    const f = int(0, 8);
    const pre = () => d.put([tsL(), ' ', pick(['INFO', 'WARN', 'DEBUG', 'ERROR']), ' [', svc, '] ']);
    pre();
    if (f === 0) d.put(['login ok user=', email(), ' ip=', clientIp(), ' req=', look('request_id'), '\n']);
    else if (f === 1) d.put(['POST /v1/payments amount=', look('price'), ' order=', look('order_number'), ' card=', look('masked_card'), ' client=', clientIp(), '\n']);
    else if (f === 2) d.put(['outbound call headers={"Authorization":"Bearer ', anySecret(), '","X-Request-Id":"', look('uuid'), '"}\n']);
    else if (f === 3) d.put(['connecting to ', connString(), ' (attempt ', int(1, 5), ')\n']);
    else if (f === 4) d.put(['password reset requested for ', email(), ' from ', clientIp(), ', sms sent to ', phone(), '\n']);
    else if (f === 5) d.put(['trace=', look('trace_id'), ' span done in ', int(2, 900), 'ms host=', look('hostname'), '\n']);
    else if (f === 6) d.put(['config loaded: api_key=', look('placeholder'), ' fallback_key=', anySecret(), '\n']);
    else if (f === 7) d.put(['customer ', P('PERSON', person().full), ' updated shipping address to ', P('LOCATION', pick(['14 rue des Acacias', '221 Larkspur Lane', 'Hauptstraße 12', 'Calle de Toledo 87'])), ', ', city(), '\n']);
    else d.put(['GET /healthz 200 from ', infraIp(), ' build=', look('build_number'), '\n']);
  });
}
export function accessLog(d) {
  d.fill(int(800, 3600), (d) => {
    d.put([clientIp(), ' - ', chance(0.3) ? email() : '-', ' [', pad(int(1, 28), 2), '/Nov/2026:', pad(int(0, 23), 2), ':', pad(int(0, 59), 2), ':', pad(int(0, 59), 2), ' +0000] "', pick(['GET', 'POST', 'PUT']), ' ']);
    const r = int(0, 4);
    if (r === 0) d.put(['/api/v1/export?token=', anySecret(), '&format=csv']);
    else if (r === 1) d.put(['/static/app.', look('git_sha_short'), '.js']);
    else if (r === 2) d.put(['/orders/', look('order_number')]);
    else d.put(['/', pick(['login', 'cart', 'search?q=shoes', 'healthz'])]);
    d.put([' HTTP/1.1" ', pick([200, 200, 302, 404, 500]), ' ', int(200, 90000), ' "-" "Mozilla/5.0"\n']);
  });
}
const LANGS = {
  python: (d, k, v) => d.put([snake(k), ' = ', q(v), '\n']),
  javascript: (d, k, v) => d.put(['const ', camel(k), ' = ', q(v, "'"), ';\n']),
  typescript: (d, k, v) => d.put(['export const ', k, ': string = ', q(v), ';\n']),
  go: (d, k, v) => d.put(['\t', camel(k), ' := ', q(v, '`'), '\n']),
  java: (d, k, v) => d.put(['    private static final String ', k, ' = ', q(v), ';\n']),
  rust: (d, k, v) => d.put(['const ', k, ': &str = ', q(v), ';\n']),
  ruby: (d, k, v) => d.put([k, ' = ', q(v, "'"), '.freeze\n']),
  php: (d, k, v) => d.put(["define('", k, "', ", q(v, "'"), ');\n']),
  csharp: (d, k, v) => d.put(['        public const string ', camel(k), ' = ', q(v), ';\n']),
  kotlin: (d, k, v) => d.put(['    val ', camel(k), ' = ', q(v), '\n']),
  swift: (d, k, v) => d.put(['let ', camel(k), ' = ', q(v), '\n']),
  bash: (d, k, v) => d.put(['export ', k, '=', q(v, "'"), '\n']),
  scala: (d, k, v) => d.put(['  val ', camel(k), ' = ', q(v), '\n']),
  c: (d, k, v) => d.put(['#define ', k, ' ', q(v), '\n']),
};
const CMT = { python: '#', ruby: '#', bash: '#' };
export function sourceCode(d) {
  const lang = pick(Object.keys(LANGS)); const c = CMT[lang] || '//';
  d.put([c, ' ', pick(['TODO move to secret manager', 'temporary, remove before release', 'client for the partner API', 'integration test fixtures']), ' - ', P('PERSON', person().full), '\n']);
  d.put([c, ' see ', look('ticket_id'), ', last touched in ', look('git_sha_short'), '\n']);
  d.fill(int(500, 3000), (d) => {
    const f = int(0, 6);
    if (f <= 2) { for (const [k, v] of pairs(int(2, 4), [4, 1, 3, 1])) LANGS[lang](d, k.replace(/[^A-Z0-9_]/gi, '_'), v); }
    else if (f === 3) { d.put([c, ' fixture customer\n']); LANGS[lang](d, 'TEST_EMAIL', email()); LANGS[lang](d, 'TEST_CARD', look('vendor_test_card')); LANGS[lang](d, 'TEST_PHONE', phone()); }
    else if (f === 4) { LANGS[lang](d, 'DSN', connString()); }
    else if (f === 5) { d.put([c, ' headers\n']); LANGS[lang](d, 'AUTH_HEADER', ['Bearer ', anySecret()]); }
    else { LANGS[lang](d, 'PRIVATE_KEY', (() => { const e = smallPem(); return S(e, pemEscape(PEMS[e]())); })()); }
  });
}
export function shellHistory(d) {
  let n = int(300, 2000); const numbered = chance(0.5);
  d.fill(int(600, 3200), (d) => {
    d.t(numbered ? `  ${n++}  ` : '');
    const f = int(0, 6);
    if (f <= 2) d.put([cmdWithSecret(), '\n']);
    else if (f === 3) d.put([pick(['cd /srv/app', 'ls -la', 'git pull', 'kubectl get pods -n payments', 'docker ps', 'tail -f /var/log/syslog', 'htop']), '\n']);
    else if (f === 4) d.put(['git checkout ', look('git_sha'), '\n']);
    else if (f === 5) d.put(['echo ', look('env_reference'), '\n']);
    else d.put(['ssh ', pick(['ops', 'deploy', 'root']), '@', chance(0.5) ? look('hostname') : infraIp(), '\n']);
  });
}
export function ciOutput(d) {
  d.put(['Running on runner ', look('hostname'), ' (job ', look('build_number'), ')\n', '$ git checkout -f ', look('git_sha'), '\n']);
  d.fill(int(700, 3400), (d) => {
    const f = int(0, 6);
    if (f === 0) d.put(['$ echo "token=', anySecret(), '" >> .npmrc\n']);
    else if (f === 1) d.put(['+ ', cmdWithSecret(), '\n']);
    else if (f === 2) d.put(['Step ', int(1, 20), '/', int(20, 30), ' : RUN pip install -r requirements.txt\n ---> Using cache\n ---> ', look('git_sha_short'), '\n']);
    else if (f === 3) d.put(['DEBUG env: ', pick(['DEPLOY_KEY', 'SLACK_TOKEN', 'API_SECRET', 'PASSWD']), '=', anySecret(), '\n']);
    else if (f === 4) d.put(['  secret ', look('env_reference'), ' masked as ', look('redacted'), '\n']);
    else if (f === 5) d.put(['Pushed image sha: ', look('digest'), ' tag ', look('version'), '\n']);
    else d.put(['ok  	', pick(['pkg/auth', 'pkg/billing', 'internal/api']), '	', (int(1, 900) / 100).toFixed(2), 's\n']);
  });
  d.put(['Job succeeded at ', tsL(), '\n']);
}
export function cloudCli(d) {
  const f0 = int(0, 2);
  if (f0 === 0) { d.put(['$ aws sts get-session-token\n{\n    "Credentials": {\n        "AccessKeyId": "', sec('AWS_TEMPORARY_ACCESS_KEY'), '",\n        "SecretAccessKey": "', sec('AWS_SECRET_KEY'), '",\n        "SessionToken": "', sec('AWS_SESSION_TOKEN'), '",\n        "Expiration": "', tsL(), '"\n    }\n}\n']); }
  else if (f0 === 1) { d.put(['$ aws iam create-access-key --user-name ', pick(['ci-bot', 'backup', 'etl']), '\n{\n    "AccessKey": {\n        "UserName": "ci-bot",\n        "AccessKeyId": "', sec('AWS_ACCESS_KEY'), '",\n        "Status": "Active",\n        "SecretAccessKey": "', sec('AWS_SECRET_KEY'), '",\n        "CreateDate": "', tsL(), '"\n    }\n}\n']); }
  else { d.put(['$ az storage account keys list -g rg-', pick(['prod', 'data']), ' -n st', str(LOWAN, 8), '\n[\n  {\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "', sec('AZURE_STORAGE_ACCOUNT_KEY'), '"\n  }\n]\n']); }
  d.fill(int(900, 3400), (d) => {
    const f = int(0, 3);
    if (f === 0) d.put(['$ aws ec2 describe-instances --query ...\n"', look('arn'), '"\n"i-', str(HEX, 17), '"  ', infraIp(), '  ', look('hostname'), '\n']);
    else if (f === 1) d.put(['$ gcloud secrets versions access latest --secret=', pick(['smtp-pass', 'api-key', 'db-root']), '\n', anySecret(), '\n']);
    else if (f === 2) d.put(['$ aws s3 ls s3://backups-', look('aws_account_id'), '/\n', look('date'), ' ', int(1000, 90000000), ' dump-', look('timestamp'), '.sql.gz\n']);
    else d.put(['$ heroku config:get ', pick(['DATABASE_URL', 'REDIS_URL']), '\n', connString(), '\n']);
  });
}
export function gitOutput(d) {
  d.fill(int(700, 3400), (d) => {
    const p = person(); const f = int(0, 2);
    if (f === 0) d.put(['commit ', look('git_sha'), '\nAuthor: ', P('PERSON', p.full), ' <', emailFor(p), '>\nDate:   ', look('date'), '\n\n    ', pick(['fix flaky test', 'rotate credentials', 'remove hardcoded key (oops)', 'bump deps to ', 'add partner integration']), '\n\n']);
    else if (f === 1) { const [k, v] = secretPair(); d.put(['diff --git a/.env b/.env\nindex ', look('git_sha_short'), '..', look('git_sha_short'), ' 100644\n--- a/.env\n+++ b/.env\n@@ -3,2 +3,2 @@\n-', k, '=', look('placeholder'), '\n+', k, '=', v, '\n']); }
    else d.put(['Merge: ', look('git_sha_short'), ' ', look('git_sha_short'), '\nAuthor: ', P('PERSON', p.full), ' <', emailFor(p), '>\n\n    Merge branch \'release/', look('version'), '\'\n\n']);
  });
}
export function stackTrace(d) {
  d.put(['Traceback (most recent call last):\n  File "/srv/app/', pick(['billing', 'sync', 'auth']), '/client.py", line ', int(10, 400), ', in request\n    resp = session.post(url, headers=headers)\n']);
  d.fill(int(700, 3000), (d) => {
    const f = int(0, 3);
    if (f === 0) d.put(['  File "/usr/lib/python3/site-packages/requests/sessions.py", line ', int(100, 700), ', in send\n']);
    else if (f === 1) d.put(['requests.exceptions.HTTPError: 401 Client Error for url: https://api.partner.example/v2/charge?key=', anySecret(), '\n']);
    else if (f === 2) d.put(['  locals: user=', email(), ' card=', card(), ' retry=', int(0, 3), '\n']);
    else d.put(['at com.acme.', pick(['db.Pool', 'auth.Login', 'pay.Gateway']), '.connect(', pick(['Pool', 'Login', 'Gateway']), '.java:', int(20, 800), ') url=', connString(), '\n']);
  });
}
export function grepOutput(d) {
  d.put(['$ grep -rn ', pick(['"password"', '-i token', '"secret"', 'api_key']), ' .\n']);
  d.fill(int(500, 3200), (d) => {
    const file = pick(['config/settings.py', 'deploy/values.yaml', '.env.bak', 'scripts/sync.sh', 'README.md', 'src/main/resources/application.yml', 'tests/fixtures.json']);
    const f = int(0, 4);
    d.put(['./', file, ':', int(1, 400), ':']);
    if (f <= 1) { const [k, v] = secretPair(); d.put([snake(k), ' = "', v, '"\n']); }
    else if (f === 2) { const [k, v] = [pick(['password', 'token', 'api_key']), pick([look('placeholder'), look('env_reference')])]; d.put([k, ': ', v, '\n']); }
    else if (f === 3) d.put(['# contact ', email(), ' for access\n']);
    else d.put([userPass(), '\n']);
  });
}
export function jsonApi(d) {
  d.put(['HTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: ', look('request_id'), '\nETag: ', look('etag'), '\n\n{"data": [\n']);
  let first = true;
  d.fill(int(700, 3400), (d) => {
    const p = person();
    d.put([first ? '' : ',\n', '  {"id": "', look('crm_id'), '", "name": "', P('PERSON', p.full), '", "email": "', emailFor(p), '", "phone": "', phone(), '", "city": "', city(), '", "created_at": "', tsL(), '"']);
    if (chance(0.3)) d.put([', "api_key": "', anySecret(), '"']);
    if (chance(0.3)) d.put([', "last_ip": "', clientIp(), '"']);
    if (chance(0.2)) d.put([', "avatar": "', look('data_uri'), '"']);
    d.t('}'); first = false;
  });
  d.t('\n], "next_cursor": "'); d.put(look('ulid')); d.t('"}\n');
}
export function sqlDump(d) {
  d.t('-- MySQL dump 10.13\n-- Host: db-01    Database: shop\n\nINSERT INTO `customers` (`id`,`full_name`,`email`,`phone`,`ssn`,`card`,`password_plain`,`dob`,`zip`) VALUES\n');
  let first = true;
  d.fill(int(800, 3400), (d) => {
    const p = person();
    d.put([first ? '' : ',\n', '(', int(1, 99999), ",'", P('PERSON', p.full.replace(/'/g, '')), "','", emailFor(p), "','", phone(), "','", chance(0.8) ? ssn() : look('invalid_ssn'), "','", chance(0.8) ? card() : look('invalid_card'), "','", S('USER_PASSWORD', humanPassword().replace(/'/g, '')), "','", `${int(1950, 2004)}-0${int(1, 9)}-1${int(0, 9)}`, "','", digits(5), "')"]);
    first = false;
  });
  d.t(';\n-- Dump completed\n');
}
export function keyFile(d) {
  const e = pick(['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PGP_PRIVATE_KEY', 'PKCS8_EC_PRIVATE_KEY', 'ED25519_PRIVATE_KEY']);
  d.put(['$ ', pick(['cat ~/.ssh/id_deploy', 'cat deploy/tls.key', 'kubectl get secret tls -o jsonpath={.data.key} | base64 -d', 'cat backup/signing.asc', 'head -50 certs/server.key']), '\n']);
  d.put([S(e, PEMS[e]()), '\n']);
  d.put(['$ cat ~/.ssh/id_deploy.pub\n', L('public_key', 'ssh-ed25519 ' + sshEd25519Pub().toString('base64')), ' ', pick(['deploy@ci', 'ops@bastion']), '\n']);
  d.put(['$ ssh-keygen -lf id_deploy\n256 ', look('ssh_fingerprint'), ' ', pick(['deploy@ci', 'ops@bastion']), ' (ED25519)\n']);
  if (d.len < 2600 && chance(0.5)) d.put(['$ cat certs/ca.pem\n', look('certificate'), '\n']);
}
