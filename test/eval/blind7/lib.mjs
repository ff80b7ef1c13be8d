// blind7 shared helpers: seeded PRNG, document builder, checksums. Node built-ins only.
import zlib from 'node:zlib';
import crypto from 'node:crypto';

// ---- PRNG (sfc32 seeded from a fixed string) ----
let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7b7c0de, d = 1;
export function seed(s) {
  const h = crypto.createHash('sha256').update(String(s)).digest();
  a = h.readUInt32LE(0); b = h.readUInt32LE(4); c = h.readUInt32LE(8); d = h.readUInt32LE(12) | 1;
  for (let i = 0; i < 20; i++) rnd();
}
export function rnd() {
  a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
  let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11);
  d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
  return (t >>> 0) / 4294967296;
}
export const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const chance = (p) => rnd() < p;
export function shuffle(arr) { const x = arr.slice(); for (let i = x.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [x[i], x[j]] = [x[j], x[i]]; } return x; }
export function sample(arr, n) { return shuffle(arr).slice(0, n); }

export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', LO = 'abcdefghijklmnopqrstuvwxyz', DG = '0123456789';
export const B62 = DG + UP + LO, HEX = '0123456789abcdef', B64 = UP + LO + DG + '+/', B64U = UP + LO + DG + '-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const rs = (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; };
export const hex = (n) => rs(HEX, n), b62 = (n) => rs(B62, n), digits = (n) => rs(DG, n);
export const alnumU = (n) => rs(UP + DG, n), lower = (n) => rs(LO, n), lowerNum = (n) => rs(LO + DG, n);
export const pad = (n, w) => String(n).padStart(w, '0');
export function randBytes(n) { const x = Buffer.alloc(n); for (let i = 0; i < n; i++) x[i] = Math.floor(rnd() * 256); return x; }
export const b64 = (n) => randBytes(n).toString('base64');
export const b64u = (n) => randBytes(n).toString('base64url');
export const b64s = (s) => Buffer.from(s, 'utf8').toString('base64');
export const b64us = (s) => Buffer.from(s, 'utf8').toString('base64url');
export const uuid = () => { const h = hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[ri(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };
export const wrap = (s, w) => s.match(new RegExp(`.{1,${w}}`, 'g')).join('\n');
export const sha256hex = (s) => crypto.createHash('sha256').update(s).digest('hex');

// ---- checksums ----
export function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  let c2 = ~0; for (const byte of Buffer.from(buf)) { c2 ^= byte; for (let k = 0; k < 8; k++) c2 = (c2 >>> 1) ^ (0xedb88320 & -(c2 & 1)); } return ~c2 >>> 0;
}
export function base62Int(n, w) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(w, '0'); }
export function ghToken(prefix) { const body = b62(30); return prefix + body + base62Int(crc32(Buffer.from(body)), 6); }
export function ghValid(tok) { const m = /^gh[pousr]_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$/.exec(tok); return !!m && base62Int(crc32(Buffer.from(m[1])), 6) === m[2]; }

export function luhnOk(num) { const s = num.replace(/\D/g, ''); let sum = 0; for (let i = 0; i < s.length; i++) { let x = +s[s.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; } return sum % 10 === 0; }
export function luhnComplete(prefix, len) { let s = prefix + digits(len - prefix.length - 1); for (let k = 0; k < 10; k++) if (luhnOk(s + k)) return s + k; throw new Error('luhn'); }
function mod97(str) { let r = 0; for (const ch of str) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const dd of v) r = (r * 10 + +dd) % 97; } return r; }
export function ibanCheck(cc, bban) { return pad(98 - mod97(bban + cc + '00'), 2); }
export function ibanOk(iban) { const s = iban.replace(/\s/g, ''); return mod97(s.slice(4) + s.slice(0, 4)) === 1; }
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const ch = 11 - (s % 11); return ch === 11 ? 0 : ch === 10 ? null : ch; }
export function nhsOk(num) { const s = num.replace(/\D/g, ''); return s.length === 10 && nhsCheck(s.slice(0, 9)) === +s[9]; }
export function deaOk(dea) { const m = /^[A-Z][A-Z9](\d{7})$/.exec(dea); if (!m) return false; const x = m[1]; return ((+x[0] + +x[2] + +x[4]) + 2 * (+x[1] + +x[3] + +x[5])) % 10 === +x[6]; }
export function ssnOk(ssn) { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(ssn); if (!m) return false; const ar = +m[1]; return ar !== 0 && ar !== 666 && ar < 900 && m[2] !== '00' && m[3] !== '0000'; }
export function itinOk(s) { const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const g = +m[2]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const dsha = (b) => crypto.createHash('sha256').update(crypto.createHash('sha256').update(b).digest()).digest();
export function base58check(version, payload) {
  const body = Buffer.concat([Buffer.from([version]), payload]); const full = Buffer.concat([body, dsha(body).subarray(0, 4)]);
  let n = BigInt('0x' + full.toString('hex')), s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const byte of full) { if (byte === 0) s = '1' + s; else break; } return s;
}
export function base58checkOk(s) {
  let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return false; n = n * 58n + BigInt(i); }
  let h = n.toString(16); if (h.length % 2) h = '0' + h; let buf = Buffer.from(h, 'hex');
  let z = 0; for (const ch of s) { if (ch === '1') z++; else break; } buf = Buffer.concat([Buffer.alloc(z), buf]);
  return buf.length === 25 && dsha(buf.subarray(0, 21)).subarray(0, 4).equals(buf.subarray(21));
}
const CS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const v of values) { const top = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExpand = (h) => [...[...h].map((x) => x.charCodeAt(0) >> 5), 0, ...[...h].map((x) => x.charCodeAt(0) & 31)];
function convertbits(data, from, to) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (bits > 0) out.push((acc << (to - bits)) & maxv); return out; }
export function segwit(witver, program) {
  const data = [witver, ...convertbits([...program], 8, 5)]; const konst = witver === 0 ? 1 : 0x2bc830a3;
  const pm = polymod([...hrpExpand('bc'), ...data, 0, 0, 0, 0, 0, 0]) ^ konst; const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return 'bc1' + [...data, ...chk].map((v) => CS[v]).join('');
}
export function segwitOk(addr) { const s = addr.toLowerCase(); if (!s.startsWith('bc1')) return false; const data = [...s.slice(3)].map((x) => CS.indexOf(x)); if (data.some((v) => v < 0)) return false; const pm = polymod([...hrpExpand('bc'), ...data]); return pm === (data[0] === 0 ? 1 : 0x2bc830a3); }
export function bech32Upper(hrp, bytes) { // generic bech32 (for age keys)
  const data = convertbits([...bytes], 8, 5); const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1; const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return (hrp + '1' + [...data, ...chk].map((v) => CS[v]).join('')).toUpperCase();
}

// ---- tokens & document builder ----
// token: {v, e, f}  f = 'secrets' | 'pii' | 'look'; e = entity or lookalike "what"
export const S = (e, v) => ({ v, e, f: 'secrets' });
export const P = (e, v) => ({ v, e, f: 'pii' });
export const L = (e, v) => ({ v, e, f: 'look' });
export const retok = (t, fn) => ({ ...t, v: fn(t.v) });
export const isTok = (x) => x && typeof x === 'object' && !Array.isArray(x) && 'v' in x && 'f' in x;

export class Doc {
  constructor() { this.chunks = []; this.bytes = 0; this.spans = []; }
  add(x) {
    if (x === null || x === undefined || x === false) return this;
    if (Array.isArray(x)) { for (const y of x) this.add(y); return this; }
    if (isTok(x)) { const n = Buffer.byteLength(x.v); this.spans.push({ start: this.bytes, end: this.bytes + n, e: x.e, f: x.f, v: x.v }); this.chunks.push(x.v); this.bytes += n; return this; }
    const s = String(x); this.chunks.push(s); this.bytes += Buffer.byteLength(s); return this;
  }
  text() { return this.chunks.join(''); }
}
// tagged template producing a fragment (array of strings and tokens)
export function F(strs, ...vals) { const out = []; strs.forEach((s, i) => { out.push(s); if (i < vals.length) out.push(vals[i]); }); return out; }
// plain text of a fragment (for measuring / nesting into escaped contexts)
export function flat(x) { if (x == null || x === false) return ''; if (Array.isArray(x)) return x.map(flat).join(''); if (isTok(x)) return x.v; return String(x); }
// map every string / token value in a fragment through fn (e.g. JSON escaping); labels stay on the mapped token
export function mapFrag(x, fn) { if (x == null || x === false) return x; if (Array.isArray(x)) return x.map((y) => mapFrag(y, fn)); if (isTok(x)) return { ...x, v: fn(x.v) }; return fn(String(x)); }
export const jesc = (s) => JSON.stringify(s).slice(1, -1);
