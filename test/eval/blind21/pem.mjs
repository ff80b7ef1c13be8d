// DER / OpenSSH / OpenPGP structures for private keys (secrets) and certificates/public keys (look-alikes).
// RSA keys are real (primes found with Miller-Rabin from the seeded PRNG); EC and Ed25519 public halves
// are derived with node:crypto from seeded private scalars, so output stays deterministic.
import { createECDH, createPrivateKey, createPublicKey } from 'node:crypto';
import { crc24 } from './checksums.mjs';

// ---------- DER encoding
export function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const b = []; while (n > 0) { b.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | b.length, ...b]);
}
export const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
export function bigToBuf(x) { let h = x.toString(16); if (h.length % 2) h = '0' + h; return Buffer.from(h, 'hex'); }
export function derInt(x) {
  if (typeof x === 'number') x = BigInt(x);
  let b = x === 0n ? Buffer.from([0]) : bigToBuf(x);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
export const derSeq = (...items) => tlv(0x30, Buffer.concat(items));
export const derSet = (...items) => tlv(0x31, Buffer.concat(items));
export const derNull = () => Buffer.from([0x05, 0x00]);
export const derOctet = (b) => tlv(0x04, b);
export const derBits = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const derCtx = (n, body) => tlv(0xa0 | n, body);
export const derUtf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
export const derPrintable = (s) => tlv(0x13, Buffer.from(s, 'ascii'));
export const derUtcTime = (s) => tlv(0x17, Buffer.from(s, 'ascii'));
export function derOid(str) {
  const p = str.split('.').map(Number); const out = [40 * p[0] + p[1]];
  for (const v of p.slice(2)) { const st = []; let x = v; st.unshift(x & 0x7f); x >>= 7; while (x > 0) { st.unshift(0x80 | (x & 0x7f)); x >>= 7; } out.push(...st); }
  return tlv(0x06, Buffer.from(out));
}
// minimal DER reader: returns {tag, len, hdr, body, end}
export function derRead(buf, off = 0) {
  if (off + 2 > buf.length) throw new Error('short');
  const tag = buf[off]; let len = buf[off + 1]; let hdr = 2;
  if (len & 0x80) { const n = len & 0x7f; if (n < 1 || n > 3) throw new Error('len'); len = 0; for (let i = 0; i < n; i++) len = (len << 8) | buf[off + 2 + i]; hdr += n; }
  const end = off + hdr + len; if (end > buf.length) throw new Error('overrun');
  return { tag, len, hdr, body: buf.subarray(off + hdr, end), end };
}
export function derChildren(body) { const out = []; let o = 0; while (o < body.length) { const e = derRead(body, o); out.push(e); o = e.end; } return out; }
export const derBig = (e) => BigInt('0x' + (e.body.toString('hex') || '0'));

// ---------- PEM armor
export function pemWrap(label, der, width = 64) {
  const b = der.toString('base64'); const lines = [];
  for (let i = 0; i < b.length; i += width) lines.push(b.slice(i, i + width));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}
export function pemUnwrap(text) {
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)\n?-----END \1-----$/.exec(text);
  if (!m) return null;
  const lines = m[2].split('\n').filter((l) => !/^[A-Za-z-]+: /.test(l));
  const body = lines.join('').replace(/\s/g, '');
  return { label: m[1], b64: body, der: Buffer.from(body, 'base64') };
}

// ---------- RSA
const SMALL_PRIMES = (() => { const ps = []; for (let n = 3; ps.length < 300; n += 2) if (ps.every((p) => n % p)) ps.push(n); return ps.map(BigInt); })();
export function modPow(b, e, m) { let r = 1n; b %= m; while (e > 0n) { if (e & 1n) r = (r * b) % m; e >>= 1n; b = (b * b) % m; } return r; }
export function modInv(a, m) { let [o, r] = [a % m, m]; let [x0, x1] = [1n, 0n]; while (r) { const q = o / r; [o, r] = [r, o - q * r]; [x0, x1] = [x1, x0 - q * x1]; } if (o !== 1n) throw new Error('noinv'); return ((x0 % m) + m) % m; }
function isProbablePrime(n, rng) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return n === p;
  let d = n - 1n, s = 0; while (!(d & 1n)) { d >>= 1n; s++; }
  for (let k = 0; k < 6; k++) {
    const a = 2n + (rng.bigBits(64) % (n - 4n));
    let x = modPow(a, d, n); if (x === 1n || x === n - 1n) continue;
    let ok = false; for (let i = 1; i < s; i++) { x = (x * x) % n; if (x === n - 1n) { ok = true; break; } }
    if (!ok) return false;
  }
  return true;
}
function genPrime(rng, bits, e) {
  for (;;) {
    let c = rng.bigBits(bits) | (3n << BigInt(bits - 2)) | 1n;
    for (let step = 0; step < 4000; step += 2) {
      const n = c + BigInt(step);
      if ((n - 1n) % e === 0n) continue;
      if (isProbablePrime(n, rng)) return n;
    }
  }
}
export function rsaKey(rng, bits = 2048) {
  const e = 65537n;
  for (;;) {
    const p = genPrime(rng, bits / 2, e), q = genPrime(rng, bits / 2, e);
    if (p === q) continue;
    const n = p * q; if (n.toString(2).length !== bits) continue;
    const phi = (p - 1n) * (q - 1n);
    const d = modInv(e, phi);
    const [P, Q] = p > q ? [p, q] : [q, p];
    return { n, e, d, p: P, q: Q, dp: d % (P - 1n), dq: d % (Q - 1n), qi: modInv(Q, P), bits };
  }
}
export const rsaPkcs1Der = (k) => derSeq(derInt(0), derInt(k.n), derInt(k.e), derInt(k.d), derInt(k.p), derInt(k.q), derInt(k.dp), derInt(k.dq), derInt(k.qi));
const OID_RSA = '1.2.840.113549.1.1.1', OID_EC = '1.2.840.10045.2.1', OID_P256 = '1.2.840.10045.3.1.7', OID_P384 = '1.3.132.0.34', OID_ED = '1.3.101.112';
export const rsaPkcs8Der = (k) => derSeq(derInt(0), derSeq(derOid(OID_RSA), derNull()), derOctet(rsaPkcs1Der(k)));
export const rsaSpkiDer = (n, e) => derSeq(derSeq(derOid(OID_RSA), derNull()), derBits(derSeq(derInt(n), derInt(e))));

// ---------- EC (SEC1) and Ed25519 (PKCS#8)
export function ecKey(rng, curve = 'prime256v1') {
  const size = curve === 'prime256v1' ? 32 : 48;
  for (;;) {
    const priv = rng.bytes(size); if (priv[0] === 0 || priv[0] === 0xff) continue;
    const ecdh = createECDH(curve); ecdh.setPrivateKey(priv);
    return { curve, priv, pub: ecdh.getPublicKey() };
  }
}
export const ecSec1Der = (k) => derSeq(derInt(1), derOctet(k.priv), derCtx(0, derOid(k.curve === 'prime256v1' ? OID_P256 : OID_P384)), derCtx(1, derBits(k.pub)));
export const ecPkcs8Der = (k) => derSeq(derInt(0), derSeq(derOid(OID_EC), derOid(k.curve === 'prime256v1' ? OID_P256 : OID_P384)),
  derOctet(derSeq(derInt(1), derOctet(k.priv), derCtx(1, derBits(k.pub)))));
export const ecSpkiDer = (k) => derSeq(derSeq(derOid(OID_EC), derOid(k.curve === 'prime256v1' ? OID_P256 : OID_P384)), derBits(k.pub));
export function edKey(rng) {
  const seed = rng.bytes(32);
  const pk8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const pub = createPublicKey(createPrivateKey({ key: pk8, format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' }).subarray(-32);
  return { seed, pub, pk8 };
}
export const edSpkiDer = (k) => Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), k.pub]);

// ---------- OpenSSH
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sshStr = (b) => { if (typeof b === 'string') b = Buffer.from(b); return Buffer.concat([u32(b.length), b]); };
const sshMpint = (x) => { let b = x === 0n ? Buffer.alloc(0) : bigToBuf(x); if (b.length && b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return sshStr(b); };
export const sshEdPubBlob = (k) => Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub)]);
export const sshRsaPubBlob = (k) => Buffer.concat([sshStr('ssh-rsa'), sshMpint(k.e), sshMpint(k.n)]);
export function opensshPrivate(rng, key, type, comment) {
  const check = rng.u32();
  let body;
  if (type === 'ed25519') body = Buffer.concat([u32(check), u32(check), sshStr('ssh-ed25519'), sshStr(key.pub), sshStr(Buffer.concat([key.seed, key.pub])), sshStr(comment)]);
  else body = Buffer.concat([u32(check), u32(check), sshStr('ssh-rsa'), sshMpint(key.n), sshMpint(key.e), sshMpint(key.d), sshMpint(key.qi), sshMpint(key.p), sshMpint(key.q), sshStr(comment)]);
  const pad = []; for (let i = 1; (body.length + pad.length) % 8; i++) pad.push(i);
  body = Buffer.concat([body, Buffer.from(pad)]);
  const pubBlob = type === 'ed25519' ? sshEdPubBlob(key) : sshRsaPubBlob(key);
  const all = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pubBlob), sshStr(body)]);
  return pemWrap('OPENSSH PRIVATE KEY', all, 70);
}
export function opensshCheck(der) {
  // returns {type, bits} or throws
  let o = 0; const rd = () => { const n = der.readUInt32BE(o); o += 4; const b = der.subarray(o, o + n); if (o + n > der.length) throw new Error('ssh overrun'); o += n; return b; };
  if (der.subarray(0, 15).toString('latin1') !== 'openssh-key-v1\0') throw new Error('magic'); o = 15;
  if (rd().toString() !== 'none' || rd().toString() !== 'none') throw new Error('cipher'); rd();
  if (der.readUInt32BE(o) !== 1) throw new Error('nkeys'); o += 4;
  const pub = rd(); const priv = rd(); if (o !== der.length) throw new Error('trailing');
  if (priv.length % 8) throw new Error('pad');
  const c1 = priv.readUInt32BE(0), c2 = priv.readUInt32BE(4); if (c1 !== c2) throw new Error('checkint');
  let p = 8; const rp = () => { const n = priv.readUInt32BE(p); p += 4; const b = priv.subarray(p, p + n); p += n; return b; };
  const t = rp().toString();
  if (t === 'ssh-ed25519') { const pk = rp(); const sk = rp(); if (pk.length !== 32 || sk.length !== 64 || !sk.subarray(32).equals(pk)) throw new Error('ed sizes'); return { type: t, bits: 256 }; }
  if (t === 'ssh-rsa') { const n = BigInt('0x' + rp().toString('hex')); rp(); rp(); rp(); const P = BigInt('0x' + rp().toString('hex')); const Q = BigInt('0x' + rp().toString('hex')); if (P * Q !== n) throw new Error('rsa n'); return { type: t, bits: n.toString(2).length }; }
  throw new Error('ssh type ' + t);
}

// ---------- OpenPGP (v4 EdDSA secret key + user id + signature), ASCII armored
function pgpPacket(tag, body) {
  const h = [0xc0 | tag];
  if (body.length < 192) h.push(body.length);
  else if (body.length < 8384) { const l = body.length - 192; h.push((l >> 8) + 192, l & 0xff); }
  else h.push(255, ...u32(body.length));
  return Buffer.concat([Buffer.from(h), body]);
}
const mpi = (buf) => { let i = 0; while (i < buf.length - 1 && buf[i] === 0) i++; const b = buf.subarray(i); const bits = (b.length - 1) * 8 + (32 - Math.clz32(b[0])); const h = Buffer.alloc(2); h.writeUInt16BE(bits); return Buffer.concat([h, b]); };
export function pgpPrivate(rng, key, uid, created) {
  const oid = Buffer.from('092b06010401da470f01', 'hex');
  const pubPart = Buffer.concat([Buffer.from([4]), u32(created), Buffer.from([22]), oid, mpi(Buffer.concat([Buffer.from([0x40]), key.pub]))]);
  const sec = mpi(key.seed); let sum = 0; for (const b of sec) sum = (sum + b) & 0xffff;
  const ck = Buffer.alloc(2); ck.writeUInt16BE(sum);
  const keyPkt = pgpPacket(5, Buffer.concat([pubPart, Buffer.from([0]), sec, ck]));
  const uidPkt = pgpPacket(13, Buffer.from(uid, 'utf8'));
  const hashed = Buffer.concat([Buffer.from([5, 2]), u32(created), Buffer.from([2, 27, 3])]);
  const hl = Buffer.alloc(2); hl.writeUInt16BE(hashed.length);
  const sig = Buffer.concat([Buffer.from([4, 0x13, 22, 10]), hl, hashed, Buffer.from([0, 0]), rng.bytes(2), mpi(rng.bytes(32)), mpi(rng.bytes(32))]);
  const all = Buffer.concat([keyPkt, uidPkt, pgpPacket(2, sig)]);
  const b = all.toString('base64'); const lines = []; for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
  const c = crc24(all); const cb = Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines.join('\n')}\n=${cb}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export function pgpCheck(text) {
  const m = /^-----BEGIN PGP PRIVATE KEY BLOCK-----\n(?:[A-Za-z]+: [^\n]*\n)*\n([A-Za-z0-9+/=\n]+)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----$/.exec(text);
  if (!m) throw new Error('pgp armor');
  const data = Buffer.from(m[1].replace(/\n/g, ''), 'base64');
  const c = crc24(data); if (Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString('base64') !== m[2]) throw new Error('crc24');
  if (data[0] !== 0xc5 || data[2] !== 4 || data[7] !== 22) throw new Error('pgp packet');
  return true;
}

// ---------- X.509 certificate (look-alike): structurally valid DER, random signature
const OID_CN = '2.5.4.3', OID_O = '2.5.4.10', OID_C = '2.5.4.6', OID_SHA256RSA = '1.2.840.113549.1.1.11', OID_ECDSA256 = '1.2.840.10045.4.3.2';
const rdn = (oid, v, printable) => derSet(derSeq(derOid(oid), printable ? derPrintable(v) : derUtf8(v)));
export function certificateDer(rng, { cn, org, country, notBefore, notAfter, ec }) {
  const name = (c, o) => derSeq(rdn(OID_C, country, true), rdn(OID_O, o), rdn(OID_CN, c));
  let spki, sigAlg, sig;
  if (ec) { spki = ecSpkiDer(ecKey(rng)); sigAlg = derSeq(derOid(OID_ECDSA256)); sig = derSeq(derInt(rng.bigBits(255) | 1n), derInt(rng.bigBits(255) | 1n)); }
  else { const n = rng.bigBits(2048) | (1n << 2047n) | 1n; spki = rsaSpkiDer(n, 65537n); sigAlg = derSeq(derOid(OID_SHA256RSA), derNull()); sig = rng.bytes(256); }
  const tbs = derSeq(derCtx(0, derInt(2)), derInt(rng.bigBits(120) | 1n), sigAlg, name(org + ' CA', org), derSeq(derUtcTime(notBefore), derUtcTime(notAfter)), name(cn, org), spki);
  return derSeq(tbs, sigAlg, derBits(sig));
}

// ---------- structural check for PEM private keys (validator)
export function checkPrivatePem(text) {
  const norm = text;
  if (/^-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(norm)) { pgpCheck(norm); return 'pgp'; }
  const u = pemUnwrap(norm); if (!u) throw new Error('pem armor');
  if (!/^[A-Za-z0-9+/]+=*$/.test(u.b64) || u.der.toString('base64') !== u.b64) throw new Error('pem base64');
  if (u.label === 'OPENSSH PRIVATE KEY') { const r = opensshCheck(u.der); return 'openssh-' + r.type + '-' + r.bits; }
  const top = derRead(u.der); if (top.tag !== 0x30 || top.end !== u.der.length) throw new Error('der top');
  const ch = derChildren(top.body);
  const checkRsa = (items) => {
    if (items.length !== 9 || items.some((e) => e.tag !== 2)) throw new Error('rsa items');
    const [, n, e, d, p, q] = items.map(derBig);
    if (p * q !== n) throw new Error('rsa n!=pq');
    const bits = n.toString(2).length; if (![1024, 2048, 3072, 4096].includes(bits)) throw new Error('rsa size');
    if (modPow(modPow(42n, e, n), d, n) !== 42n) throw new Error('rsa d');
    return bits;
  };
  const checkEc = (items, curveHint) => {
    if (derBig(items[0]) !== 1n || items[1].tag !== 4) throw new Error('ec items');
    const size = items[1].body.length; if (size !== 32 && size !== 48) throw new Error('ec size');
    const curve = size === 32 ? 'prime256v1' : 'secp384r1';
    const pubE = items.find((e) => e.tag === 0xa1); if (!pubE) throw new Error('ec pub missing');
    const bits = derRead(pubE.body); const pub = bits.body.subarray(1);
    const ecdh = createECDH(curve); ecdh.setPrivateKey(items[1].body);
    if (!ecdh.getPublicKey().equals(pub)) throw new Error('ec pub mismatch');
    return size * 8;
  };
  if (u.label === 'RSA PRIVATE KEY') return 'rsa-' + checkRsa(ch);
  if (u.label === 'EC PRIVATE KEY') return 'ec-' + checkEc(ch);
  if (u.label === 'PRIVATE KEY') {
    if (ch.length !== 3 || derBig(ch[0]) !== 0n || ch[2].tag !== 4) throw new Error('pkcs8');
    const alg = derChildren(ch[1].body); const oid = alg[0].body.toString('hex');
    if (oid === '2a864886f70d010101') { const r = derRead(ch[2].body); return 'pkcs8-rsa-' + checkRsa(derChildren(r.body)); }
    if (oid === '2a8648ce3d0201') { const r = derRead(ch[2].body); return 'pkcs8-ec-' + checkEc(derChildren(r.body)); }
    if (oid === '2b6570') { if (ch[2].body.length !== 34) throw new Error('ed size'); return 'pkcs8-ed25519'; }
    throw new Error('pkcs8 alg');
  }
  throw new Error('pem label ' + u.label);
}
