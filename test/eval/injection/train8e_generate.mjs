// train8e generator + validator (TRAINING round, not held out).
// Usage: node test/eval/injection/train8e_generate.mjs
// Deterministic (seeded PRNG). Writes train8e.jsonl next to this file only if every check passes;
// otherwise prints the violations and exits 1 writing nothing.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, wrap, wrapLong } from './train8e_carriers.mjs';
import { ATTACKS_A } from './train8e_attacks_a.mjs';
import { ATTACKS_B } from './train8e_attacks_b.mjs';
import { LOOKALIKES } from './train8e_lookalikes.mjs';
import { HARMFUL } from './train8e_harmful.mjs';
import { LONG, POOL } from './train8e_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train8e.jsonl');
const SPLIT = 'train8e';
const SOURCE = 'hand-written (train8e, blind)';

// ---------- PRNG ----------
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(0x8E2024);

// ---------- encodings ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ZW = '\u200B';
const ENC = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13: (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); }),
  url: (s) => encodeURIComponent(s),
  html_entities: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
  unicode_escape: (s) => [...s].map((c) => { let o = ''; for (let i = 0; i < c.length; i++) o += '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0'); return o; }).join(''),
  reversed: (s) => [...s].reverse().join(''),
  leetspeak: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]),
  tag_chars: (s) => [...s].map((c) => String.fromCodePoint(0xE0000 + c.charCodeAt(0))).join(''),
  zero_width: (s) => [...s].join(ZW),
};
const DEC = {
  base64: (s) => Buffer.from(s, 'base64').toString('utf8'),
  hex: (s) => Buffer.from(s, 'hex').toString('utf8'),
  rot13: ENC.rot13,
  url: (s) => decodeURIComponent(s),
  html_entities: (s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n)),
  unicode_escape: (s) => s.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))),
  reversed: ENC.reversed,
  leetspeak: (s) => s.replace(/[013457]/g, (c) => UNLEET[c]),
  tag_chars: (s) => [...s].map((c) => String.fromCharCode(c.codePointAt(0) - 0xE0000)).join(''),
  zero_width: (s) => s.split(ZW).join(''),
};

// ---------- vocabularies ----------
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing',
  'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = Object.keys(LOOKALIKES);
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja',
  'ko', 'vi', 'id', 'sv', 'th', 'es-en', 'hi-en', 'de-en'];
const isEn = (l) => l === 'en';

// ---------- item normalisation ----------
// returns { lang, parts:[...], enc?:{type, plain, encoded} }
function norm(item, isSplit) {
  const [lang, a, b, c] = item;
  if (isSplit) return { lang, parts: [a, b] };
  if (item.length === 4) {
    const encoded = ENC[b](c);
    return { lang, parts: [a.replace('{{ENC}}', encoded)], enc: { type: b, plain: c, encoded } };
  }
  return { lang, parts: [a] };
}

const records = [];
const meta = []; // parallel validation info
let counter = 0;
function push(family, label, technique, lang, carrier, fields, info) {
  counter += 1;
  const id = `${SPLIT}-${family}-${label}-${technique}-${String(counter).padStart(4, '0')}`;
  const methodBits = [info.long ? 'long-doc' : (info.pad ? 'carrier+padding' : 'carrier')];
  if (info.parts.length > 1) methodBits.push('split-fields');
  if (info.enc) methodBits.push(`enc=${info.enc.type}`);
  records.push({ id, split: SPLIT, family, label, technique, lang, carrier, fields, source: SOURCE, method: methodBits.join(';') });
  meta.push(info);
}

// carriers by pool index: the same rule for every pool, independent of label
const carrierPair = (k) => [CARRIERS[k % CARRIERS.length], CARRIERS[(k + 8) % CARRIERS.length]];
const padFor = (k, j) => (2 * k + j) % 3 === 0; // about a third of records padded to 800+ chars

function emitPool(family, label, groups, isSplitGroup) {
  let k = 0;
  for (const [technique, items] of groups) {
    for (const item of items) {
      const n = norm(item, isSplitGroup(technique));
      const key = `${family}|${label}|${technique}|${n.parts.join('‖')}`;
      carrierPair(k).forEach((carrier, j) => {
        const pad = padFor(k, j);
        const w = wrap(carrier, n.parts, rng, pad);
        push(family, label, technique, n.lang, carrier, w.fields, { ...n, key, esc: w.esc, pad, long: false });
      });
      k += 1;
    }
  }
}

// injection attacks
const attackGroups = TECHNIQUES.map((t) => [t, [...(ATTACKS_A[t] || []), ...(ATTACKS_B[t] || [])]]);
emitPool('injection', 'attack', attackGroups, (t) => t === 'split_payload');
// injection look-alikes
emitPool('injection', 'benign', FAMILIES.map((f) => [f, LOOKALIKES[f]]), (f) => f === 'split_lookalike');
// harmful
for (const label of ['attack', 'benign']) {
  emitPool('harmful', label, CATEGORIES.map((c) => [c, HARMFUL[c][label]]), () => false);
}

// long documents
function sides(doc) {
  let paras = [...POOL[doc.lang]];
  const total = (a) => a.reduce((n, p) => n + p.length, 0) + doc.before.length + doc.after.length;
  if (doc.lang !== 'en' && total(paras) < 1400) paras = paras.concat(POOL.en);
  return { pre: [doc.before, ...paras.filter((_, i) => i % 2 === 0)], post: [...paras.filter((_, i) => i % 2 === 1), doc.after] };
}
for (const doc of LONG) {
  const { pre, post } = sides(doc);
  for (const [label, spec] of [['attack', doc.attack], ['benign', doc.lookalike]]) {
    const technique = spec[0];
    const isSplit = spec.length === 3;
    const n = norm([doc.lang, ...spec.slice(1)], isSplit);
    const head = `${doc.title}\n\n${pre.join('\n\n')}\n\n`;
    const tail = `\n\n${post.join('\n\n')}`;
    const r = mulberry32(0x4C0 + LONG.indexOf(doc)); // same carrier furniture for the pair
    let fields; let esc;
    if (n.parts.length === 1) {
      ({ fields, esc } = wrapLong(doc.carrier, head + n.parts[0] + tail, r));
    } else {
      const w1 = wrapLong(doc.carrier, head + n.parts[0] + '\n@@SPLIT@@\n' + n.parts[1] + tail, r);
      esc = w1.esc;
      const f = w1.fields[0];
      const cut = f.indexOf(esc('\n@@SPLIT@@\n'));
      fields = [f.slice(0, cut), f.slice(cut + esc('\n@@SPLIT@@\n').length)];
    }
    push('injection', label, technique, doc.lang, doc.carrier, fields,
      { ...n, key: `long|${label}|${doc.title}`, esc, pad: false, long: true });
  }
}

// ---------- validator ----------
const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const ALLOWED_HOST = /(\.example|\.test|\.invalid)$/i;
function checkHosts(id, text) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)\]?#:\\]+)/gi)) {
    const h = m[1].toLowerCase();
    if (h.includes('.') && !ALLOWED_HOST.test(h)) err(id, `host not allowed: ${h}`);
  }
  for (const m of text.matchAll(/[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu)) {
    if (!ALLOWED_HOST.test(m[1])) err(id, `mail domain not allowed: ${m[1]}`);
  }
  for (const m of text.matchAll(/\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|ru|cn|de|fr|jp|uk|info|biz|xyz|app|dev|ai|me|us|eu|gov|edu|ly)\b(?!\.)/gi)) {
    err(id, `real-looking domain: ${m[0]}`);
  }
}
const ID_RE = /^train8e-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const seenIds = new Set();
const textCarriers = new Map();
for (let i = 0; i < records.length; i++) {
  const rec = records[i]; const info = meta[i]; const id = rec.id || `#${i}`;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof rec[k] !== 'string' || !rec[k].trim()) err(id, `empty or non-string ${k}`);
  }
  if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) err(id, 'bad fields');
  const m = ID_RE.exec(rec.id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(id, 'id does not follow the rule');
  if (seenIds.has(rec.id)) err(id, 'duplicate id'); seenIds.add(rec.id);
  if (rec.split !== SPLIT) err(id, 'bad split');
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) err(id, 'unknown technique');
  if (rec.family === 'injection' && rec.label === 'benign' && !FAMILIES.includes(rec.technique)) err(id, 'unknown look-alike family');
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) err(id, 'unknown category');
  if (!CARRIERS.includes(rec.carrier)) err(id, 'unknown carrier');
  if (!LANGS.includes(rec.lang)) err(id, `unknown language ${rec.lang}`);
  const joined = rec.fields.join('\n');
  checkHosts(id, joined);
  // parts present (in carrier-escaped form), split parts in separate fields
  const escParts = info.parts.map(info.esc);
  if (escParts.length === 1) {
    if (!joined.includes(escParts[0])) err(id, 'text not found in fields');
  } else {
    if (rec.fields.length !== 2) err(id, 'split record must have 2 fields');
    else {
      if (!rec.fields[0].includes(escParts[0])) err(id, 'split part 1 not in field 1');
      if (!rec.fields[1].includes(escParts[1])) err(id, 'split part 2 not in field 2');
      if (rec.fields.some((f) => f.includes(escParts[0]) && f.includes(escParts[1]))) err(id, 'split parts share a field');
    }
  }
  if ((rec.technique === 'split_payload' || rec.technique === 'split_lookalike') && escParts.length !== 2) err(id, 'split technique without two parts');
  // encodings: decode and compare, hosts in decoded payload
  if (info.enc) {
    const { type, plain, encoded } = info.enc;
    if (!info.parts[0].includes(encoded)) err(id, 'encoded string missing from text');
    if (DEC[type](encoded) !== plain) err(id, `${type} does not decode to the plain text`);
    if (type === 'leetspeak' && /[013457]/.test(plain)) err(id, 'leetspeak plain text not reversible');
    checkHosts(id, plain);
  }
  // text in the middle
  const pos = joined.indexOf(escParts[0]);
  const end = joined.indexOf(escParts[escParts.length - 1]) + escParts[escParts.length - 1].length;
  if (info.long) {
    if (joined.length < 1500) err(id, `long doc too short (${joined.length})`);
    if (pos < 600 || joined.length - end < 500) err(id, `long doc text not in the middle (${pos}/${joined.length - end})`);
  } else if (info.pad) {
    if (joined.length < 800) err(id, `padded record under 800 chars (${joined.length})`);
    if (pos < 250 || joined.length - end < 250) err(id, `padded text not in the middle (${pos}/${joined.length - end})`);
  }
  if (!info.long) {
    if (!textCarriers.has(info.key)) textCarriers.set(info.key, []);
    textCarriers.get(info.key).push(rec.carrier);
  }
}
for (const [key, cs] of textCarriers) {
  if (cs.length !== 2 || cs[0] === cs[1]) errors.push(`text not in two different carriers: ${key.slice(0, 80)}`);
}
// composition checks
const count = (pred) => records.filter(pred).length;
const inj = (r) => r.family === 'injection';
const attacks = records.filter((r) => inj(r) && r.label === 'attack');
const looks = records.filter((r) => inj(r) && r.label === 'benign');
const uniqTexts = (fam, label, tech) => new Set(meta.filter((_, i) => records[i].family === fam && records[i].label === label && records[i].technique === tech && !meta[i].long).map((x) => x.key)).size;
for (const t of TECHNIQUES) if (uniqTexts('injection', 'attack', t) < 30) errors.push(`technique ${t}: fewer than 30 payloads`);
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) {
  const n = uniqTexts('harmful', l, c); if (n !== 12) errors.push(`harmful ${c}/${l}: ${n} texts, want 12`);
}
if (FAMILIES.length < 20) errors.push('fewer than 20 look-alike families');
const longA = count((r, i) => meta[records.indexOf(r)].long && r.label === 'attack');
const nonEn = count((r) => !isEn(r.lang));
if (nonEn / records.length < 0.5) errors.push('non-English share below 50%');
if (attacks.filter((r) => !isEn(r.lang)).length / attacks.length < 0.6) errors.push('non-English share of attacks below 60%');
const langSet = new Set(records.map((r) => r.lang));
if (langSet.size < 18) errors.push('fewer than 18 languages');
// carrier proportions: same rule for attacks and look-alikes
const shortA = attacks.filter((r) => !r.method.startsWith('long')); const shortL = looks.filter((r) => !r.method.startsWith('long'));
for (const c of CARRIERS) {
  const pa = shortA.filter((r) => r.carrier === c).length / shortA.length;
  const pl = shortL.filter((r) => r.carrier === c).length / shortL.length;
  if (Math.abs(pa - pl) > 0.02) errors.push(`carrier ${c} share differs: attacks ${pa.toFixed(3)} vs look-alikes ${pl.toFixed(3)}`);
}

if (errors.length) {
  console.error(`train8e: ${errors.length} violation(s); nothing written`);
  for (const e of errors.slice(0, 80)) console.error('  ' + e);
  process.exit(1);
}

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---------- composition ----------
const tally = (arr, f) => { const m = new Map(); for (const x of arr) m.set(f(x), (m.get(f(x)) || 0) + 1); return [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))); };
const fmt = (pairs) => pairs.map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`train8e: ${records.length} records written to test/eval/injection/train8e.jsonl`);
console.log(`injection attacks: ${attacks.length} records (${attacks.length - longA} short = ${new Set(meta.filter((m, i) => attacks.includes(records[i]) && !m.long).map((m) => m.key)).size} payloads x 2 carriers, + ${longA} long)`);
console.log('  per technique: ' + fmt(tally(attacks, (r) => r.technique)));
console.log(`injection look-alikes: ${looks.length} records (${looks.filter((r) => r.method.startsWith('long')).length} long)`);
console.log('  per family: ' + fmt(tally(looks, (r) => r.technique)));
const harm = records.filter((r) => r.family === 'harmful');
console.log(`harmful: ${harm.length} records (12 attack + 12 benign texts per category, each in 2 carriers)`);
console.log('  per category: ' + CATEGORIES.map((c) => `${c} ${count((r) => r.family === 'harmful' && r.technique === c && r.label === 'attack')}a/${count((r) => r.family === 'harmful' && r.technique === c && r.label === 'benign')}b`).join(', '));
console.log(`languages (${langSet.size}): ` + fmt(tally(records, (r) => r.lang)));
console.log(`non-English: ${(100 * nonEn / records.length).toFixed(1)}% overall, ${(100 * attacks.filter((r) => !isEn(r.lang)).length / attacks.length).toFixed(1)}% of injection attacks`);
console.log('carriers: ' + fmt(tally(records, (r) => r.carrier)));
const n800 = count((r) => r.fields.join('\n').length >= 800);
console.log(`long docs (1500+): ${count((r) => r.method.startsWith('long'))}; records 800+ chars: ${n800} (${(100 * n800 / records.length).toFixed(1)}%)`);
console.log(`split (2 fields): ${count((r) => r.method.includes('split-fields'))}; encoded: ${count((r) => r.method.includes('enc='))} (` + fmt(tally(records.filter((r) => r.method.includes('enc=')), (r) => r.method.match(/enc=(\w+)/)[1])) + ')');
