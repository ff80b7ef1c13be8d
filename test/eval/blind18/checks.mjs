// Check-digit algorithms and structural parsers, used both to build values and to validate them.
import { createHash } from 'node:crypto';

// ---------- Luhn ----------
export function luhnSum(digits) {
  let sum = 0, dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return sum % 10;
}
export const luhnOk = (d) => /^\d{8,19}$/.test(d) && luhnSum(d) === 0;
export function luhnComplete(partial) { // partial lacks the check digit
  for (let c = 0; c < 10; c++) if (luhnSum(partial + c) === 0) return partial + c;
  throw new Error('luhn');
}
// card brand by IIN and length
export function cardBrand(d) {
  const n = d.length, p2 = +d.slice(0, 2), p3 = +d.slice(0, 3), p4 = +d.slice(0, 4), p6 = +d.slice(0, 6);
  if (d[0] === '4' && (n === 16 || n === 13 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && (n === 16 || n === 19)) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && (n === 16 || n === 19)) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p3 === 309) && n === 14) return 'diners';
  return null;
}
export const VENDOR_TEST_CARDS = [
  '4111111111111111', '4242424242424242', '4012888888881881', '4000056655665556', '4000002500003155',
  '5555555555554444', '5105105105105100', '5200828282828210', '2223003122003222', '2223000048400011',
  '378282246310005', '371449635398431', '378734493671000', '6011111111111117', '6011000990139424',
  '3530111333300000', '3566002020360505', '30569309025904', '38520000023237', '36227206271667',
  '4000000000000002', '4000000000009995', '4000000000000077', '5454545454545454', '4444333322221111',
];

// ---------- IBAN ----------
export const IBAN_LEN = { AD: 24, AT: 20, BE: 16, BG: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20,
  ES: 24, FI: 18, FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LT: 20, LU: 20, LV: 21,
  MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SA: 24, SE: 24, SI: 19, SK: 24, TR: 26, AE: 23, IL: 23 };
export function mod97(s) { // s alnum, letters converted A=10..Z=35
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dch of v) r = (r * 10 + (dch.charCodeAt(0) - 48)) % 97;
  }
  return r;
}
export function ibanCheck(iban) {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
export function ibanMake(cc, bban) {
  const r = mod97(bban + cc + '00');
  const ck = String(98 - r).padStart(2, '0');
  return cc + ck + bban;
}

// ---------- US identifiers ----------
export function ssnOk(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const a = +m[1], g = +m[2], se = +m[3];
  if (a === 0 || a === 666 || a >= 900) return false;
  if (g === 0 || se === 0) return false;
  if (m[1] + m[2] + m[3] === '078051120' || m[1] + m[2] + m[3] === '219099999') return false; // famous published numbers
  return true;
}
export function itinOk(s) {
  const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const g = +m[2];
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
export function nhsCheckDigit(nine) {
  let sum = 0; for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  const c = 11 - (sum % 11);
  return c === 11 ? 0 : c; // 10 means invalid
}
export function nhsOk(s) {
  const d = s.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false;
  const c = nhsCheckDigit(d.slice(0, 9));
  return c !== 10 && c === +d[9];
}
export function deaCheckDigit(six) {
  const d = [...six].map(Number);
  return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10;
}
export function deaOk(s) {
  if (!/^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/.test(s)) return false;
  return deaCheckDigit(s.slice(2, 8)) === +s[8];
}

// ---------- CRC32 / base62 (GitHub tokens) ----------
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(buf) { let c = 0xffffffff; for (const b of buf) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(width, '0'); }
export function githubChecksum(random30) { return base62(crc32(Buffer.from(random30, 'ascii')), 6); }
export function githubTokenOk(t) {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(t); if (!m) return false;
  return githubChecksum(m[1]) === m[2];
}

// ---------- CRC24 (OpenPGP armor) ----------
export function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } }
  return crc & 0xffffff;
}

// ---------- base58check / bech32 ----------
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const sha256 = (b) => createHash('sha256').update(b).digest();
export function b58encode(buf) {
  let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of buf) { if (b === 0) s = '1' + s; else break; }
  return s;
}
export function b58decode(s) {
  let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); }
  let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; if (n === 0n) hex = '';
  let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; }
  return Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
}
export function b58check(payload) { const ck = sha256(sha256(payload)).subarray(0, 4); return b58encode(Buffer.concat([payload, ck])); }
export function b58checkOk(s) {
  const b = b58decode(s); if (!b || b.length < 5) return false;
  const p = b.subarray(0, b.length - 4), ck = b.subarray(b.length - 4);
  return sha256(sha256(p)).subarray(0, 4).equals(ck);
}
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1;
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
export function bech32Encode(hrp, data, m) {
  const C = m ? 0x2bc830a3 : 1;
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ C;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...ck].map((d) => BECH[d]).join('');
}
export function segwitAddr(version, program) { return bech32Encode('bc', [version, ...convertBits(program, 8, 5, true)], version > 0); }
export function bech32Ok(s) {
  if (s !== s.toLowerCase()) return false;
  const pos = s.lastIndexOf('1'); if (pos < 1) return false;
  const hrp = s.slice(0, pos), data = [...s.slice(pos + 1)].map((c) => BECH.indexOf(c));
  if (data.some((d) => d < 0) || data.length < 7) return false;
  const pm = polymod([...hrpExpand(hrp), ...data]);
  const ver = data[0];
  return (ver === 0 && pm === 1) || (ver > 0 && pm === 0x2bc830a3);
}
export function bech32PlainOk(s) {
  if (s !== s.toLowerCase()) return false;
  const pos = s.lastIndexOf('1'); if (pos < 1) return false;
  const data = [...s.slice(pos + 1)].map((c) => BECH.indexOf(c));
  return !data.some((d) => d < 0) && polymod([...hrpExpand(s.slice(0, pos)), ...data]) === 1;
}
export function btcOk(s) {
  if (/^bc1/.test(s)) return bech32Ok(s);
  if (/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(s)) { const b = b58decode(s); return b58checkOk(s) && b.length === 25; }
  return false;
}

// ---------- DER ----------
export function derParse(buf, off = 0) { // returns {tag, len, hdr, start, end, children?}
  const tag = buf[off]; let len = buf[off + 1], hdr = 2;
  if (len === undefined || tag === undefined) throw new Error('DER truncated');
  if (len & 0x80) { const n = len & 0x7f; if (n < 1 || n > 3) throw new Error('DER len'); len = 0; for (let i = 0; i < n; i++) len = len * 256 + buf[off + 2 + i]; hdr = 2 + n; }
  const start = off + hdr, end = start + len;
  if (end > buf.length) throw new Error('DER overrun');
  const node = { tag, len, start, end };
  if (tag === 0x30 || tag === 0xa0 || tag === 0xa1) { node.children = []; let p = start; while (p < end) { const c = derParse(buf, p); node.children.push(c); p = c.end; } if (p !== end) throw new Error('DER child'); }
  return node;
}
export function derTop(buf) { const n = derParse(buf, 0); if (n.end !== buf.length) throw new Error('DER trailing'); return n; }
const intBits = (buf, n) => { let s = n.start; while (s < n.end && buf[s] === 0) s++; if (s === n.end) return 0; return (n.end - s - 1) * 8 + (32 - Math.clz32(buf[s])); };

// OIDs used
export const OID = { rsa: '2a864886f70d010101', ed25519: '2b6570', p256: '2a8648ce3d030107', ecPublicKey: '2a8648ce3d0201', dsa: '2a8648ce380401' };

export function pemBody(text) {
  // normalise an inserted PEM/armor span: JSON \n escapes, YAML indentation, CRLF
  return text.replace(/\\r\\n|\\n/g, '\n').replace(/\r/g, '').split('\n').map((l) => l.trim().replace(/^["']|["'],?$/g, '')).join('\n');
}
export function checkPrivateKeyBlock(text) {
  const t = pemBody(text);
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)\n?-----END \1-----$/.exec(t);
  if (!m) return 'no PEM frame';
  const label = m[1];
  let body = m[2];
  if (label === 'PGP PRIVATE KEY BLOCK') return checkPgp(body);
  if (/:/.test(body.split('\n')[0])) return 'headers not expected';
  const b64 = body.replace(/\n/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return 'bad base64';
  const der = Buffer.from(b64, 'base64');
  const lines = body.split('\n');
  const width = label === 'OPENSSH PRIVATE KEY' ? 70 : 64;
  for (let i = 0; i < lines.length - 1; i++) if (lines[i].length !== width) return 'line width';
  try {
    if (label === 'OPENSSH PRIVATE KEY') return checkOpenssh(der);
    const top = derTop(der);
    const ch = top.children;
    if (label === 'RSA PRIVATE KEY') {
      if (ch.length !== 9 || ch.some((c) => c.tag !== 2)) return 'rsa fields';
      const bits = intBits(der, ch[1]); if (![1024, 2048, 3072, 4096].includes(bits)) return 'rsa size ' + bits;
      if (intBits(der, ch[4]) !== bits / 2 || intBits(der, ch[5]) !== bits / 2) return 'rsa primes';
      return null;
    }
    if (label === 'EC PRIVATE KEY') {
      if (ch.length !== 4 || ch[1].tag !== 4 || ch[1].len !== 32) return 'ec fields';
      if (der.subarray(ch[2].children[0].start, ch[2].children[0].end).toString('hex') !== OID.p256) return 'ec curve';
      const bs = ch[3].children[0]; if (bs.tag !== 3 || bs.len !== 66 || der[bs.start + 1] !== 4) return 'ec point';
      return null;
    }
    if (label === 'DSA PRIVATE KEY') {
      if (ch.length !== 6 || ch.some((c) => c.tag !== 2)) return 'dsa fields';
      const pb = intBits(der, ch[1]), qb = intBits(der, ch[2]);
      if (!((pb === 2048 && qb === 256) || (pb === 1024 && qb === 160))) return 'dsa size';
      return null;
    }
    if (label === 'PRIVATE KEY') {
      const alg = ch[1].children[0];
      const oid = der.subarray(alg.start, alg.end).toString('hex');
      const inner = der.subarray(ch[2].start, ch[2].end);
      if (oid === OID.ed25519) { if (!(inner.length === 34 && inner[0] === 4 && inner[1] === 32)) return 'ed25519 inner'; return null; }
      if (oid === OID.rsa) return checkPrivateKeyBlock('-----BEGIN RSA PRIVATE KEY-----\n' + inner.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '') + '\n-----END RSA PRIVATE KEY-----');
      return 'pkcs8 oid';
    }
    return 'unknown label ' + label;
  } catch (e) { return 'DER: ' + e.message; }
}
function sshReader(buf) {
  let p = 0;
  return {
    u32() { if (p + 4 > buf.length) throw new Error('ssh trunc'); const v = buf.readUInt32BE(p); p += 4; return v; },
    str() { const n = this.u32(); if (p + n > buf.length) throw new Error('ssh str'); const s = buf.subarray(p, p + n); p += n; return s; },
    get pos() { return p; }, rest() { return buf.subarray(p); },
  };
}
function checkOpenssh(b) {
  const magic = Buffer.from('openssh-key-v1\0', 'latin1');
  if (!b.subarray(0, magic.length).equals(magic)) return 'openssh magic';
  const r = sshReader(b.subarray(magic.length));
  if (r.str().toString() !== 'none' || r.str().toString() !== 'none' || r.str().length !== 0) return 'openssh cipher';
  if (r.u32() !== 1) return 'openssh nkeys';
  const pub = sshReader(r.str()); const kt = pub.str().toString();
  const priv = r.str(); if (r.rest().length) return 'openssh trailing';
  if (priv.length % 8) return 'openssh padding';
  const q = sshReader(priv); const c1 = q.u32(), c2 = q.u32(); if (c1 !== c2) return 'openssh checkint';
  if (q.str().toString() !== kt) return 'openssh keytype';
  if (kt === 'ssh-ed25519') { if (q.str().length !== 32 || q.str().length !== 64) return 'ed25519 sizes'; }
  else if (kt === 'ecdsa-sha2-nistp256') { q.str(); if (q.str().length !== 65 || q.str().length > 33) return 'ecdsa sizes'; }
  else return 'openssh type ' + kt;
  q.str(); // comment
  const pad = q.rest(); for (let i = 0; i < pad.length; i++) if (pad[i] !== i + 1) return 'openssh pad bytes';
  return null;
}
function checkPgp(body) {
  const lines = body.split('\n');
  let i = 0; while (i < lines.length && lines[i] !== '') { if (!/^[A-Za-z]+: /.test(lines[i])) return 'pgp header'; i++; }
  const rest = lines.slice(i + 1);
  const crcLine = rest.pop(); if (!/^=[A-Za-z0-9+/]{4}$/.test(crcLine)) return 'pgp crc line';
  const data = Buffer.from(rest.join(''), 'base64');
  const crc = Buffer.from(crcLine.slice(1), 'base64'); if (((crc[0] << 16) | (crc[1] << 8) | crc[2]) !== crc24(data)) return 'pgp crc';
  // walk packets (new format)
  let p = 0, first = null;
  while (p < data.length) {
    const h = data[p]; if (!(h & 0x80) || !(h & 0x40)) return 'pgp old format';
    const tag = h & 0x3f; let len = data[p + 1], hl = 2;
    if (len >= 192 && len < 224) { len = ((len - 192) << 8) + data[p + 2] + 192; hl = 3; } else if (len === 255) { len = data.readUInt32BE(p + 2); hl = 6; } else if (len >= 224) return 'pgp partial';
    if (first === null) first = { tag, body: data.subarray(p + hl, p + hl + len) };
    p += hl + len;
  }
  if (p !== data.length) return 'pgp length';
  if (first.tag !== 5 || first.body[0] !== 4) return 'pgp first packet';
  return null;
}

// ---------- JWT ----------
export function jwtCheck(t) {
  const parts = t.split('.'); if (parts.length !== 3) return 'jwt parts';
  if (!parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return 'jwt charset';
  try {
    const h = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const p = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (!h.alg || typeof p !== 'object') return 'jwt alg';
    if (Buffer.from(parts[0], 'base64url').toString('base64url') !== parts[0]) return 'jwt header roundtrip';
  } catch (e) { return 'jwt json'; }
  return null;
}
export function jwtDecoded(t) { const p = t.split('.'); return Buffer.from(p[0], 'base64url').toString() + Buffer.from(p[1], 'base64url').toString(); }

// user:password base64
export function basicCheck(v) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v) || v.length % 4) return 'basic b64';
  const s = Buffer.from(v, 'base64').toString('utf8');
  if (Buffer.from(s, 'utf8').toString('base64') !== v) return 'basic roundtrip';
  const i = s.indexOf(':'); if (i < 1 || i === s.length - 1) return 'basic no user:pass';
  return null;
}

// ---------- host / wording policy ----------
// Deny-list kept reversed so that this source file does not itself contain the names.
const DENY_REV = ['moc.buhtig', 'oi.buhtig', 'moc.tnetnocresubuhtig', 'moc.baltig', 'oi.baltig', 'gro.tekcubtib', 'moc.tekcubtib', 'gro.sjmpn', 'moc.sjmpn', 'gro.ipyp', 'gro.detsohnohtyp', 'gro.smegybur', 'oi.setarc', 'oi.rekcod', 'moc.rekcod', 'oi.rchg', 'oi.yauq', 'gro.tegun', 'gro.tsigakcap', 'gro.nevam', 'oi.kcaptij', 'moc.gkpnu', 'ten.rviledsj', 'gro.gnalog', 'ved.og.gkp', 'ten.egrofecruos', 'moc.eetig', 'gro.grebedoc', 'moc.gkpnray', 'gro.sdopaococ', 'ved.bup', 'gro.lleksah.egakcah', 'gro.adnocana', 'gro.napc', 'moc.eruza.ved', 'moc.oidutslausiv', 'th.rs', 'ten.daphcnual', 'oc.ecafgnigguh', 'moc.nibetsap', 'oi.rcg', 'ved.gkp', 'swa.rce', 'moc.aetig', 'oi.htimsduolc', 'oi.gorfj'];
export const DENY_HOSTS = DENY_REV.map((s) => [...s].reverse().join(''));
export function hostOk(h) {
  h = h.toLowerCase().replace(/\.$/, '');
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(h)) return true;
  if (/^\[?[0-9a-f:]+\]?$/.test(h) && h.includes(':')) return true;
  if (!h.includes('.')) return true; // bare name
  return /\.(example|test|invalid)$/.test(h);
}
