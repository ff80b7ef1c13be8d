// Document kinds: mail, calendar, chats, letters to the household, announcements, listings, travel.
import { S, P, L } from './builder.mjs';
import { PH, PH_LANGS, LANG_CC, CC_PHONE, CC_IBAN } from './phrases.mjs';
import { say, sayTpl, locale, place, vars, hasInflected, inflectedLine, SSIDS } from './kit.mjs';
import { humanPassword, passphrase } from './secrets.mjs';
import { uuid, ORG_DOMAINS } from './values.mjs';

const HDR = { en: ['From', 'Sent', 'To', 'Subject', 'Cc'], de: ['Von', 'Gesendet', 'An', 'Betreff', 'Cc'], fr: ['De', 'Envoyé', 'À', 'Objet', 'Cc'], es: ['De', 'Enviado', 'Para', 'Asunto', 'CC'],
  it: ['Da', 'Inviato', 'A', 'Oggetto', 'Cc'], nl: ['Van', 'Verzonden', 'Aan', 'Onderwerp', 'CC'], pl: ['Od', 'Wysłano', 'Do', 'Temat', 'DW'], pt: ['De', 'Enviada em', 'Para', 'Assunto', 'Cc'],
  sv: ['Från', 'Skickat', 'Till', 'Ämne', 'Kopia'], ru: ['От', 'Отправлено', 'Кому', 'Тема', 'Копия'], el: ['Από', 'Στάλθηκε', 'Προς', 'Θέμα', 'Κοιν.'], tr: ['Kimden', 'Gönderildi', 'Kime', 'Konu', 'Bilgi'],
  ja: ['差出人', '送信日時', '宛先', '件名', 'CC'], zh: ['发件人', '发送时间', '收件人', '主题', '抄送'], ko: ['보낸 사람', '보낸 날짜', '받는 사람', '제목', '참조'], ar: ['من', 'تاريخ الإرسال', 'إلى', 'الموضوع', 'نسخة'],
  he: ['מאת', 'נשלח', 'אל', 'נושא', 'עותק'], hi: ['प्रेषक', 'भेजा गया', 'प्रति', 'विषय', 'प्रतिलिपि'] };
const WROTE = { en: 'On {date}, {name} <{email}> wrote:', de: 'Am {date} schrieb {name} <{email}>:', fr: 'Le {date}, {name} <{email}> a écrit :', es: 'El {date}, {name} (<{email}>) escribió:',
  it: 'Il giorno {date} {name} <{email}> ha scritto:', nl: 'Op {date} schreef {name} <{email}>:', pl: 'W dniu {date} {name} <{email}> napisał(a):', pt: 'Em {date}, {name} <{email}> escreveu:',
  sv: 'Den {date} skrev {name} <{email}>:', ru: '{date}, {name} <{email}> пишет:', el: 'Στις {date}, ο/η {name} <{email}> έγραψε:', tr: '{date} tarihinde {name} <{email}> şunu yazdı:',
  ja: '{date} {name} <{email}>:', zh: '在 {date}，{name} <{email}> 写道：', ko: '{date}, {name} <{email}>님이 작성:', ar: 'في {date}، كتب {name} <{email}>:', he: 'ב-{date}, {name} <{email}> כתב/ה:', hi: '{date} को {name} <{email}> ने लिखा:' };
const SUBJ = { en: ['Flat viewing on Saturday', 'School trip – payment', 'Wi-Fi for the weekend', 'Insurance claim update', 'Tax papers 2024', 'Handover of the keys'],
  de: ['Wohnungsübergabe', 'Klassenfahrt – Zahlung', 'Nebenkostenabrechnung', 'Arzttermin', 'Steuerunterlagen'], fr: ['Visite de l’appartement', 'Sortie scolaire – paiement', 'Déclaration de sinistre', 'Rendez-vous notaire'],
  es: ['Visita del piso', 'Excursión del colegio', 'Parte del seguro', 'Papeles de la renta'], it: ['Visita appartamento', 'Gita scolastica – quota', 'Pratica assicurativa', 'Documenti 730'],
  nl: ['Bezichtiging zaterdag', 'Schoolreis – betaling', 'Schadeclaim', 'Belastingaangifte'], pl: ['Oglądanie mieszkania', 'Wycieczka szkolna – wpłata', 'Szkoda – zgłoszenie', 'PIT za 2024'],
  pt: ['Visita ao apartamento', 'Excursão da escola', 'Sinistro do seguro', 'Imposto de renda'], sv: ['Visning på lördag', 'Skolresa – betalning', 'Försäkringsärende', 'Deklarationen'],
  ru: ['Просмотр квартиры', 'Школьная поездка', 'Страховой случай', 'Налоговый вычет'], el: ['Επίσκεψη διαμερίσματος', 'Σχολική εκδρομή', 'Ασφαλιστική αποζημίωση'], tr: ['Daire gezisi', 'Okul gezisi ödemesi', 'Sigorta hasarı'],
  ja: ['内見の件', '遠足の集金について', '保険請求の件', '確定申告書類'], zh: ['看房时间', '春游费用', '保险理赔进度'], ko: ['집 보러 가는 날', '수학여행 비용', '보험 청구 건'], ar: ['معاينة الشقة', 'رحلة المدرسة', 'مطالبة التأمين'],
  he: ['צפייה בדירה', 'טיול שנתי – תשלום', 'תביעת ביטוח'], hi: ['फ्लैट देखने के बारे में', 'स्कूल ट्रिप भुगतान', 'बीमा दावा'] };
const REPLY = { en: 'Re: ', de: 'AW: ', fr: 'RE : ', es: 'RE: ', it: 'R: ', nl: 'Re: ', pl: 'Odp: ', pt: 'RE: ', sv: 'SV: ', ru: 'Re: ', el: 'ΑΠ: ', tr: 'YNT: ', ja: 'Re: ', zh: '回复：', ko: 'RE: ', ar: 'رد: ', he: 'השב: ', hi: 'Re: ' };
const SENT_FROM = { en: 'Sent from my iPhone', de: 'Von meinem iPhone gesendet', fr: 'Envoyé de mon iPhone', es: 'Enviado desde mi móvil', it: 'Inviato da iPhone', nl: 'Verzonden vanaf mijn iPhone',
  pl: 'Wysłane z iPhone’a', pt: 'Enviado do meu celular', sv: 'Skickat från min iPhone', ru: 'Отправлено с iPhone', el: 'Στάλθηκε από το κινητό μου', tr: 'iPhone’umdan gönderildi', ja: 'iPhoneから送信',
  zh: '发自我的手机', ko: '내 휴대폰에서 보냄', ar: 'أُرسلت من هاتفي', he: 'נשלח מהנייד', hi: 'मेरे फ़ोन से भेजा गया' };
const TEL = { en: 'Mob.', de: 'Mobil', fr: 'Tél.', es: 'Móvil', it: 'Cell.', nl: 'Mob.', pl: 'tel.', pt: 'Cel.', sv: 'Mobil', ru: 'Тел.', el: 'Κιν.', tr: 'Cep', ja: '携帯', zh: '手机', ko: '휴대폰', ar: 'جوال', he: 'נייד', hi: 'मोबाइल' };
const ORGS = ['Hausverwaltung Linden GmbH', 'Kanzlei Weber & Partner', 'Agence Immobilière du Parc', 'Inmobiliaria Sol y Mar', 'Studio Associato Ricci', 'Makelaardij Grachtzicht', 'Biuro Rachunkowe Wanda',
  'Imobiliária Horizonte', 'Mäklarhuset Söder', 'Acme Logistics Ltd', 'City Hospital Trust', 'Parish of St Brigid', 'Elternbeirat Grundschule Am Park'];
const BODY_CATS = [['wifi', 2], ['login', 2], ['pay', 3], ['visit', 3], ['meet', 2], ['card', 1], ['newnum', 3], ['moved', 2], ['doc', 2], ['parcel', 2]];

function signature(X, d, loc, p, prefix = '') {
  d.t(prefix).w(X.pname(p)).t('\n');
  if (X.chance(0.4)) d.t(prefix + X.pick(ORGS) + '\n');
  if (X.chance(0.8)) d.t(prefix + TEL[loc.lang] + ' ').w(X.phone(CC_PHONE[loc.cc] || loc.cc)).t('\n');
  if (X.chance(0.5)) d.t(prefix).w(X.email(p)).t('\n');
  if (X.chance(0.35)) { const a = X.addr(loc.cc); d.t(prefix).w(X.addrParts(a, ', ')).t('\n'); }
}

export function email_thread(X, d) {
  const lang = X.lang('email', PH_LANGS); const loc = locale(X, lang); const H = HDR[lang];
  const A = X.person(loc.cult), B = X.person(X.chance(0.7) ? loc.cult : undefined);
  const subj = X.pick(SUBJ[lang]);
  const style = X.pick(['rfc', 'outlook', 'plain']);
  if (style === 'rfc') {
    d.w('From: ', X.pname(A), ' <', X.email(A), '>\n', 'To: ', X.pname(B), ' <', X.email(B), '>\n');
    if (X.chance(0.4)) { const C = X.person(loc.cult); d.w('Cc: ', X.email(C), '\n'); }
    d.w('Date: ', X.ts(), '\n', 'Subject: ', REPLY[lang], subj, '\n');
    if (X.chance(0.3)) d.w('X-Mailer: ', X.pick(['Thunderbird ', 'Apple Mail (', 'Roundcube Webmail ']), X.L('version'), '\n');
    d.t('\n');
  } else if (style === 'outlook') {
    d.w(H[0], ': ', X.pname(A), ' <', X.email(A), '>\n', H[1], ': ', X.ts(), '\n', H[2], ': ', X.email(B), '\n', H[3], ': ', REPLY[lang], subj, '\n\n');
  } else d.w(REPLY[lang], subj, '\n', '-'.repeat(X.int(10, 40)), '\n');
  // current message
  say(X, d, loc, 'hi', { given: X.pgiven(B) }); d.t('\n\n');
  const n = X.int(2, 4);
  for (let i = 0; i < n && d.len < X.budget; i++) { say(X, d, loc, X.r.weighted(BODY_CATS)); d.t(X.chance(0.6) ? ' ' : '\n'); }
  if (hasInflected(lang) && X.chance(0.6)) { inflectedLine(X, d, lang); d.t('\n'); }
  d.t('\n' + X.pick(PH[lang].bye) + '\n');
  if (X.chance(0.3)) d.t(SENT_FROM[lang] + '\n'); else signature(X, d, loc, A, X.chance(0.3) ? '-- \n' : '');
  // quoted history
  let depth = 1; let prev = B;
  while (d.len < X.budget && depth <= 3) {
    const q = '>'.repeat(depth) + ' ';
    d.t('\n'); const w = WROTE[lang];
    d.tpl(w, { date: X.ts(), name: X.pname(prev), email: X.email(prev) }); d.t('\n');
    d.t(q); say(X, d, loc, 'hi', { given: X.pgiven(depth % 2 ? A : B) }); d.t('\n' + q + '\n');
    const m = X.int(1, 3);
    for (let i = 0; i < m; i++) { d.t(q); say(X, d, loc, X.r.weighted(BODY_CATS)); d.t('\n'); }
    d.t(q + '\n' + q + X.pick(PH[lang].bye) + '\n' + q); d.w(X.pname(prev)).t('\n');
    if (X.chance(0.5)) { d.t(q); d.w(TEL[lang], ' ', X.phone(CC_PHONE[loc.cc] || loc.cc)).t('\n'); }
    prev = prev === B ? A : B; depth++;
  }
  if (X.chance(0.3)) d.t('\n' + ({ de: 'Diese E-Mail enthält vertrauliche Informationen.', fr: 'Ce message est confidentiel.', it: 'Questo messaggio è riservato.', es: 'Este mensaje es confidencial.', nl: 'Dit bericht is vertrouwelijk.' }[lang] || 'This e-mail and any attachments are confidential.') + '\n');
}

// ------------------------------------------------------------------ calendar invites
const CAL = { en: { sum: ['Parent-teacher evening', 'Flat viewing', 'Notary appointment', 'Dentist – check-up', 'Club AGM', 'Key handover'], when: 'When', where: 'Where', who: 'Guests', join: 'Join by phone', pin: 'PIN', pass: 'Passcode' },
  de: { sum: ['Elternabend 3b', 'Wohnungsbesichtigung', 'Notartermin Kaufvertrag', 'Zahnarzt Kontrolle', 'Jahreshauptversammlung', 'Schlüsselübergabe'], when: 'Wann', where: 'Wo', who: 'Teilnehmer', join: 'Telefonische Einwahl', pin: 'PIN', pass: 'Kenncode' },
  fr: { sum: ['Réunion parents-professeurs', 'Visite appartement', 'Signature chez le notaire', 'Dentiste', 'Assemblée générale du club'], when: 'Quand', where: 'Où', who: 'Invités', join: 'Rejoindre par téléphone', pin: 'Code', pass: 'Code secret' },
  es: { sum: ['Tutoría con la profesora', 'Visita al piso', 'Firma en la notaría', 'Revisión dental'], when: 'Cuándo', where: 'Dónde', who: 'Invitados', join: 'Unirse por teléfono', pin: 'PIN', pass: 'Código de acceso' },
  it: { sum: ['Colloquio con gli insegnanti', 'Visita appartamento', 'Rogito dal notaio'], when: 'Quando', where: 'Dove', who: 'Invitati', join: 'Partecipa per telefono', pin: 'PIN', pass: 'Codice' },
  nl: { sum: ['Oudergesprek', 'Bezichtiging', 'Notaris – overdracht'], when: 'Wanneer', where: 'Waar', who: 'Gasten', join: 'Inbellen', pin: 'Pincode', pass: 'Toegangscode' },
  pl: { sum: ['Wywiadówka', 'Oglądanie mieszkania', 'Notariusz – akt'], when: 'Kiedy', where: 'Gdzie', who: 'Goście', join: 'Dołącz telefonicznie', pin: 'PIN', pass: 'Kod dostępu' },
  ja: { sum: ['保護者面談', '内見', '歯科検診'], when: '日時', where: '場所', who: '参加者', join: '電話で参加', pin: 'PIN', pass: 'パスコード' } };
const p2 = (x) => String(x).padStart(2, '0');
function icsTime(X, base, addMin = 0) { const t = new Date(base + addMin * 60000); return `${t.getUTCFullYear()}${p2(t.getUTCMonth() + 1)}${p2(t.getUTCDate())}T${p2(t.getUTCHours())}${p2(t.getUTCMinutes())}00`; }
export function calendar_invite(X, d) {
  const lang = X.lang('cal', Object.keys(CAL)); const loc = locale(X, lang); const C = CAL[lang];
  const org = X.person(loc.cult); const a = X.addr(loc.cc);
  const meetingId = `${X.int(100, 999)} ${X.int(1000, 9999)} ${X.int(1000, 9999)}`;
  const passcode = S('MEETING_PASSCODE', X.chance(0.5) ? String(X.int(100000, 999999)) : X.r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', X.int(6, 10)));
  if (X.chance(0.6)) {
    d.t('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//' + X.pick(['Famplan//Kalender 4.2//DE', 'HomeDesk//Invites//EN', 'Agenda Libre//FR']) + '\r\nMETHOD:REQUEST\r\n');
    if (X.chance(0.5)) d.t('BEGIN:VTIMEZONE\r\nTZID:' + X.pick(['Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Asia/Tokyo', 'Europe/Warsaw']) + '\r\nEND:VTIMEZONE\r\n');
    const base = Date.UTC(X.int(2024, 2026), X.int(0, 11), X.int(1, 28), X.int(7, 19), X.pick([0, 15, 30, 45]));
    d.t('BEGIN:VEVENT\r\n').w('UID:', X.L('uuid'), '\r\n', 'DTSTAMP:', L('timestamp', icsTime(X, base, -X.int(600, 40000)) + 'Z'), '\r\n', 'DTSTART;TZID=Europe/Berlin:', L('timestamp', icsTime(X, base)), '\r\n', 'DTEND;TZID=Europe/Berlin:', L('timestamp', icsTime(X, base, X.pick([30, 45, 60, 90, 120]))), '\r\n');
    d.t('SUMMARY:' + X.pick(C.sum) + '\r\n');
    d.w('LOCATION:', P('LOCATION', a.street), '\\, ', P('LOCATION', a.city), '\r\n');
    if (X.chance(0.5)) { const la = (X.r.float() * 20 + 40).toFixed(6), lo = (X.r.float() * 20 - 5).toFixed(6); d.w('GEO:', L('coordinates', `${la};${lo}`), '\r\n'); }
    d.w('ORGANIZER;CN=', X.pname(org), ':mailto:', X.email(org), '\r\n');
    const n = X.int(2, 5);
    for (let i = 0; i < n; i++) { const p = X.person(X.chance(0.7) ? loc.cult : undefined); d.w('ATTENDEE;ROLE=', X.pick(['REQ-PARTICIPANT', 'OPT-PARTICIPANT']), ';PARTSTAT=', X.pick(['NEEDS-ACTION', 'ACCEPTED', 'TENTATIVE']), ';CN=', X.pname(p), ':mailto:', X.email(p), '\r\n'); }
    d.w('DESCRIPTION:', C.join, ': ', X.phone(CC_PHONE[loc.cc] || 'DE', 'intl'), '\\n', 'Meeting-ID: ', meetingId, '\\n', C.pass, ': ', passcode, '\\n');
    if (X.chance(0.5)) d.w('https://meet.video.example/j/', meetingId.replace(/ /g, ''), '?pwd=', S('MEETING_PASSCODE', X.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32)), '\\n');
    if (X.chance(0.5)) { d.t('\\n'); sayTpl(X, d, loc, X.pick(PH[lang] ? PH[lang].newnum : PH.en.newnum)); }
    d.t('\r\nSEQUENCE:' + X.int(0, 3) + '\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
  } else {
    d.t(X.pick(['Invitation: ', 'Einladung: ', 'Invitation : ', 'Invitación: ', '']) + X.pick(C.sum) + '\n\n');
    d.w(C.when, ': ', X.ts(), ' – ', X.pick(['10:30', '18:00', '19:15']), ' (', X.pick(['CET', 'CEST', 'JST', 'UTC']), ')\n');
    d.w(C.where, ': ', X.addrParts(a, ', '), '\n');
    if (X.chance(0.4)) d.w('  ', place(X), ' – ', X.pick(['2nd floor', '2. OG', 'entrée B', 'bajo izquierda', 'Hinterhaus']), '\n');
    d.w('\n', C.who, ':\n');
    d.w('  ', X.pname(org), ' <', X.email(org), '> – organizer\n');
    const n = X.int(2, 6);
    for (let i = 0; i < n && d.len < X.budget; i++) { const p = X.person(X.chance(0.7) ? loc.cult : undefined); d.w('  ', X.pname(p), X.chance(0.6) ? [' <', X.email(p), '>'] : '', '\n'); }
    d.w('\n', C.join, '\n  ', X.phone(CC_PHONE[loc.cc] || 'DE', 'intl'), '  ', C.pin, ': ', meetingId, '#\n  ', C.pass, ': ', passcode, '\n');
    if (PH[lang]) { d.t('\n'); say(X, d, loc, X.pick(['visit', 'meet', 'newnum'])); d.t('\n'); }
    d.t('\n' + X.pick(['Invitation from Kalender', 'Reply for ' , 'Diese Einladung wurde gesendet an ', '']));
    if (X.chance(0.6)) { const p = X.person(loc.cult); d.w(X.email(p)); }
    d.t('\n');
  }
}

// ------------------------------------------------------------------ chat exports
const FILL = { en: ['ok 👍', 'thanks!!', 'lol', 'on my way', '<Media omitted>', 'This message was deleted', 'can someone pick up the kids?', 'sure'],
  de: ['ok 👍', 'Danke!', 'bin unterwegs', '<Medien ausgeschlossen>', 'Diese Nachricht wurde gelöscht.', 'Wer holt die Kinder?', 'passt'],
  fr: ['ok 👍', 'merci !', 'j’arrive', '<Médias omis>', 'Ce message a été supprimé', 'qui récupère les enfants ?'], es: ['vale 👍', '¡gracias!', 'voy', '<Multimedia omitido>', 'Se eliminó este mensaje'],
  it: ['ok 👍', 'grazie!', 'arrivo', '<Media omessi>'], nl: ['oké 👍', 'dank!', 'onderweg', '<Media weggelaten>'], pl: ['ok 👍', 'dzięki!', 'jadę', '<Pominięto multimedia>'],
  pt: ['blz 👍', 'valeu!', 'tô indo', '<Mídia oculta>'], sv: ['okej 👍', 'tack!', 'på väg'], ru: ['ок 👍', 'спасибо!', 'еду', '<Без медиафайлов>'], el: ['οκ 👍', 'ευχαριστώ!'],
  tr: ['tamam 👍', 'sağ ol!', 'yoldayım'], ja: ['了解です👍', 'ありがとう！', '今向かってます'], zh: ['好的👍', '谢谢！', '在路上了'], ko: ['넵👍', '고마워요!', '가는 중'],
  ar: ['تمام 👍', 'شكراً!'], he: ['סבבה 👍', 'תודה!'], hi: ['ठीक है 👍', 'धन्यवाद!'] };
const BTC_INTRO = { en: 'my btc address: ', de: 'meine BTC-Adresse: ', fr: 'adresse BTC : ', es: 'mi dirección BTC: ', it: 'indirizzo BTC: ', nl: 'mijn BTC-adres: ', pl: 'mój adres BTC: ', pt: 'meu endereço BTC: ',
  sv: 'min BTC-adress: ', ru: 'мой BTC-адрес: ', tr: 'BTC adresim: ', ja: 'BTCアドレス: ', zh: '比特币地址：', ko: 'BTC 주소: ', el: 'διεύθυνση BTC: ', ar: 'عنوان البيتكوين: ', he: 'כתובת BTC: ', hi: 'मेरा BTC पता: ' };
const SPELL = { en: [['the alarm app password is ', 'ACCOUNT_PASSWORD', ' (capital first letter)'], ['Netflix pw: ', 'ACCOUNT_PASSWORD'], ['router admin pw ', 'ROUTER_ADMIN_PASSWORD', ' – don’t change it pls']],
  de: [['Passwort für die Cloud: ', 'ACCOUNT_PASSWORD', ' – groß geschrieben'], ['Router-Kennwort ist ', 'ROUTER_ADMIN_PASSWORD'], ['Mail-Passwort von Opa: ', 'EMAIL_ACCOUNT_PASSWORD']],
  fr: [['mdp Freebox : ', 'ROUTER_ADMIN_PASSWORD', ' avec majuscule'], ['mot de passe Ameli : ', 'ACCOUNT_PASSWORD']], es: [['contraseña del router: ', 'ROUTER_ADMIN_PASSWORD'], ['la clave del banco es ', 'ONLINE_BANKING_PASSWORD', ', no se la digas a nadie']],
  it: [['password del modem: ', 'ROUTER_ADMIN_PASSWORD'], ['la password della PEC è ', 'EMAIL_ACCOUNT_PASSWORD']], nl: [['wachtwoord DigiD: ', 'ACCOUNT_PASSWORD'], ['router ww: ', 'ROUTER_ADMIN_PASSWORD']],
  pl: [['hasło do Allegro: ', 'ACCOUNT_PASSWORD'], ['hasło do banku: ', 'ONLINE_BANKING_PASSWORD', ' (nie mów tacie)']], pt: [['senha do wi-fi do escritório: ', 'ROUTER_ADMIN_PASSWORD'], ['senha do gov.br: ', 'ACCOUNT_PASSWORD']],
  sv: [['lösen till BankID-appen: ', 'ONLINE_BANKING_PASSWORD'], ['routerns lösenord: ', 'ROUTER_ADMIN_PASSWORD']], ru: [['пароль от почты: ', 'EMAIL_ACCOUNT_PASSWORD'], ['пароль от роутера ', 'ROUTER_ADMIN_PASSWORD']],
  tr: [['modem şifresi: ', 'ROUTER_ADMIN_PASSWORD'], ['e-posta şifrem ', 'EMAIL_ACCOUNT_PASSWORD']], ja: [['ルーターの管理パスワードは ', 'ROUTER_ADMIN_PASSWORD', ' です'], ['メールのパスワード: ', 'EMAIL_ACCOUNT_PASSWORD']],
  zh: [['路由器密码是 ', 'ROUTER_ADMIN_PASSWORD'], ['邮箱密码：', 'EMAIL_ACCOUNT_PASSWORD']], ko: [['공유기 비번 ', 'ROUTER_ADMIN_PASSWORD'], ['은행 비밀번호 ', 'ONLINE_BANKING_PASSWORD']],
  el: [['ο κωδικός του router είναι ', 'ROUTER_ADMIN_PASSWORD']], ar: [['كلمة سر الراوتر: ', 'ROUTER_ADMIN_PASSWORD']], he: [['הסיסמה לראוטר: ', 'ROUTER_ADMIN_PASSWORD']], hi: [['राउटर पासवर्ड: ', 'ROUTER_ADMIN_PASSWORD']] };
export function chat_export(X, d) {
  const lang = X.lang('chat', PH_LANGS); const loc = locale(X, lang);
  const people = []; const n = X.int(2, 5);
  for (let i = 0; i < n; i++) { const p = X.person(X.chance(0.8) ? loc.cult : undefined); people.push({ p, disp: X.chance(0.2) && p.nick ? p.nick : X.g.name(p, X.r) }); }
  if (X.chance(0.25)) people.push({ p: null, disp: X.pick(['Mama', 'Papa', 'Oma', 'Mum', 'Maman', 'Abuela', 'Nonna', 'Babcia', 'Mamãe', '엄마', 'お母さん', 'Бабушка']) });
  const fmt = X.pick(['ios', 'android', 'telegram', 'slack', 'plain']);
  let clock = Date.UTC(X.int(2022, 2025), X.int(0, 11), X.int(1, 27), X.int(6, 20), X.int(0, 59), X.int(0, 59));
  const stamp = () => { clock += X.int(20, 4000) * 1000 * (X.chance(0.1) ? 20 : 1); const t = new Date(clock);
    const hh = p2(t.getUTCHours()), mm = p2(t.getUTCMinutes()), ss = p2(t.getUTCSeconds()), dd = p2(t.getUTCDate()), mo = p2(t.getUTCMonth() + 1), yy = String(t.getUTCFullYear()).slice(2);
    if (fmt === 'ios') return L('timestamp', `${dd}.${mo}.${yy}, ${hh}:${mm}:${ss}`);
    if (fmt === 'android') return L('timestamp', `${dd}/${mo}/20${yy}, ${hh}:${mm}`);
    if (fmt === 'telegram') return L('timestamp', `20${yy}-${mo}-${dd}T${hh}:${mm}:${ss}`);
    return L('timestamp', `${hh}:${mm}`); };
  const speaker = (who) => (who.p ? P('PERSON', who.disp) : who.disp);
  if (fmt === 'telegram') d.t('{\n "name": "' + X.pick(['Familie', 'Flat 4B', 'Kita Gruppe Igel', 'Vacances 2025', 'Padel Sunday', 'Hausgemeinschaft']) + '",\n "type": "private_group",\n "messages": [\n');
  if (fmt === 'plain') d.t({ de: 'Chatverlauf mit ', fr: 'Historique avec ', es: 'Conversación con ', it: 'Chat con ', nl: 'Chatgeschiedenis met ', pt: 'Conversa com ', pl: 'Historia czatu z ', ru: 'История чата с ', ja: 'トーク履歴: ', zh: '聊天记录：', ko: '대화 내용: ' }[lang] || 'Chat history with ').w(speaker(people[0])).t('\n\n');
  let id = X.int(1000, 90000); let first = true;
  while (d.len < X.budget) {
    const who = X.pick(people);
    const k = X.r.weighted([['fill', 3], ['cat', 5], ['infl', hasInflected(lang) ? 1 : 0.25], ['btc', 0.4], ['spell', 0.6]]);
    const sub = new (d.constructor)('x'); // scratch doc: render the message, then embed it with its spans
    if (k === 'fill') sub.t(X.pick(FILL[lang]));
    else if (k === 'cat') say(X, sub, loc, X.r.weighted([...BODY_CATS, ['hi', 1]]));
    else if (k === 'infl') inflectedLine(X, sub, hasInflected(lang) ? lang : X.pick(['uk', 'cs', 'fi', 'hu', 'pl', 'ru']));
    else if (k === 'btc') sub.w((BTC_INTRO[lang] || BTC_INTRO.en), X.btc());
    else { const [intro, ent, tail] = X.pick(SPELL[lang] || SPELL.en); sub.w(intro, S(ent, humanPassword(X.r)), tail || ''); }
    const parts = sub.parts(fmt === 'telegram' ? (x) => x.replace(/"/g, '\\"') : (x) => x);
    if (fmt === 'ios') d.w('[', stamp(), '] ', speaker(who), ': ', parts, '\n');
    else if (fmt === 'android') d.w(stamp(), ' - ', speaker(who), ': ', parts, '\n');
    else if (fmt === 'telegram') { d.w(first ? '' : ',\n', '  {\n   "id": ', String(id++), ',\n   "type": "message",\n   "date": "', stamp(), '",\n   "from": "', speaker(who), '",\n   "text": "', parts, '"\n  }'); first = false; }
    else if (fmt === 'slack') d.w(speaker(who), '  ', stamp(), '\n', parts, '\n\n');
    else d.w(speaker(who), ': ', parts, '\n');
  }
  if (fmt === 'telegram') d.t('\n ]\n}\n');
}

// ------------------------------------------------------------------ newsletters (parish, club, school association)
const NEWS = {
  en: { head: ['ST BRIGID’S PARISH BULLETIN', 'Riverside Rowing Club – Members’ Newsletter', 'Hillcrest Allotment Society News'], fee: 'Annual subscription', bank: 'Donations by transfer to',
    items: ['Congratulations to {name}, who celebrates her 90th birthday this week.', 'Our thanks go to {name} for organising the cake stall at {place}.', 'Please keep {name} of {city} in your prayers.',
      'New members: {name} and {name2}. Welcome!', 'The summer outing goes to {place} on {date}; coach leaves {addr} at 8:30.', 'Questions to the secretary, {name}, on {phone} or {email}.'] },
  de: { head: ['Pfarrbrief St. Marien', 'Vereinsnachrichten TSV Blau-Weiß', 'Rundbrief des Kleingartenvereins Sonnenhang'], fee: 'Mitgliedsbeitrag', bank: 'Spenden bitte an',
    items: ['Wir gratulieren {name} herzlich zum 85. Geburtstag.', 'Ein großes Dankeschön an {name} für die Organisation des Pfarrfestes in {place}.', 'In stillem Gedenken: {name} aus {city}.',
      'Neu im Verein: {name} und {name2}.', 'Der Ausflug nach {place} findet am {date} statt, Abfahrt {addr}, 8:30 Uhr.', 'Anmeldung bei {name}, Tel. {phone}, {email}.'] },
  fr: { head: ['Bulletin paroissial Saint-Joseph', 'La Gazette du Club de Pétanque', 'Lettre de l’Amicale des Locataires'], fee: 'Cotisation annuelle', bank: 'Dons par virement sur',
    items: ['Toutes nos félicitations à {name} pour ses 90 ans.', 'Merci à {name} pour la kermesse à {place}.', 'Nous pensons à {name}, de {city}.',
      'Bienvenue à {name} et {name2} !', 'La sortie à {place} aura lieu le {date} ; départ {addr} à 8 h 30.', 'Renseignements : {name}, {phone}, {email}.'] },
  it: { head: ['Notiziario della Parrocchia di San Marco', 'Circolo Bocciofilo – Notizie'], fee: 'Quota associativa', bank: 'Offerte con bonifico su',
    items: ['Auguri a {name} per i suoi 90 anni!', 'Grazie a {name} per la pesca di beneficenza a {place}.', 'Ricordiamo nella preghiera {name} di {city}.',
      'Diamo il benvenuto a {name} e {name2}.', 'La gita a {place} si terrà il {date}; partenza da {addr} alle 8:30.', 'Info: {name}, {phone}, {email}.'] },
  es: { head: ['Hoja Parroquial de San Isidro', 'Boletín del Club Ciclista'], fee: 'Cuota anual', bank: 'Donativos a la cuenta',
    items: ['Felicidades a {name} por sus 90 años.', 'Gracias a {name} por organizar la verbena en {place}.', 'Recordamos a {name}, de {city}.',
      'Damos la bienvenida a {name} y {name2}.', 'La excursión a {place} será el {date}; salida desde {addr} a las 8:30.', 'Información: {name}, {phone}, {email}.'] },
  nl: { head: ['Parochieblad H. Nicolaas', 'Clubblad Hockeyclub De Uilen'], fee: 'Contributie', bank: 'Giften graag op',
    items: ['Van harte gefeliciteerd, {name}, met je 90e verjaardag!', 'Dank aan {name} voor de rommelmarkt in {place}.', 'We denken aan {name} uit {city}.',
      'Welkom aan {name} en {name2}.', 'Het uitje naar {place} is op {date}; vertrek {addr} om 8.30 uur.', 'Info bij {name}, {phone}, {email}.'] },
  pl: { head: ['Gazetka Parafialna św. Jadwigi', 'Biuletyn Klubu Seniora'], fee: 'Składka roczna', bank: 'Ofiary na konto',
    items: ['Serdeczne życzenia z okazji 90. urodzin: {name}.', 'Podziękowania za festyn ({place}): {name}.', 'Pamiętajmy w modlitwie: {name} ({city}).',
      'Witamy nowych członków: {name} i {name2}.', 'Wycieczka: {place}, {date}; zbiórka {addr}, godz. 8:30.', 'Zapisy: {name}, tel. {phone}, {email}.'] },
  sv: { head: ['Församlingsbladet', 'Klubbnytt – Roddklubben'], fee: 'Medlemsavgift', bank: 'Gåvor till',
    items: ['Grattis till {name} som fyller 90!', 'Tack {name} för loppisen vid {place}.', 'Vi tänker på {name} från {city}.',
      'Välkomna {name} och {name2}!', 'Utflykten till {place} blir den {date}; avgång {addr} kl. 8.30.', 'Frågor till {name}, {phone}, {email}.'] },
};
export function newsletter(X, d) {
  const lang = X.lang('news', Object.keys(NEWS)); const loc = locale(X, lang); const N = NEWS[lang];
  const head = X.pick(N.head); d.t(head + '\n' + '='.repeat(Math.min(60, [...head].length)) + '\n');
  d.w({ en: 'No. ', de: 'Ausgabe ', fr: 'N° ', it: 'N. ', es: 'N.º ', nl: 'Nr. ', pl: 'Nr ', sv: 'Nr ' }[lang], String(X.int(1, 52)), ' · ', X.date(lang), '\n\n');
  while (d.len < X.budget) {
    const t = X.pick(N.items); d.t(X.pick(['• ', '- ', '', '» '])); sayTpl(X, d, loc, t, { name2: X.pname(X.person(loc.cult)) }); d.t('\n');
    if (X.chance(0.25)) d.t('\n');
  }
  if (X.chance(0.4)) d.w('\n📚 ', { en: 'Book club', de: 'Lesekreis', fr: 'Club de lecture', it: 'Club di lettura', es: 'Club de lectura', nl: 'Leesclub', pl: 'Koło czytelnicze', sv: 'Bokcirkel' }[lang], ': ', X.pick(['Middlemarch', 'Effi Briest', 'Madame Bovary', 'La Storia', 'Nada', 'Max Havelaar', 'Lalka', 'Utvandrarna']), ', ISBN ', X.L('isbn'), '\n');
  d.w('\n', N.fee, ': ', X.price(lang), '  ·  ', N.bank, ' ', X.iban(CC_IBAN[loc.cc] || 'GB'), X.chance(0.5) ? [' (BIC ', X.L('bic'), ')'] : '', '\n');
  const ed = X.person(loc.cult); d.w({ en: 'Editor', de: 'Redaktion', fr: 'Rédaction', it: 'Redazione', es: 'Redacción', nl: 'Redactie', pl: 'Redakcja', sv: 'Redaktör' }[lang], ': ', X.pname(ed), ', ', X.addrParts(X.addr(loc.cc), ', '), '\n');
}

// ------------------------------------------------------------------ obituaries and family announcements
const OBIT = {
  en: ['In loving memory of\n\n{name}\n{birth} – {date}\n\nPeacefully at home in {city}, surrounded by family. Beloved wife of the late {name2}, mother of {name3} and {name4}.\nThe funeral service will be held at {church}, {addr}, on {date2}. Family flowers only; donations to {charity}.\nEnquiries: {name5}, {phone}.',
       'BIRTHS\n{name} and {name2} are delighted to announce the arrival of their daughter, {given}, born at {hosp} on {date}. A sister for {given2}.\nGrandparents {name3} ({city}) and {name4} ({city2}) are over the moon.'],
  de: ['Traurig nehmen wir Abschied von\n\n{name}\n* {birth}   † {date}\n\nIn Liebe: {name2}, {name3} mit Familie, sowie alle Angehörigen aus {city} und {village}.\nDie Trauerfeier findet am {date2} in der Friedhofskapelle, {addr}, statt.\nStatt Blumen bitten wir um eine Spende an {charity}, IBAN {iban}.',
       'Wir haben geheiratet!\n{name} & {name2}\nStandesamt {city}, {date}\nDanke an alle, die mit uns in {village} gefeiert haben. Kontakt: {email}'],
  fr: ['Avis de décès\n\nMme {name}, née à {village}, nous a quittés le {date}, à l’âge de 87 ans.\nDe la part de {name2}, son époux ; {name3} et {name4}, ses enfants.\nLes obsèques seront célébrées le {date2} en l’église {church}, {addr}, {city}.\nCondoléances : {email}',
       'Naissance\n{name} et {name2} ont la joie d’annoncer la naissance de {given}, le {date} à {city}. Grand frère : {given2}.'],
  it: ['Annuncio funebre\n\nÈ mancata all’affetto dei suoi cari\n{name}\ndi anni 91\nNe danno il triste annuncio {name2}, {name3} e i nipoti.\nI funerali si terranno il {date2} presso la chiesa di {church}, {addr}, {city}.\nSi ringrazia fin d’ora quanti parteciperanno.',
       'Fiori d’arancio\n{name} e {name2} annunciano il loro matrimonio, celebrato il {date} a {village}.'],
  es: ['Esquela\n\nD.ª {name}\nFalleció en {city} el día {date}, a los 88 años.\nSus hijos, {name2} y {name3}; nietos y demás familia ruegan una oración por su alma.\nMisa funeral: {date2}, parroquia de {church}, {addr}.',
       'Natalicio\n{name} y {name2} anuncian con alegría el nacimiento de {given} el {date} en {hosp}, {city}.'],
  pl: ['Z głębokim żalem zawiadamiamy, że dnia {date} zmarła\n\nś.p. {name}\nprzeżywszy 84 lata.\nMsza żałobna odbędzie się {date2} w kościele {church}, {addr}, a następnie pogrzeb na cmentarzu w {village}.\nPogrążeni w smutku: {name2}, {name3} z rodziną.'],
  ru: ['С глубокой скорбью сообщаем, что {date} ушла из жизни\n\n{name}\n\nПрощание состоится {date2} по адресу: {addr}, {city}.\nРодные: {name2}, {name3}. Телефон для связи: {phone}.'],
  el: ['Αγγελία θανάτου\n\nΗ πολυαγαπημένη μας\n{name}\nαπεβίωσε στις {date}.\nΗ εξόδιος ακολουθία θα τελεστεί στις {date2} στον Ιερό Ναό {church}, {addr}, {city}.\nΟι τεθλιμμένοι: {name2}, {name3}.'],
  nl: ['Verdrietig maar dankbaar voor wat zij voor ons betekende, delen wij mee dat is overleden\n\n{name}\n{birth} – {date}\n\n{name2}\n{name3} en {name4}\nDe afscheidsdienst is op {date2} in {church}, {addr}, {city}.\nCorrespondentieadres: {addr2}, {city2}'],
  ja: ['訃報\n\n{name}儀 かねてより病気療養中のところ {date}に永眠いたしました\nここに生前のご厚誼を深謝し謹んでご通知申し上げます\n通夜 {date2} 午後六時より\n式場 {addr}\n喪主 {name2}\n連絡先 {phone}'],
  he: ['אנו מודיעים בצער על פטירתה של\n\n{name}\n\nההלוויה תתקיים ב-{date2} בבית העלמין ב{city}.\nהמשפחה: {name2}, {name3}.\nניחומים: {addr}, טלפון {phone}'],
};
const CHURCH = { en: ['St Brigid', 'Holy Trinity'], de: ['St. Marien', 'Christuskirche'], fr: ['Saint-Joseph', 'Notre-Dame-des-Champs'], it: ['San Marco', 'Santa Maria Assunta'], es: ['San Isidro', 'Santa María la Mayor'],
  pl: ['pw. św. Jadwigi', 'Najświętszego Serca'], ru: ['Храм Покрова'], el: ['Αγίου Δημητρίου', 'Αγίας Ειρήνης'], nl: ['de Nicolaaskerk', 'de Dorpskerk'], ja: ['市営斎場'], he: ['—'] };
export function obituary(X, d) {
  const lang = X.lang('obit', Object.keys(OBIT)); const loc = locale(X, lang);
  let first = true;
  while (first || d.len < X.budget * 0.7) {
    const t = X.pick(OBIT[lang]);
    const nm = () => X.pname(X.person(loc.cult));
    const gv = () => X.pgiven(X.person(loc.cult));
    const v = { name2: nm(), name3: nm(), name4: nm(), name5: nm(), given2: gv(), birth: X.chance(0.5) ? String(X.int(1925, 1950)) : `${p2(X.int(1, 28))}.${p2(X.int(1, 12))}.${X.int(1925, 1950)}`,
      date2: X.date(lang), church: X.pick(CHURCH[lang] || ['St Mary']), village: P('LOCATION', X.g.village(X.r)), charity: X.pick(['the hospice', 'Ärzte ohne Grenzen', 'la Ligue contre le cancer', 'Caritas']),
      hosp: X.pick(['St Thomas’ Hospital', 'the Rotunda', 'Clínica Santa Elena', 'Ospedale Maggiore', 'Maternité des Lilas']), city2: X.city(loc.cc), addr2: P('LOCATION', X.addr(loc.cc).street) };
    if (!first) d.t('\n\n' + '~'.repeat(20) + '\n\n');
    sayTpl(X, d, loc, t, v); d.t('\n'); first = false;
    if (d.len > 2200) break;
  }
}

// ------------------------------------------------------------------ real-estate listings
const LIST = {
  de: { h: ['Helle 3-Zimmer-Wohnung mit Balkon', 'Einfamilienhaus mit Garten', 'Altbau-Maisonette'], ref: 'Objekt-Nr.', addr: 'Adresse', energy: 'Energieausweis', avail: 'verfügbar ab', rooms: 'Zimmer', area: 'Wohnfläche', price: 'Kaufpreis', rent: 'Kaltmiete', contact: 'Ihr Ansprechpartner', txt: 'Die Wohnung liegt ruhig in {place}, nur wenige Minuten von {place2} entfernt. Besichtigung nach Vereinbarung.' },
  fr: { h: ['Bel appartement T3 lumineux', 'Maison de village avec jardin', 'Studio rénové'], ref: 'Réf.', addr: 'Adresse', energy: 'DPE', avail: 'disponible le', rooms: 'Pièces', area: 'Surface', price: 'Prix', rent: 'Loyer', contact: 'Votre conseiller', txt: 'Situé au cœur de {place}, à deux pas de {place2}. Visites sur rendez-vous.' },
  es: { h: ['Piso luminoso con terraza', 'Casa adosada con jardín', 'Ático reformado'], ref: 'Ref.', addr: 'Dirección', energy: 'Certificado energético', avail: 'disponible desde', rooms: 'Habitaciones', area: 'Superficie', price: 'Precio', rent: 'Alquiler', contact: 'Contacto', txt: 'En pleno barrio de {place}, muy cerca de {place2}. Visitas con cita previa.' },
  it: { h: ['Trilocale luminoso con balcone', 'Villetta con giardino', 'Attico ristrutturato'], ref: 'Rif.', addr: 'Indirizzo', energy: 'Classe energetica', avail: 'disponibile dal', rooms: 'Locali', area: 'Superficie', price: 'Prezzo', rent: 'Canone', contact: 'Referente', txt: 'Nel quartiere di {place}, a pochi passi da {place2}. Visite su appuntamento.' },
  en: { h: ['Bright two-bedroom flat with balcony', 'Detached family home with garden', 'Converted loft apartment'], ref: 'Ref.', addr: 'Address', energy: 'EPC rating', avail: 'available from', rooms: 'Bedrooms', area: 'Floor area', price: 'Asking price', rent: 'Rent pcm', contact: 'Agent', txt: 'Set in a quiet corner of {place}, a short walk from {place2}. Viewings strictly by appointment.' },
  nl: { h: ['Licht 3-kamerappartement', 'Vrijstaande woning met tuin'], ref: 'Objectnr.', addr: 'Adres', energy: 'Energielabel', avail: 'beschikbaar per', rooms: 'Kamers', area: 'Woonoppervlakte', price: 'Vraagprijs', rent: 'Huurprijs', contact: 'Makelaar', txt: 'Rustig gelegen in {place}, op loopafstand van {place2}. Bezichtiging op afspraak.' },
  pt: { h: ['Apartamento T2 com varanda', 'Moradia com jardim'], ref: 'Ref.ª', addr: 'Morada', energy: 'Certificado energético', avail: 'disponível a partir de', rooms: 'Quartos', area: 'Área', price: 'Preço', rent: 'Renda', contact: 'Consultor', txt: 'Localizado em {place}, perto de {place2}. Visitas por marcação.' },
  pl: { h: ['Jasne 3-pokojowe mieszkanie z balkonem', 'Dom z ogrodem'], ref: 'Nr oferty', addr: 'Adres', energy: 'Świadectwo energetyczne', avail: 'dostępne od', rooms: 'Pokoje', area: 'Powierzchnia', price: 'Cena', rent: 'Czynsz', contact: 'Agent', txt: 'Spokojna okolica, {place}, blisko {place2}. Oglądanie po wcześniejszym umówieniu.' },
  sv: { h: ['Ljus trea med balkong', 'Villa med trädgård'], ref: 'Objekt-nr', addr: 'Adress', energy: 'Energiklass', avail: 'tillträde', rooms: 'Rum', area: 'Boarea', price: 'Utgångspris', rent: 'Hyra', contact: 'Mäklare', txt: 'Lugnt läge i {place}, nära {place2}. Visning enligt överenskommelse.' },
  ja: { h: ['南向き2LDK・駅徒歩7分', '庭付き一戸建て'], ref: '物件番号', addr: '所在地', energy: '省エネ性能', avail: '入居可能日', rooms: '間取り', area: '専有面積', price: '価格', rent: '賃料', contact: '担当', txt: '{place}エリアの閑静な住宅街、{place2}まで徒歩圏内。内見はご予約ください。' },
};
export function real_estate_listing(X, d) {
  const lang = X.lang('listing', Object.keys(LIST)); const loc = locale(X, lang); const T = LIST[lang];
  let k = 0;
  while (d.len < X.budget && k < 4) {
    if (k) d.t('\n' + '—'.repeat(24) + '\n\n');
    const a = X.addr(loc.cc); const agent = X.person(loc.cult); const sale = X.chance(0.6);
    d.w(X.pick(['', '★ ', '» ']), X.pick(T.h), X.chance(0.5) ? [' – ', P('LOCATION', a.city)] : '', '\n');
    d.w(T.ref, ' ', X.L('crm_id'), '\n');
    d.w(T.rooms, ': ', String(X.int(1, 6)), ' | ', T.area, ': ', String(X.int(28, 240)), ' m² | ', sale ? T.price : T.rent, ': ', X.price(lang), '\n');
    if (X.chance(0.7)) d.w(T.addr, ': ', X.addrParts(a, ', '), '\n');
    if (X.chance(0.6)) d.w('GPS: ', X.L('coordinates'), '\n');
    d.t('\n'); sayTpl(X, d, loc, T.txt, { place2: P('LOCATION', X.g.landmark(X.r)) }); d.t('\n');
    if (X.chance(0.3)) d.w(T.energy, ': ', X.pick(['B', 'C', 'D']), ' · ', T.avail, ' ', X.date(lang), '\n');
    d.w(T.contact, ': ', X.pname(agent), ' · ', X.phone(CC_PHONE[loc.cc] || loc.cc), X.chance(0.7) ? [' · ', X.email(agent)] : '', '\n');
    k++;
  }
}

// ------------------------------------------------------------------ travel bookings and boarding passes
const AIRPORTS = [['FRA', 'Frankfurt'], ['LIS', 'Lisboa'], ['CDG', 'Paris'], ['MAD', 'Madrid'], ['FCO', 'Roma'], ['AMS', 'Amsterdam'], ['WAW', 'Warszawa'], ['ARN', 'Stockholm'], ['IST', 'İstanbul'],
  ['HND', '東京'], ['ICN', '서울'], ['ATH', 'Αθήνα'], ['DXB', 'Dubai'], ['JFK', 'New York'], ['LHR', 'London'], ['DUB', 'Dublin'], ['BCN', 'Barcelona'], ['MUC', 'München'], ['VIE', 'Wien'], ['GRU', 'São Paulo']];
export function travel_booking(X, d) {
  const lang = X.pick(['en', 'en', 'de', 'fr', 'es', 'it']); const loc = locale(X, lang);
  const T = { en: ['Booking confirmation', 'Passengers', 'Flights', 'Hotel', 'Payment', 'Booking reference', 'Ticket number', 'Issued', 'Passport', 'nights', 'Contact', 'Manage booking'], de: ['Buchungsbestätigung', 'Reisende', 'Flüge', 'Hotel', 'Zahlung', 'Buchungscode', 'Ticketnummer', 'Ausgestellt', 'Reisepass', 'Nächte', 'Kontakt', 'Buchung verwalten'],
    fr: ['Confirmation de réservation', 'Passagers', 'Vols', 'Hôtel', 'Paiement', 'Référence', 'N° de billet', 'Émis le', 'Passeport', 'nuits', 'Contact', 'Gérer ma réservation'], es: ['Confirmación de reserva', 'Pasajeros', 'Vuelos', 'Hotel', 'Pago', 'Localizador', 'N.º de billete', 'Emitido', 'Pasaporte', 'noches', 'Contacto', 'Gestionar reserva'],
    it: ['Conferma di prenotazione', 'Passeggeri', 'Voli', 'Hotel', 'Pagamento', 'Codice prenotazione', 'Numero biglietto', 'Emesso il', 'Passaporto', 'notti', 'Contatto', 'Gestisci prenotazione'] }[lang];
  d.w(T[0], ' – ', X.pick(['Travelwise', 'SkyHop Reisen', 'Voyages Horizon', 'ViajaFácil', 'Viaggi Azzurri']), '\n', T[5], ': ', X.L('booking_reference'), '   ', T[7], ': ', X.date(lang), '\n\n');
  d.t(T[1] + '\n'); const pax = X.int(1, 4); const people = [];
  for (let i = 0; i < pax; i++) { const us = X.chance(0.4); const p = X.person(us ? 'en_us' : X.chance(0.6) ? loc.cult : undefined); people.push(p);
    d.w(`  ${i + 1}. `, X.pick([X.pname(p, 'latin'), P('PERSON', `${p.familyLat.toUpperCase()}/${p.givenLat.toUpperCase()}`)]), X.pick([' MR', ' MRS', ' MS', '']));
    if (us && X.chance(0.8)) d.w('  – ', T[8], ' ', X.passport(), ' (USA)');
    d.w('  ', T[6], ' ', X.L('ticket_number'), '\n'); }
  d.t('\n' + T[2] + '\n');
  const legs = X.int(1, 3);
  for (let i = 0; i < legs; i++) { const [a, b] = X.r.sample(AIRPORTS, 2);
    d.w('  ', X.L('flight_number'), '  ', a[0], ' ', P('LOCATION', a[1]), ' → ', b[0], ' ', P('LOCATION', b[1]), '  ', X.ts(), '  ', X.pick(['Economy', 'Premium Economy', 'Business']), X.chance(0.5) ? ['  Seat ', `${X.int(1, 45)}${X.pick(['A', 'C', 'D', 'F'])}`] : '', '\n'); }
  if (X.chance(0.7)) { const a = X.addr(loc.cc); d.w('\n', T[3], ': ', X.pick(['Hotel Lindenhof', 'Casa do Rio', 'Hôtel des Arts', 'Hostal La Plaza', 'Albergo Centrale']), ', ', X.addrParts(a, ', '), '\n  Check-in ', X.date(lang), ' · ', String(X.int(1, 9)), ' ', T[9], ' · ', X.price(lang), '\n'); }
  d.w('\n', T[4], ': ');
  if (X.chance(0.5)) d.w(X.pick(['Visa', 'Mastercard', 'Amex']), ' ', X.L('masked_card'), '  ', X.price(lang), '\n'); else d.w(X.card(), '  ', X.price(lang), '\n');
  const lead = people[0]; d.w(T[10], ': ', X.email(lead), ' / ', X.phone(), '\n');
  if (X.chance(0.5)) d.w(T[11], ': https://book.travelwise.example/manage?ref=', X.L('booking_reference'), '\n');
}
export function boarding_pass(X, d) {
  const n = X.int(1, 3);
  for (let i = 0; i < n && d.len < X.budget; i++) {
    const p = X.person(X.chance(0.5) ? undefined : 'en_us'); const [a, b] = X.r.sample(AIRPORTS, 2); const pnr = X.sh.look.booking_reference(X.r);
    const fam = p.familyLat.toUpperCase().replace(/[^A-Z]/g, ''), giv = p.givenLat.toUpperCase().replace(/[^A-Z]/g, '');
    const fl = X.sh.look.flight_number(X.r); const seat = `${p2(X.int(1, 45))}${X.pick(['A', 'B', 'C', 'D', 'E', 'F'])}`;
    d.t(X.pick(['BOARDING PASS / BORDKARTE', 'CARTE D’EMBARQUEMENT / BOARDING PASS', 'TARJETA DE EMBARQUE', 'BOARDING PASS']) + '\n');
    d.w('Name: ', P('PERSON', `${fam}/${giv}`), ' ', X.pick(['MR', 'MS', 'MRS']), '\n');
    d.w('From: ', P('LOCATION', a[1]), ' (', a[0], ')   To: ', P('LOCATION', b[1]), ' (', b[0], ')\n');
    d.w('Flight: ', L('flight_number', fl), '   Date: ', X.date('en'), '   Boarding: ', `${p2(X.int(5, 22))}:${X.pick(['05', '20', '35', '50'])}`, '   Gate: ', X.pick(['A', 'B', 'C', 'D', 'K']) + X.int(1, 60), '   Seat: ', seat, '\n');
    d.w('Booking ref: ', L('booking_reference', pnr), '   E-ticket: ', X.L('ticket_number'), X.chance(0.5) ? ['   FQTV: ', X.pick(['LH ', 'AF ', 'BA ']), X.L('crm_id')] : '', '\n');
    const nmv = `${fam}/${giv}`.slice(0, 20).replace(/\/$/, '');
    d.w('Barcode data: M1', P('PERSON', nmv), ' '.repeat(20 - nmv.length) + 'E', L('booking_reference', pnr), ` ${a[0]}${b[0]}${fl.slice(0, 2)} ${fl.slice(3).padStart(4, '0')} ${X.int(1, 365).toString().padStart(3, '0')}Y${seat.padStart(4, '0')}${X.r.digits(4)} 1${X.pick(['00', '4B', '5C'])}\n`);
    if (X.chance(0.5)) d.w(X.pick(['Frequent flyer e-mail: ', 'Contact: ']), X.email(p), '\n');
    d.t('\n');
  }
}

// ------------------------------------------------------------------ household budget spreadsheet export
export function household_budget(X, d) {
  const lang = X.pick(['de', 'en', 'fr', 'nl', 'es', 'it', 'pl']); const loc = locale(X, lang);
  const H = { de: 'Datum;Empfänger;IBAN;Betrag;Kategorie;Notiz', en: 'date,payee,account,amount,category,note', fr: 'Date;Bénéficiaire;IBAN;Montant;Catégorie;Note', nl: 'Datum;Begunstigde;IBAN;Bedrag;Categorie;Notitie',
    es: 'Fecha;Beneficiario;IBAN;Importe;Categoría;Nota', it: 'Data;Beneficiario;IBAN;Importo;Categoria;Nota', pl: 'Data;Odbiorca;IBAN;Kwota;Kategoria;Notatka' }[lang];
  const sep = lang === 'en' ? ',' : ';';
  const cats = { de: ['Miete', 'Strom', 'Kita', 'Versicherung', 'Musikschule', 'Babysitter', 'Handwerker'], en: ['rent', 'electricity', 'childcare', 'insurance', 'piano lessons', 'babysitter', 'repairs'],
    fr: ['Loyer', 'Électricité', 'Crèche', 'Assurance', 'Nounou'], nl: ['Huur', 'Energie', 'Opvang', 'Verzekering', 'Oppas'], es: ['Alquiler', 'Luz', 'Guardería', 'Seguro', 'Canguro'],
    it: ['Affitto', 'Luce', 'Asilo', 'Assicurazione', 'Babysitter'], pl: ['Czynsz', 'Prąd', 'Przedszkole', 'Ubezpieczenie', 'Opiekunka'] }[lang];
  d.t(X.chance(0.3) ? `# ${{ de: 'Haushaltsbuch', en: 'Household budget', fr: 'Budget familial', nl: 'Huishoudboekje', es: 'Presupuesto familiar', it: 'Bilancio casa', pl: 'Budżet domowy' }[lang]} ${X.int(2023, 2025)}\n` : '').t(H + '\n');
  while (d.len < X.budget) {
    const isPerson = X.chance(0.6); const payee = isPerson ? X.pname(X.person(loc.cult)) : X.pick(['Stadtwerke Nord', 'Kita Sonnenschein', 'EDF', 'Vattenfall', 'Iberdrola', 'Enel', 'PGE', 'Allianz', 'AXA']);
    const ib = X.chance(0.8) ? X.iban(CC_IBAN[loc.cc] || 'GB') : X.L(X.pick(['invalid_iban', 'masked_iban']));
    const note = X.r.weighted([['', 4], ['ref', 2], ['phone', 1], ['addr', 1]]);
    d.w(X.date(lang), sep, payee, sep, ib, sep, X.price(lang), sep, X.pick(cats), sep);
    if (note === 'ref') d.w(X.L(X.pick(['invoice_number', 'policy_number', 'order_number'])));
    if (note === 'phone') d.w(X.phone(CC_PHONE[loc.cc] || 'DE'));
    if (note === 'addr') d.w('"', P('LOCATION', X.addr(loc.cc).street), '"');
    d.t('\n');
  }
}

// ------------------------------------------------------------------ SMS inbox export
export function sms_export(X, d) {
  const lang = X.pick(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'tr', 'ja']); const loc = locale(X, lang);
  const csv = X.chance(0.5);
  if (csv) d.t('address,date,type,body\n');
  while (d.len < X.budget) {
    const k = X.r.weighted([['parcel', 2], ['doc', 2], ['visit', 2], ['newnum', 2], ['bank', 2], ['fill', 1], ['imei', 0.5]]);
    const from = k === 'bank' ? X.pick(['MyBank', 'DKB', 'BNP', 'ING', 'Revolut']) : X.phone(CC_PHONE[loc.cc] || loc.cc);
    const body = new (Object.getPrototypeOf(d).constructor)('x');
    if (k === 'bank') { const [a1, a2] = { de: ['Ihr TAN-Code lautet ', '. Gültig 5 Min. Karte '], fr: ['Votre code : ', '. Carte '], es: ['Tu código: ', '. Tarjeta '], it: ['Codice OTP ', '. Carta '], nl: ['Uw code: ', '. Kaart '], pt: ['Seu código: ', '. Cartão '], pl: ['Kod SMS: ', '. Karta '], tr: ['Doğrulama kodunuz ', '. Kart '], ja: ['認証コード ', '。カード '] }[lang] || ['Your verification code is ', ' – never share it. Card ']; body.w(a1, String(X.int(100000, 999999)), a2, X.L('masked_card')); }
    else if (k === 'fill') body.t({ de: 'bin gleich da', fr: 'je suis en bas', es: 'ya voy', it: 'arrivo', nl: 'ben er zo', pt: 'tô chegando', pl: 'zaraz będę', tr: 'geliyorum', ja: 'もうすぐ着きます' }[lang] || 'ok see you then');
    else if (k === 'imei') { const [a1, a2] = { de: ['Ihr Gerät mit IMEI ', ' wurde als verloren gemeldet und gesperrt.'], fr: ['Votre appareil IMEI ', ' a été bloqué suite à votre déclaration de perte.'], es: ['Su dispositivo con IMEI ', ' ha sido bloqueado.'], it: ['Il dispositivo con IMEI ', ' è stato bloccato.'], nl: ['Uw toestel met IMEI ', ' is geblokkeerd.'], pt: ['O aparelho com IMEI ', ' foi bloqueado.'], pl: ['Urządzenie o numerze IMEI ', ' zostało zablokowane.'], tr: ['IMEI ', ' numaralı cihazınız kayıp bildirimi nedeniyle engellendi.'], ja: ['IMEI ', ' の端末は紛失届により利用停止されました。'] }[lang] || ['Your device with IMEI ', ' has been blocked as reported lost.']; body.w(a1, X.L('imei'), a2); }
    else say(X, body, loc, k);
    const parts = body.parts(csv ? (x) => x.replace(/"/g, '""') : (x) => x);
    if (csv) d.w(from, ',', X.ts(), ',', X.pick(['inbox', 'sent']), ',"', parts.map((x) => (typeof x === 'string' ? x.replace(/"/g, '""') : x)), '"\n');
    else d.w('From: ', from, '\n', X.ts(), '\n', parts, '\n\n');
  }
}

// ------------------------------------------------------------------ vCard contact export
export function vcard_export(X, d) {
  while (d.len < X.budget) {
    const p = X.person(); const loc = { lang: p.lang, cc: X.pick(LANG_CC[p.lang] || ['US']), cult: p.cid };
    const a = X.addr(loc.cc);
    d.t('BEGIN:VCARD\nVERSION:' + X.pick(['3.0', '4.0']) + '\n');
    d.w('FN:', X.pname(p, 'native'), '\n');
    d.w('N:', P('PERSON', p.family), ';', P('PERSON', p.given), ';;;\n');
    if (p.script !== 'Latn' && X.chance(0.5)) d.w('X-PHONETIC-FIRST-NAME:', P('PERSON', p.givenLat), '\n');
    d.w('TEL;TYPE=', X.pick(['CELL', 'HOME', 'WORK', 'cell,voice']), ':', X.phone(CC_PHONE[loc.cc] || 'US'), '\n');
    if (X.chance(0.8)) d.w('EMAIL;TYPE=', X.pick(['HOME', 'INTERNET', 'WORK']), ':', X.email(p), '\n');
    if (X.chance(0.6)) d.w('ADR;TYPE=HOME:;;', P('LOCATION', a.street), ';', P('LOCATION', a.city), ';;', a.postal, ';', P('LOCATION', X.g.countryName(loc.cc, X.r)), '\n');
    if (X.chance(0.3)) d.w('NOTE:', X.pick(['Gate code 4711#', 'Kita-Notfallkontakt', 'plumber – good', 'Nachbarin 2. OG', 'voisine du dessus', 'vecina']), '\n');
    if (X.chance(0.2)) d.w('REV:', X.ts(), '\n');
    d.t('END:VCARD\n');
  }
}
