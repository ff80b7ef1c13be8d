// blind17 generator library: seeded PRNG, checksums, span-recording document builder.
import { createHash } from 'node:crypto';

export function makeRng(seed) {
  let a = seed >>> 0, b = 0x9e3779b9, c = 0x243f6a88, d = 0xb7e15162;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  const r = {
    f: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    str: (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(next() * alpha.length)]; return s; },
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(next() * 10); return s; },
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
  };
  return r;
}

export const A = {
  HEX: '0123456789abcdef', HEXU: '0123456789ABCDEF',
  B62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  B64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  B64U: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  A36: '0123456789abcdefghijklmnopqrstuvwxyz', UP36: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  B32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', LOW: 'abcdefghijklmnopqrstuvwxyz', UP: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  B58: '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz',
  BECH: 'qpzry9x8gf2tvdw0s3jn54khce6mua7l',
};

// ---- checksums ----
const CRC_TABLE = (() => { const t = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
export function crc32(str) { let c = 0xffffffff; for (const b of Buffer.from(str)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
export function base62(n, width) { let s = ''; while (n > 0) { s = A.B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
export function luhnOk(d) { let sum = 0, alt = false; for (let i = d.length - 1; i >= 0; i--) { let x = +d[i]; if (alt) { x *= 2; if (x > 9) x -= 9; } sum += x; alt = !alt; } return sum % 10 === 0; }
export function luhnComplete(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return partial + c; }
export function ibanMod97(iban) { const s = iban.slice(4) + iban.slice(0, 4); let num = ''; for (const ch of s) num += /[A-Z]/.test(ch) ? (ch.charCodeAt(0) - 55).toString() : ch; let m = 0; for (const ch of num) m = (m * 10 + +ch) % 97; return m; }
export function ibanMake(cc, bban) { const m = ibanMod97(cc + '00' + bban); const chk = String(98 - m).padStart(2, '0'); return cc + chk + bban; }
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c === 10 ? -1 : c; }
export function deaCheck(d6) { const d = d6.split('').map(Number); return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10; }
export const sha256 = (b) => createHash('sha256').update(b).digest();
export function b58encode(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = A.B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function b58decode(s) { let n = 0n; for (const ch of s) { const i = A.B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); } let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; let buf = Buffer.from(n === 0n ? '' : hex, 'hex'); let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; } return Buffer.concat([Buffer.alloc(lead), buf]); }
export function b58check(version, payload) { const b = Buffer.concat([Buffer.from([version]), payload]); const c = sha256(sha256(b)).subarray(0, 4); return b58encode(Buffer.concat([b, c])); }
function bechPolymod(values) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
function hrpExpand(h) { const r = []; for (const c of h) r.push(c.charCodeAt(0) >> 5); r.push(0); for (const c of h) r.push(c.charCodeAt(0) & 31); return r; }
function convertBits(data, from, to) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (bits > 0) out.push((acc << (to - bits)) & maxv); return out; }
export function bech32Encode(hrp, ver, prog) { const data = [ver, ...convertBits([...prog], 8, 5)]; const pm = bechPolymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1; const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >> (5 * (5 - i))) & 31); return hrp + '1' + [...data, ...chk].map((x) => A.BECH[x]).join(''); }
export function bech32Verify(s) { const p = s.lastIndexOf('1'); if (p < 1) return false; const hrp = s.slice(0, p); const data = [...s.slice(p + 1)].map((c) => A.BECH.indexOf(c)); if (data.some((x) => x < 0)) return false; return bechPolymod([...hrpExpand(hrp), ...data]) === 1; }

// ---- span markers ----
export const S = (e, v) => ({ k: 's', e, v });
export const P = (e, v) => ({ k: 'p', e, v });
export const L = (w, v) => ({ k: 'l', w, v });

export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.len = 0; this.labels = []; this.lookalikes = []; }
  t(s) { s = String(s); this.parts.push(s); this.len += Buffer.byteLength(s); return this; }
  add(x) {
    if (x == null || x === false) return this;
    if (Array.isArray(x)) { for (const y of x) this.add(y); return this; }
    if (typeof x !== 'object') return this.t(x);
    const st = this.len; this.t(x.v);
    if (x.k === 's') this.labels.push({ start: st, end: this.len, entity: x.e, family: 'secrets', value: x.v });
    else if (x.k === 'p') this.labels.push({ start: st, end: this.len, entity: x.e, family: 'pii', value: x.v });
    else if (x.k === 'l') this.lookalikes.push({ start: st, end: this.len, what: x.w, value: x.v });
    else if (x.k === 'raw') { /* plain */ }
    return this;
  }
  w(strings, ...vals) { for (let i = 0; i < strings.length; i++) { this.t(strings[i]); if (i < vals.length) this.add(vals[i]); } return this; }
  text() { return this.parts.join(''); }
}
// text of a marker or a plain value
export const txt = (x) => (x && typeof x === 'object' ? x.v : String(x));
