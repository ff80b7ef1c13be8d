// Per-document generation context: random stream, clock, shared decks and helpers that
// render secrets, PII and look-alikes in the syntaxes tools print.
import { S, P, L, jsonEscape, mapFrag, plain } from './builder.mjs';
import { SPEC, DECK_SPECS, styleKey, machinePassword, humanPassword, urlPassword, passphrase, jwt } from './secrets.mjs';
import * as V from './values.mjs';
import { pemWrap, rsaPkcs1, pkcs8Rsa, pkcs8Ed25519, pkcs8Ec, sec1Ec, opensshPrivate, pgpPrivate } from './pem.mjs';
import { COUNTRIES, LANG_COUNTRIES, address, priceText, phone } from './geo.mjs';
import { LANGS, localDate } from './lang.mjs';
import { Deck } from './prng.mjs';

export const COMPANIES = [['Acme Logistics', 'acme'], ['Nordwind Handel GmbH', 'nordwind'], ['Kestrel Labs', 'kestrel'], ['FleetOps', 'fleetops'],
  ['OrbitPay', 'orbitpay'], ['Bluefin Retail', 'bluefin'], ['Sakura Trading K.K.', 'sakura'], ['Helios Health', 'helios'], ['Tundra Analytics', 'tundra'], ['Quokka Shop', 'quokka']];
export const TLDS = ['example', 'test', 'invalid'];

export class Shared {
  constructor(rng) {
    this.rng = rng;
    this.secretDeck = new Deck(rng.fork('secret-deck'), DECK_SPECS);
    this.langDeck = new Deck(rng.fork('lang-deck'), Object.keys(LANGS));
    this.countryDeck = new Deck(rng.fork('country-deck'), Object.keys(COUNTRIES));
    this.pemDeck = new Deck(rng.fork('pem-deck'), ['rsa', 'pkcs8', 'ec', 'openssh', 'pgp']);
  }
  decks() { return [this.secretDeck, this.langDeck, this.countryDeck, this.pemDeck]; }
  snap() { return this.decks().map((d) => d.snap()); }
  restore(s) { this.decks().forEach((d, i) => d.restore(s[i])); }
}

export class Ctx {
  constructor(r, shared, kind) {
    this.r = r; this.sh = shared; this.kind = kind;
    this.clock = new V.Clock(r);
    const [co, slug] = r.pick(COMPANIES);
    this.co = co; this.slug = slug; this.tld = r.pick(TLDS);
    this.dom = `${slug}.${this.tld}`;
  }
  // ---------- secrets ----------
  // draw a deck secret; filter over spec
  sec(filter) {
    const spec = this.sh.secretDeck.next(filter);
    return this.mk(spec);
  }
  mk(specOrName, value) {
    const spec = typeof specOrName === 'string' ? SPEC[specOrName] : specOrName;
    const v = value ?? spec.g(this.r, this);
    const r = this.r;
    return { spec, e: spec.e, v, span: S(spec.e, v), key: (style) => styleKey(r, r.pick(spec.k.length ? spec.k : ['secret']), style) };
  }
  S(e, v) { return S(e, v); }
  // how a secret travels in HTTP: [headerName, prefix]
  authHeader(sp) {
    const h = sp.h;
    const scheme = { bearer: 'Bearer ', token: 'token ', Bot: 'Bot ', SSWS: 'SSWS ', Splunk: 'Splunk ', GenieKey: 'GenieKey ', Token: 'Token ', ApiKey: 'ApiKey ', 'Token token=': 'Token token=', key: 'key=', Authorization: '' };
    if (h in scheme) return ['Authorization', scheme[h]];
    return [h || 'X-Api-Key', ''];
  }
  pw(kind = 'machine') { return kind === 'human' ? humanPassword(this.r) : kind === 'phrase' ? passphrase(this.r) : kind === 'url' ? urlPassword(this.r) : machinePassword(this.r); }
  jwt(o) { return jwt(this.r, o); }
  // PEM private key: returns {e, text}; kind from the shared deck if not given
  pem(kind) {
    const r = this.r;
    const k = kind || this.sh.pemDeck.next();
    switch (k) {
      case 'rsa': return { e: 'RSA_PRIVATE_KEY', text: pemWrap('RSA PRIVATE KEY', rsaPkcs1(r, r.weighted([[5, 2048], [2, 3072], [1, 4096]]))) };
      case 'pkcs8': return { e: 'PKCS8_PRIVATE_KEY', text: pemWrap('PRIVATE KEY', r.pick([() => pkcs8Rsa(r, 2048), () => pkcs8Ed25519(r), () => pkcs8Ec(r)])()) };
      case 'ec': return { e: 'EC_PRIVATE_KEY', text: pemWrap('EC PRIVATE KEY', sec1Ec(r, r.chance(0.8) ? 'p256' : 'p384')) };
      case 'openssh': return { e: 'OPENSSH_PRIVATE_KEY', text: opensshPrivate(r, r.chance(0.75) ? 'ssh-ed25519' : 'ssh-rsa', `${r.pick(['deploy', 'ci', 'backup', 'root', 'git'])}@${r.pick(['build-01', 'bastion', 'laptop', 'runner-7'])}`) };
      default: return { e: 'PGP_PRIVATE_KEY', text: pgpPrivate(r, `${r.pick(['Release Signing', 'Ops Backup', 'Billing Export'])} <${r.pick(['release', 'ops', 'billing'])}@${this.dom}>`) };
    }
  }
  // PEM as fragment in a given style: 'raw' | 'yaml' (indented block, indent string) | 'json' (\n escaped)
  pemFrag(pk, style = 'raw', indent = '') {
    if (style === 'json') return S(pk.e, jsonEscape(pk.text));
    if (style === 'yaml') return S(pk.e, pk.text.split('\n').join('\n' + indent));
    return S(pk.e, pk.text);
  }
  b64(s) { return Buffer.from(s, 'utf8').toString('base64'); }
  basic(user, pw) { return S('BASIC_AUTH_CREDENTIALS', this.b64(`${user}:${pw}`)); }
  dockerAuth(user, pw) { return S('DOCKER_REGISTRY_AUTH', this.b64(`${user}:${pw}`)); }
  k8sData(v) { return S('K8S_SECRET_DATA', this.b64(v)); }
  // ---------- hosts and URLs ----------
  host(kind) {
    const r = this.r;
    const t = kind || r.weighted([[5, 'fqdn'], [2, 'bare'], [1, 'ip']]);
    if (t === 'ip') return V.ipv4Private(r);
    if (t === 'bare') return r.pick(['pg-primary', 'mysql', 'redis', 'rabbitmq', 'mongo-0', 'kafka-1', 'db', 'postgres', 'smtp-relay', 'minio', 'vault', 'nexus', 'registry']);
    return `${r.pick(['db', 'pg', 'mysql', 'api', 'mq', 'cache', 'smtp', 'files', 'auth', 'hooks', 'ingest', 'registry', 'git', 'ci', 'pkgs', 'vault', 'search'])}${r.pick(['', '-prod', '-stg', '-eu', '01', '-primary'])}.${r.pick([this.dom, `internal.${this.dom}`, `${this.slug}-ops.${r.pick(TLDS)}`])}`;
  }
  // scheme://user:PASS@host:port/path with the password labelled by entity e
  urlCred(scheme, e, user, pw, opts = {}) {
    const r = this.r;
    const host = opts.host || this.host();
    const port = opts.port ? `:${opts.port}` : '';
    return [`${scheme}://${user}:`, S(e, pw), `@${host}${port}${opts.path ?? ''}`];
  }
  // ---------- PII ----------
  person(o) { return V.person(this.r, o); }
  lang() { return this.sh.langDeck.next(); }
  country() { return this.sh.countryDeck.next(); }
  countryFor(lang) { return this.r.pick(LANG_COUNTRIES[lang] || ['US']); }
  addr(c, style, withCountry) { return address(this.r, c, style, withCountry); }
  phone(c, form) { return phone(this.r, c, form); }
  ip() { return V.clientIp(this.r); }
  // ---------- look-alikes ----------
  ts(fmt = 'iso') {
    const c = this.clock;
    const f = { iso: () => c.iso(), isos: () => c.iso(false), space: () => c.space(), syslog: () => c.syslog(), clf: () => c.clf(), epoch: () => c.epoch(), ms: () => c.epochMs(), micro: () => c.isoMicro(), offset: () => c.iso(false, false), git: () => c.git(), rfc: () => c.rfc2822(), hms: () => c.hmss() }[fmt];
    return L('timestamp', f());
  }
  date(lang) { return L('date', lang ? localDate(this.r, lang, this.clock.parts()) : this.clock.ymd()); }
  price(cur) { return L('price', priceText(this.r, cur || this.r.pick(['EUR', 'USD', 'GBP']))); }
  tick(a, b) { this.clock.tick(a, b); return this; }
  L(what, v) { return L(what, v); }
  P(e, v) { return P(e, v); }
}

// Render one key/value in a syntax. `val` is a fragment (span or text).
// quote: undefined = random choice appropriate to the syntax.
export function kv(r, syntax, key, val, indent = '', quote) {
  const q = quote ?? r.pick(['"', "'", '']);
  switch (syntax) {
    case 'env': return [indent, r.chance(0.15) ? 'export ' : '', key, '=', q === "'" ? ["'", val, "'"] : q === '"' ? ['"', val, '"'] : val];
    case 'yaml': return [indent, key, ': ', q ? [q, val, q] : val];
    case 'json': return [indent, '"', key, '": "', mapFrag(val, jsonEscape), '",'];
    case 'toml': return [indent, key, ' = ', q === "'" ? ["'", val, "'"] : ['"', val, '"']];
    case 'ini': return [indent, key, r.pick(['=', ' = ']), val];
    case 'props': return [indent, key, r.pick(['=', ' = ', ': ']), val];
    case 'hcl': return [indent, key, ' = "', val, '"'];
    case 'xml': return r.chance(0.5) ? [indent, '<add key="', key, '" value="', val, '" />'] : [indent, '<', key, '>', val, '</', key, '>'];
    case 'py': return [indent, key, ' = ', q === "'" ? ["'", val, "'"] : ['"', val, '"']];
    case 'js': return [indent, key, ': ', q === '"' ? ['"', val, '"'] : q === '`' ? ['`', val, '`'] : ["'", val, "'"], ','];
    case 'go': return [indent, key, ': "', val, '",'];
    case 'docker': return [indent, '-e ', key, '=', val];
    case 'cli': return [indent, '--', key, r.chance(0.5) ? '=' : ' ', val];
    default: return [indent, key, '=', val];
  }
}
export const syntaxStyle = { env: 'SNAKE', yaml: 'snake', json: 'camel', toml: 'snake', ini: 'snake', props: 'dot', hcl: 'snake', xml: 'Pascal', py: 'SNAKE', js: 'camel', go: 'Pascal', docker: 'SNAKE', cli: 'kebab' };
export { V, S, P, L, plain, LANGS, COUNTRIES, priceText, localDate };
