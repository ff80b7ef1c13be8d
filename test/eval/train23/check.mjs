// `node test/eval/train23/check.mjs`: regenerates the set in memory, checks that
// test/eval/train23.jsonl is byte-identical to it, and runs the validator again.
// Exits 1 on any difference or violation.
import fs from 'node:fs';
import { build, OUT } from './generate.mjs';
import { validateRecords } from './validate.mjs';

const { records, extra, lines } = build();
const { errors } = validateRecords(records, extra);
const onDisk = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : null;
if (onDisk !== lines) errors.push(`${OUT} differs from a fresh regeneration`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log(`ok: ${records.length} records valid, file matches regeneration`);
