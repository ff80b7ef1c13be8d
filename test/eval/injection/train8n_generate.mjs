#!/usr/bin/env node
// train8n generator + validator (training round, mixed sources).
// Usage: node test/eval/injection/train8n_generate.mjs
// Builds train8n.jsonl next to this file from the hand-written train8n_*.mjs
// content files. Node 20 built-ins only; deterministic (fixed-seed mulberry32),
// byte-identical output on every run. On any validation error it prints the
// errors, writes nothing and exits 1.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_IMPL, mulberry32, escHtml } from './train8n_carriers.mjs';
import { LANGS, TITLES, FILLERS, EXTRA_FILLERS } from './train8n_fillers.mjs';
import { HIDDEN_MARKUP, instruction_override, role_token, hidden_text, exfiltration } from './train8n_attacks_a.mjs';
import { tool_coaxing, encoded_payload, jailbreak, split_payload } from './train8n_attacks_b.mjs';
import { LOOKALIKES_A } from './train8n_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train8n_lookalikes_b.mjs';
import { HARMFUL } from './train8n_harmful.mjs';
import { LONG_CARRIERS, LONG_ATTACKS, LONG_BENIGN } from './train8n_long.mjs';

const SET = 'train8n';
const SEED = 0x8e2024;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, `${SET}.jsonl`);

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const HARM_CATS = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LOOKALIKES = { ...LOOKALIKES_A, ...LOOKALIKES_B };
const LOOKALIKE_FAMILIES = Object.keys(LOOKALIKES);

// Forbidden package-registry / code-hosting host names, base64-encoded so the
// names themselves never appear in the repository.
const FORBIDDEN_B64 = ['Z2l0aHViLmNvbQ==', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn', 'cHlwaS5vcmc=',
  'cHl0aG9uaG9zdGVkLm9yZw==', 'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'ZG9ja2VyLmlv',
  'aHViLmRvY2tlci5jb20=', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'aHVnZ2luZ2ZhY2UuY28=', 'cGtnLmdvLmRldg==',
  'cHJveHkuZ29sYW5nLm9yZw==', 'bWF2ZW4ub3Jn', 'bXZucmVwb3NpdG9yeS5jb20=', 'Z2l0ZWUuY29t', 'YW5hY29uZGEub3Jn',
  'Y29jb2Fwb2RzLm9yZw==', 'cHViLmRldg==', 'bWV0YWNwYW4ub3Jn', 'Y3Bhbi5vcmc=', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t',
  'Z2l0aHVidXNlcmNvbnRlbnQuY29t'];
const FORBIDDEN = FORBIDDEN_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));

// ---- encodings: encoder and an independent strict decoder ---------------------
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function b32enc(s) {
  let bits = 0, val = 0, out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    val = (val << 8) | b; bits += 8;
    while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; val &= (1 << bits) - 1; }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}
function b32dec(e) {
  if (!/^[A-Z2-7]+=*$/.test(e) || e.length % 8) throw new Error('not base32');
  let bits = 0, val = 0; const bytes = [];
  for (const c of e.replace(/=+$/, '')) {
    val = (val << 5) | B32.indexOf(c); bits += 5;
    if (bits >= 8) { bytes.push((val >>> (bits - 8)) & 255); bits -= 8; val &= (1 << bits) - 1; }
  }
  if (val !== 0) throw new Error('base32 trailing bits');
  return Buffer.from(bytes).toString('utf8');
}
const rot13 = (s) => s.replace(/[A-Za-z]/g, (c) => {
  const b = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ZW = '\u200b';
const ZW_RE = /[\u200b\u200c\u200d\u2060\ufeff]/g;
const ENCODINGS = {
  base64: {
    enc: (s) => Buffer.from(s, 'utf8').toString('base64'),
    dec: (e) => {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(e) || e.length % 4) throw new Error('not base64');
      const d = Buffer.from(e, 'base64').toString('utf8');
      if (Buffer.from(d, 'utf8').toString('base64') !== e) throw new Error('base64 round trip');
      return d;
    },
  },
  base32: { enc: b32enc, dec: b32dec },
  hex: {
    enc: (s) => Buffer.from(s, 'utf8').toString('hex'),
    dec: (e) => { if (!/^(?:[0-9a-f]{2})+$/.test(e)) throw new Error('not hex'); return Buffer.from(e, 'hex').toString('utf8'); },
  },
  rot13: { enc: rot13, dec: rot13 },
  url: { enc: (s) => encodeURIComponent(s), dec: (e) => { if (/\s/.test(e)) throw new Error('raw space in url encoding'); return decodeURIComponent(e); } },
  reverse: { enc: (s) => [...s].reverse().join(''), dec: (e) => [...e].reverse().join('') },
  unicode_escape: {
    enc: (s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''),
    dec: (e) => {
      if (!/^(?:\\u[0-9a-fA-F]{4})+$/.test(e)) throw new Error('not unicode escapes');
      return e.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
    },
  },
  html_entities: {
    enc: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
    dec: (e) => {
      if (!/^(?:&#\d+;)+$/.test(e)) throw new Error('not numeric entities');
      return e.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
    },
  },
  zero_width: {
    enc: (s) => s.replace(/(\S)(?=\S)/gu, `$1${ZW}`),
    dec: (e) => e.replace(ZW_RE, ''),
  },
  unicode_tags: {
    enc: (s) => {
      if (!/^[\x20-\x7e]+$/.test(s)) throw new Error('tags need printable ASCII');
      return [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    },
    dec: (e) => [...e].map((c) => {
      const cp = c.codePointAt(0);
      if (cp < 0xe0020 || cp > 0xe007e) throw new Error('not a tag character');
      return String.fromCharCode(cp - 0xe0000);
    }).join(''),
  },
};
const ENC_NAMES = Object.keys(ENCODINGS);

// ---- normalise content into items -----------------------------------------------
// item: { family, label, technique, lang, method, source, parts: [{ text, markup }], encs: [{ name, encoded, plain }] }
const errors = [];
const fail = (m) => errors.push(m);

function encodedItem(base, enc, wrap, plain) {
  if (!ENCODINGS[enc]) { fail(`${base.source}: unknown encoding ${enc}`); return null; }
  if (!wrap.includes('{E}')) fail(`${base.source}: wrapper lacks {E}`);
  const encoded = ENCODINGS[enc].enc(plain);
  return { ...base, method: enc, parts: [{ text: wrap.replace('{E}', () => encoded), markup: null }], encs: [{ name: enc, encoded, plain }] };
}

function attackItems() {
  const out = [];
  const simple = (tech, rows, file) => rows.forEach(([lang, method, text], i) => out.push({
    family: 'injection', label: 'attack', technique: tech, lang, method, source: `${file}:${tech}[${i}]`,
    parts: [{ text, markup: null }], encs: [],
  }));
  simple('instruction_override', instruction_override, `${SET}_attacks_a.mjs`);
  simple('role_token', role_token, `${SET}_attacks_a.mjs`);
  hidden_text.forEach(([lang, method, text], i) => {
    const base = { family: 'injection', label: 'attack', technique: 'hidden_text', lang, method, source: `${SET}_attacks_a.mjs:hidden_text[${i}]`, encs: [] };
    if (method === 'zero_width') {
      const encoded = ENCODINGS.zero_width.enc(text);
      out.push({ ...base, parts: [{ text: encoded, markup: null }], encs: [{ name: 'zero_width', encoded, plain: text }] });
    } else if (method === 'unicode_tags') {
      const encoded = ENCODINGS.unicode_tags.enc(text.plain);
      out.push({ ...base, parts: [{ text: `${text.lead} ${encoded}`, markup: null }], encs: [{ name: 'unicode_tags', encoded, plain: text.plain }] });
    } else if (HIDDEN_MARKUP[method]) {
      out.push({ ...base, parts: [{ text, markup: HIDDEN_MARKUP[method] }] });
    } else fail(`hidden_text[${i}]: unknown method ${method}`);
  });
  simple('exfiltration', exfiltration, `${SET}_attacks_a.mjs`);
  simple('tool_coaxing', tool_coaxing, `${SET}_attacks_b.mjs`);
  encoded_payload.forEach(([lang, enc, wrap, plain], i) => {
    const it = encodedItem({ family: 'injection', label: 'attack', technique: 'encoded_payload', lang, source: `${SET}_attacks_b.mjs:encoded_payload[${i}]`, encs: [] }, enc, wrap, plain);
    if (it) out.push(it);
  });
  simple('jailbreak', jailbreak, `${SET}_attacks_b.mjs`);
  split_payload.forEach(([lang, method, a, b], i) => out.push({
    family: 'injection', label: 'attack', technique: 'split_payload', lang, method, source: `${SET}_attacks_b.mjs:split_payload[${i}]`,
    parts: [{ text: a, markup: null }, { text: b, markup: null }], encs: [],
  }));
  return out;
}

function lookalikeItems() {
  const out = [];
  for (const fam of LOOKALIKE_FAMILIES) {
    const file = fam in LOOKALIKES_A ? `${SET}_lookalikes_a.mjs` : `${SET}_lookalikes_b.mjs`;
    LOOKALIKES[fam].forEach((row, i) => {
      const base = { family: 'injection', label: 'benign', technique: fam, lang: row[0], source: `${file}:${fam}[${i}]`, encs: [] };
      if (fam === 'split_lookalike') {
        out.push({ ...base, method: 'two_fields', parts: [{ text: row[1], markup: null }, { text: row[2], markup: null }] });
      } else if (fam === 'encoded_benign') {
        const it = encodedItem(base, row[1], row[2], row[3]);
        if (it) out.push(it);
      } else if (fam === 'hidden_benign') {
        if (!row[1].includes('{T}')) fail(`${base.source}: markup lacks {T}`);
        out.push({ ...base, method: 'benign_markup', parts: [{ text: row[2], markup: row[1] }] });
      } else {
        out.push({ ...base, method: 'plain_text', parts: [{ text: row[1], markup: null }] });
      }
    });
  }
  return out;
}

function harmfulItems(label) {
  const out = [];
  for (const cat of HARM_CATS) {
    HARMFUL[cat][label].forEach(([lang, text], i) => out.push({
      family: 'harmful', label: label === 'attack' ? 'attack' : 'benign', technique: cat, lang,
      method: label === 'attack' ? 'request_or_threat' : 'discussion',
      source: `${SET}_harmful.mjs:${cat}.${label}[${i}]`, parts: [{ text, markup: null }], encs: [],
    }));
  }
  return out;
}

// ---- record building -------------------------------------------------------------
const records = [];
const metas = [];
let counter = 0;

function renderSeg(part, car, n) {
  if (part.markup && car.html) return part.markup.replace('{T}', () => car.esc(part.text, n));
  if (part.markup) return car.esc(part.markup.replace('{T}', () => part.text), n);
  return car.esc(part.text, n);
}

function measure(fields, needles) {
  const joined = fields.join('\n');
  const spans = needles.map((nd) => {
    const at = joined.indexOf(nd);
    return { at, end: at + nd.length, centre: at < 0 ? -1 : (at + nd.length / 2) / joined.length };
  });
  return { joined, len: joined.length, spans };
}

const rngFor = (n) => mulberry32((SEED + Math.imul(n, 2654435761)) >>> 0);

function emit(item, carrierName, long, title, extra = {}) {
  const car = CARRIER_IMPL[carrierName];
  const n = ++counter;
  const segs = item.parts.map((p) => renderSeg(p, car, n));
  const needles = item.parts.map((p) => car.esc(p.text, n));
  const pre = [];
  const post = [];
  const layout = (before, after) => {
    let A, B = null;
    if (extra.longDoc) {
      A = [...extra.longDoc.before.map((p) => car.esc(p, n)), segs[0], ...extra.longDoc.after.map((p) => car.esc(p, n))];
    } else if (segs.length === 1) {
      A = [...before, segs[0], ...after];
    } else {
      A = [...before, segs[0]];
      B = [segs[1], ...after];
    }
    return car.build({ n, lang: item.lang, title, A, B, r: rngFor(n) });
  };
  let fields;
  if (!long && !extra.longDoc) {
    // ordinary records carry one visible paragraph of context, before or after
    // the payload depending on the record number (never on the label)
    const pool = FILLERS[item.lang] || EXTRA_FILLERS;
    const para = car.esc(pool[n % pool.length], n);
    if (n % 2) pre.push(para); else post.push(para);
  }
  fields = layout(pre, post);
  if (long) {
    const pool = [...(FILLERS[item.lang] || []), ...EXTRA_FILLERS].map((p) => car.esc(p, n));
    let pi = 0;
    for (;;) {
      const m = measure(fields, needles);
      const cs = m.spans.map((s) => s.centre);
      const lo = Math.min(...cs), hi = Math.max(...cs);
      if (m.len >= 800 && lo >= 0.3 && hi <= 0.7) break;
      if (pi >= pool.length) break;
      const mid = (lo + hi) / 2;
      if (mid > 0.5) post.push(pool[pi++]); else pre.push(pool[pi++]);
      fields = layout(pre, post);
    }
  }
  const id = `${SET}-${item.family}-${item.label}-${item.technique}-${String(n).padStart(4, '0')}`;
  const source = item.source + (long ? ';long' : '') + (extra.longDoc ? ';long_document' : '');
  records.push({
    id, split: SET, family: item.family, label: item.label, technique: item.technique, lang: item.lang,
    carrier: carrierName, fields, source, method: item.method,
  });
  metas.push({ item, needles, long, longDoc: !!extra.longDoc, fillers: pre.length + post.length });
}

// Carriers and long flags are assigned by position in each list only.
function emitList(items) {
  items.forEach((item, i) => {
    for (let k = 0; k < 2; k++) {
      const carrier = CARRIERS[(i + 6 * k) % CARRIERS.length];
      const long = (2 * i + k) % 5 === 3;
      const titles = TITLES[item.lang] || TITLES.en;
      emit(item, carrier, long, titles[(i + k) % titles.length]);
    }
  });
}

function emitLongDocs(docs, label) {
  docs.forEach((d, i) => {
    const technique = label === 'attack' ? d.technique : d.family;
    const payload = typeof d.payload === 'string' ? { text: d.payload, markup: null } : { text: d.payload.text, markup: d.payload.markup };
    const item = {
      family: 'injection', label, technique, lang: d.lang, method: d.method,
      source: `${SET}_long.mjs:${label === 'attack' ? 'LONG_ATTACKS' : 'LONG_BENIGN'}[${i}]`, parts: [payload], encs: [],
    };
    emit(item, LONG_CARRIERS[i % LONG_CARRIERS.length], false, d.title, { longDoc: d });
  });
}

const ATTACKS = attackItems();
const LOOKS = lookalikeItems();
const HARM_ATTACK = harmfulItems('attack');
const HARM_BENIGN = harmfulItems('benign');

emitList(ATTACKS);
emitLongDocs(LONG_ATTACKS, 'attack');
emitList(LOOKS);
emitLongDocs(LONG_BENIGN, 'benign');
emitList(HARM_ATTACK);
emitList(HARM_BENIGN);

// ---- validation ------------------------------------------------------------------
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'<>()[\]{}|\\^`]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g;
const WWW_RE = /\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*/gi;
function hostOk(h) {
  h = h.toLowerCase().replace(/^.*@/, '').replace(/[.,;:]+$/, '').replace(/:\d*$/, '').replace(/[.,;:]+$/, '');
  if (!h.includes('.')) return true;
  return /\.(example|test|invalid)$/.test(h);
}
// bare domain names (no scheme, no @) ending in a public top-level domain
const BARE_RE = /\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|info|biz|app|ai|me|co|ru|de|fr|es|it|nl|pl|uk|cn|jp|kr|vn|se|cz|br|in|eu|ua|tr|us)\b/gi;
function checkHosts(text, where) {
  for (const m of text.matchAll(BARE_RE)) fail(`${where}: bare public domain name: ${m[0]}`);
  for (const m of text.matchAll(URL_RE)) if (!hostOk(m[1])) fail(`${where}: URL host not reserved: ${m[1]}`);
  for (const m of text.matchAll(MAIL_RE)) if (!hostOk(m[1])) fail(`${where}: e-mail domain not reserved: ${m[1]}`);
  for (const m of text.matchAll(WWW_RE)) if (!hostOk(m[0])) fail(`${where}: www host not reserved: ${m[0]}`);
}
function checkForbidden(text, where) {
  const low = text.toLowerCase();
  for (const f of FORBIDDEN) if (low.includes(f)) fail(`${where}: forbidden host name (registry/code hosting) present`);
}

const ID_RE = new RegExp(`^${SET}-(injection|harmful)-(attack|benign)-([a-z_]+)-(\\d{4})$`);
const ids = new Set();
records.forEach((rec, ri) => {
  const meta = metas[ri];
  const where = rec.id || `record#${ri}`;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof rec[k] !== 'string' || rec[k].trim() === '') fail(`${where}: empty or missing ${k}`);
  }
  if (rec.split !== SET) fail(`${where}: split is not ${SET}`);
  if (!Array.isArray(rec.fields) || rec.fields.length === 0) fail(`${where}: no fields`);
  rec.fields.forEach((f, fi) => {
    if (typeof f !== 'string' || f.trim() === '') fail(`${where}: field ${fi} empty`);
    if (/undefined|\[object Object\]|NaN/.test(f)) fail(`${where}: field ${fi} has a rendering artefact`);
  });
  if (!['injection', 'harmful'].includes(rec.family)) fail(`${where}: unknown family`);
  if (!['attack', 'benign'].includes(rec.label)) fail(`${where}: unknown label`);
  const known = rec.family === 'harmful' ? HARM_CATS : rec.label === 'attack' ? TECHNIQUES : LOOKALIKE_FAMILIES;
  if (!known.includes(rec.technique)) fail(`${where}: unknown technique/family/category ${rec.technique}`);
  if (!CARRIERS.includes(rec.carrier)) fail(`${where}: unknown carrier ${rec.carrier}`);
  if (!LANGS.includes(rec.lang)) fail(`${where}: unknown language ${rec.lang}`);
  const m = ID_RE.exec(rec.id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) fail(`${where}: id inconsistent with record`);
  if (ids.has(rec.id)) fail(`${where}: duplicate id`);
  ids.add(rec.id);

  // needles
  const joined = rec.fields.join('\n');
  meta.needles.forEach((nd, k) => {
    if (!nd) fail(`${where}: empty needle ${k}`);
    else if (!joined.includes(nd)) fail(`${where}: needle ${k} not found in fields`);
  });
  if (meta.needles.length === 2) {
    const [a, b] = meta.needles;
    const fa = rec.fields.map((f, i) => (f.includes(a) ? i : -1)).filter((i) => i >= 0);
    const fb = rec.fields.map((f, i) => (f.includes(b) ? i : -1)).filter((i) => i >= 0);
    if (!fa.length || !fb.length || !fa.some((x) => fb.some((y) => y !== x))) fail(`${where}: split parts not in different fields`);
    if (rec.fields.some((f) => f.includes(a) && f.includes(b))) fail(`${where}: a field holds both split parts`);
    if (rec.fields.length < 2) fail(`${where}: split record with fewer than two fields`);
  } else if (meta.needles.length !== 1) fail(`${where}: unexpected number of parts`);

  // hosts and forbidden names, including decoded payloads
  checkHosts(joined, where);
  checkForbidden(joined, where);
  for (const p of meta.item.parts) { checkHosts(p.text, where); checkHosts(p.text.replace(ZW_RE, ''), `${where} (zero-width stripped)`); }
  for (const e of meta.item.encs) {
    if (!ENC_NAMES.includes(e.name)) { fail(`${where}: unknown encoding ${e.name}`); continue; }
    let dec;
    try { dec = ENCODINGS[e.name].dec(e.encoded); } catch (err) { fail(`${where}: ${e.name} does not decode: ${err.message}`); continue; }
    if (dec !== e.plain) fail(`${where}: ${e.name} decodes to something other than its plain text`);
    if (e.encoded === e.plain) fail(`${where}: ${e.name} is a no-op`);
    if (!meta.item.parts.some((p) => p.text.includes(e.encoded))) fail(`${where}: encoded string missing from payload`);
    checkHosts(dec, `${where} (decoded ${e.name})`);
    checkForbidden(dec, `${where} (decoded ${e.name})`);
  }

  // position rules
  const ms = measure(rec.fields, meta.needles);
  if (meta.long) {
    if (ms.len < 800) fail(`${where}: long record shorter than 800 chars (${ms.len})`);
    for (const s of ms.spans) if (s.centre < 0.2 || s.centre > 0.8) fail(`${where}: long record payload centre ${s.centre.toFixed(3)} outside 20-80%`);
  }
  if (meta.longDoc) {
    const s = ms.spans[0];
    if (ms.len < 1500) fail(`${where}: long document shorter than 1500 chars (${ms.len})`);
    if (s.centre < 0.3 || s.centre > 0.7) fail(`${where}: long document payload centre ${s.centre.toFixed(3)} outside 30-70%`);
    if (s.at < 500 || ms.len - s.end < 500) fail(`${where}: long document has under 500 chars on one side (${s.at} / ${ms.len - s.end})`);
  }
});

// aggregate rules
const distinct = (arr) => new Set(arr).size;
const itemKey = (it) => it.parts.map((p) => p.text).join('\u241e');
for (const cat of HARM_CATS) {
  const a = HARM_ATTACK.filter((x) => x.technique === cat).map(itemKey);
  const b = HARM_BENIGN.filter((x) => x.technique === cat).map(itemKey);
  if (distinct(a) < 12) fail(`harmful ${cat}: ${distinct(a)} distinct attack texts (< 12)`);
  if (distinct(b) < 12) fail(`harmful ${cat}: ${distinct(b)} distinct benign texts (< 12)`);
}
for (const t of TECHNIQUES) {
  const c = ATTACKS.filter((x) => x.technique === t).length;
  if (c < 30) fail(`technique ${t}: ${c} payloads (< 30)`);
}
const famCounts = LOOKALIKE_FAMILIES.map((f) => distinct(LOOKS.filter((x) => x.technique === f).map(itemKey)));
if (famCounts.filter((c) => c >= 10).length < 20) fail(`fewer than 20 look-alike families with >= 10 texts`);
if (distinct(ATTACKS.map(itemKey)) !== ATTACKS.length) fail('duplicate attack payload texts');
if (distinct(LOOKS.map(itemKey)) !== LOOKS.length) fail('duplicate look-alike texts');
if (distinct([...HARM_ATTACK, ...HARM_BENIGN].map(itemKey)) !== HARM_ATTACK.length + HARM_BENIGN.length) fail('duplicate harmful texts');
const langsUsed = new Set(records.map((r) => r.lang));
if (langsUsed.size < 18) fail(`only ${langsUsed.size} languages (< 18)`);
const nonEn = records.filter((r) => r.lang !== 'en').length / records.length;
if (nonEn < 0.5) fail(`non-English share ${nonEn.toFixed(3)} (< 0.5)`);
const injA = records.filter((r) => r.family === 'injection' && r.label === 'attack');
const injB = records.filter((r) => r.family === 'injection' && r.label === 'benign');
const shareTable = CARRIERS.map((c) => {
  const a = injA.filter((r) => r.carrier === c).length / injA.length;
  const b = injB.filter((r) => r.carrier === c).length / injB.length;
  if (Math.abs(a - b) > 0.02) fail(`carrier ${c}: attack share ${a.toFixed(3)} vs look-alike share ${b.toFixed(3)}`);
  return [c, a, b];
});
for (const c of CARRIERS) if (!records.some((r) => r.carrier === c)) fail(`carrier ${c} unused`);

// the generator directory itself must not name registries / code hosts either
for (const f of fs.readdirSync(HERE).filter((x) => x.startsWith(`${SET}_`) && x.endsWith('.mjs'))) {
  checkForbidden(fs.readFileSync(path.join(HERE, f), 'utf8'), f);
}

if (errors.length) {
  console.error(`${SET}: ${errors.length} validation error(s); nothing written.`);
  for (const e of errors.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}

// ---- write and print composition ---------------------------------------------------
const lines = records.map((r) => JSON.stringify({
  id: r.id, split: r.split, family: r.family, label: r.label, technique: r.technique, lang: r.lang,
  carrier: r.carrier, fields: r.fields, source: r.source, method: r.method,
}));
fs.writeFileSync(OUT, lines.join('\n') + '\n');

const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] || 0) + 1), m), {});
const fmt = (obj) => Object.entries(obj).map(([k, v]) => `${k} ${v}`).join(', ');
const longRecs = metas.filter((m) => m.long).length;
const longDocs = metas.filter((m) => m.longDoc);
const out = [];
out.push(`${SET}: ${records.length} records -> ${path.relative(process.cwd(), OUT) || OUT}`);
out.push(`injection attacks: ${ATTACKS.length} payloads x 2 carriers + ${LONG_ATTACKS.length} long documents = ${injA.length} records`);
out.push(`  by technique (payloads): ${fmt(count(ATTACKS, (x) => x.technique))}`);
out.push(`  long documents by technique: ${fmt(count(LONG_ATTACKS, (x) => x.technique))}`);
out.push(`injection look-alikes: ${LOOKS.length} texts x 2 carriers + ${LONG_BENIGN.length} long documents = ${injB.length} records`);
out.push(`  ${LOOKALIKE_FAMILIES.length} families, texts each: ${fmt(count(LOOKS, (x) => x.technique))}`);
out.push(`harmful: ${HARM_ATTACK.length} attack + ${HARM_BENIGN.length} benign texts x 2 carriers = ${records.filter((r) => r.family === 'harmful').length} records`);
out.push(`  per category: ${HARM_CATS.map((c) => `${c} ${HARM_ATTACK.filter((x) => x.technique === c).length}+${HARM_BENIGN.filter((x) => x.technique === c).length}`).join(', ')}`);
out.push(`long carrier records (>= 800 chars, filler-padded): ${longRecs}; long documents (>= 1500 chars): ${longDocs.length}`);
out.push(`languages (${langsUsed.size}), records: ${fmt(count(records, (r) => r.lang))}`);
out.push(`non-English records: ${(nonEn * 100).toFixed(1)}%`);
out.push(`carriers (records): ${fmt(count(records, (r) => r.carrier))}`);
out.push(`max carrier share gap attack vs look-alike: ${Math.max(...shareTable.map(([, a, b]) => Math.abs(a - b))).toFixed(4)}`);
out.push(`encodings: ${fmt(count(ATTACKS.concat(LOOKS).flatMap((x) => x.encs), (e) => e.name))}`);
console.log(out.join('\n'));
