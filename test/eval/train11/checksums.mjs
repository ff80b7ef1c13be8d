// Check-digit algorithms used by both the generators and the validator.
import { createHash } from 'node:crypto';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
let CRC_T = null;
export function crc32(str) {
  if (!CRC_T) { CRC_T = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; CRC_T[n] = c >>> 0; } }
  let c = 0xffffffff; for (const b of Buffer.from(str)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export function base62(n, width) { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(width, '0'); }
export function githubChecksum(body30) { return base62(crc32(body30), 6); }
export function githubValid(tok) {
  const m = /^(ghp|gho|ghu|ghs|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && githubChecksum(m[2]) === m[3];
}
export function luhnValid(num) {
  const d = num.replace(/\D/g, ''); let s = 0;
  for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; }
  return d.length > 0 && s % 10 === 0;
}
export function luhnComplete(partial) { for (let c = 0; c < 10; c++) if (luhnValid(partial + c)) return partial + c; }
export function cardIinOk(num) {
  const d = num.replace(/\D/g, ''), L = d.length, p2 = +d.slice(0, 2), p3 = +d.slice(0, 3), p4 = +d.slice(0, 4);
  if (d[0] === '4') return L === 16 || L === 13 || L === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return L === 16;
  if (p2 === 34 || p2 === 37) return L === 15;
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return L === 16 || L === 19;
  if (p4 >= 3528 && p4 <= 3589) return L === 16;
  if (p2 === 36 || (p3 >= 300 && p3 <= 305) || p2 === 38) return L === 14;
  return false;
}
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15, DK: 18, FI: 18, LU: 20, CZ: 24, GR: 27, TR: 26, HU: 28, RO: 24, SA: 24, AE: 23 };
function mod97(s) { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const dd of v) r = (r * 10 + +dd) % 97; } return r; }
export function ibanCheck(cc, bban) { const r = mod97(bban + cc + '00'); return String(98 - r).padStart(2, '0'); }
export function ibanValid(iban) {
  const s = iban.replace(/ /g, ''); if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
export function ssnValid(s) {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); if (!m) return false;
  const a = +m[1]; return a > 0 && a !== 666 && a < 900 && +m[2] > 0 && +m[3] > 0;
}
export function itinValid(s) {
  const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const g = +m[2]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; }
export function nhsValid(v) { const d = v.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; const c = nhsCheck(d.slice(0, 9)); return c !== 10 && c === +d[9]; }
export function deaCheck(six) { const d = [...six].map(Number); return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10; }
export function deaValid(v) { const m = /^[ABCDEFGHJKLMPRSTUX][A-Z9](\d{6})(\d)$/.exec(v); return !!m && deaCheck(m[1]) === +m[2]; }
const sha = (b) => createHash('sha256').update(b).digest();
export function b58encode(buf) {
  const A = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'; let n = BigInt('0x' + (buf.toString('hex') || '0')), s = '';
  while (n > 0n) { s = A[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s;
}
export function b58decode(str) {
  const A = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'; let n = 0n;
  for (const ch of str) { const i = A.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; if (n === 0n) hex = '';
  let lead = 0; for (const ch of str) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
}
export function base58check(version, payload) { const b = Buffer.concat([Buffer.from([version]), payload]); return b58encode(Buffer.concat([b, sha(sha(b)).subarray(0, 4)])); }
export function base58checkValid(s) { const b = b58decode(s); if (!b || b.length !== 25) return false; return sha(sha(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21)) && (b[0] === 0 || b[0] === 5); }
const BCH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let c = 1; for (const x of v) { const b = c >>> 25; c = ((c & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) c ^= G[i]; } return c >>> 0; }
const hrpExp = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function convert8to5(bytes) { let acc = 0, bits = 0; const out = []; for (const b of bytes) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >> bits) & 31); } } if (bits) out.push((acc << (5 - bits)) & 31); return out; }
export function bech32Address(prog20) {
  const data = [0, ...convert8to5(prog20)]; const pm = polymod([...hrpExp('bc'), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return 'bc1' + [...data, ...chk].map((x) => BCH[x]).join('');
}
export function bech32Valid(s) { if (!/^bc1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{39,59}$/.test(s)) return false; const d = [...s.slice(3)].map((c) => BCH.indexOf(c)); return polymod([...hrpExp('bc'), ...d]) === 1; }
