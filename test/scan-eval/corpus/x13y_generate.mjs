#!/usr/bin/env node
// Round x13y (TRAINING round) corpus generator.
//
//   node test/scan-eval/corpus/x13y_generate.mjs [--check]
//
// Reads the hand-written case files in ./x13y/, expands the character-level
// hiding markers, assigns ids, validates everything and writes
//   poisoned/x13y.json     ids x13y-<lang>-<slug>
//   risky_legit/x13y.json  ids x13yl-<lang>-<slug>
// Node 20 built-ins only; fixed seed; byte-identical output on every run.
// On any violation it prints every problem, writes nothing and exits 1.
// --check validates and prints the composition without writing.
//
// Markers, usable in any string or property name: ⟪KIND|text⟫ with KIND one of
//   TAG     Unicode tag characters (U+E0020..U+E007E, closed by U+E007F)
//   ZW      zero-width splitting (U+200B/U+200C/U+200D/U+2060 between characters)
//   BIDI    right-to-left override: U+202E + reversed text + U+202C
//   CYR     Cyrillic homoglyphs for Latin letters (a e o p c x y i ...)
//   FW      fullwidth forms (U+FF01..U+FF5E, U+3000 for space)
//   CONCEAL ANSI conceal: ESC[8m text ESC[28m
//   ERASE   text, newline, then cursor-up ESC[1A and erase-line ESC[2K
//   B64     base64 of the UTF-8 text
//   HEX     lowercase hex of the UTF-8 text
//   PCT     percent-encoding of every UTF-8 byte

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED, mulberry32 } from './x13y/helpers.mjs';

const ROUND = 'x13y';
const IDP = 'x13y';
const IDL = 'x13yl';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const SOURCES = ['twins_en', 'poisoned_en', 'legit_en', 'slots_en', 'i18n_west', 'i18n_east', 'i18n_asia'];
const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'zh', 'ja', 'ko', 'vi', 'id'];
const CHECK_ONLY = process.argv.includes('--check');

// ---------------------------------------------------------------- markers
const zwRand = mulberry32(SEED ^ 0x2b0b);
const ZW = ['\u200B', '\u200C', '\u200D', '\u2060'];
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const bytesPct = (t) => [...Buffer.from(t, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
const EXPANDERS = {
  TAG: (t) => [...t].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : ch; }).join('') + '\u{E007F}',
  ZW: (t) => [...t].map((ch, i) => (i === 0 ? ch : ZW[Math.floor(zwRand() * ZW.length)] + ch)).join(''),
  BIDI: (t) => '\u202E' + [...t].reverse().join('') + '\u202C',
  CYR: (t) => [...t].map((ch) => CYR[ch] || ch).join(''),
  FW: (t) => [...t].map((ch) => { const c = ch.codePointAt(0); if (c === 0x20) return '\u3000'; return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  CONCEAL: (t) => '\u001b[8m' + t + '\u001b[28m',
  ERASE: (t) => t + '\n\u001b[1A\u001b[2K',
  B64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  HEX: (t) => Buffer.from(t, 'utf8').toString('hex'),
  PCT: bytesPct,
};
const MARKER = /⟪([A-Z0-9]+)\|([^⟪⟫]*)⟫/g;

// ---------------------------------------------------------------- helpers
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function walkStrings(v, fn, trail = '') {
  if (typeof v === 'string') fn(v, trail);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, fn, `${trail}[${i}]`));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) { fn(k, `${trail}{key}`); walkStrings(x, fn, `${trail}.${k}`); }
}

function expand(v, used, where) {
  const one = (s) => s.replace(MARKER, (_, kind, text) => {
    const f = EXPANDERS[kind];
    if (!f) { bad(where, `unknown marker kind ${kind}`); return ''; }
    if (!text) bad(where, `empty ${kind} marker`);
    used.add(kind);
    return f(text);
  });
  if (typeof v === 'string') return one(v);
  if (Array.isArray(v)) return v.map((x) => expand(x, used, where));
  if (isObj(v)) { const o = {}; for (const [k, x] of Object.entries(v)) o[one(k)] = expand(x, used, where); return o; }
  return v;
}

// hosts ---------------------------------------------------------------------
const REAL_TLDS = new Set(['com', 'net', 'org', 'io', 'ai', 'co', 'app', 'dev', 'cloud', 'xyz', 'ru', 'cn', 'info', 'biz', 'us',
  'eu', 'me', 'ly', 'gg', 'uk', 'jp', 'fr', 'de', 'br', 'in', 'tv', 'nl', 'pl', 'ua', 'tr', 'kr', 'vn', 'id', 'it', 'es',
  'pt', 'ca', 'au', 'ch', 'at', 'se', 'no', 'fi', 'dk', 'be', 'cz', 'il', 'sa', 'ae', 'online', 'site', 'top', 'tech', 'store',
  'shop', 'live', 'pro', 'link', 'page', 'run', 'email', 'tools', 'systems', 'global', 'club', 'ws', 'cc', 'to', 'sh', 'gov', 'edu', 'mil', 'int']);
// file-name extensions that are also TLDs: tolerated only as the last label of a file name token
const FILE_EXT_OK = new Set(['sh', 'md', 'py', 'pl', 'rs', 'ts', 'js', 'cc', 'so']);
// Names of code-hosting services and package registries, kept as the first 16 hex digits of
// their SHA-256 so that this file does not spell them: a word (or dotted name) of the text
// whose hash is listed fails the check.
const FORBIDDEN_NAME_HASHES = new Set([
  'c0b0109d9439de57',
  '9d96d9d5b1addd7e',
  '490414ac86e4c55e',
  '7b8208d11b1b6f48',
  'cd88a6fb14237c16',
  '00e3d33fa2b02a59',
  '789e46d79514e280',
  '9cbcc379b1c32d82',
  'da1485ed3363abfc',
  'd203a277f19a8f7d',
  'e1845abfab7248ca',
  'a81a5e8b0e22a7fa',
  'c38b90c0390c8812',
  '3530c4415dd857fb',
  '10bc4eece5c59116',
  'e4c157c5e3afda9f',
  'c3db8466ffcd8589',
  '42f4c1b243334ddb',
  '2b72b7966354f458',
]);
const ALLOWED_SUFFIX = /\.(example|test|invalid)$/i;
const BARE = /^[a-z0-9][a-z0-9-]*$/i;

function checkHost(host, where, how) {
  const h = host.replace(/\.$/, '');
  if (ALLOWED_SUFFIX.test(h) || BARE.test(h)) return;
  bad(where, `${how} host "${host}" is not under .example/.test/.invalid and not a bare internal name`);
}

function checkText(s, where) {
  const low = s.toLowerCase();
  for (const w of low.match(/[a-z0-9][a-z0-9.-]*[a-z0-9]/g) || []) {
    for (let i = 0; i < w.length; ++i) {
      for (let j = i + 2; j <= w.length; ++j) {
        const part = w.slice(i, j);
        if (FORBIDDEN_NAME_HASHES.has(crypto.createHash('sha256').update(part).digest('hex').slice(0, 16))) {
          bad(where, `names a code-hosting or registry host (a part of "${w}")`);
        }
      }
    }
  }
  for (const m of s.matchAll(/\b([a-z][a-z0-9+.-]*):\/\/(?:[^\s/@"'<>]*@)?([^\s/:"'<>?#)\]},;|]+)/gi)) checkHost(m[2], where, 'URL');
  for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) {
    if (/^[0-9.]+$/.test(m[1])) continue; // a version (name@1.3.0), not a mail host
    checkHost(m[1], where, 'mail');
  }
  for (const m of s.matchAll(/(?<![\w.@/-])([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?![\w-])/g)) {
    const labels = m[1].split('.');
    const last = labels[labels.length - 1].toLowerCase();
    if (!REAL_TLDS.has(last)) continue;
    if (FILE_EXT_OK.has(last) && labels.length === 2 && /^[a-z0-9_-]+$/.test(labels[0])) {
      // e.g. deploy.sh, profile.sh: a file name, not a host; hosts in this corpus always end in .example/.test/.invalid
      continue;
    }
    bad(where, `real-TLD host name "${m[1]}"`);
  }
}

// schema ----------------------------------------------------------------------
function checkSchema(node, where) {
  if (!isObj(node)) return;
  if (node.properties !== undefined) {
    if (!isObj(node.properties)) bad(where, 'properties is not an object');
    else for (const [k, p] of Object.entries(node.properties)) {
      if (!k) bad(where, 'empty property name');
      if (!isObj(p)) { bad(where, `property ${k} is not a schema object`); continue; }
      if ('description' in p && (typeof p.description !== 'string' || !p.description.trim())) bad(where, `property ${k} has an empty description`);
      checkSchema(p, `${where}.${k}`);
    }
  }
  if (node.required !== undefined) {
    if (!Array.isArray(node.required)) bad(where, 'required is not an array');
    else for (const r of node.required) if (!isObj(node.properties) || !(r in node.properties)) bad(where, `required "${r}" is not a property`);
  }
  if (node.items) checkSchema(node.items, `${where}[]`);
  for (const k of ['$defs', 'definitions']) if (isObj(node[k])) for (const [n, d] of Object.entries(node[k])) checkSchema(d, `${where}.${k}.${n}`);
}

function checkServer(s, where) {
  if (!isObj(s)) { bad(where, 'server is not an object'); return; }
  for (const [k, v] of Object.entries(s)) {
    if (k === 'instructions') { if (typeof v !== 'string' || !v.trim()) bad(where, 'server.instructions must be a non-empty string'); }
    else if (k === 'prompts') {
      if (!Array.isArray(v) || !v.length) { bad(where, 'server.prompts must be a non-empty array'); continue; }
      v.forEach((p, i) => {
        if (!isObj(p) || typeof p.name !== 'string' || !p.name) bad(where, `prompt ${i} needs a name`);
        if (p.description !== undefined && (typeof p.description !== 'string' || !p.description)) bad(where, `prompt ${i} has an empty description`);
        if (p.arguments !== undefined && (!Array.isArray(p.arguments) || p.arguments.some((a) => !isObj(a) || !a.name))) bad(where, `prompt ${i} has bad arguments`);
      });
    } else if (k === 'resources') {
      if (!Array.isArray(v) || !v.length) { bad(where, 'server.resources must be a non-empty array'); continue; }
      v.forEach((r, i) => { if (!isObj(r) || typeof r.uri !== 'string' || !r.uri || typeof r.name !== 'string' || !r.name) bad(where, `resource ${i} needs uri and name`); });
    } else bad(where, `server has unknown member "${k}"`);
  }
}

// ---------------------------------------------------------------- load
const raw = [];
for (const name of SOURCES) {
  const mod = await import(`./x13y/${name}.mjs`);
  if (!Array.isArray(mod.cases)) { bad(name, 'does not export a cases array'); continue; }
  for (const c of mod.cases.flat()) raw.push({ ...c, file: name });
}

const out = { poisoned: [], legit: [] };
const meta = [];
const ids = new Set();
for (const c of raw) {
  const prefix = c.set === 'poisoned' ? IDP : c.set === 'legit' ? IDL : null;
  const where0 = `${c.file}:${c.slug}`;
  if (!prefix) { bad(where0, `unknown set ${c.set}`); continue; }
  if (!LANGS.includes(c.lang)) bad(where0, `unknown language ${c.lang}`);
  if (typeof c.slug !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.slug)) bad(where0, `bad slug "${c.slug}"`);
  if (typeof c.family !== 'string' || !/^[a-z0-9$_]+(-[a-z0-9]+)*$/.test(c.family)) bad(where0, `bad family "${c.family}"`);
  const id = `${prefix}-${c.lang}-${c.slug}`;
  const where = `${c.file}:${id}`;
  if (ids.has(id)) bad(where, 'duplicate id');
  ids.add(id);

  // raw text checks (marker contents are plain text here)
  walkStrings(c.tool, (s, t) => checkText(s, `${where} tool${t}`));
  if (c.server !== undefined) walkStrings(c.server, (s, t) => checkText(s, `${where} server${t}`));
  walkStrings(c.tool, (s, t) => { const left = s.replace(MARKER, ''); if (/[⟪⟫]/.test(left)) bad(`${where} tool${t}`, 'malformed marker'); });

  const used = new Set();
  const tool = expand(c.tool, used, where);
  const srv = c.server === undefined ? undefined : expand(c.server, used, where);

  // expanded checks
  const leftover = (s, t) => { if (/[⟪⟫]/.test(s)) bad(`${where}${t}`, 'unexpanded marker'); };
  walkStrings(tool, leftover); if (srv) walkStrings(srv, leftover);
  walkStrings(tool, (s, t) => checkText(s, `${where} expanded tool${t}`));
  if (srv) walkStrings(srv, (s, t) => checkText(s, `${where} expanded server${t}`));
  if (!isObj(tool)) { bad(where, 'tool is not an object'); continue; }
  if (typeof tool.name !== 'string' || !tool.name.trim()) bad(where, 'empty tool name');
  if (typeof tool.description !== 'string' || !tool.description.trim()) bad(where, 'empty tool description');
  if (!isObj(tool.inputSchema) || tool.inputSchema.type !== 'object' || !isObj(tool.inputSchema.properties)) bad(where, 'inputSchema must be an object schema with properties');
  else checkSchema(tool.inputSchema, `${where} inputSchema`);
  if (tool.outputSchema !== undefined) {
    if (!isObj(tool.outputSchema) || tool.outputSchema.type !== 'object') bad(where, 'outputSchema must be an object schema');
    else checkSchema(tool.outputSchema, `${where} outputSchema`);
  }
  if (srv !== undefined) checkServer(srv, where);

  const record = { id, family: c.family, lang: c.lang, tool };
  if (srv !== undefined) record.server = srv;
  (c.set === 'poisoned' ? out.poisoned : out.legit).push(record);
  meta.push({ id, set: c.set, lang: c.lang, family: c.family, slot: c.slot, twin: c.twin, hiding: [...used], description: tool.description, json: JSON.stringify({ tool, srv }) });
}

// duplicate descriptions across both files: allowed only inside one honest twin
// whose differing clause sits outside the description (then the tools must differ).
const byDesc = new Map();
for (const m of meta) {
  const prev = byDesc.get(m.description);
  if (!prev) { byDesc.set(m.description, m); continue; }
  if (prev.twin && prev.twin === m.twin && prev.lang === m.lang && prev.set !== m.set) {
    if (prev.json === m.json) bad(m.id, `identical to its twin ${prev.id}`);
  } else bad(m.id, `description duplicates ${prev.id}`);
}
// twins: each must have both halves
const twins = new Map();
for (const m of meta) if (m.twin) { const k = `${m.lang}:${m.twin}`; twins.set(k, [...(twins.get(k) || []), m.set]); }
for (const [k, sets] of twins) if (sets.length !== 2 || !sets.includes('poisoned') || !sets.includes('legit')) bad(k, 'twin is not exactly one poisoned and one legit case');

if (problems.length) {
  console.error(`${ROUND}: ${problems.length} violation(s); nothing written`);
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}

// ---------------------------------------------------------------- composition
const count = (list, key) => { const m = new Map(); for (const x of list) for (const v of [].concat(key(x))) m.set(v, (m.get(v) || 0) + 1); return m; };
const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const fmt = (m, width = 96) => {
  const parts = sorted(m).map(([k, v]) => `${k} ${v}`);
  const lines = []; let cur = '   ';
  for (const p of parts) { if (cur.length + p.length + 2 > width) { lines.push(cur.trimEnd()); cur = '   '; } cur += p + ', '; }
  lines.push(cur.replace(/, $/, ''));
  return lines.join('\n');
};
const langOrder = (m) => LANGS.filter((l) => m.has(l)).map((l) => `${l} ${m.get(l)}`).join(', ');
const pm = meta.filter((m) => m.set === 'poisoned');
const lm = meta.filter((m) => m.set === 'legit');
const pct = (a, b) => `${Math.round((100 * a) / b)}%`;
const pl = count(pm, (m) => m.lang), ll = count(lm, (m) => m.lang);
const twinPairs = [...twins.keys()];
const twinEn = twinPairs.filter((k) => k.startsWith('en:')).length;
const lines = [];
lines.push(`round ${ROUND} (TRAINING round) — seed 0x${SEED.toString(16)}`);
lines.push(`poisoned/${ROUND}.json: ${pm.length} cases, ${count(pm, (m) => m.family).size} families, ${pl.size} languages (en ${pl.get('en')} = ${pct(pl.get('en'), pm.length)})`);
lines.push(`  languages: ${langOrder(pl)}`);
lines.push(`  families:`); lines.push(fmt(count(pm, (m) => m.family)));
lines.push(`  poison slot:`); lines.push(fmt(count(pm, (m) => m.slot)));
lines.push(`  character-level hiding:`); lines.push(fmt(count(pm.filter((m) => m.hiding.length), (m) => m.hiding)));
lines.push(`risky_legit/${ROUND}.json: ${lm.length} cases, ${count(lm, (m) => m.family).size} server kinds, ${ll.size} languages (en ${ll.get('en')} = ${pct(ll.get('en'), lm.length)})`);
lines.push(`  languages: ${langOrder(ll)}`);
lines.push(`  server kinds:`); lines.push(fmt(count(lm, (m) => m.family)));
const lh = lm.filter((m) => m.hiding.length);
if (lh.length) { lines.push(`  legit cases with encoded or invisible characters on purpose:`); lines.push(fmt(count(lh, (m) => m.hiding))); }
const EMPHASIS = [
  ['credential, vault, secret, SSH and cloud-login helpers', ['credential-reader', 'vault', 'secret-manager', 'ssh-helper', 'cloud-login', 'kubeconfig', 'password-manager', 'keychain', 'totp']],
  ['mail tools (bcc-self, archive copy, cc-me defaults)', ['mail-sender', 'mail-archive']],
  ['security scanners, red-team and prompt-injection testers', ['security-scanner', 'red-team', 'prompt-injection-tester', 'dlp-scanner', 'phishing-analyzer', 'malware-sandbox', 'siem']],
  ['compliance and policy tools with MUST/NEVER text', ['compliance-checker', 'policy-engine']],
];
lines.push(`emphasis (legit):`);
for (const [label, kinds] of EMPHASIS) {
  const sel = lm.filter((m) => kinds.includes(m.family));
  lines.push(`   ${label}: ${sel.length} cases in ${new Set(sel.map((m) => m.lang)).size} languages`);
}
const pmx = pm.filter((m) => m.lang !== 'en');
lines.push(`emphasis (poisoned): non-English ${pmx.length}, of which outside the tool description ${pmx.filter((m) => m.slot !== 'description').length}; all languages outside the description ${pm.filter((m) => m.slot !== 'description').length}`);
lines.push(`honest twins: ${twinPairs.length} pairs (en ${twinEn}, other languages ${twinPairs.length - twinEn}); clause outside the description: ${pm.filter((m) => m.twin && m.slot !== 'description').length}`);
lines.push(`total: ${meta.length} cases`);
console.log(lines.join('\n'));

if (CHECK_ONLY) process.exit(0);
const write = (rel, cases) => fs.writeFileSync(path.join(HERE, rel), JSON.stringify({ cases }, null, 2) + '\n');
write(`poisoned/${ROUND}.json`, out.poisoned);
write(`risky_legit/${ROUND}.json`, out.legit);
console.log(`wrote poisoned/${ROUND}.json and risky_legit/${ROUND}.json`);
