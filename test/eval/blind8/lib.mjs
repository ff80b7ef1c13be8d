// blind8: core helpers — PRNG, span-tracking document parts, checksums.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

// ---------- PRNG (sfc32, seeded via splitmix-like mixing) ----------
export class Rng {
  constructor(seed) {
    let s = seed >>> 0;
    const sm = () => { s = (s + 0x9e3779b9) >>> 0; let z = s; z = Math.imul(z ^ (z >>> 16), 0x85ebca6b); z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35); return (z ^ (z >>> 16)) >>> 0; };
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = 1;
    for (let i = 0; i < 20; i++) this.u32();
  }
  u32() {
    let t = (this.a + this.b) | 0; this.a = this.b ^ (this.b >>> 9); this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11); this.d = (this.d + 1) | 0; t = (t + this.d) | 0; this.c = (this.c + t) | 0; return t >>> 0;
  }
  f() { return this.u32() / 4294967296; }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(a) { return a[Math.floor(this.f() * a.length)]; }
  chance(p) { return this.f() < p; }
  shuffle(a) { const x = a.slice(); for (let i = x.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [x[i], x[j]] = [x[j], x[i]]; } return x; }
  str(alpha, n) { let o = ''; for (let i = 0; i < n; i++) o += alpha[Math.floor(this.f() * alpha.length)]; return o; }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.u32() & 255; return b; }
  digits(n) { return this.str(DIG, n); }
  hex(n) { return this.str(HEX, n); }
  HEX(n) { return this.str('0123456789ABCDEF', n); }
  b62(n) { return this.str(B62, n); }
  b64u(n) { return this.str(B64U, n); }
  alnumLower(n) { return this.str('abcdefghijklmnopqrstuvwxyz0123456789', n); }
  upper(n) { return this.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n); }
  lower(n) { return this.str('abcdefghijklmnopqrstuvwxyz', n); }
}
export const DIG = '0123456789';
export const HEX = '0123456789abcdef';
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const B64S = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// ---------- parts: strings and span objects ----------
export const S = (entity, v) => ({ v: String(v), e: entity, f: 'secrets' });
export const P = (entity, v) => ({ v: String(v), e: entity, f: 'pii' });
export const L = (what, v) => ({ v: String(v), w: what });
/** tagged template -> flat parts array */
export function T(strs, ...vals) {
  const out = [];
  strs.forEach((s, i) => { if (s) out.push(s); if (i < vals.length) pushFlat(out, vals[i]); });
  return out;
}
function pushFlat(out, x) {
  if (x == null || x === false) return;
  if (Array.isArray(x)) { for (const y of x) pushFlat(out, y); return; }
  if (typeof x === 'object') { out.push(x); return; }
  out.push(String(x));
}
export function flat(...xs) { const o = []; pushFlat(o, xs); return o; }
export function J(items, sep = '\n') { const o = []; items.forEach((it, i) => { if (i) o.push(sep); pushFlat(o, it); }); return o; }
export const blen = (parts) => flat(parts).reduce((n, p) => n + Buffer.byteLength(typeof p === 'string' ? p : p.v), 0);
/** map the text of span objects (e.g. JSON-escape) keeping labels */
export function mapText(parts, fn) { return flat(parts).map(p => typeof p === 'string' ? fn(p) : { ...p, v: fn(p.v) }); }
export function spanVal(x) { return typeof x === 'string' ? x : Array.isArray(x) ? flat(x).map(spanVal).join('') : x.v; }
export function withV(x, v) { return typeof x === 'string' ? v : { ...x, v }; }

export function assemble(parts) {
  let off = 0; const chunks = []; const labels = []; const lookalikes = [];
  for (const p of flat(parts)) {
    const t = typeof p === 'string' ? p : p.v; const n = Buffer.byteLength(t); chunks.push(t);
    if (typeof p !== 'string') {
      if (n === 0) throw new Error('empty span ' + JSON.stringify(p));
      if (p.w) lookalikes.push({ start: off, end: off + n, what: p.w, _v: t });
      else labels.push({ start: off, end: off + n, entity: p.e, family: p.f, _v: t });
    }
    off += n;
  }
  return { text: chunks.join(''), labels, lookalikes };
}

// ---------- checksums ----------
export function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  let c, crc = 0xffffffff;
  for (const b of buf) { c = (crc ^ b) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; crc = (crc >>> 8) ^ c; }
  return (crc ^ 0xffffffff) >>> 0;
}
export function base62(n, width) { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(width, '0'); }
export function luhnOk(d) { let s = 0; const a = d.split('').reverse().map(Number); a.forEach((x, i) => { if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; }); return s % 10 === 0; }
export function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
export function ibanMod(s) { const r = (s.slice(4) + s.slice(0, 4)).toUpperCase().replace(/[A-Z]/g, c => String(c.charCodeAt(0) - 55)); let m = 0; for (const ch of r) m = (m * 10 + Number(ch)) % 97; return m; }
export function ibanMake(cc, bban) { const m = ibanMod(cc + '00' + bban); return cc + String(98 - m).padStart(2, '0') + bban; }
export function nhsCheck(d9) { let s = 0; for (let i = 0; i < 9; i++) s += Number(d9[i]) * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c === 10 ? -1 : c; }
export function deaCheck(d6) { const a = d6.split('').map(Number); return ((a[0] + a[2] + a[4]) + 2 * (a[1] + a[3] + a[5])) % 10; }
const sha256 = (b) => crypto.createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58enc(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58dec(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; if (n === 0n) h = ''; let lead = 0; for (const c of s) { if (c === '1') lead++; else break; } return Buffer.concat([Buffer.alloc(lead), Buffer.from(h, 'hex')]); }
export function b58check(payload) { return b58enc(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)])); }
export function b58checkOk(s) { const b = b58dec(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let c = 1; for (const x of v) { const b = c >>> 25; c = ((c & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) c ^= G[i]; } return c >>> 0; }
const hrpExp = (h) => [...[...h].map(c => c.charCodeAt(0) >> 5), 0, ...[...h].map(c => c.charCodeAt(0) & 31)];
export function bech32Enc(hrp, data5, m = false) { const C = m ? 0x2bc830a3 : 1; const pm = polymod([...hrpExp(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ C; const cs = []; for (let i = 0; i < 6; i++) cs.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data5, ...cs].map(x => BECH[x]).join(''); }
export function bech32Ok(s) { s = s.toLowerCase(); const p = s.lastIndexOf('1'); const hrp = s.slice(0, p); const d = [...s.slice(p + 1)].map(c => BECH.indexOf(c)); if (d.some(x => x < 0)) return false; const pm = polymod([...hrpExp(hrp), ...d]); return pm === 1 || pm === 0x2bc830a3; }
export function to5(bytes) { let acc = 0, bits = 0; const o = []; for (const b of bytes) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; o.push((acc >> bits) & 31); } } if (bits) o.push((acc << (5 - bits)) & 31); return o; }
export function crc24(buf) { let c = 0xb704ce; for (const b of buf) { c ^= b << 16; for (let i = 0; i < 8; i++) { c <<= 1; if (c & 0x1000000) c ^= 0x1864cfb; } } return c & 0xffffff; }
export const b64 = (b) => Buffer.from(b).toString('base64');
export const b64url = (b) => Buffer.from(b).toString('base64url');
export const wrap = (s, n) => s.match(new RegExp(`.{1,${n}}`, 'g')).join('\n');
