// train7p generator: node test/eval/injection/train7p_generate.mjs
// Writes train7p.jsonl next to this file, validates every record, prints the composition,
// exits 1 on any violation. Deterministic; Node built-ins only.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, frame } from './train7p_carriers.mjs';
import { ENCODERS } from './train7p_encoders.mjs';
import { INJ_ATTACKS, INJ_BENIGN } from './train7p_injection.mjs';
import violence from './train7p_harmful_violence.mjs';
import self_harm from './train7p_harmful_self_harm.mjs';
import hate from './train7p_harmful_hate.mjs';
import sexual_minors from './train7p_harmful_sexual_minors.mjs';
import weapons from './train7p_harmful_weapons.mjs';
import malware from './train7p_harmful_malware.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SPLIT = 'train7p';
const LANGS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const REQUIRED_LANGS = [...LANGS];
const INJ_TECH = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATS = { violence, self_harm, hate, sexual_minors, weapons, malware };

const errors = [];
const err = (m) => errors.push(m);
const records = [];
const counters = new Map();
let seq = 0;

function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  const c = (counters.get(k) || 0) + 1;
  counters.set(k, c);
  return `${SPLIT}-${k}-${String(c).padStart(4, '0')}`;
}

// Expand {{ENC}} templates: encode the plain text, insert it, decode it back and compare.
function expand(item, where) {
  const raw = item.f.map((x) => x);
  if (item.m === 'split_base64') {
    // each field carries one base64 half after "-> "; decoded halves joined must equal plain
    const halves = raw.map((x) => (x.match(/-> ([A-Za-z0-9+/=]+)/) || [])[1]);
    const joined = halves.map((h) => (h ? Buffer.from(h, 'base64').toString('utf8') : '')).join('');
    if (halves.some((h) => !h) || joined !== item.plain) err(`${where}: split base64 halves do not decode to plain`);
  }
  if (!item.enc) return raw;
  const enc = ENCODERS[item.enc];
  if (!enc) { err(`${where}: unknown encoding ${item.enc}`); return raw; }
  let encoded, back;
  try { encoded = enc.encode(item.plain); back = enc.decode(encoded); } catch (e) { err(`${where}: ${e.message}`); return raw; }
  if (back !== item.plain) err(`${where}: encoding ${item.enc} is not lossless`);
  let used = 0;
  const out = raw.map((x) => { if (x.includes('{{ENC}}')) used++; return x.split('{{ENC}}').join(encoded); });
  if (used === 0) err(`${where}: template has no {{ENC}} slot`);
  // decode the inserted payload once more from the final text: it must be findable verbatim
  if (!out.some((x) => x.includes(encoded))) err(`${where}: encoded payload missing from output`);
  return out;
}

function add(family, label, technique, carrier, lang, fields, extra = {}) {
  seq++;
  const rec = { id: nextId(family, label, technique), split: SPLIT, family, label, technique, lang, carrier, fields: frame(carrier, fields, seq), ...extra };
  records.push(rec);
  return rec;
}

// ---- harmful ----
for (const [cat, set] of Object.entries(CATS)) {
  for (const label of ['attack', 'benign']) {
    const list = set[label];
    if (!Array.isArray(list)) { err(`harmful ${cat} ${label}: missing list`); continue; }
    if (list.length !== 30) err(`harmful ${cat} ${label}: ${list.length} items, expected 30`);
    list.forEach(([carrier, lang, text, mix], i) => {
      const extra = mix ? { code_switched: mix } : {};
      add('harmful', label, cat, carrier, lang, [text], { ...extra, source_text: undefined });
    });
  }
}
// ---- injection ----
for (const [label, list] of [['attack', INJ_ATTACKS], ['benign', INJ_BENIGN]]) {
  list.forEach((item, i) => {
    const where = `injection ${label} #${i}`;
    const fields = expand(item, where);
    const extra = {};
    if (item.enc) extra.method = item.enc;
    if (item.m) extra.method = item.m;
    if (item.mix) extra.code_switched = item.mix;
    add('injection', label, item.t, item.c, item.l, fields, extra);
  });
}
for (const r of records) delete r.source_text;

// ---- validation ----
const REAL_TLD = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|ru|cn|de|uk|co|info|biz|xyz|top|me|ly|gg|app|dev|ai|su|onion|tk|ml|pw|cc|in|jp|fr|es|it|br|pl|tv)\b/i;
const HOSTISH = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|@)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
const ids = new Set();
const texts = new Map();
for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k].trim()) err(`${r.id}: empty ${k}`);
  if (ids.has(r.id)) err(`duplicate id ${r.id}`); ids.add(r.id);
  if (!LANGS.has(r.lang)) err(`${r.id}: unknown lang ${r.lang}`);
  if (r.code_switched && !LANGS.has(r.code_switched)) err(`${r.id}: unknown code-switch lang`);
  if (!CARRIERS[r.carrier]) err(`${r.id}: unknown carrier ${r.carrier}`);
  if (!['attack', 'benign'].includes(r.label)) err(`${r.id}: bad label`);
  if (r.family === 'harmful' && !CATS[r.technique]) err(`${r.id}: unknown category`);
  if (r.family === 'injection' && r.label === 'attack' && !INJ_TECH.includes(r.technique)) err(`${r.id}: unknown technique ${r.technique}`);
  if (r.family === 'injection' && r.label === 'benign' && !/^[a-z][a-z_]+$/.test(r.technique)) err(`${r.id}: bad look-alike family`);
  if (!Array.isArray(r.fields) || r.fields.length === 0) err(`${r.id}: no fields`);
  for (const f of r.fields) if (typeof f !== 'string' || !f.trim()) err(`${r.id}: empty field`);
  if (r.technique === 'split_payload' && r.fields.length < 2) err(`${r.id}: split payload needs >= 2 fields`);
  const all = r.fields.join('\n');
  for (const m of all.matchAll(HOSTISH)) {
    const host = m[1].toLowerCase().replace(/\.$/, '');
    if (!/\.(example|test|invalid)$/.test(host)) err(`${r.id}: host ${host} not under .example/.test/.invalid`);
  }
  const bare = all.replace(/[a-z0-9.-]+\.(example|test|invalid)\b/gi, '');
  const m2 = bare.match(REAL_TLD);
  if (m2) err(`${r.id}: real-looking domain ${m2[0]}`);
  const key = r.fields.join('\u0001');
  if (texts.has(key)) err(`${r.id}: duplicate text of ${texts.get(key)}`); texts.set(key, r.id);
}
// plain texts of encoded items are checked for hosts too
for (const item of [...INJ_ATTACKS, ...INJ_BENIGN]) if (item.plain) {
  for (const m of item.plain.matchAll(HOSTISH)) if (!/\.(example|test|invalid)$/i.test(m[1])) err(`encoded plain has host ${m[1]}`);
}
// distinct hand-written harmful texts
const seen = new Set();
for (const set of Object.values(CATS)) for (const l of ['attack', 'benign']) for (const it of set[l] || []) {
  if (seen.has(it[2])) err(`duplicate harmful text: ${it[2].slice(0, 50)}`); seen.add(it[2]);
}
// carriers: every carrier used in a family frames both labels
for (const fam of ['harmful', 'injection']) {
  const by = { attack: new Set(), benign: new Set() };
  for (const r of records) if (r.family === fam) by[r.label].add(r.carrier);
  for (const c of new Set([...by.attack, ...by.benign])) if (!by.attack.has(c) || !by.benign.has(c)) err(`${fam}: carrier ${c} frames only one label`);
}
// language coverage and proportions
const harmful = records.filter((r) => r.family === 'harmful');
const nonEnH = harmful.filter((r) => r.lang !== 'en').length;
if (nonEnH * 3 < harmful.length * 2) err(`harmful: only ${nonEnH}/${harmful.length} non-English (< 2/3)`);
const nonEn = records.filter((r) => r.lang !== 'en').length;
if (nonEn * 2 < records.length) err(`overall: only ${nonEn}/${records.length} non-English`);
for (const l of REQUIRED_LANGS) if (!records.some((r) => r.lang === l)) err(`language ${l} missing`);
for (const t of INJ_TECH) if (!records.some((r) => r.family === 'injection' && r.technique === t)) err(`technique ${t} missing`);

// ---- write + report ----
writeFileSync(join(here, 'train7p.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const tally = (keyf, rs = records) => { const m = {}; for (const r of rs) { const k = keyf(r); m[k] = (m[k] || 0) + 1; } return Object.fromEntries(Object.entries(m).sort()); };
console.log(`train7p: ${records.length} records`);
console.log('by family/label:', tally((r) => `${r.family}/${r.label}`));
console.log('harmful by category/label:', tally((r) => `${r.technique}/${r.label}`, harmful));
console.log('injection by technique/label:', tally((r) => `${r.label}/${r.technique}`, records.filter((r) => r.family === 'injection')));
console.log('by lang:', tally((r) => r.lang));
console.log(`non-English: harmful ${nonEnH}/${harmful.length}, overall ${nonEn}/${records.length}; code-switched: ${records.filter((r) => r.code_switched).length}`);
console.log('by carrier (attack/benign):', Object.fromEntries(Object.keys(CARRIERS).map((c) => [c, `${records.filter((r) => r.carrier === c && r.label === 'attack').length}/${records.filter((r) => r.carrier === c && r.label === 'benign').length}`])));
if (errors.length) { console.error(`${errors.length} violation(s):`); for (const e of errors.slice(0, 60)) console.error('  ' + e); process.exit(1); }
console.log('validation: OK');
