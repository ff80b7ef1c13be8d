// Key material with real structure: DER (PKCS#1, PKCS#8, SEC1, X.509), OpenSSH,
// OpenPGP packets, SSH public keys, JWTs. Everything is derived from the seeded PRNG;
// node:crypto is only used for deterministic operations (EC/Ed25519 public points,
// Ed25519 signatures, parsing in the validator).
import { createECDH, createPrivateKey, createPublicKey, sign as cSign } from 'node:crypto';
import { crc24 } from './checksums.mjs';

// ---------------------------------------------------------------- DER
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const b = []; while (n > 0) { b.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | b.length, ...b]);
}
export const tlv = (tag, content) => Buffer.concat([Buffer.from([tag]), derLen(content.length), content]);
export const seq = (...xs) => tlv(0x30, Buffer.concat(xs));
export const set = (...xs) => tlv(0x31, Buffer.concat(xs));
export const octet = (b) => tlv(0x04, b);
export const bitstr = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const nul = () => Buffer.from([0x05, 0x00]);
export const ctx = (n, content, constructed = true) => tlv((constructed ? 0xa0 : 0x80) | n, content);
export function bigToBuf(x) {
  let h = x.toString(16); if (h.length % 2) h = '0' + h; return Buffer.from(h, 'hex');
}
export function derInt(x) {
  if (typeof x === 'number') x = BigInt(x);
  let b = x === 0n ? Buffer.from([0]) : bigToBuf(x);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
export function oid(str) {
  const p = str.split('.').map(Number);
  const out = [40 * p[0] + p[1]];
  for (const v of p.slice(2)) {
    const st = []; let x = v; st.unshift(x & 0x7f); x = Math.floor(x / 128);
    while (x > 0) { st.unshift(0x80 | (x & 0x7f)); x = Math.floor(x / 128); }
    out.push(...st);
  }
  return tlv(0x06, Buffer.from(out));
}
const utf8s = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const prints = (s) => tlv(0x13, Buffer.from(s, 'ascii'));
function utcTime(y, mo, d) {
  const s = `${String(y % 100).padStart(2, '0')}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}000000Z`;
  return tlv(0x17, Buffer.from(s, 'ascii'));
}

export function pem(label, der, width = 64) {
  const b = der.toString('base64');
  const lines = b.match(new RegExp(`.{1,${width}}`, 'g'));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---------------------------------------------------------------- RSA
const SMALL_PRIMES = (() => { const r = []; for (let n = 3; r.length < 600; n += 2) { let p = true; for (const q of r) { if (q * q > n) break; if (n % q === 0) { p = false; break; } } if (p) r.push(n); } return r; })();
export function modPow(b, e, m) {
  let r = 1n; b %= m;
  while (e > 0n) { if (e & 1n) r = (r * b) % m; e >>= 1n; b = (b * b) % m; }
  return r;
}
function millerRabin(n, bases) {
  let d = n - 1n, s = 0; while (!(d & 1n)) { d >>= 1n; s++; }
  outer: for (const a0 of bases) {
    const a = BigInt(a0) % (n - 3n) + 2n;
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) { x = (x * x) % n; if (x === n - 1n) continue outer; }
    return false;
  }
  return true;
}
function genPrime(rng, bits, e) {
  for (;;) {
    let c = rng.bigBits(bits) | (1n << BigInt(bits - 1)) | (1n << BigInt(bits - 2)) | 1n;
    for (let step = 0; step < 4000; step++, c += 2n) {
      let ok = true;
      for (const q of SMALL_PRIMES) if (c % BigInt(q) === 0n) { ok = false; break; }
      if (!ok) continue;
      if ((c - 1n) % e === 0n) continue;
      if (millerRabin(c, [2, 3, 5, 7, 11, 13, 17, 19])) return c;
    }
  }
}
function egcdInv(a, m) {
  let [old_r, r] = [a % m, m], [old_s, s] = [1n, 0n];
  while (r !== 0n) { const q = old_r / r; [old_r, r] = [r, old_r - q * r]; [old_s, s] = [s, old_s - q * s]; }
  if (old_r !== 1n) throw new Error('no inverse');
  return ((old_s % m) + m) % m;
}
export function rsaKey(rng, bits) {
  const e = 65537n;
  for (;;) {
    const p = genPrime(rng, bits / 2, e), q = genPrime(rng, bits / 2, e);
    if (p === q) continue;
    const n = p * q; if (n.toString(2).length !== bits) continue;
    const phi = (p - 1n) * (q - 1n);
    const d = egcdInv(e, phi);
    return { n, e, d, p, q, dp: d % (p - 1n), dq: d % (q - 1n), qi: egcdInv(q, p) };
  }
}
export function rsaPkcs1Der(k) {
  return seq(derInt(0), derInt(k.n), derInt(k.e), derInt(k.d), derInt(k.p), derInt(k.q), derInt(k.dp), derInt(k.dq), derInt(k.qi));
}
export function rsaPkcs8Der(k) {
  return seq(derInt(0), seq(oid('1.2.840.113549.1.1.1'), nul()), octet(rsaPkcs1Der(k)));
}
export function rsaSpkiDer(k) {
  return seq(seq(oid('1.2.840.113549.1.1.1'), nul()), bitstr(seq(derInt(k.n), derInt(k.e))));
}

// ---------------------------------------------------------------- EC
const CURVES = {
  p256: { node: 'prime256v1', oid: '1.2.840.10045.3.1.7', size: 32, ssh: 'nistp256' },
  p384: { node: 'secp384r1', oid: '1.3.132.0.34', size: 48, ssh: 'nistp384' },
};
export function ecKey(rng, curve = 'p256') {
  const c = CURVES[curve];
  for (;;) {
    const d = rng.bytes(c.size); if (d[0] === 0 || d[0] === 0xff) continue;
    try { const ecdh = createECDH(c.node); ecdh.setPrivateKey(d); return { curve, d, pub: ecdh.getPublicKey() }; } catch { /* retry */ }
  }
}
export function ecSec1Der(k, withParams = true) {
  const c = CURVES[k.curve];
  const parts = [derInt(1), octet(k.d)];
  if (withParams) parts.push(ctx(0, oid(c.oid)));
  parts.push(ctx(1, bitstr(k.pub)));
  return seq(...parts);
}
export function ecPkcs8Der(k) {
  const c = CURVES[k.curve];
  return seq(derInt(0), seq(oid('1.2.840.10045.2.1'), oid(c.oid)), octet(ecSec1Der(k, false)));
}
export function ecSpkiDer(k) {
  const c = CURVES[k.curve];
  return seq(seq(oid('1.2.840.10045.2.1'), oid(c.oid)), bitstr(k.pub));
}

// ---------------------------------------------------------------- Ed25519
export function edKey(rng) {
  const seed = rng.bytes(32);
  const der = seq(derInt(0), seq(oid('1.3.101.112')), octet(octet(seed)));
  const priv = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(priv).export({ format: 'der', type: 'spki' });
  return { seed, pub: spki.subarray(spki.length - 32), pkcs8: der, spki, priv };
}

// ---------------------------------------------------------------- SSH wire format
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sshStr = (b) => { if (typeof b === 'string') b = Buffer.from(b, 'utf8'); return Buffer.concat([u32(b.length), b]); };
const mpint = (x) => { let b = x === 0n ? Buffer.alloc(0) : bigToBuf(x); if (b.length && (b[0] & 0x80)) b = Buffer.concat([Buffer.from([0]), b]); return sshStr(b); };

export function sshPublicBlob(kind, k) {
  if (kind === 'ed25519') return Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub)]);
  if (kind === 'rsa') return Buffer.concat([sshStr('ssh-rsa'), mpint(k.e), mpint(k.n)]);
  const c = CURVES[k.curve];
  return Buffer.concat([sshStr('ecdsa-sha2-' + c.ssh), sshStr(c.ssh), sshStr(k.pub)]);
}
export function sshPublicLine(kind, k, comment) {
  const name = kind === 'ed25519' ? 'ssh-ed25519' : kind === 'rsa' ? 'ssh-rsa' : 'ecdsa-sha2-' + CURVES[k.curve].ssh;
  return `${name} ${sshPublicBlob(kind, k).toString('base64')}${comment ? ' ' + comment : ''}`;
}
export function opensshPrivate(rng, kind, k, comment) {
  const check = rng.u32();
  let priv;
  if (kind === 'ed25519') priv = Buffer.concat([sshStr('ssh-ed25519'), sshStr(k.pub), sshStr(Buffer.concat([k.seed, k.pub]))]);
  else if (kind === 'rsa') priv = Buffer.concat([sshStr('ssh-rsa'), mpint(k.n), mpint(k.e), mpint(k.d), mpint(k.qi), mpint(k.p), mpint(k.q)]);
  else { const c = CURVES[k.curve]; priv = Buffer.concat([sshStr('ecdsa-sha2-' + c.ssh), sshStr(c.ssh), sshStr(k.pub), mpint(BigInt('0x' + k.d.toString('hex')))]); }
  let sec = Buffer.concat([u32(check), u32(check), priv, sshStr(comment)]);
  const pad = []; for (let i = 1; (sec.length + pad.length) % 8 !== 0; i++) pad.push(i);
  sec = Buffer.concat([sec, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(sshPublicBlob(kind, k)), sshStr(sec)]);
  return pem('OPENSSH PRIVATE KEY', body, 70);
}
export function parseOpenssh(body) { // returns true if structure is consistent
  let o = 0; const rd = () => { const n = body.readUInt32BE(o); o += 4; const b = body.subarray(o, o + n); o += n; if (o > body.length) throw new Error('short'); return b; };
  const magic = 'openssh-key-v1\0'; if (body.subarray(0, magic.length).toString('latin1') !== magic) return false;
  o = magic.length;
  const cipher = rd().toString(); const kdf = rd().toString(); rd();
  const n = body.readUInt32BE(o); o += 4; if (n !== 1) return false;
  const pubBlob = rd(); const sec = rd(); if (o !== body.length) return false;
  if (cipher !== 'none' || kdf !== 'none') return false;
  if (sec.length % 8 !== 0) return false;
  if (sec.readUInt32BE(0) !== sec.readUInt32BE(4)) return false;
  const ktype = sec.subarray(12, 12 + sec.readUInt32BE(8)).toString();
  const pt = pubBlob.subarray(4, 4 + pubBlob.readUInt32BE(0)).toString();
  return ktype === pt && /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384))$/.test(pt);
}

// ---------------------------------------------------------------- OpenPGP
function pgpPacket(tag, body) {
  const n = body.length; let len;
  if (n < 192) len = Buffer.from([n]);
  else if (n < 8384) { const m = n - 192; len = Buffer.from([(m >> 8) + 192, m & 0xff]); }
  else len = Buffer.concat([Buffer.from([255]), u32(n)]);
  return Buffer.concat([Buffer.from([0xc0 | tag]), len, body]);
}
function pgpMpi(buf) {
  let i = 0; while (i < buf.length && buf[i] === 0) i++; buf = buf.subarray(i);
  const bits = buf.length ? (buf.length - 1) * 8 + (32 - Math.clz32(buf[0])) : 0;
  const h = Buffer.alloc(2); h.writeUInt16BE(bits); return Buffer.concat([h, buf]);
}
export function pgpPrivateBlock(rng, uid, created) {
  const ed = edKey(rng);
  const time = u32(created);
  const edOid = Buffer.from([0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01]);
  const pubPart = Buffer.concat([Buffer.from([4]), time, Buffer.from([22]), edOid, pgpMpi(Buffer.concat([Buffer.from([0x40]), ed.pub]))]);
  const secMpi = pgpMpi(ed.seed);
  let sum = 0; for (const b of secMpi) sum = (sum + b) & 0xffff;
  const ck = Buffer.alloc(2); ck.writeUInt16BE(sum);
  const secKey = pgpPacket(5, Buffer.concat([pubPart, Buffer.from([0]), secMpi, ck]));
  const uidPkt = pgpPacket(13, Buffer.from(uid, 'utf8'));
  const fpr = rng.bytes(20);
  const hashed = Buffer.concat([Buffer.from([5, 2]), time, Buffer.from([22, 33, 4]), fpr, Buffer.from([2, 27, 3])]);
  const unhashed = Buffer.concat([Buffer.from([9, 16]), fpr.subarray(12)]);
  const hl = Buffer.alloc(2); hl.writeUInt16BE(hashed.length);
  const ul = Buffer.alloc(2); ul.writeUInt16BE(unhashed.length);
  const sig = pgpPacket(2, Buffer.concat([Buffer.from([4, 0x13, 22, 8]), hl, hashed, ul, unhashed, rng.bytes(2), pgpMpi(rng.bytes(32)), pgpMpi(rng.bytes(32))]));
  // cv25519 encryption subkey
  const cvOid = Buffer.from([0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x97, 0x55, 0x01, 0x05, 0x01]);
  const cvPub = Buffer.concat([Buffer.from([4]), time, Buffer.from([18]), cvOid, pgpMpi(Buffer.concat([Buffer.from([0x40]), rng.bytes(32)])), Buffer.from([3, 1, 8, 7])]);
  const cvSec = pgpMpi(rng.bytes(32)); let s2 = 0; for (const b of cvSec) s2 = (s2 + b) & 0xffff;
  const ck2 = Buffer.alloc(2); ck2.writeUInt16BE(s2);
  const sub = pgpPacket(7, Buffer.concat([cvPub, Buffer.from([0]), cvSec, ck2]));
  const body = Buffer.concat([secKey, uidPkt, sig, sub]);
  const c = crc24(body); const cb = Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]);
  const lines = body.toString('base64').match(/.{1,64}/g);
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines.join('\n')}\n=${cb.toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export function parsePgpArmor(text) {
  const m = /^-----BEGIN PGP PRIVATE KEY BLOCK-----\n(?:[A-Za-z]+: [^\n]*\n)*\n([A-Za-z0-9+/=\n]+?)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----$/.exec(text);
  if (!m) return false;
  const body = Buffer.from(m[1].replace(/\n/g, ''), 'base64');
  const c = crc24(body); const cb = Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]);
  if (cb.toString('base64') !== m[2]) return false;
  // walk packets
  let o = 0; const tags = [];
  while (o < body.length) {
    const h = body[o++]; if ((h & 0xc0) !== 0xc0) return false;
    const tag = h & 0x3f; let n = body[o++];
    if (n >= 192 && n < 224) n = ((n - 192) << 8) + body[o++] + 192;
    else if (n === 255) { n = body.readUInt32BE(o); o += 4; }
    o += n; tags.push(tag);
  }
  return o === body.length && tags[0] === 5;
}

// ---------------------------------------------------------------- X.509
function rdn(pairs) { // [[oid, value], ...]
  return seq(...pairs.map(([o, v]) => set(seq(oid(o), o === '2.5.4.6' ? prints(v) : utf8s(v)))));
}
export function certificate(rng, { cn, org, country, subjectKey, issuerKey, year }) {
  const serial = BigInt('0x' + rng.hex(32)) | (1n << 120n);
  const spki = subjectKey.spki;
  const issuer = rdn([['2.5.4.6', country], ['2.5.4.10', org], ['2.5.4.3', org + ' Internal CA']]);
  const subject = rdn([['2.5.4.6', country], ['2.5.4.10', org], ['2.5.4.3', cn]]);
  const ext = ctx(3, seq(
    seq(oid('2.5.29.19'), tlv(0x01, Buffer.from([0xff])), octet(seq())),
    seq(oid('2.5.29.17'), octet(seq(tlv(0x82, Buffer.from(cn, 'ascii'))))),
  ));
  const tbs = seq(ctx(0, derInt(2)), derInt(serial), seq(oid('1.3.101.112')), issuer,
    seq(utcTime(year, rng.range(1, 12), rng.range(1, 28)), utcTime(year + rng.range(1, 3), rng.range(1, 12), rng.range(1, 28))),
    subject, spki, ext);
  const sig = cSign(null, tbs, issuerKey.priv);
  return pem('CERTIFICATE', seq(tbs, seq(oid('1.3.101.112')), bitstr(sig)));
}

// ---------------------------------------------------------------- JWT
export const b64u = (x) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)).toString('base64url');
export function jwt(rng, header, payload) {
  const sigLen = /^HS/.test(header.alg) ? (header.alg === 'HS512' ? 64 : 32) : /^ES256/.test(header.alg) ? 64 : /^ES384/.test(header.alg) ? 96 : header.alg === 'EdDSA' ? 64 : 256;
  return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}.${rng.bytes(sigLen).toString('base64url')}`;
}
