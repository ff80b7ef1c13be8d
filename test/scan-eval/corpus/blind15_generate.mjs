#!/usr/bin/env node
// Blind round 15 of the tool-poisoning scanner's held-out corpus.
// Usage: node test/scan-eval/corpus/blind15_generate.mjs
// Reads the hand-written case modules in ./blind15/ (every *.mjs except lib.mjs,
// each exporting `cases`), assigns ids, applies character transforms marked as
// [[OP:text]] inside any string, validates, and writes
//   ./poisoned/blind15.json and ./risky_legit/blind15.json
// Deterministic; Node built-ins only. Exits 1 on any violation.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'blind15');
const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko',
  'ar', 'hi', 'tr', 'vi', 'id', 'sv']);

// ---- character transforms -------------------------------------------------
const HOMO = { a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  i: '\u0456', s: '\u0455', j: '\u0458', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d',
  K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425' };
const cps = (s) => Array.from(s);
const TRANSFORMS = {
  // Unicode tag characters: invisible copy of printable ASCII (U+E0020..U+E007E), framed by U+E0001/U+E007F
  TAG: (t) => '\u{E0001}' + cps(t).map((ch) => {
    const c = ch.codePointAt(0);
    return c >= 0x20 && c <= 0x7e ? String.fromCodePoint(0xe0000 + c) : ch;
  }).join('') + '\u{E007F}',
  // zero-width splitting: U+200B / U+200C / U+2060 between characters (cycled deterministically)
  ZW: (t) => cps(t).map((ch, i) => ch + ['\u200b', '\u200c', '\u2060', '\u200d'][i % 4]).join(''),
  // bidi override: stored reversed inside RLO ... PDF so it displays forward
  BIDI: (t) => '\u202e' + cps(t).reverse().join('') + '\u202c',
  // Cyrillic homoglyphs for Latin letters
  HOMO: (t) => cps(t).map((ch) => HOMO[ch] ?? ch).join(''),
  // fullwidth forms
  FW: (t) => cps(t).map((ch) => {
    const c = ch.codePointAt(0);
    if (c === 0x20) return '\u3000';
    return c >= 0x21 && c <= 0x7e ? String.fromCodePoint(c + 0xfee0) : ch;
  }).join(''),
  // ANSI: concealed (SGR 8) text, then reset
  ANSI: (t) => '\u001b[8m' + t + '\u001b[0m',
  // ANSI: text followed by cursor-up + erase-line so a terminal overwrites it
  ANSIUP: (t) => t + '\u001b[1A\u001b[2K\r',
  B64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  HEX: (t) => Buffer.from(t, 'utf8').toString('hex'),
};
const MARK = /\[\[([A-Z0-9]+):([\s\S]*?)\]\]/g;

const errors = [];
const fail = (m) => errors.push(m);
const transformUse = {};
const plainTexts = []; // pre-transform strings, for the host check

function walk(v, fn) {
  if (typeof v === 'string') return fn(v);
  if (Array.isArray(v)) return v.map((x) => walk(x, fn));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[walk(k, fn)] = walk(x, fn);
    return o;
  }
  return v;
}

function applyMarkers(s, where) {
  return s.replace(MARK, (_, op, text) => {
    const f = TRANSFORMS[op];
    if (!f) { fail(`${where}: unknown transform ${op}`); return text; }
    transformUse[op] = (transformUse[op] ?? 0) + 1;
    plainTexts.push([where, text]);
    return f(text);
  });
}

// ---- load modules -----------------------------------------------------------
const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'lib.mjs').sort();
const raw = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(srcDir, f)).href);
  if (!Array.isArray(mod.cases)) { fail(`${f}: no exported cases array`); continue; }
  for (const c of mod.cases) raw.push({ ...c, module: f });
}

// ---- build + validate ---------------------------------------------------------
const out = { poisoned: [], legit: [] };
const ids = new Set();
const descs = new Map();
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
const BARE_HOST = /\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|ai|co|app|cloud|xyz|ru|cn|de|me|gg|info|biz|us|uk))\b/gi;

function checkHosts(where, s) {
  for (const m of s.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s"'`)<>?#:]+)/gi)) {
    const host = m[1].replace(/^.*@/, '').replace(/\.+$/, '').toLowerCase();
    if (host === 'localhost' || /^[0-9.]+$/.test(host) || host.startsWith('{') || host.startsWith('$') || host === '') continue;
    if (!ALLOWED_TLD.test(host) && !/^[a-z0-9_-]+$/.test(host)) fail(`${where}: host not under .example/.test/.invalid: ${host}`);
  }
  for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!ALLOWED_TLD.test(m[1])) fail(`${where}: mail domain not under .example/.test/.invalid: ${m[1]}`);
  }
  for (const m of s.matchAll(BARE_HOST)) fail(`${where}: bare host name with a real TLD: ${m[1]}`);
}

for (const c of raw) {
  const prefix = c.kind === 'poisoned' ? 'b15' : c.kind === 'legit' ? 'b15l' : null;
  const where = `${c.module}:${c.slug}`;
  if (!prefix) { fail(`${where}: kind must be poisoned or legit`); continue; }
  if (!LANGS.has(c.lang)) fail(`${where}: unknown lang ${c.lang}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(c.slug ?? '')) fail(`${where}: bad slug`);
  if (!c.family) fail(`${where}: empty family`);
  const id = `${prefix}-${c.lang}-${c.slug}`;
  if (ids.has(id)) fail(`${id}: duplicate id`);
  ids.add(id);
  walk({ tool: c.tool, server: c.server ?? {} }, (s) => { checkHosts(id, s); return s; });
  const tool = walk(c.tool, (s) => applyMarkers(s, id));
  const server = c.server ? walk(c.server, (s) => applyMarkers(s, id)) : undefined;
  walk({ tool, server: server ?? {} }, (s) => { if (/\[\[[A-Z0-9]+:/.test(s)) fail(`${id}: unreplaced marker`); return s; });
  if (typeof tool?.name !== 'string' || !tool.name.trim()) fail(`${id}: empty tool name`);
  if (typeof tool?.description !== 'string' || !tool.description.trim()) fail(`${id}: empty description`);
  const is = tool?.inputSchema;
  if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object' ||
      typeof is.properties !== 'object') fail(`${id}: inputSchema must be an object schema with properties`);
  if (is?.required) for (const r of is.required) if (!(r in is.properties)) fail(`${id}: required "${r}" not in properties`);
  if (tool?.outputSchema && tool.outputSchema.type !== 'object') fail(`${id}: outputSchema must be type object`);
  if (server) {
    for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) fail(`${id}: server.${k} unknown`);
    if ('instructions' in server && typeof server.instructions !== 'string') fail(`${id}: instructions not a string`);
    for (const p of server.prompts ?? []) if (!p.name || !p.description) fail(`${id}: prompt without name/description`);
    for (const r of server.resources ?? []) if (!(r.uri || r.uriTemplate) || !r.name) fail(`${id}: resource without uri/name`);
  }
  if (typeof tool?.description === 'string') {
    if (descs.has(tool.description)) fail(`${id}: same description as ${descs.get(tool.description)}`);
    descs.set(tool.description, id);
  }
  const rec = { id, family: c.family, lang: c.lang, tool };
  if (server) rec.server = server;
  (c.kind === 'poisoned' ? out.poisoned : out.legit).push({ rec, twinOf: c.twinOf });
}
for (const [where, text] of plainTexts) checkHosts(where + ' (decoded)', text);

// ---- report ---------------------------------------------------------------------
function counts(list, key) {
  const m = {};
  for (const { rec } of list) m[rec[key]] = (m[rec[key]] ?? 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
for (const [name, list] of Object.entries(out)) {
  const nonEn = list.filter(({ rec }) => rec.lang !== 'en').length;
  console.log(`${name}: ${list.length} cases (${nonEn} non-English, ${(100 * nonEn / Math.max(1, list.length)).toFixed(0)}%)`);
  console.log('  by family: ' + counts(list, 'family').map(([k, v]) => `${k}=${v}`).join(', '));
  console.log('  by lang:   ' + counts(list, 'lang').map(([k, v]) => `${k}=${v}`).join(', '));
}
const legitSlugs = new Set(out.legit.map(({ rec }) => rec.id.replace(/^b15l-/, '')));
const twins = out.poisoned.filter(({ twinOf, rec }) => twinOf && legitSlugs.has(rec.id.replace(/^b15-/, ''))).length;
console.log(`honest twins (poisoned case with a legit case of the same lang+slug): ${twins}`);
console.log('transforms applied: ' + Object.entries(transformUse).sort().map(([k, v]) => `${k}=${v}`).join(', '));
for (const { twinOf, rec } of out.poisoned) {
  if (twinOf && !legitSlugs.has(`${rec.lang}-${twinOf}`)) fail(`${rec.id}: twin base ${twinOf} is not a legit case`);
}

if (errors.length) {
  for (const e of errors) console.error('ERROR ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
const write = (p, list) => writeFileSync(join(here, p),
  JSON.stringify({ cases: list.map(({ rec }) => rec) }, null, 2) + '\n');
write('poisoned/blind15.json', out.poisoned);
write('risky_legit/blind15.json', out.legit);
console.log('wrote poisoned/blind15.json and risky_legit/blind15.json');
