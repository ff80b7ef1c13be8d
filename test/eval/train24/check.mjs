// Stand-alone validation: node test/eval/train24/check.mjs
// Rebuilds the set in memory, runs every check of validate.mjs, and compares the result with
// the committed train24.jsonl byte for byte. Exit 1 on any violation or difference; writes nothing.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { build } from './generate.mjs';
import { validate, composition, checkMinimum } from './validate.mjs';

const items = build();
const errs = validate(items);
errs.push(...checkMinimum(composition(items)));
const out = items.map((x) => JSON.stringify(x.rec)).join('\n') + '\n';
const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'train24.jsonl');
if (!existsSync(file) || readFileSync(file, 'utf8') !== out) errs.push('train24.jsonl is missing or differs from a fresh generation');
if (errs.length) { for (const e of errs.slice(0, 60)) console.error(e); process.exit(1); }
console.log(`train24: ${items.length} documents valid, train24.jsonl matches a fresh generation`);
