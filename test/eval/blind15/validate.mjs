// blind15 validator: returns a list of violations (empty = ok).
import { luhnValid, ibanValid, nhsValid, deaValid, base58checkValid, bech32Valid, crc32, githubChecksum } from './lib.mjs';
import { IBAN_LEN, ITIN_GROUPS } from './pii.mjs';

export const PRESIDIO = ['PERSON', 'LOCATION', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
const OK_TLD = /\.(example|test|invalid)$/i;
function cardOk(v) {
  const n = v.replace(/[ -]/g, ''); if (!/^\d{13,19}$/.test(n) || !luhnValid(n)) return false;
  const L = n.length, p2 = +n.slice(0, 2), p3 = +n.slice(0, 3), p4 = +n.slice(0, 4);
  return (n[0] === '4' && L === 16) || (p2 >= 51 && p2 <= 55 && L === 16) || (p4 >= 2221 && p4 <= 2720 && L === 16) || ((p2 === 34 || p2 === 37) && L === 15)
    || ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) && L === 16) || (p4 >= 3528 && p4 <= 3589 && L === 16) || ((p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) && L === 14);
}
function ssnOk(v) { const m = v.match(/^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000'; }
function jwtOk(v) { const p = v.split('.'); if (p.length !== 3) return false; try { const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); return !!h.alg; } catch { return false; } }

export function validate(records, minimum) {
  const errs = []; const E = (id, m) => errs.push(`${id}: ${m}`);
  for (const rec of records) {
    const buf = Buffer.from(rec.text_b64url, 'base64url'); const text = buf.toString('utf8');
    if (buf.length < 200 || buf.length > 4000) E(rec.id, `size ${buf.length}`);
    const spans = [...rec.labels.map(s => ({ ...s, t: 'label' })), ...rec.lookalikes.map(s => ({ ...s, t: 'look' }))].sort((a, b) => a.start - b.start);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      if (!(s.start >= 0 && s.end <= buf.length && s.start < s.end)) { E(rec.id, `span out of range ${s.start}-${s.end}`); continue; }
      if (i && spans[i - 1].end > s.start) E(rec.id, `overlap at ${s.start}`);
      const v = buf.subarray(s.start, s.end).toString('utf8');
      if (s.value !== undefined && v !== s.value) E(rec.id, `span bytes != value at ${s.start}`);
      if (/^\s|\s$/.test(v)) E(rec.id, `whitespace at span end ${JSON.stringify(v)}`);
      if (s.t === 'label') {
        if (s.family === 'pii' && !PRESIDIO.includes(s.entity)) E(rec.id, `non-Presidio ${s.entity}`);
        if (s.family !== 'pii' && s.family !== 'secrets') E(rec.id, `family ${s.family}`);
        const bad = (m) => E(rec.id, `${s.entity} ${m}: ${v.slice(0, 60)}`);
        switch (s.entity) {
          case 'CREDIT_CARD': if (!cardOk(v)) bad('invalid card'); break;
          case 'IBAN_CODE': { const n = v.replace(/ /g, ''); if (!ibanValid(n) || IBAN_LEN[n.slice(0, 2)] !== n.length) bad('invalid iban'); break; }
          case 'US_SSN': if (!ssnOk(v)) bad('bad ssn'); break;
          case 'US_ITIN': { const m = v.match(/^9\d\d-(\d\d)-\d{4}$/); if (!m || !ITIN_GROUPS.includes(+m[1])) bad('bad itin'); break; }
          case 'UK_NHS': if (!nhsValid(v)) bad('bad nhs'); break;
          case 'MEDICAL_LICENSE': if (!deaValid(v)) bad('bad dea'); break;
          case 'CRYPTO': if (!(v.startsWith('bc1') ? bech32Valid(v) : base58checkValid(v))) bad('bad btc'); break;
          case 'JWT': case 'K8S_SERVICE_ACCOUNT_TOKEN': if (!jwtOk(v)) bad('bad jwt'); break;
          case 'AWS_ACCESS_KEY': if (!/^AKIA[A-Z2-7]{16}$/.test(v)) bad('bad aws'); break;
          case 'AWS_TEMP_ACCESS_KEY': if (!/^ASIA[A-Z2-7]{16}$/.test(v)) bad('bad aws'); break;
        }
        if (/^gh[pousr]_/.test(v) && s.entity.startsWith('GITHUB')) { const body = v.slice(4, 34); if (v.length !== 40 || githubChecksum(body) !== v.slice(34)) bad('bad github crc'); }
        if (/PRIVATE_KEY$/.test(s.entity) && v.includes('BEGIN')) { if (!/^-----BEGIN [A-Z ]+-----/.test(v) || !/-----END [A-Z ]+-----$/.test(v)) bad('pem not whole block'); }
      } else {
        const d = v.replace(/[ -]/g, '');
        if (s.what === 'invalid_card' && luhnValid(d)) E(rec.id, `invalid_card passes luhn ${v}`);
        if (s.what === 'invalid_iban' && ibanValid(d)) E(rec.id, `invalid_iban passes mod97 ${v}`);
        if (s.what === 'invalid_ssn' && ssnOk(v)) E(rec.id, `invalid_ssn is valid ${v}`);
      }
    }
    for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\s"'`<>)\]]+)/gi)) { let a = m[1].split('/')[0]; a = a.slice(a.lastIndexOf('@') + 1).replace(/:\d*$/, ''); if (a.includes('.') && !OK_TLD.test(a)) E(rec.id, `url host ${a}`); }
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) if (!OK_TLD.test(m[1])) E(rec.id, `email domain ${m[1]}`);
  }
  // composition minimums
  const c = compose(records);
  const M = minimum;
  if (records.length < M.docs) errs.push(`only ${records.length} docs`);
  if (Object.keys(c.kinds).length < M.kinds) errs.push(`only ${Object.keys(c.kinds).length} doc kinds`);
  if (c.nSecrets < M.secrets) errs.push(`only ${c.nSecrets} secret labels`);
  if (Object.keys(c.secrets).length < M.secretKinds) errs.push(`only ${Object.keys(c.secrets).length} secret kinds`);
  if (c.nPii < M.pii) errs.push(`only ${c.nPii} pii labels`);
  for (const p of PRESIDIO) if (!c.pii[p]) errs.push(`no ${p} label`);
  if (c.nLook < M.look) errs.push(`only ${c.nLook} lookalikes`);
  return errs;
}
export function compose(records) {
  const c = { kinds: {}, secrets: {}, pii: {}, look: {}, nSecrets: 0, nPii: 0, nLook: 0, bytes: 0 };
  for (const r of records) {
    c.kinds[r.kind] = (c.kinds[r.kind] || 0) + 1; c.bytes += Buffer.from(r.text_b64url, 'base64url').length;
    for (const l of r.labels) { if (l.family === 'pii') { c.pii[l.entity] = (c.pii[l.entity] || 0) + 1; c.nPii++; } else { c.secrets[l.entity] = (c.secrets[l.entity] || 0) + 1; c.nSecrets++; } }
    for (const l of r.lookalikes) { c.look[l.what] = (c.look[l.what] || 0) + 1; c.nLook++; }
  }
  return c;
}
