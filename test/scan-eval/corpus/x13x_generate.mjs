#!/usr/bin/env node
// Generator for corpus round x13x (TRAINING round). Node 20 built-ins only.
//
//   node test/scan-eval/corpus/x13x_generate.mjs
//
// Reads the hand-written case files in ./x13x/, expands the hiding markers
// (⟦KIND|text⟧, see x13x/helpers.mjs) in every string and property name with a
// fixed-seed PRNG, assigns ids (x13x-<lang>-<slug> poisoned, x13xl-<lang>-<slug>
// legitimate), validates everything and writes
//   poisoned/x13x.json and risky_legit/x13x.json   (each {"cases":[...]}).
// On any violation it prints the problems, writes nothing and exits 1.
// Output is byte-identical between runs.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, expandMarker, MARKER_KINDS } from './x13x/helpers.mjs';
import poisonedEn from './x13x/poisoned_en.mjs';
import legitEn from './x13x/legit_en.mjs';
import twinsEn from './x13x/twins.mjs';
import unusual from './x13x/unusual_slots.mjs';
import i18nA from './x13x/i18n_a.mjs';
import i18nB from './x13x/i18n_b.mjs';
import i18nC from './x13x/i18n_c.mjs';

const ROUND = 'x13x';
const IDP = 'x13x';
const IDL = 'x13xl';
const SEED = 0x13a7c0de;
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'id', 'vi'];

const here = dirname(fileURLToPath(import.meta.url));
const sources = [
  ['poisoned_en.mjs', poisonedEn], ['legit_en.mjs', legitEn], ['twins.mjs', twinsEn],
  ['unusual_slots.mjs', unusual], ['i18n_a.mjs', i18nA], ['i18n_b.mjs', i18nB], ['i18n_c.mjs', i18nC],
];
const all = sources.flatMap(([, list]) => list);
const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- marker expansion
const MARKER_RE = /⟦([A-Z0-9]+)\|([^⟦⟧]*)⟧/g;
const rand = mulberry32(SEED);
const markerUse = Object.fromEntries(MARKER_KINDS.map((k) => [k, { P: 0, L: 0 }]));

function expandString(str, where, kind) {
  return str.replace(MARKER_RE, (_, mkind, text) => {
    if (!MARKER_KINDS.includes(mkind)) { fail(where, `unknown marker ${mkind}`); return ''; }
    if (text.length === 0) fail(where, `empty ${mkind} marker`);
    markerUse[mkind][kind]++;
    return expandMarker(mkind, text, rand);
  });
}
function expandDeep(v, where, kind) {
  if (typeof v === 'string') return expandString(v, where, kind);
  if (Array.isArray(v)) return v.map((x) => expandDeep(x, where, kind));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const key = expandString(k, where, kind);
      if (Object.prototype.hasOwnProperty.call(out, key)) fail(where, `duplicate key after expansion: ${key}`);
      out[key] = expandDeep(x, where, kind);
    }
    return out;
  }
  return v;
}
// Raw text with each marker replaced by its plain payload (used for host checks).
const plain = (str) => str.replace(MARKER_RE, (_, __, text) => text);
function stringsOf(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => stringsOf(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); stringsOf(x, out); }
  return out;
}

// ---------------------------------------------------------------- host checks
const ALLOWED_TLD = /\.(example|test|invalid)\.?$/i;
const PRIVATE_IP = /^(10\.\d+\.\d+\.\d+|127\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|192\.0\.2\.\d+|198\.51\.100\.\d+|203\.0\.113\.\d+)$/;
function hostOk(host) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (!h.includes('.')) return true;          // bare internal name (vault, localhost, db-primary)
  if (PRIVATE_IP.test(h)) return true;
  return ALLOWED_TLD.test(h);
}
const URL_RE = /\b(?:https?|wss?|ftps?|sftp|ssh|git|smtp|imaps?|ldaps?|redis|postgres(?:ql)?|mysql|mongodb|amqps?|nats):\/\/(?:[^\s\/@"'`]+@)?([A-Za-z0-9.\-\[\]]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*)/g;
const REAL_TLD_RE = /\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(com|net|org|io|dev|ai|app|cloud|co|info|biz|xyz|ru|cn|de|fr|jp|uk|us|eu|br|es|nl|se|ch|kr|ua|vn|cz|pl|tr|tk|top|online|site|shop|ly|gg|su|tech|store|live)\b/gi;
const FORGE_RE = /(github|gitlab|bitbucket|npmjs|pypi|rubygems|crates\.io|nuget|packagist|sourceforge|codeberg|gitee|docker\.io|hub\.docker|dockerhub|maven\.org|pkg\.go\.dev|proxy\.golang|jsdelivr|unpkg|cdnjs|huggingface|anaconda\.org)/i;

function checkHosts(str, where) {
  for (const m of str.matchAll(URL_RE)) if (!hostOk(m[1])) fail(where, `URL host not allowed: ${m[1]}`);
  for (const m of str.matchAll(MAIL_RE)) if (!hostOk(m[1])) fail(where, `mail host not allowed: ${m[1]}`);
  for (const m of str.matchAll(REAL_TLD_RE)) fail(where, `real-TLD host name: ${m[0]}`);
  const forge = str.match(FORGE_RE);
  if (forge) fail(where, `package-registry/code-hosting name: ${forge[0]}`);
}

// ---------------------------------------------------------------- schema checks
function checkSchema(schema, where) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) { fail(where, 'schema is not an object'); return; }
  if (schema.type === 'object' || schema.properties) {
    const props = schema.properties ?? {};
    if (typeof props !== 'object' || Array.isArray(props)) fail(where, 'properties is not an object');
    if (schema.required !== undefined) {
      if (!Array.isArray(schema.required)) fail(where, 'required is not an array');
      else for (const r of schema.required) if (!Object.prototype.hasOwnProperty.call(props, r)) fail(where, `required names missing property "${r}"`);
    }
    for (const [k, p] of Object.entries(props)) {
      if (!k) fail(where, 'empty property name');
      checkSchema(p, `${where}.${k}`);
    }
  }
  if (schema.items) checkSchema(schema.items, `${where}[]`);
  for (const key of ['$defs', 'definitions']) {
    if (schema[key]) for (const [k, d] of Object.entries(schema[key])) checkSchema(d, `${where}.${key}.${k}`);
  }
  for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(schema[key])) schema[key].forEach((d, n) => checkSchema(d, `${where}.${key}${n}`));
}

// ---------------------------------------------------------------- build
const out = { P: [], L: [] };
const ids = new Set();
const descriptions = new Map();
const twinSlugs = { P: new Map(), L: new Map() };

for (const c of all) {
  const prefix = c.kind === 'P' ? IDP : c.kind === 'L' ? IDL : null;
  let where = `${c.meta?.file}:${c.kind}:${c.lang}-${c.slug}`;
  if (!prefix) { fail(where, 'kind must be P or L'); continue; }
  if (!LANGS.includes(c.lang)) fail(where, `unknown lang ${c.lang}`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.slug ?? '')) fail(where, 'bad slug');
  if (typeof c.family !== 'string' || !c.family) fail(where, 'empty family');
  const id = `${prefix}-${c.lang}-${c.slug}`;
  where = `${c.meta?.file}:${id}`;
  if (ids.has(id)) fail(where, 'duplicate id');
  ids.add(id);

  const raw = { tool: c.tool, ...(c.server ? { server: c.server } : {}) };
  for (const str of stringsOf(raw)) {
    for (const m of str.matchAll(MARKER_RE)) if (m[2].includes('⟦')) fail(where, 'nested marker');
    checkHosts(plain(str), where);
  }
  const tool = expandDeep(c.tool, where, c.kind);
  const server = c.server ? expandDeep(c.server, where, c.kind) : undefined;
  for (const str of stringsOf({ tool, server })) if (/[⟦⟧]/.test(str)) fail(where, 'unexpanded marker');

  if (!tool || typeof tool !== 'object') { fail(where, 'tool is not an object'); continue; }
  if (typeof tool.name !== 'string' || !tool.name.trim()) fail(where, 'empty tool name');
  if (typeof tool.description !== 'string' || !tool.description.trim()) fail(where, 'empty tool description');
  const is = tool.inputSchema;
  if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') fail(where, 'inputSchema must be an object schema');
  else checkSchema(is, `${where} inputSchema`);
  if (tool.outputSchema !== undefined) checkSchema(tool.outputSchema, `${where} outputSchema`);
  if (typeof tool.description === 'string') {
    // Descriptions must be unique across both output files. Only exception: the two
    // members of one honest-twin pair whose differing clause sits outside the tool
    // description (annotated slot != 'description') share their description.
    const prev = descriptions.get(tool.description);
    const twinKey = c.meta?.twin ? `${c.lang}-${c.meta.twin}` : null;
    const sharedTwin = prev && twinKey && prev.twinKey === twinKey && prev.kind !== c.kind && !c.meta.slot.startsWith('description');
    if (prev && !sharedTwin) fail(where, `description duplicates ${prev.id}`);
    if (!prev) descriptions.set(tool.description, { id, twinKey, kind: c.kind });
  }
  if (server !== undefined) {
    if (typeof server !== 'object' || Array.isArray(server)) fail(where, 'server must be an object');
    for (const [k, v] of Object.entries(server)) {
      if (k === 'instructions') { if (typeof v !== 'string' || !v.trim()) fail(where, 'server.instructions must be a non-empty string'); }
      else if (k === 'prompts') {
        if (!Array.isArray(v) || !v.length) fail(where, 'server.prompts must be a non-empty array');
        else v.forEach((p, n) => {
          if (!p || typeof p.name !== 'string' || !p.name) fail(where, `prompt ${n} has no name`);
          if (p.arguments !== undefined && (!Array.isArray(p.arguments) || p.arguments.some((a) => !a || !a.name))) fail(where, `prompt ${n} arguments malformed`);
        });
      } else if (k === 'resources') {
        if (!Array.isArray(v) || !v.length) fail(where, 'server.resources must be a non-empty array');
        else v.forEach((r, n) => { if (!r || typeof r.uri !== 'string' || !r.uri || typeof r.name !== 'string' || !r.name) fail(where, `resource ${n} needs uri and name`); });
      } else fail(where, `server has unknown member ${k}`);
    }
  }
  if (c.meta?.twin) twinSlugs[c.kind].set(`${c.lang}-${c.meta.twin}`, { body: JSON.stringify({ tool, server }), file: c.meta.file });
  const record = { id, family: c.family, lang: c.lang, tool };
  if (server) record.server = server;
  out[c.kind].push({ record, meta: c.meta });
}
for (const [key] of twinSlugs.P) if (!twinSlugs.L.has(key)) fail(`twin ${key}`, 'poisoned twin without honest twin');
for (const [key] of twinSlugs.L) if (!twinSlugs.P.has(key)) fail(`twin ${key}`, 'honest twin without poisoned twin');
for (const [key, p] of twinSlugs.P) if (twinSlugs.L.get(key)?.body === p.body) fail(`twin ${key}`, 'poisoned and honest twin are identical');

if (errors.length) {
  console.error(`${ROUND}: ${errors.length} violation(s); nothing written`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}

// ---------------------------------------------------------------- write
const files = {
  P: join(here, 'poisoned', `${ROUND}.json`),
  L: join(here, 'risky_legit', `${ROUND}.json`),
};
const texts = {
  P: JSON.stringify({ cases: out.P.map((x) => x.record) }, null, 2) + '\n',
  L: JSON.stringify({ cases: out.L.map((x) => x.record) }, null, 2) + '\n',
};
writeFileSync(files.P, texts.P);
writeFileSync(files.L, texts.L);

// ---------------------------------------------------------------- composition
const count = (list, f) => {
  const m = new Map();
  for (const x of list) m.set(f(x), (m.get(f(x)) ?? 0) + 1);
  return m;
};
const fmt = (m, order) => {
  const keys = order ? order.filter((k) => m.has(k)) : [...m.keys()].sort((a, b) => m.get(b) - m.get(a) || a.localeCompare(b));
  const parts = keys.map((k) => `${k} ${m.get(k)}`);
  const lines = [];
  let line = '   ';
  for (const p of parts) {
    if (line.length + p.length > 96) { lines.push(line); line = '   '; }
    line += ' ' + p + ',';
  }
  lines.push(line.replace(/,$/, ''));
  return lines.join('\n').replace(/,\n/g, ',\n');
};
const report = [];
for (const kind of ['P', 'L']) {
  const list = out[kind];
  const fam = count(list, (x) => x.record.family);
  const lang = count(list, (x) => x.record.lang);
  const en = lang.get('en') ?? 0;
  report.push(`${kind === 'P' ? 'poisoned' : 'risky_legit'}/${ROUND}.json: ${list.length} cases, ` +
    `${fam.size} ${kind === 'P' ? 'families' : 'server kinds'}, ${lang.size} languages (en ${en}, ${(100 * en / list.length).toFixed(1)}%)`);
  report.push('  languages:');
  report.push(fmt(lang, LANGS));
  report.push(`  ${kind === 'P' ? 'families' : 'server kinds'}:`);
  report.push(fmt(fam));
  report.push('  source files:');
  report.push(fmt(count(list, (x) => x.meta.file), sources.map(([f]) => f)));
  report.push('  payload/clause slot (as annotated in the case files):');
  report.push(fmt(count(list, (x) => x.meta.slot)));
  const withServer = list.filter((x) => x.record.server);
  report.push(`  cases with a server block: ${withServer.length} (instructions ${withServer.filter((x) => x.record.server.instructions).length}, ` +
    `prompts ${withServer.filter((x) => x.record.server.prompts).length}, resources ${withServer.filter((x) => x.record.server.resources).length})`);
}
const twinLangs = count([...twinSlugs.P.keys()], (k) => k.split('-')[0]);
report.push(`honest twins: ${twinSlugs.P.size} pairs (same slug, ids ${IDP}-<lang>-<slug> / ${IDL}-<lang>-<slug>), ${twinLangs.size} languages`);
report.push(fmt(twinLangs, LANGS));
report.push('hiding markers expanded (poisoned / legitimate):');
report.push(fmt(new Map(MARKER_KINDS.map((k) => [k, `${markerUse[k].P}/${markerUse[k].L}`])), MARKER_KINDS));
console.log(report.join('\n'));
