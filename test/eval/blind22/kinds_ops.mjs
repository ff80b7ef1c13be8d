// Document kinds: CI logs, build output, crash dumps, application/system/access logs, cloud CLI
// output, shell history, git output, Kubernetes manifests, Terraform state.
import { R, A } from './prng.mjs';
import { S, P, L, F, J, RAW, FS, jq, mapFrag } from './builder.mjs';
import * as C from './ctx.mjs';
import { Clock } from './look.mjs';
import * as LK from './look.mjs';
import * as PII from './pii.mjs';
import * as SEC from './secrets.mjs';
import { jesc } from './builder.mjs';

const { lk, per, perP, em, ph, ip, ip4, loc, ctry, sec, kv, pwKV, user, corp, dom, hexs } = C;
const r = (a, n) => R.str(a, n);
const target = (lo = 1400, hi = 3800) => R.int(lo, hi);

// ---------------------------------------------------------------- ci_log
function ciNoise(c) {
  return R.pick([
    () => F`Current runner version: '${lk('version')}'`,
    () => F`HEAD is now at ${L('git_sha', LK.gitSha(true))} ${R.pick(['fix: retry on 429', 'chore(deps): bump lockfile', 'feat: add export endpoint', 'Merge pull request #' + R.int(10, 4000)])}`,
    () => F`added ${R.int(200, 2000)} packages, audited ${R.int(200, 2100)} packages in ${R.int(5, 90)}s`,
    () => F`#${R.int(3, 19)} [${R.int(1, 9)}/${R.int(9, 12)}] RUN ${R.pick(['pip install -r requirements.txt', 'go build ./...', 'npm run build', 'apt-get update'])}`,
    () => F`#${R.int(3, 19)} DONE ${R.int(0, 90)}.${R.int(0, 9)}s`,
    () => F`${R.pick(['latest', 'v2', 'main'])}: digest: ${lk('digest')} size: ${R.int(500, 4000)}`,
    () => F`Cache restored from key: ${R.pick(['node-cache-Linux-', 'gradle-', 'pip-'])}${L('hash', hexs(64))}`,
    () => F`Tests: ${R.int(100, 900)} passed, ${R.int(0, 3)} skipped (${C.dur()})`,
    () => F`Uploading artifact 'dist' (${R.int(1, 90)}.${R.int(0, 9)} MB) build ${lk('build_number')}`,
    () => F`Run ID ${L('request_id', String(R.int(1e9, 9e9)))} triggered by push to ${R.pick(['main', 'release/2026.3', 'feature/export-v2'])}`,
    () => F`Pulling image ${R.pick(['node', 'python', 'golang', 'postgres'])}@${lk('digest')}`,
    () => F`Status: Downloaded newer image for registry.${dom()}/base/${R.pick(['node', 'jdk', 'py'])}:${lk('version')}`,
  ])();
}
function ciLeak(c) {
  return R.pick([
    () => { const k = C.kv('env'); return F`+ export ${k.key}=${k.span}`; },
    () => F`+ curl -sS -H 'Authorization: Bearer ${sec(R.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'OPAQUE_BEARER_TOKEN', 'VAULT_SERVICE_TOKEN', 'DIGITALOCEAN_PAT', 'CLOUDFLARE_API_TOKEN', 'HEROKU_API_KEY']))}' https://deploy.${dom()}/api/v1/releases`,
    () => F`+ docker login registry.${dom()} -u ${user()} -p ${sec(R.pick(['DOCKER_HUB_PAT', 'GITLAB_DEPLOY_TOKEN', 'ARTIFACTORY_API_KEY']))}`,
    () => F`+ git clone https://x-access-token:${sec(R.pick(['GITHUB_INSTALLATION_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN']))}@git.${dom()}/${corp()}/infra.git`,
    () => { const k = C.kv('env'); return F`  ${k.key}: ${k.span}`; },
    () => F`+ npm config set //npm.${dom()}/:_authToken ${sec('NPM_ACCESS_TOKEN')}`,
    () => F`+ curl -fsS -H "Authorization: Basic ${C.basicAuth(user(), SEC.pwValue({ urlSafe: true }))}" https://nexus.${dom()}/service/rest/v1/status`,
    () => F`+ psql postgresql://${user()}:${C.connPw()}@${C.host()}:5432/${R.pick(['app', 'billing', 'analytics'])} -c 'select 1'`,
    () => F`Seeding test user name="${C.perAny()}" email=${em()}`,
    () => F`+ mvn -B deploy -Dsonar.login=${sec('SONARQUBE_TOKEN')} -Drepo.password=${C.cliPw()}`,
    () => { const k = C.kv('env'); return F`  ${k.key}=${k.span}`; },
  ])();
}
function ciLog(d) {
  const c = new Clock();
  const v = R.int(0, 2);
  const T = () => { c.tick(4000); return L('timestamp', c.iso(false).replace('Z', '.' + r(A.digit, 7) + 'Z')); };
  if (v === 0) {
    d.add(F`${T()} Requested labels: ${R.pick(['ubuntu-latest', 'self-hosted, linux, x64', 'ubuntu-24.04'])}\n`);
    d.add(F`${T()} Job defined at: ${corp()}/${R.pick(['payments-api', 'web', 'etl', 'infra'])}/.github/workflows/${R.pick(['ci.yml', 'deploy.yml', 'release.yaml'])}@refs/heads/main\n`);
    d.add(F`${T()} Runner name: '${lk('hostname')}'\n`);
  } else if (v === 1) {
    d.add(F`Running with gitlab-runner ${lk('version')} (${L('git_sha', hexs(8))})\n  on ${lk('hostname')} ${r(A.alnum, 8)}, system ID: s_${hexs(12)}\n`);
    d.add(F`section_start:${L('timestamp', c.epoch())}:prepare_executor\nUsing Docker executor with image ${R.pick(['node:20', 'python:3.12', 'golang:1.23'])} ...\n`);
  } else {
    d.add(F`Started by user ${C.perAny()}\nRunning as SYSTEM\nBuilding in workspace /var/lib/jenkins/workspace/${R.pick(['api-deploy', 'nightly-etl', 'mobile-release'])}\n`);
    d.add(F`[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on ${lk('hostname')} in /home/jenkins/agent\n`);
  }
  const tgt = target(1800, 3900);
  d.fill((i) => {
    const body = R.chance(0.3) ? ciLeak(c) : ciNoise(c);
    if (v === 0) return F`${T()} ${body}\n`;
    if (v === 1) return R.chance(0.2) ? F`section_start:${L('timestamp', c.tick(3000).epoch())}:step_script\n$ ${body}\n` : F`${body}\n`;
    return R.chance(0.25) ? F`[Pipeline] sh\n${body}\n` : F`${body}\n`;
  }, tgt, 120);
  d.tryAdd(v === 0 ? F`${T()} Cleaning up orphan processes\n` : v === 1 ? F`Job succeeded\n` : F`Finished: ${R.pick(['SUCCESS', 'FAILURE', 'UNSTABLE'])}\n`);
}

// ---------------------------------------------------------------- build_output
function buildOutput(d) {
  const v = R.int(0, 4);
  if (v === 0) {
    d.add(F`> ${corp()}-web@${lk('version')} build\n> vite build --mode production\n\nvite ${lk('version')} building for production...\n`);
    d.fill(() => R.pick([
      () => F`dist/assets/index-${r(A.alnum, 8)}.js   ${R.int(10, 900)}.${R.int(10, 99)} kB │ gzip: ${R.int(5, 300)}.${R.int(10, 99)} kB\n`,
      () => { const k = C.kv('env'); return F`[define] import.meta.env.VITE_${k.key} = "${k.span}"\n`; },
      () => F`(!) Some chunks are larger than 500 kB after minification. build ${lk('build_number')}\n`,
      () => F`  resolved ${lk('integrity')}\n`,
      () => F`warning: leaked into bundle: SENTRY_AUTH_TOKEN=${sec('SENTRY_USER_AUTH_TOKEN')}\n`,
    ])(), target());
  } else if (v === 1) {
    d.add(F`Starting a Gradle Daemon (subsequent builds will be faster)\n> Configure project :app\nGradle ${lk('version')}, JVM ${L('version', R.pick(['17.0.12', '21.0.4']))}\n`);
    d.fill(() => R.pick([
      () => F`> Task :app:${R.pick(['compileKotlin', 'mergeReleaseResources', 'lintVitalRelease', 'bundleRelease'])}\n`,
      () => F`> Task :app:signingReport\nVariant: release\nStore: /home/runner/keys/release.jks\nAlias: upload\nStore password: ${S('KEYSTORE_PASSWORD', SEC.machinePassword({ noSym: R.chance(0.5) }))}\nMD5: ${L('hash', LK.md5().toUpperCase().match(/../g).join(':'))}\n`,
      () => F`Publishing to https://maven.${dom()}/releases with user ${user()} / ${S('KEYSTORE_PASSWORD', SEC.machinePassword())}\n`,
      () => F`w: file:///src/app/src/main/kotlin/Config.kt:${R.int(10, 99)}:${R.int(1, 40)} Hard-coded key '${C.kv('camel').span}'\n`,
      () => F`> Task :app:${R.pick(['testReleaseUnitTest', 'kaptReleaseKotlin', 'minifyReleaseWithR8'])}\nw: ${R.pick(['deprecated API', 'unchecked cast'])} in ${R.pick(['Api', 'Repo', 'Sync'])}.kt (user ${C.perAny()} in @author tag)\n`,
      () => F`Downloading https://maven.${dom()}/releases/com/${corp().replace(/-/g, '')}/core/${LK.version().replace(/^v/, '')}/core.pom\n`,
    ])(), target(), 120);
    d.tryAdd(F`BUILD SUCCESSFUL in ${R.int(20, 300)}s\n${R.int(20, 90)} actionable tasks: ${R.int(5, 40)} executed\nBuild scan: https://scans.${dom()}/s/${r(A.alnuml, 13)}  id ${lk('uuid')}\n`);
  } else if (v === 2) {
    d.add(F`============================= test session starts ==============================\nplatform linux -- Python 3.12.${R.int(1, 7)}, pytest-${lk('version')}\nrootdir: /builds/${corp()}/crm\ncollected ${R.int(40, 400)} items\n\n`);
    const p = PII.person(R.pick(['de', 'fr', 'es', 'en_us', 'it', 'pl', 'tr', 'nl']));
    d.add(F`tests/test_customers.py ..F.\n\n=================================== FAILURES ===================================\n______________________ test_customer_roundtrip ______________________\n\n    def test_customer_roundtrip(db):\n        c = Customer(name=${jq(perP(p, 'gf'))}, email=${jq(em(p))},\n                     phone=${jq(ph())}, city=${jq(loc())})\n>       assert repo.save(c).id is not None\nE       sqlalchemy.exc.OperationalError: connection to server at "${C.host()}" failed\nE       DSN: postgresql://${user()}:${C.connPw()}@${C.host()}:5432/test_${r(A.lower, 4)}\n\n`);
    d.fill(() => R.pick([
      () => F`tests/test_${R.pick(['billing', 'export', 'auth', 'webhooks'])}.py ${'.'.repeat(R.int(3, 30))}${R.pick(['', 'F', 's'])}  [${R.int(1, 99)}%]\n`,
      () => F`E       AssertionError: expected ${lk('price')} got ${lk('price')} for order ${lk('order_number')}\n`,
      () => F`E       assert ${jq(FS(C.perAny()))} == ${jq(FS(C.perAny()))}\n`,
      () => F`-------- Captured log call --------\nWARNING  webhook:signing.py:${R.int(10, 99)} bad signature with secret ${sec('WEBHOOK_SIGNING_SECRET')}\n`,
    ])(), target());
    d.tryAdd(F`=========== ${R.int(1, 3)} failed, ${R.int(40, 400)} passed in ${R.int(2, 90)}.${R.int(10, 99)}s ===========\n`);
  } else if (v === 3) {
    d.add(F`$ docker build --build-arg NPM_TOKEN=${sec('NPM_ACCESS_TOKEN')} -t registry.${dom()}/${corp()}/api:${lk('version')} .\n`);
    d.fill((i) => R.pick([
      () => F`#${i + 2} [${R.int(1, 6)}/${R.int(6, 9)}] ${R.pick([F`FROM docker-mirror.${dom()}/library/node:20-alpine@${lk('digest')}`, 'COPY package*.json ./', 'RUN npm ci --omit=dev', 'WORKDIR /app'])}\n`,
      () => F`#${i + 2} ${R.int(0, 9)}.${R.int(100, 999)} npm notice config from env: //npm.${dom()}/:_authToken=${sec('NPM_ACCESS_TOKEN')}\n`,
      () => F`#${i + 2} writing image ${lk('digest')} done\n`,
      () => { const k = C.kv('env'); return F`#${i + 2} [stage-1 ${R.int(2, 5)}/${R.int(5, 7)}] ENV ${k.key}=${k.span}\n`; },
      () => F`#${i + 2} CACHED\n`,
    ])(), target());
  } else {
    d.add(F`$ go test ./... -run Integration -v\n`);
    d.fill(() => R.pick([
      () => F`=== RUN   Test${R.pick(['Payout', 'Webhook', 'Signup', 'Refund'])}Flow\n`,
      () => F`    client_test.go:${R.int(20, 300)}: POST https://api.${dom()}/v2/refunds amount=${lk('price')} iban=${C.ibanS()}\n`,
      () => F`    client_test.go:${R.int(20, 300)}: using api key ${C.kv().span}\n`,
      () => F`--- PASS: Test${r(A.upper, 1)}${r(A.lower, 6)} (${R.int(0, 9)}.${R.int(10, 99)}s)\n`,
      () => F`ok  \tgit.${dom()}/${corp()}/svc/${R.pick(['payout', 'ledger', 'auth'])}\t${R.int(0, 9)}.${R.int(100, 999)}s\n`,
      () => F`    fixtures.go:${R.int(10, 90)}: created customer ${lk('crm_id')} ${C.perAny()} <${em()}>\n`,
    ])(), target());
  }
}

// ---------------------------------------------------------------- crash_dump
function crashDump(d) {
  const v = R.int(0, 4);
  const c = new Clock();
  if (v === 0) {
    const p = PII.person(R.pick(['de', 'fr', 'en_gb', 'es', 'pt_br', 'ja_latn', 'tr', 'pl']));
    d.add(F`Traceback (most recent call last):\n  File "/srv/app/billing/charge.py", line ${R.int(40, 300)}, in charge_customer\n    resp = gateway.charge(card=card, amount=amount)\n  File "/srv/app/billing/gateway.py", line ${R.int(40, 300)}, in charge\n    raise GatewayError(resp.text)\nbilling.gateway.GatewayError: card declined (do_not_honor) request=${lk('request_id')}\n\nLocal variables (most recent frame first):\n`);
    d.add(F`    customer = {'id': '${L('crm_id', LK.crmId())}', 'name': '${perP(p, 'gf')}', 'email': '${em(p)}'}\n`);
    d.add(F`    card = '${C.cardS(null, '')}'\n    amount = '${lk('price')}'\n    api_key = '${sec(R.pick(['STRIPE_SECRET_KEY', 'STRIPE_RESTRICTED_KEY', 'BRAINTREE_ACCESS_TOKEN', 'SQUARE_ACCESS_TOKEN', 'MOLLIE_API_KEY', 'PAYPAL_CLIENT_SECRET']))}'\n    billing_address = '${C.street(R.pick(['DE', 'FR', 'GB', 'ES']))}, ${loc()}'\n`);
  } else if (v === 1) {
    d.add(F`Exception in thread "${R.pick(['main', 'kafka-consumer-1', 'http-nio-8080-exec-7'])}" org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; url=jdbc:postgresql://${C.host()}:5432/${R.pick(['crm', 'orders'])}?user=${user()}&password=${C.connPw()}\n`);
    d.fill(() => R.pick([
      () => F`\tat com.${corp().replace(/-/g, '')}.${R.pick(['orders', 'crm', 'payments'])}.${R.pick(['Repository', 'Service', 'Controller'])}.${R.pick(['save', 'findByEmail', 'charge', 'export'])}(${R.pick(['Repository', 'Service', 'Controller'])}.java:${R.int(20, 900)})\n`,
      () => F`Caused by: java.lang.IllegalStateException: duplicate customer email=${em()} name=${C.perAny()}\n`,
      () => F`\t... ${R.int(3, 60)} common frames omitted\n`,
      () => F`Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "${user()}"\n`,
      () => F`\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:${R.int(800, 900)})\n`,
    ])(), target(900, 3000));
  } else if (v === 2) {
    d.add(F`${L('timestamp', c.iso())} ERROR Unhandled rejection\nValidationError: "iban" failed checksum for customer ${C.perAny()}\n    at validateRefund (/app/src/refunds.ts:${R.int(10, 200)}:${R.int(5, 30)})\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)\n  request: {\n    "method": "POST",\n    "url": "/v1/refunds",\n    "headers": {\n      "authorization": "${R.chance(0.6) ? F`Bearer ${C.jwtS()}` : F`Basic ${C.basicAuth(user(), SEC.pwValue({ urlSafe: true }))}`}",\n      "x-request-id": "${lk('request_id')}",\n      "x-forwarded-for": "${ip4()}"\n    },\n    "body": {\n      "name": ${jq(C.perAny())},\n      "iban": "${C.ibanS(null, false)}",\n      "email": "${em()}",\n      "phone": "${ph()}"\n    }\n  }\n`);
  } else if (v === 3) {
    d.add(F`panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${hexs(7)}]\n\ngoroutine ${R.int(1, 900)} [running]:\nmain.(*Exporter).flush(0xc000${hexs(6)})\n\t/src/cmd/exporter/main.go:${R.int(40, 400)} +0x${hexs(3)}\n\nEnvironment at crash (from /proc/self/environ):\n`);
    d.fill(() => { const k = R.chance(0.75) ? C.kv('env') : null; return k ? F`  ${k.key}=${k.span}\n` : R.pick([F`  HOSTNAME=${lk('hostname')}\n`, F`  BUILD_SHA=${lk('git_sha')}\n`, F`  TZ=Europe/Berlin\n`, F`  DATABASE_URL=postgres://${user()}:${C.connPw()}@${C.host()}/app\n`]); }, target(900, 3200));
  } else {
    d.add(F`Unhandled exception. System.Data.SqlClient.SqlException (0x80131904): Login failed for user '${user()}'.\n   at System.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception)\nConnectionString: Server=tcp:${C.host()},1433;Database=${R.pick(['Crm', 'Billing'])};User ID=${user()};Password=${S('DATABASE_PASSWORD', SEC.pwValue({ noSym: true }))};Encrypt=True\nClientConnectionId:${lk('uuid')}\nError Number:18456,State:1,Class:14\n\nCurrent principal: ${(() => { const p = PII.person(); return F`${C.perP(p, 'gf')} (${em(p)})`; })()}\nMachine: ${lk('hostname')}\n`);
    d.fill(() => F`   at ${R.pick(['Crm.Api', 'Billing.Core', 'Ops.Jobs'])}.${R.pick(['CustomerService', 'InvoiceJob', 'SyncWorker'])}.${R.pick(['RunAsync', 'Handle', 'Execute'])}() in /src/${R.pick(['Services', 'Jobs'])}/${r(A.upper, 1)}${r(A.lower, 7)}.cs:line ${R.int(10, 400)}\n`, target(900, 2400));
  }
}

// ---------------------------------------------------------------- app_jsonl
function appJsonl(d) {
  const c = new Clock();
  const svc = R.pick(['checkout', 'auth', 'crm-sync', 'notifier', 'payout', 'search']);
  const ev = () => {
    c.tick(20000);
    const p = PII.person();
    const base = { ts: L('timestamp', R.chance(0.7) ? c.iso() : c.epochMs()), level: R.pick(['info', 'info', 'warn', 'error', 'debug']), svc };
    const t = R.int(0, 9);
    let o;
    if (t === 0) o = { ...base, msg: 'login succeeded', user: { id: L('crm_id', LK.crmId()), email: em(p) }, client_ip: ip(), geo: { city: loc(), country: ctry() } };
    else if (t === 1) o = { ...base, msg: 'payment authorized', amount: L('price', LK.price()), card: L('masked_card', LK.maskedCard()), order: lk('order_number'), request_id: lk('request_id') };
    else if (t === 2) o = { ...base, msg: 'outbound request', url: `https://api.${dom()}/v1/customers`, headers: { authorization: FS('Bearer ', C.kv(null, SEC.vendorDeck).span) }, trace_id: lk('trace_id') };
    else if (t === 3) o = { ...base, msg: 'profile updated', changes: { name: perP(p), phone: ph(), address: FS(C.street()) }, actor: em() };
    else if (t === 4) o = { ...base, msg: 'slow query', duration_ms: R.int(500, 9000), sql: FS(`SELECT * FROM customers WHERE email = '`, em(), `'`), span_id: L('trace_id', hexs(16)) };
    else if (t === 5) { const rp = C.rarePii(); o = { ...base, msg: 'kyc check failed', field: rp.label, value: rp.span, request_id: lk('request_id') }; }
    else if (t === 6) o = { ...base, msg: 'session created', cookie: FS('sid=', sec('SESSION_COOKIE')), ip: ip(), ua: 'Mozilla/5.0 (X11; Linux x86_64)' };
    else if (t === 7) o = { ...base, msg: 'deploy marker', version: lk('version'), commit: lk('git_sha'), build: lk('build_number') };
    else if (t === 8) o = { ...base, msg: 'webhook received', from_ip: ip(), event_id: lk('uuid'), customer: { name: perP(p), email: em(p), city: loc() } };
    else { const k = C.kv('snake', R.chance(0.5) ? SEC.genericDeck : SEC.vendorDeck); o = { ...base, msg: 'config loaded', [k.key]: k.span, pid: R.int(10, 60000), host: lk('hostname') }; }
    return [J(o), '\n'];
  };
  d.fill(ev, target(1500, 3900));
}

// ---------------------------------------------------------------- syslog
function syslog(d) {
  const c = new Clock();
  const h0 = LK.hostname().split('.')[0];
  const h = () => L('hostname', h0);
  const five = R.chance(0.3);
  const pre = (prog) => { c.tick(30000); return five ? F`<${R.int(10, 190)}>1 ${L('timestamp', c.iso())} ${h()} ${prog} ${R.int(100, 60000)} - - ` : F`${L('timestamp', c.syslog())} ${h()} ${prog}[${R.int(100, 60000)}]: `; };
  d.fill(() => R.pick([
    () => F`${pre('sshd')}Accepted ${R.pick(['password', 'publickey'])} for ${user()} from ${ip()} port ${R.int(1024, 65000)} ssh2\n`,
    () => F`${pre('sshd')}Failed password for invalid user ${R.pick(['admin', 'oracle', 'test', 'ubuntu'])} from ${ip()} port ${R.int(1024, 65000)} ssh2\n`,
    () => F`${pre('sudo')}${user()} : TTY=pts/${R.int(0, 5)} ; PWD=/home/${user()} ; USER=root ; COMMAND=/usr/bin/mysql -u root -p${C.cliPw()}\n`,
    () => F`${pre('postfix/smtp')}${r(A.hexu, 10)}: to=<${em()}>, relay=${C.host()}[${PII.ipv4Private()}]:25, delay=${R.int(0, 9)}.${R.int(1, 9)}, status=sent (250 2.0.0 OK)\n`,
    () => F`${pre('postfix/qmgr')}${r(A.hexu, 10)}: from=<${em()}>, size=${R.int(900, 90000)}, nrcpt=1 (queue active)\n`,
    () => F`${pre('dovecot')}imap-login: Login: user=<${em()}>, method=PLAIN, rip=${ip()}, lip=${PII.ipv4Private()}, mpid=${R.int(1000, 60000)}, TLS\n`,
    () => F`${pre('kernel')}eth0: link up, 1000Mbps, full-duplex, lpa 0x${hexs(4)} mac ${lk('mac_address')}\n`,
    () => F`${pre('CRON')}(${user()}) CMD (/usr/local/bin/backup.sh --passphrase '${S('BACKUP_ENCRYPTION_PASSPHRASE', SEC.passphrase({ noSpace: true }))}')\n`,
    () => F`${pre('app')}user ${C.perAny()} <${em()}> signed up from ${loc()}, ${ctry()}\n`,
    () => F`${pre('app')}password reset requested by ${em()} from ${ip()} token=${sec('OAUTH_REFRESH_TOKEN')}\n`,
    () => F`${pre('dockerd')}container ${lk('container_id')} health_status: healthy image=${lk('digest')}\n`,
    () => F`${pre('systemd')}Started ${R.pick(['nightly export', 'certbot renewal', 'logrotate'])} (build ${lk('build_number')}).\n`,
    () => F`${pre('openvpn')}${ip4()}:${R.int(1024, 65000)} [${C.perAny()}] Peer Connection Initiated, assigned ${PII.ipv4Private()}\n`,
  ])(), target(1500, 3900));
}

// ---------------------------------------------------------------- access_log
function accessLog(d) {
  const c = new Clock();
  const json = R.chance(0.3);
  const site = `https://${R.pick(['shop', 'app', 'portal', 'www'])}.${dom()}`;
  const path = () => R.pick([
    () => F`/api/v1/orders/${lk('order_number')}`,
    () => F`/reset-password?token=${sec('OAUTH_REFRESH_TOKEN')}&email=${em()}`,
    () => F`/v2/export?api_key=${C.kv(null, SEC.genericDeck).span}&format=csv`,
    () => F`/oauth/callback?code=${C.oauthCode()}&state=${lk('uuid')}`,
    () => F`/api/v1/ping?auth=${C.basicAuth(user(), SEC.pwValue({ urlSafe: true }))}`,
    () => F`/static/app.${L('hash', hexs(20))}.js`,
    () => F`/track?shipment=${lk('tracking_number')}`,
    () => F`/hooks/${R.pick(['stripe', 'mailer', 'ci'])}?secret=${sec('WEBHOOK_SIGNING_SECRET')}`,
    () => F`/search?q=${PII.city().replace(/ /g, '+')}`,
    () => F`/invoice/${lk('invoice_number')}.pdf`,
    () => F`/api/v1/customers?email=${em()}`,
    () => F`/exports/report-${R.int(1, 999)}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${sec('AWS_ACCESS_KEY_ID')}%2F${new Clock().date().replace(/-/g, '')}%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${S('AWS_PRESIGNED_URL_SIGNATURE', hexs(64))}`,
  ])();
  d.fill(() => {
    c.tick(5000);
    const m = R.pick(['GET', 'GET', 'GET', 'POST', 'PUT']);
    const st = R.pick([200, 200, 200, 301, 302, 304, 400, 401, 403, 404, 500, 502]);
    const ua = R.pick([() => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36', () => F`curl/${L('version', `8.${R.int(1, 11)}.${R.int(0, 2)}`)}`, () => F`okhttp/${L('version', `4.${R.int(9, 12)}.${R.int(0, 3)}`)}`, () => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', () => F`python-requests/${L('version', `2.${R.int(28, 32)}.${R.int(0, 3)}`)}`])();
    if (json) return [J({ time: L('timestamp', c.iso(false)), remote_addr: ip(), method: m, uri: FS(path()), status: st, bytes: R.int(0, 90000), rt: Number((R.f() * 2).toFixed(3)), ua: FS(ua), req_id: lk('request_id') }), '\n'];
    return F`${ip()} - ${R.chance(0.15) ? user() : '-'} [${L('timestamp', c.clf())}] "${m} ${path()} HTTP/1.1" ${st} ${R.int(0, 90000)} "${R.chance(0.5) ? site + '/' : '-'}" "${ua}"\n`;
  }, target(1500, 3900));
}

// ---------------------------------------------------------------- cloud_cli
function cloudCli(d) {
  const c = new Clock();
  const acct = r(A.digit, 12);
  const parts = [
    () => F`$ aws iam create-access-key --user-name ${R.pick(['ci-deployer', 'backup-bot', 'etl'])}\n{\n    "AccessKey": {\n        "UserName": "${R.pick(['ci-deployer', 'backup-bot', 'etl'])}",\n        "AccessKeyId": "${sec('AWS_ACCESS_KEY_ID')}",\n        "Status": "Active",\n        "SecretAccessKey": "${sec('AWS_SECRET_ACCESS_KEY')}",\n        "CreateDate": "${L('timestamp', c.iso(false).replace('Z', '+00:00'))}"\n    }\n}\n`,
    () => F`$ aws sts assume-role --role-arn arn:aws:iam::${acct}:role/${R.pick(['deploy', 'ReadOnly', 'BreakGlass'])} --role-session-name ${user()}\n{\n    "Credentials": {\n        "AccessKeyId": "${sec('AWS_TEMPORARY_ACCESS_KEY_ID')}",\n        "SecretAccessKey": "${sec('AWS_SECRET_ACCESS_KEY')}",\n        "SessionToken": "${sec('AWS_SESSION_TOKEN')}",\n        "Expiration": "${L('timestamp', c.tick(3600000).iso(false))}"\n    },\n    "AssumedRoleUser": {\n        "AssumedRoleId": "AROA${r(A.b32, 17)}:${user()}",\n        "Arn": "arn:aws:sts::${acct}:assumed-role/deploy/${user()}"\n    }\n}\n`,
    () => F`$ gcloud auth print-access-token\n${sec('GOOGLE_OAUTH_ACCESS_TOKEN')}\n`,
    () => F`$ az ad sp create-for-rbac --name ${corp()}-deployer --role contributor\n{\n  "appId": "${lk('uuid')}",\n  "displayName": "${corp()}-deployer",\n  "password": "${sec('AZURE_AD_CLIENT_SECRET')}",\n  "tenant": "${lk('uuid')}"\n}\n`,
    () => F`$ az storage account keys list -g rg-${corp()} -n st${r(A.lower, 8)} -o table\nKeyName    Permissions    Value\n---------  -------------  ${'-'.repeat(88)}\nkey1       FULL           ${sec('AZURE_STORAGE_ACCOUNT_KEY')}\nkey2       FULL           ${sec('AZURE_STORAGE_ACCOUNT_KEY')}\n`,
    () => F`$ aws secretsmanager get-secret-value --secret-id prod/${R.pick(['db', 'crm', 'smtp'])}\n{\n    "ARN": "arn:aws:secretsmanager:eu-west-1:${acct}:secret:prod/db-${r(A.alnum, 6)}",\n    "SecretString": "{\\"username\\":\\"${user()}\\",\\"password\\":\\"${S('DATABASE_PASSWORD', SEC.machinePassword({ urlSafe: true }))}\\",\\"host\\":\\"${C.host()}\\"}",\n    "VersionId": "${lk('uuid')}",\n    "CreatedDate": "${L('timestamp', c.iso(false).replace('Z', '+00:00'))}"\n}\n`,
    () => F`$ heroku config -a ${corp()}-api\n=== ${corp()}-api Config Vars\nDATABASE_URL:   postgres://${r(A.lower, 14)}:${C.connPw()}@${C.host()}:5432/${r(A.lower, 14)}\n${(() => { const k = C.kv('env', SEC.vendorDeck); return F`${k.key}: ${k.span}`; })()}\nREDIS_URL:      redis://:${C.connPw()}@${C.host()}:6379\n`,
    () => { const vp = R.pick(['payments', 'crm', 'ci']); return F`$ vault kv get secret/${vp}/prod\n====== Secret Path ======\nsecret/data/${vp}/prod\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       ${L('timestamp', c.iso())}\nversion            ${R.int(1, 40)}\n\n====== Data ======\nKey                Value\n---                -----\n${(() => { const k = C.kv('snake'); return F`${k.key.padEnd(18)} ${k.span}`; })()}\n${(() => { const k = C.pwKV('snake'); return F`${k.key.padEnd(18)} ${k.span}`; })()}\n`; },
    () => F`$ kubectl -n ${R.pick(['prod', 'payments', 'ci'])} get secret app-env -o jsonpath='{.data.API_TOKEN}' | base64 -d\n${C.kv(null, SEC.vendorDeck).span}\n`,
    () => { const k = C.pemKey(R.pick(['PRIVATE_KEY_RSA', 'PRIVATE_KEY_EC', 'PRIVATE_KEY_PKCS8'])); return F`$ vault write -format=json pki/issue/web common_name=${lk('hostname')}\n{\n  "request_id": "${lk('uuid')}",\n  "data": {\n    "certificate": "${L('certificate', C.escPem(LK.LOOK.certificate()))}",\n    "private_key": "${S(k.e, C.escPem(k.pem))}",\n    "private_key_type": "${k.e === 'PRIVATE_KEY_RSA' ? 'rsa' : 'ec'}",\n    "serial_number": "${L('hash', hexs(40).match(/../g).join(':'))}"\n  }\n}\n`; },
    () => F`$ cat ~/.docker/config.json\n{\n\t"auths": {\n\t\t"registry.${dom()}": {\n\t\t\t"auth": "${C.dockerAuth(user(), SEC.pwValue({ urlSafe: true }))}"\n\t\t}\n\t}\n}\n`,
    () => F`$ kubectl get deploy -n prod -o custom-columns=NAME:.metadata.name,RV:.metadata.resourceVersion,IMAGE:.spec.template.spec.containers[0].image\nNAME      RV          IMAGE\napi       ${lk('k8s_resource_version')}    registry.${dom()}/api@${lk('digest')}\nworker    ${lk('k8s_resource_version')}    registry.${dom()}/worker:${lk('version')}\n`,
    () => F`$ docker ps --format '{{.ID}} {{.Image}} {{.Status}}'\n${lk('container_id')} postgres:16 Up ${R.int(2, 90)} hours\n${lk('container_id')} registry.${dom()}/api:${lk('version')} Up ${R.int(2, 90)} minutes\n`,
    () => F`$ gpg --armor --export-secret-keys ${em()}\n${(() => { const k = C.pemKey('PRIVATE_KEY_PGP'); return S(k.e, k.pem); })()}\n`,
    () => F`$ terraform output -raw ${R.pick(['bastion_private_key', 'ci_ssh_key', 'signing_key'])}\n${(() => { const k = C.pemKey(R.pick(['PRIVATE_KEY_RSA', 'PRIVATE_KEY_ENCRYPTED', 'PRIVATE_KEY_OPENSSH'])); return S(k.e, k.pem); })()}\n`,
    () => F`$ doctl compute droplet list --format Name,PublicIPv4\nName              Public IPv4\n${lk('hostname')}    ${P('IP_ADDRESS', PII.ipv4Public())}\n${lk('hostname')}    ${P('IP_ADDRESS', PII.ipv4Public())}\n`,
    () => F`$ gh auth status\n  ✓ Logged in to git.${dom()} account ${user()} (keyring)\n  - Active account: true\n  - Token: ${sec(R.pick(['GITHUB_OAUTH_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN']))}\n  - Token scopes: 'gist', 'read:org', 'repo'\n`,
    () => F`$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,PrivateIpAddress]'\n[\n    ["${L('resource_id', 'i-' + hexs(17))}", "${PII.ipv4Private()}"],\n    ["${L('resource_id', 'i-' + hexs(17))}", "${PII.ipv4Private()}"]\n]\nRequestId: ${lk('uuid')}\n`,
  ];
  const order = R.shuffle(parts.map((_, i) => i));
  d.fill((i) => [parts[order[i % order.length]](), '\n'], target(1200, 3800), 0, 8);
}

// ---------------------------------------------------------------- shell_history
function shellHistory(d) {
  const c = new Clock();
  const zsh = R.chance(0.4);
  const cmds = [
    () => { const k = C.kv('env'); return F`export ${k.key}=${k.span}`; },
    () => F`mysql -h ${C.host()} -u ${user()} -p${C.cliPw()} ${R.pick(['crm', 'shop', 'wp'])}`,
    () => F`curl -u ${user()}:${C.cliPw()} https://jenkins.${dom()}/job/deploy/build`,
    () => F`psql "postgresql://${user()}:${C.connPw()}@${C.host()}:5432/${R.pick(['app', 'ledger'])}?sslmode=require"`,
    () => F`sshpass -p '${S('SSH_PASSWORD', SEC.pwValue({ urlSafe: true }))}' ssh ${user()}@${PII.ipv4Private()}`,
    () => F`docker login -u ${user()} -p ${sec('DOCKER_HUB_PAT')} registry.${dom()}`,
    () => F`git remote set-url origin https://${user()}:${sec(R.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT']))}@git.${dom()}/${corp()}/api.git`,
    () => F`htpasswd -b -c /etc/nginx/.htpasswd ${user()} ${C.cliPw()}`,
    () => F`openssl enc -aes-256-cbc -salt -in dump.sql -out dump.enc -k ${C.cliPw()}`,
    () => F`curl -H "X-Api-Key: ${sec('API_KEY_HEADER_VALUE')}" https://api.${dom()}/v1/usage`,
    () => F`curl -H 'Authorization: Basic ${C.basicAuth(user(), SEC.pwValue({ urlSafe: true }))}' https://${C.host().split('.')[0]}:9200/_cat/indices`,
    () => F`cat ~/.docker/config.json | jq -r '.auths["registry.${dom()}"].auth'  # ${C.dockerAuth(user(), SEC.pwValue({ urlSafe: true }))}`,
    () => F`docker ps -q --filter ancestor=api  # ${lk('container_id')}`,
    () => F`docker logs --tail 50 ${lk('container_id')}`,
    () => F`kubectl get cm app-config -o jsonpath='{.metadata.resourceVersion}'  # ${lk('k8s_resource_version')}`,
    () => F`redis-cli -h ${C.host()} -a ${S('REDIS_PASSWORD', SEC.pwValue({ urlSafe: true }))} INFO keyspace`,
    () => F`vault login ${sec('VAULT_SERVICE_TOKEN')}`,
    () => F`git log --oneline ${lk('git_sha')}..HEAD`,
    () => F`kubectl rollout restart deploy/api -n prod`,
    () => F`docker pull registry.${dom()}/api@${lk('digest')}`,
    () => F`cd ~/src/${corp()} && make test`,
    () => F`ssh-keygen -t ed25519 -C "${em()}"`,
    () => { const k = C.kv('env', SEC.vendorDeck); return F`echo '${k.span}' | gh secret set ${k.key}`; },
    () => F`ls -la /var/log/nginx`,
    () => F`npm version ${lk('version')}`,
    () => F`terraform apply -var="db_password=${S('DATABASE_PASSWORD', SEC.pwValue({ urlSafe: true }))}"`,
    () => F`wg set wg0 private-key <(echo ${sec('WIREGUARD_PRIVATE_KEY')})`,
    () => F`age -d -i <(echo ${sec('AGE_SECRET_KEY')}) secrets.enc`,
    () => F`tailscale up --authkey ${sec('TAILSCALE_AUTH_KEY')}`,
    () => F`ngrok config add-authtoken ${sec('NGROK_AUTHTOKEN')}`,
    () => F`kubeadm join ${PII.ipv4Private()}:6443 --token ${sec('KUBEADM_BOOTSTRAP_TOKEN')} --discovery-token-ca-cert-hash sha256:${L('hash', hexs(64))}`,
    () => F`docker swarm join --token ${sec('DOCKER_SWARM_JOIN_TOKEN')} ${PII.ipv4Private()}:2377`,
  ];
  d.fill(() => {
    c.tick(600000);
    const cmd = R.pick(cmds)();
    return zsh ? F`: ${L('timestamp', c.epoch())}:${R.int(0, 30)};${cmd}\n` : F`${cmd}\n`;
  }, target(900, 3200));
}

// ---------------------------------------------------------------- git_output
function gitOutput(d) {
  const c = new Clock();
  const v = R.int(0, 2);
  const author = () => { const p = PII.person(); const full = PII.fullName(p, 'gf'); return F`${P('PERSON', full)} <${em(p)}>`; };
  const msgs = [
    () => F`fix: rotate smtp creds (old one ${S('SMTP_PASSWORD', SEC.humanPassword())} is burned)`,
    () => F`chore: temporarily hardcode db password ${S('HUMAN_PASSWORD', SEC.humanPassword())} until vault is back`,
    () => F`feat(export): add CSV export for ${R.pick(['invoices', 'customers', 'payouts'])}`,
    () => F`revert "add staging key ${C.kv(null, SEC.vendorDeck).span}"`,
    () => F`docs: update runbook for ${R.pick(['failover', 'on-call', 'backups'])}`,
    () => F`fix(${R.pick(['auth', 'billing', 'ui'])}): handle ${R.pick(['empty cart', '429 from gateway', 'DST switch'])} (${lk('ticket_id')})`,
    () => F`wip: test against prod with key ${C.kv(null, SEC.vendorDeck).span}, DO NOT MERGE`,
  ];
  if (v === 0) {
    d.fill(() => { c.tick(9e6); const co = R.chance(0.25) ? F`\n\n    Co-authored-by: ${author()}` : ''; return F`commit ${lk('git_sha')}\nAuthor: ${author()}\nDate:   ${L('timestamp', c.gitDate())}\n\n    ${R.pick(msgs)()}${co}\n\n`; }, target(1200, 3800));
  } else if (v === 1) {
    const k1 = C.kv('env'), k2 = C.kv('env'), k3 = C.pwKV('env');
    d.add(F`commit ${lk('git_sha')}\nAuthor: ${author()}\nDate:   ${L('timestamp', c.gitDate())}\n\n    ${R.pick(msgs)()}\n\ndiff --git a/.env.production b/.env.production\nindex ${L('git_sha', hexs(7))}..${L('git_sha', hexs(7))} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -1,6 +1,9 @@\n NODE_ENV=production\n-${k1.key}=${lk('placeholder')}\n+${k1.key}=${k1.span}\n+${k2.key}=${k2.span}\n+${k3.key}=${k3.span}\n APP_URL=https://app.${dom()}\n`);
    d.fill(() => { const k = R.chance(0.5) ? C.kv('env') : C.pwKV('env'); return F`${R.pick(['+', '-', ' '])}${k.key}=${k.span}\n`; }, target(900, 2600));
    d.tryAdd(F`\n    Signed-off-by: ${author()}\n`);
  } else {
    d.add(F`$ git reflog -n 20\n`);
    d.fill(() => F`${L('git_sha', hexs(7))} HEAD@{${R.int(0, 40)}}: ${R.pick(['commit', 'rebase (pick)', 'checkout: moving from main to', 'reset: moving to HEAD~1', 'merge origin/main'])} ${R.pick(msgs)()}\n`, target(900, 2500));
    d.tryAdd(F`\n$ git config --get user.email\n${em()}\n$ git config --get credential.helper\nstore\n$ cat ~/.git-credentials\nhttps://${user()}:${sec(R.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'ATLASSIAN_APP_PASSWORD', 'AZURE_DEVOPS_PAT']))}@git.${dom()}\n`);
  }
}

// ---------------------------------------------------------------- k8s_manifest
function k8sManifest(d) {
  const c = new Clock();
  const ns = R.pick(['prod', 'payments', 'crm', 'monitoring', 'ci']);
  const v = R.int(0, 3);
  if (v === 3) {
    const k = C.pemKey();
    d.add(F`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${R.pick(['ingress-tls', 'mtls-client', 'webhook-cert'])}\n  namespace: ${ns}\n  resourceVersion: "${lk('k8s_resource_version')}"\n  uid: ${lk('uuid')}\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    ${S(k.e, C.indentPem(k.pem, '    '))}\n`);
    if (d.len < 2200) d.tryAdd(F`  tls.crt: |\n    ${L('certificate', C.indentPem(LK.LOOK.certificate(), '    '))}\n`);
    else d.tryAdd(F`data:\n  ca.crt: ${L('certificate', Buffer.from(LK.LOOK.certificate()).toString('base64'))}\n`);
    return;
  }
  if (v === 0) {
    d.add(F`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${R.pick(['app-env', 'db-credentials', 'api-keys', 'smtp'])}\n  namespace: ${ns}\n  uid: ${lk('uuid')}\n  resourceVersion: "${lk('k8s_resource_version')}"\n  creationTimestamp: "${L('timestamp', c.iso(false))}"\ntype: Opaque\ndata:\n`);
    d.fill(() => {
      const t = R.int(0, 3);
      const k = t === 0 ? C.pwKV('snake') : C.kv(R.pick(['env', 'snake', 'kebab']));
      return F`  ${k.key}: ${C.k8sData(k.span.value)}\n`;
    }, target(700, 2600), 300);
    if (R.chance(0.5)) { d.tryAdd(F`stringData:\n`); d.fill(() => { const k = C.kv('snake'); return F`  ${k.key}: "${k.span}"\n`; }, d.len + 400); }
  } else if (v === 1) {
    d.add(F`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${R.pick(['api', 'worker', 'crm-sync'])}\n  namespace: ${ns}\n  resourceVersion: "${lk('k8s_resource_version')}"\n  annotations:\n    deployment.kubernetes.io/revision: "${R.int(1, 90)}"\n    owner: ${em()}\nspec:\n  replicas: ${R.int(1, 6)}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.${dom()}/${corp()}/api@${lk('digest')}\n          env:\n`);
    d.fill(() => R.chance(0.6) ? (() => { const k = R.chance(0.7) ? C.kv('env') : C.pwKV('env'); return F`            - name: ${k.key}\n              value: "${k.span}"\n`; })() : F`            - name: ${C.kv('env').key}\n              valueFrom:\n                secretKeyRef: {name: app-env, key: ${R.pick(['token', 'password', 'api_key'])}}\n`, target(1200, 3600), 60);
  } else {
    d.add(F`apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${L('certificate', Buffer.from(LK.LOOK.certificate()).toString('base64'))}\n    server: https://${PII.ipv4Private()}:6443\n  name: ${ns}-cluster\ncontexts:\n- context: {cluster: ${ns}-cluster, user: ${user()}}\n  name: ${ns}\ncurrent-context: ${ns}\nusers:\n- name: ${user()}\n  user:\n    token: ${sec('KUBERNETES_SA_TOKEN')}\n`);
    if (R.chance(0.6)) d.tryAdd(F`- name: ${user()}-basic\n  user:\n    username: ${user()}\n    password: ${S('ADMIN_PASSWORD', SEC.pwValue())}\n`);
  }
}

// ---------------------------------------------------------------- terraform_state
function tfState(d) {
  const acct = r(A.digit, 12);
  const res = [
    () => ({ mode: 'managed', type: 'aws_db_instance', name: 'main', instances: [{ attributes: { identifier: `${corp()}-prod`, username: user(), password: S('DATABASE_PASSWORD', SEC.machinePassword({ urlSafe: true })), endpoint: `${C.host()}:5432`, arn: `arn:aws:rds:eu-central-1:${acct}:db:${corp()}-prod` }, sensitive_attributes: [] }] }),
    () => ({ mode: 'managed', type: 'aws_iam_access_key', name: 'ci', instances: [{ attributes: { id: sec('AWS_ACCESS_KEY_ID'), secret: sec('AWS_SECRET_ACCESS_KEY'), user: 'ci-deployer', create_date: L('timestamp', new Clock().iso(false)) } }] }),
    () => ({ mode: 'managed', type: 'random_password', name: R.pick(['redis', 'admin', 'grafana']), instances: [{ attributes: { id: 'none', length: 24, result: S(R.pick(['REDIS_PASSWORD', 'ADMIN_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD']), SEC.machinePassword({ len: 24 })), special: true } }] }),
    () => ({ mode: 'managed', type: 'tls_private_key', name: 'deploy', instances: [{ attributes: { algorithm: 'ECDSA', private_key_pem: (() => { const k = C.pemKey(R.pick(['PRIVATE_KEY_RSA', 'PRIVATE_KEY_EC', 'PRIVATE_KEY_PKCS8', 'PRIVATE_KEY_OPENSSH'])); return S(k.e, k.pem); })(), public_key_fingerprint_sha256: L('hash', 'SHA256:' + R.bytes(32).toString('base64').replace(/=+$/, '')) } }] }),
    () => ({ mode: 'managed', type: 'azurerm_storage_account', name: 'logs', instances: [{ attributes: { name: 'st' + r(A.lower, 10), primary_access_key: sec('AZURE_STORAGE_ACCOUNT_KEY'), id: FS('/subscriptions/', lk('uuid'), '/resourceGroups/rg-logs') } }] }),
    () => ({ mode: 'managed', type: 'cloudflare_api_token', name: 'dns', instances: [{ attributes: { name: 'dns-edit', value: sec('CLOUDFLARE_API_TOKEN'), status: 'active' } }] }),
    () => ({ mode: 'data', type: 'vault_generic_secret', name: 'smtp', instances: [{ attributes: { path: 'secret/smtp', data: { user: user(), [C.pwKV('snake').key]: S('SMTP_PASSWORD', SEC.pwValue()) } } }] }),
  ];
  const list = [];
  const order = R.shuffle([3, ...res.map((_, i) => i)]);
  for (let i = 0, n = R.int(2, 4); i < n; i++) list.push(res[order[i]]());
  d.add(J({ version: 4, terraform_version: L('version', LK.version().replace(/^v/, '')), serial: R.int(1, 900), lineage: lk('uuid'), outputs: { api_url: { value: `https://api.${dom()}`, type: 'string' } }, resources: list }, 2), '\n');
}

export const OPS_KINDS = {
  ci_log: ciLog, build_output: buildOutput, crash_dump: crashDump, app_jsonl: appJsonl, syslog, access_log: accessLog,
  cloud_cli: cloudCli, shell_history: shellHistory, git_output: gitOutput, k8s_manifest: k8sManifest, terraform_state: tfState,
};
