// blind3 core: deterministic PRNG, span-recording document builder, checksums.
// Node built-ins only.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

// ---------------------------------------------------------------- PRNG (sfc32)
export function makeRng(seedStr) {
  const h = crypto.createHash('sha256').update(seedStr).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    bool: (p = 0.5) => next() < p,
    chars: (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(next() * alpha.length)]; return s; },
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(next() * 10); return s; },
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
    sample: (arr, k) => r.shuffle(arr).slice(0, k),
  };
  return r;
}

export const A = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  lowalnum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  pw: 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-_.=?@^~',
};

// ---------------------------------------------------------------- spans
// Span markers used inside the `x` tagged template.
export const S = (entity, v) => { if (v == null) throw new Error('no value for ' + entity); return ({ kind: 'label', family: 'secrets', entity, v: String(v) }); };
export const P = (entity, v) => ({ kind: 'label', family: 'pii', entity, v: String(v) });
export const L = (what, v) => ({ kind: 'look', what, v: String(v) });

export class Doc {
  constructor(kind) {
    this.kind = kind; this.parts = []; this.len = 0;
    this.labels = []; this.lookalikes = []; this.inserted = [];
  }
  add(piece) {
    if (piece == null || piece === false) return this;
    if (Array.isArray(piece)) { for (const p of piece) this.add(p); return this; }
    if (typeof piece === 'object' && piece.kind) {
      const start = this.len;
      const n = Buffer.byteLength(piece.v, 'utf8');
      if (n === 0) throw new Error('empty span ' + JSON.stringify(piece));
      this.parts.push(piece.v); this.len += n;
      const end = this.len;
      if (piece.kind === 'label') this.labels.push({ start, end, entity: piece.entity, family: piece.family });
      else this.lookalikes.push({ start, end, what: piece.what });
      this.inserted.push({ start, end, v: piece.v, kind: piece.kind });
      return this;
    }
    const s = String(piece);
    this.parts.push(s); this.len += Buffer.byteLength(s, 'utf8');
    return this;
  }
  // tagged template: d.x`text ${S('X', v)} more ${'plain'}`
  x(strings, ...vals) {
    for (let i = 0; i < strings.length; i++) {
      this.add(strings[i]);
      if (i < vals.length) this.add(vals[i]);
    }
    return this;
  }
  text() { return this.parts.join(''); }
}

// ---------------------------------------------------------------- checksums
export function luhnCheckDigit(partial) {
  let sum = 0, dbl = true;
  for (let i = partial.length - 1; i >= 0; i--) {
    let d = partial.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return String((10 - (sum % 10)) % 10);
}
export function luhnValid(num) {
  const s = num.replace(/\D/g, '');
  return luhnCheckDigit(s.slice(0, -1)) === s.slice(-1);
}

function ibanNumeric(s) {
  let out = '';
  for (const ch of s) out += /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
  return out;
}
export function mod97(numStr) {
  let rem = 0;
  for (const ch of numStr) rem = (rem * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return rem;
}
export function ibanCheck(cc, bban) {
  const rem = mod97(ibanNumeric(bban + cc + '00'));
  return String(98 - rem).padStart(2, '0');
}
export function ibanValid(iban) {
  const s = iban.replace(/\s/g, '');
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}

export function nhsValid(n) {
  const s = n.replace(/\D/g, '');
  if (s.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (s.charCodeAt(i) - 48) * (10 - i);
  let c = 11 - (sum % 11); if (c === 11) c = 0; if (c === 10) return false;
  return c === s.charCodeAt(9) - 48;
}

export function deaValid(dea) {
  if (!/^[A-Z]{2}\d{7}$/.test(dea)) return false;
  const d = dea.slice(2).split('').map(Number);
  const t = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
  return t % 10 === d[6];
}

export function ssnValid(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  if (!m) return false;
  const area = +m[1];
  return area !== 0 && area !== 666 && area < 900 && m[2] !== '00' && m[3] !== '0000';
}

export const sha256 = (b) => crypto.createHash('sha256').update(b).digest();

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58(buf) {
  let x = BigInt('0x' + (buf.length ? buf.toString('hex') : '0'));
  let out = '';
  while (x > 0n) { out = B58[Number(x % 58n)] + out; x /= 58n; }
  for (const b of buf) { if (b === 0) out = '1' + out; else break; }
  return out;
}
export function base58decode(s) {
  let x = 0n;
  for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; x = x * 58n + BigInt(i); }
  let hex = x.toString(16); if (hex.length % 2) hex = '0' + hex;
  let buf = x === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex');
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), buf]);
}
export function base58check(payload) {
  const chk = sha256(sha256(payload)).subarray(0, 4);
  return base58(Buffer.concat([payload, chk]));
}
export function base58checkValid(s) {
  const b = base58decode(s); if (!b || b.length < 5) return false;
  const p = b.subarray(0, -4);
  return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4));
}

// bech32 (BIP-173)
const B32C = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function convertBits(data, from, to) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
export function bech32Segwit(hrp, ver, prog) {
  const data = [ver, ...convertBits([...prog], 8, 5)];
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...chk].map((d) => B32C[d]).join('');
}
export function bech32Valid(s) {
  const pos = s.lastIndexOf('1'); if (pos < 1) return false;
  const hrp = s.slice(0, pos); const data = [...s.slice(pos + 1)].map((c) => B32C.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  return polymod([...hrpExpand(hrp), ...data]) === 1;
}

export function crc32(str) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(str) >>> 0;
  let c, crc = 0xffffffff;
  for (const b of Buffer.from(str)) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
export function base62(n, width) {
  let s = '';
  while (n > 0) { s = A.b62[n % 62] + s; n = Math.floor(n / 62); }
  return s.padStart(width, '0');
}
export function githubTokenValid(t) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(t);
  return !!m && base62(crc32(m[1]), 6) === m[2];
}

export const b64 = (s) => Buffer.from(s).toString('base64');
export const b64url = (s) => Buffer.from(s).toString('base64url');
export const wrap = (s, n = 64) => s.match(new RegExp(`.{1,${n}}`, 'g')).join('\n');
