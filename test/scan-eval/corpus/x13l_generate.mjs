#!/usr/bin/env node
// Generator for training round x13l of the tool-poisoning corpus.
// Deterministic, Node built-ins only. Reads the hand-written cases in ./x13l/*.mjs,
// applies character transforms, derives honest twins, validates, writes
//   poisoned/x13l.json and risky_legit/x13l.json, prints composition counts.
// Usage: node test/scan-eval/corpus/x13l_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MODULES = [
  'poisoned_en_a.mjs', 'poisoned_en_b.mjs', 'poisoned_intl_a.mjs', 'poisoned_intl_b.mjs',
  'legit_en.mjs', 'legit_intl.mjs',
];
const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko',
  'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const MARK = '{{X}}';

// ---- character transforms ----
const HOMO = { a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  i: '\u0456', s: '\u0455', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a',
  M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425' };
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];
const TX = {
  none: (t) => t,
  tags: (t) => [...t].map((ch) => {
    const c = ch.codePointAt(0);
    return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : ch;
  }).join(''),
  tags_wrapped: (t) => '\u{E0001}' + TX.tags(t) + '\u{E007F}',
  zw: (t) => {
    let k = 0;
    return t.split(' ').map((w) => (w.length > 3
      ? [...w].map((ch, j) => (j > 0 && j % 2 === 0 ? ZW[(k++) % ZW.length] + ch : ch)).join('')
      : w)).join(' ');
  },
  zw_hidden: (t) => // binary-encode the text as zero-width characters
    '\u2063' + [...Buffer.from(t, 'utf8')].map((byte) => byte.toString(2).padStart(8, '0')
      .replace(/0/g, '\u200b').replace(/1/g, '\u200c')).join('\u200d') + '\u2063',
  bidi: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  bidi_iso: (t) => '\u2067' + t + '\u2069',
  homoglyph: (t) => [...t].map((ch) => HOMO[ch] ?? ch).join(''),
  fullwidth: (t) => [...t].map((ch) => {
    const c = ch.codePointAt(0);
    if (c === 0x20) return '\u3000';
    return c > 0x20 && c < 0x7f ? String.fromCodePoint(c - 0x21 + 0xff01) : ch;
  }).join(''),
  ansi: (t) => '\x1b[8m' + t + '\x1b[28m',
  ansi_erase: (t) => t + '\x1b[1A\x1b[2K\r',
  ansi_color: (t) => '\x1b[30;40m' + t + '\x1b[0m',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
  url: (t) => encodeURIComponent(t),
};

// ---- helpers ----
function mapStrings(v, f) {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((e) => mapStrings(e, f));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, val] of Object.entries(v)) out[f(k)] = mapStrings(val, f);
    return out;
  }
  return v;
}
function allStrings(v, acc = []) {
  if (typeof v === 'string') acc.push(v);
  else if (Array.isArray(v)) v.forEach((e) => allStrings(e, acc));
  else if (v && typeof v === 'object') for (const [k, val] of Object.entries(v)) { acc.push(k); allStrings(val, acc); }
  return acc;
}
const tidy = (str) => str.replace(/ {2,}/g, ' ').replace(/ ([.,;])/g, '$1').replace(/\n{3,}/g, '\n\n').trim();

const errors = [];
const fail = (m) => errors.push(m);

function checkHosts(id, value) {
  const text = allStrings(value).join('\n');
  const okHost = (h) => /\.(example|test|invalid)$/i.test(h) || /^(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)$/i.test(h)
    || /^\$?\{?[A-Za-z_]+\}?$/.test(h) || /^[\d.]+$/.test(h);
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^/\s:'"`)<>{}\]?#,]+)/gi)) {
    const host = m[1].replace(/^[^@]*@/, '').replace(/\.+$/, '').toLowerCase();
    if (!okHost(host)) fail(`${id}: host "${host}" is not under .example/.test/.invalid`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!okHost(m[1].toLowerCase())) fail(`${id}: mail domain "${m[1]}" is not under .example/.test/.invalid`);
  }
  for (const m of text.matchAll(/\b[a-z0-9-]+\.(com|net|org|io|dev|ai|co|app|cloud|sh)\b(?!\.)/gi)) {
    fail(`${id}: looks like a real host name: "${m[0]}"`);
  }
}

function build(c, asTwin) {
  const lang = c.lang;
  let payload = '';
  if (!asTwin) {
    if (c.x !== undefined) {
      const f = TX[c.tx ?? 'none'];
      if (!f) fail(`${c.slug}: unknown transform ${c.tx}`);
      payload = f ? f(c.x) : c.x;
    }
  } else {
    payload = c.twin?.x ?? '';
  }
  const sub = (str) => (str.includes(MARK) ? (asTwin ? tidy(str.split(MARK).join(payload)) : str.split(MARK).join(payload)) : str);
  let tool = mapStrings(c.tool, sub);
  let server = c.server ? mapStrings(c.server, sub) : undefined;
  if (asTwin && c.twin) {
    if (c.twin.description) tool.description = c.twin.description;
    if (c.twin.title) tool.title = c.twin.title;
    if (c.twin.dropServer) server = undefined;
    if (c.twin.server) server = c.twin.server;
    if (c.twin.tool) tool = c.twin.tool;
    if (c.twin.patch) c.twin.patch(tool, server);
  }
  const out = {
    id: `${c.kind === 'p' && !asTwin ? 'x13l' : 'x13ll'}-${lang}-${c.slug}`,
    family: asTwin ? (c.twin.family ?? 'honest_twin') : c.family,
    lang,
    tool,
  };
  if (server && Object.keys(server).length) out.server = server;
  return out;
}

// ---- load ----
const poisoned = [];
const legit = [];
for (const m of MODULES) {
  const mod = await import(join(here, 'x13l', m));
  if (!Array.isArray(mod.default)) { fail(`${m}: default export must be an array`); continue; }
  for (const c of mod.default) {
    if (!c || !c.slug || !c.lang || !c.family || !c.tool) { fail(`${m}: malformed case ${JSON.stringify(c)?.slice(0, 120)}`); continue; }
    if (c.kind === 'p') {
      if (c.x !== undefined && !allStrings([c.tool, c.server ?? {}]).some((t) => t.includes(MARK))) {
        fail(`${m}/${c.slug}: payload given but no ${MARK} marker`);
      }
      if (c.x === undefined && allStrings([c.tool, c.server ?? {}]).some((t) => t.includes(MARK))) {
        fail(`${m}/${c.slug}: marker without payload`);
      }
      poisoned.push(build(c, false));
      if (c.twin) legit.push(build(c, true));
    } else if (c.kind === 'l') {
      legit.push(build(c, false));
    } else fail(`${m}/${c.slug}: unknown kind`);
    checkHosts(`${m}/${c.slug}`, [c.tool, c.server ?? {}, c.x ?? '', c.twin?.x ?? '']);
  }
}

// ---- validate ----
const ids = new Set();
const descs = new Map();
for (const [file, list] of [['poisoned', poisoned], ['risky_legit', legit]]) {
  for (const c of list) {
    if (ids.has(c.id)) fail(`duplicate id ${c.id}`);
    ids.add(c.id);
    if (!/^x13ll?-[a-z]{2}-[a-z0-9-]+$/.test(c.id)) fail(`${c.id}: bad id shape`);
    if (!LANGS.has(c.lang)) fail(`${c.id}: unknown lang ${c.lang}`);
    if (typeof c.family !== 'string' || !c.family) fail(`${c.id}: empty family`);
    const t = c.tool;
    if (typeof t.name !== 'string' || !t.name.trim()) fail(`${c.id}: empty tool name`);
    if (typeof t.description !== 'string' || !t.description.trim()) fail(`${c.id}: empty description`);
    if (!t.inputSchema || typeof t.inputSchema !== 'object' || Array.isArray(t.inputSchema)
      || t.inputSchema.type !== 'object' || typeof t.inputSchema.properties !== 'object') {
      fail(`${c.id}: inputSchema must be an object schema with properties`);
    }
    for (const r of t.inputSchema?.required ?? []) {
      if (!(r in (t.inputSchema.properties ?? {}))) fail(`${c.id}: required "${r}" is not a property`);
    }
    if (c.server) {
      for (const k of Object.keys(c.server)) {
        if (!['instructions', 'prompts', 'resources'].includes(k)) fail(`${c.id}: server.${k} unknown`);
      }
      if (c.server.instructions !== undefined && typeof c.server.instructions !== 'string') fail(`${c.id}: instructions not string`);
      for (const p of c.server.prompts ?? []) if (!p.name || !p.description) fail(`${c.id}: prompt without name/description`);
      for (const r of c.server.resources ?? []) if (!(r.uri || r.uriTemplate) || !r.name) fail(`${c.id}: resource without uri/name`);
    }
    const d = t.description?.trim();
    if (descs.has(d)) fail(`${c.id}: same description as ${descs.get(d)}`);
    else descs.set(d, c.id);
    if (allStrings(c).some((str) => str.includes(MARK))) fail(`${c.id}: leftover marker`);
  }
}

// ---- counts ----
function counts(list, key) {
  const m = new Map();
  for (const c of list) m.set(c[key], (m.get(c[key]) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
const fmt = (list, key) => counts(list, key).map(([k, v]) => `${k}=${v}`).join(' ');
const nonEn = (list) => list.filter((c) => c.lang !== 'en').length;
const twins = legit.filter((c) => c.family === 'honest_twin').length;
console.log(`poisoned: ${poisoned.length} cases (${nonEn(poisoned)} non-English, ${counts(poisoned, 'family').length} families)`);
console.log(`  families: ${fmt(poisoned, 'family')}`);
console.log(`  languages: ${fmt(poisoned, 'lang')}`);
console.log(`risky_legit: ${legit.length} cases (${nonEn(legit)} non-English, ${twins} honest twins)`);
console.log(`  families: ${fmt(legit, 'family')}`);
console.log(`  languages: ${fmt(legit, 'lang')}`);

if (errors.length) {
  for (const e of errors) console.error('VIOLATION: ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
writeFileSync(join(here, 'poisoned', 'x13l.json'), JSON.stringify({ cases: poisoned }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'x13l.json'), JSON.stringify({ cases: legit }, null, 1) + '\n');
console.log('wrote poisoned/x13l.json and risky_legit/x13l.json');
