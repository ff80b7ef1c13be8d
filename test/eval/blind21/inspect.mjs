// node test/eval/blind21/inspect.mjs <file.jsonl> <id-substring> [max]  — prints documents with spans marked
import fs from 'node:fs';
const [file, sub = '', max = '3'] = process.argv.slice(2);
const recs = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.id.includes(sub)).slice(0, +max);
for (const r of recs) {
  const buf = Buffer.from(r.text_b64url, 'base64url');
  const spans = [...r.labels.map((l) => ({ ...l, tag: l.entity })), ...r.lookalikes.map((l) => ({ ...l, tag: '~' + l.what }))].sort((a, b) => a.start - b.start);
  let out = ''; let pos = 0;
  for (const s of spans) { out += buf.subarray(pos, s.start).toString(); out += `⟦${s.tag}:${buf.subarray(s.start, s.end).toString()}⟧`; pos = s.end; }
  out += buf.subarray(pos).toString();
  console.log(`===== ${r.id} (${buf.length} bytes)\n${out}\n`);
}
