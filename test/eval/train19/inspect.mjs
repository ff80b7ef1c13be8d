// node test/eval/train19/inspect.mjs <id-substring> [max]  — print documents with spans marked
// [[ENTITY|value]] for labels, {{what|value}} for look-alikes.
import { readFileSync } from 'node:fs';
const [, , sub = '', max = '3'] = process.argv;
const file = new URL('../train19.jsonl', import.meta.url).pathname;
let shown = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue; const rec = JSON.parse(line); if (!rec.id.includes(sub)) continue;
  const buf = Buffer.from(rec.text_b64url, 'base64url');
  const spans = [...rec.labels.map((l) => ({ ...l, tag: l.entity, o: '[[', c: ']]' })), ...rec.lookalikes.map((l) => ({ ...l, tag: l.what, o: '{{', c: '}}' }))].sort((a, b) => a.start - b.start);
  let out = ''; let p = 0;
  for (const s of spans) { out += buf.subarray(p, s.start).toString(); out += `${s.o}${s.tag}|${buf.subarray(s.start, s.end).toString()}${s.c}`; p = s.end; }
  out += buf.subarray(p).toString();
  console.log(`===== ${rec.id} (${buf.length} bytes)\n${out}`);
  if (++shown >= +max) break;
}
