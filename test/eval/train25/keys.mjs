// Key material with real structure, built deterministically from the seeded PRNG:
// RSA (real primes, PKCS#1 / PKCS#8), EC P-256 (SEC1 / PKCS#8), Ed25519 (PKCS#8 / OpenSSH),
// OpenPGP secret-key blocks with CRC24 armor, and X.509 certificates used as look-alikes.
import { createECDH, createPrivateKey, createPublicKey } from 'node:crypto';
import { crc24 } from './checksums.mjs';

// ---------- DER ----------
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  while (n > 0) { bytes.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
export const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
export const seq = (...items) => tlv(0x30, Buffer.concat(items));
export const set = (...items) => tlv(0x31, Buffer.concat(items));
export const octet = (b) => tlv(0x04, b);
export const bitstr = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const nul = () => Buffer.from([0x05, 0x00]);
export const ctx = (n, body, constructed = true) => tlv((constructed ? 0xa0 : 0x80) | n, body);
export function oid(s) {
  const p = s.split('.').map(Number);
  const out = [40 * p[0] + p[1]];
  for (const v of p.slice(2)) {
    const st = [];
    let x = v;
    do { st.unshift(x & 0x7f); x = Math.floor(x / 128); } while (x > 0);
    for (let i = 0; i < st.length - 1; i++) st[i] |= 0x80;
    out.push(...st);
  }
  return tlv(0x06, Buffer.from(out));
}
export function bigToBuf(n) {
  let h = n.toString(16); if (h.length % 2) h = '0' + h;
  return Buffer.from(h, 'hex');
}
export function int(n) {
  let b = typeof n === 'bigint' ? bigToBuf(n) : Buffer.isBuffer(n) ? n : bigToBuf(BigInt(n));
  if (b.length === 0) b = Buffer.from([0]);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
const utf8str = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const printable = (s) => tlv(0x13, Buffer.from(s, 'ascii'));
const utctime = (s) => tlv(0x17, Buffer.from(s, 'ascii'));

export function pem(label, der, width = 64) {
  const b = der.toString('base64');
  const lines = [];
  for (let i = 0; i < b.length; i += width) lines.push(b.slice(i, i + width));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---------- RSA with real primes ----------
function modPow(b, e, m) {
  let r = 1n; b %= m;
  while (e > 0n) { if (e & 1n) r = (r * b) % m; e >>= 1n; b = (b * b) % m; }
  return r;
}
function egcdInv(a, m) {
  let [oldR, r] = [a % m, m], [oldS, s] = [1n, 0n];
  while (r !== 0n) { const q = oldR / r; [oldR, r] = [r, oldR - q * r]; [oldS, s] = [s, oldS - q * s]; }
  if (oldR !== 1n) return null;
  return ((oldS % m) + m) % m;
}
const SMALL_PRIMES = (() => {
  const out = []; const lim = 2000; const sieve = new Uint8Array(lim);
  for (let i = 2; i < lim; i++) if (!sieve[i]) { out.push(BigInt(i)); for (let j = i * i; j < lim; j += i) sieve[j] = 1; }
  return out;
})();
function bigFromBytes(b) { return BigInt('0x' + b.toString('hex')); }
function isProbablePrime(n, rng, rounds = 12) {
  for (const p of SMALL_PRIMES) { if (n === p) return true; if (n % p === 0n) return false; }
  let d = n - 1n, s = 0;
  while ((d & 1n) === 0n) { d >>= 1n; s++; }
  const bytes = (n.toString(16).length + 1) >> 1;
  outer: for (let i = 0; i < rounds; i++) {
    const a = 2n + (bigFromBytes(rng.bytes(bytes)) % (n - 4n));
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let j = 1; j < s; j++) { x = (x * x) % n; if (x === n - 1n) continue outer; }
    return false;
  }
  return true;
}
function randPrime(rng, bits, e) {
  for (;;) {
    const b = rng.bytes(bits / 8);
    b[0] |= 0xc0; b[b.length - 1] |= 1;
    let n = bigFromBytes(b);
    for (let k = 0; k < 2000; k++, n += 2n) {
      if ((n - 1n) % e === 0n) continue;
      if (isProbablePrime(n, rng)) return n;
    }
  }
}
export function rsaKey(rng, bits = 2048) {
  const e = 65537n;
  for (;;) {
    const p = randPrime(rng, bits / 2, e), q = randPrime(rng, bits / 2, e);
    if (p === q) continue;
    const n = p * q;
    if (n.toString(2).length !== bits) continue;
    const phi = (p - 1n) * (q - 1n);
    const d = egcdInv(e, phi); if (!d) continue;
    const [P, Q] = p > q ? [p, q] : [q, p];
    return { n, e, d, p: P, q: Q, dp: d % (P - 1n), dq: d % (Q - 1n), qi: egcdInv(Q, P), bits };
  }
}
export const rsaPkcs1Der = (k) => seq(int(0), int(k.n), int(k.e), int(k.d), int(k.p), int(k.q), int(k.dp), int(k.dq), int(k.qi));
const RSA_ALG = () => seq(oid('1.2.840.113549.1.1.1'), nul());
export const rsaPkcs8Der = (k) => seq(int(0), RSA_ALG(), octet(rsaPkcs1Der(k)));
export const rsaSpkiDer = (k) => seq(RSA_ALG(), bitstr(seq(int(k.n), int(k.e))));

// ---------- EC P-256 ----------
const P256_N = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
export function ecKey(rng) {
  for (;;) {
    const priv = rng.bytes(32);
    const v = bigFromBytes(priv);
    if (v === 0n || v >= P256_N) continue;
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(priv);
    return { priv, pub: ecdh.getPublicKey() };
  }
}
const P256_OID = () => oid('1.2.840.10045.3.1.7');
export const ecSec1Der = (k, withParams = true) =>
  seq(int(1), octet(k.priv), ...(withParams ? [ctx(0, P256_OID())] : []), ctx(1, bitstr(k.pub)));
export const ecPkcs8Der = (k) => seq(int(0), seq(oid('1.2.840.10045.2.1'), P256_OID()), octet(ecSec1Der(k, false)));
export const ecSpkiDer = (k) => seq(seq(oid('1.2.840.10045.2.1'), P256_OID()), bitstr(k.pub));

// ---------- Ed25519 ----------
export function edKey(rng) {
  const seed = rng.bytes(32);
  const der = seq(int(0), seq(oid('1.3.101.112')), octet(octet(seed)));
  const pk = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(pk).export({ format: 'der', type: 'spki' });
  return { seed, pub: spki.subarray(spki.length - 32), pkcs8: der, spki };
}

// ---------- OpenSSH ----------
const sshStr = (b) => { if (typeof b === 'string') b = Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n >>> 0); return l; };
const sshMpint = (n) => { let b = bigToBuf(n); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return sshStr(b); };
export function sshEdPublicBlob(k) { return Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub)]); }
export function sshRsaPublicBlob(k) { return Buffer.concat([sshStr('ssh-rsa'), sshMpint(k.e), sshMpint(k.n)]); }
export function opensshEd25519(rng, k, comment) {
  const pubBlob = sshEdPublicBlob(k);
  const check = rng.u32();
  let priv = Buffer.concat([u32(check), u32(check), sshStr('ssh-ed25519'), sshStr(k.pub),
    sshStr(Buffer.concat([k.seed, k.pub])), sshStr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1),
    sshStr(pubBlob), sshStr(priv)]);
  return pem('OPENSSH PRIVATE KEY', body, 70);
}
export function opensshRsa(rng, k, comment) {
  const pubBlob = sshRsaPublicBlob(k);
  const check = rng.u32();
  let priv = Buffer.concat([u32(check), u32(check), sshStr('ssh-rsa'), sshMpint(k.n), sshMpint(k.e), sshMpint(k.d),
    sshMpint(k.qi), sshMpint(k.p), sshMpint(k.q), sshStr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1),
    sshStr(pubBlob), sshStr(priv)]);
  return pem('OPENSSH PRIVATE KEY', body, 70);
}
// parse an OpenSSH private key block; returns {keytype, privLen, nkeys} or throws
export function parseOpenssh(block) {
  const b64 = block.replace(/-----(BEGIN|END) OPENSSH PRIVATE KEY-----/g, '').replace(/\s+/g, '');
  const buf = Buffer.from(b64, 'base64');
  const magic = 'openssh-key-v1\0';
  if (buf.subarray(0, magic.length).toString('latin1') !== magic) throw new Error('magic');
  let o = magic.length;
  const rd = () => { const n = buf.readUInt32BE(o); o += 4; const v = buf.subarray(o, o + n); o += n; if (v.length !== n) throw new Error('trunc'); return v; };
  const cipher = rd().toString(); rd(); rd();
  const nkeys = buf.readUInt32BE(o); o += 4;
  const pubBlob = rd();
  const priv = rd();
  if (o !== buf.length) throw new Error('trailing');
  if (cipher !== 'none') return { keytype: 'encrypted', nkeys };
  let p = 0;
  const c1 = priv.readUInt32BE(0), c2 = priv.readUInt32BE(4); p = 8;
  if (c1 !== c2) throw new Error('checkint');
  const rdp = () => { const n = priv.readUInt32BE(p); p += 4; const v = priv.subarray(p, p + n); p += n; return v; };
  const kt = rdp().toString();
  if (kt === 'ssh-ed25519') {
    const pub = rdp(), sk = rdp();
    if (pub.length !== 32 || sk.length !== 64 || !sk.subarray(32).equals(pub)) throw new Error('ed25519 shape');
  } else if (kt === 'ssh-rsa') {
    for (let i = 0; i < 6; i++) rdp();
  } else throw new Error('keytype ' + kt);
  rdp(); // comment
  for (let i = 1; p < priv.length; i++, p++) if (priv[p] !== (i & 0xff)) throw new Error('padding');
  if (priv.length % 8) throw new Error('block');
  return { keytype: kt, nkeys, pubBlobLen: pubBlob.length };
}

// ---------- OpenPGP (v4 EdDSA secret key + user id, ASCII armored) ----------
function pgpPacket(tag, body) {
  // new-format packet header
  let len;
  if (body.length < 192) len = Buffer.from([body.length]);
  else if (body.length < 8384) { const l = body.length - 192; len = Buffer.from([(l >> 8) + 192, l & 0xff]); }
  else { len = Buffer.alloc(5); len[0] = 255; len.writeUInt32BE(body.length, 1); }
  return Buffer.concat([Buffer.from([0xc0 | tag]), len, body]);
}
function pgpMpi(buf) {
  let i = 0; while (i < buf.length - 1 && buf[i] === 0) i++;
  const b = buf.subarray(i);
  const bits = b.length * 8 - Math.clz32(b[0]) + 24;
  return Buffer.concat([Buffer.from([bits >> 8, bits & 0xff]), b]);
}
export function pgpSecretKey(rng, uid, created) {
  const seed = rng.bytes(32);
  const k = edKey({ bytes: () => seed });
  const curveOid = Buffer.from('2b06010401da470f01', 'hex');
  const pubPoint = Buffer.concat([Buffer.from([0x40]), k.pub]);
  const ts = Buffer.alloc(4); ts.writeUInt32BE(created >>> 0);
  const pubPart = Buffer.concat([Buffer.from([4]), ts, Buffer.from([22, curveOid.length]), curveOid, pgpMpi(pubPoint)]);
  const secMpi = pgpMpi(seed);
  let sum = 0; for (const b of secMpi) sum = (sum + b) & 0xffff;
  const body = Buffer.concat([pubPart, Buffer.from([0]), secMpi, Buffer.from([sum >> 8, sum & 0xff])]);
  const data = Buffer.concat([pgpPacket(5, body), pgpPacket(13, Buffer.from(uid, 'utf8'))]);
  const b64 = data.toString('base64');
  const lines = []; for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  const c = crc24(data);
  const crc = Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines.join('\n')}\n=${crc}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export function parsePgp(block) {
  const m = /-----BEGIN PGP PRIVATE KEY BLOCK-----\n(?:[^\n]+: [^\n]*\n)*\n([\s\S]+?)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----/.exec(block);
  if (!m) throw new Error('armor');
  const data = Buffer.from(m[1].replace(/\s+/g, ''), 'base64');
  const c = crc24(data);
  if (Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString('base64') !== m[2]) throw new Error('crc24');
  if ((data[0] & 0x3f) !== 5 || !(data[0] & 0x40)) throw new Error('first packet is not a secret key');
  return true;
}

// ---------- X.509 certificate (look-alike) ----------
function name(cn, o, c) {
  const rdn = (o_, v) => set(seq(oid(o_), v));
  return seq(rdn('2.5.4.6', printable(c)), rdn('2.5.4.10', utf8str(o)), rdn('2.5.4.3', utf8str(cn)));
}
export function x509Cert(rng, { cn, org, country, notBefore, notAfter }) {
  const k = ecKey(rng);
  const alg = seq(oid('1.2.840.10045.4.3.2'));
  const serial = rng.bytes(16); serial[0] &= 0x7f; serial[0] |= 0x10;
  const tbs = seq(ctx(0, int(2)), int(serial), alg, name(org + ' Internal CA', org, country),
    seq(utctime(notBefore), utctime(notAfter)), name(cn, org, country), ecSpkiDer(k));
  const r = rng.bytes(32); r[0] &= 0x7f; r[0] |= 0x01;
  const s = rng.bytes(32); s[0] &= 0x7f; s[0] |= 0x01;
  const sig = seq(int(r), int(s));
  return pem('CERTIFICATE', seq(tbs, alg, bitstr(sig)));
}
