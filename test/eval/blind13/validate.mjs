// blind13 validator: structural, checksum and composition checks. Returns a list of violations.
import { luhnOk, ibanOk, ssnOk, itinOk, nhsOk, deaOk, b58checkOk, bech32Ok, ghOk } from './lib.mjs';
import { IBAN_LEN } from './pii.mjs';

export const PRESIDIO = ['PERSON', 'LOCATION', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
export const MIN = { docs: 330, kinds: 20, secrets: 600, secretKinds: 140, pii: 2000, perPresidio: 15, lookalikes: 1500 };
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
function cardOk(v) {
  const n = v.replace(/[ -]/g, ''); if (!/^\d+$/.test(n) || !luhnOk(n)) return false;
  if (/^4/.test(n)) return n.length === 16; if (/^(5[1-5]|2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/.test(n)) return n.length === 16;
  if (/^3[47]/.test(n)) return n.length === 15; if (/^(6011|65|64[4-9])/.test(n)) return n.length === 16;
  if (/^35(2[89]|[3-8]\d)/.test(n)) return n.length === 16; if (/^(36|30[0-5])/.test(n)) return n.length === 14; return false;
}
const ibanFull = (v) => { const s = v.replace(/ /g, ''); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LEN[s.slice(0, 2)] === s.length && ibanOk(s); };
const b64json = (p) => { try { return typeof JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) === 'object'; } catch { return false; } };
const CHECK = {
  CREDIT_CARD: cardOk, IBAN_CODE: ibanFull, US_SSN: (v) => ssnOk(v.replace(/ /g, '-')) , US_ITIN: itinOk, UK_NHS: nhsOk, MEDICAL_LICENSE: deaOk,
  CRYPTO: (v) => (v.startsWith('bc1') ? bech32Ok(v) : b58checkOk(v)),
  EMAIL_ADDRESS: (v) => /^[\w.+-]+@[\w.-]+$/.test(v) && ALLOWED_TLD.test(v),
  GITHUB_PERSONAL_ACCESS_TOKEN: ghOk, GITHUB_OAUTH_TOKEN: ghOk, GITHUB_APP_INSTALLATION_TOKEN: ghOk, GITHUB_USER_TO_SERVER_TOKEN: ghOk, GITHUB_REFRESH_TOKEN: ghOk,
  AWS_ACCESS_KEY: (v) => /^AKIA[A-Z2-7]{16}$/.test(v), AWS_TEMPORARY_ACCESS_KEY: (v) => /^ASIA[A-Z2-7]{16}$/.test(v),
  OPENAI_API_KEY: (v) => v.startsWith('sk-proj-') && v.includes('T3BlbkFJ'), OPENAI_LEGACY_KEY: (v) => v.includes('T3BlbkFJ'),
  ANTHROPIC_API_KEY: (v) => /^sk-ant-api03-[\w-]{93}AA$/.test(v), ANTHROPIC_ADMIN_KEY: (v) => /^sk-ant-admin01-[\w-]{93}AA$/.test(v),
  JWT: (v) => { const p = v.split('.'); return p.length === 3 && b64json(p[0]) && b64json(p[1]); },
  BITCOIN_WIF_PRIVATE_KEY: b58checkOk,
  BASIC_AUTH_CREDENTIALS: (v) => Buffer.from(v, 'base64').toString().includes(':'), DOCKER_CONFIG_AUTH: (v) => Buffer.from(v, 'base64').toString().includes(':'),
  KUBERNETES_SECRET_DATA: (v) => Buffer.from(Buffer.from(v, 'base64').toString(), 'utf8').toString('base64') === v,
};
const pemOk = (v) => /^-----BEGIN [A-Z ]+-----(\\n|\n)[\s\S]+-----END [A-Z ]+-----$/.test(v);
for (const e of ['PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY']) CHECK[e] = pemOk;
const LOOK_CHECK = {
  invalid_card: (v) => !luhnOk(v.replace(/\D/g, '')), invalid_iban: (v) => !ibanOk(v), invalid_ssn: (v) => !ssnOk(v),
  invalid_nhs: (v) => !nhsOk(v), invalid_btc: (v) => !b58checkOk(v), vendor_test_card: (v) => luhnOk(v.replace(/\D/g, '')),
  hostname: (v) => ALLOWED_TLD.test(v), uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v),
  git_sha: (v) => /^[0-9a-f]{7,40}$/.test(v), aws_example_key: (v) => /EXAMPLE/.test(v),
};
export function validateDoc(rec, text, labels, looks) {
  const errs = []; const buf = Buffer.from(text, 'utf8'); const id = rec.id;
  if (buf.length < 200 || buf.length > 4000) errs.push(`${id}: size ${buf.length} out of 200-4000`);
  const spans = [...labels.map((l) => ({ ...l, t: 'label' })), ...looks.map((l) => ({ ...l, t: 'look' }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]; const tag = `${id} ${s.entity || s.what}@${s.start}`;
    if (!(s.start >= 0 && s.end > s.start && s.end <= buf.length)) { errs.push(`${tag}: span out of range`); continue; }
    if (i && spans[i - 1].end > s.start) errs.push(`${tag}: overlaps previous span`);
    const got = buf.subarray(s.start, s.end).toString('utf8');
    if (got !== s.v) errs.push(`${tag}: span bytes differ from inserted value`);
    if (/^\s|\s$/.test(got)) errs.push(`${tag}: whitespace at span end`);
    if (s.t === 'label') {
      if (!['secrets', 'pii'].includes(s.family)) errs.push(`${tag}: bad family`);
      if (s.family === 'pii' && !PRESIDIO.includes(s.entity)) errs.push(`${tag}: not a Presidio entity`);
      if (s.family === 'secrets' && !/^[A-Z0-9_]+$/.test(s.entity)) errs.push(`${tag}: bad secret entity name`);
      const f = CHECK[s.entity]; if (f && !f(got)) errs.push(`${tag}: checksum/format check failed: ${got.slice(0, 60)}`);
    } else { const f = LOOK_CHECK[s.what]; if (f && !f(got)) errs.push(`${tag}: look-alike check failed: ${got.slice(0, 60)}`); }
  }
  for (const m of text.matchAll(/:\/\/(?:[^\/@\s"']*@)?([A-Za-z0-9.-]+)/g)) { const h = m[1]; if (h.includes('.') && !/^[\d.]+$/.test(h) && !ALLOWED_TLD.test(h)) errs.push(`${id}: URL host not reserved: ${h}`); }
  for (const m of text.matchAll(/[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) { const h = m[1]; if (!/^[\d.]+$/.test(h) && !ALLOWED_TLD.test(h) && !/^\d+\.\d+\.\d+$/.test(h)) errs.push(`${id}: mail/userinfo domain not reserved: ${h}`); }
  return errs;
}
export function validateComposition(comp) {
  const errs = [];
  if (comp.docs < MIN.docs) errs.push(`only ${comp.docs} documents`);
  if (Object.keys(comp.kinds).length < MIN.kinds) errs.push(`only ${Object.keys(comp.kinds).length} document kinds`);
  if (comp.secrets < MIN.secrets) errs.push(`only ${comp.secrets} secret labels`);
  if (Object.keys(comp.secretKinds).length < MIN.secretKinds) errs.push(`only ${Object.keys(comp.secretKinds).length} secret kinds`);
  if (comp.pii < MIN.pii) errs.push(`only ${comp.pii} PII labels`);
  for (const e of PRESIDIO) if ((comp.piiEntities[e] || 0) < MIN.perPresidio) errs.push(`only ${comp.piiEntities[e] || 0} ${e}`);
  if (comp.lookalikes < MIN.lookalikes) errs.push(`only ${comp.lookalikes} look-alikes`);
  return errs;
}
