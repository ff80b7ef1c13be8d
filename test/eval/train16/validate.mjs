// Validator: every rule checked; generate.mjs writes nothing when this returns errors.
import { ghChecksumOk, luhnOk, ibanOk, nhsOk, deaOk, b58checkOk, bech32Ok } from './util.mjs';
import { cardIinOk, IBAN_LEN, ssnOk, itinOk } from './pii.mjs';
import { KINDS, GENERIC } from './secrets.mjs';
export const PRESIDIO = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const SECRET_NAMES = new Set([...KINDS.map(k => k.e), ...Object.keys(GENERIC)]);
const JWT_KINDS = new Set(['JWT', 'SUPABASE_SERVICE_ROLE_KEY', 'K8S_SERVICE_ACCOUNT_TOKEN']);
const ALLOWED_HOST = (h) => !h.includes('.') || /^\d+\.\d+\.\d+\.\d+$/.test(h) || /\.(example|test|invalid)$/i.test(h.replace(/\.$/, ''));
function checkValue(l, err) {
  const v = l.value, e = l.entity;
  if (l.family === 'pii') {
    if (!PRESIDIO.has(e)) err(`non-Presidio entity ${e}`);
    if (e === 'CREDIT_CARD') { const d = v.replace(/[ -]/g, ''); if (!luhnOk(d) || !cardIinOk(d)) err(`card invalid ${v}`); }
    if (e === 'IBAN_CODE') { const s = v.replace(/ /g, ''); if (!ibanOk(s) || IBAN_LEN[s.slice(0, 2)] !== s.length) err(`iban invalid ${v}`); }
    if (e === 'US_SSN' && !ssnOk(v)) err(`ssn invalid ${v}`);
    if (e === 'US_ITIN' && !itinOk(v)) err(`itin invalid ${v}`);
    if (e === 'UK_NHS' && !nhsOk(v)) err(`nhs invalid ${v}`);
    if (e === 'MEDICAL_LICENSE' && !deaOk(v)) err(`dea invalid ${v}`);
    if (e === 'CRYPTO' && !(v.startsWith('bc1') ? bech32Ok(v) : b58checkOk(v))) err(`btc invalid ${v}`);
    if (e === 'EMAIL_ADDRESS' && !ALLOWED_HOST(v.split('@')[1] || '')) err(`email domain ${v}`);
  } else if (l.family === 'secrets') {
    if (!SECRET_NAMES.has(e)) err(`unknown secret entity ${e}`);
    if (/^gh[pousr]_/.test(v) && !ghChecksumOk(v)) err(`github crc ${v}`);
    if (e.startsWith('GITHUB_') && /^gh[pousr]_/.test(v) === false && !v.startsWith('github_pat_')) err(`github format ${v}`);
    if (JWT_KINDS.has(e)) { const p = v.split('.'); try { if (p.length !== 3) throw 0; const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); if (!h.alg) throw 0; } catch { err(`jwt invalid ${v.slice(0, 30)}`); } }
    if (/_PRIVATE_KEY$/.test(e) && !(/^-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/.test(v) && /-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----$/.test(v))) err(`pem not whole ${e}`);
    if (e === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) err('aws key');
  } else err('bad family');
}
function checkLook(l, err) {
  const v = l.value;
  if (!l.what) err('lookalike without what');
  if (l.what === 'invalid_card' && luhnOk(v.replace(/[ -]/g, ''))) err(`invalid_card is valid ${v}`);
  if (l.what === 'invalid_iban' && ibanOk(v)) err(`invalid_iban is valid ${v}`);
  if (l.what === 'invalid_ssn' && ssnOk(v)) err(`invalid_ssn is valid ${v}`);
  if (l.what === 'invalid_nhs' && nhsOk(v)) err(`invalid_nhs is valid ${v}`);
  if (l.what === 'invalid_dea' && deaOk(v)) err(`invalid_dea is valid ${v}`);
  if (l.what === 'invalid_btc' && b58checkOk(v)) err(`invalid_btc is valid ${v}`);
  if (l.what === 'invalid_github_token' && ghChecksumOk(v)) err(`invalid_github_token is valid ${v}`);
  if (l.what === 'vendor_test_card' && !luhnOk(v.replace(/ /g, ''))) err('vendor test card not luhn');
}
export function validateDoc(doc, err) {
  const text = doc.text; const buf = Buffer.from(text);
  if (buf.length < 200 || buf.length > 4000) err(`${doc.id}: size ${buf.length}`);
  const all = [...doc.labels.map(l => ({ ...l, t: 'label' })), ...doc.lookalikes.map(l => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
  let prevEnd = 0;
  for (const s of all) {
    const e = (m) => err(`${doc.id}: ${m}`);
    if (!(s.start >= 0 && s.end <= buf.length && s.start < s.end)) e(`span out of range ${s.start}-${s.end}`);
    if (s.start < prevEnd) e(`overlap at ${s.start}`);
    prevEnd = Math.max(prevEnd, s.end);
    const got = buf.subarray(s.start, s.end).toString();
    if (got !== s.value) e(`span text mismatch ${JSON.stringify(got)} vs ${JSON.stringify(s.value)}`);
    if (/^\s|\s$/.test(got)) e(`whitespace at span end ${JSON.stringify(got)}`);
    if (s.t === 'label') checkValue(s, e); else checkLook(s, e);
  }
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s@\/"']*@)?([A-Za-z0-9.-]+)/gi)) if (!ALLOWED_HOST(m[1])) err(`${doc.id}: host ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!ALLOWED_HOST(m[1])) err(`${doc.id}: mail domain ${m[1]}`);
}
export const MIN = { docs: 360, kinds: 18, secrets: 650, secretKinds: 150, pii: 2200, lookalikes: 1800, lookKinds: 30, perPresidio: 20, langs: 15, proseLangs: 8, phonePlans: 40, cultures: 30 };
export function validateComposition(c, err) {
  const chk = (name, have, min) => { if (have < min) err(`composition: ${name} ${have} < ${min}`); };
  chk('docs', c.docs, MIN.docs); chk('doc kinds', Object.keys(c.byKind).length, MIN.kinds); chk('secret labels', c.secrets, MIN.secrets); chk('secret kinds', Object.keys(c.secretKinds).length, MIN.secretKinds);
  chk('pii labels', c.pii, MIN.pii); chk('lookalikes', c.lookalikes, MIN.lookalikes); chk('lookalike kinds', Object.keys(c.lookKinds).length, MIN.lookKinds);
  for (const p of PRESIDIO) chk(`pii ${p}`, c.piiKinds[p] || 0, MIN.perPresidio);
  chk('code languages', c.langs, MIN.langs); chk('phone plans', c.phonePlans, MIN.phonePlans); chk('cultures', c.cultures, MIN.cultures); chk('prose languages', c.proseLangs, MIN.proseLangs);
}
