// Validator: every record must pass or generate.mjs writes nothing and exits 1.
import { githubChecksumOk, luhnOk, ibanOk, ssnOk, itinOk, nhsOk, deaOk, base58checkOk, bech32Ok } from './lib.mjs';
export const PRESIDIO = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
const IIN = /^(4\d{15}|5[1-5]\d{14}|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|3[47]\d{13}|6011\d{12}|35(2[89]|[3-8]\d)\d{12}|3(6\d{12}|0[0-5]\d{11}))$/;
const OK_HOST = (h) => !h.includes('.') || /\.(example|test|invalid)$/i.test(h) || /^[\d.]+$/.test(h);
export const MIN = { docs: 360, kinds: 18, secrets: 650, secretKinds: 150, pii: 2200, lookalikes: 1800 };

export function checkRecord(rec, text, errs) {
  const buf = Buffer.from(text);
  const e = (m) => errs.push(`${rec.id}: ${m}`);
  if (buf.length < 200 || buf.length > 4000) e(`size ${buf.length}`);
  const spans = [...rec.labels.map((x) => ({ ...x, t: 'l' })), ...rec.lookalikes.map((x) => ({ ...x, t: 'a' }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (!(s.start >= 0 && s.end <= buf.length && s.start < s.end)) { e(`span out of range ${s.start}-${s.end}`); continue; }
    if (i && spans[i - 1].end > s.start) e(`overlap at ${s.start}`);
    const v = buf.subarray(s.start, s.end).toString();
    if (v !== s.value) e(`span text mismatch at ${s.start}`);
    if (/^\s|\s$/.test(v)) e(`whitespace at ends of ${s.entity || s.what} '${v.slice(0, 20)}'`);
    if (s.t === 'l') {
      if (!['secrets', 'pii'].includes(s.family)) e('family');
      if (s.family === 'pii' && !PRESIDIO.includes(s.entity)) e(`non-Presidio ${s.entity}`);
      const d = v.replace(/[ -]/g, '');
      if (s.entity === 'CREDIT_CARD' && !(luhnOk(d) && IIN.test(d))) e(`card ${v}`);
      if (s.entity === 'IBAN_CODE' && !ibanOk(v)) e(`iban ${v}`);
      if (s.entity === 'US_SSN' && !ssnOk(v)) e(`ssn ${v}`);
      if (s.entity === 'US_ITIN' && !itinOk(v)) e(`itin ${v}`);
      if (s.entity === 'UK_NHS' && !nhsOk(v)) e(`nhs ${v}`);
      if (s.entity === 'MEDICAL_LICENSE' && !deaOk(v)) e(`dea ${v}`);
      if (s.entity === 'CRYPTO' && !(/^0x[0-9a-f]{40}$/.test(v) || (/^bc1/.test(v) ? bech32Ok(v) : base58checkOk(v)))) e(`crypto ${v}`);
      if (/^GITHUB_(PERSONAL|OAUTH|USER|SERVER|REFRESH)/.test(s.entity) && !githubChecksumOk(v)) e(`github crc ${v}`);
      if (s.entity === 'JSON_WEB_TOKEN') { try { v.split('.').slice(0, 2).forEach((p) => JSON.parse(Buffer.from(p, 'base64url').toString())); } catch { e('jwt json'); } }
      if (['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY'].includes(s.entity) && !/^-----BEGIN [A-Z ]+-----[\s\S]*-----END [A-Z ]+-----$/.test(v)) e('pem shape');
    } else {
      if (!s.what) e('lookalike without what');
      const d = v.replace(/[ -]/g, '');
      if (s.what === 'invalid_card' && luhnOk(d)) e(`invalid_card valid ${v}`);
      if (s.what === 'invalid_iban' && ibanOk(v)) e(`invalid_iban valid ${v}`);
      if (s.what === 'invalid_ssn' && ssnOk(v)) e(`invalid_ssn valid ${v}`);
    }
  }
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\s\/@"']*@)?([A-Za-z0-9.-]+)/g)) if (!OK_HOST(m[1])) e(`host ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!OK_HOST(m[1])) e(`mail domain ${m[1]}`);
}
