// train9 documents: chats, emails, tickets, markdown, git output, logs, stack traces, JSON API answers.
import { t, S, P, L, join, int, pick, chance, str, hex, digits, cyc, jsonEsc, mapv, B62, UP, LO } from './lib.mjs';
import { KIND_BY, SEC, anyKind, pem, password, jwt } from './secrets.mjs';
import * as X from './looks.mjs';
import { ADDR } from './pii.mjs';
import { EMAIL, PERSON, IP, PHONE, CARD, SSN, ITIN, PASSPORT, DEA, NHS, IBAN, BTC, CITY, COUNTRY, STREET, email, personName, personParts, emailFor, phone, driverLicense, bankAccount, ABA, ipv4 } from './pii.mjs';

const esc = (m) => mapv(m, jsonEsc);
// how people hand secrets over in prose, in several languages
const SAY_PW = [
  (m, k) => t`the staging pw is ${m}`,
  (m, k) => t`das Passwort für den Staging-Server lautet ${m}`,
  (m, k) => t`le mot de passe de la base de prod c'est ${m}`,
  (m, k) => t`a senha do banco é ${m}`,
  (m, k) => t`ステージングのパスワードは ${m} です`,
  (m, k) => t`hasło do VPN: ${m}`,
  (m, k) => t`пароль от админки: ${m}`,
  (m, k) => t`login is ops / ${m}`,
  (m, k) => t`pw for the ${pick(['wiki', 'grafana', 'jump box', 'router'])} → ${m}`,
  (m, k) => t`${k.desc}: ${m}`,
];
const SAY_KEY = [
  (m, k) => t`use this key: ${m}`,
  (m, k) => t`here's the ${k.desc} for now → ${m} (rotate after the demo pls)`,
  (m, k) => t`try \`${m}\`, that's what's in ${k.env} on prod`,
  (m, k) => t`${k.desc}: ${m}`,
  (m, k) => t`ok so I just pasted it in: ${m} — works`,
  (m, k) => t`new ${k.desc} is ${m}, old one revoked`,
  (m, k) => t`der ${k.desc} ist ${m}, bitte nicht weitergeben`,
  (m, k) => t`voilà la clé : ${m}`,
  (m, k) => t`te paso la clave: ${m} (no la compartas)`,
  (m, k) => t`测试环境的密钥是 ${m}，用完记得删`,
  (m, k) => t`token nuovo: ${m} — quello vecchio è revocato`,
  (m, k) => t`${k.env}=${m} if anyone needs it`,
  (m, k) => t`sent you the creds in DM but fwiw: ${m}`,
  (m, k) => t`API 키는 ${m} 입니다`,
];
const pwish = (k) => /PASSWORD|PSK|PASSPHRASE|COMMUNITY|RADIUS/.test(k.e) && !/PLANETSCALE|WORDPRESS|APPLE/.test(k.e);
export const say = (k, m) => (pwish(k) ? cyc('saypw', SAY_PW) : cyc('saykey', SAY_KEY))(m || S(k.e, k.g()), k);

// ---------- chat exports ----------
export function chatExport() {
  const fmt = cyc('chatfmt', ['slackjson', 'whatsapp', 'irc', 'teams', 'discord']);
  const people = [0, 1, 2].map(() => personName());
  const msgs = [];
  const n = int(5, 9);
  const filler = [
    () => t`can someone check why deploy ${X.BUILD()} is stuck?`, () => t`PR is up, commit ${X.SHORTSHA()}`, () => t`which env are we on?`,
    () => t`customer ${X.CRMID()} is asking about order ${X.ORDER()}`, () => t`ok thx`, () => t`reverted to ${X.VERSION()}`,
    () => t`trace ${X.TRACE()} shows the timeout`, () => t`lol`, () => t`meeting moved to ${X.TS()}`, () => t`the docs say use ${X.AWSEX()} as example, don't copy it`,
    () => t`call me on ${PHONE()} if it breaks again`, () => t`my email is ${EMAIL()}, add me to the channel`, () => t`ich bin heute in ${CITY()}`, () => t`anyone seen ${IP()} in the WAF logs?`,
    () => t`placeholder in the template is ${X.PH()}, replace it`, () => t`tracking no. ${X.TRACKING()}`,
    () => t`for the W-9 form my ITIN is ${ITIN()} (not an SSN)`, () => t`my passport # is ${PASSPORT()}, expires in march, travel desk needs it`,
    () => t`HR asked again, SSN ${SSN()} — is it safe to send here??`, () => t`the card that got declined was ${X.BADCARD()}, looks like a typo`,
    () => { const d = driverLicense(); return t`rental desk wants my ${pick(['DL#', 'driver license no.', 'license number'])}: ${d.st} ${P('US_DRIVER_LICENSE', d.v)}`; }, () => t`added my key: ${X.PUBKEY()}`, () => t`meet at ${X.COORD()}`, () => t`ISBN is ${X.ISBN()} if you want to order it`,
  ];
  for (let i = 0; i < n; i++) {
    const who = people[i % 3];
    const body = (i === 2 || i === n - 2 || chance(0.15)) ? say(anyKind()) : pick(filler)();
    msgs.push({ who, body });
  }
  if (fmt === 'slackjson') return t`[\n${join(msgs.map((m) => t`  {"type": "message", "user": "U${str(UP + '0123456789', 10)}", "user_profile": {"real_name": "${P('PERSON', m.who)}"}, "text": "${esc(m.body)}", "ts": "${L('timestamp', `${1760000000 + int(0, 9e6)}.${digits(6)}`)}"}`), ',\n')}\n]\n`;
  if (fmt === 'whatsapp') return t`${join(msgs.map((m) => t`[${int(1, 28)}/${int(1, 12)}/26, ${int(8, 22)}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}] ${P('PERSON', m.who)}: ${m.body}`))}\n`;
  if (fmt === 'irc') return t`--- Log opened ${X.DATE()}\n${join(msgs.map((m) => t`[${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}] <${pick(['ops', 'dev', 'ana', 'kai', 'zed'])}${int(1, 99)}> ${m.body}`))}\n--- Log closed\n`;
  if (fmt === 'teams') return t`${join(msgs.map((m) => t`${P('PERSON', m.who)}  ${int(1, 12)}:${String(int(0, 59)).padStart(2, '0')} ${pick(['AM', 'PM'])}\n${m.body}\n`))}`;
  return t`#${pick(['incident-4412', 'backend', 'ops-private'])} — exported ${X.TS()}\n${join(msgs.map((m) => t`${P('PERSON', m.who)} — ${pick(['Today', 'Yesterday'])} at ${int(1, 12)}:${String(int(0, 59)).padStart(2, '0')} PM\n${m.body}`), '\n\n')}\n`;
}

// ---------- emails ----------
export function emailDoc() {
  const v = cyc('emailv', ['handover', 'invoice', 'hr', 'vendor', 'de', 'fr', 'es', 'ja', 'support']);
  const from = personParts(), to = personParts();
  const fromN = from.full, toN = to.full;
  const hdr = t`From: ${P('PERSON', fromN)} <${P('EMAIL_ADDRESS', emailFor(from.first.split(' ')[0], from.last.split(' ').pop()))}>\nTo: ${P('PERSON', toN)} <${P('EMAIL_ADDRESS', emailFor(to.first.split(' ')[0], to.last.split(' ').pop()))}>\nDate: ${X.DATE()}\nMessage-ID: <${L('message_id', `${X.uuid()}@mail.acme.example`)}>\n`;
  const sig = t`\n--\n${P('PERSON', fromN)}\n${pick(['Platform Engineering', 'Finance Ops', 'People Team', 'Customer Success'])} | ${PHONE()}\n${ADDR()}\n`;
  if (v === 'handover') { const k = anyKind(), k2 = anyKind(); return t`${hdr}Subject: handover before my leave\n\nHi,\n\nbefore I go, the things you'll need:\n- ${k.desc}: ${S(k.e, k.g())}\n- ${k2.desc} (for the nightly job): ${S(k2.e, k2.g())}\n- the bastion is ${X.HOST()}, key fingerprint ${X.HASH()}\n- the vault path is ${X.ENVREF()}\n\nTicket for the rotation is ${X.TICKET()}.\n${sig}`; }
  if (v === 'invoice') return t`${hdr}Subject: Invoice ${X.INVOICE()} – payment details\n\nDear ${P('PERSON', toN)},\n\nplease find attached invoice ${X.INVOICE()} over ${X.PRICE()}, due ${X.DATE()}.\nBank transfer to IBAN ${IBAN()} (BIC ${str(UP, 6)}${str(UP + '0123456789', 2)}), reference ${X.ORDER()}.\nAlternatively we can charge the card on file ending in ${digits(4)}; the number we have is ${CARD()}.\nNote: ${X.BADIBAN()} on the old letterhead is wrong, please do not use it.\n${sig}`;
  if (v === 'hr') return t`${hdr}Subject: onboarding paperwork – ${P('PERSON', toN)}\n\nHi ${P('PERSON', to.first)},\n\nwe still need your I-9 documents. From the scan you sent: US passport no. ${PASSPORT()}, SSN ${SSN()}.\nYour spouse's ITIN (${ITIN()}) goes on the W-4 worksheet.\nDirect deposit: routing ${ABA()}, account number ${P('US_BANK_NUMBER', bankAccount())}.\nStart date ${X.DATE()}, office: ${ADDR()}.\n${sig}`;
  if (v === 'vendor') { const k = anyKind(); return t`${hdr}Subject: Re: API access for the pilot\n\nHello ${P('PERSON', to.first)},\n\nyour sandbox account is ready. Credentials below — please store them in your password manager and delete this mail.\n\n  Account ID: ${X.CRMID()}\n  ${k.desc}: ${S(k.e, k.g())}\n  Webhook secret: ${SEC('WEBHOOK_SIGNING_SECRET')}\n  Docs example key (not valid): ${X.PH()}\n\nThe endpoint IP you gave us for the allowlist, ${IP()}, has been added.\n${sig}`; }
  if (v === 'de') return t`${hdr}Subject: Zugangsdaten Testsystem\n\nHallo ${P('PERSON', to.first)},\n\nanbei die Zugangsdaten für das Testsystem (bitte nicht weiterleiten):\nBenutzer: admin\nPasswort: ${SEC('ADMIN_PASSWORD')}\nDatenbank: jdbc:postgresql://${X.HOST()}/test?user=test&password=${SEC('POSTGRES_PASSWORD')}\n\nBei Fragen erreichst du mich unter ${PHONE('DE')} oder ${PHONE('AT')}.\nViele Grüße aus ${CITY()}\n${sig}`;
  if (v === 'fr') return t`${hdr}Subject: Accès au serveur SFTP\n\nBonjour ${P('PERSON', to.first)},\n\nvoici vos identifiants SFTP : utilisateur « partenaire », mot de passe ${SEC('FTP_PASSWORD')}.\nLe RIB pour la facturation : ${IBAN()}.\nMon portable : ${PHONE('FR')} — ou le standard en Belgique ${PHONE('BE')}.\nCordialement,\n${sig}`;
  if (v === 'es') return t`${hdr}Subject: Datos para el alta del proveedor\n\nHola ${P('PERSON', to.first)}:\n\nte mando los datos del nuevo proveedor: ${P('PERSON', personName('mx'))}, teléfono ${PHONE('MX')}, dirección ${ADDR()}.\nCuenta para pagos: ${IBAN()}. Pedido de referencia ${X.ORDER()} por ${X.PRICE()}.\nLa clave del portal es ${SEC('USER_PASSWORD')}.\nSaludos,\n${sig}`;
  if (v === 'ja') return t`${hdr}Subject: 検証環境のアカウントについて\n\n${P('PERSON', personName('ja'))} 様\n\nお世話になっております。検証環境のログイン情報をお送りします。\nユーザー名: tester01\nパスワード: ${SEC('USER_PASSWORD')}\nAPIキー: ${SEC('GENERIC_API_KEY')}\nご不明点は ${PHONE('JP')} までご連絡ください。\n住所: ${STREET()}\n${sig}`;
  return t`${hdr}Subject: Re: [${X.TICKET()}] cannot log in\n\nHi ${P('PERSON', to.first)},\n\nI reset your account. Temporary password: ${SEC('USER_PASSWORD')} (you will be asked to change it).\nYour login came from ${IP()} at ${X.TS()}; request id ${X.REQID()}.\nIf that was not you, call our hotline ${PHONE()}.\n${sig}`;
}

// ---------- support tickets ----------
export function supportTicket() {
  const v = cyc('ticketv', ['refund', 'account', 'dev', 'kyc', 'shipping', 'pt']);
  const c = personParts(); const cn = c.full;
  const head = t`Ticket ${X.TICKET()} · ${pick(['Priority: High', 'Priority: Normal', 'Prioridad: Alta'])} · opened ${X.TS()}\nRequester: ${P('PERSON', cn)} (${P('EMAIL_ADDRESS', emailFor(c.first.split(' ')[0], c.last.split(' ').pop()))})\nCustomer ID: ${X.CRMID()}\n---\n`;
  if (v === 'refund') return t`${head}I was charged twice for order ${X.ORDER()} (${X.PRICE()} each). The card used was ${CARD()}, exp 0${int(1, 9)}/2${int(7, 9)}. Please refund to the same card, or to my account ${IBAN()}.\nI also tried ${X.BADCARD()} but your form said invalid.\nPhone: ${PHONE()}\n\n— Agent note (${P('PERSON', personName())}): verified last4, refund queued under ${X.REQID()}.\n`;
  if (v === 'account') return t`${head}Can't reset my password. My username is the email above; my phone on file is ${PHONE()} but I changed numbers, new one is ${PHONE()}.\nMy address: ${ADDR()}, ${COUNTRY()}.\nLast login IP I remember: ${IP()}.\n\nInternal: password reset to ${SEC('USER_PASSWORD')} and emailed. Device ${X.SERIAL()}, app ${X.VERSION()}.\n`;
  if (v === 'dev') { const k = anyKind(); return t`${head}Our integration broke after your ${X.VERSION()} release. Here's the request we send:\n\n    POST /v2/sync HTTP/1.1\n    Host: api.acme.example\n    Authorization: Bearer ${S(k.e, k.g())}\n    X-Request-Id: ${X.REQID()}\n\nResponse was 401. We also tried the test key from your docs (${X.PH()}).\nOur egress IP is ${IP()}.\n\n— Agent: please never post ${k.desc}s in tickets; I've asked the customer to rotate it.\n`; }
  if (v === 'kyc') return t`${head}Uploading my verification documents as requested:\n• US passport number: ${PASSPORT()} (issued ${X.DATE()})\n• Driver's license: ${(() => { const d = driverLicense(); return t`${d.st} ${P('US_DRIVER_LICENSE', d.v)}`; })()}\n• SSN (last check said it did not match): ${SSN()}\n• Address: ${ADDR()}\nThe number ${X.BADSSN()} on the old form was a typo.\n`;
  if (v === 'shipping') return t`${head}Package ${X.TRACKING()} never arrived. Ship-to: ${P('PERSON', cn)}, ${ADDR()}, ${COUNTRY()}. Contact ${PHONE()}.\nOrder ${X.ORDER()}, item ${X.SKU()} x${int(1, 4)}, total ${X.PRICE()}.\nCourier reported GPS ${X.COORD()} at delivery.\n`;
  return t`${head}Olá, não consigo acessar minha conta desde ${X.DATE()}. Meu CPF está cadastrado, telefone ${PHONE('BR')}, endereço ${ADDR()}.\nPaguei com o cartão ${CARD()} e com Bitcoin para o endereço ${BTC()} — o pedido é ${X.ORDER()}.\nObrigada, ${P('PERSON', personName('br'))}\n`;
}

// ---------- markdown docs ----------
export function markdownDoc() {
  const v = cyc('mdv', ['readme', 'runbook', 'onboarding', 'adr', 'postmortem']);
  const k = anyKind(), k2 = anyKind();
  if (v === 'readme') return t`# ${pick(['acme-sdk', 'ledger-cli', 'infra-tools'])}\n\n![build](https://ci.acme.example/badge/${X.SHORTSHA()}.svg) version ${X.VERSION()}\n\n## Quick start\n\n\`\`\`bash\nexport ${k.env}=${X.PH()}\nnpx acme init --token <your-token>\n\`\`\`\n\n> **Note** the AWS keys in the examples (${X.AWSEX()}) are AWS's documented placeholders.\n\nFor local testing the shared dev key is \`${S(k.e, k.g())}\` (ask ${P('PERSON', personName())} before rotating).\n\n| setting | value |\n|---|---|\n| region | eu-west-1 |\n| ${k2.env} | \`${S(k2.e, k2.g())}\` |\n| lockfile integrity | ${X.INTEGRITY()} |\n`;
  if (v === 'runbook') return t`## Runbook: ${pick(['database failover', 'rotating the payment keys', 'restoring from backup'])}\n\n1. SSH to ${X.HOST()} (jump host ${IP()}).\n2. Authenticate: \`vault login ${SEC('VAULT_TOKEN')}\`\n3. Promote the replica:\n   \`\`\`\n   psql "host=${X.HOST().v} user=postgres password=${SEC('POSTGRES_PASSWORD')}" -c "select pg_promote();"\n   \`\`\`\n4. Page the on-call (${P('PERSON', personName())}, ${PHONE()}) if step 3 takes longer than 5 min.\n5. Update ${k.env} in the secret store — current: ${S(k.e, k.g())}\n\n_Last verified ${X.DATE()} against ${X.VERSION()}._\n`;
  if (v === 'onboarding') return t`# Welcome aboard 👋\n\n- Wiki: https://wiki.acme.example\n- Your buddy: ${P('PERSON', personName())} (${EMAIL()})\n- Office: ${ADDR()}\n- Guest Wi-Fi: **ACME-Guest**, password \`${SEC('WIFI_PSK')}\`\n- Shared test account: user \`qa-shared\`, password ${SEC('USER_PASSWORD')}\n- Test cards for checkout: ${X.TESTCARD()} and ${X.TESTCARD()} (any CVC)\n- Never paste real keys; use \`${X.ENVREF()}\`.\n`;
  if (v === 'adr') return t`# ADR-${int(10, 99)}: move secrets out of the repo\n\nStatus: accepted (${X.DATE()})\n\n## Context\n\nA scan of commit ${X.SHA()} found the following still hard-coded:\n\n\`\`\`diff\n- ${k.env.toLowerCase()} = "${S(k.e, k.g())}"\n+ ${k.env.toLowerCase()} = ${X.ENVREF()}\n\`\`\`\n\nand in \`deploy/old.sh\`: \`${k2.env}=${S(k2.e, k2.g())}\`.\n\n## Decision\n\nAll values move to the secret manager; CI reads them at job start (${X.BUILD()}).\n`;
  return t`# Postmortem: ${pick(['leaked token in public gist', 'checkout outage', 'stale DNS'])} (${X.DATE()})\n\n**Timeline (UTC)**\n- ${X.TS()} alert fired, request ${X.REQID()}\n- ${X.TS()} ${P('PERSON', personName())} found that the ${k.desc} \`${S(k.e, k.g())}\` had been pushed in a public gist\n- ${X.TS()} key revoked, new one issued\n\n**Impact**: ${int(10, 900)} requests from ${IP()} and ${IP()} used the leaked key.\n\n**Action items**: ${X.TICKET()}, ${X.TICKET()}\n`;
}

// ---------- git output ----------
export function gitOutput() {
  const v = cyc('gitv', ['diff', 'log', 'show', 'blame']);
  const k = anyKind();
  const au = () => { const p = personParts(); return t`${P('PERSON', p.full)} <${P('EMAIL_ADDRESS', emailFor(p.first.split(' ')[0], p.last.split(' ').pop()))}>`; };
  if (v === 'diff') return t`diff --git a/config/${pick(['settings.py', 'prod.env', 'app.yaml'])} b/config/${pick(['settings.py', 'prod.env', 'app.yaml'])}\nindex ${X.SHORTSHA()}..${X.SHORTSHA()} 100644\n--- a/config/settings\n+++ b/config/settings\n@@ -${int(10, 80)},7 +${int(10, 80)},7 @@\n DEBUG = False\n-${k.env} = "${S(k.e, k.g())}"\n+${k.env} = os.environ["${k.env}"]\n ALLOWED_HOSTS = ["${X.HOST()}"]\n-SECRET_KEY = "${SEC('DJANGO_SECRET_KEY')}"\n+SECRET_KEY = os.environ["SECRET_KEY"]\n CACHE_VERSION = "${X.VERSION()}"\n`;
  if (v === 'log') return t`commit ${X.SHA()}\nAuthor: ${au()}\nDate:   ${pick(['Mon', 'Tue', 'Wed', 'Thu'])} ${pick(['Mar', 'Oct'])} ${int(1, 28)} ${int(10, 23)}:${int(10, 59)}:${int(10, 59)} 2026 +0${int(1, 9)}00\n\n    fix: rotate ${k.desc} (old one was ${S(k.e, k.g())})\n\ncommit ${X.SHA()}\nAuthor: ${au()}\nDate:   Fri Feb ${int(1, 28)} 09:12:44 2026 -0500\n\n    chore(deps): bump lodash to ${X.VERSION()}\n\n    Signed-off-by: ${au()}\n\ncommit ${X.SHA()}\nMerge: ${X.SHORTSHA()} ${X.SHORTSHA()}\nAuthor: ${au()}\n\n    Merge pull request #${int(100, 9999)} from acme/feature/${pick(['sso', 'export'])}\n`;
  if (v === 'show') return t`commit ${X.SHA()} (HEAD -> main, origin/main)\nAuthor: ${au()}\n\n    add deploy key for ${pick(['staging', 'prod'])} (will remove)\n\ndiff --git a/deploy/id_${pick(['ed25519', 'ecdsa'])} b/deploy/id_ed25519\nnew file mode 100600\nindex 0000000..${X.SHORTSHA()}\n--- /dev/null\n+++ b/deploy/id_ed25519\n@@ -0,0 +1,${int(5, 9)} @@\n${S('OPENSSH_PRIVATE_KEY', pem(pick(['openssh', 'ec'])).replace(/^/gm, '+'))}\n`;
  return t`$ git blame -L 40,46 src/payments/client.rb\n${X.SHORTSHA()} (${P('PERSON', personName())} 2026-01-12 40)   def initialize\n${X.SHORTSHA()} (${P('PERSON', personName())} 2025-11-03 41)     @key = ENV['STRIPE_SECRET_KEY'] ||\n${X.SHORTSHA()} (${P('PERSON', personName())} 2025-11-03 42)            '${SEC('STRIPE_SECRET_KEY')}'\n${X.SHORTSHA()} (${P('PERSON', personName())} 2026-02-20 43)     @publishable = '${L('public_key', 'pk_live_' + str(B62, 99))}'\n${X.SHORTSHA()} (${P('PERSON', personName())} 2026-02-20 44)     @webhook = '${SEC('STRIPE_WEBHOOK_SECRET')}'\n${X.SHORTSHA()} (${P('PERSON', personName())} 2025-11-03 45)   end\n`;
}
