// Generates blind11a.jsonl (held-out, written blind to the detectors). Deterministic, Node
// built-ins only. Usage: node test/eval/injection/blind11a_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, longWrap } from './blind11a_carriers.mjs';
import { ATTACKS } from './blind11a_attacks.mjs';
import { LOOKALIKES } from './blind11a_lookalikes.mjs';
import { HARMFUL } from './blind11a_harmful.mjs';
import { LONG_ATTACKS, LONG_LOOKALIKES } from './blind11a_long.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, 'blind11a.jsonl');
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = ['security_article', 'docs', 'code', 'transcript', 'ticket_quote', 'email', 'page', 'test_fixture', 'eval_dataset', 'chat_template_tutorial', 'runbook', 'quoted_phishing', 'encoded_data', 'hidden_ui', 'phrasebook', 'policy_text', 'prompt_library', 'news', 'config_comment', 'split_lookalike'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];

// ---- lossless encodings (encode, decode)
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c <= 'Z' ? 65 : 97)));
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [encodeURIComponent, decodeURIComponent],
  entities: [(s) => Array.from(s).map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))],
  uescape: [(s) => Array.from(s).map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reverse: [(s) => Array.from(s).reverse().join(''), (e) => Array.from(e).reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[413057]/g, (c) => UNLEET[c])],
  tags: [(s) => Array.from(s).map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''), (e) => Array.from(e).map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('')],
  zw: [(s) => Array.from(s).join('\u200b'), (e) => e.replace(/\u200b/g, '')],
};

const errors = [];
const fail = (id, msg) => errors.push(`${id}: ${msg}`);

function encodeItem(it, id) {
  const kind = it.enc || it.hide;
  const [enc, dec] = ENC[kind] || [];
  if (!enc) { fail(id, `unknown encoding ${kind}`); return ''; }
  if (kind === 'leet' && /[413057A-Z]/.test(it.plain)) fail(id, 'leet plain must be lowercase without digits 0-7');
  if (kind === 'tags' && /[^\x20-\x7e]/.test(it.plain)) fail(id, 'tag characters need printable ASCII');
  const e = enc(it.plain);
  if (dec(e) !== it.plain) fail(id, `encoding ${kind} is not lossless`);
  if (e === it.plain) fail(id, `encoding ${kind} left text unchanged`);
  if (!it.wrap.includes('{E}')) fail(id, 'wrap lacks {E}');
  return it.wrap.replace('{E}', e);
}

const records = [];
const counters = {};
function nextId(family, label, tech) {
  const key = `${family}-${label}-${tech}`;
  counters[key] = (counters[key] || 0) + 1;
  return `blind11a-${key}-${String(counters[key]).padStart(4, '0')}`;
}
function frame(carrier, parts, k, long, minLen) {
  const c = CARRIERS[carrier];
  if (parts.length === 1) {
    const body = long ? longWrap(parts[0], k, minLen) : parts[0];
    return [c.a(body, k)];
  }
  const p0 = long ? longWrap(parts[0], k, minLen) : parts[0];
  return [c.a(p0, k), c.b(parts[1], k)];
}
function push(family, label, tech, lang, carrier, fields, extra, check) {
  const id = nextId(family, label, tech);
  records.push({ id, split: 'blind11a', family, label, technique: tech, lang, carrier, fields, ...extra, _check: check });
}

// ---- injection attacks: each payload in two different carriers; about a third long
let k = 0;
ATTACKS.forEach((a, i) => {
  const tmpId = `attack#${i}`;
  const parts = a.parts ? a.parts : [a.text !== undefined ? a.text : encodeItem(a, tmpId)];
  const c1 = CARRIER_NAMES[(i * 5) % CARRIER_NAMES.length];
  const c2 = CARRIER_NAMES[(i * 5 + 7) % CARRIER_NAMES.length];
  [c1, c2].forEach((c, j) => {
    const long = (i * 2 + j) % 3 === 0;
    const method = a.enc || a.hide || (a.parts ? 'two_fields' : 'plain');
    push('injection', 'attack', a.t, a.lang, c, frame(c, parts, k++, long, 800), { method, length: long ? 'long' : 'short', ...(a.mix ? { code_switched: a.mix } : {}) }, { parts, plain: a.plain });
  });
});
// ---- look-alikes: same carriers, same long ratio
LOOKALIKES.forEach((b, i) => {
  const tmpId = `benign#${i}`;
  const parts = b.parts ? b.parts : [b.text !== undefined ? b.text : encodeItem(b, tmpId)];
  const c1 = CARRIER_NAMES[(i * 3 + 2) % CARRIER_NAMES.length];
  const c2 = CARRIER_NAMES[(i * 3 + 11) % CARRIER_NAMES.length];
  [c1, c2].forEach((c, j) => {
    const long = (i * 2 + j) % 3 === 0;
    push('injection', 'benign', b.f, b.lang, c, frame(c, parts, k++, long, 800), { method: b.enc || (b.parts ? 'two_fields' : 'plain'), length: long ? 'long' : 'short', ...(b.mix ? { code_switched: b.mix } : {}) }, { parts, plain: b.plain });
  });
});
// ---- long documents (1,500+ chars), one buried payload / look-alike passage each
LONG_ATTACKS.forEach((a, i) => {
  const c = CARRIER_NAMES[(i * 7 + 3) % CARRIER_NAMES.length];
  push('injection', 'attack', a.t, a.lang, c, frame(c, [a.text], k++, true, 1500), { method: 'buried', length: 'long_doc' }, { parts: [a.text], minLen: 1500 });
});
LONG_LOOKALIKES.forEach((b, i) => {
  const c = CARRIER_NAMES[(i * 7 + 3) % CARRIER_NAMES.length];
  push('injection', 'benign', b.f, b.lang, c, frame(c, [b.text], k++, true, 1500), { method: 'buried', length: 'long_doc' }, { parts: [b.text], minLen: 1500 });
});
// ---- harmful: one carrier each, same carrier pool for attack and benign
HARMFUL.forEach((h, i) => {
  const c = CARRIER_NAMES[(Math.floor(i / 2) * 5 + (i % 2) * 3) % CARRIER_NAMES.length];
  const long = i % 3 === 0;
  push('harmful', h.l, h.c, h.lang, c, frame(c, [h.text], k++, long, 800), { length: long ? 'long' : 'short' }, { parts: [h.text] });
});

// ---- validation
const ids = new Set();
const variants = (s) => [s, JSON.stringify(s).slice(1, -1), s.replace(/\n/g, ' '), s.replace(/\n/g, '\\n'), s.replace(/\n/g, '\n * '), s.replace(/\n/g, '\n  # '), s.replace(/\n/g, '\n  '), s.replace(/\n/g, '\n# ')];
const hostOk = (h) => /^[a-z0-9.-]+\.(example|test|invalid)$/i.test(h);
function checkHosts(id, text) {
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^@\/\s]*@)?([\p{L}\p{N}.-]+)/giu)) {
    const host = m[1].replace(/\.+$/, '');
    if (!hostOk(host)) fail(id, `host not under .example/.test/.invalid: ${host}`);
  }
  for (const m of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) if (!hostOk(m[1])) fail(id, `mail host not allowed: ${m[1]}`);
  for (const m of text.matchAll(/\b(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ru|de|co|ai|dev|app|gov|edu|info|biz|uk|fr|cn|jp)\b/gi)) fail(id, `real-looking host name: ${m[0]}`);
}
for (const r of records) {
  const { _check: chk } = r;
  if (ids.has(r.id)) fail(r.id, 'duplicate id');
  ids.add(r.id);
  for (const f of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[f] !== 'string' || !r[f]) fail(r.id, `empty ${f}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) fail(r.id, 'bad fields');
  if (!LANGS.includes(r.lang)) fail(r.id, `unknown lang ${r.lang}`);
  if (!CARRIER_NAMES.includes(r.carrier)) fail(r.id, `unknown carrier ${r.carrier}`);
  if (!['attack', 'benign'].includes(r.label)) fail(r.id, 'bad label');
  if (r.family === 'injection') {
    if (r.label === 'attack' && !TECHNIQUES.includes(r.technique)) fail(r.id, `unknown technique ${r.technique}`);
    if (r.label === 'benign' && !FAMILIES.includes(r.technique)) fail(r.id, `unknown look-alike family ${r.technique}`);
  } else if (r.family === 'harmful') {
    if (!CATEGORIES.includes(r.technique)) fail(r.id, `unknown category ${r.technique}`);
  } else fail(r.id, 'bad family');
  const isSplit = r.technique === 'split_payload' || r.technique === 'split_lookalike';
  if (isSplit !== (chk.parts.length === 2)) fail(r.id, 'split records must have exactly two parts');
  chk.parts.forEach((p, j) => {
    if (!p.trim()) fail(r.id, 'empty part');
    if (!variants(p).some((v) => r.fields[j] && r.fields[j].includes(v))) fail(r.id, `part ${j} not found in fields[${j}]`);
  });
  if (isSplit && r.fields.length < 2) fail(r.id, 'split payload needs two fields');
  const all = r.fields.join('\n');
  if (chk.minLen && all.length < chk.minLen) fail(r.id, `long doc shorter than ${chk.minLen}`);
  if (r.length === 'long' && all.length < 800) fail(r.id, 'long record shorter than 800');
  checkHosts(r.id, all);
  if (chk.plain) checkHosts(r.id, chk.plain);
  delete r._check;
}
// distinctness of hand-written texts
const seen = new Set();
for (const x of [...ATTACKS, ...LOOKALIKES, ...HARMFUL, ...LONG_ATTACKS, ...LONG_LOOKALIKES]) {
  const key = x.text || x.plain || (x.parts || []).join('|');
  if (seen.has(key)) fail('source', `duplicate text: ${key.slice(0, 60)}`);
  seen.add(key);
}

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---- composition
const count = (pred) => records.filter(pred).length;
const by = (key, pred = () => true) => { const m = {}; for (const r of records.filter(pred)) m[r[key]] = (m[r[key]] || 0) + 1; return m; };
const fmt = (m) => Object.entries(m).sort().map(([a, b]) => `${a}=${b}`).join(' ');
console.log(`blind11a: ${records.length} records -> ${OUT}`);
console.log(`injection attack: ${count((r) => r.family === 'injection' && r.label === 'attack')} records from ${ATTACKS.length} payloads x2 carriers + ${LONG_ATTACKS.length} long docs`);
console.log(`  by technique: ${fmt(by('technique', (r) => r.family === 'injection' && r.label === 'attack'))}`);
console.log(`injection benign: ${count((r) => r.family === 'injection' && r.label === 'benign')} records from ${LOOKALIKES.length} look-alikes x2 carriers + ${LONG_LOOKALIKES.length} long docs`);
console.log(`  by family (${Object.keys(by('technique', (r) => r.family === 'injection' && r.label === 'benign')).length}): ${fmt(by('technique', (r) => r.family === 'injection' && r.label === 'benign'))}`);
console.log(`harmful: ${count((r) => r.family === 'harmful')} records; ${fmt(by('technique', (r) => r.family === 'harmful' && r.label === 'attack'))} (attack each) / benign: ${fmt(by('technique', (r) => r.family === 'harmful' && r.label === 'benign'))}`);
console.log(`carriers (${CARRIER_NAMES.length}): attack ${fmt(by('carrier', (r) => r.label === 'attack'))}`);
console.log(`                 benign ${fmt(by('carrier', (r) => r.label === 'benign'))}`);
console.log(`languages (${Object.keys(by('lang')).length}): ${fmt(by('lang'))}`);
const nonEn = count((r) => r.lang !== 'en');
console.log(`non-English: ${nonEn}/${records.length} (${Math.round((100 * nonEn) / records.length)}%); harmful non-English: ${count((r) => r.family === 'harmful' && r.lang !== 'en')}/${count((r) => r.family === 'harmful')}`);
const long800 = count((r) => r.fields.join('\n').length >= 800);
console.log(`code-switched: ${count((r) => r.code_switched)}`);
console.log(`long (800+ chars): ${long800}/${records.length} (${Math.round((100 * long800) / records.length)}%); 1500+ chars: ${count((r) => r.fields.join('\n').length >= 1500)}`);
for (const l of LANGS) if (!records.some((r) => r.lang === l)) fail('composition', `language ${l} missing`);
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) if (count((r) => r.technique === c && r.label === l) !== 12) fail('composition', `${c}/${l} must have 12`);
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.join('\n')); process.exit(1); }
console.log('validation: OK');
