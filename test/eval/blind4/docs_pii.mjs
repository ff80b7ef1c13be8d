// blind4: PII-heavy developer and business artifacts (SQL dumps, fixtures, tickets, chats,
// emails, CRM exports, KYC/HR/medical/banking records, markdown docs).
import { fragLen, mapText, jsonEsc } from './lib.mjs';
import { V, f, S, P, L, join, pick, int, chance, chars, hex, digits, B62, sec, secShort, secCycle, host, dbhost, user, connStr, who } from './common.mjs';

const PASSPORT_LBL = ['Passport No.', 'Reisepass-Nr.', 'N° de passeport', 'Número de pasaporte', 'Numero di passaporto', 'Paspoortnummer', 'パスポート番号', '여권 번호', 'Номер паспорта', 'Número do passaporte', 'US passport #'];
const DL_LBL = ["Driver's License", 'Führerschein-Nr.', 'Licencia de conducir', 'Permis de conduire', '運転免許証番号', 'Carteira de motorista (EUA)', 'DL#'];
const bcrypt = () => '$2b$12$' + chars(B62 + './', 53);
const sqlq = (s) => s.replace(/'/g, "''");

// ------------------------------------------------------------------ sql_dump
function sqlDump() {
  const k = int(0, 2);
  if (k === 0) {
    const rows = [];
    const n = int(3, 5);
    for (let i = 0; i < n; i++) {
      const w = who();
      rows.push(f`(${int(100, 99999)}, '${P('PERSON', sqlq(w.name))}', '${P('EMAIL_ADDRESS', w.email)}', '${P('PHONE_NUMBER', w.phone)}', '${L('hash', bcrypt())}', '${P('IP_ADDRESS', V.ip())}', '${L('timestamp', V.isoTs().replace('T', ' ').replace('Z', ''))}', ${chance(0.3) ? f`'${S('API_TOKEN', 'tok_' + chars(B62, 32))}'` : 'NULL'})`);
    }
    return f`--\n-- PostgreSQL database dump\n--\n-- Dumped from database version 16.${int(1, 4)}\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\nCREATE TABLE public.users (\n    id bigint NOT NULL,\n    full_name text,\n    email text NOT NULL,\n    phone text,\n    password_hash text,\n    last_ip inet,\n    created_at timestamp without time zone,\n    api_token text\n);\n\nINSERT INTO public.users (id, full_name, email, phone, password_hash, last_ip, created_at, api_token) VALUES\n${join(rows, ',\n')};\n\n-- schema checksum ${L('digest', V.sha256hex())}\n`;
  }
  if (k === 1) {
    const rows = []; const n = int(3, 6);
    for (let i = 0; i < n; i++) {
      const w = who();
      rows.push(f`INSERT INTO \`customers\` VALUES (${int(1, 9999)},'${P('PERSON', sqlq(w.name))}','${P('EMAIL_ADDRESS', w.email)}','${P('US_SSN', V.ssn())}','${P('CREDIT_CARD', V.card(''))}','${P('LOCATION', sqlq(V.address()))}','${L('date', V.date())}');`);
    }
    return f`-- MySQL dump 10.13  Distrib 8.0.${int(30, 39)}, for Linux (x86_64)\n-- Host: ${dbhost()}    Database: crm\n-- ------------------------------------------------------\n/*!40101 SET NAMES utf8mb4 */;\nLOCK TABLES \`customers\` WRITE;\n${join(rows, '\n')}\nUNLOCK TABLES;\n\nLOCK TABLES \`integrations\` WRITE;\nINSERT INTO \`integrations\` VALUES (1,'stripe','${S('STRIPE_SECRET_KEY', V.stripeLive())}','${L('public_key', V.stripePk())}'),(2,'mailer','${(() => { const s = secShort(); return S(s.entity, s.value); })()}',NULL);\nUNLOCK TABLES;\n-- Dump completed on ${L('timestamp', V.isoTs().slice(0, 19).replace('T', ' '))}\n`;
  }
  const w = who(); const pw = V.password();
  return f`-- migrations/${int(2023, 2026)}${pad2()}${pad2()}_seed_admin.sql\nBEGIN;\nCREATE TABLE IF NOT EXISTS kyc_profiles (\n  user_id uuid PRIMARY KEY,\n  legal_name text, tax_id text, passport_no text, wallet text, iban text\n);\nINSERT INTO users (id, email, role, password) VALUES\n  ('${L('uuid', V.uuid())}', '${P('EMAIL_ADDRESS', w.email)}', 'admin', crypt('${S('APP_ADMIN_PASSWORD', pw)}', gen_salt('bf')));\nINSERT INTO kyc_profiles VALUES\n  ('${L('uuid', V.uuid())}', '${P('PERSON', sqlq(w.name))}', '${P('US_ITIN', V.itin())}', '${P('US_PASSPORT', V.usPassport())}', '${P('CRYPTO', V.btc())}', '${P('IBAN_CODE', V.iban(undefined, false))}'),\n  ('${L('uuid', V.uuid())}', '${P('PERSON', sqlq(V.person('full')))}', '${P('US_SSN', V.ssn())}', '${P('US_PASSPORT', V.usPassport())}', '${P('CRYPTO', V.btc())}', NULL);\nCOMMIT;\n`;
}
const pad2 = () => String(int(1, 12)).padStart(2, '0');

// ------------------------------------------------------------------ fixture_data
function fixture() {
  if (chance(0.5)) {
    const recs = []; const n = int(1, 3);
    for (let i = 0; i < n; i++) {
      const w = who();
      recs.push(f`  {\n    "id": "${L('uuid', V.uuid())}",\n    "name": "${P('PERSON', w.name)}",\n    "email": "${P('EMAIL_ADDRESS', w.email)}",\n    "phone": ${chance(0.5) ? f`"${P('PHONE_NUMBER', w.phone)}"` : 'null'},\n    "address": ${chance(0.5) ? f`"${P('LOCATION', w.city)}"` : 'null'},\n    "payout": { "btc": "${P('CRYPTO', V.btc())}", "iban": "${P('IBAN_CODE', V.iban())}" },\n    "kyc": { "itin": "${P('US_ITIN', V.itin())}", "passport": "${P('US_PASSPORT', V.usPassport())}" },\n    "invalid_iban_case": "${L('invalid_iban', V.invalidIban())}",\n    "created": ${L('timestamp', V.epoch())}\n  }`);
    }
    return f`[\n${join(recs, ',\n')}\n]\n`;
  }
  const w = who(), w2 = who();
  return f`# db/seeds/${pick(['pharmacy', 'clinic', 'telehealth'])}.yml\nprescribers:\n  - name: "Dr. ${P('PERSON', V.person('full'))}"\n    dea: ${P('MEDICAL_LICENSE', V.dea())}\n    npi: "${digits(10)}"\n    phone: "${P('PHONE_NUMBER', V.phone('US'))}"\n  - name: "Dr. ${P('PERSON', V.person('full'))}"\n    dea: ${P('MEDICAL_LICENSE', V.dea())}\n    clinic: "${P('LOCATION', V.city())}"\npatients:\n  - name: "${P('PERSON', w.name)}"\n    nhs: "${P('UK_NHS', V.nhs())}"\n    email: ${P('EMAIL_ADDRESS', w.email)}\n    dob: ${L('date', V.date())}\n  - name: "${P('PERSON', w2.name)}"\n    ssn: "${P('US_SSN', V.ssn())}"\n    card_on_file: "${P('CREDIT_CARD', V.card())}"\n    rejected_card: "${L('invalid_card', V.invalidCard())}"\nintegration:\n  pharmacy_api_key: ${(() => { const s = secCycle(); return S(s.entity, s.value); })()}\n  sandbox_card: "${L('vendor_test_card', V.vendorTestCard())}"\n`;
}

// ------------------------------------------------------------------ support_ticket
function ticket() {
  const w = who(); const agent = V.person('full');
  const lang = int(0, 3);
  const s = secShort();
  const tid = `${pick(['SUP', 'HD', 'CS'])}-${int(1000, 99999)}`;
  const head = f`Ticket ${L('crm_id', tid)} | Priority: ${pick(['High', 'Normal', 'Urgent'])} | Opened ${L('timestamp', V.isoTs())}\nRequester: ${P('PERSON', w.name)} <${P('EMAIL_ADDRESS', w.email)}>\nPhone: ${P('PHONE_NUMBER', w.phone)}\n\n`;
  if (lang === 0) {
    return f`${head}Subject: API calls failing since this morning\n\nHi team, our integration stopped working. Here is the exact request we send (key included so you can check it):\n\n  curl https://${host()}/v2/orders -H "Authorization: Bearer ${S(s.entity, s.value)}"\n\nResponse: {"error":"forbidden","request_id":"${L('request_id', V.requestId())}"}\nOur server IP is ${P('IP_ADDRESS', V.ipv4())}. Order affected: ${L('order_number', V.orderNo())}.\n\n--- Internal note (${P('PERSON', agent)}) ---\nCustomer pasted a live key. Asked them to rotate. Key ends with ${L('masked_secret', '…' + s.value.slice(-4))}.\n`;
  }
  if (lang === 1) {
    return f`${head}Betreff: Rückerstattung nicht erhalten\n\nGuten Tag,\nich habe am ${L('date', V.date())} die Bestellung ${L('order_number', V.orderNo())} storniert, aber noch keine Gutschrift erhalten.\nMeine Bankverbindung: ${P('IBAN_CODE', V.iban('DE', true))}\nKreditkarte, mit der bezahlt wurde: ${P('CREDIT_CARD', V.card(' '))}\nAnschrift: ${P('LOCATION', V.address())}\n\nMit freundlichen Grüßen\n${P('PERSON', w.name)}\n\n--- Antwort ${P('PERSON', agent)} ---\nBetrag ${L('price', V.price())} wurde angewiesen, Sendungsnummer Retoure ${L('tracking_number', V.tracking())}.\n`;
  }
  if (lang === 2) {
    return f`${head}Asunto: Verificación de identidad rechazada\n\nHola, subí mis documentos pero la verificación falla.\n${pick(PASSPORT_LBL)}: ${P('US_PASSPORT', V.usPassport())}\nITIN: ${P('US_ITIN', V.itin())}\n${pick(DL_LBL)}: ${P('US_DRIVER_LICENSE', V.usDl())}\nDirección: ${P('LOCATION', V.address())}\nBilletera para el retiro: ${P('CRYPTO', V.btc())}\n\nGracias,\n${P('PERSON', w.name)}\n\n[auto] ID de verificación ${L('uuid', V.uuid())} — estado: manual_review\n`;
  }
  return f`${head}Objet : accès bloqué au tableau de bord\n\nBonjour, depuis la mise à jour ${L('version', V.version())} je ne peux plus me connecter.\nVoici mon fichier .env (j'ai masqué le mot de passe) :\n\n  DB_PASSWORD=${L('masked_secret', '********')}\n  ${s.name}=${S(s.entity, s.value)}\n  SESSION_SECRET=${L('placeholder', 'changeme')}\n\nMon adresse IP : ${P('IP_ADDRESS', V.ip())}\nN° de sécurité sociale américain (compte US) : ${P('US_SSN', V.ssn())}\n\nCordialement,\n${P('PERSON', w.name)} — ${P('LOCATION', V.city())}\n`;
}

// ------------------------------------------------------------------ chat_export
function chat() {
  const a = V.person('full'), b = V.person('full'), c = V.person('full');
  const msgs = [];
  const ts = () => `${pad2()}/${String(int(1, 28)).padStart(2, '0')}/2025, ${int(8, 19)}:${String(int(0, 59)).padStart(2, '0')}`;
  const pool = [
    (x) => { const s = secCycle(); return f`can you try with my key? ${S(s.entity, s.value)}`; },
    (x) => f`deploy of ${L('git_sha', V.shortSha())} is green, dashboards at https://grafana.acme.example/d/${chars(B62, 9)}`,
    (x) => f`customer ${P('PERSON', V.person('full'))} called again from ${P('PHONE_NUMBER', V.phone())}, wants a callback`,
    (x) => f`her email is ${P('EMAIL_ADDRESS', V.email())} fwiw`,
    (x) => f`pls don't paste keys here, use ${L('secret_reference', V.secretRef())}`,
    (x) => f`the staging db pw is ${S('DATABASE_PASSWORD', V.password())} until friday`,
    (x) => f`refund ${L('order_number', V.orderNo())} approved (${L('price', V.price())})`,
    (x) => f`ok rotating now, old one was ${L('masked_secret', V.masked())}`,
    (x) => f`suspicious logins from ${P('IP_ADDRESS', V.ip())} and ${P('IP_ADDRESS', V.ip())}`,
    (x) => f`he sent BTC to ${P('CRYPTO', V.btc())} instead of our address`,
    (x) => f`ticket says card ${P('CREDIT_CARD', V.card())} was charged twice`,
    (x) => f`meeting moved to ${L('date', V.date())}`,
    (x) => f`👍`,
    (x) => f`lol yes`,
    (x) => f`new hire ${P('PERSON', V.person('full'))} starts monday in ${P('LOCATION', V.city())}`,
  ];
  const n = int(5, 9); const style = int(0, 1);
  for (let i = 0; i < n; i++) {
    const who_ = pick([a, b, chance(0.2) ? c : a]);
    const m = pick(pool)();
    const spk = i < 2 || chance(0.3) ? P('PERSON', who_) : who_.split(' ')[0] === who_ ? P('PERSON', who_) : '@' + (who_.split(' ')[0].toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') || 'user' + digits(3));
    msgs.push(style === 0 ? f`[${ts()}] ${spk}: ${m}` : f`${ts()} - ${spk}: ${m}`);
  }
  return f`${style === 0 ? '# #incident-' + int(100, 999) + ' export\n' : ''}${join(msgs, '\n')}\n`;
}

// ------------------------------------------------------------------ email
function email() {
  const fromW = who(), toW = who(); const k = int(0, 2);
  const hdr = f`From: ${P('PERSON', fromW.name)} <${P('EMAIL_ADDRESS', fromW.email)}>\nTo: ${P('PERSON', toW.name)} <${P('EMAIL_ADDRESS', toW.email)}>\nDate: ${pick(['Mon', 'Tue', 'Wed', 'Thu'])}, ${int(1, 28)} ${pick(['Feb', 'May', 'Aug', 'Nov'])} 2025 ${int(8, 19)}:${int(10, 59)}:${int(10, 59)} +0100\nMessage-ID: <${L('content_id', V.contentId())}>\n`;
  if (k === 0) {
    const s = sec(pick(['GITHUB_PAT', 'ATLASSIAN_API_TOKEN', 'OKTA_API_TOKEN', 'GRAFANA_SERVICE_ACCOUNT_TOKEN', 'POSTMAN_API_KEY', 'NEW_RELIC_USER_KEY']));
    return f`${hdr}Subject: access for the contractor\n\nHi ${P('PERSON', toW.name.split(' ')[0])},\n\nas discussed, here is the token for the ${pick(['Jira', 'monitoring', 'CI'])} integration:\n\n    ${S(s.entity, s.value)}\n\nplease store it in the vault and delete this mail. The SSH key fingerprint of the bastion is SHA256:${L('digest', Buffer.from(hex(64), 'hex').toString('base64').replace(/=+$/, ''))}.\n\nBest,\n${P('PERSON', fromW.name)}\n${P('PHONE_NUMBER', fromW.phone)}\n`;
  }
  if (k === 1) {
    return f`${hdr}Subject: Ihre Gehaltsabrechnung / payroll change\n\nHallo,\nbitte ändern Sie meine Bankverbindung ab ${L('date', V.date())}:\nKontoinhaber: ${P('PERSON', toW.name)}\nIBAN: ${P('IBAN_CODE', V.iban())}\nUS account (for the NY office): ${P('US_BANK_NUMBER', V.bankAcct())}, routing ${V.routing()}\nSSN: ${P('US_SSN', V.ssn())}\nWohnort: ${P('LOCATION', V.address())}\n\nDanke!\n${P('PERSON', fromW.name)} · ${P('PHONE_NUMBER', V.phone('DE'))}\n`;
  }
  return f`${hdr}Subject: [${pick(['Clinic', 'Pharmacy'])}] prescription transfer\n\nDear colleague,\n\nplease transfer the prescription for ${P('PERSON', V.person('full'))} (NHS ${P('UK_NHS', V.nhs())}, DOB ${L('date', V.date())}).\nPrescriber: Dr. ${P('PERSON', V.person('full'))}, DEA ${P('MEDICAL_LICENSE', V.dea())}\nPharmacy phone: ${P('PHONE_NUMBER', V.phone(pick(['GB', 'US', 'IE', 'AU'])))}\nRx number ${L('order_number', 'RX' + digits(8))}\n\nKind regards,\n${P('PERSON', fromW.name)}\n`;
}

// ------------------------------------------------------------------ crm_export
function crm() {
  const k = int(0, 1);
  const rows = []; const n = int(3, 6);
  if (k === 0) {
    for (let i = 0; i < n; i++) {
      const w = who();
      rows.push(f`${L('crm_id', V.crmId())},"${P('PERSON', w.name)}",${P('EMAIL_ADDRESS', w.email)},"${P('PHONE_NUMBER', w.phone)}","${chance(0.6) ? P('LOCATION', V.city()) : ''}",${pick(['lead', 'customer', 'churned'])},${L('price', V.price().replace(/,/g, '.'))},${L('date', V.date())}`);
    }
    return f`Record ID,Full Name,Email,Phone,City,Stage,LTV,Created\n${join(rows, '\n')}\n`;
  }
  for (let i = 0; i < n; i++) {
    const w = who();
    rows.push(f`${L('order_number', V.orderNo())};${P('PERSON', w.name)};${P('EMAIL_ADDRESS', w.email)};${chance(0.5) ? P('CREDIT_CARD', V.card('')) : chance(0.5) ? L('masked_card', '************' + digits(4)) : L('invalid_card', V.invalidCard(''))};${chance(0.4) ? P('CRYPTO', V.btc()) : ''};${L('tracking_number', V.tracking())};${P('IP_ADDRESS', V.ipv4())}`);
  }
  return f`order;customer;email;payment;crypto_refund_address;tracking;client_ip\n${join(rows, '\n')}\n`;
}

// ------------------------------------------------------------------ kyc_record
function kyc() {
  const w = who(); const lang = int(0, 2);
  if (lang === 0) {
    return f`KYC REVIEW — case ${L('crm_id', 'KYC-' + digits(7))}\n=====================================\nApplicant:        ${P('PERSON', w.name)}\nEmail:            ${P('EMAIL_ADDRESS', w.email)}\nMobile:           ${P('PHONE_NUMBER', w.phone)}\nResidential addr: ${P('LOCATION', V.address())}\nSSN:              ${P('US_SSN', V.ssn())}\nITIN (spouse):    ${P('US_ITIN', V.itin())}\nPassport:         ${P('US_PASSPORT', V.usPassport())} (exp. ${L('date', V.date())})\nDriver licence:   ${P('US_DRIVER_LICENSE', V.usDl())}\nFunding IBAN:     ${P('IBAN_CODE', V.iban())}\nWithdrawal wallet ${P('CRYPTO', V.btc())}\nDevice IP:        ${P('IP_ADDRESS', V.ip())}\nLiveness check:   passed (${L('uuid', V.uuid())})\nGeo at capture:   ${L('coordinates', V.coords())}\nRejected test SSN in form history: ${L('invalid_ssn', V.invalidSsn())}\nRisk score:       ${int(1, 99)}/100\n`;
  }
  if (lang === 1) {
    return f`{\n  "applicant": {\n    "nombre": "${P('PERSON', w.name)}",\n    "correo": "${P('EMAIL_ADDRESS', w.email)}",\n    "telefono": "${P('PHONE_NUMBER', V.phone(pick(['MX', 'ES', 'AR', 'US'])))}",\n    "domicilio": "${P('LOCATION', V.address())}"\n  },\n  "documentos": [\n    { "tipo": "pasaporte_eeuu", "numero": "${P('US_PASSPORT', V.usPassport())}", "vence": "${L('date', V.date())}" },\n    { "tipo": "itin", "numero": "${P('US_ITIN', V.itin())}" },\n    { "tipo": "ssn", "numero": "${P('US_SSN', V.ssn(''))}" }\n  ],\n  "wallets": ["${P('CRYPTO', V.btc())}", "${P('CRYPTO', V.btc())}"],\n  "review_id": "${L('uuid', V.uuid())}",\n  "provider_token": "${(() => { const s = secShort(); return S(s.entity, s.value); })()}"\n}\n`;
  }
  return f`本人確認記録 (eKYC)\n氏名: ${P('PERSON', V.person())}\nメール: ${P('EMAIL_ADDRESS', V.email())}\n電話番号: ${P('PHONE_NUMBER', V.phone('JP'))}\n住所: ${P('LOCATION', V.city())}\n${PASSPORT_LBL[6]} (米国): ${P('US_PASSPORT', V.usPassport())}\nITIN: ${P('US_ITIN', V.itin())}\n入金用ウォレット: ${P('CRYPTO', V.btc())}\n審査ID: ${L('uuid', V.uuid())}\n受付日時: ${L('timestamp', V.isoTs())}\n`;
}

// ------------------------------------------------------------------ hr_record
function hr() {
  const w = who(); const mgr = V.person('full');
  return f`EMPLOYEE RECORD (confidential)\nName: ${P('PERSON', w.name)}\nEmployee ID: ${L('crm_id', 'E' + digits(6))}\nWork email: ${P('EMAIL_ADDRESS', w.email)}\nPersonal phone: ${P('PHONE_NUMBER', w.phone)}\nHome: ${P('LOCATION', V.address())}\nManager: ${P('PERSON', mgr)}\nSSN: ${P('US_SSN', V.ssn())}\nDependent (ITIN): ${P('PERSON', V.person('full'))}, ${P('US_ITIN', V.itin())}\nRejected on intake (typo): ${L('invalid_ssn', V.invalidSsn())}\nI-9 documents: ${pick(PASSPORT_LBL)} ${P('US_PASSPORT', V.usPassport())}; ${pick(DL_LBL)} ${P('US_DRIVER_LICENSE', V.usDl())}\nPayroll: account ${P('US_BANK_NUMBER', V.bankAcct())} / routing ${V.routing()}\nSalary: ${L('price', V.price())} per month\nStart date: ${L('date', V.date())}\nLaptop asset: ${L('product_code', V.productCode())}\nDesk extension: ${L('product_code', 'ext. ' + digits(4))}\nVPN cert serial: ${L('hash', hex(32))}\nNotes: emergency contact ${P('PERSON', V.person('full'))}, ${P('PHONE_NUMBER', V.phone())}\n`;
}

// ------------------------------------------------------------------ medical_record
function medical() {
  const w = who();
  if (chance(0.5)) {
    return f`DISCHARGE SUMMARY\nPatient: ${P('PERSON', w.name)}    NHS No: ${P('UK_NHS', V.nhs())}\nDOB: ${L('date', V.date())}   Phone: ${P('PHONE_NUMBER', V.phone('GB'))}\nAddress: ${P('LOCATION', V.streetEn() + ', ' + pick(['Leeds', 'Cardiff', 'Edinburgh', 'Bristol', 'Norwich']))}\nAdmitted: ${L('date', V.date())}  Discharged: ${L('date', V.date())}\n\nAttending: Dr. ${P('PERSON', V.person('full'))} (DEA ${P('MEDICAL_LICENSE', V.dea())})\nDischarge medication prescribed by Dr. ${P('PERSON', V.person('full'))}, DEA ${P('MEDICAL_LICENSE', V.dea())}\n  - Amoxicillin 500 mg, lot ${L('product_code', 'LOT-' + chars('ABCDEFGHJK0123456789', 8))}\n  - Paracetamol 1 g PRN\nLab order ${L('order_number', 'LAB-' + digits(7))}, result ref ${L('uuid', V.uuid())}\nFollow-up at ${P('LOCATION', V.city())} clinic in 2 weeks.\n`;
  }
  return f`PRESCRIPTION AUDIT (controlled substances) - ${L('date', V.date())}\n| Rx | Prescriber | DEA | Patient | SSN (billing) | Insurer ref |\n|----|------------|-----|---------|---------------|-------------|\n${join([0, 1].concat(chance(0.5) ? [2] : []).map(() => f`| ${L('order_number', 'RX' + digits(7))} | ${P('PERSON', V.person('full'))} | ${P('MEDICAL_LICENSE', V.dea())} | ${P('PERSON', V.person('full'))} | ${P('US_SSN', V.ssn())} | ${L('crm_id', 'INS-' + digits(9))} |`), '\n')}\n\nFlagged: DEA ${L('invalid_dea', V.invalidDea())} failed verification (typo?)\nReviewer: ${P('EMAIL_ADDRESS', w.email)}\n`;
}

// ------------------------------------------------------------------ bank_statement
function bank() {
  const w = who(); const rows = [];
  const nr = int(3, 5);
  for (let i = 0; i < nr; i++) {
    rows.push(f`${L('date', V.date())}  ${pick(['SEPA transfer to', 'Card payment', 'Wire from', 'Direct debit'])} ${chance(0.5) ? P('PERSON', V.person('full')) : pick(['LIDL SAGT DANKE', 'AMZN Mktp', 'Stadtwerke', 'Netflix.example', 'UBER *TRIP'])}  ${pick(['IBAN ' , 'ref '])}${chance(0.6) ? P('IBAN_CODE', V.iban(undefined, false)) : L('invoice_number', V.invoiceNo())}  ${L('price', V.price())}`);
  }
  return f`ACCOUNT STATEMENT  ${L('date', V.date())}\nAccount holder: ${P('PERSON', w.name)}\nAddress: ${P('LOCATION', V.address())}\nIBAN: ${P('IBAN_CODE', V.iban())}\nLinked card: ${P('CREDIT_CARD', V.card())}\nTax ID on file (ITIN): ${P('US_ITIN', V.itin(pick(['-', ' ', ''])))}\nDeclined card attempt: ${L('invalid_card', V.invalidCard())}\nUS brokerage acct: ${P('US_BANK_NUMBER', V.bankAcct())}\n\nDate        Description                                  Amount\n${join(rows, '\n')}\n\nReturned: transfer to ${L('invalid_iban', V.invalidIban())} (invalid account)\nContact: ${P('PHONE_NUMBER', w.phone)} / ${P('EMAIL_ADDRESS', w.email)}\n`;
}

// ------------------------------------------------------------------ markdown_doc
function markdown() {
  const s = secCycle(); const w = who();
  if (chance(0.5)) {
    return f`# Local development\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set \`OPENAI_API_KEY=${L('placeholder', '<your-token>')}\` and \`AWS_ACCESS_KEY_ID=${L('aws_example_key', V.AWS_EXAMPLE_ID)}\` (the AWS docs example works with localstack).\n3. Run \`make dev\`.\n\n> **Note** the shared staging key below is rotated monthly; last rotation ${L('date', V.date())}.\n\n\`\`\`bash\nexport ${s.name}=${S(s.entity, s.value)}\n\`\`\`\n\n## Troubleshooting\n\nIf the webhook signature check fails, compare against the fixture digest \`${L('digest', V.sha256hex())}\`.\nOwner: ${P('PERSON', w.name)} (${P('EMAIL_ADDRESS', w.email)}). Build badge: ![build](${L('data_uri', V.dataUri())})\n\nFurther reading: *Designing Data-Intensive Applications*, ISBN ${L('isbn', V.isbn())}. Brand color ${L('hex_color', '#' + hex(6))}.\n`;
  }
  return f`## Incident ${L('date', V.date())}: leaked credential\n\n| field | value |\n|---|---|\n| detected by | ${P('PERSON', w.name)} |\n| secret type | ${s.entity} |\n| value | \`${S(s.entity, s.value)}\` |\n| commit | ${L('git_sha', V.gitSha())} |\n| rotated | yes, new key \`${L('masked_secret', V.masked())}\` |\n| reporter IP | ${P('IP_ADDRESS', V.ip())} |\n\nTimeline (UTC): first use ${L('timestamp', V.isoTs())}, revoked ${L('timestamp', V.isoTs())}.\nAffected customer contacted: ${P('PERSON', V.person('full'))}, ${P('PHONE_NUMBER', V.phone())}.\n`;
}

export const PII_KINDS = {
  sql_dump: sqlDump, fixture_data: fixture, support_ticket: ticket, chat_export: chat, email: email, crm_export: crm,
  kyc_record: kyc, hr_record: hr, medical_record: medical, bank_statement: bank, markdown_doc: markdown,
};
