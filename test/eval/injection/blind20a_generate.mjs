// blind20a generator + validator. Deterministic (fixed seed, own PRNG). Node 20 built-ins only.
// Usage: node test/eval/injection/blind20a_generate.mjs   -> writes blind20a.jsonl next to this file,
// or exits 1 writing nothing if any validation rule is violated.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng, fake, LANGS, CARRIER_NAMES, FILLER, render, renderLong, jsEsc } from './blind20a_carriers.mjs';
import { buildAttacks, TECHNIQUES, decode, SCHEMES } from './blind20a_attacks_b.mjs';
import { buildLookalikes, FAMILIES } from './blind20a_lookalikes.mjs';
import { HARMFUL, CATEGORIES } from './blind20a_harmful.mjs';
import { LONG_DOCS } from './blind20a_long.mjs';

const SEED = 0x20a20a;
const r = makeRng(SEED);
const attacks = buildAttacks(r);
const looks = buildLookalikes(r);

const records = []; // {rec, item, kind, parts, pad}
const counters = {};
const nextId = (fam, label, tech) => { const k = `${fam}-${label}-${tech}`; counters[k] = (counters[k] || 0) + 1; return `blind20a-${k}-${String(counters[k]).padStart(4, '0')}`; };
function push(item, carrier, fields, kind, pad, extra = {}) {
  const rec = { id: nextId(item.family, item.label, item.technique), split: 'blind20a', family: item.family, label: item.label, technique: item.technique,
    lang: item.lang, carrier, fields, source: extra.source, method: [item.method, kind === 'long' ? 'long_doc' : null, pad ? 'padded_middle' : null].filter(Boolean).join('+') };
  records.push({ rec, item, kind, pad });
}
// Carrier assignment depends only on the item's position in its pool, never on the label.
const N = CARRIER_NAMES.length;
const pairFor = (i) => { const a = i % N; const b = (a + 1 + (Math.floor(i / N) * 3) % (N - 1)) % N; return [CARRIER_NAMES[a], CARRIER_NAMES[b]]; };
const padFor = (k) => k % 3 === 0;
function emitPool(pool, source) {
  pool.forEach((item, i) => pairFor(i).forEach((c, j) => { const pad = padFor(2 * i + j); push(item, c, render(c, item.parts, fake(r), r, pad), 'short', pad, { source }); }));
}
emitPool(attacks, 'blind20a_attacks_a/b.mjs (hand-written phrasebook + templates)');
emitPool(looks, 'blind20a_lookalikes.mjs (hand-written)');
// Harmful: one carrier each, same position rule for attack and benign.
for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) HARMFUL[cat][label].forEach(([lang, text], i) => {
  const c = CARRIER_NAMES[(i * 3 + CATEGORIES.indexOf(cat)) % N]; const pad = padFor(i);
  push({ family: 'harmful', label, technique: cat, lang, parts: [text], method: 'handwritten' }, c, render(c, [text], fake(r), r, pad), 'short', pad, { source: 'blind20a_harmful.mjs (hand-written)' });
});
// Long documents: same document, attack vs look-alike in the same spot.
for (const d of LONG_DOCS) {
  const pre = d.intro + '\n\n' + d.pre.map((i) => FILLER[i]).join('\n\n');
  const post = d.post.map((i) => FILLER[i]).join('\n\n');
  const v = fake(makeRng(SEED + LONG_DOCS.indexOf(d)));
  const a = attacks.filter((x) => x.technique === d.attack[0])[d.attack[1]];
  const l = looks.filter((x) => x.technique === d.look[0])[d.look[1]];
  for (const item of [a, l]) push(item, d.carrier, renderLong(d.carrier, item.parts.join('\n'), v, r, pre, post), 'long', false, { source: 'blind20a_long.mjs' });
}

// ------------------------------- validator -------------------------------
const errors = [];
const err = (m) => { if (errors.length < 40) errors.push(m); };
const NONEN = (l) => l !== 'en';
const HOST_OK = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h); };
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b(?:https?|ftp|wss?):\/\/([^\/\s"'<>)\]\\?#:]+)/gi)) if (!HOST_OK(m[1])) err(`${where}: bad URL host ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!HOST_OK(m[1])) err(`${where}: bad mail domain ${m[1]}`);
  for (const m of text.matchAll(/\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|ai|co|app|gov|edu|info|biz|de|fr|ru|cn|uk|jp))\b/gi)) err(`${where}: real-looking host ${m[1]}`);
}
const variants = (p) => [p, jsEsc(p), p.replace(/"/g, '""'), p.replace(/\n/g, '\n  '), p.replace(/\n/g, '\n> ')];
const locate = (fields, p) => { for (let fi = 0; fi < fields.length; fi++) for (const v of variants(p)) { const o = fields[fi].indexOf(v); if (o >= 0) return { fi, o, len: v.length }; } return null; };
const KNOWN_TECH = { injection: { attack: new Set(TECHNIQUES), benign: new Set(FAMILIES) }, harmful: { attack: new Set(CATEGORIES), benign: new Set(CATEGORIES) } };
const ids = new Set();
const byPayload = new Map();
for (const { rec, item, kind, pad } of records) {
  const w = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof rec[k] !== 'string' || !rec[k].trim()) err(`${w}: empty ${k}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) err(`${w}: empty field`);
  if (!KNOWN_TECH[rec.family]?.[rec.label]?.has(rec.technique)) err(`${w}: unknown technique ${rec.technique}`);
  if (!CARRIER_NAMES.includes(rec.carrier)) err(`${w}: unknown carrier`);
  if (!LANGS.includes(rec.lang)) err(`${w}: unknown lang ${rec.lang}`);
  if (ids.has(rec.id)) err(`${w}: duplicate id`); ids.add(rec.id);
  if (!new RegExp(`^blind20a-${rec.family}-${rec.label}-${rec.technique}-\\d{4}$`).test(rec.id)) err(`${w}: id rule`);
  if (rec.split !== 'blind20a') err(`${w}: split`);
  const joined = rec.fields.join('\n');
  // encoded strings are checked through their decoded form below
  checkHosts(item.enc ? joined.split(item.enc.encoded).join(' ') : joined, w);
  // every part present; split parts in separate fields
  const locs = item.parts.map((p) => (kind === 'long' ? null : locate(rec.fields, p)));
  if (kind !== 'long') {
    if (locs.some((x) => !x)) err(`${w}: part not found in fields`);
    else if (item.parts.length > 1 && new Set(locs.map((x) => x.fi)).size !== item.parts.length) err(`${w}: split parts share a field`);
  }
  const text = item.parts.join('\n');
  if (kind === 'long' || pad) {
    const pos = joined.indexOf(kind === 'long' ? text : item.parts[0]) >= 0 ? joined.indexOf(kind === 'long' ? text : item.parts[0]) : (() => { const x = locate([joined], item.parts[0]); return x ? x.o : -1; })();
    const min = kind === 'long' ? 1500 : 800;
    if (joined.length < min) err(`${w}: ${kind === 'long' ? 'long' : 'padded'} record only ${joined.length} chars`);
    const mid = (pos + text.length / 2) / joined.length;
    if (pos < 0 || mid < 0.25 || mid > 0.75) err(`${w}: text not in the middle (pos ${pos}, rel ${mid.toFixed(2)})`);
  }
  if (item.enc) {
    const { scheme, encoded, plain } = item.enc;
    if (!SCHEMES.includes(scheme)) err(`${w}: unknown scheme`);
    if (!item.parts.join('\n').includes(encoded)) err(`${w}: encoded string missing`);
    let dec; try { dec = decode(scheme, encoded); } catch (e) { dec = null; }
    if (dec !== plain) err(`${w}: ${scheme} decode mismatch`);
    checkHosts(plain, `${w} (decoded)`);
  }
  if (kind === 'short' && rec.family === 'injection') { const k = JSON.stringify([rec.label, item.parts]); if (!byPayload.has(k)) byPayload.set(k, []); byPayload.get(k).push(rec.carrier); }
}
for (const [k, cs] of byPayload) if (cs.length !== 2 || cs[0] === cs[1]) err(`payload in ${cs.length} records / carriers ${cs}: ${k.slice(0, 80)}`);
if (byPayload.size !== attacks.length + looks.length) err('duplicate payload texts');
for (const t of TECHNIQUES) if (attacks.filter((a) => a.technique === t).length < 30) err(`technique ${t} < 30 payloads`);
for (const f of FAMILIES) if (!looks.some((a) => a.technique === f)) err(`family ${f} empty`);
if (FAMILIES.length < 20) err('fewer than 20 look-alike families');
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) if (records.filter((x) => x.rec.family === 'harmful' && x.rec.technique === c && x.rec.label === l).length !== 12) err(`harmful ${c}/${l} != 12`);
const all = records.map((x) => x.rec);
const nonEn = all.filter((x) => NONEN(x.lang)).length / all.length;
if (nonEn < 0.5) err(`non-English share ${nonEn}`);
if (new Set(all.map((x) => x.lang)).size < 18) err('fewer than 18 languages');
// label independence of carriers (injection short records)
const dist = (label) => { const recs = records.filter((x) => x.kind === 'short' && x.rec.family === 'injection' && x.rec.label === label); const o = {}; for (const x of recs) o[x.rec.carrier] = (o[x.rec.carrier] || 0) + 1 / recs.length; return o; };
const da = dist('attack'), db = dist('benign');
const maxDiff = Math.max(...CARRIER_NAMES.map((c) => Math.abs((da[c] || 0) - (db[c] || 0))));
if (maxDiff > 0.02) err(`carrier proportions differ by label (${maxDiff.toFixed(3)})`);

if (errors.length) { console.error('VALIDATION FAILED — nothing written'); for (const e of errors) console.error(' - ' + e); process.exit(1); }

const out = join(dirname(fileURLToPath(import.meta.url)), 'blind20a.jsonl');
writeFileSync(out, all.map((x) => JSON.stringify(x)).join('\n') + '\n');

// ------------------------------- composition -------------------------------
const count = (arr, key) => arr.reduce((o, x) => ((o[key(x)] = (o[key(x)] || 0) + 1), o), {});
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
const inj = all.filter((x) => x.family === 'injection'), harm = all.filter((x) => x.family === 'harmful');
console.log(`blind20a: ${all.length} records written to ${out}`);
console.log(`injection attacks: ${attacks.length} payloads x 2 carriers + ${LONG_DOCS.length} long = ${inj.filter((x) => x.label === 'attack').length} records`);
console.log(`  per technique (records): ${fmt(count(inj.filter((x) => x.label === 'attack'), (x) => x.technique))}`);
console.log(`injection look-alikes: ${looks.length} texts x 2 carriers + ${LONG_DOCS.length} long = ${inj.filter((x) => x.label === 'benign').length} records`);
console.log(`  per family (records): ${fmt(count(inj.filter((x) => x.label === 'benign'), (x) => x.technique))}`);
console.log(`harmful: ${harm.length} records; per category: ${CATEGORIES.map((c) => `${c} ${harm.filter((x) => x.technique === c && x.label === 'attack').length}+${harm.filter((x) => x.technique === c && x.label === 'benign').length}`).join(', ')}`);
console.log(`languages (${new Set(all.map((x) => x.lang)).size}): ${fmt(count(all, (x) => x.lang))}`);
console.log(`non-English share: ${(100 * nonEn).toFixed(1)}%  (attacks ${(100 * inj.filter((x) => x.label === 'attack' && x.lang !== 'en').length / inj.filter((x) => x.label === 'attack').length).toFixed(1)}%, look-alikes ${(100 * inj.filter((x) => x.label === 'benign' && x.lang !== 'en').length / inj.filter((x) => x.label === 'benign').length).toFixed(1)}%, harmful ${(100 * harm.filter((x) => x.lang !== 'en').length / harm.length).toFixed(1)}%)`);
console.log(`carriers attack: ${fmt(count(inj.filter((x) => x.label === 'attack'), (x) => x.carrier))}`);
console.log(`carriers benign: ${fmt(count(inj.filter((x) => x.label === 'benign'), (x) => x.carrier))}`);
console.log(`max carrier-share difference attack vs look-alike: ${maxDiff.toFixed(4)}`);
console.log(`long docs: ${records.filter((x) => x.kind === 'long').length} (${LONG_DOCS.length} attack + ${LONG_DOCS.length} look-alike); padded 800+ with text in middle: ${records.filter((x) => x.pad).length}; records >= 800 chars: ${all.filter((x) => x.fields.join('\n').length >= 800).length} of ${all.length}`);
console.log(`split records: ${records.filter((x) => x.item.parts.length > 1).length} (attack ${records.filter((x) => x.item.parts.length > 1 && x.rec.label === 'attack').length}, look-alike ${records.filter((x) => x.item.parts.length > 1 && x.rec.label === 'benign').length})`);
console.log(`encoded records: ${records.filter((x) => x.item.enc).length} (attack ${records.filter((x) => x.item.enc && x.rec.label === 'attack').length}, benign real data ${records.filter((x) => x.item.enc && x.rec.label === 'benign').length}); schemes: ${fmt(count(records.filter((x) => x.item.enc), (x) => x.item.enc.scheme))}`);
console.log(`code-switched records: ${all.filter((x) => x.method.includes('code_switched')).length}`);
