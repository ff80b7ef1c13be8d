// Generates blind round 12 of the scanner evaluation corpus:
//   poisoned/blind12.json    (ids b12-<lang>-<slug>)
//   risky_legit/blind12.json (ids b12l-<lang>-<slug>)
// Deterministic: the cases are hand-written in ./blind12/*.mjs; this script only assigns ids,
// validates every case and prints counts per family and language.
// Usage: node test/scan-eval/corpus/blind12_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import poisonedEnA from './blind12/poisoned_en_a.mjs';
import poisonedEnB from './blind12/poisoned_en_b.mjs';
import poisonedIntlA from './blind12/poisoned_intl_a.mjs';
import poisonedIntlB from './blind12/poisoned_intl_b.mjs';
import poisonedExtra from './blind12/poisoned_extra.mjs';
import legitEnA from './blind12/legit_en_a.mjs';
import legitEnB from './blind12/legit_en_b.mjs';
import legitIntlA from './blind12/legit_intl_a.mjs';
import legitIntlB from './blind12/legit_intl_b.mjs';
import legitExtra from './blind12/legit_extra.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const LANGS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko',
  'ar', 'hi', 'tr', 'vi', 'id', 'sv']);

function build(prefix, groups) {
  const cases = [];
  const seen = new Set();
  const errors = [];
  for (const k of groups.flat()) {
    const id = `${prefix}-${k.lang}-${k.slug}`;
    const where = `case ${id}`;
    if (seen.has(id)) errors.push(`${where}: duplicate id`);
    seen.add(id);
    if (!LANGS.has(k.lang)) errors.push(`${where}: unknown lang ${k.lang}`);
    if (!k.family || typeof k.family !== 'string') errors.push(`${where}: no family`);
    const t = k.tool;
    if (!t || typeof t.name !== 'string' || !t.name.trim()) errors.push(`${where}: empty tool name`);
    if (!t || typeof t.description !== 'string' || !t.description.trim()) errors.push(`${where}: empty description`);
    if (!t || !t.inputSchema || typeof t.inputSchema !== 'object' || Array.isArray(t.inputSchema)) {
      errors.push(`${where}: inputSchema is not an object`);
    }
    if (k.server !== undefined && (typeof k.server !== 'object' || Array.isArray(k.server))) {
      errors.push(`${where}: server is not an object`);
    }
    const c = { id, family: k.family, lang: k.lang, tool: t };
    if (k.server) c.server = k.server;
    cases.push(c);
  }
  // Distinct payloads: no two cases may share a description.
  const descs = new Map();
  for (const c of cases) {
    const d = c.tool.description;
    if (descs.has(d)) errors.push(`case ${c.id}: same description as ${descs.get(d)}`);
    descs.set(d, c.id);
  }
  return { cases, errors };
}

function counts(cases, key) {
  const m = new Map();
  for (const c of cases) m.set(c[key], (m.get(c[key]) || 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function report(label, cases) {
  const fam = counts(cases, 'family');
  const lang = counts(cases, 'lang');
  const nonEn = cases.filter((c) => c.lang !== 'en').length;
  console.log(`${label}: ${cases.length} cases, ${fam.length} families, ${lang.length} languages, non-English ${nonEn} (${(100 * nonEn / cases.length).toFixed(0)}%)`);
  console.log('  families: ' + fam.map(([k, v]) => `${k} ${v}`).join(', '));
  console.log('  languages: ' + lang.map(([k, v]) => `${k} ${v}`).join(', '));
}

const poisoned = build('b12', [poisonedEnA, poisonedEnB, poisonedIntlA, poisonedIntlB, poisonedExtra]);
const legit = build('b12l', [legitEnA, legitEnB, legitIntlA, legitIntlB, legitExtra]);
const errors = [...poisoned.errors, ...legit.errors];
if (errors.length) {
  for (const e of errors) console.error(e);
  process.exit(1);
}
writeFileSync(join(here, 'poisoned', 'blind12.json'), JSON.stringify({ cases: poisoned.cases }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind12.json'), JSON.stringify({ cases: legit.cases }, null, 2) + '\n');
report('poisoned', poisoned.cases);
report('risky_legit', legit.cases);
