#!/usr/bin/env node
// Training round x13j of the tool-poisoning scanner corpus.
// Deterministic; Node built-ins only.  Usage (from the repo root):
//   node test/scan-eval/corpus/x13j_generate.mjs
// Reads the hand-written case modules in corpus/x13j/*.mjs (each may export
// `poisoned` and `legit` arrays), applies character transforms, derives
// honest twins, validates, and writes poisoned/x13j.json and
// risky_legit/x13j.json.  Exits 1 on any violation.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Buffer } from 'node:buffer';

const here = dirname(fileURLToPath(import.meta.url));
const caseDir = join(here, 'x13j');
const errors = [];
const fail = (m) => errors.push(m);

// ---------- character transforms: {{kind:text}} ----------
const HOMO = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041d', K: '\u041a', M: '\u041c', B: '\u0412' };
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];
const TRANSFORMS = {
  // Unicode tag characters: invisible copy of ASCII text, with begin/cancel tags.
  tag: (t) => '\u{E0001}' + [...t].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) & 0x7f))).join('') + '\u{E007F}',
  // Tag characters without the begin/cancel wrapper.
  tagbare: (t) => [...t].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) & 0x7f))).join(''),
  // Zero-width splitting: a zero-width char after every character.
  zw: (t) => [...t].map((c, i) => c + ZW[i % ZW.length]).join(''),
  // Bidi override: stored reversed inside RLO ... PDF so it renders forwards.
  bidi: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  // Homoglyphs: Latin letters replaced with Cyrillic look-alikes.
  homo: (t) => [...t].map((c) => HOMO[c] ?? c).join(''),
  // Fullwidth forms.
  full: (t) => [...t].map((c) => { const p = c.codePointAt(0); return p === 0x20 ? '\u3000' : p > 0x20 && p < 0x7f ? String.fromCodePoint(p + 0xfee0) : c; }).join(''),
  // ANSI: concealed text, then reset.
  ansi: (t) => '\u001b[8m' + t + '\u001b[0m',
  // ANSI: erase line + carriage return, then text in black on black.
  ansi2: (t) => '\u001b[2K\r\u001b[30;40m' + t + '\u001b[0m',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
  // Soft hyphens between letters.
  shy: (t) => [...t].join('\u00ad'),
};
const transformsUsed = {};
function applyTransforms(s) {
  return s.replace(/\{\{([a-z0-9]+):([\s\S]*?)\}\}/g, (m, kind, text) => {
    const f = TRANSFORMS[kind];
    if (!f) { fail(`unknown transform ${kind}`); return m; }
    transformsUsed[kind] = (transformsUsed[kind] ?? 0) + 1;
    return f(text);
  });
}

// ---------- twin markers ----------
// «!...!» poisoned-only text; «?...?» twin-only text; "!key" poisoned-only property.
function tidy(s) {
  return s.replace(/[ \t]+\n/g, '\n').replace(/[ \t]{2,}/g, ' ').replace(/ +([.,;:])/g, '$1').replace(/\n{3,}/g, '\n\n').replace(/^\s+|\s+$/g, '');
}
function stringFor(s, twin) {
  let r = twin
    ? s.replace(/«![\s\S]*?!»/g, '').replace(/«\?([\s\S]*?)\?»/g, '$1')
    : s.replace(/«\?[\s\S]*?\?»/g, '').replace(/«!([\s\S]*?)!»/g, '$1');
  if (r !== s) r = tidy(r);
  return r;
}
function materialize(v, twin) {
  if (typeof v === 'string') return applyTransforms(stringFor(v, twin));
  if (Array.isArray(v)) {
    const out = [];
    for (const e of v) {
      if (twin && e && typeof e === 'object' && e._poison) continue;
      const m = materialize(e, twin);
      if (typeof m === 'string' && m === '' && typeof e === 'string' && e !== '') continue;
      out.push(m);
    }
    return out;
  }
  if (v && typeof v === 'object') {
    const out = {};
    const dropped = new Set();
    for (const [k, e] of Object.entries(v)) {
      if (k === '_poison') continue;
      let key = k;
      if (k.startsWith('!')) {
        key = k.slice(1);
        if (twin) { dropped.add(key); continue; }
      }
      out[applyTransforms(key)] = materialize(e, twin);
    }
    if (Array.isArray(out.required)) {
      out.required = out.required.filter((r) => !dropped.has(r));
      if (out.required.length === 0) delete out.required;
    }
    return out;
  }
  return v;
}

// ---------- host-name check ----------
const OK_HOST = /(^|\.)[a-z0-9-]+\.(example|test|invalid)$/i;
const IP = /^\d{1,3}(\.\d{1,3}){3}$|^\[[0-9a-f:]+\]$/i;
function checkHosts(s, where) {
  for (const m of s.matchAll(/\b(?:https?|wss?|ftp|sftp|ssh|git\+ssh|smtp|imaps?):\/\/(?:[^@\/\s"'`<>]*@)?([^\/\s:"'`<>)\]},»]+)/gi)) {
    const h = m[1].replace(/\.$/, '');
    if (h.includes('{')) continue; // templated host: checked where it is filled
    if (!OK_HOST.test(h) && !IP.test(h)) fail(`${where}: host "${h}" not under .example/.test/.invalid`);
  }
  for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    const h = m[1];
    if (!OK_HOST.test(h) && !IP.test(h)) fail(`${where}: mail/ssh host "${h}" not under .example/.test/.invalid`);
  }
  for (const m of s.matchAll(/\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|ai|co|xyz|app|cloud|me|ru|cn|de|fr|jp|info|biz))\b/gi)) {
    fail(`${where}: looks like a real host name "${m[1]}"`);
  }
  if (/\blocalhost\b/i.test(s)) fail(`${where}: uses localhost`);
}
function walkStrings(v, f, path = '') {
  if (typeof v === 'string') f(v, path);
  else if (Array.isArray(v)) v.forEach((e, i) => walkStrings(e, f, `${path}[${i}]`));
  else if (v && typeof v === 'object') for (const [k, e] of Object.entries(v)) { f(k, `${path}.<key>`); walkStrings(e, f, `${path}.${k}`); }
}

// ---------- load ----------
const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const files = readdirSync(caseDir).filter((f) => f.endsWith('.mjs') && f !== 'lib.mjs').sort();
const srcPoisoned = [];
const srcLegit = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(caseDir, f)).href);
  for (const c of mod.poisoned ?? []) srcPoisoned.push({ ...c, _file: f });
  for (const c of mod.legit ?? []) srcLegit.push({ ...c, _file: f });
}

function build(c, prefix, twin) {
  const where = `${c._file}:${c.slug}`;
  walkStrings({ tool: c.tool, server: c.server ?? null }, (s, p) => checkHosts(s.replace(/\{\{[a-z0-9]+:|\}\}|«[!?]|[!?]»/g, ' '), `${where}${p}`));
  for (const k of ['slug', 'family', 'lang']) if (typeof c[k] !== 'string' || !c[k]) fail(`${where}: missing ${k}`);
  if (!LANGS.has(c.lang)) fail(`${where}: unexpected lang ${c.lang}`);
  if (!/^[a-z0-9-]+$/.test(c.slug)) fail(`${where}: bad slug`);
  const out = {
    id: `${prefix}-${c.lang}-${c.slug}${twin ? '-twin' : ''}`,
    family: twin ? 'honest-twin' : c.family,
    lang: c.lang,
    tool: materialize(c.tool, twin),
  };
  if (c.server) {
    const s = materialize(c.server, twin);
    if (s.instructions === '') delete s.instructions;
    for (const k of ['prompts', 'resources']) if (Array.isArray(s[k]) && s[k].length === 0) delete s[k];
    if (Object.keys(s).length) out.server = s;
  }
  return out;
}

const poisoned = srcPoisoned.map((c) => build(c, 'x13j', false));
const twins = srcPoisoned.filter((c) => c.twin).map((c) => build(c, 'x13jl', true));
const legit = [...srcLegit.map((c) => build(c, 'x13jl', false)), ...twins];

// ---------- validate ----------
const ids = new Set();
const descs = new Map();
const pSerial = new Set(poisoned.map((c) => JSON.stringify({ t: c.tool, s: c.server ?? null })));
for (const [set, cases] of [['poisoned', poisoned], ['legit', legit]]) {
  for (const c of cases) {
    if (ids.has(c.id)) fail(`duplicate id ${c.id}`);
    ids.add(c.id);
    const t = c.tool;
    if (typeof t.name !== 'string' || !t.name) fail(`${c.id}: empty tool name`);
    if (typeof t.description !== 'string' || !t.description.trim()) fail(`${c.id}: empty description`);
    if (!t.inputSchema || typeof t.inputSchema !== 'object' || t.inputSchema.type !== 'object' || typeof t.inputSchema.properties !== 'object') fail(`${c.id}: inputSchema must be an object schema`);
    const d = t.description;
    if (descs.has(d)) fail(`${c.id}: same description as ${descs.get(d)}`);
    else descs.set(d, c.id);
    const ser = JSON.stringify(c);
    if (/«!|!»|«\?|\?»|\{\{[a-z0-9]+:/.test(ser)) fail(`${c.id}: unresolved marker`);
    if (c.server) for (const k of Object.keys(c.server)) if (!['instructions', 'prompts', 'resources'].includes(k)) fail(`${c.id}: bad server key ${k}`);
    if (set === 'legit' && c.family === 'honest-twin' && pSerial.has(JSON.stringify({ t: c.tool, s: c.server ?? null }))) fail(`${c.id}: twin identical to its poisoned case`);
  }
}
for (const c of srcPoisoned) if (c.twin) {
  const ser = JSON.stringify({ t: c.tool, s: c.server ?? null });
  if (!/«!|"!/.test(ser) && !/_poison/.test(ser)) fail(`${c._file}:${c.slug}: twin requested but no poisoned-only marker`);
}

// ---------- counts ----------
function table(title, cases, key) {
  const m = {};
  for (const c of cases) m[c[key]] = (m[c[key]] ?? 0) + 1;
  const rows = Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`${title} by ${key}: ` + rows.map(([k, n]) => `${k}=${n}`).join(', '));
}
console.log(`x13j poisoned: ${poisoned.length}  legit: ${legit.length} (of which honest twins: ${twins.length})`);
table('poisoned', poisoned, 'family');
table('poisoned', poisoned, 'lang');
table('legit', legit, 'family');
table('legit', legit, 'lang');
const nonEn = (cs) => cs.filter((c) => c.lang !== 'en').length;
console.log(`non-English: poisoned ${nonEn(poisoned)}/${poisoned.length}, legit ${nonEn(legit)}/${legit.length}`);
console.log('transforms applied: ' + Object.entries(transformsUsed).sort().map(([k, n]) => `${k}=${n}`).join(', '));

if (errors.length) {
  for (const e of errors) console.error('VIOLATION: ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
for (const [dir, cases] of [['poisoned', poisoned], ['risky_legit', legit]]) {
  mkdirSync(join(here, dir), { recursive: true });
  writeFileSync(join(here, dir, 'x13j.json'), JSON.stringify({ cases }, null, 2) + '\n');
}
console.log('wrote poisoned/x13j.json and risky_legit/x13j.json');
