#!/usr/bin/env node
// Generator for training round x13k of the tool-poisoning scanner corpus.
// Deterministic, Node built-ins only. Reads the hand-written cases in ./x13k/*.mjs,
// applies character transforms (⟦kind|text⟧ markers), derives honest twins from
// poisoned cases that mark their malicious clause with ⟪ ⟫, assigns ids, validates,
// writes poisoned/x13k.json and risky_legit/x13k.json and prints the composition.
//
//   node test/scan-eval/corpus/x13k_generate.mjs
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const caseDir = join(here, 'x13k');

// ---------- character transforms ----------
const HOMO = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const ZW = ['\u200B', '\u200C', '\u200D', '\u2060'];
const transforms = {
  // Unicode tag characters: invisible copy of the ASCII text.
  tag: (t) => '\u{E0001}' + [...t].map((ch) => {
    const c = ch.codePointAt(0);
    return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : '';
  }).join('') + '\u{E007F}',
  // Zero-width splitting inside every word.
  zw: (t) => t.split(' ').map((w, wi) => [...w].join(ZW[wi % ZW.length])).join(' '),
  // Right-to-left override: stored reversed, displayed forwards.
  bidi: (t) => '\u202E' + [...t].reverse().join('') + '\u202C',
  homo: (t) => [...t].map((ch) => HOMO[ch] ?? ch).join(''),
  fw: (t) => [...t].map((ch) => {
    const c = ch.codePointAt(0);
    if (c === 0x20) return '\u3000';
    return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch;
  }).join(''),
  // ANSI conceal (SGR 8) ... reveal/reset.
  ansi: (t) => '\u001b[8m' + t + '\u001b[0m',
  // Text written, then the terminal line is erased and overwritten.
  ansierase: (t) => t + '\r\u001b[2K\u001b[1A',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
};

const violations = [];
const usedTransforms = {};
function applyTransforms(s, where) {
  return s.replace(/⟦([a-z0-9]+)\|([\s\S]*?)⟧/g, (_, kind, text) => {
    const f = transforms[kind];
    if (!f) { violations.push(`${where}: unknown transform ${kind}`); return text; }
    usedTransforms[kind] = (usedTransforms[kind] ?? 0) + 1;
    return f(text);
  });
}

const stripClause = (s) => s
  .replace(/⟪[\s\S]*?⟫/g, '')
  .replace(/[ \t]{2,}/g, ' ')
  .replace(/ +([.,;:!?。、])/g, '$1')
  .replace(/([。！？]) +/g, '$1')
  .replace(/\n{3,}/g, '\n\n')
  .replace(/^\s+|\s+$/g, '');
const keepClause = (s) => s.replace(/[⟪⟫]/g, '');

// Deep map over strings and object keys; drops empty strings from arrays and empty-string members
// that only exist because a whole clause was removed (twins).
function mapDeep(v, f, where) {
  if (typeof v === 'string') return f(v, where);
  if (Array.isArray(v)) {
    return v.map((x, i) => mapDeep(x, f, `${where}[${i}]`)).filter((x) => x !== '' && x !== undefined);
  }
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) {
      const nk = f(k, `${where}.key`);
      if (nk === '') continue;
      const nx = mapDeep(x, f, `${where}.${k}`);
      if (nx === '' && k !== 'description') continue;
      o[nk] = nx;
    }
    return o;
  }
  return v;
}

const hasMarker = (v) => JSON.stringify(v).includes('⟪');

// ---------- load cases ----------
const files = readdirSync(caseDir).filter((f) => f.endsWith('.mjs') && f !== 'lib.mjs').sort();
const raw = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(caseDir, f)).href);
  if (!Array.isArray(mod.cases)) { violations.push(`${f}: no exported "cases" array`); continue; }
  for (const c of mod.cases) raw.push({ ...c, file: f });
}

const poisoned = [];
const legit = [];
const ids = new Set();
const descriptions = { poisoned: new Map(), legit: new Map() };
const ALLOWED_TLD = /\.(example|test|invalid)$/i;

function checkHosts(c) {
  const text = JSON.stringify(c);
  for (const m of text.matchAll(/\b(?:https?|ftps?|wss?|ssh|git|sftp):\/\/(?:[^@\/\s]*@)?([A-Za-z0-9.-]+)/gi)) {
    const host = m[1].toLowerCase().replace(/\.+$/, "");
    if (host === 'localhost' || /^[\d.]+$/.test(host) || !host.includes('.')) continue;
    if (!ALLOWED_TLD.test(host)) violations.push(`${c.id}: host ${host} is not under .example/.test/.invalid`);
  }
  for (const m of text.matchAll(/\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|ai|app|co|cn|ru|jp|de|uk|fr|br|xyz|info|biz|me|ly)\b/gi)) {
    violations.push(`${c.id}: bare domain ${m[0]} looks like a real host`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    const host = m[1].toLowerCase().replace(/\.+$/, "");
    if (!ALLOWED_TLD.test(host)) violations.push(`${c.id}: mail host ${host} is not under .example/.test/.invalid`);
  }
}

function finish(c, kind, lang, slug, family, tool, server) {
  const prefix = kind === 'poisoned' ? 'x13k' : 'x13kl';
  const id = `${prefix}-${lang}-${slug}`;
  const out = { id, family, lang, tool };
  if (server && Object.keys(server).length) out.server = server;
  if (!/^[a-z]{2}$/.test(lang)) violations.push(`${id}: bad lang`);
  if (!/^[a-z0-9-]+$/.test(slug)) violations.push(`${id}: bad slug`);
  if (ids.has(id)) violations.push(`${id}: duplicate id`);
  ids.add(id);
  if (!family) violations.push(`${id}: empty family`);
  if (!tool || typeof tool.name !== 'string' || !tool.name.trim()) violations.push(`${id}: empty tool name`);
  if (!tool || typeof tool.description !== 'string' || !tool.description.trim()) violations.push(`${id}: empty description`);
  const is = tool && tool.inputSchema;
  if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object') violations.push(`${id}: inputSchema must be an object schema`);
  if (is && is.properties !== undefined && (typeof is.properties !== 'object' || Array.isArray(is.properties))) violations.push(`${id}: properties must be an object`);
  if (is && Array.isArray(is.required)) for (const r of is.required) if (!(r in (is.properties ?? {}))) violations.push(`${id}: required "${r}" is not a property`);
  if (tool && typeof tool.description === 'string') {
    // Unique within each output file (an honest twin may keep its poisoned sibling's description
    // when the malicious clause sat elsewhere, e.g. in a property or the server instructions).
    const seen = descriptions[kind];
    const prev = seen.get(tool.description);
    if (prev) violations.push(`${id}: same description as ${prev}`);
    seen.set(tool.description, id);
  }
  if (JSON.stringify(out).match(/[⟪⟫⟦⟧]/)) violations.push(`${id}: unprocessed marker`);
  checkHosts(out);
  (kind === 'poisoned' ? poisoned : legit).push(out);
}

for (const c of raw) {
  const where = `${c.file}:${c.lang}-${c.slug}`;
  // Host names are also checked before transforms (payloads hidden by base64, hex, bidi, ...).
  checkHosts({ id: where, tool: c.tool, server: c.server });
  if (c.kind === 'poisoned') {
    const marked = hasMarker(c.tool) || hasMarker(c.server ?? {});
    if (c.twin && !marked) violations.push(`${where}: twin requested but no ⟪⟫ clause`);
    const f = (s, w) => applyTransforms(keepClause(s), w);
    finish(c, 'poisoned', c.lang, c.slug, c.family, mapDeep(c.tool, f, where), mapDeep(c.server ?? {}, f, where));
    if (c.twin) {
      const g = (s, w) => applyTransforms(stripClause(s), w);
      finish(c, 'legit', c.lang, `${c.slug}-twin`, 'honest_twin', mapDeep(c.tool, g, where), mapDeep(c.server ?? {}, g, where));
    }
  } else if (c.kind === 'legit') {
    if (hasMarker(c.tool) || hasMarker(c.server ?? {})) violations.push(`${where}: legit case carries a ⟪⟫ clause`);
    const f = (s, w) => applyTransforms(s, w);
    finish(c, 'legit', c.lang, c.slug, c.family, mapDeep(c.tool, f, where), mapDeep(c.server ?? {}, f, where));
  } else {
    violations.push(`${where}: unknown kind ${c.kind}`);
  }
}

// ---------- report ----------
function counts(list, key) {
  const m = {};
  for (const c of list) m[c[key]] = (m[c[key]] ?? 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
function report(title, list) {
  const nonEn = list.filter((c) => c.lang !== 'en').length;
  console.log(`${title}: ${list.length} cases (${nonEn} non-English, ${(100 * nonEn / Math.max(1, list.length)).toFixed(0)}%)`);
  console.log('  by family: ' + counts(list, 'family').map(([k, v]) => `${k}=${v}`).join(', '));
  console.log('  by lang:   ' + counts(list, 'lang').map(([k, v]) => `${k}=${v}`).join(', '));
}
report('poisoned/x13k.json', poisoned);
report('risky_legit/x13k.json', legit);
console.log('  honest twins: ' + legit.filter((c) => c.family === 'honest_twin').length);
console.log('  transforms: ' + Object.entries(usedTransforms).sort().map(([k, v]) => `${k}=${v}`).join(', '));
const pc = (f) => poisoned.filter(f).length;
console.log(`  poisoned carriers: server instructions=${pc((c) => c.server?.instructions)}, prompts=${pc((c) => c.server?.prompts)}, resources=${pc((c) => c.server?.resources)}, outputSchema=${pc((c) => c.tool.outputSchema)}, annotations=${pc((c) => c.tool.annotations)}, $defs=${pc((c) => c.tool.inputSchema.$defs)}`);

if (violations.length) {
  console.error(`\n${violations.length} violation(s):`);
  for (const v of violations) console.error('  ' + v);
  process.exit(1);
}
const write = (p, list) => writeFileSync(p, JSON.stringify({ cases: list }, null, 2) + '\n');
write(join(here, 'poisoned', 'x13k.json'), poisoned);
write(join(here, 'risky_legit', 'x13k.json'), legit);
console.log('wrote poisoned/x13k.json and risky_legit/x13k.json');
