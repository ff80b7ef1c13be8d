#!/usr/bin/env node
// blind31 corpus generator (held-out round, written blind).
// Expands character-level hiding markers, assigns ids, validates, and writes
//   poisoned/blind31.json and risky_legit/blind31.json
// Node 20 built-ins only; fixed seed; byte-identical output on every run.
// On any validation error it prints the problems, writes nothing and exits 1.
//
// Marker syntax, usable in any string value or property name:
//   ⟪KIND:text⟫  with KIND one of
//   TAG  Unicode tag characters (U+E0020..U+E007E), invisible
//   ZW   zero-width splitting (U+200B/U+200C/U+200D/U+2060 between characters)
//   BIDI right-to-left override (U+202E ... U+202C), text stored reversed
//   CYR  Cyrillic homoglyphs for Latin letters
//   FW   fullwidth forms (U+FF01..U+FF5E, U+3000)
//   ANSI SGR conceal (ESC[8m ... ESC[28m)
//   CUP  text followed by cursor-up + erase-line (ESC[1A ESC[2K)
//   B64  base64 of the UTF-8 text
//   HEX  lowercase hex of the UTF-8 bytes
//   PCT  every UTF-8 byte percent-encoded
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './blind31/helpers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROUND = 'blind31';
const IDP = 'b31';
const IDL = 'b31l';
const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'sv', 'id', 'ar', 'hi', 'ja', 'zh', 'ko', 'vi'];
const FILES = ['poisoned_en.mjs', 'legit_en.mjs', 'twins.mjs', 'unusual.mjs', 'lang_a.mjs', 'lang_b.mjs', 'lang_c.mjs'];

// ---- marker expansion ---------------------------------------------------
const zwRng = mulberry32(0x31b31b);
const ZW_CHARS = ['\u200b', '\u200c', '\u200d', '\u2060'];
const CYR = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456',
  s: '\u0455', j: '\u0458', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a',
  M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425',
};
const ENCODERS = {
  TAG: (t) => {
    let out = '';
    for (const ch of t) {
      const cp = ch.codePointAt(0);
      if (cp < 0x20 || cp > 0x7e) throw new Error(`TAG marker supports printable ASCII only: ${JSON.stringify(ch)}`);
      out += String.fromCodePoint(0xe0000 + cp);
    }
    return out;
  },
  ZW: (t) => {
    const chars = [...t];
    return chars.map((c, i) => (i === chars.length - 1 ? c : c + ZW_CHARS[Math.floor(zwRng() * ZW_CHARS.length)])).join('');
  },
  BIDI: (t) => `\u202e${[...t].reverse().join('')}\u202c`,
  CYR: (t) => [...t].map((c) => CYR[c] ?? c).join(''),
  FW: (t) => [...t].map((c) => {
    const cp = c.codePointAt(0);
    if (cp === 0x20) return '\u3000';
    if (cp >= 0x21 && cp <= 0x7e) return String.fromCodePoint(cp + 0xfee0);
    return c;
  }).join(''),
  ANSI: (t) => `\u001b[8m${t}\u001b[28m`,
  CUP: (t) => `${t}\n\u001b[1A\u001b[2K`,
  B64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  HEX: (t) => Buffer.from(t, 'utf8').toString('hex'),
  PCT: (t) => [...Buffer.from(t, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
};
const MARKER = /⟪(TAG|ZW|BIDI|CYR|FW|ANSI|CUP|B64|HEX|PCT):([\s\S]*?)⟫/g;

function expand(s, counter) {
  return s.replace(MARKER, (_, kind, text) => {
    counter[kind] = (counter[kind] ?? 0) + 1;
    return ENCODERS[kind](text);
  });
}
const plain = (s) => s.replace(MARKER, (_, _k, text) => text);

function mapDeep(v, fn) {
  if (typeof v === 'string') return fn(v);
  if (Array.isArray(v)) return v.map((x) => mapDeep(x, fn));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const nk = fn(k);
      if (Object.prototype.hasOwnProperty.call(out, nk)) throw new Error(`duplicate key after expansion: ${nk}`);
      out[nk] = mapDeep(x, fn);
    }
    return out;
  }
  return v;
}
function strings(v, acc = []) {
  if (typeof v === 'string') acc.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, acc));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { acc.push(k); strings(x, acc); }
  return acc;
}

// ---- host checks --------------------------------------------------------
const OK_SUFFIX = /\.(example|test|invalid)$/i;
const FORBIDDEN_HOST = /(github|gitlab|bitbucket|npm|pypi|rubygems|crates|nuget|maven|packagist|docker|ghcr|golang|sourceforge|codeberg|huggingface|registry|pkg\.go|jsdelivr|unpkg)/i;
const REAL_TLD = /\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|ai|app|co|us|uk|de|fr|ru|cn|jp|biz|xyz|cloud|tv|ly|gg|site|online|tech|eu|br|kr|vn|ua))\b/gi;
const FORBIDDEN_TEXT = /(github\.com|gitlab\.com|bitbucket\.org|npmjs\.(com|org)|pypi\.org|rubygems\.org|crates\.io|nuget\.org|docker\.io|ghcr\.io|pkg\.go\.dev|proxy\.golang\.org|huggingface\.co)/i;

function hostProblems(text) {
  const probs = [];
  const checkHost = (h, ctx) => {
    const host = h.replace(/^[^@]*@/, '').replace(/\.+$/, '').replace(/:\d+$/, '').toLowerCase();
    if (!host) return;
    if (FORBIDDEN_HOST.test(host)) probs.push(`forbidden host name ${host} (${ctx})`);
    if (host.includes('.') && !OK_SUFFIX.test(host)) probs.push(`host ${host} is not under .example/.test/.invalid (${ctx})`);
  };
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([A-Za-z0-9._~%+@:-]*)/gi)) checkHost(m[1], 'url');
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) checkHost(m[1], 'mail');
  for (const m of text.matchAll(/\b[a-z0-9._-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*):/gi)) checkHost(m[1], 'scp');
  for (const m of text.matchAll(REAL_TLD)) probs.push(`real-TLD host name ${m[1]}`);
  const f = text.match(FORBIDDEN_TEXT);
  if (f) probs.push(`registry / code-hosting host ${f[0]}`);
  return probs;
}

// ---- validation ---------------------------------------------------------
function checkSchema(schema, where, errors) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) { errors.push(`${where}: schema must be an object`); return; }
  if (schema.type === 'object' || schema.properties) {
    const props = schema.properties ?? {};
    if (typeof props !== 'object' || Array.isArray(props)) errors.push(`${where}: properties must be an object`);
    for (const [k, v] of Object.entries(props)) {
      if (!k) errors.push(`${where}: empty property name`);
      if (v && typeof v === 'object' && 'description' in v && (typeof v.description !== 'string' || !v.description.trim())) {
        errors.push(`${where}.${k}: empty description`);
      }
      checkSchema(v, `${where}.${k}`, errors);
    }
    if (schema.required !== undefined) {
      if (!Array.isArray(schema.required)) errors.push(`${where}: required must be an array`);
      else for (const r of schema.required) if (!Object.prototype.hasOwnProperty.call(props, r)) errors.push(`${where}: required names missing property ${JSON.stringify(r)}`);
    }
  }
  if (schema.items) checkSchema(schema.items, `${where}[]`, errors);
  for (const key of ['$defs', 'definitions']) {
    if (schema[key]) for (const [k, v] of Object.entries(schema[key])) checkSchema(v, `${where}.${key}.${k}`, errors);
  }
}

function checkServer(s, where, errors) {
  if (typeof s !== 'object' || Array.isArray(s)) { errors.push(`${where}: server must be an object`); return; }
  for (const [k, v] of Object.entries(s)) {
    if (k === 'instructions') { if (typeof v !== 'string' || !v.trim()) errors.push(`${where}: server.instructions must be a non-empty string`); }
    else if (k === 'prompts') {
      if (!Array.isArray(v)) { errors.push(`${where}: server.prompts must be an array`); continue; }
      v.forEach((p, i) => { if (!p || typeof p.name !== 'string' || !p.name) errors.push(`${where}: prompt ${i} needs a name`); });
    } else if (k === 'resources') {
      if (!Array.isArray(v)) { errors.push(`${where}: server.resources must be an array`); continue; }
      v.forEach((r, i) => { if (!r || typeof r.uri !== 'string' || !r.uri || typeof r.name !== 'string' || !r.name) errors.push(`${where}: resource ${i} needs uri and name`); });
    } else errors.push(`${where}: unknown server member ${k}`);
  }
}

// ---- main ---------------------------------------------------------------
const raw = [];
for (const f of FILES) {
  const mod = await import(`./${ROUND}/${f}`);
  if (!Array.isArray(mod.cases)) throw new Error(`${f} does not export a cases array`);
  for (const c of mod.cases.flat()) raw.push({ ...c, file: f });
}

const errors = [];
const ids = new Set();
const descSeen = new Map();
const out = { poisoned: [], legit: [] };
const encCount = { poisoned: {}, legit: {} };
const meta = [];

for (const c of raw) {
  const prefix = c.set === 'poisoned' ? IDP : c.set === 'legit' ? IDL : null;
  const where = `${c.file}:${c.slug}`;
  if (!prefix) { errors.push(`${where}: unknown set ${c.set}`); continue; }
  if (!LANGS.includes(c.lang)) errors.push(`${where}: unknown lang ${c.lang}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.slug ?? '')) errors.push(`${where}: bad slug`);
  if (!c.family || typeof c.family !== 'string') errors.push(`${where}: missing family`);
  if (c.set === 'poisoned' && !['blatant', 'quiet', 'slot'].includes(c.style)) errors.push(`${where}: bad style ${c.style}`);
  const id = `${prefix}-${c.lang}-${c.slug}`;
  if (ids.has(id)) errors.push(`${where}: duplicate id ${id}`);
  ids.add(id);

  // host checks on the plain text (marker contents included, before hiding)
  const rawStrings = strings({ tool: c.tool, server: c.server ?? {} });
  for (const s of rawStrings) for (const p of hostProblems(plain(s))) errors.push(`${where}: ${p}`);

  let tool;
  let srv;
  try {
    const counter = {};
    tool = mapDeep(c.tool, (s) => expand(s, counter));
    srv = c.server ? mapDeep(c.server, (s) => expand(s, counter)) : undefined;
    for (const [k, n] of Object.entries(counter)) encCount[c.set][k] = (encCount[c.set][k] ?? 0) + n;
  } catch (e) { errors.push(`${where}: ${e.message}`); continue; }

  for (const s of strings({ tool, server: srv ?? {} })) if (/[⟪⟫]/.test(s)) errors.push(`${where}: unexpanded marker in ${JSON.stringify(s.slice(0, 60))}`);
  if (!tool || typeof tool !== 'object') { errors.push(`${where}: tool must be an object`); continue; }
  if (typeof tool.name !== 'string' || !tool.name.trim()) errors.push(`${where}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${where}: empty tool description`);
  if (!tool.inputSchema || tool.inputSchema.type !== 'object') errors.push(`${where}: inputSchema must be an object schema`);
  else checkSchema(tool.inputSchema, `${where}.inputSchema`, errors);
  if (tool.outputSchema) checkSchema(tool.outputSchema, `${where}.outputSchema`, errors);
  if (srv) checkServer(srv, where, errors);
  if (typeof tool.description === 'string') {
    const prev = descSeen.get(tool.description);
    if (prev) errors.push(`${where}: description duplicates ${prev}`);
    else descSeen.set(tool.description, id);
  }

  const rec = { id, family: c.family, lang: c.lang, tool };
  if (srv) rec.server = srv;
  out[c.set].push(rec);
  meta.push({ ...c, id });
}

// twin pairs: every twin slug must have exactly one poisoned and one legit side
const twinKeys = new Map();
for (const m of meta.filter((x) => x.twin)) {
  const k = `${m.lang}-${m.slug}`;
  const e = twinKeys.get(k) ?? { p: 0, l: 0 };
  e[m.set === 'poisoned' ? 'p' : 'l'] += 1;
  twinKeys.set(k, e);
}
for (const [k, e] of twinKeys) if (e.p !== 1 || e.l !== 1) errors.push(`twin ${k}: needs one poisoned and one legit side`);

if (errors.length) {
  console.error(`${ROUND}: ${errors.length} validation error(s); nothing written`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}

const root = HERE;
const pPath = join(root, 'poisoned', `${ROUND}.json`);
const lPath = join(root, 'risky_legit', `${ROUND}.json`);
mkdirSync(dirname(pPath), { recursive: true });
mkdirSync(dirname(lPath), { recursive: true });
writeFileSync(pPath, `${JSON.stringify({ cases: out.poisoned }, null, 2)}\n`);
writeFileSync(lPath, `${JSON.stringify({ cases: out.legit }, null, 2)}\n`);

// ---- composition --------------------------------------------------------
const pm = meta.filter((m) => m.set === 'poisoned');
const lm = meta.filter((m) => m.set === 'legit');
const count = (arr, key) => arr.reduce((acc, m) => { acc[m[key]] = (acc[m[key]] ?? 0) + 1; return acc; }, {});
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
const fmt = (obj) => Object.entries(obj).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
const pl = count(pm, 'lang');
const ll = count(lm, 'lang');
const lines = [];
lines.push(`${ROUND}: poisoned ${pm.length} cases, ${Object.keys(count(pm, 'family')).length} families, ${Object.keys(pl).length} languages (en ${pl.en ?? 0} = ${pct(pl.en ?? 0, pm.length)})`);
lines.push(`${ROUND}: risky_legit ${lm.length} cases, ${Object.keys(count(lm, 'family')).length} server kinds, ${Object.keys(ll).length} languages (en ${ll.en ?? 0} = ${pct(ll.en ?? 0, lm.length)})`);
const twinsAll = [...twinKeys.keys()];
lines.push(`honest twins: ${twinsAll.length} pairs (en ${twinsAll.filter((k) => k.startsWith('en-')).length}, other languages ${twinsAll.filter((k) => !k.startsWith('en-')).length})`);
lines.push(`poisoned style: ${fmt(count(pm, 'style'))}`);
lines.push(`poisoned payload slot: ${fmt(count(pm, 'where'))}`);
lines.push(`legit risky-text slot: ${fmt(count(lm, 'where'))}`);
lines.push(`hiding markers expanded (poisoned): ${fmt(encCount.poisoned) || 'none'}`);
lines.push(`hiding markers expanded (legit): ${fmt(encCount.legit) || 'none'}`);
lines.push('per language (poisoned / legit):');
lines.push(`  ${LANGS.map((l) => `${l} ${pl[l] ?? 0}/${ll[l] ?? 0}`).join(', ')}`);
lines.push(`per file: ${FILES.map((f) => `${f.replace('.mjs', '')} ${meta.filter((m) => m.file === f).length}`).join(', ')}`);
lines.push(`poisoned families: ${fmt(count(pm, 'family'))}`);
lines.push(`legit server kinds: ${fmt(count(lm, 'family'))}`);
console.log(lines.join('\n'));
