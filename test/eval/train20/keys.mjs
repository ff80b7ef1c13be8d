// DER / PEM / OpenSSH / OpenPGP structures with real framing and realistic sizes.
// Numbers are random (not a working key pair) but every length and tag is what a parser expects.
import { crc24 } from './checksums.mjs';

// ---------- DER writer
function len(n) {
  if (n < 128) return Buffer.from([n]);
  const b = []; while (n > 0) { b.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | b.length, ...b]);
}
export const tlv = (tag, content) => Buffer.concat([Buffer.from([tag]), len(content.length), content]);
export const seq = (...xs) => tlv(0x30, Buffer.concat(xs));
export const set = (...xs) => tlv(0x31, Buffer.concat(xs));
export function intBytes(b) { let i = 0; while (i < b.length - 1 && b[i] === 0 && !(b[i + 1] & 0x80)) i++; b = b.subarray(i); return tlv(0x02, b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b); }
export const intSmall = (n) => intBytes(Buffer.from(n === 0 ? [0] : n < 256 ? [n] : n < 65536 ? [n >> 8, n & 255] : [n >> 16, (n >> 8) & 255, n & 255]));
export const nul = () => Buffer.from([5, 0]);
export const octet = (b) => tlv(0x04, b);
export const bitstr = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const ctx = (n, b) => tlv(0xa0 + n, b);
export function oid(s) {
  const p = s.split('.').map(Number); const out = [p[0] * 40 + p[1]];
  for (const v of p.slice(2)) { const t = []; let x = v; t.unshift(x & 127); x >>= 7; while (x > 0) { t.unshift((x & 127) | 128); x >>= 7; } out.push(...t); }
  return tlv(0x06, Buffer.from(out));
}
const utf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const printable = (s) => tlv(0x13, Buffer.from(s, 'ascii'));
const utcTime = (s) => tlv(0x17, Buffer.from(s, 'ascii'));

export const OID = {
  rsa: '1.2.840.113549.1.1.1', sha256rsa: '1.2.840.113549.1.1.11', ec: '1.2.840.10045.2.1',
  p256: '1.2.840.10045.3.1.7', p384: '1.3.132.0.34', ed25519: '1.3.101.112', ecdsaSha256: '1.2.840.10045.4.3.2',
  cn: '2.5.4.3', o: '2.5.4.10', c: '2.5.4.6', l: '2.5.4.7',
};

// ---------- DER reader (strict)
export function parseDer(buf, off = 0, end = buf.length) {
  const out = [];
  while (off < end) {
    const tag = buf[off++]; if (off >= end) throw new Error('truncated');
    let l = buf[off++];
    if (l & 0x80) { const n = l & 0x7f; if (n === 0 || n > 3) throw new Error('bad length'); l = 0; for (let i = 0; i < n; i++) l = (l << 8) | buf[off++]; }
    if (off + l > end) throw new Error('overrun');
    const node = { tag, content: buf.subarray(off, off + l) };
    if (tag === 0x30 || tag === 0x31 || (tag & 0xe0) === 0xa0) node.children = parseDer(buf, off, off + l);
    out.push(node); off += l;
  }
  if (off !== end) throw new Error('trailing');
  return out;
}
export function oidString(content) {
  const p = [Math.floor(content[0] / 40), content[0] % 40]; let v = 0;
  for (const b of content.subarray(1)) { v = (v << 7) | (b & 127); if (!(b & 128)) { p.push(v); v = 0; } }
  return p.join('.');
}
const intBits = (content) => { let i = 0; while (content[i] === 0) i++; return (content.length - i) * 8 - Math.clz32(content[i]) + 24; };

// ---------- random big numbers with the top bit set
function bigNum(rng, bytes, odd = false) { const b = rng.bytes(bytes); b[0] |= 0x80; if (odd) b[bytes - 1] |= 1; return b; }

export function rsaPkcs1(rng, bits = 2048) {
  const n = bits / 8, h = n / 2;
  return seq(intSmall(0), intBytes(bigNum(rng, n, true)), intSmall(65537), intBytes(bigNum(rng, n)),
    intBytes(bigNum(rng, h, true)), intBytes(bigNum(rng, h, true)), intBytes(bigNum(rng, h)), intBytes(bigNum(rng, h)), intBytes(bigNum(rng, h)));
}
export const pkcs8Rsa = (rng, bits) => seq(intSmall(0), seq(oid(OID.rsa), nul()), octet(rsaPkcs1(rng, bits)));
function ecPoint(rng, size) { return Buffer.concat([Buffer.from([4]), rng.bytes(size * 2)]); }
export function ecSec1(rng, curve = 'p256', withParams = true) {
  const size = curve === 'p256' ? 32 : 48;
  const parts = [intSmall(1), octet(bigNum(rng, size))];
  if (withParams) parts.push(ctx(0, oid(OID[curve])));
  parts.push(ctx(1, bitstr(ecPoint(rng, size))));
  return seq(...parts);
}
export const pkcs8Ec = (rng, curve = 'p256') => seq(intSmall(0), seq(oid(OID.ec), oid(OID[curve])), octet(ecSec1(rng, curve, false)));
export const pkcs8Ed25519 = (rng) => seq(intSmall(0), seq(oid(OID.ed25519)), octet(octet(rng.bytes(32))));
export const spkiRsa = (rng, bits = 2048) => seq(seq(oid(OID.rsa), nul()), bitstr(seq(intBytes(bigNum(rng, bits / 8, true)), intSmall(65537))));
export const spkiEc = (rng) => seq(seq(oid(OID.ec), oid(OID.p256)), bitstr(ecPoint(rng, 32)));

function rdn(pairs) { return seq(...pairs.map(([o, v, p]) => set(seq(oid(OID[o]), p ? printable(v) : utf8(v))))); }
export function certificate(rng, cn, org) {
  const serial = rng.bytes(16); serial[0] &= 0x7f; serial[0] |= 0x10;
  const y = 22 + rng.int(4); const mo = String(1 + rng.int(12)).padStart(2, '0'); const d = String(1 + rng.int(28)).padStart(2, '0');
  const tbs = seq(ctx(0, intSmall(2)), intBytes(serial), seq(oid(OID.sha256rsa), nul()),
    rdn([['c', 'ZZ', true], ['o', org], ['cn', org + ' Issuing CA 2']]),
    seq(utcTime(`${y}${mo}${d}083000Z`), utcTime(`${y + 1}${mo}${d}083000Z`)),
    rdn([['c', 'ZZ', true], ['o', org], ['cn', cn]]), spkiRsa(rng, 2048));
  return seq(tbs, seq(oid(OID.sha256rsa), nul()), bitstr(rng.bytes(256)));
}

export function pem(label, der, { width = 64 } = {}) {
  const b64 = der.toString('base64'); const lines = [];
  for (let i = 0; i < b64.length; i += width) lines.push(b64.slice(i, i + width));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---------- SSH wire format
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sstr = (b) => { if (typeof b === 'string') b = Buffer.from(b); return Buffer.concat([u32(b.length), b]); };
const mpint = (b) => sstr(b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
export function sshPublicBlob(rng, type) {
  if (type === 'ssh-ed25519') return sstr('ssh-ed25519') && Buffer.concat([sstr('ssh-ed25519'), sstr(rng.bytes(32))]);
  if (type === 'ssh-rsa') return Buffer.concat([sstr('ssh-rsa'), mpint(Buffer.from([1, 0, 1])), mpint(bigNum(rng, 384, true))]);
  return Buffer.concat([sstr('ecdsa-sha2-nistp256'), sstr('nistp256'), sstr(ecPoint(rng, 32))]);
}
export function sshPublicLine(rng, type, comment) { return `${type} ${sshPublicBlob(rng, type).toString('base64')}${comment ? ' ' + comment : ''}`; }
export function opensshPrivate(rng, comment, type = 'ssh-ed25519') {
  const check = rng.bytes(4);
  let pub, privPart;
  if (type === 'ssh-ed25519') {
    const pk = rng.bytes(32); const sk = Buffer.concat([rng.bytes(32), pk]);
    pub = Buffer.concat([sstr('ssh-ed25519'), sstr(pk)]);
    privPart = Buffer.concat([sstr('ssh-ed25519'), sstr(pk), sstr(sk)]);
  } else {
    const q = ecPoint(rng, 32);
    pub = Buffer.concat([sstr('ecdsa-sha2-nistp256'), sstr('nistp256'), sstr(q)]);
    privPart = Buffer.concat([sstr('ecdsa-sha2-nistp256'), sstr('nistp256'), sstr(q), mpint(bigNum(rng, 32))]);
  }
  let priv = Buffer.concat([check, check, privPart, sstr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), sstr('none'), sstr('none'), sstr(''), u32(1), sstr(pub), sstr(priv)]);
  return pem('OPENSSH PRIVATE KEY', blob, { width: 70 });
}
export function parseOpenssh(buf) {
  const magic = 'openssh-key-v1\0';
  if (buf.subarray(0, magic.length).toString('latin1') !== magic) throw new Error('magic');
  let o = magic.length;
  const rd = () => { const n = buf.readUInt32BE(o); o += 4; if (o + n > buf.length) throw new Error('overrun'); const b = buf.subarray(o, o + n); o += n; return b; };
  const cipher = rd().toString(), kdf = rd().toString(); rd();
  const nkeys = buf.readUInt32BE(o); o += 4; if (nkeys !== 1) throw new Error('nkeys');
  const pub = rd(); const priv = rd(); if (o !== buf.length) throw new Error('trailing');
  if (cipher !== 'none' || kdf !== 'none') throw new Error('cipher');
  if (priv.length % 8) throw new Error('padding');
  if (!priv.subarray(0, 4).equals(priv.subarray(4, 8))) throw new Error('checkint');
  const t = pub.subarray(4, 4 + pub.readUInt32BE(0)).toString();
  const pt = priv.subarray(12, 12 + priv.readUInt32BE(8)).toString();
  if (t !== pt) throw new Error('type mismatch');
  return t;
}

// ---------- OpenPGP secret key (v4, EdDSA legacy, unprotected) + user id, ASCII armored
function pgpPacket(tag, body) { // new-format packet
  let l; const n = body.length;
  if (n < 192) l = Buffer.from([n]); else if (n < 8384) l = Buffer.from([((n - 192) >> 8) + 192, (n - 192) & 255]); else throw new Error('long');
  return Buffer.concat([Buffer.from([0xc0 | tag]), l, body]);
}
function mpiPgp(b) { let i = 0; while (b[i] === 0) i++; b = b.subarray(i); const bits = b.length * 8 - (Math.clz32(b[0]) - 24); return Buffer.concat([Buffer.from([bits >> 8, bits & 255]), b]); }
export function pgpPrivate(rng, uid, ts) {
  const oidEd = Buffer.from('2b06010401da470f01', 'hex');
  const pubPoint = Buffer.concat([Buffer.from([0x40]), rng.bytes(32)]);
  const secret = mpiPgp(bigNum(rng, 32));
  let sum = 0; for (const b of secret) sum = (sum + b) & 0xffff;
  const body = Buffer.concat([Buffer.from([4]), u32(ts), Buffer.from([22, oidEd.length]), oidEd, mpiPgp(pubPoint), Buffer.from([0]), secret, Buffer.from([sum >> 8, sum & 255])]);
  const data = Buffer.concat([pgpPacket(5, body), pgpPacket(13, Buffer.from(uid, 'utf8'))]);
  const b64 = data.toString('base64'); const lines = []; for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  const c = crc24(data); const crc = Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines.join('\n')}\n=${crc}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export function parsePgpArmor(text) {
  const m = /^-----BEGIN PGP PRIVATE KEY BLOCK-----\n(?:[A-Za-z]+: [^\n]*\n)*\n([A-Za-z0-9+/=\n]+)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----$/.exec(text);
  if (!m) throw new Error('armor');
  const data = Buffer.from(m[1].replace(/\n/g, ''), 'base64'); const c = crc24(data);
  if (Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64') !== m[2]) throw new Error('crc24');
  if ((data[0] & 0x3f) !== 5 || !(data[0] & 0x40)) throw new Error('not a secret key packet');
  return data;
}

// ---------- PEM validation (used by validate.mjs)
export function checkPem(text) {
  const t = text.replace(/\\n/g, '\n').replace(/\r/g, '').split('\n').map((l) => l.trim()).join('\n');
  if (/^-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(t)) { parsePgpArmor(t); return 'pgp'; }
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(t);
  if (!m) throw new Error('pem framing');
  const label = m[1]; const der = Buffer.from(m[2].replace(/\n/g, ''), 'base64');
  if (der.toString('base64') !== m[2].replace(/\n/g, '')) throw new Error('base64');
  if (label === 'OPENSSH PRIVATE KEY') return parseOpenssh(der);
  const [top, ...rest] = parseDer(der); if (rest.length || top.tag !== 0x30) throw new Error('top');
  const c = top.children;
  const rsaCheck = (kids) => {
    if (kids.length !== 9 || !kids.every((k) => k.tag === 2)) throw new Error('rsa shape');
    const bits = intBits(kids[1].content); if (![1024, 2048, 3072, 4096].includes(bits)) throw new Error('rsa bits ' + bits);
  };
  if (label === 'RSA PRIVATE KEY') { rsaCheck(c); return 'rsa'; }
  if (label === 'EC PRIVATE KEY') {
    if (c[0].tag !== 2 || c[0].content[0] !== 1 || c[1].tag !== 4 || ![32, 48].includes(c[1].content.length)) throw new Error('ec shape');
    return 'ec';
  }
  if (label === 'PRIVATE KEY') {
    if (c.length !== 3 || c[0].tag !== 2 || c[1].tag !== 0x30 || c[2].tag !== 4) throw new Error('pkcs8 shape');
    const alg = oidString(c[1].children[0].content); const inner = parseDer(c[2].content)[0];
    if (alg === OID.rsa) rsaCheck(inner.children);
    else if (alg === OID.ec) { if (inner.tag !== 0x30 || inner.children[1].tag !== 4) throw new Error('ec inner'); }
    else if (alg === OID.ed25519) { if (inner.tag !== 4 || inner.content.length !== 32) throw new Error('ed25519'); }
    else throw new Error('alg ' + alg);
    return 'pkcs8';
  }
  if (label === 'PUBLIC KEY') { if (c.length !== 2 || c[1].tag !== 3) throw new Error('spki'); return 'spki'; }
  if (label === 'CERTIFICATE') {
    if (c.length !== 3 || c[0].tag !== 0x30 || c[2].tag !== 3 || c[0].children.length < 6) throw new Error('x509'); return 'x509';
  }
  throw new Error('label ' + label);
}
