// kinds: app_log, stack_trace, json_api, git_output, markdown_doc
import { S, P, L, T, J, F, CS, jsonEsc, b64, LK, PI, Sv } from './h.mjs';
import { conn } from './conn.mjs';
import { password, WORDS, makeJwt } from './secrets.mjs';

const svc = (r) => r.pick(['billing-api', 'orders', 'checkout', 'notifier', 'auth', 'kyc-service', 'crm-sync', 'payouts']);

export function app_log(r, K, H, i) {
  const v = i % 4, lines = [];
  if (v === 0) { // nginx access log
    for (let i = 0, n = r.int(6, 12); i < n; i++) {
      const path = r.pick(['/api/v1/orders', '/login', '/static/app.' + r.str(8, CS.hex) + '.js', '/api/v1/users/me', '/healthz', '/checkout/confirm']);
      const q = r.chance(0.15) ? T`?token=${S('OPAQUE_BEARER_TOKEN', r.str(40, CS.alnum))}` : r.chance(0.1) ? T`?email=${P('EMAIL_ADDRESS', encodeURIComponent(PI.email(r)))}` : r.chance(0.1) ? T`?api_key=${S('GENERIC_API_KEY', r.str(32, CS.hex))}` : '';
      lines.push(T`${H.ip()} - ${r.chance(0.2) ? 'admin' : '-'} [${L('timestamp', `${r.int(10, 28)}/${r.pick(['Mar', 'Oct', 'Nov'])}/2026:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000`)}] "${r.pick(['GET', 'POST'])} ${path}${q} HTTP/1.1" ${r.pick([200, 200, 302, 401, 404, 500])} ${r.int(0, 90000)} "-" "${r.pick(['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.5.0', 'okhttp/4.12.0'])}" rt=${r.int(1, 900) / 1000}`);
    }
    return F(J(lines, '\n'), '\n');
  }
  if (v === 1) { // JSON structured logs
    for (let i = 0, n = r.int(4, 7); i < n; i++) {
      const c = r.int(0, 5);
      if (c === 0) lines.push(T`{"ts":"${H.ts()}","level":"info","msg":"login ok","user":"${H.email()}","ip":"${H.ip()}","req":"${H.rid()}"}`);
      else if (c === 1) { const a = K.tok(); lines.push(T`{"ts":"${H.ts()}","level":"debug","msg":"outbound request","headers":{"authorization":"Bearer ${Sv(a, jsonEsc(a.v))}","x-request-id":"${H.uuid()}"}}`); }
      else if (c === 2) lines.push(T`{"ts":"${H.ts()}","level":"warn","msg":"payment declined","card_last4":"${r.digits(4)}","order":"${H.order()}","amount":"${H.price()}"}`);
      else if (c === 3) lines.push(T`{"ts":"${H.ts()}","level":"error","msg":"db connect failed","dsn":"${F(conn(r))}","attempt":${r.int(1, 5)}}`);
      else if (c === 4) lines.push(T`{"ts":"${H.ts()}","level":"info","msg":"profile updated","name":"${H.person()}","phone":"${H.phone()}","trace_id":"${L('request_id', LK.traceId(r))}"}`);
      else if (r.chance(0.5)) lines.push(T`{"ts":"${H.ts()}","level":"info","msg":"device registered","imei":"${L('imei', LK.imei(r))}","device_id":"${L('ulid', LK.ulid(r))}","mac":"${L('mac_address', LK.macAddr(r))}"}`);
      else lines.push(T`{"ts":"${H.ts()}","level":"info","msg":"deploy","version":"${H.ver()}","commit":"${H.sha()}"}`);
    }
    return F(J(lines, '\n'), '\n');
  }
  if (v === 2 && r.chance(0.3)) return T`${H.ts()} INFO  [geo] device ${L('mac_address', LK.macAddr(r))} at ${L('coordinates', LK.coords(r))} client=${H.ip()}
${H.ts()} INFO  [kyc] ${H.person()} itin=${H.itin()} passport=${H.pass()} status=verified
${H.ts()} INFO  [payout] ${H.email()} -> ${H.iban()} ${H.price()} batch ${H.build()}
${H.ts()} WARN  [payout] rejected ${H.badIban()} (checksum)
${H.ts()} WARN  [kyc] ssn ${H.badSsn()} rejected: not issued
${H.ts()} DEBUG [crypto] deposit address issued ${H.btc()} for ${H.crm()}
`;
  if (v === 2) { // syslog-ish plaintext app log
    for (let i = 0, n = r.int(5, 9); i < n; i++) {
      const c = r.int(0, 6), ts = H.ts();
      if (c === 0) lines.push(T`${ts} INFO  [${svc(r)}] session started for ${H.email()} from ${H.ip()}`);
      else if (c === 1) { const a = K.tok(); lines.push(T`${ts} DEBUG [http] --> POST https://api.partner.example/v2/sync ${a.env.replace(/_/g, '-')}=${Sv(a)}`); }
      else if (c === 2) lines.push(T`${ts} WARN  [auth] failed login for user '${r.pick(['admin', 'root', 'j.smith'])}' password='${S('USER_PASSWORD', password(r).replace(/'/g, ''))}' ip=${H.ip()}`);
      else if (c === 3) lines.push(T`${ts} INFO  [kyc] verified ${H.person()} dob=19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)} ssn=${H.ssn()}`);
      else if (c === 4) lines.push(T`${ts} INFO  [shipping] label created ${H.track()} for order ${H.order()}`);
      else if (c === 5) lines.push(T`${ts} ERROR [smtp] auth failed: 535 5.7.8 user=${P('EMAIL_ADDRESS', 'alerts@acme.example')} pass=${S('SMTP_PASSWORD', password(r))}`);
      else lines.push(T`${ts} INFO  [worker] job ${H.uuid()} done in ${r.int(1, 9000)}ms`);
    }
    return F(J(lines, '\n'), '\n');
  }
  // auth/ssh log with IPs
  for (let i = 0, n = r.int(6, 10); i < n; i++) {
    const ts = L('timestamp', `${r.pick(['Nov', 'Dec'])} ${r.int(1, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}`), pid = r.int(1000, 60000);
    const c = r.int(0, 3);
    if (c === 0) lines.push(T`${ts} bastion sshd[${pid}]: Failed password for invalid user ${r.pick(['oracle', 'test', 'admin', 'pi'])} from ${H.ip()} port ${r.int(1024, 65000)} ssh2`);
    else if (c === 1) lines.push(T`${ts} bastion sshd[${pid}]: Accepted publickey for ${r.pick(['deploy', 'ubuntu'])} from ${H.ip()} port ${r.int(1024, 65000)} ssh2: ED25519 SHA256:${L('hash', r.str(43, CS.b64))}`);
    else if (c === 2) lines.push(T`${ts} bastion sudo[${pid}]:   ${r.pick(['maria', 'tkowalski'])} : TTY=pts/0 ; PWD=/home ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p${S('MYSQL_PASSWORD', password(r, 3))}`);
    else lines.push(T`${ts} bastion fail2ban[${pid}]: NOTICE [sshd] Ban ${H.ip()}`);
  }
  return F(J(lines, '\n'), '\n');
}

export function stack_trace(r, K, H, i) {
  const v = i % 4;
  if (v === 0) { const a = K.tok(); return T`Traceback (most recent call last):
  File "/srv/app/${svc(r)}/sync.py", line ${r.int(20, 400)}, in run
    resp = client.post(url, json=payload, headers={"Authorization": f"Bearer {token}"})
  File "/usr/lib/python3.12/site-packages/httpx/_client.py", line 1146, in post
    return self.request("POST", url, ...)
httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://api.partner.example/v1/contacts'

Local variables in frame run:
    token = '${Sv(a)}'
    payload = {'email': '${H.email()}', 'name': '${H.person()}', 'phone': '${H.phone()}'}
    url = 'https://api.partner.example/v1/contacts'
    retry_id = '${H.uuid()}'
    db_url = '${F(conn(r))}'
`; }
  if (v === 1) { return T`Exception in thread "main" org.postgresql.util.PSQLException: FATAL: password authentication failed for user "billing_rw"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:${r.int(500, 800)})
	at org.postgresql.Driver.connect(Driver.java:${r.int(200, 300)})
	at com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:${r.int(300, 400)})
	at com.acme.${r.pick(['billing', 'ledger'])}.Boot.main(Boot.java:${r.int(20, 90)})
Caused by: config dump {url=jdbc:postgresql://pg-prod.corp.example/billing, user=billing_rw, password=${S('DATABASE_PASSWORD', password(r).replace(/[,}]/g, ''))}, poolName=HikariPool-1}
Build ${H.ver()} (${H.sha(true)}) on ${H.host()} at ${H.ts()}
`; }
  if (v === 2) { const a = K.tok(), b = K.tok(); return T`/srv/app/node_modules/axios/lib/core/settle.js:19
    reject(new AxiosError('Request failed with status code 403', ...));
AxiosError: Request failed with status code 403
    at settle (/srv/app/node_modules/axios/lib/core/settle.js:19:12)
    at IncomingMessage.handleStreamEnd (/srv/app/node_modules/axios/lib/adapters/http.js:589:11) {
  code: 'ERR_BAD_REQUEST',
  config: {
    url: 'https://api.${r.pick(WORDS)}.example/v1/messages',
    headers: {
      'Content-Type': 'application/json',
      '${r.pick(['x-api-key', 'Authorization', 'api-key'])}': '${r.chance(0.5) ? 'Bearer ' : ''}${Sv(a)}',
      'X-Trace': '${L('request_id', LK.traceId(r))}'
    },
    data: '{"to":"${H.email()}","ref":"${H.order()}"}'
  },
  env: { NODE_ENV: 'production', ${b.env.toUpperCase().replace(/\./g, '_')}: '${Sv(b)}', HOME: '/home/node' }
}
Node.js v20.${r.int(1, 18)}.0
`; }
  const a = K.tok();
  return T`panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${r.str(7, CS.hex)}]

goroutine ${r.int(1, 300)} [running]:
main.(*Worker).flush(0xc000${r.str(6, CS.hex)}, {0x${r.str(7, CS.hex)}, 0xc000${r.str(6, CS.hex)}})
	/build/worker.go:${r.int(40, 400)} +0x${r.str(3, CS.hex)}
main.main()
	/build/main.go:${r.int(10, 90)} +0x${r.str(3, CS.hex)}

-- crash report (env snapshot) --
HOSTNAME=${H.host()}
GIT_COMMIT=${H.sha()}
${a.env.toUpperCase().replace(/\./g, '_')}=${Sv(a)}
REDIS_URL=${F(conn(r))}
CLIENT_ADDR=${H.ip()}
`;
}

export function json_api(r, K, H, i) {
  const v = i % 6;
  if (r.chance(0.25)) { const Q = H.prof(true), nm = Q.name(); return T`POST /v1/identity/verifications → 201
{
  "id": "idv_${r.str(20, CS.alnum)}",
  "status": "verified",
  "subject": {"full_name": "${P('PERSON', nm)}", "email": "${H.email(nm)}", "phone": "${Q.phone()}", "address": "${Q.street()}, ${Q.city()}"},
  "documents": [
    {"type": "${r.pick(['us_passport', 'passport'])}", "number": "${H.pass()}", "expires": "${H.date()}"},
    {"type": "drivers_license", "state": "${r.pick(PI.DL_STATES)}", "number": "${H.dl()}"},
    {"type": "tax_id", "kind": "${r.pick(['ssn', 'itin'])}", "value": "${r.chance(0.5) ? H.ssn() : H.itin()}"}
  ],
  "payout": {"bank_account_number": "${H.bank()}", "routing_number": "${PI.aba(r)}", "btc_address": "${H.btc()}"},
  "checked_at": "${H.ts()}"
}
`; }
  if (v === 5) { const it = () => T`    {"sku": "${L('product_code', LK.productCode(r))}", "isbn": "${L('isbn', LK.isbn(r))}", "price": "${H.price()}", "color": "${L('hex_color', LK.hexColor(r))}", "store": {"geo": "${L('coordinates', LK.coords(r))}", "city": "${H.city()}"}}`;
    return T`GET /v2/catalog/search?q=${r.pick(['atlas', 'manga', 'cookbook'])} → 200 (${H.rid()})
{
  "items": [
${J(Array.from({ length: r.int(2, 4) }, it), ',\n')}
  ],
  "cursor": "${L('ulid', LK.ulid(r))}",
  "customer": {"name": "${H.person()}", "card": "${H.card(null, 'plain')}", "ship_to": "${H.street()}"}
}
`; }
  if (v === 0) { const Q = H.prof(), nm = Q.name(); return T`HTTP/1.1 200 OK
content-type: application/json
x-request-id: ${H.rid()}

{"data":{"id":"${H.crm()}","type":"customer","attributes":{"name":"${P('PERSON', nm)}","email":"${H.email(nm)}","phone":"${Q.phone()}","address":{"line1":"${Q.street()}","city":"${Q.city()}","country":"${Q.country()}"},"created_at":"${H.ts()}","ltv":"${H.price()}","last_ip":"${H.ip()}"}}}
`; }
  if (v === 1) { const a = K.tok(); return T`{
  "object": "api_key",
  "id": "key_${r.str(16, CS.alnum)}",
  "name": "${r.pick(['ci', 'zapier', 'prod-backend'])}",
  "secret": "${Sv(a, jsonEsc(a.v))}",
  "created": ${L('timestamp', LK.epoch(r).slice(0, 10))},
  "note": "This is the only time the full secret is shown.",
  "owner": { "name": "${H.person()}", "email": "${H.email()}" }
}
`; }
  if (v === 2) { const jwt = makeJwt(r); return T`{
  "access_token": "${S('JWT', jwt)}",
  "token_type": "Bearer",
  "expires_in": 3600,
  "refresh_token": "${S('OAUTH_REFRESH_TOKEN', r.str(64, CS.b64u))}",
  "scope": "openid profile email",
  "id_token_hint": "${H.ph()}",
  "session_state": "${H.uuid()}"
}
`; }
  if (v === 3) { return T`{"object":"list","data":[
 {"id":"pm_${r.str(24, CS.alnum)}","type":"card","billing_details":{"name":"${H.person()}","email":"${H.email()}","phone":"${H.phone()}"},"card":{"number":"${H.card(null, 'plain')}","exp":"${r.int(1, 12)}/${r.int(27, 32)}"}},
 {"id":"pm_${r.str(24, CS.alnum)}","type":"card","card":{"number":"${H.testCard()}","note":"sandbox"}},
 {"id":"pm_${r.str(24, CS.alnum)}","type":"sepa_debit","sepa_debit":{"iban":"${H.iban(null, false)}","mandate":"${H.uuid()}"}},
 {"id":"pm_${r.str(24, CS.alnum)}","type":"crypto","wallet":"${H.btc()}"},
 {"id":"pm_${r.str(24, CS.alnum)}","type":"card","card":{"number":"${H.badCard()}","status":"invalid_number"}}
],"has_more":false,"url":"/v1/payment_methods"}
`; }
  const rows = []; for (let i = 0, n = r.int(3, 5); i < n; i++) { const nm = PI.person(r); rows.push(T`    {"user": "${P('PERSON', nm)}", "email": "${H.email(nm)}", "mobile": "${H.phone()}", "city": "${H.city()}", "last_login_ip": "${H.ip()}", "id": "${H.uuid()}"}`); }
  return T`{
  "page": 1,
  "results": [
${J(rows, ',\n')}
  ],
  "generated_at": "${H.ts()}"
}
`;
}

export function git_output(r, K, H, i) {
  const v = i % 3, nm = PI.person(r, r.pick(['en', 'de', 'inl', 'zhl', 'es', 'pl', 'ja', 'ru', 'ko', 'tr'])), em = PI.email(r, r.chance(0.5) ? nm : null);
  if (v === 0) { const a = K.tok(), b = K.tok(); return T`commit ${H.sha()}
Author: ${P('PERSON', nm)} <${P('EMAIL_ADDRESS', em)}>
Date:   ${L('timestamp', `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.pick(['Oct', 'Nov'])} ${r.int(1, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} 2026 +0100`)}

    ${r.pick(['wip: local config', 'hotfix: add partner key', 'try new creds', 'debug prod sync'])}

diff --git a/${r.pick(['.env.production', 'config/secrets.yml', 'deploy/values.yaml'])} b/${r.pick(['.env.production', 'config/secrets.yml'])}
index ${H.sha(true)}..${H.sha(true)} 100644
--- a/.env.production
+++ b/.env.production
@@ -${r.int(3, 40)},6 +${r.int(3, 40)},7 @@
 LOG_LEVEL=info
-${a.env.toUpperCase().replace(/\./g, '_')}=${H.env(a.env.toUpperCase().replace(/\./g, '_'))}
+${a.env.toUpperCase().replace(/\./g, '_')}=${Sv(a)}
+${b.env.toUpperCase().replace(/\./g, '_')}=${Sv(b)}
 SENTRY_ENVIRONMENT=production
`; }
  if (v === 1) { const lines = []; for (let i = 0, n = r.int(5, 9); i < n; i++) { const p = PI.person(r); lines.push(T`${H.sha(true)} ${r.pick(['feat', 'fix', 'chore', 'docs'])}: ${r.pick(['rotate keys', 'bump ' + r.pick(['axios', 'serde', 'rails']), 'add retries', 'translate strings', 'fix typo in README'])} (${P('PERSON', p)} <${H.email(p)}>, ${L('date', `20${r.int(19, 26)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`)})`); }
    return T`$ git log --pretty='%h %s (%an <%ae>, %ad)' --date=short -n ${lines.length}
${J(lines, '\n')}
$ git tag --points-at HEAD
${H.ver()}
`; }
  const pw = password(r);
  return T`$ git show ${H.sha(true)} -- deploy/ansible/group_vars/prod.yml
commit ${H.sha()}
Author: ${P('PERSON', nm)} <${P('EMAIL_ADDRESS', em)}>

    move db creds to group vars

+mysql_root_password: "${S('MYSQL_PASSWORD', pw)}"
+replication_user: repl
+replication_password: ${S('MYSQL_PASSWORD', password(r, 3))}
+smtp_relay_password: ${H.env('SMTP_RELAY_PASSWORD', 'jinja')}
+ntp_servers: [ time1.corp.example, time2.corp.example ]
+vault_password_hint: ${L('placeholder', 'ask in #infra')}
`;
}

export function markdown_doc(r, K, H, i) {
  const v = i % 3;
  if (v === 0) { const a = K.tok(), b = K.pw(); return T`# ${svc(r)} — local setup

> Last updated ${H.date()} by ${H.person()}

1. Copy \`.env.example\` to \`.env\`.
2. Ask in #platform for the shared credentials, or for now use the staging ones below
   (**rotate before launch!**):

   | variable | value |
   |---|---|
   | \`${a.env.toUpperCase().replace(/\./g, '_')}\` | \`${Sv(a)}\` |
   | \`${b.env.toUpperCase()}\` | \`${Sv(b)}\` |
   | \`SENTRY_DSN\` | \`${H.ph()}\` |

3. Run \`docker compose up -d\`, then \`make seed\`.

The example AWS key in our docs (\`${H.awsEx()}\`) is AWS's own sample and is not valid.
Pin the toolchain to ${H.ver()}; the lockfile integrity for the SDK is \`${L('integrity', LK.integrity(r))}\`.
`; }
  if (v === 1) { const a = K.tok(); return T`## Incident ${r.int(100, 999)} — postmortem (${H.date()})

**Summary.** At ${H.ts()} the partner sync started failing with 401s. Root cause: the key
\`${Sv(a)}\` was rotated on the vendor side by ${H.person()} but not in Vault.

**Timeline**
- ${H.ts()} alert fired (request id ${H.rid()})
- ${H.ts()} on-call (${H.person()}, ${H.phone()}) paged
- ${H.ts()} new key deployed in ${H.sha(true)}

**Customer impact.** ${r.int(10, 900)} orders delayed, e.g. ${H.order()} and ${H.order()}. Refunds of ${H.price()} issued.
`; }
  if (r.chance(0.3)) { const k = K.pem(); return T`## Bastion access

Add your public key to \`authorized_keys\` (example: \`${L('public_key', LK.sshPub(r))}\`).
The CA certificate for the internal registry:

\`\`\`
${L('certificate', LK.certPem(r))}
\`\`\`

Old deploy key (REVOKED ${H.date()}, kept for the audit trail — ask ${H.person()}):

\`\`\`
${Sv(k)}
\`\`\`
`; }
  const s1 = K.tok(), s2 = K.tok();
  return T`### Runbook: rotating the ${r.pick(['LLM', 'payments', 'search'])} credentials

\`\`\`bash
# old (revoked ${H.date()}):
export ${s1.env.toUpperCase().replace(/\./g, '_')}="${Sv(s1)}"
# new:
vault kv put secret/${svc(r)} ${s2.env.toLowerCase()}='${Sv(s2)}'
\`\`\`

Never paste real keys like \`${H.ph()}\` into tickets. Use \`${H.env(s2.env.toUpperCase().replace(/\./g, '_'), 'ci')}\` in workflows.
Contact: ${H.person()} · ${H.email()} · ${H.phone()}
`;
}
