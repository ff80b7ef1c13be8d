// Seeded PRNG (sfc32) and checksum helpers. Node built-ins only.
import { createHash } from 'node:crypto';

export class Rng {
  constructor(seed) {
    this.a = 0x9e3779b9; this.b = 0x243f6a88; this.c = 0xb7e15162; this.d = seed >>> 0;
    for (let i = 0; i < 24; i++) this.u32();
  }
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0; a = b ^ (b >>> 9); b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0; c = (c + t) >>> 0;
    Object.assign(this, { a, b, c, d });
    return t;
  }
  float() { return this.u32() / 4294967296; }
  int(lo, hi) { return lo + Math.floor(this.float() * (hi - lo + 1)); }
  pick(a) { return a[Math.floor(this.float() * a.length)]; }
  chance(p) { return this.float() < p; }
  str(cs, n) { let s = ''; for (let i = 0; i < n; i++) s += cs[Math.floor(this.float() * cs.length)]; return s; }
  digits(n) { return this.str(DIG, n); }
  hex(n) { return this.str(HEX, n); }
  shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = this.int(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  sample(a, k) { return this.shuffle(a).slice(0, k); }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; }
}

export const DIG = '0123456789';
export const HEX = '0123456789abcdef';
export const HEXU = '0123456789ABCDEF';
export const LOW = 'abcdefghijklmnopqrstuvwxyz';
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const ALNUM = DIG + UP + LOW;
export const LOWNUM = DIG + LOW;
export const UPNUM = DIG + UP;
export const B64 = UP + LOW + DIG + '+/';
export const B64URL = UP + LOW + DIG + '-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

// ---- CRC32 / base62 (GitHub token checksum) ----
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(s) { let c = 0xffffffff; for (const b of Buffer.from(s)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
const B62 = DIG + UP + LOW;
export function base62(n, width) { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(width, '0'); }
export function githubChecksumOk(tok) {
  const m = /^(ghp|gho|ghu|ghs|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && base62(crc32(m[2]), 6) === m[3];
}

// ---- Luhn ----
export function luhnOk(num) {
  const d = num.replace(/\D/g, ''); let s = 0;
  for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; }
  return s % 10 === 0;
}
export function luhnComplete(prefix) { for (let c = 0; c < 10; c++) if (luhnOk(prefix + c)) return prefix + c; }

// ---- IBAN ----
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, AT: 20, CH: 21, PL: 28, PT: 25, SE: 24, DK: 18, FI: 18, IE: 22, NO: 15, LU: 20, CZ: 24, HU: 28, RO: 24, GR: 27, TR: 26, SA: 24, AE: 23 };
function mod97(s) { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) r = (r * 10 + +d) % 97; } return r; }
export function ibanCheck(cc, bban) { const r = mod97(bban + cc + '00'); return String(98 - r).padStart(2, '0'); }
export function ibanOk(iban) {
  const s = iban.replace(/ /g, ''); const cc = s.slice(0, 2);
  if (!IBAN_LEN[cc] || s.length !== IBAN_LEN[cc] || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

// ---- SSN / ITIN ----
export function ssnOk(s) {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s); if (!m) return false;
  const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}
export function itinOk(s) {
  const m = /^9(\d{2})-?(\d{2})-?(\d{4})$/.exec(s); if (!m) return false;
  const g = +m[2]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

// ---- NHS (mod 11) ----
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; }
export function nhsOk(v) { const d = v.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; const c = nhsCheck(d.slice(0, 9)); return c !== 10 && c === +d[9]; }

// ---- DEA ----
export function deaCheck(six) { const d = [...six].map(Number); return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10; }
export function deaOk(v) { const m = /^[ABCDEFGHJKLMPRSTUX][A-Z9](\d{6})(\d)$/.exec(v); return !!m && deaCheck(m[1]) === +m[2]; }

// ---- Base58check / bech32 ----
export const sha256 = (b) => createHash('sha256').update(b).digest();
export function b58encode(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let h = n.toString(16); if (h.length % 2) h = '0' + h; if (n === 0n) h = '';
  let lead = 0; for (const c of s) { if (c === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(h, 'hex')]);
}
export function b58check(payload) { return b58encode(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)])); }
export function b58checkOk(s) { const b = b58decode(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let c = 1; for (const x of v) { const b = c >>> 25; c = ((c & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) c ^= G[i]; } return c >>> 0; }
function hrpExp(h) { return [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)]; }
function convertBits(data, from, to) { let acc = 0, bits = 0; const out = []; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & ((1 << to) - 1)); } } if (bits) out.push((acc << (to - bits)) & ((1 << to) - 1)); return out; }
export function bech32Encode(hrp, ver, prog) {
  const data = [ver, ...convertBits(prog, 8, 5)];
  const pm = polymod([...hrpExp(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...chk].map((d) => BECH[d]).join('');
}
export function bech32Ok(s) {
  const i = s.lastIndexOf('1'); const hrp = s.slice(0, i); const d = [...s.slice(i + 1)].map((c) => BECH.indexOf(c));
  if (d.some((x) => x < 0)) return false; return polymod([...hrpExp(hrp), ...d]) === 1;
}
export function btcOk(s) { return s.startsWith('bc1') ? bech32Ok(s) : /^[13]/.test(s) && b58checkOk(s); }
