// Chats, tickets, e-mails and forum threads: hand-typed credentials and casual mentions of people and places.
import { Doc, P, L, S } from './builder.mjs';
import { Prose } from './prose.mjs';
import { LANGS } from './lang.mjs';
import * as LK from './lookalikes.mjs';
import { phoneTok, emailTok, emailFor, ipTok, cardTok, ibanTok, btcTok, translit } from './pii.mjs';
import { SPEC } from './secrets.mjs';
import { isSingleLine, tok, pad2 } from './util.mjs';
import { person } from './names.mjs';
import { streetLine } from './places.mjs';

const HANDTYPED = ['WIFI_PASSWORD', 'USER_LOGIN_PASSWORD', 'EMAIL_ACCOUNT_PASSWORD', 'ROUTER_ADMIN_PASSWORD', 'DOOR_ENTRY_CODE', 'ALARM_CODE', 'DEVICE_PIN', 'SIM_PUK_CODE', 'SAFE_COMBINATION', 'VOICEMAIL_PIN', 'VPN_PRESHARED_KEY', 'ADMIN_PASSWORD', 'SSH_PASSWORD', 'KEEPASS_MASTER_PASSWORD', 'APPLE_APP_SPECIFIC_PASSWORD', 'TWO_FACTOR_BACKUP_CODE', 'BITLOCKER_RECOVERY_KEY', 'ONEPASSWORD_SECRET_KEY', 'RDP_PASSWORD', 'VNC_PASSWORD', 'FTP_PASSWORD', 'DATABASE_PASSWORD', 'GPG_PASSPHRASE', 'LUKS_PASSPHRASE', 'TOTP_SECRET'];
const CODES = ['DOOR_ENTRY_CODE', 'ALARM_CODE', 'DEVICE_PIN', 'SIM_PUK_CODE', 'SAFE_COMBINATION', 'VOICEMAIL_PIN'];
const LOGINS = HANDTYPED.filter((e) => /PASSWORD|PASSPHRASE|PRESHARED/.test(e));
// pick a secret whose kind fits a credential sentence the language has (wifi / login / code / token)
export function chatSecret(r, deck, nFrames = 4) {
  const cats = [[1, 'wifi'], [3, 'login'], [2, 'code'], [3, 'token']].slice(0, Math.max(1, nFrames));
  const cat = r.weighted(cats);
  if (cat === 'wifi') return tok(r, SPEC.WIFI_PASSWORD);
  if (cat === 'code') return tok(r, SPEC[r.pick(CODES)]);
  if (cat === 'login') return r.chance(0.6) ? tok(r, SPEC[r.pick(LOGINS)]) : tok(r, deck.draw((sp) => isSingleLine(sp) && /PASSWORD|PASSPHRASE/.test(sp.e)));
  return tok(r, deck.draw((sp) => isSingleLine(sp) && !/PASSWORD|PASSPHRASE|PRESHARED|DOOR|ALARM|PIN|PUK|SAFE/.test(sp.e) && sp.e !== 'WIFI_PASSWORD'));
}
const FILLER = {
  en: ['ok', 'thx', 'lol', 'omw', 'sure', 'brb', 'np', 'kk see u there', 'sounds good', 'wait what'], es: ['vale', 'ok gracias', 'jaja', 'ya voy', 'perfecto'], de: ['ok danke', 'passt', 'bin gleich da', 'haha', 'alles klar'],
  fr: ['ok merci', 'mdr', 'j\'arrive', 'parfait', 'ça marche'], it: ['ok grazie', 'perfetto', 'arrivo', 'ahah'], pt: ['valeu', 'blz', 'kkk', 'já vou', 'show'], nl: ['top', 'oké dank', 'haha', 'ben onderweg'],
  pl: ['ok dzięki', 'jasne', 'haha', 'już idę'], cs: ['ok díky', 'jasně', 'haha'], sv: ['tack', 'okej', 'haha'], fi: ['kiitos', 'ok', 'joo'], hu: ['köszi', 'oké', 'haha'], ro: ['mersi', 'ok', 'haha'],
  ru: ['ок спасибо', 'ага', 'ща буду', 'лол'], uk: ['дякую', 'ок', 'ага'], el: ['ευχαριστώ', 'οκ', 'χαχα'], tr: ['tamam', 'sağol', 'geliyorum'], ar: ['تمام', 'شكرا', 'هههه'], he: ['סבבה', 'תודה', 'חחח'],
  hi: ['ठीक है', 'धन्यवाद', 'हाहा'], ja: ['了解', 'ありがとう', 'www'], zh: ['好的', '谢谢', '哈哈'], ko: ['ㅇㅋ', '고마워', 'ㅋㅋㅋ'], vi: ['ok', 'cảm ơn', 'haha'], id: ['oke', 'makasih', 'wkwk'], sw: ['sawa', 'asante'],
  th: ['โอเค', 'ขอบคุณ'], ka: ['კარგი', 'მადლობა'], hy: ['լավ', 'շնորհակալ'], am: ['እሺ', 'አመሰግናለሁ'], bn: ['ঠিক আছে', 'ধন্যবাদ'], ta: ['சரி', 'நன்றி'],
};
const CHAT_LANGS = Object.keys(FILLER);
function chatLine(r, fmt, speaker, body, i) {
  const t = `${pad2(r.range(7, 23))}:${pad2(r.int(60))}`;
  switch (fmt) {
    case 'wa': return [`${pad2(r.range(1, 28))}/${pad2(r.range(1, 12))}/2024, ${t} - `, speaker, ': ', body, '\n'];
    case 'slack': return [`[${t}] `, speaker, ': ', body, '\n'];
    case 'irc': return [`${t} <`, speaker, '> ', body, '\n'];
    case 'discord': return [speaker, ` — Today at ${t}\n`, body, '\n\n'];
    default: return [speaker, ': ', body, '\n'];
  }
}
export function chat(r, g) {
  const d = new Doc('chat'); const lang = r.weighted([[5, 'en'], ...CHAT_LANGS.filter((l) => l !== 'en').map((l) => [1, l])]); d.lang(lang);
  const lower = r.chance(0.6); const x = new Prose(r, lang, { lower });
  const fmt = r.pick(['wa', 'slack', 'irc', 'discord', 'plain']);
  const people = [x.newPerson(), x.newPerson(), x.newPerson()];
  const speakerTok = (p) => (fmt === 'wa' || fmt === 'plain' ? x.per(p) : (lower ? translit(p.given).replace(/[^a-z]/g, '') || 'anon' : p.given.split(' ')[0]).toString());
  const speakers = people.map((p) => p);
  if (fmt === 'wa' && r.chance(0.5)) d.add(`Messages and calls are end-to-end encrypted.\n`);
  const n = r.range(8, 16); let credDone = 0;
  for (let i = 0; i < n && d.bytes < 3000; i++) {
    const sp = r.pick(speakers); let body;
    const k = r.weighted([[4, 'chat'], [2, 'filler'], [3, 'cred'], [1, 'phone'], [1, 'email'], [1, 'event']]);
    if (k === 'cred' && credDone < 4) { body = x.credFrame(chatSecret(r, g.deck, LANGS[lang].cred.length)); credDone++; }
    else if (k === 'phone') body = [lower ? 'new number ' : 'New number: ', phoneTok(r, sp.culture)];
    else if (k === 'email') body = [lower ? 'mail me at ' : 'Email: ', emailTok(r, sp)];
    else if (k === 'filler' || k === 'cred') body = [x.low(r.pick(FILLER[lang]))];
    else { if (r.chance(0.5)) x.reset(); body = x.frame(k === 'event' ? 'event' : 'chat'); }
    d.add(chatLine(r, fmt, speakerTok(sp), body, i));
  }
  if (!credDone) d.add(chatLine(r, fmt, speakerTok(people[0]), x.credFrame(chatSecret(r, g.deck, LANGS[lang].cred.length))));
  return d;
}

const TICKET = {
  en: { hi: ['Hi team,', 'Hello,', 'Good morning,'], prob: ['I cannot log in to the portal since this morning.', 'The VPN keeps dropping at the office in {town}.', 'Our shared mailbox stopped syncing.'], thx: ['Thanks,', 'Regards,', 'Cheers,'], agent: ['Thanks {G1}, I have reset it. Please change it after first login.', 'Closing as resolved. Please never send passwords by ticket.'] },
  es: { hi: ['Hola,', 'Buenos días:'], prob: ['No puedo entrar en el portal desde esta mañana.', 'La VPN se corta en la oficina de {town}.'], thx: ['Gracias,', 'Un saludo,'], agent: ['Gracias {G1}, ya está restablecida. Cámbiala al entrar.'] },
  de: { hi: ['Hallo zusammen,', 'Guten Morgen,'], prob: ['Ich komme seit heute früh nicht mehr ins Portal.', 'Das VPN bricht im Büro {town} ständig ab.'], thx: ['Danke und Gruß', 'Viele Grüße'], agent: ['Danke {G1}, ist zurückgesetzt. Bitte beim ersten Login ändern.'] },
  fr: { hi: ['Bonjour,', 'Bonjour à tous,'], prob: ['Je n\'arrive plus à me connecter au portail.', 'Le VPN coupe sans arrêt au bureau de {town}.'], thx: ['Merci,', 'Cordialement,'], agent: ['Merci {G1}, c\'est réinitialisé.'] },
  it: { hi: ['Buongiorno,'], prob: ['Non riesco ad accedere al portale da stamattina.'], thx: ['Grazie,', 'Saluti,'], agent: ['Grazie {G1}, password reimpostata.'] },
  pt: { hi: ['Olá,', 'Bom dia,'], prob: ['Não consigo entrar no portal desde cedo.', 'A VPN cai toda hora no escritório de {town}.'], thx: ['Obrigado,', 'Abraço,'], agent: ['Obrigado {G1}, já resetei.'] },
  nl: { hi: ['Hoi,', 'Goedemorgen,'], prob: ['Ik kan sinds vanochtend niet inloggen op het portaal.'], thx: ['Groet,', 'Bedankt,'], agent: ['Dank {G1}, is gereset.'] },
  pl: { hi: ['Dzień dobry,', 'Cześć,'], prob: ['Nie mogę się zalogować do portalu od rana.'], thx: ['Pozdrawiam,', 'Dzięki,'], agent: ['Dzięki, zresetowane.'] },
  ru: { hi: ['Здравствуйте,', 'Привет,'], prob: ['С утра не могу зайти в портал.', 'В офисе VPN постоянно отваливается.'], thx: ['Спасибо,', 'С уважением,'], agent: ['Спасибо, пароль сброшен.'] },
  tr: { hi: ['Merhaba,'], prob: ['Sabahtan beri portala giriş yapamıyorum.'], thx: ['Teşekkürler,', 'İyi çalışmalar,'], agent: ['Teşekkürler {G1}, sıfırlandı.'] },
  ja: { hi: ['お疲れ様です。', 'いつもお世話になっております。'], prob: ['今朝からポータルにログインできません。', '{town}のオフィスでVPNが頻繁に切れます。'], thx: ['よろしくお願いします。'], agent: ['{F1}さん、リセットしました。'] },
  zh: { hi: ['你好，', '各位好，'], prob: ['从早上开始无法登录门户网站。'], thx: ['谢谢！'], agent: ['已重置，请首次登录后修改。'] },
  ko: { hi: ['안녕하세요,'], prob: ['아침부터 포털에 로그인이 안 됩니다.'], thx: ['감사합니다.'], agent: ['초기화했습니다.'] },
  sv: { hi: ['Hej,'], prob: ['Jag kan inte logga in i portalen sedan i morse.'], thx: ['Tack,', 'Mvh'], agent: ['Tack {G1}, återställt.'] },
  ar: { hi: ['مرحباً،'], prob: ['لا أستطيع الدخول إلى البوابة منذ الصباح.'], thx: ['شكراً،'], agent: ['تمت إعادة التعيين.'] },
  he: { hi: ['שלום,'], prob: ['אני לא מצליח להתחבר לפורטל מהבוקר.'], thx: ['תודה,'], agent: ['אופס, אופס. אופס: איפסתי.'.replace('אופס, אופס. אופס: ', '')] },
  hi: { hi: ['नमस्ते,'], prob: ['सुबह से पोर्टल में लॉगिन नहीं हो रहा।'], thx: ['धन्यवाद,'], agent: ['रीसेट कर दिया है।'] },
  id: { hi: ['Halo,'], prob: ['Sejak pagi saya tidak bisa login ke portal.'], thx: ['Terima kasih,'], agent: ['Sudah direset.'] },
  vi: { hi: ['Chào anh chị,'], prob: ['Từ sáng em không đăng nhập được cổng thông tin.'], thx: ['Cảm ơn,'], agent: ['Đã đặt lại.'] },
};
export function ticket(r, g) {
  const d = new Doc('ticket'); const lang = r.weighted([[4, 'en'], ...Object.keys(TICKET).filter((l) => l !== 'en').map((l) => [1, l])]); d.lang(lang);
  const x = new Prose(r, lang); const T = TICKET[lang]; const req = x.get(1); const agent = x.newPerson(LANGS.en.cult[r.int(5)]);
  const style = r.int(3);
  if (style === 0) d.add(LK.ticketReference(r), ' · ', r.pick(['Priority: High', 'P2', 'Prio: normal']), '\nRequester: ', x.per(req), ' <', emailTok(r, req), '>\nCreated: ', LK.timestamp(r, 1), '\n\n');
  else if (style === 1) d.add('Ticket ', LK.ticketReference(r), ' — ', r.pick(['Login issue', 'VPN', 'Mailbox', 'Access request']), '\nFrom: ', emailTok(r, req), '\nPhone: ', phoneTok(r, req.culture), '\n---\n');
  else d.add('#', String(r.range(10000, 99999)), ' [', r.pick(['open', 'pending', 'new']), '] opened by ', x.per(req), ' (', LK.crmId(r), ') ', LK.timestamp(r, 0), '\n\n');
  d.add(x.render(r.pick(T.hi)), '\n\n', x.render(r.pick(T.prob)), ' ');
  const nCred = r.range(1, 3);
  for (let i = 0; i < nCred; i++) d.add(x.credFrame(chatSecret(r, g.deck, LANGS[lang].cred.length)), i === nCred - 1 ? '\n' : ' ');
  if (r.chance(0.5)) d.add(x.frame('chat'), '\n');
  if (r.chance(0.4)) d.add('IP: ', ipTok(r), '  ', LK.requestId(r), '\n');
  d.add('\n', x.render(r.pick(T.thx)), '\n', x.render('{P1}'), '\n');
  if (r.chance(0.6)) { d.add('\n--- ', r.pick(['Agent reply', 'Reply from support', 'Respuesta', 'Antwort']), ' (', x.per(agent), ', ', LK.timestamp(r, 1), ') ---\n', x.render(r.pick(T.agent))); if (r.chance(0.5)) d.add(' ', x.credFrame(chatSecret(r, g.deck, LANGS[lang].cred.length))); d.add('\n'); }
  return d;
}

const EMAIL_BODY_EN = ['Following our call, please find the onboarding details below.', 'As discussed with {P2} in {city}, the shipment will leave {town} on {D}.', 'I will be in {city} next week and could meet you and {G2} on Thursday.', 'Please update the payroll record for {P3}; she has moved from {town} to {hood}.', 'Attached is the signed lease for {ST}.'];
export function email(r, g) {
  const d = new Doc('email'); const lang = r.chance(0.6) ? 'en' : r.pick(['es', 'de', 'fr', 'it', 'pt', 'nl', 'pl', 'ja', 'ru', 'sv']); d.lang(lang);
  const x = new Prose(r, lang); const from = x.get(1); const to = x.get(2);
  const hdr = r.int(3);
  if (hdr === 0) d.add('From: ', x.per(from), ' <', emailTok(r, from), '>\nTo: ', x.per(to), ' <', emailTok(r, to), '>\n', r.chance(0.5) ? ['Cc: ', emailTok(r, x.newPerson()), '\n'] : '', 'Date: ', LK.timestamp(r, 5), '\nSubject: ', r.pick(['Re: access', 'Onboarding', 'Fwd: invoice ', 'Re: Re: weekend', 'Zugangsdaten', 'Acceso al sistema']), '\nMessage-ID: <', LK.uuid(r), '@mail.corp.example>\n\n');
  else if (hdr === 1) d.add('> On ', LK.date(r), ', ', x.per(to), ' wrote:\n> ', x.frame('chat'), '\n\n');
  else d.add('-------- Forwarded message --------\nFrom: "', x.per(from), '" <', emailTok(r, from), '>\nDate: ', LK.timestamp(r, 1), '\n\n');
  d.add(lang === 'en' ? ['Dear ', x.per(to, 'g'), ',\n\n'] : [x.render('{G2}'), ',\n\n']);
  const n = r.range(2, 5); const bodies = r.shuffle(EMAIL_BODY_EN);
  for (let i = 0; i < n; i++) {
    if (lang === 'en') { const f = bodies[i]; const parts = f.split('{ST}'); d.add(x.render(parts[0])); if (parts.length > 1) d.add(P('LOCATION', streetLine(r, 'GB')), x.render(parts[1])); }
    else d.add(x.frame(r.pick(['life', 'event', 'chat'])));
    d.add(r.chance(0.4) ? '\n\n' : ' ');
  }
  if (r.chance(0.7)) d.add('\n', x.credFrame(r.chance(0.5) ? chatSecret(r, g.deck, LANGS[lang].cred.length) : tok(r, g.deck.draw(isSingleLine))), '\n');
  if (r.chance(0.3)) d.add('\nBank details: ', ibanTok(r), ' (', x.per(from), ')\n');
  d.add('\n', r.pick(['Best,', 'Kind regards,', '--', 'Saludos,', 'Viele Grüße', 'Bien à vous,']), '\n', x.per(from), '\n', r.chance(0.7) ? [phoneTok(r, from.culture), '\n'] : '', r.chance(0.4) ? [P('LOCATION', streetLine(r, r.pick(['GB', 'US', 'DE', 'FR', 'ES', 'NL']))), ', ', x.render('{city}'), '\n'] : '');
  return d;
}

const FORUM_PASTES = [
  (r, g) => { const s = g.deck.draw((sp) => /PASSWORD|_KEY$|TOKEN/.test(sp.e) && isSingleLine(sp)); return ['```\nservices:\n  db:\n    image: registry.corp.example/postgres:', LK.version(r), '\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ', tok(r, s.e.includes('PASSWORD') ? s : SPEC.POSTGRES_PASSWORD), '\n      API_KEY: ', tok(r, s), '\n```\n']; },
  (r, g) => ['```\n$ curl -H "Authorization: Bearer ', tok(r, g.deck.draw(isSingleLine)), '" https://api.kestrel.example/v2/me\n{"error":"forbidden","request_id":"', LK.requestId(r), '"}\n```\n'],
  (r) => ['```\n[client]\nuser=root\npassword=', tok(r, SPEC.MYSQL_ROOT_PASSWORD), '\nhost=db.lan\n```\n'],
  (r) => ['my key looks like ', LK.placeholder(r), ' in the docs but mine is ', tok(r, SPEC.STRIPE_SECRET_KEY), ' (test mode i think?)\n'],
  (r) => ['btc tips: ', btcTok(r), '\n'],
];
export function forum_thread(r, g) {
  const d = new Doc('forum_thread'); const lang = r.weighted([[5, 'en'], [1, 'de'], [1, 'es'], [1, 'fr'], [1, 'pt'], [1, 'ru'], [1, 'pl'], [1, 'ja'], [1, 'tr'], [1, 'it'], [1, 'nl']]); d.lang(lang);
  const x = new Prose(r, lang, { lower: r.chance(0.4) });
  d.add(r.pick(['Re: ', 'Thread: ', '[SOLVED] ', '']), r.pick(['docker compose cant connect to db', 'Best walks near the river?', 'Lost dog, last seen by the bridge', 'Who remembers the old cinema?', 'Home router keeps rebooting', 'Genealogy help needed']), '\n\n');
  const n = r.range(3, 6);
  for (let i = 0; i < n && d.bytes < 2800; i++) {
    d.add(r.pick(['Posted by ', '#', '» ', '']), r.pick(['kestrel77', 'wanderlust_ines', 'old_timer', 'rk_dev', 'mapache', 'tiggy', 'nordlicht', 'bricoleur', 'xXsamXx']), ' · ', r.chance(0.5) ? LK.timestamp(r, 1) : LK.date(r), '\n');
    for (let j = 0; j < r.range(1, 3); j++) { if (r.chance(0.5)) x.reset(); d.add(x.frame(r.pick(['chat', 'life', 'event'])), ' '); }
    if (r.chance(0.45)) d.add('\n', r.pick(FORUM_PASTES)(r, g));
    if (r.chance(0.25)) d.add('\n', x.credFrame(chatSecret(r, g.deck, LANGS[lang].cred.length)));
    d.add('\n\n');
  }
  return d;
}
