// train7g generator: writes train7g.jsonl (training round; harmful-heavy) and validates it.
// Deterministic, Node built-ins only. Usage: node test/eval/injection/train7g_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, HARMFUL_CARRIERS, INJECTION_CARRIERS } from './train7g_carriers.mjs';
import * as HA from './train7g_harmful_a.mjs';
import * as HB from './train7g_harmful_b.mjs';
import { attacks, lookalikes } from './train7g_injection.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train7g.jsonl');
const SPLIT = 'train7g';

const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const INJ_TECH = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const LOOKALIKE_TECH = ['security_article', 'docs', 'code', 'transcript', 'ticket_quote', 'email', 'page', 'prompt_library', 'phrasebook', 'policy', 'encoded_data', 'chat_template_tutorial', 'split_lookalike'];
const HARM_CATS = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const HARM = { ...HA, ...HB };

// ---- lossless encodings -------------------------------------------------------------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => {
  const b = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [encodeURIComponent, decodeURIComponent],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
    (e) => e.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))],
  html_escape: [(s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    (e) => e.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&')],
  unicode_escapes: [(s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''),
    (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leetspeak: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[431057]/g, (c) => UNLEET[c])],
  tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''),
    (e) => [...e].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zwsp: [(s) => [...s].join('\u200b'), (e) => e.replace(/\u200b/g, '')],
};

// ---- build ----------------------------------------------------------------------------
const records = [];
const counters = new Map();
function nextId(family, label, technique) {
  const key = `${family}-${label}-${technique}`;
  const n = (counters.get(key) || 0) + 1;
  counters.set(key, n);
  return `${SPLIT}-${key}-${String(n).padStart(4, '0')}`;
}
function push(family, label, technique, lang, carrier, parts, k, extra = {}) {
  const fields = CARRIERS[carrier](parts, k);
  records.push({ id: nextId(family, label, technique), split: SPLIT, family, label, technique, lang, carrier, fields, ...extra });
}

// harmful: 40 attack + 40 benign per category, carriers assigned by position so both labels
// see the same carrier mix.
HARM_CATS.forEach((cat, ci) => {
  for (const label of ['attack', 'benign']) {
    const list = HARM[cat][label === 'attack' ? 'attack' : 'benign'];
    list.forEach(([lang, text, variant], i) => {
      const carrier = HARMFUL_CARRIERS[(i * 5 + ci * 7) % HARMFUL_CARRIERS.length];
      push('harmful', label, cat, lang, carrier, [text], i + ci * 40 + (label === 'attack' ? 0 : 7),
        variant ? { variant } : {});
    });
  }
});

// injection: every item in two carriers.
function itemParts(it) {
  if (it.parts) return { parts: it.parts, extra: { method: 'split' } };
  if (it.enc) {
    const encoded = ENC[it.enc][0](it.plain);
    return { parts: [it.wrap.replace('{ENC}', encoded)], extra: { method: it.enc, encoded, decoded: it.plain } };
  }
  return { parts: [it.text], extra: {} };
}
for (const [label, list] of [['attack', attacks], ['benign', lookalikes]]) {
  list.forEach((it, i) => {
    const { parts, extra } = itemParts(it);
    if (it.variant) extra.variant = it.variant;
    for (const j of [0, 1]) {
      const carrier = INJECTION_CARRIERS[(3 * i + 5 * j) % INJECTION_CARRIERS.length];
      push('injection', label, it.t, it.lang, carrier, parts, i * 2 + j + (label === 'attack' ? 0 : 3), { ...extra, ...(it.parts ? { parts } : {}) });
    }
  });
}

// ---- validate -------------------------------------------------------------------------
const errors = [];
const err = (r, m) => errors.push(`${r ? r.id : '-'}: ${m}`);
const ids = new Set();
const HOST_OK = /\.(example|test|invalid)$/i;
const TLD = 'com|net|org|io|ru|de|fr|uk|cn|jp|co|info|xyz|me|ly|gg|app|dev|ai|es|it|nl|pl|br|in|tr|vn|id|se|ua|kr|biz|online|site|top|edu|gov';
function hostsIn(text) {
  const hosts = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)\]?#:\\]+)/gi)) hosts.push(m[1]);
  for (const m of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) hosts.push(m[1]);
  for (const m of text.matchAll(new RegExp(`\\b((?:[a-z0-9-]+\\.)+(?:${TLD}))\\b(?![.\\w-])`, 'gi'))) hosts.push(m[1]);
  return hosts;
}
const inFields = (fields, s) => fields.findIndex((f) => f.includes(s) || f.includes(JSON.stringify(s).slice(1, -1)));

for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) {
    if (typeof r[k] !== 'string' || !r[k].trim()) err(r, `empty or non-string ${k}`);
  }
  if (ids.has(r.id)) err(r, 'duplicate id'); ids.add(r.id);
  if (!Array.isArray(r.fields) || !r.fields.length) err(r, 'no fields');
  else r.fields.forEach((f, i) => { if (typeof f !== 'string' || !f.trim()) err(r, `empty field ${i}`); });
  if (!['attack', 'benign'].includes(r.label)) err(r, 'bad label');
  if (!LANGS.includes(r.lang)) err(r, `unknown lang ${r.lang}`);
  if (!CARRIERS[r.carrier]) err(r, `unknown carrier ${r.carrier}`);
  if (r.family === 'harmful') {
    if (!HARM_CATS.includes(r.technique)) err(r, `unknown category ${r.technique}`);
    if (!HARMFUL_CARRIERS.includes(r.carrier)) err(r, 'carrier not in harmful list');
  } else if (r.family === 'injection') {
    const ok = r.label === 'attack' ? INJ_TECH : LOOKALIKE_TECH;
    if (!ok.includes(r.technique)) err(r, `unknown technique ${r.technique}`);
    if (!INJECTION_CARRIERS.includes(r.carrier)) err(r, 'carrier not in injection list');
  } else err(r, 'bad family');
  if (!r.id.startsWith(`${SPLIT}-${r.family}-${r.label}-${r.technique}-`)) err(r, 'id pattern');
  // split parts in separate fields
  if (r.technique === 'split_payload' || r.technique === 'split_lookalike') {
    if (!r.parts || r.parts.length !== 2 || r.fields.length < 2) err(r, 'split needs 2 parts and >= 2 fields');
    else {
      const a = inFields(r.fields, r.parts[0]), b = inFields(r.fields, r.parts[1]);
      if (a < 0 || b < 0 || a === b) err(r, 'split parts not in separate fields');
    }
  }
  // lossless encodings
  if (r.encoded !== undefined) {
    const [enc, dec] = ENC[r.method] || [];
    if (!enc) err(r, `unknown encoding ${r.method}`);
    else {
      if (dec(r.encoded) !== r.decoded) err(r, 'decode mismatch');
      if (enc(r.decoded) !== r.encoded) err(r, 'encode mismatch');
      if (inFields(r.fields, r.encoded) < 0) err(r, 'encoded text not in fields');
    }
  }
  // hosts
  // encoded forms are checked through their decoded text (a rot13'd host is not a host)
  const strip = (f) => (r.encoded ? f.split(r.encoded).join(' ').split(JSON.stringify(r.encoded).slice(1, -1)).join(' ') : f);
  const texts = [...r.fields.map(strip), ...(r.decoded ? [r.decoded] : [])];
  for (const t of texts) for (const h of hostsIn(t)) if (!HOST_OK.test(h)) err(r, `host not reserved: ${h}`);
}

// composition checks
const count = (pred) => records.filter(pred).length;
for (const cat of HARM_CATS) {
  for (const label of ['attack', 'benign']) {
    const n = count((r) => r.family === 'harmful' && r.technique === cat && r.label === label);
    if (n !== 40) err(null, `harmful ${cat} ${label}: ${n} != 40`);
  }
  const all = records.filter((r) => r.family === 'harmful' && r.technique === cat);
  const ne = all.filter((r) => r.lang !== 'en').length / all.length;
  if (ne < 0.65) err(null, `harmful ${cat}: non-English share ${ne.toFixed(2)} < 0.65`);
}
const harmTexts = [...HARM_CATS.flatMap((c) => [...HARM[c].attack, ...HARM[c].benign].map((x) => x[1]))];
if (new Set(harmTexts).size !== harmTexts.length) err(null, 'duplicate harmful texts');
const injTexts = [...attacks, ...lookalikes].map((x) => x.text || x.plain || x.parts.join('|'));
if (new Set(injTexts).size !== injTexts.length) err(null, 'duplicate injection texts');
const harmLangs = new Set(records.filter((r) => r.family === 'harmful').map((r) => r.lang));
for (const l of LANGS) if (!harmLangs.has(l)) err(null, `harmful set lacks language ${l}`);
const nonEn = count((r) => r.lang !== 'en') / records.length;
if (nonEn < 0.5) err(null, `overall non-English share ${nonEn.toFixed(2)} < 0.5`);
for (const fam of ['harmful', 'injection']) {
  const ca = new Set(records.filter((r) => r.family === fam && r.label === 'attack').map((r) => r.carrier));
  const cb = new Set(records.filter((r) => r.family === fam && r.label === 'benign').map((r) => r.carrier));
  const diff = [...ca].filter((c) => !cb.has(c)).concat([...cb].filter((c) => !ca.has(c)));
  if (diff.length) err(null, `${fam}: carriers used by only one label: ${diff.join(', ')}`);
}

// ---- write + report -------------------------------------------------------------------
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const tally = (rs, key) => Object.entries(rs.reduce((m, r) => ((m[r[key]] = (m[r[key]] || 0) + 1), m), {}))
  .sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`train7g: ${records.length} records -> ${OUT}`);
for (const fam of ['harmful', 'injection']) for (const label of ['attack', 'benign']) {
  const rs = records.filter((r) => r.family === fam && r.label === label);
  console.log(`  ${fam}/${label}: ${rs.length}  [${tally(rs, 'technique')}]`);
}
console.log(`  carriers (harmful): ${tally(records.filter((r) => r.family === 'harmful'), 'carrier')}`);
console.log(`  carriers (injection): ${tally(records.filter((r) => r.family === 'injection'), 'carrier')}`);
console.log(`  languages: ${tally(records, 'lang')}`);
console.log(`  non-English: ${(nonEn * 100).toFixed(1)}% overall, ${(100 * count((r) => r.family === 'harmful' && r.lang !== 'en') / count((r) => r.family === 'harmful')).toFixed(1)}% harmful; code-switched/transliterated: ${count((r) => r.variant)}`);
if (errors.length) {
  console.error(`\n${errors.length} validation error(s):`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}
console.log('validation: ok');
