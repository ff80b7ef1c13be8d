// Prose engine: renders sentence templates of a language lexicon into pieces
// (plain strings and spans). Names and places are taken in inflected forms from
// the lexicon; a form may mark its labelled part with [brackets].
import { P, L, marked } from './doc.mjs';
import { personName, ascii, CULTURES } from './names.mjs';
import { PHONE, EMAIL, emailFor, IBAN, CARD, IP, ADDR, LOC } from './pii.mjs';
import { LK, LW } from './lookalikes.mjs';

const field = (entry, i) => { const f = entry.split('|'); return f[i] ?? f[0]; };
const romOf = (s) => { const i = s.indexOf('~'); return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + 1)]; };
// "alone/combined" variants inside one form
const variant = (form, combined) => { const i = form.indexOf('/'); if (i < 0 || form.includes('[')) return form; return combined ? form.slice(i + 1) : form.slice(0, i); };

export function makePerson(r, lang, gender, needGender) {
  gender = gender ?? (r.chance(0.5) ? 'm' : 'f');
  const c = lang.compose;
  if (c === 'en' || c === 'suffix' || c === 'prefix') {
    let cands = lang.cultures ?? [lang.culture];
    if (needGender) { const g = cands.filter((x) => !CULTURES[x].full); if (g.length) cands = g; }
    const culture = r.pick(cands);
    const p = personName(r, culture, { gender });
    return { lang, gender: p.gender ?? gender, culture, full: p.text, given: p.given, family: p.family, rom: p.rom };
  }
  const gi = r.int(0, lang.given[gender].length - 1);
  const surList = lang.sur.x ?? lang.sur[gender];
  const si = r.int(0, surList.length - 1);
  const [g0, gr] = romOf(field(lang.given[gender][gi], 0));
  const [s0, sr] = romOf(field(surList[si], 0));
  const gEntry = lang.given[gender][gi].replace(/~[^|]*/, ''), sEntry = surList[si].replace(/~[^|]*/, '');
  return { lang, gender, culture: lang.culture, gEntry, sEntry, given: g0, family: s0, rom: `${gr ?? ascii(g0)} ${sr ?? ascii(s0)}` };
}

// Returns the form string (may contain [brackets]) for a person
export function personForm(p, kind, form, r) {
  const lang = p.lang; const c = lang.compose;
  const fi = Math.max(0, (lang.pf || ['nom']).indexOf(form));
  if (c === 'en') {
    const base = kind === 'G' ? p.given : kind === 'F' ? p.family : kind === 'I' ? `${p.given[0]}. ${p.family}` : p.full;
    return form === 'pos' ? `[${base}]'s` : base;
  }
  if (c === 'suffix' || c === 'prefix') {
    const base = kind === 'G' ? p.given : kind === 'F' ? p.family : p.full;
    const sfx = (lang.suffixes || {})[form] ?? '';
    if (c === 'prefix' && form === 'gen') return `${lang.genPrefix}${base}`;
    return sfx ? `[${base}]${sfx}` : base;
  }
  if (c === 'apos') { // Turkish: suffix after apostrophe, outside the span
    const gs = p.gEntry.split('|'), ss = p.sEntry.split('|');
    if (form === 'nom') return kind === 'G' ? gs[0] : kind === 'F' ? ss[0] : `${gs[0]} ${ss[0]}`;
    const sfx = kind === 'G' ? gs[fi] : ss[fi];
    const base = kind === 'G' ? gs[0] : kind === 'F' ? ss[0] : kind === 'I' ? `${gs[0]} ${ss[0][0]}.` : `${gs[0]} ${ss[0]}`;
    return `[${base}]'${sfx}`;
  }
  if (c === 'de') {
    const base = kind === 'G' ? p.given : kind === 'F' ? p.family : kind === 'I' ? `${p.given} ${p.family[0]}.` : `${p.given} ${p.family}`;
    if (form === 'gen') return /[sßxz]$/.test(base) || base.endsWith('.') ? `[${base}]’` : `${base}s`;
    return base;
  }
  const G = (comb) => variant(field(p.gEntry, fi), comb), F = (comb) => variant(field(p.sEntry, fi), comb);
  const Gnom = field(p.gEntry, 0), Fnom = field(p.sEntry, 0);
  if (kind === 'G') return G(false);
  if (kind === 'F') return F(false);
  if (kind === 'I') {
    if (lang.initials === 'fg') return `${Fnom[0]}. ${G(false)}`;
    if (lang.initials === 'sur') return `${F(false)} ${Gnom[0]}.${lang.patronymic ? ` ${r.pick(lang.patronymic)}.` : ''}`;
    return `${G(false)} ${Fnom[0]}.`;
  }
  if (c === 'last') return `${Gnom} ${F(true)}`;
  if (c === 'fg') return `${Fnom} ${G(true)}`;
  if (c === 'both') return `${G(true)} ${F(true)}`;
  throw new Error('compose ' + c);
}

export function makePlace(r, lang, type) {
  let list = lang.places[type];
  if (!list || !list.length) list = lang.places.city;
  return { entry: r.pick(list), type };
}
export function placeForm(pl, lang, form) {
  const lf = lang.lf || ['nom'];
  const i = lf.indexOf(form); if (i < 0) throw new Error(`${lang.code}: no place form ${form}`);
  const f = pl.entry.split('|');
  if (i >= f.length) throw new Error(`${lang.code}: place ${f[0]} lacks form ${form}`);
  return f[i];
}

const TYPES = 'city|vil|dist|river|lake|mtn|isl|lm|stn|reg|ctry';
const RE = new RegExp(`\\{([PGFI])([mf]?)(\\d?)\\.(\\w+)\\}|\\{(${TYPES})(\\d?)\\.(\\w+)\\}|\\{\\$(\\w+)\\}|<([M\\d]):([^|>]*)\\|([^>]*)>|\\[\\[([^\\]]+)\\]\\]|\\{M\\.(\\w+)\\}`, 'g');

// ctx: { main: person, plan, addr } ; returns array of pieces
export function render(r, lang, tpl, ctx = {}) {
  const out = []; const persons = {}; const places = {}; const usedPlaces = new Set();
  for (const m of tpl.matchAll(/\{[PGFI]([mf]?)(\d)\./g)) persons[m[2]] ??= makePerson(r, lang, m[1] || undefined, true);
  if (/<M:/.test(tpl) || /\{M\./.test(tpl)) ctx.main ??= makePerson(r, lang, undefined, true);
  let last = 0;
  const personSpan = (p, form) => marked(form, (t) => P(t, 'PERSON', { culture: p.culture, lang: lang.code }));
  const placeSpan = (form) => marked(form, (t) => LOC(t, { lang: lang.code }));
  for (const m of tpl.matchAll(RE)) {
    out.push(tpl.slice(last, m.index)); last = m.index + m[0].length;
    if (m[1]) { // person
      const kind = m[1], g = m[2] || undefined, bind = m[3];
      let p;
      if (bind) { p = persons[bind] ??= makePerson(r, lang, g, true); } else p = makePerson(r, lang, g, !!g);
      if (ctx.people) ctx.people.push(p);
      out.push(personSpan(p, personForm(p, kind, m[4], r)));
    } else if (m[5]) {
      const type = m[5], bind = m[6];
      let pl;
      if (bind && places[type + bind]) pl = places[type + bind];
      else { for (let k = 0; k < 6; k++) { pl = makePlace(r, lang, type); if (!usedPlaces.has(pl.entry)) break; } usedPlaces.add(pl.entry); if (bind) places[type + bind] = pl; }
      out.push(placeSpan(placeForm(pl, lang, m[7])));
    } else if (m[8]) out.push(special(r, lang, m[8], ctx, persons));
    else if (m[9]) { const who = m[9] === 'M' ? ctx.main : persons[m[9]]; out.push(who && who.gender === 'f' ? m[11] : m[10]); }
    else if (m[12]) { const i = m[12].indexOf(':'); out.push(i > 0 ? L(m[12].slice(i + 1), m[12].slice(0, i)) : LW(m[12])); }
    else if (m[13]) { const p = ctx.main ??= makePerson(r, lang, undefined, true); out.push(personSpan(p, personForm(p, 'P', m[13], r))); }
  }
  out.push(tpl.slice(last));
  const res = out.flat().filter((x) => x !== '');
  if (!lang.nocap && typeof res[0] === 'string') res[0] = res[0].replace(/^(\s*)(\p{Ll})/u, (a, sp, c) => sp + c.toUpperCase());
  return res;
}

const LK_ALIAS = { team: 'team_name', case: 'case_number', order: 'order_number', ticket: 'ticket_id', flight: 'flight_number', booking: 'booking_reference', coords: 'coordinates', invoice: 'invoice_number', tracking: 'tracking_number' };
function special(r, lang, k, ctx, persons) {
  if (LK_ALIAS[k]) return LK(r, LK_ALIAS[k]);
  switch (k) {
    case 'date': case 'price': case 'company': case 'brand': case 'dish': case 'product': case 'vin': case 'imei': case 'isbn': case 'timestamp': case 'version':
      return LK(r, k);
    case 'phone': return PHONE(r, r.chance(0.85) ? r.pick(lang.plans) : r.pick(['US', 'GB', 'DE', 'FR', 'IN', 'JP', 'BR', 'AU']), r.chance(0.6) ? 'nat' : 'intl');
    case 'email': { const p = persons['1'] ?? ctx.main ?? makePerson(r, lang); return EMAIL(emailFor(r, p)); }
    case 'iban': return IBAN(r, lang.iban);
    case 'card': return CARD(r);
    case 'ip': return IP(r);
    case 'street': { const a = ADDR[lang.addr] ?? ADDR.GB; return LOC(a.st(r)); }
    case 'num': return String(r.int(2, 40));
    case 'big': return String(r.int(120, 9800));
    case 'year': return String(r.int(1890, 2024));
    case 'time': return `${r.int(6, 22)}:${r.pick(['00', '15', '30', '45', '05', '50'])}`;
    case 'dob': return `${String(r.int(1, 28)).padStart(2, '0')}.${String(r.int(1, 12)).padStart(2, '0')}.${r.int(1931, 2006)}`;
    case 'age': return String(r.int(19, 94));
    case 'score': return `${r.int(0, 5)}:${r.int(0, 4)}`;
    default: throw new Error('special ' + k);
  }
}

// Sentences of a language for a genre tag
export function sentences(lang, tag) {
  return lang.S.filter((s) => s.split('::')[0].trim().split(/\s+/).includes(tag) || s.split('::')[0].trim().split(/\s+/).includes('*')).map((s) => s.split('::').slice(1).join('::').trim());
}
