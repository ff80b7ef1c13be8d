// Shared helpers for document kinds: context with seeded people/places, template filling,
// quoting rules per syntax, clock for timestamps.
import { S, P, L, Doc, frag } from './doc.mjs';
import * as PI from './pii.mjs';
import { T, LANG_CULTURES, LANG_COUNTRY, LANGS } from './lang.mjs';
import { LOOK, grp } from './lookalikes.mjs';
import { SECRET_BY, SECRET_DEFS, nextSecretDef, anyPassword, humanPassword, machinePassword, passphrase, privateKeyPem, PEM_KINDS } from './secrets.mjs';
import { CULTURES } from './data_names.mjs';
import { PLACES } from './data_places.mjs';
import { STATS, bump } from './stats.mjs';

export { S, P, L, Doc, frag, T, LANGS, PI };
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');

export class Clock {
  constructor(r, start) { this.r = r; this.t = start ?? r.range(1704067200, 1764547200) * 1000 + r.range(0, 999); }
  step(a = 1, b = 60) { this.t += this.r.range(a * 1000, b * 1000) + this.r.range(0, 999); return this; }
  get d() { return new Date(this.t); }
  iso() { return this.d.toISOString(); }
  isoS() { return this.d.toISOString().replace(/\.\d{3}Z$/, 'Z'); }
  isoOff(off = '+02:00') { const d = new Date(this.t + (off.startsWith('+') ? 1 : -1) * (+off.slice(1, 3)) * 3600000); return d.toISOString().slice(0, 19) + off; }
  sql() { return this.d.toISOString().replace('T', ' ').slice(0, 19); }
  epoch() { return String(Math.floor(this.t / 1000)); }
  epochMs() { return String(this.t); }
  clf() { const d = this.d; return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`; }
  syslog() { const d = this.d; return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`; }
  hm() { const d = this.d; return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`; }
  hms() { const d = this.d; return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`; }
  ymd() { return this.d.toISOString().slice(0, 10); }
  rfc2822() { const d = this.d; return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]}, ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${this.hms()} +0000`; }
  gitDate() { const d = this.d; return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${d.getUTCDate()} ${this.hms()} ${d.getUTCFullYear()} +0000`; }
  local(lang) { const d = this.d; const t = T[lang] || T.en; return t.date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), t.months); }
  dmy(sep = '.') { const d = this.d; return `${p2(d.getUTCDate())}${sep}${p2(d.getUTCMonth() + 1)}${sep}${d.getUTCFullYear()}`; }
  mdy() { const d = this.d; return `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${d.getUTCFullYear()}`; }
}

export const NONLATIN = new Set(['el', 'ru', 'uk', 'ar', 'he', 'hi', 'ta', 'zh', 'ja', 'ko', 'th']);

export class Ctx {
  constructor(r, lang = 'en') { STATS.current.add(lang); this.r = r; this.lang = lang; this.t = T[lang] || T.en; this.clock = new Clock(r); this.people = []; }
  // ----- people
  person(culture) {
    const r = this.r;
    const c = culture || r.pick(LANG_CULTURES[this.lang] || LANG_CULTURES.en);
    const p = PI.person(r, c);
    p.domain = r.pick(PI.COMPANIES)[1];
    this.people.push(p); return p;
  }
  // name as written in this document's language
  nm(p, form) {
    const r = this.r;
    const foreignScript = NONLATIN.has(p.culture) && CULTURES[p.culture].lang !== this.lang;
    const full = foreignScript && r.chance(0.85) ? p.latinFull : p.full;
    const given = foreignScript && r.chance(0.85) ? p.givenLatin : p.given;
    form = form || r.pickW([[6, 'full'], [2, 'given'], [1, 'short'], [1, 'initial']]);
    switch (form) {
      case 'full': return full;
      case 'given': return given;
      case 'short': return p.nick || given;
      case 'initial': return p.east ? full : `${p.given} ${p.family[0]}.`;
      case 'formal': return p.east ? full : p.formal;
      case 'latin': return p.latinFull;
      case 'family': return p.family;
    }
    return full;
  }
  N(p, form) { bump(STATS.cultures, p.culture); return P('PERSON', this.nm(p, form)); }
  E(p, domain) { return P('EMAIL_ADDRESS', PI.emailFor(this.r, p, domain || (this.r.chance(0.6) ? p.domain : undefined))); }
  Ph(cc, intl) {
    cc = cc || this.r.pick(PI.PHONE_CCS);
    const plan = PI.PHONE_PLANS[cc] ? cc : null; if (plan) bump(STATS.phonePlans, plan);
    return P('PHONE_NUMBER', PI.phone(this.r, cc, intl));
  }
  Loc(v) { return P('LOCATION', v); }
  place(cc) { return PI.place(this.r, cc || this.cc()); }
  cc() { const r = this.r; const home = LANG_COUNTRY[this.lang] || 'GB'; return r.chance(0.55) && PLACES[home] ? home : r.pick(PI.ADDRESS_COUNTRIES); }
  city(cc) { const pl = this.place(cc); return P('LOCATION', PI.cityName(pl, this.lang)); }
  country(cc) { return P('LOCATION', PI.countryName(cc || this.r.pick(Object.keys(PLACES)), this.lang)); }
  // ----- look-alikes
  lk(what) { return L(what, LOOK[what](this.r)); }
  reg() { return L('hostname', this.r.pick(['registry.corp.example', 'cr.trellis.example', 'images.internal.test', 'harbor.ops.example', 'oci.kestrel-analytics.example'])); }
  date() { const c = new Clock(this.r); return L('date', c.local(this.lang)); }
  // a price in this document's currency and local number format
  price(lo = 5, hi = 20000) {
    const r = this.r; const a = r.range(lo, hi), cents = r.digits(2);
    if (!this.cur) this.cur = { en: r.pick(['USD', 'GBP']), de: 'EUR', fr: 'EUR', es: 'EUR', it: 'EUR', nl: 'EUR', pt: 'BRL', pl: 'PLN', sv: 'SEK', tr: 'TRY', ja: 'JPY', zh: 'CNY', ko: 'KRW', ru: 'RUB' }[this.lang] || 'EUR';
    const us = grp(a, ','), eu = grp(a, '.');
    const v = { USD: `$${us}.${cents}`, GBP: `£${us}.${cents}`, EUR: r.chance(0.7) ? `${eu},${cents} €` : `€ ${eu},${cents}`, BRL: `R$ ${eu},${cents}`, PLN: `${eu},${cents} zł`, SEK: `${grp(a, ' ')},${cents} kr`,
      TRY: `₺${eu},${cents}`, JPY: `¥${grp(a * 100, ',')}`, CNY: `¥${us}.${cents}`, KRW: `₩${grp(a * 1000, ',')}`, RUB: `${grp(a, ' ')},${cents} ₽` }[this.cur];
    return L('price', v);
  }
  // ----- secrets
  sec(entity) { return S(entity, SECRET_BY[entity].gen(this.r)); }
  secDef(filterName, filter) { return nextSecretDef(this.r, filterName, filter); }
  // ----- template filling
  tpl(str, slots = {}) {
    const d = new Doc(); const r = this.r; this._lastN = null;
    const parts = str.split(/\{(\w+)\}/);
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 0) { d.add(parts[i]); continue; }
      const k = parts[i];
      if (k in slots) { const v = slots[k]; d.add(typeof v === 'function' ? v() : v); continue; }
      d.add(this.slot(k, str));
    }
    return d;
  }
  slot(k, str = '') {
    const r = this.r;
    switch (k) {
      case 'N': { const p = this.person(); this._lastN = p; return this.N(p); }
      case 'N2': return this.N(this.person());
      case 'C': return this.city();
      case 'K': return this.country();
      case 'R': { const pl = this.place(); return P('LOCATION', PI.regionName(pl, this.lang)); }
      case 'S': { const pl = this.place(); return P('LOCATION', PI.streetName(pl, this.lang)); }
      case 'P': return this.Ph();
      case 'E': { const p = str.includes('{N}') && this._lastN ? this._lastN : this.person(); return this.E(p); }
      case 'U': return r.pick(['svc-report', 'admin', 'j.doe', 'backup', 'kiosk01', 'shared-inbox', 'ops', 'finance-ro', 'lager', 'scanner']);
      case 'O': return r.pick(PI.COMPANIES)[0];
      case 'D': return this.date();
      case 'T': return L('timestamp', this.clock.step(60, 7200).hm());
      case 'M': return this.price();
      case 'I': return this.lk('ticket_id');
      case 'V': return this.lk('version');
      case 'H': return this.lk('hostname');
      case 'X': return S('USER_PASSWORD', humanPassword(r));
    }
    throw new Error('slot ' + k);
  }
  mention() { return this.tpl(this.r.pick(this.t.mention)); }
  // a sentence in this language that hands over a secret
  secretProse(span, user) {
    bump(STATS.secretProseLangs, this.lang);
    const slots = { X: span }; if (user) slots.U = user;
    // passwords go with "user ... password" sentences, keys with "here is the key" ones
    const isPw = /PASSWORD|PASSPHRASE/.test(span.entity);
    let pool = this.t.secret.filter((s) => s.includes('{U}') === isPw);
    if (!pool.length) pool = this.t.secret;
    return this.tpl(this.r.pick(pool), slots);
  }
  filler() { return this.tpl(this.r.pick(this.t.filler)); }
}

// ----- quoting helpers ---------------------------------------------------------
const bad = (v) => /["\\\n]/.test(v);
export function assertPlain(v) { if (bad(v)) throw new Error('value needs escaping: ' + v); return v; }
export function yamlQ(r, v) { // returns [open, close]
  if (/^[\w./+=-]+$/.test(v) && !/^[-?]/.test(v) && !/^(true|false|yes|no|null|on|off|~)$/i.test(v) && !/^\d+$/.test(v)) return r.pickW([[3, ['', '']], [1, ['"', '"']], [1, ["'", "'"]]]);
  return v.includes("'") ? ['"', '"'] : r.pick([['"', '"'], ["'", "'"]]);
}
export function envQ(r, v) { if (/^[\w./+=:,@%-]+$/.test(v)) return r.pickW([[4, ['', '']], [1, ['"', '"']], [1, ["'", "'"]]]); return v.includes("'") ? ['"', '"'] : ["'", "'"]; }
export function shQ(r, v) { if (/^[\w./+=:,@%-]+$/.test(v)) return r.pickW([[3, ['', '']], [1, ["'", "'"]], [1, ['"', '"']]]); return ["'", "'"]; }
export const urlSafe = (v) => /^[A-Za-z0-9._~!*+=-]+$/.test(v);
function tryGen(r, gen, ok, what) { for (let i = 0; i < 300; i++) { const v = gen(r); if (ok(v)) return v; } throw new Error('no ' + what + ' value from generator'); }
export function urlPassword(r, gen = anyPassword) { return tryGen(r, gen, urlSafe, 'URL-safe'); }
export function plainSecret(r, gen) { return tryGen(r, gen, (v) => !bad(v), 'plain'); }
// no whitespace or quotes: fits unquoted in env files, Environment= lines, XML attributes
export function tokenSecret(r, gen) { return tryGen(r, gen, (v) => /^[^\s"'`\\<>&]+$/.test(v), 'token-safe'); }

// Render a "key = value" line in a given syntax, with the value as a span.
export function kvLine(r, syntax, key, span, indent = '') {
  const v = span.value;
  switch (syntax) {
    case 'env': { const [o, c] = envQ(r, v); return frag(indent, key, '=', o, span, c, '\n'); }
    case 'export': { const [o, c] = shQ(r, v); return frag(indent, 'export ', key, '=', o, span, c, '\n'); }
    case 'yaml': { const [o, c] = yamlQ(r, v); return frag(indent, key, ': ', o, span, c, '\n'); }
    case 'toml': return frag(indent, key.includes('.') || key.includes('-') ? `"${key}"` : key, ' = ', "'", span, "'\n");
    case 'ini': return frag(indent, key, r.pick([' = ', '=']), span, '\n');
    case 'props': return frag(indent, key, r.pick(['=', ' = ', ': ']), span, '\n');
    case 'json': return frag(indent, `"${key}": "`, span, '"');
    case 'xml': return frag(indent, `<add key="${key}" value="`, span, '" />\n');
    case 'hcl': return frag(indent, key.replace(/[^\w]/g, '_').toLowerCase(), ' = "', span, '"\n');
  }
  throw new Error(syntax);
}

// A PEM private key as span, rendered plain, indented (YAML block) or \n-escaped (JSON).
export function pemSpan(r, kind, mode = 'plain', indent = '  ', opts = {}) {
  const pem = privateKeyPem(r, kind, opts);
  let v = pem;
  if (mode === 'indent') v = pem.split('\n').join('\n' + indent);
  else if (mode === 'json') v = pem.replace(/\n/g, '\\n') + (r.chance(0.7) ? '\\n' : '');
  if (mode === 'json' && v.endsWith('\\n')) { // the trailing \n escape belongs to the string, not the key
    return [S(kind, v.slice(0, -2)), '\\n'];
  }
  return [S(kind, v)];
}
export { SECRET_BY, SECRET_DEFS, nextSecretDef, anyPassword, humanPassword, machinePassword, passphrase, privateKeyPem, PEM_KINDS, LOOK, CULTURES, PLACES, LANG_COUNTRY };

// Private-key kinds come round in turn so that every PEM kind is well represented.
let pemTurn = 0;
export function nextPemKind(allowed = PEM_KINDS) {
  for (let k = 0; k < PEM_KINDS.length; k++) { const e = PEM_KINDS[(pemTurn++) % PEM_KINDS.length]; if (allowed.includes(e)) return e; }
  return allowed[0];
}

// Fill a doc with optional fragments while staying under a byte budget.
export function fill(d, budget, makers, maxTries = 200) {
  let tries = 0;
  while (tries++ < maxTries) {
    const f = makers(); if (!f) break;
    if (d.size() + f.size() > budget) break;
    d.append(f);
  }
  return d;
}
