// Check-digit algorithms used both to build values and to validate them.
import { createHash } from 'node:crypto';
import { ALPHA } from './prng.mjs';

export const onlyDigits = (s) => s.replace(/\D/g, '');

// ---- Luhn -------------------------------------------------------------
export function luhnValid(num) {
  const d = onlyDigits(num); if (d.length < 2) return false;
  let sum = 0, dbl = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let x = d.charCodeAt(i) - 48;
    if (dbl) { x *= 2; if (x > 9) x -= 9; }
    sum += x; dbl = !dbl;
  }
  return sum % 10 === 0;
}
export function luhnComplete(partial) { // append the check digit
  for (let c = 0; c < 10; c++) if (luhnValid(partial + c)) return partial + c;
  throw new Error('luhn');
}

// Card brands: IIN ranges and lengths.
export const CARD_BRANDS = {
  visa: { lens: [16, 13, 19], iin: (p) => /^4/.test(p) },
  mastercard: { lens: [16], iin: (p) => { const a = +p.slice(0, 2), b = +p.slice(0, 4); return (a >= 51 && a <= 55) || (b >= 2221 && b <= 2720); } },
  amex: { lens: [15], iin: (p) => /^3[47]/.test(p) },
  discover: { lens: [16, 19], iin: (p) => { const b = +p.slice(0, 3); return /^6011/.test(p) || /^65/.test(p) || (b >= 644 && b <= 649); } },
  jcb: { lens: [16, 19], iin: (p) => { const b = +p.slice(0, 4); return b >= 3528 && b <= 3589; } },
  diners: { lens: [14, 16], iin: (p) => /^36/.test(p) || /^30[0-5]/.test(p) || /^38/.test(p) || /^39/.test(p) },
};
export function cardBrand(num) {
  const d = onlyDigits(num);
  for (const [name, b] of Object.entries(CARD_BRANDS)) if (b.iin(d) && b.lens.includes(d.length)) return name;
  return null;
}

// ---- IBAN -------------------------------------------------------------
// country -> [length, BBAN pattern]; pattern letters: n digit, a upper letter, c alnum upper
export const IBAN_SPEC = {
  DE: [22, 'nnnnnnnnnnnnnnnnnn'], GB: [22, 'aaaannnnnnnnnnnnnn'], FR: [27, 'nnnnnnnnnnnnnnnnnnnnnnn'],
  ES: [24, 'nnnnnnnnnnnnnnnnnnnn'], IT: [27, 'annnnnnnnnnnnnnnnnnnnnn'], NL: [18, 'aaaannnnnnnnnn'],
  BE: [16, 'nnnnnnnnnnnn'], CH: [21, 'nnnnnnnnnnnnnnnnn'], AT: [20, 'nnnnnnnnnnnnnnnn'],
  PL: [28, 'nnnnnnnnnnnnnnnnnnnnnnnn'], PT: [25, 'nnnnnnnnnnnnnnnnnnnnn'], IE: [22, 'aaaannnnnnnnnnnnnn'],
  SE: [24, 'nnnnnnnnnnnnnnnnnnnn'], NO: [15, 'nnnnnnnnnnn'], DK: [18, 'nnnnnnnnnnnnnn'],
  FI: [18, 'nnnnnnnnnnnnnn'], LU: [20, 'nnnccccccccccccc'], CZ: [24, 'nnnnnnnnnnnnnnnnnnnn'],
  GR: [27, 'nnnnnnnnnnnnnnnnnnnnnnn'], TR: [26, 'nnnnnnnnnnnnnnnnnnnnnn'], HU: [28, 'nnnnnnnnnnnnnnnnnnnnnnnn'],
};
function ibanNumeric(s) {
  let out = '';
  for (const ch of s) out += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
  return out;
}
function mod97(numStr) {
  let r = 0;
  for (const ch of numStr) r = (r * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return r;
}
export function ibanCompact(s) { return s.replace(/[\s-]/g, '').toUpperCase(); }
export function ibanValid(s) {
  const c = ibanCompact(s);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c)) return false;
  const spec = IBAN_SPEC[c.slice(0, 2)]; if (!spec || spec[0] !== c.length) return false;
  return mod97(ibanNumeric(c.slice(4) + c.slice(0, 4))) === 1;
}
export function ibanMake(cc, bban) {
  const r = mod97(ibanNumeric(bban + cc + '00'));
  const ck = String(98 - r).padStart(2, '0');
  return cc + ck + bban;
}
export function ibanGroup(c) { return c.replace(/(.{4})/g, '$1 ').trim(); }

// ---- US SSN / ITIN ----------------------------------------------------
export function ssnValid(s) {
  const d = onlyDigits(s); if (d.length !== 9) return false;
  const a = +d.slice(0, 3), g = +d.slice(3, 5), n = +d.slice(5);
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && n !== 0;
}
export function itinGroupOk(g) { return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function itinValid(s) {
  const d = onlyDigits(s); if (d.length !== 9 || d[0] !== '9') return false;
  return itinGroupOk(+d.slice(3, 5));
}

// ---- NHS (mod 11) -------------------------------------------------------
export function nhsCheckDigit(nine) {
  let sum = 0; for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  let c = 11 - (sum % 11); if (c === 11) c = 0;
  return c; // 10 means "no valid number"
}
export function nhsValid(s) {
  const d = onlyDigits(s); if (d.length !== 10) return false;
  const c = nhsCheckDigit(d.slice(0, 9)); return c !== 10 && c === +d[9];
}

// ---- DEA ----------------------------------------------------------------
export function deaCheckDigit(six) {
  const n = six.split('').map(Number);
  return ((n[0] + n[2] + n[4]) + 2 * (n[1] + n[3] + n[5])) % 10;
}
export function deaValid(s) {
  const m = /^([A-Z])([A-Z9])(\d{7})$/.exec(s); if (!m) return false;
  if (!'ABCDEFGHJKLMPRSTUX'.includes(m[1])) return false;
  return deaCheckDigit(m[3].slice(0, 6)) === +m[3][6];
}

// ---- CRC32 / base62 (GitHub token checksum) -----------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; }
  return t;
})();
export function crc32(buf) {
  if (typeof buf === 'string') buf = Buffer.from(buf, 'utf8');
  let c = 0xffffffff; for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export function base62(n, width) {
  let s = ''; do { s = ALPHA.b62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0);
  return s.padStart(width, '0');
}
export function githubChecksum(random30) { return base62(crc32(random30), 6); }
export function githubTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); if (!m) return false;
  return githubChecksum(m[1]) === m[2];
}

// ---- base58check / bech32 (BTC) ------------------------------------------
const sha256 = (b) => createHash('sha256').update(b).digest();
export function base58encode(buf) {
  let x = BigInt('0x' + (buf.length ? buf.toString('hex') : '0'));
  let s = '';
  while (x > 0n) { s = ALPHA.b58[Number(x % 58n)] + s; x /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function base58decode(s) {
  let x = 0n;
  for (const ch of s) { const i = ALPHA.b58.indexOf(ch); if (i < 0) return null; x = x * 58n + BigInt(i); }
  let hex = x.toString(16); if (hex.length % 2) hex = '0' + hex; if (x === 0n) hex = '';
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
}
export function base58check(payload) {
  const ck = sha256(sha256(payload)).subarray(0, 4);
  return base58encode(Buffer.concat([payload, ck]));
}
export function base58checkValid(s) {
  const b = base58decode(s); if (!b || b.length < 5) return false;
  const p = b.subarray(0, b.length - 4), ck = b.subarray(b.length - 4);
  return sha256(sha256(p)).subarray(0, 4).equals(ck);
}
const B32C = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bechPolymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; }
  return chk >>> 0;
}
function hrpExpand(hrp) { const r = []; for (const c of hrp) r.push(c.charCodeAt(0) >> 5); r.push(0); for (const c of hrp) r.push(c.charCodeAt(0) & 31); return r; }
export function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad) { if (bits > 0) out.push((acc << (to - bits)) & maxv); } else if (bits >= from || ((acc << (to - bits)) & maxv)) return null;
  return out;
}
export function bech32Encode(hrp, data5) {
  const pm = bechPolymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ 1;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...ck].map((v) => B32C[v]).join('');
}
export function bech32Valid(s) {
  const lower = s.toLowerCase(); if (s !== lower && s !== s.toUpperCase()) return false;
  const pos = lower.lastIndexOf('1'); if (pos < 1 || pos + 7 > lower.length) return false;
  const hrp = lower.slice(0, pos); const data = [];
  for (const c of lower.slice(pos + 1)) { const i = B32C.indexOf(c); if (i < 0) return false; data.push(i); }
  return bechPolymod([...hrpExpand(hrp), ...data]) === 1;
}
export function btcValid(s) {
  if (/^bc1/i.test(s)) return bech32Valid(s) && /^bc1q/i.test(s);
  if (!/^[13]/.test(s)) return false;
  if (!base58checkValid(s)) return false;
  const b = base58decode(s); return b.length === 25 && (b[0] === 0 || b[0] === 5);
}

// ---- CRC24 (OpenPGP armor) ---------------------------------------------
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } }
  return crc & 0xffffff;
}

// ---- ABA routing (neutral values, built valid) ---------------------------
export function abaComplete(eight) {
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0; for (let i = 0; i < 8; i++) s += w[i] * (eight.charCodeAt(i) - 48);
  return eight + ((10 - (s % 10)) % 10);
}

// ---- ISBN-13 -------------------------------------------------------------
export function isbn13Complete(twelve) {
  let s = 0; for (let i = 0; i < 12; i++) s += (twelve.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return twelve + ((10 - (s % 10)) % 10);
}
