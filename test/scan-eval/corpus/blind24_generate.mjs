#!/usr/bin/env node
// Blind round 24 generator: node test/scan-eval/corpus/blind24_generate.mjs
// Node built-ins only; deterministic. Reads hand-written cases from ./blind24/*.mjs,
// expands character-transform markers, assigns ids, validates, and writes
//   poisoned/blind24.json and risky_legit/blind24.json
// Any validation failure: print the problems, write nothing, exit 1.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(here, 'blind24');
const helpers = await import(pathToFileURL(path.join(srcDir, 'helpers.mjs')).href);
helpers.reseed(0x24b1d024);

const MODULES = ['poisoned_en.mjs', 'legit_en.mjs', 'twins.mjs', 'intl_a.mjs', 'intl_b.mjs', 'intl_c.mjs', 'slots.mjs'];

// ---------- marker expansion ----------
const MARKER_NAMES = ['tag', 'zw', 'bidi', 'cyr', 'fw', 'ansiup', 'ansi', 'b64', 'hex', 'pct'];
const MARKER_RE = new RegExp('\\{\\{(' + MARKER_NAMES.join('|') + '):([\\s\\S]*?)\\}\\}', 'g');
const LEFTOVER_RE = new RegExp('\\{\\{(' + MARKER_NAMES.join('|') + '):');
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const bytes = (s) => [...Buffer.from(s, 'utf8')];
const TRANSFORMS = {
  tag: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : ch; }).join(''),
  zw: (s) => [...s].join('\u200b'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  cyr: (s) => [...s].map((ch) => CYR[ch] ?? ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c === 0x20 ? '\u3000' : c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ansi: (s) => '\x1b[8m' + s + '\x1b[0m',
  ansiup: (s) => s + '\n\x1b[1A\x1b[2K\r',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => bytes(s).map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const usedMarkers = {};
function expandString(s) {
  let prev;
  do {
    prev = s;
    s = s.replace(MARKER_RE, (_, kind, body) => { usedMarkers[kind] = (usedMarkers[kind] || 0) + 1; return TRANSFORMS[kind](body); });
  } while (s !== prev);
  return s;
}
function expand(v) {
  if (typeof v === 'string') return expandString(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, val] of Object.entries(v)) out[expandString(k)] = expand(val);
    return out;
  }
  return v;
}

// ---------- load ----------
const problems = [];
const all = [];
for (const m of MODULES) {
  const mod = await import(pathToFileURL(path.join(srcDir, m)).href);
  const list = mod.default;
  if (!Array.isArray(list)) { problems.push(`${m}: default export is not an array`); continue; }
  for (const c of list) all.push({ ...c, module: m });
}

// ---------- validate + build ----------
const ALLOWED_HOST = /(^|\.)(example|test|invalid)$/i;
function hostOk(host) {
  host = host.replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/[.\]]+$/, '').toLowerCase();
  if (host.startsWith('[')) return false;
  if (!host.includes('.')) return true; // bare internal host name
  return ALLOWED_HOST.test(host);
}
function strings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); strings(x, out); }
  return out;
}
function decodedViews(s) {
  // Also check hosts hidden inside encodings we produced.
  const views = [s];
  for (const m of s.matchAll(/[A-Za-z0-9+/]{16,}={0,2}/g)) views.push(Buffer.from(m[0], 'base64').toString('utf8'));
  for (const m of s.matchAll(/(?:[0-9a-f]{2}){8,}/g)) views.push(Buffer.from(m[0], 'hex').toString('utf8'));
  for (const m of s.matchAll(/(?:%[0-9A-F]{2}){4,}/g)) { try { views.push(decodeURIComponent(m[0])); } catch {} }
  views.push([...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0xe0020 && c < 0xe007f ? String.fromCharCode(c - 0xe0000) : c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch; }).join('').replace(/[\u200b\u202e\u202c]/g, ''));
  return views;
}
function checkHosts(where, v) {
  for (const raw of strings(v)) {
    for (const s of decodedViews(raw)) {
      for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>()`,;]+)/gi)) {
        if (!hostOk(m[1])) problems.push(`${where}: URL host not allowed: ${m[0]}`);
      }
      for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
        if (!hostOk(m[1])) problems.push(`${where}: mail/ssh host not allowed: ${m[0]}`);
      }
      for (const m of s.matchAll(/\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|co|ru|cn|de|fr|jp|xyz|app|sh)\b(?![\w-])/gi)) {
        // bare domain-looking tokens with real TLDs (allow file names like x.sh, config.de? -> report)
        const tok = m[0].toLowerCase();
        if (/\.(sh)$/.test(tok)) continue; // shell script file names
        problems.push(`${where}: real-looking domain: ${m[0]}`);
      }
    }
  }
}
function checkSchema(where, schema) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
  if (Array.isArray(schema.required) && schema.properties && typeof schema.properties === 'object') {
    for (const r of schema.required) if (!(r in schema.properties)) problems.push(`${where}: required names unknown property "${r}"`);
  } else if (schema.required !== undefined && !Array.isArray(schema.required) && typeof schema.required !== 'boolean') {
    problems.push(`${where}: required is not an array`);
  } else if (Array.isArray(schema.required) && schema.required.length && !schema.properties) {
    problems.push(`${where}: required without properties`);
  }
  for (const key of ['properties', '$defs', 'definitions', 'patternProperties']) {
    if (schema[key] && typeof schema[key] === 'object') for (const [k, sub] of Object.entries(schema[key])) checkSchema(`${where}.${key}.${k}`, sub);
  }
  if (schema.items) checkSchema(`${where}.items`, schema.items);
  for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(schema[key])) schema[key].forEach((s, i) => checkSchema(`${where}.${key}[${i}]`, s));
}

const ids = new Set();
const descs = new Map();
const out = { poisoned: [], legit: [] };
const twinCount = { poisoned: 0, legit: 0 };
for (const c of all) {
  const where = `${c.module}:${c.slug}`;
  if (c.kind !== 'poisoned' && c.kind !== 'legit') { problems.push(`${where}: bad kind`); continue; }
  if (!c.lang || !/^[a-z]{2}$/.test(c.lang)) problems.push(`${where}: bad lang ${c.lang}`);
  if (!c.slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.slug)) problems.push(`${where}: bad slug`);
  if (!c.family || typeof c.family !== 'string') problems.push(`${where}: missing family`);
  const id = (c.kind === 'poisoned' ? 'b24-' : 'b24l-') + c.lang + '-' + c.slug;
  if (ids.has(id)) problems.push(`${where}: duplicate id ${id}`);
  ids.add(id);
  const tool = expand(c.tool);
  const server = c.server ? expand(c.server) : undefined;
  if (!tool || typeof tool !== 'object') { problems.push(`${where}: tool missing`); continue; }
  if (typeof tool.name !== 'string' || !tool.name.trim()) problems.push(`${where}: empty tool name`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) problems.push(`${where}: empty description`);
  if (!tool.inputSchema || typeof tool.inputSchema !== 'object' || Array.isArray(tool.inputSchema) || tool.inputSchema.type !== 'object') problems.push(`${where}: inputSchema must be an object schema`);
  else checkSchema(`${where}.inputSchema`, tool.inputSchema);
  if (tool.outputSchema) checkSchema(`${where}.outputSchema`, tool.outputSchema);
  if (server !== undefined) {
    if (typeof server !== 'object' || Array.isArray(server)) problems.push(`${where}: server must be an object`);
    else for (const [k, v] of Object.entries(server)) {
      if (k === 'instructions') { if (typeof v !== 'string') problems.push(`${where}: server.instructions must be a string`); }
      else if (k === 'prompts' || k === 'resources') {
        if (!Array.isArray(v)) problems.push(`${where}: server.${k} must be an array`);
        else v.forEach((e, i) => { if (!e || typeof e !== 'object' || (k === 'prompts' ? !e.name : !e.uri)) problems.push(`${where}: server.${k}[${i}] malformed`); });
      } else problems.push(`${where}: server has unknown member ${k}`);
    }
  }
  if (typeof tool.description === 'string') {
    const d = tool.description;
    if (descs.has(d)) problems.push(`${where}: duplicate description (also ${descs.get(d)})`);
    descs.set(d, where);
  }
  for (const s of strings({ tool, server })) if (LEFTOVER_RE.test(s)) problems.push(`${where}: unexpanded marker`);
  checkHosts(where, { tool, server });
  const rec = { id, family: c.family, lang: c.lang, tool };
  if (server) rec.server = server;
  out[c.kind].push(rec);
  if (c.twin) twinCount[c.kind]++;
}

if (problems.length) {
  console.error(`blind24: ${problems.length} problem(s); nothing written`);
  for (const p of problems.slice(0, 200)) console.error('  ' + p);
  process.exit(1);
}

function report(label, list) {
  const fam = {}, lang = {};
  for (const c of list) { fam[c.family] = (fam[c.family] || 0) + 1; lang[c.lang] = (lang[c.lang] || 0) + 1; }
  const en = lang.en || 0;
  console.log(`${label}: ${list.length} cases, ${Object.keys(fam).length} families, ${Object.keys(lang).length} languages (en ${en}, ${(100 * en / list.length).toFixed(1)}%)`);
  console.log('  families: ' + Object.entries(fam).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' '));
  console.log('  languages: ' + Object.entries(lang).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' '));
}
report('poisoned', out.poisoned);
report('risky_legit', out.legit);
console.log(`honest twins: ${twinCount.legit} legit / ${twinCount.poisoned} poisoned`);
console.log('markers expanded: ' + MARKER_NAMES.filter((k) => usedMarkers[k]).map((k) => `${k}=${usedMarkers[k]}`).join(' '));

const write = (rel, cases) => fs.writeFileSync(path.join(here, rel), JSON.stringify({ cases }, null, 2) + '\n');
write('poisoned/blind24.json', out.poisoned);
write('risky_legit/blind24.json', out.legit);
console.log('wrote poisoned/blind24.json and risky_legit/blind24.json');
