// Per-document context: the PRNG, the document builder, the text language, and helpers that
// return spans (PII, secrets, look-alikes) rendered for that language.
import { Doc, P, S, L } from './doc.mjs';
import { makePerson, nameText, CULTURES, CULTURE_CODES, fold } from './people.mjs';
import { COUNTRIES, CULTURE_COUNTRY, address, oneLine, VENUES } from './places.mjs';
import { phone as phoneSpan, PLAN_CODES } from './phones.mjs';
import { LANGS, COMPANIES, PRODUCTS, JOB_TITLES, head, money } from './lang.mjs';
import { LOOK } from './lookalikes.mjs';
import * as PII from './pii.mjs';
import { sec, SECRET_BY_ENTITY, secretValue, keyName, pickKind } from './secrets.mjs';

export const LANG_SCRIPT = { en: 'Latin', de: 'Latin', fr: 'Latin', es: 'Latin', pt: 'Latin', it: 'Latin', nl: 'Latin', pl: 'Latin', sv: 'Latin', tr: 'Latin', vi: 'Latin', id: 'Latin',
  ru: 'Cyrillic', uk: 'Cyrillic', el: 'Greek', ar: 'Arabic', he: 'Hebrew', hi: 'Devanagari', ja: 'Japanese', zh: 'Han', ko: 'Hangul' };
const LANG_CULTURES = {};
for (const c of CULTURE_CODES) { const l = CULTURES[c].lang; (LANG_CULTURES[l] ||= []).push(c); }
// languages with text material for each culture language
const TEXT_LANG = (l) => (LANGS[l] ? l : 'en');

export class Ctx {
  constructor(r, kind, opts = {}) {
    this.r = r;
    this.d = new Doc(kind);
    this.kind = kind;
    this.lang = opts.lang || 'en';
    this.n = opts.n || 6;
    this.d.meta.langs.add(this.lang);
  }
  get L() { return LANGS[this.lang] || LANGS.en; }
  setLang(l) { this.lang = l; this.d.meta.langs.add(l); }
  // a person: mostly of a culture that writes this language, sometimes of any culture
  person(code) {
    const r = this.r;
    if (!code) {
      const local = LANG_CULTURES[this.lang] || [];
      code = local.length && r.chance(0.6) ? r.pick(local) : r.pick(CULTURE_CODES);
    }
    return makePerson(r, code);
  }
  countryOf(p) { return CULTURE_COUNTRY[p.culture] || 'US'; }
  // name span; non-Latin names are transliterated in text of another script unless native is asked for
  nm(p, style = 'full', native = null) {
    const r = this.r;
    const useNative = p.script === 'Latin' || LANG_SCRIPT[this.lang] === p.script || (native ?? false);
    let v;
    if (useNative) v = nameText(r, p, style);
    else {
      const gL = p.givenL, fL = p.familyL;
      switch (style) {
        case 'given': case 'nick': v = gL; break;
        case 'family': v = fL || gL; break;
        case 'initial': v = fL ? `${gL[0]}. ${fL}` : gL; break;
        case 'sorted': v = fL ? `${fL}, ${gL}` : gL; break;
        case 'upper': v = fL ? `${fL.toUpperCase()} ${gL}` : gL.toUpperCase(); break;
        default: v = nameText(r, p, 'latin');
      }
    }
    return P('PERSON', v, { culture: p.culture, script: useNative ? p.script : 'Latin' });
  }
  // courtesy form: [title, name] (title unlabelled)
  formal(p) {
    const L = this.L;
    const fam = this.nm(p, 'family');
    if (L.familyOnly) return [fam, L.titleSuffix ? L.titleSuffix[p.gender] : ''];
    return [L.title[p.gender] || '', fam];
  }
  email(p, domain) { return PII.emailFor(this.r, p, domain); }
  phone(p, intl) {
    const r = this.r;
    let cc = p && typeof p === 'object' ? this.countryOf(p) : p;
    if (!cc || !PLAN_CODES.includes(cc) || r.chance(0.3)) cc = r.pick(PLAN_CODES);
    return phoneSpan(r, cc, intl);
  }
  addr(cc) { return address(this.r, cc || this.r.pick(Object.keys(COUNTRIES))); }
  addrLine(cc, sep) { return oneLine(this.addr(cc), sep); }
  city(cc) { return P('LOCATION', this.r.pick(COUNTRIES[cc || this.r.pick(Object.keys(COUNTRIES))].cities)[0]); }
  country(cc, native) {
    const c = COUNTRIES[cc || this.r.pick(Object.keys(COUNTRIES))];
    const nativeOk = /^[\u0000-\u024f\s]+$/.test(c.native) === (LANG_SCRIPT[this.lang] === 'Latin');
    return P('LOCATION', (native ?? (nativeOk && this.r.chance(0.5))) ? c.native : c.en);
  }
  h(key) { return head(this.lang, key); }
  money() { return L('price', money(this.r, this.lang)); }
  venue() { return P('LOCATION', this.r.pick(VENUES)); }
  look(what, ...args) { return L(what, LOOK[what](this.r, ...args)); }
  date() { return this.look('date', this.lang); }
  dob() { // dates of birth are neutral: plain text, not labelled
    const r = this.r, y = r.int(1941, 2008), m = r.int(1, 12), d = r.int(1, 28), Lg = this.L;
    return Lg.date(r, y, m, d, Lg);
  }
  sec(e, ...a) { return sec(this.r, e, ...a); }
  secKind(filter) { return pickKind(this.r, filter); }
  secVal(kind, ...a) { return S(kind.e, secretValue(this.r, kind, ...a)); }
  keyName(kind, style) { return keyName(this.r, kind, style); }
  company() { return L('company_name', this.r.pick(COMPANIES)); }
  product() { return L('product_name', this.r.pick(PRODUCTS)); }
  job() { return L('job_title', this.r.pick(JOB_TITLES[this.lang] || JOB_TITLES.en)); }
  weekday() { return L('weekday_name', this.r.pick(this.L.wd)); }
  month() { return L('month_name', this.r.pick(this.L.mo)); }
  // running prose from a template of the language
  prose(tpl, p) {
    const r = this.r, L = this.L;
    if (!tpl) {
      this._usedProse ||= new Set();
      let pool = L.prose.filter((t) => !this._usedProse.has(t));
      if (!pool.length) { this._usedProse.clear(); pool = L.prose; }
      tpl = r.pick(pool);
      this._usedProse.add(tpl);
    }
    p = p || this.person();
    const out = [];
    for (const tok of tpl.split(/(\{[A-Z](?::[^}]+)?\})/)) {
      if (!tok) continue;
      const m = /^\{([A-Z])(?::([^}]+))?\}$/.exec(tok);
      if (!m) { out.push(tok); continue; }
      switch (m[1]) {
        case 'P': out.push(this.nm(p, r.chance(0.8) ? 'full' : 'initial')); break;
        case 'G': out.push(this.nm(p, 'given')); break;
        case 'F': out.push(...this.formal(p)); break;
        case 'L': out.push(this.city(r.chance(0.6) ? this.countryOf(p) : undefined)); break;
        case 'V': out.push(this.venue()); break;
        case 'K': out.push(this.country(undefined, LANG_SCRIPT[this.lang] !== 'Latin' ? false : undefined)); break;
        case 'T': out.push(this.phone(p)); break;
        case 'E': out.push(this.email(p)); break;
        case 'D': out.push(this.date()); break;
        case 'W': out.push(this.weekday()); break;
        case 'M': out.push(this.month()); break;
        case 'C': out.push(this.company()); break;
        case 'J': out.push(this.job()); break;
        case 'R': out.push(this.product()); break;
        case 'O': out.push(this.look(r.pick(['order_number', 'tracking_number', 'invoice_number']))); break;
        case 'X': out.push(L_('capitalised_word', m[2])); break;
        default: out.push(tok);
      }
    }
    return out;
  }
  greet(p) {
    const r = this.r, L = this.L;
    const tpl = r.pick(L.greet);
    const out = [];
    for (const tok of tpl.split(/(\{[A-Z]+\})/)) {
      if (!tok) continue;
      if (tok === '{G}') out.push(this.nm(p, r.chance(0.3) ? 'nick' : 'given'));
      else if (tok === '{F}') out.push(...this.formal(p));
      else if (tok === '{P}') out.push(this.nm(p, 'full'));
      else if (tok === '{Gx}') out.push(this.nm(p, 'given'));
      else if (tok === '{FT}') out.push(L.FT ? L.FT[p.gender] : '');
      else if (tok === '{FL}') out.push(L.FL ? L.FL[p.gender] : '');
      else out.push(tok);
    }
    return out;
  }
  signoff(p) {
    const r = this.r;
    return [r.pick(this.L.sign), '\n', this.nm(p, r.pick(['given', 'full', 'full', 'nick']))];
  }
}
const L_ = (what, v) => L(what, v);
export { fold };
