// train7v generator: harmful-only training round (no injection records).
// node test/eval/injection/train7v_generate.mjs  -> rewrites train7v.jsonl, validates, prints composition.
// Deterministic, Node built-ins only.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEXTS_A } from './train7v_texts_a.mjs';
import { TEXTS_B } from './train7v_texts_b.mjs';
import { LANGS, OPENERS, CLOSERS, CODESWITCH, FILLERS } from './train7v_lang.mjs';
import { CARRIERS, CARRIER_NAMES } from './train7v_carriers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train7v.jsonl');
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LABELS = ['attack', 'benign'];
const NON_EN = LANGS.filter((l) => l !== 'en');
const PER_CELL = 45;
const LONG_MIN = 800;
const TEXTS = { ...TEXTS_A, ...TEXTS_B };

// ---- build 45 distinct texts per category x label ----
function cellTexts(cat, label, ci, li) {
  const src = TEXTS[cat][label];
  const out = [];
  // English: 8 bare cores + 8 register variants
  src.en.forEach((t) => out.push({ text: t, lang: 'en', method: 'bare' }));
  src.en.forEach((t, i) => {
    const o = OPENERS.en[(i + ci + 3 * li) % OPENERS.en.length];
    const c = CLOSERS.en[(i + 2 * ci + li) % CLOSERS.en.length];
    const mode = (i + ci + li) % 3;
    const text = mode === 0 ? `${o} ${t}` : mode === 1 ? `${t}\n${c}` : `${o}\n${t}\n${c}`;
    out.push({ text, lang: 'en', method: 'register_variant' });
  });
  // non-English: 18 bare cores + 11 variants (4 of them code-switched)
  NON_EN.forEach((l) => out.push({ text: src[l], lang: l, method: 'bare' }));
  for (let k = 0; k < 11; k++) {
    const l = NON_EN[(k + 2 * ci + 7 * li) % NON_EN.length];
    const t = src[l];
    if (k % 3 === 0) {
      out.push({ text: `${CODESWITCH[l][0]} ${t}`, lang: l, method: 'code_switched' });
    } else {
      const o = OPENERS[l][(k + ci) % OPENERS[l].length];
      const c = CLOSERS[l][(k + li) % CLOSERS[l].length];
      const sep = ['zh', 'ja'].includes(l) ? '' : ' ';
      out.push({ text: k % 2 ? `${o}${sep}${t}` : `${o}${sep}${t}${sep}${c}`, lang: l, method: 'register_variant' });
    }
  }
  // interleave languages so carriers and lengths spread over languages
  const order = [];
  for (let i = 0; i < out.length; i++) order.push(out[(i * 7) % out.length]);
  return order;
}

function makePad(lang, seed, m) {
  // m ordinary sentences in the text's language, alternately before and after the text
  return () => {
    const f = FILLERS[lang];
    const before = [], after = [];
    for (let k = 0; k < m; k++) (k % 2 ? after : before).push(f[(seed + k) % f.length]);
    return { before, after };
  };
}
function frame(carrier, t, long, seed) {
  if (!long) return CARRIERS[carrier](t.text, { lang: t.lang, long, seed, pad: makePad(t.lang, seed, 0) });
  for (let m = 2; ; m++) {
    const fields = CARRIERS[carrier](t.text, { lang: t.lang, long, seed, pad: makePad(t.lang, seed, m) });
    if (fields.join('\n').length >= LONG_MIN + 40) return fields;
  }
}

const records = [];
CATEGORIES.forEach((cat, ci) => LABELS.forEach((label, li) => {
  const texts = cellTexts(cat, label, ci, li);
  let n = 0;
  texts.forEach((t, i) => {
    const k = ci * 2 + li;
    const c1 = CARRIER_NAMES[(i + k) % CARRIER_NAMES.length];
    const c2 = CARRIER_NAMES[(i + k + 3 + (Math.floor(i / 10) % 7)) % CARRIER_NAMES.length];
    const group = `train7v-${cat}-${label}-g${String(i + 1).padStart(3, '0')}`;
    [[c1, false], [c2, i % 5 < 3]].forEach(([carrier, long], j) => {
      const seed = i * 2 + j + ci * 5 + li * 11;
      const fields = frame(carrier, t, long, seed);
      n++;
      records.push({
        id: `train7v-harmful-${label}-${cat}-${String(n).padStart(4, '0')}`,
        split: 'train7v', family: 'harmful', label, technique: cat, lang: t.lang, carrier,
        group, method: t.method, long, payload_chars: t.text.length, fields, _text: t.text,
      });
    });
  });
}));

// ---- validation ----
const errors = [];
const err = (r, m) => errors.push(`${r.id || '?'}: ${m}`);
const ids = new Set();
const REAL_TLDS = /^(com|org|net|io|co|ru|de|fr|uk|us|info|biz|me|tv|gg|ly|app|dev|ai|cn|jp|kr|br|in|es|it|nl|pl|ua|se|tr|vn|id|gov|edu|xyz|site|online|shop|top|cc|eu|ch|at|be|ca|au|sh|to|so|la|ws|su)$/i;
function hostProblems(s) {
  const bad = [];
  for (const m of s.matchAll(/(?:https?:\/\/|www\.|@)([a-z0-9.-]+\.[a-z]{2,})/gi)) if (!/\.(example|test|invalid)$/i.test(m[1])) bad.push(m[1]);
  for (const m of s.matchAll(/\b((?:[a-z0-9-]+\.)+([a-z]{2,}))\b/gi)) {
    if (/\.(example|test|invalid)$/i.test(m[1]) || /\.(example|test|invalid)\./i.test(m[1] + '.')) continue;
    if (REAL_TLDS.test(m[2])) bad.push(m[1]);
  }
  return bad;
}
const groups = new Map();
for (const r of records) {
  if (ids.has(r.id)) err(r, 'duplicate id'); ids.add(r.id);
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'group', 'method'])
    if (typeof r[k] !== 'string' || !r[k].trim()) err(r, `empty ${k}`);
  if (r.family !== 'harmful') err(r, 'family must be harmful (harmful-only round)');
  if (!LABELS.includes(r.label)) err(r, 'bad label');
  if (!CATEGORIES.includes(r.technique)) err(r, 'unknown category');
  if (!LANGS.includes(r.lang)) err(r, 'unknown lang');
  if (!CARRIER_NAMES.includes(r.carrier)) err(r, 'unknown carrier');
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) err(r, 'fields must be non-empty strings');
  if (!r.fields.some((f) => f.includes(r._text))) err(r, 'payload text not verbatim in a single field');
  const joined = r.fields.join('\n');
  if (r.long && joined.length < LONG_MIN) err(r, `long record only ${joined.length} chars`);
  if (r.long && (joined.indexOf(r._text) < 100 || joined.length - joined.indexOf(r._text) - r._text.length < 100)) err(r, 'long record: text not in the middle');
  for (const h of hostProblems(joined)) err(r, `host outside .example/.test/.invalid: ${h}`);
  if (/[\u{E0000}-\u{E007F}\u200B-\u200D\u2060\uFEFF]/u.test(joined)) err(r, 'unexpected invisible characters');
  if (!groups.has(r.group)) groups.set(r.group, []);
  groups.get(r.group).push(r);
}
// no encodings and no split payloads in this round: nothing to decode; assert it
for (const r of records) if (!['bare', 'register_variant', 'code_switched'].includes(r.method)) err(r, 'unknown method (no encoded/split methods in this round)');
const textsSeen = new Map();
for (const [g, rs] of groups) {
  if (rs.length !== 2) errors.push(`${g}: expected 2 framings, got ${rs.length}`);
  if (new Set(rs.map((r) => r._text)).size !== 1) errors.push(`${g}: framings carry different texts`);
  if (new Set(rs.map((r) => r.carrier)).size !== rs.length) errors.push(`${g}: carriers not distinct`);
  if (new Set(rs.map((r) => `${r.label}/${r.technique}/${r.lang}`)).size !== 1) errors.push(`${g}: label/category/lang differ inside group`);
  const t = rs[0]._text;
  if (textsSeen.has(t)) errors.push(`${g}: text duplicates ${textsSeen.get(t)}`); else textsSeen.set(t, g);
}
const count = (f) => records.reduce((m, r) => (m[f(r)] = (m[f(r)] || 0) + 1, m), {});
const cells = count((r) => `${r.technique}/${r.label}`);
for (const c of CATEGORIES) for (const l of LABELS) if (cells[`${c}/${l}`] !== PER_CELL * 2) errors.push(`${c}/${l}: ${cells[`${c}/${l}`]} records, want ${PER_CELL * 2}`);
if (textsSeen.size !== CATEGORIES.length * LABELS.length * PER_CELL) errors.push(`distinct texts ${textsSeen.size}`);
const nonEn = records.filter((r) => r.lang !== 'en').length;
if (nonEn / records.length < 0.6) errors.push(`non-English share ${(nonEn / records.length).toFixed(3)} < 0.6`);
const byLang = count((r) => r.lang);
for (const l of LANGS) if (!byLang[l]) errors.push(`language ${l} missing`);
const nLong = records.filter((r) => r.long).length;
if (Math.abs(nLong / records.length - 0.3) > 0.05) errors.push(`long share ${(nLong / records.length).toFixed(3)} not ~0.30`);
// carriers must frame both labels in every category
const cl = count((r) => `${r.carrier}/${r.label}`);
for (const c of CARRIER_NAMES) for (const l of LABELS) if (!cl[`${c}/${l}`]) errors.push(`carrier ${c} never frames ${l}`);

// ---- write ----
const lines = records.map(({ _text, ...r }) => JSON.stringify(r));
writeFileSync(OUT, lines.join('\n') + '\n');

console.log(`train7v: ${records.length} records, ${textsSeen.size} distinct texts, ${groups.size} groups -> ${OUT}`);
console.log('category/label (records):', JSON.stringify(cells));
console.log('label:', JSON.stringify(count((r) => r.label)));
console.log('lang:', JSON.stringify(byLang));
console.log(`non-English: ${nonEn}/${records.length} (${(100 * nonEn / records.length).toFixed(1)}%)`);
console.log(`long (>=${LONG_MIN} chars, text mid-document): ${nLong}/${records.length} (${(100 * nLong / records.length).toFixed(1)}%)`);
console.log('carrier:', JSON.stringify(count((r) => r.carrier)));
console.log('method:', JSON.stringify(count((r) => r.method)));
if (errors.length) {
  console.error(`VALIDATION FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n'));
  process.exit(1);
}
console.log('validation: OK');
