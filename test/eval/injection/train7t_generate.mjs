// train7t generator: node test/eval/injection/train7t_generate.mjs
// Deterministic, Node built-ins only. Rewrites train7t.jsonl next to this file, validates
// every record, prints the composition and exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, LANGS, frame, pad } from './train7t_carriers.mjs';
import * as A from './train7t_attacks_a.mjs';
import * as B from './train7t_attacks_b.mjs';
import * as LA from './train7t_lookalikes_a.mjs';
import * as LB from './train7t_lookalikes_b.mjs';
import { harmful } from './train7t_harmful.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train7t.jsonl');
const SPLIT = 'train7t';
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LOOKALIKES = { ...LA, ...LB };
const BENIGN_FAMILIES = Object.keys(LOOKALIKES);
const ALLOWED_TLDS = ['.example', '.test', '.invalid'];
const errors = [];
const fail = (m) => errors.push(m);

// ---------- lossless encodings ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); });
const ENC = {
  b64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  html: [(s) => [...s].map((c) => `&#x${c.codePointAt(0).toString(16).toUpperCase()};`).join(''), (e) => e.replace(/&#x([0-9A-F]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))],
  uesc: [(s) => [...s].map((c) => { const cp = c.codePointAt(0); return cp < 0x80 && c !== '\\' && c !== '"' ? c : cp > 0xffff ? c.split('').map((u) => '\\u' + u.charCodeAt(0).toString(16).padStart(4, '0')).join('') : '\\u' + cp.toString(16).padStart(4, '0'); }).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  rev: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[013457]/g, (c) => UNLEET[c])],
  tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''), (e) => [...e].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zw: [(s) => [...s].join('\u200b'), (e) => e.split('\u200b').join('')],
};
function encode(enc, plain, where) {
  if (!ENC[enc]) { fail(`${where}: unknown encoding ${enc}`); return plain; }
  if (enc === 'leet' && /[013457A-Z]/.test(plain)) fail(`${where}: leet source must be lowercase without digits 0/1/3/4/5/7`);
  if (enc === 'tags' && !/^[\x20-\x7e]+$/.test(plain)) fail(`${where}: tag-character source must be printable ASCII`);
  if (enc === 'zw' && plain.includes('\u200b')) fail(`${where}: zero-width source contains U+200B`);
  const e = ENC[enc][0](plain);
  if (ENC[enc][1](e) !== plain) fail(`${where}: ${enc} encoding is not lossless`);
  if (e === plain) fail(`${where}: ${enc} encoding left the text unchanged`);
  return e;
}

// ---------- items ----------
// item: { family, label, technique, lang, mix, parts: [..], method, decoded }
const items = [];
function addSimple(family, label, technique, entry, where) {
  if (Array.isArray(entry)) {
    const [lang, text, mix] = entry;
    items.push({ family, label, technique, lang, mix, parts: [text], method: 'plain', decoded: [], where });
  } else if (entry.enc && 'plain' in entry) {
    const e = encode(entry.enc, entry.plain, where);
    const text = entry.wrap == null ? e : entry.wrap.replace('{E}', e);
    if (!text.includes(e)) fail(`${where}: wrap lost the encoding`);
    items.push({ family, label, technique, lang: entry.lang, mix: entry.mix, parts: [text], method: entry.enc, decoded: [entry.plain], where });
  } else if (entry.enc && 'hidden' in entry) {
    const e = encode(entry.enc, entry.hidden, where);
    const text = entry.tpl.replace('{H}', e);
    items.push({ family, label, technique, lang: entry.lang, mix: entry.mix, parts: [text], method: entry.enc === 'tags' ? 'unicode_tags' : 'zero_width', decoded: [entry.hidden], where });
  } else fail(`${where}: bad entry`);
}
const ATT = { ...A, ...B };
for (const t of TECHNIQUES) {
  const list = ATT[t];
  if (!Array.isArray(list)) { fail(`missing technique list ${t}`); continue; }
  list.forEach((e, i) => {
    const where = `attack ${t}[${i}]`;
    if (t === 'split_payload') {
      const [lang, a, b, mix] = e;
      items.push({ family: 'injection', label: 'attack', technique: t, lang, mix, parts: [a, b], method: 'two_fields', decoded: [], where });
    } else addSimple('injection', 'attack', t, e, where);
  });
}
for (const fam of BENIGN_FAMILIES) {
  LOOKALIKES[fam].forEach((e, i) => {
    const where = `benign ${fam}[${i}]`;
    if (fam === 'split_lookalike') {
      const [lang, a, b, mix] = e;
      items.push({ family: 'injection', label: 'benign', technique: fam, lang, mix, parts: [a, b], method: 'two_fields', decoded: [], where });
    } else addSimple('injection', 'benign', fam, e, where);
  });
}
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    (harmful[cat]?.[label] || []).forEach((e, i) => addSimple('harmful', label, cat, e, `harmful ${cat}.${label}[${i}]`));
  }
}

// ---------- framing ----------
function fnv(s) { let h = 0x811c9dc5; for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 0x01000193) >>> 0; } return h; }
const records = [];
const counters = {};
const gcount = {};
items.forEach((it, k) => {
  const key = `${it.family}-${it.label}-${it.technique}`;
  gcount[key] = (gcount[key] || 0) + 1;
  const group = `train7t-g-${key}-${String(gcount[key]).padStart(3, '0')}`;
  const h = fnv(group);
  const c1 = h % CARRIERS.length;
  const c2 = (c1 + 1 + ((h >>> 8) % (CARRIERS.length - 1))) % CARRIERS.length;
  [c1, c2].forEach((ci, j) => {
    counters[key] = (counters[key] || 0) + 1;
    const id = `train7t-${key}-${String(counters[key]).padStart(4, '0')}`;
    const long = fnv(id + ':len') % 100 < 41;
    const ctx = { lang: it.lang, long, seed: (h >>> 4) % 97 + j * 13 };
    const fields = frame(CARRIERS[ci], it.parts, ctx);
    if (long) {
      let n = 0;
      while (fields.join('\n').length < 820 && n < 12) {
        if (n % 2 === 0) fields[0] = `${fields[0]}\n${pad(ctx, n)}`; else fields[fields.length - 1] = `${pad(ctx, n)}\n${fields[fields.length - 1]}`;
        n++;
      }
    }
    const rec = { id, split: SPLIT, family: it.family, label: it.label, technique: it.technique, lang: it.lang, carrier: CARRIERS[ci], group, fields };
    if (it.method && it.family === 'injection') rec.method = it.method;
    if (it.mix) rec.code_switched = `${it.lang}+${it.mix}`;
    if (long) rec.length_class = 'long';
    records.push({ rec, it });
  });
});

// ---------- validation ----------
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)\]?#:,]+)/gi;
const MAIL_RE = /[\w.+-]+@((?:[\w-]+\.)+[\w-]+)/g;
const BARE_RE = /\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|dev|co|ru|de|cn|jp|uk|fr|es|it|nl|pl|br|info|biz|gov|edu|app|xyz|me|tv|us|ca|au|kr|tr|vn|se|ua|eu|ch|at))\b/gi;
function checkHosts(text, where) {
  for (const m of text.matchAll(URL_RE)) if (!ALLOWED_TLDS.some((t) => m[1].toLowerCase().endsWith(t))) fail(`${where}: URL host not allowed: ${m[1]}`);
  for (const m of text.matchAll(MAIL_RE)) if (!ALLOWED_TLDS.some((t) => m[1].toLowerCase().endsWith(t))) fail(`${where}: mail host not allowed: ${m[1]}`);
  for (const m of text.matchAll(BARE_RE)) fail(`${where}: bare host-like name not allowed: ${m[1]}`);
}
const ids = new Set();
const groups = new Map();
const strFields = ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'group'];
for (const { rec, it } of records) {
  const w = rec.id;
  for (const f of strFields) if (typeof rec[f] !== 'string' || !rec[f].trim()) fail(`${w}: empty or non-string ${f}`);
  if (ids.has(rec.id)) fail(`${w}: duplicate id`); ids.add(rec.id);
  if (!['injection', 'harmful'].includes(rec.family)) fail(`${w}: bad family`);
  if (!['attack', 'benign'].includes(rec.label)) fail(`${w}: bad label`);
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) fail(`${w}: unknown technique`);
  if (rec.family === 'injection' && rec.label === 'benign' && !BENIGN_FAMILIES.includes(rec.technique)) fail(`${w}: unknown look-alike family`);
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) fail(`${w}: unknown category`);
  if (!LANGS.includes(rec.lang)) fail(`${w}: unknown lang ${rec.lang}`);
  if (it.mix && !LANGS.includes(it.mix)) fail(`${w}: unknown code-switch lang ${it.mix}`);
  if (!CARRIERS.includes(rec.carrier)) fail(`${w}: unknown carrier`);
  if (!Array.isArray(rec.fields) || rec.fields.length < 1) fail(`${w}: no fields`);
  rec.fields.forEach((f, i) => { if (typeof f !== 'string' || !f.trim()) fail(`${w}: empty field ${i}`); });
  it.parts.forEach((p, i) => { if (typeof p !== 'string' || !p.trim()) fail(`${w}: empty part ${i}`); });
  // every part verbatim, each in its own field
  const homes = it.parts.map((p) => rec.fields.findIndex((f) => f.includes(p)));
  homes.forEach((h, i) => { if (h < 0) fail(`${w}: part ${i} not verbatim in fields`); });
  if (it.parts.length === 2) {
    if (homes[0] === homes[1]) fail(`${w}: split parts share a field`);
    if (rec.fields.some((f) => f.includes(it.parts[0]) && f.includes(it.parts[1]))) fail(`${w}: a field holds both split parts`);
    if (rec.technique !== 'split_payload' && rec.technique !== 'split_lookalike') fail(`${w}: two parts on a non-split technique`);
  }
  if (rec.technique === 'split_payload' && it.parts.length !== 2) fail(`${w}: split_payload needs two parts`);
  const joined = rec.fields.join('\n');
  if (rec.length_class === 'long' && joined.length < 800) fail(`${w}: long record shorter than 800 chars (${joined.length})`);
  checkHosts(joined, w);
  it.decoded.forEach((d) => checkHosts(d, w + ' (decoded)'));
  if (!groups.has(rec.group)) groups.set(rec.group, []);
  groups.get(rec.group).push({ rec, it });
}
for (const [g, rs] of groups) {
  if (rs.length !== 2) fail(`${g}: expected 2 framings, got ${rs.length}`);
  if (new Set(rs.map((r) => r.rec.carrier)).size !== rs.length) fail(`${g}: framings share a carrier`);
  for (const { rec } of rs) for (const p of rs[0].it.parts) if (!rec.fields.some((f) => f.includes(p))) fail(`${g}: payload not verbatim in ${rec.id}`);
}
// distinct payload texts across groups
const seenText = new Map();
for (const it of items) { const k = it.parts.join('\u0000'); if (seenText.has(k)) fail(`${it.where}: duplicate text of ${seenText.get(k)}`); seenText.set(k, it.where); }

// ---------- composition ----------
const count = (pred) => records.filter(({ rec }) => pred(rec)).length;
const tab = (xs) => Object.entries(xs.reduce((m, x) => ((m[x] = (m[x] || 0) + 1), m), {})).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
const attackItems = items.filter((i) => i.family === 'injection' && i.label === 'attack');
const benignItems = items.filter((i) => i.family === 'injection' && i.label === 'benign');
const harmItems = items.filter((i) => i.family === 'harmful');
for (const t of TECHNIQUES) { const n = attackItems.filter((i) => i.technique === t).length; if (n < 30) fail(`technique ${t}: only ${n} payloads`); }
if (BENIGN_FAMILIES.length < 18) fail(`only ${BENIGN_FAMILIES.length} look-alike families`);
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) { const n = count((r) => r.family === 'harmful' && r.technique === c && r.label === l); if (n !== 12) fail(`harmful ${c}/${l}: ${n} records, want 12`); }
const nonEnAttack = attackItems.filter((i) => i.lang !== 'en').length / attackItems.length;
if (nonEnAttack < 0.75) fail(`non-English attack payloads ${(nonEnAttack * 100).toFixed(1)}% < 75%`);
for (const l of LANGS) if (!attackItems.some((i) => i.lang === l)) fail(`no attack payload in ${l}`);
const nonEnRec = count((r) => r.lang !== 'en') / records.length;
if (nonEnRec < 0.5) fail(`non-English records ${(nonEnRec * 100).toFixed(1)}% < 50%`);
const nonEnHarm = harmItems.filter((i) => i.lang !== 'en').length / harmItems.length;
if (nonEnHarm < 0.5) fail(`non-English harmful items ${(nonEnHarm * 100).toFixed(1)}% < 50%`);
for (const l of ['attack', 'benign']) for (const c of CARRIERS) if (!records.some(({ rec }) => rec.label === l && rec.family === 'injection' && rec.carrier === c)) fail(`carrier ${c} never frames an injection ${l}`);

writeFileSync(OUT, records.map(({ rec }) => JSON.stringify(rec)).join('\n') + '\n');

const longN = count((r) => r.length_class === 'long');
console.log(`train7t: ${records.length} records -> ${OUT}`);
console.log(`injection attack: ${attackItems.length} payloads, ${count((r) => r.family === 'injection' && r.label === 'attack')} records; by technique: ${tab(attackItems.map((i) => i.technique))}`);
console.log(`injection benign: ${benignItems.length} look-alike texts in ${BENIGN_FAMILIES.length} families, ${count((r) => r.family === 'injection' && r.label === 'benign')} records; by family: ${tab(benignItems.map((i) => i.technique))}`);
console.log(`harmful: ${harmItems.length} texts, ${count((r) => r.family === 'harmful')} records (attack ${count((r) => r.family === 'harmful' && r.label === 'attack')}, benign ${count((r) => r.family === 'harmful' && r.label === 'benign')}); 12+12 per category: ${CATEGORIES.join(', ')}`);
console.log(`attack payload languages: ${tab(attackItems.map((i) => i.lang))}; non-English ${(nonEnAttack * 100).toFixed(1)}%`);
console.log(`look-alike languages: ${tab(benignItems.map((i) => i.lang))}`);
console.log(`harmful languages: ${tab(harmItems.map((i) => i.lang))}`);
console.log(`code-switched texts: ${items.filter((i) => i.mix).length} (${items.filter((i) => i.mix && i.label === 'attack').length} attack)`);
console.log(`records by language: ${tab(records.map(({ rec }) => rec.lang))}; non-English ${(nonEnRec * 100).toFixed(1)}%`);
console.log(`carriers (attack): ${tab(records.filter(({ rec }) => rec.label === 'attack').map(({ rec }) => rec.carrier))}`);
console.log(`carriers (benign): ${tab(records.filter(({ rec }) => rec.label === 'benign').map(({ rec }) => rec.carrier))}`);
console.log(`encoding methods: ${tab(items.filter((i) => !['plain', 'two_fields'].includes(i.method)).map((i) => `${i.label}:${i.method}`))}`);
console.log(`long (800+ chars): ${longN} of ${records.length} (${(longN / records.length * 100).toFixed(1)}%)`);
console.log(`groups: ${groups.size} (two carriers each)`);
if (errors.length) { console.error(`\n${errors.length} violation(s):`); for (const e of errors.slice(0, 60)) console.error('  ' + e); process.exit(1); }
console.log('validation: OK');
