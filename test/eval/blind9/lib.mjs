// blind9 helpers: deterministic PRNG, encoders and the span-recording document builder.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

// ---- PRNG (sfc32 seeded through splitmix32) ----
function splitmix32(a) {
  return () => {
    a |= 0; a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16); t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15; t = Math.imul(t, 0x735a2d97);
    return ((t ^ (t >>> 15)) >>> 0);
  };
}
function makeRng(seed) {
  const sm = splitmix32(seed);
  let a = sm(), b = sm(), c = sm(), d = sm();
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}
const rnd = makeRng(0xB1D9C0DE);
export const R = {
  f: rnd,
  int: (a, b) => a + Math.floor(rnd() * (b - a + 1)),
  pick: (arr) => arr[Math.floor(rnd() * arr.length)],
  chance: (p) => rnd() < p,
  str: (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; },
  digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(rnd() * 10)); return s; },
  bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256); return b; },
  shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  sample: (arr, k) => R.shuffle(arr).slice(0, k),
};
export const A = {
  up: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', low: 'abcdefghijklmnopqrstuvwxyz', dig: '0123456789',
  hex: '0123456789abcdef', HEX: '0123456789ABCDEF',
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  alnumU: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  alnumL: 'abcdefghijklmnopqrstuvwxyz0123456789',
};

// ---- checksums / encoders ----
export function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  let c, crc = 0xffffffff;
  for (const byte of buf) { c = (crc ^ byte) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; crc = (crc >>> 8) ^ c; }
  return (crc ^ 0xffffffff) >>> 0;
}
export function base62(n, width) {
  let s = ''; n = BigInt(n);
  while (n > 0n) { s = A.b62[Number(n % 62n)] + s; n /= 62n; }
  return s.padStart(width, '0');
}
export const sha256 = (b) => crypto.createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58check(payload) {
  const chk = sha256(sha256(payload)).subarray(0, 4);
  const full = Buffer.concat([payload, chk]);
  let n = BigInt('0x' + full.toString('hex')), s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of full) { if (b === 0) s = '1' + s; else break; }
  return s;
}
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) { const top = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i]; }
  return chk >>> 0;
}
function hrpExpand(h) { const r = []; for (const c of h) r.push(c.charCodeAt(0) >> 5); r.push(0); for (const c of h) r.push(c.charCodeAt(0) & 31); return r; }
function convertBits(data, from, to) {
  let acc = 0, bits = 0; const out = [], maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
export function bech32(hrp, data5, m = 1) {
  const pm = polymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ m;
  const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...chk].map((v) => BECH[v]).join('');
}
export function segwitAddr(prog, ver = 0) { return bech32('bc', [ver, ...convertBits(prog, 8, 5)], ver === 0 ? 1 : 0x2bc830a3); }
export function bech32Data(hrp, bytes) { return bech32(hrp, convertBits(bytes, 8, 5)); }
export function luhnCheck(body) {
  let sum = 0, dbl = true;
  for (let i = body.length - 1; i >= 0; i--) { let d = +body[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return String((10 - (sum % 10)) % 10);
}
export function luhnValid(num) { const d = num.replace(/\D/g, ''); return luhnCheck(d.slice(0, -1)) === d.slice(-1); }
export function ibanMod97(s) {
  const r = (s.slice(4) + s.slice(0, 4)).toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0; for (const ch of r) m = (m * 10 + +ch) % 97; return m;
}
export const b64u = (s) => Buffer.from(s).toString('base64url');
export const b64 = (s) => Buffer.from(s).toString('base64');
export const wrap = (s, n, sep = '\n') => s.match(new RegExp(`.{1,${n}}`, 'g')).join(sep);

// ---- spans ----
export const S = (e, v) => ({ k: 's', e, v });   // secret
export const P = (e, v) => ({ k: 'p', e, v });   // pii
export const L = (e, v) => ({ k: 'l', e, v });   // look-alike
export const mapv = (sp, f) => ({ ...sp, v: f(sp.v) });
export const isSpan = (x) => x && typeof x === 'object' && 'k' in x && 'v' in x;

export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.len = 0; this.labels = []; this.lookalikes = []; this.expect = []; }
  text(s) { s = String(s); this.parts.push(s); this.len += Buffer.byteLength(s, 'utf8'); return this; }
  add(v) {
    if (v === null || v === undefined || v === false) return this;
    if (Array.isArray(v)) { for (const x of v) this.add(x); return this; }
    if (isSpan(v)) {
      if (!v.v) throw new Error('empty span value for ' + v.e);
      const start = this.len; this.text(v.v); const end = this.len;
      if (v.k === 'l') this.lookalikes.push({ start, end, what: v.e });
      else this.labels.push({ start, end, entity: v.e, family: v.k === 's' ? 'secrets' : 'pii' });
      this.expect.push({ start, end, v: v.v });
      return this;
    }
    return this.text(v);
  }
  w(strings, ...vals) { strings.forEach((s, i) => { this.text(s); if (i < vals.length) this.add(vals[i]); }); return this; }
  get string() { return this.parts.join(''); }
}
// join a list of items (strings or spans or arrays) with a separator, as an array for Doc.add
export const join = (items, sep) => items.flatMap((x, i) => (i ? [sep, x] : [x]));
