#!/usr/bin/env node
// blind6 generator: node test/eval/blind6/generate.mjs  -> rewrites test/eval/blind6.jsonl
// Deterministic (own seeded PRNG, Node built-ins only). Validates every record; exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed, assemble, luhnOk, ibanOk, ghTokenValid, base58checkOk, bech32Ok } from './lib.mjs';
import { deaOk, nhsOk, IBAN_LEN, TEST_CARDS } from './pii.mjs';
import * as cfg from './docs_config.mjs';
import * as code from './docs_code.mjs';
import * as ops from './docs_ops.mjs';
import * as people from './docs_pii.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'blind6.jsonl');
seed('blind6/held-out/secrets-emphasis/seed-0x5EC6');

const TEMPLATES = [...cfg.TEMPLATES, ...code.TEMPLATES, ...ops.TEMPLATES, ...people.TEMPLATES];
const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const REAL_HOSTS = ['github.com', 'githubusercontent', 'gitlab.com', 'bitbucket.org', 'npmjs.', 'pypi.org', 'pythonhosted', 'rubygems.org', 'nuget.org', 'crates.io', 'docker.io', 'docker.com', 'amazonaws', 'slack.com', 'stripe.com', 'googleapis', 'google.com', 'openai.com', 'anthropic.com', 'azure.com', 'windows.net', 'sentry.io', 'huggingface.co', 'herokuapp', 'heroku.com', 'cloudflare.com', 'twilio.com', 'sendgrid.net', 'sendgrid.com', 'shopify.com', 'atlassian.net', 'atlassian.com', 'gmail.com', 'yahoo.', 'hotmail', 'outlook.com', 'discord.com', 'telegram.org', 'mongodb.net', 'snowflakecomputing', 'maven.org', 'jfrog.io', 'vault.io'];
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);
const hostOk = (h) => { h = h.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, ''); return /\.(example|test|invalid)$/.test(h) || !h.includes('.') || /^[\d.]+$/.test(h) || /^\[?[0-9a-f:]+\]?$/.test(h) || /\.(svc|local|svc\.cluster\.local)$/.test(h); };

function checkLabel(id, e, t) {
  const digits = t.replace(/[ -]/g, '');
  const bad = (m) => err(id, `${e} "${t.slice(0, 60)}": ${m}`);
  switch (e) {
    case 'CREDIT_CARD': if (!/^\d{14,16}$/.test(digits) || !luhnOk(digits)) bad('Luhn/length'); if (TEST_CARDS.includes(digits)) bad('test card labelled'); if (!/^(4|5[1-5]|2[2-7]|3[47]|6011|65|35|3[68])/.test(digits)) bad('IIN'); break;
    case 'IBAN_CODE': { const r = t.replace(/ /g, ''); if (!ibanOk(r) || IBAN_LEN[r.slice(0, 2)] !== r.length) bad('mod97/length'); break; }
    case 'US_SSN': { const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(t); if (!m || m[1] === '000' || m[1] === '666' || m[1][0] === '9' || m[2] === '00' || m[3] === '0000') bad('SSN rules'); break; }
    case 'US_ITIN': { const m = /^9\d{2}[- ]?(\d{2})[- ]?\d{4}$/.exec(t); if (!m || !((+m[1] >= 70 && +m[1] <= 88) || [90, 91, 92, 94, 95, 96, 97, 98, 99].includes(+m[1]))) bad('ITIN rules'); break; }
    case 'UK_NHS': if (!nhsOk(t)) bad('NHS mod 11'); break;
    case 'MEDICAL_LICENSE': if (!deaOk(t)) bad('DEA check'); break;
    case 'CRYPTO': if (!(/^[13]/.test(t) ? base58checkOk(t) : bech32Ok(t))) bad('checksum'); break;
    case 'US_PASSPORT': if (!/^([0-9]{9}|[A-Z][0-9]{8})$/.test(t)) bad('format'); break;
    case 'EMAIL_ADDRESS': if (!/^[^@\s]+@[^@\s]+$/.test(t) || !hostOk(t.split('@')[1])) bad('email/host'); break;
    case 'IP_ADDRESS': if (!/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)$/.test(t) || /^(10\.|192\.168\.|127\.)/.test(t)) bad('ip'); break;
    case 'GITHUB_PAT': case 'GITHUB_OAUTH_TOKEN': case 'GITHUB_USER_TO_SERVER_TOKEN': case 'GITHUB_APP_INSTALLATION_TOKEN': case 'GITHUB_REFRESH_TOKEN': if (!ghTokenValid(t)) bad('GitHub CRC32'); break;
    case 'AWS_ACCESS_KEY_ID': if (!/^AKIA[A-Z2-7]{16}$/.test(t)) bad('format'); break;
    case 'AWS_TEMP_ACCESS_KEY_ID': if (!/^ASIA[A-Z2-7]{16}$/.test(t)) bad('format'); break;
    case 'AWS_SECRET_ACCESS_KEY': if (!/^[A-Za-z0-9/+]{40}$/.test(t)) bad('format'); break;
    case 'JWT': case 'K8S_SERVICE_ACCOUNT_TOKEN': case 'SUPABASE_SERVICE_ROLE_KEY': { const [h, pl] = t.split('.'); try { JSON.parse(Buffer.from(h, 'base64url')); JSON.parse(Buffer.from(pl, 'base64url')); } catch { bad('JWT json'); } break; }
    case 'HUGGINGFACE_TOKEN': if (!/^hf_[A-Za-z]{34}$/.test(t)) bad('format'); break;
    case 'NPM_TOKEN': if (!/^npm_[A-Za-z0-9]{36}$/.test(t)) bad('format'); break;
    case 'ANTHROPIC_API_KEY': if (!/^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(t)) bad('format'); break;
    case 'OPENAI_API_KEY': if (!/^sk-proj-.*T3BlbkFJ/.test(t)) bad('format'); break;
    case 'STRIPE_SECRET_KEY': if (!/^sk_live_[A-Za-z0-9]{24,99}$/.test(t)) bad('format'); break;
    case 'GITLAB_PAT': if (!/^glpat-[A-Za-z0-9_-]{20}$/.test(t)) bad('format'); break;
  }
  if (/PRIVATE_KEY$/.test(e) && t.includes('-----BEGIN') && !/-----END [A-Z ]+-----$/.test(t.replace(/\\n/g, '\n'))) bad('PEM end');
}
function checkLook(id, w, t) {
  const d = t.replace(/[ -]/g, '');
  if (w === 'invalid_card' && luhnOk(d)) err(id, `invalid_card passes Luhn: ${t}`);
  if (w === 'invalid_iban' && ibanOk(d)) err(id, `invalid_iban passes mod97: ${t}`);
  if (w === 'vendor_test_card' && !TEST_CARDS.includes(d)) err(id, `not a test card: ${t}`);
  if (w === 'invalid_ssn') { const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(t); if (!m || !(m[1] === '000' || m[1] === '666' || m[1][0] === '9' || m[2] === '00' || m[3] === '0000')) err(id, `invalid_ssn is valid: ${t}`); }
}

const counters = {}; const records = [];
for (const [kind, fn, count] of TEMPLATES) {
  for (let i = 0; i < count; i++) {
    counters[kind] = (counters[kind] || 0) + 1;
    const id = `blind6-${kind}-${String(counters[kind]).padStart(4, '0')}`;
    const { text, labels, lookalikes, spans } = assemble(fn());
    const buf = Buffer.from(text, 'utf8');
    if (buf.length < 200 || buf.length > 4000) err(id, `length ${buf.length} (${fn.name})`);
    if (text.includes('\uFFFD')) err(id, 'replacement char');
    for (const sp of spans) { if (sp.start < 0 || sp.end > buf.length || sp.end <= sp.start) err(id, 'span out of range'); else if (buf.subarray(sp.start, sp.end).toString('utf8') !== sp.t) err(id, 'span bytes mismatch'); if (sp.t.trim() !== sp.t) err(id, `span has surrounding whitespace: "${sp.t}"`); }
    const all = [...labels, ...lookalikes].sort((a, b) => a.start - b.start);
    for (let j = 1; j < all.length; j++) if (all[j].start < all[j - 1].end) err(id, `overlap at ${all[j].start}`);
    for (const lb of labels) {
      if (lb.family === 'pii' && !PII.has(lb.entity)) err(id, `non-Presidio PII entity ${lb.entity}`);
      if (lb.family === 'secrets' && PII.has(lb.entity)) err(id, `PII name as secret ${lb.entity}`);
      checkLabel(id, lb.entity, buf.subarray(lb.start, lb.end).toString('utf8'));
    }
    for (const lk of lookalikes) checkLook(id, lk.what, buf.subarray(lk.start, lk.end).toString('utf8'));
    for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\s\/"'<>@]*@)?([^\/\s"'<>?;,)\]}\\:]+)/gi)) if (!hostOk(m[1])) err(id, `URL host not reserved: ${m[1]}`);
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b/g)) if (!hostOk(m[1])) err(id, `mail/host not reserved: ${m[1]}`);
    const low = text.toLowerCase(); for (const h of REAL_HOSTS) if (low.includes(h)) err(id, `real host name ${h}`);
    records.push({ id, kind, text: buf, labels, lookalikes });
  }
}
for (let i = 0; i < records.length; i++) for (let j = i + 1; j < records.length; j++) if (records[i].id === records[j].id) err(records[i].id, 'duplicate id');

// composition
const byEntity = {}, byWhat = {}, byKind = {}; let nSec = 0, nPii = 0, nLook = 0;
for (const r of records) {
  byKind[r.kind] = (byKind[r.kind] || 0) + 1;
  for (const lb of r.labels) { byEntity[lb.entity] = (byEntity[lb.entity] || 0) + 1; if (lb.family === 'secrets') nSec++; else nPii++; }
  for (const lk of r.lookalikes) { byWhat[lk.what] = (byWhat[lk.what] || 0) + 1; nLook++; }
}
const secretKinds = Object.keys(byEntity).filter((e) => !PII.has(e));
const need = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 25, LOCATION: 25 };
for (const [e, n] of Object.entries(need)) if ((byEntity[e] || 0) < n) err('composition', `${e} has ${byEntity[e] || 0} < ${n}`);
if (secretKinds.length < 100) err('composition', `only ${secretKinds.length} secret kinds`);
if (nSec < 450) err('composition', `only ${nSec} secret labels`);
if (Object.keys(byKind).length < 14) err('composition', 'fewer than 14 kinds');

const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(`documents: ${records.length} in ${Object.keys(byKind).length} kinds`);
console.log('  ' + sortObj(byKind).map(([k, n]) => `${k} ${n}`).join(', '));
console.log(`labels: ${nSec + nPii} (secrets ${nSec} in ${secretKinds.length} kinds, pii ${nPii})`);
console.log('  pii: ' + sortObj(byEntity).filter(([e]) => PII.has(e)).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('  secrets: ' + sortObj(byEntity).filter(([e]) => !PII.has(e)).map(([k, n]) => `${k} ${n}`).join(', '));
console.log(`lookalikes: ${nLook} in ${Object.keys(byWhat).length} kinds`);
console.log('  ' + sortObj(byWhat).map(([k, n]) => `${k} ${n}`).join(', '));
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }

const span = (x) => ('entity' in x ? `{"start": ${x.start}, "end": ${x.end}, "entity": ${JSON.stringify(x.entity)}, "family": ${JSON.stringify(x.family)}}` : `{"start": ${x.start}, "end": ${x.end}, "what": ${JSON.stringify(x.what)}}`);
const lines = records.map((r) => `{"id": ${JSON.stringify(r.id)}, "kind": ${JSON.stringify(r.kind)}, "text_b64url": "${r.text.toString('base64url')}", "labels": [${r.labels.map(span).join(', ')}], "lookalikes": [${r.lookalikes.map(span).join(', ')}]}`);
fs.writeFileSync(OUT, lines.join('\n') + '\n');
// read back and re-check the written file
const back = fs.readFileSync(OUT, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
back.forEach((r, i) => { if (!Buffer.from(r.text_b64url, 'base64url').equals(records[i].text) || r.text_b64url.includes('=')) { console.error('round-trip failure ' + r.id); process.exit(1); } });
console.log(`wrote ${path.relative(process.cwd(), OUT)} (${back.length} records)`);
