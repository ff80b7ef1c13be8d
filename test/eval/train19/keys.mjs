// Structurally real key material: PKCS#1/PKCS#8/SEC1 DER, OpenSSH v1 containers, X.509-shaped
// certificates and SPKI public keys. RSA moduli are products of two random odd numbers of the right
// size (the structure and sizes are right; nothing here is a usable key of anyone).
import { createECDH, createPrivateKey, createPublicKey } from 'node:crypto';
import { der, sshStr, sshU32 } from './checksums.mjs';

const OID = {
  rsa: '2a864886f70d010101', ecPub: '2a8648ce3d0201', p256: '2a8648ce3d030107', ed25519: '2b6570',
  sha256rsa: '2a864886f70d01010b', ecdsaSha256: '2a8648ce3d040302', cn: '550403', o: '55040a', c: '550406',
};

export function wrap(b64, width = 64) { const out = []; for (let i = 0; i < b64.length; i += width) out.push(b64.slice(i, i + width)); return out; }
export function pem(label, derBuf, width = 64) { return [`-----BEGIN ${label}-----`, ...wrap(derBuf.toString('base64'), width), `-----END ${label}-----`].join('\n'); }

function bigOdd(r, bytes) { const b = r.bytes(bytes); b[0] |= 0xc0; b[bytes - 1] |= 1; return b; }
const toBig = (b) => BigInt('0x' + b.toString('hex'));
const fromBig = (n, len) => { let h = n.toString(16); if (h.length % 2) h = '0' + h; const b = Buffer.from(h, 'hex'); return len && b.length < len ? Buffer.concat([Buffer.alloc(len - b.length), b]) : b; };

export function rsaParts(r, bits = 2048) {
  const half = bits / 16; // bytes per prime
  const p = bigOdd(r, half), q = bigOdd(r, half);
  const n = toBig(p) * toBig(q);
  let nb = fromBig(n);
  const d = toBig(r.bytes(bits / 8)) % n;
  return { n: nb, e: Buffer.from([1, 0, 1]), d: fromBig(d), p, q, dp: r.bytes(half), dq: r.bytes(half), qi: r.bytes(half) };
}
export function rsaPkcs1Der(k) { return der.seq(der.smallInt(0), der.int(k.n), der.int(k.e), der.int(k.d), der.int(k.p), der.int(k.q), der.int(k.dp), der.int(k.dq), der.int(k.qi)); }
export function rsaPkcs8Der(k) { return der.seq(der.smallInt(0), der.seq(der.oid(OID.rsa), der.nul()), der.octet(rsaPkcs1Der(k))); }
export function ecKey(r) {
  const priv = r.bytes(32); priv[0] &= 0x7f; priv[31] |= 1;
  const ecdh = createECDH('prime256v1'); ecdh.setPrivateKey(priv);
  return { priv, pub: ecdh.getPublicKey() };
}
export function ecSec1Der(k) { return der.seq(der.smallInt(1), der.octet(k.priv), der.ctx(0, der.oid(OID.p256)), der.ctx(1, der.bits(k.pub))); }
export function ecPkcs8Der(k) { return der.seq(der.smallInt(0), der.seq(der.oid(OID.ecPub), der.oid(OID.p256)), der.octet(der.seq(der.smallInt(1), der.octet(k.priv), der.ctx(1, der.bits(k.pub))))); }
export function edKey(r) {
  const seed = r.bytes(32);
  const p8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const pk = createPrivateKey({ key: p8, format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(pk).export({ format: 'der', type: 'spki' });
  return { seed, pub: spki.subarray(spki.length - 32), p8 };
}
const mpint = (b) => { let x = Buffer.from(b); let i = 0; while (i < x.length - 1 && x[i] === 0) i++; x = x.subarray(i); if (x[0] & 0x80) x = Buffer.concat([Buffer.from([0]), x]); return sshStr(x); };
export function opensshPrivate(r, type, comment) {
  const check = r.bytes(4);
  let pubBlob, privBody;
  if (type === 'ed25519') {
    const k = edKey(r);
    pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub)]);
    privBody = Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub), sshStr(Buffer.concat([k.seed, k.pub]))]);
  } else {
    const k = rsaParts(r, type === 'rsa3072' ? 3072 : 2048);
    pubBlob = Buffer.concat([sshStr('ssh-rsa'), mpint(k.e), mpint(k.n)]);
    privBody = Buffer.concat([sshStr('ssh-rsa'), mpint(k.n), mpint(k.e), mpint(k.d), mpint(k.qi), mpint(k.p), mpint(k.q)]);
  }
  let priv = Buffer.concat([check, check, privBody, sshStr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sshStr('none'), sshStr('none'), sshStr(''), sshU32(1), sshStr(pubBlob), sshStr(priv)]);
  return pem('OPENSSH PRIVATE KEY', body, 70);
}
export function sshPublicLine(r, type, comment) {
  if (type === 'ed25519') { const k = edKey(r); return `ssh-ed25519 ${Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub)]).toString('base64')}${comment ? ' ' + comment : ''}`; }
  const k = rsaParts(r, 2048);
  return `ssh-rsa ${Buffer.concat([sshStr('ssh-rsa'), mpint(k.e), mpint(k.n)]).toString('base64')}${comment ? ' ' + comment : ''}`;
}
export function ecSpkiDer(k) { return der.seq(der.seq(der.oid(OID.ecPub), der.oid(OID.p256)), der.bits(k.pub)); }
export function rsaSpkiDer(k) { return der.seq(der.seq(der.oid(OID.rsa), der.nul()), der.bits(der.seq(der.int(k.n), der.int(k.e)))); }

function name(cn, o) {
  const rdn = (oid, v, tag = 0x0c) => der.tlv(0x31, der.seq(der.oid(oid), der.tlv(tag, Buffer.from(v, 'utf8'))));
  return der.seq(rdn(OID.c, 'ZZ', 0x13), rdn(OID.o, o), rdn(OID.cn, cn));
}
const utc = (s) => der.tlv(0x17, Buffer.from(s, 'ascii'));
export function certificateDer(r, cn, issuer) {
  const k = ecKey(r);
  const serial = r.bytes(16); serial[0] &= 0x7f;
  const y = 22 + r.int(4);
  const tbs = der.seq(der.ctx(0, der.smallInt(2)), der.int(serial), der.seq(der.oid(OID.ecdsaSha256)), name(issuer, 'Internal Test CA'),
    der.seq(utc(`${y}0${1 + r.int(9)}1${r.int(10)}000000Z`), utc(`${y + 1}0${1 + r.int(9)}1${r.int(10)}000000Z`)), name(cn, 'Ops'), ecSpkiDer(k));
  const sig = der.seq(der.int(r.bytes(32)), der.int(r.bytes(32)));
  return der.seq(tbs, der.seq(der.oid(OID.ecdsaSha256)), der.bits(sig));
}
