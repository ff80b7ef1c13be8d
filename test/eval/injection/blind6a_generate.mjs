// Writes blind6a.jsonl: the sixth blind evaluation set (workplace-agent emphasis) for the
// injection and harmful guards. Deterministic, Node built-ins only:
//   node test/eval/injection/blind6a_generate.mjs
// Validates every record (non-empty string fields, known techniques, languages and carriers,
// unique ids, fictitious domains only, distinct payloads) and prints the composition.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CARRIERS, CARRIER_NAMES } from './blind6a_carriers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN } from './blind6a_attacks_a.mjs';
import { HIDDEN_TEXT, EXFILTRATION } from './blind6a_attacks_b.mjs';
import { TOOL_COAXING, ENCODED_PAYLOAD } from './blind6a_attacks_c.mjs';
import { JAILBREAK, SPLIT_PAYLOAD } from './blind6a_attacks_d.mjs';
import { BENIGN_A } from './blind6a_benign_a.mjs';
import { BENIGN_B } from './blind6a_benign_b.mjs';
import { BENIGN_C } from './blind6a_benign_c.mjs';
import { HARMFUL } from './blind6a_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN, ACCOUNT_NOTES } from './blind6a_long.mjs';
import { LONG_ATTACKS_2, LONG_BENIGN_2 } from './blind6a_long2.mjs';

const SPLIT = 'blind6a';
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind6a.jsonl');

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration',
  'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const HARM_CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko',
  'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const HIDE_METHODS = ['html_comment', 'display_none', 'zero_font', 'white_text', 'alt_text',
  'offscreen', 'md_comment', 'unicode_tags'];
const ENC_METHODS = ['base64', 'hex', 'rot13', 'url', 'html_entities', 'reversed', 'unicode_escape'];
const PDF_LIKE = new Set(['contract', 'invoice']);

const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function toTags(s) {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (cp < 0x20 || cp > 0x7e) throw new Error(`unicode_tags payload has non-ASCII char ${JSON.stringify(ch)}`);
    out += String.fromCodePoint(0xe0000 + cp);
  }
  return String.fromCodePoint(0xe0001) + out + String.fromCodePoint(0xe007f);
}

function hide(m, v, h, carrier, k) {
  if (PDF_LIKE.has(carrier) && (m === 'white_text' || m === 'zero_font')) {
    // Text extracted from a PDF keeps white or 1pt text but loses its styling.
    return `${v}\n${h}`;
  }
  switch (m) {
    case 'html_comment': return `<p>${v}</p>\n<!-- ${h} -->`;
    case 'display_none': return `<p>${v}</p>\n<div style="display:none">${h}</div>`;
    case 'zero_font': return `<p>${v}<span style="font-size:0px;line-height:0">${h}</span></p>`;
    case 'white_text': return `<p>${v}</p>\n<p style="color:#ffffff;background-color:#ffffff">${h}</p>`;
    case 'alt_text': return `<p>${v}</p>\n<img src="/assets/figure-${k}.png" alt="${escAttr(h)}" width="640">`;
    case 'offscreen': return `<p>${v}</p>\n<div style="position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden">${h}</div>`;
    case 'md_comment': return `${v}\n\n[//]: # (${h})`;
    case 'unicode_tags': return `${v}${toTags(h)}`;
    default: throw new Error(`unknown hiding method ${m}`);
  }
}

function rot13(s) {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
}

function encode(m, s) {
  switch (m) {
    case 'base64': return Buffer.from(s, 'utf8').toString('base64');
    case 'hex': return Buffer.from(s, 'utf8').toString('hex');
    case 'rot13': return rot13(s);
    case 'url': return encodeURIComponent(s);
    case 'html_entities': return [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
    case 'reversed': return [...s].reverse().join('');
    case 'unicode_escape': return [...s].map((c) => '\\u' + c.codePointAt(0).toString(16).padStart(4, '0')).join('');
    default: throw new Error(`unknown encoding ${m}`);
  }
}

const records = [];
const pad = (n) => String(n).padStart(4, '0');
let k = 0;

// Injection attacks.
const ATTACKS = {
  instruction_override: INSTRUCTION_OVERRIDE, role_token: ROLE_TOKEN, hidden_text: HIDDEN_TEXT,
  exfiltration: EXFILTRATION, tool_coaxing: TOOL_COAXING, encoded_payload: ENCODED_PAYLOAD,
  jailbreak: JAILBREAK, split_payload: SPLIT_PAYLOAD,
};
for (const e of [...LONG_ATTACKS, ...LONG_ATTACKS_2]) ATTACKS[e.tech] = [...ATTACKS[e.tech], e];
const payloadKeys = new Set();
const perTechniquePayloads = {};
for (const tech of TECHNIQUES) {
  let n = 0;
  perTechniquePayloads[tech] = ATTACKS[tech].length;
  for (const e of ATTACKS[tech]) {
    const key = e.t ?? e.h ?? e.s ?? e.p.join('\u241e');
    if (payloadKeys.has(key)) throw new Error(`duplicate payload in ${tech}: ${key.slice(0, 60)}`);
    payloadKeys.add(key);
    for (const carrier of e.c) {
      k += 1;
      let parts;
      let method;
      if (tech === 'hidden_text') { parts = [hide(e.m, e.v, e.h, carrier, k)]; method = e.m; }
      else if (tech === 'encoded_payload') { parts = [e.pre + encode(e.m, e.s) + e.post]; method = e.m; }
      else if (tech === 'split_payload') parts = e.p;
      else parts = [e.t];
      const rec = { id: `${SPLIT}-injection-attack-${tech}-${pad(++n)}`, split: SPLIT,
        family: 'injection', label: 'attack', technique: tech, lang: e.l, carrier,
        fields: CARRIERS[carrier]?.(parts, k) };
      if (method) rec.method = method;
      if (e.p) rec._parts = e.p;
      records.push(rec);
    }
  }
}

// Injection look-alikes.
const benignCounters = {};
for (const e of [...BENIGN_A, ...BENIGN_B, ...BENIGN_C, ...LONG_BENIGN, ...ACCOUNT_NOTES, ...LONG_BENIGN_2]) {
  const key = e.t ?? e.p.join('\u241e');
  if (payloadKeys.has(key)) throw new Error(`duplicate look-alike: ${key.slice(0, 60)}`);
  payloadKeys.add(key);
  for (const carrier of e.c) {
    k += 1;
    benignCounters[e.f] = (benignCounters[e.f] ?? 0) + 1;
    records.push({ id: `${SPLIT}-injection-benign-${e.f}-${pad(benignCounters[e.f])}`, split: SPLIT,
      family: 'injection', label: 'benign', technique: e.f, lang: e.l, carrier,
      fields: CARRIERS[carrier]?.(e.p ?? [e.t], k), ...(e.p ? { _parts: e.p } : {}) });
  }
}

// Harmful and harmful look-alikes.
const harmCounters = {};
for (const e of HARMFUL) {
  k += 1;
  const ck = `${e.label}-${e.cat}`;
  harmCounters[ck] = (harmCounters[ck] ?? 0) + 1;
  records.push({ id: `${SPLIT}-harmful-${e.label}-${e.cat}-${pad(harmCounters[ck])}`, split: SPLIT,
    family: 'harmful', label: e.label, technique: e.cat, lang: e.l, carrier: e.c,
    fields: CARRIERS[e.c]?.([e.t], k) });
}

// Validation.
const errors = [];
const ids = new Set();
const HOST = /(?:https?:\/\/|@)([a-z0-9][a-z0-9.-]*\.[a-z]{2,})/gi;
const OK_TLD = /\.(example|test|invalid)$/i;
for (const r of records) {
  const where = r.id;
  if (ids.has(r.id)) errors.push(`${where}: duplicate id`);
  ids.add(r.id);
  if (!['injection', 'harmful'].includes(r.family)) errors.push(`${where}: family`);
  if (!['attack', 'benign'].includes(r.label)) errors.push(`${where}: label`);
  if (!LANGS.includes(r.lang)) errors.push(`${where}: unknown lang ${r.lang}`);
  if (!CARRIER_NAMES.includes(r.carrier)) errors.push(`${where}: unknown carrier ${r.carrier}`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) errors.push(`${where}: technique`);
  if (r.family === 'injection' && r.label === 'benign' && !/^[a-z_]+$/.test(r.technique)) errors.push(`${where}: family name`);
  if (r.family === 'harmful' && !HARM_CATEGORIES.includes(r.technique)) errors.push(`${where}: category`);
  if (r.method && !(HIDE_METHODS.includes(r.method) || ENC_METHODS.includes(r.method))) errors.push(`${where}: method`);
  if (!Array.isArray(r.fields) || r.fields.length === 0) errors.push(`${where}: no fields`);
  else for (const f of r.fields) if (typeof f !== 'string' || f.trim() === '') errors.push(`${where}: empty or non-string field`);
  if (r._parts) {
    // Each part of a split record must land in its own field.
    const tail = (p) => p.replace(/\n/g, ' ').slice(-16);
    const at = r._parts.map((p) => r.fields.findIndex((f) => f.replace(/\n(\[deploy\] |\[test\] |    |# |\/\/ )?/g, ' ').includes(tail(p)) || f.includes(JSON.stringify(p).slice(-17, -1))));
    if (at.some((i) => i < 0) || at[0] === at[1]) errors.push(`${where}: split parts not in two fields (${at})`);
  }
  if (r.method === 'rot13') continue; // encoded host names; the plaintexts are checked below
  for (const f of r.fields ?? []) {
    for (const m of String(f).matchAll(HOST)) {
      const host = m[1].replace(/\.+$/, '');
      if (!OK_TLD.test(host)) errors.push(`${where}: non-fictitious host ${host}`);
    }
  }
}
for (const e of ATTACKS.encoded_payload) {
  for (const m of e.s.matchAll(HOST)) if (!OK_TLD.test(m[1].replace(/\.+$/, ''))) errors.push(`encoded plaintext: non-fictitious host ${m[1]}`);
}
const benignFamilies = Object.keys(benignCounters);
const attackCount = records.filter((r) => r.family === 'injection' && r.label === 'attack').length;
const benignCount = records.filter((r) => r.family === 'injection' && r.label === 'benign').length;
const distinctAttackPayloads = TECHNIQUES.reduce((a, t) => a + perTechniquePayloads[t], 0);
if (attackCount < 520) errors.push(`only ${attackCount} attack records`);
if (distinctAttackPayloads < 260) errors.push(`only ${distinctAttackPayloads} distinct payloads`);
for (const t of TECHNIQUES) if (perTechniquePayloads[t] < 28) errors.push(`${t}: ${perTechniquePayloads[t]} payloads`);
if (benignCount < 600) errors.push(`only ${benignCount} look-alike records`);
if (benignFamilies.length < 18) errors.push(`only ${benignFamilies.length} look-alike families`);
for (const c of HARM_CATEGORIES) for (const l of ['attack', 'benign']) {
  const n = records.filter((r) => r.family === 'harmful' && r.technique === c && r.label === l).length;
  if (n < 8) errors.push(`harmful ${c}/${l}: ${n}`);
}
if (errors.length) {
  console.error(errors.slice(0, 40).join('\n'));
  console.error(`${errors.length} validation errors`);
  process.exit(1);
}

for (const r of records) delete r._parts;
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

const tally = (sel, key) => {
  const c = {};
  for (const r of records.filter(sel)) c[r[key]] = (c[r[key]] ?? 0) + 1;
  return Object.entries(c).sort((a, b) => b[1] - a[1]).map(([a, b]) => `${a} ${b}`).join(', ');
};
const share = (sel) => {
  const rs = records.filter(sel);
  return `${(100 * rs.filter((r) => r.lang !== 'en').length / rs.length).toFixed(1)}% non-English`;
};
const isAtt = (r) => r.family === 'injection' && r.label === 'attack';
const isBen = (r) => r.family === 'injection' && r.label === 'benign';
const isHarm = (r) => r.family === 'harmful';
console.log(`wrote ${records.length} records to ${OUT}`);
console.log(`injection attacks: ${attackCount} records from ${distinctAttackPayloads} distinct payloads (${share(isAtt)})`);
console.log(`  by technique: ${tally(isAtt, 'technique')}`);
console.log(`  payloads per technique: ${TECHNIQUES.map((t) => `${t} ${perTechniquePayloads[t]}`).join(', ')}`);
console.log(`  by method: ${tally((r) => isAtt(r) && r.method, 'method')}`);
console.log(`  by language: ${tally(isAtt, 'lang')}`);
console.log(`  by carrier: ${tally(isAtt, 'carrier')}`);
console.log(`injection look-alikes: ${benignCount} records in ${benignFamilies.length} families (${share(isBen)})`);
console.log(`  by family: ${tally(isBen, 'technique')}`);
console.log(`  by language: ${tally(isBen, 'lang')}`);
console.log(`  by carrier: ${tally(isBen, 'carrier')}`);
console.log(`harmful: ${tally(isHarm, 'label')} (${share(isHarm)})`);
console.log(`  by category: ${tally((r) => isHarm(r) && r.label === 'attack', 'technique')} | look-alikes: ${tally((r) => isHarm(r) && r.label === 'benign', 'technique')}`);
console.log(`  by language: ${tally(isHarm, 'lang')}`);
console.log(`  by carrier: ${tally(isHarm, 'carrier')}`);
const len = (r) => r.fields.join('\n').length;
for (const [name, sel] of [['attacks', isAtt], ['look-alikes', isBen]]) {
  const rs = records.filter(sel);
  console.log(`${name} length: <300 ${rs.filter((r) => len(r) < 300).length}, 300-999 ${rs.filter((r) => len(r) >= 300 && len(r) < 1000).length}, 1000+ ${rs.filter((r) => len(r) >= 1000).length}`);
}
