#!/usr/bin/env node
// Held-out evaluation set blind9 (secrets + PII guards). Deterministic: fixed seed in lib.mjs.
// Usage: node test/eval/blind9/generate.mjs   -> rewrites test/eval/blind9.jsonl, exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TECH } from './docs_tech.mjs';
import { PEOPLE } from './docs_people.mjs';
import { EXTRA } from './docs_extra.mjs';
import { validateRecord } from './validate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'blind9.jsonl');
const MAKERS = { ...TECH, ...PEOPLE, ...EXTRA };
const PLAN = {
  env: 16, config: 18, k8s_manifest: 14, log: 18, source_code: 18, shell_history: 14, ci_output: 12, cloud_cli: 14, git_output: 14, stack_trace: 12, grep_output: 12,
  json_api: 14, crm_export: 12, sql_dump: 10, support_ticket: 18, email: 20, chat: 20, hr_record: 14, medical_record: 20, banking: 16, travel_booking: 14, tax_form: 14, markdown_doc: 14,
};
const J = JSON.stringify;
const errors = [];
const lines = [];
const cnt = { kinds: {}, ent: {}, fam: { secrets: 0, pii: 0 }, look: {}, bytes: 0 };
for (const [kind, n] of Object.entries(PLAN)) {
  for (let i = 1; i <= n; i++) {
    let d;
    for (let tries = 0; tries < 30; tries++) { d = MAKERS[kind](); if (d.len >= 200 && d.len <= 4000) break; }
    const id = `blind9-${kind}-${String(i).padStart(4, '0')}`;
    const text = d.string;
    const rec = { id, kind, text_b64url: Buffer.from(text, 'utf8').toString('base64url'), labels: d.labels, lookalikes: d.lookalikes };
    validateRecord(rec, d.expect, (m) => errors.push(`${id}: ${m}`));
    cnt.kinds[kind] = (cnt.kinds[kind] || 0) + 1; cnt.bytes += d.len;
    for (const l of d.labels) { cnt.ent[l.entity] = (cnt.ent[l.entity] || 0) + 1; cnt.fam[l.family]++; }
    for (const l of d.lookalikes) cnt.look[l.what] = (cnt.look[l.what] || 0) + 1;
    const lab = d.labels.map((l) => `{"start": ${l.start}, "end": ${l.end}, "entity": ${J(l.entity)}, "family": ${J(l.family)}}`).join(', ');
    const lk = d.lookalikes.map((l) => `{"start": ${l.start}, "end": ${l.end}, "what": ${J(l.what)}}`).join(', ');
    lines.push(`{"id": ${J(id)}, "kind": ${J(kind)}, "text_b64url": ${J(rec.text_b64url)}, "labels": [${lab}], "lookalikes": [${lk}]}`);
  }
}
// composition requirements of the brief
const PIIS = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];
const need = { CREDIT_CARD: 30, EMAIL_ADDRESS: 30, PHONE_NUMBER: 30, IP_ADDRESS: 30, CRYPTO: 30, MEDICAL_LICENSE: 30, US_PASSPORT: 30, US_ITIN: 30, US_SSN: 30, IBAN_CODE: 25, PERSON: 150, LOCATION: 100, US_DRIVER_LICENSE: 30 };
for (const [e, m] of Object.entries(need)) if ((cnt.ent[e] || 0) < m) errors.push(`composition: ${e} has ${cnt.ent[e] || 0} < ${m}`);
for (const e of PIIS) if (!cnt.ent[e]) errors.push(`composition: no ${e}`);
const secretKinds = Object.keys(cnt.ent).filter((e) => !PIIS.includes(e));
if (secretKinds.length < 90) errors.push(`composition: ${secretKinds.length} secret kinds < 90`);
if (cnt.fam.secrets < 400) errors.push(`composition: ${cnt.fam.secrets} secret labels < 400`);
if (Object.keys(cnt.kinds).length < 14) errors.push('composition: fewer than 14 kinds');
const nLook = Object.values(cnt.look).reduce((a, b) => a + b, 0);
if (nLook < 800) errors.push(`composition: only ${nLook} look-alikes`);

fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)}: ${lines.length} documents, ${cnt.bytes} bytes of text`);
console.log(`labels: ${cnt.fam.secrets + cnt.fam.pii} (secrets ${cnt.fam.secrets} in ${secretKinds.length} kinds, pii ${cnt.fam.pii}); look-alikes: ${nLook}`);
console.log('documents per kind: ' + Object.entries(cnt.kinds).map(([k, v]) => `${k} ${v}`).join(', '));
console.log('pii per entity: ' + PIIS.map((e) => `${e} ${cnt.ent[e] || 0}`).join(', '));
console.log('secrets per entity: ' + secretKinds.sort().map((e) => `${e} ${cnt.ent[e]}`).join(', '));
console.log('look-alikes per kind: ' + Object.entries(cnt.look).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 50).join('\n')); process.exit(1); }
console.log('validation: OK');
