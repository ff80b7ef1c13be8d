// Document kinds: people-centred text (CRM, tickets, mail, chat, notes, HR, medical, banking, prose, directories, forms).
import { Doc, J, sec, look, pii, flat } from './doc.mjs';
import { S, V, pw } from './secrets.mjs';
import { L, Person, email, roleEmail, phone, ip, address, street, city, country, zip, card, iban, ssn, itin, passport, driverLicense, bankAccount, btc, dea, nhs, Clock, fmtDate, uuidStr, ascii, cardNumber, fmtCard } from './values.mjs';
import { org, tld, hostName, svc, user, TOKENISH, ONE_LINE } from './common.mjs';
import { COMPANIES, COUNTRY_CODES, JOB_TITLES, PLACES } from './data.mjs';
import { LANGS, LANG_KEYS, personFor, ccFor, phoneFor, proseParagraph, secretSentence, SECRET_LANGS, SMALLTALK, PHR } from './lang.mjs';
import { lookMention, RARE_LOOKS } from './common.mjs';

const nameStyle = (r) => r.pickw([[10, 'full'], [2, 'formal'], [2, 'upper'], [2, 'lower'], [1, 'initial'], [2, 'given'], [1, 'upperFamily']]);
const dob = (r, f) => fmtDate(r, f || r.pick(['iso', 'us', 'de', 'eu']), { y: r.int(1948, 2004), m: r.int(1, 12), d: r.int(1, 28) }); // neutral, unlabelled
const secretFor = (r, ctx, kinds) => S(r, ctx.deck.take(r, kinds || ['USER_CHOSEN_PASSWORD', 'PASSPHRASE', 'GENERIC_PASSWORD', 'USER_CHOSEN_PASSWORD', ...TOKENISH.filter((n, i) => i % 3 === 0)]));

// ---------- CRM export ----------
function crm(r, ctx) {
  const d = new Doc('crm'); const target = r.int(1200, 3800); const o = org(r);
  const fmt = r.pick(['csv', 'csv_noheader', 'tsv', 'semicolon', 'pipe', 'fixed']);
  const sep = { csv: ',', csv_noheader: ',', tsv: '\t', semicolon: ';', pipe: ' | ', fixed: '  ' }[fmt];
  const cols = ['id', 'name', 'email', 'phone', 'street', 'city', 'country', 'owner', 'created'];
  if (fmt === 'csv' || fmt === 'tsv') d.t(r.pick([cols, ['Record ID', 'Contact', 'E-mail', 'Tel', 'Address', 'City', 'Country', 'Account owner', 'Created'], ['id', 'nombre', 'correo', 'teléfono', 'dirección', 'ciudad', 'país', 'responsable', 'alta']]).join(sep) + '\n');
  if (fmt === 'semicolon') d.t('Kundennr;Name;E-Mail;Telefon;Straße;Ort;Land;Betreuer;Angelegt\n');
  if (fmt === 'pipe') d.t('| ' + cols.join(' | ') + ' |\n|' + cols.map(() => '---').join('|') + '|\n');
  const owners = [new Person(r), new Person(r)];
  while (d.size < target) {
    const cc = r.pick(COUNTRY_CODES); const p = new Person(r, r.chance(0.5) ? null : r.pick(Object.keys(LANGS).flatMap((l) => LANGS[l].cultures)));
    const q = (x) => (fmt === 'csv' || fmt === 'csv_noheader') && /,/.test(flat(x)) ? J`"${x}"` : x;
    const cells = [L.crm_id(r), p.P(nameStyle(r)), p.email(), phoneFor(r, cc), q(street(r, cc)), city(r, cc), country(r, cc), r.pick(owners).P(r.pick(['full', 'given', 'initial'])), L.date(r)];
    if (fmt === 'pipe') d.t('| ');
    cells.forEach((c, i) => { d.put(c); if (i < cells.length - 1) d.t(sep); });
    d.t(fmt === 'pipe' ? ' |\n' : '\n');
  }
  return d;
}

// ---------- support ticket ----------
function ticket(r, ctx) {
  const d = new Doc('ticket'); const o = org(r); const lang = r.pick(['en', 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja']); const cc = ccFor(r, lang);
  const req = personFor(r, lang); const agent = new Person(r); const c = new Clock(r);
  d.put(J`Ticket ${look('ticket_key', `#${r.int(10000, 999999)}`)} · ${r.pick(['Open', 'Pending', 'Solved'])} · Priority ${r.pick(['normal', 'high', 'urgent'])}\nRequester: ${req.P()} <${req.email()}>\nPhone: ${phoneFor(r, cc)}\nOrder: ${L.order_number(r)}   Tracking: ${L.tracking_number(r)}\nCreated: ${c.ts('iso')}\n\n`);
  const body = {
    en: () => J`Hi, my parcel never arrived. Delivery address is ${address(r, cc)}. Please refund to the card ending ${r.digits(4)} or to IBAN ${iban(r)}. Thanks, ${req.P('given')}`,
    de: () => J`Guten Tag, die Lieferung an ${address(r, 'DE')} ist unvollständig. Bitte erstatten Sie den Betrag von ${L.price(r)} auf mein Konto ${iban(r, 'DE')}. Mit freundlichen Grüßen ${req.P()}`,
    fr: () => J`Bonjour, je n'ai pas reçu ma commande à ${address(r, 'FR')}. Pouvez-vous me rembourser sur ${iban(r, 'FR')} ? Cordialement, ${req.P()}`,
    es: () => J`Hola, el pedido no llegó a ${address(r, 'ES')}. Os dejo mi número ${phoneFor(r, 'ES')} por si el repartidor necesita llamar. Un saludo, ${req.P('given')}`,
    it: () => J`Buongiorno, il pacco per ${address(r, 'IT')} risulta consegnato ma non l'ho ricevuto. Rimborso su ${iban(r, 'IT')} per favore. ${req.P()}`,
    pt: () => J`Olá, meu pedido para ${address(r, 'BR')} atrasou. Podem ligar no ${phoneFor(r, 'BR')}? Obrigado, ${req.P()}`,
    nl: () => J`Hallo, mijn bestelling is niet bezorgd op ${address(r, 'NL')}. Graag terugbetalen op ${iban(r, 'NL')}. Groet, ${req.P()}`,
    pl: () => J`Dzień dobry, paczka na adres ${address(r, 'PL')} nie dotarła. Proszę o zwrot na ${iban(r, 'PL')}. ${req.P()}`,
    sv: () => J`Hej! Paketet till ${address(r, 'SE')} har inte kommit. Återbetala till ${iban(r, 'SE')}, tack. ${req.P()}`,
    ja: () => J`お世話になっております。${address(r, 'JP')}宛ての荷物がまだ届いていません。連絡先は${phoneFor(r, 'JP')}です。${req.P()}`,
  }[lang];
  d.put(J`${body()}\n\n`);
  for (let i = 0; i < r.int(1, 2); i++) d.put(J`${r.pick(['Ref', 'Info', 'Note', 'Detail'])}: ${lookMention(r, RARE_LOOKS)}\n`);
  d.t('\n');
  if (r.chance(0.45)) d.put(J`[customer attached] card: ${card(r)} exp ${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(26, 31))}\n\n`);
  if (r.chance(0.25)) d.put(J`[KYC] ${r.pick(['passport', 'pasaporte', 'Reisepass'])} ${passport(r)}, ${r.pick(['driver license', 'licencia'])} ${driverLicense(r)}${r.chance(0.5) ? J`, ITIN ${itin(r)}` : ''}\n\n`);
  if (r.chance(0.3)) d.put(J`[customer attached] test number from your docs: ${L.vendor_test_card(r)} — ${L.invalid_card(r)} was rejected\n\n`);
  c.tick(3600000);
  d.put(J`— ${agent.P(r.pick(['full', 'given']))} (agent) · ${c.ts('sql')}\n${r.pick(['Thanks for reaching out', 'Danke für Ihre Nachricht', 'Merci pour votre message', 'Gracias por escribirnos'])}. ${r.pick(['Refund issued', 'Carrier claim opened', 'Replacement shipped'])} under ${L.invoice_number(r)}.\n\n`);
  if (r.chance(0.7)) { c.tick(3600000); const dev = new Person(r); const l2 = r.pick(SECRET_LANGS); d.put(J`— internal note · ${dev.P()} · ${c.ts('sql')}\n${secretSentence(r, l2, secretFor(r, ctx), r.chance(0.5) ? user(r) : null)}\nrequest id ${L.request_id(r)}, customer ${L.crm_id(r)}, client ip ${ip(r)}\n`); }
  return d;
}

// ---------- e-mail ----------
function emailDoc(r, ctx) {
  const d = new Doc('email'); const o = org(r); const lang = r.pick(['en', 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ru', 'ja', 'zh', 'tr']); const cc = ccFor(r, lang);
  const from = personFor(r, lang), to = personFor(r, lang), ccp = new Person(r); const c = new Clock(r);
  d.put(J`Return-Path: <${from.email(`${o}.${tld(r)}`)}>\nReceived: from ${r.pick(['mail-out', 'smtp', 'mx2'])}.${o}.${tld(r)} (${r.pick(['[' + ['10', String(r.int(11, 90))][0] + '.' + r.int(0, 255) + '.' + r.int(0, 255) + '.' + r.int(1, 254) + ']'])}) by mx.${org(r)}.example with ESMTPS id ${look('request_id', r.str(12, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'))}; ${c.ts('isoz')}\nReceived: from [${ip(r, r.pick(['pub', 'doc', 'v6']))}] by ${r.pick(['mail-out', 'smtp'])}.${o}.${tld(r)}\nFrom: ${r.chance(0.5) ? J`"${from.P()}"` : from.P()} <${from.email()}>\nTo: ${to.P(r.pick(['full', 'formal']))} <${to.email()}>\n${r.chance(0.5) ? J`Cc: ${ccp.P()} <${ccp.email()}>\n` : ''}Date: ${c.ts('isoz')}\nMessage-ID: <${look('message_id', `${r.hex(16)}.${r.int(1000, 9999)}`)}@${o}.${tld(r)}>\nSubject: ${r.pick(['Re: contract', 'Zugangsdaten', 'Identifiants', 'Acceso al portal', 'Your new account', 'Umzug', 'Fwd: invoice ' + r.int(100, 999)])}\nContent-Type: text/plain; charset=UTF-8\n\n`);
  const greet = { en: 'Hi', de: 'Hallo', fr: 'Bonjour', es: 'Hola', it: 'Ciao', pt: 'Olá', nl: 'Hoi', pl: 'Cześć', sv: 'Hej', ru: 'Здравствуйте,', ja: '', zh: '', tr: 'Merhaba' }[lang];
  d.put(J`${greet ? `${greet} ` : ''}${to.P(r.pick(['given', 'full']))}${lang === 'ja' ? 'さん' : lang === 'zh' ? '，您好' : ','}\n\n${proseParagraph(r, lang)}\n\n`);
  if (r.chance(0.65)) d.put(J`${secretSentence(r, lang, secretFor(r, ctx), r.chance(0.5) ? from.handle() : null)}\n\n`);
  if (r.chance(0.4)) d.put(J`${proseParagraph(r, lang)}\n\n`);
  if (r.chance(0.6)) d.put(J`P.S. ${lookMention(r, RARE_LOOKS)}\n\n`);
  const sig = r.int(0, 2);
  if (sig === 0) d.put(J`--\n${from.P()}\n${r.pick(JOB_TITLES)} | ${r.pick(COMPANIES)}\n${address(r, cc, { country: true })}\nT ${phoneFor(r, cc, 'intl')} · M ${phoneFor(r, cc)}\n`);
  else if (sig === 1) d.put(J`${r.pick(['Best', 'Viele Grüße', 'Cordialement', 'Saludos', 'Groeten', '宜しくお願いします', 'С уважением'])},\n${from.P(r.pick(['given', 'full', 'upperFamily']))}\n${phoneFor(r, cc)} | ${from.email()}\n`);
  else d.put(J`${from.P(r.pick(['full', 'upper']))} · ${r.pick(COMPANIES)} · ${address(r, cc, { sep: ' · ' })} · ${phoneFor(r, cc, 'intl')}\n`);
  return d;
}

// ---------- chat ----------
function chat(r, ctx) {
  const d = new Doc('chat'); const lang = r.pick(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ru', 'ja', 'zh', 'ko', 'tr', 'en']); const cc = ccFor(r, lang);
  const people = Array.from({ length: r.int(2, 4) }, () => r.chance(0.7) ? personFor(r, lang) : new Person(r));
  const fmt = r.pick(['whatsapp', 'slack', 'irc', 'teams', 'plain', 'discord']); const c = new Clock(r); const target = r.int(700, 3200);
  const disp = people.map((p) => p.name(r.pickw([[5, 'full'], [2, 'given'], [1, 'lower'], [1, 'upper']])));
  let secretsLeft = r.int(1, 2);
  while (d.size < target) {
    c.tick(400000); const i = r.int(0, people.length - 1); const who = pii('PERSON', disp[i]);
    const x = r.float(); let msg;
    if (x < 0.3) msg = J`${r.pick(SMALLTALK[lang] || SMALLTALK.en)}`;
    else if (x < 0.45) msg = J`${PHR[lang][0]}: ${phoneFor(r, cc)}`;
    else if (x < 0.58) msg = J`${PHR[lang][1]}: ${address(r, cc, { sep: ', ' })}`;
    else if (x < 0.72 && secretsLeft > 0) { secretsLeft--; msg = secretSentence(r, SECRET_LANGS.includes(lang) ? lang : 'en', secretFor(r, ctx), r.chance(0.4) ? user(r) : null); }
    else if (x < 0.85) { const other = people[(i + 1) % people.length]; msg = r.chance(0.6) ? J`${PHR[lang][2]} ${other.P(r.pick(['given', 'full', 'lower']))} (${other.email()})` : J`${lookMention(r)}`; }
    else msg = J`${proseParagraph(r, lang)}`;
    switch (fmt) {
      case 'whatsapp': d.put(J`${look('timestamp', fmtDate(r, 'eu', c.parts()) + ', ' + String(c.parts().H).padStart(2, '0') + ':' + String(c.parts().M).padStart(2, '0'))} - ${who}: ${msg}\n`); break;
      case 'slack': d.put(J`${who}  ${look('timestamp', `${((c.parts().H + 11) % 12) + 1}:${String(c.parts().M).padStart(2, '0')} ${c.parts().H < 12 ? 'AM' : 'PM'}`)}\n${msg}\n\n`); break;
      case 'irc': d.put(J`<${who}> ${msg}\n`); break;
      case 'teams': d.put(J`${who}${r.chance(0.2) ? ' (External)' : ''}\n${msg}\n\n`); break;
      case 'plain': d.put(J`${who}: ${msg}\n`); break;
      case 'discord': d.put(J`${who} — ${c.ts('sql')}\n${msg}\n`); break;
    }
  }
  return d;
}

// ---------- meeting notes ----------
function meeting(r, ctx) {
  const d = new Doc('meeting'); const lang = r.pick(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'en', 'zh', 'ru']); const cc = ccFor(r, lang);
  const ppl = Array.from({ length: r.int(3, 6) }, () => r.chance(0.6) ? personFor(r, lang) : new Person(r));
  const H = { en: ['Meeting notes', 'Attendees', 'Action items', 'Location'], de: ['Protokoll', 'Teilnehmende', 'Aufgaben', 'Ort'], fr: ['Compte rendu', 'Participants', 'Actions', 'Lieu'], es: ['Acta de reunión', 'Asistentes', 'Tareas', 'Lugar'], it: ['Verbale', 'Partecipanti', 'Azioni', 'Luogo'], pt: ['Ata', 'Participantes', 'Ações', 'Local'], nl: ['Notulen', 'Aanwezig', 'Actiepunten', 'Locatie'], pl: ['Notatka', 'Obecni', 'Zadania', 'Miejsce'], sv: ['Mötesanteckningar', 'Närvarande', 'Att göra', 'Plats'], ja: ['議事録', '出席者', 'アクション', '場所'], zh: ['会议纪要', '参会人', '待办', '地点'], ru: ['Протокол', 'Участники', 'Задачи', 'Место'] }[lang];
  d.put(J`# ${H[0]} — ${L.date(r)}\n\n**${H[1]}:** `);
  ppl.forEach((p, i) => { d.put(p.P(r.pickw([[6, 'full'], [1, 'lower'], [1, 'initial'], [1, 'upper']]))); if (i < ppl.length - 1) d.t(', '); });
  d.put(J`\n**${H[3]}:** ${r.chance(0.5) ? J`${street(r, cc)}, ${city(r, cc)}` : J`${city(r, cc)} / video`}\n\n## Notes\n\n`);
  for (let i = 0; i < r.int(2, 4); i++) d.put(J`${proseParagraph(r, lang)}\n\n`);
  d.put(J`## ${H[2]}\n\n`);
  for (let i = 0; i < r.int(2, 5); i++) {
    const p = r.pick(ppl), q = r.pick(ppl);
    d.put(r.pick([
      J`- [ ] @${p.P('given')} — ${r.pick(['send contract to', 'call', 'book travel for', 'onboard'])} ${q.P()} (${q.email()}) by ${L.date(r)}\n`,
      J`- [x] ${p.P()} ${r.pick(['booked the room at', 'checked the venue in'])} ${city(r, r.pick(COUNTRY_CODES))}\n`,
      J`- [ ] ${p.P('family')}: ${r.pick(['reset the shared account', 'rotate the key', 'update the vendor portal'])} (${r.pick(['current', 'old', 'temp'])}: ${secretFor(r, ctx)})\n`,
      J`- [ ] ${p.P()} to confirm budget ${L.price(r)} (${L.jira_key(r)})\n`,
      J`- [ ] ${p.P('given')}: check ${lookMention(r, RARE_LOOKS)}\n`,
    ]));
  }
  return d;
}

// ---------- HR records ----------
function hr(r, ctx) {
  const d = new Doc('hr'); const o = org(r); const v = r.int(0, 3);
  if (v === 0) { // onboarding form, US
    const p = new Person(r, r.pick(['en_us', 'in_lat', 'es', 'zh_lat', 'ko_lat', 'ng', 'vi', 'fil', 'ar_lat'])); const ec = new Person(r);
    d.put(J`EMPLOYEE ONBOARDING — CONFIDENTIAL\nCompany: ${r.pick(COMPANIES)}   Employee ID: ${look('employee_id', 'E' + r.digits(6))}\n\nLegal name: ${p.P(r.pick(['full', 'formal', 'upper']))}\nDate of birth: ${dob(r)}\nSSN: ${ssn(r)}\n${r.chance(0.4) ? J`ITIN (spouse): ${itin(r)}\n` : ''}Passport no.: ${passport(r)}   Driver license: ${driverLicense(r)}\nHome address: ${address(r, 'US', { country: false })}\nPersonal email: ${p.email()}\nMobile: ${phone(r, 'US')}\n\nDirect deposit\n  Bank: ${r.pick(['First Prairie Bank', 'Harbor Federal CU', 'Summit National'])}\n  Routing: ${r.digits(9)}\n  Account: ${bankAccount(r)}\n\nEmergency contact: ${ec.P()} (${r.pick(['spouse', 'mother', 'brother', 'friend'])}) ${phone(r, 'US')}\nStart date: ${L.date(r)}   Title: ${r.pick(JOB_TITLES)}   Salary: ${L.price(r)}\n`);
    if (r.chance(0.5)) d.put(J`\nIT: initial password ${S(r, ctx.deck.take(r, ['USER_CHOSEN_PASSWORD', 'GENERIC_PASSWORD', 'PASSPHRASE']))} (must change at first login)\n`);
  } else if (v === 1) { // headerless payroll rows
    d.t(r.pick(['$ head payroll_2024Q3.tsv\n', '-- export, no header --\n', '']));
    const target = r.int(1200, 3600); const sep = r.pick(['\t', ' | ', ',']);
    while (d.size < target) {
      const p = new Person(r); const us = r.chance(0.6);
      const cells = us ? [look('employee_id', 'E' + r.digits(6)), p.P(r.pick(['full', 'formal', 'upper', 'lower'])), r.chance(0.85) ? ssn(r) : itin(r), dob(r), r.pick([passport(r), driverLicense(r), driverLicense(r)]), address(r, 'US', { country: false, sep: ' ' }), phone(r, 'US'), bankAccount(r), L.price(r)] : (() => { const cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'GB']); return [look('employee_id', 'E' + r.digits(6)), p.P(r.pick(['full', 'formal', 'upper', 'lower'])), dob(r), address(r, cc, { country: false, sep: ' ' }), phoneFor(r, cc), iban(r, cc === 'GB' ? 'GB' : cc), L.price(r)]; })();
      cells.forEach((c, i) => { d.put(sep === ',' && /,/.test(flat(c)) ? J`"${c}"` : c); if (i < cells.length - 1) d.t(sep); }); d.t('\n');
    }
  } else if (v === 2) { // German Personalbogen
    const p = new Person(r, r.pick(['de', 'tr', 'pl', 'it', 'ru_lat'])); const cc = 'DE';
    d.put(J`Personalstammblatt\n==================\nName, Vorname: ${p.P('formal')}\nGeburtsdatum: ${dob(r, 'de')}\nAnschrift: ${address(r, cc, { country: false })}\nTelefon privat: ${phoneFor(r, cc)}\nE-Mail: ${p.email()}\nBankverbindung (IBAN): ${iban(r, 'DE')}\nSteuer-ID: ${r.digits(11)}\nEintritt: ${L.date(r, 'de')}   Abteilung: ${r.pick(['Vertrieb', 'IT', 'Buchhaltung', 'Lager'])}\nVorgesetzte/r: ${new Person(r, 'de').P()}\n\nBemerkung: ${proseParagraph(r, 'de')}\n`);
  } else { // performance review prose + contractor
    const p = new Person(r); const m = new Person(r); const lang = r.pick(['en', 'fr', 'es', 'nl', 'pt']);
    d.put(J`Performance review ${look('version', 'H' + r.int(1, 2) + '-' + r.int(2023, 2026))}\nEmployee: ${p.P()}   Manager: ${m.P()}\n\n${proseParagraph(r, lang)}\n\n${p.P('given')} relocated to ${city(r, r.pick(COUNTRY_CODES))} and now works remotely; HR has the new address on file (${address(r, r.pick(['GB', 'NL', 'ES', 'US', 'CA', 'AU', 'SE']), { country: true })}).\nContractor tax ID on file: ${itin(r)}${r.chance(0.5) ? J` (spouse: ${itin(r)})` : ''}\nReimbursement wallet: ${btc(r)}\n`);
  }
  return d;
}

// ---------- medical ----------
function medical(r, ctx) {
  const d = new Doc('medical'); const v = r.int(0, 3);
  if (v === 0) { // UK referral
    const p = new Person(r, r.pick(['en_gb', 'ga', 'in_lat', 'ar_lat', 'pl', 'ng'])); const gp = new Person(r, 'en_gb'); const cons = new Person(r);
    d.put(J`${r.pick(['Riverside Medical Practice', 'Oakfield Surgery', 'Northgate Health Centre'])}\n${address(r, 'GB', { country: false })}\nTel: ${phone(r, 'GB', 'nat')}\n\n${L.date(r, 'long')}\n\nDear Dr ${cons.P('family')},\n\nRe: ${p.P(r.pick(['upper', 'full', 'formal']))}   DOB ${dob(r)}   NHS No: ${nhs(r)}\n${address(r, 'GB', { country: false })}\n\nThank you for seeing this ${r.int(24, 88)}-year-old patient with ${r.pick(['intermittent chest pain', 'persistent cough', 'suspected gallstones', 'knee instability'])}. Next of kin: ${new Person(r).P()} (${phone(r, 'GB')}).\n\nPreviously seen by ${new Person(r).P()} at ${r.pick(['St Mary', 'Royal Infirmary', 'General Hospital'])}, ${city(r, 'GB')} (NHS No. ${L.invalid_nhs(r)} on the old letter was mistyped).\n\nYours sincerely,\nDr ${gp.P()}\n`);
  } else if (v === 1) { // US prescription
    const p = new Person(r, r.pick(['en_us', 'es', 'vi', 'zh_lat', 'fil', 'ko_lat'])); const doc = new Person(r, r.pick(['en_us', 'in_lat', 'ar_lat', 'ru_lat']));
    d.put(J`PRESCRIPTION\nPrescriber: Dr. ${doc.P()}, MD   DEA# ${dea(r, doc.latinFamily())}   NPI ${r.digits(10)}\n${address(r, 'US', { country: false })}  ${phone(r, 'US')}\n\nPatient: ${p.P(r.pick(['full', 'formal', 'upper']))}   DOB: ${dob(r)}\nAddress: ${address(r, 'US', { country: false })}\nPhone: ${phone(r, 'US')}   Photo ID: ${r.chance(0.5) ? J`DL ${driverLicense(r)}` : J`passport ${passport(r)}`}   Insurance member ID: ${look('member_id', r.str(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + r.digits(9))}\n\nRx: ${r.pick(['Oxycodone 5 mg', 'Amoxicillin 500 mg', 'Lisinopril 10 mg', 'Sertraline 50 mg'])} #${r.int(10, 90)}  Refills: ${r.int(0, 3)}\nSig: ${r.pick(['1 tab PO q6h prn pain', '1 cap PO tid x 10 days', '1 tab PO daily'])}\n\nCo-signing pharmacist: ${new Person(r).P()} (lic. ${dea(r, 'X')})\nNote: DEA ${L.invalid_dea(r)} on file is invalid — verify.\n`);
  } else if (v === 2) { // German Arztbrief
    const p = new Person(r, r.pick(['de', 'tr', 'pl', 'ru_lat'])); const a = new Person(r, 'de');
    d.put(J`Klinikum ${city(r, 'DE')} – Innere Medizin\n${address(r, 'DE', { country: false })}\n\nArztbrief vom ${L.date(r, 'de')}\n\nPatientin/Patient: ${p.P('formal')}, geb. ${dob(r, 'de')}\nWohnhaft: ${address(r, 'DE', { country: false })}\nTelefon: ${phone(r, 'DE')}\nHausärztin: Dr. med. ${a.P()}, ${street(r, 'DE')}, ${city(r, 'DE')}\n\nDiagnosen: ${r.pick(['Pneumonie re. Unterlappen', 'Vorhofflimmern', 'Diabetes mellitus Typ 2'])}\n\n${proseParagraph(r, 'de')}\n\nMit kollegialen Grüßen\n${new Person(r, 'de').P()}\n`);
  } else { // lab results table, mixed
    d.t('LAB REPORT\n');
    const target = r.int(1000, 3000);
    while (d.size < target) { const p = new Person(r); const uk = r.chance(0.5); d.put(J`${look('specimen_id', 'SP-' + r.digits(8))} | ${p.P(r.pick(['upper', 'formal', 'full']))} | ${uk ? nhs(r) : ssn(r)} | ${dob(r)} | ${r.pick(['HbA1c', 'CRP', 'TSH', 'LDL'])} ${String(r.int(1, 200))}.${r.digits(1)} | ${uk ? city(r, 'GB') : city(r, 'US')} | ${uk ? '' : J`${r.chance(0.3) ? J`ITIN ${itin(r)} | ` : ''}`}ordered by ${uk ? 'Dr ' : 'Dr. '}${new Person(r).P('family')} (${dea(r, 'Q')})\n`); }
  }
  return d;
}

// ---------- banking ----------
function banking(r, ctx) {
  const d = new Doc('banking'); const v = r.int(0, 3); const c = new Clock(r);
  if (v === 0) { // statement
    const p = new Person(r); const cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'PL', 'AT', 'BE', 'CH', 'PT', 'IE', 'SE', 'DK', 'FI', 'NO', 'LU']);
    d.put(J`KONTOAUSZUG / STATEMENT ${look('statement_no', `${r.int(1, 12)}/${r.int(2023, 2026)}`)}\nAccount holder: ${p.P(r.pick(['upper', 'full']))}\n${PLACES[cc] ? address(r, cc, { country: true }) : address(r, 'DE')}\nIBAN: ${iban(r, cc)}   BIC: ${r.str(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${cc}${r.str(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}\n\n`);
    const target = r.int(1200, 3500);
    while (d.size < target) { c.tick(86400000 * 2); const q = new Person(r); d.put(J`${look('date', fmtDate(r, 'de', c.parts()))}  ${r.pick(['SEPA-Überweisung', 'Lastschrift', 'Gutschrift', 'Kartenzahlung', 'SEPA Credit'])}  ${q.P(r.pick(['upper', 'full', 'formal']))}  ${r.chance(0.6) ? iban(r) : r.chance(0.5) ? L.invalid_iban(r) : card(r)}  ${r.pick(['Miete', 'Rechnung', 'Ref.', 'Invoice'])} ${L.invoice_number(r)}  ${L.price(r)}\n`); }
  } else if (v === 1) { // US wire instructions
    const p = new Person(r, r.pick(['en_us', 'es', 'zh_lat', 'in_lat', 'ko_lat'])); const b = new Person(r);
    d.put(J`WIRE TRANSFER REQUEST\nDate: ${L.date(r, 'us')}\nOriginator: ${p.P()}\nAddress: ${address(r, 'US', { country: false })}\nPhone: ${phone(r, 'US')}\nSSN/TIN: ${r.chance(0.6) ? ssn(r) : itin(r)}\nID document: ${r.chance(0.5) ? J`US passport ${passport(r)}` : J`driver's license ${driverLicense(r)}`}\nFrom account: ${bankAccount(r)}  (routing ${r.digits(9)})\n\nBeneficiary: ${b.P(r.pick(['upper', 'full']))}\nBeneficiary address: ${address(r, r.pick(['GB', 'DE', 'MX', 'BR', 'JP', 'IN', 'FR']), { country: true })}\nBeneficiary account / IBAN: ${iban(r)}\nAmount: ${L.price(r)}   Purpose: ${r.pick(['tuition', 'property deposit', 'family support', 'invoice ' + r.int(100, 999)])}\nReference: ${L.order_number(r)}\n\nVerified by ${new Person(r).P()} on ${L.timestamp(r, 'sql')} (call-back to ${phone(r, 'US')})\n`);
  } else if (v === 2) { // card dispute + crypto payout
    const p = new Person(r);
    d.put(J`Dispute case ${look('case_id', 'DSP-' + r.digits(7))}\nCardholder: ${p.P()} <${p.email()}>\nCard: ${card(r)}   Exp: ${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(26, 31))}\nDisputed transactions:\n`);
    for (let i = 0; i < r.int(2, 6); i++) { c.tick(86400000); d.put(J`  ${c.ts('sql')}  ${r.pick(['ONLINE PURCHASE', 'ATM', 'SUBSCRIPTION'])}  ${r.pick(COMPANIES).toUpperCase()}  ${L.price(r)}  auth ${look('auth_code', r.str(6, '0123456789ABCDEF'))}\n`); }
    d.put(J`\nRefund preference: ${r.pick([J`crypto to ${btc(r)}`, J`bank account ${bankAccount(r)}`, J`IBAN ${iban(r)}`])}\nAlternate card on file: ${card(r)}\nNote: customer first typed ${L.invalid_card(r)} (fails check).\n`);
  } else { // crypto exchange export
    d.t('timestamp,type,asset,amount,from,to,txid\n');
    const target = r.int(1000, 3000);
    while (d.size < target) { c.tick(3600000); d.put(J`${c.ts('iso')},${r.pick(['deposit', 'withdrawal'])},BTC,${String(r.int(0, 3))}.${r.digits(8)},${btc(r)},${btc(r)},${look('txid', r.hex(64))}\n`); }
  }
  return d;
}

// ---------- free prose ----------
function prose(r, ctx) {
  const d = new Doc('prose'); const lang = r.pick(LANG_KEYS); const target = r.int(600, 2800);
  d.t(r.pick(['', '', '## ', '### ']) + { en: 'Notes from the road', de: 'Reisenotizen', fr: 'Carnet de route', es: 'Crónica', it: 'Appunti', pt: 'Crônica', nl: 'Verslag', pl: 'Relacja', sv: 'Anteckningar', ru: 'Заметки', ja: '旅のメモ', zh: '随笔', ko: '메모', tr: 'Notlar', el: 'Σημειώσεις', ar: 'ملاحظات', hi: 'टिप्पणियाँ' }[lang] + '\n\n');
  let secretDone = !r.chance(0.5);
  while (d.size < target) {
    d.put(proseParagraph(r, lang)); d.t(' ');
    if (r.chance(0.5)) d.put(proseParagraph(r, lang));
    if (!secretDone && SECRET_LANGS.includes(lang)) { d.t(' '); d.put(secretSentence(r, lang, secretFor(r, ctx), null)); secretDone = true; }
    d.t('\n\n');
  }
  return d;
}

// ---------- LDIF ----------
function ldif(r, ctx) {
  const d = new Doc('ldif'); const o = org(r); const t = tld(r); const target = r.int(1000, 3600);
  d.t(`# extended LDIF\n# base <ou=people,dc=${o},dc=${t}> with scope subtree\nversion: 1\n\n`);
  while (d.size < target) {
    const p = new Person(r); const cc = r.pick(COUNTRY_CODES); const h = p.handle().replace(/[^a-z0-9._]/g, '');
    d.put(J`dn: uid=${h},ou=people,dc=${o},dc=${t}\nobjectClass: inetOrgPerson\nuid: ${h}\ncn: ${p.P()}\nsn: ${p.P('family')}\ngivenName: ${p.P('given')}\nmail: ${p.email(`${o}.${t}`)}\ntelephoneNumber: ${phoneFor(r, cc, 'intl')}\n${r.chance(0.5) ? J`mobile: ${phoneFor(r, cc)}\n` : ''}l: ${city(r, cc)}\npostalAddress: ${street(r, cc)}$${city(r, cc)}$${country(r, cc)}\n${r.chance(0.25) ? J`userPassword: ${S(r, ctx.deck.take(r, ['USER_CHOSEN_PASSWORD', 'GENERIC_PASSWORD']))}\n` : J`userPassword: {SSHA}${look('hash', r.bytes(24).toString('base64'))}\n`}employeeNumber: ${look('employee_id', r.digits(6))}\nmodifyTimestamp: ${look('timestamp', fmtDate(r, 'iso').replace(/-/g, '') + [r.int(0, 23), r.int(0, 59), r.int(0, 59)].map((x) => String(x).padStart(2, '0')).join('') + 'Z')}\n\n`);
  }
  return d;
}

// ---------- vCard ----------
function vcard(r, ctx) {
  const d = new Doc('vcard'); const target = r.int(800, 3200);
  while (d.size < target) {
    const lang = r.pick(LANG_KEYS); const p = personFor(r, lang); const cc = ccFor(r, lang);
    const st = street(r, cc), ci = city(r, cc), co = country(r, cc);
    d.put(J`BEGIN:VCARD\nVERSION:${r.pick(['3.0', '4.0'])}\nFN:${p.P()}\nN:${p.P('family')};${p.P('given')};;;\nTEL;TYPE=CELL:${phoneFor(r, cc, r.pick(['intl', 'e164', 'nat']))}\n${r.chance(0.5) ? J`TEL;TYPE=WORK:${phoneFor(r, cc)}\n` : ''}EMAIL;TYPE=INTERNET:${p.email()}\nADR;TYPE=HOME:;;${st};${ci};;${zip(r, cc)};${co}\nBDAY:${dob(r)}\nORG:${r.pick(COMPANIES)}\n${r.chance(0.2) ? J`NOTE:${secretSentence(r, SECRET_LANGS.includes(lang) ? lang : 'en', secretFor(r, ctx, ['USER_CHOSEN_PASSWORD', 'PASSPHRASE']), null)}\n` : ''}UID:urn:uuid:${L.uuid(r)}\nREV:${look('timestamp', fmtDate(r, 'iso').replace(/-/g, '') + 'T' + [r.int(0, 23), r.int(0, 59), r.int(0, 59)].map((x) => String(x).padStart(2, '0')).join('') + 'Z')}\nEND:VCARD\n`);
  }
  return d;
}

// ---------- forms: order confirmation / shipping label / invoice ----------
function form(r, ctx) {
  const d = new Doc('form'); const v = r.int(0, 2); const lang = r.pick(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ja']); const cc = ccFor(r, lang); const p = personFor(r, lang);
  if (v === 0) {
    d.put(J`SHIP TO: ${p.P(r.pick(['upper', 'upper', 'full']))}\n${address(r, cc, { sep: r.pick([', ', ' · ']), country: true })}\nTEL ${phoneFor(r, cc)}\n\nFROM: ${r.pick(COMPANIES)} · ${address(r, r.pick(['DE', 'NL', 'GB', 'US']), { country: true })}\nTRACKING ${L.tracking_number(r)}   WEIGHT ${r.int(1, 30)}.${r.int(0, 9)} kg   EAN ${L.ean13(r)}\nREF ${L.order_number(r)}  ${L.date(r)}\n`);
  } else if (v === 1) {
    d.put(J`${{ en: 'Order confirmation', de: 'Bestellbestätigung', fr: 'Confirmation de commande', es: 'Confirmación de pedido', it: 'Conferma d\'ordine', nl: 'Orderbevestiging', pt: 'Confirmação do pedido', pl: 'Potwierdzenie zamówienia', ja: 'ご注文確認' }[lang]} ${L.order_number(r)}\n\n${p.P()}\n${address(r, cc, { sep: '\n', country: r.chance(0.5) })}\n${p.email()} · ${phoneFor(r, cc)}\n\n`);
    for (let i = 0; i < r.int(2, 6); i++) d.put(J`${L.sku(r)}  ${r.pick(['Trail shoes', 'Kaffeemühle', 'Lampe de bureau', 'Mochila 30L', 'USB-C hub', 'Teekanne'])}  x${String(r.int(1, 3))}  ${L.price(r)}\n`);
    d.put(J`\nPayment: ${r.chance(0.5) ? J`card ${card(r)}` : J`card •••• ${r.digits(4)}`}\nBilling: ${address(r, cc, { sep: ', ' })}\nPlaced ${L.timestamp(r, 'iso')} from ${ip(r)}\n`);
  } else {
    const seller = new Person(r);
    d.put(J`INVOICE ${L.invoice_number(r)}\nDate ${L.date(r)}   Due ${L.date(r)}\n\nBill to:\n${p.P()}\n${address(r, cc, { sep: '\n', country: true })}\nVAT ID ${cc}${r.digits(9)}\n\nFreelancer: ${seller.P()} · ${seller.email()} · ${phoneFor(r, cc, 'intl')}\n\n`);
    for (let i = 0; i < r.int(2, 5); i++) d.put(J`${r.pick(['Consulting', 'Design', 'Übersetzung', 'Développement', 'Mantenimiento'])} ${r.int(1, 40)} h  ${L.price(r)}\n`);
    d.put(J`\nPay to IBAN ${iban(r)} ${r.chance(0.5) ? J`or BTC ${btc(r)}` : ''}\n`);
  }
  return d;
}

function withRef(fn) { return (r, ctx) => { const d = fn(r, ctx); if (r.chance(0.7)) for (let i = 0; i < r.int(1, 2); i++) d.put(J`${r.pick(['Ref', 'Hinweis', 'Note', 'Réf.', 'Nota'])}: ${lookMention(r, RARE_LOOKS)}\n`); return d; }; }
export const PEOPLE_KINDS = { crm, ticket, email: emailDoc, chat, meeting, hr: withRef(hr), medical: withRef(medical), banking: withRef(banking), prose, ldif, vcard, form: withRef(form) };
