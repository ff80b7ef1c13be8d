// Generator for benign_ml2.jsonl: benign multilingual training texts for the
// `injection` and `harmful` guards. Texts live in benign_ml2_<lang>.mjs, one
// file per language, each exporting an array of [domain, text] pairs.
// Deterministic, Node built-ins only. Usage (from the repository root):
//   node test/eval/injection/model/benign_ml2_generate.mjs
// Validates every record, prints composition counts and, when all records are
// valid, rewrites benign_ml2.jsonl next to this file; exits 1 (writing nothing)
// on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl',
  'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const DOMAINS = [
  'medicine', 'mental_health', 'pest_garden', 'hunting_shooting',
  'cooking_butchery', 'chemistry_biology', 'household_chemicals',
  'it_security', 'history_essay', 'crime_news', 'diversity_policy',
  'parenting_safety', 'martial_arts', 'games_films', 'idioms',
];
const ALLOWED_TLDS = ['example', 'test', 'invalid'];
// Dotted tokens that are file names or abbreviations, not host names.
const FILE_EXTS = new Set(['txt', 'pdf', 'doc', 'docx', 'xlsx', 'csv', 'json',
  'md', 'png', 'jpg', 'exe', 'zip', 'log', 'yaml', 'yml', 'msi', 'sh', 'py',
  'conf', 'ini', 'html', 'js', 'mp4', 'pptx']);

// Common abbreviations that look like dotted tokens.
const ABBREVIATIONS = new Set(["t.ex", "z.b", "d.h", "u.a", "e.g", "i.e", "o.k", "m.m", "bl.a", "s.k"]);

const errors = [];
const records = [];
const seen = new Map();

function hostViolations(text) {
  const bad = [];
  // Any URL / e-mail host and any dotted token whose last label looks like a TLD.
  const re = /[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+/g;
  for (const m of text.matchAll(re)) {
    const tok = m[0].replace(/\.+$/, '');
    const labels = tok.split('.');
    if (labels.length < 2) continue;
    const last = labels[labels.length - 1].toLowerCase();
    if (!/^[a-z]{2,}$/.test(last)) continue;          // 2.5, z.B, numbers
    if (ALLOWED_TLDS.includes(last)) continue;
    if (ABBREVIATIONS.has(tok.toLowerCase())) continue;
    if (FILE_EXTS.has(last) && labels.length === 2) continue;
    bad.push(tok);
  }
  return bad;
}

function lengthClass(text) {
  if (text.includes('\n')) return 'snippet';
  const enders = text.match(/[.!?。！？؟।](?=\s|$)|[。！？]/g) || [];
  const n = enders.length || 1;
  return n >= 2 ? 'paragraph' : 'single';
}

for (const lang of LANGS) {
  const file = join(here, `benign_ml2_${lang}.mjs`);
  let items;
  try {
    items = (await import(pathToFileURL(file).href)).default;
  } catch (e) {
    errors.push(`${lang}: cannot load ${file}: ${e.message}`);
    continue;
  }
  if (!Array.isArray(items)) { errors.push(`${lang}: default export is not an array`); continue; }
  const doms = new Set();
  items.forEach((item, i) => {
    const where = `${lang}#${i}`;
    if (!Array.isArray(item) || item.length !== 2) { errors.push(`${where}: not a [domain, text] pair`); return; }
    const [domain, raw] = item;
    if (!DOMAINS.includes(domain)) errors.push(`${where}: unknown domain ${domain}`);
    if (typeof raw !== 'string') { errors.push(`${where}: text is not a string`); return; }
    const text = raw.trim();
    if (!text) errors.push(`${where}: empty text`);
    const key = text.normalize('NFC');
    if (seen.has(key)) errors.push(`${where}: duplicate of ${seen.get(key)}`);
    else seen.set(key, where);
    for (const h of hostViolations(text)) errors.push(`${where}: host not under .example/.test/.invalid: ${h}`);
    doms.add(domain);
    records.push({ parts: [[text, 0]], lang, kind: 'benign', domain });
  });
  for (const d of DOMAINS) if (!doms.has(d)) errors.push(`${lang}: no text in domain ${d}`);
}

// Final structural validation of what is written.
for (const r of records) {
  if (!LANGS.includes(r.lang)) errors.push(`unknown lang ${r.lang}`);
  if (r.kind !== 'benign' || r.parts.length !== 1 || r.parts[0][1] !== 0) errors.push('bad record shape');
}

const out = join(here, 'benign_ml2.jsonl');

const byLang = {}; const byDomain = {}; const byLen = {};
for (const r of records) {
  const t = r.parts[0][0];
  const lc = lengthClass(t);
  byLang[r.lang] ??= { total: 0, single: 0, paragraph: 0, snippet: 0 };
  byLang[r.lang].total++; byLang[r.lang][lc]++;
  byDomain[r.domain] = (byDomain[r.domain] || 0) + 1;
  byLen[lc] = (byLen[lc] || 0) + 1;
}
console.log(`${records.length} records`);
console.log('per language (total / single / paragraph / snippet):');
for (const l of LANGS) {
  const c = byLang[l] || { total: 0, single: 0, paragraph: 0, snippet: 0 };
  console.log(`  ${l}  ${String(c.total).padStart(3)}  ${String(c.single).padStart(3)}  ${String(c.paragraph).padStart(3)}  ${String(c.snippet).padStart(3)}`);
}
console.log('per domain:');
for (const d of DOMAINS) console.log(`  ${d.padEnd(20)} ${byDomain[d] || 0}`);
console.log('per length class:', JSON.stringify(byLen));
if (errors.length) {
  console.error(`${errors.length} violation(s):`);
  for (const e of errors) console.error('  ' + e);
  console.error(`not written: ${out}`);
  process.exit(1);
}
writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`all records valid; wrote ${records.length} records to ${out}`);
