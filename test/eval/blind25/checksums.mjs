// Check digits and encodings used by the generator and re-checked by the validator.
import { createHash } from 'node:crypto';

export const sha256 = (b) => createHash('sha256').update(b).digest();

// ---- Luhn (cards) ----
export function luhnValid(num) {
  const s = String(num).replace(/[\s-]/g, '');
  if (!/^\d+$/.test(s)) return false;
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let d = s.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return sum % 10 === 0;
}
export function luhnComplete(body) {
  for (let c = 0; c < 10; c++) if (luhnValid(body + c)) return body + c;
  throw new Error('luhn');
}

// ---- mod 97 (IBAN, ISO 11649 creditor reference) ----
function mod97(str) {
  let r = 0;
  for (const ch of str) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return r;
}
export const IBAN_LENGTHS = {
  AD: 24, AE: 23, AT: 20, BE: 16, BG: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20,
  ES: 24, FI: 18, FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, LT: 20,
  LU: 20, LV: 21, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SA: 24, SE: 24, SI: 19, SK: 24,
  TR: 26, UA: 29, MC: 27,
};
export function ibanCheckDigits(cc, bban) {
  const r = mod97(bban + cc + '00');
  return String(98 - r).padStart(2, '0');
}
export function ibanValid(s) {
  const x = String(s).replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(x)) return false;
  const cc = x.slice(0, 2);
  if (IBAN_LENGTHS[cc] !== x.length) return false;
  return mod97(x.slice(4) + x.slice(0, 4)) === 1;
}
export function rfReference(ref) { // ISO 11649
  const r = mod97(ref + 'RF00');
  return 'RF' + String(98 - r).padStart(2, '0') + ref;
}
export function rfValid(s) {
  const x = s.replace(/\s/g, '');
  return /^RF\d\d[A-Z0-9]{1,21}$/.test(x) && mod97(x.slice(4) + x.slice(0, 4)) === 1;
}

// ---- CRC32 / base62 (GitHub token checksum) ----
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; }
  return t;
})();
export function crc32(buf) {
  let c = 0xffffffff;
  for (const b of Buffer.from(buf)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = '';
  let v = n;
  while (v > 0) { s = B62[v % 62] + s; v = Math.floor(v / 62); }
  return s.padStart(width, '0');
}
export function githubChecksum(random30) { return base62(crc32(Buffer.from(random30, 'ascii')), 6); }
export function githubTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && githubChecksum(m[1]) === m[2];
}

// ---- base58check / bech32 (BTC) ----
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58Encode(buf) {
  let n = BigInt('0x' + (Buffer.from(buf).toString('hex') || '0'));
  let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function base58Decode(s) {
  let n = 0n;
  for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex;
  let out = n === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex');
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), out]);
}
export function base58check(version, payload) {
  const body = Buffer.concat([Buffer.from([version]), payload]);
  const ck = sha256(sha256(body)).subarray(0, 4);
  return base58Encode(Buffer.concat([body, ck]));
}
export function base58checkValid(s) {
  const b = base58Decode(s);
  if (!b || b.length !== 25) return false;
  const ck = sha256(sha256(b.subarray(0, 21))).subarray(0, 4);
  return ck.equals(b.subarray(21)) && (b[0] === 0x00 || b[0] === 0x05);
}
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; }
  return chk >>> 0;
}
const hrpExpand = (h) => [...h].map((c) => c.charCodeAt(0) >> 5).concat([0], [...h].map((c) => c.charCodeAt(0) & 31));
export function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad) { if (bits > 0) out.push((acc << (to - bits)) & maxv); }
  else if (bits >= from || ((acc << (to - bits)) & maxv)) return null;
  return out;
}
export function bech32Encode(hrp, data, m = false) {
  const C = m ? 0x2bc830a3 : 1;
  const mod = polymod(hrpExpand(hrp).concat(data, [0, 0, 0, 0, 0, 0])) ^ C;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + data.concat(ck).map((d) => BECH[d]).join('');
}
export function segwitAddress(version, program) {
  return bech32Encode('bc', [version].concat(convertBits([...program], 8, 5, true)), version > 0);
}
export function segwitValid(addr) {
  const s = addr.toLowerCase();
  if (s !== addr && addr.toUpperCase() !== addr) return false;
  const pos = s.lastIndexOf('1'); if (pos < 1) return false;
  const hrp = s.slice(0, pos); if (hrp !== 'bc') return false;
  const data = [...s.slice(pos + 1)].map((c) => BECH.indexOf(c));
  if (data.some((d) => d < 0) || data.length < 7) return false;
  const pm = polymod(hrpExpand(hrp).concat(data));
  const ver = data[0];
  if (!((ver === 0 && pm === 1) || (ver > 0 && pm === 0x2bc830a3))) return false;
  const prog = convertBits(data.slice(1, -6), 5, 8, false);
  if (!prog) return false;
  if (ver === 0) return prog.length === 20 || prog.length === 32;
  return prog.length === 32;
}

// ---- NHS number (mod 11) ----
export function nhsCheckDigit(nine) {
  let s = 0; for (let i = 0; i < 9; i++) s += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (s % 11);
  if (c === 11) return 0; if (c === 10) return null; return c;
}
export function nhsValid(x) {
  const s = String(x).replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(s)) return false;
  const c = nhsCheckDigit(s.slice(0, 9));
  return c !== null && c === s.charCodeAt(9) - 48;
}

// ---- DEA registration number ----
export function deaCheckDigit(six) {
  const d = [...six].map((c) => c.charCodeAt(0) - 48);
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
}
export function deaValid(s) {
  const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{6})(\d)$/.exec(s);
  return !!m && deaCheckDigit(m[3]) === Number(m[4]);
}

// ---- SSN / ITIN ----
export function ssnValid(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const a = +m[1], g = +m[2], n = +m[3];
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && n !== 0;
}
export function itinGroupOk(g) { return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function itinValid(s) {
  const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  return !!m && itinGroupOk(+m[2]);
}

// ---- CRC24 (OpenPGP armor) ----
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } }
  return crc & 0xffffff;
}

// ---- GS1 / ISBN ----
export function ean13Complete(d12) {
  let s = 0; for (let i = 0; i < 12; i++) s += (d12.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return d12 + ((10 - (s % 10)) % 10);
}

// ---- cards: issuer ranges ----
export function cardBrand(num) {
  const s = String(num).replace(/[\s-]/g, '');
  const L = s.length, p2 = +s.slice(0, 2), p3 = +s.slice(0, 3), p4 = +s.slice(0, 4), p6 = +s.slice(0, 6);
  if (s[0] === '4' && (L === 16 || L === 13 || L === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p6 >= 222100 && p6 <= 272099)) && L === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && L === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) && (L === 16 || L === 19)) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && L === 16) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38) && L === 14) return 'diners';
  return null;
}
