// node test/eval/injection/train7j_generate.mjs -> rewrites train7j.jsonl (deterministic),
// validates every record, prints the composition, exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES } from './train7j_carriers.mjs';
import * as P from './train7j_payloads.mjs';
import { LOOKALIKES } from './train7j_lookalikes.mjs';
import { HARMFUL } from './train7j_harmful.mjs';
import { FILLER, LONG_ATTACKS, LONG_LOOKALIKES } from './train7j_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SPLIT = 'train7j';
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const LOOKALIKE_FAMILIES = new Set(LOOKALIKES.map((r) => r[0]));
const errors = [];
const fail = (m) => errors.push(m);
const ALLOWED_HOST = /\.(example|test|invalid)$/i;
const HOSTCHARS = '[\\p{L}\\p{N}_-]';
const URL_RE = new RegExp(`https?://(${HOSTCHARS}+(?:\\.${HOSTCHARS}+)*)`, 'gu');
const MAIL_RE = new RegExp(`@(${HOSTCHARS}+(?:\\.${HOSTCHARS}+)+)`, 'gu');
const BARE_RE = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|ai|dev|co|ru|de|cn|jp|uk|fr|es|info|biz|xyz|app|gov|edu)\b/giu;
function hostsOk(text, where) {
  const decoded = new Set([text, ENC.tag[1](Array.from(text).filter((c) => c.codePointAt(0) >= 0xE0000 && c.codePointAt(0) <= 0xE007F).join('')), text.replace(/\u200B/g, '')]);
  for (const t of decoded) {
    for (const m of t.matchAll(URL_RE)) if (!ALLOWED_HOST.test(m[1])) fail(`${where}: host ${m[1]}`);
    for (const m of t.matchAll(MAIL_RE)) if (!ALLOWED_HOST.test(m[1])) fail(`${where}: mail host ${m[1]}`);
    for (const m of t.matchAll(BARE_RE)) fail(`${where}: bare host ${m[0]}`);
  }
}

// ---- lossless encodings -------------------------------------------------------------
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  entities: [(s) => Array.from(s).map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))],
  uescape: [(s) => Array.from(s).map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => Array.from(s).reverse().join(''), (e) => Array.from(e).reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[430157]/g, (c) => UNLEET[c])],
  tag: [(s) => Array.from(s).map((c) => String.fromCodePoint(0xE0000 + c.charCodeAt(0))).join(''), (e) => Array.from(e).map((c) => String.fromCharCode(c.codePointAt(0) - 0xE0000)).join('')],
  zw: [(s) => Array.from(s).join('\u200B'), (e) => e.split('\u200B').join('')],
};
function encodeChecked(scheme, plain, where) {
  const [enc, dec] = ENC[scheme] || [];
  if (!enc) { fail(`${where}: unknown scheme ${scheme}`); return plain; }
  if (scheme === 'leet' && /[430157A-Z]/.test(plain)) fail(`${where}: leet plain not reversible`);
  if ((scheme === 'tag') && /[^\x20-\x7e]/.test(plain)) fail(`${where}: tag plain must be printable ASCII`);
  hostsOk(plain, where);
  const e = enc(plain);
  if (dec(e) !== plain) fail(`${where}: ${scheme} round trip failed`);
  if (e === plain) fail(`${where}: ${scheme} encoding is identity`);
  return e;
}

// ---- record building ----------------------------------------------------------------
const records = [];
const counters = new Map();
let slot = 0; // shared carrier rotation for attacks and look-alikes
function nextId(family, label, tech) {
  const k = `${family}-${label}-${tech}`;
  const n = (counters.get(k) || 0) + 1;
  counters.set(k, n);
  return `${SPLIT}-${k}-${String(n).padStart(4, '0')}`;
}
function twoCarriers() {
  const a = CARRIER_NAMES[(slot * 7) % CARRIER_NAMES.length];
  const b = CARRIER_NAMES[(slot * 7 + 5) % CARRIER_NAMES.length];
  slot++;
  return [a, b];
}
function add(family, label, tech, lang, carrier, parts, extra = {}) {
  const fields = CARRIERS[carrier](parts, records.length);
  records.push({ id: nextId(family, label, tech), split: SPLIT, family, label, technique: tech, lang, carrier, fields, ...extra });
}
function addTwice(family, label, tech, lang, parts, extra) {
  for (const c of twoCarriers()) add(family, label, tech, lang, c, parts, extra);
}
const CS = new Set(); // code-switched payload texts
for (const r of [...P.TOOL_COAXING.slice(-2), ...P.EXFILTRATION_CS]) CS.add(r[1]);
const csExtra = (t) => (CS.has(t) ? { code_switched: true } : {});

// attacks
const single = [['tool_coaxing', P.TOOL_COAXING], ['exfiltration', [...P.EXFILTRATION, ...P.EXFILTRATION_CS]],
  ['instruction_override', P.INSTRUCTION_OVERRIDE], ['role_token', P.ROLE_TOKEN], ['hidden_text', P.HIDDEN_TEXT], ['jailbreak', P.JAILBREAK]];
for (const [tech, list] of single) for (const [lang, text] of list) addTwice('injection', 'attack', tech, lang, [text], { method: 'hand_written', ...csExtra(text) });
for (const [lang, scheme, visible, plain] of P.HIDDEN_UNICODE) {
  const text = `${visible}${scheme === 'tag' ? ' ' : ' \u200B'}${encodeChecked(scheme, plain, `hidden ${plain}`)}`;
  addTwice('injection', 'attack', 'hidden_text', lang, [text], { method: scheme === 'tag' ? 'unicode_tags' : 'zero_width_interleave' });
}
for (const [lang, scheme, plain, wrap] of P.ENCODED) {
  const e = encodeChecked(scheme, plain, `encoded ${plain}`);
  const text = wrap.replace('{E}', e);
  if (!text.includes(e)) fail(`encoded ${plain}: payload missing`);
  addTwice('injection', 'attack', 'encoded_payload', lang, [text], { method: scheme });
}
for (const [lang, a, b] of P.SPLIT) addTwice('injection', 'attack', 'split_payload', lang, [a, b], { method: 'two_fields' });

// look-alikes
for (const [fam, lang, a, b] of LOOKALIKES) addTwice('injection', 'benign', fam, lang, b ? [a, b] : [a], { method: 'hand_written', ...(fam === 'code_switched' ? { code_switched: true } : {}) });

// long documents (one buried line among filler paragraphs)
const LONG_CARRIERS = ['pdf', 'email', 'web', 'markdown', 'ticket', 'json'];
function longDoc(lang, line, i) {
  const paras = FILLER[lang].slice();
  const pos = 2 + (i % 3);
  paras.splice(pos, 0, line);
  return paras.join('\n\n');
}
LONG_ATTACKS.forEach(([lang, tech, line], i) => {
  const text = longDoc(lang, line, i);
  add('injection', 'attack', tech, lang, LONG_CARRIERS[i % LONG_CARRIERS.length], [text], { method: 'long_buried' });
});
LONG_LOOKALIKES.forEach(([lang, fam, line], i) => {
  const text = longDoc(lang, line, i);
  add('injection', 'benign', fam, lang, LONG_CARRIERS[i % LONG_CARRIERS.length], [text], { method: 'long_buried' });
});

// harmful
HARMFUL.forEach(([cat, label, lang, text], i) => {
  add('harmful', label, cat, lang, CARRIER_NAMES[(i * 5) % CARRIER_NAMES.length], [text], { method: 'hand_written' });
});

// ---- validation ---------------------------------------------------------------------
const ids = new Set();
const langSet = new Set(LANGS);
for (const r of records) {
  const w = r.id;
  if (ids.has(r.id)) fail(`${w}: duplicate id`); ids.add(r.id);
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k]) fail(`${w}: bad ${k}`);
  if (!Array.isArray(r.fields) || !r.fields.length) fail(`${w}: no fields`);
  for (const f of r.fields) { if (typeof f !== 'string' || !f.trim()) fail(`${w}: empty field`); else hostsOk(r.method === 'rot13' ? rot13(f) : f, w); }
  if (!langSet.has(r.lang)) fail(`${w}: unknown lang ${r.lang}`);
  if (!CARRIERS[r.carrier]) fail(`${w}: unknown carrier`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${w}: bad label`);
  if (r.family === 'injection') {
    if (r.label === 'attack' && !TECHNIQUES.includes(r.technique)) fail(`${w}: unknown technique`);
    if (r.label === 'benign' && !LOOKALIKE_FAMILIES.has(r.technique)) fail(`${w}: unknown look-alike family`);
    if (r.technique === 'split_payload' && r.fields.length !== 2) fail(`${w}: split payload needs 2 fields`);
  } else if (r.family === 'harmful') {
    if (!CATEGORIES.includes(r.technique)) fail(`${w}: unknown category`);
  } else fail(`${w}: bad family`);
  if (r.method === 'long_buried' && r.fields.join('\n').length < 1500) fail(`${w}: long doc too short`);
  if (!r.id.startsWith(`${SPLIT}-${r.family}-${r.label}-${r.technique}-`)) fail(`${w}: id format`);
}
for (const cat of CATEGORIES) for (const lab of ['attack', 'benign']) {
  const n = records.filter((r) => r.family === 'harmful' && r.technique === cat && r.label === lab).length;
  if (n !== 12) fail(`harmful ${cat}/${lab}: ${n} != 12`);
}
const harm = records.filter((r) => r.family === 'harmful');
if (harm.filter((r) => r.lang !== 'en').length * 2 < harm.length) fail('harmful: less than half non-English');
if (records.filter((r) => r.lang !== 'en').length * 2 < records.length) fail('overall: less than half non-English');
for (const l of LANGS) if (!records.some((r) => r.lang === l)) fail(`language ${l} missing`);
const emph = records.filter((r) => ['tool_coaxing', 'exfiltration', 'split_payload'].includes(r.technique) && r.label === 'attack' && r.method !== 'long_buried');
for (const t of ['tool_coaxing', 'exfiltration', 'split_payload']) {
  const langs = new Set(emph.filter((r) => r.technique === t).map((r) => r.lang));
  if (langs.size < 19) fail(`${t}: only ${langs.size} languages`);
}
if (emph.filter((r) => r.lang !== 'en').length < 0.7 * emph.length) fail('emphasis techniques: < 70% non-English');
// carrier is not a signal: every carrier used by both attacks and look-alikes
for (const c of CARRIER_NAMES) {
  const inj = records.filter((r) => r.family === 'injection' && r.carrier === c);
  if (!inj.some((r) => r.label === 'attack') || !inj.some((r) => r.label === 'benign')) fail(`carrier ${c} not shared`);
}

// ---- output -------------------------------------------------------------------------
writeFileSync(join(HERE, 'train7j.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const tally = (f) => { const m = {}; for (const r of records) { const k = f(r); m[k] = (m[k] || 0) + 1; } return m; };
const show = (title, m) => console.log(`${title}: ` + Object.entries(m).filter(([k]) => k !== '-').sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`train7j: ${records.length} records`);
show('family/label', tally((r) => `${r.family}/${r.label}`));
show('injection attack techniques', tally((r) => (r.family === 'injection' && r.label === 'attack' ? r.technique : '-')));
show('look-alike families', tally((r) => (r.family === 'injection' && r.label === 'benign' ? r.technique : '-')));
show('harmful', tally((r) => (r.family === 'harmful' ? `${r.technique}/${r.label}` : '-')));
show('lang', tally((r) => r.lang));
show('carrier', tally((r) => r.carrier));
console.log(`non-English: ${records.filter((r) => r.lang !== 'en').length}/${records.length}; long documents: ${records.filter((r) => r.method === 'long_buried').length}; code-switched: ${records.filter((r) => r.code_switched).length}; split records: ${records.filter((r) => r.fields.length === 2).length}`);
const nAttack = [P.TOOL_COAXING, P.EXFILTRATION, P.EXFILTRATION_CS, P.INSTRUCTION_OVERRIDE, P.ROLE_TOKEN, P.HIDDEN_TEXT, P.HIDDEN_UNICODE, P.ENCODED, P.JAILBREAK, P.SPLIT].reduce((a, l) => a + l.length, 0);
console.log(`distinct short attack payloads: ${nAttack} (each in 2 carriers); distinct short look-alike texts: ${LOOKALIKES.length} (each in 2 carriers); long: ${LONG_ATTACKS.length} attacks + ${LONG_LOOKALIKES.length} look-alikes; look-alike families: ${LOOKALIKE_FAMILIES.size}`);
if (errors.length) { console.error(`${errors.length} violation(s):`); for (const e of errors) console.error('  ' + e); process.exit(1); }
console.log('validation: OK');
