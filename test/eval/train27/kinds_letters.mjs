// Letters and forms: HR letters, payslips, school, clinic, pharmacy, tenancy, insurance, US tax forms.
import { Doc } from './builder.mjs';
import { S, P, L, V, LK, sec, who, nm, mail, tel, pickLoc, phraseLang, langOf, codeLine, codeValue, joinLines } from './common.mjs';
import { BY_ID } from './locales.mjs';

function letterhead(r, d, org, loc) {
  const a = V.address(r, loc);
  d.add(org.name, '\n', V.addrItems(a, r.pick([' · ', ', '])), '\n', r.pick(['Tel. ', 'T ', 'Phone ', '☎ ']), tel(r, loc), r.chance(0.6) ? [' · ', V.roleEmail(r, org.domain)] : '', '\n\n');
}
function recipient(r, d, p, loc, latin) {
  d.add(nm(p, 'full', latin), '\n', V.addrItems(V.address(r, loc, { latin }), '\n'), '\n\n');
}

const HR = {
  de: { subj: ['Arbeitsbescheinigung', 'Bestätigung des Arbeitsverhältnisses', 'Angebot zur Festanstellung'], sal: 'Siehe Bruttojahresgehalt', p1: (n, d0, t) => ['hiermit bestätigen wir, dass ', n, ' seit dem ', d0, ' als ', t, ' in unserem Unternehmen beschäftigt ist.'], sal2: 'Das Bruttojahresgehalt beträgt ', iban: 'Das Gehalt wird auf folgendes Konto überwiesen: ', id: 'Personalnummer', hi: 'Sehr geehrte Damen und Herren,', bye: 'Mit freundlichen Grüßen', place: (c, dt) => [c, ', den ', dt] },
  en: { subj: ['Employment verification', 'Offer of employment', 'Confirmation of employment'], p1: (n, d0, t) => ['This letter confirms that ', n, ' has been employed with us since ', d0, ' as ', t, '.'], sal2: 'The current annual base salary is ', iban: 'Salary is paid by bank transfer to ', id: 'Employee ID', hi: 'To whom it may concern,', bye: 'Sincerely', place: (c, dt) => [c, ', ', dt] },
  fr: { subj: ['Attestation d\'emploi', 'Promesse d\'embauche'], p1: (n, d0, t) => ['Nous attestons que ', n, ' est employé(e) au sein de notre société depuis le ', d0, ' en qualité de ', t, '.'], sal2: 'Sa rémunération annuelle brute s\'élève à ', iban: 'Le salaire est versé sur le compte ', id: 'Matricule', hi: 'Madame, Monsieur,', bye: 'Veuillez agréer nos salutations distinguées.', place: (c, dt) => ['Fait à ', c, ', le ', dt] },
  es: { subj: ['Certificado de empresa', 'Carta de oferta'], p1: (n, d0, t) => ['Por la presente certificamos que ', n, ' trabaja en nuestra empresa desde el ', d0, ' como ', t, '.'], sal2: 'Su salario bruto anual es de ', iban: 'La nómina se abona en la cuenta ', id: 'N.º de empleado', hi: 'A quien corresponda:', bye: 'Atentamente', place: (c, dt) => [c, ', a ', dt] },
  nl: { subj: ['Werkgeversverklaring', 'Arbeidsovereenkomst – aanbod'], p1: (n, d0, t) => ['Hierbij verklaren wij dat ', n, ' sinds ', d0, ' bij ons in dienst is als ', t, '.'], sal2: 'Het bruto jaarsalaris bedraagt ', iban: 'Het salaris wordt overgemaakt naar ', id: 'Personeelsnummer', hi: 'Geachte heer/mevrouw,', bye: 'Met vriendelijke groet', place: (c, dt) => [c, ', ', dt] },
  it: { subj: ['Dichiarazione di servizio', 'Lettera di assunzione'], p1: (n, d0, t) => ['Con la presente dichiariamo che ', n, ' è dipendente della nostra società dal ', d0, ' con la qualifica di ', t, '.'], sal2: 'La retribuzione annua lorda è di ', iban: 'Lo stipendio viene accreditato sul conto ', id: 'Matricola', hi: 'Spettabile Ufficio,', bye: 'Distinti saluti', place: (c, dt) => [c, ', ', dt] },
  pt: { subj: ['Declaração de vínculo empregatício', 'Carta-oferta'], p1: (n, d0, t) => ['Declaramos que ', n, ' é colaborador(a) da nossa empresa desde ', d0, ' no cargo de ', t, '.'], sal2: 'A remuneração anual bruta é de ', iban: 'O salário é pago na conta ', id: 'Matrícula', hi: 'Prezados,', bye: 'Atenciosamente', place: (c, dt) => [c, ', ', dt] },
  pl: { subj: ['Zaświadczenie o zatrudnieniu'], p1: (n, d0, t) => ['Niniejszym zaświadczamy, że ', n, ' jest zatrudniony(a) w naszej firmie od dnia ', d0, ' na stanowisku ', t, '.'], sal2: 'Roczne wynagrodzenie brutto wynosi ', iban: 'Wynagrodzenie wypłacane jest na rachunek ', id: 'Nr ewidencyjny', hi: 'Szanowni Państwo,', bye: 'Z poważaniem', place: (c, dt) => [c, ', dnia ', dt] },
  sv: { subj: ['Anställningsintyg'], p1: (n, d0, t) => ['Härmed intygas att ', n, ' har varit anställd hos oss sedan ', d0, ' som ', t, '.'], sal2: 'Årslönen uppgår till ', iban: 'Lönen betalas till konto ', id: 'Anställningsnummer', hi: 'Till berörda,', bye: 'Med vänliga hälsningar', place: (c, dt) => [c, ' ', dt] },
};
const JOBS = { de: ['Sachbearbeiterin Buchhaltung', 'Projektleiter', 'Kauffrau für Büromanagement'], en: ['Senior Accountant', 'Office Coordinator', 'Sales Manager'], fr: ['assistante de direction', 'chargé de projet'], es: ['administrativa', 'jefe de proyecto'], nl: ['office manager', 'projectleider'], it: ['impiegata amministrativa', 'responsabile vendite'], pt: ['analista financeira', 'gerente de projetos'], pl: ['specjalista ds. kadr', 'księgowa'], sv: ['projektledare', 'ekonomiassistent'] };
export function hrLetter(r) {
  const lang = r.pick(Object.keys(HR));
  const loc = lang === 'en' ? pickLoc(r, (l) => ['US', 'GB', 'IE', 'AU'].includes(l.cc)) : pickLoc(r, (l) => phraseLang(l) === lang);
  const t = HR[lang];
  const d = new Doc('hr_letter').lang(lang);
  const org = V.org(r, lang);
  const emp = who(r, loc), hr = who(r, loc);
  letterhead(r, d, org, loc);
  recipient(r, d, emp, loc);
  d.add(t.place(V.cityMark(r, loc), L('date', V.fmtDate(r, loc, V.ymd(r, 2025, 2025), true))), '\n\n', r.pick(t.subj), '\n\n', t.hi, '\n\n');
  d.add(t.p1(nm(emp, 'full'), L('date', V.fmtDate(r, loc, V.ymd(r, 2012, 2024), r.chance(0.5))), r.pick(JOBS[lang])), ' ', t.id, ': ', LK.employeeId(r), '.\n\n');
  d.add(t.sal2, V.money(r, loc.money, r.int(32000, 98000)), '.');
  if (loc.iban) d.add(' ', t.iban, V.iban(r, loc.iban), '.');
  if (loc.cc === 'US') {
    d.add(' Direct deposit: routing ', V.abaRouting(r), ', account ', V.usBank(r), '.\n\nFor Form I-9 we have on file: U.S. passport ', V.usPassport(r), ' and SSN ', V.ssn(r), '.');
    { const dl = V.usDriverLicense(r); d.add(' Driver\'s license (', dl.st, '): ', dl.m, '.'); }
  }
  d.add('\n\n', t.bye, '\n\n', nm(hr, 'full'), '\n', r.pick(['Human Resources', 'Personalabteilung', 'Ressources humaines', 'Recursos Humanos', 'HR']), '\n', tel(r, loc), ' · ', mail(r, hr, org.domain), '\n');
  return d;
}

// ---------------------------------------------------------------- payslips
export function payslip(r) {
  const f = r.pick(['de', 'us', 'gb', 'fr', 'es', 'nl']);
  const d = new Doc('payslip');
  if (f === 'de') {
    const loc = pickLoc(r, (l) => ['DE', 'AT'].includes(l.cc));
    d.lang('de');
    const org = V.org(r, 'de'); const e = who(r, loc);
    const brutto = r.int(2800, 7200);
    d.add(org.name, ' · Entgeltabrechnung ', r.pick(['Januar', 'März', 'Mai', 'Oktober']), ' ', r.int(2024, 2025), '\n', '-'.repeat(48), '\n');
    d.add('Pers.-Nr.        ', LK.employeeId(r), '\nName             ', nm(e, r.pick(['full', 'comma'])), '\nAnschrift        ', V.addrItems(V.address(r, loc), ', '), '\nSteuerklasse     ', r.int(1, 5), '   Kinderfreibetrag ', r.pick(['0,0', '0,5', '1,0']), '\nSteuer-ID        ', r.nzdigits(11), '\nSV-Nummer        ', `${r.digits(2)} ${r.digits(6)} ${r.upper(1)} ${r.digits(3)}`, '\nEintritt         ', V.dateMark(r, loc), '\n\n');
    d.add('Bruttobezüge                 ', V.money(r, 'EURde', brutto), '\nLohnsteuer                   ', V.money(r, 'EURde', brutto * 0.14), '\nKirchensteuer                ', V.money(r, 'EURde', brutto * 0.012), '\nKV/PV/RV/AV                  ', V.money(r, 'EURde', brutto * 0.2), '\nNetto                        ', V.money(r, 'EURde', brutto * 0.62), '\n\n');
    d.add('Auszahlung an: ', nm(e, 'full'), '\nIBAN ', V.iban(r, loc.iban), '  BIC ', LK.bic(r, loc.cc), '\n');
    return d;
  }
  if (f === 'us') {
    const loc = BY_ID['en-US'];
    d.lang('en');
    const org = V.org(r, 'en'); const e = who(r, loc);
    const gross = r.int(2200, 9800);
    d.add(org.name, '\nEARNINGS STATEMENT      Pay date ', V.dateMark(r, loc), '   Period ', V.dateMark(r, loc), ' – ', V.dateMark(r, loc), '\n\n');
    d.add('Employee: ', nm(e, r.pick(['full', 'upper'])), '    ID ', LK.employeeId(r), '\n', V.addrItems(V.address(r, loc), '\n'), '\nSSN: ', r.chance(0.6) ? V.ssn(r) : L('masked_ssn', `XXX-XX-${r.digits(4)}`), '    Filing status: ', r.pick(['Single', 'Married filing jointly', 'Head of household']), '\n\n');
    d.add('Gross pay          ', V.money(r, 'USD', gross), '\nFederal income tax ', V.money(r, 'USD', gross * 0.12), '\nSocial Security    ', V.money(r, 'USD', gross * 0.062), '\nMedicare           ', V.money(r, 'USD', gross * 0.0145), '\nState tax          ', V.money(r, 'USD', gross * 0.04), '\nNet pay            ', V.money(r, 'USD', gross * 0.72), '\n\n');
    d.add('Direct deposit: ', r.pick(['Checking', 'Savings']), ' · routing ', V.abaRouting(r), ' · acct ', V.usBank(r), '\n');
    if (r.chance(0.4)) d.add('Second account: acct ', V.usBank(r), ' (', V.money(r, 'USD', 200), ')\n');
    return d;
  }
  if (f === 'gb') {
    const loc = BY_ID['en-GB'];
    d.lang('en');
    const org = V.org(r, 'en'); const e = who(r, loc);
    const gross = r.int(1800, 6500);
    d.add(org.name, ' – Payslip\nEmployee: ', nm(e, 'full'), '   Payroll no. ', LK.employeeId(r), '\nNI number: ', `${r.pick(['AB', 'JT', 'NP', 'SK'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`, '   Tax code: ', r.pick(['1257L', 'BR', 'K475']), '\nPay date: ', V.dateMark(r, loc), '\n\n');
    d.add('Basic pay        ', V.money(r, 'GBP', gross), '\nPAYE tax         ', V.money(r, 'GBP', gross * 0.15), '\nNational Ins.    ', V.money(r, 'GBP', gross * 0.08), '\nPension          ', V.money(r, 'GBP', gross * 0.05), '\nNet pay          ', V.money(r, 'GBP', gross * 0.72), '\n\n');
    d.add('Paid to: sort code ', `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`, ', IBAN ', V.iban(r, 'GB'), '\n', V.addrItems(V.address(r, loc), ', '), '\n');
    return d;
  }
  const map = { fr: ['fr-FR', 'Bulletin de paie', 'Salarié', 'N° SS', 'Salaire de base', 'Net à payer', 'Virement sur'], es: ['es-ES', 'Nómina', 'Trabajador', 'N.º afiliación SS', 'Salario base', 'Líquido a percibir', 'Transferencia a'], nl: ['nl-NL', 'Loonstrook', 'Werknemer', 'BSN', 'Brutoloon', 'Netto uit te betalen', 'Overgemaakt naar'] }[f];
  const loc = BY_ID[map[0]];
  d.lang(f);
  const org = V.org(r, f); const e = who(r, loc);
  const gross = r.int(1900, 6000);
  d.add(org.name, ' – ', map[1], ' ', V.dateMark(r, loc, true), '\n\n', map[2], ': ', nm(e, 'full'), '\n', V.addrItems(V.address(r, loc), '\n'), '\n', map[3], ': ', r.digits(f === 'nl' ? 9 : 13), '\n\n', map[4], ': ', V.money(r, loc.money, gross), '\n', map[5], ': ', V.money(r, loc.money, gross * 0.77), '\n', map[6], ': ', V.iban(r, loc.iban), '\n');
  return d;
}

// ---------------------------------------------------------------- school letters
const SCH = {
  de: ['Elternbrief', 'Liebe Eltern von', 'Klasse', 'die Klassenfahrt findet vom', 'statt. Bitte überweisen Sie', 'bis zum', 'auf das Konto', 'Verwendungszweck', 'Zugang zum Elternportal', 'Benutzername', 'Passwort', 'Mit freundlichen Grüßen', 'Klassenlehrerin'],
  en: ['Letter to parents', 'Dear parents of', 'Class', 'the class trip will take place from', '. Please transfer', 'by', 'to the account', 'Reference', 'Parent portal access', 'Username', 'Password', 'Kind regards', 'Class teacher'],
  fr: ['Lettre aux parents', 'Chers parents de', 'Classe', 'la classe verte aura lieu du', '. Merci de virer', 'avant le', 'sur le compte', 'Référence', 'Accès à l\'ENT', 'Identifiant', 'Mot de passe', 'Cordialement', 'Professeure principale'],
  es: ['Carta a las familias', 'Queridas familias de', 'Clase', 'la excursión será del', '. Por favor, transfieran', 'antes del', 'a la cuenta', 'Concepto', 'Acceso a la plataforma', 'Usuario', 'Contraseña', 'Un saludo', 'Tutora'],
  nl: ['Ouderbrief', 'Beste ouders van', 'Groep', 'het schoolkamp is van', '. Wilt u', 'vóór', 'overmaken op', 'Kenmerk', 'Inlog ouderportaal', 'Gebruikersnaam', 'Wachtwoord', 'Met vriendelijke groet', 'Groepsleerkracht'],
  it: ['Comunicazione alle famiglie', 'Gentili genitori di', 'Classe', 'la gita scolastica si terrà dal', '. Vi preghiamo di versare', 'entro il', 'sul conto', 'Causale', 'Accesso al registro elettronico', 'Utente', 'Password', 'Cordiali saluti', 'Coordinatrice di classe'],
  pt: ['Carta aos encarregados de educação', 'Caros pais de', 'Turma', 'a visita de estudo decorre de', '. Por favor transfiram', 'até', 'para a conta', 'Referência', 'Acesso ao portal', 'Utilizador', 'Palavra-passe', 'Cumprimentos', 'Diretora de turma'],
  sv: ['Brev till vårdnadshavare', 'Hej föräldrar till', 'Klass', 'lägerskolan är', '. Betala', 'senast', 'till konto', 'Referens', 'Inloggning till lärplattformen', 'Användarnamn', 'Lösenord', 'Vänliga hälsningar', 'Mentor'],
};
export function schoolLetter(r) {
  const lang = r.pick(Object.keys(SCH));
  const loc = lang === 'en' ? pickLoc(r, (l) => ['GB', 'IE'].includes(l.cc)) : pickLoc(r, (l) => phraseLang(l) === lang && l.iban);
  const t = SCH[lang];
  const d = new Doc('school_letter').lang(lang);
  const kid = who(r, loc), par = who(r, loc, { gender: 'f' }), teacher = who(r, loc);
  const SP = { de: ['Grundschule ', 'Lindenschule ', 'Gymnasium '], en: ['St. Mary\'s Primary, ', 'Oakfield Academy, '], fr: ['École élémentaire de ', 'Collège de '], es: ['Colegio Público de ', 'CEIP '], nl: ['Basisschool ', 'OBS '], it: ['Scuola primaria di ', 'Istituto comprensivo '], pt: ['Escola Básica de ', 'Agrupamento de Escolas de '], sv: ['Skolan i ', 'Grundskola '] };
  const school = `${r.pick(SP[lang])}${V.cityName(r, loc)}`;
  d.add(school, '\n', V.addrItems(V.address(r, loc), ', '), ' · ', tel(r, loc), ' · ', V.roleEmail(r, `${{ de: 'schule', en: 'school', fr: 'ecole', es: 'colegio', nl: 'school', it: 'scuola', pt: 'escola', sv: 'skola' }[lang]}-${r.lower(4)}.example`, { de: 'sekretariat', fr: 'secretariat', es: 'secretaria', it: 'segreteria', pt: 'secretaria', nl: 'administratie', sv: 'expedition' }[lang] || 'office'), '\n\n');
  d.add(t[0], ' – ', t[2], ' ', r.int(1, 6), r.pick(['a', 'b', 'c', '']), '   ', V.dateMark(r, loc), '\n\n');
  const t0 = V.ymd(r, 2025, 2025);
  d.add(t[1], ' ', nm(kid, 'given'), ',\n\n', t[3], ' ', V.dateMark(r, loc, false, t0), ' – ', V.dateMark(r, loc, false, V.addDays(t0, r.int(2, 5))), t[4].startsWith('.') ? '' : ' ', t[4], ' ', V.money(r, loc.money, r.int(80, 390)), ' ', t[5], ' ', V.dateMark(r, loc, false, V.addDays(t0, -r.int(10, 40))), ' ', t[6], ' ', V.iban(r, loc.iban), ' (', LK.bic(r, loc.cc), ').\n', t[7], ': ', nm(kid, 'full'), ' ', t[2], ' ', r.int(1, 6), r.pick(['a', 'b']), ' / ', LK.referenceCode(r), '\n\n');
  d.add(t[8], ':\n  ', t[9], ': ', `${V.ascii(par.givenL).toLowerCase()}.${V.ascii(par.familyL).toLowerCase().replace(/[^a-z]/g, '')}`, '\n  ', t[10], ': ', S('TEMPORARY_PASSWORD', r.pick([`${r.upper(1)}${r.lower(3)}${r.digits(4)}!`, r.alnum(10)])), '\n\n');
  if (r.chance(0.5)) d.add(codeLine(r, lang, 'gate', codeValue(r, 'gate', lang)), '\n\n');
  d.add(t[11], '\n', nm(teacher, 'full'), ', ', t[12], '\n', mail(r, teacher, `${r.lower(6)}.example`), '\n\n---\n', ({ de: 'Rückmeldung: ', fr: 'Talon-réponse : ', es: 'Devolver firmado: ', it: 'Tagliando: ', nl: 'Strookje: ', pt: 'Destacável: ', sv: 'Svarstalong: ' }[lang] || 'Reply slip: '), nm(par, 'full'), ', ', tel(r, loc), '\n');
  return d;
}

// ---------------------------------------------------------------- clinic letters
export function clinicLetter(r) {
  const f = r.pick(['uk', 'uk', 'uk', 'us', 'us', 'de', 'fr']);
  const d = new Doc('clinic_letter');
  if (f === 'uk') {
    const loc = BY_ID['en-GB'];
    d.lang('en');
    const pt = who(r, pickLoc(r, (l) => ['GB', 'IE', 'IN', 'PK', 'NG', 'PL', 'BD'].includes(l.cc)));
    const gp = who(r, loc), cons = who(r, loc);
    d.add(r.pick(['Riverside', 'Oakwood', 'Castle Mead', 'Harbourview']), ' Medical Practice\n', V.addrItems(V.address(r, loc), ', '), '\nTel ', tel(r, loc), '\n\n');
    d.add('PRIVATE & CONFIDENTIAL\n', nm(pt, 'full', true), '\n', V.addrItems(V.address(r, loc), '\n'), '\n\n');
    d.add('NHS number: ', V.nhs(r), '    Hospital no.: ', r.upper(1), r.digits(7), '\nDate of birth: ', V.fmtDate(r, loc, V.ymd(r, 1940, 2010)), '\nDate: ', V.dateMark(r, loc, true), '\n\n');
    d.add('Dear ', r.pick(['Mr ', 'Ms ', 'Mrs ', 'Dr ']), nm(pt, 'family', true), ',\n\nYou have been referred by Dr ', nm(gp, 'full'), ' to the ', r.pick(['cardiology', 'dermatology', 'orthopaedic', 'ENT']), ' clinic. Your appointment is on ', V.dateMark(r, loc, true), ' at ', `${r.int(8, 16)}:${r.pick(['00', '15', '30', '45'])}`, ' with ', nm(cons, 'full'), '.\n\n');
    if (r.chance(0.5)) d.add('Your child\'s NHS number for the joint appointment: ', V.nhs(r), '.\n');
    if (r.chance(0.6)) d.add('Please note: the reference ', LK.invalidNhs(r), ' printed on your previous letter was incorrect.\n');
    d.add('To access your results online, log in to the patient app with the one-time code ', sec(r, 'ONE_TIME_CODE'), '.\n\nYours sincerely\n\n', nm(gp, 'full'), '\n', mail(r, gp, 'nhs-practice.example'), '\n');
    return d;
  }
  if (f === 'us') {
    const loc = BY_ID['en-US'];
    d.lang('en');
    const pt = who(r, pickLoc(r, (l) => ['US', 'MX', 'IN', 'PH', 'CN', 'KR', 'VN'].includes(l.cc)));
    const doc = who(r, loc);
    d.add(r.pick(['Lakeside Family Medicine', 'Summit Pediatrics', 'Valley Internal Medicine']), '\n', V.addrItems(V.address(r, loc), ', '), ' · Phone ', tel(r, loc), ' · Fax ', tel(r, loc), '\n\n');
    d.add(V.dateMark(r, loc, true), '\n\nRE: ', nm(pt, 'full', true), ' (DOB ', V.fmtDate(r, loc, V.ymd(r, 1945, 2015)), ')\n', V.addrItems(V.address(r, loc), ', '), '\nMember ID: ', r.upper(3), r.digits(9), '\n\n');
    d.add('To the pharmacy / whom it may concern:\n\nMy patient was seen on ', V.dateMark(r, loc), ' and requires continued treatment. Prescriber: ', nm(doc, 'full'), ', MD — DEA ', V.dea(r, doc.familyL), ', NPI ', r.nzdigits(10), '.\n');
    if (r.chance(0.5)) { const dr2 = who(r, loc); d.add('Covering physician: ', nm(dr2, 'full'), ', DEA ', V.dea(r, dr2.familyL), '.\n'); }
    if (r.chance(0.4)) d.add('(Old registration ', LK.invalidDea(r), ' is no longer valid.)\n');
    d.add('\nPatient portal: username ', mail(r, pt), ', temporary PIN ', sec(r, 'ONE_TIME_CODE'), '.\nContact: ', tel(r, loc), '\n\nSincerely,\n', nm(doc, 'full'), ', MD\n');
    return d;
  }
  if (f === 'de') {
    const loc = pickLoc(r, (l) => l.cc === 'DE');
    d.lang('de');
    const pt = who(r, pickLoc(r, (l) => ['DE', 'TR', 'PL', 'RU', 'UA', 'GR', 'IT'].includes(l.cc))), arzt = who(r, loc);
    d.add('Praxis Dr. med. ', nm(arzt, 'full'), '\n', V.addrItems(V.address(r, loc), ' · '), ' · Tel. ', tel(r, loc), '\n\n');
    d.add('Patient/in: ', nm(pt, 'full', true), ', geb. ', V.fmtDate(r, loc, V.ymd(r, 1940, 2010)), '\n', V.addrItems(V.address(r, loc), ', '), '\nVersichertennr.: ', r.upper(1), r.digits(9), '\n\n');
    d.add('Sehr geehrte Kollegin, sehr geehrter Kollege,\n\nwir berichten über die Vorstellung am ', V.dateMark(r, loc), '. Kontrolltermin am ', V.dateMark(r, loc, true), '. Befunde im Patientenportal, Zugang mit PIN ', S('ONE_TIME_CODE', r.digits(6)), '.\n\nRückfragen: ', tel(r, loc), ' oder ', mail(r, arzt, 'praxis-' + r.lower(5) + '.example'), '\n\nMit kollegialen Grüßen\n', nm(arzt, 'full'), '\n');
    return d;
  }
  const loc = BY_ID['fr-FR'];
  d.lang('fr');
  const pt = who(r, loc), med = who(r, loc);
  d.add('Cabinet médical du Dr ', nm(med, 'full'), '\n', V.addrItems(V.address(r, loc), ' – '), '\nTél. : ', tel(r, loc), '\n\n', V.cityMark(r, loc), ', le ', V.dateMark(r, loc, true), '\n\nObjet : compte rendu de consultation – ', nm(pt, 'full'), ', né(e) le ', V.fmtDate(r, loc, V.ymd(r, 1940, 2010)), '\n\nCher confrère,\n\nJe vous adresse ', nm(pt, 'given'), ' ', nm(pt, 'family'), ', demeurant ', V.addrItems(V.address(r, loc), ', '), ', joignable au ', tel(r, loc), '.\nRésultats disponibles sur le portail avec le code ', S('ONE_TIME_CODE', r.digits(6)), '.\n\nBien confraternellement,\n', nm(med, 'full'), '\n');
  return d;
}

export function pharmacyRx(r) {
  if (r.chance(0.4)) {
    const loc = BY_ID['en-GB'];
    const d = new Doc('pharmacy_rx').lang('en');
    d.add('NHS PRESCRIPTION – dispensing record\n', r.pick(['Boots', 'Well Pharmacy', 'Rowlands', 'Village Chemist']), ', ', V.addrItems(V.address(r, loc), ', '), '  ', tel(r, loc), '\n\n');
    for (let i = 0; i < r.int(2, 3); i++) {
      const pt = who(r, pickLoc(r, (l) => ['GB', 'IE', 'IN', 'PK', 'PL', 'NG', 'BD'].includes(l.cc)));
      d.add('Patient: ', nm(pt, r.pick(['full', 'upper']), true), '   NHS no. ', V.nhs(r), '\nAddress: ', V.addrItems(V.address(r, loc), ', '), '\nItem: ', r.pick(['Salbutamol 100mcg inhaler', 'Omeprazole 20mg caps', 'Amlodipine 5mg tabs']), ' x', r.int(28, 112), '   Exempt: ', r.pick(['A', 'D', 'F', 'paid']), '\nPrescriber: Dr ', nm(who(r, loc), 'full'), ' (GMC ', r.digits(7), ')   Date ', V.dateMark(r, loc), '\n', '-'.repeat(40), '\n');
    }
    if (r.chance(0.6)) d.add('Rejected scan: ', LK.invalidNhs(r), ' (check digit)\n');
    return d;
  }
  const loc = BY_ID['en-US'];
  const d = new Doc('pharmacy_rx').lang('en');
  const pt = who(r, pickLoc(r, (l) => ['US', 'MX', 'PH', 'IN', 'VN', 'KR'].includes(l.cc)));
  const pharm = r.pick(['Maple Street Pharmacy', 'CareWell Rx #', 'Corner Drug & Apothecary']);
  d.add(pharm, r.chance(0.5) ? r.int(100, 999) : '', '\n', V.addrItems(V.address(r, loc), ', '), '  ', tel(r, loc), '\n', '='.repeat(40), '\n');
  const dob = V.fmtDate(r, loc, V.ymd(r, 1940, 2015));
  for (let i = 0; i < r.int(2, 3); i++) {
    const doc = who(r, loc);
    d.add('Rx#: ', L('rx_number', `${r.int(1, 9)}${r.digits(6)}-${r.digits(5)}`), '   Filled: ', V.dateMark(r, loc), '\nPatient: ', nm(pt, r.pick(['full', 'upper']), true), '   DOB: ', dob, '\n');
    if (i === 0) d.add('Address: ', V.addrItems(V.address(r, loc), ', '), '\nPhone: ', tel(r, loc), '\n');
    d.add('Drug: ', r.pick(['Amoxicillin 500 mg cap', 'Lisinopril 10 mg tab', 'Oxycodone/APAP 5-325', 'Sertraline 50 mg', 'Methylphenidate ER 18 mg']), '  Qty ', r.int(10, 90), '  Refills ', r.int(0, 5), '\nPrescriber: ', nm(doc, 'full'), ', ', r.pick(['MD', 'DO', 'NP', 'PA-C']), '  DEA: ', V.dea(r, doc.familyL), '  NPI: ', r.nzdigits(10), '\nCopay: ', V.money(r, 'USD', r.int(0, 60)), '   Card: ', LK.maskedCard(r), '\n', '-'.repeat(40), '\n');
  }
  if (r.chance(0.5)) d.add('Insurance: BIN ', r.digits(6), ' PCN ', r.upper(4), ' Group ', r.upperalnum(8), '\n');
  return d;
}

// ---------------------------------------------------------------- tenancy letters
const TEN = {
  de: ['Mitteilung an die Mieter', 'Sehr geehrte/r', 'ab dem', 'beträgt die monatliche Miete', 'Bitte überweisen Sie auf', 'Zählernummer Strom', 'Bei Notfällen erreichen Sie den Hausmeister', 'Mit freundlichen Grüßen', 'Ihre Hausverwaltung'],
  en: ['Notice to tenants', 'Dear', 'from', 'the monthly rent will be', 'Please pay to', 'Electricity meter', 'In an emergency call the caretaker', 'Kind regards', 'Property management'],
  fr: ['Avis aux locataires', 'Madame, Monsieur', 'à compter du', 'le loyer mensuel s\'élève à', 'Merci de virer sur', 'N° de compteur', 'En cas d\'urgence, contactez le gardien', 'Cordialement', 'Votre gestionnaire'],
  es: ['Aviso a los inquilinos', 'Estimado/a', 'a partir del', 'la renta mensual será de', 'Por favor, ingresen en', 'Contador de luz', 'En caso de urgencia llamen al conserje', 'Atentamente', 'La administración'],
  nl: ['Bericht aan de huurders', 'Beste', 'vanaf', 'bedraagt de maandelijkse huur', 'Gelieve over te maken op', 'Meternummer', 'Bij nood kunt u de beheerder bellen', 'Met vriendelijke groet', 'Het beheer'],
  it: ['Comunicazione agli inquilini', 'Gentile', 'dal', 'il canone mensile sarà di', 'Si prega di versare su', 'Contatore', 'In caso di emergenza chiamare il custode', 'Cordiali saluti', 'L\'amministrazione'],
  sv: ['Meddelande till hyresgäster', 'Hej', 'från och med', 'är månadshyran', 'Betala till', 'Elmätare', 'Vid nödfall ring fastighetsskötaren', 'Vänliga hälsningar', 'Förvaltningen'],
  pl: ['Informacja dla najemców', 'Szanowny Panie / Szanowna Pani', 'od', 'czynsz miesięczny wynosi', 'Prosimy o wpłatę na', 'Nr licznika', 'W nagłych wypadkach prosimy dzwonić do dozorcy', 'Z poważaniem', 'Zarządca'],
};
export function tenancyLetter(r) {
  const lang = r.pick(Object.keys(TEN));
  const loc = lang === 'en' ? pickLoc(r, (l) => ['GB', 'IE'].includes(l.cc)) : pickLoc(r, (l) => phraseLang(l) === lang && l.iban);
  const t = TEN[lang];
  const d = new Doc('tenancy_letter').lang(lang);
  const org = V.org(r, lang);
  const ten = who(r, r.chance(0.8) ? loc : pickLoc(r)), care = who(r, loc), ll = who(r, loc);
  letterhead(r, d, org, loc);
  recipient(r, d, ten, loc);
  d.add(t[0], ' – ', V.dateMark(r, loc, true), '\n\n', t[1], ' ', nm(ten, 'full'), ',\n\n', t[2], ' ', V.dateMark(r, loc), ' ', t[3], ' ', V.money(r, loc.money, r.int(480, 2400)), ' (', r.pick(['Nebenkosten', 'charges', 'service charge', 'spese']), ' ', V.money(r, loc.money, r.int(80, 400)), ').\n', t[4], ' ', V.iban(r, loc.iban), ', ', LK.bic(r, loc.cc), ', ', { de: 'Verwendungszweck: ', fr: 'Référence : ', es: 'Concepto: ', it: 'Causale: ', nl: 'Kenmerk: ', sv: 'OCR: ', pl: 'Tytułem: ' }[lang] || 'Ref. ', LK.referenceCode(r), '.\n\n');
  d.add(t[5], ': ', LK.meterNumber(r), '\n');
  for (const c of r.sample(['keysafe', 'door', 'alarm', 'garage', 'wifi', 'gate'], r.int(1, 3))) d.add(codeLine(r, lang, c, codeValue(r, c, lang)), '\n');
  d.add('\n', t[6], ' ', nm(care, 'full'), ': ', tel(r, loc), '\n\n', t[7], '\n', nm(ll, 'full'), '\n', t[8], '\n');
  return d;
}

// ---------------------------------------------------------------- insurance claims
export function insuranceClaim(r) {
  const us = r.chance(0.5);
  const loc = us ? BY_ID['en-US'] : pickLoc(r, (l) => l.iban && ['de', 'fr', 'nl', 'en', 'es', 'it'].includes(phraseLang(l)));
  const d = new Doc('insurance_claim').lang('en');
  const cl = who(r, loc), other = who(r, us ? loc : pickLoc(r)), adj = who(r, loc);
  d.add(r.pick(['CLAIM FORM – MOTOR', 'Property loss notice', 'Schadenmeldung / claim report']), '\nClaim no. ', LK.caseNumber(r), '   Policy no. ', LK.policyNumber(r), '\n\n');
  d.add('Policyholder: ', nm(cl, 'full', true), '\nAddress: ', V.addrItems(V.address(r, loc, { latin: true }), ', '), '\nPhone: ', tel(r, loc), '   Email: ', mail(r, cl), '\n');
  if (us) { const dl = V.usDriverLicense(r); d.add('Driver license: ', dl.m, ' (', dl.st, ')   DOB: ', V.fmtDate(r, loc, V.ymd(r, 1950, 2004)), '\n'); }
  d.add('\nDate of loss: ', V.dateMark(r, loc), '   Location: ', V.addrItems(V.address(r, loc, { latin: true }), ', '), '\nCoordinates: ', LK.coordinates(r), '\n\nOther party: ', nm(other, 'full', true), ', ', tel(r, other.loc), r.chance(0.6) ? [', policy ', LK.policyNumber(r)] : '', '\n');
  if (us && r.chance(0.85)) { const dl = V.usDriverLicense(r); d.add('Other driver license: ', dl.m, ' (', dl.st, ')\n'); }
  d.add('Estimated damage: ', V.money(r, loc.money, r.int(300, 9000)), '\n\nPayout to: ');
  if (us) d.add(nm(cl, 'full'), ', routing ', V.abaRouting(r), ', account ', V.usBank(r), '\n');
  else d.add(V.iban(r, loc.iban), '\n');
  d.add('\nAdjuster: ', nm(adj, 'full'), ' · ', tel(r, loc), ' · ', mail(r, adj, 'claims.insure.example'), '\n');
  return d;
}

// ---------------------------------------------------------------- US tax forms
export function taxForm(r) {
  const loc = BY_ID['en-US'];
  const d = new Doc('tax_form').lang('en');
  const f = r.pick(['W-9', 'W-4', '1099-NEC', '8821', 'W-7']);
  const p = who(r, pickLoc(r, (l) => ['US', 'MX', 'IN', 'CN', 'PH', 'KR', 'VN', 'de-DE'].includes(l.cc)));
  const a = V.address(r, loc, { latin: true });
  const useItin = p.loc.cc !== 'US' || r.chance(0.2);
  const tin = useItin ? V.itin(r) : V.ssn(r);
  if (f === 'W-9') {
    d.add('Form W-9 (Rev. March 2024)  Request for Taxpayer Identification Number and Certification\n\n1 Name: ', nm(p, 'full', true), '\n2 Business name: ', r.chance(0.5) ? V.org(r, 'en').name : '', '\n3a Federal tax classification: ', r.pick(['Individual/sole proprietor', 'Single-member LLC']), '\n5 Address: ', a.lines[0], '\n6 City, state, ZIP: ', a.lines[1], '\n\nPart I  Taxpayer Identification Number\n', useItin ? 'Social security number (ITIN): ' : 'Social security number: ', tin, '\nEmployer identification number: ', r.chance(0.3) ? `${r.digits(2)}-${r.digits(7)}` : '', '\n\nSignature of U.S. person: /s/ ', nm(p, 'full', true), '   Date: ', V.dateMark(r, loc), '\n');
  } else if (f === 'W-4') {
    d.add('Form W-4  Employee\'s Withholding Certificate  ', r.int(2024, 2025), '\n\nStep 1(a) First name and middle initial: ', nm(p, 'given', true), '   Last name: ', nm(p, 'family', true), '\nAddress: ', a.lines[0], '\nCity or town, state, and ZIP code: ', a.lines[1], '\n(b) Social security number: ', V.ssn(r), '\n(c) [x] ', r.pick(['Single or Married filing separately', 'Married filing jointly']), '\n\nStep 3: Claim dependents  ', V.money(r, 'USD', r.pick([0, 2000, 4000])), '\nEmployer: ', V.org(r, 'en').name, '  EIN ', `${r.digits(2)}-${r.digits(7)}`, '  First date of employment ', V.dateMark(r, loc), '\n');
  } else if (f === '1099-NEC') {
    const payer = V.org(r, 'en');
    d.add('Form 1099-NEC  Nonemployee Compensation  Tax year ', r.int(2023, 2024), '\n\nPAYER: ', payer.name, ', ', V.addrItems(V.address(r, loc), ', '), ', ', tel(r, loc), '\nPAYER TIN: ', `${r.digits(2)}-${r.digits(7)}`, '\nRECIPIENT TIN: ', tin, '\nRECIPIENT: ', nm(p, 'full', true), '\n', V.addrItems(a, ', '), '\nAccount number (see instructions): ', V.usBank(r), '\n1 Nonemployee compensation: ', V.money(r, 'USD', r.int(2000, 90000)), '\n4 Federal income tax withheld: ', V.money(r, 'USD', 0), '\n');
  } else if (f === '8821') {
    const rep = who(r, loc);
    d.add('Form 8821  Tax Information Authorization\n\n1 Taxpayer name and address: ', nm(p, 'full', true), ', ', V.addrItems(a, ', '), '\nTaxpayer identification number: ', tin, '   Daytime telephone: ', tel(r, loc), '\n2 Designee: ', nm(rep, 'full'), ', ', V.addrItems(V.address(r, loc), ', '), '\nCAF No. ', r.digits(10), '   PTIN P', r.digits(8), '   Telephone ', tel(r, loc), '\n3 Tax matters: Income, 1040, ', r.int(2021, 2024), '\n');
  } else {
    d.add('Form W-7  Application for IRS Individual Taxpayer Identification Number\n\n1a First name: ', nm(p, 'given', true), '  Last name: ', nm(p, 'family', true), '\n2 Applicant\'s mailing address: ', V.addrItems(a, ', '), '\n3 Foreign address: ', V.addrItems(V.address(r, p.loc, { latin: true }), ', '), '\n4 Date of birth: ', V.fmtDate(r, loc, V.ymd(r, 1950, 2005)), '  Country of birth: ', V.countryMark(p.loc, true), '\n6d Identification document: Passport  No. ', r.upper(2), r.digits(7), '  Expiry ', V.dateMark(r, loc), '\n6e Previously issued ITIN: ', V.itin(r), '\n   (An earlier application listed ', LK.invalidItin(r), ', which was rejected.)\nPhone: ', tel(r, p.loc), '\n');
  }
  if (r.chance(0.6)) { const sp = who(r, p.loc); d.add('\nSpouse: ', nm(sp, 'full', true), ', ', r.chance(0.6) ? ['ITIN ', V.itin(r)] : ['SSN ', V.ssn(r)], r.chance(0.5) ? (() => { const dl = V.usDriverLicense(r); return [', ID: driver license ', dl.m, ' (', dl.st, ')']; })() : '', '\n'); }
  if (r.chance(0.5)) d.add('\nNote: the sample ', r.chance(0.5) ? ['SSN ', LK.invalidSsn(r)] : ['ITIN ', LK.invalidItin(r)], ' printed in the instructions must not be used.\n');
  return d;
}
