// Structurally real key material (DER / OpenSSH / OpenPGP / PuTTY) built from PRNG bytes.
// The numbers are random, not a working key pair, but every length and tag is what a real
// encoder writes, so parsers and size heuristics see the real thing.
import { crc24, sha256 } from './checksums.mjs';

function lenBytes(n) {
  if (n < 0x80) return Buffer.from([n]);
  const out = []; while (n > 0) { out.unshift(n & 0xff); n >>>= 8; }
  return Buffer.from([0x80 | out.length, ...out]);
}
export const tlv = (tag, content) => Buffer.concat([Buffer.from([tag]), lenBytes(content.length), content]);
export const seq = (...xs) => tlv(0x30, Buffer.concat(xs));
export const set = (...xs) => tlv(0x31, Buffer.concat(xs));
export const octet = (b) => tlv(0x04, b);
export const nul = () => Buffer.from([0x05, 0x00]);
export const bitstr = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const ctx = (n, content) => tlv(0xa0 + n, content);
export const utf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
export const printable = (s) => tlv(0x13, Buffer.from(s, 'ascii'));
export const utctime = (s) => tlv(0x17, Buffer.from(s, 'ascii'));
export function intBuf(b) { // positive INTEGER from big-endian magnitude
  let i = 0; while (i < b.length - 1 && b[i] === 0) i++;
  b = b.subarray(i);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
export const intSmall = (n) => { const b = []; do { b.unshift(n & 0xff); n >>>= 8; } while (n > 0); if (b[0] & 0x80) b.unshift(0); return tlv(0x02, Buffer.from(b)); };
export function oid(str) {
  const p = str.split('.').map(Number); const out = [40 * p[0] + p[1]];
  for (const v of p.slice(2)) { const st = []; let x = v; st.unshift(x & 0x7f); x >>>= 7; while (x > 0) { st.unshift(0x80 | (x & 0x7f)); x >>>= 7; } out.push(...st); }
  return tlv(0x06, Buffer.from(out));
}

// big random positive number of exactly `bits` bits, odd if wanted
function bigRand(r, bits, odd) {
  const b = r.bytes(Math.ceil(bits / 8));
  const extra = b.length * 8 - bits; b[0] &= 0xff >>> extra; b[0] |= 0x80 >>> extra;
  if (odd) b[b.length - 1] |= 1;
  return b;
}
const E65537 = Buffer.from([1, 0, 1]);

export function rsaPkcs1Der(r, bits) {
  const n = bigRand(r, bits, true), d = bigRand(r, bits - 1, false);
  const p = bigRand(r, bits / 2, true), q = bigRand(r, bits / 2, true);
  const dp = bigRand(r, bits / 2 - 1, false), dq = bigRand(r, bits / 2 - 1, false), qi = bigRand(r, bits / 2 - 2, false);
  return { der: seq(intSmall(0), intBuf(n), intBuf(E65537), intBuf(d), intBuf(p), intBuf(q), intBuf(dp), intBuf(dq), intBuf(qi)), n };
}
const RSA_ALG = () => seq(oid('1.2.840.113549.1.1.1'), nul());
export function pkcs8RsaDer(r, bits) { return seq(intSmall(0), RSA_ALG(), octet(rsaPkcs1Der(r, bits).der)); }
const CURVES = { p256: ['1.2.840.10045.3.1.7', 32], p384: ['1.3.132.0.34', 48] };
export function ecSec1Der(r, curve = 'p256') {
  const [o, L] = CURVES[curve];
  const pub = Buffer.concat([Buffer.from([4]), r.bytes(2 * L)]);
  return seq(intSmall(1), octet(r.bytes(L)), ctx(0, oid(o)), ctx(1, bitstr(pub)));
}
export function pkcs8EcDer(r, curve = 'p256') {
  const [o, L] = CURVES[curve];
  const pub = Buffer.concat([Buffer.from([4]), r.bytes(2 * L)]);
  const inner = seq(intSmall(1), octet(r.bytes(L)), ctx(1, bitstr(pub)));
  return seq(intSmall(0), seq(oid('1.2.840.10045.2.1'), oid(o)), octet(inner));
}
export function pkcs8Ed25519Der(r) { return seq(intSmall(0), seq(oid('1.3.101.112')), octet(octet(r.bytes(32)))); }
export function encryptedPkcs8Der(r, bits) {
  const plainLen = pkcs8RsaDer(r, bits).length; const encLen = (Math.floor(plainLen / 16) + 1) * 16;
  const algo = seq(oid('1.2.840.113549.1.5.13'), seq(
    seq(oid('1.2.840.113549.1.5.12'), seq(octet(r.bytes(16)), intSmall(2048), seq(oid('1.2.840.113549.2.9'), nul()))),
    seq(oid('2.16.840.1.101.3.4.1.42'), octet(r.bytes(16)))));
  return seq(algo, octet(r.bytes(encLen)));
}
export function spkiRsaDer(r, bits) { return seq(RSA_ALG(), bitstr(seq(intBuf(bigRand(r, bits, true)), intBuf(E65537)))); }
export function spkiEd25519Der(r) { return seq(seq(oid('1.3.101.112')), bitstr(r.bytes(32))); }

function nameDer(cn, o) {
  return seq(set(seq(oid('2.5.4.6'), printable('XX'))), set(seq(oid('2.5.4.10'), utf8(o))), set(seq(oid('2.5.4.3'), utf8(cn))));
}
export function certificateDer(r, cn, issuerCn, notBefore, notAfter) {
  const sigAlg = seq(oid('1.2.840.113549.1.1.11'), nul());
  const serial = r.bytes(16); serial[0] &= 0x7f; serial[0] |= 0x10;
  const ext = ctx(3, seq(
    seq(oid('2.5.29.19'), tlv(0x01, Buffer.from([0xff])), octet(seq())),
    seq(oid('2.5.29.14'), octet(octet(r.bytes(20)))),
  ));
  const tbs = seq(ctx(0, intSmall(2)), intBuf(serial), sigAlg, nameDer(issuerCn, 'Internal CA'),
    seq(utctime(notBefore), utctime(notAfter)), nameDer(cn, 'Ops'), spkiRsaDer(r, 2048), ext);
  return seq(tbs, sigAlg, bitstr(r.bytes(256)));
}

export function pem(label, der, width = 64) {
  const b = der.toString('base64').replace(new RegExp(`(.{${width}})(?=.)`, 'g'), '$1\n');
  return `-----BEGIN ${label}-----\n${b}\n-----END ${label}-----`;
}

// ---------- SSH wire format ----------
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sstr = (b) => { if (typeof b === 'string') b = Buffer.from(b); return Buffer.concat([u32(b.length), b]); };
const mpint = (b) => { let i = 0; while (i < b.length - 1 && b[i] === 0) i++; b = b.subarray(i); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return sstr(b); };

export function sshEd25519Pub(r) { return Buffer.concat([sstr('ssh-ed25519'), sstr(r.bytes(32))]); }
export function sshRsaPub(r, bits) { return Buffer.concat([sstr('ssh-rsa'), mpint(E65537), mpint(bigRand(r, bits, true))]); }
export function sshEcdsaPub(r) { return Buffer.concat([sstr('ecdsa-sha2-nistp256'), sstr('nistp256'), sstr(Buffer.concat([Buffer.from([4]), r.bytes(64)]))]); }

export function opensshPrivate(r, type, comment) {
  let pub, privBody;
  if (type === 'ed25519') {
    const pk = r.bytes(32), sk = r.bytes(32);
    pub = Buffer.concat([sstr('ssh-ed25519'), sstr(pk)]);
    privBody = Buffer.concat([sstr('ssh-ed25519'), sstr(pk), sstr(Buffer.concat([sk, pk]))]);
  } else {
    const bits = 3072; const n = bigRand(r, bits, true);
    pub = Buffer.concat([sstr('ssh-rsa'), mpint(E65537), mpint(n)]);
    privBody = Buffer.concat([sstr('ssh-rsa'), mpint(n), mpint(E65537), mpint(bigRand(r, bits - 1)), mpint(bigRand(r, bits / 2 - 2)),
      mpint(bigRand(r, bits / 2, true)), mpint(bigRand(r, bits / 2, true))]);
  }
  const check = r.bytes(4);
  let priv = Buffer.concat([check, check, privBody, sstr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), sstr('none'), sstr('none'), sstr(''), u32(1), sstr(pub), sstr(priv)]);
  const b = blob.toString('base64').replace(/(.{70})(?=.)/g, '$1\n');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${b}\n-----END OPENSSH PRIVATE KEY-----`;
}

export function puttyPpk(r, comment) {
  const pk = r.bytes(32), sk = r.bytes(32);
  const pub = Buffer.concat([sstr('ssh-ed25519'), sstr(pk)]).toString('base64');
  const priv = sstr(sk).toString('base64');
  const lines = (s) => s.match(/.{1,64}/g);
  const pl = lines(pub), vl = lines(priv);
  return ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', `Comment: ${comment}`, `Public-Lines: ${pl.length}`, ...pl,
    `Private-Lines: ${vl.length}`, ...vl, `Private-MAC: ${r.hex(64)}`].join('\n');
}

// ---------- OpenPGP secret key (RSA, unprotected) ----------
const pgpMpi = (b) => { let i = 0; while (b[i] === 0) i++; b = b.subarray(i); const bits = (b.length - 1) * 8 + (32 - Math.clz32(b[0])); return Buffer.concat([Buffer.from([bits >> 8, bits & 0xff]), b]); };
function pgpPacket(tag, body) {
  let len;
  if (body.length < 192) len = Buffer.from([body.length]);
  else if (body.length < 8384) { const l = body.length - 192; len = Buffer.from([(l >> 8) + 192, l & 0xff]); }
  else len = Buffer.concat([Buffer.from([255]), u32(body.length)]);
  return Buffer.concat([Buffer.from([0xc0 | tag]), len, body]);
}
export function pgpPrivate(r, uid, created) {
  const bits = 2048;
  const pubPart = Buffer.concat([Buffer.from([4]), u32(created), Buffer.from([1]), pgpMpi(bigRand(r, bits, true)), pgpMpi(E65537)]);
  const secretMpis = Buffer.concat([pgpMpi(bigRand(r, bits - 1)), pgpMpi(bigRand(r, bits / 2, true)), pgpMpi(bigRand(r, bits / 2, true)), pgpMpi(bigRand(r, bits / 2 - 2))]);
  let sum = 0; for (const b of secretMpis) sum = (sum + b) & 0xffff;
  const key = pgpPacket(5, Buffer.concat([pubPart, Buffer.from([0]), secretMpis, Buffer.from([sum >> 8, sum & 0xff])]));
  const u = pgpPacket(13, Buffer.from(uid, 'utf8'));
  const all = Buffer.concat([key, u]);
  const c = crc24(all); const cb = Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  const body = all.toString('base64').replace(/(.{64})(?=.)/g, '$1\n');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body}\n=${cb}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

// ---------- parsing (validator side) ----------
export function derRead(buf, off = 0) {
  const tag = buf[off]; let len = buf[off + 1], hdr = 2;
  if (len === undefined) return null;
  if (len & 0x80) { const n = len & 0x7f; if (n < 1 || n > 4) return null; len = 0; for (let i = 0; i < n; i++) len = len * 256 + buf[off + 2 + i]; hdr = 2 + n; }
  if (off + hdr + len > buf.length) return null;
  return { tag, hdr, len, start: off + hdr, end: off + hdr + len };
}
export function derChildren(buf, node) {
  const out = []; let o = node.start;
  while (o < node.end) { const c = derRead(buf, o); if (!c || c.end > node.end) return null; out.push(c); o = c.end; }
  return out;
}
export function pemParse(text) {
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)\n-----END \1-----$/.exec(text);
  if (!m) return null;
  return { label: m[1], body: m[2] };
}
export function sshReadString(buf, o) { if (o + 4 > buf.length) return null; const n = buf.readUInt32BE(o); if (o + 4 + n > buf.length) return null; return { v: buf.subarray(o + 4, o + 4 + n), next: o + 4 + n }; }
export { sha256 };
