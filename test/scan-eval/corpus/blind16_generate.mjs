#!/usr/bin/env node
// Blind round 16 of the tool-poisoning scanner's held-out corpus.
// Deterministic; Node built-ins only. Reads hand-written cases from blind16/*.mjs,
// expands transform markers, assigns ids, validates and writes
// poisoned/blind16.json and risky_legit/blind16.json.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'blind16');

// ---- character transforms -------------------------------------------------
const HOMO = { a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425' };
const T = {
  tag: (s) => '\u{E0001}' + [...s].map((ch) => { const c = ch.codePointAt(0); return c < 0x80 ? String.fromCodePoint(0xE0000 + c) : ch; }).join('') + '\u{E007F}',
  zw: (s) => [...s].map((ch, i) => (i % 2 === 1 && ch !== ' ' ? '\u200B' + ch : ch)).join(''),
  zwj: (s) => [...s].join('\u200D'),
  bidi: (s) => '\u202E' + [...s].reverse().join('') + '\u202C',
  rli: (s) => '\u2067' + s + '\u2069',
  homo: (s) => [...s].map((ch) => HOMO[ch] || ch).join(''),
  full: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x21 && c <= 0x7e ? String.fromCodePoint(c + 0xFEE0) : ch === ' ' ? '\u3000' : ch; }).join(''),
  ansi: (s) => '\u001b[8m' + s + '\u001b[0m',
  ansihide: (s) => '\u001b[30;40m' + s + '\u001b[0m',
  ansiclr: (s) => '\u001b[2K\u001b[1A' + s + '\u001b[0m',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13: (s) => s.replace(/[a-z]/gi, (ch) => { const b = ch <= 'Z' ? 65 : 97; return String.fromCharCode(((ch.charCodeAt(0) - b + 13) % 26) + b); }),
  nbsp: (s) => s.replace(/ /g, '\u00A0\u2060'),
};
const MARK = /⟦(\w+):([\s\S]*?)⟧/g;
const transformsUsed = {};
function expand(v) {
  if (typeof v === 'string') {
    return v.replace(MARK, (_, op, body) => {
      if (!T[op]) throw new Error('unknown transform ' + op);
      transformsUsed[op] = (transformsUsed[op] || 0) + 1;
      return T[op](body);
    });
  }
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expand(k)] = expand(x);
    return o;
  }
  return v;
}

// ---- load -----------------------------------------------------------------
const files = readdirSync(dir).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).sort();
const raw = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(dir, f)).href);
  for (const c of mod.default) raw.push({ ...c, file: f });
}

const errors = [];
const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const ids = new Set();
const descs = new Map();
const poisoned = [];
const legit = [];
for (const c of raw) {
  const where = `${c.file}:${c.slug}`;
  if (c.kind !== 'p' && c.kind !== 'l') errors.push(`${where}: kind must be p or l`);
  if (!LANGS.has(c.lang)) errors.push(`${where}: unknown lang ${c.lang}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(c.slug || '')) errors.push(`${where}: bad slug`);
  if (!c.family) errors.push(`${where}: empty family`);
  const id = `${c.kind === 'p' ? 'b16' : 'b16l'}-${c.lang}-${c.slug}`;
  if (ids.has(id)) errors.push(`${where}: duplicate id ${id}`);
  ids.add(id);
  const tool = expand(c.tool);
  if (typeof tool.name !== 'string' || !tool.name.trim()) errors.push(`${id}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${id}: empty description`);
  const s = tool.inputSchema;
  if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') errors.push(`${id}: inputSchema must be an object schema`);
  else if (s.properties && (typeof s.properties !== 'object' || Array.isArray(s.properties))) errors.push(`${id}: properties must be an object`);
  if (s && s.required) for (const r of s.required) if (!s.properties || !(r in s.properties)) errors.push(`${id}: required ${r} not in properties`);
  if (descs.has(tool.description)) errors.push(`${id}: same description as ${descs.get(tool.description)}`);
  descs.set(tool.description, id);
  const out = { id, family: c.family, lang: c.lang, tool };
  if (c.server) {
    const server = expand(c.server);
    for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) errors.push(`${id}: unknown server member ${k}`);
    if ('instructions' in server && typeof server.instructions !== 'string') errors.push(`${id}: instructions must be a string`);
    for (const p of server.prompts || []) if (!p.name || !p.description) errors.push(`${id}: prompt without name/description`);
    for (const r of server.resources || []) if (!(r.uri || r.uriTemplate) || !r.name) errors.push(`${id}: resource without uri/name`);
    out.server = server;
  }
  // host names must be reserved
  const text = JSON.stringify(out);
  for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) {
    const h = m[1].toLowerCase().replace(/[.-]+$/, "");
    if (!/\.(example|test|invalid)$/.test(h) && h !== 'localhost' && !/^127\./.test(h)) errors.push(`${id}: host ${h} is not reserved`);
  }
  (c.kind === 'p' ? poisoned : legit).push(out);
}
if (errors.length) {
  for (const e of errors) console.error('ERROR', e);
  process.exit(1);
}

writeFileSync(join(here, 'poisoned', 'blind16.json'), JSON.stringify({ cases: poisoned }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind16.json'), JSON.stringify({ cases: legit }, null, 1) + '\n');

function tally(list, key) {
  const m = {};
  for (const c of list) m[c[key]] = (m[c[key]] || 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k}=${n}`).join(' ');
}
const nonEn = (l) => l.filter((c) => c.lang !== 'en').length;
console.log(`poisoned: ${poisoned.length} cases (${nonEn(poisoned)} non-English)`);
console.log('  families: ' + tally(poisoned, 'family'));
console.log('  languages: ' + tally(poisoned, 'lang'));
console.log(`legit: ${legit.length} cases (${nonEn(legit)} non-English)`);
console.log('  families: ' + tally(legit, 'family'));
console.log('  languages: ' + tally(legit, 'lang'));
console.log('  with server: ' + legit.filter((c) => c.server).length + ' legit, ' + poisoned.filter((c) => c.server).length + ' poisoned; with outputSchema: ' + legit.filter((c) => c.tool.outputSchema).length + ' legit, ' + poisoned.filter((c) => c.tool.outputSchema).length + ' poisoned');
console.log('transforms: ' + Object.entries(transformsUsed).sort().map(([k, n]) => `${k}=${n}`).join(' '));
