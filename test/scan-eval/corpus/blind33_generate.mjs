#!/usr/bin/env node
// Blind round 33 corpus generator (Node 20 built-ins only).
//
//   node test/scan-eval/corpus/blind33_generate.mjs
//
// Reads the hand-written case files in ./blind33/, expands the character-level hiding
// markers ({{TAG::…}}, {{ZW::…}}, {{BIDI::…}}, {{HOMO::…}}, {{FW::…}}, {{ANSI::…}},
// {{CUU::…}}, {{B64::…}}, {{HEX::…}}, {{PCT::…}}) in every string and property name with
// a fixed-seed PRNG, assigns ids (b33-<lang>-<slug> poisoned, b33l-<lang>-<slug>
// legitimate), validates everything, and writes
//   poisoned/blind33.json and risky_legit/blind33.json
// only if there is no violation (otherwise it prints them, writes nothing, exits 1).
// Output is byte-identical from run to run.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng, encodeMarker, MARKER_RE } from './blind33/helpers.mjs';
import enPoisoned from './blind33/en_poisoned.mjs';
import enLegit from './blind33/en_legit.mjs';
import twins from './blind33/twins.mjs';
import unusual from './blind33/unusual.mjs';
import intlA from './blind33/intl_a.mjs';
import intlB from './blind33/intl_b.mjs';
import intlC from './blind33/intl_c.mjs';

const ROUND = 'blind33';
const IDP = 'b33';
const IDL = 'b33l';
const SEED = 0x33b33;
const here = dirname(fileURLToPath(import.meta.url));

const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'sv', 'id',
  'ja', 'zh', 'ko', 'ar', 'hi', 'vi'];
const SOURCES = [
  ['en_poisoned', enPoisoned], ['en_legit', enLegit], ['twins', twins], ['unusual', unusual],
  ['intl_a', intlA], ['intl_b', intlB], ['intl_c', intlC],
];

const violations = [];
const fail = (where, msg) => violations.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- marker expansion
const rng = makeRng(SEED);
const markerStats = {};
function expandString(s, plain) {
  return s.replace(MARKER_RE, (_, kind, text) => {
    plain.push(text);
    markerStats[kind] = (markerStats[kind] ?? 0) + 1;
    return encodeMarker(kind, text, rng);
  });
}
function expand(v, plain) {
  if (typeof v === 'string') return expandString(v, plain);
  if (Array.isArray(v)) return v.map((x) => expand(x, plain));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[expandString(k, plain)] = expand(x, plain);
    return out;
  }
  return v;
}

// ---------------------------------------------------------------- host checks
const ALLOWED_SUFFIX = ['.example', '.test', '.invalid'];
const REAL_TLDS = new Set(['com', 'net', 'org', 'io', 'co', 'ai', 'dev', 'app', 'cloud', 'me',
  'info', 'biz', 'xyz', 'gov', 'edu', 'us', 'uk', 'de', 'fr', 'ru', 'cn', 'jp', 'br', 'online',
  'site', 'tech', 'store', 'shop', 'top', 'eu', 'ch', 'nl', 'es', 'se', 'tr', 'kr', 'vn', 'ua',
  'au', 'ca', 'mx', 'ar', 'cz', 'at', 'be', 'dk', 'fi', 'no', 'nz', 'sg', 'hk', 'tw', 'ly', 'gg',
  'tv', 'cc', 'ws', 'link', 'live', 'email', 'tools', 'software', 'systems']);
const FORBIDDEN_NAMES = /github|gitlab|bitbucket|npmjs|pypi|rubygems|crates\.io|nuget|packagist|sourceforge|docker\.io|hub\.docker|ghcr\.io|quay\.io|codeberg|huggingface|maven\.org|golang\.org|pkg\.go\.dev|jsdelivr|unpkg/i;
const DOC_IP = /^(127\.\d+\.\d+\.\d+|192\.0\.2\.\d+|198\.51\.100\.\d+|203\.0\.113\.\d+)$/;

function hostAllowed(host) {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h) return true;
  if (DOC_IP.test(h)) return true;
  if (/^\d+(\.\d+){3}$/.test(h)) return false;
  if (!h.includes('.')) return true; // bare internal name
  return ALLOWED_SUFFIX.some((s) => h.endsWith(s));
}
function checkHosts(where, text) {
  if (FORBIDDEN_NAMES.test(text)) fail(where, `names a package-registry or code-hosting host: ${text.match(FORBIDDEN_NAMES)[0]}`);
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s\/'"<>)\]}`,;?#]*)/gi)) {
    let auth = m[1];
    if (auth.includes('@')) auth = auth.slice(auth.lastIndexOf('@') + 1);
    const host = auth.replace(/:\d*$/, '').replace(/^\[|\]$/g, '');
    if (host.includes('{')) continue; // URI template variable
    if (!hostAllowed(host)) fail(where, `URL host not under .example/.test/.invalid: ${host}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) {
    if (!hostAllowed(m[1])) fail(where, `mail host not under .example/.test/.invalid: ${m[1]}`);
  }
  for (const m of text.matchAll(/\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))\b/gi)) {
    const tld = m[2].toLowerCase();
    if (REAL_TLDS.has(tld) && !hostAllowed(m[1])) fail(where, `real-TLD host name: ${m[1]}`);
  }
}
function allStrings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); allStrings(x, out); }
  return out;
}

// ---------------------------------------------------------------- schema checks
function checkSchema(where, schema, path) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
  if (schema.properties !== undefined) {
    if (typeof schema.properties !== 'object' || Array.isArray(schema.properties)) fail(where, `${path}.properties is not an object`);
  }
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required)) fail(where, `${path}.required is not an array`);
    else {
      const props = schema.properties ?? {};
      for (const r of schema.required) if (!(r in props)) fail(where, `${path}.required names missing property "${r}"`);
    }
  }
  for (const [k, sub] of Object.entries(schema.properties ?? {})) checkSchema(where, sub, `${path}.properties.${k}`);
  if (schema.items) checkSchema(where, schema.items, `${path}.items`);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') checkSchema(where, schema.additionalProperties, `${path}.additionalProperties`);
  for (const key of ['anyOf', 'oneOf', 'allOf']) (schema[key] ?? []).forEach((s, i) => checkSchema(where, s, `${path}.${key}[${i}]`));
  for (const [k, sub] of Object.entries(schema.$defs ?? {})) checkSchema(where, sub, `${path}.$defs.${k}`);
}

function checkServer(where, server) {
  if (typeof server !== 'object' || Array.isArray(server) || server === null) { fail(where, 'server is not an object'); return; }
  for (const [k, v] of Object.entries(server)) {
    if (k === 'instructions') { if (typeof v !== 'string') fail(where, 'server.instructions is not a string'); }
    else if (k === 'prompts') {
      if (!Array.isArray(v)) { fail(where, 'server.prompts is not an array'); continue; }
      v.forEach((p, i) => {
        if (!p || typeof p.name !== 'string' || !p.name) fail(where, `server.prompts[${i}] has no name`);
        if (p.arguments !== undefined && (!Array.isArray(p.arguments) || p.arguments.some((a) => !a || typeof a.name !== 'string' || !a.name))) fail(where, `server.prompts[${i}].arguments malformed`);
      });
    } else if (k === 'resources') {
      if (!Array.isArray(v)) { fail(where, 'server.resources is not an array'); continue; }
      v.forEach((r, i) => {
        if (!r || (typeof r.uri !== 'string' && typeof r.uriTemplate !== 'string')) fail(where, `server.resources[${i}] has no uri or uriTemplate`);
        if (!r || typeof r.name !== 'string' || !r.name) fail(where, `server.resources[${i}] has no name`);
      });
    } else fail(where, `server has unknown member "${k}"`);
  }
}

// ---------------------------------------------------------------- build
const poisoned = [];
const legit = [];
const meta = new Map(); // id -> {source, style, twin, label}
const ids = new Set();
const descriptions = new Map();

for (const [source, cases] of SOURCES) {
  if (!Array.isArray(cases)) { fail(source, 'default export is not an array'); continue; }
  for (const c of cases) {
    const where0 = `${source}/${c.slug}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.slug ?? '')) fail(where0, `bad slug "${c.slug}"`);
    if (!LANGS.includes(c.lang)) fail(where0, `unknown lang "${c.lang}"`);
    if (typeof c.family !== 'string' || !c.family) fail(where0, 'empty family');
    if (c.label === 'p' && !['blatant', 'quiet', 'unusual'].includes(c.style)) fail(where0, `bad style "${c.style}"`);
    const id = `${c.label === 'p' ? IDP : IDL}-${c.lang}-${c.slug}`;
    const where = `${source}/${id}`;
    if (ids.has(id)) fail(where, 'duplicate id');
    ids.add(id);

    const plain = [];
    const t = expand(c.tool, plain);
    const server = c.server === undefined ? undefined : expand(c.server, plain);

    if (!t || typeof t !== 'object') { fail(where, 'tool is not an object'); continue; }
    if (typeof t.name !== 'string' || !t.name.trim()) fail(where, 'empty tool name');
    if (typeof t.description !== 'string' || !t.description.trim()) fail(where, 'empty tool description');
    const s = t.inputSchema;
    if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') fail(where, 'inputSchema is not an object schema');
    else checkSchema(where, s, 'inputSchema');
    if (t.outputSchema) {
      if (t.outputSchema.type !== 'object') fail(where, 'outputSchema is not an object schema');
      checkSchema(where, t.outputSchema, 'outputSchema');
    }
    if (server !== undefined) checkServer(where, server);

    if (typeof t.description === 'string') {
      if (descriptions.has(t.description)) fail(where, `duplicate description (also ${descriptions.get(t.description)})`);
      descriptions.set(t.description, id);
    }
    const strings = allStrings({ tool: t, server });
    for (const str of strings) {
      if (/\{\{[A-Z0-9]+::/.test(str)) fail(where, `unexpanded marker in "${str.slice(0, 60)}"`);
      checkHosts(where, str);
    }
    for (const str of plain) checkHosts(`${where} (marker text)`, str);

    const out = { id, family: c.family, lang: c.lang, tool: t };
    if (server !== undefined) out.server = server;
    (c.label === 'p' ? poisoned : legit).push(out);
    meta.set(id, { source, style: c.style, twin: c.twin, label: c.label, hasServer: server !== undefined, markers: plain.length });
  }
}

// twin pairing
const twinSides = new Map();
for (const [id, m] of meta) if (m.twin) {
  const k = `${id.split('-')[1]}/${m.twin}`;
  const e = twinSides.get(k) ?? {};
  e[m.label] = id;
  twinSides.set(k, e);
}
for (const [k, e] of twinSides) if (!e.p || !e.l) fail(`twin ${k}`, 'has only one side');

// ---------------------------------------------------------------- composition
const count = (arr, f) => arr.reduce((acc, x) => { const k = f(x); acc[k] = (acc[k] ?? 0) + 1; return acc; }, {});
const pFam = count(poisoned, (c) => c.family);
const lKind = count(legit, (c) => c.family);
const pLang = count(poisoned, (c) => c.lang);
const lLang = count(legit, (c) => c.lang);
const pStyle = count(poisoned, (c) => meta.get(c.id).style);
const langsP = Object.keys(pLang).length;
const langsL = Object.keys(lLang).length;

if (Object.keys(pFam).length < 50) fail('composition', `only ${Object.keys(pFam).length} poisoned families (need 50+)`);
if (Object.keys(lKind).length < 45) fail('composition', `only ${Object.keys(lKind).length} legitimate server kinds (need 45+)`);
if (langsP !== 19 || langsL !== 19) fail('composition', `languages: poisoned ${langsP}, legitimate ${langsL} (need 19 each)`);
if (twinSides.size < 60) fail('composition', `only ${twinSides.size} honest twins (need 60+)`);

if (violations.length) {
  console.error(`${ROUND}: ${violations.length} violation(s); nothing written.`);
  for (const v of violations) console.error('  ' + v);
  process.exit(1);
}

const lines = [];
const pct = (a, b) => `${Math.round((100 * a) / b)}%`;
lines.push(`${ROUND}: poisoned ${poisoned.length} cases, ${Object.keys(pFam).length} families, ${langsP} languages (en ${pLang.en}, ${pct(pLang.en, poisoned.length)})`);
lines.push(`${ROUND}: risky_legit ${legit.length} cases, ${Object.keys(lKind).length} server kinds, ${langsL} languages (en ${lLang.en}, ${pct(lLang.en, legit.length)})`);
lines.push(`honest twins: ${twinSides.size} pairs (${[...twinSides.keys()].filter((k) => k.startsWith('en/')).length} en, ${[...twinSides.keys()].filter((k) => !k.startsWith('en/')).length} non-en)`);
lines.push(`poisoned styles: ${Object.entries(pStyle).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
lines.push(`cases with a server block: poisoned ${poisoned.filter((c) => c.server).length}, legit ${legit.filter((c) => c.server).length}`);
lines.push(`markers expanded: ${Object.entries(markerStats).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
lines.push(`by source file: ${SOURCES.map(([s]) => `${s} ${[...meta.values()].filter((m) => m.source === s && m.label === 'p').length}p/${[...meta.values()].filter((m) => m.source === s && m.label === 'l').length}l`).join(', ')}`);
lines.push(`languages (poisoned/legit): ${LANGS.map((l) => `${l} ${pLang[l] ?? 0}/${lLang[l] ?? 0}`).join(', ')}`);
lines.push(`poisoned families: ${Object.entries(pFam).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
lines.push(`legit server kinds: ${Object.entries(lKind).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);

writeFileSync(join(here, 'poisoned', `${ROUND}.json`), JSON.stringify({ cases: poisoned }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', `${ROUND}.json`), JSON.stringify({ cases: legit }, null, 2) + '\n');
console.log(lines.join('\n'));
