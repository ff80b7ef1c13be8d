// Check-digit and checksum algorithms used both to build valid values and to validate them.
import { createHash } from 'node:crypto';

export const sha256 = (b) => createHash('sha256').update(b).digest();

// ---------- Luhn ----------
export function luhnDigit(body) { // check digit for a digit string without it
  let sum = 0, dbl = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let d = body.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return String((10 - (sum % 10)) % 10);
}
export function luhnValid(num) {
  if (!/^\d{8,19}$/.test(num)) return false;
  return luhnDigit(num.slice(0, -1)) === num.slice(-1);
}

// ---------- cards: IIN + length ----------
export function cardBrand(num) {
  const n = num, L = n.length, p2 = +n.slice(0, 2), p3 = +n.slice(0, 3), p4 = +n.slice(0, 4), p6 = +n.slice(0, 6);
  if (n[0] === '4' && (L === 13 || L === 16 || L === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && L === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && L === 15) return 'amex';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && (L === 16 || L === 19)) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && (L === 16 || L === 19)) return 'jcb';
  if ((p2 === 36 || (p3 >= 300 && p3 <= 305) || p2 === 38 || p2 === 39) && L === 14) return 'diners';
  return null;
}

// ---------- IBAN ----------
export const IBAN_LEN = {
  AD: 24, AT: 20, BE: 16, BG: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27,
  GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, LT: 20, LU: 20, LV: 21, MT: 31, NL: 18, NO: 15,
  PL: 28, PT: 25, RO: 24, SA: 24, SE: 24, SI: 19, SK: 24, TR: 26, AE: 23, UA: 29, EG: 29, QA: 29, GE: 22, MC: 27,
};
export function mod97(str) { // str of digits/letters already rearranged
  let r = 0;
  for (const ch of str) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return r;
}
export function ibanMake(cc, bban) {
  const r = mod97(bban + cc + '00');
  const ck = String(98 - r).padStart(2, '0');
  return cc + ck + bban;
}
export function ibanValid(iban) {
  const s = iban.replace(/[ \-]/g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const L = IBAN_LEN[s.slice(0, 2)];
  if (!L || s.length !== L) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
export function ibanStructOk(iban) { // right country + length, whatever the check digits
  const s = iban.replace(/[ \-]/g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LEN[s.slice(0, 2)] === s.length;
}

// ---------- US SSN / ITIN ----------
export function ssnValid(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const a = +m[1], g = +m[2], n = +m[3];
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && n !== 0;
}
export function itinGroupOk(g) { return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function itinValid(s) {
  const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  return itinGroupOk(+m[2]);
}

// ---------- NHS ----------
export function nhsCheck(nine) {
  let sum = 0; for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (sum % 11);
  return c === 11 ? 0 : c; // 10 means: no valid number with this stem
}
export function nhsValid(s) {
  const d = s.replace(/[ \-]/g, ''); if (!/^\d{10}$/.test(d)) return false;
  const c = nhsCheck(d.slice(0, 9));
  return c !== 10 && c === +d[9];
}

// ---------- DEA ----------
export function deaCheck(six) {
  const d = [...six].map(Number);
  return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10;
}
export function deaValid(s) {
  const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{6})(\d)$/.exec(s); if (!m) return false;
  return deaCheck(m[3]) === +m[4];
}

// ---------- CRC32 / base62 (GitHub token checksum) ----------
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(buf) {
  if (typeof buf === 'string') buf = Buffer.from(buf, 'utf8');
  let c = 0xffffffff; for (const b of buf) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = ''; n = Math.floor(n);
  do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0);
  return width ? s.padStart(width, '0') : s;
}
export function ghChecksum(random30) { return base62(crc32(random30), 6); }
export function ghTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); if (!m) return false;
  return ghChecksum(m[1]) === m[2];
}

// ---------- CRC24 (OpenPGP armor) ----------
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } }
  return crc & 0xffffff;
}

// ---------- base58check ----------
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0')), s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; if (n === 0n) hex = '';
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
}
export function b58checkEncode(payload) {
  const ck = sha256(sha256(payload)).subarray(0, 4);
  return b58encode(Buffer.concat([payload, ck]));
}
export function b58checkValid(s) {
  const b = b58decode(s); if (!b || b.length < 5) return false;
  const p = b.subarray(0, -4), ck = b.subarray(-4);
  return sha256(sha256(p)).subarray(0, 4).equals(ck);
}

// ---------- bech32 / bech32m ----------
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; }
  return chk >>> 0;
}
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0; const out = [], maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
export function segwitEncode(hrp, ver, program) {
  const data = [ver, ...convertBits(program, 8, 5, true)];
  const C = ver === 0 ? 1 : 0x2bc830a3;
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ C;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...ck].map((d) => BECH[d]).join('');
}
export function bech32Valid(s) {
  const lo = s.toLowerCase(); if (lo !== s) return false;
  const pos = s.lastIndexOf('1'); if (pos < 1) return false;
  const hrp = s.slice(0, pos), data = [...s.slice(pos + 1)].map((c) => BECH.indexOf(c));
  if (data.some((d) => d < 0) || data.length < 7) return false;
  const pm = polymod([...hrpExpand(hrp), ...data]);
  const ver = data[0];
  return (ver === 0 && pm === 1) || (ver >= 1 && pm === 0x2bc830a3);
}
export function btcValid(s) {
  if (/^(bc|tb)1/.test(s)) return bech32Valid(s);
  if (!/^[13mn2][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(s)) return false;
  return b58checkValid(s);
}
