#!/usr/bin/env node
// Blind round 18 generator for the tool-poisoning scanner's held-out corpus.
// Deterministic, Node built-ins only. Reads the hand-written modules in
// ./blind18/ (each may export `poisoned` and/or `legit` arrays), expands the
// transform markers documented in ./blind18/lib.mjs, derives honest twins,
// assigns ids, validates, and writes
//   ./poisoned/blind18.json and ./risky_legit/blind18.json
// Usage: node test/scan-eval/corpus/blind18_generate.mjs [--check]
//   --check  validate and print counts without writing the files.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const caseDir = join(here, 'blind18');
const checkOnly = process.argv.includes('--check');

const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const ALLOWED_TLDS = new Set(['example', 'test', 'invalid']);

// ---------------------------------------------------------------- transforms
const HOMO = {
  a: '\u0430', c: '\u0441', e: '\u0435', i: '\u0456', j: '\u0458', o: '\u043e', p: '\u0440', s: '\u0455', x: '\u0445', y: '\u0443',
  A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', I: '\u0406', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425', Y: '\u03a5', N: '\u039d',
};
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];
const TRANSFORMS = {
  tag: (s) => '\u{E0001}' + [...s].map((ch) => { const cp = ch.codePointAt(0); return cp >= 0x20 && cp <= 0x7e ? String.fromCodePoint(0xe0000 + cp) : ch; }).join('') + '\u{E007F}',
  zw: (s) => { let k = 0; return [...s].map((ch, i, a) => (i < a.length - 1 && /\S/.test(ch) && /\S/.test(a[i + 1]) ? ch + ZW[k++ % ZW.length] : ch)).join(''); },
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  homo: (s) => [...s].map((ch) => HOMO[ch] || ch).join(''),
  fw: (s) => [...s].map((ch) => { const cp = ch.codePointAt(0); if (cp === 0x20) return '\u3000'; return cp >= 0x21 && cp <= 0x7e ? String.fromCodePoint(cp + 0xfee0) : ch; }).join(''),
  ansi: (s) => '\u001b[8m' + s + '\u001b[0m',
  ansiclr: (s) => '\u001b[2K\r' + s + '\u001b[1A\u001b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13: (s) => s.replace(/[a-zA-Z]/g, (ch) => { const b = ch <= 'Z' ? 65 : 97; return String.fromCharCode(((ch.charCodeAt(0) - b + 13) % 26) + b); }),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const transformUse = {};

// Expand markers; mode is 'poison' or 'twin'. Handles nesting.
function expand(s, mode) {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const m = /^\{\{([A-Za-z0-9]+):/.exec(s.slice(i, i + 12));
    if (!m || !(m[1] === 'P' || m[1] === 'H' || m[1] in TRANSFORMS)) { out += s[i]; i++; continue; }
    // find the matching }}
    let depth = 1;
    let j = i + m[0].length;
    while (j < s.length && depth > 0) {
      if (s.startsWith('{{', j)) { depth++; j += 2; } else if (s.startsWith('}}', j)) { depth--; j += 2; } else j++;
    }
    if (depth !== 0) throw new Error('unbalanced marker in: ' + s.slice(i, i + 60));
    const inner = expand(s.slice(i + m[0].length, j - 2), mode);
    const name = m[1];
    if (name === 'P') out += mode === 'poison' ? inner : '';
    else if (name === 'H') out += mode === 'twin' ? inner : '';
    else { out += TRANSFORMS[name](inner); if (mode === 'poison') transformUse[name] = (transformUse[name] || 0) + 1; }
    i = j;
  }
  return out;
}
// Top-level expansion: in twins, tidy the spaces a dropped clause leaves behind.
function expandTop(s, mode) {
  const out = expand(s, mode);
  if (mode !== 'twin' || !/\{\{(P|H):/.test(s)) return out;
  return out.replace(/[ \t]{2,}/g, ' ').replace(/ +([.,;:])/g, '$1').replace(/\n{3,}/g, '\n\n').trim();
}

function walk(v, mode) {
  if (typeof v === 'string') return expandTop(v, mode);
  if (Array.isArray(v)) return v.map((x) => walk(x, mode)).filter((x) => x !== '');
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, val] of Object.entries(v)) {
      const nk = expandTop(k, mode);
      if (nk === '') continue;
      o[nk] = walk(val, mode);
    }
    return o;
  }
  return v;
}

// ---------------------------------------------------------------- load
const modules = readdirSync(caseDir).filter((f) => f.endsWith('.mjs') && f !== 'lib.mjs').sort();
const poisoned = [];
const legit = [];
const errors = [];
let twinCount = 0;
for (const f of modules) {
  const mod = await import(pathToFileURL(join(caseDir, f)).href);
  for (const r of mod.poisoned || []) {
    poisoned.push(finish(r, 'b18', 'poison', f));
    if (r.twin) {
      twinCount++;
      legit.push(finish({ ...r, slug: 'twin-' + r.slug, family: r.twin }, 'b18l', 'twin', f));
    }
  }
  for (const r of mod.legit || []) legit.push(finish(r, 'b18l', 'legit', f));
}

function finish(r, prefix, mode, file) {
  const where = `${file}:${r.slug}`;
  if (!r.slug || !/^[a-z0-9][a-z0-9-]*$/.test(r.slug)) errors.push(`${where}: bad slug`);
  if (!LANGS.has(r.lang)) errors.push(`${where}: unknown lang ${r.lang}`);
  if (!r.family) errors.push(`${where}: empty family`);
  const m = mode === 'legit' ? 'twin' : mode; // legit cases: drop {{P:}} defensively, keep {{H:}}
  const out = { id: `${prefix}-${r.lang}-${r.slug}`, family: r.family, lang: r.lang, tool: walk(r.tool, m) };
  if (r.server) out.server = walk(r.server, m);
  if (mode === 'legit' && JSON.stringify(r).includes('{{P:')) errors.push(`${where}: legit case holds a {{P:}} marker`);
  return out;
}

// ---------------------------------------------------------------- validate
function allStrings(v, acc = []) {
  if (typeof v === 'string') acc.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, acc));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { acc.push(k); allStrings(x, acc); }
  return acc;
}
function checkHosts(id, v) {
  for (const s of allStrings(v)) {
    const plain = s.normalize('NFKC');
    const hosts = [];
    for (const m of plain.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@?#]*@)?([^\s/:?#"'<>)\]]+)/gi)) hosts.push(m[1]);
    for (const m of plain.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) hosts.push(m[1]);
    for (const m of plain.matchAll(/\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|co|app|cloud|xyz|ru|cn|de))\b/gi)) hosts.push(m[1]);
    for (let h of hosts) {
      h = h.replace(/[.,;]+$/, '').toLowerCase();
      if (!h.includes('.') || /^[\d.]+$/.test(h) || h === 'localhost' || /^\{.*\}$/.test(h) || h.startsWith('{') || h.startsWith('$')) continue;
      const tld = h.split('.').pop();
      if (!ALLOWED_TLDS.has(tld)) errors.push(`${id}: host "${h}" is not under .example/.test/.invalid`);
    }
  }
}
function validate(list, label, descSeen) {
  const ids = new Set();
  for (const k of list) {
    if (ids.has(k.id)) errors.push(`${label}: duplicate id ${k.id}`);
    ids.add(k.id);
    const t = k.tool;
    if (typeof t.name !== 'string' || !t.name.trim()) errors.push(`${k.id}: empty tool name`);
    if (typeof t.description !== 'string' || !t.description.trim()) errors.push(`${k.id}: empty description`);
    if (!t.inputSchema || typeof t.inputSchema !== 'object' || Array.isArray(t.inputSchema) || t.inputSchema.type !== 'object') errors.push(`${k.id}: inputSchema must be an object schema`);
    if (descSeen.has(t.description)) errors.push(`${k.id}: same description as ${descSeen.get(t.description)}`);
    else descSeen.set(t.description, k.id);
    if (k.server) {
      for (const key of Object.keys(k.server)) if (!['instructions', 'prompts', 'resources'].includes(key)) errors.push(`${k.id}: unknown server member ${key}`);
      if ('instructions' in k.server && typeof k.server.instructions !== 'string') errors.push(`${k.id}: instructions must be a string`);
      for (const key of ['prompts', 'resources']) if (key in k.server && !Array.isArray(k.server[key])) errors.push(`${k.id}: ${key} must be an array`);
    }
    const text = JSON.stringify(k);
    if (/\{\{(P|H|tag|zw|bidi|homo|fw|ansi|ansiclr|b64|hex|rot13|pct):/.test(text)) errors.push(`${k.id}: unexpanded marker`);
    checkHosts(k.id, k);
  }
}
const descSeen = new Map();
validate(poisoned, 'poisoned', descSeen);
validate(legit, 'risky_legit', descSeen);
// every twin must differ from its poisoned original
const byId = new Map(poisoned.map((k) => [k.id, k]));
for (const k of legit) {
  if (!k.id.startsWith('b18l-') || !k.id.includes('-twin-')) continue;
  const orig = byId.get(k.id.replace(/^b18l-([a-z]+)-twin-/, 'b18-$1-'));
  if (!orig) errors.push(`${k.id}: twin without original`);
  else if (JSON.stringify({ t: orig.tool, s: orig.server }) === JSON.stringify({ t: k.tool, s: k.server })) errors.push(`${k.id}: twin identical to its poisoned original`);
}

// ---------------------------------------------------------------- report
function counts(list, key) {
  const m = new Map();
  for (const k of list) m.set(k[key], (m.get(k[key]) || 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
function report(list, label) {
  console.log(`${label}: ${list.length} cases`);
  console.log('  by family: ' + counts(list, 'family').map(([k, n]) => `${k}=${n}`).join(', '));
  console.log('  by lang:   ' + counts(list, 'lang').map(([k, n]) => `${k}=${n}`).join(', '));
  const nonEn = list.filter((k) => k.lang !== 'en').length;
  console.log(`  non-English: ${nonEn} (${Math.round((100 * nonEn) / Math.max(1, list.length))}%)`);
  const loc = { outputSchema: 0, annotations: 0, title: 0, instructions: 0, prompts: 0, resources: 0 };
  for (const k of list) {
    for (const f of ['outputSchema', 'annotations', 'title']) if (k.tool[f]) loc[f]++;
    if (k.server) for (const f of ['instructions', 'prompts', 'resources']) if (k.server[f]) loc[f]++;
  }
  console.log('  with: ' + Object.entries(loc).map(([a, b]) => `${a}=${b}`).join(', '));
}
report(poisoned, 'poisoned/blind18.json');
report(legit, 'risky_legit/blind18.json');
console.log(`honest twins: ${twinCount} (of ${poisoned.length} poisoned)`);
console.log('transforms applied: ' + Object.entries(transformUse).sort().map(([a, b]) => `${a}=${b}`).join(', '));

if (errors.length) {
  for (const e of errors) console.error('ERROR ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
if (!checkOnly) {
  writeFileSync(join(here, 'poisoned', 'blind18.json'), JSON.stringify({ cases: poisoned }, null, 2) + '\n');
  writeFileSync(join(here, 'risky_legit', 'blind18.json'), JSON.stringify({ cases: legit }, null, 2) + '\n');
  console.log('wrote poisoned/blind18.json and risky_legit/blind18.json');
}
