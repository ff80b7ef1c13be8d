#!/usr/bin/env node
// Generator for corpus round x13zb (TRAINING round).
//
//   node test/scan-eval/corpus/x13zb_generate.mjs
//
// Reads the hand-written case files in ./x13zb/, expands the character-level
// hiding markers (⟦tag:…⟧ ⟦zw:…⟧ ⟦bidi:…⟧ ⟦cyr:…⟧ ⟦fw:…⟧ ⟦ansi:…⟧ ⟦cup:…⟧
// ⟦b64:…⟧ ⟦hex:…⟧ ⟦pct:…⟧) in every string and property name, assigns ids,
// validates everything and writes
//   poisoned/x13zb.json     ids x13zb-<lang>-<slug>
//   risky_legit/x13zb.json  ids x13zbl-<lang>-<slug>
// On any violation it prints the problems, writes nothing and exits 1.
// Output is byte-identical across runs (fixed seeds, no clock, fixed order).

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { LANGS, MARKER, makeEncoders, mulberry32, unwrapMarkers } from './x13zb/helpers.mjs';
import poisonedEn from './x13zb/poisoned_en.mjs';
import legitEn from './x13zb/legit_en.mjs';
import twinsEn from './x13zb/twins_en.mjs';
import intl1 from './x13zb/intl_1.mjs';
import intl2 from './x13zb/intl_2.mjs';
import intl3 from './x13zb/intl_3.mjs';
import slots from './x13zb/slots.mjs';

const ROUND = 'x13zb';
const IDP = 'x13zb';
const IDL = 'x13zbl';
const EXPAND_SEED = 0x13b5eed;

const HERE = dirname(fileURLToPath(import.meta.url));
const SRC_DIR = join(HERE, ROUND);
const OUT_P = join(HERE, 'poisoned', `${ROUND}.json`);
const OUT_L = join(HERE, 'risky_legit', `${ROUND}.json`);

const SOURCES = [
  ['poisoned_en', poisonedEn],
  ['legit_en', legitEn],
  ['twins_en', twinsEn],
  ['intl_1', intl1],
  ['intl_2', intl2],
  ['intl_3', intl3],
  ['slots', slots],
];

// Package-registry and code-hosting host names, base64-encoded so that the
// literal names never appear in the repository. Decoded at run time only.
const FORBIDDEN_HOSTS_B64 = [
  'Z2l0aHViLmNvbQ==', 'Z2l0aHViLmlv', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0bGFiLmNvbQ==',
  'Yml0YnVja2V0Lm9yZw==', 'Y29kZWJlcmcub3Jn', 'c291cmNlZm9yZ2UubmV0', 'Z2l0ZWUuY29t',
  'bnBtanMuY29t', 'bnBtanMub3Jn', 'eWFybnBrZy5jb20=', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==',
  'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'bnVnZXQub3Jn', 'cGtnLmdvLmRldg==',
  'cHJveHkuZ29sYW5nLm9yZw==', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'cXVheS5pbw==', 'bWF2ZW4ub3Jn',
  'Y29jb2Fwb2RzLm9yZw==', 'cHViLmRldg==', 'aGV4LnBt', 'YW5hY29uZGEub3Jn', 'anNkZWxpdnIubmV0',
  'dW5wa2cuY29t',
];
const FORBIDDEN_HOSTS = FORBIDDEN_HOSTS_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));

// Common real top-level domains: a dotted name ending in one of these is a
// real-looking host name and is rejected anywhere in the text. (File
// extensions that are also ccTLDs, such as .sh .py .md .rs .pl, are left out on
// purpose; URL and mail hosts are checked separately and strictly.)
const REAL_TLDS = [
  'com', 'net', 'org', 'io', 'dev', 'ai', 'co', 'app', 'cloud', 'xyz', 'info', 'biz', 'tv', 'gg',
  'ly', 'site', 'online', 'shop', 'tech', 'live', 'club', 'uk', 'de', 'fr', 'ru', 'cn', 'jp', 'br',
  'eu', 'nl', 'kr', 'ua', 'cz', 'vn', 'tk', 'ml', 'su', 'ch',
];
const REAL_HOST_RE = new RegExp(
  String.raw`(?<![\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:` + REAL_TLDS.join('|') + String.raw`))(?![\w-])`,
  'gi',
);
const URL_RE = /\b([a-z][a-z0-9+.-]*):\/\/([^\/\s"'<>()\]\\`|,;]*)/gi;
const MAIL_RE = /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
const ALLOWED_SUFFIX = /\.(example|test|invalid)$/i;
const BARE_HOST = /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/i;

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

// ------------------------------------------------------------- helpers
function* strings(v, path = '') {
  if (typeof v === 'string') yield [path, v];
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* strings(v[i], `${path}[${i}]`);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      yield [`${path}{key}`, k];
      yield* strings(x, `${path}.${k}`);
    }
  }
}

function expandDeep(v, enc) {
  const ex = (s) => s.replace(MARKER, (_, kind, text) => enc[kind](text));
  if (typeof v === 'string') return ex(v);
  if (Array.isArray(v)) return v.map((x) => expandDeep(x, enc));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) {
      const nk = ex(k);
      if (Object.prototype.hasOwnProperty.call(o, nk)) throw new Error(`duplicate key after expansion: ${nk}`);
      o[nk] = expandDeep(x, enc);
    }
    return o;
  }
  return v;
}

function hostCheck(where, text) {
  const plain = unwrapMarkers(text);
  for (const m of plain.matchAll(URL_RE)) {
    let host = m[2];
    if (!host) continue; // file:///…
    host = host.replace(/^[^@]*@/, '').replace(/:\d*$/, '').replace(/^\[|\]$/g, '');
    if (host.includes('{') || host.includes('<')) { err(where, `templated URL host "${host}"`); continue; }
    if (host.includes('.')) {
      if (!ALLOWED_SUFFIX.test(host)) err(where, `URL host "${host}" is not under .example/.test/.invalid`);
    } else if (!BARE_HOST.test(host)) err(where, `URL host "${host}" is not a bare internal name`);
  }
  for (const m of plain.matchAll(MAIL_RE)) {
    if (!ALLOWED_SUFFIX.test(m[1])) err(where, `mail host "${m[1]}" is not under .example/.test/.invalid`);
  }
  for (const m of plain.matchAll(REAL_HOST_RE)) err(where, `real-TLD host name "${m[1]}"`);
  const low = plain.toLowerCase();
  for (const f of FORBIDDEN_HOSTS) if (low.includes(f)) err(where, 'names a package-registry or code-hosting host');
}

function checkSchema(where, s, top) {
  if (!s || typeof s !== 'object' || Array.isArray(s)) { err(where, 'schema is not an object'); return; }
  if (top && s.type !== 'object') err(where, 'inputSchema.type must be "object"');
  if (s.properties !== undefined) {
    if (!s.properties || typeof s.properties !== 'object' || Array.isArray(s.properties)) {
      err(where, 'properties must be an object');
      return;
    }
    for (const [k, v] of Object.entries(s.properties)) {
      if (!k) err(where, 'empty property name');
      checkSchema(`${where}.${k}`, v, false);
    }
  }
  if (s.required !== undefined) {
    if (!Array.isArray(s.required)) err(where, 'required must be an array');
    else for (const r of s.required) {
      if (!s.properties || !Object.prototype.hasOwnProperty.call(s.properties, r)) err(where, `required names unknown property "${r}"`);
    }
  }
  if (s.items) checkSchema(`${where}[]`, s.items, false);
  for (const k of ['$defs', 'definitions']) {
    if (s[k]) for (const [n, d] of Object.entries(s[k])) checkSchema(`${where}.${k}.${n}`, d, false);
  }
}

function checkServer(where, s) {
  if (!s || typeof s !== 'object' || Array.isArray(s)) { err(where, 'server must be an object'); return; }
  for (const [k, v] of Object.entries(s)) {
    if (k === 'instructions') { if (typeof v !== 'string' || !v) err(where, 'server.instructions must be a non-empty string'); }
    else if (k === 'prompts') {
      if (!Array.isArray(v) || !v.length) err(where, 'server.prompts must be a non-empty array');
      else v.forEach((p, i) => { if (!p || typeof p.name !== 'string' || !p.name) err(where, `prompt ${i} needs a name`); });
    } else if (k === 'resources') {
      if (!Array.isArray(v) || !v.length) err(where, 'server.resources must be a non-empty array');
      else v.forEach((r, i) => { if (!r || typeof r.uri !== 'string' || typeof r.name !== 'string') err(where, `resource ${i} needs uri and name`); });
    } else err(where, `server has unknown member "${k}"`);
  }
}

// ------------------------------------------------------------- collect
const raw = [];
for (const [file, list] of SOURCES) {
  if (!Array.isArray(list)) { err(file, 'default export is not an array'); continue; }
  for (const c of list.flat()) raw.push({ ...c, file });
}

const enc = makeEncoders(mulberry32(EXPAND_SEED));
const cases = [];
const ids = new Set();
const slugsByLabel = { p: new Map(), l: new Map() };
const markerUse = {};

for (const c of raw) {
  const prefix = c.label === 'p' ? IDP : c.label === 'l' ? IDL : null;
  const where0 = `${c.file}:${c.lang}-${c.slug}`;
  if (!prefix) { err(where0, 'label must be p or l'); continue; }
  if (!LANGS.includes(c.lang)) err(where0, `unknown lang "${c.lang}"`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.slug || '')) err(where0, `bad slug "${c.slug}"`);
  if (typeof c.family !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.family)) err(where0, `bad family "${c.family}"`);
  const id = `${prefix}-${c.lang}-${c.slug}`;
  if (ids.has(id)) err(id, 'id used twice');
  ids.add(id);
  slugsByLabel[c.label].set(`${c.lang}-${c.slug}`, c);

  // Host checks and marker accounting run on the unexpanded text.
  for (const [path, s] of strings({ tool: c.tool, server: c.server })) {
    hostCheck(`${id} ${path}`, s);
    for (const m of s.matchAll(MARKER)) markerUse[m[1]] = (markerUse[m[1]] || 0) + 1;
  }

  let tool, srv;
  try {
    tool = expandDeep(c.tool, enc);
    srv = c.server === undefined ? undefined : expandDeep(c.server, enc);
  } catch (e) {
    err(id, e.message);
    continue;
  }
  const out = { id, family: c.family, lang: c.lang, tool };
  if (srv !== undefined) out.server = srv;
  cases.push({ out, label: c.label, slot: c.slot, key: `${c.lang}-${c.slug}` });
}

// ------------------------------------------------------------ validate
const descOwner = new Map();
const contentOwner = new Map();
for (const { out, label, slot, key } of cases) {
  const id = out.id;
  const t = out.tool;
  if (!t || typeof t !== 'object') { err(id, 'tool must be an object'); continue; }
  if (typeof t.name !== 'string' || !t.name.trim()) err(id, 'tool.name must be a non-empty string');
  if (typeof t.description !== 'string' || !t.description.trim()) err(id, 'tool.description must be a non-empty string');
  if (!t.inputSchema || typeof t.inputSchema !== 'object' || Array.isArray(t.inputSchema)) err(id, 'inputSchema must be an object');
  else checkSchema(`${id} inputSchema`, t.inputSchema, true);
  if (t.outputSchema !== undefined) checkSchema(`${id} outputSchema`, t.outputSchema, false);
  if (out.server !== undefined) checkServer(id, out.server);

  for (const [path, s] of strings({ tool: t, server: out.server })) {
    if (s.includes('⟦') || s.includes('⟧')) err(`${id} ${path}`, 'unexpanded or malformed marker');
    const low = s.toLowerCase();
    for (const f of FORBIDDEN_HOSTS) if (low.includes(f)) err(`${id} ${path}`, 'names a package-registry or code-hosting host');
  }

  // No duplicate description across both files. The only exception is the
  // two members of one honest-twin pair whose single differing clause sits
  // outside the description (schema slot, prompt, output schema, ...).
  const d = typeof t.description === 'string' ? t.description : '';
  const prev = descOwner.get(d);
  if (prev) {
    const pair = prev.key === key && prev.label !== label && slot && slot !== 'description' && prev.slot === slot;
    if (!pair) err(id, `duplicate description (also ${prev.id})`);
  } else descOwner.set(d, { id, key, label, slot });

  const content = JSON.stringify({ tool: t, server: out.server });
  if (contentOwner.has(content)) err(id, `identical tool/server content as ${contentOwner.get(content)}`);
  else contentOwner.set(content, id);
}

// A slug shared by a poisoned and a legitimate case must be a declared twin pair.
const twins = [];
for (const [key, p] of slugsByLabel.p) {
  const l = slugsByLabel.l.get(key);
  if (!l) { if (p.slot) err(`${IDP}-${key}`, 'twin without its honest counterpart'); continue; }
  if (!p.slot || !l.slot || p.slot !== l.slot) err(`${IDP}-${key}`, 'poisoned and legitimate case share a slug but are not a declared twin pair');
  else twins.push({ key, lang: p.lang, slot: p.slot, family: p.family, kind: l.family });
}
for (const [key, l] of slugsByLabel.l) {
  if (l.slot && !slugsByLabel.p.has(key)) err(`${IDL}-${key}`, 'twin without its poisoned counterpart');
}

// Self-check of the sources: no forbidden host names in the case files or here.
for (const f of [fileURLToPath(import.meta.url), ...readdirSync(SRC_DIR).map((n) => join(SRC_DIR, n))]) {
  const low = readFileSync(f, 'utf8').toLowerCase();
  for (const h of FORBIDDEN_HOSTS) if (low.includes(h)) err(f, 'source names a package-registry or code-hosting host');
}

if (errors.length) {
  console.error(`${ROUND}: ${errors.length} violation(s); nothing written`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}

// ---------------------------------------------------------- composition
const P = cases.filter((c) => c.label === 'p').map((c) => c.out);
const L = cases.filter((c) => c.label === 'l').map((c) => c.out);

function tally(list, f) {
  const m = new Map();
  for (const x of list) m.set(f(x), (m.get(f(x)) || 0) + 1);
  return m;
}
function byLang(list) {
  const m = tally(list, (c) => c.lang);
  return LANGS.filter((l) => m.has(l)).map((l) => `${l} ${m.get(l)}`).join(', ');
}
function sorted(m) {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
function wrap(items, width = 96, indent = '    ') {
  const lines = [];
  let cur = '';
  for (const it of items) {
    if (cur && (cur + ', ' + it).length > width) { lines.push(indent + cur + ','); cur = it; }
    else cur = cur ? cur + ', ' + it : it;
  }
  if (cur) lines.push(indent + cur);
  return lines.join('\n');
}

const pf = tally(P, (c) => c.family);
const lk = tally(L, (c) => c.family);
const enP = P.filter((c) => c.lang === 'en').length;
const enL = L.filter((c) => c.lang === 'en').length;
const twinLangs = new Set(twins.map((t) => t.lang));
const twinSlots = sorted(tally(twins, (t) => t.slot));
const fileCounts = SOURCES.map(([f, list]) => {
  const flat = list.flat();
  return `${f} ${flat.filter((c) => c.label === 'p').length}p/${flat.filter((c) => c.label === 'l').length}l`;
});

const lines = [];
lines.push(`round ${ROUND} (TRAINING round)`);
lines.push(`poisoned     ${P.length} cases, ${pf.size} families, ${new Set(P.map((c) => c.lang)).size} languages, English ${enP} (${((100 * enP) / P.length).toFixed(1)}%)`);
lines.push(`  languages: ${byLang(P)}`);
lines.push(`risky_legit  ${L.length} cases, ${lk.size} server kinds, ${new Set(L.map((c) => c.lang)).size} languages, English ${enL} (${((100 * enL) / L.length).toFixed(1)}%)`);
lines.push(`  languages: ${byLang(L)}`);
lines.push(`honest twins ${twins.length} pairs (ids share <lang>-<slug>), ${twinLangs.size} languages, non-English ${twins.filter((t) => t.lang !== 'en').length}`);
lines.push(`  differing slot: ${twinSlots.map(([k, v]) => `${k} ${v}`).join(', ')}`);
lines.push(`  twin languages: ${byLang(twins)}`);
lines.push(`markers (unexpanded uses): ${Object.keys(markerUse).sort().map((k) => `${k} ${markerUse[k]}`).join(', ')}`);
lines.push(`source files: ${fileCounts.join(', ')}`);
lines.push('poisoned families:');
lines.push(wrap(sorted(pf).map(([k, v]) => `${k} ${v}`)));
lines.push('legit server kinds:');
lines.push(wrap(sorted(lk).map(([k, v]) => `${k} ${v}`)));
console.log(lines.join('\n'));

writeFileSync(OUT_P, JSON.stringify({ cases: P }, null, 2) + '\n');
writeFileSync(OUT_L, JSON.stringify({ cases: L }, null, 2) + '\n');
console.log(`wrote ${OUT_P.slice(HERE.length + 1)} and ${OUT_L.slice(HERE.length + 1)}`);
