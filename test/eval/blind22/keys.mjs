// Structured key material: PEM private keys (PKCS#1, PKCS#8, SEC1, encrypted PKCS#8, OpenSSH,
// OpenPGP), certificates and public keys (look-alikes), JWTs. All bytes come from the seeded PRNG.
import { R } from './prng.mjs';
import { SEQ, SET, OCT, BIT, NUL, CTX, INT, OID, OIDS, UTF8, PRN, UTC, crc24 } from './checks.mjs';

function randInt(bits, odd = false) {
  const n = Math.ceil(bits / 8);
  const b = R.bytes(n);
  const top = bits - (n - 1) * 8; // bits in the top byte
  b[0] &= (1 << top) - 1;
  b[0] |= 1 << (top - 1);
  if (odd) b[n - 1] |= 1;
  return b;
}
function below(bits) { // a value with slightly fewer bits (like d, dp, qinv)
  return randInt(bits - R.int(0, 3));
}

export function wrap(b64, width = 64) {
  const out = [];
  for (let i = 0; i < b64.length; i += width) out.push(b64.slice(i, i + width));
  return out.join('\n');
}
export const pem = (label, der, width = 64) => `-----BEGIN ${label}-----\n${wrap(der.toString('base64'), width)}\n-----END ${label}-----`;

export function rsaPkcs1Der(bits = 2048) {
  const h = bits / 2;
  return SEQ(INT(0), INT(randInt(bits, true)), INT(65537), INT(below(bits)), INT(randInt(h, true)), INT(randInt(h, true)),
    INT(below(h)), INT(below(h)), INT(below(h)));
}
function ecSec1Der(curve = 'p256', withParams = true) {
  const n = curve === 'p256' ? 32 : 48;
  const parts = [INT(1), OCT(randInt(n * 8))];
  if (withParams) parts.push(CTX(0, OID(curve === 'p256' ? OIDS.p256 : OIDS.p384)));
  parts.push(CTX(1, BIT(Buffer.concat([Buffer.from([4]), R.bytes(2 * n)]))));
  return SEQ(...parts);
}

export const privKeys = {
  rsa: (bits = 2048) => pem('RSA PRIVATE KEY', rsaPkcs1Der(bits)),
  pkcs8rsa: (bits = 2048) => pem('PRIVATE KEY', SEQ(INT(0), SEQ(OID(OIDS.rsa), NUL()), OCT(rsaPkcs1Der(bits)))),
  pkcs8ec: () => pem('PRIVATE KEY', SEQ(INT(0), SEQ(OID(OIDS.ecPublicKey), OID(OIDS.p256)), OCT(ecSec1Der('p256', false)))),
  pkcs8ed25519: () => pem('PRIVATE KEY', SEQ(INT(0), SEQ(OID(OIDS.ed25519)), OCT(OCT(R.bytes(32))))),
  ec: (curve = 'p256') => pem('EC PRIVATE KEY', ecSec1Der(curve, true)),
  encPkcs8: (inner = 1218) => {
    const encLen = Math.ceil((inner + 1) / 16) * 16;
    const der = SEQ(
      SEQ(OID(OIDS.pbes2), SEQ(
        SEQ(OID(OIDS.pbkdf2), SEQ(OCT(R.bytes(16)), INT(R.pick([2048, 10000, 100000])), SEQ(OID(OIDS.hmacSha256), NUL()))),
        SEQ(OID(OIDS.aes256cbc), OCT(R.bytes(16))))),
      OCT(R.bytes(encLen)));
    return pem('ENCRYPTED PRIVATE KEY', der);
  },
  openssh: (type = 'ed25519', comment = 'deploy@build-agent') => pem('OPENSSH PRIVATE KEY', opensshBlob(type, comment), 70),
  pgp: (uid) => pgpArmor(uid),
};

// ---- OpenSSH ----
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sstr = (b) => { if (typeof b === 'string') b = Buffer.from(b, 'utf8'); return Buffer.concat([u32(b.length), b]); };
function mpint(b) { let i = 0; while (i < b.length - 1 && b[i] === 0) i++; b = b.subarray(i); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return sstr(b); }
export function sshPubBlob(type = 'ed25519') {
  if (type === 'ed25519') return Buffer.concat([sstr('ssh-ed25519'), sstr(R.bytes(32))]);
  if (type === 'ecdsa') return Buffer.concat([sstr('ecdsa-sha2-nistp256'), sstr('nistp256'), sstr(Buffer.concat([Buffer.from([4]), R.bytes(64)]))]);
  // rsa
  return Buffer.concat([sstr('ssh-rsa'), mpint(Buffer.from([1, 0, 1])), mpint(randInt(R.pick([2048, 3072]), true))]);
}
function opensshBlob(type, comment) {
  const check = R.bytes(4);
  let pub, priv;
  if (type === 'ed25519') {
    const pk = R.bytes(32), sk = R.bytes(32);
    pub = Buffer.concat([sstr('ssh-ed25519'), sstr(pk)]);
    priv = Buffer.concat([check, check, sstr('ssh-ed25519'), sstr(pk), sstr(Buffer.concat([sk, pk])), sstr(comment)]);
  } else {
    const q = Buffer.concat([Buffer.from([4]), R.bytes(64)]);
    pub = Buffer.concat([sstr('ecdsa-sha2-nistp256'), sstr('nistp256'), sstr(q)]);
    priv = Buffer.concat([check, check, sstr('ecdsa-sha2-nistp256'), sstr('nistp256'), sstr(q), mpint(randInt(256)), sstr(comment)]);
  }
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  return Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sstr('none'), sstr('none'), sstr(''), u32(1), sstr(pub), sstr(priv)]);
}
export function sshPublicKeyB64(type = 'ed25519') { return sshPubBlob(type).toString('base64'); }
export const sshTypeName = { ed25519: 'ssh-ed25519', ecdsa: 'ecdsa-sha2-nistp256', rsa: 'ssh-rsa' };

// ---- OpenPGP (v4, EdDSA primary + cv25519 subkey, unencrypted secret material) ----
function pgpPacket(tag, body) {
  const hdr = [0xc0 | tag];
  const l = body.length;
  if (l < 192) hdr.push(l);
  else if (l < 8384) { const x = l - 192; hdr.push((x >> 8) + 192, x & 0xff); }
  else hdr.push(255, (l >>> 24) & 255, (l >>> 16) & 255, (l >>> 8) & 255, l & 255);
  return Buffer.concat([Buffer.from(hdr), body]);
}
function pgpMpi(b) { // b: bytes, bit length computed from the first byte
  let i = 0; while (i < b.length - 1 && b[i] === 0) i++; b = b.subarray(i);
  const bits = (b.length - 1) * 8 + (32 - Math.clz32(b[0]));
  return Buffer.concat([Buffer.from([bits >> 8, bits & 255]), b]);
}
function pgpSecretBody(algo, oid, kdf, ts) {
  const pub = Buffer.concat([Buffer.from([4]), u32(ts), Buffer.from([algo, oid.length]), oid,
    pgpMpi(Buffer.concat([Buffer.from([0x40]), R.bytes(32)])), kdf]);
  const sec = pgpMpi(randInt(R.int(250, 256)));
  let sum = 0; for (const b of sec) sum = (sum + b) & 0xffff;
  return Buffer.concat([pub, Buffer.from([0]), sec, Buffer.from([sum >> 8, sum & 255])]);
}
function pgpArmor(uid) {
  const ts = 1700000000 + R.int(0, 60000000);
  const ed = Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01]);
  const cv = Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0x97, 0x55, 0x01, 0x05, 0x01]);
  const sigBody = (type) => Buffer.concat([Buffer.from([4, type, 22, 10]), Buffer.from([0, 6]), Buffer.from([5, 2]), u32(ts),
    Buffer.from([0, 10, 9, 16]), R.bytes(8), R.bytes(2), pgpMpi(randInt(256)), pgpMpi(randInt(255))]);
  const bin = Buffer.concat([
    pgpPacket(5, pgpSecretBody(22, ed, Buffer.alloc(0), ts)),
    pgpPacket(13, Buffer.from(uid, 'utf8')),
    pgpPacket(2, sigBody(0x13)),
    pgpPacket(7, pgpSecretBody(18, cv, Buffer.from([3, 1, 8, 7]), ts)),
    pgpPacket(2, sigBody(0x18)),
  ]);
  const c = crc24(bin);
  const ck = Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(bin.toString('base64'), 64)}\n=${ck}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

// ---- look-alike material: certificates and public keys ----
const name = (cn, o) => SEQ(SET(SEQ(OID(OIDS.c), PRN('ZZ'))), SET(SEQ(OID(OIDS.o), UTF8(o))), SET(SEQ(OID(OIDS.cn), UTF8(cn))));
export function certificatePem(cn = 'svc.internal.test', o = 'Example Ops') {
  const spki = SEQ(SEQ(OID(OIDS.ecPublicKey), OID(OIDS.p256)), BIT(Buffer.concat([Buffer.from([4]), R.bytes(64)])));
  const y = R.int(23, 26);
  const tbs = SEQ(CTX(0, INT(2)), INT(R.bytes(16)), SEQ(OID(OIDS.ecdsaSha256)), name('Internal Issuing CA ' + R.int(1, 9), o),
    SEQ(UTC(`${y}0${R.int(1, 9)}1${R.int(0, 9)}000000Z`), UTC(`${y + 1}0${R.int(1, 9)}1${R.int(0, 9)}000000Z`)), name(cn, o), spki);
  const sig = SEQ(INT(randInt(256)), INT(randInt(255)));
  return pem('CERTIFICATE', SEQ(tbs, SEQ(OID(OIDS.ecdsaSha256)), BIT(sig)));
}
export function publicKeyPem(kind = 'ec') {
  if (kind === 'rsa') {
    return pem('PUBLIC KEY', SEQ(SEQ(OID(OIDS.rsa), NUL()), BIT(SEQ(INT(randInt(2048, true)), INT(65537)))));
  }
  return pem('PUBLIC KEY', SEQ(SEQ(OID(OIDS.ecPublicKey), OID(OIDS.p256)), BIT(Buffer.concat([Buffer.from([4]), R.bytes(64)]))));
}

// ---- JWT ----
export const b64u = (x) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)).toString('base64url');
export function jwt(header, payload) {
  const alg = header.alg;
  const sigLen = alg.startsWith('HS') ? (alg === 'HS512' ? 64 : 32) : alg.startsWith('ES') ? 64 : alg === 'EdDSA' ? 64 : 256;
  return `${b64u(header)}.${b64u(payload)}.${R.bytes(sigLen).toString('base64url')}`;
}
