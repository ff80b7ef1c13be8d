// blind15 generator: node test/eval/blind15/generate.mjs  -> test/eval/blind15.jsonl
import fs from 'node:fs'; import path from 'node:path'; import { fileURLToPath } from 'node:url';
import { makeRng, Doc } from './lib.mjs';
import { makeFiller } from './fill.mjs';
import { TECH } from './docs_tech.mjs';
import { PROSE } from './docs_prose.mjs';
import { validate, compose } from './validate.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, '..', 'blind15.jsonl');
const N_DOCS = 352, MAX = 4000;
const KINDS = { ...TECH, ...PROSE };
const r = makeRng('blind15/held-out/seed-7311');
const F = makeFiller(r);
const names = Object.keys(KINDS);
let order = [];
const records = [];
for (let i = 0; i < N_DOCS; i++) {
  if (!order.length) order = r.shuffle(names);
  const kind = order.pop();
  let d;
  for (let tries = 0; ; tries++) {
    d = new Doc(kind); KINDS[kind](r, F, d, MAX);
    if (d.len >= 200 && d.len <= MAX) break;
    if (tries > 20) throw new Error('cannot build ' + kind);
  }
  const text = d.text();
  const strip = (s) => { const o = { ...s }; delete o.value; delete o.meta; return o; };
  records.push({ id: `blind15-${kind}-${String(i + 1).padStart(4, '0')}`, kind, text_b64url: Buffer.from(text).toString('base64url'), labels: d.labels, lookalikes: d.lookalikes, _strip: strip });
}
const errs = validate(records, { docs: 340, kinds: 20, secrets: 600, secretKinds: 140, pii: 2000, look: 1500 });
if (errs.length) { console.error(`${errs.length} violations:`); for (const e of errs.slice(0, 40)) console.error('  ' + e); process.exit(1); }
const lines = records.map(rec => JSON.stringify({ id: rec.id, kind: rec.kind, text_b64url: rec.text_b64url, labels: rec.labels.map(rec._strip), lookalikes: rec.lookalikes.map(rec._strip) }));
fs.writeFileSync(OUT, lines.join('\n') + '\n');
const c = compose(records);
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${records.length} documents, ${c.bytes} bytes (avg ${Math.round(c.bytes / records.length)})`);
console.log(`documents per kind (${Object.keys(c.kinds).length}): ${fmt(c.kinds)}`);
console.log(`secret labels: ${c.nSecrets} in ${Object.keys(c.secrets).length} kinds: ${fmt(c.secrets)}`);
console.log(`pii labels: ${c.nPii}: ${fmt(c.pii)}`);
console.log(`look-alikes: ${c.nLook} in ${Object.keys(c.look).length} kinds: ${fmt(c.look)}`);
