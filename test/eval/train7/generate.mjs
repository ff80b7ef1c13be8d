// train7 generator: node test/eval/train7/generate.mjs
// Deterministic (own PRNG, fixed seed), Node built-ins only. Writes test/eval/train7.jsonl,
// validates every record and exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed, build, luhnOk, ibanMod97, b58checkOk, bech32Ok, deaOk, nhsOk, phoneCountries } from './lib.mjs';
import { ghOk, KINDS } from './secrets.mjs';
import { TECH, LANG_NAMES } from './docs_tech.mjs';
import { PEOPLE, EXTRA } from './docs_people.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'train7.jsonl');
seed(0x7a17c0de);

// how many documents each template produces
const PLAN = {
  envFile: 11, pemFile: 8, iniConf: 3, tomlConf: 3, propsConf: 3, xmlConf: 3, appsettingsJson: 4, phpConf: 3, dockerConfig: 3, wireguard: 3, sopsAge: 2,
  k8sSecret: 4, k8sDeploy: 4, compose: 4, helmValues: 4, kubeconfig: 3,
  sourceCode: 28, shellHistory: 12, sshDir: 3, ciLog: 6, gitlabCi: 5,
  awsSts: 3, awsIamKey: 3, azSp: 3, gcloudOut: 3, tfOutput: 3, tfPlan: 3, pulumiOut: 3, kubectlGetSecret: 3,
  accessLog: 5, appJsonLog: 6, authLog: 5, gatewayDebugLog: 4, pyTrace: 3, javaTrace: 3, nodeCrash: 3, goPanic: 3,
  userApi: 5, kycApi: 7, oauthApi: 4, paymentApi: 8, crmCsv: 4, payrollCsv: 4, ordersCsv: 2,
  ticket: 9, itTicket: 4, email1: 9, itEmail: 4, chat: 12, chatDm: 6,
  hrRecord: 7, i9Form: 5, w9Form: 4, prescription: 7, nhsLetter: 6, pharmacyAudit: 4,
  wire: 7, achForm: 5, statement: 6, cryptoWithdraw: 7, invoicePdf: 5,
  gitLog: 3, gitDiff: 5, gitConfig: 4, runbook: 5, apiDocs: 4, onboardingDoc: 4,
  travelManifest: 8, passportRenewal: 4, insuranceClaim: 7, dmvLookup: 4, taxSummary: 7, donationPage: 5, deaVerification: 4,
};
const T = { ...TECH, ...PEOPLE, ...EXTRA };
const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, PT: 25, LU: 20, GR: 27, CZ: 24, HU: 28, RO: 24, TR: 26, SA: 24, AE: 23, BR: 29, HR: 21, SI: 19, SK: 24, LT: 20, EE: 20 };
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);

function ssnOk(s) { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000'; }
function itinOk(s) { const m = /^9(\d{2})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const g = +m[2]; return (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); }
function cardOk(s) { const d = s.replace(/[ -]/g, ''); if (!/^\d{13,19}$/.test(d) || !luhnOk(d)) return false; return /^4\d{15}$/.test(d) || /^5[1-5]\d{14}$/.test(d) || /^(222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)\d{12}$/.test(d) || /^3[47]\d{13}$/.test(d) || /^(6011|65\d\d|64[4-9]\d)\d{12}$/.test(d) || /^35(2[89]|[3-8]\d)\d{12}$/.test(d) || /^3(0[0-5]|[68]\d)\d{11}$/.test(d) || /^62\d{14}(\d{3})?$/.test(d); }
function ibanOk(s) { const t = s.replace(/ /g, ''); return IBAN_LEN[t.slice(0, 2)] === t.length && ibanMod97(t) === 1; }
function jwtOk(s) { const p = s.split('.'); if (p.length !== 3) return false; try { const h = JSON.parse(Buffer.from(p[0], 'base64url').toString()); JSON.parse(Buffer.from(p[1], 'base64url').toString()); return !!h.alg; } catch { return false; } }
const CHECK = {
  CREDIT_CARD: cardOk, IBAN_CODE: ibanOk, US_SSN: ssnOk, US_ITIN: itinOk, UK_NHS: nhsOk, MEDICAL_LICENSE: deaOk,
  CRYPTO: (s) => (s.startsWith('bc1') ? bech32Ok(s) : b58checkOk(s)), US_PASSPORT: (s) => /^([0-9]{9}|[A-Z][0-9]{8})$/.test(s),
  EMAIL_ADDRESS: (s) => /^[^\s@]+@[a-z0-9.-]+\.(example|test|invalid)$/.test(s), US_BANK_NUMBER: (s) => /^\d{8,17}$/.test(s),
  GITHUB_PAT: ghOk, GITHUB_OAUTH_TOKEN: ghOk, GITHUB_USER_TO_SERVER_TOKEN: ghOk, GITHUB_APP_INSTALLATION_TOKEN: ghOk, GITHUB_REFRESH_TOKEN: ghOk,
  AWS_ACCESS_KEY_ID: (s) => /^AKIA[A-Z2-7]{16}$/.test(s), AWS_TEMP_ACCESS_KEY_ID: (s) => /^ASIA[A-Z2-7]{16}$/.test(s), AWS_SECRET_ACCESS_KEY: (s) => /^[A-Za-z0-9/+]{40}$/.test(s),
  JWT: jwtOk, OIDC_ID_TOKEN: jwtOk, SUPABASE_SERVICE_ROLE_KEY: jwtOk, K8S_SERVICE_ACCOUNT_TOKEN: jwtOk,
  OPENAI_API_KEY: (s) => /^sk-proj-[\w-]+T3BlbkFJ[\w-]+$/.test(s), ANTHROPIC_API_KEY: (s) => /^sk-ant-api03-[\w-]{93}AA$/.test(s), HUGGINGFACE_TOKEN: (s) => /^hf_[A-Za-z]{34}$/.test(s),
  NPM_TOKEN: (s) => /^npm_[A-Za-z0-9]{36}$/.test(s), STRIPE_SECRET_KEY: (s) => /^sk_live_\w+$/.test(s), GITLAB_PAT: (s) => /^glpat-[\w-]{20}$/.test(s),
};
const PEM_RE = /^-----BEGIN ([A-Z ]+)-----[\s\S]+-----END \1-----$/;
const LOOK_CHECK = {
  invalid_card: (s) => !luhnOk(s.replace(/\D/g, '')), invalid_iban: (s) => ibanMod97(s.replace(/ /g, '')) !== 1, invalid_ssn: (s) => !ssnOk(s),
  invalid_dea: (s) => !deaOk(s), invalid_nhs: (s) => !nhsOk(s), invalid_btc_address: (s) => !b58checkOk(s), vendor_test_card: (s) => luhnOk(s.replace(/\D/g, '')),
  certificate: (s) => /-----BEGIN CERTIFICATE-----/.test(s) || /^[A-Za-z0-9+/=]+$/.test(s),
};
const BAD_TLD = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|co|app|cloud|gov|edu|uk|de|fr|jp|info|biz|us)\b(?![.\w@+-])/gi;
function hostCheck(id, text) {
  for (const m of text.matchAll(/:\/\/(?:[^\s/@"'<>]*@)?([A-Za-z0-9.-]+)/g)) { const h = m[1].toLowerCase(); if (h.includes('.') && !/\.(example|test|invalid)$/.test(h) && !/^[\d.]+$/.test(h)) err(id, `host not allowed: ${h}`); }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b/g)) { const h = m[1].toLowerCase(); if (!/\.(example|test|invalid)$/.test(h) && !/^[\d.]+$/.test(h)) err(id, `email/host domain not allowed: ${h}`); }
  for (const m of text.matchAll(BAD_TLD)) if (!/^system\.net$/i.test(m[0])) err(id, `bare domain with real TLD: ${m[0]}`);
}

const counters = {}; const records = []; const docKinds = {};
for (const [tname, n] of Object.entries(PLAN)) {
  if (!T[tname]) { err('plan', `no template ${tname}`); continue; }
  for (let i = 0; i < n; i++) {
    const d = T[tname]();
    const { buf, labels, looks } = build(d.parts);
    counters[d.kind] = (counters[d.kind] || 0) + 1;
    const id = `train7-${d.kind}-${String(counters[d.kind]).padStart(4, '0')}`;
    records.push({ id, kind: d.kind, buf, labels, looks, tname, lang: d.lang });
  }
}
// validate
const entCount = {}, lookCount = {}, secretKinds = new Set(); let nSecrets = 0, nPii = 0, nLooks = 0;
const langs = new Set();
const lines = [];
for (const r of records) {
  const { id, buf } = r;
  if (!/^train7-[a-z0-9_]+-\d{4}$/.test(id)) err(id, 'bad id');
  if (buf.length < 200 || buf.length > 4000) err(id, `length ${buf.length} outside 200-4000`);
  const text = buf.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(buf)) err(id, 'not valid UTF-8');
  hostCheck(id, text);
  const all = [...r.labels.map((x) => ({ ...x, t: 'label' })), ...r.looks.map((x) => ({ ...x, t: 'look' }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= buf.length && s.start < s.end)) err(id, `span out of range ${s.start}-${s.end}`);
    if (i && all[i - 1].end > s.start) err(id, `overlap ${all[i - 1].start}-${all[i - 1].end} / ${s.start}-${s.end}`);
    if (buf.subarray(s.start, s.end).toString('utf8') !== s._v) err(id, `span bytes differ at ${s.start}`);
    if (s._v !== s._v.trim()) err(id, `span with surrounding whitespace at ${s.start}: ${JSON.stringify(s._v.slice(0, 30))}`);
    if (s.t === 'label') {
      if (s.family === 'pii' && !PII.has(s.entity)) err(id, `bad pii entity ${s.entity}`);
      if (s.family === 'secrets' && (PII.has(s.entity) || !/^[A-Z0-9_]+$/.test(s.entity))) err(id, `bad secret entity ${s.entity}`);
      if (s.family !== 'pii' && s.family !== 'secrets') err(id, `bad family ${s.family}`);
      if (CHECK[s.entity] && !CHECK[s.entity](s._v)) err(id, `${s.entity} fails its format check: ${s._v.slice(0, 60)}`);
      if (/PRIVATE_KEY$/.test(s.entity) && s._v.startsWith('-----') && !PEM_RE.test(s._v.replace(/\\n/g, '\n').replace(/\n\s+/g, '\n').trim())) err(id, `bad PEM for ${s.entity}`);
      entCount[s.entity] = (entCount[s.entity] || 0) + 1;
      if (s.family === 'secrets') { secretKinds.add(s.entity); nSecrets++; } else nPii++;
    } else {
      if (!/^[a-z0-9_]+$/.test(s.what)) err(id, `bad what ${s.what}`);
      if (LOOK_CHECK[s.what] && !LOOK_CHECK[s.what](s._v)) err(id, `look-alike ${s.what} fails its check: ${s._v.slice(0, 40)}`);
      lookCount[s.what] = (lookCount[s.what] || 0) + 1; nLooks++;
    }
  }
  if (r.lang) langs.add(r.lang);
  docKinds[r.kind] = (docKinds[r.kind] || 0) + 1;
  const strip = (x) => { const o = { ...x }; delete o._v; return o; };
  const rec = { id, kind: r.kind, text_b64url: buf.toString('base64url'), labels: r.labels.map(strip), lookalikes: r.looks.map(strip) };
  if (rec.text_b64url.includes('=')) err(id, 'padding in base64url');
  if (!Buffer.from(rec.text_b64url, 'base64url').equals(buf)) err(id, 'base64url roundtrip');
  lines.push(JSON.stringify(rec));
}
// composition requirements
const MIN = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 60, LOCATION: 60, US_DRIVER_LICENSE: 30, US_BANK_NUMBER: 30, UK_NHS: 5 };
for (const [e, m] of Object.entries(MIN)) if ((entCount[e] || 0) < m) err('composition', `${e}: ${entCount[e] || 0} < ${m}`);
if (secretKinds.size < 100) err('composition', `distinct secret kinds ${secretKinds.size} < 100`);
if (nSecrets < 450) err('composition', `secret labels ${nSecrets} < 450`);
if (phoneCountries.size < 40) err('composition', `phone countries ${phoneCountries.size} < 40`);
if (Object.keys(docKinds).length < 14) err('composition', `only ${Object.keys(docKinds).length} kinds`);
if (langs.size < 12) err('composition', `only ${langs.size} programming languages`);
if (records.length < 300) err('composition', `only ${records.length} documents`);

fs.writeFileSync(OUT, lines.join('\n') + '\n');
const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${records.length} documents, ${Object.keys(docKinds).length} kinds`);
console.log('documents per kind:', sortObj(docKinds).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`labels: ${nSecrets + nPii} (secrets ${nSecrets} in ${secretKinds.size} kinds, pii ${nPii}); look-alikes: ${nLooks}`);
console.log('pii per entity:', sortObj(entCount).filter(([k]) => PII.has(k)).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('secrets per entity:', sortObj(entCount).filter(([k]) => !PII.has(k)).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('look-alikes per kind:', sortObj(lookCount).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`phone countries: ${phoneCountries.size}; source languages: ${langs.size} (${[...langs].join(', ')}); catalogue kinds unused: ${KINDS.filter((k) => !secretKinds.has(k.e)).map((k) => k.e).join(', ') || 'none'}`);
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
console.log('validation: OK');
