// blind6: print documents with their spans marked: node test/eval/blind6/inspect.mjs <id-substring> [max]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'blind6.jsonl');
const [sub = '', max = '3'] = process.argv.slice(2);
let n = 0;
for (const line of fs.readFileSync(file, 'utf8').trim().split('\n')) {
  const r = JSON.parse(line); if (!r.id.includes(sub) || n++ >= +max) continue;
  const buf = Buffer.from(r.text_b64url, 'base64url');
  const spans = [...r.labels.map((x) => ({ ...x, tag: x.entity })), ...r.lookalikes.map((x) => ({ ...x, tag: '~' + x.what }))].sort((a, b) => a.start - b.start);
  let out = ''; let pos = 0;
  for (const sp of spans) { out += buf.subarray(pos, sp.start).toString(); out += `⟦${buf.subarray(sp.start, sp.end).toString()}⟧{${sp.tag}}`; pos = sp.end; }
  out += buf.subarray(pos).toString();
  console.log(`=== ${r.id} (${buf.length} bytes)\n${out}`);
}
