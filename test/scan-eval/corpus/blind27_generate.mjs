#!/usr/bin/env node
// Blind round 27 generator. Node built-ins only, deterministic.
// Usage: node test/scan-eval/corpus/blind27_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import poisonedEn from './blind27/poisoned_en.mjs';
import legitEn from './blind27/legit_en.mjs';
import twins from './blind27/twins.mjs';
import intlA from './blind27/intl_a.mjs';
import intlB from './blind27/intl_b.mjs';
import intlC from './blind27/intl_c.mjs';
import slots from './blind27/slots.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const MODULES = [['poisoned_en', poisonedEn], ['legit_en', legitEn], ['twins', twins], ['intl_a', intlA], ['intl_b', intlB], ['intl_c', intlC], ['slots', slots]];

// ---- character-transform markers: {{kind:text}} ----
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х' };
const TRANSFORMS = {
  tag: (t) => [...t].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join(''),
  zw: (t) => [...t].join('\u200b'),
  bidi: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  cyr: (t) => [...t].map((ch) => CYR[ch] ?? ch).join(''),
  fw: (t) => [...t].map((ch) => (ch === ' ' ? '\u3000' : ch.charCodeAt(0) >= 0x21 && ch.charCodeAt(0) <= 0x7e ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join(''),
  ansi: (t) => '\u001b[8m' + t + '\u001b[28m',
  ansiup: (t) => t + '\n\u001b[1A\u001b[2K',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
  pct: (t) => [...Buffer.from(t, 'utf8')].map((x) => '%' + x.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARKER = /\{\{(tag|zw|bidi|cyr|fw|ansi|ansiup|b64|hex|pct):([\s\S]*?)\}\}/g;
const LEFTOVER = /\{\{(tag|zw|bidi|cyr|fw|ansi|ansiup|b64|hex|pct):/;
const expandStr = (s) => s.replace(MARKER, (_, k, t) => TRANSFORMS[k](t));
function expand(v) {
  if (typeof v === 'string') return expandStr(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expandStr(k)] = expand(x);
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

// ---- host checks ----
const OK_HOST = /(^|\.)[a-z0-9-]+\.(example|test|invalid)$/i;
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\/\s?#"'`<>)\]\\]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const BARE_RE = /\b(?:[a-z0-9-]+\.)+(com|org|net|io|dev|app|xyz|ai|cn|ru|info|biz)\b/gi;
function hostProblems(text) {
  const bad = [];
  for (const m of text.matchAll(URL_RE)) {
    let host = m[1].replace(/^.*@/, '').replace(/:\d+$/, '').replace(/[.,;]+$/, '').toLowerCase();
    if (host.startsWith('[')) { bad.push('ip literal ' + host); continue; }
    if (host.includes('.') && !OK_HOST.test(host)) bad.push('url host ' + host);
  }
  for (const m of text.matchAll(MAIL_RE)) {
    const d = m[1].toLowerCase();
    if (/\.\d+$/.test(d)) continue; // version pin such as pkg@1.2.3
    if (!OK_HOST.test(d)) bad.push('mail domain ' + d);
  }
  for (const m of text.matchAll(BARE_RE)) bad.push('bare domain ' + m[0]);
  return bad;
}

// ---- build ----
const errors = [];
const poisoned = [], legit = [];
const ids = new Set(), descs = new Map();
for (const [modName, list] of MODULES) {
  if (!Array.isArray(list)) { errors.push(`${modName}: default export is not an array`); continue; }
  for (const raw of list.flat(3)) {
    const where = `${modName}:${raw?.slug}`;
    if (!raw || (raw.kind !== 'p' && raw.kind !== 'l')) { errors.push(`${where}: bad case kind`); continue; }
    if (!/^[a-z]{2}$/.test(raw.lang)) errors.push(`${where}: bad lang ${raw.lang}`);
    if (!/^[a-z0-9-]+$/.test(raw.slug || '')) errors.push(`${where}: bad slug`);
    if (!raw.family) errors.push(`${where}: no family`);
    for (const s of strings({ t: raw.tool, s: raw.server ?? {} })) for (const p of hostProblems(s)) errors.push(`${where}: ${p} (source)`);
    const tool = expand(raw.tool);
    const server = raw.server ? expand(raw.server) : undefined;
    const id = `${raw.kind === 'p' ? 'b27' : 'b27l'}-${raw.lang}-${raw.slug}`;
    if (ids.has(id)) errors.push(`${where}: duplicate id ${id}`);
    ids.add(id);
    if (!tool || typeof tool !== 'object') { errors.push(`${where}: tool not an object`); continue; }
    if (typeof tool.name !== 'string' || !tool.name.trim()) errors.push(`${where}: empty tool name`);
    if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${where}: empty description`);
    const sch = tool.inputSchema;
    if (!sch || typeof sch !== 'object' || Array.isArray(sch) || sch.type !== 'object') errors.push(`${where}: inputSchema must be an object schema`);
    else {
      const props = sch.properties ?? {};
      if (typeof props !== 'object' || Array.isArray(props)) errors.push(`${where}: properties not an object`);
      for (const r of sch.required ?? []) if (!Object.prototype.hasOwnProperty.call(props, r)) errors.push(`${where}: required names missing property ${r}`);
    }
    if (server !== undefined) {
      for (const k of Object.keys(server)) if (!['instructions', 'prompts', 'resources'].includes(k)) errors.push(`${where}: server member ${k}`);
      if ('instructions' in server && typeof server.instructions !== 'string') errors.push(`${where}: instructions not string`);
      for (const k of ['prompts', 'resources']) if (k in server && !Array.isArray(server[k])) errors.push(`${where}: ${k} not array`);
      for (const p of server.prompts ?? []) if (!p || typeof p.name !== 'string' || !p.name) errors.push(`${where}: prompt without name`);
      for (const r of server.resources ?? []) if (!r || typeof r.uri !== 'string' || !r.uri || typeof r.name !== 'string' || !r.name) errors.push(`${where}: resource without uri/name`);
    }
    const d = tool.description;
    if (descs.has(d)) errors.push(`${where}: description duplicates ${descs.get(d)}`);
    descs.set(d, id);
    const out = { id, family: raw.family, lang: raw.lang, tool };
    if (server) out.server = server;
    for (const s of strings(out)) {
      if (LEFTOVER.test(s)) errors.push(`${where}: unexpanded marker`);
      for (const p of hostProblems(s)) errors.push(`${where}: ${p}`);
    }
    (raw.kind === 'p' ? poisoned : legit).push(out);
  }
}

function counts(label, list) {
  const fam = {}, lang = {};
  for (const c of list) { fam[c.family] = (fam[c.family] ?? 0) + 1; lang[c.lang] = (lang[c.lang] ?? 0) + 1; }
  console.log(`${label}: ${list.length} cases, ${Object.keys(fam).length} families, ${Object.keys(lang).length} languages`);
  console.log('  languages: ' + Object.entries(lang).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' '));
  console.log('  families: ' + Object.entries(fam).sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' '));
}

if (errors.length) {
  for (const e of errors) console.error('ERROR ' + e);
  console.error(`${errors.length} violation(s); nothing written`);
  process.exit(1);
}
counts('poisoned', poisoned);
counts('risky_legit', legit);
const twinsN = legit.filter((c) => c.family.startsWith('twin-')).length;
console.log(`honest twins: ${twinsN}`);
writeFileSync(join(here, 'poisoned', 'blind27.json'), JSON.stringify({ cases: poisoned }, null, 1) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind27.json'), JSON.stringify({ cases: legit }, null, 1) + '\n');
console.log('wrote poisoned/blind27.json and risky_legit/blind27.json');
