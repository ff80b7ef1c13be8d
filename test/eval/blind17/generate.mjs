// blind17 generator: node test/eval/blind17/generate.mjs  (writes test/eval/blind17.jsonl)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng, Doc } from './lib.mjs';
import { secretPicker } from './secrets.mjs';
import { laPicker } from './lookalikes.mjs';
import { KINDS, KIND_NAMES } from './docs.mjs';
import { validate } from './validate.mjs';

const SEED = 0xb117d0c5;
const N_DOCS = 352;
const here = dirname(fileURLToPath(import.meta.url));
const r = makeRng(SEED);
const sec = secretPicker(r);
const la = laPicker(r);

const records = [];
const perKind = {};
for (let i = 0; i < N_DOCS; i++) {
  const kind = KIND_NAMES[i % KIND_NAMES.length];
  const K = KINDS[kind];
  let d;
  for (let attempt = 0; ; attempt++) {
    d = new Doc(kind);
    const c = { r, sec, la, d };
    const target = r.int(450, attempt > 5 ? 1400 : 2600);
    d.add(K.head(c));
    let guard = 0;
    while (d.len < target && guard++ < 200) d.add(K.line(c));
    if (K.tail) d.add(K.tail(c));
    if (d.len >= 200 && d.len <= 4000) break;
    if (attempt > 50) throw new Error(`cannot size ${kind}`);
  }
  perKind[kind] = (perKind[kind] || 0) + 1;
  const id = `blind17-${kind}-${String(perKind[kind]).padStart(4, '0')}`;
  records.push({ id, kind, text: d.text(), labels: d.labels, lookalikes: d.lookalikes });
}

const errs = validate(records);
// composition
const count = (arr, f) => arr.reduce((m, x) => ((m[f(x)] = (m[f(x)] || 0) + 1), m), {});
const sec_ = records.flatMap((x) => x.labels.filter((l) => l.family === 'secrets'));
const pii_ = records.flatMap((x) => x.labels.filter((l) => l.family === 'pii'));
const la_ = records.flatMap((x) => x.lookalikes);
const bytes = records.reduce((s, x) => s + Buffer.byteLength(x.text), 0);
const sizes = records.map((x) => Buffer.byteLength(x.text));
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`blind17: ${records.length} documents, ${bytes} bytes (min ${Math.min(...sizes)}, max ${Math.max(...sizes)}, mean ${Math.round(bytes / records.length)})`);
console.log(`documents per kind (${Object.keys(perKind).length}): ${fmt(perKind)}`);
console.log(`secret labels: ${sec_.length} in ${new Set(sec_.map((l) => l.entity)).size} kinds: ${fmt(count(sec_, (l) => l.entity))}`);
console.log(`PII labels: ${pii_.length}: ${fmt(count(pii_, (l) => l.entity))}`);
console.log(`look-alikes: ${la_.length}: ${fmt(count(la_, (l) => l.what))}`);
if (errs.length) { console.error(`VALIDATION FAILED (${errs.length}):\n` + errs.slice(0, 40).join('\n')); process.exit(1); }

const out = records.map((x) => JSON.stringify({ id: x.id, kind: x.kind, text_b64url: Buffer.from(x.text, 'utf8').toString('base64url'),
  labels: x.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })),
  lookalikes: x.lookalikes.map(({ start, end, what }) => ({ start, end, what })) })).join('\n') + '\n';
writeFileSync(join(here, '..', 'blind17.jsonl'), out);
console.log('validation passed; wrote test/eval/blind17.jsonl');
