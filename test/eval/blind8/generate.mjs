#!/usr/bin/env node
// blind8 held-out set generator. Deterministic (own PRNG, fixed seed), Node built-ins only.
// Usage: node test/eval/blind8/generate.mjs   -> rewrites test/eval/blind8.jsonl, exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, assemble, luhnOk, ibanMod, nhsCheck, deaCheck, b58checkOk, bech32Ok, crc32, base62 } from './lib.mjs';
import { Ctx, setMode } from './ctx.mjs';
import { NEU, PN } from './neutral.mjs';
import { KINDS, PEMS } from './secrets.mjs';
import * as tech from './docs_tech.mjs';
import * as ppl from './docs_people.mjs';
import { HAND } from './hand.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '..', 'blind8.jsonl');
const SEED = 0xB18D8E11;

const PLAN = [
  ['env', tech.env, 18], ['yaml', tech.yaml, 16], ['json_config', tech.jsonConfig, 14], ['toml_ini', tech.tomlIni, 14],
  ['source_code', tech.source, 26], ['shell_history', tech.shell, 16], ['ci_output', tech.ci, 16], ['app_log', tech.appLog, 18],
  ['cloud_cli', tech.cloudCli, 14], ['git_output', tech.gitOut, 14], ['markdown', tech.markdown, 14], ['stack_trace', tech.stackTrace, 12],
  ['json_api', ppl.jsonApi, 12], ['crm_csv', ppl.crmCsv, 10], ['support_ticket', ppl.ticket, 14], ['email', ppl.email, 15],
  ['chat', ppl.chat, 15], ['hr_record', ppl.hr, 16], ['medical_record', ppl.medical, 18], ['bank_statement', ppl.bank, 12],
  ['kyc_form', ppl.kyc, 18], ['crypto_export', ppl.cryptoEx, 12],
];

const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const SECRETS = new Set([...KINDS.map(k => k.e), ...Object.keys(PEMS), 'K8S_SECRET_DATA', 'DOCKER_CONFIG_AUTH', 'BASIC_AUTH_CREDENTIALS']);
const IBAN_LEN = { DE: 22, FR: 27, ES: 24, IT: 27, NL: 18, GB: 22, IE: 22, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, SE: 24, NO: 15, DK: 18, FI: 18, LU: 20, SA: 24, AE: 23, TR: 26, BR: 29 };
const TEST_CARDS = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5105105105105100', '3566002020360505']);
const MIN = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, US_DRIVER_LICENSE: 30, IBAN_CODE: 25, PERSON: 150, LOCATION: 100 };
const REAL_TLD = /\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|dev|app|co|cloud|gov|edu|uk|de|fr|jp|cn|ru|in|br|es|it|nl|me|us|ca|au|xyz|so|gg|tv|biz)\b/g;
const NOT_HOSTS = new Set(['dp.st.dev', 'tool.app', 'bitbucket.app', 'slack.app', 'java.net']);

function ssnValid(s) { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && +m[2] !== 0 && +m[3] !== 0; }
function checkValue(e, v) {
  const d = v.replace(/[ -]/g, '');
  switch (e) {
    case 'CREDIT_CARD': return /^\d{14,16}$/.test(d) && luhnOk(d) && !TEST_CARDS.has(d) && /^(4|5[1-5]|2[2-7]|3[47]|6011|65|35|36|30)/.test(d);
    case 'IBAN_CODE': { const s = v.replace(/ /g, ''); return IBAN_LEN[s.slice(0, 2)] === s.length && ibanMod(s) === 1; }
    case 'US_SSN': return ssnValid(v);
    case 'US_ITIN': { const m = /^9\d{2}-?(\d{2})-?\d{4}$/.exec(v); return !!m && ((+m[1] >= 70 && +m[1] <= 88) || [90, 91, 92, 94, 95, 96, 97, 98, 99].includes(+m[1])); }
    case 'UK_NHS': { return /^\d{10}$/.test(d) && nhsCheck(d.slice(0, 9)) === +d[9]; }
    case 'MEDICAL_LICENSE': return /^[ABFGM][A-Z]\d{7}$/.test(v) && deaCheck(v.slice(2, 8)) === +v[8];
    case 'CRYPTO': return v.startsWith('bc1') ? bech32Ok(v) : b58checkOk(v);
    case 'US_PASSPORT': return /^(\d{9}|[A-Z]\d{8})$/.test(v);
    case 'IP_ADDRESS': return /^(\d{1,3}\.){3}\d{1,3}$/.test(v) || /^[0-9a-f:]+$/.test(v);
    case 'EMAIL_ADDRESS': return /^[^@\s]+@[a-z0-9.-]+\.(example|test|invalid)$/.test(v);
    case 'GITHUB_PAT': case 'GITHUB_OAUTH_TOKEN': case 'GITHUB_USER_TO_SERVER_TOKEN': case 'GITHUB_APP_INSTALLATION_TOKEN': case 'GITHUB_REFRESH_TOKEN': { const b = v.slice(4, 34); return /^gh[pousr]_[0-9A-Za-z]{36}$/.test(v) && base62(crc32(Buffer.from(b)), 6) === v.slice(34); }
    case 'AWS_ACCESS_KEY': return /^AKIA[A-Z2-7]{16}$/.test(v);
    case 'AWS_TEMP_ACCESS_KEY': return /^ASIA[A-Z2-7]{16}$/.test(v);
    case 'AWS_SECRET_KEY': return /^[A-Za-z0-9+/]{40}$/.test(v);
    case 'HUGGINGFACE_TOKEN': return /^hf_[A-Za-z]{34}$/.test(v);
    case 'NPM_TOKEN': return /^npm_[A-Za-z0-9]{36}$/.test(v);
    case 'ANTHROPIC_API_KEY': return /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v);
    case 'BITCOIN_WIF_PRIVATE_KEY': return b58checkOk(v);
    case 'AGE_SECRET_KEY': return bech32Ok(v);
    case 'JWT_ACCESS_TOKEN': case 'SUPABASE_SERVICE_ROLE_KEY': case 'K8S_SERVICE_ACCOUNT_TOKEN': { try { const [h, p] = v.split('.'); return !!JSON.parse(Buffer.from(h, 'base64url')).alg && typeof JSON.parse(Buffer.from(p, 'base64url')) === 'object'; } catch { return false; } }
    default: return true;
  }
}
function lookalikeOk(w, v) {
  const d = v.replace(/[ -]/g, '');
  if (w === 'invalid_card') return /^\d{13,19}$/.test(d) && !luhnOk(d);
  if (w === 'invalid_iban') { const s = v.replace(/ /g, ''); return ibanMod(s) !== 1; }
  if (w === 'invalid_ssn') return !ssnValid(v);
  if (w === 'vendor_test_card') return TEST_CARDS.has(d);
  if (w === 'invalid_nhs') return !(/^\d{10}$/.test(d) && nhsCheck(d.slice(0, 9)) === +d[9]);
  return true;
}

function validate(rec, text, errs) {
  const buf = Buffer.from(text, 'utf8'); const n = buf.length; const id = rec.id;
  if (!/^blind8-[a-z_]+-\d{4}$/.test(id)) errs.push(`${id}: bad id`);
  if (n < 200 || n > 4000) errs.push(`${id}: length ${n} outside 200..4000`);
  if (Buffer.from(rec.text_b64url, 'base64url').toString('utf8') !== text) errs.push(`${id}: base64url roundtrip`);
  const spans = [...rec.labels.map(s => ({ ...s, t: 'l' })), ...rec.lookalikes.map(s => ({ ...s, t: 'k' }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end)) errs.push(`${id}: span out of range ${s.start}-${s.end}`);
    if (i && spans[i - 1].end > s.start) errs.push(`${id}: overlap at ${s.start}`);
    const got = buf.subarray(s.start, s.end).toString('utf8');
    if (got !== s._v) errs.push(`${id}: span bytes differ at ${s.start}: ${JSON.stringify(got)} vs ${JSON.stringify(s._v)}`);
    if (s.t === 'l') {
      if (s.family === 'pii' ? !PII.has(s.entity) : s.family === 'secrets' ? !SECRETS.has(s.entity) : true) errs.push(`${id}: bad entity/family ${s.entity}/${s.family}`);
      if (!checkValue(s.entity, got)) errs.push(`${id}: ${s.entity} fails format check: ${got}`);
      if (got !== got.trim()) errs.push(`${id}: label has outer whitespace`);
    } else if (!lookalikeOk(s.what, got)) errs.push(`${id}: look-alike ${s.what} check failed: ${got}`);
  }
  for (const m of text.matchAll(REAL_TLD)) if (!NOT_HOSTS.has(m[0])) errs.push(`${id}: host outside .example/.test/.invalid: ${m[0]}`);
}

const r = new Rng(SEED); const c = new Ctx(r);
const recs = []; const errs = []; const perKind = {};
const docs = [];
for (const [kind, fn, n] of PLAN) for (let i = 0; i < n; i++) docs.push([kind, () => fn(r, c)]);
for (const [kind, fn] of HAND) docs.push([kind, () => fn(r, c)]);
const SCALE = { json_api: 0.22, crm_csv: 0.15, bank_statement: 0.22, chat: 0.45, crypto_export: 0.3, git_output: 0.25, app_log: 0.3, ci_output: 0.45, hr_record: 0.35, medical_record: 0.35, support_ticket: 0.35, email: 0.3, markdown: 0.6 };
for (const [kind, fn] of docs) {
  setMode(r, PN[kind], NEU[kind], SCALE[kind] || 0.75);
  perKind[kind] = (perKind[kind] || 0) + 1;
  const id = `blind8-${kind}-${String(perKind[kind]).padStart(4, '0')}`;
  let a;
  try { a = assemble(fn()); } catch (e) { errs.push(`${id}: ${e.stack}`); continue; }
  const rec = { id, kind, text_b64url: Buffer.from(a.text, 'utf8').toString('base64url'), labels: a.labels, lookalikes: a.lookalikes };
  validate(rec, a.text, errs);
  recs.push(rec);
}
// composition
const ent = {}, fam = { secrets: 0, pii: 0 }, lk = {};
for (const rec of recs) { for (const l of rec.labels) { ent[l.entity] = (ent[l.entity] || 0) + 1; fam[l.family]++; } for (const k of rec.lookalikes) lk[k.what] = (lk[k.what] || 0) + 1; }
const secretKinds = Object.keys(ent).filter(e => !PII.has(e));
for (const [e, m] of Object.entries(MIN)) if ((ent[e] || 0) < m) errs.push(`composition: ${e} has ${ent[e] || 0} < ${m}`);
for (const e of PII) if (!ent[e]) errs.push(`composition: no ${e}`);
if (secretKinds.length < 90) errs.push(`composition: only ${secretKinds.length} secret kinds`);
if (fam.secrets < 400) errs.push(`composition: only ${fam.secrets} secret labels`);
if (Object.keys(perKind).length < 14) errs.push('composition: fewer than 14 kinds');

const strip = (s) => { const { _v, ...o } = s; return o; };
fs.writeFileSync(OUT, recs.map(x => JSON.stringify({ id: x.id, kind: x.kind, text_b64url: x.text_b64url, labels: x.labels.map(strip), lookalikes: x.lookalikes.map(strip) })).join('\n') + '\n');

const sortd = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
const nl = Object.values(lk).reduce((a, b) => a + b, 0);
console.log(`wrote ${OUT}`);
console.log(`documents: ${recs.length} in ${Object.keys(perKind).length} kinds: ${sortd(perKind)}`);
console.log(`labels: ${fam.secrets + fam.pii} (secrets ${fam.secrets} in ${secretKinds.length} kinds, pii ${fam.pii}); look-alikes: ${nl}`);
console.log(`pii entities: ${sortd(Object.fromEntries(Object.entries(ent).filter(([e]) => PII.has(e))))}`);
console.log(`secret entities: ${sortd(Object.fromEntries(secretKinds.map(e => [e, ent[e]])))}`);
console.log(`look-alikes: ${sortd(lk)}`);
const sizes = recs.map(x => Buffer.from(x.text_b64url, 'base64url').length).sort((a, b) => a - b);
console.log(`bytes: min ${sizes[0]} median ${sizes[sizes.length >> 1]} max ${sizes[sizes.length - 1]}`);
if (errs.length) { console.error(`${errs.length} violation(s):\n` + errs.slice(0, 60).join('\n')); process.exit(1); }
console.log('validation: OK');
