// Structurally real key material: DER (PKCS#1, PKCS#8, SEC1, SPKI, X.509-shaped
// certificates), the OpenSSH private-key container and OpenPGP secret-key packets, all with
// random (fake) numbers of the right sizes. Also the parsers the validator uses.
import { crc24 } from './checksums.mjs';

// ---------- DER encoding ----------
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  while (n > 0) { bytes.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
const seq = (...items) => tlv(0x30, Buffer.concat(items));
const int = (buf) => {
  let b = Buffer.from(buf);
  while (b.length > 1 && b[0] === 0 && !(b[1] & 0x80)) b = b.subarray(1);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
};
const intN = (n) => int(Buffer.from(n.toString(16).padStart(2, '0').replace(/^(.(..)*)$/, '0$1'), 'hex'));
const octet = (b) => tlv(0x04, b);
const bitstr = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const NULL = Buffer.from([0x05, 0x00]);
function oid(str) {
  const parts = str.split('.').map(Number);
  const out = [40 * parts[0] + parts[1]];
  for (const p of parts.slice(2)) {
    const stack = [p & 0x7f];
    let v = p >>> 7;
    while (v > 0) { stack.unshift(0x80 | (v & 0x7f)); v >>>= 7; }
    out.push(...stack);
  }
  return tlv(0x06, Buffer.from(out));
}
const ctx = (n, body, constructed = true) => tlv((constructed ? 0xa0 : 0x80) | n, body);
const utf8s = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const printable = (s) => tlv(0x13, Buffer.from(s, 'ascii'));
const utctime = (s) => tlv(0x17, Buffer.from(s, 'ascii'));

export const OID = {
  rsa: '1.2.840.113549.1.1.1', ec: '1.2.840.10045.2.1', p256: '1.2.840.10045.3.1.7', p384: '1.3.132.0.34',
  ed25519: '1.3.101.112', sha256rsa: '1.2.840.113549.1.1.11', cn: '2.5.4.3', o: '2.5.4.10', c: '2.5.4.6',
};

// random big integer of exactly `bits` bits (top bit set), odd if asked
function randInt(r, bits, odd = false) {
  const b = r.bytes(Math.ceil(bits / 8));
  const extra = b.length * 8 - bits;
  b[0] &= 0xff >> extra; b[0] |= 0x80 >> extra;
  if (odd) b[b.length - 1] |= 1;
  return b;
}

export function rsaPkcs1(r, bits = 2048) {
  const half = bits / 2;
  return seq(intN(0), int(randInt(r, bits, true)), intN(65537), int(randInt(r, bits - r.int(1, 6))),
    int(randInt(r, half, true)), int(randInt(r, half, true)), int(randInt(r, half - r.int(0, 3))),
    int(randInt(r, half - r.int(0, 3))), int(randInt(r, half - r.int(0, 3))));
}
export function pkcs8Rsa(r, bits = 2048) {
  return seq(intN(0), seq(oid(OID.rsa), NULL), octet(rsaPkcs1(r, bits)));
}
export function pkcs8Ed25519(r) {
  return seq(intN(0), seq(oid(OID.ed25519)), octet(octet(r.bytes(32))));
}
export function pkcs8Ec(r) {
  const inner = seq(intN(1), octet(r.bytes(32)), ctx(1, bitstr(Buffer.concat([Buffer.from([4]), r.bytes(64)]))));
  return seq(intN(0), seq(oid(OID.ec), oid(OID.p256)), octet(inner));
}
export function sec1Ec(r, curve = 'p256') {
  const n = curve === 'p256' ? 32 : 48;
  return seq(intN(1), octet(r.bytes(n)), ctx(0, oid(OID[curve])), ctx(1, bitstr(Buffer.concat([Buffer.from([4]), r.bytes(2 * n)]))));
}
export function spkiRsa(r, bits = 2048) {
  return seq(seq(oid(OID.rsa), NULL), bitstr(seq(int(randInt(r, bits, true)), intN(65537))));
}
export function spkiEd25519(r) { return seq(seq(oid(OID.ed25519)), bitstr(r.bytes(32))); }
export function spkiEc(r) { return seq(seq(oid(OID.ec), oid(OID.p256)), bitstr(Buffer.concat([Buffer.from([4]), r.bytes(64)]))); }

// X.509-shaped certificate (look-alike only): tbs, signature algorithm, signature.
export function certificate(r, cn, org) {
  const name = (c) => seq(tlv(0x31, seq(oid(OID.c), printable('XX'))), tlv(0x31, seq(oid(OID.o), utf8s(org))), tlv(0x31, seq(oid(OID.cn), utf8s(c))));
  const tbs = seq(ctx(0, intN(2)), int(r.bytes(16)), seq(oid(OID.sha256rsa), NULL), name(`${org} Issuing CA`),
    seq(utctime('260101000000Z'), utctime('270101000000Z')), name(cn), r.chance(0.5) ? spkiEc(r) : spkiRsa(r, 2048));
  return seq(tbs, seq(oid(OID.sha256rsa), NULL), bitstr(r.bytes(256)));
}

// ---------- PEM armour ----------
export function pemWrap(label, der, width = 64) {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(new RegExp(`.{1,${width}}`, 'g'));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---------- OpenSSH private key ----------
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sshStr = (b) => { const x = Buffer.isBuffer(b) ? b : Buffer.from(b); return Buffer.concat([u32(x.length), x]); };
const mpint = (b) => { let x = Buffer.from(b); if (x[0] & 0x80) x = Buffer.concat([Buffer.from([0]), x]); return sshStr(x); };

export function sshPublicBlob(type, r, pubOverride) {
  if (type === 'ssh-ed25519') return Buffer.concat([sshStr('ssh-ed25519'), sshStr(pubOverride || r.bytes(32))]);
  if (type === 'ecdsa-sha2-nistp256') return Buffer.concat([sshStr('ecdsa-sha2-nistp256'), sshStr('nistp256'), sshStr(Buffer.concat([Buffer.from([4]), r.bytes(64)]))]);
  // ssh-rsa
  return Buffer.concat([sshStr('ssh-rsa'), mpint(Buffer.from([1, 0, 1])), mpint(randInt(r, 3072, true))]);
}
export function opensshPrivate(r, type = 'ssh-ed25519', comment = 'deploy@build') {
  const check = r.bytes(4);
  let pub, priv;
  if (type === 'ssh-ed25519') {
    const pk = r.bytes(32);
    pub = sshPublicBlob(type, r, pk);
    priv = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pk), sshStr(Buffer.concat([r.bytes(32), pk]))]);
  } else if (type === 'ecdsa-sha2-nistp256') {
    const q = Buffer.concat([Buffer.from([4]), r.bytes(64)]);
    pub = Buffer.concat([sshStr(type), sshStr('nistp256'), sshStr(q)]);
    priv = Buffer.concat([sshStr(type), sshStr('nistp256'), sshStr(q), mpint(r.bytes(32))]);
  } else {
    const n = randInt(r, 3072, true);
    pub = Buffer.concat([sshStr('ssh-rsa'), mpint(Buffer.from([1, 0, 1])), mpint(n)]);
    priv = Buffer.concat([sshStr('ssh-rsa'), mpint(n), mpint(Buffer.from([1, 0, 1])), mpint(randInt(r, 3070)),
      mpint(randInt(r, 1536)), mpint(randInt(r, 1536, true)), mpint(randInt(r, 1536, true))]);
  }
  let block = Buffer.concat([check, check, priv, sshStr(comment)]);
  const pad = [];
  for (let i = 1; (block.length + pad.length) % 8 !== 0; i++) pad.push(i);
  block = Buffer.concat([block, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'binary'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pub), sshStr(block)]);
  return pemWrap('OPENSSH PRIVATE KEY', body, 70);
}

// ---------- OpenPGP secret key (v4 EdDSA, unencrypted) ----------
function pgpPacket(tag, body) {
  const len = body.length;
  let hdr;
  if (len < 192) hdr = Buffer.from([0xc0 | tag, len]);
  else if (len < 8384) { const l = len - 192; hdr = Buffer.from([0xc0 | tag, (l >> 8) + 192, l & 0xff]); }
  else hdr = Buffer.concat([Buffer.from([0xc0 | tag, 0xff]), u32(len)]);
  return Buffer.concat([hdr, body]);
}
const pgpMpi = (bits, bytes) => { const b = Buffer.alloc(2); b.writeUInt16BE(bits); return Buffer.concat([b, bytes]); };
export function pgpPrivate(r, uid) {
  const time = u32(1767225600 + r.int(0, 15000000));
  const pubPoint = Buffer.concat([Buffer.from([0x40]), r.bytes(32)]);
  const secret = r.bytes(32); secret[0] |= 0x80;
  const edOid = Buffer.from([0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01]);
  const secMpi = pgpMpi(256, secret);
  let sum = 0; for (const b of secMpi) sum = (sum + b) & 0xffff;
  const ck = Buffer.alloc(2); ck.writeUInt16BE(sum);
  const body = Buffer.concat([Buffer.from([4]), time, Buffer.from([22]), edOid, pgpMpi(263, pubPoint), Buffer.from([0]), secMpi, ck]);
  const data = Buffer.concat([pgpPacket(5, body), pgpPacket(13, Buffer.from(uid, 'utf8'))]);
  const b64 = data.toString('base64').match(/.{1,64}/g).join('\n');
  const c = Buffer.from([(crc24(data) >> 16) & 0xff, (crc24(data) >> 8) & 0xff, crc24(data) & 0xff]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${b64}\n=${c}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

// ================= parsers for the validator =================
function readTLV(b, off) {
  if (off + 2 > b.length) return null;
  const tag = b[off];
  let len = b[off + 1], p = off + 2;
  if (len & 0x80) {
    const k = len & 0x7f;
    if (k < 1 || k > 3 || p + k > b.length) return null;
    len = 0;
    for (let i = 0; i < k; i++) len = (len << 8) | b[p + i];
    p += k;
  }
  if (p + len > b.length) return null;
  return { tag, start: p, end: p + len, next: p + len, body: b.subarray(p, p + len) };
}
function children(body) {
  const out = [];
  let off = 0;
  while (off < body.length) { const t = readTLV(body, off); if (!t) return null; out.push(t); off = t.next; }
  return out;
}
const intBits = (t) => { let b = t.body; while (b.length && b[0] === 0) b = b.subarray(1); return b.length ? (b.length - 1) * 8 + (32 - Math.clz32(b[0])) : 0; };

function checkPkcs1(der) {
  const top = readTLV(der, 0);
  if (!top || top.tag !== 0x30 || top.next !== der.length) return 'pkcs1: bad outer sequence';
  const k = children(top.body);
  if (!k || k.length !== 9 || k.some((x) => x.tag !== 0x02)) return 'pkcs1: need 9 integers';
  const nb = intBits(k[1]);
  if (![2048, 3072, 4096].includes(nb)) return `pkcs1: modulus ${nb} bits`;
  if (intBits(k[4]) !== nb / 2 || intBits(k[5]) !== nb / 2) return 'pkcs1: prime sizes';
  return null;
}
function checkPkcs8(der) {
  const top = readTLV(der, 0);
  if (!top || top.tag !== 0x30 || top.next !== der.length) return 'pkcs8: outer';
  const k = children(top.body);
  if (!k || k.length < 3 || k[0].tag !== 2 || k[1].tag !== 0x30 || k[2].tag !== 0x04) return 'pkcs8: structure';
  const alg = children(k[1].body);
  if (!alg || alg[0].tag !== 6) return 'pkcs8: alg';
  const o = alg[0].body.toString('hex');
  if (o === '2a864886f70d010101') return checkPkcs1(k[2].body);
  if (o === '2b6570') { const inner = readTLV(k[2].body, 0); return inner && inner.tag === 4 && inner.body.length === 32 ? null : 'pkcs8: ed25519 size'; }
  if (o === '2a8648ce3d0201') return checkSec1(k[2].body, true);
  return 'pkcs8: unknown alg';
}
function checkSec1(der, inPkcs8 = false) {
  const top = readTLV(der, 0);
  if (!top || top.tag !== 0x30 || top.next !== der.length) return 'sec1: outer';
  const k = children(top.body);
  if (!k || k[0].tag !== 2 || k[1].tag !== 4) return 'sec1: structure';
  const n = k[1].body.length;
  if (n !== 32 && n !== 48) return 'sec1: private scalar size';
  const pubT = k.find((x) => x.tag === 0xa1);
  if (!pubT) return 'sec1: no public key';
  const bs = readTLV(pubT.body, 0);
  if (!bs || bs.tag !== 3 || bs.body.length !== 2 + 2 * n || bs.body[1] !== 4) return 'sec1: public point size';
  if (!inPkcs8 && !k.find((x) => x.tag === 0xa0)) return 'sec1: no curve';
  return null;
}
function checkOpenssh(bin) {
  const magic = 'openssh-key-v1\0';
  if (bin.subarray(0, magic.length).toString('binary') !== magic) return 'openssh: magic';
  let p = magic.length;
  const str = () => { if (p + 4 > bin.length) return null; const n = bin.readUInt32BE(p); p += 4; if (p + n > bin.length) return null; const s = bin.subarray(p, p + n); p += n; return s; };
  const cipher = str(), kdf = str(), kopt = str();
  if (!cipher || !kdf || kopt === null) return 'openssh: header';
  const nkeys = bin.readUInt32BE(p); p += 4;
  if (nkeys !== 1) return 'openssh: nkeys';
  const pub = str(), priv = str();
  if (!pub || !priv || p !== bin.length) return 'openssh: sections';
  if (cipher.toString() === 'none') {
    if (priv.length % 8 !== 0) return 'openssh: padding';
    if (!priv.subarray(0, 4).equals(priv.subarray(4, 8))) return 'openssh: checkints';
    const tlen = priv.readUInt32BE(8);
    const type = priv.subarray(12, 12 + tlen).toString();
    if (!['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256'].includes(type)) return 'openssh: key type';
    if (type === 'ssh-ed25519') {
      const l1 = priv.readUInt32BE(12 + tlen);
      const l2 = priv.readUInt32BE(16 + tlen + l1);
      if (l1 !== 32 || l2 !== 64) return 'openssh: ed25519 sizes';
    }
  }
  return null;
}
function checkPgp(text) {
  const m = /-----BEGIN PGP PRIVATE KEY BLOCK-----\n(?:[^\n]+\n)*?\n([A-Za-z0-9+/=\n]+?)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----/.exec(text);
  if (!m) return 'pgp: armour';
  const data = Buffer.from(m[1].replace(/\n/g, ''), 'base64');
  const c = Buffer.from(m[2], 'base64');
  const crc = crc24(data);
  if (c[0] !== ((crc >> 16) & 0xff) || c[1] !== ((crc >> 8) & 0xff) || c[2] !== (crc & 0xff)) return 'pgp: crc24';
  if ((data[0] & 0x3f) !== 5 || !(data[0] & 0x40)) return 'pgp: first packet is not a secret key';
  let len = data[1], off = 2;
  if (len >= 192 && len < 224) { len = ((len - 192) << 8) + data[2] + 192; off = 3; }
  if (data[off] !== 4) return 'pgp: version';
  if (off + len > data.length) return 'pgp: length';
  return null;
}

// Normalise a PEM span (possibly JSON-escaped with \n, or indented in YAML) and check it.
export function checkPemSpan(span) {
  let t = span.replace(/\\r\\n|\\n/g, '\n').replace(/\\\//g, '/');
  t = t.split('\n').map((l) => l.trim()).join('\n');
  if (t.startsWith('-----BEGIN PGP PRIVATE KEY BLOCK-----')) return checkPgp(t);
  const m = /^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(t);
  if (!m) return 'pem: armour';
  const der = Buffer.from(m[2].replace(/\n/g, ''), 'base64');
  if (der.toString('base64') !== m[2].replace(/\n/g, '')) return 'pem: base64';
  switch (m[1]) {
    case 'RSA PRIVATE KEY': return checkPkcs1(der);
    case 'PRIVATE KEY': return checkPkcs8(der);
    case 'EC PRIVATE KEY': return checkSec1(der);
    case 'OPENSSH PRIVATE KEY': return checkOpenssh(der);
    default: return `pem: unexpected label ${m[1]}`;
  }
}
