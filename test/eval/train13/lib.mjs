// PRNG, checksums and the span-recording document builder for train13.
import { createHash } from 'node:crypto';

let state = 0x13579bdf >>> 0;
export function seed(s) { state = s >>> 0; }
export function rnd() { // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const chance = (p) => rnd() < p;
export function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
export const CS = {
  d: '0123456789', H: '0123456789abcdef', HU: '0123456789ABCDEF',
  a: 'abcdefghijklmnopqrstuvwxyz0123456789', U: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  A: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  L: 'abcdefghijklmnopqrstuvwxyz', UL: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  u64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
};
export function R(cs, n) { const c = CS[cs] ?? cs; let s = ''; for (let i = 0; i < n; i++) s += c[Math.floor(rnd() * c.length)]; return s; }
export const digits = (n) => R('d', n);
export function bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256); return b; }
export const b64 = (buf) => buf.toString('base64');
export const b64u = (x) => Buffer.from(x).toString('base64url');
export const wrap = (s, w = 64) => s.match(new RegExp(`.{1,${w}}`, 'g')).join('\n');

// --- checksums ---
const CRC = (() => { const t = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
export function crc32(str) { let c = 0xffffffff; for (const b of Buffer.from(str)) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
export function base62(n, width) { const A = CS.d + CS.UL + CS.L; let s = ''; while (n > 0) { s = A[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
export function githubToken(prefix) { const r = R('A', 30); return prefix + r + base62(crc32(r), 6); }
export function githubValid(tok) { const m = /^(ghp|gho|ghu|ghs|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); return !!m && base62(crc32(m[2]), 6) === m[3]; }

export function luhnOk(num) { const d = num.replace(/\D/g, ''); let s = 0; for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; } return s % 10 === 0; }
export function luhnComplete(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return partial + c; }

export const IBAN_SPEC = { DE: '18n', GB: '4a14n', FR: '23n', ES: '20n', IT: '1a22n', NL: '4a10n', BE: '12n', CH: '17n', AT: '16n', PL: '24n', PT: '21n', IE: '4a14n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', CZ: '20n', GR: '23n', TR: '22n', SA: '20n', AE: '19n', BR: '23n1a1c', RO: '4a16c', HU: '24n', LU: '16n' };
export const IBAN_LEN = Object.fromEntries(Object.entries(IBAN_SPEC).map(([k, v]) => [k, 4 + [...v.matchAll(/(\d+)([anc])/g)].reduce((s, m) => s + +m[1], 0)]));
function ibanMod(s) { const r = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55)); let m = 0; for (const ch of r) m = (m * 10 + +ch) % 97; return m; }
export function ibanOk(iban) { const s = iban.replace(/ /g, ''); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LEN[s.slice(0, 2)] === s.length && ibanMod(s) === 1; }
export function makeIban(cc) {
  let bban = ''; for (const m of IBAN_SPEC[cc].matchAll(/(\d+)([anc])/g)) bban += R(m[2] === 'n' ? 'd' : m[2] === 'a' ? 'UL' : 'U', +m[1]);
  const chk = 98 - ibanMod(cc + '00' + bban); return cc + String(chk).padStart(2, '0') + bban;
}
export const groupIban = (s) => s.match(/.{1,4}/g).join(' ');

export function ssnOk(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); if (!m) return false; const a = +m[1]; return a > 0 && a !== 666 && a < 900 && +m[2] > 0 && +m[3] > 0; }
export function itinOk(s) { const m = /^9\d{2}[- ]?(\d{2})[- ]?\d{4}$/.exec(s); if (!m) return false; const g = +m[1]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; }
export function nhsOk(s) { const d = s.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; const c = nhsCheck(d); return c !== 10 && c === +d[9]; }
export function deaOk(s) { const m = /^[A-Z][A-Z9](\d{7})$/.exec(s); if (!m) return false; const d = m[1]; const sum = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); return sum % 10 === +d[6]; }

// base58check / bech32
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b) => createHash('sha256').update(b).digest();
export function b58encode(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function b58decode(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; let buf = n === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex'); let z = 0; for (const c of s) { if (c === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), buf]); }
export function b58check(version, payload) { const body = Buffer.concat([Buffer.from([version]), payload]); return b58encode(Buffer.concat([body, sha256(sha256(body)).subarray(0, 4)])); }
export function b58checkOk(s) { const b = b58decode(s); if (!b || b.length !== 25) return false; return sha256(sha256(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let c = 1; for (const x of v) { const b = c >>> 25; c = ((c & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) c ^= G[i]; } return c >>> 0; }
const hrpExp = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function conv8to5(buf) { let acc = 0, bits = 0; const out = []; for (const b of buf) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >> bits) & 31); } } if (bits) out.push((acc << (5 - bits)) & 31); return out; }
export function bech32Addr(prog) { const data = [0, ...conv8to5(prog)]; const pm = polymod([...hrpExp('bc'), ...data, 0, 0, 0, 0, 0, 0]) ^ 1; const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31); return 'bc1' + [...data, ...chk].map((x) => BECH[x]).join(''); }
export function bech32Ok(s) { if (!s.startsWith('bc1')) return false; const d = [...s.slice(3)].map((c) => BECH.indexOf(c)); if (d.some((x) => x < 0)) return false; return polymod([...hrpExp('bc'), ...d]) === 1; }
export const btcOk = (s) => (s.startsWith('bc1') ? bech32Ok(s) : b58checkOk(s));

// --- builder ---
export class Doc {
  constructor() { this.parts = []; this.len = 0; this.labels = []; this.look = []; }
  t(...ss) { for (const s of ss) { const x = String(s); this.parts.push(x); this.len += Buffer.byteLength(x); } return this; }
  sec(o) { return this._span(this.labels, { entity: o.e, family: 'secrets' }, o.v); }
  pii(entity, v) { return this._span(this.labels, { entity, family: 'pii' }, v); }
  lk(what, v) { return this._span(this.look, { what }, v); }
  // generic: item is {e,v} secret, {p,v} pii, {w,v} lookalike, or string
  put(x) { if (typeof x === 'string' || typeof x === 'number') return this.t(x); if (x.e) return this.sec(x); if (x.p) return this.pii(x.p, x.v); if (x.w) return this.lk(x.w, x.v); throw new Error('bad item ' + JSON.stringify(x)); }
  _span(list, meta, v) { const start = this.len; this.t(v); list.push({ start, end: this.len, ...meta, value: String(v) }); return this; }
  text() { return this.parts.join(''); }
}
// template helper: tagged template that accepts items
export function tpl(doc, strings, ...vals) { strings.forEach((s, i) => { doc.t(s); if (i < vals.length) doc.put(vals[i]); }); return doc; }
