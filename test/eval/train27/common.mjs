// Shared building blocks for the document kinds: people, signatures, mail headers, quoting.
import { S, P, L, tt, quoteItems, plain } from './builder.mjs';
import * as V from './values.mjs';
import * as LK from './lookalikes.mjs';
import { LANGS, hasLang, langOf, sayCode, CONCEPT_ENTITY } from './phrases.mjs';
import { gen, keyName, BY_ENTITY } from './secrets.mjs';

export { S, P, L, tt, V, LK, plain, quoteItems, gen, keyName, sayCode, langOf };
export const LOCS = V.LOCALES;

export function pickLoc(r, f) { const c = f ? LOCS.filter(f) : LOCS; return r.pick(c); }
export const phraseLang = (loc) => (hasLang(loc.lang) ? loc.lang : 'en');
export const locsForLang = (lang) => LOCS.filter((l) => phraseLang(l) === lang);
// a locale whose phrase language is one of ours, weighted toward variety
export function pickOfficeLoc(r) { return r.pick(LOCS); }

// A rotating deck that hands out every item before repeating (coverage of kinds).
// save()/restore() let the generator roll back the draws of a rejected attempt.
export function makeDeck(r, items) {
  let pile = [];
  return {
    draw() { if (!pile.length) pile = r.shuffle(items); return pile.pop(); },
    save() { return { pile: pile.slice(), st: [r.a, r.b, r.c, r.d] }; },
    restore(s) { pile = s.pile.slice(); [r.a, r.b, r.c, r.d] = s.st; },
  };
}

// A secret marker from the registry.
export const sec = (r, e, ctx) => S(e, gen(r, e, ctx));

// person helper returning {p, name(form), email(domain)}
export function who(r, loc, opts = {}) {
  const p = V.person(r, loc, opts);
  return p;
}
export const nm = (p, form, latin) => V.nameMark(p, form, latin);
export const mail = (r, p, domain) => V.email(r, p, domain);
export const tel = (r, locOrPlan) => V.phone(r, locOrPlan);

// ------------------------------------------------------------------ titles / roles
const TITLES = {
  en: ['Office Manager', 'Account Executive', 'HR Business Partner', 'Head of Finance', 'Customer Success Manager', 'Facility Coordinator', 'Executive Assistant'],
  de: ['Büroleitung', 'Sachbearbeiterin Personal', 'Teamleiter Vertrieb', 'Assistenz der Geschäftsführung', 'Buchhaltung', 'Hausverwaltung'],
  fr: ['Responsable administrative', 'Chargé de clientèle', 'Assistante de direction', 'Comptable', 'Responsable RH'],
  es: ['Responsable de administración', 'Asesor comercial', 'Asistente de dirección', 'Contable'],
  pt: ['Gerente administrativa', 'Consultor comercial', 'Assistente executiva'],
  it: ['Responsabile amministrativa', 'Consulente commerciale', 'Assistente di direzione'],
  nl: ['Officemanager', 'Accountmanager', 'HR-adviseur', 'Financieel administrateur'],
  ja: ['総務部', '営業部 課長', '人事部'], zh: ['行政主管', '销售经理', '人事专员'], ko: ['총무팀 대리', '영업팀 과장'],
};
export const title = (r, lang) => r.pick(TITLES[lang] || TITLES.en);

// ------------------------------------------------------------------ signatures
export function signature(r, p, opts = {}) {
  const loc = p.loc;
  const lang = opts.lang || phraseLang(loc);
  const latin = opts.latin ?? false;
  const org = opts.org || V.org(r, lang);
  const lines = [];
  const style = r.int(0, 3);
  if (style === 0) lines.push(['-- '], [nm(p, 'full', latin)], [title(r, lang), ' | ', org.name]);
  else if (style === 1) lines.push([nm(p, 'full', latin), ' · ', title(r, lang)], [org.name]);
  else if (style === 2) lines.push([''], [nm(p, r.chance(0.5) ? 'full' : 'upper', latin)], [org.name]);
  else lines.push(['—'], [nm(p, 'given', latin)]);
  if (style !== 3 || r.chance(0.5)) {
    const ph = [];
    const LAB = { en: [['T ', 'M '], ['Phone: ', 'Mobile: '], ['Office ', 'Cell ']], de: [['Tel. ', 'Mobil '], ['T ', 'M '], ['Telefon: ', 'Handy: ']], fr: [['Tél. ', 'Port. '], ['T. ', 'M. ']], es: [['Tel. ', 'Móvil '], ['T. ', 'M. ']], it: [['Tel. ', 'Cell. ']], pt: [['Tel. ', 'Cel. '], ['Tel: ', 'Telemóvel: ']], nl: [['T ', 'M '], ['Tel. ', 'Mob. ']], ja: [['TEL: ', '携帯: ']], zh: [['电话：', '手机：']], ko: [['전화 ', '휴대폰 ']] };
    const lab = r.chance(0.25) ? r.pick([['☎ ', '📱 '], ['', ''], ['t: ', 'm: ']]) : r.pick(LAB[lang] || [['T ', 'M '], ['Tel ', 'Mob ']]);
    if (r.chance(0.6)) ph.push([lab[0], tel(r, loc)]);
    ph.push([lab[1], tel(r, loc)]);
    lines.push(...ph);
    if (r.chance(0.7)) lines.push([mail(r, p, org.domain)]);
    if (r.chance(0.5)) { const a = V.address(r, loc, { latin }); lines.push(V.addrItems(a, r.pick([', ', ' · ']))); }
    if (r.chance(0.3)) lines.push([`https://www.${org.domain}`]);
  }
  const out = [];
  lines.forEach((l, i) => { if (i) out.push('\n'); out.push(l); });
  return out;
}

// ------------------------------------------------------------------ mail headers and quoting
const HDR = {
  en: ['From', 'Sent', 'To', 'Cc', 'Subject'], de: ['Von', 'Gesendet', 'An', 'Cc', 'Betreff'], fr: ['De', 'Envoyé', 'À', 'Cc', 'Objet'],
  es: ['De', 'Enviado el', 'Para', 'CC', 'Asunto'], pt: ['De', 'Enviada em', 'Para', 'Cc', 'Assunto'], it: ['Da', 'Inviato', 'A', 'Cc', 'Oggetto'],
  nl: ['Van', 'Verzonden', 'Aan', 'CC', 'Onderwerp'], pl: ['Od', 'Wysłano', 'Do', 'DW', 'Temat'], sv: ['Från', 'Skickat', 'Till', 'Kopia', 'Ämne'],
  da: ['Fra', 'Sendt', 'Til', 'Cc', 'Emne'], fi: ['Lähettäjä', 'Lähetetty', 'Vastaanottaja', 'Kopio', 'Aihe'], cs: ['Od', 'Odesláno', 'Komu', 'Kopie', 'Předmět'],
  ru: ['От', 'Отправлено', 'Кому', 'Копия', 'Тема'], ja: ['差出人', '送信日時', '宛先', 'CC', '件名'], zh: ['发件人', '发送时间', '收件人', '抄送', '主题'],
  ko: ['보낸 사람', '보낸 날짜', '받는 사람', '참조', '제목'], tr: ['Kimden', 'Gönderildi', 'Kime', 'Bilgi', 'Konu'], hu: ['Feladó', 'Elküldve', 'Címzett', 'Másolat', 'Tárgy'],
  ro: ['De la', 'Trimis', 'Către', 'Cc', 'Subiect'], el: ['Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'], uk: ['Від', 'Надіслано', 'Кому', 'Копія', 'Тема'],
};
export const hdrLabels = (lang) => HDR[lang] || HDR.en;
export function addrSpec(r, p, email, latin) {
  return r.pick([[nm(p, 'full', latin), ' <', email, '>'], ['"', nm(p, 'full', latin), '" <', email, '>'], [email], [nm(p, 'full', latin), ' [', email, ']']]);
}
export function outlookHeader(r, lang, from, to, subj, when, cc) {
  const h = hdrLabels(lang);
  const sp = lang === 'fr' ? ' : ' : ': ';
  return [`${h[0]}${sp}`, from, `\n${h[1]}${sp}`, when, `\n${h[2]}${sp}`, to, cc ? [`\n${h[3]}${sp}`, cc] : '', `\n${h[4]}${sp}`, subj, '\n'];
}
// the attribution line before a quoted reply
export function wroteLine(r, lang, dateMark, nameM, emailM) {
  const who = emailM ? [nameM, ' <', emailM, '>'] : [nameM];
  switch (lang) {
    case 'de': return ['Am ', dateMark, ' schrieb ', who, ':'];
    case 'fr': return ['Le ', dateMark, ', ', who, ' a écrit :'];
    case 'es': return ['El ', dateMark, ', ', who, ' escribió:'];
    case 'pt': return ['Em ', dateMark, ', ', who, ' escreveu:'];
    case 'it': return ['Il giorno ', dateMark, ' ', who, ' ha scritto:'];
    case 'nl': return ['Op ', dateMark, ' schreef ', who, ':'];
    case 'pl': return ['W dniu ', dateMark, ' ', who, ' napisał(a):'];
    case 'sv': case 'da': case 'no': return ['Den ', dateMark, ' skrev ', who, ':'];
    case 'fi': return [dateMark, ' ', who, ' kirjoitti:'];
    case 'ru': return [dateMark, ', ', who, ' написал(а):'];
    case 'uk': return [dateMark, ' ', who, ' пише:'];
    case 'ja': return [dateMark, ' ', who, ':'];
    case 'zh': return [who, ' 于', dateMark, '写道：'];
    case 'ko': return [dateMark, ', ', who, '님이 작성:'];
    case 'cs': return ['Dne ', dateMark, ' ', who, ' napsal(a):'];
    case 'tr': return [dateMark, ' tarihinde ', who, ' şunu yazdı:'];
    case 'hu': return [who, ' ezt írta (időpont: ', dateMark, '):'];
    case 'ro': return ['Pe ', dateMark, ', ', who, ' a scris:'];
    case 'el': return ['Στις ', dateMark, ', ο/η ', who, ' έγραψε:'];
    default: return ['On ', dateMark, ', ', who, ' wrote:'];
  }
}
const FWD = {
  en: '---------- Forwarded message ---------', de: '---------- Weitergeleitete Nachricht ---------', fr: '-------- Message transféré --------',
  es: '---------- Mensaje reenviado ---------', pt: '---------- Mensagem encaminhada ---------', it: '---------- Messaggio inoltrato ---------',
  nl: '---------- Doorgestuurd bericht ---------', pl: '---------- Przekazana wiadomość ---------', sv: '---------- Vidarebefordrat meddelande ---------',
  ja: '---------- 転送メッセージ ----------', zh: '---------- 转发的邮件 ---------', ko: '---------- 전달된 메시지 ---------', ru: '---------- Пересылаемое сообщение ---------',
};
export const fwdLine = (r, lang) => r.chance(0.2) ? 'Begin forwarded message:' : (FWD[lang] || FWD.en);
export const quote = (items, prefix = '> ') => quoteItems(items, prefix);

export function mailDate(r, t) {
  t = t || V.ymd(r);
  const dn = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][r.int(0, 6)];
  const mn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.m - 1];
  return `${dn}, ${t.d} ${mn} ${t.y} ${r.pad(r.int(6, 22), 2)}:${r.pad(r.int(0, 59), 2)}:${r.pad(r.int(0, 59), 2)} ${r.pick(['+0100', '+0200', '-0500', '+0900', '+0000', '-0700', '+0530'])}`;
}
export const hhmm = (r) => `${r.pad(r.int(7, 21), 2)}:${r.pad(r.int(0, 59), 2)}`;

// config key/value for an API-ish secret kind
export function cfgKey(r, e, style) { return keyName(r, BY_ENTITY[e].w, style); }

// Fill a "secret sentence" for a concept in a language
export function codeLine(r, lang, concept, value, entity) { return sayCode(r, lang, concept, value, entity || CONCEPT_ENTITY[concept]); }
export function codeValue(r, concept, lang) { return gen(r, CONCEPT_ENTITY[concept], { lang }); }

export function joinLines(lines, sep = '\n') { const out = []; lines.forEach((l, i) => { if (i) out.push(sep); out.push(l); }); return out; }
export const ucfirst = (s) => s[0].toUpperCase() + s.slice(1);
export { LANGS, CONCEPT_ENTITY };

// JSON string escaping that keeps marks: returns items; marks' values get escaped too.
export function jstr(x) {
  if (x && typeof x === 'object' && !Array.isArray(x) && x.kind) return new x.constructor(x.kind, x.name, JSON.stringify(x.value).slice(1, -1), x.meta);
  return JSON.stringify(String(x)).slice(1, -1);
}
import { hasLang as _hasLang } from './phrases.mjs';
export const hasLangLoc = (l) => _hasLang(l.lang);
import { LANG_CODES as _LC } from './phrases.mjs';
// pick a phrase language uniformly, then a locale speaking it
export function pickLangLoc(r, langs) {
  const lang = r.pick(langs || _LC);
  return LOCS.filter((l) => l.lang === lang).length ? r.pick(LOCS.filter((l) => l.lang === lang)) : r.pick(LOCS);
}
// n people with distinct given names
export function people(r, n, locFn) {
  const out = [], seen = new Set();
  for (let i = 0; out.length < n && i < 50; i++) { const p = V.person(r, locFn(out.length)); if (!seen.has(p.given) && !seen.has(p.family + p.given)) { seen.add(p.given); out.push(p); } }
  return out;
}

// ------------------------------------------------------------------ JSON emission with marks
import { Mark } from './builder.mjs';
export class JText { constructor(items) { this.items = items; } }
export const jt = (...items) => new JText(items);
export class JRaw { constructor(item) { this.item = item; } }
export const jraw = (x) => new JRaw(x);
function escStr(s, ascii) {
  let out = JSON.stringify(s).slice(1, -1);
  if (ascii) out = out.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  return out;
}
function escItems(items, ascii) {
  const out = [];
  (function walk(x) {
    if (x === null || x === undefined || x === false) return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x instanceof Mark) out.push(new Mark(x.kind, x.name, escStr(x.value, ascii), x.meta));
    else out.push(escStr(String(x), ascii));
  })(items);
  return out;
}
// opts: indent (number|0 for compact), ascii (escape non-ASCII), space (', ' vs ',' in compact)
export function J(v, opts = {}, lvl = 0) {
  const ind = opts.indent ?? 2;
  const nl = ind ? '\n' + ' '.repeat(ind * (lvl + 1)) : '';
  const end = ind ? '\n' + ' '.repeat(ind * lvl) : '';
  const comma = ind ? ',' : (opts.space ? ', ' : ',');
  const colon = ind || opts.space ? ': ' : ':';
  if (v instanceof JRaw) return [v.item];
  if (v instanceof JText) return ['"', escItems(v.items, opts.ascii), '"'];
  if (v instanceof Mark) return ['"', escItems([v], opts.ascii), '"'];
  if (v === null) return ['null'];
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (typeof v === 'string') return ['"', escStr(v, opts.ascii), '"'];
  if (Array.isArray(v)) {
    if (!v.length) return ['[]'];
    const out = ['['];
    v.forEach((x, i) => { out.push(i ? comma + nl : nl, J(x, opts, lvl + 1)); });
    out.push(end, ']');
    return out;
  }
  const keys = Object.keys(v).filter((k) => v[k] !== undefined);
  if (!keys.length) return ['{}'];
  const out = ['{'];
  keys.forEach((k, i) => { out.push(i ? comma + nl : nl, '"', escStr(k, opts.ascii), '"', colon, J(v[k], opts, lvl + 1)); });
  out.push(end, '}');
  return out;
}
