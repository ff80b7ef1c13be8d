// PRNG, checksums and the span-recording document builder.
import { createHash } from 'node:crypto';

export function makeRng(seed) {
  let a = seed >>> 0, b = 0x9e3779b9, c = 0x243f6a88, d = 0xb7e15162;
  const next = () => { // sfc32
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
    str: (cs, n) => { let s = ''; for (let i = 0; i < n; i++) s += cs[Math.floor(next() * cs.length)]; return s; },
    digits: (n) => r.str(DIG, n),
    hex: (n) => r.str(HEX, n),
    b62: (n) => r.str(B62, n),
    shuffle: (arr) => { const x = arr.slice(); for (let i = x.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [x[i], x[j]] = [x[j], x[i]]; } return x; },
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    pad: (n, w) => String(n).padStart(w, '0'),
  };
  return r;
}
export const DIG = '0123456789', HEX = '0123456789abcdef';
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// ---- checksums ----
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(s) { let c = 0xffffffff; for (const b of Buffer.from(s)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
export function base62(n, w) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(w, '0'); }
export function githubChecksumOk(tok) { const m = /^(gh[pousr])_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); return !!m && base62(crc32(m[2]), 6) === m[3]; }

export function luhnOk(num) { const d = num.replace(/\D/g, ''); let s = 0; for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; } return s % 10 === 0; }
export function luhnDigit(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c); }
export function cardBrand(num) {
  const d = num.replace(/\D/g, ''), L = d.length, p2 = +d.slice(0, 2), p3 = +d.slice(0, 3), p4 = +d.slice(0, 4);
  if (d[0] === '4' && (L === 16 || L === 13 || L === 19)) return 'visa';
  if (L === 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return 'mastercard';
  if (L === 15 && (p2 === 34 || p2 === 37)) return 'amex';
  if (L === 16 && (p4 === 6011 || p2 === 65)) return 'discover';
  if (L === 16 && p4 >= 3528 && p4 <= 3589) return 'jcb';
  if (L === 14 && (p2 === 36 || (p3 >= 300 && p3 <= 305) || p2 === 38)) return 'diners';
  return null;
}
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15, DK: 18, FI: 18, CZ: 24, GR: 27, TR: 26, SA: 24, AE: 23, IL: 23, BR: 29, HU: 28, RO: 24, LU: 20, HR: 21 };
function ibanNum(s) { return s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55)); }
function mod97(numstr) { let r = 0; for (const ch of numstr) r = (r * 10 + +ch) % 97; return r; }
export function ibanOk(iban) { const s = iban.replace(/\s/g, ''); if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false; if (IBAN_LEN[s.slice(0, 2)] !== s.length) return false; return mod97(ibanNum(s.slice(4) + s.slice(0, 4))) === 1; }
export function ibanCheck(cc, bban) { const m = mod97(ibanNum(bban + cc + '00')); return String(98 - m).padStart(2, '0'); }

export function ssnOk(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); if (!m) return false; const a = +m[1]; return a > 0 && a !== 666 && a < 900 && +m[2] > 0 && +m[3] > 0; }
export function itinOk(s) { const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const g = +m[2]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function nhsOk(s) { const d = s.replace(/\D/g, ''); if (d.length !== 10) return false; let sum = 0; for (let i = 0; i < 9; i++) sum += +d[i] * (10 - i); let c = 11 - (sum % 11); if (c === 11) c = 0; return c !== 10 && c === +d[9]; }
export function deaOk(s) { const m = /^([A-Z])([A-Z9])(\d{7})$/.exec(s); if (!m || !'ABCDEFGHJKLMPRSTUX'.includes(m[1])) return false; const d = m[3]; const t = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); return t % 10 === +d[6]; }

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b) => createHash('sha256').update(b).digest();
export function b58encode(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function b58decode(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; if (n === 0n) h = ''; let lead = 0; for (const c of s) { if (c === '1') lead++; else break; } return Buffer.concat([Buffer.alloc(lead), Buffer.from(h, 'hex')]); }
export function b58check(payload) { return b58encode(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)])); }
export function b58checkOk(s) { const b = b58decode(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function convertBits(data, from, to) { let acc = 0, bits = 0; const out = []; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & ((1 << to) - 1)); } } if (bits) out.push((acc << (to - bits)) & ((1 << to) - 1)); return out; }
export function bech32Segwit(hrp, ver, prog) { const data = [ver, ...convertBits(prog, 8, 5)]; const pm = polymod([...hrpExp(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1; const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data, ...chk].map((x) => BECH[x]).join(''); }
export function bech32Ok(s) { const i = s.lastIndexOf('1'); if (i < 1) return false; const hrp = s.slice(0, i).toLowerCase(); const d = [...s.slice(i + 1).toLowerCase()].map((c) => BECH.indexOf(c)); if (d.some((x) => x < 0) || d.length < 7) return false; return polymod([...hrpExp(hrp), ...d]) === 1; }
export function btcOk(s) { if (/^(bc1|tb1)/i.test(s)) return bech32Ok(s); if (/^[13]/.test(s)) { const b = b58decode(s); return b58checkOk(s) && b.length === 25 && (b[0] === 0 || b[0] === 5); } return false; }
export function isbn13Ok(s) { const d = s.replace(/\D/g, ''); if (d.length !== 13) return false; let t = 0; for (let i = 0; i < 13; i++) t += +d[i] * (i % 2 ? 3 : 1); return t % 10 === 0; }

// ---- builder ----
export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.len = 0; this.labels = []; this.looks = []; }
  t(...ss) { for (const s of ss) { this.parts.push(String(s)); this.len += Buffer.byteLength(String(s)); } return this; }
  _span(v) { const st = this.len; this.t(v); return [st, this.len]; }
  // secret: {e, v} or (entity, value)
  s(e, v) { if (typeof e === 'object') { v = e.v; e = e.e; } const [a, b] = this._span(v); this.labels.push({ start: a, end: b, entity: e, family: 'secrets', value: v }); return this; }
  p(e, v) { if (typeof e === 'object') { v = e.v; e = e.e; } const [a, b] = this._span(v); this.labels.push({ start: a, end: b, entity: e, family: 'pii', value: v }); return this; }
  l(w, v) { if (typeof w === 'object') { v = w.v; w = w.w; } const [a, b] = this._span(v); this.looks.push({ start: a, end: b, what: w, value: v }); return this; }
  // append a segment: array of strings and {e,v,f} / {w,v} objects
  seg(items) { for (const it of items) { if (typeof it === 'string') this.t(it); else if (it.w) this.l(it); else if (it.f === 'pii') this.p(it); else this.s(it); } return this; }
  text() { return this.parts.join(''); }
}
