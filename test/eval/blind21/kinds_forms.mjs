// Document kinds: OCR / PDF-to-text of letters and forms (tax, insurance, medical, school, rental, visa, bank, payroll, HR, rental car).
import { S, P, L } from './builder.mjs';
import { CC_PHONE, CC_IBAN, LANG_CC } from './phrases.mjs';
import { locale, place, sayTpl, SSIDS } from './kit.mjs';
import { humanPassword, passphrase, strongPassword } from './secrets.mjs';
import { USERNAMES } from './data.mjs';

const p2 = (x) => String(x).padStart(2, '0');
// light OCR noise on literal text only (never inside spans)
function ocr(X, s) {
  if (!X.ocr) return s;
  return s.replace(/ü/g, () => (X.chance(0.2) ? 'u' : 'ü')).replace(/rn/g, () => (X.chance(0.15) ? 'm' : 'rn')).replace(/ {1}/g, () => (X.chance(0.04) ? '  ' : ' '))
    .replace(/l(?=\d)/g, () => (X.chance(0.3) ? '1' : 'l')).replace(/\n(?=\S)/g, () => (X.chance(0.05) ? '\n| ' : '\n'));
}
function O(X, d, ...parts) { d.w(...parts.map((p) => (typeof p === 'string' ? ocr(X, p) : p))); return d; }
function pageBreak(X, d, lang, n, of) { d.t(`\n${X.pick(['\f', ''])}${{ de: `Seite ${n} von ${of}`, fr: `Page ${n}/${of}`, es: `Página ${n} de ${of}`, it: `Pagina ${n} di ${of}`, nl: `Pagina ${n} van ${of}`, pl: `Strona ${n} z ${of}` }[lang] || `Page ${n} of ${of}`}\n\n`); }
function addrBlock(X, d, a, ind = '') { a.lines.forEach((ln) => { d.t(ind).w(...ln).t('\n'); }); }
const USC = 'en_us';

// ------------------------------------------------------------------ tax letters
export function tax_letter(X, d) {
  X.ocr = X.chance(0.6);
  const v = X.pick(['us', 'us', 'us_itin', 'us_itin', 'us_itin', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'gb']);
  if (v.startsWith('us')) {
    const p = X.person(X.chance(0.7) ? USC : undefined); const a = X.addr('US'); const sp = X.chance(0.5) ? X.person(USC) : null;
    O(X, d, 'Department of the Treasury\nInternal Revenue Service\n', X.pick(['Kansas City, MO 64999-0002', 'Ogden, UT 84201-0039', 'Austin, TX 73301-0023']), '\n\n');
    O(X, d, X.pick(['Notice CP2000', 'Notice CP14', 'Letter 5071C', 'Notice CP501']), '\nTax year ', String(X.int(2019, 2024)), '\nNotice date ', X.date('us'), '\n');
    O(X, d, v === 'us_itin' ? 'Taxpayer ID number (ITIN): ' : 'Social Security number: ', v === 'us_itin' ? X.itin() : X.ssn(), '\n');
    if (sp) O(X, d, 'Spouse ', X.chance(0.5) ? ['ITIN: ', X.itin()] : ['SSN: ', X.ssn()], '\n');
    O(X, d, 'To contact us: ', X.phone('US', 'nat'), '\n\n');
    d.w(X.pname(p, 'latin')); if (sp) d.w(' & ', X.pname(sp, 'latin')); d.t('\n'); addrBlock(X, d, a);
    O(X, d, '\n', X.pick(['Amount due: ', 'Proposed amount due: ', 'Balance due: ']), X.price('us'), '\n', 'Pay by: ', X.date('us'), '\n\n');
    O(X, d, X.pick(['We have information that does not match the entries on your return. ', 'We need to verify your identity before we can process your return. ', 'You have a balance due for the tax year shown above. ']),
      'If you have questions, call us at the number above or write to us. Keep this notice for your records.\n');
    if (X.chance(0.6)) { O(X, d, '\nPayment options: direct debit from account ', X.bank(), ', routing ', String(X.int(10000000, 39999999)) + X.r.digits(1), '\n'); }
    if (X.chance(0.5)) { pageBreak(X, d, 'en', 1, 2); O(X, d, 'Notice ', X.L('case_number'), '   Page 2\nYour preparer: ', X.pname(X.person(USC)), ', PTIN P', X.r.digits(8), ', ', X.phone('US'), '\nDependent: ', X.pname(X.person(USC)), ' SSN ', X.ssn(), '\n'); }
    return;
  }
  const T = {
    de: { cc: 'DE', hdr: 'Finanzamt ' + X.pick(['Berlin-Mitte', 'München II', 'Köln-Altstadt', 'Leipzig I']), subj: 'Bescheid für ' + X.int(2020, 2024) + ' über Einkommensteuer', ref: 'Aktenzeichen', body: 'Die Festsetzung ergibt eine Nachzahlung von {price}, fällig am {date}. Bitte überweisen Sie den Betrag unter Angabe der Steuernummer auf das Konto {iban}.', who: 'Sachbearbeiter/in', tel: 'Telefon' },
    fr: { cc: 'FR', hdr: 'Direction générale des Finances publiques\nSIP de ' + X.pick(['Paris 11e', 'Lyon 3e', 'Nantes Sud']), subj: 'Avis d’impôt sur les revenus ' + X.int(2020, 2024), ref: 'Référence de l’avis', body: 'Montant restant à payer : {price}, à régler avant le {date}. Prélèvement sur le compte {iban}.', who: 'Votre interlocuteur', tel: 'Tél.' },
    es: { cc: 'ES', hdr: 'Agencia Tributaria\nDelegación de ' + X.pick(['Madrid', 'Sevilla', 'Valencia']), subj: 'Liquidación provisional – IRPF ' + X.int(2020, 2024), ref: 'Referencia', body: 'Resultado a ingresar: {price}. Plazo: hasta el {date}. Domiciliación en la cuenta {iban}.', who: 'Funcionario/a', tel: 'Tel.' },
    it: { cc: 'IT', hdr: 'Agenzia delle Entrate\nDirezione Provinciale di ' + X.pick(['Milano', 'Torino', 'Bologna']), subj: 'Comunicazione di irregolarità – modello 730/' + X.int(2020, 2024), ref: 'Protocollo', body: 'Importo dovuto: {price}, da versare entro il {date} sul conto {iban}.', who: 'Il funzionario', tel: 'Tel.' },
    nl: { cc: 'NL', hdr: 'Belastingdienst\nKantoor ' + X.pick(['Utrecht', 'Amsterdam', 'Groningen']), subj: 'Aanslag inkomstenbelasting ' + X.int(2020, 2024), ref: 'Kenmerk', body: 'U moet {price} betalen vóór {date}. Wij schrijven het bedrag af van rekening {iban}.', who: 'Behandeld door', tel: 'Telefoon' },
    pl: { cc: 'PL', hdr: 'Urząd Skarbowy ' + X.pick(['Warszawa-Mokotów', 'Kraków-Podgórze', 'Gdańsk']), subj: 'Wezwanie – PIT-37 za ' + X.int(2020, 2024), ref: 'Znak sprawy', body: 'Kwota do zapłaty: {price}, termin: {date}. Wpłaty na rachunek {iban}.', who: 'Sprawę prowadzi', tel: 'tel.' },
    gb: { cc: 'GB', hdr: 'HM Revenue & Customs\nPay As You Earn and Self Assessment', subj: 'Simple Assessment ' + X.int(2020, 2024) + ' to ' + X.int(2021, 2025), ref: 'Reference', body: 'You owe {price}. Please pay by {date}. If you pay by bank transfer, our account is {iban}.', who: 'Officer', tel: 'Phone' },
  }[v];
  const lang = v === 'gb' ? 'en' : v; const p = X.person(locale(X, lang).cult); const a = X.addr(T.cc);
  O(X, d, T.hdr, '\n', P('LOCATION', X.addr(T.cc).street), '\n\n');
  d.w(X.pname(p)); d.t('\n'); addrBlock(X, d, a);
  O(X, d, '\n', T.ref, ': ', X.L('case_number'), '   ', X.date(lang), '\n\n', T.subj, '\n\n');
  sayTpl(X, d, { lang, cc: T.cc, cult: p.cid }, T.body); d.t('\n\n');
  const off = X.person(p.cid); O(X, d, T.who, ': ', X.pname(off), '\n', T.tel, ': ', X.phone(CC_PHONE[T.cc]), '\n');
  if (X.chance(0.4)) O(X, d, 'E-Mail: ', X.email(off), '\n');
  if (X.chance(0.5)) pageBreak(X, d, lang, 1, 2);
}

// ------------------------------------------------------------------ insurance claims
export function insurance_claim(X, d) {
  X.ocr = X.chance(0.5);
  const lang = X.pick(['en', 'de', 'fr', 'es', 'it', 'nl', 'en']); const loc = locale(X, lang); const p = X.person(loc.cult); const a = X.addr(loc.cc);
  const F = { en: ['CLAIM FORM – HOME & CONTENTS', 'Policy number', 'Policyholder', 'Address', 'Phone', 'E-mail', 'Date of loss', 'Description of incident', 'Witness', 'Bank details for settlement', 'Claim reference', 'Estimated damage'],
    de: ['SCHADENANZEIGE HAUSRAT', 'Versicherungsschein-Nr.', 'Versicherungsnehmer/in', 'Anschrift', 'Telefon', 'E-Mail', 'Schadentag', 'Schadenhergang', 'Zeuge/Zeugin', 'Bankverbindung für die Auszahlung', 'Schadennummer', 'Geschätzter Schaden'],
    fr: ['DÉCLARATION DE SINISTRE', 'N° de contrat', 'Assuré(e)', 'Adresse', 'Téléphone', 'Courriel', 'Date du sinistre', 'Circonstances', 'Témoin', 'RIB pour l’indemnisation', 'N° de dossier', 'Montant estimé'],
    es: ['PARTE DE SINIESTRO', 'N.º de póliza', 'Tomador/a', 'Domicilio', 'Teléfono', 'Correo', 'Fecha del siniestro', 'Descripción', 'Testigo', 'Cuenta para el abono', 'Referencia', 'Daño estimado'],
    it: ['DENUNCIA DI SINISTRO', 'N. polizza', 'Contraente', 'Indirizzo', 'Telefono', 'E-mail', 'Data del sinistro', 'Dinamica', 'Testimone', 'IBAN per il rimborso', 'N. pratica', 'Danno stimato'],
    nl: ['SCHADEFORMULIER', 'Polisnummer', 'Verzekeringnemer', 'Adres', 'Telefoon', 'E-mail', 'Schadedatum', 'Toedracht', 'Getuige', 'Rekening voor uitkering', 'Schadenummer', 'Geschatte schade'] }[lang];
  const DESC = { en: 'Water came through the ceiling from the flat above ({name}, {addr}). Plumber attended on {date}.', de: 'Wasserschaden durch die Wohnung darüber ({name}, {addr}). Der Installateur war am {date} da.',
    fr: 'Dégât des eaux provenant de l’appartement du dessus ({name}, {addr}). Intervention du plombier le {date}.', es: 'Filtración de agua desde el piso de arriba ({name}, {addr}). El fontanero vino el {date}.',
    it: 'Infiltrazione d’acqua dall’appartamento sopra ({name}, {addr}). Intervento dell’idraulico il {date}.', nl: 'Lekkage vanuit de woning erboven ({name}, {addr}). Loodgieter geweest op {date}.' }[lang];
  O(X, d, { en: 'Insure Direct', de: 'Allgemeine Versicherung AG', fr: 'Mutuelle du Centre', es: 'Seguros La Estrella', it: 'Assicurazioni Adriatica', nl: 'Polis Direct' }[lang], '\n', F[0], '\n', '='.repeat(30), '\n');
  O(X, d, F[1], ': ', X.L('policy_number'), '     ', F[10], ': ', X.L('case_number'), '\n');
  O(X, d, F[2], ': ', X.pname(p), '\n', F[3], ': ', X.addrParts(a, ', '), '\n', F[4], ': ', X.phone(CC_PHONE[loc.cc] || loc.cc), '     ', F[5], ': ', X.email(p), '\n');
  O(X, d, F[6], ': ', X.date(lang), '   ', { en: 'approx. 14:30', de: 'ca. 7 Uhr', fr: 'vers 22h', es: 'hacia las 9', it: 'verso le 15', nl: 'rond 8 uur' }[lang], '\n\n', F[7], ':\n');
  sayTpl(X, d, loc, DESC); d.t('\n');
  if (X.chance(0.8)) { sayTpl(X, d, loc, { en: 'Items damaged: laptop (serial {sn}), phone IMEI {imei}, rug.', de: 'Beschädigt: Laptop (Seriennr. {sn}), Handy IMEI {imei}, Teppich.', fr: 'Biens endommagés : ordinateur (n° de série {sn}), téléphone IMEI {imei}.', es: 'Daños: portátil (n.º de serie {sn}), móvil IMEI {imei}.', it: 'Danni: portatile (matricola {sn}), telefono IMEI {imei}.', nl: 'Schade: laptop (serienr. {sn}), telefoon IMEI {imei}.' }[lang], { sn: X.L('serial_number'), imei: X.L('imei') }); d.t('\n'); }
  O(X, d, '\n', F[11], ': ', X.price(lang), '\n', F[8], ': ', X.pname(X.person(loc.cult)), ', ', X.phone(CC_PHONE[loc.cc] || loc.cc), '\n');
  O(X, d, F[9], ': ', X.iban(CC_IBAN[loc.cc] || 'GB'), X.chance(0.4) ? ['  BIC ', X.L('bic')] : '', '\n');
  if (X.chance(0.3)) O(X, d, { en: 'Previous claim (rejected, wrong IBAN): ', de: 'Alte Bankverbindung (ungültig): ', fr: 'Ancien RIB (invalide) : ', es: 'Cuenta anterior (errónea): ', it: 'IBAN precedente (errato): ', nl: 'Oud rekeningnummer (ongeldig): ' }[lang], X.L('invalid_iban'), '\n');
  O(X, d, '\n', { en: 'Signature', de: 'Unterschrift', fr: 'Signature', es: 'Firma', it: 'Firma', nl: 'Handtekening' }[lang], ': ________   ', X.date(lang), '\n');
}

// ------------------------------------------------------------------ medical letters
export function medical_letter(X, d) {
  X.ocr = X.chance(0.5);
  const v = X.pick(['gb', 'gb', 'us', 'us', 'de', 'fr', 'es']);
  if (v === 'gb') {
    const pt = X.person(X.chance(0.6) ? 'en_gb' : undefined); const dr = X.person('en_gb'); const a = X.addr('GB'); const gp = X.person('en_gb');
    O(X, d, X.pick(['City Hospital NHS Foundation Trust', 'Royal Infirmary – Department of Cardiology', 'Riverside Medical Practice']), '\n', X.pick(['Outpatient clinic letter', 'Discharge summary', 'Referral']), '\n\n');
    O(X, d, 'Patient: ', X.pname(pt, 'latin'), '   DOB: ', `${p2(X.int(1, 28))}/${p2(X.int(1, 12))}/${X.int(1940, 2005)}`, '\nNHS number: ', X.nhs(), '   Hospital no: ', X.L('crm_id'), '\nAddress: ', X.addrParts(a, ', '), '\n');
    O(X, d, 'GP: Dr ', X.pname(gp), ', ', X.pick(['Riverside Medical Practice', 'Oak Tree Surgery', 'Hillside Health Centre']), '\n\n');
    O(X, d, 'Dear Dr ', P('PERSON', gp.family), ',\n\n', 'I reviewed ', P('PERSON', pt.givenLat), ' in clinic on ', X.date('gb'), '. ', X.pick(['Blood pressure remains well controlled on amlodipine 5 mg. ', 'Her knee has improved after physiotherapy. ', 'Echo shows preserved LV function. ']),
      'I have asked for repeat bloods in ', X.pick(['six weeks', 'three months']), ' and will see ', X.pick(['her', 'him', 'them']), ' again on ', X.date('gb'), '.\n');
    if (X.chance(0.5)) O(X, d, 'Next of kin: ', X.pname(X.person('en_gb')), ' (', X.pick(['daughter', 'husband', 'wife', 'son']), '), ', X.phone('GB'), '\n');
    if (X.chance(0.3)) O(X, d, 'Note: the NHS number on the referral (', X.L('invalid_nhs'), ') was mistyped; corrected above.\n');
    const nhsNo = X.nhs(' ').value;
    O(X, d, 'Sibling seen in the same clinic: ', X.pname(X.person('en_gb')), ', NHS ', X.nhs(), '\n');
    O(X, d, '\nYours sincerely,\n\nDr ', X.pname(dr), '\nConsultant ', X.pick(['Cardiologist', 'Orthopaedic Surgeon', 'Physician']), '\nSecretary: ', X.phone('GB'), ' · ', X.email(dr), '\n');
    return;
  }
  if (v === 'us') {
    const pt = X.person(X.chance(0.7) ? USC : undefined); const dr = X.person(USC); const a = X.addr('US');
    O(X, d, X.pick(['Lakeside Family Medicine', 'Mercy Health – Internal Medicine', 'Westside Pediatrics']), '\n', P('LOCATION', X.addr('US').street), ', ', X.city('US'), '\n', 'Tel ', X.phone('US', 'nat'), '  Fax ', X.phone('US', 'nat'), '\n\n');
    O(X, d, X.pick(['PRESCRIPTION', 'Rx', 'CONTROLLED SUBSTANCE PRESCRIPTION']), '\nPrescriber: ', X.pname(dr), ', MD   DEA# ', X.dea(dr.familyLat), '   NPI ', X.r.digits(10), '\n');
    O(X, d, 'Patient: ', X.pname(pt, 'latin'), '   DOB ', `${X.int(1, 12)}/${X.int(1, 28)}/${X.int(1940, 2010)}`, '\n', 'Address: ', X.addrParts(a, ', '), '\n', 'Phone: ', X.phone('US'), '\n\n');
    O(X, d, X.pick(['Oxycodone 5 mg tab', 'Methylphenidate ER 18 mg', 'Lorazepam 0.5 mg', 'Amoxicillin 500 mg cap']), ' — ', X.pick(['#30', '#60', '#20']), ', ', X.pick(['1 tab PO q6h prn pain', '1 tab PO qAM', '1 cap PO tid x 10 days']), '\nRefills: 0   Date: ', X.date('us'), '\n');
    if (X.chance(0.5)) O(X, d, 'Insurance: ', X.pick(['BlueShield', 'Aetna', 'Medicaid']), ' member ', X.L('policy_number'), '\n');
    if (X.chance(0.5)) O(X, d, '\nCo-signed: ', X.pname(X.person(USC)), ', NP   DEA# ', X.dea(), '\n');
    if (X.chance(0.3)) O(X, d, 'Pharmacy flagged DEA ', X.L('invalid_dea'), ' as invalid on the previous script.\n');
    O(X, d, 'Dispensed by: ', X.pick(['Walgreens-ish #', 'Main St Pharmacy #', 'CVS-like #']), String(X.int(1000, 9999)), '   Pharmacy DEA ', X.dea(X.pick(['Main', 'Corner', 'Rx'])), '\n');
    return;
  }
  const lang = v; const loc = locale(X, lang); const pt = X.person(loc.cult); const dr = X.person(loc.cult); const a = X.addr(loc.cc);
  const T = { de: ['Klinikum Nord – Innere Medizin', 'Arztbrief', 'Patient/in', 'geb.', 'wir berichten über die stationäre Behandlung von', 'Entlassung am', 'Mit freundlichen Grüßen', 'Oberarzt', 'Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,'],
    fr: ['Centre Hospitalier – Service de Cardiologie', 'Compte rendu d’hospitalisation', 'Patient(e)', 'né(e) le', 'nous avons pris en charge', 'Sortie le', 'Confraternellement,', 'Praticien hospitalier', 'Cher confrère,'],
    es: ['Hospital General – Servicio de Traumatología', 'Informe de alta', 'Paciente', 'f. nac.', 'ha estado ingresado/a a nuestro cargo', 'Alta el', 'Atentamente,', 'Médico adjunto', 'Estimado/a compañero/a:'] }[lang];
  O(X, d, T[0], '\n', P('LOCATION', X.addr(loc.cc).street), ', ', X.city(loc.cc), '\n\n', T[1], '\n', T[2], ': ', X.pname(pt), ', ', T[3], ' ', `${p2(X.int(1, 28))}.${p2(X.int(1, 12))}.${X.int(1935, 2004)}`, '\n', X.addrParts(a, ', '), '\n\n', T[8], '\n');
  O(X, d, T[4], ' ', X.pname(pt), ' (', X.date(lang), ' – ', X.date(lang), '). ', { de: 'Diagnose: NSTEMI, PCI RIVA.', fr: 'Diagnostic : fibrillation auriculaire.', es: 'Diagnóstico: fractura de radio distal.' }[lang], '\n', T[5], ' ', X.date(lang), '.\n');
  if (X.chance(0.6)) O(X, d, { de: 'Angehörige: ', fr: 'Personne de confiance : ', es: 'Contacto: ' }[lang], X.pname(X.person(loc.cult)), ', ', X.phone(CC_PHONE[loc.cc]), '\n');
  O(X, d, '\n', T[6], '\n', X.pname(dr), ', ', T[7], '\n', X.email(dr), '\n');
}

// ------------------------------------------------------------------ school letters
const SCHOOL = {
  de: ['Grundschule Am Park · Klasse {cls}', 'Liebe Eltern der Klasse {cls},', 'am {date} fahren wir in den Wildpark nach {village}. Bitte überweisen Sie {price} bis {date2} an den Förderverein, IBAN {iban}, Verwendungszweck: Name des Kindes.', 'Abfahrt ist um 8:00 Uhr an der {addr}.', 'Bei Fragen erreichen Sie mich unter {phone} oder {email}.', 'Mit freundlichen Grüßen'],
  fr: ['École élémentaire Jules-Verne · classe de {cls}', 'Chers parents,', 'la sortie au château de {village} aura lieu le {date}. Merci de régler {price} avant le {date2} par virement : {iban}.', 'Départ 8 h devant l’école, {addr}.', 'Contact : {phone} / {email}.', 'Bien cordialement,'],
  en: ['Hillcrest Primary School · Class {cls}', 'Dear Parents and Carers,', 'Year 4 will visit {village} on {date}. Please pay {price} by {date2}; bank transfer to {iban} with your child’s name as reference.', 'The coach leaves from {addr} at 8:15.', 'Any questions: {phone} or {email}.', 'Kind regards,'],
  es: ['CEIP Miguel Hernández · {cls}', 'Estimadas familias:', 'El {date} iremos de excursión a {village}. Por favor, ingresad {price} antes del {date2} en la cuenta {iban}.', 'Salida a las 8:30 desde {addr}.', 'Dudas: {phone} o {email}.', 'Un saludo,'],
  it: ['Istituto Comprensivo G. Pascoli · classe {cls}', 'Gentili genitori,', 'il {date} la classe andrà in gita a {village}. La quota di {price} va versata entro il {date2} sull’IBAN {iban}.', 'Partenza ore 8:00 da {addr}.', 'Per informazioni: {phone}, {email}.', 'Cordiali saluti,'],
  nl: ['Basisschool De Regenboog · groep {cls}', 'Beste ouders/verzorgers,', 'Op {date} gaan we op schoolreis naar {village}. Graag {price} overmaken vóór {date2} naar {iban}.', 'Vertrek 8.15 uur vanaf {addr}.', 'Vragen? {phone} of {email}.', 'Hartelijke groet,'],
  pl: ['Szkoła Podstawowa nr 12 · klasa {cls}', 'Szanowni Państwo,', 'dnia {date} klasa jedzie na wycieczkę do {village}. Prosimy o wpłatę {price} do {date2} na konto {iban}.', 'Zbiórka o 7:45 przy {addr}.', 'Kontakt: {phone}, {email}.', 'Z poważaniem,'],
  sv: ['Solbackens skola · klass {cls}', 'Hej alla vårdnadshavare!', 'Den {date} åker vi till {village}. Betala {price} senast {date2} till {iban}.', 'Vi samlas 8.00 vid {addr}.', 'Frågor: {phone} eller {email}.', 'Vänliga hälsningar,'],
  ja: ['市立さくら小学校　{cls}', '保護者の皆様へ', '{date}に{village}への遠足を予定しています。費用{price}を{date2}までに{iban}へお振込みください。', '集合は{addr}、午前8時です。', 'ご不明な点は{phone}または{email}までご連絡ください。', '担任'],
};
export function school_letter(X, d) {
  X.ocr = X.chance(0.3);
  const lang = X.lang('school', Object.keys(SCHOOL)); const loc = locale(X, lang); const S_ = SCHOOL[lang]; const teacher = X.person(loc.cult);
  const cls = { de: X.pick(['3b', '4a']), fr: X.pick(['CM1', 'CE2']), en: X.pick(['4 Oak', 'Year 4']), es: X.pick(['5ºB', '3ºA']), it: X.pick(['4C', '2A']), nl: X.pick(['groep 6', 'groep 4']), pl: X.pick(['3a', '5b']), sv: X.pick(['3B', '4A']), ja: X.pick(['2年1組', '4年2組']) }[lang];
  const v = { cls, village: P('LOCATION', X.g.village(X.r)), date2: X.date(lang) };
  d.tpl(S_[0], v); d.t('\n'); O(X, d, X.date(lang), '\n\n'); d.tpl(S_[1], v); d.t('\n\n');
  sayTpl(X, d, loc, S_[2], v); d.t(' '); sayTpl(X, d, loc, S_[3], v); d.t('\n\n');
  const n = X.int(2, 6); d.t({ de: 'Begleitpersonen: ', fr: 'Accompagnateurs : ', en: 'Parent helpers: ', es: 'Acompañantes: ', it: 'Accompagnatori: ', nl: 'Begeleiders: ', pl: 'Opiekunowie: ', sv: 'Medföljande: ', ja: '引率: ' }[lang]);
  for (let i = 0; i < n; i++) { if (i) d.t(', '); d.w(X.pname(X.person(loc.cult))); } d.t('\n');
  if (X.chance(0.6)) { d.t({ de: 'Notfallnummer unterwegs: ', fr: 'Urgence pendant la sortie : ', en: 'Emergency mobile on the day: ', es: 'Móvil de emergencia: ', it: 'Cellulare di emergenza: ', nl: 'Noodnummer: ', pl: 'Telefon alarmowy: ', sv: 'Nödnummer: ', ja: '当日の緊急連絡先: ' }[lang]).w(X.phone(CC_PHONE[loc.cc] || loc.cc)).t('\n'); }
  if (X.chance(0.5)) { d.t({ de: 'Bitte besorgen: ', fr: 'À acheter : ', en: 'Please buy: ', es: 'Material: ', it: 'Da acquistare: ', nl: 'Graag aanschaffen: ', pl: 'Prosimy kupić: ', sv: 'Köp gärna: ', ja: '購入をお願いします: ' }[lang]); d.w({ de: 'Arbeitsheft Mathe 3', fr: 'Cahier de lecture CE2', en: 'Oxford Reading Tree', es: 'Lengua 4º', it: 'Matematica in gioco', nl: 'Taal actief', pl: 'Elementarz', sv: 'Matte Eldorado', ja: 'こくご ことばのえほん' }[lang], ', ISBN ', X.L('isbn'), ' (', X.price(lang), ')\n'); }
  sayTpl(X, d, loc, S_[4]); d.t('\n\n' + S_[5] + '\n'); d.w(X.pname(teacher)).t('\n');
  if (X.chance(0.7)) {
    d.t('\n' + '- '.repeat(20) + '\n');
    d.t({ de: 'Rückmeldung – bitte bis zum ', fr: 'Coupon-réponse – avant le ', en: 'Reply slip – return by ', es: 'Autorización – antes del ', it: 'Tagliando – entro il ', nl: 'Strookje – inleveren vóór ', pl: 'Zgoda – do ', sv: 'Svarstalong – senast ', ja: '返信票　締切 ' }[lang]).w(X.date(lang)).t('\n');
    const child = X.person(loc.cult); const parent = X.person(loc.cult);
    d.w({ de: 'Name des Kindes: ', fr: 'Nom de l’enfant : ', en: 'Child’s name: ', es: 'Nombre del alumno/a: ', it: 'Nome dell’alunno: ', nl: 'Naam kind: ', pl: 'Imię i nazwisko dziecka: ', sv: 'Barnets namn: ', ja: '児童氏名: ' }[lang], X.pname(child), '\n');
    d.w({ de: 'Erziehungsberechtigte/r: ', fr: 'Responsable légal : ', en: 'Parent/carer: ', es: 'Padre/madre/tutor: ', it: 'Genitore: ', nl: 'Ouder/verzorger: ', pl: 'Rodzic/opiekun: ', sv: 'Vårdnadshavare: ', ja: '保護者氏名: ' }[lang], X.pname(parent), '  ', X.phone(CC_PHONE[loc.cc] || loc.cc), '\n');
    if (X.chance(0.5)) d.w('E-Mail: ', X.email(parent), '\n');
  }
}

// ------------------------------------------------------------------ rental agreements
const RENT = {
  de: ['MIETVERTRAG über Wohnraum', 'zwischen', '– Vermieter/in –', 'und', '– Mieter/in –', '§ 1 Mietsache: Die Wohnung im {floor} des Hauses {addr}, {city}, wird zu Wohnzwecken vermietet.', '§ 3 Miete: Die monatliche Grundmiete beträgt {price}, Vorauszahlung Betriebskosten {price2}. Zahlung bis zum 3. Werktag auf das Konto {iban}.', '§ 4 Kaution: {price3}.', 'Mietbeginn', 'Ort, Datum'],
  fr: ['CONTRAT DE LOCATION – LOGEMENT NU', 'Entre', '(le bailleur)', 'et', '(le locataire)', 'Article 1 – Désignation : appartement situé {addr}, {city}, {floor}.', 'Article 3 – Loyer : {price} par mois, charges {price2}, payable par virement sur {iban}.', 'Article 4 – Dépôt de garantie : {price3}.', 'Prise d’effet', 'Fait à'],
  es: ['CONTRATO DE ARRENDAMIENTO DE VIVIENDA', 'De una parte', '(arrendador/a)', 'y de otra', '(arrendatario/a)', 'PRIMERA.– Objeto: vivienda sita en {addr}, {city}, {floor}.', 'TERCERA.– Renta: {price} mensuales, gastos {price2}, mediante transferencia a {iban}.', 'CUARTA.– Fianza: {price3}.', 'Fecha de inicio', 'En'],
  it: ['CONTRATTO DI LOCAZIONE AD USO ABITATIVO (4+4)', 'Tra', '(locatore)', 'e', '(conduttore)', 'Art. 1 – L’immobile sito in {addr}, {city}, {floor}.', 'Art. 3 – Canone mensile {price}, spese {price2}, da versare sull’IBAN {iban}.', 'Art. 4 – Deposito cauzionale: {price3}.', 'Decorrenza', 'Luogo e data'],
  en: ['ASSURED SHORTHOLD TENANCY AGREEMENT', 'between', '(the Landlord)', 'and', '(the Tenant)', '1. Property: {floor}, {addr}, {city}.', '2. Rent: {price} per calendar month plus {price2} service charge, payable by standing order to {iban}.', '3. Deposit: {price3}, protected in a government-approved scheme.', 'Start date', 'Signed at'],
  nl: ['HUUROVEREENKOMST WOONRUIMTE', 'De ondergetekenden', '(verhuurder)', 'en', '(huurder)', 'Artikel 1 – Het gehuurde: woning gelegen {addr}, {city}, {floor}.', 'Artikel 3 – Huurprijs {price} per maand, servicekosten {price2}, te voldoen op {iban}.', 'Artikel 4 – Waarborgsom: {price3}.', 'Ingangsdatum', 'Getekend te'],
  pt: ['CONTRATO DE ARRENDAMENTO HABITACIONAL', 'Entre', '(senhorio)', 'e', '(arrendatário)', 'Cláusula 1.ª – Fração situada na {addr}, {city}, {floor}.', 'Cláusula 3.ª – Renda mensal de {price}, condomínio {price2}, paga por transferência para {iban}.', 'Cláusula 4.ª – Caução: {price3}.', 'Início', 'Feito em'],
};
export function rental_agreement(X, d) {
  X.ocr = X.chance(0.6);
  const lang = X.lang('rent', Object.keys(RENT)); const loc = locale(X, lang); const R = RENT[lang];
  if (lang === 'pt') loc.cc = 'PT';
  const ll = X.person(loc.cult), tn = X.person(X.chance(0.7) ? loc.cult : undefined), tn2 = X.chance(0.4) ? X.person(loc.cult) : null;
  const flat = X.addr(loc.cc); const iv = { addr: P('LOCATION', flat.street), city: P('LOCATION', flat.city), floor: { de: '2. OG links', fr: '3e étage', es: '1.º izquierda', it: 'piano terra', en: 'Flat 2', nl: 'eerste etage', pt: '2.º Dto.' }[lang],
    price2: X.price(lang), price3: X.price(lang) };
  O(X, d, R[0], '\n\n', R[1], '\n'); d.w(X.pname(ll)).t(', '); d.w(X.addrParts(X.addr(loc.cc), ', ')); O(X, d, '\n', R[2], '\n', R[3], '\n'); d.w(X.pname(tn));
  if (tn2) d.w({ de: ' und ', fr: ' et ', es: ' y ', it: ' e ', en: ' & ', nl: ' en ', pt: ' e ' }[lang], X.pname(tn2));
  d.t(', '); d.w(X.phone(CC_PHONE[loc.cc] || loc.cc)); if (X.chance(0.6)) d.w(', ', X.email(tn)); O(X, d, '\n', R[4], '\n\n');
  for (const i of [5, 6, 7]) { sayTpl(X, d, loc, R[i], iv); d.t('\n'); }
  O(X, d, R[8], ': ', X.date(lang), '\n');
  if (X.chance(0.4)) { pageBreak(X, d, lang === 'en' ? 'en' : lang, 1, 3); O(X, d, { de: 'Hausverwaltung', fr: 'Syndic', es: 'Administrador de fincas', it: 'Amministratore', en: 'Managing agent', nl: 'Beheerder', pt: 'Administração do condomínio' }[lang], ': ', X.pname(X.person(loc.cult)), ', ', X.phone(CC_PHONE[loc.cc] || loc.cc), ', ', X.email(X.person(loc.cult)), '\n'); }
  if (X.chance(0.5)) O(X, d, { de: 'Zählerstand Strom', fr: 'Relevé compteur', es: 'Lectura contador', it: 'Lettura contatore', en: 'Meter reading', nl: 'Meterstand', pt: 'Leitura do contador' }[lang], ': ', String(X.int(1000, 99999)), ' kWh (', X.L('serial_number'), ')\n');
  O(X, d, '\n', R[9], ' '); d.w(P('LOCATION', flat.city), ', ', X.date(lang)); O(X, d, '\n\n______________________    ______________________\n'); d.w(X.pname(ll), '                ', X.pname(tn), '\n');
}

// ------------------------------------------------------------------ visa applications
export function visa_application(X, d) {
  X.ocr = X.chance(0.5);
  const v = X.pick(['schengen', 'schengen', 'us_travel', 'jp', 'cn', 'in', 'uk']);
  const app = X.person(v === 'us_travel' ? undefined : USC); const a = X.addr(v === 'us_travel' ? undefined : 'US');
  const pob = X.city(v === 'us_travel' ? undefined : 'US');
  const lab = {
    schengen: ['APPLICATION FOR SCHENGEN VISA / DEMANDE DE VISA SCHENGEN', '1. Surname / Nom', '3. First name(s) / Prénom(s)', '5. Place of birth / Lieu de naissance', '13. Number of travel document / Numéro du document de voyage', '19. Home address / Adresse du domicile', 'Telephone / Téléphone', 'E-mail', '20. Employer / Employeur', '30. Inviting person / Personne qui invite'],
    us_travel: ['ONLINE NONIMMIGRANT VISA APPLICATION (confirmation page)', 'Surnames', 'Given names', 'City of birth', 'U.S. Social Security number (if any)', 'Home address', 'Primary phone', 'Email address', 'Present employer', 'U.S. point of contact'],
    jp: ['査証申請書 VISA APPLICATION FORM TO ENTER JAPAN', 'Surname (姓)', 'Given and middle names (名)', 'Place of birth (出生地)', 'Passport No. (旅券番号)', 'Current residential address (現住所)', 'Telephone No.', 'E-mail', 'Name and address of employer', 'Guarantor or reference in Japan (身元保証人)'],
    cn: ['中华人民共和国签证申请表 Visa Application Form', '姓 Surname', '名 Given names', '出生地点 Place of birth', '护照号码 Passport number', '家庭住址 Home address', '电话 Phone', '电子邮箱 Email', '工作单位 Employer', '邀请人 Inviting person'],
    in: ['e-VISA APPLICATION – REGISTRATION ID ', 'Surname', 'Given name', 'Town/City of birth', 'Passport No.', 'Present address', 'Phone no.', 'Email', 'Occupation / Employer', 'Reference name in India'],
    uk: ['UK Visitor visa – application summary', 'Family name', 'Given names', 'Place of birth', 'Passport number', 'Address', 'Telephone', 'Email', 'Employer', 'Person you are visiting'],
  }[v];
  O(X, d, lab[0]); if (v === 'in') d.w(X.L('crm_id')); d.t('\n' + '-'.repeat(40) + '\n');
  O(X, d, lab[1], ': ', P('PERSON', app.familyLat.toUpperCase()), '\n', lab[2], ': ', P('PERSON', app.givenLat.toUpperCase()), '\n', 'Date of birth: ', `${p2(X.int(1, 28))}-${X.pick(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'])}-${X.int(1950, 2004)}`, '\n');
  O(X, d, lab[3], ': ', pob, ', ', v === 'us_travel' ? X.country('en') : P('LOCATION', X.pick(['USA', 'United States'])), '\n', 'Nationality: ', v === 'us_travel' ? X.country('en') : P('LOCATION', 'USA'), '\n');
  if (v === 'us_travel') O(X, d, 'Passport number: see attached scan\n', lab[4], ': ', X.pick(['Does Not Apply', 'N/A']), '\n'); else O(X, d, lab[4], ': ', X.passport(), '   Issued: ', X.date('en'), '   Expires: ', X.date('en'), '\n');
  if (v !== 'us_travel' && X.chance(0.3)) O(X, d, 'Previous passport: ', X.passport(), ' (lost, reported ', X.date('en'), ')\n');
  O(X, d, lab[5], ': ', X.addrParts(a, ', '), '\n', lab[6], ': ', X.phone(v === 'us_travel' ? undefined : 'US'), '\n', lab[7], ': ', X.email(app), '\n');
  if (v === 'us_travel' || X.chance(0.3)) O(X, d, 'Social security / tax id: ', v === 'us_travel' ? 'N/A' : X.ssn(), '\n');
  O(X, d, lab[8], ': ', X.pick(['Acme Logistics Ltd', 'Northwind Traders', 'self-employed', 'Riverside Medical Practice']), ', ', X.addrParts(X.addr(v === 'us_travel' ? undefined : 'US'), ', '), '\n');
  const host = X.person({ schengen: X.pick(['de', 'fr', 'it', 'es', 'nl']), us_travel: USC, jp: 'ja', cn: 'zh', in: 'hi', uk: 'en_gb' }[v]);
  const hostCC = { schengen: { de: 'DE', fr: 'FR', it: 'IT', es: 'ES', nl: 'NL' }[host.cid], us_travel: 'US', jp: 'JP', cn: 'CN', in: 'IN', uk: 'GB' }[v];
  O(X, d, lab[9], ': ', X.pname(host), ', ', X.addrParts(X.addr(hostCC), ', '), ', ', X.phone(CC_PHONE[hostCC] || hostCC), '\n');
  O(X, d, 'Intended date of arrival: ', X.date('en'), '   Flight ', X.L('flight_number'), '\nHotel: ', X.pick(['Hotel Lindenhof', 'Hôtel des Arts', 'Park Hyatt', 'ホテル銀座', 'Taj Residency']), ', ', place(X), '\n');
  if (X.chance(0.5)) O(X, d, 'Fee paid: ', X.price(), ' by card ', X.L('masked_card'), '   Receipt ', X.L('order_number'), '\n');
  O(X, d, '\nApplication ID: ', X.L('request_id'), '   Submitted: ', X.ts(), '\n');
}

// ------------------------------------------------------------------ bank statements
export function bank_statement(X, d) {
  X.ocr = X.chance(0.5);
  const lang = X.pick(['de', 'fr', 'en', 'us', 'es', 'it', 'nl', 'pl', 'us']); const L2 = lang === 'us' ? 'us' : lang === 'en' ? 'gb' : lang; const loc = locale(X, lang === 'us' || lang === 'en' ? 'en' : lang); if (lang === 'us') { loc.cc = 'US'; loc.cult = USC; } if (lang === 'en') { loc.cc = 'GB'; loc.cult = 'en_gb'; }
  const holder = X.person(loc.cult); const a = X.addr(loc.cc);
  const T = { de: ['Kontoauszug', 'Kontoinhaber', 'Alter Saldo', 'Neuer Saldo', 'Buchung', 'Verwendungszweck'], fr: ['Relevé de compte', 'Titulaire', 'Ancien solde', 'Nouveau solde', 'Date', 'Libellé'],
    en: ['Statement of account', 'Account holder', 'Opening balance', 'Closing balance', 'Date', 'Details'], us: ['Monthly Statement', 'Primary account holder', 'Beginning balance', 'Ending balance', 'Date', 'Description'],
    es: ['Extracto de cuenta', 'Titular', 'Saldo anterior', 'Saldo final', 'Fecha', 'Concepto'], it: ['Estratto conto', 'Intestatario', 'Saldo iniziale', 'Saldo finale', 'Data', 'Descrizione'],
    nl: ['Rekeningafschrift', 'Rekeninghouder', 'Beginsaldo', 'Eindsaldo', 'Datum', 'Omschrijving'], pl: ['Wyciąg z rachunku', 'Posiadacz', 'Saldo początkowe', 'Saldo końcowe', 'Data', 'Opis'] }[lang];
  O(X, d, { de: 'Sparkasse Nord', fr: 'Banque du Parc', en: 'Contoso Bank plc', us: 'First Federal Savings', es: 'Caja Sol', it: 'Banca Adriatica', nl: 'Polderbank', pl: 'Bank Północny' }[lang], ' — ', T[0], ' ', String(X.int(1, 12)), '/', String(X.int(2022, 2025)), '\n');
  O(X, d, T[1], ': ', X.pname(holder)); if (X.chance(0.3)) d.w(', ', X.pname(X.person(loc.cult))); d.t('\n'); addrBlock(X, d, a);
  if (lang === 'us') O(X, d, 'Account number: ', X.bank(), '   Routing: ', '0' + X.r.digits(8), '\n'); else O(X, d, 'IBAN: ', X.iban(CC_IBAN[loc.cc] || 'GB'), '   BIC: ', X.L('bic'), '\n');
  O(X, d, T[2], ': ', X.price(L2), '\n\n', T[4], '        ', T[5], '                                   ', { de: 'Betrag', fr: 'Montant', en: 'Amount', us: 'Amount', es: 'Importe', it: 'Importo', nl: 'Bedrag', pl: 'Kwota' }[lang], '\n');
  while (d.len < X.budget) {
    const k = X.r.weighted([['card', 3], ['sepa', 3], ['person', 3], ['standing', 1], ['atm', 1]]);
    d.w(X.date(L2), '  ');
    if (k === 'card') O(X, d, { de: 'Kartenzahlung ', fr: 'CB ', en: 'CARD PAYMENT ', us: 'POS DEBIT ', es: 'COMPRA TARJ. ', it: 'POS ', nl: 'BEA betaalpas ', pl: 'Płatność kartą ' }[lang], X.pick(['REWE', 'Carrefour', 'TESCO STORES', 'Mercadona', 'Esselunga', 'Albert Heijn', 'Biedronka', 'SHELL']), ' ', X.L('masked_card'), ' ', X.city(loc.cc));
    else if (k === 'sepa') O(X, d, { de: 'SEPA-Lastschrift ', fr: 'Prélèvement ', en: 'Direct Debit ', us: 'ACH DEBIT ', es: 'Recibo ', it: 'Addebito SDD ', nl: 'Incasso ', pl: 'Polecenie zapłaty ' }[lang], X.pick(['Stadtwerke', 'EDF', 'Vodafone', 'Iberdrola', 'Enel', 'Vattenfall', 'Orange']), ' ', X.L(X.pick(['invoice_number', 'policy_number', 'crm_id'])));
    else if (k === 'person') { O(X, d, { de: 'Überweisung an ', fr: 'Virement de ', en: 'Transfer to ', us: 'Zelle payment to ', es: 'Transferencia a ', it: 'Bonifico a ', nl: 'Overboeking naar ', pl: 'Przelew od ' }[lang], X.pname(X.person(loc.cult))); if (lang !== 'us' && X.chance(0.5)) d.w(' ', X.iban(CC_IBAN[loc.cc] || 'GB')); if (lang === 'us' && X.chance(0.5)) d.w(' acct ', X.bank()); }
    else if (k === 'standing') O(X, d, { de: 'Dauerauftrag Miete ', fr: 'Virement permanent loyer ', en: 'Standing order RENT ', us: 'Recurring rent ', es: 'Transferencia periódica alquiler ', it: 'Bonifico periodico affitto ', nl: 'Periodieke overboeking huur ', pl: 'Zlecenie stałe czynsz ' }[lang], X.pname(X.person(loc.cult)));
    else if (X.chance(0.15)) O(X, d, { de: 'Abgelehnt: Karte ', fr: 'Refusé : carte ', en: 'DECLINED card ', us: 'DECLINED card ', es: 'Rechazada tarjeta ', it: 'Rifiutata carta ', nl: 'Geweigerd kaart ', pl: 'Odrzucono kartę ' }[lang], X.L('invalid_card'));
    else O(X, d, { de: 'Bargeldauszahlung ', fr: 'Retrait DAB ', en: 'ATM ', us: 'ATM WITHDRAWAL ', es: 'Reintegro cajero ', it: 'Prelievo ATM ', nl: 'Geldopname ', pl: 'Wypłata z bankomatu ' }[lang], X.city(loc.cc));
    d.w('  ', X.chance(0.6) ? '-' : '+', X.price(L2), '\n');
  }
  O(X, d, '\n', T[3], ': ', X.price(L2), '\n');
  if (X.chance(0.4)) O(X, d, { de: 'Ihr Berater: ', fr: 'Votre conseiller : ', en: 'Your relationship manager: ', us: 'Your banker: ', es: 'Su gestor: ', it: 'Il suo consulente: ', nl: 'Uw adviseur: ', pl: 'Twój doradca: ' }[lang], X.pname(X.person(loc.cult)), ', ', X.phone(CC_PHONE[loc.cc] || 'US'), '\n');
}

// ------------------------------------------------------------------ payslips
export function payslip(X, d) {
  X.ocr = X.chance(0.5);
  const lang = X.pick(['us', 'us', 'de', 'fr', 'es', 'nl', 'en', 'it']); const L2 = lang === 'us' ? 'us' : lang === 'en' ? 'en' : lang; const loc = locale(X, lang === 'us' ? 'en' : L2); if (lang === 'us') { loc.cc = 'US'; loc.cult = USC; } if (lang === 'en') { loc.cc = 'IE'; loc.cult = 'ga'; }
  const emp = X.person(loc.cult); const a = X.addr(loc.cc);
  const T = { us: ['EARNINGS STATEMENT', 'Employee', 'SSN', 'Pay period', 'Gross pay', 'Federal income tax', 'Social Security', 'Medicare', 'Net pay', 'Direct deposit'],
    de: ['Entgeltabrechnung', 'Mitarbeiter/in', 'Pers.-Nr.', 'Abrechnungszeitraum', 'Gesamtbrutto', 'Lohnsteuer', 'Rentenversicherung', 'Krankenversicherung', 'Auszahlungsbetrag', 'Überweisung auf'],
    fr: ['BULLETIN DE PAIE', 'Salarié(e)', 'Matricule', 'Période', 'Salaire brut', 'Impôt prélevé à la source', 'Sécurité sociale', 'CSG/CRDS', 'Net à payer', 'Virement sur'],
    es: ['NÓMINA', 'Trabajador/a', 'N.º afiliación', 'Periodo', 'Total devengado', 'IRPF', 'Contingencias comunes', 'Desempleo', 'Líquido a percibir', 'Transferencia a'],
    nl: ['LOONSTROOK', 'Werknemer', 'Personeelsnr.', 'Periode', 'Brutoloon', 'Loonheffing', 'Pensioen', 'ZVW', 'Netto uitbetaling', 'Betaald op'],
    en: ['PAYSLIP', 'Employee', 'Staff no.', 'Period', 'Gross pay', 'PAYE', 'PRSI', 'USC', 'Net pay', 'Paid to'],
    it: ['CEDOLINO PAGA', 'Dipendente', 'Matricola', 'Periodo', 'Totale competenze', 'IRPEF', 'INPS', 'Addizionali', 'Netto in busta', 'Accredito su'] }[lang];
  O(X, d, X.pick({ us: ['Acme Logistics Inc.', 'Northwind Traders LLC'], de: ['Bäckerei Rosa GmbH', 'Stadtwerke Nord GmbH'], fr: ['Clinique du Lac', 'Boulangerie Martin SARL'], es: ['Fabrikam Iberia SL'], nl: ['Kinderopvang Zonnetje BV'], en: ['Contoso Ireland Ltd'], it: ['Studio Ricci Srl'] }[lang]), '\n', T[0], '\n\n');
  O(X, d, T[1], ': ', X.pname(emp), '\n'); addrBlock(X, d, a, '  ');
  if (lang === 'us') { const k = X.r.weighted([['ssn', 6], ['itin', 3], ['bad', 1]]); O(X, d, k === 'itin' ? 'ITIN' : T[2], ': ', k === 'ssn' ? X.ssn() : k === 'itin' ? X.itin() : X.L('invalid_ssn'), '   Employee ID ', X.L('crm_id'), '\n'); } else O(X, d, T[2], ': ', X.L('crm_id'), '\n');
  O(X, d, T[3], ': ', X.date(L2), ' – ', X.date(L2), '   ', { us: 'Pay date', en: 'Pay date', de: 'Zahltag', fr: 'Payé le', es: 'Fecha pago', nl: 'Betaaldatum', it: 'Data pagamento' }[lang], ': ', X.date(L2), '\n\n');
  for (const i of [4, 5, 6, 7]) O(X, d, T[i].padEnd(28, ' '), X.price(L2), '\n');
  O(X, d, '-'.repeat(40), '\n', T[8].padEnd(28, ' '), X.price(L2), '\n', T[9], ': ');
  if (lang === 'us') { O(X, d, X.pick(['Checking ', 'Savings ', 'Acct ']), X.bank(), X.chance(0.4) ? ['  (split: ', X.bank(), ')'] : ''); } else d.w(X.iban(CC_IBAN[loc.cc] || 'DE'));
  d.t('\n');
  if (X.chance(0.5)) O(X, d, { us: 'HR contact', en: 'HR', de: 'Personalabteilung', fr: 'Service RH', es: 'RRHH', nl: 'HR', it: 'Ufficio personale' }[lang], ': ', X.pname(X.person(loc.cult)), ', ', X.email(X.person(loc.cult)), '\n');
  if (lang === 'us' && X.chance(0.5)) O(X, d, 'W-4 on file: single, 1 allowance   State: ', X.pick(['CA', 'NY', 'TX', 'WA', 'IL']), '   YTD gross ', X.price('en'), '\n');
}

// ------------------------------------------------------------------ HR onboarding packs
export function hr_onboarding(X, d) {
  const lang = X.pick(['us', 'us', 'us', 'de', 'gb', 'fr']); const L0 = lang === 'us' || lang === 'gb' ? 'en' : lang; const L2 = lang === 'us' ? 'us' : lang === 'gb' ? 'gb' : lang; const loc = locale(X, L0); if (lang === 'us') { loc.cc = 'US'; loc.cult = USC; } if (lang === 'gb') { loc.cc = 'GB'; loc.cult = 'en_gb'; }
  const hire = X.person(X.chance(0.75) ? loc.cult : undefined); const mgr = X.person(loc.cult); const buddy = X.person(loc.cult);
  const user = (hire.givenLat[0] + hire.familyLat).toLowerCase().replace(/[^a-z]/g, '');
  const T = { en: ['Welcome to the team', 'Your start date', 'Your manager', 'Your onboarding buddy', 'First-day logins', 'Temporary password (change at first login)', 'Guest Wi-Fi', 'Laptop', 'Emergency contact', 'Payroll / direct deposit'],
    de: ['Willkommen im Team', 'Dein erster Arbeitstag', 'Führungskraft', 'Pat*in', 'Zugänge für den ersten Tag', 'Initialpasswort (bitte sofort ändern)', 'Gäste-WLAN', 'Notebook', 'Notfallkontakt', 'Gehaltskonto'],
    fr: ['Bienvenue dans l’équipe', 'Date d’arrivée', 'Manager', 'Parrain/marraine', 'Accès du premier jour', 'Mot de passe provisoire (à changer)', 'Wi-Fi invités', 'Ordinateur', 'Personne à prévenir', 'Compte pour la paie'] }[L0];
  d.w(T[0], ', ', X.pgiven(hire), '!\n', '='.repeat(30), '\n\n');
  d.w(T[1], ': ', X.date(L2), ', 9:00 – ', X.addrParts(X.addr(loc.cc), ', '), X.chance(0.5) ? [' (', { en: 'reception, 3rd floor', de: 'Empfang EG', fr: 'accueil, bât. B' }[L0], ')'] : '', '\n');
  d.w(T[2], ': ', X.pname(mgr), ' · ', X.email(mgr), ' · ', X.phone(CC_PHONE[loc.cc] || 'US'), '\n', T[3], ': ', X.pname(buddy), '\n\n');
  d.w('## ', T[4], '\n', 'Username: ', user, '\n', T[5], ': ', S('ACCOUNT_PASSWORD', X.chance(0.5) ? humanPassword(X.r) : strongPassword(X.r, 14)), '\n');
  if (X.chance(0.6)) d.w('MFA seed (if the QR code does not scan): ', S('TOTP_SECRET', X.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32)), '\n');
  d.w(T[6], ': ', X.pick(SSIDS), ' / ', S('WIFI_PASSWORD', passphrase(X.r).replace(/ /g, '-')), '\n');
  d.w(T[7], ': ', X.pick(['ThinkPad T14', 'MacBook Air', 'Dell Latitude 7440']), ', ', X.pick(['S/N ', 'asset ']), X.L('serial_number'), X.chance(0.5) ? [', MAC ', X.L('mac_address')] : '', '\n');
  if (X.chance(0.5)) d.w('BitLocker recovery key: ', X.r.str('0123456789', 6), '-', X.r.str('0123456789', 6), '-… (IT keeps it)\n');
  d.t('\n## ' + (L0 === 'en' ? 'Forms we need from you' : L0 === 'de' ? 'Was wir von dir brauchen' : 'Documents à fournir') + '\n');
  if (lang === 'us') {
    d.w('- I-9: passport ', X.passport(), ' or driver license ', X.dl().span, '\n');
    d.w('- W-4 / payroll: ', X.chance(0.6) ? ['SSN ', X.ssn()] : ['ITIN ', X.itin(), ' (SSN pending)'], '\n');
    if (X.chance(0.3)) d.w('  (the SSN on your offer letter, ', X.L('invalid_ssn'), ', looks mistyped – please re-check)\n');
    d.w('- ', T[9], ': routing ', '0' + X.r.digits(8), ', account ', X.bank(), '\n');
    if (X.chance(0.5)) { const dl = X.dl(); d.w('- Parking permit: vehicle plate 7', X.r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 3), X.r.digits(3), ', license ', dl.span, ' (', dl.state, ')\n'); }
  } else d.w('- ', T[9], ': ', X.iban(CC_IBAN[loc.cc] || 'DE'), '\n');
  const ec = X.person(loc.cult); d.w('- ', T[8], ': ', X.pname(ec), ' (', X.pick({ en: ['spouse', 'mother', 'partner'], de: ['Ehemann', 'Mutter', 'Partnerin'], fr: ['conjoint', 'mère', 'frère'] }[L0]), '), ', X.phone(CC_PHONE[loc.cc] || 'US'), '\n');
  d.w('- ', L0 === 'de' ? 'Privatanschrift' : L0 === 'fr' ? 'Adresse personnelle' : 'Home address', ': ', X.addrParts(X.addr(loc.cc), ', '), '\n');
  if (X.chance(0.5)) d.w('\nIT helpdesk: ', X.phone(CC_PHONE[loc.cc] || 'US'), ' · ticket ', X.L('case_number'), ' · portal https://it.corp.example/onboarding/', X.L('uuid'), '\n');
  d.w('\n', X.pname(X.person(loc.cult)), ', People Team · ', X.email(X.person(loc.cult)), '\n');
}

// ------------------------------------------------------------------ rental car agreement
export function car_rental_form(X, d) {
  X.ocr = X.chance(0.5);
  const drv = X.person(X.chance(0.7) ? USC : undefined); const a = X.addr(X.chance(0.8) ? 'US' : undefined);
  O(X, d, X.pick(['DRIVEAWAY RENTALS', 'SunCoast Car Hire', 'AutoVia Mietwagen']), ' — RENTAL AGREEMENT ', X.L('order_number'), '\n\n');
  O(X, d, 'Renter: ', X.pname(drv, 'latin'), '\nAddress: ', X.addrParts(a, ', '), '\nPhone: ', X.phone(X.chance(0.7) ? 'US' : undefined), '   Email: ', X.email(drv), '\n');
  const dl = X.dl(); O(X, d, "Driver's license: ", dl.span, '  State: ', dl.state, '  Exp: ', X.date('us'), '\n');
  if (X.chance(0.5)) { const dl2 = X.dl(); O(X, d, 'Additional driver: ', X.pname(X.person(USC)), ', DL ', dl2.span, ' (', dl2.state, ')\n'); }
  if (X.chance(0.5)) O(X, d, 'ID verified: passport ', X.passport(), '\n');
  O(X, d, '\nVehicle: ', X.pick(['Toyota Corolla', 'Ford Escape', 'VW Golf', 'Kia Niro EV']), '  VIN ', X.L('serial_number'), '  Odometer ', String(X.int(1000, 80000)), ' mi\n');
  O(X, d, 'Pick-up: ', P('LOCATION', X.pick(['Sacramento Airport', 'Portland Airport', 'Austin–Bergstrom', 'Logan Airport'])), ' ', X.ts(), '\nReturn: ', X.city('US'), ' ', X.ts(), '\n');
  O(X, d, 'Rate: ', X.price('us'), '/day  Deposit hold: ', X.price('us'), '\n', 'Payment card: ', X.chance(0.7) ? X.card() : X.L('masked_card'), '\n');
  if (X.chance(0.5)) O(X, d, 'Card declined earlier: ', X.L('invalid_card'), '\n');
  O(X, d, '\nToll transponder: ', X.L('serial_number'), '   GPS last fix: ', X.L('coordinates'), '\n');
}

// ------------------------------------------------------------------ pharmacy dispensing log / GP list (tables)
export function pharmacy_log(X, d) {
  const us = X.chance(0.55);
  if (us) {
    d.t(X.pick(['rx_id,filled,patient,dob,drug,qty,prescriber,dea,phone\n', 'Rx#|Fill date|Patient|DOB|Medication|Qty|Prescriber|DEA|Callback\n']));
    const sep = d.text.includes('|') ? '|' : ',';
    const docs = [X.person('en_us'), X.person('en_us'), X.person()]; const deas = docs.map((p) => X.dea(p.familyLat));
    while (d.len < X.budget) {
      const i = X.int(0, 2); const pt = X.person(X.chance(0.7) ? 'en_us' : undefined);
      d.w(String(X.int(1000000, 9999999)), sep, X.date('us'), sep, X.pname(pt, 'latin'), sep, `${X.int(1, 12)}/${X.int(1, 28)}/${X.int(1940, 2012)}`, sep, X.pick(['hydrocodone/APAP 5/325', 'alprazolam 0.25mg', 'amphetamine salts 10mg', 'tramadol 50mg', 'lisinopril 10mg']), sep, String(X.pick([10, 20, 30, 60, 90])), sep, X.pname(docs[i], 'latin'), sep, X.chance(0.92) ? { ...deas[i], value: deas[i].value } : X.L('invalid_dea'), sep, X.phone('US', 'nat'), '\n');
    }
  } else {
    d.t(X.pick(['NHS No.,Surname,Forename,DOB,Postcode,Appointment,Clinician,Contact\n', 'Patient list – ' ]));
    if (!d.text.includes(',')) d.w(X.pick(['Oak Tree Surgery', 'Riverside Medical Practice', 'Hillside Health Centre']), ' – ', X.date('gb'), '\n\n');
    const csv = d.text.includes(',');
    while (d.len < X.budget) {
      const pt = X.person(X.chance(0.7) ? 'en_gb' : undefined); const a = X.addr('GB');
      const nhs = X.chance(0.93) ? X.nhs(csv ? X.pick([' ', '']) : ' ') : X.L('invalid_nhs');
      if (csv) d.w(nhs, ',', P('PERSON', pt.familyLat), ',', P('PERSON', pt.givenLat), ',', `${p2(X.int(1, 28))}/${p2(X.int(1, 12))}/${X.int(1935, 2020)}`, ',', a.postal, ',', X.ts(), ',Dr ', X.pname(X.person('en_gb')), ',', X.phone('GB'), '\n');
      else d.w('• ', X.pname(pt, 'latin'), ' (NHS ', nhs, ') – ', X.pick(['bloods', 'asthma review', 'smear', 'flu jab', 'medication review']), ' at ', String(X.int(8, 17)), ':', X.pick(['00', '10', '20', '30', '40', '50']), ', tel. ', X.phone('GB'), '\n');
    }
  }
}

// ------------------------------------------------------------------ US tax forms (W-2, 1099-NEC, W-9, 1040 excerpt) as PDF-to-text
export function us_tax_form(X, d) {
  X.ocr = X.chance(0.6);
  const f = X.pick(['w2', 'w2', '1099', 'w9', '1040', 'w7']);
  const emp = X.person(X.chance(0.75) ? USC : undefined); const a = X.addr('US'); const er = X.pick(['Acme Logistics Inc.', 'Northwind Traders LLC', 'Riverside Dental PC', 'Lakeside Family Medicine', 'Blue Fin Sushi LLC']);
  const tin = () => (X.chance(0.5) ? X.ssn() : X.itin());
  if (f === 'w2') {
    O(X, d, 'Form W-2 Wage and Tax Statement ', String(X.int(2019, 2024)), '   Copy B—To Be Filed With Employee’s FEDERAL Tax Return\n');
    O(X, d, 'a Employee’s social security number  ', tin(), '\nb Employer identification number (EIN)  ', `${X.r.digits(2)}-${X.r.digits(7)}`, '\nc Employer’s name, address, and ZIP code\n  ', er, '\n  ', X.addrParts(X.addr('US'), ', '), '\n');
    O(X, d, 'e Employee’s first name and initial   Last name\n  ', P('PERSON', emp.givenLat), '   ', P('PERSON', emp.familyLat), '\nf Employee’s address and ZIP code\n  ', X.addrParts(a, ', '), '\n');
    O(X, d, '1 Wages, tips, other compensation  ', X.price('us'), '\n2 Federal income tax withheld  ', X.price('us'), '\n3 Social security wages  ', X.price('us'), '\n12a  D  ', X.price('us'), '\n15 State  ', X.pick(['CA', 'NY', 'OR', 'TX', 'OH']), '  Employer’s state ID number  ', X.r.digits(9), '\n');
  } else if (f === 'w7') {
    O(X, d, 'Department of the Treasury  Internal Revenue Service\nNotice CP565   ', X.date('us'), '\n\n', X.pname(emp, 'latin'), '\n', X.addrParts(a, ', '), '\n\nWe assigned you an Individual Taxpayer Identification Number (ITIN)\nYour ITIN: ', X.itin(), '\n');
    O(X, d, 'We received your Form W-7 on ', X.date('us'), '. Use this number on your tax returns. Your dependent ', X.pname(X.person(emp.cid), 'latin'), ' was assigned ITIN ', X.itin(), '.\nQuestions: ', X.phone('US', 'nat'), '\n');
  } else if (f === '1099') {
    O(X, d, 'Form 1099-NEC   Nonemployee Compensation   ', String(X.int(2019, 2024)), '\nPAYER’S name: ', er, '\nPAYER’S TIN: ', `${X.r.digits(2)}-${X.r.digits(7)}`, '\nRECIPIENT’S TIN: ', tin(), '\nRECIPIENT’S name: ', X.pname(emp, 'latin'), '\nStreet address: ', P('LOCATION', a.street), '\nCity, state, ZIP: ', P('LOCATION', a.city), ', ', X.pick(['OR', 'TX', 'OH']), ' ', a.postal, '\n1 Nonemployee compensation  ', X.price('us'), '\nAccount number (see instructions): ', X.bank(), '\n');
  } else if (f === 'w9') {
    O(X, d, 'Form W-9 (Rev. March 2024)  Request for Taxpayer Identification Number and Certification\n1 Name (as shown on your income tax return): ', X.pname(emp, 'latin'), '\n3 Federal tax classification: Individual/sole proprietor\n5 Address: ', P('LOCATION', a.street), '\n6 City, state, and ZIP code: ', P('LOCATION', a.city), ' ', a.postal, '\n7 List account number(s) here (optional): ', X.bank(), '\nPart I Taxpayer Identification Number (TIN)\nSocial security number  ', tin(), '\nSignature ____________  Date ', X.date('us'), '\n');
    if (X.chance(0.5)) O(X, d, 'Requester: ', X.pname(X.person(USC)), ', ', X.email(X.person(USC)), ', ', X.phone('US'), '\n');
  } else {
    const sp = X.person(USC);
    O(X, d, 'Form 1040 U.S. Individual Income Tax Return ', String(X.int(2019, 2024)), '\nFiling Status: Married filing jointly\nYour first name and middle initial: ', P('PERSON', emp.givenLat), '   Last name: ', P('PERSON', emp.familyLat), '   Your social security number: ', tin(), '\n');
    O(X, d, 'If joint return, spouse’s first name: ', P('PERSON', sp.givenLat), '   Last name: ', P('PERSON', sp.familyLat), '   Spouse’s SSN: ', tin(), '\nHome address: ', P('LOCATION', a.street), '   City: ', P('LOCATION', a.city), '\n');
    O(X, d, 'Dependents: (1) ', X.pname(X.person(USC), 'latin'), '  SSN ', X.ssn(), '  daughter\n            (2) ', X.pname(X.person(USC), 'latin'), '  SSN ', X.ssn(), '  son\n');
    O(X, d, '35a Refund ', X.price('us'), '   b Routing number ', '0' + X.r.digits(8), '   c Type: Checking   d Account number ', X.bank(), '\nPaid preparer: ', X.pname(X.person(USC)), '  PTIN P', X.r.digits(8), '  Phone ', X.phone('US'), '\n');
  }
  if (X.chance(0.45)) O(X, d, '\nCorrected form — previous SSN entry ', X.L('invalid_ssn'), ' was rejected.\n');
}

// ------------------------------------------------------------------ US benefits enrollment (HR back office)
export function benefits_enrollment(X, d) {
  X.ocr = X.chance(0.4);
  const emp = X.person(X.chance(0.8) ? USC : undefined); const a = X.addr('US'); const sp = X.person(USC);
  O(X, d, X.pick(['Acme Logistics Inc.', 'Northwind Traders LLC', 'Riverside Dental PC']), ' — ', X.pick(['2025 Open Enrollment', 'New Hire Benefits Enrollment', 'Qualifying Life Event Change']), '\nConfirmation ', X.L('order_number'), '   Submitted ', X.ts(), '\n\n');
  O(X, d, 'EMPLOYEE\n  Name: ', X.pname(emp, 'latin'), '\n  SSN: ', X.ssn(), '   Employee ID: ', X.L('crm_id'), '\n  Address: ', X.addrParts(a, ', '), '\n  Phone: ', X.phone('US'), '   Email: ', X.email(emp), '\n');
  if (X.chance(0.5)) { const dl = X.dl(); O(X, d, '  ID verified: ', X.pick(["driver's license ", 'DL ']), dl.span, ' (', dl.state, ')\n'); }
  O(X, d, '\nDEPENDENTS\n');
  const n = X.int(1, 4);
  for (let i = 0; i < n; i++) { const c = i === 0 ? sp : X.person(USC); O(X, d, '  ', i === 0 ? 'Spouse' : 'Child', ': ', X.pname(c, 'latin'), '   DOB ', `${p2(X.int(1, 12))}/${p2(X.int(1, 28))}/${X.int(1960, 2022)}`, '   ', X.chance(0.8) ? ['SSN ', X.ssn()] : ['ITIN ', X.itin()], '\n'); }
  O(X, d, '\nELECTIONS\n  Medical: ', X.pick(['PPO 500', 'HDHP + HSA', 'HMO Select']), '  ', X.price('us'), '/paycheck\n  Dental: ', X.pick(['Basic', 'Plus']), '  ', X.price('us'), '\n  HSA deposit account: ', X.bank(), '  routing 0', X.r.digits(8), '\n');
  O(X, d, '\nBENEFICIARY (life insurance)\n  ', X.pname(X.chance(0.6) ? sp : X.person(USC), 'latin'), ', ', X.pick(['spouse', 'sister', 'mother']), ', 100%, phone ', X.phone('US'), '\n');
  if (X.chance(0.3)) O(X, d, '\nNote from HR (', X.pname(X.person(USC)), '): SSN ', X.L('invalid_ssn'), ' on the paper form was invalid; corrected from I-9.\n');
}
