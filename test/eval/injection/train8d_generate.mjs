#!/usr/bin/env node
// train8d: TRAINING round for the prompt-injection and harmful-content detectors.
// Generator + validator. Deterministic (seeded mulberry32). Node 20 built-ins only.
// Usage: node test/eval/injection/train8d_generate.mjs
// Writes train8d.jsonl next to this file only when every check passes; exits 1 otherwise.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, render, ESCAPERS } from './train8d_carriers.mjs';
import * as A from './train8d_attacks_a.mjs';
import * as B from './train8d_attacks_b.mjs';
import { LOOKALIKES } from './train8d_lookalikes.mjs';
import { HARMFUL } from './train8d_harmful.mjs';
import { LONG_DOCS } from './train8d_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train8d.jsonl');
const SPLIT = 'train8d';
const SEED = 0x7d8a2026;

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration',
  'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const ATTACKS = {
  instruction_override: A.instruction_override, role_token: A.role_token,
  hidden_text: A.hidden_text, exfiltration: A.exfiltration, tool_coaxing: B.tool_coaxing,
  encoded_payload: B.encoded_payload, jailbreak: B.jailbreak, split_payload: B.split_payload,
};
const FAMILIES = Object.keys(LOOKALIKES);
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh',
  'ja', 'ko', 'vi', 'id', 'sv', 'es-en', 'hi-en', 'de-en'];
const ENCODINGS = ['base64', 'hex', 'rot13', 'url', 'entities', 'uesc', 'reversed', 'leet', 'tags', 'zw'];

// ---------- PRNG and fake values ----------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(SEED);
const pick = (r, a) => a[Math.floor(r() * a.length)];
const HOST_A = ['collect', 'metrics', 'cdn-assets', 'pixel', 'sync', 'verify-now', 'portal', 'files', 'status', 'relay'];
const HOST_B = ['northwind', 'acme-data', 'blueharbor', 'quickstats', 'lumen-cloud', 'orbitmail', 'tallyhq', 'fernway'];
const TLDS = ['example', 'test', 'invalid'];
const FIRST = ['Dana', 'Rafael', 'Ines', 'Jonas', 'Mei', 'Aiko', 'Omar', 'Priya', 'Lukas', 'Sofia', 'Tomasz', 'Elif', 'Minh', 'Sanna'];
const LAST = ['K.', 'Moreau', 'Example', 'Testa', 'Sample', 'Dummy', 'Placeholder', 'Fictivo'];
const COMPANIES = ['Brightfield GmbH', 'Nuvola S.r.l.', 'Kestrel Logistics', 'Solmar SA', 'Hanami KK', 'Vostok Trade', 'Pinecrest Ltd'];
const TITLES = ['Q1 planning', 'Factura pendiente', 'Lieferstatus', 'Compte rendu', 'Atualização do pedido', 'Статус заказа', '订单更新', '会議のお知らせ', 'Weekly sync', 'Offerte 2026'];
const QUERIES = ['refund policy', 'política de devoluciones', 'Lieferzeit', 'horaires', 'preço', 'доставка', '退货', '返品'];
const fakeHost = (r) => `${pick(r, HOST_A)}.${pick(r, HOST_B)}.${pick(r, TLDS)}`;
const fakeMail = (r) => `${pick(r, ['ops', 'archive', 'backup', 'billing', 'reports', 'j.doe', 'audit'])}@${pick(r, HOST_B)}.${pick(r, TLDS)}`;
const fakePerson = (r) => `${pick(r, FIRST)} ${pick(r, LAST)}`;
const fakeToken = (r) => 'tok_test_' + Array.from({ length: 20 }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');
function fill(s, r) {
  return s.replace(/\{H\}/g, () => fakeHost(r)).replace(/\{H2\}/g, () => fakeHost(r))
    .replace(/\{M\}/g, () => fakeMail(r)).replace(/\{N\}/g, () => String(1000 + Math.floor(r() * 9000)))
    .replace(/\{T\}/g, () => fakeToken(r)).replace(/\{U\}/g, () => fakePerson(r));
}

// ---------- encodings ----------
const utf8 = (s) => [...Buffer.from(s, 'utf8')];
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ZW0 = '\u200b', ZW1 = '\u200c', ZWSEP = '\u200d';
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => {
  const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENC = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => utf8(s).map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  entities: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
  uesc: (s) => Array.from({ length: s.length }, (_, i) => '\\u' + s.charCodeAt(i).toString(16).padStart(4, '0')).join(''),
  reversed: (s) => [...s].reverse().join(''),
  leet: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]),
  tags: (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''),
  zw: (s) => utf8(s).map((b) => b.toString(2).padStart(8, '0').replace(/0/g, ZW0).replace(/1/g, ZW1)).join(ZWSEP),
};
// Independent decoders used by the validator.
const DEC = {
  base64: (e) => Buffer.from(e, 'base64').toString('utf8'),
  hex: (e) => Buffer.from(e, 'hex').toString('utf8'),
  rot13,
  url: (e) => decodeURIComponent(e),
  entities: (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))),
  uesc: (e) => e.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
  reversed: (e) => [...e].reverse().join(''),
  leet: (e) => e.replace(/[437015]/g, (c) => UNLEET[c]),
  tags: (e) => [...e].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join(''),
  zw: (e) => Buffer.from(e.split(ZWSEP).map((bits) => parseInt(bits.replace(new RegExp(ZW0, 'g'), '0').replace(new RegExp(ZW1, 'g'), '1'), 2))).toString('utf8'),
};

// ---------- payload preparation ----------
// returns { payload: {text}|{parts}, enc?: {encoding, encoded, decoded} }
function prepare(spec, r) {
  if (typeof spec === 'string') return { payload: { text: fill(spec, r) } };
  if (spec.parts) return { payload: { parts: spec.parts.map((p) => fill(p, r)) } };
  if (spec.enc) {
    const plain = fill(spec.plain, r);
    if (!ENC[spec.enc]) throw new Error('unknown encoding ' + spec.enc);
    const encoded = ENC[spec.enc](plain);
    const text = fill(spec.wrap, r).replace('{E}', () => encoded);
    return { payload: { text }, enc: { encoding: spec.enc, encoded, decoded: plain } };
  }
  throw new Error('bad spec ' + JSON.stringify(spec));
}

function ctxFor(r) {
  return {
    num: 100 + Math.floor(r() * 9000), person: fakePerson(r), host: fakeHost(r), mail: fakeMail(r),
    title: pick(r, TITLES), company: pick(r, COMPANIES), query: pick(r, QUERIES),
  };
}

// Carrier schedule: depends only on the item's index in its own list, never on the label.
const NC = CARRIERS.length;
function carrierPair(i) {
  const off = 1 + (Math.floor(i / NC) % (NC - 1));
  return [CARRIERS[i % NC], CARRIERS[(i + off) % NC]];
}
const PAD = 420; // chars of padding on each side for the "800+" records
const isPadded = (i, j) => (2 * i + j) % 3 === 0;

const records = [];
const counters = new Map();
function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  const n = (counters.get(k) || 0) + 1; counters.set(k, n);
  return `train8d-${k}-${String(n).padStart(4, '0')}`;
}
function emit({ family, label, technique, lang, carrier, spec, source, kind, r, long, title }) {
  const prep = prepare(spec, r);
  const { fields, needles } = render(carrier, prep.payload, r, { ...ctxFor(r), long, ...(title ? { title } : {}) });
  const rec = {
    id: nextId(family, label, technique), split: SPLIT, family, label, technique, lang, carrier, fields,
    source, method: `hand-written train8d ${kind}; carrier ${carrier}${long ? `; padded ${long}/side` : ''}${prep.payload.parts ? '; split across fields' : ''}${prep.enc ? `; encoded ${prep.enc.encoding}` : ''}`,
  };
  if (prep.enc) Object.assign(rec, prep.enc);
  Object.defineProperty(rec, '_meta', { value: { needles, kind, long, parts: !!prep.payload.parts }, enumerable: false });
  records.push(rec);
}

// Short texts: fill slots once per text, render in two carriers with an identical sub-seed.
function emitPair(base, i, spec, file, key) {
  const sub = Math.floor(rng() * 2 ** 31);
  carrierPair(i).forEach((carrier, j) => {
    const r = mulberry32(sub); // same slot values in both carriers
    const rr = mulberry32(sub + 7 + j); // carrier surroundings differ
    const prep0 = typeof spec === 'string' ? fill(spec, r) : spec;
    const fixedSpec = typeof spec === 'string' ? prep0 : fixSpec(spec, r);
    emit({ ...base, carrier, spec: fixedSpec, source: `${file}:${key}#${i}`, kind: 'short', r: rr, long: isPadded(i, j) ? PAD : 0 });
  });
}
function fixSpec(spec, r) {
  if (spec.parts) return { parts: spec.parts.map((p) => fill(p, r)) };
  return { ...spec, wrap: fill(spec.wrap, r), plain: fill(spec.plain, r) };
}

// injection attacks
let ai = 0;
for (const t of TECHNIQUES) {
  const file = ['tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'].includes(t) ? 'train8d_attacks_b.mjs' : 'train8d_attacks_a.mjs';
  ATTACKS[t].forEach(([lang, spec], k) => {
    emitPair({ family: 'injection', label: 'attack', technique: t, lang }, ai++, spec, file, `${t}[${k}]`);
  });
}
// injection look-alikes (interleave families so the index schedule mixes them like the attacks)
let bi = 0;
for (const f of FAMILIES) {
  LOOKALIKES[f].forEach(([lang, spec], k) => {
    emitPair({ family: 'injection', label: 'benign', technique: f, lang }, bi++, spec, 'train8d_lookalikes.mjs', `${f}[${k}]`);
  });
}
// harmful
let hi = 0;
for (const c of CATEGORIES) for (const label of ['attack', 'benign']) {
  HARMFUL[c][label].forEach(([lang, spec], k) => {
    emitPair({ family: 'harmful', label, technique: c, lang }, hi++, spec, 'train8d_harmful.mjs', `${c}.${label}[${k}]`);
  });
}
// long documents: attack and look-alike in the same spot (same seed for the surroundings)
LONG_DOCS.forEach((d, k) => {
  const sub = Math.floor(rng() * 2 ** 31);
  for (const [label, [tech, lang, spec]] of [['attack', d.attack], ['benign', d.look]]) {
    const r = mulberry32(sub + 1000 + (label === 'attack' ? 0 : 1));
    const s = typeof spec === 'string' ? fill(spec, r) : fixSpec(spec, r);
    emit({ family: 'injection', label, technique: tech, lang, carrier: d.carrier, spec: s,
      source: `train8d_long.mjs:LONG_DOCS[${k}]`, kind: 'long', r: mulberry32(sub), long: 800, title: d.title });
  }
});

// ---------- validator ----------
const errors = [];
const err = (rec, msg) => errors.push(`${rec ? rec.id : '-'}: ${msg}`);
const ALLOWED = /\.(example|test|invalid)$/i;
function checkHosts(rec, text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)\]\\?#:]+)/gi)) {
    const h = m[1].toLowerCase().replace(/\.+$/, '');
    if (h.includes('.') && !ALLOWED.test(h)) err(rec, `${where}: URL host not allowed: ${h}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!ALLOWED.test(m[1])) err(rec, `${where}: e-mail domain not allowed: ${m[1]}`);
  }
  for (const m of text.matchAll(/\b(?:www\.)?[a-z0-9][a-z0-9-]*\.(?:com|net|org|io|ru|cn|co|ai|app|dev|info|biz|xyz|me|us|uk|de)\b(?![.\w-])/gi)) {
    err(rec, `${where}: bare real-looking host: ${m[0]}`);
  }
}
const ID_RE = /^train8d-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const ids = new Set();
const escVariants = (s) => [s, ESCAPERS.jsonEsc(s), ESCAPERS.csvEsc(s), ESCAPERS.icsEsc(s)];
for (const rec of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof rec[k] !== 'string' || !rec[k].trim()) err(rec, `field ${k} empty or not a string`);
  }
  if (rec.split !== SPLIT) err(rec, 'split must be train8d');
  if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) err(rec, 'fields must be non-empty strings');
  if (!['injection', 'harmful'].includes(rec.family)) err(rec, 'unknown family');
  if (!['attack', 'benign'].includes(rec.label)) err(rec, 'unknown label');
  const known = rec.family === 'harmful' ? CATEGORIES : rec.label === 'attack' ? TECHNIQUES : FAMILIES;
  if (!known.includes(rec.technique)) err(rec, `unknown technique/family/category ${rec.technique}`);
  if (!CARRIERS.includes(rec.carrier)) err(rec, `unknown carrier ${rec.carrier}`);
  if (!LANGS.includes(rec.lang)) err(rec, `unknown language ${rec.lang}`);
  const m = ID_RE.exec(rec.id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(rec, 'id does not follow train8d-<family>-<label>-<technique>-NNNN');
  if (ids.has(rec.id)) err(rec, 'duplicate id'); ids.add(rec.id);
  const joined = rec.fields.join('\n');
  // the obfuscated segment itself is checked through its decoded form below
  let plainPart = joined;
  if (rec.encoding) for (const v of escVariants(rec.encoded)) plainPart = plainPart.split(v).join(' ');
  checkHosts(rec, plainPart, 'fields');
  const { needles, kind, long, parts } = rec._meta;
  // split parts live in separate fields
  if (parts) {
    if (rec.fields.length < 2) err(rec, 'split record needs two fields');
    else if (!rec.fields[0].includes(needles[0]) || !rec.fields[1].includes(needles[1])) err(rec, 'split parts not in separate fields');
    else if (rec.fields[0].includes(needles[1]) || rec.fields[1].includes(needles[0])) err(rec, 'split part duplicated across fields');
  } else if (!joined.includes(needles[0])) err(rec, 'payload text missing from fields');
  if ((rec.technique === 'split_payload' || rec.technique === 'split_lookalike') && !parts) err(rec, 'split technique without split parts');
  // encodings: decode and compare
  if (rec.encoding) {
    if (!ENCODINGS.includes(rec.encoding)) err(rec, 'unknown encoding');
    else {
      let dec;
      try { dec = DEC[rec.encoding](rec.encoded); } catch (e) { dec = null; }
      if (dec !== rec.decoded) err(rec, `decoding ${rec.encoding} does not give the stated plain text`);
      if (!escVariants(rec.encoded).some((v) => joined.includes(v))) err(rec, 'encoded text not found in fields');
      checkHosts(rec, rec.decoded, 'decoded');
      if (rec.encoding === 'leet' && /[437015]/.test(rec.decoded)) err(rec, 'leet plain text must not contain digits');
    }
  }
  if (rec.technique === 'encoded_payload' && !rec.encoding) err(rec, 'encoded_payload without encoding');
  // position of the text
  const s0 = joined.indexOf(needles[0]);
  const last = needles[needles.length - 1];
  const e1 = joined.lastIndexOf(last) + last.length;
  const centre = (s0 + e1) / 2 / joined.length;
  if (kind === 'long') {
    if (joined.length < 1500) err(rec, `long document shorter than 1500 chars (${joined.length})`);
    if (centre < 0.3 || centre > 0.7) err(rec, `long document text not in the middle (${centre.toFixed(2)})`);
  } else if (long) {
    if (joined.length < 800) err(rec, `padded record shorter than 800 chars (${joined.length})`);
    if (centre < 0.2 || centre > 0.8) err(rec, `padded record text not in the middle (${centre.toFixed(2)})`);
  }
}
// each short text in exactly two different carriers
const bySource = new Map();
for (const rec of records) if (rec._meta.kind === 'short') {
  if (!bySource.has(rec.source)) bySource.set(rec.source, []);
  bySource.get(rec.source).push(rec);
}
for (const [src, recs] of bySource) {
  if (recs.length !== 2 || recs[0].carrier === recs[1].carrier) err(recs[0], `short text ${src} must appear in two different carriers`);
}
// long docs: attack and look-alike in the same spot (identical surroundings)
const longs = records.filter((r) => r._meta.kind === 'long');
if (longs.filter((r) => r.label === 'attack').length !== 15 || longs.filter((r) => r.label === 'benign').length !== 15) err(null, 'need 15 long attack + 15 long look-alike documents');
for (let k = 0; k < longs.length; k += 2) {
  const [a, b] = [longs[k], longs[k + 1]];
  const pre = (r) => r.fields[0].slice(0, r.fields[0].indexOf(r._meta.needles[0]));
  if (a.carrier !== b.carrier || pre(a) !== pre(b)) err(a, 'long attack and look-alike do not share the same surroundings');
}
// counts
const texts = (pred) => new Set(records.filter(pred).map((r) => r.source)).size;
for (const t of TECHNIQUES) {
  const n = texts((r) => r.family === 'injection' && r.label === 'attack' && r.technique === t && r._meta.kind === 'short');
  if (n < 30) err(null, `technique ${t} has ${n} payloads (< 30)`);
}
for (const f of FAMILIES) if (texts((r) => r.label === 'benign' && r.technique === f && r._meta.kind === 'short') < 10) err(null, `family ${f} too small`);
if (FAMILIES.length < 20) err(null, 'need 20 look-alike families');
for (const c of CATEGORIES) for (const label of ['attack', 'benign']) {
  const n = texts((r) => r.family === 'harmful' && r.technique === c && r.label === label);
  if (n !== 12) err(null, `harmful ${c} ${label}: ${n} texts (need 12)`);
}
const nonEn = (rs) => rs.filter((r) => r.lang !== 'en').length / rs.length;
if (nonEn(records) < 0.5) err(null, `non-English share ${nonEn(records)} < 50%`);
const atk = records.filter((r) => r.family === 'injection' && r.label === 'attack');
if (nonEn(atk) < 0.6) err(null, `non-English share of attacks ${nonEn(atk)} < 60%`);
if (new Set(records.map((r) => r.lang)).size < 18) err(null, 'fewer than 18 languages');
// carrier proportions do not depend on the label
const ben = records.filter((r) => r.family === 'injection' && r.label === 'benign');
for (const c of CARRIERS) {
  const pa = atk.filter((r) => r.carrier === c).length / atk.length;
  const pb = ben.filter((r) => r.carrier === c).length / ben.length;
  if (Math.abs(pa - pb) > 0.025) err(null, `carrier ${c} share differs by label: ${pa.toFixed(3)} vs ${pb.toFixed(3)}`);
}

if (errors.length) {
  console.error(`train8d: ${errors.length} violation(s); nothing written`);
  for (const e of errors.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---------- composition ----------
const count = (rs, key) => { const m = {}; for (const r of rs) m[key(r)] = (m[key(r)] || 0) + 1; return m; };
const line = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
const harm = records.filter((r) => r.family === 'harmful');
console.log(`train8d: wrote ${records.length} records to ${OUT}`);
console.log(`injection attacks: ${atk.length} records (${texts((r) => r.family === 'injection' && r.label === 'attack' && r._meta.kind === 'short')} payloads x 2 carriers + ${longs.filter((r) => r.label === 'attack').length} long)`);
console.log('  per technique (records): ' + TECHNIQUES.map((t) => `${t} ${atk.filter((r) => r.technique === t).length}`).join(', '));
console.log(`injection look-alikes: ${ben.length} records (${texts((r) => r.family === 'injection' && r.label === 'benign' && r._meta.kind === 'short')} texts x 2 carriers + ${longs.filter((r) => r.label === 'benign').length} long)`);
console.log('  per family (records): ' + FAMILIES.map((f) => `${f} ${ben.filter((r) => r.technique === f).length}`).join(', '));
console.log(`harmful: ${harm.length} records (12 attack + 12 benign texts per category, x 2 carriers)`);
console.log('  per category (attack/benign records): ' + CATEGORIES.map((c) => `${c} ${harm.filter((r) => r.technique === c && r.label === 'attack').length}/${harm.filter((r) => r.technique === c && r.label === 'benign').length}`).join(', '));
console.log(`languages (${Object.keys(count(records, (r) => r.lang)).length}): ` + line(count(records, (r) => r.lang)));
console.log(`non-English: ${(100 * nonEn(records)).toFixed(1)}% of all records, ${(100 * nonEn(atk)).toFixed(1)}% of injection attacks`);
console.log('carriers: ' + line(count(records, (r) => r.carrier)));
console.log(`long documents (1500+): ${longs.length} (15 attack + 15 look-alike); padded 800+ short records: ${records.filter((r) => r._meta.kind === 'short' && r._meta.long).length}; records >= 800 chars: ${records.filter((r) => r.fields.join('\n').length >= 800).length}`);
console.log(`split across fields: ${records.filter((r) => r._meta.parts).length} (attack ${atk.filter((r) => r._meta.parts).length}, benign ${ben.filter((r) => r._meta.parts).length})`);
const encd = records.filter((r) => r.encoding);
console.log(`encoded: ${encd.length} (attack ${encd.filter((r) => r.label === 'attack').length}, benign ${encd.filter((r) => r.label === 'benign').length}); by encoding: ` + line(count(encd, (r) => r.encoding)));
