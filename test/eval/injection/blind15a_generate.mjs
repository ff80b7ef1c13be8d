#!/usr/bin/env node
// blind15a generator: node test/eval/injection/blind15a_generate.mjs
// Deterministic, Node built-ins only. Rewrites blind15a.jsonl next to this file, validates every
// record, prints the composition, exits 1 on any violation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, MARKUP_CARRIERS } from './blind15a_carriers.mjs';
import * as ATT from './blind15a_attacks.mjs';
import * as LOOK from './blind15a_lookalikes.mjs';
import { harmful } from './blind15a_harmful.mjs';
import { LONG } from './blind15a_long.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, 'blind15a.jsonl');
const SPLIT = 'blind15a';

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const FAMILIES = Object.keys(LOOK);

// ---------- lossless encodings ----------
const rot13 = (s) => s.replace(/[A-Za-z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const ENC = {
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (e) => Buffer.from(e, 'base64').toString('utf8') },
  hex: { enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (e) => Buffer.from(e, 'hex').toString('utf8') },
  rot13: { enc: rot13, dec: rot13 },
  url: { enc: (s) => encodeURIComponent(s), dec: (e) => decodeURIComponent(e) },
  html: { enc: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), dec: (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n)).replace(/&(amp|lt|gt|quot|#39);/g, (_, n) => NAMED[n]) },
  html_named: { enc: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'), dec: (e) => e.replace(/&(amp|lt|gt|quot|#39);/g, (_, n) => NAMED[n]) },
  uesc: { enc: (s) => [...s].map((c) => Array.from({ length: c.length }, (_, i) => '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0')).join('')).join(''), dec: (e) => e.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) },
  uesc_nonascii: { enc: (s) => [...s].map((c) => (c.codePointAt(0) < 128 ? c : Array.from({ length: c.length }, (_, i) => '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0')).join(''))).join(''), dec: (e) => e.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) },
  reverse: { enc: (s) => [...s].reverse().join(''), dec: (e) => [...e].reverse().join('') },
  leet: { enc: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]), dec: (e) => e.replace(/[413057]/g, (c) => UNLEET[c]) },
  tags: { enc: (s) => '\u{E0001}' + [...s].map((c) => String.fromCodePoint(0xE0000 + c.codePointAt(0))).join('') + '\u{E007F}', dec: (e) => [...e].map((c) => c.codePointAt(0)).filter((n) => n > 0xE0001 && n < 0xE007F).map((n) => String.fromCodePoint(n - 0xE0000)).join('') },
  zw: { enc: (s) => [...s].join('\u200B'), dec: (e) => e.replace(/\u200B/g, '') },
};
// benign encoded data uses the "plain" variants that real systems produce
const BENIGN_ENC = { html: 'html_named', uesc: 'uesc_nonascii' };

// ---------- helpers ----------
const pad = (n) => String(n).padStart(4, '0');
const records = [];
const counters = {};
const nextId = (family, label, tech) => { const key = `${family}-${label}-${tech}`; counters[key] = (counters[key] ?? 0) + 1; return `${SPLIT}-${key}-${pad(counters[key])}`; };
const pools = { all: CARRIER_NAMES, markup: MARKUP_CARRIERS };
const poolCounters = {};
// two different carriers for the n-th text of a pool/label stream (same rule for attacks and look-alikes)
function carrierPair(poolName, stream) {
  const key = `${poolName}:${stream}`; const n = poolCounters[key] = (poolCounters[key] ?? -1) + 1;
  const pool = pools[poolName];
  return [[pool[(2 * n) % pool.length], n], [pool[(2 * n + 1) % pool.length], n + 101]];
}
function carrierOne(stream) {
  const key = `one:${stream}`; const n = poolCounters[key] = (poolCounters[key] ?? -1) + 1;
  return [CARRIER_NAMES[(n * 5 + 3) % CARRIER_NAMES.length], n + 307];
}

function push(rec) { records.push({ id: rec.id, split: SPLIT, family: rec.family, label: rec.label, technique: rec.technique, lang: rec.lang, carrier: rec.carrier, fields: rec.fields, ...(rec.extra ?? {}) }); }

// normalise an item into {lang, text|parts, method, pool, extra}
function prepare(item, { benign = false, technique } = {}) {
  if (Array.isArray(item)) {
    const [lang, a, b, opt] = item;
    if (technique === 'split_payload' || technique === 'split_lookalike') {
      const extra = {}; if (b && typeof b === 'string' && opt?.code_switched) extra.code_switched = opt.code_switched;
      const method = { split: { a, b } };
      if (opt?.encoded_join) { const pieces = [(a.match(/[A-Za-z0-9+/=]{12,}/) || [''])[0], (b.match(/[A-Za-z0-9+/=]{12,}/) || [''])[0]]; method.encoding = { ...opt.encoded_join, encoded: pieces.join(''), pieces }; }
      return { lang, parts: [a, b], method, pool: 'all', extra };
    }
    const opt2 = typeof b === 'object' ? b : undefined;
    return { lang, text: a, method: {}, pool: 'all', extra: opt2?.code_switched ? { code_switched: opt2.code_switched } : {} };
  }
  if (item.html) return { lang: item.lang, text: item.html, method: { markup: true }, pool: 'markup', extra: {} };
  if (item.gen) {
    const encoded = ENC[item.gen].enc(item.plain);
    const extra = /[^\x00-\x7f]/.test(item.cover) && !/[^\x00-\x7f]/.test(item.plain) && item.lang !== 'en' ? { code_switched: [item.lang, 'en'] } : {};
    return { lang: item.lang, text: `${item.cover}${item.gen === 'zw' ? ' ' : ''}${encoded}`, method: { encoding: { enc: item.gen, plain: item.plain, encoded } }, pool: 'all', extra };
  }
  if (item.enc) {
    const enc = benign ? (BENIGN_ENC[item.enc] ?? item.enc) : item.enc;
    const encoded = ENC[enc].enc(item.plain);
    return { lang: item.lang, text: item.wrap.replace('{E}', encoded), method: { encoding: { enc, plain: item.plain, encoded } }, pool: 'all', extra: {} };
  }
  throw new Error('unknown item shape: ' + JSON.stringify(item).slice(0, 80));
}

function emitPair(family, label, technique, item, srcTag) {
  const p = prepare(item, { benign: label === 'benign', technique });
  const stream = label;
  for (const [carrier, k] of carrierPair(p.pool, stream)) {
    const C = CARRIERS[carrier];
    const fields = p.parts ? [C.wrap(p.parts[0], k), C.tail(p.parts[1], k)] : [C.wrap(p.text, k)];
    push({ id: nextId(family, label, technique), family, label, technique, lang: p.lang, carrier, fields, extra: { source: srcTag, method: p.method, ...p.extra } });
  }
}

// ---------- build ----------
for (const t of TECHNIQUES) ATT[t].forEach((item, i) => emitPair('injection', 'attack', t, item, `attacks.${t}[${i}]`));
for (const f of FAMILIES) LOOK[f].forEach((item, i) => emitPair('injection', 'benign', f, item, `lookalikes.${f}[${i}]`));
LONG.forEach((doc, i) => {
  for (const label of ['attack', 'benign']) {
    const ins = label === 'attack' ? doc.attack : doc.benign;
    const technique = label === 'attack' ? doc.at : doc.bf;
    const method = { long: true, buried: ins };
    if (doc.encoded) { const e = doc.encoded[label]; method.encoding = { ...e, encoded: (ins.match(/[A-Za-z0-9+/=]{24,}/) || [''])[0] }; }
    let fields;
    if (technique === 'split_payload' || technique === 'split_lookalike') {
      const cut = ins.indexOf('\n'); const a = ins.slice(0, cut), b = ins.slice(cut + 1);
      fields = [doc.before + (doc.beforeMore ?? '') + a, b + (doc.afterMore ?? '') + doc.after]; method.split = { a, b };
    } else fields = [doc.before + (doc.beforeMore ?? '') + ins + (doc.afterMore ?? '') + doc.after];
    push({ id: nextId('injection', label, technique), family: 'injection', label, technique, lang: doc.lang, carrier: doc.carrier, fields, extra: { source: `long[${i}]`, method } });
  }
});
for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) harmful[cat][label].forEach(([lang, text], i) => {
  const [carrier, k] = carrierOne(label);
  push({ id: nextId('harmful', label, cat), family: 'harmful', label, technique: cat, lang, carrier, fields: [CARRIERS[carrier].wrap(text, k)], extra: { source: `harmful.${cat}.${label}[${i}]`, method: {} } });
});

// ---------- validation ----------
const errors = [];
const err = (r, m) => errors.push(`${r.id}: ${m}`);
const ALLOWED_HOST = /\.(example|test|invalid)$/i;
const BARE_TLD = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|app|ru|de|cn|uk|fr|jp|br|info|biz|xyz|gov|edu|ua|pl|nl|kr|vn|tr)\b/gi;
function hostViolations(text) {
  const bad = [];
  for (const m of text.matchAll(/\b([a-z][a-z0-9+.-]*):\/\/([^\/\s"'<>)\]?#:\\]+)/gi)) {
    const scheme = m[1].toLowerCase(), host = m[2].toLowerCase();
    if (['http', 'https', 'ftp', 'ws', 'wss'].includes(scheme) || host.includes('.')) if (!ALLOWED_HOST.test(host)) bad.push(host);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!ALLOWED_HOST.test(m[1])) bad.push(m[1]);
  for (const m of text.matchAll(BARE_TLD)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (after === '.' && /^\.(example|test|invalid)/i.test(text.slice(m.index + m[0].length))) continue;
    bad.push(m[0]);
  }
  return bad;
}
const variants = (s) => [s, JSON.stringify(s).slice(1, -1), s.replace(/"/g, '""'), s.replace(/\n/g, '\\n'), s.replace(/"/g, '&quot;')];
const contains = (field, s) => variants(s).some((v) => field.includes(v));
const firstLine = (s) => s.trim().split('\n')[0].trim().slice(0, 40);

const ids = new Set();
for (const r of records) {
  if (ids.has(r.id)) err(r, 'duplicate id'); ids.add(r.id);
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k].trim()) err(r, `empty ${k}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) err(r, 'fields must be non-empty strings');
  if (!['injection', 'harmful'].includes(r.family)) err(r, 'family');
  if (!['attack', 'benign'].includes(r.label)) err(r, 'label');
  if (!LANGS.includes(r.lang)) err(r, `unknown lang ${r.lang}`);
  if (!CARRIERS[r.carrier]) err(r, `unknown carrier ${r.carrier}`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) err(r, `unknown technique ${r.technique}`);
  if (r.family === 'injection' && r.label === 'benign' && !FAMILIES.includes(r.technique)) err(r, `unknown look-alike family ${r.technique}`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) err(r, `unknown category ${r.technique}`);
  if (!r.id.startsWith(`${SPLIT}-${r.family}-${r.label}-${r.technique}-`)) err(r, 'id does not follow the naming rule');
  const all = r.fields.join('\n');
  const enc = r.method?.encoding;
  let scan = all;
  if (enc?.encoded) for (const piece of enc.pieces ?? [enc.encoded]) for (const v of variants(piece)) scan = scan.split(v).join(' ');
  const bad = hostViolations(scan);
  if (enc) {
    if (!ENC[enc.enc]) err(r, `unknown encoding ${enc.enc}`);
    else {
      if (!enc.encoded || !(enc.pieces ?? [enc.encoded]).every((p) => r.fields.some((f) => contains(f, p)))) err(r, 'encoded text not found in fields');
      let dec; try { dec = ENC[enc.enc].dec(enc.encoded); } catch (e) { dec = `<decode error ${e.message}>`; }
      if (dec !== enc.plain) err(r, `lossy encoding ${enc.enc}: ${JSON.stringify(dec).slice(0, 80)}`);
      if (ENC[enc.enc].enc(enc.plain) !== enc.encoded && !r.source?.startsWith('long')) err(r, 'encoding not reproducible');
      if (enc.enc === 'leet' && (/[0-9A-Z]/.test(enc.plain))) err(r, 'leet plain must be lowercase without digits');
      if (enc.enc === 'tags' && /[^\x20-\x7e]/.test(enc.plain)) err(r, 'tag plain must be printable ASCII');
      bad.push(...hostViolations(enc.plain));
    }
  }
  if (bad.length) err(r, `host names outside .example/.test/.invalid: ${[...new Set(bad)].join(', ')}`);
  if (r.technique === 'split_payload' || r.technique === 'split_lookalike') {
    const s = r.method?.split;
    if (!s || r.fields.length < 2) err(r, 'split record needs two fields');
    else {
      const a = firstLine(s.a), b = firstLine(s.b);
      if (!a || !b) err(r, 'empty split part');
      if (!contains(r.fields[0], a) || !contains(r.fields[1], b)) err(r, 'split parts not in their own fields');
      if (contains(r.fields[0], b) || contains(r.fields[1], a)) err(r, 'split parts mixed across fields');
    }
  } else if (r.family === 'injection' && r.fields.length !== 1) err(r, 'unexpected extra fields');
  if (r.method?.long) {
    if (all.length < 1500) err(r, `long document only ${all.length} chars`);
    const pos = all.indexOf(firstLine(r.method.buried));
    if (pos < 0) err(r, 'buried text not found');
    else if (pos < all.length * 0.2 || pos > all.length * 0.8) err(r, `buried text not in the middle (${pos}/${all.length})`);
  }
}
// distinct texts, carrier symmetry, language share
const distinct = (fam, label) => new Set(records.filter((r) => r.family === fam && r.label === label && !r.method?.long).map((r) => r.source)).size;
for (const t of TECHNIQUES) { const n = new Set(records.filter((r) => r.technique === t && r.label === 'attack' && !r.method?.long).map((r) => r.source)).size; if (n < 28) errors.push(`technique ${t}: only ${n} distinct payloads`); }
if (FAMILIES.length < 18) errors.push(`only ${FAMILIES.length} look-alike families`);
for (const src of new Set(records.filter((r) => !r.method?.long && r.family === 'injection').map((r) => r.source))) {
  const rs = records.filter((r) => r.source === src);
  if (rs.length !== 2 || rs[0].carrier === rs[1].carrier) errors.push(`${src}: must be framed in two different carriers`);
}
for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) {
  const rs = records.filter((r) => r.family === 'harmful' && r.technique === cat && r.label === label);
  if (rs.length !== 12) errors.push(`harmful ${cat}/${label}: ${rs.length} records, want 12`);
}
const nonEn = (rs) => rs.filter((r) => r.lang !== 'en').length / rs.length;
if (nonEn(records) < 0.5) errors.push(`non-English share ${nonEn(records).toFixed(2)} < 0.5`);
const harm = records.filter((r) => r.family === 'harmful');
if (nonEn(harm) < 0.5) errors.push(`harmful non-English share ${nonEn(harm).toFixed(2)} < 0.5`);
for (const l of LANGS) if (!records.some((r) => r.lang === l)) errors.push(`language ${l} missing`);
const usedCarriers = new Set(records.map((r) => r.carrier));
for (const c of usedCarriers) for (const label of ['attack', 'benign']) if (!records.some((r) => r.carrier === c && r.label === label && r.family === 'injection')) errors.push(`carrier ${c} has no injection ${label}`);

// ---------- write + report ----------
fs.writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const tally = (rs, key) => { const m = {}; for (const r of rs) { const k = typeof key === 'function' ? key(r) : r[key]; m[k] = (m[k] ?? 0) + 1; } return m; };
const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(' ');
const len = (r) => r.fields.join('\n').length;
const inj = records.filter((r) => r.family === 'injection');
console.log(`blind15a: ${records.length} records -> ${path.relative(process.cwd(), OUT)}`);
console.log(`injection attack ${inj.filter((r) => r.label === 'attack').length} (distinct payloads ${distinct('injection', 'attack')} + ${LONG.length} long) | injection benign ${inj.filter((r) => r.label === 'benign').length} (distinct look-alikes ${distinct('injection', 'benign')} in ${FAMILIES.length} families + ${LONG.length} long) | harmful ${harm.length}`);
console.log('injection attack by technique:', fmt(tally(inj.filter((r) => r.label === 'attack'), 'technique')));
console.log('injection benign by family:   ', fmt(tally(inj.filter((r) => r.label === 'benign'), 'technique')));
console.log('harmful by category/label:    ', fmt(tally(harm, (r) => `${r.technique}/${r.label}`)));
console.log('languages:', fmt(tally(records, 'lang')));
console.log(`non-English: ${(100 * nonEn(records)).toFixed(1)}% overall, ${(100 * nonEn(inj.filter((r) => r.label === 'attack'))).toFixed(1)}% of injection attacks, ${(100 * nonEn(inj.filter((r) => r.label === 'benign'))).toFixed(1)}% of look-alikes, ${(100 * nonEn(harm)).toFixed(1)}% of harmful; code-switched records: ${records.filter((r) => r.code_switched).length}`);
console.log('carrier attack/benign:', CARRIER_NAMES.map((c) => `${c}=${records.filter((r) => r.carrier === c && r.label === 'attack').length}/${records.filter((r) => r.carrier === c && r.label === 'benign').length}`).join(' '));
console.log(`length: >=800 chars ${records.filter((r) => len(r) >= 800).length} (${(100 * records.filter((r) => len(r) >= 800).length / records.length).toFixed(1)}%; attack ${records.filter((r) => len(r) >= 800 && r.label === 'attack').length}, benign ${records.filter((r) => len(r) >= 800 && r.label === 'benign').length}), long buried docs ${records.filter((r) => r.method?.long).length} (min ${Math.min(...records.filter((r) => r.method?.long).map(len))} chars), median ${records.map(len).sort((a, b) => a - b)[records.length >> 1]} chars`);
console.log(`split records (two fields): ${records.filter((r) => r.fields.length > 1).length}; encoded records checked lossless: ${records.filter((r) => r.method?.encoding).length}`);
if (errors.length) { console.error(`\n${errors.length} violation(s):`); for (const e of errors.slice(0, 200)) console.error('  ' + e); process.exit(1); }
console.log('validation: OK');
