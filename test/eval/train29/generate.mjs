// Entry point: node test/eval/train29/generate.mjs  -> writes test/eval/train29.jsonl (byte-identical every run)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { makeRng } from './rng.mjs';
import { Doc, Deck, initDecks } from './doc.mjs';
import { TEMPLATES, WEIGHTS } from './templates.mjs';
import { chat, LANGS } from './prose.mjs';
import { validate, composition, checkSources } from './validate.mjs';

const SEED = 0x29029;
const N_DOCS = 640;
const here = dirname(fileURLToPath(import.meta.url));
const r = makeRng(SEED);
const deck = initDecks(r);
const plan = [];
for (const [k, f] of Object.entries(TEMPLATES)) for (let i = 0; i < (WEIGHTS[k] ?? 1); i++) plan.push(['t', k]);
for (const lang of Object.keys(LANGS)) for (let i = 0; i < 2; i++) plan.push(['c', lang]);
const records = [], values = [];
const planDeck = new Deck(r, plan);
for (let i = 0; records.length < N_DOCS; i++) {
  const [t, k] = planDeck.next();
  let d, kind;
  for (let attempt = 0; ; attempt++) {
    d = new Doc(r, deck);
    kind = t === 't' ? TEMPLATES[k](d) : chat(d, k);
    if (d.bytes >= 200 && d.bytes <= 4000) break;
    if (attempt > 20) throw new Error('cannot fit ' + k);
  }
  const text = Buffer.from(d.text);
  const id = `train29-${kind}-${String(records.length + 1).padStart(4, '0')}`;
  records.push({ id, kind, text_b64url: text.toString('base64url'), labels: d.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })), lookalikes: d.lookalikes.map(({ start, end, what }) => ({ start, end, what })) });
  values.push({ labels: d.labels.map(l => text.subarray(l.start, l.end).toString()), lookalikes: d.lookalikes.map(l => text.subarray(l.start, l.end).toString()) });
}
const { errs, comp } = validate(records, values);
checkSources(here, (m) => errs.push(m));
if (errs.length) { console.error(errs.join('\n')); console.error(composition(comp)); process.exit(1); }
writeFileSync(join(here, '..', 'train29.jsonl'), records.map(x => JSON.stringify(x)).join('\n') + '\n');
console.log(composition(comp));
