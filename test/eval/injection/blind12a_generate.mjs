// Generator for the held-out set blind12a (injection + harmful). Deterministic, Node built-ins only.
//   node test/eval/injection/blind12a_generate.mjs
// rewrites test/eval/injection/blind12a.jsonl, validates every record, prints the composition,
// exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, SHORT, byName } from './blind12a_carriers.mjs';
import ATTACKS_A from './blind12a_attacks_a.mjs';
import ATTACKS_B from './blind12a_attacks_b.mjs';
import BENIGN_A from './blind12a_benign_a.mjs';
import BENIGN_B from './blind12a_benign_b.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './blind12a_long.mjs';
import HARMFUL from './blind12a_harmful.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind12a.jsonl');
const SPLIT = 'blind12a';

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const BENIGN_FAMILIES = ['security_article', 'docs', 'code', 'test_fixture', 'eval_dataset', 'chat_template_tutorial', 'runbook', 'quoted_phishing', 'ticket_quote', 'encoded_data', 'hidden_ui', 'phrasebook', 'policy', 'prompt_library', 'transcript', 'email', 'page', 'news', 'split_lookalike', 'config_comment', 'recipe_howto', 'legal'];
const CARRIER_NAMES = new Set(CARRIERS.map((c) => c.name));

// ---------------- encodings (all lossless: decode(encode(x)) === x, checked below) ----------------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (s) => Buffer.from(s, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (s) => Buffer.from(s, 'hex').toString('utf8')],
  hex_spaced: [(s) => Buffer.from(s, 'utf8').toString('hex').replace(/(..)(?!$)/g, '$1 '), (s) => Buffer.from(s.replace(/ /g, ''), 'hex').toString('utf8')],
  rot13: [(s) => s.replace(/[a-z]/gi, (ch) => { const b = ch <= 'Z' ? 65 : 97; return String.fromCharCode(((ch.charCodeAt(0) - b + 13) % 26) + b); }), null],
  url: [(s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''), (s) => decodeURIComponent(s)],
  html_entities: [(s) => [...s].map((ch) => `&#${ch.codePointAt(0)};`).join(''), (s) => s.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))],
  u_escape: [(s) => [...s].map((ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0')).join(''), (s) => s.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (s) => [...s].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (ch) => LEET[ch]), (s) => s.replace(/[0-9]/g, (d) => UNLEET[d] ?? d)],
  tags: [(s) => [...s].map((ch) => String.fromCodePoint(0xe0000 + ch.charCodeAt(0))).join(''), (s) => [...s].map((ch) => String.fromCharCode(ch.codePointAt(0) - 0xe0000)).join('')],
  zero_width: [(s) => [...s].join('\u200b'), (s) => s.replace(/\u200b/g, '')],
};
ENC.rot13[1] = ENC.rot13[0];

const errors = [];
const err = (m) => errors.push(m);

function materialize(item, where) {
  // returns { parts: [..], plain?, encoded?, method? }
  if (item.enc) {
    const e = ENC[item.enc];
    if (!e) { err(`${where}: unknown encoding ${item.enc}`); return { parts: ['?'] }; }
    if (item.enc === 'leet' && /[0-9A-Z]/.test(item.plain)) err(`${where}: leet plain must be lowercase without digits`);
    if (item.enc === 'tags' && /[^\x20-\x7e]/.test(item.plain)) err(`${where}: tag plain must be printable ASCII`);
    const encoded = e[0](item.plain);
    const back = e[1](encoded);
    if (back !== item.plain) err(`${where}: encoding ${item.enc} not lossless`);
    if (!item.wrap.includes('{E}')) err(`${where}: wrap lacks {E}`);
    return { parts: [item.wrap.replace('{E}', () => encoded)], plain: item.plain, encoded, method: item.enc };
  }
  return { parts: Array.isArray(item.p) ? item.p : [item.p] };
}

const norm = (x) => x.replace(/\\n/g, ' ').replace(/\\"/g, '"').replace(/""/g, '"').replace(/[\s*\/#>"\\\-]+/g, '');
const contains = (field, s) => norm(field).includes(norm(s));

const records = [];
const counters = {};
const nextId = (family, label, tech) => { const k = `${family}-${label}-${tech}`; counters[k] = (counters[k] || 0) + 1; return `${SPLIT}-${k}-${String(counters[k]).padStart(4, '0')}`; };
let ctxN = 0;

function emit(family, label, tech, item, carrierName, mat, extra = {}) {
  const car = byName[carrierName];
  const fields = car.wrap(mat.parts, { lang: item.lang, n: ctxN++ });
  const rec = { id: nextId(family, label, tech), split: SPLIT, family, label, technique: tech, lang: item.lang, carrier: carrierName, fields };
  if (mat.method) rec.method = mat.method;
  if (item.cs) rec.code_switched = item.cs;
  Object.assign(rec, extra);
  records.push({ rec, mat, item });
}

// carrier pair for item i: two different carriers, cycling over all of them
const N = CARRIERS.length;
const pair = (i) => { const a = i % N; const b = (a + Math.floor(N / 2)) % N; return [CARRIERS[a].name, CARRIERS[b].name]; };

// ---------------- injection attacks ----------------
const attacks = [...ATTACKS_A, ...ATTACKS_B];
attacks.forEach((it, i) => {
  const mat = materialize(it, `attack#${i}`);
  if (it.t === 'split_payload' && mat.parts.length !== 2) err(`attack#${i}: split_payload needs 2 parts`);
  if (it.t !== 'split_payload' && mat.parts.length !== 1) err(`attack#${i}: only split_payload has 2 parts`);
  for (const c of pair(i)) emit('injection', 'attack', it.t, it, c, mat);
});
// ---------------- injection benign look-alikes ----------------
const benign = [...BENIGN_A, ...BENIGN_B];
benign.forEach((it, i) => {
  const mat = materialize(it, `benign#${i}`);
  if (it.f === 'split_lookalike' && mat.parts.length !== 2) err(`benign#${i}: split_lookalike needs 2 parts`);
  if (it.f !== 'split_lookalike' && mat.parts.length !== 1) err(`benign#${i}: only split_lookalike has 2 parts`);
  for (const c of pair(i)) emit('injection', 'benign', it.f, it, c, mat);
});
// ---------------- long documents (1,500+ chars, one buried payload / look-alike) ----------------
const LONG_FRAMES = ['pdf_text', 'kb_article', 'email', 'web_page', 'rag_chunk', 'api_json', 'memory_file', 'ticket'];
function longMat(it, where) {
  const mat = { parts: [it.doc] };
  if (!it.doc.includes(it.payload)) err(`${where}: payload not in doc`);
  if (it.enc) {
    if (!ENC[it.enc] || ENC[it.enc][1](it.encoded) !== it.plain) err(`${where}: encoding ${it.enc} not lossless`);
    if (!it.doc.includes(it.encoded)) err(`${where}: encoded text not in doc`);
    Object.assign(mat, { method: it.enc, encoded: it.encoded, plain: it.plain });
  }
  return mat;
}
LONG_ATTACKS.forEach((it, i) => {
  emit('injection', 'attack', it.t, it, LONG_FRAMES[i % LONG_FRAMES.length], longMat(it, `long attack#${i}`), { long_doc: true });
});
LONG_BENIGN.forEach((it, i) => {
  emit('injection', 'benign', it.f, it, LONG_FRAMES[(i + 3) % LONG_FRAMES.length], longMat(it, `long benign#${i}`), { long_doc: true });
});
// ---------------- harmful ----------------
HARMFUL.forEach((it, i) => {
  const c = CARRIERS[(i * 3 + 1) % N].name;
  emit('harmful', it.label, it.cat, it, c, { parts: [it.p] });
});

// ---------------- validation ----------------
const BAD_TLD = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|co|app|xyz|info|biz|ru|cn|de|fr|uk|jp|us|me|ly|gg|tk|top|site|online|cc|to|gov|edu)\b/gi;
const okHost = (h) => /\.(example|test|invalid)$/i.test(h) || h === 'localhost' || /^(192\.0\.2|198\.51\.100|203\.0\.113|127\.0\.0)\.\d+$/.test(h);
function checkHosts(text, where) {
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>?#:)\]\\]+)/gi)) if (!okHost(m[1].replace(/^.*@/, ''))) err(`${where}: bad URL host ${m[1]}`);
  for (const m of text.matchAll(/(?<![\\\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) if (!okHost(m[1])) err(`${where}: bad mail host ${m[1]}`);
  for (const m of text.matchAll(BAD_TLD)) err(`${where}: real-looking host ${m[0]}`);
}

const ids = new Set();
for (const { rec, mat, item } of records) {
  const w = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof rec[k] !== 'string' || !rec[k].trim()) err(`${w}: empty ${k}`);
  if (ids.has(rec.id)) err(`${w}: duplicate id`); ids.add(rec.id);
  if (!Array.isArray(rec.fields) || !rec.fields.length) err(`${w}: no fields`);
  for (const f of rec.fields) if (typeof f !== 'string' || !f.trim() || /undefined|\[object Object\]|\{E\}/.test(f)) err(`${w}: bad field`);
  if (!LANGS.includes(rec.lang)) err(`${w}: unknown lang ${rec.lang}`);
  if (rec.code_switched && !LANGS.includes(rec.code_switched)) err(`${w}: unknown code-switch lang`);
  if (!CARRIER_NAMES.has(rec.carrier)) err(`${w}: unknown carrier`);
  if (!['injection', 'harmful'].includes(rec.family)) err(`${w}: bad family`);
  if (!['attack', 'benign'].includes(rec.label)) err(`${w}: bad label`);
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) err(`${w}: unknown technique ${rec.technique}`);
  if (rec.family === 'injection' && rec.label === 'benign' && !BENIGN_FAMILIES.includes(rec.technique)) err(`${w}: unknown look-alike family ${rec.technique}`);
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) err(`${w}: unknown category ${rec.technique}`);
  // payload present, split parts in separate fields
  if (mat.parts.length === 2) {
    if (rec.fields.length < 2) err(`${w}: split record has one field`);
    else {
      if (!contains(rec.fields[0], mat.parts[0])) err(`${w}: part 1 not in field 1`);
      if (!contains(rec.fields[1], mat.parts[1])) err(`${w}: part 2 not in field 2`);
      if (contains(rec.fields[0], mat.parts[1]) || contains(rec.fields[1], mat.parts[0])) err(`${w}: split parts share a field`);
    }
  } else if (!rec.fields.some((f) => contains(f, mat.parts[0]))) err(`${w}: text not found in fields`);
  if (mat.encoded && !rec.fields.some((f) => contains(f, mat.encoded))) err(`${w}: encoded text not in fields`);
  const all = rec.fields.join('\n');
  checkHosts(all, w);
  if (mat.plain) checkHosts(mat.plain, w + ' (decoded)');
  if (item.payload) checkHosts(item.payload, w);
}
// hidden_text with tags / zero-width and encoded_payload carry method
// ---------------- composition & size requirements ----------------
const tally = (f) => { const m = {}; for (const { rec } of records) { const k = f(rec); m[k] = (m[k] || 0) + 1; } return m; };
const distinct = (arr, key) => { const m = {}; for (const it of arr) m[it[key]] = (m[it[key]] || 0) + 1; return m; };
const atkDistinct = distinct(attacks, 't');
for (const t of TECHNIQUES) if ((atkDistinct[t] || 0) < 28) err(`technique ${t}: only ${atkDistinct[t] || 0} distinct payloads (< 28)`);
const famDistinct = distinct(benign, 'f');
if (Object.keys(famDistinct).length < 18) err(`only ${Object.keys(famDistinct).length} look-alike families (< 18)`);
const harm = tally((r) => (r.family === 'harmful' ? `${r.technique}/${r.label}` : null));
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) if (harm[`${c}/${l}`] !== 12) err(`harmful ${c}/${l}: ${harm[`${c}/${l}`] || 0} != 12`);
const harmRecs = records.filter((x) => x.rec.family === 'harmful');
if (harmRecs.filter((x) => x.rec.lang !== 'en').length * 2 < harmRecs.length) err('harmful: fewer than half non-English');
if (records.filter((x) => x.rec.lang !== 'en').length * 2 < records.length) err('fewer than half of all records non-English');
const langs = tally((r) => r.lang);
for (const l of LANGS) if (!langs[l]) err(`language ${l} missing`);
const texts = new Set();
for (const it of [...attacks, ...benign, ...HARMFUL]) { const k = JSON.stringify(it.p ?? it.plain); if (texts.has(k)) err(`duplicate hand-written text: ${k.slice(0, 60)}`); texts.add(k); }
for (const d of [...LONG_ATTACKS, ...LONG_BENIGN]) if (d.doc.length < 1500) err(`long doc under 1500 chars (${d.doc.length}): ${d.doc.slice(0, 40)}`);

writeFileSync(OUT, records.map((x) => JSON.stringify(x.rec)).join('\n') + '\n');

const len = (r) => r.fields.join('\n').length;
const print = (title, m) => { console.log(title); for (const [k, v] of Object.entries(m).filter(([k]) => k !== 'null').sort()) console.log(`  ${k.padEnd(44)} ${v}`); };
console.log(`blind12a: ${records.length} records -> ${OUT}`);
print('by family/label:', tally((r) => `${r.family}/${r.label}`));
print('injection attacks by technique (records):', tally((r) => (r.family === 'injection' && r.label === 'attack' ? r.technique : null)));
print('distinct attack payloads by technique (+ long docs):', Object.fromEntries(TECHNIQUES.map((t) => [t, `${atkDistinct[t] || 0} (+${LONG_ATTACKS.filter((d) => d.t === t).length})`])));
print('injection look-alikes by family (records):', tally((r) => (r.family === 'injection' && r.label === 'benign' ? r.technique : null)));
print('harmful by category/label:', harm);
print('by lang:', langs);
print('by carrier:', tally((r) => r.carrier));
print('encodings (method):', tally((r) => r.method || null));
const long800 = records.filter((x) => len(x.rec) >= 800).length;
console.log(`distinct texts: attacks ${attacks.length}, look-alikes ${benign.length}, long docs ${LONG_ATTACKS.length}+${LONG_BENIGN.length}, harmful ${HARMFUL.length}`);
console.log(`long (800+ chars): ${long800}/${records.length} (${((100 * long800) / records.length).toFixed(1)}%); attack ${records.filter((x) => x.rec.label === 'attack' && x.rec.family === 'injection' && len(x.rec) >= 800).length}, benign ${records.filter((x) => x.rec.label === 'benign' && x.rec.family === 'injection' && len(x.rec) >= 800).length}`);
console.log(`non-English: ${records.filter((x) => x.rec.lang !== 'en').length}/${records.length}; code-switched: ${records.filter((x) => x.rec.code_switched).length}`);
if (errors.length) { console.error(`\n${errors.length} violation(s):`); for (const e of errors.slice(0, 80)) console.error('  ' + e); process.exit(1); }
console.log('validation: OK');
