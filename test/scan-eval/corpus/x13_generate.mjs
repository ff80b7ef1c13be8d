#!/usr/bin/env node
// Generator for training round x13 of the tool-poisoning scanner corpus.
// Deterministic, Node built-ins only. Reads the hand-written cases in ./x13/*.mjs,
// expands character-transform markers, assigns ids, validates, and writes
//   poisoned/x13.json and risky_legit/x13.json
// Usage: node test/scan-eval/corpus/x13_generate.mjs
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'x13');

// ---------------------------------------------------------------- transforms
const HOMO = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј',
  A: 'Α', B: 'Β', C: 'С', E: 'Ε', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', X: 'Χ' };
const transforms = {
  TAG: (s) => '\u{E0001}' + [...s].map((ch) => {
    const cp = ch.codePointAt(0);
    return cp >= 0x20 && cp < 0x7f ? String.fromCodePoint(0xe0000 + cp) : '';
  }).join('') + '\u{E007F}',
  ZW: (s) => {
    const zw = ['\u200b', '\u200c', '\u200d', '\u2060'];
    let k = 0;
    return [...s].map((ch) => (ch === ' ' ? ch : ch + zw[k++ % zw.length])).join('');
  },
  BIDI: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  HOMO: (s) => [...s].map((ch) => HOMO[ch] ?? ch).join(''),
  FW: (s) => [...s].map((ch) => {
    const cp = ch.codePointAt(0);
    if (cp === 0x20) return '\u3000';
    return cp > 0x20 && cp < 0x7f ? String.fromCodePoint(cp + 0xfee0) : ch;
  }).join(''),
  ANSI: (s) => '\u001b[8m' + s + '\u001b[0m',
  ANSICR: (s) => s + '\u001b[1A\u001b[2K\r',
  B64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  HEX: (s) => Buffer.from(s, 'utf8').toString('hex'),
};
const MARK = /⟦([A-Z0-9]+):([\s\S]*?)⟧/g;
let transformCount = {};
function expand(str) {
  return str.replace(MARK, (_, kind, body) => {
    const f = transforms[kind];
    if (!f) throw new Error(`unknown transform ${kind}`);
    transformCount[kind] = (transformCount[kind] ?? 0) + 1;
    return f(body);
  });
}
function walk(v) {
  if (typeof v === 'string') return expand(v);
  if (Array.isArray(v)) return v.map(walk);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, val] of Object.entries(v)) out[expand(k)] = walk(val);
    return out;
  }
  return v;
}

// ---------------------------------------------------------------- load
const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'h.mjs').sort();
const all = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(srcDir, f)).href);
  if (!Array.isArray(mod.default)) throw new Error(`${f}: default export must be an array`);
  for (const c of mod.default) all.push({ ...c, _file: f });
}

// ---------------------------------------------------------------- build + validate
const errors = [];
const err = (m) => errors.push(m);
const ids = new Set();
const descs = new Map();
const out = { poisoned: [], legit: [] };
const allowedHost = /\.(example|test|invalid)$/i;
const strings = (v, acc = []) => {
  if (typeof v === 'string') acc.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, acc));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { acc.push(k); strings(x, acc); }
  return acc;
};
for (const c of all) {
  const where = `${c._file}:${c.slug}`;
  if (!c.slug || !/^[a-z0-9][a-z0-9-]*$/.test(c.slug)) err(`${where}: bad slug`);
  if (!c.lang || !/^[a-z]{2}$/.test(c.lang)) err(`${where}: bad lang`);
  if (!c.family) err(`${where}: missing family`);
  const id = (c.kind === 'poisoned' ? 'x13-' : 'x13l-') + `${c.lang}-${c.slug}`;
  if (ids.has(id)) err(`${where}: duplicate id ${id}`);
  ids.add(id);
  const tool = walk(c.tool);
  const server = c.server ? walk(c.server) : undefined;
  if (typeof tool?.name !== 'string' || !tool.name.trim()) err(`${id}: empty tool name`);
  if (typeof tool?.description !== 'string' || !tool.description.trim()) err(`${id}: empty description`);
  const s = tool?.inputSchema;
  if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') err(`${id}: inputSchema must be an object schema`);
  if (descs.has(tool.description)) err(`${id}: same description as ${descs.get(tool.description)}`);
  descs.set(tool.description, id);
  if (server) {
    for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) err(`${id}: server.${k} unknown`);
    if ('instructions' in server && typeof server.instructions !== 'string') err(`${id}: instructions not a string`);
    for (const k of ['prompts', 'resources']) if (k in server && !Array.isArray(server[k])) err(`${id}: server.${k} not an array`);
  }
  for (const str of strings([tool, server ?? {}])) {
    if (str.includes('⟦') || str.includes('⟧')) err(`${id}: unexpanded marker`);
    for (const m of str.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>]*@)?([A-Za-z0-9.-]+)/gi)) {
      const host = m[1].replace(/\.$/, '');
      if (host.includes('.') && !allowedHost.test(host) && !/^\d+(\.\d+){3}$/.test(host)) err(`${id}: host ${host} not under .example/.test/.invalid`);
    }
    for (const m of str.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
      if (!allowedHost.test(m[1])) err(`${id}: mail host ${m[1]} not under .example/.test/.invalid`);
    }
  }
  const rec = { id, family: c.family, lang: c.lang, tool };
  if (server) rec.server = server;
  out[c.kind === 'poisoned' ? 'poisoned' : 'legit'].push(rec);
}

// ---------------------------------------------------------------- report
function counts(list, key) {
  const m = {};
  for (const c of list) m[c[key]] = (m[c[key]] ?? 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
for (const [label, list] of [['poisoned', out.poisoned], ['risky_legit', out.legit]]) {
  console.log(`${label}: ${list.length} cases`);
  console.log('  by family: ' + counts(list, 'family').map(([k, n]) => `${k}=${n}`).join(', '));
  console.log('  by lang:   ' + counts(list, 'lang').map(([k, n]) => `${k}=${n}`).join(', '));
}
console.log('transforms applied: ' + Object.entries(transformCount).sort().map(([k, n]) => `${k}=${n}`).join(', '));
if (errors.length) {
  for (const e of errors) console.error('ERROR ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
writeFileSync(join(here, 'poisoned', 'x13.json'), JSON.stringify({ cases: out.poisoned }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'x13.json'), JSON.stringify({ cases: out.legit }, null, 1) + '\n');
console.log('wrote poisoned/x13.json and risky_legit/x13.json');
