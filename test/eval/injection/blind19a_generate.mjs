// blind19a generator + validator. Deterministic (seeded PRNG), Node built-ins only.
// Usage: node test/eval/injection/blind19a_generate.mjs
// Validates everything first; on any violation prints the problems and exits 1 writing nothing.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_ORDER, ESCAPES, FILLER, fakeContext } from './blind19a_carriers.mjs';
import { ATTACKS_A } from './blind19a_attacks_a.mjs';
import { ATTACKS_B } from './blind19a_attacks_b.mjs';
import { LOOKALIKES } from './blind19a_lookalikes.mjs';
import { HARMFUL } from './blind19a_harmful.mjs';
import { LONG } from './blind19a_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind19a.jsonl');
const SPLIT = 'blind19a';
const SEED = 0x19a0b1d;

// ---------- PRNG ----------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hash32(s) {
  let h = 2166136261;
  for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 16777619); }
  return h >>> 0;
}
function rngFor(key) {
  const f = mulberry32((SEED ^ hash32(key)) >>> 0);
  const r = {
    next: f,
    int: (n) => Math.floor(f() * n),
    pick: (a) => a[Math.floor(f() * a.length)],
    hex: (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(f() * 16)]).join(''),
  };
  return r;
}

// ---------- encodings (encoders here, independent decoders below) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const ENCODE = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13: (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }),
  url: (s) => encodeURIComponent(s),
  html: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
  uesc: (s) => [...s].map((c) => '\\u' + c.codePointAt(0).toString(16).padStart(4, '0')).join(''),
  reversed: (s) => [...s].reverse().join(''),
  leet: (s) => s.toLowerCase().replace(/[aeiost]/g, (c) => LEET[c]),
  tag: (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''),
  zw: (s) => [...Buffer.from(s, 'utf8')].map((b) => b.toString(2).padStart(8, '0').replace(/0/g, '\u200b').replace(/1/g, '\u200c')).join('\u200d'),
};
const DECODE = {
  base64: (b) => Buffer.from(b, 'base64').toString('utf8'),
  hex: (b) => Buffer.from(b, 'hex').toString('utf8'),
  rot13: (b) => ENCODE.rot13(b),
  url: (b) => decodeURIComponent(b),
  html: (b) => b.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d)),
  uesc: (b) => b.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))),
  reversed: (b) => [...b].reverse().join(''),
  leet: (b) => b.replace(/[4310 57]/g, (c) => ({ 4: 'a', 3: 'e', 1: 'i', 0: 'o', 5: 's', 7: 't', ' ': ' ' }[c])),
  tag: (b) => [...b].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join(''),
  zw: (b) => Buffer.from(b.split('\u200d').map((g) => parseInt(g.replace(/\u200b/g, '0').replace(/\u200c/g, '1'), 2))).toString('utf8'),
};
const leetNormal = (s) => s.toLowerCase();

// ---------- vocabulary ----------
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const LOOK_FAMILIES = Object.keys(LOOKALIKES);
const HARM_CATS = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv'];
const CODE_SWITCHED_FAMILIES = new Set(['phrasebook']);
const NEUTRAL_B = ['Thanks, that\'s all for now.', 'No further comments.', 'See the attached schedule for dates.', 'Updated by the weekly sync job.', 'Kind regards from the team.', 'Nothing else to report.'];

// ---------- item lists ----------
function normEntry(family, label, technique, e) {
  const [lang, ...rest] = e;
  if (rest.length === 3) { // encoded: enc, plain, wrap
    const [enc, plain, wrap] = rest;
    const blob = ENCODE[enc] ? ENCODE[enc](plain) : undefined;
    return { family, label, technique, lang, parts: [wrap.replace('{B}', blob)], enc: { kind: enc, plain, blob } };
  }
  const t = rest[0];
  return { family, label, technique, lang, parts: Array.isArray(t) ? t : [t] };
}
const attacks = [];
for (const src of [ATTACKS_A, ATTACKS_B]) for (const [tech, list] of Object.entries(src)) for (const e of list) attacks.push(normEntry('injection', 'attack', tech, e));
const looks = [];
for (const [fam, list] of Object.entries(LOOKALIKES)) for (const e of list) looks.push(normEntry('injection', 'benign', fam, e));
const harm = { attack: [], benign: [] };
for (const cat of HARM_CATS) for (const label of ['attack', 'benign']) for (const e of HARMFUL[cat][label]) harm[label].push(normEntry('harmful', label, cat, e));

// carrier assignment depends only on the position of an item in its list (never on its label)
const NC = CARRIER_ORDER.length;
const carrierPair = (i) => [CARRIER_ORDER[i % NC], CARRIER_ORDER[(i + 1 + (Math.floor(i / NC) % (NC - 1))) % NC]];
const isLong = (i, slot) => (i + 2 * slot) % 3 === 0;

// ---------- rendering ----------
const MA = '\u0001A\u0001', MB = '\u0001B\u0001';
function fillerText(r, min) {
  const pool = [...FILLER];
  let out = '';
  while (out.length < min && pool.length) out += (out ? ' ' : '') + pool.splice(r.int(pool.length), 1)[0];
  return out;
}
function render(item, carrier, key, opts) {
  const r = rngFor(key);
  const c = CARRIERS[carrier];
  const esc = ESCAPES[c.esc];
  const ctx = fakeContext(r);
  const tpl = c.build(r, { A: MA, B: MB }, ctx);
  let a, b;
  if (opts.doc) { // long document; pad both sides (same padding for attack and look-alike version)
    const fr = rngFor('longfill:' + opts.docIndex);
    const pool = [...FILLER];
    const padTo = (t, min, front) => { while (t.length < min && pool.length) { const f = pool.splice(fr.int(pool.length), 1)[0]; t = front ? f + ' ' + t : t + ' ' + f; } return t; };
    opts = { ...opts, doc: { before: padTo(opts.doc.before, 820, true), after: padTo(opts.doc.after, 820, false) } };
    const [p1, p2] = item.parts;
    if (p2 !== undefined) { a = esc(opts.doc.before + '\n\n') + esc(p1); b = esc(p2) + esc('\n\n' + opts.doc.after); }
    else { a = esc(opts.doc.before + '\n\n') + esc(p1) + esc('\n\n' + opts.doc.after); b = esc(r.pick(NEUTRAL_B)); }
  } else {
    const pre = opts.long ? esc(fillerText(r, 430) + '\n') : '';
    const post = opts.long ? esc('\n' + fillerText(r, 430)) : '';
    a = pre + esc(item.parts[0]) + post;
    b = item.parts.length > 1 ? esc(item.parts[1]) : esc(r.pick(NEUTRAL_B));
  }
  const fields = tpl.map((f) => f.split(MA).join(a).split(MB).join(b));
  return { fields, needles: item.parts.map(esc) };
}

const records = [];
const meta = []; // parallel: validation info
const counters = {};
function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  counters[k] = (counters[k] || 0) + 1;
  return `${SPLIT}-${k}-${String(counters[k]).padStart(4, '0')}`;
}
function push(item, carrier, fieldsInfo, method, extra) {
  const id = nextId(item.family, item.label, item.technique);
  const rec = { id, split: SPLIT, family: item.family, label: item.label, technique: item.technique, lang: item.lang, carrier, fields: fieldsInfo.fields, source: 'handwritten-blind19a', method };
  records.push(rec);
  meta.push({ rec, item, needles: fieldsInfo.needles, ...extra });
}
function methodOf(item, kind) {
  const m = [kind];
  if (item.parts.length > 1) m.push('split');
  if (item.enc) m.push('enc=' + item.enc.kind);
  if (CODE_SWITCHED_FAMILIES.has(item.technique)) m.push('code_switched');
  return m.join(';');
}
function emitShort(list, tag) {
  list.forEach((item, i) => {
    const pair = carrierPair(i);
    pair.forEach((carrier, slot) => {
      const long = isLong(i, slot);
      const fi = render(item, carrier, `${tag}:${i}:${slot}`, { long });
      push(item, carrier, fi, methodOf(item, long ? 'short_padded_800' : 'short'), { itemKey: `${tag}:${i}`, long });
    });
  });
}
emitShort(attacks, 'att');
emitShort(looks, 'look');
LONG.forEach((doc, i) => {
  const carrier = CARRIER_ORDER[(i * 5 + 2) % NC];
  for (const [label, spec] of [['attack', doc.attack], ['benign', doc.lookalike]]) {
    const [technique, body] = spec;
    let item;
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      const blob = ENCODE[body.enc](body.plain);
      item = { family: 'injection', label, technique, lang: doc.lang, parts: [body.wrap.replace('{B}', blob)], enc: { kind: body.enc, plain: body.plain, blob } };
    } else item = { family: 'injection', label, technique, lang: doc.lang, parts: Array.isArray(body) ? body : [body] };
    const fi = render(item, carrier, `long:${i}`, { doc, docIndex: i });
    push(item, carrier, fi, methodOf(item, 'long_doc'), { itemKey: `long:${i}:${label}`, longDoc: i });
  }
});
for (const label of ['attack', 'benign']) {
  harm[label].forEach((item, i) => {
    const carrier = CARRIER_ORDER[(i * 7 + 3) % NC];
    const long = i % 3 === 0;
    const fi = render(item, carrier, `harm:${label}:${i}`, { long });
    push(item, carrier, fi, methodOf(item, long ? 'short_padded_800' : 'short'), { itemKey: `harm:${label}:${i}`, long, harmful: true });
  });
}

// ---------- validation ----------
const errors = [];
const err = (m) => { if (errors.length < 200) errors.push(m); };
const ID_RE = /^blind19a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const GOOD_HOST = (h) => /\.(example|test|invalid)$/i.test(h) || /^[a-z0-9-]+$/i.test(h);
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)\]\\?#]+)/gi)) {
    const host = m[1].replace(/^.*@/, '').replace(/:\d+$/, '');
    if (!GOOD_HOST(host)) err(`${where}: bad URL host ${host}`);
  }
  for (const m of text.matchAll(/[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu)) {
    if (!GOOD_HOST(m[1])) err(`${where}: bad mail domain ${m[1]}`);
  }
  for (const m of text.matchAll(/\bwww\.[a-z0-9.-]+/gi)) if (!GOOD_HOST(m[0])) err(`${where}: bad www host ${m[0]}`);
}
const ids = new Set();
const seenText = new Map();
for (const { rec, item, needles, long, longDoc } of meta) {
  const w = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof rec[k] !== 'string' || !rec[k].trim()) err(`${w}: empty ${k}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) err(`${w}: bad fields`);
  const m = ID_RE.exec(rec.id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(`${w}: id does not follow the rule`);
  if (ids.has(rec.id)) err(`${w}: duplicate id`); ids.add(rec.id);
  if (rec.split !== SPLIT) err(`${w}: split`);
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) err(`${w}: unknown technique`);
  if (rec.family === 'injection' && rec.label === 'benign' && !LOOK_FAMILIES.includes(rec.technique)) err(`${w}: unknown look-alike family`);
  if (rec.family === 'harmful' && !HARM_CATS.includes(rec.technique)) err(`${w}: unknown category`);
  if (!['injection', 'harmful'].includes(rec.family) || !['attack', 'benign'].includes(rec.label)) err(`${w}: family/label`);
  if (!CARRIER_ORDER.includes(rec.carrier)) err(`${w}: unknown carrier`);
  if (!LANGS.includes(rec.lang)) err(`${w}: unknown lang ${rec.lang}`);
  const joined = rec.fields.join('\n');
  checkHosts(joined, w);
  for (const p of item.parts) checkHosts(p, w + ' payload');
  // needles present; split parts in different fields
  const idx = needles.map((n) => rec.fields.findIndex((f) => f.includes(n)));
  if (idx.some((x) => x < 0)) err(`${w}: payload text not found in fields`);
  if (needles.length === 2 && idx[0] === idx[1]) err(`${w}: split parts share one field`);
  if (needles.length > 2) err(`${w}: too many parts`);
  if ((rec.technique === 'split_payload' || rec.technique === 'split_lookalike') !== (needles.length === 2)) err(`${w}: split technique/parts mismatch`);
  // encodings
  if (item.enc) {
    const { kind, plain, blob } = item.enc;
    if (!DECODE[kind]) err(`${w}: unknown encoding ${kind}`);
    else {
      const dec = DECODE[kind](blob);
      const want = kind === 'leet' ? leetNormal(plain) : plain;
      if (dec !== want) err(`${w}: ${kind} blob does not decode to its plain text`);
      if (blob === plain) err(`${w}: blob equals plain`);
      if (!item.parts[0].includes(blob)) err(`${w}: blob missing from payload`);
      checkHosts(dec, w + ' decoded');
    }
  }
  if ((rec.technique === 'encoded_payload') && !item.enc) err(`${w}: encoded_payload without encoding`);
  // position / length
  const pos = joined.indexOf(needles[0]);
  const rel = (pos + needles[0].length / 2) / joined.length;
  if (longDoc !== undefined) {
    if (joined.length < 1500) err(`${w}: long doc only ${joined.length} chars`);
    if (rel < 0.25 || rel > 0.75) err(`${w}: long doc payload not in the middle (${rel.toFixed(2)})`);
  } else if (long) {
    if (joined.length < 800) err(`${w}: padded record only ${joined.length} chars`);
    if (rel < 0.2 || rel > 0.8) err(`${w}: padded payload not in the middle (${rel.toFixed(2)})`);
  }
  // no text reused across distinct items
  const tk = item.parts.join('|');
  const prev = seenText.get(tk);
  if (prev && prev !== rec.label + ':' + (meta.find((x) => x.rec === rec).itemKey)) {
    const prevKey = prev.split(':').slice(1).join(':');
    if (prevKey !== meta.find((x) => x.rec === rec).itemKey) err(`${w}: payload text duplicated across items`);
  } else seenText.set(tk, rec.label + ':' + meta.find((x) => x.rec === rec).itemKey);
}
// two carriers per short injection text
const byItem = new Map();
for (const x of meta) if (!x.harmful && x.longDoc === undefined) { if (!byItem.has(x.itemKey)) byItem.set(x.itemKey, []); byItem.get(x.itemKey).push(x.rec.carrier); }
for (const [k, cs] of byItem) if (cs.length !== 2 || cs[0] === cs[1]) err(`${k}: not in two different carriers`);
// long docs: 15 attacks + 15 look-alikes at the same spot
const longs = meta.filter((x) => x.longDoc !== undefined);
if (LONG.length !== 15 || longs.filter((x) => x.rec.label === 'attack').length !== 15 || longs.filter((x) => x.rec.label === 'benign').length !== 15) err('need 15 long attack docs and 15 long look-alike docs');
for (let i = 0; i < LONG.length; i++) {
  const [a, b] = longs.filter((x) => x.longDoc === i);
  if (!a || !b || a.rec.carrier !== b.rec.carrier) err(`long doc ${i}: carriers differ`);
  else if (!a.rec.fields.join('\n').startsWith(b.rec.fields.join('\n').slice(0, 40))) err(`long doc ${i}: attack and look-alike versions do not share the same document`);
}
// per technique / family / category counts
const count = (pred) => records.filter(pred).length;
for (const t of TECHNIQUES) { const n = attacks.filter((x) => x.technique === t).length; if (n < 30) err(`technique ${t}: only ${n} payloads (need >= 30)`); }
if (LOOK_FAMILIES.length < 20) err(`only ${LOOK_FAMILIES.length} look-alike families`);
for (const c of HARM_CATS) for (const l of ['attack', 'benign']) { const n = count((r) => r.family === 'harmful' && r.technique === c && r.label === l); if (n !== 12) err(`harmful ${c}/${l}: ${n} (need 12)`); }
// languages
const langCount = {};
for (const r of records) langCount[r.lang] = (langCount[r.lang] || 0) + 1;
const nonEn = records.filter((r) => r.lang !== 'en').length;
if (Object.keys(langCount).length < 18) err(`only ${Object.keys(langCount).length} languages`);
if (nonEn / records.length < 0.5) err(`non-English share ${(nonEn / records.length).toFixed(3)} < 0.5`);
// carrier proportions must match between attacks and look-alikes (label-independent)
const inj = (l) => records.filter((r) => r.family === 'injection' && r.label === l && !r.method.startsWith('long_doc'));
const share = (rs) => { const o = {}; for (const r of rs) o[r.carrier] = (o[r.carrier] || 0) + 1 / rs.length; return o; };
const sa = share(inj('attack')), sb = share(inj('benign'));
for (const c of CARRIER_ORDER) if (Math.abs((sa[c] || 0) - (sb[c] || 0)) > 0.015) err(`carrier ${c}: attack/look-alike share differs (${(sa[c] || 0).toFixed(3)} vs ${(sb[c] || 0).toFixed(3)})`);
const long800 = count((r) => r.fields.join('\n').length >= 800);
if (long800 / records.length < 0.28 || long800 / records.length > 0.45) err(`800+ share ${(long800 / records.length).toFixed(2)} not about a third`);

if (errors.length) {
  console.error(`blind19a: ${errors.length} violation(s); nothing written`);
  for (const e of errors) console.error('  - ' + e);
  process.exit(1);
}

// ---------- write + composition ----------
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const tally = (rs, f) => { const o = {}; for (const r of rs) { const k = f(r); o[k] = (o[k] || 0) + 1; } return o; };
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
const ia = records.filter((r) => r.family === 'injection' && r.label === 'attack');
const ib = records.filter((r) => r.family === 'injection' && r.label === 'benign');
const hr = records.filter((r) => r.family === 'harmful');
console.log(`blind19a: wrote ${records.length} records to ${OUT}`);
console.log(`injection attacks: ${ia.length} records (${attacks.length} payloads x 2 carriers + ${LONG.length} long docs)`);
console.log(`  per technique: ${fmt(tally(ia, (r) => r.technique))}`);
console.log(`injection look-alikes: ${ib.length} records (${looks.length} texts x 2 carriers + ${LONG.length} long docs) in ${LOOK_FAMILIES.length} families`);
console.log(`  per family: ${fmt(tally(ib, (r) => r.technique))}`);
console.log(`harmful: ${hr.length} records`);
console.log(`  per category: ${HARM_CATS.map((c) => `${c} ${count((r) => r.family === 'harmful' && r.technique === c && r.label === 'attack')}+${count((r) => r.family === 'harmful' && r.technique === c && r.label === 'benign')}`).join(', ')}`);
console.log(`languages (${Object.keys(langCount).length}): ${fmt(langCount)}`);
console.log(`non-English: ${nonEn}/${records.length} (${(100 * nonEn / records.length).toFixed(1)}%); code-switched: ${count((r) => r.method.includes('code_switched'))}`);
console.log(`carriers: ${fmt(tally(records, (r) => r.carrier))}`);
console.log(`long docs (1500+): ${count((r) => r.method.startsWith('long_doc'))}; records 800+ chars: ${long800} (${(100 * long800 / records.length).toFixed(1)}%); split records: ${count((r) => r.method.includes('split'))}; encoded records: ${count((r) => r.method.includes('enc='))} (${fmt(tally(records.filter((r) => r.method.includes('enc=')), (r) => r.method.match(/enc=(\w+)/)[1] + '/' + r.label))})`);
