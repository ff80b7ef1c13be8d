// train7s generator: node test/eval/injection/train7s_generate.mjs
// Deterministic, Node built-ins only. Writes train7s.jsonl next to this file, validates every
// record, prints the composition, exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, frame } from './train7s_carriers.mjs';
import { HARMFUL, HARMFUL_CATEGORIES } from './train7s_harmful.mjs';
import { INJ_ATTACKS, INJ_BENIGN } from './train7s_injection.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train7s.jsonl');
const SPLIT = 'train7s';

const INJ_TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const BENIGN_FAMILIES = ['security_article', 'docs', 'code', 'transcript', 'ticket_quote', 'chat_template_tutorial', 'encoded_data', 'hidden_markup', 'phrasebook', 'policy', 'prompt_library', 'split_lookalike'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const REQUIRED_LANGS = LANGS;

// ---------- encodings (each with its decoder; checked losslessly) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ZW = '\u200b';
const ENC = {
  base64: [s => Buffer.from(s, 'utf8').toString('base64'), s => Buffer.from(s, 'base64').toString('utf8')],
  hex: [s => Buffer.from(s, 'utf8').toString('hex'), s => Buffer.from(s, 'hex').toString('utf8')],
  rot13: [s => s.replace(/[a-z]/gi, c => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); }), null],
  url: [s => encodeURIComponent(s), s => decodeURIComponent(s)],
  html_entities: [s => [...s].map(c => '&#' + c.codePointAt(0) + ';').join(''), s => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))],
  unicode_escapes: [s => [...s].map(c => { const n = c.codePointAt(0); if (n > 0xffff) throw new Error('astral in unicode_escapes'); return '\\u' + n.toString(16).padStart(4, '0'); }).join(''), s => s.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [s => [...s].reverse().join(''), s => [...s].reverse().join('')],
  leetspeak: [s => [...s].map(c => LEET[c] || c).join(''), s => [...s].map(c => UNLEET[c] || c).join('')],
  unicode_tags: [s => [...s].map(c => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''), s => [...s].filter(c => { const n = c.codePointAt(0); return n > 0xe0000 && n <= 0xe007f; }).map(c => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zero_width: [s => [...s].join(ZW), s => s.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')],
};
ENC.rot13[1] = ENC.rot13[0];

const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);

function encodeEntry(e, id) {
  const m = ENC[e.method];
  if (!m) { err(id, 'unknown encoding ' + e.method); return ''; }
  if (e.method === 'leetspeak' && !/^[a-z ,.'!?-]+$/.test(e.plain)) err(id, 'leetspeak plain must be lowercase letters without digits');
  if (e.method === 'unicode_tags' && !/^[\x20-\x7e]+$/.test(e.plain)) err(id, 'unicode_tags plain must be printable ASCII');
  const enc = m[0](e.plain);
  if (m[1](enc) !== e.plain) err(id, 'encoding not lossless: ' + e.method);
  if (!e.wrap.includes('{ENC}')) err(id, 'wrap lacks {ENC}');
  return enc;
}

const records = [];
const counters = new Map();
function nextId(family, label, technique) {
  const k = `${family}|${label}|${technique}`;
  const n = (counters.get(k) || 0) + 1;
  counters.set(k, n);
  return `${SPLIT}-${family}-${label}-${technique}-${String(n).padStart(4, '0')}`;
}

// ---------- harmful: each text in ONE carrier ----------
HARMFUL_CATEGORIES.forEach((cat, ci) => {
  for (const label of ['attack', 'benign']) {
    HARMFUL[cat][label].forEach(([lang, text, mix], i) => {
      const id = nextId('harmful', label, cat);
      const carrier = CARRIERS[(i + ci * 3) % CARRIERS.length];
      const long = (i * 7 + ci) % 10 < 3;
      const rec = { id, split: SPLIT, family: 'harmful', label, technique: cat, lang, carrier,
        fields: frame(carrier, [text], { long, seed: id }), group: `${SPLIT}-h-${cat}-${label}-${i + 1}`, long };
      if (mix) rec.codeswitch = `${lang}+${mix}`;
      rec._material = [text];
      records.push(rec);
    });
  }
});

// ---------- injection: each payload / look-alike in TWO carriers ----------
function injection(list, label) {
  list.forEach((e, k) => {
    const groupId = `${SPLIT}-i-${label}-${e.technique}-${k + 1}`;
    const c1 = CARRIERS[k % CARRIERS.length];
    const c2 = CARRIERS[(k + 1 + (Math.floor(k / CARRIERS.length) * 3 + 2) % 9) % CARRIERS.length];
    [c1, c2].forEach((carrier, j) => {
      const id = nextId('injection', label, e.technique);
      let parts, enc = null;
      if (e.parts) parts = e.parts;
      else if (e.plain !== undefined) { enc = encodeEntry(e, id); parts = [e.wrap.replace('{ENC}', enc)]; }
      else parts = [e.text];
      const long = [1, 4, 8].includes((k * 2 + j) % 10);
      const rec = { id, split: SPLIT, family: 'injection', label, technique: e.technique, lang: e.lang, carrier,
        fields: frame(carrier, parts, { long, seed: id }), group: groupId, long };
      if (e.method) rec.method = e.method;
      rec._material = parts; rec._enc = enc; rec._plain = e.plain;
      records.push(rec);
    });
  });
}
injection(INJ_ATTACKS, 'attack');
injection(INJ_BENIGN, 'benign');

// ---------- validation ----------
const HOST_OK = h => /\.(example|test|invalid)$/i.test(h.replace(/\.$/, ''));
const BARE_TLD = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|ru|cn|de|uk|info|biz|xyz|app|dev|gov|edu|ai|fr|es|it|nl|pl|jp|kr|br|tr|vn|se|ua|us|eu|ly|gg|tv)\b(?![.\w(])/gi;
function checkHosts(id, s) {
  for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>()?#:\\]+)/gi)) if (!HOST_OK(m[1])) err(id, 'host not under .example/.test/.invalid: ' + m[1]);
  for (const m of s.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) if (!HOST_OK(m[1])) err(id, 'mail domain not under .example/.test/.invalid: ' + m[1]);
  for (const m of s.matchAll(BARE_TLD)) err(id, 'bare host with a real TLD: ' + m[0]);
}
const contains = (f, s) => f.includes(s) || f.includes(JSON.stringify(s).slice(1, -1));

const ids = new Set();
const groups = new Map();
const harmfulTexts = new Set();
for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'group']) if (typeof r[k] !== 'string' || !r[k].trim()) err(r.id, 'empty field ' + k);
  if (ids.has(r.id)) err(r.id, 'duplicate id'); ids.add(r.id);
  if (!/^train7s-(injection|harmful)-(attack|benign)-[a-z_]+-\d{4}$/.test(r.id)) err(r.id, 'bad id format');
  if (!['injection', 'harmful'].includes(r.family)) err(r.id, 'bad family');
  if (!['attack', 'benign'].includes(r.label)) err(r.id, 'bad label');
  if (r.family === 'harmful' && !HARMFUL_CATEGORIES.includes(r.technique)) err(r.id, 'unknown category');
  if (r.family === 'injection' && r.label === 'attack' && !INJ_TECHNIQUES.includes(r.technique)) err(r.id, 'unknown technique');
  if (r.family === 'injection' && r.label === 'benign' && !BENIGN_FAMILIES.includes(r.technique)) err(r.id, 'unknown look-alike family');
  if (!LANGS.includes(r.lang)) err(r.id, 'unknown lang ' + r.lang);
  if (r.codeswitch && !r.codeswitch.split('+').every(l => LANGS.includes(l))) err(r.id, 'bad codeswitch');
  if (!CARRIERS.includes(r.carrier)) err(r.id, 'unknown carrier');
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some(f => typeof f !== 'string' || !f.trim())) err(r.id, 'empty fields');
  const all = r.fields.join('\n');
  checkHosts(r.id, all);
  if (r._plain) checkHosts(r.id, r._plain);
  // material present; split parts in separate fields
  if (r._material.length === 2) {
    const [a, b] = r._material;
    const ia = r.fields.findIndex(f => contains(f, a)), ib = r.fields.findIndex(f => contains(f, b));
    if (ia < 0 || ib < 0 || ia === ib) err(r.id, 'split parts not in separate fields');
    if (r.fields.some(f => contains(f, a) && contains(f, b))) err(r.id, 'a field holds both split parts');
    if (!['split_payload', 'split_lookalike'].includes(r.technique)) err(r.id, 'two parts outside split technique');
  } else {
    if (!r.fields.some(f => contains(f, r._material[0]))) err(r.id, 'material missing from fields');
    if (['split_payload', 'split_lookalike'].includes(r.technique)) err(r.id, 'split technique with one part');
  }
  if (r._enc !== null && r._enc !== undefined) {
    if (!r.fields.some(f => contains(f, r._enc))) err(r.id, 'encoded text missing from fields');
    if (ENC[r.method][1](r._enc) !== r._plain) err(r.id, 'decode mismatch');
  }
  if (r.long) {
    if (all.length < 600) err(r.id, 'long record shorter than 600 chars');
    const pos = all.indexOf(r._material[0]) >= 0 ? all.indexOf(r._material[0]) : all.indexOf(JSON.stringify(r._material[0]).slice(1, -1));
    if (pos < 150 || all.length - pos - r._material[0].length < 150) { if (r._material.length === 1) err(r.id, 'material not in the middle of a long record'); }
  }
  if (!groups.has(r.group)) groups.set(r.group, []);
  groups.get(r.group).push(r);
  if (r.family === 'harmful') { const t = r._material[0]; if (harmfulTexts.has(t)) err(r.id, 'duplicate harmful text'); harmfulTexts.add(t); }
}
for (const [g, rs] of groups) {
  const fam = rs[0].family;
  if (fam === 'harmful' && rs.length !== 1) err(g, 'harmful group must hold one record');
  if (fam === 'injection') {
    if (rs.length !== 2) err(g, 'injection group must hold two records');
    if (new Set(rs.map(r => r.carrier)).size !== rs.length) err(g, 'group carriers not distinct');
    if (new Set(rs.map(r => JSON.stringify(r._material))).size !== 1) err(g, 'group records differ in material');
    if (new Set(rs.map(r => r.label + r.technique)).size !== 1) err(g, 'group label/technique mismatch');
  }
}
const injTexts = new Set();
for (const e of [...INJ_ATTACKS, ...INJ_BENIGN]) { const t = JSON.stringify(e.parts || e.plain || e.text); if (injTexts.has(t)) err(e.technique, 'duplicate injection text'); injTexts.add(t); }
// composition requirements
const count = f => records.filter(f).length;
for (const c of HARMFUL_CATEGORIES) for (const l of ['attack', 'benign']) if (count(r => r.family === 'harmful' && r.technique === c && r.label === l) !== 40) err(c, `needs 40 ${l}`);
const harm = records.filter(r => r.family === 'harmful');
if (harm.filter(r => r.lang !== 'en').length * 2 < harm.length) err('harmful', 'less than half non-English');
if (records.filter(r => r.lang !== 'en').length * 2 < records.length) err('all', 'less than half non-English');
for (const l of REQUIRED_LANGS) if (!records.some(r => r.lang === l)) err('langs', 'missing lang ' + l);
for (const t of INJ_TECHNIQUES) if (INJ_ATTACKS.filter(e => e.technique === t).length < 10) err(t, 'fewer than 10 payloads');
if (!records.some(r => r.codeswitch)) err('all', 'no code-switched texts');
for (const fam of ['harmful', 'injection']) {
  const dist = l => CARRIERS.map(c => count(r => r.family === fam && r.label === l && r.carrier === c)).join(',');
  if (dist('attack') !== dist('benign')) err(fam, `carrier distribution differs between attack and benign: ${dist('attack')} vs ${dist('benign')}`);
}
const longShare = count(r => r.long) / records.length;
if (longShare < 0.25 || longShare > 0.4) err('all', 'long share out of range: ' + longShare.toFixed(2));

// ---------- write ----------
const clean = records.map(({ _material, _enc, _plain, ...r }) => r);
writeFileSync(OUT, clean.map(r => JSON.stringify(r)).join('\n') + '\n');

// ---------- composition ----------
const tally = (rs, key) => { const m = {}; for (const r of rs) { const k = key(r); m[k] = (m[k] || 0) + 1; } return m; };
const show = (title, m) => console.log(title + '\n  ' + Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k}: ${v}`).join('\n  '));
console.log(`train7s: ${records.length} records -> ${OUT}`);
show('by family/label:', tally(records, r => `${r.family}/${r.label}`));
show('harmful by category/label:', tally(harm, r => `${r.technique}/${r.label}`));
show('injection attacks by technique (records; 2 carriers per payload):', tally(records.filter(r => r.family === 'injection' && r.label === 'attack'), r => r.technique));
show('injection look-alikes by family (records):', tally(records.filter(r => r.family === 'injection' && r.label === 'benign'), r => r.technique));
show('by carrier:', tally(records, r => r.carrier));
show('by lang:', tally(records, r => r.lang));
console.log(`non-English: ${count(r => r.lang !== 'en')}/${records.length} (harmful ${harm.filter(r => r.lang !== 'en').length}/${harm.length}); code-switched: ${count(r => r.codeswitch)}`);
console.log(`long (600+ chars, material in the middle): ${count(r => r.long)}/${records.length} (${(longShare * 100).toFixed(1)}%)`);
console.log(`distinct texts: harmful ${harmfulTexts.size}, injection payloads ${INJ_ATTACKS.length}, look-alikes ${INJ_BENIGN.length}; groups ${groups.size}`);
if (errors.length) { console.error(`\n${errors.length} violation(s):\n` + errors.join('\n')); process.exit(1); }
console.log('validation: OK');
