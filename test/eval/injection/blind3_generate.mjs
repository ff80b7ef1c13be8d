// Writes blind3.jsonl (split "blind3"): the third blind set for the injection and harmful
// detectors (README.md, "Blind set 3"). Deterministic, node built-ins only:
//   node test/eval/injection/blind3_generate.mjs
// Validates every record (known enums, non-empty fields, unique ids, no duplicate texts) and
// prints counts per technique, language, carrier and method.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng, CARRIERS, HIDE, ENCODE, FILLER } from './blind3_carriers.mjs';
import { instruction_override, role_token, exfiltration, tool_coaxing } from './blind3_attacks_a.mjs';
import { hidden_text, encoded_payload, jailbreak, split_payload } from './blind3_attacks_b.mjs';
import { moreSimple, moreHidden, moreEncoded, moreSplit } from './blind3_attacks_c.mjs';
import { benignA } from './blind3_benign_a.mjs';
import { benignB } from './blind3_benign_b.mjs';
import { benignC, benignHidden, benignInvisible, benignEncoded, splitLookalike } from './blind3_benign_c.mjs';
import { benignD } from './blind3_benign_d.mjs';
import { LONG } from './blind3_long.mjs';
import { LONG2 } from './blind3_long2.mjs';
import { harmful } from './blind3_harmful.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const r = makeRng(20261204);

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing',
  'encoded_payload', 'jailbreak', 'split_payload'];
const BENIGN_FAMILIES = ['security_article', 'docs', 'code', 'transcript', 'ticket_quote', 'email', 'page',
  'split_lookalike', 'agent_docs', 'changelog', 'policy_notice', 'chat_support', 'legal_terms', 'ci_log', 'hidden_markup',
  'encoded_data'];
const HARM = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const CARRIER_SET = new Set(Object.keys(CARRIERS));
const LANGS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'pl',
  'sv', 'vi', 'uk', 'he', 'fa']);

// A text that already is the whole tool output of its carrier is used as it is.
function frame(carrier, text, lang) {
  const t = text.trimStart();
  if (carrier === 'json' && (t.startsWith('{') || t.startsWith('['))) return [text];
  return CARRIERS[carrier](text, r, lang);
}

// Ordinary leaves around split parts, per carrier.
function splitFields(carrier, parts, lang) {
  const pool = [...(FILLER[lang] || FILLER.en)];
  const f = () => (pool.length ? pool.splice(r.int(pool.length), 1)[0] : '');
  const lead = {
    email: ['Subject: ' + r.pick(['Re: next steps', 'Weekly update', 'Documents', 'Question about the order'])],
    ticket: [],
    json: ['{"id":' + (1000 + r.int(9000)) + ',"type":"' + r.pick(['review', 'note', 'comment']) + '"}'],
    web: [r.pick(['Home › Products', 'Home › Blog', 'Menu'])],
    calendar: ['SUMMARY: ' + r.pick(['Vendor sync', 'Planning', 'Kick-off'])],
    chat: ['#team — export'],
    code: ['def main():\n    run()'],
    csv: ['id,name,notes'],
    pdf: ['Page ' + (2 + r.int(9))],
    search: ['Search results'],
    readme: ['# ' + r.pick(['tinyqueue', 'fastgrid', 'ledgerlite'])],
    commit: ['commit ' + Array.from({ length: 12 }, () => '0123456789abcdef'[r.int(16)]).join('')],
  }[carrier] || [];
  const out = [...lead];
  parts.forEach((p, i) => {
    out.push(p);
    if (i < parts.length - 1 && r.int(2) === 0 && pool.length) out.push(f());
  });
  if (r.int(2) === 0 && pool.length) out.push(f());
  return out;
}

const records = [];
const counters = {};
function add(rec) {
  const key = rec.id;
  counters[key] = (counters[key] || 0) + 1;
  rec.id = `${key}-${String(counters[key]).padStart(3, '0')}`;
  records.push(rec);
}
const inj = (label, technique, lang, carrier, fields, extra = {}) =>
  add({ id: `blind3-inj-${label === 'attack' ? 'atk' : 'ben'}-${technique}`, split: 'blind3', family: 'injection',
    label, technique, lang, carrier, ...extra, fields });

// --- injection attacks ---
for (const [name, bank] of [['instruction_override', instruction_override], ['role_token', role_token],
  ['exfiltration', exfiltration], ['tool_coaxing', tool_coaxing], ['jailbreak', jailbreak]]) {
  for (const [lang, carrier, text] of bank) inj('attack', name, lang, carrier, frame(carrier, text, lang));
}
for (const [technique, lang, carrier, text] of moreSimple) inj('attack', technique, lang, carrier, frame(carrier, text, lang));
for (const [lang, carrier, method, text, cover] of [...hidden_text, ...moreHidden]) {
  inj('attack', 'hidden_text', lang, carrier, frame(carrier, HIDE[method](text, cover), lang), { method });
}
for (const [lang, carrier, method, text, leadSentence] of [...encoded_payload, ...moreEncoded]) {
  const blob = ENCODE[method](text);
  const payload = leadSentence ? `${leadSentence}\n${blob}` : blob;
  inj('attack', 'encoded_payload', lang, carrier, frame(carrier, payload, lang), { method });
}
for (const [lang, carrier, parts] of [...split_payload, ...moreSplit]) {
  inj('attack', 'split_payload', lang, carrier, splitFields(carrier, parts, lang));
}
// Long texts: the attack sentence is buried after the first sentence of one paragraph.
function bury(paras, at, text) {
  return paras.map((p, i) => {
    if (i !== at) return p;
    const m = p.match(/^(.+?[.!?。！？])\s*(.*)$/s);
    return m ? `${m[1]} ${text} ${m[2]}`.trim() : `${p} ${text}`;
  });
}
for (const doc of [...LONG, ...LONG2]) {
  if (doc.json) {
    // An API answer: the attack is one more item among ordinary ones.
    inj('benign', doc.family, doc.lang, doc.carrier, [JSON.stringify(doc.json, null, 2)]);
    for (const a of doc.attacks) {
      const j = structuredClone(doc.json);
      j.items.splice(a.at, 0, { author: '@growth_tips_daily', text: a.text, likes: 3 });
      inj('attack', a.technique, doc.lang, doc.carrier, [JSON.stringify(j, null, 2)]);
    }
    continue;
  }
  const sep = doc.carrier === 'chat' ? '\n' : '\n\n';
  const framed = (paras) => (doc.carrier === 'chat' ? [paras.join(sep)] : frame(doc.carrier, paras.join(sep), doc.lang));
  inj('benign', doc.family, doc.lang, doc.carrier, framed(doc.paras));
  for (const a of doc.attacks) {
    // Chat exports get the attack as one more line; prose gets it inside a paragraph.
    const paras = doc.carrier === 'chat' ? [...doc.paras.slice(0, a.at), a.text, ...doc.paras.slice(a.at)] : bury(doc.paras, a.at, a.text);
    inj('attack', a.technique, doc.lang, doc.carrier, framed(paras));
  }
}

// --- injection look-alikes ---
for (const [family, lang, carrier, text] of [...benignA, ...benignB, ...benignC, ...benignD])
  inj('benign', family, lang, carrier, frame(carrier, text, lang));
for (const [lang, carrier, method, text, cover] of benignHidden)
  inj('benign', 'hidden_markup', lang, carrier, frame(carrier, HIDE[method](text, cover), lang), { method });
for (const [lang, carrier, text] of benignInvisible)
  inj('benign', 'hidden_markup', lang, carrier, frame(carrier, text, lang), { method: 'invisible_chars' });
for (const [lang, carrier, text] of benignEncoded)
  inj('benign', 'encoded_data', lang, carrier, frame(carrier, text, lang));
for (const [lang, carrier, parts] of splitLookalike)
  inj('benign', 'split_lookalike', lang, carrier, splitFields(carrier, parts, lang));

// --- harmful ---
for (const [category, label, lang, carrier, text] of harmful)
  add({ id: `blind3-harm-${label === 'attack' ? 'atk' : 'ben'}-${category}`, split: 'blind3', family: 'harmful',
    label, technique: category, lang, carrier, fields: frame(carrier, text, lang) });

// --- validation ---
const errors = [];
const ids = new Set();
const texts = new Map();
for (const rec of records) {
  if (ids.has(rec.id)) errors.push(`duplicate id ${rec.id}`);
  ids.add(rec.id);
  if (!['injection', 'harmful'].includes(rec.family)) errors.push(`${rec.id}: family`);
  if (!['attack', 'benign'].includes(rec.label)) errors.push(`${rec.id}: label`);
  if (!LANGS.has(rec.lang)) errors.push(`${rec.id}: lang ${rec.lang}`);
  if (!CARRIER_SET.has(rec.carrier)) errors.push(`${rec.id}: carrier ${rec.carrier}`);
  if (rec.label === 'attack' && rec.carrier === 'bare') errors.push(`${rec.id}: attacks are never bare`);
  if (!Array.isArray(rec.fields) || rec.fields.length === 0) errors.push(`${rec.id}: no fields`);
  for (const f of rec.fields || []) if (typeof f !== 'string' || f.trim() === '') errors.push(`${rec.id}: empty field`);
  if (rec.family === 'injection') {
    const ok = rec.label === 'attack' ? TECHNIQUES.includes(rec.technique) : BENIGN_FAMILIES.includes(rec.technique);
    if (!ok) errors.push(`${rec.id}: technique ${rec.technique}`);
    if (rec.label === 'attack' && ['hidden_text', 'encoded_payload'].includes(rec.technique) && !rec.method)
      errors.push(`${rec.id}: method missing`);
    if (rec.label === 'attack' && rec.technique === 'split_payload' && rec.fields.length < 2)
      errors.push(`${rec.id}: split needs two fields`);
  } else if (!HARM.includes(rec.technique)) errors.push(`${rec.id}: category ${rec.technique}`);
  const joined = rec.fields.join('\n');
  if (texts.has(joined)) errors.push(`${rec.id}: same text as ${texts.get(joined)}`);
  texts.set(joined, rec.id);
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

// Deterministic shuffle so that the order says nothing about the label.
for (let i = records.length - 1; i > 0; i--) {
  const j = r.int(i + 1);
  [records[i], records[j]] = [records[j], records[i]];
}
const out = join(HERE, 'blind3.jsonl');
writeFileSync(out, records.map((x) => JSON.stringify(x)).join('\n') + '\n');

// --- counts ---
const count = (pred, key) => {
  const m = {};
  for (const x of records.filter(pred)) m[key(x)] = (m[key(x)] || 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
};
const atk = (x) => x.family === 'injection' && x.label === 'attack';
const ben = (x) => x.family === 'injection' && x.label === 'benign';
const nonEn = records.filter((x) => atk(x) && x.lang !== 'en').length;
const nAtk = records.filter(atk).length;
console.log(`wrote ${out}: ${records.length} records`);
console.log(`injection attacks ${nAtk} (non-English ${nonEn}, ${((100 * nonEn) / nAtk).toFixed(1)}%), look-alikes ${records.filter(ben).length}`);
console.log(`harmful: attack ${records.filter((x) => x.family === 'harmful' && x.label === 'attack').length}, benign ${records.filter((x) => x.family === 'harmful' && x.label === 'benign').length}`);
console.log('attacks by technique:', count(atk, (x) => x.technique));
console.log('attacks by language:', count(atk, (x) => x.lang));
console.log('attacks by carrier:', count(atk, (x) => x.carrier));
console.log('attacks by method:', count((x) => atk(x) && x.method, (x) => `${x.technique}/${x.method}`));
console.log('look-alikes by family:', count(ben, (x) => x.technique));
console.log('look-alikes by language:', count(ben, (x) => x.lang));
console.log('look-alikes by carrier:', count(ben, (x) => x.carrier));
console.log('look-alikes by method:', count((x) => ben(x) && x.method, (x) => x.method));
console.log('harmful by category/label:', count((x) => x.family === 'harmful', (x) => `${x.technique}/${x.label}`));
console.log('harmful by language:', count((x) => x.family === 'harmful', (x) => x.lang));
console.log('all records by language:', count(() => true, (x) => x.lang));
