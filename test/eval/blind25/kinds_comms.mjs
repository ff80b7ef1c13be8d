// Document kinds: mail, calendar, chat.
import { Doc, S, P, L, R, plain, GEN, rfc2822, dateText, isoTs, PHRASES, DATE_LANG, COUNTRIES, pickLang, pk, mailbox, headers, signature, replyIntro, subject, footerCompany, WESTERN } from './common.mjs';
import { emitJSON, RAW } from './builder.mjs';
import { icsTs, epoch, uuid } from './lookalikes.mjs';
import { ALPHA } from './prng.mjs';

const ALLCATS = ['pw', 'wifi', 'door', 'pin', 'api', 'phone', 'meet', 'addr', 'pay', 'mail', 'travel', 'otp', 'pass', 'appw', 'link', 'card'];
const SAFE = ['phone', 'meet', 'addr', 'pay', 'mail', 'travel', 'link'];
const SECRETY = ['pw', 'wifi', 'door', 'pin', 'api', 'otp', 'pass', 'appw'];

// ---------------------------------------------------------------- mail thread with quoted replies
export function mail_thread(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const cc = k.cc(lang);
  const people = [k.person(lang), k.person(r.chance(0.7) ? lang : pickLang(r)), k.person(lang)];
  const dom = k.dom();
  const emails = people.map((p) => k.email(p, r.chance(0.6) ? dom : undefined));
  const [a, b, c] = people;
  headers(d, k, { from: mailbox(k, a, emails[0]), to: [mailbox(k, b, emails[1])], cc: r.chance(0.5) ? [mailbox(k, c, emails[2], 2)] : [], subject: subject(r, lang), reply: true });
  d.w('\n');
  const levels = r.range(1, 3);
  let sender = a, rcpt = b;
  for (let lv = 0; lv < levels; lv++) {
    const res = k.resolver(lang, { to: rcpt, from: sender, cc });
    const L0 = PHRASES[lang];
    d.fill(r.pick(L0.hi), res); d.w('\n\n');
    const cats = r.sample(lv === 0 ? [...r.sample(SECRETY, 2), ...r.sample(SAFE, 2)] : ALLCATS, r.range(2, 4));
    cats.forEach((cat) => { d.fill(r.pick(L0[cat]), res); d.w(r.chance(0.6) ? '\n' : ' '); });
    d.w('\n', r.pick(L0.bye), '\n');
    signature(d, k, sender, { lang, cc, email: r.chance(0.4) ? emails[people.indexOf(sender)] : null });
    if (lv < levels - 1) {
      d.w('\n');
      const quoted = r.chance(0.7);
      const prev = rcpt; rcpt = sender; sender = prev;
      replyIntro(d, k, lang, sender, emails[people.indexOf(sender)].with(emails[people.indexOf(sender)].value), mailbox(k, rcpt, emails[people.indexOf(rcpt)].with(emails[people.indexOf(rcpt)].value), 2));
      if (quoted) { d.w('> '); d.linePrefix = d.linePrefix + '> '; }
    }
  }
  d.linePrefix = '';
  return d;
}

// ---------------------------------------------------------------- forwarded vendor onboarding mail
const VENDOR_NAMES = ['Payroll Cloud', 'ShipFast', 'Ledgerly', 'MailRelay Pro', 'CRM Suite', 'TravelDesk', 'SignFlow', 'HelpHub', 'StockKeeper', 'Translate+'];
export function mail_vendor_forward(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl', 'ja']); d.lang = lang;
  const cc = k.cc(lang); const me = k.person(lang), you = k.person(lang); const dom = k.dom();
  const vendor = r.pick(VENDOR_NAMES); const vdom = `${vendor.toLowerCase().replace(/[^a-z]/g, '')}.${r.pick(['example', 'test'])}`;
  const res = k.resolver(lang, { to: you, from: me, cc });
  const myMail = k.email(me, dom);
  headers(d, k, { from: mailbox(k, me, myMail), to: [mailbox(k, you, k.email(you, dom))], subject: `Fwd: ${vendor} ${r.pick(['account is ready', 'API access', 'welcome & credentials', 'onboarding'])}` });
  d.w('\n');
  d.fill(r.pick(PHRASES[lang].hi), res); d.w('\n');
  d.w(r.pick({ en: ['FYI - could you put these into the password manager and delete this mail?', 'Forwarding the vendor credentials, please set up the integration.'], de: ['zur Info - kannst du das bitte in den Passwortmanager übernehmen?', 'leite dir die Zugangsdaten weiter.'], fr: ['pour info, peux-tu mettre ça dans le coffre-fort ?'], es: ['te reenvío las credenciales del proveedor.'], nl: ['ter info, kun je dit in de kluis zetten?'], it: ['ti inoltro le credenziali del fornitore.'], pt: ['segue as credenciais do fornecedor.'], pl: ['przesyłam dane dostępowe od dostawcy.'], ja: ['ベンダーの認証情報を転送します。パスワード管理ツールに登録お願いします。'] }[lang] || ['FYI']));
  d.w('\n\n', r.pick(PHRASES[lang].bye), '\n', k.name(me, 'first'), '\n\n');
  d.w('---------- Forwarded message ---------\n');
  const vp = k.person('en');
  d.w('From: ', vendor, ' Onboarding <', k.roleEmail(vdom), '>\n', 'Date: ', L('timestamp', rfc2822(r)), '\n', 'Subject: Your ', vendor, ' account\n', 'To: ', myMail.with(myMail.value), '\n\n');
  d.w('Hi ', k.name(me, 'latfirst'), ',\n\nWelcome to ', vendor, '! Your workspace "', k.org(), '" is live.\n\n');
  const n = r.range(2, 4);
  for (let i = 0; i < n; i++) {
    const v = i === 0 && r.chance(0.5) ? k.plainKeyed() : k.vendor();
    const label = r.chance(0.6) ? v.desc : r.pick(['API key', 'Secret key', 'Access token', 'Integration key']);
    d.w(r.pick([`${label}: `, `  ${label.padEnd(16)} `, `* ${label} = `]), v.span, '\n');
  }
  if (r.chance(0.6)) d.w('Account id: ', k.look('crm_id'), '\n');
  d.w('\nDashboard login\n  URL:      https://app.', vdom, '/login\n  User:     ', myMail.with(myMail.value), '\n  Password: ', k.sec('USER_PASSWORD', k.mpw(r.range(12, 16), 'url')), '  (temporary)\n');
  if (r.chance(0.6)) {
    d.w('\nSMTP relay\n  host smtp.', vdom, ' port 587 (STARTTLS)\n  username: ', r.pick(['apikey', 'relay-user', k.username(me)]), '\n  password: ', k.sec('SMTP_PASSWORD'), '\n');
  }
  if (r.chance(0.5)) d.w('\nSandbox keys start with ', L('placeholder', 'sk_test_...'), ' and can be shared freely.\n');
  d.w('\nYour account manager is ', k.name(vp), ' (', k.phone('US', true), ').\n');
  d.w('Ticket reference: ', k.look('ticket_id'), ' · Request ', k.look('request_id'), '\n');
  footerCompany(d, k, r.pick(['US', 'GB', 'DE', 'NL', 'IE']), vendor + ' Inc.');
  return d;
}

// ---------------------------------------------------------------- automated account notifications
export function mail_notification(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'en', 'de', 'fr', 'es', 'pt', 'ja', 'it', 'nl']); d.lang = lang;
  const p = k.person(lang); const svc = r.pick(['Payroll portal', 'Expense App', 'Travel Hub', 'Office 365 tenant', 'Banking Online', 'HR Self-Service', 'Parent Portal', 'Patient Portal']);
  const sdom = `${svc.toLowerCase().replace(/[^a-z0-9]/g, '')}.${r.pick(['example', 'test'])}`;
  const type = r.pick(['reset', 'otp', 'recovery', 'signin', 'totp', 'magic', 'apppw', 'gift']);
  d.w('From: ', svc, ' <', P('EMAIL_ADDRESS', `no-reply@${sdom}`), '>\nTo: ', k.email(p), '\nDate: ', L('timestamp', rfc2822(r)), '\nMessage-ID: <', L('message_id', GEN.message_id(r, sdom)), '>\n');
  const T = {
    en: { hi: 'Hello', reset: 'We received a request to reset your password. Use the link below within 30 minutes:', otp: 'Your one-time code is', rec: 'Here are your new backup codes. Each can be used once:', sign: 'New sign-in to your account', totp: 'Scan the QR code or enter this setup key in your authenticator app:', magic: 'Click to sign in:', app: 'You created an app password. Enter it instead of your normal password:', ign: 'If this wasn\'t you, ignore this message.' },
    de: { hi: 'Hallo', reset: 'Sie haben das Zurücksetzen Ihres Passworts angefordert. Der Link ist 30 Minuten gültig:', otp: 'Ihr Einmalcode lautet', rec: 'Ihre neuen Backup-Codes (jeweils einmal verwendbar):', sign: 'Neue Anmeldung bei Ihrem Konto', totp: 'Geben Sie diesen Einrichtungsschlüssel in Ihrer Authenticator-App ein:', magic: 'Hier klicken, um sich anzumelden:', app: 'Sie haben ein App-Passwort erstellt:', ign: 'Wenn Sie das nicht waren, ignorieren Sie diese Nachricht.' },
    fr: { hi: 'Bonjour', reset: 'Vous avez demandé la réinitialisation de votre mot de passe. Lien valable 30 minutes :', otp: 'Votre code à usage unique est', rec: 'Voici vos nouveaux codes de secours :', sign: 'Nouvelle connexion à votre compte', totp: 'Saisissez cette clé dans votre application d\'authentification :', magic: 'Cliquez pour vous connecter :', app: 'Vous avez créé un mot de passe d\'application :', ign: 'Si ce n\'était pas vous, ignorez ce message.' },
    es: { hi: 'Hola', reset: 'Hemos recibido una solicitud para restablecer tu contraseña:', otp: 'Tu código de un solo uso es', rec: 'Estos son tus nuevos códigos de respaldo:', sign: 'Nuevo inicio de sesión en tu cuenta', totp: 'Introduce esta clave en tu app de autenticación:', magic: 'Haz clic para iniciar sesión:', app: 'Has creado una contraseña de aplicación:', ign: 'Si no fuiste tú, ignora este mensaje.' },
    pt: { hi: 'Olá', reset: 'Recebemos um pedido para redefinir sua senha:', otp: 'Seu código de uso único é', rec: 'Seus novos códigos de backup:', sign: 'Novo acesso à sua conta', totp: 'Digite esta chave no seu app autenticador:', magic: 'Clique para entrar:', app: 'Você criou uma senha de app:', ign: 'Se não foi você, ignore esta mensagem.' },
    it: { hi: 'Ciao', reset: 'Abbiamo ricevuto una richiesta di reimpostazione della password:', otp: 'Il tuo codice monouso è', rec: 'Ecco i tuoi nuovi codici di backup:', sign: 'Nuovo accesso al tuo account', totp: 'Inserisci questa chiave nella tua app di autenticazione:', magic: 'Clicca per accedere:', app: 'Hai creato una password per le app:', ign: 'Se non sei stato tu, ignora questo messaggio.' },
    nl: { hi: 'Hallo', reset: 'We hebben een verzoek ontvangen om je wachtwoord te resetten:', otp: 'Je eenmalige code is', rec: 'Je nieuwe back-upcodes:', sign: 'Nieuwe aanmelding op je account', totp: 'Voer deze sleutel in je authenticator-app in:', magic: 'Klik om in te loggen:', app: 'Je hebt een app-wachtwoord aangemaakt:', ign: 'Was jij dit niet? Negeer dit bericht.' },
    ja: { hi: 'こんにちは、', reset: 'パスワード再設定のリクエストを受け付けました。30分以内に以下のリンクを開いてください：', otp: 'ワンタイムコード：', rec: '新しいバックアップコード（各1回のみ使用可）：', sign: 'アカウントへの新しいサインイン', totp: '認証アプリにこのセットアップキーを入力してください：', magic: 'クリックしてサインイン：', app: 'アプリパスワードを作成しました：', ign: '心当たりがない場合はこのメールを無視してください。' },
  }[lang];
  d.w('Subject: ', svc, ' – ', { reset: 'password reset', otp: 'verification code', recovery: 'backup codes', signin: 'security alert', totp: '2-step verification', magic: 'sign-in link', apppw: 'app password', gift: 'your gift card' }[type], '\n\n');
  d.w(T.hi, ' ', k.name(p, r.chance(0.5) ? 'first' : 'full'), lang === 'ja' ? 'さん\n\n' : ',\n\n');
  switch (type) {
    case 'reset': d.w(T.reset, '\n\nhttps://', sdom, '/account/reset?uid=', String(r.range(1000, 999999)), '&token=', k.sec('PASSWORD_RESET_TOKEN'), '\n'); break;
    case 'otp': d.w(T.otp, ' ', k.sec('VERIFICATION_CODE'), '.\n'); if (r.chance(0.5)) d.w('(', k.look('request_id'), ')\n'); break;
    case 'recovery': { d.w(T.rec, '\n\n'); const n = r.range(6, 10); for (let i = 0; i < n; i++) d.w(r.chance(0.5) ? '    ' : `${i + 1}. `, k.sec('RECOVERY_CODE'), i % 2 && r.chance(0.5) ? '\n' : '\n'); break; }
    case 'signin': {
      const cc2 = r.pick(Object.keys(COUNTRIES));
      d.w(T.sign, '\n\n  Time:     ', L('timestamp', isoTs(r)), '\n  IP:       ', k.ip(), '\n  Location: ', k.city(cc2), ', ', k.country(cc2), '\n  Device:   ', r.pick(['Chrome on Windows', 'Safari on iPhone', 'Firefox on Linux', 'Outlook for Android']), '\n');
      if (r.chance(0.4)) d.w('  Approx.:  ', k.look('coordinates'), '\n');
      break;
    }
    case 'totp': { const seed = k.sec('TOTP_SEED', r.str(ALPHA.B32, 32)); d.w(T.totp, '\n\n    ', seed.with(seed.value.match(/.{4}/g).join(' ').toLowerCase()), '\n\notpauth://totp/', svc.replace(/ /g, '%20'), ':', k.email(p, sdom), '?secret=', seed, '&issuer=', svc.replace(/ /g, '%20'), '\n'); break; }
    case 'magic': d.w(T.magic, '\nhttps://', sdom, '/auth/magic?login_token=', k.sec('MAGIC_LINK_TOKEN'), '&redirect=%2Fhome\n'); break;
    case 'apppw': d.w(T.app, '\n\n    ', k.sec('APP_PASSWORD'), '\n'); break;
    case 'gift': d.w('🎁 ', k.name(k.person(lang), 'first'), ' → ', k.price(lang), '\n\n    ', k.sec('GIFT_CARD_CODE'), '\n    PIN ', k.sec('PIN'), '\n\n', k.look('coupon_code'), ' ', r.pick(['is a public promo code, the one above is personal.', '']), '\n'); break;
  }
  d.w('\n', T.ign, '\n\n');
  footerCompany(d, k, r.pick(['US', 'IE', 'DE', 'NL', 'GB', 'FR']), svc + ' Ltd.');
  if (r.chance(0.5)) d.w('Unsubscribe: https://', sdom, '/u/', L('uuid', uuid(r)), '\n');
  return d;
}

// ---------------------------------------------------------------- raw .eml with transport headers
export function mail_eml(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const a = k.person(lang), b = k.person(lang); const adom = k.dom(), bdom = k.dom();
  const ea = k.email(a, adom), eb = k.email(b, bdom);
  d.w('Return-Path: <', ea.with(ea.value), '>\n');
  d.w('Received: from mx.', bdom, ' (mx.', bdom, ' [', k.ipv4('doc'), '])\n\tby mail.', adom, ' with ESMTPS id ', k.look('request_id'), '\n\tfor <', eb.with(eb.value), '>; ', L('timestamp', rfc2822(r)), '\n');
  d.w('Received: from [', k.ip(), '] (', r.pick(['unknown', 'client']), ')\n\tby smtp.', adom, ' with ESMTPSA; ', L('timestamp', rfc2822(r)), '\n');
  const bh = L('hash', r.bytes(32).toString('base64'));
  const sig = r.bytes(256).toString('base64');
  d.w('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=', adom, ';\n\ts=', r.pick(['s1', 'selector1', 'google', 'k1']), '; h=from:to:subject:date:message-id;\n\tbh=', bh, ';\n\tb=', L('dkim_signature', sig.match(/.{1,72}/g).join('\n\t  ')), '\n');
  d.w('From: ', ...mailbox(k, a, ea), '\nTo: ', ...mailbox(k, b, eb), '\nSubject: ', subject(r, lang), '\nDate: ', L('timestamp', rfc2822(r)), '\nMessage-ID: <', L('message_id', GEN.message_id(r, adom)), '>\n');
  const bnd = `----=_Part_${r.digits(6)}_${r.digits(9)}.${r.digits(13)}`;
  d.w('MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="', bnd, '"\nX-Mailer: ', r.pick(['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', 'Thunderbird 128.4.0']), '\n\n--', bnd, '\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\n');
  const res = k.resolver(lang, { to: b, from: a });
  d.fill(r.pick(PHRASES[lang].hi), res); d.w('\n');
  k.prose(d, lang, r.sample(ALLCATS, 4), 3, res, '\n'); d.w('\n', r.pick(PHRASES[lang].bye), '\n'); d.w(k.name(a, 'first'), '\n\n');
  const fname = r.pick(['scan_0042.pdf', 'Vertrag_unterschrieben.pdf', 'invoice.pdf', 'passport_copy.jpg', 'contrato.pdf', 'IMG_2231.HEIC', 'timesheet.xlsx']);
  d.w('--', bnd, '\nContent-Type: application/octet-stream; name="', fname, '"\nContent-Disposition: attachment; filename="', fname, '"; size=', String(r.range(20000, 900000)), '\nContent-Transfer-Encoding: base64\nX-Attachment-Id: ', L('request_id', `f_${r.str(ALPHA.LOWNUM, 9)}0`), '\nContent-MD5: ', L('hash', r.bytes(16).toString('base64')), '\n\n');
  d.w(L('attachment_data', r.bytes(r.range(90, 160)).toString('base64').match(/.{1,76}/g).join('\n')), '\n--', bnd, '--\n');
  return d;
}

// ---------------------------------------------------------------- calendar invite (.ics)
function dialIn(k, d, lang, esc) {
  const r = k.r; const nl = esc ? '\\n' : '\n';
  const ccs = r.sample(['US', 'GB', 'DE', 'FR', 'NL', 'ES', 'IT', 'JP', 'AU', 'CH', 'SE', 'PL', 'IN', 'BR', 'CA', 'IE', 'AT', 'BE', 'SG', 'MX'], r.range(2, 5));
  d.w(pk(r, lang, ['Join by phone', 'Dial-in numbers', 'Einwahl', 'Numéros d\'accès', 'Teléfono'], 'en xx de fr es'), ':', nl);
  for (const c of ccs) d.w('  ', c, ' ', k.phone(c, true), nl);
  d.w('Meeting ID: ', k.look('meeting_id'), nl);
  d.w(pk(r, lang, ['Passcode', 'Password', 'Kenncode', 'Code secret'], 'en xx de fr'), ': ', k.sec('MEETING_PASSCODE', r.chance(0.5) ? r.digits(6) : r.str(ALPHA.B62, 8)), nl);
  if (r.chance(0.5)) d.w('Host key: ', k.sec('CONFERENCE_HOST_KEY'), nl);
}
export function calendar_ics(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const cc = k.cc(lang); const org = k.person(lang); const dom = k.dom();
  const host = r.pick(['meet.video.example', 'zoom.conf.test', 'teams.corp.example', 'webex.office.test']);
  d.w('BEGIN:VCALENDAR\nPRODID:-//', r.pick(['Microsoft Corporation//Outlook 16.0 MIMEDIR', 'Google Inc//Google Calendar 70.9054//EN', 'Apple Inc.//macOS 15.2//EN']), '//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n');
  d.w('UID:', k.look('calendar_uid'), '\nDTSTAMP:', L('timestamp', icsTs(r)), '\nDTSTART;TZID=', r.pick(['Europe/Berlin', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Europe/London']), ':', L('timestamp', icsTs(r).replace('Z', '')), '\nDTEND:', L('timestamp', icsTs(r)), '\n');
  d.w('SUMMARY:', r.pick(['Quarterly review', 'Onboarding', 'Lease signing', 'Budget 2026', 'Parents evening', 'Kick-off', 'Interview', 'Steuerberatung', 'Réunion de service']), ' – ', k.name(k.person(lang)), '\n');
  d.w('ORGANIZER;CN=', k.name(org), ':mailto:', k.email(org, dom), '\n');
  const n = r.range(3, 7);
  for (let i = 0; i < n; i++) {
    const p = k.person(r.chance(0.7) ? lang : pickLang(r));
    d.w('ATTENDEE;ROLE=', r.pick(['REQ-PARTICIPANT', 'OPT-PARTICIPANT']), ';PARTSTAT=', r.pick(['NEEDS-ACTION', 'ACCEPTED', 'TENTATIVE']), ';CN=', k.name(p, r.chance(0.2) ? 'lastfirst' : 'full'), ':mailto:', k.email(p, r.chance(0.5) ? dom : undefined), '\n');
  }
  d.w('LOCATION:', r.chance(0.5) ? [k.street(cc), '\\, ', k.city(cc)] : `Online (${host})`, '\n');
  const link = k.sec('MEETING_PASSCODE', r.str(ALPHA.B62, 32) + '.1');
  d.w('DESCRIPTION:', pk(r, lang, ['Agenda to follow.', 'Bitte pünktlich sein.', 'Merci de confirmer.', 'Please bring ID.'], 'en de fr'), '\\n\\nJoin: https://', host, '/j/', L('meeting_id', r.digits(11)), '?pwd=', link, '\\n');
  dialIn(k, d, lang, true);
  d.w('\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nSEQUENCE:', String(r.range(0, 4)), '\nEND:VEVENT\nEND:VCALENDAR\n');
  return d;
}

// ---------------------------------------------------------------- calendar API JSON
export function calendar_json(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const cc = k.cc(lang); const dom = k.dom();
  const items = [];
  const n = r.range(2, 3);
  for (let i = 0; i < n; i++) {
    const org = k.person(lang);
    const att = Array.from({ length: r.range(2, 4) }, () => { const p = k.person(r.chance(0.7) ? lang : pickLang(r)); return { email: k.email(p, r.chance(0.6) ? dom : undefined), displayName: k.name(p), responseStatus: r.pick(['accepted', 'needsAction', 'tentative', 'declined']) }; });
    const ev = {
      kind: 'calendar#event', etag: R('"', L('etag', r.digits(16)), '"'), id: L('calendar_uid', r.str(ALPHA.LOWNUM, 26)),
      status: 'confirmed', created: L('timestamp', isoTs(r)), updated: L('timestamp', isoTs(r)),
      summary: R(r.pick(['1:1 ', 'Review with ', 'Call: ', 'Dinner – ', 'Viewing flat with ']), k.name(k.person(lang))),
      location: r.chance(0.6) ? k.addressLine(cc, { country: false }) : 'Online',
      organizer: { email: k.email(org, dom), displayName: k.name(org) },
      start: { dateTime: L('timestamp', isoTs(r, false) + '+01:00'), timeZone: 'Europe/Berlin' },
      end: { dateTime: L('timestamp', isoTs(r, false) + '+01:00') },
      attendees: att,
    };
    if (r.chance(0.6)) ev.description = R('Dial-in ', k.phone(r.pick(['US', 'GB', 'DE', 'FR']), true), ', PIN ', k.sec('MEETING_PASSCODE', r.digits(r.pick([6, 9]))), r.chance(0.5) ? [', host key ', k.sec('CONFERENCE_HOST_KEY')] : '');
    if (r.chance(0.5)) ev.conferenceData = { entryPoints: [{ entryPointType: 'video', uri: R('https://meet.video.example/', L('meeting_id', `${r.str(ALPHA.LOW, 3)}-${r.str(ALPHA.LOW, 4)}-${r.str(ALPHA.LOW, 3)}`)) }, { entryPointType: 'phone', uri: R('tel:', (() => { const ph = k.phone(r.pick(['US', 'GB', 'DE', 'FR', 'NL']), true); return ph.with(ph.value.replace(/\(0\)/, '').replace(/[^\d+]/g, '')); })()), pin: k.sec('MEETING_PASSCODE', r.digits(9)) }] };
    if (r.chance(0.4)) ev.colorId = String(r.range(1, 11));
    items.push(ev);
  }
  emitJSON(d, { kind: 'calendar#events', summary: items[0].organizer.email.with(items[0].organizer.email.value), timeZone: 'Europe/Berlin', nextSyncToken: L('request_id', r.str(ALPHA.B62 + '_', 24)), items }, { indent: r.pick([2, 2, 0]), space: true });
  d.w('\n');
  return d;
}

// ---------------------------------------------------------------- agenda printout
export function calendar_agenda(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'nl', 'it', 'ja', 'pt']); d.lang = lang;
  const cc = k.cc(lang); const me = k.person(lang);
  d.w(pk(r, lang, ['Agenda for ', 'Kalender von ', 'Agenda de ']), k.name(me), ' — ', k.date(DATE_LANG[lang]), '\n\n');
  const n = r.range(5, 9);
  for (let i = 0; i < n; i++) {
    const t = `${String(r.range(7, 18)).padStart(2, '0')}:${r.pick(['00', '15', '30', '45'])}`;
    const p = k.person(r.chance(0.75) ? lang : pickLang(r));
    const kind = r.int(6);
    d.w(r.chance(0.3) ? [k.date(DATE_LANG[lang]), ' '] : '', t, '  ');
    if (kind === 0) d.w(pk(r, lang, ['Call with ', 'Telefonat mit ', 'Appel avec ']), k.name(p), ' ', k.phone(k.ccOf(p)), '\n');
    else if (kind === 1) d.w(pk(r, lang, ['Lunch ', 'Mittagessen ', 'Déjeuner ']), k.name(p), ' @ ', k.street(cc), ', ', k.city(cc), '\n');
    else if (kind === 2) d.w(pk(r, lang, ['Flight ', 'Flug ', 'Vol ']), k.look('flight_number'), ' → ', k.city(r.pick(Object.keys(COUNTRIES))), ' (', r.pick(['PNR', 'Ref']), ' ', k.look('booking_reference'), ')\n');
    else if (kind === 3) d.w(r.pick(['Teams: ', 'Zoom: ']), r.pick(['Budget', 'Hiring', 'Vendor review']), ' – ID ', k.look('meeting_id'), ' / ', r.pick(['pw ', 'Kenncode ', 'code ']), k.sec('MEETING_PASSCODE', r.str(ALPHA.B62, 6)), '\n');
    else if (kind === 4) d.w(pk(r, lang, ['Dentist', 'Zahnarzt', 'Médecin', 'Physio']), ' – ', k.name(p, 'last'), ', ', k.street(cc), ' (', k.phone(cc), ')\n');
    else d.w(pk(r, lang, ['Pick up ', 'Abholen ', 'Chercher ']), k.name(p, 'first'), ' from ', k.city(cc), ' station\n');
    if (r.chance(0.25)) d.w('        ', pk(r, lang, ['note: ', 'Notiz: ', 'note : ']), r.pick([['gate code ', k.sec('ACCESS_CODE')], ['bring ', k.look('invoice_number')], ['guest wifi ', k.sec('WIFI_PASSWORD')], ['ask for ', k.name(k.person(lang))]]), '\n');
  }
  d.w('\n', String(n), ' events · synced ', L('timestamp', isoTs(r)), '\n');
  return d;
}

// ---------------------------------------------------------------- team chat export
export function chat_channel(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const cc = k.cc(lang); const members = Array.from({ length: r.range(3, 5) }, () => k.person(r.chance(0.8) ? lang : pickLang(r)));
  const style = r.int(3);
  d.w(style === 0 ? `#${r.pick(['office', 'finance-team', 'it-help', 'travel', 'hr-private', 'general', 'buero-muenchen', 'equipo'])} — export\n\n` : style === 1 ? 'Chat export\n=========\n' : '');
  const n = r.range(7, 12);
  for (let i = 0; i < n; i++) {
    const who = r.pick(members); let to = r.pick(members); if (to === who) to = members[(members.indexOf(who) + 1) % members.length];
    const res = k.resolver(lang, { to, from: who, cc });
    const tsS = `${String(r.range(7, 20)).padStart(2, '0')}:${String(r.range(0, 59)).padStart(2, '0')}`;
    if (style === 0) d.w('[', L('timestamp', isoTs(r, false).replace('T', ' ')), '] ', k.name(who, r.chance(0.8) ? 'full' : 'first'), ': ');
    else if (style === 1) d.w(k.name(who), '  ', tsS, '\n');
    else d.w(tsS, ' <', k.name(who, 'first'), '> ');
    if (r.chance(0.3)) d.w('@', k.name(to, 'first'), ' ');
    const cat = r.chance(0.5) ? r.pick(SECRETY) : r.pick(ALLCATS);
    d.fill(r.pick(PHRASES[lang][cat]), res);
    if (r.chance(0.2)) { d.w(' '); d.fill(r.pick(PHRASES[lang][r.pick(SAFE)]), res); }
    d.w('\n');
    if (style === 1) d.w('\n');
  }
  return d;
}

// ---------------------------------------------------------------- phone chat export
export function chat_whatsapp(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const cc = k.cc(lang); const members = Array.from({ length: r.range(2, 4) }, () => k.person(lang));
  const ios = r.chance(0.5);
  const n = r.range(8, 13);
  for (let i = 0; i < n; i++) {
    const who = r.pick(members); let to = r.pick(members); if (to === who) to = members[(members.indexOf(who) + 1) % members.length];
    const res = k.resolver(lang, { to, from: who, cc });
    const [dd, mm, yy] = [r.range(1, 28), r.range(1, 12), r.pick([25, 26])];
    const dt = `${String(dd).padStart(2, '0')}/${String(mm).padStart(2, '0')}/${ios ? '20' + yy : yy}`;
    const t = `${String(r.range(6, 23)).padStart(2, '0')}:${String(r.range(0, 59)).padStart(2, '0')}`;
    if (ios) d.w('[', L('date', dt), ', ', t, ':', String(r.range(10, 59)), '] ', k.name(who, r.chance(0.6) ? 'full' : 'first'), ': ');
    else d.w(L('date', dt), ', ', t, ' - ', k.name(who, r.chance(0.6) ? 'full' : 'first'), ': ');
    const kind = r.int(10);
    if (kind === 0) d.w('<Media omitted>');
    else if (kind === 1) { d.w(pk(r, lang, ['Address: ', 'Adresse: ', 'Dirección: ', 'Indirizzo: ', '住所: ', 'Адрес: ', 'Adresse : '], 'en de es it ja ru fr'), k.addressLine(cc)); }
    else if (kind === 2) { const p = k.person(lang); d.w(pk(r, lang, ['Contact: ', 'Kontakt: ', 'Contacto: '], 'en de es'), k.name(p), ' ', k.phone(cc)); }
    else { d.fill(r.pick(PHRASES[lang][r.pick(ALLCATS)]), res); }
    d.w('\n');
  }
  return d;
}

// ---------------------------------------------------------------- chat API JSON
export function chat_json(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const cc = k.cc(lang); const members = Array.from({ length: r.range(2, 4) }, () => k.person(lang));
  const msgs = [];
  const n = r.range(4, 7);
  let base = r.range(1767225600, 1790000000);
  for (let i = 0; i < n; i++) {
    const who = r.pick(members); let to = r.pick(members); if (to === who) to = members[(members.indexOf(who) + 1) % members.length];
    const res = k.resolver(lang, { to, from: who, cc });
    const parts = []; const dd = new Doc(); // render template to a Rich via a scratch doc
    const tpl = r.pick(PHRASES[lang][r.pick(ALLCATS)]);
    const re = /\{([a-z][a-z0-9_]*)\}/g; let last = 0, m;
    while ((m = re.exec(tpl))) { parts.push(tpl.slice(last, m.index)); parts.push(res(m[1])); last = re.lastIndex; }
    parts.push(tpl.slice(last));
    base += r.range(20, 4000);
    msgs.push({ message_id: r.range(1000, 99999), from: { id: RAW(L('record_id', String(r.range(100000000, 999999999)))), first_name: k.name(who, 'first'), last_name: k.name(who, 'last'), username: k.username(who) }, date: L('timestamp', String(base)), text: R(parts) });
  }
  const wrap = r.chance(0.5) ? { ok: true, result: msgs.map((m, i) => ({ update_id: RAW(L('record_id', String(800000000 + r.range(0, 99999999)))), message: m })) } : { chat: { title: r.pick(['Office', 'Familie', 'Famille', 'Flat share', 'WG Küche']), type: 'group' }, messages: msgs };
  emitJSON(d, wrap, { indent: r.pick([2, 0]), space: true }); d.w('\n');
  return d;
}
