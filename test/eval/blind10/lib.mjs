// blind10 generator: PRNG, checksums, span-recording document builder.
import { createHash } from 'node:crypto';

export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const r = {
    f: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    str: (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(next() * alpha.length)]; return s; },
    digits: (n) => r.str(D, n),
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
  };
  return r;
}

export const D = '0123456789';
export const HEX = '0123456789abcdef';
export const HEXU = '0123456789ABCDEF';
export const LOW = 'abcdefghijklmnopqrstuvwxyz';
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const B62 = D + UP + LOW;
export const B64 = UP + LOW + D + '+/';
export const B64U = UP + LOW + D + '-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

// ---------- checksums ----------
export function luhnOk(num) {
  const s = num.replace(/\D/g, ''); let sum = 0;
  for (let i = 0; i < s.length; i++) { let d = +s[s.length - 1 - i]; if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; }
  return sum % 10 === 0;
}
export function luhnDigit(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c); }
export function mod97(str) { let m = 0; for (const ch of str) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) m = (m * 10 + +d) % 97; } return m; }
export function ibanOk(iban) { const s = iban.replace(/\s/g, ''); return mod97(s.slice(4) + s.slice(0, 4)) === 1; }
export function ibanCheck(cc, bban) { const c = 98 - mod97(bban + cc + '00'); return String(c).padStart(2, '0'); }
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15, DK: 18, FI: 18, LU: 20, GR: 27, CZ: 24, HR: 21 };
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; return c === 10 ? null : String(c); }
export function nhsOk(n) { const s = n.replace(/\D/g, ''); return s.length === 10 && nhsCheck(s.slice(0, 9)) === s[9]; }
export function deaOk(dea) { if (!/^[ABFGMPRX][A-Z9][0-9]{7}$/.test(dea)) return false; const d = dea.slice(2).split('').map(Number); return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6]; }
export function ssnOk(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && +m[2] !== 0 && +m[3] !== 0; }
export function itinGroupOk(g) { return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function itinOk(s) { const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); return !!m && itinGroupOk(+m[2]); }

const CRC_T = (() => { const t = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
export function crc32(str) { let c = 0xFFFFFFFF; for (const b of Buffer.from(str)) c = CRC_T[(c ^ b) & 0xFF] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; }
export function base62(n, width) { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(width, '0'); }
export function ghChecksumOk(tok) { const m = /^(ghp|gho|ghu|ghs|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); return !!m && base62(crc32(m[2]), 6) === m[3]; }

export const sha256 = (b) => createHash('sha256').update(b).digest();
export function b58encode(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) { let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); } let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; let b = Buffer.from(n === 0n ? '' : hex, 'hex'); let z = 0; for (const ch of s) { if (ch === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), b]); }
export function base58checkOk(s) { const b = b58decode(s); if (!b || b.length !== 25) return false; return sha256(sha256(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
function hrpExpand(h) { const r = []; for (const c of h) r.push(c.charCodeAt(0) >> 5); r.push(0); for (const c of h) r.push(c.charCodeAt(0) & 31); return r; }
function convertBits(data, from, to) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (bits > 0) out.push((acc << (to - bits)) & maxv); return out; }
export function bech32Encode(hrp, ver, prog) { const data = [ver, ...convertBits([...prog], 8, 5)]; const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1; const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data, ...chk].map((v) => BECH[v]).join(''); }
export function bech32Ok(s) { const p = s.lastIndexOf('1'); const hrp = s.slice(0, p); const data = [...s.slice(p + 1)].map((c) => BECH.indexOf(c)); if (data.some((v) => v < 0)) return false; return polymod([...hrpExpand(hrp), ...data]) === 1; }

// ---------- document builder ----------
// Tagged template: d.add`KEY=${S('ENTITY', value)}\n` ; interpolations are strings or span markers.
export const S = (entity, v) => ({ k: 's', entity, v: String(v) });
export const P = (entity, v) => ({ k: 'p', entity, v: String(v) });
export const L = (what, v) => ({ k: 'l', what, v: String(v) });
export class Doc {
  constructor() { this.parts = []; this.len = 0; this.labels = []; this.lookalikes = []; }
  t(s) { s = String(s); this.parts.push(s); this.len += Buffer.byteLength(s); return this; }
  put(x) {
    if (x == null) return this;
    if (Array.isArray(x)) { for (const y of x) this.put(y); return this; }
    if (typeof x !== 'object') return this.t(x);
    const start = this.len; this.t(x.v); const end = this.len;
    if (x.k === 'l') this.lookalikes.push({ start, end, what: x.what, _v: x.v });
    else this.labels.push({ start, end, entity: x.entity, family: x.k === 's' ? 'secrets' : 'pii', _v: x.v });
    return this;
  }
  add(strs, ...vals) { for (let i = 0; i < strs.length; i++) { this.t(strs[i]); if (i < vals.length) this.put(vals[i]); } return this; }
  line(...xs) { for (const x of xs) this.put(x); return this.t('\n'); }
  text() { return this.parts.join(''); }
}
