// Entry point: node test/eval/blind25/generate.mjs
// Builds every document from the fixed seed, validates, and only then writes ../blind25.jsonl.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Rng } from './prng.mjs';
import { Kit } from './kit.mjs';
import { Deck, VENDOR_ENTITIES, PLAIN_KEYED, PEM_KINDS } from './secrets.mjs';
import { validate } from './validate.mjs';
import { KINDS } from './kinds.mjs';

export const SEED = 0x25b1d5e7;
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'blind25.jsonl');

const root = new Rng(SEED);
const shared = { vendorDeck: new Deck(root.fork('vendor-deck'), VENDOR_ENTITIES), plainDeck: new Deck(root.fork('plain-deck'), PLAIN_KEYED), pemDeck: new Deck(root.fork('pem-deck'), PEM_KINDS) };

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const records = [];
for (const [kind, fn, count] of KINDS) {
  if (only && kind !== only) continue;
  for (let n = 1; n <= count; n++) {
    let doc = null;
    for (let attempt = 0; attempt < 40 && !doc; attempt++) {
      const r = root.fork(`${kind}/${n}/${attempt}`);
      const saved = [shared.vendorDeck.save(), shared.plainDeck.save(), shared.pemDeck.save()];
      const d = fn(new Kit(r, shared));
      if (d.bytes >= 200 && d.bytes <= 4000) doc = d;
      else { shared.vendorDeck.restore(saved[0]); shared.plainDeck.restore(saved[1]); shared.pemDeck.restore(saved[2]); }
    }
    if (!doc) { console.error(`cannot fit ${kind} #${n} into 200-4000 bytes`); process.exit(1); }
    const id = `blind25-${kind}-${String(n).padStart(4, '0')}`;
    records.push({ id, kind, lang: doc.lang, buf: Buffer.from(doc.text(), 'utf8'), labels: doc.labels, lookalikes: doc.looks });
  }
}

const { errs, comp } = validate(records, { srcDir: here });
const failed = errs.length && !only;
if (failed) { for (const e of errs) console.error(e); console.error(`${errs.length} violation(s); nothing written`); }
if (only) { for (const e of errs.filter((e) => !e.startsWith('composition'))) console.error(e); }

const lines = records.map((r) => JSON.stringify({
  id: r.id, kind: r.kind, text_b64url: r.buf.toString('base64url'),
  labels: r.labels.map((l) => ({ start: l.start, end: l.end, entity: l.entity, family: l.family })),
  lookalikes: r.lookalikes.map((l) => ({ start: l.start, end: l.end, what: l.what })),
}));
if (!only && !failed) writeFileSync(OUT, lines.join('\n') + '\n');
if (process.argv.includes('--dump')) for (const r of records) console.log(`==== ${r.id}\n${r.buf.toString('utf8')}`);

// ---- composition ----
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
const cols = (o, w = 3) => {
  const e = Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const width = Math.max(...e.map(([k, v]) => k.length + String(v).length)) + 3;
  const out = []; for (let i = 0; i < e.length; i += w) out.push('  ' + e.slice(i, i + w).map(([k, v]) => `${k} ${v}`.padEnd(width + 1)).join('').trimEnd());
  return out.join('\n');
};
console.log(`blind25: ${comp.docs} documents, ${Object.keys(comp.kinds).length} kinds, ${Object.keys(comp.langs).length} prose languages (seed 0x${SEED.toString(16)})`);
console.log(`documents by kind:\n${cols(comp.kinds)}`);
console.log(`documents by language:\n${cols(comp.langs, 6)}`);
console.log(`secret labels: ${sum(comp.secrets)} in ${Object.keys(comp.secrets).length} kinds\n${cols(comp.secrets, 2)}`);
console.log(`PII labels: ${sum(comp.pii)}\n${cols(comp.pii)}`);
console.log(`look-alikes: ${sum(comp.looks)} in ${Object.keys(comp.looks).length} kinds\n${cols(comp.looks)}`);
if (!only && !failed) console.log(`wrote ${OUT}`);
if (failed) process.exit(1);
