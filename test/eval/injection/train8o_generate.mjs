#!/usr/bin/env node
// train8o generator + validator (Node 20 built-ins only).
//   node test/eval/injection/train8o_generate.mjs          build, validate, write train8o.jsonl
//   node test/eval/injection/train8o_generate.mjs --check  build and validate only, write nothing
// Deterministic: one fixed-seed PRNG (mulberry32) drives every choice, so the output is
// byte-identical on every run. Any validation failure prints the violations, writes nothing
// and exits 1.
// Debugging: DUMP=<record id> prints that record (pretty) before validation runs.

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

import { CARRIERS, LANGS, render, esc, unfold } from './train8o_carriers.mjs';
import { ATTACKS_A } from './train8o_attacks_a.mjs';
import { ATTACKS_B } from './train8o_attacks_b.mjs';
import { LOOKALIKES_A } from './train8o_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train8o_lookalikes_b.mjs';
import { HARMFUL } from './train8o_harmful.mjs';
import { FILLERS } from './train8o_fillers.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './train8o_long.mjs';

const SET = 'train8o';
const DIR = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(DIR, `${SET}.jsonl`);
const CHECK_ONLY = process.argv.includes('--check');

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LOOKALIKES = { ...LOOKALIKES_A, ...LOOKALIKES_B };
const FAMILIES = Object.keys(LOOKALIKES);
const ENCODINGS = ['base64', 'hex', 'rot13', 'url', 'reverse'];
// Long documents get carriers by position in their list; the same list serves attack and benign
// long documents, so both sides get the same carrier mix.
const LONG_CARRIERS = ['email', 'web', 'kb', 'pdf', 'email_thread', 'rag', 'ticket', 'memory', 'calendar', 'crm', 'chat', 'json', 'search', 'yaml', 'csv'];

// Forbidden host names (package registries, code hosting), stored base64-encoded so that the
// literal names never appear in the repository.
const FORBIDDEN = [
  'Z2l0aHViLmNvbQ==', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==',
  'bnBtanMuY29t', 'bnBtanMub3Jn', 'eWFybnBrZy5jb20=', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==',
  'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'bnVnZXQub3Jn', 'bWF2ZW4ub3Jn',
  'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t', 'ZG9ja2VyLmlv', 'aHViLmRvY2tlci5jb20=',
  'cHJveHkuZ29sYW5nLm9yZw==', 'cGtnLmdvLmRldg==', 'aGV4LnBt', 'Y3Jhbi5yLXByb2plY3Qub3Jn', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t',
].map((b) => Buffer.from(b, 'base64').toString('utf8'));

// ---------------------------------------------------------------- PRNG
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(0x7a1b8e0f);

// ---------------------------------------------------------------- encodings
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
});
const ENCODE = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => encodeURIComponent(s),
  reverse: (s) => Array.from(s).reverse().join(''),
};
// Decoders written separately from the encoders; each refuses input that is not of its form.
const DECODE = {
  base64: (s) => {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(s) || s.length % 4 !== 0) throw new Error('not base64');
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(s, 'base64'));
  },
  hex: (s) => {
    if (!/^(?:[0-9a-f]{2})+$/.test(s)) throw new Error('not hex');
    const bytes = new Uint8Array(s.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  },
  rot13: (s) => s.replace(/[a-z]/gi, (c) => {
    const code = c.charCodeAt(0);
    const base = code < 97 ? 65 : 97;
    return String.fromCharCode(base + ((code - base + 13) % 26));
  }),
  url: (s) => {
    if (/[\s]/.test(s)) throw new Error('raw whitespace in url encoding');
    return decodeURIComponent(s);
  },
  reverse: (s) => [...s].reverse().join(''),
};

// ---------------------------------------------------------------- units
const errors = [];
const fail = (msg) => errors.push(msg);

const HIDE_KINDS = [
  [/<!--/, 'html-comment'], [/\balt="/, 'alt-text'], [/\btitle="/, 'title-attribute'],
  [/display:\s*none|\bhidden>/, 'display-none'], [/opacity:\s*0/, 'transparent'],
  [/position:\s*absolute/, 'off-screen'], [/font-size:\s*(?:0|1px)/, 'tiny-text'],
  [/colou?r(?::|=")\s*(?:#f{3}\b|#f{6}|#fefefe|white)/i, 'white-text'], [/<meta\b/, 'meta-tag'],
  [/^\[\/\/\]: #/, 'markdown-comment'], [/[\u200b\u200c\u2060]/, 'zero-width'],
];

function longestLine(s) {
  return s.split('\n').map((l) => l.trim()).filter(Boolean).sort((a, b) => b.length - a.length)[0] || '';
}

function attackUnit(tech, item, source) {
  const u = { kind: 'attack', family: 'injection', label: 'attack', technique: tech, source, lang: item[0] };
  if (tech === 'split_payload') {
    u.parts = [item[1], item[2]];
    u.style = 'hidden';
    u.conceal = 'split-fields';
  } else if (tech === 'encoded_payload') {
    const [, type, plain, wrap] = item;
    const blob = ENCODE[type](plain);
    u.enc = { type, plain, blob, wrap };
    u.text = wrap.replace('{E}', blob);
    u.style = 'hidden';
    u.conceal = `encoded-${type}`;
  } else {
    u.text = item[1];
    const tone = item[2];
    if (tech === 'hidden_text') {
      u.markup = /^</.test(u.text);
      u.style = 'hidden';
      u.conceal = (HIDE_KINDS.find(([re]) => re.test(u.text)) || [null, 'hidden-other'])[1];
    } else if (tech === 'role_token') {
      u.style = tone || 'hidden';
      u.conceal = 'fake-turn';
    } else if (tech === 'jailbreak') {
      u.style = tone || 'direct';
      u.conceal = 'plain';
    } else {
      u.style = tone || 'quiet';
      u.conceal = 'plain';
    }
  }
  return u;
}

function benignUnit(fam, item, source) {
  const u = { kind: 'benign', family: 'injection', label: 'benign', technique: fam, source, lang: item[0], style: 'lookalike' };
  if (fam === 'split_lookalike') {
    u.parts = [item[1], item[2]];
  } else if (fam === 'encoded_benign') {
    const [, type, plain, wrap] = item;
    const blob = ENCODE[type](plain);
    u.enc = { type, plain, blob, wrap };
    u.text = wrap.replace('{E}', blob);
  } else {
    u.text = item[1];
  }
  return u;
}

const attackUnits = [];
for (const tech of TECHNIQUES) {
  const fromA = ATTACKS_A[tech];
  const list = fromA || ATTACKS_B[tech];
  if (!list) { fail(`no payloads for technique ${tech}`); continue; }
  const src = fromA ? `${SET}_attacks_a.mjs` : `${SET}_attacks_b.mjs`;
  for (const item of list) attackUnits.push(attackUnit(tech, item, src));
}
const benignUnits = [];
for (const fam of FAMILIES) {
  const src = LOOKALIKES_A[fam] ? `${SET}_lookalikes_a.mjs` : `${SET}_lookalikes_b.mjs`;
  for (const item of LOOKALIKES[fam]) benignUnits.push(benignUnit(fam, item, src));
}
const harmfulUnits = [];
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    for (const [lang, text] of HARMFUL[cat][label]) {
      harmfulUnits.push({ kind: 'harmful', family: 'harmful', label, technique: cat, lang, text, source: `${SET}_harmful.mjs`, style: label === 'attack' ? 'request' : 'discussion' });
    }
  }
}
const longAttackUnits = LONG_ATTACKS.map((d) => {
  const u = attackUnit(d.technique, [d.lang, d.payload], `${SET}_long.mjs`);
  return Object.assign(u, { doc: d });
});
const longBenignUnits = LONG_BENIGN.map((d) => Object.assign(benignUnit(d.family, [d.lang, d.payload], `${SET}_long.mjs`), { doc: d }));

for (const u of [...attackUnits, ...benignUnits, ...harmfulUnits, ...longAttackUnits, ...longBenignUnits]) {
  u.needles = u.parts ? u.parts.map((p) => p.trim()) : [longestLine(u.text)];
  u.lines = u.parts ? u.parts.map((p) => p.trim()) : u.text.split('\n').map((l) => l.trim()).filter(Boolean);
  u.key = u.parts ? u.parts.join(' || ') : u.text;
}

// ---------------------------------------------------------------- records
const built = [];
let counter = 0;
function emit(u, carrier, opts) {
  counter += 1;
  const ctx = {
    lang: u.lang, rng, markup: !!u.markup,
    payload: u.parts ? u.parts[0] : u.text,
    second: u.parts ? u.parts[1] : null,
    before: opts.before || '', after: opts.after || '', title: opts.title,
  };
  const fields = render(carrier, ctx);
  const id = `${SET}-${u.family}-${u.label}-${u.technique}-${String(counter).padStart(4, '0')}`;
  const tags = [];
  if (u.kind === 'attack') tags.push(u.style, u.conceal);
  else if (u.kind === 'benign') tags.push('lookalike');
  else tags.push(u.style);
  if (opts.long) tags.push('long');
  if (opts.longdoc) tags.push('long-document');
  const rec = {
    id, split: SET, family: u.family, label: u.label, technique: u.technique, lang: u.lang, carrier, fields,
    source: `hand-written (${u.source})`, method: tags.join('; '),
  };
  built.push({ rec, u, long: !!opts.long, longdoc: !!opts.longdoc });
}
function fillers(lang) {
  // Paragraphs in the record's language, taken in rotation from a random start without reuse,
  // until each side holds at least 360 characters.
  const F = FILLERS[lang];
  if (!F || F.length < 6) { fail(`no fillers for language ${lang}`); return { before: '', after: '' }; }
  let k = Math.floor(rng() * F.length);
  const take = () => { const p = F[k % F.length]; k += 1; return p; };
  const before = [take()]; while (before.join('').length < 360) before.push(take());
  const after = [take()]; while (after.join('').length < 360 && before.length + after.length < F.length) after.push(take());
  return { before: before.join('\n\n'), after: after.join('\n\n') };
}
// Carriers and long flags by position in each list, never by label.
function emitList(units) {
  units.forEach((u, i) => {
    for (let slot = 0; slot < 2; slot++) {
      const carrier = CARRIERS[(2 * i + slot) % CARRIERS.length];
      const long = slot === 0 && i % 4 === 2;
      emit(u, carrier, long ? { long, ...fillers(u.lang) } : {});
    }
  });
}
function emitLongDocs(units) {
  units.forEach((u, i) => {
    const d = u.doc;
    emit(u, LONG_CARRIERS[i % LONG_CARRIERS.length], { longdoc: true, before: d.before, after: d.after, title: d.title });
  });
}
emitList(attackUnits);
emitLongDocs(longAttackUnits);
emitList(benignUnits);
emitLongDocs(longBenignUnits);
emitList(harmfulUnits);

// ---------------------------------------------------------------- validation
const ALLOWED_HOST = (h) => /\.(?:example|test|invalid)$/i.test(h) || !h.includes('.');
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/"'<>\\?#)\]]+)/gi)) {
    let host = m[1].replace(/^.*@/, '').replace(/:\d+$/, '').replace(/\.$/, '');
    if (!ALLOWED_HOST(host)) fail(`${where}: URL host not allowed: ${host}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) {
    if (!ALLOWED_HOST(m[1])) fail(`${where}: e-mail domain not allowed: ${m[1]}`);
  }
  for (const m of text.matchAll(/\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*/gi)) {
    if (!ALLOWED_HOST(m[0])) fail(`${where}: www host not allowed: ${m[0]}`);
  }
  const low = text.toLowerCase();
  for (const f of FORBIDDEN) if (low.includes(f)) fail(`${where}: forbidden host name present`);
}

const ID_RE = new RegExp(`^${SET}-(injection|harmful)-(attack|benign)-([a-z_]+)-(\\d{4})$`);
const seenIds = new Set();
const unitKeys = new Map();
for (const u of [...attackUnits, ...benignUnits, ...harmfulUnits, ...longAttackUnits, ...longBenignUnits]) {
  if (unitKeys.has(u.key)) fail(`duplicate text: ${u.key.slice(0, 60)}`);
  unitKeys.set(u.key, true);
  if (!LANGS.includes(u.lang)) fail(`unknown language ${u.lang} in ${u.key.slice(0, 40)}`);
  for (const n of u.needles) if (!n || n.includes('\n')) fail(`bad needle in ${u.key.slice(0, 40)}`);
  if (u.parts && (u.parts.length !== 2 || u.parts.some((p) => !p.trim() || p.includes('\n')))) fail(`split item malformed: ${u.key.slice(0, 40)}`);
  if (u.enc) {
    const { type, plain, blob } = u.enc;
    if (!ENCODINGS.includes(type)) fail(`unknown encoding ${type}`);
    else {
      if (!u.enc.wrap.includes('{E}') || !u.text.includes(blob)) fail(`encoded blob missing from text: ${plain.slice(0, 40)}`);
      let decoded = null;
      try { decoded = DECODE[type](blob); } catch (e) { fail(`cannot decode ${type}: ${e.message}`); }
      if (decoded !== null && decoded !== plain) fail(`${type} decodes to something else than its plain text: ${plain.slice(0, 40)}`);
      if (blob === plain) fail(`${type} encoding is a no-op for: ${plain.slice(0, 40)}`);
      checkHosts(plain, `decoded ${type} payload`);
    }
  }
}

function spanOf(rec, u, markup) {
  // Position of the payload (first line to last line, escaped for the carrier) in the joined text.
  const fields = rec.fields.map(unfold);
  const joined = fields.join('\n');
  const escM = esc(rec.carrier, 'main', markup);
  const escS = esc(rec.carrier, 'second', markup);
  let start; let end;
  if (u.parts) {
    const a = escM(u.parts[0].trim()); const b = escS(u.parts[1].trim());
    start = joined.indexOf(a); const bi = joined.indexOf(b);
    end = bi < 0 ? -1 : bi + b.length;
    if (bi >= 0 && bi < start) { const s2 = bi; end = start + a.length; start = s2; }
  } else {
    const first = escM(u.lines[0]); const last = escM(u.lines[u.lines.length - 1]);
    start = joined.indexOf(first);
    const li = joined.indexOf(last, Math.max(0, start));
    end = li < 0 ? -1 : li + last.length;
  }
  return { joined, start, end };
}

const ALL_CARRIERS = new Set(CARRIERS);
for (const { rec, u, long, longdoc } of built) {
  const where = rec.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof rec[k] !== 'string' || !rec[k].trim()) fail(`${where}: empty member ${k}`);
  }
  if (!Array.isArray(rec.fields) || rec.fields.length === 0) fail(`${where}: no fields`);
  else rec.fields.forEach((f, i) => { if (typeof f !== 'string' || !f.trim()) fail(`${where}: field ${i} empty`); });
  if (rec.split !== SET) fail(`${where}: wrong split`);
  if (!['injection', 'harmful'].includes(rec.family)) fail(`${where}: unknown family`);
  if (!['attack', 'benign'].includes(rec.label)) fail(`${where}: unknown label`);
  const known = rec.family === 'harmful' ? CATEGORIES : rec.label === 'attack' ? TECHNIQUES : FAMILIES;
  if (!known.includes(rec.technique)) fail(`${where}: unknown technique/family/category ${rec.technique}`);
  if (!ALL_CARRIERS.has(rec.carrier)) fail(`${where}: unknown carrier`);
  if (!LANGS.includes(rec.lang)) fail(`${where}: unknown language`);
  if (seenIds.has(rec.id)) fail(`${where}: duplicate id`);
  seenIds.add(rec.id);
  const m = ID_RE.exec(rec.id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) fail(`${where}: id does not match record`);

  const fields = rec.fields.map(unfold);
  const markup = !!u.markup;
  if (u.parts) {
    const a = esc(rec.carrier, 'main', markup)(u.needles[0]);
    const b = esc(rec.carrier, 'second', markup)(u.needles[1]);
    const ia = fields.map((f, i) => (f.includes(a) ? i : -1)).filter((i) => i >= 0);
    const ib = fields.map((f, i) => (f.includes(b) ? i : -1)).filter((i) => i >= 0);
    if (!ia.length) fail(`${where}: split part A needle missing`);
    if (!ib.length) fail(`${where}: split part B needle missing`);
    if (ia.some((i) => ib.includes(i))) fail(`${where}: a field holds both split parts`);
  } else {
    const n = esc(rec.carrier, 'main', markup)(u.needles[0]);
    if (!fields.some((f) => f.includes(n))) fail(`${where}: escaped needle missing`);
  }
  fields.forEach((f, i) => checkHosts(f, `${where} field ${i}`));
  rec.fields.forEach((f, i) => { if (f !== fields[i]) checkHosts(f, `${where} raw field ${i}`); });
  if (rec.carrier === 'calendar') {
    for (const line of rec.fields[0].split('\r\n')) if (Buffer.byteLength(line, 'utf8') > 75) fail(`${where}: ICS line longer than 75 octets`);
  }

  if (long || longdoc) {
    const { joined, start, end } = spanOf(rec, u, markup);
    if (start < 0 || end < 0) fail(`${where}: cannot locate payload span`);
    else {
      const centre = (start + end) / 2 / joined.length;
      if (long) {
        if (joined.length < 800) fail(`${where}: long record shorter than 800 (${joined.length})`);
        if (centre < 0.2 || centre > 0.8) fail(`${where}: long record payload centre ${centre.toFixed(2)}`);
      } else {
        if (joined.length < 1500) fail(`${where}: long document shorter than 1500 (${joined.length})`);
        if (centre < 0.3 || centre > 0.7) fail(`${where}: long document payload centre ${centre.toFixed(2)}`);
        if (start < 500 || joined.length - end < 500) fail(`${where}: long document has ${start} / ${joined.length - end} chars around the payload`);
      }
    }
  }
}

// Counts.
const distinct = (arr) => new Set(arr).size;
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    const n = distinct(harmfulUnits.filter((u) => u.technique === cat && u.label === label).map((u) => u.key));
    if (n < 12) fail(`harmful ${cat}/${label}: ${n} distinct texts (< 12)`);
  }
}
const techCount = {};
for (const tech of TECHNIQUES) {
  techCount[tech] = distinct([...attackUnits, ...longAttackUnits].filter((u) => u.technique === tech).map((u) => u.key));
  if (techCount[tech] < 30) fail(`technique ${tech}: ${techCount[tech]} payloads (< 30)`);
}
const famCount = {};
for (const fam of FAMILIES) famCount[fam] = distinct([...benignUnits, ...longBenignUnits].filter((u) => u.technique === fam).map((u) => u.key));
const bigFams = FAMILIES.filter((f) => famCount[f] >= 10);
if (bigFams.length < 20) fail(`only ${bigFams.length} look-alike families with >= 10 texts`);
for (const f of FAMILIES) if (famCount[f] < 10) fail(`look-alike family ${f} has ${famCount[f]} texts`);
const recs = built.map((b) => b.rec);
const langsUsed = distinct(recs.map((r) => r.lang));
if (langsUsed < 18) fail(`only ${langsUsed} languages`);
const nonEn = recs.filter((r) => r.lang !== 'en').length / recs.length;
if (nonEn < 0.5) fail(`non-English share ${nonEn.toFixed(3)} < 0.5`);
const atk = recs.filter((r) => r.family === 'injection' && r.label === 'attack');
const ben = recs.filter((r) => r.family === 'injection' && r.label === 'benign');
const share = (list, c) => list.filter((r) => r.carrier === c).length / list.length;
let maxDiff = 0;
for (const c of CARRIERS) {
  const d = Math.abs(share(atk, c) - share(ben, c));
  maxDiff = Math.max(maxDiff, d);
  if (d > 0.02) fail(`carrier ${c}: attack/look-alike share differs by ${d.toFixed(3)}`);
}

// Output text and this set's own source files must not name registry / code-hosting hosts.
const lines = recs.map((r) => JSON.stringify(r));
const output = lines.join('\n') + '\n';
const lowOut = output.toLowerCase();
for (const f of FORBIDDEN) if (lowOut.includes(f)) fail('output names a forbidden host');
for (const file of fs.readdirSync(DIR).filter((f) => f.startsWith(`${SET}_`) && f.endsWith('.mjs')).sort()) {
  const src = fs.readFileSync(path.join(DIR, file), 'utf8').toLowerCase();
  for (const f of FORBIDDEN) if (src.includes(f)) fail(`${file} names a forbidden host`);
}

if (process.env.DUMP) { for (const b of built) if (b.rec.id === process.env.DUMP) console.log(JSON.stringify(b.rec, null, 1)); }
if (errors.length) {
  console.error(`${SET}: ${errors.length} violation(s); nothing written.`);
  for (const e of errors.slice(0, 200)) console.error(`  - ${e}`);
  process.exit(1);
}

// ---------------------------------------------------------------- composition
const count = (list, key) => {
  const m = {};
  for (const x of list) m[key(x)] = (m[key(x)] || 0) + 1;
  return m;
};
const fmt = (m) => Object.entries(m).sort((a, b) => (b[1] - a[1]) || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
const atkUnitsAll = [...attackUnits, ...longAttackUnits];
const out = [];
out.push(`${SET}: ${recs.length} records`);
out.push(`  injection attacks: ${atk.length} records from ${attackUnits.length} payloads x 2 carriers + ${longAttackUnits.length} long documents`);
out.push(`  injection look-alikes: ${ben.length} records from ${benignUnits.length} texts x 2 carriers + ${longBenignUnits.length} long documents`);
const hr = recs.filter((r) => r.family === 'harmful');
out.push(`  harmful: ${hr.length} records (${hr.filter((r) => r.label === 'attack').length} attack, ${hr.filter((r) => r.label === 'benign').length} benign) from 12 + 12 texts per category x 2 carriers`);
out.push(`  techniques (payloads incl. long docs): ${TECHNIQUES.map((t) => `${t} ${techCount[t]}`).join(', ')}`);
out.push(`  attack style (payloads): ${fmt(count(atkUnitsAll, (u) => u.style))}`);
out.push(`  concealment (payloads): ${fmt(count(atkUnitsAll, (u) => u.conceal))}`);
out.push(`  look-alike families (${FAMILIES.length}): ${FAMILIES.map((f) => `${f} ${famCount[f]}`).join(', ')}`);
out.push(`  harmful per category: ${CATEGORIES.map((c) => `${c} ${harmfulUnits.filter((u) => u.technique === c && u.label === 'attack').length}+${harmfulUnits.filter((u) => u.technique === c && u.label === 'benign').length}`).join(', ')}`);
out.push(`  long records (>= 800 chars): ${built.filter((b) => b.long).length}; long documents (>= 1500 chars): ${built.filter((b) => b.longdoc).length}`);
out.push(`  encodings: ${fmt(count([...attackUnits, ...benignUnits].filter((u) => u.enc), (u) => `${u.label}:${u.enc.type}`))}`);
out.push(`  languages (${langsUsed}): ${fmt(count(recs, (r) => r.lang))}`);
out.push(`  non-English records: ${(nonEn * 100).toFixed(1)}%`);
out.push(`  carriers (attack / look-alike records): ${CARRIERS.map((c) => `${c} ${atk.filter((r) => r.carrier === c).length}/${ben.filter((r) => r.carrier === c).length}`).join(', ')}`);
out.push(`  max carrier share difference: ${maxDiff.toFixed(4)}`);
const sha = crypto.createHash('sha256').update(output).digest('hex');
out.push(`  sha256 ${sha}`);

if (!CHECK_ONLY) fs.writeFileSync(OUT, output);
console.log(out.join('\n'));
console.log(CHECK_ONLY ? 'check only: nothing written' : `wrote ${path.relative(process.cwd(), OUT)}`);
