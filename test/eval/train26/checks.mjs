// Check-digit and encoding algorithms shared by the value generators and the validator.
import { createHash } from 'node:crypto';

export const sha256 = (b) => createHash('sha256').update(b).digest();

// ---- Luhn ----
export function luhnSum(digits) {
  let s = 0; const d = String(digits);
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    s += x;
  }
  return s;
}
export const luhnValid = (digits) => /^\d+$/.test(digits) && luhnSum(digits) % 10 === 0;
export const luhnComplete = (partial) => partial + String((10 - (luhnSum(partial + '0') % 10)) % 10);

// card brand by IIN and length
export function cardBrand(num) {
  const n = String(num); const L = n.length;
  const p2 = +n.slice(0, 2), p3 = +n.slice(0, 3), p4 = +n.slice(0, 4), p6 = +n.slice(0, 6);
  if (n[0] === '4' && (L === 16 || L === 13 || L === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p6 >= 222100 && p6 <= 272099)) && L === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && L === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) && (L === 16 || L === 19)) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && L >= 16 && L <= 19) return 'jcb';
  if ((p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305)) && (L === 14 || L === 16)) return 'diners';
  if (p2 === 62 && L >= 16 && L <= 19) return 'unionpay';
  return null;
}

// ---- IBAN ----
export const IBAN_LEN = { AT: 20, BE: 16, CH: 21, CZ: 24, DE: 22, DK: 18, ES: 24, FI: 18, FR: 27, GB: 22, GR: 27, HU: 28, IE: 22, IT: 27, LU: 20, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SA: 24, AE: 23, IL: 23, TR: 26, BR: 29, HR: 21, SI: 19, LT: 20, EE: 20, LV: 21, SK: 24, BG: 22, GE: 22 };
export function mod97(str) {
  let r = 0;
  for (const ch of str) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) r = (r * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return r;
}
export function ibanCheckDigits(cc, bban) {
  const r = mod97(bban + cc + '00');
  return String(98 - r).padStart(2, '0');
}
export function ibanValid(s) {
  const x = s.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(x)) return false;
  const cc = x.slice(0, 2);
  if (IBAN_LEN[cc] !== x.length) return false;
  return mod97(x.slice(4) + x.slice(0, 4)) === 1;
}

// ---- CRC32 / base62 (GitHub / npm style token checksum) ----
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(buf) { let c = 0xffffffff; for (const b of Buffer.from(buf)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) { let s = ''; let x = BigInt(n); while (x > 0n) { s = B62[Number(x % 62n)] + s; x /= 62n; } return s.padStart(width, '0'); }
export const tokenChecksum = (body30) => base62(crc32(Buffer.from(body30, 'ascii')), 6);
export function ghTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && tokenChecksum(m[1]) === m[2];
}

// ---- CRC24 (OpenPGP armor) ----
export function crc24(buf) { let crc = 0xb704ce; for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } } return crc & 0xffffff; }

// ---- base58 / base58check ----
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58enc(buf) {
  let x = BigInt('0x' + (Buffer.from(buf).toString('hex') || '0')); let s = '';
  while (x > 0n) { s = B58[Number(x % 58n)] + s; x /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58dec(s) {
  let x = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; x = x * 58n + BigInt(i); }
  let hex = x.toString(16); if (hex.length % 2) hex = '0' + hex; if (x === 0n) hex = '';
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
}
export const b58check = (payload) => b58enc(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]));
export function b58checkDecode(s) {
  const b = b58dec(s); if (!b || b.length < 5) return null;
  const p = b.subarray(0, b.length - 4);
  return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(b.length - 4)) ? p : null;
}

// ---- bech32 / bech32m ----
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function polymod(values) { let chk = 1; for (const v of values) { const top = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]; } return chk >>> 0; }
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export const BECH32 = 1, BECH32M = 0x2bc830a3;
export function bech32Encode(hrp, data5, spec = BECH32) {
  const pm = polymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ spec;
  const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...chk].map((d) => BECH[d]).join('');
}
export function bech32Decode(str) {
  const s = str.toLowerCase(); if (s !== str && str.toUpperCase() !== str) return null;
  const pos = s.lastIndexOf('1'); if (pos < 1 || pos + 7 > s.length) return null;
  const hrp = s.slice(0, pos); const data = [];
  for (const c of s.slice(pos + 1)) { const i = BECH.indexOf(c); if (i < 0) return null; data.push(i); }
  const pm = polymod([...hrpExpand(hrp), ...data]);
  const spec = pm === BECH32 ? 'bech32' : pm === BECH32M ? 'bech32m' : null;
  if (!spec) return null;
  return { hrp, data: data.slice(0, -6), spec };
}
export function convertBits(data, from, to, pad = true) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
export function btcValid(a) {
  if (/^(bc1|BC1)/.test(a)) {
    const d = bech32Decode(a); if (!d || d.hrp !== 'bc') return false;
    const ver = d.data[0]; const prog = convertBits(d.data.slice(1), 5, 8, false);
    if (ver === 0) return d.spec === 'bech32' && (prog.length === 20 || prog.length === 32);
    return d.spec === 'bech32m' && prog.length >= 2 && prog.length <= 40;
  }
  const p = b58checkDecode(a); return !!p && p.length === 21 && (p[0] === 0 || p[0] === 5);
}

// ---- NHS (mod 11) ----
export function nhsCheck(nine) {
  let s = 0; for (let i = 0; i < 9; i++) s += (+nine[i]) * (10 - i);
  const c = 11 - (s % 11); if (c === 11) return 0; if (c === 10) return null; return c;
}
export function nhsValid(s) { const d = s.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; const c = nhsCheck(d.slice(0, 9)); return c !== null && c === +d[9]; }

// ---- DEA ----
export const DEA_FIRST = 'ABCDEFGHJKLMPRSTUX';
export function deaCheck(six) { const d = [...six].map(Number); return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10; }
export function deaValid(s) { const m = /^([A-Z])([A-Z9])(\d{6})(\d)$/.exec(s); return !!m && DEA_FIRST.includes(m[1]) && deaCheck(m[3]) === +m[4]; }

// ---- SSN / ITIN ----
export function ssnParts(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); return m ? [m[1], m[2], m[3]] : null; }
export function ssnValid(s) { const p = ssnParts(s); if (!p) return false; const a = +p[0]; return a !== 0 && a !== 666 && a < 900 && p[1] !== '00' && p[2] !== '0000'; }
export function itinGroupOk(g) { return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function itinValid(s) { const p = ssnParts(s); return !!p && p[0][0] === '9' && itinGroupOk(+p[1]); }

// ---- base32 ----
export function b32enc(buf) { const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; let bits = 0, v = 0, out = ''; for (const b of buf) { v = (v << 8) | b; bits += 8; while (bits >= 5) { out += A[(v >>> (bits - 5)) & 31]; bits -= 5; } } if (bits > 0) out += A[(v << (5 - bits)) & 31]; return out; }
