// node test/eval/train21/verify.mjs — rebuilds the set in memory, runs the validator, checks the
// written train21.jsonl decodes to the same documents and spans, and is byte-identical to a fresh build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAll, serialize } from './generate.mjs';
import { validateAll } from './validate.mjs';

const docs = buildAll();
const { errs } = validateAll(docs);
const out = fileURLToPath(new URL('../train21.jsonl', import.meta.url));
let file = '';
try { file = readFileSync(out, 'utf8'); } catch { errs.push('train21.jsonl missing'); }
if (file && file !== serialize(docs)) errs.push('train21.jsonl differs from a fresh build');
// independent re-check of the file as a consumer reads it
const lines = file ? file.trimEnd().split('\n') : [];
if (lines.length !== docs.length) errs.push(`line count ${lines.length} != ${docs.length}`);
lines.forEach((line, k) => {
  const rec = JSON.parse(line);
  const keys = Object.keys(rec).join(',');
  if (keys !== 'id,kind,text_b64url,labels,lookalikes') errs.push(`${rec.id}: keys ${keys}`);
  const buf = Buffer.from(rec.text_b64url, 'base64url');
  if (buf.toString('utf8') !== docs[k].text) errs.push(`${rec.id}: text does not round-trip`);
  for (const s of [...rec.labels, ...rec.lookalikes]) {
    const src = (s.what ? docs[k].lookalikes : docs[k].labels).find((x) => x.start === s.start && x.end === s.end);
    if (!src || buf.subarray(s.start, s.end).toString('utf8') !== src.value) errs.push(`${rec.id}: span ${s.start}-${s.end} mismatch`);
  }
});
if (errs.length) { for (const e of errs.slice(0, 50)) console.error(e); console.error(`${errs.length} problem(s)`); process.exit(1); }
console.log(`train21: ${docs.length} documents valid; train21.jsonl matches a fresh build`);
