// Generates blind9a.jsonl (held-out set, retrieved content) deterministically and validates it.
// Usage: node test/eval/injection/blind9a_generate.mjs   (exit 1 on any validation error)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, frameText, escapedVariants } from './blind9a_carriers.mjs';
import { ATTACKS } from './blind9a_attacks.mjs';
import { LOOKALIKES } from './blind9a_lookalikes.mjs';
import { LONG_BODIES, LONG_ATTACKS, LONG_LOOKALIKES } from './blind9a_long.mjs';
import { HARMFUL } from './blind9a_harmful.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind9a.jsonl');
const SPLIT = 'blind9a';

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing',
  'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar',
  'hi', 'tr', 'vi', 'id', 'sv']);
const FAMILIES = Object.keys(LOOKALIKES);
const errors = [];
const fail = (msg) => errors.push(msg);

// ---------- encodings (all lossless; decoded and compared below) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13: (s) => s.replace(/[A-Za-z]/g, (c) => {
    const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  }),
  url: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  html_entities: (s) => [...s].map((c) => '&#' + c.codePointAt(0) + ';').join(''),
  unicode_escapes: (s) => [...s].flatMap((c) => c.length === 1 ? [c] : [c[0], c[1]])
    .map((u) => '\\u' + u.charCodeAt(0).toString(16).padStart(4, '0')).join(''),
  reversed: (s) => [...s].reverse().join(''),
  leetspeak: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]),
  tags: (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''),
  zw: (s) => [...s].join('\u200b'),
};
const DEC = {
  base64: (s) => Buffer.from(s, 'base64').toString('utf8'),
  hex: (s) => Buffer.from(s, 'hex').toString('utf8'),
  rot13: (s) => ENC.rot13(s),
  url: (s) => decodeURIComponent(s),
  html_entities: (s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))),
  unicode_escapes: (s) => s.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
  reversed: (s) => [...s].reverse().join(''),
  leetspeak: (s) => s.replace(/[0134567]/g, (c) => UNLEET[c] ?? c),
  tags: (s) => [...s].filter((c) => { const p = c.codePointAt(0); return p >= 0xe0020 && p <= 0xe007e; })
    .map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join(''),
  zw: (s) => s.replace(/\u200b/g, ''),
};
function encode(scheme, plain) {
  if (!ENC[scheme]) { fail(`unknown encoding scheme ${scheme}`); return plain; }
  if (scheme === 'leetspeak' && (/[0-9]/.test(plain) || plain !== plain.toLowerCase()))
    fail(`leetspeak plain must be lowercase without digits: ${plain}`);
  if (scheme === 'tags' && !/^[\x20-\x7e]+$/.test(plain)) fail(`tag plain must be printable ASCII: ${plain}`);
  if (scheme === 'rot13' && !/[A-Za-z]/.test(plain)) fail(`rot13 plain has no Latin letters: ${plain}`);
  const e = ENC[scheme](plain);
  if (e === plain) fail(`encoding ${scheme} left text unchanged: ${plain}`);
  return e;
}

// ---------- record assembly ----------
const records = [];
const counters = new Map();
function nextId(family, label, technique) {
  const key = `${family}-${label}-${technique}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return `${SPLIT}-${key}-${String(n).padStart(4, '0')}`;
}
function baseLang(l) {
  const [b, second] = l.split('+');
  return { lang: b, code_switched: second ? `${b}+${second}` : undefined };
}
function push(rec, extra = {}) {
  const { lang, code_switched } = baseLang(rec.lang);
  const r = { id: nextId(rec.family, rec.label, rec.technique), split: SPLIT, family: rec.family, label: rec.label,
    technique: rec.technique, lang, carrier: rec.carrier, fields: rec.fields, ...extra };
  if (code_switched) r.code_switched = code_switched;
  records.push(r);
  return r;
}
const N = CARRIER_NAMES.length;
function twoCarriers(i, salt) {
  const a = (i * 7 + salt * 5) % N;
  let b = (a + 1 + ((i * 3 + salt) % (N - 1))) % N;
  if (b === a) b = (a + 1) % N;
  return [CARRIER_NAMES[a], CARRIER_NAMES[b]];
}

// Turn a catalogue entry into {lang, parts, encoding, method}.
function buildAttack(tech, entry) {
  const lang = entry[0];
  if (tech === 'encoded_payload') {
    const [, scheme, plain, wrap] = entry;
    const encoded = encode(scheme, plain);
    const text = wrap.replace('{X}', encoded);
    return { lang, parts: [text], encoding: { scheme, encoded, plain }, method: wrap === '{X}' ? `${scheme}_bare` : `${scheme}_wrapped` };
  }
  if (tech === 'hidden_text' && typeof entry[1] === 'object') {
    const { scheme, visible, hidden } = entry[1];
    const encoded = encode(scheme, hidden);
    return { lang, parts: [visible + encoded], encoding: { scheme, encoded, plain: hidden }, method: scheme === 'tags' ? 'unicode_tags' : 'zero_width_interleaved' };
  }
  if (tech === 'split_payload') {
    if (typeof entry[1] === 'object') {
      const { scheme, plain, pre, cut } = entry[1];
      const encoded = encode(scheme, plain);
      return { lang, parts: [pre + encoded.slice(0, cut), encoded.slice(cut)], encoding: { scheme, encoded, plain, cut }, method: `split_${scheme}` };
    }
    return { lang, parts: [entry[1], entry[2]], method: 'split_two_fields' };
  }
  return { lang, parts: [entry[1]], method: hiddenMethod(tech, entry[1]) };
}
function hiddenMethod(tech, text) {
  if (tech !== 'hidden_text') return 'direct';
  if (/<!--/.test(text)) return 'html_comment';
  if (/display:\s*none|\bhidden\b|visibility:hidden/.test(text)) return 'css_hidden';
  if (/font-size:\s*[01]|opacity:0|height:0/.test(text)) return 'zero_size';
  if (/#fff|white/.test(text)) return 'white_text';
  if (/left:-9999|x="-/.test(text)) return 'offscreen';
  if (/alt="/.test(text)) return 'alt_text';
  if (/\[\/\/\]: #/.test(text)) return 'markdown_comment';
  if (/\]\([^)]*"/.test(text)) return 'markdown_title';
  return 'css_hidden';
}

// 1) injection attacks: each payload in two carriers
TECHNIQUES.forEach((tech, ti) => {
  (ATTACKS[tech] ?? []).forEach((entry, i) => {
    const a = buildAttack(tech, entry);
    twoCarriers(i, ti).forEach((carrier, j) => {
      const fields = frameText(carrier, i + ti + j, a.parts);
      push({ family: 'injection', label: 'attack', technique: tech, lang: a.lang, carrier, fields },
        { method: a.method, item: `${tech}#${i + 1}`, ...(a.encoding ? { encoding: a.encoding } : {}), parts: a.parts });
    });
  });
});
// 2) injection look-alikes: each text in two carriers
FAMILIES.forEach((fam, fi) => {
  LOOKALIKES[fam].forEach((entry, i) => {
    let parts, encoding, method = 'direct';
    const lang = entry[0];
    if (fam === 'encoded_data') {
      const [, scheme, plain, wrap] = entry;
      const encoded = encode(scheme, plain);
      parts = [wrap.replace('{X}', encoded)]; encoding = { scheme, encoded, plain }; method = `${scheme}_data`;
    } else if (fam === 'split_lookalike') {
      parts = [entry[1], entry[2]]; method = 'split_two_fields';
    } else parts = [entry[1]];
    twoCarriers(i, fi + 11).forEach((carrier, j) => {
      const fields = frameText(carrier, i + fi + j, parts);
      push({ family: 'injection', label: 'benign', technique: fam, lang, carrier, fields },
        { method, item: `${fam}#${i + 1}`, ...(encoding ? { encoding } : {}), parts });
    });
  });
});
// 3) long documents: attack i and look-alike i share body i and its carrier
LONG_BODIES.forEach(([lang, carrier, head, tail], i) => {
  const mk = (label, [technique, payload]) => {
    let mid = payload, encoding;
    if (typeof payload === 'object') {
      const encoded = encode(payload.scheme, payload.plain);
      mid = payload.wrap.replace('{X}', encoded); encoding = { scheme: payload.scheme, encoded, plain: payload.plain };
    }
    const body = head + mid + tail;
    const fields = frameText(carrier, i, [body]);
    push({ family: 'injection', label, technique, lang, carrier, fields },
      { method: 'long_buried', item: `long#${i + 1}`, ...(encoding ? { encoding } : {}), parts: [mid] });
  };
  mk('attack', LONG_ATTACKS[i]);
  mk('benign', LONG_LOOKALIKES[i]);
});
// 4) harmful: each item once, carriers rotate over the same list
CATEGORIES.forEach((cat, ci) => {
  for (const label of ['attack', 'benign']) {
    HARMFUL[cat][label].forEach(([lang, text], i) => {
      const carrier = CARRIER_NAMES[(i * 5 + ci * 3 + (label === 'benign' ? 2 : 0)) % N];
      push({ family: 'harmful', label, technique: cat, lang, carrier, fields: frameText(carrier, i + ci, [text]) },
        { method: 'direct', item: `${cat}-${label}#${i + 1}`, parts: [text] });
    });
  }
});

// ---------- validation ----------
const ALLOWED_SUFFIX = /\.(example|test|invalid)$/i;
const GTLD = '(?:com|net|org|io|ai|dev|app|xyz|ru|cn|info|biz|top|site|online|tk|cc|co\\.uk|gov|edu)';
function hostsIn(text) {
  const hosts = [];
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^/\s:?#"'<>)\]\\|]+)/gi)) hosts.push(m[1]);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g)) hosts.push(m[1]);
  for (const m of text.matchAll(new RegExp(`\\b((?:[a-z0-9-]+\\.)+${GTLD})\\b`, 'gi'))) hosts.push(m[1]);
  for (const m of text.matchAll(/\b((?:[a-z0-9-]+\.)+(?:example|test|invalid))\b/gi)) hosts.push(m[1]);
  return hosts.map((h) => h.replace(/\.$/, ''));
}
const ids = new Set();
const payloadTexts = new Map();
for (const r of records) {
  const where = r.id;
  if (ids.has(r.id)) fail(`${where}: duplicate id`);
  ids.add(r.id);
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier'])
    if (typeof r[k] !== 'string' || !r[k].trim()) fail(`${where}: empty ${k}`);
  if (r.split !== SPLIT) fail(`${where}: bad split`);
  if (!['injection', 'harmful'].includes(r.family)) fail(`${where}: bad family`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${where}: bad label`);
  if (!LANGS.has(r.lang)) fail(`${where}: unknown lang ${r.lang}`);
  if (!CARRIERS[r.carrier]) fail(`${where}: unknown carrier ${r.carrier}`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) fail(`${where}: bad category`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) fail(`${where}: bad technique`);
  if (r.family === 'injection' && r.label === 'benign' && !FAMILIES.includes(r.technique)) fail(`${where}: bad look-alike family`);
  if (!/^blind9a-(injection|harmful)-(attack|benign)-[a-z_]+-\d{4}$/.test(r.id)) fail(`${where}: id format`);
  if (!Array.isArray(r.fields) || r.fields.length < 1) fail(`${where}: no fields`);
  for (const f of r.fields) if (typeof f !== 'string' || !f.trim()) fail(`${where}: empty field`);
  const joined = r.fields.join('\n');
  const contains = (s, f = joined) => escapedVariants(s).some((v) => f.includes(v));
  // every payload part present; split parts in separate fields, in order
  if (r.parts.length === 2) {
    if (r.fields.length !== 2) fail(`${where}: split record must have two fields`);
    else {
      if (!contains(r.parts[0], r.fields[0])) fail(`${where}: part A not in field 0`);
      if (!contains(r.parts[1], r.fields[1])) fail(`${where}: part B not in field 1`);
      if (contains(r.parts[0] + r.parts[1], r.fields[0]) || contains(r.parts[0] + r.parts[1], r.fields[1]))
        fail(`${where}: split parts joined in one field`);
    }
    if (!['split_payload', 'split_lookalike'].includes(r.technique)) fail(`${where}: two parts outside split technique`);
  } else {
    if (!contains(r.parts[0])) fail(`${where}: payload not in fields`);
    if (['split_payload', 'split_lookalike'].includes(r.technique)) fail(`${where}: split technique with one part`);
  }
  if (r.encoding) {
    const { scheme, encoded, plain } = r.encoding;
    if (DEC[scheme](encoded) !== plain) fail(`${where}: ${scheme} does not decode back to plain`);
    if (ENC[scheme](plain) !== encoded) fail(`${where}: ${scheme} re-encode mismatch`);
    if (r.encoding.cut === undefined && !contains(encoded)) fail(`${where}: encoded text not in fields`);
    if (r.encoding.cut !== undefined && (!r.fields[0].endsWith(encoded.slice(0, r.encoding.cut)) || !contains(encoded.slice(r.encoding.cut), r.fields[1])))
      fail(`${where}: split encoding not across fields`);
  }
  if (r.technique === 'encoded_payload' && !r.encoding) fail(`${where}: encoded_payload without encoding`);
  const scanned = (r.encoding ? joined.split(r.encoding.encoded).join(' ') + '\n' + r.encoding.plain : joined);
  for (const h of hostsIn(scanned)) if (!ALLOWED_SUFFIX.test(h)) fail(`${where}: host not under .example/.test/.invalid: ${h}`);
  if (r.method === 'long_buried') {
    if (joined.length < 1500) fail(`${where}: long document shorter than 1500 chars (${joined.length})`);
    const v = escapedVariants(r.parts[0]).find((x) => joined.includes(x)) ?? r.parts[0];
    const pos = joined.indexOf(v);
    if (pos < 300 || joined.length - pos - v.length < 300) fail(`${where}: buried part not in the middle`);
  }
  const key = `${r.family}|${r.label}|${r.parts.join('\u0001')}`;
  payloadTexts.set(key, (payloadTexts.get(key) ?? 0) + 1);
}
// distinct payloads and carrier use
for (const [k, n] of payloadTexts) if (n > 2) fail(`payload used ${n} times: ${k.slice(0, 60)}`);
for (const tech of TECHNIQUES) if ((ATTACKS[tech] ?? []).length < 28) fail(`technique ${tech} has < 28 payloads`);
if (FAMILIES.length < 18) fail('fewer than 18 look-alike families');
for (const cat of CATEGORIES) for (const label of ['attack', 'benign'])
  if (HARMFUL[cat][label].length !== 12) fail(`harmful ${cat}/${label} must have 12 items`);
const harmfulRecs = records.filter((r) => r.family === 'harmful');
if (harmfulRecs.filter((r) => r.lang !== 'en').length * 2 < harmfulRecs.length) fail('harmful: less than half non-English');
const inj = records.filter((r) => r.family === 'injection');
const carriersBy = (label) => new Set(inj.filter((r) => r.label === label).map((r) => r.carrier));
for (const c of CARRIER_NAMES) if (!carriersBy('attack').has(c) || !carriersBy('benign').has(c)) fail(`carrier ${c} not used by both labels`);
if (records.filter((r) => r.lang !== 'en').length * 2 < records.length) fail('less than half of the records non-English');
for (const l of LANGS) if (!records.some((r) => r.lang === l)) fail(`language ${l} unused`);

// ---------- write + composition ----------
const out = records.map(({ parts, ...r }) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(OUT, out);
const tally = (arr, f) => arr.reduce((m, r) => (m[f(r)] = (m[f(r)] ?? 0) + 1, m), {});
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
const len = (r) => r.fields.join('\n').length;
console.log(`blind9a: ${records.length} records -> ${OUT}`);
console.log(`by family/label: ${fmt(tally(records, (r) => `${r.family}/${r.label}`))}`);
console.log(`injection attack techniques: ${fmt(tally(inj.filter((r) => r.label === 'attack'), (r) => r.technique))}`);
console.log(`distinct attack payloads: ${TECHNIQUES.map((t) => `${t}=${ATTACKS[t].length}`).join(' ')} total=${TECHNIQUES.reduce((s, t) => s + ATTACKS[t].length, 0)} (+${LONG_ATTACKS.length} long)`);
console.log(`injection look-alike families (${FAMILIES.length}): ${fmt(tally(inj.filter((r) => r.label === 'benign'), (r) => r.technique))}`);
console.log(`distinct look-alike texts: ${FAMILIES.reduce((s, f) => s + LOOKALIKES[f].length, 0)} (+${LONG_LOOKALIKES.length} long)`);
console.log(`harmful: ${fmt(tally(harmfulRecs, (r) => `${r.technique}/${r.label}`))}`);
console.log(`languages: ${fmt(tally(records, (r) => r.lang))}`);
console.log(`non-English: ${records.filter((r) => r.lang !== 'en').length}/${records.length}; code-switched: ${records.filter((r) => r.code_switched).length}; harmful non-English: ${harmfulRecs.filter((r) => r.lang !== 'en').length}/${harmfulRecs.length}`);
console.log(`carriers: ${fmt(tally(records, (r) => r.carrier))}`);
console.log(`length: >=800 chars: ${records.filter((r) => len(r) >= 800).length} (attack ${records.filter((r) => r.label === 'attack' && len(r) >= 800).length}, benign ${records.filter((r) => r.label === 'benign' && len(r) >= 800).length}); >=1500 chars: ${records.filter((r) => len(r) >= 1500).length}; long buried documents: ${records.filter((r) => r.method === 'long_buried').length}`);
console.log(`encodings: ${fmt(tally(records.filter((r) => r.encoding), (r) => `${r.label}:${r.encoding.scheme}`))}`);
if (errors.length) {
  console.error(`\n${errors.length} validation error(s):`);
  for (const e of errors.slice(0, 80)) console.error('  ' + e);
  process.exit(1);
}
console.log('validation: OK');
