// Business document kinds (part 2): insurance claims, clinic documents, travel bookings,
// legal correspondence, bank documents.
import { Ctx, S, P, L, Doc, frag, PI, fill, Clock, humanPassword, plainSecret, SECRET_BY } from './common.mjs';
import { LOOK } from './lookalikes.mjs';

const BUDGET = 3750;
const Lc = (v) => P('LOCATION', v);
const cityOf = (c, pl) => Lc(PI.cityName(pl, c.lang));
const STATES = ['California', 'New York', 'Florida', 'Illinois', 'Texas', 'Washington', 'Pennsylvania', 'New Jersey', 'Michigan', 'Ohio', 'Colorado'];

// ------------------------------------------------------------------ insurance_claim
const CLAIM = {
  en: { t: 'Motor claim notification', pol: 'Policy number', claim: 'Claim reference', holder: 'Policyholder', drv: 'Driver', lic: 'Driver license', loc: 'Place of accident', when: 'Date of loss', desc: 'Description', third: 'Third party', payout: 'Settlement account', adj: 'Adjuster notes',
    story: ['Insured states that {N} reversed out of a driveway on {S} in {C} and hit the rear bumper.', 'Collision at a roundabout near {C}; the other driver, {N}, admitted fault at the scene.', 'Vehicle parked outside the office in {C} was scratched overnight; neighbour {N} saw a van leaving.'] },
  de: { t: 'Schadenmeldung Kfz', pol: 'Versicherungsschein-Nr.', claim: 'Schadennummer', holder: 'Versicherungsnehmer', drv: 'Fahrer', lic: 'Führerschein', loc: 'Unfallort', when: 'Schadentag', desc: 'Hergang', third: 'Unfallgegner', payout: 'Auszahlung auf', adj: 'Notizen Sachbearbeitung',
    story: ['Laut Versicherungsnehmer ist {N} beim Ausparken in der {S} in {C} aufgefahren.', 'Zusammenstoß im Kreisverkehr bei {C}; Unfallgegner {N} hat die Schuld vor Ort eingeräumt.', 'Fahrzeug stand über Nacht vor dem Büro in {C}, Nachbarin {N} hat einen Transporter gesehen.'] },
  fr: { t: 'Déclaration de sinistre auto', pol: 'N° de contrat', claim: 'Réf. sinistre', holder: 'Assuré', drv: 'Conducteur', lic: 'Permis', loc: "Lieu de l'accident", when: 'Date du sinistre', desc: 'Circonstances', third: 'Tiers', payout: 'Indemnisation sur', adj: 'Notes du gestionnaire',
    story: ['Selon l\'assuré, {N} a reculé en sortant d\'un parking {S} à {C}.', 'Accrochage dans un rond-point près de {C} ; l\'autre conducteur, {N}, a reconnu sa responsabilité.'] },
  es: { t: 'Parte de siniestro de automóvil', pol: 'N.º de póliza', claim: 'Ref. siniestro', holder: 'Tomador', drv: 'Conductor', lic: 'Permiso de conducir', loc: 'Lugar', when: 'Fecha', desc: 'Descripción', third: 'Contrario', payout: 'Cuenta de abono', adj: 'Notas del tramitador',
    story: ['El asegurado indica que {N} le golpeó al salir de un aparcamiento en {S}, {C}.', 'Colisión en una rotonda cerca de {C}; el otro conductor, {N}, reconoció la culpa.'] },
};
export function insurance_claim(r) {
  const lang = r.pick(['en', 'en', 'de', 'fr', 'es']); const c = new Ctx(r, lang); const t = CLAIM[lang]; const d = new Doc();
  const us = lang === 'en' && r.chance(0.6);
  const h = c.person(us ? r.pick(['en_us', 'es_mx', 'in_en', 'ko', 'yo']) : undefined); const pl = c.place(us ? 'US' : undefined);
  d.line(r.pick(['Harbourline Insurance', 'Marisma Seguros', 'Orchard & Pike Mutual']), ' — ', t.t);
  d.line(t.pol, ': ', c.lk('policy_number'), '    ', t.claim, ': ', c.lk('ticket_id'));
  d.line();
  d.line(t.holder, ': ', c.N(h, 'formal'));
  for (const ln of PI.addressLines(r, pl, lang, !us)) d.line('  ', ...ln);
  d.line('  ', c.t.w.phone, ': ', c.Ph(pl.cc), '  ', c.t.w.email, ': ', c.E(h));
  if (us) {
    const dl = PI.driverLicense(r); d.line(t.drv, ': ', c.N(h, 'full'), ', ', t.lic, ' ', P('US_DRIVER_LICENSE', dl.number), ' (', Lc(dl.state), ')');
    if (r.chance(0.5)) d.line('SSN on file: ', P('US_SSN', PI.ssn(r)));
  } else d.line(t.drv, ': ', c.N(c.person(), 'full'));
  d.line(t.when, ': ', c.date(), '   ', t.loc, ': ', cityOf(c, c.place(pl.cc)), ' (', c.lk('coordinates'), ')');
  d.line(t.desc, ': ', c.tpl(r.pick(t.story)));
  if (r.chance(0.4)) d.line(r.pick(['Dashcam', 'Navigation unit', 'Dashcam / Kamera']), ' S/N ', c.lk('serial_number'));
  const tp = c.person();
  d.line(t.third, ': ', c.N(tp, 'full'), ', ', c.Ph(pl.cc), ', ', r.pick(['plate', 'Kennzeichen', 'immat.']), ' ', r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 2), '-', r.digits(4));
  d.line(t.payout, ': ', us ? frag('acct ', P('US_BANK_NUMBER', PI.bankAccount(r)), ', ABA ', PI.routingNumber(r)) : P('IBAN_CODE', PI.iban(r, { de: 'DE', fr: 'FR', es: 'ES', en: 'GB' }[lang])));
  if (r.chance(0.3)) d.line(r.pick(['Portal login', 'Kundenportal', 'Espace client', 'Área cliente']), ': ', c.E(h), ' · ', c.t.w.password, ' ', S('USER_PASSWORD', plainSecret(r, humanPassword)));
  d.line();
  d.line(t.adj, ':');
  for (let i = 0; i < r.range(2, 4); i++) d.line('- ', L('date', c.clock.step(3600, 400000).dmy('.')), ' ', c.N(c.person(), 'initial'), ': ', c.tpl(r.pick(c.t.mention)));
  d.line('- ', c.tpl(r.pick(c.t.filler)));
  return d;
}

// ------------------------------------------------------------------ clinic_document
export function clinic_document(r, i = 0) {
  const v = [0, 2, 5, 3, 1, 4][i % 6];
  if (v === 5) { // UK clinic list with NHS numbers
    const c = new Ctx(r, 'en'); const d = new Doc(); const dr = c.person('en_gb');
    d.line('CLINIC LIST — ', r.pick(['Dermatology', 'Diabetes review', 'Antenatal', 'Fracture clinic']), ' — Dr ', c.N(dr, 'full'), ' — ', c.date());
    d.line('Time   Patient                         NHS number     Phone            Notes');
    fill(d, BUDGET - 150, () => {
      const p = c.person(r.pick(['en_gb', 'en_gb', 'ga_ie', 'in_en', 'pl', 'yo', 'ar', 'zh', 'el', 'ro'])); c.clock.step(600, 1200);
      const nh = r.int(9) ? P('UK_NHS', PI.nhs(r)) : c.lk('invalid_nhs');
      return frag(L('timestamp', c.clock.hm()), '  ', c.N(p, 'formal'), '   ', nh, '   ', c.Ph('GB'), '   ', r.pick(['new', 'f/u', 'interpreter needed', 'bloods first', 'DNA last time', `lives in ${'X'}`.replace(`lives in X`, 'transport booked')]), '\n');
    }, 16);
    d.line('Clinic nurse: ', c.N(c.person('en_gb'), 'given'), ' · bleep ', r.digits(4));
    return d;
  }
  if (v === 0 || v === 1) { // UK referral letter
    const c = new Ctx(r, 'en'); const d = new Doc(); const pt = c.person(r.pick(['en_gb', 'ga_ie', 'in_en', 'yo', 'ar', 'pl', 'zh', 'el', 'fa'])); const pl = c.place('GB');
    const gp = c.person('en_gb');
    d.line(r.pick(['Zephyrine Clinics', 'Copperleaf Dental', 'Lumora Health']), ' — ', r.pick(['Riverside Surgery', 'Abbey Road Medical Centre', 'Harbour View Practice']));
    d.line(r.pick(['Referral to', 'Re:']), ' ', r.pick(['Cardiology outpatients', 'Dermatology', 'Physiotherapy', 'Memory clinic']));
    d.line();
    d.line('Patient: ', c.N(pt, r.pick(['full', 'formal'])), '   NHS No: ', r.chance(0.85) ? P('UK_NHS', PI.nhs(r)) : c.lk('invalid_nhs'));
    d.line('Address: ', Lc(pl.street), ', ', Lc(pl.city), ' ', pl.postal);
    d.line('Tel: ', c.Ph('GB'), '   Email: ', c.E(pt));
    d.line('DOB: ', `${String(r.range(1, 28)).padStart(2, '0')}/${String(r.range(1, 12)).padStart(2, '0')}/${r.range(1938, 2010)}`);
    d.line();
    d.line('Dear Dr ', c.N(c.person('en_gb'), 'family'), ',');
    d.line();
    d.line('Thank you for seeing this ', r.range(19, 88), '-year-old, who ', r.pick(['has had intermittent palpitations since ', 'reports a changing mole since ', 'has had knee pain since ']), c.date(), '. ', r.pick(['She', 'He', 'They']), ' lives with ', c.N(c.person(), 'given'), ' in ', Lc(c.place('GB').city), ' and works as a ', r.pick(['teacher', 'bus driver', 'nurse', 'chef']), '.');
    d.line('Current medication: ', r.pick(['ramipril 5 mg', 'sertraline 50 mg', 'none']), '. Previous notes in ', c.lk('ticket_id'), '.');
    d.line();
    d.line('Yours sincerely,');
    d.line('Dr ', c.N(gp, 'full'));
    d.line('GMC ', r.digits(7), ' · ', c.E(gp), ' · ', c.Ph('GB'));
    return d;
  }
  if (v === 2) { // US prescription / pharmacy log
    const c = new Ctx(r, 'en'); const d = new Doc();
    d.line('PHARMACY DISPENSING LOG — ', r.pick(['Copperleaf Pharmacy', 'Lumora Health Rx']), ' — ', c.date());
    d.line('Rx#       Patient                      Drug                       Prescriber                  DEA');
    fill(d, BUDGET - 200, () => {
      const p = c.person(r.pick(['en_us', 'es_mx', 'in_en', 'ko', 'zh', 'yo', 'vi', 'fil'])); const doc = c.person(r.pick(['en_us', 'in_en', 'es_mx', 'he', 'ko']));
      const dv = r.int(8) ? P('MEDICAL_LICENSE', PI.dea(r, doc.familyLatin)) : c.lk('invalid_dea');
      return frag(r.digits(7), '   ', c.N(p, 'formal'), '   ', r.pick(['oxycodone 5mg #20', 'adderall XR 20mg #30', 'lorazepam 1mg #14', 'tramadol 50mg #30', 'hydrocodone/APAP #12']), '   Dr. ', c.N(doc, 'full'), '   ', dv, '\n');
    }, 14);
    d.line('Pharmacist on duty: ', c.N(c.person('en_us'), 'full'), ', ', c.Ph('US'));
    return d;
  }
  // continental clinic letters / appointment reminders
  const lang = r.pick(['de', 'fr', 'es', 'it', 'nl', 'pt', 'ja']); const c = new Ctx(r, lang); const d = new Doc();
  const X = {
    de: ['Terminbestätigung', 'Sehr geehrte/r', 'wir bestätigen Ihren Termin am {D} um {T} in unserer Praxis in {C}.', 'Bitte bringen Sie Ihre Versichertenkarte mit.', 'Praxis Dr. {N}'],
    fr: ['Confirmation de rendez-vous', 'Madame, Monsieur', 'votre rendez-vous est confirmé le {D} à {T} au cabinet de {C}.', 'Merci de vous munir de votre carte Vitale.', 'Cabinet du Dr {N}'],
    es: ['Confirmación de cita', 'Estimado/a', 'le confirmamos su cita el {D} a las {T} en nuestra consulta de {C}.', 'Traiga su tarjeta sanitaria.', 'Consulta Dra. {N}'],
    it: ['Conferma appuntamento', 'Gentile', 'le confermiamo l\'appuntamento del {D} alle {T} presso lo studio di {C}.', 'Porti con sé la tessera sanitaria.', 'Studio Dott. {N}'],
    nl: ['Afspraakbevestiging', 'Beste', 'hierbij bevestigen wij uw afspraak op {D} om {T} in onze praktijk in {C}.', 'Neem uw zorgpas mee.', 'Huisartsenpraktijk {N}'],
    pt: ['Confirmação de consulta', 'Prezado(a)', 'confirmamos a sua consulta no dia {D} às {T} na clínica de {C}.', 'Traga o cartão do plano de saúde.', 'Clínica Dra. {N}'],
    ja: ['予約確認', '様', '{D} {T}より{C}のクリニックでの診察予約を承りました。', '保険証をお持ちください。', '{N}クリニック'],
  }[lang];
  const pt = c.person(); const pl = c.place();
  d.line(c.tpl(X[4], { N: () => c.N(c.person(), 'family') }));
  for (const ln of PI.addressLines(r, c.place(pl.cc), lang, false)) d.line(...ln);
  d.line(c.t.w.phone, ' ', c.Ph(pl.cc));
  d.line();
  d.line(X[0]);
  d.line();
  if (lang === 'ja') d.line(c.N(pt, 'full'), X[1]); else d.line(X[1], ' ', c.N(pt, 'full'), ',');
  d.line(c.tpl(X[2], { C: () => cityOf(c, pl) }));
  d.line(X[3]);
  d.line();
  d.line('— ', c.t.w.address, ': ');
  for (const ln of PI.addressLines(r, pl, lang, false)) d.line('  ', ...ln);
  d.line('— ', c.t.w.email, ': ', c.E(pt), ' · ', c.t.w.phone, ': ', c.Ph(pl.cc));
  d.line('— ', r.pick(['Patienten-Portal', 'Portail patient', 'Portal', 'Portale', 'Portal do paciente', '患者ポータル']), ': ', c.t.w.user, ' ', (pt.givenLatin[0] + pt.familyLatin).toLowerCase().replace(/[^a-z]/g, ''), ', ', c.t.w.password, ' ', S('USER_PASSWORD', plainSecret(r, humanPassword)));
  if (r.chance(0.5)) { d.line(); d.line(c.tpl(r.pick(c.t.mention))); }
  return d;
}

// ------------------------------------------------------------------ travel_booking
const AIRPORTS = [['FRA', 'Frankfurt'], ['CDG', 'Paris'], ['MAD', 'Madrid'], ['FCO', 'Rome'], ['AMS', 'Amsterdam'], ['WAW', 'Warsaw'], ['ARN', 'Stockholm'], ['IST', 'Istanbul'], ['HND', 'Tokyo'], ['ICN', 'Seoul'], ['PVG', 'Shanghai'], ['JFK', 'New York'], ['ORD', 'Chicago'], ['GRU', 'São Paulo'], ['BOM', 'Mumbai'], ['DXB', 'Dubai'], ['NBO', 'Nairobi'], ['LOS', 'Lagos'], ['SYD', 'Sydney'], ['MEX', 'Mexico City'], ['DUB', 'Dublin'], ['LIS', 'Lisbon'], ['ATH', 'Athens'], ['YUL', 'Montréal']];
export function travel_booking(r) {
  const lang = r.pick(['en', 'en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'nl', 'tr']); const c = new Ctx(r, lang); const d = new Doc(); const v = r.int(3);
  const W = { en: ['Booking confirmation', 'Passenger', 'Flight', 'Hotel', 'Check-in', 'Payment'], de: ['Buchungsbestätigung', 'Reisender', 'Flug', 'Hotel', 'Anreise', 'Zahlung'], fr: ['Confirmation de réservation', 'Passager', 'Vol', 'Hôtel', 'Arrivée', 'Paiement'], es: ['Confirmación de reserva', 'Pasajero', 'Vuelo', 'Hotel', 'Entrada', 'Pago'], it: ['Conferma di prenotazione', 'Passeggero', 'Volo', 'Hotel', 'Arrivo', 'Pagamento'], pt: ['Confirmação de reserva', 'Passageiro', 'Voo', 'Hotel', 'Check-in', 'Pagamento'], ja: ['ご予約確認', '搭乗者', 'フライト', 'ホテル', 'チェックイン', 'お支払い'], nl: ['Boekingsbevestiging', 'Reiziger', 'Vlucht', 'Hotel', 'Aankomst', 'Betaling'], tr: ['Rezervasyon onayı', 'Yolcu', 'Uçuş', 'Otel', 'Giriş', 'Ödeme'] }[lang];
  d.line(r.pick(['Vireo Travel', 'Saffron Ridge Hotels', 'Tessaract Freight Travel Desk']), ' — ', W[0], ' ', c.lk('booking_reference'));
  d.line();
  const pax = Array.from({ length: r.range(1, 4) }, () => c.person());
  pax.forEach((p, i) => d.line(W[1], ' ', String(i + 1), ': ', P('PERSON', (p.east && lang !== p.lang ? `${p.familyLatin}/${p.givenLatin}` : `${p.family}/${p.given}`).toUpperCase().replace(/ /g, '')), ' ', r.pick(['MR', 'MS', 'MRS', '']), '  e-ticket ', r.digits(3), '-', r.digits(10)));
  d.line();
  for (let i = 0; i < r.range(1, 3); i++) {
    const [a1, c1] = r.pick(AIRPORTS); const [a2, c2] = r.pick(AIRPORTS);
    d.line(W[2], ' ', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2), String(r.range(10, 9999)), ' ', L('date', c.clock.step(3600, 500000).ymd()), ' ', a1, ' (', Lc(c1), ') → ', a2, ' (', Lc(c2), ') ', L('timestamp', c.clock.hm()), ' seat ', `${r.range(1, 45)}${r.pick('ABCDEF')}`);
  }
  if (v !== 1) {
    const pl = c.place();
    d.line();
    d.line(W[3], ': ', r.pick(['Saffron Ridge', 'Hotel Lindenhof', 'Casa Azul', 'The Quayside', 'Hôtel du Parc']), ', ', Lc(PI.streetName(pl, lang)), ', ', cityOf(c, pl), ', ', Lc(PI.countryName(pl.cc, lang)));
    d.line(W[4], ': ', c.date(), ' · ', c.t.w.phone, ' ', c.Ph(pl.cc, true), ' · ', r.pick(['Confirmation', 'Bestätigung', 'Confirmation n°', 'Conf.']), ' ', L('booking_reference', r.digits(9)));
  }
  if (lang === 'en' && r.chance(0.5)) {
    const p = pax[0]; const dl = PI.driverLicense(r);
    d.line();
    d.line('Car rental at ', Lc(r.pick(['Denver', 'Orlando', 'Phoenix', 'Seattle', 'Boston'])), ': driver ', c.N(p, 'full'), ', license ', P('US_DRIVER_LICENSE', dl.number), ' (', Lc(dl.state), '), pick-up ', L('timestamp', c.clock.hm()));
  }
  if (r.chance(0.3)) d.line(r.pick(['Manage booking', 'Buchung verwalten', 'Gérer ma réservation', 'Gestionar reserva']), ': ', c.E(pax[0]), ' / ', S('USER_PASSWORD', plainSecret(r, humanPassword)));
  if (v === 2 || (lang === 'en' && r.chance(0.5))) {
    const p = pax[0];
    d.line();
    d.line('Secure Flight / APIS data for ', c.N(p, 'full'), ': ', r.pick(['U.S. passport', 'passport (USA)']), ' ', P('US_PASSPORT', PI.usPassport(r)), ', DOB ', `${r.range(1950, 2005)}-${String(r.range(1, 12)).padStart(2, '0')}-${String(r.range(1, 28)).padStart(2, '0')}`, ', redress ', r.digits(7));
    d.line('Known traveller no.: ', r.digits(9));
  }
  d.line();
  const card = PI.cardNumber(r); const k = r.int(6);
  d.line(W[5], ': ', PI.cardBrandName[card.brand], ' ', k === 0 ? P('CREDIT_CARD', PI.formatCard(r, card.digits)) : k === 1 ? c.lk('vendor_test_card') : `**** ${card.digits.slice(-4)}`, ' · ', c.price(90, 4000));
  d.line(c.t.w.email, ': ', c.E(pax[0]), ' · ', c.t.w.phone, ': ', c.Ph());
  if (r.chance(0.5)) d.line(c.tpl(r.pick(c.t.mention)));
  return d;
}

// ------------------------------------------------------------------ legal_correspondence
const LEG = {
  en: { re: 'Re', ours: 'Our ref', yours: 'Your ref', body: ['We act for {N} in connection with the lease of the premises at {S}, {C}.', 'Our client has instructed us that the sum of {M} remains outstanding since {D}.', 'Please confirm by return that {N} will attend the hearing in {C} on {D}.', 'Settlement funds should be wired to our client account below.'], close: 'Yours faithfully', acct: 'Client account' },
  de: { re: 'Betreff', ours: 'Unser Zeichen', yours: 'Ihr Zeichen', body: ['wir zeigen an, dass wir {N} in der Mietsache {S}, {C} vertreten.', 'Unsere Mandantin teilt mit, dass seit dem {D} ein Betrag von {M} offen ist.', 'Die Verhandlung vor dem Landgericht {C} ist auf den {D} terminiert.', 'Bitte überweisen Sie den Vergleichsbetrag auf unser Anderkonto.'], close: 'Mit freundlichen Grüßen', acct: 'Anderkonto' },
  fr: { re: 'Objet', ours: 'Nos réf.', yours: 'Vos réf.', body: ['Nous intervenons pour le compte de {N} concernant le bail des locaux situés {S}, {C}.', 'Notre client nous indique que la somme de {M} reste due depuis le {D}.', "L'audience devant le tribunal judiciaire de {C} est fixée au {D}.", 'Les fonds doivent être virés sur notre compte CARPA ci-dessous.'], close: 'Veuillez agréer nos salutations distinguées', acct: 'Compte CARPA' },
  es: { re: 'Asunto', ours: 'N/Ref.', yours: 'S/Ref.', body: ['Actuamos en nombre de {N} en relación con el arrendamiento del local sito en {S}, {C}.', 'Nuestro cliente nos informa de que la cantidad de {M} sigue pendiente desde el {D}.', 'La vista en el juzgado de {C} está señalada para el {D}.', 'Rogamos transfieran el importe a la cuenta indicada.'], close: 'Atentamente', acct: 'Cuenta de consignación' },
  it: { re: 'Oggetto', ours: 'Ns. rif.', yours: 'Vs. rif.', body: ['Scriviamo per conto di {N} in merito alla locazione dell\'immobile in {S}, {C}.', 'Il nostro assistito ci informa che l\'importo di {M} risulta insoluto dal {D}.', "L'udienza presso il Tribunale di {C} è fissata per il {D}."], close: 'Distinti saluti', acct: 'Conto dello studio' },
};
export function legal_correspondence(r) {
  const lang = r.pick(['en', 'en', 'de', 'fr', 'es', 'it']); const c = new Ctx(r, lang); const t = LEG[lang]; const d = new Doc();
  const firm = r.pick(['Quillfeather Legal LLP', 'Kanzlei Auerbach & Partner', 'Cabinet Delacroix Avocats', 'Bufete Calvo Ferrer', 'Studio Legale Rinaldi']);
  const fpl = c.place();
  d.line(firm);
  for (const ln of PI.addressLines(r, fpl, lang, false)) d.line(...ln);
  d.line(c.t.w.phone, ' ', c.Ph(fpl.cc), ' · ', c.E(c.person(), r.pick(PI.COMPANIES)[1]));
  d.line();
  const rcpt = c.person(); const rpl = c.place();
  d.line(c.N(rcpt, r.pick(['full', 'formal'])));
  for (const ln of PI.addressLines(r, rpl, lang, r.chance(0.5))) d.line(...ln);
  d.line();
  d.line(L('date', c.clock.local(lang)));
  d.line(t.ours, ': ', c.lk('ticket_id'), ' / ', c.N(c.person(), 'initial'), '   ', t.yours, ': ', c.lk('ticket_id'));
  d.line(t.re, ': ', c.N(c.person(), 'full'), ' ./. ', r.pick(PI.COMPANIES)[0]);
  d.line();
  for (const b of r.sample(t.body, r.range(2, t.body.length))) d.line(c.tpl(b));
  d.line();
  const k = r.int(3);
  d.line(t.acct, ': ', k === 0 && lang === 'en' ? frag('Acct ', P('US_BANK_NUMBER', PI.bankAccount(r)), ', ABA ', PI.routingNumber(r)) : P('IBAN_CODE', PI.iban(r, { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', en: 'GB' }[lang])), ' · BIC ', c.lk('bic'));
  if (r.chance(0.35)) d.line(lang === 'en' ? 'Data room access: ' : 'Datenraum / data room: ', 'https://dataroom.', r.pick(PI.COMPANIES)[1], '/ · ', c.t.w.user, ' ', r.pick(['counsel', 'mandant', 'guest']), ' · ', c.t.w.password, ' ', S('USER_PASSWORD', plainSecret(r, humanPassword)));
  d.line();
  d.line(t.close, ',');
  d.line(c.N(c.person(), 'full'));
  d.line('cc: ', c.N(c.person(), 'full'), ', ', c.E(c.person()));
  return d;
}

// ------------------------------------------------------------------ bank_document
export function bank_document(r) {
  const v = r.int(5);
  if (v === 0) { // card dispute form (US)
    const c = new Ctx(r, 'en'); const d = new Doc(); const p = c.person(r.pick(['en_us', 'es_mx', 'in_en', 'zh', 'ko', 'yo'])); const pl = c.place('US');
    d.line('CARDHOLDER DISPUTE FORM — Nimbus Pay');
    d.line('Cardholder: ', c.N(p, 'full'));
    d.line('Mailing address: ', Lc(pl.street), ', ', Lc(pl.city), ', ', pl.abbr, ' ', pl.postal);
    d.line('Card number: ', P('CREDIT_CARD', PI.formatCard(r, PI.cardNumber(r).digits)));
    d.line('Last 4 SSN: ', r.digits(4), '   Daytime phone: ', c.Ph('US'));
    d.line('Checking account for credit: ', P('US_BANK_NUMBER', PI.bankAccount(r)), ' (routing ', PI.routingNumber(r), ')');
    d.line();
    d.line('Disputed transactions:');
    for (let i = 0; i < r.range(2, 5); i++) d.line('  ', L('date', c.clock.step(3600, 300000).mdy()), '  ', r.pick(['ONLINE MARKETPLACE', 'RIDE SHARE', 'HOTEL', 'STREAMING']), ' ', Lc(c.place('US').city), '  ', c.price(5, 900), '  ref ', c.lk('request_id'));
    d.line('Reason: ', r.pick(['card was in my possession', 'charged twice', 'merchandise not received']), '. I spoke to ', c.N(c.person(), 'given'), ' at the branch on ', c.date(), '.');
    d.line('Test card used by merchant support: ', c.lk('vendor_test_card'), ' (not mine)');
    d.line('Signature: ', c.N(p, 'full'), '   Date: ', L('date', c.clock.mdy()));
    return d;
  }
  if (v === 1) { // crypto exchange withdrawal log
    const c = new Ctx(r, 'en'); const d = new Doc();
    d.line('withdrawals export · ', L('timestamp', c.clock.isoS()));
    d.line('time,user,asset,amount,destination,txid,status');
    fill(d, BUDGET - 100, () => {
      c.clock.step(60, 50000); const p = c.person();
      return frag(L('timestamp', c.clock.isoS()), ',', c.E(p), ',BTC,0.', r.digits(r.range(3, 7)), ',', P('CRYPTO', PI.btcAddress(r)), ',', L('hash', r.hex(64)), ',', r.pick(['sent', 'pending', 'review']), '\n');
    }, 14);
    d.line('# flagged for review by ', c.N(c.person(), 'full'));
    return d;
  }
  const lang = r.pick(['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv']); const c = new Ctx(r, lang); const d = new Doc();
  const BT = {
    en: ['Account statement', 'Account holder', 'Booking date', 'Details', 'Amount', 'SEPA direct debit mandate', 'Creditor ID', 'Mandate ref.', 'Debtor'], de: ['Kontoauszug', 'Kontoinhaber', 'Buchungstag', 'Verwendungszweck', 'Betrag', 'SEPA-Lastschriftmandat', 'Gläubiger-ID', 'Mandatsreferenz', 'Zahlungspflichtiger'],
    fr: ['Relevé de compte', 'Titulaire', 'Date', 'Libellé', 'Montant', 'Mandat de prélèvement SEPA', 'ICS', 'RUM', 'Débiteur'], es: ['Extracto de cuenta', 'Titular', 'Fecha', 'Concepto', 'Importe', 'Orden de domiciliación SEPA', 'ID acreedor', 'Ref. mandato', 'Deudor'],
    it: ['Estratto conto', 'Intestatario', 'Data', 'Causale', 'Importo', 'Mandato SDD', 'ID creditore', 'Rif. mandato', 'Debitore'], nl: ['Rekeningafschrift', 'Rekeninghouder', 'Datum', 'Omschrijving', 'Bedrag', 'SEPA-machtiging', 'Incassant-ID', 'Kenmerk machtiging', 'Betaler'],
    pl: ['Wyciąg z rachunku', 'Posiadacz', 'Data', 'Tytuł', 'Kwota', 'Polecenie zapłaty SEPA', 'ID wierzyciela', 'Nr mandatu', 'Dłużnik'], pt: ['Extrato', 'Titular', 'Data', 'Descrição', 'Valor', 'Autorização de débito SEPA', 'ID credor', 'Ref. mandato', 'Devedor'],
    sv: ['Kontoutdrag', 'Kontohavare', 'Datum', 'Text', 'Belopp', 'Autogiromedgivande', 'Betalningsmottagare', 'Referens', 'Betalare'],
  }[lang];
  const p = c.person(); const pl = c.place();
  const ccI = { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pl: 'PL', pt: 'PT', sv: 'SE', en: 'GB' }[lang];
  if (v === 2 || v === 3) {
    d.line(r.pick(['Nimbus Pay', 'Banca Castellan', 'Fjordlight Bank', 'Harbourline Savings']), ' — ', BT[0], ' ', String(r.range(1, 12)), '/', String(r.range(2024, 2025)));
    d.line(BT[1], ': ', c.N(p, 'full'));
    for (const ln of PI.addressLines(r, pl, lang, false)) d.line(...ln);
    d.line('IBAN: ', P('IBAN_CODE', PI.iban(r, ccI, true)), '   BIC: ', c.lk('bic'));
    if (r.chance(0.35)) d.line(r.pick(['Online banking — initial password', 'Online-Banking Erstpasswort', 'Mot de passe provisoire', 'Contraseña provisional']), ': ', S('USER_PASSWORD', plainSecret(r, humanPassword)));
    d.line();
    d.line(BT[2].padEnd(12, ' '), BT[3].padEnd(52, ' '), BT[4]);
    fill(d, BUDGET - 80, () => {
      c.clock.step(3600, 300000); const k = r.int(6); const q = c.person();
      const det = k === 0 ? frag(r.pick(['SEPA transfer', 'Überweisung', 'Virement', 'Transferencia']), ' ', c.N(q, 'full'), ' ', P('IBAN_CODE', PI.iban(r, undefined, false))) : k === 1 ? frag(r.pick(['Card payment', 'Kartenzahlung', 'Paiement CB']), ' ', r.pick(['REWE', 'Carrefour', 'Mercadona', 'Albert Heijn', 'ICA', 'Biedronka']), ' ', cityOf(c, c.place())) : k === 2 ? frag(r.pick(['Salary', 'Gehalt', 'Salaire', 'Nómina']), ' ', r.pick(PI.COMPANIES)[0], ' ', c.lk('employee_id')) : k === 3 ? frag(r.pick(['Direct debit', 'Lastschrift', 'Prélèvement']), ' ', r.pick(PI.COMPANIES)[0], ' ', c.lk('invoice_number')) : frag(r.pick(['Refund', 'Erstattung', 'Remboursement']), ' ', c.lk('order_number'));
      return frag(L('date', c.clock.dmy('.')), '  ', det, '  ', c.price(3, 4000), '\n');
    }, 14);
    return d;
  }
  d.line(BT[5]);
  d.line(BT[6], ': ', `${ccI}${r.digits(2)}ZZZ0000${r.digits(7)}`, '   ', BT[7], ': ', c.lk('crm_id'));
  d.line(r.pick(PI.COMPANIES)[0]);
  d.line();
  d.line(BT[8], ': ', c.N(p, 'full'));
  for (const ln of PI.addressLines(r, pl, lang, true)) d.line(...ln);
  d.line('IBAN: ', P('IBAN_CODE', PI.iban(r, undefined, true)));
  d.line('BIC: ', c.lk('bic'));
  d.line(c.t.w.email, ': ', c.E(p), ' · ', c.t.w.phone, ': ', c.Ph(pl.cc));
  d.line(cityOf(c, pl), ', ', c.date());
  d.line(c.N(p, 'full'));
  d.line();
  d.line(c.mention());
  return d;
}
