// train22 generator entry point: `node test/eval/train22/generate.mjs`
// Deterministic (fixed seed, Node built-ins only). Validates everything before writing
// test/eval/train22.jsonl; on any violation prints the problems, writes nothing, exits 1.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { makeRng } from './prng.mjs';
import { makeKit, makeDecks } from './kit.mjs';
import { PROSE } from './kinds_prose.mjs';
import { RECORDS } from './kinds_records.mjs';
import { CONFIG } from './kinds_config.mjs';
import { DEV, CODE_LANGS } from './kinds_dev.mjs';
import { validate, PII_ENTITIES } from './validate.mjs';

export const SEED = 0x7e22c0a5;
const KINDS = { ...PROSE, ...RECORDS, ...CONFIG, ...DEV };
// documents per kind
const PLAN = {
  chat: 22, travel_diary: 14, local_news: 14, property_ad: 12, event_listing: 12, review: 12, police_report: 12, genealogy_notes: 12,
  wedding_announcement: 8, funeral_notice: 8, support_ticket: 12, email_thread: 12, forum_post: 8, contact_cards: 8,
  crm_export: 12, hr_onboarding: 10, medical_referral: 12, bank_statement: 10, invoice: 8, sql_dump: 8, customer_json: 8, hl7_message: 6,
  dotfile_credentials: 12, terraform_hcl: 10, powershell_script: 10, windows_registry: 8, java_properties: 10, env_file: 12, k8s_manifest: 10,
  docker_compose: 8, json_settings: 10, ini_toml_config: 8, kubeconfig_dockerconfig: 6, ci_pipeline: 8, ansible_inventory: 6, network_device_config: 6,
  source_code: 26, shell_history: 10, app_log: 12, access_log: 8, git_output: 10, package_manifest: 8, markdown_runbook: 8,
};

export function build() {
  const r = makeRng(SEED);
  const decks = makeDecks(r);
  const k = makeKit(r, decks);
  const codeDeck = r.deck(CODE_LANGS);
  const order = r.shuffle(Object.entries(PLAN).flatMap(([kind, n]) => Array(n).fill(kind)));
  const counters = {};
  const records = [], internal = [];
  for (const kind of order) {
    let d;
    for (let attempt = 0; ; attempt++) {
      k.cur = null;
      k.dateStyle = r.weighted([[3, 0], [3, 1], [2, 2], [1, 3], [1, 4], [3, null]]);
      d = kind === 'source_code' ? KINDS[kind](k, { lang: codeDeck.next() }) : KINDS[kind](k);
      if (d.len >= 200 && d.len <= 4000) break;
      if (attempt > 40) throw new Error(`kind ${kind} keeps producing ${d.len} bytes`);
    }
    counters[kind] = (counters[kind] || 0) + 1;
    const id = `train22-${kind}-${String(counters[kind]).padStart(4, '0')}`;
    const text = d.text();
    const spans = d.spans.slice().sort((a, b) => a.start - b.start);
    records.push({
      id, kind,
      text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
      labels: spans.filter((s) => s.fam !== 'look').map((s) => ({ start: s.start, end: s.end, entity: s.ent, family: s.fam })),
      lookalikes: spans.filter((s) => s.fam === 'look').map((s) => ({ start: s.start, end: s.end, what: s.ent })),
    });
    internal.push({ spans, meta: d.meta });
  }
  return { records, internal };
}

export function composition(comp) {
  const n = (o) => Object.keys(o).length;
  const sortE = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const lines = [];
  lines.push(`documents: ${comp.docs} in ${n(comp.kinds)} kinds (${comp.bytes} bytes of text)`);
  lines.push('  ' + sortE(comp.kinds).map(([a, b]) => `${a} ${b}`).join(', '));
  lines.push(`secret labels: ${comp.secrets} in ${n(comp.secretKinds)} kinds`);
  lines.push(`PII labels: ${comp.pii}`);
  lines.push('  ' + PII_ENTITIES.map((e) => `${e} ${comp.piiEnt[e] || 0}`).join(', '));
  lines.push(`look-alikes: ${comp.looks} in ${n(comp.lookKinds)} kinds`);
  lines.push('  ' + sortE(comp.lookKinds).map(([a, b]) => `${a} ${b}`).join(', '));
  lines.push(`PERSON name cultures/scripts: ${n(comp.cultures)}`);
  lines.push('  ' + Object.keys(comp.cultures).sort().join(' '));
  lines.push(`phone numbering plans: ${n(comp.phonePlans)}`);
  lines.push('  ' + Object.keys(comp.phonePlans).sort().join(' '));
  lines.push(`source-code languages: ${n(comp.codeLangs)} (${Object.keys(comp.codeLangs).sort().join(' ')})`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = dirname(fileURLToPath(import.meta.url));
  const out = join(here, '..', 'train22.jsonl');
  const { records, internal } = build();
  const { errors, comp } = validate(records, internal);
  if (errors.length) {
    for (const e of errors) console.error('VIOLATION ' + e);
    console.error(`${errors.length} violation(s); nothing written`);
    process.exit(1);
  }
  writeFileSync(out, records.map((x) => JSON.stringify(x)).join('\n') + '\n');
  console.log(composition(comp));
  if (process.argv.includes('--secret-kinds')) console.log(Object.entries(comp.secretKinds).sort().map(([a, b]) => `${a} ${b}`).join('\n'));
}
