#!/usr/bin/env node
// train7o generator: writes train7o.jsonl next to this file, validates every record,
// prints the composition and exits 1 on any violation. Deterministic, Node built-ins only.
//   node test/eval/injection/train7o_generate.mjs

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, appearsIn } from './train7o_carriers.mjs';
import { ATTACKS, BURIED } from './train7o_attacks.mjs';
import { BENIGN_A } from './train7o_benign_a.mjs';
import { BENIGN_B } from './train7o_benign_b.mjs';
import { LONG, HANDBOOK_TITLES } from './train7o_long.mjs';
import { HARMFUL } from './train7o_harmful.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train7o.jsonl');
const SPLIT = 'train7o';

const LANGS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const ATTACK_TECHNIQUES = new Set(['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload']);
const HARM_CATEGORIES = new Set(['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware']);
const ENCODINGS = new Set(['base64', 'hex', 'rot13', 'url', 'html', 'uesc', 'reverse', 'leet', 'tags', 'zw']);

// ---------- deterministic helpers ----------
function fnv(s) {
  let h = 0x811c9dc5;
  for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
function twoCarriers(key) {
  const n = CARRIER_NAMES.length;
  const h = fnv(key);
  const a = h % n;
  const b = (a + 1 + ((h >>> 8) % (n - 1))) % n;
  return [CARRIER_NAMES[a], CARRIER_NAMES[b]];
}
const pad = (n) => String(n).padStart(4, '0');

// ---------- encodings (encode / decode, checked losslessly) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const LEET_REV = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => {
  const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENC = {
  base64: { e: (s) => Buffer.from(s, 'utf8').toString('base64'), d: (s) => Buffer.from(s, 'base64').toString('utf8') },
  hex: { e: (s) => Buffer.from(s, 'utf8').toString('hex'), d: (s) => Buffer.from(s, 'hex').toString('utf8') },
  rot13: { e: rot13, d: rot13 },
  url: { e: (s) => encodeURIComponent(s), d: (s) => decodeURIComponent(s) },
  html: { e: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), d: (s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n)) },
  uesc: { e: (s) => [...s].map((c) => { const cp = c.codePointAt(0); return cp > 0xffff ? c : '\\u' + cp.toString(16).padStart(4, '0'); }).join(''),
    d: (s) => s.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) },
  reverse: { e: (s) => [...s].reverse().join(''), d: (s) => [...s].reverse().join('') },
  leet: { e: (s) => [...s].map((c) => LEET[c] || c).join(''), d: (s) => [...s].map((c) => LEET_REV[c] || c).join('') },
  tags: { e: (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''),
    d: (s) => [...s].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('') },
  zw: { e: (s) => [...s].join('\u200b'), d: (s) => s.split('\u200b').join('') },
};

const errors = [];
const fail = (msg) => errors.push(msg);

function encodeEntry(e, where) {
  if (!ENCODINGS.has(e.enc)) { fail(`${where}: unknown encoding ${e.enc}`); return { text: '', encoded: '' }; }
  let encoded;
  if (e.plainHex) {
    encoded = Buffer.from(e.plainHex, 'hex').toString('base64');
    if (Buffer.from(encoded, 'base64').toString('hex') !== e.plainHex) fail(`${where}: binary base64 round-trip failed`);
  } else {
    if (e.enc === 'leet' && (/[0-9A-Z]/.test(e.plain))) fail(`${where}: leet plain text must be lowercase without digits`);
    if (e.enc === 'tags' && /[^\x20-\x7e]/.test(e.plain)) fail(`${where}: tag-character plain text must be printable ASCII`);
    encoded = ENC[e.enc].e(e.plain);
    if (ENC[e.enc].d(encoded) !== e.plain) fail(`${where}: ${e.enc} round-trip failed`);
    if (encoded === e.plain) fail(`${where}: ${e.enc} encoding is a no-op`);
  }
  if (!e.wrap.includes('{{E}}')) fail(`${where}: wrap lacks {{E}}`);
  return { text: e.wrap.split('{{E}}').join(encoded), encoded };
}

// ---------- records ----------
const records = [];
const counters = {};
function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  counters[k] = (counters[k] || 0) + 1;
  return `${SPLIT}-${k}-${pad(counters[k])}`;
}
let seedCounter = 0;
function frame(carrier, parts, title, key) {
  const seed = fnv(key + '|' + carrier) % 997;
  seedCounter++;
  return CARRIERS[carrier](parts, { title, seed });
}
function push(rec, checks) {
  records.push(rec);
  rec._checks = checks || {};
}

// injection attacks: every payload in two carriers
ATTACKS.forEach((a, i) => {
  const src = `p${pad(i + 1)}`;
  let parts; let method; let encoded;
  if (a.enc) { const r = encodeEntry(a, src); parts = [r.text]; method = a.enc; encoded = r.encoded; } else if (a.parts) { parts = a.parts; } else { parts = [a.text]; }
  for (const carrier of twoCarriers('attack' + src)) {
    const rec = { id: nextId('injection', 'attack', a.t), split: SPLIT, family: 'injection', label: 'attack', technique: a.t, lang: a.lang, carrier,
      fields: frame(carrier, parts, a.title, src), source: src };
    if (method) rec.method = method;
    if (a.mix) rec.code_switch = a.mix;
    push(rec, { parts, encoded, plain: a.plain, enc: a.enc, split: a.t === 'split_payload' });
  }
});

// injection look-alikes: every text in two carriers
const benignFamilies = { ...BENIGN_A, ...BENIGN_B };
let benignTexts = 0;
for (const [family, entries] of Object.entries(benignFamilies)) {
  entries.forEach((e, i) => {
    const src = `b-${family}-${i + 1}`;
    const o = Array.isArray(e) ? { lang: e[0], title: e[1], text: e[2] } : e;
    let text = o.text; let encoded; let method;
    if (o.enc) { const r = encodeEntry(o, src); text = r.text; encoded = r.encoded; method = o.enc; }
    benignTexts++;
    for (const carrier of twoCarriers('benign' + src)) {
      const rec = { id: nextId('injection', 'benign', family), split: SPLIT, family: 'injection', label: 'benign', technique: family, lang: o.lang, carrier,
        fields: frame(carrier, [text], o.title, src), source: src };
      if (method) rec.method = method;
      if (o.mix) rec.code_switch = o.mix;
      push(rec, { parts: [text], encoded, plain: o.plain });
    }
  });
}

// long look-alikes: hand-written long documents
let longTexts = 0;
LONG.forEach((d, i) => {
  const src = `long-${i + 1}`;
  longTexts++;
  for (const carrier of twoCarriers('long' + src)) {
    push({ id: nextId('injection', 'benign', d.family), split: SPLIT, family: 'injection', label: 'benign', technique: d.family, lang: d.lang, carrier,
      fields: frame(carrier, [d.text], d.title, src), source: src, length: 'long' }, { parts: [d.text], long: true });
  }
});

// compiled handbooks: long multi-section documents made of same-language pages
const pagesByLang = {};
for (const [family, entries] of Object.entries({ ...BENIGN_A, ...BENIGN_B })) {
  if (['translation_memory', 'glossary', 'phrasebook', 'code_fixture', 'hidden_markup', 'html_build_comment'].includes(family)) continue;
  entries.forEach((e) => { if (Array.isArray(e)) (pagesByLang[e[0]] ||= []).push({ family, title: e[1], text: e[2] }); });
}
function compile(lang, k, minChars) {
  // deterministic order per (lang, k); add pages until the document is long enough
  const pages = [...pagesByLang[lang]].sort((x, y) => fnv(`${lang}|${k}|${x.title}`) - fnv(`${lang}|${k}|${y.title}`));
  const chosen = [];
  let len = 0;
  for (const p of pages) {
    if (len >= minChars && chosen.length >= 5) break;
    chosen.push(p); len += [...p.text].length + [...p.title].length + 8;
  }
  const toc = chosen.map((p, j) => `${j + 1}. ${p.title}`).join('\n');
  return { title: HANDBOOK_TITLES[lang], sections: chosen.map((p) => `## ${p.title}\n\n${p.text}`), head: `# ${HANDBOOK_TITLES[lang]}\n\n${toc}` };
}
const HANDBOOK_LANGS = ['es', 'de', 'fr', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv', 'en'];
const compiledLongLangs = ['es', 'de', 'fr', 'pt', 'it', 'nl', 'ru', 'pl', 'ja', 'tr', 'sv', 'ko'];
compiledLongLangs.forEach((lang, k) => {
  const c = compile(lang, k, 1500);
  const text = [c.head, ...c.sections].join('\n\n');
  const src = `handbook-${lang}`;
  longTexts++;
  for (const carrier of twoCarriers('long' + src)) {
    push({ id: nextId('injection', 'benign', 'handbook'), split: SPLIT, family: 'injection', label: 'benign', technique: 'handbook', lang, carrier,
      fields: frame(carrier, [text], c.title, src), source: src, length: 'long' }, { parts: [text], long: true });
  }
});

// long documents with one buried payload (attack, technique = the buried payload's)
let buriedDocs = 0;
BURIED.forEach((b, i) => {
  const c = compile(b.lang, i + 3, 1500);
  const at = 3 + (i % 3);
  const sections = [...c.sections.slice(0, at), b.text, ...c.sections.slice(at)];
  const text = [c.head, ...sections].join('\n\n');
  const src = `buried-${i + 1}`;
  buriedDocs++;
  for (const carrier of twoCarriers('buried' + src)) {
    push({ id: nextId('injection', 'attack', b.t), split: SPLIT, family: 'injection', label: 'attack', technique: b.t, lang: b.lang, carrier,
      fields: frame(carrier, [text], c.title, src), source: src, length: 'long', method: 'buried' }, { parts: [text], long: true, buried: b.text });
  }
});

// harmful: one carrier each
for (const [cat, byLabel] of Object.entries(HARMFUL)) {
  for (const label of ['attack', 'benign']) {
    byLabel[label].forEach((e, i) => {
      const src = `h-${cat}-${label}-${i + 1}`;
      const carrier = twoCarriers('harm' + src)[0];
      push({ id: nextId('harmful', label, cat), split: SPLIT, family: 'harmful', label, technique: cat, lang: e[0], carrier,
        fields: frame(carrier, [e[2]], e[1], src), source: src }, { parts: [e[2]] });
    });
  }
}

// ---------- validation ----------
const HOST_OK = /(\.example|\.test|\.invalid)$/i;
const TLD_RE = /\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|app|co|us|uk|de|fr|ru|cn|jp|biz|xyz|gov|edu))\b/gi;
function hostsIn(text) {
  const hosts = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s:"'<>)\]?#\\]+)/gi)) hosts.push(m[1]);
  for (const m of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) hosts.push(m[1]);
  for (const m of text.matchAll(/\bwww\.[\w.-]+/gi)) hosts.push(m[0]);
  for (const m of text.matchAll(TLD_RE)) hosts.push(m[1]);
  return hosts;
}
const ids = new Set();
for (const r of records) {
  const w = r.id || '(no id)';
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) {
    if (typeof r[k] !== 'string' || !r[k].trim()) fail(`${w}: field ${k} empty or not a string`);
  }
  if (ids.has(r.id)) fail(`${w}: duplicate id`); ids.add(r.id);
  if (!/^train7o-(injection|harmful)-(attack|benign)-[a-z_]+-\d{4}$/.test(r.id)) fail(`${w}: id format`);
  if (r.split !== SPLIT) fail(`${w}: split`);
  if (!['injection', 'harmful'].includes(r.family)) fail(`${w}: family`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${w}: label`);
  if (!LANGS.has(r.lang)) fail(`${w}: unknown lang ${r.lang}`);
  if (!CARRIERS[r.carrier]) fail(`${w}: unknown carrier ${r.carrier}`);
  if (r.family === 'injection' && r.label === 'attack' && !ATTACK_TECHNIQUES.has(r.technique)) fail(`${w}: unknown technique ${r.technique}`);
  if (r.family === 'injection' && r.label === 'benign' && (ATTACK_TECHNIQUES.has(r.technique) || !/^[a-z_]+$/.test(r.technique))) fail(`${w}: bad look-alike family ${r.technique}`);
  if (r.family === 'harmful' && !HARM_CATEGORIES.has(r.technique)) fail(`${w}: unknown category ${r.technique}`);
  if (!Array.isArray(r.fields) || r.fields.length === 0) fail(`${w}: fields empty`);
  else for (const f of r.fields) if (typeof f !== 'string' || !f.trim()) fail(`${w}: empty field`);
  const joined = (r.fields || []).join('\n');
  for (const h of hostsIn(joined)) {
    const host = h.toLowerCase().replace(/[.,;]+$/, '');
    if (host === 'localhost' || /^[\d.]+$/.test(host)) continue;
    if (!HOST_OK.test(host)) fail(`${w}: host outside .example/.test/.invalid: ${host}`);
  }
  const c = r._checks;
  for (const p of c.parts || []) if (!appearsIn(r.carrier, p, r.fields)) fail(`${w}: payload text not found in carrier output`);
  if (c.split) {
    if (c.parts.length < 2) fail(`${w}: split payload needs two parts`);
    const where = c.parts.map((p) => r.fields.findIndex((f) => appearsIn(r.carrier, p, [f])));
    if (where.some((x) => x < 0) || new Set(where).size !== where.length) fail(`${w}: split parts not in separate fields (${where})`);
  } else if (r.family === 'injection' && r.technique === 'split_payload') fail(`${w}: split technique without parts`);
  if (c.encoded !== undefined) {
    if (!appearsIn(r.carrier, c.encoded, r.fields)) fail(`${w}: encoded form missing from fields`);
    if (c.plain !== undefined && ENC[r.method].d(c.encoded) !== c.plain) fail(`${w}: decode mismatch`);
  }
  if (r.technique === 'encoded_payload' && !r.method) fail(`${w}: encoded_payload without method`);
  if (c.long) {
    const len = [...c.parts[0]].length;
    if (len < 1500) fail(`${w}: long document only ${len} chars`);
  }
  if (c.buried && !appearsIn(r.carrier, c.buried, r.fields)) fail(`${w}: buried payload missing`);
}

// set-level requirements
const count = (pred) => records.filter(pred).length;
const perTechnique = {};
ATTACKS.forEach((a) => { perTechnique[a.t] = (perTechnique[a.t] || 0) + 1; });
for (const t of ATTACK_TECHNIQUES) if ((perTechnique[t] || 0) < 14) fail(`technique ${t}: only ${perTechnique[t] || 0} payloads`);
const lookFamilies = new Set(records.filter((r) => r.family === 'injection' && r.label === 'benign').map((r) => r.technique));
if (lookFamilies.size < 26) fail(`only ${lookFamilies.size} look-alike families`);
for (const cat of HARM_CATEGORIES) for (const label of ['attack', 'benign']) {
  const n = count((r) => r.family === 'harmful' && r.technique === cat && r.label === label);
  if (n !== 12) fail(`harmful ${cat}/${label}: ${n} records, want 12`);
}
const harmNonEn = count((r) => r.family === 'harmful' && r.lang !== 'en');
if (harmNonEn * 2 < count((r) => r.family === 'harmful')) fail('harmful: less than half non-English');
const nonEn = count((r) => r.lang !== 'en');
if (nonEn * 2 < records.length) fail('less than half of the records non-English');
const langsUsed = new Set(records.map((r) => r.lang));
for (const l of LANGS) if (!langsUsed.has(l)) fail(`language ${l} unused`);
for (const l of LANGS) if (!records.some((r) => r.lang === l && r.label === 'benign' && r.family === 'injection')) fail(`no look-alike in ${l}`);
// carriers must frame both classes
for (const cn of CARRIER_NAMES) {
  if (!records.some((r) => r.carrier === cn && r.label === 'attack' && r.family === 'injection')) fail(`carrier ${cn} never frames an attack`);
  if (!records.some((r) => r.carrier === cn && r.label === 'benign' && r.family === 'injection')) fail(`carrier ${cn} never frames a look-alike`);
}
// texts must be distinct
const seenText = new Map();
for (const [k, list] of [['attack', ATTACKS.map((a) => a.text || a.plain || a.parts.join('|'))], ['benign', Object.values(benignFamilies).flat().map((e) => Array.isArray(e) ? e[2] : (e.text || e.plain || e.plainHex))]]) {
  for (const t of list) { if (seenText.has(t)) fail(`duplicate ${k} text: ${t.slice(0, 60)}`); seenText.set(t, k); }
}

// ---------- write ----------
const lines = records.map((r) => { const { _checks, ...o } = r; return JSON.stringify(o); });
writeFileSync(OUT, lines.join('\n') + '\n');

// ---------- composition ----------
const tally = (keyFn, pred = () => true) => {
  const m = {};
  for (const r of records) if (pred(r)) { const k = keyFn(r); m[k] = (m[k] || 0) + 1; }
  return Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
};
console.log(`train7o: ${records.length} records -> ${OUT}`);
console.log(`  injection attack: ${count((r) => r.family === 'injection' && r.label === 'attack')} records (${ATTACKS.length} payloads x 2 carriers + ${buriedDocs} long docs with one buried payload x 2)`);
console.log(`    by technique: ${tally((r) => r.technique, (r) => r.family === 'injection' && r.label === 'attack')}`);
console.log(`  injection benign: ${count((r) => r.family === 'injection' && r.label === 'benign')} records (${benignTexts} look-alike texts + ${longTexts} long look-alikes, each x 2 carriers; ${lookFamilies.size} families)`);
console.log(`    by family: ${tally((r) => r.technique, (r) => r.family === 'injection' && r.label === 'benign')}`);
console.log(`  harmful: ${count((r) => r.family === 'harmful')} records; ${tally((r) => r.technique + '/' + r.label, (r) => r.family === 'harmful')}`);
console.log(`    harmful non-English: ${harmNonEn}`);
console.log(`  long (1500+ chars): ${count((r) => r.length === 'long')} records (${longTexts} look-alike documents, ${buriedDocs} with a buried payload)`);
console.log(`  code-switched: ${count((r) => r.code_switch)} records`);
console.log(`  languages (${langsUsed.size}): ${tally((r) => r.lang)}; non-English ${nonEn}/${records.length}`);
console.log(`  carriers: ${tally((r) => r.carrier)}`);
console.log(`  methods: ${tally((r) => r.method, (r) => r.method)}`);
if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors.slice(0, 60)) console.error('  - ' + e);
  process.exit(1);
}
console.log('validation: OK');
