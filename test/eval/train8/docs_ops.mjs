// train8: shell history, CI output, logs, stack traces, git output, markdown docs, crash dumps, JSON API answers
import { D, S, P, L, int, pick, chance, shuffle, str, digits, hex, b62, b64, lines, join, jsonEsc, mapv, pad, LOW, UP, DIG , rr } from './lib.mjs';
import { secret, sec, pemSecret, conn, anyConn, techLA, per, em, ph, ipS, cardS, ibanS, loc, city, X, KIND, pw } from './common.mjs';

const SVC = ['checkout', 'ledger', 'notifier', 'search', 'authz', 'media', 'billing', 'reports'];
const user = () => pick(['deploy', 'admin', 'jdoe', 'ci', 'ops', 'svc_etl', 'root', 'mlopez', 'kwame']);

// ---- shell history ----
function histCmd() {
  const f = pick([
    () => D`curl -u ${user()}:${S('BASIC_AUTH_PASSWORD', pw(true))} https://jenkins.acme.example/job/${pick(SVC)}/build?delay=0`,
    () => { const s = secret(); return D`curl -sS -H "Authorization: Bearer ${s.seg}" https://api.${pick(['acme', 'globex'])}.example/v1/me | jq .`; },
    () => { const s = secret(); return D`curl -H 'X-Api-Key: ${s.seg}' -d @payload.json https://ingest.acme.example/events`; },
    () => D`mysql -h mysql-1.acme.example -u root -p${S('MYSQL_PASSWORD', pw(true))} shop < dump.sql`,
    () => D`mysql --user=app --password=${S('MYSQL_PASSWORD', pw(true))} -e 'show processlist'`,
    () => D`PGPASSWORD=${S('POSTGRES_PASSWORD', pw(true))} psql -h db.acme.example -U reporting -d warehouse -c '\\dt'`,
    () => D`psql "${conn('POSTGRES_PASSWORD')}"`,
    () => D`docker login registry.acme.example -u ci -p ${S('DOCKER_REGISTRY_PASSWORD', pw(true))}`,
    () => D`echo ${S('DOCKERHUB_PAT', KIND.DOCKERHUB_PAT.g())} | docker login -u acmebot --password-stdin`,
    () => { const s = secret(); return D`env ${s.k.env}=${s.seg} ./bin/${pick(SVC)} --migrate`; },
    () => { const s = secret(); return D`export ${s.k.env}=${s.seg}`; },
    () => D`aws configure set aws_secret_access_key ${S('AWS_SECRET_KEY', KIND.AWS_SECRET_KEY.g())} --profile prod`,
    () => D`gh auth login --with-token <<< ${S('GITHUB_PAT', KIND.GITHUB_PAT.g())}`,
    () => D`git clone https://oauth2:${S('GITLAB_PAT', KIND.GITLAB_PAT.g())}@git.acme.example/platform/infra.git`,
    () => D`git remote set-url origin https://x-access-token:${S('GITHUB_SERVER_TO_SERVER_TOKEN', KIND.GITHUB_SERVER_TO_SERVER_TOKEN.g())}@git.globex.test/acme/site.git`,
    () => D`kubectl create secret generic db --from-literal=password=${S('DATABASE_PASSWORD', pw(true))} -n payments`,
    () => D`sshpass -p ${S('SSH_PASSWORD', pw(true))} ssh -o StrictHostKeyChecking=no admin@10.1.4.22`,
    () => D`redis-cli -h cache-01.globex.test -a ${S('REDIS_PASSWORD', pw(true))} --no-auth-warning info`,
    () => D`mongosh "${conn('MONGODB_PASSWORD')}"`,
    () => D`npm config set //npm.registry.acme.example/:_authToken ${S('NPM_TOKEN', KIND.NPM_TOKEN.g())}`,
    () => D`vault login ${S('VAULT_TOKEN', KIND.VAULT_TOKEN.g())}`,
    () => D`htpasswd -b -c /etc/nginx/.htpasswd admin ${S('ADMIN_PASSWORD', pw(true))}`,
    () => D`openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:${S('KEYSTORE_PASSWORD', pw(true))}`,
    () => D`wget --user=ftpuser --password='${S('FTP_PASSWORD', pw())}' ftp://ftp.partner.example/feed.csv`,
    () => D`az login --service-principal -u ${L('uuid', X.uuidv4())} -p ${S('AZURE_CLIENT_SECRET', KIND.AZURE_CLIENT_SECRET.g())} --tenant ${L('uuid', X.uuidv4())}`,
    () => D`heroku config:set STRIPE_SECRET_KEY=${S('STRIPE_SECRET_KEY', KIND.STRIPE_SECRET_KEY.g())} -a shop-prod`,
    () => D`nmcli dev wifi connect "Acme-Office" password "${S('WIFI_PASSPHRASE', pw())}"`,
    () => D`HF_TOKEN=${S('HUGGINGFACE_TOKEN', KIND.HUGGINGFACE_TOKEN.g())} python train.py --push-to-hub`,
    () => D`terraform apply -var "db_password=${S('DATABASE_PASSWORD', pw(true))}" -auto-approve`,
    () => D`ldapsearch -x -H ldaps://ldap.acme.example -D "cn=admin,dc=acme,dc=example" -w ${S('LDAP_BIND_PASSWORD', pw(true))} "(uid=jdoe)"`,
    () => D`rabbitmqctl change_password admin ${S('RABBITMQ_PASSWORD', pw(true))}`,
  ]);
  return f();
}
function histNoise() {
  return pick([
    () => D`git checkout ${L('git_sha', X.gitSha())}`, () => 'ls -la', () => 'cd ~/src/infra', () => D`docker pull registry.acme.example/api@${L('digest', X.digest())}`,
    () => D`kubectl rollout undo deploy/api --to-revision=${int(2, 30)}`, () => 'htop', () => D`npm i lodash@${L('version', X.version())}`, () => 'vim .env',
    () => D`curl -s https://status.acme.example/api/incidents/${L('uuid', X.uuidv4())}`, () => D`export AWS_ACCESS_KEY_ID=${L('aws_example_key', X.AWS_EXAMPLES[0])}`,
    () => D`ssh ${L('hostname', X.hostname())}`, () => D`export API_KEY=${L('placeholder', pick(['changeme', 'xxxxxxxx', '<your-token>']))}`, () => 'history | grep curl',
    () => D`echo $GITHUB_TOKEN | wc -c`, () => D`grep -r "${L('request_id', X.requestId())}" /var/log/app/`,
  ])();
}
export function shell_history() {
  const useTs = chance(0.4); let ts = +X.epoch().slice(0, 10); const out = [];
  const n = int(9, 18); const sens = new Set(shuffle([...Array(n).keys()]).slice(0, int(2, 4)));
  for (let i = 0; i < n; i++) {
    if (useTs) { ts += int(5, 4000); out.push(D`#${L('timestamp', String(ts))}`); }
    const cmd = sens.has(i) ? histCmd() : histNoise();
    out.push(chance(0.3) && !useTs ? D`${String(500 + i).padStart(5)}  ${cmd}` : cmd);
  }
  return lines([...out, '']);
}

// ---- CI output ----
export function ci_output() {
  const t = rr('ci_output', 3), ts = () => L('timestamp', X.isoTs());
  if (t === 0) { const s = secret(), s2 = secret(); return D`${ts()} ##[group]Run ./scripts/release.sh
${ts()} ./scripts/release.sh
${ts()} shell: /usr/bin/bash -e {0}
${ts()} env:
${ts()}   NPM_TOKEN: ***
${ts()}   ${s.k.env}: ${s.seg}
${ts()} ##[endgroup]
${ts()} + echo 'debug: using ${s2.k.name} ${s2.seg}'
${ts()} debug: using ${s2.k.name} ${s2.seg}
${ts()} npm notice package: @acme/sdk@${L('version', X.version())}
${ts()} npm notice integrity: ${L('integrity', X.integrity())}
${ts()} npm notice shasum: ${L('hash', hex(40))}
${ts()} + docker push registry.acme.example/sdk-docs:latest
${ts()} latest: digest: ${L('digest', X.digest())} size: 2417
##[warning]Secret ${s.k.env} was passed as plain env; prefer secrets.* (run ${L('build_number', X.buildNo())})
`; }
  if (t === 1) { const s = secret(); return D`Running with gitlab-runner 17.${int(0, 6)}.${int(0, 3)} (${L('git_sha', hex(8))})
  on runner-${str(LOW + DIG, 8)} ${L('hash', str(LOW + DIG, 8))}, system ID: s_${hex(12)}
Preparing the "docker" executor
Using docker image sha256:${L('hash', hex(64))} for node:20-alpine ...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out ${L('git_sha', hex(8))} as detached HEAD (ref is main)...
$ echo "//npm.registry.acme.example/:_authToken=\${NPM_TOKEN}" > .npmrc
$ cat .npmrc   # debugging auth failure, remove!
//npm.registry.acme.example/:_authToken=${S('NPM_TOKEN', KIND.NPM_TOKEN.g())}
$ npm publish
npm ERR! code E403
npm ERR! 403 Forbidden - PUT https://npm.registry.acme.example/@acme%2fui - token lacks publish scope
$ env | grep -i -E 'token|key'
CI_JOB_TOKEN=[MASKED]
${s.k.env}=${s.seg}
CI_COMMIT_SHA=${L('git_sha', X.gitSha())}
Cleaning up project directory and file based variables
ERROR: Job failed: exit code 1
`; }
  const s = secret(); const n = int(100, 999);
  return D`Started by user ${per('en').seg}
Running as SYSTEM
[Pipeline] Start of Pipeline
[Pipeline] node
Running on agent-${int(1, 9)} in /var/jenkins/workspace/${pick(SVC)}-deploy
[Pipeline] withCredentials
Masking supported pattern matches of $DB_PASS
[Pipeline] sh
+ ./gradlew flywayMigrate -Pflyway.url=jdbc:postgresql://db.acme.example/app -Pflyway.user=flyway -Pflyway.password=****
> Task :flywayMigrate
Successfully applied ${int(1, 6)} migrations to schema "public", now at version v${n}
[Pipeline] sh
+ curl -X POST https://chat.acme.example/hooks/deploy -H 'Content-Type: application/json' -H 'Authorization: Bearer ${s.seg}' -d '{"text":"deployed build ${n}"}'
{"ok":true,"ts":"${L('timestamp', X.epoch().slice(0, 10) + '.' + digits(6))}"}
[Pipeline] End of Pipeline
Finished: SUCCESS
`;
}

// ---- logs ----
const lvl = () => pick(['INFO', 'WARN', 'ERROR', 'DEBUG']);
function logLine(fmt) {
  const ts = L('timestamp', X.isoTs()), rid = L('request_id', X.requestId());
  const f = pick([
    () => fmt === 'json' ? D`{"ts":"${ts}","level":"info","msg":"login ok","user":"${em()}","ip":"${ipS()}","req":"${rid}"}` : D`${ts} INFO auth: login ok user=${em()} ip=${ipS()} req=${rid}`,
    () => D`${ipS()} - - [${L('timestamp', `${pad(int(1, 28), 2)}/${pick(['Mar', 'Apr', 'Sep'])}/2025:${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} +0000`)}] "GET /api/v1/orders/${L('order_number', X.orderNo().replace(/[# ]/g, ''))} HTTP/1.1" 200 ${int(200, 9000)} "-" "Mozilla/5.0"`,
    () => { const s = secret(); return D`${ipS()} - - [${L('timestamp', `${pad(int(1, 28), 2)}/Oct/2025:${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} +0200`)}] "GET /export?format=csv&api_key=${s.seg} HTTP/1.1" 200 ${int(2000, 90000)}`; },
    () => { const s = secret(); return fmt === 'json' ? D`{"ts":"${ts}","level":"debug","msg":"outbound request","headers":{"Authorization":"Bearer ${s.seg}","X-Request-Id":"${rid}"}}` : D`${ts} DEBUG http.client: > Authorization: Bearer ${s.seg}`; },
    () => D`${ts} ${lvl()} worker[${int(1000, 99999)}]: job ${L('uuid', X.uuidv4())} finished in ${int(3, 9000)}ms`,
    () => D`${ts} WARN db: connection reset, retrying ${anyConn()}`,
    () => D`${ts} INFO deploy: release ${L('version', X.version())} (${L('git_sha', X.shortSha())}) rolled out to ${L('hostname', X.hostname())}`,
    () => D`${ts} INFO signup: new account name="${per().seg}" phone=${ph()} country=${city()}`,
    () => D`${ts} ERROR sshd[${int(300, 9000)}]: Failed password for invalid user ${user()} from ${ipS()} port ${int(30000, 65000)} ssh2`,
    () => { const s = secret(); return D`${ts} WARN config: loaded ${s.k.env}=${s.seg} from file (expected vault ref)`; },
    () => D`${ts} INFO wallet: withdrawal queued user=${em()} to=${P('CRYPTO', X.btc())} amount=${L('price', (int(1, 90000) / 100000).toFixed(5) + ' BTC')} txid=${L('tx_hash', hex(64))}`,
    () => D`${ts} INFO payments: charge ok amount=${L('price', X.price())} card=${L('masked_card', X.maskedCard())} order=${L('order_number', X.orderNo())}`,
  ]);
  return f();
}
export function log() {
  const fmt = pick(['json', 'text']); const n = int(7, 14); const out = [];
  for (let i = 0; i < n; i++) out.push(logLine(fmt));
  return lines([...out, '']);
}

// ---- stack traces ----
export function stack_trace() {
  const t = rr('stack_trace', 5);
  if (t === 0) { const s = secret(); return D`Traceback (most recent call last):
  File "/srv/app/worker.py", line ${int(20, 400)}, in run
    client = PartnerClient(token=settings.PARTNER_TOKEN)
  File "/srv/app/partner.py", line ${int(10, 90)}, in __init__
    self._auth(token)
  File "/srv/app/partner.py", line ${int(91, 200)}, in _auth
    raise AuthError(f"rejected token {token!r} for {self.base}")
partner.AuthError: rejected token '${s.seg}' for https://api.partner.example/v2

Local variables in innermost frame:
    self = <partner.PartnerClient object at 0x7f${hex(10)}>
    token = '${s.seg}'
    db_url = '${conn()}'
    request_id = '${L('request_id', X.uuidv4())}'
`; }
  if (t === 1) { return D`org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection
	at org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)
	at com.acme.ledger.repo.AccountRepo.find(AccountRepo.java:${int(30, 300)})
	at com.acme.ledger.api.AccountController.get(AccountController.java:${int(30, 300)})
Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "ledger"
	connection properties: {url=jdbc:postgresql://db.acme.example:5432/ledger, user=ledger, password=${S('DATABASE_PASSWORD', pw())}, ssl=true}
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:${int(500, 800)})
	... ${int(20, 80)} more
[build ${L('version', X.version())} commit ${L('git_sha', X.gitSha())}] trace=${L('trace_id', X.traceId())}
`; }
  if (t === 2) { const s = secret(), s2 = secret(); return D`/srv/api/node_modules/axios/lib/core/settle.js:19
    reject(new AxiosError(
           ^
AxiosError: Request failed with status code 401
    at settle (/srv/api/node_modules/axios/lib/core/settle.js:19:12)
    at IncomingMessage.handleStreamEnd (/srv/api/node_modules/axios/lib/adapters/http.js:${int(500, 700)}:11) {
  code: 'ERR_BAD_REQUEST',
  config: {
    url: 'https://api.vendor.globex.test/v3/shipments',
    method: 'post',
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/json',
      Authorization: 'Bearer ${s.seg}',
      'X-Vendor-Secret': '${s2.seg}',
      'User-Agent': 'axios/${L('version', X.version())}'
    },
    data: '{"ref":"${L('order_number', X.orderNo())}","recipient":"${mapv(per().seg, jsonEsc)}"}'
  }
}

Node.js v20.${int(10, 18)}.0
`; }
  if (t === 3) { const s = secret(); return D`panic: runtime error: invalid memory address or nil pointer dereference [recovered]
	panic: config: upstream unavailable
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${hex(6)}]

goroutine ${int(1, 300)} [running]:
main.(*Server).dial(0xc000${hex(6)}, {0xc000${hex(6)}, 0x${hex(2)}})
	/src/cmd/server/main.go:${int(40, 300)} +0x${hex(3)}
config dump: &{Addr::8443 DSN:${conn()} Token:${s.seg} Region:eu-west-1 Build:${L('git_sha', X.shortSha())}}
exit status 2
`; }
  const s = secret(); return D`Unhandled exception. System.Net.Http.HttpRequestException: Response status code does not indicate success: 403 (Forbidden).
   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()
   at Acme.Reports.ExportJob.RunAsync(CancellationToken ct) in /src/Reports/ExportJob.cs:line ${int(40, 200)}
   --- request ---
   POST https://reports.acme.example/api/export
   X-API-KEY: ${s.seg}
   traceparent: 00-${L('trace_id', X.traceId())}-${hex(16)}-01
   ActivityId: ${L('uuid', X.uuidv4())}
`;
}

// ---- git output ----
export function git_output() {
  const t = rr('git_output', 3); const a = per(pick(['en', 'de', 'pl', 'in_lat', 'es', 'ko_lat', 'fr'])), b = per();
  const date = () => `${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${pick(['Mar', 'Jun', 'Oct'])} ${int(1, 28)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} 2025 +0${int(0, 5)}00`;
  if (t === 0) { const s = secret(), s2 = secret(); const f = pick(['local', 'prod', 'staging']); return D`commit ${L('git_sha', X.gitSha())}
Author: ${a.seg} <${em(a.p)}>
Date:   ${L('date', date())}

    wip: local config for ${pick(SVC)}

diff --git a/config/${f}.env b/config/${f}.env
index ${L('git_sha', hex(7))}..${L('git_sha', hex(7))} 100644
--- a/config/${f}.env
+++ b/config/${f}.env
@@ -3,6 +3,8 @@ PORT=8080
 LOG_LEVEL=info
-${s.k.env}=${L('placeholder', 'changeme')}
+${s.k.env}=${s.seg}
+${s2.k.env}="${s2.seg}"
 DATABASE_URL=${L('env_reference', '${DATABASE_URL}')}

commit ${L('git_sha', X.gitSha())}
Author: ${b.seg} <${em()}>
Date:   ${L('date', date())}

    bump deps to ${L('version', X.version())}
`; }
  if (t === 1) { const s = secret(); return D`$ git log --oneline -n 6
${L('git_sha', hex(7))} (HEAD -> main, origin/main) Merge pull request #${int(100, 4000)} from acme/fix-retry
${L('git_sha', hex(7))} remove hardcoded key (see SEC-${int(10, 400)})
${L('git_sha', hex(7))} add ${s.k.name} client
${L('git_sha', hex(7))} docs: update runbook
$ git show ${L('git_sha', hex(7))} -- src/clients/partner.ts | head -20
Author: ${a.seg} <${em(a.p)}>
@@ -1,7 +1,7 @@
 import { Client } from './base';
-const TOKEN = '${s.seg}';
+const TOKEN = process.env.PARTNER_TOKEN!;
 export const partner = new Client({ token: TOKEN, retries: 3 });
`; }
  const s = secret(); return D`$ git blame -L 10,16 deploy/values.yaml
${L('git_sha', hex(8))} (${a.seg} ${L('date', `2025-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`)} 10) image:
${L('git_sha', hex(8))} (${a.seg} ${L('date', `2025-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`)} 11)   tag: ${L('version', X.version())}
${L('git_sha', hex(8))} (${b.seg} ${L('date', `2024-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`)} 12) secrets:
${L('git_sha', hex(8))} (${b.seg} ${L('date', `2024-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`)} 13)   ${s.k.env.toLowerCase()}: ${s.seg}
${L('git_sha', hex(8))} (${b.seg} ${L('date', `2024-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`)} 14)   dbUrl: ${conn()}
$ git config --get user.email
${em(b.p)}
`;
}

// ---- markdown docs ----
export function markdown_doc() {
  const t = rr('markdown_doc', 3);
  if (t === 0) { const s = secret(), s2 = secret(); return D`# ${pick(SVC)} — local setup

1. Copy \`.env.example\` to \`.env\`.
2. Fill in \`${s.k.env}\`. For the shared sandbox you can use:

   \`\`\`bash
   export ${s.k.env}=${s.seg}
   \`\`\`

3. Never commit real values; the example file uses \`${L('placeholder', '<your-token>')}\`.

| variable | example | notes |
|---|---|---|
| \`AWS_ACCESS_KEY_ID\` | \`${L('aws_example_key', X.AWS_EXAMPLES[0])}\` | from the AWS docs |
| \`${s2.k.env}\` | \`${s2.seg}\` | staging only, rotate monthly |
| \`STRIPE_PUBLISHABLE_KEY\` | \`${L('public_key', X.pkLive())}\` | public |
| \`RELEASE\` | \`${L('version', X.version())}\` | |

Questions: ask ${per().seg} (${em()}).
`; }
  if (t === 1) { const p1 = pw(), s = secret(); return D`## Runbook: failover of the orders database

> Owner: ${per().seg} · on-call phone ${ph()} · last reviewed ${L('date', X.date())}

* Primary: \`orders-db.prod.initech.example\` — replica \`${L('hostname', X.hostname())}\`
* Break-glass login: user \`postgres\`, password \`${S('POSTGRES_PASSWORD', p1)}\` (yes, it is here on purpose until Vault is back)
* Connection string for the replica:

      ${conn()}

### Steps
1. Pause writers: \`kubectl scale deploy/orders-writer --replicas=0\`
2. Promote: \`pg_ctl promote -D /var/lib/postgresql/data\`
3. Notify via the bot (token \`${s.seg}\`).

Incident template id: ${L('uuid', X.uuidv4())}
`; }
  const s = secret(); return D`# Changelog

## [${L('version', X.version())}] - ${L('date', X.date())}
### Security
- Rotated the ${s.k.name}; the leaked value \`${s.seg}\` is revoked (kept here so the scanner allowlist can reference it).
- Removed \`${L('aws_example_key', X.AWS_EXAMPLES[1])}\` from samples (it is the AWS documentation key anyway).

## [${L('version', X.version())}] - ${L('date', X.date())}
### Fixed
- Checkout rounding for ${L('price', X.price())} orders (#${int(100, 999)}), thanks ${per().seg}!
- Lockfile now pins \`left-pad\` with integrity \`${L('integrity', X.integrity())}\`.
`;
}

// ---- crash dump ----
export function crash_dump() {
  const s = secret(), s2 = secret(); const reg = () => L('memory_address', '0x' + hex(16));
  return D`*** Crash report: ${pick(['ledgerd', 'edge-proxy', 'sync-agent'])} ${L('version', X.version())} ***
Signal 11 (SIGSEGV) at ${reg()}
Build-Id: ${L('hash', hex(40))}
Registers:
  rax ${reg()}  rbx ${reg()}
  rcx ${reg()}  rdx ${reg()}
  rip ${reg()}  rsp ${reg()}
Environment:
  HOME=/var/lib/app
  ${s.k.env}=${s.seg}
  CONN_STR=${anyConn()}
  HOSTNAME=${L('hostname', X.hostname())}
Memory near fault:
  7ffd${hex(8)}  ${hex(8)} ${hex(8)} ${hex(8)} ${hex(8)}  |................|
  7ffd${hex(8)}  42 65 61 72 65 72 20 ...  |Bearer ${s2.seg}|
Threads: ${int(4, 64)}  Uptime: ${int(1, 999)}s  Dump-Id: ${L('uuid', X.uuidv4())}
`;
}

// ---- JSON API answers ----
export function json_api() {
  const t = rr('json_api', 5);
  if (t === 0) { const tok = KIND.OAUTH_ACCESS_TOKEN_JWT.g(); return D`{
  "access_token": "${S('OAUTH_ACCESS_TOKEN_JWT', tok)}",
  "token_type": "Bearer",
  "expires_in": 3600,
  "refresh_token": "${S('OAUTH_REFRESH_TOKEN', 'rt_' + b62(48))}",
  "id_token": "${S('OIDC_ID_TOKEN', KIND.OAUTH_ACCESS_TOKEN_JWT.g())}",
  "scope": "openid profile email",
  "session_state": "${L('uuid', X.uuidv4())}"
}
`; }
  if (t === 1) { const a = per(), b = per(); return D`{
  "data": [
    { "id": "${L('crm_id', X.crmId())}", "name": "${a.seg}", "email": "${em(a.p)}", "phone": "${ph()}", "last_ip": "${ipS()}", "city": "${city()}", "created_at": "${L('timestamp', X.isoTs())}" },
    { "id": "${L('crm_id', X.crmId())}", "name": "${b.seg}", "email": "${em()}", "phone": "${ph()}", "last_ip": "${ipS()}", "city": "${city()}", "created_at": "${L('timestamp', X.isoTs())}" }
  ],
  "page": { "next_cursor": "${L('cursor', b64(24))}", "total": ${int(2, 900)} },
  "request_id": "${L('request_id', X.requestId())}"
}
`; }
  if (t === 2) { const a = per(); const cc = pick(['DE', 'FR', 'ES', 'PL', 'BR', 'JP']); const [st, ct] = X.streetCity(cc.toLowerCase()); return D`{
  "object": "customer",
  "id": "cus_${b62(14)}",
  "name": "${a.seg}",
  "email": "${em(a.p)}",
  "address": { "line1": "${P('LOCATION', st)}", "city": "${P('LOCATION', ct)}", "country": "${cc}" },
  "payment_method": { "type": "sepa_debit", "iban": "${ibanS()}", "mandate": "${L('crm_id', 'mandate_' + b62(16))}" },
  "backup_card": { "number": "${cardS()}", "exp": "${pad(int(1, 12), 2)}/${int(26, 31)}" },
  "invoice_prefix": "${L('invoice_number', X.invoiceNo())}",
  "created": ${L('timestamp', X.epoch().slice(0, 10))}
}
`; }
  if (t === 3) { const s = secret(), s2 = secret(); return D`{
  "integration": { "id": "${L('uuid', X.uuidv4())}", "provider": "${s.k.name}", "status": "active" },
  "credentials": { "key": "${s.seg}", "secondary": "${s2.seg}", "rotated_at": "${L('timestamp', X.isoTs())}" },
  "webhook": { "url": "https://hooks.acme.example/in/${hex(12)}", "signing_secret": "${S('WEBHOOK_SIGNING_SECRET', KIND.WEBHOOK_SIGNING_SECRET.g())}" },
  "etag": "W/\\"${L('hash', X.md5())}\\""
}
`; }
  const a = per(); return D`{"event":"payout.failed","id":"evt_${b62(20)}","created":${L('timestamp', X.epoch().slice(0, 10))},"data":{"beneficiary":{"name":"${mapv(a.seg, jsonEsc)}","iban":"${ibanS()}","bic":"${str(UP, 6)}${str(UP + DIG, 2)}","address":"${loc()}"},"amount":"${L('price', X.price())}","reason":"account closed","wallet_fallback":"${P('CRYPTO', X.btc())}"},"request_id":"${L('request_id', X.requestId())}"}
`;
}
