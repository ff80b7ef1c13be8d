// Shared shorthands used by the document kinds.
import { R, A, Deck } from './prng.mjs';
import { S, P, L, F, join } from './builder.mjs';
import * as SEC from './secrets.mjs';
import * as PII from './pii.mjs';
import * as LK from './look.mjs';
import { privKeys, wrap } from './keys.mjs';

export { R, A, Deck, S, P, L, F, join, SEC, PII, LK };
const r = (a, n) => R.str(a, n);

// ---- look-alike spans ----
export const lk = (what) => L(what, LK.look(what));
export const lkAny = () => lk(LK.lookDeck.next());
export const ts = (c, fmt = 'iso') => L('timestamp', c[fmt]());

// ---- PII spans ----
export const per = (cult, style) => P('PERSON', PII.name(cult, style));
export const perAny = () => P('PERSON', PII.anyName());
export const perP = (p, style) => P('PERSON', PII.fullName(p, style));
export const em = (p) => P('EMAIL_ADDRESS', PII.email(p));
export const ph = (cc) => P('PHONE_NUMBER', PII.phone(cc));
export const ip = () => P('IP_ADDRESS', PII.clientIp());
export const ip4 = () => P('IP_ADDRESS', PII.ipv4Public());
export const loc = (cc) => P('LOCATION', PII.city(cc));
export const ctry = (cc) => P('LOCATION', PII.country(cc));
export const street = (cc) => P('LOCATION', PII.street(cc));
export const hood = () => P('LOCATION', PII.neighbourhood());
export const cardS = (brand, style) => P('CREDIT_CARD', PII.card(brand, style));
export const ibanS = (cc, g) => P('IBAN_CODE', PII.iban(cc, g));
export const ssnS = (f) => P('US_SSN', PII.ssn(f));
export const itinS = (f) => P('US_ITIN', PII.itin(f));
export const passS = () => P('US_PASSPORT', PII.usPassport());
export const dlS = () => { const d = PII.usDriverLicense(); return { st: d.st, span: P('US_DRIVER_LICENSE', d.v) }; };
export const bankS = () => P('US_BANK_NUMBER', PII.usBankAccount());
export const btcS = () => P('CRYPTO', PII.btc());
export const deaS = (sur) => P('MEDICAL_LICENSE', PII.dea(sur));
export const nhsS = (f) => P('UK_NHS', PII.nhs(f));

// rarer PII entities dealt from a deck so every entity gets used
const RARE = ['CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const rareDeck = new Deck(RARE);
export function rarePii(e = rareDeck.next()) {
  switch (e) {
    case 'CREDIT_CARD': return { e, label: R.pick(['card', 'Card number', 'CC', 'PAN', 'card_no']), span: cardS() };
    case 'IBAN_CODE': return { e, label: R.pick(['IBAN', 'iban', 'bank account (IBAN)', 'refund IBAN']), span: ibanS() };
    case 'US_SSN': return { e, label: R.pick(['SSN', 'ssn', 'Social Security No.', 'SSN/TIN']), span: ssnS() };
    case 'US_ITIN': return { e, label: R.pick(['ITIN', 'itin', 'Taxpayer ID (ITIN)']), span: itinS() };
    case 'US_PASSPORT': return { e, label: R.pick(['US passport', 'passport_no', 'Passport #']), span: passS() };
    case 'US_DRIVER_LICENSE': { const d = dlS(); return { e, label: R.pick([`DL (${d.st})`, 'driver_license', `${d.st} DL#`]), span: d.span }; }
    case 'US_BANK_NUMBER': return { e, label: R.pick(['account #', 'acct_number', 'Bank account', 'checking acct']), span: bankS() };
    case 'CRYPTO': return { e, label: R.pick(['BTC', 'btc_address', 'payout wallet', 'bitcoin']), span: btcS() };
    case 'MEDICAL_LICENSE': return { e, label: R.pick(['DEA', 'DEA #', 'prescriber_dea', 'DEA number']), span: deaS() };
    case 'UK_NHS': return { e, label: R.pick(['NHS no.', 'nhs_number', 'NHS Number']), span: nhsS() };
  }
  throw new Error(e);
}

// ---- secret spans ----
export const sec = (e) => S(e, SEC.gen(e));
export const STYLES = ['env', 'snake', 'camel', 'kebab', 'dot', 'pascal'];
// draw a key/value credential from the catalogue (deck guarantees coverage); key in a given style
export function kv(style, deck) {
  const d = SEC.draw(deck);
  let words = d.k;
  if (!d.c.vendor && R.chance(0.35)) words = R.pick(SEC.ODD_KEYS);
  return { key: SEC.keyName(words, style || R.pick(STYLES)), span: S(d.e, d.v), e: d.e, v: d.v };
}
export function pwKV(style, opts = {}) {
  const e = SEC.pwDeck.next();
  let words = R.pick(SEC.PASSWORD_KINDS[e]);
  let key = SEC.keyName(words, style || R.pick(STYLES));
  if (R.chance(0.12) && e !== 'SNMP_COMMUNITY' && e !== 'WIFI_PSK') key = R.pick(SEC.PW_KEYS_INTL);
  return { key, span: S(e, SEC.pwValue(opts)), e };
}
export const pwS = (e, opts) => S(e, SEC.pwValue(opts));
export const humanPw = (opts) => S('HUMAN_PASSWORD', R.chance(0.8) ? SEC.humanPassword(opts) : SEC.machinePassword({ len: R.int(8, 14), ...opts }));
export const phrase = (opts) => S('PASSPHRASE', SEC.passphrase(opts));
export const connPw = () => S('CONNECTION_STRING_PASSWORD', SEC.pwValue({ urlSafe: true }));
export const urlPw = () => S('URL_USERINFO_PASSWORD', SEC.pwValue({ urlSafe: true }));
export const cliPw = (opts = {}) => S('CLI_PASSWORD', SEC.pwValue({ urlSafe: true, ...opts }));
export const jwtS = () => S('JSON_WEB_TOKEN', SEC.jwtGeneric());
export const basicAuth = (user, pass) => S('BASIC_AUTH_CREDENTIALS', Buffer.from(`${user}:${pass}`).toString('base64'));
export const dockerAuth = (user, pass) => S('DOCKER_REGISTRY_AUTH', Buffer.from(`${user}:${pass}`).toString('base64'));
export const k8sData = (plain) => S('KUBERNETES_SECRET_DATA', Buffer.from(plain).toString('base64'));
export const user = () => R.pick(['admin', 'deploy', 'svc_app', 'app', 'root', 'etl_user', 'ci-bot', 'reporting', 'backup', 'grafana', 'jenkins', 'api', 'postgres', 'webapp', 'readonly', 'replicator', 'metabase']);

// ---- private keys ----
export const PEM_KINDS = {
  PRIVATE_KEY_RSA: () => privKeys.rsa(2048),
  PRIVATE_KEY_PKCS8: () => R.pick([() => privKeys.pkcs8rsa(2048), () => privKeys.pkcs8ec(), () => privKeys.pkcs8ed25519()])(),
  PRIVATE_KEY_EC: () => privKeys.ec(R.chance(0.8) ? 'p256' : 'p384'),
  PRIVATE_KEY_OPENSSH: () => privKeys.openssh(R.chance(0.7) ? 'ed25519' : 'ecdsa', `${user()}@${LK.hostname().split('.')[0]}`),
  PRIVATE_KEY_PGP: () => privKeys.pgp(`${PII.nameLatin()} <${PII.email()}>`),
  PRIVATE_KEY_ENCRYPTED: () => privKeys.encPkcs8(R.pick([138, 1218, 1219])),
};
export const pemDeck = new Deck(['PRIVATE_KEY_RSA', 'PRIVATE_KEY_RSA', 'PRIVATE_KEY_RSA', 'PRIVATE_KEY_PKCS8', 'PRIVATE_KEY_EC', 'PRIVATE_KEY_OPENSSH', 'PRIVATE_KEY_OPENSSH', 'PRIVATE_KEY_PGP', 'PRIVATE_KEY_PGP', 'PRIVATE_KEY_ENCRYPTED', 'PRIVATE_KEY_ENCRYPTED']);
export function pemKey(e, small = false) {
  if (!e) e = small ? R.pick(['PRIVATE_KEY_PKCS8', 'PRIVATE_KEY_EC', 'PRIVATE_KEY_OPENSSH', 'PRIVATE_KEY_EC']) : pemDeck.next();
  if (small && e === 'PRIVATE_KEY_PKCS8') return { e, pem: R.chance(0.5) ? privKeys.pkcs8ec() : privKeys.pkcs8ed25519() };
  if (small && e === 'PRIVATE_KEY_ENCRYPTED') return { e, pem: privKeys.encPkcs8(138) };
  return { e, pem: PEM_KINDS[e]() };
}
// indented block (YAML literal etc.): the first line carries no indent (it follows the key), later lines do
export const indentPem = (pem, ind) => pem.split('\n').join('\n' + ind);
export const escPem = (pem) => pem.split('\n').join('\\n');

// ---- misc ----
// unique names within one document (section names, keys)
export function uniq(list) {
  const left = R.shuffle(list); const used = new Set();
  return (cand) => {
    let n = cand ?? (left.length ? left.pop() : R.pick(list) + '_' + R.int(2, 99));
    while (used.has(n)) n = n + '_' + R.int(2, 9);
    used.add(n); return n;
  };
}
export function cityCountry(cc) {
  cc = cc || R.pick(Object.keys(PII.COUNTRIES).filter((c) => PII.CITIES[c]));
  return [P('LOCATION', PII.city(cc)), R.pick([', ', ' (']), P('LOCATION', PII.country(cc))];
}
export const oauthCode = () => S('OAUTH_AUTHORIZATION_CODE', R.pick([() => R.str(A.alnum, 20), () => '4/0A' + R.str(A.b64url, 60), () => R.str(A.b64url, 43)])());
export const corp = () => R.pick(['acme', 'kestrel', 'nordwind', 'orbitpay', 'lumen', 'tessera', 'brightwave', 'harbor', 'quokka', 'zephyr-labs', 'fjordline', 'sakura-soft', 'andes-data', 'baobab']);
export const dom = () => `${corp()}.${R.pick(['example', 'example', 'test', 'invalid'])}`;
export const host = () => `${R.pick(['db', 'pg', 'mysql', 'redis', 'mq', 'api', 'auth', 'vault', 'kafka', 'smtp', 'ldap', 'minio', 'es'])}${R.pick(['', '-1', '-primary', '.internal', '-prod'])}`.replace('.internal', '') + (R.chance(0.5) ? '.' + dom() : '');
export const words = (n) => Array.from({ length: n }, () => R.pick(['sync', 'batch', 'retry', 'queue', 'cache', 'invoice', 'ledger', 'export', 'webhook', 'tenant', 'report', 'session', 'upload', 'thumbnail', 'payout', 'shipment', 'cart', 'search'])).join(' ');
export const hexs = (n) => r(A.hexl, n);
export const pct = () => `${R.int(0, 100)}%`;
export const dur = () => R.pick([`${R.int(1, 900)}ms`, `${R.int(1, 59)}.${R.int(0, 9)}s`, `${R.int(1, 12)}m${R.int(0, 59)}s`]);
