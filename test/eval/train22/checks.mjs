// Checksums and format checks shared by the value generators and the validator.
import { createHash } from 'node:crypto';

// ---------- CRC32 / base62 (GitHub-style token checksum) ----------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
export function crc32(input) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input, 'utf8');
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = '';
  let v = n >>> 0;
  do { s = B62[v % 62] + s; v = Math.floor(v / 62); } while (v > 0);
  return s.padStart(width, '0');
}
export function ghChecksum(random30) { return base62(crc32(random30), 6); }
export function ghTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && ghChecksum(m[1]) === m[2];
}
export function npmTokenValid(tok) {
  const m = /^npm_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && ghChecksum(m[1]) === m[2];
}

// ---------- Luhn / cards ----------
export function luhnValid(digits) {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0, dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return sum % 10 === 0;
}
export function luhnDigit(body) {
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return String(d);
  throw new Error('no luhn digit');
}
// brand -> IIN test and allowed lengths
export const CARD_BRANDS = {
  visa: { iin: (s) => /^4/.test(s), len: [13, 16, 19] },
  mastercard: { iin: (s) => { const p2 = +s.slice(0, 2), p4 = +s.slice(0, 4); return (p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720); }, len: [16] },
  amex: { iin: (s) => /^3[47]/.test(s), len: [15] },
  discover: { iin: (s) => { const p3 = +s.slice(0, 3), p6 = +s.slice(0, 6); return /^6011/.test(s) || /^65/.test(s) || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925); }, len: [16, 19] },
  jcb: { iin: (s) => { const p4 = +s.slice(0, 4); return p4 >= 3528 && p4 <= 3589; }, len: [16, 17, 18, 19] },
  diners: { iin: (s) => /^3(0[0-5]|095|6|8|9)/.test(s), len: [14, 16] },
  unionpay: { iin: (s) => /^62/.test(s), len: [16, 17, 18, 19] },
  maestro: { iin: (s) => /^(5018|5020|5038|5893|6304|6759|6761|6762|6763)/.test(s), len: [12, 13, 14, 15, 16, 17, 18, 19] },
  mir: { iin: (s) => { const p4 = +s.slice(0, 4); return p4 >= 2200 && p4 <= 2204; }, len: [16] },
};
export function cardBrandOf(digits) {
  for (const [name, b] of Object.entries(CARD_BRANDS)) if (b.iin(digits) && b.len.includes(digits.length)) return name;
  return null;
}
export function cardValid(raw) {
  const d = raw.replace(/[ -]/g, '');
  return /^\d{12,19}$/.test(d) && luhnValid(d) && cardBrandOf(d) !== null;
}

// ---------- IBAN ----------
export const IBAN_LEN = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27,
  GB: 22, GE: 22, GR: 27, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, LT: 20, LU: 20, LV: 21, MT: 31,
  NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, TR: 26, UA: 29, AE: 23,
  EG: 29, BH: 22, QA: 29, JO: 30, KW: 30, MC: 27, SM: 27, LI: 21, BA: 20, ME: 22, MK: 19, AL: 28, AZ: 28,
  BR: 29, PK: 24, MU: 30, TN: 24, KZ: 20,
};
export function ibanMod97(s) {
  const x = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of x) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const dch of v) rem = (rem * 10 + (dch.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}
export function ibanValid(raw) {
  const s = raw.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const L = IBAN_LEN[s.slice(0, 2)];
  return L === s.length && ibanMod97(s) === 1;
}
export function ibanCheckDigits(cc, bban) {
  const tmp = cc + '00' + bban;
  const rem = ibanMod97(tmp);
  return String(98 - rem).padStart(2, '0');
}

// ---------- US SSN / ITIN ----------
export function ssnValid(raw) {
  const d = raw.replace(/[- ]/g, '');
  if (!/^\d{9}$/.test(d)) return false;
  const area = +d.slice(0, 3), group = +d.slice(3, 5), serial = +d.slice(5);
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  return true;
}
export function itinGroupOk(g) { return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function itinValid(raw) {
  const d = raw.replace(/[- ]/g, '');
  if (!/^9\d{8}$/.test(d)) return false;
  return itinGroupOk(+d.slice(3, 5));
}

// ---------- NHS ----------
export function nhsCheck(nine) {
  let s = 0;
  for (let i = 0; i < 9; i++) s += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (s % 11);
  if (c === 11) return 0;
  if (c === 10) return -1;
  return c;
}
export function nhsValid(raw) {
  const d = raw.replace(/[- ]/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  const c = nhsCheck(d.slice(0, 9));
  return c >= 0 && c === +d[9];
}

// ---------- DEA ----------
export const DEA_FIRST = 'ABCDEFGHJKLMPRSTUX';
export function deaCheckDigit(six) {
  const n = [...six].map(Number);
  return String((n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10);
}
export function deaValid(s) {
  const m = /^([A-Z])([A-Z9])(\d{6})(\d)$/.exec(s);
  return !!m && DEA_FIRST.includes(m[1]) && deaCheckDigit(m[3]) === m[4];
}

// ---------- hashing ----------
export const sha256 = (b) => createHash('sha256').update(b).digest();

// ---------- base58check ----------
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let x = BigInt('0x' + (buf.length ? buf.toString('hex') : '0'));
  let s = '';
  while (x > 0n) { s = B58[Number(x % 58n)] + s; x /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let x = 0n;
  for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; x = x * 58n + BigInt(i); }
  let hex = x.toString(16); if (hex.length % 2) hex = '0' + hex;
  let body = x === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex');
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), body]);
}
export function b58checkEncode(payload) {
  const ck = sha256(sha256(payload)).subarray(0, 4);
  return b58encode(Buffer.concat([payload, ck]));
}
export function b58checkValid(s) {
  const b = b58decode(s);
  if (!b || b.length < 5) return false;
  const p = b.subarray(0, b.length - 4), ck = b.subarray(b.length - 4);
  return sha256(sha256(p)).subarray(0, 4).equals(ck);
}

// ---------- bech32 / bech32m ----------
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
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export function bech32Encode(hrp, data5, variant) {
  const C = variant === 'm' ? 0x2bc830a3 : 1;
  const pm = polymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ C;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...ck].map((v) => BECH[v]).join('');
}
export function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
export function bech32Valid(s) {
  const low = s.toLowerCase();
  if (s !== low && s !== s.toUpperCase()) return false;
  const pos = low.lastIndexOf('1');
  if (pos < 1) return false;
  const hrp = low.slice(0, pos);
  const data = [...low.slice(pos + 1)].map((c) => BECH.indexOf(c));
  if (data.some((x) => x < 0) || data.length < 6) return false;
  const pm = polymod([...hrpExpand(hrp), ...data]);
  if (hrp !== 'bc') return false;
  const ver = data[0];
  if (ver === 0) return pm === 1;
  return pm === 0x2bc830a3;
}
export function btcValid(s) {
  if (/^(bc1|BC1)/.test(s)) return bech32Valid(s);
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(s)) return false;
  if (!b58checkValid(s)) return false;
  const b = b58decode(s);
  return b.length === 25 && (b[0] === 0 || b[0] === 5);
}

// ---------- CRC24 (OpenPGP armor) ----------
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; }
  }
  return crc & 0xffffff;
}

// ---------- DER walking ----------
// Returns a tree of {tag, len, start, hdr, content, children?}; throws on malformed input.
export function derParse(buf, off = 0, end = buf.length, depth = 0) {
  const out = [];
  while (off < end) {
    const tag = buf[off];
    if (off + 2 > end) throw new Error('der: truncated header');
    let len = buf[off + 1], hdr = 2;
    if (len & 0x80) {
      const n = len & 0x7f;
      if (n === 0 || n > 3) throw new Error('der: bad length form');
      len = 0;
      for (let i = 0; i < n; i++) len = (len << 8) | buf[off + 2 + i];
      hdr += n;
    }
    const cStart = off + hdr, cEnd = cStart + len;
    if (cEnd > end) throw new Error('der: overrun');
    const node = { tag, len, content: buf.subarray(cStart, cEnd) };
    if ((tag & 0x20) && depth < 12) node.children = derParse(buf, cStart, cEnd, depth + 1);
    out.push(node);
    off = cEnd;
  }
  if (off !== end) throw new Error('der: trailing');
  return out;
}
export function derIntBits(node) {
  let c = node.content; let i = 0;
  while (i < c.length - 1 && c[i] === 0) i++;
  c = c.subarray(i);
  if (c.length === 0) return 0;
  return (c.length - 1) * 8 + (32 - Math.clz32(c[0]));
}
