// blind9 documents about people: API answers, exports, tickets, mail, chat, HR, medical, banking, travel, tax, wiki.
import { R, A, Doc, S, P, L, mapv, join, b64 } from './lib.mjs';
import * as la from './lookalikes.mjs';
import * as pi from './pii.mjs';
import { drawKind, secOf, sec, simple, byE, password } from './secrets.mjs';
import { urlSecret, org, tld } from './docs_tech.mjs';
const pick = R.pick;
const j = (s) => JSON.stringify(s).slice(1, -1);
const jp = (sp) => mapv(sp, j);  // JSON-escaped span (non-ASCII stays literal)
const dl = () => pi.driverLicense();
const usa = () => P('LOCATION', pick(['USA', 'United States', 'USA', 'U.S.A.']));
const dlCtx = (x) => pick([`${x.st} driver's license`, `DL (${x.st})`, `Driver License #`, `${x.st} DL no.`, `licencia de conducir (${x.st})`, `driving licence, state of ${x.st}`]);
const ppCtx = () => pick(['US passport', 'Passport No.', 'passport number', 'U.S. Passport #', 'numéro de passeport (US)', 'US-Reisepass Nr.', 'pasaporte estadounidense']);

// ---------- JSON API answers ----------
function jsonApiDoc() {
  const d = new Doc('json_api'); const t = R.int(0, 2);
  if (t === 0) {
    d.w`HTTP/1.1 200 OK\ncontent-type: application/json\nx-request-id: ${la.reqId()}\n\n{\n  "data": [\n`;
    const n = R.int(1, 3);
    for (let i = 0; i < n; i++) { const p = pi.person(); d.w`    {\n      "id": "${la.crmId()}",\n      "name": "${jp(p.span())}",\n      "email": "${pi.email(p)}",\n      "phone": "${pi.phone(p.cc)}",\n      "address": { "line1": "${jp(pi.street())}", "city": "${jp(pi.city())}", "postal_code": "${R.digits(5)}" },\n      "last_login_ip": "${pi.ip()}",\n      "created_at": "${la.isoTs()}",\n      "avatar_color": "${la.color()}"\n    }${i < n - 1 ? ',' : ''}\n`; }
    d.w`  ],\n  "next_cursor": "${la.uuid()}"\n}\n`;
  } else if (t === 1) {
    const p = pi.person();
    d.w`{\n  "object": "customer",\n  "id": "${la.crmId()}",\n  "name": "${jp(p.span())}",\n  "email": "${pi.email(p)}",\n  "payment_methods": [\n    { "type": "card", "number": "${pi.card(R.pick(['', ' ']))}", "exp": "${R.int(1, 12)}/${R.int(27, 31)}", "brand_hint": "see BIN" },\n    { "type": "sepa_debit", "iban": "${pi.iban()}" },\n    { "type": "crypto", "network": "bitcoin", "address": "${pi.btc()}" }\n  ],\n  "invoices": ["${la.invoice()}", "${la.invoice()}"],\n  "balance": "${la.price()}",\n  "shipping": { "tracking": "${la.tracking()}", "city": "${jp(pi.cityCountry())}" },\n  "metadata": { "kyc_ssn": "${pi.ssn('-')}", "legacy_ssn_field": "${pi.badSsn()}", "gift_card": "${la.giftCard()}" }\n}\n`;
  } else {
    const p = pi.person('us'); const x = dl();
    d.w`{"verification":{"status":"approved","checked_at":"${la.isoTs()}","subject":{"full_name":"${jp(p.span())}","dob":"19${R.int(50, 99)}-0${R.int(1, 9)}-1${R.int(0, 9)}","ssn":"${pi.ssn()}","itin":${R.chance(0.5) ? ['"', pi.itin('-'), '"'] : 'null'},"documents":[{"type":"drivers_license","state":"${x.st}","number":"${x.sp}"},{"type":"passport","country":"${usa()}","number":"${pi.passport()}","expires":"${la.date()}"}],"address":"${pi.addr(false).map((x) => typeof x === "string" ? x : jp(x))}","phone":"${pi.phone('US')}","ip":"${pi.ip()}"},"score":0.${R.digits(3)},"session":"${la.uuid()}","api_key_used":"${la.placeholder()}"}}\n`;
  }
  return d;
}
// ---------- CRM / CSV exports ----------
function csvDoc() {
  const d = new Doc('crm_export'); const sep = pick([',', ';', '\t']); const t = R.int(0, 1);
  const q = (sp) => (sep === ',' && R.chance(0.5) ? ['"', sp, '"'] : sp);
  if (t === 0) {
    d.w`${['id', 'full_name', 'email', 'phone', 'city', 'country', 'created', 'owner'].join(sep)}\n`;
    for (let i = 0; i < R.int(3, 6); i++) { const p = pi.person(); d.add([la.crmId(), sep, q(p.span()), sep, pi.email(p), sep, pi.phone(p.cc), sep, q(pi.city()), sep, pi.country(), sep, la.date(), sep, pick(['sales-emea', 'kam', 'inbound']), '\n']); }
  } else {
    d.w`${['account_no', 'name', 'ssn_or_itin', 'card_on_file', 'state', 'dl_number', 'balance'].join(sep)}\n`;
    for (let i = 0; i < R.int(3, 6); i++) { const p = pi.person(pick(['us', 'mx', 'in', 'cnLat', 'ng', 'us'])); const x = dl(); d.add([pi.bankAcct(), sep, q(p.span()), sep, R.chance(0.5) ? pi.ssn() : pi.itin('-'), sep, R.chance(0.8) ? pi.card('') : pi.badCard(''), sep, x.st, sep, x.sp, sep, la.price(), '\n']); }
  }
  return d;
}
// ---------- SQL dumps ----------
function sqlDoc() {
  const d = new Doc('sql_dump');
  d.w`-- pg_dump ${la.version()} of ${pick(['crm', 'shop', 'members'])} @ ${la.isoTs()}\nINSERT INTO customers (id, name, email, phone, ssn, passport_no, dl_state, dl_no, street, city, last_ip) VALUES\n`;
  const n = R.int(2, 4);
  for (let i = 0; i < n; i++) { const p = pi.person(pick(['us', 'us', 'gb', 'ie', 'mx', 'in', 'kr'])); const x = dl(); const sq = (sp) => mapv(sp, (v) => v.replace(/'/g, "''"));
    d.w`  (${R.int(1000, 99999)}, '${sq(p.span())}', '${sq(pi.email(p))}', '${pi.phone(p.cc)}', '${R.chance(0.8) ? pi.ssn() : pi.badSsn()}', '${pi.passport()}', '${x.st}', '${x.sp}', '${sq(pi.street())}', '${sq(pi.city())}', '${pi.ip()}')${i < n - 1 ? ',' : ';'}\n`; }
  d.w`INSERT INTO api_clients (name, secret, created) VALUES ('${pick(['zapier-sync', 'mobile', 'partner-x'])}', '${sec(pick(['GENERIC_SECRET', 'GENERIC_API_KEY', 'AUTH0_CLIENT_SECRET', 'ZENDESK_API_TOKEN', 'SEGMENT_WRITE_KEY']))}', '${la.date()}');\n-- checksum ${la.hash()}\n`;
  return d;
}
// ---------- support tickets ----------
function ticketDoc() {
  const d = new Doc('support_ticket'); const cust = pi.person(); const agent = pi.person(pick(['us', 'gb', 'in', 'au', 'ie'])); const lang = pick(['en', 'en', 'de', 'es', 'fr', 'pt']);
  d.w`Ticket ${la.ticketNo()} | Priority: ${pick(['High', 'Normal', 'Urgent'])} | Opened ${la.isoTs()}\nRequester: ${cust.span()} <${pi.email(cust)}>\nAssignee: ${agent.span()}\n\n`;
  const card = pi.card(), ph = pi.phone(cust.cc), st = pi.street(), c = pi.cityCountry();
  if (lang === 'de') d.w`Hallo, ich wurde zweimal belastet für Bestellung ${la.order()}. Meine Karte ist ${card}, bitte erstatten Sie ${la.price()}. Rückruf unter ${ph}. Lieferadresse: ${st}, ${c}.\n`;
  else if (lang === 'es') d.w`Hola, el pedido ${la.order()} no ha llegado (seguimiento ${la.tracking()}). Pagué con la tarjeta ${card}. Mi teléfono es ${ph} y vivo en ${st}, ${c}. Gracias.\n`;
  else if (lang === 'fr') d.w`Bonjour, je n'arrive pas à me connecter depuis ${la.date()}. Ma carte ${card} a été débitée de ${la.price()}. Vous pouvez m'appeler au ${ph}. Adresse : ${st}, ${c}.\n`;
  else if (lang === 'pt') d.w`Olá! Meu pedido ${la.order()} veio errado. Cartão usado: ${card}. Telefone/WhatsApp ${ph}. Endereço: ${st} – ${c}.\n`;
  else d.w`Hi team, order ${la.order()} (invoice ${la.invoice()}) shows ${la.price()} but I was charged twice on my card ${card}. Please call me at ${ph}. I moved to ${st}, ${c} last month.\n`;
  d.w`\n--- internal note (${agent.span(agent.first)}) ---\n`;
  const r = R.int(0, 3);
  if (r === 0) { const k = drawKind(simple); d.w`Customer's dev pasted their ${pick(k.desc)} in the chat widget: ${secOf(k)} -- told them to revoke it. Product code on the box was ${la.partNo()}.\n`; }
  else if (r === 1) d.w`Verified identity with last four of SSN and full DL. SSN on file ${pi.ssn()}; ${(() => { const x = dl(); return [dlCtx(x), ' ', x.sp]; })()}. Request ${la.reqId()}.\n`;
  else if (r === 2) d.w`Refund via bank instead: IBAN ${pi.iban(true)} (customer typo'd it first as ${pi.badIban()}). Escalated to ${pi.person().span()}.\n`;
  else d.w`Logged in as the user to reproduce; their temp password is ${sec('USER_PASSWORD')}. Test card ${pi.testCard()} works in sandbox. Client IP ${pi.ip()}.\n`;
  return d;
}
// ---------- emails ----------
function emailDoc() {
  const d = new Doc('email'); const a = pi.person(), b = pi.person(); const t = R.int(0, 4);
  d.w`From: ${a.span()} <${pi.email(a)}>\nTo: ${b.span()} <${pi.email(b)}>\n${R.chance(0.4) ? ['Cc: ', pi.email(), '\n'] : ''}Date: ${la.date()}\nMessage-ID: <${la.uuid()}@mail.${org()}.example>\nSubject: `;
  if (t === 0) d.w`Wire instructions / Überweisungsdaten\n\nHi ${b.span(b.first)},\n\nplease send the deposit (${la.price()}) to our new account:\n  Beneficiary: ${pi.person().span()}\n  IBAN: ${pi.iban(true)}\n  BIC: ${R.str(A.up, 6)}${R.str(A.alnumU, 2)}\n  Bank address: ${pi.addr(false)}\nReference: ${la.invoice()}\n\nIf your bank prefers crypto, BTC works too: ${pi.btc()}\n\nBest,\n${a.span(a.first)}\n${pi.phone(a.cc)}\n`;
  else if (t === 1) { const k = drawKind((x) => simple(x) || x.pem); d.w`Re: access for the contractor\n\n${b.span(b.first)}, as discussed on the call, here is the ${pick(k.desc)} for the ${pick(['staging', 'prod', 'partner'])} environment:\n\n${secOf(k)}\n\nPlease don't forward this. It expires ${la.date()}. The server is ${la.host()}.\n\n-- \n${a.span()}\n${pick(['Head of Platform', 'DevOps', 'CTO'])}, ${org()} | ${pi.phone(a.cc)}\n`; }
  else if (t === 2) d.w`Onboarding – documents received\n\nDear ${b.span()},\n\nwe received your documents for the relocation to ${pi.cityCountry()}:\n- ${ppCtx()}: ${pi.passport()}\n- ${(() => { const x = dl(); return [dlCtx(x), ': ', x.sp]; })()}\n- SSN: ${pi.ssn()}\n${R.chance(0.5) ? ['- DEA registration (for the clinic credentialing): ', pi.dea(b.rlast), '\n'] : ''}Your start date is ${la.date()}; the office is at ${pi.street()}.\n\nKind regards,\n${a.span()}\nPeople Team\n`;
  else if (t === 3) d.w`【ご確認】アカウント情報\n\n${b.span()} 様\n\nいつもお世話になっております。ご登録の電話番号 ${pi.phone('JP')} と住所 ${pi.street()} を確認しました。\nお支払いカード: ${pi.card(' ')}\n注文番号: ${la.order()}（${la.price()}）\n\n${a.span()}\n`;
  else d.w`Votre facture ${la.invoice()}\n\nBonjour ${b.span(b.first)},\n\nVeuillez trouver ci-joint la facture ${la.invoice()} d'un montant de ${la.price()}.\nPrélèvement SEPA sur le compte ${pi.iban(true)}.\nPour toute question : ${pi.phone('FR')} ou ${pi.email()}.\nSiège : ${pi.addr(false)}.\nN° TVA : FR${R.digits(11)}\n\nCordialement,\n${a.span()}\n`;
  return d;
}
// ---------- chat exports ----------
function chatDoc() {
  const d = new Doc('chat'); const ppl = [pi.person(), pi.person(), pi.person()]; const json = R.chance(0.35);
  const msgs = [];
  const k = drawKind(simple), k2 = drawKind((x) => simple(x) || x.pem);
  msgs.push([`hey, ${pick(['prod is down', 'deploy is stuck', 'the nightly sync failed again', 'billing webhooks are 401ing'])} – who has the ${pick(k.desc)}?`]);
  msgs.push([pick(['here: ', 'try this one ', 'old one was revoked, new: ', 'use ', 'dm would be better but whatever: ', 'el token nuevo es ', 'hier ist der Schlüssel: ', 'voilà la clé : ', 'segue a chave: ', '新しいキーはこちら: ', 'держи: ', 'pasting it here, delete after: ']), secOf(k), pick(['', ' (prod)', ' — rotate it friday', ' 🙏'])]);
  msgs.push([pick(['thx. also the ', 'and the ', 'pls also share the ']), pick(k2.desc), '?']);
  msgs.push([k2.pem ? ['```\n', secOf(k2), '\n```'] : ['`', secOf(k2), '` (expires ', la.date(), ')']]);
  msgs.push([pick(['btw the sample in the docs is ', 'careful, the README still has ', 'not the placeholder ']), pick([la.placeholder(), la.awsExample(), la.envRef()])]);
  msgs.push([pick(['customer ', 'the user ', 'contact: ']), ppl[2].span(), ' (', pi.email(ppl[2]), ', ', pi.phone(ppl[2].cc), ') ', pick(['is from ', 'lives in ', 'moved to ']), pi.cityCountry()]);
  if (R.chance(0.3)) { const doc = pi.person(pick(['us', 'in', 'gb'])); msgs.push([pick(['pharmacy needs the DEA for ', 'refill form: DEA of ', 'credentialing asks for the DEA no. of Dr. ']), doc.span(), ' → ', pi.dea(doc.rlast)]); }
  if (R.chance(0.6)) msgs.push([pick(['pay me back for the pizza → ', 'send the bounty to ', 'BTC: ']), pi.btc()]);
  if (R.chance(0.5)) msgs.push([pick(['Mi número nuevo: ', 'neue Nummer: ', '新しい番号: ', 'my cell: ', 'новый номер: ']), pi.phone()]);
  if (R.chance(0.5)) msgs.push([pick(['commit ', 'fixed in ', 'reverted ']), la.shortSha(), ', build ', la.build()]);
  for (const m of msgs) {
    const who = pick(ppl.slice(0, 2));
    if (json) d.w`{"ts":"${la.epoch()}.${R.digits(6)}","user":"${jp(who.span())}","text":"${m.flat(3).map((x) => typeof x === 'string' ? j(x) : mapv(x, j))}"}\n`;
    else d.w`[${R.int(8, 23)}:${String(R.int(0, 59)).padStart(2, '0')}] ${who.span()}: ${m}\n`;
  }
  return d;
}
// ---------- HR ----------
function hrDoc() {
  const d = new Doc('hr_record'); const p = pi.person(pick(['us', 'us', 'mx', 'in', 'ng', 'kr', 'cnLat', 'us'])); const x = dl(); const t = R.int(0, 1);
  if (t === 0) d.w`EMPLOYEE RECORD — CONFIDENTIAL\n=============================\nName:              ${p.span()}\nEmployee ID:       E${R.digits(6)}\nStart date:        ${la.date()}\nHome address:      ${pi.addr(false)}\nPersonal phone:    ${pi.phone(p.cc)}\nPersonal email:    ${pi.email(p)}\nSSN:               ${pi.ssn()}\n${R.chance(0.5) ? ['ITIN (spouse):     ', pi.itin(), '\n'] : ''}${dlCtx(x).padEnd(19)}${x.sp}\nPassport:          ${pi.passport()} (${usa()})\nDirect deposit:    routing ${pi.routing()} / account ${pi.bankAcct()}\nEmergency contact: ${pi.person().span()}, ${pi.phone()}\nSalary:            ${la.price()} / year\nLaptop MAC:        ${la.mac()}\n${R.chance(0.6) ? ['Clinical role:     prescriber, DEA registration ', pi.dea(p.rlast), '\n'] : ''}`;
  else d.w`# I-9 / onboarding checklist for ${p.span()}\n\n| field | value |\n|---|---|\n| List A document | ${ppCtx()} ${pi.passport()} |\n| List B document | ${dlCtx(x)} ${x.sp} |\n| SSN | ${pi.ssn()} |\n| Tax ID (ITIN) | ${pi.itin()} |\n| Work location | ${pi.cityCountry()} |\n| Manager | ${pi.person().span()} |\n| Bank | acct ${pi.bankAcct()} |\n| Badge photo | ${la.dataUri()} |\n| Reviewed | ${la.isoTs()} |\n`;
  return d;
}
// ---------- medical ----------
function medicalDoc() {
  const d = new Doc('medical_record'); const pt = pi.person(pick(['gb', 'us', 'ie', 'in', 'ng', 'ar', 'pl'])); const dr = pi.person(pick(['us', 'in', 'gb', 'de']));
  const t = pick([0, 0, 1, 1, 2]);
  if (t === 0) d.w`DISCHARGE SUMMARY\nPatient: ${pt.span()}    NHS No: ${pi.nhs()}\nAddress: ${pi.addr(false)}\nTel: ${pi.phone('GB')}\nAdmitted: ${la.date()}  Discharged: ${la.date()}\nConsultant: Dr ${dr.span()}\n\nDiagnosis: community-acquired pneumonia. Amoxicillin 500 mg TDS for 5 days.\nFollow-up with US specialist Dr ${pi.person('us').span()} (DEA ${pi.dea()}), ${pi.city()} clinic.\nGP notified: ${pi.person('gb').span()}, ${pi.street()}.\nLab ref ${la.uuid()}.\n`;
  else if (t === 1) d.w`PRESCRIPTION (Schedule II)\nPrescriber: ${dr.span()}, MD    DEA# ${pi.dea(dr.rlast)}\nClinic: ${pi.addr(false)}    Ph ${pi.phone('US')}\nPatient: ${pt.span()}    DOB ${la.date()}\nAddress: ${pi.street()}\nRx: oxycodone 5 mg, #20, no refills\nPharmacy verification: call ${pi.phone('US')}; pharmacist ${pi.person('us').span()} (DEA ${pi.dea()})\nInsurance member id: ${R.str(A.alnumU, 3)}${R.digits(9)}  Claim ${la.order()}\n`;
  else d.w`{"resourceType":"Patient","id":"${la.uuid()}","name":[{"text":"${jp(pt.span())}"}],"telecom":[{"system":"phone","value":"${pi.phone(pt.cc)}"},{"system":"email","value":"${pi.email(pt)}"}],"address":[{"text":"${jp(pi.street())}","city":"${jp(pi.city())}"}],"identifier":[{"system":"nhs","value":"${pi.nhs('')}"},{"system":"ssn","value":"${pi.ssn()}"}],"generalPractitioner":[{"display":"${jp(dr.span())}","identifier":{"system":"dea","value":"${pi.dea(dr.rlast)}"}}],"meta":{"versionId":"${la.k8sRv()}","lastUpdated":"${la.isoTs()}"}}\n`;
  return d;
}
// ---------- banking ----------
function bankDoc() {
  const d = new Doc('banking'); const p = pi.person(); const t = R.int(0, 2);
  if (t === 0) {
    d.w`ACCOUNT STATEMENT  ${la.date()}\nAccount holder: ${p.span()}\n${pi.addr(false)}\nIBAN ${pi.iban(true)}\n\nDate        Description                                 Amount\n`;
    for (let i = 0; i < R.int(4, 7); i++) { const r = R.int(0, 3); d.add([la.date(), '  ']); if (r === 0) d.w`SEPA transfer to ${pi.person().span()} ${pi.iban(false)}  -${la.price()}\n`; else if (r === 1) d.w`Card payment ${pick(['REWE', 'Carrefour', 'Lidl', 'Shell'])} card ${pi.card(' ')}  ${la.price()}\n`; else if (r === 2) d.w`Standing order ref ${la.invoice()}  ${la.price()}\n`; else d.w`Crypto exchange payout to ${pi.btc()}  ${la.price()}\n`; }
  } else if (t === 1) d.w`DOMESTIC WIRE REQUEST\nOriginator: ${p.span()}   Phone: ${pi.phone('US')}\nOriginator account: ${pi.bankAcct()}\nBeneficiary: ${pi.person('us').span()}\nBeneficiary bank ABA: ${pi.routing()}   Account: ${pi.bankAcct()}\nBeneficiary address: ${pi.addr(false)}\nAmount: ${la.price()}   Reference: ${la.invoice()}\nID verified: ${(() => { const x = dl(); return [dlCtx(x), ' ', x.sp]; })()}; SSN ${pi.ssn()}\nOfficer: ${pi.person().span()}   Confirmation ${la.reqId()}\n`;
  else d.w`Chargeback case ${la.ticketNo()}\nCardholder: ${p.span()} (${pi.email(p)})\nDisputed card: ${pi.card()}\nCard entered at checkout (rejected, bad check digit): ${pi.badCard()}\nMerchant: ${org()} ${pick(['GmbH', 'Ltd', 'S.A.', 'Inc.'])}, ${pi.cityCountry()}\nAmount: ${la.price()}   ARN ${R.digits(23)}\nAlso provided refund account ${pi.iban()} and wallet ${pi.btc()}\nIP at purchase: ${pi.ip()}   Device ${la.uuid()}\n`;
  return d;
}
// ---------- travel ----------
function travelDoc() {
  const d = new Doc('travel_booking'); const pax = [pi.person(pick(['us', 'us', 'mx', 'jpLat', 'in'])), pi.person(pick(['us', 'gb', 'us', 'br']))]; const t = R.int(0, 1);
  if (t === 0) { d.w`BOOKING CONFIRMATION ${R.str(A.alnumU, 6)}\nFlight ${R.str(A.up, 2)}${R.int(100, 9999)} ${pi.city()} → ${pi.city()} on ${la.date()}\n\nPassengers (APIS data):\n`;
    for (const p of pax) d.w` - ${p.span(p.roman.toUpperCase())}  ${ppCtx()} ${pi.passport()}  nationality ${usa()}  phone ${pi.phone(p.cc)}\n`;
    d.w`Payment: card ${pi.card()}  total ${la.price()}\nLoyalty number: ${la.giftCard()}\nHotel: ${pi.addr(true)} (${la.coords()})\n`; }
  else { const x = dl(); d.w`Car rental agreement RA-${R.digits(8)}\nRenter: ${pax[0].span()}   email ${pi.email(pax[0])}\n${dlCtx(x)}: ${x.sp} (exp ${la.date()})\nAdditional driver: ${pax[1].span()}, ${(() => { const y = dl(); return [dlCtx(y), ' ', y.sp]; })()}\nPick-up: ${pi.addr(false)}   Return: ${pi.city()}\nDeposit hold on ${pi.card()} — ${la.price()}\nVehicle VIN ${R.str('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17)}  plate ${R.str(A.up, 3)}-${R.digits(4)}\n`; }
  return d;
}
// ---------- tax / KYC forms ----------
function taxDoc() {
  const d = new Doc('tax_form'); const p = pi.person(pick(['mx', 'in', 'cnLat', 'ng', 'br', 'kr', 'de', 'us'])); const t = R.int(0, 1);
  if (t === 0) d.w`Form W-7 / ITIN assignment letter (copy)\nTaxpayer: ${p.span()}\nYour Individual Taxpayer Identification Number is ${pi.itin()}.\nMailing address: ${pi.addr(false)}\nForeign address: ${pi.addr(true)}\nSpouse: ${pi.person().span()}, ITIN ${pi.itin()}\nPreparer: ${pi.person('us').span()}, PTIN P${R.digits(8)}, phone ${pi.phone('US')}\nNotice date ${la.date()}  Notice CP565  Doc locator ${R.digits(14)}\nNot valid: ${pi.badSsn()} (typo on first submission)\n`;
  else d.w`KYC intake — brokerage account\n  Legal name ........ ${p.span()}\n  Tax id ............ ${R.chance(0.5) ? pi.itin() : pi.ssn()}\n  Gov. ID ........... ${ppCtx()} ${pi.passport()}\n  Secondary ID ...... ${(() => { const x = dl(); return [dlCtx(x), ' ', x.sp]; })()}\n  Residence ......... ${pi.addr(true)}\n  Funding ........... ACH acct ${pi.bankAcct()} / IBAN ${pi.iban()}\n  Withdrawal wallet . ${pi.btc()}\n  Mobile ............ ${pi.phone(p.cc)}\n  Session ........... ${la.uuid()} from ${pi.ip()}\n`;
  return d;
}
// ---------- markdown / wiki ----------
function wikiDoc() {
  const d = new Doc('markdown_doc'); const owner = pi.person(); const t = R.int(0, 2);
  const k1 = drawKind(simple), k2 = drawKind(simple), k3 = drawKind((x) => x.pem || simple(x));
  if (t === 0) d.w`# Runbook: ${pick(['rotating the payment provider keys', 'restoring the staging DB', 'on-call handover', 'onboarding a new engineer'])}\n\nOwner: ${owner.span()} (${pi.email(owner)}) · last reviewed ${la.date()}\n\n## Credentials\n\n| system | user | secret |\n|---|---|---|\n| ${pick(k1.desc)} | svc | \`${secOf(k1)}\` |\n| ${pick(k2.desc)} | ci | \`${secOf(k2)}\` |\n| example from vendor docs | – | \`${la.awsExample()}\` |\n| template | – | \`${la.placeholder()}\` |\n\n> ⚠️ The values above are live. Use \`${la.envRef()}\` in code instead.\n\n## Steps\n\n1. SSH to \`${la.host()}\` (fingerprint \`${la.pgpFp()}\`).\n2. Check the release \`${la.version()}\` built from \`${la.shortSha()}\`.\n3. Page ${pi.person().span()} on ${pi.phone()} if it fails.\n`;
  else if (t === 1) d.w`## Local setup\n\n\`\`\`bash\ncp .env.example .env\n# ask ${owner.span(owner.first)} for the real values; for local dev this works:\nexport ${pick(k1.keys).toUpperCase()}=${secOf(k1)}\nexport DATABASE_URL=${urlSecret()}\n\`\`\`\n\nThe deploy key below has read access to the infra repo:\n\n\`\`\`\n${secOf(k3)}\n\`\`\`\n\nOur public key for verification (safe to share):\n\n\`\`\`\n${la.pubkey()}\n\`\`\`\n\nInternal CA certificate (public):\n\n\`\`\`\n${la.cert()}\n\`\`\`\n\nLockfile integrity must match \`${la.integrity()}\`.\n`;
  else d.w`# Team page – ${pick(['Équipe Paiements', 'Equipo de Datos', 'Team Plattform', 'Customer Success'])}\n\n| name | location | phone | slack |\n|---|---|---|---|\n${[0, 1, 2].map(() => { const p = pi.person(); return ['| ', p.span(), ' | ', pi.cityCountry(), ' | ', pi.phone(p.cc), ' | @', p.rfirst.toLowerCase(), ' |\n']; })}\nOffice: ${pi.addr(false)} (${la.coords()})\nShared mailbox password (yes, I know): ${sec('SMTP_PASSWORD')}\nStatus page token: ${secOf(k2)}\n`;
  return d;
}
export const PEOPLE = { json_api: jsonApiDoc, crm_export: csvDoc, sql_dump: sqlDoc, support_ticket: ticketDoc, email: emailDoc, chat: chatDoc, hr_record: hrDoc, medical_record: medicalDoc, banking: bankDoc, travel_booking: travelDoc, tax_form: taxDoc, markdown_doc: wikiDoc };
