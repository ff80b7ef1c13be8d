// Checksum and format checks shared by the generator (to build values) and the validator.
import crypto from 'node:crypto';
import { B62 } from './rng.mjs';

export const onlyDigits = (s) => s.replace(/[^0-9]/g, '');

export function luhnSum(d) {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) { v *= 2; if (v > 9) v -= 9; }
    sum += v;
  }
  return sum;
}
export const luhnOk = (d) => /^\d+$/.test(d) && luhnSum(d) % 10 === 0;
export function luhnComplete(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return partial + c; }

export function cardBrand(d) {
  const n2 = +d.slice(0, 2), n3 = +d.slice(0, 3), n4 = +d.slice(0, 4), L = d.length;
  if (d[0] === '4' && [13, 16, 19].includes(L)) return 'visa';
  if (((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) && L === 16) return 'mastercard';
  if ((n2 === 34 || n2 === 37) && L === 15) return 'amex';
  if ((n4 === 6011 || (n3 >= 644 && n3 <= 649) || n2 === 65) && L >= 16 && L <= 19) return 'discover';
  if (n4 >= 3528 && n4 <= 3589 && L >= 16 && L <= 19) return 'jcb';
  if (((n3 >= 300 && n3 <= 305) || n2 === 36 || n2 === 38 || n2 === 39) && L >= 14 && L <= 19) return 'diners';
  if (n2 === 62 && L >= 16 && L <= 19) return 'unionpay';
  return null;
}
export const cardOk = (s) => { const d = onlyDigits(s); return luhnOk(d) && !!cardBrand(d); };

export const IBAN_LEN = { AD: 24, AE: 23, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, LT: 20, LU: 20, LV: 21, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SA: 24, SE: 24, SI: 19, SK: 24, TR: 26, QA: 29, KW: 30, BR: 29, UA: 29 };
export function mod97(str) { let r = 0; for (const ch of str) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const c of v) r = (r * 10 + (c.charCodeAt(0) - 48)) % 97; } return r; }
export function ibanCheckDigits(cc, bban) { const r = mod97(bban + cc + '00'); return String(98 - r).padStart(2, '0'); }
export function ibanOk(s) {
  const t = s.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(t)) return false;
  if (IBAN_LEN[t.slice(0, 2)] !== t.length) return false;
  return mod97(t.slice(4) + t.slice(0, 4)) === 1;
}

export function ssnOk(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s.trim()); if (!m) return false;
  const a = +m[1], g = +m[2], ser = +m[3];
  if (a === 0 || a === 666 || a >= 900) return false;
  if (g === 0 || ser === 0) return false;
  if (s.replace(/\D/g, '') === '123456789' || s.replace(/\D/g, '') === '078051120') return false;
  return true;
}
export function itinOk(s) {
  const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s.trim()); if (!m) return false;
  const g = +m[2];
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += (+nine[i]) * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; }
export function nhsOk(s) { const d = onlyDigits(s); if (d.length !== 10) return false; const c = nhsCheck(d.slice(0, 9)); return c !== 10 && c === +d[9]; }
export function deaCheck(six) { const d = six.split('').map(Number); return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10; }
export function deaOk(s) { const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})$/.exec(s); if (!m) return false; return deaCheck(m[3].slice(0, 6)) === +m[3][6]; }

export const sha256 = (b) => crypto.createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let x = BigInt('0x' + (buf.toString('hex') || '0')); let s = '';
  while (x > 0n) { s = B58[Number(x % 58n)] + s; x /= 58n; }
  for (const v of buf) { if (v === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let x = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; x = x * 58n + BigInt(i); }
  let h = x.toString(16); if (h.length % 2) h = '0' + h; if (h === '00') h = '';
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(h, 'hex')]);
}
export function b58check(payload) { const c = sha256(sha256(payload)).subarray(0, 4); return b58encode(Buffer.concat([payload, c])); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function convertBits(data, from, to, pad) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (pad && bits > 0) out.push((acc << (to - bits)) & maxv); return out; }
export function bech32Encode(hrp, witver, prog, m = 1) { const data = [witver, ...convertBits(prog, 8, 5, true)]; const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ m; const cs = []; for (let i = 0; i < 6; i++) cs.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data, ...cs].map((v) => BECH[v]).join(''); }
export function btcOk(s) {
  if (/^bc1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{11,71}$/.test(s)) {
    const data = [...s.slice(3)].map((c) => BECH.indexOf(c));
    const pm = polymod([...hrpExpand('bc'), ...data]);
    return (data[0] === 0 && pm === 1) || (data[0] >= 1 && pm === 0x2bc830a3);
  }
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(s)) return false;
  const b = b58decode(s); if (!b || b.length !== 25) return false;
  const c = sha256(sha256(b.subarray(0, 21))).subarray(0, 4);
  return c.equals(b.subarray(21)) && (b[0] === 0 || b[0] === 5);
}

const CRC_T = (() => { const t = new Int32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c; } return t; })();
export function crc32(str) { let c = -1; for (const b of Buffer.from(str)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ -1) >>> 0; }
export function base62(n, width) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
export const ghChecksum = (body30) => base62(crc32(body30), 6);
export function ghTokenOk(tok) {
  const m = /^(ghp|gho|ghu|ghs|ghr|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && ghChecksum(m[2]) === m[3];
}
export const awsKeyIdOk = (s) => /^(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/.test(s) && !/EXAMPLE/.test(s);

export function jwtOk(s) {
  const p = s.split('.'); if (p.length !== 3 && p.length !== 5) return false;
  try { const h = JSON.parse(Buffer.from(p[0], 'base64url').toString('utf8')); JSON.parse(Buffer.from(p[1], 'base64url').toString('utf8')); return typeof h.alg === 'string'; } catch { return false; }
}
export function userPassOk(b64) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return false;
  const t = Buffer.from(b64, 'base64').toString('utf8'); const i = t.indexOf(':');
  return i > 0 && i < t.length - 1 && !/[\x00-\x1f]/.test(t) && Buffer.from(t).toString('base64') === b64;
}

// --- minimal DER reader
export function derRead(buf, off = 0) {
  const tag = buf[off]; let len = buf[off + 1]; let hl = 2;
  if (len & 0x80) { const n = len & 0x7f; if (n < 1 || n > 3) throw new Error('len'); len = 0; for (let i = 0; i < n; i++) len = (len << 8) | buf[off + 2 + i]; hl = 2 + n; }
  if (off + hl + len > buf.length) throw new Error('overrun');
  return { tag, hl, len, start: off + hl, end: off + hl + len };
}
export function derChildren(buf, node) { const out = []; let o = node.start; while (o < node.end) { const c = derRead(buf, o); out.push(c); o = c.end; } if (o !== node.end) throw new Error('children'); return out; }

const crc24 = (buf) => { let c = 0xb704ce; for (const b of buf) { c ^= b << 16; for (let i = 0; i < 8; i++) { c <<= 1; if (c & 0x1000000) c ^= 0x1864cfb; } } return c & 0xffffff; };
export { crc24 };

// Parse a private-key block (PEM, OpenSSH, PGP). Accepts the value as it sits in the text:
// real newlines, indented lines, or JSON/env-escaped "\n".
export function keyBlockKind(raw) {
  let s = raw.replace(/\\r\\n|\\n/g, '\n').replace(/\r/g, '');
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)\n?\s*-----END \1-----$/.exec(s.trim());
  if (!m) return null;
  const label = m[1];
  const lines = m[2].split('\n').map((l) => l.trim()).filter((l) => l.length);
  if (label === 'PGP PRIVATE KEY BLOCK') {
    const body = []; let sum = null; let hdr = true;
    for (const l of lines) { if (hdr && /^[A-Za-z-]+: /.test(l)) continue; hdr = false; if (l.startsWith('=')) sum = l.slice(1); else body.push(l); }
    const data = Buffer.from(body.join(''), 'base64');
    if (sum === null || Buffer.from(sum, 'base64').readUIntBE(0, 3) !== crc24(data)) return null;
    let o = 0, first = null;
    while (o < data.length) { const h = data[o]; if (!(h & 0x80) || !(h & 0x40)) return null; const tag = h & 0x3f; let len = data[o + 1], hl = 2; if (len >= 192 && len < 224) { len = ((len - 192) << 8) + data[o + 2] + 192; hl = 3; } else if (len === 255) { len = data.readUInt32BE(o + 2); hl = 6; } if (first === null) first = tag; o += hl + len; }
    return o === data.length && first === 5 ? 'PGP' : null;
  }
  const b64 = lines.filter((l) => !/^[A-Za-z-]+: /.test(l)).join('');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return null;
  const der = Buffer.from(b64, 'base64');
  if (label === 'OPENSSH PRIVATE KEY') {
    const magic = 'openssh-key-v1\0';
    if (der.subarray(0, magic.length).toString('latin1') !== magic) return null;
    let o = magic.length; const rd = () => { const n = der.readUInt32BE(o); const v = der.subarray(o + 4, o + 4 + n); o += 4 + n; return v; };
    const cipher = rd().toString(); rd(); rd(); const nk = der.readUInt32BE(o); o += 4; if (nk !== 1) return null;
    const pub = rd(); const priv = rd(); if (o !== der.length) return null;
    if (cipher === 'none') { const c1 = priv.readUInt32BE(0), c2 = priv.readUInt32BE(4); if (c1 !== c2) return null; }
    const kt = pub.subarray(4, 4 + pub.readUInt32BE(0)).toString();
    return 'OPENSSH:' + kt;
  }
  try {
    const root = derRead(der, 0); if (root.tag !== 0x30 || root.end !== der.length) return null; derChildren(der, root);
    const type = label === 'RSA PRIVATE KEY' ? 'pkcs1' : label === 'EC PRIVATE KEY' ? 'sec1' : label === 'PRIVATE KEY' ? 'pkcs8' : null;
    if (!type) return null;
    const k = crypto.createPrivateKey({ key: der, format: 'der', type });
    return label + ':' + k.asymmetricKeyType;
  } catch { return null; }
}
