#!/usr/bin/env node
// blind31a generator + validator (held-out set, mixed sources).
// Usage: node test/eval/injection/blind31a_generate.mjs
// Node 20 built-ins only. Deterministic (fixed-seed PRNG): the output is byte-identical on every
// run. Everything is built and validated in memory first; on any violation the script prints the
// problems, exits 1 and writes nothing. On success it writes blind31a.jsonl next to this file and
// prints the composition.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS } from './blind31a_carriers.mjs';
import { FILLERS } from './blind31a_fillers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, HIDDEN_TEXT, EXFILTRATION } from './blind31a_attacks_a.mjs';
import { TOOL_COAXING, ENCODED_PAYLOAD, JAILBREAK, SPLIT_PAYLOAD } from './blind31a_attacks_b.mjs';
import { LOOKALIKES_A } from './blind31a_lookalikes_a.mjs';
import { LOOKALIKES_B } from './blind31a_lookalikes_b.mjs';
import { HARMFUL } from './blind31a_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './blind31a_long.mjs';

const SET = 'blind31a';
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, `${SET}.jsonl`);
const SEED = 0x31a0c0de;

// ------------------------------------------------------------------ vocabularies
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const LOOKALIKE_FAMILIES = [...Object.keys(LOOKALIKES_A), ...Object.keys(LOOKALIKES_B)];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'zh', 'ja', 'ko', 'vi', 'id', 'hi', 'sv', 'tl'];
const GOALS = ['forward_mail', 'share_doc', 'send_money', 'purchase', 'change_settings', 'exfil_contacts', 'exfil_history', 'exfil_memory', 'exfil_files', 'persist', 'mislead', 'call_tool'];
const HIDE = ['html_comment', 'white_text', 'zero_font', 'alt_text', 'display_none', 'offscreen', 'title_attr', 'meta_tag', 'hidden_input', 'zero_width', 'zw_binary', 'unicode_tags'];
const CARRIER_NAMES = CARRIERS.map((c) => c.name);
const SPLIT_TECHS = new Set(['split_payload', 'split_lookalike']);

// ------------------------------------------------------------------ PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------------ encodings (encode + decode)
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function b32enc(s) {
  const bytes = Buffer.from(s, 'utf8'); let bits = 0, val = 0, out = '';
  for (const b of bytes) { val = (val << 8) | b; bits += 8; while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; } }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}
function b32dec(s) {
  const clean = s.replace(/=+$/, ''); let bits = 0, val = 0; const out = [];
  for (const ch of clean) { const i = B32.indexOf(ch); if (i < 0) throw new Error('bad base32'); val = (val << 5) | i; bits += 5; if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; } }
  return Buffer.from(out).toString('utf8');
}
const rot13 = (s) => s.replace(/[a-z]/gi, (ch) => { const b = ch <= 'Z' ? 65 : 97; return String.fromCharCode(((ch.charCodeAt(0) - b + 13) % 26) + b); });
const ZW = /[\u200b\u200c\u200d\u2060\ufeff]/g;
const ENC = {
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (b) => Buffer.from(b, 'base64').toString('utf8') },
  hex: { enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (b) => Buffer.from(b, 'hex').toString('utf8') },
  base32: { enc: b32enc, dec: b32dec },
  rot13: { enc: rot13, dec: rot13 },
  url: { enc: (s) => [...Buffer.from(s, 'utf8')].map((x) => '%' + x.toString(16).toUpperCase().padStart(2, '0')).join(''), dec: (b) => decodeURIComponent(b) },
  reverse: { enc: (s) => [...s].reverse().join(''), dec: (b) => [...b].reverse().join('') },
  html_entities: { enc: (s) => [...s].map((ch) => `&#x${ch.codePointAt(0).toString(16)};`).join(''), dec: (b) => b.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))) },
  unicode_escape: { enc: (s) => [...s].map((ch) => { const u = ch.codePointAt(0); return u > 0xffff ? ch.split('').map((x) => '\\u' + x.charCodeAt(0).toString(16).padStart(4, '0')).join('') : '\\u' + u.toString(16).padStart(4, '0'); }).join(''), dec: (b) => JSON.parse('"' + b + '"') },
  zero_width: { enc: (s) => [...s].join('\u200b'), dec: (b) => b.replace(ZW, '') },
  zw_binary: { enc: (s) => [...Buffer.from(s, 'utf8')].map((x) => x.toString(2).padStart(8, '0').replace(/0/g, '\u200b').replace(/1/g, '\u200c')).join('\u200d'), dec: (b) => Buffer.from(b.split('\u200d').map((g) => parseInt(g.replace(/\u200b/g, '0').replace(/\u200c/g, '1'), 2))).toString('utf8') },
  unicode_tags: { enc: (s) => [...s].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join(''), dec: (b) => [...b].map((ch) => String.fromCodePoint(ch.codePointAt(0) - 0xe0000)).join('') },
};

// ------------------------------------------------------------------ payload normalisation
const cp = (s) => [...s].length;
function autoNeedle(text) {
  // The longest run without markup brackets or line breaks, cut to at most 60 code points
  // around its centre. Escaping is re-applied by the validator with the carrier's escaper.
  const runs = text.split(/[<>\n]+/).map((s) => s.trim()).filter(Boolean);
  let best = runs.reduce((a, b) => (cp(b) > cp(a) ? b : a), '');
  const chars = [...best];
  if (chars.length > 60) { const st = Math.floor((chars.length - 60) / 2); best = chars.slice(st, st + 60).join('').trim(); }
  return best;
}
function encodeInto(kind, plain, tpl) {
  const blob = ENC[kind].enc(plain);
  return { text: tpl === undefined ? blob : tpl.replace('{B}', () => blob), enc: { kind, blob, plain } };
}

function normAttack(technique, row, source) {
  const [lang, style, goal, body, opts = {}] = row;
  const p = { family: 'injection', label: 'attack', technique, lang, style, goal, cs: opts.cs || null, raw: !!opts.raw, source };
  if (technique === 'split_payload') { p.parts = body; }
  else if (technique === 'encoded_payload') { Object.assign(p, encodeInto(style.split(':')[1], body.plain, body.tpl)); }
  else if (opts.enc) {
    const e = encodeInto(opts.enc, body);
    p.text = (opts.cover || '') + e.text; p.enc = e.enc;
    if (opts.cover) p.needle = opts.cover;
  } else p.text = body;
  return p;
}
function normLookalike(family, row, source) {
  const [lang, body, opts = {}] = row;
  const p = { family: 'injection', label: 'benign', technique: family, lang, style: 'lookalike', goal: null, cs: opts.cs || null, raw: !!opts.raw, source };
  if (Array.isArray(body)) p.parts = body;
  else if (typeof body === 'object') Object.assign(p, encodeInto(body.enc, body.plain, body.tpl));
  else p.text = body;
  return p;
}
function normHarmful(category, label, row) {
  const [lang, text] = row;
  return { family: 'harmful', label, technique: category, lang, style: `harmful_${label}`, goal: null, cs: null, raw: false, text, source: `${SET}_harmful.mjs` };
}
function normLong(doc, label) {
  const p = label === 'attack'
    ? normAttack(doc.technique, [doc.lang, doc.style, doc.goal, doc.payload, doc.opts || {}], `${SET}_long.mjs`)
    : normLookalike(doc.family, [doc.lang, doc.payload, doc.opts || {}], `${SET}_long.mjs`);
  p.before = doc.before; p.after = doc.after; p.title = doc.title; p.longDoc = true;
  return p;
}
function finish(p) {
  if (p.parts) p.needles = p.parts.map(autoNeedle);
  else p.needles = [p.needle || autoNeedle(p.text)];
  return p;
}
function interleave(lists) {
  const out = []; const max = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < max; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

// ------------------------------------------------------------------ record building
function locate(fields, esc, text) {
  const e = esc(text);
  for (let i = 0, off = 0; i < fields.length; off += fields[i].length + 1, i++) {
    const k = fields[i].indexOf(e);
    if (k >= 0) return { field: i, start: off + k, end: off + k + e.length };
  }
  return null;
}
function centreOf(p, built) {
  if (p.parts) {
    const a = locate(built.fields, built.escA, p.parts[0]); const b = locate(built.fields, built.escB, p.parts[1]);
    if (!a || !b) return null;
    return { centre: ((a.start + a.end) / 2 + (b.start + b.end) / 2) / 2, start: a.start, end: b.end };
  }
  const b = locate(built.fields, built.escB, p.text);
  return b ? { centre: (b.start + b.end) / 2, start: b.start, end: b.end } : null;
}
const totalLen = (fields) => fields.join('\n').length;

function buildOne(p, carrierIdx, mode, seed) {
  const car = CARRIERS[carrierIdx];
  const a = p.parts ? p.parts[0] : null; const b = p.parts ? p.parts[1] : p.text;
  const pool = FILLERS[p.lang] || FILLERS.en;
  const fr = mulberry32(seed ^ 0x5f3759df);
  let next = Math.floor(fr() * pool.length);
  const filler = () => pool[next++ % pool.length];
  let pre = [], post = [];
  if (mode === 'doc') { pre = [p.before]; post = [p.after]; }
  if (mode === 'long') { pre = [filler(), filler()]; post = [filler(), filler()]; }
  const title = mode === 'doc' ? p.title : undefined;
  let built = car.build({ a, b, raw: p.raw, lang: p.lang, pre, post, title, r: mulberry32(seed) });
  if (mode === 'long') {
    for (let guard = 0; guard < 12; guard++) {
      const c = centreOf(p, built); if (!c) break;
      const ratio = c.centre / totalLen(built.fields);
      if (ratio < 0.32) pre = [filler(), ...pre];
      else if (ratio > 0.68) post = [...post, filler()];
      else if (totalLen(built.fields) < 900) { pre = [filler(), ...pre]; post = [...post, filler()]; }
      else break;
      built = car.build({ a, b, raw: p.raw, lang: p.lang, pre, post, title, r: mulberry32(seed) });
    }
  }
  return { carrier: car.name, ...built };
}

function methodOf(p, mode) {
  const bits = [];
  if (p.label === 'attack' && p.family === 'injection') bits.push(p.style, `goal=${p.goal}`);
  else if (p.family === 'injection') bits.push('lookalike');
  else bits.push(p.style);
  if (p.enc) bits.push(`encoding=${p.enc.kind}`);
  if (p.raw) bits.push('markup=html');
  if (p.parts) bits.push('parts=2 fields');
  if (p.cs) bits.push(`code_switch=${p.cs}`);
  if (mode === 'long') bits.push('long');
  if (mode === 'doc') bits.push('long_document');
  return bits.join('; ');
}

function generate() {
  const attacks = interleave([
    INSTRUCTION_OVERRIDE.map((r) => normAttack('instruction_override', r, `${SET}_attacks_a.mjs`)),
    ROLE_TOKEN.map((r) => normAttack('role_token', r, `${SET}_attacks_a.mjs`)),
    HIDDEN_TEXT.map((r) => normAttack('hidden_text', r, `${SET}_attacks_a.mjs`)),
    EXFILTRATION.map((r) => normAttack('exfiltration', r, `${SET}_attacks_a.mjs`)),
    TOOL_COAXING.map((r) => normAttack('tool_coaxing', r, `${SET}_attacks_b.mjs`)),
    ENCODED_PAYLOAD.map((r) => normAttack('encoded_payload', r, `${SET}_attacks_b.mjs`)),
    JAILBREAK.map((r) => normAttack('jailbreak', r, `${SET}_attacks_b.mjs`)),
    SPLIT_PAYLOAD.map((r) => normAttack('split_payload', r, `${SET}_attacks_b.mjs`)),
  ]).map(finish);
  const lookalikes = interleave([
    ...Object.entries(LOOKALIKES_A).map(([f, rows]) => rows.map((r) => normLookalike(f, r, `${SET}_lookalikes_a.mjs`))),
    ...Object.entries(LOOKALIKES_B).map(([f, rows]) => rows.map((r) => normLookalike(f, r, `${SET}_lookalikes_b.mjs`))),
  ]).map(finish);
  const harmful = interleave(CATEGORIES.flatMap((c) => [
    HARMFUL[c].attack.map((r) => normHarmful(c, 'attack', r)),
    HARMFUL[c].benign.map((r) => normHarmful(c, 'benign', r)),
  ])).map(finish);
  const longA = LONG_ATTACKS.map((d) => finish(normLong(d, 'attack')));
  const longB = LONG_BENIGN.map((d) => finish(normLong(d, 'benign')));

  const out = []; // { rec, meta }
  let n = 0; let seed = SEED;
  const emit = (p, carrierIdx, mode, list) => {
    n += 1; seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const built = buildOne(p, carrierIdx, mode, seed);
    const id = `${SET}-${p.family}-${p.label}-${p.technique}-${String(n).padStart(4, '0')}`;
    const rec = { id, split: SET, family: p.family, label: p.label, technique: p.technique, lang: p.lang, carrier: built.carrier, fields: built.fields, source: `hand-written: ${p.source}`, method: methodOf(p, mode) };
    out.push({ rec, meta: { p, mode, list, escA: built.escA, escB: built.escB } });
  };
  // Carriers and long flags depend only on the position in each list, never on the label.
  const placeList = (list, name) => list.forEach((p, i) => {
    // 7 is coprime with the 18 carriers, so long flags spread over every carrier.
    emit(p, i % CARRIERS.length, i % 7 === 2 ? 'long' : 'normal', name);
    emit(p, (5 * i + 7) % CARRIERS.length, i % 7 === 5 ? 'long' : 'normal', name);
  });
  const placeDocs = (list, name) => list.forEach((p, i) => emit(p, i % CARRIERS.length, 'doc', name));
  placeList(attacks, 'attacks'); placeDocs(longA, 'attacks');
  placeList(lookalikes, 'lookalikes'); placeDocs(longB, 'lookalikes');
  placeList(harmful, 'harmful');
  return { out, attacks, lookalikes, harmful, longA, longB };
}

// ------------------------------------------------------------------ validation
// Package-registry and code-hosting host names, stored base64-encoded so that this file never
// contains them literally; decoded at run time.
const FORBIDDEN = ['Z2l0aHViLmNvbQ==', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0aHViLmlv', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'cGtnLmdvLmRldg==', 'Z29sYW5nLm9yZw==', 'bWF2ZW4ub3Jn', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t', 'aGFja2FnZS5oYXNrZWxsLm9yZw==', 'Y3Jhbi5yLXByb2plY3Qub3Jn', 'bWV0YWNwYW4ub3Jn', 'cHViLmRldg==', 'aGV4LnBt', 'Y29jb2Fwb2RzLm9yZw==', 'YW5hY29uZGEub3Jn']
  .map((b) => Buffer.from(b, 'base64').toString('utf8'));

const hostOk = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h); };
function hostProblems(text) {
  const bad = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>]*@)?([^\s/?#:"'<>)\]\\|,;`]+)/gi)) if (!hostOk(m[1])) bad.push(`url host ${m[1]}`);
  for (const m of text.matchAll(/@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!hostOk(m[1])) bad.push(`mail domain ${m[1]}`);
  for (const m of text.matchAll(/\bwww\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/gi)) if (!hostOk('www.' + m[1])) bad.push(`www host www.${m[1]}`);
  for (const m of text.matchAll(/\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|info|biz|xyz|app|dev|ai|co|me|ru|cn|de|fr|uk|jp|br|in|es|it|nl|pl|se|kr|vn|tr|eu|us)\b/gi)) bad.push(`bare domain ${m[0]}`);
  const low = text.toLowerCase();
  for (const f of FORBIDDEN) if (low.includes(f)) bad.push('forbidden host name (registry/code hosting)');
  return bad;
}

function validate(res) {
  const errs = []; const E = (id, msg) => errs.push(`${id}: ${msg}`);
  const ids = new Set();
  for (const { rec, meta } of res.out) {
    const id = rec.id;
    for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof rec[k] !== 'string' || !rec[k].trim()) E(id, `empty ${k}`);
    if (!Array.isArray(rec.fields) || rec.fields.length < 1 || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) E(id, 'empty field');
    if (rec.split !== SET) E(id, 'split');
    if (ids.has(id)) E(id, 'duplicate id'); ids.add(id);
    const m = /^blind31a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/.exec(id);
    if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) E(id, 'id does not match record');
    if (!LANGS.includes(rec.lang)) E(id, `unknown lang ${rec.lang}`);
    if (!CARRIER_NAMES.includes(rec.carrier)) E(id, `unknown carrier ${rec.carrier}`);
    const p = meta.p;
    if (rec.family === 'injection' && rec.label === 'attack') {
      if (!TECHNIQUES.includes(rec.technique)) E(id, `unknown technique ${rec.technique}`);
      if (!GOALS.includes(p.goal)) E(id, `unknown goal ${p.goal}`);
      const [st, sub] = p.style.split(':');
      if (!['quiet', 'direct', 'hidden', 'encoded'].includes(st)) E(id, `unknown style ${p.style}`);
      if (st === 'hidden' && !HIDE.includes(sub)) E(id, `unknown hiding ${sub}`);
      if (st === 'encoded' && !ENC[sub]) E(id, `unknown encoding ${sub}`);
      if (rec.technique === 'encoded_payload' && !p.enc) E(id, 'encoded_payload without encoding');
    } else if (rec.family === 'injection') {
      if (!LOOKALIKE_FAMILIES.includes(rec.technique)) E(id, `unknown look-alike family ${rec.technique}`);
    } else if (rec.family === 'harmful') {
      if (!CATEGORIES.includes(rec.technique)) E(id, `unknown category ${rec.technique}`);
    } else E(id, `unknown family ${rec.family}`);
    if (p.cs && !/^[a-z]{2}\+[a-z]{2}$/.test(p.cs)) E(id, 'bad code_switch tag');

    // needles
    for (const nd of p.needles) if (cp(nd) < 8) E(id, `needle too short: ${nd}`);
    if (p.parts) {
      if (!SPLIT_TECHS.has(rec.technique)) E(id, 'parts on a non-split technique');
      if (p.parts.length !== 2) E(id, 'split needs two parts');
      const fa = rec.fields.findIndex((f) => f.includes(meta.escA(p.needles[0])));
      const fb = rec.fields.findIndex((f) => f.includes(meta.escB(p.needles[1])));
      if (fa < 0 || fb < 0) E(id, 'split needle missing');
      else if (fa === fb) E(id, 'split parts in the same field');
      if (rec.fields.some((f) => f.includes(meta.escA(p.needles[0])) && f.includes(meta.escB(p.needles[1])))) E(id, 'a field holds both parts');
      if (!locate(rec.fields, meta.escA, p.parts[0]) || !locate(rec.fields, meta.escB, p.parts[1])) E(id, 'escaped split part missing');
    } else {
      if (SPLIT_TECHS.has(rec.technique)) E(id, 'split technique without parts');
      if (!rec.fields.some((f) => f.includes(meta.escB(p.needles[0])))) E(id, 'escaped needle missing');
      if (!locate(rec.fields, meta.escB, p.text)) E(id, 'escaped payload missing');
      if (!p.text.includes(p.needles[0])) E(id, 'needle not inside payload');
    }
    // encodings
    if (p.enc) {
      let dec = null; try { dec = ENC[p.enc.kind].dec(p.enc.blob); } catch (e) { E(id, `decode failed: ${e.message}`); }
      if (dec !== p.enc.plain) E(id, `decoded ${p.enc.kind} differs from plain text`);
      if (p.enc.blob === p.enc.plain) E(id, `encoding ${p.enc.kind} is a no-op`);
      if (!p.text.includes(p.enc.blob)) E(id, 'encoded blob not in payload');
      if (p.enc.kind === 'unicode_tags' && /[^\x20-\x7e]/.test(p.enc.plain)) E(id, 'unicode_tags needs printable ASCII');
      for (const h of hostProblems(p.enc.plain)) E(id, `decoded payload: ${h}`);
    }
    // hosts
    for (const h of hostProblems(rec.fields.join('\n'))) E(id, h);
    for (const h of hostProblems(rec.id + rec.source + rec.method)) E(id, h);
    // long records
    const c = centreOf(p, { fields: rec.fields, escA: meta.escA, escB: meta.escB });
    const len = totalLen(rec.fields);
    if (meta.mode === 'long') {
      if (len < 800) E(id, `long record only ${len} chars`);
      if (!c || c.centre / len < 0.2 || c.centre / len > 0.8) E(id, `long record payload centre ${c ? (c.centre / len).toFixed(2) : '?'}`);
    }
    if (meta.mode === 'doc') {
      if (len < 1500) E(id, `long document only ${len} chars`);
      if (!c || c.centre / len < 0.3 || c.centre / len > 0.7) E(id, `long document payload centre ${c ? (c.centre / len).toFixed(2) : '?'}`);
      if (!c || c.start < 500 || len - c.end < 500) E(id, `long document needs 500 chars each side (${c ? c.start : '?'} / ${c ? len - c.end : '?'})`);
    }
  }

  // set-level checks
  const all = res.out.map((o) => o.rec);
  const keyOf = (p) => (p.parts ? p.parts.join('\u0001') : p.text);
  const distinct = (ps) => new Set(ps.map(keyOf)).size;
  for (const t of TECHNIQUES) {
    const ps = [...res.attacks, ...res.longA].filter((p) => p.technique === t);
    if (distinct(ps) < 30) errs.push(`technique ${t}: only ${distinct(ps)} distinct payloads`);
  }
  const famCounts = {};
  for (const p of [...res.lookalikes, ...res.longB]) (famCounts[p.technique] ||= []).push(p);
  const bigFams = Object.values(famCounts).filter((ps) => distinct(ps) >= 10).length;
  if (bigFams < 20) errs.push(`only ${bigFams} look-alike families with >= 10 texts`);
  for (const cat of CATEGORIES) for (const lab of ['attack', 'benign']) {
    const ps = res.harmful.filter((p) => p.technique === cat && p.label === lab);
    if (distinct(ps) < 12) errs.push(`harmful ${cat}/${lab}: ${distinct(ps)} distinct texts`);
  }
  const everyText = [...res.attacks, ...res.lookalikes, ...res.harmful, ...res.longA, ...res.longB];
  if (distinct(everyText) !== everyText.length) errs.push('duplicate payload text across lists');
  const langs = new Set(all.map((r) => r.lang));
  if (langs.size < 18) errs.push(`only ${langs.size} languages`);
  const nonEn = all.filter((r) => r.lang !== 'en').length / all.length;
  if (nonEn < 0.5) errs.push(`non-English share ${nonEn.toFixed(3)}`);
  const usedCarriers = new Set(all.map((r) => r.carrier));
  if (usedCarriers.size < 17) errs.push(`only ${usedCarriers.size} carriers`);
  const inj = (lab) => all.filter((r) => r.family === 'injection' && r.label === lab);
  const longBy = (lab) => new Set(res.out.filter((o) => o.meta.mode === 'long' && o.rec.family === 'injection' && o.rec.label === lab).map((o) => o.rec.carrier));
  for (const lab of ['attack', 'benign']) if (longBy(lab).size !== CARRIER_NAMES.length) errs.push(`long ${lab} records do not reach every carrier`);
  const A = inj('attack'), B = inj('benign');
  for (const c of CARRIER_NAMES) {
    const sa = A.filter((r) => r.carrier === c).length / A.length; const sb = B.filter((r) => r.carrier === c).length / B.length;
    if (Math.abs(sa - sb) > 0.02) errs.push(`carrier ${c}: attack share ${sa.toFixed(3)} vs look-alike share ${sb.toFixed(3)}`);
  }
  return errs;
}

// ------------------------------------------------------------------ composition
function composition(res) {
  const all = res.out.map((o) => o.rec);
  const count = (xs, f) => xs.reduce((m, x) => { const k = f(x); m[k] = (m[k] || 0) + 1; return m; }, {});
  const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
  const A = all.filter((r) => r.family === 'injection' && r.label === 'attack');
  const B = all.filter((r) => r.family === 'injection' && r.label === 'benign');
  const H = all.filter((r) => r.family === 'harmful');
  const metaA = res.out.filter((o) => o.rec.family === 'injection' && o.rec.label === 'attack');
  const styleOf = (p) => p.style.split(':')[0];
  const payloadsA = [...res.attacks, ...res.longA];
  const lines = [];
  lines.push(`${SET}: ${all.length} records (${A.length} injection attacks, ${B.length} look-alikes, ${H.length} harmful)`);
  lines.push(`injection attack payloads: ${res.attacks.length} x 2 carriers + ${res.longA.length} long documents`);
  lines.push(`  by technique (payloads): ${fmt(count(payloadsA, (p) => p.technique))}`);
  lines.push(`  by style (payloads): ${fmt(count(payloadsA, styleOf))}`);
  lines.push(`  hiding / encoding: ${fmt(count(payloadsA.filter((p) => /:/.test(p.style)), (p) => p.style.split(':')[1]))}`);
  lines.push(`  by goal (payloads): ${fmt(count(payloadsA, (p) => p.goal))}`);
  lines.push(`look-alike texts: ${res.lookalikes.length} x 2 carriers + ${res.longB.length} long documents, ${new Set(B.map((r) => r.technique)).size} families`);
  lines.push(`  by family (texts): ${fmt(count([...res.lookalikes, ...res.longB], (p) => p.technique))}`);
  lines.push(`harmful: ${res.harmful.length} texts x 2 carriers`);
  lines.push(`  ${CATEGORIES.map((c) => `${c} ${res.harmful.filter((p) => p.technique === c && p.label === 'attack').length}+${res.harmful.filter((p) => p.technique === c && p.label === 'benign').length}`).join(', ')}`);
  lines.push(`long records (payload centre 20-80%): ${res.out.filter((o) => o.meta.mode === 'long').length}; long documents (>=1500 chars, centre 30-70%): ${res.out.filter((o) => o.meta.mode === 'doc').length}`);
  lines.push(`carriers (${new Set(all.map((r) => r.carrier)).size}), attack/look-alike/harmful records:`);
  for (const c of CARRIER_NAMES) lines.push(`  ${c.padEnd(13)} ${String(A.filter((r) => r.carrier === c).length).padStart(3)} / ${String(B.filter((r) => r.carrier === c).length).padStart(3)} / ${String(H.filter((r) => r.carrier === c).length).padStart(3)}`);
  const langs = count(all, (r) => r.lang);
  lines.push(`languages (${Object.keys(langs).length}, records): ${fmt(langs)}`);
  lines.push(`non-English records: ${(100 * all.filter((r) => r.lang !== 'en').length / all.length).toFixed(1)}%; code-switched payload texts: ${[...res.attacks, ...res.lookalikes, ...res.longA, ...res.longB].filter((p) => p.cs).length}`);
  void metaA;
  return lines.join('\n');
}

// ------------------------------------------------------------------ main
const res = generate();
const again = generate();
const text = res.out.map((o) => JSON.stringify(o.rec)).join('\n') + '\n';
const text2 = again.out.map((o) => JSON.stringify(o.rec)).join('\n') + '\n';
const errs = validate(res);
if (text !== text2) errs.push('generation is not deterministic');
if (errs.length) {
  console.error(`${SET}: ${errs.length} validation error(s); nothing written`);
  for (const e of errs.slice(0, 200)) console.error('  ' + e);
  process.exit(1);
}
writeFileSync(OUT, text);
console.log(composition(res));
console.log(`wrote ${OUT}`);
