// Per-document context: PII/secret/look-alike span helpers bound to one RNG and language.
import { Doc, s, p, l, secretValue, keyFor, renderConfig, SYNTAXES, styleKey } from './builder.mjs';
import { LANG, LANG_CULT, LANGS } from './lang.mjs';
import * as P from './pii.mjs';
import { LOOK } from './lookalikes.mjs';
import * as K from './keys.mjs';
import { KIND } from './secrets.mjs';

const EAST = ['JP', 'CN', 'KR'];
export const BRANDS = ['Nordwind Energie', 'Helio Mobile', 'Kasa Bank', 'Parcelio', 'Viaggio Air', 'Brightwater Utilities', 'Mieterportal Rhein', 'Lumen Insurance', 'Tidepool Telecom', 'Orchard Health Clinic', 'Maple Grove Academy', 'ShopNest', 'Quokka Broadband', 'Sakura Denki', 'Atlas Rail', 'Cedar Credit Union'];
const AGENT_CULTS = ['en', 'gb', 'tl', 'pt', 'pl', 'es', 'de', 'fr', 'hi', 'ro', 'sw', 'id', 'ms', 'it'];

export class Ctx {
  constructor(r, lang, cursor) {
    this.r = r; this.d = new Doc(); this.lang = lang; this.L = LANG[lang]; this.cursor = cursor;
    this.clockT = Date.UTC(2026, r.int(0, 11), r.int(1, 28), r.int(7, 17), r.int(0, 59), r.int(0, 59));
    this.cult = r.pick(LANG_CULT[lang]); this.cc = P.CULTURES[this.cult].cc; this.brand = r.pick(BRANDS);
  }
  add(strings, ...v) { this.d.add(strings, ...v); return this; }
  put(...x) { this.d.put(x); return this; }
  person(cult) { return P.person(this.r, cult ?? this.cult); }
  agent() { return P.person(this.r, this.r.pick(AGENT_CULTS)); }
  N(pp) { return p('PERSON', pp.full); }
  F(pp) { return p('PERSON', pp.first); }
  E(pp, dom) { return p('EMAIL_ADDRESS', P.email(this.r, pp, dom)); }
  T(cc) { return p('PHONE_NUMBER', P.phone(this.r, cc ?? this.cc)); }
  A(cc, oneLine = true) {
    cc = cc ?? this.cc; const a = P.address(this.r, cc); const sep = oneLine ? ', ' : '\n';
    if (EAST.includes(cc)) return [a.zip ? a.zip + ' ' : '', p('LOCATION', a.city), ' ', p('LOCATION', a.street), this.r.chance(0.3) ? [sep, p('LOCATION', a.country)] : ''];
    if (['US', 'GB', 'AU', 'CA', 'PH', 'KE', 'IN', 'BD', 'MY'].includes(cc)) return [p('LOCATION', a.street), sep, p('LOCATION', a.city), a.zip ? ' ' + a.zip : '', this.r.chance(0.4) ? [sep, p('LOCATION', a.country)] : ''];
    return [p('LOCATION', a.street), sep, a.zip ? a.zip + ' ' : '', p('LOCATION', a.city), this.r.chance(0.4) ? [sep, p('LOCATION', a.country)] : ''];
  }
  city(cc) { return p('LOCATION', P.address(this.r, cc ?? this.cc).city); }
  country(cc) { return p('LOCATION', P.address(this.r, cc ?? this.cc).country); }
  IP(v6) { return p('IP_ADDRESS', v6 ?? this.r.chance(0.15) ? P.ipv6(this.r) : P.ipv4Public(this.r)); }
  IPpriv() { return p('IP_ADDRESS', P.ipv4Private(this.r)); }
  card(style) { return p('CREDIT_CARD', P.fmtCard(this.r, P.card(this.r), style)); }
  iban(cc) { return p('IBAN_CODE', P.fmtIban(this.r, P.iban(this.r, cc && P.IBAN_COUNTRIES.includes(cc) ? cc : undefined))); }
  ssn() { return p('US_SSN', P.ssn(this.r, this.r.pick(['-', '-', '-', ' ', '']))); }
  itin() { return p('US_ITIN', P.itin(this.r)); }
  passport() { return p('US_PASSPORT', P.usPassport(this.r)); }
  dl() { const x = P.usDriverLicense(this.r); return [x.st, ' ', p('US_DRIVER_LICENSE', x.v)]; }
  bank() { return p('US_BANK_NUMBER', P.usBankAccount(this.r)); }
  btc() { return p('CRYPTO', P.btc(this.r)); }
  dea(last) { return p('MEDICAL_LICENSE', P.dea(this.r, last)); }
  nhs() { return p('UK_NHS', P.nhs(this.r, this.r.chance(0.7))); }
  lk(w) { return l(w, LOOK[w](this.r)); }
  S(e, ctx = 'any') { return s(e, secretValue(this.r, e, ctx)); }
  nk() { return this.cursor.next(); }
  key(e) { return keyFor(this.r, e); }
  // config block with n secrets from the cursor + neutral items + look-alikes
  config(syntax, n, opt = {}) {
    const r = this.r; syntax = syntax ?? r.pick(SYNTAXES); const items = [];
    const neutral = [['host', r.pick(['db-primary', 'crm-db', 'redis', 'mq', '10.20.4.11', 'voice-gw'])], ['port', String(r.pick([5432, 3306, 6379, 5672, 8443, 443]))], ['region', r.pick(['eu-west-1', 'ap-southeast-1', 'us-east-2', 'eu-central-1'])], ['timeout_ms', String(r.int(1, 30) * 1000)], ['log_level', r.pick(['info', 'warn', 'debug'])], ['base_url', `https://${r.pick(['api', 'crm', 'desk'])}.${r.pick(['helio', 'kasa', 'parcelio'])}.example/v2`], ['enabled', 'true']];
    for (const [k, v] of r.sample(neutral, r.int(1, 3))) items.push({ k, v });
    const ctx = syntax === 'xml' ? 'xml' : 'cfg';
    for (let i = 0; i < n; i++) { const e = opt.kinds?.[i] ?? this.nk(); items.push({ k: this.key(e), v: this.S(e, ctx) }); }
    const lw = opt.looks ?? r.int(1, 2);
    for (let i = 0; i < lw; i++) { const w = r.pick(['placeholder', 'env_reference', 'uuid', 'version', 'feature_flag', 'hash', 'aws_example_key']); items.push({ k: { placeholder: 'api_key_staging', env_reference: 'fallback_secret', uuid: 'tenant_id', version: 'client_version', feature_flag: 'feature', hash: 'config_checksum', aws_example_key: 'aws_access_key_id_docs' }[w], v: this.lk(w) }); }
    if (r.chance(0.3)) { const pw = r.pick(LOCAL_KEYS); items.push({ k: pw, lit: true, v: this.S(r.pick(['DATABASE_PASSWORD', 'SMTP_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD', 'ADMIN_PASSWORD']), ctx) }); }
    return renderConfig(r, syntax, r.shuffle(items), opt);
  }
  // private key blocks
  pem(kind, form = 'plain', indent = '') {
    const r = this.r; let v;
    if (kind === 'RSA_PRIVATE_KEY') v = K.rsaKey(r, r.pick([2048, 2048, 1024])).pkcs1;
    else if (kind === 'PKCS8_PRIVATE_KEY') v = r.pick([() => K.rsaKey(r, 2048).pkcs8, () => K.ecKey(r).pkcs8, () => K.ed25519Key(r, 'x').pkcs8])();
    else if (kind === 'EC_PRIVATE_KEY') v = K.ecKey(r).sec1;
    else if (kind === 'OPENSSH_PRIVATE_KEY') v = K.ed25519Key(r, r.pick(['deploy@crm-runner', 'agent-sync', 'backup@kiosk'])).openssh;
    else v = K.pgpKey(r, `${r.pick(['Billing Export', 'Claims Signing', 'KYC Vault'])} <signing@${r.pick(['kasa', 'lumen', 'parcelio'])}.test>`, 1735689600 + r.int(0, 3e7));
    if (form === 'json') v = v.replace(/\n/g, '\\n');
    else if (indent) v = v.split('\n').join('\n' + indent);
    return s(kind, v);
  }
  basic() { const r = this.r; const u = r.pick(['api', 'svc-desk', 'agent.sync', 'admin', 'kyc-bot', 'ivr']); const pw = secretValue(r, r.pick(['SERVICE_ACCOUNT_PASSWORD', 'ADMIN_PASSWORD']), 'cfg').replace(/:/g, ''); return s('BASIC_AUTH_CREDENTIALS', Buffer.from(`${u}:${pw}`).toString('base64')); }
  dockerAuth() { const r = this.r; const u = r.pick(['ci-bot', 'deploy', 'desk-pull']); const pw = r.chance(0.5) ? secretValue(r, 'DOCKER_HUB_PAT', 'cfg') : secretValue(r, 'SERVICE_ACCOUNT_PASSWORD', 'cfg').replace(/:/g, ''); return s('DOCKER_REGISTRY_AUTH', Buffer.from(`${u}:${pw}`).toString('base64')); }
  k8sData(e) { const v = secretValue(this.r, e ?? this.nk(), 'cfg'); return s('KUBERNETES_SECRET_DATA', Buffer.from(v).toString('base64')); }
  // increasing per-document clock; returns a timestamp look-alike (or a plain string for 'hm')
  tick(fmt = 'iso', maxMin = 6) {
    this.clockT += this.r.int(10, maxMin * 60) * 1000; const d = new Date(this.clockT); const z = (n) => String(n).padStart(2, '0');
    const Y = d.getUTCFullYear(), M = z(d.getUTCMonth() + 1), D = z(d.getUTCDate()), h = z(d.getUTCHours()), m = z(d.getUTCMinutes()), s2 = z(d.getUTCSeconds());
    if (fmt === 'hm') return `${h}:${m}`;
    if (fmt === 'wa') return l('timestamp', `${D}/${M}/${String(Y).slice(2)}, ${h}:${m}:${s2}`);
    if (fmt === 'space') return l('timestamp', `${Y}-${M}-${D} ${h}:${m}:${s2}`);
    if (fmt === 'local') return l('timestamp', `${Y}-${M}-${D}T${h}:${m}:${s2}`);
    return l('timestamp', `${Y}-${M}-${D}T${h}:${m}:${s2}Z`);
  }
  ts(fmt) { const r = this.r; const mo = r.int(1, 12), da = r.int(1, 28), h = r.int(7, 22), mi = r.int(0, 59), se = r.int(0, 59); const z = (n) => String(n).padStart(2, '0'); return fmt === 'iso' ? l('timestamp', `2026-${z(mo)}-${z(da)}T${z(h)}:${z(mi)}:${z(se)}Z`) : l('timestamp', `2026-${z(mo)}-${z(da)} ${z(h)}:${z(mi)}`); }
}
const LOCAL_KEYS = ['Passwort', 'mot_de_passe', 'contrasena', 'senha', 'パスワード', '密码', '비밀번호', 'пароль', 'haslo', 'wachtwoord', 'losenord', 'sifre', 'kata_sandi', 'mat_khau', 'heslo', 'jelszo', 'salasana', 'parola'];
export { s, p, l, LANGS, styleKey };
