// blind21a generator + validator. Deterministic (seeded PRNG). Writes blind21a.jsonl only if every check passes.
// Usage: node test/eval/injection/blind21a_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, carrierPair, wrapFields } from './blind21a_carriers.mjs';
import { ATTACKS_A } from './blind21a_attacks_a.mjs';
import { ATTACKS_B } from './blind21a_attacks_b.mjs';
import { LOOKALIKES } from './blind21a_lookalikes.mjs';
import { HARMFUL } from './blind21a_harmful.mjs';
import { LONG_DOCS } from './blind21a_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'blind21a.jsonl');
const SPLIT = 'blind21a';
const PER_TECHNIQUE = 34;
const LOOKALIKE_TOTAL = 250;

// ---------- PRNG ----------
function mulberry32(a) { return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const rng = mulberry32(0x21A21A);
const pick = (a) => a[Math.floor(rng() * a.length)];
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(rng() * 10); return s; };

const WORDS = ['ledger', 'parcel', 'harbor', 'quill', 'ember', 'tally', 'orchid', 'sable', 'vertex', 'cobalt', 'meadow', 'pylon', 'rivet', 'summit', 'lumen', 'fathom'];
const TLDS = ['example', 'test', 'invalid'];
const FIRST = ['Jana', 'Omar', 'Lucia', 'Pieter', 'Hana', 'Mateus', 'Oksana', 'Farid', 'Elif', 'Sven', 'Chloe', 'Ravi'];
const LAST = ['Brandt', 'Okafor', 'Moreau', 'Visser', 'Tanaka', 'Lima', 'Kovalenko', 'Rahimi', 'Demir', 'Lund', 'Girard', 'Menon'];
function slots() {
  const w1 = pick(WORDS), w2 = pick(WORDS);
  const host = `${w1}-${w2}${digits(2)}.${pick(TLDS)}`;
  return {
    host, email: `${pick(['archive', 'sync', 'backup', 'intake', 'audit'])}${digits(2)}@${pick(WORDS)}-mail.${pick(TLDS)}`,
    name: `${pick(FIRST)} ${pick(LAST)}`, id: `${pick(['INV', 'ORD', 'REQ', 'CASE'])}-${digits(5)}`,
    amount: `${1 + Math.floor(rng() * 9)}${digits(3)}`, iban: `XT${digits(2)} 0000 ${digits(4)} ${digits(4)} 00`,
    vendor: `${w2[0].toUpperCase()}${w2.slice(1)}${pick(['Soft', 'Labs', 'Supply', 'Works'])}`,
    repo: `${pick(WORDS)}-team/${pick(WORDS)}-tools`, user: `svc_${pick(WORDS)}${digits(2)}`,
    pkg: `${pick(WORDS)}-helper`, srv: `db-${digits(2)}`, ver: `${1 + Math.floor(rng() * 5)}.${digits(1)}.${digits(1)}`,
    n: String(2 + Math.floor(rng() * 28)),
  };
}

// ---------- encodings ----------
const ROT = (s) => s.replace(/[a-zA-Z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const ENC = {
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (b) => Buffer.from(b, 'base64').toString('utf8') },
  hex: { enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (b) => Buffer.from(b, 'hex').toString('utf8') },
  rot13: { enc: ROT, dec: ROT },
  url: { enc: (s) => encodeURIComponent(s), dec: (b) => decodeURIComponent(b) },
  html_entities: { enc: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), dec: (b) => b.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d)).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') },
  unicode_escape: { enc: (s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''), dec: (b) => b.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))) },
  reversed: { enc: (s) => [...s].reverse().join(''), dec: (b) => [...b].reverse().join('') },
  leet: { enc: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]), dec: null },
  tag_chars: { enc: (s) => { if (/[^\x20-\x7e]/.test(s)) throw new Error('tag_chars needs ASCII'); return '\u{E0001}' + [...s].map((c) => String.fromCodePoint(0xE0000 + c.charCodeAt(0))).join('') + '\u{E007F}'; }, dec: (b) => [...b].map((c) => c.codePointAt(0)).filter((p) => p > 0xE0001 && p < 0xE007F).map((p) => String.fromCharCode(p - 0xE0000)).join('') },
  zero_width: { enc: (s) => '\u2060' + [...Buffer.from(s, 'utf8')].map((x) => x.toString(2).padStart(8, '0').replace(/0/g, '\u200b').replace(/1/g, '\u200c')).join('') + '\u2060', dec: (b) => { const bits = b.replace(/\u2060/g, '').replace(/\u200b/g, '0').replace(/\u200c/g, '1'); const out = []; for (let i = 0; i + 8 <= bits.length; i += 8) out.push(parseInt(bits.slice(i, i + 8), 2)); return Buffer.from(out).toString('utf8'); } },
};
const ENC_NAMES = Object.keys(ENC);
// benign placeholders in look-alikes
const PLACE = { B64: 'base64', HEX: 'hex', URL: 'url', UESC: 'unicode_escape', ENT: 'html_entities', ROT: 'rot13', REV: 'reversed' };
const ENT_NAMED = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[^\x00-\x7f]/g, (c) => `&#${c.codePointAt(0)};`);

// ---------- items ----------
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = Object.keys(LOOKALIKES);
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = new Set(['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv', 'es-en', 'de-en', 'fr-en']);
const T = { ...ATTACKS_A, ...ATTACKS_B };

const attackItems = [];
for (const tech of TECHNIQUES) {
  const seen = new Set();
  for (let i = 0, guard = 0; attackItems.filter((x) => x.technique === tech).length < PER_TECHNIQUE && guard < 1000; i++, guard++) {
    const s = slots();
    let item;
    if (tech === 'encoded_payload') {
      const [plang, plain] = T.encoded_plain[i % T.encoded_plain.length](s);
      const encoding = ENC_NAMES[i % ENC_NAMES.length];
      const blob = ENC[encoding].enc(plain);
      const [wlang, text] = T.encoded_wrappers[(i * 3 + Math.floor(i / 10)) % T.encoded_wrappers.length](blob);
      const lang = wlang === plang ? wlang : (wlang === 'en' ? plang : wlang);
      item = { technique: tech, lang, parts: [text], encoded: [{ encoding, plain, blob, decode_wrapper: !/^(ref|metadata|备注)/.test(text) }] };
    } else {
      const r = T[tech][i % T[tech].length](s);
      item = { technique: tech, lang: r[0], parts: r.slice(1) };
    }
    const key = item.parts.join('\u0001');
    if (seen.has(key)) continue;
    seen.add(key);
    attackItems.push(item);
  }
}

const lookItems = [];
FAMILIES.forEach((fam, fi) => {
  const want = Math.floor(LOOKALIKE_TOTAL / FAMILIES.length) + (fi < LOOKALIKE_TOTAL % FAMILIES.length ? 1 : 0);
  const seen = new Set();
  for (let i = 0, guard = 0; seen.size < want && guard < 500; i++, guard++) {
    const s = slots();
    const r = LOOKALIKES[fam][i % LOOKALIKES[fam].length](s);
    const encoded = [];
    const parts = r.slice(1).map((p) => p.replace(/⟦([A-Z0-9]+):([\s\S]*?)⟧/g, (_, k, plain) => {
      const encoding = PLACE[k];
      const blob = encoding === 'html_entities' ? ENT_NAMED(plain) : ENC[encoding].enc(plain);
      encoded.push({ encoding, plain, blob, decode_wrapper: false });
      return blob;
    }));
    const key = parts.join('\u0001');
    if (seen.has(key)) continue;
    seen.add(key);
    lookItems.push({ technique: fam, lang: r[0], parts, encoded });
  }
});

// ---------- records ----------
const records = [];
function push(family, label, technique, lang, carrier, fields, extra) {
  records.push({ _n: records.length, family, label, technique, lang, carrier, fields, ...extra });
}
function emitShort(items, family, label) {
  items.forEach((it, i) => {
    const pair = carrierPair(i);
    pair.forEach((carrier, j) => {
      const pad = (2 * i + j) % 3 === 0;
      const fields = wrapFields(carrier, it.parts, { rng, pad });
      const method = [it.parts.length > 1 ? 'split' : 'single', ...it.encoded?.map((e) => 'encoded:' + e.encoding) ?? [], pad ? 'padded' : 'short'].join('+');
      push(family, label, it.technique, it.lang, carrier, fields, { source: 'handwritten-template', method, _item: it, _pad: pad });
    });
  });
}
emitShort(attackItems, 'injection', 'attack');
emitShort(lookItems, 'injection', 'benign');

// long documents: attack and look-alike at the same spot
const longAttackTechs = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'jailbreak', 'encoded_payload'];
const longLookFams = FAMILIES.filter((f) => f !== 'split_lookalike');
LONG_DOCS.forEach((d, di) => {
  const tech = longAttackTechs[di % longAttackTechs.length];
  const pool = attackItems.filter((x) => x.technique === tech);
  const at = pool[(di * 7) % pool.length];
  const fam = longLookFams[(di * 3) % longLookFams.length];
  const lpool = lookItems.filter((x) => x.technique === fam);
  const lk = lpool[di % lpool.length];
  for (const [label, it] of [['attack', at], ['benign', lk]]) {
    const body = d.before + '\n\n' + it.parts[0] + '\n\n' + d.after;
    const fields = [CARRIERS[d.carrier](body, { rng, pad: true, k: 0 })];
    const lang = d.lang === it.lang ? d.lang : (it.lang === 'en' ? d.lang : `${d.lang}`);
    push('injection', label, it.technique, lang, d.carrier, fields, { source: 'handwritten-long', method: 'long+buried' + (it.encoded?.length ? '+encoded:' + it.encoded[0].encoding : ''), _item: { ...it, parts: [it.parts[0]] }, _long: true, _pad: true });
  }
});

// harmful
CATEGORIES.forEach((cat) => {
  for (const label of ['attack', 'benign']) {
    HARMFUL[cat][label].forEach(([lang, text], i) => {
      const carrier = carrierPair(i + CATEGORIES.indexOf(cat) * 12)[0];
      const pad = i % 3 === 0;
      push('harmful', label, cat, lang, carrier, wrapFields(carrier, [text], { rng, pad }), { source: 'handwritten', method: pad ? 'single+padded' : 'single+short', _item: { parts: [text], encoded: [] }, _pad: pad });
    });
  }
});

// ids
const counters = {};
records.forEach((r, i) => { r.id = `${SPLIT}-${r.family}-${r.label}-${r.technique}-${String(i + 1).padStart(4, '0')}`; });

// ---------- validator ----------
const errors = [];
const err = (r, m) => { if (errors.length < 50) errors.push(`${r?.id ?? '-'}: ${m}`); };
const ID_RE = /^blind21a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/;
const HOST_OK = (h) => { h = h.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h); };
function hostsIn(text) {
  const out = [];
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^/\s"'<>)\]\\?#]+)/gi)) out.push(m[1].replace(/^[^@]*@/, ''));
  for (const m of text.matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) out.push(m[1]);
  for (const m of text.matchAll(/\bwww\.[a-z0-9.-]+/gi)) out.push(m[0]);
  return out;
}
function unescapeCarrier(s) { return s.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/""/g, '"'); }
const ids = new Set();
for (const r of records) {
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (k !== 'split' && (typeof r[k] !== 'string' || !r[k].trim())) err(r, `empty ${k}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) err(r, 'bad fields');
  const m = ID_RE.exec(r.id);
  if (!m || m[1] !== r.family || m[2] !== r.label || m[3] !== r.technique) err(r, 'id does not follow the rule');
  if (ids.has(r.id)) err(r, 'duplicate id'); ids.add(r.id);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) err(r, 'unknown technique');
  if (r.family === 'injection' && r.label === 'benign' && !FAMILIES.includes(r.technique)) err(r, 'unknown family');
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) err(r, 'unknown category');
  if (!['injection', 'harmful'].includes(r.family) || !['attack', 'benign'].includes(r.label)) err(r, 'unknown family/label');
  if (!CARRIER_NAMES.includes(r.carrier)) err(r, 'unknown carrier');
  if (!LANGS.has(r.lang)) err(r, 'unknown language ' + r.lang);
  const joined = r.fields.join('\n');
  const un = unescapeCarrier(joined);
  // obfuscated blobs (rot13, leet, reversed) are not host names; their decoded form is checked below
  let scan = joined;
  for (const e of r._item.encoded ?? []) if (['rot13', 'leet', 'reversed'].includes(e.encoding)) scan = scan.split(e.blob).join(' ');
  for (const h of hostsIn(scan)) if (!HOST_OK(h)) err(r, 'host not allowed: ' + h);
  // the text is present (line by line) and, for split records, each part sits in its own field
  const it = r._item;
  it.parts.forEach((p, pi) => {
    for (const line of p.split('\n').map((x) => x.trim()).filter(Boolean)) if (!un.includes(line) && !joined.includes(line)) err(r, `part ${pi} line missing: ${line.slice(0, 40)}`);
  });
  if (it.parts.length > 1) {
    if (r.fields.length < it.parts.length) err(r, 'split parts not in separate fields');
    it.parts.forEach((p, pi) => { const first = p.split('\n').map((x) => x.trim()).filter(Boolean)[0]; const fi = r.fields.findIndex((f) => unescapeCarrier(f).includes(first) || f.includes(first)); if (fi !== pi) err(r, `split part ${pi} in field ${fi}`); });
  }
  for (const e of it.encoded ?? []) {
    const blobIn = joined.includes(e.blob) || joined.includes(e.blob.replace(/"/g, '\\"')) || joined.includes(e.blob.replace(/"/g, '""'));
    if (!blobIn) err(r, 'encoded blob not found in fields');
    if (e.encoding === 'leet') { if (ENC.leet.enc(e.plain) !== e.blob || e.blob === e.plain) err(r, 'leet mismatch'); }
    else if (e.encoding === 'html_entities') { if (ENC.html_entities.dec(e.blob) !== e.plain) err(r, 'entities decode mismatch'); }
    else if (ENC[e.encoding].dec(e.blob) !== e.plain) err(r, `${e.encoding} decode mismatch`);
    for (const h of hostsIn(e.plain)) if (!HOST_OK(h)) err(r, 'host not allowed in decoded payload: ' + h);
  }
  if (r._long) {
    const f = r.fields[0];
    if (f.length < 1500) err(r, `long doc too short (${f.length})`);
    const first = it.parts[0].split('\n').map((x) => x.trim()).filter(Boolean)[0];
    const pos = Math.max(f.indexOf(first), unescapeCarrier(f).indexOf(first));
    const L = f.length; if (pos < 0 || pos / L < 0.2 || pos / L > 0.8) err(r, `buried text not in the middle (${pos}/${L})`);
  } else if (r._pad) {
    const f = r.fields[0];
    if (f.length < 800) err(r, `padded record under 800 chars (${f.length})`);
    const first = it.parts[0].split('\n').map((x) => x.trim()).filter(Boolean)[0];
    const pos = Math.max(f.indexOf(first), unescapeCarrier(f).indexOf(first));
    if (pos < 0 || pos / f.length < 0.2 || pos / f.length > 0.8) err(r, `padded text not in the middle (${pos}/${f.length})`);
  }
}
// each short injection text in two different carriers
for (const [items, label] of [[attackItems, 'attack'], [lookItems, 'benign']]) {
  for (const it of items) {
    const rs = records.filter((r) => r._item === it);
    if (rs.length !== 2 || rs[0].carrier === rs[1].carrier) err(rs[0], `${label} item not in two distinct carriers`);
  }
}
// technique / family counts
for (const t of TECHNIQUES) { const n = attackItems.filter((x) => x.technique === t).length; if (n < 30) err(null, `technique ${t} has ${n} payloads (<30)`); }
for (const f of FAMILIES) { const n = lookItems.filter((x) => x.technique === f).length; if (n < 10) err(null, `family ${f} has ${n} texts (<10)`); }
if (FAMILIES.length < 20) err(null, 'fewer than 20 look-alike families');
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) { const n = records.filter((r) => r.family === 'harmful' && r.technique === c && r.label === l).length; if (n !== 12) err(null, `harmful ${c}/${l}: ${n} != 12`); }
// carrier assignment independent of the label: same carriers, same proportions
const short = records.filter((r) => r.family === 'injection' && !r._long);
const dist = (lab) => { const rs = short.filter((r) => r.label === lab); const d = {}; for (const c of CARRIER_NAMES) d[c] = rs.filter((r) => r.carrier === c).length / rs.length; return d; };
const da = dist('attack'), db = dist('benign');
for (const c of CARRIER_NAMES) { if (!da[c] || !db[c]) err(null, `carrier ${c} missing for one label`); if (Math.abs(da[c] - db[c]) > 0.02) err(null, `carrier ${c} proportion differs: ${da[c].toFixed(3)} vs ${db[c].toFixed(3)}`); }
const langs = new Set(records.map((r) => r.lang));
const nonEn = records.filter((r) => r.lang !== 'en').length / records.length;
if (langs.size < 18) err(null, `only ${langs.size} languages`);
if (nonEn < 0.5) err(null, `non-English share ${nonEn.toFixed(3)} < 0.5`);
const long800 = records.filter((r) => r.fields.join('\n').length >= 800).length / records.length;
if (long800 < 0.28 || long800 > 0.45) err(null, `share of 800+ char records ${long800.toFixed(3)} not about a third`);

// ---------- composition ----------
const count = (rs, key) => { const m = {}; for (const r of rs) m[r[key]] = (m[r[key]] || 0) + 1; return Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '); };
const inj = records.filter((r) => r.family === 'injection');
console.log(`blind21a: ${records.length} records`);
console.log(`injection attacks: ${inj.filter((r) => r.label === 'attack').length} records from ${attackItems.length} payloads x 2 carriers + ${LONG_DOCS.length} long`);
console.log('  per technique (records): ' + count(inj.filter((r) => r.label === 'attack'), 'technique'));
console.log(`injection look-alikes: ${inj.filter((r) => r.label === 'benign').length} records from ${lookItems.length} texts x 2 carriers + ${LONG_DOCS.length} long, ${FAMILIES.length} families`);
console.log('  per family (records): ' + count(inj.filter((r) => r.label === 'benign'), 'technique'));
console.log(`harmful: ${records.filter((r) => r.family === 'harmful').length} records`);
for (const c of CATEGORIES) console.log(`  ${c}: attack=${records.filter((r) => r.family === 'harmful' && r.technique === c && r.label === 'attack').length} benign=${records.filter((r) => r.family === 'harmful' && r.technique === c && r.label === 'benign').length}`);
console.log(`languages (${langs.size}), non-English ${(nonEn * 100).toFixed(1)}%: ` + count(records, 'lang'));
console.log('carriers: ' + count(records, 'carrier'));
const encRecs = records.filter((r) => r._item.encoded?.length);
console.log(`long docs: ${records.filter((r) => r._long).length} (${LONG_DOCS.length} attack + ${LONG_DOCS.length} look-alike); 800+ char records: ${(long800 * 100).toFixed(1)}%`);
console.log(`split: ${records.filter((r) => r._item.parts.length > 1).length} records (attack ${records.filter((r) => r._item.parts.length > 1 && r.label === 'attack').length}, look-alike ${records.filter((r) => r._item.parts.length > 1 && r.label === 'benign').length})`);
console.log(`encoded: ${encRecs.length} records (attack ${encRecs.filter((r) => r.label === 'attack').length}, benign real data ${encRecs.filter((r) => r.label === 'benign').length}); encodings: ` + (() => { const m = {}; for (const r of encRecs) for (const e of r._item.encoded) m[e.encoding] = (m[e.encoding] || 0) + 1; return Object.entries(m).map(([k, v]) => `${k}=${v}`).join(' '); })());

if (errors.length) { console.error(`VALIDATION FAILED (${errors.length}${errors.length >= 50 ? '+' : ''} problems), nothing written:`); for (const e of errors) console.error('  ' + e); process.exit(1); }
const lines = records.map((r) => JSON.stringify({ id: r.id, split: SPLIT, family: r.family, label: r.label, technique: r.technique, lang: r.lang, carrier: r.carrier, fields: r.fields, source: r.source, method: r.method }));
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`validation passed; wrote ${lines.length} records to test/eval/injection/blind21a.jsonl`);
