#!/usr/bin/env node
// blind19 generator entry point: node test/eval/blind19/generate.mjs
// Deterministic (fixed SEED in prng.mjs); validates everything and writes
// test/eval/blind19.jsonl only when there is no violation.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Rng } from './prng.mjs';
import { KINDS } from './kinds.mjs';
import { validate, composition, compositionErrors } from './validate.mjs';
import { STATS, bump } from './stats.mjs';

const SET = 'blind19';
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', `${SET}.jsonl`);

const records = []; const internal = [];
for (const [kind, { fn, count }] of Object.entries(KINDS)) {
  for (let i = 1; i <= count; i++) {
    const id = `${SET}-${kind}-${String(i).padStart(4, '0')}`;
    let doc = null;
    for (let attempt = 0; attempt < 40; attempt++) {
      STATS.current = new Set();
      const r = Rng.derive(SET, kind, String(i), String(attempt));
      let d;
      try { d = fn(r, i); } catch (e) { if (attempt === 39) console.error(`${id}: ${e.message}`); continue; }
      if (d.size() >= 200 && d.size() <= 4000) { doc = d; break; }
    }
    if (!doc) { console.error(`${id}: could not produce a document of 200-4000 bytes`); process.exit(1); }
    for (const l of STATS.current) bump(STATS.docLangs, l);
    const bytes = doc.bytes();
    const labels = doc.labels.map((l) => ({ start: l.start, end: l.end, entity: l.entity, family: l.family }));
    const lookalikes = doc.lookalikes.map((l) => ({ start: l.start, end: l.end, what: l.what }));
    records.push({ id, kind, text_b64url: bytes.toString('base64url'), labels, lookalikes });
    internal.push({ id, kind, text_b64url: bytes.toString('base64url'),
      labels: doc.labels.map((l) => ({ start: l.start, end: l.end, entity: l.entity, family: l.family, _value: l.value })),
      lookalikes: doc.lookalikes.map((l) => ({ start: l.start, end: l.end, what: l.what, _value: l.value })) });
  }
}

const errs = validate(internal);
const comp = composition(records);
errs.push(...compositionErrors(comp));
const extra = [];
if (STATS.phonePlans.size < 20) extra.push(`phone numbering plans ${STATS.phonePlans.size} < 20`);
if (STATS.cultures.size < 25) extra.push(`name cultures ${STATS.cultures.size} < 25`);
if (STATS.secretProseLangs.size < 8) extra.push(`secret-in-prose languages ${STATS.secretProseLangs.size} < 8`);
if (STATS.docLangs.size < 12) extra.push(`document languages ${STATS.docLangs.size} < 12`);
errs.push(...extra);

const sortM = (m) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const fmt = (m, w = 3) => { const e = sortM(m); const lines = []; for (let i = 0; i < e.length; i += w) lines.push('  ' + e.slice(i, i + w).map(([k, v]) => `${k} ${v}`.padEnd(44)).join('').trimEnd()); return lines.join('\n'); };
const report = [
  `${SET}: ${comp.docs} documents, ${comp.kinds.size} kinds; ${comp.secrets} secret labels in ${comp.secretKinds.size} kinds; ${comp.pii} PII labels; ${comp.looks} look-alikes in ${comp.lookKinds.size} kinds`,
  `document kinds:`, fmt(comp.kinds, 4),
  `PII entities:`, fmt(comp.piiKinds, 3),
  `secret kinds:`, fmt(comp.secretKinds, 3),
  `look-alike kinds:`, fmt(comp.lookKinds, 4),
  `PEM encodings: ${[...comp.pemModes].sort().join(', ')}`,
  `document languages (${STATS.docLangs.size}): ${sortM(STATS.docLangs).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  `secrets in prose, languages (${STATS.secretProseLangs.size}): ${sortM(STATS.secretProseLangs).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  `name cultures used (${STATS.cultures.size}): ${sortM(STATS.cultures).map(([k]) => k).join(' ')}`,
  `phone numbering plans used (${STATS.phonePlans.size}): ${sortM(STATS.phonePlans).map(([k]) => k).join(' ')}`,
].join('\n');

if (errs.length) {
  console.error(report);
  console.error(`\n${errs.length} violation(s); nothing written:`);
  for (const e of errs.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}
writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(report);
console.log(`wrote ${out}`);
