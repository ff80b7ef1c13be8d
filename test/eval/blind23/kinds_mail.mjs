// Document kinds an office agent reads through mail, calendar, chat and ticket tools.
import { S, P, L, F, J, phrase, jsonEsc, csvEsc } from './doc.mjs';
import { LOOK } from './lookalikes.mjs';
import { PHRASES } from './phrases.mjs';

export const TITLES = {
  en: ['Office Manager', 'Senior Accountant', 'Head of Procurement', 'Account Executive', 'HR Business Partner', 'Project Lead', 'Customer Success Manager', 'Paralegal', 'Facilities Coordinator', 'Practice Manager', 'Travel Coordinator', 'Finance Director'],
  de: ['Teamleiterin Einkauf', 'Sachbearbeiter Buchhaltung', 'Assistenz der Geschäftsführung', 'Projektleiter', 'Personalreferentin', 'Vertriebsinnendienst'],
  fr: ['Responsable administrative', 'Chargé de clientèle', 'Directrice financière', 'Assistant RH', 'Chef de projet'],
  es: ['Responsable de compras', 'Administrativa', 'Jefe de proyecto', 'Gestora de cuentas', 'Técnico de RR. HH.'],
  it: ['Responsabile acquisti', 'Impiegata amministrativa', 'Project manager', 'Ufficio personale'],
  pt: ['Analista financeiro', 'Gerente de contas', 'Coordenadora de RH', 'Assistente administrativo'],
  nl: ['Officemanager', 'Accountmanager', 'Inkoper', 'HR-adviseur'],
  ja: ['総務部 課長', '経理部', '営業部 主任', '人事部'], zh: ['行政主管', '财务经理', '销售代表', '人事专员'], ko: ['총무팀 과장', '재무팀 대리', '영업팀 팀장'],
};
const title = (c) => c.pick(TITLES[c.lang] || TITLES.en);
const web = (c) => `https://www.${c.domain}`;

export function signature(c, d, p, opts = {}) {
  const sep = c.pick(['-- ', '--', '—', '______________________________', '']);
  if (sep) d.raw(`${sep}\n`);
  d.line(c.name(p));
  if (c.chance(0.8)) d.line(title(c));
  d.line(c.company);
  if (c.chance(0.6)) for (const l of c.addrLines(p.place && c.chance(0.3) ? p.place : c.cc)) d.line(l);
  const tel = c.pick(['T', 'Tel.', 'Phone', 'Tel', '☎', 'Office']); const mob = c.pick(['M', 'Mobile', 'Mob.', 'Cell', 'Handy', 'Portable']);
  if (c.chance(0.8)) d.line(`${tel}: `, c.phone(c.cc, 'intl'));
  if (c.chance(0.6)) d.line(`${mob}: `, c.phoneOf(p));
  if (!opts.noEmail && c.chance(0.7)) d.line(c.workEmail(p));
  if (c.chance(0.4)) d.line(web(c));
  if (c.chance(0.2)) d.line('[logo: ', c.look('data_uri'), ']');
}

function header(c, d, from, to, cc, subj, dt) {
  const style = c.pick(['rfc', 'local', 'rfc', 'outlook']);
  const ph = c.ph;
  if (style === 'local') {
    d.line(`${ph.f.from}: `, c.name(from.p), ' <', from.e, '>');
    d.line(`${ph.f.date}: `, c.ts(dt, 'rfc'));
    d.line(`${ph.f.to}: `, J(', ', to.map((t) => F(c.name(t.p), ' <', t.e, '>'))));
    if (cc.length) d.line('Cc: ', J('; ', cc.map((t) => t.e)));
    d.line(`${ph.f.subject}: `, subj);
  } else if (style === 'outlook') {
    d.line('From: ', c.name(from.p), ' [mailto:', from.e, ']');
    d.line('Sent: ', c.date(dt), ' ', c.time(dt));
    d.line('To: ', J('; ', to.map((t) => c.name(t.p))));
    if (cc.length) d.line('Cc: ', J('; ', cc.map((t) => F(c.name(t.p), ' <', t.e, '>'))));
    d.line('Subject: ', subj);
  } else {
    if (c.chance(0.4)) d.line('Return-Path: <', c.email(from.p, true), '>');
    if (c.chance(0.35)) d.line('Received: from ', c.host(), ' ([', c.ip('v4'), ']) by ', c.host(), ' with ESMTPSA id ', c.look('request_id', c.r.hex(12)), '; ', c.ts(dt, 'rfc'));
    d.line('From: "', c.name(from.p), '" <', from.e, '>');
    d.line('To: ', J(', ', to.map((t) => t.e)));
    if (cc.length) d.line('Cc: ', J(', ', cc.map((t) => F(c.name(t.p), ' <', t.e, '>'))));
    d.line('Date: ', c.ts(dt, 'rfc'));
    d.line('Message-ID: ', c.look('message_id'));
    d.line('Subject: ', subj);
    if (c.chance(0.3)) d.line('X-Originating-IP: [', c.ip(), ']');
  }
  d.raw('\n');
}

function topicLine(c, d, kind, ctxP) {
  const ph = c.ph;
  switch (kind) {
    case 'pw': d.fmt(ph.pw_for, c.pick(['the booking portal', 'the NAS', 'VPN', 'the payroll portal', 'the shared mailbox', 'the supplier portal', 'Wi-Fi admin', 'the CRM', 'the client extranet']), c.userPw()); break;
    case 'login': d.fmt(ph.login, c.user(ctxP), c.chance(0.7) ? c.userPw() : c.managerPw()); break;
    case 'wifi': d.fmt(ph.wifi, c.pick(['Guest-5G', 'OFFICE-GAST', 'Visitors', 'meetingroom', 'HQ-Guest', 'Atelier_WLAN']), c.wifiPw()); break;
    case 'door': d.fmt(ph.door, c.doorCode()); break;
    case 'pin': d.fmt(ph.pin, c.pin()); break;
    case 'apikey': { const s = c.anySecret(['vendor', 'cloud']); d.fmt(ph.apikey, s.val); d.raw(' ' + ph.rotate); break; }
    case 'pass': d.fmt(ph.passphrase, c.passphrase()); break;
    case 'moved': { const a = c.address(ctxP.place); d.fmt(ph.moved, a.lines[0], F(...a.lines.slice(1).flatMap((l, i) => (i ? [', ', l] : [l])))); break; }
    case 'newphone': d.fmt(ph.newphone, c.phoneOf(ctxP)); break;
    case 'reach': { const q = c.person(); d.fmt(ph.reach, c.name(q), c.phoneOf(q)); break; }
    case 'iban': d.fmt(ph.iban, c.iban()); break;
    case 'card': d.fmt(ph.card, c.card()); break;
    case 'btc': d.fmt(ph.iban, F('BTC ', c.btc())); break;
    case 'badiban': d.add(F(c.tr({ en: 'The bank returned the transfer, this IBAN fails the check: ', de: 'Die Bank hat die Überweisung zurückgewiesen, diese IBAN ist ungültig: ', fr: 'La banque a rejeté le virement, cet IBAN est invalide : ', es: 'El banco devolvió la transferencia, este IBAN no es válido: ', it: 'La banca ha respinto il bonifico, IBAN non valido: ', pt: 'O banco devolveu a transferência, IBAN inválido: ', nl: 'De bank weigerde de overboeking, dit IBAN klopt niet: ' }), c.invalidIban(), c.tr({ en: ' — could you resend it?', de: ' – bitte nochmal schicken.', fr: ' — pouvez-vous le renvoyer ?', es: ' — ¿me lo reenvías?' }) || '')); break;
    case 'meet': d.fmt(ph.meet, c.street(), c.city()); break;
    case 'travel': d.fmt(ph.travel, c.city(c.pick(['DE', 'FR', 'ES', 'IT', 'GB', 'US', 'JP', 'BR', 'IN', 'PL', 'NL', 'TR'])), c.date()); break;
    case 'call': d.fmt(ph.call, c.phone()); break;
    case 'addr': d.fmt(ph.addr, c.addrOne()); break;
    default: d.raw(c.filler());
  }
  d.raw('\n');
}
const TOPICS = ['pw', 'login', 'wifi', 'door', 'pin', 'apikey', 'pass', 'moved', 'newphone', 'reach', 'iban', 'card', 'meet', 'travel', 'call', 'addr', 'btc', 'apikey', 'badiban'];

export function email_thread(c, d) {
  const from = c.person(), to = [c.person()];
  if (c.chance(0.4)) to.push(c.person());
  const ccs = c.chance(0.4) ? [c.person()] : [];
  const E = (p) => ({ p, e: c.chance(0.6) ? c.workEmail(p) : c.email(p) });
  const fromE = E(from), toE = to.map(E), ccE = ccs.map(E);
  const dt = c.randDate();
  const subjKey = c.pick(['subj_access', 'subj_invoice', 'subj_meeting', 'subj_trip']);
  const subjArg = subjKey === 'subj_invoice' ? c.look('invoice_number') : subjKey === 'subj_meeting' ? c.date(dt) : subjKey === 'subj_trip' ? c.city() : null;
  const subj = F(c.pick(['', 'RE: ', 'Re: ', 'AW: ', 'Fwd: ', 'TR: ', 'RV: ']), subjArg ? phrase(c.ph[subjKey], subjArg) : c.ph[subjKey]);
  header(c, d, fromE, toE, ccE, subj, dt);
  d.line(c.chance(0.6) ? phrase(c.ph.greet, c.given(to[0])) : phrase(c.ph.dear, c.family(to[0])));
  d.raw('\n');
  if (c.chance(0.6)) d.line(c.filler());
  const topics = c.r.sample(TOPICS, c.int(2, 4));
  for (const t of topics) topicLine(c, d, t, from);
  if (c.chance(0.5)) d.line(c.filler());
  d.raw('\n');
  d.line(c.ph.regards);
  if (c.chance(0.5)) signature(c, d, from); else d.line(c.given(from));
  // quoted earlier message
  if (c.chance(0.75)) {
    const pdt = c.addDays(dt, -c.int(1, 6));
    d.raw('\n');
    d.line(phrase(c.ph.wrote, c.date(pdt), F(c.name(to[0]), ' <', toE[0].e, '>')));
    const q = c.r.sample(TOPICS, c.int(1, 2));
    d.raw('> '); d.line(phrase(c.ph.greet, c.given(from)));
    for (const t of q) { d.raw('> '); topicLine(c, d, t, to[0]); }
    d.raw('> '); d.line(c.ph.thanks);
    d.raw('> '); d.line(c.given(to[0]));
    if (c.chance(0.5)) { d.raw('> '); d.line(c.phoneOf(to[0], 'intl')); }
  }
  if (c.chance(0.25)) d.raw('\nThis e-mail and any attachments are confidential. If you received it in error, please notify the sender and delete it.\n');
}

export function calendar_invite(c, d) {
  const org = c.person(); const n = c.int(2, 5); const att = Array.from({ length: n }, () => c.person());
  const dt = c.randDate(); const end = { ...dt, h: Math.min(dt.h + 1, 23) };
  const p2 = (x) => String(x).padStart(2, '0');
  const icsT = (t, z) => `${t.y}${p2(t.m)}${p2(t.d)}T${p2(t.h)}${p2(t.mi)}00${z ? 'Z' : ''}`;
  const topic = c.pick(['Quarterly budget review', 'Onboarding session', 'Contract walkthrough', 'Site visit', 'Vendor pitch', 'Audit prep', 'Team offsite planning', 'Lease signing', 'Parent-teacher meeting', 'Claims call']);
  const mid = c.look('meeting_id');
  if (c.chance(0.55)) {
    d.line('BEGIN:VCALENDAR'); d.line('VERSION:2.0'); d.line(`PRODID:-//${c.pick(['Corp Mail', 'Groupware', 'CalSync'])}//Calendar ${c.int(2, 9)}.${c.int(0, 9)}//EN`); d.line('METHOD:REQUEST');
    d.line('BEGIN:VEVENT');
    d.line('UID:', c.look('event_uid', `${c.r.hex(8)}-${c.r.hex(4)}-${c.r.hex(4)}-${c.r.hex(4)}-${c.r.hex(12)}@${c.domain}`));
    d.line('DTSTAMP:', c.look('timestamp', icsT(dt, true)));
    const tz = c.pick(['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/Paris', 'Asia/Kolkata', 'America/Sao_Paulo', 'Europe/Warsaw']);
    d.line(`DTSTART;TZID=${tz}:`, c.look('timestamp', icsT(dt)));
    d.line(`DTEND;TZID=${tz}:`, c.look('timestamp', icsT(end)));
    d.line(`SUMMARY:${topic}`);
    d.line('LOCATION:', c.street(), '\\, ', c.city());
    d.line(`ORGANIZER;CN="`, c.name(org), '":mailto:', c.workEmail(org));
    for (const a of att) d.line(`ATTENDEE;CN="`, c.name(a), `";ROLE=${c.pick(['REQ-PARTICIPANT', 'OPT-PARTICIPANT'])};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:`, c.chance(0.5) ? c.workEmail(a) : c.email(a));
    d.raw('DESCRIPTION:');
    d.add(F('Join: https://meet.', c.domain, '/j/', mid.value.replace(/ /g, ''), '?pwd=', c.meetingPass(), '\\n'));
    d.add(F('Meeting ID: ', mid, '\\nPasscode: ', c.meetingPass(), '\\n'));
    d.add(F('Dial-in: ', c.phone(c.cc, 'intl'), ' / ', c.phone(c.pick(['US', 'GB', 'DE', 'JP', 'AU']), 'intl'), '\\n'));
    if (c.chance(0.5)) d.add(F('Parking: ', c.street(), '\\, gate code ', c.doorCode()));
    d.raw('\n');
    d.line('BEGIN:VALARM'); d.line('TRIGGER:-PT15M'); d.line('ACTION:DISPLAY'); d.line('END:VALARM');
    d.line('END:VEVENT'); d.line('END:VCALENDAR');
  } else {
    d.line(c.tr({ en: ['Invitation: ', 'Updated invitation: '], de: 'Einladung: ', fr: 'Invitation : ', es: 'Invitación: ', it: 'Invito: ', pt: 'Convite: ', nl: 'Uitnodiging: ', ja: '招待: ', zh: '邀请：', ko: '초대: ' }), topic, ' @ ', c.date(dt), ' ', c.time(dt), ' - ', c.time(end));
    d.raw('\n');
    d.line(c.tr({ en: 'When', de: 'Wann', fr: 'Quand', es: 'Cuándo', it: 'Quando', pt: 'Quando', nl: 'Wanneer', ja: '日時', zh: '时间', ko: '일시' }), ': ', c.date(dt), ', ', c.time(dt));
    d.line(c.tr({ en: 'Where', de: 'Ort', fr: 'Lieu', es: 'Lugar', it: 'Dove', pt: 'Local', nl: 'Waar', ja: '場所', zh: '地点', ko: '장소' }), ': ', c.addrOne());
    d.line(c.tr({ en: 'Organizer', de: 'Organisator', fr: 'Organisateur', es: 'Organizador', it: 'Organizzatore', pt: 'Organizador', nl: 'Organisator', ja: '主催者', zh: '组织者', ko: '주최자' }), ': ', c.name(org), ' (', c.workEmail(org), ')');
    d.line(c.ph.f.attendees + ':');
    for (const a of att) d.line('  • ', c.name(a), c.chance(0.6) ? F(' <', c.email(a), '>') : '', c.chance(0.3) ? F(' – ', c.phoneOf(a)) : '');
    d.raw('\n');
    d.line('Join video call: https://meet.', c.domain, '/', c.r.str('abcdefghijklmnopqrstuvwxyz', 3), '-', c.r.str('abcdefghijklmnopqrstuvwxyz', 4), '-', c.r.str('abcdefghijklmnopqrstuvwxyz', 3));
    d.line('Join by phone: ', c.phone(c.cc, 'intl'), ' PIN: ', c.meetingPass());
    d.line('Meeting ID: ', mid);
    if (c.chance(0.5)) d.line('» ', phrase(c.ph.wifi, c.pick(['Guest', 'Visitors', 'Meeting-5G']), c.wifiPw()));
    d.raw('\nReply for ');
    d.add(c.email(att[0]));
    d.raw('\nInvitation from the calendar of ');
    d.add(c.workEmail(org));
    d.raw('\n');
  }
}

export function team_chat(c, d) {
  const people = Array.from({ length: c.int(3, 5) }, () => c.person());
  const dt = c.randDate();
  const json = c.chance(0.4);
  const msgs = [];
  const say = (p, frag) => msgs.push({ p, frag });
  const ph = c.ph;
  const pool = [
    () => say(c.pick(people), phrase(ph.wifi, c.pick(['Office-Guest', 'Lab-IoT', 'HQ-5G']), c.wifiPw())),
    () => say(c.pick(people), phrase(ph.door, c.doorCode())),
    () => say(c.pick(people), phrase(ph.pw_for, c.pick(['the Canva team account', 'the shared Netflix for the lobby TV', 'the parcel locker', 'the label printer admin page', 'the booking tool']), c.userPw())),
    () => { const s = c.anySecret(['vendor', 'cloud', 'generic', 'inhouse']); say(c.pick(people), F(c.pick(['here, ', 'use this for now: ', '', 'staging key → ', '']), s.key, '=', s.val)); },
    () => { const s = c.anySecret(['vendor', 'cloud']); say(c.pick(people), phrase(c.ph.apikey, s.val)); },
    () => say(c.pick(people), phrase(ph.newphone, c.phone())),
    () => { const q = c.pick(people); say(q, phrase(ph.reach, c.name(c.person()), c.phone())); },
    () => say(c.pick(people), phrase(ph.meet, c.street(), c.city())),
    () => say(c.pick(people), F(c.tr({ en: ['ok', '👍', 'thx', 'ok!'], de: ['danke', 'passt', '👍'], fr: ['merci', 'ça marche'], es: ['gracias', 'vale'], it: ['grazie', 'ok'], pt: ['valeu', 'obrigado'], ja: ['ありがとう', '了解です'], zh: ['好的', '收到'], ko: ['감사합니다', '넵'], ru: ['спасибо', 'ок'], tr: ['teşekkürler', 'tamam'], nl: ['top', 'dank'], pl: ['dzięki', 'ok'] }))),
    () => say(c.pick(people), phrase(ph.passphrase, c.passphrase())),
    () => say(c.pick(people), F('@', c.given(c.pick(people)), ' ', c.filler())),
    () => say(c.pick(people), phrase(ph.login, c.user(c.pick(people)), c.userPw())),
    () => say(c.pick(people), phrase(ph.pin, c.pin())),
    () => say(c.pick(people), F(c.tr({ en: 'send my share to ', de: 'meinen Anteil bitte an ', fr: 'ma part sur ', es: 'mi parte a ', pt: 'minha parte para ', ja: '私の分はこちらへ ', zh: '我的那份转到 ' }), c.btc())),
    () => say(c.pick(people), F(c.tr({ en: 'tracking: ', de: 'Sendungsnummer: ', fr: 'suivi : ', es: 'seguimiento: ', ja: '追跡番号: ', pt: 'rastreio: ' }), c.look('tracking_number'))),
  ];
  if (c.cc === 'US' && c.chance(0.5)) pool.push(() => say(c.pick(people), F('for the benefits form my SSN is ', c.ssn(), ', DOB is on file')));
  const n = c.int(6, 11);
  for (let i = 0; i < n; i++) c.pick(pool)();
  const channel = c.pick(['#office', '#general', '#team-ops', '#facilities', 'DM', '#events', '#it-help']);
  if (json) {
    d.raw(`{"channel": "${channel}", "messages": [\n`);
    msgs.forEach((m, i) => {
      d.raw(`  {"user": "U${c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}", "real_name": "`);
      d.add(c.name(m.p)); d.raw('", "ts": "'); d.add(c.look('timestamp', `${Math.floor(dt.t / 1000) + i * 97}.${c.r.digits(6)}`)); d.raw('", "text": "'); d.add(jsonEsc(m.frag)); d.raw(`"}${i < msgs.length - 1 ? ',' : ''}\n`);
    });
    d.raw(']}\n');
  } else {
    d.line(c.tr({ en: ['Chat export', 'Conversation'], de: 'Verlauf', fr: 'Historique', es: 'Conversación', zh: '聊天记录', ja: 'トーク履歴', ko: '대화 내보내기', ru: 'История чата' }), ' — ', channel, ' — ', c.date(dt));
    let off = 0;
    msgs.forEach((m, i) => {
      d.line('[', c.time(c.addSecs(dt, (off += c.int(30, 400)))), '] ', c.name(m.p), ': ', m.frag);
    });
  }
}

export function support_chat(c, d) {
  const agent = c.person({ intl: 0.1 }), cust = c.person({ intl: 0.2 });
  const dt = c.randDate();
  const A = c.given(agent);
  const lines = [];
  const role = c.tr({ en: ['Support', 'Agent'], de: 'Kundenservice', fr: 'Service client', es: 'Atención al cliente', it: 'Assistenza', pt: 'Atendimento', nl: 'Klantenservice', ja: 'サポート', zh: '客服', ko: '상담원', pl: 'Obsługa klienta', tr: 'Müşteri hizmetleri', ru: 'Поддержка' });
  const ag = (f) => lines.push([F(A, ' (', role, ')'), f]);
  const cu = (f) => lines.push([c.name(cust), f]);
  const T = (m) => c.tr(m);
  ag(F(phrase(c.ph.greet, c.given(cust)), ' ', T({ en: 'How can I help?', de: 'Wie kann ich helfen?', fr: 'Comment puis-je vous aider ?', es: '¿En qué puedo ayudarte?', it: 'Come posso aiutarti?', pt: 'Como posso ajudar?', nl: 'Waarmee kan ik helpen?', ja: 'ご用件をどうぞ。', zh: '请问有什么可以帮您？', ko: '무엇을 도와드릴까요?', pl: 'W czym mogę pomóc?', tr: 'Nasıl yardımcı olabilirim?', ru: 'Чем могу помочь?' })));
  cu(F(T({ en: 'My order ', de: 'Meine Bestellung ', fr: 'Ma commande ', es: 'Mi pedido ', it: 'Il mio ordine ', pt: 'Meu pedido ', nl: 'Mijn bestelling ', ja: '注文 ', zh: '我的订单 ', ko: '주문 ', pl: 'Moje zamówienie ', tr: 'Siparişim ', ru: 'Мой заказ ' }), c.look('order_number'), T({ en: ' has not arrived.', de: ' ist nicht angekommen.', fr: " n'est pas arrivée.", es: ' no ha llegado.', it: ' non è arrivato.', pt: ' não chegou.', nl: ' is niet aangekomen.', ja: ' が届きません。', zh: ' 还没到。', ko: ' 이(가) 도착하지 않았어요.', pl: ' nie dotarło.', tr: ' gelmedi.', ru: ' не пришёл.' })));
  ag(F(T({ en: 'Can you confirm the e-mail and phone on the account?', de: 'Bitte bestätigen Sie E-Mail und Telefonnummer.', fr: "Pouvez-vous confirmer l'e-mail et le téléphone ?", es: '¿Me confirmas el correo y el teléfono?', it: 'Mi conferma e-mail e telefono?', pt: 'Pode confirmar e-mail e telefone?', nl: 'Kunt u e-mail en telefoon bevestigen?', ja: 'メールアドレスと電話番号を確認させてください。', zh: '请确认邮箱和手机号。', ko: '이메일과 전화번호 확인 부탁드립니다.', pl: 'Proszę potwierdzić e-mail i telefon.', tr: 'E-posta ve telefonu teyit eder misiniz?', ru: 'Подтвердите, пожалуйста, почту и телефон.' })));
  cu(F(c.email(cust), c.chance(0.7) ? F(' / ', c.phoneOf(cust)) : ''));
  ag(F(T({ en: 'Thanks. Parcel ', de: 'Danke. Das Paket ', fr: 'Merci. Le colis ', es: 'Gracias. El paquete ', it: 'Grazie. Il pacco ', pt: 'Obrigado. O pacote ', nl: 'Dank. Pakket ', ja: 'ありがとうございます。荷物 ', zh: '谢谢。包裹 ', ko: '감사합니다. 택배 ', pl: 'Dziękuję. Paczka ', tr: 'Teşekkürler. Kargo ', ru: 'Спасибо. Посылка ' }), c.look('tracking_number'), T({ en: ' is held at the depot.', de: ' liegt im Depot.', fr: ' est bloqué au dépôt.', es: ' está retenido en el almacén.', it: ' è fermo in deposito.', pt: ' está retido no centro de distribuição.', nl: ' ligt in het depot.', ja: ' は営業所で保管中です。', zh: ' 在网点滞留。', ko: ' 은(는) 터미널에 보관 중입니다.', pl: ' czeka w oddziale.', tr: ' depoda bekliyor.', ru: ' на складе.' })));
  cu(F(T({ en: 'Please send it to my new address: ', de: 'Bitte an meine neue Adresse: ', fr: 'Merci de livrer à ma nouvelle adresse : ', es: 'Envíalo a mi nueva dirección: ', it: 'Spedite al nuovo indirizzo: ', pt: 'Mandem para o novo endereço: ', nl: 'Graag naar mijn nieuwe adres: ', ja: '新しい住所に送ってください：', zh: '请寄到新地址：', ko: '새 주소로 보내 주세요: ', pl: 'Proszę wysłać na nowy adres: ', tr: 'Yeni adresime gönderin: ', ru: 'Отправьте на новый адрес: ' }), c.addrOne(cust.place)));
  if (c.chance(0.5)) cu(F(T({ en: ['Just charge the redelivery to my card ', 'Use my card '], de: 'Buchen Sie es von meiner Karte ab: ', fr: 'Débitez ma carte ', es: 'Cárgalo a mi tarjeta ', it: 'Addebitate sulla carta ', pt: 'Cobrem no cartão ', nl: 'Schrijf het af van kaart ', ja: 'カード ', zh: '用这张卡付：', ko: '이 카드로 결제해 주세요 ', pl: 'Proszę obciążyć kartę ', tr: 'Kartımdan çekin: ', ru: 'Спишите с карты ' }), c.card(), c.chance(0.6) ? F(' exp ', String(c.int(1, 12)).padStart(2, '0'), '/', String(c.int(26, 31))) : ''));
  else cu(F(T({ en: 'The card ', de: 'Die Karte ', fr: 'La carte ', es: 'La tarjeta ', it: 'La carta ', nl: 'De kaart ', ko: '카드 ', pt: 'O cartão ', ja: 'カード ', zh: '卡 ', pl: 'Karta ', tr: 'Kart ', ru: 'С карты ' }), c.look('masked_card'), T({ en: ' was charged twice: ', de: ' wurde doppelt belastet: ', fr: ' a été débitée deux fois : ', es: ' se cobró dos veces: ', it: ' è stata addebitata due volte: ', nl: ' is twee keer belast: ', ko: '에서 두 번 결제됐어요: ', pt: ' foi cobrado duas vezes: ', ja: ' に二重請求されました：', zh: ' 被扣了两次：', pl: ' została obciążona dwa razy: ', tr: ' iki kez çekildi: ', ru: ' списали дважды: ' }), c.price(10, 300)));
  if (c.chance(0.35)) ag(F(T({ en: 'The number you typed earlier was rejected by the payment form: ', de: 'Die zuvor eingegebene Nummer wurde abgelehnt: ', fr: 'Le numéro saisi plus tôt a été refusé : ', es: 'El número que escribiste antes fue rechazado: ', pt: 'O número digitado antes foi recusado: ', ja: '先ほど入力された番号はエラーになりました：', zh: '之前输入的卡号校验失败：', pl: 'Wcześniej wpisany numer został odrzucony: ', tr: 'Önce yazdığınız numara reddedildi: ', ru: 'Введённый ранее номер отклонён: ' }), c.invalidCard()));
  if (c.chance(0.25)) cu(F(T({ en: 'For the insurance: the phone IMEI is ', de: 'Für die Versicherung: IMEI des Handys ', fr: "Pour l'assurance, l'IMEI du téléphone : ", es: 'Para el seguro, el IMEI del móvil: ', ja: '保険用の端末IMEI：', zh: '保险用的手机 IMEI：', pl: 'Do ubezpieczenia: IMEI telefonu ', tr: 'Sigorta için telefonun IMEI numarası: ', ru: 'Для страховки: IMEI телефона ' }), c.look('imei')));
  if (c.chance(0.4)) cu(F(T({ en: 'and my login is ', de: 'mein Login: ', fr: 'mon identifiant : ', es: 'mi usuario: ', it: 'il mio login: ', pt: 'meu login: ', nl: 'mijn login: ', ko: '로그인 정보: ', ja: 'ログイン情報：', zh: '账号：', pl: 'mój login: ', tr: 'giriş bilgim: ', ru: 'мой логин: ' }), c.user(cust), ' / ', c.userPw()));
  ag(F(T({ en: 'Please never share card numbers or passwords in chat. Case ', de: 'Bitte keine Kartendaten oder Passwörter im Chat teilen. Vorgang ', fr: 'Merci de ne jamais partager de carte ou mot de passe ici. Dossier ', es: 'Por favor, no compartas tarjetas ni contraseñas por chat. Caso ', it: 'Non condividete mai carte o password in chat. Pratica ', pt: 'Nunca compartilhe cartão ou senha no chat. Protocolo ', nl: 'Deel nooit kaartgegevens of wachtwoorden in de chat. Zaak ', ja: 'カード番号やパスワードはチャットで送らないでください。受付番号 ', zh: '请勿在聊天中发送卡号或密码。工单 ', ko: '카드번호나 비밀번호는 채팅에 남기지 마세요. 접수번호 ', pl: 'Proszę nie podawać danych karty ani haseł na czacie. Zgłoszenie ', tr: 'Lütfen kart veya şifre paylaşmayın. Talep ', ru: 'Пожалуйста, не присылайте в чат данные карт и пароли. Обращение ' }), c.look('case_number')));
  if (c.chance(0.5)) ag(F(T({ en: 'Refund of ', de: 'Erstattung von ', fr: 'Remboursement de ', es: 'Reembolso de ', it: 'Rimborso di ', nl: 'Terugbetaling ', ko: '환불 ', pt: 'Reembolso de ', ja: '返金額 ', zh: '退款 ', pl: 'Zwrot ', tr: 'İade ', ru: 'Возврат ' }), c.price(5, 200), ' — ', c.date()));
  d.line(T({ en: 'Transcript', de: 'Chatprotokoll', fr: 'Transcription', es: 'Transcripción', it: 'Trascrizione', pt: 'Transcrição', nl: 'Chatverslag', ja: 'チャット履歴', zh: '聊天记录', ko: '상담 기록', pl: 'Zapis czatu', tr: 'Sohbet kaydı', ru: 'Протокол чата' }), ' ', c.look('uuid'), ' · ', c.ts(dt, c.pick(['iso', 'space'])));
  d.line(T({ en: 'Visitor', de: 'Besucher', fr: 'Visiteur', es: 'Visitante', it: 'Visitatore', pt: 'Visitante', nl: 'Bezoeker', ja: '訪問者', zh: '访客', ko: '방문자', pl: 'Gość', tr: 'Ziyaretçi', ru: 'Посетитель' }), ': ', c.name(cust), ' · IP ', c.ip());
  d.raw('\n');
  let off = 0;
  lines.forEach(([who, f], i) => {
    d.line(c.time(c.addSecs(dt, (off += c.int(20, 110)))), ' ', who, ': ', f);
  });
}

export function sms_export(c, d) {
  const owner = c.person();
  const dt0 = c.randDate();
  const csv = c.chance(0.5);
  const rows = [];
  const T = (m) => c.tr(m);
  const brand = c.pick(['Pelorus Bank', 'ParcelNow', 'CityClinic', 'DentaCare', 'FlyNorth', 'Amberlane', 'Kestrel']);
  const sid = () => L('sender_id', brand.replace(/\s/g, ''));
  const gens = [
    () => [c.phone(), F(brand, T({ en: ': your verification code is ', de: ': Ihr Bestätigungscode lautet ', fr: ' : votre code de vérification est ', es: ': tu código de verificación es ', pt: ': seu código de verificação é ', ja: ' 認証コード：', zh: ' 验证码：', ko: ' 인증번호 ', ru: ': код подтверждения ', tr: ' doğrulama kodunuz: ' }), c.otp(), T({ en: '. Do not share it.', de: '. Nicht weitergeben.', fr: '. Ne le partagez pas.', es: '. No lo compartas.', ja: '', zh: '，请勿泄露。', ko: '', ru: '. Никому не сообщайте.' }))],
    () => { const w = c.addDays(dt0, c.int(0, 9)); return [sid(), F(T({ en: 'Parcel ', de: 'Paket ', fr: 'Colis ', es: 'Paquete ', pt: 'Encomenda ', ja: 'お荷物 ', zh: '包裹 ', ko: '택배 ', ru: 'Посылка ' }), c.look('tracking_number'), ': ', c.date(w), ' ', c.time({ ...w, h: 9 + (w.h % 6), mi: 0 }), '–', c.time({ ...w, h: 12 + (w.h % 6), mi: 0 }))]; },
    () => { const q = c.person(); return [c.phoneOf(q), F(phrase(c.ph.greet, c.given(owner)), ' ', phrase(c.ph.door, c.doorCode()), ' ', c.given(q))]; },
    () => [c.phone(), F(T({ en: 'Reminder: appointment ', de: 'Erinnerung: Termin ', fr: 'Rappel : rendez-vous ', es: 'Recordatorio: cita ', pt: 'Lembrete: consulta ', ja: 'ご予約のお知らせ ', zh: '预约提醒 ', ko: '예약 알림 ', ru: 'Напоминание: запись ' }), c.date(), ' ', c.time(), ' — ', c.addrOne())],
    () => [sid(), F(T({ en: 'Card ', de: 'Karte ', fr: 'Carte ', es: 'Tarjeta ', ja: 'カード ', zh: '卡 ', ru: 'Карта ' }), c.look('masked_card'), ': ', c.price(5, 900), ' — ', c.date())],
    () => { const q = c.person(); return [c.phoneOf(q), F(phrase(c.ph.wifi, c.pick(['casa', 'Home-5G', 'FRITZ!Box 7590', 'Vodafone-2F4A', 'TP-Link_81C2']), c.wifiPw()), ' 😉')]; },
    () => { const q = c.person(); return [c.phoneOf(q), F(phrase(c.ph.newphone, c.phoneOf(q)), ' – ', c.given(q))]; },
  ];
  const n = c.int(6, 10);
  for (let i = 0; i < n; i++) rows.push(c.pick(gens)());
  if (csv) {
    d.line('date,direction,address,body');
    let off = 0;
    rows.forEach(([addr, body], i) => d.line(c.ts(c.addSecs(dt0, (off += c.int(3000, 90000))), 'space'), ',', c.pick(['in', 'in', 'out']), ',', addr, ',"', csvEsc(body), '"'));
  } else {
    d.line('SMS backup · ', c.name(owner), ' · ', c.phoneOf(owner));
    let off = 0;
    rows.forEach(([addr, body], i) => { d.line('--- ', c.ts(c.addSecs(dt0, (off += c.int(3000, 90000))), 'iso'), ' · ', addr); d.line(body); });
  }
}

export function meeting_notes(c, d) {
  const ppl = Array.from({ length: c.int(3, 6) }, () => c.person());
  const dt = c.randDate();
  const ph = c.ph; const T = (m) => c.tr(m);
  d.line('# ', T({ en: ['Weekly sync', 'Project check-in', 'Board prep'], de: 'Projekt-Jour-fixe', fr: 'Réunion hebdo', es: 'Reunión semanal', it: 'Riunione di progetto', pt: 'Reunião semanal', nl: 'Weekoverleg', ja: '定例会議', ko: '주간 회의', zh: '周例会', pl: 'Spotkanie tygodniowe', tr: 'Haftalık toplantı', ru: 'Еженедельная встреча', sv: 'Veckomöte', cs: 'Týdenní porada', fi: 'Viikkopalaveri', el: 'Εβδομαδιαία σύσκεψη', vi: 'Họp tuần', id: 'Rapat mingguan', th: 'ประชุมประจำสัปดาห์', he: 'ישיבה שבועית', ar: 'الاجتماع الأسبوعي', hi: 'साप्ताहिक बैठक', uk: 'Щотижнева нарада' }), ' — ', c.date(dt));
  d.raw('\n');
  d.line(`**${ph.f.attendees}:** `, J(', ', ppl.map((p) => c.name(p))));
  d.line(`**${ph.f.address}:** `, c.street(), ', ', c.city());
  d.raw(`\n## ${ph.f.notes}\n`);
  for (let i = 0; i < c.int(2, 4); i++) {
    const p = c.pick(ppl);
    d.raw('- '); d.add(c.given(p)); d.raw(': ');
    const t = c.pick(['budget', 'travel', 'contact', 'vendor', 'creds', 'filler', 'filler']);
    if (t === 'budget') d.add(F(ph.f.amount, ': ', c.price(1000, 90000)));
    else if (t === 'travel') d.fmt(ph.travel, c.city(c.pick(['US', 'JP', 'DE', 'FR', 'BR', 'IN', 'AE', 'KR', 'IT'])), c.date());
    else if (t === 'contact') d.fmt(ph.reach, c.name(c.person()), c.phone());
    else if (t === 'vendor') { const q = c.person(); d.add(F(c.name(q), ', ', c.email(q), ', ', c.phoneOf(q))); }
    else if (t === 'creds') d.fmt(ph.login, c.user(p), c.userPw());
    else d.raw(c.filler());
    d.raw('\n');
  }
  d.raw(`\n## ${ph.f.actions}\n`);
  for (let i = 0; i < c.int(2, 4); i++) {
    const p = c.pick(ppl);
    d.line('- [ ] @', c.given(p), ' — ', T({ en: ['send contract', 'book venue', 'update forecast', 'call supplier', 'renew badge'], de: ['Angebot einholen', 'Vertrag senden', 'Raum buchen'], fr: ['relancer le client', 'envoyer le contrat'], es: ['reservar sala', 'enviar contrato'], ja: ['見積もり送付', '会場予約'], zh: ['发送合同', '预订会议室'], ko: ['계약서 발송', '회의실 예약'] }), ' (', c.date(c.addDays(dt, c.int(2, 20))), ')');
  }
  if (c.chance(0.35)) d.line('\n> ', phrase(ph.login, c.user(c.pick(ppl)), c.userPw()));
}

export function helpdesk_ticket(c, d) {
  const rep = c.person(), asg = c.person({ intl: 0.5 });
  const dt = c.randDate();
  const key = c.look('case_number');
  const T = (m) => c.tr(m);
  const s1 = c.anySecret(['vendor', 'cloud', 'inhouse', 'generic']);
  const tmpMsg = T({ en: ['I revoked the key from this ticket, please never paste credentials here. Temporary password: ', 'Key rotated. New temporary login password: '], de: 'Schlüssel gesperrt. Bitte keine Zugangsdaten ins Ticket. Neues Initialpasswort: ', fr: 'Clé révoquée, merci de ne jamais coller d\'identifiants ici. Mot de passe provisoire : ', es: 'Clave revocada, no pegues credenciales aquí. Contraseña temporal: ', it: 'Chiave revocata. Password provvisoria: ', pt: 'Chave revogada. Senha provisória: ', nl: 'Sleutel ingetrokken. Tijdelijk wachtwoord: ', ja: 'キーは無効化しました。仮パスワード：', zh: '密钥已吊销。临时密码：', ko: '키를 폐기했습니다. 임시 비밀번호: ', pl: 'Klucz unieważniony. Hasło tymczasowe: ', ru: 'Ключ отозван. Временный пароль: ', tr: 'Anahtar iptal edildi. Geçici şifre: ' });
  if (c.chance(0.3)) {
    d.raw('{\n  "ticket": "'); d.add(key); d.raw('",\n  "requester": {"name": "'); d.add(c.name(rep)); d.raw('", "email": "'); d.add(c.workEmail(rep)); d.raw('", "phone": "'); d.add(c.phoneOf(rep)); d.raw('"},\n');
    d.raw('  "assignee": "'); d.add(c.name(asg)); d.raw('",\n  "created_at": "'); d.add(c.ts(dt, 'iso')); d.raw(`",\n  "priority": "${c.pick(['high', 'normal', 'urgent'])}",\n`);
    d.raw('  "description": "'); d.add(jsonEsc(F(T({ en: 'Integration fails since this morning. Config: ', de: 'Anbindung kaputt seit heute früh. Konfig: ', fr: "L'intégration échoue depuis ce matin. Config : ", es: 'La integración falla desde esta mañana. Config: ', ja: '今朝から連携が失敗しています。設定：', zh: '今天早上开始对接失败。配置：' }), s1.key, '=', s1.val, ' — IP ', c.ip()))); d.raw('",\n');
    d.raw('  "comments": [\n    {"author": "'); d.add(c.name(asg)); d.raw('", "body": "'); d.add(jsonEsc(F(tmpMsg, c.tempPw()))); d.raw('"}\n  ]\n}\n');
    return;
  }
  d.line(key, ' · ', T({ en: ['Integration failing', 'VPN does not connect', 'Cannot log into payroll', 'Webhook 401', 'CRM import broken'], de: ['Schnittstelle gestört', 'VPN verbindet nicht'], fr: ["L'intégration échoue", 'Accès messagerie partagée'], es: ['Falla la integración', 'No conecta la VPN'], ja: ['連携エラー', 'VPNに接続できない'], zh: ['接口报错', 'VPN 连不上'], ko: ['연동 오류', 'VPN 접속 불가'] }));
  d.line(T({ en: 'Reporter', de: 'Gemeldet von', fr: 'Demandeur', es: 'Solicitante', ja: '報告者', zh: '报告人', ko: '요청자', pt: 'Solicitante', it: 'Segnalato da', nl: 'Melder' }), ': ', c.name(rep), ' <', c.workEmail(rep), '>  ·  ', T({ en: 'Assignee', de: 'Bearbeiter', fr: 'Assigné à', es: 'Asignado', ja: '担当', zh: '处理人', ko: '담당자', pt: 'Responsável', it: 'Assegnatario', nl: 'Behandelaar' }), ': ', c.name(asg));
  d.line('Created: ', c.ts(dt, c.pick(['iso', 'space', 'rfc'])), '  ·  Priority: ', c.pick(['P1', 'P2', 'P3', 'High', 'Medium']));
  d.raw('\n');
  d.line(T({ en: 'Description', de: 'Beschreibung', fr: 'Description', es: 'Descripción', ja: '詳細', zh: '描述', ko: '설명', pt: 'Descrição', it: 'Descrizione', nl: 'Omschrijving' }), ':');
  const v = c.int(0, 3);
  const s0 = c.anySecret(['vendor', 'cloud', 'generic']);
  if (c.chance(0.6)) d.line(T({ en: 'Previous key (already disabled?): ', de: 'Alter Schlüssel (schon deaktiviert?): ', fr: 'Ancienne clé (désactivée ?) : ', es: 'Clave anterior (¿desactivada?): ', ja: '旧キー（無効化済み？）：', zh: '旧密钥（已停用？）：' }), s0.val);
  if (v === 0) {
    d.line(T({ en: 'Our integration stopped working. Here is the curl I ran:', de: 'Seit heute früh geht die Anbindung nicht, mein Aufruf:', fr: "L'appel suivant renvoie 401 :", es: 'Esta llamada devuelve 401:', ja: '以下のリクエストが401になります：', zh: '下面这个请求返回 401：' }));
    d.line('```');
    d.line('curl -s -H "Authorization: Bearer ', s1.val, '" \\');
    d.line('     https://api.', c.domain, '/v2/', c.pick(['orders', 'contacts', 'invoices']), '?since=', c.date(dt, 'iso'));
    d.line('{"error":"unauthorized","request_id":"', c.look('request_id'), '"}');
    d.line('```');
  } else if (v === 1) {
    d.line(T({ en: 'Config snippet from the server:', de: 'Auszug aus der Konfiguration:', fr: 'Extrait de la configuration :', es: 'Extracto de la configuración:', ja: 'サーバーの設定抜粋：', zh: '服务器配置片段：' }));
    d.line('    ', s1.key, ': ', s1.val);
    const s2 = c.anySecret(['db_pw', 'config_pw']);
    d.line('    ', s2.key, ': ', s2.val);
    d.line('    host: ', c.host());
  } else if (v === 2) {
    d.fmt(c.ph.login, c.user(rep), c.userPw()); d.raw('\n');
    d.line(T({ en: 'Since the reset I get "account locked". My IP: ', de: 'Nach dem Reset kommt "Konto gesperrt". Meine IP: ', fr: 'Depuis la réinitialisation : compte bloqué. Mon IP : ', es: 'Tras el reseteo: cuenta bloqueada. Mi IP: ', ja: 'リセット後にロックされました。IP：', zh: '重置后账号被锁。我的 IP：' }), c.ip());
    d.line(T({ en: 'Call me: ', de: 'Rückruf: ', fr: 'Rappel : ', es: 'Llámame: ', ja: '連絡先：', zh: '回电：' }), c.phoneOf(rep));
  } else {
    d.line('Log:');
    d.line(c.ts(dt, 'iso'), ' WARN auth failed user=', c.workEmail(rep), ' ip=', c.ip(), ' token=', s1.val);
    d.line(c.ts(dt, 'iso'), ' INFO retry request_id=', c.look('request_id'));
  }
  d.raw('\n');
  d.line('— ', c.name(asg), ', ', c.ts(c.addDays(dt, 1), 'space'));
  d.line(tmpMsg, c.tempPw());
}

export function account_recovery(c, d) {
  const p = c.person();
  const T = (m) => c.tr(m);
  const svc = c.pick(['SSO', 'Workspace', 'Pelorus Bank', 'Vaultwise', 'Payroll', 'Cloud Console', 'ELSTER-Portal', 'Gov.ID']);
  const dt = c.randDate();
  d.add(phrase(c.ph.recovery, F(svc, ' (', c.email(p), ')'))); d.raw('\n');
  d.line(T({ en: 'Generated', de: 'Erstellt', fr: 'Généré le', es: 'Generado', ja: '生成日', zh: '生成日期', ko: '생성일', pt: 'Gerado em', it: 'Generato il', nl: 'Aangemaakt', pl: 'Wygenerowano', ru: 'Создано' }), ': ', c.date(dt));
  d.raw('\n');
  const style = c.int(0, 3);
  const n = c.pick([8, 10, 10, 12]);
  const numbered = c.chance(0.5), twoCol = c.chance(0.5);
  for (let i = 0; i < n; i++) { d.raw(numbered ? `${String(i + 1).padStart(2)}. ` : '  '); d.add(c.recovery(style)); d.raw(!twoCol || i % 2 === 1 ? '\n' : '    '); }
  if (!d.text().endsWith('\n')) d.raw('\n');
  d.raw('\n');
  if (c.chance(0.7)) {
    d.line(T({ en: 'Authenticator setup key', de: 'TOTP-Schlüssel', fr: 'Clé de configuration', es: 'Clave de configuración', ja: 'セットアップキー', zh: '设置密钥', ko: '설정 키', pt: 'Chave de configuração' }), ': ', c.totp());
    if (c.chance(0.6)) d.line('otpauth://totp/', svc.replace(/\W/g, ''), ':', c.email(p), '?secret=', c.totp(), '&issuer=', svc.replace(/\W/g, ''), '&digits=6');
  }
  if (c.chance(0.6)) d.line(T({ en: 'Backup PIN', de: 'Notfall-PIN', fr: 'PIN de secours', es: 'PIN de respaldo', ja: '予備PIN', zh: '备用 PIN', ko: '예비 PIN' }), ': ', c.pin(6));
  if (c.chance(0.5)) d.line(T({ en: 'Security question (first pet): ', de: 'Sicherheitsfrage (Lieblingslehrer): ', fr: 'Question secrète (premier animal) : ', es: 'Pregunta de seguridad (primera mascota): ', pt: 'Pergunta de segurança (primeiro animal): ', ja: '秘密の質問（最初のペット）：' }), S('SECURITY_ANSWER', c.pick(['Biscuit', 'Frau Lindner', 'Noisette', 'Pelusa', 'Mochi', 'Rex', 'Kiwi', 'Pipoca', 'Bolinha', 'Chispa'])));
  d.line(c.ph.f.phone, ': ', c.phoneOf(p));
  if (c.chance(0.5)) d.line(c.ph.f.email, ': ', c.email(p));
}

export function contact_cards(c, d) {
  const n = c.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = c.person({ intl: 0.45 });
    const lang = p.lang; // cards keep the contact's own script
    d.line('BEGIN:VCARD'); d.line('VERSION:', c.pick(['3.0', '4.0']));
    d.line('FN:', c.name(p, lang));
    d.line('N:', c.family(p, lang), ';', c.given(p, lang), ';;;');
    d.line('ORG:', c.pick([c.company, 'Freelance', c.company]));
    if (c.chance(0.7)) d.line('TEL;TYPE=CELL:', c.phoneOf(p, 'intl'));
    if (c.chance(0.5)) d.line('TEL;TYPE=WORK,VOICE:', c.phone(c.cc));
    d.line('EMAIL;TYPE=INTERNET:', c.email(p));
    const a = c.address(p.place);
    d.line('ADR;TYPE=HOME:;;', a.street, ';', P('LOCATION', a.city.local), ';;;', P('LOCATION', c.pick([a.city.cc === 'US' ? 'USA' : null, null]) || pii_country(a.city.cc)));
    if (c.chance(0.5)) d.line('BDAY:', `${c.int(1960, 2002)}-${String(c.int(1, 12)).padStart(2, '0')}-${String(c.int(1, 28)).padStart(2, '0')}`);
    if (c.chance(0.35)) d.line('NOTE:', c.pick(['gate code ', 'Torcode ', 'code portail ', 'alarm ']), c.doorCode(), c.chance(0.5) ? F('\\, wifi ', c.wifiPw()) : '');
    d.line('UID:', c.look('uuid'));
    d.line('END:VCARD');
  }
}
import { PLACES } from './locales.mjs';
function pii_country(cc) { return PLACES[cc].countryEn; }

export const MAIL_KINDS = { email_thread, calendar_invite, team_chat, support_chat, sms_export, meeting_notes, helpdesk_ticket, account_recovery, contact_cards };
