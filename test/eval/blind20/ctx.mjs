// Shared context for document builders: world-wide decks (so every secret and look-alike kind is
// used about equally), people factories, and helpers that return labelled Items.
import { Deck } from './prng.mjs';
import { S, P, L } from './doc.mjs';
import { makePerson, makeAddress, addrLine, addrBlock, makeCard, formatCard, makeIban, groupIban, makeSsn, makeItin, makePassport, makeDriverLicense, makeBankAccount, makeRouting, makeDea, makeNhs, makeBtc, makeClientIp, COMPANY_DOMAINS } from './pii.mjs';
import { makeName, CULTURES } from './names.mjs';
import { LOCALES } from './places.mjs';
import { SECRET_KINDS, SECRET_BY_ENTITY, TOKEN_KINDS, DBPASS_KINDS, SVCPASS_KINDS, PEM_KINDS, genSecret, styleKey, basicAuth, humanPassword, passphrase, machinePassword } from './secrets.mjs';
import { LOOK, lk, Clock, fmtTs, fmtDate, price, PRICE_BY_LANG, PRICE_FMT } from './lookalikes.mjs';
import { T, LANG_LOCALES, LOCALE_CULTURES } from './lang.mjs';

export class World {
  constructor(rng) {
    this.rng = rng;
    this.decks = {
      token: new Deck(rng.fork('deck-token'), TOKEN_KINDS),
      dbpass: new Deck(rng.fork('deck-dbpass'), DBPASS_KINDS),
      svcpass: new Deck(rng.fork('deck-svcpass'), SVCPASS_KINDS),
      pem: new Deck(rng.fork('deck-pem'), PEM_KINDS),
      jwt: new Deck(rng.fork('deck-jwt'), SECRET_KINDS.filter((k) => k.cat === 'jwt')),
      look: new Deck(rng.fork('deck-look'), Object.keys(LOOK).filter((w) => !['certificate', 'data_uri', 'encrypted_value'].includes(w))),
      culture: new Deck(rng.fork('deck-culture'), Object.keys(CULTURES)),
      locale: new Deck(rng.fork('deck-locale'), Object.keys(LOCALES)),
    };
  }
}

const COMPANIES = {
  en: ['Bluefin CRM Ltd', 'Kestrel Health Inc.', 'Harbour Lane Freight', 'Sunpath Outdoor Co.', 'Riverbank Savings', 'Lumen Analytics'],
  de: ['Nordwind Logistik GmbH', 'Bergblick Reisen AG', 'Stadtwerke Kleinau', 'Holzmann Möbel KG'],
  fr: ['Maison Verte SARL', 'Atelier Lumière', 'Transports Girondins SAS'],
  es: ['Tienda Sol S.L.', 'Distribuciones Alba', 'Clínica Mirador'],
  it: ['Ferramenta Lago srl', 'Studio Aurora'], pt: ['Casa Brisa Ltda.', 'Logística Horizonte'], nl: ['Lumen Analytics BV', 'Fietsfabriek Noord'],
  pl: ['Hurtownia Wisła sp. z o.o.', 'Biuro Rachunkowe Sowa'], sv: ['Nordljus AB'], tr: ['Anadolu Lojistik A.Ş.'], ru: ['ООО «Северный ветер»', 'ТД «Волга»'],
  uk: ['ТОВ «Карпати Трейд»'], el: ['Αιγαίο Εμπορική Α.Ε.'], ar: ['شركة الواحة للتجارة'], he: ['אופק לוגיסטיקה בע״מ'], hi: ['श्री गणेश ट्रेडर्स', 'Sahyadri Exports Pvt Ltd'],
  th: ['บริษัท ทองดี เทรดดิ้ง จำกัด'], zh: ['上海蓝鲸贸易有限公司', '深圳星河科技'], ja: ['株式会社さくら商事', '山光物流株式会社'], ko: ['한빛솔루션 주식회사'], vi: ['Công ty TNHH Sao Mai'], id: ['PT Nusantara Jaya'],
};

// Per-document helper bound to an rng, a language and the world decks.
const DATE_STYLES = { en: ['mdy/', 'iso', 'long'], de: ['dmy.', 'dmy.', 'long', 'iso'], fr: ['dmy/', 'long'], es: ['dmy/', 'long'], it: ['dmy/', 'long'], pt: ['dmy/', 'long'], nl: ['dmy-', 'long'], pl: ['dmy.', 'long'], ru: ['dmy.', 'long'], uk: ['dmy.'], tr: ['dmy.', 'long'], el: ['dmy/', 'long'], sv: ['iso', 'long'], ja: ['cjk', 'ymd/', 'iso'], zh: ['cjk', 'iso'], ko: ['ko', 'iso'], hi: ['dmy/', 'dmy-'], ar: ['dmy/'], he: ['dmy.', 'dmy/'], th: ['dmy/'], vi: ['dmy/'], id: ['dmy/', 'long'] };
export const LANG_CC = { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pl: 'PL', pt: 'PT', sv: 'SE', el: 'GR', en: 'GB', tr: 'TR', ar: 'AE', he: 'IL' };

export class Ctx {
  constructor(rng, world, lang, kind) {
    this.r = rng; this.w = world; this.lang = lang; this.kind = kind;
    this.clock = new Clock(rng);
    this.dstyle = rng.pick(DATE_STYLES[lang] || DATE_STYLES.en);
    this.cur = rng.pick(PRICE_BY_LANG[lang] || PRICE_BY_LANG.en);
  }
  // ---- people
  locFor(lang = this.lang) {
    const r = this.r;
    if (r.chance(0.8) && LANG_LOCALES[lang]) return r.pick(LANG_LOCALES[lang]);
    return this.w.decks.locale.next();
  }
  person(opts = {}) {
    const r = this.r;
    const loc = opts.loc || this.locFor(opts.lang || this.lang);
    let culture = opts.culture;
    if (!culture) culture = r.chance(0.7) && LOCALE_CULTURES[loc] ? r.pick(LOCALE_CULTURES[loc]) : this.w.decks.culture.next();
    return makePerson(r, { ...opts, loc, culture });
  }
  company(lang = this.lang) { return this.r.pick(COMPANIES[lang] || COMPANIES.en); }
  domain() { return this.r.pick(COMPANY_DOMAINS); }
  user(p) {
    const r = this.r;
    const clean = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
    const g = clean(p.givenRoman) || 'u', f = clean(p.familyRoman) || 'x';
    return r.pick([`${g[0]}${f}`, `${f}${g[0]}${r.int(1, 99)}`, `${g.slice(0, 3)}${f.slice(0, 3)}`, `u${r.digits(6)}`, `${g[0]}.${f.slice(0, 5)}`]);
  }
  N(p) { return P('PERSON', p.display); }
  NR(p) { return P('PERSON', p.roman); }
  E(p) { return P('EMAIL_ADDRESS', p.email); }
  Ph(p, intl) { return P('PHONE_NUMBER', intl === undefined ? p.phoneStr : intl ? p.phone.international : p.phone.national); }
  City(p) { return P('LOCATION', p.addr.city); }
  Street(p) { return P('LOCATION', p.addr.street); }
  Country(p) { return P('LOCATION', p.addr.country); }
  addrLine(p, withCountry) { return addrLine(p.addr, withCountry); }
  addrBlock(p, withCountry) { return addrBlock(p.addr, withCountry); }
  loc(v) { return P('LOCATION', v); }
  roleEmail(local) { return P('EMAIL_ADDRESS', `${local || this.r.pick(['noreply', 'billing', 'support', 'ops', 'alerts', 'hr', 'svc-export', 'ci-bot'])}@${this.domain()}`); }
  // ---- PII values
  card(brand, style) { const c = makeCard(this.r, brand); return P('CREDIT_CARD', formatCard(this.r, c.digits, style)); }
  iban(country, grouped) { const v = makeIban(this.r, country); return P('IBAN_CODE', (grouped ?? this.r.chance(0.5)) ? groupIban(v) : v); }
  ssn(style) { return P('US_SSN', makeSsn(this.r, style)); }
  itin() { return P('US_ITIN', makeItin(this.r)); }
  passport() { return P('US_PASSPORT', makePassport(this.r)); }
  dl(state) { const x = makeDriverLicense(this.r, state); return { state: x.state, item: P('US_DRIVER_LICENSE', x.number) }; }
  bank() { return P('US_BANK_NUMBER', makeBankAccount(this.r)); }
  routing() { return makeRouting(this.r); }
  dea(p) { return P('MEDICAL_LICENSE', makeDea(this.r, p ? p.familyRoman : null)); }
  nhs(style) { return P('UK_NHS', makeNhs(this.r, style)); }
  btc(kind) { return P('CRYPTO', makeBtc(this.r, kind)); }
  ip(kind) { return P('IP_ADDRESS', makeClientIp(this.r, kind)); }
  // ---- secrets
  tok(entity) {
    const k = entity ? SECRET_BY_ENTITY[entity] : this.w.decks.token.next();
    return { kind: k, e: k.e, v: genSecret(this.r, k, this.lang), item: null, key: this.r.pick(k.keys || [k.e]) };
  }
  T(entity) { const t = this.tok(entity); return S(t.e, t.v); }
  sec(cat) {
    const k = this.w.decks[cat].next();
    return { kind: k, e: k.e, v: genSecret(this.r, k, this.lang), key: this.r.pick(k.keys || [k.e]) };
  }
  // connection string for a database password kind: returns {e, pieces}
  dsn(entity) {
    const r = this.r;
    const k = entity ? SECRET_BY_ENTITY[entity] : this.w.decks.dbpass.next();
    const pw = S(k.e, genSecret(r, k, this.lang));
    const u = r.pick(['app', 'svc_crm', 'etl', 'report', 'shop', 'analyst', 'billing', 'admin']);
    const h = `${r.pick(['db', 'pg', 'mysql', 'mongo', 'cache', 'mq', 'warehouse'])}-${r.pick(['main', 'replica', 'prod', '01', 'eu'])}.${r.pick(['internal', 'svc', 'prod'])}.example`;
    const db = r.pick(['crm', 'orders', 'support', 'analytics', 'club', 'lms']);
    let pieces;
    switch (k.e) {
      case 'POSTGRES_PASSWORD': pieces = r.pick([[`postgresql://${u}:`, pw, `@${h}:5432/${db}`], [`postgres://${u}:`, pw, `@${h}/${db}?sslmode=require`], [`host=${h} port=5432 dbname=${db} user=${u} password=`, pw], [`jdbc:postgresql://${h}:5432/${db}?user=${u}&password=`, pw]]); break;
      case 'MYSQL_PASSWORD': pieces = r.pick([[`mysql://${u}:`, pw, `@${h}:3306/${db}`], [`mysql+pymysql://${u}:`, pw, `@${h}/${db}?charset=utf8mb4`], [`jdbc:mysql://${h}:3306/${db}?user=${u}&password=`, pw, '&useSSL=true']]); break;
      case 'MONGODB_PASSWORD': pieces = [`mongodb+srv://${u}:`, pw, `@cluster${r.int(0, 3)}.${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongo.example/${db}?retryWrites=true&w=majority`]; break;
      case 'REDIS_PASSWORD': pieces = r.pick([['redis://:', pw, `@${h}:6379/0`], ['rediss://default:', pw, `@${h}:6380`]]); break;
      case 'RABBITMQ_PASSWORD': pieces = [`amqp://${u}:`, pw, `@${h}:5672/${db}`]; break;
      case 'MSSQL_PASSWORD': pieces = [`Server=tcp:${h},1433;Initial Catalog=${db};User ID=${u};Password=`, pw, ';Encrypt=True;TrustServerCertificate=False;']; break;
      case 'ORACLE_PASSWORD': pieces = [`${u}/`, pw, `@//${h}:1521/${db.toUpperCase()}PDB`]; break;
      case 'CLICKHOUSE_PASSWORD': pieces = [`clickhouse://${u}:`, pw, `@${h}:9000/${db}`]; break;
      case 'SNOWFLAKE_PASSWORD': pieces = [`snowflake://${u.toUpperCase()}:`, pw, `@acme-${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 7)}/${db.toUpperCase()}/PUBLIC?warehouse=BI_WH`]; break;
      case 'ELASTICSEARCH_PASSWORD': pieces = ['https://elastic:', pw, `@${h}:9200`]; break;
      default: pieces = [`${k.e.toLowerCase()}://${u}:`, pw, `@${h}`];
    }
    return { e: k.e, pieces, user: u, host: h, pw };
  }
  pem(kindE) { const k = kindE ? SECRET_BY_ENTITY[kindE] : this.w.decks.pem.next(); return { e: k.e, v: genSecret(this.r, k) }; }
  jwt(kindE) { const k = kindE ? SECRET_BY_ENTITY[kindE] : this.w.decks.jwt.next(); return S(k.e, genSecret(this.r, k)); }
  humanPw(lang = this.lang) { return S('USER_PASSWORD', humanPassword(this.r, lang)); }
  phrase(lang = this.lang) { return S('PASSPHRASE', passphrase(this.r, lang)); }
  machinePw(entity, opts) { return S(entity, machinePassword(this.r, opts)); }
  basic(user, pass, entity = 'BASIC_AUTH_CREDENTIALS') { return S(entity, basicAuth(user, pass)); }
  key(name, style) { return styleKey(name, style || this.r.pick(['upper', 'upper', 'lower', 'camel', 'kebab', 'dot'])); }
  // ---- look-alikes
  look(what, o) { return L(what, lk(this.r, what, o)); }
  anyLook() { const w = this.w.decks.look.next(); return L(w, lk(this.r, w, { lang: this.lang })); }
  ts(style) { return L('timestamp', fmtTs(this.r, this.clock.tick(), style)); }
  tsRaw(style) { return fmtTs(this.r, this.clock.tick(), style); }
  date(style) { return L('date', fmtDate(this.r, this.clock.t + this.r.int(-20, 40) * 86400, style || this.dstyle, this.lang)); }
  dateRaw(style, t) { return fmtDate(this.r, t ?? this.clock.t, style || this.dstyle, this.lang); }
  price(amount, lang) {
    if (lang) return L('price', price(this.r, lang, amount));
    const a = amount ?? Math.round(this.r.float() * this.r.pick([50, 300, 2000]) * 100 + 99) / 100;
    return L('price', PRICE_FMT[this.cur](a));
  }
  // ---- text
  say(d, cat, slots, lang = this.lang) {
    const bank = (T[lang] && T[lang][cat]) || T.en[cat];
    const tpl = this.r.pick(bank);
    const need = {};
    for (const m of tpl.matchAll(/\{([a-z0-9]+)\}/g)) {
      if (!(m[1] in need)) {
        const v = slots[m[1]];
        need[m[1]] = typeof v === 'function' ? v() : v;
        if (need[m[1]] === undefined) throw new Error(`slot ${m[1]} missing for ${cat}/${lang}`);
      }
    }
    d.tpl(tpl, need);
    return d;
  }
  // default slot providers for running text
  slots(extra = {}) {
    const c = this;
    const p = () => c.person();
    return {
      name: () => c.N(p()), name2: () => c.N(p()), agent: () => c.N(p()),
      fname: () => c.N(c.person({ gender: 'f' })), fname2: () => c.N(c.person({ gender: 'f' })),
      city: () => c.loc(c.person().addr.city), country: () => { const q = c.person(); return c.loc(q.addr.country); },
      street: () => c.loc(c.person().addr.street), phone: () => c.Ph(p()), email: () => c.E(p()),
      order: () => c.look('order_number'), date: () => c.date(), amount: () => c.price(),
      company: () => c.company(), user: () => c.user(p()), pw: () => c.humanPw(), tok: () => c.T(),
      ...extra,
    };
  }
}
export { S, P, L, fmtTs, fmtDate, styleKey, basicAuth, SECRET_BY_ENTITY };
