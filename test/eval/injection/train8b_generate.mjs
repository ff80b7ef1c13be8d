// train8b generator + validator. Deterministic (seeded PRNG). Writes train8b.jsonl only if every check passes.
// Usage: node test/eval/injection/train8b_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, BUILD, HOSTS, DOMAINS, pick, int, person, filler, icsEsc } from './train8b_carriers.mjs';
import { ATTACKS_A } from './train8b_attacks_a.mjs';
import { ATTACKS_B } from './train8b_attacks_b.mjs';
import { LOOKALIKES } from './train8b_lookalikes.mjs';
import { HARMFUL } from './train8b_harmful.mjs';
import { LONG_DOCS } from './train8b_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train8b.jsonl');
const SPLIT = 'train8b';
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = Object.keys(LOOKALIKES);
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv',
  'es-en', 'de-en', 'fr-en', 'hi-en', 'ar-en'];
const SCHEMES = ['base64', 'hex', 'rot13', 'url', 'html_entities', 'unicode_escape', 'reversed', 'leet', 'tag_chars', 'zero_width'];

// ---- PRNG (mulberry32) with per-key derived seeds so output is stable and label-independent
const SEED = 0x8b2026;
function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function hash(s) { let h = 2166136261 ^ SEED; for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
const rngFor = (key) => mulberry32(hash(key));

// ---- encodings
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); });
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''), (e) => decodeURIComponent(e)],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))],
  unicode_escape: [(s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leet: [(s) => s.toLowerCase().replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[431057]/g, (c) => UNLEET[c])],
  tag_chars: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''), (e) => [...e].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zero_width: [(s) => [...s].map((c) => c.charCodeAt(0).toString(2).padStart(8, '0').replace(/0/g, '\u200b').replace(/1/g, '\u200c')).join('\u200d'),
    (e) => e.split('\u200d').map((g) => String.fromCharCode(parseInt(g.replace(/\u200b/g, '0').replace(/\u200c/g, '1'), 2))).join('')],
};

// ---- placeholder filling (fake values only, hosts under .example/.test/.invalid)
function fill(s, r) {
  return s.replace(/\{H\}/g, () => pick(r, HOSTS)).replace(/\{M\}/g, () => `${pick(r, ['ops', 'audit', 'backup', 'relay', 'sync', 'partner'])}-${int(r, 10, 99)}@${pick(r, DOMAINS)}`)
    .replace(/\{U\}/g, () => person(r)).replace(/\{N\}/g, () => String(int(r, 10000000, 99999999)));
}

// ---- items: {key, family, label, technique, lang, text | parts, enc?}
const items = { attack: [], benign: [], harmful: [] };
const attackSrc = { ...ATTACKS_A, ...ATTACKS_B };
for (const t of TECHNIQUES) {
  (attackSrc[t] || []).forEach((row, i) => {
    const r = rngFor(`atk/${t}/${i}`);
    const it = { key: `atk/${t}/${i}`, family: 'injection', label: 'attack', technique: t, lang: row[0], source: t === 'split_payload' || t === 'encoded_payload' ? 'train8b_attacks_b' : (t in ATTACKS_A ? 'train8b_attacks_a' : 'train8b_attacks_b') };
    if (t === 'split_payload') it.parts = row[1].map((p) => fill(p, r));
    else if (t === 'encoded_payload') {
      const [, scheme, wrap, plain0] = row; const plain = fill(plain0, r); const enc = ENC[scheme][0](plain);
      it.enc = { scheme, plain, enc, wrapped: /decode|decodif|dekod|décode|デコード|解码|解码|odwróć|backwards|leetspeak|ترميز|해석|apply|follow|siga|exécute|執行|执行/i.test(wrap) };
      it.text = wrap.replace('{ENC}', enc);
    } else it.text = fill(row[1], r);
    items.attack.push(it);
  });
}
for (const f of FAMILIES) {
  LOOKALIKES[f].forEach((row, i) => {
    const r = rngFor(`lk/${f}/${i}`);
    const it = { key: `lk/${f}/${i}`, family: 'injection', label: 'benign', technique: f, lang: row[0], source: 'train8b_lookalikes' };
    if (row.length === 4) { const [, scheme, wrap, plain] = row; const enc = ENC[scheme][0](plain); it.enc = { scheme, plain, enc, wrapped: false }; it.text = wrap.replace('{ENC}', enc); }
    else it.text = fill(row[1], r);
    items.benign.push(it);
  });
}
for (const c of CATEGORIES) for (const label of ['attack', 'benign']) {
  HARMFUL[c][label].forEach((row, i) => items.harmful.push({ key: `hm/${c}/${label}/${i}`, family: 'harmful', label, technique: c, lang: row[0], text: row[1], source: 'train8b_harmful' }));
}

// ---- records: every short item in two carriers; assignment depends only on the item's index in its set
const records = [];
const meta = []; // parallel internal info for the validator
function emit(it, carrier, r, pad, method, body) {
  const a = body ?? (it.parts ? it.parts[0] : it.text);
  const b = body ? null : (it.parts ? it.parts[1] : null);
  const fields = BUILD[carrier](a, b, r, pad);
  records.push({ id: '', split: SPLIT, family: it.family, label: it.label, technique: it.technique, lang: it.lang, carrier, fields, source: it.source, method });
  meta.push({ it, pad, long: !!body });
}
for (const set of ['attack', 'benign', 'harmful']) {
  items[set].forEach((it, k) => {
    const cs = [CARRIERS[(k * 5) % CARRIERS.length], CARRIERS[(k * 5 + 7) % CARRIERS.length]];
    cs.forEach((c, j) => {
      const pad = (k + j * 2) % 3 === 0;
      const method = [pad ? 'padded' : 'short', it.parts ? 'split' : null, it.enc ? `encoded:${it.enc.scheme}${it.enc.wrapped ? '+wrapper' : ''}` : null].filter(Boolean).join(',');
      emit(it, c, rngFor(`${set}/${k}/${j}`), pad, method);
    });
  });
}
// ---- long documents: same doc, same carrier, same filler; attack vs look-alike in the same spot
const LONG_ATK = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'jailbreak'];
const LONG_LK = FAMILIES.filter((f) => f !== 'encoded_data');
LONG_DOCS.forEach((d, i) => {
  const t = LONG_ATK[i % LONG_ATK.length];
  const atkPool = items.attack.filter((x) => x.technique === t);
  const atk = atkPool.find((x) => x.lang === d.lang) || atkPool[i % atkPool.length];
  const f = LONG_LK[(i * 3) % LONG_LK.length];
  const lkPool = items.benign.filter((x) => x.technique === f);
  const lk = lkPool.find((x) => x.lang === d.lang) || items.benign.find((x) => x.lang === d.lang && !x.enc) || lkPool[0];
  for (const it of [atk, lk]) {
    const r = rngFor(`long/${i}`); // identical stream for both twins
    const body = `${d.intro}\n${filler(d.kind, r, 820)}\n\n${it.text}\n\n${filler(d.kind, r, 820)}\n${d.outro}`;
    emit({ ...it, lang: d.lang === it.lang ? it.lang : it.lang }, d.carrier, r, false, `long:doc${String(i + 1).padStart(2, '0')}`, body);
  }
});

// ---- ids: train8b-<family>-<label>-<technique>-NNNN, numbered per (family,label,technique)
const counters = {};
for (const rec of records) { const p = `${SPLIT}-${rec.family}-${rec.label}-${rec.technique}`; counters[p] = (counters[p] || 0) + 1; rec.id = `${p}-${String(counters[p]).padStart(4, '0')}`; }

// ---- validator
const errors = [];
const err = (m) => { if (errors.length < 50) errors.push(m); };
const ALLOWED_HOST = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h); };
function hostsIn(s) {
  const out = [];
  for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s\/?#:"'<>()\[\]\\|`]+)/gi)) out.push(m[1].replace(/^[^@]*@/, ''));
  for (const m of s.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) out.push(m[1]);
  for (const m of s.matchAll(/\bwww\.[\w-]+(?:\.[\w-]+)+/gi)) out.push(m[0]);
  return out;
}
function decodedViews(s) {
  const views = [s, ENC.html_entities[1](s), ENC.unicode_escape[1](s)];
  try { views.push(decodeURIComponent(s)); } catch { /* not url-encoded */ }
  for (const m of s.matchAll(/[A-Za-z0-9+/]{20,}={0,2}/g)) { const d = Buffer.from(m[0], 'base64').toString('utf8'); if (/^[\x20-\x7e\s\u00a0-\uffff]*$/.test(d) && !d.includes('\ufffd')) views.push(d); }
  for (const m of s.matchAll(/\b(?:[0-9a-f]{2}){12,}\b/gi)) views.push(Buffer.from(m[0], 'hex').toString('utf8'));
  return views;
}
const variants = (s) => [s, JSON.stringify(s).slice(1, -1), s.replace(/"/g, '""'), icsEsc(s), s.replace(/\n/g, '\n    '), s.replace(/\n/g, '\n  // ')];
const findIn = (fields, s) => { for (let i = 0; i < fields.length; i++) for (const v of variants(s)) { const p = fields[i].indexOf(v); if (p >= 0) return { field: i, pos: p, len: v.length }; } return null; };

const ID_RE = /^train8b-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const seenIds = new Set();
records.forEach((rec, n) => {
  const { it, pad, long } = meta[n];
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof rec[k] !== 'string' || !rec[k].trim()) err(`${rec.id}: empty ${k}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) err(`${rec.id}: bad fields`);
  if (seenIds.has(rec.id)) err(`duplicate id ${rec.id}`); seenIds.add(rec.id);
  const m = ID_RE.exec(rec.id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(`${rec.id}: id does not follow rule`);
  if (rec.split !== SPLIT) err(`${rec.id}: split`);
  if (!CARRIERS.includes(rec.carrier)) err(`${rec.id}: unknown carrier ${rec.carrier}`);
  if (!LANGS.includes(rec.lang)) err(`${rec.id}: unknown lang ${rec.lang}`);
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) err(`${rec.id}: unknown technique`);
  if (rec.family === 'injection' && rec.label === 'benign' && !FAMILIES.includes(rec.technique)) err(`${rec.id}: unknown family`);
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) err(`${rec.id}: unknown category`);
  // payload present; split parts in separate fields
  const joined = rec.fields.join('\n');
  if (it.parts && !long) {
    const p0 = findIn(rec.fields, it.parts[0]), p1 = findIn(rec.fields, it.parts[1]);
    if (!p0 || !p1 || p0.field === p1.field) err(`${rec.id}: split parts not in separate fields`);
  } else {
    const loc = findIn(rec.fields, it.text);
    if (!loc) err(`${rec.id}: text not found in fields`);
    else if (pad || long) {
      const off = rec.fields.slice(0, loc.field).reduce((a, f) => a + f.length + 1, 0) + loc.pos;
      const mid = (off + loc.len / 2) / joined.length;
      const lo = long ? 0.25 : 0.2, hi = long ? 0.75 : 0.8;
      if (mid < lo || mid > hi) err(`${rec.id}: text not in the middle (${mid.toFixed(2)})`);
    }
  }
  if (long && joined.length < 1500) err(`${rec.id}: long doc only ${joined.length} chars`);
  if (pad && joined.length < 800) err(`${rec.id}: padded record only ${joined.length} chars`);
  // hosts, including decoded views
  let scan = joined; if (it.enc) for (const v of variants(it.enc.enc)) scan = scan.split(v).join(' '); // encoded form is checked via its decoded plain text below
  for (const v of decodedViews(scan)) for (const h of hostsIn(v)) if (!ALLOWED_HOST(h)) err(`${rec.id}: host not allowed: ${h}`);
  // encodings decoded and compared
  if (it.enc) {
    const { scheme, plain, enc } = it.enc;
    if (!SCHEMES.includes(scheme)) err(`${rec.id}: unknown scheme`);
    if (!findIn(rec.fields, enc)) err(`${rec.id}: encoded string missing`);
    const want = scheme === 'leet' ? plain.toLowerCase() : plain;
    if (scheme === 'leet' && /[0-9]/.test(plain)) err(`${rec.id}: leet plain has digits`);
    if ((scheme === 'tag_chars' || scheme === 'zero_width') && /[^\x20-\x7e]/.test(plain)) err(`${rec.id}: ${scheme} plain not ascii`);
    if (ENC[scheme][1](enc) !== want) err(`${rec.id}: ${scheme} does not decode to its plain text`);
    for (const h of hostsIn(plain)) if (!ALLOWED_HOST(h)) err(`${rec.id}: decoded host not allowed: ${h}`);
  }
});
// each short text in exactly two distinct carriers
const byKey = {};
records.forEach((rec, n) => { if (!meta[n].long) (byKey[meta[n].it.key] ||= []).push(rec.carrier); });
for (const [k, cs] of Object.entries(byKey)) if (cs.length !== 2 || cs[0] === cs[1]) err(`${k}: not in two distinct carriers`);
// counts
for (const t of TECHNIQUES) { const c = items.attack.filter((x) => x.technique === t).length; if (c < 30) err(`technique ${t}: ${c} < 30 payloads`); }
for (const f of FAMILIES) if (items.benign.filter((x) => x.technique === f).length < 10) err(`family ${f} too small`);
if (FAMILIES.length < 20) err(`only ${FAMILIES.length} look-alike families`);
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) { const k = items.harmful.filter((x) => x.technique === c && x.label === l).length; if (k !== 12) err(`harmful ${c}/${l}: ${k} texts, want 12`); }
const longRecs = records.filter((_, n) => meta[n].long);
if (longRecs.filter((r) => r.label === 'attack').length !== 15 || longRecs.filter((r) => r.label === 'benign').length !== 15) err('want 15 + 15 long documents');
// carrier proportions must not depend on label
const inj = (l) => records.filter((r, n) => r.family === 'injection' && r.label === l && !meta[n].long);
const share = (rs, c) => rs.filter((r) => r.carrier === c).length / rs.length;
for (const c of CARRIERS) { const d = Math.abs(share(inj('attack'), c) - share(inj('benign'), c)); if (d > 0.02) err(`carrier ${c}: share differs by ${(d * 100).toFixed(1)} points between attacks and look-alikes`); }
// languages
const nonEn = (rs) => rs.filter((r) => r.lang !== 'en').length / rs.length;
const langsUsed = new Set(records.map((r) => r.lang));
if ([...langsUsed].filter((l) => !l.includes('-')).length < 18) err(`only ${langsUsed.size} languages`);
if (nonEn(records) < 0.5) err(`non-English overall ${nonEn(records)}`);
const atkRecs = records.filter((r) => r.family === 'injection' && r.label === 'attack');
if (nonEn(atkRecs) < 0.6) err(`non-English attacks ${nonEn(atkRecs)}`);
if (!records.some((r) => r.lang.includes('-'))) err('no code-switched records');

if (errors.length) { console.error('train8b: validation FAILED, nothing written'); for (const e of errors) console.error('  ' + e); process.exit(1); }

// ---- composition
const count = (rs, fn) => { const o = {}; for (const r of rs) { const k = fn(r); o[k] = (o[k] || 0) + 1; } return Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', '); };
const lk = records.filter((r) => r.family === 'injection' && r.label === 'benign');
const hm = records.filter((r) => r.family === 'harmful');
const pct = (x) => (x * 100).toFixed(1) + '%';
const padded = meta.filter((m) => m.pad).length, long800 = records.filter((r) => r.fields.join('\n').length >= 800).length;
console.log(`train8b: ${records.length} records (training round)`);
console.log(`injection attacks: ${atkRecs.length} records from ${items.attack.length} payloads (+15 long)`);
console.log(`  per technique: ${count(atkRecs, (r) => r.technique)}`);
console.log(`injection look-alikes: ${lk.length} records from ${items.benign.length} texts in ${FAMILIES.length} families (+15 long)`);
console.log(`  per family: ${count(lk, (r) => r.technique)}`);
console.log(`harmful: ${hm.length} records (12 attack + 12 benign texts per category, each in two carriers)`);
console.log(`  per category/label: ${count(hm, (r) => `${r.technique}/${r.label}`)}`);
console.log(`per carrier: ${count(records, (r) => r.carrier)}`);
console.log(`per language (${langsUsed.size}): ${count(records, (r) => r.lang)}`);
console.log(`non-English: overall ${pct(nonEn(records))}, injection attacks ${pct(nonEn(atkRecs))}, look-alikes ${pct(nonEn(lk))}, harmful ${pct(nonEn(hm))}`);
console.log(`long docs: ${longRecs.length} (15 attack + 15 benign twins, ${Math.min(...longRecs.map((r) => r.fields.join('\n').length))}+ chars); padded: ${padded}; records 800+ chars: ${long800} (${pct(long800 / records.length)})`);
console.log(`split records: ${records.filter((r) => r.method.includes('split')).length}; encoded records: ${records.filter((r) => r.method.includes('encoded')).length} (attack ${atkRecs.filter((r) => r.method.includes('encoded')).length}, benign ${lk.filter((r) => r.method.includes('encoded')).length}; with decode wrapper ${records.filter((r) => r.method.includes('+wrapper')).length})`);
console.log(`  encoded schemes: ${count(records.filter((r) => r.method.includes('encoded')), (r) => r.method.match(/encoded:([a-z_0-9]+)/)[1])}`);
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`wrote ${OUT}`);
