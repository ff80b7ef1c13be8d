#!/usr/bin/env node
// Generator for corpus round x13za (TRAINING round, written blind).
//
//   node test/scan-eval/corpus/x13za_generate.mjs
//
// Reads the hand-written case files in ./x13za/, expands the character-level
// hiding markers, assigns ids, validates everything and writes
//   poisoned/x13za.json     ids x13za-<lang>-<slug>
//   risky_legit/x13za.json  ids x13zal-<lang>-<slug>
// Nothing is written when any check fails (exit status 1). Node 20 built-ins
// only; fixed seed; the output is byte-identical from run to run.
//
// Markers (usable in any string and in any property name):
//   [[tag:TEXT]]  Unicode tag characters (U+E0000 block)
//   [[zw:TEXT]]   zero-width characters spliced inside every word
//   [[bidi:TEXT]] right-to-left override around the reversed text
//   [[cyr:TEXT]]  Cyrillic homoglyphs for Latin letters
//   [[fw:TEXT]]   fullwidth forms
//   [[ansi:TEXT]] ANSI SGR 8 (conceal) ... SGR 28
//   [[cup:TEXT]]  a line printed, then cursor-up + erase-line
//   [[b64:TEXT]]  base64      [[hex:TEXT]] hex      [[pct:TEXT]] percent-encoding

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rngFor } from './x13za/helpers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROUND = 'x13za';
const IDP = 'x13za';
const IDL = 'x13zal';

const SOURCES = [
  'poisoned_en.mjs',
  'legit_en.mjs',
  'twins_en.mjs',
  'intl_a.mjs',
  'intl_b.mjs',
  'intl_c.mjs',
  'slots.mjs',
];

const LANGS = new Set([
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk',
  'tr', 'sv', 'id', 'ja', 'zh', 'ko', 'ar', 'hi', 'vi',
]);

// ---- marker expansion -----------------------------------------------------

const MARKER = /\[\[(tag|zw|bidi|cyr|fw|ansi|cup|b64|hex|pct):([\s\S]*?)\]\]/g;
const LEFTOVER = /\[\[[A-Za-z0-9_-]+:/;
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const CYR = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445',
  y: '\u0443', i: '\u0456', s: '\u0455', j: '\u0458',
  A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a',
  M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425',
};
const markerUse = {};

function expandOne(kind, text) {
  markerUse[kind] = (markerUse[kind] || 0) + 1;
  const rnd = rngFor(`${kind}\u0000${text}`);
  switch (kind) {
    case 'tag': {
      let out = '';
      for (const ch of text) {
        const cp = ch.codePointAt(0);
        out += cp >= 0x20 && cp <= 0x7e ? String.fromCodePoint(0xe0000 + cp) : ch;
      }
      return rnd() < 0.5 ? out : '\u{e0001}' + out + '\u{e007f}';
    }
    case 'zw': {
      let out = '';
      for (const word of text.split(/(\s+)/)) {
        if (/^\s+$/.test(word) || word.length < 2) { out += word; continue; }
        const chars = [...word];
        out += chars[0];
        for (let i = 1; i < chars.length; i++) {
          if (rnd() < 0.7) out += ZW[Math.floor(rnd() * ZW.length)];
          out += chars[i];
        }
      }
      return out;
    }
    case 'bidi':
      return (rnd() < 0.7 ? '\u202e' : '\u2067\u202e') + [...text].reverse().join('') +
        (rnd() < 0.5 ? '\u202c' : '\u202c\u2069');
    case 'cyr': {
      let out = '';
      let swapped = 0;
      for (const ch of text) {
        if (CYR[ch] && rnd() < 0.6) { out += CYR[ch]; swapped++; } else out += ch;
      }
      if (swapped === 0) {
        const i = [...out].findIndex((ch) => CYR[ch]);
        if (i < 0) throw new Error(`cyr marker without a swappable letter: ${text}`);
        const arr = [...out];
        arr[i] = CYR[arr[i]];
        out = arr.join('');
      }
      return out;
    }
    case 'fw': {
      let out = '';
      for (const ch of text) {
        const cp = ch.codePointAt(0);
        if (cp >= 0x21 && cp <= 0x7e) out += String.fromCodePoint(cp + 0xfee0);
        else if (ch === ' ') out += '\u3000';
        else out += ch;
      }
      return out;
    }
    case 'ansi':
      return '\u001b[8m' + text + (rnd() < 0.5 ? '\u001b[28m' : '\u001b[0m');
    case 'cup':
      return '\n' + text + '\n\u001b[1A\u001b[2K' + (rnd() < 0.5 ? '\r' : '');
    case 'b64':
      return Buffer.from(text, 'utf8').toString('base64');
    case 'hex':
      return Buffer.from(text, 'utf8').toString('hex');
    case 'pct':
      return [...Buffer.from(text, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
    default:
      throw new Error(`unknown marker ${kind}`);
  }
}

const expandString = (s) => s.replace(MARKER, (_, kind, text) => expandOne(kind, text));

function expandDeep(v) {
  if (typeof v === 'string') return expandString(v);
  if (Array.isArray(v)) return v.map(expandDeep);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, val] of Object.entries(v)) o[expandString(k)] = expandDeep(val);
    return o;
  }
  return v;
}

function collectStrings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => collectStrings(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, val] of Object.entries(v)) { out.push(k); collectStrings(val, out); }
  }
  return out;
}

// ---- host checks ----------------------------------------------------------

// Registry and code-hosting host names, stored base64-encoded so that this
// file never contains them literally.
const FORBIDDEN_HOSTS_B64 = [
  'Z2l0aHViLmNvbQ==', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t',
  'bnBtanMub3Jn', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'Y3JhdGVzLmlv',
  'cnVieWdlbXMub3Jn', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'ZG9ja2VyLmNvbQ==',
  'ZG9ja2VyLmlv', 'Z2hjci5pbw==', 'cXVheS5pbw==', 'c291cmNlZm9yZ2UubmV0',
  'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t', 'Z29sYW5nLm9yZw==', 'Z28uZGV2',
  'bWF2ZW4ub3Jn', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t', 'aHVnZ2luZ2ZhY2UuY28=',
  'eWFybnBrZy5jb20=', 'YW5hY29uZGEub3Jn', 'Y29jb2Fwb2RzLm9yZw==', 'cHViLmRldg==',
  'aGV4LnBt', 'Y3Bhbi5vcmc=', 'bGF1bmNocGFkLm5ldA==', 'c2F2YW5uYWguZ251Lm9yZw==',
  'c3IuaHQ=', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0ZWEuY29t',
];
const FORBIDDEN_HOSTS = FORBIDDEN_HOSTS_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORBIDDEN_RE = new RegExp(
  `(^|[^a-z0-9-])(${FORBIDDEN_HOSTS.map(esc).join('|')})($|[^a-z0-9-])`, 'i');

const ALLOWED_SUFFIX = /\.(example|test|invalid)$/i;
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@'"<>]*@)?([^\s/:'"?#<>)\]\\,;`]*)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const REAL_TLDS = [
  'com', 'net', 'org', 'io', 'dev', 'ai', 'co', 'app', 'cloud', 'xyz', 'info', 'biz',
  'tk', 'top', 'site', 'online', 'eu', 'uk', 'de', 'fr', 'ru', 'cn', 'jp', 'br', 'es',
  'nl', 'se', 'ch', 'au', 'ca', 'kr', 'tr', 'vn', 'ua', 'gov', 'edu', 'pro', 'shop',
  'tech', 'click', 'ly', 'gg', 'tv', 'cc', 'su', 'pw', 'cyou', 'icu', 'buzz',
];
const DOMAIN_RE = new RegExp(
  `(?:^|[^A-Za-z0-9_.-])((?:[A-Za-z0-9-]+\\.)+(?:${REAL_TLDS.join('|')}))(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'gi');

function hostOk(host) {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === '') return true;                       // file:///, mailto without host
  if (ALLOWED_SUFFIX.test(h)) return true;
  if (/^[a-z0-9_-]+$/.test(h) && !/^\d+$/.test(h)) return true; // bare internal name
  if (h === '127.0.0.1' || h === '[::1]') return true;
  return false;
}

function hostProblems(text) {
  const out = [];
  for (const m of text.matchAll(URL_RE)) if (!hostOk(m[1])) out.push(`URL host "${m[1]}"`);
  for (const m of text.matchAll(MAIL_RE)) if (!hostOk(m[1])) out.push(`mail host "${m[1]}"`);
  for (const m of text.matchAll(DOMAIN_RE)) {
    // Accept names that continue into an allowed suffix (checked above).
    out.push(`real-TLD host name "${m[1]}"`);
  }
  const f = text.match(FORBIDDEN_RE);
  if (f) out.push('a registry or code-hosting host name');
  return out;
}

// ---- schema checks --------------------------------------------------------

function checkSchema(node, where, errs) {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  if (node.required !== undefined) {
    if (!Array.isArray(node.required)) errs.push(`${where}: required is not an array`);
    else {
      const props = node.properties || {};
      for (const r of node.required) {
        if (!Object.prototype.hasOwnProperty.call(props, r)) errs.push(`${where}: required "${r}" is not a property`);
      }
    }
  }
  if (node.properties !== undefined) {
    if (typeof node.properties !== 'object' || Array.isArray(node.properties)) {
      errs.push(`${where}: properties is not an object`);
    } else {
      for (const [k, v] of Object.entries(node.properties)) {
        if (k.trim() === '') errs.push(`${where}: empty property name`);
        if (v && typeof v === 'object' && 'description' in v &&
            (typeof v.description !== 'string' || v.description.trim() === '')) {
          errs.push(`${where}.${k}: empty description`);
        }
        checkSchema(v, `${where}.${k}`, errs);
      }
    }
  }
  if (node.items) checkSchema(node.items, `${where}[]`, errs);
  for (const key of ['$defs', 'definitions']) {
    if (node[key]) for (const [k, v] of Object.entries(node[key])) checkSchema(v, `${where}.${key}.${k}`, errs);
  }
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    if (Array.isArray(node[key])) node[key].forEach((v, i) => checkSchema(v, `${where}.${key}[${i}]`, errs));
  }
}

function checkServer(server, where, errs) {
  if (typeof server !== 'object' || Array.isArray(server) || server === null) {
    errs.push(`${where}: server is not an object`);
    return;
  }
  for (const [k, v] of Object.entries(server)) {
    if (k === 'instructions') {
      if (typeof v !== 'string' || v.trim() === '') errs.push(`${where}: server.instructions must be a non-empty string`);
    } else if (k === 'prompts') {
      if (!Array.isArray(v)) { errs.push(`${where}: server.prompts must be an array`); continue; }
      v.forEach((p, i) => {
        if (!p || typeof p.name !== 'string' || !p.name) errs.push(`${where}: prompt ${i} has no name`);
        if (p && p.arguments !== undefined && !Array.isArray(p.arguments)) errs.push(`${where}: prompt ${i} arguments not an array`);
        (p && p.arguments || []).forEach((a, j) => {
          if (!a || typeof a.name !== 'string' || !a.name) errs.push(`${where}: prompt ${i} argument ${j} has no name`);
        });
      });
    } else if (k === 'resources') {
      if (!Array.isArray(v)) { errs.push(`${where}: server.resources must be an array`); continue; }
      v.forEach((r, i) => {
        if (!r || typeof r.uri !== 'string' || !r.uri) errs.push(`${where}: resource ${i} has no uri`);
        if (!r || typeof r.name !== 'string' || !r.name) errs.push(`${where}: resource ${i} has no name`);
      });
    } else {
      errs.push(`${where}: server has unknown member "${k}"`);
    }
  }
}

// Where two twin tools differ: the set of slot names of differing leaves.
function diffSlots(a, b, path = [], out = new Set()) {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  const isObj = (x) => x && typeof x === 'object';
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) diffSlots(a[k], b[k], [...path, k], out);
    return out;
  }
  out.add(slotName(path));
  return out;
}

function slotName(path) {
  const p = path.filter((x) => !/^\d+$/.test(x));
  const last = p[p.length - 1];
  if (p[0] === 'server') return `server.${p[1]}`;
  if (p[0] === 'tool' && p.length === 2) return `tool.${last}`;
  if (p.includes('outputSchema')) return 'outputSchema';
  if (p.includes('annotations')) return 'annotations';
  if (p.includes('_meta')) return '_meta';
  if (p.includes('$defs')) return '$defs';
  if (['enum', 'default', 'examples', 'const', 'title', 'description', 'pattern', 'format'].includes(last)) {
    return `inputSchema.${last}`;
  }
  if (p.includes('properties')) return 'inputSchema.property';
  return p.join('.');
}

// ---- main -----------------------------------------------------------------

async function main() {
  const errs = [];
  const raw = [];
  for (const file of SOURCES) {
    const mod = await import(join(HERE, ROUND, file));
    if (!Array.isArray(mod.default)) { errs.push(`${file}: default export is not an array`); continue; }
    for (const c of mod.default.flat(Infinity)) raw.push({ ...c, file });
  }

  const poisoned = [];
  const legit = [];
  const ids = new Set();
  const descs = new Map();
  const twins = new Map();

  for (const c of raw) {
    const where = `${c.file}:${c.kind}:${c.lang}-${c.slug}`;
    if (c.kind !== 'p' && c.kind !== 'l') { errs.push(`${where}: bad kind`); continue; }
    if (!c.family || typeof c.family !== 'string') errs.push(`${where}: empty family`);
    if (!LANGS.has(c.lang)) errs.push(`${where}: unknown lang "${c.lang}"`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.slug || '')) errs.push(`${where}: bad slug`);

    // Host checks run on the marked-up source (so encoded payloads are
    // checked in clear) and again on the expanded text.
    for (const s of collectStrings({ tool: c.tool, server: c.server })) {
      for (const p of hostProblems(s)) errs.push(`${where}: ${p} in ${JSON.stringify(s.slice(0, 80))}`);
    }

    let tool, server;
    try {
      tool = expandDeep(c.tool);
      server = c.server ? expandDeep(c.server) : undefined;
    } catch (e) {
      errs.push(`${where}: ${e.message}`);
      continue;
    }
    for (const s of collectStrings({ tool, server })) {
      if (LEFTOVER.test(s)) errs.push(`${where}: unexpanded marker in ${JSON.stringify(s.slice(0, 80))}`);
      for (const p of hostProblems(s)) errs.push(`${where}: expanded text: ${p}`);
    }

    if (!tool || typeof tool !== 'object') { errs.push(`${where}: tool is not an object`); continue; }
    if (typeof tool.name !== 'string' || tool.name.trim() === '') errs.push(`${where}: empty tool name`);
    if (typeof tool.description !== 'string' || tool.description.trim() === '') errs.push(`${where}: empty tool description`);
    const is = tool.inputSchema;
    if (!is || typeof is !== 'object' || Array.isArray(is) || is.type !== 'object' ||
        typeof is.properties !== 'object' || Array.isArray(is.properties)) {
      errs.push(`${where}: inputSchema must be an object schema with properties`);
    } else {
      checkSchema(is, `${where} inputSchema`, errs);
    }
    if (tool.outputSchema) checkSchema(tool.outputSchema, `${where} outputSchema`, errs);
    if (server !== undefined) checkServer(server, where, errs);

    const id = `${c.kind === 'p' ? IDP : IDL}-${c.lang}-${c.slug}`;
    if (ids.has(id)) errs.push(`${where}: duplicate id ${id}`);
    ids.add(id);

    if (typeof tool.description === 'string') {
      if (descs.has(tool.description)) errs.push(`${where}: description duplicates ${descs.get(tool.description)}`);
      else descs.set(tool.description, id);
    }

    const out = { id, family: c.family, lang: c.lang, tool };
    if (server) out.server = server;
    (c.kind === 'p' ? poisoned : legit).push(out);

    if (c.slug.startsWith('twin-')) {
      const key = `${c.lang}-${c.slug}`;
      const t = twins.get(key) || {};
      if (t[c.kind]) errs.push(`${where}: twin side given twice`);
      t[c.kind] = { tool, server: server || null, family: c.family };
      twins.set(key, t);
    }
  }

  const twinSlots = {};
  const twinLangs = {};
  for (const [key, t] of twins) {
    if (!t.p || !t.l) { errs.push(`twin ${key}: missing one side`); continue; }
    if (t.p.tool.name !== t.l.tool.name) errs.push(`twin ${key}: tool names differ`);
    const slots = diffSlots({ tool: t.p.tool, server: t.p.server }, { tool: t.l.tool, server: t.l.server });
    if (slots.size === 0) errs.push(`twin ${key}: the two sides are identical`);
    // The org name used to keep descriptions distinct is not the clause.
    const real = [...slots].filter((s) => s !== 'tool.description');
    const slot = real.length ? real.sort().join('+') : 'tool.description';
    twinSlots[slot] = (twinSlots[slot] || 0) + 1;
    const lang = key.split('-')[0];
    twinLangs[lang] = (twinLangs[lang] || 0) + 1;
  }

  if (errs.length) {
    for (const e of errs) process.stderr.write(e + '\n');
    process.stderr.write(`${errs.length} problem(s); nothing written.\n`);
    process.exit(1);
  }

  const write = (sub, cases) => {
    const path = join(HERE, sub, `${ROUND}.json`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ cases }, null, 2) + '\n');
  };
  write('poisoned', poisoned);
  write('risky_legit', legit);

  // ---- composition ----
  const count = (arr, f) => arr.reduce((m, x) => ((m[f(x)] = (m[f(x)] || 0) + 1), m), {});
  const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => `${k} ${v}`).join(', ');
  const pl = count(poisoned, (c) => c.lang);
  const ll = count(legit, (c) => c.lang);
  const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
  const lines = [];
  lines.push(`round ${ROUND} (training round): poisoned ${poisoned.length}, risky_legit ${legit.length}, total ${poisoned.length + legit.length}`);
  lines.push(`poisoned: ${Object.keys(count(poisoned, (c) => c.family)).length} families, ${Object.keys(pl).length} languages, English ${pl.en || 0} (${pct(pl.en || 0, poisoned.length)})`);
  lines.push(`risky_legit: ${Object.keys(count(legit, (c) => c.family)).length} server kinds, ${Object.keys(ll).length} languages, English ${ll.en || 0} (${pct(ll.en || 0, legit.length)})`);
  lines.push(`honest twins: ${twins.size} pairs in ${Object.keys(twinLangs).length} languages`);
  lines.push(`  twins by language: ${fmt(twinLangs)}`);
  lines.push(`  twins by differing slot: ${fmt(twinSlots)}`);
  lines.push('languages (poisoned/legit):');
  lines.push('  ' + [...LANGS].map((l) => `${l} ${pl[l] || 0}/${ll[l] || 0}`).join(', '));
  lines.push('poisoned families:');
  lines.push('  ' + fmt(count(poisoned, (c) => c.family)));
  lines.push('risky_legit server kinds:');
  lines.push('  ' + fmt(count(legit, (c) => c.family)));
  lines.push('source files (poisoned/legit):');
  const pf = count(raw.filter((c) => c.kind === 'p'), (c) => c.file);
  const lf = count(raw.filter((c) => c.kind === 'l'), (c) => c.file);
  lines.push('  ' + SOURCES.map((f) => `${f} ${pf[f] || 0}/${lf[f] || 0}`).join(', '));
  lines.push(`markers expanded: ${fmt(markerUse)}`);
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
