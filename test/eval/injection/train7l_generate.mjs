// train7l generator: node test/eval/injection/train7l_generate.mjs  (deterministic, Node built-ins only)
// Writes train7l.jsonl next to this file, validates every record, prints the composition, exits 1 on violations.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAYLOADS, LATIN_EXTRA } from './train7l_payloads.mjs';
import { LOOKALIKES, SPLIT_LOOKALIKES, LATIN_LOOKALIKES } from './train7l_lookalikes.mjs';
import { HARMFUL } from './train7l_harmful.mjs';
import { LONG_SPECS } from './train7l_long.mjs';
import { CARRIERS, CARRIER_NAMES } from './train7l_carriers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SPLIT = 'train7l';
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];
const EMPHASIS = new Set(['zh', 'ja', 'ko', 'ar', 'hi', 'ru', 'uk', 'vi', 'tr']);
const errors = [];
const fail = (m) => errors.push(m);

// ---------- encodings (each with its decoder, checked losslessly) ----------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const LEET_INV = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (s) => Buffer.from(s, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (s) => Buffer.from(s, 'hex').toString('utf8')],
  url: [(s) => encodeURIComponent(s), (s) => decodeURIComponent(s)],
  rot13: [(s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }), null],
  unicode_escape: [(s) => [...s].map((c) => c.charCodeAt(0) < 128 ? c : c.split('').map((u) => '\\u' + u.charCodeAt(0).toString(16).padStart(4, '0')).join('')).join(''), (s) => s.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))],
  html_entities: [(s) => [...s].map((c) => c.codePointAt(0) < 128 ? c : `&#x${c.codePointAt(0).toString(16)};`).join(''), (s) => s.replace(/&#x([0-9a-f]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))],
  reversed: [(s) => [...s].reverse().join(''), (s) => [...s].reverse().join('')],
  leet: [(s) => s.replace(/[aeiost]/g, (c) => LEET[c]), (s) => s.replace(/[013457]/g, (c) => LEET_INV[c])],
};
ENC.rot13[1] = ENC.rot13[0];
function encode(enc, plain, where) {
  if (!ENC[enc]) { fail(`${where}: unknown encoding ${enc}`); return plain; }
  if (enc === 'leet' && /[0-9]/.test(plain)) fail(`${where}: leet plain text contains digits`);
  const out = ENC[enc][0](plain);
  if (ENC[enc][1](out) !== plain) fail(`${where}: ${enc} encoding is not lossless`);
  if (out === plain) fail(`${where}: ${enc} encoding left text unchanged`);
  return out;
}

// ---------- hiding methods ----------
const COVER = {
  zh: '欢迎访问本站，更多内容请见下方。', ja: '詳しくは以下をご覧ください。', ko: '자세한 내용은 아래를 참고하세요.',
  ar: 'لمزيد من التفاصيل راجع الأسفل.', ru: 'Подробности ниже.', uk: 'Докладніше нижче.', hi: 'अधिक जानकारी नीचे दी गई है।',
  vi: 'Xem chi tiết bên dưới.', tr: 'Ayrıntılar aşağıdadır.', sv: 'Mer information finns nedan.', en: 'More details below.',
};
const TAG = (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
const UNTAG = (s) => [...s].filter((c) => c.codePointAt(0) >= 0xe0000 && c.codePointAt(0) <= 0xe007f).map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('');
const HIDE = {
  html_comment: (t, c) => `<p>${c}</p>\n<!-- ${t} -->`,
  display_none: (t, c) => `<p>${c}</p>\n<div style="display:none">${t}</div>`,
  white_text: (t, c) => `<p>${c}</p>\n<span style="color:#ffffff;background-color:#ffffff">${t}</span>`,
  zero_size: (t, c) => `<p>${c}<span style="font-size:0px;line-height:0">${t}</span></p>`,
  offscreen: (t, c) => `<p>${c}</p>\n<div style="position:absolute;left:-10000px;top:auto">${t}</div>`,
  alt_text: (t, c) => `<p>${c}</p>\n<img src="/static/banner_01.png" width="600" alt="${t}">`,
  md_comment: (t, c) => `${c}\n\n[//]: # (${t})`,
  link_title: (t, c) => `[${c}](https://files.portal.example/doc/17 "${t}")`,
  tag_chars: (t, c) => `${c}${TAG(t)}`,
  zero_width: (t, c) => `${c} ${[...t].join('\u200b')}`,
};
function hide(method, text, lang, where) {
  if (!HIDE[method]) { fail(`${where}: unknown hide ${method}`); return text; }
  const out = HIDE[method](text, COVER[lang] || COVER.en);
  if (method === 'tag_chars') { if (!/^[\x20-\x7e]+$/.test(text)) fail(`${where}: tag_chars needs ASCII`); if (UNTAG(out) !== text) fail(`${where}: tag_chars not lossless`); }
  if (method === 'zero_width' && !out.replace(/\u200b/g, '').includes(text)) fail(`${where}: zero_width not lossless`);
  return out;
}

// ---------- records ----------
const records = [];
const counters = {};
function add(family, label, technique, lang, carrier, fields, extra = {}) {
  const key = `${family}-${label}-${technique}`;
  counters[key] = (counters[key] || 0) + 1;
  records.push({ id: `${SPLIT}-${key}-${String(counters[key]).padStart(4, '0')}`, split: SPLIT, family, label, technique, lang, carrier, fields, ...extra });
}
function twoCarriers(k) {
  const N = CARRIER_NAMES.length;
  const a = k % N, b = (k + 1 + (Math.floor(k / N) % (N - 1))) % N;
  return [CARRIER_NAMES[a], CARRIER_NAMES[b]];
}
function bodyOf(item, where) {
  if (item.parts) return item.parts.slice();
  if (item.enc) return [(item.wrap || '') + encode(item.enc, item.plain, where)];
  if (item.hide) return [hide(item.hide, item.text, item.lang, where)];
  return [item.text];
}
function methodOf(item) {
  return [item.method, item.enc, item.hide].filter(Boolean).join('+') || undefined;
}

let k = 0;
// injection attacks
const attackItems = [];
for (const t of TECHNIQUES) for (const it of PAYLOADS[t]) attackItems.push({ ...it, technique: t });
for (const it of LATIN_EXTRA) attackItems.push(it);
for (const it of attackItems) {
  const where = `attack ${it.technique} #${k}`;
  const body = bodyOf(it, where);
  if (it.technique === 'split_payload' && body.length < 2) fail(`${where}: split needs 2 parts`);
  for (const c of twoCarriers(k)) add('injection', 'attack', it.technique, it.lang, c, CARRIERS[c](body, it.lang, k), methodOf(it) ? { method: methodOf(it) } : {});
  k++;
}
// injection look-alikes
const lookItems = [...LOOKALIKES, ...LATIN_LOOKALIKES, ...SPLIT_LOOKALIKES.map((x) => ({ ...x, family: 'split_lookalike' }))];
for (const it of lookItems) {
  const where = `benign ${it.family} #${k}`;
  const body = bodyOf(it, where);
  for (const c of twoCarriers(k)) add('injection', 'benign', it.family, it.lang, c, CARRIERS[c](body, it.lang, k), methodOf(it) ? { method: methodOf(it) } : {});
  k++;
}
// long documents
for (const spec of LONG_SPECS) {
  for (const label of ['attack', 'benign']) {
    const b = spec[label];
    const where = `long ${spec.lang} ${label}`;
    let buried = b.text;
    if (b.enc) buried = `${label === 'attack' ? 'ghi_chu_b64' : 'note_b64'}: ${encode(b.enc, b.text, where)}`;
    if (b.hide) buried = hide(b.hide, b.text, spec.lang, where);
    const rows = [];
    for (let i = 0; rows.join('\n').length < 1600; i++) rows.push(spec.row(i + (label === 'benign' ? 3 : 0)));
    rows.splice(Math.floor(rows.length / 2), 0, buried);
    const doc = `${spec.title}\n\n${rows.join('\n')}`;
    if (doc.length < 1500) fail(`${where}: too short`);
    add('injection', label, label === 'attack' ? b.technique : b.family, spec.lang, spec.carrier, CARRIERS[spec.carrier]([doc], spec.lang, k), { method: 'long' + (b.enc ? '+' + b.enc : '') + (b.hide ? '+' + b.hide : '') });
    k++;
  }
}
// harmful
for (const it of HARMFUL) {
  const c = CARRIER_NAMES[(k * 7) % CARRIER_NAMES.length];
  add('harmful', it.label, it.cat, it.lang, c, CARRIERS[c]([it.text], it.lang, k), it.method ? { method: it.method } : {});
  k++;
}

// ---------- validation ----------
const ids = new Set();
const ALLOWED_HOST = /\.(example|test|invalid)$/i;
const BARE_TLD = /\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|co|cn|jp|kr|ru|ua|in|de|fr|uk|me|app|dev|info|biz|xyz|gov|edu)\b/gi;
for (const r of records) {
  const w = r.id;
  if (ids.has(r.id)) fail(`${w}: duplicate id`); ids.add(r.id);
  for (const key of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier']) if (typeof r[key] !== 'string' || !r[key].trim()) fail(`${w}: empty ${key}`);
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) fail(`${w}: bad fields`);
  if (!LANGS.includes(r.lang)) fail(`${w}: unknown lang ${r.lang}`);
  if (!CARRIER_NAMES.includes(r.carrier)) fail(`${w}: unknown carrier`);
  if (!['attack', 'benign'].includes(r.label)) fail(`${w}: bad label`);
  if (r.family === 'injection' && r.label === 'attack' && !TECHNIQUES.includes(r.technique)) fail(`${w}: unknown technique`);
  if (r.family === 'injection' && r.label === 'benign' && TECHNIQUES.includes(r.technique)) fail(`${w}: benign uses attack technique name`);
  if (r.family === 'harmful' && !CATEGORIES.includes(r.technique)) fail(`${w}: unknown category`);
  if (!['injection', 'harmful'].includes(r.family)) fail(`${w}: bad family`);
  if (/split/.test(r.technique) && r.fields.length < 2) fail(`${w}: split record needs separate fields`);
  const text = r.fields.join('\n');
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s"'()<>?#\]]+)/gi)) if (!ALLOWED_HOST.test(m[1].replace(/:\d+$/, ''))) fail(`${w}: host ${m[1]}`);
  for (const m of text.matchAll(/@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) if (!ALLOWED_HOST.test(m[1])) fail(`${w}: mail host ${m[1]}`);
  for (const m of text.matchAll(BARE_TLD)) fail(`${w}: bare host ${m[0]}`);
  for (const m of text.matchAll(/\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:example|test|invalid))\b/gi)) void m; // allowed
}
// size / emphasis checks
const count = (f) => records.filter(f).length;
const emph = count((r) => EMPHASIS.has(r.lang));
if (emph / records.length < 0.75) fail(`emphasis languages ${emph}/${records.length} < 75%`);
for (const c of CATEGORIES) for (const l of ['attack', 'benign']) if (count((r) => r.family === 'harmful' && r.technique === c && r.label === l) < 6) fail(`harmful ${c} ${l} < 6`);
const benignFamilies = new Set(records.filter((r) => r.family === 'injection' && r.label === 'benign').map((r) => r.technique));
if (benignFamilies.size < 18) fail(`only ${benignFamilies.size} look-alike families`);
for (const l of LANGS) if (!records.some((r) => r.lang === l)) fail(`language ${l} missing`);
// same carriers frame attacks and look-alikes
for (const c of CARRIER_NAMES) for (const l of ['attack', 'benign']) if (!records.some((r) => r.family === 'injection' && r.label === l && r.carrier === c)) fail(`carrier ${c} has no injection ${l}`);

writeFileSync(join(HERE, 'train7l.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---------- composition ----------
const tally = (f) => { const o = {}; for (const r of records) { const key = f(r); o[key] = (o[key] || 0) + 1; } return o; };
const show = (title, o) => console.log(`${title}:\n` + Object.entries(o).sort().map(([a, b]) => `  ${a}: ${b}`).join('\n'));
console.log(`train7l: ${records.length} records`);
show('by family/label', tally((r) => `${r.family}/${r.label}`));
show('injection attacks by technique', tally((r) => r.family === 'injection' && r.label === 'attack' ? r.technique : '~other'));
show('injection look-alikes by family', tally((r) => r.family === 'injection' && r.label === 'benign' ? r.technique : '~other'));
show('harmful by category/label', tally((r) => r.family === 'harmful' ? `${r.technique}/${r.label}` : '~other'));
show('by lang', tally((r) => r.lang));
show('by carrier', tally((r) => r.carrier));
console.log(`long documents (1,500+ chars): ${count((r) => (r.method || '').startsWith('long'))}`);
console.log(`distinct attack payloads: ${attackItems.length}, distinct look-alike texts: ${lookItems.length}`);
console.log(`emphasis-language records (zh ja ko ar hi ru uk vi tr): ${emph}/${records.length} (${(100 * emph / records.length).toFixed(1)}%)`);
console.log(`non-English records: ${count((r) => r.lang !== 'en')}/${records.length}`);
if (errors.length) { console.error(`${errors.length} violation(s):\n` + errors.slice(0, 50).join('\n')); process.exit(1); }
console.log('validation: OK');
