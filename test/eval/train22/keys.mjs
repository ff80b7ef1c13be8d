// Key material with real structure: DER encoders, RSA (real primes via OpenSSL's prime test on
// candidates drawn from the seeded PRNG), EC/Ed25519 via node:crypto import of seeded scalars,
// OpenSSH private keys, OpenPGP secret-key blocks, and look-alike certificates / public keys.
import { createPrivateKey, createPublicKey, checkPrimeSync, X509Certificate } from 'node:crypto';
import { crc24 } from './checks.mjs';

// ---------- DER ----------
export function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const b = [];
  while (n > 0) { b.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | b.length, ...b]);
}
export const tlv = (tag, content) => Buffer.concat([Buffer.from([tag]), derLen(content.length), content]);
export const seq = (...xs) => tlv(0x30, Buffer.concat(xs));
export const set = (...xs) => tlv(0x31, Buffer.concat(xs));
export const octet = (b) => tlv(0x04, b);
export const bitstr = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const nul = () => Buffer.from([0x05, 0x00]);
export const ctx = (n, b, constructed = true) => tlv((constructed ? 0xa0 : 0x80) | n, b);
export function bigToBuf(v) {
  let h = v.toString(16); if (h.length % 2) h = '0' + h;
  return Buffer.from(h, 'hex');
}
export function derInt(v) {
  let b = typeof v === 'bigint' ? bigToBuf(v) : Buffer.isBuffer(v) ? v : bigToBuf(BigInt(v));
  let i = 0; while (i < b.length - 1 && b[i] === 0 && !(b[i + 1] & 0x80)) i++;
  b = b.subarray(i);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
export function oid(str) {
  const p = str.split('.').map(Number);
  const out = [40 * p[0] + p[1]];
  for (const x of p.slice(2)) {
    const tmp = [];
    let v = x; tmp.unshift(v & 0x7f); v >>>= 7;
    while (v > 0) { tmp.unshift(0x80 | (v & 0x7f)); v >>>= 7; }
    out.push(...tmp);
  }
  return tlv(0x06, Buffer.from(out));
}
export function pemWrap(label, der, width = 64) {
  const b = der.toString('base64');
  const lines = [];
  for (let i = 0; i < b.length; i += width) lines.push(b.slice(i, i + width));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---------- RSA ----------
function modInv(a, m) {
  let [g, x] = egcd(((a % m) + m) % m, m);
  if (g !== 1n) throw new Error('no inverse');
  return ((x % m) + m) % m;
}
function egcd(a, b) {
  let [or, r] = [a, b], [os, s] = [1n, 0n];
  while (r !== 0n) { const q = or / r; [or, r] = [r, or - q * r]; [os, s] = [s, os - q * s]; }
  return [or, os];
}
function prime(r, bits, e) {
  let p = r.big(bits) | (1n << BigInt(bits - 2)) | 1n;
  for (;;) {
    if (checkPrimeSync(p, { checks: 16 }) && egcd((p - 1n) % e, e)[0] === 1n) return p;
    p += 2n;
  }
}
export function rsaKey(r, bits = 2048) {
  const e = 65537n;
  let p, q, n;
  do { p = prime(r, bits / 2, e); q = prime(r, bits / 2, e); n = p * q; } while (p === q || n.toString(2).length !== bits);
  if (p < q) [p, q] = [q, p];
  const phi = (p - 1n) * (q - 1n);
  const d = modInv(e, phi);
  const der = seq(derInt(0n), derInt(n), derInt(e), derInt(d), derInt(p), derInt(q), derInt(d % (p - 1n)), derInt(d % (q - 1n)), derInt(modInv(q, p)));
  return { n, e, d, p, q, der };
}
export function rsaPem(r, bits, type) {
  const k = rsaKey(r, bits);
  const ko = createPrivateKey({ key: k.der, format: 'der', type: 'pkcs1' });
  if (type === 'pkcs8') return ko.export({ format: 'pem', type: 'pkcs8' }).trimEnd();
  return pemWrap('RSA PRIVATE KEY', k.der);
}

// ---------- EC / Ed25519 ----------
const CURVES = {
  p256: { oid: '1.2.840.10045.3.1.7', size: 32, ssh: 'nistp256' },
  p384: { oid: '1.3.132.0.34', size: 48, ssh: 'nistp384' },
  k256: { oid: '1.3.132.0.10', size: 32, ssh: null },
};
export function ecKeyObject(r, curve = 'p256') {
  const c = CURVES[curve];
  let d = r.bytes(c.size); d[0] = (d[0] & 0x7f) | 0x01;
  const der = seq(derInt(1n), octet(d), ctx(0, oid(c.oid)));
  return { ko: createPrivateKey({ key: der, format: 'der', type: 'sec1' }), d };
}
export function ecPem(r, curve, type) {
  const c = CURVES[curve];
  const { ko, d } = ecKeyObject(r, curve);
  const j = ko.export({ format: 'jwk' });
  const Q = Buffer.concat([Buffer.from([4]), Buffer.from(j.x, 'base64url'), Buffer.from(j.y, 'base64url')]);
  let der;
  if (type === 'pkcs8') {
    der = seq(derInt(0n), seq(oid('1.2.840.10045.2.1'), oid(c.oid)), octet(seq(derInt(1n), octet(d), ctx(1, bitstr(Q)))));
    createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    return pemWrap('PRIVATE KEY', der);
  }
  der = seq(derInt(1n), octet(d), ctx(0, oid(c.oid)), ctx(1, bitstr(Q)));
  createPrivateKey({ key: der, format: 'der', type: 'sec1' });
  return pemWrap('EC PRIVATE KEY', der);
}
const ED_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
export function ed25519(r) {
  const seed = r.bytes(32);
  const ko = createPrivateKey({ key: Buffer.concat([ED_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const pub = Buffer.from(ko.export({ format: 'jwk' }).x, 'base64url');
  return { ko, seed, pub };
}
export function ed25519Pem(r) { return ed25519(r).ko.export({ format: 'pem', type: 'pkcs8' }).trimEnd(); }

// ---------- OpenSSH ----------
const u32b = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sstr = (b) => { const x = Buffer.isBuffer(b) ? b : Buffer.from(b); return Buffer.concat([u32b(x.length), x]); };
function mpint(b) { let x = b; let i = 0; while (i < x.length - 1 && x[i] === 0) i++; x = x.subarray(i); if (x[0] & 0x80) x = Buffer.concat([Buffer.from([0]), x]); return sstr(x); }
export function opensshPrivate(r, alg = 'ed25519', comment = 'user@host') {
  let pubBlob, privPart;
  if (alg === 'ed25519') {
    const { seed, pub } = ed25519(r);
    pubBlob = Buffer.concat([sstr('ssh-ed25519'), sstr(pub)]);
    privPart = Buffer.concat([sstr('ssh-ed25519'), sstr(pub), sstr(Buffer.concat([seed, pub]))]);
  } else {
    const curve = alg === 'ecdsa384' ? 'p384' : 'p256';
    const c = CURVES[curve];
    const { ko, d } = ecKeyObject(r, curve);
    const j = ko.export({ format: 'jwk' });
    const Q = Buffer.concat([Buffer.from([4]), Buffer.from(j.x, 'base64url'), Buffer.from(j.y, 'base64url')]);
    const t = `ecdsa-sha2-${c.ssh}`;
    pubBlob = Buffer.concat([sstr(t), sstr(c.ssh), sstr(Q)]);
    privPart = Buffer.concat([sstr(t), sstr(c.ssh), sstr(Q), mpint(d)]);
  }
  const check = r.u32();
  let priv = Buffer.concat([u32b(check), u32b(check), privPart, sstr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), sstr('none'), sstr('none'), sstr(''), u32b(1), sstr(pubBlob), sstr(priv)]);
  return pemWrap('OPENSSH PRIVATE KEY', blob, 70);
}
export function parseOpenssh(b64) {
  // returns true when the blob has the openssh-key-v1 structure with one key and matching check ints
  const b = Buffer.from(b64, 'base64');
  const magic = 'openssh-key-v1\0';
  if (b.subarray(0, magic.length).toString('latin1') !== magic) return false;
  let o = magic.length;
  const rd = () => { const n = b.readUInt32BE(o); o += 4; const x = b.subarray(o, o + n); o += n; if (o > b.length) throw new Error('ssh overrun'); return x; };
  try {
    const cipher = rd().toString(); rd(); rd();
    const nk = b.readUInt32BE(o); o += 4;
    if (nk !== 1) return false;
    const pub = rd(); const priv = rd();
    if (o !== b.length) return false;
    if (cipher === 'none') {
      if (priv.length % 8 !== 0) return false;
      if (priv.readUInt32BE(0) !== priv.readUInt32BE(4)) return false;
      const tl = priv.readUInt32BE(8);
      const t = priv.subarray(12, 12 + tl).toString();
      const pt = pub.subarray(4, 4 + pub.readUInt32BE(0)).toString();
      if (t !== pt) return false;
    }
    return true;
  } catch { return false; }
}

// ---------- OpenPGP (v4 EdDSA secret key + user id) ----------
function pgpPacket(tag, body) {
  const len = body.length;
  let hdr;
  if (len < 192) hdr = Buffer.from([0xc0 | tag, len]);
  else if (len < 8384) { const l = len - 192; hdr = Buffer.from([0xc0 | tag, (l >> 8) + 192, l & 0xff]); }
  else throw new Error('pgp packet too long');
  return Buffer.concat([hdr, body]);
}
function pgpMpi(buf) {
  let i = 0; while (i < buf.length - 1 && buf[i] === 0) i++;
  const b = buf.subarray(i);
  const bits = (b.length - 1) * 8 + (32 - Math.clz32(b[0]));
  return Buffer.concat([Buffer.from([bits >> 8, bits & 0xff]), b]);
}
export function pgpPrivate(r, uid, created) {
  const { seed, pub } = ed25519(r);
  const t = Buffer.alloc(4); t.writeUInt32BE(created >>> 0);
  const curveOid = Buffer.from('2b06010401da470f01', 'hex');
  const pubPoint = pgpMpi(Buffer.concat([Buffer.from([0x40]), pub]));
  const secMpi = pgpMpi(seed);
  let sum = 0; for (const x of secMpi) sum = (sum + x) & 0xffff;
  const body = Buffer.concat([Buffer.from([4]), t, Buffer.from([22, curveOid.length]), curveOid, pubPoint, Buffer.from([0]), secMpi, Buffer.from([sum >> 8, sum & 0xff])]);
  const data = Buffer.concat([pgpPacket(5, body), pgpPacket(13, Buffer.from(uid, 'utf8'))]);
  const b64 = data.toString('base64');
  const lines = []; for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  const c = crc24(data); const cb = Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines.join('\n')}\n=${cb}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export function parsePgpArmor(text) {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (!/^-----BEGIN PGP PRIVATE KEY BLOCK-----$/.test(lines[0])) return false;
  if (!/^-----END PGP PRIVATE KEY BLOCK-----$/.test(lines[lines.length - 1])) return false;
  let i = 1; while (i < lines.length && lines[i] !== '') i++;
  const body = []; let crc = null;
  for (i = i + 1; i < lines.length - 1; i++) { if (lines[i].startsWith('=')) crc = lines[i].slice(1); else body.push(lines[i]); }
  const data = Buffer.from(body.join(''), 'base64');
  if (!crc) return false;
  const c = crc24(data);
  if (Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]).toString('base64') !== crc) return false;
  let o = 0, first = true;
  while (o < data.length) {
    const h = data[o];
    if ((h & 0xc0) !== 0xc0) return false;
    const tag = h & 0x3f; let len = data[o + 1], hl = 2;
    if (len >= 192 && len < 224) { len = ((len - 192) << 8) + data[o + 2] + 192; hl = 3; }
    if (first && (tag !== 5 || data[o + hl] !== 4)) return false;
    first = false; o += hl + len;
  }
  return o === data.length;
}

// ---------- look-alike public material ----------
export function sshPublicLine(r, comment) {
  const kind = r.pick(['ed25519', 'ed25519', 'ecdsa', 'rsa']);
  let blob, t;
  if (kind === 'ed25519') { t = 'ssh-ed25519'; blob = Buffer.concat([sstr(t), sstr(ed25519(r).pub)]); }
  else if (kind === 'ecdsa') {
    const { ko } = ecKeyObject(r, 'p256'); const j = ko.export({ format: 'jwk' });
    const Q = Buffer.concat([Buffer.from([4]), Buffer.from(j.x, 'base64url'), Buffer.from(j.y, 'base64url')]);
    t = 'ecdsa-sha2-nistp256'; blob = Buffer.concat([sstr(t), sstr('nistp256'), sstr(Q)]);
  } else {
    const n = r.bytes(256); n[0] |= 0x80; n[255] |= 1;
    t = 'ssh-rsa'; blob = Buffer.concat([sstr(t), mpint(Buffer.from([1, 0, 1])), mpint(n)]);
  }
  return `${t} ${blob.toString('base64')}` + (comment ? ` ${comment}` : '');
}
export function spkiPem(r) {
  const { ko } = ecKeyObject(r, 'p256');
  return createPublicKey(ko).export({ format: 'pem', type: 'spki' }).trimEnd();
}
function utcTime(d) {
  const p = (n) => String(n).padStart(2, '0');
  return tlv(0x17, Buffer.from(`${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`));
}
const rdn = (o, v, printable) => set(seq(oid(o), tlv(printable ? 0x13 : 0x0c, Buffer.from(v, 'utf8'))));
export function certificatePem(r, cn, org, country) {
  const { ko } = ecKeyObject(r, 'p256');
  const spki = createPublicKey(ko).export({ format: 'der', type: 'spki' });
  const sigAlg = seq(oid('1.2.840.10045.4.3.2'));
  const issuer = seq(rdn('2.5.4.6', country, true), rdn('2.5.4.10', org), rdn('2.5.4.3', `${org} Issuing CA`));
  const subject = seq(rdn('2.5.4.6', country, true), rdn('2.5.4.10', org), rdn('2.5.4.3', cn));
  const nb = new Date(Date.UTC(2023 + r.int(0, 2), r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59)));
  const na = new Date(nb.getTime() + r.pick([90, 365, 398, 730]) * 86400000);
  const serial = r.bytes(16); serial[0] &= 0x7f; serial[0] |= 0x10;
  const san = seq(oid('2.5.29.17'), octet(seq(tlv(0x82, Buffer.from(cn)))));
  const tbs = seq(ctx(0, derInt(2n)), derInt(serial), sigAlg, issuer, seq(utcTime(nb), utcTime(na)), subject, spki, ctx(3, seq(san)));
  const rr = r.bytes(32); rr[0] |= 0x01; const ss = r.bytes(32); ss[0] |= 0x01;
  const sig = seq(derInt(rr), derInt(ss));
  const pem = pemWrap('CERTIFICATE', seq(tbs, sigAlg, bitstr(sig)));
  new X509Certificate(pem); // throws if malformed
  return pem;
}
