// Generates train7w.jsonl (training round, mixed sources; written blind to the detectors).
//   node test/eval/injection/train7w_generate.mjs
// Deterministic, Node built-ins only. Validates every record and exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { CARRIERS, CARRIER_NAMES, carrierPair } from './train7w_carriers.mjs';
import { ATTACKS_RAW } from './train7w_attacks.mjs';
import { BENIGN_RAW } from './train7w_benign.mjs';
import { LONG_DOCS } from './train7w_long.mjs';
import { HARMFUL_RAW } from './train7w_harmful.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, 'train7w.jsonl');
const SPLIT = 'train7w';
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const ALLOWED_TLD = /\.(example|test|invalid)$/i;

const errors = [];
const fail = (msg) => errors.push(msg);

// ---------- encodings (all lossless; checked by round trip) ----------
const ROT = (s) => s.replace(/[a-zA-Z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [ROT, ROT],
  url: [(s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''), (e) => decodeURIComponent(e)],
  html: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))],
  uesc: [(s) => [...s].map((c) => { const cp = c.charCodeAt(0); return c.length === 1 ? '\\u' + cp.toString(16).padStart(4, '0') : [...Array(c.length).keys()].map((k) => '\\u' + c.charCodeAt(k).toString(16).padStart(4, '0')).join(''); }).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[431057]/g, (c) => UNLEET[c])],
};
function encode(kind, plain, where) {
  if (!ENC[kind]) { fail(`${where}: unknown encoding ${kind}`); return plain; }
  if (kind === 'leet' && (/[A-Z0-9]/.test(plain))) fail(`${where}: leet plain text must be lowercase without digits`);
  const e = ENC[kind][0](plain);
  if (ENC[kind][1](e) !== plain) fail(`${where}: ${kind} encoding is not lossless`);
  if (e === plain) fail(`${where}: ${kind} encoding left the text unchanged`);
  return e;
}
// ---------- hiding ----------
const HIDE = {
  tags: [(s) => [...s].map((c) => String.fromCodePoint(0xE0000 + c.codePointAt(0))).join(''), (e) => [...e].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xE0000)).join('')],
  zw: [(s) => [...s].join('\u200B'), (e) => e.replace(/\u200B/g, '')],
};
function hide(kind, visible, hidden, where) {
  if (!HIDE[kind]) { fail(`${where}: unknown hiding ${kind}`); return visible; }
  if (kind === 'tags' && !/^[\x20-\x7e]+$/.test(hidden)) fail(`${where}: tag-character text must be printable ASCII`);
  const h = HIDE[kind][0](hidden);
  if (HIDE[kind][1](h) !== hidden) fail(`${where}: ${kind} hiding is not lossless`);
  return kind === 'tags' ? visible + h : visible + ' ' + h;
}

// ---------- parsing the hand-written pools ----------
const unesc = (s) => s.replace(/⏎/g, '\n').replace(/\\`/g, '`');
function parseSections(raw) {
  const out = new Map(); let cur = null;
  for (const line of raw.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (line.startsWith('=== ')) { cur = line.slice(4).trim(); out.set(cur, []); continue; }
    const m = line.match(/^([a-z]{2}(?:\+[a-z]{2})?) \| (.*)$/);
    if (!m || !cur) { fail(`unparsable line: ${line.slice(0, 80)}`); continue; }
    out.get(cur).push({ langTag: m[1], rest: m[2] });
  }
  return out;
}
// Builds an item {lang, codeswitch?, parts: [..], method?, checks: [...]} from a parsed line.
function buildItem(sectionKind, { langTag, rest }, where) {
  const [lang, mix] = langTag.split('+');
  const item = { lang, parts: [], checks: [] };
  if (mix) item.codeswitch = langTag;
  const encM = rest.match(/^(base64|hex|rot13|url|html|uesc|reversed|leet) \| (.*?) \|\|\| (.*)$/);
  const hideM = rest.match(/^@(tags|zw) \| (.*?) \|\|\| (.*)$/);
  if (encM) {
    const [, kind, wrap, plainRaw] = encM; const plain = unesc(plainRaw);
    if (!wrap.includes('{X}')) fail(`${where}: wrapper without {X}`);
    const e = encode(kind, plain, where);
    item.parts.push(unesc(wrap).replace('{X}', e)); item.method = kind; item.checks.push(e); item.plain = plain;
  } else if (hideM) {
    const [, kind, vis, hid] = hideM;
    const t = hide(kind, unesc(vis), unesc(hid), where);
    item.plain = unesc(hid); item.parts.push(t); item.method = kind === 'tags' ? 'unicode_tags' : 'zero_width'; item.checks.push(t);
  } else if (rest.includes(' ||| ')) {
    const ps = rest.split(' ||| ');
    if (ps.length !== 2 || ps.some((p) => !p.trim())) fail(`${where}: bad two-part line`);
    item.parts.push(...ps.map(unesc)); item.method = 'two_fields';
  } else item.parts.push(unesc(rest));
  if (sectionKind === 'split' && item.parts.length !== 2) fail(`${where}: split item needs two parts`);
  return item;
}

// ---------- framing ----------
let seed = 0;
function frame(carrier, parts) {
  const c = CARRIERS[carrier]; const s = ++seed;
  const fields = [c.frame(parts[0], s)];
  for (const p of parts.slice(1)) fields.push(c.second(p, s));
  return fields;
}

const records = [];
const counters = new Map();
function nextId(prefix) { const n = (counters.get(prefix) || 0) + 1; counters.set(prefix, n); return `${prefix}-${String(n).padStart(4, '0')}`; }
function push(rec, item, extra = {}) {
  const r = { id: rec.id, split: SPLIT, family: rec.family, label: rec.label, technique: rec.technique, lang: item.lang, carrier: rec.carrier, fields: rec.fields };
  if (item.method) r.method = item.method;
  if (item.codeswitch) r.codeswitch = item.codeswitch;
  Object.assign(r, extra);
  r._parts = item.parts; r._checks = item.checks; r._plain = item.plain || '';
  records.push(r);
}

// Injection attacks: every payload in two different carriers.
const attackSections = parseSections(ATTACKS_RAW);
const benignSections = parseSections(BENIGN_RAW);
const harmfulSections = parseSections(HARMFUL_RAW);
const pool = { attack: [], benign: [] };
let gi = 0;
for (const [tech, lines] of attackSections) {
  if (!TECHNIQUES.includes(tech)) fail(`unknown technique section ${tech}`);
  lines.forEach((ln, k) => {
    const item = buildItem(tech === 'split_payload' ? 'split' : '', ln, `${tech}#${k + 1}`);
    pool.attack.push(item.parts.join('\n'));
    for (const carrier of carrierPair(gi)) {
      push({ id: nextId(`train7w-injection-attack-${tech}`), family: 'injection', label: 'attack', technique: tech, carrier, fields: frame(carrier, item.parts) }, item, { payload_no: gi + 1 });
    }
    gi++;
  });
}
// Benign look-alikes: every text in two different carriers, with the same rotation scheme.
let bi = 0;
for (const [fam, lines] of benignSections) {
  lines.forEach((ln, k) => {
    const item = buildItem(fam === 'split_lookalike' ? 'split' : '', ln, `${fam}#${k + 1}`);
    pool.benign.push(item.parts.join('\n'));
    for (const carrier of carrierPair(bi)) {
      push({ id: nextId(`train7w-injection-benign-${fam}`), family: 'injection', label: 'benign', technique: fam, carrier, fields: frame(carrier, item.parts) }, item, { lookalike_no: bi + 1 });
    }
    bi++;
  });
}
// Long documents: one buried payload / one look-alike passage in the same body and carrier.
LONG_DOCS.forEach((d, k) => {
  if (!d.body.includes('{SLOT}')) fail(`long#${k + 1}: body without {SLOT}`);
  for (const label of ['attack', 'benign']) {
    const slot = d[label]; const item = { lang: d.lang, parts: [], checks: [] };
    let fill = slot.text;
    if (slot.enc) { const e = encode(slot.enc, slot.plain, `long#${k + 1}/${label}`); fill = slot.wrap.replace('{X}', e); item.method = slot.enc; item.checks.push(e); item.plain = slot.plain; }
    item.checks.push(fill);
    const text = d.body.replace('{SLOT}', fill);
    if ([...text].length < 1500) fail(`long#${k + 1}/${label}: only ${[...text].length} characters`);
    const idx = text.indexOf(fill) / text.length;
    if (idx < 0.2 || idx > 0.8) fail(`long#${k + 1}/${label}: slot not in the middle (${idx.toFixed(2)})`);
    item.parts.push(text);
    const technique = label === 'attack' ? d.technique : 'long_lookalike';
    push({ id: nextId(`train7w-injection-${label}-${technique}`), family: 'injection', label, technique, carrier: d.carrier, fields: frame(d.carrier, [text]) }, item, { source: 'long_document', pair_no: k + 1 });
  }
});
// Harmful: 12 attack + 12 benign per category, carriers rotated with the same scheme.
let hi = 0;
for (const [sec, lines] of harmfulSections) {
  const [cat, label] = sec.split(' ');
  if (!CATEGORIES.includes(cat) || !['attack', 'benign'].includes(label)) fail(`bad harmful section ${sec}`);
  lines.forEach((ln, k) => {
    const item = buildItem('', ln, `${sec}#${k + 1}`);
    const carrier = carrierPair(hi, 7)[k % 2]; hi++;
    push({ id: nextId(`train7w-harmful-${label}-${cat}`), family: 'harmful', label, technique: cat, carrier, fields: frame(carrier, item.parts) }, item);
  });
}

// ---------- validation ----------
const norm = (s) => s.replace(/[\s\\"'\/*]/g, '');
// a part counts as present when it appears verbatim, or after undoing the escaping a carrier
// applies (JSON string escapes, iCalendar \n, CSV doubled quotes, comment/indent prefixes)
const unjson = (s) => s.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
const jsonLeaves = (field) => { const out = []; const walk = (v) => { if (typeof v === 'string') out.push(v); else if (v && typeof v === 'object') Object.values(v).forEach(walk); }; try { walk(JSON.parse(field)); } catch { /* not JSON */ } return out; };
const contains = (field, part) => field.includes(part) || jsonLeaves(field).some((l) => l.includes(part)) || norm(field).includes(norm(part)) || norm(unjson(field)).includes(norm(part)) || norm(field.replace(/""/g, '"')).includes(norm(part));
const SUSPECT_TLD = /\.(com|org|net|io|ai|dev|co|app|gov|edu|info|biz|xyz|me|ly|cn|ru|de|fr|jp|uk|br|in|es|it|nl|pl|kr|tr|vn|id|se|ua|cc|tv|us|eu|gg|so|to|fm|page|site|online|cloud|tech)$/i;
const ids = new Set();
for (const r of records) {
  const w = r.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k].trim()) fail(`${w}: empty ${k}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) fail(`${w}: bad fields`);
  if (ids.has(r.id)) fail(`${w}: duplicate id`); ids.add(r.id);
  if (!['injection', 'harmful'].includes(r.family)) fail(`${w}: family`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${w}: label`);
  if (!LANGS.includes(r.lang)) fail(`${w}: unknown lang ${r.lang}`);
  if (!CARRIER_NAMES.includes(r.carrier)) fail(`${w}: unknown carrier ${r.carrier}`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) fail(`${w}: unknown technique`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) fail(`${w}: unknown category`);
  if (r.family === 'injection' && r.label === 'benign' && TECHNIQUES.includes(r.technique)) fail(`${w}: benign family named like a technique`);
  // every part survives framing, and multi-part items keep each part in its own field
  const at = r._parts.map((p) => r.fields.findIndex((f) => contains(f, p)));
  if (at.some((i) => i < 0)) fail(`${w}: a part is missing from the fields`);
  if (r._parts.length > 1 && new Set(at).size !== r._parts.length) fail(`${w}: parts not in separate fields`);
  if (r.technique === 'split_payload' && r.fields.length < 2) fail(`${w}: split payload in one field`);
  for (const c of r._checks) if (!r.fields.some((f) => contains(f, c))) fail(`${w}: encoded/hidden text not found in fields`);
  // host names only under .example / .test / .invalid
  // (encoded and hidden texts are checked in decoded form too; a rot13-encoded host is
  // accepted when it decodes to an allowed one)
  const all = r.fields.join('\n') + '\n' + r._plain;
  const okHost = (h) => ALLOWED_TLD.test(h) || (r.method === 'rot13' && ALLOWED_TLD.test(ROT(h)));
  for (const m of all.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s?#"'<>)\]\\,]+)/gi)) {
    const host = m[1].replace(/^.*@/, '').replace(/:\d+$/, '');
    if (!okHost(host)) fail(`${w}: URL host ${host}`);
  }
  for (const m of all.matchAll(/[\w.+%-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) if (!okHost(m[1])) fail(`${w}: email domain ${m[1]}`);
  for (const m of all.matchAll(/[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+/gi)) if (SUSPECT_TLD.test(m[0]) && !okHost(m[0])) fail(`${w}: host-like name ${m[0]}`);
}
// distinct payloads / look-alikes
for (const [name, arr] of Object.entries(pool)) { const seen = new Set(); for (const t of arr) { if (seen.has(t)) fail(`duplicate ${name} text: ${t.slice(0, 60)}`); seen.add(t); } }

// ---------- composition ----------
const count = (f) => { const m = {}; for (const r of records.filter(f)) m[r.technique] = (m[r.technique] || 0) + 1; return m; };
const injA = records.filter((r) => r.family === 'injection' && r.label === 'attack');
const injB = records.filter((r) => r.family === 'injection' && r.label === 'benign');
const harm = records.filter((r) => r.family === 'harmful');
const len = (r) => r.fields.join('\n').length;
const longShare = records.filter((r) => len(r) >= 800).length / records.length;
const nonEn = records.filter((r) => r.lang !== 'en').length / records.length;
const langCount = {}; for (const r of records) langCount[r.lang] = (langCount[r.lang] || 0) + 1;
const carrierCount = {}; for (const r of records) { carrierCount[r.carrier] ??= { attack: 0, benign: 0 }; carrierCount[r.carrier][r.label]++; }

const payloadsPerTech = {}; for (const [t, l] of attackSections) payloadsPerTech[t] = l.length;
for (const t of TECHNIQUES) if ((payloadsPerTech[t] || 0) < 28) fail(`technique ${t}: only ${payloadsPerTech[t] || 0} distinct payloads`);
const fams = new Set(injB.map((r) => r.technique)); if (fams.size < 18) fail(`only ${fams.size} look-alike families`);
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) {
  const rs = harm.filter((r) => r.technique === c && r.label === l);
  if (rs.length !== 12) fail(`harmful ${c}/${l}: ${rs.length} records, want 12`);
  if (rs.filter((r) => r.lang !== 'en').length < 6) fail(`harmful ${c}/${l}: fewer than half non-English`);
}
for (const l of LANGS) if (!langCount[l]) fail(`language ${l} missing`);
if (nonEn < 0.5) fail(`only ${(nonEn * 100).toFixed(1)}% non-English`);
if (longShare < 0.28) fail(`only ${(longShare * 100).toFixed(1)}% of records are 800+ characters`);
for (const c of CARRIER_NAMES) if (!carrierCount[c] || !carrierCount[c].attack || !carrierCount[c].benign) fail(`carrier ${c} does not frame both labels`);

const out = records.map(({ _parts, _checks, _plain, ...r }) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(OUT, out);

console.log(`train7w: ${records.length} records -> ${path.relative(process.cwd(), OUT)}`);
console.log(`injection attack: ${injA.length} records from ${pool.attack.length} distinct payloads + ${LONG_DOCS.length} long documents`);
console.log('  by technique:', JSON.stringify(count((r) => r.family === 'injection' && r.label === 'attack')));
console.log(`injection benign: ${injB.length} records from ${pool.benign.length} distinct look-alikes in ${fams.size} families + ${LONG_DOCS.length} long look-alikes`);
console.log('  by family:', JSON.stringify(count((r) => r.family === 'injection' && r.label === 'benign')));
console.log(`harmful: ${harm.length} records (attack ${harm.filter((r) => r.label === 'attack').length}, benign ${harm.filter((r) => r.label === 'benign').length})`, JSON.stringify(count((r) => r.family === 'harmful')));
console.log(`languages (${Object.keys(langCount).length}):`, JSON.stringify(langCount), `non-English ${(nonEn * 100).toFixed(1)}%, code-switched ${records.filter((r) => r.codeswitch).length}`);
console.log('carriers (attack/benign):', Object.entries(carrierCount).map(([k, v]) => `${k} ${v.attack}/${v.benign}`).join(', '));
console.log(`long: ${(longShare * 100).toFixed(1)}% of records are 800+ characters; ${records.filter((r) => r.source === 'long_document').length} long-document records (1,500+ characters)`);
if (errors.length) {
  console.error(`\n${errors.length} validation error(s):`);
  for (const e of errors.slice(0, 60)) console.error('  - ' + e);
  process.exit(1);
}
console.log('validation: ok');
