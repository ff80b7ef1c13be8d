// Independent check of blind4.jsonl: every line parses, required fields are present, no
// duplicate ids or texts; prints counts per family/label, technique, language and carrier.
//   node test/eval/injection/blind4_check.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = join(dirname(fileURLToPath(import.meta.url)), 'blind4.jsonl');
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
const errors = [];
const recs = [];
lines.forEach((l, i) => {
  try { recs.push(JSON.parse(l)); } catch (e) { errors.push(`line ${i + 1}: ${e.message}`); }
});
const ids = new Set(), texts = new Set();
for (const x of recs) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'fields'])
    if (!(k in x)) errors.push(`${x.id}: missing ${k}`);
  if (x.split !== 'blind4') errors.push(`${x.id}: split`);
  if (ids.has(x.id)) errors.push(`duplicate id ${x.id}`);
  ids.add(x.id);
  const t = (x.fields || []).join('\n');
  if (texts.has(t)) errors.push(`duplicate text ${x.id}`);
  texts.add(t);
}
const tally = (key, pred = () => true) => {
  const m = {};
  for (const x of recs.filter(pred)) m[key(x)] = (m[key(x)] || 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
};
console.log(`${recs.length} records, ${errors.length} errors`);
if (errors.length) console.log(errors.slice(0, 20).join('\n'));
console.log('family/label:', tally((x) => `${x.family}/${x.label}`));
console.log('injection attack techniques:', tally((x) => x.technique, (x) => x.family === 'injection' && x.label === 'attack'));
console.log('injection look-alike families:', tally((x) => x.technique, (x) => x.family === 'injection' && x.label === 'benign'));
console.log('harmful:', tally((x) => `${x.technique}/${x.label}`, (x) => x.family === 'harmful'));
console.log('languages:', tally((x) => x.lang));
console.log('languages, injection attacks:', tally((x) => x.lang, (x) => x.family === 'injection' && x.label === 'attack'));
console.log('carriers:', tally((x) => x.carrier));
process.exit(errors.length ? 1 : 0);
