// train9 generator: node test/eval/train9/generate.mjs
// Deterministic (own PRNG, fixed seed), Node built-ins only. Rewrites test/eval/train9.jsonl,
// validates every record (spans, bytes, checksums, host names, sizes, composition minimums)
// and exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed, build, luhnOk, ibanOk, b58checkOk, bech32Ok, crc32, base62 } from './lib.mjs';
import { deaOk, nhsOk, phoneCountriesUsed } from './pii.mjs';
import { envConfig, yamlManifest, iacOutput } from './docs_config.mjs';
import { sourceCode, shellHistory, ciOutput, LANG_NAMES } from './docs_code.mjs';
import { chatExport, emailDoc, supportTicket, markdownDoc, gitOutput } from './docs_prose.mjs';
import { crmExport, hrRecord, medicalRecord, bankingDoc, jsonApi, logDoc, stackTrace, sqlDump } from './docs_pii.mjs';
import { lockfile, assetInventory, orderConfirmation } from './docs_misc.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'train9.jsonl');
const SEED = 0x74723909;

const PLAN = [
  ['env_config', envConfig, 26], ['yaml_manifest', yamlManifest, 22], ['iac_output', iacOutput, 16],
  ['source_code', sourceCode, 34], ['shell_history', shellHistory, 20], ['ci_output', ciOutput, 16],
  ['chat_export', chatExport, 24], ['email', emailDoc, 22], ['support_ticket', supportTicket, 20],
  ['markdown_doc', markdownDoc, 15], ['git_output', gitOutput, 14], ['crm_export', crmExport, 15],
  ['hr_record', hrRecord, 16], ['medical_record', medicalRecord, 18], ['banking_doc', bankingDoc, 18],
  ['json_api', jsonApi, 18], ['log', logDoc, 18], ['stack_trace', stackTrace, 14], ['sql_dump', sqlDump, 10],
  ['lockfile', lockfile, 10], ['asset_inventory', assetInventory, 10], ['order_confirmation', orderConfirmation, 12],
];
const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);

seed(SEED);
const records = [];
for (const [kind, fn, n] of PLAN) {
  for (let i = 1; i <= n; i++) {
    const d = build(fn());
    records.push({ id: `train9-${kind}-${String(i).padStart(4, '0')}`, kind, text_b64url: Buffer.from(d.text, 'utf8').toString('base64url'), labels: d.labels, lookalikes: d.lookalikes, _d: d });
  }
}

// ---------- validation ----------
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);
const ssnOk = (s) => { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000'; };
const itinOk = (s) => { const m = /^9\d{2}[- ]?(\d{2})[- ]?\d{4}$/.exec(s); if (!m) return false; const g = +m[1]; return (g >= 70 && g <= 88) || [90, 91, 92, 94, 95, 96, 97, 98, 99].includes(g); };
const cardIinOk = (d) => (/^4/.test(d) && [13, 16].includes(d.length)) || (/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/.test(d) && d.length === 16) || (/^3[47]/.test(d) && d.length === 15) || (/^(6011|65)/.test(d) && d.length === 16) || (/^35(2[89]|[3-8]\d)/.test(d) && d.length === 16) || (/^36/.test(d) && d.length === 14);
const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15, DK: 18, FI: 18, LU: 20, SA: 24, AE: 23, TR: 26, CZ: 24, GR: 27, HU: 28, RO: 24 };
function checkValue(id, e, v) {
  const bad = (m) => err(id, `${e} ${JSON.stringify(v.slice(0, 60))}: ${m}`);
  if (v.length === 0) return bad('empty');
  if (v !== v.trim() && !/PRIVATE_KEY|PRIVATE_KEY$/.test(e)) return bad('surrounding whitespace');
  switch (e) {
    case 'CREDIT_CARD': { const d = v.replace(/[ -]/g, ''); if (!/^\d+$/.test(d) || !luhnOk(d) || !cardIinOk(d)) bad('card'); break; }
    case 'IBAN_CODE': { const s = v.replace(/ /g, ''); if (!ibanOk(s) || IBAN_LEN[s.slice(0, 2)] !== s.length) bad('iban'); break; }
    case 'US_SSN': if (!ssnOk(v)) bad('ssn'); break;
    case 'US_ITIN': if (!itinOk(v)) bad('itin'); break;
    case 'UK_NHS': if (!nhsOk(v)) bad('nhs'); break;
    case 'MEDICAL_LICENSE': if (!/^[ABFGMPRX][A-Z9]\d{7}$/.test(v) || !deaOk(v)) bad('dea'); break;
    case 'US_PASSPORT': if (!/^([A-Z]\d{8}|\d{9})$/.test(v)) bad('passport'); break;
    case 'CRYPTO': if (!(/^[13]/.test(v) ? b58checkOk(v) : /^bc1/.test(v) && bech32Ok(v))) bad('btc'); break;
    case 'EMAIL_ADDRESS': if (!/^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.(example|test|invalid)$/.test(v)) bad('email'); break;
    case 'IP_ADDRESS': if (!/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)$/i.test(v)) bad('ip'); break;
    case 'PHONE_NUMBER': if ((v.match(/\d/g) || []).length < 7) bad('phone'); break;
    case 'US_BANK_NUMBER': if (!/^\d{8,17}$/.test(v)) bad('bank'); break;
    case 'AWS_ACCESS_KEY_ID': if (!/^AKIA[A-Z2-7]{16}$/.test(v)) bad('akia'); break;
    case 'AWS_TEMP_ACCESS_KEY_ID': if (!/^ASIA[A-Z2-7]{16}$/.test(v)) bad('asia'); break;
    case 'AWS_SECRET_ACCESS_KEY': if (!/^[A-Za-z0-9/+]{40}$/.test(v)) bad('aws secret'); break;
    case 'HUGGINGFACE_TOKEN': if (!/^hf_[A-Za-z]{34}$/.test(v)) bad('hf'); break;
    case 'NPM_TOKEN': if (!/^npm_[A-Za-z0-9]{36}$/.test(v)) bad('npm'); break;
    case 'JWT_BEARER_TOKEN': case 'SUPABASE_SERVICE_ROLE_KEY': { const [h, p] = v.split('.'); try { const hh = JSON.parse(Buffer.from(h, 'base64url')); JSON.parse(Buffer.from(p, 'base64url')); if (!hh.alg) bad('jwt alg'); } catch { bad('jwt json'); } break; }
  }
  if (/^gh[pousr]_/.test(v) && e.startsWith('GITHUB')) { const r = v.slice(4, 34); if (v.length !== 40 || base62(crc32(Buffer.from(r)), 6) !== v.slice(34)) bad('github crc'); }
  if (/PRIVATE_KEY$/.test(e) && !/WIF|ETHEREUM/.test(e) && !/-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/.test(v.replace(/\\n/g, '\n'))) bad('pem');
}
function checkLook(id, w, v) {
  const bad = (m) => err(id, `look ${w} ${JSON.stringify(v.slice(0, 50))}: ${m}`);
  if (w === 'invalid_card' && luhnOk(v.replace(/\D/g, ''))) bad('passes luhn');
  if (w === 'invalid_iban' && ibanOk(v.replace(/ /g, ''))) bad('passes mod97');
  if (w === 'invalid_ssn' && ssnOk(v)) bad('valid ssn');
  if (w === 'invalid_nhs' && nhsOk(v)) bad('valid nhs');
  if (w === 'vendor_test_card' && !luhnOk(v.replace(/\D/g, ''))) bad('test card fails luhn');
  if (w === 'git_sha' && !/^[0-9a-f]{7,40}$/.test(v)) bad('sha');
}
const ids = new Set();
const REAL_TLD = /\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|io|dev|ai|app|cloud|gov|edu)\b/i;
for (const r of records) {
  if (ids.has(r.id)) err(r.id, 'duplicate id'); ids.add(r.id);
  if (!/^train9-[a-z_]+-\d{4}$/.test(r.id)) err(r.id, 'bad id');
  const buf = Buffer.from(r.text_b64url, 'base64url');
  const text = buf.toString('utf8');
  if (text !== r._d.text || Buffer.from(text, 'utf8').toString('base64url') !== r.text_b64url) err(r.id, 'encoding round trip');
  if (buf.length < 200 || buf.length > 4000) err(r.id, `length ${buf.length}`);
  for (const m of text.matchAll(new RegExp(REAL_TLD, 'gi'))) if (!/^(java\.net|dp\.st\.dev)$/.test(m[0])) err(r.id, `real-looking host ${m[0]}`);
  const spans = [...r.labels.map((l) => ({ ...l, t: 'l' })), ...r.lookalikes.map((l) => ({ ...l, t: 'k' }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > buf.length || s.start >= s.end) err(r.id, `span out of range ${s.start}-${s.end}`);
    if (i && spans[i - 1].end > s.start) err(r.id, `overlap at ${s.start}`);
    const v = buf.subarray(s.start, s.end).toString('utf8');
    if (Buffer.byteLength(v) !== s.end - s.start) err(r.id, `span cuts a UTF-8 sequence at ${s.start}`);
    if (s.t === 'l') {
      if (s.family === 'pii' && !PII.has(s.entity)) err(r.id, `unknown PII entity ${s.entity}`);
      if (s.family === 'secrets' && PII.has(s.entity)) err(r.id, `secret family with PII name ${s.entity}`);
      if (!['pii', 'secrets'].includes(s.family)) err(r.id, 'family');
      checkValue(r.id, s.entity, v);
    } else checkLook(r.id, s.what, v);
  }
  // the bytes at every span equal the value that was inserted there
  const inserted = new Map(r._d.inserted.map((x) => [x.start, x.v]));
  if (inserted.size !== spans.length) err(r.id, 'span count');
  for (const s of spans) if (buf.subarray(s.start, s.end).toString('utf8') !== inserted.get(s.start)) err(r.id, `bytes at ${s.start}-${s.end} differ from the inserted value`);
  if (r.labels.length + r.lookalikes.length === 0) err(r.id, 'no spans');
}
// ---------- composition ----------
const byKind = {}, byEnt = {}, byLook = {}; let nSec = 0, nPii = 0, nLook = 0;
const secretKinds = new Set();
for (const r of records) {
  byKind[r.kind] = (byKind[r.kind] || 0) + 1;
  for (const l of r.labels) { byEnt[l.entity] = (byEnt[l.entity] || 0) + 1; if (l.family === 'secrets') { nSec++; secretKinds.add(l.entity); } else nPii++; }
  for (const l of r.lookalikes) { byLook[l.what] = (byLook[l.what] || 0) + 1; nLook++; }
}
const need = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 60, LOCATION: 60, US_DRIVER_LICENSE: 25, US_BANK_NUMBER: 25, UK_NHS: 15 };
for (const [e, n] of Object.entries(need)) if ((byEnt[e] || 0) < n) errors.push(`composition: ${e} has ${byEnt[e] || 0} < ${n}`);
if (secretKinds.size < 100) errors.push(`composition: ${secretKinds.size} secret kinds < 100`);
if (nSec < 450) errors.push(`composition: ${nSec} secret labels < 450`);
if (nLook < 900) errors.push(`composition: ${nLook} look-alikes < 900`);
if (phoneCountriesUsed.size < 40) errors.push(`composition: phones from ${phoneCountriesUsed.size} countries < 40`);
if (Object.keys(byKind).length < 14) errors.push('composition: fewer than 14 kinds');

fs.writeFileSync(OUT, records.map(({ _d, ...r }) => JSON.stringify(r)).join('\n') + '\n');
const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(`train9: ${records.length} documents, ${nSec + nPii} labels (${nSec} secrets in ${secretKinds.size} kinds, ${nPii} PII), ${nLook} look-alikes`);
console.log(`phones from ${phoneCountriesUsed.size} countries; source code in ${LANG_NAMES.length} languages`);
console.log('documents per kind: ' + sortObj(byKind).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('PII labels: ' + sortObj(byEnt).filter(([k]) => PII.has(k)).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('secret labels: ' + sortObj(byEnt).filter(([k]) => !PII.has(k)).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('look-alikes: ' + sortObj(byLook).map(([k, n]) => `${k} ${n}`).join(', '));
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
console.log(`wrote ${path.relative(process.cwd(), OUT)}; all records valid`);
