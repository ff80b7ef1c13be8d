// train8a generator + validator (training round, written blind).
// Usage: node test/eval/injection/train8a_generate.mjs
// Deterministic (own seeded PRNG). Writes train8a.jsonl next to this file only if every check
// passes; otherwise prints the violations and exits 1 without writing anything.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, wrap } from './train8a_carriers.mjs';
import { ATTACKS_A } from './train8a_attacks_a.mjs';
import { ATTACKS_B } from './train8a_attacks_b.mjs';
import { LOOKALIKES } from './train8a_lookalikes.mjs';
import { HARMFUL } from './train8a_harmful.mjs';
import { LONG } from './train8a_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train8a.jsonl');
const SPLIT = 'train8a';
const SOURCE = 'hand-written (train8a, blind)';

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration',
  'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = [...Object.keys(LOOKALIKES), 'docs'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh',
  'ja', 'ko', 'vi', 'id', 'sv', 'es-en', 'de-en', 'pt-en', 'hi-en'];
const ENCODINGS = ['base64', 'hex', 'rot13', 'url', 'html', 'uesc', 'reverse', 'leet', 'tags', 'zw'];

// ---------- encodings ----------
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => {
  const b = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  html: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
  uesc: (s) => [...s].map((c) => {
    let o = '';
    for (let i = 0; i < c.length; i++) o += '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0');
    return o;
  }).join(''),
  reverse: (s) => [...s].reverse().join(''),
  leet: (s) => [...s].map((c) => LEET[c] || c).join(''),
  tags: (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''),
  zw: (s) => [...s].join('\u200b'),
};
const DEC = {
  base64: (s) => Buffer.from(s, 'base64').toString('utf8'),
  hex: (s) => Buffer.from(s, 'hex').toString('utf8'),
  rot13,
  url: (s) => decodeURIComponent(s),
  html: (s) => s.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d)),
  uesc: (s) => s.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
  reverse: (s) => [...s].reverse().join(''),
  leet: (s) => [...s].map((c) => UNLEET[c] || c).join(''),
  tags: (s) => [...s].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join(''),
  zw: (s) => s.split('\u200b').join(''),
};

// ---------- build ----------
const records = [];
const meta = []; // parallel: { key, insert: [strings], encoded?, plain?, enc?, kind }
const errors = [];
const counters = {};
function nextId(family, label, technique) {
  const k = 'all';
  counters[k] = (counters[k] || 0) + 1;
  return `train8a-${family}-${label}-${technique}-${String(counters[k]).padStart(4, '0')}`;
}

function itemParts(entry) {
  // -> { lang, parts: [..], enc?: {e, plain, encoded} }
  if (Array.isArray(entry)) return { lang: entry[0], parts: entry.slice(1) };
  if (!ENC[entry.e]) { errors.push(`unknown encoding ${entry.e}`); return { lang: entry.l, parts: [''] }; }
  if (entry.e === 'leet' && (/[430157]/.test(entry.p) || entry.p !== entry.p.toLowerCase())) errors.push(`leet plain not reversible: ${entry.p}`);
  if (entry.e === 'tags' && /[^\x20-\x7e]/.test(entry.p)) errors.push(`tags plain must be ASCII: ${entry.p}`);
  const encoded = ENC[entry.e](entry.p);
  const text = entry.w ? entry.w.replace('{E}', encoded) : encoded;
  return { lang: entry.l, parts: [text], enc: { e: entry.e, plain: entry.p, encoded, wrapped: !!entry.w } };
}

const rng = mulberry32(0x8a2026);
const carrierCounter = { attack: 0, benign: 0 };

function emitShort(family, label, technique, entry, key) {
  const it = itemParts(entry);
  const k = carrierCounter[label]++;
  const c1 = CARRIERS[k % CARRIERS.length];
  const c2 = CARRIERS[(k + 8) % CARRIERS.length];
  [c1, c2].forEach((carrier, j) => {
    const padded = (k % 3) === j; // j=0 when k%3==0, j=1 when k%3==1 -> one third of records
    const fields = wrap(carrier, it.parts, rng, padded ? 420 : false);
    const method = [it.parts.length === 2 ? 'split' : 'single', padded ? 'padded' : 'short'];
    if (it.enc) method.push(`enc=${it.enc.e}`, it.enc.wrapped ? 'wrapped' : 'bare');
    records.push({ id: nextId(family, label, technique), split: SPLIT, family, label, technique,
      lang: it.lang, carrier, fields, source: SOURCE, method: method.join(';') });
    meta.push({ key, parts: it.parts, enc: it.enc, padded, long: false });
  });
}

for (const src of [ATTACKS_A, ATTACKS_B]) {
  for (const [tech, list] of Object.entries(src)) {
    list.forEach((e, i) => emitShort('injection', 'attack', tech, e, `att:${tech}:${i}`));
  }
}
for (const [fam, list] of Object.entries(LOOKALIKES)) {
  list.forEach((e, i) => emitShort('injection', 'benign', fam, e, `look:${fam}:${i}`));
}

// long documents: same document, same spot; attack vs look-alike
const B64RE = /\{B64:([^}]*)\}/;
LONG.forEach((d, i) => {
  for (const [label, [tech, raw]] of [['attack', d.att], ['benign', d.look]]) {
    let text = raw; let enc;
    const m = raw.match(B64RE);
    if (m) { const encoded = ENC.base64(m[1]); text = raw.replace(B64RE, encoded); enc = { e: 'base64', plain: m[1], encoded, wrapped: true }; }
    const r = mulberry32(0x10a9 + i); // identical surroundings for attack and look-alike
    const fields = wrap(d.carrier, [text], r, 820);
    records.push({ id: nextId('injection', label, tech), split: SPLIT, family: 'injection', label,
      technique: tech, lang: d.lang, carrier: d.carrier, fields, source: SOURCE,
      method: ['long', `doc=${i}`, ...(enc ? ['enc=base64', 'wrapped'] : [])].join(';') });
    meta.push({ key: `long:${label}:${i}`, parts: [text], enc, padded: false, long: true, doc: i });
  }
});

// harmful: one record per item; carriers rotate the same way for attack and benign
const hCounter = { attack: 0, benign: 0 };
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    for (const [lang, text] of HARMFUL[cat][label]) {
      const k = hCounter[label]++;
      const carrier = CARRIERS[(k * 7) % CARRIERS.length];
      const padded = k % 3 === 2;
      const fields = wrap(carrier, [text], rng, padded ? 420 : false);
      records.push({ id: nextId('harmful', label, cat), split: SPLIT, family: 'harmful', label,
        technique: cat, lang, carrier, fields, source: SOURCE, method: padded ? 'single;padded' : 'single;short' });
      meta.push({ key: `harm:${cat}:${label}:${k}`, parts: [text], padded, long: false, single: true });
    }
  }
}

// ---------- validate ----------
const ids = new Set();
const idRe = /^train8a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const HOST_OK = /(\.example|\.test|\.invalid)$/i;
function hostsIn(s) {
  const out = [];
  for (const m of s.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)\]?#:]+)/giu)) out.push(m[1]);
  for (const m of s.matchAll(/[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu)) out.push(m[1]);
  for (const m of s.matchAll(/\bwww\.([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu)) out.push('www.' + m[1]);
  return out;
}
function checkHosts(s, where) {
  for (let h of hostsIn(s)) {
    h = h.replace(/[.,;]+$/, '');
    if (h.includes('.') && !HOST_OK.test(h)) errors.push(`${where}: host not under .example/.test/.invalid: ${h}`);
  }
}
const byKey = {};
records.forEach((r, i) => {
  const m = meta[i];
  for (const f of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof r[f] !== 'string' || !r[f].trim()) errors.push(`${r.id}: empty ${f}`);
  }
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) errors.push(`${r.id}: bad fields`);
  if (r.split !== SPLIT) errors.push(`${r.id}: split`);
  const mm = r.id.match(idRe);
  if (!mm || mm[1] !== r.family || mm[2] !== r.label || mm[3] !== r.technique) errors.push(`${r.id}: id rule`);
  if (ids.has(r.id)) errors.push(`${r.id}: duplicate id`);
  ids.add(r.id);
  if (!CARRIERS.includes(r.carrier)) errors.push(`${r.id}: carrier ${r.carrier}`);
  if (!LANGS.includes(r.lang)) errors.push(`${r.id}: lang ${r.lang}`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) errors.push(`${r.id}: technique`);
  if (r.family === 'injection' && r.label === 'benign' && !FAMILIES.includes(r.technique)) errors.push(`${r.id}: family`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) errors.push(`${r.id}: category`);
  if (r.family === 'injection' && r.label === 'attack' && r.technique === 'split_payload' && m.parts.length !== 2) errors.push(`${r.id}: split_payload needs two parts`);
  // parts placement
  if (m.parts.length === 2) {
    const a = r.fields.findIndex((f) => f.includes(m.parts[0]));
    const b = r.fields.findIndex((f) => f.includes(m.parts[1]));
    if (a < 0 || b < 0 || a === b) errors.push(`${r.id}: split parts not in separate fields`);
  } else if (!r.fields.some((f) => f.includes(m.parts[0]))) errors.push(`${r.id}: text missing`);
  // hosts
  const joined = r.fields.join('\n');
  checkHosts(joined, r.id);
  // encodings
  if (m.enc) {
    if (!joined.includes(m.enc.encoded)) errors.push(`${r.id}: encoded text missing`);
    let dec;
    try { dec = DEC[m.enc.e](m.enc.encoded); } catch (e) { dec = null; }
    if (dec !== m.enc.plain) errors.push(`${r.id}: ${m.enc.e} round trip failed`);
    if (m.enc.e !== 'tags' && m.enc.e !== 'zw' && m.enc.encoded === m.enc.plain) errors.push(`${r.id}: encoding is identity`);
    checkHosts(dec || '', r.id + ' (decoded)');
  }
  // length / middle
  const pos = joined.indexOf(m.parts[0]);
  const end = joined.indexOf(m.parts[m.parts.length - 1]) + m.parts[m.parts.length - 1].length;
  if (m.long) {
    if (joined.length < 1500) errors.push(`${r.id}: long doc < 1500 chars`);
    if (pos < joined.length * 0.25 || end > joined.length * 0.75) errors.push(`${r.id}: long insert not in the middle`);
  }
  if (m.padded) {
    if (joined.length < 800) errors.push(`${r.id}: padded < 800 chars`);
    if (pos < joined.length * 0.15 || end > joined.length * 0.85) errors.push(`${r.id}: padded text not in the middle`);
  }
  (byKey[m.key] ||= []).push(r);
});
for (const [key, rs] of Object.entries(byKey)) {
  if (key.startsWith('att:') || key.startsWith('look:')) {
    if (rs.length !== 2 || rs[0].carrier === rs[1].carrier) errors.push(`${key}: short text must appear in two different carriers`);
  }
}
// long docs: same spot for attack and look-alike
LONG.forEach((d, i) => {
  const [a, b] = ['attack', 'benign'].map((l) => records.find((r, j) => meta[j].key === `long:${l}:${i}`));
  const ja = a.fields.join('\n'); const jb = b.fields.join('\n');
  const ia = ja.indexOf(meta[records.indexOf(a)].parts[0]); const ib = jb.indexOf(meta[records.indexOf(b)].parts[0]);
  if (ia !== ib || ja.slice(0, ia) !== jb.slice(0, ib)) errors.push(`long doc ${i}: attack and look-alike not at the same spot`);
});
// counts
const cnt = (pred) => records.filter(pred).length;
for (const t of TECHNIQUES) {
  const n = ({ ...ATTACKS_A, ...ATTACKS_B })[t]?.length || 0;
  if (n < 30) errors.push(`technique ${t}: ${n} payloads < 30`);
}
for (const c of CATEGORIES) {
  for (const l of ['attack', 'benign']) {
    const n = cnt((r) => r.family === 'harmful' && r.technique === c && r.label === l);
    if (n !== 12) errors.push(`harmful ${c}/${l}: ${n} != 12`);
  }
}
const nonEn = (rs) => rs.filter((r) => r.lang !== 'en').length / rs.length;
if (nonEn(records) < 0.5) errors.push(`non-English share ${nonEn(records).toFixed(3)} < 0.5`);
const attacks = records.filter((r) => r.family === 'injection' && r.label === 'attack');
if (nonEn(attacks) < 0.6) errors.push(`non-English share of attacks ${nonEn(attacks).toFixed(3)} < 0.6`);
const langSet = new Set(records.map((r) => r.lang));
if (langSet.size < 18) errors.push(`only ${langSet.size} languages`);
// carrier proportions must not depend on the label (injection short records)
const shortInj = (l) => records.filter((r, j) => r.family === 'injection' && r.label === l && !meta[j].long);
const dist = (rs) => Object.fromEntries(CARRIERS.map((c) => [c, rs.filter((r) => r.carrier === c).length / rs.length]));
const da = dist(shortInj('attack')); const db = dist(shortInj('benign'));
for (const c of CARRIERS) if (Math.abs(da[c] - db[c]) > 0.02) errors.push(`carrier ${c} share differs by label: ${da[c].toFixed(3)} vs ${db[c].toFixed(3)}`);

if (errors.length) {
  console.error(`train8a: ${errors.length} violation(s); nothing written`);
  for (const e of errors.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---------- composition ----------
const tally = (rs, f) => { const o = {}; for (const r of rs) o[f(r)] = (o[f(r)] || 0) + 1; return o; };
const show = (title, o) => console.log(`${title}: ` + Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
const benign = records.filter((r) => r.family === 'injection' && r.label === 'benign');
const harmful = records.filter((r) => r.family === 'harmful');
console.log(`train8a: ${records.length} records written to ${OUT}`);
console.log(`injection attacks: ${attacks.length} records (${Object.values({ ...ATTACKS_A, ...ATTACKS_B }).reduce((a, l) => a + l.length, 0)} payloads x 2 carriers + ${LONG.length} long)`);
show('  per technique', tally(attacks, (r) => r.technique));
console.log(`injection look-alikes: ${benign.length} records (${Object.values(LOOKALIKES).reduce((a, l) => a + l.length, 0)} texts x 2 carriers + ${LONG.length} long)`);
show('  per family', tally(benign, (r) => r.technique));
console.log(`harmful: ${harmful.length} records`);
show('  per category/label', tally(harmful, (r) => `${r.technique}/${r.label}`));
show('per language', tally(records, (r) => r.lang));
console.log(`languages: ${langSet.size}; non-English overall ${(nonEn(records) * 100).toFixed(1)}%, attacks ${(nonEn(attacks) * 100).toFixed(1)}%, look-alikes ${(nonEn(benign) * 100).toFixed(1)}%, harmful ${(nonEn(harmful) * 100).toFixed(1)}%`);
show('per carrier', tally(records, (r) => r.carrier));
const lens = records.map((r) => r.fields.join('\n').length);
console.log(`long docs (>=1500): ${cnt((r) => r.method.startsWith('long'))} (${LONG.length} attack + ${LONG.length} look-alike); records >= 800 chars: ${lens.filter((n) => n >= 800).length} of ${records.length} (${(lens.filter((n) => n >= 800).length / records.length * 100).toFixed(1)}%)`);
console.log(`split (two fields): ${cnt((r) => r.method.startsWith('split'))} (attack ${cnt((r) => r.label === 'attack' && r.method.startsWith('split'))}, look-alike ${cnt((r) => r.label === 'benign' && r.method.startsWith('split'))})`);
const encd = records.filter((r) => r.method.includes('enc='));
show(`encoded: ${encd.length} (attack ${encd.filter((r) => r.label === 'attack').length}, benign ${encd.filter((r) => r.label === 'benign').length}); per encoding`, tally(encd, (r) => r.method.match(/enc=(\w+)/)[1]));
