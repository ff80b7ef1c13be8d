// Document kinds whose main content is personal data.
import { P, L, S } from './doc.mjs';
import { json, jfrag, yaml, csvRow, fixedTable, mdTable, bare } from './util.mjs';
import * as PII from './pii.mjs';
import { COUNTRIES, oneLine } from './places.mjs';
import { LOOK, isoTs } from './lookalikes.mjs';
import { LANGS } from './lang.mjs';
import { CULTURES } from './people.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');
const SUBJ = {
  en: ['Re: your order ', 'Fwd: delivery issue ', 'Invoice query ', 'Re: viewing on Saturday', 'Handover notes', 'Re: room booking '],
  de: ['AW: Ihre Bestellung ', 'WG: Rückruf ', 'Rechnung ', 'Termin nächste Woche', 'Übergabe'], fr: ['RE: votre commande ', 'TR: rappel ', 'Facture ', 'Rendez-vous'],
  es: ['RE: su pedido ', 'RV: devolución ', 'Factura ', 'Cita'], pt: ['RE: seu pedido ', 'Fatura ', 'Reunião'], it: ['R: ordine ', 'Fattura ', 'Appuntamento'],
  nl: ['RE: uw bestelling ', 'Factuur ', 'Afspraak'], pl: ['Odp: zamówienie ', 'Faktura ', 'Spotkanie'], sv: ['SV: beställning ', 'Faktura '], ru: ['Re: заказ ', 'Счёт ', 'Встреча'],
  uk: ['Re: замовлення ', 'Рахунок '], ja: ['Re: ご注文 ', '請求書 ', 'お打ち合わせの件'], zh: ['回复：订单 ', '发票 ', '会议安排'], ko: ['RE: 주문 ', '청구서 '], ar: ['رد: الطلب ', 'فاتورة '],
  he: ['תגובה: הזמנה ', 'חשבונית '], tr: ['YNT: sipariş ', 'Fatura '], el: ['RE: παραγγελία ', 'Τιμολόγιο '], hi: ['RE: ऑर्डर ', 'बिल '], vi: ['RE: đơn hàng ', 'Hóa đơn '], id: ['RE: pesanan ', 'Tagihan '],
};
const rfcDate = (r) => {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const y = r.int(2022, 2025), m = r.int(0, 11), d = r.int(1, 28);
  const wd = new Date(Date.UTC(y, m, d)).getUTCDay();
  return `${days[wd]}, ${d} ${mons[m]} ${y} ${pad(r.int(6, 22))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} ${r.pick(['+0000', '+0100', '+0200', '-0500', '+0900', '+0530'])}`;
};
const mailbox = (c, p, quoted) => {
  const r = c.r;
  const st = r.int(0, 3);
  if (st === 0) return [c.email(p)];
  if (st === 1 || !quoted) return [c.nm(p, 'full', true), ' <', c.email(p), '>'];
  return ['"', c.nm(p, r.chance(0.5) ? 'sorted' : 'full', true), '" <', c.email(p), '>'];
};

// ---------------------------------------------------------------- e-mail thread
export function email_thread(c) {
  const { r, d } = c;
  const a = c.person(), b = c.person();
  d.add('From: ', mailbox(c, a, true), '\n');
  d.add('To: ', mailbox(c, b, true));
  if (r.chance(0.5)) { const x = c.person(); d.add(', ', mailbox(c, x)); }
  d.add('\n');
  if (r.chance(0.4)) { const x = c.person(); d.add('Cc: ', mailbox(c, x, true), '\n'); }
  d.add('Date: ', L('timestamp', rfcDate(r)), '\n');
  d.add('Subject: ', r.pick(SUBJ[c.lang] || SUBJ.en));
  if (r.chance(0.5)) d.add(c.look(r.pick(['order_number', 'invoice_number', 'ticket_key'])));
  d.add('\n');
  if (r.chance(0.6)) d.add('Message-ID: <', c.look('uuid'), '@mail.', r.pick(['corp', 'shop', 'clinic']), '.example>\n');
  if (r.chance(0.3)) d.add('X-Originating-IP: [', c.r.chance(0.8) ? P('IP_ADDRESS', PII.ipPublic(r)) : P('IP_ADDRESS', PII.ipv6(r)), ']\n');
  d.add('\n', ...c.greet(b), '\n\n');
  for (let i = 0; i < c.n; i++) {
    const who = r.chance(0.5) ? a : c.person();
    d.add(...c.prose(null, who));
    d.add(r.chance(0.5) ? '\n\n' : ' ');
  }
  d.add('\n', ...c.signoff(a), '\n');
  if (r.chance(0.7)) {
    d.add('--\n', c.nm(a, 'full'));
    if (r.chance(0.6)) d.add(' | ', c.job());
    d.add('\n', c.company(), '\n');
    if (r.chance(0.7)) d.add(r.pick(['T ', 'Tel: ', 'M: ', '☎ ', 'Mob. ']), c.phone(a), '\n');
    if (r.chance(0.5)) d.add(...c.addrLine(c.countryOf(a)), '\n');
    if (r.chance(0.2)) d.add('<img src="', c.look('data_uri'), '" style="color:', c.look('hex_color'), '">\n');
  }
  if (r.chance(0.5)) {
    const qd = c.date();
    const wrote = { en: ['On ', qd, ', ', c.nm(b, 'full'), ' <', c.email(b), '> wrote:'], de: ['Am ', qd, ' schrieb ', c.nm(b, 'full'), ':'], fr: ['Le ', qd, ', ', c.nm(b, 'full'), ' a écrit :'], es: ['El ', qd, ', ', c.nm(b, 'full'), ' escribió:'] }[c.lang] || ['-----Original Message-----\nFrom: ', c.nm(b, 'full'), '\nSent: ', qd];
    d.add('\n', ...wrote, '\n');
    d.add('> ', ...c.prose(null, b), '\n> \n> ', ...c.signoff(b).map((x) => (x === '\n' ? '\n> ' : x)), '\n');
  }
}

// ---------------------------------------------------------------- chat export
const SHORT = {
  en: [['ok, thanks'], ['call me on ', 'T'], ['card is ', 'CARD', ' exp 09/27'], ['wifi pw: ', 'PW'], ['use my key for now: ', 'KEY'], ['my new email is ', 'E'], ["I'm in ", 'L', ' until ', 'W'], ['ping ', 'G', ' about it'], ['👍'], ['can you send it to ', 'E', '?'], ['lol'], ['on my way to ', 'V']],
  de: [['passt, danke'], ['Karte: ', 'CARD'], ['WLAN-Passwort ist ', 'PW'], ['ruf mich an: ', 'T'], ['schick es bitte an ', 'E'], ['bin bis ', 'W', ' in ', 'L'], ['frag mal ', 'G']],
  fr: [['ok merci'], ['appelle-moi au ', 'T'], ['envoie à ', 'E'], ['je suis à ', 'L', " jusqu'à ", 'W']],
  es: [['vale, gracias'], ['la tarjeta es ', 'CARD'], ['llámame al ', 'T'], ['mándalo a ', 'E'], ['estoy en ', 'L', ' hasta el ', 'W']],
  pt: [['blz, valeu'], ['me liga no ', 'T'], ['manda pro ', 'E']], ru: [['ок, спасибо'], ['позвони мне: ', 'T'], ['пришли на ', 'E']],
  ja: [['了解です'], ['電話ください：', 'T'], ['こちらに送ってください ', 'E']], zh: [['好的，谢谢'], ['打我电话 ', 'T'], ['发到 ', 'E']],
  ko: [['네 알겠습니다'], ['전화 주세요 ', 'T']], pl: [['ok, dzięki'], ['zadzwoń: ', 'T']], nl: [['top, dank je'], ['bel me even op ', 'T']], it: [['ok grazie'], ['chiamami al ', 'T']],
  tr: [['tamam, teşekkürler'], ['beni ara: ', 'T']], ar: [['تمام، شكراً'], ['اتصل بي على ', 'T']], he: [['סבבה, תודה'], ['תתקשר אליי ', 'T']],
};
function shortMsg(c, p) {
  const r = c.r;
  const t = r.pick(SHORT[c.lang] || SHORT.en);
  return t.map((x) => (x === 'CARD' ? PII.CARD(r) : x === 'PW' ? c.sec('WIFI_PSK') : x === 'KEY' ? c.secVal(c.secKind((k) => !k.pem && !k.url && !k.pw && !k.ctxOnly && k.e !== 'FLY_API_TOKEN')) : x === 'T' ? c.phone(p) : x === 'E' ? c.email(p) : x === 'L' ? c.city(c.countryOf(p)) : x === 'W' ? c.weekday() : x === 'G' ? c.nm(c.person(), 'given') : x === 'V' ? c.venue() : x));
}
export function chat_export(c) {
  const { r, d } = c;
  const people = [c.person(), c.person(), c.person()].slice(0, r.int(2, 3));
  const style = r.int(0, 3);
  const [y, mo, da] = [r.int(2022, 2025), r.int(1, 12), r.int(1, 28)];
  let hh = r.int(7, 20), mm = r.int(0, 50);
  const tick = () => { mm += r.int(0, 9); if (mm > 59) { mm -= 60; hh = (hh + 1) % 24; } return `${pad(hh)}:${pad(mm)}`; };
  if (style === 2) d.add('[\n');
  if (style === 3) d.add(`# ${r.pick(['#ops-handover', '#guest-services', '#dispatch', '#team-lisboa', 'DM'])}\n\n`);
  const names = people.map((p) => ({ p, disp: c.nm(p, r.pick(['full', 'given', 'full'])) }));
  for (let i = 0; i < c.n + 3; i++) {
    const w = r.pick(names);
    const body = r.chance(0.45) ? c.prose(null, r.chance(0.5) ? w.p : c.person()) : shortMsg(c, w.p);
    const nameSp = { ...w.disp };
    if (style === 0) d.add(L('timestamp', `${pad(da)}/${pad(mo)}/${y}, ${tick()}`), ' - ', nameSp, ': ', ...body, '\n');
    else if (style === 1) d.add('[', L('timestamp', tick()), '] <', nameSp, '> ', ...body, '\n');
    else if (style === 2) {
      d.add('  {"ts": "', L('timestamp', `${r.int(1640000000, 1760000000)}.${r.digits(6)}`), '", "user_name": "', nameSp, '", "text": "');
      d.add(...body.map((x) => (typeof x === 'string' ? x.replace(/"/g, '\\"') : x)));
      d.add('"}', i < c.n + 2 ? ',' : '', '\n');
    } else d.add('**', nameSp, '** · ', L('timestamp', tick()), '\n', ...body, '\n\n');
  }
  if (style === 2) d.add(']\n');
}

// ---------------------------------------------------------------- CRM export
export function crm_export(c) {
  const { r, d } = c;
  const F = c.L.f;
  const semi = ['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'ru'].includes(c.lang) && r.chance(0.7);
  const sep = semi ? ';' : r.chance(0.15) ? '\t' : ',';
  const variant = r.int(0, 2);
  const heads = variant === 0
    ? ['id', F.name, F.email, F.phone, F.address, F.country, 'created_at', 'owner']
    : variant === 1 ? ['Record ID', 'First Name', 'Last Name', 'Email', 'Mobile', 'City', 'Lifecycle Stage', 'Last Activity']
      : ['customer_id', 'full_name', 'email', 'phone', 'street', 'city', 'account_manager', 'notes'];
  csvRow(d, heads, sep);
  for (let i = 0; i < c.n + 2; i++) {
    const p = c.person();
    const cc = c.countryOf(p);
    const a = c.addr(cc);
    if (variant === 0) csvRow(d, [c.look('crm_id'), [c.nm(p, r.pick(['full', 'sorted', 'upper']), r.chance(0.6))], [c.email(p)], [c.phone(p)], oneLine({ lines: [a.lines[0]] }), [P('LOCATION', COUNTRIES[cc].en)], [c.look('timestamp')], [c.nm(c.person(), 'full')]], sep);
    else if (variant === 1) csvRow(d, [c.look('crm_id'), [c.nm(p, 'given', true)], [c.nm(p, 'family', true)], [c.email(p)], [c.phone(p, true)], [c.city(cc)], r.pick(['lead', 'customer', 'opportunity', 'Subscriber']), [c.look('date')]], sep);
    else csvRow(d, [c.look('crm_id'), [c.nm(p, 'full', r.chance(0.5))], [c.email(p)], [c.phone(p)], a.lines[0], [c.city(cc)], [c.nm(c.person(), 'initial')], r.chance(0.4) ? c.prose(null, p) : r.chance(0.4) ? [r.pick(['card on file ', 'old card ']), r.chance(0.5) ? PII.CARD(r) : c.look('invalid_card')] : [r.pick(['', 'VIP', 'do not call', 'prefers e-mail', 'bounced', 'no marketing'])]], sep);
  }
}

// ---------------------------------------------------------------- support ticket
export function support_ticket(c) {
  const { r, d } = c;
  const req = c.person(), asg = c.person();
  if (r.chance(0.5)) {
    const obj = {
      ticket: {
        id: bare(L('record_id', String(r.int(10000, 999999)))),
        url: jfrag('https://support.shop.test/api/v2/tickets/', c.look('ticket_key'), '.json'),
        created_at: c.look('timestamp'), subject: jfrag(r.pick(SUBJ[c.lang] || SUBJ.en), c.look('order_number')),
        status: r.pick(['open', 'pending', 'solved', 'hold']), priority: r.pick(['low', 'normal', 'high', 'urgent']),
        requester: { name: c.nm(req, 'full', true), email: c.email(req), phone: c.phone(req), locale: c.lang },
        assignee: { name: c.nm(asg, 'full'), email: c.email(asg, 'support.shop.test') },
        description: jfrag(...c.prose(null, req)),
        comments: Array.from({ length: Math.max(1, c.n - 2) }, () => ({ author: c.nm(r.chance(0.5) ? req : asg, 'full'), created_at: c.look('timestamp'), body: jfrag(...c.prose(null, r.chance(0.5) ? req : c.person())) })),
        tags: ['billing', r.pick(['vip', 'refund', 'shipping', 'gdpr'])],
        custom_fields: [{ id: bare(L('record_id', String(r.int(100000000, 999999999)))), value: c.look('order_number') }, { id: bare(L('record_id', String(r.int(100000000, 999999999)))), value: c.look('request_id') }],
      },
    };
    json(d, obj, 2);
    d.add('\n');
  } else {
    const F = c.L.f;
    d.add(`${r.pick(['Ticket', 'Case', 'Incident'])} `, c.look('ticket_key'), ' — ', r.pick(SUBJ[c.lang] || SUBJ.en).trim(), '\n');
    d.add('='.repeat(40), '\n');
    d.add(`${F.reporter}: `, c.nm(req, 'full'), ' (', c.email(req), ')\n');
    d.add(`${F.assignee}: `, c.nm(asg, r.pick(['full', 'initial'])), '\n');
    d.add(`${F.date}: `, c.look('timestamp'), '\n');
    d.add(`${F.phone}: `, c.phone(req), '\n\n');
    for (let i = 0; i < c.n; i++) {
      const who = r.chance(0.5) ? req : asg;
      d.add('### ', c.nm(who, 'full'), ' — ', c.look('timestamp'), '\n', ...c.prose(null, r.chance(0.6) ? req : c.person()), '\n\n');
    }
    if (r.chance(0.5)) d.add('> ', r.pick(['Customer pasted their API key in the chat: ', 'Requester attached credentials: ', 'Kunde hat den Schlüssel gemailt: ']), c.secVal(c.secKind((k) => !k.pem && !k.url && !k.ctxOnly && k.e !== 'FLY_API_TOKEN')), '\n');
    if (r.chance(0.4)) d.add('> ', r.pick(['Card used: ', 'Karte: ', 'Carte : ']), PII.CARD(r), ' — ', r.pick(['please refund', 'chargeback open', 'Rückbuchung']), '\n');
    d.add('Ref: ', c.look('phone_like_number'), '\n');
  }
}

// ---------------------------------------------------------------- HR record
export function hr_record(c) {
  const { r, d } = c;
  const p = c.person();
  const us = r.chance(0.5);
  const F = c.L.f;
  const mgr = c.person(), em = c.person();
  const cc = us ? 'US' : c.countryOf(p);
  const a = c.addr(cc);
  const fields = [
    [F.name, [c.nm(p, 'full')]], ['Employee ID', [c.look('crm_id')]], [F.dob, [c.dob()]],
    [F.address, oneLine(a)], [F.mobile, [c.phone(us ? 'US' : p)]], [F.email, [c.email(p, r.pick(['mail.example', 'post.example', 'gmail.test']))]],
    ['Title', [c.job()]], ['Manager', [c.nm(mgr, 'full')]], ['Start date', [c.date()]], ['Salary', [c.money()]],
  ];
  if (us) {
    fields.push(['SSN', [PII.SSN(r)]]);
    if (r.chance(0.3)) fields.push(['ITIN (spouse)', [PII.ITIN(r)]]);
    fields.push(['Direct deposit', ['Routing ', PII.abaRouting(r), ' / Acct ', PII.BANKNO(r)]]);
    if (r.chance(0.5)) { const dl = PII.DRIVER(r); fields.push(["Driver's license", [dl.span, ` (${dl.state})`]]); }
    if (r.chance(0.4)) fields.push(['Passport', [PII.PASSPORT(r)]]);
  } else {
    fields.push(['IBAN', [PII.IBAN(r, r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'AT', 'BE', 'PL', 'PT', 'SE', 'IE', 'GB']))]]);
    fields.push(['BIC', [c.look('bic')]]);
  }
  fields.push([F.emergency, [c.nm(em, 'full'), ' (', r.pick(['spouse', 'mother', 'partner', 'brother', 'friend']), ') ', c.phone(em)]]);
  const st = r.int(0, 2);
  if (st === 0) {
    d.add('# ', r.pick(['Personnel file', 'Personalakte', 'Dossier salarié', 'Employee profile']), '\n\n');
    for (const [k, v] of fields) d.add('- **', k, ':** ', ...v, '\n');
  } else if (st === 1) {
    const w = Math.max(...fields.map(([k]) => k.length)) + 2;
    for (const [k, v] of fields) d.add(k, ':', ' '.repeat(w - k.length), ...v, '\n');
  } else {
    d.add('employee:\n');
    for (const [k, v] of fields) d.add('  ', k.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'field', ': "', ...v, '"\n');
  }
  d.add('\n', ...c.prose(null, p), '\n');
}

// ---------------------------------------------------------------- medical note
const UK_PT = ['en_GB', 'gd_SC', 'ga_IE', 'bn_BD', 'hi_IN', 'yo_NG', 'pl_PL', 'en_GB', 'ur_PK', 'ro_RO', 'it_IT', 'zh_pinyin'];
export function medical_note(c) {
  const { r, d } = c;
  c.setLang('en');
  const ukPerson = () => c.person(r.pick(UK_PT.filter((x) => x !== 'ur_PK')));
  const pt = ukPerson();
  const doc = c.person(), gp = c.person();
  const v = r.weighted([[3, 'letter'], [3, 'list'], [3, 'rx'], [2, 'cslog']]);
  if (v === 'letter') {
    d.add(r.pick(['DISCHARGE SUMMARY', 'Clinic letter', 'Referral — Outpatients']), '\n');
    d.add('Patient: ', c.nm(pt, r.pick(['upper', 'full', 'sorted'])), '    DOB: ', c.dob(), '\n');
    d.add('NHS No: ', PII.NHS(r), r.chance(0.3) ? ['   (old record: ', c.look('invalid_nhs'), ')'] : '', '\n');
    d.add('Address: ', ...c.addrLine('GB'), '\n');
    d.add('GP: Dr ', c.nm(gp, 'family'), ', ', L('company_name', r.pick(['Riverside Medical Centre', 'Hollybush Surgery', 'Park Lane Practice'])), ' — ', c.phone('GB'), '\n\n');
    d.add('Dear Dr ', c.nm(gp, 'family'), ',\n\n');
    d.add('I reviewed ', c.nm(pt, 'given'), ' on ', c.date(), ' at ', P('LOCATION', r.pick(["St Luke's Hospital", 'Royal Infirmary', 'Western General'])), '. ');
    d.add(r.pick(['Symptoms have settled on the new dose. ', 'Bloods unremarkable apart from mild anaemia. ', 'Wound healing well; sutures out in 10 days. ']));
    d.add('Next of kin: ', c.nm(c.person('en_GB'), 'full'), ', ', c.phone('GB'), '.\n\n');
    for (let i = 0; i < Math.min(3, c.n - 2); i++) d.add('- ', r.pick(['Ramipril 2.5 mg OD', 'Metformin 500 mg BD', 'Co-codamol 30/500 PRN', 'Omeprazole 20 mg OD']), '\n');
    d.add('\nYours sincerely,\n\nDr ', c.nm(doc, 'full'), '\n', c.job(), '\n');
  } else if (v === 'list') {
    d.add(r.pick(['Clinic list', 'Vaccination session', 'Phlebotomy bookings', 'Community nursing round']), ' — ', c.date(), ' — ', P('LOCATION', r.pick(['Hollybush Surgery, Leeds', 'Ward 7B', 'Riverside Health Centre', 'Kemptown Clinic'])), '\n\n');
    const rows = [];
    for (let i = 0; i < c.n + 1; i++) {
      const p = ukPerson();
      rows.push([[L('timestamp', `${String(r.int(8, 16)).padStart(2, '0')}:${r.pick(['00', '10', '20', '30', '40', '50'])}`)], [c.nm(p, r.pick(['upper', 'sorted', 'full']))], [PII.NHS(r)], [c.phone('GB')], [r.pick(['flu jab', 'B12', 'bloods', 'dressing', 'review', 'ECG'])]]);
    }
    if (r.chance(0.5)) fixedTable(d, ['Time', 'Patient', 'NHS number', 'Contact', 'Reason'], rows, 2);
    else mdTable(d, ['Time', 'Patient', 'NHS number', 'Contact', 'Reason'], rows);
    d.add('\nClinician: ', c.nm(doc, 'full'), '  (', c.job(), ')\n');
  } else if (v === 'rx') {
    const pres = c.person('en_US');
    d.add(r.pick(['PRESCRIPTION RECORD', 'Rx — e-prescribe audit', 'Pharmacy intake']), '\n');
    d.add('Prescriber: ', c.nm(pres, 'full'), ', MD   DEA: ', PII.DEA(r, (pres.familyL || 'X')[0].toUpperCase()), '   NPI: ', L('npi_number', `1${r.digits(9)}`), '\n');
    d.add('Clinic: ', ...c.addrLine('US'), '   Tel ', c.phone('US'), '\n');
    d.add('Patient: ', c.nm(pt, 'sorted'), '   DOB ', c.dob(), '\n');
    d.add('Patient address: ', ...c.addrLine('US'), '\n');
    d.add('Insurance member ID: ', c.look('crm_id'), '\n');
    if (r.chance(0.5)) d.add('Patient SSN (billing): ', PII.SSN(r), '\n');
    d.add('\n');
    for (let i = 0; i < Math.min(3, c.n - 2); i++) d.add(`${i + 1}. `, r.pick(['Oxycodone 5 mg, #20, no refills', 'Amoxicillin 875 mg BID x10d', 'Lisinopril 10 mg daily, 90 days', 'Adderall XR 20 mg, #30']), '\n');
    d.add('\nFilled ', c.look('timestamp'), ' by ', c.nm(c.person(), 'initial'), ', PharmD. Co-signer DEA ', PII.DEA(r), '\n');
    if (r.chance(0.5)) d.add('Note: previous DEA on file ', c.look('invalid_dea'), ' rejected.\n');
  } else {
    d.add('CONTROLLED SUBSTANCE LOG — ', P('LOCATION', r.pick(['Walgreens #4471, Macon', 'Rite Aid, Lowell', 'Main Street Pharmacy, Bozeman', 'CVS, El Paso'])), '\n\n');
    const rows = [];
    for (let i = 0; i < c.n; i++) {
      const pr = c.person(r.pick(['en_US', 'es_MX', 'en_IN', 'zh_pinyin', 'vi_VN', 'ko_KR']));
      const ptx = c.person(r.pick(['en_US', 'es_MX', 'haw_US', 'tl_PH']));
      rows.push([[c.look('date', 'en')], [c.nm(pr, 'sorted')], [PII.DEA(r, (pr.familyL || 'X').replace(/^(bin|binti|al|el|van|de) /i, '')[0].toUpperCase())], [c.nm(ptx, 'initial')], [r.pick(['Oxycodone 10mg #30', 'Hydrocodone/APAP 5/325 #20', 'Alprazolam 0.5mg #60', 'Methylphenidate 18mg #30'])]]);
    }
    fixedTable(d, ['Date', 'Prescriber', 'DEA', 'Patient', 'Drug/Qty'], rows, 2);
    if (r.chance(0.6)) d.add('\nRejected: DEA ', c.look('invalid_dea'), ' failed checksum; called office at ', c.phone('US'), '.\n');
  }
}

// ---------------------------------------------------------------- bank statement
const BANK_WORDS = {
  de: { title: 'Kontoauszug', holder: 'Kontoinhaber', tx: ['Gutschrift von', 'Lastschrift', 'Überweisung an', 'Kartenzahlung'], memo: ['Miete', 'Geburtstag', 'Nebenkosten', 'Danke!'] },
  fr: { title: 'Relevé de compte', holder: 'Titulaire', tx: ['Virement de', 'Prélèvement', 'Virement à', 'Paiement carte'], memo: ['loyer', 'remboursement resto', 'cadeau'] },
  es: { title: 'Extracto de cuenta', holder: 'Titular', tx: ['Transferencia de', 'Recibo', 'Bizum a', 'Pago con tarjeta'], memo: ['alquiler', 'cena', 'lotería'] },
  nl: { title: 'Rekeningafschrift', holder: 'Rekeninghouder', tx: ['Overboeking van', 'Incasso', 'Tikkie aan', 'Betaalautomaat'], memo: ['huur', 'etentje', 'verjaardag'] },
  it: { title: 'Estratto conto', holder: 'Intestatario', tx: ['Bonifico da', 'Addebito SDD', 'Bonifico a', 'Pagamento POS'], memo: ['affitto', 'cena', 'regalo'] },
  en: { title: 'Statement of account', holder: 'Account holder', tx: ['Faster Payment from', 'Direct Debit', 'Transfer to', 'Card purchase'], memo: ['rent', 'dinner', 'thanks mate'] },
  pl: { title: 'Wyciąg z rachunku', holder: 'Właściciel', tx: ['Przelew od', 'Polecenie zapłaty', 'Przelew do', 'Płatność kartą'], memo: ['czynsz', 'za obiad', 'prezent'] },
};
export function bank_statement(c) {
  const { r, d } = c;
  const W = BANK_WORDS[c.lang] || BANK_WORDS.en;
  const cc = { de: 'DE', fr: 'FR', es: 'ES', nl: 'NL', it: 'IT', pl: 'PL', en: r.pick(['GB', 'IE']) }[c.lang] || 'DE';
  const holder = c.person();
  d.add(W.title, ' ', r.int(1, 12), '/', r.int(2022, 2025), '\n');
  d.add(W.holder, ': ', c.nm(holder, 'full'), '\n', ...c.addrLine(cc, '\n'), '\n');
  d.add('IBAN: ', PII.IBAN(r, cc, true), '   BIC: ', c.look('bic'), '\n\n');
  const rows = [];
  for (let i = 0; i < c.n + 2; i++) {
    const t = r.pick(W.tx);
    const other = c.person();
    const cp = r.int(0, 3);
    let desc;
    if (cp === 0) desc = [r.pick([W.tx[0], W.tx[2]]), ' ', c.nm(other, 'upper'), ' ', PII.IBAN(r, r.pick(['DE', 'FR', 'ES', 'NL', 'IT', 'BE', 'AT', 'LU', 'CH']), false)];
    else if (cp === 1) desc = [W.tx[1], ' ', c.company(), ' ', r.chance(0.5) ? c.look('invoice_number') : c.look('phone_like_number')];
    else if (cp === 2) desc = [W.tx[3], ' ', c.look('masked_card'), ' ', P('LOCATION', r.pick(COUNTRIES[cc].cities)[0])];
    else desc = [r.pick([W.tx[0], W.tx[2]]), ' ', c.nm(other, 'full'), r.chance(0.5) ? [' — ', r.pick(W.memo)] : ''];
    rows.push([[c.date()], desc, [c.money()]]);
  }
  if (r.chance(0.5)) fixedTable(d, [c.L.f.date, 'Text', c.L.f.amount], rows, 3);
  else mdTable(d, [c.L.f.date, 'Text', c.L.f.amount], rows);
  if (r.chance(0.4)) d.add('\n', r.pick(['Hinweis: ', 'Note: ', 'NB: ']), 'IBAN ', c.look('invalid_iban'), ' wurde abgelehnt / rejected.\n');
}

// ---------------------------------------------------------------- hotel guest list
export function hotel_guests(c) {
  const { r, d } = c;
  d.add(c.h('arrivals'), ' — ', c.date(), ' — ', c.venue(), '\n\n');
  const rows = [];
  for (let i = 0; i < c.n + 2; i++) {
    const g = c.person();
    const cc = c.countryOf(g);
    const usGuest = cc === 'US' || r.chance(0.2);
    rows.push([[String(r.int(101, 1520))], [c.nm(g, r.pick(['upper', 'sorted', 'full']), r.chance(0.3))], [P('LOCATION', usGuest ? r.pick(['USA', 'United States']) : COUNTRIES[cc].en)],
      usGuest ? [PII.PASSPORT(r)] : ['—'], [c.phone(g, true)], [c.look('booking_reference')], r.chance(0.55) ? [PII.CARD(r)] : [c.look(r.chance(0.8) ? 'masked_card' : 'vendor_test_card')], [r.pick(['late arrival', 'airport pickup', 'anniversary', 'allergic: nuts', '', 'VIP'])]]);
  }
  if (r.chance(0.5)) fixedTable(d, [c.h('room'), c.L.f.guest, c.h('nationality'), 'US passport', c.L.f.phone, 'Conf.', c.h('guarantee'), c.L.f.notes], rows, 2);
  else rows.forEach((x) => csvRow(d, x, ';'));
  d.add('\n', ...c.prose(), '\n');
}

// ---------------------------------------------------------------- school roster
export function school_roster(c) {
  const { r, d } = c;
  const F = c.L.f;
  const teacher = c.person();
  d.add(c.h('classList'), ' ', r.int(1, 12), r.pick(['A', 'B', 'c', '']), ' — ', c.nm(teacher, 'full'), '\n\n');
  const rows = [];
  for (let i = 0; i < c.n + 3; i++) {
    const s = c.person(), gdn = c.person(s.culture);
    const cu = CULTURES[s.culture];
    if (!cu.gendered && !cu.patronymicIs && !cu.binBinti && gdn.family) { gdn.family = s.family; gdn.familyL = s.familyL; }
    rows.push([[c.nm(s, r.pick(['sorted', 'full', 'given']))], [c.nm(gdn, 'full')], [c.phone(gdn)], [c.email(gdn)], [r.pick(['', 'asthma', 'bus 4', 'pickup by grandparent', 'lactose', 'Sprachförderung'])]]);
  }
  if (r.chance(0.5)) mdTable(d, [F.student, c.h('guardian'), F.phone, F.email, F.notes], rows);
  else fixedTable(d, [F.student, c.h('guardian'), F.phone, F.email, F.notes], rows, 2, '=');
  d.add('\n', ...c.prose(null, teacher), '\n');
}

// ---------------------------------------------------------------- delivery manifest
export function delivery_manifest(c) {
  const { r, d } = c;
  const drv = c.person();
  const cc = r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'US', 'PL', 'IT', 'AU', 'BR', 'MX', 'JP']);
  d.add(c.h('route'), ' ', c.look('build_number'), '   ', c.L.f.driver, ': ', c.nm(drv, 'full'), '  ', c.phone(cc), '\n');
  d.add(c.h('depot'), ': ', c.city(cc), '   ', c.h('vehicle'), ': ', `${r.upper(2)}-${r.upper(2)} ${r.int(100, 9999)}`, '\n\n');
  for (let i = 0; i < c.n + 1; i++) {
    const p = c.person();
    const a = c.addr(cc);
    d.add(`${pad(i + 1)}  `, c.look('tracking_number'), '  ', L('timestamp', `${pad(r.int(7, 18))}:${pad(r.int(0, 5) * 10)}`), '\n');
    d.add('    ', c.nm(p, r.pick(['full', 'upper', 'initial'])), '\n');
    for (const ln of a.lines) d.add('    ', ...ln, '\n');
    if (r.chance(0.7)) d.add('    ', r.pick(['tel ', '☎ ', 'Tel. ', 'ph: ']), c.phone(p), '\n');
    if (r.chance(0.4)) d.add('    GPS ', c.look('coordinates'), '\n');
    if (r.chance(0.4)) d.add('    ', c.h('customerNo'), ' ', c.look('phone_like_number'), '\n');
    if (r.chance(0.4)) d.add('    ', c.L.f.notes, ': ', c.h('leaveWith'), ' ', c.nm(c.person(), 'family'), '\n');
  }
}

// ---------------------------------------------------------------- tenant ledger
export function tenant_ledger(c) {
  const { r, d } = c;
  const us = r.chance(0.4);
  const cc = us ? 'US' : r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB', 'AT', 'BE']);
  const a = c.addr(cc);
  d.add(c.h('rentRoll'), ': ', ...oneLine(a), '\n');
  d.add(c.h('manager'), ': ', c.nm(c.person(), 'full'), ' · ', c.company(), '\n');
  d.add(c.h('meterNo'), ' ', c.look('phone_like_number'), ' · ', c.look('coordinates'), '\n\n');
  const rows = [];
  for (let i = 0; i < c.n + 1; i++) {
    const t = c.person();
    rows.push([[`${r.pick(['Apt ', 'WE ', 'Lot ', '#'])}${r.int(1, 40)}`], [c.nm(t, r.pick(['full', 'sorted']))], [c.phone(t)], [c.email(t)], [us ? L('price', `$${r.int(900, 4800)}.00`) : c.money()], [us ? PII.BANKNO(r) : PII.IBAN(r, cc === 'GB' ? 'GB' : cc, r.chance(0.5))], [c.date()]]);
  }
  mdTable(d, [c.h('unit'), c.L.f.tenant, c.L.f.phone, c.L.f.email, c.h('rent'), us ? 'ACH acct' : 'IBAN', c.h('since')], rows);
  d.add('\n', ...c.prose(), '\n');
}

// ---------------------------------------------------------------- git log
export function git_log(c) {
  const { r, d } = c;
  const st = r.int(0, 2);
  if (st === 2) {
    d.add('$ git shortlog -sne --since="', c.look('date', 'en'), '"\n');
    for (let i = 0; i < c.n + 4; i++) { const p = c.person(); d.add(String(r.int(1, 400)).padStart(6), '\t', c.nm(p, 'full', true), ' <', c.email(p, r.pick(['corp.example', 'users.noreply.git.corp.example', 'mail.example'])), '>\n'); }
    return;
  }
  for (let i = 0; i < c.n; i++) {
    const a = c.person();
    d.add('commit ', L('git_sha', r.hex(40)), r.chance(0.2) ? [' (HEAD -> ', r.pick(['main', 'develop', 'feature/crm-export']), ')'] : '', '\n');
    if (r.chance(0.15)) d.add('Merge: ', L('git_sha', r.hex(7)), ' ', L('git_sha', r.hex(7)), '\n');
    d.add('Author: ', c.nm(a, 'full', true), ' <', c.email(a, r.pick(['corp.example', 'mail.example', 'users.noreply.git.corp.example'])), '>\n');
    d.add('Date:   ', L('timestamp', `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${r.int(1, 28)} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} ${r.int(2022, 2025)} ${r.pick(['+0100', '+0200', '-0700', '+0900', '+0530'])}`), '\n\n');
    d.add('    ', r.pick(['Fix address formatting for ', 'Add contact import for ', 'Update fixtures from ', 'Revert change requested by ']), r.chance(0.5) ? c.city() : c.nm(c.person(), 'full'), '\n');
    if (r.chance(0.5)) d.add('\n    ', r.pick(['Reported-by: ', 'Co-authored-by: ', 'Signed-off-by: ', 'Reviewed-by: ']), ...(() => { const x = c.person(); return [c.nm(x, 'full', true), ' <', c.email(x), '>']; })(), '\n');
    if (r.chance(0.3)) d.add('    Refs: ', c.look('ticket_key'), ', bumps ', L('version', LOOK.version(r)), '\n');
    d.add('\n');
  }
}

// ---------------------------------------------------------------- meeting minutes
export function meeting_minutes(c) {
  const { r, d } = c;
  const att = Array.from({ length: r.int(3, 6) }, () => c.person());
  d.add('# ', c.h('minutes'), ' — ', c.date(), '\n\n');
  d.add('**', c.h('attendees'), ':** ');
  att.forEach((p, i) => { d.add(i ? ', ' : '', c.nm(p, r.pick(['full', 'initial', 'given']))); if (r.chance(0.3)) d.add(' (', c.job(), ')'); });
  d.add('\n**', c.h('location'), ':** ', c.venue(), ', ', c.city(), '\n\n## ', c.h('notes'), '\n\n');
  for (let i = 0; i < Math.max(2, c.n - 2); i++) d.add('- ', ...c.prose(null, r.pick(att)), '\n');
  d.add('\n## ', c.h('actions'), '\n\n');
  for (let i = 0; i < Math.max(2, c.n - 3); i++) {
    const p = r.pick(att);
    d.add('- [', r.pick([' ', 'x']), '] @', P('PERSON', `${(p.givenL.split(' ')[0]).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}.${(p.familyL || 'x').split(' ').pop().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '') || 'x'}`, { culture: p.culture, script: 'Latin' }), ' — ', r.pick(['call back ', 'send contract to ', 'book ', 'chase invoice with ']), r.chance(0.5) ? c.nm(c.person(), 'full') : c.venue(), ' by ', c.weekday(), '\n');
  }
}

// ---------------------------------------------------------------- prose article / newsletter
export function prose_article(c) {
  const { r, d } = c;
  d.add(r.pick(['## ', '', '### ']), c.h('news'), '\n\n');
  for (let i = 0; i < c.n; i++) {
    const sents = r.int(2, 4);
    for (let j = 0; j < sents; j++) d.add(...c.prose(), ' ');
    d.add('\n\n');
  }
  if (r.chance(0.5)) d.add(c.h('contact'), ': ', ...(() => { const p = c.person(); return [c.nm(p, 'full'), ', ', c.email(p), ', ', c.phone(p)]; })(), '\n');
}

// ---------------------------------------------------------------- access log
export function access_log(c) {
  const { r, d } = c;
  c.setLang('en');
  const st = r.int(0, 2);
  const mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  for (let i = 0; i < c.n + 5; i++) {
    const ip = PII.IP(r);
    const path = r.pick(['/api/v1/orders', '/login', '/account/settings', '/static/app.js', '/api/v2/customers/search', '/checkout/confirm', '/healthz']);
    if (st === 0) {
      d.add(ip, ' - ', r.chance(0.3) ? c.email(c.person()) : '-', ' [', L('timestamp', `${pad(r.int(1, 28))}/${r.pick(mons)}/${r.int(2023, 2025)}:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0000`), '] "', r.pick(['GET', 'POST', 'PUT']), ' ', path, r.chance(0.3) ? ['?ref=', L('order_number', `ORD-${r.int(2021, 2025)}-${r.digits(6)}`)] : '', ' HTTP/1.1" ', String(r.pick([200, 200, 201, 302, 401, 404, 500])), ' ', String(r.int(200, 90000)), ' "-" "', r.pick(['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.5.0', 'okhttp/4.12.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)']), '"\n');
    } else if (st === 1) {
      const p = c.person();
      json(d, { ts: c.look('timestamp'), level: r.pick(['info', 'warn', 'error']), msg: r.pick(['login ok', 'password reset requested', 'profile updated', 'payment declined']), client_ip: ip, user: { email: c.email(p), name: c.nm(p, 'full', true) }, request_id: c.look('request_id'), trace_id: c.look('trace_id') }, 0, 0, true);
      d.add('\n');
    } else {
      d.add(L('timestamp', isoTs(r)), ' ', r.pick(['INFO ', 'WARN ', 'DEBUG']), ' [', c.look('request_id'), '] ', r.pick(['auth: failed login for ', 'mailer: sent receipt to ', 'sso: session created for ']), c.email(c.person()), ' from ', ip, '\n');
    }
  }
}

// ---------------------------------------------------------------- invoice
export function invoice(c) {
  const { r, d } = c;
  const buyer = c.person();
  const cc = c.countryOf(buyer);
  const IT = { de: ['Wartung', 'Beratung (Std.)', 'Versand'], fr: ['Abonnement annuel', 'Maintenance', 'Livraison'], es: ['Licencia', 'Soporte técnico', 'Envío'], it: ['Canone annuo', 'Assistenza', 'Spedizione'], nl: ['Onderhoud', 'Licentie', 'Verzendkosten'], pl: ['Abonament', 'Serwis', 'Wysyłka'], en: ['Consulting hours', 'Annual licence', 'Shipping'] }[c.lang] || ['Consulting hours', 'Annual licence', 'Shipping'];
  d.add(c.company(), '\n', { de: 'USt-IdNr. ', fr: 'N° TVA ', es: 'NIF ', it: 'P.IVA ', nl: 'Btw-nr. ', pl: 'NIP ' }[c.lang] || 'VAT ', c.look('vat_id'), '\n\n');
  d.add(c.h('invoice'), ' ', c.look('invoice_number'), '   ', c.date(), '\n');
  d.add(c.h('customerNo'), ' ', c.look('phone_like_number'), '\n\n');
  d.add(c.h('billTo'), ':\n', c.nm(buyer, 'full'), '\n');
  for (const ln of c.addr(cc).lines) d.add(...ln, '\n');
  d.add('\n');
  const rows = [];
  for (let i = 0; i < Math.max(2, c.n - 2); i++) rows.push(r.chance(0.25) ? [[c.look('isbn')], ['Book'], ['1'], [c.money()]] : r.chance(0.3) ? [[c.look('sku')], ['Device S/N ', c.look('serial_number')], ['1'], [c.money()]] : [[c.look('sku')], [r.pick(IT)], [String(r.int(1, 20))], [c.money()]]);
  fixedTable(d, ['SKU', 'Item', 'Qty', 'Total'], rows, 3);
  d.add('\n');
  const pay = r.int(0, 3);
  if (pay === 0) d.add('Paid by card ', PII.CARD(r), ' (', c.nm(buyer, 'upper'), ')\n');
  else if (pay === 1 && r.chance(0.3)) d.add('Card ', PII.CARD(r), ' declined; earlier attempt with ', c.look('invalid_card'), ' failed validation.\n');
  else if (pay === 1) d.add('Please transfer to IBAN ', PII.IBAN(r, r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'LU'])), ', BIC ', c.look('bic'), '\n');
  else if (pay === 2) d.add('Paid in BTC to ', PII.BTC(r), ' — tx ', L('hash', r.hex(64)), '\n');
  else d.add('Paid by card ', c.look('masked_card'), '; test charge on ', c.look('vendor_test_card'), ' voided.\n');
  d.add(c.h('questions'), ' ', ...(() => { const p = c.person(); return [c.nm(p, 'full'), ' ', c.phone(p), ' / ', c.email(p, 'billing.shop.test')]; })(), '\n');
}

// ---------------------------------------------------------------- payment API response
export function payment_api(c) {
  const { r, d } = c;
  c.setLang('en');
  const p = c.person();
  const cc = c.countryOf(p);
  const a = c.addr(cc);
  const card = PII.cardNumber(r);
  const obj = {
    id: jfrag('pay_', L('request_id', r.alnum(24))), object: 'payment', created: bare(L('timestamp', String(r.int(1640000000, 1760000000)))), amount: bare(L('price', String(r.int(100, 99999)))), currency: r.pick(['eur', 'usd', 'gbp', 'brl', 'jpy']),
    customer: { id: c.look('crm_id'), name: c.nm(p, 'full', true), email: c.email(p), phone: c.phone(p, true),
      address: { line1: a.lines[0].find((x) => x && x.span) || c.addrLine(cc)[0], city: c.city(cc), country: cc } },
    payment_method: r.chance(0.7) ? { type: 'card', card: { brand: card.net, number: P('CREDIT_CARD', card.num), exp_month: r.int(1, 12), exp_year: r.int(2026, 2031), fingerprint: L('hash', r.alnum(16)) } }
      : { type: 'sepa_debit', sepa_debit: { iban: P('IBAN_CODE', PII.ibanRaw(r, r.pick(['DE', 'FR', 'NL', 'AT', 'BE', 'ES']))), mandate: c.look('uuid') } },
    metadata: { order: c.look('order_number'), crypto_refund_address: r.chance(0.5) ? PII.BTC(r) : null, ip: PII.IP(r, 'pub') },
    livemode: true, test_clock: null,
  };
  if (r.chance(0.6)) obj.previous_attempts = [{ card: c.look('invalid_card'), error: 'incorrect_number' }, { card: c.look('vendor_test_card'), error: 'test_card_in_live_mode' }];
  d.add(r.pick(['HTTP/1.1 200 OK\ncontent-type: application/json\nrequest-id: ', '< HTTP/2 200\n< x-request-id: ']), c.look('request_id'), '\n\n');
  json(d, obj, 2);
  d.add('\n');
}

// ---------------------------------------------------------------- insurance claim (US)
export function insurance_claim(c) {
  const { r, d } = c;
  c.setLang('en');
  const cl = c.person(r.pick(['en_US', 'es_MX', 'zh_pinyin', 'haw_US', 'en_US', 'vi_VN', 'ko_KR']));
  const dl = PII.DRIVER(r);
  d.add(r.pick(['FIRST NOTICE OF LOSS', 'Auto claim intake', 'Claim summary']), ' — claim ', c.look('order_number'), '\n\n');
  d.add('Insured: ', c.nm(cl, 'full'), '\nSSN: ', r.chance(0.8) ? PII.SSN(r) : PII.ITIN(r), '\n');
  d.add("Driver's license: ", dl.span, ' (', dl.state, ')\n');
  d.add('Home: ', ...c.addrLine('US'), '\n');
  d.add('Phone: ', c.phone('US'), '   Alt: ', c.phone('US'), '\n');
  d.add('Email: ', c.email(cl), '\n');
  d.add('Loss date: ', c.look('date', 'en'), '   Location: ', P('LOCATION', r.pick(['I-5 near exit 127', 'corner of Elm St and 3rd Ave', 'Costco parking lot, Fresno', 'Route 9 at Millbrook'])), '\n\n');
  d.add('Narrative: ', ...c.prose(c.r.pick(LANGS.en.prose), cl), ' ');
  const w = c.person('en_US');
  d.add('Witness ', c.nm(w, 'full'), ' (', c.phone('US'), ') confirmed the other vehicle ran the light.\n');
  if (r.chance(0.5)) d.add('Refund to account ', PII.BANKNO(r), ', routing ', PII.abaRouting(r), '.\n');
  if (r.chance(0.4)) d.add('Rejected SSN on prior form: ', c.look('invalid_ssn'), '\n');
}

// ---------------------------------------------------------------- tax form (W-9 style)
export function tax_form(c) {
  const { r, d } = c;
  c.setLang('en');
  const p = c.person(r.pick(['en_US', 'es_MX', 'hi_IN', 'zh_pinyin', 'pt_BR', 'en_US', 'tl_PH']));
  const itin = r.chance(0.45);
  d.add(...r.pick([['Form W-9 (Rev. ', L('date', r.pick(['March 2024', 'October 2018'])), ') — scanned text'], ['Request for Taxpayer Identification Number'], ['VENDOR ONBOARDING — TAX INFO']]), '\n\n');
  d.add('1 Name (as shown on your income tax return): ', c.nm(p, 'full'), '\n');
  d.add('2 Business name: ', c.company(), '\n');
  d.add('5 Address: ', ...c.addr('US').lines[0], '\n6 City, state, ZIP: ', ...(c.addr('US').lines[1] || [c.city('US')]), '\n');
  d.add('Part I  ', itin ? 'ITIN: ' : 'Social security number: ', itin ? PII.ITIN(r) : PII.SSN(r), '\n');
  d.add('Employer identification number: ', L('employer_id', `${r.int(10, 99)}-${r.digits(7)}`), '\n\n');
  d.add('ACH details — bank account ', PII.BANKNO(r), '  routing ', PII.abaRouting(r), '  (', r.pick(['checking', 'savings']), ')\n');
  if (r.chance(0.6)) {
    d.add('\nDependents:\n');
    for (let i = 0; i < r.int(1, 3); i++) { const dp = c.person(p.culture); dp.family = p.family; dp.familyL = p.familyL; d.add('  - ', c.nm(dp, 'full'), ', ', r.pick(['ITIN ', 'TIN ']), PII.ITIN(r), '\n'); }
  }
  d.add('Signature: /s/ ', c.nm(p, 'full'), '   Date: ', c.look('date', 'en'), '\n');
  d.add('Contact: ', c.email(p), ', ', c.phone('US'), '\n');
  if (r.chance(0.5)) d.add('\nReviewer note (', c.nm(c.person('en_US'), 'initial'), '): TIN matches IRS record; earlier entry ', c.look('invalid_ssn'), ' was a typo.\n');
}

// ---------------------------------------------------------------- event registrations
export function event_registrations(c) {
  const { r, d } = c;
  d.add(c.h('registrations'), ': ', r.pick(['DevDays', 'Sommerfest', 'Forum RH', 'Jornada de Puertas Abiertas', 'Meetup']), ' @ ', c.venue(), ', ', c.city(), ' — ', c.date(), '\n');
  if (r.chance(0.5)) d.add('📍 ', c.look('coordinates'), '\n');
  d.add('\n');
  const rows = [];
  for (let i = 0; i < c.n + 2; i++) {
    const p = c.person();
    rows.push([[c.nm(p, 'full')], [c.email(p)], [c.phone(p)], [c.company()], [r.pick(['vegan', 'vegetarian', 'halal', '—', 'gluten-free', 'kosher'])], [c.look('order_number')]]);
  }
  if (r.chance(0.5)) mdTable(d, ['Name', 'Email', 'Phone', 'Company', 'Diet', 'Ticket'], rows);
  else { csvRow(d, ['name', 'email', 'phone', 'company', 'diet', 'ticket']); rows.forEach((x) => csvRow(d, x)); }
}

// ---------------------------------------------------------------- vCard
export function vcard(c) {
  const { r, d } = c;
  for (let i = 0; i < Math.max(2, c.n - 3); i++) {
    const p = c.person();
    const cc = c.countryOf(p);
    const a = c.addr(cc);
    const spans = a.lines.flat().filter((x) => x && x.span);
    d.add('BEGIN:VCARD\nVERSION:', r.pick(['3.0', '4.0']), '\n');
    d.add('N:', c.nm(p, 'family', true), ';', c.nm(p, 'given', true), ';;;\n');
    d.add('FN:', c.nm(p, 'full', true), '\n');
    if (r.chance(0.5)) d.add('NICKNAME:', c.nm(p, 'nick', true), '\n');
    d.add('ORG:', c.company(), '\nTITLE:', c.job(), '\n');
    d.add('TEL;TYPE=CELL:', c.phone(p, true), '\n');
    if (r.chance(0.5)) d.add('TEL;TYPE=WORK,VOICE:', c.phone(p, false), '\n');
    d.add('EMAIL;TYPE=INTERNET:', c.email(p), '\n');
    d.add('ADR;TYPE=HOME:;;', spans[0] || '', ';', spans[1] || '', ';', spans[2] || '', ';', COUNTRIES[cc].zip(r), ';', P('LOCATION', COUNTRIES[cc].en), '\n');
    d.add('BDAY:', `${r.int(1945, 2006)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}`, '\n');
    if (r.chance(0.4)) d.add('NOTE:', ...c.prose(null, p), '\n');
    d.add('UID:urn:uuid:', c.look('uuid'), '\nREV:', L('timestamp', `${r.int(2022, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}T${pad(r.int(0, 23))}${pad(r.int(0, 59))}00Z`), '\nEND:VCARD\n');
  }
}

// ---------------------------------------------------------------- iCalendar
export function ics_calendar(c) {
  const { r, d } = c;
  const ts = () => L('timestamp', `${r.int(2023, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}T${pad(r.int(7, 19))}${pad(r.pick([0, 15, 30, 45]))}00${r.pick(['Z', ''])}`);
  d.add('BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//', c.company(), '//Calendar 2.1//EN\nMETHOD:REQUEST\n');
  for (let i = 0; i < Math.max(1, c.n - 4); i++) {
    const org = c.person();
    d.add('BEGIN:VEVENT\nUID:', c.look('uuid'), '\nDTSTAMP:', ts(), '\nDTSTART:', ts(), '\nDTEND:', ts(), '\n');
    d.add('SUMMARY:', r.pick(['Viewing', 'Besichtigung', 'Entretien', 'Consulta', '面談', 'Kick-off']), ' — ', c.nm(c.person(), 'full'), '\n');
    d.add('ORGANIZER;CN=', c.nm(org, 'full', true), ':mailto:', c.email(org), '\n');
    for (let k = 0; k < r.int(1, 3); k++) { const a = c.person(); d.add('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=', r.pick(['ACCEPTED', 'NEEDS-ACTION', 'TENTATIVE']), ';CN=', c.nm(a, 'full', true), ':mailto:', c.email(a), '\n'); }
    d.add('LOCATION:', r.chance(0.5) ? c.venue() : c.addrLine(undefined, '\\, '), '\n');
    d.add('DESCRIPTION:', ...c.prose().map((x) => (typeof x === 'string' ? x.replace(/,/g, '\\,') : x)), '\n');
    d.add('END:VEVENT\n');
  }
  d.add('END:VCALENDAR\n');
}

// ---------------------------------------------------------------- crypto ledger
export function crypto_ledger(c) {
  const { r, d } = c;
  c.setLang('en');
  d.add(r.pick(['Withdrawals export', 'On-chain payouts', 'KYC review queue']), ' — generated ', c.look('timestamp'), '\n\n');
  csvRow(d, ['time', 'user', 'email', 'address', 'amount_btc', 'txid', 'ip']);
  for (let i = 0; i < c.n + 2; i++) {
    const p = c.person();
    csvRow(d, [[c.look('timestamp')], [c.nm(p, 'full', true)], [c.email(p)], [PII.BTC(r)], (r.float() * 2).toFixed(8), [L('hash', r.hex(64))], [PII.IP(r, r.chance(0.8) ? 'pub' : 'v6')]]);
  }
  if (r.chance(0.5)) d.add('\n# flagged: ', c.nm(c.person(), 'full'), ' (', c.phone(), ') reused a deposit address\n');
}

// ---------------------------------------------------------------- travel itinerary
export function travel_itinerary(c) {
  const { r, d } = c;
  const pax = Array.from({ length: r.int(1, 3) }, () => c.person());
  d.add(r.pick(['E-TICKET ITINERARY RECEIPT', 'Reisebestätigung', 'Confirmation de voyage', 'Itinerario']), '\nBooking ref: ', c.look('booking_reference'), '   Issued: ', c.date(), '\n\n');
  for (const p of pax) {
    const fam = (p.familyL || p.givenL).toUpperCase().replace(/\s+/g, ''), giv = p.givenL.toUpperCase().replace(/\s+/g, '');
    d.add('Passenger: ', P('PERSON', `${fam}/${giv} ${p.gender === 'f' ? 'MS' : 'MR'}`.replace(/ (MS|MR)$/, ''), { culture: p.culture, script: 'Latin' }), ` ${p.gender === 'f' ? 'MS' : 'MR'}`);
    if (c.countryOf(p) === 'US' || r.chance(0.25)) d.add('   Passport (USA): ', PII.PASSPORT(r));
    d.add('   FF: ', c.look('crm_id'), '\n');
  }
  d.add('\n');
  for (let i = 0; i < Math.max(2, c.n - 3); i++) {
    d.add(c.look('flight_number'), '  ', c.look('date'), '  ', c.city(), ' → ', c.city(), '  ', L('timestamp', `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`), '\n');
  }
  d.add('\nHotel: ', c.venue(), ', ', ...c.addrLine(), '\n');
  d.add('Contact: ', c.email(pax[0]), ' / ', c.phone(pax[0], true), '\n');
  d.add('Emergency: ', c.nm(c.person(), 'full'), ' ', c.phone(), '\n');
}

// ---------------------------------------------------------------- forum / review thread
export function forum_thread(c) {
  const { r, d } = c;
  const T = { en: ['Re: Recommendation for a plumber?', 'Ask for '], de: ['Erfahrungen mit Hausverwaltung?', 'Fragt nach '], fr: ['Avis sur le cabinet ?', 'Demandez '], es: ['¿Alguien conoce a un buen dentista?', 'Pregunta por '],
    pt: ['Indicação de eletricista?', 'Fala com '], it: ['Consigli per un idraulico?', 'Chiedete di '], nl: ['Goede loodgieter gezocht', 'Vraag naar '], pl: ['Szukam elektryka', 'Pytajcie o '], ja: ['おすすめの歯医者', '担当：'],
    zh: ['求推荐靠谱的搬家公司', '找'], ru: ['Посоветуйте сантехника', 'Спросите '], ko: ['이사 업체 추천해 주세요', '담당: '], tr: ['Tesisatçı önerisi?', 'Sorun: '] }[c.lang] || ['Re: Recommendation for a plumber?', 'Ask for '];
  d.add(T[0], '\n\n');
  for (let i = 0; i < c.n; i++) {
    const p = c.person();
    const st = r.int(0, 3);
    const nm = c.nm(p, r.pick(['given', 'full', 'initial', 'nick']));
    if (st === 0) d.add('> Posted by ', nm, ' · ', c.look('timestamp'), '\n');
    else if (st === 1) d.add('**', nm, '** — ', c.look('timestamp'), '\n');
    else if (st === 2) d.add('— ', nm, ' wrote at ', c.look('timestamp'), ':\n');
    else d.add('#', String(i + 1), ' ', nm, ' (', c.look('date'), ')\n');
    d.add(...c.prose(), ' ');
    if (r.chance(0.5)) d.add(T[1], c.nm(c.person(), 'full'), ', ', c.phone(), '.');
    d.add('\n\n');
  }
}
