// blind14 shared library: seeded PRNG, alphabets, checksums, span-recording document builder.
import crypto from 'node:crypto';

export class Rng {
  constructor(seed) { this.s = seed >>> 0; }
  next() { // mulberry32
    this.s = (this.s + 0x6D2B79F5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(a, b) { return a + Math.floor(this.next() * (b - a + 1)); }
  pick(a) { return a[Math.floor(this.next() * a.length)]; }
  chance(p) { return this.next() < p; }
  str(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(this.next() * alpha.length)]; return s; }
  digits(n) { return this.str(DIG, n); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(this.next() * 256); return b; }
  shuffle(a) { const c = a.slice(); for (let i = c.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [c[i], c[j]] = [c[j], c[i]]; } return c; }
  weighted(pairs) { let tot = 0; for (const [, w] of pairs) tot += w; let x = this.next() * tot; for (const [v, w] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][0]; }
}
export const rng = new Rng(0xB1D14A5E);

export const DIG = '0123456789';
export const HEX = '0123456789abcdef';
export const HEXU = '0123456789ABCDEF';
export const LOW = 'abcdefghijklmnopqrstuvwxyz';
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const B62 = DIG + UP + LOW;
export const B64 = UP + LOW + DIG + '+/';
export const B64URL = UP + LOW + DIG + '-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const ALNUM_LOW = LOW + DIG;
export const ALNUM_UP = UP + DIG;

// ---------- checksums ----------
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(s) { const b = Buffer.from(s); let c = 0xFFFFFFFF; for (const x of b) c = CRC_T[(c ^ x) & 0xFF] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; }
export function base62(n, width) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
export function githubChecksum(rand30) { return base62(crc32(rand30), 6); }

export function luhnCheckDigit(body) { let sum = 0; let dbl = true; for (let i = body.length - 1; i >= 0; i--) { let d = +body[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; } return String((10 - (sum % 10)) % 10); }
export function luhnValid(num) { return num.length > 1 && luhnCheckDigit(num.slice(0, -1)) === num.slice(-1); }

export function ibanMod97(iban) { const r = iban.slice(4) + iban.slice(0, 4); let m = 0; for (const ch of r) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) m = (m * 10 + +d) % 97; } return m; }
export function ibanMake(cc, bban) { const m = ibanMod97(cc + '00' + bban); return cc + String(98 - m).padStart(2, '0') + bban; }
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15, DK: 18, FI: 18, LU: 20, GR: 27, CZ: 24, RO: 24, TR: 26, SA: 24, AE: 23, HU: 28 };

export function nhsCheck(d9) { let s = 0; for (let i = 0; i < 9; i++) s += +d9[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; return c === 10 ? null : String(c); }
export function deaCheck(d6) { const d = [...d6].map(Number); return String((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10); }

export function sha256(b) { return crypto.createHash('sha256').update(b).digest(); }
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function base58decode(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; let b = Buffer.from(n === 0n ? '' : hex, 'hex'); let lead = 0; for (const c of s) { if (c === '1') lead++; else break; } return Buffer.concat([Buffer.alloc(lead), b]); }
export function base58check(version, payload) { const body = Buffer.concat([Buffer.from([version]), payload]); const ck = sha256(sha256(body)).subarray(0, 4); return base58(Buffer.concat([body, ck])); }
export function base58checkValid(s) { const b = base58decode(s); if (!b || b.length !== 25) return false; return sha256(sha256(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
function hrpExpand(h) { const r = []; for (const c of h) r.push(c.charCodeAt(0) >> 5); r.push(0); for (const c of h) r.push(c.charCodeAt(0) & 31); return r; }
function convertBits(data, from, to) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (bits > 0) out.push((acc << (to - bits)) & maxv); return out; }
export function segwitAddress(version, prog) { const data = [version, ...convertBits([...prog], 8, 5)]; const C = version === 0 ? 1 : 0x2bc830a3; const pm = polymod([...hrpExpand('bc'), ...data, 0, 0, 0, 0, 0, 0]) ^ C; const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31); return 'bc1' + [...data, ...ck].map(x => BECH[x]).join(''); }
export function segwitValid(a) { if (!a.startsWith('bc1')) return false; const d = [...a.slice(3)].map(c => BECH.indexOf(c)); if (d.some(x => x < 0)) return false; const pm = polymod([...hrpExpand('bc'), ...d]); return (d[0] === 0 && pm === 1) || (d[0] > 0 && pm === 0x2bc830a3); }

export const b64u = (o) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');

// ---------- document builder ----------
// A value object is {v, e, f} (label: entity, family) or {v, w} (look-alike) or a plain string (neutral text).
export class Doc {
  constructor(kind) { this.kind = kind; this.buf = ''; this.n = 0; this.labels = []; this.lookalikes = []; }
  t(s) { s = String(s); this.buf += s; this.n += Buffer.byteLength(s); return this; }
  x(o) {
    if (o == null) return this;
    if (typeof o === 'string' || typeof o === 'number') return this.t(o);
    const start = this.n; this.t(o.v);
    if (o.w) this.lookalikes.push({ start, end: this.n, what: o.w, _v: o.v });
    else this.labels.push({ start, end: this.n, entity: o.e, family: o.f, _v: o.v });
    return this;
  }
  // x-many: d.m('key=', val, '\n')
  m(...parts) { for (const p of parts) this.x(p); return this; }
  snap() { return [this.buf, this.n, this.labels.length, this.lookalikes.length]; }
  restore(s) { this.buf = s[0]; this.n = s[1]; this.labels.length = s[2]; this.lookalikes.length = s[3]; }
  get size() { return this.n; }
  // add sections produced by fn until the target size; undo a section that overflows
  fill(target, fn, max = 3950) { let guard = 0; while (this.n < target && guard++ < 200) { const s = this.snap(); fn(this); if (this.n > max) { this.restore(s); break; } } return this; }
}
export const S = (v, e) => ({ v, e, f: 'secrets' });
export const P = (v, e) => ({ v, e, f: 'pii' });
export const L = (v, w) => ({ v, w });
