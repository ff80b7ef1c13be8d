// Per-document context: the document's language and country, and helpers that
// return labelled fragments (PII, secrets, look-alikes) for the kind builders.
import { S, P, L, F, J } from './doc.mjs';
import { PHRASES } from './phrases.mjs';
import { CULTURES, PLACES, LANG_CULTURES, CULTURE_PLACE } from './locales.mjs';
import * as pii from './pii.mjs';
import { CATALOG, CATALOG_BY_ID, jwt, supabaseServiceKey, humanPassword, passphrase, machinePassword, managerPassword, pin, recoveryCode, totpSeed, styleKey } from './secrets.mjs';
import * as K from './keys.mjs';
import { LOOK, randDate, addDays, addSecs, fmtDate, fmtTime, fmtTimestamp, price as priceStr, fmtPrice, scaleOf, LANG_CURRENCY } from './lookalikes.mjs';
import { B62, ALNUM_LOW, LOWER } from './prng.mjs';

export const COMPANIES = [
  ['Brightwell Analytics', 'brightwell'], ['Kestrel Freight', 'kestrel-freight'], ['Solvana Systems', 'solvana'],
  ['Tessaro Consulting', 'tessaro'], ['Marigold Health Partners', 'marigold-health'], ['Quillon Legal LLP', 'quillon'],
  ['Vireo Insurance', 'vireo-ins'], ['Halcyon Realty', 'halcyon-realty'], ['Orrin Logistics', 'orrin'], ['Paxley Foods', 'paxley'],
  ['Nimbra Software', 'nimbra'], ['Corvell Energy', 'corvell'], ['Lumeo Media', 'lumeo'], ['Fennick Hotels', 'fennick'],
  ['Arbeta Tools', 'arbeta'], ['Zentro Retail', 'zentro'], ['Nordwerk Maschinenbau GmbH', 'nordwerk'], ['Atelier Clairmot SARL', 'clairmot'],
  ['Grupo Vientosur S.L.', 'vientosur'], ['Studio Lanterna S.r.l.', 'lanterna'], ['Vonk & Zee B.V.', 'vonkenzee'], ['Ventaro Oy', 'ventaro'],
  ['Pramenik s.r.o.', 'pramenik'], ['Yelkenli Teknoloji A.Ş.', 'yelkenli'], ['株式会社ソラノワ', 'soranowa'], ['星河数据科技有限公司', 'xinghe-data'],
  ['㈜하늘빛소프트', 'haneulbit'], ['Cascabel Pagos S.A. de C.V.', 'cascabel'], ['Ipê Digital Ltda.', 'ipe-digital'], ['Sarvam Tech Pvt Ltd', 'sarvamtech'],
  ['Oaklet Learning', 'oaklet'], ['Pelorus Bank', 'pelorus-bank'], ['Tidewell Clinic Group', 'tidewell'], ['Amberlane Property', 'amberlane'],
];
const TLDS = ['example', 'test', 'example', 'invalid', 'test'];

const LANG_WEIGHTS = { en: 26, de: 9, fr: 7, es: 7, pt: 5, it: 4, nl: 4, pl: 3, sv: 2, fi: 2, cs: 2, tr: 3, el: 2, ru: 3, uk: 2, ar: 3, he: 2, hi: 2, zh: 3, ja: 4, ko: 3, th: 2, vi: 2, id: 2 };
export function langDeckItems() { const out = []; for (const [l, w] of Object.entries(LANG_WEIGHTS)) for (let i = 0; i < w; i++) out.push(l); return out; }

// key material cache: RSA generation is the slow part, so each document draws a
// fresh key only when it writes one
export class Ctx {
  constructor(r, lang, decks, opts = {}) {
    this.r = r; this.lang = lang; this.decks = decks; this.ph = PHRASES[lang] || PHRASES.en;
    const cultures = LANG_CULTURES[lang];
    this.culture = opts.culture || (lang === 'en' ? r.pick(['us', 'us', 'us', 'gb', 'gb', 'ie', 'au', 'ca', 'in', 'ng', 'ke', 'ph', 'za']) : r.pick(cultures));
    this.cc = CULTURE_PLACE[this.culture];
    this.cur = opts.cur || curFor(this.cc, lang);
    const co = r.pick(COMPANIES);
    this.company = co[0]; this.domain = `${co[1]}.${r.pick(TLDS)}`;
    this.langsUsed = new Set([lang]);
    this.dateSeed = r.int(0, 9); this.h12 = r.chance(0.5); this.priceSeed = r.int(0, 5);
  }
  // ----- people
  person(opts = {}) {
    const r = this.r;
    let c = opts.culture;
    if (!c) c = r.chance(opts.intl ?? 0.3) ? this.decks.culture.next() : this.culture;
    return pii.person(r, c, opts.gender);
  }
  name(p, lang) { return P('PERSON', pii.nameIn(p, lang || this.lang)); }
  given(p, lang) { return P('PERSON', pii.givenIn(p, lang || this.lang)); }
  family(p, lang) { return P('PERSON', pii.familyIn(p, lang || this.lang)); }
  latin(p) { return P('PERSON', p.fullLatin); }
  email(p, domain) { return P('EMAIL_ADDRESS', pii.email(this.r, p, domain === true ? this.domain : domain)); }
  workEmail(p, domain) { return P('EMAIL_ADDRESS', pii.email(this.r, p, domain || this.domain)); }
  phone(cc, style) { return P('PHONE_NUMBER', pii.phone(this.r, cc || this.cc, style)); }
  phoneOf(p, style) { return this.phone(p.place, style); }
  // ----- places
  address(cc, opts) { return pii.address(this.r, cc || this.cc, opts); }
  addrLines(cc, opts) { return this.address(cc, opts).lines; }
  street(cc) { return this.address(cc).street; }
  addrOne(cc, opts) { return J(', ', this.address(cc, opts).lines); }
  city(cc) { const c = pii.city(this.r, cc || this.cc); return P('LOCATION', this.isLocalLang(cc || this.cc) ? c.local : c.en); }
  country(cc) { return P('LOCATION', pii.countryName(cc || this.cc, !this.isLocalLang(cc || this.cc))); }
  isLocalLang(cc) { const c = Object.entries(CULTURE_PLACE).find(([, v]) => v === cc); return c && CULTURES[c[0]].lang === this.lang; }
  // ----- identifiers (PII)
  card(brand, style) { return P('CREDIT_CARD', pii.card(this.r, brand, style).text); }
  iban(cc) { return P('IBAN_CODE', pii.ibanText(this.r, cc || (pii.IBAN_COUNTRIES.includes(this.cc) ? this.cc : undefined))); }
  ssn(style) { return P('US_SSN', pii.ssn(this.r, style)); }
  itin() { return P('US_ITIN', pii.itin(this.r)); }
  passport() { return P('US_PASSPORT', pii.usPassport(this.r)); }
  dl(state) { return P('US_DRIVER_LICENSE', pii.driverLicense(this.r, state).value); }
  bankAcct() { return P('US_BANK_NUMBER', pii.usBankAccount(this.r)); }
  btc(kind) { return P('CRYPTO', pii.btcAddress(this.r, kind)); }
  dea(p) { return P('MEDICAL_LICENSE', pii.deaNumber(this.r, p ? p.familyLatin : 'X')); }
  nhs(style) { return P('UK_NHS', pii.nhsNumber(this.r, style)); }
  ip(kind) { const r = this.r; return P('IP_ADDRESS', kind === 'v4' ? pii.publicIPv4(r) : kind === 'v6' ? pii.ipv6(r) : kind === 'private' ? pii.privateIPv4(r) : pii.clientIp(r)); }
  // ----- look-alikes
  look(what, value) { return L(what, value !== undefined ? value : LOOK[what](this.r)); }
  date(dt, style) { return L('date', fmtDate(this.r, dt || randDate(this.r), this.lang, style, this.dateSeed)); }
  dateIn(dt, lang, style) { return L('date', fmtDate(this.r, dt, lang, style)); }
  time(dt) { return L('time', fmtTime(this.r, dt || randDate(this.r), this.lang, this.h12)); }
  ts(dt, style) { return L('timestamp', fmtTimestamp(this.r, dt || randDate(this.r), style)); }
  price(lo, hi, cur) { return L('price', priceStr(this.r, cur || this.cur, lo, hi, this.priceSeed)); }
  money(amount, cur) { cur = cur || this.cur; return L('price', fmtPrice(this.r, Math.round(amount * scaleOf(cur) * 100) / 100, cur, this.priceSeed)); }
  randDate(a, b) { return randDate(this.r, a, b); }
  addDays(dt, n) { return addDays(dt, n); }
  addSecs(dt, n) { return addSecs(dt, n); }
  invalidCard() { return L('invalid_card', pii.invalidCard(this.r).text); }
  testCard() { return L('vendor_test_card', pii.testCard(this.r).text); }
  invalidIban() { return L('invalid_iban', pii.invalidIban(this.r)); }
  invalidSsn() { return L('invalid_ssn', pii.invalidSsn(this.r)); }
  invalidNhs() { return L('invalid_nhs', pii.invalidNhs(this.r)); }
  publicKey(kind) {
    const r = this.r;
    kind = kind || r.pick(['ssh', 'ssh', 'stripe', 'mapbox', 'recaptcha', 'posthog', 'age', 'pem']);
    if (kind === 'ssh') return L('public_key', K.sshPublicLine(K.ed25519Key(r), r.chance(0.5) ? `${r.pick(['deploy', 'ci', 'laptop', 'build'])}@${r.pick(['ws-07', 'runner-3', 'mbp', 'jumphost'])}` : ''));
    if (kind === 'stripe') return L('public_key', `pk_live_51${r.str(B62, 97)}`);
    if (kind === 'mapbox') return L('public_key', `pk.${Buffer.from(JSON.stringify({ u: 'webmaps', a: 'cl' + r.str(LOWER + '0123456789', 23) })).toString('base64url')}.${r.str(B62 + '-_', 22)}`);
    if (kind === 'recaptcha') return L('public_key', `6L${r.str(B62 + '-_', 5)}AAAAA${r.str(B62 + '-_', 31)}`);
    if (kind === 'posthog') return L('public_key', `phc_${r.str(B62, 43)}`);
    if (kind === 'age') return L('public_key', `age1${r.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`);
    return L('public_key', K.spkiPem(K.ecKey(r)));
  }
  certificate() { const r = this.r; return L('certificate', K.certificatePem(r, K.ecKey(r), `${r.pick(['api', 'portal', 'mail', 'vpn'])}.${r.pick(['corp.test', 'shop.example'])}`, this.company)); }
  // ----- secrets
  sec(id, value) { const e = CATALOG_BY_ID[id]; if (!e) throw new Error('no secret ' + id); return S(id, value !== undefined ? value : e.gen(this.r)); }
  entry(filter) { return this.decks.secret.next(filter); }
  anySecret(cats) { const e = this.entry((x) => !x.url && !x.prefix && x.cat !== 'fixed' && (!cats || cats.includes(x.cat))); return { e, key: styleKey(this.r, this.r.pick(e.keys)), val: S(e.id, e.gen(this.r)) }; }
  userPw(lang) { return S('USER_PASSWORD', humanPassword(this.r, pwLang(lang || this.lang))); }
  managerPw() { return S('USER_PASSWORD', managerPassword(this.r)); }
  passphrase(lang) { return S('PASSPHRASE', passphrase(this.r, pwLang(lang || this.lang))); }
  wifiPw() { return S('WIFI_PASSWORD', this.r.chance(0.5) ? humanPassword(this.r, pwLang(this.lang)) : machinePassword(this.r, this.r.int(12, 20))); }
  pin(n) { return S('PIN_CODE', pin(this.r, n)); }
  doorCode() { return S('DOOR_CODE', this.r.pick([pin(this.r, 4), pin(this.r, 6), `${pin(this.r, 4)}#`, `*${pin(this.r, 4)}`])); }
  recovery(style) { return S('RECOVERY_CODE', recoveryCode(this.r, style)); }
  tempPw() { return S('TEMPORARY_PASSWORD', this.r.pick([machinePassword(this.r, 12), `${this.r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}-${this.r.digits(4)}-${this.r.str('abcdefghjkmnpqrstuvwxyz', 4)}`, humanPassword(this.r)])); }
  meetingPass() { return S('MEETING_PASSCODE', this.r.pick([this.r.digits(6), this.r.str(B62, 8), this.r.str(B62, 6) + this.r.digits(2)])); }
  otp() { return S('ONE_TIME_CODE', this.r.digits(6)); }
  routerPw() { return S('ROUTER_ADMIN_PASSWORD', this.r.chance(0.5) ? humanPassword(this.r) : machinePassword(this.r, 12)); }
  sessionCookie() { return S('SESSION_COOKIE', this.r.pick([this.r.bytes(32).toString('base64url'), `s%3A${this.r.str(B62, 32)}.${this.r.bytes(32).toString('base64').replace(/=+$/, '').replace(/\+/g, '%2B').replace(/\//g, '%2F')}`, this.r.hex(64)])); }
  totp() { return S('TOTP_SECRET', totpSeed(this.r)); }
  jwt(opts) { return S('JWT', jwt(this.r, opts)); }
  supabaseKey() { return S('SUPABASE_SERVICE_ROLE_KEY', supabaseServiceKey(this.r)); }
  basicAuth(user, pass) { return S('BASIC_AUTH_CREDENTIALS', Buffer.from(`${user}:${pass}`).toString('base64')); }
  dockerAuth(user, pass) { return S('DOCKER_REGISTRY_AUTH', Buffer.from(`${user}:${pass}`).toString('base64')); }
  k8sValue(plain) { return S('KUBERNETES_SECRET_VALUE', Buffer.from(plain).toString('base64')); }
  kubeClientKey() { return S('KUBECONFIG_CLIENT_KEY_DATA', Buffer.from(K.ecSec1Pem(K.ecKey(this.r)) + '\n').toString('base64')); }
  // PEM private keys; form: plain | indent:<n> | json
  pemText(kind) {
    const r = this.r;
    switch (kind) {
      case 'rsa': return ['RSA_PRIVATE_KEY', K.rsaPkcs1Pem(K.rsaKey(r, r.chance(0.85) ? 2048 : 3072))];
      case 'ec': return ['EC_PRIVATE_KEY', K.ecSec1Pem(K.ecKey(r, r.chance(0.75) ? 'P-256' : 'P-384'))];
      case 'pkcs8': { const t = r.pick(['rsa', 'ec', 'ed']); const k = t === 'rsa' ? K.rsaKey(r, 2048) : t === 'ec' ? K.ecKey(r) : K.ed25519Key(r); return ['PKCS8_PRIVATE_KEY', K.pkcs8Pem(k)]; }
      case 'openssh': { const k = r.chance(0.8) ? K.ed25519Key(r) : K.rsaKey(r, 2048); return ['OPENSSH_PRIVATE_KEY', K.opensshPrivate(r, k, `${r.pick(['deploy', 'backup', 'ci', 'admin', 'git'])}@${r.pick(['build-07', 'nas', 'bastion', 'ws-114', 'runner'])}`)]; }
      case 'pgp': return ['PGP_PRIVATE_KEY', K.pgpPrivate(r, K.ed25519Key(r), `${r.pick(['Release Signing', 'Backup Key', 'Ops Team', 'Billing Export'])} <${r.pick(['release', 'backup', 'ops', 'billing'])}@${this.domain}>`, r.int(1700000000, 1770000000))];
      default: throw new Error('pem ' + kind);
    }
  }
  pem(kind, form = 'plain') {
    const [id, text] = this.pemText(kind);
    if (form === 'json') return S(id, K.escapePem(text));
    if (form.startsWith('indent:')) return S(id, K.indentPem(text, ' '.repeat(Number(form.split(':')[1]))));
    return S(id, text);
  }
  // ----- misc
  tr(m) { const v = m[this.lang] ?? m.en; return Array.isArray(v) ? this.r.pick(v) : v; }
  pick(a) { return this.r.pick(a); }
  chance(p) { return this.r.chance(p); }
  int(a, b) { return this.r.int(a, b); }
  filler() { return this.r.pick(this.ph.filler); }
  f(k) { return this.ph.f[k]; }
  user(p) { const g = pii.slug(p.givenLatin.split(' ')[0]); const f = pii.slug(p.familyLatin); return this.r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}${this.r.int(1, 99)}`, `${f}_${g[0]}`]); }
  host() { return L('hostname', LOOK.hostname(this.r)); }
}
function pwLang(lang) { return { en: 'en', de: 'de', fr: 'fr', es: 'es', it: 'it', pt: 'pt', nl: 'nl', pl: 'pl', sv: 'sv', tr: 'tr', ru: 'ro', uk: 'ro', ja: 'ja', id: 'id' }[lang] || undefined; }
function curFor(cc, lang) {
  const m = { US: 'USD', GB: 'GBP', IE: 'EUR', AU: 'AUD', CA: 'CAD', IN: 'INR', NG: 'NGN', KE: 'KES', PH: 'USD', ZA: 'ZAR', CH: 'CHF', MX: 'MXN', AR: 'USD', BR: 'BRL', PT: 'EUR', NO: 'EUR', HU: 'EUR', IR: 'USD', EG: 'USD', AE: 'AED' };
  return m[cc] || LANG_CURRENCY[lang] || 'EUR';
}
export { CATALOG, styleKey, K };
