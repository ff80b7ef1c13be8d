// Entry point: node test/eval/blind21/generate.mjs  -> test/eval/blind21.jsonl (deterministic; validated before writing)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './prng.mjs';
import { Doc } from './builder.mjs';
import { Gen, makeLook } from './values.mjs';
import { Shared, Ctx } from './ctx.mjs';
import { validate, scanSources, SETNAME, PII_ENTITIES } from './validate.mjs';
import { PLAN } from './plan.mjs';

export const SEED = 0xB1D21A7E;
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', `${SETNAME}.jsonl`);

function docSeed(id, attempt) { let h = SEED ^ 0x9e3779b9; for (const ch of `${id}#${attempt}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0; return h; }

export function build() {
  const root = new Rng(SEED);
  const gen = new Gen(root.fork('gen'));
  const look = makeLook(gen);
  const sh = new Shared(root.fork('shared'), gen, look);
  const records = []; const values = {};
  const counters = Object.fromEntries(PLAN.map(([k]) => [k, 0]));
  const maxN = Math.max(...PLAN.map(([, , n]) => n));
  for (let round = 0; round < maxN; round++) {
    for (const [kind, fn, n] of PLAN) {
      if (round >= n) continue;
      const id = `${SETNAME}-${kind}-${String(++counters[kind]).padStart(4, '0')}`;
      let doc = null;
      for (let attempt = 0; attempt < 12 && !doc; attempt++) {
        const r = new Rng(docSeed(id, attempt));
        const X = new Ctx(r, sh); X.budget = r.int(900, 3100) - attempt * 150;
        const d = new Doc(kind); fn(X, d);
        if (d.len >= 200 && d.len <= 4000) doc = d;
      }
      if (!doc) throw new Error(`could not build ${id} within 200-4000 bytes`);
      records.push(doc.record(id));
      values[id] = { labels: doc.labels.map((l) => l._v), look: doc.lookalikes.map((l) => l._v) };
    }
  }
  return { records, values };
}

function printComposition(comp) {
  const lines = [];
  const top = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  lines.push(`documents: ${comp.docs} in ${Object.keys(comp.kinds).length} kinds, ${comp.bytes} bytes`);
  lines.push(`secret labels: ${comp.secrets} in ${Object.keys(comp.secretKinds).length} kinds`);
  lines.push(`PII labels: ${comp.pii}`);
  lines.push(`look-alikes: ${comp.look} in ${Object.keys(comp.lookKinds).length} kinds`);
  lines.push('');
  const wrap = (head, items) => { let line = head; for (const [i, it] of items.entries()) { const piece = it + (i < items.length - 1 ? ',' : ''); if (line.length + piece.length + 1 > 100) { lines.push(line); line = '  ' + piece; } else line += (line.endsWith(':') || line === '  ' ? ' ' : ' ') + piece; } lines.push(line); };
  wrap('kinds:', top(comp.kinds).map(([k, v]) => `${k} ${v}`));
  wrap('PII:', PII_ENTITIES.map((k) => `${k} ${comp.piiKinds[k] || 0}`));
  wrap('secrets:', top(comp.secretKinds).map(([k, v]) => `${k} ${v}`));
  wrap('PEM forms:', top(comp.pemForms).map(([k, v]) => `${k} ${v}`));
  wrap('look-alikes:', top(comp.lookKinds).map(([k, v]) => `${k} ${v}`));
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { records, values } = build();
  const { errors, comp } = validate(records, { values });
  errors.push(...scanSources(here));
  if (errors.length) { console.error(errors.slice(0, 60).join('\n')); console.error(`${errors.length} violation(s); nothing written`); process.exit(1); }
  fs.writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
  console.log(printComposition(comp));
}
