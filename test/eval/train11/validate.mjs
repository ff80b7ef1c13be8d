// Validator: every violation is collected; generate.mjs writes nothing if any.
import { githubValid, luhnValid, cardIinOk, ibanValid, ssnValid, itinValid, nhsValid, deaValid, base58checkValid, bech32Valid } from './checksums.mjs';
export const PRESIDIO = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
const TEST_CARDS = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5105105105105100', '3530111333300000']);
const HOST_OK = /(\.example|\.test|\.invalid)$/i;
const b64json = (s) => { try { return JSON.parse(Buffer.from(s, 'base64url').toString('utf8')); } catch { return null; } };
function checkSecret(e, v) {
  const raw = v.replace(/\\n/g, '\n');
  if (/^(GITHUB_PERSONAL_ACCESS_TOKEN|GITHUB_OAUTH_TOKEN|GITHUB_USER_TO_SERVER_TOKEN|GITHUB_SERVER_TO_SERVER_TOKEN|GITHUB_REFRESH_TOKEN)$/.test(e)) return githubValid(v) || 'github crc32';
  if (e === 'AWS_ACCESS_KEY') return /^AKIA[A-Z2-7]{16}$/.test(v) || 'aws akia';
  if (e === 'AWS_TEMP_ACCESS_KEY') return /^ASIA[A-Z2-7]{16}$/.test(v) || 'aws asia';
  if (e === 'AWS_SECRET_KEY') return /^[A-Za-z0-9+/]{40}$/.test(v) || 'aws secret';
  if (e.startsWith('SLACK_') && /TOKEN$/.test(e)) return /^xox[bp]-|^xapp-/.test(v) || 'slack';
  if (e === 'STRIPE_SECRET_KEY') return /^sk_live_[A-Za-z0-9]{24,}$/.test(v) || 'stripe';
  if (e.startsWith('OPENAI_')) return /^sk-(proj-|svcacct-)?[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$/.test(v) || 'openai';
  if (e.startsWith('ANTHROPIC_')) return /^sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA$/.test(v) || 'anthropic';
  if (e === 'JWT' || e === 'SUPABASE_SERVICE_ROLE_KEY') { const p = v.split('.'); return (p.length === 3 && b64json(p[0])?.typ === 'JWT' && typeof b64json(p[1]) === 'object' && b64json(p[1]) !== null) || 'jwt json'; }
  if (/^PRIVATE_KEY_|^PGP_PRIVATE_KEY$|^GCP_SERVICE_ACCOUNT_KEY$/.test(e)) return (/^-----BEGIN [A-Z ]+-----\n[\s\S]+\n-----END [A-Z ]+-----$/.test(raw) && raw.match(/BEGIN ([A-Z ]+)-----/)[1] === raw.match(/END ([A-Z ]+)-----$/)[1]) || 'pem block';
  if (/_B64$|^K8S_SECRET_DATA$|^DOCKER_CONFIG_AUTH$/.test(e)) { const dec = Buffer.from(v, 'base64').toString('utf8'); return (Buffer.from(dec).toString('base64') === v) || 'base64'; }
  return true;
}
function checkPii(e, v) {
  switch (e) {
    case 'CREDIT_CARD': { const d = v.replace(/[ -]/g, ''); return (luhnValid(d) && cardIinOk(d) && !TEST_CARDS.has(d)) || 'card luhn/iin'; }
    case 'IBAN_CODE': return ibanValid(v) || 'iban';
    case 'US_SSN': return ssnValid(v) || 'ssn';
    case 'US_ITIN': return itinValid(v) || 'itin';
    case 'UK_NHS': return nhsValid(v) || 'nhs';
    case 'MEDICAL_LICENSE': return deaValid(v) || 'dea';
    case 'CRYPTO': return (v.startsWith('bc1') ? bech32Valid(v) : base58checkValid(v)) || 'btc';
    case 'EMAIL_ADDRESS': return HOST_OK.test(v.split('@')[1] || '') || 'email domain';
    case 'US_PASSPORT': return /^([0-9]{9}|[A-Z][0-9]{8})$/.test(v) || 'passport';
    case 'US_BANK_NUMBER': return /^[1-9][0-9]{7,16}$/.test(v) || 'bank';
    case 'IP_ADDRESS': return /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)$/.test(v) || 'ip';
    default: return true;
  }
}
function checkLook(w, v) {
  switch (w) {
    case 'invalid_card': return !luhnValid(v) || 'invalid_card passes luhn';
    case 'invalid_iban': return !ibanValid(v) || 'invalid_iban passes';
    case 'invalid_ssn': return !ssnValid(v) || 'invalid_ssn valid';
    case 'vendor_test_card': return TEST_CARDS.has(v.replace(/ /g, '')) || 'not a vendor test card';
    case 'example_iban': return ibanValid(v) || 'example iban';
    default: return true;
  }
}
export function validate(records, docs, min) {
  const errs = []; const err = (id, m) => { if (errs.length < 50) errs.push(`${id}: ${m}`); };
  const seen = new Set();
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i], rec = records[i], id = rec.id; if (seen.has(id)) err(id, 'dup id'); seen.add(id);
    if (!/^train11-[a-z0-9]+-\d{4}$/.test(id)) err(id, 'bad id');
    const buf = Buffer.from(rec.text_b64url, 'base64url'); const text = buf.toString('utf8');
    if (buf.length < 200 || buf.length > 4000) err(id, `size ${buf.length}`);
    if (text !== d.text()) err(id, 'roundtrip');
    const spans = [...d.labels.map((l) => ({ ...l, t: 'label' })), ...d.lookalikes.map((l) => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
    for (let j = 0; j < spans.length; j++) {
      const s = spans[j]; if (s.start < 0 || s.end > buf.length || s.start >= s.end) { err(id, 'range'); continue; }
      if (j && spans[j - 1].end > s.start) err(id, `overlap ${spans[j - 1].value} / ${s.value}`);
      const sl = buf.subarray(s.start, s.end).toString('utf8'); if (sl !== s.value) err(id, `span mismatch ${sl} vs ${s.value}`);
      if (/^\s|\s$/.test(s.value)) err(id, `whitespace at end of span ${JSON.stringify(s.value)}`);
      if (s.t === 'label') {
        if (s.family === 'pii' && !PRESIDIO.includes(s.entity)) err(id, 'not presidio ' + s.entity);
        if (s.family === 'secrets' && !/^[A-Z0-9_]+$/.test(s.entity)) err(id, 'secret name');
        const ok = s.family === 'pii' ? checkPii(s.entity, s.value) : checkSecret(s.entity, s.value); if (ok !== true) err(id, `${s.entity} ${ok}: ${s.value}`);
      } else { const ok = checkLook(s.what, s.value); if (ok !== true) err(id, `${s.what} ${ok}: ${s.value}`); }
    }
    for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\/\s@"'<>]*@)?([^\/\s:"'<>?#)\]]+)/gi)) { const h = m[1]; if (h.includes('.') && !HOST_OK.test(h)) err(id, 'url host ' + h); }
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!HOST_OK.test(m[1]) && !/^\d+(\.\d+)*$/.test(m[1])) err(id, 'mail domain ' + m[1]);
    for (const m of text.matchAll(/[a-z0-9-]\.(com|net|org)(?![.\w])/gi)) err(id, 'real-looking domain near ' + text.slice(Math.max(0, m.index - 20), m.index + 6));
  }
  const comp = composition(records);
  if (comp.docs < min.docs) err('set', `docs ${comp.docs} < ${min.docs}`);
  if (Object.keys(comp.kinds).length < min.kinds) err('set', 'too few kinds');
  if (comp.secrets < min.secrets) err('set', `secrets ${comp.secrets} < ${min.secrets}`);
  if (Object.keys(comp.secretKinds).length < min.secretKinds) err('set', `secret kinds ${Object.keys(comp.secretKinds).length} < ${min.secretKinds}`);
  if (comp.pii < min.pii) err('set', `pii ${comp.pii} < ${min.pii}`);
  for (const e of PRESIDIO) if (!comp.piiEntities[e]) err('set', 'missing ' + e);
  if (comp.lookalikes < min.lookalikes) err('set', `lookalikes ${comp.lookalikes} < ${min.lookalikes}`);
  return { errs, comp };
}
export function composition(records) {
  const c = { docs: records.length, bytes: 0, kinds: {}, secrets: 0, secretKinds: {}, pii: 0, piiEntities: {}, lookalikes: 0, lookKinds: {} };
  for (const r of records) { c.kinds[r.kind] = (c.kinds[r.kind] || 0) + 1; c.bytes += Buffer.from(r.text_b64url, 'base64url').length;
    for (const l of r.labels) if (l.family === 'secrets') { c.secrets++; c.secretKinds[l.entity] = (c.secretKinds[l.entity] || 0) + 1; } else { c.pii++; c.piiEntities[l.entity] = (c.piiEntities[l.entity] || 0) + 1; }
    for (const l of r.lookalikes) { c.lookalikes++; c.lookKinds[l.what] = (c.lookKinds[l.what] || 0) + 1; } }
  return c;
}
