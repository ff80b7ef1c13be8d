// kinds: crm_export, support_ticket, email, chat_export, hr_record, medical_record, banking_doc
import { S, P, L, T, J, F, CS, jsonEsc, LK, PI, Sv } from './h.mjs';
import { password, WORDS } from './secrets.mjs';

const csvq = (f) => F('"', f, '"');

export function crm_export(r, K, H, i) {
  const v = i % 3, rows = [];
  const n = r.int(5, 9);
  if (v === 0) {
    for (let i = 0; i < n; i++) { const Q = H.prof(), nm = Q.name(); rows.push(T`${H.crm()},${csvq(P('PERSON', nm))},${H.email(nm)},${r.chance(0.5) ? csvq(Q.phone()) : Q.phone()},${csvq(Q.street())},${Q.city()},${Q.country()},${H.date()},${r.pick(['Lead', 'Customer', 'Churned'])}`); }
    return F('Id,Full Name,Email,Phone,Street,City,Country,Created,Stage\n', J(rows, '\n'), '\n');
  }
  if (v === 1) {
    for (let i = 0; i < n; i++) { const Q = H.prof(), nm = Q.name(); rows.push(T`${nm.length ? P('PERSON', nm) : ''};${Q.phone()};${H.email(nm)};${Q.city()};${H.order()};${H.price()}`); }
    return F('Name;Telefon;E-Mail;Ort;Bestellnummer;Betrag\n', J(rows, '\n'), '\n');
  }
  for (let i = 0; i < n; i++) { const Q = H.prof(); rows.push(T`| ${Q.person()} | ${Q.phone()} | ${Q.city()} | ${r.pick(['VIP', 'B2B', '—'])} | ${H.crm()} | ${H.track()} |`); }
  return F('| contact | phone | location | segment | account | last shipment |\n|---|---|---|---|---|---|\n', J(rows, '\n'), '\n');
}

export function support_ticket(r, K, H, i) {
  const v = i % 4, Q = H.prof(v === 2 ? true : undefined), nm = Q.name();
  if (r.chance(0.2)) return T`RMA ${L('order_number', 'RMA-' + r.digits(6))} — device repair
Customer: ${P('PERSON', nm)} · ${Q.phone()} · ${H.email(nm)}
Device IMEI: ${L('imei', LK.imei(r))}   Serial: ${L('crm_id', r.str(12, CS.updig))}   MAC ${L('mac_address', LK.macAddr(r))}
Model code ${L('product_code', LK.productCode(r))}, firmware ${H.ver()}
Return to: ${Q.street()}, ${Q.city()}
Refund card: ${H.card()} · Invoice ${H.inv()}
`;
  if (r.chance(0.3)) return T`Ticket EX-${r.digits(6)} — "sent BTC to the wrong address"
From: ${P('PERSON', nm)} <${H.email(nm)}>
I withdrew 0.${r.digits(5)} BTC to ${H.btc()} but meant ${H.btc()}. Tx ${L('hash', r.str(64, CS.hex))}.
My deposit address with you is ${H.btc()}.
KYC on file: ${r.pick(['US passport', 'passport no.', 'Passport Number'])} ${H.pass()}, phone ${Q.phone()}.
Agent: we cannot reverse on-chain transfers (case ${H.rid()}).
`;
  if (v === 0) return T`Ticket #${r.int(10000, 99999)} · Priority: High · Opened ${H.ts()}
Requester: ${P('PERSON', nm)} <${H.email(nm)}>
Subject: Charged twice for order ${H.order()}

Hi, I was billed ${H.price()} twice on my card ${H.card()} (exp ${r.int(1, 12)}/${r.int(27, 31)}). My billing address is ${Q.street()}, ${Q.city()}.
You can reach me on ${Q.phone()} after 6pm. Order confirmation: ${H.inv()}.

— Agent note (internal): refund issued via ${H.rid()}. Customer also sent test number ${H.testCard()} by mistake; ignore.
`;
  if (v === 1) { const a = K.tok(); return T`[Zendesk] #${r.int(100000, 999999)} "Integration stopped working"
From: ${P('PERSON', nm)} (${H.email(nm)}), ${r.pick(['Acme GmbH', 'Orbit Ltd', 'Nimbus S.A.'])}

Since this morning our sync fails. Here is our config, maybe it helps:

    endpoint: https://api.acme.example/v3
    ${a.env.toLowerCase()}: ${Sv(a)}
    account_id: ${H.crm()}

Logs attached (request ${H.rid()}). Please call ${Q.phone()} if needed.
Agent: Thanks ${P('PERSON', nm.split(' ')[0] || nm)}! Please rotate that key — it is now visible in this ticket. (${H.ts()})
`; }
  if (v === 2) return T`Ticket ${r.pick(['SR-', 'INC'])}${r.digits(6)} — identity verification
Customer: ${P('PERSON', nm)}
DOB: ${r.int(1, 28)}/${r.int(1, 12)}/19${r.int(50, 99)}
${r.chance(0.6) ? T`${r.pick(['SSN', 'Social Security No.', 'SSN (full)'])}: ${H.ssn()}` : T`${r.pick(['ITIN', 'Tax ID (ITIN)', 'ITIN (no SSN)'])}: ${H.itin()}`}
${r.pick(['Passport #', 'US passport number', 'Passport No.'])}: ${H.pass()}
${r.pick(["Driver's license", 'DL#', 'Driver License Number'])} (${r.pick(PI.DL_STATES)}): ${H.dl()}
Address on file: ${Q.street()}, ${Q.city()}
Notes: the SSN ${H.badSsn()} they first typed was rejected by the validator; correct one above.
`;
  return T`Ticket #${r.int(1000, 9999)} (${r.pick(['español', 'français', 'Deutsch', 'português'])})
${r.pick(['Hola', 'Bonjour', 'Hallo', 'Olá'])}, ${r.pick(['soy', 'je suis', 'ich bin', 'sou'])} ${P('PERSON', nm)}. ${r.pick(['Mi pedido', 'Ma commande', 'Meine Bestellung', 'Meu pedido'])} ${H.order()} ${r.pick(['no llegó', "n'est pas arrivée", 'ist nicht angekommen', 'não chegou'])}.
${r.pick(['Dirección', 'Adresse', 'Anschrift', 'Endereço'])}: ${Q.street()}, ${Q.city()}, ${Q.country()}
${r.pick(['Teléfono', 'Téléphone', 'Telefon', 'Telefone'])}: ${Q.phone()} · ${H.email(nm)}
Tracking: ${H.track()}
`;
}

export function email(r, K, H, i) {
  const v = i % 5, Q = H.prof(v === 4 ? true : v === 1 ? 'DE' : undefined), a = Q.name(), b = v === 4 ? Q.name() : PI.person(r);
  if (v === 4) return T`From: ${P('PERSON', a)} <${H.email(a)}>
To: ${P('EMAIL_ADDRESS', 'taxes@' + r.pick(['prep', 'gestoria']) + '.example')}
Subject: docs para la declaración / tax docs ${r.int(2024, 2026)}

Hola, here is what you asked for:
- Mi ITIN: ${H.itin()}
- ITIN de mi esposa (${P('PERSON', b)}): ${H.itin()}
- Dependiente: ${H.person()}, ${r.pick(['SSN', 'Social Security'])} ${H.ssn()}
- Para el reembolso, cuenta corriente (checking) no. ${H.bank()}, routing ${PI.aba(r)}
- Dirección: ${Q.street()}, ${Q.city()}
Call me at ${H.phone(r.pick(['US', 'MX']))}. ¡Gracias!
`;
  if (v === 0) { const s = K.pw(); return T`From: ${P('PERSON', a)} <${H.email(a)}>
To: ${P('PERSON', b)} <${H.email(b)}>
Date: ${H.ts()}
Subject: staging access

Hi ${P('PERSON', b.split(' ')[0] || b)},

as discussed — the staging admin is "admin" and the pw is ${Sv(s)} (same as last sprint, I know...).
For the reporting DB use ${S('POSTGRES_PASSWORD', password(r))}. Please don't forward this.
Also, your new API key for the sandbox: ${Sv(K.tok())}

${r.pick(['Cheers', 'Best', 'Thanks'])},
${P('PERSON', a)}
${Q.phone()} | ${Q.street()}, ${Q.city()}
`; }
  if (v === 1) return T`Von: ${P('PERSON', a)} <${H.email(a)}>
An: ${P('EMAIL_ADDRESS', 'personal@kunden.example')}
Betreff: Neue Bankverbindung für die Gehaltszahlung

Sehr geehrte Damen und Herren,

bitte überweisen Sie mein Gehalt ab ${H.date()} auf folgendes Konto:
IBAN: ${H.iban('DE')}
Kontoinhaber: ${P('PERSON', a)}
Die alte IBAN ${H.badIban()} ist ab sofort nicht mehr gültig.

Mit freundlichen Grüßen
${P('PERSON', a)}, ${Q.street()}, ${Q.city()}
Tel. ${H.phone('DE')}
`;
  if (v === 2) return T`From: ${P('PERSON', a)} <${H.email(a)}>
Subject: Re: travel booking ${H.order()}

Hi travel desk, details for the ${Q.city()} trip:
- Traveller: ${P('PERSON', a)}
- ${r.pick(['US passport no.', 'Passport number', 'passport #', 'Passport'])}: ${H.pass()} (expires ${H.date()})
- Known Traveler Number: ${L('crm_id', r.str(9, CS.updig))}
- Mobile while abroad: ${Q.phone()}
- Corporate card: ${H.card()}
- ${r.pick(["Driver's licence for the car hire", 'DL number (rental)', 'Driving license #'])}: ${H.dl()}
Hotel near ${Q.street()} please. Budget ${H.price()}/night.
`;
  return T`差出人: ${P('PERSON', PI.person(r, 'ja'))} <${H.email()}>
件名: 請求書 ${H.inv()} について

${P('PERSON', PI.person(r, 'ja'))} 様

いつもお世話になっております。${H.date()} 付の請求書（${H.price()}）を送付いたします。
お振込先: ${r.pick(['三菱UFJ銀行', 'みずほ銀行'])} 普通 口座番号 ${H.bank()}
ご不明な点は ${H.phone('JP')} までご連絡ください。
住所: ${Q.street()}, ${P('LOCATION', '東京都')}
`;
}

export function chat_export(r, K, H, i) {
  const v = i % 3, ppl = [PI.person(r), PI.person(r), PI.person(r)];
  const who = (i) => P('PERSON', ppl[i % 3]);
  const t = () => L('timestamp', `${r.int(10, 23)}:${String(r.int(0, 59)).padStart(2, '0')}`);
  const secLines = [
    () => { const s = K.pw(); return T`the ${r.pick(['staging', 'prod', 'grafana', 'jenkins'])} pw is ${Sv(s)}`; },
    () => { const s = K.tok(); return T`use this key: ${Sv(s)}`; },
    () => { const s = K.tok(); return T`here's the token, expires friday → ${Sv(s)}`; },
    () => T`wifi for the offsite: ${r.pick(['Orbit-Guest', 'Casa-5G'])} / ${S('WIFI_PASSPHRASE', password(r, 2))}`,
    () => { const s = K.pw(); return T`pass: ${Sv(s)} (don't laugh)`; },
    () => { const s = K.tok(); return T`contraseña del API: ${Sv(s)}`; },
    () => { const s = K.tok(); return T`der Schlüssel lautet ${Sv(s)}`; },
    () => { const s = K.tok(); return T`ok i pasted it in the vault but fwiw it's \`${Sv(s)}\``; },
    () => T`send the refund to my btc wallet ${H.btc()} pls`,
    () => T`my card is ${H.card()} if you need to rebook`,
  ];
  const neutral = [
    () => T`build ${H.build()} is green, deploying ${H.ver()}`, () => T`which commit? ${H.sha(true)}?`, () => 'thx 🙏', () => 'can you not paste secrets here pls',
    () => T`customer ${H.person()} called from ${H.phone()}, lives in ${H.city()}`, () => T`order ${H.order()} shipped, tracking ${H.track()}`,
    () => T`meet at ${H.street()}?`, () => T`my number while in ${H.city()}: ${H.phone()}`, () => T`put ${H.ph()} in the example file instead`,
    () => T`${r.pick(['明日の会議は10時からです', 'Завтра созвон в 10', 'نلتقي غدًا', 'ok merci', 'vale, gracias'])}`,
  ];
  const msgs = [];
  for (let i = 0, n = r.int(7, 12); i < n; i++) {
    const body = r.chance(0.3) ? r.pick(secLines)() : r.pick(neutral)();
    if (v === 0) msgs.push(T`[${t()}] ${who(i)}: ${body}`);
    else if (v === 1) msgs.push(T`${L('date', `${r.int(1, 28)}/${r.int(1, 12)}/26`)}, ${t()} - ${who(i)}: ${body}`);
    else msgs.push(T`**${who(i)}** · ${t()}\n${body}\n`);
  }
  const head = v === 0 ? T`#${r.pick(['ops', 'backend', 'oncall', 'random'])} — export ${H.date()}\n` : v === 1 ? 'WhatsApp Chat export\n' : T`Teams meeting chat (${H.date()})\n\n`;
  return F(head, J(msgs, '\n'), '\n');
}

export function hr_record(r, K, H, i) {
  const v = i % 4, Q = H.prof(v === 1 ? undefined : true), nm = Q.name(), st = r.pick(PI.DL_STATES);
  if (v === 3) return T`Form W-9 (scanned, OCR) — vendor onboarding
Name (as shown on your income tax return): ${P('PERSON', nm)}
Business name: ${r.pick(['—', 'Studio ' + r.pick(WORDS), nm.split(' ')[0] + ' Consulting LLC'])}
Address: ${Q.street()}, ${Q.city()}
Part I Taxpayer Identification Number
  Social security number: ${r.chance(0.5) ? H.ssn() : H.itin()}
  (ITIN holders enter ITIN here: ${H.itin()})
Payments: ACH to ${r.pick(['checking acct', 'Account Number', 'bank account #'])} ${H.bank()}, routing ${PI.aba(r)}
Card for expenses: ${H.card()}
Signed ${H.date()}
`;
  if (v === 0) return T`EMPLOYEE ONBOARDING — CONFIDENTIAL
Employee: ${P('PERSON', nm)}        Employee ID: E${r.digits(6)}
Start date: ${H.date()}            Location: ${Q.city()}, ${Q.country()}
Home address: ${Q.street()}, ${Q.city()}
Personal email: ${H.email(nm)}      Mobile: ${Q.phone()}

Form I-9, List A document: U.S. Passport, number ${H.pass()}, expiration ${H.date()}
List B/C (backup): ${r.pick(["Driver's License", 'State DL'])} ${st} ${H.dl(st)}
SSN: ${H.ssn()}

Direct deposit
  Bank routing number (ABA): ${PI.aba(r)}
  ${r.pick(['Account number', 'Checking account #', 'Acct no.', 'Bank account number'])}: ${H.bank()}
  Account type: ${r.pick(['Checking', 'Savings'])}
Emergency contact: ${H.person()}, ${Q.phone()}
`;
  if (v === 1) return T`W-7 / payroll note for contractor ${P('PERSON', nm)}
ITIN: ${H.itin()}    (previous ITIN ${H.itin()} expired ${H.date()})
Payment: wire to ${H.iban()} · or US account ${r.pick(['acct', 'account #', 'bank acct'])} ${H.bank()}
Invoice ${H.inv()} for ${H.price()}
Address: ${Q.street()}, ${Q.city()}
Phone: ${Q.phone()}
`;
  const rows = []; for (let i = 0, n = r.int(3, 5); i < n; i++) { const p = PI.person(r); rows.push(T`${P('PERSON', p)},${H.ssn(r.pick(['-', '']))},${H.dl()},${H.pass()},${Q.city()}`); }
  rows.push(T`${H.person()},${H.badSsn()},,,${Q.city()}   # flagged: invalid SSN, HR to follow up`);
  return F(T`# benefits-enrollment-${H.date()}.csv (exported by ${H.person()})\n`, 'name,ssn,drivers_license,passport_number,work_location\n', J(rows, '\n'), '\n');
}

export function medical_record(r, K, H, i) {
  const v = i % 4, Q = H.prof(v === 0 || v === 2 ? true : 'GB'), nm = Q.name(), doc = PI.personParts(r);
  if (v === 3) return T`Clinic list — ${P('LOCATION', r.pick(['Manchester', 'Leeds', 'Sheffield', 'Brighton']))} practice, ${H.date()}
NHS No.      | Patient | Phone | Appt
${J(Array.from({ length: r.int(3, 6) }, () => T`${H.nhs()} | ${H.person()} | ${H.phone('GB')} | ${L('timestamp', r.int(8, 17) + ':' + r.pick(['00', '15', '30', '45']))}`), '\n')}
Prescribing lead: ${P('PERSON', doc.given + ' ' + doc.family)} (DEA ${H.dea(doc.family)} for US exchange cover)
`;
  const docName = doc.given + ' ' + doc.family;
  if (v === 0) return T`PRESCRIPTION
Prescriber: Dr. ${P('PERSON', docName)}, ${Q.street()}, ${Q.city()}
DEA #: ${H.dea(doc.family)}    NPI: ${r.digits(10)}
Patient: ${P('PERSON', nm)}   DOB: ${H.date()}   Phone: ${Q.phone()}
Rx: ${r.pick(['Oxycodone 5 mg', 'Adderall XR 20 mg', 'Lorazepam 1 mg'])} — qty ${r.int(10, 60)}, refills 0
Date: ${H.date()}   Pharmacy ref: ${H.order()}
`;
  if (v === 1) return T`NHS — Discharge summary
Patient: ${P('PERSON', nm)}    NHS Number: ${H.nhs()}
Address: ${Q.street()}, ${P('LOCATION', r.pick(['Leeds', 'Bristol', 'Glasgow', 'Cardiff', 'Belfast']))}
GP: Dr ${P('PERSON', docName)} (${H.phone('GB')})
Admitted ${H.date()}, discharged ${H.date()}. Ward ${r.int(1, 30)}B. Specimen id ${H.uuid()}.
Referring consultant's US DEA registration (for controlled meds): ${H.dea(doc.family)}
`;
  return T`Controlled substance log — ${Q.city()} clinic
| date | prescriber | DEA | patient | drug |
|---|---|---|---|---|
${J(Array.from({ length: r.int(3, 5) }, () => { const d = PI.personParts(r); return T`| ${H.date()} | ${P('PERSON', d.given + ' ' + d.family)} | ${H.dea(d.family)} | ${H.person()} | ${r.pick(['hydrocodone', 'fentanyl patch', 'methylphenidate'])} |`; }), '\n')}
Checked by ${H.person()} on ${H.ts()}.
`;
}

export function banking_doc(r, K, H, i) {
  const v = i % 7, Q = H.prof([0, 3, 6].includes(v) ? true : undefined), nm = Q.name();
  if (v === 6) return T`LOAN APPLICATION — ${r.pick(['personal', 'auto'])} (${H.crm()})
Applicant: ${P('PERSON', nm)}     Date of birth: 19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}
Residence: ${Q.street()}, ${Q.city()}  (${r.int(1, 20)} yrs)
Identification: ${r.pick(["driver's license", 'DL', 'State driver license'])} #${H.dl()} / passport ${H.pass()}
Tax ID: ${r.chance(0.6) ? H.ssn() : H.itin()}
Existing ${r.pick(['checking account number', 'account no.', 'bank account'])}: ${H.bank()}
Employer phone: ${H.phone('US')}   Co-applicant: ${H.person()}
Requested: ${H.price()} over ${r.pick([24, 36, 60])} months
`;
  if (v === 4) return T`Chargeback batch ${H.build()} — ${H.date()}
case;cardholder;pan;amount;reason
${J(Array.from({ length: r.int(3, 5) }, () => T`${L('crm_id', 'CB-' + r.digits(7))};${H.person()};${H.card()};${H.price()};${r.pick(['fraud', 'not received', 'duplicate'])}`), '\n')}
${L('crm_id', 'CB-' + r.digits(7))};(test);${H.testCard()};${H.price()};sandbox
${L('crm_id', 'CB-' + r.digits(7))};(typo);${H.badCard()};${H.price()};rejected: checksum
`;
  if (v === 5) return T`SEPA payout file ${H.inv()} (${H.date()})
beneficiary,iban,amount,ref
${J(Array.from({ length: r.int(3, 6) }, () => T`${csvq(H.person())},${H.iban()},${H.price()},${H.order()}`), '\n')}
${csvq(H.person())},${H.badIban()},${H.price()},REJECTED-CHECKSUM
`;
  if (v === 0) return T`WIRE TRANSFER REQUEST
Originator: ${P('PERSON', nm)}, ${Q.street()}, ${Q.city()}
Debit ${r.pick(['account number', 'account no.', 'acct #'])}: ${H.bank()}   ABA ${PI.aba(r)}
Beneficiary: ${H.person()}
Beneficiary IBAN: ${H.iban()}
SWIFT/BIC: ${r.str(4, CS.up)}${r.pick(['DE', 'GB', 'FR', 'NL'])}${r.str(2, CS.updig)}
Amount: ${H.price()}   Reference: ${H.inv()}
Value date: ${H.date()}
`;
  if (v === 1) return T`Account statement — ${H.date()}
Holder: ${P('PERSON', nm)}   Account: ${H.iban()}
Card ending ${r.digits(4)} · full PAN on file ${H.card()}
${H.date()}  POS ${r.pick(['REWE', 'Carrefour', 'Tesco', 'Starbucks'])} ${Q.city()}     -${H.price()}
${H.date()}  SEPA from ${H.person()}                 +${H.price()}
${H.date()}  Ref ${H.order()}                           -${H.price()}
Rejected mandate IBAN: ${H.badIban()}
`;
  if (v === 2) return T`Crypto withdrawal log
${H.ts()}  user=${H.email()}  to=${H.btc()}  amount=0.${r.digits(6)} BTC  tx=${L('hash', r.str(64, CS.hex))}
${H.ts()}  user=${H.email()}  to=${H.btc()}  amount=0.${r.digits(6)} BTC  tx=${L('hash', r.str(64, CS.hex))}
${H.ts()}  user=${H.email()}  to=${H.btc()}  amount=${r.int(1, 9)}.${r.digits(4)} BTC  status=held (KYC: ${H.person()}, ${Q.city()})
${H.ts()}  user=${H.email()}  to=${H.btc()}  memo="${H.uuid()}"
`;
  return T`ACH DIRECT DEPOSIT AUTHORIZATION
I, ${P('PERSON', nm)}, authorize ${r.pick(['Acme Payroll', 'Orbit HR'])} to deposit my pay into:
  Bank name: ${r.pick(['First Community Bank', 'Credit Union of the Valley'])}
  Routing number: ${PI.aba(r)}
  ${r.pick(['Checking account number', 'Savings account no.', 'Account #', 'acct number'])}: ${H.bank()}
SSN (last 4 for verification): ${r.digits(4)}   ITIN if no SSN: ${H.itin()}
Signature: ____________   Date: ${H.date()}
Phone: ${H.phone('US')}   Email: ${H.email(nm)}
`;
}
