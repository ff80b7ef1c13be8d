// Entry point: node test/eval/blind20/generate.mjs
// Builds every document kind from the fixed seed, validates everything, prints the composition
// and writes test/eval/blind20.jsonl only if the validator finds no violation.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Rng } from './prng.mjs';
import { Doc } from './doc.mjs';
import { World, Ctx } from './ctx.mjs';
import { validate, SETNAME, PII_ENTITIES } from './validate.mjs';
import { DATA_KINDS } from './kinds_data.mjs';
import { OPS_KINDS } from './kinds_ops.mjs';
import { PEOPLE_KINDS } from './kinds_people.mjs';

export const SEED = 0x2b1d0c57;
const KINDS = [...DATA_KINDS, ...OPS_KINDS, ...PEOPLE_KINDS];
const OUT = fileURLToPath(new URL(`../${SETNAME}.jsonl`, import.meta.url));

function buildAll() {
  const root = new Rng(SEED);
  const world = new World(root.fork('world'));
  const records = [];
  const inserted = [];
  const langs = {};
  const proseSecrets = {};
  const PROSE = new Set(['support_ticket', 'chat_export', 'email_thread', 'meeting_notes', 'crm_note']);
  for (const kind of KINDS) {
    const kr = root.fork(`kind:${kind.name}`);
    const order = kr.shuffle(kind.langs);
    for (let i = 0; i < kind.count; i++) {
      const lang = order[i % order.length];
      let scale = kind.scale || 1;
      let doc = null;
      for (let attempt = 0; attempt < 12; attempt++) {
        const c = new Ctx(kr, world, lang, kind.name);
        c.scale = scale;
        const d = kind.build(c, new Doc(kind.name, lang));
        if (d.bytes > 4000) { scale *= 0.72; continue; }
        if (d.bytes < 200) { scale *= 1.5; continue; }
        doc = d;
        break;
      }
      if (!doc) throw new Error(`could not fit ${kind.name} #${i + 1} into 200-4000 bytes`);
      const id = `${SETNAME}-${kind.name}-${String(i + 1).padStart(4, '0')}`;
      const text = doc.text();
      const spans = doc.spans.slice().sort((a, b) => a.start - b.start);
      records.push({
        id, kind: kind.name, text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
        labels: spans.filter((s) => s.fam !== 'look').map((s) => ({ start: s.start, end: s.end, entity: s.ent, family: s.fam })),
        lookalikes: spans.filter((s) => s.fam === 'look').map((s) => ({ start: s.start, end: s.end, what: s.ent })),
      });
      inserted.push(spans.map((s) => ({ start: s.start, end: s.end, v: s.v })));
      langs[lang] = (langs[lang] || 0) + 1;
      if (PROSE.has(kind.name)) { const k = spans.filter((s) => s.fam === 'secrets').length; if (k) proseSecrets[lang] = (proseSecrets[lang] || 0) + k; }
    }
  }
  return { records, inserted, langs, proseSecrets };
}

function composition(comp, tot, langs, proseSecrets) {
  const line = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`);
  const wrap = (items, width = 96) => {
    const out = [];
    let cur = ' ';
    for (const it of items) { if (cur.length + it.length + 2 > width) { out.push(cur); cur = ' '; } cur += ' ' + it + ','; }
    if (cur.trim()) out.push(cur.replace(/,$/, ''));
    return out.join('\n').replace(/,\n/g, ',\n');
  };
  const piiOrdered = PII_ENTITIES.map((e) => `${e} ${comp.pii[e] || 0}`);
  return [
    `documents: ${comp.docs} in ${Object.keys(comp.kinds).length} kinds`,
    wrap(line(comp.kinds)),
    `languages: ${Object.keys(langs).length}`,
    wrap(line(langs)),
    `secret labels in running text (tickets, chats, e-mails, meeting and CRM notes) by language: ${Object.keys(proseSecrets).length} languages`,
    wrap(line(proseSecrets)),
    `secret labels: ${tot.secrets} in ${Object.keys(comp.secrets).length} kinds`,
    wrap(line(comp.secrets)),
    `PII labels: ${tot.pii} in ${Object.keys(comp.pii).length} entities`,
    wrap(piiOrdered),
    `look-alikes: ${tot.look} in ${Object.keys(comp.look).length} kinds`,
    wrap(line(comp.look)),
  ].join('\n');
}

const { records, inserted, langs, proseSecrets } = buildAll();
const { errs, comp, tot } = validate(records, inserted);
if (errs.length) {
  for (const e of errs.slice(0, 60)) console.error(e);
  console.error(`${errs.length} violation(s); nothing written`);
  process.exit(1);
}
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(composition(comp, tot, langs, proseSecrets));
