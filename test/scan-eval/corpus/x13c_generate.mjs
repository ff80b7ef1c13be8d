#!/usr/bin/env node
// Deterministic generator for training round x13c of the tool-poisoning corpus.
// Usage: node test/scan-eval/corpus/x13c_generate.mjs
// Reads the hand-written modules in ./x13c/, resolves transform markers, assigns ids,
// validates, and writes poisoned/x13c.json and risky_legit/x13c.json.
import { writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'x13c');

const HOMO = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455' };
const T = {
  tag: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : ch; }).join(''),
  zw: (s) => [...s].map((ch, i) => (i % 2 === 1 && ch !== ' ' ? '\u200b' + ch : ch)).join('').replace(/ /g, '\u200c \u200d'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  homo: (s) => [...s].map((ch) => HOMO[ch] ?? ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch === ' ' ? '\u3000' : ch; }).join(''),
  ansi: (s) => '\u001b[8m' + s + '\u001b[0m\u001b[1A\u001b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
};
const MARK = /\[\[(tag|zw|bidi|homo|fw|ansi|b64|hex):([\s\S]*?)\]\]/g;
const transforms = {};
function resolve(v) {
  if (typeof v === 'string') {
    return v.replace(MARK, (_, k, body) => { transforms[k] = (transforms[k] ?? 0) + 1; return T[k](body); });
  }
  if (Array.isArray(v)) return v.map(resolve);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, val] of Object.entries(v)) o[resolve(k)] = resolve(val);
    return o;
  }
  return v;
}

const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const errors = [];
const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'helpers.mjs').sort();
const all = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(srcDir, f)).href);
  if (!Array.isArray(mod.default)) { errors.push(`${f}: default export must be an array`); continue; }
  for (const c of mod.default) all.push({ ...c, file: f });
}

const out = { poisoned: [], legit: [] };
const ids = new Set();
const descs = new Map();
for (const c of all) {
  const prefix = c.kind === 'poisoned' ? 'x13c' : c.kind === 'legit' ? 'x13cl' : null;
  if (!prefix) { errors.push(`${c.file}: ${c.slug}: bad kind`); continue; }
  if (!LANGS.has(c.lang)) errors.push(`${c.file}: ${c.slug}: unknown lang ${c.lang}`);
  if (!/^[a-z0-9-]+$/.test(c.slug || '')) errors.push(`${c.file}: bad slug ${c.slug}`);
  const id = `${prefix}-${c.lang}-${c.slug}`;
  if (ids.has(id)) errors.push(`duplicate id ${id}`);
  ids.add(id);
  if (!c.family) errors.push(`${id}: empty family`);
  const t = resolve(c.tool);
  if (!t || typeof t.name !== 'string' || !t.name.trim()) errors.push(`${id}: empty tool name`);
  if (typeof t.description !== 'string' || !t.description.trim()) errors.push(`${id}: empty description`);
  const s = t.inputSchema;
  if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') errors.push(`${id}: inputSchema must be an object schema`);
  if (descs.has(t.description)) errors.push(`${id}: same description as ${descs.get(t.description)}`);
  descs.set(t.description, id);
  const rec = { id, family: c.family, lang: c.lang, tool: t };
  if (c.server) rec.server = resolve(c.server);
  if (MARK.test(JSON.stringify(rec))) errors.push(`${id}: unresolved marker`);
  MARK.lastIndex = 0;
  (c.kind === 'poisoned' ? out.poisoned : out.legit).push(rec);
}

function counts(list, key) {
  const m = {};
  for (const c of list) m[c[key]] = (m[c[key]] ?? 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' ');
}
if (errors.length) {
  for (const e of errors) console.error('ERROR', e);
  process.exit(1);
}
writeFileSync(join(here, 'poisoned', 'x13c.json'), JSON.stringify({ cases: out.poisoned }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', 'x13c.json'), JSON.stringify({ cases: out.legit }, null, 2) + '\n');
console.log(`poisoned: ${out.poisoned.length}`);
console.log(`  families: ${counts(out.poisoned, 'family')}`);
console.log(`  langs: ${counts(out.poisoned, 'lang')}`);
console.log(`legit: ${out.legit.length}`);
console.log(`  families: ${counts(out.legit, 'family')}`);
console.log(`  langs: ${counts(out.legit, 'lang')}`);
console.log(`transforms applied: ${Object.entries(transforms).map(([k, v]) => `${k}=${v}`).join(' ') || 'none'}`);
