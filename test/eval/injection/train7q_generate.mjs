// train7q generator: node test/eval/injection/train7q_generate.mjs
// Deterministic, Node built-ins only. Rewrites train7q.jsonl next to this file, validates every
// record, prints the composition, exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, CARRIER_NAMES, frame, hash } from './train7q_carriers.mjs';
import { ATTACKS } from './train7q_attacks.mjs';
import { BENIGN } from './train7q_benign.mjs';
import { HARMFUL } from './train7q_harmful.mjs';

const SPLIT = 'train7q';
const OUT = join(dirname(fileURLToPath(import.meta.url)), 'train7q.jsonl');
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LONG_PCT = 42;

// ---- encodings (each paired with its decoder; every use is checked losslessly) ----
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const ZW = '\u200b';
const CODECS = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))],
  unicode_escape: [(s) => [...s].map((c) => { let o = ''; for (let i = 0; i < c.length; i++) o += '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0'); return o; }).join(''),
    (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[401357]/g, (c) => UNLEET[c])],
  unicode_tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''),
    (e) => [...e].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zero_width: [(s) => [...s].join(ZW), (e) => e.split(ZW).join('')],
};

const errors = [];
const fail = (m) => errors.push(m);

// ---- normalise source entries ----
function normAttack(tech, e, i) {
  const o = { tech, idx: i };
  if (Array.isArray(e)) { o.lang = e[0]; o.parts = e.slice(1); }
  else {
    o.lang = e.l; o.mix = !!e.mix;
    if (e.m) {
      const codec = CODECS[e.m];
      if (!codec) { fail(`${tech}#${i}: unknown method ${e.m}`); return null; }
      if (e.m === 'leet' && (/[A-Z401357]/.test(e.p))) fail(`${tech}#${i}: leet plaintext must be lowercase without 0/1/3/4/5/7`);
      if (e.m === 'unicode_tags' && /[^\x20-\x7e]/.test(e.p)) fail(`${tech}#${i}: unicode_tags plaintext must be printable ASCII`);
      const enc = codec[0](e.p);
      o.method = e.m; o.plain = e.p; o.enc = enc;
      if (!e.w.includes('{E}')) fail(`${tech}#${i}: wrapper without {E}`);
      o.parts = [e.w.replace('{E}', enc)];
    } else o.parts = Array.isArray(e.x) ? e.x : [e.x];
  }
  return o;
}
function normBenign(fam, e, i) {
  if (Array.isArray(e)) return { tech: fam, idx: i, lang: e[0], parts: e.slice(1) };
  return { tech: fam, idx: i, lang: e.l, mix: !!e.mix, parts: Array.isArray(e.x) ? e.x : [e.x] };
}

// ---- build records ----
const records = [];
const counters = {};
const N = CARRIER_NAMES.length;
function nextId(family, label, tech) {
  const k = `${family}-${label}-${tech}`;
  counters[k] = (counters[k] || 0) + 1;
  return `${SPLIT}-${k}-${String(counters[k]).padStart(4, '0')}`;
}
function emit(family, label, src, carrier, group) {
  const id = nextId(family, label, src.tech);
  const long = hash(id + '|long') % 100 < LONG_PCT;
  const fields = frame(src.parts, carrier, src.lang, id, long);
  const rec = { id, split: SPLIT, family, label, technique: src.tech, lang: src.lang, carrier, fields, group };
  if (src.method) rec.method = src.method;
  if (src.mix) rec.code_switched = true;
  records.push({ rec, src });
}
function twoCarriers(i, off) {
  const a = (i * 7 + off) % N;
  const b = (a + 1 + (Math.floor(i / N) + i) % (N - 1)) % N;
  return [CARRIER_NAMES[a], CARRIER_NAMES[b]];
}

let ai = 0;
for (const tech of TECHNIQUES) {
  (ATTACKS[tech] || []).forEach((e, i) => {
    const src = normAttack(tech, e, i); if (!src) return;
    const group = `a-${tech}-${String(i + 1).padStart(3, '0')}`;
    for (const c of twoCarriers(ai++, 0)) emit('injection', 'attack', src, c, group);
  });
}
let bi = 0;
for (const fam of Object.keys(BENIGN)) {
  BENIGN[fam].forEach((e, i) => {
    const src = normBenign(fam, e, i);
    const group = `b-${fam}-${String(i + 1).padStart(3, '0')}`;
    for (const c of twoCarriers(bi++, 3)) emit('injection', 'benign', src, c, group);
  });
}
let hi = 0;
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    HARMFUL[cat][label].forEach((e, i) => {
      const src = { tech: cat, lang: e[0], parts: [e[1]] };
      emit('harmful', label, src, CARRIER_NAMES[(hi++ * 5 + 2) % N], `h-${cat}-${label}-${String(i + 1).padStart(3, '0')}`);
    });
  }
}

// ---- validation ----
const norm = (s) => s.replace(/<br>/g, '\n').normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
const has = (nf, part) => nf.includes(norm(part)) || nf.includes(norm(JSON.stringify(part).slice(1, -1)));
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
const BARE_TLDS = 'com|org|net|io|ai|dev|co|ru|cn|de|uk|fr|jp|kr|br|in|pl|app|info|biz|me|gov|edu|xyz|ly|gg|tv|us|es|it|nl|se|tr|vn|id|ua|ch|at|be|eu|cloud|site|online|shop|store';
function hostsIn(text) {
  const out = [];
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([a-z0-9.-]+)/gi)) out.push(m[1]);
  for (const m of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) out.push(m[1]);
  for (const m of text.matchAll(new RegExp(`(?<![\\w@/.-])((?:[a-z0-9-]+\\.)+(?:${BARE_TLDS}))(?![\\w.-]*[a-z0-9])`, 'gi'))) out.push(m[1]);
  return out.map((h) => h.replace(/\.$/, ''));
}
const ids = new Set();
const KNOWN_TECH = { attack: new Set(TECHNIQUES), benign: new Set(Object.keys(BENIGN)) };
for (const { rec, src } of records) {
  const where = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) {
    if (typeof rec[k] !== 'string' || !rec[k].trim()) fail(`${where}: empty ${k}`);
  }
  if (ids.has(rec.id)) fail(`${where}: duplicate id`); ids.add(rec.id);
  if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) fail(`${where}: bad fields`);
  if (!LANGS.includes(rec.lang)) fail(`${where}: unknown lang ${rec.lang}`);
  if (!CARRIER_NAMES.includes(rec.carrier)) fail(`${where}: unknown carrier`);
  if (!['attack', 'benign'].includes(rec.label)) fail(`${where}: bad label`);
  if (rec.family === 'injection') { if (!KNOWN_TECH[rec.label].has(rec.technique)) fail(`${where}: unknown technique ${rec.technique}`); }
  else if (rec.family === 'harmful') { if (!CATEGORIES.includes(rec.technique)) fail(`${where}: unknown category`); }
  else fail(`${where}: bad family`);
  if (src.parts.some((p) => typeof p !== 'string' || !p.trim())) fail(`${where}: empty payload part`);
  const joined = rec.fields.join('\n');
  const nj = norm(joined);
  // payload placement
  if (src.parts.length === 2) {
    if (rec.fields.length !== 2) fail(`${where}: two-part text must have exactly two fields`);
    else {
      const [f0, f1] = rec.fields.map(norm); const [p0, p1] = src.parts;
      if (!has(f0, p0) || !has(f1, p1)) fail(`${where}: split parts not in their own fields`);
      if (has(f0, p1) || (has(f1, p0) && norm(p0).length > 8)) fail(`${where}: split part leaked into the other field`);
    }
    if (rec.technique === 'split_payload' && rec.label !== 'attack') fail(`${where}: split_payload must be attack`);
  } else if (src.parts.length === 1) {
    if (!has(nj, src.parts[0])) fail(`${where}: payload not found in fields`);
  } else fail(`${where}: ${src.parts.length} parts`);
  if (rec.technique === 'split_payload' && src.parts.length !== 2) fail(`${where}: split_payload needs two parts`);
  // lossless encodings
  if (src.method) {
    const dec = CODECS[src.method][1](src.enc);
    if (dec !== src.plain) fail(`${where}: ${src.method} does not round-trip`);
    const forms = [src.enc, JSON.stringify(src.enc).slice(1, -1), src.enc.replace(/"/g, '""'), src.enc.replace(/\|/g, '\\|')];
    if (!forms.some((f) => joined.includes(f))) fail(`${where}: encoded text not present verbatim`);
    if (joined.includes(src.plain)) fail(`${where}: plaintext visible next to its encoding`);
  }
  // host names
  const texts = [joined]; if (src.plain) texts.push(src.plain);
  for (const t of texts) for (const h of hostsIn(t)) if (!ALLOWED_TLD.test(h)) fail(`${where}: host not under .example/.test/.invalid: ${h}`);
}

// ---- composition ----
const count = (f) => records.reduce((m, { rec }) => { const k = f(rec); m[k] = (m[k] || 0) + 1; return m; }, {});
const distinct = (fam, label) => new Set(records.filter(({ rec }) => rec.family === fam && rec.label === label).map(({ rec }) => rec.group)).size;
const byTech = count((r) => `${r.family}/${r.label}/${r.technique}`);
const byLang = count((r) => r.lang);
const byCarrier = count((r) => `${r.carrier}:${r.label}`);
const total = records.length;
const longN = records.filter(({ rec }) => rec.fields.join('\n').length >= 800).length;
const nonEn = records.filter(({ rec }) => rec.lang !== 'en').length;
const harm = records.filter(({ rec }) => rec.family === 'harmful');
const harmNonEn = harm.filter(({ rec }) => rec.lang !== 'en').length;
const mixN = records.filter(({ rec }) => rec.code_switched).length;

// set-level requirements
for (const t of TECHNIQUES) { const n = new Set(records.filter(({ rec }) => rec.technique === t && rec.label === 'attack').map(({ rec }) => rec.group)).size; if (n < 30) fail(`technique ${t}: only ${n} distinct payloads`); }
if (Object.keys(BENIGN).length < 18) fail('fewer than 18 look-alike families');
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) if ((byTech[`harmful/${l}/${c}`] || 0) !== 12) fail(`harmful ${c}/${l} must have 12`);
for (const l of LANGS) if (!byLang[l]) fail(`language ${l} missing`);
if (nonEn * 2 < total) fail('less than half the records are non-English');
if (harmNonEn * 2 < harm.length) fail('less than half the harmful records are non-English');
if (longN / total < 0.35 || longN / total > 0.5) fail(`long share ${(longN / total).toFixed(2)} outside 0.35-0.50`);
for (const c of CARRIER_NAMES) if (!byCarrier[`${c}:attack`] || !byCarrier[`${c}:benign`]) fail(`carrier ${c} not used by both labels`);

writeFileSync(OUT, records.map(({ rec }) => JSON.stringify(rec)).join('\n') + '\n');

console.log(`train7q: ${total} records -> ${OUT}`);
console.log(`injection attack: ${records.filter(({ rec }) => rec.family === 'injection' && rec.label === 'attack').length} records from ${distinct('injection', 'attack')} distinct payloads (2 carriers each)`);
console.log(`injection benign: ${records.filter(({ rec }) => rec.family === 'injection' && rec.label === 'benign').length} records from ${distinct('injection', 'benign')} distinct look-alikes in ${Object.keys(BENIGN).length} families (2 carriers each)`);
console.log(`harmful: ${harm.length} records (${harmNonEn} non-English)`);
console.log(`long (>=800 chars): ${longN} (${(100 * longN / total).toFixed(1)}%)  non-English: ${nonEn} (${(100 * nonEn / total).toFixed(1)}%)  code-switched: ${mixN}`);
console.log('by family/label/technique:'); for (const k of Object.keys(byTech).sort()) console.log(`  ${k}: ${byTech[k]}`);
console.log('by lang: ' + Object.entries(byLang).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '));
console.log('by carrier (attack/benign): ' + CARRIER_NAMES.map((c) => `${c}=${byCarrier[`${c}:attack`] || 0}/${byCarrier[`${c}:benign`] || 0}`).join(' '));
console.log('methods: ' + Object.entries(count((r) => r.method || '-')).filter(([k]) => k !== '-').map(([k, v]) => `${k}=${v}`).join(' '));
if (errors.length) { console.error(`${errors.length} violation(s):`); for (const e of errors.slice(0, 50)) console.error('  ' + e); process.exit(1); }
console.log('validation: OK');
