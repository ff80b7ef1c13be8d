// train9 helpers: deterministic PRNG, span-tracking document fragments, checksums.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

// ---------- PRNG (sfc32, fixed seed set by generate.mjs) ----------
let a = 0, b = 0, c = 0, d = 0;
export function seed(s) {
  a = 0x9e3779b9; b = 0x243f6a88; c = 0xb7e15162; d = s >>> 0;
  for (let i = 0; i < 24; i++) rnd();
}
export function rnd() {
  a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
  let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
  return (t >>> 0) / 4294967296;
}
export const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const chance = (p) => rnd() < p;
export const str = (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; };
export const DIG = '0123456789', HEX = '0123456789abcdef', UHEX = '0123456789ABCDEF';
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', LO = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIG + UP + LO, B64 = UP + LO + DIG + '+/', B64U = UP + LO + DIG + '-_';
export const digits = (n) => str(DIG, n), hex = (n) => str(HEX, n), b62 = (n) => str(B62, n);
export const bytes = (n) => { const u = Buffer.alloc(n); for (let i = 0; i < n; i++) u[i] = int(0, 255); return u; };
export function shuffle(arr) { const x = arr.slice(); for (let i = x.length - 1; i > 0; i--) { const j = int(0, i); [x[i], x[j]] = [x[j], x[i]]; } return x; }
// round-robin over a shuffled copy so that every item of a pool gets used
const cycles = new Map();
export function cyc(key, arr) {
  let st = cycles.get(key);
  if (!st || st.i >= st.list.length) { st = { list: shuffle(arr), i: 0 }; cycles.set(key, st); }
  return st.list[st.i++];
}
export function resetCycles() { cycles.clear(); }

// ---------- fragments ----------
export class Frag { constructor(parts) { this.parts = parts; } }
export function t(strings, ...vals) {
  const parts = [];
  strings.forEach((s, i) => { parts.push(s); if (i < vals.length) parts.push(vals[i]); });
  return new Frag(parts);
}
export const S = (entity, v) => ({ v: String(v), entity, family: 'secrets' });
export const P = (entity, v) => ({ v: String(v), entity, family: 'pii' });
export const L = (what, v) => ({ v: String(v), what });
export const join = (arr, sep = '\n') => { const out = []; arr.forEach((x, i) => { if (i) out.push(sep); out.push(x); }); return new Frag(out); };
// map a marker's displayed value (e.g. JSON-escape) keeping it a marker
export const mapv = (m, f) => {
  if (m instanceof Frag) return new Frag(m.parts.map((x) => mapv(x, f)));
  if (Array.isArray(m)) return m.map((x) => mapv(x, f));
  if (m && typeof m === 'object' && 'v' in m) return { ...m, v: f(m.v) };
  if (m === null || m === undefined || m === false) return m;
  return f(String(m));
};

export function build(frag) {
  let text = '', off = 0; const labels = [], lookalikes = [], inserted = [];
  const walk = (x) => {
    if (x === null || x === undefined || x === false) return;
    if (typeof x === 'string' || typeof x === 'number') { const s = String(x); text += s; off += Buffer.byteLength(s); return; }
    if (x instanceof Frag) { x.parts.forEach(walk); return; }
    if (Array.isArray(x)) { x.forEach(walk); return; }
    if (typeof x === 'object' && 'v' in x) {
      const n = Buffer.byteLength(x.v);
      if (x.entity) labels.push({ start: off, end: off + n, entity: x.entity, family: x.family });
      else lookalikes.push({ start: off, end: off + n, what: x.what });
      inserted.push({ start: off, v: x.v });
      text += x.v; off += n; return;
    }
    throw new Error('bad fragment part ' + JSON.stringify(x));
  };
  walk(frag);
  return { text, labels, lookalikes, inserted };
}

// ---------- checksums ----------
export function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  let c2 = ~0; for (const by of buf) { c2 ^= by; for (let k = 0; k < 8; k++) c2 = (c2 >>> 1) ^ (0xedb88320 & -(c2 & 1)); } return ~c2 >>> 0;
}
export function base62(n, width) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
export function luhnOk(num) {
  const ds = num.replace(/\D/g, ''); let sum = 0;
  for (let i = 0; i < ds.length; i++) { let x = +ds[ds.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; }
  return sum % 10 === 0;
}
export function luhnDigit(partial) { for (let dd = 0; dd < 10; dd++) if (luhnOk(partial + dd)) return String(dd); }
export function mod97(s) { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const x of v) r = (r * 10 + +x) % 97; } return r; }
export function ibanOk(iban) { const s = iban.replace(/\s/g, ''); return mod97(s.slice(4) + s.slice(0, 4)) === 1; }
export function ibanMake(cc, bban) { const cd = 98 - mod97(bban + cc + '00'); return cc + String(cd).padStart(2, '0') + bban; }
export const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0')), s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const by of buf) { if (by === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let h = n.toString(16); if (h.length % 2) h = '0' + h; if (n === 0n) h = '';
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(h, 'hex')]);
}
export function b58check(payload) { const ck = sha256(sha256(payload)).subarray(0, 4); return b58encode(Buffer.concat([payload, ck])); }
export function b58checkOk(s) { const buf = b58decode(s); if (!buf || buf.length < 5) return false; const p = buf.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(buf.subarray(-4)); }
// bech32 (BIP-173)
const BCH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const v of values) { const top = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExpand = (h) => [...[...h].map((ch) => ch.charCodeAt(0) >> 5), 0, ...[...h].map((ch) => ch.charCodeAt(0) & 31)];
export function bech32Encode(hrp, data5) { const pm = polymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ 1; const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data5, ...ck].map((v) => BCH[v]).join(''); }
export function bech32Ok(s) { const pos = s.lastIndexOf('1'); const hrp = s.slice(0, pos); const data = [...s.slice(pos + 1)].map((ch) => BCH.indexOf(ch)); if (data.some((v) => v < 0)) return false; return polymod([...hrpExpand(hrp), ...data]) === 1; }
export function to5bit(buf) { let acc = 0, bits = 0; const out = []; for (const by of buf) { acc = (acc << 8) | by; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >>> bits) & 31); } } if (bits) out.push((acc << (5 - bits)) & 31); return out; }
export function crc24(buf) { let crc = 0xb704ce; for (const by of buf) { crc ^= by << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } } return crc & 0xffffff; }
export const wrap = (s, w = 64) => s.match(new RegExp(`.{1,${w}}`, 'g')).join('\n');
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
