// train6 helpers: seeded PRNG, document builder with byte-offset spans, encoders and check digits.
// Node built-ins only.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

// ---- PRNG (sfc32, seeded from a fixed string) ----
let A = 0, B = 0, C = 0, D = 0;
export function seed(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) { h = Math.imul(h ^ str.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  const next = () => { h = Math.imul(h ^ (h >>> 16), 2246822507); h = Math.imul(h ^ (h >>> 13), 3266489909); return (h ^= h >>> 16) >>> 0; };
  A = next(); B = next(); C = next(); D = next();
  for (let i = 0; i < 20; i++) rnd();
}
export function rnd() {
  A >>>= 0; B >>>= 0; C >>>= 0; D >>>= 0;
  let t = (A + B) | 0; A = B ^ (B >>> 9); B = (C + (C << 3)) | 0; C = (C << 21) | (C >>> 11); D = (D + 1) | 0; t = (t + D) | 0; C = (C + t) | 0;
  return (t >>> 0) / 4294967296;
}
export const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const chance = (p) => rnd() < p;
export function shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
export function sample(arr, n) { return shuffle(arr).slice(0, n); }
export const DIG = '0123456789', HEX = '0123456789abcdef', UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', LO = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIG + UP + LO, B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', B64 = UP + LO + DIG + '+/', B64U = UP + LO + DIG + '-_';
export function str(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; }
export const hex = (n) => str(HEX, n), digits = (n) => str(DIG, n), b62 = (n) => str(B62, n);
export function bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256); return b; }
export const b64 = (n) => bytes(n).toString('base64');
export const b64u = (n) => bytes(n).toString('base64url');
export function pad(n, w) { return String(n).padStart(w, '0'); }
export function wrap(s, w) { const out = []; for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w)); return out.join('\n'); }
export const sha256 = (b) => createHash('sha256').update(b).digest();
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);

// ---- spans ----
export const S = (entity, v) => ({ span: 'label', entity, family: 'secrets', v: String(v) });
export const P = (entity, v) => ({ span: 'label', entity, family: 'pii', v: String(v) });
export const L = (what, v) => ({ span: 'look', what, v: String(v) });

export class Doc {
  constructor(kind) { this.kind = kind; this.chunks = []; this.len = 0; this.labels = []; this.look = []; }
  raw(s) { s = String(s); this.chunks.push(s); this.len += Buffer.byteLength(s, 'utf8'); return this; }
  val(x) {
    if (x === null || x === undefined || x === false) return this;
    if (Array.isArray(x)) { for (const y of x) this.val(y); return this; }
    if (typeof x === 'object' && x.span) {
      const start = this.len; this.raw(x.v); const end = this.len;
      if (x.span === 'label') this.labels.push({ start, end, entity: x.entity, family: x.family, _v: x.v });
      else this.look.push({ start, end, what: x.what, _v: x.v });
      return this;
    }
    return this.raw(x);
  }
  // tagged template: d.a`KEY=${S('X', v)}\n`
  a(strings, ...vals) { for (let i = 0; i < strings.length; i++) { this.raw(strings[i]); if (i < vals.length) this.val(vals[i]); } return this; }
  text() { return this.chunks.join(''); }
}
// build a sequence of parts (strings/spans/arrays) into a fragment usable inside a.
export const seq = (...xs) => xs;
export const joinp = (arr, sep) => { const out = []; arr.forEach((x, i) => { if (i) out.push(sep); out.push(x); }); return out; };

// ---- check digits ----
export function luhnOk(num) { let s = 0, alt = false; for (let i = num.length - 1; i >= 0; i--) { let d = +num[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } s += d; alt = !alt; } return s % 10 === 0; }
export function luhnComplete(prefix, len) { let body = prefix + digits(len - prefix.length - 1); for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; }
export function ibanMod(iban) { const r = iban.slice(4) + iban.slice(0, 4); let m = 0; for (const ch of r) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) m = (m * 10 + +d) % 97; } return m; }
export function ibanMake(cc, bban) { const m = ibanMod(cc + '00' + bban); return cc + pad(98 - m, 2) + bban; }
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c === 10 ? -1 : c; }
export function deaOk(dea) { const d = dea.slice(2); const s = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); return s % 10 === +d[6]; }
export function ssnOk(s) { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000'; }
// base58check
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58enc(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function b58dec(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; let b = n === 0n ? Buffer.alloc(0) : Buffer.from(h, 'hex'); let z = 0; for (const c of s) { if (c === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), b]); }
export function b58check(payload) { const c = sha256(sha256(payload)).subarray(0, 4); return b58enc(Buffer.concat([payload, c])); }
export function b58checkOk(s) { const b = b58dec(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
// bech32 / bech32m
const CS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...h].map((c) => c.charCodeAt(0) >> 5).concat([0], [...h].map((c) => c.charCodeAt(0) & 31));
function convertBits(data, from, to) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (bits > 0) out.push((acc << (to - bits)) & maxv); return out; }
export function segwit(hrp, ver, prog) { const data = [ver].concat(convertBits(prog, 8, 5)); const k = ver === 0 ? 1 : 0x2bc830a3; const pm = polymod(hrpExp(hrp).concat(data, [0, 0, 0, 0, 0, 0])) ^ k; const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + data.concat(chk).map((x) => CS[x]).join(''); }
export function bech32Ok(s) { s = s.toLowerCase(); const p = s.lastIndexOf('1'); const hrp = s.slice(0, p); const data = [...s.slice(p + 1)].map((c) => CS.indexOf(c)); if (data.some((x) => x < 0)) return false; const pm = polymod(hrpExp(hrp).concat(data)); return pm === 1 || pm === 0x2bc830a3; }
// crc32 + base62 for GitHub tokens
export const crc32 = (s) => (zlib.crc32 ? zlib.crc32(s) : crcOwn(Buffer.from(s))) >>> 0;
function crcOwn(buf) { let c, crc = 0xffffffff; for (const b of buf) { c = (crc ^ b) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crc = (crc >>> 8) ^ c; } return (crc ^ 0xffffffff) >>> 0; }
export function base62(n, w) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(w, '0'); }
export function ghOk(tok) { const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); return !!m && base62(crc32(m[1]), 6) === m[2]; }
// crc24 for PGP armor
export function crc24(buf) { let crc = 0xb704ce; for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } } return crc & 0xffffff; }
