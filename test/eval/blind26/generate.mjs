// blind26 generator: node test/eval/blind26/generate.mjs  -> test/eval/blind26.jsonl
// Node 20, built-ins only, fixed seed, byte-identical output on every run.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Rng } from './lib/rng.mjs';
import { Ctx } from './templates/common.mjs';
import { validateRecords, checkSources, summary } from './validate.mjs';
import * as ci from './templates/ci.mjs';
import * as http from './templates/http.mjs';
import * as data from './templates/data.mjs';
import * as conf from './templates/config.mjs';
import * as chat from './templates/chat.mjs';

const SEED = 0xb126;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, '..', 'blind26.jsonl');
// kind -> [template, number of documents]
const PLAN = [];
for (const [mod, counts] of [[ci, {}], [http, {}], [data, {}], [conf, {}], [chat, {}]]) {
  for (const [name, fn] of Object.entries(mod)) if (typeof fn === 'function' && /^[a-z][a-z0-9_]*$/.test(name)) PLAN.push([name, fn, counts[name]]);
}
const DOCS_PER_KIND = { sql_dump: 19, psql_output: 17, mysql_output: 16, csv_export: 18, analytics_event: 16, chat_channel: 20, issue_thread: 15, oncall_handover: 14, code_review: 14, runbook: 12, har_capture: 15, notebook: 15, db_console: 14, web_server_config: 14 };
const DEFAULT_DOCS = 13;

export function generate() {
  const r = new Rng(SEED);
  const usage = { sec: {}, lk: {}, langs: {} };
  const c = new Ctx(r, usage);
  const recs = [], meta = [];
  // interleave kinds so least-used balancing spreads across kinds
  const queue = [];
  for (const [name, fn] of PLAN) for (let i = 0; i < (DOCS_PER_KIND[name] || DEFAULT_DOCS); i++) queue.push([name, fn]);
  r.shuffle(queue);
  const counters = {};
  for (const [name, fn] of queue) {
    let built = null;
    for (let attempt = 0; attempt < 40 && !built; attempt++) {
      const b = fn(c).build();
      if (b.text.length >= 220 && b.text.length <= 3990) built = b;
    }
    if (!built) throw new Error(`template ${name} never fit 200-4000 bytes`);
    counters[name] = (counters[name] || 0) + 1;
    const id = `blind26-${name}-${String(counters[name]).padStart(4, '0')}`;
    recs.push({ id, kind: name, text_b64url: built.text.toString('base64url'), labels: built.labels, lookalikes: built.lookalikes });
    meta.push(built);
  }
  return { recs, meta };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { recs, meta } = generate();
  const { errs, st } = validateRecords(recs, meta);
  errs.push(...checkSources(HERE));
  if (errs.length) { if (process.env.B26_DEBUG) console.error(summary(st)); console.error(errs.slice(0, 60).join('\n')); console.error(`${errs.length} violation(s); nothing written`); process.exit(1); }
  writeFileSync(OUT, recs.map((x) => JSON.stringify(x)).join('\n') + '\n');
  console.log(summary(st));
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}
