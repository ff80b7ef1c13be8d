#!/usr/bin/env node
// Blind round 25 corpus generator (Node built-ins only, deterministic).
//   node test/scan-eval/corpus/blind25_generate.mjs
// Reads the hand-written modules in ./blind25/, expands character-transform
// markers, validates every case and writes
//   poisoned/blind25.json and risky_legit/blind25.json
// Nothing is written when any check fails (exit code 1).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { cases as twins } from './blind25/twins.mjs';
import { cases as poisonedEn } from './blind25/poisoned_en.mjs';
import { cases as slots } from './blind25/slots.mjs';
import { cases as legitEn } from './blind25/legit_en.mjs';
import { cases as groupA } from './blind25/nonen_a.mjs';
import { cases as groupB } from './blind25/nonen_b.mjs';
import { cases as groupC } from './blind25/nonen_c.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// ---- character-transform markers: {{kind:text}} ----
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', T: 'Т', H: 'Н', K: 'К', M: 'М', B: 'В', X: 'Х' };
const bytesPct = (t) => [...Buffer.from(t, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
const TRANSFORMS = {
  tag: (t) => [...t].map((ch) => { const cp = ch.codePointAt(0); return cp >= 0x20 && cp < 0x7f ? String.fromCodePoint(0xe0000 + cp) : ch; }).join(''),
  zw: (t) => [...t].join('\u200b'),
  bidi: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  cyr: (t) => [...t].map((ch) => CYR[ch] ?? ch).join(''),
  fw: (t) => [...t].map((ch) => { const cp = ch.codePointAt(0); if (cp === 0x20) return '\u3000'; return cp > 0x20 && cp < 0x7f ? String.fromCodePoint(cp + 0xfee0) : ch; }).join(''),
  ansi: (t) => '\u001b[8m' + t + '\u001b[28m',
  up: (t) => t + '\n\u001b[1A\u001b[2K',
  b64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
  pct: bytesPct,
};
const MARKER = /\{\{([a-z0-9]+):([\s\S]*?)\}\}/g;
const markerUse = {};
function expandString(s, errors, where) {
  return s.replace(MARKER, (_, kind, text) => {
    const f = TRANSFORMS[kind];
    if (!f) { errors.push(`${where}: unknown marker "${kind}"`); return _; }
    markerUse[kind] = (markerUse[kind] ?? 0) + 1;
    return f(text);
  });
}
function expand(v, errors, where) {
  if (typeof v === 'string') return expandString(v, errors, where);
  if (Array.isArray(v)) return v.map((x) => expand(x, errors, where));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[expandString(k, errors, where)] = expand(x, errors, where);
    return out;
  }
  return v;
}

// ---- checks ----
const ALLOWED_SUFFIX = /\.(example|test|invalid)$/i;
function hostOk(host) {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === '') return true; // file:///
  if (!h.includes('.')) return true; // bare internal name such as db-01
  return ALLOWED_SUFFIX.test(h);
}
function* strings(v) {
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { yield k; yield* strings(x); }
}
function checkHosts(raw, errors, where) {
  for (const s of strings(raw)) {
    for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'?#:)\]>`<,{}|]*)/gi)) {
      if (!hostOk(m[1])) errors.push(`${where}: URL host not reserved: ${m[1]}`);
    }
    for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
      if (!hostOk(m[1])) errors.push(`${where}: mail domain not reserved: ${m[1]}`);
    }
    for (const m of s.matchAll(/\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|co|ai|app|cloud)\b/gi)) {
      errors.push(`${where}: looks like a real domain: ${m[0]}`);
    }
  }
}
function checkSchemaDescriptions(schema, errors, where) {
  if (!schema || typeof schema !== 'object') return;
  if ('description' in schema && (typeof schema.description !== 'string' || schema.description === '')) {
    errors.push(`${where}: empty schema description`);
  }
  for (const key of ['properties', '$defs']) {
    if (schema[key]) for (const [k, sub] of Object.entries(schema[key])) {
      if (k === '') errors.push(`${where}: empty property name`);
      checkSchemaDescriptions(sub, errors, where + '.' + k);
    }
  }
  if (schema.items) checkSchemaDescriptions(schema.items, errors, where + '[]');
}
function checkServer(server, errors, where) {
  if (server === undefined) return;
  if (!server || typeof server !== 'object' || Array.isArray(server)) { errors.push(`${where}: server must be an object`); return; }
  for (const [k, v] of Object.entries(server)) {
    if (k === 'instructions') { if (typeof v !== 'string' || v === '') errors.push(`${where}: server.instructions must be a non-empty string`); }
    else if (k === 'prompts') {
      if (!Array.isArray(v)) { errors.push(`${where}: server.prompts must be an array`); continue; }
      for (const p of v) if (!p || typeof p.name !== 'string' || !p.name || typeof p.description !== 'string' || !p.description) errors.push(`${where}: prompt needs name and description`);
    } else if (k === 'resources') {
      if (!Array.isArray(v)) { errors.push(`${where}: server.resources must be an array`); continue; }
      for (const r of v) if (!r || typeof r.uri !== 'string' || !r.uri || typeof r.name !== 'string' || !r.name) errors.push(`${where}: resource needs uri and name`);
    } else errors.push(`${where}: unknown server member "${k}"`);
  }
}

const errors = [];
const all = [...twins, ...poisonedEn, ...slots, ...legitEn, ...groupA, ...groupB, ...groupC];
const ids = new Set();
const descriptions = new Map();
const poisoned = [];
const legit = [];
for (const [i, c] of all.entries()) {
  const where0 = `case #${i} (${c.lang}/${c.slug})`;
  if (!/^[a-z]{2}$/.test(c.lang ?? '')) errors.push(`${where0}: bad lang`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(c.slug ?? '')) errors.push(`${where0}: bad slug`);
  if (!c.family) errors.push(`${where0}: missing family`);
  const id = (c.kind === 'poisoned' ? 'b25-' : 'b25l-') + c.lang + '-' + c.slug;
  const where = `${id}`;
  if (ids.has(id)) errors.push(`${where}: duplicate id`);
  ids.add(id);
  checkHosts(c.tool, errors, where);
  if (c.server) checkHosts(c.server, errors, where);
  const tool = expand(c.tool, errors, where);
  const server = c.server === undefined ? undefined : expand(c.server, errors, where);
  const expandedText = JSON.stringify([tool, server ?? null]);
  if (/\{\{[a-z0-9]+:/.test(expandedText)) errors.push(`${where}: unexpanded marker`);
  if (!tool || typeof tool.name !== 'string' || !tool.name) errors.push(`${where}: tool.name must be a non-empty string`);
  if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${where}: tool.description must be non-empty`);
  const schema = tool.inputSchema;
  if (!schema || typeof schema !== 'object' || Array.isArray(schema) || schema.type !== 'object') {
    errors.push(`${where}: inputSchema must be an object schema`);
  } else {
    const props = schema.properties ?? {};
    if (typeof props !== 'object' || Array.isArray(props)) errors.push(`${where}: properties must be an object`);
    if (schema.required !== undefined) {
      if (!Array.isArray(schema.required)) errors.push(`${where}: required must be an array`);
      else for (const r of schema.required) if (!(r in props)) errors.push(`${where}: required names unknown property "${r}"`);
    }
    checkSchemaDescriptions(schema, errors, where);
  }
  checkServer(server, errors, where);
  if (typeof tool.description === 'string') {
    if (descriptions.has(tool.description)) errors.push(`${where}: description duplicates ${descriptions.get(tool.description)}`);
    descriptions.set(tool.description, id);
  }
  const out = { id, family: c.family, lang: c.lang, tool };
  if (server !== undefined) out.server = server;
  (c.kind === 'poisoned' ? poisoned : legit).push(out);
}

if (errors.length) {
  for (const e of errors) console.error('error: ' + e);
  console.error(`${errors.length} problem(s); nothing written.`);
  process.exit(1);
}

function countBy(list, key) {
  const m = {};
  for (const c of list) m[c[key]] = (m[c[key]] ?? 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
function report(title, list) {
  const fam = countBy(list, 'family');
  const lang = countBy(list, 'lang');
  const en = list.filter((c) => c.lang === 'en').length;
  console.log(`${title}: ${list.length} cases, ${fam.length} families/kinds, ${lang.length} languages (en ${(100 * en / list.length).toFixed(1)}%)`);
  console.log('  by language: ' + lang.map(([k, n]) => `${k} ${n}`).join(', '));
  console.log('  by family:   ' + fam.map(([k, n]) => `${k} ${n}`).join(', '));
}
report('poisoned', poisoned);
report('risky_legit', legit);
console.log(`honest twins: ${legit.filter((c) => c.id.endsWith('-twin')).length}`);
console.log('markers expanded: ' + Object.entries(markerUse).sort().map(([k, n]) => `${k} ${n}`).join(', '));

const header = (what) => ({
  description: `Blind round 25 (${what}); generated by blind25_generate.mjs from hand-written modules in blind25/. Do not edit by hand.`,
});
writeFileSync(join(here, 'poisoned', 'blind25.json'), JSON.stringify({ ...header('poisoned'), cases: poisoned }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', 'blind25.json'), JSON.stringify({ ...header('risky legitimate'), cases: legit }, null, 2) + '\n');
console.log('wrote poisoned/blind25.json and risky_legit/blind25.json');
