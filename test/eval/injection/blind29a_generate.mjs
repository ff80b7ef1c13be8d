// blind29a generator + validator (held-out set, mixed sources).
// Node 20 built-ins only. Deterministic: fixed-seed PRNG per record, no clock,
// no environment input; output is byte-identical on every run.
//
//   node test/eval/injection/blind29a_generate.mjs
//
// Builds every record in memory, validates the whole set, prints the
// composition and only then writes blind29a.jsonl. Any violation: the list of
// problems goes to stderr, nothing is written, exit code 1.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_ORDER, LONG_CARRIERS } from './blind29a_carriers.mjs';
import { FILLERS } from './blind29a_fillers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, HIDDEN_TEXT, EXFILTRATION } from './blind29a_attacks_a.mjs';
import { TOOL_COAXING, ENCODED_PAYLOAD, JAILBREAK, SPLIT_PAYLOAD } from './blind29a_attacks_b.mjs';
import { LOOKALIKES_A } from './blind29a_lookalikes_a.mjs';
import { LOOKALIKES_B } from './blind29a_lookalikes_b.mjs';
import { HARMFUL } from './blind29a_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './blind29a_long.mjs';

const SET = 'blind29a';
const SEED = 0x29a0c0de;
const OUT = join(dirname(fileURLToPath(import.meta.url)), `${SET}.jsonl`);

// ---------------------------------------------------------------- vocabularies
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing',
  'encoded_payload', 'jailbreak', 'split_payload'];
const LOOKALIKE_FAMILIES = ['site_howto', 'store_policy', 'recipe', 'diy_howto', 'travel_info', 'forum_injection',
  'security_article', 'meeting_actions', 'calendar_note', 'support_reply', 'product_review', 'api_docs',
  'code_comment', 'runbook', 'prompt_library', 'ai_policy', 'fraud_warning', 'news_report', 'chat_log',
  'hidden_markup', 'encoded_data', 'split_lookalike', 'memory_note', 'social_post'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const CARRIER_NAMES = ['web', 'email', 'email_thread', 'ics', 'chat', 'ticket', 'crm', 'code', 'yaml', 'log', 'rag',
  'kb', 'csv', 'search', 'json', 'memory', 'pdf', 'transcript', 'social', 'mcp'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'zh', 'ja', 'ko',
  'vi', 'id', 'sv', 'cs', 'el', 'hi-en', 'es-en'];
const FILLER_LANG = { 'hi-en': 'en', 'es-en': 'es' };
// Registry / code-hosting host names, stored encoded so the names never appear
// in the repository; decoded at run time and searched for in the output.
const FORBIDDEN_B64 = ['Z2l0aHViLmNvbQ==', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn',
  'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn', 'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==',
  'ZG9ja2VyLmlv', 'ZG9ja2VyLmNvbQ==', 'cGtnLmdvLmRldg==', 'cHJveHkuZ29sYW5nLm9yZw==', 'c291cmNlZm9yZ2UubmV0',
  'Y29kZWJlcmcub3Jn', 'Z2l0ZWUuY29t', 'bWF2ZW4ub3Jn', 'aGFja2FnZS5oYXNrZWxsLm9yZw==', 'Y3Bhbi5vcmc=', 'cHViLmRldg==',
  'Y29jb2Fwb2RzLm9yZw==', 'anNkZWxpdnIubmV0', 'dW5wa2cuY29t', 'eWFybnBrZy5jb20=', 'YW5hY29uZGEub3Jn',
  'aHVnZ2luZ2ZhY2UuY28=', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t'];

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- encoders
const HOMO = { a: '\u0430', c: '\u0441', e: '\u0435', i: '\u0456', o: '\u043e', p: '\u0440', x: '\u0445', y: '\u0443',
  A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041d', K: '\u041a', M: '\u041c', O: '\u041e', P: '\u0420', T: '\u0422' };
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const rot13 = (s) => s.replace(/[A-Za-z]/g, (ch) => {
  const b = ch <= 'Z' ? 65 : 97;
  return String.fromCharCode(((ch.charCodeAt(0) - b + 13) % 26) + b);
});
const ENC = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  base64url: (s) => Buffer.from(s, 'utf8').toString('base64url'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  percent: (s) => encodeURIComponent(s),
  reverse: (s) => [...s].reverse().join(''),
  entities: (s) => [...s].map((ch) => `&#x${ch.codePointAt(0).toString(16).toUpperCase()};`).join(''),
  uescape: (s) => [...Array(s.length).keys()].map((k) => '\\u' + s.charCodeAt(k).toString(16).padStart(4, '0')).join(''),
  homoglyph: (s) => [...s].map((ch) => HOMO[ch] ?? ch).join(''),
  zwsp: (s) => [...s].join('\u200b'),
  tags: (s) => [...s].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join(''),
  base32: (s) => {
    const bytes = Buffer.from(s, 'utf8');
    let bits = '';
    for (const b of bytes) bits += b.toString(2).padStart(8, '0');
    let out = '';
    for (let k = 0; k < bits.length; k += 5) out += B32[parseInt(bits.slice(k, k + 5).padEnd(5, '0'), 2)];
    while (out.length % 8) out += '=';
    return out;
  },
};
// Decoders are written independently of the encoders above.
const UNHOMO = Object.fromEntries(Object.entries(HOMO).map(([k, v]) => [v, k]));
const DEC = {
  base64: (b) => (/^[A-Za-z0-9+/]+=*$/.test(b) ? Buffer.from(b, 'base64').toString('utf8') : null),
  base64url: (b) => (/^[A-Za-z0-9_-]+$/.test(b) ? Buffer.from(b, 'base64url').toString('utf8') : null),
  hex: (b) => (/^(?:[0-9a-f]{2})+$/i.test(b) ? Buffer.from(b, 'hex').toString('utf8') : null),
  rot13: (b) => b.replace(/[a-z]/gi, (ch) => {
    const up = ch.toUpperCase();
    const r = String.fromCharCode(((up.charCodeAt(0) - 65 + 13) % 26) + 65);
    return ch === up ? r : r.toLowerCase();
  }),
  percent: (b) => { try { return decodeURIComponent(b); } catch { return null; } },
  reverse: (b) => Array.from(b).reverse().join(''),
  entities: (b) => (/^(?:&#x[0-9A-F]+;)+$/i.test(b) ? b.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))) : null),
  uescape: (b) => (/^(?:\\u[0-9a-f]{4})+$/i.test(b) ? b.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))) : null),
  homoglyph: (b) => Array.from(b, (ch) => UNHOMO[ch] ?? ch).join(''),
  zwsp: (b) => b.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, ''),
  tags: (b) => {
    let out = '';
    for (const ch of b) {
      const cp = ch.codePointAt(0);
      if (cp < 0xe0020 || cp > 0xe007e) return null;
      out += String.fromCharCode(cp - 0xe0000);
    }
    return out;
  },
  base32: (b) => {
    const body = b.replace(/=+$/, '');
    if (!/^[A-Z2-7]+$/.test(body)) return null;
    let bits = '';
    for (const ch of body) bits += B32.indexOf(ch).toString(2).padStart(5, '0');
    const bytes = [];
    for (let k = 0; k + 8 <= bits.length; k += 8) bytes.push(parseInt(bits.slice(k, k + 8), 2));
    return Buffer.from(bytes).toString('utf8');
  },
};

// ---------------------------------------------------------------- payloads
function norm(e, defMethod) {
  const p = Array.isArray(e) ? (e.length === 3 ? { l: e[0], m: e[1], t: e[2] } : { l: e[0], t: e[1] }) : { ...e };
  if (!p.m) p.m = defMethod;
  if (p.enc) {
    p.blob = ENC[p.enc](p.plain);
    p.t = p.t.replace('{X}', p.blob);
  }
  p.needles = p.parts ? [...p.parts] : [p.t];
  return p;
}

const ATTACK_GROUPS = [
  ['instruction_override', INSTRUCTION_OVERRIDE], ['role_token', ROLE_TOKEN], ['hidden_text', HIDDEN_TEXT],
  ['exfiltration', EXFILTRATION], ['tool_coaxing', TOOL_COAXING], ['encoded_payload', ENCODED_PAYLOAD],
  ['jailbreak', JAILBREAK], ['split_payload', SPLIT_PAYLOAD],
];
const attacks = [];
for (const [tech, list] of ATTACK_GROUPS) for (const e of list) attacks.push({ ...norm(e, 'direct'), tech });

const lookalikes = [];
for (const group of [LOOKALIKES_A, LOOKALIKES_B]) {
  for (const [fam, list] of Object.entries(group)) {
    for (const e of list) {
      const p = norm(e, 'lookalike');
      if (p.enc) p.m = `lookalike:encoded:${p.enc}`;
      else if (p.parts) p.m = 'lookalike:split';
      else if (p.raw) p.m = 'lookalike:markup';
      lookalikes.push({ ...p, tech: fam });
    }
  }
}

const harmful = [];
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    for (const e of HARMFUL[cat][label]) harmful.push({ ...norm(e, label === 'attack' ? 'harmful_request' : 'benign_discussion'), tech: cat, label });
  }
}

function normLong(d, tech, label) {
  const pl = typeof d.payload === 'string' ? { t: d.payload } : { ...d.payload };
  const p = norm({ l: d.l, m: d.m ?? (label === 'attack' ? 'direct' : 'lookalike'), ...pl }, 'direct');
  return { ...p, tech, label, pre: d.pre.join('\n\n'), post: d.post.join('\n\n') };
}
const longAttacks = LONG_ATTACKS.map((d) => normLong(d, d.tech, 'attack'));
const longBenign = LONG_BENIGN.map((d) => normLong(d, d.fam, 'benign'));

// ---------------------------------------------------------------- records
const records = [];
let counter = 0;

function makeRecord({ family, label, technique, p, carrier, long, longDoc }) {
  counter += 1;
  const nnnn = String(counter).padStart(4, '0');
  const car = CARRIERS[carrier];
  const lang = p.l;
  let pre = '';
  let post = '';
  if (longDoc) { pre = p.pre; post = p.post; }
  const build = () => {
    const rng = mulberry32((SEED + counter * 7919) >>> 0);
    const main = { pre, text: p.parts ? p.parts[0] : p.t, post, raw: !!p.raw };
    return car.build(main, p.parts ? p.parts[1] : null, { rng, lang });
  };
  if (long && !longDoc) {
    // Filler paragraphs of the record's language, starting at a position-based
    // offset; more are added (alternately after and before) until >= 850 chars.
    const F = FILLERS[FILLER_LANG[lang] ?? lang];
    const k = counter % F.length;
    const order = F.map((_, j) => F[(k + j) % F.length]);
    const preL = [order[0]];
    const postL = [order[1]];
    const set = () => { pre = preL.join('\n\n'); post = postL.join('\n\n'); };
    set();
    for (let j = 2; j < order.length && build().fields.join('\n').length < 850; j++) {
      (j % 2 === 0 ? postL : preL).push(order[j]);
      set();
    }
  }
  const built = build();
  let method = p.m;
  if (longDoc) method += '+long_document';
  else if (long) method += '+long';
  const rec = {
    id: `${SET}-${family}-${label}-${technique}-${nnnn}`, split: SET, family, label, technique, lang, carrier,
    fields: built.fields, source: `hand-written/${built.source}`, method,
  };
  records.push({ rec, meta: { p, long: !!long, longDoc: !!longDoc, kind: family === 'harmful' ? 'harmful' : label } });
}

// Carriers and long flags are assigned by position in each list, never by label:
// payload i goes to carriers ORDER[i] and ORDER[i + shift], its second record is long when i % 4 == 1.
function carriersFor(i) {
  const n = CARRIER_ORDER.length;
  const shift = 1 + (Math.floor(i / n) % (n - 1));
  return [CARRIER_ORDER[i % n], CARRIER_ORDER[(i + shift) % n]];
}
function emitList(list, family, labelOf) {
  list.forEach((p, i) => {
    const [c1, c2] = carriersFor(i);
    makeRecord({ family, label: labelOf(p), technique: p.tech, p, carrier: c1, long: false });
    makeRecord({ family, label: labelOf(p), technique: p.tech, p, carrier: c2, long: i % 4 === 1 });
  });
}
emitList(attacks, 'injection', () => 'attack');
longAttacks.forEach((p, i) => makeRecord({ family: 'injection', label: 'attack', technique: p.tech, p, carrier: LONG_CARRIERS[i], longDoc: true }));
emitList(lookalikes, 'injection', () => 'benign');
longBenign.forEach((p, i) => makeRecord({ family: 'injection', label: 'benign', technique: p.tech, p, carrier: LONG_CARRIERS[i], longDoc: true }));
emitList(harmful, 'harmful', (p) => p.label);

// ---------------------------------------------------------------- validation
const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const forbidden = FORBIDDEN_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'<>()[\]{}\\|,;`]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const WWW_RE = /\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*/gi;
const hostOk = (h) => {
  const x = h.toLowerCase().replace(/\.$/, '');
  return !x.includes('.') || /\.(example|test|invalid)$/.test(x);
};
function checkHosts(id, text, where) {
  for (const m of text.matchAll(URL_RE)) {
    const host = m[1].split('@').pop().replace(/:\d+$/, '');
    if (!hostOk(host)) err(id, `URL host not reserved (${where}): ${host}`);
  }
  for (const m of text.matchAll(MAIL_RE)) if (!hostOk(m[1])) err(id, `mail domain not reserved (${where}): ${m[1]}`);
  for (const m of text.matchAll(WWW_RE)) if (!hostOk(m[0])) err(id, `www host not reserved (${where}): ${m[0]}`);
  const low = text.toLowerCase();
  for (const f of forbidden) if (low.includes(f)) err(id, `forbidden host name (${where})`);
}

const ids = new Set();
const ID_RE = new RegExp(`^${SET}-(injection|harmful)-(attack|benign)-([a-z_]+)-(\\d{4})$`);
for (const { rec, meta } of records) {
  const id = rec.id || '(no id)';
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
    if (typeof rec[k] !== 'string' || !rec[k].trim()) err(id, `empty ${k}`);
  }
  if (!Array.isArray(rec.fields) || rec.fields.length === 0) err(id, 'no fields');
  else rec.fields.forEach((f, k) => { if (typeof f !== 'string' || !f.trim()) err(id, `empty field ${k}`); });
  if (rec.split !== SET) err(id, 'wrong split');
  if (!['injection', 'harmful'].includes(rec.family)) err(id, 'unknown family');
  if (!['attack', 'benign'].includes(rec.label)) err(id, 'unknown label');
  const known = rec.family === 'harmful' ? CATEGORIES : rec.label === 'attack' ? TECHNIQUES : LOOKALIKE_FAMILIES;
  if (!known.includes(rec.technique)) err(id, `unknown technique ${rec.technique}`);
  if (!CARRIER_NAMES.includes(rec.carrier) || !CARRIERS[rec.carrier]) err(id, `unknown carrier ${rec.carrier}`);
  if (!LANGS.includes(rec.lang)) err(id, `unknown language ${rec.lang}`);
  if (ids.has(rec.id)) err(id, 'duplicate id');
  ids.add(rec.id);
  const mm = ID_RE.exec(rec.id);
  if (!mm || mm[1] !== rec.family || mm[2] !== rec.label || mm[3] !== rec.technique) err(id, 'id inconsistent with record');

  const car = CARRIERS[rec.carrier];
  if (!car) continue;
  const view = car.view ?? ((s) => s);
  const views = rec.fields.map(view);
  const joined = views.join('\n');
  const p = meta.p;
  const escMain = (t) => car.esc(t, !!p.raw);
  const centres = [];
  let first = -1;
  let last = -1;
  if (p.parts) {
    if (p.parts.length !== 2 || p.parts.some((x) => !x.trim())) err(id, 'split payload needs two non-empty parts');
    const [a, b] = p.parts;
    const ea = escMain(a);
    const eb = car.escSide(b);
    if (!views[0].includes(ea)) err(id, 'split part one not in field 0');
    if (!views[1] || !views[1].includes(eb)) err(id, 'split part two not in field 1');
    views.forEach((v, k) => {
      const hasA = v.includes(ea) || v.includes(car.escSide(a));
      const hasB = v.includes(eb) || v.includes(escMain(b));
      if (hasA && hasB) err(id, `field ${k} holds both split parts`);
    });
    const pa = joined.indexOf(ea);
    const pb = joined.indexOf(eb, views[0].length);
    centres.push((pa + ea.length / 2) / joined.length, (pb + eb.length / 2) / joined.length);
    first = pa;
    last = pb + eb.length;
  } else {
    const e = escMain(p.t);
    const pos = views[0].indexOf(e);
    if (pos < 0) err(id, 'escaped needle not found in field 0');
    centres.push((pos + e.length / 2) / joined.length);
    first = pos;
    last = pos + e.length;
  }
  const centre = centres.reduce((x, y) => x + y, 0) / centres.length;
  if (meta.long) {
    if (joined.length < 800) err(id, `long record too short (${joined.length})`);
    if (centre < 0.2 || centre > 0.8) err(id, `long record payload centre ${centre.toFixed(3)}`);
  }
  if (meta.longDoc) {
    if (joined.length < 1500) err(id, `long document too short (${joined.length})`);
    if (centre < 0.3 || centre > 0.7) err(id, `long document payload centre ${centre.toFixed(3)}`);
    if (first < 500) err(id, `long document: only ${first} chars before payload`);
    if (joined.length - last < 500) err(id, `long document: only ${joined.length - last} chars after payload`);
  }
  if (p.enc) {
    if (!DEC[p.enc]) err(id, `no decoder for ${p.enc}`);
    else {
      const dec = DEC[p.enc](p.blob);
      if (dec !== p.plain) err(id, `encoding ${p.enc} does not decode to its plain text`);
      if (p.blob === p.plain) err(id, `encoding ${p.enc} is a no-op`);
      if (!p.t.includes(p.blob)) err(id, 'encoded blob missing from text');
      if (p.enc === 'tags' && !/^[\x20-\x7e]+$/.test(p.plain)) err(id, 'tag encoding needs printable ASCII');
      checkHosts(id, p.plain, 'decoded payload');
    }
  }
  views.forEach((v, k) => checkHosts(id, v, `field ${k}`));
  checkHosts(id, [rec.id, rec.source, rec.method].join(' '), 'metadata');
  const low = JSON.stringify(rec).toLowerCase();
  for (const f of forbidden) if (low.includes(f)) err(id, 'forbidden host name (raw record)');
}

// Set-level checks.
const inj = records.filter((r) => r.meta.kind !== 'harmful').map((r) => r.rec);
const atk = inj.filter((r) => r.label === 'attack');
const ben = inj.filter((r) => r.label === 'benign');
for (const tech of TECHNIQUES) {
  const n = new Set(attacks.filter((p) => p.tech === tech).map((p) => p.needles.join('\u0000'))).size;
  if (n < 30) errors.push(`technique ${tech}: only ${n} distinct payloads`);
}
const famCounts = {};
for (const p of lookalikes) (famCounts[p.tech] ??= new Set()).add(p.needles.join('\u0000'));
const bigFams = Object.values(famCounts).filter((s) => s.size >= 10).length;
if (bigFams < 20) errors.push(`only ${bigFams} look-alike families with >= 10 texts`);
for (const cat of CATEGORIES) {
  for (const label of ['attack', 'benign']) {
    const n = new Set(harmful.filter((p) => p.tech === cat && p.label === label).map((p) => p.t)).size;
    if (n !== 12) errors.push(`harmful ${cat}/${label}: ${n} distinct texts (need 12)`);
  }
}
for (const [name, list] of [['attack', attacks], ['look-alike', lookalikes], ['harmful', harmful]]) {
  const seen = new Set();
  for (const p of list) {
    const key = `${p.tech}|${p.needles.join('\u0000')}`;
    if (seen.has(key)) errors.push(`duplicate ${name} text in ${p.tech}: ${p.needles[0].slice(0, 40)}`);
    seen.add(key);
  }
}
const all = records.map((r) => r.rec);
const langs = new Set(all.map((r) => r.lang));
if (langs.size < 18) errors.push(`only ${langs.size} languages`);
const nonEn = all.filter((r) => r.lang !== 'en').length / all.length;
if (nonEn < 0.5) errors.push(`non-English share ${nonEn.toFixed(3)} < 0.5`);
const share = (list) => Object.fromEntries(CARRIER_NAMES.map((c) => [c, list.filter((r) => r.carrier === c).length / list.length]));
const sa = share(atk);
const sb = share(ben);
for (const c of CARRIER_NAMES) {
  if (Math.abs(sa[c] - sb[c]) > 0.02) errors.push(`carrier ${c}: attack share ${sa[c].toFixed(3)} vs look-alike ${sb[c].toFixed(3)}`);
}
for (const c of CARRIER_NAMES) if (!all.some((r) => r.carrier === c)) errors.push(`carrier ${c} unused`);

if (errors.length) {
  console.error(`${SET}: ${errors.length} validation error(s); nothing written.`);
  for (const e of errors.slice(0, 200)) console.error('  ' + e);
  process.exit(1);
}

// ---------------------------------------------------------------- composition
const count = (list, key) => list.reduce((m, r) => ((m[key(r)] = (m[key(r)] ?? 0) + 1), m), {});
const styleOf = (m) => (m.startsWith('quiet') ? 'quiet' : /^(hidden|encoded|fake_transcript)/.test(m) ? 'hidden/encoded' : 'direct');
const lines = [];
const out = (s = '') => lines.push(s);
const harmRecs = all.filter((r) => r.family === 'harmful');
out(`${SET}: ${all.length} records`);
out(`  injection attack : ${atk.length} records (${attacks.length} payloads x 2 carriers + ${longAttacks.length} long documents)`);
out(`  injection benign : ${ben.length} records (${lookalikes.length} look-alikes x 2 carriers + ${longBenign.length} long documents)`);
out(`  harmful          : ${harmRecs.length} records (${harmful.length} texts x 2 carriers; ${harmRecs.filter((r) => r.label === 'attack').length} attack / ${harmRecs.filter((r) => r.label === 'benign').length} benign)`);
out('attack techniques (payloads / records incl. long docs):');
for (const t of TECHNIQUES) out(`  ${t.padEnd(22)} ${String(attacks.filter((p) => p.tech === t).length).padStart(3)} / ${atk.filter((r) => r.technique === t).length}`);
const st = count(attacks, (p) => styleOf(p.m));
out(`attack payload style: quiet ${st.quiet ?? 0}, hidden/encoded ${st['hidden/encoded'] ?? 0}, direct ${st.direct ?? 0} (of ${attacks.length})`);
out(`look-alike families (${Object.keys(famCounts).length}; texts / records incl. long docs):`);
const famLine = LOOKALIKE_FAMILIES.map((f) => `${f} ${famCounts[f]?.size ?? 0}/${ben.filter((r) => r.technique === f).length}`);
for (let k = 0; k < famLine.length; k += 4) out('  ' + famLine.slice(k, k + 4).join(', '));
out('harmful categories (attack texts + benign texts, records):');
for (const c of CATEGORIES) out(`  ${c.padEnd(14)} 12 + 12, ${harmRecs.filter((r) => r.technique === c).length} records`);
out(`long: ${records.filter((r) => r.meta.long).length} long-flag records (>=800 chars, centre 20-80%), ${longAttacks.length + longBenign.length} long documents (>=1500 chars, centre 30-70%)`);
out('carriers (attack / look-alike records):');
const ca = count(atk, (r) => r.carrier);
const cb = count(ben, (r) => r.carrier);
const ch = count(harmRecs, (r) => r.carrier);
const carLine = CARRIER_NAMES.map((c) => `${c} ${ca[c] ?? 0}/${cb[c] ?? 0}`);
for (let k = 0; k < carLine.length; k += 5) out('  ' + carLine.slice(k, k + 5).join(', '));
out(`  max share difference ${Math.max(...CARRIER_NAMES.map((c) => Math.abs(sa[c] - sb[c]))).toFixed(4)}; harmful spread over ${Object.keys(ch).length} carriers`);
const lc = count(all, (r) => r.lang);
out(`languages (${langs.size}): ` + LANGS.filter((l) => lc[l]).map((l) => `${l} ${lc[l]}`).join(', '));
out(`non-English records: ${(nonEn * 100).toFixed(1)}%`);
console.log(lines.join('\n'));

writeFileSync(OUT, all.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`wrote ${OUT.split('/').slice(-1)[0]}`);
