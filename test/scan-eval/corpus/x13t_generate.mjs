#!/usr/bin/env node
// Training round x13t generator (Node built-ins only, deterministic).
// Usage: node test/scan-eval/corpus/x13t_generate.mjs
// Writes poisoned/x13t.json and risky_legit/x13t.json ({"cases": [...]}, the shape
// report/corpus_case.cc loads). Exits 1 and writes nothing on any validation error.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { place, baseTool, SLOT_FAMILY, str, int, bool, arr, schema } from './x13t/helpers.mjs';
import { SKELETONS } from './x13t/legit_en.mjs';
import { CLAUSES_EN, ENCODED_EN } from './x13t/poisoned_en.mjs';
import { TWIN_PAIRS } from './x13t/twins.mjs';
import { SLOT_CASES, ANNOTATION_ABUSE } from './x13t/slots.mjs';
import { GROUP_A } from './x13t/nonen_a.mjs';
import { GROUP_B } from './x13t/nonen_b.mjs';
import { GROUP_C } from './x13t/nonen_c.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// ---- seeded PRNG (mulberry32) ----
let seed = 0x13a7c0de >>> 0;
function rand() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const rdig = (n) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
const rhex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');

// ---- character transforms ----
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', T: 'Т', H: 'Н', K: 'К', M: 'М', B: 'В' };
const TRANSFORMS = {
  tag: (s) => String.fromCodePoint(0xe0001) + [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c < 0x7f ? String.fromCodePoint(0xe0000 + c) : ch; }).join('') + String.fromCodePoint(0xe007f),
  zw: (s) => [...s].join('\u200b'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  cyr: (s) => [...s].map((ch) => CYR[ch] || ch).join(''),
  fw: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c === 0x20 ? '\u3000' : c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ansi: (s) => '\x1b[8m' + s + '\x1b[0m',
  ansiup: (s) => s + '\r\x1b[2K\x1b[1A\x1b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  pct: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const TF_FAMILY = { tag: 'unicode-tag', zw: 'zero-width', bidi: 'bidi-override', cyr: 'homoglyph', fw: 'fullwidth', ansi: 'ansi-conceal', ansiup: 'ansi-cursor', b64: 'encoded-base64', hex: 'encoded-hex', pct: 'encoded-percent' };

// ---- expansion ----
const DROP = Symbol('drop');
const errors = [];
const plainTexts = []; // [caseId, text after twin handling, before transforms]
let currentId = '';
function expandString(s, mode) {
  const whole = /^\[\[-([\s\S]*?)-\]\]$/.exec(s);
  if (whole && !whole[1].includes('[[-')) {
    if (mode === 't') return DROP;
    if (whole[1] === 'true') return true;
    if (whole[1] === 'false') return false;
  }
  let out = s.replace(/\[\[-([\s\S]*?)-\]\]/g, (_, inner) => (mode === 't' ? '' : inner));
  if (mode === 't') out = out.replace(/ {2,}/g, ' ').replace(/ ([.,;])/g, '$1').trim();
  out = out.replace(/\{\{(rdig|rhex):(\d+)\}\}/g, (_, k, n) => (k === 'rdig' ? rdig(+n) : rhex(+n)));
  plainTexts.push([currentId, out]);
  out = out.replace(/\{\{(tag|zw|bidi|cyr|fw|ansi|ansiup|b64|hex|pct):([\s\S]*?)\}\}/g, (_, k, inner) => TRANSFORMS[k](inner));
  return out;
}
function expand(v, mode) {
  if (typeof v === 'string') return expandString(v, mode);
  if (Array.isArray(v)) return v.map((x) => expand(x, mode)).filter((x) => x !== DROP);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, val] of Object.entries(v)) {
      const kk = expandString(k, mode);
      if (kk === DROP) continue;
      const vv = expand(val, mode);
      if (vv === DROP) continue;
      o[kk] = vv;
    }
    return o;
  }
  return v;
}

const poisoned = [];
const legit = [];
const twinOf = new Map(); // twin id -> poisoned id
function mk(list, id, family, lang, obj, mode) {
  currentId = id;
  const c = { id, family, lang, tool: expand(obj.tool, mode) };
  if (obj.server) c.server = expand(obj.server, mode);
  list.push(c);
  return c;
}
const P = (lang, slug, family, obj) => mk(poisoned, `x13t-${lang}-${slug}`, family, lang, obj, 'p');
const L = (lang, slug, family, obj) => mk(legit, `x13tl-${lang}-${slug}`, family, lang, obj, 'p');
function PT(lang, slug, family, kind, obj) {
  P(lang, slug, family, obj);
  const twinId = `x13tl-${lang}-${slug}-twin`;
  mk(legit, twinId, kind, lang, obj, 't');
  twinOf.set(twinId, `x13t-${lang}-${slug}`);
}
const W = (t) => `[[-${t}-]]`;
const dash = (s) => s.replace(/_/g, '-');

// ---- English: skeleton-based poisoned cases ----
const SK = new Map(SKELETONS.map((s) => [s.name, s]));
const DESC_SLOTS = new Set(['desc-end', 'desc-mid', 'desc-start']);
const nonDescUsed = new Set();
const skCases = []; // { sk, slot, clause, opt, family, slug }
const slugSeen = new Set();
function uniqueSlug(s) { let u = s, n = 2; while (slugSeen.has(u)) u = `${s}-${n++}`; slugSeen.add(u); return u; }
for (const c of SLOT_CASES) {
  const sk = SK.get(c.sk);
  if (!sk) { errors.push('unknown skeleton ' + c.sk); continue; }
  if (nonDescUsed.has(sk.name)) errors.push('two non-description slots on ' + sk.name);
  nonDescUsed.add(sk.name);
  skCases.push({ sk, slot: c.slot, clause: c.t, opt: c.opt || {}, family: SLOT_FAMILY[c.slot], slug: uniqueSlug(`${SLOT_FAMILY[c.slot]}-${dash(sk.name)}`) });
}
for (const a of ANNOTATION_ABUSE) {
  const sk = SK.get(a.sk);
  if (!sk || nonDescUsed.has(sk.name)) { errors.push('annotation skeleton ' + a.sk); continue; }
  nonDescUsed.add(sk.name);
  skCases.push({ sk, slot: 'annotation-abuse', ann: a.ann, family: 'annotation-abuse', slug: uniqueSlug(`annotation-abuse-${dash(sk.name)}`) });
}
const N = SKELETONS.length;
function pick(i, slot) {
  const start = (i * 11 + 5) % N;
  if (DESC_SLOTS.has(slot)) return [SKELETONS[start], slot];
  for (let k = 0; k < N; k++) {
    const sk = SKELETONS[(start + k) % N];
    if (!nonDescUsed.has(sk.name)) { nonDescUsed.add(sk.name); return [sk, slot]; }
  }
  return [SKELETONS[start], 'desc-end'];
}
CLAUSES_EN.forEach((c, i) => {
  const [sk, slot] = pick(i, c.slot);
  skCases.push({ sk, slot, clause: c.t, opt: {}, family: c.f, slug: uniqueSlug(`${c.f}-${dash(sk.name)}`) });
});
ENCODED_EN.forEach((c, i) => {
  const [sk, slot] = pick(i + 100, c.slot);
  skCases.push({ sk, slot, clause: c.t, opt: {}, family: c.f, slug: uniqueSlug(`${c.f}-${dash(sk.name)}`) });
});
function buildSk(c) {
  if (c.slot === 'annotation-abuse') {
    const tool = baseTool(c.sk);
    const ann = {};
    for (const [k, v] of Object.entries(c.ann)) ann[W(k)] = typeof v === 'boolean' ? W(String(v)) : W(v);
    tool.annotations = { ...(tool.annotations || {}), ...ann };
    return { tool };
  }
  return place(c.sk, W(c.clause), c.slot, c.opt);
}
// Honest twins for every fourth skeleton, paired with its non-description case when there is one.
const twinSk = new Set(SKELETONS.filter((_, i) => i % 4 === 0).map((s) => s.name));
const twinned = new Set();
for (const c of skCases.filter((c) => !DESC_SLOTS.has(c.slot)).concat(skCases.filter((c) => DESC_SLOTS.has(c.slot)))) {
  c.twin = twinSk.has(c.sk.name) && !twinned.has(c.sk.name);
  if (c.twin) twinned.add(c.sk.name);
}
for (const c of skCases) {
  const obj = buildSk(c);
  if (c.twin) PT('en', c.slug, c.family, c.sk.kind, obj); else P('en', c.slug, c.family, obj);
}
// Hand-written twin pairs.
for (const t of TWIN_PAIRS) PT('en', t.slug, t.f, t.kind, t.server ? { tool: t.tool, server: t.server } : { tool: t.tool });

// ---- English legitimate variants ----
SKELETONS.forEach((sk, i) => {
  L('en', `${sk.kind}-${dash(sk.name)}-a`, sk.kind, place(sk, sk.risky[0], 'desc-end'));
  const b = place(sk, sk.risky[1], 'desc-start');
  if (i % 2 === 1) {
    b.server = {
      instructions: `This ${sk.kind.replace(/-/g, ' ')} server is operated by the platform team. ${sk.risky[0]} Tools of other servers are not affected by these rules.`,
      prompts: [{ name: `${sk.name}_safely`, description: `Walk the user through ${sk.name} step by step and ask for confirmation before any change.`, arguments: [] }],
    };
  }
  L('en', `${sk.kind}-${dash(sk.name)}-b`, sk.kind, b);
});

// ---- non-English ----
const NE_SK = {
  file: { kind: 'file-reader', name: 'read_file', props: { path: str('Workspace-relative path.'), context: str('Optional context for the request.') }, req: ['path'] },
  mail: { kind: 'email', name: 'send_mail', props: { to: arr('Recipients.'), cc: arr('Copy recipients.'), bcc: arr('Blind-copy recipients.'), subject: str('Subject.'), body: str('Body.') }, req: ['to', 'subject', 'body'] },
  pay: { kind: 'payments', name: 'create_transfer', props: { beneficiary_id: str('Saved beneficiary id.'), amount: str('Amount as decimal string.'), currency: str('ISO currency code.') }, req: ['beneficiary_id', 'amount', 'currency'] },
  shell: { kind: 'shell-runner', name: 'run_shell', props: { command: str('Command line.'), cwd: str('Working directory.') }, req: ['command'] },
  search: { kind: 'docs-wiki', name: 'search_wiki', props: { query: str('Search terms.'), limit: int('Maximum results.') }, req: ['query'] },
  cal: { kind: 'calendar', name: 'add_event', props: { title: str('Event title.'), start: str('Start time, ISO 8601.'), attendees: arr('Attendee addresses.') }, req: ['title', 'start'] },
  secret: { kind: 'secret-manager', name: 'read_secret', props: { path: str('Vault path.'), notes: str('Reason for access.') }, req: ['path'] },
};
const NE_PAIRS = [['file', 'ssh', 'sensitive-file-ssh'], ['mail', 'bcc', 'shadow-mail-bcc'], ['pay', 'iban', 'shadow-payment'], ['shell', 'consent', 'consent-bypass'], ['search', 'pref', 'preference-hijack'], ['cal', 'cal', 'shadow-calendar'], ['secret', 'env', 'sensitive-file-env']];
const NE_SLOTS = ['desc-end', 'param', 'default', 'desc-mid', 'enum', 'instructions', 'examples', 'prompt-desc', 'desc-start', 'resource', 'outputSchema', 'side-note', '$defs', 'const', 'title', 'annotations', 'prompt'];
const NE_TF = ['zw', 'b64', 'hex', 'pct', 'ansi', 'ansiup', 'bidi'];
const NE_TWINS = new Set(['file', 'pay', 'cal']);
[...GROUP_A, ...GROUP_B, ...GROUP_C].forEach((L10, li) => {
  const { lang } = L10;
  const skOf = (kind) => ({ ...NE_SK[kind], desc: [L10.docs[kind]] });
  NE_PAIRS.forEach(([kind, ck, fam], ci) => {
    const slot = NE_SLOTS[(li * 5 + ci * 3) % NE_SLOTS.length];
    let clause = L10.c[ck];
    let family = DESC_SLOTS.has(slot) || slot === 'param' ? fam : SLOT_FAMILY[slot];
    if (ci === li % 7) { const tf = NE_TF[li % NE_TF.length]; clause = `{{${tf}:${clause}}}`; family = TF_FAMILY[tf]; }
    const obj = place(skOf(kind), W(clause), slot, { intro: L10.docs[kind] });
    const slug = `${fam}-${dash(NE_SK[kind].name)}`;
    if (NE_TWINS.has(kind)) PT(lang, slug, family, NE_SK[kind].kind, obj); else P(lang, slug, family, obj);
  });
  L(lang, `email-send-mail-bcc-note`, 'email', place(skOf('mail'), L10.r[2], 'desc-end'));
  L(lang, `shell-runner-run-shell-strict`, 'shell-runner', place(skOf('shell'), L10.r[0], 'desc-end'));
  L(lang, `docs-wiki-search-wiki-untrusted`, 'docs-wiki', place(skOf('search'), L10.r[1], 'desc-end'));
});

// ---- validation ----
const all = [...poisoned, ...legit];
const ids = new Set();
const MARKER = /\[\[-|-\]\]|\{\{|\}\}/;
const okHost = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return /\.(example|test|invalid)$/.test(h) || /^[a-z0-9-]+$/.test(h) && !/^\d+$/.test(h) || h === ''; };
function walk(v, fn, key = '') { if (typeof v === 'string') fn(v, key); else if (Array.isArray(v)) v.forEach((x) => walk(x, fn, key)); else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { fn(k, '<key>'); walk(x, fn, k); } }
for (const c of all) {
  if (ids.has(c.id)) errors.push('duplicate id ' + c.id);
  ids.add(c.id);
  if (!/^x13tl?-[a-z]{2}-[a-z0-9-]+$/.test(c.id)) errors.push('bad id ' + c.id);
  if (!c.family || !c.lang) errors.push('missing family/lang ' + c.id);
  const t = c.tool;
  if (!t || typeof t.name !== 'string' || !t.name) errors.push('empty name ' + c.id);
  if (!t || typeof t.description !== 'string' || !t.description.trim()) errors.push('empty description ' + c.id);
  const s = t && t.inputSchema;
  if (!s || typeof s !== 'object' || Array.isArray(s) || s.type !== 'object') errors.push('inputSchema not an object schema ' + c.id);
  else {
    const props = s.properties || {};
    for (const r of s.required || []) if (!(r in props)) errors.push(`required "${r}" not a property in ${c.id}`);
  }
  if (c.server !== undefined) {
    if (typeof c.server !== 'object' || Array.isArray(c.server)) errors.push('server not object ' + c.id);
    for (const [k, v] of Object.entries(c.server)) {
      if (k === 'instructions') { if (typeof v !== 'string') errors.push('instructions not string ' + c.id); }
      else if (k === 'prompts' || k === 'resources') { if (!Array.isArray(v)) errors.push(k + ' not array ' + c.id); }
      else errors.push('unknown server member ' + k + ' in ' + c.id);
    }
  }
  walk(c, (str) => { if (MARKER.test(str)) errors.push('unexpanded marker in ' + c.id + ': ' + str.slice(0, 60)); });
}
const descOwner = new Map();
for (const c of all) {
  const d = c.tool.description;
  const prev = descOwner.get(d);
  if (prev && !(twinOf.get(c.id) === prev || twinOf.get(prev) === c.id)) errors.push(`duplicate description: ${prev} and ${c.id}`);
  if (!prev) descOwner.set(d, c.id);
}
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/(?:[^@\/\s"'<>)\]`]*@)?([^\/\s"'<>)\]`:?#]*)/giu;
const MAIL_RE = /[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;
function checkHosts(id, text) {
  for (const m of text.matchAll(URL_RE)) if (!okHost(m[1].replace(/[.,;]+$/, ''))) errors.push(`URL host "${m[1]}" in ${id}`);
  for (const m of text.matchAll(MAIL_RE)) if (!okHost(m[1])) errors.push(`mail host "${m[1]}" in ${id}`);
}
for (const [id, text] of plainTexts) checkHosts(id, text);
const UNCYR = Object.fromEntries(Object.entries(CYR).map(([a, b]) => [b, a]));
for (const c of all) walk(c, (str) => checkHosts(c.id, [...str].map((ch) => UNCYR[ch] || ch).join('')));

if (errors.length) {
  for (const e of [...new Set(errors)]) console.error('x13t: ' + e);
  console.error(`x13t: ${errors.length} violation(s); nothing written`);
  process.exit(1);
}

// ---- write + report ----
const outP = path.join(HERE, 'poisoned', 'x13t.json');
const outL = path.join(HERE, 'risky_legit', 'x13t.json');
fs.writeFileSync(outP, JSON.stringify({ cases: poisoned }, null, 2) + '\n');
fs.writeFileSync(outL, JSON.stringify({ cases: legit }, null, 2) + '\n');
function counts(list, key) { const m = new Map(); for (const c of list) m.set(c[key], (m.get(c[key]) || 0) + 1); return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k}=${n}`).join(' '); }
const nTw = legit.filter((c) => twinOf.has(c.id)).length;
console.log(`poisoned/x13t.json: ${poisoned.length} cases, ${new Set(poisoned.map((c) => c.family)).size} families, ${new Set(poisoned.map((c) => c.lang)).size} languages, en=${poisoned.filter((c) => c.lang === 'en').length}`);
console.log('  families: ' + counts(poisoned, 'family'));
console.log('  languages: ' + counts(poisoned, 'lang'));
console.log(`risky_legit/x13t.json: ${legit.length} cases (${nTw} honest twins), ${new Set(legit.map((c) => c.family)).size} server kinds, ${new Set(legit.map((c) => c.lang)).size} languages, en=${legit.filter((c) => c.lang === 'en').length}`);
console.log('  kinds: ' + counts(legit, 'family'));
console.log('  languages: ' + counts(legit, 'lang'));
