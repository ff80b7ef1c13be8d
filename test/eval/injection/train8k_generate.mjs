// train8k generator + validator (Node 20, built-ins only).
//   node test/eval/injection/train8k_generate.mjs
// Builds train8k.jsonl next to this file from the hand-written content files
// (train8k_attacks_a/b, train8k_lookalikes_a/b, train8k_harmful, train8k_long, train8k_fillers)
// and the carriers in train8k_carriers.mjs. A fixed-seed PRNG makes the output byte-identical on
// every run. The validator runs before anything is written; on any violation it prints the
// problems and exits 1 without writing.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_BY_NAME, DOC_CARRIERS, defaultTitle } from './train8k_carriers.mjs';
import { ATTACKS_A } from './train8k_attacks_a.mjs';
import { ATTACKS_B } from './train8k_attacks_b.mjs';
import { LOOKALIKES_A } from './train8k_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train8k_lookalikes_b.mjs';
import { HARMFUL } from './train8k_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './train8k_long.mjs';
import { FILLERS } from './train8k_fillers.mjs';

const SET = 'train8k';
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, `${SET}.jsonl`);

// ------------------------------------------------------------------ known values
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing',
  'encoded_payload', 'jailbreak', 'split_payload'];
const LOOKALIKE_FAMILIES = ['quoted_reply', 'forwarded_message', 'api_instructions', 'form_instructions',
  'code_todo', 'seller_note', 'site_rules', 'security_article', 'docs', 'runbook', 'prompt_library',
  'transcript', 'ticket_quote', 'test_snapshot', 'csv_data', 'markdown_table', 'yaml_config',
  'encoded_benign', 'hidden_markup', 'policy_notice', 'split_lookalike'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'fa', 'hi',
  'zh', 'ja', 'ko', 'vi', 'id', 'sv', 'cs', 'hi-en'];
const ENCODINGS = ['base64', 'hex', 'rot13', 'url', 'reverse', 'base32', 'html', 'unicode'];
const CARRIER_NAMES = CARRIERS.map((c) => c.name);
// Names of code-hosting and package-registry hosts, base64-encoded so that this file does not
// spell them out.
const BANNED_HOSTS = ['Z2l0aHVi', 'Z2l0bGFi', 'Yml0YnVja2V0', 'bnBtanM=', 'cHlwaS4=', 'Y3JhdGVzLmlv', 'cnVieWdlbXM=', 'bnVnZXQub3Jn', 'cGFja2FnaXN0', 'ZG9ja2VyLmlv', 'aHViLmRvY2tlcg==', 'c291cmNlZm9yZ2U=', 'cGtnLmdvLmRldg==', 'cHJveHkuZ29sYW5n', 'Z2l0ZWUu', 'Y29kZWJlcmc=', 'aHVnZ2luZ2ZhY2U=', 'bWF2ZW4ub3Jn', 'aml0cGFjaw==', 'YW5hY29uZGEub3Jn', 'Y29jb2Fwb2Rz', 'aGFja2FnZS4=', 'Y3Bhbi5vcmc=', 'cHViLmRldg==', 'bGF1bmNocGFkLm5ldA==', 'Z29vZ2xlc291cmNl', 'Z29vLmds'].map((b) => Buffer.from(b, 'base64').toString('utf8'));

// ------------------------------------------------------------------ PRNG (mulberry32)
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(0x7a18b0c8);

// ------------------------------------------------------------------ encodings
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const rot13 = (s) => s.replace(/[A-Za-z]/g, (c) => {
  const b = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
function b32enc(str) {
  const bytes = Buffer.from(str, 'utf8');
  let bits = 0; let val = 0; let out = '';
  for (const byte of bytes) {
    val = (val << 8) | byte; bits += 8;
    while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}
function b32dec(s) {
  const clean = s.replace(/=+$/, '');
  let bits = 0; let val = 0; const out = [];
  for (const ch of clean) {
    const i = B32.indexOf(ch);
    if (i < 0) throw new Error(`bad base32 char ${ch}`);
    val = (val << 5) | i; bits += 5;
    if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Buffer.from(out).toString('utf8');
}
const ENCODE = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  reverse: (s) => [...s].reverse().join(''),
  base32: b32enc,
  html: (s) => [...s].map((ch) => `&#${ch.codePointAt(0)};`).join(''),
  unicode: (s) => [...s].map((ch) => {
    let o = '';
    for (let i = 0; i < ch.length; i++) o += '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0');
    return o;
  }).join(''),
};
const DECODE = {
  base64: (s) => Buffer.from(s, 'base64').toString('utf8'),
  hex: (s) => Buffer.from(s, 'hex').toString('utf8'),
  rot13,
  url: (s) => decodeURIComponent(s),
  reverse: (s) => [...s].reverse().join(''),
  base32: b32dec,
  html: (s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))),
  unicode: (s) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
};

// ------------------------------------------------------------------ items
function normItem(entry, extra) {
  let it;
  if (Array.isArray(entry)) it = { lang: entry[0], kind: 'text', text: entry[1] };
  else if (typeof entry === 'string') it = { lang: extra.lang, kind: 'text', text: entry };
  else if (entry.enc) {
    const encoded = ENCODE[entry.enc](entry.plain);
    it = { lang: entry.lang || extra.lang, kind: 'enc', enc: entry.enc, plain: entry.plain, encoded, text: entry.wrap.replace('{ENC}', encoded) };
  } else if (entry.a !== undefined) it = { lang: entry.lang || extra.lang, kind: 'split', a: entry.a, b: entry.b };
  else throw new Error('unknown item shape ' + JSON.stringify(entry));
  return { ...it, ...extra, lang: it.lang };
}

const attackItems = [];
for (const t of TECHNIQUES) {
  const src = ATTACKS_A[t] ? 'train8k_attacks_a.mjs' : 'train8k_attacks_b.mjs';
  const list = ATTACKS_A[t] || ATTACKS_B[t];
  list.forEach((e, i) => attackItems.push(normItem(e, { family: 'injection', label: 'attack', technique: t, hidden: t === 'hidden_text', source: `${src}#${t}[${i}]` })));
}
const lookItems = [];
for (const f of LOOKALIKE_FAMILIES) {
  const src = LOOKALIKES_A[f] ? 'train8k_lookalikes_a.mjs' : 'train8k_lookalikes_b.mjs';
  const list = LOOKALIKES_A[f] || LOOKALIKES_B[f];
  if (!list) throw new Error('missing look-alike family ' + f);
  list.forEach((e, i) => lookItems.push(normItem(e, { family: 'injection', label: 'benign', technique: f, hidden: f === 'hidden_markup', source: `${src}#${f}[${i}]` })));
}
const longAttackItems = LONG_ATTACKS.map((d, i) => ({ ...normItem(d.core, { lang: d.lang, family: 'injection', label: 'attack', technique: d.technique, hidden: d.technique === 'hidden_text', source: `train8k_long.mjs#LONG_ATTACKS[${i}]` }), doc: d }));
const longBenignItems = LONG_BENIGN.map((d, i) => ({ ...normItem(d.core, { lang: d.lang, family: 'injection', label: 'benign', technique: d.family, hidden: d.family === 'hidden_markup', source: `train8k_long.mjs#LONG_BENIGN[${i}]` }), doc: d }));
const harmAttack = [];
const harmBenign = [];
for (const c of CATEGORIES) {
  HARMFUL[c].attack.forEach((e, i) => harmAttack.push(normItem(e, { family: 'harmful', label: 'attack', technique: c, hidden: false, source: `train8k_harmful.mjs#${c}.attack[${i}]` })));
  HARMFUL[c].benign.forEach((e, i) => harmBenign.push(normItem(e, { family: 'harmful', label: 'benign', technique: c, hidden: false, source: `train8k_harmful.mjs#${c}.benign[${i}]` })));
}

// ------------------------------------------------------------------ fillers (by position)
const fillerPtr = {};
function nextFiller(lang, used) {
  const prim = lang.split('-')[0];
  for (const key of [prim, 'en']) {
    const pool = FILLERS[key];
    if (!pool) continue;
    for (let k = 0; k < pool.length; k++) {
      const p = fillerPtr[key] = ((fillerPtr[key] ?? -1) + 1) % pool.length;
      if (!used.has(pool[p])) { used.add(pool[p]); return pool[p]; }
    }
  }
  throw new Error('out of fillers for ' + lang);
}

// ------------------------------------------------------------------ record building
const records = [];
const metas = [];
let serial = 0;

function measure(fields, needle) {
  const joined = fields.join('\n');
  const start = joined.indexOf(needle);
  if (start < 0) return { ok: false, len: joined.length, start: -1 };
  const end = start + needle.length;
  return { len: joined.length, start, end, after: joined.length - end, centre: (start + end) / 2 / joined.length };
}
const longOk = (m, kind) => (kind === 'record'
  ? m.start >= 0 && m.len >= 800 && m.centre >= 0.2 && m.centre <= 0.8
  : m.start >= 0 && m.len >= 1500 && m.centre >= 0.3 && m.centre <= 0.7 && m.start >= 500 && m.after >= 500);

function buildRecord(item, carrierName, longKind) {
  const C = CARRIER_BY_NAME[carrierName];
  const st = C.prepare(rng);
  const title = item.doc ? item.doc.title : defaultTitle(rng);
  const pieces = item.kind === 'split' ? [item.a, item.b] : [item.text];
  const slots = pieces.map((raw, j) => {
    if (item.hidden && j === 0) {
      const h = C.hide(raw, st, rng);
      return { raw, s: h.s, needle: h.needle, hidden: true };
    }
    const s = C.esc(raw, st);
    return { raw, s, needle: s, hidden: false };
  });
  const used = new Set();
  let pre = [];
  let post = [];
  if (longKind === 'doc') {
    pre = [item.doc.intro, nextFiller(item.lang, used)];
    post = [nextFiller(item.lang, used), item.doc.outro];
  } else if (longKind === 'record') {
    pre = [nextFiller(item.lang, used)];
    post = [nextFiller(item.lang, used)];
  }
  const lang = item.lang;
  let fields = C.build({ slots, st, r: rng, pre, post, title, lang });
  if (longKind) {
    const lo = longKind === 'record' ? 0.2 : 0.3;
    const hi = longKind === 'record' ? 0.8 : 0.7;
    const minLen = longKind === 'record' ? 800 : 1500;
    for (let guard = 0; guard < 12; guard++) {
      const m = measure(fields, slots[0].needle);
      if (m.start < 0 || longOk(m, longKind)) break;
      const addPre = () => (longKind === 'doc' ? pre.push(nextFiller(lang, used)) : pre.unshift(nextFiller(lang, used)));
      const addPost = () => (longKind === 'doc' ? post.splice(post.length - 1, 0, nextFiller(lang, used)) : post.push(nextFiller(lang, used)));
      if (m.centre < lo || (longKind === 'doc' && m.start < 500)) addPre();
      else if (m.centre > hi || (longKind === 'doc' && m.after < 500)) addPost();
      else if (m.len < minLen) { if (m.start <= m.after) addPre(); else addPost(); }
      fields = C.build({ slots, st, r: rng, pre, post, title, lang });
    }
  }
  serial += 1;
  const id = `${SET}-${item.family}-${item.label}-${item.technique}-${String(serial).padStart(4, '0')}`;
  const method = ['handwritten', `${carrierName}${st.v ? '/' + st.v : ''}`, item.kind === 'enc' ? item.enc : null,
    item.kind === 'split' ? 'two-fields' : null, item.hidden ? 'hidden' : null,
    longKind === 'record' ? 'long-record' : longKind === 'doc' ? 'long-document' : null].filter(Boolean).join('+');
  const rec = { id, split: SET, family: item.family, label: item.label, technique: item.technique, lang, carrier: carrierName, fields, source: item.source, method };
  records.push(rec);
  metas.push({ item, slots, st, carrierName, longKind });
}

const isLong = (i, k) => (2 * i + k) % 5 === 2;
const carrierAt = (i, k) => CARRIERS[k === 0 ? i % CARRIERS.length : (7 * i + 3) % CARRIERS.length].name;
function emitList(items) {
  items.forEach((it, i) => { for (const k of [0, 1]) buildRecord(it, carrierAt(i, k), isLong(i, k) ? 'record' : null); });
}
function emitDocs(items) {
  items.forEach((it, i) => buildRecord(it, DOC_CARRIERS[i % DOC_CARRIERS.length], 'doc'));
}
emitList(attackItems);
emitDocs(longAttackItems);
emitList(lookItems);
emitDocs(longBenignItems);
emitList(harmAttack);
emitList(harmBenign);

// ------------------------------------------------------------------ validator
const errors = [];
const err = (m) => { if (errors.length < 200) errors.push(m); };

function hostsIn(text) {
  const hosts = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>]*@)?([^\s/"'<>\\)\]`|?#:,;]+)/gi)) hosts.push(['url', m[1]]);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) hosts.push(['email', m[1]]);
  for (const m of text.matchAll(/\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*/gi)) hosts.push(['www', m[0]]);
  return hosts;
}
const hostOk = (h) => {
  const x = h.toLowerCase().replace(/\.$/, '');
  return !x.includes('.') || /\.(example|test|invalid)$/.test(x);
};
function checkHosts(text, where) {
  for (const [kind, h] of hostsIn(text)) if (!hostOk(h)) err(`${where}: ${kind} host not reserved: ${h}`);
  const low = text.toLowerCase();
  for (const b of BANNED_HOSTS) if (low.includes(b)) err(`${where}: banned host name ${b}`);
}

const ids = new Set();
const ID_RE = new RegExp(`^${SET}-(injection|harmful)-(attack|benign)-([a-z_]+)-(\\d{4})$`);
records.forEach((rec, n) => {
  const meta = metas[n];
  const where = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof rec[k] !== 'string' || !rec[k].trim()) err(`${where}: empty ${k}`);
  }
  if (!Array.isArray(rec.fields) || rec.fields.length === 0) err(`${where}: no fields`);
  for (const f of rec.fields) {
    if (typeof f !== 'string' || !f.trim()) err(`${where}: empty field`);
    else if (/undefined|\[object Object\]|NaN/.test(f)) err(`${where}: template leak in field`);
  }
  if (rec.split !== SET) err(`${where}: split`);
  if (!['injection', 'harmful'].includes(rec.family)) err(`${where}: family`);
  if (!['attack', 'benign'].includes(rec.label)) err(`${where}: label`);
  const known = rec.family === 'harmful' ? CATEGORIES : rec.label === 'attack' ? TECHNIQUES : LOOKALIKE_FAMILIES;
  if (!known.includes(rec.technique)) err(`${where}: unknown technique ${rec.technique}`);
  if (!CARRIER_NAMES.includes(rec.carrier)) err(`${where}: unknown carrier`);
  if (!LANGS.includes(rec.lang)) err(`${where}: unknown lang ${rec.lang}`);
  if (ids.has(rec.id)) err(`${where}: duplicate id`);
  ids.add(rec.id);
  const m = ID_RE.exec(rec.id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(`${where}: id inconsistent with record`);

  // needles: recompute the escaped form independently of the build step
  const C = CARRIER_BY_NAME[rec.carrier];
  const it = meta.item;
  const pieces = it.kind === 'split' ? [it.a, it.b] : [it.text];
  const needles = pieces.map((raw, j) => (it.hidden && j === 0 ? meta.slots[0].needle : C.esc(raw, meta.st)));
  if (it.hidden && !meta.slots[0].s.includes(needles[0])) err(`${where}: hidden wrapper lost its needle`);
  const hitFields = needles.map((nd) => rec.fields.map((f, fi) => (f.includes(nd) ? fi : -1)).filter((fi) => fi >= 0));
  hitFields.forEach((h, j) => { if (!h.length) err(`${where}: needle ${j} not found in fields`); });
  const isSplit = rec.technique === 'split_payload' || rec.technique === 'split_lookalike';
  if (isSplit !== (it.kind === 'split')) err(`${where}: split technique/shape mismatch`);
  if (it.kind === 'split') {
    if (!it.a.trim() || !it.b.trim()) err(`${where}: empty split part`);
    if (rec.fields.length < 2) err(`${where}: split needs two fields`);
    if (rec.fields.some((f) => f.includes(needles[0]) && f.includes(needles[1]))) err(`${where}: a field holds both split parts`);
    if (!hitFields[0].some((a) => hitFields[1].some((b) => a !== b))) err(`${where}: split parts not in different fields`);
  }

  // hosts and banned names, in the fields and inside decoded payloads
  checkHosts(rec.fields.join('\n'), where);
  if (it.kind === 'enc') {
    if (!ENCODINGS.includes(it.enc)) err(`${where}: unknown encoding`);
    let dec = null;
    try { dec = DECODE[it.enc](it.encoded); } catch (e) { err(`${where}: decode failed: ${e.message}`); }
    if (dec !== it.plain) err(`${where}: decoded text differs from plain text`);
    if (it.encoded === it.plain) err(`${where}: encoding is a no-op`);
    if (!it.text.includes(it.encoded)) err(`${where}: encoded string missing from payload`);
    if (!rec.fields.some((f) => f.includes(C.esc(it.encoded, meta.st)))) err(`${where}: encoded string missing from fields`);
    checkHosts(it.plain, `${where} (decoded)`);
  }

  // long records / documents
  if (meta.longKind) {
    const ms = measure(rec.fields, needles[0]);
    if (!longOk(ms, meta.longKind)) err(`${where}: long ${meta.longKind} out of bounds (len ${ms.len}, centre ${ms.centre?.toFixed(2)}, before ${ms.start}, after ${ms.after})`);
  }
});

// distinct texts
const textKey = (it) => (it.kind === 'split' ? it.a + '\u0000' + it.b : it.text);
const allItems = [...attackItems, ...longAttackItems, ...lookItems, ...longBenignItems, ...harmAttack, ...harmBenign];
const seenText = new Map();
for (const it of allItems) {
  const k = textKey(it);
  if (seenText.has(k)) err(`duplicate text: ${it.source} = ${seenText.get(k)}`);
  seenText.set(k, it.source);
  if (it.hidden && /\n/.test(it.text || '')) err(`${it.source}: hidden item must be a single line`);
}

// harmful: 12 distinct attack and 12 distinct benign texts per category
for (const c of CATEGORIES) {
  for (const lab of ['attack', 'benign']) {
    const n = new Set([...harmAttack, ...harmBenign].filter((x) => x.technique === c && x.label === lab).map(textKey)).size;
    if (n < 12) err(`harmful ${c}/${lab}: ${n} distinct texts (< 12)`);
  }
}
// techniques: >= 30 payloads each
const perTech = {};
for (const it of [...attackItems, ...longAttackItems]) perTech[it.technique] = (perTech[it.technique] || 0) + 1;
for (const t of TECHNIQUES) if ((perTech[t] || 0) < 30) err(`technique ${t}: ${perTech[t] || 0} payloads (< 30)`);
// look-alike families: >= 20 families with >= 10 texts
const perFam = {};
for (const it of [...lookItems, ...longBenignItems]) perFam[it.technique] = (perFam[it.technique] || 0) + 1;
const bigFams = Object.values(perFam).filter((n) => n >= 10).length;
if (bigFams < 20) err(`only ${bigFams} look-alike families with >= 10 texts`);
// languages
const langCount = {};
for (const r of records) langCount[r.lang] = (langCount[r.lang] || 0) + 1;
if (Object.keys(langCount).length < 18) err(`only ${Object.keys(langCount).length} languages`);
const nonEn = records.filter((r) => r.lang !== 'en').length / records.length;
if (nonEn < 0.5) err(`non-English share ${nonEn.toFixed(3)} < 0.5`);
// carriers: at least 17 used; shares equal between injection attacks and look-alikes
const usedCarriers = new Set(records.map((r) => r.carrier));
if (usedCarriers.size < 17) err(`only ${usedCarriers.size} carriers used`);
const share = (lab) => {
  const rs = records.filter((r) => r.family === 'injection' && r.label === lab);
  const o = {};
  for (const c of CARRIER_NAMES) o[c] = rs.filter((r) => r.carrier === c).length / rs.length;
  return o;
};
const sA = share('attack');
const sB = share('benign');
let maxDiff = 0;
for (const c of CARRIER_NAMES) {
  const d = Math.abs(sA[c] - sB[c]);
  maxDiff = Math.max(maxDiff, d);
  if (d > 0.02) err(`carrier ${c}: attack share ${sA[c].toFixed(3)} vs look-alike share ${sB[c].toFixed(3)}`);
}

if (errors.length) {
  console.error(`train8k: ${errors.length} validation problem(s); nothing written.`);
  for (const e of errors) console.error('  - ' + e);
  process.exit(1);
}

// ------------------------------------------------------------------ write + composition
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

const count = (pred) => records.filter(pred).length;
const inj = (lab) => (r) => r.family === 'injection' && r.label === lab;
const lines = [];
lines.push(`${SET}.jsonl: ${records.length} records`);
lines.push(`injection attacks: ${count(inj('attack'))} records = ${attackItems.length} payloads x 2 carriers + ${longAttackItems.length} long documents`);
lines.push(`injection look-alikes: ${count(inj('benign'))} records = ${lookItems.length} texts x 2 carriers + ${longBenignItems.length} long documents`);
lines.push(`harmful: ${count((r) => r.family === 'harmful' && r.label === 'attack')} attack + ${count((r) => r.family === 'harmful' && r.label === 'benign')} benign records = (12 + 12 texts) x 6 categories x 2 carriers`);
lines.push(`long records (>= 800 chars): ${metas.filter((m) => m.longKind === 'record').length}; long documents (>= 1500 chars): ${metas.filter((m) => m.longKind === 'doc').length}`);
lines.push('payloads per technique (incl. long documents): ' + TECHNIQUES.map((t) => `${t} ${perTech[t]}`).join(', '));
lines.push(`look-alike families (${Object.keys(perFam).length}): ` + LOOKALIKE_FAMILIES.map((f) => `${f} ${perFam[f]}`).join(', '));
lines.push('harmful per category: ' + CATEGORIES.map((c) => `${c} ${harmAttack.filter((x) => x.technique === c).length}+${harmBenign.filter((x) => x.technique === c).length}`).join(', '));
lines.push(`languages (${Object.keys(langCount).length}): ` + Object.entries(langCount).sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', '));
lines.push(`non-English records: ${(nonEn * 100).toFixed(1)}%`);
lines.push(`carriers (${usedCarriers.size}): ` + CARRIER_NAMES.map((c) => `${c} ${count((r) => r.carrier === c)}`).join(', '));
lines.push(`max carrier-share difference attacks vs look-alikes: ${maxDiff.toFixed(4)}`);
lines.push('encodings: ' + ENCODINGS.map((e) => `${e} ${allItems.filter((x) => x.kind === 'enc' && x.enc === e).length}`).join(', '));
console.log(lines.join('\n'));
