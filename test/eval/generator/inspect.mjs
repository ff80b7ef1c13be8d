// Prints the set's composition, or documents with their spans marked, for review.
//   node inspect.mjs stats ../test.jsonl
//   node inspect.mjs show ../test.jsonl [id-substring] [max]
// In `show`, labels print as [[ENTITY|value]] and look-alikes as {{what|value}}.
import { readFileSync } from 'node:fs';

const [mode, file, filter = '', max = '5'] = process.argv.slice(2);
const docs = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
if (mode === 'stats') {
  const count = (xs) => xs.reduce((m, k) => ((m[k] = (m[k] || 0) + 1), m), {});
  const sorted = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]);
  const bytes = docs.reduce((s, d) => s + Buffer.from(d.text_b64url, 'base64url').length, 0);
  console.log(`documents: ${docs.length}, text bytes: ${bytes}`);
  console.log('by kind:', sorted(count(docs.map((d) => d.kind))).map(([k, v]) => `${k}=${v}`).join(' '));
  for (const fam of ['secrets', 'pii']) {
    const ls = docs.flatMap((d) => d.labels.filter((l) => l.family === fam));
    const m = count(ls.map((l) => l.entity));
    console.log(`${fam}: ${ls.length} labels, ${Object.keys(m).length} classes`);
    console.log('  ' + sorted(m).map(([k, v]) => `${k}=${v}`).join(' '));
  }
  const la = docs.flatMap((d) => d.lookalikes);
  console.log(`lookalikes: ${la.length}`);
  console.log('  ' + sorted(count(la.map((l) => l.what))).map(([k, v]) => `${k}=${v}`).join(' '));
} else {
  let shown = 0;
  for (const doc of docs) {
    if (!doc.id.includes(filter)) continue;
    if (shown++ >= Number(max)) break;
    const buf = Buffer.from(doc.text_b64url, 'base64url');
    const spans = [...doc.labels.map((l) => ({ ...l, tag: l.entity, o: '[[', c: ']]' })),
      ...doc.lookalikes.map((l) => ({ ...l, tag: l.what, o: '{{', c: '}}' }))].sort((a, b) => a.start - b.start);
    let out = '', pos = 0;
    for (const s of spans) {
      out += buf.subarray(pos, s.start).toString() + `${s.o}${s.tag}|` + buf.subarray(s.start, s.end).toString() + s.c;
      pos = s.end;
    }
    out += buf.subarray(pos).toString();
    console.log(`===== ${doc.id} (${doc.kind})\n${out}`);
  }
}
