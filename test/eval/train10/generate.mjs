#!/usr/bin/env node
// train10 generator: node test/eval/train10/generate.mjs
// Deterministic (own sfc32 PRNG, fixed seed), Node built-ins only. Writes test/eval/train10.jsonl,
// re-validates every record and exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng, render, luhnOk, ibanMod, b58checkOk, bech32Ok, deaOk, nhsOk, ssnOk, itinOk, ghOk } from './lib.mjs';
import { makeSecretDeck } from './secrets.mjs';
import { helpers } from './h.mjs';
import { IBAN_LEN } from './pii.mjs';
import * as INFRA from './docs_infra.mjs';
import * as OPS from './docs_ops.mjs';
import { source_code } from './docs_code.mjs';
import * as PEOPLE from './docs_people.mjs';

const SEED = 0x7a10c0de;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '..', 'train10.jsonl');

const KINDS = [
  ['env_config', INFRA.env_config, 22], ['k8s_yaml', INFRA.k8s_yaml, 20], ['shell_history', INFRA.shell_history, 20],
  ['ci_output', INFRA.ci_output, 18], ['iac_output', INFRA.iac_output, 18], ['source_code', source_code, 44],
  ['app_log', OPS.app_log, 22], ['stack_trace', OPS.stack_trace, 16], ['json_api', OPS.json_api, 20],
  ['git_output', OPS.git_output, 16], ['markdown_doc', OPS.markdown_doc, 16],
  ['crm_export', PEOPLE.crm_export, 16], ['support_ticket', PEOPLE.support_ticket, 20], ['email', PEOPLE.email, 22],
  ['chat_export', PEOPLE.chat_export, 22], ['hr_record', PEOPLE.hr_record, 20], ['medical_record', PEOPLE.medical_record, 22],
  ['banking_doc', PEOPLE.banking_doc, 21],
];
const PII = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS']);
const CARD_IIN = /^(4\d{12}(\d{3})?|5[1-5]\d{14}|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|3[47]\d{13}|6011\d{12}|65\d{14}|35(2[89]|[3-8]\d)\d{12}|36\d{12})$/;

const r = makeRng(SEED);
const K = makeSecretDeck(r);
const H = helpers(r);
const records = [];
for (const [kind, fn, n] of KINDS) {
  for (let i = 0; i < n; i++) {
    let doc, tries = 0;
    do { doc = render(fn(r, K, H, i)); tries++; } while ((Buffer.byteLength(doc.text) < 200 || Buffer.byteLength(doc.text) > 4000) && tries < 20);
    records.push({ id: `train10-${kind}-${String(i + 1).padStart(4, '0')}`, kind, doc });
  }
}

// ---------- validation ----------
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);
const seen = new Set();
const hostOk = (h) => /(\.example|\.test|\.invalid|\.local|\.internal|\.svc)$/i.test(h) || /^[\d.]+$/.test(h) || h === 'localhost' || /^[a-z0-9-]+$/i.test(h);
function checkValue(id, l) {
  const v = l._v, e = l.entity;
  if (e === 'CREDIT_CARD') { const d = v.replace(/[ -]/g, ''); if (!/^\d+$/.test(d) || !luhnOk(d) || !CARD_IIN.test(d)) err(id, `bad card ${v}`); }
  if (e === 'IBAN_CODE') { const d = v.replace(/ /g, ''); if (ibanMod(d) !== 1n || IBAN_LEN[d.slice(0, 2)] !== d.length) err(id, `bad iban ${v}`); }
  if (e === 'US_SSN' && !ssnOk(v)) err(id, `bad ssn ${v}`);
  if (e === 'US_ITIN' && !itinOk(v)) err(id, `bad itin ${v}`);
  if (e === 'UK_NHS' && !nhsOk(v)) err(id, `bad nhs ${v}`);
  if (e === 'MEDICAL_LICENSE' && !deaOk(v)) err(id, `bad dea ${v}`);
  if (e === 'CRYPTO' && !(v.startsWith('bc1') ? bech32Ok(v) : b58checkOk(v))) err(id, `bad btc ${v}`);
  if (e === 'US_PASSPORT' && !/^([1-9]\d{8}|[A-Z]\d{8})$/.test(v)) err(id, `bad passport ${v}`);
  if (e === 'US_BANK_NUMBER' && !/^\d{8,17}$/.test(v)) err(id, `bad bank ${v}`);
  if (/^GITHUB_(PAT|OAUTH_TOKEN|USER_TO_SERVER_TOKEN|APP_INSTALLATION_TOKEN|REFRESH_TOKEN)$/.test(e) && !ghOk(v)) err(id, `bad github token ${v}`);
  if (e === 'AWS_ACCESS_KEY' && !/^AKIA[A-Z2-7]{16}$/.test(v)) err(id, 'bad AKIA');
  if (e === 'AWS_TEMP_ACCESS_KEY' && !/^ASIA[A-Z2-7]{16}$/.test(v)) err(id, 'bad ASIA');
  if (e === 'AWS_SECRET_KEY' && !/^[A-Za-z0-9+/]{40}$/.test(v)) err(id, 'bad aws secret');
  if (e === 'JWT') { const [h, p] = v.split('.'); try { JSON.parse(Buffer.from(h, 'base64url')); JSON.parse(Buffer.from(p, 'base64url')); } catch { err(id, 'bad jwt'); } }
  if (e === 'ANTHROPIC_API_KEY' && !/^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v)) err(id, 'bad anthropic');
  if (e === 'HUGGINGFACE_TOKEN' && !/^hf_[A-Za-z]{34}$/.test(v)) err(id, 'bad hf');
  if (e === 'NPM_TOKEN' && !/^npm_[A-Za-z0-9]{36}$/.test(v)) err(id, 'bad npm');
}
function checkLook(id, l) {
  const v = l._v;
  if (l.what === 'invalid_card' && luhnOk(v.replace(/[ -]/g, ''))) err(id, `invalid_card passes luhn ${v}`);
  if (l.what === 'invalid_iban' && ibanMod(v.replace(/ /g, '')) === 1n) err(id, `invalid_iban passes ${v}`);
  if (l.what === 'invalid_ssn' && ssnOk(v)) err(id, `invalid_ssn is valid ${v}`);
}
const lines = [];
for (const rec of records) {
  const { id, kind, doc } = rec;
  if (seen.has(id)) err(id, 'duplicate id'); seen.add(id);
  if (!/^train10-[a-z0-9_]+-\d{4}$/.test(id)) err(id, 'bad id');
  const buf = Buffer.from(doc.text, 'utf8');
  if (buf.length < 200 || buf.length > 4000) err(id, `length ${buf.length}`);
  const spans = [...doc.labels.map((x) => ({ ...x, t: 'label' })), ...doc.lookalikes.map((x) => ({ ...x, t: 'look' }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (!(s.start >= 0 && s.end > s.start && s.end <= buf.length)) err(id, `span out of range ${s.start}-${s.end}`);
    if (i && spans[i - 1].end > s.start) err(id, `overlap at ${s.start}`);
    if (buf.subarray(s.start, s.end).toString('utf8') !== s._v) err(id, `bytes mismatch at ${s.start}`);
  }
  for (const l of doc.labels) {
    if (l.family === 'pii' && !PII.has(l.entity)) err(id, `unknown pii ${l.entity}`);
    if (l.family === 'secrets' && (PII.has(l.entity) || !/^[A-Z0-9_]+$/.test(l.entity))) err(id, `bad secret name ${l.entity}`);
    checkValue(id, l);
  }
  for (const l of doc.lookalikes) checkLook(id, l);
  const masked = Buffer.from(buf); for (const s of spans) masked.fill(0x20, s.start, s.end);
  const mtext = masked.toString('utf8');
  for (const m of mtext.matchAll(/\b(?:https?|ftp|ldaps?|smtp|wss?):\/\/(?:[^\s@/'"]*@)?([A-Za-z0-9.-]+)/g)) if (!hostOk(m[1])) err(id, `host ${m[1]}`);
  for (const m of mtext.matchAll(/[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b/g)) err(id, `unlabelled email ${m[0]}`);
  for (const l of doc.labels) if (l.entity === 'EMAIL_ADDRESS') { const h = l._v.replace(/^.*(@|%40)/, ''); if (!hostOk(h)) err(id, `email host ${h}`); }
  const strip = (x) => { const { _v, ...rest } = x; return rest; };
  lines.push(JSON.stringify({ id, kind, text_b64url: buf.toString('base64url'), labels: doc.labels.map(strip), lookalikes: doc.lookalikes.map(strip) }));
}
// round-trip check of the serialised records
for (const line of lines) {
  const o = JSON.parse(line); const t = Buffer.from(o.text_b64url, 'base64url');
  for (const s of [...o.labels, ...o.lookalikes]) if (s.end > t.length) err(o.id, 'roundtrip range');
}

// ---------- composition ----------
const cnt = (arr, key) => arr.reduce((m, x) => (m[x[key]] = (m[x[key]] || 0) + 1, m), {});
const allLabels = records.flatMap((x) => x.doc.labels), allLook = records.flatMap((x) => x.doc.lookalikes);
const sec = allLabels.filter((l) => l.family === 'secrets'), pii = allLabels.filter((l) => l.family === 'pii');
const bytes = records.map((x) => Buffer.byteLength(x.doc.text));
const need = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 60, LOCATION: 60 };
const pc = cnt(pii, 'entity');
for (const [e, n] of Object.entries(need)) if ((pc[e] || 0) < n) errors.push(`composition: ${e} ${pc[e] || 0} < ${n}`);
const sc = cnt(sec, 'entity');
if (Object.keys(sc).length < 100) errors.push(`composition: only ${Object.keys(sc).length} secret kinds`);
if (sec.length < 450) errors.push(`composition: only ${sec.length} secret labels`);

console.log(`documents: ${records.length}  kinds: ${KINDS.length}  bytes: min ${Math.min(...bytes)} max ${Math.max(...bytes)} total ${bytes.reduce((a, b) => a + b, 0)}`);
console.log('per kind:', JSON.stringify(cnt(records, 'kind')));
console.log(`labels: ${allLabels.length}  (secrets ${sec.length} in ${Object.keys(sc).length} kinds, pii ${pii.length})  lookalikes: ${allLook.length}`);
console.log('pii:', JSON.stringify(Object.fromEntries(Object.entries(pc).sort((a, b) => b[1] - a[1]))));
console.log('secrets:', JSON.stringify(Object.fromEntries(Object.entries(sc).sort((a, b) => b[1] - a[1]))));
console.log('lookalikes:', JSON.stringify(Object.fromEntries(Object.entries(cnt(allLook, 'what')).sort((a, b) => b[1] - a[1]))));
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
fs.writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`wrote ${path.relative(process.cwd(), OUT)} (${lines.length} records), all checks passed`);
