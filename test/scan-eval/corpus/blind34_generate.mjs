#!/usr/bin/env node
// Blind round 34 generator. Node 20 built-ins only, fixed seed, byte-identical
// output. Reads the hand-written case files in ./blind34/, expands the hiding
// markers, assigns ids, validates everything and only then writes
//   poisoned/blind34.json and risky_legit/blind34.json.
// On any violation it prints the problems, writes nothing and exits 1.
//
// Markers (usable in any string and in any property name):
//   ⟪tag:TEXT⟫   Unicode tag characters (U+E0000 + ASCII)
//   ⟪zw:TEXT⟫    zero-width characters between every character
//   ⟪bidi:TEXT⟫  right-to-left override ... pop directional formatting
//   ⟪cyr:TEXT⟫   Latin letters swapped for Cyrillic homoglyphs
//   ⟪fw:TEXT⟫    fullwidth forms
//   ⟪ansi:TEXT⟫  ANSI SGR conceal ... reset
//   ⟪cuu:TEXT⟫   TEXT, newline, cursor-up and erase-line
//   ⟪b64:TEXT⟫   base64 of the UTF-8 bytes
//   ⟪hex:TEXT⟫   lowercase hex of the UTF-8 bytes
//   ⟪pct:TEXT⟫   every byte percent-encoded
//   ⟪u:HEX,HEX⟫  literal code points (for honest uses such as RLM or ZWJ)
//   ⟪flag:CODE⟫  subdivision flag emoji (black flag + tag letters + cancel tag)

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, shuffle } from './blind34/helpers.mjs';

const ROUND = 'blind34';
const IDP = 'b34';
const IDL = 'b34l';
const SEED = 0x0b1d34;
const here = dirname(fileURLToPath(import.meta.url));
const FILES = ['en_poisoned', 'en_legit', 'twins', 'unusual', 'intl_a', 'intl_b', 'intl_c'];
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'cs', 'tr', 'sv', 'ja', 'zh', 'ko', 'ar', 'hi', 'vi'];

// ---- marker expansion -------------------------------------------------------
const CYR = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456',
  A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', H: '\u041d', K: '\u041a', M: '\u041c', T: '\u0422', B: '\u0412', X: '\u0425' };
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];
const MARK = /⟪([a-z0-9]+):([\s\S]*?)⟫/g;
const problems = [];

function ascii(text, where) {
  if (!/^[\x20-\x7e]*$/.test(text)) problems.push(`${where}: marker content must be printable ASCII`);
}
function expandOne(name, body, where) {
  switch (name) {
    case 'tag': ascii(body, where); return [...body].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join('');
    case 'zw': return [...body].map((c, i) => (i === 0 ? c : ZW[i % ZW.length] + c)).join('');
    case 'bidi': return '\u202e' + body + '\u202c';
    case 'cyr': return [...body].map((c) => CYR[c] || c).join('');
    case 'fw': return [...body].map((c) => {
      const cp = c.codePointAt(0);
      if (cp === 0x20) return '\u3000';
      if (cp > 0x20 && cp < 0x7f) return String.fromCodePoint(cp + 0xfee0);
      return c;
    }).join('');
    case 'ansi': return '\u001b[8m' + body + '\u001b[0m';
    case 'cuu': return body + '\r\n\u001b[1A\u001b[2K';
    case 'b64': return Buffer.from(body, 'utf8').toString('base64');
    case 'hex': return Buffer.from(body, 'utf8').toString('hex');
    case 'pct': return [...Buffer.from(body, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
    case 'u': return body.split(',').map((h) => {
      if (!/^[0-9A-Fa-f]{2,6}$/.test(h.trim())) { problems.push(`${where}: bad code point ${h}`); return ''; }
      return String.fromCodePoint(parseInt(h.trim(), 16));
    }).join('');
    case 'flag': {
      if (!/^[a-z0-9]{3,7}$/.test(body)) problems.push(`${where}: bad flag code ${body}`);
      return '\u{1f3f4}' + [...body].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join('') + '\u{e007f}';
    }
    default: problems.push(`${where}: unknown marker ${name}`); return '';
  }
}
const expandString = (s, where) => s.replace(MARK, (_, name, body) => expandOne(name, body, where));
function expand(v, where) {
  if (typeof v === 'string') return expandString(v, where);
  if (Array.isArray(v)) return v.map((x, i) => expand(x, `${where}[${i}]`));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const key = expandString(k, where);
      if (Object.prototype.hasOwnProperty.call(out, key)) problems.push(`${where}: duplicate key ${key}`);
      out[key] = expand(x, `${where}.${k}`);
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

// ---- host rules ---------------------------------------------------------------
// Forbidden host names are stored base64-encoded so that the literal names never
// appear in the repository.
const FORBIDDEN = ['Z2l0aHViLmNvbQ==', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn',
  'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==',
  'Z2hjci5pbw==', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'cGFja2FnaXN0Lm9yZw==',
  'bnVnZXQub3Jn', 'cGtnLmdvLmRldg==', 'Z29sYW5nLm9yZw==', 'bWF2ZW4ub3Jn', 'aHVnZ2luZ2ZhY2UuY28=', 'ZGViaWFuLm9yZw==',
  'Z2l0ZWUuY29t'].map((b) => Buffer.from(b, 'base64').toString('utf8'));
const ALLOWED_TLD = /\.(example|test|invalid)$/;
const REAL_TLD = /(?<![\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|co|info|biz|xyz|me|us|uk|de|fr|ru|cn|jp|eu|gov|edu|site|online|tech|ly|gg|cloud))(?![\w-])/gi;
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\s\/?#'"`<>)\]}|,;]*)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

function checkHosts(text, where) {
  const lower = text.toLowerCase();
  for (const f of FORBIDDEN) if (lower.includes(f)) problems.push(`${where}: forbidden host name (${Buffer.from(f).toString('base64')})`);
  for (const m of text.matchAll(URL_RE)) {
    let host = m[1].replace(/^[^@]*@/, '').replace(/:\d*$/, '').toLowerCase();
    if (host === '' || host.startsWith('{') || host.startsWith('$')) continue;
    if (!host.includes('.') ) continue; // bare internal name
    if (!ALLOWED_TLD.test(host)) problems.push(`${where}: URL host ${host} is not under .example/.test/.invalid`);
  }
  for (const m of text.matchAll(MAIL_RE)) {
    const host = m[1].toLowerCase();
    if (!ALLOWED_TLD.test(host) && !/^[a-z0-9-]+$/.test(host)) problems.push(`${where}: mail host ${host} is not under .example/.test/.invalid`);
  }
  for (const m of text.matchAll(REAL_TLD)) problems.push(`${where}: real-TLD host name ${m[1]}`);
}

// ---- schema checks --------------------------------------------------------------
function checkSchema(s, where) {
  if (!s || typeof s !== 'object') return;
  if (Array.isArray(s)) { s.forEach((x, i) => checkSchema(x, `${where}[${i}]`)); return; }
  if (s.required !== undefined) {
    if (!Array.isArray(s.required)) problems.push(`${where}: required is not an array`);
    else for (const r of s.required) {
      if (!s.properties || !Object.prototype.hasOwnProperty.call(s.properties, r)) problems.push(`${where}: required "${r}" is not a property`);
    }
  }
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' || k === '$defs' || k === 'definitions') {
      for (const [pk, pv] of Object.entries(v || {})) checkSchema(pv, `${where}.${k}.${pk}`);
    } else if (k === 'items' || k === 'additionalProperties' || k === 'oneOf' || k === 'anyOf' || k === 'allOf') {
      checkSchema(v, `${where}.${k}`);
    }
  }
}

// ---- load -------------------------------------------------------------------------
const raw = [];
for (const f of FILES) {
  const mod = await import(join(here, ROUND, `${f}.mjs`));
  for (const c of mod.cases.flat()) raw.push({ ...c, file: f });
}

const ids = new Set();
const descs = new Map();
const out = { P: [], L: [] };
for (const c of raw) {
  const id = `${c.label === 'P' ? IDP : IDL}-${c.lang}-${c.slug}`;
  const where = `${c.file}:${id}`;
  if (ids.has(id)) problems.push(`${where}: duplicate id`);
  ids.add(id);
  if (!LANGS.includes(c.lang)) problems.push(`${where}: unknown lang ${c.lang}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(c.slug)) problems.push(`${where}: bad slug`);
  if (typeof c.family !== 'string' || !c.family) problems.push(`${where}: empty family`);
  for (const s of strings({ tool: c.tool, server: c.server || {} })) checkHosts(s, `${where} (raw)`);
  const t = expand(c.tool, where);
  const server = c.server === undefined ? undefined : expand(c.server, where);
  if (!t || typeof t !== 'object') { problems.push(`${where}: tool is not an object`); continue; }
  if (typeof t.name !== 'string' || !t.name.trim()) problems.push(`${where}: empty tool name`);
  if (typeof t.description !== 'string' || !t.description.trim()) problems.push(`${where}: empty description`);
  const is = t.inputSchema;
  if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object' || typeof is.properties !== 'object')
    problems.push(`${where}: inputSchema must be an object schema with properties`);
  checkSchema(is, `${where}.inputSchema`);
  if (t.outputSchema) checkSchema(t.outputSchema, `${where}.outputSchema`);
  for (const k of Object.keys(t)) if (!['name', 'title', 'description', 'inputSchema', 'outputSchema', 'annotations', '_meta'].includes(k)) problems.push(`${where}: unexpected tool key ${k}`);
  if (server !== undefined) {
    if (!server || typeof server !== 'object' || Array.isArray(server)) problems.push(`${where}: server must be an object`);
    else for (const [k, v] of Object.entries(server)) {
      if (k === 'instructions') { if (typeof v !== 'string') problems.push(`${where}: server.instructions must be a string`); }
      else if (k === 'prompts') { if (!Array.isArray(v) || v.some((p) => !p || typeof p.name !== 'string' || !p.name)) problems.push(`${where}: server.prompts must be an array of named prompts`); }
      else if (k === 'resources') { if (!Array.isArray(v) || v.some((r) => !r || (typeof r.uri !== 'string' && typeof r.uriTemplate !== 'string'))) problems.push(`${where}: server.resources must be an array of resources`); }
      else problems.push(`${where}: server has unknown member ${k}`);
    }
  }
  if (typeof t.description === 'string') {
    if (descs.has(t.description)) problems.push(`${where}: description duplicates ${descs.get(t.description)}`);
    descs.set(t.description, id);
  }
  for (const s of strings({ tool: t, server: server || {} })) {
    if (s.includes('⟪') || s.includes('⟫')) problems.push(`${where}: unexpanded marker`);
    checkHosts(s, where);
  }
  const kase = { id, family: c.family, lang: c.lang, tool: t };
  if (server !== undefined) kase.server = server;
  out[c.label].push({ kase, meta: c });
}

// honest twins: every twin slug must have exactly one poisoned and one legitimate side
const twinSides = new Map();
for (const c of raw) if (c.twin) {
  const key = `${c.lang}:${c.twin}`;
  const v = twinSides.get(key) || { P: 0, L: 0 };
  v[c.label]++;
  twinSides.set(key, v);
}
for (const [k, v] of twinSides) if (v.P !== 1 || v.L !== 1) problems.push(`twin ${k}: needs one poisoned and one legitimate side`);

if (problems.length) {
  for (const p of problems) console.error('error: ' + p);
  console.error(`${problems.length} problem(s); nothing written`);
  process.exit(1);
}

// ---- write --------------------------------------------------------------------------
const rand = mulberry32(SEED);
const docs = {
  poisoned: { cases: shuffle(out.P, rand).map((x) => x.kase) },
  risky_legit: { cases: shuffle(out.L, rand).map((x) => x.kase) },
};
for (const [dir, doc] of Object.entries(docs)) {
  const path = join(here, dir, `${ROUND}.json`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(doc, null, 2) + '\n');
}

// ---- composition ----------------------------------------------------------------------
const count = (list, f) => { const m = new Map(); for (const x of list) m.set(f(x), (m.get(f(x)) || 0) + 1); return m; };
const fmt = (m) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
const byLang = (list) => LANGS.filter((l) => list.some((x) => x.meta.lang === l)).map((l) => `${l} ${list.filter((x) => x.meta.lang === l).length}`).join(', ');
const P = out.P, Lg = out.L;
const enShare = (list) => Math.round((100 * list.filter((x) => x.meta.lang === 'en').length) / list.length);
const pFam = count(P, (x) => x.meta.family);
const lKind = count(Lg, (x) => x.meta.family);
const pairs = [...twinSides.values()].length;
const slotPairs = P.filter((x) => x.meta.twin && x.meta.twinSlot).length;
console.log(`round ${ROUND}: poisoned ${P.length}, risky_legit ${Lg.length}, honest twin pairs ${pairs} (${pairs - slotPairs} differ by one description clause, ${slotPairs} by one schema-slot clause)`);
console.log(`poisoned: ${pFam.size} families, ${new Set(P.map((x) => x.meta.lang)).size} languages, English ${enShare(P)}%`);
console.log(`  by style: ${fmt(count(P, (x) => x.meta.style))}`);
console.log(`  by language: ${byLang(P)}`);
console.log(`  by file: ${fmt(count(P, (x) => x.meta.file))}`);
console.log(`  families: ${fmt(pFam)}`);
console.log(`risky_legit: ${lKind.size} server kinds, ${new Set(Lg.map((x) => x.meta.lang)).size} languages, English ${enShare(Lg)}%`);
console.log(`  by language: ${byLang(Lg)}`);
console.log(`  by file: ${fmt(count(Lg, (x) => x.meta.file))}`);
console.log(`  server kinds: ${fmt(lKind)}`);
console.log(`twins by language: ${fmt(count([...twinSides.keys()], (k) => k.split(':')[0]))}`);
