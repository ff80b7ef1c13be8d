// Debug helper: node inspect.mjs <jsonl> <id-substring> [max] — prints documents with spans marked.
import { readFileSync } from 'node:fs';
const [file, sub, max = '3'] = process.argv.slice(2);
let n = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue; const rec = JSON.parse(line); if (!rec.id.includes(sub)) continue;
  const buf = Buffer.from(rec.text_b64url, 'base64url');
  const spans = [...rec.labels.map((l) => ({ ...l, tag: l.entity })), ...rec.lookalikes.map((l) => ({ ...l, tag: '~' + l.what }))].sort((a, b) => a.start - b.start);
  let o = 0; const parts = [];
  for (const s of spans) { parts.push(buf.subarray(o, s.start).toString()); parts.push(`⟦${s.tag}:${buf.subarray(s.start, s.end).toString()}⟧`); o = s.end; }
  parts.push(buf.subarray(o).toString());
  console.log(`===== ${rec.id} (${buf.length} bytes)\n${parts.join('')}`);
  if (++n >= +max) break;
}
