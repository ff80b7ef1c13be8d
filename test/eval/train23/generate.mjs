// Entry point: `node test/eval/train23/generate.mjs` writes test/eval/train23.jsonl.
// Deterministic (fixed seed, no clock, no Math.random); validates everything in
// memory first and writes nothing if any check fails.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './prng.mjs';
import { Doc } from './doc.mjs';
import { deck } from './secrets.mjs';
import { PROSE_KINDS } from './kinds_prose.mjs';
import { BIZ_KINDS } from './kinds_biz.mjs';
import { TECH_KINDS } from './kinds_tech.mjs';
import { CODE_KINDS, CODE_LANGS } from './kinds_code.mjs';
import { validateRecords, MIN } from './validate.mjs';

export const SEED = 0x5a7e_2317; // this set's own constant
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const OUT = path.resolve(HERE, '..', 'train23.jsonl');
const SET = 'train23';

const KINDS = { ...PROSE_KINDS, ...BIZ_KINDS, ...TECH_KINDS, ...CODE_KINDS };
export const PLAN = [
  ['travel_blog', 26], ['local_news', 24], ['court_report', 16], ['police_report', 16], ['genealogy', 12], ['letter', 18], ['review', 16], ['classified_ad', 14],
  ['school_newsletter', 12], ['sports_report', 14], ['obituary', 14],
  ['email', 20], ['chat_log', 14], ['support_ticket', 12], ['crm_export', 12], ['hr_record', 12], ['medical_note', 16], ['bank_statement', 10], ['contacts_calendar', 8], ['gedcom', 8],
  ['env_file', 18], ['yaml_config', 18], ['json_config', 16], ['ini_toml', 16], ['shell_history', 18], ['app_log', 12], ['access_log', 8], ['sql_dump', 12], ['git_output', 12],
  ['k8s_manifest', 14], ['docker_compose', 10], ['ci_pipeline', 12], ['markdown_doc', 10], ['terraform', 10], ['lockfile', 6], ['http_trace', 10], ['key_material', 16], ['stack_trace', 8],
  ['source_code', 2 * CODE_LANGS.length], ['notebook', 4],
];

export function build() {
  const master = new Rng(SEED);
  const records = []; const values = new Map();
  const meta = { cultures: new Set(), plans: new Set(), codeLangs: new Set(), langs: {} };
  for (const [kind, n] of PLAN) {
    for (let i = 1; i <= n; i++) {
      const id = `${SET}-${kind}-${String(i).padStart(4, '0')}`;
      const r = master.fork(id);
      let d;
      for (let attempt = 0; ; attempt++) {
        if (attempt > 40) throw new Error(`cannot fit ${id} into 200..4000 bytes`);
        d = new Doc(kind, kind === 'source_code' ? { codeLang: CODE_LANGS[(i - 1) % CODE_LANGS.length] } : {});
        KINDS[kind](r, d);
        if (d.len >= 200 && d.len <= 4000) break;
        deck.rollback();
      }
      deck.commit();
      const text = d.textValue;
      const rec = {
        id, kind,
        text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
        labels: d.labels.map((l) => ({ start: l.start, end: l.end, entity: l.entity, family: l.family })),
        lookalikes: d.looks.map((l) => ({ start: l.start, end: l.end, what: l.what })),
      };
      records.push(rec);
      values.set(id, new Map([...d.labels, ...d.looks].map((s) => [`${s.start}:${s.end}`, s.value])));
      for (const l of d.labels) {
        if (l.entity === 'PERSON' && l.meta?.culture) meta.cultures.add(l.meta.culture);
        if (l.entity === 'PHONE_NUMBER' && l.meta?.plan) meta.plans.add(l.meta.plan);
      }
      if (d.meta.codeLang) meta.codeLangs.add(d.meta.codeLang);
      if (d.meta.lang) meta.langs[d.meta.lang] = (meta.langs[d.meta.lang] || 0) + 1;
    }
  }
  const lines = records.map((x) => JSON.stringify(x)).join('\n') + '\n';
  return { records, extra: { values, meta }, lines };
}

export function composition(records, extra, comp) {
  const out = [];
  const sortE = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  out.push(`train23 composition (seed 0x${SEED.toString(16)})`);
  out.push(`documents: ${records.length} in ${Object.keys(comp.kinds).length} kinds`);
  out.push('  ' + sortE(comp.kinds).map(([k, v]) => `${k} ${v}`).join(', '));
  out.push(`secret labels: ${comp.nSecrets} in ${Object.keys(comp.secrets).length} kinds`);
  out.push('  ' + sortE(comp.secrets).map(([k, v]) => `${k} ${v}`).join(', '));
  out.push(`pii labels: ${comp.nPii}`);
  out.push('  ' + sortE(comp.pii).map(([k, v]) => `${k} ${v}`).join(', '));
  out.push(`look-alikes: ${comp.nLooks} in ${Object.keys(comp.looks).length} kinds`);
  out.push('  ' + sortE(comp.looks).map(([k, v]) => `${k} ${v}`).join(', '));
  out.push(`name cultures/scripts: ${extra.meta.cultures.size}: ${[...extra.meta.cultures].sort().join(' ')}`);
  out.push(`phone numbering plans: ${extra.meta.plans.size}: ${[...extra.meta.plans].sort().join(' ')}`);
  out.push(`programming languages: ${extra.meta.codeLangs.size}: ${[...extra.meta.codeLangs].sort().join(' ')}`);
  out.push(`prose languages (documents): ${Object.keys(extra.meta.langs).length}: ${sortE(extra.meta.langs).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { records, extra, lines } = build();
  const { errors, comp } = validateRecords(records, extra);
  console.log(composition(records, extra, comp));
  if (errors.length) { console.error(`\nVALIDATION FAILED (${errors.length}${errors.length >= 60 ? '+' : ''} problems), nothing written:\n` + errors.join('\n')); process.exit(1); }
  fs.writeFileSync(OUT, lines);
  console.log(`\nwrote ${path.relative(process.cwd(), OUT)} (${records.length} records, ${Buffer.byteLength(lines)} bytes)`);
}
