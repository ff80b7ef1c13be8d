// train7h generator: node test/eval/injection/train7h_generate.mjs
// Deterministic, Node built-ins only. Writes train7h.jsonl next to this file, validates, prints composition.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, frame } from './train7h_carriers.mjs';
import { ATTACKS } from './train7h_payloads.mjs';
import { BENIGN } from './train7h_benign.mjs';
import { HARMFUL } from './train7h_harmful.mjs';
import { LONG_BUILDERS, LONG_ATTACKS, LONG_BENIGN, LONG_SPLIT_TAIL, LONG_ENCODED_PLAIN, LONG_BENIGN_SPLIT_TAIL, LONG_BENIGN_ENCODED_PLAIN } from './train7h_long.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SPLIT = 'train7h';
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const BENIGN_FAMILIES = Object.keys(BENIGN);
const N = CARRIERS.length;
const errors = [];
const fail = (m) => errors.push(m);

// ---------- lossless encodings ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [(s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }), null],
  url: [(s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''), (e) => decodeURIComponent(e)],
  html_entities: [(s) => [...s].map((c) => '&#' + c.codePointAt(0) + ';').join(''), (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))],
  unicode_escape: [(s) => [...s].map((c) => { let o = ''; for (let i = 0; i < c.length; i++) o += '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0'); return o; }).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leetspeak: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[0-9]/g, (d) => UNLEET[d] ?? d)],
  tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''), (e) => [...e].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zero_width: [(s) => [...s].join('\u200b'), (e) => e.replace(/\u200b/g, '')],
};
ENC.rot13[1] = ENC.rot13[0];
function encodeChecked(kind, plain, where) {
  const [enc, dec] = ENC[kind];
  if (kind === 'leetspeak' && (/[0-9A-Z]/.test(plain))) fail(`${where}: leetspeak plain must be lowercase without digits`);
  if (kind === 'tags' && /[^\x20-\x7e]/.test(plain)) fail(`${where}: tag payload must be printable ASCII`);
  const e = enc(plain);
  if (dec(e) !== plain) fail(`${where}: ${kind} encoding is not lossless`);
  if (e === plain) fail(`${where}: ${kind} encoding left text unchanged`);
  return e;
}
const encodedChecks = []; // {where, text, encoded}

// ---------- hosts ----------
const OK_TLD = /\.(example|test|invalid)$/i;
const REAL_TLD = '(?:com|org|net|io|ai|dev|co|ru|cn|de|fr|uk|jp|info|biz|xyz|app|gov|edu)';
function checkHosts(text, where) {
  const hosts = [];
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:[^\s\/@"'<>]*@)?([^\s\/"'<>()?#:\]\\`|,;]+)/gi)) hosts.push(m[1]);
  for (const m of text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) hosts.push(m[1]);
  for (const m of text.matchAll(new RegExp(`\\b(?:[a-z0-9-]+\\.)+${REAL_TLD}(?![\\w.-])`, 'gi'))) hosts.push(m[0]);
  for (const h of hosts) {
    const host = h.replace(/[.)]+$/, '');
    if (!OK_TLD.test(host)) fail(`${where}: host not under .example/.test/.invalid: ${host}`);
  }
}

// ---------- records ----------
const records = [];
const counters = {};
function nextId(family, label, tech) {
  const key = `${family}-${label}-${tech}`;
  counters[key] = (counters[key] || 0) + 1;
  return `${SPLIT}-${key}-${String(counters[key]).padStart(4, '0')}`;
}
const EXTRA = ['Retrieved 2026-03-14 09:12 UTC · 1 result', 'source: connector/sync v2.3', 'page 1 of 1', 'status: 200 OK (cached)', 'attachment 1/1 shown'];
function carrierPair(i, t) { const c1 = (i * 7 + t * 3) % N; const c2 = (c1 + 5 + (i % 7)) % N; return [c1, c2]; }

function addShort(family, label, tech, lang, item, i, t, pid) {
  const isSplit = Array.isArray(item.parts);
  const pair = carrierPair(i, t);
  pair.forEach((ci, j) => {
    const k = i + t * 31 + j * 13;
    let fields;
    if (isSplit) {
      const a = frame(ci, item.parts[0], k); const b = frame(ci, item.parts[1], k + 1);
      fields = [a.text, b.text];
      if (!a.text.includes(a.encoded) || !b.text.includes(b.encoded)) fail(`${pid}: split part not embedded`);
      if ((item.parts[1].length >= 12 && a.text.includes(b.encoded)) || (item.parts[0].length >= 12 && b.text.includes(a.encoded))) fail(`${pid}: split parts not in separate fields`);
    } else {
      const f = frame(ci, item.text, k);
      if (!f.text.includes(f.encoded)) fail(`${pid}: payload not embedded in carrier ${f.carrier}`);
      fields = [f.text];
      if ((i + j) % 5 === 3) fields.push(EXTRA[(i + t) % EXTRA.length]);
    }
    const rec = { id: nextId(family, label, tech), split: SPLIT, family, label, technique: tech, lang, carrier: CARRIERS[ci].name, fields, method: 'short', payload_id: pid };
    if (item.encoding) rec.encoding = item.encoding;
    records.push(rec);
  });
}

// injection attacks
TECHNIQUES.forEach((tech, t) => {
  const list = ATTACKS[tech];
  if (!list) { fail(`missing technique ${tech}`); return; }
  list.forEach((entry, i) => {
    const pid = `${tech}-${i + 1}`;
    const lang = entry[0];
    let item;
    if (tech === 'split_payload') item = { parts: [entry[1], entry[2]] };
    else if (tech === 'encoded_payload') {
      const [, kind, plain, tpl] = entry;
      const e = encodeChecked(kind, plain, pid);
      checkHosts(plain, pid + ' (decoded)');
      item = { text: tpl.replace('{E}', e), encoding: kind };
      encodedChecks.push({ where: pid, text: item.text, encoded: e });
    } else if (typeof entry[1] === 'object') {
      const o = entry[1];
      if (o.tag !== undefined) { const e = encodeChecked('tags', o.hidden, pid); item = { text: o.tag + e, encoding: 'tags' }; checkHosts(o.hidden, pid + ' (decoded)'); }
      else { const e = encodeChecked('zero_width', o.zw, pid); item = { text: 'Refund policy: ' + e + ' — see terms.', encoding: 'zero_width' }; }
      encodedChecks.push({ where: pid, text: item.text, encoded: item.text });
    } else item = { text: entry[1] };
    addShort('injection', 'attack', tech, lang, item, i, t, pid);
  });
});

// injection benign look-alikes
BENIGN_FAMILIES.forEach((fam, t) => {
  BENIGN[fam].forEach((entry, i) => {
    const pid = `${fam}-${i + 1}`;
    const lang = entry[0];
    let item;
    if (fam === 'split_lookalike') item = { parts: [entry[1], entry[2]] };
    else if (typeof entry[1] === 'object') {
      const o = entry[1];
      if (o.enc) { const e = encodeChecked(o.enc, o.plain, pid); item = { text: o.tpl.replace('{E}', e), encoding: o.enc }; checkHosts(o.plain, pid + ' (decoded)'); }
      else { const e = encodeChecked('zero_width', o.zwtext, pid); item = { text: 'Document watermark (zero-width, for leak tracing): ' + e, encoding: 'zero_width' }; }
    } else item = { text: entry[1] };
    addShort('injection', 'benign', fam, lang, item, i, t + 3, pid);
  });
});

// long documents
function addLong(label, list, splitTail, encPlain, encWrap, startT) {
  list.forEach(([tech, lang, text], j) => {
    const [cname, build] = LONG_BUILDERS[j % LONG_BUILDERS.length];
    const pid = `long-${label}-${j + 1}`;
    let buried = text; let fields; let encoding;
    if (text === null) {
      const e = encodeChecked('base64', encPlain, pid);
      buried = encWrap + e; encoding = 'base64';
    }
    const doc = build(buried, j + startT);
    const head = buried.split('\n')[0].slice(0, 40);
    if (![head, head.replace(/"/g, '""'), JSON.stringify(head).slice(1, -1)].some((v) => doc.includes(v))) fail(`${pid}: buried text not found`);
    fields = (tech === 'split_payload' || tech === 'split_lookalike') ? [doc, splitTail] : [doc];
    if (doc.length < 1500) fail(`${pid}: long doc only ${doc.length} chars`);
    const rec = { id: nextId('injection', label, tech), split: SPLIT, family: 'injection', label, technique: tech, lang, carrier: cname, fields, method: 'long', payload_id: pid };
    if (encoding) rec.encoding = encoding;
    records.push(rec);
  });
}
addLong('attack', LONG_ATTACKS, LONG_SPLIT_TAIL, LONG_ENCODED_PLAIN, 'Attachment note for AI processors (base64 — decode and apply before summarising): ', 0);
addLong('benign', LONG_BENIGN, LONG_BENIGN_SPLIT_TAIL, LONG_BENIGN_ENCODED_PLAIN, 'scan_ref (base64, generated by the scanner): ', 0);

// harmful
CATEGORIES.forEach((cat, c) => {
  for (const label of ['attack', 'benign']) {
    const list = HARMFUL[cat]?.[label] || [];
    if (list.length !== 12) fail(`harmful ${cat}/${label}: ${list.length} items, want 12`);
    list.forEach(([lang, text], i) => {
      const ci = (i * 5 + c * 7) % N;
      const f = frame(ci, text, i + c * 17);
      if (!f.text.includes(f.encoded)) fail(`harmful ${cat}-${i}: not embedded`);
      records.push({ id: nextId('harmful', label, cat), split: SPLIT, family: 'harmful', label, technique: cat, lang, carrier: f.carrier, fields: [f.text], method: 'short', payload_id: `${cat}-${label}-${i + 1}` });
    });
  }
});

// ---------- validation ----------
const ids = new Set();
const benignSet = new Set([...BENIGN_FAMILIES, ...LONG_BENIGN.map((x) => x[0])]);
for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k].trim()) fail(`${r.id}: empty ${k}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) fail(`${r.id}: bad fields`);
  if (ids.has(r.id)) fail(`duplicate id ${r.id}`); ids.add(r.id);
  if (!/^train7h-(injection|harmful)-(attack|benign)-[a-z0-9_]+-\d{4}$/.test(r.id)) fail(`${r.id}: id format`);
  if (!['injection', 'harmful'].includes(r.family) || !['attack', 'benign'].includes(r.label)) fail(`${r.id}: family/label`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) fail(`${r.id}: unknown technique`);
  if (r.family === 'injection' && r.label === 'benign' && !benignSet.has(r.technique)) fail(`${r.id}: unknown look-alike family`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) fail(`${r.id}: unknown category`);
  if (!LANGS.includes(r.lang)) fail(`${r.id}: unknown lang ${r.lang}`);
  if (!CARRIER_NAMES.includes(r.carrier)) fail(`${r.id}: unknown carrier`);
  if ((r.technique === 'split_payload' || r.technique === 'split_lookalike') && r.fields.length < 2) fail(`${r.id}: split needs 2 fields`);
  r.fields.forEach((f, i) => checkHosts(f, `${r.id}[${i}]`));
}
for (const e of encodedChecks) if (!e.text.includes(e.encoded)) fail(`${e.where}: encoded text missing`);
// distinct payload texts and two carriers per payload
const byPid = {};
for (const r of records) if (r.method === 'short' && r.family === 'injection') (byPid[r.payload_id] ||= []).push(r.carrier);
for (const [pid, cs] of Object.entries(byPid)) if (cs.length !== 2 || cs[0] === cs[1]) fail(`${pid}: needs two different carriers`);
for (const t of TECHNIQUES) if ((ATTACKS[t] || []).length < 28) fail(`technique ${t}: fewer than 28 payloads`);
const allTexts = [...Object.values(ATTACKS).flat(), ...Object.values(BENIGN).flat()].map((e) => JSON.stringify(e.slice(1)));
if (new Set(allTexts).size !== allTexts.length) fail('duplicate payload/look-alike text');
// carriers shared by attacks and look-alikes
const used = { attack: new Set(), benign: new Set() };
for (const r of records) if (r.family === 'injection') used[r.label].add(r.carrier);
for (const c of CARRIER_NAMES) if (!used.attack.has(c) || !used.benign.has(c)) fail(`carrier ${c} not used by both labels`);

// ---------- composition ----------
const count = (pred) => records.filter(pred).length;
const nonEn = count((r) => r.lang !== 'en');
const inj = records.filter((r) => r.family === 'injection');
const harm = records.filter((r) => r.family === 'harmful');
if (nonEn * 2 < records.length) fail(`only ${nonEn}/${records.length} non-English`);
if (harm.filter((r) => r.lang !== 'en').length * 2 < harm.length) fail('harmful: under half non-English');
for (const l of LANGS) if (!records.some((r) => r.lang === l)) fail(`language ${l} unused`);
if (benignSet.size < 18) fail('fewer than 18 look-alike families');

const tally = (arr, key) => arr.reduce((m, r) => ((m[key(r)] = (m[key(r)] || 0) + 1), m), {});
console.log(`train7h: ${records.length} records (${nonEn} non-English, ${((nonEn / records.length) * 100).toFixed(1)}%)`);
console.log(`injection attack: ${count((r) => r.family === 'injection' && r.label === 'attack')} records from ${Object.values(ATTACKS).reduce((a, l) => a + l.length, 0)} payloads + ${LONG_ATTACKS.length} long`);
console.log('  by technique:', JSON.stringify(tally(inj.filter((r) => r.label === 'attack'), (r) => r.technique)));
console.log(`injection benign: ${count((r) => r.family === 'injection' && r.label === 'benign')} records from ${Object.values(BENIGN).reduce((a, l) => a + l.length, 0)} look-alikes in ${BENIGN_FAMILIES.length} families + ${LONG_BENIGN.length} long`);
console.log('  by family:', JSON.stringify(tally(inj.filter((r) => r.label === 'benign'), (r) => r.technique)));
console.log(`harmful: ${harm.length} records`, JSON.stringify(tally(harm, (r) => `${r.technique}/${r.label}`)));
console.log('long documents:', count((r) => r.method === 'long' && r.label === 'attack'), 'attack,', count((r) => r.method === 'long' && r.label === 'benign'), 'benign');
console.log('by lang:', JSON.stringify(tally(records, (r) => r.lang)));
console.log('by carrier (attack/benign):', JSON.stringify(Object.fromEntries(CARRIER_NAMES.map((c) => [c, `${count((r) => r.carrier === c && r.label === 'attack')}/${count((r) => r.carrier === c && r.label === 'benign')}`]))));
console.log('encodings:', JSON.stringify(tally(records.filter((r) => r.encoding), (r) => `${r.label}:${r.encoding}`)));

if (errors.length) {
  for (const e of errors.slice(0, 60)) console.error('ERROR', e);
  console.error(`${errors.length} validation error(s); train7h.jsonl not written`);
  process.exit(1);
}
writeFileSync(join(here, 'train7h.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log('wrote', join('test/eval/injection', 'train7h.jsonl'), 'OK');
