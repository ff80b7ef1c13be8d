// Mail-shaped documents: threads with quoted replies, forwarded vendor onboarding mails,
// raw RFC 5322 messages, gift-card deliveries.
import { Doc } from './builder.mjs';
import { people, pickLangLoc } from './common.mjs';
import { S, P, L, V, LK, sec, gen, who, nm, mail, tel, pickLoc, phraseLang, langOf, hasLangLoc, signature, outlookHeader, wroteLine, fwdLine, quote, mailDate, codeLine, codeValue, joinLines, hdrLabels, addrSpec, cfgKey } from './common.mjs';

const CALL = { en: 'You can reach me at', de: 'Du erreichst mich unter', fr: 'Tu peux me joindre au', es: 'Puedes llamarme al', pt: 'Me liga no', it: 'Mi trovi al', nl: 'Je kunt me bereiken op', pl: 'Mój numer:', sv: 'Ring mig på', da: 'Ring på', fi: 'Soita numeroon', cs: 'Volej na', tr: 'Numaram:', ru: 'Мой номер:', uk: 'Мій номер:', el: 'Το κινητό μου:', ar: 'رقمي:', he: 'הטלפון שלי:', hi: 'मेरा नंबर:', ja: '携帯:', zh: '我的电话：', ko: '제 번호:', vi: 'Số của mình:', id: 'Nomor saya:', th: 'เบอร์โทร:', ro: 'Mă găsești la', hu: 'Elérsz a' };
const ADDR = { en: 'Address:', de: 'Adresse:', fr: 'Adresse :', es: 'Dirección:', pt: 'Endereço:', it: 'Indirizzo:', nl: 'Adres:', pl: 'Adres:', sv: 'Adress:', da: 'Adresse:', fi: 'Osoite:', cs: 'Adresa:', tr: 'Adres:', ru: 'Адрес:', uk: 'Адреса:', el: 'Διεύθυνση:', ar: 'العنوان:', he: 'כתובת:', hi: 'पता:', ja: '住所:', zh: '地址：', ko: '주소:', vi: 'Địa chỉ:', id: 'Alamat:', th: 'ที่อยู่:', ro: 'Adresa:', hu: 'Cím:' };
const SUBJ = {
  en: ['Access details for the flat', 'Your first day on Monday', 'Re: Wi-Fi at the office', 'Keys & codes', 'Holiday cover – logins', 'Re: parcel for you'],
  de: ['Zugangsdaten Ferienwohnung', 'Dein erster Arbeitstag', 'AW: WLAN im Büro', 'Schlüsselübergabe', 'Urlaubsvertretung – Logins', 'Paket für dich'],
  fr: ['Infos pour l\'appartement', 'Ton premier jour', 'RE: Wi-Fi du bureau', 'Clés et codes', 'Remplacement pendant les congés'],
  es: ['Datos de acceso del piso', 'Tu primer día', 'RE: wifi de la oficina', 'Llaves y códigos'],
  pt: ['Informações do apartamento', 'Seu primeiro dia', 'RE: Wi-Fi do escritório', 'Chaves e códigos'],
  it: ['Info per l\'appartamento', 'Il tuo primo giorno', 'R: Wi-Fi ufficio', 'Chiavi e codici'],
  nl: ['Info vakantiehuis', 'Je eerste werkdag', 'RE: wifi op kantoor', 'Sleutels en codes'],
  pl: ['Dane do mieszkania', 'Twój pierwszy dzień', 'RE: Wi-Fi w biurze'], sv: ['Info om stugan', 'Din första dag', 'SV: wifi på kontoret'],
  da: ['Info om sommerhuset', 'Din første dag'], fi: ['Mökin tiedot', 'Ensimmäinen työpäiväsi'], cs: ['Informace k bytu', 'Tvůj první den'],
  tr: ['Daire bilgileri', 'İlk iş günün'], ru: ['Информация по квартире', 'Твой первый рабочий день'], uk: ['Інформація щодо квартири', 'Твій перший день'],
  el: ['Πληροφορίες για το διαμέρισμα', 'Η πρώτη σου μέρα'], ar: ['معلومات الشقة', 'يومك الأول'], he: ['פרטים לדירה', 'היום הראשון שלך'], hi: ['फ़्लैट की जानकारी', 'आपका पहला दिन'],
  ja: ['お部屋のご案内', '初出社のご案内', 'Re: オフィスのWi-Fi'], zh: ['公寓入住信息', '入职第一天'], ko: ['숙소 안내', '첫 출근 안내'],
  vi: ['Thông tin căn hộ', 'Ngày làm việc đầu tiên'], id: ['Info apartemen', 'Hari pertama kerja'], th: ['ข้อมูลห้องพัก'], ro: ['Informații apartament', 'Prima ta zi'], hu: ['Lakás infók', 'Az első munkanapod'],
};
const CONCEPT_SETS = [['door', 'keysafe', 'wifi', 'alarm'], ['wifi', 'locker', 'door', 'password'], ['gate', 'garage', 'wifi'], ['pin', 'password'], ['parcel', 'voucher'], ['meeting', 'password'], ['alarm', 'keysafe', 'gate']];

function body(r, lang, loc, sender, recip, latin, concepts) {
  const Lg = langOf(lang);
  const out = [];
  out.push([r.pick(Lg.hi), ' ', nm(recip, 'given', latin), r.pick([',', '!', ''])], '\n\n');
  const lines = [];
  for (const c of concepts) {
    const v = codeValue(r, c, lang);
    lines.push(codeLine(r, lang, c, v));
  }
  if (r.chance(0.5)) { const a = V.address(r, loc, { latin }); lines.push([ADDR[lang] || ADDR.en, ' ', V.addrItems(a, ', ')]); }
  if (r.chance(0.5)) lines.push([CALL[lang] || CALL.en, ' ', tel(r, sender.loc)]);
  if (r.chance(0.6)) lines.push([r.pick(Lg.extra)]);
  const sep = r.pick(['\n', '\n\n', '\n- ']);
  if (sep === '\n- ') out.push('- ');
  out.push(joinLines(r.shuffle(lines.slice(0, -1)).concat(lines.slice(-1)), sep));
  out.push('\n\n', r.pick(Lg.thanks), '\n', r.pick(Lg.bye), '\n');
  out.push(r.chance(0.5) ? nm(sender, 'given', latin) : signature(r, sender, { lang, latin }));
  return out;
}

export function mailThread(r) {
  const loc = pickLangLoc(r);
  const lang = phraseLang(loc);
  const latin = loc.script !== 'Latin' && r.chance(0.3);
  const d = new Doc('mail_thread').lang(lang);
  const ppl = people(r, 3, (i) => (i === 1 && r.chance(0.15) ? pickLoc(r, hasLangLoc) : loc));
  const dom = V.org(r, lang).domain;
  const emails = ppl.map((p, i) => mail(r, p, i === 1 && r.chance(0.5) ? undefined : dom));
  const n = r.int(2, 3);
  const msgs = [];
  const sets = r.pick(CONCEPT_SETS);
  for (let i = 0; i < n; i++) {
    const s = i % 2, rc = 1 - s;
    const cs = i === 0 ? [] : r.sample(sets, r.int(1, Math.min(3, sets.length)));
    msgs.push({ s, rc, items: i === 0 ? firstAsk(r, lang, ppl[s], ppl[rc], latin) : body(r, lang, loc, ppl[s], ppl[rc], latin, cs), date: i === 0 ? V.ymd(r, 2024, 2025) : V.addDays(msgs[i - 1].date, r.int(0, 2)) });
  }
  const subj = r.pick(SUBJ[lang] || SUBJ.en);
  const outlook = r.chance(0.4);
  // newest first
  const newest = msgs[msgs.length - 1];
  d.add(outlookHeader(r, lang, addrSpec(r, ppl[newest.s], emails[newest.s], latin), addrSpec(r, ppl[newest.rc], emails[newest.rc], latin), subj, L('timestamp', mailDate(r, newest.date)), r.chance(0.3) ? [nm(ppl[2], 'full', latin), ' <', emails[2], '>'] : null));
  d.add('\n', newest.items, '\n');
  if (outlook) {
    for (let i = msgs.length - 2; i >= 0; i--) {
      const m = msgs[i];
      d.add('\n________________________________\n', outlookHeader(r, lang, addrSpec(r, ppl[m.s], emails[m.s], latin), addrSpec(r, ppl[m.rc], emails[m.rc], latin), subj, L('date', V.fmtDate(r, loc, m.date, r.chance(0.5)))), '\n', m.items, '\n');
    }
  } else {
    let acc = null;
    for (let i = 0; i < msgs.length - 1; i++) {
      const m = msgs[i];
      acc = [wroteLine(r, lang, L('date', V.fmtDate(r, loc, m.date, true)), nm(ppl[m.s], 'full', latin), r.chance(0.6) ? emails[m.s] : null), '\n', quote([m.items, acc ? ['\n\n', acc] : []], '> ')];
    }
    d.add('\n', acc, '\n');
  }
  return d;
}
const ASK = { en: 'Could you send me the codes for tomorrow?', de: 'Kannst du mir die Codes für morgen schicken?', fr: 'Tu peux m\'envoyer les codes pour demain ?', es: '¿Me puedes mandar los códigos para mañana?', pt: 'Pode me mandar os códigos para amanhã?', it: 'Mi mandi i codici per domani?', nl: 'Kun je me de codes voor morgen sturen?', pl: 'Możesz mi wysłać kody na jutro?', sv: 'Kan du skicka koderna till i morgon?', da: 'Kan du sende mig koderne til i morgen?', fi: 'Voisitko lähettää koodit huomiseksi?', cs: 'Můžeš mi poslat kódy na zítra?', tr: 'Yarın için kodları gönderebilir misin?', ru: 'Можешь прислать коды на завтра?', uk: 'Можеш надіслати коди на завтра?', el: 'Μου στέλνεις τους κωδικούς για αύριο;', ar: 'هل يمكنك إرسال الرموز لغد؟', he: 'אפשר לשלוח לי את הקודים למחר?', hi: 'क्या आप कल के लिए कोड भेज सकते हैं?', ja: '明日の分の暗証番号を送っていただけますか。', zh: '能把明天要用的密码发我吗？', ko: '내일 쓸 비밀번호 좀 보내 줄 수 있어요?', vi: 'Bạn gửi giúp mình các mã cho ngày mai nhé?', id: 'Bisa kirim kode-kodenya untuk besok?', th: 'ช่วยส่งรหัสสำหรับพรุ่งนี้ให้หน่อยได้ไหม', ro: 'Îmi poți trimite codurile pentru mâine?', hu: 'Elküldenéd a holnapi kódokat?' };
function firstAsk(r, lang, s, rc, latin) {
  const Lg = langOf(lang);
  return [r.pick(Lg.hi), ' ', nm(rc, 'given', latin), ',\n\n', ASK[lang] || ASK.en, '\n\n', r.pick(Lg.bye), '\n', nm(s, 'given', latin)];
}

// ---------------------------------------------------------------- forwarded vendor onboarding
const VENDORS = ['Lohnbüro Online', 'CloudFax Pro', 'Sendwave', 'PayFlow', 'DocuVault', 'ShiftPlan', 'TimeTrack 360', 'MailRelay', 'Kassenbuch24', 'FleetLog', 'Vantage CRM', 'Reisekosten App', 'PrintHub', 'Buchungsportal'];
const FWD_NOTE = { en: ['FYI – can you set this up for the team?', 'See below, these are the logins from the vendor.', 'Forwarding the access data, please store it in the vault.'], de: ['Zur Info – kannst du das für das Team einrichten?', 'Siehe unten, die Zugangsdaten vom Anbieter.', 'Leite dir die Zugangsdaten weiter, bitte im Passwort-Safe ablegen.'], fr: ['Pour info, peux-tu configurer ça pour l\'équipe ?', 'Voir ci-dessous les accès du prestataire.'], es: ['Para tu información: ¿puedes configurarlo para el equipo?', 'Abajo tienes los accesos del proveedor.'], nl: ['Ter info – kun jij dit inrichten?', 'Zie hieronder de inloggegevens van de leverancier.'], it: ['Per info: puoi configurarlo per il team?'], pt: ['Para conhecimento: pode configurar isso para a equipe?'], pl: ['Do wiadomości – możesz to skonfigurować dla zespołu?'], ja: ['ご参考まで。チーム用に設定をお願いできますか。'], sv: ['För kännedom – kan du sätta upp detta?'] };
export function mailForward(r, ctx) {
  const loc = pickLoc(r, (l) => ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl', 'ja', 'sv'].includes(l.lang));
  const lang = phraseLang(loc);
  const d = new Doc('mail_forward').lang(lang, 'en');
  const me = who(r, loc), colleague = who(r, loc);
  const org = V.org(r, lang);
  const vendor = r.pick(VENDORS);
  const vdom = vendor.toLowerCase().replace(/[^a-z0-9]+/g, '') + '.' + r.pick(['example', 'test']);
  const agent = who(r, pickLoc(r, (l) => l.script === 'Latin'));
  const h = hdrLabels(lang);
  d.add(`${h[4]}: Fwd: `, r.pick(['Welcome to ', 'Your account at ', 'Onboarding: ']), vendor, '\n');
  d.add(`${h[2]}: `, nm(colleague, 'full'), ' <', mail(r, colleague, org.domain), '>\n\n');
  d.add(r.pick(FWD_NOTE[lang] || FWD_NOTE.en), '\n\n', nm(me, 'given'), '\n\n');
  d.add(fwdLine(r, lang), '\n');
  d.add(`${h[0]}: `, vendor, ' Onboarding <', P('EMAIL_ADDRESS', `${r.pick(['onboarding', 'welcome', 'support', 'accounts'])}@${vdom}`), '>\n');
  d.add('Date: ', L('timestamp', mailDate(r)), '\n');
  d.add('Subject: ', r.pick(['Your new account is ready', 'Welcome aboard – your access details', 'Zugangsdaten für Ihr Konto', 'Account activation']), '\n');
  d.add('To: ', mail(r, me, org.domain), '\n\n');
  d.add(r.pick(['Dear ', 'Hello ', 'Hi ', 'Sehr geehrte/r ']), nm(me, 'full'), ',\n\n');
  d.add(r.pick([`thank you for choosing ${vendor}. Your company account for ${org.name} has been created.`, `welcome to ${vendor}! Below are the credentials for ${org.name}.`, `your ${vendor} workspace is live. Please keep these details safe.`]), '\n\n');
  const rows = [];
  rows.push(['Portal:        ', `https://app.${vdom}/login`]);
  rows.push(['Customer no.:  ', LK.customerNumber(r)]);
  rows.push(['Username:      ', r.chance(0.5) ? mail(r, me, org.domain) : `${V.ascii(me.givenL).toLowerCase()}.${r.lower(3)}`]);
  rows.push([r.pick(['Password:      ', 'Initial password: ', 'Temp. password: ']), sec(r, r.pick(['TEMPORARY_PASSWORD', 'PASSWORD']))]);
  if (r.chance(0.3)) rows.push(['Admin password: ', LK.placeholder(r, r.pick(['********', '(sent by SMS)', '<sent separately>'])) ]);
  const api = ctx.deck.draw();
  const human = api.toLowerCase().split('_').map((w, i) => (i ? w : w[0].toUpperCase() + w.slice(1))).join(' ');
  rows.push([r.pick([`${human}: `, `${human}:\n  `, 'Your credential: ']), sec(r, api)]);
  if (r.chance(0.6)) rows.push(['SFTP:          ', `sftp://${r.pick(['files', 'upload', 'sftp'])}.${vdom}:22`, ' user ', `${org.short.toLowerCase().replace(/\s+/g, '')}_${r.digits(4)}`, ' / pass ', sec(r, 'SFTP_PASSWORD')]);
  if (r.chance(0.5)) rows.push(['Support PIN:   ', sec(r, 'TELEPHONE_BANKING_PIN')]);
  if (r.chance(0.4)) rows.push(['Webhook secret: ', sec(r, 'WEBHOOK_SIGNING_SECRET')]);
  if (r.chance(0.4)) rows.push(['Contract:      ', LK.referenceCode(r), ' (', L('date', V.fmtDate(r, loc, V.ymd(r))), ')']);
  d.add(joinLines(rows), '\n\n');
  if (r.chance(0.3)) d.add('Your SFTP key (keep it private):\n\n', sec(r, ctx.pemDeck.draw(), { comment: `${org.short.toLowerCase().replace(/\s+/g, '')}@${vdom}` }), '\n\nServer host key: ', LK.sshPublicKey(r), '\n\n');
  d.add(r.pick(['Please change your password after the first login.', 'For security reasons, delete this e-mail after storing the credentials.', 'Bitte ändern Sie das Passwort nach der ersten Anmeldung.']), '\n\n');
  d.add(r.pick(['Kind regards', 'Best', 'Mit freundlichen Grüßen']), '\n', nm(agent, 'full'), '\n', vendor, ' Customer Success\n', tel(r, agent.loc), '\n');
  return d;
}

// ---------------------------------------------------------------- raw RFC 5322 messages
export function mailRaw(r) {
  const loc = pickLoc(r);
  const lang = phraseLang(loc);
  const d = new Doc('mail_raw').lang('en');
  const p = who(r, loc);
  const svc = r.pick(['account', 'portal', 'hr', 'payroll', 'bank', 'booking', 'school']);
  const sdom = `${svc}.${r.pick(['example', 'test'])}`;
  const rcpt = mail(r, p);
  const ts = mailDate(r);
  d.add('Return-Path: <', P('EMAIL_ADDRESS', `bounce-${r.hex(8)}@${sdom}`), '>\n');
  d.add('Received: from mx', r.int(1, 4), '.', sdom, ' (mx', r.int(1, 4), '.', sdom, ' [', V.ipv4(r, 'public'), '])\n        by mail.inbox.example with ESMTPS id ', L('request_id', r.alnum(12)), '\n        for <', rcpt, '>; ', L('timestamp', ts), '\n');
  d.add('Received: from [', V.ip(r), '] (port=', r.int(40000, 65000), ' helo=client)\n        by relay.', sdom, '; ', L('timestamp', mailDate(r)), '\n');
  d.add('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=', sdom, '; s=s', r.int(1, 3), ';\n        h=from:to:subject:date:message-id; bh=', L('hash', r.bytes(32).toString('base64')), ';\n        b=', L('dkim_signature', r.bytes(128).toString('base64')), '\n');
  d.add('Message-ID: ', LK.messageId(r, sdom), '\n');
  d.add('Date: ', L('timestamp', ts), '\n');
  d.add('From: "', svc[0].toUpperCase() + svc.slice(1), ' Service" <', P('EMAIL_ADDRESS', `${r.pick(['no-reply', 'noreply', 'security', 'notifications'])}@${sdom}`), '>\n');
  d.add('To: ', nm(p, 'full', true), ' <', rcpt, '>\n');
  const kind = r.pick(['reset', 'otp', 'temp', 'magic', 'recovery']);
  const subj = { reset: 'Reset your password', otp: 'Your verification code', temp: 'Your temporary password', magic: 'Your sign-in link', recovery: 'New recovery codes generated' }[kind];
  d.add('Subject: ', subj, '\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n');
  d.add('Hello ', nm(p, 'given', true), ',\n\n');
  if (kind === 'reset') d.add('We received a request to reset your password. Use the link below within 30 minutes:\n\nhttps://', sdom, '/reset?uid=', r.digits(6), '&token=', sec(r, 'PASSWORD_RESET_TOKEN'), '\n\nIf you did not request this, ignore this e-mail.\n');
  else if (kind === 'otp') d.add('Your one-time code is ', sec(r, 'ONE_TIME_CODE'), '. It expires in 10 minutes.\nRequest ', LK.requestId(r), ' from ', V.ipv4(r, 'public'), ' (', V.cityMark(r, loc, true), ', ', V.countryMark(loc, true), ').\n');
  else if (kind === 'temp') d.add('An administrator created a temporary password for you:\n\n    ', sec(r, 'TEMPORARY_PASSWORD'), '\n\nYou will be asked to change it at the next sign-in.\n');
  else if (kind === 'magic') d.add('Click to sign in (valid once, 15 minutes):\nhttps://', sdom, '/auth/magic?t=', sec(r, 'LOGIN_LINK_TOKEN'), '\n');
  else { d.add('Here are your new backup codes. Each code can be used once:\n\n'); for (let i = 0; i < 8; i++) d.add('  ', sec(r, 'RECOVERY_CODE'), i % 2 ? '\n' : '    '); }
  d.add('\n-- \n', svc[0].toUpperCase() + svc.slice(1), ' Service · ', L('version', `${r.int(3, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`), '\n');
  return d;
}

// ---------------------------------------------------------------- gift card / voucher mails
const GC = {
  en: ['You\'ve received a gift card!', 'sent you a gift card', 'Gift card code', 'PIN', 'Value', 'Valid until', 'Order'],
  de: ['Du hast einen Gutschein erhalten!', 'hat dir einen Gutschein geschickt', 'Gutscheincode', 'PIN', 'Wert', 'Gültig bis', 'Bestellung'],
  fr: ['Vous avez reçu une carte cadeau !', 'vous a envoyé une carte cadeau', 'Code de la carte', 'PIN', 'Montant', 'Valable jusqu\'au', 'Commande'],
  es: ['¡Has recibido una tarjeta regalo!', 'te ha enviado una tarjeta regalo', 'Código', 'PIN', 'Importe', 'Válida hasta', 'Pedido'],
  it: ['Hai ricevuto una gift card!', 'ti ha inviato una gift card', 'Codice', 'PIN', 'Valore', 'Valida fino al', 'Ordine'],
  nl: ['Je hebt een cadeaukaart ontvangen!', 'heeft je een cadeaukaart gestuurd', 'Code', 'Pincode', 'Waarde', 'Geldig tot', 'Bestelling'],
  pt: ['Você recebeu um vale-presente!', 'enviou um vale-presente para você', 'Código', 'PIN', 'Valor', 'Válido até', 'Pedido'],
  ja: ['ギフトカードが届きました！', 'さんからギフトカードが届いています', 'ギフトコード', 'PIN', '金額', '有効期限', '注文番号'],
  pl: ['Otrzymałeś kartę podarunkową!', 'wysłał(a) Ci kartę podarunkową', 'Kod', 'PIN', 'Wartość', 'Ważna do', 'Zamówienie'],
  sv: ['Du har fått ett presentkort!', 'har skickat ett presentkort till dig', 'Kod', 'PIN', 'Värde', 'Giltigt till', 'Order'],
  ko: ['기프트카드가 도착했습니다!', '님이 기프트카드를 보냈습니다', '코드', 'PIN', '금액', '유효기간', '주문번호'],
  tr: ['Bir hediye kartı aldınız!', 'size bir hediye kartı gönderdi', 'Kod', 'PIN', 'Tutar', 'Son geçerlilik', 'Sipariş'],
};
export function giftCardMail(r) {
  const lang = r.pick(Object.keys(GC));
  const loc = pickLoc(r, (l) => phraseLang(l) === lang);
  const t = GC[lang];
  const d = new Doc('gift_card_mail').lang(lang);
  const from = who(r, loc), to = who(r, loc);
  const shop = r.pick(['Bücherwurm', 'CineStar Plus', 'Spa Oase', 'Galerie Lafayette Online', 'TechTown', 'Moda Viva', 'Sakura Books', 'Nordic Outdoor']);
  d.add('From: ', shop, ' <', P('EMAIL_ADDRESS', `giftcards@${shop.toLowerCase().replace(/[^a-z]+/g, '')}.example`), '>\nTo: ', mail(r, to), '\nDate: ', L('timestamp', mailDate(r)), '\n\n');
  d.add(t[0], '\n\n', nm(from, 'full'), ' ', t[1], '.\n\n');
  const WISH = { en: 'Happy birthday!', de: 'Danke für deine Hilfe beim Umzug!', fr: 'Merci pour tout !', es: '¡Felicidades!', it: 'Tanti auguri!', nl: 'Gefeliciteerd!', pt: 'Parabéns!', ja: 'お誕生日おめでとう！', pl: 'Wszystkiego najlepszego!', sv: 'Grattis på födelsedagen!', ko: '생일 축하해!', tr: 'İyi ki doğdun!' };
  if (r.chance(0.6)) d.add(r.pick(['„', '"', '« ']), WISH[lang], '"\n\n');
  d.add(t[2], ': ', sec(r, 'GIFT_CARD_CODE'), '\n');
  if (r.chance(0.7)) d.add(t[3], ': ', sec(r, 'GIFT_CARD_PIN'), '\n');
  d.add(t[4], ': ', V.money(r, loc.money, r.pick([25, 50, 75, 100, 150])), '\n', t[5], ': ', L('date', V.fmtDate(r, loc, V.ymd(r, 2026, 2028))), '\n', t[6], ': ', LK.orderNumber(r), '\n');
  if (r.chance(0.4)) d.add('\nAlternativ / alternatively: ', sec(r, 'VOUCHER_CODE'), '\n');
  d.add('\n', shop, ' · ', V.addrItems(V.address(r, loc), ', '), '\n');
  return d;
}
