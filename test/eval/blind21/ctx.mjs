// Per-document context: shortcuts that produce labelled spans, and key=value renderers for many syntaxes.
import { S, P, L } from './builder.mjs';
import { SECRET, ROTATION_KINDS, caseKey, ODD_KEYS, pemKey, humanPassword, passphrase, strongPassword, machinePassword, jwt } from './secrets.mjs';
import { Deck } from './prng.mjs';

export class Shared { // state shared across documents (decks guarantee coverage)
  constructor(rng, gen, look) {
    this.gen = gen; this.look = look;
    this.secretDeck = new Deck(rng.fork('sec'), ROTATION_KINDS);
    this.lookDeck = new Deck(rng.fork('look'), Object.keys(look));
    this.langDecks = {};
    this.rng = rng;
  }
  langDeck(name, langs) { if (!this.langDecks[name]) this.langDecks[name] = new Deck(this.rng.fork('lang-' + name), langs); return this.langDecks[name]; }
}

export class Ctx {
  constructor(r, sh) { this.r = r; this.sh = sh; this.g = sh.gen; }
  // ---- secrets
  nextSecretKind() { return this.sh.secretDeck.next(); }
  sec(entity, value) {
    entity = entity || this.nextSecretKind();
    const k = SECRET[entity]; if (!k) throw new Error('unknown secret ' + entity);
    return S(entity, value ?? k.g(this.r));
  }
  pem(kind, opts) { return S(kind, pemKey(this.r, kind, opts)); }
  pw(entity = 'ACCOUNT_PASSWORD') { return S(entity, humanPassword(this.r)); }
  urlSafe(v) { return v.replace(/[@:/?#%\[\]\s"'`\\&+=;,<>{}|^~$!*()]/g, (c) => 'xYz7Q'[c.charCodeAt(0) % 5]); }
  keyName(entity, style) {
    const r = this.r; const k = SECRET[entity];
    if (r.chance(0.12)) return r.pick(ODD_KEYS);
    const stem = r.pick(k.stems);
    const casing = { env: 'UPPER', yaml: r.pick(['snake', 'camel', 'snake']), json: r.pick(['camel', 'snake']), toml: r.pick(['snake', 'kebab']), ini: r.pick(['snake', 'dot', 'camel']),
      hcl: 'snake', props: r.pick(['dot', 'kebab']), xml: r.pick(['Pascal', 'camel']), ps: 'Pascal', bat: 'UPPER', reg: r.pick(['Pascal', 'Title']), cli: 'kebab', py: r.pick(['UPPER', 'snake']),
      js: r.pick(['camel', 'UPPER']), go: 'camel', java: 'camel', ruby: 'UPPER', php: 'snake', cs: 'Pascal', docker: 'UPPER', header: 'Title' }[style] || 'snake';
    let key = caseKey(stem, casing);
    if (style === 'header') key = 'X-' + stem.map((w) => w[0].toUpperCase() + w.slice(1)).join('-');
    return key;
  }
  // render one assignment line: returns array of parts (no newline)
  kv(style, key, span, o = {}) {
    const r = this.r; const ind = o.indent || '';
    const q = o.quote ?? r.pick(['"', '"', "'", '']);
    switch (style) {
      case 'env': return [ind, r.chance(0.2) ? 'export ' : '', key, '=', q, span, q];
      case 'yaml': return [ind, key, ': ', q === "'" ? "'" : q, span, q === "'" ? "'" : q];
      case 'json': return [ind, '"', key, '": "', span, '"', o.comma ? ',' : ''];
      case 'toml': return [ind, key, ' = "', span, '"'];
      case 'ini': return [ind, key, r.pick(['=', ' = ', ': ']), span];
      case 'hcl': return [ind, key, ' '.repeat(Math.max(1, (o.align || 0) - key.length + 1)), '= "', span, '"'];
      case 'props': return [ind, key, r.pick(['=', ' = ', ': ']), span];
      case 'xml': return r.chance(0.5) ? [ind, '<add key="', key, '" value="', span, '" />'] : [ind, '<', key, '>', span, '</', key, '>'];
      case 'ps': return [ind, r.chance(0.5) ? `$env:${key.toUpperCase()}` : `$${key}`, ' = ', q === '' ? '"' : q, span, q === '' ? '"' : q];
      case 'bat': return r.chance(0.5) ? [ind, `set ${key}=`, span] : [ind, `set "${key}=`, span, '"'];
      case 'reg': return [ind, '"', key, '"="', span, '"'];
      case 'cli': return [ind, '--', key, r.pick([' ', '=']), span];
      case 'py': return [ind, key, ' = ', q === '' ? '"' : q, span, q === '' ? '"' : q];
      case 'js': return [ind, r.pick(['const ', 'let ', 'export const ']), key, ' = ', q === '' ? "'" : q, span, q === '' ? "'" : q, ';'];
      case 'go': return [ind, key, ' := "', span, '"'];
      case 'java': return [ind, 'private static final String ', key.toUpperCase(), ' = "', span, '";'];
      case 'ruby': return [ind, key, ' = ', "'", span, "'"];
      case 'php': return [ind, "'", key, "' => '", span, "',"];
      case 'cs': return [ind, 'public const string ', key, ' = "', span, '";'];
      case 'docker': return [ind, r.pick(['ENV ', 'ARG ']), key, '=', span];
      case 'header': return [ind, key, ': ', span];
    }
    throw new Error('style ' + style);
  }
  // ---- PII
  person(cid) { return this.g.person(cid, this.r); }
  pname(p, mode) { return P('PERSON', typeof p === 'string' ? p : this.g.name(p, this.r, mode)); }
  pgiven(p) { return P('PERSON', p.script === 'Latn' || this.r.chance(0.5) ? p.given : p.givenLat); }
  email(p) { return P('EMAIL_ADDRESS', this.g.email(p, this.r)); }
  phone(cc, form) { return P('PHONE_NUMBER', this.g.phone(cc, this.r, form).value); }
  loc(v) { return P('LOCATION', v); }
  city(cc) { return P('LOCATION', this.g.city(cc, this.r)); }
  country(lang) { return P('LOCATION', this.g.country(this.r, lang)); }
  addr(cc) { return this.g.address(cc, this.r); }
  // address as parts joined by sep (one line) or newline+indent
  addrParts(a, sep = ', ', prefix = '') { const out = []; a.lines.forEach((ln, i) => { if (i) out.push(sep, prefix); out.push(...ln); }); return out; }
  card(brand) { return P('CREDIT_CARD', this.g.card(this.r, brand).value); }
  iban(cc) { return P('IBAN_CODE', this.g.iban(cc, this.r).value); }
  ssn() { return P('US_SSN', this.g.ssn(this.r)); }
  itin() { return P('US_ITIN', this.g.itin(this.r)); }
  passport() { return P('US_PASSPORT', this.g.usPassport(this.r)); }
  dl() { const x = this.g.usDriverLicense(this.r); return { state: x.state, span: P('US_DRIVER_LICENSE', x.value) }; }
  bank() { return P('US_BANK_NUMBER', this.g.usBank(this.r)); }
  btc() { return P('CRYPTO', this.g.btc(this.r)); }
  dea(last) { return P('MEDICAL_LICENSE', this.g.dea(last, this.r)); }
  nhs(fmt) { return P('UK_NHS', this.g.nhs(this.r, fmt)); }
  ip() { return P('IP_ADDRESS', this.g.ip(this.r)); }
  ip4() { return P('IP_ADDRESS', this.g.ipv4Public(this.r)); }
  // ---- look-alikes
  L(what) { return L(what, this.sh.look[what](this.r)); }
  anyLook() { return this.L(this.sh.lookDeck.next()); }
  date(lang) { return lang ? L('date', dateIn(this.r, lang)) : this.L('date'); }
  ts() { return this.L('timestamp'); }
  price(lang) { return lang ? L('price', priceIn(this.r, lang)) : this.L('price'); }
  // ---- misc
  pick(a) { return this.r.pick(a); }
  chance(p) { return this.r.chance(p); }
  int(a, b) { return this.r.int(a, b); }
  lang(name, langs) { return this.sh.langDeck(name, langs).next(); }
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function dateIn(r, lang) {
  const y = r.int(2019, 2026), m = r.int(1, 12), d = r.int(1, 28); const p = (x) => String(x).padStart(2, '0');
  switch (lang) {
    case 'en': return r.pick([`${d} ${MON[m - 1]} ${y}`, `${MONTH[m - 1]} ${d}, ${y}`, `${m}/${d}/${y}`, `${p(d)}/${p(m)}/${y}`]);
    case 'us': return r.pick([`${MONTH[m - 1]} ${d}, ${y}`, `${m}/${d}/${y}`, `${p(m)}/${p(d)}/${y}`]);
    case 'gb': return r.pick([`${d} ${MONTH[m - 1]} ${y}`, `${p(d)}/${p(m)}/${y}`, `${d} ${MON[m - 1]} ${y}`]);
    case 'de': case 'pl': case 'ru': case 'tr': case 'cs': case 'fi': case 'uk': case 'hu': return `${p(d)}.${p(m)}.${y}`;
    case 'nl': return r.pick([`${p(d)}-${p(m)}-${y}`, `${d}-${m}-${y}`]);
    case 'sv': return `${y}-${p(m)}-${p(d)}`;
    case 'ja': case 'zh': return `${y}年${m}月${d}日`;
    case 'ko': return `${y}년 ${m}월 ${d}일`;
    default: return `${p(d)}/${p(m)}/${y}`;
  }
}
export function priceIn(r, lang) {
  const big = r.int(5, 4999), cents = String(r.int(0, 99)).padStart(2, '0');
  const th = (n, sep) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (lang) {
    case 'en': return r.pick([`$${th(big, ',')}.${cents}`, `£${th(big, ',')}.${cents}`, `€${th(big, ',')}.${cents}`]);
    case 'us': return `$${th(big, ',')}.${cents}`;
    case 'gb': return `£${th(big, ',')}.${cents}`;
    case 'de': case 'nl': case 'es': case 'it': case 'el': return r.pick([`${th(big, '.')},${cents} €`, `€ ${th(big, '.')},${cents}`, `${th(big, '.')},${cents} EUR`]);
    case 'fr': return `${th(big, '\u202f')},${cents} €`;
    case 'pt': return r.pick([`R$ ${th(big, '.')},${cents}`, `${th(big, '.')},${cents} €`]);
    case 'pl': return `${th(big, ' ')},${cents} zł`;
    case 'sv': return `${th(big * 10, ' ')} kr`;
    case 'ru': return `${th(big * 10, ' ')} ₽`;
    case 'tr': return r.pick([`${th(big * 10, '.')},${cents} TL`, `₺${th(big * 10, '.')}`]);
    case 'ja': return r.pick([`¥${th(big * 100, ',')}`, `${th(big * 100, ',')}円`]);
    case 'zh': return r.pick([`¥${th(big, ',')}.${cents}`, `${big}元`]);
    case 'ko': return r.pick([`₩${th(big * 1000, ',')}`, `${th(big * 1000, ',')}원`]);
    case 'ar': return r.pick([`${th(big, ',')} ر.س`, `SAR ${th(big, ',')}`, `AED ${th(big, ',')}.${cents}`]);
    case 'he': return `₪${th(big, ',')}`;
    case 'hi': return `₹${th(big * 10, ',')}`;
    default: return `${th(big, '.')},${cents} €`;
  }
}
