// Shared pieces for document kinds: language choice, mail headers, signatures, quoting.
import { Doc, S, P, L, R, plain } from './builder.mjs';
import { GEN, rfc2822, dateText, isoTs } from './lookalikes.mjs';
import { PHRASES, DATE_LANG } from './phrases.mjs';
import { COUNTRIES } from './data_places.mjs';

export const LANG_WEIGHTS = [[9, 'en'], [6, 'de'], [5, 'fr'], [5, 'es'], [4, 'it'], [4, 'pt'], [3, 'nl'], [3, 'pl'], [3, 'sv'], [3, 'tr'], [3, 'cs'], [3, 'ru'], [3, 'uk'], [3, 'el'], [3, 'ar'], [3, 'he'], [3, 'hi'], [3, 'zh'], [3, 'ja'], [3, 'ko'], [3, 'th'], [3, 'vi'], [3, 'id']];
export const pickLang = (r, only) => only ? r.pick(only) : r.wpick(LANG_WEIGHTS);
export const WESTERN = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv'];

export function mailbox(k, p, email, style) {
  const r = k.r; const st = style ?? r.wpick([[6, 0], [2, 1], [1, 2]]);
  if (st === 2) return [email];
  if (st === 1 && p.script === 'Latin' && !p.east) return ['"', P('PERSON', `${p.last}, ${p.first}`), '" <', email, '>'];
  return [k.name(p, r.chance(0.15) && p.script !== 'Latin' ? 'latin' : 'full'), ' <', email, '>'];
}

const SUBJECTS = {
  en: ['Re: access for the new starter', 'Fwd: vendor onboarding', 'Quick question about the invoice', 'Re: offsite logistics', 'Re: keys and codes for the flat', 'Payroll portal', 'Re: travel next week', 'Shared folder'],
  de: ['AW: Zugang für die neue Kollegin', 'WG: Rechnung März', 'Schlüsselübergabe', 'AW: Dienstreise nächste Woche', 'Lohnportal', 'Freigabe Ordner'],
  fr: ['RE: accès pour la nouvelle recrue', 'TR: facture de mars', 'Remise des clés', 'RE: déplacement la semaine prochaine'],
  es: ['RE: acceso para la nueva incorporación', 'RV: factura de marzo', 'Entrega de llaves', 'RE: viaje la semana que viene'],
  it: ['R: accesso per il nuovo collega', 'I: fattura di marzo', 'Consegna chiavi'],
  pt: ['RE: acesso para a nova colaboradora', 'ENC: fatura de março', 'Entrega das chaves'],
  nl: ['RE: toegang voor de nieuwe collega', 'FW: factuur maart', 'Sleuteloverdracht'],
  pl: ['Odp: dostęp dla nowej osoby', 'PD: faktura za marzec'],
  sv: ['SV: åtkomst för nyanställd', 'VB: faktura mars'],
  tr: ['YNT: yeni çalışan erişimi', 'İLT: mart faturası'],
  cs: ['RE: přístup pro nového kolegu'], ru: ['RE: доступ для нового сотрудника', 'FW: счёт за март'], uk: ['RE: доступ для нової колеги'],
  el: ['RE: πρόσβαση για τον νέο συνάδελφο'], ar: ['رد: صلاحيات الموظفة الجديدة'], he: ['RE: גישה לעובדת החדשה'], hi: ['RE: नए सहकर्मी के लिए एक्सेस'],
  zh: ['回复：新同事的账号', '转发：三月发票'], ja: ['RE: 新入社員のアカウント', 'FW: 3月分請求書'], ko: ['RE: 신규 입사자 계정'], th: ['RE: บัญชีพนักงานใหม่'], vi: ['RE: tài khoản cho nhân viên mới'], id: ['RE: akses untuk karyawan baru'],
};
export const subject = (r, lang) => r.pick(SUBJECTS[lang] || SUBJECTS.en);

export function headers(d, k, o) {
  const r = k.r;
  const order = o.style ?? r.int(3);
  const lines = [];
  lines.push(['From: ', ...o.from]);
  lines.push(['To: ', ...o.to.flatMap((x, i) => (i ? [', ', ...x] : x))]);
  if (o.cc && o.cc.length) lines.push(['Cc: ', ...o.cc.flatMap((x, i) => (i ? [', ', ...x] : x))]);
  lines.push(['Date: ', L('timestamp', rfc2822(r))]);
  lines.push(['Subject: ', o.subject]);
  if (order !== 1) lines.push(['Message-ID: <', L('message_id', GEN.message_id(r, o.mdom)), '>']);
  if (o.reply && order === 0) lines.push(['In-Reply-To: <', L('message_id', GEN.message_id(r, o.mdom)), '>']);
  if (order === 2) { const x = lines.splice(3, 1)[0]; lines.unshift(x); }
  for (const l of lines) d.w(...l, '\n');
}

export function signature(d, k, p, o = {}) {
  const r = k.r; const lang = o.lang || p.lang; const cc = o.cc || k.ccOf(p);
  d.w(r.pick(['-- \n', '--\n', '', '\n', '___\n']));
  d.w(k.name(p, r.chance(0.2) && p.script !== 'Latin' ? 'latin' : 'full'), '\n');
  if (r.chance(0.7)) d.w(r.pick(['Office Manager', 'Head of Finance', 'HR Business Partner', 'Accounts Payable', 'Executive Assistant', 'Travel Coordinator', 'Leiterin Buchhaltung', 'Responsable RH', 'Assistente di direzione', 'Customer Success', 'Practice Manager', 'Property Manager']), o.org ? ` | ${o.org}` : '', '\n');
  const tl = { de: ['Tel.', 'Mobil'], fr: ['Tél.', 'Port.'], es: ['Tel.', 'Móvil'], it: ['Tel.', 'Cell.'], pt: ['Tel.', 'Cel.'], nl: ['Tel.', 'Mob.'], pl: ['Tel.', 'Kom.'], ja: ['TEL', '携帯'], zh: ['电话', '手机'], ko: ['전화', '휴대폰'], ru: ['Тел.', 'Моб.'] }[lang] || ['T', 'M'];
  if (r.chance(0.6)) d.w(`${tl[0]}: `, k.phone(cc, true), '\n');
  if (r.chance(0.7)) d.w(`${tl[1]}: `, k.phone(cc), '\n');
  if (o.email) d.w(o.email, '\n');
  if (r.chance(0.55)) { d.w(k.addressLine(cc, { country: r.chance(0.4) })); d.w('\n'); }
}

const WROTE = {
  en: (d, n, e, dt, t) => d.w('On ', dt, ` at ${t}, `, ...n, ' <', e, '> wrote:'),
  de: (d, n, e, dt, t) => d.w('Am ', dt, ` um ${t} schrieb `, ...n, ' <', e, '>:'),
  fr: (d, n, e, dt, t) => d.w('Le ', dt, ` à ${t}, `, ...n, ' <', e, '> a écrit :'),
  es: (d, n, e, dt, t) => d.w('El ', dt, ` a las ${t}, `, ...n, ' (<', e, '>) escribió:'),
  it: (d, n, e, dt, t) => d.w('Il giorno ', dt, `, alle ore ${t}, `, ...n, ' <', e, '> ha scritto:'),
  pt: (d, n, e, dt, t) => d.w('Em ', dt, `, às ${t}, `, ...n, ' <', e, '> escreveu:'),
  nl: (d, n, e, dt, t) => d.w('Op ', dt, ` om ${t} schreef `, ...n, ' <', e, '>:'),
  pl: (d, n, e, dt, t) => d.w('W dniu ', dt, ` o ${t}, `, ...n, ' <', e, '> pisze:'),
  sv: (d, n, e, dt, t) => d.w('Den ', dt, ` kl. ${t} skrev `, ...n, ' <', e, '>:'),
  ru: (d, n, e, dt, t) => d.w(dt, `, в ${t}, `, ...n, ' <', e, '> написал(а):'),
  ja: (d, n, e, dt, t) => d.w(dt, ` ${t} `, ...n, ' <', e, '>:'),
  zh: (d, n, e, dt, t) => d.w('在 ', dt, ` ${t}，`, ...n, ' <', e, '> 写道：'),
  ko: (d, n, e, dt, t) => d.w(dt, ` ${t}, `, ...n, ' <', e, '>님이 작성:'),
  tr: (d, n, e, dt, t) => d.w(dt, ` ${t} tarihinde `, ...n, ' <', e, '> şunu yazdı:'),
};
const OUTLOOK = {
  en: ['From', 'Sent', 'To', 'Subject', '-----Original Message-----'], de: ['Von', 'Gesendet', 'An', 'Betreff', '-----Ursprüngliche Nachricht-----'],
  fr: ['De ', 'Envoyé ', 'À ', 'Objet ', '-----Message d\'origine-----'], es: ['De', 'Enviado el', 'Para', 'Asunto', '-----Mensaje original-----'],
  nl: ['Van', 'Verzonden', 'Aan', 'Onderwerp', '-----Oorspronkelijk bericht-----'], it: ['Da', 'Inviato', 'A', 'Oggetto', '-----Messaggio originale-----'],
};
export function replyIntro(d, k, lang, p, email, toItems) {
  const r = k.r; const dl = DATE_LANG[lang] || 'en';
  if (OUTLOOK[lang] && r.chance(0.45)) {
    const o = OUTLOOK[lang];
    d.w(r.chance(0.5) ? o[4] + '\n' : '________________________________\n');
    d.w(`${o[0]}: `, k.name(p), ' <', email, '>\n', `${o[1]}: `, L('date', dateText(r, dl)), ` ${r.range(7, 19)}:${String(r.range(0, 59)).padStart(2, '0')}\n`);
    d.w(`${o[2]}: `, ...toItems, '\n', `${o[3]}: `, subject(r, lang), '\n\n');
    return false;
  }
  const f = WROTE[lang] || WROTE.en;
  f(d, [k.name(p)], email, L('date', dateText(r, dl)), `${r.range(7, 19)}:${String(r.range(0, 59)).padStart(2, '0')}`);
  d.w('\n');
  return true;
}

export function footerCompany(d, k, cc, org) {
  const r = k.r;
  d.w(org, ' · ', k.addressLine(cc, { country: true }), '\n');
  if (r.chance(0.5)) d.w('Registered office: ', k.city(cc), ' · VAT ', k.look('vat_number'), '\n');
}
export { Doc, S, P, L, R, plain, GEN, rfc2822, dateText, isoTs, PHRASES, DATE_LANG, COUNTRIES };
// pick the variant written in the document's language: arr is ordered as `order` (default en de fr es);
// other languages get the first (English) variant
export function pk(r, lang, arr, order = 'en de fr es') {
  const i = order.split(' ').indexOf(lang);
  return i >= 0 && i < arr.length ? arr[i] : arr[0];
}
