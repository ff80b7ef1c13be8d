// Private and public key material with real structure, derived from the seeded
// PRNG only: RSA primes are drawn from the PRNG and tested with Node's
// checkPrimeSync, EC/Ed25519 public points come from Node's crypto on the
// seeded private scalar, OpenSSH and OpenPGP containers are assembled by hand.
import { checkPrimeSync, createPrivateKey, createPublicKey, createECDH } from 'node:crypto';
import { crc24 } from './checksums.mjs';

// ---------- DER ----------
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  if (n < 0x100) return Buffer.from([0x81, n]);
  return Buffer.from([0x82, n >> 8, n & 0xff]);
}
export const der = (tag, ...parts) => { const body = Buffer.concat(parts); return Buffer.concat([Buffer.from([tag]), derLen(body.length), body]); };
export const SEQ = (...p) => der(0x30, ...p);
export const SET = (...p) => der(0x31, ...p);
export const OCT = (b) => der(0x04, b);
export const BIT = (b) => der(0x03, Buffer.from([0]), b);
export const NUL = () => Buffer.from([0x05, 0x00]);
export const CTX = (n, ...p) => der(0xa0 + n, ...p);
export function INT(x) {
  if (typeof x === 'number') x = BigInt(x);
  let h = x.toString(16); if (h.length % 2) h = '0' + h;
  let b = Buffer.from(h, 'hex');
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return der(0x02, b);
}
export function OID(s) {
  const a = s.split('.').map(Number);
  const out = [40 * a[0] + a[1]];
  for (const v of a.slice(2)) {
    const t = []; let x = v;
    do { t.unshift(x & 0x7f); x >>>= 7; } while (x);
    for (let i = 0; i < t.length - 1; i++) t[i] |= 0x80;
    out.push(...t);
  }
  return der(0x06, Buffer.from(out));
}
export const UTF8 = (s) => der(0x0c, Buffer.from(s, 'utf8'));
export const PRINT = (s) => der(0x13, Buffer.from(s, 'ascii'));
export const UTCTIME = (s) => der(0x17, Buffer.from(s, 'ascii'));

// ---------- helpers ----------
const bufToBig = (b) => BigInt('0x' + b.toString('hex'));
function bigToBuf(x, len) { let h = x.toString(16); if (h.length % 2) h = '0' + h; let b = Buffer.from(h, 'hex'); if (len && b.length < len) b = Buffer.concat([Buffer.alloc(len - b.length), b]); return b; }
const b64u = (x, len) => bigToBuf(x, len).toString('base64url');
function egcd(a, b) { let [x0, x1, y0, y1] = [1n, 0n, 0n, 1n]; while (b) { const q = a / b; [a, b] = [b, a % b]; [x0, x1] = [x1, x0 - q * x1]; [y0, y1] = [y1, y0 - q * y1]; } return [a, x0, y0]; }
function modInv(a, m) { const [g, x] = egcd(((a % m) + m) % m, m); if (g !== 1n) throw new Error('no inverse'); return ((x % m) + m) % m; }
const SMALL = [3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n, 43n, 47n, 53n, 59n, 61n, 67n, 71n, 73n, 79n, 83n, 89n, 97n];
function prime(r, bits) {
  const bytes = bits / 8;
  const b = r.bytes(bytes);
  b[0] |= 0xc0; b[bytes - 1] |= 1;
  let x = bufToBig(b);
  for (;;) {
    if (SMALL.every((p) => x % p !== 0n) && (x - 1n) % 65537n !== 0n && checkPrimeSync(x, { checks: 24 })) return x;
    x += 2n;
  }
}

// ---------- RSA ----------
export function rsaKey(r, bits = 2048) {
  const e = 65537n;
  for (;;) {
    const p = prime(r, bits / 2), q = prime(r, bits / 2);
    if (p === q) continue;
    const n = p * q;
    if (n.toString(2).length !== bits) continue;
    const phi = (p - 1n) * (q - 1n);
    const d = modInv(e, phi);
    const jwk = { kty: 'RSA', n: b64u(n), e: b64u(e), d: b64u(d), p: b64u(p), q: b64u(q), dp: b64u(d % (p - 1n)), dq: b64u(d % (q - 1n)), qi: b64u(modInv(q, p)) };
    const key = createPrivateKey({ key: jwk, format: 'jwk' });
    return { key, n, e, d, p, q, iqmp: modInv(q, p), bits };
  }
}
// ---------- EC ----------
const CURVES = { 'P-256': ['prime256v1', 32, '1.2.840.10045.3.1.7'], 'P-384': ['secp384r1', 48, '1.3.132.0.34'] };
export function ecKey(r, crv = 'P-256') {
  const [name, len] = CURVES[crv];
  for (;;) {
    const d = r.bytes(len);
    if (d.every((x) => x === 0)) continue;
    try {
      const ecdh = createECDH(name); ecdh.setPrivateKey(d);
      const pub = ecdh.getPublicKey();
      const jwk = { kty: 'EC', crv, d: d.toString('base64url'), x: pub.subarray(1, 1 + len).toString('base64url'), y: pub.subarray(1 + len).toString('base64url') };
      return { key: createPrivateKey({ key: jwk, format: 'jwk' }), crv, pub };
    } catch { /* scalar out of range, draw again */ }
  }
}
// ---------- Ed25519 ----------
export function ed25519Key(r) {
  const seed = r.bytes(32);
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  const pub = createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(12);
  return { key, seed, pub };
}

// ---------- PEM text ----------
export function pem(label, derBuf, width = 64) {
  const b = derBuf.toString('base64');
  const lines = b.match(new RegExp(`.{1,${width}}`, 'g'));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}
const trimPem = (s) => s.trim();
export const rsaPkcs1Pem = (k) => trimPem(k.key.export({ type: 'pkcs1', format: 'pem' }));
export const pkcs8Pem = (k) => trimPem(k.key.export({ type: 'pkcs8', format: 'pem' }));
export const ecSec1Pem = (k) => trimPem(k.key.export({ type: 'sec1', format: 'pem' }));
export const spkiPem = (k) => trimPem(createPublicKey(k.key).export({ type: 'spki', format: 'pem' }));

// ---------- OpenSSH ----------
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sshStr = (b) => { if (typeof b === 'string') b = Buffer.from(b, 'utf8'); return Buffer.concat([u32(b.length), b]); };
function mpint(x) { let b = bigToBuf(x); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return sshStr(b); }
export function sshPublicBlob(k) {
  if (k.seed) return Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub)]);
  return Buffer.concat([sshStr('ssh-rsa'), mpint(k.e), mpint(k.n)]);
}
export function sshPublicLine(k, comment) {
  return `${k.seed ? 'ssh-ed25519' : 'ssh-rsa'} ${sshPublicBlob(k).toString('base64')}${comment ? ' ' + comment : ''}`;
}
export function opensshPrivate(r, k, comment) {
  const check = r.bytes(4);
  let priv;
  if (k.seed) priv = Buffer.concat([check, check, sshStr('ssh-ed25519'), sshStr(k.pub), sshStr(Buffer.concat([k.seed, k.pub])), sshStr(comment)]);
  else priv = Buffer.concat([check, check, sshStr('ssh-rsa'), mpint(k.n), mpint(k.e), mpint(k.d), mpint(k.iqmp), mpint(k.p), mpint(k.q), sshStr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0', 'binary'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(sshPublicBlob(k)), sshStr(priv)]);
  return pem('OPENSSH PRIVATE KEY', blob, 70);
}

// ---------- OpenPGP (RFC 4880 v4 secret key, EdDSA legacy) ----------
function pgpPacket(tag, body) {
  let len;
  if (body.length < 192) len = Buffer.from([body.length]);
  else if (body.length < 8384) { const l = body.length - 192; len = Buffer.from([(l >> 8) + 192, l & 0xff]); }
  else len = Buffer.concat([Buffer.from([255]), u32(body.length)]);
  return Buffer.concat([Buffer.from([0xc0 | tag]), len, body]);
}
function pgpMpi(buf) {
  let i = 0; while (i < buf.length - 1 && buf[i] === 0) i++;
  const b = buf.subarray(i);
  const bits = (b.length - 1) * 8 + (b[0] ? 32 - Math.clz32(b[0]) : 0);
  return Buffer.concat([Buffer.from([bits >> 8, bits & 0xff]), b]);
}
export function pgpPrivate(r, k, userId, created) {
  const oid = Buffer.from('2b06010401da470f01', 'hex');
  const pubMpi = pgpMpi(Buffer.concat([Buffer.from([0x40]), k.pub]));
  const secMpi = pgpMpi(k.seed);
  let sum = 0; for (const b of secMpi) sum = (sum + b) & 0xffff;
  const body = Buffer.concat([Buffer.from([4]), u32(created), Buffer.from([22, oid.length]), oid, pubMpi, Buffer.from([0]), secMpi, Buffer.from([sum >> 8, sum & 0xff])]);
  const data = Buffer.concat([pgpPacket(5, body), pgpPacket(13, Buffer.from(userId, 'utf8'))]);
  const lines = data.toString('base64').match(/.{1,64}/g);
  const crc = Buffer.from([crc24(data) >> 16, (crc24(data) >> 8) & 0xff, crc24(data) & 0xff]).toString('base64');
  const hdr = r.chance(0.5) ? 'Comment: exported for backup\n' : '';
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${hdr}\n${lines.join('\n')}\n=${crc}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

// ---------- a self-shaped X.509 certificate (look-alike only; the signature is filler) ----------
export function certificatePem(r, k, cn, org) {
  const name = (cnv) => SEQ(SET(SEQ(OID('2.5.4.6'), PRINT('XX'))), SET(SEQ(OID('2.5.4.10'), UTF8(org))), SET(SEQ(OID('2.5.4.3'), UTF8(cnv))));
  const spki = createPublicKey(k.key).export({ type: 'spki', format: 'der' });
  const y = 24 + r.int(0, 2);
  const tbs = SEQ(CTX(0, INT(2)), INT(bufToBig(r.bytes(16)) >> 1n), SEQ(OID('1.2.840.113549.1.1.11'), NUL()),
    name(org + ' Issuing CA'), SEQ(UTCTIME(`${y}0${r.int(1, 9)}1${r.int(0, 9)}120000Z`), UTCTIME(`${y + 1}0${r.int(1, 9)}1${r.int(0, 9)}120000Z`)), name(cn), spki);
  const cert = SEQ(tbs, SEQ(OID('1.2.840.113549.1.1.11'), NUL()), BIT(r.bytes(256)));
  return pem('CERTIFICATE', cert);
}

// ---------- re-shaping a PEM for its surroundings ----------
export function indentPem(p, indent) { return p.split('\n').map((l, i) => (i === 0 ? l : indent + l)).join('\n'); }
export function escapePem(p) { return p.split('\n').join('\\n'); }
// undo indentation / JSON escaping, for the validator
export function normalizePem(s) {
  return s.replace(/\\r\\n|\\n/g, '\n').split('\n').map((l) => l.trim()).join('\n');
}
