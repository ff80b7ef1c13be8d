// blind4: fragment builder, PRNG and checksum helpers (Node built-ins only).
import crypto from 'node:crypto';
import zlib from 'node:zlib';

// ---------------------------------------------------------------- PRNG (sfc32)
let A = 0, B = 0, C = 0, D = 0;
export function seed(n) {
  A = 0x9e3779b9; B = 0x243f6a88; C = 0xb7e15162; D = n >>> 0;
  for (let i = 0; i < 20; i++) rnd();
}
export function rnd() {
  A >>>= 0; B >>>= 0; C >>>= 0; D >>>= 0;
  let t = (A + B) | 0;
  A = B ^ (B >>> 9);
  B = (C + (C << 3)) | 0;
  C = (C << 21) | (C >>> 11);
  D = (D + 1) | 0;
  t = (t + D) | 0;
  C = (C + t) | 0;
  return (t >>> 0) / 4294967296;
}
export const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const chance = (p) => rnd() < p;
export function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
export function sample(arr, n) { return shuffle(arr).slice(0, n); }
export const DIG = '0123456789';
export const HEX = '0123456789abcdef';
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOW = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIG + UP + LOW;
export const B64URLCH = UP + LOW + DIG + '-_';
export const B32 = UP + '234567';
export function chars(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; }
export const hex = (n) => chars(HEX, n);
export const digits = (n) => chars(DIG, n);
export function bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256); return b; }
export const b64 = (n) => bytes(n).toString('base64');
export const b64url = (n) => bytes(n).toString('base64url');
export const pad = (n, w) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- fragments
// A fragment is an array of pieces: strings or span objects {t, entity|what, value}.
export const S = (entity, value) => ({ t: 's', entity, value: String(value) });
export const P = (entity, value) => ({ t: 'p', entity, value: String(value) });
export const L = (what, value) => ({ t: 'l', what, value: String(value) });
function flat(x, out) {
  if (x === null || x === undefined || x === false) return out;
  if (Array.isArray(x)) { for (const y of x) flat(y, out); return out; }
  if (typeof x === 'object') { out.push(x); return out; }
  out.push(String(x));
  return out;
}
// tagged template: f`text ${S('X', v)} more` -> fragment
export function f(strings, ...vals) {
  const out = [];
  strings.forEach((s, i) => { if (s) out.push(s); if (i < vals.length) flat(vals[i], out); });
  return out;
}
export const frag = (...xs) => flat(xs, []);
export function join(items, sep) {
  const out = [];
  items.forEach((it, i) => { if (i) flat(sep, out); flat(it, out); });
  return out;
}
export function fragLen(fr) {
  let n = 0; for (const p of flat(fr, [])) n += Buffer.byteLength(typeof p === 'string' ? p : p.value, 'utf8'); return n;
}
// map every string piece and span value through an escaping function (e.g. JSON string escaping);
// span values change with it, so labels always cover exactly the escaped bytes.
export function mapText(fr, fn) {
  return flat(fr, []).map((p) => (typeof p === 'string' ? fn(p) : { ...p, value: fn(p.value) }));
}
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
export function build(fr) {
  const pieces = flat(fr, []);
  let text = '', off = 0;
  const labels = [], lookalikes = [], values = [];
  for (const p of pieces) {
    const v = typeof p === 'string' ? p : p.value;
    const n = Buffer.byteLength(v, 'utf8');
    if (typeof p !== 'string') {
      if (p.t === 'l') lookalikes.push({ start: off, end: off + n, what: p.what });
      else labels.push({ start: off, end: off + n, entity: p.entity, family: p.t === 's' ? 'secrets' : 'pii' });
      values.push({ start: off, end: off + n, value: v });
    }
    text += v; off += n;
  }
  return { text, labels, lookalikes, values };
}

// ---------------------------------------------------------------- checksums
export function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  let c, crc = 0xffffffff;
  for (let i = 0; i < buf.length; i++) {
    c = (crc ^ buf[i]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
export function base62(n, width) {
  let s = '';
  while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); }
  return s.padStart(width, '0');
}
export function luhnOk(num) {
  const d = num.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = +d[d.length - 1 - i];
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return d.length >= 12 && sum % 10 === 0;
}
export function luhnDigit(partial) {
  for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c);
  throw new Error('luhn');
}
export function ibanMod97(iban) {
  const s = iban.replace(/\s/g, '');
  const r = s.slice(4) + s.slice(0, 4);
  let m = 0;
  for (const ch of r) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) m = (m * 10 + +d) % 97;
  }
  return m;
}
export const sha256 = (b) => crypto.createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0'));
  let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function base58decode(s) {
  let n = 0n;
  for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let h = n.toString(16); if (h.length % 2) h = '0' + h;
  let buf = n === 0n ? Buffer.alloc(0) : Buffer.from(h, 'hex');
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), buf]);
}
export function base58check(payload) {
  const ck = sha256(sha256(payload)).subarray(0, 4);
  return base58(Buffer.concat([payload, ck]));
}
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
const hrpExpand = (h) => [...h].map((c) => c.charCodeAt(0) >> 5).concat([0], [...h].map((c) => c.charCodeAt(0) & 31));
export function bech32Encode(hrp, data5) {
  const pm = polymod(hrpExpand(hrp).concat(data5, [0, 0, 0, 0, 0, 0])) ^ 1;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + data5.concat(ck).map((d) => BECH[d]).join('');
}
export function bech32Ok(s) {
  const i = s.lastIndexOf('1'); if (i < 1) return false;
  const hrp = s.slice(0, i), data = [...s.slice(i + 1)].map((c) => BECH.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  return polymod(hrpExpand(hrp).concat(data)) === 1;
}
export function convertBits(buf, from, to) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of buf) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
export function deaOk(s) {
  const m = /^[A-Z][A-Z9](\d{7})$/.exec(s); if (!m) return false;
  const d = m[1].split('').map(Number);
  return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 === d[6];
}
export function nhsOk(s) {
  const d = s.replace(/[\s-]/g, ''); if (!/^\d{10}$/.test(d)) return false;
  let sum = 0; for (let i = 0; i < 9; i++) sum += +d[i] * (10 - i);
  let c = 11 - (sum % 11); if (c === 11) c = 0; if (c === 10) return false;
  return c === +d[9];
}
export function ssnOk(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const a = +m[1];
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}
export function itinOk(s) {
  const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const g = +m[2];
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
export function ghOk(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); if (!m) return false;
  return base62(crc32(Buffer.from(m[1])), 6) === m[2];
}
export function btcOk(a) {
  if (/^bc1/.test(a)) return bech32Ok(a);
  const b = base58decode(a); if (!b || b.length !== 25) return false;
  return sha256(sha256(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21)) && (b[0] === 0 || b[0] === 5);
}
