// Check-digit and encoding algorithms used both to build values and to validate them.
import { createHash } from 'node:crypto';

export const sha256 = (buf) => createHash('sha256').update(buf).digest();

// ---- Luhn (cards, IMEI)
export function luhnValid(s) {
  const d = String(s).replace(/[\s-]/g, '');
  if (!/^\d+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
export function luhnComplete(partial) {
  for (let c = 0; c < 10; c++) if (luhnValid(partial + c)) return partial + c;
  throw new Error('luhn');
}

// ---- IBAN (ISO 13616, mod 97)
function mod97(numStr) {
  let r = 0;
  for (let i = 0; i < numStr.length; i += 7) r = Number(String(r) + numStr.slice(i, i + 7)) % 97;
  return r;
}
function ibanDigits(s) {
  return s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
}
export function ibanCheckDigits(country, bban) {
  const r = mod97(ibanDigits(bban + country + '00'));
  return String(98 - r).padStart(2, '0');
}
export function ibanMod97Ok(iban) {
  const s = iban.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  return mod97(ibanDigits(s.slice(4) + s.slice(0, 4))) === 1;
}
export const IBAN_LENGTHS = {
  AD: 24, AE: 23, AT: 20, BE: 16, BG: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20,
  ES: 24, FI: 18, FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, LT: 20,
  LU: 20, LV: 21, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SA: 24, SE: 24, SI: 19, SK: 24,
  TR: 26, UA: 29, QA: 29, EG: 29, MC: 27,
};

// ---- CRC32 (GitHub token checksum), CRC24 (OpenPGP armor)
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
export function crc32(data) {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(String(data), 'utf8');
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; }
  }
  return crc & 0xffffff;
}

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = '';
  let x = n >>> 0;
  while (x > 0) { s = BASE62[x % 62] + s; x = Math.floor(x / 62); }
  return s.padStart(width, '0');
}
export function githubChecksum(random30) { return base62(crc32(random30), 6); }
export function githubTokenOk(tok) {
  const m = /^(gh[pousr])_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && githubChecksum(m[2]) === m[3];
}

// ---- base58check (BTC legacy addresses)
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58encode(buf) {
  let n = BigInt('0x' + (buf.length ? buf.toString('hex') : '0'));
  let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function base58decode(s) {
  let n = 0n;
  for (const c of s) {
    const i = B58.indexOf(c);
    if (i < 0) return null;
    n = n * 58n + BigInt(i);
  }
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  let buf = n === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex');
  let zeros = 0;
  for (const c of s) { if (c === '1') zeros++; else break; }
  return Buffer.concat([Buffer.alloc(zeros), buf]);
}
export function base58check(payload) {
  const ck = sha256(sha256(payload)).subarray(0, 4);
  return base58encode(Buffer.concat([payload, ck]));
}
export function base58checkOk(s) {
  const b = base58decode(s);
  if (!b || b.length < 5) return null;
  const p = b.subarray(0, b.length - 4);
  const ck = sha256(sha256(p)).subarray(0, 4);
  return ck.equals(b.subarray(b.length - 4)) ? p : null;
}

// ---- bech32 / bech32m (BIP-173 / BIP-350)
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
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
function hrpExpand(hrp) {
  const r = [];
  for (const c of hrp) r.push(c.charCodeAt(0) >> 5);
  r.push(0);
  for (const c of hrp) r.push(c.charCodeAt(0) & 31);
  return r;
}
export function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0;
  const ret = [];
  const maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) { bits -= to; ret.push((acc >> bits) & maxv); }
  }
  if (pad && bits > 0) ret.push((acc << (to - bits)) & maxv);
  return ret;
}
export function bech32Encode(hrp, data5, variant = 'bech32') {
  const c = variant === 'bech32m' ? 0x2bc830a3 : 1;
  const mod = polymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ c;
  const ck = [];
  for (let i = 0; i < 6; i++) ck.push((mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...ck].map((d) => BECH[d]).join('');
}
// returns {hrp, data, variant} or null
export function bech32Decode(s) {
  const lower = s.toLowerCase();
  if (s !== lower && s !== s.toUpperCase()) return null;
  const pos = lower.lastIndexOf('1');
  if (pos < 1 || pos + 7 > lower.length) return null;
  const hrp = lower.slice(0, pos);
  const data = [];
  for (const ch of lower.slice(pos + 1)) {
    const i = BECH.indexOf(ch);
    if (i < 0) return null;
    data.push(i);
  }
  const pm = polymod([...hrpExpand(hrp), ...data]);
  const variant = pm === 1 ? 'bech32' : pm === 0x2bc830a3 ? 'bech32m' : null;
  if (!variant) return null;
  return { hrp, data: data.slice(0, -6), variant };
}
export function btcAddressOk(a) {
  if (/^(bc1)/i.test(a)) {
    const d = bech32Decode(a);
    if (!d || d.hrp !== 'bc') return false;
    const ver = d.data[0];
    const prog = convertBits(d.data.slice(1), 5, 8, false);
    if (ver === 0) return d.variant === 'bech32' && (prog.length === 20 || prog.length === 32);
    return d.variant === 'bech32m' && prog.length === 32;
  }
  const p = base58checkOk(a);
  return !!p && p.length === 21 && (p[0] === 0x00 || p[0] === 0x05);
}

// ---- UK NHS number (mod 11)
export function nhsCheckDigit(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (sum % 11);
  if (c === 11) return 0;
  if (c === 10) return null;
  return c;
}
export function nhsValid(s) {
  const d = s.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  const c = nhsCheckDigit(d.slice(0, 9));
  return c !== null && c === d.charCodeAt(9) - 48;
}

// ---- DEA registration number
export function deaCheckDigit(six) {
  const d = [...six].map(Number);
  return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10;
}
export function deaValid(s) {
  const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{6})(\d)$/.exec(s);
  return !!m && deaCheckDigit(m[3]) === Number(m[4]);
}

// ---- US SSN / ITIN
export function ssnParts(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}
export function ssnIssued(s) {
  const p = ssnParts(s);
  if (!p) return false;
  const [a, g, n] = p;
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && n !== 0;
}
export function itinValid(s) {
  const p = ssnParts(s);
  if (!p) return false;
  const [a, g, n] = p;
  const okGroup = (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
  return a >= 900 && a <= 999 && okGroup && n !== 0;
}

// ---- misc check digits for look-alikes
export function ean13Check(twelve) {
  let s = 0;
  for (let i = 0; i < 12; i++) s += (twelve.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return (10 - (s % 10)) % 10;
}
export function s10Check(eight) {
  const w = [8, 6, 4, 2, 3, 5, 9, 7];
  let s = 0;
  for (let i = 0; i < 8; i++) s += (eight.charCodeAt(i) - 48) * w[i];
  const c = 11 - (s % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}
export function vinCheck(vin16) {
  // vin16: 17-char VIN with '0' placeholder at position 9 (index 8)
  const map = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin16[i];
    const v = /\d/.test(ch) ? Number(ch) : map[ch];
    s += v * w[i];
  }
  const r = s % 11;
  return r === 10 ? 'X' : String(r);
}
export function upsCheck(body) {
  // body: the 15 chars after "1Z" minus the check digit
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    const v = /\d/.test(ch) ? Number(ch) : (ch.charCodeAt(0) - 63) % 10;
    s += i % 2 ? v * 2 : v;
  }
  return (10 - (s % 10)) % 10;
}
