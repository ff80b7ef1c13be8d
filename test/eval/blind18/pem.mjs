// Private/public key material with real DER / OpenSSH / OpenPGP structure, filled from the seeded PRNG.
// (Not mathematically valid keys: the integers are random of the right size, so nothing here can sign anything.)
import { crc24, OID } from './checks.mjs';

const len = (n) => { if (n < 0x80) return Buffer.from([n]); const b = []; while (n > 0) { b.unshift(n & 0xff); n >>= 8; } return Buffer.from([0x80 | b.length, ...b]); };
const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), len(body.length), body]);
const seq = (...xs) => tlv(0x30, Buffer.concat(xs));
const int = (buf) => { let b = Buffer.from(buf); while (b.length > 1 && b[0] === 0 && !(b[1] & 0x80)) b = b.subarray(1); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return tlv(0x02, b); };
const intN = (n) => int(Buffer.from([n >> 16 & 0xff, n >> 8 & 0xff, n & 0xff]).subarray(n < 256 ? 2 : n < 65536 ? 1 : 0));
const oct = (b) => tlv(0x04, b);
const oid = (hex) => tlv(0x06, Buffer.from(hex, 'hex'));
const bits = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const nul = () => Buffer.from([0x05, 0x00]);
const ctx = (n, b) => tlv(0xa0 + n, b);
function bigRand(r, nbits, odd) { const b = r.bytes(nbits / 8); b[0] |= 0x80; if (odd) b[b.length - 1] |= 1; return b; }
function lessRand(r, nbits) { const b = r.bytes(nbits / 8); b[0] = (b[0] & 0x7f) | 0x01; return b; }

export function wrap(b64, width) { const out = []; for (let i = 0; i < b64.length; i += width) out.push(b64.slice(i, i + width)); return out; }
export function pemText(label, der, width = 64) { return [`-----BEGIN ${label}-----`, ...wrap(der.toString('base64'), width), `-----END ${label}-----`].join('\n'); }

export function rsaPkcs1Der(r, nbits) {
  const h = nbits / 2;
  return seq(intN(0), int(bigRand(r, nbits, true)), intN(65537), int(lessRand(r, nbits)), int(bigRand(r, h, true)), int(bigRand(r, h, true)), int(lessRand(r, h)), int(lessRand(r, h)), int(lessRand(r, h)));
}
export const rsaPrivate = (r, nbits = 2048) => pemText('RSA PRIVATE KEY', rsaPkcs1Der(r, nbits));
export function pkcs8Private(r, which = 'ed25519', nbits = 1024) {
  if (which === 'ed25519') return pemText('PRIVATE KEY', seq(intN(0), seq(oid(OID.ed25519)), oct(oct(r.bytes(32)))));
  return pemText('PRIVATE KEY', seq(intN(0), seq(oid(OID.rsa), nul()), oct(rsaPkcs1Der(r, nbits))));
}
export function ecPrivate(r) {
  const pt = Buffer.concat([Buffer.from([4]), r.bytes(64)]);
  return pemText('EC PRIVATE KEY', seq(intN(1), oct(r.bytes(32)), ctx(0, oid(OID.p256)), tlv(0xa1, bits(pt))));
}
export function dsaPrivate(r) {
  return pemText('DSA PRIVATE KEY', seq(intN(0), int(bigRand(r, 2048, true)), int(bigRand(r, 256, true)), int(lessRand(r, 2048)), int(lessRand(r, 2048)), int(lessRand(r, 256))));
}
const sshStr = (b) => { b = Buffer.isBuffer(b) ? b : Buffer.from(b, 'utf8'); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
const sshU32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n >>> 0); return l; };
export function opensshPrivate(r, comment) {
  const pub = r.bytes(32), seed = r.bytes(32);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
  const ci = r.u32();
  let priv = Buffer.concat([sshU32(ci), sshU32(ci), sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([seed, pub])), sshStr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sshStr('none'), sshStr('none'), sshStr(''), sshU32(1), sshStr(pubBlob), sshStr(priv)]);
  return pemText('OPENSSH PRIVATE KEY', body, 70);
}
function pgpPacket(tag, body) {
  let h;
  if (body.length < 192) h = Buffer.from([0xc0 | tag, body.length]);
  else if (body.length < 8384) { const l = body.length - 192; h = Buffer.from([0xc0 | tag, (l >> 8) + 192, l & 0xff]); }
  else { h = Buffer.alloc(6); h[0] = 0xc0 | tag; h[1] = 255; h.writeUInt32BE(body.length, 2); }
  return Buffer.concat([h, body]);
}
const mpi = (b) => { let i = 0; while (i < b.length - 1 && b[i] === 0) i++; b = b.subarray(i); const nb = (b.length - 1) * 8 + (32 - Math.clz32(b[0])); return Buffer.concat([Buffer.from([nb >> 8, nb & 0xff]), b]); };
export function pgpPrivate(r, uid, created) {
  const pubPoint = Buffer.concat([Buffer.from([0x40]), r.bytes(32)]);
  const secret = r.bytes(32); secret[0] |= 0x40;
  const secMpi = mpi(secret); let ck = 0; for (const b of secMpi) ck = (ck + b) & 0xffff;
  const t = Buffer.alloc(4); t.writeUInt32BE(created >>> 0);
  const oidEd = Buffer.from('2b06010401da470f01', 'hex');
  const key = Buffer.concat([Buffer.from([4]), t, Buffer.from([22, oidEd.length]), oidEd, mpi(pubPoint), Buffer.from([0]), secMpi, Buffer.from([ck >> 8, ck & 0xff])]);
  const data = Buffer.concat([pgpPacket(5, key), pgpPacket(13, Buffer.from(uid, 'utf8'))]);
  const c = crc24(data);
  const crc = Buffer.from([c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff]).toString('base64');
  return ['-----BEGIN PGP PRIVATE KEY BLOCK-----', '', ...wrap(data.toString('base64'), 64), '=' + crc, '-----END PGP PRIVATE KEY BLOCK-----'].join('\n');
}
// ---- public material (look-alikes) ----
export function sshPublic(r, comment) {
  if (r.chance(0.6)) return `ssh-ed25519 ${Buffer.concat([sshStr('ssh-ed25519'), sshStr(r.bytes(32))]).toString('base64')}${comment ? ' ' + comment : ''}`;
  const n = bigRand(r, 2048, true);
  return `ssh-rsa ${Buffer.concat([sshStr('ssh-rsa'), sshStr(Buffer.from([1, 0, 1])), sshStr(Buffer.concat([Buffer.from([0]), n]))]).toString('base64')}${comment ? ' ' + comment : ''}`;
}
export function pemPublic(r) {
  if (r.chance(0.5)) return pemText('PUBLIC KEY', seq(seq(oid(OID.ed25519)), bits(r.bytes(32))));
  return pemText('PUBLIC KEY', seq(seq(oid(OID.ecPublicKey), oid(OID.p256)), bits(Buffer.concat([Buffer.from([4]), r.bytes(64)]))));
}
export function certificate(r, cn) {
  const name = seq(tlv(0x31, seq(oid('550403'), tlv(0x0c, Buffer.from(cn)))));
  const utc = (s) => tlv(0x17, Buffer.from(s));
  const spki = seq(seq(oid(OID.ecPublicKey), oid(OID.p256)), bits(Buffer.concat([Buffer.from([4]), r.bytes(64)])));
  const tbs = seq(ctx(0, intN(2)), int(r.bytes(16)), seq(oid('2a8648ce3d040302')), name, seq(utc('250101000000Z'), utc('270101000000Z')), name, spki);
  const sig = bits(seq(int(bigRand(r, 256)), int(bigRand(r, 256))));
  return pemText('CERTIFICATE', seq(tbs, seq(oid('2a8648ce3d040302')), sig));
}
export function wireguardKey(r) { return r.bytes(32).toString('base64'); }
