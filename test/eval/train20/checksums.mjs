// Check-digit and encoding algorithms used both by the generators and by the validator.
import { createHash } from 'node:crypto';

export const sha256 = (b) => createHash('sha256').update(b).digest();

// ---- Luhn
export function luhnSum(digits) {
  let sum = 0; let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return sum;
}
export const luhnValid = (digits) => /^\d{8,19}$/.test(digits) && luhnSum(digits) % 10 === 0;
export function luhnComplete(partial) {
  for (let c = 0; c < 10; c++) if (luhnSum(partial + c) % 10 === 0) return partial + c;
  throw new Error('luhn');
}

// ---- card brands: [brand, test(digits) ]
export const CARD_BRANDS = [
  ['visa', (d) => /^4/.test(d) && [13, 16, 19].includes(d.length)],
  ['mastercard', (d) => d.length === 16 && (/^5[1-5]/.test(d) || (+d.slice(0, 4) >= 2221 && +d.slice(0, 4) <= 2720))],
  ['amex', (d) => d.length === 15 && /^3[47]/.test(d)],
  ['discover', (d) => [16, 19].includes(d.length) && (/^6011/.test(d) || /^64[4-9]/.test(d) || /^65/.test(d))],
  ['jcb', (d) => [16, 17, 18, 19].includes(d.length) && +d.slice(0, 4) >= 3528 && +d.slice(0, 4) <= 3589],
  ['diners', (d) => d.length === 14 && (/^30[0-5]/.test(d) || /^3[68]/.test(d))],
  ['unionpay', (d) => d.length >= 16 && d.length <= 19 && /^62/.test(d)],
  ['mir', (d) => d.length === 16 && +d.slice(0, 4) >= 2200 && +d.slice(0, 4) <= 2204],
  ['maestro', (d) => d.length >= 12 && d.length <= 19 && /^(5018|5020|5038|6304|6759|6761|6763)/.test(d)],
];
export function cardBrand(digits) {
  for (const [b, t] of CARD_BRANDS) if (t(digits)) return b;
  return null;
}

// ---- IBAN (mod 97)
export const IBAN_LENGTHS = {
  AD: 24, AE: 23, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21,
  LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26,
  UA: 29, VG: 24, XK: 20,
};
export function mod97(str) {
  let r = 0;
  for (const ch of str) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return r;
}
export function ibanCheckDigits(cc, bban) {
  const r = mod97(bban + cc + '00');
  return String(98 - r).padStart(2, '0');
}
export function ibanValid(raw) {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
// ISO 11649 creditor reference (RFxx...)
export function rfReference(body) {
  const r = mod97(body + 'RF00');
  return 'RF' + String(98 - r).padStart(2, '0') + body;
}
export const rfValid = (s) => { const t = s.replace(/\s/g, ''); return /^RF\d\d[A-Z0-9]{1,21}$/.test(t) && mod97(t.slice(4) + t.slice(0, 4)) === 1; };

// ---- CRC32
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; }
  return t;
})();
export function crc32(buf) {
  if (typeof buf === 'string') buf = Buffer.from(buf, 'utf8');
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
// CRC-24 (OpenPGP armor)
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; }
  }
  return crc & 0xffffff;
}

// ---- base62
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = '';
  while (n > 0) { s = BASE62[n % 62] + s; n = Math.floor(n / 62); }
  return s.padStart(width, '0');
}
export function githubChecksum(random30) { return base62(crc32(random30), 6); }
export function githubTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && githubChecksum(m[1]) === m[2];
}

// ---- base58 / base58check
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let n = 0n; for (const b of buf) n = n * 256n + BigInt(b);
  let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let n = 0n;
  for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  const bytes = []; while (n > 0n) { bytes.unshift(Number(n % 256n)); n /= 256n; }
  for (const ch of s) { if (ch === '1') bytes.unshift(0); else break; }
  return Buffer.from(bytes);
}
export function b58check(payload) {
  const chk = sha256(sha256(payload)).subarray(0, 4);
  return b58encode(Buffer.concat([payload, chk]));
}
export function b58checkDecode(s) {
  const b = b58decode(s); if (!b || b.length < 5) return null;
  const p = b.subarray(0, b.length - 4);
  return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(b.length - 4)) ? p : null;
}

// ---- bech32 / bech32m
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function polymod(values) {
  let chk = 1;
  for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= GEN[i]; }
  return chk >>> 0;
}
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export function bech32Encode(hrp, data, m = false) {
  const C = m ? 0x2bc830a3 : 1;
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ C;
  const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...chk].map((d) => BECH[d]).join('');
}
export function bech32Decode(str) {
  const s = str.toLowerCase();
  if (str !== s && str !== str.toUpperCase()) return null;
  const p = s.lastIndexOf('1'); if (p < 1 || p + 7 > s.length) return null;
  const hrp = s.slice(0, p); const data = [];
  for (const ch of s.slice(p + 1)) { const i = BECH.indexOf(ch); if (i < 0) return null; data.push(i); }
  const pm = polymod([...hrpExpand(hrp), ...data]);
  const variant = pm === 1 ? 'bech32' : pm === 0x2bc830a3 ? 'bech32m' : null;
  if (!variant) return null;
  return { hrp, data: data.slice(0, -6), variant };
}
export function convertBits(data, from, to, pad = true) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad) { if (bits > 0) out.push((acc << (to - bits)) & maxv); } else if (bits >= from || ((acc << (to - bits)) & maxv)) return null;
  return out;
}
export function btcValid(addr) {
  if (/^(bc1|BC1)/.test(addr)) {
    const d = bech32Decode(addr); if (!d || d.hrp !== 'bc') return false;
    const ver = d.data[0]; const prog = convertBits(d.data.slice(1), 5, 8, false);
    if (!prog) return false;
    if (ver === 0) return d.variant === 'bech32' && (prog.length === 20 || prog.length === 32);
    return d.variant === 'bech32m' && prog.length === 32 && ver === 1;
  }
  const p = b58checkDecode(addr);
  return !!p && p.length === 21 && (p[0] === 0 || p[0] === 5);
}

// ---- NHS (mod 11)
export function nhsCheckDigit(nine) {
  let s = 0; for (let i = 0; i < 9; i++) s += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (s % 11); return c === 11 ? 0 : c; // 10 => invalid
}
export function nhsValid(raw) {
  const d = raw.replace(/[\s-]/g, ''); if (!/^\d{10}$/.test(d)) return false;
  const c = nhsCheckDigit(d.slice(0, 9)); return c !== 10 && c === +d[9];
}

// ---- DEA registration number
export const DEA_FIRST = 'ABCDEFGHJKLMPRSTUX';
export function deaCheckDigit(six) {
  const d = [...six].map(Number);
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
}
export function deaValid(s) {
  const m = /^([A-Z])([A-Z9])(\d{6})(\d)$/.exec(s);
  return !!m && DEA_FIRST.includes(m[1]) && deaCheckDigit(m[3]) === +m[4];
}

// ---- SSN / ITIN
export function ssnValid(raw) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(raw); if (!m) return false;
  const a = +m[1], g = +m[2], s = +m[3];
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && s !== 0;
}
export function itinGroupOk(g) { return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function itinValid(raw) {
  const m = /^(9\d\d)[- ]?(\d{2})[- ]?(\d{4})$/.exec(raw); return !!m && itinGroupOk(+m[2]);
}

// ---- ISBN / EAN
export function ean13Check(twelve) { let s = 0; for (let i = 0; i < 12; i++) s += (twelve.charCodeAt(i) - 48) * (i % 2 ? 3 : 1); return (10 - (s % 10)) % 10; }
export function isbn10Check(nine) { let s = 0; for (let i = 0; i < 9; i++) s += (nine.charCodeAt(i) - 48) * (10 - i); const c = (11 - (s % 11)) % 11; return c === 10 ? 'X' : String(c); }

// ---- BitLocker recovery key: 8 groups of 6 digits, each divisible by 11 and < 720896
export const bitlockerValid = (s) => /^(\d{6}-){7}\d{6}$/.test(s) && s.split('-').every((g) => +g % 11 === 0 && +g < 720896);

// ---- Cisco type 7 (reversible obfuscation)
const XLAT = 'dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87';
export function ciscoType7(pw, seed) {
  let out = String(seed).padStart(2, '0');
  for (let i = 0; i < pw.length; i++) out += (pw.charCodeAt(i) ^ XLAT.charCodeAt((seed + i) % XLAT.length)).toString(16).toUpperCase().padStart(2, '0');
  return out;
}
export function ciscoType7Decode(s) {
  if (!/^\d\d([0-9A-F]{2})+$/.test(s)) return null;
  const seed = +s.slice(0, 2); let out = '';
  for (let i = 2; i < s.length; i += 2) out += String.fromCharCode(parseInt(s.slice(i, i + 2), 16) ^ XLAT.charCodeAt((seed + (i - 2) / 2) % XLAT.length));
  return out;
}
