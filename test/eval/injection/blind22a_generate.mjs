#!/usr/bin/env node
// blind22a: generator + validator for the held-out set. Deterministic (seeded PRNG).
// Usage: node test/eval/injection/blind22a_generate.mjs
// Writes test/eval/injection/blind22a.jsonl only if every check passes (else exit 1).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, makeCtx, render, variants } from './blind22a_carriers.mjs';
import * as A from './blind22a_attacks_a.mjs';
import * as B from './blind22a_attacks_b.mjs';
import { LOOKALIKES } from './blind22a_lookalikes.mjs';
import { HARMFUL } from './blind22a_harmful.mjs';
import { LONG_DOCS } from './blind22a_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind22a.jsonl');
const SPLIT = 'blind22a';
const SEED = 0x22a0b1d;

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- encodings ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ZW0 = '\u200b', ZW1 = '\u200c';
const ascii = (s) => { if (!/^[\x20-\x7e]*$/.test(s)) throw new Error('non-ASCII plain for ASCII-only encoding: ' + s); return s; };
const rot13 = (s) => s.replace(/[a-z]/gi, (ch) => { const b = ch <= 'Z' ? 65 : 97; return String.fromCharCode(((ch.charCodeAt(0) - b + 13) % 26) + b); });
export const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))],
  unicode_escape: [(s) => [...s].map((c) => { let o = ''; for (let i = 0; i < c.length; i++) o += '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0'); return o; }).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leetspeak: [(s) => s.toLowerCase().replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[013457]/g, (c) => UNLEET[c])],
  tag_chars: [(s) => [...ascii(s)].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''), (e) => [...e].filter((c) => { const p = c.codePointAt(0); return p >= 0xe0000 && p <= 0xe007f; }).map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zero_width: [(s) => [...ascii(s)].map((c) => c.charCodeAt(0).toString(2).padStart(8, '0').replace(/0/g, ZW0).replace(/1/g, ZW1)).join(''), (e) => { const bits = [...e].filter((c) => c === ZW0 || c === ZW1).map((c) => (c === ZW0 ? '0' : '1')).join(''); let o = ''; for (let i = 0; i + 8 <= bits.length; i += 8) o += String.fromCharCode(parseInt(bits.slice(i, i + 8), 2)); return o; }],
};
const normPlain = (method, p) => (method === 'leetspeak' ? p.toLowerCase() : p);

// ---------- vocabularies ----------
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = Object.keys(LOOKALIKES);
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv'];
const MIXED = ['es-en', 'hi-en', 'de-en', 'pl-en', 'ja-en'];
const KNOWN_LANGS = new Set([...LANGS, ...MIXED]);

// ---------- items ----------
function items() {
  const atk = [], look = [], harm = [];
  const src = { instruction_override: A.instruction_override, role_token: A.role_token, hidden_text: A.hidden_text, exfiltration: A.exfiltration, tool_coaxing: B.tool_coaxing, jailbreak: B.jailbreak, split_payload: B.split_payload, encoded_payload: B.encoded_payload };
  // interleave techniques so carrier assignment is spread evenly
  const maxLen = Math.max(...TECHNIQUES.map((t) => src[t].length));
  for (let i = 0; i < maxLen; i++) for (const t of TECHNIQUES) {
    const it = src[t][i]; if (!it) continue;
    const file = ['tool_coaxing', 'jailbreak', 'split_payload', 'encoded_payload'].includes(t) ? 'attacks_b' : 'attacks_a';
    atk.push(mkItem('injection', 'attack', t, it, `blind22a_${file}#${t}[${i}]`, t === 'split_payload', t === 'encoded_payload'));
  }
  const maxF = Math.max(...FAMILIES.map((f) => LOOKALIKES[f].length));
  for (let i = 0; i < maxF; i++) for (const f of FAMILIES) {
    const it = LOOKALIKES[f][i]; if (!it) continue;
    look.push(mkItem('injection', 'benign', f, it, `blind22a_lookalikes#${f}[${i}]`, f === 'split_lookalike', f === 'real_encoded_data'));
  }
  for (let i = 0; i < 12; i++) for (const c of CATEGORIES) for (const label of ['attack', 'benign']) {
    const it = HARMFUL[c][label][i]; if (!it) continue;
    harm.push(mkItem('harmful', label, c, it, `blind22a_harmful#${c}.${label}[${i}]`, false, false));
  }
  return { atk, look, harm };
}
function mkItem(family, label, technique, it, source, isSplit, isEnc) {
  if (isEnc) {
    const [lang, method, plain, wrapper] = it;
    const encoded = ENC[method][0](plain);
    const text = wrapper ? wrapper.replace('{E}', encoded) : encoded;
    return { family, label, technique, lang, parts: [text], source, method: `${method}${wrapper ? '+wrapper' : ''}`, enc: { method, plain, encoded } };
  }
  if (isSplit) return { family, label, technique, lang: it[0], parts: it[1], source, method: 'split' };
  return { family, label, technique, lang: it[0], parts: [it[1]], source, method: 'plain' };
}

// Label-independent carrier assignment: the i-th item of any group gets the same pair.
function pairFor(i) {
  const b = Math.floor(i / CARRIERS.length);
  const r = mulberry32(SEED + 7919 * b);
  const perm = [...CARRIERS];
  for (let k = perm.length - 1; k > 0; k--) { const j = Math.floor(r() * (k + 1)); [perm[k], perm[j]] = [perm[j], perm[k]]; }
  const a = i % CARRIERS.length;
  return [perm[a], perm[(a + 1 + (b % (CARRIERS.length - 1))) % CARRIERS.length]];
}

// ---------- build ----------
function build() {
  const rng = mulberry32(SEED);
  const c = makeCtx(rng);
  const { atk, look, harm } = items();
  const recs = [];
  let n = 0;
  const push = (it, carrier, fields, extra) => {
    n++;
    recs.push({
      id: `${SPLIT}-${it.family}-${it.label}-${it.technique}-${String(n).padStart(4, '0')}`,
      split: SPLIT, family: it.family, label: it.label, technique: it.technique, lang: it.lang, carrier, fields,
      source: it.source, method: extra.method,
      _it: it, _pad: extra.pad, _long: !!extra.long, _key: it.source,
    });
  };
  for (const group of [atk, look, harm]) {
    group.forEach((it, i) => {
      const [c1, c2] = pairFor(i);
      const pad1 = i % 3 === 0 ? 'short' : 0, pad2 = i % 3 === 1 ? 'short' : 0;
      push(it, c1, render(c1, it.parts, c, pad1), { method: it.method + (pad1 ? '+padded' : ''), pad: pad1 });
      push(it, c2, render(c2, it.parts, c, pad2), { method: it.method + (pad2 ? '+padded' : ''), pad: pad2 });
    });
  }
  // long documents: same doc, same carrier, one attack vs one look-alike in the same spot
  const usedA = new Set(), usedL = new Set();
  LONG_DOCS.forEach((d, k) => {
    const pickFrom = (pool, order, used) => {
      for (let s = 0; s < order.length; s++) {
        const want = order[(k + s) % order.length];
        const hit = pool.find((it) => it.technique === want && it.lang === d.lang && !used.has(it.source));
        if (hit) { used.add(hit.source); return hit; }
      }
      throw new Error('no pool item for long doc ' + k + ' lang ' + d.lang);
    };
    const a = pickFrom(atk, TECHNIQUES, usedA);
    const l = pickFrom(look, FAMILIES, usedL);
    for (const it of [a, l]) {
      const lit = { ...it, source: `blind22a_long#${k}+${it.source}` };
      push(lit, d.carrier, render(d.carrier, it.parts, c, 'long', d.intro, d.outro), { method: it.method + '+long', pad: 'long', long: true });
    }
  });
  return recs;
}

// ---------- validation ----------
function hostsIn(s) {
  const out = [];
  for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'<>)\]`|\\]+)/gi)) out.push(m[1].replace(/^.*@/, '').replace(/:\d+$/, '').replace(/[.,;:!]+$/, ''));
  for (const m of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g)) out.push(m[1]);
  return out;
}
const hostOk = (h) => !h.includes('.') || /\.(example|test|invalid)$/i.test(h);
function findIn(field, t) { for (const v of variants(t)) { const p = field.indexOf(v); if (p >= 0) return p; } return -1; }

function validate(recs) {
  const err = [];
  const E = (r, m) => err.push(`${r.id}: ${m}`);
  const ids = new Set();
  const KNOWN_TECH = new Set([...TECHNIQUES]), KNOWN_FAM = new Set(FAMILIES), KNOWN_CAT = new Set(CATEGORIES), KNOWN_CAR = new Set(CARRIERS);
  const idRe = /^blind22a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
  const byKey = new Map();
  for (const r of recs) {
    for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof r[k] !== 'string' || !r[k].trim()) E(r, `empty/non-string ${k}`);
    if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) E(r, 'bad fields');
    if (ids.has(r.id)) E(r, 'duplicate id'); ids.add(r.id);
    const m = idRe.exec(r.id);
    if (!m || m[1] !== r.family || m[2] !== r.label || m[3] !== r.technique) E(r, 'id does not follow blind22a-<family>-<label>-<technique>-NNNN');
    if (r.split !== SPLIT) E(r, 'split');
    if (r.family === 'injection' && r.label === 'attack' && !KNOWN_TECH.has(r.technique)) E(r, 'unknown technique');
    if (r.family === 'injection' && r.label === 'benign' && !KNOWN_FAM.has(r.technique)) E(r, 'unknown look-alike family');
    if (r.family === 'harmful' && !KNOWN_CAT.has(r.technique)) E(r, 'unknown category');
    if (!['injection', 'harmful'].includes(r.family) || !['attack', 'benign'].includes(r.label)) E(r, 'family/label');
    if (!KNOWN_CAR.has(r.carrier)) E(r, 'unknown carrier');
    if (!KNOWN_LANGS.has(r.lang)) E(r, 'unknown lang ' + r.lang);
    const joined = r.fields.join('\n');
    const it = r._it;
    // every part present, each in its own field, in order
    let lastField = -1, firstPos = -1, lastEnd = -1;
    it.parts.forEach((p, pi) => {
      const fi = r.fields.findIndex((f, idx) => idx > lastField && findIn(f, p) >= 0);
      if (fi < 0) { E(r, `part ${pi} not found in its own field`); return; }
      if (pi === 0) firstPos = r.fields.slice(0, fi).join('\n').length + (fi ? 1 : 0) + findIn(r.fields[fi], p);
      lastField = fi;
      const v = variants(p).find((x) => r.fields[fi].includes(x));
      lastEnd = r.fields.slice(0, fi).join('\n').length + (fi ? 1 : 0) + r.fields[fi].indexOf(v) + v.length;
    });
    const center = (firstPos + lastEnd) / 2;
    if (it.parts.length > 1) {
      if (r.fields.some((f) => it.parts.filter((p) => findIn(f, p) >= 0).length > 1)) E(r, 'split parts share a field');
      if (it.technique !== 'split_payload' && it.technique !== 'split_lookalike') E(r, 'multi-part item outside split technique');
    } else if (it.technique === 'split_payload' || it.technique === 'split_lookalike') E(r, 'split item with one part');
    // hosts (text and decoded payload)
    for (const h of [...hostsIn(joined), ...(it.enc ? hostsIn(it.enc.plain) : [])]) if (!hostOk(h)) E(r, 'host not under .example/.test/.invalid: ' + h);
    // encodings decoded and compared
    if (it.enc) {
      const { method, plain, encoded } = it.enc;
      if (!ENC[method]) E(r, 'unknown encoding ' + method);
      else {
        if (ENC[method][1](encoded) !== normPlain(method, plain)) E(r, `encoding ${method} does not round-trip`);
        if (!variants(encoded).some((v) => joined.includes(v))) E(r, 'encoded string missing from fields');
        if (method === 'tag_chars' || method === 'zero_width') { if (ENC[method][1](joined) !== plain) E(r, `${method} extracted from the text differs from plain`); }
        if (encoded === plain) E(r, 'encoding is a no-op');
      }
    }
    // length / position
    const L = joined.length;
    if (r._long) {
      if (L < 1500) E(r, `long doc too short (${L})`);
      if (center < 0.25 * L || center > 0.75 * L || firstPos < 300 || L - lastEnd < 300) E(r, `long doc text not in the middle (${firstPos}-${lastEnd}/${L})`);
    } else if (r._pad) {
      if (L < 800) E(r, `padded record too short (${L})`);
      if (center < 0.2 * L || center > 0.8 * L || firstPos < 150 || L - lastEnd < 150) E(r, `padded text not in the middle (${firstPos}-${lastEnd}/${L})`);
    }
    if (!r._long) { if (!byKey.has(r._key)) byKey.set(r._key, []); byKey.get(r._key).push(r); }
  }
  // each short text in exactly two different carriers
  for (const [k, rs] of byKey) if (rs.length !== 2 || rs[0].carrier === rs[1].carrier) err.push(`${k}: not in two different carriers`);
  // counts
  const cnt = (f) => recs.filter(f).length;
  const shortAtk = (t) => cnt((r) => r.family === 'injection' && r.label === 'attack' && r.technique === t && !r._long) / 2;
  for (const t of TECHNIQUES) if (shortAtk(t) < 30) err.push(`technique ${t}: only ${shortAtk(t)} payloads (< 30)`);
  for (const c of CATEGORIES) for (const l of ['attack', 'benign']) { const k = cnt((r) => r.family === 'harmful' && r.technique === c && r.label === l) / 2; if (k !== 12) err.push(`harmful ${c}/${l}: ${k} items (need 12)`); }
  const longA = cnt((r) => r._long && r.label === 'attack'), longB = cnt((r) => r._long && r.label === 'benign');
  if (longA !== 15 || longB !== 15) err.push(`long docs: ${longA} attack / ${longB} benign (need 15/15)`);
  const nonEn = cnt((r) => r.lang !== 'en') / recs.length;
  if (nonEn < 0.5) err.push(`non-English share ${nonEn.toFixed(3)} < 0.5`);
  const langs = new Set(recs.map((r) => r.lang.split('-')[0]));
  if (langs.size < 18) err.push(`only ${langs.size} languages`);
  const padded = cnt((r) => r.fields.join('\n').length >= 800) / recs.length;
  if (padded < 0.3) err.push(`only ${(padded * 100).toFixed(1)}% of records are 800+ chars`);
  // carrier proportions must not depend on the label
  const injA = recs.filter((r) => r.family === 'injection' && r.label === 'attack'), injB = recs.filter((r) => r.family === 'injection' && r.label === 'benign');
  for (const car of CARRIERS) {
    const pa = injA.filter((r) => r.carrier === car).length / injA.length, pb = injB.filter((r) => r.carrier === car).length / injB.length;
    if (!pa || !pb || Math.abs(pa - pb) > 0.03) err.push(`carrier ${car}: attack ${(pa * 100).toFixed(1)}% vs look-alike ${(pb * 100).toFixed(1)}%`);
  }
  return err;
}

// ---------- composition ----------
function composition(recs) {
  const lines = [];
  const tally = (rs, key) => { const m = new Map(); for (const r of rs) m.set(key(r), (m.get(key(r)) || 0) + 1); return [...m].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))); };
  const inj = recs.filter((r) => r.family === 'injection'), harm = recs.filter((r) => r.family === 'harmful');
  const atk = inj.filter((r) => r.label === 'attack'), ben = inj.filter((r) => r.label === 'benign');
  lines.push(`blind22a: ${recs.length} records — injection ${atk.length} attack + ${ben.length} benign look-alike; harmful ${harm.filter((r) => r.label === 'attack').length} attack + ${harm.filter((r) => r.label === 'benign').length} benign`);
  lines.push('injection attacks per technique (records; short payloads x2 carriers + long):');
  for (const t of TECHNIQUES) { const rs = atk.filter((r) => r.technique === t); lines.push(`  ${t.padEnd(22)} ${String(rs.length).padStart(4)}  (payloads ${rs.filter((r) => !r._long).length / 2}, long ${rs.filter((r) => r._long).length})`); }
  lines.push('injection look-alikes per family (records):');
  for (const f of FAMILIES) { const rs = ben.filter((r) => r.technique === f); lines.push(`  ${f.padEnd(22)} ${String(rs.length).padStart(4)}  (texts ${rs.filter((r) => !r._long).length / 2}, long ${rs.filter((r) => r._long).length})`); }
  lines.push('harmful per category (attack/benign records):');
  for (const c of CATEGORIES) lines.push(`  ${c.padEnd(22)} ${harm.filter((r) => r.technique === c && r.label === 'attack').length}/${harm.filter((r) => r.technique === c && r.label === 'benign').length}`);
  lines.push('per language: ' + tally(recs, (r) => r.lang).map(([k, v]) => `${k}=${v}`).join(' '));
  const nonEn = recs.filter((r) => r.lang !== 'en').length;
  lines.push(`non-English: ${nonEn}/${recs.length} (${(100 * nonEn / recs.length).toFixed(1)}%); languages: ${new Set(recs.map((r) => r.lang.split('-')[0])).size}; code-switched records: ${recs.filter((r) => r.lang.includes('-')).length}`);
  lines.push('per carrier (injection attack/benign, harmful): ' + CARRIERS.map((c) => `${c}=${atk.filter((r) => r.carrier === c).length}/${ben.filter((r) => r.carrier === c).length}/${harm.filter((r) => r.carrier === c).length}`).join(' '));
  const L = (r) => r.fields.join('\n').length;
  lines.push(`long docs (1500+): ${recs.filter((r) => r._long).length} (15 attack + 15 look-alike); padded 800+ short: ${recs.filter((r) => r._pad === 'short').length}; records 800+ chars: ${recs.filter((r) => L(r) >= 800).length} (${(100 * recs.filter((r) => L(r) >= 800).length / recs.length).toFixed(1)}%)`);
  lines.push(`split records: ${recs.filter((r) => r._it.parts.length > 1).length} (attack ${atk.filter((r) => r._it.parts.length > 1).length}, look-alike ${ben.filter((r) => r._it.parts.length > 1).length})`);
  const enc = recs.filter((r) => r._it.enc);
  lines.push(`encoded records: ${enc.length} (attack ${enc.filter((r) => r.label === 'attack').length}, benign ${enc.filter((r) => r.label === 'benign').length}; with wrapper ${enc.filter((r) => r.method.includes('+wrapper')).length}) by method: ` + tally(enc, (r) => r._it.enc.method).map(([k, v]) => `${k}=${v}`).join(' '));
  return lines.join('\n');
}

const recs = build();
const errors = validate(recs);
if (errors.length) {
  console.error(`blind22a: ${errors.length} validation error(s); nothing written`);
  for (const e of errors.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}
const out = recs.map((r) => JSON.stringify({ id: r.id, split: r.split, family: r.family, label: r.label, technique: r.technique, lang: r.lang, carrier: r.carrier, fields: r.fields, source: r.source, method: r.method })).join('\n') + '\n';
writeFileSync(OUT, out);
console.log(composition(recs));
console.log(`wrote ${OUT}`);
