// train8: documents about people (CRM exports, tickets, emails, chats, HR, medical, banking)
import { D, S, P, L, int, pick, chance, shuffle, str, digits, hex, b62, lines, join, pad, flat, UP, DIG, LOW , rr } from './lib.mjs';
import { secret, sec, conn, anyConn, addr, per, em, ph, ipS, cardS, ibanS, ssnS, itinS, ppS, dlS, bankS, deaS, nhsS, btcS, loc, city, bizLA, X, KIND, pw } from './common.mjs';

const csvq = (seg) => (/[,"]/.test(seg.v) ? ['"', { ...seg, v: seg.v.replace(/"/g, '""') }, '"'] : seg);
const PPCTX = ['Passport No.', 'passport number', 'US passport #', 'Passport:', 'pasaporte n.º', 'N° de passeport', 'Reisepass-Nr.', 'パスポート番号', 'passport no', 'PPT#'];
const DLCTX = (st) => pick([`${st} DL#`, `Driver's License No. (${st})`, `driver license number`, `DLN`, `${st} driver's lic.`, 'licencia de conducir', 'CDL #', 'Driver License']);
const BANKCTX = ['Account No.', 'acct #', 'checking account', 'account number', 'Acct:', 'savings acct no.', 'número de cuenta', 'DDA account'];
const ITINCTX = ['ITIN', 'Individual Taxpayer Identification Number', 'ITIN #', 'tax id (ITIN)'];
const SSNCTX = ['SSN', 'Social Security No.', 'social security number', 'SSN#', 'SS#'];

// ---- CRM / CSV exports ----
export function crm_export() {
  const t = rr('crm_export', 4); const n = int(4, 7); const rows = [];
  if (t === 3) {
    rows.push('prescriber\tspecialty\tdea_number\tnpi\tclinic_city\tphone\tlast_order');
    for (let i = 0; i < n; i++) { const a = per(pick(['en', 'in_lat', 'es', 'ko_lat', 'yo', 'de', 'ar_lat', 'vi'])); rows.push(D`Dr. ${a.seg}\t${pick(['Family Med', 'Pain Mgmt', 'Psychiatry', 'Dentistry', 'Oncology'])}\t${deaS(a.p.fA)}\t${L('npi', digits(10))}\t${P('LOCATION', X.cityLatin())}\t${ph('US')}\t${L('order_number', X.orderNo())}`); }
  } else if (t === 0) {
    rows.push('contact_id,full_name,email,phone,city,country,last_order,ltv');
    for (let i = 0; i < n; i++) { const a = per(); rows.push(D`${L('crm_id', X.crmId())},${csvq(a.seg)},${em(a.p)},${ph()},${csvq(P('LOCATION', X.city()))},${csvq(P('LOCATION', X.country()))},${L('order_number', X.orderNo())},${L('price', X.price().replace(/,/g, '.'))}`); }
  } else if (t === 1) {
    rows.push('id;name;ssn;itin;dob;address;signup_ip');
    for (let i = 0; i < n; i++) { const a = per(pick(['en', 'es', 'in_lat', 'cn_lat', 'yo', 'vi', 'ko_lat', 'ar_lat'])); rows.push(D`${L('crm_id', X.crmId())};${a.seg};${chance(0.8) ? ssnS() : L('invalid_ssn', X.invalidSsn())};${chance(0.5) ? itinS() : ''};${pad(int(1, 12), 2)}/${pad(int(1, 28), 2)}/${int(1950, 2003)};${addr('us')};${ipS()}`); }
  } else {
    rows.push('"Customer","Card","Exp","Wallet","Passport","Notes"');
    for (let i = 0; i < n; i++) { const a = per(); const c = chance(0.75) ? cardS() : chance(0.5) ? L('vendor_test_card', pick(X.TEST_CARDS)) : L('invalid_card', X.invalidCard() || '4111 1111 1111 1112'); rows.push(D`"${a.seg}","${c}","${pad(int(1, 12), 2)}/${int(26, 31)}","${chance(0.6) ? btcS() : L('tx_hash', hex(64))}","${chance(0.5) ? ppS() : ''}","${pick(['VIP', 'chargeback ' + X.date(), 'ok', 'verify ID'])}"`); }
  }
  return lines([...rows, '']);
}

// ---- support tickets ----
export function support_ticket() {
  const t = rr('support_ticket', 6); const a = per(), agent = per(pick(['en', 'es', 'de', 'in_lat', 'pl']));
  const hdr = D`Ticket #${L('ticket_number', String(int(100000, 999999)))} · ${pick(['Priority: High', 'Priority: Normal', 'Prioridad: Alta', 'Priorität: Mittel'])} · opened ${L('timestamp', X.isoTs())}
Requester: ${a.seg} <${em(a.p)}>
Assignee: ${agent.seg}
`;
  if (t === 0) { const s = secret(); return D`${hdr}
Subject: integration stopped working after key rotation

Hi, since this morning every call returns 401. Here is what we have configured, maybe I pasted the wrong one:

    ${s.k.env}=${s.seg}

Our order ${L('order_number', X.orderNo())} is stuck because of it (invoice ${L('invoice_number', X.invoiceNo())}). You can call me on ${ph()}.

--- internal note (${agent.seg}) ---
Customer pasted a live credential in the ticket. Revoked, asked them to rotate. Account ${L('crm_id', X.crmId())}.
`; }
  if (t === 1) { const cc = pick(['ES', 'MX', 'AR', 'CO', 'CL', 'PE']); return D`${hdr}
Asunto: cargo duplicado en mi tarjeta

Hola, me cobraron dos veces ${L('price', X.price())} con la tarjeta ${cardS()}. Mi dirección es ${addr()}.
Mi teléfono: ${ph(cc)} (o el fijo ${ph(cc)}). Número de pedido ${L('order_number', X.orderNo())}, factura ${L('invoice_number', X.invoiceNo())}.
Gracias, ${a.seg}

--- nota interna ---
Reembolso aprobado. Tarjeta de prueba ${L('vendor_test_card', pick(X.TEST_CARDS))} usada para reproducir.
`; }
  if (t === 2) { return D`${hdr}
Subject: Identity verification for account recovery

I lost access to my 2FA device. As requested:
- full name: ${a.seg}
- ${pick(PPCTX)} ${ppS()}
- ${pick(SSNCTX)} (last four only, per your policy): ${L('partial_ssn', 'XXX-XX-' + digits(4))}
- ${DLCTX('CA')}: ${dlS().seg}
- current address: ${addr()}
- phone on file: ${ph('US')}

Agent note: verified against KYC record ${L('crm_id', X.crmId())} on ${L('date', X.date())}. Passport scan hash ${L('hash', hex(64))}.
`; }
  if (t === 3) { const cc = pick(['DE', 'AT', 'CH']); return D`${hdr}
Betreff: Rückerstattung auf falsches Konto

Guten Tag, die Rückzahlung (${L('price', X.price())}) ging an meine alte IBAN. Bitte auf die neue überweisen:
${ibanS(cc === 'CH' ? 'CH' : cc === 'AT' ? 'AT' : 'DE')}
(die alte ${L('invalid_iban', X.invalidIban() || 'DE00 1234 5678 9012 3456 78')} bitte löschen — da war ein Tippfehler drin).
Erreichbar unter ${ph(cc)} oder mobil ${ph(cc)}.
Mit freundlichen Grüßen
${a.seg}
${addr('de')}
`; }
  if (t === 5) { return D`${hdr}
Subject: withdrawal never arrived / retiro no recibido

I withdrew ${L('price', X.price())} worth of BTC on ${L('date', X.date())} to ${btcS()} but my wallet shows nothing.
Earlier withdrawals to ${btcS()} worked fine. Exchange tx id: ${L('tx_hash', hex(64))}
Account email ${em(a.p)}, phone ${ph()}.

--- internal note ---
Broadcast OK, address on file differs from the one in the ticket: ${btcS()}. Escalated to compliance (case ${L('crm_id', X.crmId())}).
`; }
  const s = secret(); return D`${hdr}
Subject: VPN access for the new contractor

Please create an account for ${per().seg} (${em()}). Temporary password we agreed on the call: ${S('USER_PASSWORD', pw())}
They will connect from ${ipS()} and ${ipS()}. Their laptop asset tag is ${L('asset_tag', 'ACME-LT-' + digits(5))}.
Also they need the shared ${s.k.name}: ${s.seg}
`;
}

// ---- emails ----
export function email() {
  const t = rr('email', 6); const a = per(), b = per();
  const head = (subj) => D`From: ${a.seg} <${em(a.p)}>
To: ${b.seg} <${em(b.p)}>
Date: ${L('date', X.date())}
Message-ID: <${L('message_id', hex(16) + '.' + hex(8))}@mail.acme.example>
Subject: ${subj}

`;
  if (t === 0) { const s = secret(); return D`${head('Re: staging access')}Hey,

the staging pw is ${S('ADMIN_PASSWORD', pw())} (user "admin"), and for the API use this key: ${s.seg}
Please don't forward this. I'll rotate both after the demo on ${L('date', X.date())}.

Cheers,
${a.seg}
${ph()}
`; }
  if (t === 1) { return D`${head('Welcome to Orbis Bank — your account details')}Dear ${b.seg},

Your new checking account is open.
  ${pick(BANKCTX)} ${bankS()}
  Routing (ABA): ${X.aba()}
  Debit card: ${L('masked_card', X.maskedCard())}
For wire transfers from abroad use IBAN ${ibanS()}.

If you did not request this, call us at ${ph('US')}.
Your card ships with tracking number ${L('tracking_number', X.tracking())}.
Reference ${L('crm_id', X.crmId())}
`; }
  if (t === 2) { return D`${head('Objet : dossier de location — pièces justificatives')}Bonjour ${b.seg},

Suite à notre échange, voici les informations pour le dossier :
- adresse actuelle : ${addr('fr')}
- téléphone : ${ph('FR')}
- IBAN pour le prélèvement : ${ibanS('FR')}
- ${pick(['N° de passeport', 'passeport américain n°'])} ${ppS()}

Bien cordialement,
${a.seg}
`; }
  if (t === 3) { const s = secret(); return D`${head('【重要】本番環境の認証情報について')}${b.seg} 様

お疲れ様です。${a.seg}です。
本番DBの接続情報を共有します（取り扱い注意）：
  ${conn()}
APIキー：${s.seg}
質問があれば ${ph('JP')} までご連絡ください。
担当チケット：${L('ticket_number', 'OPS-' + int(1000, 9999))}
`; }
  if (t === 4) { return D`${head('Payroll update / W-4 and direct deposit')}Hi ${b.seg},

Attached are my updated forms. Details for HR:
  ${pick(SSNCTX)}: ${ssnS()}
  Spouse ${pick(ITINCTX)}: ${itinS()}
  Direct deposit — ${pick(BANKCTX)} ${bankS()}, routing ${X.aba()}
  ${DLCTX('TX')}: ${dlS().seg}
Home address: ${addr('us')}

Thanks!
${a.seg}
P.S. my badge number changed to ${L('employee_id', 'E' + digits(6))}
`; }
  const s = secret(); return D`${head('Re: Re: Fwd: deploy key')}> On ${L('date', X.date())} ${b.seg} wrote:
> can you send me the deploy key again? mine expired

Here you go, valid 30 days:

${s.seg}

And the bastion: ssh ${pick(['deploy', 'ops'])}@${ipS()} — password ${S('SSH_PASSWORD', pw())}

--
${a.seg} | Platform team | ${ph()}
`;
}

// ---- chat exports ----
const CHAT_SECRET_LINES = [
  (s) => D`the staging pw is ${S('ADMIN_PASSWORD', pw())}`,
  (s) => D`use this key: ${s.seg}`,
  (s) => D`here's the ${s.k.name}, don't paste it anywhere public pls → ${s.seg}`,
  (s) => D`ok I put ${s.k.env}=${s.seg} in the runner`,
  (s) => D`la clave del API es ${s.seg} (no la compartas)`,
  (s) => D`das Passwort für den Jenkins-Admin ist ${S('ADMIN_PASSWORD', pw())}`,
  (s) => D`voilà le token : ${s.seg}`,
  (s) => D`a senha do banco é ${S('DATABASE_PASSWORD', pw())}`,
  (s) => D`トークンはこれです ${s.seg}`,
  (s) => D`try \`${anyConn()}\``,
  (s) => D`token expired again, new one: ${s.seg}`,
  (s) => D`wifi in the office: Acme-Guest / ${S('WIFI_PASSPHRASE', pw())}`,
  (s) => D`пароль от сервера: ${S('SSH_PASSWORD', pw())}`,
];
const CHAT_PII_LINES = [
  () => D`can you call the customer back? ${per().seg}, ${ph()}`,
  () => D`her new address is ${addr()}`,
  () => D`refund to IBAN ${ibanS()} please`,
  () => D`send the BTC refund to ${btcS()}`,
  () => D`card on file ${cardS()} keeps failing`,
  () => D`he's flying from ${city()} to ${city()} tomorrow, passport ${ppS()}`,
  () => D`Dr. ${per().seg} (DEA ${deaS()}) called about the refill`,
  () => D`login alerts from ${ipS()}, is that you?`,
  () => D`email him at ${em()}`,
  () => D`GP says NHS number is ${nhsS()}, not the one on the form`,
  () => D`claim ref ${L('policy_number', X.policyNo())}, ${pick(['call', 'text'])} her at ${ph()}`,
  () => D`his DL is ${dlS().seg} (${pick(['TX', 'CA', 'NY', 'FL'])}), expired last month`,
  () => D`contact in ${city()}: ${per().seg} ${ph()}`,
];
const CHAT_NOISE = [
  () => D`deployed ${L('git_sha', X.shortSha())} to prod`, () => 'lgtm 👍', () => D`build ${L('build_number', X.buildNo())} is green`, () => 'brb lunch', () => D`incident ${L('uuid', X.uuidv4())} closed`,
  () => D`don't use the AWS sample key ${L('aws_example_key', X.AWS_EXAMPLES[0])} in tests, it confuses the scanner`, () => D`order ${L('order_number', X.orderNo())} shipped, tracking ${L('tracking_number', X.tracking())}`,
  () => 'ok thx', () => D`the book you wanted: ISBN ${L('isbn', X.isbn())}`, () => D`invoice ${L('invoice_number', X.invoiceNo())} paid (${L('price', X.price())})`, () => D`put \`${L('placeholder', X.placeholder())}\` in the example file`, () => D`meeting moved to ${L('date', X.date())}`, () => D`price is ${L('price', X.price())}`,
  () => D`the test card is ${L('vendor_test_card', pick(X.TEST_CARDS))}`, () => D`coords for the site: ${L('coordinates', X.coords())}`, () => 'ça marche', () => 'de nada', () => 'すみません、遅れます',
];
export function chat() {
  const people = [per(), per(), per()]; const fmt = int(0, 2); const n = int(8, 14); const out = [];
  const special = new Map(shuffle([...Array(n).keys()]).slice(0, int(3, 5)).map((i, j) => [i, j % 2 ? 'pii' : 'sec']));
  let h = int(8, 17), m = int(0, 50);
  for (let i = 0; i < n; i++) {
    const who = pick(people); m += int(0, 6); if (m > 59) { m -= 60; h++; }
    const kind = special.get(i); const body = kind === 'sec' ? pick(CHAT_SECRET_LINES)(secret()) : kind === 'pii' ? pick(CHAT_PII_LINES)() : pick(CHAT_NOISE)();
    const time = `${pad(h, 2)}:${pad(m, 2)}`;
    if (fmt === 0) out.push(D`[${time}] ${who.seg}: ${body}`);
    else if (fmt === 1) out.push(D`${who.seg}  ${time}\n${body}\n`);
    else out.push(D`${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2025, ${time} - ${who.seg}: ${body}`);
  }
  return lines([fmt === 1 ? `#${pick(['ops', 'payments-oncall', 'team-platform', 'support-escalations'])} — exported` : null, ...out, ''].filter(x => x != null));
}

// ---- HR documents ----
export function hr_doc() {
  const t = rr('hr_doc', 3); const a = per();
  if (t === 0) { const d = dlS(); return D`EMPLOYEE ONBOARDING FORM — CONFIDENTIAL
Employee: ${a.seg}                 Employee ID: ${L('employee_id', 'E' + digits(6))}
Start date: ${L('date', X.date())}       Department: ${pick(['Finance', 'Engineering', 'Logistics', 'Sales'])}
Home address: ${addr()}
Personal email: ${em(a.p)}     Mobile: ${ph()}

I-9 documents presented:
  List A — U.S. Passport, number ${ppS()}, expires ${L('date', X.date())}
  or List B — ${DLCTX(d.st)} ${d.seg}
${pick(SSNCTX)}: ${ssnS()}
Direct deposit: ${pick(BANKCTX)} ${bankS()} (routing ${X.aba()})
Emergency contact: ${per().seg}, ${ph()}
Salary band: ${L('price', X.price())} / yr
`; }
  if (t === 1) { return D`Personalakte — Auszug
Name: ${a.seg}
Geburtsort: ${city()}
Anschrift: ${addr('de')}
Telefon: ${ph('DE')}
Bankverbindung: ${ibanS('DE')}
Steuer-ID (US, ${pick(ITINCTX)}): ${itinS()}
Reisepass (USA) Nr.: ${ppS()}
Vertragsnummer: ${L('contract_number', 'AV-' + digits(4) + '-' + digits(3))}, gültig ab ${L('date', X.date())}
`; }
  const rows = []; for (let i = 0; i < int(4, 6); i++) { const p = per(); rows.push(D`| ${p.seg} | ${ph()} | ${city()} | ${L('employee_id', 'E' + digits(6))} | ${chance(0.7) ? ssnS() : L('invalid_ssn', X.invalidSsn())} |`); }
  return lines([`## Payroll roster (${pick(['Q1', 'Q2', 'Q3'])} 2025) — HR eyes only`, '', '| name | phone | office | emp id | SSN |', '|---|---|---|---|---|', ...rows, '', D`Generated ${L('timestamp', X.isoTs())} by hr-export ${L('version', X.version())}`, '']);
}

// ---- medical documents ----
export function medical_doc() {
  const t = rr('medical_doc', 4); const pt = per(), doc = per(pick(['en', 'in_lat', 'es', 'de', 'yo', 'ko_lat', 'ar_lat']));
  if (t === 3) { const rows = []; for (let i = 0; i < int(4, 6); i++) rows.push(D`${per().seg} | NHS ${nhsS()} | ${ph('GB')} | ${addr('uk')} | ${L('date', X.date())}`); return lines([D`Surgery: ${pick(['Riverside Medical Practice', 'Highfield Surgery', 'Canal Street Health Centre'])} — flu clinic recall list`, D`Printed by ${doc.seg} — handle under UK GDPR`, '', 'Patient | NHS number | Telephone | Address | Last seen', ...rows, '', D`List id ${L('uuid', X.uuidv4())}`, '']); }
  if (t === 0) { return D`PRESCRIPTION — ${pick(['Northside Family Clinic', 'Lakeview Pain Center', 'St. Brigid Medical Group'])}
Patient: ${pt.seg}       DOB: ${pad(int(1, 12), 2)}/${pad(int(1, 28), 2)}/${int(1940, 2005)}
Address: ${addr('us')}
Phone: ${ph('US')}

Rx: ${pick(['Oxycodone 5 mg', 'Hydrocodone/APAP 5/325', 'Adderall XR 20 mg', 'Alprazolam 0.5 mg'])} #${int(10, 90)}
Refills: ${int(0, 2)}    NDC ${L('ndc', `${digits(5)}-${digits(4)}-${digits(2)}`)}
Prescriber: Dr. ${doc.seg}, DEA ${deaS(doc.p.fA)}   NPI ${L('npi', digits(10))}
Co-signing physician DEA# ${deaS()}
Pharmacy claim: ${L('claim_number', 'RX' + digits(10))}, ${L('date', X.date())}
`; }
  if (t === 1) { return D`NHS — Discharge summary
Patient: ${pt.seg}          NHS No: ${nhsS()}
Hospital no: ${L('mrn', X.mrn())}
Address: ${addr('uk')}
Tel: ${ph('GB')}
Admitted ${L('date', X.date())}, discharged ${L('date', X.date())}. Diagnosis code ${L('icd10', pick(['J18.9', 'I21.4', 'K35.80', 'S72.001A']))}.
GP: Dr ${doc.seg}, ${city()}.  Next of kin: ${per().seg} (${ph('GB')}).
Referring prescriber (US exchange programme) DEA: ${deaS()}
`; }
  return D`Insurance pre-authorization request
Member: ${pt.seg}   Member ID: ${L('member_id', str(UP, 3) + digits(9))}
${pick(SSNCTX)}: ${ssnS()}
Provider: ${doc.seg}, MD — DEA registration ${deaS(doc.p.fA)}; group NPI ${L('npi', digits(10))}
Facility: ${addr()}
Contact: ${em()} / ${ph()}
Procedure CPT ${L('cpt', String(int(10000, 99999)))}, est. cost ${L('price', X.price())}. Policy ${L('policy_number', X.policyNo())}.
`;
}

// ---- banking documents ----
export function banking_doc() {
  const t = rr('banking_doc', 4); const a = per();
  if (t === 0) { const rows = []; for (let i = 0; i < int(4, 7); i++) rows.push(D`${L('date', X.date())}  ${pick(['SEPA CT', 'CARD', 'DD', 'WIRE'])}  ${pick(['to', 'from'])} ${per().seg}  ${chance(0.6) ? ibanS() : L('invalid_iban', X.invalidIban() || 'GB00 NWBK 0000 0000 0000 00')}  ${L('price', X.price())}`); return lines([D`Statement — ${a.seg}`, D`Account IBAN: ${ibanS()}`, D`Statement no. ${L('statement_number', String(int(1, 99)) + '/' + 2025)}`, '', ...rows, '', D`Closing balance ${L('price', X.price())}`, '']); }
  if (t === 1) { return D`WIRE TRANSFER REQUEST (domestic)
Originator: ${a.seg}
  ${pick(BANKCTX)}: ${bankS()}
  Address: ${addr()}
Beneficiary: ${per().seg}
  Bank routing: ${X.aba()}   ${pick(BANKCTX)} ${bankS()}
Amount: ${L('price', X.price())}     Value date: ${L('date', X.date())}
Reference: ${L('invoice_number', X.invoiceNo())}
Verified by phone ${ph('US')} — ID checked: ${DLCTX('NY')} ${dlS().seg}
`; }
  if (t === 2) { const c1 = cardS(), c2 = cardS(); return D`Card dispute form
Cardholder: ${a.seg}
Card number: ${c1}
Secondary card: ${c2}
Merchant ref: ${L('order_number', X.orderNo())}
Disputed transaction: ${L('price', X.price())} at ${pick(['ACME MARKET', 'GLOBEX AIR', 'INITECH SOFTWARE'])} on ${L('date', X.date())}
Auth code ${L('auth_code', str(UP + DIG, 6))}, ARN ${L('arn', digits(23))}
Previous card (closed): ${L('invalid_card', X.invalidCard() || '4000 1234 5678 9011')}
Contact: ${ph()}, ${em(a.p)}
`; }
  return D`KYC / Crypto on-ramp — customer file
Name: ${a.seg}      Nationality: ${P('LOCATION', X.country())}
${pick(PPCTX)}: ${ppS()}
Tax id: ${pick(ITINCTX)} ${itinS()}
Withdrawal addresses:
  - ${btcS()} (${pick(['Ledger', 'cold storage', 'exchange'])})
  - ${btcS()}
Deposit tx: ${L('tx_hash', hex(64))}
Linked bank: ${pick(BANKCTX)} ${bankS()}
Login IPs: ${ipS()}, ${ipS()}
Risk score ${int(1, 99)}/100, reviewed ${L('timestamp', X.isoTs())}
`;
}

// ---- rental / insurance agreements (driver licenses, passports, cards) ----
export function rental_agreement() {
  const t = rr('rental_agreement', 3); const a = per(), b = per(pick(['en', 'es', 'in_lat', 'pl', 'yo', 'ko_lat']));
  const d1 = dlS(), d2 = dlS();
  if (t === 0) { return D`VEHICLE RENTAL AGREEMENT  No. ${L('contract_number', 'RA' + digits(8))}
Pick-up: ${P('LOCATION', X.cityLatin())} Airport, ${L('timestamp', X.isoTs())}     Return: ${L('date', X.date())}
Vehicle: ${pick(['Toyota Corolla', 'Kia Sportage', 'VW Golf', 'Ford Mustang'])}  Plate ${L('license_plate', str(UP, 3) + '-' + digits(4))}  VIN ${L('vin', str('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17))}

Primary driver: ${a.seg}
  ${pick(['Driver License', "Driver's License No.", 'DL#', 'Lic. no.'])} (${d1.st}): ${d1.seg}   exp ${L('date', X.date())}
  Phone: ${ph()}   Email: ${em(a.p)}
  Home: ${addr()}
Additional driver: ${b.seg}
  ${d2.st} driver's license ${d2.seg}
  ${pick(PPCTX)} ${ppS()}
Payment: ${cardS()}   Deposit hold ${L('price', X.price())}
`; }
  if (t === 1) { return D`AUTO CLAIM — FIRST NOTICE OF LOSS
Claim ${L('claim_number', 'CLM' + digits(9))}   Policy ${L('policy_number', X.policyNo())}
Insured: ${a.seg}, DL ${d1.seg} (${d1.st})
Other party: ${b.seg}, license number ${d2.seg}, ${d2.st}; insurer ${pick(['Globex Mutual', 'Initech Assurance'])}
Location of loss: ${addr('us')} (${L('coordinates', X.coords())})
Witness: ${per().seg}, ${ph()}
Payout to ${pick(BANKCTX)} ${bankS()} (routing ${X.aba()})
Reported ${L('timestamp', X.isoTs())} via ${pick(['phone', 'app', 'agent'])}
`; }
  return D`Hotel registration card / Tarjeta de registro
Guest / Huésped: ${a.seg}
Nationality: ${P('LOCATION', X.country())}
${pick(PPCTX)} ${ppS()}   or ID: ${pick(['licencia de conducir', 'DL', "driver's license"])} ${d1.seg} (${d1.st})
Address / Dirección: ${addr()}
Mobile: ${ph()}   E-mail: ${em(a.p)}
Room ${int(101, 1450)}, ${int(1, 9)} nights, rate ${L('price', X.price())}
Card guarantee: ${cardS()}   Folio ${L('invoice_number', X.invoiceNo())}
`;
}

// ---- US tax forms / payroll extracts (SSN, ITIN, bank accounts) ----
export function tax_form() {
  const t = rr('tax_form', 3); const a = per(pick(['en', 'es', 'in_lat', 'cn_lat', 'vi', 'ko_lat', 'yo', 'ar_lat', 'pt'])), b = per(pick(['en', 'es', 'in_lat', 'vi', 'pl']));
  if (t === 0) { return D`Form W-9 (Rev. ${L('date', 'March 2024')}) — Request for Taxpayer Identification Number
1 Name: ${a.seg}
3 Federal tax classification: Individual/sole proprietor
5 Address: ${P('LOCATION', X.streetCity('us')[0])}
6 City, state, ZIP: ${P('LOCATION', X.streetCity('us')[1])}, ${pick(['TX', 'CA', 'NJ', 'WA', 'GA'])} ${digits(5)}
Part I  Taxpayer Identification Number
  Social security number:  ${ssnS(0)}
  — or — ${pick(ITINCTX)}: ${itinS()}
Signature on file, ${L('date', X.date())}. Vendor id ${L('crm_id', X.crmId())}.
`; }
  if (t === 1) { return D`1040 worksheet — preparer notes (${pick(['draft', 'v2', 'final'])})
Taxpayer: ${a.seg}          ${pick(SSNCTX)} ${ssnS()}
Spouse:   ${b.seg}          ${pick(ITINCTX)} ${itinS()}
Dependent: ${per().seg}     ITIN ${itinS()}
Refund by direct deposit:
  routing ${X.aba()}   ${pick(BANKCTX)} ${bankS()}   type: ${pick(['checking', 'savings'])}
Prior-year refund went to acct ${bankS()} (closed).
Preparer PTIN ${L('ptin', 'P' + digits(8))}; e-file submission ${L('submission_id', digits(20))}; AGI ${L('price', X.price())}
Note: client wrote ${L('invalid_ssn', X.invalidSsn())} on the intake sheet — typo, corrected above.
`; }
  const rows = []; for (let i = 0; i < int(4, 6); i++) { const p = per(pick(['en', 'es', 'vi', 'in_lat', 'yo', 'pl', 'pt'])); rows.push(D`${csvq(p.seg)},${chance(0.5) ? ssnS() : itinS()},${bankS()},${X.aba()},${L('price', X.price().replace(/,/g, '.'))}`); }
  return lines([`# ACH payroll batch ${digits(6)} — contractors`, 'payee,tin,account_number,routing,amount', ...rows, D`# generated ${L('timestamp', X.isoTs())}`, '']);
}
