#!/usr/bin/env node
// blind10a generator: writes test/eval/injection/blind10a.jsonl from the hand-written blind10a_*.mjs files,
// validates every record and prints the composition. Deterministic; Node built-ins only. Exit 1 on any violation.
//   node test/eval/injection/blind10a_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, makeRng, PROSE } from './blind10a_carriers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, EXFILTRATION, TOOL_COAXING } from './blind10a_attacks_a.mjs';
import { HIDDEN_TEXT, ENCODED, JAILBREAK, SPLIT } from './blind10a_attacks_b.mjs';
import { LOOKALIKES_A } from './blind10a_lookalikes_a.mjs';
import { LOOKALIKES_B } from './blind10a_lookalikes_b.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './blind10a_long.mjs';
import { HARMFUL } from './blind10a_harmful.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind10a.jsonl');
const SPLIT_NAME = 'blind10a';
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const LOOKALIKE_FAMILIES = [...Object.keys(LOOKALIKES_A), ...Object.keys(LOOKALIKES_B)];
const errors = [];
const err = (m) => errors.push(m);

// ---------- encodings (every one is round-tripped) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const LEET_INV = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [(s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }), null],
  url: [(s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()), (e) => decodeURIComponent(e)],
  html_entities: [(s) => Array.from(s).map((c) => `&#x${c.codePointAt(0).toString(16)};`).join(''), (e) => e.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))],
  unicode_escape: [(s) => Array.from(s).map((c) => { const u = c.charCodeAt(0); return c.length === 1 ? '\\u' + u.toString(16).padStart(4, '0') : c; }).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => Array.from(s).reverse().join(''), (e) => Array.from(e).reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[431057]/g, (c) => LEET_INV[c])],
};
ENC.rot13[1] = ENC.rot13[0];
function encode(kind, plain, where) {
  const pair = ENC[kind];
  if (!pair) { err(`${where}: unknown encoding ${kind}`); return ''; }
  if (kind === 'leet' && (/[431057A-Z]/.test(plain))) err(`${where}: leet plaintext must be lowercase without 4,3,1,0,5,7`);
  const e = pair[0](plain);
  if (pair[1](e) !== plain) err(`${where}: encoding ${kind} is not lossless`);
  if (e === plain) err(`${where}: encoding ${kind} did not change the text`);
  return e;
}
const TAG = (s) => Array.from(s).map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join('');
const UNTAG = (s) => Array.from(s).filter((c) => { const p = c.codePointAt(0); return p >= 0xe0020 && p <= 0xe007e; }).map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('');
const ZW = (s) => Array.from(s).join('\u200b');
const UNZW = (s) => s.replace(/\u200b/g, '');

// ---------- record assembly ----------
const records = [];
const counters = new Map();
function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  const n = (counters.get(k) || 0) + 1; counters.set(k, n);
  return `${SPLIT_NAME}-${k}-${String(n).padStart(4, '0')}`;
}
// variants of a text as it may appear after framing (JSON string escaping, ICS escaping, comment prefixes, indentation)
function variants(t) {
  const v = [t, JSON.stringify(t).slice(1, -1), t.replace(/\n/g, '\\n')];
  for (const p of ['// ', '# ', '    ']) v.push(t.split('\n').join('\n' + p));
  return v;
}
const contains = (field, t) => variants(t).some((v) => field.includes(v));

function emit({ family, label, technique, lang, carrier, parts, long, method, source, checks = [] }) {
  const rng = makeRng(`${family}|${label}|${technique}|${source}|${carrier}|${long}`);
  const fields = CARRIERS[carrier](parts, { rng, long });
  const rec = { id: nextId(family, label, technique), split: SPLIT_NAME, family, label, technique, lang, carrier, fields, method, source };
  if (long) rec.framing = 'long';
  for (const p of parts) if (!fields.some((f) => contains(f, p))) err(`${rec.id}: payload part not found verbatim in fields`);
  if (parts.length === 2) {
    const i0 = fields.findIndex((f) => contains(f, parts[0])), i1 = fields.findIndex((f) => contains(f, parts[1]));
    if (i0 < 0 || i1 < 0 || i0 === i1) err(`${rec.id}: split parts must be in separate fields`);
    if (fields.some((f) => contains(f, parts[0]) && contains(f, parts[1]))) err(`${rec.id}: a field holds both split parts`);
  }
  for (const c of checks) c(rec);
  records.push(rec);
  return rec;
}

// two different carriers per payload; one framing long for a share of them
// Carriers are dealt from a reshuffled deck per label, so every carrier frames about as many attacks as look-alikes.
const decks = {};
function deal(group) {
  const d = decks[group] || (decks[group] = { rng: makeRng('deck|' + group), cards: [] });
  if (!d.cards.length) d.cards = d.rng.some(CARRIER_NAMES, CARRIER_NAMES.length);
  return d.cards.shift();
}
function twoCarriers(key, group) {
  const rng = makeRng('carriers|' + key);
  const a = deal(group);
  let b = deal(group);
  if (b === a) { const c = deal(group); decks[group].cards.push(b); b = c; }
  const longFirst = rng() < 0.5;
  const longOne = rng() < 0.62;
  return [[a, longOne && longFirst], [b, longOne && !longFirst]];
}

// ---------- injection attacks ----------
const seenPayload = new Set();
function uniquePayload(text, where) { if (seenPayload.has(text)) err(`${where}: duplicate payload text`); seenPayload.add(text); }
const SIMPLE = { instruction_override: INSTRUCTION_OVERRIDE, role_token: ROLE_TOKEN, exfiltration: EXFILTRATION, tool_coaxing: TOOL_COAXING, jailbreak: JAILBREAK };
const distinctAttack = {};
for (const [tech, list] of Object.entries(SIMPLE)) {
  list.forEach(([lang, text, flag], i) => {
    const src = `${tech}#${i + 1}`; uniquePayload(text, src);
    const method = flag === 'cs' ? 'code_switched' : 'hand_written';
    for (const [carrier, long] of twoCarriers(src, 'attack')) emit({ family: 'injection', label: 'attack', technique: tech, lang, carrier, parts: [text], long, method, source: src });
  });
  distinctAttack[tech] = list.length;
}
HIDDEN_TEXT.forEach(([lang, spec], i) => {
  const src = `hidden_text#${i + 1}`;
  let text = spec, method = 'markup';
  if (typeof spec === 'object') {
    method = spec.gen === 'tags' ? 'unicode_tags' : 'zero_width';
    if (spec.gen === 'tags') {
      if (!/^[\x20-\x7e]+$/.test(spec.hidden)) err(`${src}: tag text must be printable ASCII`);
      text = spec.before + TAG(spec.hidden) + spec.after;
      if (UNTAG(text) !== spec.hidden) err(`${src}: tag encoding not lossless`);
    } else {
      text = spec.before + ZW(spec.hidden) + spec.after;
      if (UNZW(ZW(spec.hidden)) !== spec.hidden) err(`${src}: zero-width encoding not lossless`);
    }
  }
  uniquePayload(text, src);
  for (const [carrier, long] of twoCarriers(src, 'attack')) emit({ family: 'injection', label: 'attack', technique: 'hidden_text', lang, carrier, parts: [text], long, method, source: src });
});
distinctAttack.hidden_text = HIDDEN_TEXT.length;
ENCODED.forEach(([lang, kind, plain, wrapper], i) => {
  const src = `encoded_payload#${i + 1}`;
  if (!wrapper.includes('{E}')) err(`${src}: wrapper lacks {E}`);
  const e = encode(kind, plain, src);
  const text = wrapper.replace('{E}', e);
  uniquePayload(text, src);
  const check = (rec) => { if (!rec.fields.some((f) => contains(f, e))) err(`${rec.id}: encoded string not found in fields`); };
  for (const [carrier, long] of twoCarriers(src, 'attack')) {
    const r = emit({ family: 'injection', label: 'attack', technique: 'encoded_payload', lang, carrier, parts: [text], long, method: `encoding:${kind}`, source: src, checks: [check] });
    r.decoded = plain;
  }
});
distinctAttack.encoded_payload = ENCODED.length;
SPLIT.forEach(([lang, p1, p2], i) => {
  const src = `split_payload#${i + 1}`; uniquePayload(p1 + '\n' + p2, src);
  for (const [carrier, long] of twoCarriers(src, 'attack')) emit({ family: 'injection', label: 'attack', technique: 'split_payload', lang, carrier, parts: [p1, p2], long, method: 'two_fields', source: src });
});
distinctAttack.split_payload = SPLIT.length;

// ---------- injection look-alikes ----------
const LOOK = { ...LOOKALIKES_A, ...LOOKALIKES_B };
const distinctLook = {};
for (const [fam, list] of Object.entries(LOOK)) {
  list.forEach(([lang, spec, flag], i) => {
    const src = `${fam}#${i + 1}`;
    let text = spec, method = flag === 'cs' ? 'code_switched' : 'hand_written', check = [];
    if (typeof spec === 'object') {
      const e = encode(spec.gen, spec.plain, src);
      text = spec.wrapper.replace('{E}', e); method = `encoding:${spec.gen}`;
      check = [(rec) => { if (!rec.fields.some((f) => contains(f, e))) err(`${rec.id}: encoded string not found`); }];
    }
    uniquePayload(text, src);
    for (const [carrier, long] of twoCarriers(src, 'benign')) emit({ family: 'injection', label: 'benign', technique: fam, lang, carrier, parts: [text], long, method, source: src, checks: check });
  });
  distinctLook[fam] = list.length;
}

// ---------- long documents (payload or look-alike buried in the middle) ----------
const LONG_CARRIERS = CARRIER_NAMES.filter((c) => c !== 'calendar');
function assembleLong(doc, src) {
  const rng = makeRng('long|' + src);
  const html = doc.head.trimStart().startsWith('<');
  const para = (t) => (html ? `<p>${t}</p>` : t);
  let mid = doc.mid;
  if (doc.encoding) { const e = encode(doc.encoding, doc.plain, src); mid = mid.replace('{E}', e); doc._enc = e; }
  const pool = rng.some(PROSE, PROSE.length);
  const before = [], after = [];
  let k = 0;
  const len = () => [doc.head, ...before, mid, doc.mid2 || '', ...after, doc.tail].join('\n\n').length;
  before.push(para(pool[k++])); after.push(para(pool[k++]));
  while (len() < 1600 && k < pool.length) (k % 2 ? before : after).push(para(pool[k++]));
  if (doc.mid2) return [[doc.head, ...before, mid].join('\n\n'), [doc.mid2, ...after, doc.tail].join('\n\n')];
  return [[doc.head, ...before, mid, ...after, doc.tail].join('\n\n')];
}
function emitLong(doc, i, label) {
  const src = `long_${label}#${i + 1}`;
  const parts = assembleLong(doc, src);
  const total = parts.join('\n').length;
  if (total < 1500) err(`${src}: long document shorter than 1500 characters (${total})`);
  const rng = makeRng('longcarrier|' + src);
  const html = doc.head.trimStart().startsWith('<');
  const carrier = html ? 'web_html' : rng.pick(LONG_CARRIERS);
  const checks = [(rec) => { if (!rec.fields.some((f) => contains(f, doc.mid.includes('{E}') ? doc.mid.split('{E}')[0] : doc.mid))) err(`${rec.id}: buried passage not found`); },
    (rec) => { if (doc._enc && !rec.fields.some((f) => contains(f, doc._enc))) err(`${rec.id}: encoded string not found`); }];
  const r = emit({ family: 'injection', label, technique: doc.technique, lang: doc.lang, carrier, parts, long: false, method: 'long_buried', source: src, checks });
  r.framing = 'long_document';
  if (doc._enc) r.decoded = doc.plain;
}
LONG_ATTACKS.forEach((d, i) => emitLong(d, i, 'attack'));
LONG_BENIGN.forEach((d, i) => emitLong(d, i, 'benign'));

// ---------- harmful ----------
const HARM_CARRIERS = ['chat_export', 'ticket_json', 'search_json', 'web_html', 'db_rows', 'email', 'gh_issue', 'pr_review'];
CATEGORIES.forEach((cat, ci) => {
  const sets = HARMFUL[cat];
  if (!sets) { err(`harmful: missing category ${cat}`); return; }
  for (const label of ['attack', 'benign']) {
    const list = sets[label];
    if (list.length !== 12) err(`harmful ${cat}/${label}: expected 12, got ${list.length}`);
    list.forEach(([lang, text], i) => {
      const src = `harmful_${cat}_${label}#${i + 1}`; uniquePayload(text, src);
      const carrier = HARM_CARRIERS[(i + ci * 3) % HARM_CARRIERS.length];
      emit({ family: 'harmful', label, technique: cat, lang, carrier, parts: [text], long: i % 3 === 0, method: 'hand_written', source: src });
    });
  }
});

// ---------- validation ----------
const ids = new Set();
const HOST_OK = /\.(example|test|invalid)$/i;
const rot13 = (t) => ENC.rot13[0](t);
const hostOk = (h) => HOST_OK.test(h) || HOST_OK.test(rot13(h)); // rot13 payloads carry rot13-encoded .example hosts
function hostsIn(t) {
  const hosts = [];
  for (const m of t.matchAll(/\b(?:https?|ftp|wss?|git|ssh):\/\/([^\s/"'<>()\]\\?#:]+)/gi)) hosts.push(m[1].replace(/^.*@/, '').replace(/\.+$/, ''));
  for (const m of t.matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) hosts.push(m[1]);
  for (const m of t.matchAll(/\bwww\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) hosts.push('www.' + m[1]);
  for (const m of t.matchAll(/\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|co|app|gov|edu|info|biz|me|ly|gg|xyz|cloud|dev))\b/g)) hosts.push(m[1]);
  return hosts;
}
for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k]) err(`${r.id}: empty ${k}`);
  if (ids.has(r.id)) err(`${r.id}: duplicate id`); ids.add(r.id);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) err(`${r.id}: bad fields`);
  if (!['injection', 'harmful'].includes(r.family)) err(`${r.id}: bad family`);
  if (!['attack', 'benign'].includes(r.label)) err(`${r.id}: bad label`);
  if (!LANGS.includes(r.lang)) err(`${r.id}: unknown lang ${r.lang}`);
  if (!CARRIERS[r.carrier]) err(`${r.id}: unknown carrier`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) err(`${r.id}: unknown category`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) err(`${r.id}: unknown technique`);
  if (r.family === 'injection' && r.label === 'benign' && !LOOKALIKE_FAMILIES.includes(r.technique)) err(`${r.id}: unknown look-alike family`);
  if (r.technique === 'split_payload' && r.fields.length < 2) err(`${r.id}: split payload needs 2+ fields`);
  for (const f of [...r.fields, r.decoded || '']) for (const h of hostsIn(f)) if (!hostOk(h)) err(`${r.id}: host not under .example/.test/.invalid: ${h}`);
}
for (const t of TECHNIQUES) if ((distinctAttack[t] || 0) < 28) err(`technique ${t}: fewer than 28 distinct payloads`);
if (LOOKALIKE_FAMILIES.length < 18) err('fewer than 18 look-alike families');
for (const fam of ['injection', 'harmful']) {
  const a = new Set(records.filter((r) => r.family === fam && r.label === 'attack').map((r) => r.carrier));
  const b = new Set(records.filter((r) => r.family === fam && r.label === 'benign').map((r) => r.carrier));
  for (const c of new Set([...a, ...b])) if (!a.has(c) || !b.has(c)) err(`${fam}: carrier ${c} does not frame both attacks and look-alikes`);
}
const langSeen = new Set(records.map((r) => r.lang));
for (const l of LANGS) if (!langSeen.has(l)) err(`language ${l} not used`);
const nonEn = (rs) => rs.filter((r) => r.lang !== 'en').length / rs.length;
if (nonEn(records) < 0.5) err(`non-English share ${nonEn(records).toFixed(2)} < 0.5`);
const harm = records.filter((r) => r.family === 'harmful');
if (nonEn(harm) < 0.5) err('harmful: non-English share < 0.5');
const textLen = (r) => r.fields.join('\n').length;

// ---------- output ----------
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const tally = (rs, key) => { const m = {}; for (const r of rs) m[key(r)] = (m[key(r)] || 0) + 1; return m; };
const show = (title, m) => console.log(title + '\n' + Object.entries(m).sort((x, y) => y[1] - x[1]).map(([k, v]) => `  ${k}: ${v}`).join('\n'));
console.log(`blind10a: ${records.length} records -> ${OUT}`);
show('family/label:', tally(records, (r) => `${r.family}/${r.label}`));
show('injection attacks by technique (records):', tally(records.filter((r) => r.family === 'injection' && r.label === 'attack'), (r) => r.technique));
console.log('distinct hand-written attack payloads: ' + Object.values(distinctAttack).reduce((a, b) => a + b, 0) + ' ' + JSON.stringify(distinctAttack));
show('injection look-alikes by family (records):', tally(records.filter((r) => r.family === 'injection' && r.label === 'benign'), (r) => r.technique));
console.log('distinct look-alike texts: ' + Object.values(distinctLook).reduce((a, b) => a + b, 0) + ` in ${LOOKALIKE_FAMILIES.length} families`);
console.log(`long documents (1,500+ chars, buried): attack ${LONG_ATTACKS.length}, benign ${LONG_BENIGN.length}`);
show('harmful (category/label):', tally(harm, (r) => `${r.technique}/${r.label}`));
show('languages:', tally(records, (r) => r.lang));
show('carriers (attack|benign):', Object.fromEntries(CARRIER_NAMES.map((c) => [c, `${records.filter((r) => r.carrier === c && r.label === 'attack').length}|${records.filter((r) => r.carrier === c && r.label === 'benign').length}`])));
console.log(`non-English share: all ${(100 * nonEn(records)).toFixed(1)}%, harmful ${(100 * nonEn(harm)).toFixed(1)}%`);
const L800 = records.filter((r) => textLen(r) >= 800).length, L1500 = records.filter((r) => textLen(r) >= 1500).length;
console.log(`length: ${L800} records >= 800 chars (${(100 * L800 / records.length).toFixed(1)}%), ${L1500} >= 1500 chars; attack ${records.filter((r) => r.label === 'attack' && textLen(r) >= 800).length}, benign ${records.filter((r) => r.label === 'benign' && textLen(r) >= 800).length} long`);
if (errors.length) { console.error(`\n${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
console.log('validation: OK');
