#!/usr/bin/env node
// Blind round 35 corpus generator (Node 20 built-ins only).
// Reads the hand-written case files in ./blind35/, expands character-hiding
// markers with a fixed-seed PRNG, assigns ids, validates everything and only
// then writes poisoned/blind35.json and risky_legit/blind35.json. Any
// violation: message on stderr, exit 1, nothing written.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, deepExpand, allStrings, MARKER_RE } from './blind35/helpers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROUND = 'blind35';
const IDP = 'b35';
const IDL = 'b35l';
const SEED = 0x35b35;
const FILES = ['twins_a', 'twins_b', 'twins_c', 'poisoned_en', 'legit_en', 'slots', 'intl_a', 'intl_b', 'intl_c'];
const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'zh', 'ja', 'ko', 'vi', 'id'];

// Host names that must never appear (package registries, code hosting),
// stored base64-encoded so this file does not contain them.
const FORBIDDEN_B64 = [
  'Z2l0aHViLmNvbQ==',
  'Z2l0aHVidXNlcmNvbnRlbnQuY29t',
  'Z2l0bGFiLmNvbQ==',
  'Yml0YnVja2V0Lm9yZw==',
  'Y29kZWJlcmcub3Jn',
  'c291cmNlZm9yZ2UubmV0',
  'Z2l0ZWUuY29t',
  'bnBtanMuY29t',
  'bnBtanMub3Jn',
  'eWFybnBrZy5jb20=',
  'dW5wa2cuY29t',
  'cHlwaS5vcmc=',
  'cHl0aG9uaG9zdGVkLm9yZw==',
  'Y3JhdGVzLmlv',
  'cnVieWdlbXMub3Jn',
  'bnVnZXQub3Jn',
  'cGFja2FnaXN0Lm9yZw==',
  'bWF2ZW4ub3Jn',
  'aHViLmRvY2tlci5jb20=',
  'ZG9ja2VyLmlv',
  'Z2hjci5pbw==',
  'cXVheS5pbw==',
  'cGtnLmdvLmRldg==',
  'cHJveHkuZ29sYW5nLm9yZw==',
  'aHVnZ2luZ2ZhY2UuY28=',
  'YW5hY29uZGEub3Jn',
  'Y3Bhbi5vcmc=',
  'aGFja2FnZS5oYXNrZWxsLm9yZw==',
  'aGV4LnBt',
  'cHViLmRldg==',
  'Y29jb2Fwb2RzLm9yZw==',
  'ZGViLmRlYmlhbi5vcmc=',
  'YXJjaGl2ZS51YnVudHUuY29t',
];
const FORBIDDEN = FORBIDDEN_B64.map((b) => Buffer.from(b, 'base64').toString('utf8').toLowerCase());
const ALLOWED_SUFFIX = ['.example', '.test', '.invalid'];
const REAL_TLD = ['com', 'net', 'org', 'io', 'dev', 'app', 'co', 'ai', 'ru', 'cn', 'xyz', 'info', 'biz', 'us', 'cc', 'tk',
  'top', 'site', 'online', 'cloud', 'uk', 'jp', 'kr', 'br', 'fr', 'de', 'eu', 'gov', 'edu', 'tv', 'ly', 'gg', 'in', 'me',
  'shop', 'store', 'pay', 'bank', 'email', 'link', 'live', 'tech', 'sh'];
const SLOT_FAMILIES = new Set(['poisoned-default', 'poisoned-enum', 'poisoned-example', 'poisoned-title', 'poisoned-annotation',
  'poisoned-meta', 'poisoned-output-schema', 'poisoned-prompt', 'poisoned-resource', 'poisoned-instructions',
  'nested-property-injection', 'defs-injection', 'const-injection', 'property-name-injection']);
const ENCODING_FAMILIES = new Set(['unicode-tag-hiding', 'zero-width-hiding', 'bidi-hiding', 'homoglyph-hiding', 'fullwidth-hiding',
  'ansi-conceal', 'ansi-cursor-erase', 'base64-payload', 'hex-payload', 'percent-encoded-payload']);
const BLATANT_RE = /<\/?[^\s<>]{2,24}>|\[SYSTEM|ATTENTION|IMPORTANT|ADMIN DIRECTIVE|Note for assistants|Message from the assistant|Ignore all previous|ACHTUNG|NOTE POUR|INSTRUCCIÓN DEL SISTEMA|NOTA DI SISTEMA|LET OP|UWAGA|СИСТЕМНА|SİSTEM NOTU|הערה למערכת|系统提示|システム注記/;

const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

// ---- load ------------------------------------------------------------------
const raw = [];
for (const f of FILES) {
  const mod = await import(join(HERE, ROUND, `${f}.mjs`));
  if (!Array.isArray(mod.cases)) { fail(f, 'no cases array'); continue; }
  for (const c of mod.cases) raw.push({ ...c, file: f });
}

// ---- host checks on raw text (marker payloads still readable) and output ---
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#'"`<>)\]|\\]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g;
const TLD_RE = new RegExp(`(?<![A-Za-z0-9_./~-])((?:[A-Za-z0-9-]+\\.)+(?:${REAL_TLD.join('|')}))(?![A-Za-z0-9_-])`, 'gi');
function hostOk(host) {
  const h = host.replace(/^.*@/, '').replace(/:\d+$/, '').replace(/\.$/, '').toLowerCase();
  if (!h.includes('.')) return true; // bare internal name
  return ALLOWED_SUFFIX.some((s) => h.endsWith(s));
}
function checkHosts(where, strings) {
  for (const s of strings) {
    const low = s.toLowerCase();
    for (const f of FORBIDDEN) if (low.includes(f)) fail(where, 'forbidden registry/code-hosting host name');
    for (const m of s.matchAll(URL_RE)) if (!hostOk(m[1])) fail(where, `URL host not reserved: ${m[1]}`);
    for (const m of s.matchAll(MAIL_RE)) if (!hostOk(m[1])) fail(where, `mail host not reserved: ${m[1]}`);
    for (const m of s.matchAll(TLD_RE)) if (!hostOk(m[1])) fail(where, `real-TLD host name: ${m[1]}`);
  }
}

// ---- expand, assign ids ------------------------------------------------------
const rand = mulberry32(SEED);
const poisoned = [];
const legit = [];
const ids = new Set();
const descriptions = new Map();
const meta = [];
for (const c of raw) {
  const where = `${c.file}:${c.kind}:${c.lang}:${c.slug}`;
  if (c.kind !== 'P' && c.kind !== 'L') { fail(where, 'kind must be P or L'); continue; }
  if (!LANGS.includes(c.lang)) fail(where, `unknown lang ${c.lang}`);
  if (typeof c.slug !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(c.slug)) fail(where, 'bad slug');
  if (typeof c.family !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(c.family)) fail(where, 'bad family');
  checkHosts(where, allStrings({ tool: c.tool, server: c.server ?? {} }));
  const id = `${c.kind === 'P' ? IDP : IDL}-${c.lang}-${c.slug}`;
  if (ids.has(id)) fail(where, `duplicate id ${id}`);
  ids.add(id);
  const out = { id, family: c.family, lang: c.lang, tool: deepExpand(c.tool, rand) };
  if (c.server) out.server = deepExpand(c.server, rand);
  (c.kind === 'P' ? poisoned : legit).push(out);
  meta.push({ c, out, where });
}

// ---- validate output cases ---------------------------------------------------
function checkSchema(where, s, path) {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return fail(where, `${path}: schema must be an object`);
  if (s.properties !== undefined) {
    if (!s.properties || typeof s.properties !== 'object' || Array.isArray(s.properties)) return fail(where, `${path}: properties must be an object`);
    for (const [k, v] of Object.entries(s.properties)) {
      if (!k) fail(where, `${path}: empty property name`);
      checkSchema(where, v, `${path}.${k}`);
    }
  }
  if (s.required !== undefined) {
    if (!Array.isArray(s.required)) fail(where, `${path}: required must be an array`);
    else for (const r of s.required) if (!s.properties || !Object.hasOwn(s.properties, r)) fail(where, `${path}: required names unknown property "${r}"`);
  }
  if (s.items) checkSchema(where, s.items, `${path}[]`);
  if (s.$defs) for (const [k, v] of Object.entries(s.$defs)) checkSchema(where, v, `${path}.$defs.${k}`);
  if (s.$ref !== undefined && typeof s.$ref !== 'string') fail(where, `${path}: $ref must be a string`);
}
const MARKER_LEFT = /\{\{[A-Z][A-Z0-9_]*:/;
const pFamilies = new Set(meta.filter((m) => m.c.kind === 'P').map((m) => m.c.family));
for (const { c, out, where } of meta) {
  const t = out.tool;
  if (!t || typeof t !== 'object') { fail(where, 'tool must be an object'); continue; }
  if (typeof t.name !== 'string' || !t.name.trim()) fail(where, 'empty tool name');
  if (typeof t.description !== 'string' || !t.description.trim()) fail(where, 'empty description');
  else {
    if (descriptions.has(t.description)) fail(where, `duplicate description (also ${descriptions.get(t.description)})`);
    descriptions.set(t.description, where);
  }
  const s = t.inputSchema;
  if (!s || typeof s !== 'object' || s.type !== 'object' || typeof s.properties !== 'object') fail(where, 'inputSchema must be an object schema with properties');
  else checkSchema(where, s, 'inputSchema');
  if (t.outputSchema) checkSchema(where, t.outputSchema, 'outputSchema');
  if (out.server) {
    for (const [k, v] of Object.entries(out.server)) {
      if (k === 'instructions') { if (typeof v !== 'string' || !v) fail(where, 'server.instructions must be a non-empty string'); }
      else if (k === 'prompts') {
        if (!Array.isArray(v)) fail(where, 'server.prompts must be an array');
        else for (const p of v) if (!p || typeof p.name !== 'string' || !p.name) fail(where, 'prompt without name');
      } else if (k === 'resources') {
        if (!Array.isArray(v)) fail(where, 'server.resources must be an array');
        else for (const r of v) if (!r || typeof r.name !== 'string' || (typeof r.uri !== 'string' && typeof r.uriTemplate !== 'string')) fail(where, 'resource needs name and uri or uriTemplate');
      } else fail(where, `server has unknown member ${k}`);
    }
  }
  for (const str of allStrings(out)) if (MARKER_LEFT.test(str)) fail(where, 'unexpanded marker');
  if (c.kind === 'L' && pFamilies.has(c.family)) fail(where, `legitimate kind "${c.family}" is also an attack family`);
  checkHosts(where, allStrings(out));
}
// twins: each twin id must have exactly one poisoned and one legitimate case
const twinCount = new Map();
for (const { c } of meta) if (c.twin) twinCount.set(c.twin + '/' + c.lang, (twinCount.get(c.twin + '/' + c.lang) ?? []).concat(c.kind));
for (const [k, kinds] of twinCount) if (kinds.length !== 2 || !kinds.includes('P') || !kinds.includes('L')) fail(`twin ${k}`, 'must have one P and one L');

const nearCount = new Map();
for (const { c } of meta) if (c.near) nearCount.set(c.near + '/' + c.lang, (nearCount.get(c.near + '/' + c.lang) ?? []).concat(c.kind));
for (const [k, kinds] of nearCount) if (kinds.length !== 2 || !kinds.includes('P') || !kinds.includes('L')) fail(`near twin ${k}`, 'must have one P and one L');

if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`${errors.length} violation(s); nothing written.`);
  process.exit(1);
}

// ---- write -------------------------------------------------------------------
const outP = join(HERE, 'poisoned', `${ROUND}.json`);
const outL = join(HERE, 'risky_legit', `${ROUND}.json`);
mkdirSync(dirname(outP), { recursive: true });
mkdirSync(dirname(outL), { recursive: true });
writeFileSync(outP, JSON.stringify({ cases: poisoned }, null, 2) + '\n');
writeFileSync(outL, JSON.stringify({ cases: legit }, null, 2) + '\n');

// ---- composition ---------------------------------------------------------------
const count = (arr, key) => { const m = new Map(); for (const x of arr) m.set(key(x), (m.get(key(x)) ?? 0) + 1); return m; };
const fmt = (m) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
const pMeta = meta.filter((m) => m.c.kind === 'P');
const style = (m) => {
  if (ENCODING_FAMILIES.has(m.c.family)) return 'encoding';
  if (SLOT_FAMILIES.has(m.c.family) || m.c.server) return 'unusual-slot';
  return BLATANT_RE.test(m.out.tool.description) ? 'blatant' : 'quiet';
};
const langP = count(poisoned, (x) => x.lang);
const langL = count(legit, (x) => x.lang);
const enShare = (m, n) => `${Math.round((100 * (m.get('en') ?? 0)) / n)}%`;
console.log(`${ROUND} composition`);
console.log(`poisoned/${ROUND}.json: ${poisoned.length} cases, ${count(poisoned, (x) => x.family).size} families, ${langP.size} languages (en ${enShare(langP, poisoned.length)})`);
console.log(`risky_legit/${ROUND}.json: ${legit.length} cases, ${count(legit, (x) => x.family).size} server kinds, ${langL.size} languages (en ${enShare(langL, legit.length)})`);
console.log(`honest twins: ${twinCount.size} pairs (${[...count([...twinCount.keys()], (k) => k.split('/')[1])].map(([k, v]) => `${k} ${v}`).join(', ')})`);
console.log(`slot near-twins: ${nearCount.size} pairs (differ in one schema/server slot; the legitimate side adds one honest sentence)`);
console.log(`poisoned style, all: ${fmt(count(pMeta, style))}`);
console.log(`poisoned style, outside twins and near twins: ${fmt(count(pMeta.filter((m) => !m.c.twin && !m.c.near), style))}`);
console.log(`poisoned style, twins and near twins: ${fmt(count(pMeta.filter((m) => m.c.twin || m.c.near), style))}`);
console.log(`poisoned by language: ${fmt(langP)}`);
console.log(`legitimate by language: ${fmt(langL)}`);
console.log(`poisoned by source file: ${fmt(count(pMeta, (m) => m.c.file))}`);
console.log(`legitimate by source file: ${fmt(count(meta.filter((m) => m.c.kind === 'L'), (m) => m.c.file))}`);
console.log(`poisoned families: ${fmt(count(poisoned, (x) => x.family))}`);
console.log(`legitimate server kinds: ${fmt(count(legit, (x) => x.family))}`);
