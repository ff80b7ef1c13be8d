#!/usr/bin/env node
// Training round x13zd: everyday SaaS and personal-productivity MCP servers (2026),
// with emphasis on quiet poisoning and honest twins. Written blind (see README).
//
//   node test/scan-eval/corpus/x13zd_generate.mjs
//
// Writes poisoned/x13zd.json and risky_legit/x13zd.json next to this file, or
// exits 1 writing nothing when any validation rule fails. Output is deterministic
// (fixed seed, fixed module order, no clock, no environment).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MODULES = ['twins_en', 'twins_intl', 'blatant', 'quiet', 'slots', 'hidden', 'legit_en', 'legit_intl'];
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'cs', 'ru', 'uk', 'tr', 'ar', 'ja', 'zh', 'ko', 'hi', 'id', 'vi'];
const STYLES = ['blatant', 'quiet', 'slot', 'hidden'];
const MIN = { poisoned: 240, families: 45, legit: 230, kinds: 50, langs: 19, twins: 60 };

// ---------- fixed-seed PRNG (mulberry32) ----------
let seed = 0x13d2d;
function rand() {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (arr) => arr[Math.floor(rand() * arr.length)];

// ---------- hiding markers: {{NAME|payload}} ----------
const CYR = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', I: 'І', S: 'Ѕ' };
const ZWS = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const MARKERS = {
  TAG: (s) => [...s].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join(''),
  ZW: (s) => { const z = pick(ZWS); return [...s].join(z); },
  BIDI: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  ISO: (s) => '\u2067' + [...s].reverse().join('') + '\u2069',
  CYR: (s) => [...s].map((ch) => CYR[ch] || ch).join(''),
  FW: (s) => [...s].map((ch) => ch === ' ' ? '\u3000' : (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join(''),
  ANSI: (s) => '\u001b[8m' + s + '\u001b[28m',
  ERASE: (s) => s + '\r\u001b[2K\u001b[1A',
  B64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  HEX: (s) => Buffer.from(s, 'utf8').toString('hex'),
  PCT: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARKER_RE = /\{\{([A-Z0-9]+)\|([^{}]*)\}\}/g;

// ---------- host rules ----------
const BANNED = JSON.parse(Buffer.from(
  'WyJnaXRodWIiLCJnaXRsYWIiLCJiaXRidWNrZXQiLCJzb3VyY2Vmb3JnZSIsImNvZGViZXJnIiwiZ2l0ZWUiLCJucG1qcyIsInJlZ2lzdHJ5Lnlhcm5wa2ciLCJweXBpLm9yZyIsInB5dGhvbmhvc3RlZCIsImNyYXRlcy5pbyIsInJ1YnlnZW1zIiwiaHViLmRvY2tlciIsImRvY2tlci5pbyIsImdoY3IuaW8iLCJxdWF5LmlvIiwibnVnZXQub3JnIiwicGFja2FnaXN0IiwibWF2ZW4ub3JnIiwicmVwbzEubWF2ZW4iLCJwcm94eS5nb2xhbmcub3JnIiwicGtnLmdvLmRldiIsImNwYW4ub3JnIiwiaGFja2FnZS5oYXNrZWxsIiwicHViLmRldiIsImNvY29hcG9kcyIsImNvbmRhLmlvIiwiYW5hY29uZGEub3JnIiwiaHVnZ2luZ2ZhY2UiXQ==',
  'base64').toString('utf8'));
const REAL_TLDS = new Set(('com net org io dev app ai co cloud xyz info biz us uk de fr ru cn jp eu gov edu tv ly gg site online tech me ' +
  'es it pl nl se cz ua tr sa ae in id vn kr br pt ch at be au ca mx ar ir su top shop store live link click').split(' '));
function privateIp(h) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 10 || a === 127 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
}
function hostOk(h) {
  h = h.toLowerCase().replace(/\.$/, '');
  if (!h.includes('.')) return true; // bare internal name
  if (privateIp(h)) return true;
  return /\.(example|test|invalid)$/.test(h) || h === 'example' || h === 'localhost';
}
function hostProblems(text) {
  const bad = [];
  const low = text.toLowerCase();
  for (const b of BANNED) if (low.includes(b)) bad.push('banned name ' + b);
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>?#)\]`,;]+)/gi)) {
    let h = m[1].replace(/^.*@/, '').replace(/:\d+$/, '');
    if (h.startsWith('[')) continue;
    if (!hostOk(h)) bad.push('url host ' + h);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!hostOk(m[1])) bad.push('mail host ' + m[1]);
  }
  for (const m of text.matchAll(/\b((?:[a-z0-9-]+\.)+([a-z]{2,}))\b/gi)) {
    if (REAL_TLDS.has(m[2].toLowerCase()) && !hostOk(m[1])) bad.push('host ' + m[1]);
  }
  for (const m of text.matchAll(/(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])/g)) {
    if (!privateIp(m[1])) bad.push('public ip ' + m[1]);
  }
  return bad;
}

// ---------- expansion ----------
const errors = [];
function expandString(s, where, used) {
  return s.replace(MARKER_RE, (all, name, payload) => {
    const fn = MARKERS[name];
    if (!fn) { errors.push(`${where}: unknown marker ${name}`); return all; }
    for (const p of hostProblems(payload)) errors.push(`${where}: marker payload: ${p}`);
    used.add(name);
    return fn(payload);
  });
}
function expand(v, where, used) {
  if (typeof v === 'string') return expandString(v, where, used);
  if (Array.isArray(v)) return v.map((x) => expand(x, where, used));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expandString(k, where, used)] = expand(x, where, used);
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

// ---------- schema checks ----------
function checkSchema(s, where) {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return;
  if (s.required !== undefined) {
    if (!Array.isArray(s.required)) errors.push(`${where}: required is not an array`);
    else for (const r of s.required) {
      if (!s.properties || !Object.prototype.hasOwnProperty.call(s.properties, r)) errors.push(`${where}: required "${r}" is not a property`);
    }
  }
  if (s.properties) for (const [k, x] of Object.entries(s.properties)) checkSchema(x, `${where}.${k}`);
  if (s.items) checkSchema(s.items, `${where}[]`);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') checkSchema(s.additionalProperties, `${where}.*`);
  for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(s[key])) s[key].forEach((x, i) => checkSchema(x, `${where}.${key}${i}`));
  for (const key of ['$defs', 'definitions']) if (s[key]) for (const [k, x] of Object.entries(s[key])) checkSchema(x, `${where}.${key}.${k}`);
}

// ---------- load modules ----------
const poisoned = [];
const legit = [];
let twinCount = 0;
const twinSlot = new Map();
for (const mod of MODULES) {
  const m = await import(path.join(HERE, 'x13zd', mod + '.mjs'));
  for (const p of m.poisoned || []) poisoned.push(Object.assign({ module: mod }, p));
  for (const l of m.legit || []) legit.push(Object.assign({ module: mod }, l));
  for (const t of m.twins || []) {
    twinCount++;
    const key = `${t.lang}-${t.slug}`;
    const slot = t.slot || 'description';
    twinSlot.set(key, slot);
    const pb = t.make(t.p), lb = t.make(t.l);
    poisoned.push({ module: mod, lang: t.lang, slug: t.slug, family: t.family, style: t.style, slot, twin: key, tool: pb.tool, server: pb.server });
    legit.push({ module: mod, lang: t.lang, slug: t.slug, kind: t.kind, slot, twin: key, tool: lb.tool, server: lb.server });
  }
}

function build(spec, isPoison) {
  const id = `${isPoison ? 'x13zd' : 'x13zdl'}-${spec.lang}-${spec.slug}`;
  const used = new Set();
  const tool = expand(spec.tool, id, used);
  const server = spec.server ? expand(spec.server, id, used) : undefined;
  const out = { id, family: isPoison ? spec.family : spec.kind, lang: spec.lang };
  if (isPoison) { out.style = spec.style; out.slot = spec.slot || 'description'; }
  else if (spec.slot) out.slot = spec.slot;
  if (spec.twin) out.twin = spec.twin;
  out.module = spec.module;
  if (used.size) out.markers = [...used].sort();
  out.tool = tool;
  if (server) out.server = server;
  return out;
}
const P = poisoned.map((s) => build(s, true));
const L = legit.map((s) => build(s, false));

// ---------- validation ----------
const ids = new Set();
const descOwners = new Map();
for (const c of [...P, ...L]) {
  const where = c.id;
  if (ids.has(c.id)) errors.push(`${where}: duplicate id`);
  ids.add(c.id);
  if (!/^x13zdl?-[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id)) errors.push(`${where}: bad id form`);
  if (!LANGS.includes(c.lang)) errors.push(`${where}: unknown lang ${c.lang}`);
  if (!c.family) errors.push(`${where}: empty family/kind`);
  if (c.id.startsWith('x13zd-') && !STYLES.includes(c.style)) errors.push(`${where}: bad style ${c.style}`);
  const t = c.tool;
  if (!t || typeof t.name !== 'string' || !t.name.trim()) errors.push(`${where}: empty tool name`);
  if (!t || typeof t.description !== 'string' || !t.description.trim()) errors.push(`${where}: empty description`);
  if (!t || !t.inputSchema || typeof t.inputSchema !== 'object' || Array.isArray(t.inputSchema) || t.inputSchema.type !== 'object')
    errors.push(`${where}: inputSchema must be an object schema`);
  else checkSchema(t.inputSchema, `${where} inputSchema`);
  if (t && t.outputSchema) checkSchema(t.outputSchema, `${where} outputSchema`);
  if (c.server !== undefined) {
    const s = c.server;
    if (!s || typeof s !== 'object' || Array.isArray(s)) errors.push(`${where}: server not an object`);
    else for (const [k, v] of Object.entries(s)) {
      if (k === 'instructions') { if (typeof v !== 'string') errors.push(`${where}: instructions not a string`); }
      else if (k === 'prompts' || k === 'resources') {
        if (!Array.isArray(v)) errors.push(`${where}: ${k} not an array`);
        else for (const it of v) {
          if (!it || typeof it !== 'object' || typeof it.name !== 'string' || !it.name) errors.push(`${where}: ${k} entry without name`);
          if (k === 'resources' && it && !it.uri && !it.uriTemplate) errors.push(`${where}: resource without uri/uriTemplate`);
          if (k === 'prompts' && it && it.arguments !== undefined && !Array.isArray(it.arguments)) errors.push(`${where}: prompt arguments not an array`);
        }
      } else errors.push(`${where}: server has unknown member ${k}`);
    }
  }
  for (const s of strings(c)) {
    if (/\{\{[A-Z0-9]+\|/.test(s) || /\{\{[A-Z0-9]+\}\}/.test(s)) errors.push(`${where}: unexpanded marker`);
    for (const p of hostProblems(s)) errors.push(`${where}: ${p}`);
  }
  if (t && typeof t.description === 'string') {
    const d = t.description;
    if (!descOwners.has(d)) descOwners.set(d, []);
    descOwners.get(d).push(c);
  }
}
for (const [, owners] of descOwners) {
  if (owners.length < 2) continue;
  const ok = owners.length === 2 && owners[0].twin && owners[0].twin === owners[1].twin &&
    twinSlot.get(owners[0].twin) !== 'description' &&
    JSON.stringify([owners[0].tool, owners[0].server || null]) !== JSON.stringify([owners[1].tool, owners[1].server || null]);
  if (!ok) errors.push(`duplicate description across ${owners.map((o) => o.id).join(', ')}`);
}
for (const [key] of twinSlot) {
  const a = P.find((c) => c.twin === key), b = L.find((c) => c.twin === key);
  if (!a || !b) { errors.push(`twin ${key}: missing half`); continue; }
  if (JSON.stringify([a.tool, a.server || null]) === JSON.stringify([b.tool, b.server || null])) errors.push(`twin ${key}: halves identical`);
}

// ---------- composition ----------
function count(list, f) {
  const m = new Map();
  for (const c of list) for (const k of [].concat(f(c))) m.set(k, (m.get(k) || 0) + 1);
  return [...m.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}
const fmt = (rows) => rows.map(([k, v]) => `${k}=${v}`).join(' ');
const famP = count(P, (c) => c.family), kindL = count(L, (c) => c.family);
const langP = new Set(P.map((c) => c.lang)), langL = new Set(L.map((c) => c.lang));
if (P.length < MIN.poisoned) errors.push(`only ${P.length} poisoned cases (min ${MIN.poisoned})`);
if (famP.length < MIN.families) errors.push(`only ${famP.length} poisoned families (min ${MIN.families})`);
if (L.length < MIN.legit) errors.push(`only ${L.length} legit cases (min ${MIN.legit})`);
if (kindL.length < MIN.kinds) errors.push(`only ${kindL.length} server kinds (min ${MIN.kinds})`);
if (langP.size < MIN.langs || langL.size < MIN.langs) errors.push(`languages: poisoned ${langP.size}, legit ${langL.size} (min ${MIN.langs})`);
if (twinCount < MIN.twins) errors.push(`only ${twinCount} twins (min ${MIN.twins})`);

if (errors.length) {
  for (const e of errors) console.error('x13zd: ' + e);
  console.error(`x13zd: ${errors.length} violation(s); nothing written`);
  process.exit(1);
}

const lines = [];
lines.push(`poisoned: ${P.length} cases, ${famP.length} families; legit: ${L.length} cases, ${kindL.length} server kinds; twins: ${twinCount}`);
lines.push(`languages (poisoned): ${fmt(count(P, (c) => c.lang))}`);
lines.push(`languages (legit): ${fmt(count(L, (c) => c.lang))}`);
const enShare = [...P, ...L].filter((c) => c.lang === 'en').length / (P.length + L.length);
lines.push(`english share: ${(enShare * 100).toFixed(1)}%`);
lines.push(`styles (poisoned): ${fmt(count(P, (c) => c.style))}`);
lines.push(`families (poisoned): ${fmt(famP)}`);
lines.push(`server kinds (legit): ${fmt(kindL)}`);
lines.push(`slots (poisoned): ${fmt(count(P, (c) => c.slot))}`);
lines.push(`slots (twins): ${fmt(count(L.filter((c) => c.twin), (c) => c.slot))}`);
lines.push(`markers (poisoned): ${fmt(count(P, (c) => c.markers || []))}`);
lines.push(`markers (legit): ${fmt(count(L, (c) => c.markers || []))}`);
lines.push(`modules (poisoned): ${fmt(count(P, (c) => c.module))}`);
lines.push(`modules (legit): ${fmt(count(L, (c) => c.module))}`);

fs.writeFileSync(path.join(HERE, 'poisoned', 'x13zd.json'), JSON.stringify({ cases: P }, null, 2) + '\n');
fs.writeFileSync(path.join(HERE, 'risky_legit', 'x13zd.json'), JSON.stringify({ cases: L }, null, 2) + '\n');
console.log(lines.join('\n'));
