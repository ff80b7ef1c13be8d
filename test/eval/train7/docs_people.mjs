// Documents about people and operations: logs, traces, API answers, exports, tickets, mail, chat, HR, medical, banking, git, docs.
import { ADDR, US_ADDR, addr, S, P, L, f, sx, conn, pick, int, chance, rs, digits, nz, draw, urlpw, password, mkPerson, PERSON, LOC, EMAIL, PHONE, IP, CARD, IBAN, SSN, ITIN, PASSPORT, DEA, NHS, BTC, DL, BANK, city, street, country, routing, KIND } from './common.mjs';
import { LK, uuid, sha, version, ts, date } from './looks.mjs';
import { ALNUM, HEX, B64, B64U, LO, UP, email, phone, clientIp, PHONES } from './lib.mjs';
const PHONE_OK = (cc) => !!PHONES[cc];

const tsMaybe = (v) => (chance(0.3) ? L('timestamp', v) : v);
const mon = () => pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
const clf = () => `${String(int(1, 28)).padStart(2, '0')}/${mon()}/2026:${String(int(0, 23)).padStart(2, '0')}:${String(int(10, 59))}:${String(int(10, 59))} +0000`;
const path = () => pick(['/api/v1/orders', '/login', '/static/app.js', '/api/v2/users/me', '/checkout', '/healthz', '/graphql', '/wp-login.php']);
// ---------------- logs ----------------
function accessLog() {
  const out = []; const n = int(8, 14);
  for (let i = 0; i < n; i++) {
    const r = int(0, 9);
    if (r === 0) { const k = sx('token'); out.push(f`${IP()} - - [${tsMaybe(clf())}] "GET /api/export?format=csv&api_key=${k.s} HTTP/1.1" 200 ${int(300, 90000)} "-" "python-requests/2.31.0"\n`); }
    else if (r === 1) out.push(f`${IP()} - ${pick(['admin', 'jdoe', '-'])} [${tsMaybe(clf())}] "POST /login HTTP/2.0" 302 0 "https://shop.acme.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)" rid=${LK.req()}\n`);
    else out.push(f`${IP()} - - [${tsMaybe(clf())}] "${pick(['GET', 'GET', 'POST', 'HEAD'])} ${path()} HTTP/1.1" ${pick([200, 200, 304, 404, 500, 301])} ${int(0, 50000)} "-" "${pick(['curl/8.5.0', 'Mozilla/5.0 (X11; Linux x86_64)', 'okhttp/4.12.0', 'Googlebot-ish/2.1'])}"\n`);
  }
  return { kind: 'log', parts: out };
}
function appJsonLog() {
  const out = []; const n = int(6, 10);
  for (let i = 0; i < n; i++) {
    const p = mkPerson({ latin: chance(0.6) });
    const r = int(0, 7);
    if (r === 0) out.push(f`{"ts":"${LK.ts()}","level":"info","msg":"login succeeded","user":"${EMAIL(p.email)}","ip":"${IP()}","request_id":"${LK.req()}"}\n`);
    else if (r === 1) { const j = draw('JWT'); out.push(f`{"ts":"${LK.ts()}","level":"debug","msg":"outbound request","headers":{"Authorization":"Bearer ${S(j.e, j.v)}","X-Trace":"${LK.trace()}"}}\n`); }
    else if (r === 2) out.push(f`{"ts":"${LK.ts()}","level":"warn","msg":"sms delivery failed","to":"${PHONE()}","provider_ref":"${LK.req()}","retry_in":${int(5, 120)}}\n`);
    else if (r === 3) out.push(f`{"ts":"${LK.ts()}","level":"info","msg":"profile updated","name":"${PERSON(p)}","city":"${LOC()}","changed":["address","phone"]}\n`);
    else if (r === 4) out.push(f`{"ts":"${LK.ts()}","level":"error","msg":"db connect failed","dsn":"${conn(pick(['postgres', 'mysql', 'mongodb', 'amqp', 'redis']))}","attempt":${int(1, 5)}}\n`);
    else if (r === 5) out.push(f`{"ts":"${LK.ts()}","level":"info","msg":"payment authorized","order":"${LK.order()}","amount":"${LK.price()}","card_last4":"${digits(4)}","client_ip":"${IP()}"}\n`);
    else out.push(f`{"ts":"${LK.ts()}","level":"info","msg":"cache hit","key":"prod:v${int(1, 9)}:${LK.md5()}","build":"${LK.shortSha()}"}\n`);
  }
  return { kind: 'log', parts: out };
}
function authLog() {
  const out = []; const host = pick(['bastion01', 'web-3', 'vpn-gw']);
  for (let i = 0; i < int(7, 12); i++) {
    const t = `${mon()} ${String(int(1, 28)).padStart(2, ' ')} ${String(int(0, 23)).padStart(2, '0')}:${int(10, 59)}:${int(10, 59)}`;
    const r = int(0, 4); const pid = int(1000, 99999);
    if (r === 0) out.push(f`${tsMaybe(t)} ${host} sshd[${pid}]: Failed password for invalid user ${pick(['admin', 'oracle', 'test', 'ubuntu'])} from ${IP()} port ${int(1024, 65000)} ssh2\n`);
    else if (r === 1) out.push(f`${tsMaybe(t)} ${host} sshd[${pid}]: Accepted publickey for deploy from ${IP()} port ${int(1024, 65000)} ssh2: ED25519 SHA256:${L('digest', rs(B64, 43))}\n`);
    else if (r === 2) out.push(f`${tsMaybe(t)} ${host} sudo:   ${pick(['mkumar', 'jdoe', 'ops'])} : TTY=pts/${int(0, 4)} ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p${S('MYSQL_PASSWORD', password())}\n`);
    else if (r === 3) out.push(f`${tsMaybe(t)} ${host} sshd[${pid}]: Disconnected from authenticating user root ${IP()} port ${int(1024, 65000)} [preauth]\n`);
    else out.push(f`${tsMaybe(t)} ${host} systemd[1]: Started Session ${int(100, 9000)} of User deploy.\n`);
  }
  return { kind: 'log', parts: out };
}
function gatewayDebugLog() {
  const a = sx('token'), c = sx('token'); const p = mkPerson(); const gts = `${int(10, 23)}:${int(10, 59)}:${int(10, 59)}.${digits(3)}`;
  return { kind: 'log', parts: f`${gts} DEBUG http.client  > POST /v1/charges HTTP/1.1
${gts} DEBUG http.client  > Host: api.payments.example
${gts} DEBUG http.client  > Authorization: Bearer ${a.s}
${gts} DEBUG http.client  > Idempotency-Key: ${LK.uuid()}
${gts} DEBUG http.client  > Cookie: session=${S('SESSION_COOKIE', draw('SESSION_COOKIE').v)}; theme=dark
${gts} DEBUG http.client  > {"amount":${int(100, 99999)},"currency":"eur","source":{"number":"${CARD()}","exp":"${int(1, 12)}/${int(27, 31)}"},"receipt_email":"${EMAIL(p.email)}"}
${gts} DEBUG http.client  < HTTP/1.1 402 Payment Required
${gts} DEBUG http.client  < Request-Id: ${LK.req()}
${gts} WARN  billing      retrying with fallback key ${c.s}
${gts} INFO  billing      card ${LK.testCard()} used in sandbox smoke test
` };
}
// ---------------- stack traces / crash dumps ----------------
function pyTrace() {
  const p = mkPerson({ latin: true }); const pw = password();
  return { kind: 'stack_trace', parts: f`Traceback (most recent call last):
  File "/srv/app/${pick(['billing', 'accounts', 'sync'])}/worker.py", line ${int(20, 400)}, in run
    result = client.login(user, password)
  File "/srv/app/lib/ldap_client.py", line ${int(20, 200)}, in login
    conn.simple_bind_s(dn, pw)
ldap.INVALID_CREDENTIALS: {'desc': 'Invalid credentials'}

Local variables in frame 'login':
    dn = 'uid=${p.first.toLowerCase().replace(/[^a-z]/g, '')},ou=people,dc=corp,dc=example'
    pw = '${S('LDAP_BIND_PASSWORD', pw)}'
    user_email = '${EMAIL(p.email)}'
    display_name = '${PERSON(p)}'
    request_id = '${LK.uuid()}'
    retries = ${int(0, 3)}
Sentry event ${L('request_id', rs(HEX, 32))} (release ${LK.version()})
` };
}
function javaTrace() {
  return { kind: 'stack_trace', parts: f`${LK.ts()} ERROR [main] o.s.boot.SpringApplication - Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
Caused by: java.sql.SQLException: Access denied for URL ${conn(pick(['jdbcpg', 'jdbcmysql', 'oracle']))}
\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:${int(100, 600)})
\tat com.acme.orders.OrdersApplication.main(OrdersApplication.java:${int(10, 60)})
Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed
\t... ${int(10, 40)} more
[trace=${LK.trace()} span=${L('span_id', rs(HEX, 16))} build=${LK.build()}]
` };
}
function nodeCrash() {
  const a = sx(), b = sx();
  return { kind: 'stack_trace', parts: f`/app/node_modules/@acme/config/index.js:${int(10, 200)}
    throw new ConfigError(\`invalid value for \${key}\`);
    ^

ConfigError: invalid value for MAX_POOL
    at validate (/app/node_modules/@acme/config/index.js:${int(10, 200)}:11)
    at Object.<anonymous> (/app/server.js:${int(3, 40)}:1) {
  config: {
    NODE_ENV: 'production',
    ${a.k.env}: '${a.s}',
    ${b.k.env}: '${b.s}',
    MAX_POOL: 'ten',
    RELEASE: '${LK.shortSha()}',
    DEPLOY_ID: '${LK.uuid()}'
  }
}

Node.js v20.${int(10, 18)}.${int(0, 5)}
` };
}
function goPanic() {
  const a = sx('token');
  return { kind: 'stack_trace', parts: f`panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x${rs(HEX, 2)} pc=0x${rs(HEX, 6)}]

goroutine ${int(1, 400)} [running]:
main.(*Uploader).Put(0xc000${rs(HEX, 6)}, {0xc0001${rs(HEX, 5)}, 0x${rs(HEX, 2)}})
\t/src/cmd/uploader/main.go:${int(40, 300)} +0x${rs(HEX, 3)}
--- environment at crash (crashreporter ${LK.version()}) ---
HOSTNAME=uploader-${rs(LO + '0123456789', 10)}-${rs(LO, 5)}
UPLOAD_TOKEN=${a.s}
GOMAXPROCS=4
BUILD_SHA=${LK.sha()}
` };
}
// ---------------- JSON API answers ----------------
function userApi() {
  const p = mkPerson(); const a = addr(); const ph = phone(chance(0.7) && PHONE_OK(a.cc) ? a.cc : undefined);
  return { kind: 'json_api', parts: f`{
  "data": {
    "id": "${LK.crm()}",
    "type": "customer",
    "attributes": {
      "full_name": "${PERSON(p)}",
      "email": "${EMAIL(p.email)}",
      "phone": "${P('PHONE_NUMBER', ph)}",
      "address": { "line1": "${LOC(a.street)}", "city": "${LOC(a.city)}", "postal_code": "${digits(5)}", "country": "${a.cc}" },
      "created_at": "${LK.ts()}",
      "last_login_ip": "${IP()}",
      "loyalty_tier": "${pick(['gold', 'silver', 'none'])}",
      "avatar_color": "${LK.color()}"
    }
  },
  "meta": { "request_id": "${LK.req()}", "api_version": "${LK.version()}" }
}
` };
}
function kycApi() {
  const p = mkPerson({ latin: true }); const d = DL();
  const idType = pick(['passport', 'dl', 'both']);
  return { kind: 'json_api', parts: f`{"verification":{"id":"${LK.uuid()}","status":"${pick(['approved', 'needs_review', 'rejected'])}","subject":{"name":"${PERSON(p)}","dob":"19${int(50, 99)}-0${int(1, 9)}-1${int(0, 9)}","ssn":"${SSN()}","address":"${ADDR()}"},
"documents":[${idType !== 'dl' ? ['{"type":"us_passport","number":"', PASSPORT(), '","expires":"', LK.date(), '"}'] : ''}${idType === 'both' ? ',' : ''}${idType !== 'passport' ? ['{"type":"drivers_license","state":"', d.st, '","number":"', d.s, '"}'] : ''}],
"checks":{"watchlist":"clear","selfie_match":0.${int(80, 99)}},"reviewed_at":"${LK.ts()}","trace_id":"${LK.trace()}"}}
` };
}
function oauthApi() {
  const j = draw('JWT'), rt = draw('OAUTH_REFRESH_TOKEN'), idt = draw('JWT');
  return { kind: 'json_api', parts: f`HTTP/1.1 200 OK
Content-Type: application/json
X-Request-Id: ${LK.req()}

{"access_token":"${S(j.e, j.v)}","token_type":"Bearer","expires_in":3600,"refresh_token":"${S(rt.e, rt.v)}","id_token":"${S('OIDC_ID_TOKEN', idt.v)}","scope":"openid profile email"}
` };
}
function paymentApi() {
  const p = mkPerson();
  return { kind: 'json_api', parts: f`{
  "object": "list",
  "data": [
    { "id": "pm_${rs(ALNUM, 24)}", "billing_details": { "name": "${PERSON(p)}", "email": "${EMAIL(p.email)}", "phone": "${PHONE()}" },
      "card": { "brand": "visa", "number": "${CARD('visa')}", "exp_month": ${int(1, 12)}, "exp_year": ${int(2027, 2032)} }, "created": ${LK.epoch()} },
    { "id": "pm_${rs(ALNUM, 24)}", "card": { "brand": "${pick(['mastercard', 'amex', 'discover', 'jcb'])}", "number": "${CARD(pick(['mc', 'mc2', 'amex', 'disc', 'jcb', 'diners']))}", "fingerprint": "${rs(ALNUM, 16)}" } },
    { "id": "pm_${rs(ALNUM, 24)}", "card": { "number": "${LK.badCard()}", "status": "invalid_number" } },
    { "id": "pm_${rs(ALNUM, 24)}", "card": { "number": "${LK.testCard()}", "livemode": false } }
  ],
  "has_more": false,
  "url": "/v1/payment_methods",
  "request": "${LK.req()}"
}
` };
}
// ---------------- CSV / exports ----------------
function crmCsv() {
  const rows = [f`id,full_name,email,phone,city,country,created,lifetime_value\n`];
  for (let i = 0; i < int(5, 9); i++) {
    const p = mkPerson(); const q = chance(0.3) ? '"' : '';
    rows.push(f`${LK.crm()},${q}${PERSON(p)}${q},${EMAIL(p.email)},${q}${PHONE()}${q},${q}${LOC()}${q},${pick(['US', 'BR', 'DE', 'IN', 'JP', 'KE', 'MX', 'PL', 'VN'])},"${LK.date()}","${LK.price()}"\n`);
  }
  return { kind: 'csv_export', parts: rows };
}
function payrollCsv() {
  const rows = [f`emp_id;name;tax_id;tax_id_type;bank_routing;account_number;account_type;net_pay\n`];
  for (let i = 0; i < int(5, 8); i++) {
    const p = mkPerson({ latin: true }); const t = chance(0.6);
    rows.push(f`E${nz(5)};${PERSON(p)};${t ? SSN() : ITIN()};${t ? 'SSN' : 'ITIN'};${routing()};${BANK()};${pick(['checking', 'savings'])};${LK.price()}\n`);
  }
  rows.push(f`# export ${LK.uuid()} generated ${LK.ts()}\n`);
  return { kind: 'csv_export', parts: rows };
}
function ordersCsv() {
  const rows = [f`order_id\tcustomer\tship_to\ttracking\ttotal\tplaced_at\n`];
  for (let i = 0; i < int(5, 9); i++) { const p = mkPerson(); rows.push(f`${LK.order()}\t${PERSON(p)}\t${ADDR()}\t${LK.tracking()}\t${LK.price()}\t${LK.ts()}\n`); }
  return { kind: 'csv_export', parts: rows };
}
// ---------------- support tickets ----------------
function ticket() {
  const p = mkPerson(); const agent = mkPerson({ latin: true });
  const v = int(0, 4);
  const body = [
    () => f`Hi, my card ${CARD()} was charged twice for order ${LK.order()} (${LK.price()}). You can reach me on ${PHONE()}. — ${PERSON(p)}`,
    () => f`Hola, no puedo entrar a mi cuenta. Mi correo es ${EMAIL(p.email)} y mi teléfono ${PHONE(pick(['ES', 'MX', 'AR', 'CO', 'CL', 'PE']))}. Vivo en ${ADDR()}. Gracias, ${PERSON(p)}`,
    () => f`Guten Tag, bitte ändern Sie meine Lieferadresse auf ${ADDR()}. Sendungsnummer ${LK.tracking()}. Rückruf bitte unter ${PHONE(pick(['DE', 'AT', 'CH']))}. Mit freundlichen Grüßen, ${PERSON(p)}`,
    () => f`Bonjour, je n'ai pas reçu le remboursement de la facture ${LK.invoice()}. Voici mon IBAN : ${IBAN(pick(['FR', 'BE', 'LU', 'CH']), true)}. Cordialement, ${PERSON(p)} (${PHONE(pick(['FR', 'BE']))})`,
    () => f`こんにちは。注文 ${LK.order()} がまだ届いていません。連絡先は ${PHONE('JP')}、メールは ${EMAIL(p.email)} です。${PERSON(mkPerson({ culture: 'ja_lat' }))}`,
  ][v]();
  const k = chance(0.5) ? sx() : null;
  return { kind: 'ticket', parts: f`Ticket #${int(10000, 99999)} — ${pick(['Billing', 'Login', 'Shipping', 'Refund'])} — priority ${pick(['normal', 'high', 'urgent'])}
Requester: ${PERSON(p)} <${EMAIL(p.email)}>
Opened: ${LK.ts()}   Channel: ${pick(['email', 'web form', 'chat'])}

${body}

--- internal note (${PERSON(agent)}) ---
${k ? f`Reproduced with the support API key, pasting for the next shift: ${k.s} (expires ${LK.date()}).` : f`Customer record ${LK.crm()}, last login from ${IP()}. Escalated to tier 2.`}
` };
}
function itTicket() {
  const p = mkPerson({ latin: true }); const pw = password(); const t = sx();
  return { kind: 'ticket', parts: f`[JIRA] OPS-${int(1000, 9999)}: ${pick(['VPN access for new hire', 'Reset service account password', 'Rotate leaked key', 'Grant prod DB read access'])}
Reporter: ${PERSON(p)}  |  Assignee: ${PERSON(mkPerson())}  |  Created: ${LK.date()}

${PERSON(p)} wrote:
> Temporary password set to ${S('USER_PASSWORD', pw)} — please force a change at first login.
> The old key ${t.s} is still referenced in the ${pick(['cron job', 'Jenkins job', 'lambda'])}; can someone rotate it?

Comment (${LK.ts()}): rotated. New value lives in vault at secret/ops/${pick(['svc', 'etl', 'mail'])} (${LK.env('VAULT_PATH')}). Fixed in ${LK.shortSha()}.
` };
}
// ---------------- emails ----------------
function email1() {
  const p = mkPerson(); const r = mkPerson(); const lang = int(0, 5); const a = addr(); const cc = PHONE_OK(a.cc) ? a.cc : undefined;
  const sig = f`\n--\n${PERSON(p)}\n${['Accounts Payable', 'Projektleitung', 'Gerente de Contas', 'Travel Desk', 'Руководитель проекта', 'Responsable RH'][lang]}\n${ADDR(false, a)}\n${pick(['Tel.', 'T:', 'Phone', 'Tél.'])} ${PHONE(cc, true)}  ·  ${pick(['Mobile', 'Mob.', 'Cel.', 'Handy'])} ${PHONE(cc, false)}\n`;
  const bodies = [
    () => f`Hi ${r.first},\n\nPlease update our bank details for invoice ${LK.invoice()} (${LK.price()}). New IBAN: ${IBAN()} (BIC ${rs(UP, 6)}2L). Old account closes ${LK.date()}.\n\nThanks,`,
    () => f`Hallo ${r.first},\n\nanbei die Zugangsdaten für den Testserver: Benutzer "demo", Passwort ${S('USER_PASSWORD', password())}. Bitte nach dem ersten Login ändern.\n\nViele Grüße`,
    () => f`Olá ${r.first},\n\nsegue o contato do cliente: ${PERSON(mkPerson({ culture: 'pt' }))}, telefone ${PHONE('BR')}, e-mail ${EMAIL()}. Endereço: ${ADDR()}.\n\nAbraços,`,
    () => f`Dear ${r.first},\n\nfor the visa letter we need your passport number. I have ${PASSPORT()} on file from ${LK.date()} — please confirm. Your flight ref is ${L('booking_reference', rs(UP, 6))}.\n\nBest regards,`,
    () => f`Привет, ${r.first}!\n\nВот ключ для стейджинга: ${sx('token').s} — не пересылай его дальше. Сборка ${LK.build()}.\n\nСпасибо,`,
    () => f`Bonjour ${r.first},\n\nle nouveau mot de passe du compte partagé est ${S('USER_PASSWORD', password('words'))}. Le ticket de référence est ${LK.req()}.\n\nBien à vous,`,
  ];
  return { kind: 'email', parts: f`From: ${PERSON(p)} <${EMAIL(p.email)}>
To: ${PERSON(r)} <${EMAIL(r.email)}>
Date: ${L('timestamp', `${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${int(1, 28)} ${mon()} 2026 ${int(10, 23)}:${int(10, 59)}:${int(10, 59)} ${pick(['+0000', '+0200', '-0500', '+0900', '+0300'])}`)}
Subject: ${['Re: updated bank details', 'Zugang Testserver', 'Contato do cliente', 'Visa invitation letter', 'Ключ для стейджинга', 'Mot de passe du compte partagé'][lang]}
Message-ID: <${LK.uuid()}@mail.acme.example>

${bodies[lang]()}${sig}` };
}
function itEmail() {
  const u = mkPerson({ latin: true });
  return { kind: 'email', parts: f`From: IT Service Desk <${EMAIL('servicedesk@corp.example')}>
To: ${EMAIL(u.email)}
Subject: Your new account

Hello ${PERSON(u)},

welcome aboard! Your workstation login is ${u.first.toLowerCase().replace(/[^a-z]/g, '')}.${u.last.toLowerCase().replace(/[^a-z]/g, '').slice(0, 8)} and your initial password is: ${S('USER_PASSWORD', password('pin'))}
The guest Wi-Fi "ACME-Guest" key is ${S('WIFI_PSK', password('words'))}.
VPN: vpn.corp.example, shared secret ${S('VPN_PRESHARED_KEY', rs(ALNUM, 24))}
Your MFA enrolment code: ${S('TOTP_SEED', rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}

Ticket reference: ${LK.req()}  ·  Asset tag ${LK.product()}
Never share these with anyone, including IT.
` };
}
// ---------------- chat exports ----------------
const PW_PROSE = [(s) => f`the staging pw is ${s.s} btw`, (s) => f`login admin / ${s.s}`, (s) => f`Das Passwort lautet ${s.s}`, (s) => f`la contraseña es ${s.s}`, (s) => f`mot de passe : ${s.s}`, (s) => f`senha do ambiente de teste: ${s.s}`, (s) => f`パスワードは ${s.s} です`, (s) => f`пароль: ${s.s}`, (s) => f`密码是 ${s.s}`, (s) => f`la password del db è ${s.s}`, (s) => f`hasło: ${s.s}`, (s) => f`wachtwoord: ${s.s}`, (s) => f`şifre ${s.s}`, (s) => f`pw for ${pick(['the ftp', 'grafana', 'the NAS', 'jenkins'])}: ${s.s} (yes really)`];
const KEY_PROSE = [(s) => f`use this key: ${s.s}`, (s) => f`here you go -> ${s.s} (don't paste it in #general pls)`, (s) => f`ok I rotated it, new one is \`${s.s}\``, (s) => f`token (read-only, I think?) ${s.s}`, (s) => ['```\n', s.k.env, '=', s.s, '\n```'], (s) => f`try with ${s.s} — if that fails ping ${pick(['@maria', '@dev-oncall', '@kenji'])}`, (s) => f`${s.k.desc}: ${s.s}`, (s) => f`Der ${s.k.desc} ist ${s.s}`, (s) => f`la clave de la API: ${s.s}`, (s) => f`キーはこれ → ${s.s}`];
const CHATTER = [() => f`merged in ${LK.shortSha()}, deploying ${LK.version()}`, () => f`can you check request ${LK.req()}?`, () => f`lol`, () => f`thx!`, () => f`the key in the wiki is just ${LK.ph()}, don't use that`, () => f`build ${LK.build()} is green`, () => f`order ${LK.order()} is stuck again`, () => f`AWS docs use ${LK.awsEx()} in the examples, that's not ours`, () => f`pinging ${EMAIL()} about it`, () => f`customer called from ${PHONE()}`];
function chat() {
  const ppl = [mkPerson(), mkPerson(), mkPerson()]; const out = []; const fmt = int(0, 2);
  const handle = (p) => (p.native ? 'user' + (p.full.length * 7) : (p.first[0] + p.last.split(' ')[0]).toLowerCase().normalize('NFD').replace(/[^a-z]/g, ''));
  const n = int(6, 11);
  for (let i = 0; i < n; i++) {
    const who = pick(ppl); const msg = chance(0.35) ? (chance(0.5) ? pick(PW_PROSE)(sx('pw')) : pick(KEY_PROSE)(sx('token'))) : pick(CHATTER)();
    if (fmt === 0) out.push(f`[${String(int(8, 19)).padStart(2, '0')}:${int(10, 59)}] ${i < 3 ? PERSON(who) : handle(who)}: `, msg, '\n');
    else if (fmt === 1) out.push(f`{"user":"${handle(who)}","ts":"${L('timestamp', int(1700000000, 1790000000) + '.' + digits(6))}","text":"`, msg.map ? msg.map((x) => (typeof x === 'string' ? x.replace(/\n/g, '\\n').replace(/`/g, '`') : x)) : msg, '"}\n');
    else out.push(f`${int(1, 12)}/${int(1, 28)}/26, ${int(1, 12)}:${int(10, 59)} ${pick(['AM', 'PM'])} - ${PERSON(who)}: `, msg, '\n');
  }
  return { kind: 'chat', parts: out };
}
function chatDm() {
  const a = mkPerson(), b = mkPerson(); const pk = chance(0.5) ? sx('pem') : sx('pw');
  return { kind: 'chat', parts: f`Direct message — ${PERSON(a)} ↔ ${PERSON(b)}
${PERSON(a)}: hey, do you still have the creds for the ${pick(['reporting', 'legacy FTP', 'staging bastion'])} box?
${PERSON(b)}: yeah one sec
${PERSON(b)}: ${pk.s}
${PERSON(a)}: got it, thanks. also my new number is ${PHONE()} if you need me this weekend
${PERSON(b)}: 👍 I'll delete this message later (ref ${LK.uuid()})
` };
}
// ---------------- HR ----------------
function hrRecord() {
  const p = mkPerson({ latin: chance(0.7) }); const d = DL(); const e = mkPerson();
  const labels = pick([['SSN', 'Passport No.', "Driver's License", 'Direct deposit — Account No.'], ['Social Security Number', 'US Passport #', 'DL# / State', 'Acct #'], ['Sozialversicherungsnr. (US SSN)', 'Reisepass-Nr. (USA)', 'Führerschein (US)', 'Kontonummer (US)'], ['Número de Seguro Social', 'Número de pasaporte (EE. UU.)', 'Licencia de conducir', 'Número de cuenta']]);
  return { kind: 'hr', parts: f`EMPLOYEE RECORD — CONFIDENTIAL        Employee ID: E${nz(6)}
Name: ${PERSON(p)}
Home address: ${ADDR(true)}
Personal email: ${EMAIL(p.email)}     Mobile: ${PHONE()}
Date of birth: ${int(1, 28)}.${int(1, 12)}.19${int(60, 99)}
${labels[0]}: ${chance(0.75) ? SSN() : ITIN()}
${labels[1]}: ${PASSPORT()}
${labels[2]}: ${d.s} (${d.st})
${labels[3]}: ${BANK()}   Routing: ${routing()}
Emergency contact: ${PERSON(e)}, ${PHONE()}
Start date: ${LK.date()}   Cost center: ${LK.product()}
` };
}
function i9Form() {
  const p = mkPerson({ latin: true }); const d = DL();
  return { kind: 'hr', parts: f`Form I-9 Section 2 — Employer Review (scanned, OCR)
Employee: ${PERSON(p)}
List A document: U.S. Passport    Document number: ${PASSPORT()}   Expiration: ${LK.date()}
List B document: Driver's license issued by ${d.st}   Number: ${d.s}
List C document: Social Security card   Number: ${SSN()}
Certified by: ${PERSON(mkPerson({ latin: true }))}, HR Generalist, ${LK.date()}
Case number (E-Verify): ${L('case_number', int(2024, 2026) + digits(9) + rs(UP, 2))}
` };
}
function w9Form() {
  const p = mkPerson({ latin: true });
  return { kind: 'hr', parts: f`Request for Taxpayer Identification Number — vendor onboarding
Name (as shown on your income tax return): ${PERSON(p)}
Business name: ${pick(['Bright Path Consulting LLC', 'Kestrel Design', 'Sol y Mar Traducciones'])}
Address: ${US_ADDR()}
Part I TIN: ${chance(0.5) ? ITIN() : SSN()}
Payment: ACH to account ${BANK()} (routing ${routing()}), remittance to ${EMAIL(p.email)}
Invoice ref: ${LK.invoice()}
` };
}
// ---------------- medical ----------------
function prescription() {
  const doc = mkPerson({ latin: true }); const pt = mkPerson();
  return { kind: 'medical', parts: f`e-Prescription ${L('rx_number', 'RX' + nz(8))}
Prescriber: Dr. ${PERSON(doc)}, ${pick(['MD', 'DO', 'NP'])}   DEA #: ${DEA(doc.last)}   NPI: ${L('npi', nz(10))}
Practice: ${US_ADDR()}   Tel ${PHONE('US')}
Patient: ${PERSON(pt)}   DOB ${int(1, 12)}/${int(1, 28)}/19${int(40, 99)}   Phone ${PHONE()}
Rx: ${pick(['Oxycodone 5 mg', 'Adderall XR 20 mg', 'Hydrocodone/APAP 5/325', 'Lorazepam 1 mg'])} — qty ${int(10, 90)}, refills 0
Pharmacy: ${pick(['Main St Pharmacy #', 'Corner Drug #', 'Farmacia Central #'])}${int(100, 9999)}
Transmitted ${LK.ts()}  msg ${LK.uuid()}
` };
}
function nhsLetter() {
  const gp = mkPerson({ culture: 'en' }); const pt = mkPerson();
  return { kind: 'medical', parts: f`${pick(['Riverside', 'Elmwood', 'Kingsgate'])} Medical Practice
${LOC(pick(['14 Larkspur Close', '2 Mill Lane', 'Unit 4, Riverside Court']))}, ${LOC(pick(['Leeds', 'Sheffield', 'Bristol', 'Norwich', 'Cardiff']))}
Tel: ${PHONE('GB', true)}

Dear Colleague,

Re: ${PERSON(pt)}   NHS No: ${NHS()}   DOB ${int(1, 28)}/${int(1, 12)}/19${int(40, 99)}
Address: ${ADDR()}
Mobile: ${PHONE('GB')}

Thank you for seeing this patient regarding ${pick(['persistent knee pain', 'suspected sleep apnoea', 'recurrent migraine'])}. Previous referral ref ${LK.req()} was rejected (the NHS number on it, ${LK.badNhs()}, failed validation).

Yours sincerely,
Dr ${PERSON(gp)}
` };
}
function pharmacyAudit() {
  const rows = [f`prescriber,dea_number,state,controlled_rx_count,last_fill\n`];
  for (let i = 0; i < int(4, 7); i++) { const d = mkPerson({ latin: true }); rows.push(f`"${PERSON(d)}",${DEA(d.last)},${pick(['CA', 'TX', 'NY', 'FL', 'OH'])},${int(3, 400)},${LK.date()}\n`); }
  rows.push(f`# rejected (checksum): ${LK.badDea()}\n`);
  return { kind: 'medical', parts: rows };
}
// ---------------- banking ----------------
function wire() {
  const s = mkPerson(), b = mkPerson(); const wa = addr();
  return { kind: 'banking', parts: f`SWIFT MT103 — customer transfer (copy)
:20:${L('transfer_reference', rs(UP, 4) + nz(10))}
:32A:${int(240101, 261231)}EUR${int(100, 99999)},${digits(2)}
:50K:/${IBAN()}
${PERSON(s)}
${LOC(wa.street)}
${LOC(wa.city)}
:59:/${IBAN()}
${PERSON(b)}
${LOC(city())}
:70:INV ${LK.invoice()} / ${pick(['consulting', 'rent', 'Miete Oktober', 'honorarios'])}
:71A:SHA
Rejected test entry, beneficiary account ${LK.badIban()} (checksum)
` };
}
function achForm() {
  const p = mkPerson({ latin: true }); const label = pick(['Account number', 'Acct No.', 'Checking account #', 'account_number:', 'Número de cuenta']);
  return { kind: 'banking', parts: f`DIRECT DEPOSIT AUTHORIZATION
Employee: ${PERSON(p)}     Phone: ${PHONE('US')}
Bank: ${pick(['First Prairie Bank', 'Coastal Credit Union', 'Harbor Federal'])}
Routing (ABA): ${routing()}
${label} ${BANK()}
Type: ${pick(['Checking', 'Savings'])}   Deposit: ${pick(['100%', 'remainder', '$500.00'])}
Secondary account (savings): ${BANK()}
Signed ${LK.date()}   Form ${L('form_id', 'DD-' + nz(6))}
` };
}
function statement() {
  const p = mkPerson();
  const rows = [];
  for (let i = 0; i < int(4, 7); i++) rows.push(f`${LK.date()}  ${pick(['CARD PURCHASE', 'SEPA-Überweisung', 'ATM', 'REFUND', 'DIRECT DEBIT'])} ${pick(['GROCER', 'AIRLINE', 'PHARMACY', 'Stadtwerke'])} ref ${L('transaction_id', rs(UP + '0123456789', 12))}  ${LK.price()}\n`);
  return { kind: 'banking', parts: f`Account statement  ${LK.date()}
Account holder: ${PERSON(p)}
${ADDR()}
IBAN: ${IBAN()}      Card: ${CARD()}
Statement no. ${L('statement_number', nz(4))}
${rows}Closing balance: ${LK.price()}
` };
}
function cryptoWithdraw() {
  const p = mkPerson();
  return { kind: 'banking', parts: f`Withdrawal confirmation
Account: ${EMAIL(p.email)}   (${PERSON(p)})
Asset: BTC   Amount: 0.${digits(6)}   Fee: 0.0000${int(10, 99)}
Destination: ${BTC()}
Change address: ${BTC()}
Whitelisted: ${BTC()}
Tx hash: ${LK.tx()}
Block: ${int(840000, 900000)}   Time: ${LK.ts()}
From IP: ${IP()}
Note: a previous request to ${LK.badBtc()} was rejected (invalid checksum).
` };
}
function invoicePdf() {
  const c = mkPerson(); const v = mkPerson();
  return { kind: 'banking', parts: f`FACTURA / INVOICE ${LK.invoice()}
Vendor: ${PERSON(v)} — ${ADDR()}
VAT ID: ${pick(['DE', 'ES', 'FR'])}${nz(9)}
Bill to: ${PERSON(c)}, ${ADDR()}
Item ${LK.product()} × ${int(1, 5)} @ ${LK.price()}
Total due: ${LK.price()}   Due date: ${LK.date()}
Pay to IBAN ${IBAN()}  ·  or card on file ${CARD()}
Sample IBAN in our template (do not use): ${LK.docIban()}
Questions: ${EMAIL(v.email)} / ${PHONE()}
` };
}
// ---------------- git output ----------------
function gitLog() {
  const out = [];
  for (let i = 0; i < int(4, 7); i++) { const a = mkPerson(); out.push(f`commit ${LK.sha()}\nAuthor: ${PERSON(a)} <${EMAIL(a.email)}>\nDate:   ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${mon()} ${int(1, 28)} ${int(10, 23)}:${int(10, 59)}:${int(10, 59)} 2026 +0${int(0, 9)}00\n\n    ${pick(['fix: retry on 502', 'chore(deps): bump axios to ', 'feat: add SEPA export', 'revert accidental key commit', 'docs: update runbook'])}${LK.version()}\n\n`); }
  return { kind: 'git', parts: out };
}
function gitDiff() {
  const a = sx(), b = sx(); const au = mkPerson();
  return { kind: 'git', parts: f`commit ${LK.sha()}
Author: ${PERSON(au)} <${EMAIL(au.email)}>

    wip: local testing

diff --git a/config/${pick(['settings.py', 'local.env', 'application.yml'])} b/config/${pick(['settings.py', 'local.env', 'application.yml'])}
index ${LK.shortSha()}..${LK.shortSha()} 100644
--- a/config/settings
+++ b/config/settings
@@ -${int(3, 40)},6 +${int(3, 40)},7 @@
-${a.k.env} = "${LK.ph()}"
+${a.k.env} = "${a.s}"
+${b.k.env}: ${b.s}
 LOG_LEVEL = "info"
 RELEASE = "${LK.version()}"
` };
}
function gitConfig() {
  const t = sx('token'); const au = mkPerson({ latin: true });
  return { kind: 'git', parts: f`$ git config --list --show-origin
file:/home/dev/.gitconfig\tuser.name=${PERSON(au)}
file:/home/dev/.gitconfig\tuser.email=${EMAIL(au.email)}
file:/home/dev/.gitconfig\tuser.signingkey=${L('key_id', rs(UHEXX(), 16))}
file:.git/config\tremote.origin.url=${conn('gitbasic')}
file:.git/config\thttp.https://git.corp.example/.extraheader=AUTHORIZATION: bearer ${t.s}
$ cat ~/.git-credentials
https://${au.first.toLowerCase().replace(/[^a-z]/g, '') || 'dev'}:${S('GITLAB_PAT', draw('GITLAB_PAT').v)}@gitlab.corp.example
` };
}
function UHEXX() { return '0123456789ABCDEF'; }
// ---------------- markdown docs ----------------
function runbook() {
  const t = sx(), p = mkPerson({ latin: true });
  return { kind: 'markdown', parts: f`# Runbook: ${pick(['rotate payment keys', 'restore the reporting DB', 'onboard a new region'])}

Owner: ${PERSON(p)} (${EMAIL(p.email)}), on-call phone ${PHONE()}

## Prerequisites

- Export your token: \`export API_TOKEN=${LK.ph()}\`
- The example key in the vendor docs (\`${LK.awsEx()}\`) will NOT work.
- Test card for sandbox: \`${LK.testCard()}\`

## Steps

1. Log in to the admin UI with the break-glass account (\`breakglass\` / \`${S('ADMIN_PASSWORD', password())}\`).
2. Call the rotation endpoint:

   \`\`\`bash
   curl -X POST https://admin.ops.example/rotate \\
     -H "Authorization: Bearer ${t.s}" \\
     -d '{"request_id":"${LK.uuid()}"}'
   \`\`\`
3. Verify the new version ${LK.version()} appears in the dashboard (commit ${LK.shortSha()}).

| field | example |
|---|---|
| key id | \`${LK.awsEx()}\` |
| secret | \`${LK.env('AWS_SECRET_ACCESS_KEY')}\` |
| color | \`${LK.color()}\` |
` };
}
function apiDocs() {
  return { kind: 'markdown', parts: f`## Authentication

All requests need a bearer token. Example (replace the token with yours):

\`\`\`http
GET /v2/invoices HTTP/1.1
Host: api.billing.example
Authorization: Bearer ${LK.docJwt()}
\`\`\`

| Parameter | Example | Notes |
|-----------|---------|-------|
| \`api_key\` | \`${LK.ph()}\` | from the dashboard |
| \`secret_key\` | \`${LK.stripeEx()}\` | vendor test-mode example |
| \`iban\` | \`${LK.docIban()}\` | documented example account |
| \`card\` | \`${LK.testCard()}\` | always succeeds in sandbox |
| \`webhook_secret\` | \`${LK.env('WEBHOOK_SECRET')}\` | |
| \`isbn\` | \`${LK.isbn()}\` | book lookups |
| \`location\` | \`${LK.coords()}\` | lat, lon |

Rate limit headers: \`X-RateLimit-Reset: ${LK.epoch()}\`. Current version ${LK.version()}, SDK integrity \`${LK.integrity()}\`.

> **Never** commit a real key — the CI key \`${LK.ph()}\` in \`.env.example\` is a placeholder.
` };
}
function onboardingDoc() {
  const mgr = mkPerson(); const buddy = mkPerson();
  return { kind: 'markdown', parts: f`# Welcome to the ${pick(['Lisbon', 'Nairobi', 'Seoul', 'Austin', 'Kraków'])} office 👋

Your manager is **${PERSON(mgr)}** (${EMAIL(mgr.email)}, ${PHONE()}), and your buddy for the first month is **${PERSON(buddy)}**.

Office address: ${ADDR()}
Guest Wi-Fi: \`ACME-Guest\` / \`${S('WIFI_PSK', password('words'))}\`
Printer admin PIN: ${L('placeholder', '0000')} (factory default, change it!)

Shared accounts (until SSO lands):
- Figma: ${EMAIL('design@acme.example')} / ${S('SHARED_ACCOUNT_PASSWORD', password())}
- Staging DB: ${conn(pick(['postgres', 'mysql', 'mongodb']))}

Office coordinates for the taxi app: ${LK.coords()}. Handbook ISBN ${LK.isbn()}.
` };
}
export const PEOPLE = { accessLog, appJsonLog, authLog, gatewayDebugLog, pyTrace, javaTrace, nodeCrash, goPanic, userApi, kycApi, oauthApi, paymentApi, crmCsv, payrollCsv, ordersCsv, ticket, itTicket, email1, itEmail, chat, chatDm, hrRecord, i9Form, w9Form, prescription, nhsLetter, pharmacyAudit, wire, achForm, statement, cryptoWithdraw, invoicePdf, gitLog, gitDiff, gitConfig, runbook, apiDocs, onboardingDoc };

// ---------------- travel / insurance / tax / donations (hard PII) ----------------
function travelManifest() {
  const out = [f`GROUP BOOKING ${L('booking_reference', rs(UP, 6))} — passenger manifest (APIS)\nFlight ${pick(['UA', 'LH', 'NH', 'IB', 'ET'])}${int(10, 999)} ${pick(['SFO', 'JFK', 'ORD'])}→${pick(['FRA', 'NRT', 'MAD', 'ADD', 'GRU'])} on ${LK.date()}\n\n`];
  const style = int(0, 3);
  for (let i = 0; i < int(3, 5); i++) {
    const p = mkPerson({ latin: true });
    if (style === 0) out.push(f`${i + 1}. ${PERSON(p)} | US passport ${PASSPORT()} | exp ${LK.date()} | seat ${int(10, 40)}${pick('ABCDEF'.split(''))}\n`);
    else if (style === 1) out.push(f`{"pax":"${PERSON(p)}","doc_type":"P","issuing_country":"USA","doc_number":"${PASSPORT()}","phone":"${PHONE()}"}\n`);
    else if (style === 2) out.push(f`PAX ${i + 1}: ${PERSON(p)} — Passport No. ${PASSPORT()} (United States), contact ${EMAIL(p.email)}\n`);
    else out.push(f`SSR DOCS YY HK1 P/USA/${PASSPORT()}/USA/${int(10, 28)}${pick(['JAN', 'MAR', 'JUL', 'NOV'])}${int(60, 99)}/${pick(['M', 'F'])}/${int(10, 28)}${pick(['FEB', 'AUG'])}3${int(0, 4)}/${p.last.toUpperCase().replace(/[^A-Z]/g, '')}/${p.first.toUpperCase().replace(/[^A-Z]/g, '')}\n`);
  }
  out.push(f`Fare basis total ${LK.price()}, ticket numbers ${L('ticket_number', '016' + nz(10))} ff.\n`);
  return { kind: 'travel', parts: out };
}
function passportRenewal() {
  const p = mkPerson({ latin: true });
  return { kind: 'travel', parts: f`Re: passport renewal — expedited
Hi ${p.first}, we received your DS-82. For the record, the old passport number you gave us is ${PASSPORT()} and the new book number is ${PASSPORT()}.
Card number (passport card): ${P('US_PASSPORT', 'C' + digits(8))} — not needed for this trip.
Mail to: ${US_ADDR()}. Questions? Call ${PHONE('US')}.
Tracking: ${LK.tracking()}   Fee paid: ${LK.price()}
` };
}
function insuranceClaim() {
  const p = mkPerson({ latin: true }); const o = mkPerson({ latin: true }); const d1 = DL(), d2 = DL();
  const lab = pick([["Driver's license no.", 'Other driver DL#'], ['DL Number', 'Lic #'], ['Driver License (State/No.)', 'Operator license'], ['Número de licencia de conducir', 'Licencia del otro conductor']]);
  return { kind: 'insurance', parts: f`AUTO CLAIM ${L('claim_number', 'CLM-' + nz(8))}   Policy ${L('policy_number', rs(UP, 3) + nz(7))}
Date of loss: ${LK.date()}   Location: ${US_ADDR()}
Insured: ${PERSON(p)}   Phone: ${PHONE('US')}   Email: ${EMAIL(p.email)}
${lab[0]}: ${d1.st} ${d1.s}
VIN: ${L('vin', rs('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17))}
Other party: ${PERSON(o)}, ${lab[1]} ${d2.s} (${d2.st}), tel. ${PHONE()}
Adjuster notes: rear-end collision, police report ${L('report_number', nz(9))}. Estimate ${LK.price()}.
Payment of the deductible refund to checking acct ${BANK()} (routing ${routing()}).
` };
}
function dmvLookup() {
  const rows = [f`${pick(['state', 'st'])}|license_number|name|class|status|checked_at\n`];
  for (let i = 0; i < int(4, 6); i++) { const d = DL(); rows.push(f`${d.st}|${d.s}|${PERSON(mkPerson({ latin: true }))}|${pick(['C', 'D', 'M', 'A'])}|${pick(['VALID', 'SUSPENDED', 'EXPIRED'])}|${LK.ts()}\n`); }
  rows.push(f`-- background-check vendor batch ${LK.uuid()}\n`);
  return { kind: 'csv_export', parts: rows };
}
function taxSummary() {
  const p = mkPerson({ latin: true }); const sp = mkPerson({ latin: true });
  const deps = Array.from({ length: int(1, 3) }, () => f`  Dependent: ${PERSON(mkPerson({ latin: true }))}   ITIN ${ITIN()}   relationship: ${pick(['son', 'daughter', 'parent'])}\n`);
  return { kind: 'hr', parts: f`2025 Form 1040 — preparer worksheet (draft)
Taxpayer: ${PERSON(p)}   ITIN: ${ITIN()}
Spouse: ${PERSON(sp)}   SSN: ${SSN()}
Address: ${US_ADDR()}
${deps}Refund: direct deposit, account number ${BANK()}, routing ${routing()}, type checking
Preparer PTIN: ${'P' + nz(8)}   EIN of firm: ${nz(2)}-${digits(7)}
Prior-year AGI ${LK.price()}
` };
}
function donationPage() {
  return { kind: 'markdown', parts: f`## Support the project ❤️

If this library saved you time, consider a donation:

- **Bitcoin (on-chain):** \`${BTC('wpkh')}\`
- **Bitcoin (legacy wallets):** \`${BTC(pick(['p2pkh', 'p2sh']))}\`
- **Taproot:** ${BTC('tr')}
- GitHub Sponsors / Open Collective links are in the sidebar.

Release ${LK.version()} · tarball checksum \`${LK.digest()}\` · signed with key \`${L('key_id', rs('0123456789ABCDEF', 40))}\`
Old address (please don't use, typo'd on the website): \`${LK.badBtc()}\`
` };
}
function deaVerification() {
  const d = mkPerson({ latin: true });
  return { kind: 'medical', parts: f`Credentialing checklist — ${PERSON(d)}, ${pick(['MD', 'DO', 'DDS', 'NP'])}
[x] State medical license: ${pick(['CA', 'TX', 'NY'])} ${rs(UP, 1) + nz(5)}
[x] DEA registration: ${DEA(d.last)} (schedules 2, 2N, 3, 3N, 4, 5) — expires ${LK.date()}
[x] Second DEA (satellite clinic): ${DEA(d.last)}
[ ] Board certification ID ${L('certification_id', nz(6))}
[x] NPI ${L('npi', nz(10))}
Practice address: ${US_ADDR()}   Office ${PHONE('US')}
Reviewer: ${PERSON(mkPerson())} on ${LK.date()}
` };
}
export const EXTRA = { travelManifest, passportRenewal, insuranceClaim, dmvLookup, taxSummary, donationPage, deaVerification };
