// blind7b generator: node test/eval/injection/blind7b_generate.mjs
// Deterministic, Node built-ins only. Rewrites blind7b.jsonl next to this file, validates
// every record, prints the composition, exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, HTML_CARRIERS } from './blind7b_carriers.mjs';
import * as A1 from './blind7b_attacks_a.mjs';
import * as A2 from './blind7b_attacks_b.mjs';
import * as L1 from './blind7b_lookalikes_a.mjs';
import * as L2 from './blind7b_lookalikes_b.mjs';
import * as L3 from './blind7b_lookalikes_c.mjs';
import { LONG } from './blind7b_long.mjs';
import { HARMFUL } from './blind7b_harmful.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind7b.jsonl');
const SPLIT = 'blind7b';

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing',
  'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi',
  'tr', 'vi', 'id', 'sv'];
const ATTACKS = { ...A1, ...A2 };
const LOOKALIKES = { ...L1, ...L2, ...L3 };
const FAMILIES = Object.keys(LOOKALIKES);

// ---------------------------------------------------------------- encodings
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const LEET_INV = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => {
  const b = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENCODE = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  entities: (s) => [...s].map((c) => '&#' + c.codePointAt(0) + ';').join(''),
  uescape: (s) => [...s].map((c) => {
    let o = '';
    for (let i = 0; i < c.length; i++) o += '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0');
    return o;
  }).join(''),
  reverse: (s) => [...s].reverse().join(''),
  leet: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]),
};
// decoders written independently of the encoders
const DECODE = {
  base64: (e) => Buffer.from(e, 'base64').toString('utf8'),
  hex: (e) => Buffer.from(e, 'hex').toString('utf8'),
  rot13,
  url: (e) => decodeURIComponent(e),
  entities: (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))),
  uescape: (e) => e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))),
  reverse: (e) => [...e].reverse().join(''),
  leet: (e) => e.replace(/[431057]/g, (d) => LEET_INV[d]),
};
const TAG_BASE = 0xe0000;
const toTags = (s) => [...s].map((c) => String.fromCodePoint(TAG_BASE + c.codePointAt(0))).join('');
const fromTags = (s) => [...s].filter((c) => { const p = c.codePointAt(0); return p > TAG_BASE && p <= 0xe007f; })
  .map((c) => String.fromCodePoint(c.codePointAt(0) - TAG_BASE)).join('');
const ZW = '\u200b';
const toZw = (s) => [...s].join(ZW);

// ---------------------------------------------------------------- build
const records = [];
const counters = {};
const nextId = (family, label, tech) => {
  const key = `${family}-${label}-${tech}`;
  counters[key] = (counters[key] || 0) + 1;
  return `${SPLIT}-${key}-${String(counters[key]).padStart(4, '0')}`;
};
let k = 0; // global variation index for carriers
const isMarkup = (s) => /<[a-z!\/]/i.test(s);

function carrierPair(i, salt, markup) {
  const pool = markup ? HTML_CARRIERS : CARRIER_NAMES;
  const a = (i * 7 + salt) % pool.length;
  let b = (a + 3 + (i % 5)) % pool.length;
  if (b === a) b = (b + 1) % pool.length;
  return [pool[a], pool[b]];
}

function push(rec) { records.push(rec); }

function entryParts(e) {
  // returns {lang, parts, mix, method}
  if (Array.isArray(e)) {
    if (e.length === 4) return { lang: e[0], parts: [e[1], e[2]], mix: e[3] };
    if (e.length === 3 && typeof e[2] === 'string' && LANGS.includes(e[2]) && !LANGS.includes(e[1])) {
      return { lang: e[0], parts: [e[1]], mix: e[2] };
    }
    if (e.length === 3) return { lang: e[0], parts: [e[1], e[2]] };
    return { lang: e[0], parts: [e[1]] };
  }
  if (e.enc) {
    const encoded = ENCODE[e.enc](e.plain);
    return { lang: e.lang, parts: [e.wrap.replace('{E}', encoded)], method: { encoding: e.enc, encoded, decoded: e.plain } };
  }
  if (e.gen === 'tags') {
    return { lang: e.lang, parts: [e.visible + toTags(e.hidden)], method: { encoding: 'unicode_tags', hidden: e.hidden } };
  }
  if (e.gen === 'zw') {
    return { lang: e.lang, parts: [e.visible + ' ' + toZw(e.hidden)], method: { encoding: 'zero_width_interleaved', hidden: e.hidden } };
  }
  throw new Error('unknown entry shape: ' + JSON.stringify(e));
}

function emitTwice(family, label, tech, list, salt, prefix) {
  list.forEach((e, i) => {
    const { lang, parts, mix, method } = entryParts(e);
    const pair = carrierPair(i, salt, parts.some(isMarkup));
    for (const c of pair) {
      const rec = { id: nextId(family, label, tech), split: SPLIT, family, label, technique: tech, lang,
        carrier: c, fields: CARRIERS[c].frame(parts, k++) };
      rec.payload_id = `${prefix}-${String(i + 1).padStart(3, '0')}`;
      if (mix) rec.mix = mix;
      if (method) rec.method = method;
      rec._parts = parts;
      push(rec);
    }
  });
}

TECHNIQUES.forEach((t, ti) => emitTwice('injection', 'attack', t, ATTACKS[t], ti * 3, `atk-${t}`));
FAMILIES.forEach((f, fi) => emitTwice('injection', 'benign', f, LOOKALIKES[f], fi * 2 + 1, `look-${f}`));

// long documents: same body, buried attack vs buried look-alike
function buildLong(d, snippet) {
  const before = d.paras.slice(0, d.at + 1).join('\n\n');
  const after = d.paras.slice(d.at + 1).join('\n\n');
  if (Array.isArray(snippet)) return [before + '\n\n' + snippet[0], snippet[1] + '\n\n' + after];
  return [before + '\n\n' + snippet + '\n\n' + after];
}
LONG.forEach((d, i) => {
  let atk = d.payload, look = d.lookalike, mAtk, mLook;
  if (d.enc) {
    const e1 = ENCODE[d.enc](d.plain);
    atk = d.wrap.replace('{E}', e1); mAtk = { encoding: d.enc, encoded: e1, decoded: d.plain };
    const e2 = ENCODE[d.lenc](d.lplain);
    look = d.lwrap.replace('{E}', e2); mLook = { encoding: d.lenc, encoded: e2, decoded: d.lplain };
  }
  if (d.technique === 'split_payload') { atk = atk.split('\n'); look = look.split('\n'); }
  const ra = { id: nextId('injection', 'attack', d.technique), split: SPLIT, family: 'injection', label: 'attack',
    technique: d.technique, lang: d.lang, carrier: d.carrier, length: 'long', payload_id: `long-${String(i + 1).padStart(3, '0')}` };
  const pa = buildLong(d, atk);
  ra.fields = CARRIERS[d.carrier].frame(pa, k++);
  if (mAtk) ra.method = mAtk;
  ra._parts = Array.isArray(atk) ? atk : [atk];
  ra._splitParts = Array.isArray(atk) ? atk : null;
  push(ra);
  const rb = { id: nextId('injection', 'benign', d.family), split: SPLIT, family: 'injection', label: 'benign',
    technique: d.family, lang: d.lang, carrier: d.carrier, length: 'long', payload_id: `long-${String(i + 1).padStart(3, '0')}` };
  rb.fields = CARRIERS[d.carrier].frame(buildLong(d, look), k++);
  if (mLook) rb.method = mLook;
  rb._parts = Array.isArray(look) ? look : [look];
  rb._splitParts = Array.isArray(look) ? look : null;
  push(rb);
});

// harmful: one carrier each, rotating over all carriers
let h = 0;
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    HARMFUL[cat][label].forEach((e, i) => {
      const { lang, parts } = entryParts(e);
      const c = CARRIER_NAMES[(h * 5 + (label === 'attack' ? 0 : 2)) % CARRIER_NAMES.length];
      h++;
      push({ id: nextId('harmful', label, cat), split: SPLIT, family: 'harmful', label, technique: cat, lang,
        carrier: c, fields: CARRIERS[c].frame(parts, k++), _parts: parts });
    });
  }
}

// ---------------------------------------------------------------- validate
const errors = [];
const err = (r, m) => errors.push(`${r.id || '?'}: ${m}`);
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
const REAL_TLDS = 'com|org|net|io|ai|co|ru|de|fr|es|it|nl|pl|uk|cn|jp|kr|in|br|tr|vn|id|se|ua|info|biz|app|dev|me|ly|xyz|gov|edu|eu|us|ca|au|pt|ch|at|be|cz|ir|sa|ae|mx|ar|tv|cc|to|gg|sh|site|online|shop|store|cloud';
const BARE = new RegExp(`(?<![\\w@./-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${REAL_TLDS}|example|test|invalid))(?![\\w-])`, 'gi');
function hostsIn(text) {
  const hosts = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s?#"'<>)\]\\|]+)/gi)) hosts.push(m[1].replace(/:\d+$/, ''));
  for (const m of text.matchAll(/[\w.+-]+@((?:[\w-]+\.)+[\w-]+)/g)) hosts.push(m[1]);
  for (const m of text.matchAll(/\bwww\.[\w.-]+/gi)) hosts.push(m[0]);
  for (const m of text.matchAll(BARE)) hosts.push(m[1]);
  return hosts;
}
const seen = new Set();
const KNOWN_TECH = { injection: { attack: TECHNIQUES, benign: FAMILIES }, harmful: { attack: CATEGORIES, benign: CATEGORIES } };
for (const r of records) {
  for (const key of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) {
    if (typeof r[key] !== 'string' || r[key].trim() === '') err(r, `empty or non-string ${key}`);
  }
  if (seen.has(r.id)) err(r, 'duplicate id'); seen.add(r.id);
  if (!/^blind7b-(injection|harmful)-(attack|benign)-[a-z_]+-\d{4}$/.test(r.id)) err(r, 'bad id format');
  if (r.split !== SPLIT) err(r, 'bad split');
  if (!KNOWN_TECH[r.family] || !KNOWN_TECH[r.family][r.label]) { err(r, 'bad family/label'); continue; }
  if (!KNOWN_TECH[r.family][r.label].includes(r.technique)) err(r, `unknown technique ${r.technique}`);
  if (!LANGS.includes(r.lang)) err(r, `unknown lang ${r.lang}`);
  if (r.mix && !LANGS.includes(r.mix)) err(r, `unknown mix lang ${r.mix}`);
  if (!CARRIERS[r.carrier]) err(r, `unknown carrier ${r.carrier}`);
  if (!Array.isArray(r.fields) || r.fields.length === 0) err(r, 'no fields');
  for (const f of r.fields || []) if (typeof f !== 'string' || f.trim() === '') err(r, 'empty field');
  const joined = (r.fields || []).join('\n');
  // split records: each part in its own field
  const isSplit = r.technique === 'split_payload' || r.technique === 'split_lookalike';
  if (isSplit) {
    const parts = r._splitParts || r._parts;
    if (r.fields.length < 2 || parts.length !== 2) err(r, 'split record needs 2 parts in 2 fields');
    else {
      const loc = (p) => r.fields.findIndex((f) => f.includes(p) || f.includes(JSON.stringify(p).slice(1, -1)) || f.includes(p.replace(/"/g, '""')));
      const i0 = loc(parts[0]), i1 = loc(parts[1]);
      if (i0 < 0 || i1 < 0 || i0 === i1) err(r, `split parts not in separate fields (${i0}, ${i1})`);
      if (r.fields.some((f) => f.includes(parts[0]) && f.includes(parts[1]))) err(r, 'both split parts in one field');
    }
  } else if (r.fields.length !== 1 && !r._splitParts) err(r, 'non-split record with several fields');
  // carried text present (allowing carrier escaping)
  for (const p of r._parts) {
    const forms = [p, JSON.stringify(p).slice(1, -1), p.replace(/"/g, '""')];
    if (!forms.some((x) => joined.includes(x))) err(r, 'carried text not found in fields');
  }
  // lossless encodings
  if (r.method) {
    const m = r.method;
    if (ENCODE[m.encoding]) {
      if (DECODE[m.encoding](m.encoded) !== m.decoded) err(r, `${m.encoding} does not decode losslessly`);
      if (m.encoding === 'leet' && /[431057]/.test(m.decoded)) err(r, 'leet plain text contains digits (ambiguous)');
      if (m.encoded === m.decoded) err(r, 'encoding is identity');
      const forms = [m.encoded, JSON.stringify(m.encoded).slice(1, -1), m.encoded.replace(/"/g, '""')];
      if (!forms.some((x) => joined.includes(x))) err(r, 'encoded text not found in fields');
    } else if (m.encoding === 'unicode_tags') {
      if (!/^[\x20-\x7e]+$/.test(m.hidden)) err(r, 'unicode tag text must be printable ASCII');
      if (fromTags(joined) !== m.hidden) err(r, 'unicode tag text does not decode losslessly');
    } else if (m.encoding === 'zero_width_interleaved') {
      if (!joined.includes(toZw(m.hidden)) || toZw(m.hidden).split(ZW).join('') !== m.hidden) err(r, 'zero-width text not lossless');
    } else err(r, `unknown encoding ${m.encoding}`);
  }
  // host names
  let scanned = joined;
  if (r.method && r.method.encoded) scanned = scanned.split(r.method.encoded).join(' ');
  const texts = [scanned];
  if (r.method && r.method.decoded) texts.push(r.method.decoded);
  if (r.method && r.method.hidden) texts.push(r.method.hidden);
  for (const t of texts) for (const host of hostsIn(t)) if (!ALLOWED_TLD.test(host)) err(r, `host not under .example/.test/.invalid: ${host}`);
  if (r.length === 'long' && joined.length < 1500) err(r, `long document too short (${joined.length})`);
}

// composition constraints
const inj = records.filter((r) => r.family === 'injection');
const atkPayloads = {}; const lookTexts = new Set(); const payloadCarriers = {};
for (const r of inj) {
  if (r.label === 'attack' && !r.length) (atkPayloads[r.technique] ||= new Set()).add(r.payload_id);
  if (r.label === 'benign' && !r.length) lookTexts.add(r.payload_id);
  if (!r.length) (payloadCarriers[r.payload_id] ||= new Set()).add(r.carrier);
}
for (const t of TECHNIQUES) if (!atkPayloads[t] || atkPayloads[t].size < 28) errors.push(`technique ${t}: fewer than 28 distinct payloads`);
for (const [p, cs] of Object.entries(payloadCarriers)) if (cs.size !== 2) errors.push(`${p}: not framed in two different carriers`);
if (FAMILIES.length < 18) errors.push('fewer than 18 look-alike families');
for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) {
  const n = records.filter((r) => r.family === 'harmful' && r.technique === cat && r.label === label).length;
  if (n !== 12) errors.push(`harmful ${cat}/${label}: ${n} records, expected 12`);
}
const harm = records.filter((r) => r.family === 'harmful');
if (harm.filter((r) => r.lang !== 'en').length * 2 < harm.length) errors.push('harmful: fewer than half non-English');
if (records.filter((r) => r.lang !== 'en').length * 2 < records.length) errors.push('fewer than half non-English records');
for (const l of LANGS) if (!records.some((r) => r.lang === l)) errors.push(`language ${l} missing`);
for (const c of CARRIER_NAMES) {
  const a = inj.some((r) => r.carrier === c && r.label === 'attack');
  const b = inj.some((r) => r.carrier === c && r.label === 'benign');
  if (!a || !b) errors.push(`carrier ${c} does not frame both attacks and look-alikes`);
}
const longA = records.filter((r) => r.length === 'long' && r.label === 'attack').length;
const longB = records.filter((r) => r.length === 'long' && r.label === 'benign').length;
if (longA < 15 || longB < 15) errors.push('fewer than 15 long attacks or look-alikes');

// ---------------------------------------------------------------- write + report
const clean = records.map((r) => { const o = { ...r }; delete o._parts; delete o._splitParts; return o; });
writeFileSync(OUT, clean.map((r) => JSON.stringify(r)).join('\n') + '\n');

const tally = (rs, f) => rs.reduce((m, r) => { const key = f(r); m[key] = (m[key] || 0) + 1; return m; }, {});
const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([a, b]) => `${a}=${b}`).join(' ');
console.log(`blind7b: ${records.length} records -> ${OUT}`);
console.log(`injection attack: ${inj.filter((r) => r.label === 'attack').length} records (${Object.values(atkPayloads).reduce((s, x) => s + x.size, 0)} distinct payloads x2 carriers + ${longA} long)`);
console.log('  by technique: ' + fmt(tally(inj.filter((r) => r.label === 'attack'), (r) => r.technique)));
console.log(`injection benign: ${inj.filter((r) => r.label === 'benign').length} records (${lookTexts.size} distinct look-alikes x2 carriers in ${FAMILIES.length} families + ${longB} long)`);
console.log('  by family: ' + fmt(tally(inj.filter((r) => r.label === 'benign'), (r) => r.technique)));
console.log(`harmful: ${harm.length} records; ` + CATEGORIES.map((c) => `${c}=${harm.filter((r) => r.technique === c && r.label === 'attack').length}+${harm.filter((r) => r.technique === c && r.label === 'benign').length}`).join(' '));
console.log(`languages (${Object.keys(tally(records, (r) => r.lang)).length}): ` + fmt(tally(records, (r) => r.lang)));
console.log(`non-English: ${records.filter((r) => r.lang !== 'en').length}/${records.length} overall, ${harm.filter((r) => r.lang !== 'en').length}/${harm.length} harmful; code-switched: ${records.filter((r) => r.mix).length}`);
console.log('carriers: ' + fmt(tally(records, (r) => r.carrier)));
console.log(`long documents: ${longA} attack + ${longB} look-alike (min length ${Math.min(...records.filter((r) => r.length).map((r) => r.fields.join('\n').length))} chars)`);
console.log('encodings: ' + fmt(tally(records.filter((r) => r.method), (r) => `${r.label}:${r.method.encoding}`)));
if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors.slice(0, 80)) console.error('  ' + e);
  process.exit(1);
}
console.log('validation: OK');
