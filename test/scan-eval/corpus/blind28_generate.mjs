#!/usr/bin/env node
// Blind round 28 generator: node test/scan-eval/corpus/blind28_generate.mjs
// Node built-ins only. Deterministic (fake values come from the seeded PRNG in
// blind28/helpers.mjs). Expands character-transform markers, assigns ids,
// validates, prints composition, writes poisoned/blind28.json and
// risky_legit/blind28.json. Exits 1 and writes nothing on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { twins } from './blind28/twins.mjs';
import { poisonedEn } from './blind28/poisoned_en.mjs';
import { legitEn } from './blind28/legit_en.mjs';
import { slots } from './blind28/slots.mjs';
import { groupA } from './blind28/i18n_a.mjs';
import { groupB } from './blind28/i18n_b.mjs';
import { groupC } from './blind28/i18n_c.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const LANGS = new Set(['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ru', 'uk', 'pl', 'cs', 'tr', 'el', 'zh', 'ja', 'ko', 'ar', 'hi', 'vi']);
const errors = [];
const fail = (m) => errors.push(m);

// ---------- marker expansion ----------
const MARK = /⟦(tag|zw|bidi|cyr|fw|ansi|up|b64|hex|pct):([^⟦⟧]*)⟧/g;
const CYR = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', A: 'А', C: 'С', E: 'Е', O: 'О', P: 'Р', T: 'Т', H: 'Н', K: 'К', M: 'М', B: 'В' };
const pctAll = (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
const TRANSFORM = {
  // ASCII -> Unicode tag characters; non-ASCII is percent-encoded first so it fits the tag block.
  tag: (t) => [...t].map((ch) => (ch.codePointAt(0) < 0x80 ? ch : pctAll(ch))).join('')
    .split('').map((ch) => String.fromCodePoint(0xe0000 + ch.charCodeAt(0))).join(''),
  zw: (t) => [...t].join('\u200b'),
  bidi: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  cyr: (t) => [...t].map((ch) => CYR[ch] ?? ch).join(''),
  fw: (t) => [...t].map((ch) => { const c = ch.charCodeAt(0); return c === 0x20 ? '\u3000' : c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : ch; }).join(''),
  ansi: (t) => '\x1b[8m' + t + '\x1b[28m',
  up: (t) => '\n' + t + '\r\x1b[2K\x1b[1A',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
  pct: (t) => pctAll(t),
};
const expandStr = (s) => s.replace(MARK, (_, k, t) => TRANSFORM[k](t));
const plainStr = (s) => s.replace(MARK, (_, k, t) => t);
function mapDeep(v, f) {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapDeep(x, f));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[f(k)] = mapDeep(x, f);
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

// ---------- host checks ----------
const okHost = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h); };
function checkHosts(where, text) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s?#"'<>)\]`,;]+)/gi)) {
    const host = m[1].replace(/^[^@]*@/, '').replace(/:\d+$/, '');
    if (host.startsWith('<') || host === '') continue;
    if (!okHost(host)) fail(`${where}: URL host not allowed: ${host}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!okHost(m[1])) fail(`${where}: mail domain not allowed: ${m[1]}`);
  }
  for (const m of text.matchAll(/\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|co|ai|app|cloud|xyz))\b/gi)) {
    fail(`${where}: bare host name with real TLD: ${m[1]}`);
  }
}

// ---------- build ----------
const all = [...twins, ...poisonedEn, ...slots, ...legitEn, ...groupA, ...groupB, ...groupC];
const out = { poisoned: [], legit: [] };
const ids = new Set();
const descs = new Map();
for (const c of all) {
  const where = `${c.kind}/${c.lang}/${c.slug}`;
  if (!LANGS.has(c.lang)) fail(`${where}: unknown lang`);
  if (!c.slug || !/^[a-z0-9-]+$/.test(c.slug)) fail(`${where}: slug must be lowercase ASCII`);
  if (!c.family) fail(`${where}: empty family`);
  const raw = { tool: c.tool, ...(c.server ? { server: c.server } : {}) };
  for (const s of strings(raw)) checkHosts(where, plainStr(s));
  const tool = mapDeep(c.tool, expandStr);
  const server = c.server ? mapDeep(c.server, expandStr) : undefined;
  for (const s of strings({ tool, server })) {
    if (/[⟦⟧]/.test(s)) fail(`${where}: unexpanded marker`);
    checkHosts(where, s);
  }
  const id = (c.kind === 'poisoned' ? 'b28-' : 'b28l-') + c.lang + '-' + c.slug;
  if (ids.has(id)) fail(`${where}: duplicate id ${id}`);
  ids.add(id);
  if (typeof tool.name !== 'string' || !tool.name.trim()) fail(`${where}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) fail(`${where}: empty description`);
  else if (descs.has(tool.description)) fail(`${where}: description duplicates ${descs.get(tool.description)}`);
  else descs.set(tool.description, id);
  const sch = tool.inputSchema;
  if (!sch || typeof sch !== 'object' || Array.isArray(sch) || sch.type !== 'object') fail(`${where}: inputSchema must be an object schema`);
  else {
    const props = sch.properties ?? {};
    if (typeof props !== 'object' || Array.isArray(props)) fail(`${where}: properties must be an object`);
    for (const r of sch.required ?? []) if (!(r in props)) fail(`${where}: required names missing property ${r}`);
  }
  if (server) {
    for (const [k, v] of Object.entries(server)) {
      if (k === 'instructions') { if (typeof v !== 'string' || !v) fail(`${where}: server.instructions must be a non-empty string`); }
      else if (k === 'prompts' || k === 'resources') { if (!Array.isArray(v) || !v.length) fail(`${where}: server.${k} must be a non-empty array`); }
      else fail(`${where}: unknown server member ${k}`);
    }
  }
  const rec = { id, family: c.family, lang: c.lang, tool, ...(server ? { server } : {}) };
  (c.kind === 'poisoned' ? out.poisoned : out.legit).push(rec);
}

if (errors.length) {
  for (const e of errors) console.error('ERROR ' + e);
  console.error(`${errors.length} violation(s); nothing written.`);
  process.exit(1);
}

// ---------- report ----------
function report(label, cases) {
  const fam = new Map(), lang = new Map();
  for (const c of cases) { fam.set(c.family, (fam.get(c.family) ?? 0) + 1); lang.set(c.lang, (lang.get(c.lang) ?? 0) + 1); }
  const en = lang.get('en') ?? 0;
  console.log(`${label}: ${cases.length} cases, ${fam.size} families, ${lang.size} languages, English ${en} (${Math.round((100 * en) / cases.length)}%)`);
  console.log('  families: ' + [...fam].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', '));
  console.log('  languages: ' + [...lang].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', '));
}
report('poisoned', out.poisoned);
report('risky_legit', out.legit);
console.log(`honest twins: ${twins.length / 2}`);

const header = (kind) => ({ round: 'blind28', kind, generator: 'test/scan-eval/corpus/blind28_generate.mjs' });
writeFileSync(join(here, 'poisoned', 'blind28.json'), JSON.stringify({ ...header('poisoned'), cases: out.poisoned }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind28.json'), JSON.stringify({ ...header('risky_legit'), cases: out.legit }, null, 1) + '\n');
console.log('wrote poisoned/blind28.json and risky_legit/blind28.json');
