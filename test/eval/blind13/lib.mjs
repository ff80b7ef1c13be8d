// blind13 shared library: seeded PRNG, checksums, span-recording document builder.
import crypto from 'node:crypto';

// ---------- PRNG (sfc32 seeded by a string hash) ----------
function hashSeed(s) {
  let h = 1779033703 ^ s.length;
  for (let i = 0; i < s.length; i++) { h = Math.imul(h ^ s.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  return () => { h = Math.imul(h ^ (h >>> 16), 2246822507); h = Math.imul(h ^ (h >>> 13), 3266489909); return (h ^= h >>> 16) >>> 0; };
}
let a = 0, b = 0, c = 0, d = 0;
export function seed(s) { const g = hashSeed(s); a = g(); b = g(); c = g(); d = g(); for (let i = 0; i < 20; i++) rnd(); }
export function rnd() {
  a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
  let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
  return (t >>> 0) / 4294967296;
}
export const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const chance = (p) => rnd() < p;
export const words = (s) => s.trim().split(/\s+/);
export function shuffle(arr) { const x = arr.slice(); for (let i = x.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [x[i], x[j]] = [x[j], x[i]]; } return x; }
export const A = {
  hex: '0123456789abcdef', HEX: '0123456789ABCDEF', dig: '0123456789',
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  up: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', low: 'abcdefghijklmnopqrstuvwxyz', lowdig: 'abcdefghijklmnopqrstuvwxyz0123456789',
  updig: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
};
export function str(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; }
export function bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256); return b; }
// random string that contains at least one digit, one upper and one lower (avoids all-letter runs)
export function mixed(alpha, n) { for (;;) { const s = str(alpha, n); if (/\d/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s)) return s; } }
export function deck(items) { let q = []; return () => { if (!q.length) q = shuffle(items); return q.pop(); }; }
export const pad = (n, w) => String(n).padStart(w, '0');

// ---------- checksums ----------
export function luhnOk(digits) { let s = 0; const d = digits.replace(/\D/g, ''); for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; } return s % 10 === 0; }
export function luhnComplete(prefix) { for (let c = 0; c < 10; c++) if (luhnOk(prefix + c)) return prefix + c; }
export function mod97(s) { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const dch of v) r = (r * 10 + +dch) % 97; } return r; }
export function ibanOk(iban) { const s = iban.replace(/\s/g, ''); return mod97(s.slice(4) + s.slice(0, 4)) === 1; }
export function ibanMake(cc, bban) { const chk = 98 - mod97(bban + cc + '00'); return cc + pad(chk, 2) + bban; }
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(buf) { let c = 0xffffffff; for (const x of Buffer.from(buf)) c = CRC_T[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
export function base62(n, w) { let s = ''; while (n > 0) { s = A.b62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(w, '0'); }
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const r = 11 - (s % 11); return r === 11 ? 0 : r; }
export function nhsOk(n) { const d = n.replace(/\D/g, ''); if (d.length !== 10) return false; const c = nhsCheck(d.slice(0, 9)); return c !== 10 && c === +d[9]; }
export function deaOk(s) { const m = /^[A-Z][A-Z9](\d{7})$/.exec(s); if (!m) return false; const d = m[1]; const t = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); return t % 10 === +d[6]; }
export function ssnOk(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s); if (!m) return false; const a = +m[1]; return a > 0 && a !== 666 && a < 900 && +m[2] > 0 && +m[3] > 0; }
export function itinOk(s) { const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const g = +m[2]; return (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
const sha256 = (b) => crypto.createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const x of buf) { if (x === 0) s = '1' + s; else break; } return s; }
export function b58decode(s) { let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; if (n === 0n) h = ''; let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; } return Buffer.concat([Buffer.alloc(lead), Buffer.from(h, 'hex')]); }
export function b58check(payload) { const ck = sha256(sha256(payload)).subarray(0, 4); return b58encode(Buffer.concat([payload, ck])); }
export function b58checkOk(s) { const b = b58decode(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
const BCH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const t = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((t >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function convertBits(data, from, to) { let acc = 0, bits = 0; const out = []; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & ((1 << to) - 1)); } } if (bits) out.push((acc << (to - bits)) & ((1 << to) - 1)); return out; }
export function bech32Encode(hrp, ver, prog) { const data = [ver, ...convertBits(prog, 8, 5)]; const pm = polymod([...hrpExp(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1; const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >> (5 * (5 - i))) & 31); return hrp + '1' + [...data, ...ck].map((x) => BCH[x]).join(''); }
export function bech32Ok(s) { const p = s.lastIndexOf('1'); const hrp = s.slice(0, p); const data = [...s.slice(p + 1)].map((c) => BCH.indexOf(c)); if (data.some((x) => x < 0)) return false; return polymod([...hrpExp(hrp), ...data]) === 1; }
export function ghToken(prefix) { const r = str(A.b62, 30); return prefix + r + base62(crc32(r), 6); }
export function ghOk(t) { const m = /^(gh[pousr]_)([0-9A-Za-z]{30})([0-9A-Za-z]{6})$/.exec(t); return !!m && base62(crc32(m[2]), 6) === m[3]; }

// ---------- DER / PEM ----------
function derLen(n) { if (n < 128) return Buffer.from([n]); const b = []; while (n > 0) { b.unshift(n & 255); n >>= 8; } return Buffer.from([0x80 | b.length, ...b]); }
export const der = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
export const derInt = (nbytes) => { const b = bytes(nbytes); b[0] |= 0x80; return der(0x02, Buffer.concat([Buffer.from([0]), b])); };
export const derSmall = (v) => der(0x02, Buffer.from([v]));
export function wrap(s, w) { const out = []; for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w)); return out; }

// ---------- markers and the document builder ----------
export const S = (entity, v) => ({ k: 'S', entity, v });
export const P = (entity, v) => ({ k: 'P', entity, v });
export const L = (what, v) => ({ k: 'L', what, v });
export const isMarker = (x) => x && typeof x === 'object' && 'k' in x && 'v' in x;
export const mv = (m) => (isMarker(m) ? m.v : String(m));
export function remap(m, f) { return isMarker(m) ? { ...m, v: f(m.v) } : f(String(m)); }
export const jesc = (m) => remap(m, (v) => JSON.stringify(v).slice(1, -1));

export class Doc {
  constructor() { this.parts = []; this.len = 0; this.labels = []; this.looks = []; }
  put(x) {
    if (x == null || x === false) return this;
    if (Array.isArray(x)) { for (const y of x) this.put(y); return this; }
    if (x instanceof Doc) return this.add(x);
    if (isMarker(x)) {
      const start = this.len; this.parts.push(x.v); this.len += Buffer.byteLength(x.v);
      if (x.k === 'S') this.labels.push({ start, end: this.len, entity: x.entity, family: 'secrets', v: x.v });
      else if (x.k === 'P') this.labels.push({ start, end: this.len, entity: x.entity, family: 'pii', v: x.v });
      else this.looks.push({ start, end: this.len, what: x.what, v: x.v });
      return this;
    }
    const s = String(x); this.parts.push(s); this.len += Buffer.byteLength(s); return this;
  }
  f(strs, ...vals) { for (let i = 0; i < strs.length; i++) { this.put(strs[i]); if (i < vals.length) this.put(vals[i]); } return this; }
  add(o) {
    const off = this.len;
    for (const l of o.labels) this.labels.push({ ...l, start: l.start + off, end: l.end + off });
    for (const l of o.looks) this.looks.push({ ...l, start: l.start + off, end: l.end + off });
    this.parts.push(...o.parts); this.len += o.len; return this;
  }
  get text() { return this.parts.join(''); }
}
// template helper producing a Doc fragment: seq`a ${m} b`
export function seq(strs, ...vals) { const d = new Doc(); return d.f(strs, ...vals); }
// fill d with chunks until target bytes; never exceed max (reserve bytes for a footer)
export function fill(d, target, chunk, reserve = 0, max = 3990) {
  let tries = 0;
  while (d.len < target && tries < 60) {
    tries++;
    const c = new Doc(); chunk(c, tries);
    if (d.len + c.len + reserve <= max) d.add(c); else if (tries > 6) break;
  }
  return d;
}
