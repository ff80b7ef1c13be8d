// Check-digit and encoding helpers shared by the value generators and the validator.
import { createHash } from 'node:crypto';
import { B62 } from './prng.mjs';

export function luhnCheckDigit(partial) {
  let sum = 0, dbl = true;
  for (let i = partial.length - 1; i >= 0; i--) {
    let d = partial.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return String((10 - (sum % 10)) % 10);
}
export function luhnValid(num) {
  if (!/^\d{8,19}$/.test(num)) return false;
  return luhnCheckDigit(num.slice(0, -1)) === num.slice(-1);
}

// ---- IBAN -------------------------------------------------------------------
export const IBAN_LENGTHS = {
  AD: 24, AE: 23, AT: 20, AZ: 28, BE: 16, BG: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22,
  DK: 18, EE: 20, EG: 29, ES: 24, FI: 18, FR: 27, GB: 22, GE: 22, GR: 27, HR: 21, HU: 28,
  IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PT: 25, QA: 29, RO: 24,
  RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, TN: 24, TR: 26, UA: 29,
};
function ibanNumeric(s) {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 65 && c <= 90 ? String(c - 55) : ch;
  }
  return out;
}
export function mod97(numStr) {
  let rem = 0;
  for (let i = 0; i < numStr.length; i += 7) {
    rem = Number(String(rem) + numStr.slice(i, i + 7)) % 97;
  }
  return rem;
}
export function ibanCheckDigits(cc, bban) {
  const r = mod97(ibanNumeric(bban + cc + '00'));
  return String(98 - r).padStart(2, '0');
}
export function ibanValid(iban) {
  const s = iban.replace(/[ \u00a0-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const cc = s.slice(0, 2);
  if (IBAN_LENGTHS[cc] !== s.length) return false;
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}

// ---- CRC32 / base62 (GitHub token checksum) ---------------------------------
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
  if (typeof buf === 'string') buf = Buffer.from(buf, 'utf8');
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export function base62(n, width) {
  let s = '';
  let x = n >>> 0;
  do { s = B62[x % 62] + s; x = Math.floor(x / 62); } while (x > 0);
  return s.padStart(width, '0');
}
export function githubChecksum(random30) { return base62(crc32(random30), 6); }
export function githubTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && githubChecksum(m[1]) === m[2];
}

// ---- hashing / base58 / bech32 ----------------------------------------------
export const sha256 = (b) => createHash('sha256').update(b).digest();
export const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58encode(buf) {
  let n = BigInt('0x' + (buf.length ? buf.toString('hex') : '0'));
  let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function base58decode(str) {
  let n = 0n;
  for (const ch of str) {
    const i = B58.indexOf(ch);
    if (i < 0) return null;
    n = n * 58n + BigInt(i);
  }
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  let body = n === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex');
  let lead = 0;
  for (const ch of str) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), body]);
}
export function base58check(payload) {
  const chk = sha256(sha256(payload)).subarray(0, 4);
  return base58encode(Buffer.concat([payload, chk]));
}
export function base58checkDecode(str) {
  const b = base58decode(str);
  if (!b || b.length < 5) return null;
  const payload = b.subarray(0, b.length - 4);
  const chk = sha256(sha256(payload)).subarray(0, 4);
  return chk.equals(b.subarray(b.length - 4)) ? payload : null;
}

const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bechPolymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
function hrpExpand(hrp) {
  const out = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  return out;
}
function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0;
  const out = [], maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v; bits += from;
    while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); }
  }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  else if (!pad && (bits >= from || ((acc << (to - bits)) & maxv))) return null;
  return out;
}
export function segwitEncode(hrp, version, program) {
  const data = [version, ...convertBits([...program], 8, 5, true)];
  const values = [...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0];
  const mod = bechPolymod(values) ^ 1; // bech32 (v0)
  const chk = [];
  for (let i = 0; i < 6; i++) chk.push((mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...chk].map((d) => BECH[d]).join('');
}
export function segwitValid(addr) {
  const s = addr.toLowerCase();
  if (s !== addr) return false;
  const pos = s.lastIndexOf('1');
  if (pos < 1) return false;
  const hrp = s.slice(0, pos);
  if (hrp !== 'bc') return false;
  const data = [];
  for (const ch of s.slice(pos + 1)) { const i = BECH.indexOf(ch); if (i < 0) return false; data.push(i); }
  if (bechPolymod([...hrpExpand(hrp), ...data]) !== 1) return false;
  const prog = convertBits(data.slice(1, -6), 5, 8, false);
  return !!prog && data[0] === 0 && (prog.length === 20 || prog.length === 32);
}
export function btcValid(addr) {
  if (addr.startsWith('bc1')) return segwitValid(addr);
  const p = base58checkDecode(addr);
  return !!p && p.length === 21 && (p[0] === 0x00 || p[0] === 0x05);
}

// ---- NHS / DEA / US ids ------------------------------------------------------
export function nhsCheck(nine) {
  let s = 0;
  for (let i = 0; i < 9; i++) s += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (s % 11);
  if (c === 11) return '0';
  if (c === 10) return null;
  return String(c);
}
export function nhsValid(v) {
  const d = v.replace(/[ -]/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  return nhsCheck(d.slice(0, 9)) === d[9];
}
export function deaCheck(six) {
  const d = [...six].map((c) => c.charCodeAt(0) - 48);
  return String((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10);
}
export function deaValid(v) {
  const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{6})(\d)$/.exec(v);
  return !!m && deaCheck(m[3]) === m[4];
}
export function ssnParts(v) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v);
  return m ? [m[1], m[2], m[3]] : null;
}
export function ssnValid(v) {
  const p = ssnParts(v);
  if (!p) return false;
  const [a, g, s] = p;
  return a !== '000' && a !== '666' && a[0] !== '9' && g !== '00' && s !== '0000';
}
export function itinGroupOk(g) {
  const n = Number(g);
  return (n >= 50 && n <= 65) || (n >= 70 && n <= 88) || (n >= 90 && n <= 92) || (n >= 94 && n <= 99);
}
export function itinValid(v) {
  const p = ssnParts(v);
  return !!p && p[0][0] === '9' && itinGroupOk(p[1]);
}

// ---- card brands -------------------------------------------------------------
export function cardBrand(d) {
  const n2 = Number(d.slice(0, 2)), n3 = Number(d.slice(0, 3)), n4 = Number(d.slice(0, 4)), n6 = Number(d.slice(0, 6));
  const L = d.length;
  if (d[0] === '4' && (L === 16 || L === 13 || L === 19)) return 'visa';
  if (n2 >= 51 && n2 <= 55 && L === 16) return 'mastercard';
  if (n4 >= 2221 && n4 <= 2720 && L === 16) return 'mastercard2';
  if ((n2 === 34 || n2 === 37) && L === 15) return 'amex';
  if ((n4 === 6011 || (n3 >= 644 && n3 <= 649) || n2 === 65 || (n6 >= 622126 && n6 <= 622925)) && (L === 16 || L === 19)) return 'discover';
  if (n4 >= 3528 && n4 <= 3589 && (L === 16 || L === 19)) return 'jcb';
  if (((n3 >= 300 && n3 <= 305) || n2 === 36 || n2 === 38 || n2 === 39 || n4 === 3095) && L === 14) return 'diners';
  return null;
}
