// Document kinds written by people: support tickets, bug reports, chat exports, e-mails, HR,
// medical and banking documents, meeting notes, incident reports.
import { R, A } from './prng.mjs';
import { S, P, L, F, J, FS, jq, fragText } from './builder.mjs';
import * as C from './ctx.mjs';
import { Clock } from './look.mjs';
import * as LK from './look.mjs';
import * as PII from './pii.mjs';
import * as SEC from './secrets.mjs';
import { LANGS, LANG_KEYS, LANG_CC } from './phrases.mjs';
import { LANG_CULTURES } from './names.mjs';

const { lk, em, ph, sec, user, corp, dom, hexs } = C;
const r = (a, n) => R.str(a, n);
const target = (lo = 900, hi = 3600) => R.int(lo, hi);
export const langDeck = new C.Deck(LANG_KEYS);

// language-aware PII helpers
const ccOf = (lang) => R.pick(LANG_CC[lang] || ['US']);
const pOf = (lang) => PII.person(R.pick(LANG_CULTURES[lang] || ['en_us']));
const nameOf = (lang) => P('PERSON', PII.fullName(pOf(lang), 'gf'));
const cityOf = (lang) => { const cc = ccOf(lang); return P('LOCATION', PII.city(PII.CITIES[cc] ? cc : 'US')); };
const phoneOf = (lang) => P('PHONE_NUMBER', PII.phoneFor(ccOf(lang)));
const addrOneLine = (lang) => { const cc = ccOf(lang); return PII.address(PII.STREET[cc] ? cc : 'US', { oneLine: true }); };
const addrOf = (lang) => { const cc = ccOf(lang); return PII.address(PII.STREET[cc] ? cc : 'US'); };
const secretInProse = () => R.wpick([[4, () => C.kv(null, SEC.vendorDeck).span], [2, () => C.kv(null, SEC.genericDeck).span], [1, () => C.jwtS()]])();
const pwInProse = () => (R.chance(0.75) ? C.humanPw() : C.phrase());

// one end-user message body in a language; returns fragment lines
function userMessage(lang, p, opts = {}) {
  const Lg = LANGS[lang];
  const parts = [];
  parts.push(R.pick(Lg.hello), '\n\n');
  if (!p.home) { const cc = ccOf(lang); p.home = { cc, city: PII.city(PII.CITIES[cc] ? cc : 'US') }; }
  parts.push(Lg.me(P('PERSON', PII.fullName(p, 'gf')), P('LOCATION', p.home.city)), ' ', R.pick(Lg.issue), '\n');
  const extras = R.shuffle(['pw', 'key', 'reach', 'addr', 'coll', 'order', 'card', 'iban', 'rare']).slice(0, R.int(2, 5));
  for (const e of extras) {
    if (e === 'pw') parts.push(Lg.pw(pwInProse()), '\n');
    else if (e === 'key') parts.push(Lg.key(secretInProse()), '\n');
    else if (e === 'reach') parts.push(Lg.reach(phoneOf(lang), em(R.chance(0.7) ? p : undefined)), '\n');
    else if (e === 'addr') parts.push(Lg.addr(addrOf(lang)), '\n');
    else if (e === 'coll') parts.push(Lg.coll(nameOf(lang)), '\n');
    else if (e === 'order') parts.push(Lg.order(lk(R.pick(['order_number', 'invoice_number', 'tracking_number']))), '\n');
    else if (e === 'card') parts.push(Lg.card(R.chance(0.8) ? C.cardS() : lk(R.pick(['masked_card', 'vendor_test_card']))), '\n');
    else if (e === 'iban') parts.push(Lg.iban(R.chance(0.85) ? C.ibanS() : lk('invalid_iban')), '\n');
    else { const rp = C.rarePii(); parts.push(`${rp.label}: `, rp.span, '\n'); }
  }
  parts.push('\n', R.pick(Lg.bye), '\n', P('PERSON', PII.fullName(p, R.pick(['gf', 'gf', 'init']))), '\n');
  return parts;
}

// ---------------------------------------------------------------- support_ticket
function supportTicket(d) {
  const lang = langDeck.next();
  const Lg = LANGS[lang];
  const c = new Clock();
  const p = pOf(lang);
  const v = R.int(0, 1);
  if (v === 0) d.add(F`Ticket ${lk('ticket_id')} — ${R.pick(Lg.subj)}\nStatus: ${R.pick(['Open', 'Pending', 'New'])} | Priority: ${R.pick(['Normal', 'High', 'Urgent'])} | Channel: ${R.pick(['Email', 'Web form', 'Chat'])}\nRequester: ${P('PERSON', PII.fullName(p, 'gf'))} <${em(p)}>\nCreated: ${L('timestamp', c.iso(false))}\nLanguage: ${lang}\n\n`);
  else d.add(F`{"ticket":{"id":${L('ticket_id', String(R.int(10000, 999999)))},"subject":${jq(R.pick(Lg.subj))},"created_at":"${L('timestamp', c.iso(false))}","requester":{"name":${jq(P('PERSON', PII.fullName(p, 'gf')))},"email":"${em(p)}"},"locale":"${lang}"}}\n\n`);
  d.add(userMessage(lang, p));
  d.fill(() => R.pick([
    () => F`\n--- ${R.pick(['Internal note', 'Agent reply', 'Interne Notiz', 'Note interne'])} (${C.perAny()}, ${L('timestamp', c.tick(4e6).iso(false))}) ---\nCustomer pasted credentials in the ticket, asked them to rotate. Account ${lk('crm_id')}, last login from ${C.ip()} (${C.loc()}, ${C.ctry()}).\n`,
    () => F`\n--- ${R.pick(['Customer reply', 'Antwort des Kunden', 'Réponse client', 'Respuesta'])} (${L('timestamp', c.tick(4e6).iso(false))}) ---\n${userMessage(lang, p)}`,
    () => F`\n--- Agent macro ---\nHi, thanks for reaching out! Please never share passwords here. Reference ${lk('request_id')}.\n`,
    () => F`\n--- Escalation to ${R.pick(['L2', 'Billing', 'Security'])} (${C.perAny()}) ---\nRequester phone ${phoneOf(lang)}, shipping to ${addrOneLine(lang)}. Refund ${lk('price')} to ${C.ibanS()}.\n`,
  ])(), target(900, 3600), 0, 4);
}

// ---------------------------------------------------------------- bug_report
function bugReport(d) {
  const lang = R.chance(0.6) ? 'en' : langDeck.next();
  const c = new Clock();
  const Lg = LANGS[lang];
  d.add(F`### Describe the bug\n${R.pick(Lg.issue)}\n\n### Steps to reproduce\n1. Log in as ${em()}\n2. Open ${R.pick(['Settings → Billing', 'Reports → Export', 'Admin → Users'])}\n3. Click "${R.pick(['Export CSV', 'Save', 'Sync now'])}"\n\n### Logs\n\`\`\`\n`);
  d.fill(() => R.pick([
    () => F`${L('timestamp', c.tick(800).iso())} ERROR request failed status=500 user=${em()} ip=${C.ip()} req=${lk('request_id')}\n`,
    () => F`${L('timestamp', c.tick(800).iso())} DEBUG using credentials ${user()}:${C.urlPw()} for https://erp.${dom()}\n`,
    () => F`${L('timestamp', c.tick(800).iso())} WARN payload {"name":${jq(C.perAny())},"phone":"${C.ph()}","city":${jq(C.loc())}}\n`,
    () => { const k = C.kv('env'); return F`${L('timestamp', c.tick(800).iso())} INFO env ${k.key}=${k.span}\n`; },
    () => F`${L('timestamp', c.tick(800).iso())} INFO build ${lk('version')} (${lk('git_sha')})\n`,
    () => F`    at ${R.pick(['exportCsv', 'syncContacts', 'chargeCard'])} (webpack://app/src/${R.pick(['export', 'sync', 'billing'])}.ts:${R.int(10, 300)}:${R.int(2, 40)})\n`,
  ])(), R.int(800, 2600));
  d.add(F`\`\`\`\n\n### Environment\n- App version: ${lk('version')} (build ${lk('build_number')})\n- OS: ${R.pick(['macOS 15.3', 'Windows 11 24H2', 'Ubuntu 24.04', 'iOS 18.2', 'Android 15'])}\n- Device: ${lk('uuid')}\n\n`);
  if (R.chance(0.35)) { const k = C.pemKey(); d.tryAdd(F`### Deploy key in use (${R.pick(['sorry, test env only', 'rotating after this', 'from the runner'])})\n\`\`\`\n${S(k.e, k.pem)}\n\`\`\`\n\n`); }
  d.tryAdd(F`Reported by ${P('PERSON', PII.fullName(pOf(lang), 'gf'))} (${R.pick(['customer', 'QA', 'support'])}), ${cityOf(lang)}. ${Lg.reach(phoneOf(lang), em())}\n`);
}

// ---------------------------------------------------------------- chat_export
const CHAT_EN = [
  () => F`can someone rotate the ${R.pick(['staging', 'prod', 'partner'])} key? it's ${secretInProse()}`,
  () => F`login for the vendor portal is ${user()} / ${C.humanPw()}`,
  () => F`wifi at the ${C.loc()} office: ${S('WIFI_PSK', SEC.passphrase({ noSpace: true }))}`,
  () => F`${C.perAny()} is out today, call her on ${C.ph()} if prod burns`,
  () => F`deploy ${lk('version')} done, sha ${lk('git_sha')}`,
  () => F`customer ${C.perAny()} from ${C.loc()} says the refund to ${C.ibanS()} never arrived`,
  () => F`oops pasted the wrong thing: ${secretInProse()} — revoking now`,
  () => F`anyone knows the admin pw for grafana? I think it was ${C.humanPw()}`,
  () => F`meeting moved to ${C.street()}, ${C.loc()} (2nd floor)`,
  () => F`ticket ${lk('ticket_id')} is from ${em()}, order ${lk('order_number')}`,
  () => F`passphrase for the backup key is "${C.phrase()}", don't lose it`,
  () => F`:+1: thanks ${C.perAny()}`,
  () => F`here's the deploy key, delete after copying:\n${(() => { const k = C.pemKey(undefined, true); return S(k.e, k.pem); })()}`,
  () => F`basic auth header for the partner sandbox: Basic ${C.basicAuth(user(), SEC.pwValue({ urlSafe: true }))}`,
  () => F`use card ${lk('vendor_test_card')} in staging, never a real one`,
  () => F`trace ${lk('trace_id')} shows the timeout on ${lk('hostname')}`,
];
function chatLine(lang) {
  if (lang === 'en') return R.pick(CHAT_EN)();
  const Lg = LANGS[lang];
  return R.pick([() => Lg.pw(pwInProse()), () => Lg.key(secretInProse()), () => Lg.reach(phoneOf(lang), em()), () => Lg.coll(nameOf(lang)), () => Lg.order(lk('order_number')), () => F`${R.pick(Lg.issue)}`, () => Lg.card(C.cardS()), () => R.pick(CHAT_EN)()])();
}
function chatExport(d) {
  const c = new Clock();
  const lang = R.chance(0.45) ? 'en' : langDeck.next();
  const people = Array.from({ length: R.int(2, 5) }, () => (R.chance(0.6) ? pOf(lang) : PII.person()));
  const v = R.int(0, 2);
  if (v === 0) {
    d.add('[\n');
    let first = true;
    d.fill(() => {
      const p = R.pick(people);
      const msg = { type: 'message', user: `U${r(A.alnumu, 10)}`, user_profile: { real_name: C.perP(p, 'gf'), display_name: PII.handleOf(p) }, text: FS(chatLine(lang)), ts: L('timestamp', `${c.tick(200000).epoch()}.${r(A.digit, 6)}`) };
      const out = [first ? '' : ',\n', '  ', J(msg)];
      first = false;
      return out;
    }, target(1000, 3700), 10);
    d.add('\n]\n');
  } else if (v === 1) {
    d.add(F`${R.pick(['Meeting chat', 'Chat-Verlauf', 'Conversation'])} — ${R.pick(['#incident-' + R.int(100, 999), 'Payments squad', 'Support EMEA', 'Offsite planning'])}\n\n`);
    d.fill(() => { const p = R.pick(people); return F`[${L('timestamp', c.tick(300000).hm())}] ${C.perP(p, 'gf')}: ${chatLine(lang)}\n`; }, target(900, 3600));
  } else {
    d.fill(() => { const p = R.pick(people); return F`${L('timestamp', c.tick(300000).sql())}  <${PII.handleOf(p)}> ${chatLine(lang)}\n`; }, target(900, 3600));
  }
}

// ---------------------------------------------------------------- email_message
function emailMessage(d) {
  const c = new Clock();
  const lang = R.chance(0.4) ? 'en' : langDeck.next();
  const p = pOf(lang), q = pOf(lang);
  d.add(F`Return-Path: <${em(p)}>\nReceived: from mail.${dom()} (${C.host().split('.')[0]} [${C.ip4()}])\n\tby mx.${dom()} with ESMTPS id ${r(A.alnum, 12)}\n\tfor <${em(q)}>; ${L('timestamp', c.rfc2822())}\nFrom: "${C.perP(p, 'gf')}" <${em(p)}>\nTo: ${C.perP(q, 'gf')} <${em(q)}>\n${R.chance(0.4) ? F`Cc: ${em()}\n` : ''}Subject: ${R.pick(LANGS[lang].subj)}\nDate: ${L('timestamp', c.rfc2822())}\nMessage-ID: <${L('request_id', LK.LOOK.uuid())}@mail.${dom()}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n`);
  d.add(userMessage(lang, p));
  d.tryAdd(R.pick([
    F`\n-- \n${C.perP(p, 'gf')}\n${R.pick(['Head of Operations', 'Accountant', 'Office manager', 'Founder'])}, ${corp()}\n${C.street()}\n${C.loc()}\nTel. ${C.ph()}\n`,
    F`\n-----Original Message-----\nFrom: ${C.perAny()} <${em()}>\nSent: ${L('timestamp', c.rfc2822())}\nSubject: portal access\n\nHere is the login for the supplier portal: user ${user()}, password ${C.humanPw()}. API key for the sync: ${secretInProse()}\n`,
    F`\nSent from my phone\n`,
  ]));
  if (R.chance(0.3)) { const k = C.pemKey(R.pick(['PRIVATE_KEY_PGP', 'PRIVATE_KEY_PGP', 'PRIVATE_KEY_OPENSSH', 'PRIVATE_KEY_ENCRYPTED'])); d.tryAdd(F`\nP.S. ${R.pick(['here is the key you asked for', 'anbei der Schlüssel', 'voici la clé', 'このキーを使ってください'])}:\n${S(k.e, k.pem)}\n`); }
}

// ---------------------------------------------------------------- hr_document
function hrDocument(d) {
  const us = R.chance(0.55);
  const c = new Clock();
  if (us) {
    const p = PII.person(R.pick(['en_us', 'mx', 'in_latn', 'zh_latn', 'ko_latn', 'vi', 'ng', 'fil', 'ar_latn']));
    const dl = C.dlS();
    d.add(F`EMPLOYEE ONBOARDING FORM — ${corp().toUpperCase()} INC.\nSubmitted: ${L('timestamp', c.iso(false))}   Case ${lk('ticket_id')}\n\nLegal name:            ${C.perP(p, 'gf')}\nPreferred name:        ${P('PERSON', p.given)}\nDate of birth:         ${R.int(1960, 2004)}-${String(R.int(1, 12)).padStart(2, '0')}-${String(R.int(1, 28)).padStart(2, '0')}\n${R.chance(0.75) ? F`SSN:                   ${C.ssnS('-')}` : F`ITIN:                  ${C.itinS('-')}`}\nHome address:          ${PII.address('US', { oneLine: true, country: false })}\nPersonal phone:        ${C.ph('US')}\nPersonal email:        ${em(p)}\nDriver's license:      ${dl.span} (${dl.st})\nPassport (optional):   ${C.passS()}\n\nDIRECT DEPOSIT\nBank routing number:   ${PII.abaRouting()}\nAccount number:        ${C.bankS()}\nAccount type:          ${R.pick(['Checking', 'Savings'])}\n\nEMERGENCY CONTACT\nName:                  ${C.perAny()}\nRelationship:          ${R.pick(['Spouse', 'Mother', 'Brother', 'Friend'])}\nPhone:                 ${C.ph()}\n`);
    d.tryAdd(F`\nHR notes: I-9 verified by ${C.perAny()} on ${L('date', c.date())}. Payroll portal temp password: ${C.humanPw()}\n`);
    d.tryAdd(F`Previous employer W-2 shows EIN ${lk('ein')}; test SSN on old form was ${lk('invalid_ssn')} (rejected).\n`);
  } else {
    const lang = R.pick(['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt']);
    const cc = { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pl: 'PL', pt: 'PT' }[lang];
    const p = pOf(lang);
    const lab = {
      de: ['Personalbogen', 'Name', 'Anschrift', 'Telefon', 'E-Mail', 'Bankverbindung (IBAN)', 'Notfallkontakt', 'Eintrittsdatum'],
      fr: ['Fiche salarié', 'Nom', 'Adresse', 'Téléphone', 'Courriel', 'Coordonnées bancaires (IBAN)', "Personne à prévenir", "Date d'entrée"],
      es: ['Ficha del empleado', 'Nombre', 'Domicilio', 'Teléfono', 'Correo', 'Cuenta bancaria (IBAN)', 'Contacto de emergencia', 'Fecha de alta'],
      it: ['Scheda dipendente', 'Nome', 'Indirizzo', 'Telefono', 'Email', 'Coordinate bancarie (IBAN)', 'Contatto di emergenza', 'Data di assunzione'],
      nl: ['Personeelsformulier', 'Naam', 'Adres', 'Telefoon', 'E-mail', 'Bankrekening (IBAN)', 'Contactpersoon bij nood', 'Datum in dienst'],
      pl: ['Kwestionariusz osobowy', 'Imię i nazwisko', 'Adres', 'Telefon', 'E-mail', 'Rachunek bankowy (IBAN)', 'Osoba do kontaktu', 'Data zatrudnienia'],
      pt: ['Ficha de colaborador', 'Nome', 'Morada', 'Telefone', 'Email', 'Conta bancária (IBAN)', 'Contacto de emergência', 'Data de admissão'],
    }[lang];
    d.add(F`${lab[0]} — ${corp()}\n\n${lab[1]}: ${C.perP(p, 'gf')}\n${lab[2]}: ${PII.address(cc, { oneLine: true })}\n${lab[3]}: ${C.ph(cc)}\n${lab[4]}: ${em(p)}\n${lab[5]}: ${C.ibanS(cc, true)}\n${lab[6]}: ${C.per(R.pick(LANG_CULTURES[lang]))}, ${C.ph(cc)}\n${lab[7]}: ${L('date', c.eu())}\n`);
    d.tryAdd(F`\nIntranet: ${user()} / ${C.humanPw()}  (${R.pick(['bitte ändern', 'à changer', 'cambiar', 'da cambiare', 'wijzigen', 'zmienić', 'alterar'])})\n`);
  }
  d.fill(() => { const rp = C.rarePii(); return F`${rp.label}: ${rp.span}\n`; }, target(1200, 2400), 0, 4);
}

// ---------------------------------------------------------------- medical_record
function medicalRecord(d) {
  const c = new Clock();
  if (R.chance(0.5)) {
    const p = PII.person(R.pick(['en_gb', 'in_latn', 'ng', 'ga', 'pl', 'ar_latn', 'zh_latn']));
    d.add(F`DISCHARGE SUMMARY\n${R.pick(['St Wilfrid', 'Riverside', 'Northgate'])} NHS Foundation Trust\n\nPatient: ${C.perP(p, R.pick(['gf', 'Fg']))}\nNHS Number: ${C.nhsS(' ')}\nAddress: ${PII.address('GB', { oneLine: true })}\nTel: ${C.ph('GB')}\nNext of kin: ${C.per('en_gb')} (${R.pick(['daughter', 'husband', 'wife', 'son'])}) ${C.ph('GB')}\nGP: Dr ${C.per(R.pick(['en_gb', 'in_latn']))}, ${R.pick(['Castle Street', 'Parkside', 'Millbrook'])} Surgery, ${C.loc('GB')}\nAdmitted: ${L('date', c.date())}  Discharged: ${L('date', c.tick(4e8).date())}\n\n`);
    d.add(F`Summary: ${R.pick(['Community-acquired pneumonia, treated with IV antibiotics.', 'Elective knee arthroscopy, uneventful recovery.', 'Chest pain, ACS ruled out.'])}\nHospital number: ${L('crm_id', 'RX' + r(A.digit, 7))}\nNote: previous record used NHS no. ${lk('invalid_nhs')} in error — corrected.\n`);
  } else {
    const p = PII.person(R.pick(['en_us', 'mx', 'vi', 'ko_latn', 'in_latn', 'fil']));
    const doc = PII.person(R.pick(['en_us', 'in_latn', 'zh_latn', 'ar_latn']));
    d.add(F`PRESCRIPTION RECORD\n${corp()} Family Clinic, ${PII.address('US', { oneLine: true, country: false })}\n\nPatient: ${C.perP(p, 'fcg')}    DOB: ${String(R.int(1, 12)).padStart(2, '0')}/${String(R.int(1, 28)).padStart(2, '0')}/${R.int(1940, 2010)}\nPhone: ${C.ph('US')}\nInsurance member ID: ${L('crm_id', r(A.upper, 3) + r(A.digit, 9))}\n\nRx: ${R.pick(['Oxycodone 5 mg', 'Adderall XR 20 mg', 'Hydrocodone/APAP 5/325', 'Lorazepam 1 mg'])}, #${R.int(10, 90)}, refills ${R.int(0, 2)}\nPrescriber: ${C.perP(doc, 'gf')}, MD\nDEA #: ${C.deaS(doc.fam)}\nNPI: ${lk('npi')}\nSigned: ${L('timestamp', c.iso(false))}\n`);
    d.tryAdd(F`\nPharmacy callback: ${C.ph('US')} (ask for ${C.perAny()})\n`);
  }
  d.fill(() => R.pick([
    () => F`${L('date', c.tick(9e7).date())}  ${R.pick(['BP 128/82', 'HbA1c 6.1%', 'Weight 74 kg', 'Temp 37.9 °C'])}  seen by ${C.perAny()}\n`,
    () => { const rp = C.rarePii(R.pick(['UK_NHS', 'MEDICAL_LICENSE', 'US_SSN', 'US_PASSPORT'])); return F`${rp.label}: ${rp.span}\n`; },
    () => F`Portal login sent to ${em()} (temp password ${C.humanPw()})\n`,
  ])(), target(900, 2600), 0, 10);
}

// ---------------------------------------------------------------- bank_statement
function bankStatement(d) {
  const c = new Clock();
  const eu = R.chance(0.6);
  const cc = eu ? R.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'PT', 'IE', 'PL', 'SE', 'CH']) : 'US';
  const p = PII.person({ DE: 'de', FR: 'fr', ES: 'es', IT: 'it', NL: 'nl', BE: 'fr', AT: 'de', PT: 'pt_br', IE: 'ga', PL: 'pl', SE: 'nordic', CH: 'de', US: 'en_us' }[cc]);
  if (eu) d.add(F`${R.pick(['Kontoauszug', 'Relevé de compte', 'Extracto', 'Estratto conto', 'Rekeningoverzicht', 'Account statement'])} ${R.int(1, 12)}/${R.int(2025, 2026)}\n${C.perP(p, 'gf')}\n${PII.address(cc)}\n\nIBAN: ${C.ibanS(cc, true)}   BIC: ${r(A.upper, 6)}${r(A.alnumu, 2)}\n\n`);
  else d.add(F`STATEMENT OF ACCOUNT\n${C.perP(p, R.pick(['gf', 'Fg']))}\n${PII.address('US', { country: false })}\n\nChecking account ${C.bankS()}   Routing ${PII.abaRouting()}\nStatement period: ${L('date', c.us())} – ${L('date', c.tick(2.6e9).us())}\n\n`);
  d.fill(() => {
    c.tick(2e8);
    const t = R.int(0, 5);
    const desc = t === 0 ? F`SEPA ${R.pick(['Überweisung an', 'virement à', 'transfer to', 'transferencia a'])} ${C.perAny()} ${R.chance(0.5) ? C.ibanS() : ''}`.filter(Boolean)
      : t === 1 ? F`CARD ${lk('masked_card')} ${R.pick(['REWE', 'Carrefour', 'Mercadona', 'Esselunga', 'Albert Heijn', 'Whole Foods'])} ${C.loc()}`
        : t === 2 ? F`${R.pick(['Gehalt', 'Salaire', 'Payroll', 'Nómina'])} ${corp()} ref ${lk('invoice_number')}`
          : t === 3 ? F`Zelle from ${C.perAny()} ${C.ph()}`
            : t === 4 ? F`Direct debit ${R.pick(['Telekom', 'EDF', 'Iberdrola', 'Comcast'])} mandate ${lk('crm_id')}`
              : F`BTC purchase to ${C.btcS()}`;
    return F`${L('date', eu ? c.eu() : c.us())}  ${desc}  ${lk('price')}\n`;
  }, target(1000, 3200));
  d.tryAdd(F`\nQuestions? Call ${C.ph(cc)} · ${P('EMAIL_ADDRESS', PII.roleEmail())}\n`);
}

// ---------------------------------------------------------------- meeting_notes
function meetingNotes(d) {
  const lang = R.chance(0.5) ? 'en' : langDeck.next();
  const c = new Clock();
  const att = Array.from({ length: R.int(3, 7) }, () => (R.chance(0.5) ? nameOf(lang) : C.perAny()));
  d.add(F`# ${R.pick(['Weekly sync', 'Offsite planning', 'Incident review', 'Kickoff', 'Vendor call', 'Retro'])} — ${L('date', c.date())}\n\n**Attendees:** ${C.join(att, ', ')}\n**Where:** ${R.pick([F`${C.street()}, ${C.loc()}`, F`${C.hood()} office, ${C.loc()}`, F`Zoom + room ${R.int(100, 700)} in ${C.loc()}`])}\n\n## Notes\n`);
  d.fill(() => R.pick([
    () => F`- ${C.perAny()} will fly to ${C.cityCountry()} on ${L('date', c.tick(5e8).date())} to meet ${C.perAny()}\n`,
    () => F`- ${R.pick(LANGS[lang].issue)}\n`,
    () => F`- Temporary admin login for the demo: ${user()} / ${C.humanPw()}\n`,
    () => F`- Guest wifi "${corp()}-guest", password ${S('WIFI_PSK', SEC.passphrase({ noSpace: true }))}\n`,
    () => F`- Partner API key (rotate after go-live): ${secretInProse()}\n`,
    () => F`- Budget approved: ${lk('price')}, PO ${lk('order_number')}\n`,
    () => F`- Contact at the venue: ${C.perAny()}, ${C.ph()}\n`,
    () => F`- Hotel near ${C.hood()} in ${C.loc()} — ${C.street()}\n`,
    () => F`- Ticket ${lk('ticket_id')} blocked on ${C.perAny()}\n`,
    () => F`- ${LANGS[lang].coll(nameOf(lang))}\n`,
  ])(), target(900, 3500));
  d.tryAdd(F`\n## Action items\n- [ ] ${C.perAny()}: send contract to ${em()}\n- [ ] ${C.perAny()}: rotate shared secrets\n`);
}

// ---------------------------------------------------------------- incident_report
function incidentReport(d) {
  const c = new Clock();
  d.add(F`# Postmortem: ${R.pick(['leaked CI token', 'payment webhook outage', 'customer data in logs', 'expired TLS certificate'])} (${lk('ticket_id')})\n\nAuthor: ${C.perAny()} · Reviewed by ${C.perAny()} · ${L('date', c.date())}\n\n## Timeline (UTC)\n`);
  d.fill(() => R.pick([
    () => F`- ${L('timestamp', c.tick(6e5).hm())} alert fired on ${lk('hostname')} (trace ${lk('trace_id')})\n`,
    () => F`- ${L('timestamp', c.tick(6e5).hm())} ${C.perAny()} found the key ${C.kv(null, SEC.vendorDeck).span} in a public build log, revoked it\n`,
    () => F`- ${L('timestamp', c.tick(6e5).hm())} customer ${em()} (${C.loc()}) reported seeing another user's address: ${C.street()}\n`,
    () => F`- ${L('timestamp', c.tick(6e5).hm())} rolled back to ${lk('version')} (${lk('git_sha')})\n`,
    () => F`- ${L('timestamp', c.tick(6e5).hm())} blocked ${C.ip()} after ${R.int(100, 9000)} failed logins\n`,
    () => F`- ${L('timestamp', c.tick(6e5).hm())} on-call ${C.perAny()} reachable at ${C.ph()}\n`,
    () => F`- ${L('timestamp', c.tick(6e5).hm())} leaked connection string: postgres://${user()}:${C.connPw()}@${C.host()}/prod\n`,
  ])(), target(900, 3300));
  d.tryAdd(F`\n## Impact\n${R.int(1, 900)} customers, refunds ${lk('price')}.\n`);
}

export const TEXT_KINDS = {
  support_ticket: supportTicket, bug_report: bugReport, chat_export: chatExport, email_message: emailMessage,
  hr_document: hrDocument, medical_record: medicalRecord, bank_statement: bankStatement, meeting_notes: meetingNotes, incident_report: incidentReport,
};
