// train8j generator + validator (Node 20, built-ins only).
//   node test/eval/injection/train8j_generate.mjs
// Builds every record in memory, validates everything, and only then writes train8j.jsonl
// (byte-identical on every run: fixed-seed PRNG, no clock, no environment input).
// On any violation it prints the problems, writes nothing and exits 1.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_KEYS, pick } from './train8j_carriers.mjs';
import { FILLERS } from './train8j_fillers.mjs';
import * as ATK_A from './train8j_attacks_a.mjs';
import * as ATK_B from './train8j_attacks_b.mjs';
import { LOOKALIKES_A } from './train8j_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train8j_lookalikes_b.mjs';
import { HARMFUL } from './train8j_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './train8j_long.mjs';

const SET = 'train8j';
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, `${SET}.jsonl`);

// ---------------------------------------------------------------- vocabulary
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing',
  'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'sv', 'cs', 'ru', 'uk', 'tr', 'ar', 'zh', 'ja',
  'ko', 'hi', 'id', 'vi'];
const LOOKALIKES = { ...LOOKALIKES_A, ...LOOKALIKES_B };
const FAMILIES = Object.keys(LOOKALIKES);
const SPLIT_KINDS = new Set(['split_payload', 'split_lookalike']);
const ENCODED_KINDS = new Set(['encoded_payload', 'encoded_benign']);
const HIDDEN_KINDS = new Set(['hidden_text', 'hidden_markup']);
const JSON_CARRIERS = new Set(['crm', 'rag', 'search', 'api']);

// ---------------------------------------------------------------- PRNG (mulberry32)
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
const rng = mulberry32(0x8a7e51);

// ---------------------------------------------------------------- encoders / independent decoders
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const rot13 = (s) => s.replace(/[A-Za-z]/g, (c) => {
  const b = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENCODE = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => encodeURIComponent(s),
  base32: (s) => {
    const bytes = Buffer.from(s, 'utf8');
    let bits = 0, val = 0, out = '';
    for (const b of bytes) {
      val = (val << 8) | b; bits += 8;
      while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; }
    }
    if (bits > 0) out += B32[(val << (5 - bits)) & 31];
    while (out.length % 8) out += '=';
    return out;
  },
  reverse: (s) => Array.from(s).reverse().join(''),
  unicode_escape: (s) => Array.from(s).map((ch) => {
    let r = '';
    for (let i = 0; i < ch.length; i++) r += '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0');
    return r;
  }).join(''),
  html_entity: (s) => Array.from(s).map((ch) => `&#x${ch.codePointAt(0).toString(16)};`).join(''),
};
const DECODE = {
  base64: (b) => Buffer.from(b, 'base64').toString('utf8'),
  hex: (b) => { if (!/^[0-9a-f]+$/i.test(b) || b.length % 2) return null; return Buffer.from(b, 'hex').toString('utf8'); },
  rot13: (b) => b.split('').map((c) => {
    const i = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.indexOf(c);
    if (i < 0) return c;
    return i < 26 ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[(i + 13) % 26] : 'abcdefghijklmnopqrstuvwxyz'[(i - 26 + 13) % 26];
  }).join(''),
  url: (b) => decodeURIComponent(b),
  base32: (b) => {
    const clean = b.replace(/=+$/, '');
    const bytes = [];
    let bits = 0, val = 0;
    for (const c of clean) {
      const i = B32.indexOf(c);
      if (i < 0) return null;
      val = ((val << 5) | i) & 0xffff; bits += 5;
      if (bits >= 8) { bytes.push((val >>> (bits - 8)) & 0xff); bits -= 8; }
    }
    return Buffer.from(bytes).toString('utf8');
  },
  reverse: (b) => Array.from(b).reverse().join(''),
  unicode_escape: (b) => JSON.parse('"' + b + '"'),
  html_entity: (b) => b.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))),
};

// ---------------------------------------------------------------- collect items
const problems = [];
const fail = (m) => problems.push(m);

function normItem(arr, kind, src) {
  // [lang, text] | [lang, partA, partB] (split) | [lang, encoding, wrapper-with-{B}, plain] (encoded)
  const lang = arr[0];
  if (SPLIT_KINDS.has(kind)) {
    if (arr.length !== 3) fail(`${src}: split item needs [lang, partA, partB]`);
    return { lang, parts: [arr[1], arr[2]], src };
  }
  if (ENCODED_KINDS.has(kind)) {
    if (arr.length !== 4) fail(`${src}: encoded item needs [lang, enc, wrapper, plain]`);
    const [, enc, wrap, plain] = arr;
    if (!ENCODE[enc]) { fail(`${src}: unknown encoding ${enc}`); return { lang, parts: [wrap], src }; }
    const blob = ENCODE[enc](plain);
    if (!wrap.includes('{B}')) fail(`${src}: wrapper without {B}`);
    return { lang, parts: [wrap.replace('{B}', () => blob)], enc: { name: enc, blob, plain }, src };
  }
  if (arr.length !== 2) fail(`${src}: item needs [lang, text]`);
  return { lang, parts: [arr[1]], src };
}

const attackItems = [];
for (const t of TECHNIQUES) {
  const mod = t in ATK_A ? ATK_A : ATK_B;
  const file = t in ATK_A ? `${SET}_attacks_a.mjs` : `${SET}_attacks_b.mjs`;
  const list = mod[t];
  if (!Array.isArray(list)) { fail(`technique ${t} missing from attack files`); continue; }
  list.forEach((a, i) => attackItems.push({ ...normItem(a, t, `${file}:${t}[${i}]`), kind: t }));
}
const benignItems = [];
for (const f of FAMILIES) {
  const file = f in LOOKALIKES_A ? `${SET}_lookalikes_a.mjs` : `${SET}_lookalikes_b.mjs`;
  LOOKALIKES[f].forEach((a, i) => benignItems.push({ ...normItem(a, f, `${file}:${f}[${i}]`), kind: f }));
}
const harmfulItems = [];
for (const c of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    (HARMFUL[c]?.[label] || []).forEach((a, i) => harmfulItems.push({ ...normItem(a, c, `${SET}_harmful.mjs:${c}.${label}[${i}]`), kind: c, label }));
  }
}

// ---------------------------------------------------------------- people / orgs for carriers
const PEOPLE = ['Lena Hoffmann', 'Tomás Ribeiro', 'Aiko Tanaka', 'Priya Raman', 'Mateusz Wójcik', 'Sofia Lindqvist',
  'Omar Haddad', 'Chen Yu', 'Elif Kaya', 'Daan de Vries', 'Giulia Conti', 'Nguyen Thi Lan', 'Marek Dvořák',
  'Olena Kovalenko', 'Arjun Mehta', 'Camille Laurent', 'Diego Navarro', 'Ji-woo Park', 'Ingrid Solberg', 'Rafael Souza'];
const ORGS = [['northwind', 'Northwind Traders'], ['fabrikam', 'Fabrikam GmbH'], ['contoso', 'Contoso Ltd'],
  ['tailspin', 'Tailspin Logistics'], ['lumen', 'Lumen Health'], ['kestrel', 'Kestrel Bank'], ['orbita', 'Orbita Retail'],
  ['alderfinch', 'Alder & Finch']];
const slug = (n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '');

function ctx(lang, idx) {
  const [s, name] = pick(rng, ORGS);
  const org = { slug: s, name };
  const p1 = pick(rng, PEOPLE);
  let p2 = pick(rng, PEOPLE);
  if (p2 === p1) p2 = PEOPLE[(PEOPLE.indexOf(p1) + 7) % PEOPLE.length];
  const [s2, name2] = pick(rng, ORGS);
  const person = { name: p1, mail: `${slug(p1)}@${s}.example` };
  const other = { name: p2, mail: `${slug(p2)}@${s2}.example`, orgName: name2 };
  const date = `2024-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
  return { lang, idx, rng, org, person, other, date };
}

function fillersFor(lang, idx) {
  const f = FILLERS[lang];
  if (!f || f.length < 6) { fail(`no fillers for ${lang}`); return [[], []]; }
  const k = idx % f.length;
  const rot = [...f.slice(k), ...f.slice(0, k)];
  return [[rot[0], rot[1], rot[2]], [rot[3], rot[4], rot[5]]];
}

// ---------------------------------------------------------------- record building
const records = [];
const side = []; // validator-only facts per record (never written)
let counter = 0;

function makeRecord({ family, label, technique, lang, carrierKey, item, long, hidden, doc, source }) {
  const c = CARRIERS[carrierKey];
  const idx = counter;
  const o = ctx(lang, idx);
  let pre = [], post = [];
  if (doc) { pre = doc.before.map(c.esc); post = doc.after.map(c.esc); }
  else if (long) { const [a, b] = fillersFor(lang, idx); pre = a.map(c.esc); post = b.map(c.esc); }
  else if (hidden) { const [a] = fillersFor(lang, idx); pre = [c.esc(a[0])]; } // one visible paragraph above hidden text
  const segEsc = item.parts.map(c.esc);
  o.seg = hidden ? c.hide(segEsc[0], idx) : segEsc[0];
  o.seg2 = segEsc.length > 1 ? segEsc[1] : null;
  o.pre = pre; o.post = post; o.hidden = hidden;
  const fields = c.build(o);
  counter += 1;
  const id = `${SET}-${family}-${label}-${technique}-${String(counter).padStart(4, '0')}`;
  const method = [`carrier=${carrierKey}`];
  if (doc) method.push('long_document'); else if (long) method.push('long');
  if (hidden) method.push('hidden');
  if (item.parts.length > 1) method.push('split');
  if (item.enc) method.push(`encoded=${item.enc.name}`);
  records.push({ id, split: SET, family, label, technique, lang, carrier: carrierKey, fields, source, method: method.join(';') });
  side.push({ item, long: !!long, doc: !!doc, hidden, carrierKey });
}

// carriers and long flags come only from the position in each list (never from the label)
const posCarrier = (r) => CARRIER_KEYS[r % CARRIER_KEYS.length];
const posLong = (r) => r % 6 === 3;

attackItems.forEach((it, i) => {
  for (let k = 0; k < 2; k++) {
    const r = 2 * i + k;
    makeRecord({ family: 'injection', label: 'attack', technique: it.kind, lang: it.lang, carrierKey: posCarrier(r),
      item: it, long: posLong(r), hidden: HIDDEN_KINDS.has(it.kind), source: `handwritten:${it.src}` });
  }
});
LONG_ATTACKS.forEach((d, j) => {
  makeRecord({ family: 'injection', label: 'attack', technique: d.technique, lang: d.lang, carrierKey: posCarrier(j),
    item: { lang: d.lang, parts: [d.payload], src: `${SET}_long.mjs:LONG_ATTACKS[${j}]` }, doc: d,
    hidden: HIDDEN_KINDS.has(d.technique), source: `handwritten:${SET}_long.mjs:LONG_ATTACKS[${j}]` });
});
benignItems.forEach((it, i) => {
  for (let k = 0; k < 2; k++) {
    const r = 2 * i + k;
    makeRecord({ family: 'injection', label: 'benign', technique: it.kind, lang: it.lang, carrierKey: posCarrier(r),
      item: it, long: posLong(r), hidden: HIDDEN_KINDS.has(it.kind), source: `handwritten:${it.src}` });
  }
});
LONG_BENIGN.forEach((d, j) => {
  makeRecord({ family: 'injection', label: 'benign', technique: d.family, lang: d.lang, carrierKey: posCarrier(j),
    item: { lang: d.lang, parts: [d.payload], src: `${SET}_long.mjs:LONG_BENIGN[${j}]` }, doc: d,
    hidden: HIDDEN_KINDS.has(d.family), source: `handwritten:${SET}_long.mjs:LONG_BENIGN[${j}]` });
});
harmfulItems.forEach((it, i) => {
  for (let k = 0; k < 2; k++) {
    const r = 2 * i + k;
    makeRecord({ family: 'harmful', label: it.label, technique: it.kind, lang: it.lang, carrierKey: posCarrier(r),
      item: it, long: posLong(r), hidden: false, source: `handwritten:${it.src}` });
  }
});

// ---------------------------------------------------------------- validation
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
const FORBIDDEN_HOSTS = [['git', 'hub'], ['git', 'lab'], ['bit', 'bucket'], ['npm', 'js'], ['py', 'pi.org'], ['py', 'pi.python'],
  ['crates', '.io'], ['ruby', 'gems'], ['nu', 'get.org'], ['pack', 'agist'], ['hub.dock', 'er'], ['source', 'forge'],
  ['code', 'berg'], ['git', 'ee.com'], ['maven', '.org'], ['go', 'pkg'], ['hugging', 'face']].map((p) => p.join(''));
const REAL_TLD = /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|ru|de|fr|cn|jp|uk|info|biz|xyz|app|dev|ly|gg|us|eu)\b(?![.\w-]*\.(?:example|test|invalid)\b)/gi;

function hostsIn(text) {
  const out = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'<>\\)\]|`,;]+)/gi)) {
    let h = m[1].replace(/^[^@]*@/, '').replace(/:\d+$/, '');
    out.push(['url', h]);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) out.push(['mail', m[1]]);
  for (const m of text.matchAll(/\bwww\.([A-Za-z0-9.-]+)/gi)) out.push(['www', 'www.' + m[1]]);
  return out;
}
function checkHosts(text, where) {
  for (const [kind, h] of hostsIn(text)) {
    const host = h.replace(/\.$/, '');
    if (host.includes('.') && !ALLOWED_TLD.test(host)) fail(`${where}: ${kind} host not reserved: ${host}`);
  }
  const low = text.toLowerCase();
  for (const f of FORBIDDEN_HOSTS) if (low.includes(f)) fail(`${where}: forbidden host name ${f}`);
  const noMail = text.replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, ' ');
  for (const m of noMail.matchAll(REAL_TLD)) {
    const tail = noMail.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\.(example|test|invalid)/i.test(tail)) continue;
    fail(`${where}: looks like a real domain: ${m[0]}`);
  }
}

const ids = new Set();
const KNOWN_TECH = { attack: new Set(TECHNIQUES), benign: new Set(FAMILIES) };
records.forEach((r, n) => {
  const s = side[n];
  const where = r.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof r[k] !== 'string' || !r[k].trim()) fail(`${where}: empty ${k}`);
  }
  if (!Array.isArray(r.fields) || r.fields.length < 1) fail(`${where}: no fields`);
  r.fields.forEach((f, i) => { if (typeof f !== 'string' || !f.trim()) fail(`${where}: empty field ${i}`); });
  if (r.split !== SET) fail(`${where}: wrong split`);
  if (!['injection', 'harmful'].includes(r.family)) fail(`${where}: unknown family`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${where}: unknown label`);
  if (r.family === 'injection' && !KNOWN_TECH[r.label].has(r.technique)) fail(`${where}: unknown technique ${r.technique}`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) fail(`${where}: unknown category ${r.technique}`);
  if (!LANGS.includes(r.lang)) fail(`${where}: unknown language ${r.lang}`);
  if (!CARRIERS[r.carrier]) fail(`${where}: unknown carrier ${r.carrier}`);
  if (ids.has(r.id)) fail(`${where}: duplicate id`);
  ids.add(r.id);
  const m = r.id.match(/^([a-z0-9]+)-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/);
  if (!m || m[1] !== r.split || m[2] !== r.family || m[3] !== r.label || m[4] !== r.technique) fail(`${where}: id inconsistent with record`);

  const esc = CARRIERS[r.carrier].esc;
  const needles = s.item.parts.map(esc);
  for (const nd of needles) if (!nd.trim()) fail(`${where}: empty needle`);
  const holders = needles.map((nd) => r.fields.map((f, i) => (f.includes(nd) ? i : -1)).filter((i) => i >= 0));
  holders.forEach((h, i) => { if (!h.length) fail(`${where}: needle ${i} not found in fields`); });
  const isSplit = SPLIT_KINDS.has(r.technique);
  if (isSplit) {
    if (needles.length !== 2) fail(`${where}: split record needs two parts`);
    else {
      if (r.fields.some((f) => f.includes(needles[0]) && f.includes(needles[1]))) fail(`${where}: a field holds both split parts`);
      if (!holders[0].length || !holders[1].length || holders[0][0] === holders[1][0]) fail(`${where}: split parts not in different fields`);
    }
  } else if (needles.length !== 1) fail(`${where}: non-split record with ${needles.length} parts`);

  if (s.item.enc) {
    const { name, blob, plain } = s.item.enc;
    let dec = null;
    try { dec = DECODE[name](blob); } catch (e) { dec = null; }
    if (dec !== plain) fail(`${where}: ${name} payload does not decode to its plain text`);
    if (blob === plain) fail(`${where}: ${name} encoding is a no-op`);
    if (!r.fields.join('\n').includes(esc(blob))) fail(`${where}: encoded blob missing`);
    checkHosts(plain, `${where} (decoded)`);
  } else if (ENCODED_KINDS.has(r.technique)) fail(`${where}: encoded record without encoding`);

  if (JSON_CARRIERS.has(r.carrier)) {
    r.fields.forEach((f, i) => { try { JSON.parse(f); } catch (e) { fail(`${where}: field ${i} is not valid JSON`); } });
  }
  const joined = r.fields.join('\n');
  checkHosts(joined, where);
  if (s.long || s.doc) {
    const nd = needles[0];
    const pos = joined.indexOf(nd);
    const centre = (pos + nd.length / 2) / joined.length;
    if (s.long) {
      if (joined.length < 800) fail(`${where}: long record only ${joined.length} chars`);
      if (centre < 0.2 || centre > 0.8) fail(`${where}: long record payload centre ${centre.toFixed(2)}`);
    } else {
      if (joined.length < 1500) fail(`${where}: long document only ${joined.length} chars`);
      if (centre < 0.3 || centre > 0.7) fail(`${where}: long document payload centre ${centre.toFixed(2)}`);
      if (pos < 500 || joined.length - pos - nd.length < 500) fail(`${where}: long document needs 500 chars each side (${pos}/${joined.length - pos - nd.length})`);
    }
  }
});

// texts themselves: distinct, hosts
const seenText = new Map();
for (const it of [...attackItems, ...benignItems, ...harmfulItems]) {
  const key = it.parts.join('\u0001');
  if (seenText.has(key)) fail(`${it.src}: duplicate text of ${seenText.get(key)}`);
  seenText.set(key, it.src);
  it.parts.forEach((p) => { if (!p.trim()) fail(`${it.src}: empty text`); checkHosts(p, it.src); });
  if (!LANGS.includes(it.lang)) fail(`${it.src}: unknown language ${it.lang}`);
}
for (const d of [...LONG_ATTACKS, ...LONG_BENIGN]) {
  for (const p of [...d.before, d.payload, ...d.after]) if (!p.trim()) fail('long doc: empty paragraph');
  if (d.technique && !TECHNIQUES.includes(d.technique)) fail(`long doc: unknown technique ${d.technique}`);
  if (d.family && !FAMILIES.includes(d.family)) fail(`long doc: unknown family ${d.family}`);
  if (SPLIT_KINDS.has(d.technique || d.family) || ENCODED_KINDS.has(d.technique || d.family)) fail('long doc: split/encoded not supported');
}
for (const [lang, f] of Object.entries(FILLERS)) f.forEach((p, i) => checkHosts(p, `filler ${lang}[${i}]`));

// counts
for (const t of TECHNIQUES) {
  const n = attackItems.filter((x) => x.kind === t).length;
  if (n < 30) fail(`technique ${t}: only ${n} payloads`);
}
for (const c of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    const texts = new Set(harmfulItems.filter((x) => x.kind === c && x.label === label).map((x) => x.parts[0]));
    if (texts.size !== 12) fail(`harmful ${c}/${label}: ${texts.size} distinct texts (need 12)`);
  }
}
if (FAMILIES.length < 20) fail(`only ${FAMILIES.length} look-alike families`);
for (const f of FAMILIES) if (LOOKALIKES[f].length < 10) fail(`look-alike family ${f}: only ${LOOKALIKES[f].length} texts`);
const langCount = {};
records.forEach((r) => { langCount[r.lang] = (langCount[r.lang] || 0) + 1; });
if (Object.keys(langCount).length < 18) fail(`only ${Object.keys(langCount).length} languages`);
const nonEn = records.filter((r) => r.lang !== 'en').length / records.length;
if (nonEn < 0.5) fail(`non-English share ${nonEn.toFixed(3)} < 0.5`);
const share = (label) => {
  const rs = records.filter((r) => r.family === 'injection' && r.label === label);
  const out = {};
  for (const k of CARRIER_KEYS) out[k] = rs.filter((r) => r.carrier === k).length / rs.length;
  return out;
};
const sa = share('attack'), sb = share('benign');
for (const k of CARRIER_KEYS) if (Math.abs(sa[k] - sb[k]) > 0.02) fail(`carrier ${k}: attack share ${sa[k].toFixed(3)} vs benign ${sb[k].toFixed(3)}`);
if (CARRIER_KEYS.length < 17) fail('fewer than 17 carriers');

if (problems.length) {
  console.error(`train8j: ${problems.length} problem(s); nothing written`);
  for (const p of problems.slice(0, 200)) console.error('  ' + p);
  process.exit(1);
}

// ---------------------------------------------------------------- write + composition
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const cnt = (f) => { const o = {}; records.filter(f).forEach((r) => { o[r.technique] = (o[r.technique] || 0) + 1; }); return o; };
const fmt = (o) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ');
const inj = records.filter((r) => r.family === 'injection');
const lines = [];
lines.push(`${records.length} records in ${SET}.jsonl`);
lines.push(`injection attacks: ${attackItems.length} payloads x 2 carriers + ${LONG_ATTACKS.length} long documents = ${inj.filter((r) => r.label === 'attack').length} records`);
lines.push(`  by technique (records): ${fmt(cnt((r) => r.family === 'injection' && r.label === 'attack'))}`);
lines.push(`injection look-alikes: ${benignItems.length} texts in ${FAMILIES.length} families x 2 carriers + ${LONG_BENIGN.length} long documents = ${inj.filter((r) => r.label === 'benign').length} records`);
lines.push(`  by family (records): ${fmt(cnt((r) => r.family === 'injection' && r.label === 'benign'))}`);
lines.push(`harmful: ${harmfulItems.filter((x) => x.label === 'attack').length} attack + ${harmfulItems.filter((x) => x.label === 'benign').length} benign texts x 2 carriers = ${records.filter((r) => r.family === 'harmful').length} records`);
lines.push(`  attack by category: ${fmt(cnt((r) => r.family === 'harmful' && r.label === 'attack'))}`);
lines.push(`  benign by category: ${fmt(cnt((r) => r.family === 'harmful' && r.label === 'benign'))}`);
lines.push(`long records (>= 800 chars, fillers around the payload): ${side.filter((s) => s.long).length}; long documents: ${side.filter((s) => s.doc).length}`);
lines.push(`carriers (${CARRIER_KEYS.length}): ${CARRIER_KEYS.map((k) => `${k} ${records.filter((r) => r.carrier === k).length}`).join(', ')}`);
lines.push(`languages (${Object.keys(langCount).length}): ${LANGS.filter((l) => langCount[l]).map((l) => `${l} ${langCount[l]}`).join(', ')}`);
lines.push(`non-English records: ${(nonEn * 100).toFixed(1)}%`);
const encs = {};
attackItems.concat(benignItems).filter((x) => x.enc).forEach((x) => { encs[x.enc.name] = (encs[x.enc.name] || 0) + 1; });
lines.push(`encodings (texts): ${fmt(encs)}`);
let maxd = 0;
for (const k of CARRIER_KEYS) maxd = Math.max(maxd, Math.abs(sa[k] - sb[k]));
lines.push(`max carrier share difference attack vs look-alike: ${maxd.toFixed(4)}`);
console.log(lines.join('\n'));
