#!/usr/bin/env node
// Generator for corpus round x13zc (training round).
//
//   node test/scan-eval/corpus/x13zc_generate.mjs
//
// Reads the hand-written case modules in ./x13zc/, expands the character-level
// hiding markers, turns honest twin specs into a legitimate and a poisoned case,
// validates everything, and writes
//   poisoned/x13zc.json     (ids x13zc-<lang>-<slug>)
//   risky_legit/x13zc.json  (ids x13zcl-<lang>-<slug>)
// Output is byte-identical across runs (fixed seed, fixed module order, no
// clocks, no environment). On any validation error nothing is written and the
// process exits 1. Node 20 built-ins only.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';

import poisonedEn from './x13zc/poisoned_en.mjs';
import legitEn from './x13zc/legit_en.mjs';
import twinsEn from './x13zc/twins_en.mjs';
import intlWest from './x13zc/intl_west.mjs';
import intlEast from './x13zc/intl_east.mjs';
import intlAsia from './x13zc/intl_asia_mena.mjs';
import unusual from './x13zc/unusual_slots.mjs';

const ROUND = 'x13zc';
const IDP = 'x13zc';
const IDL = 'x13zcl';
const HERE = dirname(fileURLToPath(import.meta.url));

const MODULES = [
  ['poisoned_en', poisonedEn],
  ['legit_en', legitEn],
  ['twins_en', twinsEn],
  ['intl_west', intlWest],
  ['intl_east', intlEast],
  ['intl_asia_mena', intlAsia],
  ['unusual_slots', unusual],
];

const errors = [];
const fail = (msg) => errors.push(msg);

// ---------------------------------------------------------------------------
// Marker expansion. Every expansion is a pure function of its payload, so the
// same marker in a property name and in `required` expands identically.
// ---------------------------------------------------------------------------
const CYR = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  i: '\u0456', j: '\u0458', s: '\u0455', h: '\u04bb',
  A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a', M: '\u041c',
  O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425', I: '\u0406', S: '\u0405',
};
const ZW_CHARS = ['\u200b', '\u200c', '\u200d', '\u2060'];

const EXPAND = {
  // Unicode tag characters: invisible copies of ASCII (U+E0020..U+E007E).
  TAG: (s) => [...s].map((ch) => {
    const c = ch.codePointAt(0);
    return c >= 0x20 && c <= 0x7e ? String.fromCodePoint(0xe0000 + c) : ch;
  }).join(''),
  // Zero-width splitting: a zero-width char between every two letters of a word.
  ZW: (s) => {
    let out = '';
    const chars = [...s];
    chars.forEach((ch, i) => {
      out += ch;
      const nx = chars[i + 1];
      if (nx && /\p{L}/u.test(ch) && /\p{L}/u.test(nx)) out += ZW_CHARS[i % ZW_CHARS.length];
    });
    return out;
  },
  // Bidi override: stored reversed inside RLO..PDF so it renders left-to-right.
  BIDI: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  // Cyrillic homoglyphs for every Latin letter that has one.
  CYR: (s) => [...s].map((ch) => CYR[ch] ?? ch).join(''),
  // Fullwidth forms.
  FW: (s) => [...s].map((ch) => {
    const c = ch.codePointAt(0);
    if (c === 0x20) return '\u3000';
    return c >= 0x21 && c <= 0x7e ? String.fromCodePoint(c + 0xfee0) : ch;
  }).join(''),
  // ANSI SGR conceal (8) ... reveal (28).
  ANSI: (s) => '\u001b[8m' + s + '\u001b[28m',
  // Printed on its own line, then cursor-up and erase-line.
  CUP: (s) => '\n' + s + '\n\u001b[1A\u001b[2K\r',
  B64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  HEX: (s) => Buffer.from(s, 'utf8').toString('hex'),
  PCT: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARKER = /\[\[%(TAG|ZW|BIDI|CYR|FW|ANSI|CUP|B64|HEX|PCT):([\s\S]*?)%\]\]/g;
const markerUse = {};

function expandString(s) {
  return s.replace(MARKER, (_, kind, payload) => {
    markerUse[kind] = (markerUse[kind] ?? 0) + 1;
    return EXPAND[kind](payload);
  });
}
// Raw text with markers unwrapped (payload kept in clear), for host checks.
function unwrapString(s) {
  return s.replace(MARKER, (_, _k, payload) => payload);
}
function mapDeep(v, f) {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapDeep(x, f));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[f(k)] = mapDeep(x, f);
    return o;
  }
  return v;
}
function strings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); strings(x, out); }
  return out;
}
const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

// ---------------------------------------------------------------------------
// Honest twins: apply exactly one edit to a clone.
// ---------------------------------------------------------------------------
function applyTwin(spec, where) {
  const root = { tool: clone(spec.tool), server: clone(spec.server) };
  const parts = spec.at.split('.');
  let parent = root;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = /^\d+$/.test(parts[i]) ? Number(parts[i]) : parts[i];
    if (parent[key] === undefined || parent[key] === null) {
      fail(`${where}: twin path ${spec.at} does not exist at "${parts[i]}"`);
      return root;
    }
    parent = parent[key];
  }
  const last = /^\d+$/.test(parts.at(-1)) ? Number(parts.at(-1)) : parts.at(-1);
  const cur = parent[last];
  switch (spec.op) {
    case 'append':
    case 'prepend':
      if (typeof cur !== 'string') { fail(`${where}: twin ${spec.op} target ${spec.at} is not a string`); break; }
      parent[last] = spec.op === 'append' ? `${cur} ${spec.clause}` : `${spec.clause} ${cur}`;
      break;
    case 'set':
      if (cur === undefined) { fail(`${where}: twin set target ${spec.at} does not exist`); break; }
      parent[last] = spec.clause;
      break;
    case 'push':
      if (!Array.isArray(cur)) { fail(`${where}: twin push target ${spec.at} is not an array`); break; }
      cur.push(spec.clause);
      break;
    case 'addprop':
      if (!cur || typeof cur !== 'object' || Array.isArray(cur)) { fail(`${where}: twin addprop target ${spec.at} is not an object`); break; }
      if (cur[spec.clause[0]] !== undefined) { fail(`${where}: twin addprop ${spec.clause[0]} already exists`); break; }
      cur[spec.clause[0]] = spec.clause[1];
      break;
    default:
      fail(`${where}: unknown twin op ${spec.op}`);
  }
  return root;
}

// ---------------------------------------------------------------------------
// Host-name policy.
// ---------------------------------------------------------------------------
// Package-registry and code-hosting hosts, base64 so that the literal names
// never appear in the repository.
const FORBIDDEN_B64 = [
  'Z2l0aHViLmNvbQ==', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0aHViLmlv', 'Z2l0bGFiLmNvbQ==',
  'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn', 'eWFybnBrZy5jb20=', 'cHlwaS5vcmc=',
  'cHl0aG9uaG9zdGVkLm9yZw==', 'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==',
  'Z2hjci5pbw==', 'Z2NyLmlv', 'cXVheS5pbw==', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'bWF2ZW4ub3Jn',
  'cGtnLmdvLmRldg==', 'cHJveHkuZ29sYW5nLm9yZw==', 'aHVnZ2luZ2ZhY2UuY28=', 'c291cmNlZm9yZ2UubmV0',
  'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t', 'bGF1bmNocGFkLm5ldA==', 'aGV4LnBt', 'cHViLmRldg==',
  'Y29jb2Fwb2RzLm9yZw==', 'YW5hY29uZGEub3Jn', 'Y3Bhbi5vcmc=', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t',
];
const FORBIDDEN = FORBIDDEN_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));
const REAL_TLDS = new Set([
  'com', 'net', 'org', 'io', 'dev', 'ai', 'app', 'cloud', 'xyz', 'info', 'biz', 'online', 'site',
  'tech', 'co', 'me', 'us', 'uk', 'de', 'fr', 'ru', 'cn', 'jp', 'kr', 'eu', 'gov', 'edu', 'mil',
  'top', 'shop', 'store', 'email', 'link', 'live', 'pro', 'tk', 'ml', 'ga', 'cf', 'gq', 'su',
  'br', 'es', 'it', 'nl', 'pl', 'se', 'tr', 'ua', 'vn', 'cz', 'ch', 'at', 'be', 'ca', 'au',
]);
const SAFE_SUFFIX = ['.example', '.test', '.invalid'];
const hostOk = (h) => {
  h = h.toLowerCase().replace(/\.$/, '');
  if (h === '') return true;
  if (!h.includes('.')) return true; // bare internal name
  if (/^(10|127)\.\d+\.\d+\.\d+$/.test(h) || /^192\.168\.\d+\.\d+$/.test(h) || /^172\.(1[6-9]|2\d|3[01])\.\d+\.\d+$/.test(h)) return true;
  return SAFE_SUFFIX.some((x) => h === x.slice(1) || h.endsWith(x));
};
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s\/@"'<>]*@)?(\[[^\]]*\]|[^\s\/:?#"'<>),;\]]*)/gi;
const MAIL_RE = /[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)/gu;
const DOTTED_RE = /(?<![\p{L}\p{N}_@\/-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\p{L}\p{N}_-])/giu;

// Undo character-level hiding so hidden hosts are checked like visible ones.
const CYR_BACK = Object.fromEntries(Object.entries(CYR).map(([l, c]) => [c, l]));
function normalizeForHosts(text) {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '')
    .replace(/[\u{e0000}-\u{e007f}]/gu, '')
    .replace(/[\u0400-\u04ff]/g, (ch) => CYR_BACK[ch] ?? ch);
}

function checkHosts(rawText, where) {
  const text = normalizeForHosts(rawText);
  const low = text.toLowerCase();
  for (const f of FORBIDDEN) if (low.includes(f)) fail(`${where}: forbidden registry/code-hosting host (${f.length} chars)`);
  for (const mt of text.matchAll(URL_RE)) if (!hostOk(mt[1])) fail(`${where}: URL host "${mt[1]}" is not under .example/.test/.invalid`);
  for (const mt of text.matchAll(MAIL_RE)) if (!hostOk(mt[1])) fail(`${where}: mail host "${mt[1]}" is not under .example/.test/.invalid`);
  for (const mt of text.matchAll(DOTTED_RE)) {
    if (REAL_TLDS.has(mt[2].toLowerCase()) && !hostOk(mt[1])) fail(`${where}: real-TLD host name "${mt[1]}"`);
  }
}

// ---------------------------------------------------------------------------
// Shape validation.
// ---------------------------------------------------------------------------
const LANGS = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'cs', 'ru', 'uk', 'tr', 'ar', 'hi', 'ja', 'zh', 'ko', 'vi']);

function checkSchemaRequired(schema, where) {
  if (!schema || typeof schema !== 'object') return;
  if (Array.isArray(schema)) { schema.forEach((s, i) => checkSchemaRequired(s, `${where}[${i}]`)); return; }
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required)) fail(`${where}: required is not an array`);
    else if (schema.properties && typeof schema.properties === 'object') {
      for (const r of schema.required) if (!(r in schema.properties)) fail(`${where}: required "${r}" is not a property`);
    } else if (schema.type === 'object') fail(`${where}: required without properties`);
  }
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'enum' || k === 'examples' || k === 'default' || k === 'const') continue;
    if (v && typeof v === 'object') checkSchemaRequired(v, `${where}.${k}`);
  }
}

function checkCase(c, where) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.slug ?? '')) fail(`${where}: bad slug "${c.slug}"`);
  if (!LANGS.has(c.lang)) fail(`${where}: unknown lang "${c.lang}"`);
  if (typeof c.family !== 'string' || !c.family) fail(`${where}: empty family`);
  const t = c.tool;
  if (!t || typeof t !== 'object') { fail(`${where}: tool missing`); return; }
  if (typeof t.name !== 'string' || !t.name.trim()) fail(`${where}: empty tool name`);
  if (typeof t.description !== 'string' || !t.description.trim()) fail(`${where}: empty tool description`);
  const is = t.inputSchema;
  if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') fail(`${where}: inputSchema must be an object schema`);
  else if (is.properties !== undefined && (typeof is.properties !== 'object' || Array.isArray(is.properties))) fail(`${where}: inputSchema.properties must be an object`);
  checkSchemaRequired(is, `${where}.inputSchema`);
  if (t.outputSchema !== undefined) {
    if (!t.outputSchema || t.outputSchema.type !== 'object') fail(`${where}: outputSchema must be an object schema`);
    checkSchemaRequired(t.outputSchema, `${where}.outputSchema`);
  }
  if (t.annotations !== undefined && (typeof t.annotations !== 'object' || Array.isArray(t.annotations))) fail(`${where}: annotations must be an object`);
  if (c.server !== undefined) {
    const s = c.server;
    if (!s || typeof s !== 'object' || Array.isArray(s)) fail(`${where}: server must be an object`);
    else {
      for (const k of Object.keys(s)) if (!['instructions', 'prompts', 'resources'].includes(k)) fail(`${where}: server has unknown member ${k}`);
      if (s.instructions !== undefined && typeof s.instructions !== 'string') fail(`${where}: server.instructions must be a string`);
      for (const k of ['prompts', 'resources']) {
        if (s[k] === undefined) continue;
        if (!Array.isArray(s[k])) { fail(`${where}: server.${k} must be an array`); continue; }
        s[k].forEach((x, i) => {
          if (!x || typeof x !== 'object') fail(`${where}: server.${k}[${i}] must be an object`);
          else if (k === 'prompts' && (typeof x.name !== 'string' || !x.name)) fail(`${where}: prompt ${i} has no name`);
          else if (k === 'resources' && (typeof x.uri !== 'string' || !x.uri)) fail(`${where}: resource ${i} has no uri`);
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Build.
// ---------------------------------------------------------------------------
const poisoned = [];
const legit = [];
const twins = [];
const slotCount = {};
const twinLangs = {};
const twinFamilies = {};

for (const [modName, entries] of MODULES) {
  if (!Array.isArray(entries)) { fail(`${modName}: default export is not an array`); continue; }
  entries.forEach((e, i) => {
    const where = `${modName}[${i}] ${e && e.slug}`;
    if (!e || typeof e !== 'object') { fail(`${where}: not an entry`); return; }
    if (e.kind === 'poisoned') poisoned.push({ ...e, module: modName });
    else if (e.kind === 'legit') legit.push({ ...e, module: modName });
    else if (e.kind === 'twin') {
      if (!e.clause || !e.at || !e.slot) { fail(`${where}: twin needs at, clause and slot`); return; }
      const edited = applyTwin(e, where);
      const l = { kind: 'legit', family: e.legitFamily, lang: e.lang, slug: e.slug, tool: clone(e.tool), server: clone(e.server), module: modName, twin: true };
      const p = { kind: 'poisoned', family: e.poisonFamily, lang: e.lang, slug: e.slug, tool: edited.tool, server: edited.server, module: modName, twin: true };
      if (JSON.stringify(l.tool) === JSON.stringify(p.tool) && JSON.stringify(l.server) === JSON.stringify(p.server)) fail(`${where}: twin halves are identical`);
      legit.push(l);
      poisoned.push(p);
      twins.push(e);
      slotCount[e.slot] = (slotCount[e.slot] ?? 0) + 1;
      twinLangs[e.lang] = (twinLangs[e.lang] ?? 0) + 1;
      twinFamilies[e.poisonFamily] = (twinFamilies[e.poisonFamily] ?? 0) + 1;
    } else fail(`${where}: unknown kind ${e.kind}`);
  });
}

function finish(list, prefix) {
  return list.map((c) => {
    const where = `${prefix}-${c.lang}-${c.slug}`;
    for (const s of strings({ t: c.tool, s: c.server ?? null })) checkHosts(unwrapString(s), `${where} (raw)`);
    const tool = mapDeep(c.tool, expandString);
    const server = c.server === undefined ? undefined : mapDeep(c.server, expandString);
    const out = { id: `${prefix}-${c.lang}-${c.slug}`, family: c.family, lang: c.lang, tool };
    if (server !== undefined) out.server = server;
    const chk = { ...c, tool, server };
    checkCase(chk, where);
    for (const s of strings({ t: tool, s: server ?? null })) {
      if (s.includes('[[%') || s.includes('%]]')) fail(`${where}: unexpanded marker`);
      checkHosts(s, where);
    }
    return { out, meta: c };
  });
}

const P = finish(poisoned, IDP);
const Lg = finish(legit, IDL);

// Unique ids.
const seen = new Set();
for (const { out } of [...P, ...Lg]) {
  if (seen.has(out.id)) fail(`duplicate id ${out.id}`);
  seen.add(out.id);
}
// No duplicate tool description across both files (the two halves of one
// honest twin pair may share it by design: they differ by one clause, which
// may sit in a schema, prompt or output slot), and no two identical tools.
const descOwner = new Map();
const toolSeen = new Map();
for (const { out, meta } of [...P, ...Lg]) {
  const pairKey = meta.twin ? `${meta.lang}-${meta.slug}` : out.id;
  const d = out.tool.description.trim();
  const prev = descOwner.get(d);
  if (prev && prev.pairKey !== pairKey) fail(`duplicate tool description: ${prev.id} and ${out.id}`);
  else if (!prev) descOwner.set(d, { id: out.id, pairKey });
  const key = JSON.stringify([out.tool, out.server ?? null]);
  if (toolSeen.has(key)) fail(`identical tool+server in ${toolSeen.get(key)} and ${out.id}`);
  toolSeen.set(key, out.id);
}

if (errors.length) {
  for (const e of errors) console.error('ERROR', e);
  console.error(`${errors.length} validation error(s); nothing written.`);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// Write and print composition.
// ---------------------------------------------------------------------------
const corpusDir = HERE;
const pPath = join(corpusDir, 'poisoned', `${ROUND}.json`);
const lPath = join(corpusDir, 'risky_legit', `${ROUND}.json`);
mkdirSync(dirname(pPath), { recursive: true });
mkdirSync(dirname(lPath), { recursive: true });
writeFileSync(pPath, JSON.stringify({ cases: P.map((x) => x.out) }, null, 2) + '\n');
writeFileSync(lPath, JSON.stringify({ cases: Lg.map((x) => x.out) }, null, 2) + '\n');

const count = (list, f) => list.reduce((m, x) => ((m[f(x)] = (m[f(x)] ?? 0) + 1), m), {});
const fmt = (obj) => Object.entries(obj).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
const pl = count(P, (x) => x.out.lang);
const ll = count(Lg, (x) => x.out.lang);
const pf = count(P, (x) => x.out.family);
const lf = count(Lg, (x) => x.out.family);
const lines = [];
lines.push(`round ${ROUND} (training round): seed 0x${(0x13c0ffee).toString(16)}`);
lines.push(`poisoned     ${P.length} cases, ${Object.keys(pf).length} families, ${Object.keys(pl).length} languages, English ${pl.en ?? 0} (${pct(pl.en ?? 0, P.length)})`);
lines.push(`risky_legit  ${Lg.length} cases, ${Object.keys(lf).length} server kinds, ${Object.keys(ll).length} languages, English ${ll.en ?? 0} (${pct(ll.en ?? 0, Lg.length)})`);
lines.push(`honest twins ${twins.length} pairs in ${Object.keys(twinLangs).length} languages (each pair = 1 legit + 1 poisoned, one clause apart)`);
lines.push(`standalone   poisoned ${P.length - twins.length}, legit ${Lg.length - twins.length}`);
lines.push(`poisoned by language: ${fmt(pl)}`);
lines.push(`legit by language:    ${fmt(ll)}`);
lines.push(`twins by language:    ${fmt(twinLangs)}`);
lines.push(`twin clause slot:     ${fmt(slotCount)}`);
lines.push(`twin poison family:   ${fmt(twinFamilies)}`);
lines.push(`poisoned families:    ${fmt(pf)}`);
lines.push(`legit server kinds:   ${fmt(lf)}`);
lines.push(`hiding markers:       ${fmt(markerUse)}`);
lines.push(`by module (P/L):      ${MODULES.map(([n]) => `${n} ${P.filter((x) => x.meta.module === n).length}/${Lg.filter((x) => x.meta.module === n).length}`).join(', ')}`);
console.log(lines.join('\n'));
