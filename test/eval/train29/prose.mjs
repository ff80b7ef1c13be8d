// Dev chat, issues and reviews in many languages. Slots: {N} name {P} password {K} token {PH} phone {E} email {C} city {O} code {G} git sha {V} version {X} placeholder
import * as P from './pii.mjs';
import { humanPw } from './secrets.mjs';
export const LANGS = {
  de: { loc: 'de', s: ['Hey {N}, das Staging-Passwort ist jetzt {P}, bitte nicht ins Wiki kopieren.', 'Ich habe den Token {K} aus Versehen in den Build-Log gepostet, bitte rotieren.', 'Ruf mich an unter {PH}, ich sitze gerade in {C}.', 'Der Fix ist in {G}, Release {V}.', 'Schick die Rechnung an {E}.'] },
  fr: { loc: 'fr', s: ['Salut {N}, le mot de passe de la base de recette est {P}.', "J'ai collé la clé {K} dans le ticket par erreur, on la révoque ?", 'Tu peux me joindre au {PH}, je suis à {C} cette semaine.', 'Le correctif est dans {G} (version {V}).', 'Envoie le rapport à {E} stp.'] },
  es: { loc: 'es', s: ['Hola {N}, la contraseña del servidor de pruebas es {P}.', 'Se filtró el token {K} en los logs de CI, hay que rotarlo ya.', 'Mi móvil es {PH}, estoy en {C}.', 'El arreglo está en {G}, versión {V}.', 'Escríbeme a {E} cuando termines.'] },
  pt: { loc: 'pt', s: ['Oi {N}, a senha do admin do Grafana é {P}.', 'Vazou a chave {K} no canal público, alguém revoga?', 'Meu celular: {PH}. Estou em {C}.', 'Corrigido no commit {G}, versão {V}.', 'Manda o contrato para {E}.'] },
  it: { loc: 'it', s: ['Ciao {N}, la password del VPN è {P}.', 'Ho incollato il token {K} nella issue, va revocato.', 'Chiamami al {PH}, sono a {C}.', 'La patch è nel commit {G}, release {V}.', 'Scrivi a {E} per il rimborso.'] },
  nl: { loc: 'nl', s: ['Hoi {N}, het wachtwoord voor de testomgeving is {P}.', 'Token {K} staat per ongeluk in de pipeline-output.', 'Bel me op {PH}, ik zit in {C}.', 'Fix zit in {G}, versie {V}.', 'Mail het naar {E}.'] },
  pl: { loc: 'pl', s: ['Cześć {N}, hasło do bazy testowej to {P}.', 'Token {K} wyciekł do logów, trzeba go unieważnić.', 'Mój numer: {PH}, jestem w {C}.', 'Poprawka w {G}, wersja {V}.', 'Wyślij to na {E}.'] },
  ru: { loc: 'ru', s: ['Привет, {N}! Пароль от стенда: {P}', 'Я случайно вставил токен {K} в тикет, отзовите его.', 'Мой телефон {PH}, я сейчас в {C}.', 'Исправление в коммите {G}, версия {V}.', 'Пиши на {E}.'] },
  uk: { loc: 'uk', s: ['Привіт, {N}! Пароль до адмінки: {P}', 'Токен {K} потрапив у лог збірки, треба відкликати.', 'Мій номер {PH}, я в {C}.', 'Виправлено в {G}, версія {V}.', 'Напиши на {E}.'] },
  ja: { loc: 'ja', s: ['{N}さん、検証環境のパスワードは {P} です。', 'トークン {K} をチャットに貼ってしまいました。失効お願いします。', '連絡先は {PH} です。今 {C} にいます。', '修正はコミット {G}、バージョン {V} に入っています。', '{E} まで送ってください。'] },
  zh: { loc: 'zh', s: ['{N}，测试环境的密码是 {P}。', '我不小心把令牌 {K} 贴到了工单里，请吊销。', '我的电话是 {PH}，现在在{C}。', '修复在提交 {G}，版本 {V}。', '请发到 {E}。'] },
  ko: { loc: 'ko', s: ['{N}님, 스테이징 비밀번호는 {P} 입니다.', '토큰 {K} 이 로그에 노출됐어요. 폐기 부탁드려요.', '제 번호는 {PH} 이고 지금 {C}에 있어요.', '수정은 {G} 커밋, 버전 {V}.', '{E} 로 보내주세요.'] },
  ar: { loc: 'ar', s: ['مرحبا {N}، كلمة المرور لخادم الاختبار هي {P}', 'تم تسريب الرمز {K} في السجلات، يرجى إلغاؤه.', 'رقمي {PH} وأنا الآن في {C}.', 'الإصلاح في {G} الإصدار {V}.', 'أرسل التقرير إلى {E}'] },
  hi: { loc: 'hi', s: ['नमस्ते {N}, टेस्ट सर्वर का पासवर्ड {P} है।', 'टोकन {K} गलती से लॉग में चला गया, कृपया रद्द करें।', 'मेरा नंबर {PH} है, मैं अभी {C} में हूँ।', 'फिक्स {G} में है, संस्करण {V}।', 'रिपोर्ट {E} पर भेजें।'] },
  tr: { loc: 'tr', s: ['Selam {N}, test sunucusunun şifresi {P}.', '{K} tokenı yanlışlıkla loglara düştü, iptal edelim.', 'Numaram {PH}, şu an {C} şehrindeyim.', 'Düzeltme {G} commitinde, sürüm {V}.', 'Raporu {E} adresine gönder.'] },
  sv: { loc: 'sv', s: ['Hej {N}, lösenordet till testmiljön är {P}.', 'Jag råkade klistra in token {K} i ärendet.', 'Ring mig på {PH}, jag är i {C}.', 'Fixen finns i {G}, version {V}.', 'Skicka till {E}.'] },
  el: { loc: 'el', s: ['Γεια σου {N}, ο κωδικός του staging είναι {P}.', 'Το token {K} διέρρευσε στα logs, πρέπει να ανακληθεί.', 'Το τηλέφωνό μου είναι {PH}, είμαι στην {C}.', 'Η διόρθωση είναι στο {G}, έκδοση {V}.', 'Στείλε το στο {E}.'] },
  he: { loc: 'he', s: ['היי {N}, הסיסמה לשרת הבדיקות היא {P}', 'הטוקן {K} דלף ללוגים, צריך לבטל אותו.', 'המספר שלי {PH}, אני ב{C}.', 'התיקון ב-{G}, גרסה {V}.', 'שלח ל-{E}'] },
  vi: { loc: 'vi', s: ['Chào {N}, mật khẩu máy chủ thử nghiệm là {P}.', 'Token {K} bị lộ trong log CI, cần thu hồi.', 'Số của mình là {PH}, mình đang ở {C}.', 'Bản sửa nằm ở {G}, phiên bản {V}.', 'Gửi về {E} nhé.'] },
  th: { loc: 'th', s: ['สวัสดี {N} รหัสผ่านเซิร์ฟเวอร์ทดสอบคือ {P}', 'โทเคน {K} หลุดไปใน log ต้องเพิกถอน', 'เบอร์ของฉัน {PH} ตอนนี้อยู่ที่ {C}', 'แก้ไขแล้วใน {G} เวอร์ชัน {V}', 'ส่งไปที่ {E}'] },
  id: { loc: 'id', s: ['Halo {N}, kata sandi server uji adalah {P}.', 'Token {K} bocor di log CI, tolong dicabut.', 'Nomor saya {PH}, saya di {C}.', 'Perbaikan ada di {G}, versi {V}.', 'Kirim ke {E} ya.'] },
  cs: { loc: 'cs', s: ['Ahoj {N}, heslo k testovací databázi je {P}.', 'Token {K} unikl do logu, je potřeba ho zneplatnit.', 'Volej na {PH}, jsem v {C}.', 'Oprava je v {G}, verze {V}.', 'Pošli to na {E}.'] },
  fi: { loc: 'fi', s: ['Moi {N}, testiympäristön salasana on {P}.', 'Token {K} vuoti CI-lokiin, se pitää mitätöidä.', 'Soita numeroon {PH}, olen {C}ssa.', 'Korjaus on commitissa {G}, versio {V}.', 'Lähetä osoitteeseen {E}.'] },
  en: { loc: 'en', s: ['hey {N}, staging admin password is {P} until Friday', 'oops, pasted {K} in #general, rotating now', 'call me on {PH}, landing in {C} at 6', 'fixed in {G}, shipping {V}', 'send the invoice to {E}'] },
};
const TOKEN_KINDS = ['GITHUB_PERSONAL_ACCESS_TOKEN', 'SLACK_BOT_TOKEN', 'OPENAI_API_KEY', 'STRIPE_SECRET_KEY', 'GITLAB_PAT', 'ANTHROPIC_API_KEY', 'AWS_ACCESS_KEY', 'NPM_TOKEN', 'HUGGINGFACE_TOKEN', 'SENDGRID_API_KEY', 'TELEGRAM_BOT_TOKEN', 'DATADOG_API_KEY', 'LINEAR_API_KEY', 'VAULT_TOKEN'];
function fill(d, lang, tpl) {
  const r = d.r; const L = LANGS[lang];
  for (const part of tpl.split(/(\{[A-Z]+\})/)) {
    if (!part) continue;
    switch (part) {
      case '{N}': d.p('PERSON', P.person(r, r.chance(0.7) && P.NAME_LOCALES.includes(L.loc) ? L.loc : undefined)); break;
      case '{P}': d.s(r.pick(['USER_PASSWORD', 'ADMIN_PASSWORD', 'WIFI_PASSWORD', 'DATABASE_PASSWORD', 'SSH_PASSWORD']), humanPw(r)); break;
      case '{K}': d.s(r.pick(TOKEN_KINDS)); break;
      case '{PH}': d.p('PHONE_NUMBER', P.phone(r)); break;
      case '{E}': d.p('EMAIL_ADDRESS', P.emailFor(r)); break;
      case '{C}': d.p('LOCATION', P.city(r)); break;
      case '{G}': d.l('git_sha', r.hex(r.pick([7, 10, 40]))); break;
      case '{V}': d.l('version'); break;
      default: d.t(part);
    }
  }
}
export function chat(d, lang) {
  const r = d.r; const L = LANGS[lang]; const users = [P.person(r, r.chance(0.6) && P.NAME_LOCALES.includes(L.loc) ? L.loc : undefined), P.latinName(r)];
  const style = r.int(0, 2);
  if (style === 2) { d.t(`## ${r.pick(['Bug', 'Incident', 'Review'])}: ${r.pick(['deploy fails', 'login 500', 'webhook retries'])} #${r.int(100, 9999)}\n\n**`); d.p('PERSON', users[0]); d.t('** opened this issue · ' + r.int(2, 9) + ' comments\n\n'); }
  const n = r.int(4, 8);
  for (let i = 0; i < n; i++) {
    const who = users[i % 2];
    if (style === 0) { d.t(`[${String(r.int(8, 19)).padStart(2, '0')}:${r.int(10, 59)}] `); d.p('PERSON', who); d.t(': '); }
    else if (style === 1) { d.p('PERSON', who); d.t(`  ${r.int(8, 19)}:${r.int(10, 59)}\n`); }
    else { d.t('> **'); d.p('PERSON', who); d.t('** commented:\n> '); }
    fill(d, lang, r.pick(L.s)); d.t('\n');
    if (r.chance(0.25)) { d.t('```\n'); d.t(`ERROR ${r.pick(['401', '403', '500'])} request_id=`); d.l('request_id'); d.t(' at '); d.l('timestamp'); d.t('\n```\n'); }
    if (style === 1) d.t('\n');
  }
  return 'devchat-' + lang;
}
