// Shared docs, sheets (CSV and API JSON), meeting notes, drive listings, IT handover sheets,
// recovery-code files and password-manager exports.
import { Doc } from './builder.mjs';
import { pickLangLoc } from './common.mjs';
import { S, P, L, V, LK, sec, gen, who, nm, mail, tel, pickLoc, phraseLang, langOf, hasLangLoc, codeLine, codeValue, joinLines, J, jt, cfgKey } from './common.mjs';
import { pwHuman, pwRandom } from './secrets.mjs';

const H = {
  en: ['Welcome to', 'Arrival', 'Wi-Fi', 'Contacts', 'Emergency', 'Check-out', 'Neighbours'],
  de: ['Willkommen in', 'Anreise', 'WLAN', 'Kontakte', 'Notfall', 'Abreise', 'Nachbarn'],
  fr: ['Bienvenue à', 'Arrivée', 'Wi-Fi', 'Contacts', 'Urgences', 'Départ', 'Voisins'],
  es: ['Bienvenidos a', 'Llegada', 'Wifi', 'Contactos', 'Emergencias', 'Salida', 'Vecinos'],
  it: ['Benvenuti a', 'Arrivo', 'Wi-Fi', 'Contatti', 'Emergenze', 'Partenza', 'Vicini'],
  nl: ['Welkom in', 'Aankomst', 'Wifi', 'Contact', 'Noodgeval', 'Vertrek', 'Buren'],
  pt: ['Bem-vindos a', 'Chegada', 'Wi-Fi', 'Contactos', 'Emergência', 'Saída', 'Vizinhos'],
  ja: ['ようこそ', 'ご到着', 'Wi-Fi', '連絡先', '緊急時', 'チェックアウト', 'ご近所'],
  sv: ['Välkommen till', 'Ankomst', 'Wifi', 'Kontakter', 'Nödfall', 'Avresa', 'Grannar'],
  pl: ['Witamy w', 'Przyjazd', 'Wi-Fi', 'Kontakty', 'W nagłych wypadkach', 'Wyjazd', 'Sąsiedzi'],
  el: ['Καλώς ήρθατε στην', 'Άφιξη', 'Wi-Fi', 'Επαφές', 'Έκτακτη ανάγκη', 'Αναχώρηση', 'Γείτονες'],
  hr: null,
};

export function sharedDoc(r, ctx) {
  const f = r.pick([0, 0, 1, 2, 2]);
  if (f === 0) {
    const loc = pickLoc(r, (l) => H[phraseLang(l)]);
    const lang = phraseLang(loc);
    const h = H[lang];
    const d = new Doc('shared_doc').lang(lang);
    const host = who(r, loc), co = who(r, loc);
    const a = V.address(r, loc);
    d.add('# ', h[0], ' ', a.city || V.cityMark(r, loc), r.pick([' 🏡', '', ' – ' + r.pick(['Apartment 4', 'Haus am See', 'Casa Azul', 'Studio'])]), '\n\n');
    d.add('## ', h[1], '\n', V.addrItems(a, '\n'), '\n\n');
    for (const c of r.sample(['keysafe', 'door', 'gate', 'garage', 'alarm'], r.int(2, 3))) d.add('- ', codeLine(r, lang, c, codeValue(r, c, lang)), '\n');
    d.add('\n## ', h[2], '\n', r.pick(['SSID: ', 'Netz: ', 'Réseau : ', 'Network: ']), r.pick(['FRITZ!Box 7590 XY', 'Vodafone-4F2A', 'Casa_Guest', 'Livebox-91C3', 'HomeNet_5G']), '\n', codeLine(r, lang, 'wifi', codeValue(r, 'wifi', lang)), '\n\n');
    d.add('## ', h[3], '\n| | |\n|---|---|\n| ', nm(host, 'full'), ' | ', tel(r, loc), ' |\n| ', nm(co, 'full'), ' | ', tel(r, loc), ' / ', mail(r, co), ' |\n');
    if (r.chance(0.6)) { const nb = who(r, loc); d.add('| ', h[6], ': ', nm(nb, 'full'), ' (', V.address(r, loc).lines[0], ') | ', tel(r, loc), ' |\n'); }
    d.add('\n## ', h[4], '\n112 · ', r.pick(['Hausarzt ', 'Doctor ', 'Médecin ', 'Médico ']), nm(who(r, loc), 'full'), ' ', tel(r, loc), '\n\n');
    d.add('## ', h[5], '\n', L('date', V.fmtDate(r, loc, V.ymd(r, 2025, 2025), true)), ', 10:00 – ', langOf(lang).extra[0], '\n');
    return d;
  }
  if (f === 1) {
    const loc = pickLoc(r, (l) => ['en', 'de', 'nl', 'sv', 'da'].includes(phraseLang(l)));
    const lang = phraseLang(loc);
    const d = new Doc('shared_doc').lang(lang);
    const org = V.org(r, lang);
    d.add('# ', org.name, ' – ', r.pick(['Office handbook', 'Büro-Wiki', 'Practical info', 'Kantoorinfo']), '\n_', r.pick(['Last edited by ', 'Zuletzt bearbeitet von ', 'Edited by ']), nm(who(r, loc), 'full'), ' on ', V.dateMark(r, loc), '_\n\n');
    d.add('## Access\n', codeLine(r, lang, 'door', codeValue(r, 'door', lang)), ' (', r.pick(['main entrance', 'Haupteingang', 'side door']), ')\n', codeLine(r, lang, 'alarm', codeValue(r, 'alarm', lang)), '\n', r.chance(0.6) ? ['Bike room: ', S('BIKE_LOCK_CODE', r.digits(4)), '\n'] : '', r.chance(0.5) ? [r.pick(['Petty cash safe: ', 'Tresor Buchhaltung: ', 'Safe (reception): ']), sec(r, 'SAFE_COMBINATION'), '\n'] : '', '\n');
    d.add('## Wi-Fi\n`', org.short.replace(/\s+/g, ''), '-Staff` → ', S('WIFI_PASSWORD', pwRandom(r, 16, '-_')), '\n`', org.short.replace(/\s+/g, ''), '-Guest` → ', S('WIFI_PASSWORD', pwHuman(r, lang)), '\n\n');
    d.add('## Printers\n', LK.hostname(r), ' (', L('mac_address', Array.from({ length: 6 }, () => r.hex(2)).join(':')), '), follow-me PIN = your ', r.pick(['employee ID', 'Personalnummer']), ' or ', S('PRINTER_PIN', r.digits(4)), ' for the shared account\n\n');
    d.add('## Shared accounts\n| Service | Login | Password | Owner |\n|---|---|---|---|\n');
    for (let i = 0; i < r.int(2, 4); i++) { const o = who(r, loc); d.add('| ', r.pick(['Post office portal', 'Parking app', 'Courier account', 'Office supplies shop', 'Travel booking', 'Social media']), ' | ', mail(r, o, org.domain), ' | ', S('PASSWORD', r.chance(0.5) ? pwHuman(r, lang) : pwRandom(r)), ' | ', nm(o, 'given'), ' |\n'); }
    if (r.chance(0.6)) d.add('| Alarm company portal | ', V.roleEmail(r, org.domain, 'office'), ' | ', LK.placeholder(r, r.pick(['••••••••', '********', '(ask Facility)', 'see vault'])), ' | – |\n');
    d.add('\n## Emergency contacts\n');
    for (let i = 0; i < r.int(2, 3); i++) { const o = who(r, loc); d.add('- ', nm(o, 'full'), ' – ', r.pick(['first aid', 'Brandschutz', 'IT on call', 'facility']), ': ', tel(r, loc), '\n'); }
    return d;
  }
  // pasted API keys
  const loc = pickLoc(r, (l) => l.script === 'Latin');
  const d = new Doc('shared_doc').lang('en');
  d.add('# Integrations – credentials\n\n> ', r.pick(['Do not share outside the team.', 'TODO move these to the vault', 'Temporary, will rotate after launch']), '\n\n');
  for (let i = 0; i < r.int(3, 5); i++) {
    const e = ctx.deck.draw();
    d.add('### ', e.toLowerCase().replace(/_/g, ' '), '\n');
    d.add(r.pick(['Key: `', '- token: ', '```\n']));
    const close = d.chunks[d.chunks.length - 1] === '```\n' ? '\n```\n' : (d.chunks[d.chunks.length - 1] === 'Key: `' ? '`\n' : '\n');
    d.add(sec(r, e), close);
    d.add('Owner: ', nm(who(r, loc), 'full'), ' · created ', V.dateMark(r, loc), '\n\n');
  }
  if (r.chance(0.3)) d.add('### signing key (invoice PDFs)\n```\n', sec(r, ctx.pemDeck.draw()), '\n```\n\n');
  d.add('Public keys (fine to share): ', LK.publishableKey(r), '\n');
  if (r.chance(0.4)) d.add('AWS docs sample (not ours): ', LK.awsExample(r), '\n');
  if (r.chance(0.4)) d.add('Template for new entries: `', LK.placeholder(r, r.pick(['<your-token>', 'YOUR_API_KEY_HERE', 'sk-...', 'xxxxxxxx'])), '`\n');
  return d;
}

// ---------------------------------------------------------------- CSV / sheets
const COLS = {
  de: ['Name', 'E-Mail', 'Telefon', 'Straße', 'PLZ', 'Ort', 'IBAN', 'Geburtstag'], fr: ['Nom', 'Courriel', 'Téléphone', 'Adresse', 'Code postal', 'Ville', 'IBAN', 'Date de naissance'],
  es: ['Nombre', 'Correo', 'Teléfono', 'Dirección', 'CP', 'Ciudad', 'IBAN', 'Nacimiento'], nl: ['Naam', 'E-mail', 'Telefoon', 'Adres', 'Postcode', 'Plaats', 'IBAN', 'Geboortedatum'],
  it: ['Nome', 'Email', 'Telefono', 'Indirizzo', 'CAP', 'Città', 'IBAN', 'Data di nascita'], en: ['Name', 'Email', 'Phone', 'Street', 'Postcode', 'City', 'IBAN', 'Birthday'],
  pl: ['Imię i nazwisko', 'E-mail', 'Telefon', 'Ulica', 'Kod', 'Miasto', 'IBAN', 'Data urodzenia'], pt: ['Nome', 'E-mail', 'Telefone', 'Morada', 'Código postal', 'Cidade', 'IBAN', 'Nascimento'],
};
function csvCell(items, delim) {
  const txt = [items].flat(5).map(String).join('');
  if (txt.includes(delim) || txt.includes('"') || txt.includes('\n')) return ['"', items, '"'];
  return items;
}
export function sheetCsv(r, ctx) {
  const f = r.pick([0, 1, 1, 2, 3]);
  const delim = r.pick([',', ';', '\t']);
  if (f === 0) {
    const loc = pickLoc(r, (l) => l.iban && COLS[phraseLang(l)]);
    const lang = phraseLang(loc);
    const d = new Doc('sheet_csv').lang(lang);
    const cols = COLS[lang];
    d.add(cols.join(delim), '\n');
    for (let i = 0; i < r.int(4, 6); i++) {
      const p = who(r, r.chance(0.85) ? loc : pickLoc(r, (l) => l.iban));
      const a = V.address(r, p.loc);
      const line0 = a.lines[0], rest = a.lines[1] || [];
      const zip = [rest].flat(3).filter((x) => typeof x === 'string' && /\d/.test(x)).join('').trim();
      const row = [nm(p, 'full'), mail(r, p), tel(r, p.loc), line0, zip, a.city || '', p.loc.iban ? V.iban(r, p.loc.iban, 'plain') : '', V.fmtDate(r, p.loc, V.ymd(r, 1950, 2005))];
      d.add(row.map((c) => csvCell(c, delim)).reduce((acc, c, k) => (k ? [...acc, delim, c] : [c]), []), '\n');
    }
    if (r.chance(0.4)) d.add(r.pick(['TEST', 'Muster', 'Dupont Jean (doublon)']), delim, delim, delim, delim, delim, delim, LK.invalidIban(r, loc.iban), delim, '\n');
    return d;
  }
  if (f === 1) {
    const d = new Doc('sheet_csv').lang('en');
    const loc = pickLoc(r, (l) => l.script === 'Latin');
    d.add(['Service', 'Environment', 'Key', 'Owner', 'Created', 'Notes'].join(delim), '\n');
    for (let i = 0; i < r.int(4, 7); i++) {
      const e = ctx.deck.draw();
      const o = who(r, loc);
      d.add(e.split('_')[0].toLowerCase(), delim, r.pick(['prod', 'live', 'staging', 'test']), delim, csvCell(sec(r, e), delim), delim, mail(r, o, 'company.example'), delim, L('date', V.fmtDate(r, null, V.ymd(r))), delim, r.pick(['', 'rotate Q3', 'used by invoicing script', 'ask ' + o.givenL, 'see ticket']), '\n');
    }
    if (r.chance(0.5)) d.add('aws-docs', delim, 'docs', delim, LK.awsExample(r), delim, delim, delim, 'sample from the vendor docs', '\n');
    if (r.chance(0.4)) d.add('new-vendor', delim, 'prod', delim, LK.placeholder(r, r.pick(['<to be filled>', 'TBD', 'REPLACE_ME'])), delim, delim, delim, 'waiting for vendor', '\n');
    return d;
  }
  if (f === 2) {
    const d = new Doc('sheet_csv').lang('en');
    const loc = pickLoc(r, (l) => l.cc === 'US');
    d.add(['Employee', 'Employee ID', 'SSN', 'Bank', 'Routing', 'Account', 'Net pay', 'Pay date'].join(delim), '\n');
    if (r.chance(0.5)) d.add('TEST EMPLOYEE', delim, '000000', delim, r.chance(0.5) ? LK.invalidSsn(r) : LK.invalidItin(r), delim, delim, delim, delim, delim, '\n');
    for (let i = 0; i < r.int(4, 6); i++) {
      const p = who(r, loc);
      d.add(csvCell(nm(p, r.pick(['full', 'comma'])), delim), delim, LK.employeeId(r), delim, r.chance(0.6) ? V.ssn(r) : V.itin(r), delim, r.pick(['First Prairie Bank', 'Harbor Federal CU', 'Summit National']), delim, V.abaRouting(r), delim, V.usBank(r), delim, csvCell(V.money(r, 'USD'), delim), delim, L('date', V.fmtDate(r, loc, V.ymd(r))), '\n');
    }
    return d;
  }
  const d = new Doc('sheet_csv').lang('en');
  d.add(['First name', 'Last name', 'Email', 'Mobile', 'Country', 'Company', 'Dietary', 'Card last 4', 'Registration'].join(delim), '\n');
  for (let i = 0; i < r.int(4, 7); i++) {
    const loc = pickLoc(r);
    const p = who(r, loc);
    const org = V.org(r, phraseLang(loc));
    d.add(nm(p, 'given', true), delim, nm(p, 'family', true), delim, mail(r, p, org.domain), delim, tel(r, loc), delim, V.countryMark(loc, true), delim, csvCell(org.name, delim), delim, r.pick(['none', 'vegetarian', 'vegan', 'halal', 'gluten-free']), delim, LK.maskedCard(r), delim, LK.orderNumber(r), '\n');
  }
  return d;
}

export function sheetApi(r, ctx) {
  const d = new Doc('sheet_api').lang('en');
  const loc = pickLoc(r, (l) => l.iban);
  const lang = phraseLang(loc);
  d.lang(lang);
  const rows = [];
  const kind = r.int(0, 1);
  if (kind === 0) {
    rows.push(['Nr', (COLS[lang] || COLS.en)[0], (COLS[lang] || COLS.en)[1], (COLS[lang] || COLS.en)[2], 'IBAN', 'Status']);
    for (let i = 0; i < r.int(3, 5); i++) { const p = who(r, loc); rows.push([String(i + 1), nm(p, 'full'), mail(r, p), tel(r, loc), V.iban(r, loc.iban), r.pick(['bezahlt', 'paid', 'offen', 'pending', 'SEPA'])]); }
  } else {
    rows.push(['System', 'User', 'Password', 'Comment']);
    for (let i = 0; i < r.int(3, 5); i++) { const p = who(r, loc); let [sys, e] = r.pick([['NAS', 'PASSWORD'], ['Router', 'ROUTER_ADMIN_PASSWORD'], ['VPN', 'VPN_PASSWORD'], ['FTP', 'FTP_PASSWORD'], ['Wi-Fi', 'WIFI_PASSWORD'], ['CRM API', null], ['Webshop API', null]]); if (!e) e = ctx.deck.draw(); rows.push([sys, V.ascii(p.givenL).toLowerCase().split(/[ -]/)[0], sec(r, e, { lang }), r.pick(['', 'changed ' + V.fmtDate(r, loc, V.ymd(r)), 'shared', 'do not change'])]); }
  }
  const out = { range: `${r.pick(['Sheet1', 'Tabelle1', 'Feuille 1', 'Hoja 1', 'Accounts'])}!A1:${'ABCDEF'[rows[0].length - 1]}${rows.length}`, majorDimension: 'ROWS', values: rows };
  d.add(J(out, { indent: r.pick([2, 0]), ascii: r.chance(0.2) }), '\n');
  return d;
}

// ---------------------------------------------------------------- meeting notes
export function meetingNotes(r, ctx) {
  const loc = pickLoc(r, (l) => ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'sv', 'pl', 'ja'].includes(phraseLang(l)));
  const lang = phraseLang(loc);
  const d = new Doc('meeting_notes').lang(lang, 'en');
  const ppl = Array.from({ length: r.int(3, 5) }, () => who(r, r.chance(0.8) ? loc : pickLoc(r)));
  d.add('# ', r.pick(['Meeting notes', 'Protokoll', 'Compte rendu', 'Acta de reunión', 'Notulen', '議事録']), ' – ', r.pick(['office move', 'payroll Q3', 'new CRM', 'audit prep', 'school trip', 'client onboarding']), ' (', V.dateMark(r, loc), ')\n\n');
  d.add('**', r.pick(['Attendees', 'Teilnehmer', 'Participants', 'Asistentes', 'Aanwezig', '出席者']), ':** ', joinLines(ppl.map((p) => nm(p, r.pick(['full', 'full', 'given']))), ', '), '\n\n');
  d.add('## Notes\n');
  d.add('- ', nm(ppl[0], 'given'), ' ', r.pick(['will call the landlord', 'ruft den Vermieter an', 'contacts the auditor', 'talks to the bank']), ' (', tel(r, loc), ')\n');
  d.add('- ', r.pick(['Temp login for the auditor: ', 'Zugang für den Steuerberater: ', 'Accès auditeur : ']), '`', V.ascii(ppl[1].givenL).toLowerCase(), '` / `', sec(r, 'TEMPORARY_PASSWORD'), '`\n');
  { const c = r.pick(['wifi', 'door', 'meeting', 'alarm']); d.add('- ', codeLine(r, lang, c, codeValue(r, c, lang)), '\n'); }
  if (r.chance(0.6)) d.add('- New supplier: ', V.org(r, lang).name, ', ', V.addrItems(V.address(r, loc), ', '), ', IBAN ', V.iban(r, loc.iban || 'DE'), '\n');
  if (r.chance(0.5)) d.add('- API key for the booking tool pasted here until we have the vault: ', sec(r, ctx.deck.draw()), '\n');
  d.add('- Budget: ', V.money(r, loc.money), ' (', r.pick(['approved', 'genehmigt', 'pending']), ')\n');
  d.add('\n## Action items\n');
  for (const p of ppl.slice(0, 3)) d.add('- [ ] @', nm(p, 'given'), ': ', r.pick(['send contract', 'order keys', 'update the sheet', 'book rooms', 'check invoice']), r.chance(0.5) ? [' ', LK.invoiceNumber(r)] : '', ' – ', V.dateMark(r, loc), '\n');
  return d;
}

// ---------------------------------------------------------------- drive listings
const FILES = ['Gehaltsliste_2024.xlsx', 'Passport scan.pdf', 'Mietvertrag_unterschrieben.pdf', 'Contrat de travail.docx', 'Budget 2025.xlsx', 'Team photo.jpg', 'Zugangsdaten.txt', 'NDA_signed.pdf', 'Kontoauszug_03.pdf', 'Reisekosten Mai.xlsx', 'IMG_2045.HEIC', 'offer_letter_final_v3.docx', '請求書_2024年4月.pdf', 'Lista de invitados.xlsx'];
export function driveListing(r) {
  const d = new Doc('drive_listing').lang('en');
  const loc = pickLoc(r);
  const owner = who(r, loc);
  const org = V.org(r, phraseLang(loc));
  const om = mail(r, owner, org.domain);
  const files = [];
  for (let i = 0; i < r.int(3, 5); i++) {
    const sharer = who(r, r.chance(0.7) ? loc : pickLoc(r));
    const shared = r.chance(0.5);
    const fid = LK.fileId(r);
    files.push({
      id: fid, name: r.pick(FILES), mimeType: r.pick(['application/pdf', 'application/vnd.google-apps.spreadsheet', 'image/jpeg', 'text/plain']),
      md5Checksum: LK.hash(r, 'md5'), size: String(r.int(1000, 9000000)),
      modifiedTime: V.tsMark(r), owners: [{ displayName: nm(owner, 'full', true), emailAddress: om, me: true }],
      lastModifyingUser: { displayName: nm(sharer, 'full', r.chance(0.6)), emailAddress: mail(r, sharer, r.chance(0.5) ? org.domain : undefined) },
      webViewLink: jt('https://drive.corp.example/file/d/', L('file_id', fid.value), '/view'),
      ...(shared ? { sharingLink: jt('https://share.corp.example/s/', sec(r, 'SHARE_LINK_TOKEN'), r.chance(0.5) ? ['?pwd=', sec(r, 'PASSWORD')] : ''), permissions: [{ type: 'anyone', role: 'reader', allowFileDiscovery: false }] } : {}),
    });
  }
  if (r.chance(0.5)) d.add(J({ kind: 'drive#fileList', incompleteSearch: false, files }, { indent: 2 }), '\n');
  else {
    d.add('NAME                               SIZE      MODIFIED              LINK\n');
    for (const f of files) d.add(f.name.padEnd(35), String(f.size).padEnd(10), f.modifiedTime, '  ', f.sharingLink ? f.sharingLink.items : f.webViewLink.items, '\n');
    d.add('\nowner: ', nm(owner, 'full'), ' <', om, '>\n');
  }
  return d;
}

// ---------------------------------------------------------------- IT handover sheet
export function itHandover(r, ctx) {
  const loc = pickLoc(r, (l) => ['en', 'de', 'fr', 'nl', 'es', 'sv', 'pl', 'it'].includes(phraseLang(l)));
  const lang = phraseLang(loc);
  const de = lang === 'de';
  const d = new Doc('it_handover').lang(de ? 'de' : 'en', lang);
  const p = who(r, loc), it = who(r, loc), mgr = who(r, loc);
  const org = V.org(r, lang);
  const user = `${V.ascii(p.givenL).toLowerCase()[0]}${V.ascii(p.familyL).toLowerCase().replace(/[^a-z]/g, '')}`;
  d.add(de ? 'IT-Übergabeprotokoll' : 'IT handover – new starter', '\n', '='.repeat(32), '\n');
  const rows = [
    [de ? 'Mitarbeiter/in' : 'Employee', nm(p, 'full')], [de ? 'Personalnummer' : 'Employee ID', LK.employeeId(r)], [de ? 'Eintritt' : 'Start date', V.dateMark(r, loc)],
    [de ? 'Vorgesetzte/r' : 'Manager', nm(mgr, 'full')], [de ? 'Benutzername' : 'Username', `${org.short.split(' ')[0].toUpperCase()}\\${user}`],
    [de ? 'Initialpasswort' : 'Initial password', sec(r, 'TEMPORARY_PASSWORD')], ['E-Mail', mail(r, p, org.domain)], [de ? 'Mobil (dienstlich)' : 'Work mobile', tel(r, loc)],
    [de ? 'SIM-PIN / PUK' : 'SIM PIN / PUK', [sec(r, 'SIM_PIN'), ' / ', sec(r, 'SIM_PUK')]],
    [de ? 'Mailbox-PIN' : 'Voicemail PIN', sec(r, 'VOICEMAIL_PIN')],
    ['Laptop', [r.pick(['ThinkPad T14 Gen 4', 'Latitude 5440', 'MacBook Air M2', 'EliteBook 840 G10']), ', S/N ', LK.serialNumber(r), ', ', LK.hostname(r)]],
  ];
  if (r.chance(0.5)) rows.push(['BitLocker Recovery Key', sec(r, 'BITLOCKER_RECOVERY_KEY')]);
  else rows.push(['FileVault recovery key', sec(r, 'FILEVAULT_RECOVERY_KEY')]);
  rows.push(['Wi-Fi', [r.pick(['CORP-WLAN', 'Staff', 'Büro-5G']), ' / ', S('WIFI_PASSWORD', pwRandom(r, 20, '-_'))]]);
  if (r.chance(0.7)) rows.push(['VPN', [r.pick(['vpn.corp.example', 'gw.intra.example']), ', PSK ', sec(r, 'VPN_PRESHARED_KEY')]]);
  if (r.chance(0.6)) rows.push([de ? 'Drucker-PIN' : 'Printer PIN', sec(r, 'PRINTER_PIN')]);
  if (r.chance(0.6)) rows.push([de ? 'Spind' : 'Locker', [r.pick(['Nr. ', '#']), r.int(1, 120), ', Code ', sec(r, 'LOCKER_CODE')]]);
  rows.push(['MFA backup codes', [sec(r, 'RECOVERY_CODE'), '  ', sec(r, 'RECOVERY_CODE'), '  ', sec(r, 'RECOVERY_CODE')]]);
  if (r.chance(0.4)) rows.push(['Windows key', sec(r, 'WINDOWS_PRODUCT_KEY')]);
  if (r.chance(0.3)) rows.push(['VPN CA', ['\n', LK.certificate(r, 'vpn-ca.corp.example', org.short)]]);
  const w = Math.max(...rows.map((x) => x[0].length)) + 2;
  for (const [k, v] of rows) d.add(`${k}:`.padEnd(w), v, '\n');
  d.add('\n', de ? 'Ausgegeben von ' : 'Handed over by ', nm(it, 'full'), ' (', tel(r, loc), '), ', V.dateMark(r, loc), '\n', de ? 'Unterschrift: ______________' : 'Signature: ______________', '\n');
  return d;
}

// ---------------------------------------------------------------- recovery codes
const RC = {
  en: ['Backup codes for', 'Keep these codes somewhere safe but accessible.', 'Each code can be used only once.', 'Generated on'],
  de: ['Backup-Codes für', 'Bewahren Sie diese Codes sicher auf.', 'Jeder Code kann nur einmal verwendet werden.', 'Erstellt am'],
  fr: ['Codes de secours pour', 'Conservez ces codes en lieu sûr.', 'Chaque code ne peut être utilisé qu\'une seule fois.', 'Générés le'],
  es: ['Códigos de respaldo para', 'Guarda estos códigos en un lugar seguro.', 'Cada código solo se puede usar una vez.', 'Generados el'],
  ja: ['バックアップコード:', 'これらのコードは安全な場所に保管してください。', '各コードは1回のみ使用できます。', '生成日'],
  it: ['Codici di backup per', 'Conserva questi codici in un luogo sicuro.', 'Ogni codice può essere usato una sola volta.', 'Generati il'],
  pt: ['Códigos de backup para', 'Guarde estes códigos em local seguro.', 'Cada código só pode ser usado uma vez.', 'Gerados em'],
  nl: ['Back-upcodes voor', 'Bewaar deze codes op een veilige plek.', 'Elke code kan maar één keer worden gebruikt.', 'Aangemaakt op'],
  ko: ['백업 코드:', '이 코드를 안전한 곳에 보관하세요.', '각 코드는 한 번만 사용할 수 있습니다.', '생성일'],
  zh: ['备用验证码：', '请将这些验证码保存在安全的地方。', '每个验证码只能使用一次。', '生成日期'],
  pl: ['Kody zapasowe dla', 'Przechowuj te kody w bezpiecznym miejscu.', 'Każdego kodu można użyć tylko raz.', 'Wygenerowano'],
  ru: ['Резервные коды для', 'Храните эти коды в надёжном месте.', 'Каждый код можно использовать только один раз.', 'Созданы'],
  tr: ['Yedek kodlar:', 'Bu kodları güvenli bir yerde saklayın.', 'Her kod yalnızca bir kez kullanılabilir.', 'Oluşturulma'],
};
export function recoveryCodes(r) {
  const lang = r.pick(Object.keys(RC));
  const loc = pickLoc(r, (l) => phraseLang(l) === lang);
  const t = RC[lang];
  const d = new Doc('recovery_codes').lang(lang);
  const p = who(r, loc);
  const f = r.int(0, 3);
  if (f === 3) {
    d.lang('en');
    d.add('BitLocker Drive Encryption recovery key\n\nTo verify that this is the correct recovery key, compare the start of the following identifier with the identifier value displayed on your PC.\n\nIdentifier:\n\n\t', LK.uuid(r, true), '\n\nIf the above identifier matches the one displayed by your PC, then use the following key to unlock your drive.\n\nRecovery Key:\n\n\t', sec(r, 'BITLOCKER_RECOVERY_KEY'), '\n\nIf the above identifier doesn\'t match the one displayed by your PC, then this isn\'t the right key to unlock your drive.\nTry another recovery key, or refer to https://support.corp.example/recovery for additional assistance.\n\nDevice: ', LK.hostname(r), '  User: ', mail(r, p, 'corp.example'), '\n');
    return d;
  }
  d.add(t[0], ' ', r.chance(0.5) ? mail(r, p) : nm(p, 'full'), '\n\n');
  const n = r.pick([8, 10]);
  const shape = r.int(0, 2);
  const fixed = (() => { const e = 'RECOVERY_CODE'; return () => S(e, shape === 0 ? `${r.digits(4)} ${r.digits(4)}` : shape === 1 ? `${r.loweralnum(5)}-${r.loweralnum(5)}` : `${r.upperalnum(4)}-${r.upperalnum(4)}-${r.upperalnum(4)}`); })();
  for (let i = 0; i < n; i++) d.add(`${i + 1}. `.padStart(4), fixed(), i % 2 ? '\n' : '\t');
  d.add('\n', t[1], '\n', t[2], '\n', t[3], ': ', V.dateMark(r, loc), '\n');
  if (f === 1) d.add('\notpauth://totp/', r.pick(['Corp', 'Payroll', 'CRM']), ':', mail(r, p), '?secret=', sec(r, 'TOTP_SEED'), '&issuer=', r.pick(['Corp', 'Payroll', 'CRM']), '&digits=6&period=30\n');
  if (f === 2) d.add('\n', r.pick(['Password manager secret key: ', 'Secret Key: ']), sec(r, 'PASSWORD_MANAGER_SECRET_KEY'), '\n', r.pick(['Master password hint: ', 'Master password: ']), sec(r, 'PASSWORD_MANAGER_MASTER_PASSWORD'), '\n');
  return d;
}

// ---------------------------------------------------------------- password manager export
export function passwordExport(r, ctx) {
  const d = new Doc('password_manager_export').lang('en');
  const loc = pickLoc(r);
  const lang = phraseLang(loc);
  const p = who(r, loc);
  const f = r.int(0, 1);
  const entries = [];
  const myMails = [mail(r, p), mail(r, p)];
  for (const site of r.sample(['bank', 'mail', 'insurance', 'school-portal', 'tax', 'energy', 'health', 'shop', 'travel', 'crm', 'payroll', 'nas'], r.int(5, 7))) {
    const e = site === 'nas' ? 'ROUTER_ADMIN_PASSWORD' : site === 'mail' ? r.pick(['APP_PASSWORD', 'PASSWORD']) : 'PASSWORD';
    entries.push({ name: site, url: `https://${site}.${r.pick(['example', 'test'])}/login`, user: r.chance(0.7) ? r.pick(myMails) : V.ascii(p.givenL).toLowerCase().split(/[ -]/)[0] + r.digits(2), pass: sec(r, site === 'bank' ? 'ONLINE_BANKING_PASSWORD' : e, { lang }), totp: r.chance(0.3) ? sec(r, 'TOTP_SEED') : '', note: r.chance(0.3) ? r.pick([['PIN ', sec(r, 'TELEPHONE_BANKING_PIN')], ['Security answer: ', sec(r, 'SECURITY_QUESTION_ANSWER')], ['Customer no. ', LK.customerNumber(r)], ['Card PIN ', sec(r, 'BANK_CARD_PIN')]]) : '' });
  }
  if (f === 0) {
    d.add('name,url,username,password,totp,note\n');
    for (const e of entries) d.add(e.name, ',', e.url, ',', e.user, ',', e.pass, ',', e.totp, ',', e.note ? ['"', e.note, '"'] : '', '\n');
  } else {
    d.add(J({ encrypted: false, folders: [{ id: LK.uuid(r), name: 'Personal' }], items: entries.map((e) => ({ id: LK.uuid(r), type: 1, name: e.name, notes: e.note ? jt(e.note) : null, login: { uris: [{ uri: e.url }], username: e.user, password: e.pass, totp: e.totp || null } })) }, { indent: 2 }), '\n');
  }
  return d;
}
