#!/usr/bin/env node
// blind18a held-out set: generator + validator (deterministic, Node built-ins only).
// Usage: node test/eval/injection/blind18a_generate.mjs
// Builds every record in memory, validates all of them, and only then writes blind18a.jsonl.
// On any violation it prints the problems and exits 1 without writing anything.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { CARRIERS, CARRIER_NAMES, mulberry32 } from './blind18a_carriers.mjs';
import * as ATT from './blind18a_attacks.mjs';
import { lookalikes } from './blind18a_lookalikes.mjs';
import { harmful } from './blind18a_harmful.mjs';
import { longDocs } from './blind18a_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind18a.jsonl');
const SPLIT = 'blind18a';
const SEED = 0x18a2026;
const rng = mulberry32(SEED);

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = Object.keys(lookalikes);
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv', 'es-en', 'hi-en'];
const SCHEMES = ['base64', 'hex', 'rot13', 'url', 'html_entities', 'u_escape', 'reversed', 'leet', 'tag_chars', 'zero_width'];

// ---------------------------------------------------------------- encodings
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
function encode(scheme, s, full) {
  switch (scheme) {
    case 'base64': return Buffer.from(s, 'utf8').toString('base64');
    case 'hex': return Buffer.from(s, 'utf8').toString('hex');
    case 'rot13': return rot13(s);
    case 'url': return encodeURIComponent(s);
    case 'html_entities': return [...s].map((c) => (full || /[&<>"'\u0080-\u{10ffff}]/u.test(c)) ? `&#x${c.codePointAt(0).toString(16)};` : c).join('');
    case 'u_escape': return [...s].map((c) => (full || c.charCodeAt(0) > 0x7e) ? c.split('').map((u) => '\\u' + u.charCodeAt(0).toString(16).padStart(4, '0')).join('') : c).join('');
    case 'reversed': return [...s].reverse().join('');
    case 'leet': return s.replace(/[aeiost]/gi, (c) => LEET[c.toLowerCase()]);
    case 'tag_chars': return [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    case 'zero_width': return [...s].map((c, i) => c + (c === ' ' ? '' : ZW[i % ZW.length])).join('');
    default: throw new Error('unknown scheme ' + scheme);
  }
}
function decode(scheme, e) {
  switch (scheme) {
    case 'base64': return Buffer.from(e, 'base64').toString('utf8');
    case 'hex': return Buffer.from(e, 'hex').toString('utf8');
    case 'rot13': return rot13(e);
    case 'url': return decodeURIComponent(e);
    case 'html_entities': return e.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d));
    case 'u_escape': return e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    case 'reversed': return [...e].reverse().join('');
    case 'leet': return e.replace(/[0-9]/g, (d) => UNLEET[d] ?? d);
    case 'tag_chars': return [...e].filter((c) => c.codePointAt(0) >= 0xe0000 && c.codePointAt(0) <= 0xe007f).map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('');
    case 'zero_width': return e.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
    default: throw new Error('unknown scheme ' + scheme);
  }
}
const normForCompare = (scheme, s) => (scheme === 'leet' ? s.toLowerCase() : s);

// ---------------------------------------------------------------- normalise items
// item: {lang, text} | {lang, parts:[a,b]} with optional enc {scheme, plain, encoded}
function norm(entry, isAttack) {
  if (Array.isArray(entry)) {
    if (entry.length === 3) return { lang: entry[0], parts: [entry[1], entry[2]] };
    return { lang: entry[0], text: entry[1] };
  }
  const encoded = encode(entry.scheme, entry.plain, isAttack);
  return { lang: entry.lang, text: entry.wrap.replace('{E}', () => encoded), enc: { scheme: entry.scheme, plain: entry.plain, encoded } };
}

const attackItems = [];
for (const t of TECHNIQUES) for (const e of ATT[t]) attackItems.push({ technique: t, ...norm(e, true) });
const benignItems = [];
for (const f of FAMILIES) for (const e of lookalikes[f]) benignItems.push({ technique: f, ...norm(e, false) });

// ---------------------------------------------------------------- carrier rotation (label-blind)
// A fixed shuffle of the carriers; the j-th short text of EITHER label gets the same carrier
// pair, and the k-th record of either label gets the same padding decision.
const order = [...CARRIER_NAMES];
for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
const N = order.length;
const carrierPair = (j) => [order[j % N], order[(j + 1 + (Math.floor(j / N) % (N - 1))) % N]];

const records = [];
const meta = []; // parallel array: validator-only info
const counters = {};
function makeId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  counters[k] = (counters[k] || 0) + 1;
  return `${SPLIT}-${k}-${String(counters[k]).padStart(4, '0')}`;
}
function push(rec, m) { records.push({ id: makeId(rec.family, rec.label, rec.technique), split: SPLIT, ...rec }); meta.push(m); }

function wrapShort(item, carrierName, pad) {
  const c = CARRIERS[carrierName];
  // padded records: raise the filler level until the record reaches 800+ characters
  for (let level = pad ? 1 : 0; ; level++) {
    const head = c.head(rng, level);
    const tail = c.tail(rng, level);
    const fields = item.parts ? [head + c.embed(item.parts[0]), c.embed(item.parts[1]) + tail] : [head + c.embed(item.text) + tail];
    if (!pad || fields.join('\n').length >= 820 || level >= 4) return fields;
  }
}

function emitShort(items, family, label) {
  let recNo = 0;
  items.forEach((item, j) => {
    for (const carrier of carrierPair(j)) {
      const pad = recNo++ % 3 === 0;
      const fields = wrapShort(item, carrier, pad);
      push({ family, label, technique: item.technique, lang: item.lang, carrier, fields,
        source: 'blind18a hand-written', method: `hand-written text in ${carrier} carrier${pad ? ', padded (text mid-document)' : ''}${item.enc ? `, encoded:${item.enc.scheme}` : ''}${item.parts ? ', split across two fields' : ''}` },
      { kind: 'short', item, key: `${family}|${label}|${j}`, carrier, pad, embed: CARRIERS[carrier].embed });
    }
  });
}
emitShort(attackItems, 'injection', 'attack');
emitShort(benignItems, 'injection', 'benign');

// ---------------------------------------------------------------- long documents
longDocs.forEach((d, i) => {
  for (const label of ['attack', 'benign']) {
    const raw = label === 'attack' ? d.attack : d.lookalike;
    const item = typeof raw === 'string' ? { text: raw } : Array.isArray(raw) ? { parts: raw } : norm({ lang: d.lang, ...raw }, label === 'attack');
    const before = d.before.join('\n\n') + '\n\n';
    const after = '\n\n' + d.after.join('\n\n');
    const fields = item.parts ? [before + item.parts[0], item.parts[1] + after] : [before + item.text + after];
    push({ family: 'injection', label, technique: label === 'attack' ? d.technique : d.family, lang: d.lang, carrier: d.carrier, fields,
      source: 'blind18a hand-written', method: `long document #${i + 1} (${label === 'attack' ? 'attack' : 'look-alike'} buried mid-document)${item.enc ? `, encoded:${item.enc.scheme}` : ''}${item.parts ? ', split across two fields' : ''}` },
    { kind: 'long', item, before, after, doc: i });
  }
});

// ---------------------------------------------------------------- harmful
CATEGORIES.forEach((cat, ci) => {
  for (const label of ['attack', 'benign']) {
    harmful[cat][label].forEach((e, i) => {
      const item = norm(e, false);
      const carrier = order[(i + ci * 5) % N];
      const pad = i % 3 === 0;
      const fields = wrapShort(item, carrier, pad);
      push({ family: 'harmful', label, technique: cat, lang: item.lang, carrier, fields, source: 'blind18a hand-written',
        method: `hand-written ${label === 'attack' ? 'request/solicitation/threat (no instructions)' : 'benign counterpart'} in ${carrier} carrier${pad ? ', padded' : ''}` },
      { kind: 'harmful', item, carrier, pad, embed: CARRIERS[carrier].embed });
    });
  }
});

// ---------------------------------------------------------------- validation
const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const ALLOWED_HOST = (h) => /\.(example|test|invalid)$/i.test(h) || !h.includes('.');
const REAL_TLD = /\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|ru|cn|de|fr|uk|info|biz|xyz|app|dev|ai|us|eu|jp|br|in|me|ly|gg))\b/gi;
function hostProblems(text) {
  const bad = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)\]\\?#:]+)/gi)) if (!ALLOWED_HOST(m[1].replace(/\.+$/, ''))) bad.push(m[1]);
  for (const m of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) if (!ALLOWED_HOST(m[1])) bad.push(m[1]);
  for (const m of text.matchAll(REAL_TLD)) if (!/\.(example|test|invalid)\b/i.test(m[1])) bad.push(m[1]);
  return bad;
}
function decodedRuns(text) {
  const out = [];
  for (const m of text.matchAll(/[A-Za-z0-9+/]{16,}={0,2}/g)) {
    const d = Buffer.from(m[0], 'base64').toString('utf8');
    if (!d.includes('\ufffd') && !/[\x00-\x08\x0e-\x1f]/.test(d)) out.push(d);
  }
  for (const m of text.matchAll(/\b(?:[0-9a-f]{2}){8,}\b/gi)) {
    const d = Buffer.from(m[0], 'hex').toString('utf8');
    if (!d.includes('\ufffd')) out.push(d);
  }
  return out;
}

const KNOWN = new Set([...TECHNIQUES, ...FAMILIES, ...CATEGORIES]);
const ids = new Set();
const shortSeen = new Map();
records.forEach((r, k) => {
  const m = meta[k];
  for (const f of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof r[f] !== 'string' || !r[f].trim()) err(r.id, `empty field ${f}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) err(r.id, 'fields must be non-empty strings');
  if (r.split !== SPLIT) err(r.id, 'bad split');
  if (!['injection', 'harmful'].includes(r.family)) err(r.id, 'unknown family');
  if (!['attack', 'benign'].includes(r.label)) err(r.id, 'unknown label');
  if (!KNOWN.has(r.technique)) err(r.id, 'unknown technique');
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) err(r.id, 'attack technique not in technique list');
  if (r.family === 'injection' && r.label === 'benign' && !FAMILIES.includes(r.technique)) err(r.id, 'benign technique not a look-alike family');
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) err(r.id, 'unknown harmful category');
  if (!CARRIERS[r.carrier]) err(r.id, 'unknown carrier');
  if (!LANGS.includes(r.lang)) err(r.id, 'unknown language');
  const re = new RegExp(`^${SPLIT}-${r.family}-${r.label}-${r.technique}-\\d{4}$`);
  if (!re.test(r.id)) err(r.id, 'id does not follow blind18a-<family>-<label>-<technique>-NNNN');
  if (ids.has(r.id)) err(r.id, 'duplicate id'); ids.add(r.id);
  // hosts (raw, decoded runs in each field and across the joined fields, and declared encodings)
  const joined = r.fields.join('\n');
  const texts = [joined, ...decodedRuns(joined), ...decodedRuns(r.fields.join(''))];
  if (m.item.enc) texts.push(m.item.enc.plain);
  for (const t of texts) for (const h of hostProblems(t)) err(r.id, `host not under .example/.test/.invalid: ${h}`);
  // encodings
  if (m.item.enc) {
    const { scheme, plain, encoded } = m.item.enc;
    if (!SCHEMES.includes(scheme)) err(r.id, 'unknown encoding scheme');
    if (normForCompare(scheme, decode(scheme, encoded)) !== normForCompare(scheme, plain)) err(r.id, `encoding ${scheme} does not decode back to its plaintext`);
    if (encoded === plain) err(r.id, 'encoded form equals plaintext');
    // escaping a substring receives inside the carrier (no outer quotes/indent of a whole cell)
    const sub = r.carrier === 'csv' && m.kind !== 'long' ? (x) => x.replace(/"/g, '""') : r.carrier === 'config_yaml' && m.kind !== 'long' ? (x) => x.replace(/\n/g, '\n  ') : (m.embed || ((x) => x));
    const emb = sub(encoded);
    if (!joined.includes(emb)) err(r.id, `encoded payload not found in fields (${r.carrier})`);
  }
  // split parts in separate fields
  if (m.item.parts) {
    const [a, b] = m.item.parts;
    const e = m.embed || ((s) => s);
    if (r.fields.length < 2) err(r.id, 'split record needs two fields');
    else {
      if (!r.fields[0].includes(e(a)) || !r.fields[1].includes(e(b))) err(r.id, 'split parts not in their own fields');
      if (r.fields[0].includes(e(b)) || r.fields[1].includes(e(a))) err(r.id, 'split parts share a field');
    }
    if (!['split_payload', 'split_lookalike'].includes(r.technique) && m.kind === 'short') err(r.id, 'two-part text outside split family');
  } else if (['split_payload', 'split_lookalike'].includes(r.technique)) err(r.id, 'split technique without two parts');
  // position / length
  const total = r.fields.join('\n').length;
  if (m.kind === 'long') {
    if (total < 1500) err(r.id, `long document only ${total} chars`);
    const start = m.before.length;
    const end = total - m.after.length;
    if (start / total < 0.25 || end / total > 0.8) err(r.id, `inserted text not in the middle (${(start / total).toFixed(2)}-${(end / total).toFixed(2)})`);
  } else {
    const emb = m.item.parts ? m.embed(m.item.parts[0]) : m.embed(m.item.text);
    if (!r.fields[0].includes(emb)) err(r.id, 'text not found in carrier output');
    if (m.pad) {
      if (total < 800) err(r.id, `padded record only ${total} chars`);
      const start = joined.indexOf(emb);
      const end = m.item.parts ? joined.indexOf(m.embed(m.item.parts[1])) + m.embed(m.item.parts[1]).length : start + emb.length;
      if (start / total < 0.15 || end / total > 0.85) err(r.id, `padded text not mid-document (${(start / total).toFixed(2)}-${(end / total).toFixed(2)})`);
    }
  }
  if (m.kind === 'short') { const s = shortSeen.get(m.key) || []; s.push(r.carrier); shortSeen.set(m.key, s); }
});
for (const [key, cs] of shortSeen) if (cs.length !== 2 || cs[0] === cs[1]) errors.push(`${key}: short injection text must appear in exactly two different carriers (got ${cs.join(',')})`);
// per-technique / per-family / per-category minimums
for (const t of TECHNIQUES) { const n = attackItems.filter((x) => x.technique === t).length; if (n < 30) errors.push(`technique ${t}: only ${n} payloads (< 30)`); }
if (FAMILIES.length < 20) errors.push(`only ${FAMILIES.length} look-alike families (< 20)`);
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) { const n = records.filter((r) => r.family === 'harmful' && r.technique === c && r.label === l).length; if (n !== 12) errors.push(`harmful ${c}/${l}: ${n} records (need 12)`); }
if (longDocs.length !== 15) errors.push(`need 15 long documents, have ${longDocs.length}`);
// carriers: same proportions for attacks and look-alikes (label-blind rotation) — check spread
const cc = (label) => { const o = {}; records.filter((r) => r.family === 'injection' && r.label === label && meta[records.indexOf(r)].kind === 'short').forEach((r) => { o[r.carrier] = (o[r.carrier] || 0) + 1; }); return o; };
const ca = cc('attack'); const cb = cc('benign');
const totA = Object.values(ca).reduce((a, b) => a + b, 0); const totB = Object.values(cb).reduce((a, b) => a + b, 0);
for (const c of CARRIER_NAMES) { const pa = (ca[c] || 0) / totA; const pb = (cb[c] || 0) / totB; if (Math.abs(pa - pb) > 0.02) errors.push(`carrier ${c}: attack share ${pa.toFixed(3)} vs benign share ${pb.toFixed(3)}`); }
// languages
const langCount = {};
records.forEach((r) => { langCount[r.lang] = (langCount[r.lang] || 0) + 1; });
const baseLangs = new Set(Object.keys(langCount).flatMap((l) => l.split('-')));
if (baseLangs.size < 18) errors.push(`only ${baseLangs.size} languages (< 18)`);
const nonEn = records.filter((r) => r.lang !== 'en').length;
if (nonEn / records.length < 0.5) errors.push(`non-English share ${(nonEn / records.length).toFixed(3)} < 0.5`);

if (errors.length) {
  console.error(`blind18a: ${errors.length} validation error(s); nothing written.`);
  for (const e of errors.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}

// ---------------------------------------------------------------- write + composition
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const count = (pred) => records.filter(pred).length;
const tally = (pred, key) => { const o = {}; records.filter(pred).forEach((r) => { const k = key(r); o[k] = (o[k] || 0) + 1; }); return o; };
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
const isLong = (r) => meta[records.indexOf(r)].kind === 'long';
console.log(`blind18a: wrote ${records.length} records to ${OUT}`);
console.log(`injection attacks: ${count((r) => r.family === 'injection' && r.label === 'attack')} records (${attackItems.length} payloads x 2 carriers + ${longDocs.length} long)`);
console.log(`  per technique: ${fmt(tally((r) => r.family === 'injection' && r.label === 'attack', (r) => r.technique))}`);
console.log(`injection look-alikes: ${count((r) => r.family === 'injection' && r.label === 'benign')} records (${benignItems.length} texts in ${FAMILIES.length} families x 2 carriers + ${longDocs.length} long)`);
console.log(`  per family: ${fmt(tally((r) => r.family === 'injection' && r.label === 'benign', (r) => r.technique))}`);
console.log(`harmful: ${count((r) => r.family === 'harmful')} records`);
for (const c of CATEGORIES) console.log(`  ${c}: attack ${count((r) => r.family === 'harmful' && r.technique === c && r.label === 'attack')}, benign ${count((r) => r.family === 'harmful' && r.technique === c && r.label === 'benign')}`);
console.log(`per language (${Object.keys(langCount).length} tags, ${baseLangs.size} languages; non-English ${nonEn}/${records.length} = ${(100 * nonEn / records.length).toFixed(1)}%): ${fmt(langCount)}`);
console.log(`per carrier: ${fmt(tally(() => true, (r) => r.carrier))}`);
console.log(`long documents (1500+ chars): ${count(isLong)}; records 800+ chars: ${count((r) => r.fields.join('\n').length >= 800)} of ${records.length}`);
console.log(`split across fields: ${count((r) => r.fields.length > 1)} (attack ${count((r) => r.fields.length > 1 && r.label === 'attack')}, benign ${count((r) => r.fields.length > 1 && r.label === 'benign')})`);
console.log(`encoded: ${count((r) => meta[records.indexOf(r)].item.enc)} (attack ${count((r) => meta[records.indexOf(r)].item.enc && r.label === 'attack')}, benign ${count((r) => meta[records.indexOf(r)].item.enc && r.label === 'benign')}); schemes: ${fmt(tally((r) => meta[records.indexOf(r)].item.enc, (r) => meta[records.indexOf(r)].item.enc.scheme))}`);
