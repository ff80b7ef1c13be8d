// train7f generator: node test/eval/injection/train7f_generate.mjs
// Deterministic, Node built-ins only. Rewrites train7f.jsonl next to this file,
// validates every record, prints the composition, exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES } from './train7f_carriers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, EXFILTRATION, TOOL_COAXING } from './train7f_attacks_a.mjs';
import { HIDDEN_TEXT, ENCODED, JAILBREAK, SPLIT, CODE_SWITCHED } from './train7f_attacks_b.mjs';
import { LOOKALIKES_A } from './train7f_lookalikes_a.mjs';
import { LOOKALIKES_B, SPLIT_LOOKALIKE } from './train7f_lookalikes_b.mjs';
import { HARMFUL } from './train7f_harmful.mjs';
import { BODIES, EXTRA, LONG_PAYLOADS, LONG_PAYLOAD_LANGS, LONG_PAYLOAD_BODY, LONG_BENIGN, LONG_BENIGN_LANGS } from './train7f_long.mjs';

const SPLIT_NAME = 'train7f';
const OUT = join(dirname(fileURLToPath(import.meta.url)), 'train7f.jsonl');
const LANGS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const ATTACK_TECHNIQUES = new Set(['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload']);
const HARM_CATEGORIES = new Set(['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware']);
const BENIGN_FAMILIES = new Set([...Object.keys(LOOKALIKES_A), ...Object.keys(LOOKALIKES_B), 'split_lookalike']);

const errors = [];
const fail = (msg) => errors.push(msg);

// ---------- lossless encodings ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (s) => Buffer.from(s, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (s) => Buffer.from(s, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (s) => decodeURIComponent(s)],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))],
  unicode_escapes: [(s) => Array.from({ length: s.length }, (_, k) => '\\u' + s.charCodeAt(k).toString(16).padStart(4, '0')).join(''), (s) => s.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (s) => [...s].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (s) => s.replace(/[013457]/g, (c) => UNLEET[c])],
};
function encode(method, plain, where) {
  const pair = ENC[method];
  if (!pair) { fail(`${where}: unknown encoding ${method}`); return plain; }
  if (method === 'leet' && (/[0-9A-Z]/.test(plain))) fail(`${where}: leet plaintext must be lowercase without digits`);
  const enc = pair[0](plain);
  if (pair[1](enc) !== plain) fail(`${where}: encoding ${method} is not lossless`);
  if (enc === plain) fail(`${where}: encoding ${method} left the text unchanged`);
  return enc;
}
const HIDE = {
  tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''), (s) => [...s].filter((c) => c.codePointAt(0) >= 0xe0000 && c.codePointAt(0) <= 0xe007f).map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zw: [(s) => [...s].join('\u200b'), (s) => s.replace(/\u200b/g, '')],
};
function hide(method, plain, where) {
  if (method === 'tags' && !/^[\x20-\x7e]+$/.test(plain)) fail(`${where}: tag-character plaintext must be printable ASCII`);
  const h = HIDE[method][0](plain);
  if (HIDE[method][1](h) !== plain) fail(`${where}: hiding ${method} is not lossless`);
  return h;
}
const wrapIn = (wrap, inner, where) => { if (!wrap.includes('{}')) fail(`${where}: wrap lacks {}`); return wrap.replace('{}', () => inner); };

// ---------- host names ----------
const OK_HOST = /\.(example|test|invalid)$/i;
const BARE_TLD = /(?<![\p{L}\p{N}@\/.-])((?:[\p{L}\p{N}-]+\.)+(?:com|org|net|io|dev|ai|co|app|gov|edu|ru|cn|de|fr|uk|jp|kr|br|info|biz|xyz|cloud|us))(?![\p{L}\p{N}-])/giu;
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s?#"'<>)\]`|\\{}]+)/gi)) {
    const host = m[1].replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/[.,;]+$/, '');
    if (!OK_HOST.test(host)) fail(`${where}: URL host not under .example/.test/.invalid: ${host}`);
  }
  for (const m of text.matchAll(/[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu)) {
    const host = m[1].replace(/[.,;]+$/, '');
    if (!OK_HOST.test(host)) fail(`${where}: e-mail host not under .example/.test/.invalid: ${host}`);
  }
  for (const m of text.matchAll(BARE_TLD)) fail(`${where}: bare host name with a public TLD: ${m[1]}`);
}

// ---------- record building ----------
const records = [];
const counters = new Map();
function nextId(family, label, technique) {
  const key = `${family}-${label}-${technique}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return `${SPLIT_NAME}-${key}-${String(n).padStart(4, '0')}`;
}
function push(family, label, technique, lang, carrier, fields, extra = {}) {
  records.push({ id: nextId(family, label, technique), split: SPLIT_NAME, family, label, technique, lang, carrier, fields, ...extra });
}
// two distinct carriers per item, rotating deterministically; the same rotation is used for attacks and look-alikes
const NC = CARRIER_NAMES.length;
function carrierPair(k) {
  const a = (k * 5) % NC;
  let b = (a + 3 + (k % 7)) % NC;
  if (b === a) b = (a + 1) % NC;
  return [CARRIER_NAMES[a], CARRIER_NAMES[b]];
}
const frame = (carrier, text, k) => CARRIERS[carrier].frame(text, k);
const frameSplit = (carrier, a, b, k) => CARRIERS[carrier].split(a, b, k);

const stats = { attackPayloads: 0, lookalikeTexts: 0, longAttacks: 0, longBenign: 0 };
const seenPayloads = new Map();
function distinct(kind, text, where) {
  const key = `${kind}\u0000${text}`;
  if (seenPayloads.has(key)) fail(`${where}: duplicate text (also ${seenPayloads.get(key)})`);
  seenPayloads.set(key, where);
}

// plain (single-text) attacks
const PLAIN_ATTACKS = [
  ['instruction_override', INSTRUCTION_OVERRIDE], ['role_token', ROLE_TOKEN], ['exfiltration', EXFILTRATION],
  ['tool_coaxing', TOOL_COAXING], ['jailbreak', JAILBREAK],
];
let k = 0;
for (const [technique, list] of PLAIN_ATTACKS) {
  list.forEach(([lang, text], i) => {
    const where = `${technique}[${i}]`;
    distinct('attack', text, where); checkHosts(text, where);
    carrierPair(k).forEach((c, j) => push('injection', 'attack', technique, lang, c, frame(c, text, k + j), { method: 'plain' }));
    stats.attackPayloads++; k++;
  });
}
HIDDEN_TEXT.forEach((item, i) => {
  const where = `hidden_text[${i}]`;
  let lang, text, method;
  if (Array.isArray(item)) { [lang, text] = item; method = 'markup'; } else {
    lang = item.lang; method = item.hide === 'tags' ? 'unicode_tags' : 'zero_width';
    checkHosts(item.plain, where);
    text = wrapIn(item.wrap, hide(item.hide, item.plain, where), where);
  }
  distinct('attack', text, where); checkHosts(text, where);
  carrierPair(k).forEach((c, j) => push('injection', 'attack', 'hidden_text', lang, c, frame(c, text, k + j), { method }));
  stats.attackPayloads++; k++;
});
ENCODED.forEach((item, i) => {
  const where = `encoded_payload[${i}]`;
  checkHosts(item.plain, where);
  const text = wrapIn(item.wrap, encode(item.enc, item.plain, where), where);
  distinct('attack', text, where); checkHosts(text, where);
  carrierPair(k).forEach((c, j) => push('injection', 'attack', 'encoded_payload', item.lang, c, frame(c, text, k + j), { method: item.enc }));
  stats.attackPayloads++; k++;
});
function pushSplit(family, label, technique, lang, a, b, where, kk, method) {
  if (!a || !b) fail(`${where}: empty split part`);
  distinct(label, `${a}\u0001${b}`, where); checkHosts(a, where); checkHosts(b, where);
  carrierPair(kk).forEach((c, j) => {
    const fields = frameSplit(c, a, b, kk + j);
    if (fields.length !== 2 || !fields[0].includes(a) || !fields[1].includes(b) || fields[0].includes(b) || fields[1].includes(a)) fail(`${where}: split parts not in separate fields (${c})`);
    push(family, label, technique, lang, c, fields, { method });
  });
}
SPLIT.forEach(([lang, a, b], i) => { pushSplit('injection', 'attack', 'split_payload', lang, a, b, `split_payload[${i}]`, k, 'two_fields'); stats.attackPayloads++; k++; });
CODE_SWITCHED.forEach((item, i) => {
  const [technique, lang] = item;
  const where = `code_switched[${i}]`;
  if (technique === 'split_payload') pushSplit('injection', 'attack', technique, lang, item[2], item[3], where, k, 'code_switched');
  else {
    distinct('attack', item[2], where); checkHosts(item[2], where);
    carrierPair(k).forEach((c, j) => push('injection', 'attack', technique, lang, c, frame(c, item[2], k + j), { method: 'code_switched' }));
  }
  stats.attackPayloads++; k++;
});

// look-alikes (same carrier rotation, restarted so both labels cover every carrier evenly)
k = 0;
for (const [family, list] of Object.entries({ ...LOOKALIKES_A, ...LOOKALIKES_B })) {
  list.forEach((item, i) => {
    const where = `${family}[${i}]`;
    let lang, text, method = 'plain';
    if (Array.isArray(item)) [lang, text] = item; else {
      lang = item.lang; method = item.enc; checkHosts(item.plain, where);
      text = wrapIn(item.wrap, encode(item.enc, item.plain, where), where);
    }
    distinct('benign', text, where); checkHosts(text, where);
    carrierPair(k).forEach((c, j) => push('injection', 'benign', family, lang, c, frame(c, text, k + j), { method }));
    stats.lookalikeTexts++; k++;
  });
}
SPLIT_LOOKALIKE.forEach(([lang, a, b], i) => { pushSplit('injection', 'benign', 'split_lookalike', lang, a, b, `split_lookalike[${i}]`, k, 'two_fields'); stats.lookalikeTexts++; k++; });

// long documents
const bodyText = (bi, insert) => {
  const paras = [...BODIES[bi].paras, ...EXTRA[bi]];
  const mid = Math.floor(paras.length / 2);
  return [...paras.slice(0, mid), insert, ...paras.slice(mid)].join('\n\n');
};
LONG_PAYLOADS.forEach((p, i) => {
  const where = `long_attack[${i}]`;
  const text = bodyText(LONG_PAYLOAD_BODY[i], p.text);
  if (text.length < 1500) fail(`${where}: only ${text.length} characters`);
  checkHosts(text, where);
  const c = CARRIER_NAMES[(i * 3) % NC];
  push('injection', 'attack', p.technique, LONG_PAYLOAD_LANGS[i], c, frame(c, text, 200 + i), { method: 'long_buried' });
  stats.longAttacks++;
});
LONG_BENIGN.forEach((p, i) => {
  const where = `long_benign[${i}]`;
  const text = bodyText(p.body, p.text);
  if (text.length < 1500) fail(`${where}: only ${text.length} characters`);
  checkHosts(text, where);
  const c = CARRIER_NAMES[(i * 3) % NC];
  push('injection', 'benign', p.family, LONG_BENIGN_LANGS[i], c, frame(c, text, 200 + i), { method: 'long_document' });
  stats.longBenign++;
});

// harmful
let h = 0;
for (const [category, { attack, benign }] of Object.entries(HARMFUL)) {
  for (const [label, list] of [['attack', attack], ['benign', benign]]) {
    list.forEach(([lang, text], i) => {
      const where = `harmful.${category}.${label}[${i}]`;
      distinct(`harm-${label}`, text, where); checkHosts(text, where);
      const c = CARRIER_NAMES[(h * 5 + (label === 'benign' ? 2 : 0)) % NC];
      push('harmful', label, category, lang, c, frame(c, text, h));
      h++;
    });
  }
}

// ---------- validation ----------
const ids = new Set();
for (const r of records) {
  const w = r.id;
  for (const f of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[f] !== 'string' || !r[f].trim()) fail(`${w}: empty ${f}`);
  if (ids.has(r.id)) fail(`${w}: duplicate id`); ids.add(r.id);
  if (r.split !== SPLIT_NAME) fail(`${w}: bad split`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${w}: bad label`);
  if (!LANGS.has(r.lang)) fail(`${w}: unknown lang ${r.lang}`);
  if (!CARRIERS[r.carrier]) fail(`${w}: unknown carrier ${r.carrier}`);
  if (r.family === 'injection') {
    if (r.label === 'attack' && !ATTACK_TECHNIQUES.has(r.technique)) fail(`${w}: unknown technique ${r.technique}`);
    if (r.label === 'benign' && !BENIGN_FAMILIES.has(r.technique)) fail(`${w}: unknown look-alike family ${r.technique}`);
  } else if (r.family === 'harmful') {
    if (!HARM_CATEGORIES.has(r.technique)) fail(`${w}: unknown category ${r.technique}`);
  } else fail(`${w}: unknown family ${r.family}`);
  if (!Array.isArray(r.fields) || r.fields.length === 0) fail(`${w}: no fields`);
  for (const f of r.fields ?? []) { if (typeof f !== 'string' || !f.trim()) fail(`${w}: empty field`); else checkHosts(f, w); }
  if (r.technique === 'split_payload' && r.fields.length !== 2) fail(`${w}: split_payload needs 2 fields`);
  if (!r.id.startsWith(`${SPLIT_NAME}-${r.family}-${r.label}-${r.technique}-`)) fail(`${w}: id does not match its labels`);
}
// composition requirements
const count = (pred) => records.filter(pred).length;
for (const t of ATTACK_TECHNIQUES) {
  const n = count((r) => r.family === 'injection' && r.label === 'attack' && r.technique === t && r.method !== 'long_buried') / 2;
  if (n < 28) fail(`technique ${t}: only ${n} distinct payloads (need 28)`);
}
const benignFams = new Set(records.filter((r) => r.family === 'injection' && r.label === 'benign').map((r) => r.technique));
if (benignFams.size < 18) fail(`only ${benignFams.size} look-alike families`);
for (const cat of HARM_CATEGORIES) for (const label of ['attack', 'benign']) {
  const n = count((r) => r.family === 'harmful' && r.technique === cat && r.label === label);
  if (n !== 12) fail(`harmful ${cat}/${label}: ${n} records (need 12)`);
}
const harmNonEn = count((r) => r.family === 'harmful' && r.lang !== 'en');
if (harmNonEn * 2 < count((r) => r.family === 'harmful')) fail('harmful: less than half non-English');
const nonEn = count((r) => r.lang !== 'en');
if (nonEn * 2 < records.length) fail('less than half of the records are non-English');
for (const l of LANGS) if (!count((r) => r.lang === l)) fail(`language ${l} unused`);
for (const c of CARRIER_NAMES) for (const lab of ['attack', 'benign']) if (!count((r) => r.carrier === c && r.label === lab && r.family === 'injection')) fail(`carrier ${c} has no injection ${lab}`);

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---------- composition ----------
const tally = (key, pred = () => true) => { const m = {}; for (const r of records.filter(pred)) m[key(r)] = (m[key(r)] ?? 0) + 1; return Object.entries(m).sort((a, b) => b[1] - a[1]).map(([a, b]) => `${a}=${b}`).join(' '); };
console.log(`train7f: ${records.length} records -> ${OUT}`);
console.log(`injection attack records: ${count((r) => r.family === 'injection' && r.label === 'attack')} (${stats.attackPayloads} distinct payloads x 2 carriers + ${stats.longAttacks} long)`);
console.log(`  by technique: ${tally((r) => r.technique, (r) => r.family === 'injection' && r.label === 'attack')}`);
console.log(`injection benign records: ${count((r) => r.family === 'injection' && r.label === 'benign')} (${stats.lookalikeTexts} distinct look-alikes x 2 carriers + ${stats.longBenign} long) in ${benignFams.size} families`);
console.log(`  by family: ${tally((r) => r.technique, (r) => r.family === 'injection' && r.label === 'benign')}`);
console.log(`harmful records: ${count((r) => r.family === 'harmful')} — ${tally((r) => `${r.technique}/${r.label}`, (r) => r.family === 'harmful')}`);
console.log(`  harmful non-English: ${harmNonEn}`);
console.log(`long (1500+ chars): attack=${stats.longAttacks} benign=${stats.longBenign}`);
console.log(`languages (${new Set(records.map((r) => r.lang)).size}): ${tally((r) => r.lang)}`);
console.log(`non-English records: ${nonEn}/${records.length}`);
console.log(`carriers: ${tally((r) => r.carrier)}`);
console.log(`methods (attacks): ${tally((r) => r.method ?? 'none', (r) => r.family === 'injection' && r.label === 'attack')}`);
if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors.slice(0, 50)) console.error('  ' + e);
  process.exit(1);
}
console.log('validation: OK');
