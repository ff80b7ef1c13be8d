// blind2: PRNG, document builder and format-valid fake value generators (Node built-ins only).
import crypto from 'node:crypto';
import zlib from 'node:zlib';

// ---------- PRNG (sfc32, fixed seed) ----------
export function makeRng(seed) {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 32; i++) next();
  const r = {
    f: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    chars: (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(next() * alpha.length)]; return s; },
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(next() * 10); return s; },
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
  };
  return r;
}

// ---------- document builder ----------
// Pieces: plain strings (neutral), S()/P() labels, L() look-alikes, arrays (flattened), null/undefined skipped.
export const S = (entity, v) => ({ v: String(v), entity, family: 'secrets' });
export const P = (entity, v) => ({ v: String(v), entity, family: 'pii' });
export const L = (what, v) => ({ v: String(v), what });

export function build(...pieces) {
  const parts = [];
  const labels = [], lookalikes = [];
  let off = 0;
  const walk = (p) => {
    if (p === null || p === undefined || p === false) return;
    if (Array.isArray(p)) { p.forEach(walk); return; }
    if (typeof p === 'string' || typeof p === 'number') { const s = String(p); parts.push(s); off += Buffer.byteLength(s, 'utf8'); return; }
    if (p.raw) { walk(p.raw); return; }
    const n = Buffer.byteLength(p.v, 'utf8');
    if (p.entity) labels.push({ start: off, end: off + n, entity: p.entity, family: p.family, _v: p.v });
    else if (p.what) lookalikes.push({ start: off, end: off + n, what: p.what, _v: p.v });
    else throw new Error('bad piece ' + JSON.stringify(p));
    parts.push(p.v); off += n;
  };
  walk(pieces);
  return { text: parts.join(''), labels, lookalikes };
}
// tagged template: d`...${piece}...`
export function d(strings, ...vals) {
  const out = [];
  strings.forEach((s, i) => { out.push(s); if (i < vals.length) out.push(vals[i]); });
  return out;
}

// ---------- alphabets ----------
export const DIG = '0123456789';
export const HEX = '0123456789abcdef';
export const UHEX = '0123456789ABCDEF';
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOW = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIG + UP + LOW;
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B64 = UP + LOW + DIG + '+/';
export const B64URL = UP + LOW + DIG + '-_';
export const ALNUM_L = LOW + DIG;

// ---------- checksums ----------
export function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  let c, crc = 0xffffffff;
  for (const byte of buf) { c = (crc ^ byte) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; crc = (crc >>> 8) ^ c; }
  return (crc ^ 0xffffffff) >>> 0;
}
export function base62(n, width) { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(width, '0'); }
export function luhnOk(num) {
  const s = num.replace(/\D/g, ''); let sum = 0;
  for (let i = 0; i < s.length; i++) { let x = +s[s.length - 1 - i]; if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; } sum += x; }
  return sum % 10 === 0;
}
export function luhnComplete(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return partial + c; }
export function ibanMod97(iban) {
  const s = iban.replace(/\s/g, ''); const r = s.slice(4) + s.slice(0, 4);
  let m = 0; for (const ch of r) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const dd of v) m = (m * 10 + +dd) % 97; }
  return m;
}
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, LU: 20, CZ: 24 };
export function nhsOk(s) { const d0 = s.replace(/\D/g, ''); if (d0.length !== 10) return false; let sum = 0; for (let i = 0; i < 9; i++) sum += +d0[i] * (10 - i); let c = 11 - (sum % 11); if (c === 11) c = 0; return c !== 10 && c === +d0[9]; }
export function deaOk(s) { if (!/^[A-Z][A-Z9]\d{7}$/.test(s)) return false; const x = s.slice(2).split('').map(Number); return ((x[0] + x[2] + x[4]) + 2 * (x[1] + x[3] + x[5])) % 10 === x[6]; }
export function ssnOk(s) { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000'; }
export function itinOk(s) { const m = /^(9\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const g = +m[2]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
const sha256 = (b) => crypto.createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
export function base58Decode(s) { let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); } let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; let b = Buffer.from(hex === '0' ? '' : hex, 'hex'); let z = 0; for (const ch of s) { if (ch === '1') z++; else break; } return Buffer.concat([Buffer.alloc(z), b]); }
export function base58checkOk(s) { const b = base58Decode(s); if (!b || b.length < 5) return false; const p = b.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(b.subarray(-4)); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const v of values) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExpand = (h) => [...[...h].map(c => c.charCodeAt(0) >> 5), 0, ...[...h].map(c => c.charCodeAt(0) & 31)];
function convertbits(data, from, to) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (bits > 0) out.push((acc << (to - bits)) & maxv); return out; }
export function bech32Encode(hrp, witver, prog) { const data = [witver, ...convertbits(prog, 8, 5)]; const C = witver === 0 ? 1 : 0x2bc830a3; const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ C; const chk = []; for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + [...data, ...chk].map(x => BECH[x]).join(''); }
export function bech32Ok(s) { const i = s.lastIndexOf('1'); const hrp = s.slice(0, i); const data = [...s.slice(i + 1)].map(c => BECH.indexOf(c)); if (data.some(x => x < 0)) return false; const pm = polymod([...hrpExpand(hrp), ...data]); return data[0] === 0 ? pm === 1 : pm === 0x2bc830a3; }

// ---------- value generators ----------
export function makeValues(r) {
  const V = {};
  V.ghToken = (prefix = 'ghp') => { const body = r.chars(B62, 30); return `${prefix}_${body}${base62(crc32(Buffer.from(body)), 6)}`; };
  V.ghFine = () => `github_pat_11${r.chars(UP + DIG, 20)}_${r.chars(B62, 59)}`;
  V.akia = (p = 'AKIA') => p + r.chars(B32, 16);
  V.awsSecret = () => r.chars(UP + LOW + DIG + '/+', 40);
  V.awsSession = () => 'IQoJb3JpZ2luX2Vj' + r.chars(B64, 300 + r.int(0, 60));
  V.slack = (p) => `${p}-${r.int(1, 9)}${r.digits(r.int(9, 11))}-${r.int(1, 9)}${r.digits(12)}-${r.chars(B62, 24)}`;
  V.slackUser = () => `xoxp-${r.int(1, 9)}${r.digits(10)}-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.chars(HEX, 32)}`;
  V.slackApp = () => `xapp-1-A${r.chars(UP + DIG, 10)}-${r.digits(13)}-${r.chars(HEX, 64)}`;
  V.stripe = (p = 'sk_live_') => p + r.chars(B62, p.startsWith('whsec') ? 32 : 99);
  V.openai = () => `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`;
  V.openaiLegacy = () => `sk-${r.chars(B62, 20)}T3BlbkFJ${r.chars(B62, 20)}`;
  V.anthropic = () => `sk-ant-api03-${r.chars(B64URL, 93)}AA`;
  V.hf = () => 'hf_' + r.chars(UP + LOW, 34);
  V.glpat = () => 'glpat-' + r.chars(B62 + '-_', 20);
  V.glrt = () => 'glrt-' + r.chars(B62 + '-_', 20);
  V.gldt = () => 'gldt-' + r.chars(B62 + '-_', 20);
  V.npm = () => 'npm_' + r.chars(B62, 36);
  V.jwt = (payload, alg = 'HS256') => {
    const e = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const sigLen = alg.startsWith('RS') ? 256 : alg.startsWith('ES') ? 64 : 32;
    return `${e({ alg, typ: 'JWT' })}.${e(payload)}.${r.bytes(sigLen).toString('base64url')}`;
  };
  const wrap = (s, w) => s.match(new RegExp(`.{1,${w}}`, 'g')).join('\n');
  const pem = (label, der, w = 64) => `-----BEGIN ${label}-----\n${wrap(der.toString('base64'), w)}\n-----END ${label}-----`;
  V.rsaKey = () => pem('RSA PRIVATE KEY', Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), r.bytes(1180)]));
  V.ecKey = () => pem('EC PRIVATE KEY', Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]));
  V.pkcs8 = () => pem('PRIVATE KEY', Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), r.bytes(1180)]));
  V.pkcs8Ed = () => pem('PRIVATE KEY', Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), r.bytes(32)]));
  const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
  const sstr = (s) => { const b = Buffer.isBuffer(s) ? s : Buffer.from(s); return Buffer.concat([u32(b.length), b]); };
  V.edPubBlob = () => Buffer.concat([sstr('ssh-ed25519'), sstr(r.bytes(32))]);
  V.opensshKey = () => {
    const pub = V.edPubBlob(); const chk = r.bytes(4);
    const priv = Buffer.concat([chk, chk, sstr('ssh-ed25519'), sstr(pub.subarray(19)), sstr(r.bytes(64)), sstr('deploy@build-07'), Buffer.from([1, 2, 3, 4, 5])]);
    const der = Buffer.concat([Buffer.from('openssh-key-v1\0'), sstr('none'), sstr('none'), sstr(''), u32(1), sstr(pub), sstr(priv)]);
    return pem('OPENSSH PRIVATE KEY', der, 70);
  };
  V.pgpKey = () => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(Buffer.concat([Buffer.from('9501d8', 'hex'), r.bytes(660)]).toString('base64'), 64)}\n=${r.chars(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
  V.cert = () => pem('CERTIFICATE', Buffer.concat([Buffer.from('308203', 'hex'), r.bytes(r.int(640, 820))]));
  V.sshEdPub = () => 'ssh-ed25519 ' + V.edPubBlob().toString('base64');
  V.sshRsaPub = () => { const n = Buffer.concat([Buffer.from([0]), r.bytes(256)]); n[1] |= 0x80; return 'ssh-rsa ' + Buffer.concat([sstr('ssh-rsa'), sstr(Buffer.from([1, 0, 1])), sstr(n)]).toString('base64'); };
  V.pemPub = () => pem('PUBLIC KEY', Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d03010703420004', 'hex'), r.bytes(64)]));
  V.password = () => r.pick([
    () => r.chars(B62 + '!@#%^*-_=+', r.int(14, 24)),
    () => r.pick(['Tangerine', 'Kestrel', 'Obsidian', 'Marigold', 'Quasar', 'Harbor', 'Juniper', 'Zephyr']) + r.pick(['-', '_', '!', '.', '#']) + r.digits(r.int(3, 5)) + r.chars(UP + LOW, r.int(3, 6)) + r.pick(['!', '$', '%', '?', '']),
    () => r.chars(B64URL, r.int(20, 32)),
  ])();
  V.urlSafePassword = () => r.chars(B62, r.int(16, 28)) + r.pick(['', '-', '_', '.']) + r.chars(B62, r.int(2, 5));
  V.hexN = (n) => r.chars(HEX, n);
  V.b64N = (n) => r.chars(B64, n);
  V.b62N = (n) => r.chars(B62, n);
  V.uuid = () => { const h = r.chars(HEX, 32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };
  V.gitSha = () => r.chars(HEX, 40);
  V.shortSha = () => r.chars(HEX, r.pick([7, 8, 10, 12]));
  V.digest = () => 'sha256:' + r.chars(HEX, 64);
  V.integrity = () => 'sha512-' + r.bytes(64).toString('base64');

  // ---- PII ----
  V.card = (brand) => {
    brand = brand || r.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners']);
    const spec = { visa: ['4', 16], mc: [String(r.int(51, 55)), 16], mc2: [String(r.int(2221, 2720)), 16], amex: [r.pick(['34', '37']), 15], disc: [r.pick(['6011', '65' + r.int(0, 9), '644']), 16], jcb: [String(r.int(3528, 3589)), 16], diners: [r.pick(['36', '300', '305', '38']), 14] }[brand];
    const num = luhnComplete(spec[0] + r.digits(spec[1] - spec[0].length - 1));
    return { num, brand };
  };
  V.fmtCard = (num, style) => {
    style = style ?? r.pick(['plain', 'space', 'space', 'dash']);
    if (style === 'plain') return num;
    const sep = style === 'dash' ? '-' : ' ';
    if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
    if (num.length === 14) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
    return num.match(/.{1,4}/g).join(sep);
  };
  V.badCard = () => { const { num } = V.card(r.pick(['visa', 'mc', 'amex'])); const last = +num.slice(-1); return num.slice(0, -1) + ((last + r.int(1, 9)) % 10); };
  V.iban = (cc) => {
    cc = cc || r.pick(Object.keys(IBAN_LEN));
    const n = IBAN_LEN[cc] - 4;
    let bban;
    if (cc === 'GB' || cc === 'IE') bban = r.chars(UP, 4) + r.digits(n - 4);
    else if (cc === 'NL') bban = r.chars(UP, 4) + r.digits(n - 4);
    else if (cc === 'IT') bban = r.pick(UP) + r.digits(n - 1);
    else bban = r.digits(n);
    const m = ibanMod97(cc + '00' + bban);
    const chk = String(98 - m).padStart(2, '0');
    return cc + chk + bban;
  };
  V.fmtIban = (s) => r.chance(0.5) ? s.match(/.{1,4}/g).join(' ') : s;
  V.badIban = (cc) => { const s = V.iban(cc); const c = (+s.slice(2, 4) + r.int(1, 40)) % 97; return s.slice(0, 2) + String(c < 2 ? c + 2 : c).padStart(2, '0') + s.slice(4); };
  V.ssn = () => { let a; do { a = r.int(1, 899); } while (a === 666 || a === 78 || a === 219); return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`; };
  V.badSsn = () => { const k = r.int(0, 3); const a = k === 0 ? '000' : k === 1 ? '666' : k === 2 ? String(r.int(900, 999)) : String(r.int(100, 665)); const g = k === 3 ? '00' : k === 2 ? String(r.int(1, 49)).padStart(2, '0') : String(r.int(10, 99)); const s = r.chance(0.3) && k !== 2 ? '0000' : String(r.int(1000, 9999)); return `${a}-${g}-${s}`; };
  V.itin = () => { const groups = []; for (let g = 70; g <= 88; g++) groups.push(g); groups.push(90, 91, 92, 94, 95, 96, 97, 98, 99); return `9${r.digits(2)}-${r.pick(groups)}-${String(r.int(1, 9999)).padStart(4, '0')}`; };
  V.passport = () => r.chance(0.5) ? String(r.int(1, 9)) + r.digits(8) : r.pick('ACEFGHJKLMNPRSTUVWXZ'.split('')) + r.digits(8);
  V.dl = () => r.pick([() => r.pick(UP.split('')) + r.digits(7), () => r.pick(UP.split('')) + r.digits(12), () => r.digits(9), () => r.pick(UP.split('')) + r.digits(3) + '-' + r.digits(4) + '-' + r.digits(4)])();
  V.bankAcct = () => r.digits(r.int(9, 14)).replace(/^0/, '4');
  V.routing = () => { // ABA with checksum (neutral, not labelled)
    let x; do { x = r.digits(8); const w = [3, 7, 1, 3, 7, 1, 3, 7]; const s = [...x].reduce((a, c, i) => a + +c * w[i], 0); const c = (10 - (s % 10)) % 10; x = x + c; } while (!/^[0-3]/.test(x)); return x; };
  V.dea = (lastName) => {
    const first = r.pick('ABFGMPR'.split('')); let sec = (lastName || 'X').normalize('NFD').replace(/[^A-Za-z]/g, '').charAt(0).toUpperCase() || '9';
    const x = r.digits(6).split('').map(Number); const c = ((x[0] + x[2] + x[4]) + 2 * (x[1] + x[3] + x[5])) % 10;
    return first + sec + x.join('') + c;
  };
  V.nhs = () => { for (;;) { const x = r.digits(9).replace(/^0/, '4'); let s = 0; for (let i = 0; i < 9; i++) s += +x[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; const n = x + c; return r.chance(0.7) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n; } };
  V.btc = () => {
    const k = r.int(0, 3);
    if (k === 0 || k === 1) { const p = Buffer.concat([Buffer.from([k === 0 ? 0 : 5]), r.bytes(20)]); return base58(Buffer.concat([p, sha256(sha256(p)).subarray(0, 4)])); }
    if (k === 2) return bech32Encode('bc', 0, [...r.bytes(20)]);
    return bech32Encode('bc', 1, [...r.bytes(32)]);
  };
  V.ipv4Pub = () => r.pick([
    () => `203.0.113.${r.int(1, 254)}`, () => `198.51.100.${r.int(1, 254)}`, () => `192.0.2.${r.int(1, 254)}`,
    () => `${r.pick([81, 85, 91, 102, 109, 141, 151, 176, 185, 188, 201, 213])}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ])();
  V.ipv4Priv = () => r.pick([() => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`])();
  V.ipv6 = () => `${r.pick(['2001:db8', '2a02:c7f', '2600:1700', '2c0f:f248'])}:${r.chars(HEX, 4).replace(/^0+/, '') || '1'}:${r.chars(HEX, 3)}::${r.chars(HEX, 4).replace(/^0+/, '') || 'a'}`;
  V.isbn = () => { const x = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +x[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; const n = x + c; return r.chance(0.5) ? `${n.slice(0, 3)}-${n.slice(3, 4)}-${n.slice(4, 8)}-${n.slice(8, 12)}-${n.slice(12)}` : n; };
  return V;
}
