// Checksums and binary formats shared by the generator and the validator.
import { createHash } from 'node:crypto';

const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(buf) { let c = 0xffffffff; for (const b of Buffer.from(buf)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
// GitHub / npm style token: prefix + 30 random + 6 char base62 CRC32 of the random part
export function ghChecksum(body30) { return base62(crc32(body30), 6); }
export function ghValid(tok, prefixes) {
  const m = /^([a-z]+_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && prefixes.includes(m[1]) && ghChecksum(m[2]) === m[3];
}

export const sha256 = (b) => createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(buf) {
  let n = BigInt('0x' + (Buffer.from(buf).toString('hex') || '0')); let s = '';
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
export function b58check(payload) { const c = sha256(sha256(payload)).subarray(0, 4); return b58encode(Buffer.concat([payload, c])); }
export function b58checkValid(s) { const b = b58decode(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
export function bech32Encode(hrp, data5, bech32m = false) {
  const C = bech32m ? 0x2bc830a3 : 1;
  const pm = polymod([...hrpExp(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ C;
  const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...chk].map((d) => BECH[d]).join('');
}
export function bech32Valid(s) {
  s = s.toLowerCase(); const p = s.lastIndexOf('1'); if (p < 1) return false;
  const hrp = s.slice(0, p); const d = [...s.slice(p + 1)].map((c) => BECH.indexOf(c)); if (d.some((x) => x < 0) || d.length < 6) return false;
  const pm = polymod([...hrpExp(hrp), ...d]); return pm === 1 || pm === 0x2bc830a3;
}
export function to5bit(buf) { const out = []; let acc = 0, bits = 0; for (const b of buf) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >> bits) & 31); } } if (bits) out.push((acc << (5 - bits)) & 31); return out; }
export function btcValid(s) {
  if (/^bc1/i.test(s)) return bech32Valid(s);
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(s)) return false;
  const b = b58decode(s); return !!b && b.length === 25 && (b[0] === 0 || b[0] === 5) && b58checkValid(s);
}

export function luhnValid(num) {
  const d = num.replace(/[\s-]/g, ''); if (!/^\d{12,19}$/.test(d)) return false;
  let sum = 0; for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; } return sum % 10 === 0;
}
export function luhnDigit(partial) { for (let c = 0; c < 10; c++) if (luhnValid(partial + c)) return String(c); }
export function cardBrand(num) {
  const d = num.replace(/[\s-]/g, ''); const n = d.length; const p2 = +d.slice(0, 2), p3 = +d.slice(0, 3), p4 = +d.slice(0, 4), p6 = +d.slice(0, 6);
  if (d[0] === '4' && (n === 16 || n === 13 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && (n === 16 || n === 19)) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if ((p2 === 36 || (p3 >= 300 && p3 <= 305) || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'diners';
  return null;
}
export const IBAN_LEN = { DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, NL: 18, BE: 16, AT: 20, CH: 21, PL: 28, SE: 24, DK: 18, FI: 18, NO: 15, PT: 25, IE: 22, CZ: 24, RO: 24, HU: 28, TR: 26, GR: 27, SA: 24, AE: 23, LU: 20, HR: 21, SK: 24, BG: 22, LT: 20, SI: 19, IL: 23, BR: 29 };
function mod97(s) { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const x of v) r = (r * 10 + +x) % 97; } return r; }
export function ibanCheck(cc, bban) { const r = mod97(bban + cc + '00'); return String(98 - r).padStart(2, '0'); }
export function ibanValid(s) { const x = s.replace(/\s/g, '').toUpperCase(); const cc = x.slice(0, 2); if (!IBAN_LEN[cc] || x.length !== IBAN_LEN[cc] || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(x)) return false; return mod97(x.slice(4) + x.slice(0, 4)) === 1; }
export function ibanMod97Only(s) { const x = s.replace(/\s/g, '').toUpperCase(); return mod97(x.slice(4) + x.slice(0, 4)) === 1; }
export function ssnValid(s) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false;
  const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}
export function itinValid(s) {
  const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const g = +m[2];
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
export function nhsCheck(nine) { let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; }
export function nhsValid(s) { const d = s.replace(/[\s-]/g, ''); if (!/^\d{10}$/.test(d)) return false; const c = nhsCheck(d); return c !== 10 && c === +d[9]; }
export function deaDigit(six) { const d = [...six].map(Number); return String((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10); }
export function deaValid(s) { const m = /^([ABCDFGHJKLMPRSTX])([A-Z9])(\d{6})(\d)$/.exec(s); return !!m && deaDigit(m[3]) === m[4]; }

// ---- ASN.1 DER ----
export function derLen(n) { if (n < 128) return Buffer.from([n]); const b = []; while (n > 0) { b.unshift(n & 255); n >>= 8; } return Buffer.from([0x80 | b.length, ...b]); }
export const der = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
export const derInt = (buf) => { buf = Buffer.from(buf); let i = 0; while (i < buf.length - 1 && buf[i] === 0 && !(buf[i + 1] & 0x80)) i++; buf = buf.subarray(i); if (buf[0] & 0x80) buf = Buffer.concat([Buffer.from([0]), buf]); return der(0x02, buf); };
export const derSeq = (...xs) => der(0x30, Buffer.concat(xs));
export function derOid(s) { const p = s.split('.').map(Number); const out = [40 * p[0] + p[1]]; for (const v of p.slice(2)) { const t = []; let x = v; t.unshift(x & 127); x = Math.floor(x / 128); while (x > 0) { t.unshift((x & 127) | 128); x = Math.floor(x / 128); } out.push(...t); } return der(0x06, Buffer.from(out)); }
export function derParse(buf, pos = 0) {
  const tag = buf[pos]; let len = buf[pos + 1]; let hl = 2;
  if (len === undefined || tag === undefined) throw new Error('der: truncated');
  if (len & 0x80) { const n = len & 0x7f; if (n < 1 || n > 3) throw new Error('der: bad length'); len = 0; for (let i = 0; i < n; i++) len = len * 256 + buf[pos + 2 + i]; hl = 2 + n; }
  const start = pos + hl, end = start + len; if (end > buf.length) throw new Error('der: overrun');
  const node = { tag, start, end, body: buf.subarray(start, end), next: end };
  if (tag === 0x30 || tag === 0xa0 || tag === 0xa1) { node.kids = []; let p = start; while (p < end) { const k = derParse(buf, p); node.kids.push(k); p = k.next; } if (p !== end) throw new Error('der: child overrun'); }
  return node;
}
export function pemWrap(label, der64, width = 64) { const lines = der64.match(new RegExp(`.{1,${width}}`, 'g')); return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`; }

// ---- OpenSSH private key (openssh-key-v1, ed25519, unencrypted) ----
const sshStr = (b) => { b = Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n >>> 0); return l; };
export function opensshEd25519(seed32, pub32, comment, checkint) {
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub32)]);
  let priv = Buffer.concat([u32(checkint), u32(checkint), sshStr('ssh-ed25519'), sshStr(pub32), sshStr(Buffer.concat([seed32, pub32])), sshStr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  return Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pubBlob), sshStr(priv)]);
}
export function opensshParse(buf) {
  let p = 0; const magic = 'openssh-key-v1\0';
  if (buf.subarray(0, 15).toString('latin1') !== magic) throw new Error('openssh: magic'); p = 15;
  const rd = () => { if (p + 4 > buf.length) throw new Error('openssh: trunc'); const n = buf.readUInt32BE(p); p += 4; if (p + n > buf.length) throw new Error('openssh: trunc'); const s = buf.subarray(p, p + n); p += n; return s; };
  const cipher = rd().toString(); rd(); rd(); const nk = buf.readUInt32BE(p); p += 4; if (nk !== 1) throw new Error('openssh: nkeys');
  const pub = rd(); const priv = rd(); if (p !== buf.length) throw new Error('openssh: trailing');
  if (cipher === 'none') { if (priv.readUInt32BE(0) !== priv.readUInt32BE(4)) throw new Error('openssh: checkint'); if (priv.length % 8) throw new Error('openssh: padding'); }
  const q = pub.readUInt32BE(0); if (!pub.subarray(4, 4 + q).toString().startsWith('ssh-')) throw new Error('openssh: keytype');
  return true;
}
// ---- OpenPGP armored secret key ----
export function crc24(buf) { let crc = 0xb704ce; for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } } return crc & 0xffffff; }
function pgpPacket(tag, body) { const l = body.length; let hdr; if (l < 192) hdr = Buffer.from([0xc0 | tag, l]); else if (l < 8384) { const x = l - 192; hdr = Buffer.from([0xc0 | tag, (x >> 8) + 192, x & 255]); } else throw new Error('pgp len'); return Buffer.concat([hdr, body]); }
const mpi = (b, bits) => Buffer.concat([Buffer.from([(bits >> 8) & 255, bits & 255]), b]);
export function pgpSecretKey(time, pub32, sec32, uid, sigBytes) {
  const oid = Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01]); // Ed25519
  const pubPart = Buffer.concat([Buffer.from([4]), u32(time), Buffer.from([22, oid.length]), oid, mpi(Buffer.concat([Buffer.from([0x40]), pub32]), 263)]);
  const s = Buffer.from(sec32); if (s[0] === 0) s[0] = 1; s[0] |= 0x80;
  const secMpi = mpi(s, 256); let ck = 0; for (const b of secMpi) ck = (ck + b) & 0xffff;
  const body = Buffer.concat([pubPart, Buffer.from([0]), secMpi, Buffer.from([ck >> 8, ck & 255])]);
  return Buffer.concat([pgpPacket(5, body), pgpPacket(13, Buffer.from(uid)), pgpPacket(2, sigBytes)]);
}
export function pgpArmor(bin, comment) {
  const b64 = bin.toString('base64').match(/.{1,64}/g).join('\n'); const c = crc24(bin);
  const cb = Buffer.from([(c >> 16) & 255, (c >> 8) & 255, c & 255]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${comment ? `Comment: ${comment}\n` : ''}\n${b64}\n=${cb}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export function pgpParse(armored) {
  const m = /-----BEGIN PGP PRIVATE KEY BLOCK-----\n((?:[A-Za-z]+: .*\n)*)\n([A-Za-z0-9+/=\n]+?)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----$/.exec(armored);
  if (!m) throw new Error('pgp: armor');
  const bin = Buffer.from(m[2].replace(/\n/g, ''), 'base64'); const c = crc24(bin);
  if (Buffer.from([(c >> 16) & 255, (c >> 8) & 255, c & 255]).toString('base64') !== m[3]) throw new Error('pgp: crc24');
  if ((bin[0] & 0xc0) !== 0xc0 || (bin[0] & 0x3f) !== 5) throw new Error('pgp: first packet not secret key');
  let len = bin[1], off = 2; if (len >= 192 && len < 224) { len = ((len - 192) << 8) + bin[2] + 192; off = 3; }
  if (bin[off] !== 4) throw new Error('pgp: version');
  return true;
}
// Structural check of a private key value as it appears in a document (raw, indented, or JSON-escaped).
export function normalizePem(v) {
  let s = v.replace(/\\r\\n|\\n/g, '\n').replace(/\r\n/g, '\n');
  s = s.split('\n').map((l) => l.trim()).filter((l, i, a) => l !== '' || (i > 0 && /^(Comment|Version): /.test(a[i - 1])) || /PGP/.test(s)).join('\n');
  return s;
}
export function privateKeyParse(v) {
  const s = normalizePem(v);
  if (s.includes('PGP PRIVATE KEY BLOCK')) return pgpParse(s.replace(/\n{2,}/g, '\n\n'));
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n(?:Proc-Type: .*\nDEK-Info: .*\n\n?)?([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(s);
  if (!m) throw new Error('pem: armor');
  const body = Buffer.from(m[2].replace(/\n/g, ''), 'base64'); const label = m[1];
  if (label === 'OPENSSH PRIVATE KEY') return opensshParse(body);
  const root = derParse(body); if (root.next !== body.length) throw new Error('der: trailing'); if (root.tag !== 0x30) throw new Error('der: not seq');
  const k = root.kids;
  if (label === 'RSA PRIVATE KEY') { if (k.length !== 9 || k.some((x) => x.tag !== 2)) throw new Error('pkcs1: shape'); if (k[1].body.length < 128) throw new Error('pkcs1: modulus'); }
  else if (label === 'PRIVATE KEY') { if (k.length < 3 || k[0].tag !== 2 || k[1].tag !== 0x30 || k[2].tag !== 4) throw new Error('pkcs8: shape'); derParse(k[2].body); }
  else if (label === 'EC PRIVATE KEY') { if (k[0].tag !== 2 || k[1].tag !== 4 || k[1].body.length < 32) throw new Error('sec1: shape'); }
  else if (label === 'DSA PRIVATE KEY') { if (k.length !== 6 || k.some((x) => x.tag !== 2)) throw new Error('dsa: shape'); }
  else if (label === 'ENCRYPTED PRIVATE KEY') { if (k.length !== 2 || k[0].tag !== 0x30 || k[1].tag !== 4) throw new Error('pkcs8enc: shape'); }
  else throw new Error('pem: unknown label ' + label);
  return true;
}
