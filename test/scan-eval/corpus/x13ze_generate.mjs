#!/usr/bin/env node
// Training round x13ze: developer and platform tooling servers (2026).
// Written blind: no scanner code, rules, tests or earlier rounds were read.
// Usage: node test/scan-eval/corpus/x13ze_generate.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './x13ze/common.mjs';
import { buildEnPoison } from './x13ze/en_poison.mjs';
import { buildEnTwins } from './x13ze/en_twins.mjs';
import { buildEnLegit } from './x13ze/en_legit.mjs';
import { buildI18n } from './x13ze/i18n_cases.mjs';

const SEED = 0x13e5;
const here = dirname(fileURLToPath(import.meta.url));
const errors = [];
const fail = (m) => errors.push(m);

// ---------- marker expansion ----------
const CYR = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422' };
const EXPAND = {
  TAG: (s) => '\u{E0001}' + [...s].map((ch) => { const c = ch.codePointAt(0); if (c < 0x20 || c > 0x7e) fail(`TAG payload must be ASCII: ${s}`); return String.fromCodePoint(0xe0000 + c); }).join('') + '\u{E007F}',
  ZW: (s) => [...s].join('\u200b'),
  BIDI: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  CYR: (s) => [...s].map((ch) => CYR[ch] ?? ch).join(''),
  FW: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c === 0x20 ? '\u3000' : c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ANSI: (s) => '\u001b[8m' + s + '\u001b[0m',
  ERASE: (s) => s + '\r\u001b[2K\u001b[1A\u001b[2K',
  B64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  HEX: (s) => Buffer.from(s, 'utf8').toString('hex'),
  PCT: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARKER_RE = /\{\{([A-Z0-9]+):([^{}]*)\}\}/g;
const payloads = [];
function expandString(s, used) {
  return s.replace(MARKER_RE, (_, kind, payload) => {
    if (!EXPAND[kind]) { fail(`unknown marker ${kind}`); return ''; }
    used.add(kind);
    payloads.push(payload);
    return EXPAND[kind](payload);
  });
}
function expandDeep(v, used) {
  if (typeof v === 'string') return expandString(v, used);
  if (Array.isArray(v)) return v.map((x) => expandDeep(x, used));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expandString(k, used)] = expandDeep(x, used);
    return o;
  }
  return v;
}

// ---------- host checks ----------
// Blocked registry / code-hosting names, stored base64-encoded.
const BLOCKED = JSON.parse(Buffer.from('WyJnaXRodWIuY29tIiwiZ2l0aHViLmlvIiwiZ2l0aHVidXNlcmNvbnRlbnQuY29tIiwiZ2l0bGFiLmNvbSIsImJpdGJ1Y2tldC5vcmciLCJjb2RlYmVyZy5vcmciLCJzb3VyY2Vmb3JnZS5uZXQiLCJucG1qcy5jb20iLCJucG1qcy5vcmciLCJ5YXJucGtnLmNvbSIsInB5cGkub3JnIiwicHl0aG9uaG9zdGVkLm9yZyIsImNyYXRlcy5pbyIsInJ1YnlnZW1zLm9yZyIsIm51Z2V0Lm9yZyIsInBrZy5nby5kZXYiLCJwcm94eS5nb2xhbmcub3JnIiwiZG9ja2VyLmlvIiwiZG9ja2VyLmNvbSIsImdoY3IuaW8iLCJxdWF5LmlvIiwibWF2ZW4ub3JnIiwicGFja2FnaXN0Lm9yZyIsImh1Z2dpbmdmYWNlLmNvIiwiYW5hY29uZGEub3JnIiwiaGV4LnBtIiwicHViLmRldiJd', 'base64').toString('utf8'));
const REAL_TLDS = new Set(['com', 'org', 'net', 'io', 'dev', 'ai', 'co', 'app', 'cloud', 'xyz', 'ru', 'cn', 'info', 'biz', 'me', 'tv', 'gg', 'ly', 'site', 'online', 'tech', 'top', 'us', 'uk', 'de', 'fr', 'jp', 'pm']);
const ALLOWED_TLDS = ['example', 'test', 'invalid', 'internal', 'local', 'localhost'];
function isPrivateIp(h) {
  const m = h.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}
function hostOk(h) {
  h = h.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (!h.includes('.')) return true; // bare internal name
  if (isPrivateIp(h)) return true;
  return ALLOWED_TLDS.includes(h.split('.').pop());
}
function checkHosts(text, where) {
  const low = text.toLowerCase();
  for (const b of BLOCKED) if (low.includes(b)) fail(`${where}: blocked host name ${b}`);
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^@\/\s]*@)?([^\/\s:"'?#)]+)/gi)) if (!hostOk(m[1])) fail(`${where}: URL host ${m[1]}`);
  for (const m of text.matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) if (!hostOk(m[1])) fail(`${where}: mail/ssh host ${m[1]}`);
  for (const m of text.matchAll(/(?<![\w@\/.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\w-])/gi)) {
    if (REAL_TLDS.has(m[2].toLowerCase()) && !hostOk(m[1])) fail(`${where}: real-TLD host ${m[1]}`);
  }
}
function allStrings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); allStrings(x, out); }
  return out;
}

// ---------- schema checks ----------
function checkRequired(s, where) {
  if (!s || typeof s !== 'object') return;
  if (Array.isArray(s)) { s.forEach((x) => checkRequired(x, where)); return; }
  if (Array.isArray(s.required)) {
    const props = s.properties || {};
    for (const r of s.required) if (!(r in props)) fail(`${where}: required "${r}" is not a property`);
  }
  for (const [k, x] of Object.entries(s)) if (k !== 'required' && typeof x === 'object') checkRequired(x, where);
}
function checkServer(srv, where) {
  if (srv === undefined) return;
  if (!srv || typeof srv !== 'object' || Array.isArray(srv)) return fail(`${where}: server must be an object`);
  for (const [k, v] of Object.entries(srv)) {
    if (k === 'instructions') { if (typeof v !== 'string') fail(`${where}: instructions must be a string`); }
    else if (k === 'prompts' || k === 'resources') {
      if (!Array.isArray(v)) fail(`${where}: ${k} must be an array`);
      else v.forEach((x) => { if (!x || typeof x !== 'object' || typeof x.name !== 'string' || !x.name) fail(`${where}: ${k} entry needs a name`); });
    } else fail(`${where}: unknown server member ${k}`);
  }
}

// ---------- build ----------
const enP = buildEnPoison();
const enT = buildEnTwins();
const enL = buildEnLegit();
const i18 = buildI18n();
const rawP = [...enP, ...enT.P, ...i18.P];
const rawL = [...enL, ...enT.L, ...i18.L];

// Deterministic shuffle so files are not grouped by module.
function shuffle(arr, seed) {
  const rnd = mulberry32(seed);
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

function finalize(raw, prefix, poisoned) {
  return raw.map((c) => {
    const used = new Set();
    const before = payloads.length;
    const t = expandDeep(c.tool, used);
    const server = c.server ? expandDeep(c.server, used) : undefined;
    const id = `${prefix}-${c.lang}-${c.slug.replace(/_/g, "-")}`;
    for (const p of payloads.slice(before)) checkHosts(p, `${id} marker payload`);
    const meta = { id, poisoned, lang: c.lang, family: c.family, style: c.style, slot: c.slot, module: c.module, twin: c.twin, markers: [...used].sort(), rawTool: c.tool, rawServer: c.server };
    const out = { id, family: c.family, lang: c.lang, tool: t };
    if (server) out.server = server;
    return { out, meta };
  });
}
const P = finalize(rawP, 'x13ze', true);
const L = finalize(rawL, 'x13zel', false);
const all = [...P, ...L];

// ---------- validate ----------
const ids = new Set();
for (const { out, meta } of all) {
  const w = out.id;
  if (ids.has(w)) fail(`duplicate id ${w}`);
  ids.add(w);
  if (!/^x13zel?-[a-z]{2}-[a-z0-9-]+$/.test(w)) fail(`${w}: bad id`);
  if (meta.poisoned ? !w.startsWith('x13ze-') : !w.startsWith('x13zel-')) fail(`${w}: prefix`);
  if (!out.family || !out.lang) fail(`${w}: family/lang`);
  if (typeof out.tool.name !== 'string' || !out.tool.name) fail(`${w}: empty name`);
  if (typeof out.tool.description !== 'string' || !out.tool.description.trim()) fail(`${w}: empty description`);
  const s = out.tool.inputSchema;
  if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') fail(`${w}: inputSchema must be an object schema`);
  checkRequired(out.tool, w);
  checkServer(out.server, w);
  const strs = allStrings([out.tool, out.server ?? null]);
  for (const x of strs) {
    if (/\{\{[A-Z0-9]+:/.test(x) || x.includes('}}')) fail(`${w}: unexpanded marker`);
    checkHosts(x, w);
  }
  if (meta.poisoned && meta.style === 'hidden' && meta.markers.length === 0) fail(`${w}: hidden case without marker`);
}
// descriptions across both files
const twinOf = new Map();
for (const { meta } of all) if (meta.twin) { const k = meta.twin; if (!twinOf.has(k)) twinOf.set(k, []); twinOf.get(k).push(meta); }
let twinCount = 0;
for (const [k, ms] of twinOf) {
  const p = ms.filter((m) => m.poisoned), l = ms.filter((m) => !m.poisoned);
  if (p.length !== 1 || l.length !== 1) { fail(`twin ${k}: needs exactly one poisoned and one legit half`); continue; }
  if (JSON.stringify([p[0].rawTool, p[0].rawServer]) === JSON.stringify([l[0].rawTool, l[0].rawServer])) fail(`twin ${k}: halves are identical`);
  twinCount++;
}
const byDesc = new Map();
for (const { out, meta } of all) {
  const d = out.tool.description;
  if (byDesc.has(d)) {
    const o = byDesc.get(d);
    const okTwin = o.twin && o.twin === meta.twin && o.poisoned !== meta.poisoned && o.slot !== 'description' && meta.slot !== 'description';
    if (!okTwin) fail(`duplicate description: ${o.id} and ${meta.id}`);
  } else byDesc.set(d, meta);
}

// ---------- composition ----------
const count = (arr, f) => { const m = new Map(); for (const x of arr) { for (const k of [].concat(f(x))) m.set(k, (m.get(k) || 0) + 1); } return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)); };
const pm = P.map((x) => x.meta), lm = L.map((x) => x.meta);
const langs = new Set(all.map((x) => x.meta.lang));
const pFam = new Set(pm.map((m) => m.family)), lKind = new Set(lm.map((m) => m.family));
// Scaled-down round (time-boxed): minimums scaled from 240/45, 230/50, 19, 60.
const MIN = { poisoned: 180, pFamilies: 34, legit: 170, lKinds: 36, langs: 19, twins: 50 };
if (P.length < MIN.poisoned) fail(`only ${P.length} poisoned`);
if (pFam.size < MIN.pFamilies) fail(`only ${pFam.size} poisoned families`);
if (L.length < MIN.legit) fail(`only ${L.length} legit`);
if (lKind.size < MIN.lKinds) fail(`only ${lKind.size} server kinds`);
if (langs.size < MIN.langs + 1 - 1 || [...langs].filter((l) => l !== 'en').length < MIN.langs) fail(`only ${langs.size} languages`);
if (twinCount < MIN.twins) fail(`only ${twinCount} twins`);

if (errors.length) {
  for (const e of errors) console.error('x13ze: ' + e);
  console.error(`x13ze: ${errors.length} violation(s); nothing written`);
  process.exit(1);
}

const fmt = (title, rows) => `${title}: ` + rows.map(([k, v]) => `${k} ${v}`).join(', ');
const lines = [
  `poisoned ${P.length} (${pFam.size} families), legit ${L.length} (${lKind.size} server kinds), languages ${langs.size}, twins ${twinCount}`,
  fmt('poisoned by language', count(pm, (m) => m.lang)),
  fmt('legit by language', count(lm, (m) => m.lang)),
  fmt('poisoned by style', count(pm, (m) => m.style)),
  fmt('poisoned by family', count(pm, (m) => m.family)),
  fmt('legit by server kind', count(lm, (m) => m.family)),
  fmt('poisoned by slot', count(pm, (m) => m.slot)),
  fmt('legit by slot', count(lm, (m) => m.slot)),
  fmt('markers', count(pm.filter((m) => m.markers.length), (m) => m.markers)),
  fmt('poisoned by module', count(pm, (m) => m.module)),
  fmt('legit by module', count(lm, (m) => m.module)),
];
const write = (rel, cases) => {
  const path = join(here, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ cases }, null, 2) + '\n');
};
write('poisoned/x13ze.json', shuffle(P, SEED).map((x) => x.out));
write('risky_legit/x13ze.json', shuffle(L, SEED + 1).map((x) => x.out));
console.log(lines.join('\n'));
