// PII value generators. Every function returns a token (P(...)) or a plain value object.
import { P, L } from './builder.mjs';
import { luhnComplete, luhnValid, ibanCheckDigits, IBAN_LENGTHS, b58check, bech32Encode, convertBits, nhsCheckDigit, deaCheckDigit, DEA_FIRST, itinGroupOk } from './checksums.mjs';
import { phone, PLAN_FOR_CULTURE, PLANS } from './phones.mjs';
import { person, CULTURES } from './names.mjs';

export const translit = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae')
  .replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/[ðÐ]/g, 'd').replace(/[þÞ]/g, 'th').replace(/ı/g, 'i').replace(/[’'`]/g, '').toLowerCase();
const isLatin = (s) => /^[\p{Script=Latin}\s'’.-]+$/u.test(s);

const MAIL_HOSTS = ['mail', 'post', 'correo', 'posteo', 'inbox', 'webmail', 'kontakt', 'famille', 'home', 'office', 'lab', 'clinic', 'school', 'club', 'parish', 'council', 'uni', 'coop', 'studio', 'farm'];
const ORG_WORDS = ['northwind', 'bluefin', 'kestrel', 'larchmont', 'oakridge', 'solvay-haus', 'rivermead', 'tanager', 'hollowell', 'cobaltbay', 'fjordline', 'sakura-ya', 'medina-co', 'vltava-tech', 'umoja', 'kauri', 'brightwater', 'ferrocarril', 'quintana', 'stellaris'];
export function emailDomain(rng) {
  const tld = rng.weighted([[6, 'example'], [3, 'test'], [1, 'invalid']]);
  const base = rng.chance(0.5) ? rng.pick(MAIL_HOSTS) : rng.pick(ORG_WORDS);
  const sub = rng.chance(0.25) ? rng.pick(['eu', 'uk', 'de', 'staff', 'students', 'mx', 'corp', 'jp']) + '.' : '';
  return `${sub}${base}.${tld}`;
}
export function emailFor(rng, p, domain) {
  const d = domain || emailDomain(rng);
  let g = translit(p?.given || ''), f = translit(p?.family || '');
  if (!p || !isLatin(p.given + p.family)) { g = rng.pick(['nino', 'kai', 'aru', 'mei', 'sol', 'tomo', 'lin', 'dara', 'yuki', 'noa', 'sami', 'ari']); f = rng.pick(['b', 'k', 'ito', 'lee', 'wong', 'tan', 'x', 'r']) + rng.digits(2); }
  g = g.replace(/[^a-z0-9]+/g, ''); f = f.replace(/[^a-z0-9]+/g, '');
  const local = rng.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}_${f}`, `${f}.${g}`, `${g}${rng.range(1, 99)}`, `${g}.${f}+${rng.pick(['news', 'billing', 'club', 'shop'])}`, `${f}${g[0]}`, `${g}-${f}`]);
  return local + '@' + d;
}
export const emailTok = (rng, p, domain) => P('EMAIL_ADDRESS', emailFor(rng, p, domain));

export function phoneTok(rng, planOrCulture, style) {
  let plan = planOrCulture;
  if (!PLANS[plan]) plan = rng.pick(PLAN_FOR_CULTURE[planOrCulture] || Object.keys(PLANS));
  const ph = phone(rng, plan, style);
  return P('PHONE_NUMBER', ph.value, { plan: ph.plan });
}

export function personOf(rng, culture) { return person(rng, culture); }
export const PER = (p, form = 'full') => P('PERSON', p[form] ?? p.full, { culture: p.culture });

// ---------- cards
const CARD_PREFIXES = {
  visa: () => ['4'], mastercard: (r) => [String(r.range(51, 55)), String(r.range(2221, 2720))], amex: () => ['34', '37'],
  discover: (r) => ['6011', String(r.range(644, 649)), '65'], jcb: (r) => [String(r.range(3528, 3589))], diners: (r) => [String(r.range(300, 305)), '36', '38'],
  unionpay: () => ['62'], mir: (r) => [String(r.range(2200, 2204))], maestro: () => ['6759', '5018', '6304'],
};
const CARD_LEN = { visa: [16, 16, 16, 13], mastercard: [16], amex: [15], discover: [16], jcb: [16], diners: [14], unionpay: [16, 19], mir: [16], maestro: [16, 19] };
export function cardDigits(rng, brand) {
  brand = brand || rng.weighted([[8, 'visa'], [6, 'mastercard'], [3, 'amex'], [2, 'discover'], [2, 'jcb'], [1, 'diners'], [1, 'unionpay'], [1, 'mir'], [1, 'maestro']]);
  const pre = rng.pick(CARD_PREFIXES[brand](rng)); const len = rng.pick(CARD_LEN[brand]);
  return { brand, digits: luhnComplete(pre + rng.digits(len - pre.length - 1)) };
}
export function formatCard(rng, d, sepChoice) {
  const sep = sepChoice ?? rng.weighted([[5, ' '], [2, '-'], [3, '']]);
  if (!sep) return d;
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{1,4}/g).join(sep);
}
export const cardTok = (rng, brand, sep) => { const c = cardDigits(rng, brand); return P('CREDIT_CARD', formatCard(rng, c.digits, sep), { brand: c.brand }); };
export function invalidCardTok(rng) {
  const c = cardDigits(rng); const last = +c.digits.slice(-1); const bad = c.digits.slice(0, -1) + String((last + rng.range(1, 9)) % 10);
  return L('invalid_card', formatCard(rng, bad));
}
export const VENDOR_TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '5105105105105100', '378282246310005', '371449635398431', '6011111111111117', '3566002020360505', '4000056655665556', '2223003122003222', '30569309025904', '6011000990139424', '4012888888881881', '5200828282828210'];
export const vendorCardTok = (rng) => { const d = rng.pick(VENDOR_TEST_CARDS); if (!luhnValid(d)) throw new Error('vendor card ' + d); return L('vendor_test_card', formatCard(rng, d)); };

// ---------- IBAN
const BBAN = { DE: '18n', GB: '4a14n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n', PL: '24n', PT: '21n', IE: '4a14n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', LU: '3n13c', GR: '7n16c', CZ: '20n', HU: '24n', RO: '4a16c', BG: '4a6n8c', HR: '17n', SK: '20n', LT: '16n', EE: '16n', TR: '6n16c', SA: '2n18c', AE: '3n16n', IL: '19n', BR: '23n1a1c', MT: '4a5n18c', CY: '8n16c', IS: '22n', UA: '6n19c', GE: '2a16n', PK: '4a16c', EG: '25n', QA: '4a21c', SI: '15n', LV: '4a13c', MC: '10n11c2n' };
function fromPattern(rng, pat) {
  let out = ''; for (const m of pat.matchAll(/(\d+)([nac])/g)) {
    const n = +m[1]; const t = m[2];
    for (let i = 0; i < n; i++) out += t === 'n' ? rng.digits(1) : t === 'a' ? rng.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) : (rng.chance(0.8) ? rng.digits(1) : rng.str('ABCDEFGHJKLMNPRSTUVWXYZ', 1));
  }
  return out;
}
export const IBAN_COUNTRIES = Object.keys(BBAN);
for (const cc of IBAN_COUNTRIES) { const n = [...BBAN[cc].matchAll(/(\d+)/g)].reduce((a, m) => a + +m[1], 0); if (n + 4 !== IBAN_LENGTHS[cc]) throw new Error('bban ' + cc); }
export function ibanRaw(rng, cc) { cc = cc || rng.pick(IBAN_COUNTRIES); const b = fromPattern(rng, BBAN[cc]); return cc + ibanCheckDigits(cc, b) + b; }
export const ibanFmt = (rng, s, grouped) => (grouped ?? rng.chance(0.6)) ? s.match(/.{1,4}/g).join(' ') : s;
export const ibanTok = (rng, cc, grouped) => P('IBAN_CODE', ibanFmt(rng, ibanRaw(rng, cc), grouped));
export function invalidIbanTok(rng, cc) {
  const s = ibanRaw(rng, cc); const cd = +s.slice(2, 4); const bad = s.slice(0, 2) + String((cd + rng.range(1, 40)) % 97 + 2).padStart(2, '0').slice(-2) + s.slice(4);
  return L('invalid_iban', ibanFmt(rng, bad === s ? s.slice(0, 2) + '00' + s.slice(4) : bad));
}

// ---------- US identifiers
export function ssnRaw(rng) { let a; do { a = rng.range(1, 899); } while (a === 666); return [String(a).padStart(3, '0'), String(rng.range(1, 99)).padStart(2, '0'), String(rng.range(1, 9999)).padStart(4, '0')]; }
export const ssnTok = (rng, sep) => { const s = ssnRaw(rng); sep = sep ?? rng.weighted([[8, '-'], [1, ' '], [1, '']]); return P('US_SSN', s.join(sep)); };
export function invalidSsnTok(rng) {
  const k = rng.int(4); let [a, g, s] = ssnRaw(rng);
  if (k === 0) a = '000'; else if (k === 1) a = '666'; else if (k === 2) { a = String(rng.range(900, 999)); g = String(rng.pick([rng.range(0, 49), rng.range(66, 69), 89, 93])).padStart(2, '0'); } else if (k === 3) rng.chance(0.5) ? (g = '00') : (s = '0000');
  return L('invalid_ssn', [a, g, s].join('-'));
}
export function itinTok(rng, sep = '-') { let g; do { g = rng.range(50, 99); } while (!itinGroupOk(g)); return P('US_ITIN', ['9' + rng.digits(2), String(g), rng.digits(4)].join(sep)); }
export const passportTok = (rng) => P('US_PASSPORT', rng.chance(0.6) ? String(rng.range(1, 9)) + rng.digits(8) : rng.pick(['A', 'B', 'C', 'E', 'F', 'H', 'X', 'Z']) + rng.digits(8));
const DL = {
  CA: (r) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + r.digits(7), NY: (r) => (r.chance(0.5) ? r.digits(9) : `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`),
  FL: (r) => `${r.str('ABCDEFGHIJKLMNOPRSTW', 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, TX: (r) => r.digits(8),
  WA: (r) => 'WDL' + r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9), IL: (r) => `${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`,
  PA: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, NJ: (r) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + r.digits(14), MI: (r) => `${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  OH: (r) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2) + r.digits(6), AZ: (r) => r.str('ABDY', 1) + r.digits(8), CO: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`,
  MA: (r) => 'S' + r.digits(8), GA: (r) => r.digits(9), NC: (r) => r.digits(12),
};
export const DL_STATES = Object.keys(DL);
export const driverLicenseTok = (rng, st) => { st = st || rng.pick(DL_STATES); return P('US_DRIVER_LICENSE', DL[st](rng), { state: st }); };
export const DL_CHECK = /^([A-Z]\d{7}|\d{9}|\d{3} \d{3} \d{3}|[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d|\d{8}|WDL[A-Z0-9]{9}|[A-Z]\d{3}-\d{4}-\d{4}|\d{2} \d{3} \d{3}|[A-Z]\d{14}|[A-Z]( \d{3}){4}|[A-Z]{2}\d{6}|[A-Z]\d{8}|\d{2}-\d{3}-\d{4}|S\d{8}|\d{12})$/;
export const bankAcctTok = (rng) => P('US_BANK_NUMBER', rng.digits(1).replace('0', '4') + rng.digits(rng.range(7, 16)));
export const abaRouting = (rng) => { const d = rng.pick(['0', '1', '2', '3']) + rng.digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +d[i] * w[i]; return d + String((10 - (s % 10)) % 10); };

// ---------- crypto addresses (BTC only)
export function btcAddress(rng) {
  const k = rng.weighted([[3, 'p2pkh'], [2, 'p2sh'], [4, 'p2wpkh'], [1, 'p2wsh'], [2, 'p2tr']]);
  if (k === 'p2pkh') return b58check(Buffer.concat([Buffer.from([0]), rng.bytes(20)]));
  if (k === 'p2sh') return b58check(Buffer.concat([Buffer.from([5]), rng.bytes(20)]));
  const prog = rng.bytes(k === 'p2wpkh' ? 20 : 32);
  return bech32Encode('bc', [k === 'p2tr' ? 1 : 0, ...convertBits([...prog], 8, 5, true)], k === 'p2tr');
}
export const btcTok = (rng) => P('CRYPTO', btcAddress(rng));

// ---------- medical
export function deaTok(rng, familyName) {
  const init = familyName && /^[A-Za-z]/.test(translit(familyName)) ? translit(familyName)[0].toUpperCase() : rng.str('ABCDEFGHIJKLMNOPRSTW', 1);
  const six = rng.digits(6); return P('MEDICAL_LICENSE', rng.pick([...'ABFGM', ...DEA_FIRST]) + init + six + deaCheckDigit(six));
}
function nhsDigits(rng) { for (;;) { const n = String(rng.range(4, 9)) + rng.digits(8); const c = nhsCheckDigit(n); if (c !== 10) return n + c; } }
const nhsFmt = (rng, d) => rng.weighted([[5, `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`], [3, d], [1, `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`]]);
export const nhsTok = (rng) => P('UK_NHS', nhsFmt(rng, nhsDigits(rng)));
export function invalidNhsTok(rng) { for (;;) { const n = String(rng.range(4, 9)) + rng.digits(8); const c = nhsCheckDigit(n); const bad = c === 10 ? rng.int(10) : (c + rng.range(1, 9)) % 10; return L('invalid_nhs', nhsFmt(rng, n + bad)); } }

// ---------- IP addresses (client addresses in logs and headers)
export function ipv4(rng, kind) {
  kind = kind || rng.weighted([[4, 'doc'], [3, 'public'], [2, 'private']]);
  if (kind === 'doc') return rng.pick(['192.0.2', '198.51.100', '203.0.113']) + '.' + rng.range(1, 254);
  if (kind === 'private') return rng.pick([`10.${rng.int(256)}.${rng.int(256)}`, `192.168.${rng.int(256)}`, `172.${rng.range(16, 31)}.${rng.int(256)}`]) + '.' + rng.range(2, 254);
  const first = rng.pick([5, 31, 37, 46, 62, 77, 81, 89, 91, 94, 109, 151, 176, 185, 188, 195, 212, 217]);
  return `${first}.${rng.int(256)}.${rng.int(256)}.${rng.range(1, 254)}`;
}
export function ipv6(rng) {
  const h = () => rng.hex(rng.range(1, 4)).replace(/^0+(?=.)/, '');
  return rng.chance(0.5) ? `2001:db8:${h()}:${h()}::${h()}` : `2a0${rng.range(1, 9)}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}
export const ipTok = (rng, v6p = 0.2, kind) => P('IP_ADDRESS', rng.chance(v6p) ? ipv6(rng) : ipv4(rng, kind));
