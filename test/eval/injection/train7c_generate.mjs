// train7c generator: node test/eval/injection/train7c_generate.mjs
// Writes train7c.jsonl next to this file, validates every record, prints the composition,
// and exits 1 on any violation. Deterministic; Node built-ins only.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, stored } from './train7c_carriers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, EXFILTRATION, TOOL_COAXING } from './train7c_attacks_a.mjs';
import { JAILBREAK, HIDDEN_TEXT, ENCODED, SPLIT } from './train7c_attacks_b.mjs';
import { LOOKALIKES_A } from './train7c_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train7c_lookalikes_b.mjs';
import { LOOKALIKES_C } from './train7c_lookalikes_c.mjs';
import { HARMFUL } from './train7c_harmful.mjs';
import { LONG, MORE, MORE2, MORE3 } from './train7c_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train7c.jsonl');
const SPLIT_NAME = 'train7c';

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing',
  'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const LOOKALIKES = { ...LOOKALIKES_A, ...LOOKALIKES_B, ...LOOKALIKES_C };
const FAMILIES = Object.keys(LOOKALIKES);

// ---------- deterministic helpers ----------
function fnv(s) { let h = 0x811c9dc5; for (const ch of s) { h ^= ch.codePointAt(0); h = Math.imul(h, 0x01000193) >>> 0; } return h; }
function rng(seed) { let a = seed >>> 0; return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function ctx(key) { const r = rng(fnv(key)); return { pick: (l) => l[Math.floor(r() * l.length)], n: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)) }; }

// ---------- encodings (all lossless; checked by decoding) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[a-z]/gi, (ch) => { const b = ch <= 'Z' ? 65 : 97; return String.fromCharCode((ch.charCodeAt(0) - b + 13) % 26 + b); });
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [encodeURIComponent, decodeURIComponent],
  html_entities: [(s) => [...s].map((ch) => `&#${ch.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))],
  unicode_escapes: [(s) => [...s].map((ch) => { let o = ''; for (let i = 0; i < ch.length; i++) o += '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0'); return o; }).join(''),
    (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leetspeak: [(s) => s.replace(/[aeiost]/g, (ch) => LEET[ch]), (e) => e.replace(/[013457]/g, (d) => UNLEET[d])],
  unicode_tags: [(s) => [...s].map((ch) => String.fromCodePoint(0xE0000 + ch.codePointAt(0))).join(''),
    (e) => [...e].map((ch) => String.fromCodePoint(ch.codePointAt(0) - 0xE0000)).join('')],
  zero_width: [(s) => [...s].join('\u200B'), (e) => e.replace(/\u200B/g, '')],
};

// ---------- hidden-text styles ----------
function hidden(style, visible, h, k) {
  const before = k % 3 === 0; // vary where the hidden part sits
  const wrap = (v, x) => (before ? x + '\n' + v : v + '\n' + x);
  switch (style) {
    case 'html_comment': return { text: wrap(`<p>${visible}</p>`, `<!-- ${h} -->`) };
    case 'display_none': return { text: wrap(`<p>${visible}</p>`, `<div style="display:none">${h}</div>`) };
    case 'zero_font': return { text: `<p>${visible} <span style="font-size:0px;line-height:0">${h}</span></p>` };
    case 'white_text': return { text: wrap(`<p>${visible}</p>`, `<p style="color:#ffffff;background-color:#ffffff">${h}</p>`) };
    case 'offscreen': return { text: wrap(`<p>${visible}</p>`, `<div style="position:absolute;left:-9999px;top:-9999px" aria-hidden="true">${h}</div>`) };
    case 'alt_text': return { text: `<p>${visible}</p>\n<img src="/media/photo_${1000 + k}.jpg" alt="${h}" width="600">` };
    case 'md_comment': return { text: wrap(visible, `[comment]: # (${h})`) };
    case 'md_link_title': return { text: visible };
    case 'unicode_tags': { const e = ENC.unicode_tags[0](h); return { text: visible + e, encoding: { scheme: 'unicode_tags', encoded: e, plain: h } }; }
    case 'zero_width': { const e = ENC.zero_width[0](h); return { text: visible + ' ' + e, encoding: { scheme: 'zero_width', encoded: e, plain: h } }; }
    default: throw new Error('unknown hidden style ' + style);
  }
}

// ---------- record building ----------
const records = [];
const counters = new Map();
function nextId(family, label, tech) {
  const k = `${family}-${label}-${tech}`; const n = (counters.get(k) || 0) + 1; counters.set(k, n);
  return `${SPLIT_NAME}-${k}-${String(n).padStart(4, '0')}`;
}
function add({ family, label, technique, lang, carrier, parts, method, encoding, long }) {
  const id = nextId(family, label, technique);
  parts = parts.map((p) => (typeof p === 'string' ? p : ''));
  const fields = CARRIERS[carrier](parts, ctx(id + '|' + carrier));
  const rec = { id, split: SPLIT_NAME, family, label, technique, lang, carrier, fields, method };
  if (encoding) rec.encoding = encoding;
  if (parts.length > 1) rec.parts = parts;
  if (long) rec.long = true;
  records.push(rec);
}
const N = CARRIER_NAMES.length;
function twoCarriers(i, off) {
  const a = (i * 7 + off) % N; let b = (a + 5 + (i % 13)) % N; if (b === a) b = (b + 1) % N;
  return [CARRIER_NAMES[a], CARRIER_NAMES[b]];
}

// injection attacks
const PLAIN = { instruction_override: INSTRUCTION_OVERRIDE, role_token: ROLE_TOKEN, exfiltration: EXFILTRATION, tool_coaxing: TOOL_COAXING, jailbreak: JAILBREAK };
let off = 0;
for (const [tech, list] of Object.entries(PLAIN)) {
  list.forEach(([lang, text], i) => { for (const carrier of twoCarriers(i, off)) add({ family: 'injection', label: 'attack', technique: tech, lang, carrier, parts: [text], method: 'plain' }); });
  off += 3;
}
HIDDEN_TEXT.forEach(([lang, style, visible, h], i) => {
  twoCarriers(i, off).forEach((carrier, j) => { const r = hidden(style, visible, h, i + j); add({ family: 'injection', label: 'attack', technique: 'hidden_text', lang, carrier, parts: [r.text], method: 'hidden:' + style, encoding: r.encoding }); });
});
off += 3;
ENCODED.forEach(([lang, scheme, plain, wrapper], i) => {
  const e = ENC[scheme][0](plain); const text = wrapper.replace('{E}', e);
  for (const carrier of twoCarriers(i, off)) add({ family: 'injection', label: 'attack', technique: 'encoded_payload', lang, carrier, parts: [text], method: 'encoded:' + scheme, encoding: { scheme, encoded: e, plain } });
});
off += 3;
SPLIT.forEach(([lang, a, b], i) => { for (const carrier of twoCarriers(i, off)) add({ family: 'injection', label: 'attack', technique: 'split_payload', lang, carrier, parts: [a, b], method: 'split' }); });
off += 3;

// injection look-alikes
for (const [fam, list] of Object.entries(LOOKALIKES)) {
  list.forEach((item, i) => {
    const cs = twoCarriers(i, off);
    if (fam === 'encoded_data') {
      const [lang, scheme, plain, wrapper] = item; const e = ENC[scheme][0](plain);
      for (const carrier of cs) add({ family: 'injection', label: 'benign', technique: fam, lang, carrier, parts: [wrapper.replace('{E}', e)], method: 'encoded:' + scheme, encoding: { scheme, encoded: e, plain } });
    } else if (fam === 'split_lookalike') {
      const [lang, a, b] = item; for (const carrier of cs) add({ family: 'injection', label: 'benign', technique: fam, lang, carrier, parts: [a, b], method: 'split' });
    } else {
      const [lang, text] = item; for (const carrier of cs) add({ family: 'injection', label: 'benign', technique: fam, lang, carrier, parts: [text], method: 'plain' });
    }
  });
  off += 2;
}

// long documents: same body and carrier on both sides, one buried paragraph differs
LONG.forEach((d, i) => {
  const body = [...d.paras, ...MORE[i], ...MORE2[i], ...(MORE3[i] || [])];
  const at = Math.floor(body.length / 2);
  const withPara = (p) => [...body.slice(0, at), p, ...body.slice(at)].join('\n\n');
  add({ family: 'injection', label: 'attack', technique: d.attack[0], lang: d.lang, carrier: d.carrier, parts: [withPara(d.attack[1])], method: 'long', long: true });
  add({ family: 'injection', label: 'benign', technique: d.lookalike[0], lang: d.lang, carrier: d.carrier, parts: [withPara(d.lookalike[1])], method: 'long', long: true });
});

// harmful
let hk = 0;
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    HARMFUL[cat][label].forEach(([lang, text]) => { add({ family: 'harmful', label, technique: cat, lang, carrier: CARRIER_NAMES[(hk * 5 + 1) % N], parts: [text], method: 'plain' }); hk++; });
  }
}

// ---------- validation ----------
const errors = [];
const err = (r, m) => errors.push(`${r.id}: ${m}`);
const ids = new Set();
const ALLOWED_HOST = /\.(example|test|invalid)$/i;
const TLDISH = /^(com|org|net|io|ai|dev|co|ru|cn|de|fr|uk|jp|kr|br|es|it|nl|pl|in|app|xyz|info|biz|me|ly|gg|sh|cloud|edu|gov|us|eu|tv|site|online|store|tech|example|test|invalid)$/i;
function hostsIn(text) {
  const out = new Set();
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)?#:\\]+)/gi)) out.add(m[1]);
  for (const m of text.matchAll(/@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) out.add(m[1]);
  for (const m of text.matchAll(/(?<![\w@.\/-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\w-])/gi)) if (TLDISH.test(m[2])) out.add(m[1]);
  return [...out].map((h) => h.replace(/\.$/, ''));
}
for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k].trim()) err(r, `empty ${k}`);
  if (ids.has(r.id)) err(r, 'duplicate id'); ids.add(r.id);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) err(r, 'bad fields');
  if (!['injection', 'harmful'].includes(r.family)) err(r, 'family');
  if (!['attack', 'benign'].includes(r.label)) err(r, 'label');
  if (!LANGS.includes(r.lang)) err(r, 'unknown lang ' + r.lang);
  if (!CARRIER_NAMES.includes(r.carrier)) err(r, 'unknown carrier');
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) err(r, 'unknown category');
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) err(r, 'unknown technique');
  if (r.family === 'injection' && r.label === 'benign' && !FAMILIES.includes(r.technique)) err(r, 'unknown look-alike family');
  const joined = r.fields.join('\n');
  const where = (s) => (typeof s === 'string' && s.trim() ? r.fields.findIndex((f) => stored(s).some((v) => f.includes(v))) : -1);
  if (r.parts) {
    const ia = where(r.parts[0]), ib = where(r.parts[1]);
    if (ia < 0 || ib < 0 || ia === ib) err(r, `split parts not in separate fields (${ia}, ${ib})`);
    if (r.fields.length < 2) err(r, 'split record with one field');
    if (r.parts.length !== 2 || r.parts.some((p) => typeof p !== 'string' || !p.trim())) err(r, 'split parts must be two non-empty strings');
  }
  if (r.technique === 'split_payload' && !r.parts) err(r, 'split_payload without parts');
  if (r.encoding) {
    const { scheme, encoded, plain } = r.encoding;
    if (!ENC[scheme]) err(r, 'unknown scheme');
    else if (ENC[scheme][1](encoded) !== plain) err(r, 'encoding not lossless');
    if (where(encoded) < 0) err(r, 'encoded text not in fields');
    if (!plain.trim() || !encoded.trim()) err(r, 'empty encoding');
  }
  if (r.technique === 'encoded_payload' && !r.encoding) err(r, 'encoded_payload without encoding');
  if (r.long && joined.length < 1500) err(r, `long record only ${joined.length} chars`);
  for (const h of hostsIn(joined)) if (!ALLOWED_HOST.test(h)) err(r, 'host not under .example/.test/.invalid: ' + h);
}
// composition rules
const count = (f) => records.filter(f).length;
const nonEn = count((r) => r.lang !== 'en');
if (nonEn * 2 < records.length) errors.push(`non-English share too low: ${nonEn}/${records.length}`);
for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) {
  const rs = records.filter((r) => r.family === 'harmful' && r.technique === cat && r.label === label);
  if (rs.length !== 12) errors.push(`harmful ${cat}/${label}: ${rs.length} records, want 12`);
}
const hr = records.filter((r) => r.family === 'harmful');
if (hr.filter((r) => r.lang !== 'en').length * 2 < hr.length) errors.push('harmful: less than half non-English');
for (const t of TECHNIQUES) {
  const distinct = new Set(records.filter((r) => r.technique === t && !r.long).map((r) => JSON.stringify(r.parts || r.encoding || r.fields))).size;
  const payloads = { instruction_override: INSTRUCTION_OVERRIDE, role_token: ROLE_TOKEN, exfiltration: EXFILTRATION, tool_coaxing: TOOL_COAXING, jailbreak: JAILBREAK, hidden_text: HIDDEN_TEXT, encoded_payload: ENCODED, split_payload: SPLIT }[t].length;
  if (payloads < 28) errors.push(`${t}: only ${payloads} payloads`);
  void distinct;
}
if (FAMILIES.length < 18) errors.push('fewer than 18 look-alike families');
for (const l of LANGS) if (!records.some((r) => r.lang === l)) errors.push('language never used: ' + l);
const injA = new Set(records.filter((r) => r.family === 'injection' && r.label === 'attack').map((r) => r.carrier));
const injB = new Set(records.filter((r) => r.family === 'injection' && r.label === 'benign').map((r) => r.carrier));
for (const c of CARRIER_NAMES) if (!injA.has(c) || !injB.has(c)) errors.push(`carrier ${c} not used on both sides`);
for (const t of TECHNIQUES) {
  const cs = new Set(records.filter((r) => r.technique === t).map((r) => r.carrier));
  if (cs.size < N) errors.push(`${t}: only ${cs.size}/${N} carriers`);
}

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---------- composition ----------
const tally = (f, key) => { const m = {}; for (const r of records.filter(f)) m[key(r)] = (m[key(r)] || 0) + 1; return m; };
const fmt = (m) => Object.entries(m).sort().map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`train7c: ${records.length} records -> ${OUT}`);
console.log(`injection attack: ${count((r) => r.family === 'injection' && r.label === 'attack')} (${fmt(tally((r) => r.family === 'injection' && r.label === 'attack', (r) => r.technique))})`);
console.log(`  distinct payloads: ${[INSTRUCTION_OVERRIDE, ROLE_TOKEN, EXFILTRATION, TOOL_COAXING, JAILBREAK, HIDDEN_TEXT, ENCODED, SPLIT].reduce((a, l) => a + l.length, 0)} short + ${LONG.length} long`);
console.log(`injection benign: ${count((r) => r.family === 'injection' && r.label === 'benign')} in ${FAMILIES.length} families (${fmt(tally((r) => r.family === 'injection' && r.label === 'benign', (r) => r.technique))})`);
console.log(`  distinct look-alike texts: ${Object.values(LOOKALIKES).reduce((a, l) => a + l.length, 0)} short + ${LONG.length} long`);
console.log(`long records: attack=${count((r) => r.long && r.label === 'attack')} benign=${count((r) => r.long && r.label === 'benign')}`);
console.log(`harmful: ${hr.length} (${fmt(tally((r) => r.family === 'harmful', (r) => `${r.technique}/${r.label}`))})`);
console.log(`languages (${Object.keys(tally(() => true, (r) => r.lang)).length}): ${fmt(tally(() => true, (r) => r.lang))}; non-English ${nonEn}/${records.length} (${(100 * nonEn / records.length).toFixed(1)}%)`);
console.log(`carriers (${N}): ${fmt(tally(() => true, (r) => r.carrier))}`);
console.log(`methods: ${fmt(tally(() => true, (r) => r.method.split(':')[0]))}`);
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
console.log('validation: OK');
