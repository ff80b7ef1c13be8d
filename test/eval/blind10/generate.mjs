// blind10 generator: node test/eval/blind10/generate.mjs  -> test/eval/blind10.jsonl
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { makeRng } from './lib.mjs';
import { makeDeck } from './secrets.mjs';
import { KINDS_TECH } from './docs_tech.mjs';
import { KINDS_HUMAN } from './docs_human.mjs';
import { validate, composition } from './validate.mjs';

const SEED = 0xB11D10;
const r = makeRng(SEED);
const ctx = { deck: makeDeck(r) };
const ALL = { ...KINDS_TECH, ...KINDS_HUMAN };
const WEIGHT = { 'source-code': 26, narrative: 16, chat: 14, email: 14, 'meeting-notes': 12, env: 12, 'yaml-config': 12, 'app-log': 12, 'support-ticket': 11, 'crypto-wallet-export': 6, 'medical-record': 11, 'hr-record': 10, 'travel-itinerary': 10, 'tax-form': 10, 'k8s-manifest': 10, 'cloud-cli': 10 };
const schedule = [];
for (const k of Object.keys(ALL)) for (let i = 0; i < (WEIGHT[k] || 9); i++) schedule.push(k);
const order = r.shuffle(schedule);
const records = []; const counters = {};
for (const kind of order) {
  let d, tries = 0;
  do { d = ALL[kind](r, ctx); tries++; } while ((d.len < 200 || d.len > 4000) && tries < 20);
  counters.n = (counters.n || 0) + 1;
  const text = d.text();
  records.push({
    id: `blind10-${kind}-${String(counters.n).padStart(4, '0')}`, kind,
    text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
    labels: d.labels.sort((a, b) => a.start - b.start).map((l) => ({ start: l.start, end: l.end, entity: l.entity, family: l.family, _v: l._v })),
    lookalikes: d.lookalikes.sort((a, b) => a.start - b.start).map((l) => ({ start: l.start, end: l.end, what: l.what, _v: l._v })),
  });
}
const errs = validate(records, { docs: 340, secrets: 600, secretKinds: 140, pii: 2000, looks: 1500, kinds: 20 });
const c = composition(records);
const show = (title, o) => { console.log(`${title}:`); for (const [k, v] of Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`  ${k.padEnd(34)} ${v}`); };
console.log(`documents ${records.length}, bytes ${c.bytes} (avg ${Math.round(c.bytes / records.length)}), kinds ${Object.keys(c.kinds).length}`);
console.log(`secret labels ${c.secretLabels} in ${Object.keys(c.secrets).length} kinds; pii labels ${c.piiLabels}; lookalikes ${c.lookTotal} in ${Object.keys(c.looks).length} kinds`);
show('documents per kind', c.kinds); show('pii labels per entity', c.pii); show('secret labels per entity', c.secrets); show('lookalikes per what', c.looks);
if (errs.length) { console.error('VALIDATION FAILED:'); for (const e of errs) console.error('  ' + e); process.exit(1); }
const strip = (rec) => ({ id: rec.id, kind: rec.kind, text_b64url: rec.text_b64url, labels: rec.labels.map(({ _v, ...x }) => x), lookalikes: rec.lookalikes.map(({ _v, ...x }) => x) });
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'blind10.jsonl');
writeFileSync(out, records.map((x) => JSON.stringify(strip(x))).join('\n') + '\n');
console.log(`validation ok; wrote ${out}`);
