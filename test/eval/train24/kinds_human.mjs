// Human-facing document kinds: CRM exports, tickets, e-mails, chats, HR/medical/banking/tax records,
// orders, travel, contacts, password-manager exports, API responses, markdown and prose.
import { L } from './lookalikes.mjs';
import { connUrl } from './ctx.mjs';
import { cli } from './cli.mjs';
import { esc } from './configfmt.mjs';
import { pii, fill, look } from './builder.mjs';
import { LANGS, LANG_IDS } from './langs.mjs';
import * as P from './pii.mjs';

const PW_CTX = [['USER_PASSWORD', 'portal'], ['ADMIN_PASSWORD', 'admin'], ['WIFI_PASSPHRASE', 'wifi'], ['VPN_PASSWORD', 'vpn'], ['SSH_PASSWORD', 'bastion'], ['DATABASE_PASSWORD', 'db'],
  ['ROOT_PASSWORD', 'srv'], ['SMTP_PASSWORD', 'mail'], ['SMB_PASSWORD', 'files'], ['USER_PASSPHRASE', 'laptop'], ['IPMI_PASSWORD', 'bmc'], ['FTP_PASSWORD', 'ftp'], ['GOOGLE_APP_PASSWORD', 'mail'], ['SERVICE_ACCOUNT_PASSWORD', 'svc']];
// a password shared by a person, with (pw) or without (bare) a key word, next to a user/host
export function pwPhrase(c, bare = null, lang = null) {
  const r = c.r; lang = lang || c.lang;
  const [ent, hk] = r.pick(PW_CTX);
  const field = (bare ?? r.chance(0.35)) ? 'bare' : 'pw';
  c.tag('pw_lang', lang);
  const host = r.chance(0.5) ? look('hostname', `${hk}-${r.pick(['prod', 'stg', 'eu', 'dev', 'hq'])}${r.chance(0.5) ? '-' + String(r.int(1, 20)).padStart(2, '0') : ''}`) : c.hostStr(hk);
  const tpl = r.pick((LANGS[lang] || LANGS.en)[field]);
  return fill(tpl, { pw: () => (ent === 'GOOGLE_APP_PASSWORD' ? c.S(ent) : c.pw(ent)), host: () => host, user: () => c.user() });
}
const T = (c, field, slots) => { const l = LANGS[c.lang] || LANGS.en; return fill(c.r.pick(l[field] || LANGS.en[field]), slots); };
function signature(c, info, cc) {
  const r = c.r;
  return ['\n-- \n', P.personVal(info), '\n', r.pick(['Account Manager', 'IT Support', 'Head of Operations', 'Buchhaltung', 'Ventas', 'Customer Success', '']), '\n', r.chance(0.7) ? [P.phone(r, P.phonePlanFor(cc.cc)), '\n'] : '', r.chance(0.5) ? [P.address(r, cc, r.chance(0.5)), '\n'] : ''];
}

// ---------- CRM export ----------
function crmExport(c, n) {
  const r = c.r, d = c.d; const sep = r.pick([',', ';', '\t', '|']);
  const cols = ['id', 'name', 'email', 'phone', ...r.picks(['company', 'street', 'city', 'country', 'created', 'owner', 'iban', 'notes', 'ip'], r.int(3, 5))];
  c.tag('crm_sep', sep === '\t' ? 'tab' : sep);
  d.add(cols.map((x) => (r.chance(0.3) ? x.toUpperCase() : x[0].toUpperCase() + x.slice(1))).join(sep), '\n');
  const rows = n + 4;
  for (let i = 0; i < rows; i++) {
    const info = c.info(); const cc = c.countryObj();
    const cell = {
      id: () => L.crm_id(r), name: () => P.personVal(info, r.chance(0.15) ? 'reversed' : 'full'), email: () => P.emailFor(r, info), phone: () => P.phone(r, P.phonePlanFor(cc.cc)),
      company: () => r.pick(['Müller & Söhne GmbH', 'Nordlicht AB', 'Sakura Trading KK', 'Acme Tools Ltd', 'Café Oliveira Lda', 'Zeta Logistics', 'Koala Tech Pty']), street: () => P.street(r, cc), city: () => P.city(r, cc),
      country: () => P.country(r, cc), created: () => L.date(r), owner: () => c.person(), iban: () => (r.chance(0.85) ? P.iban(r, null, false) : L.invalid_iban(r)), ip: () => c.ip(),
      notes: () => r.pick([() => c.passing(), () => ['VIP since ', L.date(r)], () => ['ref ', L.ticket_ref(r)], () => ['portal pw ', c.pw('USER_PASSWORD')], () => 'no calls before 10']),
    };
    cols.forEach((col, j) => {
      let v = cell[col]();
      const needQ = sep === ',' && /[,"]/.test(JSON.stringify(v)) || col === 'notes' || col === 'street';
      d.add(j ? sep : '', needQ && r.chance(0.7) ? ['"', v, '"'] : v);
    });
    d.add('\n');
  }
}

// ---------- tickets ----------
function supportTicket(c, n) {
  const r = c.r, d = c.d; const info = c.info(); const cc = c.countryObj();
  const sys = r.pick(['jira', 'zendesk', 'servicenow', 'plain']);
  c.tag('ticket_system', sys);
  const id = sys === 'servicenow' ? L.ticket_ref(r) : sys === 'jira' ? L.ticket_ref(r) : ['#', String(r.int(10000, 999999))];
  d.add(r.pick(['Ticket ', 'Issue ', 'Case ', 'Incident ']), id, ' — ', T(c, 'ask', { host: () => c.hostStr() }), '\n', 'Requester: ', P.personVal(info), ' <', P.emailFor(r, info), '>\n', r.chance(0.6) ? ['Phone: ', P.phone(r, P.phonePlanFor(cc.cc)), '\n'] : '', 'Created: ', L.timestamp(r, r.pick(['iso', 'space'])), '\nPriority: ', r.pick(['P2', 'High', 'Normal', 'Urgent']), '\n\n');
  d.add(T(c, 'hi', { name: () => c.given() }), '\n', c.passing(), '.\n');
  for (let i = 0; i < Math.max(1, Math.ceil(n / 2)); i++) d.add(pwPhrase(c), '\n');
  d.add(T(c, 'bye', {}), '\n', P.personVal(info, 'given'), '\n\n');
  d.add('--- ', r.pick(['Internal note', 'Agent note', 'Work note']), ' (', c.person(), ', ', L.timestamp(r, 'space'), ') ---\n');
  d.add(r.pick([() => ['ran: ', cli(c)], () => ['reset done, temp ', pwPhrase(c, true)], () => ['customer address on file: ', c.address(cc, true)], () => ['linked ', L.ticket_ref(r), ', order ', L.order_number(r)]])(), '\n');
  if (r.chance(0.5)) d.add('--- Customer reply ', L.timestamp(r, 'space'), ' ---\n', c.passing(), '\n');
}

// ---------- e-mail ----------
function emailMessage(c, n) {
  const r = c.r, d = c.d; const from = c.info(), to = c.info(); const cc = c.countryObj();
  d.add('From: ', P.personVal(from), ' <', P.emailFor(r, from), '>\nTo: ', r.chance(0.5) ? [P.personVal(to), ' <', P.emailFor(r, to), '>'] : P.emailFor(r, to), '\n');
  if (r.chance(0.4)) d.add('Cc: ', c.email(), '\n');
  d.add('Date: ', L.timestamp(r, 'rfc2822'), '\nSubject: ', r.pick(['Re: ', 'Fwd: ', 'AW: ', 'RE: ', 'TR: ', '']), T(c, 'ask', { host: () => c.hostStr() }), '\nMessage-ID: <', look('request_id', `${r.hex(16)}.${L.timestamp(r, 'epoch').raw}`), '@mx', r.int(1, 9), '>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n');
  d.add(T(c, 'hi', { name: () => P.personVal(to, 'given') }), '\n\n');
  for (let i = 0; i < Math.max(1, n - 2); i++) d.add(r.chance(0.5) ? c.passing() : pwPhrase(c), '.\n');
  if (r.chance(0.3)) d.add(cli(c), '\n');
  d.add('\n', T(c, 'bye', {}), signature(c, from, cc));
  if (r.chance(0.5)) {
    d.add('\n\n', r.pick(['On ', 'Am ', 'Le ', 'El ']), L.date(r, c.lang), ', ', P.personVal(to), ' <', P.emailFor(r, to), '> wrote:\n> ', c.passing(), '\n> ', T(c, 'bye', {}), '\n');
  }
}

// ---------- chat ----------
function chatLog(c, n) {
  const r = c.r, d = c.d; const style = r.pick(['slack', 'whatsapp', 'irc', 'teams', 'matrix', 'discord']);
  c.tag('chat_style', style);
  const people = [c.info(), c.info(), c.info()];
  for (const p of people) p.nick = `${c.user().replace(/[^a-z0-9]/g, '')}${r.int(1, 99)}`;
  const t0 = L.timestamp(r, 'iso'); let t = new Date(t0.raw.replace(/\+\d\d:\d\d$/, 'Z')).getTime() || Date.UTC(2024, 4, 2);
  if (style === 'slack') d.add('#', r.pick(['ops', 'infra-help', 'team-billing', 'random', 'oncall']), ' — export\n');
  for (let i = 0; i < n + 3; i++) {
    t += r.int(20, 900) * 1000; const when = new Date(t); const who = r.pick(people);
    const nameV = P.personVal(who, r.chance(0.6) ? 'full' : 'given');
    const msg = r.weighted([[4, () => pwPhrase(c)], [3, () => c.passing()], [1, () => ['`', cli(c), '`']], [1, () => [T(c, 'ask', { host: () => c.hostStr() })]], [1, () => ['ok ', r.pick(['👍', 'danke', 'merci', 'gracias', 'ありがとう', 'спасибо', 'thx'])]],
      [1, () => ['see ', L.ticket_ref(r), ' / build ', L.build_number(r)]], [1, () => ['call me: ', c.phone()]]])();
    if (style === 'slack') d.add('[', L.timestamp(r, 'isoz', when), '] ', nameV, ': ', msg, '\n');
    else if (style === 'whatsapp') d.add(L.timestamp(r, 'space', when), ' - ', nameV, ': ', msg, '\n');
    else if (style === 'irc') d.add('[', `${String(when.getUTCHours()).padStart(2, '0')}:${String(when.getUTCMinutes()).padStart(2, '0')}`, '] <', who.nick, '> ', msg, '\n');
    else if (style === 'teams') d.add(nameV, '  ', L.timestamp(r, 'space', when), '\n', msg, '\n\n');
    else if (style === 'matrix') d.add(L.timestamp(r, 'epochms', when), ' @', who.nick, ':chat.', c.domain(), ' ', msg, '\n');
    else d.add(nameV, ' — ', L.date(r), '\n', msg, '\n');
  }
}

// ---------- HR ----------
function hrRecord(c, n) {
  const r = c.r, d = c.d; const fmt = r.pick(['form', 'yaml', 'json', 'table']);
  c.tag('hr_format', fmt);
  for (let k = 0; k < Math.max(1, Math.ceil(n / 4)); k++) {
    const info = c.info({ lang: r.chance(0.5) ? 'en' : c.lang });
    const us = r.chance(0.7);
    const F = [
      ['Employee', P.personVal(info)], ['Employee ID', ['E', r.digits(6)]], ['Email', P.emailFor(r, info)], ['Mobile', c.phone()], ['Home address', P.address(r, P.countryFor(r, us ? 'en' : c.lang), true)],
      ['Date of birth', `${r.int(1960, 2003)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`],
      us ? (r.chance(0.65) ? ['SSN', P.ssn(r)] : ['ITIN', P.itin(r)]) : ['Tax ID', r.digits(11)],
      ['Passport', r.chance(0.7) ? P.passport(r) : '—'], ['Driver license', us ? [P.driverLicense(r), ' (', r.pick(P.DL_STATES), ')'] : '—'],
      us ? ['Direct deposit', ['routing ', P.abaRouting(r), ' / account ', P.bankNumber(r)]] : ['Salary account', P.iban(r, null, r.chance(0.5))],
      ['Salary', L.price(r)], ['Start date', L.date(r)], ['Manager', c.person()], ['Emergency contact', [c.person(), ', ', c.phone()]], ['Office', c.city()],
    ];
    if (r.chance(0.2)) F.push(['Corrected SSN (typo, void)', L.invalid_ssn(r)]);
    if (r.chance(0.3)) F.push(['Laptop', ['serial ', L.serial_number(r), ', initial password ', c.pw('USER_PASSWORD')]]);
    if (fmt === 'form') { d.add('=== ', r.pick(['Personnel file', 'Onboarding sheet', 'Payroll master data']), ' ===\n'); for (const [k2, v] of F) d.add(k2.padEnd(18), ': ', v, '\n'); }
    else if (fmt === 'yaml') { d.add('- '); F.forEach(([k2, v], i) => d.add(i ? '  ' : '', k2.toLowerCase().replace(/\W+/g, '_'), ': ', typeof v === 'string' ? v : ['"', v, '"'], '\n')); }
    else if (fmt === 'json') { d.add('{'); F.forEach(([k2, v], i) => d.add(i ? ', ' : '', '"', k2.toLowerCase().replace(/\W+/g, '_'), '": "', esc(v, 'json'), '"')); d.add('}\n'); }
    else { d.add('| Field | Value |\n|---|---|\n'); for (const [k2, v] of F) d.add('| ', k2, ' | ', v, ' |\n'); }
    d.add('\n');
  }
}

// ---------- medical ----------
function gpList(c, n) {
  const r = c.r, d = c.d;
  d.add(r.pick(['Surgery list', 'Clinic appointments', 'Repeat prescriptions due']), ' — ', L.date(r, 'en'), ' — Dr. ', c.person(), ' (DEA ', P.deaNumber(r), ')\n\nTime   Patient                     NHS no.        Phone\n');
  for (let i = 0; i < n + 2; i++) d.add(`${String(r.int(8, 17)).padStart(2, '0')}:${r.pick(['00', '10', '20', '30', '40', '50'])}  `, c.person({ lang: r.chance(0.6) ? 'en' : c.lang }), '  ', r.chance(0.9) ? P.nhs(r) : L.invalid_nhs(r), '  ', c.phone('GB'), '\n');
  d.add('\n', c.passing(), '\n');
}
function medicalRecord(c, n) {
  const r = c.r, d = c.d; const uk = r.chance(0.55);
  if (r.chance(0.3)) return gpList(c, n);
  const pat = c.info(); const doc = c.info();
  const dr = P.personVal(doc, 'full');
  d.add(uk ? 'NHS Trust — Discharge summary\n' : 'PRESCRIPTION / CLINICAL NOTE\n', 'Patient: ', P.personVal(pat), '\n', uk ? ['NHS number: ', P.nhs(r), '\n'] : ['MRN: ', r.digits(8), '\n'],
    'DOB: ', `${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/${r.int(1935, 2015)}`, '\nAddress: ', c.address(uk ? P.countryFor(r, 'en') : undefined), '\nPhone: ', c.phone(uk ? 'GB' : 'US'), '\nVisit: ', L.date(r), '\n\n');
  d.add('Prescriber: Dr. ', dr, ' (DEA ', P.deaNumber(r, doc.family), ')\n');
  for (let i = 0; i < Math.max(1, n - 2); i++) d.add(' - ', r.pick(['Amoxicillin 500 mg', 'Oxycodone 5 mg', 'Metformin 850 mg', 'Sertraline 50 mg', 'Ibuprofen 400 mg', 'Adderall XR 20 mg']), ' — ', r.pick(['1-0-1', 'bid', 'prn', 'od']), ', ', r.int(7, 90), ' days, cost ', L.price(r), '\n');
  if (r.chance(0.5)) d.add('Co-signed: Dr. ', c.person(), ' (DEA ', P.deaNumber(r), ')\n');
  if (r.chance(0.3)) d.add('Old record number on referral letter did not validate: ', uk ? L.invalid_nhs(r) : L.invalid_dea(r), '\n');
  if (r.chance(0.4)) d.add('Next of kin: ', c.person(), ', ', c.phone(), '\n');
  if (r.chance(0.4)) d.add('Portal login sent to ', P.emailFor(r, pat), ' — temporary password ', c.pw('USER_PASSWORD'), '\n');
  d.add(c.passing(), '\n');
}

// ---------- banking ----------
function bankStatement(c, n) {
  const r = c.r, d = c.d; const info = c.info(); const cc = c.countryObj(); const us = r.chance(0.3);
  d.add(r.pick(['Kontoauszug', 'Account statement', 'Relevé de compte', 'Extracto', 'Estratto conto', 'Rachunek']), ' ', L.date(r, c.lang), '\n', P.personVal(info), '\n', P.address(r, cc), '\n');
  d.add(us ? ['Account ', P.bankNumber(r), '  Routing ', P.abaRouting(r), '\n'] : ['IBAN ', P.iban(r, ['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'PL', 'CH', 'AT', 'BE', 'PT', 'SE'].includes(cc.cc) ? cc.cc : null, true), '  BIC ', r.upper(4), cc.cc.slice(0, 2), r.upper(2), '\n']);
  d.add('Card ', P.card(r), '\n\n');
  for (let i = 0; i < n + 3; i++) {
    const k = r.int(0, 5);
    d.add(L.date(r, c.lang), '  ');
    if (k === 0) d.add('SEPA transfer to ', c.person(), ' ', P.iban(r, null, r.chance(0.5)), '  -', L.price(r));
    else if (k === 1) d.add('Card payment ', r.pick(['REWE', 'Carrefour', 'Mercadona', 'Tesco', 'Lidl', 'Biedronka', 'Konbini']), ' ', c.city(cc), '  -', L.price(r));
    else if (k === 2) d.add('Incoming ', c.person(), ' ref ', L.invoice_number(r), '  +', L.price(r));
    else if (k === 3) d.add('BTC purchase, sent to ', P.btc(r), '  -', L.price(r));
    else if (k === 4) d.add('Returned: beneficiary account ', L.invalid_iban(r), ' invalid  +', L.price(r));
    else d.add('Standing order ', r.pick(['rent', 'Miete', 'loyer', 'alquiler']), ' ', c.person(), '  -', L.price(r));
    d.add('\n');
  }
  if (r.chance(0.3)) d.add('\nOnline banking PIN letter: ', c.pw('USER_PASSWORD'), '\n');
}
function exchangeExport(c, n) {
  const r = c.r, d = c.d;
  d.add('time,type,asset,amount,address,txid,fee\n');
  for (let i = 0; i < n + 3; i++) d.add(L.timestamp(r, 'isoz'), ',', r.pick(['withdrawal', 'deposit']), ',BTC,', (r.float() * 2).toFixed(8), ',', P.btc(r), ',', L.hash(r, 256), ',', L.price(r), '\n');
  d.add('\n# API key used for this export: ', c.S(c.pick(['GENERIC_API_KEY', 'HMAC_SIGNING_KEY', 'CORVID_API_KEY'])), '\n# wallet passphrase (', c.person(), '): ', c.pw('USER_PASSPHRASE'), '\n');
}

// ---------- orders ----------
function orderExport(c, n) {
  const r = c.r, d = c.d; const json = r.chance(0.5); const test = r.chance(0.3);
  if (json) d.add('[\n');
  for (let i = 0; i < Math.max(1, Math.ceil(n / 2)); i++) {
    const info = c.info(); const cc = c.countryObj();
    const card = test ? L.vendor_test_card(r) : r.chance(0.8) ? P.card(r) : L.invalid_card(r);
    if (json) d.add(i ? ',\n' : '', '  {"order": "', L.order_number(r), '", "placed": "', L.timestamp(r, 'iso'), '", "customer": {"name": "', P.personVal(info), '", "email": "', P.emailFor(r, info), '", "phone": "', P.phone(r, P.phonePlanFor(cc.cc)), '"},\n   "ship_to": {"line1": "', esc(P.street(r, cc), 'json'), '", "city": "', P.city(r, cc), '", "zip": "', P.zip(r, cc), '", "country": "', P.country(r, cc), '"},\n   "items": [{"sku": "', L.sku(r), '", "ean": "', L.ean13(r), '", "price": "', L.price(r), '"}], "payment": {"card": "', card, '"}, "tracking": "', L.tracking_number(r), '", "invoice": "', L.invoice_number(r), '"}');
    else d.add('Order ', L.order_number(r), ' (', L.timestamp(r, 'space'), ')\n  ', P.personVal(info), ', ', P.address(r, cc, true), '\n  ', P.emailFor(r, info), ' / ', P.phone(r, P.phonePlanFor(cc.cc)), '\n  ', L.sku(r), ' x', String(r.int(1, 4)), ' ', L.price(r), '  card ', card, '\n  shipped ', L.tracking_number(r), ', invoice ', L.invoice_number(r), '\n');
  }
  if (json) d.add('\n]\n');
  if (test) d.add(json ? '' : '\n', '// sandbox export — test mode key ', L.placeholder(r, 'sk_test_' + r.alnum(24).replace(/./g, 'x')), '\n');
}

// ---------- travel ----------
function travelBooking(c, n) {
  const r = c.r, d = c.d;
  d.add(r.pick(['BOOKING CONFIRMATION', 'Reiseplan', 'Itinéraire', 'Itinerario', '予約確認']), ' — ref ', look('order_number', r.upper(6)), '\n\n');
  const from = c.countryObj(), to = P.countryFor(r, r.pick(LANG_IDS));
  for (let i = 0; i < Math.max(1, Math.ceil(n / 3)); i++) {
    const info = c.info();
    d.add('Passenger: ', P.personVal(info, 'upper'), '\nPassport: ', P.passport(r), r.chance(0.4) ? ['   Known traveler no.: ', r.digits(9)] : '', '\nContact: ', P.emailFor(r, info), ', ', c.phone(), '\n');
  }
  d.add('\nFlight ', r.upper(2), String(r.int(100, 9999)), '  ', P.city(r, from), ' → ', P.city(r, to), '  ', L.timestamp(r, 'space'), '\nHotel: ', P.street(r, to), ', ', P.city(r, to), ', ', P.country(r, to), '  (', L.coordinates(r), ')\nTotal: ', L.price(r), '\n');
  if (r.chance(0.5)) d.add('Paid with ', P.card(r), '\n');
  d.add(c.passing(), '\n');
}

// ---------- tax / insurance ----------
function taxForm(c, n) {
  const r = c.r, d = c.d; const info = c.info({ lang: 'en' });
  d.add(r.pick(['Form W-9 (Rev. 2024) — worksheet copy', 'Form 1040 preparer notes', 'ITIN application checklist (W-7)']), '\n\n1 Name: ', P.personVal(info), '\n3 Address: ', P.address(r, P.countryFor(r, 'en')), '\n');
  d.add('Part I  TIN: ', r.chance(0.45) ? ['SSN ', P.ssn(r)] : ['ITIN ', P.itin(r)], '\n');
  if (r.chance(0.6)) d.add('Spouse: ', c.person(), ' — ', r.chance(0.5) ? P.ssn(r) : P.itin(r), '\n');
  for (let i = 0; i < Math.max(1, n - 3); i++) d.add('Dependent ', String(i + 1), ': ', c.person(), r.chance(0.7) ? [', SSN ', P.ssn(r)] : [', ITIN ', P.itin(r)], '\n');
  d.add('Refund direct deposit: routing ', P.abaRouting(r), ', account ', P.bankNumber(r), '\nID shown: ', r.chance(0.5) ? ['driver license ', P.driverLicense(r)] : ['passport ', P.passport(r)], '\n');
  d.add('Preparer: ', c.person(), ', ', c.phone('US'), ', ', c.email(), '\nNot valid (sample from instructions): ', L.invalid_ssn(r), '\nSigned ', L.date(r, 'us'), '\n');
  if (r.chance(0.4)) d.add('e-file PIN / portal password: ', c.pw('USER_PASSWORD'), '\n');
}
function insuranceClaim(c, n) {
  const r = c.r, d = c.d; const info = c.info({ lang: r.chance(0.6) ? 'en' : c.lang });
  d.add('Claim ', L.invoice_number(r), ' — ', r.pick(['auto collision', 'windshield', 'theft', 'water damage']), '\nPolicyholder: ', P.personVal(info), ' (', P.emailFor(r, info), ', ', c.phone(), ')\nAddress: ', c.address(undefined, true), '\n');
  d.add('Driver license: ', P.driverLicense(r), '\nVehicle VIN: ', L.vin(r), '\nOther party: ', c.person(), ', DL ', P.driverLicense(r), ', plate ', r.upper(3), '-', r.digits(4), '\nLocation of loss: ', c.street(), ', ', c.city(), ' (', L.coordinates(r), ')\nReported: ', L.timestamp(r, 'space'), '\n');
  for (let i = 0; i < Math.max(0, n - 3); i++) d.add('Witness: ', c.person(), ', ', c.phone(), '\n');
  if (r.chance(0.4)) d.add('Phone IMEI (stolen): ', L.imei(r), '\n');
  d.add('Payout to: ', r.chance(0.5) ? P.iban(r, null, true) : ['acct ', P.bankNumber(r)], '\n', c.passing(), '\n');
}

// ---------- contacts / calendar ----------
function vcardIcs(c, n) {
  const r = c.r, d = c.d;
  for (let i = 0; i < Math.max(1, Math.ceil(n / 2)); i++) {
    const info = c.info(); const cc = c.countryObj();
    d.add('BEGIN:VCARD\nVERSION:3.0\nFN:', P.personVal(info), '\nEMAIL;TYPE=work:', P.emailFor(r, info), '\nTEL;TYPE=cell:', P.phone(r, P.phonePlanFor(cc.cc)), '\nADR;TYPE=home:;;', P.street(r, cc), ';', P.city(r, cc), ';;', P.zip(r, cc), ';', P.country(r, cc), '\n', r.chance(0.3) ? ['NOTE:wifi ', c.pw('WIFI_PASSPHRASE')] : ['NOTE:met at ', c.city()], '\nUID:', L.uuid(r), '\nEND:VCARD\n');
  }
  if (r.chance(0.7)) {
    const org = c.info();
    d.add('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:', L.uuid(r, 'lower'), '\nDTSTAMP:', look('timestamp', L.timestamp(r, 'isoz').raw.replace(/[-:]/g, '')), '\nSUMMARY:', r.pick(['Quarterly review', 'Onboarding', 'Kickoff', 'Besprechung']), '\nORGANIZER;CN=', P.personVal(org), ':mailto:', P.emailFor(r, org), '\nATTENDEE;CN=', c.nameEmail(':mailto:', ''), '\nLOCATION:', c.street(), '\\, ', c.city(), '\nDESCRIPTION:dial-in PIN and guest wifi: ', c.pw('WIFI_PASSPHRASE'), '\nEND:VEVENT\nEND:VCALENDAR\n');
  }
}
function passwordExport(c, n) {
  const r = c.r, d = c.d; const fmt = r.pick(['chrome', 'bitwarden', 'keepass']);
  c.tag('pm_format', fmt);
  d.add(fmt === 'chrome' ? 'name,url,username,password,note\n' : fmt === 'bitwarden' ? 'folder,favorite,type,name,notes,login_uri,login_username,login_password,login_totp\n' : '"Group","Title","Username","Password","URL","Notes"\n');
  for (let i = 0; i < n + 2; i++) {
    const site = r.pick(['intranet', 'payroll', 'router', 'nas', 'jira', 'bank', 'shop', 'mail', 'vpn', 'wiki']);
    const url = `https://${site}.${c.domain()}/`;
    const ent = { router: 'ADMIN_PASSWORD', nas: 'ADMIN_PASSWORD', vpn: 'VPN_PASSWORD', mail: r.pick(['USER_PASSWORD', 'GOOGLE_APP_PASSWORD']), wiki: 'USER_PASSWORD' }[site] || 'USER_PASSWORD';
    const user = r.chance(0.5) ? c.email() : c.user();
    const pw = ent === 'GOOGLE_APP_PASSWORD' ? c.S(ent) : c.pw(ent, { safe: true });
    if (fmt === 'chrome') d.add(site, ',', url, ',', user, ',', pw, ',', r.chance(0.3) ? ['"', c.passing(), '"'] : '', '\n');
    else if (fmt === 'bitwarden') d.add(r.pick(['Work', 'Private', '']), ',', r.pick(['0', '1']), ',login,', site, ',,', url, ',', user, ',', pw, ',', r.chance(0.3) ? c.S('TOTP_SECRET') : '', '\n');
    else d.add('"', r.pick(['Root', 'Network', 'Finance']), '","', site, '","', user, '","', pw, '","', url, '","', r.chance(0.3) ? ['recovery ', c.S('MFA_RECOVERY_CODE')] : '', '"\n');
  }
}
function apiResponse(c, n) {
  const r = c.r, d = c.d;
  d.add('{\n  "data": [\n');
  for (let i = 0; i < Math.max(1, Math.ceil(n / 2)); i++) {
    const info = c.info(); const cc = c.countryObj();
    d.add(i ? ',\n' : '', '    {"id": "', r.chance(0.5) ? L.uuid(r, 'lower') : L.object_id(r), '", "name": "', P.personVal(info), '", "email": "', P.emailFor(r, info), '", "phone": "', P.phone(r, P.phonePlanFor(cc.cc)), '",\n     "address": {"street": "', esc(P.street(r, cc), 'json'), '", "city": "', P.city(r, cc), '", "country": "', P.country(r, cc), '"},\n     "last_login_ip": "', c.ip(), '", "created_at": "', L.timestamp(r, 'iso'), '", "avatar_color": "', L.hex_color(r), '"');
    if (r.chance(0.3)) d.add(', "api_key": "', c.S(c.pick(['GENERIC_API_KEY', 'CORVID_API_KEY', 'HELIX_TENANT_KEY', 'NIMBUS_PAT', 'BEACON_DEVICE_KEY'])), '"');
    d.add('}');
  }
  d.add('\n  ],\n  "next_cursor": "', L.base64_blob(r), '",\n  "request_id": "', L.request_id(r), '"\n}\n');
}

// ---------- markdown / prose ----------
function markdownDoc(c, n) {
  const r = c.r, d = c.d;
  d.add('# ', r.pick(['Runbook: database failover', 'Onboarding for new engineers', 'Setting up the billing service locally', 'Postmortem: checkout outage', 'Wiki: shared accounts']), '\n\n');
  d.add('Owner: ', c.nameEmail(' (', ')'), '  \nLast reviewed: ', L.date(r), '\n\n## Setup\n\n```bash\nexport API_KEY=', L.placeholder(r, r.pick(['<your-api-key>', 'YOUR_API_KEY_HERE', 'sk-...', 'xxxxxxxx'])), '\nexport AWS_ACCESS_KEY_ID=', L.aws_example_key(r, 'id'), '\nexport AWS_SECRET_ACCESS_KEY=', L.aws_example_key(r, 'secret'), '\n```\n\n');
  for (let i = 0; i < Math.max(1, n - 2); i++) {
    const k = r.int(0, 4);
    if (k === 0) d.add('If that does not work, the break-glass credentials are:\n\n```\n', cli(c), '\n```\n\n');
    else if (k === 1) d.add('| Role | Name | Phone |\n|---|---|---|\n| Primary on-call | ', c.person(), ' | ', c.phone(), ' |\n| Secondary | ', c.person(), ' | ', c.phone(), ' |\n\n');
    else if (k === 2) d.add('> ', c.passing(), '\n\n');
    else if (k === 3) d.add('- Production config lives in `', L.secret_reference(r), '`; never paste ', L.env_reference(r, 'DB_PASSWORD', '${}'), ' into chat.\n- Release ', L.version(r), ' is pinned to commit ', L.git_sha(r, true), '.\n\n');
    else d.add('Temporary shared account (rotate after the audit): ', pwPhrase(c, false, r.chance(0.7) ? 'en' : c.lang), '\n\n');
  }
}
function proseNote(c, n) {
  const r = c.r, d = c.d;
  d.add(r.pick(['Notes — ', 'Protokoll ', 'Compte rendu ', 'Acta ', '議事録 ', 'Заметки ', 'Verslag ']), L.date(r, c.lang), '\n\n');
  for (let i = 0; i < n + 1; i++) d.add(r.weighted([[5, () => c.passing()], [2, () => pwPhrase(c)], [1, () => T(c, 'hi', { name: () => c.given() })], [1, () => [c.person(), ' — ', c.address(undefined, true)]]])(), '.\n');
  d.add('\n', T(c, 'bye', {}), '\n', c.person(), '\n');
}

export const HUMAN_KINDS = {
  crm_export: crmExport, support_ticket: supportTicket, email_message: emailMessage, chat_log: chatLog, hr_record: hrRecord, medical_record: medicalRecord, bank_statement: bankStatement,
  crypto_export: exchangeExport, order_export: orderExport, travel_booking: travelBooking, tax_form: taxForm, insurance_claim: insuranceClaim, contacts_calendar: vcardIcs,
  password_export: passwordExport, api_response: apiResponse, markdown_doc: markdownDoc, prose_note: proseNote,
};
