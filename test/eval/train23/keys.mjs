// Key material with real structure, derived only from the seeded PRNG:
// RSA (BigInt prime search), EC P-256/P-384 and Ed25519 (public halves derived
// with node:crypto from seeded private scalars), OpenSSH v1 containers, PKCS#8,
// encrypted PKCS#8 (PBES2), OpenPGP transferable secret keys, X.509 certificates.
import crypto from 'node:crypto';
import { crc24 } from './checksums.mjs';

// ---------------- DER ----------------
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = []; while (n > 0) { bytes.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
export function tlv(tag, content) { return Buffer.concat([Buffer.from([tag]), derLen(content.length), content]); }
export function bigToBuf(x) { let h = x.toString(16); if (h.length % 2) h = '0' + h; return Buffer.from(h, 'hex'); }
export function derInt(x) {
  let b = typeof x === 'bigint' ? bigToBuf(x) : Buffer.isBuffer(x) ? x : bigToBuf(BigInt(x));
  let i = 0; while (i < b.length - 1 && b[i] === 0 && !(b[i + 1] & 0x80)) i++;
  b = b.subarray(i);
  if (b.length === 0) b = Buffer.from([0]);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
export const seq = (...xs) => tlv(0x30, Buffer.concat(xs));
export const set = (...xs) => tlv(0x31, Buffer.concat(xs));
export const octet = (b) => tlv(0x04, b);
export const bitstr = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const nul = () => Buffer.from([0x05, 0x00]);
export const ctx = (n, b) => tlv(0xa0 + n, b);
export function oid(s) {
  const p = s.split('.').map(Number); const out = [40 * p[0] + p[1]];
  for (const v of p.slice(2)) {
    const st = [v & 0x7f]; let x = v >>> 7;
    while (x > 0) { st.unshift(0x80 | (x & 0x7f)); x >>>= 7; }
    out.push(...st);
  }
  return tlv(0x06, Buffer.from(out));
}
const utf8str = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const printable = (s) => tlv(0x13, Buffer.from(s, 'ascii'));
const utctime = (s) => tlv(0x17, Buffer.from(s, 'ascii'));

// ---------------- PEM ----------------
export function pem(label, der, width = 64) {
  const b = der.toString('base64');
  const lines = []; for (let i = 0; i < b.length; i += width) lines.push(b.slice(i, i + width));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---------------- BigInt math ----------------
export function modPow(b, e, m) {
  let r = 1n; b %= m;
  while (e > 0n) { if (e & 1n) r = (r * b) % m; e >>= 1n; b = (b * b) % m; }
  return r;
}
function egcd(a, b) { let [x0, x1, y0, y1] = [1n, 0n, 0n, 1n]; while (b) { const q = a / b; [a, b] = [b, a % b]; [x0, x1] = [x1, x0 - q * x1]; [y0, y1] = [y1, y0 - q * y1]; } return [a, x0, y0]; }
export function modInv(a, m) { const [g, x] = egcd(((a % m) + m) % m, m); if (g !== 1n) throw new Error('no inverse'); return ((x % m) + m) % m; }
const SMALL_PRIMES = (() => { const out = []; for (let n = 3; out.length < 300; n += 2) { let ok = true; for (const p of out) { if (p * p > n) break; if (n % p === 0) { ok = false; break; } } if (ok) out.push(n); } return out.map(BigInt); })();
function isProbablePrime(n, r) {
  for (const p of SMALL_PRIMES) { if (n === p) return true; if (n % p === 0n) return false; }
  let d = n - 1n, s = 0; while (!(d & 1n)) { d >>= 1n; s++; }
  const bits = n.toString(2).length;
  for (let k = 0; k < 12; k++) {
    const a = 2n + (r.bigBits(bits - 2) % (n - 4n));
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let comp = true;
    for (let i = 1; i < s; i++) { x = (x * x) % n; if (x === n - 1n) { comp = false; break; } }
    if (comp) return false;
  }
  return true;
}
function randomPrime(r, bits) {
  for (;;) {
    let x = r.bigBits(bits) | (3n << BigInt(bits - 2)) | 1n;
    if (isProbablePrime(x, r)) return x;
  }
}
export function rsaKey(r, bits) {
  const e = 65537n;
  for (;;) {
    const p = randomPrime(r, bits / 2), q = randomPrime(r, bits / 2);
    if (p === q) continue;
    const n = p * q; if (n.toString(2).length !== bits) continue;
    const phi = (p - 1n) * (q - 1n);
    if (egcd(e, phi)[0] !== 1n) continue;
    const [P, Q] = p > q ? [p, q] : [q, p];
    const d = modInv(e, phi);
    return { n, e, d, p: P, q: Q, dp: d % (P - 1n), dq: d % (Q - 1n), qi: modInv(Q, P), bits };
  }
}
export function rsaPkcs1Der(k) { return seq(derInt(0n), derInt(k.n), derInt(k.e), derInt(k.d), derInt(k.p), derInt(k.q), derInt(k.dp), derInt(k.dq), derInt(k.qi)); }
export function rsaPkcs8Der(k) { return seq(derInt(0n), seq(oid('1.2.840.113549.1.1.1'), nul()), octet(rsaPkcs1Der(k))); }
export function rsaSpkiDer(k) { return seq(seq(oid('1.2.840.113549.1.1.1'), nul()), bitstr(seq(derInt(k.n), derInt(k.e)))); }
export function rsaPubPkcs1Der(k) { return seq(derInt(k.n), derInt(k.e)); }

// ---------------- EC / Ed25519 ----------------
const CURVES = {
  p256: { node: 'prime256v1', oid: '1.2.840.10045.3.1.7', len: 32, ssh: 'nistp256' },
  p384: { node: 'secp384r1', oid: '1.3.132.0.34', len: 48, ssh: 'nistp384' },
};
export function ecKey(r, curve = 'p256') {
  const c = CURVES[curve]; const d = r.bytes(c.len); d[0] = 1 + (d[0] % 0xfe);
  const ecdh = crypto.createECDH(c.node); ecdh.setPrivateKey(d);
  return { curve, d, pub: ecdh.getPublicKey() };
}
export function ecSec1Der(k) { const c = CURVES[k.curve]; return seq(derInt(1n), octet(k.d), ctx(0, oid(c.oid)), ctx(1, bitstr(k.pub))); }
export function ecSec1DerNoParams(k) { return seq(derInt(1n), octet(k.d), ctx(1, bitstr(k.pub))); }
export function ecPkcs8Der(k) { const c = CURVES[k.curve]; return seq(derInt(0n), seq(oid('1.2.840.10045.2.1'), oid(c.oid)), octet(ecSec1DerNoParams(k))); }
export function ecSpkiDer(k) { const c = CURVES[k.curve]; return seq(seq(oid('1.2.840.10045.2.1'), oid(c.oid)), bitstr(k.pub)); }

const ED_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
export function edKey(r) {
  const seed = r.bytes(32);
  const der = Buffer.concat([ED_PKCS8_PREFIX, seed]);
  const keyObj = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const spki = crypto.createPublicKey(keyObj).export({ format: 'der', type: 'spki' });
  return { seed, pub: spki.subarray(spki.length - 32), pkcs8: der, spki, keyObj };
}

// ---------------- encrypted PKCS#8 (PBES2 / PBKDF2-SHA256 / AES-256-CBC) ----------------
export function encryptedPkcs8Der(r, innerDer, passphrase) {
  const salt = r.bytes(16), iv = r.bytes(16), iter = r.pick([2048, 10000, 100000]);
  const key = crypto.pbkdf2Sync(passphrase, salt, iter, 32, 'sha256');
  const ci = crypto.createCipheriv('aes-256-cbc', key, iv);
  const enc = Buffer.concat([ci.update(innerDer), ci.final()]);
  const params = seq(
    seq(oid('1.2.840.113549.1.5.12'), seq(octet(salt), derInt(BigInt(iter)), seq(oid('1.2.840.113549.2.9'), nul()))),
    seq(oid('2.16.840.1.101.3.4.1.42'), octet(iv)),
  );
  return seq(seq(oid('1.2.840.113549.1.5.13'), params), octet(enc));
}

// ---------------- SSH wire format ----------------
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sshStr = (b) => { b = typeof b === 'string' ? Buffer.from(b) : b; return Buffer.concat([u32(b.length), b]); };
const mpint = (x) => { let b = bigToBuf(x); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return sshStr(b); };

export function sshPublicBlob(kind, k) {
  if (kind === 'ed25519') return Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub)]);
  if (kind === 'rsa') return Buffer.concat([sshStr('ssh-rsa'), mpint(k.e), mpint(k.n)]);
  const c = CURVES[k.curve];
  return Buffer.concat([sshStr('ecdsa-sha2-' + c.ssh), sshStr(c.ssh), sshStr(k.pub)]);
}
export function sshPublicLine(kind, k, comment) {
  const t = kind === 'ed25519' ? 'ssh-ed25519' : kind === 'rsa' ? 'ssh-rsa' : 'ecdsa-sha2-' + CURVES[k.curve].ssh;
  return `${t} ${sshPublicBlob(kind, k).toString('base64')}${comment ? ' ' + comment : ''}`;
}
export function opensshPrivate(r, kind, k, comment) {
  const pubBlob = sshPublicBlob(kind, k);
  const check = r.u32();
  let priv;
  if (kind === 'ed25519') priv = Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub), sshStr(Buffer.concat([k.seed, k.pub]))]);
  else if (kind === 'rsa') priv = Buffer.concat([sshStr('ssh-rsa'), mpint(k.n), mpint(k.e), mpint(k.d), mpint(k.qi), mpint(k.p), mpint(k.q)]);
  else { const c = CURVES[k.curve]; priv = Buffer.concat([sshStr('ecdsa-sha2-' + c.ssh), sshStr(c.ssh), sshStr(k.pub), mpint(BigInt('0x' + k.d.toString('hex')))]); }
  let sect = Buffer.concat([u32(check), u32(check), priv, sshStr(comment)]);
  const pad = []; for (let i = 1; (sect.length + pad.length) % 8 !== 0; i++) pad.push(i);
  sect = Buffer.concat([sect, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pubBlob), sshStr(sect)]);
  return pem('OPENSSH PRIVATE KEY', body, 70);
}

// ---------------- OpenPGP (v4, EdDSA legacy) ----------------
function pgpPacket(tag, body) {
  const len = body.length;
  let hdr;
  if (len < 192) hdr = Buffer.from([0xc0 | tag, len]);
  else if (len < 8384) { const l = len - 192; hdr = Buffer.from([0xc0 | tag, (l >> 8) + 192, l & 0xff]); }
  else hdr = Buffer.concat([Buffer.from([0xc0 | tag, 0xff]), u32(len)]);
  return Buffer.concat([hdr, body]);
}
function pgpMpi(buf) {
  let i = 0; while (i < buf.length && buf[i] === 0) i++; buf = buf.subarray(i);
  const bits = buf.length ? (buf.length - 1) * 8 + (32 - Math.clz32(buf[0])) : 0;
  const h = Buffer.alloc(2); h.writeUInt16BE(bits); return Buffer.concat([h, buf]);
}
const ED_OID = Buffer.from('092b06010401da470f01', 'hex'); // length-prefixed OID of Ed25519 (legacy)
export function pgpKeyBlock(r, uid, secret, created) {
  const k = edKey(r);
  const pubBody = Buffer.concat([Buffer.from([4]), u32(created), Buffer.from([22]), ED_OID, pgpMpi(Buffer.concat([Buffer.from([0x40]), k.pub]))]);
  const fpr = crypto.createHash('sha1').update(Buffer.concat([Buffer.from([0x99, pubBody.length >> 8, pubBody.length & 0xff]), pubBody])).digest();
  const keyId = fpr.subarray(12);
  const uidBuf = Buffer.from(uid, 'utf8');
  const sub = (type, data) => Buffer.concat([Buffer.from([data.length + 1, type]), data]);
  const hashed = Buffer.concat([sub(33, Buffer.concat([Buffer.from([4]), fpr])), sub(2, u32(created)), sub(27, Buffer.from([0x03])), sub(11, Buffer.from([9, 8, 7])), sub(21, Buffer.from([10, 8])), sub(22, Buffer.from([2, 0]))]);
  const hashedLen = Buffer.alloc(2); hashedLen.writeUInt16BE(hashed.length);
  const sigHead = Buffer.concat([Buffer.from([4, 0x13, 22, 8]), hashedLen, hashed]);
  const trailer = Buffer.concat([Buffer.from([4, 0xff]), u32(sigHead.length)]);
  const digest = crypto.createHash('sha256').update(Buffer.concat([
    Buffer.from([0x99, pubBody.length >> 8, pubBody.length & 0xff]), pubBody,
    Buffer.from([0xb4]), u32(uidBuf.length), uidBuf, sigHead, trailer])).digest();
  const sig = crypto.sign(null, digest, k.keyObj);
  const unhashed = sub(16, keyId);
  const unLen = Buffer.alloc(2); unLen.writeUInt16BE(unhashed.length);
  const sigBody = Buffer.concat([sigHead, unLen, unhashed, digest.subarray(0, 2), pgpMpi(sig.subarray(0, 32)), pgpMpi(sig.subarray(32))]);
  let keyPkt;
  if (secret) {
    const smpi = pgpMpi(k.seed); let sum = 0; for (const b of smpi) sum = (sum + b) & 0xffff;
    const cs = Buffer.alloc(2); cs.writeUInt16BE(sum);
    keyPkt = pgpPacket(5, Buffer.concat([pubBody, Buffer.from([0]), smpi, cs]));
  } else keyPkt = pgpPacket(6, pubBody);
  const data = Buffer.concat([keyPkt, pgpPacket(13, uidBuf), pgpPacket(2, sigBody)]);
  const b64 = data.toString('base64'); const lines = []; for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  const c = crc24(data); const crc = Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  const label = secret ? 'PGP PRIVATE KEY BLOCK' : 'PGP PUBLIC KEY BLOCK';
  return `-----BEGIN ${label}-----\n\n${lines.join('\n')}\n=${crc}\n-----END ${label}-----`;
}

// ---------------- X.509 (Ed25519-signed, deterministic) ----------------
function name(cn, o, c) {
  const parts = [set(seq(oid('2.5.4.6'), printable(c))), set(seq(oid('2.5.4.10'), utf8str(o))), set(seq(oid('2.5.4.3'), utf8str(cn)))];
  return seq(...parts);
}
export function certificate(r, { cn, o, c, issuerCn, notBefore, notAfter, dns }) {
  const subj = edKey(r), issuer = edKey(r);
  const serial = r.bytes(16); serial[0] &= 0x7f; serial[0] |= 0x10;
  const algo = seq(oid('1.3.101.112'));
  const san = seq(...dns.map((d) => tlv(0x82, Buffer.from(d))));
  const exts = ctx(3, seq(
    seq(oid('2.5.29.19'), tlv(0x01, Buffer.from([0xff])), octet(seq())),
    seq(oid('2.5.29.17'), octet(san)),
  ));
  const tbs = seq(ctx(0, derInt(2n)), derInt(serial), algo, name(issuerCn, o, c), seq(utctime(notBefore), utctime(notAfter)), name(cn, o, c), subj.spki, exts);
  const sig = crypto.sign(null, tbs, issuer.keyObj);
  return pem('CERTIFICATE', seq(tbs, algo, bitstr(sig)));
}
