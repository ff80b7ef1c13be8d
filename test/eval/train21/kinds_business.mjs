// Business documents: CRM exports, tickets, e-mails, chats, HR/medical/banking/travel/tax documents,
// manifests and lockfiles, markdown docs.
import { F, P } from './doc.mjs';
import { keyFor, SERVICES, COMPANIES, PRODUCTS } from './fmt.mjs';
import { SECRETS, password, rs } from './secrets.mjs';
import { A } from './prng.mjs';
import { abaRouting, CULTURES, MONTHS_EN } from './values.mjs';

// hand-typed credential phrases: {u} user, {p} secret
export const CRED_PHRASES = {
  en: ['the password is {p}', 'login: {u} / {p}', 'temp pw {p} — change it after first login', 'use this token: {p}', "here's the key {p} (don't share pls)", 'creds are {u} and {p}', 'pw: {p}'],
  de: ['das Passwort ist {p}', 'Zugang: {u} / {p}', 'neues Kennwort: {p}', 'Token lautet {p}'],
  fr: ['le mot de passe est {p}', 'identifiants : {u} / {p}', 'voici la clé {p}'],
  es: ['la contraseña es {p}', 'usuario {u} clave {p}', 'te paso el token: {p}'],
  pt: ['a senha é {p}', 'usuário {u}, senha {p}'],
  it: ['la password è {p}', 'utente {u} password {p}'],
  ru: ['пароль: {p}', 'логин {u}, пароль {p}', 'вот токен {p}'],
  uk: ['пароль {p}', 'логін {u} / {p}'],
  pl: ['hasło to {p}', 'login {u}, hasło {p}'],
  tr: ['şifre: {p}', 'kullanıcı {u} şifre {p}'],
  ja: ['パスワードは {p} です', 'ユーザー {u} / {p} でログインしてください'],
  ko: ['비밀번호는 {p} 입니다', '계정 {u} / {p}'],
  zh: ['密码是 {p}', '账号 {u} 密码 {p}'],
  ka: ['პაროლი: {p}', 'მომხმარებელი {u}, პაროლი {p}'],
  hy: ['գաղտնաբառը՝ {p}', 'մուտք՝ {u} / {p}'],
  ar: ['كلمة المرور: {p}', 'اسم المستخدم {u} وكلمة المرور {p}'],
  he: ['הסיסמה היא {p}', 'משתמש {u} סיסמה {p}'],
  th: ['รหัสผ่านคือ {p}', 'ยูสเซอร์ {u} รหัส {p}'],
  hi: ['पासवर्ड है {p}', 'यूज़र {u} और पासवर्ड {p}'],
  el: ['ο κωδικός είναι {p}', 'χρήστης {u} κωδικός {p}'],
};
export function credPhrase(v, r, lang, secretSpan) {
  const t = r.pick(CRED_PHRASES[lang] || CRED_PHRASES.en);
  const user = r.pick(['admin', 'root', 'nino.b', 'support', 'kasia', 'ops', 'deploy', 'reception']);
  const out = [];
  for (const part of t.split(/(\{[up]\})/)) { if (part === '{u}') out.push(user); else if (part === '{p}') out.push(secretSpan); else if (part) out.push(part); }
  return out;
}
// what people actually paste into chats, tickets and mails
const PASTED = ['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PAT', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'SLACK_BOT_TOKEN', 'STRIPE_SECRET_KEY', 'AWS_SECRET_KEY', 'AWS_ACCESS_KEY',
  'DATABASE_PASSWORD', 'TELEGRAM_BOT_TOKEN', 'API_KEY', 'JSON_WEB_TOKEN', 'TOTP_SEED', 'RECOVERY_CODE', 'NPM_ACCESS_TOKEN', 'HUGGINGFACE_TOKEN', 'NOTION_INTEGRATION_TOKEN',
  'LINEAR_API_KEY', 'SENDGRID_API_KEY', 'TWILIO_AUTH_TOKEN', 'DISCORD_BOT_TOKEN', 'ATLASSIAN_API_TOKEN', 'VAULT_TOKEN', 'DOCKER_HUB_PAT', 'GCP_API_KEY', 'SHOPIFY_ACCESS_TOKEN',
  'MAILGUN_API_KEY', 'AZURE_DEVOPS_PAT', 'BEARER_TOKEN', 'OKTA_API_TOKEN', 'GROQ_API_KEY', 'WIREGUARD_PRIVATE_KEY'];
function handSecret(v, r, g) {
  const roll = r.next();
  if (roll < 0.5) return v.pw(r.pick(['PASSWORD', 'PASSWORD', 'ADMIN_PASSWORD', 'WIFI_PSK', 'VNC_PASSWORD', 'SSH_PASSWORD', 'FTP_PASSWORD', 'SMTP_PASSWORD', 'LDAP_BIND_PASSWORD']), r.pick(['human', 'leet', 'phrase', 'random']));
  if (roll < 0.8) return v.sec(r.pick(PASTED));
  return v.secNext();
}

// ---------------------------------------------------------------- CRM export
const CRM_HEADERS = {
  en: { id: 'id', first: 'first_name', last: 'last_name', full: 'name', email: 'email', phone: 'phone', city: 'city', country: 'country', street: 'address', company: 'company', created: 'created_at', note: 'notes', iban: 'iban', card: 'card' },
  de: { id: 'Kunden-Nr', first: 'Vorname', last: 'Nachname', full: 'Name', email: 'E-Mail', phone: 'Telefon', city: 'Ort', country: 'Land', street: 'Straße', company: 'Firma', created: 'Angelegt', note: 'Bemerkung', iban: 'IBAN', card: 'Karte' },
  es: { id: 'id_cliente', first: 'nombre', last: 'apellidos', full: 'nombre_completo', email: 'correo', phone: 'teléfono', city: 'ciudad', country: 'país', street: 'dirección', company: 'empresa', created: 'alta', note: 'notas', iban: 'iban', card: 'tarjeta' },
  fr: { id: 'ref', first: 'prénom', last: 'nom', full: 'nom_complet', email: 'courriel', phone: 'tél', city: 'ville', country: 'pays', street: 'adresse', company: 'société', created: 'créé_le', note: 'remarques', iban: 'IBAN', card: 'carte' },
};
const CRM_NOTES = {
  en: ['met {P} at the trade fair', 'prefers calls after 5pm', 'referred by {P}', 'moving to {C} next month', 'VIP — knows {P} from {O}'],
  de: ['Rückruf bei {P} erbeten', 'Kontakt über {P} ({O})', 'zieht nach {C} um', 'Messe-Lead'],
  es: ['recomendado por {P}', 'llamar a {P} el lunes', 'se muda a {C}', 'cliente de {O}'],
  fr: ['recommandé par {P}', 'rappeler {P} jeudi', 'déménage à {C}', 'contact chez {O}'],
};
export function crm_export(d, v, r, g) {
  const lang = r.pick(['en', 'en', 'de', 'es', 'fr']);
  const H = CRM_HEADERS[lang];
  const sep = lang === 'de' ? r.pick([';', ';', ',']) : r.pick([',', ',', '\t', ';', '|']);
  const split = r.chance(0.5);
  const cols = ['id', ...(split ? ['first', 'last'] : ['full']), 'email', 'phone', ...r.picks(['city', 'country', 'street', 'company', 'created', 'note', 'iban', 'card'], r.int(2, 4))];
  const quoteAll = r.chance(0.3);
  const qq = (x) => (quoteAll ? ['"', x, '"'] : [x]);
  d.add(cols.map((c) => (quoteAll ? `"${H[c]}"` : H[c])).join(sep) + '\n');
  const n = r.int(6, 14);
  for (let i = 0; i < n; i++) {
    const cult = g.culture.next(); const p = v.person(cult); const cc = CULTURES[cult].cc;
    const cells = cols.map((c) => {
      switch (c) {
        case 'id': return qq(v.look('crm_id'));
        case 'first': return qq(v.name(p, r.chance(0.2) ? 'short' : 'given'));
        case 'last': return qq(v.name(p, 'family'));
        case 'full': return qq(v.name(p));
        case 'email': return qq(v.email(p));
        case 'phone': return qq(v.phone(r.chance(0.5) ? cc : null));
        case 'city': return qq(v.city(cc));
        case 'country': return qq(v.country());
        case 'street': return ['"', v.street(cc), '"'];
        case 'company': return qq(r.pick(COMPANIES));
        case 'created': return qq(v.ts(r.pick(['space', 'isoz'])));
        case 'iban': return r.chance(0.85) ? qq(v.iban(null, false)) : qq(v.look('invalid_iban'));
        case 'card': return r.chance(0.7) ? qq(v.look('masked_card')) : qq(v.card());
        case 'note': { const t = r.pick(CRM_NOTES[lang]); const out = ['"']; for (const part of t.split(/(\{[PCO]\})/)) { if (part === '{P}') out.push(v.name(v.person(cult), r.pick(['full', 'given', 'short']))); else if (part === '{C}') out.push(v.city(cc)); else if (part === '{O}') out.push(r.pick(COMPANIES)); else if (part) out.push(part); } out.push('"'); return out; }
        default: return [''];
      }
    });
    cells.forEach((c, k) => { if (k) d.add(sep); d.add(c); });
    d.add('\n');
    if (d.size > 3300) break;
  }
}

// ---------------------------------------------------------------- tickets
const TICKET_TEXT = {
  en: { subj: ['Cannot log in to the VPN', 'Printer on 3rd floor keeps jamming', 'Access request for the finance share', 'Customer data looks wrong', 'API integration failing since Monday'], open: 'Hi team,', close: 'Thanks,' },
  de: { subj: ['VPN-Zugang funktioniert nicht', 'Zugriff auf Laufwerk Buchhaltung', 'Kundendaten fehlerhaft', 'Schnittstelle liefert 401'], open: 'Hallo zusammen,', close: 'Viele Grüße' },
  es: { subj: ['No puedo entrar al correo', 'Acceso a la carpeta de nóminas', 'Error en la integración'], open: 'Hola,', close: 'Saludos,' },
  ru: { subj: ['Не могу зайти в VPN', 'Доступ к папке бухгалтерии', 'Ошибка интеграции с CRM'], open: 'Коллеги, добрый день!', close: 'Спасибо,' },
  ja: { subj: ['VPNに接続できません', '経理フォルダへのアクセス申請', 'API連携エラー'], open: 'お疲れ様です。', close: 'よろしくお願いします。' },
  pl: { subj: ['Nie mogę zalogować się do VPN', 'Dostęp do folderu księgowości'], open: 'Cześć,', close: 'Pozdrawiam,' },
  tr: { subj: ['VPN bağlantısı kurulamıyor', 'Muhasebe klasörüne erişim'], open: 'Merhaba,', close: 'Teşekkürler,' },
};
export function ticket(d, v, r, g) {
  const lang = r.pick(Object.keys(TICKET_TEXT));
  const T = TICKET_TEXT[lang];
  const cult = { en: g.culture.next(), de: 'de', es: r.pick(['es', 'es_MX']), ru: 'ru', ja: 'ja', pl: 'pl', tr: 'tr' }[lang];
  const rep = v.person(cult); const agent = v.person(g.culture.next());
  d.w`${v.look('ticket_ref')}  ${r.pick(T.subj)}\nStatus: ${r.pick(['Open', 'Pending', 'In Progress', 'Resolved'])}   Priority: ${r.pick(['P2', 'P3', 'High', 'Normal'])}\nRequester: ${v.name(rep)} <${v.email(rep)}>\nCreated: ${v.ts('space')}\n${r.chance(0.5) ? F`Callback: ${v.phone(CULTURES[cult].cc)}\n` : ''}\n`;
  d.w`${T.open}\n${r.pick([`since ${['Monday', 'yesterday', 'the update'][r.int(0, 2)]} nothing works.`, 'see below.', '', 'details:'])} `;
  d.add(credPhrase(v, r, lang, handSecret(v, r, g))); d.add('\n');
  if (r.chance(0.5)) d.w`${r.pick(['error id', 'request', 'ref'])}: ${v.look(r.pick(['request_id', 'trace_id', 'uuid']))}\n`;
  if (r.chance(0.6)) d.w`${r.pick(['Laptop', 'Asset', 'Device'])}: ${v.look('sku')}, MAC ${v.look('mac_address')}\n`;
  d.w`${T.close}\n${v.name(rep, r.pick(['given', 'short', 'full']))}\n\n--- ${r.pick(['Agent reply', 'Comment', 'Internal note'])} by ${v.name(agent)} (${v.ts('space')}) ---\n`;
  d.add(r.pick([
    F`Reset done. New temporary password: ${v.pw('PASSWORD', r.pick(['human', 'random']))} — please change it.`,
    F`Please never paste tokens here. Revoked ${v.secNext()} and issued a new one via the vault.`,
    F`Called ${v.name(rep, 'given')} on ${v.phone(CULTURES[cult].cc)}, issue is on the ${r.pick(PRODUCTS)} side.`,
    F`Escalated to ${v.name(v.person(g.culture.next()))}, linked ${v.look('ticket_ref')}.`,
    F`Sample key in the docs is ${v.look('aws_example_key')} — that one is fine to share.`,
  ]));
  d.add('\n');
  if (r.chance(0.4)) { d.w`\n--- ${'Reply'} by ${v.name(rep, 'given')} ---\n`; d.add(credPhrase(v, r, lang, handSecret(v, r, g))); d.add('\n'); }
}

// ---------------------------------------------------------------- e-mail
const MAIL_BODIES = {
  en: [(x) => F`Hi ${x.to},\n\nas discussed with ${x.third} this morning, the new staging credentials are below.\n${x.cred}\nThe invoice ${x.inv} (${x.price}) is still open, could you ping ${x.third2} about it?\n\nBest,\n${x.from}\n${x.phone}`,
       (x) => F`Dear ${x.to},\n\nthank you for your order ${x.ord}. It will be shipped from ${x.city} and should arrive within a week (tracking ${x.track}).\n\nKind regards\n${x.from}`],
  de: [(x) => F`Hallo ${x.to},\n\nwie heute mit ${x.third} besprochen, hier die Zugangsdaten für das Testsystem:\n${x.cred}\nDie Rechnung ${x.inv} über ${x.price} ist noch offen.\n\nViele Grüße\n${x.from}\nTel. ${x.phone}`],
  fr: [(x) => F`Bonjour ${x.to},\n\ncomme convenu avec ${x.third}, voici les accès :\n${x.cred}\nLa facture ${x.inv} (${x.price}) reste à régler.\n\nCordialement,\n${x.from}\n${x.phone}`],
  es: [(x) => F`Hola ${x.to}:\n\nsegún lo hablado con ${x.third}, te paso los datos de acceso:\n${x.cred}\nLa factura ${x.inv} de ${x.price} sigue pendiente.\n\nUn saludo,\n${x.from}\n${x.phone}`],
  it: [(x) => F`Ciao ${x.to},\n\ncome concordato con ${x.third}, ecco le credenziali:\n${x.cred}\nLa fattura ${x.inv} (${x.price}) è ancora aperta.\n\nA presto,\n${x.from}\n${x.phone}`],
  pt: [(x) => F`Olá ${x.to},\n\nconforme falei com ${x.third}, seguem os acessos:\n${x.cred}\nA fatura ${x.inv} de ${x.price} ainda está em aberto.\n\nAbraços,\n${x.from}\n${x.phone}`],
  ru: [(x) => F`Здравствуйте, ${x.to}!\n\nПо просьбе коллеги (${x.third}) высылаю доступы:\n${x.cred}\nСчёт ${x.inv} на ${x.price} пока не оплачен.\n\nС уважением,\n${x.from}\n${x.phone}`],
  ja: [(x) => F`${x.to}さん\n\nお疲れ様です。${x.third}さんと相談した件で、アクセス情報をお送りします。\n${x.cred}\n請求書 ${x.inv}（${x.price}）は未払いのままです。\n\n${x.from}\n${x.phone}`],
  ka: [(x) => F`გამარჯობა ${x.to},\n\n${x.third}-სთან შეთანხმებისამებრ, გიგზავნი წვდომის მონაცემებს:\n${x.cred}\nინვოისი ${x.inv} (${x.price}) ჯერ გადაუხდელია.\n\nპატივისცემით,\n${x.from}\n${x.phone}`],
  he: [(x) => F`היי ${x.to},\n\nכמו שסיכמנו עם ${x.third}, הנה פרטי הגישה:\n${x.cred}\nהחשבונית ${x.inv} (${x.price}) עדיין פתוחה.\n\nתודה,\n${x.from}\n${x.phone}`],
};
const MAIL_CULT = { en: null, de: 'de', fr: 'fr', es: 'es', it: 'it', pt: 'pt_BR', ru: 'ru', ja: 'ja', ka: 'ka', he: 'he' };
export function email_msg(d, v, r, g) {
  const lang = r.pick(Object.keys(MAIL_BODIES));
  const cult = MAIL_CULT[lang] || g.culture.next();
  const from = v.person(cult), to = v.person(cult);
  const cc = CULTURES[cult].cc;
  const fromMail = v.email(from);
  d.w`Return-Path: <${fromMail}>\nReceived: from ${v.host()} (${v.host()} [${v.ip(r.pick(['pub', 'priv']))}])\n\tby ${v.host()} with ESMTPS id ${v.look('request_id', rs(r, A.alnum, 12))}\n\tfor <${v.email(to)}>; ${v.look('timestamp', `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][r.int(0, 4)]}, ${r.int(1, 28)} ${MONTHS_EN[r.int(0, 11)]} 202${r.int(2, 5)} ${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))} +0${r.int(0, 4)}00`)}\nFrom: "${v.name(from)}" <${fromMail}>\nTo: ${v.name(to)} <${v.email(to)}>\n${r.chance(0.4) ? F`Cc: ${v.email()}\n` : ''}Subject: ${r.pick(['Re: access', 'Fwd: Zugangsdaten', 'credentials', 'Re: order', 'update'])}\nMessage-ID: <${v.look('uuid')}@${v.host()}>\n\n`;
  const x = {
    to: v.name(to, r.pick(['given', 'short'])), from: v.name(from, r.pick(['full', 'given'])), third: v.name(v.person(cult), r.pick(['given', 'short', 'full'])), third2: v.name(v.person(g.culture.next()), 'given'),
    cred: credPhrase(v, r, lang === 'it' || lang === 'pt' ? lang : lang, handSecret(v, r, g)), inv: v.look('invoice_number'), price: v.price(), phone: v.phone(cc), ord: v.look('order_number'), city: v.city(cc), track: v.look('tracking_number'),
  };
  d.add(r.pick(MAIL_BODIES[lang])(x)); d.add('\n');
  if (r.chance(0.4)) d.w`${v.street(cc)}, ${v.city(cc)}\n`;
}

// ---------------------------------------------------------------- chat
const CHAT_LINES = {
  en: ['morning all', 'can someone check the deploy?', 'lol', 'brb', 'who has the prod db creds?', 'ok works now', 'ty!', 'thanks {N}', 'ask {N}, she set it up', '{N} is out today'],
  de: ['Moin', 'kann jemand kurz drüberschauen?', 'passt', 'danke {N}!', 'frag mal {N}', 'bin gleich zurück'],
  es: ['buenas', '¿alguien puede revisar el deploy?', 'vale', 'gracias {N}', 'pregúntale a {N}'],
  ru: ['всем привет', 'кто-нибудь может глянуть деплой?', 'ок', 'спасибо, {N}', 'спроси у {N}'],
  ja: ['おはようございます', 'デプロイ見てもらえますか？', '了解です', '{N}さん、ありがとう', '{N}さんに聞いてみて'],
  ko: ['안녕하세요', '배포 좀 확인해 주실 분?', '네 알겠습니다', '{N}님 감사합니다', '{N}님께 물어보세요'],
  zh: ['早', '谁能看一下部署？', '好的', '谢谢{N}', '问一下{N}'],
  ka: ['დილა მშვიდობისა', 'ვინმე შეამოწმებს დეპლოის?', 'კარგი', 'მადლობა, {N}', 'ჰკითხე {N}-ს'],
  hy: ['բարի լույս', 'մեկը կնայի՞ deploy-ը', 'լավ', 'շնորհակալություն, {N}', 'հարցրու {N}-ին'],
  ar: ['صباح الخير', 'هل يمكن لأحد مراجعة النشر؟', 'تمام', 'شكراً {N}', 'اسأل {N}'],
  he: ['בוקר טוב', 'מישהו יכול לבדוק את הדיפלוי?', 'סבבה', 'תודה {N}', 'תשאל את {N}'],
  th: ['หวัดดีครับ', 'มีใครช่วยเช็ค deploy ได้ไหม', 'โอเค', 'ขอบคุณนะ{N}', 'ลองถาม{N}ดู'],
  hi: ['नमस्ते', 'कोई deploy चेक कर सकता है?', 'ठीक है', 'धन्यवाद {N}', '{N} से पूछो'],
  el: ['καλημέρα', 'μπορεί κάποιος να δει το deploy;', 'οκ', 'ευχαριστώ {N}', 'ρώτα τον {N}'],
  tr: ['günaydın', 'deploy’a bakabilecek var mı?', 'tamam', 'sağ ol {N}', '{N}’a sor'],
  pl: ['hej', 'ktoś zerknie na deploy?', 'ok', 'dzięki {N}', 'zapytaj {N}'],
};
const CHAT_CULT = { en: null, de: 'de', es: 'es', ru: 'ru', ja: 'ja', ko: 'ko', zh: 'zh', ka: 'ka', hy: 'hy', ar: 'ar', he: 'he', th: 'th', hi: 'hi', el: 'el', tr: 'tr', pl: 'pl' };
export function chat(d, v, r, g) {
  const lang = r.pick(Object.keys(CHAT_LINES));
  const cult = CHAT_CULT[lang] || g.culture.next();
  const people = [v.person(cult), v.person(cult), v.person(cult), v.person(g.culture.next())];
  const style = r.pick(['slack', 'whatsapp', 'irc', 'teams']);
  const n = r.int(8, 16);
  for (let i = 0; i < n; i++) {
    const sp = r.pick(people);
    const nick = r.chance(0.6) ? v.name(sp, r.pick(['given', 'short'])) : v.name(sp);
    let body;
    const roll = r.next();
    if (roll < 0.22) body = credPhrase(v, r, CRED_PHRASES[lang] ? lang : 'en', handSecret(v, r, g));
    else if (roll < 0.32) body = F`${r.pick(['token:', 'key ->', '', 'try'])} ${v.secNext()}`;
    else if (roll < 0.4) body = F`${r.pick(['call me', 'my number', 'tel', '☎'])} ${v.phone(CULTURES[cult].cc)}`;
    else if (roll < 0.48) { const [w, k] = r.pick([['see', 'ticket_ref'], ['build', 'build_number'], ['sha', 'short_sha'], ['ticket', 'ticket_ref'], ['req', 'request_id'], ['on', 'version'], ['order', 'order_number']]); body = F`${w} ${v.look(k)}`; }
    else { const t = r.pick(CHAT_LINES[lang]); body = t.split(/(\{N\})/).map((part) => (part === '{N}' ? v.name(r.pick(people), r.pick(['given', 'short'])) : part)).filter(Boolean); }
    if (style === 'slack') d.w`[${v.ts('hm')}] ${nick}: ${body}\n`;
    else if (style === 'whatsapp') d.w`${v.look('timestamp', `${r.int(1, 28)}/${r.int(1, 12)}/2${r.int(3, 5)}, ${r.int(0, 23)}:${String(r.int(0, 59)).padStart(2, '0')}`)} - ${nick}: ${body}\n`;
    else if (style === 'irc') d.w`<${nick}> ${body}\n`;
    else d.w`${nick}  ${v.ts('space')}\n${body}\n\n`;
    if (d.size > 3300) break;
  }
}

// ---------------------------------------------------------------- HR record
export function hr_record(d, v, r, g) {
  const style = r.pick(['us', 'us', 'eu', 'de', 'yaml']);
  if (style === 'us' || style === 'yaml') {
    const p = v.person(r.pick(['en_US', 'es_MX', 'vi', 'zh', 'ko', 'hi', 'yo', 'tl', 'ar', 'pl']));
    const lic = v.dl(); const y = style === 'yaml';
    const row = (k, val) => (y ? F`${k.toLowerCase().replace(/[^a-z]+/g, '_').replace(/^_+|_+$/g, '')}: ${val}\n` : F`${k.padEnd(22)}${val}\n`);
    d.add(y ? '# employee record export\n' : `EMPLOYEE PROFILE — ${r.pick(COMPANIES)}\n${'='.repeat(40)}\n`);
    d.add([row('Employee ID', v.look('crm_id', `E${r.digits(6)}`)), row('Name', v.name(p)), row('Preferred name', v.name(p, 'short')), row('Date of birth', `${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1958, 2003)}`),
      ...(r.chance(0.6) ? [row('SSN', v.ssn())] : [row('Tax ID (ITIN)', v.itin())]), row('Home address', F`${v.street('US')}, ${v.city('US')}, ${r.pick(['OH', 'AZ', 'WA', 'NC', 'ID'])} ${r.digits(5)}`), row('Mobile', v.phone('US')), row('Personal email', v.email(p)),
      row(`Driver license (${lic.st})`, lic.span), row('Passport', v.passport()), row('Bank routing', abaRouting(r)), row('Bank account', v.bank()), row('Salary', v.price('$')), row('Start date', v.date('us')),
      row('Manager', v.name(v.person(g.culture.next()))), row('Emergency contact', F`${v.name(v.person(p.culture))} ${v.phone('US')}`)]);
    if (r.chance(0.4)) d.add(row('Notes', F`I-9 verified by ${v.name(v.person('en_US'), 'given')}; old SSN on file ${v.look('invalid_ssn')} was a typo`));
  } else if (style === 'eu') {
    const cult = r.pick(['fr', 'es', 'it', 'nl', 'pt_PT', 'pl', 'el', 'ro', 'cs', 'fi', 'ga']); const p = v.person(cult); const cc = CULTURES[cult].cc;
    d.w`Employee: ${v.name(p)}\nAddress: ${v.street(cc)}, ${v.city(cc)}, ${v.country()}\nPhone: ${v.phone(cc)}\nEmail: ${v.email(p)}\nSalary account: ${v.iban(cc === 'GB' ? 'IE' : (['FR', 'ES', 'IT', 'NL', 'PT', 'PL', 'GR', 'RO', 'CZ', 'FI', 'IE'].includes(cc) ? cc : 'DE'))} (BIC ${v.look('swift_bic')})\nGross salary: ${v.price('€')}\nLine manager: ${v.name(v.person(g.culture.next()))}\nContract start: ${v.date('eu')}\n`;
    if (r.chance(0.5)) d.w`Previous employer reference: ${v.name(v.person(cult))}, ${r.pick(COMPANIES)}, ${v.phone(cc)}\n`;
    if (r.chance(0.5)) d.w`Corporate card: ${v.card()}\n`;
  } else {
    const p = v.person('de');
    d.w`Personalbogen\n\nName, Vorname: ${v.name(p, 'family')}, ${v.name(p, 'given')}\nAnschrift: ${v.street('DE')}, ${r.digits(5)} ${v.city('DE')}\nTelefon privat: ${v.phone('DE')}\nE-Mail: ${v.email(p)}\nBankverbindung: ${v.iban('DE', true)}\nSteuerklasse: ${String(r.int(1, 5))}\nKrankenkasse: ${r.pick(['TK', 'AOK Nordost', 'Barmer'])}, Vers.-Nr. ${v.look('policy_number')}\nVorgesetzte/r: ${v.name(v.person('de'))}\nEintritt: ${v.date('dot')}\nNotfallkontakt: ${v.name(v.person(r.pick(['de', 'tr', 'pl'])))}, ${v.phone(r.pick(['DE', 'TR', 'PL']))}\n`;
  }
}

// ---------------------------------------------------------------- medical
export function medical_note(d, v, r, g) {
  const style = r.pick(['nhs', 'nhs', 'us_rx', 'us_rx', 'referral', 'register']);
  if (style === 'register') {
    d.w`${r.pick(['Practice list extract', 'Flu clinic bookings', 'Repeat prescription queue'])} — ${v.city('GB')}, ${v.date('en')}\n\nNHS number   | Patient                  | Phone\n`;
    for (let k = 0, n = r.int(5, 9); k < n; k++) { const p = v.person(r.pick(['en_GB', 'cy', 'ga', 'hi', 'ur', 'yo', 'pl', 'bn', 'ta'])); d.w`${v.nhs()} | ${v.name(p)} | ${v.phone(r.pick(['GB', 'GB_LAND']))}\n`; }
    d.w`\nQueried by ${v.name(v.person('en_GB'))} (${v.look('ticket_ref')}); rejected entry ${v.look('invalid_nhs')} failed the check digit.\n`;
  } else if (style === 'nhs') {
    const p = v.person(r.pick(['en_GB', 'cy', 'ga', 'hi', 'ur', 'yo', 'pl']));
    const gp = v.person(r.pick(['en_GB', 'hi', 'ga']));
    d.w`${r.pick(['CLINIC LETTER', 'Discharge summary', 'Outpatient note'])}\n\nPatient: ${v.name(p)}    NHS No: ${v.nhs()}\nDOB: ${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(1940, 2010))}\nAddress: ${v.street('GB')}, ${v.city('GB')}\nTel: ${v.phone(r.pick(['GB', 'GB_LAND']))}\nGP: Dr ${v.name(gp)}, ${v.city('GB')}\n\n`;
    d.w`${v.name(p, 'given')} was seen on ${v.date('en')} with ${r.pick(['chest pain', 'a persistent cough', 'knee swelling', 'headaches'])}. BP ${String(r.int(100, 160))}/${String(r.int(60, 95))}. ${r.pick(['Accompanied by daughter', 'Accompanied by husband', 'Came with a friend'])} ${v.name(v.person(p.culture), 'given')}.\nPlan: ${r.pick(['bloods in 2 weeks', 'review in clinic', 'physio referral'])}. Next appointment ${v.ts('space')}.\n`;
    if (r.chance(0.6)) d.w`Note: previous record listed NHS ${v.look('invalid_nhs')} (transcription error).\n`;
  } else if (style === 'us_rx') {
    const doc = v.person(r.pick(['en_US', 'hi', 'ko', 'es_MX', 'he'])); const pt = v.person(r.pick(['en_US', 'es_MX', 'vi', 'tl']));
    d.w`PRESCRIPTION\nPrescriber: ${v.name(doc)}, MD    DEA: ${v.dea(doc.family)}\nClinic: ${v.street('US')}, ${v.city('US')}   Ph ${v.phone('US')}\n\nPatient: ${v.name(pt)}   DOB ${r.int(1, 12)}/${r.int(1, 28)}/${r.int(1950, 2012)}\nAddress: ${v.street('US')}, ${v.city('US')}\nInsurance: ${v.look('policy_number')}\n\nRx: ${r.pick(['Oxycodone 5 mg', 'Amoxicillin 500 mg', 'Sertraline 50 mg', 'Adderall XR 20 mg'])} #${String(r.int(10, 90))}\nSig: ${r.pick(['1 tab PO q6h prn pain', '1 cap PO TID x 7 days', '1 tab PO daily'])}\nRefills: ${String(r.int(0, 3))}\nDate: ${v.date('us')}\n`;
    if (r.chance(0.6)) d.w`Co-signed: ${v.name(v.person('en_US'))}, DEA ${v.dea()}\n`;
    if (r.chance(0.3)) d.w`Pharmacy note: called ${v.name(v.person('en_US'), 'given')} to confirm DEA ${v.dea()} before dispensing.\n`;
  } else {
    const lang = r.pick(['de', 'es', 'fr']);
    const p = v.person(lang === 'es' ? 'es' : lang); const dr = v.person(lang === 'es' ? 'es' : lang); const cc = CULTURES[p.culture].cc;
    const t = {
      de: F`Überweisung\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir überweisen Ihnen ${v.name(p)}, wohnhaft ${v.street(cc)}, ${v.city(cc)}, Tel. ${v.phone(cc)}, zur weiteren Abklärung. Die Patientin wurde am ${v.date('dot')} von ${v.name(v.person('de'))} gesehen.\n\nMit freundlichen Grüßen\nDr. ${v.name(dr)}\n`,
      es: F`Hoja de derivación\n\nPaciente: ${v.name(p)}\nDomicilio: ${v.street(cc)}, ${v.city(cc)}\nTeléfono: ${v.phone(cc)}\n\nSe deriva a ${v.name(p, 'given')} al servicio de cardiología tras la consulta del ${v.date('eu')}. Acompañada por su hermano ${v.name(v.person('es'), 'given')}.\n\nDra. ${v.name(dr)}\n`,
      fr: F`Lettre d'adressage\n\nCher confrère,\n\nJe vous adresse ${v.name(p)}, demeurant ${v.street(cc)}, ${v.city(cc)} (tél. ${v.phone(cc)}), vu(e) en consultation le ${v.date('eu')}.\n\nBien confraternellement,\nDr ${v.name(dr)}\n`,
    }[lang];
    d.add(t);
  }
}

// ---------------------------------------------------------------- bank statement
export function bank_statement(d, v, r, g) {
  const style = r.pick(['eu', 'eu', 'us', 'card']);
  if (style === 'eu') {
    const cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'GE', 'TR', 'GR', 'PT', 'BE', 'AT']);
    const cultBy = { DE: 'de', FR: 'fr', ES: 'es', IT: 'it', NL: 'nl', PL: 'pl', GE: 'ka', TR: 'tr', GR: 'el', PT: 'pt_PT', BE: 'nl', AT: 'de' };
    const p = v.person(cultBy[cc]);
    d.w`${r.pick(['Kontoauszug', 'Account statement', 'Relevé de compte', 'Extracto'])} ${v.look('date', `${r.int(1, 12)}/${r.int(2023, 2025)}`)}\nAccount holder: ${v.name(p)}\n${v.street(cc)}, ${v.city(cc)}\nIBAN: ${v.iban(cc, true)}   BIC: ${v.look('swift_bic')}\n\nDate        Description                                   Amount\n`;
    for (let i = 0, n = r.int(5, 10); i < n; i++) {
      const kind = r.pick(['sepa', 'card', 'sepa', 'fee', 'salary']);
      const desc = kind === 'sepa' ? F`SEPA ${r.pick(['transfer to', 'credit from'])} ${v.name(v.person(r.pick([cultBy[cc], g.culture.next()])))} ${v.iban(null, false)}` : kind === 'card' ? F`Card ${v.look('masked_card')} ${r.pick(['REWE', 'Carrefour', 'Mercadona', 'Biedronka', 'Spar', 'Goodwill'])} ${v.city(cc)}` : kind === 'salary' ? F`Salary ${r.pick(COMPANIES)} ref ${v.look('invoice_number')}` : 'Account fee';
      d.w`${v.date(r.pick(['dot', 'iso']))}  ${desc}  ${v.price(r.pick(['€', 'EUR']))}\n`;
      if (d.size > 3300) break;
    }
  } else if (style === 'us') {
    const p = v.person(r.pick(['en_US', 'es_MX', 'ko', 'vi', 'hi']));
    d.w`FIRST COMMUNITY CREDIT UNION\nStatement period ${v.date('us')} – ${v.date('us')}\n${v.name(p)}\n${v.street('US')}\n${v.city('US')}, ${r.pick(['OH', 'TX', 'WA'])} ${r.digits(5)}\n\nChecking account ${v.bank()}   Routing ${abaRouting(r)}\nSavings account ${v.bank()}\n\n`;
    for (let i = 0, n = r.int(4, 8); i < n; i++) d.w`${v.date('us')}  ${r.pick(['ACH DEPOSIT PAYROLL', 'ZELLE TO', 'CHECK #' + r.int(100, 999), 'POS PURCHASE', 'WIRE FROM'])} ${r.chance(0.5) ? v.name(v.person(g.culture.next())) : r.pick(COMPANIES)}  ${v.price('$')}\n`;
    if (r.chance(0.5)) d.w`\nCrypto on-ramp withdrawal to ${v.btc()}\n`;
    if (r.chance(0.5)) d.w`Incoming wire via ${v.look('swift_bic')} ref ${v.look('invoice_number')}\n`;
  } else {
    const p = v.person(g.culture.next());
    d.w`Card statement — ${v.name(p)}\nCard number: ${v.card()}\nAdditional card: ${v.card()} (${v.name(v.person(p.culture), 'given')})\nPayment due: ${v.date()}   Minimum: ${v.price()}\n\n`;
    for (let i = 0, n = r.int(4, 8); i < n; i++) d.w`${v.date('iso')}  ${r.pick(['AIRBNB * HM', 'UBER TRIP', 'AMZN Mktp', 'STEAMGAMES', 'SHELL 0443'])} ${v.look('request_id', rs(r, A.upalnum, 10))}  ${v.price()}\n`;
    d.w`\nDisputed transaction reference ${v.look('order_number')}; test charge on ${v.look('vendor_test_card')} ignored; mistyped number ${v.look('invalid_card')} declined.\n`;
  }
}

// ---------------------------------------------------------------- order / receipt
export function order_receipt(d, v, r, g) {
  const cult = g.culture.next(); const p = v.person(cult); const cc = CULTURES[cult].cc;
  d.w`${r.pick(['Order confirmation', 'Your receipt', 'Bestellbestätigung', 'Confirmación de pedido'])} ${v.look('order_number')}\n${r.pick(COMPANIES)} · ${v.ts('space')}\n\nShip to:\n${v.name(p)}\n${v.street(cc)}\n${v.city(cc)}\n${v.country()}\nPhone: ${v.phone(cc)}\n\n`;
  for (let i = 0, n = r.int(2, 6); i < n; i++) d.w`${v.look('sku')}  ${r.pick(['USB-C cable 2m', 'Ceramic mug', 'Running shoes', 'Tea sampler', 'Desk lamp', 'Notebook A5'])} x${String(r.int(1, 4))}  EAN ${v.look('ean_barcode')}  ${v.price()}\n`;
  d.w`\nTotal: ${v.price()}\nPaid with ${r.pick(['Visa', 'Mastercard', 'Amex'])} ${v.look('masked_card')}\nTracking: ${v.look('tracking_number')}\nInvoice: ${v.look('invoice_number')}\n`;
  if (r.chance(0.3)) d.w`Gift message from ${v.name(v.person(cult), 'given')}: "${r.pick(['Happy birthday!', 'Congrats!', 'For the new flat'])}"\n`;
  if (r.chance(0.3)) d.w`Pay later in BTC: ${v.btc()}\n`;
  if (r.chance(0.3)) d.w`Card on file (customer typed into notes): ${v.card()}\n`;
  if (r.chance(0.3)) d.w`Earlier attempt with ${v.look('invalid_card')} failed (checksum).\n`;
  if (r.chance(0.25)) d.w`Warehouse: ${v.look('coordinates')}\n`;
}

// ---------------------------------------------------------------- travel booking
export function travel_booking(d, v, r, g) {
  const pax = [v.person(r.pick(['en_US', 'en_US', 'es_MX', 'ko', 'zh', 'vi', 'hi', 'yo']))];
  if (r.chance(0.6)) pax.push(v.person(pax[0].culture));
  d.w`BOOKING ${v.look('booking_reference')}  (${r.pick(['Zephyr Air', 'Oslo Fjordline', 'Lotus Retail Travel'])})\nIssued ${v.ts('isoz')}\n\n`;
  for (const p of pax) d.w`Passenger: ${v.name(p).value.toUpperCase ? P('PERSON', p.full.toUpperCase(), p.culture) : ''}\n  Passport: ${v.passport()}  Nationality: USA  DOB: ${String(r.int(1, 28)).padStart(2, '0')}${MONTHS_EN[r.int(0, 11)].toUpperCase()}${String(r.int(50, 99))}\n  Frequent flyer: ${v.look('loyalty_number')}\n`;
  const hcc = r.pick(['GE', 'AM', 'TH', 'KR', 'JP', 'GR']);
  d.w`\nContact: ${v.email(pax[0])}, ${v.phone('US')}\nFlights:\n  ${rs(r, A.upper, 2)}${String(r.int(10, 999))} ${r.pick(['JFK', 'SEA', 'ORD'])}-${r.pick(['TBS', 'EVN', 'BKK', 'ICN', 'NRT', 'ATH'])} dep ${v.ts('space')}\nFare: ${v.price('USD')}\nHotel: ${v.street(hcc)}, ${v.city(hcc)}\n`;
  if (r.chance(0.5)) d.w`Car rental: driver license ${v.dl().span} on file for ${v.name(pax[0], 'given')}\n`;
  if (r.chance(0.3)) d.w`Paid by ${v.card()}\n`;
}

// ---------------------------------------------------------------- US tax / insurance forms
export function us_form(d, v, r, g) {
  const style = r.pick(['w9', 'claim', 'loan', '1099', 'taxprep']);
  if (style === 'taxprep') {
    d.w`Client roster — season ${String(r.int(2022, 2025))} (${r.pick(COMPANIES)} Tax Services)\n\n`;
    for (let k = 0, n = r.int(4, 8); k < n; k++) { const q = v.person(r.pick(['es_MX', 'vi', 'zh', 'ko', 'hi', 'tl', 'ar', 'yo', 'pl', 'en_US'])); d.w`${v.name(q)}  ${r.chance(0.6) ? v.itin() : v.ssn()}  ${v.phone('US')}  refund to ${v.bank()}\n`; }
    d.w`\nReminder from ${v.name(v.person('es_MX'), 'given')}: ITIN renewals due ${v.date('us')}.\n`;
    return;
  }
  const p = v.person(r.pick(['en_US', 'es_MX', 'vi', 'ko', 'hi', 'zh', 'ar', 'tl']));
  if (style === 'w9') {
    d.w`Form W-9 (Rev. ${v.look('date', r.pick(['March 2024', 'October 2018', 'December 2014']))}) — Request for Taxpayer Identification Number\n1 Name: ${v.name(p)}\n2 Business name: ${r.pick(COMPANIES)}\n5 Address: ${v.street('US')}\n6 City, state, ZIP: ${v.city('US')}, ${r.pick(['TX', 'FL', 'WA'])} ${r.digits(5)}\nPart I  ${r.chance(0.5) ? F`Social security number: ${v.ssn()}` : F`Taxpayer ID (ITIN): ${v.itin()}`}\n         or Employer identification number: ${v.look('business_tax_id')}\nSigned ${v.date('us')}\n`;
  } else if (style === 'claim') {
    d.w`INSURANCE CLAIM ${v.look('policy_number')}\nClaimant: ${v.name(p)}, SSN ${v.ssn()}\nPhone: ${v.phone('US')}  Email: ${v.email(p)}\nDriver license: ${v.dl().span}\nVehicle: ${r.pick(['2019 Honda Civic', '2021 Ford F-150', '2017 Subaru Outback'])}\nIncident: ${v.date('us')} at ${v.street('US')}, ${v.city('US')} (${v.look('coordinates')})\nOther driver: ${v.name(v.person(g.culture.next()))}, license ${v.dl().span}\nDirect deposit: account ${v.bank()}, routing ${abaRouting(r)}\n`;
  } else if (style === 'loan') {
    d.w`Loan application summary\nApplicant: ${v.name(p)}\nCo-applicant: ${v.name(v.person(p.culture))}\nSSN: ${v.ssn()}   Co-applicant ITIN: ${v.itin()}\nPassport (ID verification): ${v.passport()}\nCurrent address: ${v.street('US')}, ${v.city('US')}\nEmployer: ${r.pick(COMPANIES)}, supervisor ${v.name(v.person('en_US'))}\nChecking: ${v.bank()}  Savings: ${v.bank()}\nRequested: ${v.price('$')}\nRejected test SSN in form autofill: ${v.look('invalid_ssn')}\n`;
  } else {
    d.w`1099-NEC  Tax year 2024\nPAYER: ${r.pick(COMPANIES)}, ${v.street('US')}, ${v.city('US')}\nRECIPIENT: ${v.name(p)}\nRecipient TIN: ${r.chance(0.4) ? v.ssn() : v.itin()}\nAccount number: ${v.bank()}\n1 Nonemployee compensation ${v.price('$')}\nPrepared by ${v.name(v.person('en_US'))} on ${v.date('us')}\n`;
  }
}

// ---------------------------------------------------------------- manifests / lockfiles
export function manifest(d, v, r, g) {
  const style = r.pick(['package', 'lock', 'gosum', 'cargo', 'requirements', 'gemfile', 'composer']);
  const pkgs = ['left-pad', 'chalk', 'zod', 'express', 'dayjs', 'uuid', 'pino', 'axios', 'lodash', 'react', 'vite', 'commander'];
  if (style === 'package') {
    const p = v.person(g.culture.next());
    d.w`{\n  "name": "@corp/${r.pick(SERVICES)}",\n  "version": "${v.look('version', `${r.int(0, 5)}.${r.int(0, 20)}.${r.int(0, 20)}`)}",\n  "author": "${v.name(p)} <${v.email(p)}>",\n  "contributors": ["${v.name(v.person(g.culture.next()))}"],\n  "repository": "git+https://${v.host()}/web/${r.pick(SERVICES)}.git",\n  "dependencies": {\n`;
    const deps = r.picks(pkgs, r.int(4, 8));
    deps.forEach((x, i) => d.w`    "${x}": "${v.look('semver_range')}"${i < deps.length - 1 ? ',' : ''}\n`);
    d.w`  },\n  "publishConfig": { "registry": "https://${v.host()}/npm/" },\n  "config": { "sentryDsn": "https://${v.sec('SENTRY_DSN_KEY')}@${v.host()}/${String(r.int(2, 99))}" }\n}\n`;
  } else if (style === 'lock') {
    d.w`{\n  "name": "${r.pick(SERVICES)}",\n  "lockfileVersion": 3,\n  "packages": {\n`;
    const deps = r.picks(pkgs, r.int(4, 7));
    deps.forEach((x, i) => d.w`    "node_modules/${x}": {\n      "version": "${v.look('version', `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 30)}`)}",\n      "resolved": "https://${v.host()}/npm/${x}/-/${x}.tgz",\n      "integrity": "${v.look('integrity')}"\n    }${i < deps.length - 1 ? ',' : ''}\n`);
    d.add('  }\n}\n');
  } else if (style === 'gosum') {
    for (let i = 0, n = r.int(5, 10); i < n; i++) { const m = `go.corp.example/${r.pick(['platform', 'libs'])}/${r.pick(['log', 'retry', 'grpcx', 'cfg', 'otelx'])}`; const ver = `v${r.int(0, 3)}.${r.int(0, 20)}.${r.int(0, 9)}`; d.w`${m} ${v.look('version', ver)} h1:${v.look('hash', r.bytes(32).toString('base64'))}\n${m} ${v.look('version', ver)}/go.mod h1:${v.look('hash', r.bytes(32).toString('base64'))}\n`; }
  } else if (style === 'cargo') {
    d.add('# This file is automatically @generated by Cargo.\nversion = 3\n\n');
    for (let i = 0, n = r.int(3, 6); i < n; i++) d.w`[[package]]\nname = "${r.pick(['serde', 'tokio', 'anyhow', 'regex', 'rand', 'hyper'])}"\nversion = "${v.look('version', `${r.int(0, 2)}.${r.int(0, 40)}.${r.int(0, 20)}`)}"\nsource = "registry+https://${v.host()}/index"\nchecksum = "${v.look('hash', r.hex(64))}"\n\n`;
  } else if (style === 'requirements') {
    for (let i = 0, n = r.int(4, 7); i < n; i++) d.w`${r.pick(['requests', 'pydantic', 'boto3', 'numpy', 'sqlalchemy', 'httpx', 'celery'])}==${v.look('version', `${r.int(0, 3)}.${r.int(0, 30)}.${r.int(0, 9)}`)} \\\n    --hash=sha256:${v.look('hash', r.hex(64))}\n`;
    d.w`--extra-index-url https://${r.pick(['__token__', 'ci'])}:${v.sec('PYPI_UPLOAD_TOKEN')}@${v.host()}/simple/\n`;
  } else if (style === 'gemfile') {
    d.w`GEM\n  remote: https://${r.pick(['bot', 'ci'])}:${v.sec('RUBYGEMS_API_KEY')}@${v.host()}/\n  specs:\n`;
    for (let i = 0, n = r.int(4, 8); i < n; i++) d.w`    ${r.pick(['rack', 'puma', 'nokogiri', 'sidekiq', 'pg', 'rails'])} (${v.look('version', `${r.int(1, 7)}.${r.int(0, 9)}.${r.int(0, 9)}`)})\n`;
    d.w`\nBUNDLED WITH\n   ${v.look('version', `2.${r.int(1, 5)}.${r.int(0, 20)}`)}\n`;
  } else {
    d.w`{\n    "name": "corp/${r.pick(SERVICES)}",\n    "require": {\n        "php": "${v.look('semver_range')}",\n        "monolog/monolog": "${v.look('semver_range')}"\n    },\n    "authors": [{ "name": "${v.name(v.person(g.culture.next()))}", "email": "${v.email()}" }],\n    "config": {\n        "http-basic": { "${v.host()}": { "username": "ci", "password": "${v.sec('HTTP_BASIC_PASSWORD')}" } },\n        "bearer": { "${v.host()}": "${v.sec(r.pick(['BEARER_TOKEN', 'GITLAB_PAT']))}" }\n    }\n}\n`;
  }
}

// ---------------------------------------------------------------- markdown docs
export function markdown_doc(d, v, r, g) {
  const style = r.pick(['runbook', 'onboarding', 'readme', 'contacts', 'donate']);
  if (style === 'runbook') {
    d.w`# Runbook: ${r.pick(SERVICES)} outage\n\n_Last edited by ${v.name(v.person(g.culture.next()))} on ${v.date('iso')}_\n\n## Quick checks\n\n1. Dashboards: https://${v.host()}/d/${rs(r, A.alnum, 9)}\n2. Restart: \`kubectl rollout restart deploy/${r.pick(SERVICES)}\`\n3. If the DB is stuck, connect with:\n\n\`\`\`bash\npsql "postgres://admin:${v.sec('DATABASE_PASSWORD', password(r, 'urlsafe'))}@${v.host()}:5432/app"\n\`\`\`\n\n| service | host | on-call |\n|---|---|---|\n`;
    for (let i = 0, n = r.int(2, 4); i < n; i++) d.w`| ${r.pick(SERVICES)} | ${v.host()} | ${v.name(v.person(g.culture.next()))} (${v.phone()}) |\n`;
    d.w`\n> Use \`${v.look('env_reference')}\` in scripts, never the raw key. Example from the vendor docs: \`${v.look('aws_example_key')}\`.\n`;
  } else if (style === 'onboarding') {
    d.w`## Welcome to ${r.pick(COMPANIES)}!\n\n- Wi-Fi: **${r.pick(['Office-5G', 'Staff'])}**, password \`${v.sec('WIFI_PSK')}\`\n- Guest Wi-Fi: \`${v.look('placeholder', 'ask reception')}\`\n- Your buddy is ${v.name(v.person(g.culture.next()), r.pick(['given', 'full']))}; IT questions go to ${v.name(v.person(g.culture.next()))} (${v.email()}).\n- Shared test account: \`${r.pick(['qa', 'demo'])}\` / \`${v.pw('PASSWORD', 'human')}\`\n- Office: ${v.street('DE')}, ${v.city('DE')} (${v.look('coordinates')})\n- Door code changes every month, ask ${v.name(v.person(g.culture.next()), 'short')}.\n`;
  } else if (style === 'readme') {
    d.w`# ${r.pick(SERVICES)}-client\n\n![build](https://${v.host()}/badge/${v.look('build_number', r.int(100, 9999).toString())}.svg) version ${v.ver()}\n\n## Usage\n\n\`\`\`js\nconst client = new Client({ apiKey: '${v.look('placeholder', '<your-token>')}' });\n\`\`\`\n\nFor local testing the maintainers used:\n\n\`\`\`\nexport ${keyFor(r, 'STRIPE_SECRET_KEY', 'UPPER')}=${v.sec('STRIPE_SECRET_KEY')}\nexport STRIPE_PUBLISHABLE_KEY=${v.look('public_key', 'pk_live_' + rs(r, A.alnum, 24))}\n\`\`\`\n\nTest cards: ${v.look('vendor_test_card', '4242 4242 4242 4242')}, ${v.look('vendor_test_card')}.\n\n## Maintainers\n\n- ${v.name(v.person(g.culture.next()))} — ${v.email()}\n- ${v.name(v.person(g.culture.next()))}\n`;
  } else if (style === 'contacts') {
    d.w`# Emergency contacts (${v.date()})\n\n| name | role | phone | email |\n|------|------|-------|-------|\n`;
    for (let i = 0, n = r.int(4, 8); i < n; i++) { const c = g.culture.next(); const p = v.person(c); d.w`| ${v.name(p)} | ${r.pick(['facility', 'security', 'DBA', 'legal', 'HR', 'first aid'])} | ${v.phone(CULTURES[c].cc)} | ${v.email(p)} |\n`; }
    d.w`\nRegional office: ${v.street(r.pick(['GE', 'AM', 'TR', 'IL']))}, ${v.city(r.pick(['GE', 'AM', 'TR', 'IL']))}\n`;
  } else {
    d.w`## Support the project\n\nThis tool is maintained by ${v.name(v.person(g.culture.next()))} and ${v.name(v.person(g.culture.next()), 'given')} in their spare time.\n\n- Bitcoin: \`${v.btc()}\`\n- Lightning / on-chain backup: \`${v.btc()}\`\n- Bank (SEPA): ${v.iban(r.pick(['DE', 'NL', 'EE', 'LT']), true)}\n\nRelease ${v.ver()} (${v.look('git_sha')}), signed with key ${v.look('hash', r.hex(40).toUpperCase())}.\n`;
  }
}
