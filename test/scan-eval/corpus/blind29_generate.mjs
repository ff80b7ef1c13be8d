#!/usr/bin/env node
// Generator for the blind29 corpus round (held-out, written blind).
// Node 20 built-ins only. Fixed seed, byte-identical output on every run.
//
//   node test/scan-eval/corpus/blind29_generate.mjs
//
// Reads the hand-written cases in blind29/*.mjs, expands the character-level
// hiding markers, assigns ids, validates everything and only then writes
// poisoned/blind29.json and risky_legit/blind29.json. Any violation: exit 1,
// nothing written.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, TIERS, mulberry32, makeExpander } from './blind29/helpers.mjs';
import { cases as enPoisoned } from './blind29/en_poisoned.mjs';
import { cases as enLegit } from './blind29/en_legit.mjs';
import { cases as twins } from './blind29/twins.mjs';
import { cases as unusual } from './blind29/unusual_slots.mjs';
import { cases as i18nEurope } from './blind29/i18n_europe.mjs';
import { cases as i18nEast } from './blind29/i18n_east.mjs';
import { cases as i18nAsia } from './blind29/i18n_asia.mjs';

const ROUND = 'blind29';
const IDP = 'b29';
const IDL = 'b29l';
const SEED = 0x0b29c0de;

const here = dirname(fileURLToPath(import.meta.url));
const sources = [
  ['en_poisoned.mjs', enPoisoned],
  ['en_legit.mjs', enLegit],
  ['twins.mjs', twins],
  ['unusual_slots.mjs', unusual],
  ['i18n_europe.mjs', i18nEurope],
  ['i18n_east.mjs', i18nEast],
  ['i18n_asia.mjs', i18nAsia],
];

const errors = [];
const fail = (msg) => errors.push(msg);

// ------------------------------------------------------------ host checks
const ALLOWED_SUFFIX = /\.(example|test|invalid)$/i;
const REAL_TLDS = new Set([
  'com', 'net', 'org', 'io', 'dev', 'ai', 'app', 'co', 'xyz', 'info', 'biz', 'cloud', 'site',
  'online', 'tech', 'ru', 'cn', 'de', 'uk', 'fr', 'jp', 'us', 'eu', 'top', 'gg', 'ly', 'cc',
  'tk', 'ml', 'ga', 'cf', 'su', 'ir', 'br', 'es', 'nl', 'pl', 'ua', 'tr', 'kr', 'vn', 'sa', 'il',
  'ch', 'se', 'ca', 'au', 'nz', 'mx', 'ar', 'cl', 'live', 'shop', 'store', 'link', 'click', 'pw',
  'ws', 'tv', 'fm', 'gov', 'edu', 'mil', 'int', 'hk', 'tw', 'sg', 'my', 'th', 'ph', 'pk', 'bd',
  'eg', 'ae', 'qa', 'za', 'ng', 'ke', 'cz', 'sk', 'hu', 'ro', 'bg', 'gr', 'pt', 'dk', 'fi',
  'lt', 'lv', 'ee', 'by', 'kz', 'icu', 'vip', 'work', 'space', 'fun', 'website', 'host',
]);
const FORGE = /(github|gitlab|bitbucket|npmjs|pypi|pythonhosted|rubygems|crates\.(?:io)|sourceforge|codeberg|gitee|packagist|nuget|docker\.(?:io)|hub\.docker|jsdelivr|unpkg|cdnjs|pastebin|huggingface)/i;
const DOC_IP = /^(127\.\d+\.\d+\.\d+|192\.0\.2\.\d+|198\.51\.100\.\d+|203\.0\.113\.\d+|\[?::1\]?)$/;

function checkHost(host, where, text) {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h) return;
  if (FORGE.test(h)) fail(`${where}: package-registry or code-hosting host name "${host}"`);
  if (/^[\d.]+$/.test(h) || h.startsWith('[')) {
    if (!DOC_IP.test(h)) fail(`${where}: IP address host "${host}" is not loopback or a documentation range`);
    return;
  }
  if (!h.includes('.')) return; // bare internal name
  if (!ALLOWED_SUFFIX.test(h)) fail(`${where}: host "${host}" is not under .example/.test/.invalid (in: ${text.slice(0, 80)})`);
}

function checkHostsInText(text, where) {
  if (FORGE.test(text)) fail(`${where}: names a package-registry or code-hosting site: ${text.match(FORGE)[0]}`);
  for (const m of text.matchAll(/\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^\s/"'<>)\]`|?#]*)/g)) {
    let host = m[1];
    if (host.includes('@')) host = host.slice(host.lastIndexOf('@') + 1);
    if (!host.startsWith('[')) host = host.replace(/:\d*$/, '');
    checkHost(host, where, text);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) checkHost(m[1], where, text);
  for (const m of text.matchAll(/(?<![A-Za-z0-9_~\/.-])((?:[a-z0-9-]+\.)+([a-z]{2,}))(?![A-Za-z0-9_-])/g)) {
    const tld = m[2];
    if (REAL_TLDS.has(tld) && !ALLOWED_SUFFIX.test(m[1])) fail(`${where}: real-TLD host name "${m[1]}"`);
  }
}

function walkStrings(value, visit, path = '') {
  if (typeof value === 'string') return visit(value, path);
  if (Array.isArray(value)) return value.forEach((v, k) => walkStrings(v, visit, `${path}[${k}]`));
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      visit(k, `${path}.<key>`);
      walkStrings(v, visit, `${path}.${k}`);
    }
  }
}

// ------------------------------------------------------------ schema checks
function checkSchema(schema, where) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
  if (schema.description !== undefined && (typeof schema.description !== 'string' || !schema.description.trim())) {
    fail(`${where}: empty description`);
  }
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required)) fail(`${where}: required is not an array`);
    else {
      const props = schema.properties || {};
      for (const r of schema.required) if (!Object.hasOwn(props, r)) fail(`${where}: required "${r}" is not a property`);
      if (new Set(schema.required).size !== schema.required.length) fail(`${where}: required has duplicates`);
    }
  }
  if (schema.properties) {
    if (typeof schema.properties !== 'object' || Array.isArray(schema.properties)) fail(`${where}: properties not an object`);
    else for (const [k, v] of Object.entries(schema.properties)) {
      if (!k) fail(`${where}: empty property name`);
      checkSchema(v, `${where}.properties.${k}`);
    }
  }
  if (schema.items) checkSchema(schema.items, `${where}.items`);
  for (const key of ['$defs', 'definitions']) {
    if (schema[key]) for (const [k, v] of Object.entries(schema[key])) checkSchema(v, `${where}.${key}.${k}`);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(schema[key])) schema[key].forEach((s, k) => checkSchema(s, `${where}.${key}[${k}]`));
}

function checkServer(server, where) {
  if (server === undefined) return;
  if (!server || typeof server !== 'object' || Array.isArray(server)) return fail(`${where}: server is not an object`);
  const keys = Object.keys(server);
  if (!keys.length) fail(`${where}: empty server block`);
  for (const k of keys) if (!['instructions', 'prompts', 'resources'].includes(k)) fail(`${where}: server has unknown member ${k}`);
  if (server.instructions !== undefined && (typeof server.instructions !== 'string' || !server.instructions.trim())) fail(`${where}: server.instructions must be a non-empty string`);
  if (server.prompts !== undefined) {
    if (!Array.isArray(server.prompts)) fail(`${where}: server.prompts must be an array`);
    else server.prompts.forEach((p, k) => {
      if (!p || typeof p.name !== 'string' || !p.name) fail(`${where}: prompt ${k} has no name`);
      if (p && p.arguments !== undefined && !Array.isArray(p.arguments)) fail(`${where}: prompt ${k} arguments not an array`);
    });
  }
  if (server.resources !== undefined) {
    if (!Array.isArray(server.resources)) fail(`${where}: server.resources must be an array`);
    else server.resources.forEach((r, k) => {
      if (!r || typeof r.uri !== 'string' || !r.uri || typeof r.name !== 'string' || !r.name) fail(`${where}: resource ${k} needs uri and name`);
    });
  }
}

// ------------------------------------------------------------ build
const rng = mulberry32(SEED);
const expander = makeExpander(rng);
const out = { poisoned: [], legit: [] };
const meta = [];
const ids = new Set();
const descriptions = new Map();

for (const [file, list] of sources) {
  if (!Array.isArray(list) || !list.length) { fail(`${file}: exports no cases`); continue; }
  list.forEach((c, k) => {
    const where0 = `${file}#${k} (${c && c.slug})`;
    if (!c || !['poisoned', 'legit'].includes(c.side)) return fail(`${where0}: bad side`);
    if (!LANGS.includes(c.lang)) fail(`${where0}: unknown lang ${c.lang}`);
    if (!c.slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.slug)) fail(`${where0}: bad slug`);
    if (!c.family || typeof c.family !== 'string') fail(`${where0}: no family/kind`);
    if (c.side === 'poisoned' && !TIERS.includes(c.tier)) fail(`${where0}: bad tier ${c.tier}`);
    const id = `${c.side === 'poisoned' ? IDP : IDL}-${c.lang}-${c.slug}`;
    const where = `${file} ${id}`;
    if (ids.has(id)) fail(`${where}: duplicate id`);
    ids.add(id);

    // host checks on the raw text (marker payloads still readable)
    walkStrings({ tool: c.tool, server: c.server }, (s, p) => checkHostsInText(s, `${where}${p}`));

    let tool, server;
    try {
      tool = expander.expand(c.tool, c.side);
      server = c.server === undefined ? undefined : expander.expand(c.server, c.side);
    } catch (e) {
      return fail(`${where}: ${e.message}`);
    }
    walkStrings({ tool, server }, (s, p) => {
      if (/[⟪⟫]/.test(s)) fail(`${where}${p}: unexpanded marker`);
      checkHostsInText(s, `${where}${p}`);
    });

    if (!tool || typeof tool !== 'object') return fail(`${where}: no tool`);
    if (typeof tool.name !== 'string' || !tool.name.trim()) fail(`${where}: empty tool name`);
    if (typeof tool.description !== 'string' || !tool.description.trim()) fail(`${where}: empty tool description`);
    const is = tool.inputSchema;
    if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') fail(`${where}: inputSchema must be an object schema`);
    else checkSchema(is, `${where} inputSchema`);
    if (tool.outputSchema !== undefined) {
      if (!tool.outputSchema || tool.outputSchema.type !== 'object') fail(`${where}: outputSchema must be an object schema`);
      else checkSchema(tool.outputSchema, `${where} outputSchema`);
    }
    checkServer(server, where);

    if (typeof tool.description === 'string') {
      if (descriptions.has(tool.description)) fail(`${where}: description duplicates ${descriptions.get(tool.description)}`);
      descriptions.set(tool.description, id);
    }

    const record = { id, family: c.family, lang: c.lang, tool };
    if (server !== undefined) record.server = server;
    out[c.side].push(record);
    meta.push({ id, side: c.side, lang: c.lang, family: c.family, tier: c.tier, slot: c.slot, twin: c.twin, slug: c.slug, file });
  });
}

// twins must come in complete pairs
const twinKeys = { poisoned: new Set(), legit: new Set() };
for (const m of meta) if (m.twin) twinKeys[m.side].add(`${m.lang}-${m.slug}`);
for (const k of twinKeys.poisoned) if (!twinKeys.legit.has(k)) fail(`twin ${k} has no legitimate half`);
for (const k of twinKeys.legit) if (!twinKeys.poisoned.has(k)) fail(`twin ${k} has no poisoned half`);

if (errors.length) {
  console.error(`${ROUND}: ${errors.length} violation(s); nothing written`);
  for (const e of errors.slice(0, 200)) console.error('  ' + e);
  process.exit(1);
}

// ------------------------------------------------------------ write
const poisonedPath = join(here, 'poisoned', `${ROUND}.json`);
const legitPath = join(here, 'risky_legit', `${ROUND}.json`);
writeFileSync(poisonedPath, JSON.stringify({ cases: out.poisoned }, null, 2) + '\n');
writeFileSync(legitPath, JSON.stringify({ cases: out.legit }, null, 2) + '\n');

// ------------------------------------------------------------ composition
const tally = (rows, key) => {
  const t = new Map();
  for (const r of rows) t.set(r[key], (t.get(r[key]) || 0) + 1);
  return [...t.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
};
const fmt = (pairs, perLine = 6) => {
  const cells = pairs.map(([k, v]) => `${k} ${v}`);
  const lines = [];
  for (let k = 0; k < cells.length; k += perLine) lines.push('    ' + cells.slice(k, k + perLine).join(', '));
  return lines.join('\n');
};
const P = meta.filter((m) => m.side === 'poisoned');
const L = meta.filter((m) => m.side === 'legit');
const langOrder = (pairs) => LANGS.filter((l) => pairs.some(([k]) => k === l)).map((l) => [l, pairs.find(([k]) => k === l)[1]]);
const markerLine = (side) => expander.kinds.map((k) => `${k} ${expander.counts[`${side}:${k}`] || 0}`).join(', ');
const twinPairs = P.filter((m) => m.twin);
const lines = [];
lines.push(`${ROUND} composition (seed 0x${SEED.toString(16)})`);
lines.push(`poisoned: ${P.length} cases, ${tally(P, 'family').length} families, ${tally(P, 'lang').length} languages (en ${P.filter((m) => m.lang === 'en').length} = ${Math.round((100 * P.filter((m) => m.lang === 'en').length) / P.length)}%)`);
lines.push(`  tiers: ${tally(P, 'tier').map(([k, v]) => `${k} ${v}`).join(', ')}`);
lines.push(`  slots: ${tally(P, 'slot').map(([k, v]) => `${k} ${v}`).join(', ')}`);
lines.push(`  languages:\n${fmt(langOrder(tally(P, 'lang')), 10)}`);
lines.push(`  families:\n${fmt(tally(P, 'family'), 4)}`);
lines.push(`  hiding markers expanded: ${markerLine('poisoned')}`);
lines.push(`risky_legit: ${L.length} cases, ${tally(L, 'family').length} server kinds, ${tally(L, 'lang').length} languages (en ${L.filter((m) => m.lang === 'en').length} = ${Math.round((100 * L.filter((m) => m.lang === 'en').length) / L.length)}%)`);
lines.push(`  slots: ${tally(L, 'slot').map(([k, v]) => `${k} ${v}`).join(', ')}`);
lines.push(`  languages:\n${fmt(langOrder(tally(L, 'lang')), 10)}`);
lines.push(`  server kinds:\n${fmt(tally(L, 'family'), 4)}`);
lines.push(`  hiding markers expanded: ${markerLine('legit')}`);
lines.push(`honest twins: ${twinPairs.length} pairs (${langOrder(tally(twinPairs, 'lang')).map(([k, v]) => `${k} ${v}`).join(', ')})`);
lines.push(`  twin tiers: ${tally(twinPairs, 'tier').map(([k, v]) => `${k} ${v}`).join(', ')}`);
lines.push(`files: ${sources.map(([f, l]) => `${f} ${l.length}`).join(', ')}`);
console.log(lines.join('\n'));
