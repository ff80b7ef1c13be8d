// node test/eval/train25/show.mjs <id-substring> [max] — print documents with their spans marked
// as ⟦ENTITY|value⟧ (labels) and ⟪what|value⟫ (look-alikes).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'train25.jsonl');
const [sub = '', max = '3'] = process.argv.slice(2);
let shown = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line || shown >= +max) continue;
  const rec = JSON.parse(line);
  if (!rec.id.includes(sub)) continue;
  const buf = Buffer.from(rec.text_b64url, 'base64url');
  const spans = [...rec.labels.map((l) => ({ ...l, tag: l.entity, o: '⟦', c: '⟧' })), ...rec.lookalikes.map((l) => ({ ...l, tag: l.what, o: '⟪', c: '⟫' }))].sort((a, b) => a.start - b.start);
  let out = '', pos = 0;
  for (const s of spans) { out += buf.subarray(pos, s.start).toString(); out += `${s.o}${s.tag}|${buf.subarray(s.start, s.end).toString()}${s.c}`; pos = s.end; }
  out += buf.subarray(pos).toString();
  console.log(`===== ${rec.id} (${buf.length} bytes)\n${out}`);
  shown++;
}
