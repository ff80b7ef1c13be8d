#!/usr/bin/env node
// Generator for training round x13b of the tool-poisoning scanner corpus.
// Deterministic, Node built-ins only. Usage: node test/scan-eval/corpus/x13b_generate.mjs
import { writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'x13b');

const HOMO = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', i: '\u0456', y: '\u0443', s: '\u0455', A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041d', K: '\u041a', M: '\u041c' };
const TRANSFORMS = {
  tag: (p) => '\u{E0001}' + [...p].map((ch) => { const c = ch.codePointAt(0); return c < 0x80 ? String.fromCodePoint(0xE0000 + c) : ch; }).join('') + '\u{E007F}',
  zw: (p) => p.split(' ').map((w) => [...w].join('\u200b')).join(' '),
  zwj: (p) => [...p].join('\u2060'),
  bidi: (p) => '\u202e' + [...p].reverse().join('') + '\u202c',
  homo: (p) => [...p].map((ch) => HOMO[ch] ?? ch).join(''),
  fw: (p) => [...p].map((ch) => { const c = ch.codePointAt(0); if (c === 0x20) return '\u3000'; return c >= 0x21 && c <= 0x7e ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ansi: (p) => '\x1b[8m' + p + '\x1b[0m',
  ansiw: (p) => '\x1b[37;47m' + p + '\x1b[0m',
  ansiclr: (p) => p + '\r\x1b[2K\x1b[1A',
  b64: (p) => Buffer.from(p, 'utf8').toString('base64'),
  hex: (p) => Buffer.from(p, 'utf8').toString('hex'),
};
const MARK = /\[\[([a-z0-9]+)::([\s\S]*?)\]\]/g;

function expand(value, used) {
  if (typeof value === 'string') {
    return value.replace(MARK, (_, kind, payload) => {
      const f = TRANSFORMS[kind];
      if (!f) throw new Error(`unknown transform ${kind}`);
      used.add(kind);
      return f(payload);
    });
  }
  if (Array.isArray(value)) return value.map((v) => expand(v, used));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[expand(k, used)] = expand(v, used);
    return out;
  }
  return value;
}

const errors = [];
const fail = (m) => errors.push(m);

async function load(prefix) {
  const files = readdirSync(srcDir).filter((f) => f.startsWith(prefix) && f.endsWith('.mjs')).sort();
  const all = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(join(srcDir, f)).href);
    if (!Array.isArray(mod.default)) { fail(`${f}: default export is not an array`); continue; }
    for (const c of mod.default) all.push({ ...c, _file: f });
  }
  return all;
}

function build(raw, idPrefix, kind) {
  const out = [];
  const transforms = {};
  for (const c of raw) {
    const id = `${idPrefix}-${c.lang}-${c.slug}`;
    const used = new Set();
    const tool = expand(c.tool, used);
    const server = c.server ? expand(c.server, used) : undefined;
    for (const u of used) transforms[u] = (transforms[u] ?? 0) + 1;
    const where = `${kind} ${id} (${c._file})`;
    if (!/^[a-z]{2}$/.test(c.lang ?? '')) fail(`${where}: bad lang`);
    if (!/^[a-z0-9-]+$/.test(c.slug ?? '')) fail(`${where}: bad slug`);
    if (!c.family) fail(`${where}: empty family`);
    if (!tool || typeof tool.name !== 'string' || !tool.name.trim()) fail(`${where}: empty tool name`);
    if (typeof tool.description !== 'string' || !tool.description.trim()) fail(`${where}: empty description`);
    const is = tool.inputSchema;
    if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') fail(`${where}: inputSchema must be an object schema`);
    if (server) {
      for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) fail(`${where}: unknown server key ${k}`);
      if (server.instructions !== undefined && typeof server.instructions !== 'string') fail(`${where}: instructions not a string`);
      for (const k of ['prompts', 'resources']) if (server[k] !== undefined && !Array.isArray(server[k])) fail(`${where}: ${k} not an array`);
    }
    const rec = { id, family: c.family, lang: c.lang, tool };
    if (server) rec.server = server;
    out.push(rec);
  }
  return { out, transforms };
}

const poisonedRaw = await load('p_');
const legitRaw = await load('l_');
const P = build(poisonedRaw, 'x13b', 'poisoned');
const L = build(legitRaw, 'x13bl', 'legit');

const ids = new Set();
const descs = new Map();
for (const c of [...P.out, ...L.out]) {
  if (ids.has(c.id)) fail(`duplicate id ${c.id}`);
  ids.add(c.id);
  const d = c.tool.description;
  if (descs.has(d)) fail(`duplicate description in ${c.id} and ${descs.get(d)}`);
  descs.set(d, c.id);
}

function counts(list, key) {
  const m = {};
  for (const c of list) m[c[key]] = (m[c[key]] ?? 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
function report(title, r) {
  console.log(`${title}: ${r.out.length} cases`);
  console.log('  by family: ' + counts(r.out, 'family').map(([k, v]) => `${k}=${v}`).join(', '));
  console.log('  by lang:   ' + counts(r.out, 'lang').map(([k, v]) => `${k}=${v}`).join(', '));
  console.log('  transforms: ' + Object.entries(r.transforms).sort().map(([k, v]) => `${k}=${v}`).join(', '));
}
report('poisoned', P);
report('risky_legit', L);

if (errors.length) {
  for (const e of errors) console.error('ERROR: ' + e);
  process.exit(1);
}
writeFileSync(join(here, 'poisoned', 'x13b.json'), JSON.stringify({ cases: P.out }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', 'x13b.json'), JSON.stringify({ cases: L.out }, null, 2) + '\n');
console.log('wrote poisoned/x13b.json and risky_legit/x13b.json');
