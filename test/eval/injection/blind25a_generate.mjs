#!/usr/bin/env node
// blind25a: held-out evaluation set for the injection and harmful detectors (mixed sources).
// Generator + validator. Node 20 built-ins only; deterministic (fixed-seed PRNG per record key),
// byte-identical output on every run. Writes blind25a.jsonl next to this file only when the
// validator finds no violation; otherwise prints the violations and exits 1 without writing.
//
//   node test/eval/injection/blind25a_generate.mjs            # validate, write, print composition
//   node test/eval/injection/blind25a_generate.mjs --check    # validate and print, write nothing

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_ORDER, LONG_CARRIERS, FILLERS, FILLER_LANG } from './blind25a_carriers.mjs';
import { ATTACKS_A } from './blind25a_attacks_a.mjs';
import { ATTACKS_B } from './blind25a_attacks_b.mjs';
import { LOOKALIKES_A } from './blind25a_lookalikes_a.mjs';
import { LOOKALIKES_B } from './blind25a_lookalikes_b.mjs';
import { HARMFUL } from './blind25a_harmful.mjs';
import { LONG_ATTACKS, LONG_LOOKALIKES } from './blind25a_long.mjs';

const SET = 'blind25a';
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, `${SET}.jsonl`);
const CHECK_ONLY = process.argv.includes('--check');

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing',
  'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = ['agent_docs', 'prompt_library', 'security_training', 'incident_writeup', 'helpdesk', 'hr_notice',
  'legal_notice', 'encoded_data', 'ui_strings', 'runbook', 'code_review', 'product_review', 'finance_process',
  'calendar_invite', 'chat_casual', 'support_transcript', 'config_docs', 'research_article', 'memory_notes',
  'search_snippets', 'split_lookalike', 'install_docs'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'zh', 'ja', 'ko',
  'vi', 'id', 'sv', 'cs', 'el', 'es-en', 'hi-en', 'tl-en', 'de-en', 'zh-en', 'pt-en', 'fr-en', 'ar-en'];
const STYLES = ['direct', 'quiet', 'obf'];
const GOALS = ['exfil_link', 'exfil_image', 'exfil_tool', 'exfil_mail', 'act_payment', 'act_delete', 'act_merge',
  'act_install', 'act_permission', 'act_send', 'manip_recommend', 'manip_hide', 'manip_rate', 'manip_summary',
  'persistence', 'jailbreak_bypass', 'leak_prompt'];
const ENC_KINDS = ['base64', 'hex', 'rot13', 'percent', 'reverse', 'decimal', 'entities', 'tags', 'zero_width',
  'homoglyph', 'spaced'];
// look-alike families rendered in the carrier's "hidden" slot too (screen-reader labels, e-mail
// pre-header / legal footers), so that hiding markup alone does not separate the labels.
const HIDDEN_LOOKALIKES = new Set(['ui_strings', 'legal_notice']);
const SPLIT_KINDS = new Set(['split_payload', 'split_lookalike']);

// ---------------------------------------------------------------- PRNG (fixed seed per record key)
const BASE_SEED = 0x25a0b1;
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function seedOf(key) {
  let h = 0x811c9dc5;
  for (const ch of key) { h ^= ch.codePointAt(0); h = Math.imul(h, 0x01000193) >>> 0; }
  return (h ^ BASE_SEED) >>> 0;
}
const makePick = (key) => { const r = mulberry32(seedOf(key)); return (arr) => arr[Math.floor(r() * arr.length)]; };

// ---------------------------------------------------------------- encoders (generator side)
const HOMO = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456',
  A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041d', K: '\u041a', M: '\u041c', B: '\u0412', X: '\u0425' };
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];
const ENCODE = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13: (s) => s.replace(/[A-Za-z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }),
  percent: (s) => encodeURIComponent(s),
  reverse: (s) => [...s].reverse().join(''),
  decimal: (s) => [...s].map((c) => c.codePointAt(0)).join(' '),
  entities: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
  tags: (s) => [...s].map((c) => { const n = c.codePointAt(0); if (n < 0x20 || n > 0x7e) throw new Error(`tags: non-ASCII in ${s}`); return String.fromCodePoint(0xe0000 + n); }).join(''),
  zero_width: (s) => [...s].map((c, i) => (i ? ZW[i % ZW.length] : '') + c).join(''),
  homoglyph: (s) => [...s].map((c) => HOMO[c] ?? c).join(''),
  spaced: (s) => s.split(' ').map((w) => [...w].join(' ')).join(' / '),
};

// ---------------------------------------------------------------- decoders (validator side, independent)
const UNHOMO = Object.fromEntries(Object.entries(HOMO).map(([k, v]) => [v, k]));
const DECODE = {
  base64: (s) => { if (!/^[A-Za-z0-9+/]+={0,2}$/.test(s)) throw new Error('bad base64'); const b = Buffer.from(s, 'base64'); if (b.toString('base64') !== s) throw new Error('non-canonical base64'); return b.toString('utf8'); },
  hex: (s) => { if (!/^([0-9a-f]{2})+$/.test(s)) throw new Error('bad hex'); return Buffer.from(s, 'hex').toString('utf8'); },
  rot13: (s) => { let o = ''; for (const c of s) { const n = c.charCodeAt(0); if (n >= 65 && n <= 90) o += String.fromCharCode(65 + ((n - 52) % 26)); else if (n >= 97 && n <= 122) o += String.fromCharCode(97 + ((n - 84) % 26)); else o += c; } return o; },
  percent: (s) => decodeURIComponent(s),
  reverse: (s) => Array.from(s).reverse().join(''),
  decimal: (s) => { if (!/^\d+( \d+)*$/.test(s)) throw new Error('bad decimal'); return s.split(' ').map((n) => String.fromCodePoint(Number(n))).join(''); },
  entities: (s) => { if (!/^(&#\d+;)+$/.test(s)) throw new Error('bad entities'); return s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))); },
  tags: (s) => Array.from(s).map((c) => { const n = c.codePointAt(0); if (n < 0xe0020 || n > 0xe007e) throw new Error('bad tag char'); return String.fromCharCode(n - 0xe0000); }).join(''),
  zero_width: (s) => s.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, ''),
  homoglyph: (s) => Array.from(s).map((c) => UNHOMO[c] ?? c).join(''),
  spaced: (s) => s.split(' / ').map((w) => w.split(' ').join('')).join(' '),
};

// ---------------------------------------------------------------- item normalisation
function resolveEnc(text, parts, enc, where) {
  if (!enc) {
    for (const t of [text, ...(parts ?? [])]) if (t && t.includes('{ENC}')) throw new Error(`${where}: {ENC} without enc`);
    return { text, parts, enc: null };
  }
  const encoded = ENCODE[enc.kind](enc.plain);
  const sub = (t) => (t && t.includes('{ENC}') ? t.replace('{ENC}', () => encoded) : t);
  return { text: sub(text), parts: parts ? parts.map(sub) : parts, enc: { kind: enc.kind, plain: enc.plain, encoded } };
}

const attackItems = [];
for (const t of TECHNIQUES) {
  const [file, list] = ATTACKS_A[t] ? ['blind25a_attacks_a.mjs', ATTACKS_A[t]] : ['blind25a_attacks_b.mjs', ATTACKS_B[t]];
  list.forEach(([lang, style, goal, text, extra = {}], i) => {
    const where = `${file}#${t}[${i}]`;
    const r = resolveEnc(text, extra.parts, extra.enc, where);
    attackItems.push({ family: 'injection', label: 'attack', technique: t, lang, style, goal, ...r, source: `handwritten:${where}` });
  });
}
const lookItems = [];
for (const f of FAMILIES) {
  const [file, list] = LOOKALIKES_A[f] ? ['blind25a_lookalikes_a.mjs', LOOKALIKES_A[f]] : ['blind25a_lookalikes_b.mjs', LOOKALIKES_B[f] ?? []];
  list.forEach(([lang, text, extra = {}], i) => {
    const where = `${file}#${f}[${i}]`;
    const r = resolveEnc(text, extra.parts, extra.enc, where);
    lookItems.push({ family: 'injection', label: 'benign', technique: f, lang, style: r.enc ? 'obf' : 'plain', goal: 'none', ...r, source: `handwritten:${where}` });
  });
}
const harmItems = [];
for (const c of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    (HARMFUL[c]?.[label] ?? []).forEach(([lang, text], i) => {
      harmItems.push({ family: 'harmful', label, technique: c, lang, style: 'plain', goal: 'none', text, parts: undefined, enc: null,
        source: `handwritten:blind25a_harmful.mjs#${c}.${label}[${i}]` });
    });
  }
}
const longAttackDocs = LONG_ATTACKS.map((d, i) => ({ family: 'injection', label: 'attack', technique: d.technique, lang: d.lang,
  style: d.style, goal: d.goal, ...resolveEnc(d.text, undefined, d.enc, `long#A${i}`), before: d.before, after: d.after,
  source: `handwritten:blind25a_long.mjs#LONG_ATTACKS[${i}]` }));
const longLookDocs = LONG_LOOKALIKES.map((d, i) => ({ family: 'injection', label: 'benign', technique: d.family, lang: d.lang,
  style: d.enc ? 'obf' : 'plain', goal: 'none', ...resolveEnc(d.text, undefined, d.enc, `long#B${i}`), before: d.before, after: d.after,
  source: `handwritten:blind25a_long.mjs#LONG_LOOKALIKES[${i}]` }));

// ---------------------------------------------------------------- rendering
function fillerPool(lang) {
  const base = FILLER_LANG[lang] ?? lang;
  return [...(FILLERS[base] ?? []), ...(base === 'en' ? [] : FILLERS.en)];
}
const payloadOf = (item) => (item.parts ? item.parts[0] : item.text);
const slotOf = (hidden) => (hidden ? 'hidden' : 'main');
function measure(fields, needle) {
  const joined = fields.join('\n');
  const idx = joined.indexOf(needle);
  return { joined, idx, centre: idx < 0 ? -1 : (idx + needle.length / 2) / joined.length };
}

function renderItem(item, carrier, long, hidden, key) {
  const car = CARRIERS[carrier];
  const pay = payloadOf(item);
  const aux = item.parts ? item.parts[1] : null;
  const needle = car.esc(pay, slotOf(hidden));
  const pool = fillerPool(item.lang);
  let used = 0;
  const take = () => { if (used >= pool.length) throw new Error(`${key}: filler pool exhausted`); return pool[used++]; };
  const pre = []; const post = [];
  if (long) { pre.push(take()); post.push(take()); }
  for (;;) {
    const fields = car.render({ pre, pay, post, hidden, aux, pick: makePick(key) });
    if (!long) return fields;
    const { joined, centre } = measure(fields, needle);
    if (joined.length >= 800 && centre >= 0.2 && centre <= 0.8) return fields;
    if (centre < 0.2) pre.push(take());
    else if (centre > 0.8) post.push(take());
    else (pre.length <= post.length ? pre : post).push(take());
  }
}

const isLongPos = (r) => r % 7 === 2 || r % 7 === 5;
const built = []; // {rec, item, carrier, long, longDoc, hidden}

function addList(items, hiddenOf) {
  items.forEach((item, i) => {
    for (let k = 0; k < 2; k++) {
      const r = 2 * i + k;
      const carrier = CARRIER_ORDER[r % CARRIER_ORDER.length];
      const long = isLongPos(r);
      const hidden = hiddenOf(item);
      const key = `${SET}|${item.source}|${k}`;
      const fields = renderItem(item, carrier, long, hidden, key);
      built.push({ item, carrier, long, longDoc: false, hidden, fields,
        method: `carrier=${carrier}; long=${long ? 1 : 0}; hidden=${hidden ? 1 : 0}; style=${item.style}; goal=${item.goal}; enc=${item.enc ? item.enc.kind : 'none'}; split=${item.parts ? 1 : 0}` });
    }
  });
}
function addLongDocs(docs) {
  docs.forEach((doc, j) => {
    const carrier = LONG_CARRIERS[j % LONG_CARRIERS.length];
    const hidden = doc.technique === 'hidden_text';
    const fields = CARRIERS[carrier].render({ pre: doc.before, pay: doc.text, post: doc.after, hidden, aux: null,
      pick: makePick(`${SET}|${doc.source}`) });
    built.push({ item: doc, carrier, long: false, longDoc: true, hidden, fields,
      method: `carrier=${carrier}; longdoc=1; hidden=${hidden ? 1 : 0}; style=${doc.style}; goal=${doc.goal}; enc=${doc.enc ? doc.enc.kind : 'none'}; split=0` });
  });
}

addList(attackItems, (it) => it.technique === 'hidden_text');
addLongDocs(longAttackDocs);
addList(lookItems, (it) => HIDDEN_LOOKALIKES.has(it.technique));
addLongDocs(longLookDocs);
addList(harmItems, () => false);

let seq = 0;
for (const b of built) {
  const it = b.item;
  seq += 1;
  b.rec = { id: `${SET}-${it.family}-${it.label}-${it.technique}-${String(seq).padStart(4, '0')}`, split: SET,
    family: it.family, label: it.label, technique: it.technique, lang: it.lang, carrier: b.carrier, fields: b.fields,
    source: it.source, method: b.method };
}

// ---------------------------------------------------------------- validator
const errors = [];
const err = (m) => { if (errors.length < 200) errors.push(m); };

// code-hosting / package-registry host names, stored reversed so that this file does not spell them
const BLOCK = ['buhtig', 'baltig', 'tekcubtib', 'sjmpn', 'ipyp', 'oi.setarc', 'smegybur', 'ecafgniggug', 'egrofecruos',
  'oi.rekcod', 'rekcod.buh', 'gro.tegun', 'tsigakcap', 'gro.nevam', 'grebedoc', 'eetig', 'ved.og.gkp', 'gro.gnalog.yxorp',
  'gkpnray', 'rviledsj', 'gkpnu', 'sjndc', 'gro.nadc', 'gro.snaffe', 'gro.nduolc', 'moc.hcaepaw']
  .map((s) => [...s].reverse().join(''));
const BLOCK_RE = new RegExp(BLOCK.map((s) => s.replace(/\./g, '\\.')).join('|'), 'i');
const OK_HOST = (h) => /\.(example|test|invalid)$/i.test(h) || !h.includes('.');
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s"'<>()[\]\\/?#]+)/gi)) {
    const host = m[1].replace(/[.,;:!]+$/, '').replace(/^[^@]*@/, '').replace(/:\d+$/, '');
    if (!OK_HOST(host)) err(`${where}: URL host not allowed: ${host}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!OK_HOST(m[1])) err(`${where}: e-mail domain not allowed: ${m[1]}`);
  }
  for (const m of text.matchAll(/\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*/gi)) {
    if (!/\.(example|test|invalid)$/i.test(m[0])) err(`${where}: www host not allowed: ${m[0]}`);
  }
  const b = text.match(BLOCK_RE);
  if (b) err(`${where}: registry/code-hosting name: ${b[0]}`);
}

const ID_RE = /^blind25a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const seenIds = new Set();
const seenTexts = new Map();
for (const b of built) {
  const r = b.rec; const it = b.item; const w = r.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof r[k] !== 'string' || !r[k].trim()) err(`${w}: empty ${k}`);
  }
  if (!Array.isArray(r.fields) || r.fields.length < 1 || r.fields.some((f) => typeof f !== 'string' || !f.trim())) err(`${w}: empty field`);
  if (r.split !== SET) err(`${w}: split`);
  if (!['injection', 'harmful'].includes(r.family)) err(`${w}: family ${r.family}`);
  if (!['attack', 'benign'].includes(r.label)) err(`${w}: label ${r.label}`);
  const techOk = r.family === 'harmful' ? CATEGORIES.includes(r.technique)
    : r.label === 'attack' ? TECHNIQUES.includes(r.technique) : FAMILIES.includes(r.technique);
  if (!techOk) err(`${w}: unknown technique/family/category ${r.technique}`);
  if (!CARRIER_ORDER.includes(r.carrier) || !CARRIERS[r.carrier]) err(`${w}: unknown carrier ${r.carrier}`);
  if (!LANGS.includes(r.lang)) err(`${w}: unknown lang ${r.lang}`);
  if (r.family === 'injection' && r.label === 'attack') {
    if (!STYLES.includes(it.style)) err(`${w}: style ${it.style}`);
    if (!GOALS.includes(it.goal)) err(`${w}: goal ${it.goal}`);
  }
  const m = r.id.match(ID_RE);
  if (!m || m[1] !== r.family || m[2] !== r.label || m[3] !== r.technique) err(`${w}: id inconsistent with record`);
  if (seenIds.has(r.id)) err(`${w}: duplicate id`);
  seenIds.add(r.id);
  // texts unique across the whole set (each item appears in exactly two records, long docs in one)
  const tkey = it.parts ? it.parts.join('\u241e') : it.text;
  if (!tkey || !tkey.trim()) err(`${w}: empty payload text`);
  const prev = seenTexts.get(tkey);
  if (prev && prev !== it) err(`${w}: payload text duplicated with ${prev.source}`);
  seenTexts.set(tkey, it);
  // needles
  const car = CARRIERS[r.carrier];
  if (SPLIT_KINDS.has(r.technique) !== Boolean(it.parts)) err(`${w}: split technique/parts mismatch`);
  if (it.parts) {
    if (it.parts.length !== 2 || it.parts.some((p) => !p || !p.trim())) err(`${w}: split needs two non-empty parts`);
    const na = car.esc(it.parts[0], 'main'); const nb = car.esc(it.parts[1], 'aux');
    const ia = r.fields.findIndex((f) => f.includes(na)); const ib = r.fields.findIndex((f) => f.includes(nb));
    if (ia < 0 || ib < 0) err(`${w}: split part missing (${ia}, ${ib})`);
    else if (ia === ib) err(`${w}: split parts in the same field`);
    if (r.fields.some((f) => f.includes(na) && f.includes(nb))) err(`${w}: a field holds both split parts`);
  } else {
    const nd = car.esc(it.text, slotOf(b.hidden));
    if (!r.fields.some((f) => f.includes(nd))) err(`${w}: escaped needle not found in fields`);
  }
  // encodings
  if (it.enc) {
    const { kind, plain, encoded } = it.enc;
    if (!ENC_KINDS.includes(kind)) err(`${w}: unknown encoding ${kind}`);
    if (encoded === plain) err(`${w}: encoding is a no-op`);
    let dec = null;
    try { dec = DECODE[kind](encoded); } catch (e) { err(`${w}: decode failed (${kind}): ${e.message}`); }
    if (dec !== null && dec !== plain) err(`${w}: decoded ${kind} differs from plain text`);
    const holder = it.parts ? it.parts.join('\n') : it.text;
    if (!holder.includes(encoded)) err(`${w}: encoded string not in payload`);
    checkHosts(plain, `${w} (decoded)`);
  }
  for (const t of [it.text, ...(it.parts ?? [])]) if (t) checkHosts(t, `${w} (payload)`);
  r.fields.forEach((f, i) => { checkHosts(f, `${w} field ${i}`); if (f.includes('{ENC}')) err(`${w}: unresolved {ENC}`); });
  // length / position
  const needle = car.esc(payloadOf(it), slotOf(b.hidden));
  const { joined, idx, centre } = measure(r.fields, needle);
  if (b.long && (joined.length < 800 || centre < 0.2 || centre > 0.8)) err(`${w}: long record ${joined.length} chars, centre ${centre.toFixed(3)}`);
  if (b.longDoc) {
    const left = idx; const right = joined.length - (idx + needle.length);
    if (joined.length < 1500 || left < 500 || right < 500 || centre < 0.3 || centre > 0.7) {
      err(`${w}: long document ${joined.length} chars, left ${left}, right ${right}, centre ${centre.toFixed(3)}`);
    }
  }
}

// quiet payloads: phrased as policy or workflow, without the usual trigger words
const TRIGGER_CI = /ignor|disregard|instru|prompt|assistant|asistent|assistent|asystent|agent|\bagen\b|model|jailbreak|override|forget|olvid|vergiss|\bbot\b|игнор|ігнор|ассистент|асистент|アシスタント|エージェント|助手|忽略|無視|무시|어시스턴트|에이전트|trợ lý|bỏ qua|abaikan|المساعد|تجاهل|הוראה|עוזר|התעלם|सहायक|एजेंट|निर्देश|πράκτορ|βοηθ|αγνόη|pokyn/iu;
const TRIGGER_CS = /(?<!\p{L})(AI|KI|IA|YZ|LLM|ИИ|ШІ|DAN)(?!\p{L})/u;
for (const it of [...attackItems, ...longAttackDocs]) {
  if (it.style !== 'quiet') continue;
  for (const t of [it.text, ...(it.parts ?? [])]) {
    if (!t) continue;
    const m = t.match(TRIGGER_CI) ?? t.match(TRIGGER_CS);
    if (m) err(`${it.source}: quiet payload contains trigger word "${m[0]}"`);
  }
}

// set-level checks
const inj = built.filter((b) => b.rec.family === 'injection');
const injA = inj.filter((b) => b.rec.label === 'attack');
const injB = inj.filter((b) => b.rec.label === 'benign');
for (const t of TECHNIQUES) {
  const n = attackItems.filter((x) => x.technique === t).length;
  if (n < 30) err(`technique ${t}: only ${n} payloads`);
}
const famCounts = Object.fromEntries(FAMILIES.map((f) => [f, lookItems.filter((x) => x.technique === f).length]));
const bigFams = Object.values(famCounts).filter((n) => n >= 10).length;
if (bigFams < 20) err(`only ${bigFams} look-alike families with >= 10 texts`);
for (const [f, n] of Object.entries(famCounts)) if (n < 10) err(`family ${f}: only ${n} texts`);
for (const c of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    const texts = harmItems.filter((x) => x.technique === c && x.label === label).map((x) => x.text);
    if (texts.length !== 12 || new Set(texts).size !== 12) err(`harmful ${c}/${label}: ${texts.length} texts, ${new Set(texts).size} distinct`);
  }
}
const allRecs = built.map((b) => b.rec);
const baseLangs = new Set(allRecs.flatMap((r) => r.lang.split('-')));
if (baseLangs.size < 18) err(`only ${baseLangs.size} languages`);
const nonEn = allRecs.filter((r) => r.lang !== 'en').length / allRecs.length;
if (nonEn < 0.5) err(`non-English share ${nonEn.toFixed(3)} < 0.5`);
const share = (list, c) => list.filter((b) => b.carrier === c).length / list.length;
const carrierDiff = {};
for (const c of CARRIER_ORDER) {
  const d = Math.abs(share(injA, c) - share(injB, c));
  carrierDiff[c] = d;
  if (d > 0.02) err(`carrier ${c}: attack/look-alike share differs by ${d.toFixed(4)}`);
}
if (Object.keys(CARRIERS).length < 17 || CARRIER_ORDER.length !== Object.keys(CARRIERS).length) err('carrier list incomplete');

if (errors.length) {
  console.error(`${SET}: ${errors.length} violation(s); nothing written.`);
  for (const e of errors) console.error('  - ' + e);
  process.exit(1);
}

// ---------------------------------------------------------------- composition
const count = (list, fn) => { const o = {}; for (const x of list) { const k = fn(x); o[k] = (o[k] ?? 0) + 1; } return o; };
const fmt = (o) => Object.entries(o).sort((a, b) => (b[1] - a[1]) || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
const lines = [];
lines.push(`${SET}: ${allRecs.length} records`);
lines.push(`injection attack: ${attackItems.length} payloads x 2 carriers = ${injA.filter((b) => !b.longDoc).length} records + ${longAttackDocs.length} long documents = ${injA.length}`);
lines.push(`  techniques (payloads): ${TECHNIQUES.map((t) => `${t} ${attackItems.filter((x) => x.technique === t).length}`).join(', ')}`);
lines.push(`  style (payloads): ${fmt(count(attackItems, (x) => x.style))}`);
lines.push(`  goals (payloads): ${fmt(count(attackItems, (x) => x.goal))}`);
lines.push(`  encodings (payloads): ${fmt(count(attackItems.filter((x) => x.enc), (x) => x.enc.kind))}`);
lines.push(`  long documents: ${fmt(count(longAttackDocs, (x) => x.technique))}`);
lines.push(`injection look-alike: ${lookItems.length} texts x 2 carriers = ${injB.filter((b) => !b.longDoc).length} records + ${longLookDocs.length} long documents = ${injB.length}`);
lines.push(`  families (${FAMILIES.length}): ${FAMILIES.map((f) => `${f} ${famCounts[f]}`).join(', ')}`);
lines.push(`  long documents: ${fmt(count(longLookDocs, (x) => x.technique))}`);
lines.push(`harmful: ${harmItems.length} texts x 2 carriers = ${built.filter((b) => b.rec.family === 'harmful').length} records (${CATEGORIES.map((c) => `${c} 12+12`).join(', ')})`);
lines.push(`long records (>= 800 chars, by position): attack ${injA.filter((b) => b.long).length}, look-alike ${injB.filter((b) => b.long).length}, harmful ${built.filter((b) => b.rec.family === 'harmful' && b.long).length}`);
lines.push(`carriers (${CARRIER_ORDER.length}), injection attack/look-alike records: ${CARRIER_ORDER.map((c) => `${c} ${injA.filter((b) => b.carrier === c).length}/${injB.filter((b) => b.carrier === c).length}`).join(', ')}`);
lines.push(`  max carrier share difference: ${Math.max(...Object.values(carrierDiff)).toFixed(4)}`);
lines.push(`languages (${baseLangs.size} base languages; a code-switched tag such as hi-en counts both): ${fmt(count(allRecs, (r) => r.lang))}`);
lines.push(`code-switched records: ${allRecs.filter((r) => r.lang.includes('-')).length}`);
lines.push(`non-English records: ${(nonEn * 100).toFixed(1)}%`);
console.log(lines.join('\n'));

if (!CHECK_ONLY) {
  writeFileSync(OUT, allRecs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`wrote ${OUT}`);
}
