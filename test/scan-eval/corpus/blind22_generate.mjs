#!/usr/bin/env node
// Blind round 22 generator: node test/scan-eval/corpus/blind22_generate.mjs
// Deterministic, Node built-ins only. Writes poisoned/blind22.json and
// risky_legit/blind22.json, or nothing at all if any validation fails.
import { writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'blind22');
const MODULES = ['poisoned_en.mjs', 'legit_en.mjs', 'twins.mjs', 'nonen_a.mjs', 'nonen_b.mjs', 'nonen_c.mjs', 'slots.mjs'];

// ---- deterministic PRNG (mulberry32, fixed seed) ----
let seed = 0x22b22022;
function rnd() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (s, n) => Array.from({ length: n }, () => s[Math.floor(rnd() * s.length)]).join('');
const HEX = '0123456789abcdef', DIG = '0123456789', ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const FAKE = {
  hex: () => pick(HEX, 32),
  token: () => 'fk_' + pick(ALNUM, 24),
  acct: () => 'XX' + pick(DIG, 2) + 'TEST' + pick(DIG, 12),
  num: () => pick(DIG, 8),
  uuid: () => [8, 4, 4, 4, 12].map((n) => pick(HEX, n)).join('-'),
  phone: () => '+000 555 ' + pick(DIG, 4),
};

// ---- character transforms ----
const CYR = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const TX = {
  tag: (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''),
  zw: (s) => [...s].join('\u200b'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  cyr: (s) => [...s].map((c) => CYR[c] ?? c).join(''),
  fw: (s) => [...s].map((c) => (c === ' ' ? '\u3000' : c.charCodeAt(0) > 0x20 && c.charCodeAt(0) < 0x7f ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
  ansi: (s) => '\u001b[8m' + s + '\u001b[28m',
  ansiup: (s) => s + '\u001b[1A\u001b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARK = /\{\{(tag|zw|bidi|cyr|fw|ansi|ansiup|b64|hex|pct|fake):([^{}]*)\}\}/g;
const expandStr = (s) => s.replace(MARK, (_, k, body) => (k === 'fake' ? (FAKE[body] ?? (() => { throw new Error('unknown fake ' + body); }))() : TX[k](body)));

// ---- pair resolution ----
const PAIR = /\[\[((?:(?!\]\])[\s\S])*?)\]\]/g;
function resolveStr(s, mode) {
  return s.replace(PAIR, (_, body) => {
    const i = body.indexOf('||');
    const poison = i < 0 ? body : body.slice(0, i);
    const honest = i < 0 ? '' : body.slice(i + 2);
    return mode === 'p' ? poison : honest;
  });
}
const tidy = (s) => s.replace(/ {2,}/g, ' ').replace(/ +([.,;:])/g, '$1').replace(/^ +| +$/g, '');
function resolve(v, mode) {
  if (typeof v === 'string') return mode === 'p' ? resolveStr(v, mode) : tidy(resolveStr(v, mode));
  if (Array.isArray(v)) return v.map((x) => resolve(x, mode)).filter((x) => x !== undefined && x !== '');
  if (v && typeof v === 'object') {
    const out = {};
    const dropped = new Set();
    for (const [k, val] of Object.entries(v)) {
      const m = /^\[\[(.+)\]\]$/.exec(k);
      if (m) { if (mode === 'p') out[m[1]] = resolve(val, mode); else dropped.add(m[1]); continue; }
      out[resolveStr(k, mode)] = resolve(val, mode);
    }
    if (dropped.size && Array.isArray(out.required)) out.required = out.required.filter((r) => !dropped.has(r));
    return out;
  }
  return v;
}
function expand(v) {
  if (typeof v === 'string') return expandStr(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [expandStr(k), expand(x)]));
  return v;
}

// ---- validation helpers ----
const errors = [];
const bad = (id, msg) => errors.push(`${id}: ${msg}`);
function* strings(v) {
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { yield k; yield* strings(x); }
}
const OK_HOST = (h) => /\.(example|test|invalid)$/i.test(h) || /^[a-z0-9-]+$/i.test(h);
function checkHosts(id, s) {
  for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>]*@)?([^\s/:"'<>),;?#\]}`]+)/gi)) {
    const h = m[1].replace(/\.$/, '');
    if (!OK_HOST(h)) bad(id, `URL host not allowed: ${h}`);
  }
  for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!/\.(example|test|invalid)$/i.test(m[1])) bad(id, `mail domain not allowed: ${m[1]}`);
  }
}
function checkSchema(id, schema, where) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return bad(id, `${where} must be an object`);
  if (schema.type !== undefined && schema.type !== 'object') bad(id, `${where}.type must be "object"`);
  if (schema.properties !== undefined && (typeof schema.properties !== 'object' || Array.isArray(schema.properties))) bad(id, `${where}.properties must be an object`);
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required)) bad(id, `${where}.required must be an array`);
    else for (const r of schema.required) if (!schema.properties || !(r in schema.properties)) bad(id, `${where}.required names missing property "${r}"`);
  }
}
function checkServer(id, s) {
  if (typeof s !== 'object' || Array.isArray(s)) return bad(id, 'server must be an object');
  for (const [k, v] of Object.entries(s)) {
    if (k === 'instructions') { if (typeof v !== 'string' || !v) bad(id, 'server.instructions must be a non-empty string'); }
    else if (k === 'prompts') { if (!Array.isArray(v)) bad(id, 'server.prompts must be an array'); else for (const p of v) if (!p || typeof p.name !== 'string' || !p.name) bad(id, 'prompt without name'); }
    else if (k === 'resources') { if (!Array.isArray(v)) bad(id, 'server.resources must be an array'); else for (const r of v) if (!r || typeof r.uri !== 'string' || typeof r.name !== 'string') bad(id, 'resource without uri/name'); }
    else bad(id, `server has unknown member ${k}`);
  }
}

// ---- load ----
const present = readdirSync(dir);
for (const m of MODULES) if (!present.includes(m)) { console.error(`missing module ${m}`); process.exit(1); }
const poisoned = [], legit = [];
let twins = 0;
for (const m of MODULES) {
  const mod = await import(pathToFileURL(join(dir, m)).href);
  if (!Array.isArray(mod.default)) { console.error(`${m}: default export must be an array`); process.exit(1); }
  for (const c of mod.default) {
    const emit = (mode, family) => {
      const id = `${mode === 'p' ? 'b22' : 'b22l'}-${c.lang}-${c.slug}`;
      const raw = resolve({ tool: c.tool, server: c.server }, mode);
      for (const s of strings(raw)) checkHosts(id, s.replace(MARK, (_, k, b) => b));
      const out = { id, family, lang: c.lang, tool: expand(raw.tool) };
      if (raw.server) out.server = expand(raw.server);
      out._module = m;
      (mode === 'p' ? poisoned : legit).push(out);
    };
    if (c.kind === 'p') emit('p', c.family);
    else if (c.kind === 'l') emit('l', c.family);
    else if (c.kind === 'pair') { emit('p', c.family); emit('l', c.legitFamily); twins++; }
    else { console.error(`${m}: unknown case kind ${c.kind}`); process.exit(1); }
  }
}

// ---- validate ----
const ids = new Set(), descs = new Map();
const SLUG = /^b22l?-[a-z]{2}-[a-z0-9][a-z0-9-]*$/;
for (const c of [...poisoned, ...legit]) {
  const id = c.id;
  if (ids.has(id)) bad(id, 'duplicate id'); ids.add(id);
  if (!SLUG.test(id)) bad(id, 'id does not match b22[l]-<lang>-<slug>');
  if (!c.family) bad(id, 'empty family');
  const t = c.tool;
  if (!t || typeof t.name !== 'string' || !t.name.trim()) bad(id, 'tool.name empty');
  if (typeof t.description !== 'string' || !t.description.trim()) bad(id, 'tool.description empty');
  checkSchema(id, t.inputSchema, 'inputSchema');
  if (t.outputSchema !== undefined) checkSchema(id, t.outputSchema, 'outputSchema');
  if (c.server !== undefined) checkServer(id, c.server);
  if (typeof t.description === 'string') {
    if (descs.has(t.description)) bad(id, `duplicate description with ${descs.get(t.description)}`);
    descs.set(t.description, id);
  }
  for (const s of strings({ t, s: c.server })) {
    if (/\{\{|\}\}|\[\[|\]\]/.test(s)) bad(id, `unexpanded marker in: ${s.slice(0, 60)}`);
  }
}
if (errors.length) {
  for (const e of errors) console.error('ERROR ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}

// ---- report & write ----
const count = (arr, key) => { const m = new Map(); for (const c of arr) m.set(c[key], (m.get(c[key]) ?? 0) + 1); return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)); };
const fmt = (arr) => arr.map(([k, n]) => `${k} ${n}`).join(', ');
const en = (arr) => arr.filter((c) => c.lang === 'en').length;
const strip = (arr) => arr.map(({ _module, ...c }) => c);
console.log(`poisoned: ${poisoned.length} cases, ${count(poisoned, 'family').length} families, ${count(poisoned, 'lang').length} languages, English ${en(poisoned)}`);
console.log(`  languages: ${fmt(count(poisoned, 'lang'))}`);
console.log(`  families: ${fmt(count(poisoned, 'family'))}`);
console.log(`  modules: ${fmt(count(poisoned, '_module'))}`);
console.log(`risky_legit: ${legit.length} cases, ${count(legit, 'family').length} server kinds, ${count(legit, 'lang').length} languages, English ${en(legit)}, honest twins ${twins}`);
console.log(`  languages: ${fmt(count(legit, 'lang'))}`);
console.log(`  server kinds: ${fmt(count(legit, 'family'))}`);
console.log(`  modules: ${fmt(count(legit, '_module'))}`);
const header = (kind) => ({ round: 'blind22', kind, generator: 'test/scan-eval/corpus/blind22_generate.mjs' });
writeFileSync(join(here, 'poisoned', 'blind22.json'), JSON.stringify({ ...header('poisoned'), cases: strip(poisoned) }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind22.json'), JSON.stringify({ ...header('risky_legit'), cases: strip(legit) }, null, 1) + '\n');
console.log('wrote poisoned/blind22.json and risky_legit/blind22.json');
