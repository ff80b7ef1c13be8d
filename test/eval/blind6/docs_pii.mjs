// blind6: documents about people — CRM exports, tickets, e-mails, HR, medical, banking, KYC, travel.
import { T } from './lib.mjs';
import { s, l, p, clock, pick, int, chance, pii, shuffle } from './ctx.mjs';
import { iso } from './looks.mjs';

const P2 = (loc) => { const pp = pii.personParts(loc); return { name: p('PERSON', pp.full), email: p('EMAIL_ADDRESS', pii.email(pp.given, pp.family)), pp }; };
const PHONE_C = { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'BR', nl: 'NL', pl: 'PL', sv: 'SE', en: 'GB', ng: 'NG', hi_lat: 'IN', ja_lat: 'JP', ko_lat: 'KR', tr: 'DE', fi: 'SE', ke: 'ZA', ar_lat: 'GB', zh_lat: 'AU', vi: 'AU' };
const csvq = (x) => ['"', x, '"'];

export const crmCsv = () => {
  const rows = [];
  for (let i = 0; i < int(4, 7); i++) {
    const loc = pick(Object.keys(PHONE_C)); const w = P2(loc);
    rows.push(T`${l('crm_id')},${chance(0.3) ? csvq(w.name) : w.name},${w.email},${p('PHONE_NUMBER', pii.phone(PHONE_C[loc]))},${chance(0.5) ? csvq(p('LOCATION', pii.street())) : ''},${p('LOCATION', pii.city())},${pick(['Lead', 'Customer', 'Churned'])},${l('date')},${l('price', String(int(10, 9000)) + '.' + int(10, 99))}\n`);
  }
  return T`${pick(['crm_export', 'contacts', 'hubspot-contacts'])}_${l('date', '2025-11-0' + int(1, 9))}.csv
id,full_name,email,phone,street,city,stage,created,lifetime_value
${rows}`;
};

const TICKET = {
  en: (c, i, o) => T`Hi, I was charged twice for order ${o}. The card is ${c} — please refund one of the charges. If that's easier, send it to my bank account ${i} instead.`,
  de: (c, i, o) => T`Guten Tag, meine Bestellung ${o} wurde doppelt abgebucht (Karte ${c}). Bitte erstatten Sie den Betrag auf mein Konto IBAN ${i}. Vielen Dank!`,
  fr: (c, i, o) => T`Bonjour, la commande ${o} a été débitée deux fois sur ma carte ${c}. Merci de rembourser sur mon IBAN ${i}.`,
  es: (c, i, o) => T`Hola, me cobraron dos veces el pedido ${o} con la tarjeta ${c}. Por favor, devuelvan el importe a la cuenta ${i}.`,
  it: (c, i, o) => T`Buongiorno, l'ordine ${o} è stato addebitato due volte sulla carta ${c}. Rimborsate per favore sull'IBAN ${i}.`,
  pt: (c, i, o) => T`Olá, fui cobrado duas vezes no pedido ${o} (cartão ${c}). Podem estornar para a conta ${i}?`,
  nl: (c, i, o) => T`Hallo, bestelling ${o} is twee keer afgeschreven van kaart ${c}. Graag terugstorten op ${i}.`,
  pl: (c, i, o) => T`Dzień dobry, zamówienie ${o} zostało pobrane dwa razy z karty ${c}. Proszę o zwrot na rachunek ${i}.`,
  ja: (c, i, o) => T`お世話になっております。注文${o}が二重に請求されました（カード番号 ${c}）。返金は口座 ${i} へお願いします。`,
};
export const supportTicket = () => {
  const lang = pick(Object.keys(TICKET)); const loc = { en: 'en', de: 'de', fr: 'fr', es: 'es', it: 'it', pt: 'pt', nl: 'nl', pl: 'pl', ja: 'ja_lat' }[lang];
  const w = P2(loc);
  const cc = { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'PT', nl: 'NL', pl: 'PL', en: 'GB', ja: pick(['GB', 'CH']) }[lang];
  return T`Ticket #${int(100000, 999999)} · ${pick(['Billing', 'Refunds', 'Payments'])} · priority ${pick(['normal', 'high'])}
Requester: ${w.name} <${w.email}>
Phone: ${p('PHONE_NUMBER', pii.phone(PHONE_C[loc] || 'GB'))}
Created: ${l('timestamp', iso())}
Client IP: ${p('IP_ADDRESS')}

${TICKET[lang](p('CREDIT_CARD'), p('IBAN_CODE', pii.iban(cc)), l('order_number'))}

${{ en: 'Shipping address', de: 'Lieferadresse', fr: 'Adresse de livraison', es: 'Dirección de envío', it: 'Indirizzo di spedizione', pt: 'Endereço de entrega', nl: 'Afleveradres', pl: 'Adres dostawy', ja: '配送先' }[lang]}: ${p('LOCATION', pii.street())}, ${p('LOCATION', pii.city())}
Tracking: ${l('tracking_number')}

--- internal note (agent ${p('PERSON')}) ---
Checked the PSP: second charge ${l('price')} on card ending ${l('redacted', '****' + int(1000, 9999))}. The number the customer typed first, ${l('invalid_card')}, fails the checksum, so the duplicate came from the saved card. ${chance(0.5) ? ['Alt. payout wallet the customer offered: ', p('CRYPTO'), '.'] : ['Our sandbox test card ', l('vendor_test_card'), ' was NOT involved.']}
`;
};

export const email = () => {
  const a = P2('en'), b = P2(pick(['de', 'fr', 'es', 'it', 'nl', 'hi_lat', 'ng', 'ja_lat']));
  const kind = int(0, 2);
  const head = T`From: ${a.name} <${a.email}>
To: ${b.name} <${b.email}>
Date: ${pick(['Mon', 'Tue', 'Wed', 'Thu'])}, ${int(1, 28)} ${pick(['Mar', 'Jul', 'Oct'])} 2025 ${int(8, 18)}:${int(10, 59)}:00 +0100
Message-ID: <${l('uuid')}@mail.acme.example>
Subject: ${['Travel booking for the Lisbon offsite', 'Wire details for invoice', 'Your new-hire paperwork'][kind]}

`;
  if (kind === 0) return T`${head}Hi ${b.pp.given},

I've booked the flights for you and ${p('PERSON')}. For the airline I used these passport numbers — please double-check:

  ${b.name}: ${p('US_PASSPORT')} (exp. ${l('date')})
  second traveller: ${p('US_PASSPORT')}

Booking ref ${l('order_number', pick(['QX', 'LH', 'TP']) + int(1000, 9999) + 'Z')}, total ${l('price')} charged to the corporate card ${p('CREDIT_CARD')}.
Hotel: ${p('LOCATION', pii.street())}, ${p('LOCATION', pick(['Lisboa', 'Porto', 'Sintra']))}. Reception: ${p('PHONE_NUMBER', pii.phone('ES'))}.

Best,
${a.pp.given}
${p('PHONE_NUMBER', pii.phone('US'))}
`;
  if (kind === 1) return T`${head}Dear ${b.pp.given},

please find attached invoice ${l('invoice_number')} (${l('price')}). Kindly transfer the amount to:

  Account holder: ${p('PERSON')}
  IBAN: ${p('IBAN_CODE')}
  BIC: ${pick(['DEUTDEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'CAIXESBBXXX'])}
  Reference: ${l('invoice_number')}

Note: the IBAN in our previous mail (${l('invalid_iban')}) had a typo, please don't use it.
For crypto settlement our wallet is ${p('CRYPTO')}.

Kind regards,
${a.name}
${p('LOCATION', pii.city())}, ${p('LOCATION', pii.country())}
`;
  return T`${head}Hello ${b.pp.given},

welcome aboard! To complete your payroll setup I have on file:

  SSN: ${p('US_SSN')}
  Driver's license: ${p('US_DRIVER_LICENSE')}
  Direct deposit account: ${p('US_BANK_NUMBER')} (routing ${pick(['021000021', '121000358', '026009593'])})
  Home address: ${p('LOCATION', pii.street())}, ${p('LOCATION', pick(['Austin', 'Denver', 'Raleigh', 'Tucson']))}

If you file with an ITIN instead, reply with it (format 9XX-XX-XXXX). Your employee id is ${l('crm_id', 'EMP-' + int(10000, 99999))}, start date ${l('date')}.

${a.name}
People Ops · ${p('PHONE_NUMBER', pii.phone('US'))}
`;
};

export const hrDoc = () => {
  const w = P2(pick(['en', 'es', 'hi_lat', 'zh_lat', 'ko_lat', 'ng', 'ar_lat', 'vi']));
  const itinFirst = chance(0.5);
  return T`EMPLOYEE RECORD — CONFIDENTIAL                      generated ${l('timestamp', iso())}
==========================================================================
Name ............ ${w.name}
Employee ID ..... ${l('crm_id', 'E' + int(100000, 999999))}
Email ........... ${w.email}
Mobile .......... ${p('PHONE_NUMBER', pii.phone(pick(['US', 'US', 'CA'])))}
Address ......... ${p('LOCATION', pii.street())}, ${p('LOCATION', pick(['Sacramento', 'Baltimore', 'Austin', 'Denver', 'Raleigh']))}
Date of birth ... ${pick(['1984-03-12', '1991-11-30', '1979-07-04', '1996-01-19'])}
${itinFirst ? ['Tax ID (ITIN) ... ', p('US_ITIN'), '\nSpouse SSN ...... ', p('US_SSN'), '\n'] : ['SSN ............. ', p('US_SSN'), '\n']}Passport ........ ${p('US_PASSPORT')} (USA, expires ${l('date')})
I-9 List A doc .. passport; List C: ${itinFirst ? ['ITIN letter on file ', p('US_ITIN')] : 'social security card'}
Bank (direct dep) ${p('US_BANK_NUMBER')}
Emergency contact ${p('PERSON')} · ${p('PHONE_NUMBER')}
Salary .......... ${l('price', '$' + int(60, 220) + ',' + int(100, 999) + '.00')} / year
Notes: previous record had SSN typed as ${l('invalid_ssn')} (invalid, corrected ${l('date')}).
Dependants: ${p('PERSON')} (ITIN ${p('US_ITIN')})
`;
};

export const medicalDoc = () => {
  const uk = chance(0.4);
  const pt = P2(uk ? 'en' : pick(['en', 'es', 'hi_lat', 'pt']));
  const dr = () => { const pp = pii.personParts(pick(['en', 'de', 'hi_lat', 'ng', 'it'])); return [p('PERSON', 'Dr. ' + pp.full), ', DEA ', p('MEDICAL_LICENSE', pii.dea(pp.family[0].toUpperCase()))]; };
  if (chance(0.4)) {
    const rows = []; for (let i = 0; i < int(4, 7); i++) { const pp = pii.personParts(); rows.push(T`${l('order_number', 'RX' + int(1000000, 9999999))};${p('PERSON', pp.full)};${p('MEDICAL_LICENSE', pii.dea(pp.family[0].toUpperCase().replace(/[^A-Z]/, '9')))};${pick(['oxycodone 5mg', 'amoxicillin 500mg', 'sertraline 50mg', 'methylphenidate 10mg'])};${l('date')}\n`); }
    return T`PHARMACY CONTROLLED-SUBSTANCE LOG — ${p('LOCATION', pii.city())} branch
export ${l('timestamp', iso())} · NDC catalog ${l('version')}
rx_id;prescriber;dea_number;drug;filled
${rows}Flagged: prescriber number ${l('placeholder', 'AB0000000')} on paper script could not be verified.
`;
  }
  return T`${uk ? 'NHS DISCHARGE SUMMARY' : 'DISCHARGE SUMMARY'} — ${pick(['St. Brigid Hospital', 'Riverside Medical Center', 'Clínica del Norte'])}
Patient: ${pt.name}      ${uk ? ['NHS No: ', p('UK_NHS')] : ['MRN: ', l('crm_id', 'MRN' + int(1000000, 9999999))]}
DOB: ${pick(['02/09/1958', '17/04/1972', '11/12/1949'])}   Phone: ${p('PHONE_NUMBER', pii.phone(uk ? 'GB' : 'US'))}
Address: ${p('LOCATION', pii.street())}, ${p('LOCATION', uk ? pick(['Leeds', 'Cardiff', 'Edinburgh']) : pick(['Baltimore', 'Tucson', 'Raleigh']))}
Admitted: ${l('date')}   Discharged: ${l('date')}

Diagnosis: ${pick(['community-acquired pneumonia', 'NSTEMI', 'cellulitis of left leg', 'diabetic ketoacidosis'])}
Vitals at discharge: BP 128/82, HR 74, SpO2 97%. Lab ref ${l('request_id')}.
Medications:
  - ${pick(['apixaban 5 mg', 'metformin 1 g', 'oxycodone 5 mg PRN'])} — prescribed by ${dr()}
  - ${pick(['atorvastatin 40 mg', 'amoxicillin 500 mg'])} — prescribed by ${dr()}
Attending: ${dr()}
Follow-up with GP in ${int(1, 4)} weeks. Insurance: ${pick(['Aetna', 'BUPA', 'Medicaid'])} member ${l('crm_id', 'M' + int(10000000, 99999999))}.
`;
};

export const bankingDoc = () => {
  const w = P2(pick(['de', 'fr', 'es', 'it', 'nl', 'pl', 'en', 'pt', 'sv', 'tr']));
  const r = int(0, 2);
  if (r === 0) {
    const tx = []; for (let i = 0; i < int(5, 8); i++) tx.push(pick([
      () => T`${l('date')}  SEPA transfer to ${p('PERSON')}  ${p('IBAN_CODE')}  -${l('price', int(10, 3000) + '.' + int(10, 99))}\n`,
      () => T`${l('date')}  Card payment ${pick(['REWE', 'Carrefour', 'Mercadona', 'Albert Heijn'])} ${p('CREDIT_CARD', pii.fmtCard(pii.cardDigits(), 1))}  -${l('price', int(5, 300) + '.' + int(10, 99))}\n`,
      () => T`${l('date')}  Crypto purchase, withdrawn to ${p('CRYPTO')}  -${l('price', int(50, 5000) + '.00')}\n`,
      () => T`${l('date')}  Salary ${pick(['ACME GmbH', 'Globex SA'])} ref ${l('invoice_number')}  +${l('price', int(2000, 7000) + '.00')}\n`,
    ])());
    return T`KONTOAUSZUG / ACCOUNT STATEMENT ${l('date')}
Account holder: ${w.name}
${p('LOCATION', pii.street())}, ${p('LOCATION', pii.city())}
IBAN: ${p('IBAN_CODE')}      Customer no. ${l('crm_id')}
----------------------------------------------------------------------
${tx}----------------------------------------------------------------------
Questions? ${p('PHONE_NUMBER')} or ${w.email}
`;
  }
  if (r === 1) return T`FORM 1099-B / W-8BEN worksheet (tax year ${int(2023, 2025)})
Recipient: ${w.name}
Recipient TIN: ${chance(0.5) ? p('US_ITIN') : p('US_SSN')}   (alt. ITIN on file: ${p('US_ITIN')})
Foreign address: ${p('LOCATION', pii.street())}, ${p('LOCATION', pii.city())}, ${p('LOCATION', pii.country())}
Payer: Acme Brokerage LLC, TIN ${pick(['12-3456789', '98-7654321'])} (EIN, not personal)
Account number: ${p('US_BANK_NUMBER')}
Proceeds: ${l('price', '$' + int(1000, 90000) + '.00')}   Cost basis: ${l('price', '$' + int(1000, 90000) + '.00')}
Crypto transfers reported: ${p('CRYPTO')} and ${p('CRYPTO')}
Preparer: ${p('PERSON')} · ${p('EMAIL_ADDRESS')} · ${p('PHONE_NUMBER', pii.phone('US'))}
Note: SSN ${l('invalid_ssn')} printed on the draft was invalid and has been replaced.
`;
  return T`Wire transfer request — ${l('invoice_number')}
Ordering customer: ${w.name}, ${p('LOCATION', pii.city())}
Debit card for fees: ${p('CREDIT_CARD')} (exp ${int(1, 12)}/${int(26, 31)})
Beneficiary: ${p('PERSON')}
Beneficiary IBAN: ${p('IBAN_CODE')}
Intermediary IBAN: ${p('IBAN_CODE')}
Amount: ${l('price')}   Value date: ${l('date')}
Contact: ${p('PHONE_NUMBER')} / ${w.email}
Rejected earlier: ${l('invalid_iban')} (check digits wrong) and card ${l('invalid_card')} (invalid number).
`;
};

export const kycRecord = () => {
  const w = P2(pick(['en', 'de', 'es', 'ng', 'ko_lat', 'hi_lat', 'tr', 'fi']));
  const logins = []; for (let i = 0; i < int(2, 4); i++) logins.push(T`      {"at": "${l('timestamp', iso())}", "ip": "${p('IP_ADDRESS')}", "device": "${l('uuid')}"}${i ? '' : ''},\n`);
  return T`{
  "customer_id": "${l('crm_id')}",
  "kyc": {
    "full_name": "${w.name}",
    "native_name": "${p('PERSON', pii.person(pick(['ja', 'zh', 'ko', 'ru', 'ar', 'el', 'he', 'hi', 'th'])))}",
    "passport_us": "${p('US_PASSPORT')}",
    "tax_id_itin": "${p('US_ITIN')}",
    "ssn": "${p('US_SSN')}",
    "address": "${p('LOCATION', pii.street())}",
    "city": "${p('LOCATION', pii.city())}",
    "phone": "${p('PHONE_NUMBER')}",
    "email": "${w.email}",
    "status": "${pick(['verified', 'pending_review'])}"
  },
  "wallets": {
    "btc_deposit": "${p('CRYPTO')}",
    "btc_withdrawal_whitelist": ["${p('CRYPTO')}", "${p('CRYPTO')}"]
  },
  "funding_card": "${p('CREDIT_CARD', pii.cardDigits())}",
  "login_history": [
${logins}      {"at": "${l('timestamp', iso())}", "ip": "${p('IP_ADDRESS')}"}
  ],
  "audit": {"reviewed_by": "${p('PERSON')}", "case": "${l('uuid')}"}
}
`;
};

export const travelManifest = () => {
  const rows = []; for (let i = 0; i < int(4, 6); i++) { const w = P2(pick(['en', 'es', 'hi_lat', 'zh_lat', 'ko_lat', 'ar_lat', 'ng'])); rows.push(T`| ${w.name} | ${p('US_PASSPORT')} | ${l('date')} | ${p('PHONE_NUMBER', pii.phone('US'))} | ${w.email} |\n`); }
  return T`## Group booking ${l('order_number', 'GRP-' + int(10000, 99999))} — ${p('LOCATION', pick(['Cancún', 'Tokyo', 'Reykjavík', 'Lisbon']))}

| traveller | US passport | expires | phone | email |
|---|---|---|---|---|
${rows}
Paid with ${p('CREDIT_CARD', pii.fmtCard(pii.cardDigits('amex'), 1))} — fare ${l('price')}, confirmation ${l('uuid')}.
Coordinates of the pickup point: ${l('coordinates')}.
`;
};

export const piiChat = () => {
  const a = P2('en'), b = P2(pick(['de', 'fr', 'es', 'ja_lat'])); const iso = clock();
  return T`[${iso()}] ${a.name}: can you update the customer's card? new one is ${p('CREDIT_CARD', pii.fmtCard(pii.cardDigits(), 0))}
[${iso()}] ${b.name}: done. old one ${l('vendor_test_card')} was our test card anyway lol
[${iso()}] ${a.name}: also she wants refunds in BTC to ${p('CRYPTO')}
[${iso()}] ${b.name}: and her number changed to ${p('PHONE_NUMBER')}, email ${b.email}
[${iso()}] ${a.name}: ok. ISBN of the book she returned: ${l('isbn')}, SKU ${l('product_code')}
`;
};

export const TEMPLATES = [
  ['crm_export', crmCsv, 10], ['support_ticket', supportTicket, 16], ['email', email, 15], ['hr_doc', hrDoc, 14],
  ['medical_doc', medicalDoc, 16], ['banking_doc', bankingDoc, 16], ['json_api', kycRecord, 12], ['email', travelManifest, 5], ['chat', piiChat, 6],
];
