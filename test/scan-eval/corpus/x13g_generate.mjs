#!/usr/bin/env node
// Training round x13g of the tool-poisoning scanner corpus (deterministic, Node built-ins only).
// Usage: node test/scan-eval/corpus/x13g_generate.mjs
// Reads the hand-written modules in ./x13g/*.mjs (each may export `cases`), expands the
// character-transform markers ⟦kind|payload⟧, assigns ids, validates and writes
// poisoned/x13g.json and risky_legit/x13g.json.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'x13g');

// ---- character transforms -------------------------------------------------------------
const HOMO = { a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', j: '\u0458', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425' };
const transforms = {
  // Unicode tag characters: invisible copy of ASCII text (U+E0000 block), framed by BEGIN/CANCEL TAG.
  tag: (s) => '\u{E0001}' + [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : ch; }).join('') + '\u{E007F}',
  // zero-width splitting: ZWSP / ZWNJ / ZWJ / WJ cycled between characters
  zw: (s) => { const z = ['\u200b', '\u200c', '\u200d', '\u2060']; return [...s].map((ch, i) => ch + (i % 2 === 0 ? z[i % 4] : '')).join(''); },
  // bidi override: stored reversed inside RLO ... PDF so it renders forwards while the raw text reads backwards
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  homo: (s) => [...s].map((ch) => HOMO[ch] ?? ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch === ' ' ? '\u3000' : ch; }).join(''),
  // ANSI: concealed text followed by a reset, then cursor-up + erase line
  ansi: (s) => '\u001b[8m' + s + '\u001b[0m\u001b[1A\u001b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
};
const MARK = /⟦(\w+)\|([\s\S]*?)⟧/g;
let transformCount = 0;
const usedKinds = new Map();
function expand(s, where) {
  return s.replace(MARK, (_, kind, payload) => {
    const f = transforms[kind];
    if (!f) fail(`${where}: unknown transform "${kind}"`);
    transformCount++;
    usedKinds.set(kind, (usedKinds.get(kind) ?? 0) + 1);
    return f(payload);
  });
}
function walk(v, where) {
  if (typeof v === 'string') return expand(v, where);
  if (Array.isArray(v)) return v.map((x) => walk(x, where));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[expand(k, where)] = walk(x, where);
    return out;
  }
  return v;
}

// ---- load ---------------------------------------------------------------------------------
const errors = [];
function fail(msg) { errors.push(msg); }
const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'lib.mjs').sort();
const raw = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(srcDir, f)).href);
  if (!Array.isArray(mod.cases)) { fail(`${f}: no exported "cases" array`); continue; }
  for (const c of mod.cases) raw.push({ ...c, file: f });
}

const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const out = { poisoned: [], legit: [] };
const ids = new Set();
const descs = new Map();
for (const c of raw) {
  const where = `${c.file}:${c.slug}`;
  if (c.kind !== 'poisoned' && c.kind !== 'legit') { fail(`${where}: bad kind`); continue; }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(c.slug ?? '')) fail(`${where}: bad slug`);
  if (!LANGS.has(c.lang)) fail(`${where}: unknown lang ${c.lang}`);
  if (typeof c.family !== 'string' || !c.family) fail(`${where}: empty family`);
  const id = `${c.kind === 'poisoned' ? 'x13g' : 'x13gl'}-${c.lang}-${c.slug}`;
  if (ids.has(id)) fail(`duplicate id ${id}`);
  ids.add(id);
  const tool = walk(c.tool, where);
  if (!tool || typeof tool !== 'object') { fail(`${id}: tool missing`); continue; }
  if (typeof tool.name !== 'string' || !tool.name.trim()) fail(`${id}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) fail(`${id}: empty description`);
  const s = tool.inputSchema;
  if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') fail(`${id}: inputSchema must be an object schema`);
  else if (s.properties !== undefined && (typeof s.properties !== 'object' || Array.isArray(s.properties))) fail(`${id}: properties must be an object`);
  else if (Array.isArray(s.required)) for (const r of s.required) if (!(r in (s.properties ?? {}))) fail(`${id}: required "${r}" not in properties`);
  if (descs.has(tool.description)) fail(`${id}: same description as ${descs.get(tool.description)}`);
  descs.set(tool.description, id);
  const entry = { id, family: c.family, lang: c.lang, tool };
  if (c.server) {
    const server = walk(c.server, where);
    for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) fail(`${id}: unknown server member ${k}`);
    if (server.instructions !== undefined && typeof server.instructions !== 'string') fail(`${id}: instructions must be a string`);
    for (const k of ['prompts', 'resources']) if (server[k] !== undefined && !Array.isArray(server[k])) fail(`${id}: server.${k} must be an array`);
    for (const p of server.prompts ?? []) if (!p.name || !p.description) fail(`${id}: prompt without name/description`);
    for (const r of server.resources ?? []) if (!(r.uri || r.uriTemplate) || !r.name) fail(`${id}: resource without uri/name`);
    entry.server = server;
  }
  const text = JSON.stringify(entry);
  if (MARK.test(text)) fail(`${id}: unexpanded transform marker`);
  MARK.lastIndex = 0;
  // host names must be under reserved TLDs
  for (const m of text.matchAll(/(?:https?|wss?|ftp|sftp):\/\/([^/\s"'?#:@]+)/g)) {
    const host = m[1].toLowerCase();
    if (!/(\.example|\.test|\.invalid)$/.test(host) && !/^(localhost|127\.0\.0\.1|\{[^}]*\}|\$\{[^}]*\}|<[^>]*>)$/.test(host)) fail(`${id}: host ${host} is not reserved`);
  }
  out[c.kind].push(entry);
}

if (errors.length) {
  for (const e of errors) console.error('x13g: ' + e);
  process.exit(1);
}

writeFileSync(join(here, 'poisoned', 'x13g.json'), JSON.stringify({ cases: out.poisoned }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', 'x13g.json'), JSON.stringify({ cases: out.legit }, null, 2) + '\n');

function counts(list, key) {
  const m = new Map();
  for (const c of list) m.set(c[key], (m.get(c[key]) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k}=${n}`).join(' ');
}
for (const kind of ['poisoned', 'legit']) {
  const list = out[kind];
  const nonEn = list.filter((c) => c.lang !== 'en').length;
  console.log(`${kind}: ${list.length} cases (${nonEn} non-English, ${Math.round((100 * nonEn) / Math.max(1, list.length))}%)`);
  console.log(`  families: ${counts(list, 'family')}`);
  console.log(`  languages: ${counts(list, 'lang')}`);
}
console.log(`transforms applied: ${transformCount} (${[...usedKinds.entries()].map(([k, n]) => `${k}=${n}`).join(' ')})`);
console.log(`total: ${out.poisoned.length + out.legit.length} cases from ${files.length} modules`);
