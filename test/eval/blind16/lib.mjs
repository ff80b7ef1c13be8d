// blind16 shared helpers: seeded PRNG, alphabets, checksums, span-recording document builder.
import { createHash } from 'node:crypto';

// sfc32 seeded from a string via a simple FNV-style mixer. Deterministic.
export function makeRng(seedStr) {
  let h = 2166136261 >>> 0;
  const st = [];
  for (let k = 0; k < 4; k++) {
    for (const ch of seedStr + '#' + k) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; }
    st.push(h);
  }
  let [a, b, c, d] = st;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b | 0) + d | 0;
    d = d + 1 | 0; a = b ^ (b >>> 9); b = c + (c << 3) | 0; c = (c << 21) | (c >>> 11); c = c + t | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}

export const R = { f: makeRng('blind16/seed-2026-12-06/v1') };
export const rnd = () => R.f();
export const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = (a) => a[Math.floor(rnd() * a.length)];
export const chance = (p) => rnd() < p;
export const shuffle = (a) => { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; };
export const pad = (n, w) => String(n).padStart(w, '0');

export const A = {
  hex: '0123456789abcdef', HEX: '0123456789ABCDEF', dig: '0123456789',
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', up: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', lo: 'abcdefghijklmnopqrstuvwxyz',
  alnumLo: 'abcdefghijklmnopqrstuvwxyz0123456789', alnumUp: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
};
export function rs(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; }
// random string that contains at least one digit and one letter (so it looks random, not a word)
export function rmix(alpha, n) {
  for (;;) { const s = rs(alpha, n); if (/[0-9]/.test(s) && /[A-Za-z]/.test(s)) return s; }
}
export function rbytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = int(0, 255); return b; }
export const sha256 = (b) => createHash('sha256').update(b).digest();

// ---- checksums ----
const CRC_T = (() => { const t = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
export function crc32(str) { let c = 0xffffffff; for (const b of Buffer.from(str)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
export function base62(n, w) { let s = ''; while (n > 0) { s = A.b62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(w, '0'); }
export function ghChecksum(body30) { return base62(crc32(body30), 6); }

export function luhnOk(num) { let s = 0, alt = false; for (let i = num.length - 1; i >= 0; i--) { let d = +num[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } s += d; alt = !alt; } return s % 10 === 0; }
export function luhnDigit(partial) { for (let d = 0; d < 10; d++) if (luhnOk(partial + d)) return String(d); }

export function ibanMod(iban) {
  const s = (iban.slice(4) + iban.slice(0, 4)).toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0; for (const ch of s) r = (r * 10 + +ch) % 97; return r;
}
export function ibanMake(cc, bban) { const r = ibanMod(cc + '00' + bban); return cc + pad(98 - r, 2) + bban; }

export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; /* 10 => invalid */ }
export function nhsOk(ten) { const d = ten.replace(/\D/g, ''); if (d.length !== 10) return false; const c = nhsCheck(d.slice(0, 9)); return c !== 10 && c === +d[9]; }
export function deaOk(dea) { if (!/^[A-Z][A-Z9]\d{7}$/.test(dea)) return false; const d = dea.slice(2).split('').map(Number); return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6]; }

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58enc(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function b58dec(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; let b = n === 0n ? Buffer.alloc(0) : Buffer.from(h, 'hex'); let z = 0; for (const c of s) { if (c === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), b]); }
export function b58check(payload) { const c = sha256(sha256(payload)).subarray(0, 4); return b58enc(Buffer.concat([payload, c])); }
export function b58checkOk(s) { const b = b58dec(s); if (!b || b.length !== 25) return false; return sha256(sha256(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21)) && (b[0] === 0 || b[0] === 5); }
const BCH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >> i) & 1) chk ^= G[i]; } return chk; }
const hrpExp = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export function bech32Enc(hrp, data5) { const pm = polymod([...hrpExp(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ 1; const cs = []; for (let i = 0; i < 6; i++) cs.push((pm >> (5 * (5 - i))) & 31); return hrp + '1' + [...data5, ...cs].map((d) => BCH[d]).join(''); }
export function bech32Ok(s) { const p = s.lastIndexOf('1'); const hrp = s.slice(0, p); const d = [...s.slice(p + 1)].map((c) => BCH.indexOf(c)); if (d.some((x) => x < 0)) return false; return polymod([...hrpExp(hrp), ...d]) === 1; }
export function to5(bytes) { let acc = 0, bits = 0; const out = []; for (const b of bytes) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >> bits) & 31); } } if (bits) out.push((acc << (5 - bits)) & 31); return out; }

// ---- span values ----
// A span value is {f:'secrets'|'pii'|'look', e:entity-or-what, v:string}
export const S = (e, v) => ({ f: 'secrets', e, v });
export const P = (e, v) => ({ f: 'pii', e, v });
export const L = (e, v) => ({ f: 'look', e, v });
export const isSpan = (x) => x && typeof x === 'object' && 'f' in x && 'v' in x;

export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.len = 0; this.labels = []; this.look = []; }
  add(x) {
    if (x == null || x === false) return this;
    if (Array.isArray(x)) { for (const y of x) this.add(y); return this; }
    if (isSpan(x)) {
      const start = this.len; this.txt(x.v); const end = this.len;
      if (x.f === 'look') this.look.push({ start, end, what: x.e, v: x.v });
      else this.labels.push({ start, end, entity: x.e, family: x.f, v: x.v });
      return this;
    }
    return this.txt(String(x));
  }
  txt(s) { this.parts.push(s); this.len += Buffer.byteLength(s); return this; }
  // tagged template: d.w`KEY=${S(..)}\n`
  w(strs, ...vals) { for (let i = 0; i < strs.length; i++) { this.txt(strs[i]); if (i < vals.length) this.add(vals[i]); } return this; }
  text() { return this.parts.join(''); }
}
// Build a list of parts from a template (for helpers that return fragments).
export function T(strs, ...vals) { const o = []; for (let i = 0; i < strs.length; i++) { o.push(strs[i]); if (i < vals.length) o.push(vals[i]); } return o; }
