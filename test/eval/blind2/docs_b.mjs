// blind2 documents, part B: PII-heavy kinds.
import { S, P as PI, L, d } from './lib.mjs';

export function kindsB(c) {
  const { r, V, P, sec } = c;
  const K = {};
  const card = () => V.fmtCard(V.card().num);
  const iban = () => V.fmtIban(V.iban());

  K.json_api = [
    () => {
      const p = P.person(); const s = sec();
      return d`{
  "data": {
    "id": "${L('uuid', V.uuid())}",
    "type": "customer",
    "attributes": {
      "full_name": "${PI('PERSON', p.full)}",
      "email": "${PI('EMAIL_ADDRESS', P.email(p))}",
      "phone": "${PI('PHONE_NUMBER', P.phone())}",
      "address": { "line1": "${PI('LOCATION', P.street())}", "city": "${PI('LOCATION', P.city())}", "postal_code": "${r.digits(5)}" },
      "kyc": { "ssn": "${PI('US_SSN', V.ssn())}", "passport_number": "${PI('US_PASSPORT', V.passport())}", "verified_at": "${L('timestamp', P.isoTs())}" },
      "last_login_ip": "${PI('IP_ADDRESS', V.ipv4Pub())}",
      "lifetime_value": "${L('price', P.price())}",
      "crm_ref": "${L('crm_id', P.crmId())}"
    }
  },
  "meta": { "request_id": "${L('request_id', P.requestId())}", "api_version": "${L('version', P.version())}" },
  "_debug": { "upstream_auth": "${S(s.entity, s.gen())}" }
}
`;
    },
    () => {
      const p = P.person(); const { num } = V.card();
      return d`{"object":"payout","id":"po_${V.b62N(24)}","created":${L('timestamp', P.ts().replace(/\D/g, '').slice(0, 10))},
 "recipient":{"name":"${PI('PERSON', p.full)}","email":"${PI('EMAIL_ADDRESS', P.email(p))}","tax_id_type":"itin","tax_id":"${PI('US_ITIN', V.itin())}"},
 "destination":{"type":"${r.pick(['btc_wallet', 'crypto'])}","address":"${PI('CRYPTO', V.btc())}","network":"bitcoin"},
 "fallback_card":"${PI('CREDIT_CARD', num)}",
 "bank":{"iban":"${PI('IBAN_CODE', V.iban())}","bic":"${r.pick(['DEUTDEFF', 'COBADEFF', 'BNPAFRPP', 'INGBNL2A'])}"},
 "amount":"${L('price', P.price())}","reference":"${L('order_number', P.order())}",
 "sandbox_card":"${L('vendor_test_card', P.testCard())}","idempotency_key":"${L('uuid', V.uuid())}"}
`;
    },
    () => {
      const rows = [];
      for (let i = 0, n = 2; i < n; i++) { const p = P.person(); rows.push(d`    {"id": ${r.int(1000, 99999)}, "name": "${PI('PERSON', p.full)}", "email": "${PI('EMAIL_ADDRESS', P.email(p))}", "signup_ip": "${PI('IP_ADDRESS', r.chance(0.3) ? V.ipv6() : V.ipv4Pub())}", "wallet": "${PI('CRYPTO', V.btc())}", "created": "${L('date', P.date())}"}${i < n - 1 ? ',' : ''}\n`); }
      return [d`HTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: ${L('request_id', P.requestId())}\nETag: "${L('hash', V.hexN(32))}"\n\n{\n  "users": [\n`, rows, d`  ],\n  "next_cursor": "${L('hash', Buffer.from('offset:' + r.int(10, 900)).toString('base64'))}"\n}\n`];
    },
  ];

  K.crm_csv = [
    () => {
      const rows = [];
      for (let i = 0, n = r.int(2, 3); i < n; i++) { const p = P.person(); const q = /[ ,]/.test(p.full) && r.chance(0.5) ? '"' : ''; rows.push(d`${L('crm_id', P.crmId())},${q}${PI('PERSON', p.full)}${q},${PI('EMAIL_ADDRESS', P.email(p))},${PI('PHONE_NUMBER', P.phone())},${PI('LOCATION', P.city())},${L('date', P.date())},${L('price', P.price().replace(/,/g, ''))}\n`); }
      return [d`contact_id,full_name,email,phone,city,created_at,ltv\n`, rows];
    },
    () => {
      const rows = [];
      for (let i = 0, n = r.int(2, 3); i < n; i++) { const p = P.person(); rows.push(d`${PI('PERSON', p.full)};${PI('EMAIL_ADDRESS', P.email(p))};${PI('LOCATION', P.country())};${L('order_number', P.order())};${L('tracking_number', P.tracking())}\n`); }
      return [d`Name;E-Mail;Land;Bestellnummer;Sendungsnummer\n`, rows, d`# Export ${L('timestamp', P.isoTs())} — ${rows.length} Datensätze\n`];
    },
    () => {
      const rows = [];
      for (let i = 0, n = 2; i < n; i++) { const p = P.person(); rows.push(d`| ${PI('PERSON', p.full)} | ${PI('PHONE_NUMBER', P.phone())} | ${PI('EMAIL_ADDRESS', P.email(p))} | ${L('product_code', P.productCode())} |\n`); }
      return [d`Leads imported ${L('date', P.date())} (source: trade fair)\n\n| Name | Phone | Email | Interested in |\n|---|---|---|---|\n`, rows];
    },
  ];

  K.support_ticket = [
    () => {
      const p = P.person(); const cc = card();
      return d`Ticket ${L('order_number', 'TCK-' + r.digits(6))} — opened ${L('timestamp', P.isoTs())}
From: ${PI('PERSON', p.full)} <${PI('EMAIL_ADDRESS', P.email(p))}>
Subject: charged twice for order ${L('order_number', P.order())}

Hi, I was charged twice (${L('price', P.price())} each). The card is ${PI('CREDIT_CARD', cc)}, exp ${r.int(1, 12)}/${r.int(26, 31)}.
Please call me back on ${PI('PHONE_NUMBER', P.phone())}, I'm in ${PI('LOCATION', P.city())} so mornings are best.
The parcel (${L('tracking_number', P.tracking())}) never arrived either.

-- agent note: verified identity with last four only. Do NOT store full PAN.
`;
    },
    () => {
      const p = P.person(r.pick(['es', 'pt'])); const es = p.c === 'es';
      return es ? d`Asunto: Reembolso pendiente — pedido ${L('order_number', P.order())}

Hola, me llamo ${PI('PERSON', p.full)}. Hice el pago con la tarjeta ${PI('CREDIT_CARD', card())} el ${L('date', P.date())} y todavía no recibo el reembolso de ${L('price', P.price())}.
Mi teléfono es ${PI('PHONE_NUMBER', P.phone('MX'))} y mi correo ${PI('EMAIL_ADDRESS', P.email(p))}.
Dirección de envío: ${PI('LOCATION', P.street())}, ${PI('LOCATION', P.city())}.
Gracias.
` : d`Assunto: Estorno não recebido (pedido ${L('order_number', P.order())})

Olá, sou ${PI('PERSON', p.full)}. Paguei com o cartão ${PI('CREDIT_CARD', card())} em ${L('date', P.date())} e o estorno de ${L('price', P.price())} ainda não caiu.
Celular: ${PI('PHONE_NUMBER', P.phone('BR'))} — e-mail ${PI('EMAIL_ADDRESS', P.email(p))}.
Endereço: ${PI('LOCATION', P.street())}, ${PI('LOCATION', P.city())}.
Obrigado!
`;
    },
    () => {
      const p = P.person('ja'); const p2 = P.person('jaL');
      return d`件名: アカウントにログインできません (問い合わせ番号 ${L('order_number', 'Q' + r.digits(8))})

${PI('PERSON', p.full)} 様

お問い合わせありがとうございます。ご登録の電話番号 ${PI('PHONE_NUMBER', P.phone('JP'))} に確認コードを送信しました。
ご登録メール: ${PI('EMAIL_ADDRESS', P.email(p2))}
最終ログイン IP: ${PI('IP_ADDRESS', V.ipv4Pub())} (${L('timestamp', P.isoTs())})
ビットコインでのお支払い先は ${PI('CRYPTO', V.btc())} です。

担当: ${PI('PERSON', p2.full)}
`;
    },
  ];

  K.email = [
    () => {
      const a = P.person('de'), b = P.person(); const ib = iban();
      return d`From: ${PI('PERSON', a.full)} <${PI('EMAIL_ADDRESS', P.email(a))}>
To: ${PI('PERSON', b.full)} <${PI('EMAIL_ADDRESS', P.email(b))}>
Date: ${L('date', P.date())}
Subject: Rechnung ${L('order_number', P.order())}
Message-ID: <${L('uuid', V.uuid())}@mail.globex.example>

Guten Tag,

anbei die Rechnung über ${L('price', P.price())}. Bitte überweisen Sie den Betrag bis ${L('date', P.date())} auf folgendes Konto:

  Kontoinhaber: ${PI('PERSON', a.full)}
  IBAN: ${PI('IBAN_CODE', ib)}
  Verwendungszweck: ${L('order_number', P.order())}

Achtung: die alte Bankverbindung ${L('invalid_iban', V.badIban('DE'))} ist nicht mehr gültig.

Mit freundlichen Grüßen
${a.first}
Tel. ${PI('PHONE_NUMBER', P.phone('DE'))}
`;
    },
    () => {
      const a = P.person('fr'), b = P.person(); 
      return d`De : ${PI('PERSON', a.full)} <${PI('EMAIL_ADDRESS', P.email(a))}>
À : ${PI('EMAIL_ADDRESS', P.email(b))}
Objet : Virement — dossier ${L('order_number', P.order())}

Bonjour ${b.first},

Voici mes coordonnées bancaires pour le remboursement : ${PI('IBAN_CODE', V.fmtIban(V.iban(r.pick(['FR', 'BE', 'CH', 'LU']))))}.
Je suis joignable au ${PI('PHONE_NUMBER', P.phone('FR'))} ; adresse : ${PI('LOCATION', P.street())}, ${PI('LOCATION', P.city())}.
Le montant convenu était de ${L('price', P.price())} (facture du ${L('date', P.date())}).

Cordialement,
${PI('PERSON', a.full)}
`;
    },
    () => {
      const a = P.person('en'), b = P.person(); const s = sec();
      return d`From: ${PI('EMAIL_ADDRESS', P.email(a))}
To: ${PI('EMAIL_ADDRESS', P.roleEmail())}
Cc: ${PI('PERSON', b.full)} <${PI('EMAIL_ADDRESS', P.email(b))}>
Subject: Re: vendor onboarding

Hi team — as discussed, our integration credentials are below. Please don't forward.

  username: ${r.pick(['acme-int', 'partner-07'])}
  key:      ${S(s.entity, s.gen())}

Our remittance account is ${PI('IBAN_CODE', iban())}; the one on the old form (${L('invalid_iban', V.badIban())}) had a typo.
Invoice ${L('order_number', P.order())} for ${L('price', P.price())} is attached (sha256 ${L('hash', V.hexN(64))}).

Thanks,
${PI('PERSON', a.full)}, ${PI('LOCATION', P.city())} office — ${PI('PHONE_NUMBER', P.phone(r.pick(['GB', 'KE', 'AU', 'ZA'])))}
`;
    },
  ];

  K.chat_export = [
    () => {
      const a = P.person(), b = P.person(); const s = sec();
      return d`[${L('timestamp', P.ts())}] ${PI('PERSON', a.full)}: can someone give me the prod key for the export job? it's failing again
[${L('timestamp', P.ts())}] ${PI('PERSON', b.full)}: here: ${S(s.entity, s.gen())}
[${L('timestamp', P.ts())}] ${PI('PERSON', b.full)}: please don't paste it anywhere else, I'll rotate it after ${L('version', P.version())} ships
[${L('timestamp', P.ts())}] ${PI('PERSON', a.full)}: thx 🙏 also the customer in the ticket wants a callback, ${PI('PHONE_NUMBER', P.phone())}
[${L('timestamp', P.ts())}] ${PI('PERSON', b.full)}: their refund goes to ${PI('CRYPTO', V.btc())} apparently?? weird but ok
[${L('timestamp', P.ts())}] ${PI('PERSON', a.full)}: build ${L('build_number', P.build())} is green now
`;
    },
    () => {
      const a = P.person(r.pick(['ru', 'ko', 'zh', 'el', 'tr'])), b = P.person(r.pick(['pl', 'nl', 'sw', 'vi', 'hi']));
      return d`${L('date', P.date())}, ${r.int(10, 23)}:${r.int(10, 59)} - ${PI('PERSON', a.full)}: Привет! My new number is ${PI('PHONE_NUMBER', P.phone())}
${L('date', P.date())}, ${r.int(10, 23)}:${r.int(10, 59)} - ${PI('PERSON', b.full)}: ok saved. send me your wallet for the deposit
${L('date', P.date())}, ${r.int(10, 23)}:${r.int(10, 59)} - ${PI('PERSON', a.full)}: ${PI('CRYPTO', V.btc())}
${L('date', P.date())}, ${r.int(10, 23)}:${r.int(10, 59)} - ${PI('PERSON', b.full)}: sent 0.0${r.int(1, 9)} BTC, tx ${L('hash', V.hexN(64))}
${L('date', P.date())}, ${r.int(10, 23)}:${r.int(10, 59)} - ${PI('PERSON', a.full)}: got it. meet at ${PI('LOCATION', P.street())} in ${PI('LOCATION', P.city())}? coords ${L('coordinates', P.coords())}
`;
    },
    () => {
      const a = P.person(), b = P.person('us');
      return d`#hr-private export ${L('date', P.date())}
${a.first.toLowerCase()} ${L('timestamp', P.ts())}  can you confirm the SSN on file for ${PI('PERSON', b.full)}? payroll shows ${PI('US_SSN', V.ssn())}
${b.first.toLowerCase()} ${L('timestamp', P.ts())}  that's right. the 000-... one in the old sheet (${L('invalid_ssn', V.badSsn())}) is a placeholder
${a.first.toLowerCase()} ${L('timestamp', P.ts())}  and passport ${PI('US_PASSPORT', V.passport())} for the visa letter, and your ITIN ${PI('US_ITIN', V.itin())} for the spouse?
${b.first.toLowerCase()} ${L('timestamp', P.ts())}  yes. email it to ${PI('EMAIL_ADDRESS', P.email(b))} pls
`;
    },
  ];

  K.hr_record = [
    () => {
      const p = P.person(r.pick(['us', 'es', 'hi', 'yo', 'ar', 'vi'])); const rt = V.routing();
      return d`EMPLOYEE RECORD — CONFIDENTIAL
Employee ID:        ${L('crm_id', 'E' + r.digits(6))}
Name:               ${PI('PERSON', p.full)}
Home address:       ${PI('LOCATION', P.street())}, ${PI('LOCATION', r.pick(['Tucson', 'Duluth', 'Winnipeg', 'Brisbane', 'Leeds']))}
Date of birth:      ${r.int(1960, 2002)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}
SSN:                ${PI('US_SSN', V.ssn())}
ITIN (dependent):   ${PI('US_ITIN', V.itin())}
Passport no.:       ${PI('US_PASSPORT', V.passport())}
Driver's license:   ${PI('US_DRIVER_LICENSE', V.dl())}
Direct deposit:     routing ${rt} / account ${PI('US_BANK_NUMBER', V.bankAcct())}
Mobile:             ${PI('PHONE_NUMBER', P.usPhone())}
Personal e-mail:    ${PI('EMAIL_ADDRESS', P.email(p))}
Start date:         ${L('date', P.date())}
Salary band:        ${L('price', P.price())}
Badge:              ${L('product_code', P.productCode())}
`;
    },
    () => {
      const rows = [];
      for (let i = 0, n = 2; i < n; i++) { const p = P.person('us'); rows.push(d`${PI('PERSON', p.full)},${PI('US_SSN', V.ssn())},${PI('US_ITIN', V.itin())},${PI('US_PASSPORT', V.passport())},${L('date', P.date())}\n`); }
      return [d`# payroll_onboarding_${L('date', P.date())}.csv — do not email\nname,ssn,itin_spouse,passport,start\n`, rows, d`# test row: Jane Doe,${L('invalid_ssn', V.badSsn())},,,\n`];
    },
    () => {
      const p = P.person(r.pick(['en', 'us', 'hi'])); 
      return d`Offer letter — ${PI('PERSON', p.full)}

Dear ${p.first},
We are delighted to offer you the role of Staff Physician at our ${PI('LOCATION', P.city())} clinic, starting ${L('date', P.date())}.
For credentialing we have on file: DEA registration ${PI('MEDICAL_LICENSE', V.dea(p.last))}, passport ${PI('US_PASSPORT', V.passport())}, SSN ${PI('US_SSN', V.ssn())}.
Annual base salary: ${L('price', P.price())}. Relocation reference ${L('order_number', P.order())}.
Questions: ${PI('EMAIL_ADDRESS', P.roleEmail())} or ${PI('PHONE_NUMBER', P.usPhone())}.
`;
    },
  ];

  K.medical_record = [
    () => {
      const pt = P.person('en'), dr = P.person(r.pick(['en', 'hi', 'yo', 'pl']));
      return d`NHS TRUST — DISCHARGE SUMMARY
Patient:        ${PI('PERSON', pt.full)}
NHS number:     ${PI('UK_NHS', V.nhs())}
Address:        ${PI('LOCATION', P.street())}, ${PI('LOCATION', r.pick(['Leeds', 'Cork', 'Bristol', 'Norwich', 'Cardiff']))}
Contact:        ${PI('PHONE_NUMBER', P.phone('GB'))}
Admitted:       ${L('date', P.date())}    Discharged: ${L('date', P.date())}
Consultant:     ${PI('PERSON', dr.full)} (DEA ${PI('MEDICAL_LICENSE', V.dea(dr.last))} for US scripts)

Medication: amoxicillin 500 mg TDS, batch ${L('product_code', 'LOT ' + r.chars('ABCDEFGHJK', 2) + r.digits(6))}
Follow-up clinic ref ${L('order_number', 'CL-' + r.digits(7))}
`;
    },
    () => {
      const pt = P.person(), dr = P.person('us'), dr2 = P.person('us');
      return d`PRESCRIPTION LOG ${L('date', P.date())}
Rx ${L('order_number', 'RX' + r.digits(8))}  patient ${PI('PERSON', pt.full)}  DOB 19${r.int(40, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}
  prescriber ${PI('PERSON', dr.full)}  DEA# ${PI('MEDICAL_LICENSE', V.dea(dr.last))}
  oxycodone 5 mg #20, refills 0
Rx ${L('order_number', 'RX' + r.digits(8))}  patient same
  prescriber ${PI('PERSON', dr2.full)}  DEA# ${PI('MEDICAL_LICENSE', V.dea(dr2.last))}
  NDC ${L('product_code', `${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`)}
pharmacy phone ${PI('PHONE_NUMBER', P.usPhone())}, patient phone ${PI('PHONE_NUMBER', P.phone())}
insurance member id ${L('crm_id', 'W' + r.digits(9))}
`;
    },
    () => {
      const pt = P.person(), dr = P.person();
      return d`{"resourceType":"Patient","id":"${L('uuid', V.uuid())}","meta":{"versionId":"${r.int(1, 9)}","lastUpdated":"${L('timestamp', P.isoTs())}"},
 "name":[{"text":"${PI('PERSON', pt.full)}"}],
 "telecom":[{"system":"phone","value":"${PI('PHONE_NUMBER', P.phone())}"},{"system":"email","value":"${PI('EMAIL_ADDRESS', P.email(pt))}"}],
 "address":[{"text":"${PI('LOCATION', P.street())}","city":"${PI('LOCATION', P.city())}"}],
 "identifier":[{"system":"https://fhir.nhs.example/Id/nhs-number","value":"${PI('UK_NHS', V.nhs().replace(/ /g, ''))}"}],
 "generalPractitioner":[{"display":"${PI('PERSON', dr.full)}","identifier":{"system":"urn:dea","value":"${PI('MEDICAL_LICENSE', V.dea(dr.last))}"}}]}
`;
    },
  ];

  K.bank_statement = [
    () => {
      const p = P.person(); const rows = [];
      for (let i = 0, n = r.int(1, 2); i < n; i++) rows.push(d`${L('date', P.date())}  ${r.pick(['SEPA transfer to', 'Lastschrift von', 'Virement de', 'Transferencia a'])} ${PI('PERSON', P.person().full)}  ${PI('IBAN_CODE', iban())}  ${L('price', P.price())}\n`);
      return [d`ACCOUNT STATEMENT ${L('date', P.date())}\nAccount holder: ${PI('PERSON', p.full)}\nIBAN: ${PI('IBAN_CODE', iban())}\nCard: ${PI('CREDIT_CARD', card())}\n\nDate        Description\n`, rows, d`\nRejected: payment to ${L('invalid_iban', V.fmtIban(V.badIban()))} (checksum error)\nRejected: card ${L('invalid_card', V.badCard())}\n`];
    },
    () => {
      const p = P.person('us');
      return d`Wire request form
Beneficiary:        ${PI('PERSON', p.full)}
Beneficiary ITIN:   ${PI('US_ITIN', V.itin())}
Account:            ${PI('US_BANK_NUMBER', V.bankAcct())}   ABA ${V.routing()}
Corporate card:     ${PI('CREDIT_CARD', card())}
Crypto settlement:  ${PI('CRYPTO', V.btc())}
Amount:             ${L('price', P.price())}
Reference:          ${L('order_number', P.order())}
Requested by:       ${PI('EMAIL_ADDRESS', P.email(p))} from ${PI('IP_ADDRESS', V.ipv4Pub())}
Approved:           ${L('timestamp', P.isoTs())}
`;
    },
    () => {
      const rows = [];
      for (let i = 0, n = r.int(1, 2); i < n; i++) { const { num } = V.card(); rows.push(d`${L('timestamp', P.isoTs())},${PI('CREDIT_CARD', V.fmtCard(num, 'plain'))},${L('price', P.price().replace(/,/g, ''))},${r.pick(['APPROVED', 'DECLINED', 'REFUNDED'])},${L('request_id', P.requestId())}\n`); }
      return [d`time,pan,amount,status,auth_id\n`, rows, d`${L('timestamp', P.isoTs())},${L('invalid_card', V.badCard())},${L('price', '$0.00')},INVALID_PAN,${L('request_id', P.requestId())}\n${L('timestamp', P.isoTs())},${L('vendor_test_card', P.testCard().replace(/ /g, ''))},${L('price', '$1.00')},TEST,${L('request_id', P.requestId())}\n`];
    },
  ];
  return K;
}
