// Print documents of train26.jsonl with their spans marked: node show.mjs <id-substring> [max]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const [sub = '', max = '3'] = process.argv.slice(2);
const recs = fs.readFileSync(path.join(here, '..', 'train26.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.id.includes(sub)).slice(0, +max);
for (const r of recs) {
  const b = Buffer.from(r.text_b64url, 'base64url'); const spans = [...r.labels.map((l) => ({ ...l, tag: l.entity })), ...r.lookalikes.map((l) => ({ ...l, tag: '~' + l.what }))].sort((x, y) => x.start - y.start);
  let out = ''; let pos = 0; for (const s of spans) { out += b.subarray(pos, s.start).toString() + '[[' + s.tag + ':' + b.subarray(s.start, s.end).toString() + ']]'; pos = s.end; }
  console.log(`===== ${r.id} (${b.length} bytes, ${r.labels.length} labels, ${r.lookalikes.length} look-alikes)\n${out + b.subarray(pos).toString()}`);
}
