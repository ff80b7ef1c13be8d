// Record-like kinds: CRM exports, HR, medical, banking, orders, travel, API responses, SQL dumps.
import { S, P, L } from './builder.mjs';
import { PN, PH, EM, LOC, addressLines, ts, epoch, gluedName, placeCc } from './common.mjs';
import { PLACES } from './data_places.mjs';

const csvq = (parts) => ['"', parts, '"'];
const anyCc = (g) => g.r.pick(Object.keys(PLACES));

export function crm_export(g, d) {
  const r = g.r; const style = r.int(3); const rows = r.range(6, 16);
  if (style === 0) {
    d.w('Id,First Name,Last Name,Email,Phone,Mailing City,Mailing Country,Owner,Last Activity\n');
    for (let i = 0; i < rows && d.size < 3600; i++) { const p = g.person(); const cc = p.c.cc; const pc = placeCc(g, cc);
      d.w(g.look('crm_id'), ',', p.given ? P('PERSON', p.given) : '', ',', p.family ? P('PERSON', p.family) : 'n/a', ',', EM(g, p), ',', PH(g, cc), ',', csvq(LOC(g.town(pc))), ',', LOC(g.country(pc)), ',', PN(g.person('en-US')), ',', g.look('date'), '\n'); }
  } else if (style === 1) {
    d.w('contact_id;name;company;phone;email;street;city;notes\n');
    for (let i = 0; i < rows && d.size < 3600; i++) { const p = g.person(); const cc = placeCc(g, p.c.cc); const a = g.address(cc);
      d.w(g.look('crm_id'), ';', PN(p), ';', r.pick(['Nordwind GmbH', 'Acme Corp', 'Soluciones SL', '株式会社テスト', 'Müller & Söhne KG', '']), ';', PH(g, p.c.cc), ';', EM(g, p), ';', a[0], ';', a[1] || '', ';',
        r.pick(['VIP', 'call after 5', 'prefers e-mail', 'Rückruf erbeten', '', ['met at fair in ', LOC(g.town(anyCc(g)))], ['referred by ', PN(g.person())]]), '\n'); }
  } else {
    d.w('[\n');
    for (let i = 0; i < Math.min(rows, 6); i++) { const p = g.person(); d.w('  {"id": "', g.look('crm_id'), '", "fullName": "', PN(p), '", "emails": ["', EM(g, p), '"], "phones": [{"type": "mobile", "number": "', PH(g, p.c.cc), '"}], "city": "', LOC(g.town(placeCc(g, p.c.cc))), '", "lifetimeValue": "', g.look('price'), '", "updatedAt": "', g.look('timestamp'), '"}', i < Math.min(rows, 6) - 1 ? ',\n' : '\n'); }
    d.w(']\n');
  }
}

export function hr_record(g, d) {
  const r = g.r; const p = g.person(r.pick(['en-US', 'en-US', 'es-MX', 'haw-US', 'ko-Latn', 'en-IN', 'vi-VN', 'ar-Latn', 'pl-PL'])); const style = r.int(3);
  const em = g.person('en-US');
  if (style === 0) {
    d.w('EMPLOYEE PERSONNEL FILE — CONFIDENTIAL\n', '='.repeat(40), '\n', 'Employee ID: E', r.digits(6), '\nName: ', PN(p), '\nDate of birth: ', r.range(1, 12), '/', r.range(1, 28), '/', r.range(1955, 2002), '\n', 'SSN: ', P('US_SSN', g.ssn()), '\n',
      'Home address:\n  ', addressLines(g, 'US', '\n  '), '\n', 'Phone: ', PH(g, 'US'), '\nPersonal e-mail: ', EM(g, p), '\n\n', 'Direct deposit\n  Routing: ', r.pick(['0', '1', '2']) + r.digits(8), '\n  Account: ', P('US_BANK_NUMBER', g.usBankNumber()), '\n\n',
      'I-9 documents\n  US passport: ', P('US_PASSPORT', g.usPassport()), '\n  Driver license: ', P('US_DRIVER_LICENSE', g.usDriverLicense()), '\n\n', 'Emergency contact: ', PN(em), ' (', r.pick(['spouse', 'mother', 'brother', 'friend']), ') ', PH(g, 'US'), '\n', 'HR note: ', g.look('ticket_ref'), '\n');
  } else if (style === 1) {
    d.w('Form W-4 / onboarding export\n', 'first_name,last_name,ssn_or_itin,street,city,state,zip,phone,bank_account,dl_number\n');
    for (let i = 0; i < r.range(3, 7); i++) { const q = g.person(r.pick(['en-US', 'es-MX', 'vi-VN', 'zh-Latn', 'ko-Latn', 'tl-PH', 'yo-NG'])); const a = g.address('US');
      d.w(P('PERSON', q.given), ',', q.family ? P('PERSON', q.family) : '', ',', r.chance(0.6) ? P('US_SSN', g.ssn()) : P('US_ITIN', g.itin()), ',', a[0], ',', a[1], ',', PH(g, 'US'), ',', P('US_BANK_NUMBER', g.usBankNumber()), ',', P('US_DRIVER_LICENSE', g.usDriverLicense()), '\n'); }
    d.w('# invalid rows rejected by validation: ', g.look('invalid_ssn'), ', ', g.look('invalid_ssn'), '\n');
  } else {
    const lang = r.pick(['de', 'fr', 'es', 'nl']); const cc = { de: 'DE', fr: 'FR', es: 'ES', nl: 'NL' }[lang]; const q = g.person(r.pick({ de: ['de-DE', 'tr-TR', 'pl-PL'], fr: ['fr-FR', 'ar-Latn'], es: ['es-ES', 'es-AR'], nl: ['nl-NL', 'fr-BE'] }[lang]));
    d.w({ de: 'Personalstammblatt', fr: 'Fiche salarié', es: 'Ficha de empleado', nl: 'Personeelsdossier' }[lang], '\n\n', { de: 'Name: ', fr: 'Nom : ', es: 'Nombre: ', nl: 'Naam: ' }[lang], PN(q), '\n', addressLines(g, cc), '\n', 'Tel.: ', PH(g, cc), '\n', 'IBAN: ', P('IBAN_CODE', g.iban(cc)), '\n',
      { de: 'Eintritt: ', fr: 'Entrée : ', es: 'Alta: ', nl: 'In dienst: ' }[lang], g.look('date'), '\n', { de: 'Gehalt: ', fr: 'Salaire : ', es: 'Salario: ', nl: 'Salaris: ' }[lang], g.look('price'), '\n', { de: 'Vorgesetzte/r: ', fr: 'Responsable : ', es: 'Responsable: ', nl: 'Leidinggevende: ' }[lang], PN(g.person()), '\n',
      'Notfallkontakt / emergency: ', PN(g.person()), ', ', PH(g, cc), '\n', 'Alte Bankverbindung (ungültig): ', g.look('invalid_iban'), '\n');
  }
}

export function medical_record(g, d) {
  const r = g.r; const uk = r.chance(0.4);
  if (uk) {
    const p = g.person(r.pick(['en-GB', 'gd-SCT', 'cy-GB', 'ga-IE', 'ur-PK', 'en-IN', 'yo-NG', 'pl-PL'])); const gp = g.person('en-GB');
    d.w(r.pick(['DISCHARGE SUMMARY', 'GP REFERRAL LETTER', 'Clinic letter']), '\n\n', 'Patient: ', PN(p), '\nNHS No: ', P('UK_NHS', g.nhs()), '\nAddress: ', addressLines(g, 'GB', ', '), '\nTel: ', PH(g, 'GB'), '\n\n',
      'Dear Dr ', P('PERSON', gp.family), ',\n\n', r.pick(['I reviewed ', 'We saw ', 'Thank you for referring ']), PN(p), r.pick([[' in the respiratory clinic today. '], [' following a fall at home in ', LOC(g.town('GB')), '. '], [' regarding ongoing migraines. ']]),
      'Medication: ', r.pick(['amoxicillin 500 mg', 'sertraline 50 mg', 'ramipril 5 mg', 'salbutamol inhaler']), '. Next of kin ', PN(g.person('en-GB')), ' (', PH(g, 'GB'), ').\n', 'Note: the NHS number on the old referral (', g.look('invalid_nhs'), ') failed validation.\n\n', 'Yours sincerely,\n', PN(g.person('en-GB')), '\nConsultant, ', LOC(g.town('GB')), ' Community Hospital\n');
  } else {
    const p = g.person(r.pick(['en-US', 'es-MX', 'haw-US', 'vi-VN', 'ko-Latn', 'ar-Latn'])); const doc = g.person('en-US');
    d.w('PATIENT ENCOUNTER NOTE\n', 'MRN: ', g.look('crm_id'), '   Visit: ', g.look('timestamp'), '\n', 'Patient: ', PN(p), '   SSN: ', P('US_SSN', g.ssn()), '\n', 'Address: ', addressLines(g, 'US', ', '), '\n', 'Phone: ', PH(g, 'US'), '   Insurance member ID: ', r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 3), r.digits(9), '\n\n',
      'Assessment: ', r.pick(['acute bronchitis', 'type 2 diabetes follow-up', 'sprained ankle', 'hypertension check']), '.\n', 'Rx: ', r.pick(['oxycodone 5 mg #20', 'alprazolam 0.5 mg #30', 'lisinopril 10 mg', 'metformin 500 mg']), '\n', 'Prescriber: ', PN(doc), ', MD   DEA: ', P('MEDICAL_LICENSE', g.dea(doc.family)), '\n',
      r.chance(0.5) ? ['Co-signed: ', PN(g.person('en-US')), ' DEA ', P('MEDICAL_LICENSE', g.dea('x')), '\n'] : '', 'Pharmacy fax rejected DEA ', g.look('invalid_dea'), ' (checksum)\n', 'Refill history:\n', Array.from({ length: r.range(1, 3) }, () => { const q = g.person('en-US'); return ['  ', g.look('date'), '  ', PN(q), '  ', P('MEDICAL_LICENSE', g.dea(q.family)), '\n']; }), 'Copay ', g.look('price'), ' paid with card ', P('CREDIT_CARD', g.card()), '\n');
  }
}

export function banking_doc(g, d) {
  const r = g.r; const style = r.int(4); const p = g.person();
  if (style === 0) {
    const cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'AT', 'BE', 'PL', 'PT']);
    d.w(r.pick(['Kontoauszug', 'Relevé de compte', 'Extracto', 'Estratto conto', 'Rekeningafschrift', 'Statement']), ' ', String(r.range(1, 12)), '/', String(r.range(2022, 2025)), '\n', PN(p), '\n', addressLines(g, cc), '\nIBAN ', P('IBAN_CODE', g.iban(cc)), '   BIC ', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4), cc, r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 2), '\n\n');
    for (let i = 0; i < r.range(5, 12); i++) d.w(g.look('date'), '  ', r.pick([['SEPA-Überweisung an ', PN(g.person())], ['Lastschrift ', r.pick(['Stadtwerke', 'Telekom', 'Versicherung'])], ['Kartenzahlung ', LOC(g.town(cc))], ['Gutschrift von ', PN(g.person()), ' IBAN ', P('IBAN_CODE', g.iban())], ['Dauerauftrag Miete']]), '  ', g.look('price'), '\n');
  } else if (style === 1) {
    d.w('WIRE TRANSFER REQUEST\n\nOriginator: ', PN(p), '\nAccount number: ', P('US_BANK_NUMBER', g.usBankNumber()), '\nABA routing: ', r.digits(9), '\n\nBeneficiary: ', PN(g.person()), '\nBeneficiary IBAN: ', P('IBAN_CODE', g.iban()), '\nBank address: ', addressLines(g, anyCc(g), ', '), '\nAmount: ', g.look('price'), '\nReference: ', g.look('invoice_number'), '\n\nCall-back verification done with ', PN(g.person()), ' at ', PH(g), '\nPrevious attempt used ', g.look('invalid_iban'), ' (rejected: checksum)\n');
  } else if (style === 2) {
    d.w('Card dispute form\nCardholder: ', PN(p), '\nCard number: ', P('CREDIT_CARD', g.card()), '\nSecond card: ', P('CREDIT_CARD', g.card()), '\nE-mail: ', EM(g, p), '\nPhone: ', PH(g), '\n\nDisputed transactions:\n');
    for (let i = 0; i < r.range(2, 5); i++) d.w('  ', g.look('date'), '  ', g.look('transaction_id'), '  ', g.look('price'), '\n');
    d.w('\nTest numbers from the sandbox (not customer data): ', g.look('vendor_test_card'), ', ', g.look('vendor_test_card'), '\nTypo in intake form: ', g.look('invalid_card'), '\n');
  } else {
    d.w('Crypto withdrawal log\n');
    for (let i = 0; i < r.range(4, 9); i++) d.w(g.look('timestamp'), ' user=', EM(g, g.person()), ' to=', P('CRYPTO', g.btc()), ' amount=0.', r.digits(5), ' BTC txid=', L('hash', r.hex(64)), ' ip=', P('IP_ADDRESS', g.ipv4()), '\n');
    d.w('blocked destination (bad checksum): ', g.look('invalid_btc'), '\n');
  }
}

export function invoice_shipping(g, d) {
  const r = g.r; const p = g.person(); const cc = placeCc(g, p.c.cc);
  d.w(r.pick(['Order confirmation', 'Versandbestätigung', 'Confirmation de commande', 'Confirmación de pedido', 'ご注文確認', 'Shipping notice']), ' ', g.look('order_number'), '\n\n', 'Ship to:\n', PN(p), '\n', addressLines(g, cc), '\n', PH(g, p.c.cc), '\n\n');
  for (let i = 0; i < r.range(2, 6); i++) d.w(g.look('sku'), '  ', r.pick(['Espresso cups x2', 'USB-C cable', 'Wanderschuhe Gr. 42', 'ISBN ', 'Yoga mat']), r.chance(0.3) ? g.look('isbn') : '', '  ', g.look('price'), '\n');
  d.w('\nInvoice ', g.look('invoice_number'), ' · paid with ', r.chance(0.5) ? ['card ', P('CREDIT_CARD', g.card())] : ['PayPal (', EM(g, p), ')'], '\n', 'Tracking: ', g.look('tracking_number'), ' (', r.pick(['DHL', 'UPS', 'La Poste', 'Yamato', 'Correos']), ')\n', 'Questions? ', EM(g, null, 'shop.invalid'), '\n');
}

export function travel_itinerary(g, d) {
  const r = g.r; const pax = Array.from({ length: r.range(1, 4) }, () => g.person());
  d.w('E-TICKET RECEIPT / ITINERARY\nBooking reference: ', g.look('booking_reference'), '\nIssued: ', g.look('date'), '\n\n');
  pax.forEach((p, i) => d.w('Passenger ', String(i + 1), ': ', p.script === 'Latin' && p.family && r.chance(0.6) ? [P('PERSON', `${p.family.toUpperCase()}/${p.given.toUpperCase()}`), r.pick([' MR', ' MS', ' MRS', ''])] : PN(p), '  Passport: ', r.chance(0.6) ? P('US_PASSPORT', g.usPassport()) : r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 2) + r.digits(7), '  Ticket ', r.digits(3), '-', r.digits(10), '\n'));
  for (let i = 0; i < r.range(2, 4); i++) d.w('\n', g.look('flight_number'), '  ', LOC(g.town(anyCc(g))), ' → ', LOC(g.town(anyCc(g))), '  ', g.look('timestamp'), '  Seat ', String(r.range(1, 40)), r.pick('ABCDEF'), '\n');
  d.w('\nContact: ', EM(g, pax[0]), ' / ', PH(g, pax[0].c.cc), '\nFare: ', g.look('price'), '  Card: ', P('CREDIT_CARD', g.card()), '\nHotel: ', addressLines(g, anyCc(g), ', '), '\n');
}

export function api_response(g, d) {
  const r = g.r; const n = r.range(1, 4);
  d.w('HTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: ', g.look('request_id'), '\nETag: ', g.look('etag'), '\n\n{\n  "data": [\n');
  for (let i = 0; i < n; i++) {
    const p = g.person(); const cc = placeCc(g, p.c.cc); const a = g.address(cc);
    d.w('    {\n      "id": "', g.look(r.pick(['uuid', 'object_id', 'ulid'])), '",\n      "name": "', PN(p), '",\n      "email": "', EM(g, p), '",\n      "phone": "', PH(g, p.c.cc), '",\n      "address": {"line1": "', a[0], '", "city": "', a[1] || '', '"},\n',
      '      "last_login_ip": "', P('IP_ADDRESS', r.chance(0.2) ? g.ipv6() : g.ipv4()), '",\n', r.chance(0.3) ? ['      "ssn": "', P('US_SSN', g.ssn()), '",\n'] : '', r.chance(0.3) ? ['      "payout_iban": "', P('IBAN_CODE', g.iban()), '",\n'] : '', r.chance(0.25) ? ['      "btc": "', P('CRYPTO', g.btc()), '",\n'] : '',
      '      "avatar": "', g.look('data_uri'), '",\n      "created_at": "', g.look('timestamp'), '"\n    }', i < n - 1 ? ',\n' : '\n');
  }
  d.w('  ],\n  "page": {"next": "', g.look('base32_nonce'), '"}\n}\n');
}

export function sql_dump(g, d) {
  const r = g.r; const tbl = r.pick(['users', 'customers', 'patients', 'kunden', 'employees']);
  d.w('-- MySQL dump 10.13  Distrib ', g.look('version'), '\n-- Host: ', g.look('hostname'), '    Database: ', r.pick(['shop', 'crm', 'clinic']), '\n\nDROP TABLE IF EXISTS `', tbl, '`;\nINSERT INTO `', tbl, '` (`id`,`name`,`email`,`phone`,`password_hash`,`tax_id`,`city`,`last_ip`) VALUES\n');
  const n = r.range(4, 9);
  for (let i = 0; i < n && d.size < 3500; i++) { const p = g.person(); const tx = r.int(4);
    d.w("(", String(i + 1), ",", p.full.includes("'") ? ['"', PN(p), '"'] : ["'", PN(p), "'"], ",'", EM(g, p), "','", PH(g, p.c.cc), "','", L('hash', r.chance(0.5) ? '$2y$10$' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./', 53) : r.hex(64)), "','",
      tx === 0 ? P('US_SSN', g.ssn()) : tx === 1 ? P('US_ITIN', g.itin()) : tx === 2 ? g.look('invalid_ssn') : 'NULL', "','", LOC(g.town(placeCc(g, p.c.cc))), "','", P('IP_ADDRESS', g.ipv4()), "')", i < n - 1 ? ',\n' : ';\n'); }
  d.w('\n-- admin account\nINSERT INTO `settings` VALUES (\'smtp_password\',\'', g.S('SMTP_PASSWORD'), '\'),(\'api_key\',\'', g.S('API_KEY'), '\');\n');
}
