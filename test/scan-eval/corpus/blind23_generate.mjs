#!/usr/bin/env node
// Blind round 23 generator: expands character-transform markers in the
// hand-written cases under ./blind23/, assigns ids, validates, and writes
//   poisoned/blind23.json and risky_legit/blind23.json
// Deterministic; Node built-ins only. Exits 1 writing nothing on any violation.
//
//   node test/scan-eval/corpus/blind23_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { poisonedEn } from './blind23/poisoned_en.mjs';
import { legitEn } from './blind23/legit_en.mjs';
import { twins } from './blind23/twins.mjs';
import { groupA } from './blind23/lang_a.mjs';
import { groupB } from './blind23/lang_b.mjs';
import { groupC } from './blind23/lang_c.mjs';
import { slotCases } from './blind23/slots.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const errors = [];
const fail = (m) => errors.push(m);

// ---------- character transforms ----------
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', T: 'Т', H: 'Н', K: 'К', M: 'М', B: 'В' };
const TRANSFORMS = {
  tag: (s) => {
    if (/[^\x20-\x7e]/.test(s)) fail(`tag marker needs printable ASCII: ${s}`);
    return [...s].map((ch) => String.fromCodePoint(0xe0000 + ch.charCodeAt(0))).join('');
  },
  zw: (s) => [...s].join('\u200b'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  cyr: (s) => [...s].map((ch) => CYR[ch] || ch).join(''),
  fw: (s) => [...s].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x20) return '\u3000';
    if (c > 0x20 && c < 0x7f) return String.fromCharCode(c + 0xfee0);
    return ch;
  }).join(''),
  ansi: (s) => '\u001b[8m' + s + '\u001b[0m',
  ansiup: (s) => '\n' + s + '\r\u001b[2K\u001b[1A',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARKER = /\{\{(tag|zw|bidi|cyr|fw|ansi|ansiup|b64|hex|pct):([\s\S]*?)\}\}/g;
const LEFTOVER = /\{\{[a-z]+:/;

const expandStr = (s) => s.replace(MARKER, (_, k, body) => TRANSFORMS[k](body));
function expand(v) {
  if (typeof v === 'string') return expandStr(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expandStr(k)] = expand(x);
    return o;
  }
  return v;
}

// ---------- text walk helpers ----------
function* strings(v) {
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      yield k;
      yield* strings(x);
    }
  }
}

const OK_HOST = (h) => {
  const host = h.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return !host.includes('.') || /\.(example|test|invalid)$/.test(host);
};
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/(?:[^@\/\s"'<>]*@)?([^\/\s"'<>)?#`:]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const REAL_TLD = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|co|ai|app|gov|edu|cn|ru|de|jp)\b(?![.\w-]*\.(?:example|test|invalid))/gi;

function checkHosts(where, v) {
  for (const s of strings(v)) {
    for (const m of s.matchAll(URL_RE)) if (!OK_HOST(m[1])) fail(`${where}: URL host not allowed: ${m[1]}`);
    for (const m of s.matchAll(MAIL_RE)) if (!OK_HOST(m[1])) fail(`${where}: mail domain not allowed: ${m[1]}`);
    for (const m of s.matchAll(REAL_TLD)) fail(`${where}: real-looking domain: ${m[0]}`);
  }
}

// ---------- assemble ----------
const poisonedSpecs = [
  ...poisonedEn,
  ...slotCases.filter((c) => c.kind === 'poisoned'),
  ...groupA.poisoned,
  ...groupB.poisoned,
  ...groupC.poisoned,
];
const legitSpecs = [
  ...legitEn,
  ...slotCases.filter((c) => c.kind === 'legit'),
  ...twins,
  ...groupA.legit,
  ...groupB.legit,
  ...groupC.legit,
];

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const LANG = /^[a-z]{2}$/;
const ids = new Set();
const descriptions = new Map();

function finish(spec, prefix) {
  const where = `${prefix}-${spec.lang}-${spec.slug}`;
  if (!SLUG.test(spec.slug)) fail(`${where}: slug must be lowercase ASCII`);
  if (!LANG.test(spec.lang)) fail(`${where}: bad lang`);
  if (!spec.family) fail(`${where}: empty family`);
  checkHosts(where + ' (source)', [spec.tool, spec.server || {}]);
  const c = { id: where, family: spec.family, lang: spec.lang, tool: expand(spec.tool) };
  if (spec.server) c.server = expand(spec.server);
  checkHosts(where, [c.tool, c.server || {}]);

  if (ids.has(c.id)) fail(`${where}: duplicate id`);
  ids.add(c.id);
  const t = c.tool;
  if (typeof t.name !== 'string' || !t.name.trim()) fail(`${where}: empty tool name`);
  if (typeof t.description !== 'string' || !t.description.trim()) fail(`${where}: empty description`);
  else if (descriptions.has(t.description)) fail(`${where}: description duplicates ${descriptions.get(t.description)}`);
  else descriptions.set(t.description, where);
  const s = t.inputSchema;
  if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') fail(`${where}: inputSchema must be an object schema`);
  else {
    const props = s.properties || {};
    if (typeof props !== 'object' || Array.isArray(props)) fail(`${where}: properties must be an object`);
    for (const r of s.required || []) if (!(r in props)) fail(`${where}: required names missing property ${r}`);
    for (const [k, p] of Object.entries(props)) {
      if (!k) fail(`${where}: empty property name`);
      if (p && 'description' in p && !String(p.description).trim()) fail(`${where}: empty description on ${k}`);
    }
  }
  if (c.server) {
    for (const [k, v] of Object.entries(c.server)) {
      if (k === 'instructions') { if (typeof v !== 'string') fail(`${where}: server.instructions must be a string`); }
      else if (k === 'prompts' || k === 'resources') { if (!Array.isArray(v)) fail(`${where}: server.${k} must be an array`); }
      else fail(`${where}: unknown server member ${k}`);
    }
  }
  for (const str of strings([c.tool, c.server || {}])) {
    if (LEFTOVER.test(str)) fail(`${where}: unexpanded marker`);
  }
  return c;
}

const poisoned = poisonedSpecs.map((s) => finish(s, 'b23'));
const legit = legitSpecs.map((s) => finish(s, 'b23l'));

// ---------- report ----------
function counts(list, key) {
  const m = new Map();
  for (const c of list) m.set(c[key], (m.get(c[key]) || 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
function report(title, list) {
  const fam = counts(list, 'family');
  const lang = counts(list, 'lang');
  const en = list.filter((c) => c.lang === 'en').length;
  console.log(`${title}: ${list.length} cases, ${fam.length} families, ${lang.length} languages (en ${Math.round((100 * en) / list.length)}%)`);
  console.log('  families: ' + fam.map(([k, n]) => `${k} ${n}`).join(', '));
  console.log('  languages: ' + lang.map(([k, n]) => `${k} ${n}`).join(', '));
}

if (errors.length) {
  for (const e of errors) console.error('error: ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}

report('poisoned', poisoned);
report('risky_legit', legit);
console.log(`honest twins: ${twins.length}`);

writeFileSync(join(here, 'poisoned', 'blind23.json'), JSON.stringify({ cases: poisoned }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind23.json'), JSON.stringify({ cases: legit }, null, 1) + '\n');
console.log('wrote poisoned/blind23.json and risky_legit/blind23.json');
