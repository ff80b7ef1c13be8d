// Check-digit and encoding algorithms used both to build values and to validate them.
import { createHash } from 'node:crypto';
import { BASE62 } from './prng.mjs';

export const sha256 = (b) => createHash('sha256').update(b).digest();

// ---------- Luhn ----------
export function luhnSum(digits) {
  let sum = 0, dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return sum;
}
export const luhnValid = (s) => { const d = s.replace(/\D/g, ''); return d.length >= 12 && luhnSum(d) % 10 === 0; };
export function luhnComplete(body) {
  for (let c = 0; c < 10; c++) if (luhnSum(body + c) % 10 === 0) return body + c;
  throw new Error('luhn');
}

// ---------- card networks ----------
export function cardNetwork(num) {
  const d = num.replace(/\D/g, ''), n = d.length;
  const p2 = +d.slice(0, 2), p3 = +d.slice(0, 3), p4 = +d.slice(0, 4), p6 = +d.slice(0, 6);
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && (n === 16 || n === 19)) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p4 === 3095) && n === 14) return 'diners';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  return null;
}

// ---------- IBAN ----------
// national lengths and BBAN shapes (a = upper letter, n = digit, c = alnum upper)
export const IBAN_SPEC = {
  DE: [22, '8n10n'], FR: [27, '5n5n11c2n'], ES: [24, '4n4n2n10n'], IT: [27, '1a5n5n12c'],
  NL: [18, '4a10n'], BE: [16, '3n7n2n'], AT: [20, '5n11n'], CH: [21, '5n12c'], GB: [22, '4a6n8n'],
  IE: [22, '4a6n8n'], PL: [28, '8n16n'], PT: [25, '4n4n11n2n'], SE: [24, '3n16n1n'], NO: [15, '4n6n1n'],
  DK: [18, '4n9n1n'], FI: [18, '3n11n'], LU: [20, '3n13c'], CZ: [24, '4n6n10n'], HU: [28, '3n4n1n15n1n'],
  RO: [24, '4a16c'], GR: [27, '3n4n16c'], TR: [26, '5n1n16c'], SA: [24, '2n18c'], AE: [23, '3n16n'],
  IL: [23, '3n3n13n'], BG: [22, '4a4n2n8c'], HR: [21, '7n10n'], SK: [24, '4n6n10n'], SI: [19, '5n8n2n'],
  EE: [20, '2n2n11n1n'], LT: [20, '5n11n'], LV: [21, '4a13c'], IS: [26, '4n2n6n10n'], CY: [28, '3n5n16c'],
  MT: [31, '4a5n18c'],
};
function ibanNumeric(s) {
  let out = '';
  for (const ch of s) out += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
  return out;
}
export function mod97(numStr) {
  let r = 0;
  for (let i = 0; i < numStr.length; i += 7) r = Number(String(r) + numStr.slice(i, i + 7)) % 97;
  return r;
}
export function ibanFromBban(cc, bban) {
  const chk = 98 - mod97(ibanNumeric(bban + cc + '00'));
  return cc + String(chk).padStart(2, '0') + bban;
}
export function ibanValid(s) {
  const d = s.replace(/[\s-]/g, '').toUpperCase();
  const spec = IBAN_SPEC[d.slice(0, 2)];
  if (!spec || d.length !== spec[0] || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(d)) return false;
  return mod97(ibanNumeric(d.slice(4) + d.slice(0, 4))) === 1;
}

// ---------- CRC32 / base62 (GitHub token checksum) ----------
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
  if (typeof buf === 'string') buf = Buffer.from(buf, 'utf8');
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export function base62(n, width) {
  let s = '';
  n = BigInt(n);
  while (n > 0n) { s = BASE62[Number(n % 62n)] + s; n /= 62n; }
  return s.padStart(width, '0');
}
export const ghChecksum = (random30) => base62(crc32(random30), 6);
export function githubTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && ghChecksum(m[1]) === m[2];
}

// ---------- CRC24 (OpenPGP armor) ----------
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; }
  }
  return crc & 0xffffff;
}

// ---------- base58 / base58check ----------
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let n = BigInt('0x' + (buf.length ? buf.toString('hex') : '0'));
  let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let n = 0n;
  for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex;
  let buf = n === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex');
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), buf]);
}
export function b58check(payload) {
  const chk = sha256(sha256(payload)).subarray(0, 4);
  return b58encode(Buffer.concat([payload, chk]));
}
export function b58checkValid(s) {
  const b = b58decode(s);
  if (!b || b.length < 5) return false;
  const p = b.subarray(0, b.length - 4), c = b.subarray(b.length - 4);
  return sha256(sha256(p)).subarray(0, 4).equals(c);
}

// ---------- bech32 / bech32m ----------
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
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export function bech32Encode(hrp, data5, m = false) {
  const C = m ? 0x2bc830a3 : 1;
  const pm = polymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ C;
  const chk = [];
  for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...chk].map((v) => BECH[v]).join('');
}
export function bech32Decode(s) {
  const lower = s.toLowerCase();
  if (s !== lower && s !== s.toUpperCase()) return null;
  const pos = lower.lastIndexOf('1');
  if (pos < 1 || pos + 7 > lower.length) return null;
  const hrp = lower.slice(0, pos);
  const data = [];
  for (const ch of lower.slice(pos + 1)) { const i = BECH.indexOf(ch); if (i < 0) return null; data.push(i); }
  const pm = polymod([...hrpExpand(hrp), ...data]);
  const variant = pm === 1 ? 'bech32' : pm === 0x2bc830a3 ? 'bech32m' : null;
  if (!variant) return null;
  return { hrp, data: data.slice(0, -6), variant };
}
export function convertBits(data, from, to, pad = true) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v; bits += from;
    while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); }
  }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
export function btcValid(a) {
  if (/^(bc1|BC1)/.test(a)) {
    const d = bech32Decode(a);
    if (!d || d.hrp !== 'bc') return false;
    const ver = d.data[0];
    const prog = convertBits(d.data.slice(1), 5, 8, false);
    if (ver === 0) return d.variant === 'bech32' && (prog.length === 20 || prog.length === 32);
    return d.variant === 'bech32m' && ver === 1 && prog.length === 32;
  }
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(a)) return false;
  const b = b58decode(a);
  return !!b && b.length === 25 && (b[0] === 0 || b[0] === 5) && b58checkValid(a);
}

// ---------- NHS (mod 11) ----------
export function nhsCheck(nine) {
  let s = 0;
  for (let i = 0; i < 9; i++) s += (+nine[i]) * (10 - i);
  const c = 11 - (s % 11);
  return c === 11 ? 0 : c; // 10 = invalid
}
export function nhsValid(s) {
  const d = s.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(d) && nhsCheck(d.slice(0, 9)) === +d[9];
}

// ---------- DEA ----------
export function deaCheck(six) {
  const d = [...six].map(Number);
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
}
export function deaValid(s) {
  const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{6})(\d)$/.exec(s);
  return !!m && deaCheck(m[3]) === +m[4];
}

// ---------- SSN / ITIN ----------
export function ssnParts(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  return m ? [m[1], m[2], m[3]] : null;
}
export function ssnValid(s) {
  const p = ssnParts(s); if (!p) return false;
  const a = +p[0];
  return a !== 0 && a !== 666 && a < 900 && p[1] !== '00' && p[2] !== '0000';
}
export const ITIN_GROUPS = [...range(50, 65), ...range(70, 88), 90, 91, 92, ...range(94, 99)];
function range(a, b) { const o = []; for (let i = a; i <= b; i++) o.push(i); return o; }
export function itinValid(s) {
  const p = ssnParts(s); if (!p) return false;
  return p[0][0] === '9' && ITIN_GROUPS.includes(+p[1]);
}

// ---------- base32 ----------
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export function b32encode(buf) {
  let bits = 0, acc = 0, out = '';
  for (const b of buf) {
    acc = (acc << 8) | b; bits += 8;
    while (bits >= 5) { bits -= 5; out += B32[(acc >>> bits) & 31]; }
  }
  if (bits > 0) out += B32[(acc << (5 - bits)) & 31];
  return out;
}
