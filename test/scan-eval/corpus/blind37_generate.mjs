#!/usr/bin/env node
// Blind round 37: developer and platform tooling servers as shipped in 2026.
// Written blind (see test/scan-eval/README.md, "Blind round 37").
// Usage: node test/scan-eval/corpus/blind37_generate.mjs
// Writes corpus/poisoned/blind37.json and corpus/risky_legit/blind37.json,
// or nothing (exit 1) when any validation rule fails. Node 20 built-ins only;
// fixed seed, byte-identical output.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MODULES = [
  'en_blatant', 'en_quiet', 'en_slots', 'en_hidden', 'en_twins',
  'en_legit_a', 'en_legit_b', 'en_legit_c',
  'intl_west', 'intl_east', 'intl_asia',
];

// ---------- deterministic PRNG (mulberry32, fixed seed) ----------
function mulberry32(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(0xb1137);
function shuffle(arr) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

// ---------- hiding markers: {{NAME|payload}} ----------
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const chars = (t) => Array.from(t);
const MARKERS = {
  // Unicode tag characters (invisible), framed by LANGUAGE TAG / CANCEL TAG.
  TAG: (t) => '\u{E0001}' + chars(t).map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join('') + '\u{E007F}',
  // zero-width space between every character
  ZW: (t) => chars(t).join('\u200b'),
  // word joiner / zero-width non-joiner alternating between characters
  WJ: (t) => chars(t).map((c, i) => c + (i % 2 ? '\u200c' : '\u2060')).join(''),
  // right-to-left override: stored reversed, displayed forward
  BIDI: (t) => '\u202e' + chars(t).reverse().join('') + '\u202c',
  // right-to-left isolate wrapping a reversed run
  BIDIISO: (t) => '\u2067' + chars(t).reverse().join('') + '\u2069',
  // Cyrillic homoglyphs for Latin letters
  CYR: (t) => chars(t).map((c) => CYR[c] ?? c).join(''),
  // fullwidth forms
  FW: (t) => chars(t).map((c) => (c === ' ' ? '\u3000' : c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0) + 0xfee0) : c)).join(''),
  // ANSI conceal on / off
  ANSI: (t) => '\u001b[8m' + t + '\u001b[28m',
  // text followed by carriage return and erase-line: invisible in a terminal
  ERASE: (t) => t + '\r\u001b[2K',
  // cursor up + erase after the text (multi-line hide)
  CURSOR: (t) => t + '\u001b[1A\u001b[2K\u001b[1B\r',
  B64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  HEX: (t) => Buffer.from(t, 'utf8').toString('hex'),
  PCT: (t) => Array.from(Buffer.from(t, 'utf8')).map((x) => '%' + x.toString(16).toUpperCase().padStart(2, '0')).join(''),
  // soft hyphen inside every word
  SHY: (t) => t.split(' ').map((w) => (w.length > 3 ? w.slice(0, 2) + '\u00ad' + w.slice(2) : w)).join(' '),
  // mathematical sans-serif letters
  MATH: (t) => chars(t).map((c) => (c >= 'a' && c <= 'z' ? String.fromCodePoint(0x1d5ba + c.charCodeAt(0) - 97)
    : c >= 'A' && c <= 'Z' ? String.fromCodePoint(0x1d5a0 + c.charCodeAt(0) - 65) : c)).join(''),
};
const MARKER_RE = /\{\{([A-Z0-9]+)\|([\s\S]*?)\}\}/g;

// ---------- host checks ----------
// Code-hosting and package-registry host names that must never appear (base64, one per line).
const BLOCKED_HOSTS_B64 = [
  'Z2l0aHViLmNvbQ==', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==',
  'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t', 'c291cmNlZm9yZ2UubmV0', 'bnBtanMuY29t', 'bnBtanMub3Jn',
  'eWFybnBrZy5jb20=', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn',
  'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'Z2hjci5pbw==', 'cXVheS5pbw==', 'Z29sYW5nLm9yZw==', 'cGtnLmdvLmRldg==',
  'bWF2ZW4ub3Jn', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'aHVnZ2luZ2ZhY2UuY28=', 'YW5hY29uZGEub3Jn',
  'anNkZWxpdnIubmV0', 'dW5wa2cuY29t', 'aGV4LnBt', 'Y3Bhbi5vcmc=', 'Y29jb2Fwb2RzLm9yZw==',
].map((x) => Buffer.from(x, 'base64').toString('utf8'));
const ALLOWED_TLDS = new Set(['example', 'test', 'invalid']);
// Real top-level domains searched for in bare names (file extensions such as .sh, .md,
// .rs, .py and field paths such as user.id are left out on purpose).
const REAL_TLDS = ['com', 'net', 'org', 'io', 'ai', 'app', 'cloud', 'xyz', 'info', 'biz', 'ru', 'cn', 'jp',
  'de', 'fr', 'uk', 'dev', 'gg', 'ly', 'site', 'online', 'top', 'nl', 'pl', 'se', 'cz', 'ua', 'kr', 'vn', 'br',
  'internal', 'corp', 'lan'];
const BARE_DOMAIN_RE = new RegExp(`\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:${REAL_TLDS.join('|')})\\b(?![.\\w-]*\\.(?:example|test|invalid)\\b)`, 'gi');

function privateIp(h) {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(h);
  if (!m) return null;
  const [x, y] = [Number(m[1]), Number(m[2])];
  if (h === "0.0.0.0") return true; // bind-all, not a host
  return x === 10 || x === 127 || (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168);
}
function hostOk(host) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  const ip = privateIp(h);
  if (ip !== null) return ip;
  if (h === '::1') return true;
  if (!h.includes('.')) return true; // bare internal name (vault, localhost, db)
  return ALLOWED_TLDS.has(h.split('.').pop());
}
function hostProblems(text) {
  const problems = [];
  const lower = text.toLowerCase();
  for (const bad of BLOCKED_HOSTS_B64) if (lower.includes(bad)) problems.push(`blocked host ${bad}`);
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>]*@)?(\[[^\]]+\]|[^\s/:?#"'<>)\]`,;]+)/gi)) {
    if (!hostOk(m[1])) problems.push(`URL host ${m[1]}`);
  }
  for (const m of text.matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]+)\b/gi)) {
    if (!hostOk(m[1])) problems.push(`mail host ${m[1]}`);
  }
  for (const m of text.matchAll(/\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b/g)) {
    if (privateIp(m[1]) === false) problems.push(`public IP ${m[1]}`);
  }
  for (const m of text.matchAll(BARE_DOMAIN_RE)) problems.push(`real-TLD name ${m[0]}`);
  return problems;
}

// ---------- walk helpers ----------
function mapStrings(v, f) {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[f(k)] = mapStrings(x, f);
    return out;
  }
  return v;
}
function allStrings(v, acc = []) {
  if (typeof v === 'string') acc.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, acc));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { acc.push(k); allStrings(x, acc); }
  return acc;
}
function checkRequired(node, path, errs) {
  if (Array.isArray(node)) { node.forEach((x, i) => checkRequired(x, `${path}[${i}]`, errs)); return; }
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node.required)) {
    const p = node.properties && typeof node.properties === 'object' ? node.properties : {};
    for (const r of node.required) if (!(r in p)) errs.push(`${path}: required "${r}" is not a property`);
  }
  for (const key of ['properties', '$defs', 'definitions', 'patternProperties']) {
    if (node[key] && typeof node[key] === 'object') {
      for (const [k, x] of Object.entries(node[key])) checkRequired(x, `${path}.${key}.${k}`, errs);
    }
  }
  for (const key of ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains']) {
    if (node[key] && typeof node[key] === 'object') checkRequired(node[key], `${path}.${key}`, errs);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    if (Array.isArray(node[key])) checkRequired(node[key], `${path}.${key}`, errs);
  }
}

// ---------- load modules ----------
const specs = [];
for (const m of MODULES) {
  const mod = await import(join(here, 'blind37', `${m}.mjs`));
  for (const c of mod.default()) specs.push(c);
}

const errors = [];
const markerCounts = {};
const cases = { p: [], l: [] };
for (const spec of specs) {
  const prefix = spec.kind === 'p' ? 'b37' : 'b37l';
  const id = `${prefix}-${spec.lang}-${spec.slug}`;
  const used = new Set();
  const payloadCheck = (str) => {
    for (const m of str.matchAll(MARKER_RE)) {
      if (!MARKERS[m[1]]) errors.push(`${id}: unknown marker ${m[1]}`);
      if (m[1] === 'TAG' && !/^[\x20-\x7e]*$/.test(m[2])) errors.push(`${id}: TAG payload must be printable ASCII`);
      for (const p of hostProblems(m[2])) errors.push(`${id}: marker payload: ${p}`);
    }
  };
  const expand = (str) => {
    payloadCheck(str);
    return str.replace(MARKER_RE, (_, name, payload) => {
      used.add(name);
      return MARKERS[name] ? MARKERS[name](payload) : _;
    });
  };
  const t = mapStrings(spec.tool, expand);
  const server = spec.server ? mapStrings(spec.server, expand) : undefined;
  for (const name of used) markerCounts[name] = (markerCounts[name] ?? 0) + 1;
  if (spec.kind === 'l' && used.size) errors.push(`${id}: legitimate case uses hiding markers`);
  const c = { id, family: spec.family, lang: spec.lang, tool: t };
  if (server) c.server = server;
  cases[spec.kind].push({ c, spec, markers: [...used].sort() });
}

// ---------- validation ----------
const ids = new Set();
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'cs', 'ru', 'uk', 'tr', 'ar', 'ja', 'zh', 'ko', 'hi', 'id', 'vi'];
const descOwners = new Map();
for (const kind of ['p', 'l']) {
  for (const { c, spec } of cases[kind]) {
    const where = c.id;
    if (ids.has(c.id)) errors.push(`${where}: duplicate id`);
    ids.add(c.id);
    if (!/^b37l?-[a-z]{2}-[a-z0-9-]+$/.test(c.id)) errors.push(`${where}: id shape`);
    if (!LANGS.includes(c.lang)) errors.push(`${where}: unknown lang ${c.lang}`);
    if (!c.family) errors.push(`${where}: empty family`);
    const t = c.tool;
    if (typeof t.name !== 'string' || !t.name.trim()) errors.push(`${where}: empty tool name`);
    if (typeof t.description !== 'string' || !t.description.trim()) errors.push(`${where}: empty description`);
    if (!t.inputSchema || t.inputSchema.type !== 'object' || Array.isArray(t.inputSchema)) errors.push(`${where}: inputSchema must be an object schema`);
    checkRequired(t.inputSchema, `${where} inputSchema`, errors);
    if (t.outputSchema) checkRequired(t.outputSchema, `${where} outputSchema`, errors);
    if (c.server) {
      for (const [k, v] of Object.entries(c.server)) {
        if (k === 'instructions') { if (typeof v !== 'string') errors.push(`${where}: server.instructions not a string`); }
        else if (k === 'prompts' || k === 'resources') {
          if (!Array.isArray(v)) errors.push(`${where}: server.${k} not an array`);
          else for (const item of v) {
            if (!item || typeof item !== 'object' || typeof item.name !== 'string' || !item.name) errors.push(`${where}: server.${k} item needs a name`);
            if (k === 'resources' && typeof item.uri !== 'string' && typeof item.uriTemplate !== 'string') errors.push(`${where}: resource needs uri or uriTemplate`);
            if (k === 'prompts' && item.arguments !== undefined && !Array.isArray(item.arguments)) errors.push(`${where}: prompt arguments not an array`);
          }
        } else errors.push(`${where}: server has unknown member ${k}`);
      }
    }
    const strs = allStrings({ tool: t, server: c.server ?? {} });
    for (const str of strs) {
      if (/\{\{[A-Z0-9]+\|/.test(str)) errors.push(`${where}: unexpanded marker`);
      for (const p of hostProblems(str)) errors.push(`${where}: ${p}`);
    }
    const d = t.description;
    if (!descOwners.has(d)) descOwners.set(d, []);
    descOwners.get(d).push({ c, spec });
  }
}
// duplicate descriptions: only the two halves of a twin whose clause is in another slot
for (const [d, owners] of descOwners) {
  if (owners.length < 2) continue;
  const ok = owners.length === 2 && owners[0].spec.twin && owners[0].spec.twin === owners[1].spec.twin &&
    owners[0].spec.slot !== 'description' && owners[0].spec.kind !== owners[1].spec.kind;
  if (!ok) errors.push(`duplicate description across ${owners.map((x) => x.c.id).join(', ')}: ${d.slice(0, 60)}`);
}
// twins
const twins = new Map();
for (const kind of ['p', 'l']) for (const x of cases[kind]) if (x.spec.twin) {
  if (!twins.has(x.spec.twin)) twins.set(x.spec.twin, {});
  twins.get(x.spec.twin)[kind] = x;
}
let twinCount = 0;
for (const [k, v] of twins) {
  if (!v.p || !v.l) { errors.push(`twin ${k} has one half only`); continue; }
  if (JSON.stringify([v.p.c.tool, v.p.c.server]) === JSON.stringify([v.l.c.tool, v.l.c.server])) errors.push(`twin ${k}: halves are identical`);
  twinCount++;
}
// composition minimums
const count = (arr, f) => arr.reduce((m, x) => { const k = f(x); m[k] = (m[k] ?? 0) + 1; return m; }, {});
const pFam = count(cases.p, (x) => x.c.family);
const lKind = count(cases.l, (x) => x.c.family);
const pLang = count(cases.p, (x) => x.c.lang);
const lLang = count(cases.l, (x) => x.c.lang);
if (cases.p.length < 240) errors.push(`only ${cases.p.length} poisoned cases (< 240)`);
if (Object.keys(pFam).length < 45) errors.push(`only ${Object.keys(pFam).length} poisoned families (< 45)`);
if (cases.l.length < 230) errors.push(`only ${cases.l.length} legitimate cases (< 230)`);
if (Object.keys(lKind).length < 50) errors.push(`only ${Object.keys(lKind).length} server kinds (< 50)`);
if (Object.keys(pLang).length < 19) errors.push(`only ${Object.keys(pLang).length} poisoned languages (< 19)`);
if (Object.keys(lLang).length < 19) errors.push(`only ${Object.keys(lLang).length} legitimate languages (< 19)`);
if (twinCount < 60) errors.push(`only ${twinCount} twins (< 60)`);

if (errors.length) {
  for (const e of errors.slice(0, 200)) console.error('error:', e);
  console.error(`${errors.length} validation error(s); nothing written`);
  process.exit(1);
}

// ---------- composition ----------
const fmt = (title, m) => {
  const keys = Object.keys(m).sort((x, y) => m[y] - m[x] || (x < y ? -1 : 1));
  return `${title}: ` + keys.map((k) => `${k} ${m[k]}`).join(', ');
};
const lines = [];
lines.push(`poisoned ${cases.p.length}, legitimate ${cases.l.length}, twins ${twinCount}`);
lines.push(fmt('poisoned by language', pLang));
lines.push(fmt('legitimate by language', lLang));
lines.push(fmt('poisoned by style', count(cases.p, (x) => x.spec.style)));
lines.push(fmt(`poisoned by family (${Object.keys(pFam).length})`, pFam));
lines.push(fmt(`legitimate by server kind (${Object.keys(lKind).length})`, lKind));
lines.push(fmt('poisoned by slot', count(cases.p, (x) => x.spec.slot)));
lines.push(fmt('twin clause slot', count(cases.p.filter((x) => x.spec.twin), (x) => x.spec.slot)));
lines.push(fmt('markers (cases using each)', markerCounts));
lines.push(fmt('poisoned by module', count(cases.p, (x) => x.spec.module)));
lines.push(fmt('legitimate by module', count(cases.l, (x) => x.spec.module)));
console.log(lines.join('\n'));

// ---------- write (fixed-seed order) ----------
const order = (arr) => shuffle(arr.map((x) => x.c).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)));
const out = {
  poisoned: join(here, 'poisoned', 'blind37.json'),
  legit: join(here, 'risky_legit', 'blind37.json'),
};
const pText = JSON.stringify({ cases: order(cases.p) }, null, 2) + '\n';
const lText = JSON.stringify({ cases: order(cases.l) }, null, 2) + '\n';
mkdirSync(dirname(out.poisoned), { recursive: true });
mkdirSync(dirname(out.legit), { recursive: true });
writeFileSync(out.poisoned, pText);
writeFileSync(out.legit, lText);
console.log(`wrote ${out.poisoned.replace(here + '/', 'corpus/')} and ${out.legit.replace(here + '/', 'corpus/')}`);
