// train7i generator: writes train7i.jsonl next to this file, validates every record, prints the
// composition, exits 1 on any violation. Deterministic; Node built-ins only.
// Usage: node test/eval/injection/train7i_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, HARMFUL_CARRIERS, INJECTION_CARRIERS, frame } from './train7i_carriers.mjs';
import { HARMFUL_A } from './train7i_harmful_a.mjs';
import { HARMFUL_B } from './train7i_harmful_b.mjs';
import { INJ_ATTACKS, INJ_BENIGN } from './train7i_injection.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train7i.jsonl');
const SPLIT = 'train7i';
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const INJ_TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const BENIGN_FAMILIES = ['security_article', 'docs', 'code', 'transcript', 'ticket_quote', 'email', 'page', 'prompt_library', 'phrasebook', 'data_blob', 'template_tutorial', 'policy', 'split_lookalike'];
const HARM_CATS = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const PER_HARM = 40;

// ---------- encodings (each with its decoder, checked for losslessness) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); });
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (s) => Buffer.from(s, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (s) => Buffer.from(s, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (s) => decodeURIComponent(s)],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (s) => s.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))],
  u_escape: [(s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''), (s) => s.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (s) => [...s].reverse().join('')],
  leet: [(s) => [...s].map((c) => LEET[c] ?? c).join(''), (s) => [...s].map((c) => UNLEET[c] ?? c).join('')],
  unicode_tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''), (s) => [...s].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zero_width: [(s) => [...s].join('\u200b'), (s) => s.split('\u200b').join('')],
};

const errors = [];
const fail = (id, msg) => errors.push(`${id}: ${msg}`);

// ---------- build ----------
const records = [];
const counters = new Map();
function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  const n = (counters.get(k) ?? 0) + 1;
  counters.set(k, n);
  return `${SPLIT}-${k}-${String(n).padStart(4, '0')}`;
}

function bodyOf(item) {
  if (!item.enc) return item.text;
  const [enc] = ENC[item.enc] ?? [];
  if (!enc) throw new Error(`unknown encoding ${item.enc}`);
  return item.wrap.replace('{{ENC}}', enc(item.plain));
}

// injection: every item in two carriers; attacks and look-alikes use the same rotation
function buildInjection(items, label) {
  items.forEach((item, i) => {
    for (let k = 0; k < 2; k++) {
      const carrier = INJECTION_CARRIERS[(2 * i + k) % INJECTION_CARRIERS.length];
      const seed = 7 * i + k;
      const fields = item.parts ? [frame(carrier, item.parts[0], seed), item.parts[1]] : [frame(carrier, bodyOf(item), seed)];
      const rec = { id: nextId('injection', label, item.t), split: SPLIT, family: 'injection', label, technique: item.t, lang: item.lang, carrier, fields };
      if (item.enc) rec.method = { encoding: item.enc, encoded: ENC[item.enc][0](item.plain), plain: item.plain };
      if (item.parts) rec.method = { split_parts: 2 };
      if (item.note) rec.code_switch = item.note;
      records.push(rec);
    }
  });
}
buildInjection(INJ_ATTACKS, 'attack');
buildInjection(INJ_BENIGN, 'benign');

const HARM = { ...HARMFUL_A, ...HARMFUL_B };
HARM_CATS.forEach((cat, ci) => {
  for (const label of ['attack', 'benign']) {
    const list = HARM[cat]?.[label] ?? [];
    if (list.length !== PER_HARM) fail(`harmful/${cat}/${label}`, `has ${list.length} items, want ${PER_HARM}`);
    list.forEach(([lang, text, note], i) => {
      const carrier = HARMFUL_CARRIERS[(i + ci) % HARMFUL_CARRIERS.length];
      const rec = { id: nextId('harmful', label, cat), split: SPLIT, family: 'harmful', label, technique: cat, lang, carrier, fields: [frame(carrier, text, 3 * i + ci)] };
      if (note) rec.code_switch = note;
      rec._text = text;
      records.push(rec);
    });
  }
});

// ---------- validate ----------
const REAL_TLDS = new Set(['com', 'net', 'org', 'io', 'co', 'ru', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'ua', 'cn', 'jp', 'kr', 'br', 'in', 'tr', 'vn', 'id', 'se', 'uk', 'info', 'biz', 'me', 'ai', 'app', 'dev', 'xyz', 'gov', 'edu', 'us', 'ca', 'au', 'eu', 'ly', 'gg', 'to', 'tv', 'cc', 'ch', 'at', 'be', 'pt', 'ar', 'mx', 'site', 'online', 'shop', 'top', 'pro', 'cloud', 'tech', 'store']);
const OK_TLD = /\.(example|test|invalid)$/i;
function checkHosts(id, s) {
  for (const m of s.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s?#"'<>)\]`|]+)/gi)) {
    const host = m[1].replace(/:\d+$/, '').replace(/^[^@]*@/, '').replace(/[.,;:!]+$/, '');
    if (!OK_TLD.test(host)) fail(id, `URL host not under .example/.test/.invalid: ${host}`);
  }
  for (const m of s.matchAll(/[a-z0-9._%+-]@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) if (!OK_TLD.test(m[1])) fail(id, `mail host not allowed: ${m[1]}`);
  for (const m of s.matchAll(/\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})\b/gi)) {
    if (REAL_TLDS.has(m[1].toLowerCase()) && !OK_TLD.test(m[0])) fail(id, `bare host with real TLD: ${m[0]}`);
  }
}
function bodyFromField(carrier, field) {
  if (carrier === 'dm') return JSON.parse(field).text;
  if (carrier === 'cv_form') return JSON.parse(field).free_text_answer;
  return field;
}

const ids = new Set();
const harmTexts = new Set();
for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k].trim()) fail(r.id, `empty ${k}`);
  if (ids.has(r.id)) fail(r.id, 'duplicate id'); ids.add(r.id);
  if (!/^train7i-(injection|harmful)-(attack|benign)-[a-z_]+-\d{4}$/.test(r.id)) fail(r.id, 'bad id shape');
  if (!['injection', 'harmful'].includes(r.family)) fail(r.id, 'bad family');
  if (!['attack', 'benign'].includes(r.label)) fail(r.id, 'bad label');
  if (!LANGS.includes(r.lang)) fail(r.id, `unknown lang ${r.lang}`);
  if (!CARRIERS[r.carrier]) fail(r.id, `unknown carrier ${r.carrier}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) fail(r.id, 'fields must be non-empty strings');
  if (r.family === 'injection' && r.label === 'attack' && !INJ_TECHNIQUES.includes(r.technique)) fail(r.id, `unknown technique ${r.technique}`);
  if (r.family === 'injection' && r.label === 'benign' && !BENIGN_FAMILIES.includes(r.technique)) fail(r.id, `unknown look-alike family ${r.technique}`);
  if (r.family === 'harmful' && !HARM_CATS.includes(r.technique)) fail(r.id, `unknown category ${r.technique}`);
  if (r.family === 'harmful') {
    if (harmTexts.has(r._text)) fail(r.id, 'duplicate harmful text');
    harmTexts.add(r._text);
    if (!r.fields[0].includes(r._text.split('\n')[0].slice(0, 20)) && !['dm', 'cv_form'].includes(r.carrier)) fail(r.id, 'text lost in framing');
  }
  const split = r.technique === 'split_payload' || r.technique === 'split_lookalike';
  if (split && r.fields.length !== 2) fail(r.id, 'split record needs exactly two fields');
  if (!split && r.fields.length !== 1) fail(r.id, 'non-split record should have one field');
  if (r.method?.encoding) {
    const [, dec] = ENC[r.method.encoding];
    if (dec(r.method.encoded) !== r.method.plain) fail(r.id, `encoding ${r.method.encoding} is not lossless`);
    if (!bodyFromField(r.carrier, r.fields[0]).includes(r.method.encoded)) fail(r.id, 'encoded payload missing from field');
    if (r.method.encoded === r.method.plain) fail(r.id, 'encoding is identity');
  }
  for (const f of r.fields) checkHosts(r.id, f);
}
for (const item of [...INJ_ATTACKS, ...INJ_BENIGN]) {
  if (item.parts) {
    const recs = records.filter((r) => r.method?.split_parts && r.fields[1] === item.parts[1]);
    for (const r of recs) if (r.fields[0].includes(item.parts[1]) || !bodyFromField(r.carrier, r.fields[0]).includes(item.parts[0])) fail(r.id, 'split parts not in separate fields');
  }
}
const injA = records.filter((r) => r.family === 'injection' && r.label === 'attack');
const injB = records.filter((r) => r.family === 'injection' && r.label === 'benign');
if (INJ_ATTACKS.length !== 60 || INJ_BENIGN.length !== 60) fail('injection', `want 60 + 60 items, have ${INJ_ATTACKS.length} + ${INJ_BENIGN.length}`);
for (const t of INJ_TECHNIQUES) if (!injA.some((r) => r.technique === t)) fail('injection', `no attack for ${t}`);
const harm = records.filter((r) => r.family === 'harmful');
const harmNonEn = harm.filter((r) => r.lang !== 'en').length / harm.length;
if (harmNonEn < 0.65) fail('harmful', `non-English share ${harmNonEn.toFixed(2)} < 0.65`);
for (const l of LANGS) if (!harm.some((r) => r.lang === l)) fail('harmful', `language ${l} missing`);
const allNonEn = records.filter((r) => r.lang !== 'en').length / records.length;
if (allNonEn < 0.5) fail('all', `non-English share ${allNonEn.toFixed(2)} < 0.5`);
for (const fam of ['injection', 'harmful']) {
  const ca = new Set(records.filter((r) => r.family === fam && r.label === 'attack').map((r) => r.carrier));
  const cb = new Set(records.filter((r) => r.family === fam && r.label === 'benign').map((r) => r.carrier));
  for (const c of ca) if (!cb.has(c)) fail(fam, `carrier ${c} frames attacks only`);
  for (const c of cb) if (!ca.has(c)) fail(fam, `carrier ${c} frames look-alikes only`);
}

// ---------- write + report ----------
const lines = records.map(({ _text, ...r }) => JSON.stringify(r));
writeFileSync(OUT, lines.join('\n') + '\n');

const tally = (rs, key) => { const m = {}; for (const r of rs) m[key(r)] = (m[key(r)] ?? 0) + 1; return Object.entries(m).sort().map(([k, v]) => `${k}=${v}`).join(' '); };
console.log(`train7i: ${records.length} records -> ${OUT}`);
console.log(`injection attack ${injA.length}: ${tally(injA, (r) => r.technique)}`);
console.log(`injection benign ${injB.length}: ${tally(injB, (r) => r.technique)}`);
console.log(`harmful attack ${harm.filter((r) => r.label === 'attack').length}: ${tally(harm.filter((r) => r.label === 'attack'), (r) => r.technique)}`);
console.log(`harmful benign ${harm.filter((r) => r.label === 'benign').length}: ${tally(harm.filter((r) => r.label === 'benign'), (r) => r.technique)}`);
console.log(`languages (all): ${tally(records, (r) => r.lang)}`);
console.log(`non-English: all ${(100 * allNonEn).toFixed(1)}%, harmful ${(100 * harmNonEn).toFixed(1)}%, injection ${(100 * records.filter((r) => r.family === 'injection' && r.lang !== 'en').length / (injA.length + injB.length)).toFixed(1)}%`);
console.log(`code-switched: ${records.filter((r) => r.code_switch).length} (${tally(records.filter((r) => r.code_switch), (r) => r.code_switch)})`);
console.log(`carriers (attack): ${tally(records.filter((r) => r.label === 'attack'), (r) => r.carrier)}`);
console.log(`carriers (benign): ${tally(records.filter((r) => r.label === 'benign'), (r) => r.carrier)}`);
if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}
console.log('validation: OK');
