// Structurally valid (but random, non-working) private keys, JWTs and auth blobs.
import { der, derInt, derSeq, derOid, pemWrap, opensshEd25519, pgpSecretKey, pgpArmor } from './fmt.mjs';

function bigOdd(r, bytes) { const b = r.bytes(bytes); b[0] |= 0x80; b[bytes - 1] |= 1; return b; }
export function rsaPkcs1Der(r, bits = 2048) {
  const n = bits / 8, h = n / 2;
  return derSeq(derInt([0]), derInt(bigOdd(r, n)), derInt([1, 0, 1]), derInt(bigOdd(r, n)), derInt(bigOdd(r, h)), derInt(bigOdd(r, h)), derInt(bigOdd(r, h)), derInt(bigOdd(r, h)), derInt(bigOdd(r, h)));
}
export function rsaPkcs1(r, bits) { return pemWrap('RSA PRIVATE KEY', rsaPkcs1Der(r, bits).toString('base64')); }
export function rsaPkcs8(r, bits = 2048) {
  const inner = rsaPkcs1Der(r, bits);
  return pemWrap('PRIVATE KEY', derSeq(derInt([0]), derSeq(derOid('1.2.840.113549.1.1.1'), Buffer.from([5, 0])), der(0x04, inner)).toString('base64'));
}
export function ecPkcs8(r) { // e.g. APNs .p8 / GCP EC keys
  const ecpk = derSeq(derInt([1]), der(0x04, r.bytes(32)), der(0xa1, der(0x03, Buffer.concat([Buffer.from([0, 4]), r.bytes(64)]))));
  return pemWrap('PRIVATE KEY', derSeq(derInt([0]), derSeq(derOid('1.2.840.10045.2.1'), derOid('1.2.840.10045.3.1.7')), der(0x04, ecpk)).toString('base64'));
}
export function ecSec1(r) {
  return pemWrap('EC PRIVATE KEY', derSeq(derInt([1]), der(0x04, r.bytes(32)), der(0xa0, derOid('1.2.840.10045.3.1.7')), der(0xa1, der(0x03, Buffer.concat([Buffer.from([0, 4]), r.bytes(64)])))).toString('base64'));
}
export function dsaKey(r) {
  return pemWrap('DSA PRIVATE KEY', derSeq(derInt([0]), derInt(bigOdd(r, 128)), derInt(bigOdd(r, 20)), derInt(bigOdd(r, 128)), derInt(bigOdd(r, 128)), derInt(bigOdd(r, 20))).toString('base64'));
}
export function encPkcs8(r) {
  const params = derSeq(derOid('1.2.840.113549.1.5.13'), derSeq(derSeq(derOid('1.2.840.113549.1.5.12'), derSeq(der(0x04, r.bytes(8)), derInt([0x08, 0x00]), derSeq(derOid('1.2.840.113549.2.9'), Buffer.from([5, 0])))), derSeq(derOid('2.16.840.1.101.3.4.1.42'), der(0x04, r.bytes(16)))));
  return pemWrap('ENCRYPTED PRIVATE KEY', derSeq(params, der(0x04, r.bytes(1232))).toString('base64'));
}
export function opensshKey(r, comment) {
  const bin = opensshEd25519(r.bytes(32), r.bytes(32), comment, r.int(1, 0x7fffffff));
  return pemWrap('OPENSSH PRIVATE KEY', bin.toString('base64'), 70);
}
export function pgpKey(r, uid) {
  const bin = pgpSecretKey(1700000000 + r.int(0, 60000000), r.bytes(32), r.bytes(32), uid, r.bytes(r.int(110, 150)));
  return pgpArmor(bin, r.bool(0.3) ? 'Exported for the CI signer' : null);
}
export const PRIVATE_KEY_KINDS = {
  RSA_PRIVATE_KEY: (r) => rsaPkcs1(r, r.pick([2048, 2048, 3072])),
  PKCS8_PRIVATE_KEY: (r) => rsaPkcs8(r, 2048),
  EC_PRIVATE_KEY: (r) => ecSec1(r),
  EC_PKCS8_PRIVATE_KEY: (r) => ecPkcs8(r),
  OPENSSH_PRIVATE_KEY: (r) => opensshKey(r, r.pick(['deploy@ci-runner-07', 'ops@bastion', 'svc-backup', 'gh-actions', ''])),
  PGP_PRIVATE_KEY: (r) => pgpKey(r, 'Release Signing Bot <signing@build.acme.test>'),
  DSA_PRIVATE_KEY: (r) => dsaKey(r),
  ENCRYPTED_PRIVATE_KEY: (r) => encPkcs8(r),
};
const b64u = (o) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
export function jwt(r, claims, alg = 'HS256', extraHdr = {}) {
  const hdr = { alg, typ: 'JWT', ...extraHdr };
  const sig = r.bytes(alg.startsWith('HS') ? 32 : alg.startsWith('ES') ? 64 : 256).toString('base64url');
  return `${b64u(hdr)}.${b64u(claims)}.${sig}`;
}
export const basicAuth = (u, p) => Buffer.from(`${u}:${p}`).toString('base64');
