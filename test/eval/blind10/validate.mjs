// blind10: validator. Returns a list of violations (empty = ok).
import { luhnOk, ibanOk, IBAN_LEN, ssnOk, itinOk, nhsOk, deaOk, base58checkOk, bech32Ok, ghChecksumOk } from './lib.mjs';
import { KIND_BY, PEM_EXPECT } from './secrets.mjs';

export const PRESIDIO = ['PERSON', 'LOCATION', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
const OK_TLD = /\.(example|test|invalid)$/i;
function cardOk(v) {
  const s = v.replace(/[ -]/g, ''); if (!/^\d+$/.test(s) || !luhnOk(s)) return false;
  const n2 = +s.slice(0, 2), n4 = +s.slice(0, 4), n3 = +s.slice(0, 3), L = s.length;
  if (s[0] === '4') return L === 16 || L === 13 || L === 19;
  if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return L === 16;
  if (n2 === 34 || n2 === 37) return L === 15;
  if (n4 === 6011 || n2 === 65 || (n3 >= 644 && n3 <= 649)) return L === 16;
  if (n4 >= 3528 && n4 <= 3589) return L === 16;
  if (n2 === 36 || n2 === 38 || (n3 >= 300 && n3 <= 305)) return L === 14;
  return false;
}
function pemOk(v) {
  const t = v.replace(/\\n/g, '\n'); const m = /^-----BEGIN ([A-Z ]+)-----([\s\S]*)-----END \1-----$/.exec(t); if (!m) return 'bad BEGIN/END';
  const body = m[2].split('\n').map((l) => l.replace(/^\s*(\/\/|#|--)?\s*/, '').trim()).filter((l) => l && !/^[A-Za-z]+: /.test(l) && !/^=[A-Za-z0-9+/]{4}$/.test(l)).join('');
  if (!/^[A-Za-z0-9+/=]+$/.test(body)) return 'bad base64 body';
  const der = Buffer.from(body, 'base64');
  if (PEM_EXPECT[m[1]] && der.length !== PEM_EXPECT[m[1]]) return `DER length ${der.length} != ${PEM_EXPECT[m[1]]}`;
  if (m[1] === 'OPENSSH PRIVATE KEY' && !der.subarray(0, 15).equals(Buffer.from('openssh-key-v1\0'))) return 'bad openssh magic';
  return null;
}
function jwtOk(v) { const p = v.split('.'); if (p.length !== 3) return false; try { const h = JSON.parse(Buffer.from(p[0], 'base64url').toString()); JSON.parse(Buffer.from(p[1], 'base64url').toString()); return !!h.alg; } catch { return false; } }

export function validate(records, min) {
  const errs = []; const E = (id, m) => { if (errs.length < 50) errs.push(`${id}: ${m}`); };
  for (const rec of records) {
    const buf = Buffer.from(rec.text_b64url, 'base64url'); const text = buf.toString('utf8'); const id = rec.id;
    if (!/^blind10-[a-z0-9-]+-\d{4}$/.test(id)) E(id, 'bad id');
    if (buf.length < 200 || buf.length > 4000) E(id, `size ${buf.length}`);
    const spans = [...rec.labels.map((l) => ({ ...l, t: 'label' })), ...rec.lookalikes.map((l) => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= buf.length)) { E(id, `span out of range ${s.start}-${s.end}`); continue; }
      if (i && spans[i - 1].end > s.start) E(id, `overlap at ${s.start}`);
      const v = buf.subarray(s.start, s.end).toString('utf8');
      if (v !== s._v) E(id, `span bytes != value at ${s.start}`);
      if (/^\s|\s$/.test(v)) E(id, `whitespace at span end ${JSON.stringify(v)}`);
      if (s.t === 'label') {
        if (s.family === 'pii') {
          if (!PRESIDIO.includes(s.entity)) E(id, `non-Presidio entity ${s.entity}`);
          if (s.entity === 'CREDIT_CARD' && !cardOk(v)) E(id, `bad card ${v}`);
          if (s.entity === 'IBAN_CODE') { const c = v.replace(/ /g, ''); if (!ibanOk(c) || IBAN_LEN[c.slice(0, 2)] !== c.length) E(id, `bad iban ${v}`); }
          if (s.entity === 'US_SSN' && !ssnOk(v)) E(id, `bad ssn ${v}`);
          if (s.entity === 'US_ITIN' && !itinOk(v)) E(id, `bad itin ${v}`);
          if (s.entity === 'UK_NHS' && !nhsOk(v)) E(id, `bad nhs ${v}`);
          if (s.entity === 'MEDICAL_LICENSE' && !deaOk(v)) E(id, `bad dea ${v}`);
          if (s.entity === 'CRYPTO' && !(v.startsWith('bc1') ? bech32Ok(v) : base58checkOk(v))) E(id, `bad btc ${v}`);
          if (s.entity === 'EMAIL_ADDRESS' && !OK_TLD.test(v.split('@')[1] || '')) E(id, `email domain ${v}`);
        } else if (s.family === 'secrets') {
          if (!KIND_BY[s.entity] && s.entity !== 'PRIVATE_KEY') E(id, `unknown secret entity ${s.entity}`);
          if (/^GITHUB_(PERSONAL|OAUTH|USER|APP|REFRESH)/.test(s.entity) && !ghChecksumOk(v)) E(id, `bad github checksum ${v}`);
          if ((s.entity === 'JWT' || s.entity === 'KUBERNETES_SERVICE_ACCOUNT_TOKEN') && !jwtOk(v)) E(id, 'bad jwt');
          if (s.entity === 'PRIVATE_KEY') { const e = pemOk(v); if (e) E(id, `pem: ${e}`); }
          if (s.entity === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) E(id, 'bad AKIA');
          if (s.entity === 'OPENAI_API_KEY' && !v.includes('T3BlbkFJ')) E(id, 'bad openai');
          if (s.entity === 'ANTHROPIC_API_KEY' && !/^sk-ant-api03-.+AA$/.test(v)) E(id, 'bad anthropic');
        } else E(id, `bad family ${s.family}`);
      } else {
        if (s.what === 'invalid_card' && luhnOk(v.replace(/\D/g, ''))) E(id, `invalid_card passes Luhn ${v}`);
        if (s.what === 'invalid_iban' && ibanOk(v.replace(/ /g, ''))) E(id, `invalid_iban passes mod97 ${v}`);
        if (s.what === 'invalid_ssn' && (ssnOk(v) || itinOk(v))) E(id, `invalid_ssn is valid ${v}`);
        if (s.what === 'vendor_test_card' && !luhnOk(v.replace(/\D/g, ''))) E(id, `vendor card not Luhn ${v}`);
        if (s.what === 'aws_example_key' && !/EXAMPLE/.test(v)) E(id, 'aws example');
      }
    }
    // hosts
    for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\s/"'`?#<>)\]]+)/gi)) { const host = m[1].split('@').pop().replace(/:\d+$/, '').replace(/:.*$/, ''); if (host.includes('.') && !OK_TLD.test(host)) E(id, `url host ${host}`); }
    for (const m of text.matchAll(/(?<=[\w.+-])@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) if (!OK_TLD.test(m[1])) E(id, `mail/host ${m[1]}`);
  }
  // composition minimums
  const c = composition(records);
  if (records.length < min.docs) errs.push(`docs ${records.length} < ${min.docs}`);
  if (c.secretLabels < min.secrets) errs.push(`secret labels ${c.secretLabels} < ${min.secrets}`);
  if (Object.keys(c.secrets).length < min.secretKinds) errs.push(`secret kinds ${Object.keys(c.secrets).length} < ${min.secretKinds}`);
  if (c.piiLabels < min.pii) errs.push(`pii labels ${c.piiLabels} < ${min.pii}`);
  for (const e of PRESIDIO) if (!c.pii[e]) errs.push(`no ${e} label`);
  if (c.lookTotal < min.looks) errs.push(`lookalikes ${c.lookTotal} < ${min.looks}`);
  if (Object.keys(c.kinds).length < min.kinds) errs.push(`kinds ${Object.keys(c.kinds).length} < ${min.kinds}`);
  return errs;
}
export function composition(records) {
  const c = { kinds: {}, secrets: {}, pii: {}, looks: {}, secretLabels: 0, piiLabels: 0, lookTotal: 0, bytes: 0 };
  const inc = (o, k) => { o[k] = (o[k] || 0) + 1; };
  for (const r of records) { inc(c.kinds, r.kind); c.bytes += Buffer.from(r.text_b64url, 'base64url').length;
    for (const l of r.labels) if (l.family === 'pii') { inc(c.pii, l.entity); c.piiLabels++; } else { inc(c.secrets, l.entity); c.secretLabels++; }
    for (const l of r.lookalikes) { inc(c.looks, l.what); c.lookTotal++; } }
  return c;
}
