// Writes blind2.jsonl: the second held-out ("blind2") evaluation set for the injection and
// harmful detectors, in the record format of README.md (split "blind2"). Deterministic, node
// built-ins only:
//
//   node test/eval/injection/blind2_generate.mjs [out.jsonl]
//
// Sources: blind2_attacks.mjs (attacks), blind2_benign.mjs (look-alikes), blind2_harmful.mjs
// (harmful records and their look-alikes), framed by blind2_carriers.mjs. Written without reading
// the detectors, their docs, their training data or the other sets. Hidden-text and encoded
// records carry a `method` member (ignored by the runner). The generator validates every line it
// wrote, refuses duplicate payloads, and prints counts per technique, carrier, language, method.

import { writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ATTACKS } from './blind2_attacks.mjs';
import { BENIGN } from './blind2_benign.mjs';
import { HARMFUL } from './blind2_harmful.mjs';
import { FILLER, escapeHtml, frame, frameSplit, pick } from './blind2_carriers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] || join(here, 'blind2.jsonl');

// ------------------------------------------------------------------ hiding methods
const HTML_METHODS = new Set(['white_on_white', 'zero_size', 'display_none', 'html_comment', 'offscreen',
  'opacity_zero', 'img_alt', 'tiny_font']);
const MD_METHODS = new Set(['md_alt_text', 'md_comment']);

const attr = (s) => escapeHtml(s).replace(/"/g, '&quot;');
const stripAccents = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function visibleLine(lang, i) {
  const f = FILLER[lang] || FILLER.en;
  return f.lines[(i * 5 + 1) % f.lines.length];
}

function unicodeTags(s) {
  const ascii = stripAccents(s);
  if (/[^\x20-\x7e]/.test(ascii)) throw new Error(`unicode_tags needs ASCII text: ${s}`);
  return String.fromCodePoint(0xe0001) + [...ascii].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('') +
    String.fromCodePoint(0xe007f);
}

// Zero-width characters inside words: the text still reads the same on screen.
function zeroWidthSplit(s, i) {
  const zw = ['\u200b', '\u200c', '\u2060', '\u200d'];
  let n = 0;
  return [...s].map((c) => (/\s/.test(c) ? c : c + ((++n + i) % 3 === 0 ? zw[(n + i) % zw.length] : ''))).join('');
}

// Zero-width steganography: each UTF-8 byte as eight bits (U+200B = 0, U+200C = 1), bytes
// separated by U+200D, between two visible words.
function zeroWidthBinary(s) {
  return [...Buffer.from(s, 'utf8')].map((b) => b.toString(2).padStart(8, '0').replace(/0/g, '\u200b').replace(/1/g, '\u200c'))
    .join('\u200d');
}

// Right-to-left override: stored reversed, displayed in reading order.
function bidiOverride(s, lang) {
  const rtl = lang === 'ar';
  return (rtl ? '\u202d' : '\u202e') + [...s].reverse().join('') + '\u202c';
}

function hide(method, payload, { lang, i, carrier }) {
  const vis = visibleLine(lang, i);
  switch (method) {
    case 'white_on_white': return `<p style="color:#ffffff;background-color:#ffffff">${escapeHtml(payload)}</p>`;
    case 'zero_size': return `<div style="font-size:0;line-height:0;height:0">${escapeHtml(payload)}</div>`;
    case 'display_none': return carrier === 'email'
      ? `<span style="display:none !important;mso-hide:all">${escapeHtml(payload)}</span>`
      : `<div class="promo-${i}" style="display:none">${escapeHtml(payload)}</div>`;
    case 'html_comment': return `<!-- ${payload} -->`;
    case 'offscreen': return `<div style="position:absolute;left:-9999px;top:-9999px" aria-hidden="true">${escapeHtml(payload)}</div>`;
    case 'opacity_zero': return `<span style="opacity:0;font-size:11px">${escapeHtml(payload)}</span>`;
    case 'img_alt': return `<img src="/img/hero-${i}.jpg" alt="${attr(payload)}" width="640" height="320">`;
    case 'tiny_font': return `<span style="font-size:1px;color:#fdfdfd">${escapeHtml(payload)}</span>`;
    case 'md_alt_text': return `${vis}\n\n![${payload}](https://cdn.kestrel.example/img/diagram-${i}.png)`;
    case 'md_comment': return `${vis}\n\n[//]: # (${payload})`;
    case 'unicode_tags': return `${vis}${unicodeTags(payload)}`;
    case 'zero_width_split': return zeroWidthSplit(payload, i);
    case 'zero_width_binary': return `${vis} \u200d${zeroWidthBinary(payload)}\u200d`;
    case 'bidi_override': return `${vis} ${bidiOverride(payload, lang)}`;
    default: throw new Error(`unknown hiding method ${method}`);
  }
}

// ------------------------------------------------------------------ encodings
function rot13(s) {
  return s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function encode(method, s) {
  switch (method) {
    case 'base64': return Buffer.from(s, 'utf8').toString('base64');
    case 'hex': return Buffer.from(s, 'utf8').toString('hex');
    case 'rot13': return rot13(s);
    case 'url': return encodeURIComponent(s);
    case 'html_entities': return [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
    case 'unicode_escape': return [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
    default: throw new Error(`unknown encoding ${method}`);
  }
}

const BLOB_LABELS = ['token', 'ref', 'payload', 'meta', 'x-data', 'trace', 'ctx', 'blob'];

// ------------------------------------------------------------------ records
const records = [];
const counters = new Map();
function add(family, label, technique, lang, carrier, fields, extra = {}) {
  const key = `${family}-${label}-${technique}`;
  const n = counters.get(key) || 0;
  counters.set(key, n + 1);
  records.push({ id: `blind2-${key}-${n}`, split: 'blind2', family, label, technique, lang, carrier, ...extra, fields });
}

const seenPayloads = new Set();
function once(text) {
  const key = JSON.stringify(text);
  if (seenPayloads.has(key)) throw new Error(`duplicate text: ${key.slice(0, 80)}`);
  seenPayloads.add(key);
}

ATTACKS.forEach(([technique, lang, carrier, payload, opt = {}], i) => {
  once(payload);
  const ctx = { lang, i, carrier };
  if (technique === 'split_payload') {
    add('injection', 'attack', technique, lang, carrier, frameSplit(carrier, payload, ctx));
    return;
  }
  if (technique === 'hidden_text') {
    const html = HTML_METHODS.has(opt.method);
    if (html && carrier !== 'web' && carrier !== 'email') throw new Error(`${opt.method} needs an HTML carrier`);
    const text = hide(opt.method, payload, ctx);
    const style = MD_METHODS.has(opt.method) ? 3 : undefined;
    add('injection', 'attack', technique, lang, carrier, frame(carrier, text, { ...ctx, html, style }), { method: opt.method });
    return;
  }
  if (technique === 'encoded_payload') {
    const blob = encode(opt.method, payload);
    const html = opt.method === 'html_entities';
    let text;
    if (html) text = `<p>${opt.lead ? escapeHtml(opt.lead) + ' ' : ''}<span class="note">${blob}</span></p>`;
    else if (opt.lead) text = `${opt.lead}\n${blob}`;
    else text = `${pick(BLOB_LABELS, i, 70)}${opt.method === 'url' ? '=' : ': '}${blob}`;
    add('injection', 'attack', technique, lang, carrier, frame(carrier, text, { ...ctx, html }), { method: opt.method });
    return;
  }
  add('injection', 'attack', technique, lang, carrier, frame(carrier, payload, ctx));
});

// Benign look-alikes: [family, lang, carriers, text, opt]; 'bare' is the text alone, a split
// look-alike's text is an array of leaves.
BENIGN.forEach(([family, lang, carriers, text, opt = {}], i) => {
  once(text);
  for (const [k, carrier] of carriers.entries()) {
    const ctx = { lang, i: i * 3 + k, carrier, html: !!opt.html, style: opt.style };
    let fields;
    if (Array.isArray(text)) fields = carrier === 'bare' ? text : frameSplit(carrier, text, ctx);
    else fields = carrier === 'bare' ? [text] : frame(carrier, text, ctx);
    add('injection', 'benign', family, lang, carrier, fields, opt.method ? { method: opt.method } : {});
  }
});

// Harmful records and look-alikes: [category, label, lang, carrier, text].
HARMFUL.forEach(([category, label, lang, carrier, text], i) => {
  once(text);
  add('harmful', label, category, lang, carrier, carrier === 'bare' ? [text] : frame(carrier, text, { lang, i, carrier }));
});

writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ------------------------------------------------------------------ validation and counts
const ids = new Set();
const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
for (const [n, line] of lines.entries()) {
  const r = JSON.parse(line);
  const ok = typeof r.id === 'string' && !ids.has(r.id) && r.split === 'blind2' &&
    ['injection', 'harmful'].includes(r.family) && ['attack', 'benign'].includes(r.label) &&
    r.technique && r.lang && r.carrier && Array.isArray(r.fields) && r.fields.length > 0 &&
    r.fields.every((f) => typeof f === 'string' && f.length > 0);
  if (!ok) throw new Error(`line ${n + 1} is not a valid record: ${line.slice(0, 120)}`);
  ids.add(r.id);
}

function count(filter, key) {
  const m = {};
  for (const r of records.filter(filter)) m[r[key]] = (m[r[key]] || 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
}
const inj = (label) => (r) => r.family === 'injection' && r.label === label;
const harm = (label) => (r) => r.family === 'harmful' && r.label === label;
console.log(`wrote ${records.length} records to ${out}`);
for (const label of ['attack', 'benign']) {
  console.log(`\ninjection ${label}: ${records.filter(inj(label)).length}`);
  for (const key of ['technique', 'carrier', 'lang', 'method']) console.log(`  by ${key}: ${count((r) => inj(label)(r) && r[key], key)}`);
}
for (const label of ['attack', 'benign']) {
  console.log(`\nharmful ${label}: ${records.filter(harm(label)).length}`);
  for (const key of ['technique', 'lang']) console.log(`  by ${key}: ${count(harm(label), key)}`);
}
