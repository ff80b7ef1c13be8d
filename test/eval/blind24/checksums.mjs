// Check-digit and encoding helpers shared by the value generators and the validator.
import { createHash } from 'node:crypto';

export const DIGITS = '0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIGITS + UPPER + LOWER;
export const HEX = '0123456789abcdef';
export const B64 = UPPER + LOWER + DIGITS + '+/';
export const B64URL = UPPER + LOWER + DIGITS + '-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export const sha256 = (b) => createHash('sha256').update(b).digest();

// ---- Luhn ----
export function luhnValid(num) {
  const s = String(num).replace(/[ -]/g, '');
  if (!/^\d+$/.test(s)) return false;
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let d = s.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return sum % 10 === 0;
}
export function luhnDigit(partial) {
  for (let d = 0; d < 10; d++) if (luhnValid(partial + d)) return String(d);
  throw new Error('luhn');
}

// ---- IBAN ----
export const IBAN_LENGTHS = {
  DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, AT: 20, CH: 21, PL: 28, PT: 25,
  IE: 22, SE: 24, DK: 18, NO: 15, FI: 18, LU: 20, CZ: 24, SK: 24, HU: 28, RO: 24, GR: 27,
  TR: 26, SA: 24, AE: 23, IL: 23, BR: 29, UA: 29, HR: 21, SI: 19, LT: 20, EE: 20,
};
function ibanNumeric(s) {
  let out = '';
  for (const ch of s) out += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
  return out;
}
function mod97(numStr) {
  let r = 0;
  for (let i = 0; i < numStr.length; i += 7) r = Number(String(r) + numStr.slice(i, i + 7)) % 97;
  return r;
}
export function ibanCheckDigits(country, bban) {
  const m = mod97(ibanNumeric(bban + country + '00'));
  return String(98 - m).padStart(2, '0');
}
export function ibanValid(iban) {
  const s = String(iban).replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const cc = s.slice(0, 2);
  if (IBAN_LENGTHS[cc] !== s.length) return false;
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}

// ---- CRC32 ----
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
export function crc32(buf) {
  let c = 0xffffffff;
  for (const b of Buffer.from(buf)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export function base62(n, width) {
  let s = '';
  let x = BigInt(n);
  while (x > 0n) { s = B62[Number(x % 62n)] + s; x /= 62n; }
  return s.padStart(width, '0');
}
// GitHub-style token checksum: CRC32 of the random part, base62, 6 characters.
export function ghChecksum(random30) { return base62(crc32(Buffer.from(random30)), 6); }

// CRC24 (OpenPGP armor)
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of Buffer.from(buf)) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; }
  }
  return crc & 0xffffff;
}

// ---- base32 (RFC 4648) ----
export function base32(buf, pad = false) {
  let bits = 0, val = 0, out = '';
  for (const b of Buffer.from(buf)) {
    val = (val << 8) | b; bits += 8;
    while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  if (pad) while (out.length % 8) out += '=';
  return out;
}

// ---- base58 / base58check ----
export function base58(buf) {
  const bytes = Buffer.from(buf);
  let x = BigInt('0x' + (bytes.toString('hex') || '0'));
  let s = '';
  while (x > 0n) { s = B58[Number(x % 58n)] + s; x /= 58n; }
  for (const b of bytes) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function base58decode(str) {
  let x = 0n;
  for (const ch of str) {
    const i = B58.indexOf(ch);
    if (i < 0) return null;
    x = x * 58n + BigInt(i);
  }
  let hex = x.toString(16);
  if (x === 0n) hex = '';
  if (hex.length % 2) hex = '0' + hex;
  let lead = 0;
  for (const ch of str) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
}
export function base58check(payload) {
  const p = Buffer.from(payload);
  const chk = sha256(sha256(p)).subarray(0, 4);
  return base58(Buffer.concat([p, chk]));
}
export function base58checkValid(str) {
  const b = base58decode(str);
  if (!b || b.length < 5) return false;
  const p = b.subarray(0, b.length - 4);
  return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(b.length - 4));
}

// ---- bech32 / bech32m (BIP-173 / BIP-350) ----
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
function hrpExpand(hrp) {
  const r = [];
  for (const c of hrp) r.push(c.charCodeAt(0) >> 5);
  r.push(0);
  for (const c of hrp) r.push(c.charCodeAt(0) & 31);
  return r;
}
export function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v; bits += from;
    while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); }
  }
  if (pad) { if (bits > 0) out.push((acc << (to - bits)) & maxv); }
  else if (bits >= from || ((acc << (to - bits)) & maxv)) return null;
  return out;
}
export function bech32Encode(hrp, data5, m = false) {
  const C = m ? 0x2bc830a3 : 1;
  const mod = polymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ C;
  let s = hrp + '1';
  for (const v of data5) s += BECH[v];
  for (let i = 0; i < 6; i++) s += BECH[(mod >>> (5 * (5 - i))) & 31];
  return s;
}
// returns {hrp, data, variant} or null
export function bech32Decode(str) {
  const s = str.toLowerCase();
  if (str !== s && str !== str.toUpperCase()) return null;
  const pos = s.lastIndexOf('1');
  if (pos < 1 || pos + 7 > s.length) return null;
  const hrp = s.slice(0, pos);
  const data = [];
  for (const ch of s.slice(pos + 1)) { const i = BECH.indexOf(ch); if (i < 0) return null; data.push(i); }
  const pm = polymod([...hrpExpand(hrp), ...data]);
  const variant = pm === 1 ? 'bech32' : pm === 0x2bc830a3 ? 'bech32m' : null;
  if (!variant) return null;
  return { hrp, data: data.slice(0, -6), variant };
}

// ---- NHS number (mod 11) ----
export function nhsCheckDigit(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  const r = 11 - (sum % 11);
  if (r === 11) return '0';
  if (r === 10) return null;
  return String(r);
}
export function nhsValid(s) {
  const d = String(s).replace(/[ -]/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  const c = nhsCheckDigit(d.slice(0, 9));
  return c !== null && c === d[9];
}

// ---- DEA registration number ----
export function deaCheckDigit(six) {
  const d = [...six].map((c) => c.charCodeAt(0) - 48);
  return String((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10);
}
export function deaValid(s) {
  if (!/^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/.test(s)) return false;
  return deaCheckDigit(s.slice(2, 8)) === s[8];
}

// ---- SSN / ITIN ----
export function ssnValid(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  if (!m) return false;
  const [a, g, n] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (a === 0 || a === 666 || a >= 900) return false;
  return g !== 0 && n !== 0;
}
export function itinGroupOk(g) {
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
export function itinValid(s) {
  const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  return !!m && itinGroupOk(Number(m[2]));
}

// ---- card IIN/length ----
export function cardBrand(num) {
  const s = String(num).replace(/[ -]/g, '');
  const L = s.length;
  const p2 = Number(s.slice(0, 2)), p3 = Number(s.slice(0, 3)), p4 = Number(s.slice(0, 4)), p6 = Number(s.slice(0, 6));
  if (s[0] === '4' && (L === 16 || L === 13 || L === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && L === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && L === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && (L === 16 || L === 19)) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && L >= 16 && L <= 19) return 'jcb';
  if ((p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305) || p4 === 3095) && L === 14) return 'diners';
  if ((p2 === 36 || (p3 >= 300 && p3 <= 305)) && L === 16) return 'diners';
  return null;
}
