// DER / PEM / OpenSSH structures built from PRNG bytes (structurally real, never usable keys),
// and the parsers the validator uses to check them.

function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  while (n > 0) { bytes.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
export const tlv = (tag, content) => Buffer.concat([Buffer.from([tag]), derLen(content.length), content]);
export const seq = (...items) => tlv(0x30, Buffer.concat(items));
export const set = (...items) => tlv(0x31, Buffer.concat(items));
export const oct = (b) => tlv(0x04, b);
export const bits = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const nul = () => Buffer.from([0x05, 0x00]);
export const ctx = (n, content) => tlv(0xa0 | n, content);
export const utf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
export const utctime = (s) => tlv(0x17, Buffer.from(s, 'ascii'));
export function intSmall(n) { return tlv(0x02, Buffer.from([n])); }
export function intBytes(b) {
  let x = b;
  while (x.length > 1 && x[0] === 0 && x[1] < 0x80) x = x.subarray(1);
  if (x[0] & 0x80) x = Buffer.concat([Buffer.from([0]), x]);
  return tlv(0x02, x);
}
export function oid(str) {
  const p = str.split('.').map(Number);
  const out = [40 * p[0] + p[1]];
  for (const v of p.slice(2)) {
    const enc = [];
    let x = v;
    enc.unshift(x & 0x7f); x >>= 7;
    while (x > 0) { enc.unshift(0x80 | (x & 0x7f)); x >>= 7; }
    out.push(...enc);
  }
  return tlv(0x06, Buffer.from(out));
}
export const OID = {
  rsa: '1.2.840.113549.1.1.1', ecPublicKey: '1.2.840.10045.2.1', p256: '1.2.840.10045.3.1.7', ed25519: '1.3.101.112',
  sha256rsa: '1.2.840.113549.1.1.11', cn: '2.5.4.3', o: '2.5.4.10', c: '2.5.4.6',
};

function bigOdd(r, n) { const b = r.bytes(n); b[0] |= 0xc0; b[n - 1] |= 1; return b; }
export function rsaPkcs1Der(r, bitsN = 2048) {
  const n = bitsN / 8, h = n / 2;
  const mod = bigOdd(r, n);
  const d = r.bytes(n); d[0] &= 0x7f; d[0] |= 0x40;
  return seq(intSmall(0), intBytes(mod), intBytes(Buffer.from([0x01, 0x00, 0x01])), intBytes(d),
    intBytes(bigOdd(r, h)), intBytes(bigOdd(r, h)), intBytes(r.bytes(h)), intBytes(r.bytes(h)), intBytes(r.bytes(h)));
}
export const pkcs8Rsa = (r, bitsN = 2048) => seq(intSmall(0), seq(oid(OID.rsa), nul()), oct(rsaPkcs1Der(r, bitsN)));
export const pkcs8Ed25519 = (r) => seq(intSmall(0), seq(oid(OID.ed25519)), oct(oct(r.bytes(32))));
function ecPoint(r) { return Buffer.concat([Buffer.from([4]), r.bytes(64)]); }
export const sec1Ec = (r) => seq(intSmall(1), oct(r.bytes(32)), ctx(0, oid(OID.p256)), ctx(1, bits(ecPoint(r))));
export const pkcs8Ec = (r) => seq(intSmall(0), seq(oid(OID.ecPublicKey), oid(OID.p256)), oct(seq(intSmall(1), oct(r.bytes(32)), ctx(1, bits(ecPoint(r))))));
export const spkiEc = (r) => seq(seq(oid(OID.ecPublicKey), oid(OID.p256)), bits(ecPoint(r)));
export const spkiRsa = (r, bitsN = 2048) => seq(seq(oid(OID.rsa), nul()), bits(seq(intBytes(bigOdd(r, bitsN / 8)), intBytes(Buffer.from([1, 0, 1])))));

function name(cn, o) {
  return seq(set(seq(oid(OID.c), tlv(0x13, Buffer.from('ZZ')))), set(seq(oid(OID.o), utf8(o))), set(seq(oid(OID.cn), utf8(cn))));
}
export function certificateDer(r, cn, o) {
  const alg = seq(oid(OID.sha256rsa), nul());
  const yr = r.int(23, 25);
  const tbs = seq(ctx(0, intSmall(2)), intBytes(r.bytes(16)), alg, name(`${o} Issuing CA`, o),
    seq(utctime(`${yr}0101000000Z`), utctime(`${yr + 1}0101000000Z`)), name(cn, o), spkiEc(r));
  return seq(tbs, alg, bits(r.bytes(256)));
}

export function pem(label, der, width = 64) {
  const b = der.toString('base64');
  const lines = b.match(new RegExp(`.{1,${width}}`, 'g'));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// ---- OpenSSH
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; };
const sshStr = (b) => { if (typeof b === 'string') b = Buffer.from(b, 'utf8'); return Buffer.concat([u32(b.length), b]); };
export function sshEd25519Pub(r) { return Buffer.concat([sshStr('ssh-ed25519'), sshStr(r.bytes(32))]); }
export function sshRsaPub(r, bitsN = 2048) { const n = Buffer.concat([Buffer.from([0]), bigOdd(r, bitsN / 8)]); return Buffer.concat([sshStr('ssh-rsa'), sshStr(Buffer.from([1, 0, 1])), sshStr(n)]); }
export function opensshEd25519(r, comment) {
  const pubKey = r.bytes(32);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pubKey)]);
  const check = r.bytes(4);
  let priv = Buffer.concat([check, check, sshStr('ssh-ed25519'), sshStr(pubKey), sshStr(Buffer.concat([r.bytes(32), pubKey])), sshStr(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'binary'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pubBlob), sshStr(priv)]);
  return pem('OPENSSH PRIVATE KEY', body, 70);
}

// ---- parsers (validator)
export function parseDer(buf, off = 0) {
  if (off + 2 > buf.length) throw new Error('der: truncated header');
  const tag = buf[off];
  let len = buf[off + 1], p = off + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 3) throw new Error('der: bad length');
    len = 0;
    for (let i = 0; i < n; i++) len = (len << 8) | buf[p + i];
    p += n;
  }
  if (p + len > buf.length) throw new Error('der: length beyond end');
  const node = { tag, start: off, hdr: p - off, len, end: p + len, content: buf.subarray(p, p + len), children: null };
  if (tag & 0x20) {
    node.children = [];
    let q = p;
    while (q < p + len) { const c = parseDer(buf, q); node.children.push(c); q = c.end; }
    if (q !== p + len) throw new Error('der: children overrun');
  }
  return node;
}
export function parseDerAll(buf) { const n = parseDer(buf, 0); if (n.end !== buf.length) throw new Error('der: trailing bytes'); return n; }
const intLenBits = (node) => { let c = node.content; if (c[0] === 0) c = c.subarray(1); return c.length * 8; };
const oidOf = (node) => { const b = node.content; const out = [Math.floor(b[0] / 40), b[0] % 40]; let v = 0; for (const x of b.subarray(1)) { v = (v << 7) | (x & 0x7f); if (!(x & 0x80)) { out.push(v); v = 0; } } return out.join('.'); };

export function pemDecode(text) {
  const m = /^-----BEGIN ([A-Z0-9 ]+)-----\r?\n([A-Za-z0-9+/=\r\n]+?)\r?\n-----END \1-----$/.exec(text);
  if (!m) return null;
  return { label: m[1], der: Buffer.from(m[2].replace(/\s+/g, ''), 'base64'), lines: m[2].split(/\r?\n/) };
}
function checkRsaPkcs1(node) {
  if (node.tag !== 0x30 || node.children.length !== 9) throw new Error('rsa: 9 integers expected');
  if (!node.children.every((c) => c.tag === 0x02)) throw new Error('rsa: non-integer');
  const nb = intLenBits(node.children[1]);
  if (![1024, 2048, 3072, 4096].includes(nb)) throw new Error('rsa: modulus size ' + nb);
  if (intLenBits(node.children[4]) !== nb / 2 || intLenBits(node.children[5]) !== nb / 2) throw new Error('rsa: prime size');
}
// Returns null if the PEM text (with real newlines) is a structurally valid key of the expected label, else an error string.
export function checkPem(text, expectLabels) {
  const d = pemDecode(text);
  if (!d) return 'not a PEM block';
  if (expectLabels && !expectLabels.includes(d.label)) return 'unexpected label ' + d.label;
  const width = d.label === 'OPENSSH PRIVATE KEY' ? 70 : 64;
  for (let i = 0; i < d.lines.length; i++) {
    const L = d.lines[i].length;
    if (i < d.lines.length - 1 ? L !== width : (L === 0 || L > width)) return 'bad PEM line width';
  }
  try {
    if (d.label === 'OPENSSH PRIVATE KEY') return checkOpenssh(d.der);
    const root = parseDerAll(d.der);
    switch (d.label) {
      case 'RSA PRIVATE KEY': checkRsaPkcs1(root); break;
      case 'EC PRIVATE KEY':
        if (root.children.length !== 4 || root.children[1].content.length !== 32) throw new Error('ec: structure');
        if (oidOf(root.children[2].children[0]) !== OID.p256) throw new Error('ec: curve');
        if (root.children[3].children[0].content.length !== 66) throw new Error('ec: point');
        break;
      case 'PRIVATE KEY': {
        const alg = oidOf(root.children[1].children[0]);
        const inner = root.children[2];
        if (alg === OID.rsa) checkRsaPkcs1(parseDerAll(inner.content));
        else if (alg === OID.ed25519) { const o = parseDerAll(inner.content); if (o.tag !== 0x04 || o.content.length !== 32) throw new Error('ed25519 size'); }
        else if (alg === OID.ecPublicKey) { const o = parseDerAll(inner.content); if (o.children[1].content.length !== 32) throw new Error('ec pkcs8 size'); }
        else throw new Error('pkcs8 alg ' + alg);
        break;
      }
      case 'PUBLIC KEY': { const alg = oidOf(root.children[0].children[0]); if (alg !== OID.ecPublicKey && alg !== OID.rsa) throw new Error('spki alg'); break; }
      case 'CERTIFICATE': if (root.children.length !== 3 || root.children[0].children.length < 7) throw new Error('cert structure'); break;
      default: return 'unknown label ' + d.label;
    }
  } catch (e) { return e.message; }
  return null;
}
function readStr(b, p) { const n = b.readUInt32BE(p); if (p + 4 + n > b.length) throw new Error('ssh: string overrun'); return [b.subarray(p + 4, p + 4 + n), p + 4 + n]; }
function checkOpenssh(b) {
  try {
    const magic = 'openssh-key-v1\0';
    if (b.subarray(0, magic.length).toString('binary') !== magic) return 'openssh magic';
    let p = magic.length, s;
    [s, p] = readStr(b, p); if (s.toString() !== 'none') return 'cipher';
    [s, p] = readStr(b, p); if (s.toString() !== 'none') return 'kdf';
    [s, p] = readStr(b, p);
    if (b.readUInt32BE(p) !== 1) return 'nkeys'; p += 4;
    let pub; [pub, p] = readStr(b, p);
    let priv; [priv, p] = readStr(b, p);
    if (p !== b.length) return 'trailing';
    if (priv.length % 8) return 'padding';
    if (!priv.subarray(0, 4).equals(priv.subarray(4, 8))) return 'checkint';
    let q = 8, t, k, sk;
    [t, q] = readStr(priv, q); if (t.toString() !== 'ssh-ed25519') return 'keytype';
    [k, q] = readStr(priv, q); if (k.length !== 32) return 'pub size';
    [sk, q] = readStr(priv, q); if (sk.length !== 64 || !sk.subarray(32).equals(k)) return 'priv size';
    const [, pp] = readStr(pub, 0); const [pk] = readStr(pub, pp); if (!pk.equals(k)) return 'pub mismatch';
    return null;
  } catch (e) { return e.message; }
}
export function checkSshPublic(line) {
  const m = /^(ssh-ed25519|ssh-rsa) ([A-Za-z0-9+/=]+)/.exec(line);
  if (!m) return 'ssh public format';
  try {
    const b = Buffer.from(m[2], 'base64');
    const [t, p] = readStr(b, 0);
    if (t.toString() !== m[1]) return 'ssh type mismatch';
    if (m[1] === 'ssh-ed25519') { const [k, q] = readStr(b, p); if (k.length !== 32 || q !== b.length) return 'ed25519 pub size'; }
    else { const [, q] = readStr(b, p); const [n, q2] = readStr(b, q); if (q2 !== b.length || (n.length - 1) * 8 < 2048) return 'rsa pub size'; }
  } catch (e) { return e.message; }
  return null;
}
