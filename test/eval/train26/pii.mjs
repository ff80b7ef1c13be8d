// Format-valid fake PII values: cards, IBANs, US identifiers, BTC, DEA, NHS, IPs.
import { luhnComplete, ibanCheckDigits, IBAN_LEN, nhsCheck, deaCheck, DEA_FIRST, itinGroupOk, b58check, bech32Encode, convertBits, BECH32, BECH32M, sha256 } from './checks.mjs';
import { P } from './frag.mjs';

const CARD_IIN = [
  ['visa', () => '4' , 16], ['visa', () => '4', 16], ['visa', () => '4', 13],
  ['mastercard', (r) => String(r.int(51, 55)), 16], ['mastercard', (r) => String(r.int(2221, 2720)), 16],
  ['amex', (r) => r.pick(['34', '37']), 15], ['discover', (r) => r.pick(['6011', '65', String(r.int(644, 649))]), 16],
  ['jcb', (r) => String(r.int(3528, 3589)), 16], ['diners', (r) => r.pick(['36', '38', String(r.int(300, 305))]), 14],
];
export function cardNumber(r, brand) {
  const opts = brand ? CARD_IIN.filter((c) => c[0] === brand) : CARD_IIN;
  const [b, pre, len] = r.pick(opts); let p = pre(r);
  while (p.length < len - 1) p += String(r.int(0, 9));
  return { brand: b, num: luhnComplete(p) };
}
export function cardFormat(r, num, style) {
  const L = num.length; style = style ?? r.int(0, 3);
  if (style === 0) return num;
  let groups;
  if (L === 15) groups = [4, 6, 5]; else if (L === 14) groups = [4, 6, 4]; else if (L === 13) groups = [4, 4, 5]; else groups = [4, 4, 4, 4];
  const out = []; let i = 0; for (const g of groups) { out.push(num.slice(i, i + g)); i += g; }
  return out.join(style === 2 ? '-' : ' ');
}
export const cardSpan = (r, brand, style) => { const c = cardNumber(r, brand); return P('CREDIT_CARD', cardFormat(r, c.num, style), { raw: c.num, brand: c.brand }); };

// BBAN layouts: n digits, a upper letters, c alnum
const BBAN = { DE: '18n', GB: '4a14n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', AT: '16n', CH: '5n12c', PL: '24n', PT: '21n', IE: '4a14n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', CZ: '20n', HU: '24n', RO: '4a16c', GR: '7n16c', TR: '5n1n16c', SA: '2n18c', AE: '3n16n', IL: '19n', LU: '3n13c', BR: '23n1a1c', HR: '17n', SI: '15n', LT: '16n', EE: '16n', LV: '4a13c', SK: '20n', BG: '4a6n8c', GE: '2a16n' };
function bban(r, cc) {
  let out = ''; for (const [, n, t] of BBAN[cc].matchAll(/(\d+)([nac])/g)) {
    for (let i = 0; i < +n; i++) out += t === 'n' ? String(r.int(0, 9)) : t === 'a' ? String.fromCharCode(65 + r.int(0, 25)) : (r.chance(0.7) ? String(r.int(0, 9)) : String.fromCharCode(65 + r.int(0, 25)));
  }
  return out;
}
export const IBAN_COUNTRIES = Object.keys(BBAN);
export function ibanRaw(r, cc) { cc = cc || r.pick(IBAN_COUNTRIES); const b = bban(r, cc); const s = cc + ibanCheckDigits(cc, b) + b; if (s.length !== IBAN_LEN[cc]) throw new Error('iban len ' + cc); return s; }
export const ibanFormat = (s, grouped) => (grouped ? s.replace(/(.{4})/g, '$1 ').trim() : s);
export const ibanSpan = (r, cc, grouped) => { const raw = ibanRaw(r, cc); return P('IBAN_CODE', ibanFormat(raw, grouped ?? r.chance(0.5)), { raw }); };

export function ssnRaw(r) {
  let a; do { a = r.int(1, 899); } while (a === 666);
  return [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
}
export const ssnSpan = (r, sep) => { const p = ssnRaw(r); sep = sep ?? r.pick(['-', '-', '-', '', ' ']); return P('US_SSN', p.join(sep), { raw: p.join('-') }); };
export function itinSpan(r, sep = '-') {
  let g; do { g = r.int(50, 99); } while (!itinGroupOk(g));
  const p = ['9' + r.digits(2), String(g), String(r.int(1, 9999)).padStart(4, '0')];
  return P('US_ITIN', p.join(sep), { raw: p.join('-') });
}
export const passportSpan = (r) => P('US_PASSPORT', r.chance(0.5) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'B', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'X', 'Z']) + r.digits(8));
const DL = {
  CA: (r) => r.pick('ABCDEFGHJKLMNPRSTUVWXY'.split('')) + r.digits(7), NY: (r) => r.digits(3) + ' ' + r.digits(3) + ' ' + r.digits(3),
  FL: (r) => r.pick('ABCDFGHJKLMNPRSTW'.split('')) + r.digits(3) + '-' + r.digits(3) + '-' + r.digits(2) + '-' + r.digits(3) + '-' + r.digit1(), TX: (r) => String(r.int(1, 4)) + r.digits(7),
  IL: (r) => r.pick('ABCDGKLMNRSTW'.split('')) + r.digits(3) + '-' + r.digits(4) + '-' + r.digits(4), WA: (r) => 'WDL' + r.str(9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
  PA: (r) => r.digits(2) + ' ' + r.digits(3) + ' ' + r.digits(3), OH: (r) => r.pick(['S', 'T', 'R']) + r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G']) + r.digits(6),
  NJ: (r) => r.pick('ABCDEFGHJKLMNPRSTW'.split('')) + r.digits(4) + ' ' + r.digits(5) + ' ' + r.digits(5), MI: (r) => r.pick('ABCDEFGHJKLMNPRSTW'.split('')) + ' ' + r.digits(3) + ' ' + r.digits(3) + ' ' + r.digits(3) + ' ' + r.digits(3),
};
export const DL_STATES = Object.keys(DL);
export function dlSpan(r, st) { st = st || r.pick(DL_STATES); r.digit1 = () => String(r.int(0, 9)); return { state: st, span: P('US_DRIVER_LICENSE', DL[st](r), { state: st }) }; }
export const bankAcctSpan = (r) => P('US_BANK_NUMBER', r.chance(0.3) ? '00' + r.digits(r.int(8, 10)) : String(r.int(1, 9)) + r.digits(r.int(7, 16)));
export function abaRouting(r) { // neutral (not labelled); valid ABA checksum
  for (;;) { const d = String(r.pick([0, 1, 2, 3])) + r.digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +d[i] * w[i]; const c = (10 - (s % 10)) % 10; if (d[0] === '0' && d[1] === '0') continue; return d + c; }
}
export function btcAddress(r, kind) {
  kind = kind || r.pick(['p2pkh', 'p2sh', 'p2wpkh', 'p2tr', 'p2wpkh']);
  if (kind === 'p2pkh') return b58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
  if (kind === 'p2sh') return b58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
  if (kind === 'p2wpkh') return bech32Encode('bc', [0, ...convertBits(r.bytes(20), 8, 5)], BECH32);
  return bech32Encode('bc', [1, ...convertBits(r.bytes(32), 8, 5)], BECH32M);
}
export const btcSpan = (r, kind) => P('CRYPTO', btcAddress(r, kind));
export function deaSpan(r, familyName) {
  const six = r.digits(6); const f0 = (familyName || '').normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase()[0];
  return P('MEDICAL_LICENSE', r.pick(DEA_FIRST.split('')) + (f0 && r.chance(0.85) ? f0 : '9') + six + deaCheck(six));
}
export function nhsSpan(r, sep) {
  for (;;) { const nine = String(r.int(4, 7)) + r.digits(8); const c = nhsCheck(nine); if (c === null) continue; const d = nine + c; sep = sep ?? r.pick([' ', ' ', '', '-']); return P('UK_NHS', sep ? d.slice(0, 3) + sep + d.slice(3, 6) + sep + d.slice(6) : d, { raw: d }); }
}
// ---------- IPs ----------
function pubOctet1(r) { for (;;) { const a = r.int(1, 223); if ([10, 100, 127, 169, 172, 192, 198, 203, 0].includes(a)) continue; return a; } }
export function ipv4Public(r) { return r.chance(0.25) ? r.pick(['192.0.2.', '198.51.100.', '203.0.113.']) + r.int(1, 254) : [pubOctet1(r), r.int(0, 255), r.int(0, 255), r.int(1, 254)].join('.'); }
export function ipv4Private(r) { return r.pick([() => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`])(); }
export function ipv6(r) {
  const h = () => r.int(0, 0xffff).toString(16);
  return r.pick([() => `2001:db8:${h()}:${h()}::${h()}`, () => `2a0${r.int(0, 9)}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, () => `240${r.int(0, 9)}:${h()}:${h()}::${h()}:${h()}`, () => `fd${r.hex(2)}:${h()}:${h()}::${h()}`])();
}
export const clientIpSpan = (r) => P('IP_ADDRESS', r.weighted([[6, () => ipv4Public(r)], [2, () => ipv4Private(r)], [2, () => ipv6(r)]])());
