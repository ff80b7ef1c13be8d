// Entry point: node test/eval/blind23/generate.mjs
// Builds every document in memory, validates the whole set, and only then
// writes test/eval/blind23.jsonl. Any violation: message on stderr, exit 1,
// nothing written.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, Deck } from './prng.mjs';
import { Doc } from './doc.mjs';
import { Ctx, langDeckItems } from './ctx.mjs';
import { CATALOG } from './secrets.mjs';
import { CULTURES } from './locales.mjs';
import { KINDS } from './kinds.mjs';
import { validate, formatComposition } from './validate.mjs';

export const SETNAME = 'blind23';
export const SEED = 0xb23d5e17;
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', `${SETNAME}.jsonl`);

export function build() {
  const root = new Rng(SEED);
  const decks = {
    secret: new Deck(root.fork('deck:secret'), CATALOG),
    culture: new Deck(root.fork('deck:culture'), Object.keys(CULTURES)),
    lang: new Deck(root.fork('deck:lang'), langDeckItems()),
  };
  const docs = [];
  for (const k of KINDS) {
    for (let i = 0; i < k.count; i++) {
      const r = root.fork(`${k.name}:${i}`);
      const pre = k.pre ? k.pre(r) : {};
      const lang = pre.lang || (k.langs ? r.pick(k.langs) : decks.lang.next(k.supported ? (l) => k.supported.includes(l) : undefined));
      let out = null;
      for (let attempt = 0; attempt < 40 && !out; attempt++) {
        const d = new Doc(k.name, { lang });
        const c = new Ctx(r, lang, decks, { culture: pre.culture });
        k.fn(c, d);
        const f = d.finish();
        const n = Buffer.byteLength(f.text, 'utf8');
        if (n >= 200 && n <= 4000) out = f;
      }
      if (!out) throw new Error(`${k.name}:${i} never fit 200-4000 bytes`);
      docs.push({
        id: `${SETNAME}-${k.name}-${String(i + 1).padStart(4, '0')}`, kind: k.name, text: out.text, meta: { lang, group: k.group },
        labels: out.labels.map((s) => ({ start: s.start, end: s.end, entity: s.name, family: s.fam, value: s.value })),
        lookalikes: out.lookalikes.map((s) => ({ start: s.start, end: s.end, what: s.name, value: s.value })),
      });
    }
  }
  return docs;
}

export function toJsonl(docs) {
  return docs.map((d) => JSON.stringify({
    id: d.id, kind: d.kind, text_b64url: Buffer.from(d.text, 'utf8').toString('base64url'),
    labels: d.labels.map((l) => ({ start: l.start, end: l.end, entity: l.entity, family: l.family })),
    lookalikes: d.lookalikes.map((l) => ({ start: l.start, end: l.end, what: l.what })),
  })).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const docs = build();
  const { errors, composition } = validate(docs);
  if (errors.length) {
    console.error(errors.slice(0, 60).join('\n'));
    console.error(`${errors.length} violation(s); nothing written`);
    process.exit(1);
  }
  const dev = docs.filter((d) => d.meta.group === 'dev').length;
  writeFileSync(OUT, toJsonl(docs));
  console.log(formatComposition(composition));
  console.log(`developer-side documents: ${dev} of ${docs.length}`);
  console.log(`wrote ${OUT}`);
}
