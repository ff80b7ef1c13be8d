// blind15 shared helpers: seeded PRNG, alphabets, checksums, span-recording document builder.
import crypto from 'node:crypto';

export const A = {
  HEX: '0123456789abcdef', HEXU: '0123456789ABCDEF', DIG: '0123456789',
  LOW: 'abcdefghijklmnopqrstuvwxyz', UP: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  B62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  B64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  B64U: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  B32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', ALNL: 'abcdefghijklmnopqrstuvwxyz0123456789',
  ALNU: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
};

export function makeRng(seed) {
  const h = crypto.createHash('sha256').update(String(seed)).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 32; i++) next();
  const r = {
    f: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    str: (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(next() * alpha.length)]; return s; },
    digits: (n) => r.str(A.DIG, n),
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    shuffle: (arr) => { const x = arr.slice(); for (let i = x.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [x[i], x[j]] = [x[j], x[i]]; } return x; },
    weighted: (pairs) => { let tot = 0; for (const [w] of pairs) tot += w; let x = next() * tot; for (const [w, v] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][1]; },
  };
  return r;
}

// ---- checksums ----
export function luhnCheckDigit(body) {
  let sum = 0, dbl = true;
  for (let i = body.length - 1; i >= 0; i--) { let v = +body[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; }
  return String((10 - (sum % 10)) % 10);
}
export function luhnValid(num) { return luhnCheckDigit(num.slice(0, -1)) === num.slice(-1); }

export function ibanMod97(s) { // s = rearranged string
  let rem = 0;
  for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const dgt of v) rem = (rem * 10 + +dgt) % 97; }
  return rem;
}
export function ibanValid(iban) { const s = iban.replace(/ /g, ''); return ibanMod97(s.slice(4) + s.slice(0, 4)) === 1; }
export function ibanMake(cc, bban) { const rem = ibanMod97(bban + cc + '00'); const cd = String(98 - rem).padStart(2, '0'); return cc + cd + bban; }

const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(str) { let c = 0xFFFFFFFF; for (const b of Buffer.from(str)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; }
export function base62(n, width) { let s = ''; while (n > 0) { s = A.B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
export function githubChecksum(body30) { return base62(crc32(body30), 6); }

export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += (+nine[i]) * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; }
export function nhsValid(n) { const d = n.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; const c = nhsCheck(d.slice(0, 9)); return c !== 10 && c === +d[9]; }
export function deaCheck(d6) { const s = (+d6[0] + +d6[2] + +d6[4]) + 2 * (+d6[1] + +d6[3] + +d6[5]); return String(s % 10); }
export function deaValid(v) { return /^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/.test(v) && deaCheck(v.slice(2, 8)) === v[8]; }
export function abaCheck(d8) { const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += w[i] * +d8[i]; return String((10 - (s % 10)) % 10); }

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b) => crypto.createHash('sha256').update(b).digest();
export function b58encode(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; if (n === 0n) hex = '';
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
}
export function base58check(payload) { const c = sha256(sha256(payload)).subarray(0, 4); return b58encode(Buffer.concat([payload, c])); }
export function base58checkValid(s) { const b = b58decode(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...[...h].map(c => c.charCodeAt(0) >> 5), 0, ...[...h].map(c => c.charCodeAt(0) & 31)];
function convertBits(data, from, to) { let acc = 0, bits = 0; const out = []; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & ((1 << to) - 1)); } } if (bits) out.push((acc << (to - bits)) & ((1 << to) - 1)); return out; }
export function bech32Addr(prog) { const data = [0, ...convertBits(prog, 8, 5)]; const v = [...hrpExp('bc'), ...data, 0, 0, 0, 0, 0, 0]; const m = polymod(v) ^ 1; const cs = []; for (let i = 0; i < 6; i++) cs.push((m >>> (5 * (5 - i))) & 31); return 'bc1' + [...data, ...cs].map(x => BECH[x]).join(''); }
export function bech32Valid(s) { if (!s.startsWith('bc1')) return false; const d = [...s.slice(3)].map(c => BECH.indexOf(c)); if (d.some(x => x < 0)) return false; return polymod([...hrpExp('bc'), ...d]) === 1; }

// ---- document builder ----
// tokens: plain strings, or {fam:'secrets'|'pii', entity, value} or {fam:'look', what, value} or {fam:'neutral', value}
export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.len = 0; this.labels = []; this.lookalikes = []; }
  t(s) { this.parts.push(s); this.len += Buffer.byteLength(s); return this; }
  add(...items) {
    for (const it of items.flat(Infinity)) {
      if (it == null) continue;
      if (typeof it === 'string' || typeof it === 'number') { this.t(String(it)); continue; }
      const st = this.len; this.t(it.value);
      if (it.fam === 'secrets' || it.fam === 'pii') this.labels.push({ start: st, end: this.len, entity: it.entity, family: it.fam, value: it.value, meta: it.meta });
      else if (it.fam === 'look') this.lookalikes.push({ start: st, end: this.len, what: it.what, value: it.value, meta: it.meta });
    }
    return this;
  }
  mark() { return [this.parts.length, this.len, this.labels.length, this.lookalikes.length]; }
  rollback(m) { this.parts.length = m[0]; this.len = m[1]; this.labels.length = m[2]; this.lookalikes.length = m[3]; }
  // try adding a chunk, roll back if it would push the doc beyond max bytes
  tryAdd(max, fn) { const m = this.mark(); fn(); if (this.len > max) { this.rollback(m); return false; } return true; }
  text() { return this.parts.join(''); }
}
export const S = (entity, value, meta) => ({ fam: 'secrets', entity, value, meta });
export const P = (entity, value, meta) => ({ fam: 'pii', entity, value, meta });
export const L = (what, value, meta) => ({ fam: 'look', what, value, meta });
