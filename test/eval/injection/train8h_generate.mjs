#!/usr/bin/env node
// train8h generator + validator (training round, mixed sources).
// Node 20 built-ins only. Deterministic: fixed-seed PRNG, no clock, no
// environment input; the output is byte-identical on every run.
//
//   node test/eval/injection/train8h_generate.mjs          # validate, write train8h.jsonl, print composition
//   node test/eval/injection/train8h_generate.mjs --check  # validate and print only, write nothing
//
// Any validation failure: the errors are printed, nothing is written, exit code 1.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, ESC } from './train8h_carriers.mjs';
import { LANG_UI, FILLERS } from './train8h_fillers.mjs';
import { ATTACKS_A } from './train8h_attacks_a.mjs';
import { ATTACKS_B } from './train8h_attacks_b.mjs';
import { LOOKALIKES_A } from './train8h_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train8h_lookalikes_b.mjs';
import { LOOKALIKES_C } from './train8h_lookalikes_c.mjs';
import { HARMFUL } from './train8h_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './train8h_long.mjs';

const SET = 'train8h';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, `${SET}.jsonl`);
const CHECK_ONLY = process.argv.includes('--check');

const LANGS = Object.keys(LANG_UI);
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration',
  'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const LOOKALIKE_FAMILIES = [
  'sop', 'compliance_policy', 'onboarding_checklist', 'automation_rule', 'agent_config_doc',
  'workflow_doc', 'security_article', 'docs', 'code', 'transcript', 'ticket_quote', 'email',
  'page', 'split_lookalike', 'prompt_library', 'runbook', 'data_record', 'forwarding_policy',
  'changelog', 'escalation_matrix', 'awareness_training', 'encoded_data', 'support_script',
  'status_notice', 'translation_brief'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const SPLIT_KINDS = new Set(['split_payload', 'split_lookalike']);
const ENCODED_KINDS = new Set(['encoded_payload', 'encoded_data']);

// ---------------------------------------------------------------- PRNG
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(0x8A11_0E8D);

// ---------------------------------------------------------------- encodings
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function b32enc(buf) {
  let bits = 0; let val = 0; let out = '';
  for (const byte of buf) {
    val = (val << 8) | byte; bits += 8;
    while (bits >= 5) { out += B32[(val >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}
function b32dec(s) {
  const clean = s.replace(/=+$/, '');
  let bits = 0; let val = 0; const out = [];
  for (const ch of clean) {
    const i = B32.indexOf(ch);
    if (i < 0) throw new Error(`bad base32 char ${ch}`);
    val = (val << 5) | i; bits += 5;
    if (bits >= 8) { out.push((val >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Buffer.from(out);
}
const rot13 = (s) => s.replace(/[A-Za-z]/g, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
});
export const ENCODINGS = {
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (e) => Buffer.from(e, 'base64').toString('utf8') },
  hex: { enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (e) => Buffer.from(e, 'hex').toString('utf8') },
  base32: { enc: (s) => b32enc(Buffer.from(s, 'utf8')), dec: (e) => b32dec(e).toString('utf8') },
  rot13: { enc: rot13, dec: rot13 },
  url: { enc: (s) => encodeURIComponent(s), dec: (e) => decodeURIComponent(e) },
  reverse: { enc: (s) => [...s].reverse().join(''), dec: (e) => [...e].reverse().join('') },
  uescape: {
    enc: (s) => [...s].map((c) => '\\u' + c.codePointAt(0).toString(16).padStart(4, '0')).join(''),
    dec: (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
  },
  charcodes: {
    enc: (s) => [...s].map((c) => c.codePointAt(0)).join(' '),
    dec: (e) => e.split(' ').map((n) => String.fromCodePoint(Number(n))).join(''),
  },
};

// ---------------------------------------------------------------- payload lists
const errors = [];
const fail = (m) => errors.push(m);

function mkPayload(entry, technique, source) {
  const [lang] = entry;
  if (SPLIT_KINDS.has(technique)) {
    const [, a, b, opts = {}] = entry;
    return { lang, technique, a, b, cs: !!opts.cs, source };
  }
  if (ENCODED_KINDS.has(technique)) {
    const [, wrapper, plain, enc, opts = {}] = entry;
    const E = ENCODINGS[enc] ? ENCODINGS[enc].enc(plain) : '';
    if (!ENCODINGS[enc]) fail(`unknown encoding ${enc}`);
    if ((wrapper.match(/\{E\}/g) || []).length !== 1) fail(`wrapper must contain {E} once: ${wrapper}`);
    return { lang, technique, a: wrapper.replace('{E}', E), b: null, plain, enc, encoded: E, cs: !!opts.cs, source };
  }
  const [, text, opts = {}] = entry;
  return { lang, technique, a: text, b: null, cs: !!opts.cs, source };
}
function mkLong(doc, source) {
  const key = doc.technique || doc.family;
  const base = ENCODED_KINDS.has(key)
    ? mkPayload([doc.lang, doc.payload.wrapper, doc.payload.plain, doc.payload.enc, doc.opts], key, source)
    : mkPayload([doc.lang, doc.payload, doc.opts], key, source);
  return { ...base, before: doc.before, after: doc.after };
}

const ATT = { ...ATTACKS_A, ...ATTACKS_B };
const attackList = TECHNIQUES.flatMap((t) => {
  if (!ATT[t]) { fail(`missing technique list ${t}`); return []; }
  const src = t in ATTACKS_A ? 'train8h_attacks_a.mjs' : 'train8h_attacks_b.mjs';
  return ATT[t].map((e) => mkPayload(e, t, src));
});
const LOOK = { ...LOOKALIKES_A, ...LOOKALIKES_B, ...LOOKALIKES_C };
const lookList = LOOKALIKE_FAMILIES.flatMap((f) => {
  if (!LOOK[f]) { fail(`missing look-alike family ${f}`); return []; }
  const src = f in LOOKALIKES_A ? 'train8h_lookalikes_a.mjs' : f in LOOKALIKES_B ? 'train8h_lookalikes_b.mjs' : 'train8h_lookalikes_c.mjs';
  return LOOK[f].map((e) => mkPayload(e, f, src));
});
for (const k of Object.keys(ATT)) if (!TECHNIQUES.includes(k)) fail(`unknown technique list ${k}`);
for (const k of Object.keys(LOOK)) if (!LOOKALIKE_FAMILIES.includes(k)) fail(`unknown look-alike family ${k}`);
const harmAttack = CATEGORIES.flatMap((c) => HARMFUL[c].attack.map((e) => mkPayload(e, c, 'train8h_harmful.mjs')));
const harmBenign = CATEGORIES.flatMap((c) => HARMFUL[c].benign.map((e) => mkPayload(e, c, 'train8h_harmful.mjs')));
for (const k of Object.keys(HARMFUL)) if (!CATEGORIES.includes(k)) fail(`unknown harmful category ${k}`);
const longAttacks = LONG_ATTACKS.map((d) => mkLong(d, 'train8h_long.mjs'));
const longBenign = LONG_BENIGN.map((d) => mkLong(d, 'train8h_long.mjs'));

// ---------------------------------------------------------------- rendering
// Carrier, slot and the long flag depend only on the position in a list
// (q = 2 * position + copy), never on the label.
function fillersFor(lang, p) {
  const F = FILLERS[lang];
  const i = p % 3;
  let pre = F[i];
  let post = F[(i + 1) % 3];
  if (pre.length + post.length < 760) post = post + '\n\n' + F[(i + 2) % 3];
  return { pre, post };
}

let seq = 0;
const records = [];
function emit(pl, family, label, carrierName, slot, long, longdoc, pre, post) {
  seq += 1;
  const C = CARRIERS[carrierName];
  const out = C.render({ a: pl.a, b: pl.b, pre, post, slot, r: rng, n: seq, ui: LANG_UI[pl.lang] || LANG_UI.en });
  const tags = [pl.b != null ? `${carrierName}:split` : `${carrierName}:${slot}`];
  if (long) tags.push('long');
  if (longdoc) tags.push('longdoc');
  if (pl.enc) tags.push(`enc:${pl.enc}`);
  if (pl.cs) tags.push('code_switch');
  const rec = {
    id: `${SET}-${family}-${label}-${pl.technique}-${String(seq).padStart(4, '0')}`,
    split: SET, family, label, technique: pl.technique, lang: pl.lang, carrier: carrierName,
    fields: out.fields,
    source: `hand-written (${pl.source})`,
    method: tags.join('+'),
  };
  const needles = [{ kind: out.ka, text: pl.a }];
  if (pl.b != null) needles.push({ kind: out.kb, text: pl.b });
  records.push({ rec, meta: { pl, needles, long, longdoc } });
}
function renderList(list, family, label) {
  list.forEach((pl, p) => {
    for (let k = 0; k < 2; k++) {
      const q = 2 * p + k;
      const name = CARRIER_NAMES[q % CARRIER_NAMES.length];
      const C = CARRIERS[name];
      const slot = C.slots[Math.floor(q / CARRIER_NAMES.length) % C.slots.length];
      const long = q % 5 === 4;
      const { pre, post } = long ? fillersFor(pl.lang, p) : { pre: '', post: '' };
      emit(pl, family, label, name, slot, long, false, pre, post);
    }
  });
}
function renderLongDocs(list, family, label) {
  list.forEach((pl, j) => {
    const name = CARRIER_NAMES[j % CARRIER_NAMES.length];
    emit(pl, family, label, name, CARRIERS[name].slots[0], false, true, pl.before, pl.after);
  });
}

renderList(attackList, 'injection', 'attack');
renderLongDocs(longAttacks, 'injection', 'attack');
renderList(lookList, 'injection', 'benign');
renderLongDocs(longBenign, 'injection', 'benign');
renderList(harmAttack, 'harmful', 'attack');
renderList(harmBenign, 'harmful', 'benign');

// ---------------------------------------------------------------- validation
const ALLOWED_SUFFIX = /\.(example|test|invalid)$/i;
function hostOk(host) {
  const h = host.replace(/\.+$/, '').toLowerCase();
  if (!h) return true;
  if (!h.includes('.')) return true; // bare internal name
  return ALLOWED_SUFFIX.test(h);
}
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([A-Za-z0-9.-]+)/gi)) if (!hostOk(m[1])) fail(`${where}: URL host not allowed: ${m[1]}`);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) if (!hostOk(m[1])) fail(`${where}: e-mail domain not allowed: ${m[1]}`);
  for (const m of text.matchAll(/\bwww\.([A-Za-z0-9.-]+)/gi)) if (!hostOk('www.' + m[1])) fail(`${where}: www host not allowed: www.${m[1]}`);
}
// registry / code-hosting names, assembled from pieces so this file does not contain them
const DENY = [['git', 'hub'], ['git', 'lab'], ['bit', 'bucket'], ['npm', 'js'], ['py', 'pi.org'], ['crates', '.io'],
  ['ruby', 'gems'], ['nu', 'get.org'], ['pack', 'agist'], ['maven', '.org'], ['docker', 'hub'], ['hub.', 'docker'],
  ['source', 'forge'], ['code', 'berg'], ['pkg.go', '.dev'], ['hugging', 'face'], ['cocoa', 'pods'], ['pub', '.dev'],
  ['anaconda', '.org'], ['hackage', '.haskell'], ['cpan', '.org'], ['npm', 'mirror'], ['yarn', 'pkg']].map((p) => p.join(''));
function checkDeny(text, where) {
  const low = text.toLowerCase();
  for (const d of DENY) if (low.includes(d)) fail(`${where}: registry/code-hosting name "${d}"`);
}

const ID_RE = new RegExp(`^${SET}-(injection|harmful)-(attack|benign)-([a-z_]+)-(\\d{4})$`);
const ids = new Set();
for (const { rec, meta } of records) {
  const w = rec.id || '(no id)';
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof rec[k] !== 'string' || !rec[k].trim()) fail(`${w}: empty member ${k}`);
  }
  if (!Array.isArray(rec.fields) || rec.fields.length === 0) fail(`${w}: no fields`);
  else rec.fields.forEach((f, i) => { if (typeof f !== 'string' || !f.trim()) fail(`${w}: empty field ${i}`); });
  if (rec.split !== SET) fail(`${w}: split`);
  if (!['injection', 'harmful'].includes(rec.family)) fail(`${w}: family`);
  if (!['attack', 'benign'].includes(rec.label)) fail(`${w}: label`);
  const okTech = rec.family === 'harmful' ? CATEGORIES : rec.label === 'attack' ? TECHNIQUES : LOOKALIKE_FAMILIES;
  if (!okTech.includes(rec.technique)) fail(`${w}: unknown technique/family/category ${rec.technique}`);
  if (!CARRIER_NAMES.includes(rec.carrier) || !CARRIERS[rec.carrier]) fail(`${w}: unknown carrier ${rec.carrier}`);
  if (!LANGS.includes(rec.lang)) fail(`${w}: unknown language ${rec.lang}`);
  if (ids.has(rec.id)) fail(`${w}: duplicate id`);
  ids.add(rec.id);
  const m = ID_RE.exec(rec.id);
  if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) fail(`${w}: id does not match record`);

  // needles
  const pos = [];
  for (const nd of meta.needles) {
    if (!ESC[nd.kind]) { fail(`${w}: unknown escape kind ${nd.kind}`); continue; }
    if (!nd.text || !nd.text.trim()) { fail(`${w}: empty payload`); continue; }
    const needle = ESC[nd.kind](nd.text);
    const fi = rec.fields.findIndex((f) => f.includes(needle));
    if (fi < 0) { fail(`${w}: escaped needle (${nd.kind}) not found in fields`); continue; }
    pos.push({ fi, needle });
  }
  const isSplit = SPLIT_KINDS.has(rec.technique);
  if (isSplit !== (meta.pl.b != null)) fail(`${w}: split shape does not match technique`);
  if (isSplit && pos.length === 2) {
    if (pos[0].fi === pos[1].fi) fail(`${w}: split parts in the same field`);
    if (rec.fields.some((f) => f.includes(pos[0].needle) && f.includes(pos[1].needle))) fail(`${w}: a field holds both split parts`);
  }
  // encodings
  if (ENCODED_KINDS.has(rec.technique)) {
    const { plain, enc, encoded } = meta.pl;
    if (!plain || !enc || !encoded) fail(`${w}: encoded record without plain/encoding`);
    else {
      let back = null;
      try { back = ENCODINGS[enc].dec(encoded); } catch (e) { fail(`${w}: decode failed: ${e.message}`); }
      if (back !== plain) fail(`${w}: decoded ${enc} text differs from the plain text`);
      if (encoded === plain) fail(`${w}: encoding ${enc} is a no-op`);
      if (!meta.pl.a.includes(encoded)) fail(`${w}: encoded text missing from payload`);
      checkHosts(plain, `${w} (decoded)`);
      checkDeny(plain, `${w} (decoded)`);
    }
  } else if (meta.pl.enc) fail(`${w}: encoding on a non-encoded technique`);
  // hosts and names
  for (const f of rec.fields) { checkHosts(f, w); checkDeny(f, w); }
  // length / centre
  if (meta.long || meta.longdoc) {
    const joined = rec.fields.join('\n');
    const L = joined.length;
    const starts = meta.needles.map((nd) => joined.indexOf(ESC[nd.kind](nd.text)));
    const ends = meta.needles.map((nd, i) => starts[i] + ESC[nd.kind](nd.text).length);
    if (starts.some((s) => s < 0)) fail(`${w}: needle not found in joined text`);
    const s0 = Math.min(...starts); const e0 = Math.max(...ends);
    const centre = (s0 + e0) / 2 / L;
    const wm = `${w} [${rec.method}]`;
    if (meta.long) {
      if (L < 800) fail(`${wm}: long record only ${L} chars`);
      if (centre < 0.2 || centre > 0.8) fail(`${wm}: long record payload centre ${centre.toFixed(3)}`);
    }
    if (meta.longdoc) {
      if (L < 1500) fail(`${wm}: long document only ${L} chars`);
      if (centre < 0.3 || centre > 0.7) fail(`${wm}: long document payload centre ${centre.toFixed(3)}`);
      if (s0 < 500 || L - e0 < 500) fail(`${wm}: long document needs >= 500 chars each side (${s0} / ${L - e0})`);
    }
  }
}

// set-level checks
const txt = (pl) => (pl.b != null ? pl.a + '\n' + pl.b : pl.a);
const allTexts = new Map();
for (const pl of [...attackList, ...longAttacks, ...lookList, ...longBenign, ...harmAttack, ...harmBenign]) {
  const t = txt(pl);
  if (allTexts.has(t)) fail(`duplicate payload text: ${t.slice(0, 60)}`);
  allTexts.set(t, true);
  if (!LANGS.includes(pl.lang)) fail(`unknown language ${pl.lang} in ${t.slice(0, 40)}`);
}
for (const t of TECHNIQUES) {
  const n = new Set([...attackList, ...longAttacks].filter((p) => p.technique === t).map(txt)).size;
  if (n < 30) fail(`technique ${t}: only ${n} payloads`);
}
const famCounts = LOOKALIKE_FAMILIES.map((f) => new Set([...lookList, ...longBenign].filter((p) => p.technique === f).map(txt)).size);
if (famCounts.filter((n) => n >= 10).length < 20) fail('fewer than 20 look-alike families with >= 10 texts');
LOOKALIKE_FAMILIES.forEach((f, i) => { if (famCounts[i] < 10) fail(`look-alike family ${f}: only ${famCounts[i]} texts`); });
for (const c of CATEGORIES) {
  const a = new Set(harmAttack.filter((p) => p.technique === c).map(txt)).size;
  const b = new Set(harmBenign.filter((p) => p.technique === c).map(txt)).size;
  if (a < 12 || b < 12) fail(`harmful ${c}: ${a} attack / ${b} benign distinct texts (need 12 + 12)`);
}
const recs = records.map((x) => x.rec);
const langSet = new Set(recs.map((r) => r.lang));
if (langSet.size < 18) fail(`only ${langSet.size} languages`);
const nonEn = recs.filter((r) => r.lang !== 'en').length / recs.length;
if (nonEn < 0.5) fail(`non-English share ${nonEn.toFixed(3)} < 0.5`);
const injA = recs.filter((r) => r.family === 'injection' && r.label === 'attack');
const injB = recs.filter((r) => r.family === 'injection' && r.label === 'benign');
const share = (rs, c) => rs.filter((r) => r.carrier === c).length / rs.length;
for (const c of CARRIER_NAMES) {
  const d = Math.abs(share(injA, c) - share(injB, c));
  if (d > 0.02) fail(`carrier ${c}: attack/benign share differs by ${d.toFixed(3)}`);
}
if (new Set(recs.map((r) => r.carrier)).size < 17) fail('fewer than 17 carriers in use');
// no registry / code-hosting names in the content files either
for (const f of fs.readdirSync(HERE).filter((n) => n.startsWith(`${SET}_`) && n.endsWith('.mjs')).sort()) {
  checkDeny(fs.readFileSync(path.join(HERE, f), 'utf8'), f);
  for (const line of fs.readFileSync(path.join(HERE, f), 'utf8').split('\n')) checkHosts(line, f);
}

// ---------------------------------------------------------------- composition
function count(rs, key) {
  const m = new Map();
  for (const r of rs) m.set(key(r), (m.get(key(r)) || 0) + 1);
  return [...m.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}
const lines = [];
lines.push(`${SET}: ${recs.length} records`);
lines.push(`injection attack: ${injA.length} records (${attackList.length} payloads x 2 carriers + ${longAttacks.length} long documents)`);
for (const t of TECHNIQUES) {
  const rs = injA.filter((r) => r.technique === t);
  lines.push(`  ${t.padEnd(22)} ${String(rs.length).padStart(4)} records, ${new Set([...attackList, ...longAttacks].filter((p) => p.technique === t).map(txt)).size} payloads`);
}
lines.push(`injection benign look-alikes: ${injB.length} records (${lookList.length} texts x 2 carriers + ${longBenign.length} long documents), ${LOOKALIKE_FAMILIES.length} families`);
for (let i = 0; i < LOOKALIKE_FAMILIES.length; i += 3) {
  lines.push('  ' + LOOKALIKE_FAMILIES.slice(i, i + 3).map((f) => `${f} ${injB.filter((r) => r.technique === f).length}`).join(' | '));
}
const hA = recs.filter((r) => r.family === 'harmful' && r.label === 'attack');
const hB = recs.filter((r) => r.family === 'harmful' && r.label === 'benign');
lines.push(`harmful: ${hA.length} attack + ${hB.length} benign records (12 + 12 texts per category, x 2 carriers)`);
lines.push('  ' + CATEGORIES.map((c) => `${c} ${hA.filter((r) => r.technique === c).length}/${hB.filter((r) => r.technique === c).length}`).join(' | '));
lines.push(`long records (>= 800 chars): ${records.filter((x) => x.meta.long).length}; long documents (>= 1500 chars): ${records.filter((x) => x.meta.longdoc).length}`);
lines.push(`split records: ${recs.filter((r) => SPLIT_KINDS.has(r.technique)).length}; encoded records: ${recs.filter((r) => ENCODED_KINDS.has(r.technique)).length}; code-switched records: ${recs.filter((r) => r.method.includes('code_switch')).length}`);
lines.push(`languages (${langSet.size}): ` + count(recs, (r) => r.lang).map(([k, v]) => `${k} ${v}`).join(', '));
lines.push(`non-English share: ${(100 * nonEn).toFixed(1)}%`);
lines.push('carriers (injection attack / injection benign / harmful):');
for (const c of CARRIER_NAMES) {
  lines.push(`  ${c.padEnd(13)} ${String(injA.filter((r) => r.carrier === c).length).padStart(3)} (${(100 * share(injA, c)).toFixed(1)}%)  ${String(injB.filter((r) => r.carrier === c).length).padStart(3)} (${(100 * share(injB, c)).toFixed(1)}%)  ${String(recs.filter((r) => r.family === 'harmful' && r.carrier === c).length).padStart(3)}`);
}

if (errors.length) {
  console.error(`${SET}: ${errors.length} validation error(s); nothing written`);
  for (const e of errors.slice(0, 200)) console.error('  ' + e);
  process.exit(1);
}
const body = recs.map((r) => JSON.stringify({
  id: r.id, split: r.split, family: r.family, label: r.label, technique: r.technique,
  lang: r.lang, carrier: r.carrier, fields: r.fields, source: r.source, method: r.method,
})).join('\n') + '\n';
if (!CHECK_ONLY) fs.writeFileSync(OUT, body);
console.log(lines.join('\n'));
console.log(CHECK_ONLY ? '(check only, nothing written)' : `wrote ${path.relative(process.cwd(), OUT)}`);
