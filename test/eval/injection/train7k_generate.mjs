// train7k generator: node test/eval/injection/train7k_generate.mjs
// Deterministic, Node built-ins only. Writes train7k.jsonl next to this file, validates, prints composition.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES } from './train7k_carriers.mjs';
import { ATTACKS } from './train7k_attacks.mjs';
import { LOOKALIKES } from './train7k_lookalikes.mjs';
import { HARMFUL } from './train7k_harmful.mjs';
import { FILLER, LONG_ATTACKS, LONG_LOOKALIKES } from './train7k_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const LOOKALIKE_FAMILIES = Object.keys(LOOKALIKES);
const errors = [];
const fail = (m) => errors.push(m);

// ---- lossless encoders (each paired with its decoder) ----
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))],
  unicode_escape: [(s) => [...s].map((c) => '\\u' + c.codePointAt(0).toString(16).padStart(4, '0')).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reverse: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[431057]/g, (c) => UNLEET[c])],
};
const TAG = (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
const UNTAG = (s) => [...s].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('');
const ZW = (s) => [...s].join('\u200b');
const UNZW = (s) => s.split('\u200b').join('');

// ---- host check: URL hosts, e-mail domains and bare domain-like tokens ----
const ALLOWED = /\.(example|test|invalid)$/i;
const REAL_TLD = /\.(com|net|org|io|ai|co|dev|app|ru|de|cn|jp|uk|fr|es|info|biz|me|xyz|gov|edu)$/i;
function checkHosts(id, text) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'<>()\]]+)/gi)) {
    const host = m[1].replace(/:\d+$/, '').replace(/^.*@/, '').replace(/\.+$/, '');
    if (!/[a-z]/i.test(host)) continue; // placeholder such as https://...
    if (!ALLOWED.test(host)) fail(`${id}: host not allowed: ${host}`);
  }
  for (const m of text.matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) if (!ALLOWED.test(m[1])) fail(`${id}: mail domain not allowed: ${m[1]}`);
  for (const m of text.matchAll(/\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b/gi)) if (REAL_TLD.test(m[0]) && !ALLOWED.test(m[0])) fail(`${id}: domain-like token: ${m[0]}`);
}

const records = [];
const counters = new Map();
function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  const n = (counters.get(k) || 0) + 1;
  counters.set(k, n);
  return `train7k-${k}-${String(n).padStart(4, '0')}`;
}
function push(family, label, technique, lang, carrier, fields, extra = {}) {
  records.push({ id: nextId(family, label, technique), split: 'train7k', family, label, technique, lang, carrier, fields, ...extra });
}
// two distinct carriers per text, same scheme for attacks and look-alikes
let seq = 0;
function twoCarriers() {
  const n = CARRIER_NAMES.length;
  const a = (seq * 7) % n;
  let b = (a + 1 + (seq % (n - 1))) % n;
  if (b === a) b = (a + 1) % n;
  seq++;
  return [CARRIER_NAMES[a], CARRIER_NAMES[b]];
}
function frame(carrier, text, n) { return CARRIERS[carrier](text, n); }

// ---- injection attacks ----
for (const tech of TECHNIQUES) {
  ATTACKS[tech].forEach((p, i) => {
    let body, extra = {};
    if (tech === 'encoded_payload') {
      const [enc, dec] = ENC[p.method];
      const e = enc(p.plain);
      if (dec(e) !== p.plain) fail(`encoded ${tech}#${i}: ${p.method} not lossless`);
      if (e === p.plain) fail(`encoded ${tech}#${i}: ${p.method} is identity`);
      body = p.wrap.replace('{ENC}', e);
      extra = { method: p.method };
    } else if (p.tags) {
      const t = TAG(p.tags);
      if (UNTAG(t) !== p.tags) fail(`tags ${i}: not lossless`);
      body = p.text + t; extra = { method: 'unicode_tags' };
    } else if (p.zw) {
      const z = ZW(p.zw);
      if (UNZW(z) !== p.zw) fail(`zw ${i}: not lossless`);
      body = p.text + ' ' + z; extra = { method: 'zero_width' };
    } else body = p.text;
    for (const c of twoCarriers()) {
      const fields = tech === 'split_payload' ? [frame(c, p.parts[0], i), p.parts[1]] : [frame(c, body, i)];
      push('injection', 'attack', tech, p.lang, c, fields, extra);
    }
  });
}
// ---- injection look-alikes ----
for (const fam of LOOKALIKE_FAMILIES) {
  LOOKALIKES[fam].forEach((p, i) => {
    for (const c of twoCarriers()) {
      const fields = p.parts ? [frame(c, p.parts[0], i), p.parts[1]] : [frame(c, p.text, i)];
      push('injection', 'benign', fam, p.lang, c, fields);
    }
  });
}
// ---- long documents (1,500+ chars): one buried payload / one buried AI paragraph ----
function longDoc(lang, bury, k) {
  const own = FILLER[lang].slice();
  const paras = own.slice(0, 2).concat([bury], own.slice(2));
  let doc = paras.join('\n\n');
  if (doc.length < 1500) {
    const en = FILLER.en.slice(k % FILLER.en.length).concat(FILLER.en.slice(0, k % FILLER.en.length));
    doc += '\n\n--- Appendix (from the English-language update) ---\n\n' + en.join('\n\n');
  }
  return doc;
}
const LONG_CARRIERS = ['pdf', 'email', 'web', 'markdown', 'ticket', 'json'];
LONG_ATTACKS.forEach((p, k) => {
  const c = LONG_CARRIERS[k % LONG_CARRIERS.length];
  push('injection', 'attack', p.technique, p.lang, c, [frame(c, longDoc(p.lang, p.bury, k), k)], { length: 'long' });
});
LONG_LOOKALIKES.forEach((p, k) => {
  const c = LONG_CARRIERS[k % LONG_CARRIERS.length];
  push('injection', 'benign', p.technique, p.lang, c, [frame(c, longDoc(p.lang, p.bury, k), k)], { length: 'long' });
});
// ---- harmful ----
let hn = 0;
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    const rows = HARMFUL[cat][label === 'attack' ? 'attack' : 'benign'];
    rows.forEach((p, i) => {
      const c = CARRIER_NAMES[(hn * 3 + i) % CARRIER_NAMES.length]; hn++;
      push('harmful', label, cat, p.lang, c, [frame(c, p.text, i)]);
    });
  }
}

// ---- validation ----
const ids = new Set();
const texts = new Set();
for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k]) fail(`${r.id}: bad ${k}`);
  if (ids.has(r.id)) fail(`duplicate id ${r.id}`); ids.add(r.id);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) fail(`${r.id}: bad fields`);
  if (!['injection', 'harmful'].includes(r.family)) fail(`${r.id}: family`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${r.id}: label`);
  if (!LANGS.includes(r.lang)) fail(`${r.id}: unknown lang ${r.lang}`);
  if (!CARRIER_NAMES.includes(r.carrier)) fail(`${r.id}: unknown carrier ${r.carrier}`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) fail(`${r.id}: category`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) fail(`${r.id}: technique`);
  if (r.family === 'injection' && r.label === 'benign' && !LOOKALIKE_FAMILIES.includes(r.technique)) fail(`${r.id}: look-alike family`);
  if (r.technique === 'split_payload' || r.technique === 'split_lookalike') { if (r.fields.length !== 2) fail(`${r.id}: split needs 2 fields`); }
  else if (r.fields.length !== 1) fail(`${r.id}: expected 1 field`);
  if (r.length === 'long' && r.fields[0].length < 1500) fail(`${r.id}: long doc too short (${r.fields[0].length})`);
  const key = r.fields.join('\n');
  if (texts.has(key)) fail(`${r.id}: duplicate text`); texts.add(key);
  checkHosts(r.id, key);
}
// carriers must frame both attacks and look-alikes
const used = (pred) => new Set(records.filter(pred).map((r) => r.carrier));
const atkC = used((r) => r.family === 'injection' && r.label === 'attack'), benC = used((r) => r.family === 'injection' && r.label === 'benign');
for (const c of CARRIER_NAMES) if (!atkC.has(c) || !benC.has(c)) fail(`carrier ${c} not used for both attacks and look-alikes`);
for (const l of LANGS) if (!records.some((r) => r.lang === l)) fail(`language ${l} missing`);
const nonEn = records.filter((r) => r.lang !== 'en').length;
if (nonEn * 2 < records.length) fail(`non-English ${nonEn}/${records.length} < half`);
const hNonEn = records.filter((r) => r.family === 'harmful' && r.lang !== 'en').length, hAll = records.filter((r) => r.family === 'harmful').length;
if (hNonEn * 2 < hAll) fail('harmful: less than half non-English');

writeFileSync(join(HERE, 'train7k.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---- composition ----
const count = (f) => { const m = {}; for (const r of records) { const k = f(r); m[k] = (m[k] || 0) + 1; } return m; };
const show = (title, m) => console.log(`${title}: ` + Object.entries(m).filter(([k]) => k !== '-').sort().map(([k, v]) => `${k}=${v}`).join(', '));
console.log(`train7k: ${records.length} records (${nonEn} non-English)`);
show('family/label', count((r) => `${r.family}/${r.label}`));
show('injection attack techniques', count((r) => (r.family === 'injection' && r.label === 'attack' ? r.technique : '-')));
show('injection look-alike families', count((r) => (r.family === 'injection' && r.label === 'benign' ? r.technique : '-')));
show('harmful', count((r) => (r.family === 'harmful' ? `${r.technique}/${r.label}` : '-')));
show('lang', count((r) => r.lang));
show('carrier', count((r) => r.carrier));
console.log(`long documents: ${records.filter((r) => r.length === 'long').length}; distinct attack payloads: ${Object.values(ATTACKS).flat().length + LONG_ATTACKS.length}; distinct look-alike texts: ${Object.values(LOOKALIKES).flat().length + LONG_LOOKALIKES.length}`);
if (errors.length) { console.error(`${errors.length} validation error(s):\n` + errors.slice(0, 50).join('\n')); process.exit(1); }
console.log('validation: ok');
