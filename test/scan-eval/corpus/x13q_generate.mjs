#!/usr/bin/env node
// Training round x13q generator (Node built-ins only, deterministic).
// Reads the hand-written modules in ./x13q/, expands character-transform markers,
// assigns ids, validates, and writes poisoned/x13q.json and risky_legit/x13q.json.
// Usage: node test/scan-eval/corpus/x13q_generate.mjs
// Exits 1 and writes nothing on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import poisonedEn from './x13q/poisoned_en.mjs';
import legitEn from './x13q/legit_en.mjs';
import twins from './x13q/twins.mjs';
import slots from './x13q/slots.mjs';
import groupA from './x13q/i18n_a.mjs';
import groupB from './x13q/i18n_b.mjs';
import groupC from './x13q/i18n_c.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'zh', 'ja', 'ko', 'vi', 'id'];

// ---- character transforms
const CYR = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', j: '\u0458',
  A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425' };
const TRANSFORMS = {
  tag: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : ch; }).join(''),
  zw: (s) => [...s].join('\u200b'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  cyr: (s) => [...s].map((ch) => CYR[ch] || ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.charCodeAt(0); return ch === ' ' ? '\u3000' : c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : ch; }).join(''),
  ansi: (s) => '\u001b[8m' + s + '\u001b[0m',
  up: (s) => s + '\r\u001b[2K\u001b[1A\u001b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARKER = /\{\{(tag|zw|bidi|cyr|fw|ansi|up|b64|hex|pct):([^{}]*)\}\}/g;
const LEFTOVER = /\{\{(tag|zw|bidi|cyr|fw|ansi|up|b64|hex|pct):|@@/;
const expandStr = (s) => s.replace(MARKER, (_, k, body) => TRANSFORMS[k](body));
function expand(v) {
  if (typeof v === 'string') return expandStr(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) o[expandStr(k)] = expand(x);
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

// ---- host checks
const okHost = (h) => {
  h = h.toLowerCase().replace(/\.+$/, '');
  return h === '' || !h.includes('.') || /\.(example|test|invalid)$/.test(h);
};
function badHosts(s) {
  const bad = [];
  for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>?#)\]`]*)/gi)) {
    let a = m[1];
    if (a.includes('@')) a = a.slice(a.lastIndexOf('@') + 1);
    a = a.replace(/:\d*$/, '');
    if (!okHost(a)) bad.push(a);
  }
  for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) if (!okHost(m[1])) bad.push(m[1]);
  return bad;
}

// ---- build
const all = [poisonedEn, twins, slots, legitEn, groupA, groupB, groupC].flat(2);
const errors = [];
const ids = new Set();
const descs = new Map();
const out = { p: [], l: [] };
for (const raw of all) {
  const id = (raw.kind === 'p' ? 'x13q-' : 'x13ql-') + raw.lang + '-' + raw.slug;
  const where = id;
  if (!['p', 'l'].includes(raw.kind)) errors.push(`${where}: bad kind`);
  if (!LANGS.includes(raw.lang)) errors.push(`${where}: unknown lang ${raw.lang}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(raw.slug)) errors.push(`${where}: bad slug`);
  if (!raw.family || typeof raw.family !== 'string') errors.push(`${where}: empty family`);
  if (ids.has(id)) errors.push(`${where}: duplicate id`);
  ids.add(id);
  for (const s of strings([raw.tool, raw.server || {}])) for (const h of badHosts(s)) errors.push(`${where}: host not under .example/.test/.invalid: ${h}`);
  if (!raw.tool || typeof raw.tool !== 'object') { errors.push(`${where}: tool must be an object`); continue; }
  const tool = expand(raw.tool);
  const server = raw.server ? expand(raw.server) : undefined;
  for (const s of strings([tool, server || {}])) {
    if (LEFTOVER.test(s)) errors.push(`${where}: unexpanded marker in ${JSON.stringify(s.slice(0, 60))}`);
    for (const h of badHosts(s)) errors.push(`${where}: host not under .example/.test/.invalid: ${h}`);
  }
  if (typeof tool.name !== 'string' || !tool.name.trim()) errors.push(`${where}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${where}: empty description`);
  else if (descs.has(tool.description)) errors.push(`${where}: description duplicates ${descs.get(tool.description)}`);
  else descs.set(tool.description, id);
  const is = tool.inputSchema;
  if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') errors.push(`${where}: inputSchema must be an object schema`);
  else {
    const props = is.properties || {};
    if (typeof props !== 'object' || Array.isArray(props)) errors.push(`${where}: properties must be an object`);
    for (const r of is.required || []) if (!(r in props)) errors.push(`${where}: required "${r}" is not a property`);
  }
  if (tool.outputSchema) for (const r of tool.outputSchema.required || []) if (!(r in (tool.outputSchema.properties || {}))) errors.push(`${where}: outputSchema required "${r}" missing`);
  if (server !== undefined) {
    if (!server || typeof server !== 'object' || Array.isArray(server)) errors.push(`${where}: server must be an object`);
    else for (const [k, v] of Object.entries(server)) {
      if (k === 'instructions') { if (typeof v !== 'string') errors.push(`${where}: server.instructions must be a string`); }
      else if (k === 'prompts' || k === 'resources') { if (!Array.isArray(v)) errors.push(`${where}: server.${k} must be an array`); }
      else errors.push(`${where}: unknown server member ${k}`);
    }
  }
  const c = { id, family: raw.family, lang: raw.lang, tool };
  if (server) c.server = server;
  out[raw.kind].push(c);
}
if (errors.length) {
  for (const e of errors) console.error('x13q: ' + e);
  console.error(`x13q: ${errors.length} violation(s); nothing written`);
  process.exit(1);
}

function report(label, cases) {
  const fam = new Map(), lang = new Map();
  for (const c of cases) { fam.set(c.family, (fam.get(c.family) || 0) + 1); lang.set(c.lang, (lang.get(c.lang) || 0) + 1); }
  const en = lang.get('en') || 0;
  console.log(`${label}: ${cases.length} cases, ${fam.size} families, ${lang.size} languages (en ${en}, ${Math.round((100 * en) / cases.length)}%)`);
  console.log('  languages: ' + LANGS.filter((l) => lang.has(l)).map((l) => `${l} ${lang.get(l)}`).join(', '));
  console.log('  families: ' + [...fam].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f, n]) => `${f} ${n}`).join(', '));
}
report('poisoned', out.p);
report('risky_legit', out.l);
const tw = out.l.filter((c) => c.id.endsWith('-twin'));
console.log(`honest twins: ${tw.length} (en ${tw.filter((c) => c.lang === 'en').length}, non-en ${tw.filter((c) => c.lang !== 'en').length})`);

const doc = (kind, cases) => JSON.stringify({ round: 'x13q', purpose: 'training', kind, cases }, null, 2) + '\n';
writeFileSync(join(HERE, 'poisoned', 'x13q.json'), doc('poisoned', out.p));
writeFileSync(join(HERE, 'risky_legit', 'x13q.json'), doc('risky_legit', out.l));
console.log('wrote poisoned/x13q.json and risky_legit/x13q.json');
