#!/usr/bin/env node
// blind1 held-out set generator. Deterministic (fixed sfc32 seed in values.mjs), Node built-ins only.
// Usage: node test/eval/blind1/generate.mjs   -> rewrites test/eval/blind1.jsonl, validates, exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as K1 from './kinds1.mjs';
import * as K2 from './kinds2.mjs';
import { luhnOk, ibanOk, ssnOk, itinOk, nhsOk, deaOk, b58checkOk, bech32Ok, githubOk } from './values.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'blind1.jsonl');
const PLAN = [
  ['env', K1.env, 22], ['k8s_yaml', K1.k8s, 20], ['app_log', K1.applog, 20], ['source_code', K1.source, 20], ['shell_history', K1.shell, 20],
  ['ci_output', K1.ci, 20], ['git_output', K1.gitout, 18], ['lockfile', K1.lockfile, 14], ['json_api', K2.jsonapi, 22], ['crm_export', K2.crm, 18],
  ['support_ticket', K2.ticket, 22], ['email', K2.email, 20], ['chat_export', K2.chat, 20], ['hr_record', K2.hr, 18], ['medical_record', K2.medical, 20],
  ['bank_statement', K2.bank, 18], ['markdown_doc', K2.markdown, 16], ['stack_trace', K2.trace, 18],
];
const PII_ENTS = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const MIN = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 25, LOCATION: 25 };
const errors = [];
const bad = (id, msg) => errors.push(`${id}: ${msg}`);

// Format checks on the raw (unescaped) value of each labelled / look-alike span.
function checkValue(id, kind, name, raw) {
  const digits = raw.replace(/[ -]/g, '');
  const c = {
    CREDIT_CARD: () => /^\d{13,19}$/.test(digits) && luhnOk(digits),
    IBAN_CODE: () => /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(digits) && ibanOk(digits),
    US_SSN: () => ssnOk(raw), US_ITIN: () => itinOk(raw), UK_NHS: () => nhsOk(raw), MEDICAL_LICENSE: () => deaOk(raw),
    CRYPTO: () => (/^bc1/.test(raw) ? bech32Ok(raw) : b58checkOk(raw)),
    invalid_card: () => !luhnOk(digits), invalid_iban: () => !ibanOk(digits), invalid_ssn: () => !ssnOk(raw) && !itinOk(raw), vendor_test_card: () => luhnOk(digits),
  }[name];
  if (c && !c()) bad(id, `${kind} ${name} fails its format check: ${raw}`);
  if (kind === 'label' && /^gh[pousr]_/.test(raw) && raw.length === 40 && !githubOk(raw)) bad(id, `bad GitHub checksum ${raw}`);
  if (name === 'JWT') { const [h, p] = raw.split('.'); try { JSON.parse(Buffer.from(h, 'base64url')); JSON.parse(Buffer.from(p, 'base64url')); } catch { bad(id, 'JWT header/payload not JSON'); } }
}
const HOST_RE = /\b(?:[a-z0-9-]+\.)+([a-z][a-z0-9-]*)\b/gi;
function checkHosts(id, text) {
  for (const m of text.matchAll(/(?:https?|ssh|git|postgres(?:ql)?|mysql|mongodb\+srv|redis|amqp|jdbc:mysql):\/\/(?:[^@\s/]*@)?([A-Za-z0-9.-]+)/g)) { if (!/\.(example|test|invalid)$/i.test(m[1])) bad(id, `host not under .example/.test/.invalid: ${m[1]}`); }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) { if (!/\.(example|test|invalid)$/i.test(m[1])) bad(id, `mail host not reserved: ${m[1]}`); }
  void HOST_RE;
}

const records = [];
const stat = { docs: {}, ent: {}, fam: { secrets: 0, pii: 0 }, look: {} };
for (const [kind, fn, count] of PLAN) {
  for (let i = 1; i <= count; i++) {
    let d, tries = 0;
    do { d = fn(); tries++; } while ((d.bytes < 200 || d.bytes > 4000) && tries < 20);
    const id = `blind1-${kind}-${String(i).padStart(4, '0')}`;
    const text = d.text();
    const buf = Buffer.from(text, 'utf8');
    if (buf.length !== d.bytes) bad(id, 'byte count mismatch');
    if (buf.length < 200 || buf.length > 4000) bad(id, `length ${buf.length} outside 200..4000`);
    // span checks
    const spans = [...d.labels.map((x) => ({ ...x, t: 'L' })), ...d.lookalikes.map((x) => ({ ...x, t: 'K' }))].sort((a, b) => a.start - b.start);
    for (let j = 0; j < spans.length; j++) {
      const s = spans[j];
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= buf.length)) bad(id, `span out of range ${s.start}-${s.end}`);
      if (j && spans[j - 1].end > s.start) bad(id, `overlap at ${s.start}`);
    }
    for (const c of d.checks) {
      if (buf.subarray(c.start, c.end).toString('utf8') !== c.v) bad(id, `bytes at ${c.start}-${c.end} differ from inserted value`);
      if (c.v.trim() !== c.v || c.v === '') bad(id, `span ${c.start} has surrounding whitespace or is empty`);
    }
    for (const l of d.labels) {
      if (l.family === 'pii' && !PII_ENTS.has(l.entity)) bad(id, `unknown PII entity ${l.entity}`);
      if (l.family === 'secrets' && (PII_ENTS.has(l.entity) || !/^[A-Z0-9_]+$/.test(l.entity))) bad(id, `bad secret entity ${l.entity}`);
      const c = d.checks.find((x) => x.start === l.start); checkValue(id, 'label', l.entity, c.raw);
      stat.ent[l.entity] = (stat.ent[l.entity] || 0) + 1; stat.fam[l.family]++;
    }
    for (const l of d.lookalikes) { const c = d.checks.find((x) => x.start === l.start); checkValue(id, 'lookalike', l.what, c.raw); stat.look[l.what] = (stat.look[l.what] || 0) + 1; }
    checkHosts(id, text);
    stat.docs[kind] = (stat.docs[kind] || 0) + 1;
    records.push({ id, kind, text_b64url: buf.toString('base64url'), labels: d.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })), lookalikes: d.lookalikes.map(({ start, end, what }) => ({ start, end, what })) });
  }
}
// round-trip check of the serialized records
const lines = records.map((r) => JSON.stringify(r));
for (const ln of lines) { const r = JSON.parse(ln); if (!/^blind1-[a-z0-9_]+-\d{4}$/.test(r.id)) bad(r.id, 'bad id'); if (Buffer.from(r.text_b64url, 'base64url').toString('base64url') !== r.text_b64url || /=/.test(r.text_b64url)) bad(r.id, 'bad base64url'); }
if (new Set(records.map((r) => r.id)).size !== records.length) bad('set', 'duplicate ids');
for (const [e, m] of Object.entries(MIN)) if ((stat.ent[e] || 0) < m) bad('set', `${e}: ${stat.ent[e] || 0} < ${m}`);
const secretKinds = Object.keys(stat.ent).filter((e) => !PII_ENTS.has(e));
if (secretKinds.length < 60) bad('set', `only ${secretKinds.length} secret kinds`);
if (stat.fam.secrets < 300) bad('set', `only ${stat.fam.secrets} secret labels`);

writeFileSync(OUT, lines.join('\n') + '\n');
const tot = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`wrote ${records.length} documents to ${path.relative(process.cwd(), OUT)}`);
console.log(`documents per kind (${Object.keys(stat.docs).length} kinds):`, JSON.stringify(stat.docs));
console.log(`labels: ${tot(stat.ent)} (secrets ${stat.fam.secrets} over ${secretKinds.length} kinds, pii ${stat.fam.pii})`);
console.log('pii per entity:', JSON.stringify(Object.fromEntries(Object.entries(stat.ent).filter(([e]) => PII_ENTS.has(e)).sort((a, b) => b[1] - a[1]))));
console.log('secrets per entity:', JSON.stringify(Object.fromEntries(secretKinds.sort().map((e) => [e, stat.ent[e]]))));
console.log(`lookalikes: ${tot(stat.look)}`, JSON.stringify(Object.fromEntries(Object.entries(stat.look).sort((a, b) => b[1] - a[1]))));
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('validation: OK');
