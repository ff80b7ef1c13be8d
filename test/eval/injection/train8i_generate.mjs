// train8i generator + validator (training round, mixed sources; written blind).
// Node 20 built-ins only. Deterministic: fixed-seed PRNG per record, no clock, no randomness
// from the environment, so every run writes a byte-identical train8i.jsonl.
//   node test/eval/injection/train8i_generate.mjs           -> validate, write, print composition
//   node test/eval/injection/train8i_generate.mjs --check   -> validate and print, write nothing
// On any violation it prints the problems, writes nothing and exits 1.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, LONG_CARRIERS, render } from './train8i_carriers.mjs';
import { ATTACKS_A } from './train8i_attacks_a.mjs';
import { ATTACKS_B } from './train8i_attacks_b.mjs';
import { LOOKALIKES_A } from './train8i_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train8i_lookalikes_b.mjs';
import { HARMFUL } from './train8i_harmful.mjs';
import { LONG_ATTACK } from './train8i_long_a.mjs';
import { LONG_BENIGN } from './train8i_long_b.mjs';
import { FILLERS, SUBJECTS } from './train8i_fillers.mjs';

const SET = 'train8i';
const SEED = 0x8a17c3e5;
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, `${SET}.jsonl`);

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration',
  'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const HARM_CATS = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'cs', 'sv', 'da', 'nb',
  'fi', 'tr', 'ar', 'he', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'el', 'ro', 'hu'];
const ENCODINGS = ['base64', 'hex', 'rot13', 'url', 'reverse', 'base32', 'uescape', 'charcodes'];

// ---------------------------------------------------------------- PRNG
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(s, 'utf8')) { h ^= ch; h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
function mulberry32(a) {
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rngFor = (key) => mulberry32((SEED ^ fnv1a(key)) >>> 0);

// ---------------------------------------------------------------- encodings
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function b32enc(buf) {
  let bits = 0, val = 0, out = '';
  for (const byte of buf) {
    val = (val << 8) | byte; bits += 8;
    while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}
function b32dec(s) {
  let bits = 0, val = 0; const out = [];
  for (const ch of s.replace(/=+$/, '')) {
    const v = B32.indexOf(ch); if (v < 0) throw new Error('bad base32 char ' + ch);
    val = (val << 5) | v; bits += 5;
    if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Buffer.from(out).toString('utf8');
}
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => {
  const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENC = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()),
  reverse: (s) => Array.from(s).reverse().join(''),
  base32: (s) => b32enc(Buffer.from(s, 'utf8')),
  uescape: (s) => Array.from(s).map((ch) => {
    const cp = ch.codePointAt(0);
    return cp > 0xffff ? ch.split('').map((u) => '\\u' + u.charCodeAt(0).toString(16).padStart(4, '0')).join('')
      : '\\u' + cp.toString(16).padStart(4, '0');
  }).join(''),
  charcodes: (s) => Array.from(s).map((ch) => ch.codePointAt(0)).join(','),
};
// independent decoders used by the validator
const DEC = {
  base64: (b) => Buffer.from(b, 'base64').toString('utf8'),
  hex: (b) => { if (!/^[0-9a-f]+$/i.test(b) || b.length % 2) throw new Error('bad hex'); return Buffer.from(b, 'hex').toString('utf8'); },
  rot13,
  url: (b) => decodeURIComponent(b),
  reverse: (b) => Array.from(b).reverse().join(''),
  base32: b32dec,
  uescape: (b) => { if (!/^(\\u[0-9a-f]{4})+$/i.test(b)) throw new Error('bad uescape'); return JSON.parse('"' + b + '"'); },
  charcodes: (b) => { if (!/^\d+(,\d+)*$/.test(b)) throw new Error('bad charcodes'); return String.fromCodePoint(...b.split(',').map(Number)); },
};

// ---------------------------------------------------------------- normalise content
// item forms: [lang, text] | split: [lang, partA, partB] | encoded: [lang, enc, wrap, plain]
function normalise(kind, name, arr, srcFile, { hide = false, split = false, encoded = false } = {}) {
  return arr.map((it, k) => {
    const src = `${srcFile}:${name}#${String(k).padStart(2, '0')}`;
    if (encoded) {
      const [lang, enc, wrap, plain] = it;
      const blob = ENC[enc] ? ENC[enc](plain) : '';
      return { kind, name, lang, slots: [wrap.replace('{blob}', () => blob)], enc: { enc, wrap, plain }, hide, src, method: `encoded:${enc}` };
    }
    if (split) {
      const [lang, a, b] = it;
      return { kind, name, lang, slots: [a, b], hide, src, method: 'split' };
    }
    const [lang, text] = it;
    return { kind, name, lang, slots: [text], hide, src, method: hide ? 'hidden' : 'plain' };
  });
}

const attackItems = [];
for (const [file, obj] of [['attacks_a', ATTACKS_A], ['attacks_b', ATTACKS_B]]) {
  for (const [tech, arr] of Object.entries(obj)) {
    attackItems.push(...normalise('attack', tech, arr, file, {
      hide: tech === 'hidden_text', split: tech === 'split_payload', encoded: tech === 'encoded_payload',
    }));
  }
}
const lookItems = [];
for (const [file, obj] of [['lookalikes_a', LOOKALIKES_A], ['lookalikes_b', LOOKALIKES_B]]) {
  for (const [fam, arr] of Object.entries(obj)) {
    lookItems.push(...normalise('benign', fam, arr, file, {
      hide: fam === 'hidden_markup', split: fam === 'split_lookalike', encoded: fam === 'encoded_data',
    }));
  }
}
const harmItems = [];
for (const cat of HARM_CATS) {
  for (const label of ['attack', 'benign']) {
    harmItems.push(...normalise(label, cat, HARMFUL[cat][label], 'harmful').map((x) => ({ ...x, harm: true })));
  }
}

// ---------------------------------------------------------------- build records
const records = [];
let counter = 0;
function subjFor(lang, rng) {
  const s = SUBJECTS[lang] || SUBJECTS.en;
  return s[Math.floor(rng() * s.length)];
}
function fillerFor(lang, rng) {
  const f = FILLERS[lang] || FILLERS.en;
  const rot = Math.floor(rng() * f.length);
  const o = f.map((_, k) => f[(k + rot) % f.length]);
  const pre = [], post = [];
  let k = 0;
  while (k < o.length && (pre.length < 2 || pre.join('\n\n').length < 330)) pre.push(o[k++]);
  while (k < o.length && (post.length < 2 || post.join('\n\n').length < 330)) post.push(o[k++]);
  return { pre: pre.join('\n\n'), post: post.join('\n\n') };
}
function push(item, family, label, technique, carrier, extra) {
  counter += 1;
  const id = `${SET}-${family}-${label}-${technique}-${String(counter).padStart(4, '0')}`;
  const rng = rngFor(id);
  const subj = extra.title || subjFor(item.lang, rng);
  const filler = extra.filler || (extra.long ? fillerFor(item.lang, rng) : null);
  const fields = render(carrier, { slots: item.slots, hide: item.hide, filler, rng, lang: item.lang, subj });
  const method = extra.longdoc ? `${item.method}+longdoc` : extra.long ? `${item.method}+long` : item.method;
  records.push({
    rec: { id, split: SET, family, label, technique, lang: item.lang, carrier, fields, source: `${SET}_${item.src}`, method },
    item, long: !!extra.long, longdoc: !!extra.longdoc,
  });
}
// carriers and long flags depend only on the position in each list (never on the label)
const NC = CARRIER_NAMES.length;
const carrierAt = (i, j) => CARRIER_NAMES[j === 0 ? i % NC : (7 * i + 3) % NC];
const longAt = (i, j) => (2 * i + j) % 5 === 3;
function emitList(items, familyOf, labelOf) {
  items.forEach((it, i) => {
    for (let j = 0; j < 2; j += 1) {
      push(it, familyOf(it), labelOf(it), it.name, carrierAt(i, j), { long: longAt(i, j) });
    }
  });
}
emitList(attackItems, () => 'injection', () => 'attack');
emitList(lookItems, () => 'injection', () => 'benign');
emitList(harmItems, () => 'harmful', (it) => it.kind);
function emitLong(list, label) {
  list.forEach((d, i) => {
    const name = label === 'attack' ? d.technique : d.family;
    const item = { kind: label, name, lang: d.lang, slots: [d.payload], hide: !!d.hide, src: `long_${label === 'attack' ? 'a' : 'b'}:${name}#${String(i).padStart(2, '0')}`, method: d.hide ? 'hidden' : 'plain' };
    push(item, 'injection', label, name, LONG_CARRIERS[i % LONG_CARRIERS.length], {
      longdoc: true, title: d.title, filler: { pre: d.before.join('\n\n'), post: d.after.join('\n\n') },
    });
  });
}
emitLong(LONG_ATTACK, 'attack');
emitLong(LONG_BENIGN, 'benign');

// ---------------------------------------------------------------- validate
const errors = [];
const err = (m) => { if (errors.length < 200) errors.push(m); };
const B = (...p) => p.join('');
const BANNED = [B('git', 'hub'), B('git', 'lab'), B('bit', 'bucket'), B('npm', 'js'), B('py', 'pi.org'),
  B('py', 'pi.python'), B('crates', '.io'), B('ruby', 'gems'), B('nu', 'get.org'), B('pack', 'agist'),
  B('source', 'forge'), B('docker', '.io'), B('hub.', 'docker'), B('maven', '.org'), B('pkg.', 'go.dev'),
  B('proxy.', 'golang'), B('hugging', 'face'), B('code', 'berg'), B('gi', 'tee.com'), B('yarn', 'pkg'),
  B('unpkg', '.com'), B('js', 'delivr'), B('anaconda', '.org'), B('cocoa', 'pods'), B('hex', '.pm')];
const GOOD_HOST = /(\.example|\.test|\.invalid)$/i;
function hostOk(h) {
  h = h.toLowerCase().replace(/\.$/, '');
  if (!h.includes('.')) return true; // bare internal name
  return GOOD_HOST.test(h);
}
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s\/"'<>\\)\]|,;]+)/gi)) {
    const host = m[1].replace(/^[^@]*@/, '').replace(/:\d+$/, '');
    if (!hostOk(host)) err(`${where}: URL host not reserved: ${host}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) {
    if (!hostOk(m[1])) err(`${where}: e-mail domain not reserved: ${m[1]}`);
  }
  for (const m of text.matchAll(/\bwww\.[A-Za-z0-9.-]+/gi)) {
    if (!hostOk(m[0].replace(/\.$/, ''))) err(`${where}: www host not reserved: ${m[0]}`);
  }
  for (const m of text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(com|net|org|io|ru|cn|de|co|info|biz|xyz|ai|app|dev|ly|me|uk|fr|jp)\b(?![.\w-]*\.(example|test|invalid)\b)/gi)) {
    err(`${where}: public-looking domain: ${m[0]}`);
  }
  const low = text.toLowerCase();
  for (const b of BANNED) if (low.includes(b)) err(`${where}: registry/code-hosting name ${b}`);
}
const QUIET = /\b(AI|A\.I\.|assistant|LLM|chatbot|GPT|language model|model|instructions?|prompts?)\b/i;

const ids = new Set();
const knownCarriers = new Set(CARRIER_NAMES);
const lookFamilies = new Set([...Object.keys(LOOKALIKES_A), ...Object.keys(LOOKALIKES_B)]);
for (const { rec: r, item, long, longdoc } of records) {
  const w = r.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof r[k] !== 'string' || !r[k].trim()) err(`${w}: empty member ${k}`);
  }
  if (!Array.isArray(r.fields) || !r.fields.length) err(`${w}: no fields`);
  r.fields.forEach((f, k) => { if (typeof f !== 'string' || !f.trim()) err(`${w}: empty field ${k}`); });
  if (r.split !== SET) err(`${w}: split`);
  if (ids.has(r.id)) err(`${w}: duplicate id`); ids.add(r.id);
  const m = /^train8i-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/.exec(r.id);
  if (!m || m[1] !== r.family || m[2] !== r.label || m[3] !== r.technique) err(`${w}: id inconsistent with record`);
  if (!LANGS.includes(r.lang)) err(`${w}: unknown lang ${r.lang}`);
  if (!knownCarriers.has(r.carrier)) err(`${w}: unknown carrier ${r.carrier}`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) err(`${w}: unknown technique`);
  if (r.family === 'injection' && r.label === 'benign' && !lookFamilies.has(r.technique)) err(`${w}: unknown look-alike family`);
  if (r.family === 'harmful' && !HARM_CATS.includes(r.technique)) err(`${w}: unknown category`);
  if (!['injection', 'harmful'].includes(r.family)) err(`${w}: unknown family`);
  // needles
  const C = CARRIERS[r.carrier];
  const needles = item.slots.map((s) => C.esc(s));
  const where = needles.map((n) => r.fields.findIndex((f) => f.includes(n)));
  where.forEach((fi, k) => { if (fi < 0) err(`${w}: needle ${k} not found in fields`); });
  if (item.slots.length === 2) {
    if (where[0] === where[1]) err(`${w}: split parts share a field`);
    if (r.fields.some((f) => f.includes(needles[0]) && f.includes(needles[1]))) err(`${w}: a field holds both parts`);
    if (item.slots.some((s) => !s.trim())) err(`${w}: empty split part`);
  }
  if (r.technique === 'split_payload' && item.slots.length !== 2) err(`${w}: split_payload without two parts`);
  // hosts (fields and decoded payloads)
  r.fields.forEach((f, k) => checkHosts(f, `${w} field ${k}`));
  if (item.enc) {
    const { enc, wrap, plain } = item.enc;
    if (!ENCODINGS.includes(enc)) err(`${w}: unknown encoding ${enc}`);
    const [pre, post] = wrap.split('{blob}');
    if (post === undefined) err(`${w}: wrap without {blob}`);
    const t = item.slots[0];
    const blob = t.slice(pre.length, t.length - post.length);
    if (!t.startsWith(pre) || !t.endsWith(post) || !blob) err(`${w}: blob not located`);
    let dec = null;
    try { dec = DEC[enc](blob); } catch (e) { err(`${w}: decode failed: ${e.message}`); }
    if (dec !== plain) err(`${w}: decoded text differs from plain text`);
    if (blob === plain) err(`${w}: encoding is a no-op`);
    checkHosts(plain, `${w} decoded`);
    if (r.label === 'attack' && QUIET.test(plain)) err(`${w}: decoded attack names the AI/instructions`);
  }
  if (r.label === 'attack' && r.family === 'injection') {
    for (const s of item.slots) if (QUIET.test(s)) err(`${w}: attack text names the AI/instructions: ${s.match(QUIET)[0]}`);
  }
  // long and longdoc geometry
  if (long || longdoc) {
    const joined = r.fields.join('\n');
    const offs = []; let o = 0;
    for (const f of r.fields) { offs.push(o); o += f.length + 1; }
    const starts = where.map((fi, k) => (fi < 0 ? -1 : offs[fi] + r.fields[fi].indexOf(needles[k])));
    const s0 = Math.min(...starts);
    const e1 = Math.max(...starts.map((s, k) => s + needles[k].length));
    const centre = (s0 + e1) / 2 / joined.length;
    if (long) {
      if (joined.length < 800) err(`${w}: long record shorter than 800 (${joined.length})`);
      if (centre < 0.2 || centre > 0.8) err(`${w}: long payload centre ${centre.toFixed(2)}`);
    } else {
      if (joined.length < 1500) err(`${w}: long document shorter than 1500 (${joined.length})`);
      if (centre < 0.3 || centre > 0.7) err(`${w}: long document payload centre ${centre.toFixed(2)}`);
      if (s0 < 500 || joined.length - e1 < 500) err(`${w}: long document has <500 chars on a side (${s0}/${joined.length - e1})`);
    }
  }
}
// distinct payload texts across every list
const seenText = new Map();
for (const it of [...attackItems, ...lookItems, ...harmItems, ...LONG_ATTACK.map((d) => ({ slots: [d.payload], src: 'long' })), ...LONG_BENIGN.map((d) => ({ slots: [d.payload], src: 'long' }))]) {
  const key = it.slots.join('\u0000').trim();
  if (seenText.has(key)) err(`duplicate text: ${it.src} and ${seenText.get(key)}`);
  seenText.set(key, it.src);
}
// harmful: 12 distinct attack and 12 distinct benign texts per category
for (const cat of HARM_CATS) {
  for (const label of ['attack', 'benign']) {
    const arr = HARMFUL[cat]?.[label] || [];
    const distinct = new Set(arr.map((x) => x[1].trim()));
    if (arr.length !== 12 || distinct.size !== 12) err(`harmful ${cat}/${label}: ${distinct.size} distinct of ${arr.length}, need 12`);
  }
}
for (const k of Object.keys(HARMFUL)) if (!HARM_CATS.includes(k)) err(`unknown harmful category ${k}`);
// techniques >= 30 payloads
for (const t of TECHNIQUES) {
  const n = attackItems.filter((x) => x.name === t).length;
  if (n < 30) err(`technique ${t}: ${n} payloads < 30`);
}
for (const t of new Set(attackItems.map((x) => x.name))) if (!TECHNIQUES.includes(t)) err(`unknown technique ${t}`);
for (const d of LONG_ATTACK) if (!TECHNIQUES.includes(d.technique)) err(`long attack with unknown technique ${d.technique}`);
for (const d of LONG_BENIGN) if (!lookFamilies.has(d.family)) err(`long benign with unknown family ${d.family}`);
// look-alike families
const famCounts = {};
for (const it of lookItems) famCounts[it.name] = (famCounts[it.name] || 0) + 1;
const bigFams = Object.entries(famCounts).filter(([, n]) => n >= 10);
if (bigFams.length < 20) err(`only ${bigFams.length} look-alike families with >= 10 texts`);
for (const [f, n] of Object.entries(famCounts)) if (n < 10) err(`look-alike family ${f} has only ${n} texts`);
// languages
const langCount = {};
for (const { rec } of records) langCount[rec.lang] = (langCount[rec.lang] || 0) + 1;
if (Object.keys(langCount).length < 18) err(`only ${Object.keys(langCount).length} languages`);
const nonEn = records.filter(({ rec }) => rec.lang !== 'en').length / records.length;
if (nonEn < 0.5) err(`non-English share ${nonEn.toFixed(3)} < 0.5`);
for (const l of Object.keys(langCount)) if (!FILLERS[l] || !SUBJECTS[l]) err(`language ${l} lacks fillers/subjects`);
// carrier shares: injection attacks vs look-alikes
const share = (label) => {
  const rs = records.filter(({ rec }) => rec.family === 'injection' && rec.label === label);
  const c = {}; for (const { rec } of rs) c[rec.carrier] = (c[rec.carrier] || 0) + 1;
  return [c, rs.length];
};
const [ca, na] = share('attack');
const [cb, nb] = share('benign');
for (const k of CARRIER_NAMES) {
  const d = Math.abs((ca[k] || 0) / na - (cb[k] || 0) / nb);
  if (d > 0.02) err(`carrier ${k}: attack/look-alike share differs by ${d.toFixed(3)}`);
}
for (const k of CARRIER_NAMES) if (!ca[k]) err(`carrier ${k} unused`);

// ---------------------------------------------------------------- report
const lines = records.map(({ rec }) => JSON.stringify(rec)).join('\n') + '\n';
function composition() {
  const out = [];
  const inj = records.filter(({ rec }) => rec.family === 'injection');
  const harm = records.filter(({ rec }) => rec.family === 'harmful');
  out.push(`${SET}: ${records.length} records`);
  out.push(`injection attacks: ${attackItems.length} payloads x 2 carriers + ${LONG_ATTACK.length} long documents = ${inj.filter(({ rec }) => rec.label === 'attack').length} records`);
  for (const t of TECHNIQUES) {
    const p = attackItems.filter((x) => x.name === t).length;
    const r = inj.filter(({ rec }) => rec.label === 'attack' && rec.technique === t).length;
    out.push(`  ${t.padEnd(22)} ${String(p).padStart(3)} payloads  ${String(r).padStart(3)} records`);
  }
  out.push(`injection look-alikes: ${lookItems.length} texts x 2 carriers + ${LONG_BENIGN.length} long documents = ${inj.filter(({ rec }) => rec.label === 'benign').length} records (${Object.keys(famCounts).length} families)`);
  for (const [f, n] of Object.entries(famCounts)) {
    const r = inj.filter(({ rec }) => rec.label === 'benign' && rec.technique === f).length;
    out.push(`  ${f.padEnd(22)} ${String(n).padStart(3)} texts     ${String(r).padStart(3)} records`);
  }
  out.push(`harmful: ${harmItems.length} texts x 2 carriers = ${harm.length} records`);
  for (const c of HARM_CATS) {
    const a = harm.filter(({ rec }) => rec.technique === c && rec.label === 'attack').length;
    const b = harm.filter(({ rec }) => rec.technique === c && rec.label === 'benign').length;
    out.push(`  ${c.padEnd(22)} 12 + 12 texts  ${a} attack + ${b} benign records`);
  }
  out.push(`long records (>=800 chars): ${records.filter((x) => x.long).length}; long documents (>=1500 chars): ${records.filter((x) => x.longdoc).length}`);
  out.push(`carriers (${CARRIER_NAMES.length}): ` + CARRIER_NAMES.map((k) => `${k} ${records.filter(({ rec }) => rec.carrier === k).length}`).join(', '));
  const langs = Object.entries(langCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  out.push(`languages (${langs.length}): ` + langs.map(([l, n]) => `${l} ${n}`).join(', '));
  out.push(`non-English records: ${(nonEn * 100).toFixed(1)}%`);
  const enc = {}; for (const it of [...attackItems, ...lookItems]) if (it.enc) enc[it.enc.enc] = (enc[it.enc.enc] || 0) + 1;
  out.push('encodings: ' + Object.entries(enc).map(([k, n]) => `${k} ${n}`).join(', '));
  return out.join('\n');
}
if (errors.length) {
  console.error(`${SET}: ${errors.length} violation(s); nothing written`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}
if (!process.argv.includes('--check')) writeFileSync(OUT, lines);
console.log(composition());
