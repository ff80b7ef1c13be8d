// Deterministic key material with real structure: RSA (real primes, BigInt), EC (P-256/P-384 via
// ECDH with seeded scalars), Ed25519 (seeded), PKCS#1 / SEC1 / PKCS#8 DER, OpenSSH openssh-key-v1,
// OpenPGP transferable secret key (EdDSA, self-signed), X.509 certificates (Ed25519, self-signed).
import crypto from 'node:crypto';
import { crc24 } from './checks.mjs';

// ---------- DER ----------
const dlen = (n) => { if (n < 128) return Buffer.from([n]); const b = []; while (n > 0) { b.unshift(n & 0xff); n >>= 8; } return Buffer.from([0x80 | b.length, ...b]); };
export const tlv = (tag, content) => Buffer.concat([Buffer.from([tag]), dlen(content.length), content]);
export const seq = (...xs) => tlv(0x30, Buffer.concat(xs));
export const set = (...xs) => tlv(0x31, Buffer.concat(xs));
export const octets = (b) => tlv(0x04, b);
export const bitstr = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const nul = () => Buffer.from([0x05, 0x00]);
export const ctx = (n, content, constructed = true) => tlv((constructed ? 0xa0 : 0x80) | n, content);
export function bigToBuf(x) { let h = x.toString(16); if (h.length % 2) h = '0' + h; return Buffer.from(h, 'hex'); }
export function derInt(x) { let b = typeof x === 'bigint' ? bigToBuf(x) : Buffer.from([x]); if (b.length === 0) b = Buffer.from([0]); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return tlv(0x02, b); }
export function oid(s) {
  const p = s.split('.').map(Number); const out = [40 * p[0] + p[1]];
  for (const v of p.slice(2)) { const st = []; let x = v; st.unshift(x & 0x7f); x = Math.floor(x / 128); while (x > 0) { st.unshift(0x80 | (x & 0x7f)); x = Math.floor(x / 128); } out.push(...st); }
  return tlv(0x06, Buffer.from(out));
}
const utf8s = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const prints = (s) => tlv(0x13, Buffer.from(s, 'ascii'));
const utct = (s) => tlv(0x17, Buffer.from(s, 'ascii'));

export function pem(label, der, width = 64) {
  const b = der.toString('base64'); const lines = [];
  for (let i = 0; i < b.length; i += width) lines.push(b.slice(i, i + width));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---------- RSA ----------
const SMALL = (() => { const ps = []; for (let n = 3; ps.length < 300; n += 2) { if (ps.every((p) => n % p)) ps.push(n); } return ps.map(BigInt); })();
export function modPow(b, e, m) { let r = 1n; b %= m; while (e > 0n) { if (e & 1n) r = (r * b) % m; e >>= 1n; b = (b * b) % m; } return r; }
export function modInv(a, m) { let [o, r] = [a % m, m]; let [s0, s1] = [1n, 0n]; while (r !== 0n) { const q = o / r; [o, r] = [r, o - q * r]; [s0, s1] = [s1, s0 - q * s1]; } if (o !== 1n) throw new Error('no inverse'); return ((s0 % m) + m) % m; }
const gcd = (a, b) => { while (b) [a, b] = [b, a % b]; return a; };
function isPrime(n, rng) {
  for (const p of SMALL) { if (n === p) return true; if (n % p === 0n) return false; }
  let d = n - 1n, s = 0; while ((d & 1n) === 0n) { d >>= 1n; s++; }
  for (let i = 0; i < 20; i++) {
    const a = 2n + (rng.bigBits(64) % (n - 4n)); let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue; let comp = true;
    for (let j = 1; j < s; j++) { x = (x * x) % n; if (x === n - 1n) { comp = false; break; } }
    if (comp) return false;
  }
  return true;
}
function genPrime(rng, bits, e) {
  for (;;) { let x = rng.bigBits(bits) | 1n | (1n << BigInt(bits - 2)); if (isPrime(x, rng) && gcd(x - 1n, e) === 1n) return x; }
}
export function rsaKey(rng, bits = 2048) {
  const e = 65537n; let p, q;
  do { p = genPrime(rng, bits / 2, e); q = genPrime(rng, bits / 2, e); } while (p === q);
  if (p < q) [p, q] = [q, p];
  const n = p * q; const phi = (p - 1n) * (q - 1n); const d = modInv(e, phi);
  return { n, e, d, p, q, dp: d % (p - 1n), dq: d % (q - 1n), qi: modInv(q, p), bits };
}
export const rsaPkcs1Der = (k) => seq(derInt(0), derInt(k.n), derInt(k.e), derInt(k.d), derInt(k.p), derInt(k.q), derInt(k.dp), derInt(k.dq), derInt(k.qi));
const RSA_ALG = () => seq(oid('1.2.840.113549.1.1.1'), nul());
export const rsaPkcs8Der = (k) => seq(derInt(0), RSA_ALG(), octets(rsaPkcs1Der(k)));
export const rsaSpkiDer = (k) => seq(RSA_ALG(), bitstr(seq(derInt(k.n), derInt(k.e))));

// ---------- EC ----------
const CURVES = { p256: { node: 'prime256v1', oid: '1.2.840.10045.3.1.7', size: 32, ssh: 'nistp256' }, p384: { node: 'secp384r1', oid: '1.3.132.0.34', size: 48, ssh: 'nistp384' } };
export function ecKey(rng, curve = 'p256') {
  const c = CURVES[curve]; const ecdh = crypto.createECDH(c.node);
  const priv = rng.bytes(c.size); priv[0] = (priv[0] & 0x7f) | 0x01; ecdh.setPrivateKey(priv);
  return { curve, c, priv, pub: ecdh.getPublicKey() };
}
export const ecSec1Der = (k) => seq(derInt(1), octets(k.priv), ctx(0, oid(k.c.oid)), ctx(1, bitstr(k.pub)));
export const ecPkcs8Der = (k) => seq(derInt(0), seq(oid('1.2.840.10045.2.1'), oid(k.c.oid)), octets(seq(derInt(1), octets(k.priv), ctx(1, bitstr(k.pub)))));

// ---------- Ed25519 ----------
export function edKey(rng) {
  const seed = rng.bytes(32);
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const keyObj = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const pub = Buffer.from(crypto.createPublicKey(keyObj).export({ format: 'jwk' }).x, 'base64url');
  return { seed, pub, der, keyObj };
}
export const edSpkiDer = (k) => seq(seq(oid('1.3.101.112')), bitstr(k.pub));

// ---------- OpenSSH ----------
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sshStr = (b) => { b = Buffer.isBuffer(b) ? b : Buffer.from(b); return Buffer.concat([u32(b.length), b]); };
const sshMpint = (x) => { let b = bigToBuf(x); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return sshStr(b); };
export function sshPublicBlob(kind, k) {
  if (kind === 'ed25519') return Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub)]);
  if (kind === 'rsa') return Buffer.concat([sshStr('ssh-rsa'), sshMpint(k.e), sshMpint(k.n)]);
  return Buffer.concat([sshStr('ecdsa-sha2-' + k.c.ssh), sshStr(k.c.ssh), sshStr(k.pub)]);
}
export const sshTypeName = (kind, k) => (kind === 'ed25519' ? 'ssh-ed25519' : kind === 'rsa' ? 'ssh-rsa' : 'ecdsa-sha2-' + k.c.ssh);
export function opensshPrivate(rng, kind, k, comment) {
  const pubBlob = sshPublicBlob(kind, k); const check = rng.bytes(4);
  let priv;
  if (kind === 'ed25519') priv = Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub), sshStr(Buffer.concat([k.seed, k.pub]))]);
  else if (kind === 'rsa') priv = Buffer.concat([sshStr('ssh-rsa'), sshMpint(k.n), sshMpint(k.e), sshMpint(k.d), sshMpint(k.qi), sshMpint(k.p), sshMpint(k.q)]);
  else priv = Buffer.concat([sshStr('ecdsa-sha2-' + k.c.ssh), sshStr(k.c.ssh), sshStr(k.pub), sshMpint(BigInt('0x' + k.priv.toString('hex')))]);
  let sec = Buffer.concat([check, check, priv, sshStr(comment)]);
  const pad = []; for (let i = 1; (sec.length + pad.length) % 8; i++) pad.push(i);
  sec = Buffer.concat([sec, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'binary'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pubBlob), sshStr(sec)]);
  return pem('OPENSSH PRIVATE KEY', body, 70);
}
export const sshPublicLine = (kind, k) => sshTypeName(kind, k) + ' ' + sshPublicBlob(kind, k).toString('base64');
export const sshFingerprint = (kind, k) => 'SHA256:' + crypto.createHash('sha256').update(sshPublicBlob(kind, k)).digest('base64').replace(/=+$/, '');

// ---------- OpenPGP (EdDSA legacy, v4) ----------
const mpi = (b) => { let i = 0; while (i < b.length - 1 && b[i] === 0) i++; b = b.subarray(i); const bits = (b.length - 1) * 8 + (32 - Math.clz32(b[0])); const h = Buffer.alloc(2); h.writeUInt16BE(bits); return Buffer.concat([h, b]); };
const pkt = (tag, body) => { let hdr; const n = body.length; if (n < 192) hdr = Buffer.from([0xc0 | tag, n]); else if (n < 8384) { const m = n - 192; hdr = Buffer.from([0xc0 | tag, (m >> 8) + 192, m & 0xff]); } else throw new Error('big'); return Buffer.concat([hdr, body]); };
export function pgpSecretKey(rng, k, uid, created) {
  const edOid = Buffer.from('2b06010401da470f01', 'hex');
  const pubPart = Buffer.concat([Buffer.from([4]), u32(created), Buffer.from([22, edOid.length]), edOid, mpi(Buffer.concat([Buffer.from([0x40]), k.pub]))]);
  const secMpi = mpi(k.seed); let sum = 0; for (const b of secMpi) sum = (sum + b) & 0xffff;
  const cks = Buffer.alloc(2); cks.writeUInt16BE(sum);
  const secBody = Buffer.concat([pubPart, Buffer.from([0]), secMpi, cks]);
  const uidB = Buffer.from(uid, 'utf8');
  const hashed = Buffer.concat([Buffer.from([5, 2]), u32(created), Buffer.from([2, 27, 0x03])]);
  const sigHead = Buffer.concat([Buffer.from([4, 0x13, 22, 10]), Buffer.from([hashed.length >> 8, hashed.length & 0xff]), hashed]);
  const h = crypto.createHash('sha512');
  const pl = Buffer.alloc(2); pl.writeUInt16BE(pubPart.length);
  h.update(Buffer.from([0x99])); h.update(pl); h.update(pubPart);
  h.update(Buffer.from([0xb4])); h.update(u32(uidB.length)); h.update(uidB);
  h.update(sigHead); h.update(Buffer.from([4, 0xff])); h.update(u32(sigHead.length));
  const digest = h.digest();
  const sig = crypto.sign(null, digest, k.keyObj);
  const fpr = crypto.createHash('sha1').update(Buffer.concat([Buffer.from([0x99]), pl, pubPart])).digest();
  const unhashed = Buffer.concat([Buffer.from([9, 16]), fpr.subarray(12)]);
  const sigBody = Buffer.concat([sigHead, Buffer.from([0, unhashed.length]), unhashed, digest.subarray(0, 2), mpi(sig.subarray(0, 32)), mpi(sig.subarray(32))]);
  const all = Buffer.concat([pkt(5, secBody), pkt(13, uidB), pkt(2, sigBody)]);
  const b64 = all.toString('base64'); const lines = []; for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  const c = crc24(all); const crc = Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  return { armored: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines.join('\n')}\n=${crc}\n-----END PGP PRIVATE KEY BLOCK-----`, fingerprint: fpr.toString('hex').toUpperCase() };
}

// ---------- X.509 (Ed25519 self-signed) ----------
const name = (cn, o, c) => seq(set(seq(oid('2.5.4.6'), prints(c))), set(seq(oid('2.5.4.10'), utf8s(o))), set(seq(oid('2.5.4.3'), utf8s(cn))));
export function x509Cert(rng, k, cn, org, country, from, to) {
  const alg = seq(oid('1.3.101.112'));
  const serial = BigInt('0x' + rng.hex(30)) | (1n << 100n);
  const san = seq(oid('2.5.29.17'), octets(seq(tlv(0x82, Buffer.from(cn, 'ascii')))));
  const tbs = seq(ctx(0, derInt(2)), derInt(serial), alg, name(cn, org, country), seq(utct(from), utct(to)), name(cn, org, country), edSpkiDer(k), ctx(3, seq(san)));
  const sig = crypto.sign(null, tbs, k.keyObj);
  return pem('CERTIFICATE', seq(tbs, alg, bitstr(sig)));
}
