#!/usr/bin/env node
// Blind round 32 generator. Node 20 built-ins only; fixed seed; byte-identical output.
//   node test/scan-eval/corpus/blind32_generate.mjs
// Reads the hand-written case files in ./blind32/, expands hiding markers, assigns ids,
// validates everything and writes poisoned/blind32.json and risky_legit/blind32.json.
// On any violation it prints the problems, writes nothing and exits 1.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng } from './blind32/helpers.mjs';

import { cases as poisonedEn } from './blind32/poisoned_en.mjs';
import { cases as legitEn } from './blind32/legit_en.mjs';
import { cases as twinsEn } from './blind32/twins_en.mjs';
import { cases as unusual } from './blind32/unusual_slots.mjs';
import { cases as nonEnA } from './blind32/nonen_a.mjs';
import { cases as nonEnB } from './blind32/nonen_b.mjs';
import { cases as nonEnC } from './blind32/nonen_c.mjs';

const ROUND = 'blind32';
const IDP = 'b32';
const IDL = 'b32l';
const here = dirname(fileURLToPath(import.meta.url));
const rng = makeRng(0x0b32_2026);

const sources = [
  ['poisoned_en.mjs', poisonedEn],
  ['legit_en.mjs', legitEn],
  ['twins_en.mjs', twinsEn],
  ['unusual_slots.mjs', unusual],
  ['nonen_a.mjs', nonEnA],
  ['nonen_b.mjs', nonEnB],
  ['nonen_c.mjs', nonEnC],
];

// ---------------------------------------------------------------- marker expansion
const MARKER = /\{\{(TAG|ZW|BIDI|CYR|FW|ANSI|CUU|B64|HEX|PCT):([\s\S]*?)\}\}/g;
const LEFTOVER = /\{\{[A-Z0-9_]+:|\}\}/;

const CYR = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  i: '\u0456', s: '\u0455', j: '\u0458', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415',
  H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425',
};
const ZW_CHARS = ['\u200b', '\u200c', '\u200d', '\u2060'];

const expanders = {
  TAG: (t) => '\u{E0001}' + [...t].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join('') + '\u{E007F}',
  ZW: (t) => [...t].map((ch, i) => (i === 0 ? ch : rng.pick(ZW_CHARS) + ch)).join(''),
  BIDI: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  CYR: (t) => [...t].map((ch) => CYR[ch] ?? ch).join(''),
  FW: (t) =>
    [...t]
      .map((ch) => {
        const c = ch.codePointAt(0);
        if (c === 0x20) return '\u3000';
        if (c >= 0x21 && c <= 0x7e) return String.fromCodePoint(c + 0xfee0);
        return ch;
      })
      .join(''),
  ANSI: (t) => '\u001b[8m' + t + '\u001b[0m',
  CUU: (t) => t + '\n\u001b[1A\u001b[2K\r',
  B64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  HEX: (t) => Buffer.from(t, 'utf8').toString('hex'),
  PCT: (t) => [...Buffer.from(t, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};

const markerUse = {};
function expandString(s) {
  return s.replace(MARKER, (_, kind, body) => {
    markerUse[kind] = (markerUse[kind] ?? 0) + 1;
    return expanders[kind](body);
  });
}
function expand(v) {
  if (typeof v === 'string') return expandString(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, val] of Object.entries(v)) out[expandString(k)] = expand(val);
    return out;
  }
  return v;
}

// ---------------------------------------------------------------- validation helpers
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

function allStrings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, out));
  else if (v && typeof v === 'object')
    for (const [k, val] of Object.entries(v)) {
      out.push(k);
      allStrings(val, out);
    }
  return out;
}

const ALLOWED_SUFFIX = /\.(example|test|invalid)$/i;
const DOC_IPS = /^(127\.\d+\.\d+\.\d+|192\.0\.2\.\d+|198\.51\.100\.\d+|203\.0\.113\.\d+)$/;
// Common real top-level domains; short ones that double as field names (id, to, in, it, no, me...) are left out.
const REAL_TLDS = new Set(
  ('com net org io ai dev app co gov edu mil info biz cloud xyz site online tech us uk de fr ru cn jp ' +
    'br eu ch nl se pl es ca au kr tw hk sg vn tr ua mx za nz dk fi cz pt gr il ir sa ae eg ng ke ' +
    'bank insurance health law legal pharmacy shop store')
    .split(/\s+/),
);
const FORBIDDEN_HOSTS =
  /github|gitlab|bitbucket|npmjs|pypi|rubygems|crates\.io|nuget|packagist|sourceforge|docker\.io|hub\.docker|maven\.org|pkg\.go\.dev|proxy\.golang|huggingface|registry\.yarnpkg|anaconda\.org|codeberg|gitee/i;

function hostOk(host) {
  const h = host.replace(/\{[^}]*\}/g, 'x').replace(/[.,;!]+$/, '').toLowerCase();
  if (h === '') return true;
  if (DOC_IPS.test(h)) return true;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(h)) return false;
  if (!h.includes('.')) return true; // bare internal name
  return ALLOWED_SUFFIX.test(h);
}

function checkHosts(where, text) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^@\/\s"'<>]*@)?([^\/\s"'<>):?#\]\\`]*)/gi)) {
    if (!hostOk(m[1])) bad(where, `URL host not allowed: ${m[1]}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!hostOk(m[1])) bad(where, `mail host not allowed: ${m[1]}`);
  }
  for (const m of text.matchAll(/\b((?:[A-Za-z0-9-]+\.)+([A-Za-z]{2,}))\b/g)) {
    const tld = m[2].toLowerCase();
    if (REAL_TLDS.has(tld) && !ALLOWED_SUFFIX.test(m[1])) bad(where, `real-TLD host name: ${m[1]}`);
  }
  const f = text.match(FORBIDDEN_HOSTS);
  if (f) bad(where, `package-registry or code-hosting host name: ${f[0]}`);
}

function checkSchema(where, s, path = 'inputSchema') {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return;
  if (s.required !== undefined) {
    if (!Array.isArray(s.required)) bad(where, `${path}.required is not an array`);
    else {
      const props = s.properties && typeof s.properties === 'object' ? s.properties : {};
      for (const r of s.required) if (!(r in props)) bad(where, `${path}.required names missing property "${r}"`);
    }
  }
  if (s.properties && typeof s.properties === 'object')
    for (const [k, v] of Object.entries(s.properties)) {
      if (k.length === 0) bad(where, `${path} has an empty property name`);
      checkSchema(where, v, `${path}.properties.${k}`);
    }
  if (s.items) checkSchema(where, s.items, `${path}.items`);
  for (const key of ['$defs', 'definitions'])
    if (s[key]) for (const [k, v] of Object.entries(s[key])) checkSchema(where, v, `${path}.${key}.${k}`);
  for (const key of ['oneOf', 'anyOf', 'allOf'])
    if (Array.isArray(s[key])) s[key].forEach((v, i) => checkSchema(where, v, `${path}.${key}[${i}]`));
}

function checkServer(where, server) {
  if (server === undefined) return;
  if (!server || typeof server !== 'object' || Array.isArray(server)) return bad(where, 'server is not an object');
  for (const [k, v] of Object.entries(server)) {
    if (k === 'instructions') {
      if (typeof v !== 'string' || v.length === 0) bad(where, 'server.instructions must be a non-empty string');
    } else if (k === 'prompts') {
      if (!Array.isArray(v) || v.length === 0) bad(where, 'server.prompts must be a non-empty array');
      else
        v.forEach((pr, i) => {
          if (!pr || typeof pr.name !== 'string' || !pr.name) bad(where, `server.prompts[${i}] lacks a name`);
          if (pr.arguments !== undefined && !Array.isArray(pr.arguments)) bad(where, `server.prompts[${i}].arguments must be an array`);
        });
    } else if (k === 'resources') {
      if (!Array.isArray(v) || v.length === 0) bad(where, 'server.resources must be a non-empty array');
      else
        v.forEach((r, i) => {
          if (!r || typeof r.name !== 'string' || !r.name) bad(where, `server.resources[${i}] lacks a name`);
          if (typeof r.uri !== 'string' && typeof r.uriTemplate !== 'string')
            bad(where, `server.resources[${i}] lacks uri or uriTemplate`);
        });
    } else bad(where, `server has an unknown member "${k}"`);
  }
}

// ---------------------------------------------------------------- build
const LANGS = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'tr', 'sv', 'ar', 'zh', 'ja', 'ko', 'hi', 'id', 'vi']);
const STYLES = new Set(['blatant', 'quiet', 'slot']);
const out = { poisoned: [], legit: [] };
const meta = { poisoned: [], legit: [] };
const ids = new Set();
const descriptions = new Map();

for (const [file, list] of sources) {
  if (!Array.isArray(list)) {
    bad(file, 'does not export a cases array');
    continue;
  }
  list.forEach((c, idx) => {
    let where = `${file}#${idx}`;
    if (!c || (c.kind !== 'poisoned' && c.kind !== 'legit')) return bad(where, 'not a case');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.slug ?? '')) bad(where, `bad slug "${c.slug}"`);
    if (!LANGS.has(c.lang)) bad(where, `unknown lang "${c.lang}"`);
    if (!c.family) bad(where, 'empty family');
    if (c.kind === 'poisoned' && !STYLES.has(c.style)) bad(where, `bad style "${c.style}"`);
    const id = `${c.kind === 'poisoned' ? IDP : IDL}-${c.lang}-${c.slug}`;
    where = `${file} ${id}`;
    if (ids.has(id)) bad(where, 'duplicate id');
    ids.add(id);

    // raw (pre-expansion) text: hosts and registry names, including encoded payload bodies
    const raw = allStrings([c.tool, c.server ?? {}]).join('\n');
    checkHosts(where, raw);
    for (const m of raw.matchAll(MARKER)) if (m[2].length === 0) bad(where, `empty ${m[1]} marker`);

    const t = expand(c.tool);
    const server = c.server === undefined ? undefined : expand(c.server);
    const expanded = allStrings([t, server ?? {}]).join('\n');
    if (LEFTOVER.test(expanded)) bad(where, 'unexpanded or malformed marker');

    if (!t || typeof t !== 'object') return bad(where, 'tool is not an object');
    if (typeof t.name !== 'string' || t.name.trim() === '') bad(where, 'empty tool name');
    if (typeof t.description !== 'string' || t.description.trim() === '') bad(where, 'empty tool description');
    if (!t.inputSchema || typeof t.inputSchema !== 'object' || Array.isArray(t.inputSchema) || t.inputSchema.type !== 'object')
      bad(where, 'inputSchema must be an object schema');
    checkSchema(where, t.inputSchema);
    if (t.outputSchema) checkSchema(where, t.outputSchema, 'outputSchema');
    checkServer(where, server);
    if (typeof t.description === 'string') {
      if (descriptions.has(t.description)) bad(where, `description duplicates ${descriptions.get(t.description)}`);
      descriptions.set(t.description, id);
    }

    const record = { id, family: c.family, lang: c.lang, tool: t, ...(server ? { server } : {}) };
    out[c.kind].push(record);
    meta[c.kind].push({ id, file, family: c.family, lang: c.lang, style: c.style, twin: !!c.twin });
  });
}

// twins must come in matched pairs
const twinKey = (m) => m.id.replace(/^b32l?-/, '');
const tp = new Set(meta.poisoned.filter((m) => m.twin).map(twinKey));
const tl = new Set(meta.legit.filter((m) => m.twin).map(twinKey));
for (const k of tp) if (!tl.has(k)) bad(k, 'poisoned twin without honest half');
for (const k of tl) if (!tp.has(k)) bad(k, 'honest twin without poisoned half');

if (problems.length) {
  console.error(`${ROUND}: ${problems.length} problem(s); nothing written`);
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}

// ---------------------------------------------------------------- composition
const count = (arr, key) => {
  const m = new Map();
  for (const x of arr) m.set(x[key], (m.get(x[key]) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};
const fmt = (pairs) => pairs.map(([k, v]) => `${k} ${v}`).join(', ');
const lines = [];
const P = meta.poisoned;
const Lg = meta.legit;
const enShare = (arr) => ((100 * arr.filter((m) => m.lang === 'en').length) / arr.length).toFixed(1);
lines.push(`round ${ROUND}: ${P.length} poisoned, ${Lg.length} risky_legit, ${tp.size} honest twin pairs`);
lines.push(`poisoned: ${count(P, 'family').length} families, ${count(P, 'lang').length} languages, English ${enShare(P)}%`);
lines.push(`  styles: ${fmt(count(P, 'style'))}`);
lines.push(`  languages: ${fmt(count(P, 'lang'))}`);
lines.push(`  families: ${fmt(count(P, 'family'))}`);
lines.push(`risky_legit: ${count(Lg, 'family').length} server kinds, ${count(Lg, 'lang').length} languages, English ${enShare(Lg)}%`);
lines.push(`  languages: ${fmt(count(Lg, 'lang'))}`);
lines.push(`  kinds: ${fmt(count(Lg, 'family'))}`);
lines.push(`hiding markers expanded: ${fmt(Object.entries(markerUse).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))}`);
lines.push(`by file: ${sources.map(([f, l]) => `${f} ${l.length}`).join(', ')}`);

const write = (dir, arr) => writeFileSync(join(here, dir, `${ROUND}.json`), JSON.stringify({ cases: arr }, null, 2) + '\n');
write('poisoned', out.poisoned);
write('risky_legit', out.legit);
console.log(lines.join('\n'));
