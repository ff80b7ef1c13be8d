// blind8a generator: node test/eval/injection/blind8a_generate.mjs
// Deterministic, Node built-ins only. Writes blind8a.jsonl next to this file, validates
// every record, prints the composition, exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, carrierPair, carrierFor } from './blind8a_carriers.mjs';
import { ATTACKS } from './blind8a_attacks.mjs';
import { BENIGN, BENIGN_SPLIT } from './blind8a_benign.mjs';
import { HARMFUL } from './blind8a_harmful.mjs';
import { POOLS, LONG_ATTACKS, LONG_SPLIT_TAIL, LONG_BENIGN } from './blind8a_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind8a.jsonl');
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));

// ---- lossless encoders (each paired with its decoder; round trip is checked) ----
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  html_entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (e) => e.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))],
  unicode_escape: [(s) => [...s].map((c) => (c === ' ' ? ' ' : '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))).join(''), (e) => e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (e) => e.replace(/[431057]/g, (c) => UNLEET[c])],
};
const HIDE = {
  unicode_tags: [(s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''), (e) => [...e].filter((c) => c.codePointAt(0) >= 0xe0000 && c.codePointAt(0) <= 0xe007f).map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('')],
  zero_width: [(s) => [...s].join('\u200b'), (e) => e.replace(/\u200b/g, '')],
};

const records = [];
const errors = [];
const counters = {};
function nextId(family, label, technique) {
  const key = `${family}-${label}-${technique}`;
  counters[key] = (counters[key] || 0) + 1;
  return `blind8a-${key}-${String(counters[key]).padStart(4, '0')}`;
}
function push(family, label, technique, lang, carrier, fields, extra = {}) {
  records.push({ id: nextId(family, label, technique), split: 'blind8a', family, label, technique, lang, carrier, fields, ...extra });
}
const wrap = (c, t, k) => CARRIERS[c].wrap(t, k);

// ---- injection attacks: each payload framed in two different carriers ----
let n = 0;
for (const tech of TECHNIQUES) {
  for (const item of ATTACKS[tech]) {
    const pair = carrierPair(n, 3);
    for (let j = 0; j < 2; j++) {
      const c = pair[j], k = n + j * 11;
      if (tech === 'split_payload') {
        const [lang, a, b] = item;
        push('injection', 'attack', tech, lang, c, [wrap(c, a, k), b], { parts: [a, b] });
      } else if (tech === 'encoded_payload') {
        const [lang, method, plain, wrapper] = item;
        const src = method === 'leet' ? plain.toLowerCase() : plain;
        const enc = ENC[method][0](src);
        push('injection', 'attack', tech, lang, c, [wrap(c, wrapper.replace('{X}', () => enc), k)], { method, encoded: enc, decoded: src });
      } else if (tech === 'hidden_text' && !Array.isArray(item)) {
        const hid = HIDE[item.method][0](item.hidden);
        push('injection', 'attack', tech, item.lang, c, [wrap(c, item.visible + hid, k)], { method: item.method, hidden: item.hidden });
      } else {
        const [lang, t] = item;
        push('injection', 'attack', tech, lang, c, [wrap(c, t, k)]);
      }
    }
    n++;
  }
}
// ---- injection look-alikes: same carriers, two each ----
let m = 0;
for (const [fam, items] of Object.entries(BENIGN)) {
  for (const [lang, t] of items) {
    const pair = carrierPair(m, 8);
    pair.forEach((c, j) => push('injection', 'benign', fam, lang, c, [wrap(c, t, m + j * 11)]));
    m++;
  }
}
for (const [lang, a, b] of BENIGN_SPLIT) {
  const pair = carrierPair(m, 8);
  pair.forEach((c, j) => push('injection', 'benign', 'split_lookalike', lang, c, [wrap(c, a, m + j * 11), b], { parts: [a, b] }));
  m++;
}
// ---- long documents (one buried payload / one look-alike paragraph) ----
function longDoc(poolName, para, at) {
  const p = POOLS[poolName];
  const paras = p.paras.slice();
  paras.splice(at, 0, para);
  return `${p.title}\n\n${paras.join('\n\n')}`;
}
LONG_ATTACKS.forEach(([pool, tech, lang, para, c], i) => {
  if (tech === 'split_payload') {
    const doc = `${POOLS[pool].title}\n\n${POOLS[pool].paras.join('\n\n')}\n\n${para}`;
    push('injection', 'attack', tech, lang, c, [wrap(c, doc, i), LONG_SPLIT_TAIL], { long: true, parts: [para, LONG_SPLIT_TAIL] });
  } else {
    const extra = { long: true, buried: para };
    if (tech === 'encoded_payload') {
      const enc = para.match(/[A-Za-z0-9+/=]{24,}/)[0];
      Object.assign(extra, { method: 'base64', encoded: enc, decoded: ENC.base64[1](enc) });
    }
    push('injection', 'attack', tech, lang, c, [wrap(c, longDoc(pool, para, 2 + (i % 3)), i)], extra);
  }
});
LONG_BENIGN.forEach(([pool, fam, lang, para, c], i) => {
  push('injection', 'benign', fam, lang, c, [wrap(c, longDoc(pool, para, 2 + (i % 3)), i)], { long: true });
});
// ---- harmful ----
let h = 0;
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    for (const [lang, t] of HARMFUL[cat][label]) {
      const c = carrierFor(h, label === 'benign' ? 3 : 0);
      push('harmful', label, cat, lang, c, [wrap(c, t, h)]);
      h++;
    }
  }
}

// ---- validation ----
const ALLOWED_HOST = /\.(example|test|invalid)$/i;
const TLDS = 'com|net|org|io|ai|dev|co|app|xyz|ru|cn|de|fr|uk|jp|kr|br|info|biz|me|ly|gg|cloud|site|online|gov|edu|us|eu|es|it|nl|pl|in|tr|vn|id|se';
const bare = new RegExp(`(?<![\\w.@/-])((?:[a-z0-9-]+\\.)+(?:${TLDS}))(?![\\w.-]*[a-z0-9])`, 'gi');
function hostsIn(s) {
  const out = [];
  for (const mm of s.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s:"'<>)\]?#\\]+)/gi)) out.push(mm[1]);
  for (const mm of s.matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z-]*[a-z])\b/gi)) out.push(mm[1]);
  for (const mm of s.matchAll(/\bwww\.([a-z0-9.-]+)/gi)) out.push('www.' + mm[1]);
  for (const mm of s.matchAll(bare)) out.push(mm[1]);
  return out;
}
const jsonInner = (s) => JSON.stringify(s).slice(1, -1);
const ids = new Set();
const texts = new Set();
for (const r of records) {
  const bad = (msg) => errors.push(`${r.id}: ${msg}`);
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k].trim()) bad(`empty ${k}`);
  if (ids.has(r.id)) bad('duplicate id'); ids.add(r.id);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) bad('bad fields');
  if (!['injection', 'harmful'].includes(r.family)) bad('family');
  if (!['attack', 'benign'].includes(r.label)) bad('label');
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) bad('technique');
  if (r.family === 'injection' && r.label === 'benign' && ![...Object.keys(BENIGN), 'split_lookalike'].includes(r.technique)) bad('look-alike family');
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) bad('category');
  if (!LANGS.includes(r.lang)) bad('lang ' + r.lang);
  if (!CARRIERS[r.carrier]) bad('carrier');
  const all = r.fields.join('\n');
  if (texts.has(all)) bad('duplicate text'); texts.add(all);
  const hostText = r.encoded ? all.split(r.encoded).join(' ').split(jsonInner(r.encoded)).join(' ') + '\n' + r.decoded : all;
  for (const host of hostsIn(hostText)) if (!ALLOWED_HOST.test(host.replace(/[.,;]+$/, ''))) bad('host not allowed: ' + host);
  if (r.parts) {
    if (r.fields.length !== 2) bad('split needs 2 fields');
    else {
      if (!(r.fields[0].includes(r.parts[0]) || r.fields[0].includes(jsonInner(r.parts[0])) || r.fields[0].includes(r.parts[0].replace(/"/g, '""')) || r.fields[0].includes(r.parts[0].replace(/\n/g, '\\n')))) bad('split part 1 not in field 0');
      if (r.fields[1] !== r.parts[1]) bad('split part 2 not field 1');
      if (r.fields[0].includes(r.parts[1])) bad('split part 2 leaked into field 0');
    }
  }
  if (r.method && ENC[r.method]) {
    if (ENC[r.method][1](r.encoded) !== r.decoded) bad('encoding not lossless');
    if (ENC[r.method][0](r.decoded) !== r.encoded) bad('encoding not reproducible');
    if (r.method === 'leet' && /[431057]/.test(r.decoded)) bad('leet source has digits');
    if (!(all.includes(r.encoded) || all.includes(jsonInner(r.encoded)))) bad('encoded text not in fields');
  }
  if (r.method && HIDE[r.method]) {
    if (r.method === 'unicode_tags' && !/^[\x20-\x7e]+$/.test(r.hidden)) bad('tag payload must be ASCII');
    const dec = r.method === 'unicode_tags' ? HIDE.unicode_tags[1](all) : null;
    if (dec !== null && dec !== r.hidden) bad('unicode tags not lossless');
    if (r.method === 'zero_width' && !all.includes(HIDE.zero_width[0](r.hidden))) bad('zero-width text missing');
    if (r.method === 'zero_width' && HIDE.zero_width[1](HIDE.zero_width[0](r.hidden)) !== r.hidden) bad('zero-width not lossless');
  }
  if (r.long && r.fields[0].length < 1500) bad('long doc too short: ' + r.fields[0].length);
}
// composition requirements
const cnt = (f) => records.filter(f).length;
for (const t of TECHNIQUES) { const d = ATTACKS[t].length; if (d < 28) errors.push(`technique ${t}: only ${d} payloads`); }
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) if (HARMFUL[c][l].length !== 12) errors.push(`harmful ${c}/${l} != 12`);
const hNonEn = cnt((r) => r.family === 'harmful' && r.lang !== 'en');
if (hNonEn * 2 < cnt((r) => r.family === 'harmful')) errors.push('harmful: less than half non-English');
if (cnt((r) => r.lang !== 'en') * 2 < records.length) errors.push('less than half non-English overall');
for (const l of LANGS) if (!cnt((r) => r.lang === l)) errors.push('missing lang ' + l);
if (Object.keys(BENIGN).length + 1 < 18) errors.push('fewer than 18 look-alike families');
// every carrier must frame both attacks and look-alikes
for (const c of CARRIER_NAMES) {
  if (!cnt((r) => r.family === 'injection' && r.label === 'attack' && r.carrier === c)) errors.push('carrier without attacks: ' + c);
  if (!cnt((r) => r.family === 'injection' && r.label === 'benign' && r.carrier === c)) errors.push('carrier without look-alikes: ' + c);
}

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---- composition ----
const tally = (f, key) => { const o = {}; for (const r of records.filter(f)) o[key(r)] = (o[key(r)] || 0) + 1; return o; };
const show = (title, o) => console.log(`${title}: ` + Object.entries(o).sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' '));
console.log(`blind8a: ${records.length} records -> ${OUT}`);
show('family/label', tally(() => true, (r) => `${r.family}/${r.label}`));
show('injection attack techniques', tally((r) => r.family === 'injection' && r.label === 'attack', (r) => r.technique));
console.log(`distinct attack payloads: ${Object.values(ATTACKS).reduce((a, v) => a + v.length, 0)} (x2 carriers) + ${LONG_ATTACKS.length} long`);
show('injection look-alike families', tally((r) => r.family === 'injection' && r.label === 'benign', (r) => r.technique));
console.log(`distinct look-alike texts: ${Object.values(BENIGN).reduce((a, v) => a + v.length, 0) + BENIGN_SPLIT.length} (x2 carriers) + ${LONG_BENIGN.length} long`);
show('harmful', tally((r) => r.family === 'harmful', (r) => `${r.technique}/${r.label}`));
show('langs', tally(() => true, (r) => r.lang));
console.log(`non-English: ${cnt((r) => r.lang !== 'en')}/${records.length}; harmful non-English: ${hNonEn}/${cnt((r) => r.family === 'harmful')}`);
show('carriers (injection attack)', tally((r) => r.family === 'injection' && r.label === 'attack', (r) => r.carrier));
show('carriers (injection benign)', tally((r) => r.family === 'injection' && r.label === 'benign', (r) => r.carrier));
show('carrier groups (all)', tally(() => true, (r) => CARRIERS[r.carrier].group));
console.log(`long documents: attack=${cnt((r) => r.long && r.label === 'attack')} benign=${cnt((r) => r.long && r.label === 'benign')}`);
if (errors.length) { console.error(`\n${errors.length} violation(s):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
console.log('validation: OK');
