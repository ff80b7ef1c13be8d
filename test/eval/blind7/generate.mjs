// blind7 held-out set generator. Deterministic (own seeded PRNG), Node built-ins only.
// Usage: node test/eval/blind7/generate.mjs   -> rewrites test/eval/blind7.jsonl, validates, exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed, shuffle, Doc, luhnOk, ibanOk, ssnOk, itinOk, nhsOk, deaOk, base58checkOk, segwitOk, ghValid } from './lib.mjs';

seed('blind7/2026-12/secrets-in-the-wild');
const CFG = await import('./docs_cfg.mjs');
const DEV = await import('./docs_dev.mjs');
const PPL = await import('./docs_people.mjs');

const PLAN = [
  ['config', CFG.config, 34], ['k8s', CFG.k8s, 22], ['container', CFG.container, 12], ['terraform', CFG.terraform, 10],
  ['logs', DEV.logs, 20], ['source', DEV.source, 32], ['shell_history', DEV.shell_history, 14], ['ci_output', DEV.ci_output, 14],
  ['http_dump', DEV.http_dump, 14], ['notebook', DEV.notebook, 7], ['cloud_cli', DEV.cloud_cli, 14], ['devtools', DEV.devtools, 7],
  ['crash_report', DEV.crash_report, 12], ['git', DEV.git, 12], ['markdown', DEV.markdown, 12],
  ['chat', PPL.chat, 18], ['crm_export', PPL.crm_export, 12], ['ticket', PPL.ticket, 18], ['email', PPL.email, 16],
  ['hr', PPL.hr, 14], ['medical', PPL.medical, 18], ['banking', PPL.banking, 16], ['api_json', PPL.api_json, 10],
];
const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15, DK: 18, FI: 18, LU: 20, SA: 24, AE: 23, TR: 26, BR: 29 };
const REAL_TLD = 'com|net|org|io|ai|dev|app|co|gov|edu|cloud|me|info|biz|us|uk|de|fr|jp|in|br|au|es|it|nl|mx|ca|ru|cn|ch|se|no|pl|tv|xyz|tech|site|online|local|internal|localhost';
const HOST_RE = new RegExp(`(?<![A-Za-z0-9_.-])(?:[a-z0-9-]+\\.)+(?:${REAL_TLD})(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])`, 'g');
const NOT_HOSTS = new Set(['schema.registry.basic.auth.user.info']);

function cardOk(v) { const s = v.replace(/[ -]/g, ''); if (!/^\d+$/.test(s) || !luhnOk(s)) return false; return (/^4\d{15}$/.test(s)) || /^(5[1-5]\d{14}|2(2[2-9]\d|[3-6]\d\d|7[01]\d|720)\d{12})$/.test(s) || /^3[47]\d{13}$/.test(s) || /^(6011|65\d\d|64[4-9]\d)\d{12}$/.test(s) || /^35(2[89]|[3-8]\d)\d{12}$/.test(s) || /^3(0[0-5]|[68]\d)\d{11}$/.test(s); }
function formatViolation(e, v) {
  switch (e) {
    case 'CREDIT_CARD': return cardOk(v) ? null : 'card invalid';
    case 'IBAN_CODE': { const s = v.replace(/ /g, ''); return ibanOk(s) && IBAN_LEN[s.slice(0, 2)] === s.length ? null : 'iban invalid'; }
    case 'US_SSN': return ssnOk(v) ? null : 'ssn invalid';
    case 'US_ITIN': return itinOk(v) ? null : 'itin invalid';
    case 'UK_NHS': return nhsOk(v) ? null : 'nhs invalid';
    case 'MEDICAL_LICENSE': return deaOk(v) ? null : 'dea invalid';
    case 'CRYPTO': return (v.startsWith('bc1') ? segwitOk(v) : base58checkOk(v)) ? null : 'btc invalid';
    case 'EMAIL_ADDRESS': return /^[^@\s]+@[a-z0-9.-]+\.(example|test|invalid)$/.test(v) ? null : 'email domain';
    case 'US_PASSPORT': return /^([0-9]{9}|[A-Z][0-9]{8})$/.test(v) ? null : 'passport format';
    case 'AWS_ACCESS_KEY_ID': return /^AKIA[A-Z2-7]{16}$/.test(v) ? null : 'akia';
    case 'AWS_TEMP_ACCESS_KEY_ID': return /^ASIA[A-Z2-7]{16}$/.test(v) ? null : 'asia';
    case 'AWS_SECRET_ACCESS_KEY': return /^[A-Za-z0-9/+]{40}$/.test(v) ? null : 'aws secret';
    case 'HUGGINGFACE_TOKEN': return /^hf_[A-Za-z]{34}$/.test(v) ? null : 'hf';
    case 'NPM_TOKEN': return /^npm_[A-Za-z0-9]{36}$/.test(v) ? null : 'npm';
    case 'ANTHROPIC_API_KEY': return /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v) ? null : 'anthropic';
    case 'OPENAI_PROJECT_KEY': return /^sk-proj-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$/.test(v) ? null : 'openai';
    case 'STRIPE_SECRET_KEY': return /^sk_live_[A-Za-z0-9]{99}$/.test(v) ? null : 'stripe';
    case 'JWT_ACCESS_TOKEN': case 'K8S_SERVICE_ACCOUNT_TOKEN': case 'SUPABASE_SERVICE_ROLE_KEY': {
      const p = v.split('.'); try { const h = JSON.parse(Buffer.from(p[0], 'base64url')); JSON.parse(Buffer.from(p[1], 'base64url')); return p.length === 3 && h.alg ? null : 'jwt'; } catch { return 'jwt json'; }
    }
  }
  if (/^GITHUB_(PAT|OAUTH_TOKEN|USER_TO_SERVER_TOKEN|APP_INSTALLATION_TOKEN|REFRESH_TOKEN)$/.test(e)) return ghValid(v) ? null : 'github crc';
  if (/PRIVATE_KEY$/.test(e) && !e.endsWith('_B64')) { const x = v.replace(/\\n/g, '\n').replace(/^ +/gm, ''); return /^-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----\n[\s\S]+\n-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----\n?$/.test(x) ? null : 'pem shape'; }
  return null;
}
function lookViolation(w, v) {
  if (w === 'invalid_card') return luhnOk(v.replace(/\D/g, '')) ? 'invalid_card passes luhn' : null;
  if (w === 'invalid_iban') return ibanOk(v) ? 'invalid_iban passes mod97' : null;
  if (w === 'invalid_ssn') return ssnOk(v) ? 'invalid_ssn is valid' : null;
  return null;
}

const records = [], violations = [];
const J = JSON.stringify;
for (const [kind, templates, count] of PLAN) {
  let order = [];
  for (let i = 0; i < count; i++) {
    if (!order.length) order = shuffle(templates.map((_, k) => k));
    const t = templates[order.shift()];
    let doc, text, tries = 0;
    do { doc = new Doc().add(t()); text = doc.text(); tries++; } while ((Buffer.byteLength(text) < 200 || Buffer.byteLength(text) > 4000) && tries < 40);
    const id = `blind7-${kind}-${String(i + 1).padStart(4, '0')}`;
    records.push({ id, kind, text, spans: doc.spans });
  }
}

// ---- validation ----
const ids = new Set();
const stat = { kinds: {}, ent: {}, look: {}, secrets: 0, pii: 0, looks: 0 };
const lines = [];
for (const r of records) {
  const bad = (m) => violations.push(`${r.id}: ${m}`);
  if (!/^blind7-[a-z0-9_]+-\d{4}$/.test(r.id) || ids.has(r.id)) bad('id'); ids.add(r.id);
  const buf = Buffer.from(r.text, 'utf8');
  if (buf.length < 200 || buf.length > 4000) bad(`length ${buf.length}`);
  const b64 = buf.toString('base64url');
  if (b64.includes('=') || Buffer.from(b64, 'base64url').toString('utf8') !== r.text) bad('b64 roundtrip');
  const sp = [...r.spans].sort((x, y) => x.start - y.start);
  let prevEnd = 0;
  for (const s of sp) {
    if (s.start < 0 || s.end > buf.length || s.end <= s.start) bad(`span range ${s.start}-${s.end}`);
    if (s.start < prevEnd) bad(`overlap at ${s.start}`);
    prevEnd = Math.max(prevEnd, s.end);
    if (!buf.subarray(s.start, s.end).equals(Buffer.from(s.v, 'utf8'))) bad(`bytes mismatch at ${s.start}`);
    if (s.f === 'pii' && !PII.has(s.e)) bad(`pii entity ${s.e}`);
    if (s.f === 'secrets' && (PII.has(s.e) || !/^[A-Z0-9_]+$/.test(s.e))) bad(`secret entity ${s.e}`);
    if (s.f !== 'look') { const fv = formatViolation(s.e, s.v); if (fv) bad(`${s.e} ${fv}: ${s.v.slice(0, 60)}`); }
    else { const lv = lookViolation(s.e, s.v); if (lv) bad(`${lv}: ${s.v}`); }
  }
  for (const m of r.text.matchAll(HOST_RE)) if (!NOT_HOSTS.has(m[0])) bad(`real-looking host name: ${m[0]}`);
  const labels = sp.filter((s) => s.f !== 'look'), looks = sp.filter((s) => s.f === 'look');
  stat.kinds[r.kind] = (stat.kinds[r.kind] || 0) + 1;
  for (const s of labels) { stat.ent[s.e] = (stat.ent[s.e] || 0) + 1; stat[s.f]++; }
  for (const s of looks) { stat.look[s.e] = (stat.look[s.e] || 0) + 1; stat.looks++; }
  lines.push(`{"id": ${J(r.id)}, "kind": ${J(r.kind)}, "text_b64url": ${J(b64)}, "labels": [${labels.map((s) => `{"start": ${s.start}, "end": ${s.end}, "entity": ${J(s.e)}, "family": ${J(s.f)}}`).join(', ')}], "lookalikes": [${looks.map((s) => `{"start": ${s.start}, "end": ${s.end}, "what": ${J(s.e)}}`).join(', ')}]}`);
}
const secretKinds = Object.keys(stat.ent).filter((e) => !PII.has(e));
const need = (cond, m) => { if (!cond) violations.push('composition: ' + m); };
need(records.length >= 330, `documents ${records.length} < 330`);
need(Object.keys(stat.kinds).length >= 14, 'kinds < 14');
need(stat.secrets >= 450, `secret labels ${stat.secrets} < 450`);
need(secretKinds.length >= 100, `distinct secret kinds ${secretKinds.length} < 100`);
need(stat.looks >= 900, `lookalikes ${stat.looks} < 900`);
for (const e of ['CREDIT_CARD', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'CRYPTO', 'MEDICAL_LICENSE', 'US_PASSPORT', 'US_ITIN', 'US_SSN']) need((stat.ent[e] || 0) >= 30, `${e} ${stat.ent[e] || 0} < 30`);
for (const e of ['IBAN_CODE', 'PERSON', 'LOCATION']) need((stat.ent[e] || 0) >= 25, `${e} ${stat.ent[e] || 0} < 25`);

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '..', 'blind7.jsonl');
const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`documents: ${records.length} in ${Object.keys(stat.kinds).length} kinds`);
console.log(`kinds: ${sortObj(stat.kinds)}`);
console.log(`labels: ${stat.secrets + stat.pii} (secrets ${stat.secrets} in ${secretKinds.length} kinds, pii ${stat.pii})`);
console.log(`pii: ${sortObj(Object.fromEntries(Object.entries(stat.ent).filter(([k]) => PII.has(k))))}`);
console.log(`secrets: ${sortObj(Object.fromEntries(Object.entries(stat.ent).filter(([k]) => !PII.has(k))))}`);
console.log(`lookalikes: ${stat.looks} (${sortObj(stat.look)})`);
if (violations.length) { console.error(`${violations.length} violation(s):\n` + violations.slice(0, 60).join('\n')); process.exit(1); }
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)} (${lines.length} records); all records valid`);
