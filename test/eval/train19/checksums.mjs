// Checksums and encodings used by values and by the validator (Node built-ins only).
import { createHash } from 'node:crypto';

export const sha256 = (b) => createHash('sha256').update(b).digest();

export function luhnCheckDigit(body) { // body: digit string without check digit
  let sum = 0, dbl = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let d = body.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return String((10 - (sum % 10)) % 10);
}
export function luhnValid(num) {
  if (!/^\d{8,19}$/.test(num)) return false;
  return luhnCheckDigit(num.slice(0, -1)) === num.slice(-1);
}

// Card networks: IIN test and permitted lengths.
export const CARD_NETWORKS = [
  { name: 'visa', test: (n) => /^4/.test(n), lens: [13, 16, 19] },
  { name: 'mastercard', test: (n) => { const p2 = +n.slice(0, 2), p4 = +n.slice(0, 4); return (p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720); }, lens: [16] },
  { name: 'amex', test: (n) => /^3[47]/.test(n), lens: [15] },
  { name: 'discover', test: (n) => /^(6011|65|64[4-9])/.test(n) || (+n.slice(0, 6) >= 622126 && +n.slice(0, 6) <= 622925), lens: [16, 19] },
  { name: 'jcb', test: (n) => { const p4 = +n.slice(0, 4); return p4 >= 3528 && p4 <= 3589; }, lens: [16, 19] },
  { name: 'diners', test: (n) => /^(30[0-5]|3095|36|38|39)/.test(n), lens: [14, 16] },
  { name: 'unionpay', test: (n) => /^62/.test(n), lens: [16, 17, 18, 19] },
  { name: 'maestro', test: (n) => /^(5018|5020|5038|5893|6304|6759|676[1-3])/.test(n), lens: [12, 13, 16, 19] },
];
export function cardNetwork(num) {
  for (const n of CARD_NETWORKS) if (n.test(num) && n.lens.includes(num.length)) return n.name;
  return null;
}

export const IBAN_LENGTHS = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21,
  MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, TR: 26,
  AE: 23, SA: 24, IL: 23, BR: 29, MU: 30, QA: 29, KW: 30, JO: 30, UA: 29, GE: 22, KZ: 20, EG: 29,
};
export function mod97(str) { // str of digits/letters already rearranged
  let rem = 0;
  for (const ch of str) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}
export function ibanCheckDigits(cc, bban) {
  const r = mod97(bban + cc + '00');
  return String(98 - r).padStart(2, '0');
}
export function ibanValid(iban) {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

export function ssnIssued(area, group, serial) {
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}
export function itinValid(area, group, serial) {
  if (area < 900 || area > 999) return false;
  const ok = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
  return ok && serial >= 0 && serial <= 9999;
}

export function nhsCheck(nine) { // returns check digit char or null when remainder gives 10
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (sum % 11);
  if (c === 10) return null;
  return String(c === 11 ? 0 : c);
}
export function nhsValid(s) {
  const d = s.replace(/[ -]/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  return nhsCheck(d.slice(0, 9)) === d[9];
}

export function deaCheck(seven) {
  const n = [...seven].map((c) => c.charCodeAt(0) - 48);
  return String(((n[0] + n[2] + n[4]) + 2 * (n[1] + n[3] + n[5])) % 10);
}
export function deaValid(s) {
  if (!/^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/.test(s)) return false;
  const n = [...s.slice(2)].map((c) => c.charCodeAt(0) - 48);
  return ((n[0] + n[2] + n[4]) + 2 * (n[1] + n[3] + n[5])) % 10 === n[6];
}

// CRC32 (IEEE) and base62 for GitHub-style tokens.
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) { let c = i; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[i] = c >>> 0; }
  return t;
})();
export function crc32(buf) {
  let c = 0xffffffff;
  for (const b of Buffer.from(buf)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = '';
  while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); }
  return s.padStart(width, '0');
}
export function ghChecksum(random30) { return base62(crc32(random30), 6); }
export function ghTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && ghChecksum(m[1]) === m[2];
}

// Base58 / base58check.
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let n = BigInt('0x' + (Buffer.from(buf).toString('hex') || '0'));
  let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let n = 0n;
  for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex;
  let out = n === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex');
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), out]);
}
export function b58check(payload) {
  const ck = sha256(sha256(payload)).subarray(0, 4);
  return b58encode(Buffer.concat([payload, ck]));
}
export function b58checkValid(s) {
  const b = b58decode(s);
  if (!b || b.length < 5) return false;
  const p = b.subarray(0, -4);
  return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4));
}

// Bech32 / bech32m (BIP-173 / BIP-350).
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
const hrpExpand = (h) => [...h].map((c) => c.charCodeAt(0) >> 5).concat([0], [...h].map((c) => c.charCodeAt(0) & 31));
export function bech32Encode(hrp, data5, m) {
  const C = m ? 0x2bc830a3 : 1;
  const pm = polymod(hrpExpand(hrp).concat(data5, [0, 0, 0, 0, 0, 0])) ^ C;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + data5.concat(ck).map((d) => BECH[d]).join('');
}
export function bech32Valid(s) {
  const low = s.toLowerCase();
  if (s !== low && s !== s.toUpperCase()) return false;
  const pos = low.lastIndexOf('1');
  if (pos < 1 || pos + 7 > low.length) return false;
  const hrp = low.slice(0, pos);
  const data = [...low.slice(pos + 1)].map((c) => BECH.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  const pm = polymod(hrpExpand(hrp).concat(data));
  return pm === 1 || pm === 0x2bc830a3;
}
export function convertBits(data, from, to, pad = true) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}

// Minimal DER writer / reader.
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = []; while (n > 0) { bytes.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
export const der = {
  tlv: (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]),
  seq: (...items) => der.tlv(0x30, Buffer.concat(items)),
  int: (buf) => { // unsigned big-endian integer bytes
    let b = Buffer.from(buf); let i = 0; while (i < b.length - 1 && b[i] === 0) i++; b = b.subarray(i);
    if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
    return der.tlv(0x02, b);
  },
  smallInt: (n) => der.int(Buffer.from([n])),
  octet: (b) => der.tlv(0x04, b),
  bits: (b) => der.tlv(0x03, Buffer.concat([Buffer.from([0]), b])),
  nul: () => Buffer.from([0x05, 0x00]),
  oid: (hex) => der.tlv(0x06, Buffer.from(hex, 'hex')),
  ctx: (n, body) => der.tlv(0xa0 + n, body),
};
export function derParse(buf, off = 0) { // returns {tag, len, hdr, start, end, children?}
  if (off + 2 > buf.length) throw new Error('der: short');
  const tag = buf[off]; let len = buf[off + 1]; let hdr = 2;
  if (len & 0x80) { const n = len & 0x7f; if (n < 1 || n > 3) throw new Error('der: len'); len = 0; for (let i = 0; i < n; i++) len = (len << 8) | buf[off + 2 + i]; hdr += n; }
  const start = off + hdr, end = start + len;
  if (end > buf.length) throw new Error('der: overrun');
  const node = { tag, len, start, end };
  if (tag === 0x30 || (tag & 0xe0) === 0xa0) {
    node.children = []; let p = start;
    while (p < end) { const c = derParse(buf, p); node.children.push(c); p = c.end; }
    if (p !== end) throw new Error('der: trailing');
  }
  return node;
}

// SSH wire strings.
export const sshStr = (b) => { const l = Buffer.alloc(4); const bb = Buffer.from(b); l.writeUInt32BE(bb.length); return Buffer.concat([l, bb]); };
export const sshU32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n >>> 0); return l; };
