// Writes blind6b.jsonl: a held-out set for the injection and harmful guards, written blind to the
// detectors (see README.md, "blind6b"). Deterministic: node blind6b_generate.mjs
// Node built-ins only. Validates every record and prints counts; exits 1 on a violation.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, HTML_CARRIERS, SPLIT, SPLIT_NAMES } from './blind6b_carriers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, HIDDEN_TEXT } from './blind6b_attacks_a.mjs';
import { EXFILTRATION, TOOL_COAXING, ENCODED_PAYLOAD } from './blind6b_attacks_b.mjs';
import { JAILBREAK, SPLIT_PAYLOAD } from './blind6b_attacks_c.mjs';
import { LONG_ATTACKS, MIXED_ATTACKS } from './blind6b_attacks_long.mjs';
import { EXTRA_ATTACKS } from './blind6b_attacks_d.mjs';
import { BENIGN_A } from './blind6b_benign_a.mjs';
import { BENIGN_B } from './blind6b_benign_b.mjs';
import { BENIGN_C } from './blind6b_benign_c.mjs';
import { BENIGN_SPLIT } from './blind6b_benign_split.mjs';
import { LONG_BENIGN, MIXED_BENIGN } from './blind6b_benign_long.mjs';
import { HARMFUL } from './blind6b_harmful.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind6b.jsonl');
const SPLIT_NAME = 'blind6b';

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration',
  'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar',
  'hi', 'tr', 'vi', 'id', 'sv'];

// ---- encodings for encoded_payload ----
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => {
  const b = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENCODE = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => encodeURIComponent(s),
  reverse: (s) => Array.from(s).reverse().join(''),
  // ASCII mapped to invisible Unicode tag characters (U+E0000 block)
  unicode_tag: (s) => Array.from(s).map((c) => {
    const cp = c.codePointAt(0);
    return cp >= 0x20 && cp < 0x7f ? String.fromCodePoint(0xe0000 + cp) : c;
  }).join(''),
};

// ---- markup for hidden_text ----
const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const HIDE = {
  html_comment: (v, h) => `${v}\n<!-- ${h} -->`,
  display_none: (v, h) => `${v}\n<div class="promo-extra" style="display:none">${h}</div>`,
  zero_font: (v, h) => `${v}\n<p><span style="font-size:0px;line-height:0">${h}</span></p>`,
  white_text: (v, h) => `${v}\n<p style="color:#ffffff;background-color:#ffffff">${h}</p>`,
  alt_text: (v, h, n) => `${v}\n<img src="/media/photo-${n}.jpg" width="640" height="480" alt="${escAttr(h)}">`,
  offscreen: (v, h) => `${v}\n<div style="position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden">${h}</div>`,
  title_attr: (v, h) => v.replace('<a href="/guide">', `<a href="/guide" title="${escAttr(h)}">`),
  aria_label: (v, h) => `${v}\n<div role="note" aria-label="${escAttr(h)}"></div>`,
  noscript: (v, h) => `${v}\n<noscript>${h}</noscript>`,
  meta_tag: (v, h) => `<meta name="description" content="${escAttr(h)}">\n${v}`,
};

const records = [];
const pad = (n) => String(n).padStart(3, '0');
let seq = 0;
const push = (r) => records.push({ id: r.id, split: SPLIT_NAME, family: r.family, label: r.label,
  technique: r.technique, lang: r.lang, carrier: r.carrier, fields: r.fields,
  ...(r.method ? { method: r.method } : {}) });

// Two distinct carriers per payload, rotating through the list so every carrier is used.
function twoOf(list, i, stride) {
  const a = list[i % list.length];
  let b = list[(i * stride + 3) % list.length];
  if (b === a) b = list[(i + 1) % list.length];
  return [a, b];
}

const plainBanks = [
  ['instruction_override', INSTRUCTION_OVERRIDE],
  ['role_token', ROLE_TOKEN],
  ['exfiltration', EXFILTRATION],
  ['tool_coaxing', TOOL_COAXING],
  ['jailbreak', JAILBREAK],
];
const distinctPayloads = new Map(); // technique -> Set of payload texts
const note = (tech, text) => {
  if (!distinctPayloads.has(tech)) distinctPayloads.set(tech, new Set());
  distinctPayloads.get(tech).add(text);
};

for (const [tech, bank] of plainBanks) {
  bank.forEach((p, i) => {
    note(tech, p.t);
    twoOf(CARRIER_NAMES, i + tech.length, 5).forEach((c, k) => {
      seq++;
      push({ id: `blind6b-injection-attack-${tech}-${pad(i)}${'ab'[k]}`, family: 'injection',
        label: 'attack', technique: tech, lang: p.l, carrier: c, fields: CARRIERS[c](p.t, p.l, seq) });
    });
  });
}

HIDDEN_TEXT.forEach((p, i) => {
  note('hidden_text', p.h);
  const html = HIDE[p.m](p.v, p.h, i);
  twoOf(HTML_CARRIERS, i, 7).forEach((c, k) => {
    seq++;
    push({ id: `blind6b-injection-attack-hidden_text-${pad(i)}${'ab'[k]}`, family: 'injection',
      label: 'attack', technique: 'hidden_text', method: p.m, lang: p.l, carrier: c,
      fields: CARRIERS[c](html, p.l, seq) });
  });
});

ENCODED_PAYLOAD.forEach((p, i) => {
  note('encoded_payload', p.p);
  const text = p.w.replace('{P}', ENCODE[p.m](p.p));
  twoOf(CARRIER_NAMES, i + 2, 3).forEach((c, k) => {
    seq++;
    push({ id: `blind6b-injection-attack-encoded_payload-${pad(i)}${'ab'[k]}`, family: 'injection',
      label: 'attack', technique: 'encoded_payload', method: p.m, lang: p.l, carrier: c,
      fields: CARRIERS[c](text, p.l, seq) });
  });
});

SPLIT_PAYLOAD.forEach((p, i) => {
  note('split_payload', `${p.a}\n${p.b}`);
  twoOf(SPLIT_NAMES, i, 5).forEach((c, k) => {
    seq++;
    push({ id: `blind6b-injection-attack-split_payload-${pad(i)}${'ab'[k]}`, family: 'injection',
      label: 'attack', technique: 'split_payload', lang: p.l, carrier: c,
      fields: SPLIT[c](p.a, p.b, p.l, seq) });
  });
});

// Long pages with one buried payload, and code-switched / transliterated payloads.
for (const [tag, bank] of [['L', LONG_ATTACKS], ['X', MIXED_ATTACKS]]) {
  bank.forEach((p, i) => {
    const text = p.p ? p.t.replace('{P}', ENCODE[p.m](p.p)) : p.t;
    note(p.k, p.p ? p.p : p.t2 ? `${p.t}\n${p.t2}` : p.t);
    const list = p.k === 'hidden_text' ? HTML_CARRIERS : CARRIER_NAMES;
    twoOf(list, i + (tag === 'L' ? 5 : 9), 5).forEach((c, k) => {
      seq++;
      const fields = CARRIERS[c](text, p.l, seq);
      if (p.t2) fields.push(p.t2);
      push({ id: `blind6b-injection-attack-${p.k}-${tag}${pad(i)}${'ab'[k]}`, family: 'injection',
        label: 'attack', technique: p.k, lang: p.l, carrier: c, fields,
        ...(p.m ? { method: p.m } : {}) });
    });
  });
}

// Part D: further registers; split entries go to the two-field carriers.
EXTRA_ATTACKS.forEach((p, i) => {
  const id = (k) => `blind6b-injection-attack-${p.k}-D${pad(i)}${'ab'[k]}`;
  if (p.a) {
    note(p.k, `${p.a}\n${p.b}`);
    twoOf(SPLIT_NAMES, i + 2, 5).forEach((c, k) => {
      seq++;
      push({ id: id(k), family: 'injection', label: 'attack', technique: p.k, lang: p.l, carrier: c,
        fields: SPLIT[c](p.a, p.b, p.l, seq) });
    });
    return;
  }
  const text = p.p ? p.t.replace('{P}', ENCODE[p.m](p.p)) : p.t;
  note(p.k, p.p ? p.p : p.t);
  const list = p.k === 'hidden_text' ? HTML_CARRIERS : CARRIER_NAMES;
  twoOf(list, i + 7, 5).forEach((c, k) => {
    seq++;
    push({ id: id(k), family: 'injection', label: 'attack', technique: p.k, lang: p.l, carrier: c,
      fields: CARRIERS[c](text, p.l, seq), ...(p.m ? { method: p.m } : {}) });
  });
});

// Benign: each text inside three distinct carriers drawn from the same list the attacks use,
// so every carrier (bare included) holds attacks and benign texts at about the same rate.
const threeOf = (i) => [0, 4, 8].map((d) => CARRIER_NAMES[(i + d + Math.floor(i / 12)) % CARRIER_NAMES.length]);
const benignFamilies = { ...BENIGN_A, ...BENIGN_B, ...BENIGN_C };
let bi = 0;
for (const [fam, bank] of Object.entries(benignFamilies)) {
  bank.forEach((b, i) => {
    const carriers = threeOf(bi++);
    carriers.forEach((c, k) => {
      seq++;
      push({ id: `blind6b-injection-benign-${fam}-${pad(i)}${'abc'[k]}`, family: 'injection',
        label: 'benign', technique: fam, lang: b.l, carrier: c, fields: CARRIERS[c](b.t, b.l, seq) });
    });
  });
}

for (const [tag, bank] of [['L', LONG_BENIGN], ['X', MIXED_BENIGN]]) {
  bank.forEach((b, i) => {
    threeOf(bi++).forEach((c, k) => {
      seq++;
      push({ id: `blind6b-injection-benign-${b.f}-${tag}${pad(i)}${'abc'[k]}`, family: 'injection',
        label: 'benign', technique: b.f, lang: b.l, carrier: c, fields: CARRIERS[c](b.t, b.l, seq) });
    });
  });
}

BENIGN_SPLIT.forEach((p, i) => {
  [0, 2, 4].map((d) => SPLIT_NAMES[(i + d + Math.floor(i / 6)) % SPLIT_NAMES.length]).forEach((c, k) => {
    seq++;
    push({ id: `blind6b-injection-benign-split_lookalike-${pad(i)}${'abc'[k]}`, family: 'injection',
      label: 'benign', technique: 'split_lookalike', lang: p.l, carrier: c,
      fields: SPLIT[c](p.a, p.b, p.l, seq) });
  });
});
benignFamilies.split_lookalike = BENIGN_SPLIT;

const HARMFUL_CARRIERS = ['forum', 'social', 'web', 'bare', 'json', 'search'];
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    HARMFUL[cat][label].forEach((h, i) => {
      seq++;
      // the same rotation for both labels, so the carrier says nothing about the label
      const c = HARMFUL_CARRIERS[(i + CATEGORIES.indexOf(cat)) % HARMFUL_CARRIERS.length];
      push({ id: `blind6b-harmful-${label}-${cat}-${pad(i)}`, family: 'harmful', label,
        technique: cat, lang: h.l, carrier: c, fields: CARRIERS[c](h.t, h.l, seq) });
    });
  }
}

// ---- validation ----
const errors = [];
const ids = new Set();
const benignFamilyNames = new Set(Object.keys(benignFamilies));
for (const b of [...LONG_BENIGN, ...MIXED_BENIGN]) if (!benignFamilyNames.has(b.f)) errors.push(`long benign with unknown family ${b.f}`);
for (const r of records) {
  if (ids.has(r.id)) errors.push(`duplicate id ${r.id}`);
  ids.add(r.id);
  if (!r.id.startsWith('blind6b-')) errors.push(`bad id ${r.id}`);
  if (!Array.isArray(r.fields) || r.fields.length === 0 ||
      r.fields.some((f) => typeof f !== 'string' || f.trim() === '')) errors.push(`bad fields ${r.id}`);
  if (!LANGS.includes(r.lang)) errors.push(`bad lang ${r.id} ${r.lang}`);
  if (!['attack', 'benign'].includes(r.label)) errors.push(`bad label ${r.id}`);
  if (!(r.carrier in CARRIERS) && !(r.carrier in SPLIT)) errors.push(`bad carrier ${r.id}`);
  if (r.family === 'injection') {
    if (r.label === 'attack' && !TECHNIQUES.includes(r.technique)) errors.push(`bad technique ${r.id}`);
    if (r.label === 'benign' && !benignFamilyNames.has(r.technique)) errors.push(`bad family ${r.id}`);
    if (r.technique === 'split_payload' && r.fields.length < 2) errors.push(`split in one field ${r.id}`);
  } else if (r.family === 'harmful') {
    if (!CATEGORIES.includes(r.technique)) errors.push(`bad category ${r.id}`);
  } else errors.push(`bad family ${r.id}`);
}
let distinctTotal = 0;
for (const t of TECHNIQUES) {
  const n = distinctPayloads.get(t)?.size ?? 0;
  distinctTotal += n;
  if (n < 28) errors.push(`technique ${t} has only ${n} distinct payloads`);
}
const atk = records.filter((r) => r.family === 'injection' && r.label === 'attack');
const ben = records.filter((r) => r.family === 'injection' && r.label === 'benign');
if (atk.length < 480) errors.push(`only ${atk.length} attack records`);
if (distinctTotal < 260) errors.push(`only ${distinctTotal} distinct payloads`);
if (ben.length < 560) errors.push(`only ${ben.length} benign records`);
if (benignFamilyNames.size < 18) errors.push(`only ${benignFamilyNames.size} benign families`);
for (const cat of CATEGORIES) for (const label of ['attack', 'benign']) {
  const n = records.filter((r) => r.family === 'harmful' && r.technique === cat && r.label === label).length;
  if (n !== 8) errors.push(`harmful ${cat}/${label} has ${n}, want 8`);
}
// every encoded payload must round-trip (the encoder is not lossy)
for (const p of [...ENCODED_PAYLOAD, ...LONG_ATTACKS.filter((x) => x.p), ...EXTRA_ATTACKS.filter((x) => x.p)]) {
  const e = ENCODE[p.m](p.p);
  const back = p.m === 'base64' ? Buffer.from(e, 'base64').toString('utf8')
    : p.m === 'hex' ? Buffer.from(e, 'hex').toString('utf8')
      : p.m === 'rot13' ? rot13(e) : p.m === 'url' ? decodeURIComponent(e)
        : p.m === 'reverse' ? Array.from(e).reverse().join('')
          : Array.from(e).map((c) => { const cp = c.codePointAt(0); return cp >= 0xe0000 && cp < 0xe0080 ? String.fromCodePoint(cp - 0xe0000) : c; }).join('');
  if (back !== p.p) errors.push(`encoding ${p.m} does not round-trip: ${p.p.slice(0, 30)}`);
}

if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---- counts ----
const count = (rs, key) => {
  const m = {};
  for (const r of rs) m[key(r)] = (m[key(r)] || 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
};
console.log(`wrote ${records.length} records to ${OUT}`);
console.log(`family/label: ${count(records, (r) => `${r.family}/${r.label}`)}`);
console.log(`distinct attack payloads: ${distinctTotal} (${TECHNIQUES.map((t) => `${t}=${distinctPayloads.get(t).size}`).join(' ')})`);
console.log(`attack techniques: ${count(atk, (r) => r.technique)}`);
console.log(`benign families (${benignFamilyNames.size}): ${count(ben, (r) => r.technique)}`);
console.log(`harmful: ${count(records.filter((r) => r.family === 'harmful'), (r) => `${r.technique}/${r.label}`)}`);
console.log(`languages: ${count(records, (r) => r.lang)}`);
const nonEn = (rs) => (100 * rs.filter((r) => r.lang !== 'en').length / rs.length).toFixed(1);
console.log(`non-English: all ${nonEn(records)}%, attacks ${nonEn(atk)}%, benign ${nonEn(ben)}%`);
console.log(`carriers: ${count(records, (r) => r.carrier)}`);
console.log(`methods: ${count(records.filter((r) => r.method), (r) => r.method)}`);
