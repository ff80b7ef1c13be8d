// Business and communication kinds: e-mail, chat, tickets, CRM exports, HR and
// medical records, bank statements, contacts/calendars, GEDCOM files.
import { P, L, S, marked } from './doc.mjs';
import { LK } from './lookalikes.mjs';
import * as X from './pii.mjs';
import { person, anyCulture, emailFor, EMAIL, PHONE, IBAN, CARD, IP, SSN, ITIN, PASSPORT, DRIVER, BANKNO, DEA, NHS, BTC, ADDR, ADDR_CODES, LOC, routing, invalidSsn, invalidNhs, invalidDea, invalidCardDigits, formatCard, balancedIdKind, idOf, ID_GEN, balancedId } from './pii.mjs';
import { draw, make, styleKey } from './secrets.mjs';
import { LANGS } from './lexicons.mjs';
import { render, sentences, makePerson, personForm, makePlace, placeForm } from './prose.mjs';
import { host, secretPieces, dsn, PLAIN_TOKEN, SMALL, PW } from './common.mjs';
import { CULTURES, ascii } from './names.mjs';

const PER = (p) => P(p.text, 'PERSON', { culture: p.culture });
const persons = (r, n) => Array.from({ length: n }, () => person(r, anyCulture(r)));
const ccOf = { en_US: 'US', en_GB: 'GB', ga_IE: 'IE', de_DE: 'DE', nl_NL: 'NL', fr_FR: 'FR', es_ES: 'ES', es_MX: 'MX', pt_PT: 'PT', pt_BR: 'BR', it_IT: 'IT', ro_RO: 'RO', hr_HR: 'HR', sl_SI: 'SI', pl_PL: 'PL', cs_CZ: 'CZ', sk_SK: 'SK', hu_HU: 'HU', fi_FI: 'FI', et_EE: 'EE', lt_LT: 'LT', lv_LV: 'LV', tr_TR: 'TR', sv_SE: 'SE', nb_NO: 'NO', da_DK: 'DK', is_IS: 'IS', vi_VN: 'VN', id_ID: 'ID', tl_PH: 'PH', ms_MY: 'MY', sw_KE: 'KE', yo_NG: 'NG', ig_NG: 'NG', ha_NG: 'NG', zu_ZA: 'ZA', ru_RU: 'RU', uk_UA: 'UA', sr_RS: 'RS', bg_BG: 'BG', el_GR: 'GR', ar_EG: 'EG', ar_SA: 'SA', he_IL: 'IL', fa_IR: 'IR', ur_PK: 'PK', hi_IN: 'IN', bn_BD: 'BD', ta_IN: 'IN', te_IN: 'IN', pa_IN: 'IN', th_TH: 'TH', zh_CN: 'CN', zh_TW: 'TW', ja_JP: 'JP', ko_KR: 'KR', ka_GE: 'GE', hy_AM: 'AM', am_ET: 'ET', mn_MN: 'MN', kk_KZ: 'KZ', cy_GB: 'GB', ca_ES: 'ES', sq_AL: 'AL', ee: 'EE' };
const planFor = (p) => { const c = ccOf[p.culture]; return c && c !== 'AL' ? c : 'GB'; };
const phoneFor = (r, p, style) => PHONE(r, planFor(p), style);
const mailFor = (r, p, dom) => EMAIL(emailFor(r, p, dom));
const CITY_EN = ['Leeds', 'Tampere', 'Kraków', 'Brno', 'Szeged', 'Izmir', 'Lviv', 'Tbilisi', 'Yerevan', 'Kyoto', 'Busan', 'Chennai', 'Lahore', 'Haifa', 'Riga', 'Kaunas', 'Tartu', 'Novi Sad', 'Thessaloniki', 'Addis Ababa', 'Chiang Mai', 'Isfahan', 'Sylhet', 'Chengdu', 'Porto', 'Lyon', 'Bergen', 'Aarhus', 'Cork', 'Swansea', 'Nairobi', 'Ibadan', 'Durban', 'Recife', 'Guadalajara', 'Cebu', 'Surabaya', 'Da Nang', 'Penang', 'Ulaanbaatar', 'Almaty'];
const COUNTRY_EN = X.COUNTRIES.en;
const COUNTRY_OF = { US: 'USA', GB: 'United Kingdom', DE: 'Deutschland', AT: 'Österreich', FR: 'France', ES: 'España', IT: 'Italia', NL: 'Nederland', PL: 'Polska', CZ: 'Česko', FI: 'Suomi', SE: 'Sverige', HU: 'Magyarország', GR: 'Ελλάδα', TR: 'Türkiye', RU: 'Россия', UA: 'Україна', JP: '日本', IN: 'India', BR: 'Brasil' };
const city = (r) => LOC(r.pick(CITY_EN));
const rfcDate = (r) => { const t = new Date((1650000000 + r.int(0, 120000000)) * 1000); return t.toUTCString().replace('GMT', r.pick(['+0000', '+0200', '+0100', '-0500', '+0900', '+0530'])); };
function proseLine(r, code, tag) {
  const lang = LANGS[code]; const pool = sentences(lang, tag);
  return render(r, lang, r.pick(pool), {});
}

// ---------------- e-mail ----------------
function email(r, d) {
  const [from, to, cc] = persons(r, 3);
  const fromDom = r.pick(['corp.example', 'kanzlei-berg.example', 'nordwind.test', 'clinic-east.example', 'stadtwerke.example', 'shop.test']);
  const fq = r.pick(['"', '']);
  d.w`Return-Path: <${mailFor(r, from, fromDom)}>\n`;
  d.w`Received: from mail.${fromDom} ([${X.IP(r, 'v4')}]) by mx${r.int(1, 4)}.inbound.example with ESMTPS id ${LK(r, 'request_id')}; ${rfcDate(r)}\n`;
  d.w`From: ${fq}${PER(from)}${fq} <${mailFor(r, from, fromDom)}>\n`;
  d.w`To: ${PER(to)} <${mailFor(r, to)}>`;
  if (r.chance(0.5)) d.w`, ${mailFor(r, cc)}`;
  d.text('\n');
  d.w`Date: ${rfcDate(r)}\n`;
  const mode = r.wpick([[3, 'creds'], [3, 'letter'], [2, 'invoice'], [2, 'intro'], [2, 'booking']]);
  const subj = { creds: r.pick(['Access for the new contractor', 'Re: staging credentials', 'Fwd: API access', 'Zugangsdaten Testsystem', 'Dostęp do serwera']), letter: r.pick(['Terveisiä!', 'Greetings from the road', 'Pozdrowienia', 'Привет из поездки', 'Üdvözlet']), invoice: r.pick(['Invoice ', 'Rechnung ', 'Faktura ', 'Lasku ']), intro: r.pick(['Introduction', 'Meeting next week', 'New client onboarding']), booking: r.pick(['Your booking confirmation ', 'E-ticket receipt ', 'Itinerary change ']) }[mode];
  d.w`Subject: ${subj}${mode === 'invoice' ? LK(r, 'invoice_number') : mode === 'booking' ? LK(r, 'booking_reference') : ''}\n`;
  d.w`Message-ID: <${LK(r, 'uuid')}@mail.${fromDom}>\n`;
  if (r.chance(0.5)) d.w`X-Originating-IP: [${IP(r, 'v4')}]\n`;
  d.text(`MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n`);
  const g = from.given;
  d.w`${r.pick(['Hi', 'Hello', 'Dear', 'Hei', 'Hallo', 'Cześć'])} ${P(to.given, 'PERSON', { culture: to.culture })},\n\n`;
  if (mode === 'creds') {
    d.text(r.pick(['as discussed, here is what you need for the staging environment.', 'below are the credentials for the sandbox — please rotate them after the first login.', 'IT asked me to forward this; the vault entry is not ready yet.']) + '\n\n');
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const s = draw(r, SMALL);
      d.w`  ${r.pick(['*', '-', '•'])} ${styleKey(s.kw, 'words')}: `; d.add(secretPieces(r, s)); d.text('\n');
    }
    if (r.chance(0.6)) { const pw = draw(r, PW); d.w`  - ${pw.key('words')} (temporary) for ${mailFor(r, to, 'corp.example')}: ${pw.span()}\n`; }
    if (r.chance(0.4)) d.w`  - (the old key ${LK(r, 'placeholder')} no longer works)\n`;
    d.text('\n');
  } else if (mode === 'letter') {
    const code = r.pick(['fi', 'pl', 'ru', 'hu', 'de', 'en', 'cs', 'tr', 'el', 'uk', 'lt', 'lv', 'et']);
    for (let i = 0; i < r.int(2, 4); i++) { d.wrap(proseLine(r, code, r.pick(['l', 't', 'l'])), 76); d.text('\n\n'); }
  } else if (mode === 'invoice') {
    d.w`please find attached invoice ${LK(r, 'invoice_number')} for order ${LK(r, 'order_number')} (${LK(r, 'price')}).\n`;
    d.w`Payment to ${IBAN(r)} by ${LK(r, 'date')}, reference ${LK(r, 'crm_id')}.\n`;
    if (r.chance(0.5)) d.w`If you prefer card payment, our test terminal accepts ${LK(r, 'vendor_test_card')} only in the sandbox — do not use it for real orders.\n`;
    d.text('\n');
  } else if (mode === 'booking') {
    d.w`thank you for booking with us. Reservation ${LK(r, 'booking_reference')}, flight ${LK(r, 'flight_number')} from ${city(r)} to ${city(r)} on ${LK(r, 'date')}.\n\nPassengers:\n`;
    for (let i = 0; i < r.int(1, 3); i++) { const p = person(r, r.pick(['en_US', 'es_MX', 'ko_KR', 'vi_VN', 'tl_PH', 'hi_IN', 'pl_PL'])); d.w`  ${i + 1}. ${PER(p)} — passport ${r.chance(0.7) ? PASSPORT(r) : '(on file)'}${r.chance(0.4) ? ['; US driver licence ', DRIVER(r)] : ''}\n`; }
    d.w`\nTotal charged: ${LK(r, 'price')} to card ending ${r.digits(4)}. Seat map: https://${host(r, 'book')}/seats/${LK(r, 'uuid')}\n\n`;
  } else {
    const p = person(r, anyCulture(r));
    d.w`let me introduce ${PER(p)}, who will take over the account from ${city(r)}. You can reach ${r.pick(['them', 'her', 'him'])} at ${mailFor(r, p)} or ${phoneFor(r, p, 'intl')}.\n`;
    d.w`We could meet at ${LOC(r.pick(['Hotel Lindenhof', 'the Old Town Hall', 'Café Central', 'Kaisaniemi park', 'Plac Nowy']))} on ${LK(r, 'date')}.\n\n`;
  }
  d.text(`${r.pick(['Best regards', 'Kind regards', 'Mit freundlichen Grüßen', 'Ystävällisin terveisin', 'Pozdrawiam', 'Cheers'])},\n`);
  d.w`${PER(from)}\n${LK(r, 'company')}\n`;
  d.w`${r.pick(['Tel', 'Mob', 'Phone', 'M'])}: ${phoneFor(r, from, 'intl')}\n`;
  if (r.chance(0.5)) { const cc = r.pick(ADDR_CODES); d.w`${LOC(ADDR[cc].st(r))}, ${ADDR[cc].zip(r)} ${LOC(r.pick(ADDR[cc].cities))}\n`; }
  if (r.chance(0.45)) {
    d.w`\nOn ${rfcDate(r)}, ${PER(to)} <${mailFor(r, to)}> wrote:\n`;
    d.w`> ${r.pick(['Could you send me the access details again?', 'Did the parcel arrive?', 'Thanks for the quick reply.'])}\n`;
    d.w`> Tracking: ${LK(r, 'tracking_number')}\n`;
  }
}

// ---------------- chat ----------------
function chat(r, d) {
  const ppl = persons(r, r.int(3, 5));
  const handle = (p) => ascii(p.rom).toLowerCase().replace(/\s+/g, r.pick(['.', '_', ''])).slice(0, 18);
  const fmt = r.pick(['irc', 'slack', 'teams', 'whatsapp']);
  const msgs = [];
  const M = (pieces) => msgs.push(pieces);
  M([`morning! anyone seen the alert from ${r.pick(['payments', 'checkout', 'crm-sync', 'nightly'])}?`]);
  M(['yes, ', P(r.pick(ppl).given, 'PERSON'), ' is on it']);
  for (let i = 0; i < r.int(2, 4); i++) {
    const k = r.int(0, 8);
    if (k === 0) { const s = draw(r, SMALL); M(['here is the key, don\'t paste it anywhere else: ', ...secretPieces(r, s)]); }
    else if (k === 1) { const s = draw(r, PLAIN_TOKEN); M(['curl -H "Authorization: Bearer ', s.span(), `" https://${host(r)}/v2/health`]); }
    else if (k === 2) { const p = person(r, anyCulture(r)); M(['customer ', PER(p), ' from ', city(r), ' called again, number is ', phoneFor(r, p)]); }
    else if (k === 3) M(['the bad requests come from ', IP(r, 'v4'), ' and ', IP(r, 'v6')]);
    else if (k === 4) M(['order ', LK(r, 'order_number'), ' shipped, tracking ', LK(r, 'tracking_number')]);
    else if (k === 5) { const pw = draw(r, PW); M([`${pw.key('words')} changed to `, pw.span(), ' (will move to vault tomorrow)']); }
    else if (k === 6) M(['deployed ', LK(r, 'version'), ' @ ', LK(r, 'git_sha'), ', request id ', LK(r, 'request_id')]);
    else if (k === 7) { const p = person(r, anyCulture(r)); M(['can someone send the contract to ', mailFor(r, p), '? ', P(p.given, 'PERSON', { culture: p.culture }), ' is waiting in ', city(r)]); }
    else if (k === 8 && r.chance(0.5)) { const b = balancedId(r); M([`customer's ${b.col.replace(/_/g, ' ')} is `, b.span, ', please double check']); }
    else M(['lunch at ', LK(r, 'dish'), ' place near ', LOC(r.pick(['Kamppi', 'Hackescher Markt', 'Plac Zbawiciela', 'Vinohradská', 'Rustaveli Avenue', 'Kadıköy pier'])), '?']);
  }
  M([r.pick(['ok thanks', 'on it', '👍', 'ack', 'merci'])]);
  if (fmt === 'slack') {
    d.text('[\n');
    msgs.forEach((m, i) => { const p = r.pick(ppl); d.w`  {"ts": "${LK(r, 'timestamp')}", "user": "U${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}", "user_name": "${handle(p)}", "real_name": "${PER(p)}", "text": "`; d.add(m.map((x) => typeof x === 'string' ? x.replace(/"/g, '\\"') : x)); d.text(`"}${i < msgs.length - 1 ? ',' : ''}\n`); });
    d.text(']\n');
  } else for (const m of msgs) {
    const p = r.pick(ppl); const t = `${String(r.int(8, 18)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
    if (fmt === 'irc') { d.text(`[${t}] <${handle(p)}> `); d.add(m); d.text('\n'); }
    else if (fmt === 'teams') { d.add(PER(p)); d.text(`, ${t}\n`); d.add(m); d.text('\n\n'); }
    else { d.text(`[${r.int(1, 28)}/${r.int(1, 12)}/24, ${t}] `); d.add(PER(p)); d.text(': '); d.add(m); d.text('\n'); }
  }
}

// ---------------- support ticket ----------------
function ticket(r, d) {
  const c = person(r, anyCulture(r)); const agent = person(r, anyCulture(r));
  const cc = r.pick(ADDR_CODES);
  const yaml = r.chance(0.4);
  const f = (k, v) => { d.text(yaml ? `${k.toLowerCase().replace(/ /g, '_')}: ` : `${k.padEnd(14)} `); d.add(v); d.text('\n'); };
  if (!yaml) d.w`Ticket ${LK(r, 'ticket_id')} — ${r.pick(['Refund request', 'Card charged twice', 'Delivery missing', 'Account locked', 'Change of address'])}\n${'-'.repeat(48)}\n`;
  else d.w`ticket: ${LK(r, 'ticket_id')}\n`;
  f('Customer', [PER(c)]); f('Email', [mailFor(r, c)]); f('Phone', [phoneFor(r, c)]);
  f('Address', [LOC(ADDR[cc].st(r)), ', ', ADDR[cc].zip(r), ' ', LOC(r.pick(ADDR[cc].cities))]);
  f('Order', [LK(r, 'order_number')]); f('Created', [LK(r, 'timestamp')]); f('Assignee', [PER(agent)]);
  if (r.chance(0.5)) f('Session IP', [IP(r)]);
  d.text(yaml ? 'thread:\n' : '\nThread:\n');
  const pre = yaml ? '  - ' : '';
  d.w`${pre}[customer] Hello, I was charged twice. My card is ${CARD(r)} and the second charge was ${LK(r, 'price')}.\n`;
  if (r.chance(0.5)) d.w`${pre}[customer] Please refund to my account ${IBAN(r)} instead.\n`;
  if (r.chance(0.3)) d.w`${pre}[customer] For the identity check: SSN ${SSN(r)}, date of birth ${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1950, 2004)}.\n`;
  d.w`${pre}[agent] Thanks ${P(c.given, 'PERSON', { culture: c.culture })}. I can see the duplicate on ${LK(r, 'invoice_number')}; the number you typed first (${L(formatCard(r, invalidCardDigits(r)), 'invalid_card')}) did not pass validation.\n`;
  if (r.chance(0.6)) { const s = draw(r, PLAIN_TOKEN); d.w`${pre}[internal] refund tool login via API key ${s.span()} — ask ${PER(person(r, anyCulture(r)))} before reusing.\n`; }
  d.w`${pre}[agent] Replacement parcel sent, tracking ${LK(r, 'tracking_number')}.\n`;
  if (r.chance(0.4)) d.w`${pre}[qa] reproduced with test card ${LK(r, 'vendor_test_card')} on staging, build ${LK(r, 'build_number')}.\n`;
}

// ---------------- CRM export ----------------
function crm(r, d) {
  const sep = r.pick([',', ';', '\t', '|']);
  const cols = r.shuffle(['email', 'phone', 'city', 'country', 'created', 'owner']).slice(0, r.int(4, 6));
  const money = r.chance(0.7) ? balancedIdKind(r) : null;
  const header = ['id', r.chance(0.5) ? 'first_name' : 'First Name', r.chance(0.5) ? 'last_name' : 'Last Name', ...cols, ...(money ? [ID_GEN[money].col] : []), 'notes'];
  d.text(header.join(sep) + '\n');
  const q = sep === ',' && r.chance(0.5) ? '"' : '';
  const rows = r.int(7, 13);
  for (let i = 0; i < rows; i++) {
    const p = person(r, anyCulture(r));
    const cells = [[LK(r, 'crm_id')], [q, P(p.given, 'PERSON', { culture: p.culture }), q], [q, P(p.family, 'PERSON', { culture: p.culture }), q]];
    for (const c of cols) {
      if (c === 'email') cells.push([mailFor(r, p)]);
      else if (c === 'phone') cells.push([phoneFor(r, p, r.pick(['e164', 'intl', 'nat']))]);
      else if (c === 'city') cells.push([q, city(r), q]);
      else if (c === 'country') cells.push([q, LOC(r.pick(COUNTRY_EN)), q]);
      else if (c === 'created') cells.push([LK(r, 'timestamp')]);
      else if (c === 'owner') { const o = person(r, 'en_GB'); cells.push([PER(o)]); }
    }
    if (money) cells.push([q, idOf(r, money), q]);
    cells.push([q, r.pick(['', 'VIP', 'prefers phone', 'met at trade fair', `moved from ${r.pick(CITY_EN)}`, 'do not call before 10']), q]);
    cells.forEach((c, j) => { d.add(c); d.text(j < cells.length - 1 ? sep : '\n'); });
  }
}

// ---------------- HR record ----------------
function hr(r, d) {
  const p = person(r, r.pick(['en_US', 'es_MX', 'vi_VN', 'hi_IN', 'tl_PH', 'ko_KR', 'pl_PL', 'yo_NG', 'ar_EG', 'zh_CN']));
  const fmt = r.pick(['yaml', 'json', 'form']);
  const cc = 'US';
  const state = r.pick(['CA', 'NY', 'TX', 'FL', 'IL', 'WA', 'PA', 'MI', 'OH', 'NJ', 'AZ', 'CO']);
  const contact = person(r, anyCulture(r)); const mgr = person(r, 'en_US');
  const fields = [
    ['employee_id', [LK(r, 'crm_id')]], ['name', [PER(p)]], ['date_of_birth', [`${r.int(1960, 2003)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`]],
    ...(r.chance(0.75) ? [['ssn', [SSN(r)]]] : [['itin', [ITIN(r)]]]), ['address', [LOC(ADDR.US.st(r)), ', ', LOC(r.pick(ADDR.US.cities)), `, ${state} ${ADDR.US.zip(r)}`]],
    ['phone', [PHONE(r, 'US')]], ['personal_email', [mailFor(r, p)]], ['drivers_license', [DRIVER(r, state), ` (${state})`]], ['passport', [PASSPORT(r)]],
    ['bank_routing', [routing(r)]], ['bank_account', [BANKNO(r)]], ['salary', [LK(r, 'price')]], ['manager', [PER(mgr)]],
    ['emergency_contact', [PER(contact), ', ', phoneFor(r, contact, 'intl')]], ['start_date', [LK(r, 'date')]],
  ];
  if (r.chance(0.5)) fields.push(['previous_ssn_on_file', [L(invalidSsn(r), 'invalid_ssn')]]);
  if (r.chance(0.4)) fields.push(['eu_payroll_iban', [IBAN(r)]]);
  if (r.chance(0.5)) fields.push(['spouse_itin', [ITIN(r)]]);
  if (r.chance(0.5)) { const b = balancedId(r); fields.push([`verified_${b.col}`, [b.span]]); }
  if (r.chance(0.3)) { const s = draw(r, PW); fields.push([`portal_${s.key('snake')}`, [s.span()]]); }
  if (fmt === 'yaml') { d.text('# HRIS export\n'); for (const [k, v] of fields) { d.text(`${k}: `); d.add(v); d.text('\n'); } }
  else if (fmt === 'json') { d.text('{\n'); fields.forEach(([k, v], i) => { d.text(`  "${k}": "`); d.add(v); d.text(`"${i < fields.length - 1 ? ',' : ''}\n`); }); d.text('}\n'); }
  else { d.text(`EMPLOYEE INFORMATION FORM — CONFIDENTIAL\n\n`); for (const [k, v] of fields) { d.text(`${k.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())}:`.padEnd(24)); d.add(v); d.text('\n'); } d.w`\nSigned: ${PER(p)}    Date: ${LK(r, 'date')}\n`; }
}

// ---------------- medical ----------------
function medical(r, d) {
  const uk = r.chance(0.55);
  const pt = person(r, uk ? r.pick(['en_GB', 'cy_GB', 'ga_IE', 'ur_PK', 'bn_BD', 'pl_PL', 'yo_NG', 'hi_IN', 'ro_RO']) : r.pick(['en_US', 'es_MX', 'vi_VN', 'ko_KR', 'ru_RU']));
  const doc = person(r, uk ? 'en_GB' : 'en_US');
  if (uk) {
    d.w`${r.pick(['DISCHARGE SUMMARY', 'GP REFERRAL', 'CLINIC LETTER'])}\n\nPatient: ${PER(pt)}   NHS No: ${NHS(r)}\nDOB: ${r.int(1, 28)}/${r.int(1, 12)}/${r.int(1935, 2015)}\n`;
    d.w`Address: ${LOC(ADDR.GB.st(r))}, ${LOC(r.pick(ADDR.GB.cities))} ${ADDR.GB.zip(r)}\nTel: ${PHONE(r, 'GB')}\n`;
    d.w`GP: Dr ${PER(doc)}, ${LOC(r.pick(['Beechwood Surgery', 'Castle Street Medical Centre', 'Riverside Health Centre']))}\n\n`;
    d.text(`Presenting complaint: ${r.pick(['chest pain on exertion', 'recurrent UTIs', 'fall at home, wrist pain', 'poorly controlled asthma'])}.\n`);
    d.w`Seen by ${PER(person(r, anyCulture(r)))} (registrar). Follow-up in ${r.pick(['2 weeks', '6 weeks', '3 months'])} at ${LOC(r.pick(['Leeds General Infirmary', "St Thomas' Hospital", 'Royal Victoria Infirmary', 'Ninewells Hospital']))}.\n`;
    if (r.chance(0.6)) d.w`NB: NHS number on the referral (${L(invalidNhs(r), 'invalid_nhs')}) fails the check digit — verified with PDS.\n`;
    d.w`Next of kin: ${PER(person(r, anyCulture(r)))}, ${PHONE(r, 'GB')}\n`;
  } else {
    d.w`PRESCRIPTION\n${L(r.pick(['Riverside Family Practice', 'Lakeview Urgent Care', 'Maple Grove Pediatrics', 'Hudson Valley Pain Clinic', 'Desert Bloom Health Partners']), 'company')}\nPrescriber: ${PER(doc)}, MD    DEA: ${DEA(r, ascii(doc.family))}    NPI: ${r.digits(10)}\n`;
    d.w`Patient: ${PER(pt)}    DOB: ${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1940, 2012)}\n`;
    d.w`Address: ${LOC(ADDR.US.st(r))}, ${LOC(r.pick(ADDR.US.cities))}\nPhone: ${PHONE(r, 'US')}\n\n`;
    d.text(`Rx: ${r.pick(['Oxycodone 5 mg tab, #20, 1 q6h PRN', 'Adderall XR 20 mg cap, #30, 1 qAM', 'Lorazepam 0.5 mg tab, #14, 1 qHS PRN'])}\nRefills: 0\n`);
    if (r.chance(0.5)) d.w`Pharmacy note: DEA ${L(invalidDea(r), 'invalid_dea')} on the faxed copy is invalid (checksum); confirmed ${DEA(r)} by phone with ${PER(person(r, 'en_US'))}.\n`;
    d.w`Insurance member ID: ${LK(r, 'crm_id')}   Claim: ${LK(r, 'request_id')}\n`;
  }
  d.w`\nElectronically signed ${LK(r, 'timestamp')}\n`;
}

// ---------------- bank statement ----------------
function bank(r, d) {
  const p = person(r, anyCulture(r));
  const us = r.chance(0.3);
  d.w`${LK(r, 'company')}\nStatement of account\n\n`;
  d.w`Account holder: ${PER(p)}\n`;
  const cc = r.pick(ADDR_CODES);
  d.w`${LOC(ADDR[cc].st(r))}\n${ADDR[cc].zip(r)} ${LOC(r.pick(ADDR[cc].cities))}\n`;
  if (us) d.w`Account number: ${BANKNO(r)}   Routing: ${routing(r)}\nTax ID (ITIN): ${ITIN(r)}\n`;
  else d.w`IBAN: ${IBAN(r)}   BIC: ${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${r.pick(['FI', 'DE', 'PL', 'CZ', 'GB', 'TR', 'GR'])}${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 2)}\n`;
  d.w`Period: ${LK(r, 'date')} – ${LK(r, 'date')}\n\n`;
  d.text('Date        Description                                   Amount\n');
  for (let i = 0; i < r.int(6, 11); i++) {
    d.add(LK(r, 'date')); d.text('  ');
    const k = r.int(0, 5);
    if (k === 0) d.w`CARD PURCHASE ${LK(r, 'company')}`;
    else if (k === 1) d.w`TRANSFER TO ${PER(person(r, anyCulture(r)))} ref ${LK(r, 'invoice_number')}`;
    else if (k === 2) d.w`SEPA CREDIT ${PER(person(r, anyCulture(r)))} ${IBAN(r, undefined, false)}`;
    else if (k === 3) d.w`DIRECT DEBIT ${LK(r, 'company')} ${LK(r, 'crm_id')}`;
    else if (k === 4) d.w`ATM ${LOC(r.pick(CITY_EN))}`;
    else d.w`ONLINE ${LK(r, 'brand')} order ${LK(r, 'order_number')}`;
    d.text('  '); d.add(LK(r, 'price')); d.text('\n');
  }
  if (r.chance(0.5)) d.w`\nYour replacement card ${CARD(r)} will arrive within 5 working days.\n`;
  if (r.chance(0.3)) d.w`Crypto withdrawal to ${BTC(r)} flagged for review.\n`;
}

// ---------------- vCard / iCalendar ----------------
function contacts(r, d) {
  if (r.chance(0.55)) {
    for (let i = 0; i < r.int(2, 4); i++) {
      const p = person(r, anyCulture(r)); const cc = r.pick(ADDR_CODES);
      d.w`BEGIN:VCARD\nVERSION:${r.pick(['3.0', '4.0'])}\nFN:${PER(p)}\nN:${P(p.family, 'PERSON', { culture: p.culture })};${P(p.given, 'PERSON', { culture: p.culture })};;;\n`;
      d.w`ORG:${LK(r, 'company')}\nTEL;TYPE=CELL:${phoneFor(r, p, 'intl')}\nEMAIL;TYPE=INTERNET:${mailFor(r, p)}\n`;
      d.w`ADR;TYPE=HOME:;;${LOC(ADDR[cc].st(r))};${LOC(r.pick(ADDR[cc].cities))};;${ADDR[cc].zip(r)};${LOC(COUNTRY_OF[cc])}\n`;
      if (r.chance(0.4)) { if (r.chance(0.5)) d.w`NOTE:met at the conference in ${city(r)}\n`; else d.w`NOTE:${r.pick(['cousin of ', 'landlord of ', 'introduced by '])}${PER(person(r, anyCulture(r)))}\n`; }
      d.w`UID:${LK(r, 'uuid')}\nEND:VCARD\n`;
    }
  } else {
    const org = person(r, anyCulture(r));
    d.text('BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendar Export//EN\nBEGIN:VEVENT\n');
    d.w`UID:${LK(r, 'uuid')}\nDTSTAMP:${r.int(2023, 2025)}0${r.int(1, 9)}1${r.int(0, 9)}T0${r.int(7, 9)}0000Z\nSUMMARY:${r.pick(['Kick-off', 'Family dinner', 'Site visit', 'Quarterly review', 'Kaffeeklatsch'])}\n`;
    d.w`LOCATION:${LOC(r.pick(['Café Central, Wien', 'Kauppatori', 'Rynek Główny', 'Rustaveli Theatre', 'Hotel Bristol', 'Sagrada Família']))}\n`;
    d.w`ORGANIZER;CN=${PER(org)}:mailto:${mailFor(r, org)}\n`;
    for (let i = 0; i < r.int(2, 4); i++) { const a = person(r, anyCulture(r)); d.w`ATTENDEE;CN=${PER(a)};ROLE=REQ-PARTICIPANT:mailto:${mailFor(r, a)}\n`; }
    const pc = make(r, 'MEETING_PASSCODE');
    d.w`DESCRIPTION:Join: https://meet.${r.pick(['corp', 'video'])}.example/j/${r.digits(11)}?pwd=${pc.span()}\\nDial-in ${PHONE(r, r.pick(['DE', 'GB', 'FI', 'PL', 'US']), 'intl')}\n`;
    d.text('END:VEVENT\nEND:VCALENDAR\n');
  }
}

// ---------------- GEDCOM ----------------
const GED_CULT = ['lv_LV', 'lt_LT', 'pl_PL', 'cs_CZ', 'fi_FI', 'hu_HU', 'uk_UA', 'ru_RU', 'el_GR', 'de_DE', 'sv_SE', 'ga_IE', 'it_IT', 'hy_AM', 'ka_GE', 'tr_TR', 'sk_SK', 'et_EE', 'sr_RS'];
const PLACES = { lv_LV: ['Cēsis, Vidzeme, Latvia', 'Kuldīga, Kurzeme, Latvia'], lt_LT: ['Kernavė, Vilnius, Lithuania', 'Trakai, Lithuania'], pl_PL: ['Zalipie, Małopolska, Poland', 'Łódź, Poland'], cs_CZ: ['Telč, Vysočina, Czechia', 'Holašovice, Bohemia'], fi_FI: ['Nurmes, Karjala, Finland', 'Inari, Lappi, Finland'], hu_HU: ['Hollókő, Nógrád, Hungary', 'Eger, Heves, Hungary'], uk_UA: ['Косів, Івано-Франківська область', 'Яремче, Україна'], ru_RU: ['Суздаль, Владимирская губерния', 'Плёс, Россия'], el_GR: ['Μέτσοβο, Ήπειρος', 'Νάξος, Κυκλάδες'], de_DE: ['Monschau, Rheinprovinz, Preußen', 'Quedlinburg, Sachsen-Anhalt'], sv_SE: ['Umeå, Västerbotten, Sweden'], ga_IE: ['Dingle, County Kerry, Ireland'], it_IT: ['Matera, Basilicata, Italia'], hy_AM: ['Գյումրի, Շիրակ, Հայաստան'], ka_GE: ['მესტია, სვანეთი, საქართველო'], tr_TR: ['Şirince, İzmir, Türkiye'], sk_SK: ['Ždiar, Spiš, Slovensko'], et_EE: ['Käsmu, Virumaa, Eesti'], sr_RS: ['Сирогојно, Златибор, Србија'] };
function gedcom(r, d) {
  const sub = person(r, 'en_GB');
  d.w`0 HEAD\n1 SOUR FamilyNotes\n2 VERS ${LK(r, 'version')}\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n1 SUBM @U1@\n0 @U1@ SUBM\n1 NAME ${PER(sub)}\n1 EMAIL ${mailFor(r, sub)}\n1 PHON ${PHONE(r, 'GB', 'intl')}\n`;
  const n = r.int(3, 5); const ids = [];
  for (let i = 1; i <= n; i++) {
    const cul = r.pick(GED_CULT); const p = person(r, cul); ids.push(i);
    d.w`0 @I${i}@ INDI\n1 NAME ${P(`${p.given} /${p.family}/`, 'PERSON', { culture: cul })}\n2 GIVN ${P(p.given, 'PERSON', { culture: cul })}\n2 SURN ${P(p.family, 'PERSON', { culture: cul })}\n1 SEX ${p.gender === 'f' ? 'F' : 'M'}\n`;
    d.text(`1 BIRT\n2 DATE ${r.int(1, 28)} ${r.pick(['JAN', 'MAR', 'MAY', 'JUL', 'SEP', 'NOV'])} ${r.int(1820, 1950)}\n2 PLAC `);
    const parts = r.pick(PLACES[cul]).split(', '); parts.forEach((x, j) => { d.add(LOC(x)); if (j < parts.length - 1) d.text(', '); }); d.text('\n');
    if (r.chance(0.6)) { d.text(`1 DEAT\n2 DATE ${r.int(1890, 2010)}\n2 PLAC `); d.add(LOC(r.pick(CITY_EN))); d.text('\n'); }
    if (r.chance(0.5)) { const code = { lv_LV: 'lv', lt_LT: 'lt', pl_PL: 'pl', cs_CZ: 'cs', fi_FI: 'fi', hu_HU: 'hu', uk_UA: 'uk', ru_RU: 'ru', el_GR: 'el', de_DE: 'de', hy_AM: 'hy', ka_GE: 'ka', tr_TR: 'tr', sk_SK: 'sk', et_EE: 'et', sr_RS: 'sr' }[cul] ?? 'en'; d.text('1 NOTE '); d.add(proseLine(r, code, 'g')); d.text('\n'); }
    d.w`1 _UID ${LK(r, 'uuid')}\n`;
  }
  d.w`0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n${ids.slice(2).map((i) => `1 CHIL @I${i}@\n`).join('')}0 TRLR\n`;
}

export const BIZ_KINDS = { email, chat_log: chat, support_ticket: ticket, crm_export: crm, hr_record: hr, medical_note: medical, bank_statement: bank, contacts_calendar: contacts, gedcom };
