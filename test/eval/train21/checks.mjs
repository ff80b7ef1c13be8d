// Checksums and format checks shared by the value generators and the validator.
import { createHash } from 'node:crypto';

export const sha256 = (b) => createHash('sha256').update(b).digest();

// ---- Luhn -------------------------------------------------------------------
export function luhnOk(num) {
  const d = String(num).replace(/[ -]/g, '');
  if (!/^\d+$/.test(d)) return false;
  let sum = 0, alt = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let n = d.charCodeAt(i) - 48;
    if (alt) { n *= 2; if (n > 9) n -= 9; }
    sum += n; alt = !alt;
  }
  return sum % 10 === 0;
}
export function luhnDigit(partial) {
  for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c);
  throw new Error('luhn');
}

// card networks: [name, prefixes (ranges allowed as 'a-b'), lengths]
export const CARD_NETWORKS = [
  ['visa', ['4'], [16, 13, 19]],
  ['mastercard', ['51-55', '2221-2720'], [16]],
  ['amex', ['34', '37'], [15]],
  ['discover', ['6011', '644-649', '65'], [16]],
  ['jcb', ['3528-3589'], [16]],
  ['diners', ['300-305', '36', '38'], [14]],
  ['unionpay', ['62'], [16]],
];
export function cardNetwork(num) {
  const d = String(num).replace(/[ -]/g, '');
  for (const [name, prefs, lens] of CARD_NETWORKS) {
    for (const p of prefs) {
      let ok = false;
      if (p.includes('-')) {
        const [a, b] = p.split('-'); const x = Number(d.slice(0, a.length));
        ok = x >= Number(a) && x <= Number(b);
      } else ok = d.startsWith(p);
      if (ok && lens.includes(d.length)) return name;
    }
  }
  return null;
}
export const VENDOR_TEST_CARDS = [
  '4242424242424242', '4111111111111111', '4012888888881881', '5555555555554444', '5105105105105100',
  '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '3530111333300000',
  '3566002020360505', '30569309025904', '38520000023237', '4000056655665556', '2223003122003222',
  '5200828282828210', '4000002500003155', '6200000000000005',
];

// ---- IBAN -------------------------------------------------------------------
// country -> [length, BBAN pattern: n digit, a upper letter, c alnum]
export const IBAN_FORMATS = {
  DE: [22, '18n'], GB: [22, '4a14n'], FR: [27, '10n11c2n'], ES: [24, '20n'], IT: [27, '1a10n12c'],
  NL: [18, '4a10n'], BE: [16, '12n'], CH: [21, '5n12c'], AT: [20, '16n'], PL: [28, '24n'],
  PT: [25, '21n'], SE: [24, '20n'], NO: [15, '11n'], DK: [18, '14n'], FI: [18, '14n'],
  IE: [22, '4a14n'], LU: [20, '3n13c'], CZ: [24, '20n'], GR: [27, '7n16c'], TR: [26, '5n1n16c'],
  SA: [24, '2n18c'], AE: [23, '3n16n'], IL: [23, '3n3n13n'], HU: [28, '24n'], RO: [24, '4a16c'],
  BG: [22, '4a4n2n8c'], HR: [21, '17n'], SI: [19, '15n'], SK: [24, '20n'], EE: [20, '16n'],
  LT: [20, '16n'], LV: [21, '4a13c'], GE: [22, '2a16n'], UA: [29, '6n19c'], BR: [29, '23n1a1c'],
  QA: [29, '4a21c'], KW: [30, '4a22c'], JO: [30, '4a4n18c'], MT: [31, '4a5n18c'], CY: [28, '3n5n16c'],
  IS: [26, '22n'], EG: [29, '25n'], AZ: [28, '4a20c'], MD: [24, '2c18c'],
};
function ibanMod(s) {
  const re = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of re) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dch of v) rem = (rem * 10 + (dch.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}
export function ibanOk(iban) {
  const s = String(iban).replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const f = IBAN_FORMATS[s.slice(0, 2)];
  if (!f || f[0] !== s.length) return false;
  return ibanMod(s) === 1;
}
export function ibanWithCheck(cc, bban) {
  const tmp = cc + '00' + bban;
  const chk = 98 - ibanMod(tmp);
  return cc + String(chk).padStart(2, '0') + bban;
}

// ---- SSN / ITIN -------------------------------------------------------------
export function ssnOk(s) {
  const d = String(s).replace(/[ -]/g, '');
  if (!/^\d{9}$/.test(d)) return false;
  const area = +d.slice(0, 3), group = +d.slice(3, 5), serial = +d.slice(5);
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}
export function itinOk(s) {
  const d = String(s).replace(/[ -]/g, '');
  if (!/^9\d{8}$/.test(d)) return false;
  const g = +d.slice(3, 5);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

// ---- NHS --------------------------------------------------------------------
export function nhsCheck(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  let c = 11 - (sum % 11);
  if (c === 11) c = 0;
  return c === 10 ? null : c;
}
export function nhsOk(s) {
  const d = String(s).replace(/[ -]/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  const c = nhsCheck(d.slice(0, 9));
  return c !== null && c === +d[9];
}

// ---- DEA --------------------------------------------------------------------
export function deaDigit(six) {
  const n = six.split('').map(Number);
  return (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10;
}
export function deaOk(s) {
  if (!/^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/.test(s)) return false;
  return deaDigit(s.slice(2, 8)) === +s[8];
}

// ---- CRC32 / base62 (GitHub tokens) ------------------------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; }
  return t;
})();
export function crc32(buf) {
  let c = 0xffffffff;
  for (const b of Buffer.from(buf)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = ''; n = Number(n);
  do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0);
  return s.padStart(width, '0');
}
export function ghChecksum(random30) { return base62(crc32(Buffer.from(random30, 'ascii')), 6); }
export function ghTokenOk(t) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(t);
  return !!m && ghChecksum(m[1]) === m[2];
}

// ---- base58 / base58check / bech32 -------------------------------------------
export const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
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
  const c = sha256(sha256(payload)).subarray(0, 4);
  return b58encode(Buffer.concat([payload, c]));
}
export function b58checkOk(s) {
  const b = b58decode(s); if (!b || b.length < 5) return null;
  const p = b.subarray(0, b.length - 4), c = b.subarray(b.length - 4);
  return sha256(sha256(p)).subarray(0, 4).equals(c) ? p : null;
}
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; }
  return chk >>> 0;
}
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad && bits > 0) out.push((acc << (to - bits)) & maxv);
  return out;
}
export function bech32Encode(hrp, witver, program, m) {
  const data = [witver, ...convertBits(program, 8, 5, true)];
  const k = m ? 0x2bc830a3 : 1;
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ k;
  const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...chk].map((d) => BECH[d]).join('');
}
export function bech32Ok(s) {
  const lower = s.toLowerCase(); if (lower !== s && s.toUpperCase() !== s) return false;
  const pos = lower.lastIndexOf('1'); if (pos < 1) return false;
  const hrp = lower.slice(0, pos); const data = [...lower.slice(pos + 1)].map((c) => BECH.indexOf(c));
  if (data.some((d) => d < 0) || data.length < 7) return false;
  const pm = polymod([...hrpExpand(hrp), ...data]);
  return (pm === 1 && data[0] === 0) || (pm === 0x2bc830a3 && data[0] >= 1);
}
export function btcOk(s) {
  if (/^bc1/i.test(s)) return bech32Ok(s);
  const p = b58checkOk(s);
  return !!p && p.length === 21 && (p[0] === 0 || p[0] === 5);
}

// ---- CRC24 (OpenPGP armor) ----------------------------------------------------
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } }
  return crc & 0xffffff;
}

// ---- DER ----------------------------------------------------------------------
export function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const bytes = []; while (n > 0) { bytes.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
export const der = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
// parse one TLV; returns {tag, len, hdr, body, end} or null
export function derRead(buf, off = 0) {
  if (off + 2 > buf.length) return null;
  const tag = buf[off]; let len = buf[off + 1]; let hdr = 2;
  if (len & 0x80) {
    const n = len & 0x7f; if (n < 1 || n > 3 || off + 2 + n > buf.length) return null;
    len = 0; for (let i = 0; i < n; i++) len = (len << 8) | buf[off + 2 + i];
    hdr += n;
  }
  if (off + hdr + len > buf.length) return null;
  return { tag, len, hdr, body: buf.subarray(off + hdr, off + hdr + len), end: off + hdr + len };
}
export function derChildren(body) {
  const out = []; let off = 0;
  while (off < body.length) { const t = derRead(body, off); if (!t) return null; out.push(t); off = t.end; }
  return out;
}
