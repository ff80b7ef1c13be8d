// train24 generator entry point: node test/eval/train24/generate.mjs
// Builds every document in memory, validates all of it, and only then writes
// test/eval/train24.jsonl. Any violation: message on stderr, exit 1, nothing written.
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Rng, SEED } from './prng.mjs';
import { Doc } from './builder.mjs';
import { Ctx, resetTally } from './ctx.mjs';
import { resetCli } from './cli.mjs';
import { resetCodeLangs } from './kinds_code.mjs';
import { LANG_IDS } from './langs.mjs';
import { PLAN } from './kinds.mjs';
import { validate, composition, checkMinimum } from './validate.mjs';
import { formatComposition } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'train24.jsonl');

function pickLang(r, human) {
  if (!human) return r.chance(0.75) ? 'en' : r.pick(LANG_IDS);
  return r.chance(0.18) ? 'en' : r.pick(LANG_IDS);
}

export function build() {
  resetTally(); resetCli(); resetCodeLangs();
  const items = [];
  for (const [kind, spec] of PLAN) {
    for (let i = 1; i <= spec.count; i++) {
      const base = Rng.derive(SEED, `${kind}#${i}`);
      let done = null;
      for (let attempt = 0; attempt < 10 && !done; attempt++) {
        const r = base.fork('attempt' + attempt);
        const d = new Doc(kind);
        const lang = spec.lang ? spec.lang(r) : pickLang(r, spec.human);
        const c = new Ctx(r, d, lang); c.tag('lang', lang);
        const n = Math.max(1, Math.round(r.int(spec.n[0], spec.n[1]) * Math.pow(0.8, attempt)));
        spec.fn(c, n);
        if (d.size >= 200 && d.size <= 4000) done = d;
      }
      if (!done) throw new Error(`could not fit ${kind} #${i} into 200-4000 bytes`);
      const id = `train24-${kind}-${String(i).padStart(4, '0')}`;
      items.push({ rec: done.record(id), doc: done });
    }
  }
  return items;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const check = process.argv.includes('--check');
  let items;
  try { items = build(); } catch (e) { console.error('generation failed:', e.stack || e); process.exit(1); }
  const errs = validate(items);
  const C = composition(items);
  errs.push(...checkMinimum(C));
  if (errs.length) { if (process.argv.includes('--report')) console.error(formatComposition(C)); console.error(`train24: ${errs.length} violation(s); nothing written`); for (const e of errs.slice(0, 60)) console.error('  ' + e); process.exit(1); }
  const out = items.map((x) => JSON.stringify(x.rec)).join('\n') + '\n';
  if (check) {
    const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === out;
    console.log(same ? 'train24.jsonl is up to date and valid' : 'train24.jsonl differs from a fresh generation');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, out);
  console.log(formatComposition(C));
}
