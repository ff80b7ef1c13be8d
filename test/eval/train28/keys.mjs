// Deterministic private keys (real math for RSA/EC/Ed25519) and public look-alikes.
import crypto from 'node:crypto';
import { crc24 } from './checks.mjs';

const SMALL = []; for (let i = 3; SMALL.length < 300; i += 2) { if (SMALL.every((p) => i % p)) SMALL.push(i); }
function modPow(b, e, m) { let r = 1n; b %= m; while (e > 0n) { if (e & 1n) r = (r * b) % m; b = (b * b) % m; e >>= 1n; } return r; }
function isProbablePrime(n, rng) {
  for (const p of SMALL) { if (n % BigInt(p) === 0n) return n === BigInt(p); }
  let d = n - 1n, s = 0; while (!(d & 1n)) { d >>= 1n; s++; }
  for (let k = 0; k < 8; k++) {
    const a = 2n + BigInt(rng.int(1, 1e9));
    let x = modPow(a, d, n); if (x === 1n || x === n - 1n) continue;
    let ok = false; for (let r = 1; r < s; r++) { x = (x * x) % n; if (x === n - 1n) { ok = true; break; } }
    if (!ok) return false;
  }
  return true;
}
function genPrime(bits, rng) { for (;;) { let c = rng.bigBits(bits) | 1n | (1n << BigInt(bits - 2)); if (c % 65537n === 1n) continue; if (isProbablePrime(c, rng)) return c; } }
function egcdInv(a, m) { let [or, r] = [a, m], [os, s] = [1n, 0n]; while (r) { const q = or / r; [or, r] = [r, or - q * r]; [os, s] = [s, os - q * s]; } return ((os % m) + m) % m; }
const bigToBuf = (x) => { let h = x.toString(16); if (h.length % 2) h = '0' + h; return Buffer.from(h, 'hex'); };

export const der = {
  len(n) { if (n < 128) return Buffer.from([n]); const b = []; while (n) { b.unshift(n & 255); n >>= 8; } return Buffer.from([0x80 | b.length, ...b]); },
  tlv(tag, body) { return Buffer.concat([Buffer.from([tag]), der.len(body.length), body]); },
  int(x) { let b = typeof x === 'bigint' ? bigToBuf(x) : Buffer.from(x); if (b.length === 0) b = Buffer.from([0]); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return der.tlv(0x02, b); },
  seq(...xs) { return der.tlv(0x30, Buffer.concat(xs)); },
  oid(hex) { return der.tlv(0x06, Buffer.from(hex, 'hex')); },
  octet(b) { return der.tlv(0x04, b); },
  bits(b) { return der.tlv(0x03, Buffer.concat([Buffer.from([0]), b])); },
  utf8(s) { return der.tlv(0x0c, Buffer.from(s)); },
  utc(s) { return der.tlv(0x17, Buffer.from(s)); },
};
export function pem(label, buf, width = 64) { const b = buf.toString('base64'); const lines = b.match(new RegExp(`.{1,${width}}`, 'g')); return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`; }

export function rsaKey(rng, bits = 2048) {
  let p, q, n, d; const e = 65537n;
  for (;;) { p = genPrime(bits / 2, rng); q = genPrime(bits / 2, rng); if (p === q) continue; n = p * q; if (n.toString(2).length !== bits) continue; const phi = (p - 1n) * (q - 1n); d = egcdInv(e, phi); break; }
  if (p < q) [p, q] = [q, p];
  const body = der.seq(der.int(0n), der.int(n), der.int(e), der.int(d), der.int(p), der.int(q), der.int(d % (p - 1n)), der.int(d % (q - 1n)), der.int(egcdInv(q, p)));
  const pkcs1 = pem('RSA PRIVATE KEY', body);
  const ko = crypto.createPrivateKey(pkcs1);
  const pkcs8 = ko.export({ type: 'pkcs8', format: 'pem' }).trim();
  const spki = crypto.createPublicKey(ko).export({ type: 'spki', format: 'pem' }).trim();
  const sshStr = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
  const mp = (x) => { let b = bigToBuf(x); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return sshStr(b); };
  const sshPub = 'ssh-rsa ' + Buffer.concat([sshStr(Buffer.from('ssh-rsa')), mp(e), mp(n)]).toString('base64');
  return { pkcs1, pkcs8, spki, sshPub, spkiDer: crypto.createPublicKey(ko).export({ type: 'spki', format: 'der' }) };
}

export function ecKey(rng) {
  let priv; do { priv = rng.bytes(32); } while (priv[0] === 0xff || priv[0] === 0);
  const ecdh = crypto.createECDH('prime256v1'); ecdh.setPrivateKey(priv); const pub = ecdh.getPublicKey();
  const body = der.seq(der.int(1n), der.octet(priv), der.tlv(0xa0, der.oid('2a8648ce3d030107')), der.tlv(0xa1, der.bits(pub)));
  const sec1 = pem('EC PRIVATE KEY', body);
  const ko = crypto.createPrivateKey(sec1);
  return { sec1, pkcs8: ko.export({ type: 'pkcs8', format: 'pem' }).trim(), spki: crypto.createPublicKey(ko).export({ type: 'spki', format: 'pem' }).trim(), spkiDer: crypto.createPublicKey(ko).export({ type: 'spki', format: 'der' }) };
}

function sshString(b) { b = Buffer.isBuffer(b) ? b : Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); }
export function ed25519Key(rng, comment) {
  const seed = rng.bytes(32);
  const ko = crypto.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const pub = Buffer.from(crypto.createPublicKey(ko).export({ format: 'jwk' }).x, 'base64url');
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = rng.bytes(4);
  let privSec = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(comment)]);
  const pad = []; for (let i = 1; (privSec.length + pad.length) % 8; i++) pad.push(i);
  privSec = Buffer.concat([privSec, Buffer.from(pad)]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sshString('none'), sshString('none'), sshString(''), Buffer.from([0, 0, 0, 1]), sshString(pubBlob), sshString(privSec)]);
  return {
    openssh: pem('OPENSSH PRIVATE KEY', blob, 70),
    pkcs8: ko.export({ type: 'pkcs8', format: 'pem' }).trim(),
    sshPub: `ssh-ed25519 ${pubBlob.toString('base64')} ${comment}`,
    seed, pub,
  };
}

function pgpPacket(tag, body) { let hdr; const n = body.length; if (n < 192) hdr = Buffer.from([0xc0 | tag, n]); else if (n < 8384) { const m = n - 192; hdr = Buffer.from([0xc0 | tag, (m >> 8) + 192, m & 255]); } else { hdr = Buffer.alloc(6); hdr[0] = 0xc0 | tag; hdr[1] = 255; hdr.writeUInt32BE(n, 2); } return Buffer.concat([hdr, body]); }
function mpi(buf) { let i = 0; while (i < buf.length && buf[i] === 0) i++; buf = buf.subarray(i); const bits = buf.length ? (buf.length - 1) * 8 + (32 - Math.clz32(buf[0])) : 0; const h = Buffer.alloc(2); h.writeUInt16BE(bits); return Buffer.concat([h, buf]); }
export function pgpKey(rng, uid, created) {
  const k = ed25519Key(rng, 'pgp');
  const t = Buffer.alloc(4); t.writeUInt32BE(created);
  const pubPart = Buffer.concat([Buffer.from([4]), t, Buffer.from([22, 9]), Buffer.from('2b06010401da470f01', 'hex'), mpi(Buffer.concat([Buffer.from([0x40]), k.pub]))]);
  const sec = mpi(k.seed); let sum = 0; for (const b of sec) sum = (sum + b) & 0xffff;
  const ck = Buffer.alloc(2); ck.writeUInt16BE(sum);
  const keyPkt = pgpPacket(5, Buffer.concat([pubPart, Buffer.from([0]), sec, ck]));
  const uidPkt = pgpPacket(13, Buffer.from(uid));
  const hashed = Buffer.concat([Buffer.from([5, 2]), t, Buffer.from([2, 27, 3])]);
  const hl = Buffer.alloc(2); hl.writeUInt16BE(hashed.length);
  const unhashed = Buffer.concat([Buffer.from([9, 16]), rng.bytes(8)]); const ul = Buffer.alloc(2); ul.writeUInt16BE(unhashed.length);
  const sig = pgpPacket(2, Buffer.concat([Buffer.from([4, 0x13, 22, 8]), hl, hashed, ul, unhashed, rng.bytes(2), mpi(rng.bytes(32)), mpi(rng.bytes(32))]));
  const data = Buffer.concat([keyPkt, uidPkt, sig]);
  const c = Buffer.alloc(3); c.writeUIntBE(crc24(data), 0, 3);
  const lines = data.toString('base64').match(/.{1,64}/g);
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines.join('\n')}\n=${c.toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

// Public certificate (look-alike): real X.509 structure, self-signed shape with random signature.
export function certificate(rng, cn, spkiDer) {
  const name = (s) => der.seq(der.tlv(0x31, der.seq(der.oid('550403'), der.utf8(s))));
  const alg = der.seq(der.oid('2a8648ce3d040302'));
  const y = rng.int(24, 26);
  const tbs = der.seq(der.tlv(0xa0, der.int(2n)), der.int(rng.bytes(16)), alg, name('Support Internal CA ' + rng.int(1, 9)), der.seq(der.utc(`${y}0${rng.int(1, 9)}1${rng.int(0, 9)}000000Z`), der.utc(`${y + 2}0${rng.int(1, 9)}1${rng.int(0, 9)}000000Z`)), name(cn), spkiDer);
  const sig = der.seq(der.int(rng.bytes(32)), der.int(rng.bytes(32)));
  return pem('CERTIFICATE', der.seq(tbs, alg, der.bits(sig)));
}
