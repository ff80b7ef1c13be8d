// Check-digit and encoding helpers shared by the generators and the validator.
import { createHash } from 'node:crypto';

// ---------- Luhn ----------
export function luhnValid(num) {
  const s = String(num).replace(/\D/g, '');
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let d = s.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return s.length > 0 && sum % 10 === 0;
}
export function luhnDigit(partial) {
  for (let d = 0; d < 10; d++) if (luhnValid(partial + d)) return String(d);
  throw new Error('luhn');
}

// ---------- card IIN / length table ----------
// brand: [prefix ranges as [lo, hi] strings of equal length], lengths
export const CARD_BRANDS = {
  visa: { ranges: [['4', '4']], lengths: [16, 13, 19] },
  mastercard: { ranges: [['51', '55'], ['2221', '2720']], lengths: [16] },
  amex: { ranges: [['34', '34'], ['37', '37']], lengths: [15] },
  discover: { ranges: [['6011', '6011'], ['644', '649'], ['65', '65']], lengths: [16, 19] },
  jcb: { ranges: [['3528', '3589']], lengths: [16] },
  diners: { ranges: [['300', '305'], ['36', '36'], ['38', '39']], lengths: [14] },
  unionpay: { ranges: [['62', '62']], lengths: [16, 19] },
  mir: { ranges: [['2200', '2204']], lengths: [16] },
};
export function cardBrandOf(num) {
  const s = String(num).replace(/\D/g, '');
  for (const [brand, def] of Object.entries(CARD_BRANDS)) {
    for (const [lo, hi] of def.ranges) {
      const p = s.slice(0, lo.length);
      if (p.length === lo.length && p >= lo && p <= hi && def.lengths.includes(s.length)) return brand;
    }
  }
  return null;
}

// ---------- IBAN ----------
// BBAN patterns: n = digits, a = upper letters, c = alphanumeric
export const IBAN_FORMATS = {
  AT: '16n', BE: '12n', BG: '4a6n8c', CH: '5n12c', CY: '8n16c', CZ: '20n', DE: '18n', DK: '14n',
  EE: '16n', ES: '20n', FI: '14n', FR: '10n11c2n', GB: '4a14n', GR: '7n16c', HR: '17n', HU: '24n',
  IE: '4a14n', IL: '19n', IS: '22n', IT: '1a10n12c', LT: '16n', LU: '3n13c', LV: '4a13c', MT: '4a5n18c',
  NL: '4a10n', NO: '11n', PL: '24n', PT: '21n', RO: '4a16c', SA: '2n18c', SE: '20n', SI: '15n',
  SK: '20n', TR: '5n1n16c', AE: '3n16n', UA: '6n19c', GE: '2a16n', RS: '18n', EG: '25n',
};
export function ibanLength(cc) {
  const f = IBAN_FORMATS[cc]; if (!f) return null;
  let n = 4; for (const m of f.matchAll(/(\d+)([nac])/g)) n += Number(m[1]);
  return n;
}
function mod97(str) {
  let rem = 0;
  for (const ch of str) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}
export function ibanCheckDigits(cc, bban) {
  const r = mod97(bban + cc + '00');
  return String(98 - r).padStart(2, '0');
}
export function ibanValid(iban) {
  const s = iban.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const cc = s.slice(0, 2);
  if (ibanLength(cc) !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

// ---------- US SSN / ITIN ----------
export function ssnValid(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const a = Number(m[1]), g = Number(m[2]), n = Number(m[3]);
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && n !== 0;
}
export function itinGroupOk(g) { return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function itinValid(s) {
  const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  return itinGroupOk(Number(m[2]));
}

// ---------- NHS ----------
export function nhsCheckDigit(nine) {
  let sum = 0; for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (sum % 11);
  if (c === 11) return 0; if (c === 10) return null; return c;
}
export function nhsValid(s) {
  const d = s.replace(/[\s-]/g, ''); if (!/^\d{10}$/.test(d)) return false;
  const c = nhsCheckDigit(d.slice(0, 9)); return c !== null && c === Number(d[9]);
}

// ---------- DEA ----------
export const DEA_FIRST = 'ABCDEFGHJKLMPRSTUX';
export function deaCheckDigit(six) {
  const d = [...six].map(Number);
  return String((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10);
}
export function deaValid(s) {
  const m = /^([A-Z])([A-Z9])(\d{6})(\d)$/.exec(s); if (!m) return false;
  if (!DEA_FIRST.includes(m[1])) return false;
  return deaCheckDigit(m[3]) === m[4];
}

// ---------- CRC32 / base62 (GitHub-style token checksum) ----------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; }
  return t;
})();
export function crc32(buf) {
  if (typeof buf === 'string') buf = Buffer.from(buf, 'utf8');
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = ''; let x = BigInt(n);
  if (x === 0n) s = '0';
  while (x > 0n) { s = BASE62[Number(x % 62n)] + s; x /= 62n; }
  return s.padStart(width, '0');
}
export function ghChecksum(random30) { return base62(crc32(random30), 6); }
export function ghTokenValid(tok) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); if (!m) return false;
  return ghChecksum(m[1]) === m[2];
}

// ---------- base58check ----------
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function sha256(b) { return createHash('sha256').update(b).digest(); }
export function base58encode(buf) {
  let x = BigInt('0x' + (buf.length ? buf.toString('hex') : '0'));
  let s = '';
  while (x > 0n) { s = B58[Number(x % 58n)] + s; x /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function base58decode(s) {
  let x = 0n;
  for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; x = x * 58n + BigInt(i); }
  let hex = x.toString(16); if (hex.length % 2) hex = '0' + hex;
  if (x === 0n) hex = '';
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
}
export function base58check(version, payload) {
  const body = Buffer.concat([Buffer.from([version]), payload]);
  const chk = sha256(sha256(body)).subarray(0, 4);
  return base58encode(Buffer.concat([body, chk]));
}
export function base58checkValid(s) {
  const b = base58decode(s); if (!b || b.length !== 25) return false;
  const body = b.subarray(0, 21), chk = b.subarray(21);
  if (![0x00, 0x05].includes(body[0])) return false;
  return sha256(sha256(body)).subarray(0, 4).equals(chk);
}

// ---------- bech32 / bech32m ----------
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
function hrpExpand(h) { const r = []; for (const c of h) r.push(c.charCodeAt(0) >> 5); r.push(0); for (const c of h) r.push(c.charCodeAt(0) & 31); return r; }
export function convertBits(data, from, to, pad) {
  let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1;
  for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } }
  if (pad) { if (bits > 0) out.push((acc << (to - bits)) & maxv); }
  else if (bits >= from || ((acc << (to - bits)) & maxv)) return null;
  return out;
}
export function bech32Encode(hrp, data5, m) {
  const konst = m ? 0x2bc830a3 : 1;
  const pm = polymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ konst;
  const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...chk].map((v) => BECH[v]).join('');
}
export function bech32Decode(s) {
  const low = s.toLowerCase(); if (low !== s && s.toUpperCase() !== s) return null;
  const pos = low.lastIndexOf('1'); if (pos < 1 || pos + 7 > low.length) return null;
  const hrp = low.slice(0, pos); const data = [];
  for (const c of low.slice(pos + 1)) { const i = BECH.indexOf(c); if (i < 0) return null; data.push(i); }
  const pm = polymod([...hrpExpand(hrp), ...data]);
  const variant = pm === 1 ? 'bech32' : pm === 0x2bc830a3 ? 'bech32m' : null;
  if (!variant) return null;
  return { hrp, data: data.slice(0, -6), variant };
}
export function btcSegwitValid(addr) {
  const d = bech32Decode(addr); if (!d || d.hrp !== 'bc') return false;
  const ver = d.data[0]; const prog = convertBits(d.data.slice(1), 5, 8, false);
  if (!prog) return false;
  if (ver === 0) return d.variant === 'bech32' && (prog.length === 20 || prog.length === 32);
  if (ver === 1) return d.variant === 'bech32m' && prog.length === 32;
  return false;
}
export function btcValid(addr) { return /^[13]/.test(addr) ? base58checkValid(addr) : btcSegwitValid(addr); }

// ---------- CRC24 (OpenPGP armor) ----------
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } }
  return crc & 0xffffff;
}

// ---------- ISBN / EAN / IMEI helpers ----------
export function ean13Digit(twelve) {
  let s = 0; for (let i = 0; i < 12; i++) s += (twelve.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return String((10 - (s % 10)) % 10);
}
export function vinCheck(vin17) {
  const tr = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  let s = 0; for (let i = 0; i < 17; i++) { const c = vin17[i]; s += (/\d/.test(c) ? Number(c) : tr[c]) * w[i]; }
  const r = s % 11; return r === 10 ? 'X' : String(r);
}
