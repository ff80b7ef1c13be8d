#!/usr/bin/env node
// Training round x13f of the tool-poisoning scanner corpus.
// Deterministic; Node built-ins only. Usage:
//   node test/scan-eval/corpus/x13f_generate.mjs
// Reads the hand-written modules in ./x13f/, expands character-transform
// markers (⟦kind|text⟧), assigns ids, validates, and writes
//   poisoned/x13f.json and risky_legit/x13f.json
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'x13f');

// ---------- character transforms ----------
const HOMO = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const transforms = {
  // Unicode tag characters: invisible ASCII mirror in U+E0020..U+E007E, framed by U+E0001 / U+E007F.
  tag: (s) => '\u{E0001}' + [...s].map((ch) => {
    const c = ch.codePointAt(0);
    return c >= 0x20 && c <= 0x7e ? String.fromCodePoint(0xe0000 + c) : '';
  }).join('') + '\u{E007F}',
  // zero-width splitting: ZWSP / ZWNJ / ZWJ between characters of each word
  zw: (s) => {
    const z = ['\u200b', '\u200c', '\u200d', '\u2060'];
    let i = 0;
    return [...s].map((ch) => (/\s/.test(ch) ? ch : ch + z[(i++) % z.length])).join('');
  },
  // bidi override: stored reversed inside RLO ... PDF so it renders forward
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  // isolate + LRO variant
  bidi2: (s) => '\u2067\u202d' + s + '\u202c\u2069',
  homo: (s) => [...s].map((ch) => HOMO[ch] ?? ch).join(''),
  full: (s) => [...s].map((ch) => {
    const c = ch.codePointAt(0);
    if (c === 0x20) return '\u3000';
    return c >= 0x21 && c <= 0x7e ? String.fromCodePoint(c + 0xfee0) : ch;
  }).join(''),
  // ANSI: concealed text, then reset
  ansi: (s) => '\u001b[8m' + s + '\u001b[0m',
  // ANSI: black-on-black plus cursor-up / erase-line so a terminal hides it
  ansi2: (s) => '\u001b[30;40m' + s + '\u001b[0m\u001b[1A\u001b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
};
const MARK = /⟦(\w+)\|([\s\S]*?)⟧/g;
const used = {};
function expand(v) {
  if (typeof v === 'string') {
    return v.replace(MARK, (_, kind, text) => {
      const f = transforms[kind];
      if (!f) throw new Error(`unknown transform ${kind}`);
      used[kind] = (used[kind] ?? 0) + 1;
      return f(text);
    });
  }
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expand(k)] = expand(x);
    return o;
  }
  return v;
}

// ---------- load ----------
const files = readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'lib.mjs').sort();
const all = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(srcDir, f)).href);
  if (!Array.isArray(mod.default)) throw new Error(`${f}: default export must be an array`);
  for (const c of mod.default.flat()) all.push({ ...c, file: f });
}

// ---------- build + validate ----------
const errors = [];
const ids = new Set();
const descs = new Map();
const out = { poison: [], legit: [] };
const stats = { poison: { family: {}, lang: {} }, legit: { family: {}, lang: {} } };
let twins = 0;
for (const c of all) {
  const where = `${c.file}:${c.slug}`;
  if (!['legit', 'poison'].includes(c.kind)) { errors.push(`${where}: bad kind`); continue; }
  if (!/^[a-z]{2}$/.test(c.lang ?? '')) errors.push(`${where}: bad lang ${c.lang}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(c.slug ?? '')) errors.push(`${where}: bad slug`);
  if (!c.family) errors.push(`${where}: missing family`);
  const id = `${c.kind === 'poison' ? 'x13f' : 'x13fl'}-${c.lang}-${c.slug}`;
  if (ids.has(id)) errors.push(`${where}: duplicate id ${id}`);
  ids.add(id);
  const t = expand(c.tool);
  if (!t || typeof t !== 'object') { errors.push(`${id}: tool not an object`); continue; }
  if (typeof t.name !== 'string' || !t.name.trim()) errors.push(`${id}: empty name`);
  if (typeof t.description !== 'string' || !t.description.trim()) errors.push(`${id}: empty description`);
  const s = t.inputSchema;
  if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') errors.push(`${id}: inputSchema must be an object schema`);
  else if (s.properties && (typeof s.properties !== 'object' || Array.isArray(s.properties))) errors.push(`${id}: properties must be an object`);
  if (typeof t.description === 'string') {
    if (descs.has(t.description)) errors.push(`${id}: same description as ${descs.get(t.description)}`);
    descs.set(t.description, id);
  }
  if (JSON.stringify(t).includes('%%X%%')) errors.push(`${id}: unfilled twin slot`);
  const rec = { id, family: c.family, lang: c.lang, tool: t };
  if (c.server) {
    const sv = expand(c.server);
    for (const k of Object.keys(sv)) if (!['instructions', 'prompts', 'resources'].includes(k)) errors.push(`${id}: server.${k} unknown`);
    if (sv.instructions !== undefined && typeof sv.instructions !== 'string') errors.push(`${id}: server.instructions must be a string`);
    for (const k of ['prompts', 'resources']) if (sv[k] !== undefined && !Array.isArray(sv[k])) errors.push(`${id}: server.${k} must be an array`);
    rec.server = sv;
  }
  // host names must be reserved
  const text = JSON.stringify(rec);
  const hosts = [];
  for (const m of text.matchAll(/(?:https?|wss?|ftp|sftp|ssh|git|s3):\/\/(?:[^@/\s"\\]*@)?([^\s/"\\?#:@)\]]+)/giu)) hosts.push(m[1]);
  for (const m of text.matchAll(/[\w.+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu)) hosts.push(m[1]);
  for (const m of text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|co|ru|de|cn|jp|kr|gov|edu|app|cloud)\b/gi)) hosts.push(m[0]);
  for (const raw of hosts) {
    const h = raw.toLowerCase().replace(/[.,;]+$/, '');
    if (h === 'localhost' || /^[\d.]+$/.test(h) || /^[^.]+$/.test(h)) continue;
    if (!/\.(example|test|invalid)$/.test(h)) errors.push(`${id}: non-reserved host ${h}`);
  }
  if (c.twin) twins++;
  out[c.kind].push(rec);
  const st = stats[c.kind];
  st.family[c.family] = (st.family[c.family] ?? 0) + 1;
  st.lang[c.lang] = (st.lang[c.lang] ?? 0) + 1;
}

if (errors.length) {
  for (const e of errors) console.error('ERROR', e);
  console.error(`${errors.length} violation(s)`);
  process.exit(1);
}

writeFileSync(join(here, 'poisoned', 'x13f.json'), JSON.stringify({ cases: out.poison }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'x13f.json'), JSON.stringify({ cases: out.legit }, null, 1) + '\n');

const show = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`x13f: ${out.poison.length} poisoned, ${out.legit.length} legitimate (${twins / 2} twin pairs)`);
for (const k of ['poison', 'legit']) {
  console.log(`${k === 'poison' ? 'poisoned' : 'legitimate'} by family: ${show(stats[k].family)}`);
  console.log(`${k === 'poison' ? 'poisoned' : 'legitimate'} by lang:   ${show(stats[k].lang)}`);
}
console.log(`transforms applied: ${show(used)}`);
