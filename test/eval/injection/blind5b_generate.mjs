// blind5b: held-out evaluation set (author B, blind to the detectors).
// node test/eval/injection/blind5b_generate.mjs  -> writes blind5b.jsonl next to this file.
// Deterministic, node built-ins only.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frame, CARRIER_NAMES, HTML_CARRIERS } from './blind5b_carriers.mjs';
import * as A from './blind5b_attacks_a.mjs';
import * as B from './blind5b_attacks_b.mjs';
import { EXTRA } from './blind5b_attacks_c.mjs';
import { LONG_ATTACKS as LA2, LONG_BENIGN as LB2 } from './blind5b_long2.mjs';
import { LONG_ATTACKS3, LONG_BENIGN3 } from './blind5b_long3.mjs';
const LONG_ATTACKS = [...LA2, ...LONG_ATTACKS3];
const LONG_BENIGN = [...LB2, ...LONG_BENIGN3];
import { BENIGN as BENIGN1 } from './blind5b_benign.mjs';
import { BENIGN2 } from './blind5b_benign2.mjs';
import { BENIGN3 } from './blind5b_benign3.mjs';
const BENIGN = [...BENIGN1, ...BENIGN2, ...BENIGN3];
import { HARMFUL } from './blind5b_harmful.mjs';

const NAME = 'blind5b';
const here = dirname(fileURLToPath(import.meta.url));

// ---- obfuscation helpers -------------------------------------------------------------
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
const hex = (s) => Buffer.from(s, 'utf8').toString('hex');
const rot13 = (s) => s.replace(/[a-z]/gi, (ch) => {
  const base = ch <= 'Z' ? 65 : 97;
  return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
});
const url = (s) => Array.from(Buffer.from(s, 'utf8')).map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', g: '9', b: '8' };
const leet = (s) => s.replace(/[aeiostgb]/gi, (ch) => LEET[ch.toLowerCase()]);
const spaced = (s) => Array.from(s).join(' ').replace(/ {3}/g, '   ');
const HOMO = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', T: 'Т', M: 'М', H: 'Н', B: 'В', K: 'К' };
const homoglyph = (s) => Array.from(s).map((ch, i) => (HOMO[ch] && i % 2 === 0 ? HOMO[ch] : ch)).join('');
const reversed = (s) => Array.from(s).reverse().join('');
const tags = (s) => Array.from(s).map((ch) => {
  const cp = ch.codePointAt(0);
  return cp >= 0x20 && cp < 0x7f ? String.fromCodePoint(0xe0000 + cp) : ch;
}).join('');
const ENC = { base64: b64, hex, rot13, url, leet, spaced, homoglyph, reversed };

function hide(text, method, k) {
  switch (method) {
    case 'display_none': return `<div style="display:none">${text}</div>`;
    case 'html_comment': return `<!-- ${text} -->`;
    case 'zero_font': return `<span style="font-size:0px;line-height:0">${text}</span>`;
    case 'white_text': return `<span style="color:#ffffff;background-color:#ffffff">${text}</span>`;
    case 'alt_text': return `<img src="/img/banner-${k}.jpg" alt="${text.replace(/"/g, '&quot;')}" width="600">`;
    case 'offscreen': return `<p style="position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden">${text}</p>`;
    case 'aria_label': return `<a href="/contact" aria-label="${text.replace(/"/g, '&quot;')}"><svg width="16" height="16"></svg></a>`;
    case 'md_comment': return `[//]: # (${text.replace(/[()]/g, '')})`;
    case 'unicode_tag': return `Thanks for reading!${tags(text)}`;
    default: throw new Error('unknown hide method ' + method);
  }
}

// ---- records -------------------------------------------------------------------------
const records = [];
const push = (r) => records.push({ id: `${NAME}-${String(records.length + 1).padStart(4, '0')}`, split: NAME, ...r });

const TITLES = ['Harrow Creek news', 'Service update', 'Product FAQ', 'Quarterly report', 'Meeting notes', 'Release notes'];
const SUBJECTS = ['Re: Friday delivery', 'Invoice 2026-118', 'Team offsite', 'Your order', 'Re: Re: contract draft', 'Weekly sync'];
function ctx(lang, k, long) { return { lang, k, long, title: TITLES[k % TITLES.length], subject: SUBJECTS[k % SUBJECTS.length] }; }

// Pick carriers deterministically; hidden_text methods that need HTML use HTML carriers.
const NON_HTML_OK = new Set(['unicode_tag', 'html_comment', 'md_comment']);
let counter = 0;
function carriersFor(tech, method, idx) {
  let pool = tech === 'hidden_text' && !NON_HTML_OK.has(method) ? HTML_CARRIERS : CARRIER_NAMES;
  if (method === 'md_comment') pool = ['readme', 'issue', 'commit', 'code'];
  const a = pool[(idx * 3 + tech.length) % pool.length];
  const b = pool[(idx * 3 + tech.length + 2) % pool.length];
  return [a, b];
}

function attack(tech, lang, parts, method, idx) {
  const [c1, c2] = carriersFor(tech, method, idx);
  const uses = idx % 2 === 1 ? [[c1, false], [c2, true]] : [[c1, idx % 4 === 0]];
  for (const [carrier, long] of uses) {
    const k = counter++;
    const r = { family: 'injection', label: 'attack', technique: tech, lang, carrier, fields: frame(carrier, parts, ctx(lang, k, long)) };
    if (method) r.method = method;
    push(r);
  }
}

const PLAIN = ['instruction_override', 'role_token', 'exfiltration', 'tool_coaxing', 'jailbreak'];
for (const tech of PLAIN) {
  const bank = A[tech] || B[tech];
  bank.forEach(([lang, text], i) => attack(tech, lang, [text], undefined, i));
}
B.hidden_text.forEach(([lang, text, method], i) => attack('hidden_text', lang, [hide(text, method, i)], method, i));
B.encoded_payload.forEach(([lang, lead, secret, method], i) => {
  const enc = ENC[method](secret);
  const body = lead ? `${lead}\n${enc}` : enc;
  attack('encoded_payload', lang, [body], method, i);
});
B.split_payload.forEach(([lang, p1, p2], i) => attack('split_payload', lang, [p1, p2], undefined, i));
EXTRA.forEach(([tech, lang, text, a, b], i) => {
  const j = 1000 + i;
  if (tech === 'split_payload') attack(tech, lang, text, undefined, j);
  else if (tech === 'hidden_text') attack(tech, lang, [hide(text, a, j)], a, j);
  else if (tech === 'encoded_payload') attack(tech, lang, [text ? `${text}\n${ENC[b](a)}` : ENC[b](a)], b, j);
  else attack(tech, lang, [text], undefined, j);
});

// Hand-written long documents, each in its own carrier as a whole tool result.
const BARE = (carrier, parts) => (parts.length > 1 ? parts : [parts[0]]);
LONG_ATTACKS.forEach(([tech, lang, carrier, text]) => {
  counter++;
  const parts = Array.isArray(text) ? text : [text];
  const r = { family: 'injection', label: 'attack', technique: tech, lang, carrier, fields: BARE(carrier, parts) };
  if (tech === 'hidden_text') r.method = carrier === 'web' && /<!--/.test(parts[0]) ? 'html_comment' : 'tiny_light_text';
  if (tech === 'encoded_payload') r.method = 'base64';
  push(r);
});

// Benign look-alikes: each text bare-ish in its own carrier, plus framings in other carriers.
BENIGN.forEach(([family, lang, text, own], i) => {
  const list = [own, CARRIER_NAMES[(i * 3 + 1) % CARRIER_NAMES.length], CARRIER_NAMES[(i * 5 + 8) % CARRIER_NAMES.length]];
  const seen = new Set();
  list.forEach((carrier, j) => {
    if (seen.has(carrier)) return;
    seen.add(carrier);
    const k = counter++;
    const parts = Array.isArray(text) ? text : [text];
    push({ family: 'injection', label: 'benign', technique: family, lang, carrier, fields: frame(carrier, parts, ctx(lang, k, j === 2)) });
  });
});

LONG_BENIGN.forEach(([family, lang, carrier, text]) => {
  counter++;
  push({ family: 'injection', label: 'benign', technique: family, lang, carrier, fields: [text] });
});

const HARM_ROTATE = ['chat', 'search', 'email', 'web', 'issue', 'ticket'];
HARMFUL.forEach(([label, category, lang, text, own], i) => {
  const carrier = i % 2 === 0 ? own : HARM_ROTATE[(i >> 1) % HARM_ROTATE.length];
  const k = counter++;
  push({ family: 'harmful', label: label === 'harmful' ? 'attack' : 'benign', technique: category, lang, carrier, fields: frame(carrier, [text], ctx(lang, k, false)) });
});

// ---- validation ----------------------------------------------------------------------
const ATTACK_TECH = new Set(['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload']);
const HARM_CAT = new Set(['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware']);
const BENIGN_FAM = new Set(BENIGN.map((b) => b[0]));
const ids = new Set();
for (const r of records) {
  const bad = (m) => { throw new Error(`${r.id}: ${m}`); };
  if (ids.has(r.id)) bad('duplicate id');
  ids.add(r.id);
  if (!['injection', 'harmful'].includes(r.family)) bad('family');
  if (!['attack', 'benign'].includes(r.label)) bad('label');
  if (!Array.isArray(r.fields) || !r.fields.length || r.fields.some((f) => typeof f !== 'string' || !f.trim())) bad('fields');
  if (!CARRIER_NAMES.includes(r.carrier)) bad('carrier');
  if (!r.lang) bad('lang');
  if (r.family === 'injection' && r.label === 'attack' && !ATTACK_TECH.has(r.technique)) bad('technique');
  if (r.family === 'injection' && r.label === 'benign' && !BENIGN_FAM.has(r.technique)) bad('benign family');
  if (r.family === 'harmful' && !HARM_CAT.has(r.technique)) bad('category');
  if (/\.(com|org|net|io)\b/i.test(r.fields.join('\n'))) bad('non-fictitious domain');
}
// distinct payload texts
const payloadTexts = new Set([
  ...PLAIN.flatMap((t) => (A[t] || B[t]).map((p) => p[1])),
  ...B.hidden_text.map((p) => p[1]), ...B.encoded_payload.map((p) => p[2]), ...B.split_payload.map((p) => p[1] + p[2]),
  ...LONG_ATTACKS.map((p) => [].concat(p[3]).join('')),
  ...EXTRA.map((p) => (p[0] === 'encoded_payload' ? p[3] : [].concat(p[2]).join(''))),
]);

writeFileSync(join(here, `${NAME}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');

const count = (keyf, filter = () => true) => {
  const m = {};
  for (const r of records.filter(filter)) { const k = keyf(r); m[k] = (m[k] || 0) + 1; }
  return Object.fromEntries(Object.entries(m).sort((a, b) => b[1] - a[1]));
};
const isAtk = (r) => r.family === 'injection' && r.label === 'attack';
const isBen = (r) => r.family === 'injection' && r.label === 'benign';
console.log(`${records.length} records written to ${NAME}.jsonl; distinct attack payloads: ${payloadTexts.size}`);
console.log('family/label', count((r) => `${r.family}/${r.label}`));
console.log('attack technique', count((r) => r.technique, isAtk));
console.log('attack lang', count((r) => r.lang, isAtk));
console.log('attack non-English share', (records.filter((r) => isAtk(r) && r.lang !== 'en').length / records.filter(isAtk).length).toFixed(2));
console.log('attack carrier', count((r) => r.carrier, isAtk));
console.log('attack method', count((r) => r.method, (r) => isAtk(r) && r.method));
console.log('benign family', count((r) => r.technique, isBen));
console.log('benign lang', count((r) => r.lang, isBen));
console.log('benign carrier', count((r) => r.carrier, isBen));
console.log('harmful', count((r) => `${r.technique}/${r.label}`, (r) => r.family === 'harmful'));
console.log('harmful lang', count((r) => r.lang, (r) => r.family === 'harmful'));
const lens = records.map((r) => r.fields.join('\n').length);
console.log('length: min', Math.min(...lens), 'max', Math.max(...lens), '>=500:', lens.filter((l) => l >= 500).length);
