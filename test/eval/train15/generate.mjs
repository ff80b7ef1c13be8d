// node test/eval/train15/generate.mjs  — writes test/eval/train15.jsonl (TRAINING set, seed "train15").
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import * as R from './prng.mjs';
R.seed('train15/fixed-seed-2026');
const { Doc } = await import('./builder.mjs');
const { KINDS, kindNames } = await import('./templates.mjs');
const { validate } = await import('./validate.mjs');

const N = 375, MAXB = 4000;
const records = [];
const perKind = {};
for (let i = 0; i < N; i++) {
  const kind = kindNames[i % kindNames.length];
  const K = KINDS[kind]; const st = {};
  const d = new Doc(kind);
  K.head(d, st);
  const target = R.int(500, 3300);
  const next = R.deck(K.sections.map((_, j) => j)); // every section once before any repeats
  let fails = 0;
  const maxSteps = K.rows ? 80 : 3 * K.sections.length; // at most ~3 uses of each section
  for (let step = 0; step < maxSteps && d.len < target && fails < 4; step++) {
    const sec = K.sections[next()];
    const m = d.mark();
    d.add(sec(d, st));
    if (d.len > MAXB - 60) { d.rollback(m); fails++; }
  }
  if (K.foot) K.foot(d, st);
  const text = d.text();
  perKind[kind] = (perKind[kind] || 0) + 1;
  const id = `train15-${kind}-${String(perKind[kind]).padStart(4, '0')}`;
  records.push({ id, kind, text_b64url: Buffer.from(text).toString('base64url'),
    labels: d.labels.map((l) => ({ start: l.start, end: l.end, entity: l.entity, family: l.family, _v: l._v })),
    lookalikes: d.lookalikes.map((l) => ({ start: l.start, end: l.end, what: l.what, _v: l._v })), _meta: d.meta });
}
const MIN = { documents: 360, kinds: 18, secret_labels: 650, secret_kinds: 150, pii_labels: 2200, lookalikes: 1800, lookalike_kinds: 40, cultures: 30, phone_plans: 40, prose_langs: 8, code_langs: 15, dl_states: 12 };
const { errs, c } = validate(records, MIN);
const show = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`documents ${c.documents} (${c.bytes} bytes) in ${Object.keys(c.kinds).length} kinds: ${show(c.kinds)}`);
console.log(`secrets ${c.secret_labels} labels in ${Object.keys(c.secret_kinds).length} kinds`);
console.log(`pii ${c.pii_labels} labels: ${show(c.pii_by_entity)}`);
console.log(`lookalikes ${c.lookalikes} in ${Object.keys(c.lookalike_kinds).length} kinds: ${show(c.lookalike_kinds)}`);
console.log(`name cultures ${Object.keys(c.cultures).length}, phone plans ${Object.keys(c.phone_plans).length}, prose languages of secrets ${Object.keys(c.prose_langs).length} (${show(c.prose_langs)}), code languages ${Object.keys(c.code_langs).length}, DL states ${Object.keys(c.dl_states).length}`);
if (process.argv.includes('--kinds')) console.log(show(c.secret_kinds));
if (errs.length) { console.error(`VALIDATION FAILED (${errs.length}):\n` + errs.join('\n')); process.exit(1); }
const out = records.map((r) => JSON.stringify({ id: r.id, kind: r.kind, text_b64url: r.text_b64url,
  labels: r.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })),
  lookalikes: r.lookalikes.map(({ start, end, what }) => ({ start, end, what })) })).join('\n') + '\n';
const dest = join(dirname(fileURLToPath(import.meta.url)), '..', 'train15.jsonl');
writeFileSync(dest, out);
console.log(`wrote ${dest}`);
