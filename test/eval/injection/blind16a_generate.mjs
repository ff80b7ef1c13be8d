// blind16a generator + validator. Usage: node test/eval/injection/blind16a_generate.mjs
// Deterministic (seeded PRNG). Writes blind16a.jsonl only if every check passes; otherwise exits 1 and writes nothing.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, CARRIER_NAMES, wrap, wrapLong, escFor } from './blind16a_carriers.mjs';
import { ATTACKS_A } from './blind16a_attacks_a.mjs';
import { ATTACKS_B } from './blind16a_attacks_b.mjs';
import { LOOKALIKES } from './blind16a_lookalikes.mjs';
import { HARMFUL } from './blind16a_harmful.mjs';
import { POOLS, LONG_DOCS, LONG_ATTACKS, LONG_LOOKALIKES } from './blind16a_long.mjs';

const SEED = 0x16a0b11d;
const SPLIT = 'blind16a';
const OUT = join(dirname(fileURLToPath(import.meta.url)), 'blind16a.jsonl');

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = Object.keys(LOOKALIKES);
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const BASE_LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv'];
const langOk = (l) => l.split('+').every((p) => BASE_LANGS.includes(p));
const ENCODINGS = ['base64', 'hex', 'rot13', 'url', 'html_entities', 'u_escape', 'reversed', 'leet', 'tags', 'zero_width'];

// ---------- encodings (encode + decode; the validator round-trips every encoded record) ----------
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ZW = ['\u200b', '\u200c', '\u200d'];
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))],
  u_escape: [(s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[430157]/g, (c) => UNLEET[c])],
  tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''), (e) => [...e].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zero_width: [(s) => [...s].map((c, i) => c + (i % 2 === 0 ? ZW[i % 3] : '')).join(''), (e) => e.replace(/[\u200b\u200c\u200d]/g, '')],
};

// ---------- normalise content into text items ----------
function item(family, label, technique, e, kind) {
  if (Array.isArray(e)) {
    const [lang, ...parts] = e;
    return { family, label, technique, lang, parts, kind: parts.length > 1 ? 'split' : 'short' };
  }
  const encoded = ENC[e.enc][0](e.plain);
  return { family, label, technique, lang: e.lang, parts: [e.pre + encoded + e.post], kind: 'encoded', enc: e.enc, plain: e.plain, encoded };
}
const attackItems = [];
for (const t of TECHNIQUES) for (const e of (ATTACKS_A[t] || ATTACKS_B[t])) attackItems.push(item('injection', 'attack', t, e));
const lookItems = [];
for (const f of FAMILIES) for (const e of LOOKALIKES[f]) lookItems.push(item('injection', 'benign', f, e));
const harmA = [], harmB = [];
for (const c of CATEGORIES) { for (const e of HARMFUL[c].attack) harmA.push(item('harmful', 'attack', c, e)); for (const e of HARMFUL[c].benign) harmB.push(item('harmful', 'benign', c, e)); }

// ---------- carrier assignment: identical procedure for every stream, independent of the label ----------
const rng = mulberry32(SEED);
const order = [...CARRIER_NAMES];
for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
const counters = {};
const records = [];
function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  counters[k] = (counters[k] || 0) + 1;
  return `${SPLIT}-${k}-${String(counters[k]).padStart(4, '0')}`;
}
function emitStream(items) {
  let r = 0;
  items.forEach((it, i) => {
    for (const slot of [0, 1]) {
      const carrier = order[(2 * i + slot) % order.length];
      const pad = r % 3 === 1; r++;
      const fields = wrap(it.parts, carrier, rng, pad);
      const method = it.kind === 'encoded' ? `encoded:${it.enc}` : it.kind;
      const rec = { id: nextId(it.family, it.label, it.technique), split: SPLIT, family: it.family, label: it.label, technique: it.technique, lang: it.lang, carrier, fields, source: 'blind16a-handwritten', method: method + (pad ? '+padded' : '') };
      records.push({ rec, it, pad, long: false });
    }
  });
}
emitStream(attackItems);
emitStream(lookItems);
emitStream(harmA);
emitStream(harmB);

// ---------- long documents: same doc, same spot, attack vs look-alike ----------
function tableRows(n, lrng) { const rows = []; let len = 0; while (len < n) { const row = `| 2026-0${1 + Math.floor(lrng() * 9)}-${String(1 + Math.floor(lrng() * 28)).padStart(2, '0')} | ${String.fromCharCode(65 + Math.floor(lrng() * 6))}-${Math.floor(lrng() * 90) + 10} | ${Math.floor(lrng() * 900) + 100} | ${(lrng() * 100).toFixed(1)}% |`; rows.push(row); len += row.length + 1; } return rows.join('\n'); }
LONG_DOCS.forEach((d, i) => {
  const pool = POOLS[d.lang];
  let before = d.order.slice(0, d.at).map((k) => pool[k]).join('\n\n');
  let after = d.order.slice(d.at).map((k) => pool[k]).join('\n\n');
  const lrng = mulberry32(SEED + 1000 + i);
  if (before.length < 800) before = tableRows(800 - before.length, lrng) + '\n\n' + before;
  if (after.length < 800) after = after + '\n\n' + tableRows(800 - after.length, lrng);
  for (const [label, src] of [['attack', LONG_ATTACKS[i]], ['benign', LONG_LOOKALIKES[i]]]) {
    const [technique, lang, text] = src;
    const fields = wrapLong(before, text, after, d.carrier, mulberry32(SEED + 2000 + i));
    const rec = { id: nextId('injection', label, technique), split: SPLIT, family: 'injection', label, technique, lang, carrier: d.carrier, fields, source: 'blind16a-handwritten', method: `long:doc${String(i + 1).padStart(2, '0')}-${d.lang}` };
    records.push({ rec, it: { family: 'injection', label, technique, lang, parts: [text], kind: 'long' }, pad: false, long: true, doc: i });
  }
});

// ---------- validator ----------
const errors = [];
const err = (id, m) => { if (errors.length < 50) errors.push(`${id}: ${m}`); };
const ALLOWED_HOST = /(\.example|\.test|\.invalid)$/i;
const REAL_TLD = /(?<![@\w.-])(?:[a-z0-9-]+\.)+(com|net|org|io|co|ai|app|dev|info|biz|ru|de|fr|cn|jp|uk|es|it|pl|br|in|gov|edu|me|us)(?![\w-])/gi;
function checkHosts(id, s) {
  for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^/\s"'<>)\]?#:\\`]+)/gi)) { const h = m[1].replace(/^.*@/, ''); if (h.includes('.') && !ALLOWED_HOST.test(h)) err(id, `url host not allowed: ${h}`); }
  for (const m of s.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) if (!ALLOWED_HOST.test(m[1])) err(id, `mail domain not allowed: ${m[1]}`);
  for (const m of s.matchAll(REAL_TLD)) err(id, `bare real-looking host: ${m[0]}`);
}
const ID_RE = /^blind16a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const seen = new Set();
const textCarriers = new Map();
function locate(field, text, carrier) {
  const esc = escFor(carrier);
  for (const form of [esc(text), text]) { const k = field.indexOf(form); if (k >= 0) return [k, form.length]; }
  return [-1, 0];
}
for (const { rec, it, pad, long } of records) {
  const id = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof rec[k] !== 'string' || !rec[k].trim()) err(id, `empty ${k}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) err(id, 'empty field');
  const m = ID_RE.exec(id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(id, 'id does not follow the rule');
  if (seen.has(id)) err(id, 'duplicate id'); seen.add(id);
  if (rec.split !== SPLIT) err(id, 'split');
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) err(id, 'unknown technique');
  if (rec.family === 'injection' && rec.label === 'benign' && !FAMILIES.includes(rec.technique)) err(id, 'unknown family');
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) err(id, 'unknown category');
  if (!['injection', 'harmful'].includes(rec.family) || !['attack', 'benign'].includes(rec.label)) err(id, 'family/label');
  if (!CARRIER_NAMES.includes(rec.carrier)) err(id, 'unknown carrier');
  if (!langOk(rec.lang)) err(id, `unknown language ${rec.lang}`);
  // every part present, each in its own field, short texts in the middle when padded
  const idx = it.parts.map((p) => rec.fields.findIndex((f) => locate(f, p, rec.carrier)[0] >= 0));
  if (idx.some((k) => k < 0)) err(id, 'text not found in fields');
  if (new Set(idx).size !== idx.length) err(id, 'split parts share a field');
  if (it.parts.length > 1 && !(rec.technique === 'split_payload' || rec.technique === 'split_lookalike')) err(id, 'multi-part outside split technique');
  if ((rec.technique === 'split_payload' || rec.technique === 'split_lookalike') && it.parts.length < 2) err(id, 'split record with one part');
  if (pad || long) {
    const f = rec.fields[idx[0]]; const [k, len] = locate(f, it.parts[0], rec.carrier); const centre = (k + len / 2) / f.length;
    if (f.length < (long ? 1500 : 800)) err(id, `too short for ${long ? 'long' : 'padded'}: ${f.length}`);
    if (centre < 0.25 || centre > 0.75) err(id, `text not in the middle (${centre.toFixed(2)})`);
  }
  // hosts (encoded segments checked through their decoded form)
  let all = rec.fields.join('\n');
  if (it.kind === 'encoded') {
    all = all.split(escFor(rec.carrier)(it.encoded)).join(' ').split(it.encoded).join(' ');
    const back = ENC[it.enc][1](it.encoded);
    if (back !== it.plain) err(id, `encoding ${it.enc} does not round-trip`);
    if (it.encoded === it.plain) err(id, 'encoded equals plain');
    if (!ENCODINGS.includes(it.enc)) err(id, 'unknown encoding');
    checkHosts(id, it.plain);
  }
  checkHosts(id, all);
  if (!long) {
    const key = `${rec.family}|${rec.label}|${rec.technique}|${it.parts.join('\u0001')}`;
    if (!textCarriers.has(key)) textCarriers.set(key, []);
    textCarriers.get(key).push(rec.carrier);
  }
}
for (const [k, cs] of textCarriers) if (cs.length !== 2 || cs[0] === cs[1]) err(k.slice(0, 60), `short text must appear in exactly two different carriers (${cs})`);
// counts
const cnt = (pred) => records.filter(pred).length;
for (const t of TECHNIQUES) { const n = attackItems.filter((x) => x.technique === t).length; if (n < 30) err(t, `only ${n} attack texts`); }
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) { const n = (l === 'attack' ? harmA : harmB).filter((x) => x.technique === c).length; if (n !== 12) err(c, `${l} texts ${n} != 12`); }
if (FAMILIES.length < 20) err('families', 'fewer than 20');
if (LONG_DOCS.length !== 15 || LONG_ATTACKS.length !== 15 || LONG_LOOKALIKES.length !== 15) err('long', 'need 15 docs/attacks/look-alikes');
for (const [t] of LONG_ATTACKS) if (!TECHNIQUES.includes(t)) err('long', `technique ${t}`);
for (const [f] of LONG_LOOKALIKES) if (!FAMILIES.includes(f)) err('long', `family ${f}`);
const langs = new Set(records.map((x) => x.rec.lang).flatMap((l) => l.split('+')));
if (langs.size < 18) err('langs', `only ${langs.size} languages`);
const nonEn = cnt((x) => x.rec.lang !== 'en');
if (nonEn / records.length < 0.5) err('langs', `non-English share ${(nonEn / records.length).toFixed(2)}`);
// carrier proportions must not depend on the label
const share = (lab) => { const rs = records.filter((x) => x.rec.family === 'injection' && x.rec.label === lab && !x.long); const o = {}; for (const x of rs) o[x.rec.carrier] = (o[x.rec.carrier] || 0) + 1 / rs.length; return o; };
const sa = share('attack'), sb = share('benign');
const maxDiff = Math.max(...CARRIER_NAMES.map((c) => Math.abs((sa[c] || 0) - (sb[c] || 0))));
if (maxDiff > 0.02) err('carriers', `attack/benign carrier share differs by ${maxDiff.toFixed(3)}`);
const padShare = (lab) => { const rs = records.filter((x) => x.rec.family === 'injection' && x.rec.label === lab && !x.long); return rs.filter((x) => x.pad).length / rs.length; };
if (Math.abs(padShare('attack') - padShare('benign')) > 0.02) err('padding', 'padded share depends on label');

if (errors.length) { console.error('blind16a: validation FAILED, nothing written'); for (const e of errors) console.error('  ' + e); process.exit(1); }

// ---------- write + composition ----------
writeFileSync(OUT, records.map((x) => JSON.stringify(x.rec)).join('\n') + '\n');
const tally = (rs, key) => { const o = {}; for (const x of rs) { const k = key(x); o[k] = (o[k] || 0) + 1; } return o; };
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
const inj = records.filter((x) => x.rec.family === 'injection');
const harm = records.filter((x) => x.rec.family === 'harmful');
console.log(`blind16a: wrote ${records.length} records to test/eval/injection/blind16a.jsonl (seed 0x${SEED.toString(16)})`);
console.log(`injection attack: ${attackItems.length} texts x 2 carriers + ${LONG_ATTACKS.length} long = ${cnt((x) => x.rec.family === 'injection' && x.rec.label === 'attack')} records`);
console.log(`injection benign: ${lookItems.length} texts x 2 carriers + ${LONG_LOOKALIKES.length} long = ${cnt((x) => x.rec.family === 'injection' && x.rec.label === 'benign')} records`);
console.log(`harmful: ${harmA.length} attack + ${harmB.length} benign texts x 2 carriers = ${harm.length} records`);
console.log('per technique (records): ' + fmt(tally(inj.filter((x) => x.rec.label === 'attack'), (x) => x.rec.technique)));
console.log('per look-alike family (records): ' + fmt(tally(inj.filter((x) => x.rec.label === 'benign'), (x) => x.rec.technique)));
console.log('per harmful category (records, attack/benign): ' + CATEGORIES.map((c) => `${c}=${cnt((x) => x.rec.family === 'harmful' && x.rec.technique === c && x.rec.label === 'attack')}/${cnt((x) => x.rec.family === 'harmful' && x.rec.technique === c && x.rec.label === 'benign')}`).join(' '));
console.log('per carrier (attack/benign injection records): ' + CARRIER_NAMES.map((c) => `${c}=${cnt((x) => x.rec.family === 'injection' && x.rec.label === 'attack' && x.rec.carrier === c)}/${cnt((x) => x.rec.family === 'injection' && x.rec.label === 'benign' && x.rec.carrier === c)}`).join(' '));
console.log(`per language (records, ${langs.size} languages, code-switched tagged a+b): ` + fmt(tally(records, (x) => x.rec.lang)));
console.log(`non-English records: ${nonEn}/${records.length} (${(100 * nonEn / records.length).toFixed(1)}%); code-switched: ${cnt((x) => x.rec.lang.includes('+'))}`);
console.log(`long (>=1500 chars, text in middle): ${cnt((x) => x.long)}; padded 800+ (text in middle): ${cnt((x) => x.pad)}; records with a field >= 800 chars: ${cnt((x) => x.rec.fields.some((f) => f.length >= 800))}`);
console.log(`split (parts in separate fields): ${cnt((x) => x.it.kind === 'split')} (attack ${cnt((x) => x.it.kind === 'split' && x.rec.label === 'attack')}, benign ${cnt((x) => x.it.kind === 'split' && x.rec.label === 'benign')})`);
console.log(`encoded (round-tripped): ${cnt((x) => x.it.kind === 'encoded')} (attack ${cnt((x) => x.it.kind === 'encoded' && x.rec.label === 'attack')}, benign ${cnt((x) => x.it.kind === 'encoded' && x.rec.label === 'benign')}); by encoding: ` + fmt(tally(records.filter((x) => x.it.kind === 'encoded'), (x) => x.it.enc)));
console.log(`max attack/benign carrier-share difference: ${maxDiff.toFixed(3)}`);
