// PII and look-alike value generators.
import { P, L } from './builder.mjs';
import { HEX, B62, B64, UPPER, LOWER, DIGITS, B32, luhnDigit, luhnValid, ibanCheckDigits, IBAN_LENGTHS, ibanValid,
  nhsCheckDigit, deaCheckDigit, itinGroupOk, base58check, bech32Encode, convertBits, sha256 } from './checksums.mjs';
import { uuid4 } from './secrets.mjs';
import { makeName, asciiFold } from './names.mjs';
import { COUNTRIES, phone as phoneOf } from './geo.mjs';
import { pemWrap, certificate, spkiEd25519, spkiRsa, spkiEc, sshPublicBlob } from './pem.mjs';

const hex = (r, n) => r.str(HEX, n);
const pad = (x, n = 2) => String(x).padStart(n, '0');

// ================= PII =================
const CARD_PREFIX = {
  visa: () => ['4'], mc: (r) => [String(r.int(51, 55)), String(r.int(2221, 2720))], amex: (r) => [r.pick(['34', '37'])],
  discover: (r) => [r.pick(['6011', '65', String(r.int(644, 649))])], jcb: (r) => [String(r.int(3528, 3589))], diners: (r) => [r.pick(['36', '300', '305', '38'])],
};
const CARD_LEN = { visa: 16, mc: 16, amex: 15, discover: 16, jcb: 16, diners: 14 };
export function cardDigits(r, brand) {
  const b = brand || r.weighted([[5, 'visa'], [4, 'mc'], [2, 'amex'], [1, 'discover'], [1, 'jcb'], [1, 'diners']]);
  const pre = r.pick(CARD_PREFIX[b](r));
  const body = pre + r.digits(CARD_LEN[b] - pre.length - 1);
  return { digits: body + luhnDigit(body), brand: b };
}
export function formatCard(r, digits, brand) {
  const style = r.weighted([[4, 'space'], [2, 'plain'], [2, 'dash']]);
  if (style === 'plain') return digits;
  const sep = style === 'space' ? ' ' : '-';
  if (brand === 'amex') return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep);
  if (brand === 'diners') return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep);
  return digits.match(/.{1,4}/g).join(sep);
}
export const card = (r, brand) => { const c = cardDigits(r, brand); return P('CREDIT_CARD', formatCard(r, c.digits, c.brand)); };

// BBAN shapes: a = letter, n = digit, c = alphanumeric
const BBAN = { DE: 'n18', GB: 'a4n14', FR: 'n10c11n2', ES: 'n20', IT: 'a1n10c12', NL: 'a4n10', BE: 'n12', AT: 'n16', CH: 'n5c12',
  PL: 'n24', PT: 'n21', IE: 'a4n14', SE: 'n20', DK: 'n14', NO: 'n11', FI: 'n14', LU: 'n3c13', CZ: 'n20', SK: 'n20', HU: 'n24',
  RO: 'a4c16', GR: 'n7c16', TR: 'n5n1c16', SA: 'n2c18', AE: 'n19', IL: 'n19', BR: 'n23a1c1', UA: 'n6c19', HR: 'n17', SI: 'n15', LT: 'n16', EE: 'n16' };
const GB_BANKS = ['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK', 'MONZ'];
const IE_BANKS = ['AIBK', 'BOFI', 'IPBS'];
const NL_BANKS = ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB'];
function bban(r, cc) {
  let out = '';
  for (const [, t, n] of BBAN[cc].matchAll(/([anc])(\d+)/g)) {
    const k = Number(n);
    out += t === 'n' ? r.digits(k) : t === 'a' ? r.str(UPPER, k) : r.str(UPPER + DIGITS, k);
  }
  if (cc === 'GB') out = r.pick(GB_BANKS) + out.slice(4);
  if (cc === 'IE') out = r.pick(IE_BANKS) + out.slice(4);
  if (cc === 'NL') out = r.pick(NL_BANKS) + out.slice(4);
  if (cc === 'TR') out = out.slice(0, 5) + '0' + out.slice(6);
  return out;
}
export function ibanString(r, cc) {
  const b = bban(r, cc);
  const s = cc + ibanCheckDigits(cc, b) + b;
  if (s.length !== IBAN_LENGTHS[cc]) throw new Error('iban length ' + cc);
  return s;
}
export const groupIban = (s) => s.match(/.{1,4}/g).join(' ');
export const iban = (r, cc) => { const s = ibanString(r, cc); return P('IBAN_CODE', r.chance(0.55) ? groupIban(s) : s); };
export const IBAN_COUNTRIES = Object.keys(BBAN);

export function ssnString(r) {
  let a; do { a = r.int(1, 899); } while (a === 666);
  const s = [pad(a, 3), pad(r.int(1, 99)), pad(r.int(1, 9999), 4)];
  return r.weighted([[6, s.join('-')], [1, s.join(' ')], [1, s.join('')]]);
}
export const ssn = (r) => P('US_SSN', ssnString(r));
export function itinString(r) {
  let g; do { g = r.int(50, 99); } while (!itinGroupOk(g));
  const s = [`9${r.digits(2)}`, pad(g), r.digits(4)];
  return r.chance(0.85) ? s.join('-') : s.join('');
}
export const itin = (r) => P('US_ITIN', itinString(r));
export const usPassport = (r) => P('US_PASSPORT', r.chance(0.6) ? `${r.int(1, 9)}${r.digits(8)}` : `${r.pick(['A', 'C', 'E', 'F', 'H', 'Z'])}${r.digits(8)}`);
const DL = {
  CA: (r) => `${r.pick(UPPER.split(''))}${r.digits(7)}`, NY: (r) => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, FL: (r) => `${r.pick(UPPER.split(''))}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`,
  TX: (r) => r.digits(8), IL: (r) => `${r.pick(UPPER.split(''))}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, WA: (r) => `WDL${r.str(UPPER + DIGITS, 9)}`,
  PA: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, OH: (r) => `${r.str(UPPER, 2)}${r.digits(6)}`, NJ: (r) => `${r.pick(UPPER.split(''))}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`,
  MI: (r) => `${r.pick(UPPER.split(''))} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, AZ: (r) => `${r.pick(['A', 'B', 'D'])}${r.digits(8)}`, OR: (r) => r.digits(7),
};
export function usDL(r) { const st = r.pick(Object.keys(DL)); return { state: st, span: P('US_DRIVER_LICENSE', DL[st](r)) }; }
export const usBank = (r) => P('US_BANK_NUMBER', r.digits(r.int(8, 17)));
export const ABA = (r) => { const d = r.digits(8); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += w[i] * Number(d[i]); return d + ((10 - (s % 10)) % 10); };

export function btcString(r) {
  const kind = r.weighted([[3, 'p2pkh'], [2, 'p2sh'], [4, 'p2wpkh'], [1, 'p2tr']]);
  if (kind === 'p2pkh') return base58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
  if (kind === 'p2sh') return base58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
  if (kind === 'p2wpkh') return bech32Encode('bc', [0, ...convertBits(r.bytes(20), 8, 5, true)]);
  return bech32Encode('bc', [1, ...convertBits(r.bytes(32), 8, 5, true)], true);
}
export const btc = (r) => P('CRYPTO', btcString(r));

export function deaString(r, lastName) {
  const first = r.pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']);
  const ln = asciiFold(lastName || 'X').toUpperCase().replace(/[^A-Z]/g, '');
  const second = ln[0] || '9';
  const six = r.digits(6);
  return first + second + six + deaCheckDigit(six);
}
export const dea = (r, lastName) => P('MEDICAL_LICENSE', deaString(r, lastName));
export function nhsString(r) {
  let nine, c;
  do { nine = String(r.int(4, 9)) + r.digits(8); c = nhsCheckDigit(nine); } while (c === null);
  const d = nine + c;
  return r.weighted([[5, `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`], [1, `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`], [2, d]]);
}
export const nhs = (r) => P('UK_NHS', nhsString(r));

const PUB_V4 = [23, 31, 37, 46, 62, 77, 81, 84, 89, 91, 95, 109, 141, 151, 176, 178, 185, 188, 193, 194, 203, 212, 213, 217, 45, 66, 98, 104, 138, 161, 187, 190, 200, 201];
export function ipv4Public(r) {
  const a = r.pick(PUB_V4);
  if (a === 203 && r.chance(0.5)) return `203.0.113.${r.int(1, 254)}`;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
export function ipv4Private(r) {
  return r.pick([() => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `192.168.${r.int(0, 255)}.${r.int(1, 254)}`])();
}
export function ipv6(r) {
  const g = () => r.int(0, 0xffff).toString(16);
  return r.pick([() => `2001:db8:${g()}:${g()}::${g()}`, () => `2a02:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`, () => `2600:1f18:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`, () => `fd${hex(r, 2)}:${g()}:${g()}::${g()}`, () => `2804:${g()}:${g()}:${g()}::${g()}`])();
}
export const clientIp = (r) => P('IP_ADDRESS', r.weighted([[6, ipv4Public(r)], [2, ipv4Private(r)], [2, ipv6(r)]]));

export const EMAIL_DOMAINS = ['postbox.example', 'inbox.test', 'mailbox.example', 'correo-rapido.example', 'hallo-mail.test', 'webpost.invalid',
  'kundenmail.example', 'posta.test', 'yubin.example', 'pochta.example', 'mymail.invalid', 'courriel.test', 'caixa.example', 'surat.test'];
export const COMPANY_DOMAINS = ['acme-logistics.example', 'nordwind-handel.example', 'kestrel-labs.test', 'fleetops.example', 'orbitpay.example',
  'bluefin-retail.test', 'sakura-trading.example', 'helios-health.example', 'tundra-analytics.test', 'quokka-shop.example', 'corp.invalid'];
export function emailFor(r, person, domain) {
  const f = person.firstL.replace(/[^a-z]/g, '') || 'user', l = person.lastL.replace(/[^a-z]/g, '') || 'x';
  const dom = domain || r.pick(r.chance(0.5) ? EMAIL_DOMAINS : COMPANY_DOMAINS);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${r.int(1, 99)}`, `${l}.${f}`, `${f}_${l}${r.int(70, 99)}`, `${f}.${l}+${r.pick(['orders', 'shop', 'news', 'work'])}`, `${f[0]}.${l}`, `${l}${f[0]}`]);
  return local + '@' + dom;
}
export const email = (r, person, domain) => P('EMAIL_ADDRESS', emailFor(r, person, domain));

// A person with everything a business document may need.
export function person(r, opts = {}) {
  const country = opts.country || r.pick(Object.keys(COUNTRIES));
  const culture = opts.culture || r.pick(COUNTRIES[country].cultures);
  const nm = makeName(r, culture);
  const p = { ...nm, country, lang: opts.lang || COUNTRIES[country].lang };
  p.emailStr = emailFor(r, nm, opts.domain);
  p.user = r.pick([`${nm.firstL}.${nm.lastL}`, `${nm.firstL[0]}${nm.lastL}`, `${nm.lastL}${r.int(1, 99)}`, `${nm.firstL}${r.int(1980, 2005)}`]).replace(/[^a-z0-9._]/g, '');
  p.name = () => P('PERSON', nm.full);
  p.firstName = () => P('PERSON', nm.familyFirst && nm.script !== 'Latin' ? nm.full : nm.first);
  p.email = () => P('EMAIL_ADDRESS', p.emailStr);
  p.phone = (form) => phoneOf(r, country, form);
  return p;
}

// ================= look-alikes =================
export const gitSha = (r, short) => hex(r, short ? r.pick([7, 8, 10, 12]) : 40);
export const uuid7 = (r) => { const h = hex(r, 32); return `01${hex(r, 1)}${r.pick(['9', 'a', 'b', 'c'])}${h.slice(4, 8)}-${h.slice(8, 12)}-7${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };
export const uuid = (r) => (r.chance(0.7) ? uuid4(r) : uuid7(r));
export const digest = (r) => `sha256:${hex(r, 64)}`;
export const integrity = (r) => r.weighted([[4, `sha512-${r.bytes(64).toString('base64')}`], [1, `sha384-${r.bytes(48).toString('base64')}`], [1, `sha256-${r.bytes(32).toString('base64')}`]]);
export function passwordHash(r) {
  const b64c = './' + UPPER + LOWER + DIGITS;
  return r.pick([
    () => `$2b$${r.pick(['10', '12', '12', '14'])}$${r.str(b64c, 53)}`,
    () => `$2y$10$${r.str(b64c, 53)}`,
    () => `$argon2id$v=19$m=${r.pick(['65536', '19456', '47104'])},t=${r.int(2, 4)},p=${r.int(1, 4)}$${r.bytes(16).toString('base64').replace(/=+$/, '')}$${r.bytes(32).toString('base64').replace(/=+$/, '')}`,
    () => `pbkdf2_sha256$${r.pick(['600000', '870000', '720000'])}$${r.str(B62, 22)}$${r.bytes(32).toString('base64')}`,
    () => `$6$${r.str(b64c, 16)}$${r.str(b64c, 86)}`,
    () => `{SSHA}${r.bytes(24).toString('base64')}`,
  ])();
}
export const fileHash = (r) => r.pick([() => hex(r, 64), () => hex(r, 32), () => hex(r, 40)])();
export function certPem(r, cn, org) { return pemWrap('CERTIFICATE', certificate(r, cn, org)); }
export function sshPub(r, comment) {
  const t = r.weighted([[3, 'ssh-ed25519'], [1, 'ssh-rsa'], [1, 'ecdsa-sha2-nistp256']]);
  return `${t} ${sshPublicBlob(t, r).toString('base64')}${comment ? ' ' + comment : ''}`;
}
export function pemPublic(r) { return pemWrap('PUBLIC KEY', r.pick([() => spkiEd25519(r), () => spkiEc(r), () => spkiRsa(r, 2048)])()); }
export function publishableKey(r) {
  return r.pick([
    () => `pk_live_${r.chance(0.5) ? '51' + r.str(B62, 97) : r.str(B62, 24)}`,
    () => `pk_test_${r.str(B62, 24)}`,
    () => `pk.${Buffer.from(JSON.stringify({ u: r.pick(['acme-maps', 'fleetops']), a: r.str(LOWER + DIGITS, 25) })).toString('base64url')}.${r.str(B62 + '-_', 22)}`,
    () => `phc_${r.str(B62, 43)}`,
    () => bech32Encode('age', convertBits(r.bytes(32), 8, 5, true)),
    () => r.bytes(32).toString('base64'),
  ])();
}
export const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxx', 'sk-...', 'REPLACE_ME', 'your-api-key-here', '<redacted>', '********', 'TODO', 'dummy',
  'xxxxxxxxxxxxxxxxxxxx', '<SECRET>', 'insert-key', '{{API_KEY}}', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'sk_live_xxx', 'AKIA................', '<paste here>',
  'hunter2-not-real', 'none', 'null', 'secret', 'password', 'p4ssw0rd-placeholder', 'REDACTED', '<ask-in-#ops>', '__SET_IN_VAULT__', 'à-remplir', 'bitte-ausfüllen', '请填写'];
export const placeholder = (r) => r.pick(PLACEHOLDERS);
export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export function envRef(r, name) {
  const n = name || r.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'REDIS_URL', 'SECRET_KEY', 'AWS_SECRET_ACCESS_KEY', 'OPENAI_API_KEY', 'SLACK_TOKEN']);
  return r.pick([`\${${n}}`, `$${n}`, `\${{ secrets.${n} }}`, `{{ .Values.${n.toLowerCase().replace(/_(.)/g, (_, c) => c.toUpperCase())} }}`, `%(${n})s`, `\${env:${n}}`, `\${${n}:-}`, `{{ env "${n}" }}`, `$(${n})`, `secretRef:${n.toLowerCase().replace(/_/g, '-')}`, `\${{ vars.${n} }}`, `os.environ["${n}"]`, `process.env.${n}`]);
}
export const orderNo = (r) => r.pick([() => `ORD-2026-${r.digits(6)}`, () => `#${r.int(100000, 999999)}`, () => `SO-${r.digits(5)}`, () => `${r.str(UPPER, 2)}-${r.digits(4)}-${r.digits(4)}`, () => `A${r.digits(9)}`, () => `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`])();
export const trackingNo = (r) => r.pick([() => `1Z${r.str(UPPER + DIGITS, 6)}${r.digits(10)}`, () => r.digits(12), () => `9400${r.digits(18)}`, () => `JD01${r.digits(16)}`, () => `${r.str(UPPER, 2)}${r.digits(9)}${r.pick(['DE', 'GB', 'FR', 'NL', 'JP', 'CN'])}`, () => r.digits(10)])();
export const version = (r) => r.pick([() => `v${r.int(0, 4)}.${r.int(0, 40)}.${r.int(0, 20)}`, () => `${r.int(1, 24)}.${r.int(0, 19)}.${r.int(0, 12)}`, () => `2026.${r.int(1, 12)}.${r.int(0, 9)}`, () => `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`])();
export const buildNo = (r) => r.pick([() => `#${r.int(1000, 99999)}`, () => `${r.int(2026, 2026)}${pad(r.int(1, 6))}${pad(r.int(1, 28))}.${r.int(1, 30)}`, () => String(r.int(1000000000, 9999999999))])();
export const coords = (r) => { const la = (r.int(-60000000, 70000000) / 1e6).toFixed(r.pick([4, 5, 6])), lo = (r.int(-170000000, 170000000) / 1e6).toFixed(r.pick([4, 5, 6])); return r.pick([`${la}, ${lo}`, `${la},${lo}`]); };
export function isbn(r) { const b = `978${r.int(0, 1)}${r.digits(8)}`; let s = 0; for (let i = 0; i < 12; i++) s += Number(b[i]) * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; const d = b + c; return r.chance(0.5) ? `${d.slice(0, 3)}-${d[3]}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d[12]}` : d; }
export const hexColor = (r) => `#${hex(r, 6)}`;
export function invalidCard(r) {
  const c = cardDigits(r);
  const bad = c.digits.slice(0, -1) + ((Number(c.digits.slice(-1)) + r.int(1, 9)) % 10);
  return formatCard(r, bad, c.brand);
}
export function invalidIban(r, cc) {
  const s = ibanString(r, cc || r.pick(IBAN_COUNTRIES));
  const ck = (Number(s.slice(2, 4)) + r.int(1, 40)) % 97;
  let bad = s.slice(0, 2) + pad(ck < 2 ? ck + 2 : ck) + s.slice(4);
  if (ibanValid(bad)) bad = s.slice(0, 2) + pad((Number(s.slice(2, 4)) + 50) % 97 || 3) + s.slice(4);
  return r.chance(0.5) ? groupIban(bad) : bad;
}
export function invalidSsn(r) {
  return r.pick([() => `000-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`, () => `666-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`,
    () => `${pad(r.int(1, 899), 3)}-00-${pad(r.int(1, 9999), 4)}`, () => `${pad(r.int(1, 665), 3)}-${pad(r.int(1, 99))}-0000`,
    () => `9${r.digits(2)}-${pad(r.pick([0, 1, 12, 33, 44, 49, 66, 67, 68, 69, 89, 93]))}-${pad(r.int(1, 9999), 4)}`])();
}
export function invalidNhs(r) {
  let nine, c;
  do { nine = String(r.int(4, 9)) + r.digits(8); c = nhsCheckDigit(nine); } while (c === null);
  const bad = nine + ((Number(c) + r.int(1, 9)) % 10);
  return r.chance(0.6) ? `${bad.slice(0, 3)} ${bad.slice(3, 6)} ${bad.slice(6)}` : bad;
}
export const VENDOR_TEST_CARDS = ['4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '378282246310005', '6011111111111117',
  '3566002020360505', '30569309025904', '4111111111111111', '5105105105105100', '4000002500003155', '4000000000009995'];
export const vendorTestCard = (r) => { const d = r.pick(VENDOR_TEST_CARDS); return r.chance(0.5) ? d : d.length === 16 ? d.match(/.{4}/g).join(' ') : d; };
export const dataUri = (r) => `data:${r.pick(['image/png', 'image/gif', 'image/svg+xml', 'font/woff2'])};base64,${r.pick(['iVBORw0KGgoAAAANSUhEUgAA', 'R0lGODlhAQABAIAAAP', 'PHN2ZyB4bWxucz0i', 'd09GMgABAAAAA'])}${r.bytes(r.int(30, 90)).toString('base64').replace(/=+$/, '')}`;
export const resourceVersion = (r) => String(r.int(100000, 99999999));
export const requestId = (r) => r.pick([() => `req_${r.str(B62, 24)}`, () => uuid4(r), () => `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}`, () => `Root=1-${hex(r, 8)}-${hex(r, 24)}`, () => `rid-${r.str(LOWER + DIGITS, 16)}`, () => `${r.str(UPPER + DIGITS, 26)}`])();
export const crmId = (r) => r.pick([() => `003${r.str(B62, 12)}${r.str(UPPER, 3)}`, () => `CUS-${r.digits(6)}`, () => `cus_${r.str(B62, 14)}`, () => `HS-${r.digits(9)}`, () => `C${r.digits(8)}`, () => `lead_${r.str(LOWER + DIGITS, 10)}`, () => `zd-user-${r.digits(11)}`])();
export const traceId = (r) => hex(r, 32);
export const spanId = (r) => hex(r, 16);
export const awsAccount = (r) => String(r.int(100000000000, 999999999999));
export const arn = (r, acct) => { const a = acct || awsAccount(r); const reg = r.pick(['eu-west-1', 'us-east-1', 'eu-central-1', 'ap-northeast-1', 'us-west-2']);
  return r.pick([`arn:aws:iam::${a}:role/${r.pick(['deploy', 'ci-runner', 'app-task', 'readonly-audit'])}`, `arn:aws:s3:::${r.pick(['acme-artifacts', 'kestrel-logs', 'nordwind-backups'])}-${r.digits(4)}`,
    `arn:aws:kms:${reg}:${a}:key/${uuid4(r)}`, `arn:aws:secretsmanager:${reg}:${a}:secret:${r.pick(['prod/db', 'stg/api', 'prod/stripe'])}-${r.str(B62, 6)}`,
    `arn:aws:lambda:${reg}:${a}:function:${r.pick(['thumbnailer', 'order-sync', 'webhook-relay'])}`, `arn:aws:ecs:${reg}:${a}:task/${r.pick(['prod', 'batch'])}/${hex(r, 32)}`]); };
export const fingerprint = (r) => r.pick([() => `SHA256:${r.bytes(32).toString('base64').replace(/=+$/, '')}`, () => `MD5:${hex(r, 32).match(/../g).join(':')}`, () => hex(r, 40).toUpperCase().match(/../g).join(':'), () => `${hex(r, 40).toUpperCase().match(/.{4}/g).join(' ')}`])();
export const checksum = (r) => r.pick([() => r.bytes(4).toString('base64'), () => hex(r, 8), () => r.bytes(16).toString('base64'), () => `crc32c:${hex(r, 8)}`, () => `md5:${hex(r, 32)}`])();
export function masked(r, kind) {
  const k = kind || r.pick(['card', 'sk', 'aws', 'gh', 'iban', 'phone', 'stars', 'email']);
  switch (k) {
    case 'card': return r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `${r.pick(['4', '5', '3'])}${r.digits(5)}******${r.digits(4)}`]);
    case 'sk': return `sk_live_${'•'.repeat(r.int(4, 12))}${r.str(B62, 4)}`;
    case 'aws': return `AKIA${'*'.repeat(12)}${r.str(B32, 4)}`;
    case 'gh': return `ghp_${'*'.repeat(r.int(8, 32))}${r.str(B62, 4)}`;
    case 'iban': return `${r.pick(['DE', 'FR', 'NL', 'GB'])}${r.digits(2)} **** **** **** ${r.digits(2)}`;
    case 'phone': return `+${r.int(1, 99)} *** *** ${r.digits(2)}${r.digits(2)}`;
    case 'email': return `${r.pick(LOWER.split(''))}***@${r.pick(['postbox.example', 'inbox.test'])}`;
    default: return r.pick(['***', '********', '[MASKED]', '<hidden>', '****' + r.str(LOWER + DIGITS, 4)]);
  }
}
export const keyId = (r) => r.pick([() => `AC${hex(r, 32)}`, () => `rzp_live_${r.str(B62, 14)}`, () => `mrk-${hex(r, 32)}`, () => `kid-${r.str(LOWER + DIGITS, 12)}`, () => `SK${hex(r, 32)}`, () => `app_${r.str(UPPER + DIGITS, 10)}`])();
export const containerId = (r) => hex(r, r.pick([12, 64]));
export const instanceId = (r) => `i-0${hex(r, 16)}`;
export const cloudResId = (r) => `${r.pick(['vpc', 'subnet', 'sg', 'ami', 'vol', 'eni', 'snap', 'igw', 'rtb', 'nat'])}-0${hex(r, 16)}`;
export const podName = (r, app) => `${app || r.pick(['checkout-api', 'orders-worker', 'ledger', 'gateway', 'search-indexer', 'notif'])}-${hex(r, r.pick([9, 10]))}-${r.str('bcdfghjklmnpqrstvwxz2456789', 5)}`;
export const objectId = (r) => hex(r, 24);
export const ulid = (r) => `01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`;
export const snowflake = (r) => `1${r.digits(r.int(17, 18))}`;
export const invoiceNo = (r) => r.pick([() => `INV-2026-${r.digits(5)}`, () => `RE-${r.digits(8)}`, () => `FA${r.digits(7)}`, () => `${r.str(UPPER, 3)}/${r.digits(4)}/2026`])();
export const ticketRef = (r) => r.pick([() => `${r.pick(['OPS', 'INC', 'SUP', 'PLAT', 'SEC', 'BILL'])}-${r.int(100, 9999)}`, () => `INC${r.digits(7)}`, () => `ZD#${r.digits(6)}`, () => `CS-${r.digits(6)}`])();
export const macAddr = (r) => { const m = hex(r, 12).match(/../g); return r.chance(0.7) ? m.join(':') : m.join('-').toUpperCase(); };
export const cveId = (r) => `CVE-${r.int(2023, 2026)}-${r.int(1000, 52000)}`;
export const nonce = (r) => r.bytes(16).toString('base64');
export const sku = (r) => `${r.str(UPPER, 3)}-${r.digits(4)}-${r.pick(['BLK', 'WHT', 'RED', 'S', 'M', 'L', 'XL', '42'])}`;
export function ean(r) { const b = r.pick(['40', '50', '76', '84', '87', '45', '49']) + r.digits(10); let s = 0; for (let i = 0; i < 12; i++) s += Number(b[i]) * (i % 2 ? 3 : 1); return b + ((10 - (s % 10)) % 10); }
export const bic = (r) => `${r.str(UPPER, 4)}${r.pick(['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'CH', 'AT'])}${r.str(UPPER + DIGITS, 2)}${r.pick(['', 'XXX'])}`;
export const vatId = (r) => r.pick([() => `DE${r.digits(9)}`, () => `FR${r.digits(11)}`, () => `NL${r.digits(9)}B0${r.int(1, 9)}`, () => `GB${r.digits(9)}`, () => `ATU${r.digits(8)}`, () => `ESB${r.digits(8)}`])();
export const etag = (r) => r.pick([() => `W/"${hex(r, 8)}-${r.str(B62, 27)}"`, () => `"${hex(r, 32)}"`, () => `"0x8DC${r.str('0123456789ABCDEF', 12)}"`])();
export const hostname = (r) => r.pick([
  () => `${r.pick(['pg', 'db', 'redis', 'kafka', 'es', 'mq', 'vault', 'api', 'edge', 'ci'])}-${r.pick(['prod', 'stg', 'dev', 'eu1', 'us2'])}-${r.int(1, 9)}.${r.pick(['internal.acme.example', 'corp.kestrel.test', 'svc.invalid', 'nordwind.example', 'lan.test'])}`,
  () => `ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}.${r.pick(['eu-west-1', 'us-east-2', 'eu-central-1'])}.compute.internal`,
  () => `${r.pick(['orders', 'ledger', 'search', 'auth', 'billing'])}.${r.pick(['prod', 'default', 'payments'])}.svc.cluster.local`,
  () => `${r.pick(['build', 'runner', 'node', 'worker'])}-${r.str(LOWER + DIGITS, 5)}.${r.pick(['ci.acme.example', 'k8s.kestrel.test', 'infra.invalid'])}`,
])();

// ---- time ----
export const MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export class Clock {
  constructor(r) { this.r = r; this.t = Date.UTC(2026, r.int(0, 5), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59)) + r.int(0, 999); }
  tick(minMs = 50, maxMs = 90000) { this.t += this.r.int(minMs, maxMs); return this; }
  get d() { return new Date(this.t); }
  iso(ms = true, z = true) { const s = this.d.toISOString(); const x = ms ? s : s.replace(/\.\d{3}/, ''); return z ? x : x.replace('Z', '+00:00'); }
  isoMicro() { return this.d.toISOString().replace(/\.(\d{3})Z$/, (_, m) => `.${m}${this.r.digits(3)}Z`); }
  space() { return this.iso(false).replace('T', ' ').replace('Z', ''); }
  syslog() { const d = this.d; return `${MON3[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; }
  clf() { const d = this.d; return `${pad(d.getUTCDate())}/${MON3[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`; }
  epoch() { return String(Math.floor(this.t / 1000)); }
  epochMs() { return String(this.t); }
  hms() { const d = this.d; return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`; }
  hmss() { const d = this.d; return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; }
  ymd() { return this.d.toISOString().slice(0, 10); }
  parts() { const d = this.d; return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }; }
  git() { const d = this.d; const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']; return `${days[d.getUTCDay()]} ${MON3[d.getUTCMonth()]} ${d.getUTCDate()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} 2026 ${this.r.pick(['+0000', '+0100', '+0200', '-0500', '+0900', '+0530'])}`; }
  rfc2822() { const d = this.d; const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']; return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${MON3[d.getUTCMonth()]} 2026 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`; }
}
export { uuid4 };
