#!/usr/bin/env node
// blind26a generator + validator (held-out set, mixed sources).
// Node 20 built-ins only; deterministic (fixed-seed PRNG, fixed list order).
// Usage: node test/eval/injection/blind26a_generate.mjs [--check]
//   writes blind26a.jsonl next to this file, or with --check only validates.
// Exits 1 without writing anything when any validation rule fails.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, LONG_CARRIERS, render } from './blind26a_carriers.mjs';
import { ATTACKS_A } from './blind26a_attacks_a.mjs';
import { ATTACKS_B } from './blind26a_attacks_b.mjs';
import { LOOKALIKES_A } from './blind26a_lookalikes_a.mjs';
import { LOOKALIKES_B } from './blind26a_lookalikes_b.mjs';
import { HARMFUL } from './blind26a_harmful.mjs';
import { FRAMES, LONG_ATTACKS, LONG_BENIGN, FILLER } from './blind26a_long.mjs';

const SET = 'blind26a';
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, `${SET}.jsonl`);

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = ['contributing_guide', 'team_convention', 'agent_config', 'security_writeup', 'docs', 'runbook', 'prompt_library',
  'automation_rule', 'legal_notice', 'hr_notice', 'ci_log', 'commit_pr', 'transcript', 'ticket_quote', 'email', 'page',
  'split_lookalike', 'memory_note', 'encoded_data', 'spreadsheet', 'hidden_note'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'zh', 'ja', 'ko', 'hi', 'vi', 'id', 'sv', 'cs', 'fa', 'he', 'el', 'th'];
const STYLES = { q: 'quiet', d: 'direct', o: 'obfuscated' };

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const rng = mulberry32(0x26a0b1d);

// ---------------------------------------------------------------- encodings
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const HOMO = { a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456' };
const HOMO_INV = Object.fromEntries(Object.entries(HOMO).map(([k, v]) => [v, k]));
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const LEET_INV = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
export const ENC = {
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (s) => Buffer.from(s, 'base64').toString('utf8') },
  hex: { enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (s) => Buffer.from(s, 'hex').toString('utf8') },
  rot13: { enc: rot13, dec: rot13 },
  url: { enc: (s) => encodeURIComponent(s), dec: (s) => decodeURIComponent(s) },
  reverse: { enc: (s) => Array.from(s).reverse().join(''), dec: (s) => Array.from(s).reverse().join('') },
  zw: { enc: (s) => Array.from(s).join('\u200b'), dec: (s) => s.replace(/\u200b/g, '') },
  tags: { enc: (s) => Array.from(s).map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''), dec: (s) => Array.from(s).map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('') },
  homoglyph: { enc: (s) => s.replace(/[aceopxyi]/g, (c) => HOMO[c]), dec: (s) => s.replace(/[\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0456]/g, (c) => HOMO_INV[c]) },
  leet: { enc: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]), dec: (s) => s.replace(/[431057]/g, (c) => LEET_INV[c]) },
  spaced: { enc: (s) => s.split(' ').map((w) => Array.from(w).join(' ')).join(' / '), dec: (s) => s.split(' / ').map((w) => w.replace(/ /g, '')).join(' ') },
  entities: { enc: (s) => Array.from(s).map((c) => `&#x${c.codePointAt(0).toString(16)};`).join(''), dec: (s) => s.replace(/&#x([0-9a-f]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16))) },
  uescape: { enc: (s) => Array.from(s).map((c) => { const u = c.charCodeAt(0).toString(16).padStart(4, '0'); return c.length > 1 ? c.split('').map((x) => '\\u' + x.charCodeAt(0).toString(16)).join('') : '\\u' + u; }).join(''), dec: (s) => JSON.parse('"' + s + '"') },
  qp: { enc: (s) => Array.from(Buffer.from(s, 'utf8')).map((b) => (b > 32 && b < 127 && b !== 61) || b === 32 ? String.fromCharCode(b) : '=' + b.toString(16).toUpperCase().padStart(2, '0')).join(''), dec: (s) => Buffer.from(s.replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8') },
  base32: {
    enc: (s) => { const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; let bits = 0, v = 0, o = ''; for (const b of Buffer.from(s, 'utf8')) { v = (v << 8) | b; bits += 8; while (bits >= 5) { o += A[(v >>> (bits - 5)) & 31]; bits -= 5; } } if (bits > 0) o += A[(v << (5 - bits)) & 31]; while (o.length % 8) o += '='; return o; },
    dec: (s) => { const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; let bits = 0, v = 0; const out = []; for (const c of s.replace(/=+$/, '')) { v = (v << 5) | A.indexOf(c); bits += 5; if (bits >= 8) { out.push((v >>> (bits - 8)) & 255); bits -= 8; } } return Buffer.from(out).toString('utf8'); },
  },
};

// ---------------------------------------------------------------- validation helpers
const errors = [];
const fail = (msg) => { errors.push(msg); };
const BANNED = /github|gitlab|bitbucket|npmjs|pypi|crates\.io|rubygems|nuget|packagist|docker\.io|hub\.docker|sourceforge|codeberg|gitee|huggingface|pkg\.go\.dev|golang\.org|maven\.org|anaconda\.org|jsdelivr|unpkg/i;
const okHost = (h) => {
  h = h.toLowerCase().replace(/[.,;:!?]+$/, '');
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(h) || h.includes(':')) return false;
  return /\.(example|test|invalid)$/.test(h) || /^[a-z0-9][a-z0-9-]*$/.test(h);
};
function checkHosts(text, where) {
  if (BANNED.test(text)) fail(`${where}: package-registry/code-hosting name: ${text.match(BANNED)[0]}`);
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>]*@)?([A-Za-z0-9.-]+)/gi)) if (!okHost(m[1])) fail(`${where}: URL host ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (/[a-z]/i.test(m[1].split('.').pop()) && !okHost(m[1])) fail(`${where}: mail domain ${m[1]}`);
  for (const m of text.matchAll(/\bwww\.[A-Za-z0-9.-]+/gi)) if (!okHost(m[0])) fail(`${where}: www host ${m[0]}`);
  for (const m of text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|ai|dev|co|app|xyz|ru|cn|info|biz|me|ly|gg|cloud|site|online)\b(?![-\w])/gi)) fail(`${where}: public-looking host ${m[0]}`);
}

// ---------------------------------------------------------------- item normalisation
// attack item: [lang, style, text] | [lang, style, partA, partB] | {l, s, t, enc, plain}
// look-alike:  [lang, text] | [lang, partA, partB] | {l, t, enc, plain}
// {E} in a text is replaced by ENC[enc].enc(plain).
function norm(item, where, withStyle) {
  let lang, style = null, parts, enc = null;
  if (Array.isArray(item)) {
    lang = item[0];
    if (withStyle) { style = item[1]; parts = item.slice(2); } else parts = item.slice(1);
  } else {
    lang = item.l; style = item.s ?? null; parts = Array.isArray(item.t) ? item.t.slice() : [item.t];
    if (item.enc) enc = { kind: item.enc, plain: item.plain };
  }
  if (!LANGS.includes(lang)) fail(`${where}: unknown language ${lang}`);
  if (withStyle && !STYLES[style]) fail(`${where}: unknown style ${style}`);
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => typeof p !== 'string' || p.trim() === '')) fail(`${where}: bad parts`);
  const hasE = parts.filter((p) => p.includes('{E}')).length;
  if (enc) {
    const E = ENC[enc.kind];
    if (!E) { fail(`${where}: unknown encoding ${enc.kind}`); return null; }
    if (typeof enc.plain !== 'string' || !enc.plain.trim()) fail(`${where}: encoding without plain text`);
    if (hasE !== 1) fail(`${where}: encoded item needs exactly one {E}`);
    enc.encoded = E.enc(enc.plain);
    if (enc.encoded === enc.plain) fail(`${where}: encoding ${enc.kind} is a no-op`);
    parts = parts.map((p) => p.replace('{E}', enc.encoded));
    // validator: find the encoded text again and decode it
    const holder = parts.find((p) => p.includes(enc.encoded));
    let back = null; try { back = E.dec(enc.encoded); } catch { back = null; }
    if (!holder || back !== enc.plain) fail(`${where}: ${enc.kind} does not decode to its plain text`);
    checkHosts(enc.plain, where + ' (decoded)');
  } else if (hasE) fail(`${where}: {E} without an encoding`);
  for (const p of parts) checkHosts(p, where);
  return { lang, style, parts, enc };
}

// ---------------------------------------------------------------- record building
const records = [];
const meta = []; // parallel: needles, long flags, list name
let counter = 0;
const K = CARRIERS.length;

function fillerFor(lang, used) {
  // the record's language first; English once those are used up (code-switched pages are common)
  let pool = (FILLER[lang] || []).filter((p) => !used.has(p));
  if (!pool.length) pool = FILLER.en.filter((p) => !used.has(p));
  const p = pool[Math.floor(rng() * pool.length)];
  used.add(p); return p;
}
function spanOf(fields, needles) {
  const joined = fields.join('\n');
  let lo = Infinity, hi = -Infinity; let off = 0; const offs = fields.map((f) => { const o = off; off += f.length + 1; return o; });
  for (const nd of needles) {
    const at = fields[nd.field]?.indexOf(nd.text) ?? -1;
    if (at < 0) return null;
    lo = Math.min(lo, offs[nd.field] + at); hi = Math.max(hi, offs[nd.field] + at + nd.text.length);
  }
  return { joined, lo, hi, centre: (lo + hi) / 2 / joined.length };
}

function emit({ family, label, technique, lang, carrier, parts, hidden, long, n, source, method, list, frame }) {
  let out;
  if (frame) {
    out = render(carrier, { parts, hidden, n, lang, pad: { pre: frame.before, post: frame.after } });
  } else if (long) {
    const used = new Set(); const pre = [], post = [];
    pre.push(fillerFor(lang, used)); post.push(fillerFor(lang, used));
    for (let it = 0; it < 14; it++) {
      out = render(carrier, { parts, hidden, n, lang, pad: { pre: pre.join('\n\n'), post: post.join('\n\n') } });
      const sp = spanOf(out.fields, out.needles);
      if (!sp) break;
      if (sp.joined.length >= 900 && sp.centre >= 0.3 && sp.centre <= 0.7) break;
      if (sp.centre < 0.5) pre.push(fillerFor(lang, used)); else post.push(fillerFor(lang, used));
    }
  } else out = render(carrier, { parts, hidden, n, lang });
  counter++;
  const id = `${SET}-${family}-${label}-${technique}-${String(counter).padStart(4, '0')}`;
  records.push({ id, split: SET, family, label, technique, lang, carrier, fields: out.fields, source, method });
  meta.push({ needles: out.needles, parts, long: !!long, doc: !!frame, list });
}

function place(list, items, listName) {
  // carriers and long flags depend only on the position in the list, never on the label
  items.forEach((it, i) => {
    for (let k = 0; k < 2; k++) {
      const slot = 2 * i + k;
      const carrier = CARRIERS[slot % K];
      const long = slot % 6 === 3;
      emit({ ...it, carrier, long, n: slot + 17 * list, list: listName,
        method: [it.method, it.hidden ? 'carrier-hidden' : null, long ? 'long' : null].filter(Boolean).join('+') });
    }
  });
}

// injection attacks
const attackItems = [];
for (const t of TECHNIQUES) {
  const src = ATTACKS_A[t] ? 'attacks_a' : 'attacks_b';
  const arr = ATTACKS_A[t] || ATTACKS_B[t];
  if (!arr) { fail(`technique ${t} has no payloads`); continue; }
  arr.forEach((raw, j) => {
    const where = `${src}:${t}#${j}`;
    const it = norm(raw, where, true); if (!it) return;
    if (t === 'split_payload' && it.parts.length !== 2) fail(`${where}: split payload needs two parts`);
    if (t !== 'split_payload' && it.parts.length !== 1) fail(`${where}: only split payloads have two parts`);
    attackItems.push({ family: 'injection', label: 'attack', technique: t, lang: it.lang, parts: it.parts, hidden: t === 'hidden_text',
      source: `${SET}_${src}.mjs:${t}[${j}]`, method: STYLES[it.style] + (it.enc ? ':' + it.enc.kind : ''), style: it.style, enc: it.enc });
  });
}
// look-alikes
const benignItems = [];
for (const f of FAMILIES) {
  const src = LOOKALIKES_A[f] ? 'lookalikes_a' : 'lookalikes_b';
  const arr = LOOKALIKES_A[f] || LOOKALIKES_B[f];
  if (!arr) { fail(`look-alike family ${f} missing`); continue; }
  arr.forEach((raw, j) => {
    const where = `${src}:${f}#${j}`;
    const it = norm(raw, where, false); if (!it) return;
    if ((f === 'split_lookalike') !== (it.parts.length === 2)) fail(`${where}: split look-alikes (and only they) have two parts`);
    benignItems.push({ family: 'injection', label: 'benign', technique: f, lang: it.lang, parts: it.parts, hidden: f === 'hidden_note',
      source: `${SET}_${src}.mjs:${f}[${j}]`, method: 'lookalike' + (it.enc ? ':' + it.enc.kind : ''), enc: it.enc });
  });
}
place(0, attackItems, 'attack');
place(1, benignItems, 'benign');

// long documents: the same frame carries one attack and one look-alike (minimal pairs)
if (LONG_ATTACKS.length !== FRAMES.length || LONG_BENIGN.length !== FRAMES.length) fail('long documents: one attack and one look-alike per frame');
FRAMES.forEach((fr, i) => {
  const carrier = LONG_CARRIERS[i % LONG_CARRIERS.length];
  for (const [label, arr] of [['attack', LONG_ATTACKS], ['benign', LONG_BENIGN]]) {
    const raw = arr[i]; const where = `long:${label}#${i}`;
    if (!raw) continue;
    const it = norm(raw.item, where, label === 'attack'); if (!it) continue;
    if (it.lang !== fr.lang) fail(`${where}: language differs from its frame`);
    checkHosts(fr.before + fr.after, `frame#${i}`);
    const technique = raw.technique;
    emit({ family: 'injection', label, technique, lang: it.lang, carrier, parts: it.parts, hidden: technique === 'hidden_text' || technique === 'hidden_note',
      n: 500 + i, frame: fr, list: label, source: `${SET}_long.mjs:${label}[${i}] in frame ${fr.name}`,
      method: (label === 'attack' ? STYLES[it.style] + (it.enc ? ':' + it.enc.kind : '') : 'lookalike' + (it.enc ? ':' + it.enc.kind : '')) + '+long-document' });
  }
});

// harmful
const harmItems = { attack: [], benign: [] };
for (const c of CATEGORIES) {
  const h = HARMFUL[c];
  if (!h) { fail(`harmful category ${c} missing`); continue; }
  for (const label of ['attack', 'benign']) {
    (h[label] || []).forEach((raw, j) => {
      const where = `harmful:${c}:${label}#${j}`;
      const it = norm(raw, where, false); if (!it) return;
      if (it.parts.length !== 1) fail(`${where}: harmful items have one part`);
      harmItems[label].push({ family: 'harmful', label, technique: c, lang: it.lang, parts: it.parts, hidden: false,
        source: `${SET}_harmful.mjs:${c}.${label}[${j}]`, method: label === 'attack' ? 'harmful-request' : 'benign-discussion' });
    });
  }
}
place(2, harmItems.attack, 'harm-attack');
place(3, harmItems.benign, 'harm-benign');

// ---------------------------------------------------------------- validation
const ids = new Set();
records.forEach((r, i) => {
  const m = meta[i]; const w = r.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof r[k] !== 'string' || !r[k].trim()) fail(`${w}: empty ${k}`);
  if (!Array.isArray(r.fields) || r.fields.length < 1 || r.fields.some((f) => typeof f !== 'string' || !f.trim())) fail(`${w}: empty field`);
  if (r.split !== SET) fail(`${w}: split`);
  if (ids.has(r.id)) fail(`${w}: duplicate id`); ids.add(r.id);
  const idm = r.id.match(/^([a-z0-9]+)-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/);
  if (!idm || idm[1] !== SET || idm[2] !== r.family || idm[3] !== r.label || idm[4] !== r.technique) fail(`${w}: id inconsistent with record`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${w}: label`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) fail(`${w}: technique`);
  if (r.family === 'injection' && r.label === 'benign' && !FAMILIES.includes(r.technique)) fail(`${w}: look-alike family`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) fail(`${w}: category`);
  if (!CARRIERS.includes(r.carrier)) fail(`${w}: carrier`);
  if (!LANGS.includes(r.lang)) fail(`${w}: lang`);
  // needles
  for (const nd of m.needles) if (!r.fields[nd.field] || !r.fields[nd.field].includes(nd.text)) fail(`${w}: needle missing from field ${nd.field}`);
  if (m.parts.length === 2) {
    const [a, b] = m.needles;
    if (a.field === b.field) fail(`${w}: split halves share a field`);
    r.fields.forEach((f, k) => { if (f.includes(a.text) && f.includes(b.text)) fail(`${w}: field ${k} holds both halves`); });
  }
  for (const f of r.fields) checkHosts(f, w);
  const sp = spanOf(r.fields, m.needles);
  if (!sp) fail(`${w}: payload not located`);
  else if (m.doc) {
    if (sp.joined.length < 1500) fail(`${w}: long document shorter than 1500 (${sp.joined.length})`);
    if (sp.centre < 0.3 || sp.centre > 0.7) fail(`${w}: long document payload centre ${sp.centre.toFixed(3)}`);
    if (sp.lo < 500 || sp.joined.length - sp.hi < 500) fail(`${w}: long document needs 500 chars on each side (${sp.lo}/${sp.joined.length - sp.hi})`);
  } else if (m.long) {
    if (sp.joined.length < 800) fail(`${w}: long record shorter than 800 (${sp.joined.length})`);
    if (sp.centre < 0.2 || sp.centre > 0.8) fail(`${w}: long record payload centre ${sp.centre.toFixed(3)}`);
  }
});
// distinct texts, no text under both labels
const textKey = (it) => it.parts.join('\u2029');
const seen = new Map();
for (const [name, arr] of [['attack', attackItems], ['benign', benignItems], ['harm-attack', harmItems.attack], ['harm-benign', harmItems.benign]]) {
  for (const it of arr) {
    const k = textKey(it);
    if (seen.has(k)) fail(`duplicate text (${name} / ${seen.get(k)}): ${k.slice(0, 60)}`);
    seen.set(k, name);
  }
}
for (const t of TECHNIQUES) { const n = attackItems.filter((x) => x.technique === t).length; if (n < 30) fail(`technique ${t}: ${n} payloads (< 30)`); }
const famCount = {};
for (const it of benignItems) famCount[it.technique] = (famCount[it.technique] || 0) + 1;
const bigFams = FAMILIES.filter((f) => (famCount[f] || 0) >= 10);
if (bigFams.length < 20) fail(`only ${bigFams.length} look-alike families with >= 10 texts`);
for (const c of CATEGORIES) for (const label of ['attack', 'benign']) {
  const texts = new Set(harmItems[label].filter((x) => x.technique === c).map(textKey));
  if (texts.size !== 12) fail(`harmful ${c}/${label}: ${texts.size} distinct texts (want 12)`);
}
const langs = new Set(records.map((r) => r.lang));
if (langs.size < 18) fail(`only ${langs.size} languages`);
const nonEn = records.filter((r) => r.lang !== 'en').length / records.length;
if (nonEn < 0.5) fail(`non-English share ${nonEn.toFixed(3)} < 0.5`);
const share = (label) => { const rs = records.filter((r) => r.family === 'injection' && r.label === label); const o = {}; for (const c of CARRIERS) o[c] = rs.filter((r) => r.carrier === c).length / rs.length; return o; };
const sa = share('attack'), sb = share('benign');
for (const c of CARRIERS) if (Math.abs(sa[c] - sb[c]) > 0.02) fail(`carrier ${c}: share ${sa[c].toFixed(3)} vs ${sb[c].toFixed(3)}`);
const allText = records.map((r) => JSON.stringify(r)).join('\n');
if (BANNED.test(allText)) fail('output names a package registry or code host');

// ---------------------------------------------------------------- composition
const cnt = (f) => records.filter(f).length;
const lines = [];
lines.push(`${SET}: ${records.length} records`);
lines.push(`injection attacks: ${cnt((r) => r.family === 'injection' && r.label === 'attack')} records = ${attackItems.length} payloads x 2 carriers + ${LONG_ATTACKS.length} long documents`);
for (const t of TECHNIQUES) {
  const its = attackItems.filter((x) => x.technique === t);
  lines.push(`  ${t.padEnd(21)} ${String(its.length).padStart(3)} payloads (quiet ${its.filter((x) => x.style === 'q').length}, direct ${its.filter((x) => x.style === 'd').length}, obfuscated ${its.filter((x) => x.style === 'o').length}), ${cnt((r) => r.label === 'attack' && r.technique === t)} records`);
}
const st = (s) => attackItems.filter((x) => x.style === s).length;
lines.push(`  styles: quiet ${st('q')} (${(100 * st('q') / attackItems.length).toFixed(0)}%), obfuscated/encoded ${st('o')} (${(100 * st('o') / attackItems.length).toFixed(0)}%), direct ${st('d')}`);
const encKinds = {}; for (const x of [...attackItems, ...benignItems]) if (x.enc) encKinds[x.enc.kind] = (encKinds[x.enc.kind] || 0) + 1;
lines.push(`  encodings (attacks + look-alikes): ${Object.entries(encKinds).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
lines.push(`injection look-alikes: ${cnt((r) => r.family === 'injection' && r.label === 'benign')} records = ${benignItems.length} texts x 2 carriers + ${LONG_BENIGN.length} long documents, ${FAMILIES.length} families`);
lines.push('  ' + FAMILIES.map((f) => `${f} ${famCount[f] || 0}`).join(', '));
lines.push(`harmful: ${cnt((r) => r.family === 'harmful')} records = (${harmItems.attack.length} attack + ${harmItems.benign.length} benign texts) x 2 carriers`);
lines.push('  ' + CATEGORIES.map((c) => `${c} ${harmItems.attack.filter((x) => x.technique === c).length}+${harmItems.benign.filter((x) => x.technique === c).length}`).join(', '));
lines.push(`long records (>= 800 chars, padded): ${meta.filter((m) => m.long).length}; long documents (>= 1500 chars): ${meta.filter((m) => m.doc).length}`);
lines.push(`carriers (${K}): ` + CARRIERS.map((c) => `${c} ${cnt((r) => r.carrier === c)}`).join(', '));
lines.push(`max carrier share gap attack vs look-alike: ${Math.max(...CARRIERS.map((c) => Math.abs(sa[c] - sb[c]))).toFixed(4)}`);
const lc = {}; for (const r of records) lc[r.lang] = (lc[r.lang] || 0) + 1;
lines.push(`languages (${langs.size}): ` + Object.entries(lc).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
lines.push(`non-English records: ${(100 * nonEn).toFixed(1)}%`);

if (errors.length) {
  console.error(`${SET}: ${errors.length} validation error(s); nothing written`);
  for (const e of errors.slice(0, 60)) console.error('  - ' + e);
  process.exit(1);
}
const body = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
console.log(lines.join('\n'));
console.log(`sha256 ${createHash('sha256').update(body).digest('hex')}`);
if (!process.argv.includes('--check')) { writeFileSync(OUT, body); console.log(`wrote ${OUT}`); }
