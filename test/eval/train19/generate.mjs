// Entry point: node test/eval/train19/generate.mjs
// Builds every document from the fixed seed, validates everything, and only then writes
// test/eval/train19.jsonl and prints the composition. Any violation: exit 1, nothing written.
import { writeFileSync } from 'node:fs';
import { Rng, SEED } from './prng.mjs';
import { Doc } from './builder.mjs';
import { Gen } from './gen.mjs';
import { validate, SETNAME } from './validate.mjs';
import { KINDS } from './kinds.mjs';

const OUT = new URL(`../${SETNAME}.jsonl`, import.meta.url).pathname;
const items = [];
const meta = { cultures: new Set(), scripts: new Set(), plans: new Set(), langs: new Set(), code: new Set(), formats: new Set() };
const failures = [];
for (const [kind, count, fn] of KINDS) {
  for (let i = 0; i < count; i++) {
    let built = null;
    for (let attempt = 0; attempt < 60 && !built; attempt++) {
      const g = new Gen(Rng.derive(SETNAME, kind, i, attempt));
      const d = new Doc(kind, g.meta);
      fn(g, d);
      if (d.size >= 200 && d.size <= 4000) built = { d, g };
    }
    if (!built) { failures.push(`${kind} #${i}: no attempt fitted 200-4000 bytes`); continue; }
    for (const k of Object.keys(meta)) for (const x of built.g.meta[k]) meta[k].add(x);
    items.push(built.d.record(`${SETNAME}-${kind}-${String(i + 1).padStart(4, '0')}`));
  }
}
const { errs, comp } = validate(items, meta);
if (failures.length || errs.length) {
  console.error([...failures, ...errs].slice(0, 60).join('\n'));
  console.error(`validation failed: ${failures.length + errs.length} problem(s); nothing written`);
  process.exit(1);
}
writeFileSync(OUT, items.map((it) => JSON.stringify(it.rec)).join('\n') + '\n');

const T = comp.totals;
const line = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
const wrapL = (s, w = 100) => { const out = []; let cur = ''; for (const tok of s.split(', ')) { if (cur && cur.length + tok.length + 2 > w) { out.push(cur + ','); cur = tok; } else cur = cur ? cur + ', ' + tok : tok; } if (cur) out.push(cur); return out.map((l) => '  ' + l).join('\n'); };
console.log(`${SETNAME} (seed 0x${SEED.toString(16)}): ${T.docs} documents, ${comp.bytes} bytes, ${T.kinds} kinds`);
console.log(`secret labels ${T.secretLabels} in ${T.secretKinds} kinds; PII labels ${T.piiLabels}; look-alikes ${T.lookalikes} in ${T.lookKinds} kinds`);
console.log(`name cultures ${meta.cultures.size} (scripts ${meta.scripts.size}: ${[...meta.scripts].sort().join(', ')}); phone numbering plans ${meta.plans.size}; prose/chat languages ${meta.langs.size}; programming languages in source_code ${meta.code.size}; config syntaxes in config_file ${meta.formats.size}`);
console.log('documents by kind:\n' + wrapL(line(comp.kinds)));
console.log('PII by entity:\n' + wrapL(line(comp.pii)));
console.log('look-alikes by what:\n' + wrapL(line(comp.looks)));
console.log('secrets by entity:\n' + wrapL(line(comp.secrets)));
console.log(`programming languages: ${[...meta.code].sort().join(', ')}`);
console.log(`config syntaxes: ${[...meta.formats].sort().join(', ')}`);
console.log(`chat/prose languages: ${[...meta.langs].sort().join(', ')}`);
console.log(`phone plans: ${[...meta.plans].sort().join(' ')}`);
console.log(`name cultures: ${[...meta.cultures].sort().join(' ')}`);
