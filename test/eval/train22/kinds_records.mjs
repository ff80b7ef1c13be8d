// Record kinds: CRM exports, HR, medical, banking, invoices, SQL dumps, API JSON, HL7.
import { fill, clock, p2 } from './util.mjs';
import { P, jsonEsc, mapFrag } from './doc.mjs';

const CC_CUR = { DE: '€', FR: '€', NL: '€', ES: '€', IT: '€', LT: '€', GR: '€', FI: '€', HR: '€', PL: 'zł', CZ: 'Kč', GB: '£', US: '$', TR: 'TL', HU: 'Ft', SE: 'kr' };
const NOAPOS = (k, cult, g) => { let p; do { p = k.person(cult, g); } while (/'/.test(p.full)); return p; };
const sqlEsc = (f) => mapFrag(f, (s) => s.replace(/'/g, "''"));

export const RECORDS = {
  crm_export(k) {
    const r = k.r, d = k.doc();
    const sep = r.pick([',', ';', '\t', '|']);
    const hdrLang = r.pick(['en', 'de', 'pl', 'fr', 'es', 'tr']);
    const H = {
      en: ['id', 'first_name', 'last_name', 'full_name', 'email', 'phone', 'street', 'city', 'country', 'iban', 'card', 'created', 'ltv', 'last_ip', 'wallet', 'note'],
      de: ['ID', 'Vorname', 'Nachname', 'Name', 'E-Mail', 'Telefon', 'Straße', 'Ort', 'Land', 'IBAN', 'Karte', 'Angelegt', 'Umsatz', 'IP', 'Wallet', 'Notiz'],
      pl: ['id', 'imię', 'nazwisko', 'imię i nazwisko', 'email', 'telefon', 'ulica', 'miasto', 'kraj', 'iban', 'karta', 'utworzono', 'obrót', 'ip', 'portfel', 'uwagi'],
      fr: ['id', 'prénom', 'nom', 'nom complet', 'courriel', 'téléphone', 'rue', 'ville', 'pays', 'iban', 'carte', 'créé', 'CA', 'ip', 'portefeuille', 'note'],
      es: ['id', 'nombre', 'apellido', 'nombre completo', 'correo', 'teléfono', 'calle', 'ciudad', 'país', 'iban', 'tarjeta', 'alta', 'importe', 'ip', 'cartera', 'nota'],
      tr: ['id', 'ad', 'soyad', 'ad soyad', 'eposta', 'telefon', 'sokak', 'şehir', 'ülke', 'iban', 'kart', 'oluşturma', 'ciro', 'ip', 'cüzdan', 'not'],
    }[hdrLang];
    const split = r.chance(0.5);
    let cols = [0, ...(split ? [1, 2] : [3]), 4, 5];
    for (const c of [6, 7, 8, 9, 10, 11, 12, 13, 14, 15]) if (r.chance(0.45)) cols.push(c);
    if (cols.length < 7) cols.push(7, 11);
    cols = [...new Set(cols)].sort((a, b) => a - b);
    d.line(cols.map((c) => H[c]).join(sep));
    const cultures = r.sample(['en_US', 'en_GB', 'de_DE', 'pl_PL', 'fr_FR', 'es_ES', 'tr_TR', 'it_IT', 'nl_NL', 'pt_BR', 'ru_RU', 'ja_JP', 'ko_KR', 'zh_CN', 'ar', 'he_IL', 'hi_IN', 'el_GR', 'fi_FI', 'hu_HU', 'cs_CZ', 'uk_UA', 'lt_LT', 'hr_HR', 'vi_VN', 'th_TH', 'yo_NG', 'sw_KE', 'ka_GE', 'am_ET'], r.int(3, 8));
    const q = (f) => { const plain = typeof f === 'string' ? f : (f && f.v) || ''; return plain.includes(sep) || plain.includes('"') || r.chance(0.1) ? ['"', f, '"'] : f; };
    const idf = r.pick([() => `CUST-${r.digits(6)}`, () => `C-${r.digits(8)}`, () => `LEAD-${r.int(1000, 99999)}`, () => `hs_${r.digits(10)}`, () => `003${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 15)}`]);
    k.cur = r.pick(['€', '$', '£', 'zł', 'TL', '¥', 'kr']);
    fill(d, r.int(2200, 3800), () => {
      const p = k.person(r.pick(cultures));
      const a = k.addr(r.chance(0.8) ? p.cc : undefined);
      const cell = {
        0: () => k.L('crm_id', idf()), 1: () => k.P(p, p.given), 2: () => k.P(p, p.family), 3: () => k.P(p), 4: () => k.email(p), 5: () => k.phone(p.cc),
        6: () => a.streetS, 7: () => a.cityS, 8: () => a.countryS, 9: () => (r.chance(0.1) ? k.L('invalid_iban') : k.iban(r.chance(0.6) ? p.cc : undefined, 'none')),
        10: () => (r.chance(0.12) ? k.L(r.pick(['invalid_card', 'vendor_test_card'])) : k.card(undefined, 'none')), 11: () => k.L('timestamp'),
        12: () => k.L('price'), 13: () => k.ip(), 14: () => k.btc(), 15: () => r.pick(['', 'VIP', 'churn risk', 'do not call', 'prefers e-mail', 'met at expo']),
      };
      const row = [];
      cols.forEach((c, i) => { if (i) row.push(sep); const v = cell[c](); row.push(c === 6 || c === 15 ? ['"', v, '"'] : q(v)); });
      d.line(row);
    }, { min: 3 });
    return d;
  },

  hr_onboarding(k) {
    const r = k.r, d = k.doc();
    const fmt = r.pick(['yaml', 'form', 'json']);
    const us = r.chance(0.6);
    k.cur = us ? '$' : '€';
    let n = 0;
    if (fmt === 'json') d.line('{"employees": [');
    if (fmt === 'yaml') d.line('# onboarding batch ', k.L('date'), '\nemployees:');
    fill(d, r.int(1800, 3800), () => {
      const p = k.person(us ? r.pick(['en_US', 'es_MX', 'en_IN', 'vi_VN', 'ko_KR', 'yo_NG', 'tl_PH', 'zh_CN']) : r.pick(['de_DE', 'pl_PL', 'fr_FR', 'nl_NL', 'fi_FI', 'cs_CZ', 'el_GR', 'lt_LT']));
      const a = k.addr(us ? 'US' : p.cc);
      const mgr = k.person(us ? 'en_US' : p.culture);
      const f = [
        ['employee_id', k.L('crm_id')], ['name', k.P(p)], ['start_date', k.L('date')],
        ...(us ? [[r.chance(0.8) ? 'ssn' : 'itin', r.chance(0.8) ? k.ssn() : k.itin()], ['drivers_license', (() => { const [dl, st] = k.dl(); return [dl, ' ', st]; })()], ['passport', k.passport()], ['bank_account', k.bank()], ['routing', k.aba()]]
          : [['iban', k.iban(p.cc)], ['tax_class', String(r.int(1, 6))]]),
        ['home_address', [a.streetS, ', ', a.zip, ' ', a.cityS]], ['mobile', k.phone(p.cc)], ['personal_email', k.email(p)],
        ['emergency_contact', (() => { const e = k.person(p.culture); return [k.P(e), ' (', r.pick(['spouse', 'mother', 'brother', 'partner']), ') ', k.phone(p.cc)]; })()],
        ['manager', k.P(mgr)], ['salary', k.L('price')], ['laptop', k.L('sku')],
      ];
      if (fmt === 'json') {
        d.add(n++ ? ',\n' : '');
        d.add('  {'); f.forEach(([key, v], i) => d.add([i ? ', ' : '', `"${key}": "`, jsonEsc(v), '"'])); d.add('}');
      } else if (fmt === 'yaml') {
        f.forEach(([key, v], i) => d.line(i ? '    ' : '  - ', key, ': ', key === 'home_address' || key === 'emergency_contact' ? ['"', v, '"'] : v));
      } else {
        d.line('\n==== NEW HIRE FORM ', k.L('ticket_id'), ' ====');
        f.forEach(([key, v]) => d.line(key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()).padEnd(20, '.'), ' ', v));
      }
    }, { min: 1 });
    if (fmt === 'json') d.line('\n], "exported_at": "', k.L('timestamp'), '"}');
    return d;
  },

  medical_referral(k) {
    const r = k.r, d = k.doc();
    const uk = r.chance(0.6);
    k.cur = uk ? '£' : '$';
    const pat = k.person(uk ? r.pick(['en_GB', 'ga_IE', 'en_IN', 'pl_PL', 'ur_PK', 'yo_NG', 'bn_BD', 'ro_RO', 'lt_LT']) : r.pick(['en_US', 'es_MX', 'vi_VN', 'ko_KR', 'ar', 'tl_PH', 'zh_CN', 'he_IL']));
    const doc = k.person(uk ? r.pick(['en_GB', 'en_IN', 'ga_IE']) : r.pick(['en_US', 'en_IN', 'ko_KR', 'es_MX']));
    const a = k.addr(uk ? 'GB' : 'US');
    d.line(uk ? r.pick(['REFERRAL LETTER', 'Discharge summary', 'GP referral', 'Outpatient clinic letter']) : r.pick(['PRESCRIPTION', 'Controlled substance Rx', 'Specialist referral', 'Pharmacy transfer']), ' — ', k.L('date'));
    d.line('Patient: ', k.P(pat), '   DOB: ', `${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(1935, 2010)}`);
    if (uk) d.line('NHS No: ', k.nhs(), r.chance(0.35) ? ['   (number on old referral ', k.L('invalid_nhs'), ' failed the check digit)'] : '');
    else d.line('Member ID: ', k.L('crm_id', r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 3) + r.digits(9)), r.chance(0.5) ? ['   SSN: ', k.ssn()] : '');
    d.line('Address: ', a.streetS, ', ', a.cityS, ' ', a.zip);
    d.line('Tel: ', k.phone(uk ? 'GB' : 'US'), r.chance(0.5) ? ['  Email: ', k.email(pat)] : '');
    d.line('\n', uk ? 'Dear Dr ' : 'To: Dr ', k.P(k.person(uk ? 'en_GB' : 'en_US')), ',');
    const body = r.shuffle([
      'Thank you for seeing this patient, who presented with intermittent chest pain after a fall at home.',
      'Bloods were unremarkable apart from a mildly raised CRP. ECG shows sinus rhythm.',
      'The patient lives with a daughter and has been travelling between two addresses recently.',
      'Please review medication; the patient reports side effects with the current dose.',
      'Follow-up arranged at the outpatient clinic; transport booked under the reference below.',
      'Allergies: penicillin (rash). Non-smoker, occasional alcohol.',
      'MRI booked; results will be copied to the practice.',
      'The patient consents to information being shared with the named next of kin.',
      'BP 142/88, HR 76, SpO2 97% on air. Weight stable.',
      'Spirometry suggests mild obstruction; inhaler technique reviewed.',
    ]);
    let i = 0;
    fill(d, r.int(1500, 3300), () => {
      if (i >= body.length) return false;
      d.line(body[i++]);
      if (r.chance(0.45)) d.line(r.pick(['Rx ', 'Medication: ', '- ']), r.pick(['Atorvastatin 20 mg', 'Oxycodone 5 mg', 'Ramipril 2.5 mg', 'Sertraline 50 mg', 'Methylphenidate 10 mg', 'Amlodipine 5 mg', 'Levothyroxine 50 mcg']), ' — ref ', k.L('order_number'), r.chance(0.4) ? [', lot ', k.L('sku')] : '', r.chance(0.3) ? [', ', k.L('price')] : '');
      if (r.chance(0.2)) d.line('Next of kin: ', k.P(k.person(pat.culture)), ', ', k.phone(uk ? 'GB' : 'US'));
    }, { min: 2, max: 7 });
    d.line('\n', uk ? 'Yours sincerely,' : 'Prescriber:', '\n', k.P(doc), uk ? ', ' + r.pick(['MRCGP', 'FRCP', 'MBBS']) : ', MD');
    if (!uk) d.line('DEA: ', k.dea(doc.family), r.chance(0.35) ? ['   (pharmacist: earlier script quoted ', k.L('invalid_dea'), ', checksum fails)'] : '', '   NPI: ', r.digits(10));
    d.line(r.pick(['Oakridge', 'Riverstone', 'Harbourline', 'Meridian']), ' Medical Centre, ', k.phone(uk ? 'GB' : 'US'));
    return d;
  },

  bank_statement(k) {
    const r = k.r, d = k.doc(); const t = clock(r);
    const cc = r.pick(['DE', 'PL', 'FR', 'NL', 'GB', 'ES', 'IT', 'CZ', 'LT', 'GR', 'TR', 'FI', 'HU', 'HR', 'SE', 'US']);
    const cultMap = { DE: 'de_DE', PL: 'pl_PL', FR: 'fr_FR', NL: 'nl_NL', GB: 'en_GB', ES: 'es_ES', IT: 'it_IT', CZ: 'cs_CZ', LT: 'lt_LT', GR: 'el_GR', TR: 'tr_TR', FI: 'fi_FI', HU: 'hu_HU', HR: 'hr_HR', SE: 'sv_SE', US: 'en_US' };
    const p = k.person(cultMap[cc]); const a = k.addr(cc); k.cur = CC_CUR[cc];
    d.line(k.L('company_name'), ' — ', { DE: 'Kontoauszug', PL: 'Wyciąg z rachunku', FR: 'Relevé de compte', CZ: 'Výpis z účtu', TR: 'Hesap özeti', NL: 'Rekeningafschrift', ES: 'Extracto', IT: 'Estratto conto', HU: 'Számlakivonat', FI: 'Tiliote', SE: 'Kontoutdrag', LT: 'Sąskaitos išrašas', GR: 'Αντίγραφο κίνησης', HR: 'Izvod' }[cc] || 'Account statement');
    d.line(k.P(p), '\n', a.streetS, '\n', a.zip, ' ', a.cityS);
    if (cc === 'US') d.line('Account: ', k.bank(), '   Routing: ', k.aba());
    else d.line('IBAN: ', k.iban(cc), '   BIC: ', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4), cc, r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 2));
    d.line('Card: ', k.card(), '   Period: ', k.L('date'), ' – ', k.L('date'));
    d.line('\nDate        Description                                   Amount');
    fill(d, r.int(2200, 3800), () => {
      t.tick(r.int(3600, 200000));
      const desc = r.weighted([
        [4, () => [r.pick(['POS ', 'CARD ', 'Kartenzahlung ', 'Płatność kartą ']), k.L(r.pick(['brand_name', 'company_name'])), ' ', k.L('request_id')]],
        [2, () => [r.pick(['SEPA transfer to ', 'Przelew do ', 'Überweisung an ', 'Virement à ']), k.P(k.person(cultMap[cc])), ' ', k.iban(), ' ref ', k.L('invoice_number')]],
        [1, () => ['Standing order ', k.L('order_number'), ' ', k.L('company_name')]],
        [1, () => ['Crypto purchase → ', k.btc()]],
        [1, () => ['Refund ', k.L('order_number')]],
        [1, () => ['ATM ', k.loc(r.pick(['Kreuzberg', 'Mokotów', 'Smíchov', 'Kadıköy', 'Plaka', 'Užupis', 'Kallio', 'Trastevere', 'Alfama', 'Brixton', 'Lavapiés', 'Jordaan', 'Södermalm', 'Erzsébetváros', 'Trešnjevka']))]],
      ])();
      d.line(k.L('date', t.ymd()), '  ', desc, '  ', r.chance(0.6) ? '-' : '+', k.L('price'));
    }, { min: 4 });
    return d;
  },

  invoice(k) {
    const r = k.r, d = k.doc();
    const cc = r.pick(['DE', 'PL', 'FR', 'NL', 'GB', 'ES', 'IT', 'CZ', 'US', 'TR']);
    const buyer = k.person(); const a = k.addr(cc); k.cur = CC_CUR[cc];
    d.line(r.pick(['INVOICE', 'RECHNUNG', 'FAKTURA VAT', 'FACTURE', 'FATTURA', 'FATURA']), ' ', k.L('invoice_number'));
    d.line('Seller: ', k.L('company_name'), '  VAT ', k.L('vat_id'));
    d.line('Issued: ', k.L('date'), '   Due: ', k.L('date'), '   Order: ', k.L('order_number'));
    d.line('\nBill to:\n  ', k.P(buyer), '\n  ', a.streetS, '\n  ', a.zip, ' ', a.cityS, '\n  ', a.countryS);
    d.line('  ', k.email(buyer), '  ', k.phone(buyer.cc));
    d.line('\nItem                                 SKU            Qty   Price');
    fill(d, r.int(1500, 3000), () => {
      d.line(k.L(r.pick(['product_name', 'product_name', 'brand_name', 'place_like_word'])), '   ', k.L(r.pick(['sku', 'ean'])), '   ', String(r.int(1, 12)), '   ', k.L('price'));
    }, { min: 2, max: 14 });
    d.line('\nTotal: ', k.L('price'));
    d.line('Pay to: ', k.iban(cc === 'US' ? undefined : cc), r.chance(0.3) ? [' or BTC ', k.btc()] : '');
    if (r.chance(0.5)) d.line('Paid by card ', k.card(), ' on ', k.L('timestamp'), ' auth ', k.L('request_id'));
    if (r.chance(0.5)) d.line('Shipped ', k.L('tracking_number'));
    return d;
  },

  sql_dump(k) {
    const r = k.r, d = k.doc();
    const tbl = r.pick(['customers', 'users', 'patients', 'members', 'klienci', 'kunden', 'guests']);
    d.line('-- dump ', k.L('version'), ' generated ', k.L('timestamp'));
    const idcol = r.pick(['ssn', 'itin', 'nhs']);
    d.line(`CREATE TABLE ${tbl} (id BIGINT PRIMARY KEY, name TEXT, email TEXT, phone TEXT, ${{ ssn: 'ssn', itin: 'itin', nhs: 'nhs_number' }[idcol]} TEXT, card TEXT, iban TEXT, last_ip INET, created_at TIMESTAMP);`);
    d.line(`INSERT INTO ${tbl} VALUES`);
    let first = true;
    fill(d, r.int(2400, 3800), () => {
      const p = NOAPOS(k);
      d.add(first ? '' : ',\n'); first = false;
      const id = idcol === 'ssn' ? (r.chance(0.1) ? k.L('invalid_ssn') : k.ssn()) : idcol === 'itin' ? k.itin() : (r.chance(0.12) ? k.L('invalid_nhs') : k.nhs(r.pick(['none', 'space'])));
      d.add([`  (${r.int(1000, 99999)}, '`, sqlEsc(k.P(p)), "', '", k.email(p), "', '", k.phone(p.cc), "', '", id, "', '", k.card(undefined, 'none'), "', '", k.iban(undefined, 'none'), "', '", k.ip(), "', '", k.L('timestamp', `${r.int(2019, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}`), "')"]);
    }, { min: 2 });
    d.line(';');
    if (r.chance(0.5)) d.line(`-- app user: GRANT ALL ON ${tbl} TO app IDENTIFIED BY '`, k.S('DATABASE_PASSWORD', k.strong(18, "'\\")), "';");
    return d;
  },

  customer_json(k) {
    const r = k.r, d = k.doc();
    d.line('{');
    d.line('  "request_id": "', k.L('request_id'), '",');
    d.line('  "generated": "', k.L('timestamp'), '",');
    d.line('  "results": [');
    let first = true;
    fill(d, r.int(2200, 3800), () => {
      const p = k.person(); const a = k.addr();
      d.add(first ? '' : ',\n'); first = false;
      d.add(['    {"id": "', k.L('uuid'), '", "name": "', jsonEsc(k.P(p)), '", "email": "', k.email(p), '", "phone": "', k.phone(p.cc), '",\n',
        '     "address": {"line1": "', jsonEsc(a.streetS), '", "city": "', a.cityS, '", "postcode": "', a.zip, '", "country": "', a.countryS, '"},\n',
        '     "payment": {"iban": "', k.iban(), '"', r.chance(0.5) ? [', "card": "', k.card(), '"'] : '', '}, "signup_ip": "', k.ip(), '", "tier": "', k.L('crm_id'), '"}']);
    }, { min: 2 });
    d.line('\n  ],');
    d.line('  "next": "https://api.', r.pick(['cobalt-crm', 'lumen-hr']), '.example/v2/customers?cursor=', k.L('ulid'), '"');
    d.line('}');
    return d;
  },

  hl7_message(k) {
    const r = k.r, d = k.doc(); const t = clock(r);
    const ts = () => `${t.y}${p2(t.m)}${p2(t.d)}${p2(t.H)}${p2(t.M)}${p2(t.S)}`;
    fill(d, r.int(1400, 3700), () => {
      t.tick(r.int(60, 4000));
      const p = k.person(r.pick(['en_US', 'es_MX', 'en_GB', 'vi_VN', 'pl_PL', 'ar', 'ko_KR', 'yo_NG']));
      const a = k.addr(r.pick(['US', 'GB', 'US', 'GB']));
      d.line('MSH|^~\\&|ADT1|', r.pick(['MCM', 'STJ', 'NWH']), '|LABADT|MCM|', k.L('timestamp', ts()), '||ADT^A0', String(r.int(1, 8)), '|', k.L('request_id', 'MSG' + r.digits(8)), '|P|2.5');
      d.line('PID|1||', k.L('crm_id', r.digits(8)), '^^^HOSP^MR', a.cc === 'GB' ? ['~', k.nhs('none'), '^^^NHS^NH'] : '', '||', P('PERSON', p.family, { culture: p.culture }), '^', P('PERSON', p.given, { culture: p.culture }), '||', `${r.int(1940, 2015)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}`, '|', p.gender === 'm' ? 'M' : 'F', '|||', a.streetS, '^^', a.cityS, '^^', a.zip, '^', a.cc, '||', k.phone(a.cc), '|||||', r.chance(0.4) ? k.L('crm_id', 'ACC' + r.digits(7)) : '', '|', a.cc === 'US' ? k.ssn() : '');
      const nk = k.person(p.culture);
      d.line('NK1|1|', P('PERSON', nk.family, { culture: nk.culture }), '^', P('PERSON', nk.given, { culture: nk.culture }), '|', r.pick(['SPO', 'MTH', 'CHD', 'BRO']), '||', k.phone(a.cc));
      const dr = k.person('en_US');
      d.line('PV1|1|', r.pick(['I', 'O', 'E']), '|', r.pick(['2000^2012^01', 'ER^01^A', 'ICU^3^B']), '||||', k.L('crm_id', r.digits(6)), '^', P('PERSON', dr.family, { culture: 'en_US' }), '^', P('PERSON', dr.given, { culture: 'en_US' }), '^^^^MD|||||||||||', k.L('crm_id', 'V' + r.digits(7)));
      if (r.chance(0.5)) d.line('ORC|NW|', k.L('order_number'), '|||||||', k.L('timestamp', ts()), '|||', r.chance(0.15) ? k.L('invalid_dea') : k.dea(dr.family), '^', P('PERSON', dr.family, { culture: 'en_US' }));
    }, { min: 1 });
    return d;
  },
};
