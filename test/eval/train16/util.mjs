// PRNG, checksums and the span-recording builder for train16.
import { createHash } from 'node:crypto';
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const R = {
    next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    str: (cs, n) => { let s = ''; for (let i = 0; i < n; i++) s += cs[Math.floor(next() * cs.length)]; return s; },
    digits: (n) => R.str(DIG, n),
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
  };
  return R;
}
export const DIG = '0123456789', LHEX = '0123456789abcdef', UHEX = '0123456789ABCDEF';
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', LO = 'abcdefghijklmnopqrstuvwxyz';
export const AN = UP + LO + DIG, LAN = LO + DIG, UAN = UP + DIG, B32 = UP + '234567';
export const B64 = AN + '+/', B64U = AN + '-_';
// CRC32
const CT = (() => { const t = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
export function crc32(s) { let c = 0xFFFFFFFF; for (const b of Buffer.from(s)) c = CT[(c ^ b) & 0xFF] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; }
const B62 = DIG + UP + LO;
export function base62(n, w) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(w, '0'); }
export function ghChecksumOk(tok) { const m = /^(gh[pousr])_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); return !!m && base62(crc32(m[2]), 6) === m[3]; }
export function luhnOk(d) { let s = 0, alt = false; for (let i = d.length - 1; i >= 0; i--) { let x = +d[i]; if (alt) { x *= 2; if (x > 9) x -= 9; } s += x; alt = !alt; } return s % 10 === 0; }
export function luhnComplete(p) { for (let c = 0; c < 10; c++) if (luhnOk(p + c)) return p + c; }
export function mod97(s) { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) r = (r * 10 + +d) % 97; } return r; }
export function ibanOk(iban) { const s = iban.replace(/ /g, ''); return mod97(s.slice(4) + s.slice(0, 4)) === 1; }
export function ibanMake(cc, bban) { const chk = 98 - mod97(bban + cc + '00'); return cc + String(chk).padStart(2, '0') + bban; }
export function nhsCheck(d9) { let s = 0; for (let i = 0; i < 9; i++) s += +d9[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; }
export function nhsOk(n) { const d = n.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; const c = nhsCheck(d); return c !== 10 && c === +d[9]; }
export function deaCheck(d6) { return ((+d6[0] + +d6[2] + +d6[4]) + 2 * (+d6[1] + +d6[3] + +d6[5])) % 10; }
export function deaOk(s) { const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})$/.exec(s); return !!m && deaCheck(m[3]) === +m[3][6]; }
export const sha256 = (b) => createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58enc(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function b58dec(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; let b = n === 0n ? Buffer.alloc(0) : Buffer.from(h, 'hex'); let z = 0; for (const c of s) { if (c === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), b]); }
export function b58check(ver, payload) { const b = Buffer.concat([Buffer.from([ver]), payload]); return b58enc(Buffer.concat([b, sha256(sha256(b)).subarray(0, 4)])); }
export function b58checkOk(s) { const b = b58dec(s); if (!b || b.length !== 25) return false; return sha256(sha256(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21)); }
const BC = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...[...h].map(c => c.charCodeAt(0) >> 5), 0, ...[...h].map(c => c.charCodeAt(0) & 31)];
export function bech32Make(hrp, prog) { const conv = []; let acc = 0, bits = 0; for (const b of prog) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; conv.push((acc >> bits) & 31); } } if (bits) conv.push((acc << (5 - bits)) & 31); const data = [0, ...conv]; const pm = polymod([...hrpExp(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1; const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >> (5 * (5 - i))) & 31); return hrp + '1' + [...data, ...chk].map(x => BC[x]).join(''); }
export function bech32Ok(s) { const i = s.lastIndexOf('1'); if (i < 1) return false; const hrp = s.slice(0, i); const d = [...s.slice(i + 1)].map(c => BC.indexOf(c)); if (d.some(x => x < 0)) return false; return polymod([...hrpExp(hrp), ...d]) === 1; }
export function crc24(buf) { let c = 0xB704CE; for (const b of buf) { c ^= b << 16; for (let i = 0; i < 8; i++) { c <<= 1; if (c & 0x1000000) c ^= 0x1864CFB; } } return c & 0xFFFFFF; }
// builder: records spans by byte offsets as text is appended
export class Doc {
  constructor(kind) { this.kind = kind; this.parts = []; this.len = 0; this.labels = []; this.lookalikes = []; }
  t(s) { s = String(s); this.parts.push(s); this.len += Buffer.byteLength(s); return this; }
  span(v, rec) { v = String(v); const start = this.len; this.t(v); rec.start = start; rec.end = this.len; rec.value = v; return rec; }
  s(v, entity) { this.labels.push(this.span(v, { entity, family: 'secrets' })); return this; }
  p(v, entity) { this.labels.push(this.span(v, { entity, family: 'pii' })); return this; }
  l(v, what) { this.lookalikes.push(this.span(v, { what })); return this; }
  // add a value object {v, e, fam} or {v, what}
  x(o) { if (o.what) return this.l(o.v, o.what); return o.fam === 'pii' ? this.p(o.v, o.e) : this.s(o.v, o.e); }
  text() { return this.parts.join(''); }
}
