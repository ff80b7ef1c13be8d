#!/usr/bin/env node
// Training round x13r generator. Deterministic; Node built-ins only.
// Usage: node test/scan-eval/corpus/x13r_generate.mjs [--check]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MODULES = ['twins_en.mjs', 'poisoned_en.mjs', 'legit_en.mjs', 'slots.mjs', 'lang_a.mjs', 'lang_b.mjs', 'lang_c.mjs'];
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'pl', 'cs', 'tr', 'sv', 'zh', 'ja', 'ko', 'ar', 'hi', 'vi'];

const errors = [];
const fail = (m) => errors.push(m);

// ---------- character transforms ----------
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', T: 'Т', H: 'Н', K: 'К', M: 'М', B: 'В' };
const TRANSFORMS = {
  tag: (t) => [...t].map((ch) => { const c = ch.codePointAt(0); return c < 0x80 ? String.fromCodePoint(0xe0000 + c) : ch; }).join(''),
  zw: (t) => [...t].join('\u200b'),
  bidi: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  cyr: (t) => [...t].map((ch) => CYR[ch] ?? ch).join(''),
  fw: (t) => [...t].map((ch) => { const c = ch.codePointAt(0); return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch === ' ' ? '\u3000' : ch; }).join(''),
  ansi: (t) => '\u001b[8m' + t + '\u001b[28m',
  up: (t) => t + '\u001b[1A\u001b[2K\r',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
  pct: (t) => [...Buffer.from(t, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const SWAP = /⟦([^⟦⟧¦]*)(?:¦([^⟦⟧]*))?⟧/g;
const XF = /\{\{(tag|zw|bidi|cyr|fw|ansi|up|b64|hex|pct):([^{}]*)\}\}/g;

const GOOD_TLD = /\.(example|test|invalid)$/i;
function checkHosts(s, where) {
  for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@'"`<>]*@)?([^\s/:?#'"`<>)\]},]+)/gi)) {
    const host = m[1].replace(/\.$/, '');
    if (host.includes('.') && !GOOD_TLD.test(host)) fail(`${where}: URL host "${host}" not under .example/.test/.invalid`);
  }
  for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    const host = m[1];
    if (!GOOD_TLD.test(host)) fail(`${where}: mail/ssh host "${host}" not under .example/.test/.invalid`);
  }
}

function expandString(s, side, where) {
  let swapped = s.replace(SWAP, (_, bad, good) => (side === 'bad' ? bad : good ?? ''));
  if (swapped !== s) swapped = swapped.replace(/ {2,}/g, ' ').trim(); // tidy an emptied slot
  checkHosts(swapped, where);
  return swapped.replace(XF, (_, kind, text) => TRANSFORMS[kind](text));
}
function expand(v, side, where) {
  if (typeof v === 'string') return expandString(v, side, where);
  if (Array.isArray(v)) {
    const out = [];
    for (const x of v) {
      const e = expand(x, side, where);
      if (typeof x === 'string' && x !== '' && e === '') continue; // swapped-out entry
      out.push(e);
    }
    return out;
  }
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const nk = expandString(k, side, where);
      if (k !== '' && nk === '') continue; // swapped-out property
      out[nk] = expand(x, side, where);
    }
    return out;
  }
  return v;
}

// ---------- load ----------
const poisoned = [];
const legit = [];
for (const file of MODULES) {
  const mod = await import(join(here, 'x13r', file));
  if (!Array.isArray(mod.cases)) { fail(`${file}: no cases export`); continue; }
  for (const c of mod.cases) {
    const base = `${file}:${c.lang}-${c.slug}`;
    if (!LANGS.includes(c.lang)) fail(`${base}: unknown lang`);
    if (!/^[a-z0-9-]+$/.test(c.slug || '')) fail(`${base}: bad slug`);
    const mk = (id, family, side) => {
      const out = { id, family, lang: c.lang, tool: expand(c.tool, side, id) };
      if (c.server) out.server = expand(c.server, side, id);
      return out;
    };
    if (c.k === 'p' || c.k === 'pt') poisoned.push(mk(`x13r-${c.lang}-${c.slug}`, c.family, 'bad'));
    if (c.k === 'pt') {
      if (!c.kind) fail(`${base}: twin without kind`);
      const twin = { ...mk(`x13rl-${c.lang}-${c.slug}-twin`, c.kind, 'good'), _twin: true };
      if (c.twinPatch) Object.assign(twin.tool, expand(c.twinPatch, 'good', twin.id));
      legit.push(twin);
    }
    if (c.k === 'l') legit.push(mk(`x13rl-${c.lang}-${c.slug}`, c.family, 'good'));
    if (!['p', 'pt', 'l'].includes(c.k)) fail(`${base}: unknown kind ${c.k}`);
  }
}

// ---------- validate ----------
const ids = new Set();
const descs = new Map();
for (const c of [...poisoned, ...legit]) {
  const w = c.id;
  if (ids.has(c.id)) fail(`${w}: duplicate id`);
  ids.add(c.id);
  if (!c.family) fail(`${w}: empty family`);
  const t = c.tool;
  if (!t || typeof t !== 'object') { fail(`${w}: tool not object`); continue; }
  if (typeof t.name !== 'string' || !t.name.trim()) fail(`${w}: empty tool name`);
  if (typeof t.description !== 'string' || !t.description.trim()) fail(`${w}: empty description`);
  else {
    if (descs.has(t.description)) fail(`${w}: description duplicates ${descs.get(t.description)}`);
    descs.set(t.description, w);
  }
  const s = t.inputSchema;
  if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') fail(`${w}: inputSchema not an object schema`);
  else {
    const p = s.properties ?? {};
    if (typeof p !== 'object' || Array.isArray(p)) fail(`${w}: properties not object`);
    for (const r of s.required ?? []) if (!(r in p)) fail(`${w}: required "${r}" is not a property`);
    for (const k of Object.keys(p)) if (!k) fail(`${w}: empty property name`);
  }
  if (c.server !== undefined) {
    const sv = c.server;
    if (!sv || typeof sv !== 'object' || Array.isArray(sv)) fail(`${w}: server not object`);
    else for (const [k, v] of Object.entries(sv)) {
      if (k === 'instructions') { if (typeof v !== 'string') fail(`${w}: server.instructions not string`); }
      else if (k === 'prompts' || k === 'resources') { if (!Array.isArray(v)) fail(`${w}: server.${k} not array`); }
      else fail(`${w}: server has unknown member ${k}`);
    }
  }
  const strs = [];
  const walk = (v) => {
    if (typeof v === 'string') strs.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { strs.push(k); walk(x); }
  };
  walk(c);
  if (strs.some((x) => /\{\{|\}\}|⟦|⟧|¦/.test(x))) fail(`${w}: unexpanded marker`);
}

// ---------- report ----------
function counts(list, key) {
  const m = new Map();
  for (const c of list) m.set(c[key], (m.get(c[key]) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
const twins = legit.filter((c) => c._twin).length;
const en = (l) => l.filter((c) => c.lang === 'en').length;
console.log(`x13r poisoned: ${poisoned.length} cases, ${counts(poisoned, 'family').length} families, ${counts(poisoned, 'lang').length} languages (en ${en(poisoned)} = ${Math.round((100 * en(poisoned)) / poisoned.length)}%)`);
console.log(`x13r risky_legit: ${legit.length} cases (${twins} honest twins), ${counts(legit, 'family').length} server kinds, ${counts(legit, 'lang').length} languages (en ${en(legit)} = ${Math.round((100 * en(legit)) / legit.length)}%)`);
console.log('poisoned by family: ' + counts(poisoned, 'family').map(([k, n]) => `${k} ${n}`).join(', '));
console.log('poisoned by lang: ' + counts(poisoned, 'lang').map(([k, n]) => `${k} ${n}`).join(', '));
console.log('legit by kind: ' + counts(legit, 'family').map(([k, n]) => `${k} ${n}`).join(', '));
console.log('legit by lang: ' + counts(legit, 'lang').map(([k, n]) => `${k} ${n}`).join(', '));

if (errors.length) {
  for (const e of errors) console.error('x13r: ' + e);
  console.error(`x13r: ${errors.length} violation(s); nothing written`);
  process.exit(1);
}
if (process.argv.includes('--check')) process.exit(0);
const strip = (l) => l.map(({ _twin, ...c }) => c);
const write = (path, kind, list) =>
  writeFileSync(path, JSON.stringify({ round: 'x13r', kind, note: 'TRAINING round, written blind', cases: strip(list) }, null, 2) + '\n');
write(join(here, 'poisoned', 'x13r.json'), 'poisoned', poisoned);
write(join(here, 'risky_legit', 'x13r.json'), 'risky_legit', legit);
console.log('wrote poisoned/x13r.json and risky_legit/x13r.json');
