// node test/eval/train17/generate.mjs  -> test/eval/train17.jsonl (training set, fixed seed)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { makeRng, Builder } from './lib.mjs';
import { TEMPLATES } from './templates.mjs';
import { checkRecord, MIN, PRESIDIO } from './validate.mjs';

const SEED = 0x7a170017, PER_KIND = 16;
const r = makeRng(SEED);
const out = [], errs = [], recs = [];
const kinds = Object.keys(TEMPLATES);
for (const kind of kinds) {
  for (let i = 0; i < PER_KIND; i++) {
    let b, tries = 0;
    do { b = new Builder(); TEMPLATES[kind](b, r); tries++; } while ((b.bytes() > 4000 || b.bytes() < 200) && tries < 20);
    const text = b.text();
    const strip = (x) => { const { value, ...rest } = x; return rest; };
    const rec = { id: `train17-${kind}-${String(i + 1).padStart(4, '0')}`, kind, labels: b.labels, lookalikes: b.lookalikes };
    checkRecord(rec, text, errs);
    recs.push(rec);
    out.push(JSON.stringify({ id: rec.id, kind, text_b64url: Buffer.from(text).toString('base64url'), labels: b.labels.map(strip), lookalikes: b.lookalikes.map(strip) }));
  }
}
// composition
const c = { docs: recs.length, kinds: new Set(recs.map((x) => x.kind)).size, secrets: 0, pii: 0, lookalikes: 0 };
const byEnt = {}, byWhat = {}, byKind = {};
for (const x of recs) {
  byKind[x.kind] = (byKind[x.kind] || 0) + 1;
  for (const l of x.labels) { c[l.family === 'pii' ? 'pii' : 'secrets']++; byEnt[l.entity] = (byEnt[l.entity] || 0) + 1; }
  for (const l of x.lookalikes) { c.lookalikes++; byWhat[l.what] = (byWhat[l.what] || 0) + 1; }
}
const secretKinds = Object.keys(byEnt).filter((k) => !PRESIDIO.includes(k));
c.secretKinds = secretKinds.length;
for (const [k, v] of Object.entries(MIN)) if (c[k] < v) errs.push(`composition: ${k} ${c[k]} < ${v}`);
for (const p of PRESIDIO) if (!byEnt[p]) errs.push(`composition: no ${p}`);
console.log(`train17: ${c.docs} documents, ${c.kinds} kinds; ${c.secrets} secret labels in ${c.secretKinds} kinds; ${c.pii} PII labels; ${c.lookalikes} look-alikes in ${Object.keys(byWhat).length} kinds`);
console.log('kinds: ' + Object.entries(byKind).map(([k, v]) => `${k} ${v}`).join(', '));
console.log('PII: ' + PRESIDIO.map((p) => `${p} ${byEnt[p] || 0}`).join(', '));
console.log('secrets: ' + secretKinds.sort((a, b) => byEnt[b] - byEnt[a]).map((k) => `${k} ${byEnt[k]}`).join(', '));
console.log('look-alikes: ' + Object.entries(byWhat).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
if (errs.length) { console.error(`${errs.length} violations:\n` + errs.slice(0, 40).join('\n')); process.exit(1); }
const dest = join(dirname(fileURLToPath(import.meta.url)), '..', 'train17.jsonl');
writeFileSync(dest, out.join('\n') + '\n');
console.log(`wrote ${dest}`);
