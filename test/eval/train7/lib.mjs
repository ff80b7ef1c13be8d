// train7 helpers: seeded PRNG, span-recording fragments, format-valid fake values.
// Node built-ins only.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

// ---------- PRNG (sfc32, fixed seed set by generate.mjs) ----------
let a = 0, b = 0, c = 0, d = 0;
export function seed(s) {
  a = 0x9e3779b9; b = 0x243f6a88; c = 0xb7e15162; d = s >>> 0;
  for (let i = 0; i < 20; i++) rnd();
}
export function rnd() {
  a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
  const t = (a + b | 0) + d | 0;
  d = d + 1 | 0; a = b ^ b >>> 9; b = c + (c << 3) | 0; c = (c << 21 | c >>> 11); c = c + t | 0;
  return (t >>> 0) / 4294967296;
}
export const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
export const chance = (p) => rnd() < p;
export function shuffle(arr) { const x = arr.slice(); for (let i = x.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [x[i], x[j]] = [x[j], x[i]]; } return x; }
export function pickN(arr, n) { return shuffle(arr).slice(0, n); }
export function cycler(arr) { let q = []; return () => { if (!q.length) q = shuffle(arr); return q.pop(); }; }

// ---------- spans and fragments ----------
export const S = (entity, v) => ({ span: 1, fam: 'secrets', e: entity, v: String(v) });
export const P = (entity, v) => ({ span: 1, fam: 'pii', e: entity, v: String(v) });
export const L = (what, v) => ({ span: 1, w: what, v: String(v) });
// tagged template -> array of pieces (strings / spans / nested arrays)
export function f(strs, ...vals) { const out = []; strs.forEach((s, i) => { out.push(s); if (i < vals.length) out.push(vals[i]); }); return out; }
export const join = (arr, sep) => arr.flatMap((x, i) => (i ? [sep, x] : [x]));

export function build(parts) {
  const bufs = []; let len = 0; const labels = []; const looks = [];
  const add = (x) => {
    if (x == null || x === false) return;
    if (Array.isArray(x)) { x.forEach(add); return; }
    if (typeof x === 'object' && x.span) {
      const buf = Buffer.from(x.v, 'utf8'); const st = len; bufs.push(buf); len += buf.length;
      if (x.fam) labels.push({ start: st, end: len, entity: x.e, family: x.fam, _v: x.v });
      else looks.push({ start: st, end: len, what: x.w, _v: x.v });
      return;
    }
    const buf = Buffer.from(String(x), 'utf8'); bufs.push(buf); len += buf.length;
  };
  add(parts);
  return { buf: Buffer.concat(bufs), labels, looks };
}

// ---------- charsets ----------
export const DIG = '0123456789';
export const HEX = '0123456789abcdef';
export const UHEX = '0123456789ABCDEF';
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LO = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIG + UP + LO;
export const ALNUM = UP + LO + DIG;
export const B64 = UP + LO + DIG + '+/';
export const B64U = UP + LO + DIG + '-_';
export const B32 = UP + '234567';
export const rs = (cs, n) => { let s = ''; for (let i = 0; i < n; i++) s += cs[Math.floor(rnd() * cs.length)]; return s; };
export const rbytes = (n) => Buffer.from(Array.from({ length: n }, () => int(0, 255)));
export const digits = (n) => rs(DIG, n);
export const nz = (n) => String(int(1, 9)) + digits(n - 1);

// ---------- checksums ----------
let crcTable = null;
export function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  if (!crcTable) { crcTable = []; for (let n = 0; n < 256; n++) { let c2 = n; for (let k = 0; k < 8; k++) c2 = c2 & 1 ? 0xedb88320 ^ (c2 >>> 1) : c2 >>> 1; crcTable[n] = c2 >>> 0; } }
  let c2 = 0xffffffff; for (const x of buf) c2 = crcTable[(c2 ^ x) & 0xff] ^ (c2 >>> 8); return (c2 ^ 0xffffffff) >>> 0;
}
export function base62(n, width) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(width, '0'); }
export function luhnOk(num) { const s = num.replace(/\D/g, ''); let sum = 0; for (let i = 0; i < s.length; i++) { let x = +s[s.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; } return sum % 10 === 0; }
export function luhnDigit(partial) { for (let d2 = 0; d2 < 10; d2++) if (luhnOk(partial + d2)) return String(d2); }
export function ibanMod97(iban) { const s = iban.replace(/\s/g, ''); const r = s.slice(4) + s.slice(0, 4); const num = r.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55)); let m = 0; for (const ch of num) m = (m * 10 + +ch) % 97; return m; }
export const sha256 = (b) => crypto.createHash('sha256').update(b).digest();

// ---------- base58check / bech32 ----------
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58enc(buf) { let n = BigInt('0x' + (buf.toString('hex') || '0')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const x of buf) { if (x === 0) s = '1' + s; else break; } return s; }
export function b58dec(s) { let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return null; n = n * 58n + BigInt(i); } let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex; let buf = Buffer.from(n === 0n ? '' : hex, 'hex'); let lead = 0; for (const ch of s) { if (ch === '1') lead++; else break; } return Buffer.concat([Buffer.alloc(lead), buf]); }
export function b58check(payload) { const ck = sha256(sha256(payload)).subarray(0, 4); return b58enc(Buffer.concat([payload, ck])); }
export function b58checkOk(s) { const buf = b58dec(s); if (!buf || buf.length < 5) return false; const p = buf.subarray(0, -4); return sha256(sha256(p)).subarray(0, 4).equals(buf.subarray(-4)); }
const BC = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const v of values) { const top = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
const hrpExp = (h) => [...h].map((x) => x.charCodeAt(0) >> 5).concat([0], [...h].map((x) => x.charCodeAt(0) & 31));
function convertbits(data, from, to) { let acc = 0, bits = 0; const out = []; const maxv = (1 << to) - 1; for (const v of data) { acc = (acc << from) | v; bits += from; while (bits >= to) { bits -= to; out.push((acc >> bits) & maxv); } } if (bits) out.push((acc << (to - bits)) & maxv); return out; }
export function segwit(hrp, ver, prog) { const data = [ver].concat(convertbits(prog, 8, 5)); const C = ver === 0 ? 1 : 0x2bc830a3; const pm = polymod(hrpExp(hrp).concat(data, [0, 0, 0, 0, 0, 0])) ^ C; const ck = []; for (let i = 0; i < 6; i++) ck.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + data.concat(ck).map((x) => BC[x]).join(''); }
export function bech32Ok(s) { const i = s.lastIndexOf('1'); const hrp = s.slice(0, i); const data = [...s.slice(i + 1)].map((x) => BC.indexOf(x)); if (data.some((x) => x < 0)) return false; const pm = polymod(hrpExp(hrp).concat(data)); return pm === 1 || pm === 0x2bc830a3; }

// ---------- PII generators ----------
export function cardNumber(brand) {
  brand = brand || pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners', 'unionpay']);
  let pre, len;
  switch (brand) {
    case 'visa': pre = '4' + digits(5); len = 16; break;
    case 'mc': pre = String(int(51, 55)) + digits(4); len = 16; break;
    case 'mc2': pre = String(int(2221, 2720)) + digits(2); len = 16; break;
    case 'amex': pre = pick(['34', '37']) + digits(4); len = 15; break;
    case 'disc': pre = pick(['6011', '65' + digits(2), String(int(644, 649)) + digits(1)]) + digits(2); len = 16; break;
    case 'jcb': pre = String(int(3528, 3589)) + digits(2); len = 16; break;
    case 'diners': pre = pick(['36', '38', '30' + int(0, 5)]); len = 14; break;
    case 'unionpay': pre = '62' + digits(4); len = pick([16, 19]); break;
  }
  const body = pre + digits(len - 1 - pre.length);
  return body + luhnDigit(body);
}
export function fmtCard(n, style) {
  style = style || pick(['plain', 'space', 'space', 'dash']);
  if (style === 'plain') return n;
  const sep = style === 'space' ? ' ' : '-';
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g).join(sep);
}
export const card = (brand, style) => fmtCard(cardNumber(brand), style);
export function badCard(style) { const n = cardNumber('visa'); const last = (+n.slice(-1) + int(1, 9)) % 10; return fmtCard(n.slice(0, -1) + last, style); }

const IBAN_FMT = { DE: 'n18', GB: 'a4n14', FR: 'n10c11n2', ES: 'n20', IT: 'a1n10c12', NL: 'a4n10', BE: 'n12', CH: 'n5c12', AT: 'n16', PL: 'n24', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', IE: 'a4n14', PT: 'n21', LU: 'n3c13', GR: 'n7c16', CZ: 'n20', HU: 'n24', RO: 'a4c16', TR: 'n5n1c16', SA: 'n2c18', AE: 'n19', BR: 'n23a1c1', HR: 'n17', SI: 'n15', SK: 'n20', LT: 'n16', EE: 'n16' };
export const IBAN_COUNTRIES = Object.keys(IBAN_FMT);
function bban(fmt) { let s = ''; for (const [, t, n] of fmt.matchAll(/([anc])(\d+)/g)) s += rs(t === 'n' ? DIG : t === 'a' ? UP : UP + DIG, +n); return s; }
export function ibanRaw(cc) { cc = cc || pick(IBAN_COUNTRIES); const bb = bban(IBAN_FMT[cc]); const m = ibanMod97(cc + '00' + bb); const ck = String(98 - m).padStart(2, '0'); return cc + ck + bb; }
export const fmtIban = (s, grouped) => (grouped ? s.match(/.{1,4}/g).join(' ') : s);
export const iban = (cc, grouped) => fmtIban(ibanRaw(cc), grouped ?? chance(0.5));
export function badIban(cc, grouped) { const s = ibanRaw(cc); let ck = (+s.slice(2, 4) + int(1, 50)); if (ck > 98) ck -= 96; const t = s.slice(0, 2) + String(ck).padStart(2, '0') + s.slice(4); return ibanMod97(t) === 1 ? badIban(cc, grouped) : fmtIban(t, grouped ?? chance(0.5)); }

export function ssn(style) { let area; do area = int(1, 899); while (area === 666); const s = [String(area).padStart(3, '0'), String(int(1, 99)).padStart(2, '0'), String(int(1, 9999)).padStart(4, '0')]; style = style || pick(['-', '-', '-', ' ', '']); return s.join(style); }
export function badSsn(style) { const k = pick(['000', '666', '9xx', 'g00', 's0000']); let ar = String(int(1, 665)).padStart(3, '0'), g = String(int(1, 99)).padStart(2, '0'), se = String(int(1, 9999)).padStart(4, '0'); if (k === '000') ar = '000'; if (k === '666') ar = '666'; if (k === '9xx') ar = String(int(900, 999)); if (k === 'g00') g = '00'; if (k === 's0000') se = '0000'; return [ar, g, se].join(style ?? '-'); }
export function itin(style) { const g = pick([...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return ['9' + digits(2), String(g), digits(4)].join(style ?? pick(['-', '-', ' ', ''])); }
export const passport = () => (chance(0.6) ? nz(9) : pick(UP.replace(/[IO]/g, '')) + digits(8));
export function dea(lastName) { const first = pick('ABFGMPR'.split('')); const second = lastName ? lastName[0].toUpperCase() : pick(UP); const d = digits(6).split('').map(Number); const cs = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10; return first + (/[A-Z]/.test(second) ? second : '9') + d.join('') + cs; }
export function deaOk(s) { if (!/^[A-Z][A-Z9]\d{7}$/.test(s)) return false; const d = s.slice(2).split('').map(Number); return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6]; }
export function nhs(style) { for (;;) { const d = digits(9); let sum = 0; for (let i = 0; i < 9; i++) sum += +d[i] * (10 - i); let ck = 11 - (sum % 11); if (ck === 11) ck = 0; if (ck === 10) continue; const s = d + ck; style = style ?? pick([' ', ' ', '-', '']); return [s.slice(0, 3), s.slice(3, 6), s.slice(6)].join(style); } }
export function nhsOk(s) { const d = s.replace(/\D/g, ''); if (d.length !== 10) return false; let sum = 0; for (let i = 0; i < 9; i++) sum += +d[i] * (10 - i); let ck = 11 - (sum % 11); if (ck === 11) ck = 0; return ck === +d[9]; }
export function btc(kind) { kind = kind || pick(['p2pkh', 'p2pkh', 'p2sh', 'wpkh', 'wpkh', 'tr']); if (kind === 'p2pkh') return b58check(Buffer.concat([Buffer.from([0]), rbytes(20)])); if (kind === 'p2sh') return b58check(Buffer.concat([Buffer.from([5]), rbytes(20)])); if (kind === 'wpkh') return segwit('bc', 0, [...rbytes(20)]); return segwit('bc', 1, [...rbytes(32)]); }
export function badBtc() { const s = btc('p2pkh'); const i = int(5, s.length - 2); const ch = s[i] === 'a' ? 'b' : 'a'; const t = s.slice(0, i) + ch + s.slice(i + 1); return b58checkOk(t) ? badBtc() : t; }
export function publicIp() { for (;;) { const o = [int(1, 223), int(0, 255), int(0, 255), int(1, 254)]; if ([10, 127, 0, 100, 169, 172, 192, 198, 203, 224].includes(o[0])) continue; return o.join('.'); } }
export const docIp = () => pick(['203.0.113.', '198.51.100.', '192.0.2.']) + int(2, 250);
export const ipv6 = () => pick(['2001:db8:', '2a02:' + rs(HEX, 4) + ':', '2600:' + rs(HEX, 4) + ':', '2409:' + rs(HEX, 3) + ':']) + [rs(HEX, 4), rs(HEX, 3), rs(HEX, 4), rs(HEX, 2) + rs(HEX, 2)].join(':').replace(/:0+(\w)/g, ':$1') + (chance(0.5) ? '::' + rs(HEX, 3) : ':' + rs(HEX, 4) + ':' + rs(HEX, 4));
export const clientIp = () => (chance(0.75) ? (chance(0.5) ? publicIp() : docIp()) : ipv6());
export const routing = () => { for (;;) { const d = digits(8).split('').map(Number); d[0] = int(0, 3); const w = [3, 7, 1, 3, 7, 1, 3, 7]; const s = d.reduce((t, x, i) => t + x * w[i], 0); const ck = (10 - (s % 10)) % 10; return d.join('') + ck; } };
export const bankAcct = () => nz(int(8, 14));
export const DL_STATES = {
  CA: () => pick(UP) + digits(7), NY: () => digits(9), FL: () => pick(UP) + digits(12), TX: () => digits(8), WA: () => 'WDL' + rs(UP + DIG, 9), IL: () => pick(UP) + digits(11), PA: () => digits(8), OH: () => rs(UP, 2) + digits(6), NJ: () => pick(UP) + digits(14), MI: () => pick(UP) + digits(12), GA: () => digits(9), NC: () => digits(12), AZ: () => pick(UP) + digits(8), MA: () => 'S' + digits(8), CO: () => digits(2) + '-' + digits(3) + '-' + digits(4), VA: () => pick(UP) + digits(8), MN: () => pick(UP) + digits(12), WI: () => pick(UP) + digits(13),
};
export function dl(st) { st = st || pick(Object.keys(DL_STATES)); let v = DL_STATES[st](); if (st === 'FL' && chance(0.5)) v = v.slice(0, 4) + '-' + v.slice(4, 7) + '-' + v.slice(7, 9) + '-' + v.slice(9, 12) + '-' + v.slice(12); return { st, v }; }

// emails
const EDOM = ['mail.example', 'acme.example', 'inbox.test', 'corp.example', 'post.example', 'uni-hamburg.example', 'correo.example', 'yandex.test', 'globex.example', 'initech.test', 'mailbox.invalid', 'hotmail.example', 'kundenservice.example', 'qq.test', 'naver.example', 'tcs.example', 'free.test', 'gmx.example'];
export function email(first, last) {
  const asc = (s) => (s || '').replace(/[Łł]/g, 'l').replace(/[Øø]/g, 'o').replace(/ß/g, 'ss').replace(/[Ææ]/g, 'ae').replace(/[Đđ]/g, 'd').replace(/ı/g, 'i').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  let fa = asc(first) || pick(['wei', 'mina', 'yuki', 'olena', 'ahmad', 'noa', 'dmitri', 'priya', 'giorgi', 'somchai', 'eleni', 'jiho']), la = asc(last) || pick(['wang', 'kim', 'tanaka', 'cohen', 'ivanova', 'sharma', 'haddad', 'beridze', 'nikolaou', 'park', 'rezaei', 'li']);
  const local = pick([`${fa}.${la}`, `${fa[0]}${la}`, `${fa}_${la}${int(1, 99)}`, `${la}.${fa[0]}`, `${fa}${int(70, 99)}`, `${fa}.${la}+${pick(['billing', 'news', 'jira', 'work'])}`, `${fa}-${la}`]);
  return local + '@' + pick(EDOM);
}

// phones: [country, international fmt fn, national fmt fn]
const D = digits;
export const PHONES = {
  US: [() => `+1 ${int(201, 989)} ${int(200, 989)} ${D(4)}`, () => pick([`(${int(201, 989)}) ${int(200, 989)}-${D(4)}`, `${int(201, 989)}-${int(200, 989)}-${D(4)}`, `${int(201, 989)}.${int(200, 989)}.${D(4)}`, `1-${int(201, 989)}-${int(200, 989)}-${D(4)}`])],
  CA: [() => `+1 (${pick(['416', '604', '514', '403', '613'])}) ${int(200, 989)}-${D(4)}`, () => `${pick(['416', '647', '778', '438'])}-${int(200, 989)}-${D(4)}`],
  GB: [() => pick([`+44 20 ${int(3, 8)}${D(3)} ${D(4)}`, `+44 7${int(400, 999)} ${D(6)}`, `+44 (0)161 ${D(3)} ${D(4)}`]), () => pick([`020 ${int(3, 8)}${D(3)} ${D(4)}`, `07${int(400, 999)} ${D(6)}`, `0113 ${D(3)} ${D(4)}`])],
  DE: [() => pick([`+49 30 ${D(8)}`, `+49 151 ${D(4)} ${D(4)}`, `+49 (0)89 ${D(3)} ${D(4)}`, `+49-40-${D(7)}`]), () => pick([`030 ${D(8)}`, `0151 ${D(8)}`, `(089) ${D(3)} ${D(4)}`, `0176/${D(8)}`])],
  FR: [() => `+33 ${pick(['1', '6', '7', '4'])} ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, () => `0${pick(['1', '6', '7', '5'])} ${D(2)} ${D(2)} ${D(2)} ${D(2)}`.replace(/ /g, pick([' ', '.', ' ']))],
  ES: [() => `+34 ${pick(['6', '9'])}${D(2)} ${D(3)} ${D(3)}`, () => `${pick(['6', '9'])}${D(2)} ${D(2)} ${D(2)} ${D(2)}`],
  IT: [() => `+39 3${D(2)} ${D(3)} ${D(4)}`, () => pick([`06 ${D(4)} ${D(4)}`, `3${D(2)} ${D(7)}`, `02-${D(8)}`])],
  NL: [() => `+31 6 ${D(8)}`, () => pick([`06-${D(8)}`, `020 ${D(3)} ${D(4)}`])],
  BE: [() => `+32 4${D(2)} ${D(2)} ${D(2)} ${D(2)}`, () => `04${D(2)} ${D(2)} ${D(2)} ${D(2)}`],
  CH: [() => `+41 ${pick(['44', '79', '78', '22'])} ${D(3)} ${D(2)} ${D(2)}`, () => `0${pick(['44', '79', '31'])} ${D(3)} ${D(2)} ${D(2)}`],
  AT: [() => `+43 ${pick(['1', '664', '699'])} ${D(7)}`, () => `0664 ${D(7)}`],
  SE: [() => `+46 70 ${D(3)} ${D(2)} ${D(2)}`, () => `070-${D(3)} ${D(2)} ${D(2)}`],
  NO: [() => `+47 ${pick(['9', '4'])}${D(2)} ${D(2)} ${D(3)}`, () => `${pick(['9', '4'])}${D(2)} ${D(2)} ${D(3)}`],
  DK: [() => `+45 ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, () => `${int(20, 99)} ${D(2)} ${D(2)} ${D(2)}`],
  FI: [() => `+358 ${pick(['40', '50', '44'])} ${D(3)} ${D(4)}`, () => `0${pick(['40', '50'])} ${D(3)} ${D(4)}`],
  PL: [() => `+48 ${pick(['5', '6', '7', '8'])}${D(2)} ${D(3)} ${D(3)}`, () => `${pick(['5', '6', '7'])}${D(2)}-${D(3)}-${D(3)}`],
  CZ: [() => `+420 ${pick(['6', '7'])}${D(2)} ${D(3)} ${D(3)}`, () => `${pick(['6', '7'])}${D(2)} ${D(3)} ${D(3)}`],
  PT: [() => `+351 9${pick(['1', '2', '3', '6'])}${D(1)} ${D(3)} ${D(3)}`, () => `21 ${D(3)} ${D(4)}`],
  IE: [() => `+353 8${pick(['3', '5', '6', '7'])} ${D(3)} ${D(4)}`, () => `08${pick(['3', '5', '7'])} ${D(3)} ${D(4)}`],
  GR: [() => `+30 69${D(1)} ${D(3)} ${D(4)}`, () => `210 ${D(3)} ${D(4)}`],
  TR: [() => `+90 5${D(2)} ${D(3)} ${D(2)} ${D(2)}`, () => `0 (5${D(2)}) ${D(3)} ${D(2)} ${D(2)}`],
  RU: [() => `+7 (${pick(['495', '812', '916', '903'])}) ${D(3)}-${D(2)}-${D(2)}`, () => `8 (9${D(2)}) ${D(3)}-${D(2)}-${D(2)}`],
  UA: [() => `+380 ${pick(['44', '67', '50', '93'])} ${D(3)} ${D(2)} ${D(2)}`, () => `0${pick(['67', '50'])} ${D(3)} ${D(2)} ${D(2)}`],
  IL: [() => `+972 5${D(1)}-${D(3)}-${D(4)}`, () => `05${D(1)}-${D(3)}-${D(4)}`],
  AE: [() => `+971 5${pick(['0', '2', '5', '6'])} ${D(3)} ${D(4)}`, () => `05${pick(['0', '5'])} ${D(3)} ${D(4)}`],
  SA: [() => `+966 5${D(1)} ${D(3)} ${D(4)}`, () => `05${D(1)} ${D(3)} ${D(4)}`],
  EG: [() => `+20 1${pick(['0', '1', '2', '5'])} ${D(4)} ${D(4)}`, () => `01${pick(['0', '1', '2'])} ${D(4)} ${D(4)}`],
  ZA: [() => `+27 ${pick(['82', '83', '72', '71'])} ${D(3)} ${D(4)}`, () => `0${pick(['82', '11', '21'])} ${D(3)} ${D(4)}`],
  NG: [() => `+234 ${pick(['803', '805', '806', '813'])} ${D(3)} ${D(4)}`, () => `0${pick(['803', '806', '703'])} ${D(3)} ${D(4)}`],
  KE: [() => `+254 7${D(2)} ${D(6)}`, () => `07${D(2)} ${D(3)} ${D(3)}`],
  IN: [() => `+91 ${pick(['98', '99', '97', '88', '70'])}${D(3)} ${D(5)}`, () => pick([`0${pick(['98', '99'])}${D(3)} ${D(5)}`, `022 ${D(4)} ${D(4)}`, `080-${D(8)}`])],
  PK: [() => `+92 3${D(2)} ${D(7)}`, () => `03${D(2)}-${D(7)}`],
  BD: [() => `+880 1${pick(['7', '8', '9', '1'])}${D(2)}-${D(6)}`, () => `01${pick(['7', '9'])}${D(2)}-${D(6)}`],
  CN: [() => `+86 1${pick(['38', '39', '50', '86', '77'])} ${D(4)} ${D(4)}`, () => pick([`1${pick(['38', '58', '86'])}${D(8)}`, `010-${D(8)}`, `(021) ${D(4)} ${D(4)}`])],
  HK: [() => `+852 ${pick(['9', '6', '5'])}${D(3)} ${D(4)}`, () => `${pick(['9', '6'])}${D(3)} ${D(4)}`],
  TW: [() => `+886 9${D(2)} ${D(3)} ${D(3)}`, () => `09${D(2)}-${D(3)}-${D(3)}`],
  JP: [() => `+81 ${pick(['90', '80', '70'])}-${D(4)}-${D(4)}`, () => pick([`0${pick(['90', '80'])}-${D(4)}-${D(4)}`, `03-${D(4)}-${D(4)}`, `06-${D(4)}-${D(4)}`])],
  KR: [() => `+82 10-${D(4)}-${D(4)}`, () => pick([`010-${D(4)}-${D(4)}`, `02-${D(3)}-${D(4)}`])],
  SG: [() => `+65 ${pick(['8', '9', '6'])}${D(3)} ${D(4)}`, () => `${pick(['8', '9'])}${D(3)} ${D(4)}`],
  MY: [() => `+60 1${D(1)}-${D(3)} ${D(4)}`, () => `01${D(1)}-${D(3)} ${D(4)}`],
  TH: [() => `+66 ${pick(['8', '9', '6'])}${D(1)} ${D(3)} ${D(4)}`, () => `0${pick(['8', '9'])}${D(1)}-${D(3)}-${D(4)}`],
  VN: [() => `+84 ${pick(['9', '3', '8'])}${D(1)} ${D(3)} ${D(2)} ${D(2)}`, () => `0${pick(['9', '3'])}${D(1)} ${D(3)} ${D(4)}`],
  PH: [() => `+63 9${D(2)} ${D(3)} ${D(4)}`, () => `09${D(2)} ${D(3)} ${D(4)}`],
  ID: [() => `+62 8${D(2)}-${D(4)}-${D(4)}`, () => `08${D(2)}-${D(4)}-${D(4)}`],
  AU: [() => pick([`+61 4${D(2)} ${D(3)} ${D(3)}`, `+61 2 ${D(4)} ${D(4)}`]), () => pick([`04${D(2)} ${D(3)} ${D(3)}`, `(02) ${D(4)} ${D(4)}`, `(03) ${D(4)} ${D(4)}`])],
  NZ: [() => `+64 2${pick(['1', '2', '7'])} ${D(3)} ${D(4)}`, () => `02${pick(['1', '7'])} ${D(3)} ${D(4)}`],
  BR: [() => `+55 ${pick(['11', '21', '31', '61'])} 9${D(4)}-${D(4)}`, () => `(${pick(['11', '21', '51'])}) 9${D(4)}-${D(4)}`],
  MX: [() => `+52 ${pick(['55', '33', '81'])} ${D(4)} ${D(4)}`, () => `${pick(['55', '33'])} ${D(4)} ${D(4)}`],
  AR: [() => `+54 9 11 ${D(4)}-${D(4)}`, () => `011 15-${D(4)}-${D(4)}`],
  CL: [() => `+56 9 ${D(4)} ${D(4)}`, () => `9 ${D(4)} ${D(4)}`],
  CO: [() => `+57 3${D(2)} ${D(3)} ${D(4)}`, () => `3${D(2)} ${D(3)} ${D(4)}`],
  PE: [() => `+51 9${D(2)} ${D(3)} ${D(3)}`, () => `9${D(2)} ${D(3)} ${D(3)}`],
};
export const PHONE_CC = Object.keys(PHONES);
export const phoneCountries = new Set();
export function phone(cc, national) { cc = cc || pick(PHONE_CC); phoneCountries.add(cc); const [i, n] = PHONES[cc]; return (national ?? chance(0.4)) ? n() : i(); }
