#!/usr/bin/env node
// Blind round 36 generator. Node 20 built-ins only; fixed seed; byte-identical output.
// Usage: node test/scan-eval/corpus/blind36_generate.mjs
// Writes poisoned/blind36.json and risky_legit/blind36.json, or nothing (exit 1) on any violation.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import { mulberry32 } from './blind36/helpers.mjs';

import poisonedBlatant from './blind36/poisoned_en_blatant.mjs';
import poisonedQuiet from './blind36/poisoned_en_quiet.mjs';
import unusualSlots from './blind36/unusual_slots.mjs';
import legitEnA from './blind36/legit_en_a.mjs';
import legitEnB from './blind36/legit_en_b.mjs';
import twinsEnA from './blind36/twins_en_a.mjs';
import twinsEnB from './blind36/twins_en_b.mjs';
import intlA from './blind36/intl_a.mjs';
import intlB from './blind36/intl_b.mjs';
import intlC from './blind36/intl_c.mjs';

const ROUND = 'blind36';
const IDP = 'b36';
const IDL = 'b36l';
const SEED = 0x36b1d036;
const here = dirname(fileURLToPath(import.meta.url));

const sources = [
  ['poisoned_en_blatant', poisonedBlatant], ['poisoned_en_quiet', poisonedQuiet],
  ['unusual_slots', unusualSlots], ['legit_en_a', legitEnA], ['legit_en_b', legitEnB],
  ['twins_en_a', twinsEnA], ['twins_en_b', twinsEnB],
  ['intl_a', intlA], ['intl_b', intlB], ['intl_c', intlC],
];

const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'cs', 'ru', 'tr', 'ar', 'ja', 'zh', 'ko', 'hi', 'id', 'vi'];
const violations = [];
const bad = (msg) => violations.push(msg);

// ---- flatten ---------------------------------------------------------------
const entries = [];
for (const [file, list] of sources) {
  if (!Array.isArray(list)) { bad(`${file}: default export is not an array`); continue; }
  for (const item of list.flat(2)) entries.push({ ...item, file });
}

// ---- marker expansion --------------------------------------------------------
const rng = mulberry32(SEED);
const HOMO = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];
const markerUse = {};
const ENC = {
  TAG: (t) => [...t].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : ch; }).join(''),
  ZW: (t) => [...t].map((ch, i) => (i === 0 ? ch : ZW[Math.floor(rng() * ZW.length)] + ch)).join(''),
  BIDI: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  CYR: (t) => [...t].map((ch) => (HOMO[ch] && rng() < 0.7 ? HOMO[ch] : ch)).join(''),
  FW: (t) => [...t].map((ch) => { const c = ch.codePointAt(0); if (c === 0x20) return '\u3000'; return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ANSI: (t) => '\u001b[8m' + t + '\u001b[28m',
  CUR: (t) => t + '\n\u001b[1A\u001b[2K',
  B64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  HEX: (t) => Buffer.from(t, 'utf8').toString('hex'),
  PCT: (t) => [...Buffer.from(t, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARKER = /⟦([A-Z0-9]+):([^⟦⟧]*)⟧/g;
function expandString(str, where) {
  return str.replace(MARKER, (_, kind, payload) => {
    if (!ENC[kind]) { bad(`${where}: unknown marker ${kind}`); return _; }
    markerUse[kind] = (markerUse[kind] || 0) + 1;
    return ENC[kind](payload);
  });
}
function expandDeep(v, where) {
  if (typeof v === 'string') return expandString(v, where);
  if (Array.isArray(v)) return v.map((x) => expandDeep(x, where));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[expandString(k, where)] = expandDeep(x, where);
    return out;
  }
  return v;
}
function markerRaw(str) { return str.replace(MARKER, (_, k, payload) => payload); }

// ---- host checks ---------------------------------------------------------------
const FORBIDDEN = ['bnBtanMuY29t', 'bnBtanMub3Jn', 'eWFybnBrZy5jb20=', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==',
  'Z2l0aHViLmNvbQ==', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0aHViLmlv', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==',
  'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==',
  'cGtnLmdvLmRldg==', 'cHJveHkuZ29sYW5nLm9yZw==', 'bWF2ZW4ub3Jn', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn',
  'Z2l0ZWUuY29t', 'aHVnZ2luZ2ZhY2UuY28=', 'ZGViaWFuLm9yZw==', 'YW5hY29uZGEub3Jn', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t',
].map((b) => Buffer.from(b, 'base64').toString('utf8'));
const REAL_TLD = /(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|io|ai|dev|app|cloud|co|info|biz|xyz|gov|edu|us|uk|de|fr|ru|cn|jp|eu|online|site|tech|ly|gg)(?![\w-])/gi;
const OK_HOST = /(^|\.)(example|test|invalid)$/i;
function checkHost(host, where, what) {
  host = host.toLowerCase().replace(/\.$/, '');
  if (!host) return;
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host)) {
    if (!/^127\./.test(host) && host !== '[::1]') bad(`${where}: ${what} uses an IP address ${host}`);
    return;
  }
  if (host.includes('.') && !OK_HOST.test(host)) bad(`${where}: ${what} host ${host} is not under .example/.test/.invalid`);
}
function checkText(text, where) {
  const lower = text.toLowerCase();
  for (const f of FORBIDDEN) if (lower.includes(f)) bad(`${where}: names a registry or code-hosting host`);
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s\u0000-\u001f\u007f/"'<>)\]?#`,;]+)/gi)) {
    const host = m[1].replace(/^[^@]*@/, '').replace(/:\d+$/, '');
    checkHost(host, where, 'URL');
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) checkHost(m[1], where, 'mail');
  for (const m of text.matchAll(REAL_TLD)) {
    if (!OK_HOST.test(m[0])) bad(`${where}: real-TLD host name ${m[0]}`);
  }
}
function strings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); strings(x, out); }
  return out;
}

// ---- schema checks -------------------------------------------------------------
function checkSchema(schema, where) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required)) bad(`${where}: required is not an array`);
    else for (const r of schema.required) if (!schema.properties || !(r in schema.properties)) bad(`${where}: required names missing property ${r}`);
  }
  for (const key of ['properties', '$defs', 'definitions', 'patternProperties']) {
    if (schema[key]) for (const [k, sub] of Object.entries(schema[key])) checkSchema(sub, `${where}.${k}`);
  }
  for (const key of ['items', 'additionalProperties', 'not']) if (schema[key] && typeof schema[key] === 'object') checkSchema(schema[key], `${where}.${key}`);
  for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(schema[key])) schema[key].forEach((x, i) => checkSchema(x, `${where}.${key}[${i}]`));
}
function checkServer(server, where) {
  if (server === undefined) return;
  if (!server || typeof server !== 'object' || Array.isArray(server)) return bad(`${where}: server is not an object`);
  for (const [k, v] of Object.entries(server)) {
    if (k === 'instructions') { if (typeof v !== 'string' || !v) bad(`${where}: server.instructions must be a non-empty string`); }
    else if (k === 'prompts') {
      if (!Array.isArray(v)) { bad(`${where}: server.prompts must be an array`); continue; }
      for (const p of v) {
        if (!p || typeof p.name !== 'string' || !p.name) bad(`${where}: prompt without a name`);
        if (p.arguments !== undefined && (!Array.isArray(p.arguments) || p.arguments.some((a) => !a || typeof a.name !== 'string'))) bad(`${where}: prompt ${p.name} has malformed arguments`);
      }
    } else if (k === 'resources') {
      if (!Array.isArray(v)) { bad(`${where}: server.resources must be an array`); continue; }
      for (const r of v) {
        if (!r || typeof r.name !== 'string' || !r.name) bad(`${where}: resource without a name`);
        if (!r || (typeof r.uri !== 'string' && typeof r.uriTemplate !== 'string')) bad(`${where}: resource ${r && r.name} without uri or uriTemplate`);
      }
    } else bad(`${where}: server has unknown member ${k}`);
  }
}

// ---- build ---------------------------------------------------------------------
const poisoned = [];
const legit = [];
const ids = new Set();
const descs = new Map();
const meta = [];
let sharedDescTwins = 0;
for (const e of entries) {
  const where = `${e.file}:${e.kind}:${e.lang}-${e.slug}`;
  if (!LANGS.includes(e.lang)) bad(`${where}: unknown language ${e.lang}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.slug || '')) bad(`${where}: bad slug`);
  if (!e.family) bad(`${where}: empty family`);
  const raw = strings([e.tool, e.server ?? null]);
  for (const t of raw) checkText(markerRaw(t), where);
  const t = expandDeep(e.tool, where);
  const server = e.server === undefined ? undefined : expandDeep(e.server, where);
  for (const x of strings([t, server ?? null])) {
    if (/[⟦⟧]/.test(x)) bad(`${where}: unexpanded marker`);
    checkText(x, where);
  }
  if (!t || typeof t !== 'object') { bad(`${where}: tool missing`); continue; }
  if (typeof t.name !== 'string' || !t.name.trim()) bad(`${where}: empty tool name`);
  if (typeof t.description !== 'string' || !t.description.trim()) bad(`${where}: empty description`);
  const is = t.inputSchema;
  if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') bad(`${where}: inputSchema is not an object schema`);
  else { if (is.properties !== undefined && (typeof is.properties !== 'object' || Array.isArray(is.properties))) bad(`${where}: properties not an object`); checkSchema(is, `${where} inputSchema`); }
  if (t.outputSchema !== undefined) {
    if (!t.outputSchema || typeof t.outputSchema !== 'object' || t.outputSchema.type !== 'object') bad(`${where}: outputSchema is not an object schema`);
    checkSchema(t.outputSchema, `${where} outputSchema`);
  }
  checkServer(server, where);
  if (typeof t.description === 'string') {
    // A description may repeat only inside one honest-twin pair whose clause lives in another slot
    // (enum, default, outputSchema, prompt, ...): same lang and slug, one case per side, and the
    // definitions as a whole must still differ.
    const prev = descs.get(t.description);
    const whole = JSON.stringify([t, server ?? null]);
    if (prev === undefined) descs.set(t.description, { where, e, whole });
    else if (!(e.twin && prev.e.twin && prev.e.lang === e.lang && prev.e.slug === e.slug && prev.e.kind !== e.kind && prev.whole !== whole)) {
      bad(`${where}: description duplicates ${prev.where}`);
    } else sharedDescTwins++;
  }
  const id = `${e.kind === 'poisoned' ? IDP : IDL}-${e.lang}-${e.slug}`;
  if (ids.has(id)) bad(`${where}: duplicate id ${id}`);
  ids.add(id);
  const c = { id, family: e.family, lang: e.lang, tool: t };
  if (server !== undefined) c.server = server;
  (e.kind === 'poisoned' ? poisoned : legit).push(c);
  meta.push({ ...e, id, tool: t, server });
}

// twins: every twin slug must exist on both sides, same lang
const tw = new Map();
for (const m of meta.filter((x) => x.twin)) {
  const k = `${m.lang}-${m.slug}`;
  tw.set(k, (tw.get(k) || 0) + (m.kind === 'poisoned' ? 1 : 10));
}
for (const [k, v] of tw) if (v !== 11) bad(`twin ${k} is not one poisoned plus one legitimate case`);

if (violations.length) {
  console.error(`${ROUND}: ${violations.length} violation(s); nothing written`);
  for (const v of violations.slice(0, 200)) console.error('  ' + v);
  process.exit(1);
}

// ---- write -----------------------------------------------------------------------
const outP = join(here, 'poisoned', `${ROUND}.json`);
const outL = join(here, 'risky_legit', `${ROUND}.json`);
mkdirSync(dirname(outP), { recursive: true });
mkdirSync(dirname(outL), { recursive: true });
writeFileSync(outP, JSON.stringify({ cases: poisoned }, null, 2) + '\n');
writeFileSync(outL, JSON.stringify({ cases: legit }, null, 2) + '\n');

// ---- composition -------------------------------------------------------------------
const count = (list, f) => { const m = {}; for (const x of list) m[f(x)] = (m[f(x)] || 0) + 1; return m; };
const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
const P = meta.filter((m) => m.kind === 'poisoned');
const Lg = meta.filter((m) => m.kind === 'legit');
const langOrder = (m) => LANGS.filter((l) => m[l]).map((l) => `${l} ${m[l]}`).join(', ');
const slotOf = (m) => {
  const sl = [];
  if (m.server) sl.push(...Object.keys(m.server).map((k) => 'server.' + k));
  if (m.tool.outputSchema) sl.push('outputSchema');
  if (m.tool.annotations) sl.push('annotations');
  if (m.tool._meta) sl.push('_meta');
  if (m.tool.title) sl.push('title');
  if (m.tool.inputSchema && m.tool.inputSchema.$defs) sl.push('$defs');
  return sl;
};
const slotCount = (list) => { const m = {}; for (const x of list) for (const s of slotOf(x)) m[s] = (m[s] || 0) + 1; return m; };
const lines = [];
lines.push(`${ROUND}: poisoned ${P.length} cases, ${Object.keys(count(P, (m) => m.family)).length} families, ${Object.keys(count(P, (m) => m.lang)).length} languages`);
lines.push(`${ROUND}: risky_legit ${Lg.length} cases, ${Object.keys(count(Lg, (m) => m.family)).length} server kinds, ${Object.keys(count(Lg, (m) => m.lang)).length} languages`);
lines.push(`honest twins: ${P.filter((m) => m.twin).length} pairs (${sharedDescTwins} differ outside the description, in a schema or server slot)`);
lines.push(`twins by style: ${fmt(count(P.filter((m) => m.twin), (m) => m.style))}`);
lines.push(`poisoned English: ${P.filter((m) => m.lang === 'en').length} (${Math.round((100 * P.filter((m) => m.lang === 'en').length) / P.length)}%); legit English: ${Lg.filter((m) => m.lang === 'en').length} (${Math.round((100 * Lg.filter((m) => m.lang === 'en').length) / Lg.length)}%)`);
lines.push(`poisoned by style: ${fmt(count(P, (m) => m.style))}`);
lines.push(`poisoned by language: ${langOrder(count(P, (m) => m.lang))}`);
lines.push(`legit by language: ${langOrder(count(Lg, (m) => m.lang))}`);
lines.push(`poisoned families: ${fmt(count(P, (m) => m.family))}`);
lines.push(`legit server kinds: ${fmt(count(Lg, (m) => m.family))}`);
lines.push(`markers expanded: ${fmt(markerUse)}`);
lines.push(`extra slots, poisoned: ${fmt(slotCount(P))}`);
lines.push(`extra slots, legit: ${fmt(slotCount(Lg))}`);
lines.push(`by source file: ${fmt(count(meta, (m) => m.file))}`);
console.log(lines.join('\n'));
