// train21 generator entry point: node test/eval/train21/generate.mjs
// Builds every document from the fixed seed, validates everything, and only then writes
// test/eval/train21.jsonl and prints the composition. Any violation: exit 1, nothing written.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rngFor } from './prng.mjs';
import { Doc } from './doc.mjs';
import { V, LOOKALIKE_KINDS, CULTURE_KEYS, PLAN_KEYS } from './values.mjs';
import { PLAIN_SECRET_KINDS, PEM_SECRET_KINDS, Cycler } from './secrets.mjs';
import { validateAll } from './validate.mjs';
import { KINDS } from './kinds.mjs';

export function makeGlobals() {
  const ctx = rngFor('cyclers');
  const plain = PLAIN_SECRET_KINDS.filter((k) => !['BASIC_AUTH_CREDENTIALS', 'DOCKER_REGISTRY_AUTH'].includes(k));
  return {
    secret: new Cycler(ctx.fork('secret'), plain),
    pem: new Cycler(ctx.fork('pem'), PEM_SECRET_KINDS),
    look: new Cycler(ctx.fork('look'), LOOKALIKE_KINDS),
    culture: new Cycler(ctx.fork('culture'), CULTURE_KEYS),
    plan: new Cycler(ctx.fork('plan'), PLAN_KEYS),
  };
}

export function buildAll(only) {
  const g = makeGlobals();
  const docs = [];
  for (const [kind, fn, count] of KINDS) {
    if (only && !only.includes(kind)) continue;
    for (let i = 0; i < count; i++) {
      let built = null;
      for (let attempt = 0; attempt < 16 && !built; attempt++) {
        const rng = rngFor(`${kind}#${i}#${attempt}`);
        const d = new Doc(kind, {});
        const v = new V(rng, g);
        fn(d, v, rng, g, i);
        if (d.size >= 200 && d.size <= 4000) built = d;
      }
      if (!built) throw new Error(`could not build ${kind} #${i} within size limits`);
      const id = `train21-${kind}-${String(i + 1).padStart(4, '0')}`;
      docs.push({ id, kind, text: built.text(), labels: built.labels, lookalikes: built.lookalikes, meta: built.meta });
    }
  }
  return docs;
}

export function serialize(docs) {
  return docs.map((d) => JSON.stringify({
    id: d.id, kind: d.kind, text_b64url: Buffer.from(d.text, 'utf8').toString('base64url'),
    labels: d.labels.slice().sort((a, b) => a.start - b.start).map((l) => ({ start: l.start, end: l.end, entity: l.entity, family: l.family })),
    lookalikes: d.lookalikes.slice().sort((a, b) => a.start - b.start).map((l) => ({ start: l.start, end: l.end, what: l.what })),
  })).join('\n') + '\n';
}

function table(title, m, cols = 3) {
  const rows = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const lines = [`${title} (${rows.length} distinct, ${rows.reduce((s, x) => s + x[1], 0)} total)`];
  for (let i = 0; i < rows.length; i += cols) lines.push('  ' + rows.slice(i, i + cols).map(([k, n]) => `${k} ${n}`.padEnd(40)).join('').trimEnd());
  return lines.join('\n');
}
export function compositionText(c) {
  return [
    `documents ${c.docs} in ${c.kinds.size} kinds; secret labels ${c.nSec} in ${c.sec.size} kinds; PII labels ${c.nPii}; look-alikes ${c.nLook} in ${c.looks.size} kinds`,
    table('document kinds', c.kinds), table('PII entities', c.pii), table('secret entities', c.sec), table('look-alikes', c.looks),
    table('PERSON name cultures', c.cultures, 4), table('PERSON scripts', c.scripts, 4), table('phone numbering plans (mobile and *_LAND landline patterns; ' + c.planCountries.size + ' countries)', c.plans, 5), table('programming languages (source docs)', c.code, 4), table('prose languages', c.prose, 5),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
  const dry = process.argv.includes('--dry');
  const docs = buildAll(only);
  const { errs, comp } = validateAll(docs);
  const shown = only ? errs.filter((e) => !/^only |non-Presidio/.test(e)) : errs;
  if (shown.length) { for (const e of shown.slice(0, 60)) console.error(e); console.error(`${shown.length} violation(s); nothing written`); process.exit(1); }
  if (!only && !dry) writeFileSync(fileURLToPath(new URL('../train21.jsonl', import.meta.url)), serialize(docs));
  console.log(compositionText(comp));
}
