// People, e-mail addresses, usernames, phone numbers and addresses (all random combinations).
import { CULTURES } from './cultures.mjs';
import { COUNTRIES, PLANS } from './geo.mjs';
import { P, T } from './frag.mjs';

const SPECIAL = { ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', þ: 'th', Þ: 'Th', ð: 'd', ı: 'i', œ: 'oe' };
export const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ßøØæÆłŁđĐþÞðıœ]/g, (c) => SPECIAL[c]);
const cap = (s) => s.replace(/(^|[\s-])([a-z])/g, (m, a, b) => a + b.toUpperCase());
function parseName(e) { const [n, l, k] = e.split('|'); return { n, l: l ? cap(l) : ascii(n), k: k || null }; }

export const cultureById = Object.fromEntries(CULTURES.map((c) => [c.id, c]));

export function person(r, cul) {
  if (typeof cul === 'string') cul = cultureById[cul];
  cul = cul || r.pick(CULTURES);
  const gender = r.chance(0.5) ? 'm' : 'f';
  const g = parseName(r.pick(cul[gender]));
  const forms = r.pick(cul.fam).split('/');
  const f = parseName(forms.length > 1 ? forms[gender === 'm' ? 0 : 1] : forms[0]);
  const native = cul.script !== 'Latin';
  let full;
  if (cul.order === 'fg0') full = f.n + g.n;
  else if (cul.order === 'fgj') full = r.chance(0.5) ? f.n + g.n : f.n + '\u3000' + g.n;
  else if (cul.order === 'fg') full = f.n + ' ' + g.n;
  else full = g.n + ' ' + f.n;
  const latin = cul.order === 'gf' || native ? g.l + ' ' + f.l : f.l + ' ' + g.l;
  return {
    cul, gender, country: cul.country, script: cul.script, native,
    given: g.n, family: f.n, givenL: g.l, familyL: f.l, givenK: g.k, familyK: f.k,
    full, latin, kana: g.k ? f.k + ' ' + g.k : null,
  };
}

/** PERSON span for a display form of the name. */
export function nameSpan(r, p, style) {
  const m = { culture: p.cul.id, script: p.script };
  const forms = {
    full: p.full,
    latin: p.latin,
    lastFirst: p.native && p.cul.order !== 'gf' ? p.full : `${p.familyL}, ${p.givenL}`,
    initial: `${p.givenL[0]}. ${p.familyL}`,
    upperFamily: `${p.familyL.toUpperCase()} ${p.givenL}`,
  };
  if (p.native && (style === 'lastFirst' || style === 'upperFamily' || style === 'initial') && r.chance(0.5)) style = 'full';
  if (!p.native && (style === 'lastFirst' || style === 'upperFamily')) forms[style] = style === 'lastFirst' ? `${p.family}, ${p.given}` : `${p.family.toUpperCase()} ${p.given}`;
  if (!p.native && style === 'initial') forms.initial = `${p.given[0]}. ${p.family}`;
  if (!p.native && style === 'latin') style = 'full';
  return P('PERSON', forms[style || 'full'], m);
}
export const nameAny = (r, p) => nameSpan(r, p, r.weighted([[6, 'full'], [2, 'latin'], [2, 'lastFirst'], [1, 'initial'], [1, 'upperFamily']]));
export const givenSpan = (p, latin = false) => P('PERSON', latin ? p.givenL : p.given, { culture: p.cul.id, script: p.script });
export const familySpan = (p, latin = false) => P('PERSON', latin ? p.familyL : p.family, { culture: p.cul.id, script: p.script });

const slug = (s) => ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, '');
export function username(r, p) {
  const g = slug(p.givenL), f = slug(p.familyL);
  return r.pick([g[0] + f, g + '.' + f, f + '.' + g[0], g + '_' + f, f + g[0] + r.int(1, 99), g + f[0] + f.slice(1, 4), g + '-' + f]);
}
export const usernameSpan = (r, p) => P('PERSON', username(r, p), { culture: p.cul.id, username: true });

export const PERSONAL_DOMAINS = ['mail.example', 'post.test', 'inbox.example', 'correo.example', 'posteo.test', 'webmail.invalid', 'freemail.example', 'mailbox.test', 'pochta.example', 'yubin.example'];
export function email(r, p, domain) {
  const g = slug(p.givenL), f = slug(p.familyL);
  const local = r.pick([g + '.' + f, g[0] + f, g + f, f + '.' + g, g + '_' + f, f + g[0], g + '.' + f + r.int(1, 99), g + '+' + r.pick(['crm', 'news', 'work', 'billing']), f + '-' + g[0]]);
  return local + '@' + (domain || r.pick(PERSONAL_DOMAINS));
}
export const emailSpan = (r, p, domain) => P('EMAIL_ADDRESS', email(r, p, domain));
export function roleEmail(r, domain) { return r.pick(['support', 'billing', 'noreply', 'ops', 'hr', 'kontakt', 'recepcion']) + '@' + domain; }

// ---------- phones ----------
function fillPat(r, pat) { return pat.replace(/[#N]/g, (c) => (c === 'N' ? String(r.int(2, 9)) : String(r.int(0, 9)))); }
export function phone(r, planId, styleHint) {
  const plan = PLANS[planId]; const nsn = fillPat(r, r.pick(plan.pats));
  const groups = nsn.split(/[ -]/); const digits = groups.join('');
  let s; const st = styleHint || r.int(0, 9);
  if (plan.nanp) {
    const [a, b, c] = groups;
    s = [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `+1-${a}-${b}-${c}`, `1 (${a}) ${b}-${c}`, `+1${digits}`, `(${a}) ${b}-${c}`, `+1 (${a}) ${b}-${c}`, `${a} ${b} ${c}`][st];
  } else if (plan.br) {
    const [a, b] = [groups[0], groups.slice(1).join('-')];
    s = [`+55 ${a} ${b}`, `(${a}) ${b}`, `+55 (${a}) ${b}`, `+55${digits}`, `0${a} ${b.replace('-', ' ')}`][st % 5];
  } else if (plan.ru) {
    const [a, b, c, d] = groups;
    s = [`+7 (${a}) ${b}-${c}-${d}`, `8 (${a}) ${b}-${c}-${d}`, `+7 ${a} ${b}-${c}-${d}`, `+7${digits}`, `8${a}${b}${c}${d}`, `+7 ${a} ${b} ${c} ${d}`][st % 6];
  } else if (plan.jp) {
    s = [`0${groups.join('-')}`, `+81 ${groups.join('-')}`, `+81-${groups.join('-')}`, `0${groups.join(' ')}`, `(0${groups[0]}) ${groups[1]}-${groups[2]}`, `+81${digits}`][st % 6];
  } else {
    const t = plan.trunk; const nat = (sep) => t + groups.join(sep);
    const opts = [`+${plan.cc} ${groups.join(' ')}`, `+${plan.cc}${digits}`, `00${plan.cc} ${groups.join(' ')}`, nat(' '), `+${plan.cc}-${groups.join('-')}`, nat('-'), `+${plan.cc} ${groups.join(' ')}`, nat('.'), nat(' ')];
    if (t === '0') opts.push(`+${plan.cc} (0)${groups.join(' ')}`, `${t}${groups[0]}/${groups.slice(1).join('')}`);
    s = opts[st % opts.length];
  }
  return P('PHONE_NUMBER', s, { plan: planId });
}
export function phoneExt(r, lang) {
  const n = r.int(2, 4) === 2 ? r.int(10, 99) : r.int(100, 9999);
  return ({ de: [` Durchwahl -${n}`, `-${n}`], fr: [` poste ${n}`], es: [` ext. ${n}`, ` int. ${n}`], it: [` int. ${n}`], ja: [` 内線${n}`], pt: [` ramal ${n}`] }[lang] || [` x${n}`, ` ext. ${n}`, ` ext ${n}`, ` (ext. ${n})`]).map((x) => x)[r.int(0, ({ de: 2, fr: 1, es: 2, it: 1, ja: 1, pt: 1 }[lang] || 4) - 1)];
}

// ---------- addresses ----------
function fillPc(r, pat) { return pat.replace(/[#NA]/g, (c) => (c === '#' ? String(r.int(0, 9)) : c === 'N' ? String(r.int(1, 9)) : String.fromCharCode(65 + r.int(0, 25)))); }
export function address(r, cc) {
  const c = COUNTRIES[cc]; const n = r.int(1, 240);
  let num = String(n); if ((cc === 'DE' || cc === 'AT') && r.chance(0.2)) num += r.pick(['a', 'b', 'c']);
  if (cc === 'FR' && r.chance(0.15)) num += ' bis';
  const u = String(r.int(1, 48));
  const street = c.sf.replace('{s}', r.pick(c.st)).replace('{n}', num).replace('{u}', u);
  const unit = c.u && r.chance(0.5) ? r.pick(c.u).replace('{u}', String(r.int(1, 24))) : null;
  const ci = r.int(0, c.cities.length - 1);
  const region = c.regions ? c.regions[Math.min(ci, c.regions.length - 1)] || null : null;
  return { cc, street, unit, city: c.cities[ci], region, postcode: c.pc ? fillPc(r, c.pc) : '', countryEn: c.en, countryNat: c.nat, pcFirst: !!c.pcFirst };
}
const loc = (v, m) => P('LOCATION', v, m);
/** One-line address in the country's own order, with street/city/region/country as LOCATION spans. */
export function addressInline(r, a, withCountry = true, countryNative = false) {
  const ctry = countryNative ? a.countryNat : a.countryEn;
  const C = withCountry ? [', ', loc(ctry, { part: 'country' })] : [];
  const S = loc(a.street, { part: 'street' }); const Ci = loc(a.city, { part: 'city' });
  if (a.cc === 'JP') return T`〒${a.postcode} ${loc(a.region || '東京都', { part: 'region' })}${Ci}${S}${a.unit ? ' ' + a.unit : ''}${withCountry ? T`, ${loc(ctry, {})}` : ''}`;
  if (a.cc === 'CN' || a.cc === 'TW') return T`${a.region ? loc(a.region, { part: 'region' }) : ''}${Ci}${S}${a.unit || ''}${withCountry ? T` ${loc(a.countryNat, {})}` : ''}`;
  if (a.cc === 'KR') return T`${Ci} ${S}${a.unit ? ' ' + a.unit : ''} (${a.postcode})${C}`;
  if (a.cc === 'US' || a.cc === 'CA' || a.cc === 'AU') return T`${S}${a.unit ? ' ' + a.unit : ''}, ${Ci}, ${a.region ? loc(a.region, {}) : ''}${a.region ? ' ' : ''}${a.postcode}${C}`;
  if (a.cc === 'GB' || a.cc === 'IE' || a.cc === 'IN' || a.cc === 'BR' || !a.pcFirst) return T`${a.unit ? a.unit + ', ' : ''}${S}, ${Ci}${a.postcode ? ' ' + a.postcode : ''}${C}`;
  if (a.cc === 'HU') return T`${a.postcode} ${Ci}, ${S}${C}`;
  return T`${S}${a.unit ? ', ' + a.unit : ''}, ${a.postcode} ${Ci}${C}`;
}
export const planFor = (p) => (PLANS[p.country] ? p.country : 'US');
