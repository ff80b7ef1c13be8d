#!/usr/bin/env node
// Blind round 20 of the tool-poisoning scanner's held-out corpus.
// Deterministic; Node built-ins only. Reads the hand-written case modules in
// ./blind20/*.mjs (h.mjs is the helper), expands the character-transform
// markers, assigns ids, validates, and writes
//   poisoned/blind20.json and risky_legit/blind20.json
// Usage: node test/scan-eval/corpus/blind20_generate.mjs
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const caseDir = join(here, 'blind20');

const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko',
  'ar', 'hi', 'tr', 'vi', 'id', 'sv']);

// ---------------------------------------------------------------- transforms
const HOMO = { a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445',
  y: '\u0443', i: '\u0456', s: '\u0455', j: '\u0458', A: '\u0410', B: '\u0412', C: '\u0421',
  E: '\u0415', H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422',
  X: '\u0425' };

const TRANSFORMS = {
  tag: (s) => '\u{E0001}' + [...s].map((ch) => {
    const c = ch.codePointAt(0);
    return c >= 0x20 && c <= 0x7e ? String.fromCodePoint(0xe0000 + c) : '';
  }).join('') + '\u{E007F}',
  zw: (s) => s.split(' ').map((w) => [...w].join('\u200b')).join(' \u200c'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  homo: (s) => [...s].map((ch) => HOMO[ch] ?? ch).join(''),
  full: (s) => [...s].map((ch) => {
    const c = ch.codePointAt(0);
    if (c === 0x20) return '\u3000';
    return c >= 0x21 && c <= 0x7e ? String.fromCodePoint(c + 0xfee0) : ch;
  }).join(''),
  ansi: (s) => '\u001b[8m' + s + '\u001b[0m',
  ansiwipe: (s) => s + '\u001b[1A\u001b[2K\r',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARKER = /⟦(tag|zw|bidi|homo|full|ansi|ansiwipe|b64|hex|pct):([^⟦⟧]*)⟧/g;

function expandString(s, used) {
  return s.replace(MARKER, (_, kind, body) => {
    used.add(kind);
    return TRANSFORMS[kind](body);
  });
}

function expand(v, used) {
  if (typeof v === 'string') return expandString(v, used);
  if (Array.isArray(v)) return v.map((x) => expand(x, used));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expandString(k, used)] = expand(x, used);
    return o;
  }
  return v;
}

// ------------------------------------------------------------------- checks
const errors = [];
const fail = (msg) => errors.push(msg);

function walkStrings(v, fn, path = '') {
  if (typeof v === 'string') return fn(v, path);
  if (Array.isArray(v)) return v.forEach((x, i) => walkStrings(x, fn, `${path}[${i}]`));
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      fn(k, `${path}{key}`);
      walkStrings(x, fn, `${path}.${k}`);
    }
  }
}

const HOST_OK = /\.(example|test|invalid)$/i;
function checkHosts(id, raw) {
  walkStrings(raw, (s, path) => {
    const text = s.replace(MARKER, (_, k, body) => ' ' + body + ' ');
    for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([A-Za-z0-9._~@{}-]+)/gi)) {
      const host = m[1].replace(/^[^@]*@/, '').replace(/[.]+$/, '');
      if (/^\{|\}$/.test(host) || host === 'localhost' || /^[0-9.]+$/.test(host) || !host.includes('.')) continue;
      if (!HOST_OK.test(host)) fail(`${id}: host "${host}" at ${path} is not under .example/.test/.invalid`);
    }
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) {
      if (!HOST_OK.test(m[1])) fail(`${id}: mail host "${m[1]}" at ${path} is not under .example/.test/.invalid`);
    }
  });
}

function slugify(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// ------------------------------------------------------------------- main
const files = readdirSync(caseDir).filter((f) => f.endsWith('.mjs') && f !== 'h.mjs').sort();
const raw = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(caseDir, f)).href);
  if (!Array.isArray(mod.default)) { fail(`${f}: default export is not an array`); continue; }
  for (const c of mod.default.flat(2)) raw.push({ ...c, module: f });
}

const poisoned = [];
const legit = [];
const ids = new Set();
const descs = new Map();
const transformsUsed = {};

for (const c of raw) {
  const where = `${c.module}:${c.tool?.name ?? '?'}`;
  if (c.kind !== 'p' && c.kind !== 'l') { fail(`${where}: kind must be p or l`); continue; }
  if (!LANGS.has(c.lang)) fail(`${where}: unknown lang ${c.lang}`);
  if (!c.family || typeof c.family !== 'string') fail(`${where}: empty family`);
  const slug = slugify(c.slug ?? c.tool?.name ?? '');
  const id = `${c.kind === 'p' ? 'b20' : 'b20l'}-${c.lang}-${slug}`;
  if (!slug) fail(`${where}: empty slug`);
  if (ids.has(id)) fail(`${where}: id ${id} is used twice`);
  ids.add(id);
  checkHosts(id, { tool: c.tool, server: c.server });

  const used = new Set();
  const tool = expand(c.tool, used);
  const server = c.server && Object.keys(c.server).length ? expand(c.server, used) : undefined;
  for (const k of used) transformsUsed[k] = (transformsUsed[k] ?? 0) + 1;

  if (!tool || typeof tool !== 'object') { fail(`${id}: tool missing`); continue; }
  if (typeof tool.name !== 'string' || !tool.name.trim()) fail(`${id}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) fail(`${id}: empty description`);
  const is = tool.inputSchema;
  if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') fail(`${id}: inputSchema must be an object schema`);
  else if (is.properties && (typeof is.properties !== 'object' || Array.isArray(is.properties))) fail(`${id}: inputSchema.properties must be an object`);
  if (is?.required) for (const r of is.required) if (!(r in (is.properties ?? {}))) fail(`${id}: required "${r}" is not a property`);
  if (server) {
    for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) fail(`${id}: server member ${k}`);
    if (server.instructions !== undefined && typeof server.instructions !== 'string') fail(`${id}: instructions must be a string`);
    for (const p of server.prompts ?? []) if (!p.name || !p.description) fail(`${id}: prompt without name/description`);
    for (const r of server.resources ?? []) if (!(r.uri || r.uriTemplate) || !r.name) fail(`${id}: resource without uri/name`);
  }
  walkStrings({ tool, server }, (s, path) => { if (/[⟦⟧]/.test(s)) fail(`${id}: unexpanded marker at ${path}`); });
  const d = (tool.description ?? '').trim();
  if (descs.has(d)) fail(`${id}: same description as ${descs.get(d)}`);
  descs.set(d, id);

  const out = { id, family: c.family, lang: c.lang, tool };
  if (server) out.server = server;
  (c.kind === 'p' ? poisoned : legit).push({ out, twin: !!c.twin });
}

const byId = (a, b) => (a.out.id < b.out.id ? -1 : a.out.id > b.out.id ? 1 : 0);
poisoned.sort(byId);
legit.sort(byId);

function counts(list, key) {
  const m = {};
  for (const { out } of list) m[out[key]] = (m[out[key]] ?? 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
function report(title, list) {
  console.log(`${title}: ${list.length} cases (${list.filter((x) => x.twin).length} belong to honest-twin pairs)`);
  const langs = counts(list, 'lang');
  const nonEn = list.filter((x) => x.out.lang !== 'en').length;
  console.log(`  languages (${langs.length}, non-English ${nonEn} = ${(100 * nonEn / Math.max(1, list.length)).toFixed(1)}%): ` +
    langs.map(([k, n]) => `${k}=${n}`).join(' '));
  console.log(`  families (${counts(list, 'family').length}):`);
  for (const [k, n] of counts(list, 'family')) console.log(`    ${k.padEnd(28)} ${n}`);
}
report('poisoned', poisoned);
report('risky_legit', legit);
console.log('transform markers used (cases): ' + Object.entries(transformsUsed).sort().map(([k, n]) => `${k}=${n}`).join(' '));
const withServer = (l) => l.filter((x) => x.out.server).length;
const withOut = (l) => l.filter((x) => x.out.tool.outputSchema).length;
console.log(`with server block: poisoned=${withServer(poisoned)} legit=${withServer(legit)}; ` +
  `with outputSchema: poisoned=${withOut(poisoned)} legit=${withOut(legit)}`);

if (errors.length) {
  for (const e of errors) console.error('ERROR ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
const write = (p, list) => writeFileSync(join(here, p),
  JSON.stringify({ cases: list.map((x) => x.out) }, null, 2) + '\n');
write('poisoned/blind20.json', poisoned);
write('risky_legit/blind20.json', legit);
console.log('wrote poisoned/blind20.json and risky_legit/blind20.json');
