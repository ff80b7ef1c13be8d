// blind23a — generator + validator for the held-out set. Deterministic (mulberry32, fixed seed).
// Usage: node test/eval/injection/blind23a_generate.mjs   -> writes blind23a.jsonl next to this file.
// Exits 1 and writes nothing if any check fails.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from './blind23a_attacks_a.mjs';
import { buildAttacks, TECHNIQUES, ENC, ENCODINGS } from './blind23a_attacks_b.mjs';
import { buildLookalikes, FAMILIES } from './blind23a_lookalikes.mjs';
import { HARMFUL, CATEGORIES } from './blind23a_harmful.mjs';
import { CARRIERS, FILLER_LANGS, filler, fillTo, ctxFor, embed } from './blind23a_carriers.mjs';
import { LONG_DOCS, LONG_PRE, LONG_POST } from './blind23a_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind23a.jsonl');
const SPLIT = 'blind23a';

function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const rng = mulberry32(0x23a0b1d);

const records = [];
const meta = []; // parallel: { item, needles, long, longDoc }
const counters = {};
function nextId(family, label, technique) {
  const key = `${family}-${label}-${technique}`;
  counters[key] = (counters[key] || 0) + 1;
  return `${SPLIT}-${key}-${String(counters[key]).padStart(4, '0')}`;
}

// Carrier/long assignment depends only on the item's position in its own stream, never on the label.
function emit(family, label, items) {
  let j = 0;
  items.forEach((it, k) => {
    const cs = [CARRIERS[k % CARRIERS.length], CARRIERS[(k + 5) % CARRIERS.length]];
    for (const carrier of cs) {
      const long = j % 3 === 0; j++;
      const fl = FILLER_LANGS[(k + j) % FILLER_LANGS.length];
      const pre = long ? fillTo(fl, j, 420) : 'Overview and schedule for this week.';
      const post = long ? fillTo(fl, j + 2, 420) : 'Questions go to the team channel.';
      const ctx = ctxFor(rng, it.lang);
      const { fields, needles } = embed(carrier, it.parts || it.text, pre, post, ctx);
      const rec = { id: nextId(family, label, it.technique), split: SPLIT, family, label, technique: it.technique, lang: it.lang, carrier, fields,
        source: `blind23a hand-written ${family === 'harmful' ? 'harmful item' : label === 'attack' ? 'attack' : 'look-alike'}${long ? ', long context' : ''}`,
        method: it.enc ? `encoded:${it.enc.encoding}${it.enc.wrapped ? '+wrapper' : ''}` : it.parts ? 'split:2-fields' : 'plain' };
      records.push(rec); meta.push({ it, needles, long, longDoc: false });
    }
  });
}

const attacks = buildAttacks();
const looks = buildLookalikes();
emit('injection', 'attack', attacks);
emit('injection', 'benign', looks);
const harmA = [], harmB = [];
for (const c of CATEGORIES) {
  for (const x of HARMFUL[c].attack) harmA.push({ technique: c, lang: x.lang, text: x.text });
  for (const x of HARMFUL[c].benign) harmB.push({ technique: c, lang: x.lang, text: x.text });
}
emit('harmful', 'attack', harmA);
emit('harmful', 'benign', harmB);

// Long documents: same document, same spot, attack vs look-alike.
LONG_DOCS.forEach((d, n) => {
  const pre = fillTo(d.doc, d.start, LONG_PRE), post = fillTo(d.doc, d.start + 2, LONG_POST);
  for (const [label, list, [tech, idx]] of [['attack', attacks, d.attack], ['benign', looks, d.look]]) {
    const it = list.filter((x) => x.technique === tech && !x.parts)[idx];
    if (!it) { console.error('long doc', n, 'missing item', tech, idx); process.exit(1); }
    const ctx = ctxFor(mulberry32(1000 + n), d.doc); // same context for both labels
    const { fields, needles } = embed(d.carrier, it.text, pre, post, ctx);
    const rec = { id: nextId('injection', label, tech), split: SPLIT, family: 'injection', label, technique: tech, lang: it.lang, carrier: d.carrier, fields,
      source: `blind23a long document ${n + 1} (${d.doc} body), ${label === 'attack' ? 'attack' : 'look-alike'} buried in the middle`,
      method: it.enc ? `encoded:${it.enc.encoding}${it.enc.wrapped ? '+wrapper' : ''}` : 'long-document' };
    records.push(rec); meta.push({ it, needles, long: true, longDoc: true });
  }
});

// ---------------- validator ----------------
const errors = [];
const err = (r, m) => { if (errors.length < 50) errors.push(`${r.id || '?'}: ${m}`); };
const ID_RE = /^blind23a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)\]\\?#:]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const WWW_RE = /\bwww\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
const okHost = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h); };
function checkHosts(r, s, where) {
  for (const re of [URL_RE, MAIL_RE, WWW_RE]) { re.lastIndex = 0; let m; while ((m = re.exec(s))) if (!okHost(m[1])) err(r, `bad host ${m[1]} in ${where}`); }
}
const KNOWN_LANGS = new Set([...LANGS]);
const seen = new Set();
const textCarriers = new Map(); // short text key -> set of carriers
records.forEach((r, i) => {
  const m = meta[i];
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof r[k] !== 'string' || !r[k]) err(r, `empty ${k}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) err(r, 'empty field');
  if (seen.has(r.id)) err(r, 'duplicate id'); seen.add(r.id);
  const im = ID_RE.exec(r.id);
  if (!im || im[1] !== r.family || im[2] !== r.label || im[3] !== r.technique) err(r, 'id does not follow the rule');
  if (r.split !== SPLIT) err(r, 'split');
  if (r.family === 'injection') {
    if (r.label === 'attack' && !TECHNIQUES.includes(r.technique)) err(r, 'unknown technique');
    if (r.label === 'benign' && !FAMILIES.includes(r.technique)) err(r, 'unknown family');
  } else if (r.family === 'harmful') { if (!CATEGORIES.includes(r.technique)) err(r, 'unknown category'); }
  else err(r, 'unknown family field');
  if (!['attack', 'benign'].includes(r.label)) err(r, 'label');
  if (!CARRIERS.includes(r.carrier)) err(r, 'unknown carrier');
  if (!KNOWN_LANGS.has(r.lang)) err(r, 'unknown lang ' + r.lang);
  const joined = r.fields.join('\n');
  checkHosts(r, joined, 'fields');
  // needles present; split parts in separate fields
  const where = m.needles.map((nd) => r.fields.findIndex((f) => f.includes(nd)));
  if (where.some((w) => w < 0)) err(r, 'payload not found in fields');
  if (m.it.parts) {
    if (m.it.parts.length !== 2 || m.it.parts.some((p) => !p.trim())) err(r, 'split parts');
    if (where[0] === where[1]) err(r, 'split parts share a field');
    if (r.fields.some((f) => f.includes(m.needles[0]) && f.includes(m.needles[1]))) err(r, 'a field holds both parts');
  }
  // long: 800+ (1500+ for long docs) and text in the middle
  if (m.long) {
    const min = m.longDoc ? 1500 : 800;
    if (joined.length < min) err(r, `long record ${joined.length} < ${min}`);
    const at = joined.indexOf(m.needles[0]);
    const mid = (at + m.needles[0].length / 2) / joined.length;
    const lo = m.longDoc ? 0.3 : 0.2, hi = m.longDoc ? 0.7 : 0.8;
    if (at < 0 || mid < lo || mid > hi) err(r, `payload not in the middle (${mid.toFixed(2)})`);
    if (m.longDoc && (at < 500 || joined.length - at - m.needles[0].length < 500)) err(r, 'long doc: less than 500 chars around the payload');
  }
  // encodings: decode and compare; hosts in decoded text
  if (m.it.enc) {
    const e = m.it.enc; const E = ENC[e.encoding];
    if (!E) err(r, 'unknown encoding');
    else {
      if (E.dec(e.encoded) !== e.plain) err(r, `${e.encoding} does not decode to the plain text`);
      if (E.enc(e.plain) !== e.encoded) err(r, `${e.encoding} re-encode mismatch`);
      if (!(m.it.text || '').includes(e.encoded)) err(r, 'encoded text not inside the payload');
      if (e.encoded === e.plain) err(r, 'encoding is a no-op');
      checkHosts(r, e.plain, 'decoded payload');
    }
  }
  if (!m.longDoc && r.family === 'injection') {
    const key = r.label + '\u0000' + (m.it.parts ? m.it.parts.join('\u0001') : m.it.text);
    if (!textCarriers.has(key)) textCarriers.set(key, new Set());
    textCarriers.get(key).add(r.carrier);
  }
  if (!m.longDoc && r.family === 'harmful') {
    const key = 'h' + r.label + '\u0000' + m.it.text;
    if (!textCarriers.has(key)) textCarriers.set(key, new Set());
    textCarriers.get(key).add(r.carrier);
  }
});
for (const [k, s] of textCarriers) if (s.size !== 2) errors.push(`short text in ${s.size} carriers: ${k.slice(0, 60)}`);
// harmful: 12 + 12 distinct texts per category
for (const c of CATEGORIES) for (const lab of ['attack', 'benign']) {
  const n = new Set(HARMFUL[c][lab].map((x) => x.text)).size;
  if (n !== 12) errors.push(`harmful ${c} ${lab}: ${n} distinct texts, want 12`);
}
// per technique >= 30 payloads; look-alike families >= 10 each
const cnt = (arr, f) => arr.reduce((o, x) => ((o[f(x)] = (o[f(x)] || 0) + 1), o), {});
const perTech = cnt(attacks, (x) => x.technique);
for (const t of TECHNIQUES) if ((perTech[t] || 0) < 30) errors.push(`technique ${t}: ${perTech[t] || 0} payloads < 30`);
const perFam = cnt(looks, (x) => x.technique);
if (FAMILIES.length < 20) errors.push('fewer than 20 look-alike families');
for (const f of FAMILIES) if ((perFam[f] || 0) < 10) errors.push(`family ${f}: too few`);
// languages
const perLang = cnt(records, (r) => r.lang);
if (Object.keys(perLang).length < 18) errors.push('fewer than 18 languages');
const nonEn = records.filter((r) => r.lang !== 'en').length;
if (nonEn / records.length < 0.5) errors.push(`non-English share ${(nonEn / records.length).toFixed(2)} < 0.5`);
// carrier proportions must not depend on the label (injection)
const carrierShare = (lab) => { const xs = records.filter((r, i) => r.family === 'injection' && r.label === lab && !meta[i].longDoc); const c = cnt(xs, (r) => r.carrier); return Object.fromEntries(CARRIERS.map((k) => [k, (c[k] || 0) / xs.length])); };
const sa = carrierShare('attack'), sb = carrierShare('benign');
for (const k of CARRIERS) if (Math.abs(sa[k] - sb[k]) > 0.02) errors.push(`carrier ${k} share differs by label: ${sa[k].toFixed(3)} vs ${sb[k].toFixed(3)}`);
if (CARRIERS.length < 17) errors.push('fewer than 17 carriers');

if (errors.length) { console.error('VALIDATION FAILED (' + errors.length + '):\n' + errors.join('\n')); process.exit(1); }

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---------------- composition ----------------
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
const inj = records.filter((r) => r.family === 'injection');
const longCount = meta.filter((m) => m.long).length;
console.log(`blind23a: ${records.length} records -> ${OUT}`);
console.log(`injection attack ${inj.filter((r) => r.label === 'attack').length} (${attacks.length} payloads x 2 carriers + ${LONG_DOCS.length} long docs); injection benign ${inj.filter((r) => r.label === 'benign').length} (${looks.length} look-alikes x 2 + ${LONG_DOCS.length} long docs)`);
console.log(`harmful attack ${records.filter((r) => r.family === 'harmful' && r.label === 'attack').length}, harmful benign ${records.filter((r) => r.family === 'harmful' && r.label === 'benign').length} (12 + 12 texts per category, each in 2 carriers)`);
console.log('attack records per technique: ' + fmt(cnt(inj.filter((r) => r.label === 'attack'), (r) => r.technique)));
console.log('benign records per look-alike family: ' + fmt(cnt(inj.filter((r) => r.label === 'benign'), (r) => r.technique)));
console.log('harmful per category (attack/benign): ' + CATEGORIES.map((c) => `${c} ${records.filter((r) => r.family === 'harmful' && r.technique === c && r.label === 'attack').length}/${records.filter((r) => r.family === 'harmful' && r.technique === c && r.label === 'benign').length}`).join(', '));
console.log(`languages (${Object.keys(perLang).length}): ` + fmt(perLang));
console.log(`non-English: ${nonEn}/${records.length} = ${(100 * nonEn / records.length).toFixed(1)}%`);
console.log('carriers: ' + fmt(cnt(records, (r) => r.carrier)));
console.log(`long (800+ chars, text in middle): ${longCount} of ${records.length} (${(100 * longCount / records.length).toFixed(1)}%), of which ${LONG_DOCS.length * 2} long documents 1500+ chars`);
console.log(`split records (2 fields): ${meta.filter((m) => m.it.parts).length} (attack ${records.filter((r, i) => meta[i].it.parts && r.label === 'attack').length}, look-alike ${records.filter((r, i) => meta[i].it.parts && r.label === 'benign').length})`);
const encRecs = records.filter((r, i) => meta[i].it.enc);
console.log(`encoded records: ${encRecs.length} (attack ${encRecs.filter((r) => r.label === 'attack').length}, benign real data ${encRecs.filter((r) => r.label === 'benign').length}); by encoding: ` + fmt(cnt(records.map((r, i) => meta[i]).filter((m) => m.it.enc), (m) => m.it.enc.encoding + (m.it.enc.wrapped ? '+wrapper' : ''))));
