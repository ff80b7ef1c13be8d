// Entry point: node test/eval/blind22/generate.mjs
// Writes test/eval/blind22.jsonl (deterministic for the fixed seed in prng.mjs) after validation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { R, SEED } from './prng.mjs';
import { Doc } from './builder.mjs';
import { OPS_KINDS } from './kinds_ops.mjs';
import { CONFIG_KINDS } from './kinds_config.mjs';
import { DATA_KINDS } from './kinds_data.mjs';
import { TEXT_KINDS } from './kinds_text.mjs';
import { validate, PII_ENTITIES } from './validate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'blind22.jsonl');
const SET = 'blind22';

const KINDS = { ...OPS_KINDS, ...CONFIG_KINDS, ...DATA_KINDS, ...TEXT_KINDS };
// documents per kind
const COUNT = {
  ci_log: 9, build_output: 9, crash_dump: 9, app_jsonl: 10, syslog: 9, access_log: 9, cloud_cli: 9, shell_history: 9, git_output: 9,
  k8s_manifest: 8, terraform_state: 6,
  dotenv: 9, yaml_config: 9, toml_config: 7, ini_config: 8, hcl_config: 7, xml_config: 8, properties: 7, systemd_unit: 6, webserver_conf: 7,
  docker_compose: 8, helm_values: 8, ci_config: 9, source_code: 10, credential_file: 16, package_manifest: 8, ansible_vars: 12,
  psql_result: 10, mysql_result: 9, sqlite_output: 8, csv_export: 10, pandas_output: 8, sql_dump: 9, migration_seed: 8, fixture: 8, notebook: 7,
  crm_record: 10, spreadsheet: 9,
  support_ticket: 24, bug_report: 10, chat_export: 16, email_message: 12, hr_document: 10, medical_record: 10, bank_statement: 9, meeting_notes: 12,
  incident_report: 7,
};

const schedule = [];
for (const [k, n] of Object.entries(COUNT)) { if (!KINDS[k]) throw new Error('unknown kind ' + k); for (let i = 0; i < n; i++) schedule.push(k); }
const order = R.shuffle(schedule);
const seq = {};
const records = [];
let retries = 0;
for (const kind of order) {
  let d;
  for (let attempt = 0; ; attempt++) {
    d = new Doc(kind);
    KINDS[kind](d);
    if (d.len >= 200 && d.len <= 4000) break;
    retries++;
    if (attempt > 20) throw new Error(`cannot fit ${kind} into 200..4000 bytes (${d.len})`);
  }
  seq[kind] = (seq[kind] || 0) + 1;
  const text = d.text();
  records.push({
    id: `${SET}-${kind}-${String(seq[kind]).padStart(4, '0')}`, kind, text,
    text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
    labels: d.labels.slice().sort((a, b) => a.start - b.start),
    lookalikes: d.lookalikes.slice().sort((a, b) => a.start - b.start),
  });
}
records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const { errs, comp } = validate(records, { dir: HERE });
if (errs.length) {
  for (const e of errs.slice(0, 80)) console.error('INVALID ' + e);
  console.error(`${errs.length} violation(s); nothing written.`);
  process.exit(1);
}
const lines = records.map((r) => JSON.stringify({
  id: r.id, kind: r.kind, text_b64url: r.text_b64url,
  labels: r.labels.map((l) => ({ start: l.start, end: l.end, entity: l.entity, family: l.family })),
  lookalikes: r.lookalikes.map((l) => ({ start: l.start, end: l.end, what: l.what })),
}));
writeFileSync(OUT, lines.join('\n') + '\n');

// ---- composition report ----
const sortD = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const fmt = (o, per = 4) => { const e = sortD(o); const out = []; for (let i = 0; i < e.length; i += per) out.push('  ' + e.slice(i, i + per).map(([k, v]) => `${k} ${v}`).join(', ')); return out.join('\n'); };
console.log(`${SET}: seed 0x${SEED.toString(16)}, ${comp.docs} documents, ${comp.bytes} bytes, ${Object.keys(comp.kinds).length} kinds (size retries ${retries})`);
console.log(`documents per kind:\n${fmt(comp.kinds, 5)}`);
console.log(`secret labels: ${comp.secrets} in ${Object.keys(comp.secretKinds).length} kinds`);
console.log(fmt(comp.secretKinds, 4));
console.log(`PII labels: ${comp.pii} (${PII_ENTITIES.length} entities)`);
console.log(fmt(comp.piiKinds, 5));
console.log(`look-alikes: ${comp.look} in ${Object.keys(comp.lookKinds).length} kinds`);
console.log(fmt(comp.lookKinds, 5));
console.log(`wrote ${OUT.replace(/.*\/test\//, 'test/')}`);
