// train8 helpers: PRNG, span-tracking document builder, checksum helpers.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

// ---- PRNG (sfc32, seeded from a string) ----
let A = 0, B = 0, C = 0, Dd = 0;
export function seed(s) {
  let h = 1779033703 ^ s.length;
  for (let i = 0; i < s.length; i++) { h = Math.imul(h ^ s.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  const next = () => { h = Math.imul(h ^ (h >>> 16), 2246822507); h = Math.imul(h ^ (h >>> 13), 3266489909); return (h ^= h >>> 16) >>> 0; };
  A = next(); B = next(); C = next(); Dd = next();
  for (let i = 0; i < 20; i++) rnd();
}
export function rnd() {
  A >>>= 0; B >>>= 0; C >>>= 0; Dd >>>= 0;
  let t = (A + B) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (C << 21) | (C >>> 11);
  Dd = (Dd + 1) | 0; t = (t + Dd) | 0; C = (C + t) | 0;
  return (t >>> 0) / 4294967296;
}
export const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const chance = (p) => rnd() < p;
export function shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
export function sample(arr, n) { return shuffle(arr).slice(0, n); }
export const str = (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; };
export const DIG = '0123456789', HEX = '0123456789abcdef', UHEX = '0123456789ABCDEF';
export const LOW = 'abcdefghijklmnopqrstuvwxyz', UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const B62 = DIG + UP + LOW, ALNUM_L = LOW + DIG;
export const B64 = UP + LOW + DIG + '+/', B64U = UP + LOW + DIG + '-_';
export const digits = (n) => str(DIG, n), hex = (n) => str(HEX, n), b62 = (n) => str(B62, n);
export const b64 = (n) => str(B64, n), b64u = (n) => str(B64U, n);
export const pad = (n, w) => String(n).padStart(w, '0');
// Deck: deals items without replacement, reshuffling when empty (spreads coverage).
export function deck(items) { let d = []; return () => { if (!d.length) d = shuffle(items); return d.pop(); }; }

// ---- span-tracking builder ----
// Segments: string | {t:'s'|'p'|'l', e|w, v} | arrays (nested).
export const S = (e, v) => ({ t: 's', e, v: String(v) });
export const P = (e, v) => ({ t: 'p', e, v: String(v) });
export const L = (w, v) => ({ t: 'l', w, v: String(v) });
export function D(strings, ...vals) { const out = []; strings.forEach((s, i) => { out.push(s); if (i < vals.length) out.push(vals[i]); }); return out; }
export const lines = (arr) => join(arr, '\n');
export function join(arr, sep) { const out = []; arr.forEach((x, i) => { if (i) out.push(sep); out.push(x); }); return out; }
// map a span value through a text transform (e.g. JSON escaping), keeping its label
export const mapv = (seg, f) => ({ ...seg, v: f(seg.v) });
export function build(part) {
  const bufs = []; let off = 0; const labels = [], lookalikes = [];
  const walk = (x) => {
    if (x == null || x === false) return;
    if (Array.isArray(x)) { x.forEach(walk); return; }
    if (typeof x === 'string' || typeof x === 'number') { const b = Buffer.from(String(x), 'utf8'); bufs.push(b); off += b.length; return; }
    const b = Buffer.from(x.v, 'utf8'); const st = off; bufs.push(b); off += b.length;
    if (!b.length) throw new Error('empty span');
    if (x.t === 's') labels.push({ start: st, end: off, entity: x.e, family: 'secrets', _v: x.v });
    else if (x.t === 'p') labels.push({ start: st, end: off, entity: x.e, family: 'pii', _v: x.v });
    else lookalikes.push({ start: st, end: off, what: x.w, _v: x.v });
  };
  walk(part);
  return { text: Buffer.concat(bufs), labels, lookalikes };
}
// plain text of a part (for nesting into escaped contexts)
export function flat(part) { return build(part).text.toString('utf8'); }

// ---- checksums ----
export const sha256 = (b) => createHash('sha256').update(b).digest();
export function crc32(s) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(s) >>> 0;
  let c, crc = 0xffffffff; const b = Buffer.from(s);
  for (const x of b) { c = (crc ^ x) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; crc = (crc >>> 8) ^ c; }
  return (crc ^ 0xffffffff) >>> 0;
}
export function base62(n, w) { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(w, '0'); }
export function luhnOk(d) { let s = 0; for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; } return s % 10 === 0; }
export function luhnDigit(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c); }
export function mod97(s) { const r = s.slice(4) + s.slice(0, 4); let m = 0; for (const ch of r) { const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55); for (const d of v) m = (m * 10 + +d) % 97; } return m; }
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function unbase58(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; if (h === '00') h = ''; let lead = 0; for (const c of s) { if (c === '1') lead++; else break; } return Buffer.concat([Buffer.alloc(lead), Buffer.from(h, 'hex')]); }
export function base58check(payload) { const c = sha256(sha256(payload)).subarray(0, 4); return base58(Buffer.concat([payload, c])); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...[...h].map(c => c.charCodeAt(0) >> 5), 0, ...[...h].map(c => c.charCodeAt(0) & 31)];
export function bech32Encode(hrp, data5, m) { const K = m ? 0x2bc830a3 : 1; const p = polymod([...hrpExp(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ K; const c = []; for (let i = 0; i < 6; i++) c.push((p >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data5, ...c].map(x => BECH[x]).join(''); }
export function bech32Ok(s) { s = s.toLowerCase(); const i = s.lastIndexOf('1'); const hrp = s.slice(0, i); const d = [...s.slice(i + 1)].map(c => BECH.indexOf(c)); if (d.some(x => x < 0)) return false; const p = polymod([...hrpExp(hrp), ...d]); return p === 1 || p === 0x2bc830a3; }
export function to5(bytes) { let acc = 0, bits = 0; const out = []; for (const b of bytes) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >>> bits) & 31); } } if (bits) out.push((acc << (5 - bits)) & 31); return out; }
export function randBytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = int(0, 255); return b; }
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
export const b64url = (o) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
// round-robin template choice per document kind (stable coverage of every template)
const RR = new Map();
export function rr(key, n) { const c = RR.get(key) || 0; RR.set(key, c + 1); return c % n; }
