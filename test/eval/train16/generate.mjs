// node test/eval/train16/generate.mjs — writes test/eval/train16.jsonl (TRAINING set) or nothing on any violation.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { makeRng, Doc } from './util.mjs';
import { makeCtx } from './context.mjs';
import { TEMPLATES, KIND_NAMES, LANG_NAMES, PROSE_LANGS } from './templates.mjs';
import { validateDoc, validateComposition } from './validate.mjs';
const SEED = 0x7A16C0DE, N = 375;
const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'train16.jsonl');
const R = makeRng(SEED); const G = makeCtx(R);
{ let q = []; G.nextLang = () => { if (!q.length) q = R.shuffle(LANG_NAMES); const l = q.pop(); G.usedLangs.add(l); return l; }; G.usedLangs = new Set(); }
const SCHEDULE = [...KIND_NAMES, 'source_code', 'kyc_check', 'hr_record'];
const docs = []; const errors = []; const err = (m) => errors.push(m);
for (let i = 0; i < N; i++) {
  const kind = SCHEDULE[i % SCHEDULE.length];
  let D, tries = 0;
  do { D = new Doc(kind); TEMPLATES[kind](G, D); tries++; } while ((D.len > 4000 || D.len < 200) && tries < 8);
  docs.push({ id: `train16-${kind}-${String(i + 1).padStart(4, '0')}`, kind, text: D.text(), labels: D.labels, lookalikes: D.lookalikes });
}
const c = { docs: docs.length, bytes: 0, byKind: {}, secrets: 0, pii: 0, lookalikes: 0, secretKinds: {}, piiKinds: {}, lookKinds: {}, langs: G.usedLangs.size, phonePlans: G.used.cc.size, cultures: G.used.cult.size, proseLangs: PROSE_LANGS.length, minBytes: 1e9, maxBytes: 0 };
for (const d of docs) {
  validateDoc(d, err);
  const b = Buffer.byteLength(d.text); c.bytes += b; c.minBytes = Math.min(c.minBytes, b); c.maxBytes = Math.max(c.maxBytes, b);
  c.byKind[d.kind] = (c.byKind[d.kind] || 0) + 1;
  for (const l of d.labels) { if (l.family === 'secrets') { c.secrets++; c.secretKinds[l.entity] = (c.secretKinds[l.entity] || 0) + 1; } else { c.pii++; c.piiKinds[l.entity] = (c.piiKinds[l.entity] || 0) + 1; } }
  for (const l of d.lookalikes) { c.lookalikes++; c.lookKinds[l.what] = (c.lookKinds[l.what] || 0) + 1; }
}
validateComposition(c, err);
const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`train16: ${c.docs} documents, ${c.bytes} bytes (min ${c.minBytes}, max ${c.maxBytes}), ${Object.keys(c.byKind).length} kinds`);
console.log(`kinds: ${sortObj(c.byKind)}`);
console.log(`secrets: ${c.secrets} labels in ${Object.keys(c.secretKinds).length} kinds`);
console.log(`pii: ${c.pii} labels: ${sortObj(c.piiKinds)}`);
console.log(`lookalikes: ${c.lookalikes} in ${Object.keys(c.lookKinds).length} kinds: ${sortObj(c.lookKinds)}`);
console.log(`code languages: ${c.langs}; phone numbering plans: ${c.phonePlans}; name cultures: ${c.cultures}; prose languages for secrets: ${c.proseLangs}`);
if (process.argv.includes('--secret-kinds')) console.log(sortObj(c.secretKinds));
if (errors.length) { console.error(`${errors.length} violations, nothing written:`); for (const e of errors.slice(0, 40)) console.error('  ' + e); process.exit(1); }
const lines = docs.map(d => JSON.stringify({ id: d.id, kind: d.kind, text_b64url: Buffer.from(d.text).toString('base64url'),
  labels: d.labels.map(l => ({ start: l.start, end: l.end, entity: l.entity, family: l.family })),
  lookalikes: d.lookalikes.map(l => ({ start: l.start, end: l.end, what: l.what })) }));
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`wrote ${OUT}`);
