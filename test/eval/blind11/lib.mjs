// blind11 generator: PRNG, alphabets, checksums and the span-recording document builder.
import crypto from 'node:crypto';

let st = [0, 0, 0, 0];
export function seed(s) {
  st = [s >>> 0, 0x9e3779b9, 0x243f6a88, 0xb7e15162];
  for (let i = 0; i < 24; i++) rnd();
}
// sfc32
export function rnd() {
  let [a, b, c, d] = st;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  st = [a, b, c, d];
  return (t >>> 0) / 4294967296;
}
export const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = (a) => a[Math.floor(rnd() * a.length)];
export const chance = (p) => rnd() < p;
export function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
export const HEX = '0123456789abcdef', UHEX = '0123456789ABCDEF', DIG = '0123456789';
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const LOWAN = 'abcdefghijklmnopqrstuvwxyz0123456789', UPAN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz', UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export function str(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; }
export function bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256); return b; }
export const digits = (n) => str(DIG, n);
export const pad = (n, w) => String(n).padStart(w, '0');

// ---- checksums
const CRC_T = (() => { const t = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
export function crc32(s) { let c = 0xffffffff; for (const b of Buffer.from(s)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
export function base62(n, w) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(w, '0'); }
export function luhnOk(num) { let s = 0, alt = false; for (let i = num.length - 1; i >= 0; i--) { let d = +num[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } s += d; alt = !alt; } return s % 10 === 0; }
export function luhnComplete(partial) { for (let d = 0; d < 10; d++) if (luhnOk(partial + d)) return partial + d; }
export function ibanMod(iban) { const r = iban.slice(4) + iban.slice(0, 4); let m = 0; for (const ch of r) { const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55); for (const c of v) m = (m * 10 + +c) % 97; } return m; }
export function ibanMake(cc, bban) { const m = ibanMod(cc + '00' + bban); return cc + pad(98 - m, 2) + bban; }
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; }
export function deaOk(dea) { const d = dea.slice(2); if (!/^[A-Z]{2}\d{7}$/.test(dea)) return false; const s = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); return s % 10 === +d[6]; }
export const sha256 = (b) => crypto.createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58enc(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function b58dec(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; if (n === 0n) h = ''; let lead = 0; for (const c of s) { if (c === '1') lead++; else break; } return Buffer.concat([Buffer.alloc(lead), Buffer.from(h, 'hex')]); }
export function base58check(payload) { const c = sha256(sha256(payload)).subarray(0, 4); return b58enc(Buffer.concat([payload, c])); }
export function base58checkOk(s) { const b = b58dec(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export function bech32Enc(hrp, data, m32 = 1) { const v = [...hrpExp(hrp), ...data, 0, 0, 0, 0, 0, 0]; const pm = polymod(v) ^ m32; const cs = []; for (let i = 0; i < 6; i++) cs.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data, ...cs].map((d) => BECH[d]).join(''); }
export function bech32Ok(s) { const p = s.lastIndexOf('1'); const hrp = s.slice(0, p); const d = [...s.slice(p + 1)].map((c) => BECH.indexOf(c)); if (d.some((x) => x < 0)) return false; const pm = polymod([...hrpExp(hrp), ...d]); return pm === 1 || pm === 0x2bc830a3; }
export function toWords(buf) { let acc = 0, bits = 0; const out = []; for (const b of buf) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >>> bits) & 31); } acc &= (1 << bits) - 1; } if (bits) out.push((acc << (5 - bits)) & 31); return out; }
export function abaCheck(d8) { const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +d8[i] * w[i]; return (10 - (s % 10)) % 10; }
export const b64u = (s) => Buffer.from(s).toString('base64url');
export const b64 = (s) => Buffer.from(s).toString('base64');

// ---- tagged values and the document builder
export const S = (e, v) => ({ k: 's', e, v });
export const P = (e, v) => ({ k: 'p', e, v });
export const L = (e, v) => ({ k: 'l', e, v });

export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.len = 0; this.labels = []; this.looks = []; }
  t(s) { s = String(s); this.parts.push(s); this.len += Buffer.byteLength(s); return this; }
  put(x) {
    if (x == null) return this;
    if (Array.isArray(x)) { for (const y of x) this.put(y); return this; }
    if (typeof x !== 'object') return this.t(x);
    const start = this.len; this.t(x.v);
    if (x.k === 's') this.labels.push({ start, end: this.len, entity: x.e, family: 'secrets', value: x.v });
    else if (x.k === 'p') this.labels.push({ start, end: this.len, entity: x.e, family: 'pii', value: x.v });
    else this.looks.push({ start, end: this.len, what: x.e, value: x.v });
    return this;
  }
  f(strs, ...vals) { strs.forEach((s, i) => { this.t(s); if (i < vals.length) this.put(vals[i]); }); return this; }
  mark() { return [this.parts.length, this.len, this.labels.length, this.looks.length]; }
  reset(m) { this.parts.length = m[0]; this.len = m[1]; this.labels.length = m[2]; this.looks.length = m[3]; }
  // add blocks until about `target` bytes; a block that would pass `max` is rolled back
  fill(target, block, max = 3950) {
    let guard = 0;
    while (this.len < target && guard++ < 80) { const m = this.mark(); block(this); if (this.len > max) { this.reset(m); break; } }
    return this;
  }
  text() { return this.parts.join(''); }
}
