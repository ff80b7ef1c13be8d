#!/usr/bin/env node
// Generator for benign_ml.jsonl: benign multilingual training texts for the
// `injection` and `harmful` guards. All texts are hand-written in the
// per-language modules benign_ml_<lang>.mjs (one template string each).
//
// Usage: node test/eval/injection/model/benign_ml_generate.mjs
// Deterministic, Node built-ins only. Exits 1 on any validation error.
//
// Module format: a String.raw template. Each entry starts with a header line
// "@@ <domain>" and runs until the next header; the entry text is trimmed.
// Entry text containing a newline is a multi-line snippet.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'benign_ml.jsonl');

const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl',
  'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];

const DOMAINS = {
  news: 'news and local events',
  travel: 'travel and directions',
  product: 'product descriptions and reviews',
  recipe: 'recipes and cooking steps',
  support: 'customer support replies',
  office: 'office email and meeting notes',
  hr: 'HR and policy text',
  school: 'school and university notices',
  health: 'health and wellness advice',
  software: 'software documentation and release notes',
  ui: 'error messages and UI strings',
  finance: 'finance and invoices',
  weather: 'weather',
  sports: 'sports',
  culture: 'culture and history',
  realestate: 'real-estate listings',
  government: 'government service instructions',
  chat: 'chat messages between colleagues or friends',
};

const MIN_DOMAINS_PER_LANG = 12;
const ALLOWED_HOST_SUFFIXES = ['.example', '.test', '.invalid'];
// Last labels that would make a bare dotted token look like a real host name.
const REAL_TLDS = new Set(['com', 'org', 'net', 'io', 'co', 'gov', 'edu', 'info',
  'biz', 'dev', 'app', 'ai', 'de', 'fr', 'es', 'it', 'nl', 'ru', 'ua', 'pl', 'cn',
  'jp', 'kr', 'sa', 'in', 'tr', 'vn', 'id', 'se', 'uk', 'br', 'pt', 'eu', 'us',
  'ch', 'at', 'be', 'ca', 'au', 'mx', 'ar', 'cl', 'ae', 'eg', 'tw', 'hk', 'sg',
  'me', 'tv', 'xyz', 'online', 'site', 'shop', 'cloud', 'ly', 'gl', 'gg']);

const errors = [];
const err = (msg) => errors.push(msg);

function parseModule(lang, src) {
  if (src.includes('${')) err(`${lang}: module contains "\${"`);
  const entries = [];
  let cur = null;
  for (const line of src.split('\n')) {
    const m = /^@@\s+(\S+)\s*$/.exec(line);
    if (m) {
      if (cur) entries.push(cur);
      cur = { domain: m[1], lines: [] };
    } else if (line.startsWith('@@')) {
      err(`${lang}: malformed header line: ${line.slice(0, 60)}`);
    } else if (cur) {
      cur.lines.push(line);
    } else if (line.trim() !== '') {
      err(`${lang}: text before first "@@" header: ${line.slice(0, 60)}`);
    }
  }
  if (cur) entries.push(cur);
  return entries.map((e) => ({ domain: e.domain, text: e.lines.join('\n').trim() }));
}

function hostsIn(text) {
  const hosts = [];
  // URLs with a scheme.
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\s/:?#"'<>)\]]+)/gi)) hosts.push(m[1]);
  // E-mail addresses.
  for (const m of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) hosts.push(m[1]);
  // www.* tokens.
  for (const m of text.matchAll(/\bwww\.[\w-]+(?:\.[\w-]+)*/gi)) hosts.push(m[0]);
  // Bare dotted tokens ending in a real-looking TLD or an allowed suffix.
  for (const m of text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/gi)) {
    const tok = m[0].toLowerCase();
    const last = tok.split('.').pop();
    if (REAL_TLDS.has(last) || ['example', 'test', 'invalid'].includes(last)) hosts.push(tok);
  }
  return hosts.map((h) => h.toLowerCase().replace(/\.+$/, ''));
}

function shapeOf(text) {
  if (text.includes('\n')) return 'multiline';
  const latin = text.match(/[.!?؟।](?=\s|$|["»”)])/g) || [];
  const cjk = text.match(/[。！？](?!$)/g) || [];
  return latin.length + cjk.length + (/[。！？]$/.test(text) ? 1 : 0) >= 2 ? 'paragraph' : 'sentence';
}

const records = [];
const seen = new Map();
const byLang = {};
const byDomain = {};
const byShape = {};

for (const lang of LANGS) {
  const file = join(HERE, `benign_ml_${lang}.mjs`);
  let src;
  try {
    src = (await import(pathToFileURL(file).href)).default;
  } catch (e) {
    err(`${lang}: cannot load ${file}: ${e.message}`);
    continue;
  }
  if (typeof src !== 'string') { err(`${lang}: default export is not a string`); continue; }
  const entries = parseModule(lang, src);
  const langDomains = new Set();
  byShape[lang] = { sentence: 0, paragraph: 0, multiline: 0 };
  entries.forEach((e, i) => {
    const where = `${lang}#${i + 1}`;
    if (!LANGS.includes(lang)) err(`${where}: unknown language code ${lang}`);
    if (!Object.hasOwn(DOMAINS, e.domain)) err(`${where}: unknown domain "${e.domain}"`);
    if (!e.text) { err(`${where}: empty text`); return; }
    if (e.text.includes('`')) err(`${where}: text contains a backtick`);
    const key = e.text.replace(/\s+/g, ' ').trim().toLowerCase();
    if (seen.has(key)) err(`${where}: duplicate text (first seen at ${seen.get(key)}): ${e.text.slice(0, 60)}`);
    else seen.set(key, where);
    for (const h of new Set(hostsIn(e.text))) {
      if (!ALLOWED_HOST_SUFFIXES.some((s) => h.endsWith(s))) err(`${where}: host name not under .example/.test/.invalid: ${h}`);
    }
    langDomains.add(e.domain);
    byDomain[e.domain] = (byDomain[e.domain] || 0) + 1;
    byShape[lang][shapeOf(e.text)] += 1;
    records.push({ parts: [[e.text, 0]], lang, kind: 'benign', domain: e.domain });
  });
  byLang[lang] = { total: entries.length, domains: langDomains };
  if (langDomains.size < MIN_DOMAINS_PER_LANG) err(`${lang}: only ${langDomains.size} domains (need >= ${MIN_DOMAINS_PER_LANG})`);
}

// Final structural check of every record before writing.
for (const r of records) {
  const ok = Array.isArray(r.parts) && r.parts.length === 1 && typeof r.parts[0][0] === 'string'
    && r.parts[0][0].trim() !== '' && r.parts[0][1] === 0 && r.kind === 'benign'
    && LANGS.includes(r.lang) && Object.hasOwn(DOMAINS, r.domain);
  if (!ok) err(`bad record: ${JSON.stringify(r).slice(0, 80)}`);
}

console.log('benign_ml composition');
console.log('lang  total  sentence  paragraph  multiline  domains');
for (const lang of LANGS) {
  if (!byLang[lang]) continue;
  const s = byShape[lang];
  console.log(`${lang.padEnd(4)}  ${String(byLang[lang].total).padStart(5)}  ${String(s.sentence).padStart(8)}  ${String(s.paragraph).padStart(9)}  ${String(s.multiline).padStart(9)}  ${String(byLang[lang].domains.size).padStart(7)}`);
}
console.log('\ndomain        count');
for (const d of Object.keys(DOMAINS)) console.log(`${d.padEnd(12)}  ${String(byDomain[d] || 0).padStart(5)}`);
console.log(`\ntotal records: ${records.length}`);

if (errors.length) {
  for (const e of errors) console.error(`ERROR: ${e}`);
  console.error(`${errors.length} validation error(s); ${OUT} not written`);
  process.exit(1);
}
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`wrote ${OUT}`);
