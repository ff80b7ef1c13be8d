#!/usr/bin/env node
// Blind round 26 generator: expands character-transform markers, assigns ids,
// validates, and writes poisoned/blind26.json and risky_legit/blind26.json.
// Node built-ins only; deterministic (fixed-seed PRNG in blind26/helpers.mjs).
// Usage: node test/scan-eval/corpus/blind26_generate.mjs [--check]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const mods = ['poisoned_en', 'legit_en', 'twins', 'nonen_a', 'nonen_b', 'nonen_c', 'slots'];
const poisonedRaw = [];
const legitRaw = [];
for (const m of mods) {
  const mod = await import(join(here, 'blind26', m + '.mjs'));
  poisonedRaw.push(...(mod.poisoned || []));
  legitRaw.push(...(mod.legit || []));
}

// ---- marker expansion ----
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х' };
const XF = {
  tag: (s) => [...s].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join(''),
  zw: (s) => [...s].join('\u200b'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  cyr: (s) => [...s].map((ch) => CYR[ch] || ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c === 32 ? '\u3000' : c > 32 && c < 127 ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ansi: (s) => '\u001b[8m' + s + '\u001b[28m',
  ansiup: (s) => s + '\u001b[1A\u001b[2K\r',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARK = /\{\{(tag|zw|bidi|cyr|fw|ansi|ansiup|b64|hex|pct):([\s\S]*?)\}\}/g;
const expandStr = (s) => s.replace(MARK, (_, k, body) => XF[k](body));
function expand(v) {
  if (typeof v === 'string') return expandStr(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, val] of Object.entries(v)) o[expandStr(k)] = expand(val);
    return o;
  }
  return v;
}

// ---- validation ----
const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const ALLOWED = /(\.example|\.test|\.invalid)$/i;
function hostsIn(text) {
  const out = [];
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^@\/\s"'<>]*@)?([^\/\s"'<>?#:\\)\]`,;]+)/gi)) out.push(m[1]);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) out.push(m[1]);
  return out;
}
function checkHosts(id, text) {
  for (const h of hostsIn(text)) {
    const hh = h.replace(/\.$/, '');
    if (!hh.includes('.')) continue; // bare internal host
    if (!ALLOWED.test(hh)) err(id, `host not under .example/.test/.invalid: ${hh}`);
  }
}
function walkStrings(v, fn) {
  if (typeof v === 'string') fn(v);
  else if (Array.isArray(v)) v.forEach((x) => walkStrings(x, fn));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { fn(k); walkStrings(x, fn); }
}
const ids = new Set();
const descs = new Map();
function build(raw, prefix) {
  const out = [];
  for (const r of raw) {
    const id = `${prefix}-${r.lang}-${r.slug}`;
    if (!r.slug || !/^[a-z0-9-]+$/.test(r.slug)) err(id, 'bad slug');
    if (!/^[a-z]{2}$/.test(r.lang || '')) err(id, 'bad lang');
    if (!r.family) err(id, 'no family');
    if (ids.has(id)) err(id, 'duplicate id');
    ids.add(id);
    // hosts checked before and after expansion (encoded payloads are checked in clear)
    walkStrings(r, (s) => checkHosts(id, s));
    const tool = expand(r.tool);
    const server = r.server ? expand(r.server) : undefined;
    walkStrings(tool, (s) => checkHosts(id, s));
    if (server) walkStrings(server, (s) => checkHosts(id, s));
    walkStrings({ tool, server }, (s) => { if (/\{\{[a-z]+:/.test(s) || s.includes('{CLAUSE}')) err(id, 'unexpanded marker'); });
    if (!tool || typeof tool !== 'object') { err(id, 'no tool'); continue; }
    if (typeof tool.name !== 'string' || !tool.name) err(id, 'empty tool name');
    if (typeof tool.description !== 'string' || !tool.description.trim()) err(id, 'empty description');
    const is = tool.inputSchema;
    if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') err(id, 'inputSchema must be an object schema');
    else {
      const props = is.properties || {};
      if (typeof props !== 'object' || Array.isArray(props)) err(id, 'properties not an object');
      for (const q of is.required || []) if (!(q in props)) err(id, `required names missing property ${q}`);
    }
    if (server) {
      for (const [k, v] of Object.entries(server)) {
        if (k === 'instructions') { if (typeof v !== 'string') err(id, 'server.instructions not a string'); }
        else if (k === 'prompts' || k === 'resources') { if (!Array.isArray(v)) err(id, `server.${k} not an array`); }
        else err(id, `unknown server member ${k}`);
      }
    }
    if (typeof tool.description === 'string') {
      if (descs.has(tool.description)) err(id, `duplicate description (also ${descs.get(tool.description)})`);
      else descs.set(tool.description, id);
    }
    const c = { id, family: r.family, lang: r.lang, tool };
    if (server) c.server = server;
    out.push(c);
  }
  return out;
}
const poisoned = build(poisonedRaw, 'b26');
const legit = build(legitRaw, 'b26l');

function summary(label, cases) {
  const fam = {}, lang = {};
  for (const c of cases) { fam[c.family] = (fam[c.family] || 0) + 1; lang[c.lang] = (lang[c.lang] || 0) + 1; }
  const en = lang.en || 0;
  console.log(`${label}: ${cases.length} cases, ${Object.keys(fam).length} families, ${Object.keys(lang).length} languages (en ${en}, ${Math.round((100 * en) / cases.length)}%)`);
  console.log('  families: ' + Object.keys(fam).sort().map((k) => `${k}=${fam[k]}`).join(' '));
  console.log('  languages: ' + Object.keys(lang).sort().map((k) => `${k}=${lang[k]}`).join(' '));
}
if (errors.length) {
  for (const e of errors) console.error('error: ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
summary('poisoned', poisoned);
summary('risky_legit', legit);
const twins = legit.filter((c) => c.id.includes('-tw-')).length;
console.log(`honest twins: ${twins}`);
if (!process.argv.includes('--check')) {
  writeFileSync(join(here, 'poisoned', 'blind26.json'), JSON.stringify({ cases: poisoned }, null, 1) + '\n');
  writeFileSync(join(here, 'risky_legit', 'blind26.json'), JSON.stringify({ cases: legit }, null, 1) + '\n');
  console.log('wrote poisoned/blind26.json and risky_legit/blind26.json');
}
