// blind1: value generators (fake, format-valid). Node built-ins only.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

// ---- PRNG: sfc32 with a fixed seed ----------------------------------------
export function makeRng(seed) {
  let a = seed >>> 0, b = 0x9e3779b9, c = 0x243f6a88, d = 0xb7e15162;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 32; i++) next();
  const r = {
    f: next,
    int: (n) => Math.floor(next() * n),
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    bool: (p = 0.5) => next() < p,
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    chars: (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(next() * alpha.length)]; return s; },
    digits: (n) => r.chars('0123456789', n),
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
  };
  return r;
}
export const rng = makeRng(0x5eed_b1d1);
const R = rng;

export const A = {
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  hex: '0123456789abcdef', HEX: '0123456789ABCDEF',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', lower: 'abcdefghijklmnopqrstuvwxyz',
  letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', lowalnum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  upalnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
};
const ch = (a, n) => R.chars(A[a] ?? a, n);

// ---- checksums -----------------------------------------------------------------
export const sha256 = (b) => createHash('sha256').update(b).digest();
function crc32own(buf) { let c, crc = 0xffffffff; for (const byte of buf) { c = (crc ^ byte) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; crc = (crc >>> 8) ^ c; } return (crc ^ 0xffffffff) >>> 0; }
export const crc32 = (s) => (typeof zlib.crc32 === 'function' ? zlib.crc32(Buffer.from(s)) : crc32own(Buffer.from(s))) >>> 0;
export function base62(n, width) { let s = ''; while (n > 0) { s = A.b62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
export function luhnOk(num) { const d = num.replace(/\D/g, ''); let s = 0; for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; } return s % 10 === 0; }
function luhnComplete(prefix, len) { let body = prefix + R.digits(len - prefix.length - 1); for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; }
export function ibanOk(iban) { const s = iban.replace(/\s/g, ''); const r = s.slice(4) + s.slice(0, 4); let m = 0; for (const c of r) { const v = /\d/.test(c) ? c : String(c.charCodeAt(0) - 55); for (const d of v) m = (m * 10 + +d) % 97; } return m === 1; }
export function nhsOk(n) { const d = n.replace(/\D/g, ''); if (d.length !== 10) return false; let s = 0; for (let i = 0; i < 9; i++) s += +d[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; return c !== 10 && c === +d[9]; }
export function deaOk(s) { const m = /^[A-Z]{2}(\d{7})$/.exec(s); if (!m) return false; const d = m[1]; const t = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); return t % 10 === +d[6]; }
export function ssnOk(s) { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const [a, g, se] = [+m[1], +m[2], +m[3]]; return a !== 0 && a !== 666 && a < 900 && g !== 0 && se !== 0; }
export function itinOk(s) { const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const g = +m[2]; return (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }

// base58check
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58enc(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function b58dec(s) { let n = 0n; for (const c of s) { const i = B58.indexOf(c); if (i < 0) return null; n = n * 58n + BigInt(i); } let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; let b = n === 0n ? Buffer.alloc(0) : Buffer.from(hex, 'hex'); let z = 0; for (const c of s) { if (c === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), b]); }
export function b58checkOk(s) { const b = b58dec(s); if (!b || b.length < 5) return false; const p = b.subarray(0, b.length - 4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(b.length - 4)); }
// bech32 / bech32m
const BC = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...[...h].map((c) => c.charCodeAt(0) >> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
function convbits(data, from, to) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (bits > 0) out.push((acc << (to - bits)) & maxv); return out; }
export function bech32enc(hrp, data5, m = false) { const c = m ? 0x2bc830a3 : 1; const pm = polymod([...hrpExp(hrp), ...data5, 0, 0, 0, 0, 0, 0]) ^ c; const cs = []; for (let i = 0; i < 6; i++) cs.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data5, ...cs].map((x) => BC[x]).join(''); }
export function bech32Ok(s) { s = s.toLowerCase(); const p = s.lastIndexOf('1'); const hrp = s.slice(0, p); const d = [...s.slice(p + 1)].map((c) => BC.indexOf(c)); if (d.some((x) => x < 0)) return false; const pm = polymod([...hrpExp(hrp), ...d]); return pm === 1 || pm === 0x2bc830a3; }
export function githubOk(t) { const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(t); return !!m && base62(crc32(m[1]), 6) === m[2]; }
function crc24(buf) { let c = 0xb704ce; for (const b of buf) { c ^= b << 16; for (let i = 0; i < 8; i++) { c <<= 1; if (c & 0x1000000) c ^= 0x1864cfb; } } return c & 0xffffff; }

// ---- PII -----------------------------------------------------------------------
const CARD_BRANDS = [
  () => luhnComplete('4' + R.digits(5), 16),
  () => luhnComplete(String(R.range(51, 55)) + R.digits(4), 16),
  () => luhnComplete(String(R.range(2221, 2720)) + R.digits(2), 16),
  () => luhnComplete(R.pick(['34', '37']) + R.digits(4), 15),
  () => luhnComplete(R.pick(['6011', '65' + R.digits(2), '644' + R.digits(1)]) + R.digits(2), 16),
  () => luhnComplete(String(R.range(3528, 3589)) + R.digits(2), 16),
  () => luhnComplete('36' + R.digits(4), 14),
];
const TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '5105105105105100', '4000056655665556', '3530111333300000', '4012888888881881', '371449635398431'];
export function fmtCard(n, style) {
  if (style === 0) return n;
  const sep = style === 1 ? ' ' : '-';
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g).join(sep);
}
export const cardRaw = () => R.pick(CARD_BRANDS)();
export const card = () => fmtCard(cardRaw(), R.pick([0, 1, 1, 2]));
export function invalidCard() { let n; do { n = '4' + R.digits(15); } while (luhnOk(n)); return fmtCard(n, R.pick([0, 1, 2])); }
export const testCard = () => fmtCard(R.pick(TEST_CARDS), R.pick([0, 1]));

const IBAN = { DE: () => R.digits(18), GB: () => ch('upper', 4) + R.digits(14), FR: () => R.digits(10) + ch('upalnum', 11) + R.digits(2), ES: () => R.digits(20), IT: () => ch('upper', 1) + R.digits(10) + ch('upalnum', 12), NL: () => ch('upper', 4) + R.digits(10), BE: () => R.digits(12), CH: () => R.digits(5) + ch('upalnum', 12), AT: () => R.digits(16), PL: () => R.digits(24), PT: () => R.digits(21), IE: () => ch('upper', 4) + R.digits(14), SE: () => R.digits(20), NO: () => R.digits(11), DK: () => R.digits(14), FI: () => R.digits(14), LU: () => R.digits(3) + ch('upalnum', 13) };
function ibanCheck(cc, bban) { for (let k = 2; k < 99; k++) { const s = cc + String(k).padStart(2, '0') + bban; if (ibanOk(s)) return s; } }
export function iban(print) { const cc = R.pick(Object.keys(IBAN)); const s = ibanCheck(cc, IBAN[cc]()); return (print ?? R.bool(0.6)) ? s.match(/.{1,4}/g).join(' ') : s; }
export function invalidIban() { const cc = R.pick(['DE', 'FR', 'NL', 'ES', 'GB']); const ok = ibanCheck(cc, IBAN[cc]()); let k = (+ok.slice(2, 4) + R.range(1, 40)) % 97; if (k < 2) k += 2; const s = cc + String(k).padStart(2, '0') + ok.slice(4); return ibanOk(s) ? invalidIban() : (R.bool() ? s.match(/.{1,4}/g).join(' ') : s); }
export function ssn(sep = '-') { let a; do { a = R.range(1, 899); } while (a === 666); return [String(a).padStart(3, '0'), String(R.range(1, 99)).padStart(2, '0'), String(R.range(1, 9999)).padStart(4, '0')].join(sep); }
export function invalidSsn() { const t = R.int(4); const a = t === 0 ? '000' : t === 1 ? '666' : t === 2 ? '9' + R.digits(2) : String(R.range(100, 899)); const g = t === 2 ? String(R.range(1, 69)).padStart(2, '0') : t === 3 ? '00' : String(R.range(1, 99)).padStart(2, '0'); const s = t === 3 && R.bool() ? String(R.range(1, 99)).padStart(2, '0') : null; return s ? `${a}-${s}-0000` : `${a}-${g}-${String(R.range(1, 9999)).padStart(4, '0')}`; }
export function itin(sep = '-') { const g = R.pick([...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return ['9' + R.digits(2), String(g), R.digits(4)].join(sep); }
export const passport = () => (R.bool(0.6) ? String(R.range(1, 9)) + R.digits(8) : ch('upper', 1) + R.digits(8));
export function dea(last = 'M') { const d = R.digits(6); const t = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); return R.pick(['A', 'B', 'F', 'G', 'M']) + last.toUpperCase().replace(/[^A-Z]/, 'X') + d + (t % 10); }
export function nhs() { for (;;) { const d = String(R.range(4, 7)) + R.digits(8); let s = 0; for (let i = 0; i < 9; i++) s += +d[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; const n = d + c; return R.bool(0.7) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n; } }
export function btc() { const t = R.int(4); if (t < 2) { const p = Buffer.concat([Buffer.from([t === 0 ? 0 : 5]), R.bytes(20)]); return b58enc(Buffer.concat([p, sha256(sha256(p)).subarray(0, 4)])); } if (t === 2) return bech32enc('bc', [0, ...convbits(R.bytes(20), 8, 5)]); return bech32enc('bc', [1, ...convbits(R.bytes(32), 8, 5)], true); }
export const driverLicense = () => R.pick([() => ch('upper', 1) + R.digits(7), () => ch('upper', 1) + R.digits(12), () => R.digits(9), () => ch('upper', 1) + R.digits(3) + '-' + R.digits(4) + '-' + R.digits(4)])();
export const bankAccount = () => R.digits(R.range(9, 12));
export function ipv4() { const o = R.pick([23, 31, 37, 41, 45, 62, 78, 81, 89, 93, 101, 103, 109, 118, 121, 133, 146, 151, 154, 176, 178, 185, 187, 188, 190, 193, 195, 200, 201, 212, 213, 217]); return [o, R.range(0, 255), R.range(0, 255), R.range(1, 254)].join('.'); }
export function ipv6() { const g = () => R.range(1, 0xffff).toString(16); const p = R.pick(['2a02', '2a01', '2600', '2607', '2804', '2001', '240e', '2c0f']); const parts = [p === '2001' ? '2001:' + R.pick(['4860', '67c', '16b8']) : p + ':' + g(), g(), g()]; return R.bool() ? [...parts, g(), g(), g(), g()].join(':') : parts.join(':') + '::' + g(); }

// ---- Lookalikes ----------------------------------------------------------------
export const gitSha = (n = 40) => ch('hex', n);
export const uuid = () => { const h = ch('hex', 32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[R.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`; };
export const digest = () => 'sha256:' + ch('hex', 64);
export const integrity = () => 'sha512-' + R.bytes(64).toString('base64');
export const isbn = () => { const b = '978' + R.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; return `${b.slice(0, 3)}-${b[3]}-${b.slice(4, 8)}-${b.slice(8, 12)}-${c}`; };
export const version = () => R.pick([`v${R.range(0, 5)}.${R.range(0, 30)}.${R.range(0, 20)}`, `${R.range(1, 22)}.${R.range(0, 12)}.${R.range(0, 9)}`, `${R.range(1, 4)}.${R.range(0, 40)}.${R.range(0, 9)}-rc.${R.range(1, 5)}`]);
export const date = () => { const y = R.range(2019, 2026), m = R.range(1, 12), d = R.range(1, 28); const p = (x) => String(x).padStart(2, '0'); return R.pick([`${y}-${p(m)}-${p(d)}`, `${p(d)}.${p(m)}.${y}`, `${p(d)}/${p(m)}/${y}`, `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${d}, ${y}`]); };
export const isoTs = () => { const y = R.range(2023, 2025), p = (x, n = 2) => String(x).padStart(n, '0'); return `${y}-${p(R.range(1, 12))}-${p(R.range(1, 28))}T${p(R.range(0, 23))}:${p(R.range(0, 59))}:${p(R.range(0, 59))}.${p(R.range(0, 999), 3)}Z`; };
export const epoch = () => (R.bool() ? String(R.range(1672531200, 1767225600)) : String(R.range(1672531200, 1767225600)) + R.digits(3));
export const price = () => R.pick([`$${R.range(1, 4999)}.${R.digits(2)}`, `€ ${R.range(1, 999)},${R.digits(2)}`, `¥${R.range(1, 99)},${R.digits(3)}`, `£${R.range(1, 2999)}.${R.digits(2)}`, `USD ${R.range(1, 9)},${R.digits(3)}.${R.digits(2)}`]);
export const coords = () => `${(R.f() * 140 - 60).toFixed(R.range(4, 6))}, ${(R.f() * 340 - 170).toFixed(R.range(4, 6))}`;
export const hexColor = () => '#' + ch('hex', 6);
export const orderNo = () => R.pick([`ORD-${R.range(2021, 2025)}-${R.digits(6)}`, `#${R.range(1, 9)}${R.digits(8)}`, `PO-${R.digits(10)}`, `SO${R.digits(7)}`, `A${R.digits(3)}-${R.digits(7)}-${R.digits(7)}`]);
export const invoiceNo = () => R.pick([`INV-${R.range(2022, 2025)}-${R.digits(5)}`, `RE-${R.digits(4)}/${R.range(2023, 2025)}`, `F${R.range(2023, 2025)}${R.digits(6)}`]);
export const trackingNo = () => R.pick([`1Z${ch('upalnum', 6)}${R.digits(10)}`, `9400 ${R.digits(4)} ${R.digits(4)} ${R.digits(4)} ${R.digits(4)} ${R.digits(2)}`, R.digits(12), `JD${R.digits(18)}`, `${ch('upper', 2)}${R.digits(9)}${R.pick(['DE', 'GB', 'NL', 'FR'])}`]);
export const buildNo = () => R.pick([`#${R.range(1000, 99999)}`, `${R.range(2023, 2025)}${R.digits(4)}.${R.range(1, 9)}`, `build-${R.range(100, 9999)}`]);
export const requestId = () => R.pick([`req_${ch('alnum', 24)}`, `01${ch('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`, ch('hex', 32), `Root=1-${ch('hex', 8)}-${ch('hex', 24)}`]);
export const crmId = () => R.pick([`001${ch('alnum', 12)}AA${ch('upper', 1)}`, `CUST-${R.digits(8)}`, `HS-${R.digits(9)}`, `cus_${ch('alnum', 14)}`]);
export const productCode = () => R.pick([`${R.digits(3)}-${R.digits(3)}-${R.digits(4)}`, `${R.digits(4)} ${R.digits(3)} ${R.digits(3)}`, `+${R.digits(2)}-${R.digits(4)}-${R.digits(4)}`]);
export const k8sRv = () => String(R.range(1000000, 999999999));
export const mac = () => Array.from({ length: 6 }, () => ch('hex', 2)).join(':');
export const md5 = () => ch('hex', 32);
export const sshPub = () => R.pick([() => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + ch('b64', 43), () => 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ' + ch('b64', 510) + '='])();
export const stripePk = () => 'pk_live_51' + ch('alnum', 97);
export const mapboxPk = () => 'pk.eyJ1Ijoi' + ch('b64u', 40) + '.' + ch('b64u', 22);
export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '<redacted>', '********', 'REPLACE_ME', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'password123-not-real', '<PASSWORD>', 'TODO', '{{ api_key }}', 'dummy', 'sk_live_XXXXXXXXXXXXXXXXXXXXXXXX', 'your-secret-here', '...'];
export const envRef = (name) => R.pick([`\${${name}}`, `\${{ secrets.${name} }}`, `$${name}`, `%${name}%`, `{{ .Values.${name.toLowerCase()} }}`, `process.env.${name}`]);
export function pemBlock(label, der, width = 64) { const b = der.toString('base64'); return `-----BEGIN ${label}-----\n${b.match(new RegExp(`.{1,${width}}`, 'g')).join('\n')}\n-----END ${label}-----`; }
export const certificate = () => pemBlock('CERTIFICATE', Buffer.concat([Buffer.from('308204' + 'a2' + '3082038aa003020102', 'hex'), R.bytes(R.range(700, 1100))]));
export const publicKeyPem = () => pemBlock('PUBLIC KEY', Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), R.bytes(261)]));
export const dataUri = () => 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA' + ch('b64', R.range(60, 160)) + '==';

// ---- Secrets -------------------------------------------------------------------
const gh = (p) => { const r = ch('b62', 30); return `${p}_${r}${base62(crc32(r), 6)}`; };
const b64user = () => Buffer.from(`${R.pick(['deploy', 'ci-bot', 'admin', 'svc_backup', 'jenkins', 'robot$builder', 'mhernandez'])}:${password()}`).toString('base64');
export function password() { return R.pick([
  () => R.pick(['Sommer', 'Winter', 'Blue', 'Tiger', 'Falcon', 'Mango', 'Kaffee', 'Orion', 'Soleil', 'Zebra']) + R.pick(['!', '#', '_', '.', '$', '%']) + R.digits(R.range(2, 4)) + ch('letters', R.range(4, 7)) + R.pick(['!', '?', '&', '*', '']),
  () => ch('alnum', R.range(16, 28)),
  () => ch('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!%^*_-+=', R.range(14, 24)),
  () => `${ch('lower', 5)}-${ch('lower', 6)}-${ch('lower', 5)}-${R.digits(2)}${ch('upper', 2)}`,
])(); }
function der(hexPrefix, n) { return Buffer.concat([Buffer.from(hexPrefix, 'hex'), R.bytes(n)]); }
function opensshBody() { const pub = R.bytes(32); const sk = R.bytes(64); const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; }; const str = (b) => Buffer.concat([u32(b.length), Buffer.from(b)]); const pubblob = Buffer.concat([str('ssh-ed25519'), str(pub)]); const chk = R.bytes(4); const comment = `${R.pick(['deploy', 'ci', 'ana', 'build'])}@${R.pick(['bastion', 'runner-07', 'laptop'])}`; let priv = Buffer.concat([chk, chk, str('ssh-ed25519'), str(pub), str(sk), str(comment)]); let pad = 1; while (priv.length % 8) priv = Buffer.concat([priv, Buffer.from([pad++])]); return Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(pubblob), str(priv)]); }
export const SECRETS = {
  GITHUB_PAT: { g: () => gh('ghp'), k: ['GITHUB_TOKEN', 'GH_TOKEN', 'github_pat', 'GH_PAT'] },
  GITHUB_OAUTH_TOKEN: { g: () => gh('gho'), k: ['oauth_token', 'GITHUB_OAUTH_TOKEN'] },
  GITHUB_USER_TO_SERVER_TOKEN: { g: () => gh('ghu'), k: ['GH_APP_USER_TOKEN', 'user_token'] },
  GITHUB_APP_INSTALLATION_TOKEN: { g: () => gh('ghs'), k: ['GITHUB_APP_TOKEN', 'installation_token'] },
  GITHUB_REFRESH_TOKEN: { g: () => gh('ghr'), k: ['refresh_token', 'GH_REFRESH'] },
  GITHUB_FINE_GRAINED_PAT: { g: () => `github_pat_11${ch('upalnum', 20)}_${ch('alnum', 59)}`, k: ['GITHUB_PAT', 'GH_FINE_GRAINED'] },
  AWS_ACCESS_KEY: { g: () => 'AKIA' + ch('b32', 16), k: ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId'] },
  AWS_TEMP_ACCESS_KEY: { g: () => 'ASIA' + ch('b32', 16), k: ['AWS_ACCESS_KEY_ID', 'AccessKeyId'] },
  AWS_SECRET_KEY: { g: () => ch('b64', 40), k: ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey'] },
  AWS_SESSION_TOKEN: { g: () => 'IQoJb3JpZ2luX2VjE' + ch('b64', R.range(280, 360)), k: ['AWS_SESSION_TOKEN', 'SessionToken'] },
  SLACK_BOT_TOKEN: { g: () => `xoxb-${R.digits(12)}-${R.digits(13)}-${ch('alnum', 24)}`, k: ['SLACK_BOT_TOKEN', 'slack_token'] },
  SLACK_USER_TOKEN: { g: () => `xoxp-${R.digits(12)}-${R.digits(12)}-${R.digits(13)}-${ch('hex', 32)}`, k: ['SLACK_USER_TOKEN', 'slack_user_token'] },
  SLACK_APP_TOKEN: { g: () => `xapp-1-A${ch('upalnum', 10)}-${R.digits(13)}-${ch('hex', 64)}`, k: ['SLACK_APP_TOKEN'] },
  SLACK_WEBHOOK_PATH: { g: () => `T${ch('upalnum', 10)}/B${ch('upalnum', 10)}/${ch('alnum', 24)}`, k: ['SLACK_WEBHOOK'], url: (v) => ['https://hooks.slack.example/services/', v, ''] },
  STRIPE_SECRET_KEY: { g: () => R.bool(0.7) ? 'sk_live_51' + ch('alnum', 97) : 'sk_live_' + ch('alnum', 24), k: ['STRIPE_SECRET_KEY', 'stripe_api_key', 'STRIPE_KEY'] },
  STRIPE_RESTRICTED_KEY: { g: () => 'rk_live_51' + ch('alnum', 97), k: ['STRIPE_RESTRICTED_KEY'] },
  STRIPE_WEBHOOK_SECRET: { g: () => 'whsec_' + ch('alnum', 32), k: ['STRIPE_WEBHOOK_SECRET', 'endpoint_secret'] },
  OPENAI_API_KEY: { g: () => R.bool(0.75) ? `sk-proj-${ch('b64u', 74)}T3BlbkFJ${ch('b64u', 74)}` : `sk-${ch('alnum', 20)}T3BlbkFJ${ch('alnum', 20)}`, k: ['OPENAI_API_KEY', 'openai_key', 'apiKey'] },
  ANTHROPIC_API_KEY: { g: () => `sk-ant-api03-${ch('b64u', 93)}AA`, k: ['ANTHROPIC_API_KEY', 'anthropic_key', 'x-api-key'] },
  ANTHROPIC_ADMIN_KEY: { g: () => `sk-ant-admin01-${ch('b64u', 93)}AA`, k: ['ANTHROPIC_ADMIN_KEY'] },
  HUGGINGFACE_TOKEN: { g: () => 'hf_' + ch('letters', 34), k: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'] },
  GITLAB_PAT: { g: () => 'glpat-' + ch('b64u', 20), k: ['GITLAB_TOKEN', 'CI_JOB_PAT', 'private_token'] },
  GITLAB_RUNNER_TOKEN: { g: () => 'glrt-' + ch('b64u', 20), k: ['RUNNER_TOKEN', 'token'] },
  GITLAB_DEPLOY_TOKEN: { g: () => 'gldt-' + ch('b64u', 20), k: ['DEPLOY_TOKEN'] },
  NPM_TOKEN: { g: () => 'npm_' + ch('b62', 36), k: ['NPM_TOKEN', '_authToken'] },
  PYPI_TOKEN: { g: () => 'pypi-AgEN' + ch('b64u', R.range(140, 170)), k: ['TWINE_PASSWORD', 'PYPI_API_TOKEN'] },
  JWT: { g: () => jwt(), k: ['access_token', 'id_token', 'JWT', 'AUTH_TOKEN', 'bearer'] },
  RSA_PRIVATE_KEY: { g: () => pemBlock('RSA PRIVATE KEY', der('308204a40201000282010100', 1180)), k: ['TLS_KEY', 'private_key'], pem: 1 },
  EC_PRIVATE_KEY: { g: () => pemBlock('EC PRIVATE KEY', Buffer.concat([der('30770201010420', 32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), der('04', 64)])), k: ['EC_KEY', 'signing_key'], pem: 1 },
  PKCS8_PRIVATE_KEY: { g: () => pemBlock('PRIVATE KEY', der('308204be020100300d06092a864886f70d010101050004', 1194)), k: ['private_key', 'SERVICE_KEY'], pem: 1 },
  OPENSSH_PRIVATE_KEY: { g: () => pemBlock('OPENSSH PRIVATE KEY', opensshBody(), 70), k: ['SSH_PRIVATE_KEY', 'DEPLOY_KEY'], pem: 1 },
  PGP_PRIVATE_KEY: { g: () => { const body = der('9505c6', R.range(900, 1300)); const c = crc24(body); const crcb = Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64'); return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body.toString('base64').match(/.{1,64}/g).join('\n')}\n=${crcb}\n-----END PGP PRIVATE KEY BLOCK-----`; }, k: ['GPG_PRIVATE_KEY', 'SIGNING_KEY'], pem: 1 },
  DATABASE_PASSWORD: { g: password, k: ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'database.password', 'spring.datasource.password'] },
  DATABASE_URL_PASSWORD: { g: () => R.bool() ? ch('alnum', R.range(14, 26)) : ch('letters', 6) + R.pick(['_', '-', '.', '~']) + R.digits(4) + ch('alnum', 6), k: ['DATABASE_URL'], url: (v) => [R.pick(['postgres://app_rw:', 'postgresql://report:', 'mysql://root:', 'mongodb+srv://atlas_admin:', 'redis://default:', 'amqp://guest_ops:']), v, `@${R.pick(['db-primary', 'pg-17', 'cache', 'mq', 'cluster0'])}.${R.pick(['internal.example', 'prod.acme.example', 'svc.test'])}:${R.pick([5432, 3306, 27017, 6379, 5672])}/${R.pick(['orders', 'app', 'analytics', '0', 'vhost'])}`] },
  PASSWORD: { g: password, k: ['password', 'PASSWORD', 'admin_password', 'pass', 'Passwort'] },
  REDIS_PASSWORD: { g: password, k: ['REDIS_PASSWORD', 'requirepass'] },
  SMTP_PASSWORD: { g: password, k: ['SMTP_PASSWORD', 'MAIL_PASSWORD', 'smtp_pass'] },
  LDAP_BIND_PASSWORD: { g: password, k: ['LDAP_BIND_PASSWORD', 'bindPassword'] },
  OAUTH_CLIENT_SECRET: { g: () => ch('b64u', R.range(32, 48)), k: ['client_secret', 'OAUTH_CLIENT_SECRET', 'GOOGLE_CLIENT_SECRET'] },
  DJANGO_SECRET_KEY: { g: () => 'django-insecure-' + ch('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50), k: ['SECRET_KEY', 'DJANGO_SECRET_KEY'] },
  SESSION_SECRET: { g: () => ch('hex', 64), k: ['SESSION_SECRET', 'cookie_secret', 'SECRET_KEY_BASE'] },
  ENCRYPTION_KEY: { g: () => R.bytes(32).toString('base64'), k: ['ENCRYPTION_KEY', 'MASTER_KEY', 'APP_KEY'] },
  WEBHOOK_SECRET: { g: () => ch('alnum', 40), k: ['WEBHOOK_SECRET', 'signing_secret'] },
  GENERIC_API_KEY: { g: () => ch(R.pick(['alnum', 'hex']), R.pick([32, 40, 48])), k: ['api_key', 'API_KEY', 'apikey', 'X-API-Key', 'service_api_key'] },
  GENERIC_SECRET: { g: () => ch('b64u', R.range(30, 60)), k: ['secret', 'client_key', 'app_secret', 'token_secret'] },
  GOOGLE_API_KEY: { g: () => 'AIza' + ch('b64u', 35), k: ['GOOGLE_API_KEY', 'MAPS_API_KEY', 'firebaseApiKey'] },
  AZURE_STORAGE_KEY: { g: () => R.bytes(64).toString('base64'), k: ['AZURE_STORAGE_KEY', 'AccountKey'] },
  AZURE_CLIENT_SECRET: { g: () => ch('alnum', 3) + '8Q~' + ch('b64u', 34).replace(/-/g, '.'), k: ['AZURE_CLIENT_SECRET'] },
  TWILIO_AUTH_TOKEN: { g: () => ch('hex', 32), k: ['TWILIO_AUTH_TOKEN'] },
  TWILIO_API_KEY_SECRET: { g: () => ch('alnum', 32), k: ['TWILIO_API_SECRET'] },
  SENDGRID_API_KEY: { g: () => `SG.${ch('b64u', 22)}.${ch('b64u', 43)}`, k: ['SENDGRID_API_KEY'] },
  MAILGUN_API_KEY: { g: () => 'key-' + ch('hex', 32), k: ['MAILGUN_API_KEY'] },
  DISCORD_BOT_TOKEN: { g: () => `${Buffer.from('1' + R.digits(18)).toString('base64').replace(/=+$/, '')}.${ch('b64u', 6)}.${ch('b64u', 38)}`, k: ['DISCORD_TOKEN', 'BOT_TOKEN'] },
  TELEGRAM_BOT_TOKEN: { g: () => `${R.range(1000000000, 7999999999)}:AA${ch('b64u', 33)}`, k: ['TELEGRAM_BOT_TOKEN', 'TG_TOKEN'] },
  SHOPIFY_ACCESS_TOKEN: { g: () => 'shpat_' + ch('hex', 32), k: ['SHOPIFY_ACCESS_TOKEN'] },
  SHOPIFY_SHARED_SECRET: { g: () => 'shpss_' + ch('hex', 32), k: ['SHOPIFY_API_SECRET'] },
  DATADOG_API_KEY: { g: () => ch('hex', 32), k: ['DD_API_KEY', 'DATADOG_API_KEY'] },
  DATADOG_APP_KEY: { g: () => ch('hex', 40), k: ['DD_APP_KEY'] },
  NEW_RELIC_LICENSE_KEY: { g: () => ch('hex', 36) + 'NRAL', k: ['NEW_RELIC_LICENSE_KEY', 'license_key'] },
  NEW_RELIC_USER_KEY: { g: () => 'NRAK-' + ch('upalnum', 27), k: ['NEW_RELIC_API_KEY'] },
  SENTRY_DSN_KEY: { g: () => ch('hex', 32), k: ['SENTRY_DSN'], url: (v) => ['https://', v, `@o${R.digits(6)}.ingest.sentry.example/${R.digits(7)}`] },
  DOCKER_AUTH: { g: b64user, k: ['auth'] },
  BASIC_AUTH: { g: b64user, k: ['Authorization'] },
  K8S_SECRET_DATA: { g: () => Buffer.from(password()).toString('base64'), k: ['password', 'db-password', 'api-token'] },
  DIGITALOCEAN_TOKEN: { g: () => 'dop_v1_' + ch('hex', 64), k: ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'] },
  LINEAR_API_KEY: { g: () => 'lin_api_' + ch('alnum', 40), k: ['LINEAR_API_KEY'] },
  NOTION_TOKEN: { g: () => R.bool() ? 'secret_' + ch('alnum', 43) : 'ntn_' + R.digits(11) + ch('alnum', 35), k: ['NOTION_TOKEN', 'NOTION_API_KEY'] },
  ATLASSIAN_API_TOKEN: { g: () => 'ATATT3xFfGF0' + ch('b64u', 170) + '=' + ch('HEX', 8), k: ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN'] },
  PULUMI_TOKEN: { g: () => 'pul-' + ch('hex', 40), k: ['PULUMI_ACCESS_TOKEN'] },
  TERRAFORM_CLOUD_TOKEN: { g: () => `${ch('alnum', 14)}.atlasv1.${ch('alnum', 67)}`, k: ['TFE_TOKEN', 'TF_API_TOKEN'] },
  VAULT_TOKEN: { g: () => 'hvs.' + ch('b64u', R.pick([24, 90])), k: ['VAULT_TOKEN'] },
  CLOUDFLARE_API_TOKEN: { g: () => ch('b64u', 40), k: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'] },
  SQUARE_ACCESS_TOKEN: { g: () => 'EAAA' + ch('b64u', 60), k: ['SQUARE_ACCESS_TOKEN'] },
  BRAINTREE_ACCESS_TOKEN: { g: () => `access_token$production$${ch('lowalnum', 16)}$${ch('hex', 32)}`, k: ['BRAINTREE_TOKEN'] },
  MAPBOX_SECRET_TOKEN: { g: () => 'sk.eyJ1Ijoi' + ch('b64u', 60) + '.' + ch('b64u', 22), k: ['MAPBOX_DOWNLOADS_TOKEN'] },
  OKTA_API_TOKEN: { g: () => '00' + ch('b64u', 40), k: ['OKTA_API_TOKEN', 'SSWS'] },
  ALGOLIA_ADMIN_KEY: { g: () => ch('hex', 32), k: ['ALGOLIA_ADMIN_KEY'] },
  GRAFANA_SERVICE_ACCOUNT_TOKEN: { g: () => `glsa_${ch('alnum', 32)}_${ch('hex', 8)}`, k: ['GRAFANA_TOKEN'] },
  POSTMAN_API_KEY: { g: () => `PMAK-${ch('hex', 24)}-${ch('hex', 34)}`, k: ['POSTMAN_API_KEY'] },
  DATABRICKS_TOKEN: { g: () => 'dapi' + ch('hex', 32), k: ['DATABRICKS_TOKEN'] },
  CIRCLECI_TOKEN: { g: () => `CCIPAT_${ch('alnum', 22)}_${ch('hex', 40)}`, k: ['CIRCLE_TOKEN'] },
  AIRTABLE_PAT: { g: () => `pat${ch('alnum', 14)}.${ch('hex', 64)}`, k: ['AIRTABLE_API_KEY'] },
  REPLICATE_API_TOKEN: { g: () => 'r8_' + ch('alnum', 37), k: ['REPLICATE_API_TOKEN'] },
  GROQ_API_KEY: { g: () => 'gsk_' + ch('alnum', 52), k: ['GROQ_API_KEY'] },
  PERPLEXITY_API_KEY: { g: () => 'pplx-' + ch('alnum', 48), k: ['PPLX_API_KEY'] },
  FIGMA_TOKEN: { g: () => 'figd_' + ch('b64u', 40), k: ['FIGMA_TOKEN'] },
  SUPABASE_ACCESS_TOKEN: { g: () => 'sbp_' + ch('hex', 40), k: ['SUPABASE_ACCESS_TOKEN'] },
  PLANETSCALE_PASSWORD: { g: () => 'pscale_pw_' + ch('b64u', 43), k: ['PLANETSCALE_PASSWORD'] },
  RUBYGEMS_API_KEY: { g: () => 'rubygems_' + ch('hex', 48), k: ['GEM_HOST_API_KEY'] },
  DOCKERHUB_PAT: { g: () => 'dckr_pat_' + ch('b64u', 27), k: ['DOCKERHUB_TOKEN', 'REGISTRY_PASSWORD'] },
  NUGET_API_KEY: { g: () => 'oy2' + ch('lowalnum', 43), k: ['NUGET_API_KEY'] },
  AGE_SECRET_KEY: { g: () => bech32enc('age-secret-key-', convbits(R.bytes(32), 8, 5)).toUpperCase(), k: ['SOPS_AGE_KEY'] },
  FIREBASE_SERVER_KEY: { g: () => `AAAA${ch('b64u', 7)}:APA91b${ch('b64u', 134)}`, k: ['FCM_SERVER_KEY'] },
  FACEBOOK_ACCESS_TOKEN: { g: () => 'EAAB' + ch('alnum', R.range(150, 190)), k: ['FB_ACCESS_TOKEN', 'PAGE_ACCESS_TOKEN'] },
  TWITTER_BEARER_TOKEN: { g: () => 'AAAAAAAAAAAAAAAAAAAAA' + ch('alnum', 30) + '%3D' + ch('alnum', 50), k: ['TWITTER_BEARER_TOKEN'] },
};
export function jwt() {
  const alg = R.pick(['HS256', 'RS256', 'ES256']);
  const h = { alg, typ: 'JWT' }; if (alg !== 'HS256') h.kid = ch('b64u', 16);
  const iat = R.range(1700000000, 1760000000);
  const p = R.pick([
    { sub: uuid(), iat, exp: iat + 3600, scope: 'read:orders write:orders' },
    { iss: `https://auth.${R.pick(['acme', 'shop', 'northwind'])}.example/`, sub: `auth0|${ch('hex', 24)}`, aud: 'api', iat, exp: iat + 86400 },
    { user_id: R.range(1000, 999999), role: R.pick(['admin', 'member', 'service']), iat },
    { sub: `svc-${ch('lower', 6)}`, tenant: ch('hex', 8), iat, exp: iat + 900, jti: ch('hex', 16) },
  ]);
  const e = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${e(h)}.${e(p)}.${R.bytes(alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32).toString('base64url')}`;
}
