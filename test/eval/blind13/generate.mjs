// blind13 generator: node test/eval/blind13/generate.mjs  -> test/eval/blind13.jsonl (validated; exit 1 and nothing written on any violation)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed, Doc } from './lib.mjs';

seed('blind13/2026-12-06/fixed-seed');
const T = await import('./docs_tech.mjs');
const X = await import('./docs_text.mjs');
const { validateDoc, validateComposition } = await import('./validate.mjs');

const PLAN = [
  ['env', T.env, 14], ['config_yaml', T.yaml, 11], ['config_toml', T.toml, 9], ['config_ini', T.ini, 9], ['config_properties', T.properties, 9],
  ['config_json', T.jsonConf, 10], ['config_xml', T.xml, 9], ['config_hcl', T.hcl, 9], ['k8s_manifest', T.k8s, 10], ['log', T.log, 15],
  ['source', T.source, 28], ['shell_history', T.shellHistory, 12], ['ci_output', T.ciOutput, 10], ['cloud_cli', T.cloudCli, 8], ['git_output', T.gitOutput, 10],
  ['stack_trace', T.stackTrace, 8], ['grep_output', T.grepOutput, 10], ['api_json', T.apiJson, 11], ['sql_dump', T.sqlDump, 9],
  ['crm_export', X.crmExport, 11], ['ticket', X.ticket, 13], ['email', X.emailDoc, 15], ['chat', X.chat, 15], ['hr_record', X.hrRecord, 9],
  ['medical_record', X.medicalRecord, 9], ['banking', X.banking, 9], ['travel', X.travel, 9], ['tax', X.tax, 8], ['markdown_doc', X.markdownDoc, 9],
  ['meeting_notes', X.meetingNotes, 11], ['wiki', X.wiki, 9], ['narrative', X.narrative, 20],
];
const LANGS = ['python', 'javascript', 'typescript', 'go', 'java', 'ruby', 'php', 'csharp', 'rust', 'kotlin', 'swift', 'bash', 'sql'];
const records = []; const errors = [];
const comp = { docs: 0, bytes: 0, kinds: {}, langs: {}, secrets: 0, secretKinds: {}, pii: 0, piiEntities: {}, lookalikes: 0, looks: {} };
let n = 0; const order = [];
for (const [kind, fn, count] of PLAN) for (let i = 0; i < count; i++) order.push([kind, fn, i]);
for (const [kind, fn, i] of order) {
  const d = new Doc(); if (process.env.B13_DEBUG) console.error(kind, i);
  const extra = fn(d, kind === 'source' ? LANGS[i % LANGS.length] : undefined);
  if (kind === 'source') comp.langs[extra] = (comp.langs[extra] || 0) + 1;
  const text = d.text; n++;
  const rec = { id: `blind13-${kind}-${String(n).padStart(4, '0')}`, kind, text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
    labels: d.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })), lookalikes: d.looks.map(({ start, end, what }) => ({ start, end, what })) };
  errors.push(...validateDoc(rec, text, d.labels, d.looks));
  records.push(rec);
  comp.docs++; comp.bytes += Buffer.byteLength(text); comp.kinds[kind] = (comp.kinds[kind] || 0) + 1;
  for (const l of d.labels) { if (l.family === 'secrets') { comp.secrets++; comp.secretKinds[l.entity] = (comp.secretKinds[l.entity] || 0) + 1; } else { comp.pii++; comp.piiEntities[l.entity] = (comp.piiEntities[l.entity] || 0) + 1; } }
  for (const l of d.looks) { comp.lookalikes++; comp.looks[l.what] = (comp.looks[l.what] || 0) + 1; }
}
errors.push(...validateComposition(comp));
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`documents: ${comp.docs} in ${Object.keys(comp.kinds).length} kinds, ${comp.bytes} bytes (mean ${Math.round(comp.bytes / comp.docs)})`);
console.log(`per kind: ${fmt(comp.kinds)}`);
console.log(`source languages: ${fmt(comp.langs)}`);
console.log(`secret labels: ${comp.secrets} in ${Object.keys(comp.secretKinds).length} kinds: ${fmt(comp.secretKinds)}`);
console.log(`PII labels: ${comp.pii}: ${fmt(comp.piiEntities)}`);
console.log(`look-alikes: ${comp.lookalikes} in ${Object.keys(comp.looks).length} kinds: ${fmt(comp.looks)}`);
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'blind13.jsonl');
fs.writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`validator: 0 violations; wrote ${path.relative(process.cwd(), out)}`);
