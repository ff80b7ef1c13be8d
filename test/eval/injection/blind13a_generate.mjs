// blind13a generator: node test/eval/injection/blind13a_generate.mjs
// Deterministic, Node built-ins only. Writes blind13a.jsonl next to this file, validates every
// record, prints the composition and exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, MARKUP_CARRIERS } from './blind13a_carriers.mjs';
import { ATTACKS_A } from './blind13a_attacks_a.mjs';
import { ATTACKS_B } from './blind13a_attacks_b.mjs';
import { BENIGN } from './blind13a_benign.mjs';
import { HARMFUL } from './blind13a_harmful.mjs';
import { LONG_DOCS } from './blind13a_long.mjs';
import { CS_ATTACKS, CS_BENIGN } from './blind13a_extra.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind13a.jsonl');
const SPLIT = 'blind13a';
const LANGS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060'];
const errors = [];
const fail = (msg) => errors.push(msg);

// ---------- encodings (each with its decoder; checked losslessly) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [(s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }), null],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  html_entities: [(s) => Array.from(s).map((c) => '&#' + c.codePointAt(0) + ';').join(''), (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n)).replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))],
  unicode_escape: [(s) => Array.from({ length: s.length }, (_, k) => '\\u' + s.charCodeAt(k).toString(16).padStart(4, '0')).join(''), (e) => e.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => Array.from(s).reverse().join(''), (e) => Array.from(e).reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[013457]/g, (c) => UNLEET[c])],
};
ENC.rot13[1] = ENC.rot13[0];
// Light variants for benign data: only non-ASCII / markup-significant characters are encoded.
const ENC_BENIGN = {
  html_entities: [(s) => Array.from(s).map((c) => (/[A-Za-z0-9 ,.]/.test(c) ? c : '&#' + c.codePointAt(0) + ';')).join(''), ENC.html_entities[1]],
  unicode_escape: [(s) => Array.from({ length: s.length }, (_, k) => { const c = s.charCodeAt(k); return c < 128 ? s[k] : '\\u' + c.toString(16).padStart(4, '0'); }).join(''), ENC.unicode_escape[1]],
};
function encode(kind, plain, benign) {
  const pair = (benign && ENC_BENIGN[kind]) || ENC[kind];
  if (!pair) { fail(`unknown encoding ${kind}`); return plain; }
  if (kind === 'leet' && (/[013457A-Z]/.test(plain))) fail(`leet plaintext must be lowercase without 0/1/3/4/5/7: ${plain}`);
  const e = pair[0](plain);
  if (pair[1](e) !== plain) fail(`encoding ${kind} is not lossless for: ${plain}`);
  if (e === plain) fail(`encoding ${kind} left the text unchanged: ${plain}`);
  return e;
}
const HIDE = {
  tags: [(s) => Array.from(s).map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join(''), (e) => Array.from(e).filter((c) => c.codePointAt(0) >= 0xe0000 && c.codePointAt(0) <= 0xe007f).map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('')],
  zw: [(s) => Array.from(s).map((c, k) => c + ZW[k % ZW.length]).join(''), (e) => e.replace(/[\u200b\u200c\u200d\u2060]/g, '')],
};
function hide(kind, plain) {
  if (kind === 'tags' && !/^[\x20-\x7e]+$/.test(plain)) fail(`tag-character plaintext must be printable ASCII: ${plain}`);
  const e = HIDE[kind][0](plain);
  if (HIDE[kind][1](e) !== plain) fail(`hiding ${kind} is not lossless for: ${plain}`);
  return e;
}

// ---------- host-name rule ----------
const ALLOWED_HOST = /\.(example|test|invalid)$/i;
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([\p{L}\p{N}._~%@:+-]+)/giu)) {
    const host = m[1].replace(/^.*@/, '').replace(/:\d*$/, '').replace(/[.,:]+$/, '');
    if (!ALLOWED_HOST.test(host)) fail(`${where}: URL host not under .example/.test/.invalid: ${host}`);
  }
  for (const m of text.matchAll(/[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu)) {
    if (!ALLOWED_HOST.test(m[1])) fail(`${where}: e-mail host not under .example/.test/.invalid: ${m[1]}`);
  }
  for (const m of text.matchAll(/\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|ai|ru|cn|de|fr|uk|jp|info|biz|xyz|gg|ly|tk|us|eu)\b/gi)) {
    fail(`${where}: bare host name with a real TLD: ${m[0]}`);
  }
}

// ---------- helpers ----------
const variants = (s) => [s, JSON.stringify(s).slice(1, -1), s.replace(/"/g, '""')];
const containsText = (field, s) => {
  if (variants(s).some((v) => field.includes(v))) return true;
  // multi-line texts are re-indented by some carriers: compare line by line
  const lines = s.split('\n').filter((l) => l.trim());
  return lines.length > 1 && lines.every((l) => variants(l).some((v) => field.includes(v)));
};
const counters = new Map();
function nextId(family, label, technique) {
  const k = `${family}|${label}|${technique}`;
  const n = (counters.get(k) || 0) + 1;
  counters.set(k, n);
  return `${SPLIT}-${family}-${label}-${technique}-${String(n).padStart(4, '0')}`;
}
const records = [];
let frameSeq = 0;
// Carrier assignment: greedy balancing per family/label group, so that every carrier frames
// attacks and look-alikes in about the same numbers (the framing is never a signal). Items
// restricted to markup carriers are planned first; the others fill the remaining capacity.
const carrierCounts = new Map();
function chooseCarriers(group, pool, seed, n) {
  if (!carrierCounts.has(group)) carrierCounts.set(group, Object.fromEntries(CARRIER_NAMES.map((c) => [c, 0])));
  const cnt = carrierCounts.get(group);
  const out = [];
  for (let k = 0; k < n; k++) {
    const order = pool.map((c, idx) => ({ c, tie: (idx - seed * 7 - k * 3 + pool.length * 100) % pool.length })).filter((o) => !out.includes(o.c));
    order.sort((x, y) => cnt[x.c] - cnt[y.c] || x.tie - y.tie);
    out.push(order[0].c);
    cnt[order[0].c]++;
  }
  return out;
}
const planned = new Map();
function plan(group, key, pool, seed, n = 2) {
  if (!planned.has(key)) planned.set(key, chooseCarriers(group, pool, seed, n));
  return planned.get(key);
}
function build(family, label, technique, item, carrierName, long, extra) {
  const c = CARRIERS[carrierName];
  const ctx = { i: frameSeq++, long };
  let fields;
  if (item.parts) fields = [c.frame(item.parts[0], ctx), c.cont(item.parts[1], ctx)];
  else fields = [c.frame(item.text, ctx)];
  const rec = { id: nextId(family, label, technique), split: SPLIT, family, label, technique, lang: item.lang, carrier: carrierName, fields, ...extra };
  rec._item = item;
  rec._long = long;
  records.push(rec);
}
// Normalise a hand-written entry into { lang, text | parts, plain?, enc?, hide?, cs? }.
function norm(entry, benign) {
  if (Array.isArray(entry)) return { lang: entry[0], text: entry[1], cs: !!(entry[2] && entry[2].cs) };
  const it = { lang: entry.l, cs: !!entry.cs };
  if (entry.parts) it.parts = entry.parts;
  else if (entry.enc) { it.enc = entry.enc; it.plain = entry.plain; it.encoded = encode(entry.enc, entry.plain, benign); it.text = entry.wrap.replace('{E}', it.encoded); }
  else if (entry.hide) { it.hide = entry.hide; it.plain = entry.plain; it.encoded = hide(entry.hide, entry.plain); it.text = entry.vis.replace('{H}', it.encoded); }
  else fail(`unrecognised entry ${JSON.stringify(entry).slice(0, 80)}`);
  return it;
}
const methodOf = (it) => (it.parts ? 'split' : it.enc ? 'encoded:' + it.enc : it.hide ? 'hidden:' + it.hide : 'plain');

// ---------- injection attacks ----------
const ATT = { ...ATTACKS_A, ...ATTACKS_B };
const distinctPerTech = {};
// pre-plan the markup-restricted items (hidden text attacks and hidden-UI look-alikes)
[...(ATT.hidden_text || []), ...(CS_ATTACKS.hidden_text || [])].forEach((_, j) => plan('injection/attack', `hidden_text#${j}`, MARKUP_CARRIERS, j));
(BENIGN.hidden_ui || []).forEach((_, j) => plan('injection/benign', `hidden_ui#${j}`, MARKUP_CARRIERS, j));
TECHNIQUES.forEach((tech, ti) => {
  const list = [...(ATT[tech] || []), ...(CS_ATTACKS[tech] || [])];
  distinctPerTech[tech] = list.length;
  if (list.length < 28) fail(`technique ${tech}: only ${list.length} distinct payloads (< 28)`);
  list.forEach((entry, j) => {
    const it = norm(entry, false);
    if (it.lang !== 'en' && Array.isArray(entry) && CS_ATTACKS[tech] && CS_ATTACKS[tech].includes(entry)) it.cs = true;
    const pool = tech === 'hidden_text' ? MARKUP_CARRIERS : CARRIER_NAMES;
    plan('injection/attack', `${tech}#${j}`, pool, j * 3 + ti * 5).forEach((cn, k) => build('injection', 'attack', tech, it, cn, (j + k) % 3 === 0, { method: methodOf(it), source_item: `${tech}#${j + 1}`, ...(it.cs ? { code_switched: true } : {}) }));
  });
});

// ---------- injection benign look-alikes ----------
const famNames = new Set();
const BEN = { ...BENIGN };
for (const [f, l] of Object.entries(CS_BENIGN)) BEN[f] = [...(BEN[f] || []), ...l.map((e) => [e[0], e[1], { cs: true }])];
let distinctBenign = 0;
Object.entries(BEN).forEach(([fam, list], fi) => {
  famNames.add(fam);
  list.forEach((entry, j) => {
    const it = norm(entry, true);
    distinctBenign++;
    const pool = fam === 'hidden_ui' ? MARKUP_CARRIERS : CARRIER_NAMES;
    plan('injection/benign', `${fam}#${j}`, pool, j * 3 + fi * 5 + 1).forEach((cn, k) => build('injection', 'benign', fam, it, cn, (j + k + 1) % 3 === 0, { method: methodOf(it), source_item: `${fam}#${j + 1}`, ...(it.cs ? { code_switched: true } : {}) }));
  });
});

// ---------- long documents: buried payload vs look-alike in the same body ----------
LONG_DOCS.forEach((doc, d) => {
  const mid = Math.floor(doc.paras.length / 2);
  for (const label of ['attack', 'benign']) {
    const ins = doc[label];
    let insText = ins.text, encInfo = null;
    if (ins.enc) { const e = encode(ins.enc, ins.plain, label === 'benign'); insText = ins.text.replace('{E}', e); encInfo = { enc: ins.enc, plain: ins.plain, encoded: e }; }
    const body = [...doc.paras.slice(0, mid), insText, ...doc.paras.slice(mid)].join('\n\n');
    if (body.length < 1500) fail(`long doc ${doc.name} (${label}) is ${body.length} chars (< 1500)`);
    const technique = label === 'attack' ? ins.technique : ins.family;
    const it = { lang: doc.lang, text: body, buried: insText, ...(encInfo || {}) };
    plan(`injection/${label}`, `long:${doc.name}:${label}`, CARRIER_NAMES, d * 3 + (label === 'attack' ? 0 : 1)).forEach((cn) => build('injection', label, technique, it, cn, false, { method: 'long_buried', source_item: `long:${doc.name}`, doc_chars: body.length }));
  }
});

// ---------- harmful ----------
CATEGORIES.forEach((cat, ci) => {
  for (const label of ['attack', 'benign']) {
    const list = HARMFUL[cat][label];
    if (list.length !== 12) fail(`harmful ${cat}/${label}: ${list.length} items (want 12)`);
    list.forEach((entry, j) => {
      const it = norm(entry, label === 'benign');
      const [cn] = plan(`harmful/${label}`, `${cat}/${label}#${j}`, CARRIER_NAMES, ci * 5 + j * 3, 1);
      build('harmful', label, cat, it, cn, (j + ci) % 3 === 0, { method: 'plain', source_item: `${cat}/${label}#${j + 1}` });
    });
  }
});

// ---------- validation ----------
const ids = new Set();
const KNOWN_BENIGN = new Set([...famNames, ...LONG_DOCS.map((d) => d.benign.family)]);
for (const r of records) {
  const w = r.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k].trim()) fail(`${w}: empty or non-string ${k}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) fail(`${w}: fields must be non-empty strings`);
  if (ids.has(r.id)) fail(`${w}: duplicate id`); ids.add(r.id);
  if (r.split !== SPLIT) fail(`${w}: split`);
  if (!['injection', 'harmful'].includes(r.family)) fail(`${w}: family`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${w}: label`);
  if (!LANGS.has(r.lang)) fail(`${w}: unknown lang ${r.lang}`);
  if (!CARRIERS[r.carrier]) fail(`${w}: unknown carrier ${r.carrier}`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) fail(`${w}: unknown category ${r.technique}`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) fail(`${w}: unknown technique ${r.technique}`);
  if (r.family === 'injection' && r.label === 'benign' && !KNOWN_BENIGN.has(r.technique)) fail(`${w}: unknown look-alike family ${r.technique}`);
  const it = r._item;
  if (it.parts) {
    if (r.fields.length !== 2) fail(`${w}: split item must have 2 fields`);
    else {
      if (!containsText(r.fields[0], it.parts[0]) || !containsText(r.fields[1], it.parts[1])) fail(`${w}: split parts not in their own fields`);
      if (containsText(r.fields[0], it.parts[1]) || containsText(r.fields[1], it.parts[0])) fail(`${w}: split part appears in the other field`);
    }
  } else if (!containsText(r.fields.join('\n'), it.buried || it.text)) fail(`${w}: payload text not found in fields`);
  if (it.encoded !== undefined) {
    if (!containsText(r.fields.join('\n'), it.encoded)) fail(`${w}: encoded string not found in fields`);
    const dec = (it.enc ? ((r.label === 'benign' && ENC_BENIGN[it.enc]) || ENC[it.enc])[1] : HIDE[it.hide][1])(it.encoded);
    if (dec !== it.plain) fail(`${w}: encoding does not decode back to the plaintext`);
    checkHosts(it.plain, w + ' (decoded)');
  }
  if (r.technique === 'split_payload' && r.fields.length < 2) fail(`${w}: split_payload needs 2 fields`);
  for (const f of r.fields) checkHosts(f, w);
  if (r._long && r.fields.join('\n').length < 800) fail(`${w}: long-mode record is only ${r.fields.join('\n').length} chars`);
}

// ---------- write ----------
const lines = records.map((r) => { const { _item, _long, ...o } = r; return JSON.stringify(o); });
writeFileSync(OUT, lines.join('\n') + '\n');

// ---------- composition ----------
const tally = (f) => { const m = {}; for (const r of records) { const k = f(r); m[k] = (m[k] || 0) + 1; } return m; };
const show = (title, m) => console.log(title + ': ' + Object.entries(m).sort().map(([k, v]) => `${k}=${v}`).join(', '));
console.log(`blind13a: ${records.length} records -> ${OUT}`);
show('family/label', tally((r) => `${r.family}/${r.label}`));
show('injection attack techniques (records)', tally((r) => (r.family === 'injection' && r.label === 'attack' ? r.technique : '~other')));
console.log('distinct attack payloads per technique (incl. code-switched): ' + Object.entries(distinctPerTech).map(([k, v]) => `${k}=${v}`).join(', ') + `; total=${Object.values(distinctPerTech).reduce((a, b) => a + b, 0)}`);
show('injection benign families (records)', tally((r) => (r.family === 'injection' && r.label === 'benign' ? r.technique : '~other')));
console.log(`distinct look-alike texts: ${distinctBenign} in ${famNames.size} families (+ ${LONG_DOCS.length} long look-alikes)`);
show('harmful categories (records)', tally((r) => (r.family === 'harmful' ? `${r.technique}/${r.label}` : '~other')));
show('carriers', tally((r) => r.carrier));
show('lang', tally((r) => r.lang));
const nonEn = records.filter((r) => r.lang !== 'en').length;
const harm = records.filter((r) => r.family === 'harmful');
console.log(`non-English: ${nonEn}/${records.length} (${(100 * nonEn / records.length).toFixed(1)}%); harmful non-English: ${harm.filter((r) => r.lang !== 'en').length}/${harm.length}; code-switched: ${records.filter((r) => r.code_switched).length}`);
const long800 = records.filter((r) => r.fields.join('\n').length >= 800).length;
console.log(`records with 800+ chars: ${long800}/${records.length} (${(100 * long800 / records.length).toFixed(1)}%); long buried documents: ${records.filter((r) => r.method === 'long_buried' && r.label === 'attack').length} attack + ${records.filter((r) => r.method === 'long_buried' && r.label === 'benign').length} benign records from ${LONG_DOCS.length} documents`);
show('method', tally((r) => r.method.split(':')[0]));
if (errors.length) { console.error(`\n${errors.length} violation(s):`); for (const e of errors.slice(0, 400)) console.error('  - ' + e); process.exit(1); }
console.log('validation: OK');
