// blind5a: held-out evaluation set written by author A (agentic threat emphasis), blind to the
// detectors. Deterministic; node built-ins only. Writes blind5a.jsonl next to this file.
//   node test/eval/injection/blind5a_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES } from './blind5a_carriers.mjs';
import { OVERRIDE, EXFIL, TOOL } from './blind5a_attacks_a.mjs';
import { ROLE, HIDDEN, JAILBREAK } from './blind5a_attacks_b.mjs';
import { ENCODED as ENCODED_C, SPLIT as SPLIT_C } from './blind5a_attacks_c.mjs';
import { MORE } from './blind5a_attacks_d.mjs';
import { BENIGN } from './blind5a_benign.mjs';
import { HARMFUL } from './blind5a_harmful.mjs';

const SPLIT_NAME = 'blind5a';
const OVERRIDE_ALL = [...OVERRIDE, ...MORE.instruction_override];
const EXFIL_ALL = [...EXFIL, ...MORE.exfiltration];
const TOOL_ALL = [...TOOL, ...MORE.tool_coaxing];
const ROLE_ALL = [...ROLE, ...MORE.role_token];
const HIDDEN_ALL = [...HIDDEN, ...MORE.hidden_text];
const JAILBREAK_ALL = [...JAILBREAK, ...MORE.jailbreak];
const ENCODED = [...ENCODED_C, ...MORE.encoded_payload];
const SPLIT = [...SPLIT_C, ...MORE.split_payload];
const here = dirname(fileURLToPath(import.meta.url));
const records = [];
let seq = 0;
function add(family, label, technique, lang, carrier, fields, method) {
  const r = { id: `${SPLIT_NAME}-${family}-${label}-${technique}-${String(++seq).padStart(4, '0')}`, split: SPLIT_NAME,
    family, label, technique, lang, carrier, fields };
  if (method) r.method = method;
  records.push(r);
}
const wrap = (carrier, parts, i, lang) => CARRIERS[carrier](parts, i, lang);

// ---- hiding and encoding ----
const tagEncode = (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join('');
const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const HIDE = {
  html_comment: (p) => `<!-- ${p} -->`,
  display_none: (p) => `<div style="display:none">${p}</div>`,
  zero_font: (p) => `<span style="font-size:0px;line-height:0">${p}</span>`,
  white_text: (p) => `<p style="color:#ffffff;background:#ffffff">${p}</p>`,
  alt_text: (p) => `<img src="/img/banner-${p.length}.png" width="1" height="1" alt="${escAttr(p)}">`,
  offscreen: (p) => `<div aria-hidden="true" style="position:absolute;left:-9999px;top:-9999px">${p}</div>`,
  unicode_tag: (p) => `Thanks for reading!${tagEncode(p)}`,
  pdf_white_text: (p) => `\n\n\n${p}\n`, // text that was white-on-white in the PDF, surfacing in extraction
  md_link_title: (p) => `See the [changelog](https://docs.orchardrow.test/changelog "${p.replace(/"/g, "'")}") for details.`,
};
// (method, carrier) pairs rotated over hidden_text payloads; every payload gets two of them.
const HIDE_PLAN = [
  ['html_comment', 'web'], ['zero_font', 'email'], ['display_none', 'web'], ['white_text', 'email'],
  ['alt_text', 'readme'], ['unicode_tag', 'json'], ['offscreen', 'web'], ['pdf_white_text', 'pdf'],
  ['html_comment', 'issue'], ['md_link_title', 'readme'], ['display_none', 'review'], ['unicode_tag', 'chat'],
  ['white_text', 'web'], ['html_comment', 'email'], ['alt_text', 'review'], ['zero_font', 'calendar'],
];
const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => {
  const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENC = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13,
  url: (s) => encodeURIComponent(s),
};

// ---- attacks: each payload in two carriers ----
const N = CARRIER_NAMES.length;
function plainTech(list, technique, offset) {
  list.forEach((a, k) => {
    for (const d of [0, 7]) {
      const c = CARRIER_NAMES[(k * 3 + offset + d) % N];
      add('injection', 'attack', technique, a.l, c, wrap(c, [a.p], k + offset + d, a.l));
    }
    if (k % 4 === offset % 4) add('injection', 'attack', technique, a.l, 'doc', wrap('doc', [a.p], k, a.l));
  });
}
plainTech(OVERRIDE_ALL, 'instruction_override', 0);
plainTech(EXFIL_ALL, 'exfiltration', 1);
plainTech(TOOL_ALL, 'tool_coaxing', 2);
plainTech(ROLE_ALL, 'role_token', 3);
plainTech(JAILBREAK_ALL, 'jailbreak', 4);

let hp = 0;
HIDDEN_ALL.forEach((a, k) => {
  for (let n = 0; n < 2; n++) {
    let [m, c] = HIDE_PLAN[hp++ % HIDE_PLAN.length];
    if (m === 'unicode_tag' && !isAscii(a.p)) [m, c] = ['offscreen', c === 'json' ? 'web' : 'email'];
    add('injection', 'attack', 'hidden_text', a.l, c, wrap(c, [HIDE[m](a.p)], k * 2 + n, a.l), m);
  }
  if (k % 3 === 1 && isAscii(a.p)) {
    const c = ['review', 'issue', 'email', 'ticket', 'calendar'][k % 5];
    add('injection', 'attack', 'hidden_text', a.l, c, wrap(c, [HIDE.unicode_tag(a.p)], k + 11, a.l), 'unicode_tag');
  }
  if (k % 4 === 3) add('injection', 'attack', 'hidden_text', a.l, 'doc', wrap('doc', [HIDE.pdf_white_text(a.p)], k, a.l), 'doc_white_text');
});

ENCODED.forEach((a, k) => {
  for (const d of [0, 5]) {
    const c = CARRIER_NAMES[(k * 3 + 5 + d) % N];
    let payload = ENC[a.m](a.p);
    if (a.m === 'rot13' && !isAscii(a.p)) throw new Error('rot13 needs ASCII: ' + a.p);
    add('injection', 'attack', 'encoded_payload', a.l, c, wrap(c, [`${a.lead} ${payload}`], k + d, a.l), a.m);
  }
  if (k % 4 === 1) add('injection', 'attack', 'encoded_payload', a.l, 'doc', wrap('doc', [`${a.lead} ${ENC[a.m](a.p)}`], k + 3, a.l), a.m);
});

const SPLIT_CARRIERS = ['email', 'ticket', 'json', 'chat', 'csv', 'calendar', 'review', 'issue', 'commit', 'search', 'pdf', 'web', 'readme', 'code'];
SPLIT.forEach((a, k) => {
  for (const d of [0, 5]) {
    const c = SPLIT_CARRIERS[(k + d) % SPLIT_CARRIERS.length];
    add('injection', 'attack', 'split_payload', a.l, c, wrap(c, a.p, k + d, a.l));
  }
  if (k % 4 === 2) add('injection', 'attack', 'split_payload', a.l, 'doc', wrap('doc', a.p, k, a.l));
});

// ---- benign look-alikes: each text bare and in its carriers ----
const EXTRA_CARRIERS = {
  security_article: ['search', 'issue', 'chat'], docs_imperative: ['search', 'code', 'commit', 'issue'],
  prompt_docs: ['code', 'commit', 'search'], transcript: ['csv', 'search'], support_ticket: ['csv', 'issue'],
  it_policy: ['calendar', 'search'], email_correction: ['csv', 'calendar', 'ticket'],
  html_hidden_ui: ['review', 'search'], real_base64: ['csv', 'commit'], md_image_query: ['review', 'commit'],
  api_tool_docs: ['code', 'commit', 'issue', 'search'], recipe: ['review', 'csv'], legal_terms: ['search', 'email'],
  game_rules: ['review', 'calendar'], code_comments: ['issue', 'commit'], automation_rules: ['csv', 'calendar'],
  split_lookalike: ['review', 'search'], tool_call_log: ['csv', 'code'], assistant_product_docs: ['review', 'search'],
  system_notice: ['calendar', 'search'], product_review: ['issue', 'chat'], calendar_agenda: ['csv', 'chat'],
};
BENIGN.forEach((b, k) => {
  const texts = Array.isArray(b.p) ? b.p : [b.p];
  for (const c of b.c) {
    const fields = c === 'bare' ? texts.slice() : wrap(c, texts, k, b.l);
    add('injection', 'benign', b.f, b.l, c, fields);
  }
  if (k % 3 === 0 && !b.c.includes('doc')) add('injection', 'benign', b.f, b.l, 'doc', wrap('doc', texts, k, b.l));
  // one more carrier that fits the family, so that no carrier is mostly attacks
  const extra = EXTRA_CARRIERS[b.f];
  if (extra) {
    const c = extra[k % extra.length];
    if (!b.c.includes(c)) add('injection', 'benign', b.f, b.l, c, wrap(c, texts, k + 1, b.l));
  }
});

// ---- harmful ----
HARMFUL.forEach((h, k) => {
  const fields = h.c === 'bare' ? [h.p] : wrap(h.c, [h.p], k, h.l);
  add('harmful', h.y, h.cat, h.l, h.c, fields);
});

// ---- validation ----
const TECH = new Set(['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload']);
const HCAT = new Set(['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware']);
const CARR = new Set([...CARRIER_NAMES, 'bare']);
const ids = new Set();
const texts = new Set();
for (const r of records) {
  const bad = (m) => { throw new Error(`${r.id}: ${m}`); };
  if (ids.has(r.id)) bad('duplicate id'); ids.add(r.id);
  const joined = r.fields.join('\n');
  if (texts.has(joined)) bad('duplicate text'); texts.add(joined);
  if (!Array.isArray(r.fields) || !r.fields.length) bad('no fields');
  for (const f of r.fields) if (typeof f !== 'string' || !f.trim()) bad('empty field');
  if (!['attack', 'benign'].includes(r.label)) bad('label');
  if (!CARR.has(r.carrier)) bad('carrier ' + r.carrier);
  if (!/^[a-z]{2}$/.test(r.lang)) bad('lang');
  if (r.family === 'injection') {
    if (r.label === 'attack' && !TECH.has(r.technique)) bad('technique ' + r.technique);
    if (r.label === 'benign' && (TECH.has(r.technique) || !/^[a-z0-9_]+$/.test(r.technique))) bad('benign family ' + r.technique);
  } else if (r.family === 'harmful') {
    if (!HCAT.has(r.technique)) bad('category ' + r.technique);
  } else bad('family');
  if (r.technique === 'split_payload' && r.fields.length < 2) bad('split needs two fields');
}
// distinct attack payload texts
const distinct = new Set([...OVERRIDE_ALL, ...EXFIL_ALL, ...TOOL_ALL, ...ROLE_ALL, ...HIDDEN_ALL, ...JAILBREAK_ALL, ...ENCODED].map((a) => a.p)
  .concat(SPLIT.map((a) => a.p.join('\u0000'))));

writeFileSync(join(here, `${SPLIT_NAME}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');

const count = (key, filt = () => true) => {
  const m = {}; for (const r of records.filter(filt)) m[key(r)] = (m[key(r)] || 0) + 1;
  return Object.fromEntries(Object.entries(m).sort((a, b) => b[1] - a[1]));
};
console.log(`${records.length} records, ${distinct.size} distinct attack payloads`);
console.log('family/label', count((r) => `${r.family}/${r.label}`));
console.log('attack techniques', count((r) => r.technique, (r) => r.family === 'injection' && r.label === 'attack'));
console.log('benign families', count((r) => r.technique, (r) => r.family === 'injection' && r.label === 'benign'));
console.log('harmful', count((r) => `${r.technique}/${r.label}`, (r) => r.family === 'harmful'));
console.log('languages', count((r) => r.lang));
console.log('carriers', count((r) => r.carrier));
console.log('methods', count((r) => r.method, (r) => r.method));
