// Check-digit and encoding helpers shared by the value generators and the validator.
import { createHash } from 'node:crypto';

// ---------- Luhn ----------
export function luhnValid(num) {
  const d = String(num).replace(/\D/g, '');
  if (d.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
export function luhnComplete(body) {
  for (let c = 0; c < 10; c++) if (luhnValid(body + c)) return body + c;
  throw new Error('luhn');
}

// ---------- IBAN (ISO 13616, mod 97-10) ----------
function mod97(numStr) {
  let r = 0;
  for (const ch of numStr) r = (r * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return r;
}
function ibanDigits(s) {
  let out = '';
  for (const ch of s.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) out += ch;
    else if (c >= 65 && c <= 90) out += String(c - 55);
    else return null;
  }
  return out;
}
export function ibanFromBban(cc, bban) {
  const r = mod97(ibanDigits(bban + cc + '00'));
  return cc + String(98 - r).padStart(2, '0') + bban;
}
export function ibanValid(iban) {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const d = ibanDigits(s.slice(4) + s.slice(0, 4));
  return d !== null && mod97(d) === 1;
}
// national IBAN lengths (the ones this set uses plus a few neighbours)
export const IBAN_LENGTHS = {
  AD: 24, AE: 23, AT: 20, BE: 16, BG: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18,
  EE: 20, ES: 24, FI: 18, FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26,
  IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25,
  RO: 24, SA: 24, SE: 24, SI: 19, SK: 24, TR: 26, UA: 29,
};

// ---------- CRC32 (IEEE) ----------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
export function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---------- base62 (digits, upper, lower) ----------
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = '';
  let x = BigInt(n);
  while (x > 0n) { s = BASE62[Number(x % 62n)] + s; x /= 62n; }
  return s.padStart(width, '0');
}
// GitHub-style token: prefix_ + 30 random base62 + base62(crc32(random)) padded to 6
export function ghChecksum(random30) { return base62(crc32(Buffer.from(random30, 'ascii')), 6); }
export function ghTokenValid(tok) {
  const m = /^gh[pousr]_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$/.exec(tok);
  return !!m && ghChecksum(m[1]) === m[2];
}

// ---------- hashes ----------
export const sha256 = (b) => createHash('sha256').update(b).digest();
export const sha256d = (b) => sha256(sha256(b));

// ---------- base58 / base58check ----------
export const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let x = BigInt('0x' + (buf.length ? buf.toString('hex') : '0'));
  let s = '';
  while (x > 0n) { s = B58[Number(x % 58n)] + s; x /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let x = 0n;
  for (const ch of s) {
    const i = B58.indexOf(ch);
    if (i < 0) return null;
    x = x * 58n + BigInt(i);
  }
  let hex = x === 0n ? '' : x.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  let lead = 0;
  for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
}
export function b58check(version, payload) {
  const body = Buffer.concat([Buffer.from([version]), payload]);
  return b58encode(Buffer.concat([body, sha256d(body).subarray(0, 4)]));
}
export function b58checkValid(s) {
  const b = b58decode(s);
  if (!b || b.length < 5) return null;
  const body = b.subarray(0, b.length - 4);
  if (!sha256d(body).subarray(0, 4).equals(b.subarray(b.length - 4))) return null;
  return { version: body[0], payload: body.subarray(1) };
}

// ---------- bech32 / bech32m (BIP-173 / BIP-350) ----------
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
const hrpExpand = (h) => [...h].map((c) => c.charCodeAt(0) >> 5).concat([0], [...h].map((c) => c.charCodeAt(0) & 31));
const BECH32_CONST = { bech32: 1, bech32m: 0x2bc830a3 };
export function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0;
  const out = [];
  const maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v; bits += from;
    while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); }
  }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  else if (!pad && (bits >= from || ((acc << (to - bits)) & maxv))) return null;
  return out;
}
export function bech32Encode(hrp, data5, spec) {
  const values = hrpExpand(hrp).concat(data5);
  const mod = polymod(values.concat([0, 0, 0, 0, 0, 0])) ^ BECH32_CONST[spec];
  const chk = [];
  for (let i = 0; i < 6; i++) chk.push((mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + data5.concat(chk).map((d) => BECH[d]).join('');
}
export function segwitAddress(version, program) {
  const data = [version].concat(convertBits([...program], 8, 5, true));
  return bech32Encode('bc', data, version === 0 ? 'bech32' : 'bech32m');
}
export function segwitValid(addr) {
  const s = addr.toLowerCase();
  if (s !== addr && addr.toUpperCase() !== addr) return false;
  const pos = s.lastIndexOf('1');
  if (pos < 1 || s.slice(0, pos) !== 'bc') return false;
  const data = [];
  for (const ch of s.slice(pos + 1)) { const i = BECH.indexOf(ch); if (i < 0) return false; data.push(i); }
  if (data.length < 7) return false;
  const pm = polymod(hrpExpand('bc').concat(data));
  const ver = data[0];
  if (pm !== (ver === 0 ? BECH32_CONST.bech32 : BECH32_CONST.bech32m)) return false;
  const prog = convertBits(data.slice(1, -6), 5, 8, false);
  if (!prog) return false;
  if (ver === 0) return prog.length === 20 || prog.length === 32;
  return prog.length === 32;
}
export function btcValid(addr) {
  if (/^bc1/i.test(addr)) return segwitValid(addr);
  const r = b58checkValid(addr);
  return !!r && (r.version === 0 || r.version === 5) && r.payload.length === 20;
}

// ---------- NHS number (mod 11) ----------
export function nhsCheckDigit(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (sum % 11);
  if (c === 11) return 0;
  if (c === 10) return null;
  return c;
}
export function nhsValid(s) {
  const d = String(s).replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  const c = nhsCheckDigit(d.slice(0, 9));
  return c !== null && c === d.charCodeAt(9) - 48;
}

// ---------- DEA registration number ----------
export const DEA_FIRST = 'ABCDEFGHJKLMPRSTUX';
export function deaCheckDigit(six) {
  const d = [...six].map((c) => c.charCodeAt(0) - 48);
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
}
export function deaValid(s) {
  const m = /^([A-Z])([A-Z9])(\d{6})(\d)$/.exec(s);
  return !!m && DEA_FIRST.includes(m[1]) && deaCheckDigit(m[3]) === Number(m[4]);
}

// ---------- US SSN / ITIN ----------
export function ssnParts(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  return m ? [m[1], m[2], m[3]] : null;
}
export function ssnValid(s) {
  const p = ssnParts(s);
  if (!p) return false;
  const [a, g, n] = p;
  if (a === '000' || a === '666' || a[0] === '9') return false;
  if (g === '00' || n === '0000') return false;
  if (a + g + n === '078051120' || a + g + n === '219099999') return false;
  return true;
}
export function itinGroupOk(g) {
  const x = Number(g);
  return (x >= 50 && x <= 65) || (x >= 70 && x <= 88) || (x >= 90 && x <= 92) || (x >= 94 && x <= 99);
}
export function itinValid(s) {
  const p = ssnParts(s);
  return !!p && p[0][0] === '9' && itinGroupOk(p[1]);
}

// ---------- CRC-24 (OpenPGP armor) ----------
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; }
  }
  return crc & 0xffffff;
}

// ---------- base32 (RFC 4648) ----------
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export function base32(buf) {
  let bits = 0, val = 0, out = '';
  for (const b of buf) {
    val = (val << 8) | b; bits += 8;
    while (bits >= 5) { out += BASE32[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += BASE32[(val << (5 - bits)) & 31];
  return out;
}
