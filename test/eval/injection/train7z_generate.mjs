// train7z generator + validator (deterministic). Usage: node test/eval/injection/train7z_generate.mjs
// Writes train7z.jsonl next to this file only if every check passes; otherwise prints the violations and exits 1.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_ESC, esc, wrap, FILLER } from './train7z_carriers.mjs';
import * as A from './train7z_attacks_a.mjs';
import * as B from './train7z_attacks_b.mjs';
import { lookalikes } from './train7z_lookalikes.mjs';
import { harmful } from './train7z_harmful.mjs';
import { longDocs } from './train7z_long.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, 'train7z.jsonl');
const SPLIT = 'train7z';

// ---------- PRNG (mulberry32, fixed seed) ----------
function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const rng = mulberry32(0x7a7a2026);

// ---------- encodings ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const ZW0 = '\u200b', ZW1 = '\u200c';
export const ENCODERS = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  html: (s) => [...s].map((c) => '&#x' + c.codePointAt(0).toString(16) + ';').join(''),
  uescape: (s) => [...Array(s.length).keys()].map((i) => '\\u' + s.charCodeAt(i).toString(16).padStart(4, '0')).join(''),
  reversed: (s) => [...s].reverse().join(''),
  leet: (s) => s.toLowerCase().replace(/[aeiost]/g, (c) => LEET[c]),
  tag: (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''),
  zw: (s) => [...Buffer.from(s, 'utf8')].map((b) => b.toString(2).padStart(8, '0').replace(/0/g, ZW0).replace(/1/g, ZW1)).join(''),
};
export const DECODERS = {
  base64: (e) => Buffer.from(e, 'base64').toString('utf8'),
  hex: (e) => Buffer.from(e, 'hex').toString('utf8'),
  rot13,
  url: (e) => decodeURIComponent(e),
  html: (e) => e.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))),
  uescape: (e) => e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))),
  reversed: (e) => [...e].reverse().join(''),
  leet: (e) => e.replace(/[0134567]/g, (d) => UNLEET[d] ?? d),
  tag: (e) => [...e].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join(''),
  zw: (e) => { const bits = e.replace(new RegExp(ZW0, 'g'), '0').replace(new RegExp(ZW1, 'g'), '1'); const bytes = []; for (let i = 0; i < bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2)); return Buffer.from(bytes).toString('utf8'); },
};
const FOLLOW = /decod|follow|obey|act on|backwards|cumpra|выполни|hazlo|exécuter|applic|수행|実行|jalankan|पालन|виконай|Render these/i;
const expectedDecoded = (enc, plain) => (enc === 'leet' ? plain.toLowerCase() : plain);

// ---------- vocabularies ----------
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = Object.keys(lookalikes);
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const BASE_LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv'];
const LANGS = [...BASE_LANGS, 'es-en', 'hi-en', 'it-en'];
const ALLOWED_HOST = /(\.example|\.test|\.invalid)$/i;

// ---------- build ----------
const records = []; // {rec, meta}
const counters = new Map();
function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  const n = (counters.get(k) || 0) + 1;
  counters.set(k, n);
  return `${SPLIT}-${k}-${String(n).padStart(4, '0')}`;
}
// label-independent carrier pair: the j-th text of a stream gets carriers j%17 and a shifted one
function carrierPair(j) {
  const c1 = j % CARRIERS.length;
  const off = 1 + ((Math.floor(j / CARRIERS.length) + 5) % (CARRIERS.length - 1));
  return [CARRIERS[c1], CARRIERS[(c1 + off) % CARRIERS.length]];
}
function materialize(item) {
  // returns {lang, parts, enc?}
  if (Array.isArray(item)) {
    const [lang, t] = item;
    return { lang, parts: Array.isArray(t) ? t : [t] };
  }
  const encoded = ENCODERS[item.enc](item.plain);
  const text = item.wrap ? item.wrap.replace('{E}', encoded) : encoded;
  return { lang: item.lang, parts: [text], enc: { name: item.enc, plain: item.plain, encoded, wrapped: !!item.wrap, wrapText: item.wrap || '' } };
}
function addShort(stream, family, label, technique, item, key) {
  const m = materialize(item);
  const j = stream.n++;
  for (const carrier of carrierPair(j)) {
    const padded = rng() < 0.34;
    const fields = wrap(carrier, m.parts, rng, { pad: padded });
    const method = m.enc ? `encoded:${m.enc.name}${m.enc.wrapped ? '+wrapper' : ''}` : m.parts.length > 1 ? 'split-fields' : padded ? 'padded-middle' : 'short';
    records.push({
      rec: { id: nextId(family, label, technique), split: SPLIT, family, label, technique, lang: m.lang, carrier, fields, source: 'handwritten-train7z', method: padded && m.enc ? method + '+padded' : method },
      meta: { key, parts: m.parts, enc: m.enc, kind: 'short', padded },
    });
  }
}
const attackStream = { n: 0 };
const benignStream = { n: 0 };
const harmStream = { n: 0 };
const ATTACKS = { ...A, ...B };
for (const t of TECHNIQUES) ATTACKS[t].forEach((it, i) => addShort(attackStream, 'injection', 'attack', t, it, `atk:${t}:${i}`));
for (const f of FAMILIES) lookalikes[f].forEach((it, i) => addShort(benignStream, 'injection', 'benign', f, it, `ben:${f}:${i}`));
for (const c of CATEGORIES) for (const label of ['attack', 'benign']) harmful[c][label].forEach((it, i) => addShort(harmStream, 'harmful', label, c, it, `harm:${c}:${label}:${i}`));

// long documents: the same 15 shells, one with an attack buried in the middle, one with a look-alike in the same spot
const LONG_TECH = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'jailbreak', 'encoded_payload'];
const LONG_FAM = FAMILIES.filter((f) => f !== 'split_lookalike');
function padTo(text, n, start) {
  let out = text; let k = start;
  while (out.length < n) { out += ' ' + FILLER[k % FILLER.length]; k += 7; }
  return out;
}
longDocs.forEach((doc, i) => {
  const t = LONG_TECH[i % LONG_TECH.length];
  const atkItem = ATTACKS[t][(i * 5 + 3) % ATTACKS[t].length];
  const f = LONG_FAM[i % LONG_FAM.length];
  const benItem = lookalikes[f][(i * 3 + 1) % lookalikes[f].length];
  const before = padTo(doc.before, 780, i);
  const after = padTo(doc.after, 780, i + 3);
  for (const [label, tech, item] of [['attack', t, atkItem], ['benign', f, benItem]]) {
    const m = materialize(item);
    const body = `${before}\n\n${m.parts[0]}\n\n${after}`;
    const fields = wrap(doc.carrier, [body], rng, { pad: false });
    records.push({
      rec: { id: nextId('injection', label, tech), split: SPLIT, family: 'injection', label, technique: tech, lang: m.lang, carrier: doc.carrier, fields, source: 'handwritten-train7z', method: 'long-buried' + (m.enc ? `+encoded:${m.enc.name}` : '') },
      meta: { key: `long:${i}:${label}`, parts: m.parts, enc: m.enc, kind: 'long', doc: i },
    });
  }
});

// ---------- validate ----------
const errors = [];
const err = (id, msg) => { if (errors.length < 200) errors.push(`${id}: ${msg}`); };
const ID_RE = /^train7z-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const seen = new Set();
const hostRe = /\b(?:https?|ftp|wss?):\/\/([^\/\s"'<>)\]\\?#:。，]+)/gi;
const mailRe = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g;
const bareRe = /\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|ru|cn|de|fr|es|br|jp|kr|uk|info|biz|xyz|gov|edu|me|ly|gg)\b/gi;
function checkHosts(id, s) {
  for (const m of s.matchAll(hostRe)) { const h = m[1].toLowerCase().replace(/\.+$/, ''); if (h.includes('.') && !ALLOWED_HOST.test(h)) err(id, `host not allowed: ${h}`); }
  for (const m of s.matchAll(mailRe)) { const h = m[1].toLowerCase(); if (h.includes('.') && !ALLOWED_HOST.test(h)) err(id, `mail domain not allowed: ${h}`); }
  for (const m of s.matchAll(bareRe)) err(id, `bare domain with real TLD: ${m[0]}`);
}
const byKey = new Map();
for (const { rec, meta } of records) {
  const id = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof rec[k] !== 'string' || !rec[k].trim()) err(id, `empty field ${k}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) err(id, 'fields must be non-empty strings');
  if (rec.split !== SPLIT) err(id, 'split');
  if (seen.has(id)) err(id, 'duplicate id'); seen.add(id);
  const m = ID_RE.exec(id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(id, 'id does not follow train7z-<family>-<label>-<technique>-NNNN');
  if (!CARRIERS.includes(rec.carrier)) err(id, 'unknown carrier');
  if (!LANGS.includes(rec.lang)) err(id, 'unknown lang ' + rec.lang);
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) err(id, 'unknown technique');
  if (rec.family === 'injection' && rec.label === 'benign' && !FAMILIES.includes(rec.technique)) err(id, 'unknown look-alike family');
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) err(id, 'unknown category');
  if (!['injection', 'harmful'].includes(rec.family) || !['attack', 'benign'].includes(rec.label)) err(id, 'family/label');
  const joined = rec.fields.join('\n');
  // hosts are checked on the visible text; an encoded string is checked through its decoded plain text below
  checkHosts(id, meta.enc ? joined.split(esc[CARRIER_ESC[rec.carrier]](meta.enc.encoded)).join(' ') : joined);
  const e = esc[CARRIER_ESC[rec.carrier]];
  // every part present, each in its own field
  const fieldIdx = meta.parts.map((p) => rec.fields.findIndex((f) => f.includes(e(p))));
  if (fieldIdx.some((x) => x < 0)) err(id, 'payload text not found in fields');
  if (meta.parts.length > 1) {
    if (new Set(fieldIdx).size !== meta.parts.length) err(id, 'split parts share a field');
    for (const f of rec.fields) if (meta.parts.every((p) => f.includes(e(p)))) err(id, 'a field holds every split part');
  }
  if ((rec.technique === 'split_payload' || rec.technique === 'split_lookalike') && meta.parts.length < 2) err(id, 'split record with one part');
  // encodings: decode and compare, check hosts in decoded text
  if (meta.enc) {
    const dec = DECODERS[meta.enc.name](meta.enc.encoded);
    if (dec !== expectedDecoded(meta.enc.name, meta.enc.plain)) err(id, `decode mismatch (${meta.enc.name})`);
    if (!joined.includes(e(meta.enc.encoded))) err(id, 'encoded string not in fields');
    if (meta.enc.encoded === meta.enc.plain) err(id, 'encoding is identity');
    checkHosts(id, meta.enc.plain);
  }
  // long docs / padded: text in the middle
  if (meta.kind === 'long' || meta.padded) {
    const pos = joined.indexOf(e(meta.parts[0]));
    const mid = (pos + e(meta.parts[0]).length / 2) / joined.length;
    if (meta.kind === 'long' && joined.length < 1500) err(id, 'long doc shorter than 1500 chars');
    if (meta.padded && joined.length < 800) err(id, 'padded record shorter than 800 chars');
    if (!(mid > 0.25 && mid < 0.75)) err(id, `text not in the middle (${mid.toFixed(2)})`);
  }
  if (meta.kind === 'short') { if (!byKey.has(meta.key)) byKey.set(meta.key, []); byKey.get(meta.key).push(rec.carrier); }
}
for (const [k, cs] of byKey) if (cs.length !== 2 || cs[0] === cs[1]) err(k, 'short text must appear in exactly two different carriers');
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) if (harmful[c][l].length !== 12) err(c, `harmful ${l} count ${harmful[c][l].length} != 12`);
for (const t of TECHNIQUES) if (ATTACKS[t].length < 30) err(t, `only ${ATTACKS[t].length} payloads`);
const L = records.map((r) => r.rec);
const nonEn = (rs) => rs.filter((r) => r.lang !== 'en').length / rs.length;
if (nonEn(L) < 0.5) err('lang', 'non-English share < 50%');
const atk = L.filter((r) => r.family === 'injection' && r.label === 'attack');
const ben = L.filter((r) => r.family === 'injection' && r.label === 'benign');
if (nonEn(atk) < 0.6) err('lang', 'non-English attack share < 60%');
const baseLangs = new Set(L.flatMap((r) => r.lang.split('-')));
if (baseLangs.size < 18) err('lang', `only ${baseLangs.size} languages`);
// carrier proportions must not depend on label
const share = (rs, c) => rs.filter((r) => r.carrier === c).length / rs.length;
for (const c of CARRIERS) if (Math.abs(share(atk, c) - share(ben, c)) > 0.03) err(c, `carrier share differs by label: ${share(atk, c).toFixed(3)} vs ${share(ben, c).toFixed(3)}`);
const longAtk = records.filter((r) => r.meta.kind === 'long' && r.rec.label === 'attack').length;
if (longAtk !== 15) err('long', `long attack docs ${longAtk} != 15`);

if (errors.length) { console.error(`train7z: ${errors.length} violation(s); nothing written`); for (const e of errors) console.error('  ' + e); process.exit(1); }

fs.writeFileSync(OUT, L.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---------- composition ----------
const count = (rs, f) => { const m = {}; for (const r of rs) { const k = f(r); m[k] = (m[k] || 0) + 1; } return m; };
const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
const uniq = (fam, lab) => { const m = {}; for (const [k] of byKey) { const p = k.split(':'); if (fam === 'atk' && p[0] === 'atk') m[p[1]] = (m[p[1]] || 0) + 1; if (fam === 'ben' && p[0] === 'ben') m[p[1]] = (m[p[1]] || 0) + 1; if (fam === 'harm' && p[0] === 'harm' && p[2] === lab) m[p[1]] = (m[p[1]] || 0) + 1; } return m; };
const harm = L.filter((r) => r.family === 'harmful');
console.log(`train7z: wrote ${L.length} records to ${path.relative(process.cwd(), OUT)}`);
console.log(`injection attacks: ${atk.length} records (${byKey.size && Object.values(uniq('atk')).reduce((a, b) => a + b, 0)} short payloads x 2 carriers + 15 long)`);
console.log(`  payloads per technique: ${fmt(uniq('atk'))}`);
console.log(`  records per technique: ${fmt(count(atk, (r) => r.technique))}`);
console.log(`injection look-alikes: ${ben.length} records (${Object.values(uniq('ben')).reduce((a, b) => a + b, 0)} short texts x 2 carriers + 15 long), ${FAMILIES.length} families`);
console.log(`  texts per family: ${fmt(uniq('ben'))}`);
console.log(`harmful: ${harm.length} records; unique attack texts per category: ${fmt(uniq('harm', 'attack'))}; benign: ${fmt(uniq('harm', 'benign'))}`);
console.log(`  records per category/label: ${fmt(count(harm, (r) => `${r.technique}/${r.label}`))}`);
console.log(`languages (${baseLangs.size} base + code-switched tags): ${fmt(count(L, (r) => r.lang))}`);
console.log(`non-English share: all ${(100 * nonEn(L)).toFixed(1)}%, injection attacks ${(100 * nonEn(atk)).toFixed(1)}%, look-alikes ${(100 * nonEn(ben)).toFixed(1)}%, harmful ${(100 * nonEn(harm)).toFixed(1)}%`);
console.log(`carriers (attack/benign): ${CARRIERS.map((c) => `${c} ${atk.filter((r) => r.carrier === c).length}/${ben.filter((r) => r.carrier === c).length}`).join(', ')}`);
const ml = records.filter((r) => r.meta.kind === 'long').length;
const split = records.filter((r) => r.meta.parts.length > 1);
const enc = records.filter((r) => r.meta.enc);
const big = L.filter((r) => r.fields.join('\n').length >= 800).length;
console.log(`long docs (1500+ chars, text in the middle): ${ml} (${longAtk} attack + ${ml - longAtk} look-alike)`);
console.log(`split records: ${split.length} (attack ${split.filter((r) => r.rec.label === 'attack').length}, look-alike ${split.filter((r) => r.rec.label === 'benign').length})`);
console.log(`encoded records: ${enc.length} (attack ${enc.filter((r) => r.rec.label === 'attack').length}, benign real data ${enc.filter((r) => r.rec.label === 'benign').length}); by encoding: ${fmt(count(enc, (r) => r.meta.enc.name))}; bare (no wrapper) ${enc.filter((r) => !r.meta.enc.wrapped).length}, neutral label/markup wrapper ${enc.filter((r) => r.meta.enc.wrapped && !FOLLOW.test(r.meta.enc.wrapText)).length}, decode-and-follow wrapper ${enc.filter((r) => r.meta.enc.wrapped && FOLLOW.test(r.meta.enc.wrapText)).length}`);
console.log(`records 800+ chars: ${big} of ${L.length} (${(100 * big / L.length).toFixed(1)}%)`);
