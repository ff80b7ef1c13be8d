#!/usr/bin/env node
// Generator for corpus round x13w (training round; written blind).
// Node 20 built-ins only. Fixed seed, byte-identical output.
//   node test/scan-eval/corpus/x13w_generate.mjs
// Reads the hand-written case files in ./x13w/, expands the hiding markers
// ⟦KIND:text⟧ in every string and property name, assigns ids, validates, and
// writes poisoned/x13w.json and risky_legit/x13w.json. On any violation it
// prints the problems and exits 1 without writing anything.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SEED, mulberry32, hash32 } from './x13w/helpers.mjs';

const ROUND = 'x13w';
const IDP = 'x13w';
const IDL = 'x13wl';
const HERE = dirname(fileURLToPath(import.meta.url));
const MODULES = [
  'en_poisoned.mjs',
  'en_legit.mjs',
  'twins.mjs',
  'unusual_slots.mjs',
  'i18n_west.mjs',
  'i18n_central_east.mjs',
  'i18n_asia.mjs',
];
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'zh', 'ja', 'ko', 'vi'];

// ---- marker expansion -------------------------------------------------------
const MARKER = /⟦(TAG|ZW|BIDI|CYR|FW|ANSI|CUR|B64|HEX|PCT):([^⟦⟧]*)⟧/g;
const ZW_CHARS = ['\u200b', '\u200c', '\u200d', '\u2060'];
const CYR = {
  a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  i: '\u0456', j: '\u0458', s: '\u0455', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415',
  H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425',
};

function expandOne(kind, text, rand) {
  switch (kind) {
    case 'TAG':
      return [...text].map((c) => {
        const cp = c.codePointAt(0);
        if (cp < 0x20 || cp > 0x7e) throw new Error(`TAG marker needs printable ASCII, got U+${cp.toString(16)}`);
        return String.fromCodePoint(0xe0000 + cp);
      }).join('') + String.fromCodePoint(0xe007f);
    case 'ZW': {
      const chars = [...text];
      let out = '';
      chars.forEach((c, k) => {
        out += c;
        const next = chars[k + 1];
        if (next === undefined) return;
        if (c !== ' ' && next !== ' ' && rand() < 0.6) out += ZW_CHARS[Math.floor(rand() * ZW_CHARS.length)];
      });
      // every word of three letters or more gets at least one joiner
      return out.replace(/[A-Za-z~._\/-]{3,}/g, (w) => w.slice(0, 2) + '\u200b' + w.slice(2));
    }
    case 'BIDI':
      return '\u202e' + [...text].reverse().join('') + '\u202c';
    case 'CYR': {
      let out = '';
      let swapped = 0;
      for (const c of text) {
        if (CYR[c] && rand() < 0.55) { out += CYR[c]; swapped += 1; } else out += c;
      }
      if (swapped === 0) {
        const k = [...text].findIndex((c) => CYR[c]);
        if (k < 0) throw new Error(`CYR marker has no letter to swap: ${text}`);
        const arr = [...text];
        arr[k] = CYR[arr[k]];
        out = arr.join('');
      }
      return out;
    }
    case 'FW':
      return [...text].map((c) => {
        const cp = c.codePointAt(0);
        if (cp === 0x20) return '\u3000';
        if (cp >= 0x21 && cp <= 0x7e) return String.fromCodePoint(cp + 0xfee0);
        return c;
      }).join('');
    case 'ANSI':
      return '\u001b[8m' + text + '\u001b[0m';
    case 'CUR':
      return text + '\n\u001b[1A\u001b[2K';
    case 'B64':
      return Buffer.from(text, 'utf8').toString('base64');
    case 'HEX':
      return Buffer.from(text, 'utf8').toString('hex');
    case 'PCT':
      return [...Buffer.from(text, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
    default:
      throw new Error(`unknown marker ${kind}`);
  }
}

function expandString(s, caseId, used) {
  return s.replace(MARKER, (_m, kind, text) => {
    used.add(kind);
    const rand = mulberry32((SEED ^ hash32(`${caseId}|${kind}|${text}`)) >>> 0);
    return expandOne(kind, text, rand);
  });
}

function expandDeep(v, caseId, used) {
  if (typeof v === 'string') return expandString(v, caseId, used);
  if (Array.isArray(v)) return v.map((x) => expandDeep(x, caseId, used));
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[expandString(k, caseId, used)] = expandDeep(x, caseId, used);
    return out;
  }
  return v;
}

// ---- walking helpers ------------------------------------------------------------
function* strings(v, path = '') {
  if (typeof v === 'string') { yield [path, v]; return; }
  if (Array.isArray(v)) { for (let k = 0; k < v.length; k += 1) yield* strings(v[k], `${path}[${k}]`); return; }
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      yield [`${path}{key}`, k];
      yield* strings(x, `${path}.${k}`);
    }
  }
}

// ---- host checks (run on the raw text, markers still readable) -------------------
const OK_SUFFIX = /\.(example|test|invalid)$/i;
const REAL_TLDS = new Set(('com net org io dev ai app cloud xyz info biz co us uk de fr ru cn jp kr br es it nl pl se ' +
  'tr ua vn au ca ch at be cz eu gov edu mil tech online site store shop ly gg tv cc ws su ir il sa ae hk ' +
  'tw sg th ph mx cl za ng ke eg pt gr hu ro dk fi ie nz sk bg hr lt lv ee si by kz uz pk bd lk np ' +
  'top club live news blog email link click host cloud systems network services solutions').split(/\s+/));
const BANNED_LABELS = ['github', 'githubusercontent', 'gitlab', 'bitbucket', 'npmjs', 'npm', 'pypi', 'pythonhosted',
  'rubygems', 'crates', 'nuget', 'packagist', 'docker', 'dockerhub', 'quay', 'ghcr', 'sourceforge', 'codeberg',
  'gitee', 'maven', 'jsdelivr', 'unpkg', 'cdnjs', 'huggingface', 'pkg', 'golang', 'hex', 'cocoapods', 'jfrog'];

function hostProblems(host) {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h) return null;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(h)) return null; // literal IPv4 (documentation/private ranges by convention)
  const labels = h.split('.');
  for (const l of labels) if (BANNED_LABELS.includes(l)) return `registry/code-hosting host name "${host}"`;
  if (labels.length === 1) return null; // bare internal name
  if (OK_SUFFIX.test(h)) return null;
  return `host "${host}" is not under .example/.test/.invalid`;
}

function checkHosts(text, where, errors) {
  const seen = new Set();
  const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\s\/?#'"<>`)\]]+)/gi;
  for (const m of text.matchAll(URL_RE)) {
    let host = m[1];
    if (host.includes('@')) host = host.slice(host.lastIndexOf('@') + 1);
    host = host.replace(/:\d+$/, '').replace(/^\[.*\]$/, '');
    if (/[{}<>*$]/.test(host)) {
      const rest = host.replace(/^.*[{}<>*$]/, '');
      if (rest.includes('.') && !OK_SUFFIX.test(rest)) errors.push(`${where}: templated host "${host}"`);
      continue;
    }
    seen.add(host.toLowerCase());
    const p = hostProblems(host);
    if (p) errors.push(`${where}: ${p}`);
  }
  const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g;
  for (const m of text.matchAll(MAIL_RE)) {
    const host = m[1];
    if (seen.has(host.toLowerCase())) continue;
    const p = hostProblems(host);
    if (p) errors.push(`${where}: mail ${p}`);
  }
  const DOMAIN_RE = /(?<![@\w.\/-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\w-])/gi;
  for (const m of text.matchAll(DOMAIN_RE)) {
    const tld = m[2].toLowerCase();
    const labels = m[1].toLowerCase().split('.');
    if (REAL_TLDS.has(tld)) errors.push(`${where}: real-TLD host name "${m[1]}"`);
    else if (OK_SUFFIX.test(m[1]) && labels.some((l) => BANNED_LABELS.includes(l))) {
      errors.push(`${where}: registry/code-hosting host name "${m[1]}"`);
    }
  }
}

// ---- structural checks ----------------------------------------------------------------
function checkSchema(schema, where, errors) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) { errors.push(`${where}: schema is not an object`); return; }
  if (schema.type === 'object' || schema.properties) {
    const props = schema.properties || {};
    if (typeof props !== 'object' || Array.isArray(props)) errors.push(`${where}: properties is not an object`);
    if (schema.required !== undefined) {
      if (!Array.isArray(schema.required)) errors.push(`${where}: required is not an array`);
      else for (const r of schema.required) if (!Object.prototype.hasOwnProperty.call(props, r)) errors.push(`${where}: required "${r}" is not a property`);
    }
    for (const [k, p] of Object.entries(props)) {
      if (!k) errors.push(`${where}: empty property name`);
      if (p && typeof p === 'object' && 'description' in p && (typeof p.description !== 'string' || !p.description.trim())) errors.push(`${where}.${k}: empty description`);
      checkSchema(p, `${where}.${k}`, errors);
    }
  }
  if (schema.items) checkSchema(schema.items, `${where}[]`, errors);
  for (const key of ['$defs', 'definitions']) {
    if (schema[key]) for (const [k, d] of Object.entries(schema[key])) checkSchema(d, `${where}.${key}.${k}`, errors);
  }
  for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(schema[key])) schema[key].forEach((s, k) => checkSchema(s, `${where}.${key}[${k}]`, errors));
  if (schema.enum !== undefined && (!Array.isArray(schema.enum) || schema.enum.length === 0)) errors.push(`${where}: enum must be a non-empty array`);
}

function checkCase(c, errors) {
  const where = c.id;
  const t = c.tool;
  if (!t || typeof t !== 'object') { errors.push(`${where}: tool missing`); return; }
  if (typeof t.name !== 'string' || !t.name.trim()) errors.push(`${where}: empty tool name`);
  if (typeof t.description !== 'string' || !t.description.trim()) errors.push(`${where}: empty tool description`);
  if (!t.inputSchema || typeof t.inputSchema !== 'object' || Array.isArray(t.inputSchema) || t.inputSchema.type !== 'object') errors.push(`${where}: inputSchema must be an object schema`);
  else checkSchema(t.inputSchema, `${where}.inputSchema`, errors);
  if (t.outputSchema !== undefined) checkSchema(t.outputSchema, `${where}.outputSchema`, errors);
  if (t.annotations !== undefined && (typeof t.annotations !== 'object' || Array.isArray(t.annotations))) errors.push(`${where}: annotations must be an object`);
  if (t._meta !== undefined && (typeof t._meta !== 'object' || Array.isArray(t._meta))) errors.push(`${where}: _meta must be an object`);
  if (c.server !== undefined) {
    const s = c.server;
    if (!s || typeof s !== 'object' || Array.isArray(s)) { errors.push(`${where}: server must be an object`); return; }
    for (const [k, v] of Object.entries(s)) {
      if (k === 'instructions') { if (typeof v !== 'string' || !v.trim()) errors.push(`${where}: server.instructions must be a non-empty string`); }
      else if (k === 'prompts') {
        if (!Array.isArray(v)) { errors.push(`${where}: server.prompts must be an array`); continue; }
        v.forEach((p, n) => {
          if (!p || typeof p.name !== 'string' || !p.name.trim()) errors.push(`${where}: prompt ${n} needs a name`);
          if (p.arguments !== undefined && (!Array.isArray(p.arguments) || p.arguments.some((a) => !a || typeof a.name !== 'string' || !a.name.trim()))) errors.push(`${where}: prompt ${n} arguments malformed`);
        });
      } else if (k === 'resources') {
        if (!Array.isArray(v)) { errors.push(`${where}: server.resources must be an array`); continue; }
        v.forEach((r, n) => {
          if (!r || typeof r.uri !== 'string' || !r.uri || typeof r.name !== 'string' || !r.name.trim()) errors.push(`${where}: resource ${n} needs uri and name`);
        });
      } else errors.push(`${where}: server has unknown member "${k}"`);
    }
  }
}

// ---- main --------------------------------------------------------------------------------
const errors = [];
const raw = [];
for (const m of MODULES) {
  const mod = await import(pathToFileURL(join(HERE, ROUND, m)).href);
  const list = (mod.default || []).flat(Infinity);
  if (list.length === 0) errors.push(`${m}: no cases`);
  for (const c of list) raw.push({ ...c, file: m });
}

const ids = new Set();
const built = { p: [], l: [] };
const markerUse = new Map();
const twins = new Map();
for (const c of raw) {
  const where = `${c.file}:${c.slug}`;
  if (c.kind !== 'p' && c.kind !== 'l') { errors.push(`${where}: bad kind`); continue; }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.slug || '')) errors.push(`${where}: bad slug`);
  if (!LANGS.includes(c.lang)) errors.push(`${where}: unknown lang ${c.lang}`);
  if (typeof c.family !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.family)) errors.push(`${where}: bad family/kind "${c.family}"`);
  if (c.kind === 'p' && (typeof c.slot !== 'string' || !c.slot)) errors.push(`${where}: poisoned case needs a slot`);
  const id = `${c.kind === 'p' ? IDP : IDL}-${c.lang}-${c.slug}`;
  if (ids.has(id)) errors.push(`${id}: id used twice`);
  ids.add(id);
  // raw-text checks: markers well formed, hosts
  const body = { tool: c.tool, ...(c.server ? { server: c.server } : {}) };
  for (const [path, s] of strings(body)) {
    const stripped = s.replace(MARKER, '');
    if (/[⟦⟧]/.test(stripped)) errors.push(`${id}${path}: malformed marker`);
    checkHosts(s.replace(MARKER, (_m, _k, t) => ` ${t} `), `${id}${path}`, errors);
  }
  let expanded;
  const used = new Set();
  try { expanded = expandDeep(body, id, used); } catch (e) { errors.push(`${id}: ${e.message}`); continue; }
  for (const k of used) markerUse.set(k, (markerUse.get(k) || 0) + 1);
  const out = { id, family: c.family, lang: c.lang, tool: expanded.tool };
  if (expanded.server) out.server = expanded.server;
  for (const [path, s] of strings(out)) if (/[⟦⟧]/.test(s)) errors.push(`${id}${path}: unexpanded marker`);
  checkCase(out, errors);
  built[c.kind].push({ out, slot: c.slot, twin: c.twin, file: c.file });
  if (c.twin) {
    const key = `${c.lang}:${c.twin}`;
    if (!twins.has(key)) twins.set(key, {});
    twins.get(key)[c.kind] = out;
  }
}

// twins: both halves present and not identical
for (const [key, pair] of twins) {
  if (!pair.p || !pair.l) errors.push(`twin ${key}: missing half`);
  else if (JSON.stringify(pair.p.tool) === JSON.stringify(pair.l.tool) && JSON.stringify(pair.p.server) === JSON.stringify(pair.l.server)) errors.push(`twin ${key}: halves identical`);
}

// no duplicate description across both files (the two halves of one declared
// twin may share the tool description when their clause sits in another slot)
const descOwner = new Map();
for (const kind of ['p', 'l']) {
  for (const { out, twin: tw } of built[kind]) {
    const d = out.tool.description.trim();
    const prev = descOwner.get(d);
    const tag = tw ? `${out.lang}:${tw}` : out.id;
    if (prev && prev.tag !== tag) errors.push(`${out.id}: duplicate description (also ${prev.id})`);
    else if (prev && prev.kind === kind) errors.push(`${out.id}: duplicate description within one file (also ${prev.id})`);
    if (!prev) descOwner.set(d, { id: out.id, tag, kind });
  }
}
for (const k of ['TAG', 'ZW', 'BIDI', 'CYR', 'FW', 'ANSI', 'CUR', 'B64', 'HEX', 'PCT']) {
  if (!markerUse.has(k)) errors.push(`marker ${k} is never used`);
}

if (errors.length) {
  process.stderr.write(`${ROUND}: ${errors.length} violation(s); nothing written\n`);
  for (const e of errors) process.stderr.write(`  ${e}\n`);
  process.exit(1);
}

const write = (sub, list) => {
  const file = join(HERE, sub, `${ROUND}.json`);
  writeFileSync(file, JSON.stringify({ cases: list.map((x) => x.out) }, null, 2) + '\n');
  return file;
};
write('poisoned', built.p);
write('risky_legit', built.l);

// ---- composition --------------------------------------------------------------------------
const count = (list, f) => {
  const m = new Map();
  for (const x of list) m.set(f(x), (m.get(f(x)) || 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};
const fmt = (entries) => entries.map(([k, v]) => `${k} ${v}`).join(', ');
const wrap = (text, indent = '    ', width = 100) => {
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const w of words) {
    if ((line + ' ' + w).length > width - indent.length && line) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
};
const share = (list) => (100 * list.filter((x) => x.out.lang === 'en').length / list.length).toFixed(1);
const lines = [];
const P = built.p;
const Lg = built.l;
const pTwins = P.filter((x) => x.twin);
lines.push(`round ${ROUND} (training) — seed 0x${SEED.toString(16)}`);
lines.push(`poisoned/${ROUND}.json: ${P.length} cases, ${count(P, (x) => x.out.family).length} families, ${count(P, (x) => x.out.lang).length} languages, English ${share(P)}%`);
lines.push(`  languages: ${fmt(count(P, (x) => x.out.lang))}`);
lines.push(`  payload slot:`);
lines.push(wrap(fmt(count(P, (x) => x.slot))));
lines.push(`  families:`);
lines.push(wrap(fmt(count(P, (x) => x.out.family))));
lines.push(`risky_legit/${ROUND}.json: ${Lg.length} cases, ${count(Lg, (x) => x.out.family).length} server kinds, ${count(Lg, (x) => x.out.lang).length} languages, English ${share(Lg)}%`);
lines.push(`  languages: ${fmt(count(Lg, (x) => x.out.lang))}`);
lines.push(`  server kinds:`);
lines.push(wrap(fmt(count(Lg, (x) => x.out.family))));
lines.push(`honest twins: ${twins.size} pairs (${pTwins.filter((x) => x.out.lang === 'en').length} English, ${pTwins.filter((x) => x.out.lang !== 'en').length} non-English in ${count(pTwins.filter((x) => x.out.lang !== 'en'), (x) => x.out.lang).length} languages)`);
lines.push(`  twin clause slot: ${fmt(count(pTwins, (x) => x.slot))}`);
lines.push(`hiding markers (cases using each): ${fmt([...markerUse.entries()].sort())}`);
lines.push(`cases per file: ${fmt(count([...P, ...Lg], (x) => x.file))}`);
process.stdout.write(lines.join('\n') + '\n');
