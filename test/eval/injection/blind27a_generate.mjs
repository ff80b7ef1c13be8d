#!/usr/bin/env node
// blind27a generator + validator (Node 20 built-ins only).
//   node test/eval/injection/blind27a_generate.mjs          validate, write blind27a.jsonl
//   node test/eval/injection/blind27a_generate.mjs --check  validate only, write nothing
// Deterministic: a fixed-seed PRNG supplies ids and carrier details, carriers
// and long flags are assigned by position in each list (never by label), so
// every run produces byte-identical output. On any violation the validator
// prints the problems, writes nothing and exits 1.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { LANGS, LEX, FILLERS, CARRIERS, CARRIER_ORDER, LONG_CARRIERS, JSON_CARRIERS, escHtml } from './blind27a_carriers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, HIDDEN_TEXT, EXFILTRATION } from './blind27a_attacks_a.mjs';
import { TOOL_COAXING, ENCODED_PAYLOAD, JAILBREAK, SPLIT_PAYLOAD } from './blind27a_attacks_b.mjs';
import { LOOKALIKES_A } from './blind27a_lookalikes_a.mjs';
import { LOOKALIKES_B } from './blind27a_lookalikes_b.mjs';
import { HARMFUL } from './blind27a_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './blind27a_long.mjs';

const SET = 'blind27a';
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, `${SET}.jsonl`);
const CHECK_ONLY = process.argv.includes('--check');

// ------------------------------------------------------------------ PRNG
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
const rnd = mulberry32(0x27a2026);
const rint = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

// ------------------------------------------------------------- encodings
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function b32enc(s) {
  const bytes = Buffer.from(s, 'utf8');
  let bits = 0, val = 0, out = '';
  for (const b of bytes) {
    val = (val << 8) | b; bits += 8;
    while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}
function b32dec(s) {
  const clean = s.replace(/=+$/, '');
  let bits = 0, val = 0; const out = [];
  for (const ch of clean) {
    const i = B32.indexOf(ch);
    if (i < 0) throw new Error(`bad base32 char ${ch}`);
    val = (val << 5) | i; bits += 5;
    if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Buffer.from(out).toString('utf8');
}
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
});
const HOMO = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const HOMO_BACK = Object.fromEntries(Object.entries(HOMO).map(([k, v]) => [v, k]));
const ZW = /[\u200b\u200c\u200d\u2060\ufeff]/g;

const ENC = {
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (e) => Buffer.from(e, 'base64').toString('utf8') },
  hex: { enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (e) => Buffer.from(e, 'hex').toString('utf8') },
  rot13: { enc: rot13, dec: rot13 },
  url: { enc: (s) => encodeURIComponent(s), dec: (e) => decodeURIComponent(e) },
  reverse: { enc: (s) => Array.from(s).reverse().join(''), dec: (e) => Array.from(e).reverse().join('') },
  html_entities: { enc: (s) => Array.from(s).map((c) => `&#${c.codePointAt(0)};`).join(''), dec: (e) => e.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))) },
  base32: { enc: b32enc, dec: b32dec },
  unicode_escape: { enc: (s) => Array.from({ length: s.length }, (_, i) => '\\u' + s.charCodeAt(i).toString(16).padStart(4, '0')).join(''), dec: (e) => e.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) },
  zw: { enc: (s) => Array.from(s).join('\u200b'), dec: (e) => e.replace(ZW, '') },
  homoglyph: { enc: (s) => Array.from(s).map((c) => HOMO[c] ?? c).join(''), dec: (e) => Array.from(e).map((c) => HOMO_BACK[c] ?? c).join('') },
};

// ------------------------------------------------------------ hiding
// html hides produce markup (kind 'html', kept raw by the web carrier);
// markdown hides are plain text; zw/homoglyph go through ENC.
const HIDE = {
  comment: (t) => ({ kind: 'html', s: `<!-- ${t} -->` }),
  white: (t) => ({ kind: 'html', s: `<span style="color:#ffffff;background:#ffffff">${escHtml(t)}</span>` }),
  alt: (t) => ({ kind: 'html', s: `<img src="/media/banner-2026.webp" alt="${escHtml(t)}" width="1" height="1">` }),
  display_none: (t) => ({ kind: 'html', s: `<div style="display:none">${escHtml(t)}</div>` }),
  tiny: (t) => ({ kind: 'html', s: `<span style="font-size:0px;line-height:0">${escHtml(t)}</span>` }),
  aria: (t) => ({ kind: 'html', s: `<a href="/cart/add" class="icon-btn" aria-label="${escHtml(t)}"></a>` }),
  title: (t) => ({ kind: 'html', s: `<abbr title="${escHtml(t)}">ⓘ</abbr>` }),
  offscreen: (t) => ({ kind: 'html', s: `<p style="position:absolute;left:-9999px;top:-9999px">${escHtml(t)}</p>` }),
  hidden_input: (t) => ({ kind: 'html', s: `<input type="hidden" name="note" value="${escHtml(t)}">` }),
  meta: (t) => ({ kind: 'html', s: `<meta name="description" content="${escHtml(t)}">` }),
  data: (t) => ({ kind: 'html', s: `<div class="price" data-note="${escHtml(t)}">€129,00</div>` }),
  md_comment: (t) => ({ kind: 'text', s: `[//]: # (${t})` }),
  md_image_alt: (t) => ({ kind: 'text', s: `![${t}](/img/banner.webp)` }),
};

// ------------------------------------------------------------ vocab
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const ATTACK_LISTS = [
  ['instruction_override', INSTRUCTION_OVERRIDE, 'blind27a_attacks_a.mjs'],
  ['role_token', ROLE_TOKEN, 'blind27a_attacks_a.mjs'],
  ['hidden_text', HIDDEN_TEXT, 'blind27a_attacks_a.mjs'],
  ['exfiltration', EXFILTRATION, 'blind27a_attacks_a.mjs'],
  ['tool_coaxing', TOOL_COAXING, 'blind27a_attacks_b.mjs'],
  ['encoded_payload', ENCODED_PAYLOAD, 'blind27a_attacks_b.mjs'],
  ['jailbreak', JAILBREAK, 'blind27a_attacks_b.mjs'],
  ['split_payload', SPLIT_PAYLOAD, 'blind27a_attacks_b.mjs'],
];
const LOOKALIKE_FAMILIES = [
  ...Object.keys(LOOKALIKES_A).map((f) => [f, LOOKALIKES_A[f], 'blind27a_lookalikes_a.mjs']),
  ...Object.keys(LOOKALIKES_B).map((f) => [f, LOOKALIKES_B[f], 'blind27a_lookalikes_b.mjs']),
];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const KNOWN_BENIGN = new Set(LOOKALIKE_FAMILIES.map(([f]) => f));
const KNOWN_CARRIERS = new Set(CARRIER_ORDER);
const KNOWN_LANGS = new Set(LANGS);

// ------------------------------------------------------------ payloads
// Returns { kind, str, parts, encs:[{type, encoded, plain}], tags:[] }.
function buildPayload(item, base) {
  const tags = [base];
  const encs = [];
  let kind = 'text', str = null, parts = null;
  if (item.parts) {
    parts = item.parts.slice();
    tags.push('split');
  } else if (item.enc) {
    const encoded = ENC[item.enc].enc(item.plain);
    encs.push({ type: item.enc, encoded, plain: item.plain });
    str = item.wrap.replace('{E}', encoded);
    tags.push(`encoded:${item.enc}`);
  } else if (item.hide === 'zw' || item.hide === 'homoglyph') {
    const encoded = ENC[item.hide].enc(item.t);
    encs.push({ type: item.hide, encoded, plain: item.t });
    str = encoded;
    tags.push(`hidden:${item.hide}`);
  } else if (item.hide) {
    const h = HIDE[item.hide](item.t);
    kind = h.kind; str = h.s;
    tags.push(`hidden:${item.hide}`);
  } else {
    str = item.t;
  }
  if (item.cs) tags.push('code-switch');
  return { kind, str, parts, encs, tags, item };
}

const baseOf = (item, label) => (label === 'attack' ? (item.m === 'q' ? 'quiet' : 'direct') : 'lookalike');

// ------------------------------------------------------------ records
const records = [];   // { rec, meta }
let counter = 0;

function ctxFor(lang) {
  const n = rint(100, 9999);
  return { lang, lex: LEX[lang], n, id: `${rint(10, 99)}${n}` };
}

function assemble(carrierName, ctx, p, beforeParas, afterParas) {
  const C = CARRIERS[carrierName];
  const escT = (s) => C.esc(s, 'text');
  const paras = (list) => list.map((s) => C.para(escT(s), 'text'));
  let body, lead = null, needles;
  if (p.parts) {
    const a = escT(p.parts[0]);
    const b = escT(p.parts[1]);
    lead = a;
    body = [...paras(beforeParas), C.para(b, 'text'), ...paras(afterParas)].join(C.joiner);
    needles = [a, b];
  } else {
    const e = C.esc(p.str, p.kind);
    body = [...paras(beforeParas), C.para(e, p.kind), ...paras(afterParas)].join(C.joiner);
    needles = [e];
  }
  const fields = C.build(ctx, body, lead);
  return { fields, needles };
}

function spanOf(fields, needles) {
  const joined = fields.join('\n');
  const s = joined.indexOf(needles[0]);
  const last = needles[needles.length - 1];
  const e = joined.indexOf(last, s < 0 ? 0 : s) + last.length;
  return { joined, start: s, end: e, centre: (s + e) / 2 / joined.length };
}

function padLong(carrierName, ctx, p) {
  const pool = FILLERS[p.item.l];
  const r = ctx.n % pool.length;
  const rot = pool.map((_, i) => pool[(i + r) % pool.length]);
  const cands = [];
  for (let nb = 0; nb <= rot.length; nb++) {
    for (let na = 0; nb + na <= rot.length; na++) {
      const before = rot.slice(0, nb);
      const after = rot.slice(nb, nb + na);
      const out = assemble(carrierName, ctx, p, before, after);
      const sp = spanOf(out.fields, out.needles);
      if (sp.joined.length >= 800 && sp.centre >= 0.2 && sp.centre <= 0.8) {
        cands.push({ nb, na, out, score: Math.abs(sp.centre - 0.5), both: nb > 0 && na > 0 });
      }
    }
  }
  cands.sort((x, y) => (y.both - x.both) || ((x.nb + x.na) - (y.nb + y.na)) || (x.score - y.score));
  if (!cands.length) return null;
  return cands[0].out;
}

function addRecord({ family, label, technique, lang, carrier, p, long, longDoc, source }) {
  counter += 1;
  const ctx = ctxFor(lang);
  let out;
  if (longDoc) {
    const split = (t) => t.split('\n\n');
    out = assemble(carrier, ctx, p, split(longDoc.before), split(longDoc.after));
  } else if (long) {
    out = padLong(carrier, ctx, p);
    if (!out) out = { fields: [''], needles: ['\u0000unpaddable'] };
  } else {
    out = assemble(carrier, ctx, p, [], []);
  }
  const tags = p.tags.slice();
  if (long) tags.push('long');
  if (longDoc) tags.push('long-document');
  const rec = {
    id: `${SET}-${family}-${label}-${technique}-${String(counter).padStart(4, '0')}`,
    split: SET, family, label, technique, lang, carrier,
    fields: out.fields,
    source, method: tags.join(';'),
  };
  records.push({ rec, meta: { p, needles: out.needles, long: !!long, longDoc: !!longDoc } });
}

// Position-based carrier/long assignment inside one list.
const slot = (i, k) => ({ carrier: CARRIER_ORDER[(2 * i + k) % CARRIER_ORDER.length], long: (2 * i + k) % 4 === 3 });

// injection attacks
const attackItems = [];
for (const [tech, list, src] of ATTACK_LISTS) for (const item of list) attackItems.push({ tech, item, src });
attackItems.forEach(({ tech, item, src }, i) => {
  const p = buildPayload(item, baseOf(item, 'attack'));
  for (const k of [0, 1]) {
    const s = slot(i, k);
    addRecord({ family: 'injection', label: 'attack', technique: tech, lang: item.l, carrier: s.carrier, p, long: s.long, source: src });
  }
});
LONG_ATTACKS.forEach((d, j) => {
  const item = { l: d.l, m: d.m, t: d.payload, hide: d.hide };
  const p = buildPayload(item, baseOf(item, 'attack'));
  addRecord({ family: 'injection', label: 'attack', technique: d.tech, lang: d.l, carrier: LONG_CARRIERS[j], p, longDoc: d, source: 'blind27a_long.mjs' });
});

// injection look-alikes
const lookItems = [];
for (const [fam, list, src] of LOOKALIKE_FAMILIES) for (const item of list) lookItems.push({ fam, item, src });
lookItems.forEach(({ fam, item, src }, i) => {
  const p = buildPayload(item, 'lookalike');
  for (const k of [0, 1]) {
    const s = slot(i, k);
    addRecord({ family: 'injection', label: 'benign', technique: fam, lang: item.l, carrier: s.carrier, p, long: s.long, source: src });
  }
});
LONG_BENIGN.forEach((d, j) => {
  const item = { l: d.l, t: d.payload };
  const p = buildPayload(item, 'lookalike');
  addRecord({ family: 'injection', label: 'benign', technique: d.fam, lang: d.l, carrier: LONG_CARRIERS[j], p, longDoc: d, source: 'blind27a_long.mjs' });
});

// harmful
const harmItems = [];
for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) for (const item of HARMFUL[cat][label]) harmItems.push({ cat, label, item });
harmItems.forEach(({ cat, label, item }, i) => {
  const p = buildPayload(item, label === 'attack' ? 'request' : 'discussion');
  for (const k of [0, 1]) {
    const s = slot(i, k);
    addRecord({ family: 'harmful', label, technique: cat, lang: item.l, carrier: s.carrier, p, long: s.long, source: 'blind27a_harmful.mjs' });
  }
});

// ------------------------------------------------------------ validator
const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);

const BAD_HOSTS = /github|gitlab|bitbucket|npmjs|pypi|crates\.io|rubygems|nuget|packagist|docker\.io|hub\.docker|sourceforge|codeberg|huggingface|pkg\.go\.dev|maven\.org|anaconda\.org|googlesource/i;
// a bare host name ending in a common public TLD (not inside an e-mail local part or a longer name)
const BARE_REAL_HOST = /(?<![\p{L}0-9@.-])([\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.(?:com|net|org|io|co|de|fr|es|it|ru|cn|jp|uk|nl|pl|br|in|app|dev|ai|info|biz|xyz|shop|store|online|site|me|tv|us|eu|ua|tr|kr|vn|id|se|cz|ir|il|sa|ae))(?![\p{L}0-9@-]|\.[\p{L}0-9])/giu;
const okHost = (h) => {
  const host = h.toLowerCase().replace(/^.*@/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return !host.includes('.') || /\.(example|test|invalid)$/.test(host);
};
function checkHosts(id, text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/"'<>\\)\]?#,;|]+)/gi)) if (!okHost(m[1])) err(id, `${where}: URL host ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) if (!okHost(m[1])) err(id, `${where}: e-mail domain ${m[1]}`);
  for (const m of text.matchAll(/\bwww\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/gi)) if (!okHost('www.' + m[1])) err(id, `${where}: www host www.${m[1]}`);
  for (const m of text.matchAll(BARE_REAL_HOST)) err(id, `${where}: bare host with a public TLD ${m[1]}`);
  if (BAD_HOSTS.test(text)) err(id, `${where}: registry/code-hosting name`);
}

const ids = new Set();
for (const { rec, meta } of records) {
  const id = rec.id;
  for (const key of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof rec[key] !== 'string' || !rec[key].trim()) err(id, `empty ${key}`);
  }
  if (!Array.isArray(rec.fields) || rec.fields.length < 1) err(id, 'no fields');
  rec.fields.forEach((f, i) => { if (typeof f !== 'string' || !f.trim()) err(id, `empty field ${i}`); });
  if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
  if (rec.split !== SET) err(id, 'split');
  if (!['injection', 'harmful'].includes(rec.family)) err(id, 'family');
  if (!['attack', 'benign'].includes(rec.label)) err(id, 'label');
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) err(id, `unknown technique ${rec.technique}`);
  if (rec.family === 'injection' && rec.label === 'benign' && !KNOWN_BENIGN.has(rec.technique)) err(id, `unknown look-alike family ${rec.technique}`);
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) err(id, `unknown category ${rec.technique}`);
  if (!KNOWN_CARRIERS.has(rec.carrier)) err(id, `unknown carrier ${rec.carrier}`);
  if (!KNOWN_LANGS.has(rec.lang)) err(id, `unknown lang ${rec.lang}`);
  const m = id.match(/^blind27a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) err(id, 'id inconsistent with record');

  // needles
  const { p, needles } = meta;
  if (p.parts) {
    if (p.parts.length !== 2 || !p.parts[0].trim() || !p.parts[1].trim()) err(id, 'split needs two parts');
    const fa = rec.fields.findIndex((f) => f.includes(needles[0]));
    const fb = rec.fields.findIndex((f) => f.includes(needles[1]));
    if (fa < 0 || fb < 0) err(id, 'split part missing');
    if (fa === fb) err(id, 'split parts in the same field');
    if (rec.fields.some((f) => f.includes(needles[0]) && f.includes(needles[1]))) err(id, 'a field holds both split parts');
  } else {
    if (!rec.fields.some((f) => f.includes(needles[0]))) err(id, 'escaped needle not found in fields');
    if ((rec.technique === 'split_payload' || rec.technique === 'split_lookalike')) err(id, 'split technique without parts');
  }
  if (p.item.hide === 'comment' && p.item.t.includes('--')) err(id, 'comment payload contains --');
  if (p.item.hide === 'md_comment' && p.item.t.includes(')')) err(id, 'md comment payload contains )');
  if (p.item.hide === 'md_image_alt' && p.item.t.includes(']')) err(id, 'md alt payload contains ]');
  if (rec.carrier === 'code' && rec.fields.join('\n').split('*/').length - 1 !== 2) err(id, 'code comment not closed exactly twice');

  // encodings
  for (const e of p.encs) {
    let dec;
    try { dec = ENC[e.type].dec(e.encoded); } catch (x) { err(id, `decode ${e.type} failed: ${x.message}`); continue; }
    if (dec !== e.plain) err(id, `${e.type} round trip differs`);
    if (e.encoded === e.plain) err(id, `${e.type} is a no-op`);
    if (!p.str.includes(e.encoded)) err(id, `${e.type} encoded text not in payload`);
    if (e.type === 'homoglyph' && /[\u0400-\u04ff]/.test(e.plain)) err(id, 'homoglyph plain contains Cyrillic');
    checkHosts(id, e.plain, 'decoded');
  }

  // hosts and names
  for (const f of rec.fields) checkHosts(id, f, 'field');
  if (JSON_CARRIERS.has(rec.carrier)) for (const f of rec.fields) { try { JSON.parse(f); } catch { err(id, 'invalid JSON field'); } }

  // lengths and centres
  if (meta.long || meta.longDoc) {
    const sp = spanOf(rec.fields, needles);
    if (sp.start < 0) err(id, 'long: needle not found');
    if (meta.long) {
      if (sp.joined.length < 800) err(id, `long record only ${sp.joined.length} chars`);
      if (sp.centre < 0.2 || sp.centre > 0.8) err(id, `long centre ${sp.centre.toFixed(3)}`);
    }
    if (meta.longDoc) {
      if (sp.joined.length < 1500) err(id, `long document only ${sp.joined.length} chars`);
      if (sp.centre < 0.3 || sp.centre > 0.7) err(id, `long document centre ${sp.centre.toFixed(3)}`);
      if (sp.start < 500 || sp.joined.length - sp.end < 500) err(id, `long document sides ${sp.start}/${sp.joined.length - sp.end}`);
    }
  }
}

// set-level checks
const inj = records.map((r) => r.rec).filter((r) => r.family === 'injection');
const attacksInj = inj.filter((r) => r.label === 'attack');
const benignInj = inj.filter((r) => r.label === 'benign');

for (const [tech, list] of ATTACK_LISTS) if (list.length < 30) err('set', `technique ${tech} has ${list.length} payloads (< 30)`);
const famCount = LOOKALIKE_FAMILIES.filter(([, list]) => list.length >= 10).length;
if (famCount < 20) err('set', `only ${famCount} look-alike families with >= 10 texts`);
for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) {
  const texts = HARMFUL[cat][label].map((x) => x.t);
  if (new Set(texts).size < 12) err('set', `${cat}/${label}: ${new Set(texts).size} distinct texts (< 12)`);
}
const allTexts = [];
for (const { item } of attackItems) allTexts.push(item.t ?? item.plain ?? item.parts.join(' '));
for (const { item } of lookItems) allTexts.push(item.t ?? item.plain ?? item.parts.join(' '));
for (const { item } of harmItems) allTexts.push(item.t);
for (const d of [...LONG_ATTACKS, ...LONG_BENIGN]) allTexts.push(d.payload);
const dupes = allTexts.filter((t, i) => allTexts.indexOf(t) !== i);
if (dupes.length) err('set', `duplicate payload texts: ${dupes.slice(0, 3).join(' | ')}`);

const langs = new Set(records.map((r) => r.rec.lang));
if (langs.size < 18) err('set', `only ${langs.size} languages`);
const nonEn = records.filter((r) => r.rec.lang !== 'en').length / records.length;
if (nonEn < 0.5) err('set', `non-English share ${nonEn.toFixed(3)} < 0.5`);

const share = (list, c) => list.filter((r) => r.carrier === c).length / list.length;
const shareDiff = {};
for (const c of CARRIER_ORDER) {
  const d = Math.abs(share(attacksInj, c) - share(benignInj, c));
  shareDiff[c] = d;
  if (d > 0.02) err('set', `carrier ${c} share differs by ${d.toFixed(3)}`);
}
if (CARRIER_ORDER.length < 17) err('set', 'fewer than 17 carriers');

// ------------------------------------------------------------ report
const count = (list, key) => list.reduce((m, r) => ((m[r[key]] = (m[r[key]] || 0) + 1), m), {});
const fmt = (obj) => Object.entries(obj).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
const all = records.map((r) => r.rec);
const harm = all.filter((r) => r.family === 'harmful');
const tagCount = (list, re) => list.filter((r) => re.test(r.method)).length;
const attackPayloadStyles = (() => {
  const items = [...attackItems.map(({ item }) => buildPayload(item, baseOf(item, 'attack')).tags), ...LONG_ATTACKS.map((d) => buildPayload({ l: d.l, m: d.m, t: d.payload, hide: d.hide }, baseOf(d, 'attack')).tags)];
  const n = items.length;
  const quiet = items.filter((t) => t.includes('quiet')).length;
  const hid = items.filter((t) => t.some((x) => /^(hidden|encoded|split)/.test(x))).length;
  const direct = items.filter((t) => t.includes('direct') && !t.some((x) => /^(hidden|encoded|split)/.test(x))).length;
  const cs = items.filter((t) => t.includes('code-switch')).length;
  return { n, quiet, hid, direct, cs };
})();

const lines = [];
lines.push(`${SET}: ${all.length} records`);
lines.push(`injection attacks: ${attacksInj.length} records = ${attackItems.length} payloads x 2 carriers + ${LONG_ATTACKS.length} long documents`);
lines.push(`  by technique (payloads): ${ATTACK_LISTS.map(([t, l]) => `${t} ${l.length}`).join(', ')}`);
lines.push(`  by technique (records): ${fmt(count(attacksInj, 'technique'))}`);
lines.push(`  payload styles: quiet ${attackPayloadStyles.quiet}, hidden/encoded/split ${attackPayloadStyles.hid}, plain direct ${attackPayloadStyles.direct} (of ${attackPayloadStyles.n}; code-switch ${attackPayloadStyles.cs})`);
lines.push(`injection look-alikes: ${benignInj.length} records = ${lookItems.length} texts x 2 carriers + ${LONG_BENIGN.length} long documents, ${LOOKALIKE_FAMILIES.length} families`);
lines.push(`  by family (texts): ${LOOKALIKE_FAMILIES.map(([f, l]) => `${f} ${l.length}`).join(', ')}`);
lines.push(`harmful: ${harm.length} records = ${harmItems.length} texts x 2 carriers (12 attack + 12 benign per category)`);
lines.push(`  ${CATEGORIES.map((c) => `${c} ${harm.filter((r) => r.technique === c && r.label === 'attack').length}/${harm.filter((r) => r.technique === c && r.label === 'benign').length}`).join(', ')} (attack/benign records)`);
lines.push(`long records (>= 800 chars, padded by position): ${tagCount(all, /(^|;)long(;|$)/)}; long documents (>= 1500 chars): ${tagCount(all, /long-document/)}`);
lines.push(`languages (${langs.size}): ${fmt(count(all, 'lang'))}`);
lines.push(`non-English records: ${(nonEn * 100).toFixed(1)}%`);
lines.push(`carriers (${CARRIER_ORDER.length}): ${fmt(count(all, 'carrier'))}`);
lines.push(`max carrier share difference attacks vs look-alikes: ${Math.max(...Object.values(shareDiff)).toFixed(4)}`);

if (errors.length) {
  console.error(`${SET}: ${errors.length} validation error(s); nothing written`);
  for (const e of errors.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}

const text = all.map((r) => JSON.stringify(r)).join('\n') + '\n';
lines.push(`sha256: ${createHash('sha256').update(text).digest('hex')}`);
if (!CHECK_ONLY) writeFileSync(OUT, text);
console.log(lines.join('\n'));
console.log(CHECK_ONLY ? 'validation passed (--check: nothing written)' : `wrote ${OUT}`);
