// blind9 record validator: spans, encodings, check digits, host names, composition.
import crypto from 'node:crypto';
import { crc32, base62, luhnValid, ibanMod97 } from './lib.mjs';

export const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, LU: 20 };
const sha = (b) => crypto.createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function b58ok(s) {
  let n = 0n; for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return false; n = n * 58n + BigInt(i); }
  let hex = n.toString(16); if (hex.length % 2) hex = '0' + hex;
  let buf = Buffer.from(hex, 'hex'); const lead = s.match(/^1*/)[0].length; buf = Buffer.concat([Buffer.alloc(lead), buf]);
  if (buf.length !== 25) return false;
  return sha(sha(buf.subarray(0, 21))).subarray(0, 4).equals(buf.subarray(21)) && (buf[0] === 0 || buf[0] === 5);
}
function bech32ok(s) {
  const CH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'; const i = s.lastIndexOf('1'); const hrp = s.slice(0, i);
  const data = [...s.slice(i + 1)].map((c) => CH.indexOf(c)); if (data.some((x) => x < 0)) return false;
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1;
  const vals = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data];
  for (const v of vals) { const top = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ v; for (let k = 0; k < 5; k++) if ((top >>> k) & 1) chk ^= G[k]; }
  return hrp === 'bc' && (chk >>> 0) === 1;
}
function ssnOk(v) { const m = v.match(/^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/); if (!m) return false; const a = +m[1]; return a > 0 && a !== 666 && a < 900 && +m[2] > 0 && +m[3] > 0; }
function itinOk(v) { const m = v.match(/^9(\d{2})[- ]?(\d{2})[- ]?(\d{4})$/); if (!m) return false; const g = +m[2]; return (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
function nhsOk(v) { const d = v.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; const s = [...d.slice(0, 9)].reduce((a, x, i) => a + +x * (10 - i), 0); let c = 11 - (s % 11); if (c === 11) c = 0; return c !== 10 && c === +d[9]; }
function deaOk(v) { const m = v.match(/^[A-Z]{2}(\d{7})$/); if (!m) return false; const n = [...m[1]].map(Number); return (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10 === n[6]; }
function ibanOk(v) { const s = v.replace(/ /g, ''); return IBAN_LEN[s.slice(0, 2)] === s.length && ibanMod97(s) === 1; }
function cardOk(v) { const d = v.replace(/[ -]/g, ''); if (!/^\d{14,19}$/.test(d) || !luhnValid(d)) return false; return /^(4\d{15}|4\d{18}|5[1-5]\d{14}|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|3[47]\d{13}|(6011|65\d\d|64[4-9]\d)\d{12}|35(2[89]|[3-8]\d)\d{12}|3[68]\d{12})$/.test(d); }
function ghOk(v) { const m = v.match(/^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/); return !!m && base62(crc32(Buffer.from(m[1])), 6) === m[2]; }

export function checkValue(kind, name, v, err) {
  if (kind === 'pii') {
    const ok = { CREDIT_CARD: cardOk, IBAN_CODE: ibanOk, US_SSN: ssnOk, US_ITIN: itinOk, UK_NHS: nhsOk, MEDICAL_LICENSE: deaOk, CRYPTO: (x) => (x.startsWith('bc1') ? bech32ok(x) : b58ok(x)),
      EMAIL_ADDRESS: (x) => /^[^@\s]+@[a-z0-9.-]+\.(example|test|invalid)$/.test(x), US_PASSPORT: (x) => /^([A-Z]\d{8}|\d{9})$/.test(x) }[name];
    if (ok && !ok(v)) err(`invalid ${name}: ${v}`);
  } else if (kind === 'secrets') {
    if (/^gh[pousr]_/.test(v) && !ghOk(v)) err(`bad github checksum ${v}`);
    if (name === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) err('bad AKIA ' + v);
    if (name === 'AWS_SECRET_KEY' && !/^[A-Za-z0-9/+]{40}$/.test(v)) err('bad aws secret ' + v);
    if (name === 'JWT') { const [h, p] = v.split('.'); try { JSON.parse(Buffer.from(h, 'base64url')); JSON.parse(Buffer.from(p, 'base64url')); } catch { err('bad jwt ' + v); } }
    if (name === 'ANTHROPIC_API_KEY' && !/^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v)) err('bad anthropic');
    if (name === 'HUGGINGFACE_TOKEN' && !/^hf_[A-Za-z]{34}$/.test(v)) err('bad hf');
    if (name === 'NPM_TOKEN' && !/^npm_[A-Za-z0-9]{36}$/.test(v)) err('bad npm');
    if (/PASSWORD|SECRET|KEY|TOKEN/.test(name) && v.length < 8) err('short secret ' + v);
  } else {
    if (name === 'invalid_card' && luhnValid(v)) err('invalid_card is Luhn-valid ' + v);
    if (name === 'gift_card_number' && luhnValid(v)) err('gift card is Luhn-valid ' + v);
    if (name === 'invalid_iban' && ibanMod97(v.replace(/ /g, '')) === 1) err('invalid_iban passes mod97 ' + v);
    if (name === 'invalid_ssn' && ssnOk(v)) err('invalid_ssn is valid ' + v);
  }
}
export function checkHosts(text, err, masked = text) {
  const ok = (h) => /\.(example|test|invalid)$/i.test(h) || h === 'localhost';
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^@\s\/'"]*@)?([A-Za-z0-9.-]+)/g)) if (!ok(m[1]) && !/^[\d.]+$/.test(m[1]) && !/^%2F/.test(m[1])) err('host not under reserved TLD: ' + m[1]);
  for (const m of text.matchAll(/@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!ok(m[1]) && !/^sha256$/.test(m[1]) && !/^\d/.test(m[1])) err('mail/host domain not reserved: ' + m[1]);
  for (const m of masked.matchAll(/(?<![\w.])((?:[A-Za-z0-9-]+\.)+(com|org|net|io|dev|co|ai|app|cloud))\b(?!\.)/g)) err('real-looking host: ' + m[1]);
}
export function validateRecord(rec, expect, err) {
  if (!/^blind9-[a-z0-9_]+-\d{4}$/.test(rec.id)) err('bad id ' + rec.id);
  const buf = Buffer.from(rec.text_b64url, 'base64url');
  if (buf.toString('base64url') !== rec.text_b64url) err('b64url not canonical');
  const text = buf.toString('utf8'); if (!Buffer.from(text, 'utf8').equals(buf)) err('not utf8');
  if (buf.length < 200 || buf.length > 4000) err(`length ${buf.length} out of 200..4000`);
  const all = [...rec.labels.map((l) => ({ ...l, t: l.family })), ...rec.lookalikes.map((l) => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) err(`span out of range ${JSON.stringify(s)}`);
    if (i && all[i - 1].end > s.start) err(`overlap ${JSON.stringify(all[i - 1])} ${JSON.stringify(s)}`);
    const v = buf.subarray(s.start, s.end).toString('utf8');
    const ex = expect.find((e) => e.start === s.start && e.end === s.end);
    if (!ex || ex.v !== v) err(`span bytes differ from inserted value at ${s.start}`);
    if (s.t === 'pii' && !PII.has(s.entity)) err('not a presidio entity ' + s.entity);
    if (s.t === 'secrets' && !/^[A-Z0-9_]+$/.test(s.entity)) err('bad secret entity ' + s.entity);
    if (s.t !== 'look' && s.t !== 'pii' && s.t !== 'secrets') err('bad family');
    if (v !== v.trim()) err(`span has surrounding whitespace: ${JSON.stringify(v)}`);
    checkValue(s.t, s.entity || s.what, v, err);
  }
  if (expect.length !== all.length) err('span count mismatch');
  let masked = buf.toString('latin1');  // secret values may contain dotted fragments such as dp.st.dev
  for (const s of rec.labels) if (s.family === 'secrets') masked = masked.slice(0, s.start) + ' '.repeat(s.end - s.start) + masked.slice(s.end);
  checkHosts(text, err, masked);
}
