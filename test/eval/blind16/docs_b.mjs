// blind16 document kinds, part B: traces, APIs, exports, human text and records.
import { A, rs, int, pick, chance, pad, shuffle, S, P, L, T } from './lib.mjs';
import { nextSecret, sec, NOPREFIX, PWKINDS, humanPassword, passphrase } from './secrets.mjs';
import * as pi from './pii.mjs';
import * as lk from './lookalikes.mjs';
import { connStr } from './docs_a.mjs';

const np = () => sec(pick(NOPREFIX));
const pw = () => sec(pick(PWKINDS));
const P_ = pi.person;
const dob = () => pick(['1958', '1971', '1983', '1990', '1999', '2002']) + '-' + pad(int(1, 12), 2) + '-' + pad(int(1, 28), 2);
const zip = () => pick([rs(A.dig, 5), rs(A.dig, 5), 'SW1A ' + int(1, 9) + rs(A.up, 2), rs(A.dig, 2) + '-' + rs(A.dig, 3)]);
const company = () => pick(['Northwind Traders', 'Globex GmbH', 'Initech', 'Umbrella Logistics', 'Hooli Health', 'Vandelay Imports', 'Stark Freight', 'Wayne Pharma', 'Tyrell Insurance', 'Soylent Foods']);
const aba = () => pick(['021000021', '011000138', '121000358', '026009593', '071000013']);

export function stackTrace(d) {
  const lang = pick(['java', 'python', 'node']);
  if (lang === 'python') d.w`Traceback (most recent call last):\n  File "/srv/app/jobs/sync.py", line ${String(int(10, 400))}, in run\n    client = Vendor(api_key="${np()}")\n  File "/srv/app/db.py", line 42, in connect\n    engine = create_engine("${connStr()}")\nsqlalchemy.exc.OperationalError: could not connect to server (request ${lk.requestId()})\nLocals: user_email='${pi.email()}' remote_addr='${pi.clientIp()}' customer='${P_()}'\n`;
  else if (lang === 'java') d.w`Exception in thread "main" org.springframework.beans.factory.BeanCreationException: Error creating bean 'dataSource'\n\tat com.acme.billing.Config.dataSource(Config.java:${String(int(20, 300))})\nCaused by: java.sql.SQLException: Access denied for user '${pick(['billing', 'app'])}'@'${pi.clientIp()}' (using password: YES) [password=${pw()}]\n\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:836)\n\t... ${String(int(5, 40))} more\nthread-id ${lk.uuid()} build ${lk.version()} commit ${lk.gitSha(true)}\n`;
  else d.w`Error: Request failed with status code 401\n    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)\n    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)\n  config: {\n    url: 'https://api.partner.example/v3/charges',\n    headers: { Authorization: 'Bearer ${np()}', 'X-Idempotency-Key': '${lk.uuid()}' },\n    data: '{"email":"${pi.email()}","card":"${lk.testCard()}","name":"${P_()}"}'\n  }\n  requestId: '${lk.requestId()}'\n`;
  d.w`-- logged at ${lk.timestamp()} on host ${lk.hostname()}\n`;
}

export function grepOutput(d) {
  d.w`$ grep -rn -i "${pick(['secret', 'token', 'passw', 'key'])}" ${pick(['.', 'config/', 'deploy/'])}\n`;
  for (let i = 0; i < int(6, 11); i++) {
    const f = pick(['config/app.yaml', 'src/settings.py', '.env.backup', 'deploy/values-prod.yaml', 'scripts/seed.sh', 'README.md', 'docker-compose.override.yml', 'tests/fixtures/users.json']);
    const ln = String(int(1, 300));
    const r = int(0, 5);
    if (r <= 2) { const s = nextSecret(); d.w`${f}:${ln}:  ${s.key}: ${s.span}\n`; }
    else if (r === 3) d.w`${f}:${ln}:  password: ${lk.placeholder()}\n`;
    else if (r === 4) d.w`${f}:${ln}:  token: ${lk.envRef()}\n`;
    else d.w`${f}:${ln}:  integrity: ${lk.integrity()}\n`;
  }
}

export function jsonApi(d) {
  const n = int(2, 4);
  d.w`HTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: ${lk.requestId()}\n\n{"data": [\n`;
  for (let i = 0; i < n; i++) {
    const nm = pi.personName();
    d.w`  {"id": "${lk.crmId()}", "name": "${P('PERSON', nm)}", "email": "${pi.emailFor(nm)}", "phone": "${pi.phone()}", "address": "${pi.street()}, ${pi.city()}", "last_ip": "${pi.clientIp()}", "created": "${lk.timestamp()}", "dob": "${dob()}"${chance(0.4) ? T`, "api_key": "${np()}"` : ''}${chance(0.3) ? T`, "card_last4_hint": "${lk.invalidCard()}"` : ''}}${i < n - 1 ? ',' : ''}\n`;
  }
  d.w`], "next": "${lk.uuid()}", "etag": "${lk.hash()}"}\n`;
}

export function crmExport(d) {
  d.w`contact_id,full_name,email,phone,city,country,company,zip,owner,notes\n`;
  for (let i = 0; i < int(5, 9); i++) {
    const nm = pi.personName();
    d.w`${lk.crmId()},"${P('PERSON', nm)}",${pi.emailFor(nm)},${pi.phone()},${pi.city()},${pi.country()},${company()},${zip()},${pi.firstName()},"${pick(['renewal due', 'asked for invoice ', 'VIP', 'churn risk'])}${chance(0.3) ? T` order ${lk.orderNo()}` : ''}"\n`;
  }
}

export function sqlDump(d) {
  d.w`-- MySQL dump ${lk.version()}\n-- Host: ${pick(['db-01', 'localhost'])}    Database: ${pick(['shop', 'crm', 'payroll'])}\nCREATE USER 'report'@'%' IDENTIFIED BY '${pw()}';\nINSERT INTO \`customers\` VALUES\n`;
  const n = int(3, 6);
  for (let i = 0; i < n; i++) {
    const nm = pi.personName();
    d.w`(${String(1000 + i)},'${P('PERSON', nm)}','${pi.emailFor(nm)}','${pi.phone()}','${pi.card()}','${dob()}','${pi.ssn()}','${lk.timestamp()}')${i < n - 1 ? ',' : ';'}\n`;
  }
  d.w`INSERT INTO api_clients (name, client_secret, created) VALUES ('${company()}', '${np()}', '${lk.date()}');\nINSERT INTO payouts VALUES (1,'${pi.iban()}','${lk.price()}'),(2,'${lk.invalidIban()}','${lk.price()}');\n`;
}

const TICKET_PROSE = [
  (nm, loc) => T`Hi, this is ${nm}. I moved to ${loc} last month and my invoices still go to the old address.`,
  (nm, loc) => T`Customer ${nm} called from ${loc}; says the app logs her out every few minutes.`,
  (nm, loc) => T`${nm} (based in ${loc}) wants the refund sent to the card on file.`,
];
export function supportTicket(d) {
  const nm = pi.personName(); const loc = pi.location();
  d.w`Ticket ${lk.ticketId()} — priority ${pick(['P2', 'P3'])} — opened ${lk.timestamp()}\nRequester: ${P('PERSON', nm)} <${pi.emailFor(nm)}>\nPhone: ${pi.phone()}\n\n`;
  d.add(pick(TICKET_PROSE)(P('PERSON', nm), loc)); d.txt('\n');
  d.w`They live at ${pi.street()} in ${pi.cityLower()} and can be reached after 5pm on ${pi.phone()}.\n`;
  if (chance(0.6)) d.w`Customer pasted their login to "speed things up": username ${pi.emailFor(nm)} / password ${sec('USER_PASSWORD')} — please reset and tell them never to do that.\n`;
  if (chance(0.5)) d.w`Card ending in the one below was charged twice: ${pi.card()} (order ${lk.orderNo()}, ${lk.price()}).\n`;
  d.w`\n-- Agent ${pi.person()}: escalated to billing, see ${lk.ticketId()}. Tracking ${lk.tracking()}.\n`;
}

export function email(d) {
  const from = pi.personName(); const to = pi.personName('en');
  d.w`From: ${P('PERSON', from)} <${pi.emailFor(from)}>\nTo: ${P('PERSON', to)} <${pi.emailFor(to)}>\nDate: ${lk.timestamp()}\nMessage-ID: <${lk.uuid()}@mail.corp.example>\nSubject: ${pick(['access for the new contractor', 'Re: vendor onboarding', 'wifi + door codes', 'trip next week'])}\n\n`;
  d.w`Hi ${pi.firstName()},\n\n`;
  const r = int(0, 3);
  if (r === 0) d.w`the new key for staging is ${np()} — the old one stops working on ${lk.date()}. The dashboard login is ${pick(['ops', 'admin'])} / ${sec('ADMIN_PASSWORD')}.\n`;
  else if (r === 1) d.w`I'm flying to ${pi.city()} on ${lk.flightNo()} (booking ${lk.pnr()}) and staying with ${pi.person()} near ${pi.street()}. Call me on ${pi.phone()} if anything breaks.\n`;
  else if (r === 2) d.w`wifi in the ${pi.city()} office: network "guest-${rs(A.dig, 3)}", passphrase ${sec('WIFI_PSK')}. The NAS admin password is ${pw()}.\n`;
  else d.w`please wire the deposit to ${pi.iban()} (account holder ${pi.person()}). Routing ${aba()} is only for the US account ${pi.bankAcct()}.\n`;
  d.w`\nThanks,\n${P('PERSON', from)}\n${pi.phone()}\n${company()}, ${pi.city()}\n`;
}

const CHAT_SECRET = [
  (v) => T`the new key for staging is ${v}`, (v) => T`passwd for the box: ${v}`, (v) => T`use ${v} until the vault migration lands`, (v) => T`here's the client secret, don't paste it in #general: ${v}`,
  (v) => T`das neue Passwort für den Server lautet ${v}`, (v) => T`der API-Schlüssel für Prod ist jetzt ${v}`,
  (v) => T`la contraseña del wifi es ${v}`, (v) => T`te paso el token: ${v}`,
  (v) => T`le mot de passe de la base est ${v}`, (v) => T`voici la clé d'API : ${v}`,
  (v) => T`a senha do servidor é ${v}`, (v) => T`o token novo é ${v}, não compartilha`,
  (v) => T`la password dell'admin è ${v}`, (v) => T`het wachtwoord voor de NAS is ${v}`,
  (v) => T`hasło do bazy to ${v}`, (v) => T`ステージングの新しいキーは ${v} です`, (v) => T`пароль от сервера: ${v}`,
];
const CHAT_PII = [
  () => T`${pi.firstName()} is landing in ${pi.cityLower()} tomorrow, can someone pick her up?`,
  () => T`met ${pi.person()} at the conference in ${pi.city()}, she runs the ${pi.country()} team`,
  () => T`my number changed, it's ${pi.phone()} now`,
  () => T`${pi.person()} will be at ${pi.street()} around 3`,
  () => T`ich treffe ${pi.person()} morgen in ${pi.city()}`, () => T`nos vemos con ${pi.person()} en ${pi.city()} el jueves`,
  () => T`j'ai déjeuné avec ${pi.person()} à ${pi.city()}`, () => T`${pi.person('jaS')}さんは来週${pi.city()}に出張します`,
  () => T`the build is ${lk.buildNo()}, commit ${lk.gitSha(true)}`, () => T`lol that's just the example key ${lk.awsExample()}`,
  () => T`ping ${pi.email()} about it`,
];
export function chat(d) {
  const ppl = [pi.personName(), pi.personName(), pi.personName()];
  for (let i = 0; i < int(7, 12); i++) {
    const who = pick(ppl); const hh = pad(int(8, 19), 2) + ':' + pad(int(0, 59), 2);
    d.w`[${hh}] ${P('PERSON', who)}: `;
    if (chance(0.3)) d.add(pick(CHAT_SECRET)(chance(0.5) ? np() : pw())); else d.add(pick(CHAT_PII)());
    d.txt('\n');
  }
}

export function hrRecord(d) {
  const nm = pi.personName();
  d.w`EMPLOYEE RECORD — CONFIDENTIAL\nName: ${P('PERSON', nm)}\nEmployee ID: E${rs(A.dig, 6)}\nDate of birth: ${dob()}\nHome address: ${pi.street()}, ${pi.city()} ${zip()}\nPersonal email: ${pi.emailFor(nm)}\nMobile: ${pi.phone()}\nSSN: ${pi.ssn()}\n`;
  if (chance(0.5)) d.w`ITIN (spouse): ${pi.itin()}\n`;
  d.w`Passport: ${pi.passport()} (expires ${lk.date()})\n`;
  const dl = pi.dl(); d.w`Driver licence: ${dl.st} ${dl.span}\nDirect deposit: routing ${aba()}, account ${pi.bankAcct()}\nEmergency contact: ${pi.person()} (${pick(['spouse', 'mother', 'brother'])}), ${pi.phone()}\nManager: ${pi.person()}\nNote: relocated from ${pi.city()} to ${pi.city()} in ${lk.date()}; visa case ${lk.ticketId()}.\n`;
}

export function medicalRecord(d) {
  const nm = pi.personName(pick(['en', 'in', 'ng', 'pl', 'ar', 'en']));
  const last = nm.split(' ').pop();
  d.w`${pick(['DISCHARGE SUMMARY', 'REFERRAL LETTER', 'PRESCRIPTION'])}\nPatient: ${P('PERSON', nm)}   DOB: ${dob()}\nNHS number: ${pi.nhs()}\nAddress: ${pi.street()}, ${pi.city()}\nPhone: ${pi.phone('GB')}\n\n`;
  d.w`${P('PERSON', nm)} was seen on ${lk.date()} after a fall while hiking near ${pi.location()}. Prior admission record ${lk.invalidNhs()} was mistyped by the clinic and has been corrected.\n`;
  const doc = pi.personName('en');
  d.w`Prescriber: Dr ${P('PERSON', doc)}, DEA ${pi.dea(doc.split(' ').pop())}, ward phone ${pi.phone('GB')}.\nNext of kin: ${pi.person()} — ${pi.email()}\nLab order ${lk.orderNo()}; sample barcode ${lk.sku()}.\n`;
}

export function bankStatement(d) {
  const nm = pi.personName();
  d.w`${company()} Bank — Statement ${lk.date()}\nAccount holder: ${P('PERSON', nm)}\nIBAN: ${pi.iban()}\nAddress: ${pi.street()}, ${pi.city()}\n\nDate        Description                              Amount\n`;
  for (let i = 0; i < int(5, 9); i++) {
    const r = int(0, 4);
    if (r === 0) d.w`${lk.date()}  SEPA transfer to ${pi.person()} ${pi.iban()}  -${lk.price()}\n`;
    else if (r === 1) d.w`${lk.date()}  Card ${pi.card()} at ${pi.city()}  -${lk.price()}\n`;
    else if (r === 2) d.w`${lk.date()}  Incoming ${lk.invalidIban()} (returned: invalid IBAN)  +${lk.price()}\n`;
    else if (r === 3) d.w`${lk.date()}  BTC purchase to ${pi.btc()}  -${lk.price()}\n`;
    else d.w`${lk.date()}  ACH ${aba()} acct ${pi.bankAcct()} ref ${lk.orderNo()}  +${lk.price()}\n`;
  }
}

export function travel(d) {
  const nm = pi.personName();
  d.w`Itinerary for ${P('PERSON', nm)} — booking ${lk.pnr()}\nPassport ${pi.passport()}, contact ${pi.phone()} / ${pi.emailFor(nm)}\n\n`;
  d.w`Day 1: fly ${lk.flightNo()} from ${pi.city()} to ${pi.city()}, then the train to ${pi.cityLower()}. Hotel on ${pi.street()}.\n`;
  d.w`Day 2: meet ${pi.person()} at the harbour in ${pi.city()}; she knows a guide from ${pi.country()}.\nDay 3: road trip along the coast of ${pi.country()} with ${pi.person()} and ${pi.person()}, dinner booked at ${pi.street()} (${pi.phone()}).\nPaid with ${pi.card()} — total ${lk.price()}. Map pin ${lk.coords()}.\n`;
}

export function taxForm(d) {
  const nm = pi.personName('us');
  d.w`Form W-9 / 1040 worksheet (copy)\nName: ${P('PERSON', nm)}\nBusiness name: ${company()}\nAddress: ${pi.street()}, ${pi.city()} ${zip()}\nTaxpayer ID (SSN): ${pi.ssn()}\n`;
  d.w`Dependent: ${pi.person('us')}, ITIN ${pi.itin()}\nRefund by direct deposit — routing ${aba()}, account ${pi.bankAcct()}\nPreparer: ${pi.person()} ${pi.phone('US')}, PTIN P${rs(A.dig, 8)}\nSample values from the instructions (not real): ${lk.invalidSsn()}, ${lk.invalidSsn()}\nE-file submission id ${lk.ulid()}\n`;
}

export function markdownDoc(d) {
  d.w`# ${pick(['Local setup', 'Onboarding', 'Runbook: rotate credentials', 'Integrations'])}\n\nMaintainer: ${pi.person()} (${pi.email()})\n\n## Quick start\n\n\`\`\`bash\ngit clone https://git.corp.example/acme/app.git\ncp .env.example .env   # set API_KEY=${lk.placeholder()}\nnpm ci  # lockfile ${lk.integrity()}\n\`\`\`\n\n`;
  d.w`## Staging credentials (temporary!)\n\n| service | user | secret |\n|---|---|---|\n`;
  for (let i = 0; i < int(2, 4); i++) { const s = nextSecret(); d.w`| ${pick(['grafana', 'sftp', 'vendor portal', 'kafka', 'smtp'])} | ${pick(['ops', 'admin', 'svc'])} | \`${s.span}\` |\n`; }
  d.w`\nDocs example key (safe): \`${lk.awsExample()}\`. Pin images by digest \`${lk.digest()}\`. Release ${lk.version()}.\n`;
}

export function meetingNotes(d) {
  const a = pi.personName(), b = pi.personName(), c = pi.personName();
  d.w`Meeting notes — ${lk.date()}\nAttendees: ${P('PERSON', a)}, ${P('PERSON', b)}, ${P('PERSON', c)}\n\n`;
  d.w`- ${P('PERSON', a)} reported on the pilot in ${pi.cityLower()}; customers near ${pi.street()} complained about delivery times.\n- ${P('PERSON', b)} is moving to ${pi.city()} in spring and will cover ${pi.country()} and ${pi.country()} from there.\n`;
  d.w`- We agreed that ${pi.firstName()} from the ${pi.city()} office takes over on-call; reach her on ${pi.phone()}.\n- Budget: ${lk.price()} for Q${int(1, 4)}; PO ${lk.orderNo()}.\n`;
  if (chance(0.5)) d.w`- (oops) ${P('PERSON', c)} shared the shared-drive login in the call: ${pick(['finance', 'ops'])} / ${sec('USER_PASSWORD')} — rotate!\n`;
  d.w`Action items: ${P('PERSON', c)} to email ${pi.email()} by ${lk.date()}.\n`;
}

export function wiki(d) {
  d.w`= ${pick(['Team directory', 'Office locations', 'Vendor contacts'])} =\nLast edited by ${pi.person()} at ${lk.timestamp()} (rev ${lk.buildNo()})\n\n`;
  for (let i = 0; i < int(3, 5); i++) d.w`* '''${pi.person()}''' — ${pick(['Lead', 'SRE', 'Account manager', 'Counsel'])}, ${pi.city()} office, ext ${String(int(100, 999))}, ${pi.phone()}, ${pi.email()}\n`;
  d.w`\nOffice: ${pi.street()}, ${pi.city()}, ${pi.country()} (${lk.coords()}).\nGuest wifi: ${sec('WIFI_PSK')}\nStatus page hostname: ${lk.hostname()}\n`;
}

const NARR = [
  () => T`Last summer ${pi.person()} took the night train from ${pi.city()} to ${pi.cityLower()}, where her cousin ${pi.person()} runs a bakery on ${pi.street()}.`,
  () => T`According to neighbours, ${pi.person()} had lived in ${pi.city()} for a decade before moving back to ${pi.country()}.`,
  () => T`We crossed into ${pi.country()} at dawn; ${pi.firstName()} insisted on stopping in ${pi.cityLower()} for coffee.`,
  () => T`The mayor of ${pi.city()}, ${pi.person()}, said the flooding along ${pi.street()} was the worst since 1998.`,
  () => T`${pi.person()} and ${pi.person()} opened a clinic in ${pi.city()} after years working in ${pi.country()}.`,
  () => T`Als ${pi.person()} in ${pi.city()} ankam, wartete ${pi.person()} schon am Bahnhof.`,
  () => T`${pi.person()} vive en ${pi.street()}, en pleno centro de ${pi.city()}, con su hermano ${pi.firstName('es')}.`,
  () => T`${pi.person()} est partie de ${pi.city()} pour rejoindre ${pi.person()} à ${pi.cityLower()}.`,
  () => T`${pi.person('jaS')}さんは${pi.city()}から${pi.city()}へ引っ越しました。`,
  () => T`${pi.person('ruS')} переехал в ${P('LOCATION', pick(['Казань', 'Новосибирск', 'Екатеринбург']))} в прошлом году.`,
  () => T`${pi.person('zhS')}在${P('LOCATION', pick(['杭州', '成都', '深圳']))}工作了五年。`,
  () => T`she texted me from ${pi.phone()} once she reached ${pi.cityLower()}, and ${pi.person()} called right after.`,
  () => T`A witness, ${pi.person()} of ${pi.street()}, told reporters she heard shouting around ${String(int(1, 11))} pm.`,
];
export function narrative(d) {
  d.w`${pick(['Travel diary', 'Local news', 'Newsletter', 'Story draft'])} — ${lk.date()}\n\n`;
  for (const f of shuffle(NARR).slice(0, int(5, 8))) { d.add(f()); d.txt(chance(0.4) ? '\n\n' : ' '); }
  d.txt('\n');
}

export function caseNotes(d) {
  const nm = pi.personName();
  d.w`Case ${lk.ticketId()} — social services / claims\nClient: ${P('PERSON', nm)}\n\n`;
  d.w`${lk.date()}: visited the client at home on ${pi.street()}. Lives with ${pi.person()} (partner) and two children; eldest attends school in ${pi.cityLower()}.\n`;
  d.w`${lk.date()}: phoned ${pi.phone()} — no answer. Left message with sister ${pi.person()}, who is staying in ${pi.city()}, ${pi.country()}.\n`;
  d.w`${lk.date()}: benefits paid to ${pi.iban()}; SSN on file ${pi.ssn()}; claim ref ${lk.orderNo()}.\n`;
  if (chance(0.4)) d.w`${lk.date()}: client's portal password written on intake form: ${sec('USER_PASSWORD')} (advised to change).\n`;
}

export function proseSecrets(d) {
  d.w`${pick(['#ops-handover', 'Handover notes', 'Übergabe', 'Notas de guardia', 'Passation'])} — ${lk.date()}\n\n`;
  for (let i = 0; i < int(4, 7); i++) {
    const who = pi.person();
    d.w`${who}: `;
    d.add(pick(CHAT_SECRET)(pick([np, pw, () => sec(pick(['PASSPHRASE', 'USER_PASSWORD'])), () => nextSecret().span])()));
    d.txt(pick(['.\n', '\n', ' (rotated yesterday)\n', ' — thx\n']));
  }
  d.w`${pi.person()}: login for the ${pick(['router', 'NAS', 'jump host', 'CMS'])} is user ${pick(['admin', 'ubnt', 'editor', 'mkowalski', 'sanchez.r'])} pass ${sec('USER_PASSWORD')}\n`;
  d.w`${pi.person()}: not a secret, just the example from the docs: ${lk.placeholder()} / ${lk.awsExample()}\n`;
}

export function cryptoWallet(d) {
  d.w`Treasury wallets — exported ${lk.timestamp()}\n`;
  for (let i = 0; i < int(3, 6); i++) d.w`${pi.person()}\t${pi.btc()}\tlast tx ${lk.hash()}\t${lk.price()}\n`;
  d.w`Hardware wallet recovery passphrase (offline copy!): ${sec('PASSPHRASE')}\nExchange API key: ${np()}\n`;
}
