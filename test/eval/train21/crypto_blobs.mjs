// Fake key material with real container structure: DER (PKCS#1, SEC1, PKCS#8, SPKI, X.509-shaped),
// OpenSSH private key format, OpenPGP armored secret key. Bytes come from the seeded PRNG.
import { der, crc24 } from './checks.mjs';

const INT = (b) => der(0x02, b);
const SEQ = (...xs) => der(0x30, Buffer.concat(xs));
const OCT = (b) => der(0x04, b);
const NULL = Buffer.from([0x05, 0x00]);
const OID = (hex) => Buffer.from(hex, 'hex');
export const OIDS = {
  rsa: '06092a864886f70d010101', ecPub: '06072a8648ce3d0201', p256: '06082a8648ce3d030107',
  ed25519: '06032b6570', sha256rsa: '06092a864886f70d01010b',
};
function posInt(rng, n, topBit = true) {
  const b = rng.bytes(n);
  if (topBit) b[0] |= 0x80; else { b[0] &= 0x7f; if (b[0] === 0) b[0] = 0x11; }
  return b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b;
}
export function rsaPkcs1Der(rng, bits) {
  const n = bits / 8, h = bits / 16;
  return SEQ(INT(Buffer.from([0])), INT(posInt(rng, n)), INT(Buffer.from([1, 0, 1])), INT(posInt(rng, n, false)),
    INT(posInt(rng, h)), INT(posInt(rng, h)), INT(posInt(rng, h, false)), INT(posInt(rng, h, false)), INT(posInt(rng, h, false)));
}
export function rsaPkcs8Der(rng, bits) {
  return SEQ(INT(Buffer.from([0])), SEQ(OID(OIDS.rsa), NULL), OCT(rsaPkcs1Der(rng, bits)));
}
export function ecSec1Der(rng, withParams = true) {
  const pub = Buffer.concat([Buffer.from([0x00, 0x04]), rng.bytes(64)]);
  const parts = [INT(Buffer.from([1])), OCT(rng.bytes(32))];
  if (withParams) parts.push(der(0xa0, OID(OIDS.p256)));
  parts.push(der(0xa1, der(0x03, pub)));
  return SEQ(...parts);
}
export function ecPkcs8Der(rng) {
  return SEQ(INT(Buffer.from([0])), SEQ(OID(OIDS.ecPub), OID(OIDS.p256)), OCT(ecSec1Der(rng, false)));
}
export function ed25519Pkcs8Der(rng) {
  return SEQ(INT(Buffer.from([0])), SEQ(OID(OIDS.ed25519)), OCT(OCT(rng.bytes(32))));
}
export function rsaSpkiDer(rng, bits) {
  const pk = SEQ(INT(posInt(rng, bits / 8)), INT(Buffer.from([1, 0, 1])));
  return SEQ(SEQ(OID(OIDS.rsa), NULL), der(0x03, Buffer.concat([Buffer.from([0]), pk])));
}
export function ecSpkiDer(rng) {
  return SEQ(SEQ(OID(OIDS.ecPub), OID(OIDS.p256)), der(0x03, Buffer.concat([Buffer.from([0x00, 0x04]), rng.bytes(64)])));
}
// X.509-shaped certificate: outer SEQ { tbs SEQ {...}, algId, BIT STRING }
export function certDer(rng, cn) {
  const utf8 = (s) => der(0x0c, Buffer.from(s, 'utf8'));
  const name = SEQ(der(0x31, SEQ(Buffer.from('0603550403', 'hex'), utf8(cn))));
  const t = (s) => der(0x17, Buffer.from(s, 'ascii'));
  const tbs = SEQ(der(0xa0, INT(Buffer.from([2]))), INT(posInt(rng, 16, false)), SEQ(OID(OIDS.sha256rsa), NULL), name,
    SEQ(t('250101000000Z'), t('270101000000Z')), name, ecSpkiDer(rng));
  return SEQ(tbs, SEQ(OID(OIDS.sha256rsa), NULL), der(0x03, Buffer.concat([Buffer.from([0]), rng.bytes(256)])));
}

export function pem(label, derBytes, width = 64) {
  const b64 = derBytes.toString('base64');
  const lines = b64.match(new RegExp(`.{1,${width}}`, 'g'));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---- OpenSSH -----------------------------------------------------------------
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sstr = (b) => { b = Buffer.isBuffer(b) ? b : Buffer.from(b, 'utf8'); return Buffer.concat([u32(b.length), b]); };
export function opensshEd25519(rng, comment) {
  const pub = rng.bytes(32), seed = rng.bytes(32);
  const pubBlob = Buffer.concat([sstr('ssh-ed25519'), sstr(pub)]);
  const check = rng.u32();
  let priv = Buffer.concat([u32(check), u32(check), sstr('ssh-ed25519'), sstr(pub), sstr(Buffer.concat([seed, pub])), sstr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sstr('none'), sstr('none'), sstr(''), u32(1), sstr(pubBlob), sstr(priv)]);
  const b64 = blob.toString('base64');
  const lines = b64.match(/.{1,70}/g);
  return { pem: `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`, pub: `ssh-ed25519 ${pubBlob.toString('base64')}` };
}
export function sshEd25519Pub(rng) {
  return `ssh-ed25519 ${Buffer.concat([sstr('ssh-ed25519'), sstr(rng.bytes(32))]).toString('base64')}`;
}
export function sshRsaPub(rng, bits = 2048) {
  const n = posInt(rng, bits / 8);
  return `ssh-rsa ${Buffer.concat([sstr('ssh-rsa'), sstr(Buffer.from([1, 0, 1])), sstr(n)]).toString('base64')}`;
}
export function sshEcdsaPub(rng) {
  return `ecdsa-sha2-nistp256 ${Buffer.concat([sstr('ecdsa-sha2-nistp256'), sstr('nistp256'), sstr(Buffer.concat([Buffer.from([4]), rng.bytes(64)]))]).toString('base64')}`;
}
// structural check used by the validator
export function parseOpenssh(b64) {
  const b = Buffer.from(b64, 'base64');
  const magic = 'openssh-key-v1\0';
  if (b.subarray(0, magic.length).toString('latin1') !== magic) return null;
  let off = magic.length;
  const rd = () => { if (off + 4 > b.length) throw new Error('short'); const n = b.readUInt32BE(off); off += 4; if (off + n > b.length) throw new Error('short'); const s = b.subarray(off, off + n); off += n; return s; };
  try {
    const cipher = rd().toString(); rd(); rd();
    const nkeys = b.readUInt32BE(off); off += 4;
    const pubBlob = rd(); const priv = rd();
    if (off !== b.length || nkeys !== 1) return null;
    if (cipher === 'none' && priv.length % 8 !== 0) return null;
    if (cipher === 'none' && priv.readUInt32BE(0) !== priv.readUInt32BE(4)) return null;
    return { cipher, keytype: pubBlob.subarray(4, 4 + pubBlob.readUInt32BE(0)).toString() };
  } catch { return null; }
}

// ---- OpenPGP -------------------------------------------------------------------
function pgpPacket(tag, body) {
  // new-format header
  let len;
  if (body.length < 192) len = Buffer.from([body.length]);
  else if (body.length < 8384) { const x = body.length - 192; len = Buffer.from([(x >> 8) + 192, x & 0xff]); }
  else len = Buffer.concat([Buffer.from([0xff]), u32(body.length)]);
  return Buffer.concat([Buffer.from([0xc0 | tag]), len, body]);
}
const mpi = (bits, bytes) => Buffer.concat([Buffer.from([bits >> 8, bits & 0xff]), bytes]);
export function pgpSecretKey(rng, uid, created) {
  const oid = Buffer.from('092b06010401da470f01', 'hex');
  const pubPoint = Buffer.concat([Buffer.from([0x40]), rng.bytes(32)]);
  const sec = rng.bytes(32); sec[0] |= 0x80;
  const pubPart = Buffer.concat([Buffer.from([4]), u32(created), Buffer.from([22]), oid, mpi(263, pubPoint)]);
  const secMpi = mpi(256, sec);
  let sum = 0; for (const x of secMpi) sum = (sum + x) & 0xffff;
  const body = Buffer.concat([pubPart, Buffer.from([0]), secMpi, Buffer.from([sum >> 8, sum & 0xff])]);
  const data = Buffer.concat([pgpPacket(5, body), pgpPacket(13, Buffer.from(uid, 'utf8'))]);
  const b64 = data.toString('base64');
  const c = crc24(data); const cb = Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${b64.match(/.{1,64}/g).join('\n')}\n=${cb}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
