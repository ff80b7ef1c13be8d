// train7e generator: deterministic, Node built-ins only.
//   node test/eval/injection/train7e_generate.mjs
// rewrites train7e.jsonl next to this file, validates every record, prints the composition,
// exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, carrierPair, carrierOne } from './train7e_carriers.mjs';
import { ATTACKS } from './train7e_attacks.mjs';
import { BENIGN_A } from './train7e_benign_a.mjs';
import { BENIGN_B } from './train7e_benign_b.mjs';
import { BENIGN_C } from './train7e_benign_c.mjs';
import { HARMFUL } from './train7e_harmful.mjs';
import { LONG_PARAS, LONG_ATTACKS, LONG_BENIGN } from './train7e_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train7e.jsonl');
const SPLIT = 'train7e';

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing',
  'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi',
  'tr', 'vi', 'id', 'sv'];
const BENIGN_FAMILIES = ['prompt_guide', 'ai_product_docs', 'agent_docs', 'tool_call_log', 'chat_template',
  'automated_mail', 'security_training', 'redteam_report', 'bug_bounty', 'it_policy', 'onboarding',
  'legal_disclaimer', 'game_rules', 'cs_script', 'teacher_instructions', 'recipe_assembly', 'api_docs',
  'url_heavy', 'base64_data', 'hidden_ui', 'code_fixture', 'ticket_quote', 'phrasebook', 'prompt_library',
  'security_article', 'encoding_docs', 'split_lookalike'];

// ---- lossless encodings -------------------------------------------------------------------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => {
  const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b);
});
const ZW = '\u200b';
export const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
    (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))],
  unicode_escapes: [(s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''),
    (e) => e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[431057]/g, (c) => UNLEET[c])],
  tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''),
    (e) => [...e].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zw: [(s) => [...s].join(ZW), (e) => e.split(ZW).join('')],
};

// ---- build ----------------------------------------------------------------------------------
const errors = [];
const records = [];
const counters = new Map();
function nextId(family, label, technique) {
  const key = `${family}-${label}-${technique}`;
  const n = (counters.get(key) || 0) + 1;
  counters.set(key, n);
  return `${SPLIT}-${key}-${String(n).padStart(4, '0')}`;
}

function materialize(item, where) {
  // returns { parts, extra }
  const extra = {};
  if (item.m) {
    const enc = ENC[item.m];
    if (!enc) { errors.push(`${where}: unknown method ${item.m}`); return { parts: [''], extra }; }
    if (item.m === 'leet' && /[0-9A-Z]/.test(item.d)) errors.push(`${where}: leet source must be lowercase without digits`);
    if (item.m === 'tags' && /[^\x20-\x7e]/.test(item.d)) errors.push(`${where}: tag source must be printable ASCII`);
    const encoded = enc[0](item.d);
    if (enc[1](encoded) !== item.d) errors.push(`${where}: encoding ${item.m} not lossless`);
    if (!item.x.includes('{{E}}')) errors.push(`${where}: encoded item without {{E}} slot`);
    extra.method = item.m; extra.decoded = item.d; extra.encoded = encoded;
    return { parts: [item.x.split('{{E}}').join(encoded)], extra };
  }
  if (item.p) {
    if (item.p.length !== 2) errors.push(`${where}: split item needs two parts`);
    extra.method = 'split';
    return { parts: item.p, extra };
  }
  return { parts: [item.x], extra };
}

function emit(family, label, technique, lang, carrier, idx, item, where, more = {}) {
  const { parts, extra } = materialize(item, where);
  const fields = CARRIERS[carrier](parts, idx);
  const rec = { id: nextId(family, label, technique), split: SPLIT, family, label, technique, lang, carrier, fields, ...extra, ...more };
  if (item.cs) rec.code_switched = true;
  rec._parts = parts;
  records.push(rec);
}

// injection attacks: each payload in two carriers
ATTACKS.forEach((a, i) => {
  for (const c of carrierPair(i)) emit('injection', 'attack', a.t, a.l, c, i, a, `attack#${i}`);
});
// injection look-alikes: each text in two carriers (same rotation)
const BENIGN = [...BENIGN_A, ...BENIGN_B, ...BENIGN_C];
BENIGN.forEach((b, i) => {
  for (const c of carrierPair(i)) emit('injection', 'benign', b.f, b.l, c, i, b, `benign#${i}`);
});
// long documents: paragraphs of ordinary content with one buried payload / look-alike
function longDoc(k, snippet) {
  const pool = LONG_PARAS[snippet.l];
  if (!pool || pool.length < 6) { errors.push(`long#${k}: no paragraph pool for ${snippet.l}`); return ''; }
  const n = pool.length, paras = [];
  for (let j = 0; j < 6; j++) paras.push(pool[(k * 3 + j * (1 + (k % 2) * 2)) % n]);
  const uniq = [...new Set(paras)];
  const at = 2 + (k % 3);
  uniq.splice(Math.min(at, uniq.length), 0, snippet.x);
  return uniq.join('\n\n');
}
LONG_ATTACKS.forEach((a, k) => {
  const text = longDoc(k, a);
  emit('injection', 'attack', a.t, a.l, carrierOne(k), k, { x: text }, `long_attack#${k}`, { length: 'long', buried: a.x });
});
LONG_BENIGN.forEach((b, k) => {
  const text = longDoc(k, b);
  emit('injection', 'benign', b.f, b.l, carrierOne(k), k, { x: text }, `long_benign#${k}`, { length: 'long', buried: b.x });
});
// harmful: one carrier each, same rotation for both labels
HARMFUL.forEach((h, i) => {
  emit('harmful', h.y, h.c, h.l, carrierOne(i), i, h, `harmful#${i}`);
});

// ---- validate -------------------------------------------------------------------------------
const BAD_TLD = /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|ai|dev|co|ru|cn|de|fr|uk|jp|info|biz|xyz|app|gov|edu|ua|pl|es|it|nl|br|in|kr|tr|vn|id|se|ly|gg)\b/gi;
const OK_HOST = /\.(example|test|invalid)$/i;
function checkHosts(text, where) {
  const hosts = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'<>)\]`\\]+)/gi)) hosts.push(m[1].replace(/^[^@]*@/, '').replace(/:\d+$/, ''));
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) hosts.push(m[1]);
  for (const m of text.matchAll(/\bwww\.[a-z0-9.-]+/gi)) hosts.push(m[0]);
  for (const h of hosts) {
    const host = h.replace(/\.$/, '');
    if (/^[\d.]+$/.test(host) || host === 'localhost' || /^\{/.test(host) || /^\$/.test(host)) continue;
    if (!OK_HOST.test(host)) errors.push(`${where}: host not under .example/.test/.invalid: ${host}`);
  }
  for (const m of text.matchAll(BAD_TLD)) {
    if (!/\.(example|test|invalid)/i.test(m[0])) errors.push(`${where}: real-looking domain ${m[0]}`);
  }
}
const ids = new Set();
const texts = new Map();
for (const r of records) {
  const where = r.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) {
    if (typeof r[k] !== 'string' || r[k].length === 0) errors.push(`${where}: empty ${k}`);
  }
  if (ids.has(r.id)) errors.push(`${where}: duplicate id`); ids.add(r.id);
  if (!['injection', 'harmful'].includes(r.family)) errors.push(`${where}: bad family`);
  if (!['attack', 'benign'].includes(r.label)) errors.push(`${where}: bad label`);
  if (!LANGS.includes(r.lang)) errors.push(`${where}: unknown lang ${r.lang}`);
  if (!CARRIER_NAMES.includes(r.carrier)) errors.push(`${where}: unknown carrier`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) errors.push(`${where}: unknown category`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) errors.push(`${where}: unknown technique`);
  if (r.family === 'injection' && r.label === 'benign' && !BENIGN_FAMILIES.includes(r.technique)) errors.push(`${where}: unknown look-alike family ${r.technique}`);
  if (!Array.isArray(r.fields) || r.fields.length === 0) errors.push(`${where}: no fields`);
  for (const f of r.fields) if (typeof f !== 'string' || f.trim().length === 0) errors.push(`${where}: empty field`);
  for (const p of r._parts) if (typeof p !== 'string' || p.trim().length === 0) errors.push(`${where}: empty part`);
  // each part verbatim in its own field
  const used = new Set();
  r._parts.forEach((p, j) => {
    const fi = r.fields.findIndex((f, n) => !used.has(n) && f.includes(p));
    if (fi < 0) errors.push(`${where}: part ${j} not found verbatim in a separate field`); else used.add(fi);
  });
  if ((r.technique === 'split_payload' || r.technique === 'split_lookalike') && r._parts.length !== 2) errors.push(`${where}: split record without two parts`);
  if (r.encoded !== undefined) {
    const [enc, dec] = ENC[r.method];
    if (enc(r.decoded) !== r.encoded || dec(r.encoded) !== r.decoded) errors.push(`${where}: encoding round-trip failed`);
    if (!r.fields.join('\n').includes(r.encoded)) errors.push(`${where}: encoded text missing from fields`);
  }
  if (r.length === 'long' && r.fields.join('\n').length < 1500) errors.push(`${where}: long document under 1500 chars`);
  const all = r.fields.join('\n');
  checkHosts(all + '\n' + (r.decoded || ''), where);
  // distinct texts within a (label, carrier) pair
  const key = r.label + '|' + r._parts.join('\u0000');
  const seen = texts.get(key) || 0; texts.set(key, seen + 1);
  if (seen >= 2 && r.length !== 'long') errors.push(`${where}: text used more than twice`);
}
const attackTexts = new Set(ATTACKS.map((a) => a.x || a.d || a.p.join('|')));
const benignTexts = new Set(BENIGN.map((b) => b.x || b.d || b.p.join('|')));
for (const t of attackTexts) if (benignTexts.has(t)) errors.push(`same text both attack and benign: ${t.slice(0, 60)}`);
if (attackTexts.size !== ATTACKS.length) errors.push(`duplicate attack payloads: ${ATTACKS.length - attackTexts.size}`);
if (benignTexts.size !== BENIGN.length) errors.push(`duplicate look-alike texts: ${BENIGN.length - benignTexts.size}`);

// ---- composition ----------------------------------------------------------------------------
const tally = (rs, fn) => { const m = {}; for (const r of rs) { const k = fn(r); m[k] = (m[k] || 0) + 1; } return m; };
const inj = records.filter((r) => r.family === 'injection');
const harm = records.filter((r) => r.family === 'harmful');
const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
for (const t of TECHNIQUES) { const n = ATTACKS.filter((a) => a.t === t).length; if (n < 15) errors.push(`technique ${t}: only ${n} payloads`); }
const fams = new Set(BENIGN.map((b) => b.f));
if (fams.size < 24) errors.push(`only ${fams.size} look-alike families`);
for (const c of CATEGORIES) for (const y of ['attack', 'benign']) {
  const n = HARMFUL.filter((h) => h.c === c && h.y === y).length; if (n !== 12) errors.push(`harmful ${c}/${y}: ${n} (want 12)`);
}
const nonEn = records.filter((r) => r.lang !== 'en').length;
const harmNonEn = harm.filter((r) => r.lang !== 'en').length;
if (nonEn * 2 < records.length) errors.push(`non-English records ${nonEn}/${records.length} < half`);
if (harmNonEn * 2 < harm.length) errors.push(`non-English harmful ${harmNonEn}/${harm.length} < half`);
for (const l of LANGS) if (!records.some((r) => r.lang === l)) errors.push(`language ${l} unused`);

console.log(`train7e: ${records.length} records -> ${OUT}`);
console.log(`injection attack: ${inj.filter((r) => r.label === 'attack').length} records from ${ATTACKS.length} payloads x2 carriers + ${LONG_ATTACKS.length} long`);
console.log(`injection benign: ${inj.filter((r) => r.label === 'benign').length} records from ${BENIGN.length} look-alikes x2 carriers + ${LONG_BENIGN.length} long, ${fams.size} families`);
console.log(`harmful: ${harm.length} records (attack ${harm.filter((r) => r.label === 'attack').length}, benign ${harm.filter((r) => r.label === 'benign').length}), non-English ${harmNonEn}`);
console.log(`attack payloads by technique: ${fmt(tally(ATTACKS, (a) => a.t))}`);
console.log(`attack records by technique:  ${fmt(tally(inj.filter((r) => r.label === 'attack'), (r) => r.technique))}`);
console.log(`look-alikes by family:        ${fmt(tally(BENIGN, (b) => b.f))}`);
console.log(`harmful by category/label:    ${fmt(tally(harm, (r) => r.technique + '/' + r.label))}`);
console.log(`carrier (attack):  ${fmt(tally(records.filter((r) => r.label === 'attack'), (r) => r.carrier))}`);
console.log(`carrier (benign):  ${fmt(tally(records.filter((r) => r.label === 'benign'), (r) => r.carrier))}`);
console.log(`lang: ${fmt(tally(records, (r) => r.lang))}`);
console.log(`non-English: ${nonEn}/${records.length}; code-switched: ${records.filter((r) => r.code_switched).length}; encoded: ${records.filter((r) => r.encoded).length}; long: ${records.filter((r) => r.length === 'long').length}`);

const lines = records.map((r) => { const { _parts, ...o } = r; return JSON.stringify(o); });
writeFileSync(OUT, lines.join('\n') + '\n');
if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}
console.log('validation: OK');
