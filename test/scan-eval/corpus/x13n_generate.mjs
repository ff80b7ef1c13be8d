#!/usr/bin/env node
// Training round x13n generator. Node built-ins only, deterministic.
// Usage: node test/scan-eval/corpus/x13n_generate.mjs
// Expands character-transform markers [[kind:payload]] in every string and
// property name, assigns ids, validates, and writes
//   poisoned/x13n.json and risky_legit/x13n.json  ({"cases": [...]}).
// Any violation: prints it, exits 1, writes nothing.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MODULES = ['poisoned_en', 'legit_en', 'twins_en', 'slots', 'intl_a', 'intl_b', 'intl_c'];

// Seeded PRNG (mulberry32), fixed seed.
let seed = 0x13a5e0;
function rand() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const pick = (s, n) => Array.from({ length: n }, () => s[Math.floor(rand() * s.length)]).join('');

const CYR = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const TRANSFORMS = {
  tag: (s) => [...s].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join(''),
  zw: (s) => [...s].join('\u200b'),
  zwj: (s) => [...s].join('\u200d'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  cyr: (s) => [...s].map((ch) => CYR[ch] ?? ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch === ' ' ? '\u3000' : ch; }).join(''),
  ansi: (s) => '\x1b[8m' + s + '\x1b[28m',
  ansiup: (s) => s + '\x1b[1A\x1b[2K',
  ansiblack: (s) => '\x1b[30;40m' + s + '\x1b[0m',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  rnd: (s) => pick(HEX, Number(s) || 16),
  key: (s) => pick(ALNUM, Number(s) || 24),
};
const MARKER = /\[\[(tag|zw|zwj|bidi|cyr|fw|ansi|ansiup|ansiblack|b64|hex|pct|rnd|key):((?:(?!\]\])[\s\S])*)\]\]/g;
const LEFTOVER = /\[\[(tag|zw|zwj|bidi|cyr|fw|ansi|ansiup|ansiblack|b64|hex|pct|rnd|key):/;

const violations = [];
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s"'<>)\]\/?#,;`]+)/gi)) {
    const host = m[1].replace(/^.*@/, '').replace(/:\d+$/, '').replace(/[.:]+$/, '');
    if (host.includes('.') && !ALLOWED_TLD.test(host)) violations.push(`${where}: URL host not under .example/.test/.invalid: ${host}`);
  }
  for (const m of text.matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) {
    if (!ALLOWED_TLD.test(m[1])) violations.push(`${where}: mail domain not under .example/.test/.invalid: ${m[1]}`);
  }
  for (const m of text.matchAll(/\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|co|app|cloud)\b/gi)) {
    violations.push(`${where}: real-looking domain: ${m[0]}`);
  }
}
function expandString(s, where) {
  // Check the clear text inside markers too (encoded hosts must also be fake).
  checkHosts(s.replace(MARKER, (_, k, p) => (k === 'rnd' || k === 'key' ? '' : ` ${p} `)), where);
  let out = s;
  for (let i = 0; i < 3 && MARKER.test(out); i++) {
    MARKER.lastIndex = 0;
    out = out.replace(MARKER, (_, kind, payload) => TRANSFORMS[kind](payload));
  }
  MARKER.lastIndex = 0;
  if (LEFTOVER.test(out)) violations.push(`${where}: unexpanded marker`);
  return out;
}
function expand(v, where) {
  if (typeof v === 'string') return expandString(v, where);
  if (Array.isArray(v)) return v.map((x, i) => expand(x, `${where}[${i}]`));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expandString(k, `${where} key`)] = expand(x, `${where}.${k}`);
    return o;
  }
  return v;
}

const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'uk', 'tr', 'ar', 'he', 'zh', 'ja', 'ko', 'hi', 'vi', 'id'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const poisoned = [];
const legit = [];
for (const name of MODULES) {
  const mod = await import(join(here, 'x13n', `${name}.mjs`));
  for (const c of mod.poisoned ?? []) poisoned.push({ ...c, module: name });
  for (const c of mod.legit ?? []) legit.push({ ...c, module: name });
}

function checkSchema(schema, where) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema) || schema.type !== 'object') {
    violations.push(`${where}: inputSchema must be an object schema`);
    return;
  }
  const props = schema.properties ?? {};
  if (typeof props !== 'object' || Array.isArray(props)) violations.push(`${where}: properties must be an object`);
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required)) violations.push(`${where}: required must be an array`);
    else for (const r of schema.required) if (!(r in props)) violations.push(`${where}: required names missing property ${r}`);
  }
}

const ids = new Set();
const descs = new Map();
function build(c, kind) {
  const prefix = kind === 'poisoned' ? 'x13n' : 'x13nl';
  const where0 = `${c.module}:${c.slug}`;
  if (!SLUG.test(c.slug ?? '')) violations.push(`${where0}: bad slug`);
  if (!LANGS.includes(c.lang)) violations.push(`${where0}: unknown lang ${c.lang}`);
  if (typeof c.family !== 'string' || !c.family) violations.push(`${where0}: missing family`);
  const id = `${prefix}-${c.lang}-${c.slug}`;
  if (ids.has(id)) violations.push(`${id}: duplicate id`);
  ids.add(id);
  const tool = expand(c.tool, `${id} tool`);
  if (typeof tool.name !== 'string' || !tool.name.trim()) violations.push(`${id}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) violations.push(`${id}: empty description`);
  checkSchema(tool.inputSchema, id);
  const prev = descs.get(tool.description);
  if (prev) violations.push(`${id}: description duplicates ${prev}`);
  else descs.set(tool.description, id);
  const out = { id, family: c.family, lang: c.lang, tool };
  if (c.server !== undefined) {
    const server = expand(c.server, `${id} server`);
    if (!server || typeof server !== 'object' || Array.isArray(server)) violations.push(`${id}: server must be an object`);
    else for (const [k, v] of Object.entries(server)) {
      if (k === 'instructions') { if (typeof v !== 'string') violations.push(`${id}: server.instructions must be a string`); }
      else if (k === 'prompts' || k === 'resources') { if (!Array.isArray(v)) violations.push(`${id}: server.${k} must be an array`); }
      else violations.push(`${id}: unknown server member ${k}`);
    }
    out.server = server;
  }
  return out;
}
const P = poisoned.map((c) => build(c, 'poisoned'));
const L = legit.map((c) => build(c, 'legit'));

// Every twin must have its poisoned counterpart.
for (const c of L) if (c.id.endsWith('-twin')) {
  const base = c.id.replace(/^x13nl-/, 'x13n-').replace(/-twin$/, '');
  if (!ids.has(base)) violations.push(`${c.id}: twin without poisoned case ${base}`);
}

if (violations.length) {
  for (const v of violations) console.error('violation:', v);
  console.error(`${violations.length} violation(s); nothing written`);
  process.exit(1);
}

const json = (cases) => JSON.stringify({ cases }, null, 1) + '\n';
writeFileSync(join(here, 'poisoned', 'x13n.json'), json(P));
writeFileSync(join(here, 'risky_legit', 'x13n.json'), json(L));

function counts(cases, key) {
  const m = new Map();
  for (const c of cases) m.set(c[key], (m.get(c[key]) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ');
}
const twins = L.filter((c) => c.id.endsWith('-twin')).length;
const enShare = (cs) => Math.round((100 * cs.filter((c) => c.lang === 'en').length) / cs.length);
console.log(`poisoned: ${P.length} cases, ${new Set(P.map((c) => c.family)).size} families, ${new Set(P.map((c) => c.lang)).size} languages (${enShare(P)}% en)`);
console.log(`  families: ${counts(P, 'family')}`);
console.log(`  languages: ${counts(P, 'lang')}`);
console.log(`risky_legit: ${L.length} cases, ${new Set(L.map((c) => c.family)).size} server kinds, ${new Set(L.map((c) => c.lang)).size} languages (${enShare(L)}% en), ${twins} honest twins`);
console.log(`  kinds: ${counts(L, 'family')}`);
console.log(`  languages: ${counts(L, 'lang')}`);
console.log('wrote poisoned/x13n.json and risky_legit/x13n.json');
