// train7r generator: node test/eval/injection/train7r_generate.mjs
// Rewrites train7r.jsonl next to this file from the train7r_*.mjs sources, validates every
// record, prints the composition and exits 1 on any violation. Deterministic, Node built-ins only.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, HARMFUL_CARRIERS, context } from './train7r_carriers.mjs';
import { ATTACKS_A } from './train7r_attacks_a.mjs';
import { ATTACKS_B } from './train7r_attacks_b.mjs';
import { LOOKALIKES_A } from './train7r_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train7r_lookalikes_b.mjs';
import { LOOKALIKES_C } from './train7r_lookalikes_c.mjs';
import { HARMFUL } from './train7r_harmful.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train7r.jsonl');
const SPLIT = 'train7r';
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LONG_MIN = 800;
// carriers in which HTML/markdown markup is natural (used for markup-bearing hidden text and
// for the hidden_ui look-alikes alike)
const MARKUP_CARRIERS = ['web_html', 'readme', 'github_issue', 'pr_description', 'email', 'api_docs', 'notebook', 'changelog', 'search_results', 'review_comment', 'chat_export', 'code_comment'];

const errors = [];
const fail = (msg) => errors.push(msg);

// ---------- encodings (each with its decoder, round-tripped below) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()), (e) => decodeURIComponent(e)],
  html: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))],
  uescape: [(s) => [...s].map((c) => { let o = ''; for (let i = 0; i < c.length; i++) o += '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0'); return o; }).join(''), (e) => JSON.parse('"' + e + '"')],
  reverse: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leet: [(s) => [...s.toLowerCase()].map((c) => LEET[c] ?? c).join(''), (e) => [...e].map((c) => UNLEET[c] ?? c).join('')],
  tag: [(s) => [...s].map((c) => String.fromCodePoint(0xE0000 + c.codePointAt(0))).join(''), (e) => [...e].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xE0000)).join('')],
  zw: [(s) => [...s].join('\u200b'), (e) => e.split('\u200b').join('')],
};
function rot13(s) {
  return s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); });
}
function encodeChecked(method, plain, where) {
  const [enc, dec] = ENC[method] ?? [];
  if (!enc) { fail(`${where}: unknown encoding ${method}`); return plain; }
  if (method === 'leet' && /[0-9]/.test(plain)) fail(`${where}: leet plain text must not contain digits`);
  if (method === 'tag' && /[^\x20-\x7e]/.test(plain)) fail(`${where}: tag plain text must be printable ASCII`);
  if (method === 'zw' && plain.includes('\u200b')) fail(`${where}: zw plain text contains U+200B`);
  const e = enc(plain);
  const back = dec(e);
  const want = method === 'leet' ? plain.toLowerCase() : plain;
  if (back !== want) fail(`${where}: ${method} does not round-trip`);
  if (e === plain) fail(`${where}: ${method} left the text unchanged`);
  return e;
}

// ---------- deterministic hashing ----------
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}

// ---------- build items ----------
// item: { kind, family, label, technique, lang, mix, parts: [text] | [a, b], enc, decoded, markup }
const items = [];
for (const [i, a] of [...ATTACKS_A, ...ATTACKS_B].entries()) {
  const where = `attack#${i} (${a.t}/${a.l})`;
  const it = { family: 'injection', label: 'attack', technique: a.t, lang: a.l, mix: a.mix, where };
  if (a.t === 'split_payload') it.parts = [a.a, a.b];
  else if (a.enc || a.hide) {
    const method = a.enc || a.hide;
    it.encoding = { base64: 'base64', hex: 'hex', rot13: 'rot13', url: 'url', html: 'html_entities', uescape: 'unicode_escape', reverse: 'reversed', leet: 'leetspeak', tag: 'unicode_tags', zw: 'zero_width' }[method];
    it.decoded = a.plain;
    it.encoded = encodeChecked(method, a.plain, where);
    it.parts = [(a.pre ?? '') + it.encoded + (a.post ?? '')];
    it.rawPlainParts = [a.pre ?? '', a.plain, a.post ?? ''];
  } else it.parts = [a.x];
  it.markup = a.t === 'hidden_text' && /^<|<(div|span|p|img|meta|script|details)\b|^\[\/\/\]|\]\(/.test(it.parts[0]);
  items.push(it);
}
for (const [i, b] of [...LOOKALIKES_A, ...LOOKALIKES_B, ...LOOKALIKES_C].entries()) {
  const where = `lookalike#${i} (${b.f}/${b.l})`;
  const it = { family: 'injection', label: 'benign', technique: b.f, lang: b.l, mix: b.mix, where };
  if (b.f === 'split_lookalike') it.parts = [b.a, b.b];
  else if (b.enc) {
    it.encoding = { base64: 'base64', hex: 'hex', rot13: 'rot13', url: 'url', html: 'html_entities', uescape: 'unicode_escape', reverse: 'reversed' }[b.enc];
    it.decoded = b.plain;
    it.encoded = encodeChecked(b.enc, b.plain, where);
    it.parts = [(b.pre ?? '') + it.encoded + (b.post ?? '')];
    it.rawPlainParts = [b.pre ?? '', b.plain, b.post ?? ''];
  } else it.parts = [b.x];
  it.markup = b.f === 'hidden_ui';
  items.push(it);
}
for (const [i, h] of HARMFUL.entries()) {
  items.push({ family: 'harmful', label: h.y, technique: h.c, lang: h.l, mix: h.mix, parts: [h.x], harmful: true, where: `harmful#${i} (${h.c}/${h.y}/${h.l})` });
}

// ---------- frame each item in two carriers ----------
const byName = Object.fromEntries(CARRIERS.map((c) => [c.name, c]));
const counters = new Map();
const records = [];
const groupCount = { injection_attack: 0, injection_benign: 0, harmful: 0 };
for (const [idx, it] of items.entries()) {
  const gkey = it.family === 'harmful' ? 'harmful' : `injection_${it.label}`;
  const gno = ++groupCount[gkey];
  const group = `${SPLIT}-${it.family === 'harmful' ? 'h' : it.label === 'attack' ? 'ia' : 'ib'}-${String(gno).padStart(4, '0')}`;
  let pool = it.harmful ? HARMFUL_CARRIERS : it.markup ? MARKUP_CARRIERS : CARRIER_NAMES;
  pool = pool.filter((n) => it.parts.every((p) => byName[n].accepts(p)));
  if (pool.length < 2) { fail(`${it.where}: fewer than two carriers accept it`); continue; }
  const h = fnv(group + it.parts.join('\u0000'));
  const c1 = pool[h % pool.length];
  let c2 = pool[(h >>> 8) % pool.length];
  if (c2 === c1) c2 = pool[(pool.indexOf(c1) + 1 + ((h >>> 16) % (pool.length - 1))) % pool.length];
  for (const [k, cname] of [c1, c2].entries()) {
    const carrier = byName[cname];
    const long = [0, 2].includes((2 * idx + k) % 5);
    const p = context(fnv(group + cname), it.lang);
    const fields = [long ? carrier.long(it.parts[0], p) : carrier.short(it.parts[0], p)];
    if (it.parts.length === 2) fields.push(carrier.second(it.parts[1], p));
    const prefix = `${SPLIT}-${it.family}-${it.label}-${it.technique}`;
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    const rec = {
      id: `${prefix}-${String(n).padStart(4, '0')}`, split: SPLIT, family: it.family, label: it.label,
      technique: it.technique, lang: it.lang, carrier: cname, fields, group, length: long ? 'long' : 'short',
    };
    if (it.mix) rec.mixed_lang = it.mix;
    if (it.encoding) { rec.encoding = it.encoding; rec.decoded = it.decoded; }
    records.push({ rec, it });
  }
}

// ---------- validation ----------
const ALLOWED_HOST = /\.(example|test|invalid)$/i;
const REAL_TLDS = 'com|org|net|io|dev|ai|co|ru|de|cn|info|biz|xyz|app|cloud|us|eu|uk|fr|jp|nl|pl|br|se|tr|vn|kr|ua|gov|edu|ly|gg';
function checkHosts(text, where) {
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\s/"'<>)\]\\?#`]+)/gi)) {
    let host = m[1].replace(/^.*@/, '').replace(/:\d+$/, '').replace(/[.,;:]+$/, '');
    if (!host.includes('{') && !host.includes('$') && !ALLOWED_HOST.test(host)) fail(`${where}: URL host not allowed: ${host}`);
  }
  for (const m of text.matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b/gi)) {
    if (!ALLOWED_HOST.test(m[1])) fail(`${where}: mail domain not allowed: ${m[1]}`);
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\w@.-])((?:[a-z0-9-]+\\.)+(?:${REAL_TLDS}))(?![\\w.-]*\\.(?:example|test|invalid))(?![\\w-])`, 'gi'))) {
    fail(`${where}: bare host with a real TLD: ${m[1]}`);
  }
}
const ids = new Set();
const groupPayload = new Map();
const payloadGroup = new Map();
const groupRecs = new Map();
for (const { rec, it } of records) {
  const w = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'group']) {
    if (typeof rec[k] !== 'string' || !rec[k].trim()) fail(`${w}: empty or non-string ${k}`);
  }
  if (ids.has(rec.id)) fail(`${w}: duplicate id`); ids.add(rec.id);
  if (!/^train7r-(injection|harmful)-(attack|benign)-[a-z_]+-\d{4}$/.test(rec.id)) fail(`${w}: bad id format`);
  if (!['injection', 'harmful'].includes(rec.family)) fail(`${w}: unknown family`);
  if (!['attack', 'benign'].includes(rec.label)) fail(`${w}: unknown label`);
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) fail(`${w}: unknown technique ${rec.technique}`);
  if (rec.family === 'injection' && rec.label === 'benign' && (!/^[a-z_]+$/.test(rec.technique) || TECHNIQUES.includes(rec.technique))) fail(`${w}: bad look-alike family ${rec.technique}`);
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) fail(`${w}: unknown category ${rec.technique}`);
  if (!LANGS.includes(rec.lang)) fail(`${w}: unknown lang ${rec.lang}`);
  if (rec.mixed_lang && (!LANGS.includes(rec.mixed_lang) || rec.mixed_lang === rec.lang)) fail(`${w}: bad mixed_lang`);
  if (!CARRIER_NAMES.includes(rec.carrier)) fail(`${w}: unknown carrier`);
  if (!Array.isArray(rec.fields) || rec.fields.length === 0 || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) fail(`${w}: fields must be non-empty strings`);
  // payload verbatim; split parts in separate fields
  if (it.parts.length === 2) {
    if (rec.fields.length !== 2) fail(`${w}: split record needs exactly two fields`);
    if (!rec.fields[0].includes(it.parts[0]) || !rec.fields[1].includes(it.parts[1])) fail(`${w}: split parts not verbatim in their own fields`);
    if (rec.fields[0].includes(it.parts[1]) || rec.fields[1].includes(it.parts[0])) fail(`${w}: split parts share a field`);
    if (!['split_payload', 'split_lookalike'].includes(rec.technique)) fail(`${w}: two-part item with technique ${rec.technique}`);
  } else {
    if (rec.fields.length !== 1) fail(`${w}: expected one field`);
    if (!rec.fields[0].includes(it.parts[0])) fail(`${w}: payload not verbatim`);
    if (rec.technique === 'split_payload') fail(`${w}: split_payload needs two parts`);
  }
  // encodings: the encoded run is present and decodes to the stored plain text
  if (rec.encoding) {
    if (!rec.fields[0].includes(it.encoded)) fail(`${w}: encoded text missing`);
    const method = Object.entries({ base64: 'base64', hex: 'hex', rot13: 'rot13', url: 'url', html: 'html_entities', uescape: 'unicode_escape', reverse: 'reversed', leet: 'leetspeak', tag: 'unicode_tags', zw: 'zero_width' }).find(([, v]) => v === rec.encoding)?.[0];
    const back = ENC[method][1](it.encoded);
    if (back !== (method === 'leet' ? rec.decoded.toLowerCase() : rec.decoded)) fail(`${w}: encoding does not decode to the stored text`);
    for (const part of it.rawPlainParts) checkHosts(part, `${w} (decoded)`);
  }
  // length class and position of the material
  const joined = rec.fields.join('\n');
  if (rec.length === 'long') {
    if (joined.length < LONG_MIN) fail(`${w}: long record has only ${joined.length} chars`);
    const at = rec.fields[0].indexOf(it.parts[0]);
    const after = rec.fields[0].length - at - it.parts[0].length;
    if (at < 150 || after < 150) fail(`${w}: long record does not put the material in the middle (${at}/${after})`);
  }
  // hosts: checked on the visible text (an encoded run is checked in its decoded form above)
  for (const f of rec.fields) checkHosts(it.encoded ? f.split(it.encoded).join(' ') : f, w);
  // groups
  const key = it.parts.join('\u0000');
  if (groupPayload.has(rec.group) && groupPayload.get(rec.group) !== key) fail(`${w}: group ${rec.group} holds different payloads`);
  groupPayload.set(rec.group, key);
  if (payloadGroup.has(key) && payloadGroup.get(key) !== rec.group) fail(`${w}: the same payload appears under two groups`);
  payloadGroup.set(key, rec.group);
  if (!groupRecs.has(rec.group)) groupRecs.set(rec.group, []);
  groupRecs.get(rec.group).push(rec);
}
for (const [g, rs] of groupRecs) {
  if (rs.length !== 2) fail(`${g}: expected two framings, got ${rs.length}`);
  if (new Set(rs.map((r) => r.carrier)).size !== rs.length) fail(`${g}: framings share a carrier`);
}
// the same carriers must frame attacks and look-alikes in each family
for (const fam of ['injection', 'harmful']) {
  const a = new Set(records.filter((r) => r.rec.family === fam && r.rec.label === 'attack').map((r) => r.rec.carrier));
  const b = new Set(records.filter((r) => r.rec.family === fam && r.rec.label === 'benign').map((r) => r.rec.carrier));
  for (const c of a) if (!b.has(c)) fail(`${fam}: carrier ${c} frames attacks but no look-alikes`);
  for (const c of b) if (!a.has(c)) fail(`${fam}: carrier ${c} frames look-alikes but no attacks`);
}
// size and coverage requirements
const recs = records.map((r) => r.rec);
const count = (pred) => recs.filter(pred).length;
const distinct = (pred) => new Set(recs.filter(pred).map((r) => r.group)).size;
for (const t of TECHNIQUES) if (distinct((r) => r.label === 'attack' && r.technique === t && r.family === 'injection') < 30) fail(`technique ${t}: fewer than 30 distinct payloads`);
const lookFamilies = new Set(recs.filter((r) => r.family === 'injection' && r.label === 'benign').map((r) => r.technique));
if (lookFamilies.size < 18) fail(`only ${lookFamilies.size} look-alike families`);
for (const c of CATEGORIES) for (const y of ['attack', 'benign']) {
  const n = count((r) => r.family === 'harmful' && r.technique === c && r.label === y);
  if (n !== 12) fail(`harmful ${c}/${y}: ${n} records, expected 12`);
}
const harm = recs.filter((r) => r.family === 'harmful');
if (harm.filter((r) => r.lang !== 'en').length * 2 < harm.length) fail('harmful: fewer than half non-English');
if (recs.filter((r) => r.lang !== 'en').length * 2 < recs.length) fail('fewer than half of all records non-English');
for (const l of LANGS) if (!recs.some((r) => r.lang === l)) fail(`language ${l} missing`);
if (!recs.some((r) => r.mixed_lang)) fail('no code-switched records');

// ---------- write + report ----------
writeFileSync(OUT, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
const tally = (keyf, rs = recs) => { const m = new Map(); for (const r of rs) m.set(keyf(r), (m.get(keyf(r)) ?? 0) + 1); return [...m].sort((x, y) => (x[0] < y[0] ? -1 : 1)); };
const show = (title, rows) => console.log(`${title}\n` + rows.map(([k, v]) => `  ${k}: ${v}`).join('\n'));
console.log(`train7r: ${recs.length} records -> ${OUT}`);
console.log(`distinct texts: injection attacks ${distinct((r) => r.family === 'injection' && r.label === 'attack')}, look-alikes ${distinct((r) => r.family === 'injection' && r.label === 'benign')} (${lookFamilies.size} families), harmful ${distinct((r) => r.family === 'harmful')}`);
show('by family/label:', tally((r) => `${r.family}/${r.label}`));
show('injection attacks by technique:', tally((r) => r.technique, recs.filter((r) => r.family === 'injection' && r.label === 'attack')));
show('injection look-alikes by family:', tally((r) => r.technique, recs.filter((r) => r.family === 'injection' && r.label === 'benign')));
show('harmful by category/label:', tally((r) => `${r.technique}/${r.label}`, harm));
show('by lang:', tally((r) => r.lang));
show('by carrier:', tally((r) => r.carrier));
show('by length:', tally((r) => r.length));
console.log(`non-English: ${recs.filter((r) => r.lang !== 'en').length}/${recs.length}; code-switched: ${count((r) => r.mixed_lang)}; long (800+ chars): ${count((r) => r.length === 'long')}/${recs.length}`);
if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors.slice(0, 200)) console.error('  ' + e);
  process.exit(1);
}
console.log('validation: OK');
