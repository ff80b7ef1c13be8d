// Deterministic generator for blind round 10 of the scanner corpus.
// Writes poisoned/blind10.json (ids b10-) and risky_legit/blind10.json (ids b10l-),
// validates every case and prints counts per family and language.
// Node built-ins only. Usage: node test/scan-eval/corpus/blind10_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const load = async (names) => {
  const all = [];
  for (const n of names) {
    const m = await import('./blind10/' + n + '.mjs');
    all.push(...m.cases);
  }
  return all;
};

const poisoned = await load(['poisoned_en1', 'poisoned_en2', 'poisoned_intl1', 'poisoned_intl2', 'poisoned_en3', 'poisoned_intl3']);
const legit = await load(['legit_en1', 'legit_en2', 'legit_intl1', 'legit_intl2', 'legit_en3', 'legit_intl3']);

const LANGS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko',
  'ar', 'hi', 'tr', 'vi', 'id', 'sv']);

function validate(cases, prefix, label) {
  const ids = new Set();
  const errors = [];
  for (const k of cases) {
    const where = `${label} ${k && k.id}`;
    if (!k || typeof k.id !== 'string' || !k.id.startsWith(prefix)) errors.push(`${where}: id must start with ${prefix}`);
    if (ids.has(k.id)) errors.push(`${where}: duplicate id`);
    ids.add(k.id);
    if (typeof k.family !== 'string' || !k.family) errors.push(`${where}: family missing`);
    if (!LANGS.has(k.lang)) errors.push(`${where}: unknown lang ${k.lang}`);
    const t = k.tool;
    if (!t || typeof t.name !== 'string' || !t.name.trim()) errors.push(`${where}: empty tool name`);
    if (!t || typeof t.description !== 'string' || !t.description.trim()) errors.push(`${where}: empty description`);
    if (!t || !t.inputSchema || typeof t.inputSchema !== 'object' || Array.isArray(t.inputSchema)) errors.push(`${where}: inputSchema must be an object`);
    if (k.server !== undefined && (typeof k.server !== 'object' || k.server === null)) errors.push(`${where}: server must be an object`);
  }
  // distinct payloads: no two cases may share a description
  const seen = new Map();
  for (const k of cases) {
    const d = k.tool && k.tool.description;
    if (seen.has(d)) errors.push(`${label} ${k.id}: same description as ${seen.get(d)}`);
    seen.set(d, k.id);
  }
  return errors;
}

function counts(cases, key) {
  const m = new Map();
  for (const k of cases) m.set(k[key], (m.get(k[key]) || 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

const errs = [...validate(poisoned, 'b10-', 'poisoned'), ...validate(legit, 'b10l-', 'legit')];
if (errs.length) {
  for (const e of errs) console.error(e);
  process.exit(1);
}

writeFileSync(join(here, 'poisoned', 'blind10.json'), JSON.stringify({ cases: poisoned }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind10.json'), JSON.stringify({ cases: legit }, null, 2) + '\n');

for (const [label, cases] of [['poisoned', poisoned], ['legitimate', legit]]) {
  const en = cases.filter((k) => k.lang === 'en').length;
  console.log(`${label}: ${cases.length} cases, en ${en} (${Math.round((100 * en) / cases.length)}%)`);
  console.log('  families: ' + counts(cases, 'family').map(([k, v]) => `${k} ${v}`).join(', '));
  console.log('  languages: ' + counts(cases, 'lang').map(([k, v]) => `${k} ${v}`).join(', '));
}
