// Generates the labelled secrets/PII evaluation set: test/eval/{test,dev}.jsonl.
//
//   cd test/eval/generator && npm ci && node generate.mjs
//
// Deterministic: fixed seeds, faker pinned by package-lock.json; running it twice gives the same
// bytes. The dev split uses a different seed and a disjoint subset of the templates of each kind
// (every third template), so figures on dev do not leak into test. The hand-written documents
// (handwritten.mjs) belong to test. See ../README.md for the record format and the encoding.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { seedAll } from './lib/rng.mjs';
import config from './templates/config.mjs';
import log from './templates/log.mjs';
import code, { shell } from './templates/code.mjs';
import { crm, ticket, email, chat, hr, medical, banking } from './templates/people.mjs';
import { git, lockfile, k8s, markdown } from './templates/dev.mjs';
import cli from './templates/cli.mjs';
import handwritten from './handwritten.mjs';
import { validateFile } from './validate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..');

// kind -> [templates, documents in test]
const KINDS = {
  config: [config, 170], log: [log, 90], code: [code, 90], shell: [shell, 40], crm: [crm, 40],
  ticket: [ticket, 40], email: [email, 40], chat: [chat, 40], hr: [hr, 40], medical: [medical, 40],
  banking: [banking, 45], git: [git, 40], lockfile: [lockfile, 20], k8s: [k8s, 35], markdown: [markdown, 35], cli: [cli, 45],
};

function templatesFor(list, split) {
  if (list.length < 3) return list.map((t, i) => [t, i]);
  return list.map((t, i) => [t, i]).filter(([, i]) => (split === 'dev') === (i % 3 === 2));
}

function check(doc) {
  const bytes = Buffer.from(doc.text, 'utf8');
  const spans = [...doc.labels.map((l) => ['label', l]), ...doc.lookalikes.map((l) => ['look', l])]
    .sort((a, b) => a[1].start - b[1].start);
  for (let i = 0; i < spans.length; i++) {
    const [, s] = spans[i];
    if (!(s.start < s.end && s.end <= bytes.length)) throw new Error(`${doc.id}: bad span ${JSON.stringify(s)}`);
    if (i && spans[i - 1][1].end > s.start) throw new Error(`${doc.id}: overlapping spans ${JSON.stringify(spans[i - 1][1])} ${JSON.stringify(s)}`);
  }
}

function record(id, kind, fr) {
  const doc = { id, kind, text: fr.text, labels: fr.labels, lookalikes: fr.lookalikes };
  check(doc);
  // Stored with the text base64url-encoded, unpadded (see README: keeps push protection from flagging fakes).
  return JSON.stringify({ id, kind, text_b64url: Buffer.from(doc.text, 'utf8').toString('base64url'), labels: doc.labels, lookalikes: doc.lookalikes });
}

function build(split, seed, scale) {
  seedAll(seed);
  const out = [];
  for (const [kind, [list, n]] of Object.entries(KINDS)) {
    const ts = templatesFor(list, split);
    const count = Math.max(ts.length, Math.round(n * scale));
    for (let i = 0; i < count; i++) {
      const [t, ti] = ts[i % ts.length];
      out.push(record(`${split}-${kind}-t${ti}-${String(i).padStart(3, '0')}`, kind, t()));
    }
  }
  if (split === 'test') {
    seedAll(seed + 7);
    handwritten().forEach(([kind, fr], i) => out.push(record(`test-hand-${String(i).padStart(2, '0')}-${kind}`, kind, fr)));
  }
  return out;
}

for (const [split, seed, scale] of [['test', 20261203, 1], ['dev', 4242, 0.35]]) {
  const lines = build(split, seed, scale);
  const file = join(outDir, `${split}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  const errors = validateFile(file);
  if (errors.length) throw new Error(`${file}: ${errors.length} values fail their validators:\n${errors.join('\n')}`);
  console.error(`${file}: ${lines.length} documents, all checksummed values valid`);
}
