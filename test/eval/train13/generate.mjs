// node test/eval/train13/generate.mjs  -> writes test/eval/train13.jsonl (training set; deterministic)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed, Doc } from './lib.mjs';
import * as tech from './tpl_tech.mjs';
import * as ops from './tpl_ops.mjs';
import * as ppl from './tpl_people.mjs';
import { validate, composition, checkMinimums } from './validate.mjs';
import { PROSE_COUNT } from './common.mjs';

const PLAN = [
  ['config', tech.config, 20], ['yaml_config', tech.yamlConfig, 14], ['json_config', tech.jsonConfig, 12], ['xml_config', tech.xmlConfig, 10],
  ['k8s', tech.k8s, 14], ['wifi_config', tech.wifiConfig, 14], ['shell_history', tech.shellHistory, 18], ['ci_log', tech.ciLog, 14],
  ['iac_output', tech.iacOutput, 10], ['source_code', tech.sourceCode, 26], ['app_log', ops.appLog, 16], ['stack_trace', ops.stackTrace, 14],
  ['json_api', ops.jsonApi, 16], ['git_output', ops.gitOutput, 10], ['markdown', ops.markdown, 12], ['notebook', ops.notebook, 8],
  ['crm_export', ppl.crmExport, 14], ['spreadsheet', ppl.spreadsheet, 14], ['ticket', ppl.ticket, 18], ['email', ppl.email, 20],
  ['chat', ppl.chat, 20], ['hr_record', ppl.hrRecord, 14], ['medical_record', ppl.medicalRecord, 13], ['banking', ppl.banking, 13], ['notes', ppl.notes, 13], ['kyc_form', ppl.kycForm, 14],
];
seed(0x7a13c0de);
const records = [];
for (const [kind, fn, count] of PLAN) {
  for (let i = 1; i <= count; i++) {
    let d;
    for (let attempt = 0; attempt < 40; attempt++) { d = new Doc(); fn(d); if (d.len >= 200 && d.len <= 4000) break; }
    records.push({ id: `train13-${kind}-${String(i).padStart(4, '0')}`, kind, text: d.text(), labels: d.labels, look: d.look });
  }
}
const errs = validate(records);
const comp = composition(records);
errs.push(...checkMinimums(comp));
const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`documents: ${comp.docs} (${Object.keys(comp.kinds).length} kinds), bytes: ${comp.bytes}`);
console.log(`kinds: ${sortObj(comp.kinds)}`);
console.log(`secrets: ${comp.secrets} labels in ${Object.keys(comp.secretKinds).length} kinds`);
console.log(`  ${sortObj(comp.secretKinds)}`);
console.log(`pii: ${comp.pii} labels: ${sortObj(comp.piiKinds)}`);
console.log(`lookalikes: ${comp.look} in ${Object.keys(comp.lookKinds).length} kinds: ${sortObj(comp.lookKinds)}`);
console.log(`prose carriers by language: ${sortObj(PROSE_COUNT)}`);
console.log(`source-code languages: ${sortObj(tech.CODE_COUNT)}`);
if (errs.length) { console.error(`VALIDATION FAILED (${errs.length}):\n` + errs.slice(0, 40).join('\n')); process.exit(1); }
const out = records.map((r) => JSON.stringify({ id: r.id, kind: r.kind, text_b64url: Buffer.from(r.text, 'utf8').toString('base64url'),
  labels: r.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })),
  lookalikes: r.look.map(({ start, end, what }) => ({ start, end, what })) })).join('\n') + '\n';
const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'train13.jsonl');
writeFileSync(file, out);
console.log(`wrote ${file}`);
