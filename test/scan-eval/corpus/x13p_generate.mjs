#!/usr/bin/env node
// Training round x13p generator (Node built-ins only, deterministic).
// Usage: node test/scan-eval/corpus/x13p_generate.mjs
// Reads the hand-written modules in ./x13p/, expands character-transform
// markers, assigns ids, validates, and writes poisoned/x13p.json and
// risky_legit/x13p.json. Exits 1 and writes nothing on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MODULES = ['poisoned_en', 'legit_en', 'twins_en', 'intl_a', 'intl_b', 'intl_c', 'slots'];

// ---- seeded PRNG (mulberry32) ----
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(0x13f0a7);
const pick = (arr) => arr[Math.floor(rng() * arr.length)];
const hexN = (k) => Array.from({ length: k }, () => '0123456789abcdef'[Math.floor(rng() * 16)]).join('');
const digits = (k) => Array.from({ length: k }, () => String(Math.floor(rng() * 10))).join('');
const FAKE = {
  hex16: () => hexN(16),
  hex32: () => hexN(32),
  num6: () => digits(6),
  acct: () => 'XX00TEST' + digits(12),
  key: () => 'fake_' + hexN(24),
};

// ---- character transforms ----
const CYR = { a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425' };
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];
const T = {
  tag: (t) => Array.from(t).map((ch) => { const cp = ch.codePointAt(0); return cp >= 0x20 && cp < 0x7f ? String.fromCodePoint(0xe0000 + cp) : ch; }).join(''),
  zw: (t) => Array.from(t).map((ch, k) => (k === 0 || ch === ' ' ? ch : pick(ZW) + ch)).join(''),
  bidi: (t) => '\u202e' + Array.from(t).reverse().join('') + '\u202c',
  cyr: (t) => Array.from(t).map((ch) => CYR[ch] ?? ch).join(''),
  fw: (t) => Array.from(t).map((ch) => { const cp = ch.codePointAt(0); return cp === 0x20 ? '\u3000' : cp > 0x20 && cp < 0x7f ? String.fromCodePoint(cp + 0xfee0) : ch; }).join(''),
  ansi: (t) => '\u001b[8m' + t + '\u001b[28m',
  ansiup: (t) => t + '\n\u001b[1A\u001b[2K',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
  pct: (t) => Array.from(Buffer.from(t, 'utf8')).map((by) => '%' + by.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARK = /\[\[(tag|zw|bidi|cyr|fw|ansi|ansiup|b64|hex|pct|fake):([^\]]*)\]\]/g;
const rawTexts = []; // marker payloads, checked for hosts before encoding
function expandStr(str) {
  return str.replace(MARK, (_, op, body) => {
    if (op === 'fake') {
      if (!FAKE[body]) throw new Error('unknown fake kind ' + body);
      return FAKE[body]();
    }
    rawTexts.push(body);
    return T[op](body);
  });
}
function expand(v) {
  if (typeof v === 'string') return expandStr(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, val] of Object.entries(v)) out[expandStr(k)] = expand(val);
    return out;
  }
  return v;
}

// ---- load ----
const poisonedDrafts = [], legitDrafts = [];
for (const m of MODULES) {
  const mod = await import(join(here, 'x13p', m + '.mjs'));
  for (const d of mod.poisoned ?? []) poisonedDrafts.push(d);
  for (const d of mod.legit ?? []) legitDrafts.push(d);
  for (const pr of mod.pairs ?? []) { poisonedDrafts.push(pr.poisoned); legitDrafts.push(pr.twin); }
}

const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const LANGS = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'zh', 'ja', 'ko', 'vi', 'id']);

function build(drafts, prefix) {
  return drafts.map((d) => {
    const id = `${prefix}-${d.lang}-${d.slug}`;
    const out = { id, family: d.family, lang: d.lang, tool: expand(d.tool) };
    if (d.server) out.server = expand(d.server);
    if (!LANGS.has(d.lang)) err(id, 'unknown lang ' + d.lang);
    if (!/^[a-z0-9-]+$/.test(d.slug ?? '')) err(id, 'bad slug');
    return out;
  });
}
const poisoned = build(poisonedDrafts, 'x13p');
const legit = build(legitDrafts, 'x13pl');

// ---- validate ----
const ALLOWED = /\.(example|test|invalid)$/i;
// A bare domain under a public top-level domain (every host must be reserved: .example/.test/.invalid).
const REGISTRY = /\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(org|com|io|net|dev)\b/i;
function checkHosts(id, text) {
  if (REGISTRY.test(text)) err(id, 'names a real registry/host: ' + text.match(REGISTRY)[0]);
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>]*@)?([^\s/:?#"'<>)\]`,;]+)/gi)) {
    const h = m[1].replace(/\.$/, '');
    if (h.includes('.') && !ALLOWED.test(h) && !/^[\d.]+$/.test(h) && !/^[\[{$%<]/.test(h)) err(id, 'URL host not reserved: ' + h);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    const h = m[1];
    if (!ALLOWED.test(h) && !/^[\d.]+$/.test(h)) err(id, 'mail/host not reserved: ' + h);
  }
}
function strings(v, acc = []) {
  if (typeof v === 'string') acc.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, acc));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { acc.push(k); strings(x, acc); }
  return acc;
}
const ids = new Set(), descs = new Map();
for (const c of [...poisoned, ...legit]) {
  const { id, tool } = c;
  if (ids.has(id)) err(id, 'duplicate id');
  ids.add(id);
  if (!c.family) err(id, 'empty family');
  if (typeof tool.name !== 'string' || !tool.name.trim()) err(id, 'empty tool name');
  if (typeof tool.description !== 'string' || !tool.description.trim()) err(id, 'empty description');
  else if (descs.has(tool.description)) err(id, 'description duplicates ' + descs.get(tool.description));
  else descs.set(tool.description, id);
  const sch = tool.inputSchema;
  if (!sch || typeof sch !== 'object' || Array.isArray(sch) || sch.type !== 'object') err(id, 'inputSchema must be an object schema');
  else {
    const props = sch.properties ?? {};
    if (typeof props !== 'object' || Array.isArray(props)) err(id, 'properties must be an object');
    for (const r of sch.required ?? []) if (!(r in props)) err(id, `required names missing property "${r}"`);
  }
  if (c.server) {
    for (const k of Object.keys(c.server)) if (!['instructions', 'prompts', 'resources'].includes(k)) err(id, 'server has unknown member ' + k);
    if ('instructions' in c.server && typeof c.server.instructions !== 'string') err(id, 'server.instructions must be a string');
    for (const k of ['prompts', 'resources']) if (k in c.server && !Array.isArray(c.server[k])) err(id, `server.${k} must be an array`);
    for (const p of c.server.prompts ?? []) if (typeof p.name !== 'string' || typeof p.description !== 'string') err(id, 'prompt needs name and description');
    for (const r of c.server.resources ?? []) if (typeof r.uri !== 'string' || typeof r.name !== 'string') err(id, 'resource needs uri and name');
  }
  const all = strings(c);
  for (const st of all) {
    if (/\[\[[a-z0-9]+:/.test(st) || /\]\]/.test(st) && /\[\[/.test(st)) err(id, 'unexpanded marker: ' + st.slice(0, 60));
    checkHosts(id, st);
  }
}
for (const t of rawTexts) checkHosts('marker payload', t);

if (errors.length) {
  console.error(`x13p: ${errors.length} violation(s); nothing written`);
  for (const e of errors.slice(0, 80)) console.error('  ' + e);
  process.exit(1);
}

// ---- write ----
const header = (kind) => ({ round: 'x13p', kind, note: 'TRAINING round x13p, written blind; generated by x13p_generate.mjs' });
writeFileSync(join(here, 'poisoned', 'x13p.json'), JSON.stringify({ ...header('poisoned'), cases: poisoned }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'x13p.json'), JSON.stringify({ ...header('risky_legit'), cases: legit }, null, 1) + '\n');

// ---- report ----
function counts(list, key) {
  const m = new Map();
  for (const c of list) m.set(c[key], (m.get(c[key]) ?? 0) + 1);
  return [...m.entries()].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
}
const fmt = (e) => e.map(([k, v]) => `${k} ${v}`).join(', ');
const twins = legit.filter((c) => c.id.endsWith('-twin'));
const en = (l) => l.filter((c) => c.lang === 'en').length;
console.log(`x13p poisoned: ${poisoned.length} cases, ${counts(poisoned, 'family').length} families, ${counts(poisoned, 'lang').length} languages (en ${en(poisoned)} = ${Math.round((100 * en(poisoned)) / poisoned.length)}%)`);
console.log(`  families: ${fmt(counts(poisoned, 'family'))}`);
console.log(`  languages: ${fmt(counts(poisoned, 'lang'))}`);
console.log(`x13p risky_legit: ${legit.length} cases, ${counts(legit, 'family').length} server kinds, ${counts(legit, 'lang').length} languages (en ${en(legit)} = ${Math.round((100 * en(legit)) / legit.length)}%), honest twins ${twins.length} (en ${en(twins)}, non-en ${twins.length - en(twins)})`);
console.log(`  kinds: ${fmt(counts(legit, 'family'))}`);
console.log(`  languages: ${fmt(counts(legit, 'lang'))}`);
