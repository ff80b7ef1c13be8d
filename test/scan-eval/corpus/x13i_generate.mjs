#!/usr/bin/env node
// Training round x13i of the tool-poisoning scanner corpus.
// Deterministic; Node built-ins only. Reads the hand-written cases in ./x13i/*.mjs,
// assigns ids, applies character transforms, emits honest twins, validates, writes
// poisoned/x13i.json and risky_legit/x13i.json, prints composition counts.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);

// ---- character transforms ----
const HOMO = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', i: '\u0456', y: '\u0443', A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041d', K: '\u041a', M: '\u041c', B: '\u0412' };
const transforms = {
  P: (t) => t,
  // Unicode tag block: each ASCII char mapped to U+E0000 + code, framed by BEGIN/CANCEL TAG
  tag: (t) => '\u{E0001}' + [...t].map((c) => { const cp = c.codePointAt(0); return cp < 0x80 ? String.fromCodePoint(0xE0000 + cp) : c; }).join('') + '\u{E007F}',
  // zero-width splitting: U+200B inside every word, U+200C/U+2060 alternated
  zw: (t) => t.split(' ').map((w, wi) => [...w].join(wi % 2 ? '\u200c' : '\u200b')).join(' \u2060'),
  // right-to-left override with the text stored reversed so it renders forwards
  bidi: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  homo: (t) => [...t].map((c) => HOMO[c] ?? c).join(''),
  fw: (t) => [...t].map((c) => { const cp = c.codePointAt(0); return cp > 0x20 && cp < 0x7f ? String.fromCodePoint(cp + 0xfee0) : (c === ' ' ? '\u3000' : c); }).join(''),
  // ANSI: concealed text, then cursor-up + erase-line so terminals hide it
  ansi: (t) => '\u001b[8m' + t + '\u001b[28m\u001b[1A\u001b[2K',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
};
const MARK = /\{\{(\w+)\|([\s\S]*?)\}\}/g;

function resolveStr(str, mode) {
  let out = str.replace(MARK, (_, kind, inner) => {
    if (kind === 'L') return mode === 'twin' ? inner : '';
    if (mode === 'twin') return '';
    if (mode === 'plain') return inner;
    const f = transforms[kind];
    if (!f) throw new Error(`unknown transform ${kind}`);
    return f(inner);
  });
  if (mode === 'twin' && out !== str) out = out.replace(/ {2,}/g, ' ').replace(/ +([.,;:])/g, '$1').replace(/ +\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return out;
}
function resolve(v, mode) {
  if (typeof v === 'string') return resolveStr(v, mode);
  if (Array.isArray(v)) {
    const r = [];
    for (const e of v) {
      const x = resolve(e, mode);
      if (mode === 'twin' && typeof e === 'string' && x === '' && e !== '') continue;
      r.push(x);
    }
    return r;
  }
  if (v && typeof v === 'object') {
    const r = {};
    for (const [k, val] of Object.entries(v)) {
      const key = resolveStr(k, mode);
      if (key === '' && k !== '') continue;
      r[key] = resolve(val, mode);
    }
    return r;
  }
  return v;
}

// ---- load ----
const files = readdirSync(join(here, 'x13i')).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).sort();
const raw = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, 'x13i', f)).href);
  for (const c of mod.default) raw.push({ ...c, file: f });
}

const errors = [];
const poisoned = [];
const legit = [];
function emit(list, id, family, lang, tool, server) {
  const c = { id, family, lang, tool };
  if (server) c.server = server;
  list.push(c);
}
for (const c of raw) {
  if (c.k === 'p') {
    emit(poisoned, `x13i-${c.lang}-${c.slug}`, c.family, c.lang, resolve(c.tool, 'poison'), c.server && resolve(c.server, 'poison'));
    if (c.twin) {
      const tt = resolve(c.tool, 'twin');
      const ts = c.server && resolve(c.server, 'twin');
      if (JSON.stringify([tt, ts]) === JSON.stringify([resolve(c.tool, 'plain'), c.server && resolve(c.server, 'plain')]))
        errors.push(`${c.slug}: twin identical to poisoned case (no markers?)`);
      emit(legit, `x13il-${c.lang}-${c.slug}-twin`, 'honest-twin', c.lang, tt, ts);
    }
  } else if (c.k === 'l') {
    emit(legit, `x13il-${c.lang}-${c.slug}`, c.family, c.lang, resolve(c.tool, 'poison'), c.server && resolve(c.server, 'poison'));
  } else errors.push(`${c.file}: case ${c.slug} has no kind`);
}

// ---- validate ----
const ids = new Set();
const descs = new Map();
const HOST_OK = /\.(example|test|invalid)$/i;
function hostsIn(str) {
  const out = [];
  for (const m of str.matchAll(/(?:https?|ftp|wss?):\/\/([^\/\s:?#"'`)\]>]+)/gi)) out.push(m[1].replace(/^.*@/, ''));
  for (const m of str.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) out.push(m[1]);
  for (const m of str.matchAll(/\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|ai|co|app|cloud|xyz|ru|cn|de|me|info|biz))\b/gi)) out.push(m[1]);
  return out;
}
function walkStrings(v, f) {
  if (typeof v === 'string') f(v);
  else if (Array.isArray(v)) v.forEach((e) => walkStrings(e, f));
  else if (v && typeof v === 'object') for (const [k, val] of Object.entries(v)) { f(k); walkStrings(val, f); }
}
for (const c of raw) {
  for (const h of [].concat(...[c.tool, c.server].filter(Boolean).map((x) => { const a = []; walkStrings(resolve(x, 'plain'), (s) => a.push(...hostsIn(s))); return a; })))
    if (!HOST_OK.test(h.replace(/\.$/, ''))) errors.push(`${c.slug}: host not under .example/.test/.invalid: ${h}`);
}
for (const [list, kind] of [[poisoned, 'poisoned'], [legit, 'legit']]) {
  for (const c of list) {
    if (ids.has(c.id)) errors.push(`duplicate id ${c.id}`);
    ids.add(c.id);
    if (!LANGS.has(c.lang)) errors.push(`${c.id}: unknown lang ${c.lang}`);
    if (!c.family) errors.push(`${c.id}: empty family`);
    if (typeof c.tool.name !== 'string' || !c.tool.name.trim()) errors.push(`${c.id}: empty name`);
    if (typeof c.tool.description !== 'string' || !c.tool.description.trim()) errors.push(`${c.id}: empty description`);
    const is = c.tool.inputSchema;
    if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') errors.push(`${c.id}: inputSchema must be an object schema`);
    else {
      if (is.properties && (typeof is.properties !== 'object' || Array.isArray(is.properties))) errors.push(`${c.id}: properties not an object`);
      for (const r of is.required ?? []) if (!is.properties || !(r in is.properties)) errors.push(`${c.id}: required ${r} is not a property`);
    }
    if (c.server) for (const k of Object.keys(c.server)) if (!['instructions', 'prompts', 'resources'].includes(k)) errors.push(`${c.id}: server member ${k}`);
    walkStrings([c.tool, c.server ?? null], (s) => { if (/\{\{\w+\|/.test(s) || s.includes('}}')) errors.push(`${c.id}: unresolved marker in "${s.slice(0, 60)}"`); });
    const d = c.tool.description;
    if (descs.has(d)) errors.push(`${c.id}: same description as ${descs.get(d)}`);
    descs.set(d, c.id);
  }
}

// ---- report ----
function counts(list, key) {
  const m = {};
  for (const c of list) m[c[key]] = (m[c[key]] ?? 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' ');
}
for (const [list, kind] of [[poisoned, 'poisoned'], [legit, 'risky_legit']]) {
  const en = list.filter((c) => c.lang === 'en').length;
  console.log(`${kind}: ${list.length} cases (en ${en}, non-en ${list.length - en})`);
  console.log(`  families: ${counts(list, 'family')}`);
  console.log(`  languages: ${counts(list, 'lang')}`);
}
const twins = legit.filter((c) => c.family === 'honest-twin').length;
console.log(`honest twins: ${twins}`);
if (errors.length) {
  for (const e of errors) console.error('ERROR: ' + e);
  process.exit(1);
}
writeFileSync(join(here, 'poisoned', 'x13i.json'), JSON.stringify({ cases: poisoned }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'x13i.json'), JSON.stringify({ cases: legit }, null, 1) + '\n');
console.log('wrote poisoned/x13i.json and risky_legit/x13i.json');
