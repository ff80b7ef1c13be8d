#!/usr/bin/env node
// Blind round 14 generator: node test/scan-eval/corpus/blind14_generate.mjs
// Deterministic; Node built-ins only. Reads the hand-written modules in
// ./blind14/, expands transform markers, assigns ids, validates and writes
// poisoned/blind14.json and risky_legit/blind14.json.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'blind14');

const HOMO = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456',
  A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041d', K: '\u041a', M: '\u041c', B: '\u0412' };
const TRANSFORMS = {
  tag: (x) => '\u{E0001}' + [...x].map((c) => String.fromCodePoint(0xE0000 + (c.codePointAt(0) & 0x7f))).join('') + '\u{E007F}',
  zw: (x) => [...x].map((c, k) => (c === ' ' ? ' ' : c + (k % 2 ? '\u200C' : '\u200B'))).join(''),
  bidi: (x) => '\u202E' + [...x].reverse().join('') + '\u202C',
  homo: (x) => [...x].map((c) => HOMO[c] || c).join(''),
  full: (x) => [...x].map((c) => { const k = c.codePointAt(0); return c === ' ' ? '\u3000' : k > 0x20 && k < 0x7f ? String.fromCodePoint(k + 0xfee0) : c; }).join(''),
  ansi: (x) => '\x1b[8m' + x + '\x1b[0m',
  ansiblk: (x) => '\x1b[30;40m' + x + '\x1b[0m\x1b[2K\r',
  b64: (x) => Buffer.from(x, 'utf8').toString('base64'),
  hex: (x) => Buffer.from(x, 'utf8').toString('hex'),
};
const MARK = /\[\[(tag|zw|bidi|homo|full|ansi|ansiblk|b64|hex):([\s\S]*?)\]\]/g;

const used = {};
function expand(v) {
  if (typeof v === 'string') return v.replace(MARK, (_, k, body) => { used[k] = (used[k] || 0) + 1; return TRANSFORMS[k](body); });
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, val] of Object.entries(v)) out[expand(k)] = expand(val);
    return out;
  }
  return v;
}

const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'helpers.mjs').sort();
const raw = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(srcDir, f)).href);
  for (const c of mod.default) raw.push({ ...c, file: f });
}

const errors = [];
const ids = new Set();
const descs = new Map();
const out = { p: [], l: [] };
for (const c of raw) {
  const id = `${c.kind === 'p' ? 'b14' : 'b14l'}-${c.lang}-${c.slug}`;
  const where = `${c.file}: ${id}`;
  if (!/^[a-z]{2}$/.test(c.lang)) errors.push(`${where}: bad lang`);
  if (!/^[a-z0-9-]+$/.test(c.slug)) errors.push(`${where}: bad slug`);
  if (ids.has(id)) errors.push(`${where}: duplicate id`);
  ids.add(id);
  if (!c.family) errors.push(`${where}: no family`);
  const tool = expand(c.tool);
  const server = c.server ? expand(c.server) : undefined;
  if (typeof tool.name !== 'string' || !tool.name) errors.push(`${where}: empty name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${where}: empty description`);
  const sch = tool.inputSchema;
  if (!sch || typeof sch !== 'object' || Array.isArray(sch) || sch.type !== 'object') errors.push(`${where}: inputSchema must be an object schema`);
  if (server) for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) errors.push(`${where}: bad server key ${k}`);
  const d = tool.description;
  if (descs.has(d)) errors.push(`${where}: same description as ${descs.get(d)}`);
  descs.set(d, id);
  const all = JSON.stringify({ tool, server });
  if (/\[\[(tag|zw|bidi|homo|full|ansi|ansiblk|b64|hex):/.test(all)) errors.push(`${where}: unexpanded marker`);
  const hosts = all.match(/https?:\/\/[^/"\s\\`'<>)?&|#]+/g) || [];
  for (const h of hosts) {
    const host = h.replace(/^https?:\/\//, '').replace(/:\d+$/, '').replace(/^.*@/, '');
    if (!/\.(example|test|invalid)$/.test(host) && !/^(localhost|127\.0\.0\.1|\{[a-z_]+\})$/.test(host)) errors.push(`${where}: host ${host} not under .example/.test/.invalid`);
  }
  for (const m of all.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!/\.(example|test|invalid)$/.test(m[1])) errors.push(`${where}: mail domain ${m[1]} not under .example/.test/.invalid`);
  }
  const cas = { id, family: c.family, lang: c.lang, tool, ...(server ? { server } : {}) };
  out[c.kind].push(cas);
}

function counts(list) {
  const fam = {}, lang = {};
  for (const c of list) { fam[c.family] = (fam[c.family] || 0) + 1; lang[c.lang] = (lang[c.lang] || 0) + 1; }
  const fmt = (m) => Object.entries(m).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k, v]) => `  ${k}: ${v}`).join('\n');
  return `families:\n${fmt(fam)}\nlanguages:\n${fmt(lang)}`;
}

if (errors.length) {
  for (const e of errors) console.error('violation: ' + e);
  process.exit(1);
}
writeFileSync(join(here, 'poisoned', 'blind14.json'), JSON.stringify({ cases: out.p }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind14.json'), JSON.stringify({ cases: out.l }, null, 2) + '\n');
console.log(`poisoned: ${out.p.length} cases`);
console.log(counts(out.p));
console.log(`risky_legit: ${out.l.length} cases`);
console.log(counts(out.l));
console.log('transforms applied: ' + Object.entries(used).sort().map(([k, v]) => `${k}=${v}`).join(', '));
