// node test/eval/train14/generate.mjs  — writes test/eval/train14.jsonl (deterministic, seed fixed).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { makeRng, Doc } from './lib.mjs';
import { KINDS, WEIGHTS } from './templates.mjs';
import { USED } from './pii.mjs';
import { validateDoc, composition, checkMinimums } from './validate.mjs';

const SEED = 0x7a14c0de;
const r = makeRng(SEED);
const order = [];
for (const [k, w] of Object.entries(WEIGHTS)) for (let i = 0; i < w; i++) order.push(k);
const kinds = r.shuffle(order);
const counters = {}; const docs = [];
for (const kind of kinds) {
  let d;
  for (let attempt = 0; attempt < 8; attempt++) { d = new Doc(); KINDS[kind](r, d); if (d.len >= 200 && d.len <= 4000) break; }
  counters[kind] = (counters[kind] || 0) + 1;
  docs.push({ id: `train14-${kind}-${String(counters[kind]).padStart(4, '0')}`, kind, text: d.text(), labels: d.labels, lookalikes: d.lookalikes });
}
const errs = [];
const ids = new Set();
for (const d of docs) { if (ids.has(d.id)) errs.push('duplicate id ' + d.id); ids.add(d.id); validateDoc(d, errs); }
const c = composition(docs, USED);
checkMinimums(c, errs);
if (errs.length) { console.error(`validation failed (${errs.length}):\n` + errs.slice(0, 40).join('\n')); process.exit(1); }

const out = docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text_b64url: Buffer.from(d.text).toString('base64url'), labels: d.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })), lookalikes: d.lookalikes.map(({ start, end, what }) => ({ start, end, what })) })).join('\n') + '\n';
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, '..', 'train14.jsonl'), out);

const top = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`train14: ${c.docs} documents, ${c.bytes} bytes (seed 0x${SEED.toString(16)})`);
console.log(`kinds (${Object.keys(c.kinds).length}): ${top(c.kinds)}`);
console.log(`secrets: ${c.secrets} labels in ${c.secretKinds.size} kinds`);
console.log(`pii: ${c.pii} labels: ${top(c.piiEnt)}`);
console.log(`lookalikes: ${c.lookalikes} in ${Object.keys(c.what).length} kinds: ${top(c.what)}`);
console.log(`name cultures: ${c.cultures}; phone numbering plans: ${c.plans}`);
