#!/usr/bin/env node
// Generator for corpus round x13v (a TRAINING round, written blind).
//
//   node test/scan-eval/corpus/x13v_generate.mjs
//
// Reads the hand-written case modules in ./x13v/, expands the character-level
// hiding markers (⟪KIND:text⟫, innermost first, in any string or property
// name), assigns ids x13v-<lang>-<slug> (poisoned) and x13vl-<lang>-<slug>
// (legitimate), validates everything and only then writes
//   poisoned/x13v.json and risky_legit/x13v.json
// Any violation: the problems are listed on stderr, nothing is written, exit 1.
// Node 20 built-ins only; the PRNG in x13v/helpers.mjs has a fixed seed, so the
// output is byte-identical from run to run.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUND = 'x13v';
const IDP = 'x13v';
const IDL = 'x13vl';
const here = dirname(fileURLToPath(import.meta.url));

// Fixed import order (the PRNG state depends on it).
const SOURCES = ['twins', 'en_poisoned', 'en_legit', 'unusual_slots', 'nonen_west', 'nonen_north_east', 'nonen_asia_mideast'];
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'cs', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'ja', 'ko', 'zh'];

// ---- marker expansion ---------------------------------------------------------
const MARKER = /⟪(TAG|ZW|BIDI|HOMO|FW|ANSI|CUR|B64|HEX|PCT):([^⟪⟫]*)⟫/u;
const ZW_CHARS = ['\u200B', '\u200C', '\u200D', '\u2060'];
const HOMO_MAP = { a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043E', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', j: '\u0458',
  A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041D', K: '\u041A', M: '\u041C', O: '\u041E', P: '\u0420', T: '\u0422', X: '\u0425' };
const EXPAND = {
  TAG: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c <= 0x7e ? String.fromCodePoint(0xe0000 + c) : ch; }).join(''),
  ZW: (s) => [...s].map((ch, i) => (i === 0 ? ch : ZW_CHARS[i % ZW_CHARS.length] + ch)).join(''),
  BIDI: (s) => '\u202E' + [...s].reverse().join('') + '\u202C',
  HOMO: (s) => [...s].map((ch) => HOMO_MAP[ch] ?? ch).join(''),
  FW: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); if (c === 0x20) return '\u3000'; return c >= 0x21 && c <= 0x7e ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ANSI: (s) => '\u001b[8m' + s + '\u001b[0m',
  CUR: (s) => '\n' + s + '\n\u001b[1A\u001b[2K',
  B64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  HEX: (s) => Buffer.from(s, 'utf8').toString('hex'),
  PCT: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
function rewrite(str, fn, used) {
  let out = str;
  for (let m = MARKER.exec(out); m; m = MARKER.exec(out)) {
    if (used) used.add(m[1]);
    out = out.slice(0, m.index) + fn(m[1], m[2]) + out.slice(m.index + m[0].length);
  }
  return out;
}
const expandStr = (s, used) => rewrite(s, (k, t) => EXPAND[k](t), used);
const plainStr = (s) => rewrite(s, (_k, t) => t);
function mapDeep(v, f) {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapDeep(x, f));
  if (v && typeof v === 'object') { const o = {}; for (const [k, x] of Object.entries(v)) o[f(k)] = mapDeep(x, f); return o; }
  return v;
}
function eachString(v, f) {
  if (typeof v === 'string') { f(v); return; }
  if (Array.isArray(v)) { v.forEach((x) => eachString(x, f)); return; }
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { f(k); eachString(x, f); }
}

// ---- host checks ------------------------------------------------------------------
const ALLOWED_SUFFIX = /\.(example|test|invalid)$/i;
// Real TLDs that a host name in this corpus must never end with. Common file
// extensions that are also TLDs (sh, py, md, rs, so, cc, zip, mov) are left out
// of the bare-token check because they name files here; URL and mail hosts are
// checked strictly (only .example/.test/.invalid or a bare name pass).
const REAL_TLDS = new Set(('com net org edu gov mil int io ai co app dev cloud info biz xyz me us uk de fr es it nl ru ua cn jp kr in br pt se cz tr il sa ae eu ch at be dk no fi pl ca au nz mx hk tw sg vn id ie gr hu ro sk si bg hr lt lv ee is lu li gg ly tv to ws su top live link club pro online site tech store shop email page blog news art design team tools systems services solutions network works zone space world global company business agency digital media social chat host hosting server website web cc').split(' '));
const FORGE_OR_REGISTRY = ['github', 'gitlab', 'bitbucket', 'npmjs', 'npm', 'pypi', 'pythonhosted', 'crates', 'rubygems', 'nuget', 'packagist', 'maven', 'sonatype', 'golang', 'docker', 'ghcr', 'quay', 'huggingface', 'sourceforge', 'codeberg', 'gitee', 'jsdelivr', 'unpkg', 'jfrog', 'anaconda', 'conda', 'cocoapods', 'hackage', 'cpan', 'launchpad', 'sr.ht'];
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'<>()\[\]`,;]*)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g;
const BARE_RE = /(?<![\w.@/\\-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\w-])/gi;
function hostProblems(text) {
  const out = [];
  const judge = (host, how) => {
    const h = host.toLowerCase().replace(/\.$/, '');
    if (!h) return;
    if (FORGE_OR_REGISTRY.some((w) => h.includes(w))) out.push(`${how} host "${host}" names a package registry or code host`);
    if (h.includes('.') && !ALLOWED_SUFFIX.test(h)) out.push(`${how} host "${host}" is not under .example/.test/.invalid`);
  };
  let rest = text;
  for (const m of text.matchAll(URL_RE)) {
    let auth = m[1];
    auth = auth.slice(auth.lastIndexOf('@') + 1).replace(/\.+$/, '').replace(/:\d*$/, '');
    judge(auth, 'URL');
  }
  rest = rest.replace(URL_RE, ' ');
  for (const m of rest.matchAll(MAIL_RE)) judge(m[1], 'mail');
  rest = rest.replace(MAIL_RE, ' ');
  for (const m of rest.matchAll(BARE_RE)) {
    const host = m[1].toLowerCase();
    if (ALLOWED_SUFFIX.test(host)) { judge(host, 'bare'); continue; }
    if (REAL_TLDS.has(m[2].toLowerCase())) out.push(`host-like name "${m[1]}" ends in a real TLD`);
    if (FORGE_OR_REGISTRY.some((w) => host.split('.').includes(w) || host.includes(w + '.'))) out.push(`host-like name "${m[1]}" names a package registry or code host`);
  }
  return out;
}

// ---- schema / server validation --------------------------------------------------
function checkSchema(schema, where, errs) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) { errs.push(`${where}: schema is not an object`); return; }
  if (schema.properties !== undefined) {
    if (typeof schema.properties !== 'object' || Array.isArray(schema.properties)) errs.push(`${where}: properties is not an object`);
    else for (const [k, p] of Object.entries(schema.properties)) {
      if (!k) errs.push(`${where}: empty property name`);
      if (!p || typeof p !== 'object') { errs.push(`${where}.${k}: not a schema`); continue; }
      if (p.$ref === undefined && (typeof p.description !== 'string' || !p.description.trim())) errs.push(`${where}.${k}: missing description`);
      checkSchema(p, `${where}.${k}`, errs);
    }
  }
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required)) errs.push(`${where}: required is not an array`);
    else for (const r of schema.required) if (!schema.properties || !(r in schema.properties)) errs.push(`${where}: required "${r}" is not a property`);
  }
  if (schema.items) checkSchema(schema.items, `${where}[]`, errs);
  if (schema.$defs) for (const [k, d] of Object.entries(schema.$defs)) checkSchema(d, `${where}.$defs.${k}`, errs);
  if (schema.$ref !== undefined) {
    const m = /^#\/\$defs\/(.+)$/.exec(schema.$ref);
    if (!m) errs.push(`${where}: unsupported $ref ${schema.$ref}`);
  }
}
function checkServer(server, where, errs) {
  if (!server || typeof server !== 'object' || Array.isArray(server)) { errs.push(`${where}: server is not an object`); return; }
  for (const [k, v] of Object.entries(server)) {
    if (k === 'instructions') { if (typeof v !== 'string' || !v.trim()) errs.push(`${where}: server.instructions must be a non-empty string`); }
    else if (k === 'prompts') {
      if (!Array.isArray(v) || !v.length) { errs.push(`${where}: server.prompts must be a non-empty array`); continue; }
      v.forEach((p, i) => {
        if (!p || typeof p.name !== 'string' || !p.name || typeof p.description !== 'string' || !p.description) errs.push(`${where}: prompt ${i} needs name and description`);
        if (p.arguments !== undefined && (!Array.isArray(p.arguments) || p.arguments.some((a) => !a || typeof a.name !== 'string' || !a.name || typeof a.description !== 'string'))) errs.push(`${where}: prompt ${i} has a bad argument list`);
      });
    } else if (k === 'resources') {
      if (!Array.isArray(v) || !v.length) { errs.push(`${where}: server.resources must be a non-empty array`); continue; }
      v.forEach((r, i) => {
        if (!r || typeof r.uri !== 'string' || !r.uri || typeof r.name !== 'string' || !r.name) errs.push(`${where}: resource ${i} needs uri and name`);
        if (r && r.text !== undefined && typeof r.text !== 'string') errs.push(`${where}: resource ${i} text must be a string`);
      });
    } else errs.push(`${where}: server has unknown member "${k}"`);
  }
}

// ---- load, expand, validate ----------------------------------------------------------
const modules = [];
for (const name of SOURCES) modules.push([name, await import(join(here, ROUND, `${name}.mjs`))]);

const errs = [];
const out = { poisoned: [], legit: [] };
const meta = { poisoned: [], legit: [] };
const ids = new Set();
const descriptions = new Map();

for (const [source, mod] of modules) {
  for (const side of ['poisoned', 'legit']) {
    for (const c of mod[side] ?? []) {
      const id = `${side === 'poisoned' ? IDP : IDL}-${c.lang}-${c.slug}`;
      const where = `${source}:${id}`;
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.slug ?? '')) errs.push(`${where}: bad slug`);
      if (!LANGS.includes(c.lang)) errs.push(`${where}: unknown lang ${c.lang}`);
      if (typeof c.family !== 'string' || !c.family) errs.push(`${where}: empty family`);
      if (ids.has(id)) errs.push(`${where}: duplicate id`);
      ids.add(id);
      // host checks on the plain view (markers replaced by their text)
      const raw = { tool: c.tool, server: c.server };
      eachString(raw, (s) => { for (const p of hostProblems(plainStr(s))) errs.push(`${where}: ${p}`); });
      const used = new Set();
      const tool = mapDeep(c.tool, (s) => expandStr(s, used));
      const server = c.server ? mapDeep(c.server, (s) => expandStr(s, used)) : undefined;
      eachString({ tool, server }, (s) => {
        if (/[⟪⟫]/u.test(s)) errs.push(`${where}: unexpanded marker in "${s.slice(0, 60)}"`);
        if (/[¤]/u.test(s)) errs.push(`${where}: unfilled twin slot`);
        for (const p of hostProblems(s)) errs.push(`${where}: ${p}`);
      });
      if (!tool || typeof tool !== 'object') { errs.push(`${where}: tool is not an object`); continue; }
      if (typeof tool.name !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(tool.name)) errs.push(`${where}: bad tool name`);
      if (typeof tool.description !== 'string' || !tool.description.trim()) errs.push(`${where}: empty description`);
      else {
        if (descriptions.has(tool.description)) errs.push(`${where}: description duplicates ${descriptions.get(tool.description)}`);
        descriptions.set(tool.description, id);
      }
      if (!tool.inputSchema || tool.inputSchema.type !== 'object') errs.push(`${where}: inputSchema must be an object schema`);
      else checkSchema(tool.inputSchema, `${where} inputSchema`, errs);
      if (tool.outputSchema) checkSchema(tool.outputSchema, `${where} outputSchema`, errs);
      if (server) checkServer(server, where, errs);
      const rec = { id, family: c.family, lang: c.lang, tool };
      if (server) rec.server = server;
      out[side].push(rec);
      meta[side].push({ id, family: c.family, lang: c.lang, slot: c.slot, twin: !!c.twin, source, markers: [...used].sort() });
    }
  }
}
// twins must come in pairs with the same lang and slug
const twinKeys = (side) => new Set(meta[side].filter((m) => m.twin).map((m) => m.id.replace(/^x13vl?-/, '')));
const tp = twinKeys('poisoned'), tl = twinKeys('legit');
for (const k of tp) if (!tl.has(k)) errs.push(`twin ${k} has no honest half`);
for (const k of tl) if (!tp.has(k)) errs.push(`twin ${k} has no poisoned half`);

if (errs.length) {
  for (const e of new Set(errs)) console.error('x13v: ' + e);
  console.error(`x13v: ${errs.length} violation(s); nothing written`);
  process.exit(1);
}

// ---- write ----------------------------------------------------------------------------------
const files = { poisoned: join(here, 'poisoned', `${ROUND}.json`), legit: join(here, 'risky_legit', `${ROUND}.json`) };
for (const side of ['poisoned', 'legit']) {
  mkdirSync(dirname(files[side]), { recursive: true });
  writeFileSync(files[side], JSON.stringify({ cases: out[side] }, null, 2) + '\n');
}

// ---- composition -----------------------------------------------------------------------------
const count = (list, key) => { const m = new Map(); for (const x of list) m.set(key(x), (m.get(key(x)) ?? 0) + 1); return m; };
const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
const P = meta.poisoned, L = meta.legit;
const lines = [];
const en = (list) => list.filter((m) => m.lang === 'en').length;
const pct = (a, b) => `${Math.round((100 * a) / b)}%`;
lines.push(`round ${ROUND} (training): poisoned ${P.length}, risky_legit ${L.length}`);
lines.push(`  English share: poisoned ${en(P)}/${P.length} (${pct(en(P), P.length)}), legit ${en(L)}/${L.length} (${pct(en(L), L.length)})`);
lines.push(`  honest twins: ${P.filter((m) => m.twin).length} pairs (${P.filter((m) => m.twin && m.lang !== 'en').length} non-English)`);
const fam = count(P, (m) => m.family), kinds = count(L, (m) => m.family);
lines.push(`  poisoned families: ${fam.size}; legit server kinds: ${kinds.size}; languages: ${new Set(P.map((m) => m.lang)).size} poisoned / ${new Set(L.map((m) => m.lang)).size} legit`);
lines.push('languages (poisoned / legit):');
const lp = count(P, (m) => m.lang), ll = count(L, (m) => m.lang);
lines.push('  ' + LANGS.map((l) => `${l} ${lp.get(l) ?? 0}/${ll.get(l) ?? 0}`).join('  '));
lines.push('source files (poisoned / legit):');
lines.push('  ' + SOURCES.map((s) => `${s} ${P.filter((m) => m.source === s).length}/${L.filter((m) => m.source === s).length}`).join('  '));
lines.push('payload slot (poisoned / legit):');
const sp = count(P, (m) => m.slot), sl = count(L, (m) => m.slot);
const slots = [...new Set([...sp.keys(), ...sl.keys()])].sort();
lines.push('  ' + slots.map((s) => `${s} ${sp.get(s) ?? 0}/${sl.get(s) ?? 0}`).join('  '));
lines.push('character-level markers (cases poisoned / legit):');
const mk = ['TAG', 'ZW', 'BIDI', 'HOMO', 'FW', 'ANSI', 'CUR', 'B64', 'HEX', 'PCT'];
lines.push('  ' + mk.map((k) => `${k} ${P.filter((m) => m.markers.includes(k)).length}/${L.filter((m) => m.markers.includes(k)).length}`).join('  '));
const wrap = (pairs) => { const parts = pairs.map(([k, v]) => `${k} ${v}`); const rows = []; for (let i = 0; i < parts.length; i += 6) rows.push('  ' + parts.slice(i, i + 6).join(', ')); return rows; };
lines.push(`poisoned families (${fam.size}):`);
lines.push(...wrap(sorted(fam)));
lines.push(`legit server kinds (${kinds.size}):`);
lines.push(...wrap(sorted(kinds)));
lines.push(`wrote ${files.poisoned.slice(files.poisoned.indexOf('test/'))} and ${files.legit.slice(files.legit.indexOf('test/'))}`);
console.log(lines.join('\n'));
