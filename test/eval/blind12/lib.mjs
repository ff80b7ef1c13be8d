// blind12 generator library: PRNG, checksums, encoders, span-recording document builder.
import { createHash } from 'node:crypto';

// ---- PRNG: sfc32 seeded through splitmix-style mixing (deterministic, Node built-ins only) ----
export function makeRng(seed) {
  let a = seed >>> 0, b = (seed * 2654435761) >>> 0, c = (seed ^ 0xdeadbeef) >>> 0, d = 1;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 32; i++) next();
  const R = {
    f: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    str: (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(next() * alpha.length)]; return s; },
    digits: (n) => R.str(D10, n),
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
    weighted: (pairs) => { let tot = 0; for (const [w] of pairs) tot += w; let x = next() * tot; for (const [w, v] of pairs) { x -= w; if (x < 0) return v; } return pairs[pairs.length - 1][1]; },
  };
  return R;
}
export const R = makeRng(0xb112d0c5);

export const D10 = '0123456789';
export const HEX = '0123456789abcdef';
export const HEXU = '0123456789ABCDEF';
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LO = 'abcdefghijklmnopqrstuvwxyz';
export const A62 = '0123456789' + UP + LO;
export const A36L = D10 + LO;
export const A36U = D10 + UP;
export const B64 = UP + LO + D10 + '+/';
export const B64U = UP + LO + D10 + '-_';
export const B32 = UP + '234567';
export const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

// ---- checksums ----
export function luhnOk(num) {
  const s = String(num).replace(/\D/g, ''); let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return s.length > 0 && sum % 10 === 0;
}
export function luhnComplete(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return partial + c; throw new Error('luhn'); }

export function mod97(str) { // str: alnum, letters → 10..35
  let rem = 0;
  for (const ch of str) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const dd of v) rem = (rem * 10 + +dd) % 97; }
  return rem;
}
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, AT: 20, CH: 21, PL: 28, PT: 25, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, LU: 20, GR: 27, CZ: 24, HU: 28, RO: 24, HR: 21, SI: 19, SK: 24, LT: 20, EE: 20 };
export function ibanOk(iban) {
  const s = iban.replace(/\s/g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
export function ibanMake(cc, bban) { const chk = 98 - mod97(bban + cc + '00'); return cc + String(chk).padStart(2, '0') + bban; }

export function ssnOk(s) {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); if (!m) return false;
  const a = +m[1], g = +m[2], n = +m[3];
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && n !== 0;
}
export function itinGroupOk(g) { return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function itinOk(s) { const m = /^(9\d{2})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); return !!m && itinGroupOk(+m[2]); }

export function nhsCheck(nine) { let sum = 0; for (let i = 0; i < 9; i++) sum += +nine[i] * (10 - i); let c = 11 - (sum % 11); if (c === 11) c = 0; return c === 10 ? -1 : c; }
export function nhsOk(s) { const d = s.replace(/[\s-]/g, ''); return /^\d{10}$/.test(d) && nhsCheck(d.slice(0, 9)) === +d[9]; }

export function deaCheck(six) { const d = six.split('').map(Number); return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10; }
export function deaOk(s) { const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{6})(\d)$/.exec(s); return !!m && deaCheck(m[3]) === +m[4]; }

let CRC_T = null;
export function crc32(buf) {
  if (!CRC_T) { CRC_T = new Uint32Array(256); for (let i = 0; i < 256; i++) { let c = i; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; CRC_T[i] = c >>> 0; } }
  let c = 0xffffffff; for (const b of Buffer.from(buf)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0;
}
export function base62(n, width) { let s = ''; do { s = A62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(width, '0'); }
export function githubTokenOk(tok) {
  const m = /^(ghp|gho|ghu|ghs|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); if (!m) return false;
  return base62(crc32(m[2]), 6) === m[3];
}

export const sha256 = (b) => createHash('sha256').update(b).digest();
export function b58encode(buf) {
  let n = BigInt('0x' + (buf.length ? buf.toString('hex') : '0')); let s = '';
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
export function base58check(payload) { const chk = sha256(sha256(payload)).subarray(0, 4); return b58encode(Buffer.concat([payload, chk])); }
export function base58checkOk(s) { const b = b58decode(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bpolymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
function hrpExp(h) { const r = []; for (const c of h) r.push(c.charCodeAt(0) >> 5); r.push(0); for (const c of h) r.push(c.charCodeAt(0) & 31); return r; }
function convertBits(data, from, to) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (bits > 0) out.push((acc << (to - bits)) & maxv); return out; }
export function bech32Encode(hrp, ver, prog) { const data = [ver, ...convertBits(prog, 8, 5)]; const pm = bpolymod([...hrpExp(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ (ver === 0 ? 1 : 0x2bc830a3); const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data, ...chk].map((x) => BECH[x]).join(''); }
export function bech32Ok(s) { const p = s.lastIndexOf('1'); if (p < 1) return false; const hrp = s.slice(0, p); const data = [...s.slice(p + 1)].map((c) => BECH.indexOf(c)); if (data.some((x) => x < 0)) return false; const pm = bpolymod([...hrpExp(hrp), ...data]); return pm === 1 || pm === 0x2bc830a3; }
export function cryptoOk(s) { if (/^bc1/.test(s)) return bech32Ok(s); if (/^[13]/.test(s)) return base58checkOk(s); return false; }

export function crc24(buf) { let crc = 0xb704ce; for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } } return crc & 0xffffff; }

export const b64 = (s) => Buffer.from(s).toString('base64');
export const b64u = (s) => Buffer.from(s).toString('base64url');
export const wrap = (s, n) => s.match(new RegExp(`.{1,${n}}`, 'g')).join('\n');

// ---- card checks (IIN + length) ----
export function cardBrand(num) {
  const s = num.replace(/[\s-]/g, ''); const L = s.length; const p2 = +s.slice(0, 2), p3 = +s.slice(0, 3), p4 = +s.slice(0, 4), p6 = +s.slice(0, 6);
  if (s[0] === '4' && (L === 16 || L === 13 || L === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p6 >= 222100 && p6 <= 272099)) && L === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && L === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) && L === 16) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && L === 16) return 'jcb';
  if ((p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) && L === 14) return 'diners';
  return null;
}
export function cardOk(num) { return !!cardBrand(num) && luhnOk(num); }

// ---- span-recording document builder ----
// Span value objects: {fam:'secrets'|'pii', entity, value} or {fam:'look', what, value}; plain strings are neutral text.
export const S = (entity, value) => ({ fam: 'secrets', entity, value });
export const P = (entity, value) => ({ fam: 'pii', entity, value });
export const L = (what, value) => ({ fam: 'look', what, value });
export class Doc {
  constructor() { this.parts = []; this.len = 0; this.spans = []; }
  text(s) { s = String(s); this.parts.push(s); this.len += Buffer.byteLength(s); return this; }
  put(v) {
    if (v == null) return this;
    if (typeof v === 'string' || typeof v === 'number') return this.text(v);
    if (Array.isArray(v)) { for (const x of v) this.put(x); return this; }
    if (v instanceof Doc) return this.append(v);
    const n = Buffer.byteLength(v.value);
    this.spans.push({ start: this.len, end: this.len + n, ...v });
    this.parts.push(v.value); this.len += n; return this;
  }
  // tagged template: d.t`text ${span} text`
  t(strs, ...vals) { for (let i = 0; i < strs.length; i++) { this.text(strs[i]); if (i < vals.length) this.put(vals[i]); } return this; }
  append(o) { for (const sp of o.spans) this.spans.push({ ...sp, start: sp.start + this.len, end: sp.end + this.len }); this.parts.push(...o.parts); this.len += o.len; return this; }
  toString() { return this.parts.join(''); }
}
// build a Doc from a template literal directly
export const T = (strs, ...vals) => new Doc().t(strs, ...vals);
