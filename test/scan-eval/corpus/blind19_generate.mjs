#!/usr/bin/env node
// Blind round 19 generator for the tool-poisoning scanner's held-out corpus.
// Deterministic, Node built-ins only. Usage: node test/scan-eval/corpus/blind19_generate.mjs
// Reads the hand-written modules in ./blind19/, expands character-transform markup
// (⟦kind:text⟧), assigns ids, validates and writes poisoned/blind19.json and
// risky_legit/blind19.json.
import { writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'blind19');
const LANGS = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];

// ---- character transforms ---------------------------------------------------
const HOMO = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', j: '\u0458', A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041d', K: '\u041a', M: '\u041c', B: '\u0412' };
const TRANSFORMS = {
  // Unicode tag characters: invisible copy of ASCII text (U+E0020..U+E007E), framed by BEGIN/CANCEL TAG.
  tag: (s) => '\u{E0001}' + [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : ch; }).join('') + '\u{E007F}',
  // zero-width splitting: U+200B / U+200C / U+2060 between every character
  zw: (s) => [...s].map((ch, i) => ch + (i % 3 === 0 ? '\u200b' : i % 3 === 1 ? '\u200c' : '\u2060')).join(''),
  // bidi override: stored reversed inside RLO..PDF so it renders in reading order
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  homo: (s) => [...s].map((ch) => HOMO[ch] ?? ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c === 0x20 ? '\u3000' : c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  // ANSI: concealed text followed by reset and an erase-line so terminals hide it
  ansi: (s) => '\u001b[8m' + s + '\u001b[28m\u001b[0m',
  ansidim: (s) => '\u001b[30;40m' + s + '\u001b[0m\u001b[1A\u001b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
};
const MARK = /⟦(\w+):([\s\S]*?)⟧/g;
let transformUses = {};
function expand(s) {
  return s.replace(MARK, (_, kind, text) => {
    const f = TRANSFORMS[kind];
    if (!f) throw new Error(`unknown transform ${kind}`);
    transformUses[kind] = (transformUses[kind] || 0) + 1;
    return f(text);
  });
}
function deepExpand(v) {
  if (typeof v === 'string') return expand(v);
  if (Array.isArray(v)) return v.map(deepExpand);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[expand(k)] = deepExpand(x);
    return out;
  }
  return v;
}

// ---- load modules -----------------------------------------------------------
const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'helpers.mjs').sort();
const raw = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(srcDir, f)).href);
  if (!Array.isArray(mod.cases)) throw new Error(`${f}: missing "export const cases"`);
  for (const c of mod.cases.flat()) raw.push({ ...c, module: f });
}

// ---- build + validate -------------------------------------------------------
const errors = [];
const ids = new Set();
const descs = new Map();
const HOST_OK = /(\.example|\.test|\.invalid|^localhost|^127\.0\.0\.1|^\[?::1\]?|^0\.0\.0\.0|^169\.254\.169\.254|^10\.\d+\.\d+\.\d+|^192\.168\.\d+\.\d+)(:\d+)?$/i;
const out = { poisoned: [], legit: [] };
for (const c of raw) {
  const where = `${c.module}:${c.slug}`;
  if (c.kind !== 'poisoned' && c.kind !== 'legit') { errors.push(`${where}: bad kind`); continue; }
  if (!c.slug || !/^[a-z0-9][a-z0-9-]*$/.test(c.slug)) errors.push(`${where}: bad slug`);
  if (!LANGS.includes(c.lang)) errors.push(`${where}: bad lang ${c.lang}`);
  if (!c.family || typeof c.family !== 'string') errors.push(`${where}: empty family`);
  const id = `${c.kind === 'poisoned' ? 'b19' : 'b19l'}-${c.lang}-${c.slug}`;
  if (ids.has(id)) errors.push(`${where}: duplicate id ${id}`);
  ids.add(id);
  const tool = deepExpand(c.tool);
  const server = c.server ? deepExpand(c.server) : undefined;
  if (!tool || typeof tool.name !== 'string' || !tool.name.trim()) errors.push(`${id}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${id}: empty description`);
  const is = tool.inputSchema;
  if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') errors.push(`${id}: inputSchema must be an object schema`);
  if (server) {
    for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) errors.push(`${id}: server.${k} unknown`);
    if (server.instructions !== undefined && typeof server.instructions !== 'string') errors.push(`${id}: instructions not a string`);
    for (const k of ['prompts', 'resources']) if (server[k] !== undefined && !Array.isArray(server[k])) errors.push(`${id}: server.${k} not an array`);
  }
  if (typeof tool.description === 'string') {
    if (descs.has(tool.description)) errors.push(`${id}: same description as ${descs.get(tool.description)}`);
    descs.set(tool.description, id);
  }
  const text = JSON.stringify({ tool, server });
  if (text.includes('⟦') || text.includes('⟧')) errors.push(`${id}: unexpanded transform markup`);
  for (const m of text.matchAll(/\b(?:https?|wss?|ftp|sftp|ssh|git\+ssh|s3|gs):\/\/(?:[^@\/\s"'<>]*@)?([^\/\s"'<>?#\\)`]+)/gi)) {
    m[1] = m[1].replace(/[.,;:]+$/, '');
    if (!HOST_OK.test(m[1]) && !/^[{<$]/.test(m[1]) && !/^[A-Za-z0-9_-]+$/.test(m[1])) errors.push(`${id}: host not reserved: ${m[1]}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!HOST_OK.test(m[1])) errors.push(`${id}: mail host not reserved: ${m[1]}`);
  }
  for (const m of text.matchAll(/\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|ai|co|app|cloud))\b/gi)) errors.push(`${id}: real-looking host ${m[1]}`);
  const rec = { id, family: c.family, lang: c.lang, tool, ...(server ? { server } : {}) };
  out[c.kind].push({ rec, twin: !!c.twin });
}

// ---- write + report ---------------------------------------------------------
function summary(label, list) {
  const fam = {}, lang = {};
  for (const { rec } of list) { fam[rec.family] = (fam[rec.family] || 0) + 1; lang[rec.lang] = (lang[rec.lang] || 0) + 1; }
  const nonEn = list.filter((x) => x.rec.lang !== 'en').length;
  console.log(`\n${label}: ${list.length} cases, ${nonEn} non-English (${Math.round((100 * nonEn) / list.length)}%), ${list.filter((x) => x.twin).length} in honest-twin pairs`);
  console.log('  families:');
  for (const [k, v] of Object.entries(fam).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`    ${k.padEnd(28)} ${v}`);
  console.log('  languages: ' + LANGS.filter((l) => lang[l]).map((l) => `${l}=${lang[l]}`).join(' '));
  const missing = LANGS.filter((l) => !lang[l]);
  if (missing.length) errors.push(`${label}: no cases in ${missing.join(',')}`);
}
summary('poisoned', out.poisoned);
summary('risky_legit', out.legit);
console.log('\ntransform uses: ' + Object.entries(transformUses).sort().map(([k, v]) => `${k}=${v}`).join(' '));

if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}
writeFileSync(join(here, 'poisoned', 'blind19.json'), JSON.stringify({ cases: out.poisoned.map((x) => x.rec) }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind19.json'), JSON.stringify({ cases: out.legit.map((x) => x.rec) }, null, 2) + '\n');
console.log(`\nwrote poisoned/blind19.json (${out.poisoned.length}) and risky_legit/blind19.json (${out.legit.length})`);
