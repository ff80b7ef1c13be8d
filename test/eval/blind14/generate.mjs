// blind14 generator: node test/eval/blind14/generate.mjs  -> test/eval/blind14.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from './lib.mjs';
import { CONFIG_DOCS } from './docs_config.mjs';
import { TECH_DOCS } from './docs_tech.mjs';
import { HUMAN_DOCS } from './docs_human.mjs';
import { validate, composition } from './validate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'blind14.jsonl');
const PLAN = [];
for (const k of Object.keys(CONFIG_DOCS)) PLAN.push([k, CONFIG_DOCS[k], 8]);
for (const k of Object.keys(TECH_DOCS)) PLAN.push([k, TECH_DOCS[k], 10]);
for (const k of Object.keys(HUMAN_DOCS)) PLAN.push([k, HUMAN_DOCS[k], k === 'narrative' ? 18 : k === 'chat_export_multilang' ? 10 : 13]);

const docs = [];
for (const [kind, fn, count] of PLAN) {
  for (let i = 1; i <= count; i++) {
    let d;
    for (let attempt = 0; attempt < 20; attempt++) { d = new Doc(kind); fn(d); if (d.n >= 200 && d.n <= 4000) break; }
    docs.push({ id: `blind14-${kind}-${String(i).padStart(4, '0')}`, kind, text: d.buf, labels: d.labels, lookalikes: d.lookalikes });
  }
}
const errs = validate(docs);
const c = composition(docs);
const pad = (s, n) => String(s).padEnd(n);
console.log(`documents: ${docs.length}  bytes: ${c.bytes} (min ${c.minBytes}, max ${c.maxBytes})`);
console.log(`document kinds (${Object.keys(c.kinds).length}):`); for (const [k, v] of Object.entries(c.kinds)) console.log(`  ${pad(k, 24)} ${v}`);
console.log(`secret labels: ${c.secrets} in ${Object.keys(c.secretKinds).length} kinds`);
console.log('  ' + Object.entries(c.secretKinds).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
console.log(`PII labels: ${c.pii}`); for (const [k, v] of Object.entries(c.piiEntities).sort((a, b) => b[1] - a[1])) console.log(`  ${pad(k, 20)} ${v}`);
console.log(`look-alikes: ${c.look} in ${Object.keys(c.whats).length} kinds`); console.log('  ' + Object.entries(c.whats).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
if (errs.length) { console.error(`VALIDATION FAILED (${errs.length}${errs.length >= 60 ? '+' : ''}):\n` + errs.join('\n')); process.exit(1); }
const strip = (a, keys) => a.slice().sort((x, y) => x.start - y.start).map(o => Object.fromEntries(keys.map(k => [k, o[k]])));
const lines = docs.map(d => JSON.stringify({ id: d.id, kind: d.kind, text_b64url: Buffer.from(d.text, 'utf8').toString('base64url'), labels: strip(d.labels, ['start', 'end', 'entity', 'family']), lookalikes: strip(d.lookalikes, ['start', 'end', 'what']) }));
fs.writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`validation: OK — wrote ${OUT}`);
