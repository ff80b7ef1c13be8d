// blind11: validator. Returns a list of violations (empty = ok).
import { luhnOk, ibanMod, nhsCheck, deaOk, base58checkOk, bech32Ok, crc32, base62 } from './lib.mjs';
import { IBAN_LEN, ITIN_GROUPS } from './pii.mjs';

export const PRESIDIO = ['PERSON', 'LOCATION', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export function cardOk(raw) {
  const n = raw.replace(/[ -]/g, ''); if (!/^\d+$/.test(n) || !luhnOk(n)) return false;
  const p2 = +n.slice(0, 2), p4 = +n.slice(0, 4), L = n.length;
  if (n[0] === '4') return L === 16 || L === 13 || L === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return L === 16;
  if (p2 === 34 || p2 === 37) return L === 15;
  if (p4 === 6011 || p2 === 65) return L === 16;
  if (p4 >= 3528 && p4 <= 3589) return L === 16;
  if (p2 === 36) return L === 14;
  return false;
}
export function ibanOk(raw) { const i = raw.replace(/ /g, ''); return IBAN_LEN[i.slice(0, 2)] === i.length && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(i) && ibanMod(i) === 1; }
export function ssnOk(raw) { const m = raw.match(/^(\d{3})-?(\d{2})-?(\d{4})$/); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000'; }
export function itinOk(raw) { const m = raw.match(/^9(\d{2})-?(\d{2})-?(\d{4})$/); return !!m && ITIN_GROUPS.includes(+m[2]); }
export function nhsOk(raw) { const n = raw.replace(/ /g, ''); return /^\d{10}$/.test(n) && nhsCheck(n.slice(0, 9)) === +n[9]; }
const ghOk = (v) => { const m = v.match(/^(?:gh[pousr]_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/); return !!m && base62(crc32(m[1]), 6) === m[2]; };
function jwtOk(v) { const p = v.split('.'); if (p.length !== 3) return false; try { const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); return !!h.alg && /^[A-Za-z0-9_-]+$/.test(p[2]); } catch { return false; } }
function pemOk(v) { const t = v.replace(/\\n/g, '\n'); const m = t.match(/^-----BEGIN ([A-Z0-9 ]+)-----[\s\S]+-----END ([A-Z0-9 ]+)-----$/); return !!m && m[1] === m[2]; }
const HOST_OK = (h) => /\.(example|test|invalid)\.?$/i.test(h) || !h.includes('.') || /^\d+\.\d+\.\d+\.\d+$/.test(h);
// bare public-TLD names (outside URLs/e-mails) are also refused, except the Kubernetes API group in `type:` lines
const PUBLIC_NAME = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|co)\b/gi;

export function validateDoc(rec, text, labels, looks) {
  const v = []; const buf = Buffer.from(text); const bad = (m) => v.push(`${rec.id}: ${m}`);
  if (buf.length < 200 || buf.length > 4000) bad(`size ${buf.length}`);
  const all = [...labels, ...looks].sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    if (!(s.start >= 0 && s.end > s.start && s.end <= buf.length)) { bad(`span out of range ${s.start}-${s.end}`); continue; }
    if (i && all[i - 1].end > s.start) bad(`overlap at ${s.start}`);
    const got = buf.subarray(s.start, s.end).toString();
    if (got !== s.value) bad(`span bytes differ at ${s.start}`);
    if (/^\s|\s$/.test(got)) bad(`whitespace at span end ${JSON.stringify(got)}`);
  }
  for (const l of labels) {
    const x = l.value, e = l.entity;
    if (!['secrets', 'pii'].includes(l.family)) bad(`family ${l.family}`);
    if (l.family === 'pii' && !PRESIDIO.includes(e)) bad(`pii entity ${e}`);
    if (l.family === 'secrets' && PRESIDIO.includes(e)) bad(`secret with pii name ${e}`);
    if (e === 'CREDIT_CARD' && !cardOk(x)) bad(`card ${x}`);
    if (e === 'IBAN_CODE' && !ibanOk(x)) bad(`iban ${x}`);
    if (e === 'US_SSN' && !ssnOk(x)) bad(`ssn ${x}`);
    if (e === 'US_ITIN' && !itinOk(x)) bad(`itin ${x}`);
    if (e === 'UK_NHS' && !nhsOk(x)) bad(`nhs ${x}`);
    if (e === 'MEDICAL_LICENSE' && !deaOk(x)) bad(`dea ${x}`);
    if (e === 'CRYPTO' && !(base58checkOk(x) || (x.startsWith('bc1') && bech32Ok(x)))) bad(`btc ${x}`);
    if (/^GITHUB_(PERSONAL|OAUTH|APP_INSTALLATION|USER_TO|REFRESH)|^NPM_TOKEN$/.test(e) && !ghOk(x)) bad(`github/npm checksum ${x}`);
    if (['JWT', 'KUBERNETES_SERVICE_ACCOUNT_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY'].includes(e) && !jwtOk(x)) bad(`jwt ${x}`);
    if (/PRIVATE_KEY$/.test(e) && x.startsWith('-----') && !pemOk(x)) bad(`pem ${e}`);
    if (/PRIVATE_KEY$/.test(e) && !x.startsWith('-----') && !['ETHEREUM_PRIVATE_KEY', 'WIREGUARD_PRIVATE_KEY'].includes(e)) bad(`pem shape ${e}`);
    if (e === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(x)) bad(`aws ${x}`);
    if (e === 'AWS_TEMPORARY_ACCESS_KEY' && !/^ASIA[A-Z2-7]{16}$/.test(x)) bad(`aws ${x}`);
    if (e === 'OPENAI_API_KEY' && !x.includes('T3BlbkFJ')) bad('openai');
    if (e === 'ANTHROPIC_API_KEY' && !/^sk-ant-api03-[\w-]{93}AA$/.test(x)) bad('anthropic');
  }
  for (const l of looks) {
    const x = l.value;
    if (l.what === 'invalid_card' && luhnOk(x.replace(/[ -]/g, ''))) bad(`invalid_card valid ${x}`);
    if (l.what === 'invalid_iban' && ibanMod(x.replace(/ /g, '')) === 1) bad(`invalid_iban valid ${x}`);
    if (l.what === 'invalid_ssn' && ssnOk(x)) bad(`invalid_ssn valid ${x}`);
    if (l.what === 'invalid_nhs' && nhsOk(x)) bad(`invalid_nhs valid ${x}`);
    if (l.what === 'vendor_test_card' && !luhnOk(x.replace(/ /g, ''))) bad(`vendor card ${x}`);
    if (l.what === 'hostname' && !HOST_OK(x)) bad(`hostname ${x}`);
    if (l.what === 'imei' && (!luhnOk(x) || cardOk(x))) bad(`imei ${x}`);
  }
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'`]*@)?([A-Za-z0-9.-]+)/gi)) if (!HOST_OK(m[1])) bad(`url host ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) if (!HOST_OK(m[1])) bad(`email domain ${m[1]}`);
  for (const m of text.matchAll(PUBLIC_NAME)) if (m[0] !== 'kubernetes.io') bad(`public host name ${m[0]}`);
  return v;
}
export function validateComposition(c) {
  const v = [];
  if (c.docs < 300) v.push(`only ${c.docs} documents`);
  if (Object.keys(c.kinds).length < 20) v.push('fewer than 20 document kinds');
  if (c.secretLabels < 600) v.push(`only ${c.secretLabels} secret labels`);
  if (Object.keys(c.secretKinds).length < 140) v.push(`only ${Object.keys(c.secretKinds).length} secret kinds`);
  if (c.piiLabels < 2000) v.push(`only ${c.piiLabels} pii labels`);
  for (const e of PRESIDIO) if (!c.pii[e]) v.push(`no ${e}`);
  if (c.looks < 1500) v.push(`only ${c.looks} look-alikes`);
  return v;
}
