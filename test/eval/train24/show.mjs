// Debug viewer: node test/eval/train24/show.mjs <id-substring> [max]
// Regenerates in memory (writes nothing) and prints matching documents with spans marked
// as [[ENTITY|value]] (labels) and {{what|value}} (look-alikes).
import { build } from './generate.mjs';
const [pat = '', max = '3'] = process.argv.slice(2);
let shown = 0;
for (const { rec, doc } of build()) {
  if (!rec.id.includes(pat)) continue;
  const buf = Buffer.from(rec.text_b64url, 'base64url');
  const spans = [...doc.spans].sort((a, b) => a.start - b.start);
  let out = '', pos = 0;
  for (const s of spans) {
    out += buf.subarray(pos, s.start).toString();
    const t = buf.subarray(s.start, s.end).toString();
    out += s.val.fam === 'look' ? `{{${s.val.ent}|${t}}}` : `[[${s.val.ent}|${t}]]`;
    pos = s.end;
  }
  out += buf.subarray(pos).toString();
  console.log(`===== ${rec.id} (${buf.length} bytes, lang ${[...(doc.tags.lang || [])].join(',')})\n${out}`);
  if (++shown >= +max) break;
}
