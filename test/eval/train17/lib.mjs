// PRNG, checksums and the span-recording builder for train17.
import { createHash } from 'node:crypto';

export function makeRng(seed) {
  let s = seed >>> 0;
  const next = () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const r = {
    next,
    int: (a, b) => a + Math.floor(next() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    str: (alpha, n) => { let o = ''; for (let i = 0; i < n; i++) o += alpha[Math.floor(next() * alpha.length)]; return o; },
    digits: (n) => r.str('0123456789', n),
    hex: (n) => r.str('0123456789abcdef', n),
    HEX: (n) => r.str('0123456789ABCDEF', n),
    b62: (n) => r.str(A62, n),
    b64: (n) => r.str(A62 + '+/', n),
    b64u: (n) => r.str(A62 + '-_', n),
    lower: (n) => r.str('abcdefghijklmnopqrstuvwxyz', n),
    upper: (n) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n),
    alnumL: (n) => r.str('abcdefghijklmnopqrstuvwxyz0123456789', n),
    alnumU: (n) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n),
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  return r;
}
export const A62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

// ---- CRC32 / base62 (GitHub token checksum) ----
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(str) { let c = 0xFFFFFFFF; for (const b of Buffer.from(str)) c = CRC_T[(c ^ b) & 0xFF] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; }
export function base62(n, width) { let o = ''; do { o = A62[n % 62] + o; n = Math.floor(n / 62); } while (n > 0); return o.padStart(width, '0'); }
export function githubChecksumOk(tok) { const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); return !!m && base62(crc32(m[1]), 6) === m[2]; }

// ---- Luhn ----
export function luhnOk(num) { const d = num.replace(/\D/g, ''); let s = 0; for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; } return d.length > 0 && s % 10 === 0; }
export function luhnDigit(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c); }

// ---- IBAN ----
export const IBAN_LEN = { DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, NL: 18, BE: 16, AT: 20, CH: 21, PL: 28, PT: 25, IE: 22, SE: 24, DK: 18, NO: 15, FI: 18, CZ: 24, HU: 28, RO: 24, GR: 27, LU: 20, SA: 24, AE: 23, TR: 26, BR: 29 };
function mod97(s) { let m = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) m = (m * 10 + +d) % 97; } return m; }
export function ibanOk(iban) { const s = iban.replace(/ /g, ''); const cc = s.slice(0, 2); if (IBAN_LEN[cc] !== s.length) return false; return mod97(s.slice(4) + s.slice(0, 4)) === 1; }
export function ibanCheck(cc, bban) { const m = mod97(bban + cc + '00'); return String(98 - m).padStart(2, '0'); }

// ---- SSN / ITIN ----
export function ssnOk(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000'; }
export function itinOk(s) { const m = /^9(\d{2})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); if (!m) return false; const g = +m[2]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }

// ---- NHS ----
export function nhsOk(s) { const d = s.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; let sum = 0; for (let i = 0; i < 9; i++) sum += +d[i] * (10 - i); let c = 11 - (sum % 11); if (c === 11) c = 0; return c !== 10 && c === +d[9]; }

// ---- DEA ----
export function deaOk(s) { const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})$/.exec(s); if (!m) return false; const d = m[3]; const v = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); return v % 10 === +d[6]; }

// ---- Bitcoin ----
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b) => createHash('sha256').update(b).digest();
export function b58encode(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let o = ''; while (n > 0n) { o = B58[Number(n % 58n)] + o; n /= 58n; } for (const b of buf) { if (b === 0) o = '1' + o; else break; } return o; }
export function b58decode(s) { let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); } let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; let buf = n === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex'); let z = 0; for (const ch of s) { if (ch === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), buf]); }
export function base58check(payload) { return b58encode(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)])); }
export function base58checkOk(s) { const b = b58decode(s); if (!b || b.length < 5) return false; const p = b.subarray(0, b.length - 4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(b.length - 4)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export function bech32Encode(hrp, data) { const v = [...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]; const p = polymod(v) ^ 1; const chk = []; for (let i = 0; i < 6; i++) chk.push((p >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data, ...chk].map((d) => BECH[d]).join(''); }
export function bech32Ok(s) { const i = s.lastIndexOf('1'); if (i < 1) return false; const hrp = s.slice(0, i); const data = [...s.slice(i + 1)].map((c) => BECH.indexOf(c)); if (data.some((d) => d < 0) || data.length < 6) return false; return polymod([...hrpExpand(hrp), ...data]) === 1; }
export function toWords(bytes) { let acc = 0, bits = 0; const out = []; for (const b of bytes) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >> bits) & 31); } } if (bits) out.push((acc << (5 - bits)) & 31); return out; }

// ---- Builder: records exact byte spans of what it inserts ----
export class Builder {
  constructor() { this.parts = []; this.len = 0; this.labels = []; this.lookalikes = []; }
  t(s) { s = String(s); this.parts.push(s); this.len += Buffer.byteLength(s); return this; }
  _span(s) { const start = this.len; this.t(s); return { start, end: this.len, value: s }; }
  s(entity, value) { if (value && typeof value === 'object') { entity = value.e; value = value.v; } const sp = this._span(value); this.labels.push({ ...sp, entity, family: 'secrets' }); return this; }
  p(entity, value) { const sp = this._span(value); this.labels.push({ ...sp, entity, family: 'pii' }); return this; }
  l(what, value) { if (value && typeof value === 'object') { what = value.w; value = value.v; } const sp = this._span(value); this.lookalikes.push({ ...sp, what }); return this; }
  // mixed: item {e,v} secret, {p,v} pii, {w,v} lookalike, or string
  x(item) { if (typeof item === 'string') return this.t(item); if (item.e) return this.s(item.e, item.v); if (item.p) return this.p(item.p, item.v); if (item.w) return this.l(item.w, item.v); throw new Error('bad item'); }
  text() { return this.parts.join(''); }
  bytes() { return Buffer.byteLength(this.text()); }
}
