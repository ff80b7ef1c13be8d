// Document kinds: tax papers, pharmacy and GP lists, IT handover, product catalogue.
import { Doc, S, P, L, R, plain, GEN, rfc2822, dateText, isoTs, PHRASES, DATE_LANG, COUNTRIES, pickLang, pk } from './common.mjs';
import { emitCSV, emitTable, emitJSON, RAW } from './builder.mjs';
import { uuid, price, isbn } from './lookalikes.mjs';
import { secretValue } from './secrets.mjs';
import { ALPHA } from './prng.mjs';

const US_STATES = ['CA', 'NY', 'FL', 'TX', 'IL', 'WA', 'PA', 'NJ', 'MI', 'OH'];
const ein = (r) => `${r.pick(['12', '20', '27', '36', '45', '46', '47', '81', '82', '84', '88', '93', '94', '98'])}-${r.digits(7)}`;

// ---------------------------------------------------------------- US tax documents
export function tax_document(k) {
  const r = k.r, d = new Doc(); d.lang = 'en';
  const form = r.int(3); const preparer = k.person('en_us');
  if (form === 0) {
    d.w('Client roster – tax season ', String(r.pick([2025, 2026])), ' (', k.name(preparer), ', EA)\n');
    const rows = [['Client', 'TIN type', 'TIN', 'Phone', 'City', 'Refund acct', 'Status']];
    for (let i = 0, n = r.range(7, 11); i < n; i++) {
      const p = k.person(r.pick(['en_us', 'es_mx', 'zh', 'vi', 'hi', 'ko', 'ng', 'ar', 'pt_br', 'ru']));
      const itinCase = r.chance(0.45);
      rows.push([k.name(p, r.chance(0.3) ? 'lastfirst' : 'full'), itinCase ? 'ITIN' : 'SSN', itinCase ? k.itin() : k.ssn(), k.phone('US'), k.city('US'), r.chance(0.7) ? k.bank() : '-', r.pick(['filed', 'waiting W-2', 'extension', 'e-file rejected'])]);
    }
    emitCSV(d, rows, { sep: r.chance(0.5) ? ',' : '\t' });
    d.w('\nNote: template row uses ', L('invalid_ssn', GEN.invalid_ssn(r)), ' – not a real number.\n');
  } else if (form === 1) {
    const p = k.person(r.pick(['en_us', 'es_mx', 'vi', 'zh', 'hi'])); const st = r.pick(US_STATES); const biz = k.org();
    d.w('Form W-9 (Rev. March 2024) – Request for Taxpayer Identification Number\n\n1  Name: ', k.name(p), '\n2  Business name: ', biz, '\n3  Federal tax classification: ', r.pick(['Individual/sole proprietor', 'Single-member LLC']), '\n5  Address: ', k.street('US'), '\n6  City, state, ZIP: ', k.city('US'), `, ${st} ${r.digits(5)}\n`);
    d.w('Part I  TIN\n   Social security number: ', r.chance(0.6) ? k.ssn() : '___-__-____', '\n   or Employer identification number: ', L('ein', ein(r)), '\n');
    if (r.chance(0.5)) d.w('   (individual taxpayer identification number: ', k.itin(), ')\n');
    d.w('Part II  Certification – signed ', L('date', dateText(r, 'en', 3)), '\n\nForwarded by ', k.name(k.person('en_us')), ' <', k.email(p), '>: "Please pay invoice ', k.look('invoice_number'), ' by ACH to account ', k.bank(), ', routing ', r.digits(9), '."\n');
  } else {
    const p = k.person(r.pick(['en_us', 'es_mx', 'ko', 'vi'])); const sp = k.person(p.culture); const dlSt = r.pick(US_STATES);
    d.w('From: ', k.name(preparer), ' <', k.email(preparer), '>\nTo: ', k.name(p), ' <', k.email(p), '>\nSubject: 1040 – missing items\nDate: ', L('timestamp', rfc2822(r)), '\n\nHi ', k.name(p, 'first'), ',\n\n');
    d.w('To finish your return I still need:\n- ', k.name(sp, 'first'), '\'s ITIN renewal letter (current ITIN ', k.itin(), ')\n- dependent SSN for ', k.name(k.person(p.culture), 'first'), ': you wrote ', L('invalid_ssn', GEN.invalid_ssn(r)), ', which cannot be right – please check the card\n- your driver license (', dlSt, ') number for the e-file ID check: you sent ', k.dl(dlSt), '\n- bank for the refund: account ', k.bank(), '\n\nEstimated refund ', k.price('en'), '. Portal login reset: ', k.sec('USER_PASSWORD', secretValue(r, 'USER_PASSWORD')), '\n\n', k.name(preparer), '\n', k.phone('US', false), '\n');
  }
  return d;
}

// ---------------------------------------------------------------- pharmacy refill export
export function pharmacy_export(k) {
  const r = k.r, d = new Doc(); d.lang = 'en';
  d.w(r.pick(['Refill queue', 'Controlled substances log', 'Rx transfer list']), ' – ', r.pick(['Main St Pharmacy', 'Lakeside Drug', 'Copperleaf Rx']), ' – ', L('date', dateText(r, 'en', 3)), '\n');
  const rows = [['Rx#', 'Patient', 'Phone', 'Drug', 'Qty', 'Prescriber', 'DEA', 'Filled']];
  const docs = Array.from({ length: r.range(3, 5) }, () => k.person(r.pick(['en_us', 'en_us', 'hi', 'zh', 'es_mx', 'ko'])));
  for (let i = 0, n = r.range(7, 11); i < n; i++) {
    const pt = k.person(r.pick(['en_us', 'es_mx', 'vi', 'zh', 'ng', 'en_us'])); const doc = r.pick(docs);
    rows.push([r.digits(7), k.name(pt, r.chance(0.5) ? 'lastfirst' : 'full'), k.phone('US'), r.pick(['amoxicillin 500mg', 'hydrocodone/APAP 5-325', 'sertraline 50mg', 'atorvastatin 20mg', 'oxycodone 10mg', 'lisinopril 10mg']), String(r.range(10, 90)), R('Dr. ', k.name(doc, 'last')), k.dea(doc.latLast), L('timestamp', isoTs(r))]);
  }
  emitCSV(d, rows, { sep: r.chance(0.5) ? ',' : '|' });
  d.w('\nPharmacist on duty: ', k.name(k.person('en_us')), '  NPI lookups: ', k.look('request_id'), '\n');
  return d;
}

// ---------------------------------------------------------------- GP appointment list (UK)
export function gp_appointments(k) {
  const r = k.r, d = new Doc(); d.lang = 'en';
  const gp = k.person('en_gb');
  d.w(r.pick(['Appointment list', 'Clinic list', 'Day sheet']), ' – Dr ', k.name(gp, 'last'), ' – ', L('date', dateText(r, 'en_gb', 1)), '\n', r.pick(['Northgate Surgery', 'Riverside Medical Practice', 'Harbour Lane Health Centre']), ', ', k.addressLine('GB', { country: false }), '\n\n');
  const rows = [['Time', 'Patient', 'NHS no.', 'Tel', 'Reason']];
  for (let i = 0, n = r.range(7, 11); i < n; i++) {
    const p = k.person(r.pick(['en_gb', 'en_gb', 'ie', 'pl', 'hi', 'bn', 'ng', 'ar', 'it', 'zh']));
    const test = r.chance(0.12);
    rows.push([`${String(8 + Math.floor(i / 3)).padStart(2, '0')}:${['00', '20', '40'][i % 3]}`, test ? 'TEST PATIENT' : k.name(p, r.chance(0.3) ? 'upper' : 'full'), test ? L('invalid_nhs', GEN.invalid_nhs(r)) : k.nhs(), k.phone('GB'), r.pick(['review', 'bloods', 'med check', 'new patient', 'sick note', 'vaccination'])]);
  }
  emitTable(d, rows, { headerRule: '-' });
  d.w('\nDuty doctor: ', k.name(k.person('en_gb')), ' · bleep via ', k.phone('GB', false), '\n');
  return d;
}

// ---------------------------------------------------------------- IT handover / device inventory
export function it_handover(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'en', 'de', 'fr', 'es', 'nl', 'it', 'pl', 'sv', 'pt']); d.lang = lang;
  const leaver = k.person(lang); const admin = k.person(lang);
  if (r.chance(0.5)) {
    d.w(pk(r, lang, ['Leaver handover – ', 'Übergabe Austritt – ', 'Départ – passation – ', 'Traspaso – ']), k.name(leaver), ' (', k.look('employee_id'), ')\n', r.pick(['Prepared by ', 'Erstellt von ', 'Préparé par ']), k.name(admin), ', ', L('date', dateText(r, DATE_LANG[lang])), '\n\n');
    const lines = [
      () => ['Laptop ', k.look('serial_number'), ' – BitLocker recovery key: ', k.sec('BITLOCKER_RECOVERY_KEY')],
      () => ['Mailbox converted to shared; temp password ', k.sec('USER_PASSWORD', k.mpw(14, 'url')), ' (change!)'],
      () => ['2FA backup codes: ', k.sec('RECOVERY_CODE'), ', ', k.sec('RECOVERY_CODE'), ', ', k.sec('RECOVERY_CODE')],
      () => ['Office licence key: ', k.sec('SOFTWARE_LICENSE_KEY')],
      () => ['Desk drawer: unused gift card ', k.sec('GIFT_CARD_CODE'), ' (', k.price(lang), ')'],
      () => ['Scanner upload (FTP) ', k.look('hostname'), ': user scan / ', k.sec('FTP_PASSWORD', k.mpw(12, 'alnum'))],
      () => ['Printer SNMP community: ', k.sec('SNMP_COMMUNITY')],
      () => ['Phone SIP account ext. ', String(r.range(200, 899)), ': ', k.sec('SIP_PASSWORD')],
      () => ['Phone voicemail PIN ', k.sec('PIN')],
      () => ['Vendor portals moved to ', k.name(k.person(lang)), ': ', (() => { const v = k.vendor(); return [v.desc, ' ', v.span]; })()],
      () => ['Old intranet htpasswd line: ', k.username(leaver), ':', k.sec('PASSWORD_HASH')],
      () => ['Personal phone (for MFA reset): ', k.phone(k.ccOf(leaver))],
      () => ['Forwarding address: ', k.addressLine(k.ccOf(leaver))],
      () => ['Authenticator seed for shared admin: ', k.sec('TOTP_SEED')],
    ];
    for (const f of r.sample(lines, r.range(7, 11))) d.w('- ', f(), '\n');
  } else {
    d.w('asset_tag,assigned_to,email,model,serial,mac,bitlocker_key,os_version,last_seen\n');
    for (let i = 0, n = r.range(5, 8); i < n; i++) {
      const p = k.person(r.chance(0.7) ? lang : pickLang(r));
      emitCSV(d, [[L('asset_tag', `IT-${r.digits(5)}`), k.name(p), k.email(p), r.pick(['Latitude 7440', 'MacBook Air M3', 'ThinkPad T14', 'Surface Laptop 6', 'EliteBook 840']), k.look('serial_number'), k.look('mac_address'), r.chance(0.75) ? k.sec('BITLOCKER_RECOVERY_KEY') : '', L('version', r.chance(0.6) ? `10.0.${r.range(19045, 26100)}.${r.range(100, 4000)}` : `${r.range(13, 15)}.${r.range(0, 7)}.${r.range(0, 3)}`), L('timestamp', isoTs(r))]], { sep: ',' });
    }
    d.w('\n# exported by ', k.name(admin), '; licence pool: ', k.sec('SOFTWARE_LICENSE_KEY'), '\n');
  }
  return d;
}

// ---------------------------------------------------------------- product catalogue export
export function product_catalog(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'sv', 'ja']); d.lang = lang;
  const books = r.chance(0.5);
  const rows = [books ? ['ISBN', 'Title', 'Author', 'Price', 'Stock', 'Cover colour'] : ['SKU', 'EAN', 'Name', 'Colour', 'Price', 'Supplier contact']];
  for (let i = 0, n = r.range(8, 13); i < n; i++) {
    if (books) rows.push([L('isbn', isbn(r)), r.pick(['The Quiet Harbour', 'Der lange Sommer', 'Le jardin d\'hiver', 'La casa del mar', 'Notes on Ledgers', '月の庭', 'Północny wiatr']), k.name(k.person(r.chance(0.6) ? lang : pickLang(r))), k.price(lang), String(r.range(0, 80)), k.look('hex_color')]);
    else rows.push([k.look('sku'), k.look('ean'), r.pick(['Desk lamp', 'Notebook A5', 'Water bottle', 'Office chair', 'Tote bag', 'Mug']), k.look('hex_color'), k.price(lang), R(k.name(k.person(lang)), ' ', k.phone(k.cc(lang)))]);
  }
  emitCSV(d, rows, { sep: r.pick([',', ';', '\t']) });
  d.w('\n', pk(r, lang, ['Feed generated ', 'Export vom ', 'Généré le ']), L('timestamp', isoTs(r)), ' · build ', k.look('build_number'), ' · v', L('version', `${r.range(1, 9)}.${r.range(0, 20)}.${r.range(0, 9)}`), '\n');
  if (r.chance(0.5)) d.w('Shop API key (read-only, do not publish): ', k.sec('GENERIC_API_KEY'), '\n');
  return d;
}

// ---------------------------------------------------------------- password manager / browser export (CSV)
export function password_export(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'tr', 'cs', 'ja']); d.lang = lang;
  const owner = k.person(lang); const form = r.int(3);
  const header = form === 0 ? ['folder', 'favorite', 'type', 'name', 'notes', 'fields', 'reprompt', 'login_uri', 'login_username', 'login_password', 'login_totp'] : form === 1 ? ['name', 'url', 'username', 'password', 'note'] : ['Title', 'Url', 'Username', 'Password', 'OTPAuth', 'Notes'];
  if (r.chance(0.4)) d.w(pk(r, lang, ['# exported from the family vault by ', '# Export für ', '# export de ']), k.name(owner), ' – ', L('timestamp', isoTs(r)), '\n');
  const rows = [header];
  const sites = ['bank', 'insurance', 'school-portal', 'pharmacy', 'energy', 'mobile-operator', 'tax-office', 'airline', 'shop', 'streaming', 'payroll', 'kita-app', 'gym', 'car-sharing', 'utility', 'doctor-booking'];
  for (let i = 0, n = r.range(8, 14); i < n; i++) {
    const site = r.pick(sites); const url = `https://${r.pick(['www', 'login', 'my', 'portal'])}.${site}.${r.pick(['example', 'test'])}/`;
    const fam = r.chance(0.7) ? owner : k.person(lang);
    const user = r.chance(0.6) ? k.email(fam) : k.username(fam);
    const pw = r.wpick([[4, () => k.pw(lang)], [3, () => k.sec('USER_PASSWORD', k.mpw(r.range(14, 24), 'any'))], [1, () => k.pass(lang)], [1, () => k.sec('PIN')]])();
    const totp = r.chance(0.3) ? k.sec('TOTP_SEED', r.str(ALPHA.B32, 32)) : '';
    const note = r.wpick([[6, ''], [1, R('PIN ', k.sec('PIN'))], [1, R('customer no. ', k.look('crm_id'))], [1, R('security answer: ', k.sec('USER_PASSWORD', r.pick(['Rex', 'Bella', 'Toulouse', 'Mrs Pike', 'Blue Lagoon'])))], [1, R('card ', L('masked_card', GEN.masked_card(r)))]]);
    if (form === 0) rows.push([r.pick(['', 'Family', 'Finance', 'Kids']), r.pick(['', '1']), '1', site, note, '', '0', url, user, pw, totp]);
    else if (form === 1) rows.push([site, url, user, pw, note]);
    else rows.push([site, url, user, pw, totp ? R('otpauth://totp/', site, '?secret=', totp) : '', note]);
  }
  emitCSV(d, rows, { sep: ',' });
  return d;
}

// ---------------------------------------------------------------- SMS inbox export
export function sms_inbox(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ja', 'ko', 'zh', 'th', 'vi', 'id', 'hi', 'ar', 'he', 'ru', 'el', 'uk', 'cs', 'sv']); d.lang = lang;
  const me = k.person(lang); const cc = k.cc(lang);
  const T = {
    de: { otp: 'Ihr Bestätigungscode lautet {otp}. Geben Sie ihn niemals weiter.', bank: 'Umsatz mit Karte {mcard}: {price} am {date}.', parcel: 'Ihr Paket {tracking} liegt in der Packstation. Abholcode: {code}', appt: 'Erinnerung: Termin am {date} um {time}, Praxis {last}.', friend: 'Hi, hier {first}, meine neue Nummer ist {phone}' },
    fr: { otp: 'Votre code de vérification : {otp}. Ne le communiquez à personne.', bank: 'Paiement carte {mcard} : {price} le {date}.', parcel: 'Colis {tracking} disponible en consigne. Code : {code}', appt: 'Rappel : RDV le {date} à {time}, cabinet {last}.', friend: 'Coucou, c\'est {first}, mon nouveau numéro : {phone}' },
    es: { otp: 'Tu código de verificación es {otp}. No lo compartas.', bank: 'Compra con tarjeta {mcard}: {price} el {date}.', parcel: 'Tu paquete {tracking} está en el locker. Código: {code}', appt: 'Recordatorio: cita el {date} a las {time}, consulta {last}.', friend: 'Hola, soy {first}, mi número nuevo es {phone}' },
    ja: { otp: '認証コード：{otp}（他人に教えないでください）', bank: 'カード{mcard}のご利用：{price}（{date}）', parcel: 'お荷物{tracking}を宅配ロッカーにお届けしました。暗証番号：{code}', appt: '{date} {time} {last}クリニックのご予約です。', friend: '{first}です。新しい番号は{phone}です。' },
    zh: { otp: '您的验证码是{otp}，请勿泄露。', bank: '您尾号卡{mcard}消费{price}（{date}）。', parcel: '您的快递{tracking}已到柜，取件码{code}。', appt: '提醒：{date} {time} {last}医生门诊。', friend: '我是{first}，新号码{phone}' },
    ko: { otp: '[인증번호] {otp} 타인에게 알려주지 마세요.', bank: '카드 {mcard} 승인 {price} {date}', parcel: '택배 {tracking} 보관함 도착, 비밀번호 {code}', appt: '{date} {time} {last} 병원 예약 알림', friend: '{first}예요, 새 번호 {phone}' },
  }[lang] || { otp: 'Your verification code is {otp}. Do not share it.', bank: 'Card {mcard} used for {price} on {date}.', parcel: 'Parcel {tracking} is in locker, pickup code {code}.', appt: 'Reminder: appointment {date} {time} with Dr {last}.', friend: 'Hi it\'s {first}, my new number is {phone}' };
  d.w(pk(r, lang, ['SMS backup – ', 'Nachrichten – ', 'Messages – ']), k.name(me), ' (', k.phone(cc, true), ')\n\n');
  for (let i = 0, n = r.range(8, 13); i < n; i++) {
    const kind = r.pick(['otp', 'otp', 'bank', 'parcel', 'appt', 'friend', 'otp']);
    const from = kind === 'friend' ? k.phone(cc) : r.pick(['BANK', 'PostNL', 'DHL', 'Google', 'Microsoft', 'AIRLINE', 'CLINIC', '72345', '+44 7700 900123'.replace(/.*/, 'INFO')]);
    const p = k.person(lang);
    const res = (key) => ({ otp: k.sec('VERIFICATION_CODE'), mcard: L('masked_card', `*${r.digits(4)}`), price: k.price(lang), date: L('date', dateText(r, DATE_LANG[lang] || 'en')), tracking: k.look('tracking_number'), code: k.sec('PARCEL_PICKUP_CODE'), time: `${r.range(8, 18)}:${r.pick(['00', '30'])}`, last: k.name(p, 'last'), first: k.name(p, 'first'), phone: k.phone(cc) }[key]);
    d.w(L('timestamp', isoTs(r, false).replace('T', ' ')), '  ', from, ': ');
    d.fill(T[kind], res); d.w('\n');
  }
  return d;
}
