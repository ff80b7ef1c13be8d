#!/usr/bin/env node
// blind14a generator: writes blind14a.jsonl next to this file, validates every
// record, prints the composition, exits 1 on any violation. Deterministic, Node
// built-ins only.  Usage: node test/eval/injection/blind14a_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, carrierPair, asEmbedded, FILLER } from './blind14a_carriers.mjs';
import { ATTACKS } from './blind14a_attacks.mjs';
import { LOOKALIKES } from './blind14a_lookalikes.mjs';
import { LONG_DOCS } from './blind14a_long.mjs';
import { HARMFUL } from './blind14a_harmful.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind14a.jsonl');
const SPLIT = 'blind14a';
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const BENIGN_FAMILIES = Object.keys(LOOKALIKES);

// ---------- lossless encodings ----------
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (s) => Buffer.from(s, 'base64').toString('utf8') },
  hex: { enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (s) => Buffer.from(s, 'hex').toString('utf8') },
  rot13: { enc: rot13, dec: rot13 },
  url: { enc: encodeURIComponent, dec: decodeURIComponent },
  html_entities: { enc: (s) => [...s].map((c) => `&#x${c.codePointAt(0).toString(16)};`).join(''), dec: (s) => s.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))) },
  unicode_escape: { enc: (s) => Array.from({ length: s.length }, (_, i) => '\\u' + s.charCodeAt(i).toString(16).padStart(4, '0')).join(''), dec: (s) => s.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))) },
  reversed: { enc: (s) => [...s].reverse().join(''), dec: (s) => [...s].reverse().join('') },
  leet: { ok: (s) => /^[^0-9A-Z]+$/.test(s), enc: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]), dec: (s) => s.replace(/[431057]/g, (c) => UNLEET[c]) },
  unicode_tags: { ok: (s) => /^[\x20-\x7e]+$/.test(s), enc: (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''), dec: (s) => [...s].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('') },
  zero_width: { ok: (s) => !s.includes('\u200b'), enc: (s) => [...s].join('\u200b'), dec: (s) => s.replace(/\u200b/g, '') },
};

const errors = [];
const fail = (msg) => errors.push(msg);

// Render one item: returns {parts: [text] or [a, b], enc?: {method, plain, encoded}, lang, cs}
function render(item, where) {
  if (Array.isArray(item)) {
    const [lang, text, meta = {}] = item;
    return { lang, parts: [text], cs: !!meta.cs };
  }
  if (item.enc) {
    const e = ENC[item.enc];
    if (!e) { fail(`${where}: unknown encoding ${item.enc}`); return { lang: item.lang, parts: [item.wrap] }; }
    if (e.ok && !e.ok(item.plain)) fail(`${where}: plain text not encodable losslessly with ${item.enc}`);
    const encoded = e.enc(item.plain);
    if (e.dec(encoded) !== item.plain) fail(`${where}: ${item.enc} round trip failed`);
    if (encoded === item.plain) fail(`${where}: ${item.enc} left the text unchanged`);
    if (!item.wrap.includes('{E}')) fail(`${where}: wrap has no {E}`);
    return { lang: item.lang, parts: [item.wrap.replace('{E}', () => encoded)], enc: { method: item.enc, plain: item.plain, encoded }, cs: !!item.cs };
  }
  if ('a' in item) return { lang: item.lang, parts: [item.a, item.b], cs: !!item.cs };
  fail(`${where}: unrecognised item`);
  return { lang: 'en', parts: [''] };
}

const EXTRA_LEAVES = ['Attachment: Q3_summary.pdf (212 KB)', 'Labels: follow-up, customer', 'Reply-To: no-reply@acme.example', 'Source: shared drive / Team / 2025', 'Tags: internal', 'Read time: 3 min'];

const records = [];
const counters = new Map();
function push(rec, meta) {
  const key = `${rec.family}-${rec.label}-${rec.technique}`;
  const n = (counters.get(key) || 0) + 1;
  counters.set(key, n);
  const r = { id: `${SPLIT}-${key}-${String(n).padStart(4, '0')}`, split: SPLIT, ...rec };
  records.push({ r, meta });
}

// Frame an item in carrier c with seed s.
function frame(c, rendered, s, long) {
  const parts = rendered.parts;
  if (parts.length === 2) return [CARRIERS[c](parts[0], s, long), parts[1]];
  const f = [CARRIERS[c](parts[0], s, long)];
  if (s % 4 === 1) f.push(EXTRA_LEAVES[s % EXTRA_LEAVES.length]);
  return f;
}

// ---------- injection attacks and look-alikes (each item in two carriers) ----------
function emitPaired(source, label, groups) {
  let k = 0;
  for (const [technique, items] of Object.entries(groups)) {
    items.forEach((item, j) => {
      const where = `${source}/${technique}[${j}]`;
      const rd = render(item, where);
      const pair = carrierPair(k);
      pair.forEach((c, r) => {
        const s = k * 2 + r;
        const long = s % 3 === 0;
        const fields = frame(c, rd, s, long);
        const rec = { family: 'injection', label, technique, lang: rd.lang, carrier: c, fields };
        if (rd.enc) rec.method = rd.enc.method;
        if (rd.cs) rec.code_switched = true;
        rec.item = `${source}/${technique}/${j}`;
        push(rec, { rd, carrier: c, split: rd.parts.length === 2 });
      });
      k++;
    });
  }
}
emitPaired('attacks', 'attack', ATTACKS);
emitPaired('lookalikes', 'benign', LOOKALIKES);

// ---------- long documents with one buried passage ----------
LONG_DOCS.forEach((d, j) => {
  const bodyOf = (buried, head, tail) => `${head}\n\n${buried}\n\n${tail}`;
  let head = d.head;
  let tail = d.tail;
  let f = 0;
  const len = (h, t) => Math.min(CARRIERS[d.carrier](bodyOf(d.attack[1], h, t), j, false).length, CARRIERS[d.carrier](bodyOf(d.benign[1], h, t), j, false).length);
  while (len(head, tail) < 1500) {
    const para = FILLER[(j + f) % FILLER.length];
    if (f++ % 2 === 0) tail += '\n\n' + para; else head = para + '\n\n' + head;
  }
  for (const [label, [technique, text]] of [['attack', d.attack], ['benign', d.benign]]) {
    const body = bodyOf(text, head, tail);
    const rec = { family: 'injection', label, technique, lang: d.lang, carrier: d.carrier, fields: [CARRIERS[d.carrier](body, j, false)], long_doc: true, item: `long/${j}` };
    push(rec, { rd: { lang: d.lang, parts: [body] }, buried: text, carrier: d.carrier, longDoc: true });
  }
});

// ---------- harmful ----------
CATEGORIES.forEach((cat, ci) => {
  for (const label of ['attack', 'benign']) {
    HARMFUL[cat][label].forEach((item, i) => {
      const rd = render(item, `harmful/${cat}/${label}[${i}]`);
      const s = ci * 12 + i;
      const c = CARRIER_NAMES[(s * 3 + ci) % CARRIER_NAMES.length];
      const long = i % 3 === 0;
      const rec = { family: 'harmful', label, technique: cat, lang: rd.lang, carrier: c, fields: frame(c, rd, s, long), item: `harmful/${cat}/${label}/${i}` };
      push(rec, { rd, carrier: c });
    });
  }
});

// ---------- validation ----------
const HOST_OK = /\.(example|test|invalid)$/i;
const URL_RE = /\b(?:https?|ftp|wss?):\/\/(?:[^\s\/@]+@)?([A-Za-z0-9.-]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g;
const BARE_RE = /\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|co|ru|cn|de|fr|uk|jp|info|biz|app|xyz|me|gov|edu|us|eu|ly|gg|tv|to))\b/g;
function checkHosts(text, where) {
  const t = text.replace(/\u200b/g, '').replace(/[\u{e0020}-\u{e007e}]+/gu, (run) => ' ' + [...run].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('') + ' ');
  for (const re of [URL_RE, MAIL_RE]) {
    for (const m of t.matchAll(re)) {
      const host = m[1].replace(/^.*@/, '').replace(/:\d+$/, '').replace(/\.+$/, '');
      if (!HOST_OK.test(host)) fail(`${where}: host not under .example/.test/.invalid: ${host}`);
    }
  }
  for (const m of t.matchAll(BARE_RE)) fail(`${where}: bare real-looking domain: ${m[1]}`);
}

const ids = new Set();
const STR = ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier'];
for (const { r, meta } of records) {
  const w = r.id;
  for (const k of STR) if (typeof r[k] !== 'string' || !r[k].trim()) fail(`${w}: field ${k} empty or not a string`);
  if (ids.has(r.id)) fail(`${w}: duplicate id`);
  ids.add(r.id);
  if (r.split !== SPLIT) fail(`${w}: bad split`);
  if (!['injection', 'harmful'].includes(r.family)) fail(`${w}: bad family`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${w}: bad label`);
  const known = r.family === 'harmful' ? CATEGORIES : r.label === 'attack' ? TECHNIQUES : BENIGN_FAMILIES;
  if (!known.includes(r.technique)) fail(`${w}: unknown technique ${r.technique}`);
  if (!LANGS.includes(r.lang)) fail(`${w}: unknown lang ${r.lang}`);
  if (!CARRIER_NAMES.includes(r.carrier)) fail(`${w}: unknown carrier ${r.carrier}`);
  if (!Array.isArray(r.fields) || r.fields.length === 0) fail(`${w}: fields empty`);
  r.fields.forEach((f, i) => { if (typeof f !== 'string' || !f.trim()) fail(`${w}: fields[${i}] empty`); });
  const joined = r.fields.join('\n');
  checkHosts(joined, w);
  if (meta.rd.enc) checkHosts(meta.rd.enc.plain, w + ' (decoded)');
  // payload (or look-alike) present in the framed text
  if (meta.split) {
    const [a, b] = meta.rd.parts;
    if (r.fields.length !== 2) fail(`${w}: split record needs exactly 2 fields`);
    else {
      if (!r.fields[0].includes(asEmbedded(r.carrier, a))) fail(`${w}: part 1 not in field 0`);
      if (r.fields[1] !== b) fail(`${w}: field 1 is not part 2`);
      if (r.fields[0].includes(b) || r.fields[1].includes(a)) fail(`${w}: split parts not separated`);
    }
  } else if (meta.longDoc) {
    if (!r.fields[0].includes(meta.buried)) fail(`${w}: buried passage missing`);
    if (r.fields[0].length < 1500) fail(`${w}: long document shorter than 1500 chars`);
    const pos = r.fields[0].indexOf(meta.buried) / r.fields[0].length;
    if (pos < 0.2 || pos > 0.8) fail(`${w}: buried passage not in the middle (${pos.toFixed(2)})`);
  } else if (!r.fields[0].includes(asEmbedded(r.carrier, meta.rd.parts[0]))) fail(`${w}: body not found in framed text`);
  if (meta.rd.enc) {
    const { method, plain, encoded } = meta.rd.enc;
    if (!joined.includes(asEmbedded(r.carrier, encoded))) fail(`${w}: encoded segment missing`);
    if (ENC[method].dec(encoded) !== plain) fail(`${w}: decode mismatch`);
  }
  if (r.technique === 'split_payload' && !meta.split) fail(`${w}: split_payload without two parts`);
}

// ---------- composition ----------
const count = (pred) => records.filter(({ r }) => pred(r)).length;
const tally = (rs, key) => rs.reduce((m, r) => (m[key(r)] = (m[key(r)] || 0) + 1, m), {});
const R = records.map((x) => x.r);
const inj = R.filter((r) => r.family === 'injection');
const items = (pfx) => new Set(R.filter((r) => r.item.startsWith(pfx)).map((r) => r.item));
for (const t of TECHNIQUES) {
  const n = [...items(`attacks/${t}/`)].length;
  if (n < 28) fail(`technique ${t}: only ${n} distinct payloads (need 28)`);
}
if (BENIGN_FAMILIES.length < 18) fail(`only ${BENIGN_FAMILIES.length} look-alike families (need 18)`);
// every paired item framed in two different carriers
const byItem = {};
for (const r of R) if (!r.item.startsWith('long/') && !r.item.startsWith('harmful/')) (byItem[r.item] ||= []).push(r.carrier);
for (const [it, cs] of Object.entries(byItem)) if (cs.length !== 2 || cs[0] === cs[1]) fail(`${it}: not in two different carriers`);
for (const c of CARRIER_NAMES) {
  for (const lab of ['attack', 'benign']) if (!inj.some((r) => r.carrier === c && r.label === lab)) fail(`carrier ${c} never frames an injection ${lab}`);
}
for (const cat of CATEGORIES) for (const lab of ['attack', 'benign']) {
  const n = count((r) => r.family === 'harmful' && r.technique === cat && r.label === lab);
  if (n !== 12) fail(`harmful ${cat}/${lab}: ${n} records (need 12)`);
}
const harm = R.filter((r) => r.family === 'harmful');
if (harm.filter((r) => r.lang !== 'en').length * 2 < harm.length) fail('harmful: less than half non-English');
if (R.filter((r) => r.lang !== 'en').length * 2 < R.length) fail('overall: less than half non-English');
for (const l of LANGS) if (!R.some((r) => r.lang === l)) fail(`language ${l} missing`);
const longDocs = R.filter((r) => r.long_doc);
if (longDocs.filter((r) => r.label === 'attack').length !== 15 || longDocs.filter((r) => r.label === 'benign').length !== 15) fail('need 15 + 15 long documents');
const len800 = R.filter((r) => r.fields.join('\n').length >= 800).length;
if (len800 * 4 < R.length) fail(`only ${len800} records of 800+ characters`);

writeFileSync(OUT, R.map((r) => JSON.stringify(r)).join('\n') + '\n');

const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`blind14a: ${R.length} records -> ${OUT}`);
console.log(`injection attack: ${count((r) => r.family === 'injection' && r.label === 'attack')} (distinct payloads ${[...items('attacks/')].length}, long docs 15)`);
console.log(`  by technique: ${fmt(tally(inj.filter((r) => r.label === 'attack'), (r) => r.technique))}`);
console.log(`injection benign: ${count((r) => r.family === 'injection' && r.label === 'benign')} (distinct look-alikes ${[...items('lookalikes/')].length} in ${BENIGN_FAMILIES.length} families, long docs 15)`);
console.log(`  by family: ${fmt(tally(inj.filter((r) => r.label === 'benign'), (r) => r.technique))}`);
console.log(`harmful: attack ${count((r) => r.family === 'harmful' && r.label === 'attack')}, benign ${count((r) => r.family === 'harmful' && r.label === 'benign')} (12+12 per category; non-English ${harm.filter((r) => r.lang !== 'en').length}/${harm.length})`);
console.log(`carriers (injection attack/benign): ${CARRIER_NAMES.map((c) => `${c}=${inj.filter((r) => r.carrier === c && r.label === 'attack').length}/${inj.filter((r) => r.carrier === c && r.label === 'benign').length}`).join(' ')}`);
console.log(`languages: ${fmt(tally(R, (r) => r.lang))}`);
console.log(`non-English: ${R.filter((r) => r.lang !== 'en').length}/${R.length}; code-switched: ${count((r) => r.code_switched)}; 800+ chars: ${len800} (attack ${R.filter((r) => r.label === 'attack' && r.fields.join('\n').length >= 800).length}, benign ${R.filter((r) => r.label === 'benign' && r.fields.join('\n').length >= 800).length}); 1500+ chars: ${R.filter((r) => r.fields.join('\n').length >= 1500).length}; two-field records: ${count((r) => r.fields.length === 2)}`);
console.log(`encodings (attack/benign): ${Object.keys(ENC).map((m) => `${m}=${count((r) => r.method === m && r.label === 'attack')}/${count((r) => r.method === m && r.label === 'benign')}`).join(' ')}`);
if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors.slice(0, 200)) console.error('  ' + e);
  process.exit(1);
}
console.log('validation: OK');
