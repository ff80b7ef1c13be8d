#!/usr/bin/env node
// Round x13z (TRAINING round) corpus generator. Node 20 built-ins only.
//
//   node test/scan-eval/corpus/x13z_generate.mjs
//
// Reads the hand-written case modules in ./x13z/, expands the character-level
// hiding markers, assigns ids, validates everything and writes
//   poisoned/x13z.json      ({"cases":[...]}, ids x13z-<lang>-<slug>)
//   risky_legit/x13z.json   ({"cases":[...]}, ids x13zl-<lang>-<slug>)
// Output is byte-identical on every run (fixed seed, sorted ids). On any
// violation the generator prints every problem, writes nothing and exits 1.
//
// Markers, usable in any string and in any property name:
//   [[tag:TEXT]]  Unicode tag characters (U+E0020..U+E007E, closed by U+E007F)
//   [[zw:TEXT]]   zero-width characters between every character
//   [[bidi:TEXT]] right-to-left override around the reversed text
//   [[cyr:TEXT]]  Cyrillic homoglyphs for Latin letters
//   [[fw:TEXT]]   fullwidth forms
//   [[ansi:TEXT]] ANSI SGR 8 (conceal) ... SGR 0
//   [[cuu:TEXT]]  text on its own line, then cursor-up + erase-line
//   [[b64:TEXT]]  base64 of the UTF-8 bytes
//   [[hex:TEXT]]  hex of the UTF-8 bytes
//   [[pct:TEXT]]  every UTF-8 byte percent-encoded
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './x13z/helpers.mjs';

const ROUND = 'x13z';
const IDP = 'x13z';
const IDL = 'x13zl';
const SEED = 0x13a7e5;
const here = dirname(fileURLToPath(import.meta.url));

const MODULES = [
  'twins_en', 'twins_intl', 'en_poisoned', 'en_legit', 'unusual_slots',
  'intl_europe', 'intl_east', 'intl_asia',
];
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ru', 'uk', 'tr', 'ja', 'zh', 'ko', 'ar', 'hi', 'vi', 'id'];

const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- markers
const rng = mulberry32(SEED);
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const CYR = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', j: '\u0458',
  A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425',
};
const MARKERS = {
  tag: (t) => [...t].map((ch) => {
    const cp = ch.codePointAt(0);
    if (cp < 0x20 || cp > 0x7e) throw new Error(`tag marker needs printable ASCII, got U+${cp.toString(16)}`);
    return String.fromCodePoint(0xe0000 + cp);
  }).join('') + String.fromCodePoint(0xe007f),
  zw: (t) => [...t].map((ch, i) => (i === 0 ? ch : ZW[Math.floor(rng() * ZW.length)] + ch)).join(''),
  bidi: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  cyr: (t) => {
    let changed = 0;
    const out = [...t].map((ch) => {
      if (CYR[ch] && rng() < 0.7) { changed++; return CYR[ch]; }
      return ch;
    });
    if (!changed) {
      const k = out.findIndex((ch) => CYR[ch]);
      if (k < 0) throw new Error('cyr marker without a replaceable letter');
      out[k] = CYR[out[k]];
    }
    return out.join('');
  },
  fw: (t) => [...t].map((ch) => {
    const cp = ch.codePointAt(0);
    if (cp === 0x20) return '\u3000';
    if (cp >= 0x21 && cp <= 0x7e) return String.fromCodePoint(cp + 0xfee0);
    return ch;
  }).join(''),
  ansi: (t) => '\u001b[8m' + t + '\u001b[0m',
  cuu: (t) => '\n' + t + '\n\u001b[1A\u001b[2K\r',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
  pct: (t) => [...Buffer.from(t, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARKER_RE = /\[\[(tag|zw|bidi|cyr|fw|ansi|cuu|b64|hex|pct):([\s\S]*?)\]\]/g;
const markerUse = {};
function expandString(s, where) {
  return s.replace(MARKER_RE, (_, name, payload) => {
    markerUse[name] = (markerUse[name] || 0) + 1;
    try { return MARKERS[name](payload); } catch (e) { bad(where, e.message); return payload; }
  });
}
function expandDeep(v, where) {
  if (typeof v === 'string') return expandString(v, where);
  if (Array.isArray(v)) return v.map((x) => expandDeep(x, where));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expandString(k, where)] = expandDeep(x, where);
    return o;
  }
  return v;
}

// ---------------------------------------------------------------- text checks
function* strings(v) { // every string and every key
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { yield k; yield* strings(x); }
}
const OK_TLD = /\.(example|test|invalid)$/i;
const hostOk = (h) => {
  const host = h.replace(/\.+$/, '').toLowerCase();
  return !host.includes('.') || OK_TLD.test(host);
};
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'`<>)\]|\\,;]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)/g;
const REAL_TLD_RE = /\b(?:[a-z0-9-]+\.)+(com|net|org|io|dev|ai|app|co|us|uk|de|fr|ru|cn|jp|kr|info|biz|xyz|me|cloud|tech|site|online|top|ly|gg|eu|nl|br|au|ca|ch|se|tv|ws|cz|es|it|pl|in|ua|tr|vn|id|mx|ar|sa|ae)(?![.\w-])/gi;
// Names of code-hosting and package-registry hosts, base64-encoded so that this file does not
// spell them out.
const FORBIDDEN = ['Z2l0aHVi', 'Z2l0bGFi', 'Yml0YnVja2V0', 'bnBtanM=', 'cHlwaQ==', 'Y3JhdGVzLmlv', 'cnVieWdlbXM=', 'bnVnZXQ=', 'cGFja2FnaXN0', 'ZG9ja2VyLmlv', 'aHViLmRvY2tlcg==', 'ZG9ja2VyaHVi', 'Z2hjcg==', 'cXVheS5pbw==', 'c291cmNlZm9yZ2U=', 'Y29kZWJlcmc=', 'Z2l0ZWU=', 'bWF2ZW4ub3Jn', 'cGtnLmdvLmRldg==', 'cHJveHkuZ29sYW5n', 'aHVnZ2luZ2ZhY2U='].map((b) => Buffer.from(b, 'base64').toString('utf8'));
function checkText(raw, where) {
  for (const s of strings(raw)) {
    for (const m of s.matchAll(URL_RE)) {
      const host = m[1].replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/[<>{}]/g, '');
      if (!hostOk(host)) bad(where, `URL host not under .example/.test/.invalid: ${m[0]}`);
    }
    for (const m of s.matchAll(MAIL_RE)) if (!hostOk(m[1])) bad(where, `mail host not allowed: ${m[0]}`);
    for (const m of s.matchAll(REAL_TLD_RE)) bad(where, `real-TLD host name: ${m[0]}`);
    const low = s.toLowerCase();
    for (const f of FORBIDDEN) if (low.includes(f)) bad(where, `registry/code-hosting name "${f}"`);
  }
}

// ---------------------------------------------------------------- schema checks
function checkSchema(schema, where, top) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) { bad(where, 'schema must be an object'); return; }
  if (top && schema.type !== 'object') bad(where, 'inputSchema.type must be "object"');
  if (schema.type === 'object' || schema.properties) {
    const props = schema.properties;
    if (top && (!props || typeof props !== 'object' || Array.isArray(props))) { bad(where, 'properties must be an object'); return; }
    if (props) {
      for (const [k, p] of Object.entries(props)) {
        if (!k) bad(where, 'empty property name');
        if (!p || typeof p !== 'object') { bad(where, `property ${k} is not a schema`); continue; }
        if (typeof p.description !== 'string' || !p.description.trim()) bad(where, `property "${k}" has no description`);
        checkSchema(p, `${where}.${k}`, false);
      }
    }
    if (schema.required !== undefined) {
      if (!Array.isArray(schema.required)) bad(where, 'required must be an array');
      else for (const r of schema.required) if (!props || !(r in props)) bad(where, `required names unknown property "${r}"`);
    }
  }
  if (schema.items) checkSchema(schema.items, `${where}[]`, false);
  if (schema.$defs) for (const [k, d] of Object.entries(schema.$defs)) checkSchema(d, `${where}.$defs.${k}`, false);
}
function checkServer(server, where) {
  if (server === undefined) return;
  if (!server || typeof server !== 'object' || Array.isArray(server)) { bad(where, 'server must be an object'); return; }
  for (const [k, v] of Object.entries(server)) {
    if (k === 'instructions') { if (typeof v !== 'string' || !v.trim()) bad(where, 'server.instructions must be a non-empty string'); }
    else if (k === 'prompts') {
      if (!Array.isArray(v) || !v.length) { bad(where, 'server.prompts must be a non-empty array'); continue; }
      for (const p of v) {
        if (!p || typeof p.name !== 'string' || !p.name) bad(where, 'prompt without name');
        if (typeof p.description !== 'string' || !p.description.trim()) bad(where, `prompt ${p && p.name} without description`);
        for (const a of p.arguments || []) if (!a.name || !a.description) bad(where, `prompt ${p.name} argument without name/description`);
      }
    } else if (k === 'resources') {
      if (!Array.isArray(v) || !v.length) { bad(where, 'server.resources must be a non-empty array'); continue; }
      for (const r of v) {
        if (!r || typeof r.uri !== 'string' || !r.uri || typeof r.name !== 'string' || !r.name) bad(where, 'resource needs uri and name');
      }
    } else bad(where, `server has unknown member "${k}"`);
  }
}
function leaves(v, path = '', out = new Map()) {
  if (Array.isArray(v)) { if (!v.length) out.set(path + '[]', '[]'); v.forEach((x, i) => leaves(x, `${path}[${i}]`, out)); }
  else if (v && typeof v === 'object') { const e = Object.entries(v); if (!e.length) out.set(path + '{}', '{}'); for (const [k, x] of e) leaves(x, `${path}.${k}`, out); }
  else out.set(path, JSON.stringify(v));
  return out;
}

// ---------------------------------------------------------------- load
const entries = [];
for (const m of MODULES) {
  const mod = await import(join(here, ROUND, `${m}.mjs`));
  if (!Array.isArray(mod.cases)) { bad(m, 'module exports no cases array'); continue; }
  for (const e of mod.cases) entries.push({ ...e, module: m });
}

const out = { p: [], l: [] };
const ids = new Set();
const descOwner = new Map();
const byTwin = new Map();
for (const e of entries) {
  const where = `${e.module}:${e.side}:${e.lang}-${e.slug}`;
  if (e.side !== 'p' && e.side !== 'l') { bad(where, 'side must be p or l'); continue; }
  if (!LANGS.includes(e.lang)) bad(where, `unknown lang ${e.lang}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.slug || '')) bad(where, 'bad slug');
  if (typeof e.family !== 'string' || !e.family) bad(where, 'family/kind missing');
  const raw = { tool: e.tool, ...(e.server ? { server: e.server } : {}) };
  checkText(raw, where);
  const t = expandDeep(e.tool, where);
  const server = e.server ? expandDeep(e.server, where) : undefined;
  for (const s of strings({ t, server })) {
    if (/\[\[|\]\]/.test(s)) bad(where, `unexpanded marker or stray brackets in: ${s.slice(0, 60)}`);
  }
  if (!t || typeof t !== 'object') { bad(where, 'tool missing'); continue; }
  if (typeof t.name !== 'string' || !t.name.trim()) bad(where, 'tool.name empty');
  if (typeof t.description !== 'string' || !t.description.trim()) bad(where, 'tool.description empty');
  checkSchema(t.inputSchema, `${where} inputSchema`, true);
  if (t.outputSchema) checkSchema(t.outputSchema, `${where} outputSchema`, false);
  checkServer(server, where);
  const id = `${e.side === 'p' ? IDP : IDL}-${e.lang}-${e.slug}`;
  if (ids.has(id)) bad(where, `duplicate id ${id}`);
  ids.add(id);
  const c = { id, family: e.family, lang: e.lang, tool: t };
  if (server) c.server = server;
  const rec = { c, e };
  if (e.twinKey) {
    if (!byTwin.has(e.twinKey)) byTwin.set(e.twinKey, {});
    const tw = byTwin.get(e.twinKey);
    if (tw[e.side]) bad(where, `twin key ${e.twinKey} used twice on one side`);
    tw[e.side] = rec;
  }
  const d = typeof t.description === 'string' ? t.description : '';
  if (descOwner.has(d)) {
    const other = descOwner.get(d);
    const twins = e.twinKey && other.e.twinKey === e.twinKey && other.e.side !== e.side;
    if (!twins) bad(where, `description duplicates ${other.c.id}`);
  } else descOwner.set(d, rec);
  out[e.side].push(rec);
}
for (const [key, tw] of byTwin) {
  if (!tw.p || !tw.l) { bad(key, 'twin without both sides'); continue; }
  tw.p.c.twin = tw.l.c.id;
  tw.l.c.twin = tw.p.c.id;
  const a = leaves({ tool: tw.l.c.tool, server: tw.l.c.server ?? null });
  const b = leaves({ tool: tw.p.c.tool, server: tw.p.c.server ?? null });
  const diff = new Set();
  for (const [k, v] of a) if (b.get(k) !== v) diff.add(k);
  for (const k of b.keys()) if (!a.has(k)) diff.add(k);
  if (diff.size !== 1) bad(key, `twins must differ in exactly one leaf, differ in ${diff.size}: ${[...diff].join(', ')}`);
  tw.diffPath = [...diff][0];
}

if (problems.length) {
  console.error(`${ROUND}: ${problems.length} problem(s); nothing written.`);
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}

// ---------------------------------------------------------------- write
const sortById = (a, b) => (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0);
const dump = (recs) => JSON.stringify({ cases: recs.sort(sortById).map((r) => r.c) }, null, 1) + '\n';
const files = {
  p: join(here, 'poisoned', `${ROUND}.json`),
  l: join(here, 'risky_legit', `${ROUND}.json`),
};
const textP = dump(out.p);
const textL = dump(out.l);
writeFileSync(files.p, textP);
writeFileSync(files.l, textL);

// ---------------------------------------------------------------- composition
const count = (recs, f) => { const m = {}; for (const r of recs) { const k = f(r); m[k] = (m[k] || 0) + 1; } return m; };
const fmt = (m, sep = ', ') => Object.entries(m).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(sep);
const wrap = (s, w = 96) => { const words = s.split(' '); const lines = []; let cur = ''; for (const x of words) { if ((cur + ' ' + x).trim().length > w) { lines.push(cur.trim()); cur = x; } else cur += ' ' + x; } if (cur.trim()) lines.push(cur.trim()); return lines.map((l) => '  ' + l).join('\n'); };
const P_ = out.p, L_ = out.l;
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
const enP = P_.filter((r) => r.c.lang === 'en').length;
const enL = L_.filter((r) => r.c.lang === 'en').length;
const twinRecs = [...byTwin.values()];
const lines = [];
lines.push(`round ${ROUND} (training) — seed 0x${SEED.toString(16)}`);
lines.push(`poisoned/${ROUND}.json     ${P_.length} cases, ${Object.keys(count(P_, (r) => r.c.family)).length} families, ${Object.keys(count(P_, (r) => r.c.lang)).length} languages, English ${enP} (${pct(enP, P_.length)})`);
lines.push(`risky_legit/${ROUND}.json  ${L_.length} cases, ${Object.keys(count(L_, (r) => r.c.family)).length} server kinds, ${Object.keys(count(L_, (r) => r.c.lang)).length} languages, English ${enL} (${pct(enL, L_.length)})`);
lines.push(`honest twins: ${twinRecs.length} pairs (${twinRecs.length} poisoned + ${twinRecs.length} legitimate) in ${Object.keys(count(twinRecs.map((t) => t.l), (r) => r.c.lang)).length} languages`);
lines.push('languages (poisoned/legit):');
lines.push(wrap(LANGS.map((l) => `${l} ${P_.filter((r) => r.c.lang === l).length}/${L_.filter((r) => r.c.lang === l).length}`).join(', ')));
lines.push('twin pairs by language:');
lines.push(wrap(fmt(count(twinRecs.map((t) => t.l), (r) => r.c.lang))));
lines.push('twin clause slot:');
lines.push(wrap(fmt(count(twinRecs.map((t) => t.l), (r) => r.e.slot))));
lines.push('twin poisoned families:');
lines.push(wrap(fmt(count(twinRecs.map((t) => t.p), (r) => r.c.family))));
lines.push('source files (poisoned/legit):');
lines.push(wrap(MODULES.map((m) => `${m} ${P_.filter((r) => r.e.module === m).length}/${L_.filter((r) => r.e.module === m).length}`).join(', ')));
lines.push('poisoned families:');
lines.push(wrap(fmt(count(P_, (r) => r.c.family))));
lines.push('legitimate server kinds:');
lines.push(wrap(fmt(count(L_, (r) => r.c.family))));
lines.push('hiding markers expanded:');
lines.push(wrap(fmt(markerUse)));
const withServer = (recs) => recs.filter((r) => r.c.server).length;
lines.push(`cases with a server block: poisoned ${withServer(P_)}, legit ${withServer(L_)}`);
console.log(lines.join('\n'));
