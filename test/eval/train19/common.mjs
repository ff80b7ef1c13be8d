// Helpers shared by the document kinds.
import { S, P, L, fill } from './builder.mjs';
import { LANGS } from './phrases.mjs';
import { PLACES } from './data_places.mjs';
import { planByCc } from './data_phones.mjs';
import { CULTURES } from './data_names.mjs';

export const LANG_CC = { en: ['US', 'GB', 'AU', 'IE', 'CA', 'NZ', 'ZA', 'IN', 'SG', 'KE', 'NG'], de: ['DE', 'AT', 'CH'], fr: ['FR', 'BE', 'CH', 'MA'], es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE'], pt: ['BR', 'PT'], it: ['IT'],
  nl: ['NL', 'BE'], pl: ['PL'], sv: ['SE', 'NO', 'DK', 'FI'], tr: ['TR'], ru: ['RU', 'UA', 'KZ'], ja: ['JP'], ko: ['KR'], zh: ['CN', 'TW', 'HK'], ar: ['AE', 'SA', 'EG', 'MA'], he: ['IL'], hi: ['IN', 'NP'], th: ['TH'], vi: ['VN'], id: ['ID', 'MY'] };
export const placeCc = (g, cc) => (PLACES[cc] ? cc : g.r.pick(['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'JP']));
export const phoneCc = (g, cc) => (planByCc[cc] ? cc : g.r.pick(['US', 'GB', 'DE']));

export const USERS = ['admin', 'ops', 'svc_backup', 'kiosk', 'empfang', 'reception', 'deploy', 'root', 'sysadmin', 'support', 'test01', 'pos-terminal', 'lager', 'buchhaltung', 'guest', 'operator', 'scanner', 'it-notfall'];

export function personFor(g, lang, foreign = 0.25) {
  const L0 = LANGS[lang];
  if (L0 && L0.cultures && !g.r.chance(foreign)) return g.person(g.r.pick(L0.cultures));
  return g.person();
}
export const PN = (p) => P('PERSON', p.full);
export const PH = (g, cc) => P('PHONE_NUMBER', g.phone(cc));
export const EM = (g, p, dom) => P('EMAIL_ADDRESS', g.email(p, dom));
export const LOC = (v) => P('LOCATION', v);

// slots for a phrase template in a language
export function slots(g, lang, entity) {
  const r = g.r; const cc = r.pick(LANG_CC[lang] || ['US']);
  const p = personFor(g, lang); const p2 = personFor(g, lang);
  return {
    v: entity ? g.S(entity) : '', u: r.pick(USERS), h: g.look('hostname'), tk: g.look('ticket_ref'),
    n: PN(p), n2: PN(p2), ph: PH(g, phoneCc(g, cc)), em: EM(g, p), loc: LOC(g.town(placeCc(g, cc))),
  };
}
export function credPhrase(g, lang) { const [e, t] = fresh(g, 'cred' + lang, LANGS[lang].cred); g.meta.langs.add(lang); return fill(t, slots(g, lang, e)); }
export function piiPhrase(g, lang) { const t = fresh(g, 'pii' + lang, LANGS[lang].pii); g.meta.langs.add(lang); return fill(t, slots(g, lang)); }
export function filler(g, lang) { return fresh(g, 'fill' + lang, LANGS[lang].filler); }
export function chatMessage(g, lang) {
  const x = g.r.int(10);
  if (x < 3) return credPhrase(g, lang);
  if (x < 6) return piiPhrase(g, lang);
  return [filler(g, lang)];
}
export function addressLines(g, cc, sep = '\n', indent = '') {
  const lines = g.address(placeCc(g, cc));
  const out = [];
  lines.forEach((l, i) => { if (i) out.push(sep); out.push(indent); out.push(...l); });
  return out;
}
const pad2 = (x) => String(x).padStart(2, '0');
export function ts(g, base, style = 0) {
  const t = new Date((base ?? 1690000000 + g.r.int(60000000)) * 1000);
  const Y = t.getUTCFullYear(), M = pad2(t.getUTCMonth() + 1), D = pad2(t.getUTCDate()), h = pad2(t.getUTCHours()), m = pad2(t.getUTCMinutes()), s = pad2(t.getUTCSeconds());
  switch (style) {
    case 1: return `${D}.${M}.${String(Y).slice(2)}, ${h}:${m}`;
    case 2: return `${M}/${D}/${Y} ${h}:${m}:${s}`;
    case 3: return `${D}/${M}/${Y}, ${h}:${m}:${s}`;
    case 4: return `[${D}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.getUTCMonth()]}/${Y}:${h}:${m}:${s} +0000]`;
    default: return `${Y}-${M}-${D} ${h}:${m}:${s}`;
  }
}
export const epoch = (g) => 1690000000 + g.r.int(60000000);
export const rndLang = (g, pool) => g.r.pick(pool || Object.keys(LANGS));
// Honorific forms of a name in the language of the surrounding text; the PERSON span is the bare
// name. Case particles are written by the templates themselves (explicitly glued after the slot).
const HON = { en: [['Mr. '], ['Ms. '], ['Dr. '], ['Prof. ']], de: [['Herr '], ['Frau '], ['Dr. ']], fr: [['M. '], ['Mme '], ['Dr ']], es: [['Sr. '], ['Sra. '], ['D.ª '], ['don ']],
  pt: [['Sr. '], ['Sra. '], ['Dona ']], it: [['sig. '], ['sig.ra '], ['dott. '], ['dott.ssa ']], nl: [['dhr. '], ['mevr. ']], pl: [['pan '], ['pani ']], ru: [['г-н '], ['г-жа ']],
  tr: [[null, ' Bey'], [null, ' Hanım']], id: [['Pak '], ['Bu ']], vi: [['ông '], ['bà '], ['anh '], ['chị ']], sw: [['Bw. '], ['Bi. ']], sv: [[]], ja: [[null, 'さん'], [null, '様'], [null, '氏']],
  ko: [[null, '님'], [null, ' 씨']], zh: [[null, '先生'], [null, '女士']], ar: [['السيد '], ['السيدة ']], he: [['מר '], ["גב' "]], hi: [['श्री '], ['श्रीमती ']] };
const HON_SCRIPT = { Kanji: [[null, 'さん'], [null, '様'], [null, '先生'], [null, '氏']], Hangul: [[null, '님'], [null, ' 씨'], [null, ' 과장님'], [null, ' 기자']], Han: [[null, '先生'], [null, '女士'], [null, '老师'], [null, '经理']],
  Thai: [['คุณ'], ['นาย'], ['นางสาว']], Arabic: [['السيد '], ['السيدة '], ['د. ']], Hebrew: [['מר '], ["גב' "], ['ד"ר ']], Devanagari: [[null, 'जी'], [null, ' जी'], ['श्री '], ['श्रीमती '], ['डॉ. ']],
  Georgian: [['ბატონი '], ['ქალბატონი ']], Armenian: [['պարոն '], ['տիկին ']], Bengali: [['জনাব '], [null, ' সাহেব']], Tamil: [['திரு. '], ['திருமதி ']], Greek: [['κ. '], ['κα ']],
  Cyrillic: [['г-н '], ['г-жа ']], Myanmar: [['ဦး'], ['ဒေါ်']], Lao: [['ທ້າວ'], ['ນາງ']], Ethiopic: [['አቶ '], ['ወ/ሮ ']], Sinhala: [[null, ' මහතා'], [null, ' මහත්මිය']] };
export function gluedName(g, p, lang) {
  const r = g.r; const n = PN(p);
  if (r.chance(0.3)) return [n];
  const forms = HON_SCRIPT[p.script] || HON[lang] || HON.en;
  const [pre, post] = r.pick(forms);
  return [pre || '', n, post || ''];
}
// Case forms glued to the name where the language writes them attached (Georgian dative -ს,
// Armenian article -ը, Bengali -কে, Turkish apostrophe suffixes); span = bare name.
export function gluedCase(g, p) {
  const n = PN(p);
  if (p.script === 'Georgian') return p.full.endsWith('ე') || p.full.endsWith('ა') ? [n, 'ს'] : [n];
  if (p.script === 'Armenian') return /[^աեէըիօու]$/.test(p.full) ? [n, 'ը'] : [n];
  if (p.script === 'Bengali') return [n, 'কে'];
  if (p.c && p.c.id === 'tr-TR') return [n, /[eiöü][^aeıioöuü]*$/.test(p.full) ? "'e" : "'a"];
  return [n];
}
// Pick an item of list not yet used in this document (falls back to any when all are used).
export function fresh(g, key, list) {
  g.used = g.used || {}; const u = (g.used[key] = g.used[key] || new Set());
  const left = list.filter((x) => !u.has(x)); const x = g.r.pick(left.length ? left : list); u.add(x); return x;
}
export { S, P, L, fill, CULTURES };
