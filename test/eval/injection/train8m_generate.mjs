// train8m generator + validator. Node 20 built-ins only; deterministic (fixed-seed PRNG).
//   node test/eval/injection/train8m_generate.mjs
// Builds every record, validates the whole set, and only then writes train8m.jsonl next to
// this file. On any violation it prints the problems, writes nothing and exits with status 1.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, ESC, makeRng } from './train8m_carriers.mjs';
import { FILLERS } from './train8m_fillers.mjs';
import { ATTACKS_A } from './train8m_attacks_a.mjs';
import { ATTACKS_B } from './train8m_attacks_b.mjs';
import { LOOK_A } from './train8m_lookalikes_a.mjs';
import { LOOK_B } from './train8m_lookalikes_b.mjs';
import { HARM } from './train8m_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './train8m_long.mjs';

const SET = 'train8m';
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, `${SET}.jsonl`);

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = ['security_article', 'docs', 'code', 'transcript', 'ticket_quote', 'email', 'page', 'split_lookalike',
  'build_steps', 'agents_rules', 'migration_guide', 'review_comment', 'record_note', 'processing_note', 'commit_message',
  'error_message', 'config_comment', 'test_fixture', 'prompt_library', 'runbook', 'calendar_note', 'hidden_note', 'encoded_data'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'zh', 'ja', 'ko', 'vi', 'id', 'sv', 'cs', 'hi', 'he'];
const CARRIER_NAMES = CARRIERS.map((c) => c.name);
const SPLIT_KINDS = new Set(['split_payload', 'split_lookalike']);
const HIDDEN_KINDS = new Set(['hidden_text', 'hidden_note']);
const ENCODED_KINDS = new Set(['encoded_payload', 'encoded_data']);

// Host names of package registries and code-hosting sites, stored base64-encoded so that the
// literal names never appear in the repository; decoded at run time for the check.
const FORBIDDEN_B64 = ['Z2l0aHViLmNvbQ==', 'Z2l0bGFiLmNvbQ==', 'Yml0YnVja2V0Lm9yZw==', 'bnBtanMuY29t', 'bnBtanMub3Jn',
  'cmVnaXN0cnkubnBtanMub3Jn', 'eWFybnBrZy5jb20=', 'cHlwaS5vcmc=', 'cHl0aG9uaG9zdGVkLm9yZw==', 'Y3JhdGVzLmlv', 'cnVieWdlbXMub3Jn',
  'bnVnZXQub3Jn', 'cGFja2FnaXN0Lm9yZw==', 'cGtnLmdvLmRldg==', 'cHJveHkuZ29sYW5nLm9yZw==', 'c291cmNlZm9yZ2UubmV0', 'Y29kZWJlcmcub3Jn',
  'Z2l0ZWUuY29t', 'aHViLmRvY2tlci5jb20=', 'ZG9ja2VyLmlv', 'cXVheS5pbw==', 'YW5hY29uZGEub3Jn', 'Y29uZGEtZm9yZ2Uub3Jn', 'bWF2ZW4ub3Jn',
  'cmVwbzEubWF2ZW4ub3Jn', 'Y29jb2Fwb2RzLm9yZw==', 'aGV4LnBt', 'cHViLmRldg==', 'Y3Bhbi5vcmc=', 'bWV0YWNwYW4ub3Jn', 'anNkZWxpdnIubmV0',
  'dW5wa2cuY29t', 'Z2l0aHVidXNlcmNvbnRlbnQuY29t', 'Z2hjci5pbw==', 'c3IuaHQ=', 'bGF1bmNocGFkLm5ldA==', 'c2F2YW5uYWguZ251Lm9yZw=='];
const FORBIDDEN = FORBIDDEN_B64.map((b) => Buffer.from(b, 'base64').toString('utf8'));
const FORBIDDEN_RE = FORBIDDEN.map((h) => new RegExp(`(?<![a-z0-9-])${h.replace(/\./g, '\\.')}(?![a-z0-9-])`, 'i'));

// ------------------------------------------------------------------ encodings
const CODECS = {
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (b) => Buffer.from(b, 'base64').toString('utf8') },
  hex: { enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (b) => Buffer.from(b, 'hex').toString('utf8') },
  rot13: {
    enc: (s) => s.replace(/[a-zA-Z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }),
    dec: (b) => CODECS.rot13.enc(b),
  },
  percent: { enc: (s) => [...Buffer.from(s, 'utf8')].map((x) => '%' + x.toString(16).toUpperCase().padStart(2, '0')).join(''), dec: (b) => decodeURIComponent(b) },
  reverse: { enc: (s) => [...s].reverse().join(''), dec: (b) => [...b].reverse().join('') },
  uescape: {
    enc: (s) => { let o = ''; for (let i = 0; i < s.length; i++) o += '\\u' + s.charCodeAt(i).toString(16).padStart(4, '0'); return o; },
    dec: (b) => b.replace(/\\u([0-9a-fA-F]{4})/g, (m, h) => String.fromCharCode(parseInt(h, 16))),
  },
};

// ------------------------------------------------------------------ items
function fnv(str) { let h = 0x811c9dc5; for (const ch of Buffer.from(str, 'utf8')) { h ^= ch; h = Math.imul(h, 0x01000193) >>> 0; } return h >>> 0; }

function mkItem(family, label, technique, tuple) {
  const [lang, ...rest] = tuple;
  const it = { family, label, technique, lang, hidden: HIDDEN_KINDS.has(technique) };
  if (ENCODED_KINDS.has(technique)) {
    const [encName, plain, wrapper] = rest;
    const blob = CODECS[encName].enc(plain);
    it.enc = { name: encName, plain, blob };
    it.parts = [wrapper.replace('{ENC}', blob)];
    it.wrapper = wrapper;
  } else if (SPLIT_KINDS.has(technique)) it.parts = [rest[0], rest[1]];
  else it.parts = [rest[0]];
  return it;
}

const ATTACK_SRC = { ...ATTACKS_A, ...ATTACKS_B };
const LOOK_SRC = { ...LOOK_A, ...LOOK_B };
const attackItems = TECHNIQUES.flatMap((t) => (ATTACK_SRC[t] || []).map((x) => mkItem('injection', 'attack', t, x)));
const lookItems = FAMILIES.flatMap((f) => (LOOK_SRC[f] || []).map((x) => mkItem('injection', 'benign', f, x)));
const harmItems = [];
for (const c of CATEGORIES) {
  const { attack, benign } = HARM[c];
  for (let i = 0; i < Math.max(attack.length, benign.length); i++) {
    if (attack[i]) harmItems.push(mkItem('harmful', 'attack', c, attack[i]));
    if (benign[i]) harmItems.push(mkItem('harmful', 'benign', c, benign[i]));
  }
}
function longItem(d, label) {
  const technique = label === 'attack' ? d.t : d.f;
  const it = { family: 'injection', label, technique, lang: d.lang, hidden: HIDDEN_KINDS.has(technique), longDoc: true, before: d.before, after: d.after };
  if (d.enc) { const blob = CODECS[d.enc].enc(d.plain); it.enc = { name: d.enc, plain: d.plain, blob }; it.parts = [d.wrapper.replace('{ENC}', blob)]; it.wrapper = d.wrapper; }
  else it.parts = Array.isArray(d.payload) ? d.payload : [d.payload];
  return it;
}
const longAttacks = LONG_ATTACKS.map((d) => longItem(d, 'attack'));
const longBenign = LONG_BENIGN.map((d) => longItem(d, 'benign'));

// ------------------------------------------------------------------ placement
const N = CARRIERS.length;
// Carriers and long flags depend only on the position in a list, never on the label.
const carrierFor = (i, k) => (k === 0 ? i % N : (7 * i + 3) % N);
const isLong = (i, k) => (2 * i + k) % 7 === 3;
const longDocCarrier = (j) => (3 * j + 1) % N;

function locate(fields, needles) {
  const joined = fields.join('\n');
  const offs = []; let o = 0; for (const f of fields) { offs.push(o); o += f.length + 1; }
  const spans = needles.map((n) => {
    for (let fi = 0; fi < fields.length; fi++) { const p = fields[fi].indexOf(n.needle); if (p >= 0) return [offs[fi] + p, offs[fi] + p + n.needle.length]; }
    return null;
  });
  if (spans.some((s) => !s)) return { joined, ok: false };
  const centre = spans.reduce((a, [s, e]) => a + (s + e) / 2, 0) / spans.length;
  return { joined, ok: true, ratio: centre / joined.length, start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])) };
}

function render(item, carrierIdx, seedKey, long) {
  const carrier = CARRIERS[carrierIdx];
  const seed = fnv(`${SET}|${seedKey}`);
  const run = (pre, post) => carrier.build({ parts: item.parts, hidden: item.hidden, pre, post, lang: item.lang, r: makeRng(seed) });
  if (item.longDoc) {
    const out = run([item.before], [item.after]);
    return { out, carrier: carrier.name, method: 'long document' };
  }
  if (!long) return { out: run([], []), carrier: carrier.name, method: '' };
  // Own-language filler first; English paragraphs are appended (code-switching) only when the
  // own-language paragraphs cannot reach the minimum length, and the layout using the fewest
  // English paragraphs wins.
  const own = FILLERS[item.lang] || FILLERS.en;
  const sel = makeRng(seed ^ 0x9e3779b9);
  const off = sel.int(0, own.length - 1);
  const rot = own.slice(off).concat(own.slice(0, off)).concat(item.lang === 'en' ? [] : FILLERS.en);
  let passing = [];
  for (let a = 0; a <= rot.length; a++) for (let b = 0; a + b <= rot.length; b++) {
    if (a + b === 0) continue;
    const out = run(rot.slice(0, a), rot.slice(a, a + b));
    const loc = locate(out.fields, out.needles);
    if (loc.ok && loc.joined.length >= 800 && loc.ratio >= 0.2 && loc.ratio <= 0.8) passing.push({ out, a, b, en: Math.max(0, a + b - own.length) });
  }
  const minEn = Math.min(...passing.map((p) => p.en));
  passing = passing.filter((p) => p.en === minEn);
  if (!passing.length) return { out: run(rot.slice(0, 2), rot.slice(2, 4)), carrier: carrier.name, method: 'long (no passing filler layout)' };
  const pick = passing[sel.int(0, passing.length - 1)];
  return { out: pick.out, carrier: carrier.name, method: `long (filler ${pick.a}+${pick.b}${pick.en ? `, ${pick.en} English` : ''})` };
}

function build() {
  const recs = [];
  const add = (item, carrierIdx, seedKey, long) => {
    const { out, carrier, method } = render(item, carrierIdx, seedKey, long);
    const m = ['hand-written', carrier];
    if (item.hidden) m.push('hidden slot');
    if (item.parts.length > 1) m.push('split across fields');
    if (item.enc) m.push(`encoded:${item.enc.name}`);
    if (method) m.push(method);
    recs.push({ item, long: !!long, longDoc: !!item.longDoc, needles: out.needles,
      rec: { family: item.family, label: item.label, technique: item.technique, lang: item.lang, carrier, fields: out.fields, method: m.join('; ') } });
  };
  const list = (items, name) => items.forEach((it, i) => { for (const k of [0, 1]) add(it, carrierFor(i, k), `${name}:${i}:${k}`, isLong(i, k)); });
  list(attackItems, 'attack');
  longAttacks.forEach((it, j) => add(it, longDocCarrier(j), `longattack:${j}`, false));
  list(lookItems, 'look');
  longBenign.forEach((it, j) => add(it, longDocCarrier(j), `longbenign:${j}`, false));
  list(harmItems, 'harm');
  recs.forEach((r, n) => {
    const { family, label, technique } = r.rec;
    r.rec = { id: `${SET}-${family}-${label}-${technique}-${String(n + 1).padStart(4, '0')}`, split: SET, ...r.rec, source: `${SET} hand-written` };
    r.rec = { id: r.rec.id, split: r.rec.split, family, label, technique, lang: r.rec.lang, carrier: r.rec.carrier, fields: r.rec.fields, source: r.rec.source, method: r.rec.method };
  });
  return recs;
}

// ------------------------------------------------------------------ validation
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/([^\s\/?#"'<>\\)\]]+)/gi;
const WWW_RE = /\bwww\.[a-z0-9.-]*[a-z0-9]/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
const REALTLD_RE = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|dev|ru|cn|de|fr|jp|uk|info|biz|xyz|app|pl|br|nl|se|cz|kr|vn|tr|ua|il|sa|eu)\b/gi;
const hostOk = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h); };

function hostProblems(text) {
  const bad = [];
  for (const m of text.matchAll(URL_RE)) { let h = m[1]; h = h.slice(h.lastIndexOf('@') + 1).replace(/:\d+$/, ''); if (!hostOk(h)) bad.push(`url host ${h}`); }
  for (const m of text.matchAll(WWW_RE)) if (!hostOk(m[0])) bad.push(`www host ${m[0]}`);
  for (const m of text.matchAll(MAIL_RE)) if (!hostOk(m[1])) bad.push(`mail domain ${m[1]}`);
  for (const m of text.matchAll(REALTLD_RE)) if (!hostOk(m[0])) bad.push(`domain-like ${m[0]}`);
  for (let i = 0; i < FORBIDDEN.length; i++) if (FORBIDDEN_RE[i].test(text)) bad.push(`forbidden host #${i}`);
  return bad;
}

function validate(recs) {
  const errs = [];
  const E = (id, msg) => { if (errs.length < 200) errs.push(`${id}: ${msg}`); };
  const ids = new Set();
  const ID_RE = new RegExp(`^${SET}-(injection|harmful)-(attack|benign)-([a-z_]+)-(\\d{4})$`);
  for (const { rec, item, needles, long, longDoc } of recs) {
    const id = rec.id || '(no id)';
    for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof rec[k] !== 'string' || !rec[k].trim()) E(id, `empty ${k}`);
    if (!Array.isArray(rec.fields) || rec.fields.length === 0) E(id, 'no fields');
    else rec.fields.forEach((f, i) => { if (typeof f !== 'string' || !f.trim()) E(id, `empty field ${i}`); });
    if (rec.split !== SET) E(id, 'wrong split');
    if (!['injection', 'harmful'].includes(rec.family)) E(id, 'unknown family');
    if (!['attack', 'benign'].includes(rec.label)) E(id, 'unknown label');
    const known = rec.family === 'harmful' ? CATEGORIES : rec.label === 'attack' ? TECHNIQUES : FAMILIES;
    if (!known.includes(rec.technique)) E(id, `unknown technique ${rec.technique}`);
    if (!CARRIER_NAMES.includes(rec.carrier)) E(id, `unknown carrier ${rec.carrier}`);
    if (!LANGS.includes(rec.lang)) E(id, `unknown language ${rec.lang}`);
    if (ids.has(rec.id)) E(id, 'duplicate id'); ids.add(rec.id);
    const m = ID_RE.exec(rec.id);
    if (!m || m[1] !== rec.family || m[2] !== rec.label || m[3] !== rec.technique) E(id, 'id inconsistent with record');
    // needles
    const wantParts = SPLIT_KINDS.has(rec.technique) ? 2 : 1;
    if (item.parts.length !== wantParts) E(id, `expected ${wantParts} payload part(s)`);
    if (needles.length !== item.parts.length) E(id, 'needle count differs from payload parts');
    needles.forEach((n, i) => {
      if (n.raw !== item.parts[i]) E(id, `needle ${i} is not payload part ${i}`);
      if (!ESC[n.esc] || ESC[n.esc](n.raw) !== n.needle) E(id, `needle ${i} not the ${n.esc} escape of its payload`);
      if (!n.needle.trim()) E(id, `needle ${i} empty`);
      if (!rec.fields.some((f) => f.includes(n.needle))) E(id, `needle ${i} (${n.esc}) missing from fields`);
    });
    if (needles.length === 2) {
      const inA = rec.fields.map((f) => f.includes(needles[0].needle));
      const inB = rec.fields.map((f) => f.includes(needles[1].needle));
      if (inA.some((a, i) => a && inB[i])) E(id, 'a field holds both split parts');
      if (!inA.some(Boolean) || !inB.some(Boolean)) E(id, 'split part missing');
    }
    // hosts, also inside decoded payloads
    const texts = [...rec.fields, rec.method, rec.source];
    if (item.enc) texts.push(CODECS[item.enc.name].dec(item.enc.blob));
    for (const t of texts) for (const p of hostProblems(t)) E(id, p);
    // encodings
    if (ENCODED_KINDS.has(rec.technique) !== !!item.enc) E(id, 'encoding presence does not match technique');
    if (item.enc) {
      const { name, plain, blob } = item.enc;
      const c = CODECS[name];
      if (!c) E(id, `unknown encoding ${name}`);
      else {
        if (c.dec(blob) !== plain) E(id, `${name} does not decode to its plain text`);
        if (c.enc(plain) !== blob) E(id, `${name} does not re-encode`);
        if (blob === plain) E(id, `${name} is a no-op`);
        if (!item.parts[0].includes(blob)) E(id, 'encoded blob not in payload');
      }
    }
    // long records and long documents
    const loc = locate(rec.fields, needles);
    if (longDoc) {
      if (!loc.ok) E(id, 'long document payload not located');
      else {
        if (loc.joined.length < 1500) E(id, `long document only ${loc.joined.length} chars`);
        if (loc.ratio < 0.3 || loc.ratio > 0.7) E(id, `long document payload centre at ${loc.ratio.toFixed(3)}`);
        if (loc.start < 500 || loc.joined.length - loc.end < 500) E(id, `long document sides ${loc.start}/${loc.joined.length - loc.end}`);
      }
    } else if (long) {
      if (!loc.ok) E(id, 'long record payload not located');
      else {
        if (loc.joined.length < 800) E(id, `long record only ${loc.joined.length} chars`);
        if (loc.ratio < 0.2 || loc.ratio > 0.8) E(id, `long record payload centre at ${loc.ratio.toFixed(3)}`);
      }
    }
  }
  // set-level checks
  const key = (it) => it.parts.join('\u241e');
  const all = [...attackItems, ...lookItems, ...harmItems, ...longAttacks, ...longBenign];
  const seen = new Map();
  for (const it of all) { const k = key(it); if (seen.has(k)) errs.push(`duplicate payload text: ${k.slice(0, 60)}`); seen.set(k, 1); }
  for (const c of CATEGORIES) for (const lab of ['attack', 'benign']) {
    const n = new Set(harmItems.filter((x) => x.technique === c && x.label === lab).map(key)).size;
    if (n < 12) errs.push(`harmful ${c}/${lab}: only ${n} distinct texts`);
  }
  for (const t of TECHNIQUES) {
    const n = new Set([...attackItems, ...longAttacks].filter((x) => x.technique === t).map(key)).size;
    if (n < 30) errs.push(`technique ${t}: only ${n} payloads`);
  }
  const famOk = FAMILIES.filter((f) => new Set(lookItems.filter((x) => x.technique === f).map(key)).size >= 10).length;
  if (famOk < 20) errs.push(`only ${famOk} look-alike families with >= 10 texts`);
  const langs = new Set(recs.map((r) => r.rec.lang));
  if (langs.size < 18) errs.push(`only ${langs.size} languages`);
  const nonEn = recs.filter((r) => r.rec.lang !== 'en').length / recs.length;
  if (nonEn < 0.5) errs.push(`non-English share ${nonEn.toFixed(3)} < 0.5`);
  const inj = recs.filter((r) => r.rec.family === 'injection');
  const share = (lab) => { const xs = inj.filter((r) => r.rec.label === lab); const m = {}; for (const c of CARRIER_NAMES) m[c] = xs.filter((r) => r.rec.carrier === c).length / xs.length; return m; };
  const sa = share('attack'), sb = share('benign');
  for (const c of CARRIER_NAMES) if (Math.abs(sa[c] - sb[c]) > 0.02) errs.push(`carrier ${c}: share ${sa[c].toFixed(3)} (attack) vs ${sb[c].toFixed(3)} (benign)`);
  if (CARRIER_NAMES.length < 17) errs.push('fewer than 17 carriers');
  // the content files themselves must not name registry / code-hosting hosts
  for (const f of readdirSync(HERE).filter((x) => x.startsWith(`${SET}_`) && x.endsWith('.mjs'))) {
    const src = readFileSync(join(HERE, f), 'utf8');
    FORBIDDEN_RE.forEach((re, i) => { if (re.test(src)) errs.push(`${f}: forbidden host #${i}`); });
  }
  return { errs, sa, sb, nonEn, langs };
}

// ------------------------------------------------------------------ main
const recs = build();
const text = recs.map((r) => JSON.stringify(r.rec)).join('\n') + '\n';
const again = build().map((r) => JSON.stringify(r.rec)).join('\n') + '\n';
const { errs, sa, sb, nonEn, langs } = validate(recs);
if (text !== again) errs.push('two builds in one process differ (non-deterministic)');
if (errs.length) {
  console.error(`${SET}: ${errs.length} problem(s); nothing written.`);
  for (const e of errs) console.error('  ' + e);
  process.exit(1);
}
writeFileSync(OUT, text);

// ------------------------------------------------------------------ composition
const R = recs.map((r) => r.rec);
const cnt = (f) => R.filter(f).length;
const lines = [];
lines.push(`${SET}: ${R.length} records`);
lines.push(`injection attacks: ${cnt((r) => r.family === 'injection' && r.label === 'attack')} records = ${attackItems.length} payloads x 2 carriers + ${longAttacks.length} long documents`);
for (const t of TECHNIQUES) {
  const p = attackItems.filter((x) => x.technique === t).length, l = longAttacks.filter((x) => x.technique === t).length;
  lines.push(`  ${t.padEnd(22)} ${String(p).padStart(3)} payloads, ${String(l).padStart(2)} long docs, ${String(cnt((r) => r.label === 'attack' && r.technique === t)).padStart(3)} records`);
}
lines.push(`injection look-alikes: ${cnt((r) => r.family === 'injection' && r.label === 'benign')} records = ${lookItems.length} texts x 2 carriers + ${longBenign.length} long documents (${FAMILIES.length} families)`);
for (const f of FAMILIES) {
  const p = lookItems.filter((x) => x.technique === f).length, l = longBenign.filter((x) => x.technique === f).length;
  lines.push(`  ${f.padEnd(22)} ${String(p).padStart(3)} texts, ${l} long docs`);
}
lines.push(`harmful: ${cnt((r) => r.family === 'harmful')} records (12 attack + 12 benign texts per category, x 2 carriers)`);
for (const c of CATEGORIES) lines.push(`  ${c.padEnd(14)} attack ${cnt((r) => r.family === 'harmful' && r.technique === c && r.label === 'attack')} / benign ${cnt((r) => r.family === 'harmful' && r.technique === c && r.label === 'benign')} records`);
lines.push(`long records (>= 800 chars, payload centre 20-80%): ${recs.filter((r) => r.long).length}; long documents (>= 1500 chars, centre 30-70%): ${recs.filter((r) => r.longDoc).length}`);
lines.push(`carriers (${CARRIER_NAMES.length}), injection attack share / look-alike share:`);
for (let i = 0; i < CARRIER_NAMES.length; i += 4) lines.push('  ' + CARRIER_NAMES.slice(i, i + 4).map((c) => `${c} ${sa[c].toFixed(3)}/${sb[c].toFixed(3)}`).join('  '));
const byLang = LANGS.filter((l) => langs.has(l)).map((l) => `${l} ${cnt((r) => r.lang === l)}`);
lines.push(`languages (${langs.size}): ${byLang.join(', ')}`);
lines.push(`non-English records: ${(nonEn * 100).toFixed(1)}%`);
console.log(lines.join('\n'));
