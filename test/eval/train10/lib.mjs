// train10 helpers: PRNG, fragment builder with span tracking, checksums.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

// ---- PRNG (sfc32, fixed seed) ----
export function makeRng(seed) {
  let a = seed >>> 0, b = (seed * 2654435761) >>> 0, c = 0x9e3779b9, d = 0x1210beef;
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
    str: (n, cs) => { let s = ''; for (let i = 0; i < n; i++) s += cs[Math.floor(next() * cs.length)]; return s; },
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    shuffle: (arr) => { const x = arr.slice(); for (let i = x.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [x[i], x[j]] = [x[j], x[i]]; } return x; },
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(next() * 10); return s; },
  };
  r.deck = (items) => { let q = []; return () => { if (!q.length) q = r.shuffle(items); return q.pop(); }; };
  return r;
}

export const CS = {
  up: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', low: 'abcdefghijklmnopqrstuvwxyz', dig: '0123456789',
  hex: '0123456789abcdef', HEX: '0123456789ABCDEF',
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', b32l: 'abcdefghijklmnopqrstuvwxyz234567',
  lowdig: 'abcdefghijklmnopqrstuvwxyz0123456789', updig: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
};

// ---- fragments: tagged template that records spans ----
export class Frag { constructor(segs) { this.segs = segs; } }
const mark = (m, k, v) => {
  v = String(v);
  if (!v.length) throw new Error('empty mark ' + k);
  return { mark: m, k, v };
};
export const S = (entity, v) => mark('s', entity, v);
export const P = (entity, v) => mark('p', entity, v);
export const L = (what, v) => mark('l', what, v);
function pushVal(segs, v) {
  if (v == null) return;
  if (v instanceof Frag) { for (const s of v.segs) segs.push(s); return; }
  if (Array.isArray(v)) { for (const x of v) pushVal(segs, x); return; }
  if (typeof v === 'object' && v.mark) { segs.push(v); return; }
  segs.push(String(v));
}
export function T(strings, ...vals) {
  const segs = [];
  for (let i = 0; i < strings.length; i++) {
    segs.push(strings[i]);
    if (i < vals.length) pushVal(segs, vals[i]);
  }
  return new Frag(segs);
}
export function F(...vals) { const segs = []; for (const v of vals) pushVal(segs, v); return new Frag(segs); }
export function J(arr, sep) {
  const segs = [];
  arr.forEach((x, i) => { if (i) segs.push(sep); pushVal(segs, x); });
  return new Frag(segs);
}
export function render(frag) {
  let text = '', off = 0; const labels = [], lookalikes = [];
  for (const s of frag.segs) {
    if (typeof s === 'string') { text += s; off += Buffer.byteLength(s); continue; }
    const n = Buffer.byteLength(s.v);
    if (s.mark === 'l') lookalikes.push({ start: off, end: off + n, what: s.k, _v: s.v });
    else labels.push({ start: off, end: off + n, entity: s.k, family: s.mark === 's' ? 'secrets' : 'pii', _v: s.v });
    text += s.v; off += n;
  }
  return { text, labels, lookalikes };
}

// ---- encodings / checksums ----
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
export const b64 = (b) => Buffer.from(b).toString('base64');
export const b64u = (b) => Buffer.from(b).toString('base64url');
export const sha256 = (b) => crypto.createHash('sha256').update(b).digest();
export const crc32 = (s) => zlib.crc32(Buffer.from(s));
export function base62(n, width) {
  let s = ''; n = BigInt(n);
  while (n > 0n) { s = CS.b62[Number(n % 62n)] + s; n /= 62n; }
  return s.padStart(width, '0');
}
export function wrap(s, n) { const out = []; for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n)); return out.join('\n'); }

export function luhnOk(d) {
  let sum = 0, alt = false;
  for (let i = d.length - 1; i >= 0; i--) { let x = +d[i]; if (alt) { x *= 2; if (x > 9) x -= 9; } sum += x; alt = !alt; }
  return sum % 10 === 0;
}
export function luhnComplete(prefix) {
  for (let c = 0; c < 10; c++) if (luhnOk(prefix + c)) return prefix + c;
}
export function ibanMod(s) {
  s = s.replace(/\s/g, '');
  const re = s.slice(4) + s.slice(0, 4);
  const num = re.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return BigInt(num) % 97n;
}
export function ibanBuild(cc, bban) {
  const m = ibanMod(cc + '00' + bban);
  const ck = String(98n - m).padStart(2, '0');
  return cc + ck + bban;
}
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58enc(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0')), s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58dec(s) {
  let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex;
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(n === 0n ? '' : hex, 'hex')]);
}
export function b58check(payload) { const ck = sha256(sha256(payload)).subarray(0, 4); return b58enc(Buffer.concat([payload, ck])); }
export function b58checkOk(s) {
  const b = b58dec(s); if (!b || b.length < 5) return false;
  const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4));
}
// bech32 / bech32m
const BC = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1;
  for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; }
  return chk >>> 0;
}
const hrpExp = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export function convertBits(data, from, to, pad = true) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
export function bech32Encode(hrp, data5, m = false) {
  const C = m ? 0x2bc830a3 : 1;
  const pm = polymod([...hrpExp(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ C;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...ck].map((x) => BC[x]).join('');
}
export function bech32Ok(s) {
  s = s.toLowerCase(); const p = s.lastIndexOf('1'); if (p < 1) return false;
  const hrp = s.slice(0, p), d = [...s.slice(p + 1)].map((c) => BC.indexOf(c)); if (d.some((x) => x < 0)) return false;
  const pm = polymod([...hrpExp(hrp), ...d]); return pm === 1 || pm === 0x2bc830a3;
}
export function deaOk(s) {
  const m = /^[A-Z][A-Z9](\d{7})$/.exec(s); if (!m) return false; const d = m[1].split('').map(Number);
  return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 === d[6];
}
export function nhsOk(s) {
  const d = s.replace(/[\s-]/g, ''); if (!/^\d{10}$/.test(d)) return false;
  let sum = 0; for (let i = 0; i < 9; i++) sum += +d[i] * (10 - i);
  let c = 11 - (sum % 11); if (c === 11) c = 0; if (c === 10) return false; return c === +d[9];
}
export function ssnOk(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}
export function itinOk(s) {
  const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const g = +m[2]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
export function ghOk(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); if (!m) return false;
  return base62(crc32(m[1]), 6) === m[2];
}
