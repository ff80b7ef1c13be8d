// train7n generator: node test/eval/injection/train7n_generate.mjs
// Deterministic, Node built-ins only. Writes train7n.jsonl next to this file, validates, prints composition.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { carriers, splitCarriers, carrierNames, splitCarrierNames } from './train7n_carriers.mjs';
import * as P from './train7n_payloads.mjs';
import { lookalikes, splitLookalikes } from './train7n_lookalikes.mjs';
import { harmful } from './train7n_harmful.mjs';
import { bases, buriedAttacks, buriedBenign } from './train7n_long.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SPLIT = 'train7n';
const LANGS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const ATTACK_T = new Set(['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload']);
const HARM_C = new Set(['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware']);
const BENIGN_F = new Set([...Object.keys(lookalikes), 'split_lookalike']);
const errors = [];
const records = [];
const counters = {};

function add(family, label, technique, lang, carrier, fields, extra = {}) {
  const key = `${family}-${label}-${technique}`;
  counters[key] = (counters[key] || 0) + 1;
  const id = `${SPLIT}-${key}-${String(counters[key]).padStart(4, '0')}`;
  records.push({ id, split: SPLIT, family, label, technique, lang, carrier, fields, ...extra });
}
// Two different carriers per text, spread deterministically.
function twoCarriers(i, salt) {
  const n = carrierNames.length;
  const a = (i * 5 + salt) % n;
  let b = (a + 1 + ((i * 3 + salt) % (n - 1))) % n;
  if (b === a) b = (a + 1) % n;
  return [carrierNames[a], carrierNames[b]];
}
function twoSplit(i) {
  const n = splitCarrierNames.length;
  return [splitCarrierNames[i % n], splitCarrierNames[(i + 1 + (i % (n - 1))) % n]];
}

// ---- encodings (each with its decoder, checked losslessly) ----
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const enc = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (s) => Buffer.from(s, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (s) => Buffer.from(s, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (s) => decodeURIComponent(s)],
  entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (s) => s.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))],
  uescape: [(s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''), (s) => s.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reverse: [(s) => [...s].reverse().join(''), (s) => [...s].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (s) => s.replace(/[431057]/g, (c) => UNLEET[c])],
  tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''), (s) => [...s].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zwsp: [(s) => [...s].join('\u200b'), (s) => s.split('\u200b').join('')],
};
function encode(scheme, plain) {
  const [e, d] = enc[scheme];
  const out = e(plain);
  if (d(out) !== plain) errors.push(`lossless check failed: ${scheme}: ${plain}`);
  if (scheme === 'leet' && /[431057]/.test(plain)) errors.push(`leet plain has digits: ${plain}`);
  if (scheme === 'tags' && /[^\x20-\x7e]/.test(plain)) errors.push(`tags plain not ASCII: ${plain}`);
  return out;
}

// ---- injection attacks ----
const simple = [['jailbreak', P.jailbreak], ['role_token', P.roleToken], ['instruction_override', P.instructionOverride], ['exfiltration', P.exfiltration], ['tool_coaxing', P.toolCoaxing], ['hidden_text', P.hiddenText]];
let salt = 0;
const distinct = { attack: 0, benign: 0 };
for (const [tech, list] of simple) {
  salt++;
  list.forEach(([lang, text], i) => {
    distinct.attack++;
    for (const c of twoCarriers(i, salt)) add('injection', 'attack', tech, lang, c, carriers[c](text, i));
  });
}
P.hiddenInvisible.forEach(([lang, visible, hidden, scheme], i) => {
  distinct.attack++;
  const h = encode(scheme, hidden);
  const text = scheme === 'tags' ? `${visible}${h}` : `${visible} ${h}`;
  for (const c of twoCarriers(i, 11)) add('injection', 'attack', 'hidden_text', lang, c, carriers[c](text, i + 40), { method: scheme });
});
P.encoded.forEach(([lang, plain, scheme, wrapper], i) => {
  distinct.attack++;
  const text = wrapper.replace('{X}', encode(scheme, plain));
  for (const c of twoCarriers(i, 13)) add('injection', 'attack', 'encoded_payload', lang, c, carriers[c](text, i), { method: scheme });
});
P.split.forEach(([lang, a, b], i) => {
  distinct.attack++;
  for (const c of twoSplit(i)) add('injection', 'attack', 'split_payload', lang, c, splitCarriers[c](a, b, i), { method: 'two_fields' });
});

// ---- injection look-alikes ----
let fi = 0;
for (const [family, list] of Object.entries(lookalikes)) {
  fi++;
  list.forEach(([lang, text], i) => {
    distinct.benign++;
    for (const c of twoCarriers(i, fi + 2)) add('injection', 'benign', family, lang, c, carriers[c](text, i + fi));
  });
}
splitLookalikes.forEach(([lang, a, b], i) => {
  distinct.benign++;
  for (const c of twoSplit(i + 1)) add('injection', 'benign', 'split_lookalike', lang, c, splitCarriers[c](a, b, i));
});

// ---- long documents (one buried paragraph each) ----
const longCarriers = ['pdf', 'email', 'markdown_doc', 'web'];
const bury = (base, para) => { const p = base.paras.slice(); p.splice(Math.floor(p.length / 2) + 1, 0, para); return p.join('\n\n'); };
let longA = 0, longB = 0;
buriedAttacks.forEach(([tech, lang, para], i) => {
  const base = bases.find((b) => b.lang === lang);
  const text = bury(base, para);
  longA++;
  add('injection', 'attack', tech, lang, longCarriers[i % 4], carriers[longCarriers[i % 4]](text, i), { method: 'long_buried' });
});
buriedBenign.forEach(([fam, lang, para], i) => {
  const base = bases.find((b) => b.lang === lang);
  const text = bury(base, para);
  longB++;
  add('injection', 'benign', fam, lang, longCarriers[(i + 1) % 4], carriers[longCarriers[(i + 1) % 4]](text, i), { method: 'long_buried' });
});

// ---- harmful ----
let hi = 0;
for (const [cat, { attack, benign }] of Object.entries(harmful)) {
  hi++;
  for (const [label, list] of [['attack', attack], ['benign', benign]]) {
    list.forEach(([lang, text], i) => {
      for (const c of twoCarriers(i, hi + (label === 'attack' ? 0 : 1))) add('harmful', label, cat, lang, c, carriers[c](text, i));
    });
  }
}

// ---- validation ----
const ids = new Set();
const hostRe = /https?:\/\/([^\/\s"'?)\]<>`\\#]+)/gi;
const mailRe = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const okHost = (h) => /\.(example|test|invalid)$/i.test(h.replace(/[.,:;]+$/, '').replace(/:\d+$/, ''));
for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k]) errors.push(`${r.id}: empty ${k}`);
  if (ids.has(r.id)) errors.push(`duplicate id ${r.id}`); ids.add(r.id);
  if (!LANGS.has(r.lang)) errors.push(`${r.id}: unknown lang ${r.lang}`);
  if (!['attack', 'benign'].includes(r.label)) errors.push(`${r.id}: bad label`);
  if (r.family === 'injection') {
    if (r.label === 'attack' && !ATTACK_T.has(r.technique)) errors.push(`${r.id}: unknown technique`);
    if (r.label === 'benign' && !BENIGN_F.has(r.technique)) errors.push(`${r.id}: unknown look-alike family`);
  } else if (r.family === 'harmful') {
    if (!HARM_C.has(r.technique)) errors.push(`${r.id}: unknown category`);
  } else errors.push(`${r.id}: bad family`);
  if (!carriers[r.carrier] && !splitCarriers[r.carrier]) errors.push(`${r.id}: unknown carrier`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) errors.push(`${r.id}: bad fields`);
  if ((r.technique === 'split_payload' || r.technique === 'split_lookalike') && r.fields.length !== 2) errors.push(`${r.id}: split needs 2 fields`);
  const all = r.fields.join('\n');
  for (const m of all.matchAll(hostRe)) if (!okHost(m[1])) errors.push(`${r.id}: host ${m[1]}`);
  for (const m of all.matchAll(mailRe)) if (!okHost(m[1])) errors.push(`${r.id}: mail host ${m[1]}`);
  if (r.method === 'long_buried' && all.length < 1500) errors.push(`${r.id}: long doc too short (${all.length})`);
}
// same carriers must frame both labels
const carrierLabels = {};
for (const r of records) if (r.family === 'injection') (carrierLabels[r.carrier] ||= new Set()).add(r.label);
for (const [c, s] of Object.entries(carrierLabels)) if (s.size < 2) errors.push(`carrier ${c} frames only ${[...s]}`);

writeFileSync(join(here, 'train7n.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---- composition ----
const tally = (f) => records.reduce((m, r) => { const k = f(r); m[k] = (m[k] || 0) + 1; return m; }, {});
console.log(`train7n: ${records.length} records`);
console.log('by family/label:', tally((r) => `${r.family}/${r.label}`));
console.log('injection attack techniques:', tally((r) => (r.family === 'injection' && r.label === 'attack' ? r.technique : '-')));
console.log('injection look-alike families:', tally((r) => (r.family === 'injection' && r.label === 'benign' ? r.technique : '-')));
console.log('harmful categories (attack/benign):', tally((r) => (r.family === 'harmful' ? `${r.technique}/${r.label}` : '-')));
console.log('langs:', tally((r) => r.lang));
const nonEn = records.filter((r) => r.lang !== 'en').length;
const hNonEn = records.filter((r) => r.family === 'harmful' && r.lang !== 'en').length;
console.log(`non-English: ${nonEn}/${records.length}; harmful non-English: ${hNonEn}/${records.filter((r) => r.family === 'harmful').length}`);
console.log('carriers:', tally((r) => r.carrier));
console.log(`distinct short texts: attack ${distinct.attack}, look-alike ${distinct.benign}; long docs: attack ${longA}, look-alike ${longB}`);
if (nonEn * 2 < records.length) errors.push('less than half non-English');
if (hNonEn * 2 < records.filter((r) => r.family === 'harmful').length) errors.push('harmful: less than half non-English');
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.join('\n')); process.exit(1); }
console.log('validation: OK');
