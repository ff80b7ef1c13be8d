#!/usr/bin/env node
// Blind round 21 generator: expands markers in the hand-written cases under
// ./blind21/, assigns ids, validates, and writes
//   poisoned/blind21.json and risky_legit/blind21.json  ({"cases": [...]})
// Deterministic (mulberry32, fixed seed). Node built-ins only.
// On any violation: prints the problems, writes nothing, exits 1.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = [
  'poisoned_en.mjs', 'legit_en.mjs', 'twins.mjs',
  'intl_group1.mjs', 'intl_group2.mjs', 'intl_group3.mjs', 'slots.mjs',
];

let seed = 0x21b1d21;
function rand() { // mulberry32
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');

const CYR = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041d', K: '\u041a', M: '\u041c', B: '\u0412' };
const transforms = {
  tag: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c < 0x80 ? String.fromCodePoint(0xe0000 + c) : ch; }).join(''),
  zw: (s) => [...s].join('\u200b'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  cyr: (s) => [...s].map((ch) => CYR[ch] ?? ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c === 0x20 ? '\u3000' : c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ansi: (s) => '\x1b[8m' + s + '\x1b[28m',
  cup: (s) => s + '\n\x1b[1A\x1b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  rnd: (s) => {
    const [kind, len] = s.split(':'); const n = Number(len) || 16;
    if (kind === 'hex') return pick('0123456789abcdef', n);
    if (kind === 'num') return pick('0123456789', n);
    return pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', n);
  },
};
const MARKER = /⟦([a-z0-9]+):([^⟦⟧]*)⟧/;
const problems = [];
function expand(s, where) {
  let m;
  while ((m = MARKER.exec(s))) {
    const f = transforms[m[1]];
    if (!f) { problems.push(`${where}: unknown marker ${m[1]}`); return s; }
    s = s.slice(0, m.index) + f(m[2]) + s.slice(m.index + m[0].length);
  }
  return s;
}
// ⟪…⟫ resolution: keep = poisoned, drop = honest twin
function clauses(s, keep) { return s.replace(/⟪([^⟪⟫]*)⟫/g, keep ? '$1' : '').replace(/ {2,}/g, ' ').replace(/ ([.,;:])/g, '$1').trim(); }
function resolve(v, keep) {
  if (typeof v === 'string') return keep ? v.replace(/⟪([^⟪⟫]*)⟫/g, '$1') : clauses(v, false);
  if (Array.isArray(v)) return v.map((x) => resolve(x, keep)).filter((x) => x !== '');
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const dropKey = /^⟪.*⟫$/.test(k);
      if (dropKey && !keep) continue;
      if (k === 'required' && Array.isArray(x) && !keep) {
        out[k] = x.filter((r) => !/^⟪.*⟫$/.test(r));
        if (!out[k].length) delete out[k];
        continue;
      }
      out[dropKey ? k.slice(1, -1) : keep ? resolve(k, true) : k] = resolve(x, keep);
    }
    return out;
  }
  return v;
}
function deepExpand(v, where) {
  if (typeof v === 'string') return expand(v, where);
  if (Array.isArray(v)) return v.map((x) => deepExpand(x, where));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[expand(k, where)] = deepExpand(x, where);
    return out;
  }
  return v;
}
function strings(v, acc = []) {
  if (typeof v === 'string') acc.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, acc));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { acc.push(k); strings(x, acc); }
  return acc;
}
const OK_HOST = (h) => h === '' || !h.includes('.') || /\.(example|test|invalid)$/i.test(h);
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^/\s"'<>)\]`?#⟦⟧⟪⟫]*)/gi)) {
    const host = m[1].replace(/^.*@/, '').replace(/[.,;:!]+$/, '').replace(/:\d+$/, '');
    if (!OK_HOST(host)) problems.push(`${where}: URL host not allowed: ${host}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]*)\b/g)) {
    if (!OK_HOST(m[1])) problems.push(`${where}: mail host not allowed: ${m[1]}`);
  }
  for (const m of text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(com|org|net|io|dev|xyz|ru|cn|app|cloud|ai)\b/gi)) {
    problems.push(`${where}: real-looking domain: ${m[0]}`);
  }
}

const all = [];
for (const file of modules) {
  const mod = await import(join(here, 'blind21', file));
  if (!Array.isArray(mod.cases)) { problems.push(`${file}: no exported cases array`); continue; }
  for (const c of mod.cases) all.push({ ...c, file });
}
const poisonedByKey = new Map(all.filter((c) => c.kind === 'p').map((c) => [`${c.lang}/${c.slug}`, c]));

const poisoned = [], legit = [];
const ids = new Set(), descs = new Map();
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
for (const c of all) {
  const where = `${c.file}:${c.lang}/${c.slug}`;
  if (!/^[a-z]{2}$/.test(c.lang || '')) problems.push(`${where}: bad lang`);
  if (!SLUG.test(c.slug || '')) problems.push(`${where}: bad slug`);
  if (!c.family) problems.push(`${where}: missing family`);
  let tool, server;
  if (c.kind === 'twin') {
    const src = poisonedByKey.get(`${c.lang}/${c.slug}`);
    if (!src) { problems.push(`${where}: twin of unknown poisoned case`); continue; }
    tool = resolve(src.tool, false); server = src.server ? resolve(src.server, false) : undefined;
    if (JSON.stringify(tool) === JSON.stringify(resolve(src.tool, true)) && JSON.stringify(server) === JSON.stringify(src.server && resolve(src.server, true)))
      problems.push(`${where}: twin identical to poisoned case (no ⟪clause⟫)`);
  } else {
    tool = resolve(c.tool, true); server = c.server ? resolve(c.server, true) : undefined;
  }
  const raw = JSON.stringify({ tool, server });
  checkHosts(raw.replace(/⟦[a-z0-9]+:/g, ' '), where);
  tool = deepExpand(tool, where); server = server && deepExpand(server, where);
  const id = `${c.kind === 'p' ? 'b21' : 'b21l'}-${c.lang}-${c.slug}`;
  if (ids.has(id)) problems.push(`${where}: duplicate id ${id}`);
  ids.add(id);
  // tool shape
  if (!tool || typeof tool !== 'object') { problems.push(`${where}: tool missing`); continue; }
  if (typeof tool.name !== 'string' || !tool.name.trim()) problems.push(`${where}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) problems.push(`${where}: empty description`);
  const is = tool.inputSchema;
  if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') problems.push(`${where}: inputSchema must be an object schema`);
  else {
    const pr = is.properties ?? {};
    if (typeof pr !== 'object' || Array.isArray(pr)) problems.push(`${where}: properties must be an object`);
    for (const r of is.required ?? []) if (!(r in pr)) problems.push(`${where}: required names missing property ${r}`);
  }
  if (server !== undefined) {
    if (!server || typeof server !== 'object' || Array.isArray(server)) problems.push(`${where}: server must be an object`);
    else for (const [k, v] of Object.entries(server)) {
      if (k === 'instructions') { if (typeof v !== 'string' || !v) problems.push(`${where}: server.instructions must be a non-empty string`); }
      else if (k === 'prompts') { if (!Array.isArray(v) || v.some((p) => !p || typeof p.name !== 'string' || !p.name)) problems.push(`${where}: server.prompts must be an array of named prompts`); }
      else if (k === 'resources') { if (!Array.isArray(v) || v.some((r) => !r || typeof r.uri !== 'string' || typeof r.name !== 'string')) problems.push(`${where}: server.resources must be an array of {uri,name}`); }
      else problems.push(`${where}: unknown server member ${k}`);
    }
  }
  const d = typeof tool.description === 'string' ? tool.description : '';
  if (descs.has(d)) problems.push(`${where}: description duplicates ${descs.get(d)}`);
  descs.set(d, id);
  const text = strings({ tool, server }).join('\n');
  if (/[⟦⟧⟪⟫]/.test(text)) problems.push(`${where}: unexpanded marker`);
  const out = { id, family: c.family, lang: c.lang, tool };
  if (server) out.server = server;
  (c.kind === 'p' ? poisoned : legit).push(out);
}

function table(title, cases) {
  const fam = {}, lang = {};
  for (const c of cases) { fam[c.family] = (fam[c.family] || 0) + 1; lang[c.lang] = (lang[c.lang] || 0) + 1; }
  const en = lang.en || 0;
  console.log(`${title}: ${cases.length} cases, ${Object.keys(fam).length} families, ${Object.keys(lang).length} languages (en ${(100 * en / Math.max(1, cases.length)).toFixed(0)}%)`);
  console.log('  families: ' + Object.entries(fam).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', '));
  console.log('  languages: ' + Object.entries(lang).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', '));
}
table('poisoned', poisoned);
table('risky_legit', legit);
console.log(`honest twins: ${all.filter((c) => c.kind === 'twin').length}`);

if (problems.length) {
  console.error(`\n${problems.length} problem(s); nothing written:`);
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}
const root = dirname(here) === here ? here : here;
writeFileSync(join(root, 'poisoned', 'blind21.json'), JSON.stringify({ cases: poisoned }, null, 1) + '\n');
writeFileSync(join(root, 'risky_legit', 'blind21.json'), JSON.stringify({ cases: legit }, null, 1) + '\n');
console.log('wrote poisoned/blind21.json and risky_legit/blind21.json');
