// Validator: every record must pass or generate.mjs exits 1 without writing.
import { luhnOk, ibanOk, IBAN_LEN, ssnOk, itinOk, nhsOk, deaOk, btcOk, githubValid } from './lib.mjs';

export const PRESIDIO = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const IIN = [/^4\d{15}$/, /^5[1-5]\d{14}$/, /^2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}$/, /^3[47]\d{13}$/, /^6011\d{12}$/, /^35(2[89]|[3-8]\d)\d{12}$/, /^3(0[0-5]|[689]\d)\d{11}$/];
export const MIN = { docs: 360, secrets: 650, secretKinds: 150, pii: 2200, look: 1800, kinds: 18 };
const ALLOWED_HOST = /(\.example|\.test|\.invalid)$/i;

function checkEntity(l, errs, where) {
  const v = l.value;
  const bad = (m) => errs.push(`${where}: ${l.entity} ${JSON.stringify(v.slice(0, 60))} ${m}`);
  switch (l.entity) {
    case 'CREDIT_CARD': { const d = v.replace(/[ -]/g, ''); if (!luhnOk(d) || !IIN.some((r) => r.test(d))) bad('card Luhn/IIN'); break; }
    case 'IBAN_CODE': { if (!ibanOk(v) || IBAN_LEN[v.slice(0, 2)] !== v.replace(/ /g, '').length) bad('iban'); break; }
    case 'US_SSN': if (!ssnOk(v.replace(/ /g, '-')) && !/^\d{9}$/.test(v)) bad('ssn'); else if (/^\d{9}$/.test(v) && !ssnOk(`${v.slice(0, 3)}-${v.slice(3, 5)}-${v.slice(5)}`)) bad('ssn'); break;
    case 'US_ITIN': if (!itinOk(v)) bad('itin'); break;
    case 'UK_NHS': if (!nhsOk(v)) bad('nhs'); break;
    case 'MEDICAL_LICENSE': if (!deaOk(v)) bad('dea'); break;
    case 'CRYPTO': if (!btcOk(v)) bad('btc'); break;
    case 'EMAIL_ADDRESS': { const dom = v.split('@')[1] || ''; if (!ALLOWED_HOST.test(dom)) bad('email domain'); break; }
    case 'US_PASSPORT': if (!/^([A-Z]\d{8}|\d{9})$/.test(v)) bad('passport'); break;
    case 'US_BANK_NUMBER': if (!/^\d{8,17}$/.test(v)) bad('bank'); break;
  }
  if (l.family === 'secrets') {
    if (/^(ghp|gho|ghu|ghs|ghr)_/.test(v) && !githubValid(v)) bad('github crc32');
    if (l.entity === 'JWT' || l.entity.endsWith('_TOKEN') && /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/.test(v)) {
      if (/^eyJ/.test(v)) { try { const [h, p] = v.split('.'); const H = JSON.parse(Buffer.from(h, 'base64url')); JSON.parse(Buffer.from(p, 'base64url')); if (!H.alg) bad('jwt alg'); } catch { bad('jwt json'); } }
    }
    if (l.entity === 'PRIVATE_KEY') { const s = v.replace(/\\n/g, '\n'); if (!/^-----BEGIN [A-Z ]+-----\n[\s\S]+\n\s*-----END [A-Z ]+-----$/.test(s)) bad('pem'); }
    if (l.entity === 'AWS_ACCESS_KEY' && !/^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v)) bad('aws');
    if (l.entity === 'OPENAI_API_KEY' && !v.includes('T3BlbkFJ')) bad('openai');
    if (l.entity === 'ANTHROPIC_API_KEY' && !/^sk-ant-api03-[\w-]{93}AA$/.test(v)) bad('anthropic');
    if (/EXAMPLE/.test(v)) bad('example key labelled as secret');
  }
}
function checkLook(l, errs, where) {
  const v = l.value; const bad = (m) => errs.push(`${where}: look ${l.what} ${JSON.stringify(v.slice(0, 60))} ${m}`);
  if (l.what === 'invalid_card' && luhnOk(v.replace(/\D/g, ''))) bad('luhn passes');
  if (l.what === 'invalid_iban' && ibanOk(v)) bad('iban passes');
  if (l.what === 'invalid_ssn' && ssnOk(v)) bad('ssn valid');
  if (l.what === 'invalid_nhs' && nhsOk(v)) bad('nhs valid');
  if (l.what === 'vendor_test_card' && !luhnOk(v.replace(/\D/g, ''))) bad('test card not luhn');
  if (l.what === 'hostname' && v.includes('.') && !ALLOWED_HOST.test(v)) bad('host');
}
export function validate(records) {
  const errs = [];
  for (const r of records) {
    const buf = Buffer.from(r.text, 'utf8'); const where = r.id;
    if (buf.length < 200 || buf.length > 4000) errs.push(`${where}: size ${buf.length}`);
    const spans = [...r.labels.map((l) => ({ ...l, k: 'label' })), ...r.look.map((l) => ({ ...l, k: 'look' }))].sort((a, b) => a.start - b.start);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      if (s.start < 0 || s.end > buf.length || s.start >= s.end) errs.push(`${where}: range ${s.start}-${s.end}`);
      const got = buf.subarray(s.start, s.end).toString('utf8');
      if (got !== s.value) errs.push(`${where}: span text mismatch ${JSON.stringify(got.slice(0, 40))} vs ${JSON.stringify(s.value.slice(0, 40))}`);
      if (/^\s|\s$/.test(s.value)) errs.push(`${where}: whitespace at span end ${JSON.stringify(s.value.slice(0, 40))}`);
      if (i && spans[i - 1].end > s.start) errs.push(`${where}: overlap`);
      if (s.k === 'label') {
        if (s.family === 'pii' && !PRESIDIO.has(s.entity)) errs.push(`${where}: non-Presidio ${s.entity}`);
        if (s.family === 'secrets' && !/^[A-Z][A-Z0-9_]+$/.test(s.entity)) errs.push(`${where}: bad secret name ${s.entity}`);
        if (!['pii', 'secrets'].includes(s.family)) errs.push(`${where}: family`);
        checkEntity(s, errs, where);
      } else { if (!/^[a-z0-9_]+$/.test(s.what)) errs.push(`${where}: what`); checkLook(s, errs, where); }
    }
    // hosts in URLs and e-mail addresses
    for (const m of r.text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@'"]*@)?([^\s/:?#'"<>)\]},;|`\\]+)/gi)) {
      const h = m[1].replace(/\.$/, ''); if (/^[\d.]+$/.test(h) || !h.includes('.') || h.startsWith('[')) continue;
      if (!ALLOWED_HOST.test(h)) errs.push(`${where}: url host ${h}`);
    }
    for (const m of r.text.matchAll(/[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) {
      if (!ALLOWED_HOST.test(m[1]) && !/^\d/.test(m[1])) errs.push(`${where}: mail/host domain ${m[1]} in ${JSON.stringify(m[0])}`);
    }
  }
  return errs;
}
export function composition(records) {
  const c = { docs: records.length, bytes: 0, kinds: {}, secrets: 0, secretKinds: {}, pii: 0, piiKinds: {}, look: 0, lookKinds: {}, langsNote: '' };
  for (const r of records) {
    c.bytes += Buffer.byteLength(r.text); c.kinds[r.kind] = (c.kinds[r.kind] || 0) + 1;
    for (const l of r.labels) { if (l.family === 'secrets') { c.secrets++; c.secretKinds[l.entity] = (c.secretKinds[l.entity] || 0) + 1; } else { c.pii++; c.piiKinds[l.entity] = (c.piiKinds[l.entity] || 0) + 1; } }
    for (const l of r.look) { c.look++; c.lookKinds[l.what] = (c.lookKinds[l.what] || 0) + 1; }
  }
  return c;
}
export function checkMinimums(c) {
  const errs = [];
  if (c.docs < MIN.docs) errs.push(`docs ${c.docs} < ${MIN.docs}`);
  if (Object.keys(c.kinds).length < MIN.kinds) errs.push('too few document kinds');
  if (c.secrets < MIN.secrets) errs.push(`secrets ${c.secrets} < ${MIN.secrets}`);
  if (Object.keys(c.secretKinds).length < MIN.secretKinds) errs.push(`secret kinds ${Object.keys(c.secretKinds).length} < ${MIN.secretKinds}`);
  if (c.pii < MIN.pii) errs.push(`pii ${c.pii} < ${MIN.pii}`);
  for (const e of PRESIDIO) if (!c.piiKinds[e]) errs.push(`no ${e}`);
  if (c.look < MIN.look) errs.push(`lookalikes ${c.look} < ${MIN.look}`);
  return errs;
}
