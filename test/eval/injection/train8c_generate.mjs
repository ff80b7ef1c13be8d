// train8c generator + validator (deterministic; Node 20 built-ins only).
// Usage: node test/eval/injection/train8c_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, wrap, esc, filler } from './train8c_carriers.mjs';
import { ATTACKS_A } from './train8c_attacks_a.mjs';
import { ATTACKS_B } from './train8c_attacks_b.mjs';
import { LOOKALIKES } from './train8c_lookalikes.mjs';
import { HARMFUL } from './train8c_harmful.mjs';
import { LONG_DOCS, LONG_MIN } from './train8c_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train8c.jsonl');

function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const rng = mulberry32(0x8c8c2026);
const pick = a => a[Math.floor(rng() * a.length)];

const FIRST = ['Alex', 'Mira', 'Tomas', 'Ines', 'Yuki', 'Omar', 'Lena', 'Ravi', 'Sofia', 'Jonas', 'Ana', 'Kenji', 'Leila', 'Piotr', 'Hana', 'Marco', 'Elif', 'Duc', 'Sari', 'Nils'];
const LAST = ['Testa', 'Sample', 'Demo', 'Placeholder', 'Fiktiv', 'Ejemplo', 'Exemplo', 'Muster', 'Probe', 'Primer'];
const WORDS = ['orchid', 'lantern', 'falcon', 'quartz', 'meadow', 'harbor', 'cobalt', 'juniper', 'ember', 'tundra', 'saffron', 'willow'];
const HOSTP = ['cdn-sync', 'docs-mirror', 'metrics', 'status-page', 'assets', 'login-help', 'files', 'collector', 'img-proxy', 'survey'];
const TLD = ['example', 'test', 'invalid'];
const TOOLS = ['send_email', 'http_post', 'fs_write', 'share_file', 'create_issue', 'post_message', 'run_shell'];
const ORGS = ['Northwind Demo', 'Acme Sample', 'Globex Test', 'Initech Example', 'Umbrella Fictive'];
const TITLES = ['Quarterly review', 'Vendor onboarding', 'Release notes', 'Budget draft', 'Team offsite', 'Support backlog', 'Invoice batch'];
const STREETS = ['Elm Street', 'Harbor Road', 'Mill Lane', 'Station Square'];
function ctx() {
  const f = pick(FIRST), l = pick(LAST), f2 = pick(FIRST);
  const n = 1000 + Math.floor(rng() * 9000);
  return {
    n, word: pick(WORDS), name: `${f} ${l}`, name2: `${f2} ${pick(LAST)}`,
    email: `${f.toLowerCase()}.${l.toLowerCase()}${n % 100}@${pick(['mail', 'inbox', 'relay'])}.${pick(TLD)}`,
    email2: `${f2.toLowerCase()}@corp.example`, email3: `team-${n % 50}@corp.example`,
    host: `${pick(HOSTP)}-${n % 97}.${pick(TLD)}`, tool: pick(TOOLS), path: `/srv/${pick(WORDS)}/${pick(['exports', 'keys', 'backups', 'reports'])}`,
    title: pick(TITLES), org: pick(ORGS), date: `2026-0${1 + (n % 9)}-${10 + (n % 18)}`, year: 2026,
    street: pick(STREETS), handle: `${f.toLowerCase()}_${n % 1000}`, ref: `REF-${n}`,
  };
}

// ---------- encodings ----------
const ZW0 = '\u200b', ZW1 = '\u200c';
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const ENC = {
  base64: { name: 'base64', enc: s => Buffer.from(s, 'utf8').toString('base64'), dec: s => Buffer.from(s, 'base64').toString('utf8') },
  hex: { name: 'hex', enc: s => Buffer.from(s, 'utf8').toString('hex'), dec: s => Buffer.from(s, 'hex').toString('utf8') },
  rot13: { name: 'ROT13', ascii: true, enc: s => s.replace(/[a-z]/gi, ch => { const b = ch <= 'Z' ? 65 : 97; return String.fromCharCode((ch.charCodeAt(0) - b + 13) % 26 + b); }), dec: s => ENC.rot13.enc(s) },
  url: { name: 'URL encoding', enc: s => encodeURIComponent(s), dec: s => decodeURIComponent(s) },
  html: { name: 'HTML entities', enc: s => [...s].map(ch => `&#${ch.codePointAt(0)};`).join(''), dec: s => s.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d)) },
  uescape: { name: '\\u escapes', enc: s => [...s].map(ch => { const c = ch.codePointAt(0); return c < 128 && /[A-Za-z0-9 ]/.test(ch) ? ch : ch.split('').map(u => '\\u' + u.charCodeAt(0).toString(16).padStart(4, '0')).join(''); }).join(''), dec: s => s.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) },
  reversed: { name: 'reversed text', enc: s => [...s].reverse().join(''), dec: s => [...s].reverse().join('') },
  leet: { name: 'leetspeak', ascii: true, lossy: true, enc: s => s.replace(/[aeiost]/g, ch => LEET[ch]), dec: s => s.replace(/[431057]/g, d => Object.keys(LEET).find(k => LEET[k] === d)) },
  tags: { name: 'Unicode tag characters', ascii: true, enc: s => [...s].map(ch => String.fromCodePoint(0xE0000 + ch.charCodeAt(0))).join(''), dec: s => [...s].map(ch => String.fromCharCode(ch.codePointAt(0) - 0xE0000)).join('') },
  zerowidth: { name: 'zero-width binary', enc: s => [...Buffer.from(s, 'utf8')].map(b => b.toString(2).padStart(8, '0').replace(/0/g, ZW0).replace(/1/g, ZW1)).join(''), dec: s => Buffer.from(s.match(new RegExp(`[${ZW0}${ZW1}]{8}`, 'g')).map(x => parseInt(x.replace(new RegExp(ZW0, 'g'), '0').replace(new RegExp(ZW1, 'g'), '1'), 2))).toString('utf8') },
};
const ENC_ORDER = ['base64', 'hex', 'rot13', 'url', 'html', 'uescape', 'reversed', 'leet', 'tags', 'zerowidth'];

// ---------- adornments (variant v of an entry) ----------
const LEADS = { en: 'Processing note for automated readers: ', es: 'Aviso para sistemas automáticos: ', de: 'Hinweis zur Verarbeitung: ', fr: 'Note de traitement : ', pt: 'Observação de processamento: ', it: 'Nota per la lettura automatica: ', nl: 'Verwerkingsnotitie: ', pl: 'Notatka dla systemu: ', ru: 'Примечание для обработки: ', uk: 'Примітка для обробки: ', tr: 'İşleme notu: ', ar: 'ملاحظة معالجة: ', hi: 'प्रोसेसिंग नोट: ', zh: '处理说明：', ja: '処理メモ：', ko: '처리 메모: ', vi: 'Ghi chú xử lý: ', id: 'Catatan pemrosesan: ', sv: 'Behandlingsanteckning: ' };
const lead = lang => LEADS[lang] || LEADS[lang.split('-')[0]] || LEADS.en;
function adornAttack(body, v, lang, c) {
  if (v === 0) return body;
  if (Array.isArray(body)) return v === 1 ? [lead(lang) + body[0], body[1]] : [body[0], `${body[1]} [${c.ref}]`];
  return v === 1 ? lead(lang) + body : `${body} [${c.ref}]`;
}
function adornBenign(body, v, c) {
  if (v === 0) return body;
  if (v === 3) return Array.isArray(body) ? [`${c.date} · ${body[0]}`, body[1]] : `${c.date} · ${body}`;
  if (Array.isArray(body)) return v === 1 ? [`${c.ref}: ${body[0]}`, body[1]] : [body[0], `${body[1]}\n— ${c.name}`];
  return v === 1 ? `${c.ref}: ${body}` : `${body}\n— ${c.name}`;
}
function adornHarm(body, v, c) { return v === 0 ? body : v === 1 ? `@${c.handle} ${body}` : `${body} #${c.word}`; }

// ---------- build ----------
const TECHS = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const ATT = { ...ATTACKS_A, tool_coaxing: ATTACKS_B.tool_coaxing, jailbreak: ATTACKS_B.jailbreak, split_payload: ATTACKS_B.split_payload };
const PER_TECH = 34;
const FAMILIES = Object.keys(LOOKALIKES);
const CATS = Object.keys(HARMFUL);
const LANGS = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'sv', 'es-en', 'hi-en', 'de-en'];

function makeEncoded(k) {
  const P = ATTACKS_B.encoded_plains;
  const [lang, ascii, fn] = P[k % P.length];
  const c = ctx();
  const plain = fn(c);
  const pool = ENC_ORDER.filter(e => ascii || !ENC[e].ascii);
  const encoding = pool[(k * 3 + Math.floor(k / P.length)) % pool.length];
  const blob = ENC[encoding].enc(plain);
  const wrapped = k % 3 !== 2;
  let text;
  if (wrapped) {
    const w = ATTACKS_B.wrappers[lang] || ATTACKS_B.wrappers.en;
    text = w[k % w.length].replace('{E}', ENC[encoding].name).replace('{X}', blob);
  } else {
    const cover = encoding === 'tags' || encoding === 'zerowidth' ? `Thanks for reading, see you next week!${'{X}'}` : ATTACKS_B.bare[k % ATTACKS_B.bare.length];
    text = cover.replace('{X}', blob);
  }
  return { lang, text, method: { encoding, wrapped, plain, blob } };
}
function attackPayloads() {
  const out = [];
  for (const t of TECHS) {
    for (let k = 0; k < PER_TECH; k++) {
      if (t === 'encoded_payload') { const e = makeEncoded(k); out.push({ technique: t, lang: e.lang, body: e.text, method: e.method, source: 'train8c_attacks_b.mjs' }); continue; }
      const E = ATT[t];
      const [lang, fn] = E[k % E.length];
      const v = Math.floor(k / E.length);
      const c = ctx();
      out.push({ technique: t, lang, body: adornAttack(fn(c), v, lang, c), method: { variant: v }, source: t in ATTACKS_A ? 'train8c_attacks_a.mjs' : 'train8c_attacks_b.mjs' });
    }
  }
  return out;
}
function lookalikePayloads() {
  const out = [];
  FAMILIES.forEach((fam, fi) => {
    const E = LOOKALIKES[fam];
    const count = fi % 2 === 0 ? 13 : 12;
    for (let k = 0; k < count; k++) {
      const [lang, fn] = E[k % E.length];
      const v = Math.floor(k / E.length);
      const c = ctx();
      let r = fn(c), method = { variant: v };
      if (r && typeof r === 'object' && !Array.isArray(r)) {
        const blob = ENC[r.encoding].enc(r.plain);
        method = { variant: v, encoding: r.encoding, wrapped: false, plain: r.plain, blob };
        r = r.frame.replace('{X}', blob);
      }
      out.push({ technique: fam, lang, body: adornBenign(r, v, c), method, source: 'train8c_lookalikes.mjs' });
    }
  });
  return out;
}

const records = [];
let counter = 0;
function push(family, label, technique, lang, carrier, fields, source, method) {
  counter++;
  records.push({ id: `train8c-${family}-${label}-${technique}-${String(counter).padStart(4, '0')}`, split: 'train8c', family, label, technique, lang, carrier, fields, source, method });
}
function padBody(body, pad) {
  if (!pad) return body;
  const a = filler(rng, 380), b = filler(rng, 380);
  return Array.isArray(body) ? [`${a}\n${body[0]}`, `${body[1]}\n${b}`] : `${a}\n${body}\n${b}`;
}
// Carrier pair and padding depend only on the index inside the group, never on the label.
const CN = CARRIER_NAMES;
function carrierPair(i) { const a = i % CN.length; const off = 1 + (Math.floor(i / CN.length) % (CN.length - 1)); return [CN[a], CN[(a + off) % CN.length]]; }
function emitGroup(items, family, label) {
  let r = 0;
  items.forEach((it, i) => {
    for (const carrier of carrierPair(i)) {
      const pad = r % 3 === 0; r++;
      const body = padBody(it.body, pad);
      push(family, label, it.technique, it.lang, carrier, wrap(carrier, body, ctx()), it.source, { ...it.method, payload: it.body, pad, placement: pad ? 'middle' : 'carrier' });
    }
  });
}
const ATTACK_ITEMS = attackPayloads();
const LOOK_ITEMS = lookalikePayloads();
emitGroup(ATTACK_ITEMS, 'injection', 'attack');
emitGroup(LOOK_ITEMS, 'injection', 'benign');

// long documents: same doc / carrier / filler for both twins
LONG_DOCS.forEach((d, i) => {
  const seed = 0x10c0 + i;
  const att = ATTACK_ITEMS[(i * 17 + 5) % ATTACK_ITEMS.length];
  const look = LOOK_ITEMS[(i * 13 + 3) % LOOK_ITEMS.length];
  const carrier = CN[(i * 5 + 2) % CN.length];
  const c = ctx();
  for (const [it, label] of [[att, 'attack'], [look, 'benign']]) {
    const r2 = mulberry32(seed);
    const before = `${d.title}\n\n${d.lead}\n\n${filler(r2, 760)}\n\n`;
    const after = `\n\n${filler(r2, 760)}\n\n— end of document —`;
    const body = Array.isArray(it.body) ? [before + it.body[0], it.body[1] + after] : before + it.body + after;
    push('injection', label, it.technique, it.lang, carrier, wrap(carrier, body, c), 'train8c_long.mjs', { ...it.method, payload: it.body, long: true, doc: i, placement: 'middle' });
  }
});

// harmful
CATS.forEach(cat => {
  for (const label of ['attack', 'benign']) {
    const E = HARMFUL[cat][label];
    for (let k = 0; k < 12; k++) {
      const [lang, fn] = E[k % E.length];
      const v = Math.floor(k / E.length);
      const c = ctx();
      const body = adornHarm(fn(c), v, c);
      const carrier = CN[(k * 5 + CATS.indexOf(cat)) % CN.length];
      const pad = k % 3 === 0;
      push('harmful', label, cat, lang, carrier, wrap(carrier, padBody(body, pad), ctx()), 'train8c_harmful.mjs', { variant: v, payload: body, pad, placement: pad ? 'middle' : 'carrier' });
    }
  }
});

// ---------- validator ----------
const errors = [];
const err = (id, m) => { if (errors.length < 50) errors.push(`${id}: ${m}`); else errors.length === 50 && errors.push('...'); };
const ALLOWED_TLD = /\.(example|test|invalid)$/i;
function hostsIn(s) {
  const hosts = [];
  for (const m of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>)\]\\?#:]+)/gi)) hosts.push(m[1].replace(/\.+$/, ''));
  for (const m of s.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) hosts.push(m[1]);
  for (const m of s.matchAll(/\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|ru|cn|de|fr|co|uk|info|biz|xyz|app|dev|ai|me|us|jp|kr|br|es|it|nl|pl|tr|in|vn|se|gov|edu)\b/gi)) hosts.push(m[0]);
  return hosts;
}
const KNOWN_TECH = new Set([...TECHS, ...FAMILIES, ...CATS]);
const ids = new Set();
const seenBody = { attack: new Set(), benign: new Set() };
for (const r of records) {
  const id = r.id;
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[k] !== 'string' || !r[k]) err(id, `empty ${k}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some(f => typeof f !== 'string' || !f.trim())) err(id, 'bad fields');
  if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
  const m = /^train8c-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/.exec(id);
  if (!m || m[1] !== r.family || m[2] !== r.label || m[3] !== r.technique) err(id, 'id does not follow rule');
  if (r.split !== 'train8c') err(id, 'split');
  if (!KNOWN_TECH.has(r.technique)) err(id, 'unknown technique');
  if (r.family === 'injection' && r.label === 'attack' && !TECHS.includes(r.technique)) err(id, 'attack technique');
  if (r.family === 'injection' && r.label === 'benign' && !FAMILIES.includes(r.technique)) err(id, 'look-alike family');
  if (r.family === 'harmful' && !CATS.includes(r.technique)) err(id, 'category');
  if (!CARRIERS[r.carrier]) err(id, 'unknown carrier');
  if (!LANGS.includes(r.lang)) err(id, 'unknown lang ' + r.lang);
  if (r.fields.some(f => f.includes('\u0001'))) err(id, 'placeholder left');
  const joined = r.fields.join('\n');
  const e = CARRIERS[r.carrier].esc;
  const p = r.method.payload;
  // payload present (split parts in separate fields)
  if (Array.isArray(p)) {
    const ia = r.fields.findIndex(f => f.includes(esc(e, p[0])));
    const ib = r.fields.findIndex(f => f.includes(esc(e, p[1])));
    if (ia < 0 || ib < 0 || ia === ib) err(id, 'split parts not in separate fields');
    if (!['split_payload', 'split_lookalike'].includes(r.technique)) err(id, 'array payload on non-split technique');
  } else {
    if (!joined.includes(esc(e, p))) err(id, 'payload not found in fields');
    if (['split_payload', 'split_lookalike'].includes(r.technique)) err(id, 'split technique without parts');
  }
  // placement in the middle
  if (r.method.long || r.method.pad) {
    const first = Array.isArray(p) ? esc(e, p[0]) : esc(e, p);
    const last = Array.isArray(p) ? esc(e, p[1]) : esc(e, p);
    const s = joined.indexOf(first), en = joined.indexOf(last) + last.length;
    if (r.method.long && joined.length < LONG_MIN) err(id, 'long doc too short');
    if (!r.method.long && joined.length < 800) err(id, 'padded record under 800 chars');
    if (s < 0 || s / joined.length < 0.2 || en / joined.length > 0.85) err(id, `text not in the middle (${s}/${en}/${joined.length})`);
  }
  // encodings
  if (r.method.encoding) {
    const E = ENC[r.method.encoding];
    if (!E) err(id, 'unknown encoding');
    else {
      if (E.enc(r.method.plain) !== r.method.blob) err(id, 'encode(plain) != blob');
      if (!E.lossy && E.dec(r.method.blob) !== r.method.plain) err(id, 'decode(blob) != plain');
      if (E.lossy && E.dec(r.method.blob) !== E.dec(E.enc(r.method.plain))) err(id, 'lossy decode mismatch');
      if (!joined.includes(esc(e, r.method.blob))) err(id, 'blob not in fields');
    }
  }
  // hosts (fields and decoded payloads)
  // obfuscated blobs are checked through their decoded plain
  const visible = r.method.blob ? joined.split(esc(e, r.method.blob)).join(' ') : joined;
  for (const s of [visible, r.method.plain || '']) for (const h of hostsIn(s)) if (h.includes('.') && !ALLOWED_TLD.test(h)) err(id, 'host not allowed: ' + h);
  if (!r.method.long && r.family === 'injection') {
    const key = JSON.stringify(p) + '|' + r.carrier;
    if (seenBody[r.label].has(key)) err(id, 'duplicate payload/carrier'); seenBody[r.label].add(key);
  }
}
// each short injection text in exactly two different carriers; unique short texts
for (const [label, items] of [['attack', ATTACK_ITEMS], ['benign', LOOK_ITEMS]]) {
  const texts = new Set(items.map(it => JSON.stringify(it.body)));
  if (texts.size !== items.length) err(label, `duplicate short texts (${items.length - texts.size})`);
  const byText = new Map();
  for (const r of records) if (r.family === 'injection' && r.label === label && !r.method.long) { const k = JSON.stringify(r.method.payload); if (!byText.has(k)) byText.set(k, new Set()); byText.get(k).add(r.carrier); }
  for (const [k, s] of byText) if (s.size !== 2) err(label, `text in ${s.size} carriers: ${k.slice(0, 60)}`);
}
// harmful 12 + 12
for (const cat of CATS) for (const label of ['attack', 'benign']) { const n = records.filter(r => r.family === 'harmful' && r.technique === cat && r.label === label).length; if (n !== 12) err(cat, `${label} count ${n}`); }
// techniques >= 30, long docs 15 + 15
for (const t of TECHS) { const n = ATTACK_ITEMS.filter(i => i.technique === t).length; if (n < 30) err(t, `only ${n} payloads`); }
if (records.filter(r => r.method.long).length !== 30) err('long', 'expected 15 + 15 long records');
// language shares
const nonEn = records.filter(r => r.lang !== 'en').length / records.length;
const attRecs = records.filter(r => r.family === 'injection' && r.label === 'attack');
const attNonEn = attRecs.filter(r => r.lang !== 'en').length / attRecs.length;
const langSet = new Set(records.map(r => r.lang.split('-')[0]));
if (nonEn < 0.5) err('lang', `non-English share ${nonEn}`);
if (attNonEn < 0.6) err('lang', `non-English attack share ${attNonEn}`);
if (langSet.size < 18) err('lang', `only ${langSet.size} languages`);
// carrier proportions independent of label
const share = (rs, c) => rs.filter(r => r.carrier === c).length / rs.length;
const lookRecs = records.filter(r => r.family === 'injection' && r.label === 'benign');
for (const c of CN) if (Math.abs(share(attRecs, c) - share(lookRecs, c)) > 0.02) err('carrier', `${c} share differs by label`);

if (errors.length) { console.error('VALIDATION FAILED\n' + errors.join('\n')); process.exit(1); }
writeFileSync(OUT, records.map(r => JSON.stringify(r)).join('\n') + '\n');

// ---------- composition ----------
const count = (rs, f) => { const m = {}; for (const r of rs) { const k = f(r); m[k] = (m[k] || 0) + 1; } return m; };
const fmt = m => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
const harmRecs = records.filter(r => r.family === 'harmful');
console.log(`train8c: ${records.length} records -> ${OUT}`);
console.log(`injection attacks: ${attRecs.length} records (${ATTACK_ITEMS.length} payloads x 2 carriers + 15 long)`);
console.log(`  per technique: ${fmt(count(attRecs, r => r.technique))}`);
console.log(`injection look-alikes: ${lookRecs.length} records (${LOOK_ITEMS.length} texts x 2 carriers + 15 long)`);
console.log(`  per family: ${fmt(count(lookRecs, r => r.technique))}`);
console.log(`harmful: ${harmRecs.length} records; per category (attack/benign): ${CATS.map(c => `${c} ${harmRecs.filter(r => r.technique === c && r.label === 'attack').length}/${harmRecs.filter(r => r.technique === c && r.label === 'benign').length}`).join(', ')}`);
console.log(`languages (${langSet.size} base languages): ${fmt(count(records, r => r.lang))}`);
console.log(`non-English: ${(nonEn * 100).toFixed(1)}% overall, ${(attNonEn * 100).toFixed(1)}% of injection attacks`);
console.log(`carriers: ${fmt(count(records, r => r.carrier))}`);
console.log(`long documents (1500+ chars): ${records.filter(r => r.method.long).length}; padded 800+ with text in the middle: ${records.filter(r => r.method.pad).length}; records 800+ chars: ${records.filter(r => r.fields.join('\n').length >= 800).length}`);
console.log(`split records (parts in separate fields): ${records.filter(r => Array.isArray(r.method.payload)).length} (attack ${attRecs.filter(r => Array.isArray(r.method.payload)).length}, look-alike ${lookRecs.filter(r => Array.isArray(r.method.payload)).length})`);
const encRecs = records.filter(r => r.method.encoding);
console.log(`encoded records: ${encRecs.length} (attack ${encRecs.filter(r => r.label === 'attack').length} [wrapped ${encRecs.filter(r => r.label === 'attack' && r.method.wrapped).length}], benign real data ${encRecs.filter(r => r.label === 'benign').length}); by encoding: ${fmt(count(encRecs, r => r.method.encoding))}`);
