// train7d generator: writes train7d.jsonl (training round, multilingual web / RAG emphasis).
// Deterministic, Node built-ins only. Validates every record and exits 1 on any violation.
//   node test/eval/injection/train7d_generate.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES } from './train7d_carriers.mjs';
import { ATTACKS_A } from './train7d_attacks_a.mjs';
import { ATTACKS_B } from './train7d_attacks_b.mjs';
import { LOOKALIKES_A } from './train7d_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train7d_lookalikes_b.mjs';
import { LOOKALIKES_C } from './train7d_lookalikes_c.mjs';
import { HARMFUL } from './train7d_harmful.mjs';
import { LONG, LONG_INSERTS } from './train7d_long.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, 'train7d.jsonl');
const SPLIT = 'train7d';
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const ATTACKS = { ...ATTACKS_A, ...ATTACKS_B };
const LOOKALIKES = { ...LOOKALIKES_A, ...LOOKALIKES_B, ...LOOKALIKES_C };
const LONG_CARRIERS = { en: 'wiki_extract', es: 'blog_post', fr: 'gov_school_page', de: 'forum_thread', ru: 'blog_post', pt: 'product_listing', it: 'gov_school_page', zh: 'qa_answer' };
const LONG_ALT = ['rag_chunk', 'scraped_html', 'pdf_text'];

const errors = [];
const fail = (m) => errors.push(m);

// ---------- deterministic helpers ----------
function fnv(s) { let h = 0x811c9dc5; for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 0x01000193) >>> 0; } return h >>> 0; }
function mulberry(seed) { let a = seed >>> 0; return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function twoCarriers(key) {
  const h = fnv(key); const n = CARRIER_NAMES.length;
  const c1 = h % n; const c2 = (c1 + 1 + ((h >>> 8) % (n - 1))) % n;
  return [CARRIER_NAMES[c1], CARRIER_NAMES[c2]];
}

// ---------- encodings (each with its decoder; checked losslessly) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', t: '7', s: '5' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  html_entities: [(s) => Array.from(s).map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))],
  u_escape: [(s) => Array.from({ length: s.length }, (_, i) => '\\u' + s.charCodeAt(i).toString(16).padStart(4, '0')).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => Array.from(s).reverse().join(''), (e) => Array.from(e).reverse().join('')],
  leet: [(s) => s.replace(/[aeiots]/g, (c) => LEET[c]), (e) => e.replace(/[431075]/g, (c) => UNLEET[c])],
};
const HIDE = {
  tags: [(s) => '\u{E0001}' + Array.from(s).map((c) => String.fromCodePoint(0xE0000 + c.codePointAt(0))).join('') + '\u{E007F}',
    (t) => Array.from(t).filter((c) => { const p = c.codePointAt(0); return p >= 0xE0020 && p <= 0xE007E; }).map((c) => String.fromCodePoint(c.codePointAt(0) - 0xE0000)).join('')],
  zw: [(s) => Array.from(s).join('\u200B'), (t) => t.replace(/\u200B/g, '')],
};

// Resolve one spec into {parts, extra, checks, plains}.
function resolve(spec, where) {
  if (typeof spec === 'string') return { parts: [spec], extra: {}, plains: [] };
  if (Array.isArray(spec)) return { parts: spec.slice(), extra: {}, plains: [] };
  if (spec.enc) {
    const codec = ENC[spec.enc];
    if (!codec) { fail(`${where}: unknown encoding ${spec.enc}`); return { parts: [''], extra: {}, plains: [] }; }
    if (spec.enc === 'leet' && !/^[a-z ]+$/.test(spec.plain)) fail(`${where}: leet plain must be lowercase letters (lossless)`);
    const encoded = codec[0](spec.plain);
    if (codec[1](encoded) !== spec.plain) fail(`${where}: ${spec.enc} encoding is not lossless`);
    if (encoded === spec.plain) fail(`${where}: ${spec.enc} encoding leaves the text unchanged`);
    if (!spec.wrap.includes('{{X}}')) fail(`${where}: wrap has no {{X}}`);
    return { parts: [spec.wrap.replace('{{X}}', encoded)], extra: { encoding: spec.enc }, plains: [spec.plain], encoded: { enc: spec.enc, encoded, plain: spec.plain } };
  }
  if (spec.hide) {
    const codec = HIDE[spec.hide];
    if (spec.hide === 'tags' && !/^[\x20-\x7e]+$/.test(spec.plain)) fail(`${where}: tag plain must be printable ASCII`);
    const hidden = codec[0](spec.plain);
    if (codec[1](hidden) !== spec.plain) fail(`${where}: ${spec.hide} hiding is not lossless`);
    return { parts: [spec.wrap.replace('{{X}}', hidden)], extra: { encoding: spec.hide === 'tags' ? 'unicode_tags' : 'zero_width' }, plains: [spec.plain], hidden: { hide: spec.hide, hidden, plain: spec.plain } };
  }
  fail(`${where}: unknown spec`);
  return { parts: [''], extra: {}, plains: [] };
}

const records = [];
const counters = new Map();
function nextId(prefix) { const n = (counters.get(prefix) || 0) + 1; counters.set(prefix, n); return `${prefix}-${String(n).padStart(4, '0')}`; }

function emit({ family, label, technique, lang, carrier, parts, extra, res, tag, key }) {
  const rng = mulberry(fnv(key + '|' + carrier));
  const fields = CARRIERS[carrier](parts, lang, rng);
  const id = nextId(`${SPLIT}-${family}-${label}-${technique}`);
  const rec = { id, split: SPLIT, family, label, technique, lang, carrier, fields, ...extra };
  if (tag === 'cs') rec.code_switched = true;
  records.push({ rec, res, parts });
}

// ---------- injection attacks ----------
const payloadTexts = new Set();
const distinct = { attack: {}, benign: {} };
for (const tech of TECHNIQUES) {
  const list = ATTACKS[tech] || [];
  distinct.attack[tech] = list.length;
  list.forEach(([lang, spec, tag], i) => {
    const where = `attack ${tech}#${i}`;
    const res = resolve(spec, where);
    const sig = res.parts.join('\n');
    if (payloadTexts.has(sig)) fail(`${where}: duplicate payload text`);
    payloadTexts.add(sig);
    if (tech === 'split_payload' && res.parts.length !== 2) fail(`${where}: split payload needs 2 parts`);
    if (tech !== 'split_payload' && res.parts.length !== 1) fail(`${where}: only split payloads may have 2 parts`);
    const key = `attack:${tech}:${i}`;
    for (const carrier of twoCarriers(key)) emit({ family: 'injection', label: 'attack', technique: tech, lang, carrier, parts: res.parts, extra: res.extra, res, tag, key });
  });
}

// ---------- injection look-alikes ----------
for (const [fam, list] of Object.entries(LOOKALIKES)) {
  distinct.benign[fam] = list.length;
  list.forEach(([lang, spec, tag], i) => {
    const where = `benign ${fam}#${i}`;
    const res = resolve(spec, where);
    const sig = res.parts.join('\n');
    if (payloadTexts.has(sig)) fail(`${where}: duplicate text`);
    payloadTexts.add(sig);
    if (fam !== 'split_lookalike' && res.parts.length !== 1) fail(`${where}: only split_lookalike may have 2 parts`);
    const key = `benign:${fam}:${i}`;
    for (const carrier of twoCarriers(key)) emit({ family: 'injection', label: 'benign', technique: fam, lang, carrier, parts: res.parts, extra: res.extra, res, tag, key });
  });
}

// ---------- long documents ----------
function assembleLong(doc, insert, k) {
  const p = doc.paras;
  if (k === 0) return [doc.title, p[0], p[1], insert, ...p.slice(2)].join('\n\n');
  const m = p[2].search(/(?<=[.!?。])\s*/);
  const cut = m > 0 ? m + 1 : Math.floor(p[2].length / 2);
  return [p[1], p[2].slice(0, cut).trim() + '\n' + insert + '\n' + p[2].slice(cut).trim(), ...p.slice(3), p[0]].join('\n\n');
}
const longLens = { attack: [], benign: [] };
for (const label of ['attack', 'benign']) {
  const seen = {};
  LONG_INSERTS[label].forEach(([lang, tech, spec], i) => {
    const where = `long ${label}#${i}`;
    const doc = LONG[lang];
    if (!doc) { fail(`${where}: no long document for ${lang}`); return; }
    const k = seen[lang] = (seen[lang] ?? -1) + 1;
    const res = resolve(spec, where);
    const text = assembleLong(doc, res.parts[0], k);
    res.insert = res.parts[0];
    longLens[label].push(text.length);
    if (text.length < 1500) fail(`${where}: long document only ${text.length} chars`);
    const carrier = k === 0 ? LONG_CARRIERS[lang] : LONG_ALT[i % LONG_ALT.length];
    emit({ family: 'injection', label, technique: tech, lang, carrier, parts: [text], extra: { ...res.extra, method: label === 'attack' ? 'long_buried' : 'long_lookalike' }, res, key: `long:${label}:${i}` });
  });
}

// ---------- harmful ----------
const harmfulStats = {};
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    const list = (HARMFUL[cat] || {})[label] || [];
    harmfulStats[`${cat}/${label}`] = { n: list.length, nonEn: list.filter(([l]) => l !== 'en').length };
    list.forEach(([lang, text, tag], i) => {
      const key = `harmful:${cat}:${label}:${i}`;
      if (payloadTexts.has(text)) fail(`harmful ${cat}/${label}#${i}: duplicate text`);
      payloadTexts.add(text);
      const carrier = twoCarriers(key)[0];
      emit({ family: 'harmful', label, technique: cat, lang, carrier, parts: [text], extra: {}, res: { parts: [text], plains: [] }, tag, key });
    });
  }
}

// ---------- validation ----------
const HOST_OK = /\.(example|test|invalid)$/i;
const REAL_TLD = /^(com|net|org|io|ai|co|ru|cn|de|fr|uk|jp|kr|br|in|it|es|nl|pl|tr|vn|se|ua|info|biz|xyz|app|dev|me|tv|us|gov|edu|ly|gg|sh|to|cc|ws|su|рф)$/i;
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'<>)\]|`]+)/gi)) {
    const host = m[1].replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/[.,;:!?]+$/, '');
    if (!HOST_OK.test(host)) fail(`${where}: URL host not under .example/.test/.invalid: ${host}`);
  }
  for (const m of text.matchAll(/[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu)) {
    if (!HOST_OK.test(m[1])) fail(`${where}: e-mail host not under .example/.test/.invalid: ${m[1]}`);
  }
  for (const m of text.matchAll(/(?<![\w@./-])((?:[a-z0-9-]+\.)+([a-z]{2,}))(?![\w-])/gi)) {
    if (REAL_TLD.test(m[2]) && !HOST_OK.test(m[1])) fail(`${where}: bare host name not under .example/.test/.invalid: ${m[1]}`);
  }
}
const KNOWN_BENIGN = new Set(Object.keys(LOOKALIKES));
const ids = new Set();
for (const { rec, res, parts } of records) {
  const w = rec.id;
  if (ids.has(rec.id)) fail(`${w}: duplicate id`);
  ids.add(rec.id);
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof rec[k] !== 'string' || !rec[k].trim()) fail(`${w}: empty ${k}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length) fail(`${w}: no fields`);
  for (const f of rec.fields) if (typeof f !== 'string' || !f.trim()) fail(`${w}: empty field`);
  if (!['injection', 'harmful'].includes(rec.family)) fail(`${w}: bad family`);
  if (!['attack', 'benign'].includes(rec.label)) fail(`${w}: bad label`);
  if (!LANGS.includes(rec.lang)) fail(`${w}: unknown lang ${rec.lang}`);
  if (!CARRIER_NAMES.includes(rec.carrier)) fail(`${w}: unknown carrier`);
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) fail(`${w}: unknown technique`);
  if (rec.family === 'injection' && rec.label === 'benign' && !KNOWN_BENIGN.has(rec.technique)) fail(`${w}: unknown look-alike family`);
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) fail(`${w}: unknown category`);
  const all = rec.fields.join('\n');
  if (all.includes('{{X}}')) fail(`${w}: unresolved placeholder`);
  // every part is present verbatim; split parts sit in different fields
  const idx = parts.map((p) => rec.fields.findIndex((f) => f.includes(p)));
  if (idx.some((i) => i < 0)) fail(`${w}: payload part missing from fields`);
  if (parts.length === 2 && (idx[0] === idx[1] || rec.fields.some((f) => f.includes(parts[0]) && f.includes(parts[1])))) fail(`${w}: split parts share a field`);
  // lossless encodings, decoded from the record itself
  if (res.encoded) {
    const { enc, encoded, plain } = res.encoded;
    if (!all.includes(encoded)) fail(`${w}: encoded string not in fields`);
    if (ENC[enc][1](encoded) !== plain) fail(`${w}: decode mismatch`);
  }
  if (res.hidden) {
    const f = rec.fields.find((x) => x.includes(res.hidden.hidden));
    if (!f) fail(`${w}: hidden text not in fields`);
    else if (HIDE[res.hidden.hide][1](res.hidden.hide === 'tags' ? f : res.hidden.hidden) !== res.hidden.plain) fail(`${w}: hidden decode mismatch`);
  }
  checkHosts(all, w);
  for (const p of res.plains || []) checkHosts(p, w + ' (decoded)');
}

// composition checks
for (const t of TECHNIQUES) if ((distinct.attack[t] || 0) < 28) fail(`technique ${t}: only ${distinct.attack[t] || 0} distinct payloads (< 28)`);
if (Object.keys(LOOKALIKES).length < 18) fail('fewer than 18 look-alike families');
for (const [k, v] of Object.entries(harmfulStats)) {
  if (v.n !== 12) fail(`harmful ${k}: ${v.n} records (want 12)`);
}
const harm = records.filter((r) => r.rec.family === 'harmful');
if (harm.filter((r) => r.rec.lang !== 'en').length * 2 < harm.length) fail('harmful: fewer than half non-English');
const inj = records.filter((r) => r.rec.family === 'injection');
const nonEnShare = (rs) => rs.filter((r) => r.rec.lang !== 'en').length / Math.max(1, rs.length);
for (const label of ['attack', 'benign']) {
  const rs = inj.filter((r) => r.rec.label === label);
  if (nonEnShare(rs) < 0.65) fail(`injection ${label}: non-English share ${nonEnShare(rs).toFixed(2)} < 0.65`);
  const langs = new Set(rs.map((r) => r.rec.lang));
  for (const l of LANGS) if (!langs.has(l)) fail(`injection ${label}: language ${l} missing`);
}
for (const t of TECHNIQUES) {
  const langs = new Set(inj.filter((r) => r.rec.label === 'attack' && r.rec.technique === t).map((r) => r.rec.lang));
  if (langs.size < 15) fail(`technique ${t}: only ${langs.size} languages`);
}
const carriersBy = { attack: new Set(), benign: new Set() };
for (const r of inj) carriersBy[r.rec.label].add(r.rec.carrier);
for (const c of CARRIER_NAMES) if (!carriersBy.attack.has(c) || !carriersBy.benign.has(c)) fail(`carrier ${c} does not frame both attacks and look-alikes`);
if (longLens.attack.length < 15 || longLens.benign.length < 15) fail('fewer than 15 long documents per label');

// ---------- write + report ----------
fs.writeFileSync(OUT, records.map((r) => JSON.stringify(r.rec)).join('\n') + '\n');
const count = (rs, f) => { const m = {}; for (const r of rs) { const k = f(r.rec); m[k] = (m[k] || 0) + 1; } return m; };
const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`train7d.jsonl: ${records.length} records`);
console.log(`injection attack: ${inj.filter((r) => r.rec.label === 'attack').length} records (${Object.values(distinct.attack).reduce((a, b) => a + b, 0)} distinct payloads x 2 carriers + ${longLens.attack.length} long)`);
console.log(`  by technique: ${fmt(count(inj.filter((r) => r.rec.label === 'attack'), (r) => r.technique))}`);
console.log(`  distinct payloads: ${fmt(distinct.attack)}`);
console.log(`injection benign: ${inj.filter((r) => r.rec.label === 'benign').length} records (${Object.values(distinct.benign).reduce((a, b) => a + b, 0)} distinct texts x 2 carriers + ${longLens.benign.length} long) in ${Object.keys(LOOKALIKES).length} families`);
console.log(`  by family: ${fmt(count(inj.filter((r) => r.rec.label === 'benign'), (r) => r.technique))}`);
console.log(`long documents: attack ${longLens.attack.length} (${Math.min(...longLens.attack)}-${Math.max(...longLens.attack)} chars), benign ${longLens.benign.length} (${Math.min(...longLens.benign)}-${Math.max(...longLens.benign)} chars)`);
console.log(`harmful: ${harm.length} records; ${fmt(count(harm, (r) => `${r.technique}/${r.label}`))}`);
console.log(`languages (all records): ${fmt(count(records, (r) => r.lang))}`);
console.log(`non-English share: injection attack ${nonEnShare(inj.filter((r) => r.rec.label === 'attack')).toFixed(2)}, injection benign ${nonEnShare(inj.filter((r) => r.rec.label === 'benign')).toFixed(2)}, harmful ${nonEnShare(harm).toFixed(2)}, all ${nonEnShare(records).toFixed(2)}`);
console.log(`code-switched records: ${records.filter((r) => r.rec.code_switched).length}`);
console.log(`carriers attack: ${fmt(count(inj.filter((r) => r.rec.label === 'attack'), (r) => r.carrier))}`);
console.log(`carriers benign: ${fmt(count(inj.filter((r) => r.rec.label === 'benign'), (r) => r.carrier))}`);
console.log(`encodings: ${fmt(count(records.filter((r) => r.rec.encoding), (r) => `${r.label}:${r.encoding}`))}`);
if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}
console.log('validation: OK');
