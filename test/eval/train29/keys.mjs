// Private keys, public keys and certificates with real container structure (random-seeded bytes).
import { crc24 } from './checks.mjs';

function len(n) { if (n < 128) return Buffer.from([n]); if (n < 256) return Buffer.from([0x81, n]); return Buffer.from([0x82, n >> 8, n & 255]); }
export const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), len(body.length), body]);
const seq = (...x) => tlv(0x30, Buffer.concat(x));
function int(r, nbytes) { const b = r.bytes(nbytes); b[0] |= 0x80; return tlv(2, Buffer.concat([Buffer.from([0]), b])); }
const intv = (v) => tlv(2, Buffer.from([v]));
const e65537 = tlv(2, Buffer.from([1, 0, 1]));
function oid(s) { const p = s.split('.').map(Number); const out = [40 * p[0] + p[1]]; for (const v of p.slice(2)) { const st = []; let x = v; st.unshift(x & 127); x >>= 7; while (x) { st.unshift((x & 127) | 128); x >>= 7; } out.push(...st); } return tlv(6, Buffer.from(out)); }
const NULL = Buffer.from([5, 0]);
export function wrap(b64, w = 64) { const out = []; for (let i = 0; i < b64.length; i += w) out.push(b64.slice(i, i + w)); return out; }
export const pem = (label, der) => `-----BEGIN ${label}-----\n${wrap(der.toString('base64')).join('\n')}\n-----END ${label}-----`;

export function rsaPkcs1(r, bits = 2048) { const n = bits / 8, h = n / 2; return seq(intv(0), int(r, n), e65537, int(r, n), int(r, h), int(r, h), int(r, h), int(r, h), int(r, h)); }
export const PEMKEY = {
  rsa: (r) => pem('RSA PRIVATE KEY', rsaPkcs1(r, r.chance(0.5) ? 2048 : 1024)),
  pkcs8_ed25519: (r) => pem('PRIVATE KEY', seq(intv(0), seq(oid('1.3.101.112')), tlv(4, tlv(4, r.bytes(32))))),
  pkcs8_ec: (r) => pem('PRIVATE KEY', seq(intv(0), seq(oid('1.2.840.10045.2.1'), oid('1.2.840.10045.3.1.7')), tlv(4, seq(intv(1), tlv(4, r.bytes(32)), tlv(0xa1, tlv(3, Buffer.concat([Buffer.from([0, 4]), r.bytes(64)]))))))),
  pkcs8_rsa: (r) => pem('PRIVATE KEY', seq(intv(0), seq(oid('1.2.840.113549.1.1.1'), NULL), tlv(4, rsaPkcs1(r, 1024)))),
  ec: (r) => pem('EC PRIVATE KEY', seq(intv(1), tlv(4, r.bytes(32)), tlv(0xa0, oid('1.2.840.10045.3.1.7')), tlv(0xa1, tlv(3, Buffer.concat([Buffer.from([0, 4]), r.bytes(64)]))))),
  dsa: (r) => pem('DSA PRIVATE KEY', seq(intv(0), int(r, 128), int(r, 20), int(r, 128), int(r, 128), int(r, 20))),
  encrypted: (r) => pem('ENCRYPTED PRIVATE KEY', seq(seq(oid('1.2.840.113549.1.5.13'), seq(seq(oid('1.2.840.113549.1.5.12'), seq(tlv(4, r.bytes(16)), tlv(2, Buffer.from([8, 0])))), seq(oid('2.16.840.1.101.3.4.1.42'), tlv(4, r.bytes(16))))), tlv(4, r.bytes(160)))),
  openssh: (r, comment = 'deploy@ci-runner') => {
    const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
    const str = (b) => Buffer.concat([u32(b.length), Buffer.isBuffer(b) ? b : Buffer.from(b)]);
    const pub = r.bytes(32); const pubBlob = Buffer.concat([str('ssh-ed25519'), str(pub)]);
    const ci = r.bytes(4);
    let priv = Buffer.concat([ci, ci, str('ssh-ed25519'), str(pub), str(Buffer.concat([r.bytes(32), pub])), str(comment)]);
    const pad = []; for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i);
    priv = Buffer.concat([priv, Buffer.from(pad)]);
    const all = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(pubBlob), str(priv)]);
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(all.toString('base64'), 70).join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
  },
  pgp: (r) => {
    const body = Buffer.concat([Buffer.from([4]), r.bytes(4), Buffer.from([22, 9, 0x2b, 6, 1, 4, 1, 0xda, 0x47, 0x0f, 1, 1, 7, 0x40]), r.bytes(32), Buffer.from([0, 0, 0xff]), r.bytes(32), r.bytes(2)]);
    const uid = Buffer.from('release signing key');
    const bin = Buffer.concat([Buffer.from([0xc5, body.length]), body, Buffer.from([0xcd, uid.length]), uid]);
    const c = crc24(bin); const crc = Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64');
    return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(bin.toString('base64')).join('\n')}\n=${crc}\n-----END PGP PRIVATE KEY BLOCK-----`;
  },
};
export function sshPub(r, comment) {
  const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
  const str = (b) => Buffer.concat([u32(b.length), Buffer.isBuffer(b) ? b : Buffer.from(b)]);
  return 'ssh-ed25519 ' + Buffer.concat([str('ssh-ed25519'), str(r.bytes(32))]).toString('base64') + (comment ? ' ' + comment : '');
}
export const pemPub = (r) => pem('PUBLIC KEY', seq(seq(oid('1.2.840.10045.2.1'), oid('1.2.840.10045.3.1.7')), tlv(3, Buffer.concat([Buffer.from([0, 4]), r.bytes(64)]))));
export const pemCert = (r) => pem('CERTIFICATE', seq(seq(tlv(0xa0, intv(2)), int(r, 16), seq(oid('1.2.840.10045.4.3.2')), seq(tlv(0x31, seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from('internal-ca.test'))))), seq(tlv(0x17, Buffer.from('250101000000Z')), tlv(0x17, Buffer.from('270101000000Z'))), seq(seq(oid('1.2.840.10045.2.1'), oid('1.2.840.10045.3.1.7')), tlv(3, Buffer.concat([Buffer.from([0, 4]), r.bytes(64)])))), seq(oid('1.2.840.10045.4.3.2')), tlv(3, Buffer.concat([Buffer.from([0]), seq(int(r, 32), int(r, 32))]))));
