// Checksums, encodings and a small DER toolkit (builder + parser), shared by generator and validator.
import { createHash } from 'node:crypto';

export const sha256 = (b) => createHash('sha256').update(b).digest();
export const sha1hex = (b) => createHash('sha1').update(b).digest('hex');
export const md5hex = (b) => createHash('md5').update(b).digest('hex');

// ---------- Luhn ----------
export function luhnValid(d) {
  if (!/^[0-9]+$/.test(d)) return false;
  let sum = 0, alt = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let n = d.charCodeAt(i) - 48;
    if (alt) { n *= 2; if (n > 9) n -= 9; }
    sum += n; alt = !alt;
  }
  return sum % 10 === 0;
}
export function luhnComplete(partial) {
  for (let c = 0; c < 10; c++) if (luhnValid(partial + c)) return partial + c;
  throw new Error('luhn');
}

// card brand by IIN + length; returns brand name or null
export function cardBrand(d) {
  const n = d.length;
  const p2 = +d.slice(0, 2), p3 = +d.slice(0, 3), p4 = +d.slice(0, 4), p6 = +d.slice(0, 6);
  if (d[0] === '4' && (n === 16 || n === 13 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && (n === 16 || n === 19)) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && (n === 16 || n === 19)) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38) && n === 14) return 'diners';
  return null;
}

// ---------- IBAN ----------
export const IBAN_LEN = {
  DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22,
  SE: 24, NO: 15, DK: 18, FI: 18, LU: 20, CZ: 24, GR: 27, HU: 28, RO: 24, TR: 26, SA: 24, AE: 23,
  BR: 29, HR: 21, SK: 24, SI: 19, LT: 20, EE: 20,
};
export function ibanMod97(iban) {
  const s = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (const ch of s) {
    const v = ch >= '0' && ch <= '9' ? ch : String(ch.charCodeAt(0) - 55);
    for (const c of v) r = (r * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return r;
}
export function ibanMake(cc, bban) {
  const ck = 98 - ibanMod97(cc + '00' + bban);
  return cc + String(ck).padStart(2, '0') + bban;
}
export function ibanValid(raw) {
  const s = raw.replace(/ /g, '');
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  return ibanMod97(s) === 1;
}

// ---------- CRC32 / base62 (GitHub-style token checksum) ----------
const CRC_T = (() => {
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
  for (const b of buf) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = '';
  do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0);
  return s.padStart(width, '0');
}
export const ghChecksum = (random30) => base62(crc32(random30), 6);
export function ghTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && ghChecksum(m[1]) === m[2];
}

// ---------- base58 / base58check ----------
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0'));
  let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let n = 0n;
  for (const ch of s) {
    const v = B58.indexOf(ch);
    if (v < 0) return null;
    n = n * 58n + BigInt(v);
  }
  let hex = n === 0n ? '' : n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  let lead = 0;
  for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
}
export function b58check(payload) {
  const ck = sha256(sha256(payload)).subarray(0, 4);
  return b58encode(Buffer.concat([payload, ck]));
}
export function b58checkValid(s) {
  const b = b58decode(s);
  if (!b || b.length < 5) return null;
  const p = b.subarray(0, b.length - 4);
  if (!sha256(sha256(p)).subarray(0, 4).equals(b.subarray(b.length - 4))) return null;
  return p;
}

// ---------- bech32 / bech32m ----------
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function polymod(values) {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
  }
  return chk >>> 0;
}
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export const BECH32 = 1, BECH32M = 0x2bc830a3;
export function convertBits(data, from, to, pad = true) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v; bits += from;
    while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); }
  }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
export function bech32Encode(hrp, data5, spec) {
  const pm = polymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ spec;
  const ck = [];
  for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...ck].map((v) => BECH[v]).join('');
}
export function bech32Decode(s) {
  const low = s.toLowerCase();
  if (s !== low && s !== s.toUpperCase()) return null;
  const pos = low.lastIndexOf('1');
  if (pos < 1 || pos + 7 > low.length) return null;
  const hrp = low.slice(0, pos);
  const data = [];
  for (const ch of low.slice(pos + 1)) { const v = BECH.indexOf(ch); if (v < 0) return null; data.push(v); }
  const pm = polymod([...hrpExpand(hrp), ...data]);
  const spec = pm === BECH32 ? 'bech32' : pm === BECH32M ? 'bech32m' : null;
  if (!spec) return null;
  return { hrp, data: data.slice(0, -6), spec };
}
export function btcValid(a) {
  if (/^bc1/i.test(a)) {
    const d = bech32Decode(a);
    if (!d || d.hrp !== 'bc') return false;
    const ver = d.data[0];
    const prog = convertBits(d.data.slice(1), 5, 8, false);
    if (ver === 0) return d.spec === 'bech32' && (prog.length === 20 || prog.length === 32);
    return d.spec === 'bech32m' && prog.length === 32;
  }
  const p = b58checkValid(a);
  return !!p && p.length === 21 && (p[0] === 0 || p[0] === 5);
}

// ---------- NHS / DEA / SSN / ITIN ----------
export function nhsCheck(nine) {
  let s = 0;
  for (let i = 0; i < 9; i++) s += (+nine[i]) * (10 - i);
  const c = 11 - (s % 11);
  return c === 11 ? 0 : c === 10 ? null : c;
}
export function nhsValid(raw) {
  const d = raw.replace(/[ -]/g, '');
  if (!/^[0-9]{10}$/.test(d)) return false;
  const c = nhsCheck(d.slice(0, 9));
  return c !== null && c === +d[9];
}
export function deaCheck(six) {
  const d = [...six].map(Number);
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
}
export function deaValid(s) {
  const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])([0-9]{6})([0-9])$/.exec(s);
  return !!m && deaCheck(m[3]) === +m[4];
}
export function ssnParts(raw) {
  const d = raw.replace(/[ -]/g, '');
  if (!/^[0-9]{9}$/.test(d)) return null;
  return { area: +d.slice(0, 3), group: +d.slice(3, 5), serial: +d.slice(5) };
}
export function ssnIssued(raw) {
  const p = ssnParts(raw);
  if (!p) return false;
  return p.area !== 0 && p.area !== 666 && p.area < 900 && p.group !== 0 && p.serial !== 0;
}
export function itinValid(raw) {
  const p = ssnParts(raw);
  if (!p || p.area < 900) return false;
  const g = p.group;
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
export function isbn13Valid(raw) {
  const d = raw.replace(/-/g, '');
  if (!/^97[89][0-9]{10}$/.test(d)) return false;
  let s = 0;
  for (let i = 0; i < 13; i++) s += (+d[i]) * (i % 2 ? 3 : 1);
  return s % 10 === 0;
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

// ---------- DER builder ----------
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  if (n < 0x100) return Buffer.from([0x81, n]);
  if (n < 0x10000) return Buffer.from([0x82, n >> 8, n & 0xff]);
  throw new Error('der too long');
}
export const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
export const SEQ = (...p) => tlv(0x30, Buffer.concat(p));
export const SET = (...p) => tlv(0x31, Buffer.concat(p));
export const OCT = (b) => tlv(0x04, b);
export const BIT = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const NUL = () => Buffer.from([0x05, 0x00]);
export const CTX = (n, ...p) => tlv(0xa0 + n, Buffer.concat(p));
export const UTF8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
export const PRN = (s) => tlv(0x13, Buffer.from(s, 'latin1'));
export const UTC = (s) => tlv(0x17, Buffer.from(s, 'latin1'));
export function INT(x) {
  let b;
  if (typeof x === 'number') {
    let h = x.toString(16); if (h.length % 2) h = '0' + h; b = Buffer.from(h, 'hex');
  } else b = Buffer.from(x);
  let i = 0;
  while (i < b.length - 1 && b[i] === 0 && !(b[i + 1] & 0x80)) i++;
  b = b.subarray(i);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
export function OID(str) {
  const p = str.split('.').map(Number);
  const out = [40 * p[0] + p[1]];
  for (const v of p.slice(2)) {
    const st = [];
    let x = v;
    st.unshift(x & 0x7f); x = Math.floor(x / 128);
    while (x > 0) { st.unshift((x & 0x7f) | 0x80); x = Math.floor(x / 128); }
    out.push(...st);
  }
  return tlv(0x06, Buffer.from(out));
}
export const OIDS = {
  rsa: '1.2.840.113549.1.1.1', ecPublicKey: '1.2.840.10045.2.1', p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34', ed25519: '1.3.101.112', pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12', hmacSha256: '1.2.840.113549.2.9', aes256cbc: '2.16.840.1.101.3.4.1.42',
  ecdsaSha256: '1.2.840.10045.4.3.2', sha256rsa: '1.2.840.113549.1.1.11', cn: '2.5.4.3', o: '2.5.4.10', c: '2.5.4.6',
};

// ---------- DER parser ----------
// returns {tag, len, hdr, body, children?} or throws
export function derParse(buf, off = 0, end = buf.length) {
  if (off + 2 > end) throw new Error('der: truncated header');
  const tag = buf[off];
  let l = buf[off + 1], hdr = 2;
  if (l & 0x80) {
    const nb = l & 0x7f;
    if (nb < 1 || nb > 2) throw new Error('der: bad length');
    l = 0;
    for (let i = 0; i < nb; i++) l = (l << 8) | buf[off + 2 + i];
    hdr += nb;
    if (l < 0x80 || (nb === 2 && l < 0x100)) throw new Error('der: non-minimal length');
  }
  if (off + hdr + l > end) throw new Error('der: body overruns');
  const node = { tag, len: l, total: hdr + l, body: buf.subarray(off + hdr, off + hdr + l) };
  if (tag & 0x20) {
    node.children = [];
    let p = 0;
    while (p < l) { const c = derParse(node.body, p, l); node.children.push(c); p += c.total; }
  }
  return node;
}
export function derParseAll(buf) {
  const n = derParse(buf, 0, buf.length);
  if (n.total !== buf.length) throw new Error('der: trailing bytes');
  return n;
}
export function oidString(body) {
  const out = [Math.floor(body[0] / 40), body[0] % 40];
  let v = 0;
  for (const b of body.subarray(1)) { v = v * 128 + (b & 0x7f); if (!(b & 0x80)) { out.push(v); v = 0; } }
  return out.join('.');
}
export function intBits(body) {
  let i = 0;
  while (i < body.length && body[i] === 0) i++;
  if (i === body.length) return 0;
  return (body.length - i - 1) * 8 + (32 - Math.clz32(body[i]));
}
