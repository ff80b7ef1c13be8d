// train8f generator + validator. Deterministic. Usage: node test/eval/injection/train8f_generate.mjs
// Writes train8f.jsonl next to this file only if every check passes (otherwise exit 1, nothing written).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, filler } from './train8f_carriers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, HIDDEN_TEXT, EXFILTRATION } from './train8f_attacks_a.mjs';
import { TOOL_COAXING, ENCODED, JAILBREAK, SPLIT } from './train8f_attacks_b.mjs';
import { LOOKALIKES } from './train8f_lookalikes.mjs';
import { HARMFUL } from './train8f_harmful.mjs';
import { LONG_DOCS } from './train8f_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train8f.jsonl');
const SPLIT_NAME = 'train8f';

function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const rng = mulberry32(0x7e8f2026);

// ---------- encodings ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))],
  u_escape: [(s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leet: [(s) => s.toLowerCase().replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[431057]/g, (c) => UNLEET[c])],
  tag: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''), (e) => [...e].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('')],
  zw: [(s) => [...s].join('\u200b'), (e) => e.replace(/\u200b/g, '')],
};
const renderHidden = (s) => s.replace(/\{TAG:([^}]*)\}/g, (_, x) => ENC.tag[0](x)).replace(/\{ZW\}/g, '\u200b');

// ---------- constants ----------
const TECHNIQUES = { instruction_override: INSTRUCTION_OVERRIDE, role_token: ROLE_TOKEN, hidden_text: HIDDEN_TEXT, exfiltration: EXFILTRATION, tool_coaxing: TOOL_COAXING, encoded_payload: ENCODED, jailbreak: JAILBREAK, split_payload: SPLIT };
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = new Set(['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv', 'mixed']);
const errors = [];
const fail = (m) => errors.push(m);

// ---------- build ----------
const records = [];
const meta = []; // parallel validation info, not written
let seq = 0;
const SENT = (i) => `QXSENTINEL${i}QX`;

function build(carrier, parts, pad, r) {
  const seed = Math.floor(r() * 2 ** 31);
  const probe0 = CARRIERS[carrier](parts.map((_, i) => SENT(i)), mulberry32(seed), pad);
  const raw = CARRIERS[carrier](parts, mulberry32(seed), pad);
  const keep = raw.map((f) => f.trim() !== '');
  const fields = raw.filter((_, i) => keep[i]);
  const probe = probe0.filter((_, i) => keep[i]);
  const idx = parts.map((_, i) => probe.findIndex((f) => f.includes(SENT(i))));
  return { fields, idx, probe };
}
function push({ family, label, technique, lang, carrier, parts, pad, long, source, method, itemKey, encInfo, split }) {
  const { fields, idx, probe } = build(carrier, parts, pad, rng);
  seq += 1;
  const id = `${SPLIT_NAME}-${family}-${label}-${technique}-${String(seq).padStart(4, '0')}`;
  records.push({ id, split: SPLIT_NAME, family, label, technique, lang, carrier, fields, source, method });
  meta.push({ parts, idx, probe, pad, long, itemKey, encInfo, split });
}
const pairFor = (k) => [CARRIER_NAMES[k % 17], CARRIER_NAMES[(k + 1 + (Math.floor(k / 17) % 16)) % 17]];

// injection attacks
let kA = 0;
const attackItems = [];
for (const [tech, list] of Object.entries(TECHNIQUES)) {
  list.forEach((it, i) => {
    let lang = it[0]; let parts; let encInfo = null; let method = 'hand-written';
    if (tech === 'encoded_payload') {
      const [, plain, enc, wrap] = it;
      const e = ENC[enc][0](plain);
      const wrapped = wrap !== '{E}';
      parts = [wrap.replace('{E}', e)];
      encInfo = { plain, enc, e };
      method = `hand-written; encoding=${enc}; wrapper=${wrapped ? 'decode-and-follow or context' : 'none'}`;
    } else if (tech === 'split_payload') parts = [it[1], it[2]];
    else if (tech === 'hidden_text') { parts = [renderHidden(it[1])]; if (/\{TAG:/.test(it[1])) { const m = it[1].match(/\{TAG:([^}]*)\}/); encInfo = { plain: m[1], enc: 'tag', e: ENC.tag[0](m[1]) }; method = 'hand-written; unicode tag characters'; } else if (it[1].includes('{ZW}')) method = 'hand-written; zero-width spaces'; }
    else { parts = [it[1]]; if (it[2] === 'cs') method = 'hand-written; code-switched'; }
    const src = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration'].includes(tech) ? 'train8f_attacks_a.mjs' : 'train8f_attacks_b.mjs';
    attackItems.push({ tech, lang, parts, encInfo, method, src });
    const [c1, c2] = pairFor(kA);
    [c1, c2].forEach((c, j) => push({ family: 'injection', label: 'attack', technique: tech, lang, carrier: c, parts, pad: (kA * 2 + j) % 3 === 0, long: false, source: src, method: `${method}; carrier ${j + 1}/2`, itemKey: `A:${tech}:${i}`, encInfo, split: tech === 'split_payload' }));
    kA += 1;
  });
}
// look-alikes
let kB = 0;
const lookItems = [];
for (const [fam, list] of Object.entries(LOOKALIKES)) {
  list.forEach((it, i) => {
    const lang = it[0]; let parts; let encInfo = null; let method = 'hand-written';
    if (fam === 'encoded_data') { const [, tpl, plain, enc] = it; const e = ENC[enc][0](plain); parts = [tpl.replace('{E}', e)]; encInfo = { plain, enc, e }; method = `hand-written; real encoded data (${enc})`; }
    else if (fam === 'split_lookalike') parts = [it[1], it[2]];
    else { parts = [it[1]]; if (it[2] === 'cs') method = 'hand-written; code-switched'; }
    lookItems.push({ fam, lang, parts });
    const [c1, c2] = pairFor(kB);
    [c1, c2].forEach((c, j) => push({ family: 'injection', label: 'benign', technique: fam, lang, carrier: c, parts, pad: (kB * 2 + j) % 3 === 0, long: false, source: 'train8f_lookalikes.mjs', method: `${method}; carrier ${j + 1}/2`, itemKey: `B:${fam}:${i}`, encInfo, split: fam === 'split_lookalike' }));
    kB += 1;
  });
}
// long documents: same doc, same spot, attack vs look-alike
const usedA = new Set(); const usedB = new Set();
const longTechs = ['instruction_override', 'exfiltration', 'tool_coaxing', 'role_token', 'hidden_text', 'jailbreak'];
LONG_DOCS.forEach(([lang, carrier, title, before, after], d) => {
  const r = mulberry32(1000 + d);
  const pre = `${title}\n\n${before}` + (before.length < 760 ? ' ' + filler(r, 760 - before.length) : '');
  const post = after + (after.length < 760 ? ' ' + filler(r, 760 - after.length) : '');
  const tech = longTechs[d % longTechs.length];
  let a = attackItems.find((x, i) => x.tech === tech && x.lang === lang && !usedA.has(i)) || attackItems.find((x, i) => x.tech === tech && !usedA.has(i));
  usedA.add(attackItems.indexOf(a));
  let b = lookItems.find((x, i) => x.lang === lang && x.parts.length === 1 && x.fam !== 'encoded_data' && !usedB.has(i) && i % 3 === d % 3) || lookItems.find((x, i) => x.parts.length === 1 && !usedB.has(i));
  usedB.add(lookItems.indexOf(b));
  push({ family: 'injection', label: 'attack', technique: a.tech, lang, carrier, parts: [pre, a.parts[0], post], pad: false, long: true, source: 'train8f_long.mjs + ' + a.src, method: `long document ${d + 1}/15, attack buried mid-document`, itemKey: `LA:${d}`, encInfo: a.encInfo, split: false });
  push({ family: 'injection', label: 'benign', technique: b.fam, lang, carrier, parts: [pre, b.parts[0], post], pad: false, long: true, source: 'train8f_long.mjs + train8f_lookalikes.mjs', method: `long document ${d + 1}/15, look-alike buried at the same spot`, itemKey: `LB:${d}`, encInfo: null, split: false });
});
// harmful
let kH = 0;
for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) HARMFUL[cat][label].forEach(([lang, text], i) => {
  push({ family: 'harmful', label, technique: cat, lang, carrier: CARRIER_NAMES[(kH * 7) % 17], parts: [text], pad: kH % 3 === 0, long: false, source: 'train8f_harmful.mjs', method: 'hand-written', itemKey: `H:${cat}:${label}:${i}`, encInfo: null, split: false });
  kH += 1;
});

// ---------- validate ----------
const ALLOWED_HOST = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h); };
const REAL_TLD = /(?<![\p{L}\p{N}@\/.-])((?:[\p{L}\p{N}-]+\.)+(?:com|net|org|io|ru|de|cn|co|info|biz|xyz|app|dev|me|uk|fr|es|it|pl|nl|jp|br|gov|edu|ai|tv|us|in))(?![\p{L}\p{N}-])/giu;
function checkHosts(text, where) {
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)\]?#:{}\\]+)/gi)) if (!ALLOWED_HOST(m[1])) fail(`${where}: URL host not allowed: ${m[1]}`);
  for (const m of text.matchAll(/[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)/gu)) if (!ALLOWED_HOST(m[1])) fail(`${where}: mail domain not allowed: ${m[1]}`);
  for (const m of text.matchAll(REAL_TLD)) fail(`${where}: bare host with real TLD: ${m[1]}`);
}
const ID_RE = /^train8f-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const ids = new Set();
const famSet = new Set(Object.keys(LOOKALIKES));
if (famSet.size < 20) fail('fewer than 20 look-alike families');
const itemCarriers = new Map();
records.forEach((rec, n) => {
  const m = meta[n]; const w = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof rec[k] !== 'string' || !rec[k].trim()) fail(`${w}: empty ${k}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length) fail(`${w}: no fields`);
  rec.fields.forEach((f, i) => { if (typeof f !== 'string' || !f.trim()) fail(`${w}: empty field ${i}`); });
  if (ids.has(rec.id)) fail(`duplicate id ${rec.id}`); ids.add(rec.id);
  const mm = rec.id.match(ID_RE);
  if (!mm || mm[1] !== rec.family || mm[2] !== rec.label || mm[3] !== rec.technique) fail(`${w}: id does not follow rule`);
  if (rec.split !== SPLIT_NAME) fail(`${w}: split`);
  if (!LANGS.has(rec.lang)) fail(`${w}: unknown lang ${rec.lang}`);
  if (!CARRIERS[rec.carrier]) fail(`${w}: unknown carrier`);
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES[rec.technique]) fail(`${w}: unknown technique`);
  if (rec.family === 'injection' && rec.label === 'benign' && !famSet.has(rec.technique)) fail(`${w}: unknown family`);
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) fail(`${w}: unknown category`);
  // payload present in its own field(s)
  m.idx.forEach((ix, i) => { if (ix < 0) fail(`${w}: payload part ${i} not placed`); });
  if (m.split) {
    const [ia, ib] = m.long ? [m.idx[1], m.idx[1]] : m.idx;
    if (ia === ib) fail(`${w}: split parts share a field`);
  }
  // text in the middle (long docs and padded records)
  const joined = rec.fields.join('\n');
  if (m.long || m.pad) {
    const pi = m.long ? 1 : 0; const fi = m.idx[pi];
    const before = rec.fields.slice(0, fi).join('\n').length; const after = rec.fields.slice(fi + 1).join('\n').length;
    const need = m.long ? 600 : 300;
    if (before < need || after < need) fail(`${w}: payload not in the middle (${before}/${after})`);
    if (m.long && joined.length < 1500) fail(`${w}: long doc too short ${joined.length}`);
    if (!m.long && joined.length < 800) fail(`${w}: padded record shorter than 800 (${joined.length})`);
  }
  // encodings decoded and compared
  if (m.encInfo) {
    const { plain, enc, e } = m.encInfo;
    const dec = ENC[enc][1](e);
    const want = enc === 'leet' ? plain.toLowerCase() : plain;
    if (dec !== want) fail(`${w}: ${enc} does not decode to plain`);
    if (!joined.includes(e) && !joined.includes(JSON.stringify(e).slice(1, -1)) && !joined.includes(e.replace(/"/g, '""'))) fail(`${w}: encoded text missing from fields`);
    checkHosts(plain, `${w} (decoded)`);
  }
  checkHosts(joined, w);
  // decode any tag chars / zero-width in the text and check hosts there too
  const tagDecoded = joined.replace(/[\u{e0000}-\u{e007f}]/gu, (c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).replace(/\u200b/g, '');
  checkHosts(tagDecoded, `${w} (tag/zw decoded)`);
  for (const b64 of joined.match(/[A-Za-z0-9+/]{24,}={0,2}/g) || []) { const d = Buffer.from(b64, 'base64').toString('utf8'); if (!d.includes('\ufffd')) checkHosts(d, `${w} (base64 scan)`); }
  if (m.itemKey.startsWith('A:') || m.itemKey.startsWith('B:')) { if (!itemCarriers.has(m.itemKey)) itemCarriers.set(m.itemKey, []); itemCarriers.get(m.itemKey).push(rec.carrier); }
});
for (const [k, cs] of itemCarriers) if (cs.length !== 2 || cs[0] === cs[1]) fail(`${k}: not in two different carriers`);
for (const [t, list] of Object.entries(TECHNIQUES)) if (list.length < 30) fail(`technique ${t} has ${list.length} < 30 payloads`);
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) if (records.filter((r) => r.family === 'harmful' && r.technique === c && r.label === l).length !== 12) fail(`harmful ${c}/${l} != 12`);
const nonEn = records.filter((r) => r.lang !== 'en').length / records.length;
if (nonEn < 0.5) fail(`non-English share ${nonEn}`);
const atk = records.filter((r) => r.family === 'injection' && r.label === 'attack');
const atkNonEn = atk.filter((r) => r.lang !== 'en').length / atk.length;
if (atkNonEn < 0.6) fail(`attack non-English share ${atkNonEn}`);
if (new Set(records.map((r) => r.lang)).size < 18) fail('fewer than 18 languages');
const longN = meta.filter((m) => m.long).length; if (longN !== 30) fail(`long docs ${longN} != 30`);
// carrier proportions independent of label
const cA = {}; const cB = {};
records.filter((r) => r.family === 'injection' && !meta[records.indexOf(r)].long).forEach((r) => { const t = r.label === 'attack' ? cA : cB; t[r.carrier] = (t[r.carrier] || 0) + 1; });
for (const c of CARRIER_NAMES) { const pa = (cA[c] || 0) / atk.length; const pb = (cB[c] || 0) / records.filter((r) => r.family === 'injection' && r.label === 'benign').length; if (Math.abs(pa - pb) > 0.02) fail(`carrier ${c} proportion differs by label: ${pa.toFixed(3)} vs ${pb.toFixed(3)}`); }

if (errors.length) { console.error(`train8f: ${errors.length} violation(s), nothing written`); for (const e of errors.slice(0, 60)) console.error('  ' + e); process.exit(1); }

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---------- composition ----------
const count = (arr, f) => arr.reduce((o, x) => { const k = f(x); o[k] = (o[k] || 0) + 1; return o; }, {});
const show = (title, o) => console.log(`${title}: ` + Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`train8f: wrote ${records.length} records to ${OUT}`);
const inj = records.filter((r) => r.family === 'injection');
console.log(`injection attack ${atk.length} (${attackItems.length} payloads x 2 carriers + 15 long), injection benign ${inj.length - atk.length} (${lookItems.length} look-alikes x 2 carriers + 15 long), harmful ${records.length - inj.length}`);
show('attack techniques', count(atk, (r) => r.technique));
show('look-alike families', count(inj.filter((r) => r.label === 'benign'), (r) => r.technique));
show('harmful attack', count(records.filter((r) => r.family === 'harmful' && r.label === 'attack'), (r) => r.technique));
show('harmful benign', count(records.filter((r) => r.family === 'harmful' && r.label === 'benign'), (r) => r.technique));
show('languages', count(records, (r) => r.lang));
console.log(`languages: ${new Set(records.map((r) => r.lang)).size}; non-English overall ${(nonEn * 100).toFixed(1)}%; non-English attacks ${(atkNonEn * 100).toFixed(1)}%`);
show('carriers (attack)', cA); show('carriers (look-alike)', cB);
console.log(`code-switched records ${records.filter((r) => r.method.includes('code-switched')).length}; hidden tag/zero-width records ${records.filter((r) => /tag characters|zero-width/.test(r.method)).length}`);
const padN = records.filter((r) => r.fields.join('\n').length >= 800).length;
console.log(`long docs ${longN} (15 attack + 15 look-alike, >=1500 chars); records >= 800 chars ${padN} (${(padN / records.length * 100).toFixed(1)}%); split records ${meta.filter((m) => m.split).length}; encoded records ${meta.filter((m) => m.encInfo).length} (attack ${records.filter((r, i) => meta[i].encInfo && r.label === 'attack').length}, benign ${records.filter((r, i) => meta[i].encInfo && r.label === 'benign').length})`);
show('encodings', count(meta.filter((m) => m.encInfo), (m) => m.encInfo.enc));
