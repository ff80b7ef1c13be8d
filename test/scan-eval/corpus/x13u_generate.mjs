#!/usr/bin/env node
// Training round x13u generator: node test/scan-eval/corpus/x13u_generate.mjs
// Deterministic, Node built-ins only. Writes poisoned/x13u.json and risky_legit/x13u.json,
// or nothing at all (exit 1) when any validation fails.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = ['poisoned_en', 'legit_en', 'twins', 'intl_a', 'intl_b', 'intl_c', 'slots'];

const cases = [];
for (const m of modules) {
  const mod = await import(path.join(here, 'x13u', m + '.mjs'));
  for (const c of mod.cases) cases.push({ ...c, module: m });
}

// ---------- marker expansion ----------
const CYR = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456',
  A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', X: '\u0425', T: '\u0422', H: '\u041d', K: '\u041a', M: '\u041c', B: '\u0412' };
const ZW = ['\u200b', '\u200c', '\u2060', '\u200d'];
const transforms = {
  tag: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : ch; }).join(''),
  zw: (s) => [...s].map((ch, i) => (i === 0 ? ch : ZW[i % ZW.length] + ch)).join(''),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  cyr: (s) => [...s].map((ch) => CYR[ch] || ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c === 0x20 ? '\u3000' : c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ansi: (s) => '\u001b[8m' + s + '\u001b[0m',
  ansiup: (s) => s + '\n\u001b[1A\u001b[2K\r',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARK = /\{\{(tag|zw|bidi|cyr|fw|ansi|ansiup|b64|hex|pct):([\s\S]*?)\}\}/g;
const markerUse = {};
function expandStr(s) {
  return s.replace(MARK, (_, k, t) => { markerUse[k] = (markerUse[k] || 0) + 1; return transforms[k](t); });
}
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

// ---------- validation ----------
const errors = [];
const err = (c, msg) => errors.push(`${c.id || c.slug} [${c.module}]: ${msg}`);
const OKHOST = /(\.example|\.test|\.invalid)$/i;
function hostOk(h) { h = h.toLowerCase().replace(/\.$/, ''); return !h.includes('.') || OKHOST.test(h); }
function allStrings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); allStrings(x, out); }
  return out;
}
function checkHosts(c, strings) {
  for (const s0 of strings) {
    const s = s0.replace(/\{\{\w+:/g, ' ').replace(/\}\}/g, ' ');
    for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/"'<>)\]}?#,;`|\\]+)/gi)) {
      const host = m[1].split('@').pop().replace(/:\d*$/, '');
      if (host && !hostOk(host)) err(c, `URL host not allowed: ${host}`);
    }
    for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
      if (!hostOk(m[1])) err(c, `mail host not allowed: ${m[1]}`);
    }
    for (const m of s.matchAll(/\bwww\.[a-z0-9.-]+/gi)) if (!hostOk(m[0])) err(c, `host not allowed: ${m[0]}`);
  }
}
function checkSchema(c, sch, where) {
  if (!sch || typeof sch !== 'object' || Array.isArray(sch)) { err(c, `${where} must be an object`); return; }
  const props = sch.properties || {};
  if (sch.required !== undefined) {
    if (!Array.isArray(sch.required)) err(c, `${where}.required not an array`);
    else for (const r of sch.required) if (!(r in props)) err(c, `${where}.required names missing property ${r}`);
  }
}

const LANGS = new Set(['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'pl', 'uk', 'tr', 'cs', 'sv', 'zh', 'ja', 'ko', 'ar', 'hi', 'vi']);
const ids = new Set();
const descs = new Map();
const out = { poisoned: [], legit: [] };
for (const c of cases) {
  c.id = c.kind === 'poisoned' ? `x13u-${c.lang}-${c.slug}` : `x13ul-${c.lang}-${c.slug}${c.twin ? '-twin' : ''}`;
  if (!/^[a-z0-9-]+$/.test(c.slug || '')) err(c, 'bad slug');
  if (!LANGS.has(c.lang)) err(c, `unknown lang ${c.lang}`);
  if (!c.family) err(c, 'empty family');
  if (ids.has(c.id)) err(c, 'duplicate id'); ids.add(c.id);
  checkHosts(c, allStrings([c.tool, c.server || {}]));
  const t = expand(c.tool);
  const server = c.server ? expand(c.server) : undefined;
  if (!t || typeof t !== 'object') { err(c, 'tool not an object'); continue; }
  if (typeof t.name !== 'string' || !t.name.trim()) err(c, 'empty tool name');
  if (typeof t.description !== 'string' || !t.description.trim()) err(c, 'empty description');
  checkSchema(c, t.inputSchema, 'inputSchema');
  if (t.outputSchema !== undefined) checkSchema(c, t.outputSchema, 'outputSchema');
  if (server !== undefined) {
    if (typeof server !== 'object' || Array.isArray(server)) err(c, 'server not an object');
    for (const [k, v] of Object.entries(server)) {
      if (k === 'instructions') { if (typeof v !== 'string') err(c, 'server.instructions not a string'); }
      else if (k === 'prompts' || k === 'resources') { if (!Array.isArray(v)) err(c, `server.${k} not an array`); }
      else err(c, `server has unknown member ${k}`);
    }
  }
  const d = t.description;
  if (descs.has(d)) err(c, `duplicate description (also ${descs.get(d)})`); else descs.set(d, c.id);
  for (const s of allStrings([t, server || {}])) if (/\{\{\w+:/.test(s) || /\{\{|\}\}/.test(s) && /\{\{(tag|zw|bidi|cyr|fw|ansi|ansiup|b64|hex|pct)/.test(s)) err(c, 'unexpanded marker');
  const rec = { id: c.id, family: c.family, lang: c.lang, tool: t };
  if (server) rec.server = server;
  (c.kind === 'poisoned' ? out.poisoned : out.legit).push(rec);
}

if (errors.length) {
  for (const e of errors.slice(0, 60)) console.error('x13u: ' + e);
  console.error(`x13u: ${errors.length} violation(s); nothing written`);
  process.exit(1);
}

// ---------- report ----------
function tally(list, key) { const m = {}; for (const c of list) m[c[key]] = (m[c[key]] || 0) + 1; return m; }
function show(title, m) {
  const rows = Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`${title} (${rows.length}): ` + rows.map(([k, v]) => `${k}=${v}`).join(' '));
}
const twins = out.legit.filter((c) => c.id.endsWith('-twin')).length;
const enP = out.poisoned.filter((c) => c.lang === 'en').length;
const enL = out.legit.filter((c) => c.lang === 'en').length;
console.log(`x13u poisoned: ${out.poisoned.length} cases (en ${enP}, ${Math.round((100 * enP) / out.poisoned.length)}%)`);
show('  families', tally(out.poisoned, 'family'));
show('  languages', tally(out.poisoned, 'lang'));
console.log(`x13u risky_legit: ${out.legit.length} cases (en ${enL}, ${Math.round((100 * enL) / out.legit.length)}%), honest twins ${twins}`);
show('  server kinds', tally(out.legit, 'family'));
show('  languages', tally(out.legit, 'lang'));
show('markers expanded', markerUse);

const write = (rel, list) => {
  const file = path.join(here, rel);
  fs.writeFileSync(file, JSON.stringify({ round: 'x13u', training: true, cases: list }, null, 2) + '\n');
  console.log(`wrote ${path.relative(path.join(here, '..', '..', '..'), file)}`);
};
write('poisoned/x13u.json', out.poisoned);
write('risky_legit/x13u.json', out.legit);
