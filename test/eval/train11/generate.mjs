// node test/eval/train11/generate.mjs  — writes test/eval/train11.jsonl (or nothing, exit 1).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { makeRng } from './rng.mjs';
import { makeCtx } from './context.mjs';
import { TEMPLATES, KINDS, prose } from './templates.mjs';
import { validate } from './validate.mjs';
const SEED = 0x7ea11a11, N_DOCS = 375;
const MIN = { docs: 370, kinds: 18, secrets: 650, secretKinds: 150, pii: 2200, lookalikes: 1800 };
const r = makeRng(SEED); const ctx = makeCtx(r); ctx.proseFn = prose;
const docs = [], records = [], counters = {};
for (let i = 0; i < N_DOCS; i++) {
  const kind = KINDS[i % KINDS.length]; let d;
  for (let tries = 0; ; tries++) { ctx.cur = null; ctx.place = null; d = TEMPLATES[kind](ctx, r); if (d.size() >= 200 && d.size() <= 4000) break; if (tries > 40) break; }
  counters[kind] = (counters[kind] || 0) + 1;
  const id = `train11-${kind}-${String(counters[kind]).padStart(4, '0')}`;
  const strip = ({ start, end, entity, family }) => ({ start, end, entity, family });
  records.push({ id, kind, text_b64url: Buffer.from(d.text()).toString('base64url'), labels: d.labels.map(strip), lookalikes: d.lookalikes.map(({ start, end, what }) => ({ start, end, what })) });
  docs.push(d);
}
const { errs, comp } = validate(records, docs, MIN);
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`documents ${comp.docs} (${comp.bytes} bytes) in ${Object.keys(comp.kinds).length} kinds: ${fmt(comp.kinds)}`);
console.log(`secret labels ${comp.secrets} in ${Object.keys(comp.secretKinds).length} kinds`);
console.log(`pii labels ${comp.pii}: ${fmt(comp.piiEntities)}`);
console.log(`look-alikes ${comp.lookalikes} in ${Object.keys(comp.lookKinds).length} kinds: ${fmt(comp.lookKinds)}`);
if (errs.length) { console.error('VALIDATION FAILED, nothing written:\n' + errs.join('\n')); process.exit(1); }
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'train11.jsonl');
writeFileSync(out, records.map((x) => JSON.stringify(x)).join('\n') + '\n');
console.log(`wrote ${out}`);
