// blind12 generator entry point: node test/eval/blind12/generate.mjs
// Builds ~350 documents from a fixed seed, validates them, prints the composition and writes
// test/eval/blind12.jsonl. On any validation failure it exits 1 and writes nothing.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { TECH } from './docs_tech.mjs';
import { HUMAN } from './docs_human.mjs';
import { validate, composition, checkMinimums } from './validate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'blind12.jsonl');
const BUILDERS = { ...TECH, ...HUMAN };
const EXTRA = { news_article: 4, case_notes: 4, chat_transcript: 4, meeting_notes: 4, travel_itinerary: 4, email: 2, env: 2, yaml_config: 2, source_code: 6, app_log: 2 };
const PER_KIND = 10;

const docs = [];
for (const [kind, build] of Object.entries(BUILDERS)) {
  const n = PER_KIND + (EXTRA[kind] || 0);
  for (let i = 0; i < n; i++) {
    let d, tries = 0;
    do { d = build(); tries++; } while ((d.len < 200 || d.len > 4000) && tries < 50);
    docs.push({ id: `blind12-${kind}-${String(i + 1).padStart(4, '0')}`, kind, text: d.toString(), spans: d.spans });
  }
}
const errors = validate(docs);
const comp = composition(docs);
errors.push(...checkMinimums(comp));

const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(`documents: ${comp.docs} in ${Object.keys(comp.kinds).length} kinds, ${comp.bytes} bytes (mean ${Math.round(comp.bytes / comp.docs)})`);
console.log('documents per kind: ' + sortObj(comp.kinds).map(([k, v]) => `${k} ${v}`).join(', '));
console.log(`secret labels: ${comp.secretLabels} in ${Object.keys(comp.secrets).length} kinds`);
console.log('  ' + sortObj(comp.secrets).map(([k, v]) => `${k} ${v}`).join(', '));
console.log(`PII labels: ${comp.piiLabels} in ${Object.keys(comp.pii).length} entities`);
console.log('  ' + sortObj(comp.pii).map(([k, v]) => `${k} ${v}`).join(', '));
console.log(`look-alikes: ${comp.lookalikes} in ${Object.keys(comp.look).length} kinds`);
console.log('  ' + sortObj(comp.look).map(([k, v]) => `${k} ${v}`).join(', '));

if (errors.length) {
  console.error(`VALIDATION FAILED (${errors.length} problems), nothing written:`);
  for (const e of errors.slice(0, 40)) console.error('  ' + e);
  process.exit(1);
}
const lines = docs.map((d) => {
  const sp = d.spans.slice().sort((a, b) => a.start - b.start);
  return JSON.stringify({
    id: d.id, kind: d.kind, text_b64url: Buffer.from(d.text, 'utf8').toString('base64url'),
    labels: sp.filter((s) => s.fam !== 'look').map((s) => ({ start: s.start, end: s.end, entity: s.entity, family: s.fam })),
    lookalikes: sp.filter((s) => s.fam === 'look').map((s) => ({ start: s.start, end: s.end, what: s.what })),
  });
});
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`validation passed; wrote ${lines.length} records to ${path.relative(process.cwd(), OUT)}`);
