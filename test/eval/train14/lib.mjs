// PRNG, checksums and the span-recording document builder for train14.
import { createHash } from 'node:crypto';

export function makeRng(seed) {
  let s = seed >>> 0;
  const next = () => { // mulberry32
    s = (s + 0x6D2B79F5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (a, b) => a + Math.floor(next() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    chars: (set, n) => { let o = ''; for (let i = 0; i < n; i++) o += set[Math.floor(next() * set.length)]; return o; },
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    digits: (n) => r.chars(DIG, n),
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  return r;
}

export const DIG = '0123456789';
export const HEX = '0123456789abcdef';
export const UPHEX = '0123456789ABCDEF';
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const UPALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';

// ---------- checksums ----------
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(str) { let c = 0xFFFFFFFF; for (const b of Buffer.from(str)) c = CRC_T[(c ^ b) & 0xFF] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; }
export function base62(n, width) { let o = ''; while (n > 0) { o = B62[n % 62] + o; n = Math.floor(n / 62); } return o.padStart(width, '0'); }
export function githubChecksumOk(tok) {
  const m = /^(gh[pousr])_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && base62(crc32(m[2]), 6) === m[3];
}

export function luhnOk(num) { const d = num.replace(/\D/g, ''); let s = 0, alt = false; for (let i = d.length - 1; i >= 0; i--) { let x = +d[i]; if (alt) { x *= 2; if (x > 9) x -= 9; } s += x; alt = !alt; } return d.length > 0 && s % 10 === 0; }
export function luhnDigit(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c); }

export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, LU: 20, CZ: 24, HU: 28, RO: 24, GR: 27, TR: 26, SA: 24, AE: 23, BR: 29, HR: 21, SK: 24, SI: 19, EE: 20, LT: 20, LV: 21, BG: 22, IS: 26, IL: 23, MT: 31, CY: 28 };
function ibanNum(s) { return s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55)); }
function mod97(numstr) { let r = 0; for (const ch of numstr) r = (r * 10 + +ch) % 97; return r; }
export function ibanOk(iban) {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  return mod97(ibanNum(s.slice(4) + s.slice(0, 4))) === 1;
}
export function ibanCheck(cc, bban) { const r = mod97(ibanNum(bban + cc + '00')); return String(98 - r).padStart(2, '0'); }

export function ssnOk(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); if (!m) return false; const a = +m[1]; return a > 0 && a !== 666 && a < 900 && +m[2] > 0 && +m[3] > 0; }
export function itinOk(s) { const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const g = +m[2]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; }
export function nhsOk(n) { const d = n.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; const c = nhsCheck(d); return c !== 10 && c === +d[9]; }
export function deaDigit(six) { const d = six.split('').map(Number); return String((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10); }
export function deaOk(s) { const m = /^[ABCDEFGHJKLMPRSTUX][A-Z9](\d{6})(\d)$/.exec(s); return !!m && deaDigit(m[1]) === m[2]; }

export function sha256(b) { return createHash('sha256').update(b).digest(); }
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let o = ''; while (n > 0n) { o = B58[Number(n % 58n)] + o; n /= 58n; } for (const b of buf) { if (b === 0) o = '1' + o; else break; } return o; }
export function b58decode(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; let buf = n === 0n ? Buffer.alloc(0) : Buffer.from(h, 'hex'); let z = 0; for (const c of s) { if (c === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), buf]); }
export function base58check(version, payload) { const b = Buffer.concat([Buffer.from([version]), payload]); return b58encode(Buffer.concat([b, sha256(sha256(b)).subarray(0, 4)])); }
export function base58checkOk(s) { const b = b58decode(s); if (!b || b.length !== 25) return false; return sha256(sha256(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let c = 1; for (const x of v) { const b = c >>> 25; c = ((c & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) c ^= G[i]; } return c >>> 0; }
function hrpExpand(h) { const o = []; for (const ch of h) o.push(ch.charCodeAt(0) >> 5); o.push(0); for (const ch of h) o.push(ch.charCodeAt(0) & 31); return o; }
function convertBits(data, from, to) { let acc = 0, bits = 0; const o = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; o.push((acc >> bits) & maxv); } } if (bits > 0) o.push((acc << (to - bits)) & maxv); return o; }
export function bech32Segwit(hrp, prog) { const data = [0, ...convertBits(prog, 8, 5)]; const v = hrpExpand(hrp).concat(data, [0, 0, 0, 0, 0, 0]); const pm = polymod(v) ^ 1; const cs = []; for (let i = 0; i < 6; i++) cs.push((pm >> (5 * (5 - i))) & 31); return hrp + '1' + data.concat(cs).map((d) => BECH[d]).join(''); }
export function bech32Ok(s) { const low = s.toLowerCase(); const p = low.lastIndexOf('1'); if (p < 1) return false; const hrp = low.slice(0, p); const d = []; for (const c of low.slice(p + 1)) { const i = BECH.indexOf(c); if (i < 0) return false; d.push(i); } return polymod(hrpExpand(hrp).concat(d)) === 1; }
export function btcOk(s) { return /^(bc1|tb1)/i.test(s) ? bech32Ok(s) : base58checkOk(s); }

const CRC24_INIT = 0xB704CE, CRC24_POLY = 0x1864CFB;
export function crc24(buf) { let c = CRC24_INIT; for (const b of buf) { c ^= b << 16; for (let i = 0; i < 8; i++) { c <<= 1; if (c & 0x1000000) c ^= CRC24_POLY; } } return c & 0xFFFFFF; }

export function cardIinOk(num) {
  const d = num.replace(/[ -]/g, ''); const L = d.length; const p2 = +d.slice(0, 2), p4 = +d.slice(0, 4), p3 = +d.slice(0, 3);
  if (d[0] === '4') return L === 16 || L === 13 || L === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return L === 16;
  if (p2 === 34 || p2 === 37) return L === 15;
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return L === 16 || L === 19;
  if (p4 >= 3528 && p4 <= 3589) return L === 16;
  if (p2 === 36 || (p3 >= 300 && p3 <= 305) || p2 === 38) return L === 14;
  if (p2 === 62) return L === 16;
  return false;
}

// ---------- builder ----------
export class Doc {
  constructor() { this.parts = []; this.len = 0; this.labels = []; this.lookalikes = []; }
  t(s) { s = String(s); this.parts.push(s); this.len += Buffer.byteLength(s); return this; }
  _span(v, rec, arr) { v = String(v); const start = this.len; this.t(v); arr.push({ start, end: this.len, ...rec, value: v }); return this; }
  s(v, entity) { return this._span(v, { entity, family: 'secrets' }, this.labels); }
  p(v, entity) { return this._span(v, { entity, family: 'pii' }, this.labels); }
  l(v, what) { return this._span(v, { what }, this.lookalikes); }
  // emit a tagged value {v, e, f} or {v, w}
  x(item) { if (item == null) return this; if (typeof item === 'string') return this.t(item); if (item.w) return this.l(item.v, item.w); return item.f === 'pii' ? this.p(item.v, item.e) : this.s(item.v, item.e); }
  text() { return this.parts.join(''); }
}
