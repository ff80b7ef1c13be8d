// blind7a generator: node test/eval/injection/blind7a_generate.mjs
// Deterministic, Node built-ins only. Writes blind7a.jsonl next to this file,
// validates every record, prints the composition, exits 1 on any violation.
// The set was written blind to the detectors (no detector, rule or earlier
// corpus file was read while writing it).

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIER_NAMES, frame, carrierPair } from './blind7a_carriers.mjs';
import * as ATT from './blind7a_attacks.mjs';
import * as BEN from './blind7a_benign.mjs';
import { HARMFUL } from './blind7a_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './blind7a_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind7a.jsonl');
const SPLIT = 'blind7a';

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const BENIGN_FAMILIES = Object.keys(BEN).sort();

// ---------------------------------------------------------------- encodings
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENCODERS = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => encodeURIComponent(s),
  html_entities: (s) => [...s].map((c) => `&#x${c.codePointAt(0).toString(16).toUpperCase()};`).join(''),
  unicode_escape: (s) => Array.from({ length: s.length }, (_, i) => '\\u' + s.charCodeAt(i).toString(16).padStart(4, '0')).join(''),
  reversed: (s) => [...s].reverse().join(''),
  leet: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]),
};
const DECODERS = {
  base64: (e) => Buffer.from(e, 'base64').toString('utf8'),
  hex: (e) => Buffer.from(e, 'hex').toString('utf8'),
  rot13,
  url: (e) => decodeURIComponent(e),
  html_entities: (e) => e.replace(/&#x([0-9A-Fa-f]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16))),
  unicode_escape: (e) => e.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
  reversed: (e) => [...e].reverse().join(''),
  leet: (e) => e.replace(/[0134579]/g, (d) => UNLEET[d] ?? d),
};
const toTags = (s) => [...s].map((c) => String.fromCodePoint(0xE0000 + c.codePointAt(0))).join('');
const fromTags = (s) => [...s].filter((c) => { const p = c.codePointAt(0); return p >= 0xE0000 && p <= 0xE007F; }).map((c) => String.fromCodePoint(c.codePointAt(0) - 0xE0000)).join('');
const ZW = '\u200B';

// Build the text parts of one item; returns {parts, meta}.
function build(item) {
  const [lang, body, mix] = item;
  const meta = { lang, mixed: mix === 'mix' };
  if (Array.isArray(body)) return { parts: body.slice(), meta };
  if (typeof body === 'string') return { parts: [body], meta };
  const { method } = body;
  if (method === 'unicode_tags') {
    meta.method = method; meta.decoded = body.plain;
    return { parts: [body.before + toTags(body.plain) + body.after], meta };
  }
  if (method === 'zero_width') {
    meta.method = method; meta.decoded = body.plain;
    return { parts: [body.before + [...body.plain].join(ZW) + body.after], meta };
  }
  if (ENCODERS[method]) {
    const enc = ENCODERS[method](body.plain);
    meta.method = method; meta.decoded = body.plain; meta.encoded = enc;
    return { parts: [body.wrap.replace('{ENC}', enc)], meta };
  }
  throw new Error('unknown item shape');
}

// ---------------------------------------------------------------- records
const records = [];
const counters = new Map();
const nextId = (family, label, technique) => {
  const key = `${family}-${label}-${technique}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return `${SPLIT}-${key}-${String(n).padStart(4, '0')}`;
};
function push(family, label, technique, carrier, parts, meta, n, extra = {}) {
  const rec = { id: nextId(family, label, technique), split: SPLIT, family, label, technique, lang: meta.lang, carrier, fields: frame(carrier, parts, n) };
  if (meta.mixed) rec.code_switched = true;
  if (meta.method) { rec.method = meta.method; rec.decoded = meta.decoded; }
  Object.assign(rec, extra);
  Object.defineProperty(rec, '_parts', { value: parts, enumerable: false });
  Object.defineProperty(rec, '_encoded', { value: meta.encoded, enumerable: false });
  records.push(rec);
}

let serial = 0;
for (const [ti, t] of TECHNIQUES.entries()) {
  ATT[t].forEach((item, k) => {
    const { parts, meta } = build(item);
    const pid = `a-${t}-${String(k + 1).padStart(3, '0')}`;
    for (const c of carrierPair(serial, ti)) push('injection', 'attack', t, c, parts, meta, serial, { payload_id: pid });
    serial++;
  });
}
for (const [fi, f] of BENIGN_FAMILIES.entries()) {
  BEN[f].forEach((item, k) => {
    const { parts, meta } = build(item);
    const pid = `b-${f}-${String(k + 1).padStart(3, '0')}`;
    for (const c of carrierPair(serial, fi)) push('injection', 'benign', f, c, parts, meta, serial, { payload_id: pid });
    serial++;
  });
}
for (const [label, list] of [['attack', LONG_ATTACKS], ['benign', LONG_BENIGN]]) {
  list.forEach((d, k) => {
    const meta = { lang: d.lang };
    let parts = d.parts ? d.parts.slice() : [d.text];
    if (d.method) {
      const enc = ENCODERS[d.method](d.plain);
      parts = parts.map((p) => p.replace('{ENC}', enc));
      meta.method = d.method; meta.decoded = d.plain; meta.encoded = enc;
    }
    push('injection', label, d.technique, d.carrier, parts, meta, 500 + k, { long: true, payload_id: `long-${label}-${String(k + 1).padStart(2, '0')}` });
  });
}
CATEGORIES.forEach((cat, ci) => {
  for (const [li, label] of ['attack', 'benign'].entries()) {
    HARMFUL[cat][label].forEach((item, k) => {
      const { parts, meta } = build(item);
      const carrier = CARRIER_NAMES[(k * 5 + ci * 3 + li * 7) % CARRIER_NAMES.length];
      push('harmful', label, cat, carrier, parts, meta, 700 + ci * 30 + k);
    });
  }
});

// ---------------------------------------------------------------- validation
const errors = [];
const err = (rec, msg) => errors.push(`${rec?.id ?? '?'}: ${msg}`);
const norm = (s) => s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
// Text of a field as a reader sees it: JSON carriers are parsed and their string leaves joined.
const leaves = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(leaves) : v && typeof v === 'object' ? Object.values(v).flatMap(leaves) : []);
const fieldText = (f) => { try { const v = JSON.parse(f); if (v && typeof v === 'object') return leaves(v).join('\n'); } catch { /* not JSON */ } return f; };
const jsonUnescape = (s) => s.replace(/\\(["\\/bfnrt])/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[c] ?? c));
const HOST_OK = (h) => /\.(example|test|invalid)$/i.test(h.replace(/\.$/, '')) || /^(localhost|127\.0\.0\.1)$/i.test(h);
function checkHosts(rec, text) {
  for (const m of text.matchAll(/\b(?:https?|ftp|wss?|ssh|git):\/\/(?:[^@\/\s"'<>]+@)?([A-Za-z0-9.-]+)/g)) if (!HOST_OK(m[1])) err(rec, `host not under .example/.test/.invalid: ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*)/g)) if (!HOST_OK(m[1])) err(rec, `mail/ssh host not under .example/.test/.invalid: ${m[1]}`);
  for (const m of text.matchAll(/\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|io|dev|ai|co|app|cn|ru|de|jp|uk|gov|edu|fr|es|me|info|cloud)\b(?![.-]?[A-Za-z0-9])/gi)) err(rec, `bare real-looking domain: ${m[0]}`);
}

const ids = new Set();
const KNOWN_TECH = new Set([...TECHNIQUES, ...BENIGN_FAMILIES, ...CATEGORIES]);
for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k].trim()) err(r, `empty or non-string ${k}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) err(r, 'fields must be non-empty strings');
  if (ids.has(r.id)) err(r, 'duplicate id'); ids.add(r.id);
  if (!/^blind7a-(injection|harmful)-(attack|benign)-[a-z_]+-\d{4}$/.test(r.id)) err(r, 'bad id format');
  if (!['injection', 'harmful'].includes(r.family)) err(r, 'bad family');
  if (!['attack', 'benign'].includes(r.label)) err(r, 'bad label');
  if (!LANGS.includes(r.lang)) err(r, `unknown lang ${r.lang}`);
  if (!CARRIER_NAMES.includes(r.carrier)) err(r, `unknown carrier ${r.carrier}`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) err(r, 'unknown harmful category');
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) err(r, 'unknown attack technique');
  if (r.family === 'injection' && r.label === 'benign' && !KNOWN_TECH.has(r.technique)) err(r, 'unknown benign family');
  if (r.family === 'injection' && r.label === 'benign' && TECHNIQUES.includes(r.technique)) err(r, 'benign family named like an attack technique');
  const joined = r.fields.join('\n');
  // every part is present in its own field and only there
  const parts = r._parts;
  if (parts.length !== r.fields.length) err(r, 'parts/fields count mismatch');
  parts.forEach((p, i) => {
    const np = norm(p.replace(/[\u{E0000}-\u{E007F}\u200B]/gu, ''));
    const nf = r.fields.map((f) => norm(fieldText(f).replace(/[\u{E0000}-\u{E007F}\u200B]/gu, '')));
    if (!nf[i].includes(np)) err(r, `part ${i} not found in field ${i}`);
    if (parts.length > 1 && nf.some((f, j) => j !== i && f.includes(np))) err(r, `part ${i} also appears in another field`);
  });
  if (r.technique === 'split_payload' || r.technique === 'split_lookalike') {
    if (r.fields.length < 2) err(r, 'split record needs at least two fields');
  }
  // lossless encodings
  if (r.method) {
    if (r.method === 'unicode_tags') {
      if (!/^[\x20-\x7e]+$/.test(r.decoded)) err(r, 'tag plaintext must be printable ASCII');
      if (fromTags(joined) !== r.decoded) err(r, 'unicode tag payload does not decode to plaintext');
    } else if (r.method === 'zero_width') {
      const runs = joined.match(new RegExp(`(?:[^${ZW}]${ZW})+[^${ZW}]`, 'gu')) ?? [];
      if (!runs.some((s) => s.split(ZW).join('') === r.decoded)) err(r, 'zero-width interleaved payload does not decode to plaintext');
    } else {
      const enc = r._encoded;
      if (!r.fields.some((f) => f.includes(enc) || jsonUnescape(f).includes(enc) || fieldText(f).includes(enc))) err(r, 'encoded string not found in fields');
      if (DECODERS[r.method](enc) !== r.decoded) err(r, `${r.method} does not round-trip`);
      if (r.method === 'leet' && (/[0134579]/.test(r.decoded) || r.decoded !== r.decoded.toLowerCase())) err(r, 'leet plaintext must be lowercase without leet digits');
      if (r.method === 'base64' || r.method === 'hex') {
        const re = r.method === 'base64' ? /[A-Za-z0-9+/]{16,}={0,2}/g : /[0-9a-f]{16,}/g;
        const found = [...joined.matchAll(re)].map((m) => m[0]).some((tok) => DECODERS[r.method](tok) === r.decoded);
        if (!found) err(r, `independent ${r.method} extraction did not recover the plaintext`);
      }
    }
    checkHosts(r, r.decoded);
  }
  checkHosts(r, joined);
  if (r.long && joined.length < 1500) err(r, `long record only ${joined.length} chars`);
}

// composition constraints
const count = (pred) => records.filter(pred).length;
const distinct = (pred) => new Set(records.filter(pred).map((r) => r.payload_id)).size;
for (const t of TECHNIQUES) {
  const n = distinct((r) => r.technique === t && r.label === 'attack' && !r.long);
  if (n < 28) errors.push(`technique ${t}: only ${n} distinct payloads`);
}
if (BENIGN_FAMILIES.length < 18) errors.push(`only ${BENIGN_FAMILIES.length} look-alike families`);
for (const pid of new Set(records.filter((r) => r.payload_id && !r.long).map((r) => r.payload_id))) {
  const cs = records.filter((r) => r.payload_id === pid).map((r) => r.carrier);
  if (cs.length !== 2 || cs[0] === cs[1]) errors.push(`${pid}: must be framed in two different carriers (${cs.join(',')})`);
}
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) {
  const n = count((r) => r.family === 'harmful' && r.technique === c && r.label === l);
  if (n !== 12) errors.push(`harmful ${c}/${l}: ${n} records, expected 12`);
}
const harmful = records.filter((r) => r.family === 'harmful');
if (harmful.filter((r) => r.lang !== 'en').length * 2 < harmful.length) errors.push('harmful: fewer than half non-English');
if (records.filter((r) => r.lang !== 'en').length * 2 < records.length) errors.push('fewer than half of all records non-English');
for (const l of LANGS) if (!records.some((r) => r.lang === l)) errors.push(`language ${l} missing`);
const attCarriers = new Set(records.filter((r) => r.family === 'injection' && r.label === 'attack').map((r) => r.carrier));
const benCarriers = new Set(records.filter((r) => r.family === 'injection' && r.label === 'benign').map((r) => r.carrier));
for (const c of CARRIER_NAMES) if (!attCarriers.has(c) || !benCarriers.has(c)) errors.push(`carrier ${c} not used by both attacks and look-alikes`);
const hAtt = new Set(harmful.filter((r) => r.label === 'attack').map((r) => r.carrier));
const hBen = new Set(harmful.filter((r) => r.label === 'benign').map((r) => r.carrier));
for (const c of CARRIER_NAMES) if (hAtt.has(c) !== hBen.has(c)) errors.push(`harmful carrier ${c} used by only one label`);
if (count((r) => r.long && r.label === 'attack') < 15 || count((r) => r.long && r.label === 'benign') < 15) errors.push('need 15 long attacks and 15 long look-alikes');

// ---------------------------------------------------------------- output
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

const tally = (list, key) => { const m = new Map(); for (const r of list) m.set(key(r), (m.get(key(r)) ?? 0) + 1); return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)); };
const fmt = (pairs) => pairs.map(([k, v]) => `${k}=${v}`).join(' ');
const inj = records.filter((r) => r.family === 'injection');
console.log(`blind7a: ${records.length} records -> ${OUT}`);
console.log(`injection attack: ${count((r) => r.family === 'injection' && r.label === 'attack')} records (${distinct((r) => r.family === 'injection' && r.label === 'attack' && !r.long)} distinct payloads x 2 carriers + ${count((r) => r.long && r.label === 'attack')} long)`);
console.log('  by technique: ' + fmt(tally(inj.filter((r) => r.label === 'attack'), (r) => r.technique)));
console.log(`injection benign: ${count((r) => r.family === 'injection' && r.label === 'benign')} records (${distinct((r) => r.family === 'injection' && r.label === 'benign' && !r.long)} distinct look-alikes x 2 carriers + ${count((r) => r.long && r.label === 'benign')} long) in ${new Set(inj.filter((r) => r.label === 'benign').map((r) => r.technique)).size} families`);
console.log('  by family: ' + fmt(tally(inj.filter((r) => r.label === 'benign'), (r) => r.technique)));
console.log(`harmful: ${harmful.length} records: ` + fmt(tally(harmful, (r) => `${r.technique}/${r.label}`)));
console.log('by lang: ' + fmt(tally(records, (r) => r.lang)));
console.log(`non-English: ${records.filter((r) => r.lang !== 'en').length}/${records.length} (harmful ${harmful.filter((r) => r.lang !== 'en').length}/${harmful.length}); code-switched: ${count((r) => r.code_switched)}`);
console.log('by carrier (injection attack/benign, harmful): ' + CARRIER_NAMES.map((c) => `${c}=${count((r) => r.family === 'injection' && r.label === 'attack' && r.carrier === c)}/${count((r) => r.family === 'injection' && r.label === 'benign' && r.carrier === c)}/${count((r) => r.family === 'harmful' && r.carrier === c)}`).join(' '));
console.log('encoded methods: ' + fmt(tally(records.filter((r) => r.method), (r) => `${r.label}:${r.method}`)));
console.log(`long (>=1500 chars): ${count((r) => r.long)}; min long length ${Math.min(...records.filter((r) => r.long).map((r) => r.fields.join('\n').length))}`);
if (errors.length) {
  console.error(`\n${errors.length} violation(s):`);
  for (const e of errors.slice(0, 200)) console.error('  ' + e);
  process.exit(1);
}
console.log('validation: OK');
