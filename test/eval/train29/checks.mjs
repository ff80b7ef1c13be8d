// Checksums and structural checks shared by the generator and the validator.
import { createHash } from 'node:crypto';

export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRC_T = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(buf) { let c = 0xffffffff; for (const b of buf) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
export function base62(n, width) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
export function ghChecksum(rand30) { return base62(crc32(Buffer.from(rand30)), 6); }
export function ghValid(tok) {
  const m = /^(ghp|gho|ghu|ghs|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && ghChecksum(m[2]) === m[3];
}
export function luhnOk(d) { let s = 0, alt = false; for (let i = d.length - 1; i >= 0; i--) { let n = +d[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } s += n; alt = !alt; } return s % 10 === 0; }
export function luhnDigit(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c); }
export function cardIinOk(d) {
  const n2 = +d.slice(0, 2), n4 = +d.slice(0, 4), n3 = +d.slice(0, 3), L = d.length;
  if (d[0] === '4') return L === 16 || L === 13 || L === 19;
  if (n2 >= 51 && n2 <= 55) return L === 16;
  if (n4 >= 2221 && n4 <= 2720) return L === 16;
  if (n2 === 34 || n2 === 37) return L === 15;
  if (n4 === 6011 || n2 === 65 || (n3 >= 644 && n3 <= 649)) return L === 16 || L === 19;
  if (n4 >= 3528 && n4 <= 3589) return L === 16;
  if (n2 === 36 || (n3 >= 300 && n3 <= 305) || n2 === 38) return L === 14;
  return false;
}
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, AT: 20, CH: 21, PL: 28, PT: 25, SE: 24, DK: 18, NO: 15, FI: 18, IE: 22, LU: 20, CZ: 24, GR: 27, HU: 28, RO: 24, TR: 26, SA: 24, AE: 23, HR: 21, SK: 24 };
export function mod97(s) { const r = s.slice(4) + s.slice(0, 4); let m = 0; for (const ch of r) { const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55); for (const x of v) m = (m * 10 + +x) % 97; } return m; }
export function ibanOk(raw) { const s = raw.replace(/ /g, ''); if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false; return IBAN_LEN[s.slice(0, 2)] === s.length && mod97(s) === 1; }
export function ibanCheck(cc, bban) { const m = mod97(cc + '00' + bban); return String(98 - m).padStart(2, '0'); }
export function ssnOk(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s); if (!m) return false; const a = +m[1]; return a > 0 && a !== 666 && a < 900 && +m[2] > 0 && +m[3] > 0; }
export function itinOk(s) { const m = /^9\d{2}-?(\d{2})-?\d{4}$/.exec(s); if (!m) return false; const g = +m[1]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
export function nhsCheck(d9) { let s = 0; for (let i = 0; i < 9; i++) s += +d9[i] * (10 - i); const c = 11 - (s % 11); return c === 11 ? 0 : c; }
export function nhsOk(raw) { const d = raw.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; const c = nhsCheck(d.slice(0, 9)); return c !== 10 && c === +d[9]; }
export function deaCheck(d6) { return ((+d6[0] + +d6[2] + +d6[4]) + 2 * (+d6[1] + +d6[3] + +d6[5])) % 10; }
export function deaOk(s) { const m = /^[ABCDEFGHJKLMPRSTUX][A-Z9](\d{6})(\d)$/.exec(s); return !!m && deaCheck(m[1]) === +m[2]; }
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b) => createHash('sha256').update(b).digest();
export function b58check(payload) {
  const full = Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]);
  let n = BigInt('0x' + full.toString('hex')), s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const b of full) { if (b === 0) s = '1' + s; else break; }
  return s;
}
function b58decode(s) { let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); } let h = n.toString(16); if (h.length % 2) h = '0' + h; let b = Buffer.from(n === 0n ? '' : h, 'hex'); let z = 0; for (const ch of s) { if (ch === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), b]); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...[...h].map(c => c.charCodeAt(0) >> 5), 0, ...[...h].map(c => c.charCodeAt(0) & 31)];
function convertBits(data, from, to) { let acc = 0, bits = 0; const out = []; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & ((1 << to) - 1)); } } if (bits > 0) out.push((acc << (to - bits)) & ((1 << to) - 1)); return out; }
export function bech32Segwit(prog) { const data = [0, ...convertBits(prog, 8, 5)]; const pm = polymod([...hrpExp('bc'), ...data, 0, 0, 0, 0, 0, 0]) ^ 1; const cs = []; for (let i = 0; i < 6; i++) cs.push((pm >>> (5 * (5 - i))) & 31); return 'bc1' + [...data, ...cs].map(x => BECH[x]).join(''); }
export function btcOk(s) {
  if (/^bc1/.test(s)) { const d = [...s.slice(3)].map(c => BECH.indexOf(c)); if (d.some(x => x < 0)) return false; return polymod([...hrpExp('bc'), ...d]) === 1; }
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(s)) return false;
  const b = b58decode(s); if (!b || b.length !== 25) return false;
  return sha256(sha256(b.subarray(0, 21))).subarray(0, 4).equals(b.subarray(21));
}
export function crc24(buf) { let crc = 0xb704ce; for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } } return crc & 0xffffff; }
// DER: parse a full TLV tree; returns node list or throws.
export function derParse(buf, off = 0, end = buf.length) {
  const nodes = [];
  while (off < end) {
    const tag = buf[off++]; let len = buf[off++];
    if (len === undefined) throw new Error('truncated');
    if (len & 0x80) { const nb = len & 0x7f; if (nb < 1 || nb > 3) throw new Error('bad len'); len = 0; for (let i = 0; i < nb; i++) len = len * 256 + buf[off++]; }
    if (off + len > end) throw new Error('overrun');
    const node = { tag, len, start: off, body: buf.subarray(off, off + len) };
    if (tag & 0x20) node.kids = derParse(buf, off, off + len);
    nodes.push(node); off += len;
  }
  return nodes;
}
function unwrapKeyText(v) {
  return v.replace(/\\r\\n|\\n/g, '\n').replace(/\\\//g, '/').split('\n').map(l => l.trim().replace(/^["'|>-]+$/, '')).filter(l => l.length).join('\n');
}
export function keyStructOk(v) {
  const t = unwrapKeyText(v);
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)\n-----END \1-----$/.exec(t);
  if (!m) return 'no armor';
  const kind = m[1]; let body = m[2].split('\n');
  if (kind === 'PGP PRIVATE KEY BLOCK') {
    const bl = body.findIndex(l => !/^[A-Za-z]+: /.test(l));
    body = body.slice(bl);
    const crcLine = body.pop();
    if (!/^=[A-Za-z0-9+/]{4}$/.test(crcLine)) return 'no crc';
    const bin = Buffer.from(body.join(''), 'base64');
    const want = Buffer.from(crcLine.slice(1), 'base64').readUIntBE(0, 3);
    if (crc24(bin) !== want) return 'crc mismatch';
    if (bin[0] !== 0xc5 && (bin[0] & 0xfc) !== 0x94) return 'not secret key packet';
    return null;
  }
  if (body.some(l => l.includes(':'))) { // PEM headers (legacy encrypted)
    const i = body.findIndex(l => l === '' || !l.includes(':')); body = body.slice(i);
  }
  const b64 = body.join('');
  if (!/^[A-Za-z0-9+/]+=*$/.test(b64)) return 'bad base64';
  const bin = Buffer.from(b64, 'base64');
  if (kind === 'OPENSSH PRIVATE KEY') {
    const magic = Buffer.from('openssh-key-v1\0');
    if (!bin.subarray(0, magic.length).equals(magic)) return 'bad magic';
    let o = magic.length; const str = () => { const n = bin.readUInt32BE(o); o += 4; const s = bin.subarray(o, o + n); o += n; if (o > bin.length) throw new Error('overrun'); return s; };
    try {
      const cipher = str().toString(); str(); str(); const nk = bin.readUInt32BE(o); o += 4; if (nk !== 1) return 'nkeys';
      str(); const priv = str(); if (o !== bin.length) return 'trailing';
      if (cipher === 'none' && priv.readUInt32BE(0) !== priv.readUInt32BE(4)) return 'checkint';
      if (priv.length % 8 !== 0) return 'pad';
    } catch (e) { return 'ssh parse ' + e.message; }
    return null;
  }
  let tree; try { tree = derParse(bin); } catch (e) { return 'der ' + e.message; }
  if (tree.length !== 1 || tree[0].tag !== 0x30) return 'not one sequence';
  const k = tree[0].kids;
  if (kind === 'RSA PRIVATE KEY') return k.length === 9 && k.every(x => x.tag === 2) && k[1].len >= 128 ? null : 'rsa shape';
  if (kind === 'EC PRIVATE KEY') return k[0].tag === 2 && k[1].tag === 4 && k[1].len === 32 ? null : 'ec shape';
  if (kind === 'DSA PRIVATE KEY') return k.length === 6 && k.every(x => x.tag === 2) ? null : 'dsa shape';
  if (kind === 'PRIVATE KEY') return k[0].tag === 2 && k[1].tag === 0x30 && k[1].kids[0].tag === 6 && k[2].tag === 4 ? null : 'pkcs8 shape';
  if (kind === 'ENCRYPTED PRIVATE KEY') return k.length === 2 && k[0].tag === 0x30 && k[0].kids[0].tag === 6 && k[1].tag === 4 ? null : 'enc pkcs8 shape';
  return 'unknown kind ' + kind;
}
export function pemKind(v) { const m = /BEGIN ([A-Z0-9 ]+)-----/.exec(v); return m ? m[1] : null; }
