// Private keys, public keys and certificates with a real DER / OpenSSH / OpenPGP structure.
// Key material is random bytes from the seeded stream (structurally valid, mathematically fake).
import { crc24 } from './checksums.mjs';

function len(n) {
  if (n < 0x80) return Buffer.from([n]);
  const b = []; while (n > 0) { b.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | b.length, ...b]);
}
export const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), len(body.length), body]);
export const seq = (...items) => tlv(0x30, Buffer.concat(items));
function intBytes(b) { // positive INTEGER from magnitude bytes
  let x = Buffer.from(b); while (x.length > 1 && x[0] === 0) x = x.subarray(1);
  if (x[0] & 0x80) x = Buffer.concat([Buffer.from([0]), x]);
  return tlv(0x02, x);
}
const intSmall = (n) => tlv(0x02, Buffer.from([n]));
const oid = (hex) => Buffer.from(hex, 'hex');
export const OID = {
  rsaEncryption: oid('06092a864886f70d010101'),
  ecPublicKey: oid('06072a8648ce3d0201'),
  prime256v1: oid('06082a8648ce3d030107'),
  secp384r1: oid('06052b81040022'),
  ed25519: oid('06032b6570'),
  sha256WithRSA: oid('06092a864886f70d01010b'),
};
const NULL = Buffer.from([0x05, 0x00]);

function topBit(rng, n) { const b = rng.bytes(n); b[0] |= 0x80; return b; }

export function rsaPkcs1Der(rng, bits = 2048) {
  const n = bits / 8, h = n / 2;
  const mod = topBit(rng, n); mod[n - 1] |= 1;
  const p = topBit(rng, h); p[h - 1] |= 1; const q = topBit(rng, h); q[h - 1] |= 1;
  return seq(intSmall(0), intBytes(mod), tlv(0x02, Buffer.from([0x01, 0x00, 0x01])), intBytes(rng.bytes(n)), intBytes(p), intBytes(q), intBytes(rng.bytes(h)), intBytes(rng.bytes(h)), intBytes(rng.bytes(h)));
}
export function pkcs8RsaDer(rng, bits = 2048) {
  return seq(intSmall(0), seq(OID.rsaEncryption, NULL), tlv(0x04, rsaPkcs1Der(rng, bits)));
}
export function pkcs8Ed25519Der(rng) {
  return seq(intSmall(0), seq(OID.ed25519), tlv(0x04, tlv(0x04, rng.bytes(32))));
}
export function pkcs8EcDer(rng) {
  const inner = seq(intSmall(1), tlv(0x04, rng.bytes(32)), tlv(0xa1, tlv(0x03, Buffer.concat([Buffer.from([0, 4]), rng.bytes(64)]))));
  return seq(intSmall(0), seq(OID.ecPublicKey, OID.prime256v1), tlv(0x04, inner));
}
export function ecSec1Der(rng, curve = 'p256') {
  const [k, o, pl] = curve === 'p384' ? [48, OID.secp384r1, 96] : [32, OID.prime256v1, 64];
  return seq(intSmall(1), tlv(0x04, rng.bytes(k)), tlv(0xa0, o), tlv(0xa1, tlv(0x03, Buffer.concat([Buffer.from([0, 4]), rng.bytes(pl)]))));
}

export function armor(label, der, width = 64) {
  const b64 = der.toString('base64');
  const lines = b64.match(new RegExp(`.{1,${width}}`, 'g'));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---- OpenSSH ----
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sshStr = (x) => { const b = Buffer.isBuffer(x) ? x : Buffer.from(x); return Buffer.concat([u32(b.length), b]); };
export function sshEd25519PubBlob(pub) { return Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]); }
export function opensshEd25519(rng, comment) {
  const pub = rng.bytes(32), priv = rng.bytes(32);
  const pubBlob = sshEd25519PubBlob(pub);
  const check = rng.bytes(4);
  let privSec = Buffer.concat([check, check, sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([priv, pub])), sshStr(comment)]);
  const pad = []; for (let i = 1; privSec.length + pad.length < Math.ceil(privSec.length / 8) * 8 || (privSec.length + pad.length) % 8; i++) pad.push(i);
  privSec = Buffer.concat([privSec, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pubBlob), sshStr(privSec)]);
  return armor('OPENSSH PRIVATE KEY', body, 70);
}

// ---- OpenPGP (v4 EdDSA secret key + user id) ----
function mpi(bytes) { // bytes big-endian, bit length from the first non-zero byte
  let b = Buffer.from(bytes); while (b.length && b[0] === 0) b = b.subarray(1);
  const bits = (b.length - 1) * 8 + (32 - Math.clz32(b[0]));
  const h = Buffer.alloc(2); h.writeUInt16BE(bits); return Buffer.concat([h, b]);
}
function pkt(tag, body) { // new-format packet, one- or two-octet length
  let l; if (body.length < 192) l = Buffer.from([body.length]); else { const x = body.length - 192; l = Buffer.from([((x >> 8) & 0xff) + 192, x & 0xff]); }
  return Buffer.concat([Buffer.from([0xc0 | tag]), l, body]);
}
export function pgpEd25519(rng, uid, created) {
  const curve = Buffer.from([0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01]);
  const pubPoint = Buffer.concat([Buffer.from([0x40]), rng.bytes(32)]);
  const secret = rng.bytes(32); secret[0] |= 0x40;
  const sm = mpi(secret); let sum = 0; for (const c of sm) sum = (sum + c) & 0xffff;
  const ck = Buffer.alloc(2); ck.writeUInt16BE(sum);
  const body = Buffer.concat([Buffer.from([4]), u32(created), Buffer.from([22]), curve, mpi(pubPoint), Buffer.from([0]), sm, ck]);
  const sigBody = Buffer.concat([Buffer.from([4, 0x13, 22, 8]), Buffer.from([0, 6, 5, 2]), u32(created), Buffer.from([0, 10, 9, 0x10]), rng.bytes(8), rng.bytes(2), mpi(rng.bytes(32)), mpi(rng.bytes(32))]);
  const all = Buffer.concat([pkt(5, body), pkt(13, Buffer.from(uid, 'utf8')), pkt(2, sigBody)]);
  const b64 = all.toString('base64').match(/.{1,64}/g).join('\n');
  const c = crc24(all); const cb = Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${b64}\n=${cb}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

// ---- public material (look-alikes) ----
export function sshPublicLine(rng, type = 'ed25519') {
  if (type === 'rsa') {
    const n = topBit(rng, 256);
    const blob = Buffer.concat([sshStr('ssh-rsa'), sshStr(Buffer.from([1, 0, 1])), sshStr(Buffer.concat([Buffer.from([0]), n]))]);
    return 'ssh-rsa ' + blob.toString('base64');
  }
  return 'ssh-ed25519 ' + sshEd25519PubBlob(rng.bytes(32)).toString('base64');
}
export function pemPublicEc(rng) {
  return armor('PUBLIC KEY', seq(seq(OID.ecPublicKey, OID.prime256v1), tlv(0x03, Buffer.concat([Buffer.from([0, 4]), rng.bytes(64)]))));
}
export function pemCertificate(rng, cn = 'Internal Issuing CA 2') {
  const name = (v) => seq(tlv(0x31, seq(Buffer.from('0603550403', 'hex'), tlv(0x0c, Buffer.from(v, 'utf8')))));
  const t = (s) => tlv(0x17, Buffer.from(s, 'ascii'));
  const y = 24 + rng.int(3);
  const tbs = seq(tlv(0xa0, intSmall(2)), intBytes(rng.bytes(16)), seq(OID.sha256WithRSA, NULL), name('Corp Root CA'), seq(t(`${y}0301000000Z`), t(`${y + 2}0301000000Z`)), name(cn),
    seq(seq(OID.rsaEncryption, NULL), tlv(0x03, Buffer.concat([Buffer.from([0]), seq(intBytes(topBit(rng, 256)), tlv(0x02, Buffer.from([1, 0, 1])))]))));
  return armor('CERTIFICATE', seq(tbs, seq(OID.sha256WithRSA, NULL), tlv(0x03, Buffer.concat([Buffer.from([0]), rng.bytes(256)]))));
}
