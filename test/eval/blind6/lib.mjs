// blind6: shared helpers — PRNG, document builder, checksums, encoders.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

// ---- deterministic PRNG (sfc32 seeded from a fixed string) ----
let st = [0, 0, 0, 0];
export function seed(str) {
  const h = crypto.createHash('sha256').update(str).digest();
  st = [h.readUInt32LE(0), h.readUInt32LE(4), h.readUInt32LE(8), h.readUInt32LE(12)];
  for (let i = 0; i < 20; i++) rand();
}
export function rand() {
  let [a, b, c, d] = st;
  a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
  let t = (a + b) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  d = (d + 1) | 0;
  t = (t + d) | 0;
  c = (c + t) | 0;
  st = [a, b, c, d];
  return (t >>> 0) / 4294967296;
}
export const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
export const pick = (arr) => arr[Math.floor(rand() * arr.length)];
export const chance = (p) => rand() < p;
export function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
export function sample(arr, n) { return shuffle(arr).slice(0, n); }
export const A = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
};
A.alnum = A.upper + A.lower + A.digit;
A.lalnum = A.lower + A.digit;
A.ualnum = A.upper + A.digit;
A.url = A.alnum + '-_';
A.b64 = A.alnum + '+/';
export function chars(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(rand() * alpha.length)]; return s; }
// strings with at least one digit, one upper and one lower (high entropy look)
export function mixed(alpha, n) {
  for (;;) { const s = chars(alpha, n); if ((!/[0-9]/.test(alpha) || /[0-9]/.test(s)) && (!/[A-Z]/.test(alpha) || /[A-Z]/.test(s)) && (!/[a-z]/.test(alpha) || /[a-z]/.test(s))) return s; }
}
export const hex = (n) => mixed(A.hex, n);
export function bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = int(0, 255); return b; }
export const b64 = (buf) => Buffer.from(buf).toString('base64');
export const b64u = (buf) => Buffer.from(buf).toString('base64url');
export const sha256 = (b) => crypto.createHash('sha256').update(b).digest();

// ---- CRC32 / base62 (GitHub token checksum) ----
let crcTable = null;
export function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  if (!crcTable) { crcTable = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crcTable[n] = c >>> 0; } }
  let c = 0xffffffff; for (const x of Buffer.from(buf)) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0;
}
export function base62(n, width) { let s = ''; while (n > 0) { s = A.b62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
export function ghToken(prefix) { const body = mixed(A.alnum, 30); return prefix + body + base62(crc32(body), 6); }
export function ghTokenValid(t) { const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(t); return !!m && base62(crc32(m[1]), 6) === m[2]; }

// ---- Luhn ----
export function luhnOk(d) { let s = 0; for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; } return s % 10 === 0; }
export function luhnComplete(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return partial + c; }

// ---- IBAN ----
export function mod97(s) { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) r = (r * 10 + +d) % 97; } return r; }
export function ibanOk(iban) { const s = iban.replace(/ /g, ''); return mod97(s.slice(4) + s.slice(0, 4)) === 1; }

// ---- base58check / bech32 ----
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58(buf) {
  let n = BigInt('0x' + (Buffer.from(buf).toString('hex') || '0')); let s = '';
  while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; }
  for (const x of buf) { if (x === 0) s = '1' + s; else break; }
  return s;
}
export function base58check(payload) { const ck = sha256(sha256(payload)).subarray(0, 4); return base58(Buffer.concat([payload, ck])); }
export function base58checkOk(s) {
  let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return false; n = n * 58n + BigInt(i); }
  let h = n.toString(16); if (h.length % 2) h = '0' + h; let buf = Buffer.from(h, 'hex');
  const lead = s.match(/^1*/)[0].length; buf = Buffer.concat([Buffer.alloc(lead), buf]);
  if (buf.length !== 25) return false;
  return sha256(sha256(buf.subarray(0, 21))).subarray(0, 4).equals(buf.subarray(21));
}
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExpand = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function convertbits(data, from, to) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (bits > 0) out.push((acc << (to - bits)) & maxv); return out; }
export function bech32Encode(hrp, data5, m) {
  const C = m ? 0x2bc830a3 : 1; const pm = polymod([...hrpExpand(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ C;
  const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data5, ...ck].map((x) => BECH[x]).join('');
}
export function segwit(version, prog) { return bech32Encode('bc', [version, ...convertbits(prog, 8, 5)], version > 0); }
export function bech32Ok(addr) {
  const s = addr.toLowerCase(); const p = s.lastIndexOf('1'); const hrp = s.slice(0, p); const d = [...s.slice(p + 1)].map((c) => BECH.indexOf(c));
  if (d.some((x) => x < 0)) return false; const pm = polymod([...hrpExpand(hrp), ...d]); return pm === 1 || pm === 0x2bc830a3;
}

// ---- misc encoders ----
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
export function wrap(s, n) { const out = []; for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n)); return out.join('\n'); }
export function pem(label, der, width = 64) { return `-----BEGIN ${label}-----\n${wrap(b64(der), width)}\n-----END ${label}-----`; }
export function sshString(b) { const buf = Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(buf.length); return Buffer.concat([l, buf]); }
export function u32(n) { const l = Buffer.alloc(4); l.writeUInt32BE(n); return l; }

// ---- document builder ----
// Templates are tagged literals: T`text ${S('X', v)} more`. Interpolations: strings/numbers (text),
// arrays (flattened), null/false/undefined (nothing), span objects {t, e, f} (label) / {t, w} (look-alike).
export function T(strings, ...vals) { const out = []; strings.forEach((s, i) => { out.push(s); if (i < vals.length) out.push(vals[i]); }); return out; }
export const S = (e, t) => ({ t: String(t), e, f: 'secrets' });
export const P = (e, t) => ({ t: String(t), e, f: 'pii' });
export const L = (w, t) => ({ t: String(t), w });
export function assemble(frag) {
  const parts = []; let pos = 0; const labels = []; const lookalikes = []; const spans = [];
  const walk = (x) => {
    if (x === null || x === undefined || x === false) return;
    if (Array.isArray(x)) { x.forEach(walk); return; }
    if (typeof x === 'object') {
      const len = Buffer.byteLength(x.t);
      if (x.e) labels.push({ start: pos, end: pos + len, entity: x.e, family: x.f });
      else lookalikes.push({ start: pos, end: pos + len, what: x.w });
      spans.push({ start: pos, end: pos + len, t: x.t });
      parts.push(x.t); pos += len; return;
    }
    const s = String(x); parts.push(s); pos += Buffer.byteLength(s);
  };
  walk(frag);
  return { text: parts.join(''), labels, lookalikes, spans };
}
