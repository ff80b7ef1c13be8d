#!/usr/bin/env node
// blind28a_generate.mjs — generator and validator for the blind28a held-out set.
// Node 20 built-ins only; fixed-seed PRNG; byte-identical output on every run.
// Usage: node test/eval/injection/blind28a_generate.mjs
// Builds every record in memory, validates the whole set, and only then writes
// blind28a.jsonl next to this file. Any violation: errors on stderr, exit 1,
// nothing written.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_DEFS, LANGS } from './blind28a_carriers.mjs';
import { FILLERS } from './blind28a_fillers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, HIDDEN_TEXT, EXFILTRATION } from './blind28a_attacks_a.mjs';
import { TOOL_COAXING, ENCODED_PAYLOAD, JAILBREAK, SPLIT_PAYLOAD } from './blind28a_attacks_b.mjs';
import { LOOKALIKES_A } from './blind28a_lookalikes_a.mjs';
import { LOOKALIKES_B } from './blind28a_lookalikes_b.mjs';
import { HARMFUL } from './blind28a_harmful.mjs';
import { LONG_CARRIERS, LONG_ATTACKS, LONG_BENIGN } from './blind28a_long.mjs';

const SET = 'blind28a';
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, `${SET}.jsonl`);

// ---------------------------------------------------------------- PRNG
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
const rng = mulberry32(0x28a2026);
function shuffled(a) {
  const b = a.slice();
  for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; }
  return b;
}

// ---------------------------------------------------------------- encodings
const HG = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і', y: 'у', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', H: 'Н', K: 'К', M: 'М', T: 'Т', B: 'В', X: 'Х' };
const HGR = Object.fromEntries(Object.entries(HG).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[A-Za-z]/g, (ch) => {
  const b = ch <= 'Z' ? 65 : 97;
  return String.fromCharCode(((ch.charCodeAt(0) - b + 13) % 26) + b);
});
const ENC = {
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (s) => Buffer.from(s, 'base64').toString('utf8') },
  hex: { enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (s) => Buffer.from(s, 'hex').toString('utf8') },
  rot13: { enc: rot13, dec: rot13 },
  pct: { enc: (s) => Array.from(Buffer.from(s, 'utf8')).map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''), dec: (s) => decodeURIComponent(s) },
  url: { enc: (s) => encodeURIComponent(s), dec: (s) => decodeURIComponent(s) },
  reverse: { enc: (s) => Array.from(s).reverse().join(''), dec: (s) => Array.from(s).reverse().join('') },
  uesc: { enc: (s) => Array.from({ length: s.length }, (_, i) => `\\u${s.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''), dec: (s) => JSON.parse(`"${s}"`) },
  ent: { enc: (s) => Array.from(s).map((ch) => `&#x${ch.codePointAt(0).toString(16)};`).join(''), dec: (s) => s.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))) },
  tags: { enc: (s) => Array.from(s).map((ch) => String.fromCodePoint(0xe0000 + ch.charCodeAt(0))).join(''), dec: (s) => Array.from(s).map((ch) => String.fromCharCode(ch.codePointAt(0) - 0xe0000)).join('') },
  zw: { enc: (s) => Array.from(s).join('\u200b'), dec: (s) => s.replace(/\u200b/g, '') },
  homoglyph: { enc: (s) => s.replace(/[aeopcxiyAEOPCHKMTBX]/g, (ch) => HG[ch]), dec: (s) => Array.from(s).map((ch) => HGR[ch] || ch).join('') },
};

// ---------------------------------------------------------------- vocabularies
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const ATTACK_LISTS = [
  ['instruction_override', INSTRUCTION_OVERRIDE, 'blind28a_attacks_a.mjs'],
  ['role_token', ROLE_TOKEN, 'blind28a_attacks_a.mjs'],
  ['hidden_text', HIDDEN_TEXT, 'blind28a_attacks_a.mjs'],
  ['exfiltration', EXFILTRATION, 'blind28a_attacks_a.mjs'],
  ['tool_coaxing', TOOL_COAXING, 'blind28a_attacks_b.mjs'],
  ['encoded_payload', ENCODED_PAYLOAD, 'blind28a_attacks_b.mjs'],
  ['jailbreak', JAILBREAK, 'blind28a_attacks_b.mjs'],
  ['split_payload', SPLIT_PAYLOAD, 'blind28a_attacks_b.mjs'],
];
const LOOK_LISTS = [
  ...Object.entries(LOOKALIKES_A).map(([f, l]) => [f, l, 'blind28a_lookalikes_a.mjs']),
  ...Object.entries(LOOKALIKES_B).map(([f, l]) => [f, l, 'blind28a_lookalikes_b.mjs']),
];
const FAMILIES = LOOK_LISTS.map(([f]) => f);
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const MIXED = new Set(LANGS.filter((l) => l.includes('-')));

// ---------------------------------------------------------------- payloads
const longestLine = (s) => s.split('\n').reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
function prepare(item) {
  if (item.parts) {
    return { kind: 'split', parts: item.parts, needles: item.parts.map((p) => longestLine(p)), key: item.parts.join(' || ') };
  }
  if (item.enc) {
    const e = ENC[item.enc].enc(item.plain);
    return { kind: 'enc', text: `${item.lead}${e}${item.tail || ''}`, needles: [e], enc: { name: item.enc, encoded: e, plain: item.plain }, key: `${item.lead}${item.plain}` };
  }
  return { kind: 'text', text: item.text, hidden: !!(item.hide || item.hidden), needles: [item.needle || longestLine(item.text)], key: item.text };
}

const fillerBase = (lang) => ({ 'de-en': 'de', 'es-en': 'es', 'zh-en': 'zh' }[lang] || lang.split('-')[0]);
function fillers(lang) {
  const own = shuffled(FILLERS[fillerBase(lang)] || []);
  const en = shuffled(FILLERS.en);
  const pool = [...own, ...en.filter((p) => !own.includes(p))];
  const take = () => { const out = []; let n = 0; while (n < 420 && pool.length) { const p = pool.shift(); out.push(p); n += p.length; } return out; };
  const pre = take();
  const post = take();
  return { pre, post };
}

// ---------------------------------------------------------------- records
const records = [];
const metas = [];
const idCount = new Map();
function nextId(family, label, technique) {
  const k = `${family}-${label}-${technique}`;
  const n = (idCount.get(k) || 0) + 1;
  idCount.set(k, n);
  return `${SET}-${k}-${String(n).padStart(4, '0')}`;
}

function emit({ family, label, technique, lang, carrier, p, k, path, long, longdoc, pre, post, source, method }) {
  const def = CARRIER_DEFS[carrier];
  const c = {
    text: p.kind === 'split' ? null : p.text, parts: p.kind === 'split' ? p.parts : null,
    hidden: !!p.hidden, pre: pre || [], post: post || [], lang, n: k, rng, path,
  };
  const fields = def.render(c);
  const rec = { id: nextId(family, label, technique), split: SET, family, label, technique, lang, carrier, fields, source, method };
  records.push(rec);
  metas.push({ p, esc: p.hidden && def.escHidden ? def.escHidden : def.esc, long: !!long, longdoc: !!longdoc, listKind: family === 'injection' ? label : 'harmful' });
}

function methodFor(item, p, extra) {
  let m;
  if (p.kind === 'split') m = `split:${item.style || 'benign'}`;
  else if (p.kind === 'enc') m = `${item.style || 'lookalike'}:${item.enc}`;
  else if (p.hidden) m = `${item.style}:carrier`;
  else m = item.style || 'lookalike';
  return m + extra;
}

// injection attacks: every payload in two carriers, carrier and long flag by position
{
  let k = 0;
  for (const [technique, list, file] of ATTACK_LISTS) {
    for (const item of list) {
      const p = prepare(item);
      for (let j = 0; j < 2; j++, k++) {
        const carrier = CARRIERS[k % CARRIERS.length];
        const long = k % 5 === 2;
        const f = long ? fillers(item.lang) : { pre: [], post: [] };
        emit({ family: 'injection', label: 'attack', technique, lang: item.lang, carrier, p, k, long, pre: f.pre, post: f.post, source: `hand-written:${file}`, method: methodFor(item, p, long ? '+long' : '') });
      }
    }
  }
  LONG_ATTACKS.forEach((d, i) => {
    const p = prepare(d);
    emit({ family: 'injection', label: 'attack', technique: d.technique, lang: d.lang, carrier: LONG_CARRIERS[i], p, k: 1000 + i, path: d.path, longdoc: true, pre: d.head, post: d.tail, source: 'hand-written:blind28a_long.mjs', method: methodFor(d, p, '+longdoc') });
  });
}

// injection look-alikes: same scheme, own position counter
{
  let k = 0;
  for (const [family, list, file] of LOOK_LISTS) {
    for (const item of list) {
      const p = prepare(item);
      const it = { ...item, style: item.parts ? 'benign' : 'lookalike' };
      for (let j = 0; j < 2; j++, k++) {
        const carrier = CARRIERS[k % CARRIERS.length];
        const long = k % 5 === 2;
        const f = long ? fillers(item.lang) : { pre: [], post: [] };
        emit({ family: 'injection', label: 'benign', technique: family, lang: item.lang, carrier, p, k, long, pre: f.pre, post: f.post, source: `hand-written:${file}`, method: methodFor(it, p, long ? '+long' : '') });
      }
    }
  }
  LONG_BENIGN.forEach((d, i) => {
    const p = prepare(d);
    emit({ family: 'injection', label: 'benign', technique: d.family, lang: d.lang, carrier: LONG_CARRIERS[i], p, k: 2000 + i, path: d.path, longdoc: true, pre: d.head, post: d.tail, source: 'hand-written:blind28a_long.mjs', method: 'lookalike+longdoc' });
  });
}

// harmful: 12 + 12 per category, each in two carriers by position; only carriers
// where people write messages to each other (a request in a CI file would be odd)
const HARMFUL_CARRIERS = ['chat', 'email', 'email_thread', 'ticket', 'web', 'search', 'mcp', 'doc_comments', 'crm', 'transcript', 'json', 'rag'];
{
  let k = 0;
  for (const cat of CATEGORIES) {
    for (const label of ['attack', 'benign']) {
      for (const item of HARMFUL[cat][label]) {
        const p = prepare(item);
        for (let j = 0; j < 2; j++, k++) {
          emit({ family: 'harmful', label, technique: cat, lang: item.lang, carrier: HARMFUL_CARRIERS[k % HARMFUL_CARRIERS.length], p, k: 3000 + k, source: 'hand-written:blind28a_harmful.mjs', method: label === 'attack' ? 'harmful-request' : 'benign-discussion' });
        }
      }
    }
  }
}

// ---------------------------------------------------------------- validator
const errors = [];
const err = (rec, msg) => errors.push(`${rec ? rec.id : '(set)'}: ${msg}`);
const ALLOWED_KEYS = ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'fields', 'source', 'method'];
const ID_RE = /^blind28a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
// Package-registry and code-hosting names that must not appear anywhere. The pattern is
// stored base64-encoded so that this file itself does not spell out those host names.
const BANNED = new RegExp(Buffer.from('Z2l0aHVifGdpdGxhYnxiaXRidWNrZXR8bnBtanN8cHlwaXxjcmF0ZXNcLmlvfHJ1YnlnZW1zfG51Z2V0fHBhY2thZ2lzdHxkb2NrZXJcLmlvfGh1YlwuZG9ja2VyfGh1Z2dpbmdmYWNlfHNvdXJjZWZvcmdlfGNvZGViZXJnfG1hdmVuXC5vcmd8cGtnXC5nb1wuZGV2fHByb3h5XC5nb2xhbmd8eWFybnBrZ3xhbmFjb25kYVwub3JnfGNvY29hcG9kc3xoZXhcLnBtfHB1YlwuZGV2', 'base64').toString('utf8'), 'i');
const okHost = (h) => { const x = h.toLowerCase().replace(/\.+$/, ''); return !x.includes('.') || /\.(example|test|invalid)$/.test(x); };
function hostProblems(text) {
  const bad = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^/\s"'<>?#:\\)\]]+)/gi)) if (!okHost(m[1])) bad.push(`url host ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*)(?![A-Za-z0-9-])/g)) if (!okHost(m[1])) bad.push(`mail domain ${m[1]}`);
  for (const m of text.matchAll(/\bwww\.[A-Za-z0-9.-]+/gi)) if (!okHost(m[0])) bad.push(`www host ${m[0]}`);
  for (const m of text.matchAll(/\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|io|dev|ai|app|xyz|ru|cn|info|biz|top|cloud|gov|edu)(?![A-Za-z0-9-]|\.[A-Za-z0-9])/gi)) bad.push(`public domain ${m[0]}`);
  if (BANNED.test(text)) bad.push(`registry/code-hosting name ${text.match(BANNED)[0]}`);
  return bad;
}
const centreOf = (joined, s) => { const i = joined.indexOf(s); return i < 0 ? null : (i + s.length / 2) / joined.length; };

const seenIds = new Set();
records.forEach((rec, idx) => {
  const meta = metas[idx];
  const keys = Object.keys(rec);
  if (keys.join() !== ALLOWED_KEYS.join()) err(rec, `unexpected members ${keys.join(',')}`);
  for (const key of ALLOWED_KEYS.filter((x) => x !== 'fields')) if (typeof rec[key] !== 'string' || !rec[key].trim()) err(rec, `empty ${key}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) err(rec, 'empty field');
  if (rec.split !== SET) err(rec, 'wrong split');
  if (!['injection', 'harmful'].includes(rec.family)) err(rec, `family ${rec.family}`);
  if (!['attack', 'benign'].includes(rec.label)) err(rec, `label ${rec.label}`);
  const vocab = rec.family === 'harmful' ? CATEGORIES : rec.label === 'attack' ? TECHNIQUES : FAMILIES;
  if (!vocab.includes(rec.technique)) err(rec, `unknown technique/family/category ${rec.technique}`);
  if (!CARRIERS.includes(rec.carrier)) err(rec, `carrier ${rec.carrier}`);
  if (!LANGS.includes(rec.lang)) err(rec, `lang ${rec.lang}`);
  const m = ID_RE.exec(rec.id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(rec, 'id does not match record');
  if (seenIds.has(rec.id)) err(rec, 'duplicate id');
  seenIds.add(rec.id);

  // needles: plain needle inside the payload, escaped needle inside the fields
  const p = meta.p;
  const raw = p.kind === 'split' ? p.parts : [p.text];
  const where = p.needles.map((nd, i) => {
    if (!nd || nd.length < 8 || nd.includes('\n')) err(rec, `bad needle ${JSON.stringify(nd)}`);
    if (!raw[Math.min(i, raw.length - 1)].includes(nd)) err(rec, 'needle not in payload');
    const e = meta.esc(nd);
    const hits = rec.fields.map((f, fi) => (f.includes(e) ? fi : -1)).filter((x) => x >= 0);
    if (!hits.length) err(rec, `escaped needle missing: ${nd.slice(0, 40)}`);
    return { e, hits };
  });
  if (p.kind === 'split') {
    const [a, b] = where;
    if (!a.hits.some((i) => b.hits.some((j) => j !== i))) err(rec, 'split parts not in different fields');
    if (rec.fields.some((f) => f.includes(a.e) && f.includes(b.e))) err(rec, 'a field holds both split parts');
  }

  // hosts, also inside decoded payloads (the encoded form itself is checked through its decoding)
  const texts = p.enc ? rec.fields.map((f) => f.split(meta.esc(p.enc.encoded)).join(' ')) : [...rec.fields];
  if (p.enc) {
    const d = ENC[p.enc.name].dec(p.enc.encoded);
    if (d !== p.enc.plain) err(rec, `${p.enc.name} does not decode to its plain text`);
    if (p.enc.encoded === p.enc.plain) err(rec, `${p.enc.name} is a no-op`);
    if (p.enc.name === 'tags' && !/^[\x20-\x7e]+$/.test(p.enc.plain)) err(rec, 'tag payload must be printable ASCII');
    texts.push(d);
  }
  for (const t of texts) for (const b of hostProblems(t)) err(rec, b);

  // long records and long documents
  const joined = rec.fields.join('\n');
  const centres = where.map((w) => centreOf(joined, w.e)).filter((x) => x !== null);
  const centre = centres.reduce((s, x) => s + x, 0) / (centres.length || 1);
  if (meta.long) {
    if (joined.length < 800) err(rec, `long record only ${joined.length} chars`);
    if (centre < 0.2 || centre > 0.8) err(rec, `long record payload centre ${centre.toFixed(3)}`);
  }
  if (meta.longdoc) {
    const e = where[0].e, i = joined.indexOf(e);
    if (joined.length < 1500) err(rec, `long document only ${joined.length} chars`);
    if (centre < 0.3 || centre > 0.7) err(rec, `long document payload centre ${centre.toFixed(3)}`);
    if (i < 500 || joined.length - (i + e.length) < 500) err(rec, `long document sides ${i} / ${joined.length - (i + e.length)}`);
  }
});

// set-level checks
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    const texts = new Set(HARMFUL[cat][label].map((x) => x.text));
    if (texts.size !== 12) err(null, `harmful ${cat}/${label}: ${texts.size} distinct texts, want 12`);
    const recs = records.filter((r) => r.family === 'harmful' && r.technique === cat && r.label === label).length;
    if (recs !== 24) err(null, `harmful ${cat}/${label}: ${recs} records`);
  }
}
const distinct = (pred) => {
  const m = new Map();
  records.forEach((r, i) => { if (pred(r)) { const s = m.get(r.technique) || new Set(); s.add(metas[i].p.key); m.set(r.technique, s); } });
  return m;
};
const techPayloads = distinct((r) => r.family === 'injection' && r.label === 'attack');
for (const t of TECHNIQUES) if ((techPayloads.get(t) || new Set()).size < 30) err(null, `technique ${t}: only ${(techPayloads.get(t) || new Set()).size} payloads`);
const famTexts = distinct((r) => r.family === 'injection' && r.label === 'benign');
const bigFamilies = [...famTexts.entries()].filter(([, s]) => s.size >= 10);
if (bigFamilies.length < 20) err(null, `only ${bigFamilies.length} look-alike families with >= 10 texts`);
const langs = new Set(records.map((r) => r.lang));
const baseLangs = new Set([...langs].filter((l) => !MIXED.has(l)));
if (baseLangs.size < 18) err(null, `only ${baseLangs.size} languages`);
const nonEn = records.filter((r) => r.lang !== 'en').length / records.length;
if (nonEn < 0.5) err(null, `non-English share ${nonEn.toFixed(3)}`);
const share = (label) => {
  const rs = records.filter((r) => r.family === 'injection' && r.label === label);
  return Object.fromEntries(CARRIERS.map((c) => [c, rs.filter((r) => r.carrier === c).length / rs.length]));
};
const sa = share('attack'), sb = share('benign');
let maxDiff = 0;
for (const c of CARRIERS) maxDiff = Math.max(maxDiff, Math.abs(sa[c] - sb[c]));
if (maxDiff > 0.02) err(null, `carrier share difference ${maxDiff.toFixed(4)}`);

if (errors.length) {
  process.stderr.write(`${SET}: ${errors.length} validation error(s); nothing written\n${errors.slice(0, 200).join('\n')}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------- write + composition
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

const count = (pred) => records.filter(pred).length;
const inj = (label) => (r) => r.family === 'injection' && r.label === label;
const lines = [];
lines.push(`${SET}: ${records.length} records -> ${OUT.split('/').slice(-4).join('/')}`);
lines.push(`injection attack: ${count(inj('attack'))} records (${[...techPayloads.values()].reduce((s, x) => s + x.size, 0)} payloads incl. ${LONG_ATTACKS.length} long documents; ${count((r, i) => inj('attack')(r) && metas[records.indexOf(r)].long)} long records)`);
for (const t of TECHNIQUES) lines.push(`  ${t.padEnd(22)} payloads ${String(techPayloads.get(t).size).padStart(3)}  records ${String(count((r) => inj('attack')(r) && r.technique === t)).padStart(3)}`);
const benignPayloads = [...famTexts.values()].reduce((s, x) => s + x.size, 0);
lines.push(`injection benign look-alikes: ${count(inj('benign'))} records (${benignPayloads} texts incl. ${LONG_BENIGN.length} long documents; ${FAMILIES.length} families)`);
for (const f of FAMILIES) lines.push(`  ${f.padEnd(22)} texts ${String(famTexts.get(f).size).padStart(3)}  records ${String(count((r) => inj('benign')(r) && r.technique === f)).padStart(3)}`);
lines.push(`harmful: ${count((r) => r.family === 'harmful' && r.label === 'attack')} attack + ${count((r) => r.family === 'harmful' && r.label === 'benign')} benign records (12 + 12 texts per category x 2 carriers)`);
for (const c of CATEGORIES) lines.push(`  ${c.padEnd(22)} attack ${count((r) => r.family === 'harmful' && r.technique === c && r.label === 'attack')}  benign ${count((r) => r.family === 'harmful' && r.technique === c && r.label === 'benign')}`);
const longRecs = metas.filter((m) => m.long).length, longDocs = metas.filter((m) => m.longdoc).length;
lines.push(`long records (>= 800 chars, by position): ${longRecs}; long documents (>= 1500 chars): ${longDocs}`);
const styles = new Map();
records.forEach((r) => { if (inj('attack')(r)) { const s = r.method.replace(/\+.*$/, '').replace(/:.*$/, '').replace('split', 'split'); styles.set(s, (styles.get(s) || 0) + 1); } });
const quietish = records.filter((r) => inj('attack')(r) && /quiet/.test(r.method)).length;
const hiddenish = records.filter((r) => inj('attack')(r) && /^(hidden|encoded)/.test(r.method)).length;
lines.push(`attack styles: ${[...styles.entries()].map(([s, n]) => `${s} ${n}`).join(', ')}; quiet ${(quietish / count(inj('attack'))).toFixed(2)}, hidden/encoded ${(hiddenish / count(inj('attack'))).toFixed(2)}, split ${(count((r) => inj('attack')(r) && r.technique === 'split_payload') / count(inj('attack'))).toFixed(2)}`);
const langCounts = new Map();
records.forEach((r) => langCounts.set(r.lang, (langCounts.get(r.lang) || 0) + 1));
lines.push(`languages: ${baseLangs.size} + ${[...langs].filter((l) => MIXED.has(l)).length} code-switched; non-English records ${(nonEn * 100).toFixed(1)}%`);
lines.push(`  ${[...langCounts.entries()].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ')}`);
lines.push(`carriers (${CARRIERS.length}): max share difference attack vs look-alike ${maxDiff.toFixed(4)}`);
lines.push(`  ${CARRIERS.map((c) => `${c} ${count((r) => r.carrier === c)}`).join(', ')}`);
process.stdout.write(lines.join('\n') + '\n');
