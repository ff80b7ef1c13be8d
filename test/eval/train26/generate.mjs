// Entry point: node test/eval/train26/generate.mjs
// Writes test/eval/train26.jsonl (only if every record passes validate.mjs) and prints the composition.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './prng.mjs';
import { World, Ctx } from './ctx.mjs';
import { assemble } from './frag.mjs';
import { initKeys } from './secrets.mjs';
import { validate, scanFiles, scanText, PII_ENTITIES } from './validate.mjs';
import * as KS from './kinds_struct.mjs';
import * as KO from './kinds_ops.mjs';
import * as KC from './kinds_comm.mjs';
import * as KD from './kinds_code.mjs';
import * as KX from './kinds_extra.mjs';

export const SETNAME = 'train26';
export const SEED = 0x7a26c0de; // this set's own 32-bit constant

// kind -> number of documents
const PLAN = {
  api_json: 11, graphql_json: 8, crm_json: 10, csv_export: 12, fixed_width: 8, sql_dump: 11, xml_soap: 9, spreadsheet: 9, bank_csv: 12, payment_events: 10, terraform_state: 8, hr_record: 14,
  env_file: 20, yaml_config: 14, properties_ini: 12, k8s_manifest: 14, docker_config: 11, shell_history: 14, http_trace: 10, har_json: 7, kv_log: 12, access_log: 9, syslog_auth: 9, git_output: 9, ssh_files: 6, package_manifest: 11,
  email_rfc822: 13, chat_export: 11, ticket: 11, markdown_doc: 8, prose_letter: 10, vcard: 9, ical: 8, ldif: 9, hl7_v2: 11, fhir_json: 9, edi_x12: 7, edifact: 7, clinical_note: 12,
  source_code: 44, test_fixture: 12,
  tax_form: 14, ci_config: 15, event_stream: 11, cloud_credentials: 15,
};
const KINDS = { ...KS, ...KO, ...KC, ...KD, ...KX };

const here = path.dirname(fileURLToPath(import.meta.url));
const outFile = path.join(here, '..', `${SETNAME}.jsonl`);

function build() {
  const root = new Rng(SEED); initKeys(root.fork('rsa-keys')); const world = new World(root.fork('world'));
  const order = []; for (const [k, n] of Object.entries(PLAN)) for (let i = 1; i <= n; i++) order.push([k, i]);
  // interleave kinds deterministically so the shared decks are spread across kinds
  const seq = new Rng(SEED ^ 0x5a5a5a5a).shuffle(order);
  const recs = [];
  for (const [kind, i] of seq) {
    const id = `${SETNAME}-${kind}-${String(i).padStart(4, '0')}`;
    let doc = null; let lang = null;
    for (let attempt = 0; attempt < 30 && !doc; attempt++) {
      const c = new Ctx(root.fork(id + '#' + attempt), world);
      const a = assemble(KINDS[kind](c)); const n = Buffer.byteLength(a.text, 'utf8');
      if (n >= 200 && n <= 4000) { doc = a; lang = c.meta.lang || null; }
    }
    if (!doc) throw new Error('could not fit ' + id);
    recs.push({ id, kind, doc, lang });
  }
  const kindOrder = Object.keys(PLAN);
  recs.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || (a.id < b.id ? -1 : 1));
  return recs.map(({ id, kind, doc, lang }) => ({
    id, kind, text_b64url: Buffer.from(doc.text, 'utf8').toString('base64url'),
    labels: doc.labels.sort((a, b) => a.start - b.start), lookalikes: doc.lookalikes.sort((a, b) => a.start - b.start), _lang: lang,
  }));
}

const pub = (rec) => JSON.stringify({ id: rec.id, kind: rec.kind, text_b64url: rec.text_b64url, labels: rec.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })), lookalikes: rec.lookalikes.map(({ start, end, what }) => ({ start, end, what })) });

function composition(comp) {
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0); const n = (o) => Object.keys(o).length;
  const fmt = (o, w = 34) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `  ${k.padEnd(w)} ${v}`).join('\n');
  const cols = (o) => Object.entries(o).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(' ').replace(/(.{1,96})(\s|$)/g, '  $1\n').trimEnd();
  return [
    `${SETNAME}: ${comp.docs} documents, ${n(comp.kinds)} kinds, ${comp.bytes} bytes`,
    `secret labels: ${sum(comp.secrets)} in ${n(comp.secrets)} kinds`, `PII labels: ${sum(comp.pii)} (${PII_ENTITIES.length} entities)`, `look-alikes: ${sum(comp.lookalikes)} in ${n(comp.lookalikes)} kinds`,
    `PERSON cultures: ${n(comp.cultures)}, scripts: ${n(comp.scripts)}, phone numbering plans: ${n(comp.plans)}, programming languages: ${n(comp.codeLangs)}`,
    '', 'documents by kind:', fmt(comp.kinds, 18), '', 'PII by entity:', fmt(Object.fromEntries(PII_ENTITIES.map((e) => [e, comp.pii[e] || 0])), 18), '', 'look-alikes by what:', cols(comp.lookalikes),
    '', 'secrets by entity:', cols(comp.secrets), '', 'PERSON scripts:', cols(comp.scripts), '', 'PERSON cultures:', cols(comp.cultures), '', 'phone plans:', cols(comp.plans), '', 'programming languages:', cols(comp.codeLangs),
  ].join('\n');
}

const recs = build();
const { errors, comp } = validate(recs);
const body = recs.map(pub).join('\n') + '\n';
errors.push(...scanFiles(fs.readdirSync(here).filter((f) => f.endsWith('.mjs')).map((f) => path.join(here, f))));
errors.push(...scanText('output', body));
if (errors.length) { if (process.env.T26_DEBUG) console.error(composition(comp)); console.error(`validation failed (${errors.length}):\n` + errors.join('\n')); process.exit(1); }
fs.writeFileSync(outFile, body);
console.log(composition(comp));
