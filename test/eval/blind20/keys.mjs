// Key material with real DER / OpenSSH / OpenPGP structure. Randomness comes from the seeded PRNG;
// public halves of EC and Ed25519 keys are derived with node:crypto, so those keys are genuine.
// RSA components are random numbers of the right sizes inside a correct PKCS#1 structure.
import { createECDH, createPrivateKey, createPublicKey } from 'node:crypto';
import { crc24 } from './checksums.mjs';

// ---------- DER
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  while (n > 0) { bytes.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
export const tlv = (tag, content) => Buffer.concat([Buffer.from([tag]), derLen(content.length), content]);
export const seq = (...items) => tlv(0x30, Buffer.concat(items));
export const set = (...items) => tlv(0x31, Buffer.concat(items));
export const octet = (b) => tlv(0x04, b);
export const bitstr = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const nul = () => Buffer.from([0x05, 0x00]);
export const ctx = (n, content) => tlv(0xa0 + n, content);
export function int(x) {
  if (typeof x === 'number') {
    const b = [];
    do { b.unshift(x & 0xff); x = Math.floor(x / 256); } while (x > 0);
    if (b[0] & 0x80) b.unshift(0);
    return tlv(0x02, Buffer.from(b));
  }
  let b = Buffer.from(x);
  let i = 0;
  while (i < b.length - 1 && b[i] === 0 && !(b[i + 1] & 0x80)) i++;
  b = b.subarray(i);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
export function oid(str) {
  const p = str.split('.').map(Number);
  const out = [p[0] * 40 + p[1]];
  for (const v of p.slice(2)) {
    const s = [];
    let x = v;
    s.unshift(x & 0x7f);
    x = Math.floor(x / 128);
    while (x > 0) { s.unshift(0x80 | (x & 0x7f)); x = Math.floor(x / 128); }
    out.push(...s);
  }
  return tlv(0x06, Buffer.from(out));
}
export const utf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
export const printable = (s) => tlv(0x13, Buffer.from(s, 'ascii'));
export const utctime = (s) => tlv(0x17, Buffer.from(s, 'ascii'));

// Minimal DER reader: returns {tag, len, header, content, end} at offset.
export function derRead(buf, off = 0) {
  if (off + 2 > buf.length) return null;
  const tag = buf[off];
  let len = buf[off + 1];
  let hdr = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n < 1 || n > 3 || off + 2 + n > buf.length) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[off + 2 + i];
    hdr += n;
  }
  const end = off + hdr + len;
  if (end > buf.length) return null;
  return { tag, len, header: hdr, content: buf.subarray(off + hdr, end), end };
}
export function derChildren(content) {
  const out = [];
  let off = 0;
  while (off < content.length) {
    const r = derRead(content, off);
    if (!r) return null;
    out.push(r);
    off = r.end;
  }
  return out;
}

// ---------- PEM
export function pem(label, der, width = 64) {
  const b64 = der.toString('base64');
  const lines = [];
  for (let i = 0; i < b64.length; i += width) lines.push(b64.slice(i, i + width));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}
export function pemParse(text) {
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([\s\S]*?)\n?-----END \1-----$/.exec(text);
  if (!m) return null;
  const body = m[2].split('\n').map((l) => l.trim()).filter((l) => l && !/^[A-Za-z-]+: /.test(l));
  const joined = body.join('');
  if (!/^[A-Za-z0-9+/=]+$/.test(joined)) return null;
  return { label: m[1], der: Buffer.from(joined, 'base64'), lines: body };
}

// ---------- OIDs
const OID = {
  rsa: '1.2.840.113549.1.1.1', ec: '1.2.840.10045.2.1', p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34', ed25519: '1.3.101.112', pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12', hmacSha256: '1.2.840.113549.2.9', aes256cbc: '2.16.840.1.101.3.4.1.42',
  ecdsaSha256: '1.2.840.10045.4.3.2', cn: '2.5.4.3', o: '2.5.4.10', c: '2.5.4.6', sha256rsa: '1.2.840.113549.1.1.11',
};

function topBits(buf) { buf[0] |= 0xc0; return buf; }
function odd(buf) { buf[buf.length - 1] |= 1; return buf; }

export function rsaComponents(rng, bits) {
  const n = odd(topBits(rng.bytes(bits / 8)));
  const half = bits / 16;
  return {
    n, e: 65537,
    d: (() => { const b = rng.bytes(bits / 8); b[0] = (b[0] & 0x7f) | 0x10; return b; })(),
    p: odd(topBits(rng.bytes(half))), q: odd(topBits(rng.bytes(half))),
    dp: rng.bytes(half), dq: rng.bytes(half), qi: rng.bytes(half),
  };
}
export function rsaPkcs1Der(rng, bits) {
  const c = rsaComponents(rng, bits);
  return seq(int(0), int(c.n), int(c.e), int(c.d), int(c.p), int(c.q), int(c.dp), int(c.dq), int(c.qi));
}
export function rsaSpkiDer(rng, bits) {
  const n = odd(topBits(rng.bytes(bits / 8)));
  return seq(seq(oid(OID.rsa), nul()), bitstr(seq(int(n), int(65537))));
}

function ecPair(rng, curve) {
  const size = curve === 'p384' ? 48 : 32;
  const ecdh = createECDH(curve === 'p384' ? 'secp384r1' : 'prime256v1');
  let priv;
  for (;;) {
    priv = rng.bytes(size);
    if (priv[0] === 0 || priv[0] === 0xff) continue;
    try { ecdh.setPrivateKey(priv); break; } catch { /* out of range, draw again */ }
  }
  return { priv, pub: ecdh.getPublicKey() };
}
export function ecSec1Der(rng, curve = 'p256', withParams = true) {
  const { priv, pub } = ecPair(rng, curve);
  const parts = [int(1), octet(priv)];
  if (withParams) parts.push(ctx(0, oid(curve === 'p384' ? OID.p384 : OID.p256)));
  parts.push(ctx(1, bitstr(pub)));
  return { der: seq(...parts), pub, priv };
}
export function ecSpkiDer(rng, curve = 'p256') {
  const { pub } = ecPair(rng, curve);
  return seq(seq(oid(OID.ec), oid(curve === 'p384' ? OID.p384 : OID.p256)), bitstr(pub));
}
export function ed25519Pair(rng) {
  const seed = rng.bytes(32);
  const pk8 = seq(int(0), seq(oid(OID.ed25519)), octet(octet(seed)));
  const key = createPrivateKey({ key: pk8, format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return { seed, pub: spki.subarray(spki.length - 32), pk8 };
}

export function pkcs8Der(rng, which) {
  if (which === 'ed25519') return ed25519Pair(rng).pk8;
  if (which === 'p256') {
    const { der } = ecSec1Der(rng, 'p256', false);
    return seq(int(0), seq(oid(OID.ec), oid(OID.p256)), octet(der));
  }
  return seq(int(0), seq(oid(OID.rsa), nul()), octet(rsaPkcs1Der(rng, which === 'rsa3072' ? 3072 : 2048)));
}
export function encryptedPkcs8Der(rng, innerLen) {
  const salt = rng.bytes(rng.pick([8, 16]));
  const iters = rng.pick([2048, 10000, 100000, 600000]);
  const iv = rng.bytes(16);
  const ct = rng.bytes(Math.ceil((innerLen + 1) / 16) * 16);
  return seq(
    seq(oid(OID.pbes2), seq(
      seq(oid(OID.pbkdf2), seq(octet(salt), int(iters), seq(oid(OID.hmacSha256), nul()))),
      seq(oid(OID.aes256cbc), octet(iv)))),
    octet(ct));
}

// ---------- OpenSSH
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sshStr = (b) => { const x = Buffer.isBuffer(b) ? b : Buffer.from(b, 'utf8'); return Buffer.concat([u32(x.length), x]); };
function sshMpint(b) {
  let x = Buffer.from(b);
  while (x.length > 1 && x[0] === 0 && !(x[1] & 0x80)) x = x.subarray(1);
  if (x[0] & 0x80) x = Buffer.concat([Buffer.from([0]), x]);
  return sshStr(x);
}
export function opensshPrivate(rng, type, comment) {
  let pubBlob, privPart;
  if (type === 'ed25519') {
    const { seed, pub } = ed25519Pair(rng);
    pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
    privPart = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([seed, pub]))]);
  } else {
    const { priv, pub } = ecPair(rng, 'p256');
    pubBlob = Buffer.concat([sshStr('ecdsa-sha2-nistp256'), sshStr('nistp256'), sshStr(pub)]);
    privPart = Buffer.concat([sshStr('ecdsa-sha2-nistp256'), sshStr('nistp256'), sshStr(pub), sshMpint(priv)]);
  }
  const check = rng.bytes(4);
  let sec = Buffer.concat([check, check, privPart, sshStr(comment)]);
  const pad = [];
  for (let i = 1; (sec.length + pad.length) % 8 !== 0; i++) pad.push(i);
  sec = Buffer.concat([sec, Buffer.from(pad)]);
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'), sshStr('none'), sshStr('none'), sshStr(''), u32(1),
    sshStr(pubBlob), sshStr(sec),
  ]);
  return pem('OPENSSH PRIVATE KEY', blob, 70);
}
export function opensshParse(der) {
  const magic = Buffer.from('openssh-key-v1\0', 'latin1');
  if (!der.subarray(0, magic.length).equals(magic)) return null;
  let off = magic.length;
  const rd = () => { if (off + 4 > der.length) throw new Error('short'); const n = der.readUInt32BE(off); off += 4; const b = der.subarray(off, off + n); if (b.length !== n) throw new Error('short'); off += n; return b; };
  try {
    const cipher = rd().toString(); rd(); rd();
    const nkeys = der.readUInt32BE(off); off += 4;
    const pubBlob = rd();
    const sec = rd();
    if (off !== der.length || nkeys !== 1 || sec.length % 8 !== 0) return null;
    const type = pubBlob.subarray(4, 4 + pubBlob.readUInt32BE(0)).toString();
    if (cipher === 'none' && !sec.subarray(0, 4).equals(sec.subarray(4, 8))) return null;
    return { type };
  } catch { return null; }
}
export function sshPublicLine(rng, type, comment) {
  let blob;
  if (type === 'ed25519') blob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(ed25519Pair(rng).pub)]);
  else if (type === 'ecdsa') blob = Buffer.concat([sshStr('ecdsa-sha2-nistp256'), sshStr('nistp256'), sshStr(ecPair(rng, 'p256').pub)]);
  else blob = Buffer.concat([sshStr('ssh-rsa'), sshMpint(Buffer.from([1, 0, 1])), sshMpint(odd(topBits(rng.bytes(256))))]);
  const name = { ed25519: 'ssh-ed25519', ecdsa: 'ecdsa-sha2-nistp256', rsa: 'ssh-rsa' }[type];
  return `${name} ${blob.toString('base64')}${comment ? ' ' + comment : ''}`;
}

// ---------- OpenPGP (RFC 4880 packets, EdDSA primary + cv25519 subkey)
function pgpPacket(tag, body) {
  let hdr;
  if (body.length < 192) hdr = Buffer.from([0xc0 | tag, body.length]);
  else if (body.length < 8384) { const l = body.length - 192; hdr = Buffer.from([0xc0 | tag, (l >> 8) + 192, l & 0xff]); }
  else throw new Error('pgp packet too long');
  return Buffer.concat([hdr, body]);
}
function mpi(buf) {
  let b = Buffer.from(buf);
  while (b.length > 1 && b[0] === 0) b = b.subarray(1);
  const bits = (b.length - 1) * 8 + (32 - Math.clz32(b[0]));
  return Buffer.concat([Buffer.from([bits >> 8, bits & 0xff]), b]);
}
function sumCheck(b) { let s = 0; for (const x of b) s = (s + x) & 0xffff; return Buffer.from([s >> 8, s & 0xff]); }
function pgpSig(rng, type, when) {
  const hashed = Buffer.concat([Buffer.from([5, 2]), u32(when), Buffer.from([2, 27, type === 0x13 ? 0x03 : 0x0c])]);
  const unhashed = Buffer.concat([Buffer.from([9, 16]), rng.bytes(8)]);
  const body = Buffer.concat([
    Buffer.from([4, type, 22, 8]), Buffer.from([hashed.length >> 8, hashed.length & 0xff]), hashed,
    Buffer.from([unhashed.length >> 8, unhashed.length & 0xff]), unhashed, rng.bytes(2),
    mpi(rng.bytes(32)), mpi(rng.bytes(32)),
  ]);
  return pgpPacket(2, body);
}
export function pgpPrivateBlock(rng, uid, when, comment) {
  const ed = ed25519Pair(rng);
  const edOid = Buffer.from([0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01]);
  const secMpi = mpi(ed.seed);
  const primary = Buffer.concat([Buffer.from([4]), u32(when), Buffer.from([22]), edOid,
    mpi(Buffer.concat([Buffer.from([0x40]), ed.pub])), Buffer.from([0]), secMpi, sumCheck(secMpi)]);
  const cvOid = Buffer.from([0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x97, 0x55, 0x01, 0x05, 0x01]);
  const cvSecret = rng.bytes(32);
  cvSecret[0] = (cvSecret[0] & 0x7f) | 0x40;
  const cvSecMpi = mpi(cvSecret);
  const sub = Buffer.concat([Buffer.from([4]), u32(when), Buffer.from([18]), cvOid,
    mpi(Buffer.concat([Buffer.from([0x40]), rng.bytes(32)])), Buffer.from([3, 1, 8, 7]), Buffer.from([0]),
    cvSecMpi, sumCheck(cvSecMpi)]);
  const bin = Buffer.concat([
    pgpPacket(5, primary), pgpPacket(13, Buffer.from(uid, 'utf8')), pgpSig(rng, 0x13, when),
    pgpPacket(7, sub), pgpSig(rng, 0x18, when),
  ]);
  const b64 = bin.toString('base64');
  const lines = [];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  const c = crc24(bin);
  const ck = Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  const head = comment ? `Comment: ${comment}\n` : '';
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${head}\n${lines.join('\n')}\n=${ck}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export function pgpParse(text) {
  const m = /^-----BEGIN PGP PRIVATE KEY BLOCK-----\n((?:[A-Za-z]+: [^\n]*\n)*)\n([A-Za-z0-9+/=\n]+?)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----$/.exec(text);
  if (!m) return null;
  const bin = Buffer.from(m[2].replace(/\n/g, ''), 'base64');
  const c = crc24(bin);
  const ck = Buffer.from([c >> 16, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  if (ck !== m[3]) return null;
  if ((bin[0] & 0x3f) !== 5 || !(bin[0] & 0x40)) return null;
  return { bytes: bin.length };
}

// ---------- X.509 certificate look-alike (structure only, random signature)
export function certificateDer(rng, cn, org, country) {
  const name = (c) => seq(set(seq(oid(OID.c), printable(country))), set(seq(oid(OID.o), utf8(org))), set(seq(oid(OID.cn), utf8(c))));
  const y = rng.int(21, 25);
  const nb = `${y}0${rng.int(1, 9)}${String(rng.int(10, 28))}${String(rng.int(10, 23))}0000Z`;
  const na = `${y + 1}0${rng.int(1, 9)}${String(rng.int(10, 28))}${String(rng.int(10, 23))}0000Z`;
  const tbs = seq(ctx(0, int(2)), int(rng.bytes(16)), seq(oid(OID.ecdsaSha256)),
    name(`${org} Issuing CA`), seq(utctime(nb), utctime(na)), name(cn), ecSpkiDer(rng));
  const sig = seq(int(rng.bytes(32)), int(rng.bytes(32)));
  return seq(tbs, seq(oid(OID.ecdsaSha256)), bitstr(sig));
}
