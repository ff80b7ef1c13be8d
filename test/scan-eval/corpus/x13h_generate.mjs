#!/usr/bin/env node
// Generator for training round x13h of the tool-poisoning scanner corpus.
// Deterministic, Node built-ins only.  Usage: node test/scan-eval/corpus/x13h_generate.mjs
// Reads the hand-written modules in ./x13h/, expands payload markers ⟪kind:text⟫
// (character transforms), assigns ids, validates, writes
//   poisoned/x13h.json and risky_legit/x13h.json
// and prints counts per family and language.  Exits 1 on any violation.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MODULES = ['twins_en', 'twins_intl', 'legit_en', 'legit_intl', 'poison_en', 'poison_intl'];

const HOMO = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041d', K: '\u041a', M: '\u041c', B: '\u0412' };
const TRANSFORMS = {
  // Unicode tag characters: invisible copy of the ASCII text, framed by BEGIN/CANCEL TAG.
  tag: (s) => '\u{E0001}' + [...s].map((ch) => { const c = ch.codePointAt(0); return c < 0x80 ? String.fromCodePoint(0xE0000 + c) : ch; }).join('') + '\u{E007F}',
  // zero-width splitting inside every word of 3+ letters
  zw: (s) => s.replace(/[A-Za-z]{3,}/g, (w, off) => { const zs = ['\u200b', '\u200c', '\u200d', '\u2060']; const k = 1 + ((w.length + off) % (w.length - 1)); return w.slice(0, k) + zs[(off + w.length) % 4] + w.slice(k); }),
  // right-to-left override: stored reversed, displayed forwards to a human in a bidi renderer
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  homo: (s) => [...s].map((ch) => HOMO[ch] || ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); if (c === 0x20) return '\u3000'; return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ansi: (s) => '\x1b[8m' + s + '\x1b[28m',                 // concealed text
  ansiblk: (s) => '\x1b[30;40m' + s + '\x1b[0m',           // black on black
  ansierase: (s) => s + '\r\x1b[2K\x1b[1A',                // printed, then line erased
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13: (s) => s.replace(/[A-Za-z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }),
};
const MARK = /⟪(\w+):([\s\S]*?)⟫/g;
const errors = [];
let transformed = 0;
const usedTransforms = {};

function expand(str, where) {
  if (!str.includes('⟪')) return str;
  const out = str.replace(MARK, (_, kind, text) => {
    const f = TRANSFORMS[kind];
    if (!f) { errors.push(`${where}: unknown transform ${kind}`); return text; }
    usedTransforms[kind] = (usedTransforms[kind] || 0) + 1;
    return f(text);
  });
  if (out.includes('⟪') || out.includes('⟫')) errors.push(`${where}: unbalanced marker`);
  transformed++;
  return out;
}
function walk(v, where) {
  if (typeof v === 'string') return expand(v, where);
  if (Array.isArray(v)) return v.map((x, i) => walk(x, `${where}[${i}]`));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expand(k, where + '.<key>')] = walk(x, `${where}.${k}`);
    return o;
  }
  return v;
}

const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const all = [];
for (const m of MODULES) {
  const mod = await import(join(here, 'x13h', m + '.mjs'));
  if (!Array.isArray(mod.cases)) { errors.push(`module ${m} exports no cases array`); continue; }
  for (const c of mod.cases.flat()) all.push({ ...c, module: m });
}

const ids = new Set();
const descs = new Map();
const out = { poisoned: [], legit: [] };
const stats = { poisoned: { family: {}, lang: {} }, legit: { family: {}, lang: {} } };
let twins = 0;
for (const c of all) {
  const prefix = c.kind === 'poisoned' ? 'x13h' : c.kind === 'legit' ? 'x13hl' : null;
  if (!prefix) { errors.push(`${c.module}/${c.slug}: bad kind ${c.kind}`); continue; }
  const id = `${prefix}-${c.lang}-${c.slug}`;
  const where = `${c.module}:${id}`;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(c.slug || '')) errors.push(`${where}: bad slug`);
  if (!LANGS.has(c.lang)) errors.push(`${where}: unknown lang ${c.lang}`);
  if (!c.family) errors.push(`${where}: no family`);
  if (ids.has(id)) errors.push(`${where}: duplicate id`);
  ids.add(id);
  const tool = walk(c.tool, where + '.tool');
  const server = c.server ? walk(c.server, where + '.server') : undefined;
  if (typeof tool.name !== 'string' || !tool.name.trim()) errors.push(`${where}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${where}: empty description`);
  const s = tool.inputSchema;
  if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object' || typeof s.properties !== 'object') errors.push(`${where}: inputSchema must be an object schema`);
  else for (const r of s.required || []) if (!(r in s.properties)) errors.push(`${where}: required ${r} not in properties`);
  if (server) {
    for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) errors.push(`${where}: server.${k} unknown`);
    if ('instructions' in server && typeof server.instructions !== 'string') errors.push(`${where}: instructions not a string`);
    for (const k of ['prompts', 'resources']) if (k in server && !Array.isArray(server[k])) errors.push(`${where}: server.${k} not an array`);
    for (const p of server.prompts || []) if (!p.name || !p.description) errors.push(`${where}: prompt without name/description`);
    for (const r of server.resources || []) if (!(r.uri || r.uriTemplate) || !r.name || !r.description) errors.push(`${where}: resource incomplete`);
  }
  const d = tool.description;
  if (descs.has(d)) errors.push(`${where}: same description as ${descs.get(d)}`);
  descs.set(d, id);
  const text = JSON.stringify({ tool, server });
  // Host-like tokens ending in a real-world TLD must not appear (only .example/.test/.invalid hosts).
  const REAL_TLD = /\.(com|org|net|io|dev|ai|co|app|gov|edu|info|biz|cloud|me|us|uk|de|fr|es|it|nl|pl|ru|ua|cn|jp|kr|in|br|tr|vn|se|eu|xyz|site|online|tech|ly|gg|so|to)$/i;
  for (const h of (text.match(/\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?=[/:"'\s,)>?]|$)/gi) || []).filter((x) => REAL_TLD.test(x))) {
    if (/\.(example|test|invalid)$/i.test(h)) continue;
    if (/^[\w-]+\.(json|md|txt|yaml|yml|env|toml|log|csv|pdf|js|mjs|ts|py|sh|sql|pem|key|pub|db|ini|cfg|conf|lock|xml|html|png|jpg|zip|gz|tar|kdbx|dat|sqlite|plist|keychain|gpg|crt|p12|tf|tfvars|exe|dmg|go|rs|cc|h|kt|java|rb|php|proto|ipynb|xlsx|docx|pptx|wasm|bin|tfstate|jsonl|bak|old|local|prod|dev|zshrc|bashrc|profile|gitconfig|npmrc|netrc|pgpass|cnf|service|d|svg|css|scss|vue|tsx|jsx|orig|lst|ics|vcf|eml|mbox|parquet|sqlite3|s3|io)$/i.test(h)) continue;
    if (/^(e\.g|i\.e|z\.b|p\.ej|v\.v|etc|u\.a|d\.h|p\.ex|ecc|np|t\.ex|bzw|dll|v1|v2)\b/i.test(h)) continue;
    if (/^\d/.test(h)) continue;
    errors.push(`${where}: host-like token not under .example/.test/.invalid: ${h}`);
  }
  const caseOut = { id, family: c.family, lang: c.lang, tool };
  if (server) caseOut.server = server;
  const bucket = c.kind === 'poisoned' ? 'poisoned' : 'legit';
  out[bucket].push(caseOut);
  stats[bucket].family[c.family] = (stats[bucket].family[c.family] || 0) + 1;
  stats[bucket].lang[c.lang] = (stats[bucket].lang[c.lang] || 0) + 1;
  if (c.twin) twins++;
}

const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' ');
for (const b of ['poisoned', 'legit']) {
  console.log(`${b}: ${out[b].length} cases`);
  console.log(`  families (${Object.keys(stats[b].family).length}): ${sortObj(stats[b].family)}`);
  console.log(`  languages: ${sortObj(stats[b].lang)}`);
}
console.log(`honest-twin pairs: ${twins / 2}`);
console.log(`strings with character transforms: ${transformed} (${sortObj(usedTransforms)})`);

if (errors.length) {
  for (const e of errors) console.error('VIOLATION ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
const write = (sub, cases) => {
  const p = join(here, sub, 'x13h.json');
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, JSON.stringify({ cases }, null, 1) + '\n');
  console.log(`wrote ${p}`);
};
write('poisoned', out.poisoned);
write('risky_legit', out.legit);
