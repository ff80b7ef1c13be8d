// Chat exports (plain text and API JSON), vCards, CRM exports, helpdesk tickets.
import { Doc } from './builder.mjs';
import { people, pickLangLoc } from './common.mjs';
import { conceptLabel } from './phrases.mjs';
import { S, P, L, V, LK, sec, who, nm, mail, tel, pickLoc, phraseLang, langOf, hasLangLoc, codeLine, codeValue, J, jt, jraw } from './common.mjs';
import { pwHuman } from './secrets.mjs';

const CHATTER = {
  en: ['ok thanks!', 'on my way', 'which flat number again?', 'got it 👍', 'can you send me the address?', 'running 10 min late', 'what\'s the wifi?', 'and the code for the box?'],
  de: ['ok danke!', 'bin unterwegs', 'welche Wohnung nochmal?', 'passt 👍', 'schickst du mir die Adresse?', 'bin 10 min später', 'wie ist das WLAN?', 'und der Code für den Kasten?'],
  fr: ['ok merci !', 'j\'arrive', 'c\'est quel appart déjà ?', 'bien reçu 👍', 'tu m\'envoies l\'adresse ?', 'j\'ai 10 min de retard', 'c\'est quoi le wifi ?'],
  es: ['vale, gracias!', 'voy de camino', '¿qué piso era?', 'perfecto 👍', '¿me pasas la dirección?', 'llego 10 min tarde', '¿cuál es el wifi?'],
  pt: ['ok obrigado!', 'tô a caminho', 'qual apartamento mesmo?', 'beleza 👍', 'me manda o endereço?', 'atraso de 10 min'],
  it: ['ok grazie!', 'sto arrivando', 'che interno era?', 'perfetto 👍', 'mi mandi l\'indirizzo?'],
  nl: ['ok dank je!', 'ben onderweg', 'welk huisnummer ook alweer?', 'top 👍', 'stuur je het adres?'],
  pl: ['ok dzięki!', 'już jadę', 'który numer mieszkania?', 'super 👍', 'podeślesz adres?'],
  ru: ['ок, спасибо!', 'уже еду', 'какая квартира?', 'понял 👍', 'скинь адрес'],
  uk: ['ок, дякую!', 'вже їду', 'яка квартира?', 'зрозумів 👍'],
  tr: ['tamam teşekkürler!', 'yoldayım', 'daire kaç numara?', 'anladım 👍'],
  ja: ['了解です！', '今向かってます', '部屋番号何番でしたっけ？', 'ありがとうございます🙏', '住所送ってもらえますか？'],
  zh: ['好的谢谢！', '在路上了', '几号房来着？', '收到👍', '把地址发我一下？'],
  ko: ['네 감사해요!', '가는 중이에요', '몇 호였죠?', '확인했어요👍', '주소 보내줄래요?'],
  ar: ['تمام شكراً!', 'في الطريق', 'رقم الشقة كم؟', 'وصلت 👍'],
  he: ['סבבה תודה!', 'בדרך', 'איזה מספר דירה?', 'קיבלתי 👍'],
  hi: ['ठीक है धन्यवाद!', 'रास्ते में हूँ', 'फ़्लैट नंबर क्या था?'],
  vi: ['ok cảm ơn!', 'đang tới', 'số phòng mấy nhỉ?'],
  id: ['oke makasih!', 'otw', 'nomor unitnya berapa?'],
  th: ['โอเค ขอบคุณ!', 'กำลังไป', 'ห้องเบอร์อะไรนะ'],
  el: ['οκ ευχαριστώ!', 'έρχομαι', 'ποιο διαμέρισμα;'],
  sv: ['ok tack!', 'är på väg', 'vilken lägenhet?'], da: ['ok tak!', 'er på vej'], fi: ['ok kiitos!', 'tulossa'], cs: ['ok díky!', 'jsem na cestě'], ro: ['ok mersi!', 'sunt pe drum'], hu: ['oké köszi!', 'úton vagyok'],
};
function tsFmt(r, style, t) {
  t.clock = (t.clock ?? r.int(420, 700)) + r.int(1, 45);
  const h = Math.min(23, Math.floor(t.clock / 60)), mi = r.pad(t.clock % 60, 2), s = r.pad(r.int(0, 59), 2);
  const p2 = (x) => String(x).padStart(2, '0');
  switch (style) {
    case 0: return `[${p2(t.d)}.${p2(t.m)}.${String(t.y).slice(2)}, ${p2(h)}:${mi}:${s}]`;
    case 1: return `${t.m}/${t.d}/${String(t.y).slice(2)}, ${h > 12 ? h - 12 : h}:${mi} ${h >= 12 ? 'PM' : 'AM'} -`;
    case 2: return `${p2(t.d)}/${p2(t.m)}/${t.y}, ${p2(h)}:${mi} -`;
    default: return `[${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(h)}:${mi}]`;
  }
}
export function chatExport(r, ctx) {
  const loc = pickLangLoc(r);
  const lang = phraseLang(loc);
  const d = new Doc('chat_export').lang(lang);
  const ppl = people(r, r.chance(0.4) ? 3 : 2, (i) => (i === 2 && r.chance(0.5) ? pickLoc(r) : loc));
  const style = r.int(0, 3);
  const t = V.ymd(r, 2024, 2025);
  const lines = [];
  const say = (i, ...items) => lines.push([L('timestamp', tsFmt(r, style, t)), ' ', nm(ppl[i], r.chance(0.7) ? 'full' : 'given'), ': ', ...items]);
  const chatter = CHATTER[lang] || CHATTER.en;
  if (r.chance(0.5)) lines.push([L('timestamp', tsFmt(r, style, t)), ' ', r.pick(['Messages and calls are end-to-end encrypted.', 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.', 'Les messages et les appels sont chiffrés de bout en bout.'])]);
  const n = r.int(5, 9);
  for (let i = 0; i < n; i++) {
    const who_ = i % ppl.length;
    const f = r.int(0, 9);
    if (f <= 2) say(who_, r.pick(chatter));
    else if (f === 3) say(who_, codeLine(r, lang, r.pick(['door', 'wifi', 'keysafe', 'gate', 'alarm', 'garage']), codeValue(r, r.pick(['door', 'keysafe']), lang)));
    else if (f === 4) say(who_, V.addrItems(V.address(r, loc), ', '));
    else if (f === 5) say(who_, r.pick(['', '📞 ', 'tel ', 'Nr: ']), tel(r, loc));
    else if (f === 6) say(who_, r.pick(['IBAN: ', 'iban ', '']), V.iban(r, loc.iban || r.pick(['DE', 'FR', 'ES', 'NL', 'IT', 'PL'])), r.chance(0.5) ? [' (', nm(ppl[who_], 'full'), ')'] : '');
    else if (f === 7) say(who_, r.pick(['streaming: ', 'pw ', conceptLabel(lang, 'password').bare + ' ', conceptLabel(lang, 'password').bare + ': ', '']), S('PASSWORD', pwHuman(r, lang)));
    else if (f === 8) say(who_, r.pick([conceptLabel(lang, 'pin').bare + ' ', conceptLabel(lang, 'pin').bare + ': ', '']), S(r.pick(['BANK_CARD_PIN', 'SIM_PIN', 'DEVICE_PASSCODE']), r.digits(4)), r.pick([' 🤫', '', ' 🙈']));
    else if (r.chance(0.3)) say(who_, r.pick(['btc: ', 'send it here ', 'my wallet ']), V.btc(r));
    else say(who_, mail(r, ppl[(who_ + 1) % ppl.length]));
  }
  if (r.chance(0.3)) lines.push([L('timestamp', tsFmt(r, style, t)), ' ', nm(ppl[0], 'full'), ': ', r.pick(['<Media omitted>', '<Medien ausgeschlossen>', 'IMG-2024-WA0042.jpg (file attached)'])]);
  for (const l of lines) d.add(l, '\n');
  return d;
}

export function chatApiJson(r, ctx) {
  const loc = pickLoc(r);
  const d = new Doc('chat_api_json').lang('en');
  const lang = phraseLang(loc);
  const ppl = [who(r, loc), who(r, r.chance(0.6) ? loc : pickLoc(r))];
  const org = V.org(r, lang);
  const uids = ppl.map(() => `U0${r.upperalnum(8)}`);
  const users = ppl.map((p, i) => ({ id: L('crm_id', uids[i]), real_name: nm(p, 'full', r.chance(0.4)), profile: { email: mail(r, p, org.domain), phone: r.chance(0.6) ? tel(r, p.loc) : '', title: r.pick(['Office Manager', 'Finance', 'Sales', 'IT']) }, tz: r.pick(['Europe/Berlin', 'Asia/Tokyo', 'America/New_York']) }));
  const msgs = [];
  for (let i = 0; i < r.int(3, 5); i++) {
    const k = i % 2;
    const f = r.pick([0, 0, 1, 2, 3, 4]);
    let text;
    if (f === 0) text = jt('here is the key for the shop integration: ', sec(r, ctx.deck.draw()));
    else if (f === 1) text = jt('<@', L('crm_id', uids[1 - k]), '> the wifi for the offsite is ', S('WIFI_PASSWORD', pwHuman(r, lang)), ' :wifi:');
    else if (f === 2) text = jt('customer called from ', tel(r, pickLoc(r)), ', order ', LK.orderNumber(r), ', wants refund to ', V.iban(r, r.pick(['DE', 'NL', 'FR', 'ES', 'BE'])));
    else if (f === 3) text = jt('```', r.pick(['export ', 'set ']), r.pick(['SMTP_PASS', 'MAIL_PASSWORD']), '=', sec(r, 'SMTP_PASSWORD'), '```');
    else text = jt('meeting moved, new passcode ', S('MEETING_PASSCODE', r.digits(6)), ' (ID ', LK.meetingId(r, 'zoom'), ')');
    msgs.push({ type: 'message', user: L('crm_id', uids[k]), text, ts: L('timestamp', `${r.int(1700000000, 1745000000)}.${r.digits(6)}`), client_msg_id: LK.uuid(r), team: L('crm_id', `T0${r.upperalnum(8)}`) });
  }
  d.add(J({ ok: true, channel: L('crm_id', `C0${r.upperalnum(8)}`), users, messages: msgs, has_more: false, response_metadata: { next_cursor: '' } }, { indent: r.pick([2, 0]), ascii: r.chance(0.2) }), '\n');
  return d;
}

// ---------------------------------------------------------------- vCards
export function vcardExport(r) {
  const d = new Doc('vcard_export').lang('en');
  const base = pickLoc(r);
  for (let i = 0; i < r.int(2, 4); i++) {
    const loc = r.chance(0.6) ? base : pickLoc(r);
    const p = who(r, loc);
    const latin = r.chance(0.3);
    const a = V.address(r, loc, { latin });
    const org = V.org(r, phraseLang(loc));
    d.add('BEGIN:VCARD\nVERSION:', r.pick(['3.0', '4.0']), '\nFN:', nm(p, 'full', latin), '\nN:', nm(p, 'family', latin), ';', nm(p, 'given', latin), ';;;\n');
    d.add('ORG:', org.name, '\nTEL;TYPE=CELL:', tel(r, loc), '\n');
    if (r.chance(0.5)) d.add('TEL;TYPE=WORK,VOICE:', tel(r, loc), '\n');
    d.add('EMAIL;TYPE=INTERNET:', mail(r, p, r.chance(0.5) ? org.domain : undefined), '\n');
    const l0 = a.lines[0], l1 = a.lines[1] || [];
    d.add('ADR;TYPE=HOME:;;', l0, ';', a.city || '', ';;', [l1].flat(3).filter((x) => typeof x === 'string' && /\d{3}/.test(x)).join('').replace(/[,\s]+$/, '').trim(), ';', V.countryMark(loc, latin), '\n');
    if (r.chance(0.5)) d.add('BDAY:', `${r.int(1950, 2005)}-${r.pad(r.int(1, 12), 2)}-${r.pad(r.int(1, 28), 2)}`, '\n');
    if (r.chance(0.4)) d.add('NOTE:', r.pick([['Gate code ', S('GATE_CODE', r.digits(4))], ['Tür ', S('DOOR_CODE', r.digits(4)), '#'], ['IBAN ', V.iban(r, loc.iban || 'DE', 'plain')], ['Alarm ', S('ALARM_CODE', r.digits(4))]]), '\n');
    d.add('UID:', LK.uuid(r), '\nREV:', L('timestamp', `${r.int(2023, 2025)}${r.pad(r.int(1, 12), 2)}${r.pad(r.int(1, 28), 2)}T${r.pad(r.int(0, 23), 2)}${r.pad(r.int(0, 59), 2)}${r.pad(r.int(0, 59), 2)}Z`), '\nEND:VCARD\n');
  }
  return d;
}

// ---------------------------------------------------------------- CRM exports
export function crmExport(r, ctx) {
  const d = new Doc('crm_export').lang('en');
  const base = pickLoc(r);
  const recs = [];
  for (let i = 0; i < r.int(2, 3); i++) {
    const loc = r.chance(0.5) ? base : pickLoc(r);
    const p = who(r, loc);
    const owner = who(r, base);
    const org = V.org(r, phraseLang(loc));
    const a = V.address(r, loc, { latin: true });
    recs.push({
      Id: LK.crmId(r), FirstName: nm(p, 'given', r.chance(0.5)), LastName: nm(p, 'family', r.chance(0.5)), Email: mail(r, p, org.domain), Phone: tel(r, loc), MobilePhone: r.chance(0.5) ? tel(r, loc) : null,
      MailingStreet: jt(a.lines[0]), MailingCity: a.city || V.cityMark(r, loc, true), MailingCountry: V.countryMark(loc, true), Account: org.name,
      Owner: { Name: nm(owner, 'full'), Email: mail(r, owner, 'crm-owner.example') }, LeadSource: r.pick(['Web', 'Trade show', 'Referral', 'Cold call']),
      Description: r.chance(0.5) ? r.pick([jt('Pays by card ', V.card(r), ' – do not store!'), jt('Prefers WhatsApp ', tel(r, loc)), jt('Assistant: ', nm(who(r, loc), 'full'), ', ', tel(r, loc)), jt('Refund to IBAN ', V.iban(r, loc.iban || 'DE')), jt('Card on file failed validation: ', LK.invalidCard(r)), jt('Portal login ', mail(r, p), ' / ', S('PASSWORD', pwHuman(r, phraseLang(loc))))]) : null,
      CreatedDate: V.tsMark(r), LastModifiedDate: V.tsMark(r), SystemModstamp: V.tsMark(r),
    });
  }
  if (r.chance(0.6)) d.add(J({ totalSize: recs.length, done: true, records: recs.map((x) => ({ attributes: { type: 'Contact', url: jt('/services/data/v59.0/sobjects/Contact/', L('crm_id', x.Id.value)) }, ...x })) }, { indent: r.pick([2, 4]) }), '\n');
  else {
    const cols = ['Id', 'FirstName', 'LastName', 'Email', 'Phone', 'MailingStreet', 'MailingCity', 'MailingCountry', 'Account', 'Description'];
    d.add(cols.join(','), '\n');
    for (const x of recs) d.add(cols.map((c) => { const v = x[c]; if (v === null || v === undefined) return ''; const items = v.items ? v.items : v; const txt = [items].flat(4).map(String).join(''); return /[",\n]/.test(txt) ? ['"', items, '"'] : items; }).reduce((acc, c, k) => (k ? [...acc, ',', c] : [c]), []), '\n');
  }
  return d;
}

// ---------------------------------------------------------------- helpdesk tickets
export function helpdeskTicket(r, ctx) {
  const loc = pickLoc(r, (l) => ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl', 'sv', 'ja'].includes(phraseLang(l)));
  const lang = phraseLang(loc);
  const d = new Doc('helpdesk_ticket').lang('en', lang);
  const req = who(r, loc), agent = who(r, pickLoc(r, (l) => l.script === 'Latin'));
  const org = V.org(r, lang);
  const f = r.int(0, 3);
  d.add('Ticket ', LK.ticketNumber(r), ' · ', r.pick(['Priority: High', 'Priority: Normal', 'Prio 2']), ' · Status: ', r.pick(['Open', 'Pending', 'Solved']), '\nRequester: ', nm(req, 'full'), ' <', mail(r, req, org.domain), '>  ', tel(r, loc), '\nCreated: ', V.tsMark(r), '\nSubject: ', ['Locked out of laptop (BitLocker)', 'Password reset for mail', 'New phone – MFA', 'VPN not connecting'][f], '\n\n');
  d.add('--- ', nm(req, 'given'), ' ---\n');
  if (f === 0) d.add(r.pick(['My laptop asks for a recovery key after the BIOS update. ', 'Mein Laptop will nach dem Update einen Wiederherstellungsschlüssel. ']), 'Device ', LK.hostname(r), ', key ID ', L('uuid', r.HEX(8)), '.\n\n--- ', nm(agent, 'full'), ' (agent) ---\nHere is your recovery key:\n', sec(r, 'BITLOCKER_RECOVERY_KEY'), '\nPlease confirm once you are in.\n');
  else if (f === 1) d.add(r.pick(['I forgot my password again, sorry!', 'Ich habe mein Passwort vergessen.', 'J\'ai oublié mon mot de passe.']), ' My old one was ', S('PASSWORD', pwHuman(r, lang)), ' if that helps.\n\n--- ', nm(agent, 'full'), ' (agent) ---\nReset done. Temporary password: ', sec(r, 'TEMPORARY_PASSWORD'), ' – you must change it at first login.\n');
  else if (f === 2) d.add('I got a new phone (IMEI ', L('serial_number', r.digits(15)), ') and the authenticator is gone.\n\n--- ', nm(agent, 'full'), ' (agent) ---\nI generated new backup codes for you: ', sec(r, 'RECOVERY_CODE'), ', ', sec(r, 'RECOVERY_CODE'), ', ', sec(r, 'RECOVERY_CODE'), '. New TOTP seed: ', sec(r, 'TOTP_SEED'), '\n');
  else d.add('VPN fails with error 809 from home (my IP ', V.ipv4(r, 'public'), ').\n\n--- ', nm(agent, 'full'), ' (agent) ---\nThe pre-shared key changed last week, new one: ', sec(r, 'VPN_PRESHARED_KEY'), '. Your VPN password stays ', sec(r, 'VPN_PASSWORD'), '. Server ', LK.hostname(r), ' (10.', r.int(0, 255), '.', r.int(0, 255), '.1).\n');
  if (r.chance(0.5)) d.add('\nInternal note: user verified via callback to ', tel(r, loc), ', employee ', LK.employeeId(r), '.\n');
  d.add('\n-- ', r.pick(['Service Desk', 'IT-Support', 'Helpdesk']), ' · ', mail(r, agent, 'servicedesk.example'), '\n');
  return d;
}
