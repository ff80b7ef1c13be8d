// blind16 generator: node test/eval/blind16/generate.mjs  -> test/eval/blind16.jsonl
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Doc, shuffle } from './lib.mjs';
import * as a from './docs_a.mjs';
import * as b from './docs_b.mjs';
import * as c3 from './docs_c.mjs';
import { chance } from './lib.mjs';
import { validate, composition } from './validate.mjs';

const KINDS = {
  env_file: a.env, yaml_config: a.yamlConf, toml_config: a.tomlConf, ini_config: a.iniConf, properties: a.properties, json_config: a.jsonConf, xml_config: a.xmlConf, hcl: a.hcl, k8s_manifest: a.k8s,
  app_log: a.appLog, access_log: a.accessLog, source_code: a.source, shell_history: a.shellHistory, ci_output: a.ciOutput, cloud_cli: a.cloudCli, git_output: a.gitOutput,
  stack_trace: b.stackTrace, grep_output: b.grepOutput, json_api: b.jsonApi, crm_export: b.crmExport, sql_dump: b.sqlDump, support_ticket: b.supportTicket, email: b.email, chat: b.chat,
  hr_record: b.hrRecord, medical_record: b.medicalRecord, bank_statement: b.bankStatement, travel_itinerary: b.travel, tax_form: b.taxForm, markdown_doc: b.markdownDoc,
  meeting_notes: b.meetingNotes, wiki_page: b.wiki, narrative: b.narrative, case_notes: b.caseNotes, prose_secrets: b.proseSecrets, crypto_wallets: b.cryptoWallet,
  key_material: c3.keyMaterial, kyc_record: c3.kyc, pharmacy_log: c3.pharmacy,
};
// extra weight on the emphasis kinds (unprefixed secrets in prose/configs, PERSON/LOCATION prose)
const EXTRA = ['narrative', 'narrative', 'meeting_notes', 'chat', 'prose_secrets', 'prose_secrets', 'travel_itinerary', 'case_notes', 'env_file', 'shell_history', 'source_code', 'source_code', 'yaml_config', 'support_ticket', 'email', 'key_material', 'kyc_record'];
const N = 352;
const order = [];
while (order.length < N) order.push(...shuffle([...Object.keys(KINDS), ...EXTRA]));
order.length = N;

const records = [];
order.forEach((kind, i) => {
  let d;
  for (let tries = 0; ; tries++) {
    d = new Doc(kind); KINDS[kind](d); if (chance(0.55)) c3.trailer(d);
    if (d.len >= 200 && d.len <= 4000) break;
    if (tries > 40) throw new Error('cannot size ' + kind);
  }
  const text = d.text();
  if (Buffer.byteLength(text) !== d.len) throw new Error('length bookkeeping');
  records.push({ id: `blind16-${kind}-${String(i + 1).padStart(4, '0')}`, kind, text_b64url: Buffer.from(text).toString('base64url'),
    labels: d.labels.map(({ start, end, entity, family, v }) => ({ start, end, entity, family, v })),
    lookalikes: d.look.map(({ start, end, what, v }) => ({ start, end, what, v })) });
});

const errs = validate(records, { docs: 340, docKinds: 20, secrets: 600, secretKinds: 140, pii: 2000, look: 1500 });
if (errs.length) { console.error('VALIDATION FAILED:\n' + errs.join('\n')); process.exit(1); }

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'blind16.jsonl');
const strip = (r) => ({ id: r.id, kind: r.kind, text_b64url: r.text_b64url, labels: r.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })), lookalikes: r.lookalikes.map(({ start, end, what }) => ({ start, end, what })) });
writeFileSync(out, records.map((r) => JSON.stringify(strip(r))).join('\n') + '\n');

const c = composition(records);
const fmt = (o) => Object.entries(o).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`blind16: ${records.length} documents, ${c.bytes} bytes (validator passed)`);
console.log(`documents per kind (${Object.keys(c.kinds).length}): ${fmt(c.kinds)}`);
console.log(`secret labels: ${c.secretLabels} in ${Object.keys(c.secretKinds).length} kinds: ${fmt(c.secretKinds)}`);
console.log(`PII labels: ${c.piiLabels}: ${fmt(c.pii)}`);
console.log(`look-alikes: ${c.lookTotal} in ${Object.keys(c.look).length} kinds: ${fmt(c.look)}`);
