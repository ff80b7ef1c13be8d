// Check digits and encodings used by the value generators and by the validator.
import { createHash } from 'node:crypto';

export const sha256 = (b) => createHash('sha256').update(b).digest();

// ---- Luhn
export function luhnValid(num) {
  const s = String(num).replace(/\D/g, '');
  if (!s.length) return false;
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let d = s.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return sum % 10 === 0;
}
export function luhnComplete(partial) { // append the check digit
  for (let c = 0; c < 10; c++) if (luhnValid(partial + c)) return partial + c;
  throw new Error('luhn');
}

// ---- IBAN (ISO 13616, mod 97)
function mod97(str) {
  let rem = 0;
  for (const ch of str) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}
export function ibanFromBban(cc, bban) {
  const rem = mod97(bban + cc + '00');
  const cd = String(98 - rem).padStart(2, '0');
  return cc + cd + bban;
}
export const IBAN_LENGTHS = { DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, NL: 18, BE: 16, AT: 20, CH: 21, PL: 28, PT: 25,
  SE: 24, IE: 22, DK: 18, NO: 15, FI: 18, LU: 20, CZ: 24, HU: 28, GR: 27, TR: 26, RO: 24, SA: 24, AE: 23, HR: 21, SK: 24 };
export function ibanValid(iban) {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(s)) return false;
  const L = IBAN_LENGTHS[s.slice(0, 2)];
  if (!L || s.length !== L) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
export const ibanMod97Ok = (iban) => { const s = iban.replace(/ /g, ''); return mod97(s.slice(4) + s.slice(0, 4)) === 1; };

// ---- CRC32 (IEEE) and base62 (GitHub token checksum)
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(buf) {
  if (typeof buf === 'string') buf = Buffer.from(buf, 'utf8');
  let c = 0xffffffff;
  for (const b of buf) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = '';
  let x = BigInt(n);
  while (x > 0n) { s = B62[Number(x % 62n)] + s; x /= 62n; }
  return s.padStart(width, '0');
}
export const ghChecksum = (random30) => base62(crc32(random30), 6);
export function ghTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && ghChecksum(m[1]) === m[2];
}

// ---- base58 / base58check
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let x = BigInt('0x' + (buf.toString('hex') || '0'));
  let s = '';
  while (x > 0n) { s = B58[Number(x % 58n)] + s; x /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let x = 0n;
  for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; x = x * 58n + BigInt(i); }
  let hex = x.toString(16); if (hex.length % 2) hex = '0' + hex;
  let out = x === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex');
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), out]);
}
export function b58check(payload) {
  const ck = sha256(sha256(payload)).subarray(0, 4);
  return b58encode(Buffer.concat([payload, ck]));
}
export function b58checkValid(s) {
  const b = b58decode(s); if (!b || b.length < 5) return null;
  const p = b.subarray(0, b.length - 4);
  return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(b.length - 4)) ? p : null;
}

// ---- bech32 / bech32m (BIP-173 / BIP-350)
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; }
  return chk >>> 0;
}
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  else if (!pad && (bits >= from || ((acc << (to - bits)) & maxv))) return null;
  return out;
}
export function segwitAddress(hrp, ver, program) {
  const data = [ver, ...convertBits([...program], 8, 5, true)];
  const konst = ver === 0 ? 1 : 0x2bc830a3;
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ konst;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...ck].map((d) => BECH[d]).join('');
}
export function segwitValid(addr) {
  const s = addr.toLowerCase(); if (s !== addr) return false;
  const pos = s.lastIndexOf('1'); if (pos < 1) return false;
  const hrp = s.slice(0, pos); if (hrp !== 'bc') return false;
  const data = [...s.slice(pos + 1)].map((c) => BECH.indexOf(c)); if (data.some((d) => d < 0) || data.length < 7) return false;
  const ver = data[0];
  const pm = polymod([...hrpExpand(hrp), ...data]);
  if (pm !== (ver === 0 ? 1 : 0x2bc830a3)) return false;
  const prog = convertBits(data.slice(1, -6), 5, 8, false);
  if (!prog) return false;
  if (ver === 0) return prog.length === 20 || prog.length === 32;
  return ver === 1 && prog.length === 32;
}
export function btcValid(a) {
  if (/^bc1/.test(a)) return segwitValid(a);
  const p = b58checkValid(a);
  return !!p && p.length === 21 && (p[0] === 0x00 || p[0] === 0x05);
}

// ---- DEA registration number: 2 letters + 7 digits
export function deaCheckDigit(six) {
  const d = [...six].map(Number);
  return String((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10);
}
export function deaValid(s) {
  const m = /^[ABCDEFGHJKLMPRSTUX][A-Z9]([0-9]{6})([0-9])$/.exec(s);
  return !!m && deaCheckDigit(m[1]) === m[2];
}

// ---- NHS number: 10 digits, mod 11
export function nhsCheckDigit(nine) {
  let s = 0; for (let i = 0; i < 9; i++) s += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (s % 11);
  return c === 11 ? '0' : c === 10 ? null : String(c);
}
export function nhsValid(str) {
  const s = str.replace(/[ -]/g, ''); if (!/^[0-9]{10}$/.test(s)) return false;
  return nhsCheckDigit(s.slice(0, 9)) === s[9];
}

// ---- US SSN / ITIN
export function ssnValid(str) {
  const m = /^([0-9]{3})[- ]?([0-9]{2})[- ]?([0-9]{4})$/.exec(str); if (!m) return false;
  const a = +m[1], g = +m[2], s = +m[3];
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && s !== 0;
}
export function itinValid(str) {
  const m = /^9([0-9]{2})[- ]?([0-9]{2})[- ]?([0-9]{4})$/.exec(str); if (!m) return false;
  const g = +m[2];
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

// ---- CRC24 (OpenPGP armor)
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } }
  return crc & 0xffffff;
}

// ---- base32 (RFC 4648, no padding)
export function base32(buf) {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; let bits = 0, acc = 0, out = '';
  for (const b of buf) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; out += A[(acc >> bits) & 31]; } }
  if (bits) out += A[(acc << (5 - bits)) & 31];
  return out;
}

// ---- card IIN / length rules
export function cardBrand(num) {
  const s = num.replace(/[ -]/g, ''); const L = s.length;
  const p2 = +s.slice(0, 2), p3 = +s.slice(0, 3), p4 = +s.slice(0, 4), p6 = +s.slice(0, 6);
  if (s[0] === '4' && (L === 16 || L === 13 || L === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && L === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && L === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && (L === 16 || L === 19)) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && L === 16) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p4 === 3095) && L === 14) return 'diners';
  return null;
}

// generic bech32 (used for age keys)
export function bech32Encode(hrp, bytes, upper = false) {
  const data = convertBits([...bytes], 8, 5, true);
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31);
  const s = hrp + '1' + [...data, ...ck].map((d) => BECH[d]).join('');
  return upper ? s.toUpperCase() : s;
}
