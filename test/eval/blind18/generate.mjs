// Entry point: node test/eval/blind18/generate.mjs
// Builds every document from the fixed seed, validates the whole set, and only then writes blind18.jsonl.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Rng, SEED } from './prng.mjs';
import { Deck } from './common.mjs';
import { CONFIG_KINDS } from './kinds_config.mjs';
import { DEV_KINDS } from './kinds_dev.mjs';
import { PEOPLE_KINDS } from './kinds_people.mjs';
import { validateRecords, composition, checkComposition, sourceProblems, PII_ENTITIES } from './validate.mjs';

const SET = 'blind18';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', `${SET}.jsonl`);
const PLAN = {
  dotenv: 13, makefile: 9, dockerfile: 9, compose: 9, systemd: 9, nginx: 9, apache: 8, powershell: 9, winreg: 9, crontab: 9,
  ansible: 9, tfvars: 8, pkgcreds: 9, credfiles: 10, appconfig: 11, k8s: 10, dockerconfig: 7, ciconfig: 9, keyfile: 14,
  har: 9, curlv: 10, gitlog: 10, shellhistory: 10, applog: 13, sourcecode: 12, manifest: 9, markdown: 9, sqldump: 9, keyring: 9, pwexport: 10,
  crm: 13, ticket: 14, email: 16, chat: 16, meeting: 12, hr: 14, medical: 12, banking: 12, prose: 14, ldif: 8, vcard: 8, form: 12,
};
const KINDS = { ...CONFIG_KINDS, ...DEV_KINDS, ...PEOPLE_KINDS };

function build() {
  const deck = new Deck(); const recs = [];
  // interleave kinds so that the secret scheduler spreads kinds across document types
  const queue = []; for (const [k, n] of Object.entries(PLAN)) for (let i = 1; i <= n; i++) queue.push([k, i]);
  const order = new Rng(SEED, 'order').shuffle(queue);
  for (const [kind, i] of order) {
    const fn = KINDS[kind]; if (!fn) throw new Error('no kind ' + kind);
    let doc = null;
    for (let attempt = 0; attempt < 40; attempt++) {
      const r = new Rng(SEED, kind, i, attempt);
      const d = fn(r, { deck, idx: i });
      if (d.size >= 200 && d.size <= 4000) { doc = d; break; }
    }
    if (!doc) throw new Error(`could not fit ${kind} ${i} into 200-4000 bytes`);
    const text = doc.text();
    recs.push({ id: `${SET}-${kind}-${String(i).padStart(4, '0')}`, kind, text, text_b64url: Buffer.from(text, 'utf8').toString('base64url'), spans: doc.spans });
  }
  recs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return recs;
}
function serialise(rec) {
  const sp = [...rec.spans].sort((a, b) => a.start - b.start);
  return JSON.stringify({ id: rec.id, kind: rec.kind, text_b64url: rec.text_b64url,
    labels: sp.filter((s) => s.family !== 'look').map((s) => ({ start: s.start, end: s.end, entity: s.name, family: s.family })),
    lookalikes: sp.filter((s) => s.family === 'look').map((s) => ({ start: s.start, end: s.end, what: s.name })) });
}

const recs = build();
const errs = [...validateRecords(recs), ...sourceProblems()];
const comp = composition(recs);
errs.push(...checkComposition(comp));
if (errs.length) { console.error(`blind18: ${errs.length} violation(s), nothing written`); for (const e of errs.slice(0, 60)) console.error('  ' + e); process.exit(1); }
// re-validate what will be written, from the serialised form
const lines = recs.map(serialise);
for (const [i, l] of lines.entries()) { const o = JSON.parse(l); if (Buffer.from(o.text_b64url, 'base64url').toString('utf8') !== recs[i].text) { console.error('serialisation mismatch ' + o.id); process.exit(1); } }
writeFileSync(OUT, lines.join('\n') + '\n');

const sortd = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const wrap = (head, items) => { const lines = []; let cur = head; for (const [i, it] of items.entries()) { const piece = it + (i < items.length - 1 ? ',' : ''); if (cur.length + piece.length + 1 > 100) { lines.push(cur); cur = '    ' + piece; } else cur += (cur.endsWith(':') || cur === '    ' ? ' ' : ' ') + piece; } lines.push(cur); return lines.join('\n'); };
const out = [];
out.push(`documents: ${comp.docs} in ${Object.keys(comp.kinds).length} kinds, ${comp.bytes} bytes`);
out.push(`secret labels: ${comp.secrets} in ${Object.keys(comp.secretKinds).length} kinds`);
out.push(wrap(`pii labels: ${comp.pii}:`, PII_ENTITIES.map((p) => `${p} ${comp.piiEntities[p] || 0}`)));
out.push(`look-alikes: ${comp.looks} in ${Object.keys(comp.lookKinds).length} kinds`);
out.push(`name cultures: ${comp.cultures.size}; phone plans: ${comp.phonePlans.size}; street-line formats: ${comp.streetFormats.size}; secret-in-prose languages: ${comp.proseLangs.size} (${[...comp.proseLangs].sort().join(' ')})`);
out.push(`PEM blocks: ${Object.entries(comp.pemForms).map(([k, v]) => `${k} ${v}`).join(', ')}`);
out.push(wrap('kinds:', sortd(comp.kinds).map(([k, v]) => `${k} ${v}`)));
out.push(wrap('look-alike kinds:', sortd(comp.lookKinds).map(([k, v]) => `${k} ${v}`)));
out.push(wrap('secret kinds:', sortd(comp.secretKinds).map(([k, v]) => `${k} ${v}`)));
console.log(out.join('\n'));
