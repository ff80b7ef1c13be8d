#!/usr/bin/env node
// Blind round 13 of the tool-poisoning scanner's held-out corpus.
// Reads the hand-written modules in ./blind13/*.mjs (files starting with "_"
// are helpers), assigns ids, applies the character transforms requested by
// ⟪kind:text⟫ markers, validates, and writes
//   poisoned/blind13.json and risky_legit/blind13.json.
// Deterministic; Node built-ins only.  Usage: node blind13_generate.mjs
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'blind13');
const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);

// ---------- character transforms ----------
const HOMO = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј', A: 'Α', B: 'Β', E: 'Ε', H: 'Η', K: 'Κ', M: 'Μ', O: 'Ο', P: 'Ρ', T: 'Τ', X: 'Χ' };
const TRANSFORMS = {
  tag: (t) => '\u{E0001}' + [...t].map((ch) => {
    const cp = ch.codePointAt(0);
    if (cp < 0x20 || cp > 0x7e) throw new Error('tag transform needs printable ASCII');
    return String.fromCodePoint(0xe0000 + cp);
  }).join('') + '\u{E007F}',
  zw: (t) => t.split(' ').map((w) => [...w].join('\u200b')).join(' \u200c'),
  bidi: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  homo: (t) => [...t].map((ch) => HOMO[ch] ?? ch).join(''),
  fw: (t) => [...t].map((ch) => {
    const cp = ch.codePointAt(0);
    if (cp === 0x20) return '\u3000';
    return cp > 0x20 && cp < 0x7f ? String.fromCodePoint(cp + 0xfee0) : ch;
  }).join(''),
  ansi: (t) => '\u001b[8m' + t + '\u001b[28m',
  ansierase: (t) => t + '\u001b[1A\u001b[2K\r',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
  rot13: (t) => t.replace(/[a-z]/gi, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
  }),
  pct: (t) => [...Buffer.from(t, 'utf8')].map((x) => '%' + x.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARK = /⟪([a-z0-9]+):([^⟪⟫]*)⟫/g;
const transformCounts = {};
function applyMarks(str) {
  return str.replace(MARK, (_, kind, text) => {
    const f = TRANSFORMS[kind];
    if (!f) throw new Error(`unknown transform "${kind}"`);
    transformCounts[kind] = (transformCounts[kind] ?? 0) + 1;
    return f(text);
  });
}
function deepTransform(v) {
  if (typeof v === 'string') return applyMarks(v);
  if (Array.isArray(v)) return v.map(deepTransform);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, val] of Object.entries(v)) o[applyMarks(k)] = deepTransform(val);
    return o;
  }
  return v;
}

// ---------- host check (on the raw hand-written text) ----------
const OK_HOST = /\.(example|test|invalid)$/i;
function* strings(v) {
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { yield k; yield* strings(x); }
}
function hostProblems(raw) {
  const bad = [];
  for (const str0 of strings(raw)) {
    const str = str0.replace(MARK, (_, k, t) => ' ' + t + ' ');
    for (const m of str.matchAll(/\b(?:https?|wss?|s?ftp|ssh|smtp|git|ldaps?|redis|postgres(?:ql)?|mysql|mongodb|amqp)s?:\/\/(?:[^@\s/"'<>]*@)?([A-Za-z0-9.-]+)/g)) {
      const h = m[1].replace(/\.$/, '');
      if (!OK_HOST.test(h) && !/^[{<$]/.test(h) && h !== '') bad.push(m[0]);
    }
    for (const m of str.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
      if (!OK_HOST.test(m[1])) bad.push(m[0]);
    }
    for (const m of str.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|ai|dev|app|cloud|xyz|ru|cn|de|co\.uk|gov)\b(?![-\w])/gi)) {
      bad.push(m[0]);
    }
  }
  return bad;
}

// ---------- load ----------
const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).sort();
const outputs = { poisoned: [], legit: [] };
const errors = [];
const ids = new Set();
const descs = new Map();
for (const f of files) {
  const mod = await import(pathToFileURL(join(srcDir, f)).href);
  if (mod.kind !== 'poisoned' && mod.kind !== 'legit') { errors.push(`${f}: export kind must be "poisoned" or "legit"`); continue; }
  if (!Array.isArray(mod.cases)) { errors.push(`${f}: export cases must be an array`); continue; }
  for (const c of mod.cases) {
    const prefix = mod.kind === 'poisoned' ? 'b13' : 'b13l';
    const id = `${prefix}-${c.lang}-${c.slug}`;
    const where = `${f}: ${id}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.slug ?? '')) errors.push(`${where}: bad slug`);
    if (!LANGS.has(c.lang)) errors.push(`${where}: unknown lang "${c.lang}"`);
    if (typeof c.family !== 'string' || !c.family) errors.push(`${where}: empty family`);
    if (ids.has(id)) errors.push(`${where}: duplicate id`);
    ids.add(id);
    for (const h of hostProblems({ tool: c.tool, server: c.server })) errors.push(`${where}: host not under .example/.test/.invalid: ${h}`);
    let tool, server;
    try {
      tool = deepTransform(c.tool);
      server = c.server === undefined ? undefined : deepTransform(c.server);
    } catch (e) { errors.push(`${where}: ${e.message}`); continue; }
    if (!tool || typeof tool !== 'object') { errors.push(`${where}: tool must be an object`); continue; }
    if (typeof tool.name !== 'string' || !tool.name.trim()) errors.push(`${where}: empty tool name`);
    if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${where}: empty description`);
    const is = tool.inputSchema;
    if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object' || typeof is.properties !== 'object') errors.push(`${where}: inputSchema must be an object schema with properties`);
    else for (const r of is.required ?? []) if (!(r in is.properties)) errors.push(`${where}: required "${r}" is not a property`);
    if (typeof tool.description === 'string') {
      const key = tool.description.trim();
      if (descs.has(key)) errors.push(`${where}: same description as ${descs.get(key)}`);
      else descs.set(key, id);
    }
    if (server !== undefined) {
      if (!server || typeof server !== 'object') errors.push(`${where}: server must be an object`);
      else {
        for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) errors.push(`${where}: server.${k} not allowed`);
        if ('instructions' in server && typeof server.instructions !== 'string') errors.push(`${where}: server.instructions must be a string`);
        for (const p of server.prompts ?? []) if (!p.name || !p.description) errors.push(`${where}: prompt needs name and description`);
        for (const r of server.resources ?? []) if (!(r.uri || r.uriTemplate) || !r.name) errors.push(`${where}: resource needs uri/uriTemplate and name`);
      }
    }
    for (const str of strings({ tool, server })) if (/[⟪⟫]/.test(str)) errors.push(`${where}: unapplied transform marker`);
    const caseOut = { id, family: c.family, lang: c.lang, tool };
    if (server !== undefined) caseOut.server = server;
    outputs[mod.kind].push(caseOut);
  }
}

// ---------- report ----------
function report(label, cases) {
  const fam = {}, lang = {};
  for (const c of cases) { fam[c.family] = (fam[c.family] ?? 0) + 1; lang[c.lang] = (lang[c.lang] ?? 0) + 1; }
  console.log(`${label}: ${cases.length} cases`);
  console.log('  by family:');
  for (const [k, v] of Object.entries(fam).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) console.log(`    ${k.padEnd(30)} ${v}`);
  console.log('  by language: ' + Object.entries(lang).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k, v]) => `${k}=${v}`).join(' '));
}
report('poisoned/blind13.json', outputs.poisoned);
report('risky_legit/blind13.json', outputs.legit);
console.log('transforms applied: ' + Object.entries(transformCounts).sort().map(([k, v]) => `${k}=${v}`).join(' '));

if (errors.length) {
  for (const e of errors) console.error('ERROR ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
writeFileSync(join(here, 'poisoned', 'blind13.json'), JSON.stringify({ cases: outputs.poisoned }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind13.json'), JSON.stringify({ cases: outputs.legit }, null, 2) + '\n');
console.log('wrote poisoned/blind13.json and risky_legit/blind13.json');
