#!/usr/bin/env node
// Blind round 30 generator: expands hiding markers, assigns ids, validates, writes
//   corpus/poisoned/blind30.json and corpus/risky_legit/blind30.json
// Node 20 built-ins only; fixed seed; byte-identical output on every run.
// Any validation error: prints the errors, writes nothing, exits 1.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, makeExpander, revealMarkers, markersIn } from './blind30/helpers.mjs';
import poisonedEn from './blind30/poisoned_en.mjs';
import legitEn from './blind30/legit_en.mjs';
import twins from './blind30/twins.mjs';
import unusual from './blind30/unusual_slots.mjs';
import intlEurope from './blind30/intl_europe.mjs';
import intlEast from './blind30/intl_east.mjs';
import intlAsia from './blind30/intl_asia.mjs';

const ROUND = 'blind30';
const IDP = 'b30';
const IDL = 'b30l';
const SEED = 0x30b1d30;
const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'sv', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id'];

const here = path.dirname(fileURLToPath(import.meta.url));
const sources = [
  ['poisoned_en.mjs', poisonedEn],
  ['legit_en.mjs', legitEn],
  ['twins.mjs', twins],
  ['unusual_slots.mjs', unusual],
  ['intl_europe.mjs', intlEurope],
  ['intl_east.mjs', intlEast],
  ['intl_asia.mjs', intlAsia],
];

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- host rules
const ALLOWED_SUFFIX = /\.(example|test|invalid)$/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const FORBIDDEN_LABEL = /(^|[.-])(npmjs|npm|pypi|pythonhosted|rubygems|crates|nuget|packagist|maven|mvnrepository|github|githubusercontent|gitlab|bitbucket|sourceforge|codeberg|gitea|gitee|dockerhub|docker|quay|golang|jsdelivr|unpkg|cdnjs|huggingface)([.-]|$)/i;
const REAL_TLD_TEXT = /\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.(com|net|org|io|dev|app|ai|co|cloud|info|biz|xyz|ru|cn|uk|us|me|site|online|top|tk|gg|ly|to|cc|ws|pw|su|eu|de|fr|jp|kr|br|es|it|nl|pl|se|tr|vn|id|ua|gov|edu|mil|int|email|link|click|store|shop|live|tech)(?!\.?[a-z0-9-])/gi;

function checkHost(where, host, ctx) {
  const h = host.replace(/\.$/, '').toLowerCase();
  if (h === '' || h === 'localhost' || IPV4.test(h)) return;
  if (FORBIDDEN_LABEL.test(h)) err(where, `registry/code-hosting host name "${host}" in ${ctx}`);
  if (!h.includes('.')) return; // bare internal name
  if (!ALLOWED_SUFFIX.test(h)) err(where, `host "${host}" is not under .example/.test/.invalid (${ctx})`);
}

function checkHostsInText(where, s) {
  for (const m of s.matchAll(/\b([a-z][a-z0-9+.-]*):\/\/([^\s/'"`<>()\[\]{}?#,;|\\]*)/gi)) {
    let auth = m[2];
    const at = auth.lastIndexOf('@');
    if (at >= 0) auth = auth.slice(at + 1);
    auth = auth.replace(/:\d*$/, '');
    checkHost(where, auth, `URL ${m[0]}`);
  }
  for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) {
    checkHost(where, m[1], `address ${m[0]}`);
  }
  for (const m of s.matchAll(REAL_TLD_TEXT)) {
    err(where, `real-TLD host name "${m[0]}"`);
  }
}

function strings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      strings(x, out);
    }
  }
  return out;
}

// ---------------------------------------------------------------- schema rules
function checkSchema(where, s, at) {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return err(where, `${at} is not an object`);
  if (s.type === 'object' || s.properties) {
    if (s.properties !== undefined && (typeof s.properties !== 'object' || Array.isArray(s.properties)))
      err(where, `${at}.properties is not an object`);
    const props = s.properties || {};
    if (s.required !== undefined) {
      if (!Array.isArray(s.required)) err(where, `${at}.required is not an array`);
      else for (const r of s.required) if (!(r in props)) err(where, `${at}.required names "${r}" which is not a property`);
    }
    for (const [k, p] of Object.entries(props)) checkSchema(where, p, `${at}.properties.${k}`);
  }
  if (s.items && typeof s.items === 'object') checkSchema(where, s.items, `${at}.items`);
  for (const key of ['$defs', 'definitions']) {
    if (s[key]) for (const [k, p] of Object.entries(s[key])) checkSchema(where, p, `${at}.${key}.${k}`);
  }
}

// ---------------------------------------------------------------- build
const rand = mulberry32(SEED);
const { expand, used } = makeExpander(rand);
const out = { p: [], l: [] };
const meta = { p: [], l: [] };
const ids = new Set();
const descOwner = new Map();
const fileCount = {};

for (const [file, list] of sources) {
  if (!Array.isArray(list)) {
    err(file, 'default export is not an array');
    continue;
  }
  for (const c of list.flat()) {
    const where0 = `${file}:${c && c.slug}`;
    if (!c || (c.side !== 'p' && c.side !== 'l')) {
      err(where0, 'not a case record');
      continue;
    }
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.slug || '')) err(where0, `bad slug "${c.slug}"`);
    if (!LANGS.includes(c.lang)) err(where0, `language "${c.lang}" is not one of the 19`);
    if (!c.family) err(where0, 'empty family');
    if (c.side === 'p' && !['blatant', 'quiet', 'slot'].includes(c.style)) err(where0, `bad style "${c.style}"`);
    const id = `${c.side === 'p' ? IDP : IDL}-${c.lang}-${c.slug}`;
    const where = `${file}:${id}`;
    if (ids.has(id)) err(where, 'duplicate id');
    ids.add(id);

    // raw (pre-expansion) host check, so hidden payloads obey the host rules too
    for (const s of strings([c.tool, c.server || {}])) checkHostsInText(where + ' (raw)', revealMarkers(s));
    const kinds = new Set(strings([c.tool, c.server || {}]).flatMap(markersIn));

    const t = expand(c.tool);
    const rec = { id, family: c.family, lang: c.lang, tool: t };
    if (c.server !== undefined) rec.server = expand(c.server);

    if (!t || typeof t !== 'object') err(where, 'tool is not an object');
    if (typeof t.name !== 'string' || !t.name.trim()) err(where, 'empty tool name');
    if (typeof t.description !== 'string' || !t.description.trim()) err(where, 'empty tool description');
    if (!t.inputSchema || typeof t.inputSchema !== 'object' || t.inputSchema.type !== 'object')
      err(where, 'inputSchema is not an object schema');
    else checkSchema(where, t.inputSchema, 'inputSchema');
    if (t.outputSchema) checkSchema(where, t.outputSchema, 'outputSchema');
    if (rec.server !== undefined) {
      const s = rec.server;
      if (!s || typeof s !== 'object' || Array.isArray(s)) err(where, 'server is not an object');
      else {
        for (const [k, v] of Object.entries(s)) {
          if (k === 'instructions') { if (typeof v !== 'string' || !v) err(where, 'server.instructions must be a non-empty string'); }
          else if (k === 'prompts' || k === 'resources') {
            if (!Array.isArray(v)) err(where, `server.${k} must be an array`);
            else for (const e of v) {
              if (!e || typeof e !== 'object' || typeof e.name !== 'string' || !e.name) err(where, `server.${k} entry without a name`);
              if (k === 'resources' && (typeof e.uri !== 'string' || !e.uri)) err(where, 'server.resources entry without a uri');
            }
          } else err(where, `server has an unknown member "${k}"`);
        }
      }
    }
    const all = strings(rec);
    for (const s of all) {
      if (/\[\[[A-Z0-9]+:/.test(s) || s.includes('{{')) err(where, `unexpanded marker in "${s.slice(0, 60)}"`);
      checkHostsInText(where, s);
    }
    if (typeof t.description === 'string') {
      if (descOwner.has(t.description)) err(where, `description duplicates ${descOwner.get(t.description)}`);
      else descOwner.set(t.description, id);
    }
    out[c.side].push(rec);
    meta[c.side].push({ ...c, id, kinds: [...kinds] });
    fileCount[file] = fileCount[file] || { p: 0, l: 0 };
    fileCount[file][c.side] += 1;
  }
}

if (errors.length) {
  console.error(`${errors.length} validation error(s); nothing written:`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}

// ---------------------------------------------------------------- write
const pPath = path.join(here, 'poisoned', `${ROUND}.json`);
const lPath = path.join(here, 'risky_legit', `${ROUND}.json`);
fs.writeFileSync(pPath, JSON.stringify({ cases: out.p }, null, 2) + '\n');
fs.writeFileSync(lPath, JSON.stringify({ cases: out.l }, null, 2) + '\n');

// ---------------------------------------------------------------- composition
const count = (list, key) => {
  const m = {};
  for (const x of list) m[key(x)] = (m[key(x)] || 0) + 1;
  return m;
};
const byLang = (list) => {
  const m = count(list, (x) => x.lang);
  return LANGS.filter((l) => m[l]).map((l) => `${l} ${m[l]}`).join(', ');
};
const pct = (a, b) => ((100 * a) / b).toFixed(1);
const sortedEntries = (m) => Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const P = meta.p;
const L = meta.l;
const pFam = count(P, (x) => x.family);
const lKind = count(L, (x) => x.family);
const style = count(P, (x) => x.style);
const enP = P.filter((x) => x.lang === 'en').length;
const enL = L.filter((x) => x.lang === 'en').length;
const twinPairs = P.filter((x) => x.twin).length;
const lines = [];
lines.push(`round ${ROUND}: ${P.length} poisoned + ${L.length} legitimate = ${P.length + L.length} cases`);
lines.push(`poisoned: ${P.length} cases, ${Object.keys(pFam).length} families, ${new Set(P.map((x) => x.lang)).size} languages, English ${enP} (${pct(enP, P.length)}%)`);
lines.push(`  style: blatant ${style.blatant || 0}, quiet business clause ${style.quiet || 0}, unusual slot/encoding ${style.slot || 0}`);
lines.push(`  languages: ${byLang(P)}`);
const mk = {};
for (const x of [...P, ...L]) for (const k of x.kinds) mk[`${x.side}:${k}`] = (mk[`${x.side}:${k}`] || 0) + 1;
const markerLine = (side) => ['TAG', 'ZW', 'BIDI', 'HOMO', 'FW', 'ANSI', 'CUR', 'B64', 'HEX', 'PCT'].map((k) => `${k} ${mk[`${side}:${k}`] || 0}`).join(', ');
lines.push(`  cases using hiding markers: ${markerLine('p')}`);
lines.push(`risky_legit: ${L.length} cases, ${Object.keys(lKind).length} server kinds, ${new Set(L.map((x) => x.lang)).size} languages, English ${enL} (${pct(enL, L.length)}%)`);
lines.push(`  languages: ${byLang(L)}`);
lines.push(`  cases using look-alike markers: ${markerLine('l')}`);
lines.push(`honest twin pairs: ${twinPairs} (English ${P.filter((x) => x.twin && x.lang === 'en').length}, other languages ${P.filter((x) => x.twin && x.lang !== 'en').length})`);
lines.push('by file (poisoned / legitimate):');
for (const [f] of sources) lines.push(`  ${f.padEnd(18)} ${String(fileCount[f]?.p || 0).padStart(3)} / ${String(fileCount[f]?.l || 0).padStart(3)}`);
lines.push(`poisoned families (${Object.keys(pFam).length}):`);
lines.push('  ' + sortedEntries(pFam).map(([k, v]) => `${k} ${v}`).join(', '));
lines.push(`legitimate server kinds (${Object.keys(lKind).length}):`);
lines.push('  ' + sortedEntries(lKind).map(([k, v]) => `${k} ${v}`).join(', '));
console.log(lines.join('\n'));
