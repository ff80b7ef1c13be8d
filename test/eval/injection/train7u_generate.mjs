// train7u generator: node test/eval/injection/train7u_generate.mjs
// Deterministic, Node built-ins only. Writes train7u.jsonl next to this file, validates every record,
// prints the composition, exits 1 on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIER_NAMES, frame, rng } from './train7u_carriers.mjs';
import { LOOKALIKES_A } from './train7u_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train7u_lookalikes_b.mjs';
import { LOOKALIKES_C } from './train7u_lookalikes_c.mjs';
import { LOOKALIKES_D } from './train7u_lookalikes_d.mjs';
import { ATTACKS_A } from './train7u_attacks_a.mjs';
import { ATTACKS_B } from './train7u_attacks_b.mjs';
import { ATTACKS_C } from './train7u_attacks_c.mjs';
import { HARMFUL } from './train7u_harmful.mjs';

const SPLIT = 'train7u';
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const BENIGN_FAMILIES = ['email_business', 'calendar_note', 'ticket_quote', 'crm_note', 'chat_ops', 'meeting_minutes', 'docs_imperative', 'build_instructions', 'policy_text',
  'ai_release_notes', 'ai_usage_policy', 'prompt_course', 'chatbot_bug_report', 'assistant_changelog', 'agent_config', 'security_advisory', 'redteam_report', 'moderation_log', 'security_article',
  'encoded_attachment', 'hex_dump', 'url_query', 'hidden_ui', 'html_comment_build', 'template_tutorial', 'code_fixture', 'phrasebook', 'commit_review', 'agent_memory_notes', 'log_lines',
  'spreadsheet_rows', 'search_json_results', 'howto_guide', 'split_lookalike'];
const LONG_P = 0.34;

// ---- lossless encodings -------------------------------------------------------------------
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENT = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (x) => Buffer.from(x, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (x) => Buffer.from(x, 'hex').toString('utf8')],
  hexsp: [(s) => Buffer.from(s, 'utf8').toString('hex').match(/../g).join(' '), (x) => Buffer.from(x.replace(/ /g, ''), 'hex').toString('utf8')],
  url: [(s) => encodeURIComponent(s).replace(/%3D/g, '=').replace(/%26/g, '&'), (x) => decodeURIComponent(x)],
  entities: [(s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), (x) => x.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))],
  entities_min: [(s) => s.replace(/[&<>"']/g, (c) => ENT[c]), (x) => x.replace(/&(amp|lt|gt|quot|#39);/g, (m) => Object.keys(ENT).find((k) => ENT[k] === m))],
  uescape: [(s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''), (x) => JSON.parse('"' + x + '"')],
  rot13: [rot13, rot13],
  reverse: [(s) => [...s].reverse().join(''), (x) => [...x].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (x) => x.replace(/[431057]/g, (c) => UNLEET[c])],
  tags: [(s) => [...s].map((c) => String.fromCodePoint(0xE0000 + c.charCodeAt(0))).join(''), (x) => [...x].map((c) => String.fromCharCode(c.codePointAt(0) - 0xE0000)).join('')],
  zw: [(s) => [...s].join('\u200b'), (x) => x.replace(/\u200b/g, '')],
};

const errors = [];
const fail = (m) => errors.push(m);

// ---- collect items --------------------------------------------------------------------------
const items = []; // {family, label, technique, lang, parts, method, plain, encoded}
function addEntry(family, label, technique, e) {
  let lang, parts, method, plain, encoded;
  if (Array.isArray(e)) { lang = e[0]; parts = Array.isArray(e[1]) ? e[1] : [e[1]]; }
  else {
    lang = e.lang; method = e.enc; plain = e.plain;
    if (!ENC[method]) { fail(`unknown encoding ${method}`); return; }
    if (method === 'tags' && /[^\x20-\x7e]/.test(plain)) fail(`tags plain not printable ASCII: ${plain}`);
    if (method === 'leet' && /[0-9A-Z]/.test(plain)) fail(`leet plain must be lowercase without digits: ${plain}`);
    if (method === 'zw' && plain.includes('\u200b')) fail('zw plain contains U+200B');
    encoded = ENC[method][0](plain);
    if (ENC[method][1](encoded) !== plain) fail(`encoding ${method} not lossless for: ${plain}`);
    if (encoded === plain) fail(`encoding ${method} did not change: ${plain}`);
    if (!e.tpl.includes('{X}')) fail(`template without {X}: ${e.tpl}`);
    parts = [e.tpl.replace('{X}', () => encoded)];
  }
  items.push({ family, label, technique, lang, parts, method, plain, encoded });
}
for (const src of [LOOKALIKES_A, LOOKALIKES_B, LOOKALIKES_C, LOOKALIKES_D]) for (const [fam, list] of Object.entries(src)) for (const e of list) addEntry('injection', 'benign', fam, e);
for (const src of [ATTACKS_A, ATTACKS_B, ATTACKS_C]) for (const [tech, list] of Object.entries(src)) for (const e of list) addEntry('injection', 'attack', tech, e);
for (const [cat, byLabel] of Object.entries(HARMFUL)) for (const label of ['attack', 'benign']) for (const e of byLabel[label]) addEntry('harmful', label, cat, e);

// ---- frame each item in two different carriers ---------------------------------------------
const hashStr = (s) => { let h = 2166136261; for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; };
const cursor = {}; // per family/label rotation so carriers are spread evenly over both labels
const records = [];
const counters = {};
const seenText = new Map();
for (const it of items) {
  const key = `${it.family}|${it.label}`;
  const r0 = rng(hashStr(key + '|order'));
  if (!(key in cursor)) cursor[key] = Math.floor(r0() * CARRIER_NAMES.length);
  const n = CARRIER_NAMES.length;
  const c1 = CARRIER_NAMES[cursor[key] % n];
  const c2 = CARRIER_NAMES[(cursor[key] + 1 + (cursor[key] * 5) % (n - 1)) % n];
  cursor[key] += 1;
  const textKey = it.parts.join('\u0000');
  if (seenText.has(textKey)) fail(`duplicate payload text: ${it.parts[0].slice(0, 60)}`);
  seenText.set(textKey, true);
  const cnt = (counters[`${it.family}|${it.label}|${it.technique}`] ||= { n: 0 });
  const gnum = String(cnt.n / 1 + 1).padStart(4, '0');
  const group = `train7u-${it.family}-${it.label}-${it.technique}-g${gnum}`;
  cnt.n += 1;
  for (const [k, carrier] of [[0, c1], [1, c2]]) {
    const r = rng(hashStr(`${group}|${carrier}|${k}`));
    const long = r() < LONG_P;
    const fields = frame(carrier, it.parts, { lang: it.lang, long, r });
    const idn = String(cnt.n * 2 - 1 + k).padStart(4, '0');
    const rec = { id: `train7u-${it.family}-${it.label}-${it.technique}-${idn}`, split: SPLIT, family: it.family, label: it.label, technique: it.technique, lang: it.lang, carrier, group, fields };
    if (it.method) rec.method = it.method;
    if (it.parts.length > 1) rec.parts = it.parts.length;
    rec._it = it;
    records.push(rec);
  }
}

// ---- validation -------------------------------------------------------------------------------
const ALLOWED_HOST = /\.(example|test|invalid)$/i;
const BARE_TLD = /\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|gov|edu|info|biz|xyz|ru|cn|jp|uk|us|br|ly|gg))\b/gi;
function checkHosts(text, where) {
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>()?#\]]+)/gi)) {
    const host = m[1].replace(/^.*@/, '').replace(/:\d+$/, '');
    if (!ALLOWED_HOST.test(host)) fail(`${where}: host not allowed: ${host}`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!ALLOWED_HOST.test(m[1])) fail(`${where}: mail domain not allowed: ${m[1]}`);
  for (const m of text.matchAll(BARE_TLD)) fail(`${where}: bare host-like name: ${m[1]}`);
}
const ids = new Set();
const groups = new Map();
for (const rec of records) {
  const it = rec._it; const w = rec.id;
  if (ids.has(rec.id)) fail(`duplicate id ${rec.id}`); ids.add(rec.id);
  for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'group']) if (typeof rec[k] !== 'string' || !rec[k].trim()) fail(`${w}: empty ${k}`);
  if (!['injection', 'harmful'].includes(rec.family)) fail(`${w}: family`);
  if (!['attack', 'benign'].includes(rec.label)) fail(`${w}: label`);
  if (!LANGS.includes(rec.lang)) fail(`${w}: unknown lang ${rec.lang}`);
  if (!CARRIER_NAMES.includes(rec.carrier)) fail(`${w}: unknown carrier`);
  if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) fail(`${w}: unknown category`);
  if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) fail(`${w}: unknown technique`);
  if (rec.family === 'injection' && rec.label === 'benign' && !BENIGN_FAMILIES.includes(rec.technique)) fail(`${w}: unknown look-alike family ${rec.technique}`);
  if (!Array.isArray(rec.fields) || !rec.fields.length) fail(`${w}: no fields`);
  for (const f of rec.fields) if (typeof f !== 'string' || !f.trim()) fail(`${w}: empty field`);
  // payload verbatim, each part in its own field
  const idx = it.parts.map((p) => rec.fields.findIndex((f) => f.includes(p)));
  idx.forEach((i, n) => { if (i < 0) fail(`${w}: part ${n} not verbatim in fields`); });
  if (new Set(idx).size !== idx.length) fail(`${w}: split parts share a field`);
  if (rec.technique === 'split_payload' && it.parts.length !== 2) fail(`${w}: split_payload needs two parts`);
  if (it.parts.some((p) => !p.trim())) fail(`${w}: empty part`);
  if (it.encoded !== undefined) {
    if (!rec.fields.join('\n').includes(it.encoded)) fail(`${w}: encoded text missing`);
    if (ENC[it.method][1](it.encoded) !== it.plain) fail(`${w}: decode mismatch`);
    checkHosts(it.plain, w + ' (decoded)');
  }
  if (rec.technique === 'encoded_payload' && !it.method) fail(`${w}: encoded_payload without encoding`);
  for (const f of rec.fields) checkHosts(f, w);
  const g = groups.get(rec.group) || []; g.push(rec); groups.set(rec.group, g);
}
for (const [g, recs] of groups) {
  if (recs.length !== 2) fail(`group ${g} has ${recs.length} records`);
  else if (recs[0].carrier === recs[1].carrier) fail(`group ${g} uses one carrier twice`);
  else if (recs[0]._it !== recs[1]._it) fail(`group ${g} mixes payloads`);
}

// ---- write + composition ------------------------------------------------------------------
const out = records.map((r) => { const { _it, ...rest } = r; return JSON.stringify(rest); }).join('\n') + '\n';
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'train7u.jsonl'), out);

const tally = (f) => records.reduce((m, r) => { const k = f(r); m[k] = (m[k] || 0) + 1; return m; }, {});
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
const len = (r) => r.fields.join('\n').length;
const distinct = (f) => new Set(items.filter(f)).size;
console.log(`records: ${records.length}  groups: ${groups.size}`);
console.log(`injection attack: ${tally((r) => r.family + '/' + r.label)['injection/attack']} records from ${distinct((i) => i.family === 'injection' && i.label === 'attack')} payloads`);
console.log(`injection benign: ${tally((r) => r.family + '/' + r.label)['injection/benign']} records from ${distinct((i) => i.family === 'injection' && i.label === 'benign')} look-alike texts in ${BENIGN_FAMILIES.length} families`);
console.log(`harmful: ${records.filter((r) => r.family === 'harmful').length} records from ${distinct((i) => i.family === 'harmful')} texts`);
console.log('attack techniques (records):', fmt(tally((r) => r.family === 'injection' && r.label === 'attack' ? r.technique : '-')));
console.log('look-alike families (records):', fmt(tally((r) => r.family === 'injection' && r.label === 'benign' ? r.technique : '-')));
console.log('harmful category/label:', fmt(tally((r) => r.family === 'harmful' ? `${r.technique}/${r.label}` : '-')));
console.log('carriers:', fmt(tally((r) => r.carrier)));
console.log('carrier x label (injection attack/benign):', CARRIER_NAMES.map((c) => `${c}=${records.filter((r) => r.carrier === c && r.family === 'injection' && r.label === 'attack').length}/${records.filter((r) => r.carrier === c && r.family === 'injection' && r.label === 'benign').length}`).join(' '));
console.log('langs:', fmt(tally((r) => r.lang)));
const nonEn = (f) => { const s = records.filter(f); return `${s.filter((r) => r.lang !== 'en').length}/${s.length}`; };
console.log(`non-English: all ${nonEn(() => true)}; injection attack ${nonEn((r) => r.family === 'injection' && r.label === 'attack')}; injection benign ${nonEn((r) => r.family === 'injection' && r.label === 'benign')}; harmful ${nonEn((r) => r.family === 'harmful')}`);
const longF = (f) => { const s = records.filter(f); return `${s.filter((r) => len(r) >= 800).length}/${s.length}`; };
console.log(`long (>=800 chars): all ${longF(() => true)}; attack ${longF((r) => r.label === 'attack')}; benign ${longF((r) => r.label === 'benign')}`);
console.log('encodings (records):', fmt(tally((r) => r.method || '-')));
console.log(`multi-part texts (records): ${records.filter((r) => r.parts).length}`);
if (errors.length) { console.error(`\n${errors.length} violation(s):`); for (const e of errors.slice(0, 80)) console.error('  ' + e); process.exit(1); }
console.log('validation: OK');
