#!/usr/bin/env node
// blind30a generator + validator (Node 20 built-ins only).
//   node test/eval/injection/blind30a_generate.mjs
// Builds every record in memory from the hand-written blind30a_*.mjs content files,
// validates the whole set, and only then writes blind30a.jsonl. Any violation: print it,
// exit 1, write nothing. Deterministic: one fixed-seed PRNG, no clock, no Math.random;
// the build runs twice and the two outputs must be byte-identical.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_ORDER, REQUIRED_CARRIERS, LONG_CARRIERS, sepOf } from './blind30a_carriers.mjs';
import { FILLER } from './blind30a_fillers.mjs';
import { ATTACKS_A } from './blind30a_attacks_a.mjs';
import { ATTACKS_B } from './blind30a_attacks_b.mjs';
import { LOOKALIKES_A } from './blind30a_lookalikes_a.mjs';
import { LOOKALIKES_B } from './blind30a_lookalikes_b.mjs';
import { HARMFUL } from './blind30a_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './blind30a_long.mjs';

const SET = 'blind30a';
const DIR = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(DIR, `${SET}.jsonl`);
const SEED = 0x30a0b1d;

// ---------------------------------------------------------------- known values
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const LOOKALIKE_FAMILIES = [
  'security_article', 'advisory', 'docs', 'build_steps', 'agents_md', 'contributing', 'ci_secrets', 'review_comment',
  'commit_message', 'changelog', 'package_metadata', 'qa_answer', 'notebook_output', 'error_message', 'runbook',
  'prompt_library', 'transcript', 'ticket_quote', 'email', 'code', 'split_lookalike', 'mcp_result', 'encoded_benign',
  'policy', 'page',
];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'cs', 'sv', 'tr', 'zh', 'ja', 'ko', 'ar', 'hi', 'vi', 'id'];
const ENCODINGS = ['base64', 'hex', 'rot13', 'percent', 'reverse', 'charcodes', 'base32', 'zw', 'tags', 'homoglyph'];
// Package-registry and code-hosting host names, stored base64-encoded so the literal
// names never appear in the repository; decoded at run time for the check.
const FORBIDDEN_B64 = [
  'Z2l0aHViLmNvbQ==', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0aHViLmlv',
  'Z2l0bGFiLmlv', 'bnBtanMuY29t', 'bnBtanMub3Jn', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'Y3JhdGVzLmlv',
  'cnVieWdlbXMub3Jn', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'cGtnLmdvLmRldg==',
  'cHJveHkuZ29sYW5nLm9yZw==', 'Z29sYW5nLm9yZw==', 'bWF2ZW4ub3Jn', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn',
  'Z2l0ZWUuY29t', 'aHVnZ2luZ2ZhY2UuY28=', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t', 'Z2l0ZWEuY29t', 'c3IuaHQ=',
  'bGF1bmNocGFkLm5ldA==', 'YW5hY29uZGEub3Jn', 'Y29uZGEtZm9yZ2Uub3Jn', 'Y29jb2Fwb2RzLm9yZw==', 'cHViLmRldg==',
  'aGV4LnBt', 'Y3Bhbi5vcmc=', 'bWV0YWNwYW4ub3Jn', 'aGFja2FnZS5oYXNrZWxsLm9yZw==', 'aml0cGFjay5pbw==', 'Z2hjci5pbw==',
  'cXVheS5pbw==', 'Z3JhZGxlLm9yZw==', 'eWFybnBrZy5jb20=', 'amZyb2cuaW8=', 'Y2xvdWRzbWl0aC5pbw==', 'c3RhY2tvdmVyZmxvdy5jb20=',
];
const FORBIDDEN = FORBIDDEN_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- encodings
const ZW = ['\u200b', '\u200c', '\u2060'];
const HOMO = { a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456', A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422', X: '\u0425' };
const UNHOMO = Object.fromEntries(Object.entries(HOMO).map(([k, v]) => [v, k]));
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function b32enc(buf) {
  let bits = 0, val = 0, out = '';
  for (const byte of buf) { val = (val << 8) | byte; bits += 8; while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; } }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}
function b32dec(s) {
  let bits = 0, val = 0; const out = [];
  for (const ch of s.replace(/=+$/, '')) { const i = B32.indexOf(ch); if (i < 0) throw new Error('bad base32'); val = (val << 5) | i; bits += 5; if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; } }
  return Buffer.from(out).toString('utf8');
}
const rot13 = (s) => s.replace(/[A-Za-z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
function encode(type, s) {
  switch (type) {
    case 'base64': return Buffer.from(s, 'utf8').toString('base64');
    case 'hex': return Buffer.from(s, 'utf8').toString('hex');
    case 'rot13': return rot13(s);
    case 'percent': return encodeURIComponent(s);
    case 'reverse': return [...s].reverse().join('');
    case 'charcodes': return [...s].map((c) => c.codePointAt(0)).join(', ');
    case 'base32': return b32enc(Buffer.from(s, 'utf8'));
    case 'zw': { let n = 0; const a = [...s]; return a.map((c, k) => (k < a.length - 1 && /\p{L}/u.test(c) && /\p{L}/u.test(a[k + 1]) ? c + ZW[n++ % ZW.length] : c)).join(''); }
    case 'tags': return [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join('');
    case 'homoglyph': return [...s].map((c) => HOMO[c] ?? c).join('');
    default: throw new Error(`unknown encoding ${type}`);
  }
}
// Independent decoders used by the validator.
function decode(type, e) {
  switch (type) {
    case 'base64': return Buffer.from(e, 'base64').toString('utf8');
    case 'hex': return Buffer.from(e, 'hex').toString('utf8');
    case 'rot13': return rot13(e);
    case 'percent': return decodeURIComponent(e);
    case 'reverse': return [...e].reverse().join('');
    case 'charcodes': return String.fromCodePoint(...e.split(/,\s*/).map(Number));
    case 'base32': return b32dec(e);
    case 'zw': return e.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '');
    case 'tags': return [...e].map((c) => { const cp = c.codePointAt(0); if (cp < 0xe0000 || cp > 0xe007f) throw new Error('not a tag char'); return String.fromCodePoint(cp - 0xe0000); }).join('');
    case 'homoglyph': return [...e].map((c) => UNHOMO[c] ?? c).join('');
    default: throw new Error(`unknown encoding ${type}`);
  }
}

// ---------------------------------------------------------------- payload items
// A normalised item: { technique|family, lang, style, method, parts:[{text,hidden}], needles, encs, key, source }
function attackItem(technique, e, source) {
  const [lang] = e;
  if (technique === 'hidden_text') {
    const [, method, text, cover] = e;
    if (method === 'markup') return { technique, lang, style: 'hidden', method: 'hidden:markup', parts: [{ text, hidden: true }], needles: [text], encs: [], key: text, source };
    const enc = encode(method, text);
    const full = method === 'tags' ? `${cover} ${enc}` : enc;
    return { technique, lang, style: 'hidden', method: `hidden:${method}`, parts: [{ text: full, hidden: false }], needles: [full], encs: [{ type: method, plain: text, encoded: enc }], key: text, source };
  }
  if (technique === 'encoded_payload') {
    const [, type, wrap, plain] = e;
    const enc = encode(type, plain);
    const text = wrap.replace('{E}', enc);
    return { technique, lang, style: 'encoded', method: `encoded:${type}`, parts: [{ text, hidden: false }], needles: [text], encs: [{ type, plain, encoded: enc }], key: plain, langText: `${wrap.replace('{E}', '')} ${plain}`, source };
  }
  if (technique === 'split_payload') {
    const [, style, [a, b]] = e;
    return { technique, lang, style, method: `split:${style}`, parts: [{ text: a, hidden: false }, { text: b, hidden: false }], needles: [a, b], encs: [], key: `${a}\n${b}`, source };
  }
  const [, style, text] = e;
  return { technique, lang, style, method: style, parts: [{ text, hidden: false }], needles: [text], encs: [], key: text, source };
}
function lookalikeItem(family, e, source) {
  const [lang] = e;
  if (family === 'encoded_benign') {
    const [, type, wrap, plain] = e;
    const enc = encode(type, plain);
    const text = wrap.replace('{E}', enc);
    return { family, lang, style: 'lookalike', method: `lookalike:encoded:${type}`, parts: [{ text, hidden: false }], needles: [text], encs: [{ type, plain, encoded: enc }], key: plain, langText: `${wrap.replace('{E}', '')} ${plain}`, source };
  }
  if (family === 'split_lookalike') {
    const [, [a, b]] = e;
    return { family, lang, style: 'lookalike', method: 'lookalike:split', parts: [{ text: a, hidden: false }, { text: b, hidden: false }], needles: [a, b], encs: [], key: `${a}\n${b}`, source };
  }
  const [, text, flag] = e;
  const hidden = flag === 'hidden';
  return { family, lang, style: 'lookalike', method: hidden ? 'lookalike:hidden' : 'lookalike', parts: [{ text, hidden }], needles: [text], encs: [], key: text, source };
}
function longAttackItem(d) {
  const src = `handwritten:${SET}_long.mjs`;
  let it;
  if (d.technique === 'hidden_text') it = attackItem('hidden_text', [d.lang, d.method, d.text, d.cover], src);
  else if (d.technique === 'encoded_payload') it = attackItem('encoded_payload', [d.lang, d.enc, d.wrap, d.plain], src);
  else if (d.technique === 'split_payload') it = attackItem('split_payload', [d.lang, d.style, d.parts], src);
  else it = attackItem(d.technique, [d.lang, d.style, d.text], src);
  return { ...it, fill: { before: d.before, after: d.after }, longDoc: true, method: `long_document:${it.method}` };
}
function longBenignItem(d) {
  const src = `handwritten:${SET}_long.mjs`;
  let it;
  if (d.family === 'encoded_benign') it = lookalikeItem('encoded_benign', [d.lang, d.enc, d.wrap, d.plain], src);
  else if (d.family === 'split_lookalike') it = lookalikeItem('split_lookalike', [d.lang, d.parts], src);
  else it = lookalikeItem(d.family, [d.lang, d.text], src);
  return { ...it, fill: { before: d.before, after: d.after }, longDoc: true, method: `long_document:${it.method}` };
}

// ---------------------------------------------------------------- build
function fillerFor(lang, k) {
  const pool = FILLER[lang] || FILLER.en;
  const n = pool.length;
  let i = k % n;
  const side = () => { const out = []; let len = 0; while (len < 320 && out.length < 3) { out.push(pool[i % n]); len += pool[i % n].length; i++; } return out.join('\n\n'); };
  const before = side();
  const after = side();
  return { before, after };
}

function build() {
  const rng = mulberry32(SEED);
  const out = [];
  let counter = 0;

  function render(cname, item, fill) {
    const c = CARRIERS[cname];
    const ctx = { rng, v: Math.floor(rng() * 1e6), lang: item.lang };
    const F = c.frame(ctx);
    const S = sepOf(c, ctx);
    let k = 0;
    const chunk = (raw, hidden) => (hidden ? c.hide(c.esc(raw, 'hide', ctx), ctx) : c.block(c.esc(raw, 'body', ctx), ctx, k++));
    const paras = (t) => (t ? t.split(/\n{2,}/) : []);
    const before = paras(fill && fill.before).map((p) => chunk(p, false));
    const p0 = chunk(item.parts[0].text, item.parts[0].hidden);
    let fields;
    if (item.parts.length === 1) {
      const after = paras(fill && fill.after).map((p) => chunk(p, false));
      fields = [...F.pre, F.main([...before, p0, ...after].join(S)), ...F.post];
    } else {
      const p1 = chunk(item.parts[1].text, item.parts[1].hidden);
      const after = paras(fill && fill.after).map((p) => chunk(p, false));
      fields = [...F.pre, F.main([...before, p0].join(S)), F.second([p1, ...after].join(S)), ...F.post];
    }
    return { fields, ctx };
  }

  function emit(item, family, label, technique, cname, fill, long, longDoc) {
    counter++;
    const id = `${SET}-${family}-${label}-${technique}-${String(counter).padStart(4, '0')}`;
    const { fields, ctx } = render(cname, item, fill);
    const method = item.method + (long ? '|long' : '');
    const rec = { id, split: SET, family, label, technique, lang: item.lang, carrier: cname, fields, source: item.source, method };
    out.push({ rec, meta: { item, ctx, long, longDoc, modes: item.parts.map((p) => (p.hidden ? 'hide' : 'body')) } });
  }

  // Each list: item i goes into carriers CARRIER_ORDER[(2i) % N] and [(2i+1) % N];
  // record position k = 2i+j is long when k % 3 === 1. Position only, never label.
  function emitList(items, family, label, techOf) {
    items.forEach((item, i) => {
      for (let j = 0; j < 2; j++) {
        const k = 2 * i + j;
        const cname = CARRIER_ORDER[k % CARRIER_ORDER.length];
        const long = k % 3 === 1;
        emit(item, family, label, techOf(item), cname, long ? fillerFor(item.lang, k) : null, long, false);
      }
    });
  }
  function emitLong(items, family, label, techOf) {
    items.forEach((item, i) => emit(item, family, label, techOf(item), LONG_CARRIERS[i], item.fill, false, true));
  }

  const attacks = [];
  for (const t of TECHNIQUES) {
    const src = ATTACKS_A[t] ? `handwritten:${SET}_attacks_a.mjs` : `handwritten:${SET}_attacks_b.mjs`;
    for (const e of (ATTACKS_A[t] || ATTACKS_B[t] || [])) attacks.push(attackItem(t, e, src));
  }
  const lookalikes = [];
  for (const f of LOOKALIKE_FAMILIES) {
    const src = LOOKALIKES_A[f] ? `handwritten:${SET}_lookalikes_a.mjs` : `handwritten:${SET}_lookalikes_b.mjs`;
    for (const e of (LOOKALIKES_A[f] || LOOKALIKES_B[f] || [])) lookalikes.push(lookalikeItem(f, e, src));
  }
  const harmful = [];
  for (const cat of CATEGORIES) {
    for (const label of ['attack', 'benign']) {
      for (const [lang, text] of HARMFUL[cat][label]) {
        harmful.push({ category: cat, label, lang, style: label === 'attack' ? 'request' : 'discussion', method: label === 'attack' ? 'harmful:request' : 'harmful:discussion', parts: [{ text, hidden: false }], needles: [text], encs: [], key: text, source: `handwritten:${SET}_harmful.mjs` });
      }
    }
  }
  const longAttacks = LONG_ATTACKS.map(longAttackItem);
  const longBenign = LONG_BENIGN.map(longBenignItem);

  emitList(attacks, 'injection', 'attack', (x) => x.technique);
  emitLong(longAttacks, 'injection', 'attack', (x) => x.technique);
  emitList(lookalikes, 'injection', 'benign', (x) => x.family);
  emitLong(longBenign, 'injection', 'benign', (x) => x.family);
  // harmful: one list, carriers and long flags by position
  harmful.forEach((item, i) => {
    for (let j = 0; j < 2; j++) {
      const k = 2 * i + j;
      const cname = CARRIER_ORDER[k % CARRIER_ORDER.length];
      const long = k % 3 === 1;
      counter++;
      const id = `${SET}-harmful-${item.label}-${item.category}-${String(counter).padStart(4, '0')}`;
      const { fields, ctx } = render(cname, item, long ? fillerFor(item.lang, k) : null);
      const rec = { id, split: SET, family: 'harmful', label: item.label, technique: item.category, lang: item.lang, carrier: cname, fields, source: item.source, method: item.method + (long ? '|long' : '') };
      out.push({ rec, meta: { item, ctx, long, longDoc: false, modes: ['body'] } });
    }
  });
  return { out, attacks, lookalikes, harmful, longAttacks, longBenign };
}

// ---------------------------------------------------------------- validation
const OK_SUFFIX = /\.(example|test|invalid)$/i;
function badHosts(text) {
  const bad = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'<>`\\)\]|]+)/gi)) {
    let h = m[1];
    h = h.slice(h.lastIndexOf('@') + 1).replace(/:\d*$/, '').replace(/[.,;:]+$/, '');
    if (h.includes('.') && !OK_SUFFIX.test(h)) bad.push(h);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!OK_SUFFIX.test(m[1])) bad.push(m[1]);
  for (const m of text.matchAll(/\bwww\.[A-Za-z0-9.-]+/gi)) { const h = m[0].replace(/\.+$/, ''); if (!OK_SUFFIX.test(h)) bad.push(h); }
  for (const m of text.matchAll(/\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|app|ru|cn|xyz|cloud|gov|edu|co)\b/gi)) bad.push(m[0]);
  return bad;
}
const SCRIPT = {
  zh: /[\u4e00-\u9fff]/, ja: /[\u3040-\u30ff]/, ko: /[\uac00-\ud7af]/, ru: /[\u0400-\u04ff]/, uk: /[іїєґІЇЄҐ]/,
  ar: /[\u0600-\u06ff]/, hi: /[\u0900-\u097f]/,
};
function scriptOk(lang, text) {
  if (SCRIPT[lang]) {
    if (!SCRIPT[lang].test(text)) return false;
    if (lang === 'ru' && /[іїєґІЇЄҐ]/.test(text)) return false;
    if (lang === 'zh' && /[\u3040-\u30ff]/.test(text)) return false;
    return true;
  }
  return /[A-Za-z]/.test(text) && !/[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(text);
}

function validate(B) {
  const errs = [];
  const E = (m) => { if (errs.length < 80) errs.push(m); };
  const ids = new Set();
  const idRe = new RegExp(`^${SET}-(injection|harmful)-(attack|benign)-([a-z_]+)-(\\d{4})$`);

  for (const { rec, meta } of B.out) {
    const { item, ctx } = meta;
    const c = CARRIERS[rec.carrier];
    // non-empty
    for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof rec[k] !== 'string' || !rec[k].trim()) E(`${rec.id}: empty ${k}`);
    if (!Array.isArray(rec.fields) || !rec.fields.length || rec.fields.some((f) => typeof f !== 'string' || !f.trim())) E(`${rec.id}: empty field`);
    if (rec.split !== SET) E(`${rec.id}: split`);
    // known values
    if (!['injection', 'harmful'].includes(rec.family)) E(`${rec.id}: family`);
    if (!['attack', 'benign'].includes(rec.label)) E(`${rec.id}: label`);
    const known = rec.family === 'harmful' ? CATEGORIES : rec.label === 'attack' ? TECHNIQUES : LOOKALIKE_FAMILIES;
    if (!known.includes(rec.technique)) E(`${rec.id}: unknown technique ${rec.technique}`);
    if (!c) E(`${rec.id}: unknown carrier`);
    if (!LANGS.includes(rec.lang)) E(`${rec.id}: unknown lang ${rec.lang}`);
    // id
    const m = idRe.exec(rec.id);
    if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) E(`${rec.id}: id inconsistent`);
    if (ids.has(rec.id)) E(`${rec.id}: duplicate id`); ids.add(rec.id);
    if (!c) continue;
    // needles
    const joined = rec.fields.join('\n');
    const escN = item.needles.map((n, i) => c.esc(n, meta.modes[i], ctx));
    const pos = [];
    escN.forEach((n, i) => {
      if (!n) { E(`${rec.id}: empty needle`); return; }
      const fi = rec.fields.findIndex((f) => f.includes(n));
      if (fi < 0) E(`${rec.id}: needle ${i} not found`);
      const at = joined.indexOf(n);
      if (at >= 0) pos.push([at, at + n.length]);
    });
    // split
    const isSplit = rec.technique === 'split_payload' || rec.technique === 'split_lookalike';
    if (isSplit !== (item.needles.length === 2)) E(`${rec.id}: split shape`);
    if (item.needles.length === 2) {
      const a = rec.fields.findIndex((f) => f.includes(escN[0]));
      const b = rec.fields.findIndex((f) => f.includes(escN[1]));
      if (a < 0 || b < 0 || a === b) E(`${rec.id}: split parts not in different fields`);
      if (rec.fields.some((f) => f.includes(escN[0]) && f.includes(escN[1]))) E(`${rec.id}: a field holds both parts`);
    }
    // hosts, forbidden names
    for (const f of rec.fields) { const b = badHosts(f); if (b.length) E(`${rec.id}: bad host ${b.join(',')}`); }
    const low = joined.toLowerCase();
    for (const fb of FORBIDDEN) if (low.includes(fb)) E(`${rec.id}: forbidden host name`);
    // encodings
    for (const en of item.encs) {
      if (!ENCODINGS.includes(en.type)) E(`${rec.id}: unknown encoding`);
      let d;
      try { d = decode(en.type, en.encoded); } catch (x) { E(`${rec.id}: decode failed ${en.type}`); continue; }
      if (d !== en.plain) E(`${rec.id}: ${en.type} decodes to something else`);
      if (en.encoded === en.plain) E(`${rec.id}: ${en.type} is a no-op`);
      if (!item.needles.some((n) => n.includes(en.encoded))) E(`${rec.id}: encoded text not in payload`);
      const b = badHosts(d); if (b.length) E(`${rec.id}: bad host in decoded payload ${b.join(',')}`);
      const dl = d.toLowerCase(); for (const fb of FORBIDDEN) if (dl.includes(fb)) E(`${rec.id}: forbidden name in decoded payload`);
      if (en.type === 'tags' && !/^[\x20-\x7e]+$/.test(en.plain)) E(`${rec.id}: tag payload not ASCII`);
    }
    // language script
    if (!scriptOk(rec.lang, item.langText ?? item.key)) E(`${rec.id}: text does not look like ${rec.lang}`);
    // long records / long documents
    if (pos.length === item.needles.length && pos.length) {
      const start = Math.min(...pos.map((p) => p[0]));
      const end = Math.max(...pos.map((p) => p[1]));
      const centre = (start + end) / 2 / joined.length;
      if (meta.long) {
        if (joined.length < 800) E(`${rec.id}: long record too short (${joined.length})`);
        if (centre < 0.2 || centre > 0.8) E(`${rec.id}: long record centre ${centre.toFixed(2)}`);
      }
      if (meta.longDoc) {
        if (joined.length < 1500) E(`${rec.id}: long document too short (${joined.length})`);
        if (centre < 0.3 || centre > 0.7) E(`${rec.id}: long document centre ${centre.toFixed(2)}`);
        if (start < 500 || joined.length - end < 500) E(`${rec.id}: long document sides ${start}/${joined.length - end}`);
      }
    }
  }

  // set-level checks
  const recs = B.out.map((x) => x.rec);
  const inj = recs.filter((r) => r.family === 'injection');
  // distinct texts
  const dup = (arr, what) => { const s = new Set(); for (const it of arr) { if (s.has(it.key)) E(`duplicate ${what}: ${it.key.slice(0, 60)}`); s.add(it.key); } };
  dup([...B.attacks, ...B.longAttacks], 'attack payload');
  dup([...B.lookalikes, ...B.longBenign], 'look-alike');
  // techniques >= 30 payloads
  for (const t of TECHNIQUES) { const n = [...B.attacks, ...B.longAttacks].filter((x) => x.technique === t).length; if (n < 30) E(`technique ${t}: ${n} payloads < 30`); }
  for (const t of Object.keys({ ...ATTACKS_A, ...ATTACKS_B })) if (!TECHNIQUES.includes(t)) E(`unknown technique in content: ${t}`);
  // look-alike families
  for (const f of Object.keys({ ...LOOKALIKES_A, ...LOOKALIKES_B })) if (!LOOKALIKE_FAMILIES.includes(f)) E(`unknown look-alike family in content: ${f}`);
  const famCount = {};
  for (const it of [...B.lookalikes, ...B.longBenign]) (famCount[it.family] ??= new Set()).add(it.key);
  const bigFams = Object.values(famCount).filter((s) => s.size >= 10).length;
  if (bigFams < 20) E(`only ${bigFams} look-alike families with >= 10 texts`);
  // harmful
  for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) {
    const n = new Set(B.harmful.filter((h) => h.category === cat && h.label === label).map((h) => h.key)).size;
    if (n !== 12) E(`harmful ${cat}/${label}: ${n} distinct texts, want 12`);
  }
  // languages
  const langs = new Set(recs.map((r) => r.lang));
  if (langs.size < 18) E(`only ${langs.size} languages`);
  const nonEn = recs.filter((r) => r.lang !== 'en').length / recs.length;
  if (nonEn < 0.5) E(`non-English share ${nonEn.toFixed(3)} < 0.5`);
  // carriers
  const used = new Set(recs.map((r) => r.carrier));
  if (used.size < 17) E(`only ${used.size} carriers`);
  for (const rc of REQUIRED_CARRIERS) if (!used.has(rc)) E(`required carrier ${rc} unused`);
  const share = (rs) => { const m = {}; for (const r of rs) m[r.carrier] = (m[r.carrier] || 0) + 1; for (const k in m) m[k] /= rs.length; return m; };
  const sa = share(inj.filter((r) => r.label === 'attack'));
  const sb = share(inj.filter((r) => r.label === 'benign'));
  for (const k of Object.keys(CARRIERS)) { const d = Math.abs((sa[k] || 0) - (sb[k] || 0)); if (d > 0.02) E(`carrier ${k} share differs by ${d.toFixed(3)}`); }
  // forbidden names in content sources
  for (const f of fs.readdirSync(DIR).filter((n) => n.startsWith(`${SET}_`) && n.endsWith('.mjs'))) {
    const t = fs.readFileSync(path.join(DIR, f), 'utf8').toLowerCase();
    for (const fb of FORBIDDEN) if (t.includes(fb)) E(`${f}: contains a forbidden host name`);
  }
  return errs;
}

// ---------------------------------------------------------------- composition
function composition(B) {
  const recs = B.out.map((x) => x.rec);
  const lines = [];
  const count = (rs, key) => { const m = {}; for (const r of rs) { const k = key(r); m[k] = (m[k] || 0) + 1; } return m; };
  const fmt = (m) => Object.entries(m).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
  const inj = recs.filter((r) => r.family === 'injection');
  const ia = inj.filter((r) => r.label === 'attack');
  const ib = inj.filter((r) => r.label === 'benign');
  const h = recs.filter((r) => r.family === 'harmful');
  lines.push(`${SET}: ${recs.length} records`);
  lines.push(`injection attack: ${ia.length} records = ${B.attacks.length} payloads x 2 carriers + ${B.longAttacks.length} long documents`);
  lines.push(`injection benign: ${ib.length} records = ${B.lookalikes.length} look-alikes x 2 carriers + ${B.longBenign.length} long documents`);
  lines.push(`harmful: ${h.length} records = ${B.harmful.length} items x 2 carriers (12 attack + 12 benign per category)`);
  const pay = {}; for (const it of [...B.attacks, ...B.longAttacks]) pay[it.technique] = (pay[it.technique] || 0) + 1;
  lines.push(`attack payloads by technique (incl. long docs): ${fmt(pay)}`);
  lines.push(`attack records by technique: ${fmt(count(ia, (r) => r.technique))}`);
  const sty = {}; for (const it of B.attacks) sty[it.style] = (sty[it.style] || 0) + 1;
  lines.push(`attack payload styles (short list, ${B.attacks.length}): ${fmt(sty)}`);
  const fam = {}; for (const it of [...B.lookalikes, ...B.longBenign]) fam[it.family] = (fam[it.family] || 0) + 1;
  lines.push(`look-alike texts by family (${Object.keys(fam).length} families): ${fmt(fam)}`);
  lines.push(`harmful records: ${fmt(count(h, (r) => `${r.technique}/${r.label}`))}`);
  lines.push(`long records (>=800 chars, filler around payload): ${recs.filter((r) => r.method.endsWith('|long')).length}; long documents: ${recs.filter((r) => r.method.startsWith('long_document')).length}`);
  lines.push(`carriers (${new Set(recs.map((r) => r.carrier)).size}): ${fmt(count(recs, (r) => r.carrier))}`);
  const sa = count(ia, (r) => r.carrier), sb = count(ib, (r) => r.carrier);
  const maxd = Math.max(...Object.keys(CARRIERS).map((k) => Math.abs((sa[k] || 0) / ia.length - (sb[k] || 0) / ib.length)));
  lines.push(`max carrier share difference attack vs look-alike: ${maxd.toFixed(4)}`);
  const lang = count(recs, (r) => r.lang);
  lines.push(`languages (${Object.keys(lang).length}): ${fmt(lang)}`);
  lines.push(`non-English records: ${(100 * recs.filter((r) => r.lang !== 'en').length / recs.length).toFixed(1)}%`);
  const hid = (lab) => B.out.filter((x) => x.rec.family === 'injection' && x.rec.label === lab && x.meta.modes.includes('hide')).length;
  lines.push(`records rendered inside a carrier hiding construct (comment, display:none, white text, ...): attack ${hid('attack')}, look-alike ${hid('benign')}`);
  const encs = {}; for (const x of B.out) for (const e of x.meta.item.encs) encs[e.type] = (encs[e.type] || 0) + 1;
  lines.push(`encoded / obfuscated records by encoding: ${fmt(encs)}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- main
const B1 = build();
const text1 = B1.out.map((x) => JSON.stringify(x.rec)).join('\n') + '\n';
const B2 = build();
const text2 = B2.out.map((x) => JSON.stringify(x.rec)).join('\n') + '\n';
const errs = validate(B1);
if (text1 !== text2) errs.push('non-deterministic output: two builds differ');
if (errs.length) {
  console.error(`${SET}: ${errs.length} validation error(s); nothing written`);
  for (const e of errs) console.error('  ' + e);
  process.exit(1);
}
fs.writeFileSync(OUT, text1);
console.log(composition(B1));
console.log(`wrote ${path.relative(process.cwd(), OUT)} (${Buffer.byteLength(text1)} bytes)`);
