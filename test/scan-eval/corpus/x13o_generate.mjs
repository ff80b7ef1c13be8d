#!/usr/bin/env node
// Training round x13o generator. Node built-ins only, deterministic.
// Usage: node test/scan-eval/corpus/x13o_generate.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = ['poisoned_en.mjs', 'legit_en.mjs', 'twins.mjs', 'i18n_group1.mjs', 'i18n_group2.mjs', 'i18n_group3.mjs', 'slots.mjs'];
const raw = [];
for (const m of modules) {
  const mod = await import(path.join(here, 'x13o', m));
  for (const c of mod.cases) raw.push({ ...c, module: m });
}

// ---- character transforms ----
const CYR = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041d', K: '\u041a', M: '\u041c', B: '\u0412' };
const T = {
  tag: (s) => [...s].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join(''),
  zw: (s) => [...s].join('\u200b'),
  zwj: (s) => [...s].join('\u200d'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  cyr: (s) => [...s].map((ch) => CYR[ch] || ch).join(''),
  fw: (s) => [...s].map((ch) => (ch === ' ' ? '\u3000' : ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join(''),
  ansi: (s) => '\x1b[8m' + s + '\x1b[28m',
  ansiup: (s) => s + '\x1b[1A\x1b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((x) => '%' + x.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARK = /\{\{(tag|zwj|zw|bidi|cyr|fw|ansiup|ansi|b64|hex|pct):([^{}]*)\}\}/g;
const plainTexts = [];
function expandStr(s) { return s.replace(MARK, (_, k, body) => { plainTexts.push(body); return T[k](body); }); }
function expand(v) {
  if (typeof v === 'string') return expandStr(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, val] of Object.entries(v)) out[expandStr(k)] = expand(val);
    return out;
  }
  return v;
}

// ---- build & validate ----
const errors = [];
const ids = new Set();
const descs = new Map();
const out = { poisoned: [], legit: [] };
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/(?:[^@\/\s"'<>]*@)?([A-Za-z0-9.-]+)/g;
const MAIL_RE = /(?<=\S)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g;
const okHost = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h) || /^(example|test|invalid)$/.test(h); };
function checkHosts(text, where) {
  for (const m of text.matchAll(URL_RE)) if (!okHost(m[1])) errors.push(`${where}: URL host not reserved: ${m[1]}`);
  for (const m of text.matchAll(MAIL_RE)) if (!okHost(m[1])) errors.push(`${where}: mail domain not reserved: ${m[1]}`);
}
const MARK_LEFT = /\{\{[a-z0-9]+:/;
function hasMarker(v) {
  if (typeof v === 'string') return MARK_LEFT.test(v) || v.includes('{{' + 'tag') ;
  if (Array.isArray(v)) return v.some(hasMarker);
  if (v && typeof v === 'object') return Object.entries(v).some(([k, x]) => MARK_LEFT.test(k) || hasMarker(x));
  return false;
}
function descText(c) {
  const parts = [c.tool.description];
  const walk = (v, k) => {
    if (typeof v === 'string') { if (k === 'description' || k === 'title' || k === '$comment') parts.push(v); return; }
    if (Array.isArray(v)) return v.forEach((x) => walk(x, k));
    if (v && typeof v === 'object') for (const [kk, x] of Object.entries(v)) { parts.push('#' + kk); walk(x, kk); }
  };
  walk(c.tool.inputSchema, ''); walk(c.tool.outputSchema, ''); walk(c.tool.annotations, '');
  if (c.server) parts.push(JSON.stringify(c.server));
  return parts.join('\n');
}
const slugify = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

for (const c of raw) {
  const where = `${c.module}:${c.tool && c.tool.name}`;
  if (!c.family || !c.lang) { errors.push(`${where}: family/lang missing`); continue; }
  const slug = c.slug ? slugify(c.slug) : slugify(c.tool.name);
  const id = (c.kind === 'poisoned' ? 'x13o-' : 'x13ol-') + c.lang + '-' + slug;
  if (ids.has(id)) errors.push(`${where}: duplicate id ${id}`);
  ids.add(id);
  const before = plainTexts.length;
  const tool = expand(c.tool);
  const server = c.server === undefined ? undefined : expand(c.server);
  const raws = plainTexts.slice(before).join('\n');
  const all = JSON.stringify({ tool, server }) + '\n' + raws + '\n' + JSON.stringify({ t: c.tool, s: c.server });
  checkHosts(all.replace(/\\u[0-9a-f]{4}/gi, ' ').replace(/\\[nrt]/g, ' '), id);
  if (hasMarker({ tool, server })) errors.push(`${id}: unexpanded marker`);
  if (typeof tool.name !== 'string' || !tool.name.trim()) errors.push(`${id}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${id}: empty description`);
  else {
    // The description text of a case: the tool description plus every nested
    // description/title and the server block (twins whose clause sits in a
    // parameter or in server instructions share the top-level description).
    const key = descText({ tool, server });
    if (descs.has(key)) errors.push(`${id}: description duplicates ${descs.get(key)}`);
    descs.set(key, id);
  }
  const sch = tool.inputSchema;
  if (!sch || typeof sch !== 'object' || Array.isArray(sch) || sch.type !== 'object') errors.push(`${id}: inputSchema must be an object schema`);
  else {
    const props = sch.properties || {};
    if (typeof props !== 'object' || Array.isArray(props)) errors.push(`${id}: properties must be an object`);
    for (const r of sch.required || []) if (!(r in props)) errors.push(`${id}: required names missing property ${r}`);
  }
  if (server !== undefined) {
    if (!server || typeof server !== 'object' || Array.isArray(server)) errors.push(`${id}: server must be an object`);
    else for (const [k, v] of Object.entries(server)) {
      if (k === 'instructions') { if (typeof v !== 'string') errors.push(`${id}: server.instructions must be a string`); }
      else if (k === 'prompts' || k === 'resources') { if (!Array.isArray(v)) errors.push(`${id}: server.${k} must be an array`); }
      else errors.push(`${id}: server has unknown member ${k}`);
    }
  }
  const rec = { id, family: c.family, lang: c.lang, tool };
  if (server !== undefined) rec.server = server;
  (c.kind === 'poisoned' ? out.poisoned : c.kind === 'legit' ? out.legit : (errors.push(`${id}: bad kind`), [])).push(rec);
}

function summary(list, label) {
  const fam = new Map(), lang = new Map();
  for (const c of list) { fam.set(c.family, (fam.get(c.family) || 0) + 1); lang.set(c.lang, (lang.get(c.lang) || 0) + 1); }
  const fmt = (m) => [...m.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(' ');
  const twins = list.filter((c) => c.id.endsWith('-twin')).length;
  const en = list.filter((c) => c.lang === 'en').length;
  console.log(`${label}: ${list.length} cases, ${fam.size} families/kinds, ${lang.size} languages, English ${en} (${Math.round((100 * en) / Math.max(1, list.length))}%)` + (label === 'risky_legit' ? `, honest twins ${twins}` : ''));
  console.log(`  families: ${fmt(fam)}`);
  console.log(`  languages: ${fmt(lang)}`);
}

if (errors.length) {
  for (const e of errors) console.error('x13o: ' + e);
  console.error(`x13o: ${errors.length} violation(s); nothing written`);
  process.exit(1);
}
const corpusDir = here;
const write = (sub, list) => fs.writeFileSync(path.join(corpusDir, sub, 'x13o.json'), JSON.stringify({ round: 'x13o', training: true, cases: list }, null, 1) + '\n');
write('poisoned', out.poisoned);
write('risky_legit', out.legit);
summary(out.poisoned, 'poisoned');
summary(out.legit, 'risky_legit');
