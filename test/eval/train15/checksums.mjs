// Checksums used both to build and to validate values.
import { createHash } from 'node:crypto';
const CRC = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(str) { const buf = Buffer.from(str); let c = 0xffffffff; for (const x of buf) c = CRC[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(width, '0'); }
export const githubChecksum = (random30) => base62(crc32(random30), 6);
export function githubValid(tok) {
  const m = /^(ghp|gho|ghs|ghu|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && githubChecksum(m[2]) === m[3];
}
export function luhnDigit(partial) { let sum = 0, dbl = true; for (let i = partial.length - 1; i >= 0; i--) { let x = +partial[i]; if (dbl) { x *= 2; if (x > 9) x -= 9; } sum += x; dbl = !dbl; } return String((10 - (sum % 10)) % 10); }
export const luhnValid = (num) => num.length > 1 && luhnDigit(num.slice(0, -1)) === num.slice(-1);
export function cardBrand(n) {
  const p2 = +n.slice(0, 2), p3 = +n.slice(0, 3), p4 = +n.slice(0, 4), L = n.length;
  if (n[0] === '4' && (L === 16 || L === 13 || L === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && L === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && L === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) && L === 16) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && L === 16) return 'jcb';
  if ((p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) && L === 14) return 'diners';
  return null;
}
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, AT: 20, CH: 21, PL: 28, PT: 25, IE: 22, SE: 24, DK: 18, NO: 15, FI: 18, CZ: 24, GR: 27, LU: 20, HU: 28, RO: 24, SA: 24, AE: 23, TR: 26, BR: 29 };
function mod97(str) { let r = 0; for (const ch of str) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const dg of v) r = (r * 10 + +dg) % 97; } return r; }
export function ibanCheck(cc, bban) { return String(98 - mod97(bban + cc + '00')).padStart(2, '0'); }
export function ibanValid(s) { const x = s.replace(/ /g, ''); if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(x)) return false; if (IBAN_LEN[x.slice(0, 2)] !== x.length) return false; return mod97(x.slice(4) + x.slice(0, 4)) === 1; }
export function ibanMod97Ok(s) { const x = s.replace(/ /g, ''); return mod97(x.slice(4) + x.slice(0, 4)) === 1; }
export function ssnValid(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000'; }
export function itinValid(s) { const m = /^9(\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const g = +m[2]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; } // 10 = invalid
export function nhsValid(s) { const x = s.replace(/[ -]/g, ''); return /^\d{10}$/.test(x) && nhsCheck(x) !== 10 && nhsCheck(x) === +x[9]; }
export function deaCheck(six) { const d = [...six].map(Number); return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10; }
export function deaValid(s) { const m = /^[ABCDEFGHJKLMPRSTUX][A-Z9](\d{6})(\d)$/.exec(s); return !!m && deaCheck(m[1]) === +m[2]; }
// base58check
const A58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b) => createHash('sha256').update(b).digest();
export function b58encode(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = A58[Number(n % 58n)] + s; n /= 58n; } for (const x of buf) { if (x === 0) s = '1' + s; else break; } return s; }
export function b58decode(s) { let n = 0n; for (const ch of s) { const i = A58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; let buf = n === 0n ? Buffer.alloc(0) : Buffer.from(h, 'hex'); let z = 0; for (const ch of s) { if (ch === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), buf]); }
export function b58check(payload) { return b58encode(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)])); }
export function b58checkValid(s) { const b = b58decode(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
// bech32 (BIP-173)
const CS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export function bech32Encode(hrp, data5) { const v = [...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]; const pm = polymod(v) ^ 1; const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data5, ...ck].map((x) => CS[x]).join(''); }
export function bech32Valid(s) { const pos = s.lastIndexOf('1'); if (pos < 1) return false; const hrp = s.slice(0, pos); const data = [...s.slice(pos + 1)].map((c) => CS.indexOf(c)); if (data.some((x) => x < 0) || data.length < 6) return false; return polymod([...hrpExpand(hrp), ...data]) === 1; }
export function toWords(buf) { let acc = 0, bits = 0; const out = []; for (const x of buf) { acc = (acc << 8) | x; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >>> bits) & 31); } } if (bits) out.push((acc << (5 - bits)) & 31); return out; }
export function btcValid(s) { if (/^bc1/.test(s)) return bech32Valid(s); if (/^[13]/.test(s)) return b58checkValid(s); return false; }
