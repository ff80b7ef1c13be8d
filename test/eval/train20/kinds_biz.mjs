// CRM exports, HR records, medical letters, bank statements, travel bookings, invoices.
import { Doc, P, L, S } from './builder.mjs';
import * as LK from './lookalikes.mjs';
import { SPEC } from './secrets.mjs';
import { tok, isSingleLine } from './util.mjs';
import { Prose } from './prose.mjs';
import { streetLine, PLACES } from './places.mjs';
import { emailTok, phoneTok, personOf, PER, cardTok, ibanTok, ssnTok, itinTok, passportTok, driverLicenseTok, bankAcctTok, abaRouting, btcTok, deaTok, nhsTok, ipTok, translit } from './pii.mjs';
import { CULTURES } from './names.mjs';

const CITY = (r, cc) => P('LOCATION', r.pick({ GB: ['Leeds', 'Bristol', 'Norwich', 'York', 'Swansea', 'Derry'], US: ['Tulsa', 'Boise', 'Dayton', 'Fresno', 'Omaha', 'Raleigh', 'Spokane'], DE: ['Leipzig', 'Kassel', 'Ulm', 'Würzburg'], FR: ['Nantes', 'Tarbes', 'Brest'], ES: ['Vigo', 'Cádiz', 'Lleida'], NL: ['Zwolle', 'Delft'], IT: ['Lecce', 'Trento'], PL: ['Opole', 'Rzeszów'], PT: ['Braga', 'Évora'], BR: ['Recife', 'Londrina'], JP: ['大分', '金沢'] }[cc]));
const CC_FOR = { 'en-GB': 'GB', 'en-US': 'US', 'de-DE': 'DE', 'fr-FR': 'FR', 'es-ES': 'ES', 'nl-NL': 'NL', 'it-IT': 'IT', 'pl-PL': 'PL', 'pt-PT': 'PT', 'pt-BR': 'BR', 'ja-JP': 'JP' };
const csvQ = (r, parts) => (r.chance(0.5) ? ['"', parts, '"'] : parts);

export function crm_export(r, g) {
  const d = new Doc('crm_export'); const sep = r.pick([',', ';', '\t']); const n = r.range(6, 11);
  d.add(['Id', 'Full name', 'Email', 'Phone', 'City', 'Created', 'Owner', 'Notes'].join(sep), '\n');
  for (let i = 0; i < n && d.bytes < 3300; i++) {
    const cult = r.pick(CULTURES).id; const p = personOf(r, cult); const cc = CC_FOR[cult] || r.pick(['GB', 'US', 'DE', 'FR', 'ES']);
    const note = r.weighted([[3, ''], [1, ['card on file ', LK.maskedValue(r)]], [1, ['paid by ', cardTok(r)]], [1, ['refund to ', ibanTok(r)]], [1, ['prefers WhatsApp']], [1, ['met at expo in ', CITY(r, cc)]], [1, ['BTC payout ', btcTok(r)]], [1, ['ref ', LK.orderNumber(r)]], [0.5, ['old card (declined, typo) ', LK.invalidCard(r)]]]);
    d.add(LK.crmId(r), sep, csvQ(r, PER(p)), sep, emailTok(r, p), sep, phoneTok(r, cult), sep, CITY(r, cc), sep, r.chance(0.5) ? LK.date(r, 0) : LK.timestamp(r, 1), sep, LK.crmId(r), sep, csvQ(r, note), '\n');
  }
  return d;
}

const HR_LABELS = {
  en: ['Employee', 'SSN', 'Home address', 'Phone', 'Personal email', 'Direct deposit — account', 'Routing', 'Passport no.', 'Driver license', 'Emergency contact', 'Salary', 'Notes', 'ITIN (contractor)'],
  es: ['Empleado/a', 'SSN', 'Domicilio', 'Teléfono', 'Correo personal', 'Depósito directo — cuenta', 'Routing', 'Pasaporte', 'Licencia de conducir', 'Contacto de emergencia', 'Salario', 'Notas', 'ITIN (contratista)'],
};
export function hr_record(r, g) {
  const d = new Doc('hr_record'); const lang = r.chance(0.7) ? 'en' : 'es'; const H = HR_LABELS[lang]; d.lang(lang);
  const p = personOf(r, r.pick(['en-US', 'es-MX', 'ko-Latn', 'en-IN', 'vi-VN', 'pl-PL', 'yo-NG', 'fil-PH', 'haw', 'ar-Latn'])); const em = personOf(r, p.culture);
  const kv = r.pick([': ', ' | ', ':\t']); const st = r.pick(['CA', 'NY', 'TX', 'FL', 'WA', 'IL', 'PA', 'NJ', 'MI', 'OH', 'AZ', 'CO', 'MA', 'GA', 'NC']);
  d.add(r.pick(['EMPLOYEE RECORD — CONFIDENTIAL', 'Personnel file', 'Ficha de personal', 'HRIS export']), '\n', '='.repeat(28), '\n');
  d.add(H[0], kv, PER(p), ' (', LK.crmId(r), ')\n');
  if (r.chance(0.75)) d.add(H[1], kv, ssnTok(r), '\n'); else d.add(H[12], kv, itinTok(r), '\n');
  if (r.chance(0.6)) d.add(lang === 'en' ? 'Dependent: ' : 'Dependiente: ', PER(personOf(r, p.culture)), ', ITIN ', itinTok(r, r.pick(['-', ' ', '-'])), '\n');
  d.add(H[2], kv, P('LOCATION', streetLine(r, 'US')), ', ', CITY(r, 'US'), ', ', st, '\n', H[3], kv, phoneTok(r, 'US'), '\n', H[4], kv, emailTok(r, p), '\n');
  d.add(H[5], kv, bankAcctTok(r), '\n', H[6], kv, abaRouting(r), '\n');
  if (r.chance(0.8)) d.add(H[7], kv, passportTok(r), '\n');
  d.add(H[8], kv, driverLicenseTok(r, st), ' (', st, ')\n');
  d.add(H[9], kv, PER(em), ', ', phoneTok(r, em.culture), '\n', H[10], kv, LK.price(r, (a) => `$${Math.round(+a * 900).toLocaleString('en-US')}`), '\n');
  const x = new Prose(r, lang); x.set(1, p);
  d.add(H[11], kv, x.frame('life'), ' ', r.chance(0.5) ? x.frame('family') : '', '\n');
  if (r.chance(0.3)) d.add('Previous SSN on file (typo, do not use): ', LK.invalidSsn(r), '\n');
  if (r.chance(0.3)) d.add('HR portal temp password: ', tok(r, SPEC.USER_LOGIN_PASSWORD), '\n');
  return d;
}

export function medical_letter(r, g) {
  const d = new Doc('medical_letter');
  if (r.chance(0.65)) { // UK clinic letter
    const pt = personOf(r, r.pick(['en-GB', 'cy-GB', 'gd-SC', 'en-IN', 'ur-PK', 'yo-NG', 'pl-PL', 'ga-IE'])); const dr = personOf(r, r.pick(['en-GB', 'en-IN', 'ar-Latn', 'zh-Latn']));
    d.add(r.pick(['Outpatient clinic letter', 'DISCHARGE SUMMARY', 'Referral']), '\n\nPatient: ', PER(pt), '\nNHS No: ', nhsTok(r), '\nAddress: ', P('LOCATION', streetLine(r, 'GB')), ', ', CITY(r, 'GB'), '\nTel: ', phoneTok(r, 'GB'), '\nClinic date: ', LK.date(r, 1), '\n\nDear Dr ', PER(dr, 'family'), ',\n\n');
    const x = new Prose(r, 'en'); x.set(1, pt);
    d.add('I saw ', PER(pt, 'given'), ' today with [', r.pick(['knee pain', 'palpitations', 'a persistent cough']), ']. ', x.render('{G1} lives with [1:his|her] daughter {P2} near {town} and walks to the shops daily. '), 'Bloods: HbA1c ', LK.percentage(r), '. Previous hospital number ', LK.crmId(r), '.\n');
    if (r.chance(0.5)) { const rel = personOf(r, pt.culture); d.add('Seen with [1:husband|wife] '.replace('[1:husband|wife]', rel.female ? 'wife' : 'husband'), PER(rel), ' (NHS No ', nhsTok(r), '), who is also registered with the practice.\n'); }
    if (r.chance(0.4)) d.add('Note: the NHS number on the referral (', LK.invalidNhs(r), ') fails validation; corrected above.\n');
    d.add('\nYours sincerely,\n\n', PER(personOf(r, 'en-GB')), '\nConsultant, ', r.pick(['Rheumatology', 'Cardiology', 'Respiratory']), '\ncc: ', PER(dr), ', ', r.pick(['Hope Street', 'Mill Lane', 'Rose Hill']), ' Surgery\n');
  } else { // US prescription
    const pt = personOf(r, r.pick(['en-US', 'es-MX', 'ko-Latn', 'vi-VN', 'haw', 'en-IN'])); const dr = personOf(r, r.pick(['en-US', 'en-IN', 'zh-Latn', 'es-MX']));
    d.add('Rx — ', r.pick(['e-prescription', 'PRESCRIPTION', 'Controlled substance order']), '\nPrescriber: Dr. ', PER(dr), ', MD\nDEA: ', deaTok(r, dr.family), '\nNPI: ', String(r.range(1000000000, 1999999999)), '\nClinic: ', P('LOCATION', streetLine(r, 'US')), ', ', CITY(r, 'US'), '\nPhone: ', phoneTok(r, 'US'), '\n\nPatient: ', PER(pt), '\nDOB: ', `${r.range(1, 12)}/${r.range(1, 28)}/${r.range(1940, 2005)}`, '\nAddress: ', P('LOCATION', streetLine(r, 'US')), '\nInsurance member ID: ', LK.crmId(r), '\n\n', r.pick(['Oxycodone 5 mg', 'Lisinopril 10 mg', 'Adderall XR 20 mg', 'Metformin 500 mg']), ' — ', r.pick(['#30', '#60', '#90']), ', ', r.pick(['1 tab PO BID', '1 tab daily']), '\nRefills: ', String(r.range(0, 3)), '\nDate written: ', LK.date(r, 3), '\n');
    if (r.chance(0.4)) d.add('Covering physician: Dr. ', PER(personOf(r, 'en-US')), ' (DEA ', deaTok(r), ')\n');
  }
  return d;
}

export function bank_statement(r, g) {
  const d = new Doc('bank_statement');
  if (r.chance(0.5)) { // European statement
    const p = personOf(r, r.pick(['de-DE', 'fr-FR', 'es-ES', 'nl-NL', 'it-IT', 'pt-PT', 'pl-PL', 'fi-FI', 'sv-SE'])); const cc = { 'de-DE': 'DE', 'fr-FR': 'FR', 'es-ES': 'ES', 'nl-NL': 'NL', 'it-IT': 'IT', 'pt-PT': 'PT', 'pl-PL': 'PL', 'fi-FI': 'FI', 'sv-SE': 'SE' }[p.culture];
    d.add(r.pick(['Kontoauszug', 'Relevé de compte', 'Extracto', 'Account statement']), ' ', LK.date(r, 2), '\n', PER(p), '\nIBAN ', ibanTok(r, cc, true), '\nBIC ', r.pick(['COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'CAIXESBB']), '\n\n');
    for (let i = 0; i < r.range(5, 9); i++) {
      const q = personOf(r, r.pick(CULTURES).id);
      d.add(LK.date(r, 2), '  ', r.pick(['SEPA-Überweisung an ', 'Virement de ', 'Transferencia a ', 'Lastschrift ', 'Card payment ']), PER(q), '  ', r.chance(0.5) ? ibanTok(r, null, false) : LK.creditorReference(r), '  ', LK.price(r), '\n');
    }
    if (r.chance(0.4)) d.add('\nTest entry (sandbox): ', LK.vendorTestCard(r), '  ', LK.invalidIban(r), '\n');
  } else { // US statement / wire
    const p = personOf(r, r.pick(['en-US', 'es-MX', 'ko-Latn', 'zh-Latn', 'en-IN']));
    d.add('STATEMENT OF ACCOUNT\n', PER(p), '\n', P('LOCATION', streetLine(r, 'US')), '\n', CITY(r, 'US'), '\n\nChecking account ', bankAcctTok(r), '   Routing ', abaRouting(r), '\nPeriod ', LK.date(r, 3), ' – ', LK.date(r, 3), '\n\n');
    for (let i = 0; i < r.range(5, 9); i++) {
      const q = personOf(r, r.pick(['en-US', 'es-MX', 'zh-Latn', 'en-IN', 'fil-PH']));
      d.add(LK.date(r, 3), '  ', r.pick(['Zelle to ', 'ACH from ', 'Check #' + r.range(100, 999) + ' ', 'Wire to ', 'Debit card ']), r.chance(0.7) ? PER(q) : LK.maskedValue(r), '  ', LK.price(r, (a) => `$${a}`), '\n');
    }
    if (r.chance(0.5)) d.add('\nOutgoing wire: beneficiary ', PER(personOf(r)), ', account ', bankAcctTok(r), ', IBAN ', ibanTok(r), '\n');
    if (r.chance(0.4)) d.add('Crypto withdrawal to ', btcTok(r), '\n');
    if (r.chance(0.3)) d.add('Online banking one-time code seed: ', tok(r, SPEC.TOTP_SECRET), '\n');
  }
  return d;
}

export function travel_booking(r, g) {
  const d = new Doc('travel_booking'); const pax = [personOf(r, r.pick(['en-US', 'ja-Latn', 'de-DE', 'es-MX', 'ko-Latn'])), personOf(r, r.pick(['en-US', 'fr-FR', 'it-IT', 'sw-KE']))];
  d.add(r.pick(['Booking confirmation', 'E-TICKET RECEIPT', 'Itinerary']), ' — ref ', LK.bookingReference(r), '\n\n');
  for (const p of pax) d.add('Passenger: ', PER(p), '  passport ', passportTok(r), '\n');
  d.add('Contact: ', emailTok(r, pax[0]), ', ', phoneTok(r, pax[0].culture, 'intl'), '\n\n');
  for (let i = 0; i < r.range(2, 3); i++) { const pl = PLACES.en.city; d.add(LK.flightNumber(r), '  ', P('LOCATION', r.pick(pl)), ' → ', P('LOCATION', r.pick(pl)), '  ', LK.timestamp(r, 1), '  seat ', String(r.range(1, 40)), r.pick(['A', 'C', 'F']), '\n'); }
  d.add('\nHotel: ', r.pick(['Pension Hoffmann', 'Hotel do Largo', 'Ryokan Sakura']), ', ', P('LOCATION', streetLine(r, r.pick(['DE', 'PT', 'JP', 'FR']))), '\nPaid with ', cardTok(r), ' — total ', LK.price(r), '\n');
  if (r.chance(0.5)) d.add('Car hire: driver ', PER(pax[0]), ', licence ', driverLicenseTok(r), '\n');
  if (r.chance(0.4)) d.add('Loyalty login: ', emailTok(r, pax[0]), ' / ', tok(r, SPEC.USER_LOGIN_PASSWORD), '\n');
  return d;
}

export function invoice(r, g) {
  const d = new Doc('invoice'); const seller = personOf(r, r.pick(['de-DE', 'fr-FR', 'nl-NL', 'en-GB', 'it-IT'])); const buyer = personOf(r);
  d.add(r.pick(['INVOICE', 'Rechnung', 'Facture', 'Factuur']), ' ', LK.invoiceNumber(r), '   ', LK.date(r, 2), '\n\nFrom: ', PER(seller), ', ', P('LOCATION', streetLine(r, r.pick(['DE', 'FR', 'NL', 'GB', 'IT']))), '\nVAT ', r.pick(['DE', 'FR', 'NL', 'IT']), String(r.range(100000000, 999999999)), '\nTo: ', PER(buyer), ' <', emailTok(r, buyer), '>\n\n');
  for (let i = 0; i < r.range(2, 5); i++) d.add(LK.sku(r), '  ', r.pick(['Consulting (hours)', 'Oak table', 'Ceramic tiles', 'Hosting plan']), '  EAN ', LK.ean(r), '  ', LK.price(r), '\n');
  d.add('\nPay to ', ibanTok(r), ' ref ', LK.creditorReference(r), '\nOrder ', LK.orderNumber(r), ', shipped ', LK.trackingNumber(r), '\n');
  if (r.chance(0.3)) d.add('Card payments: sandbox key ', LK.placeholder(r, 'sk_test_…'), ', test card ', LK.vendorTestCard(r), ' (not a real card: ', LK.invalidCard(r), ')\n');
  return d;
}
