#!/usr/bin/env node
// blind17a — held-out evaluation set generator + validator (deterministic, Node 20 built-ins only).
// Usage: node test/eval/injection/blind17a_generate.mjs
// Writes test/eval/injection/blind17a.jsonl only if every validation check passes (exit 1 otherwise).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_FNS, makeFake } from './blind17a_carriers.mjs';
import { ATTACKS_A } from './blind17a_attacks_a.mjs';
import { ATTACKS_B } from './blind17a_attacks_b.mjs';
import { LOOKALIKES } from './blind17a_lookalikes.mjs';
import { HARMFUL } from './blind17a_harmful.mjs';
import { LONG_DOCS } from './blind17a_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind17a.jsonl');
const SPLIT = 'blind17a';
const SEED = 0xB17A17A;

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(SEED);
const fake = makeFake(rng);
const shuffle = (a) => { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; };

// ---------- encodings ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [(s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }), null],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  html_entities: [(s) => [...s].map((c) => `&#x${c.codePointAt(0).toString(16)};`).join(''), (e) => e.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))],
  unicode_escape: [(s) => [...s].map((c) => { const cp = c.codePointAt(0); if (cp > 0xffff) throw new Error('astral in unicode_escape'); return '\\u' + cp.toString(16).padStart(4, '0'); }).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leetspeak: [(s) => s.toLowerCase().replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[431057]/g, (c) => UNLEET[c])],
  unicode_tags: [(s) => [...s].map((c) => { const cp = c.codePointAt(0); if (cp < 0x20 || cp > 0x7e) throw new Error('non-ASCII in unicode_tags'); return String.fromCodePoint(0xE0000 + cp); }).join(''), (e) => [...e].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xE0000)).join('')],
  zero_width: [(s) => [...s].join('\u200D'), (e) => e.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')],
};
ENC.rot13[1] = ENC.rot13[0];
const decodeCheck = (enc, encoded, plain) => {
  const dec = ENC[enc][1](encoded);
  return enc === 'leetspeak' ? dec === plain.toLowerCase() && !/[431057]/.test(plain) : dec === plain;
};

// ---------- known vocabularies ----------
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = Object.keys(LOOKALIKES);
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const BASE_LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv', 'fa'];
const LANGS = new Set([...BASE_LANGS, 'es-en', 'de-en', 'fr-en', 'pt-en', 'it-en', 'ja-en', 'nl-en']);

// ---------- building ----------
const items = []; // {family,label,technique,lang,parts,method,enc?,plain?,encoded?,long?}
function normEntry(family, label, technique, e) {
  if (technique === 'encoded_payload' || technique === 'encoded_data') {
    const [lang, enc, plain, wrapper] = e;
    const encoded = ENC[enc][0](plain);
    return { family, label, technique, lang, parts: [wrapper.replace('{E}', encoded)], method: `encoded:${enc}${/decode|decodif|dekod|расшифр|解码|fك|فكها|decod|Read backwards|Leia de trás/i.test(wrapper) ? '+wrapper' : '+bare'}`, enc, plain, encoded };
  }
  if (technique === 'split_payload' || technique === 'split_lookalike') return { family, label, technique, lang: e[0], parts: [e[1], e[2]], method: 'split' };
  return { family, label, technique, lang: e[0], parts: [e[1]], method: 'plain' };
}
for (const src of [ATTACKS_A, ATTACKS_B]) for (const [t, list] of Object.entries(src)) for (const e of list) items.push(normEntry('injection', 'attack', t, e));
for (const [fam, list] of Object.entries(LOOKALIKES)) for (const e of list) items.push(normEntry('injection', 'benign', fam, e));
for (const [cat, o] of Object.entries(HARMFUL)) for (const label of ['attack', 'benign']) for (const e of o[label]) items.push({ ...normEntry('harmful', label, cat, e), method: 'plain' });

// carrier decks: one per (family,label) group, each cycling uniformly over all carriers,
// so attacks and look-alikes get the same carriers in the same proportions.
const decks = new Map();
function nextCarrier(group, avoid) {
  let d = decks.get(group);
  if (!d || d.pos >= d.list.length) { d = { list: shuffle(CARRIERS), pos: 0 }; decks.set(group, d); }
  let c = d.list[d.pos];
  if (c === avoid) { // swap with the following one (or re-deal)
    if (d.pos + 1 < d.list.length) { [d.list[d.pos], d.list[d.pos + 1]] = [d.list[d.pos + 1], d.list[d.pos]]; c = d.list[d.pos]; }
    else { d.list = shuffle(CARRIERS.filter((x) => x !== avoid)).concat([avoid]); d.pos = 0; c = d.list[0]; }
  }
  d.pos++;
  return c;
}
const padCounters = new Map();
function nextPad(group) { const n = (padCounters.get(group) || 0) + 1; padCounters.set(group, n); return n % 3 === 0; }

const records = [];
let seq = 0;
const idOf = (r) => `${SPLIT}-${r.family}-${r.label}-${r.technique}-${String(++seq).padStart(4, '0')}`;
function emit(it, carrier, pad, extra = {}) {
  let parts = it.parts, cpad = pad;
  if (parts.length === 2 && pad) { // split records: pad outside the two parts, keep them in separate fields
    parts = [`${fake.prose(extra.long ? 620 : 470)}\n\n${parts[0]}`, `${parts[1]}\n\n${fake.prose(extra.long ? 620 : 470)}`]; cpad = false;
  }
  const fields = CARRIER_FNS[carrier](parts, { rng, pad: cpad, fake, padMin: extra.long ? 620 : 0 });
  const rec = { id: '', split: SPLIT, family: it.family, label: it.label, technique: it.technique, lang: it.lang, carrier, fields,
    source: 'hand-written (blind17a)', method: [it.method, pad ? 'padded' : null, extra.long ? 'long' : null].filter(Boolean).join('+') };
  rec.id = idOf(rec);
  records.push({ rec, it, pad, ...extra });
}
for (const it of items) {
  const group = `${it.family}`; // same deck for both labels of a family
  const c1 = nextCarrier(group, null), c2 = nextCarrier(group, c1);
  emit(it, c1, nextPad(group)); emit(it, c2, nextPad(group));
}
// long documents: same doc, same carrier, same spot — attack and look-alike
for (const doc of LONG_DOCS) {
  for (const label of ['attack', 'benign']) {
    const spec = label === 'attack' ? doc.attack : doc.look;
    const tech = spec[0];
    let it;
    if (tech === 'encoded_payload' || tech === 'encoded_data') it = normEntry('injection', label, tech, spec.slice(1));
    else if (spec.length === 3) it = normEntry('injection', label, tech, [doc.lang, spec[1], spec[2]]);
    else it = normEntry('injection', label, tech, [doc.lang, spec[1]]);
    it.lang = doc.lang;
    const before = `${doc.title}\n\n${doc.before.join('\n\n')}\n\n`, after = `\n\n${doc.after.join('\n\n')}`;
    const payload = it.parts;
    const longIt = { ...it, parts: payload.length === 1 ? [before + payload[0] + after] : [before + payload[0], payload[1] + after] };
    emit(longIt, doc.carrier, true, { long: true, payload });
  }
}

// ---------- validation ----------
const errors = [];
const err = (id, m) => errors.push(`${id}: ${m}`);
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
function checkHosts(id, text, what) {
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s?#"'<>)\]`]+)/giu)) {
    const host = m[1].replace(/^.*@/, '').replace(/:\d+$/, '');
    if (host.includes('.') && !ALLOWED_TLD.test(host)) err(id, `${what}: URL host not allowed: ${host}`);
  }
  for (const m of text.matchAll(/[\p{L}\p{N}._+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu)) if (!ALLOWED_TLD.test(m[1])) err(id, `${what}: mail domain not allowed: ${m[1]}`);
  for (const m of text.matchAll(/(?<![\p{L}\p{N}@.\/-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|co|ai|app|info|biz|ru|cn|de|uk|fr|jp|br|in|xyz|me|us|eu|gov|edu))(?![\p{L}\p{N}-])/gu)) err(id, `${what}: bare real-looking domain: ${m[1]}`);
}
const probe = (s) => { const line = s.split('\n').find((l) => l.trim()) || s; return line.trim().slice(0, 24); };
const variants = (p) => [p, JSON.stringify(p).slice(1, -1), p.replace(/"/g, '""')];
const findIn = (hay, p) => { let best = -1; for (const v of variants(p)) { const i = hay.indexOf(v); if (i >= 0 && (best < 0 || i < best)) best = i; } return best; };
const ids = new Set();
const ID_RE = /^blind17a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const byText = new Map();
for (const { rec, it, pad, long, payload } of records) {
  const id = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof rec[k] !== 'string' || !rec[k]) err(id, `empty ${k}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) err(id, 'empty field');
  if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
  const m = id.match(ID_RE);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(id, 'id does not follow rule');
  if (rec.split !== SPLIT) err(id, 'bad split');
  if (!CARRIERS.includes(rec.carrier)) err(id, 'unknown carrier');
  if (!LANGS.has(rec.lang)) err(id, `unknown lang ${rec.lang}`);
  if (rec.family === 'injection') {
    if (rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) err(id, 'unknown technique');
    if (rec.label === 'benign' && !FAMILIES.includes(rec.technique)) err(id, 'unknown look-alike family');
  } else if (rec.family === 'harmful') { if (!CATEGORIES.includes(rec.technique)) err(id, 'unknown category'); }
  else err(id, 'unknown family');
  const joined = rec.fields.join('\n');
  checkHosts(id, joined, 'fields');
  const parts = long ? payload : it.parts;
  // split parts in separate fields
  if (parts.length === 2) {
    const i0 = rec.fields.findIndex((f) => findIn(f, probe(parts[0])) >= 0), i1 = rec.fields.findIndex((f) => findIn(f, probe(parts[1])) >= 0);
    if (i0 < 0 || i1 < 0 || i0 === i1) err(id, `split parts not in separate fields (${i0},${i1})`);
  } else if (findIn(joined, probe(parts[0])) < 0) err(id, `text not found in fields: ${probe(parts[0])}`);
  // encodings
  if (it.enc) {
    if (!decodeCheck(it.enc, it.encoded, it.plain)) err(id, `encoding ${it.enc} does not round-trip`);
    const variants = [it.encoded, JSON.stringify(it.encoded).slice(1, -1), it.encoded.replace(/"/g, '""')];
    if (!variants.some((v) => joined.includes(v))) err(id, 'encoded text not present in fields');
    checkHosts(id, it.plain, 'decoded payload');
    checkHosts(id, ENC[it.enc][1](it.encoded), 'decoded payload');
  }
  // position: padded / long texts sit in the middle
  if (pad || long) {
    const pos = findIn(joined, probe(parts[0]));
    const endPos = findIn(joined, probe(parts[parts.length - 1]));
    const lastLen = parts[parts.length - 1].length;
    const after = joined.length - (endPos + lastLen);
    if (long) { if (joined.length < 1500) err(id, `long doc too short (${joined.length})`); if (pos < 0.25 * joined.length || after < 0.2 * joined.length) err(id, `long text not in the middle (${pos}/${after}/${joined.length})`); }
    else { if (joined.length < 800) err(id, `padded record too short (${joined.length})`); if (pos < 250 || after < 250) err(id, `padded text not in the middle (${pos}/${after}) [${rec.carrier}]`); }
  }
  if (!long) { const key = `${rec.family}|${rec.label}|${rec.technique}|${JSON.stringify(it.parts)}`; if (!byText.has(key)) byText.set(key, []); byText.get(key).push(rec.carrier); }
}
for (const [key, cs] of byText) if (cs.length !== 2 || cs[0] === cs[1]) err(key.slice(0, 80), `short text not in two distinct carriers (${cs.join(',')})`);
// per-set checks
const count = (f) => records.filter(({ rec }) => f(rec)).length;
for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) {
  const n = HARMFUL[cat][label].length; if (n !== 12) errors.push(`harmful ${cat}/${label}: ${n} texts (need 12)`);
}
for (const t of TECHNIQUES) { const n = items.filter((i) => i.label === 'attack' && i.technique === t).length; if (n < 30) errors.push(`technique ${t}: only ${n} payloads`); }
const total = records.length, nonEn = count((r) => r.lang !== 'en');
if (nonEn / total < 0.5) errors.push(`non-English share ${(nonEn / total).toFixed(3)} < 0.5`);
const baseLangs = new Set(records.map(({ rec }) => rec.lang.split('-')[0]));
if (baseLangs.size < 18) errors.push(`only ${baseLangs.size} languages`);
if (LONG_DOCS.length !== 15) errors.push('need 15 long docs');
// carrier proportions must not depend on label (injection): compare shares
const share = (label) => { const recs = records.filter(({ rec, long }) => !long && rec.family === 'injection' && rec.label === label); const o = {}; for (const { rec } of recs) o[rec.carrier] = (o[rec.carrier] || 0) + 1 / recs.length; return o; };
const sa = share('attack'), sb = share('benign');
for (const c of CARRIERS) if (Math.abs((sa[c] || 0) - (sb[c] || 0)) > 0.02) errors.push(`carrier ${c} share differs by label: ${(sa[c] || 0).toFixed(3)} vs ${(sb[c] || 0).toFixed(3)}`);

if (errors.length) { console.error(`VALIDATION FAILED (${errors.length}):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }

// ---------- write + composition ----------
writeFileSync(OUT, records.map(({ rec }) => JSON.stringify(rec)).join('\n') + '\n');
const tally = (f) => { const o = {}; for (const x of records) { const k = f(x); if (k != null) o[k] = (o[k] || 0) + 1; } return o; };
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
const uniq = (f) => new Set(items.filter(f).map((i) => JSON.stringify(i.parts))).size;
console.log(`blind17a: ${total} records -> ${OUT}`);
console.log(`injection attacks: ${count((r) => r.family === 'injection' && r.label === 'attack')} records (${uniq((i) => i.family === 'injection' && i.label === 'attack')} short payloads x 2 carriers + ${LONG_DOCS.length} long)`);
console.log(`injection look-alikes: ${count((r) => r.family === 'injection' && r.label === 'benign')} records (${uniq((i) => i.family === 'injection' && i.label === 'benign')} short texts x 2 carriers + ${LONG_DOCS.length} long)`);
console.log(`harmful: ${count((r) => r.family === 'harmful' && r.label === 'attack')} attack + ${count((r) => r.family === 'harmful' && r.label === 'benign')} benign records (12 + 12 texts per category x 2 carriers)`);
console.log(`per technique (attack records): ${fmt(tally(({ rec }) => (rec.family === 'injection' && rec.label === 'attack' ? rec.technique : null)))}`);
console.log(`per look-alike family: ${fmt(tally(({ rec }) => (rec.family === 'injection' && rec.label === 'benign' ? rec.technique : null)))}`);
console.log(`per harmful category: ${fmt(tally(({ rec }) => (rec.family === 'harmful' ? `${rec.technique}/${rec.label}` : null)))}`);
console.log(`per carrier: ${fmt(tally(({ rec }) => rec.carrier))}`);
console.log(`per language (${baseLangs.size} base languages, non-English ${nonEn}/${total} = ${(100 * nonEn / total).toFixed(1)}%): ${fmt(tally(({ rec }) => rec.lang))}`);
console.log(`long docs: ${count((r) => r.method.includes('long'))} (15 attack + 15 look-alike); padded 800+ with text in middle: ${records.filter((x) => x.pad).length}; records >= 800 chars: ${count((r) => r.fields.join('\n').length >= 800)}`);
console.log(`split (two fields): ${records.filter(({ it, payload }) => (payload || it.parts).length === 2).length}; encoded: ${tally(({ it }) => (it.enc ? (it.label === 'attack' ? 'attack' : 'benign') : null)).attack || 0} attack / ${tally(({ it }) => (it.enc && it.label === 'benign' ? 'b' : null)).b || 0} benign records; encodings: ${fmt(tally(({ it }) => it.enc || null))}`);
