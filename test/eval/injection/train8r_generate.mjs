#!/usr/bin/env node
// train8r generator + validator (Node 20 built-ins only). Usage: node test/eval/injection/train8r_generate.mjs
// Builds the round twice in memory, validates it, and writes train8r.jsonl only if both builds are
// byte-identical and every rule holds (exit 1 and nothing written otherwise).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instruction_override, role_token } from './train8r_attacks_a.mjs';
import { exfiltration, tool_coaxing } from './train8r_attacks_b.mjs';
import { hidden_text, encoded_payload } from './train8r_attacks_c.mjs';
import { jailbreak, split_payload } from './train8r_attacks_d.mjs';
import { lookalikesA } from './train8r_lookalikes_a.mjs';
import { lookalikesB } from './train8r_lookalikes_b.mjs';
import { harmful } from './train8r_harmful.mjs';
import { carriers, render } from './train8r_carriers.mjs';
import { titles, pre, post, paragraphs } from './train8r_fillers.mjs';
import { longFrame } from './train8r_long.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train8r.jsonl');
const SPLIT = 'train8r';
const LANGS = new Set(['en','es','fr','de','pt','it','nl','pl','ru','uk','tr','ar','he','hi','ja','zh','ko','vi','id','th','sv']);
const TECHS = ['instruction_override','role_token','hidden_text','exfiltration','tool_coaxing','encoded_payload','jailbreak','split_payload'];
const GOALS = new Set(['push_branch','add_dependency','postinstall','curl_sh','exfil_env','exfil_secrets','exfil_ssh','exfil_token','disable_tests','disable_ci','change_webhook','approve_pr','merge_pr','reverse_shell','edit_rules','silent_exec','hide_changes','call_tool','leak_prompt','leak_conversation']);

// ---- seeded PRNG (fixed seed; used only for filler choice so output is reproducible) ----
function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }

// ---- encodings (encode, decode) ----
const TAG = (s) => [...s].map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join('');
const UNTAG = (s) => [...s].map((ch) => String.fromCodePoint(ch.codePointAt(0) - 0xe0000)).join('');
const ZW0 = '\u200b', ZW1 = '\u200c', ZWS = '\u200d';
const ENC = {
  base64: [(s) => Buffer.from(s, 'utf8').toString('base64'), (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [(s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }),
          (e) => e.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); })],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  reverse: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  html_entities: [(s) => [...s].map((c) => `&#x${c.codePointAt(0).toString(16)};`).join(''), (e) => e.replace(/&#x([0-9a-f]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))],
  unicode_escapes: [(s) => [...s].map((c) => { const cp = c.codePointAt(0); return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`; }).join(''),
                    (e) => e.replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/g, (_, a, b) => String.fromCodePoint(parseInt(a || b, 16)))],
  zero_width_binary: [(s) => [...Buffer.from(s, 'utf8')].map((b) => b.toString(2).padStart(8, '0').replace(/0/g, ZW0).replace(/1/g, ZW1)).join(ZWS),
                      (e) => Buffer.from(e.split(ZWS).map((x) => parseInt(x.replace(new RegExp(ZW0, 'g'), '0').replace(new RegExp(ZW1, 'g'), '1'), 2))).toString('utf8')],
  unicode_tags: [TAG, UNTAG],
};
const ENC_ORDER = ['base64','hex','rot13','url','reverse','html_entities','unicode_escapes','zero_width_binary','unicode_tags'];
const ENC_LABEL = {
  base64: 'build-meta (base64): ', hex: 'trace-id (hex): ', rot13: 'spoiler (rot13): ', url: 'callback param: ', reverse: 'note (reversed): ',
  html_entities: 'encoded note: ', unicode_escapes: 'i18n string: ', zero_width_binary: 'Thanks for reading!', unicode_tags: 'Happy hacking!',
};
const isAscii = (s) => /^[\x20-\x7e\n]*$/.test(s);
const hasLatin = (s) => /[a-z]/i.test(s);

// ---- hiding modes ----
const HIDE = {
  html_comment: { markup: true, open: '<!-- ', close: ' -->' },
  md_link_title: { markup: false, open: '[see the setup guide](https://docs.project.example/setup "', close: '")' },
  white_text: { markup: true, open: '<span style="color:#ffffff;background:#ffffff">', close: '</span>' },
  alt_text: { markup: false, open: '![', close: '](https://ci.project.example/badge.svg)' },
  code_comment: { markup: false, open: '```js\nconst retries = 3; // ', close: '\n```' },
  details: { markup: true, open: '<details><summary>Changelog</summary>\n', close: '\n</details>' },
  display_none: { markup: true, open: '<div style="display:none">', close: '</div>' },
  font_zero: { markup: true, open: '<span style="font-size:0">', close: '</span>' },
  unicode_tags: { markup: false, open: 'Thanks for the contribution!', close: '', tags: true },
};
const HIDE_ORDER = ['html_comment','md_link_title','white_text','alt_text','code_comment','details','display_none','font_zero','unicode_tags'];

function pickEncoding(k, plain) {
  for (let j = 0; j < ENC_ORDER.length; j++) {
    const name = ENC_ORDER[(k + j) % ENC_ORDER.length];
    if (name === 'rot13' && !hasLatin(plain)) continue;
    if (name === 'unicode_tags' && !isAscii(plain)) continue;
    return name;
  }
  throw new Error('no encoding');
}
function pickHide(k, plain) {
  for (let j = 0; j < HIDE_ORDER.length; j++) {
    const name = HIDE_ORDER[(k + j) % HIDE_ORDER.length];
    if (HIDE[name].tags && !isAscii(plain)) continue;
    if (name === 'code_comment' && plain.includes('\n')) continue;
    return name;
  }
  throw new Error('no hide');
}

// ---- build ----
function build() {
  const rnd = mulberry32(0x8e2026);
  const recs = [];
  let n = 0;
  const nid = () => String(++n).padStart(4, '0');
  const atk = { instruction_override, role_token, hidden_text, exfiltration, tool_coaxing, encoded_payload, jailbreak, split_payload };

  // attack items: every payload once, then every even-indexed payload again (different carrier by position)
  const items = [];
  for (const t of TECHS) atk[t].forEach((e, i) => items.push({ t, e, i, pass: 1 }));
  for (const t of TECHS) atk[t].forEach((e, i) => { if (i % 2 === 0) items.push({ t, e, i, pass: 2 }); });
  const perTech = {};
  let hideK = 0, encK = 0;
  items.forEach((it, pos) => {
    const { t, e } = it;
    const k = (perTech[t] = (perTech[t] ?? -1) + 1);
    const [lang0, style, goal] = e;
    const [lang, cs] = lang0.includes('+') ? [lang0.split('+')[0], lang0] : [lang0, null];
    const c = carriers[pos % carriers.length];
    const long = pos % 40 === 13;
    let method, blk, checks = [], plain, markupHtml = false, headText = titles[pos % titles.length];
    const payloadParts = [];
    if (t === 'split_payload') {
      const [, , , p1, p2] = e;
      plain = `${p1} ${p2}`;
      headText = `${headText}\n${p1}`;
      blk = { pre: pre[pos % pre.length], open: '', payload: p2, close: '', post: post[pos % post.length] };
      method = style === 'q' ? 'quiet' : 'direct';
      payloadParts.push(p1, p2);
    } else {
      plain = e[3];
      let mode = 'plain';
      if (t === 'hidden_text') mode = 'hide';
      else if (t === 'encoded_payload') mode = 'enc';
      else if (k % 5 === 4) mode = (hideK + encK) % 2 === 0 ? 'hide' : 'enc';
      if (mode === 'hide') {
        const h = pickHide(hideK++, plain);
        const H = HIDE[h];
        const shown = H.tags ? TAG(plain) : plain;
        blk = { pre: pre[pos % pre.length], open: H.open, payload: shown, close: H.close, post: post[pos % post.length], markup: H.markup };
        method = `hidden:${h}`;
        if (H.tags) checks.push({ enc: 'unicode_tags', text: shown, plain });
        if (H.markup) markupHtml = true;
      } else if (mode === 'enc') {
        const en = pickEncoding(encK++, plain);
        const enc = ENC[en][0](plain);
        blk = { pre: pre[pos % pre.length], open: ENC_LABEL[en], payload: enc, close: '', post: post[pos % post.length] };
        method = `encoded:${en}`;
        checks.push({ enc: en, text: enc, plain });
      } else {
        blk = { pre: pre[pos % pre.length], open: '', payload: plain, close: '', post: post[pos % post.length] };
        method = style === 'q' ? 'quiet' : 'direct';
      }
      payloadParts.push(blk.payload);
    }
    method += `;goal=${goal}`;
    if (markupHtml) method += ';markup=html';
    if (t === 'split_payload') method += ';parts=2 fields';
    if (cs) method += `;code_switch=${cs}`;
    if (long) { method += ';long'; longFrame(blk, paragraphs, rnd); }
    const fields = render(c, headText, blk);
    recs.push({ rec: { id: `${SPLIT}-injection-attack-${t}-${nid()}`, split: SPLIT, family: 'injection', label: 'attack', technique: t, lang, carrier: c.name, fields, source: c.source, method },
      meta: { carrier: c, parts: payloadParts, split: t === 'split_payload', checks, plain, long } });
  });

  // look-alikes: every text in two carriers (by position in the look-alike list)
  const fams = { ...lookalikesA, ...lookalikesB };
  const litems = [];
  for (const f of Object.keys(fams)) fams[f].forEach((e, i) => litems.push({ f, e, i, pass: 1 }));
  for (const f of Object.keys(fams)) fams[f].forEach((e, i) => litems.push({ f, e, i, pass: 2 }));
  litems.forEach((it, pos) => {
    const c = carriers[(pos * 5 + 3) % carriers.length];
    const long = pos % 27 === 13;
    const [lang, text] = it.e;
    const blk = { pre: pre[(pos + 3) % pre.length], open: '', payload: text, close: '', post: post[(pos + 5) % post.length] };
    let method = 'lookalike';
    if (long) { method += ';long'; longFrame(blk, paragraphs, rnd); }
    const fields = render(c, titles[(pos + 7) % titles.length], blk);
    recs.push({ rec: { id: `${SPLIT}-injection-benign-${it.f}-${nid()}`, split: SPLIT, family: 'injection', label: 'benign', technique: it.f, lang, carrier: c.name, fields, source: c.source, method },
      meta: { carrier: c, parts: [text], split: false, checks: [], plain: text, long } });
  });

  // harmful family: 12 categories x (12 harmful + 12 benign)
  const hitems = [];
  for (const cat of Object.keys(harmful)) for (const lab of ['harmful', 'benign']) harmful[cat][lab].forEach((e) => hitems.push({ cat, lab, e }));
  hitems.forEach((it, pos) => {
    const c = carriers[(pos * 3 + 1) % carriers.length];
    const [lang, text] = it.e;
    const blk = { pre: pre[(pos + 1) % pre.length], open: '', payload: text, close: '', post: post[(pos + 2) % post.length] };
    const fields = render(c, titles[(pos + 11) % titles.length], blk);
    const label = it.lab === 'harmful' ? 'attack' : 'benign';
    recs.push({ rec: { id: `${SPLIT}-harmful-${label}-${it.cat}-${nid()}`, split: SPLIT, family: 'harmful', label, technique: it.cat, lang, carrier: c.name, fields, source: c.source, method: it.lab === 'harmful' ? 'harmful' : 'benign_counterpart' },
      meta: { carrier: c, parts: [text], split: false, checks: [], plain: text, long: false } });
  });
  return recs;
}

// ---- validator ----
const BLOCKED = JSON.parse(Buffer.from('WyJnaXRodWIiLCJnaXRsYWIiLCJiaXRidWNrZXQiLCJucG1qcyIsInB5cGkiLCJydWJ5Z2VtcyIsIm51Z2V0IiwicGFja2FnaXN0Iiwic291cmNlZm9yZ2UiLCJjb2RlYmVyZyIsInlhcm5wa2ciLCJnaGNyIiwiY3JhdGVzLmlvIiwicGtnLmdvLmRldiIsImRvY2tlci5jb20iLCJkb2NrZXIuaW8iLCJtYXZlbi5vcmciLCJodWdnaW5nZmFjZSIsImdpdGh1YnVzZXJjb250ZW50Il0=', 'base64').toString('utf8'));
const REAL_TLD = '(?:com|net|org|io|dev|ai|co|app|xyz|ru|cn|info|biz|me|gg|ly|tk|top|cloud|site|online|us|uk|de|fr|jp|eu|tv|cc|gov|edu)';
const okHost = (h) => { h = h.toLowerCase().replace(/\.$/, ''); return !h.includes('.') || /\.(example|test|invalid)$/.test(h); };
function hostProblems(text) {
  const bad = [];
  const hosts = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s\/?#"'<>)\]\\`]+)/gi)) hosts.push(m[1].split('@').pop().replace(/:\d*$/, ''));
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g)) hosts.push(m[1]);
  for (const m of text.matchAll(/\bwww\.[a-z0-9.-]+/gi)) hosts.push(m[0]);
  for (const h of hosts) if (!okHost(h)) bad.push(`host ${h}`);
  for (const m of text.matchAll(new RegExp(`\\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+${REAL_TLD}(?![\\w.-]*[\\w])`, 'g'))) bad.push(`bare domain ${m[0]}`);
  const low = text.toLowerCase();
  for (const b of BLOCKED) { for (const h of hosts) if (h.toLowerCase().includes(b)) bad.push(`registry/code host ${h}`); if (b.includes('.') && low.includes(b)) bad.push(`registry/code host ${b}`); }
  return bad;
}

function validate(recs) {
  const errs = [];
  const ids = new Set();
  const payloadSeen = new Map();
  const perTech = {};
  const lookFams = new Set();
  const harmCount = {};
  for (const { rec: r, meta: m } of recs) {
    const where = r.id;
    for (const k of ['id','split','family','label','technique','lang','carrier','fields','source','method']) if (r[k] === undefined || r[k] === '' || (Array.isArray(r[k]) && r[k].length === 0)) errs.push(`${where}: empty ${k}`);
    if (!Array.isArray(r.fields) || r.fields.length !== 2 || r.fields.some((f) => typeof f !== 'string' || f.trim() === '')) errs.push(`${where}: fields`);
    if (r.split !== SPLIT) errs.push(`${where}: split`);
    if (ids.has(r.id)) errs.push(`${where}: duplicate id`); ids.add(r.id);
    if (!new RegExp(`^${SPLIT}-${r.family}-${r.label}-${r.technique}-\\d{4}$`).test(r.id)) errs.push(`${where}: id pattern`);
    if (!['injection','harmful'].includes(r.family)) errs.push(`${where}: family`);
    if (!['attack','benign'].includes(r.label)) errs.push(`${where}: label`);
    if (!LANGS.has(r.lang)) errs.push(`${where}: lang ${r.lang}`);
    if (!carriers.some((c) => c.name === r.carrier)) errs.push(`${where}: carrier`);
    if (r.family === 'injection' && r.label === 'attack') {
      if (!TECHS.includes(r.technique)) errs.push(`${where}: technique`);
      const [mode, goal, ...rest] = r.method.split(';');
      if (!/^(quiet|direct|hidden:[a-z_]+|encoded:[a-z_0-9]+)$/.test(mode)) errs.push(`${where}: method mode ${mode}`);
      if (mode.startsWith('encoded:') && !ENC[mode.slice(8)]) errs.push(`${where}: unknown encoding`);
      if (mode.startsWith('hidden:') && !HIDE[mode.slice(7)]) errs.push(`${where}: unknown hiding`);
      if (r.technique === 'hidden_text' && !mode.startsWith('hidden:')) errs.push(`${where}: hidden_text not hidden`);
      if (r.technique === 'encoded_payload' && !mode.startsWith('encoded:')) errs.push(`${where}: encoded_payload not encoded`);
      if (!/^goal=/.test(goal || '') || !GOALS.has(goal.slice(5))) errs.push(`${where}: goal ${goal}`);
      for (const x of rest) if (!/^(markup=html|parts=2 fields|code_switch=[a-z]{2}\+[a-z]{2}|long)$/.test(x)) errs.push(`${where}: method extra ${x}`);
      if ((r.technique === 'split_payload') !== rest.includes('parts=2 fields')) errs.push(`${where}: parts flag`);
      (perTech[r.technique] ??= new Set()).add(m.plain);
      const prev = payloadSeen.get(m.plain);
      if (prev && prev !== r.technique) errs.push(`${where}: payload reused across techniques`);
      payloadSeen.set(m.plain, r.technique);
    } else if (r.family === 'injection') {
      if (!/^[a-z_]+$/.test(r.technique) || TECHS.includes(r.technique)) errs.push(`${where}: look-alike family`);
      if (!/^lookalike(;long)?$/.test(r.method)) errs.push(`${where}: method`);
      lookFams.add(r.technique);
    } else {
      const key = `${r.technique}/${r.label}`; harmCount[key] = (harmCount[key] ?? 0) + 1;
      if (r.method !== (r.label === 'attack' ? 'harmful' : 'benign_counterpart')) errs.push(`${where}: method`);
    }
    // payload presence (escaped as the carrier escaped it), every line
    const c = m.carrier;
    if (m.split) {
      const [p1, p2] = m.parts;
      const in0 = p1.split('\n').every((l) => r.fields[0].includes(c.escLine(l)));
      const in1 = p2.split('\n').every((l) => r.fields[1].includes(c.escLine(l)));
      if (!in0 || !in1) errs.push(`${where}: split parts not in two different fields`);
      if (r.fields[0].includes(c.escLine(p2)) || r.fields[1].includes(c.escLine(p1))) errs.push(`${where}: split part in wrong field`);
    } else {
      for (const p of m.parts) for (const l of p.split('\n')) if (l && !r.fields[1].includes(c.escLine(l))) errs.push(`${where}: payload line missing: ${l.slice(0, 40)}`);
    }
    // encodings decode back and are not no-ops
    for (const ch of m.checks) {
      const dec = ENC[ch.enc][1](ch.text);
      if (dec !== ch.plain) errs.push(`${where}: ${ch.enc} does not decode back`);
      if (ch.text === ch.plain) errs.push(`${where}: ${ch.enc} is a no-op`);
    }
    // hosts in fields and in decoded payloads
    // (an encoded string is checked through its decoded plain text, not as the encoded letters)
    const scrub = (f) => m.checks.reduce((acc, ch) => acc.split(c.escLine(ch.text)).join(' '), f);
    for (const p of [...r.fields.map(scrub), m.plain]) for (const b of hostProblems(p)) errs.push(`${where}: ${b}`);
    // long-record rules
    const joined = r.fields.join('\n');
    if (m.long) {
      if (joined.length < 1500) errs.push(`${where}: long record too short (${joined.length})`);
      const needle = c.escLine(m.parts[m.parts.length - 1].split('\n')[0]);
      const at = joined.indexOf(needle);
      const centre = (at + needle.length / 2) / joined.length;
      if (at < 0 || centre < 0.3 || centre > 0.7) errs.push(`${where}: long payload centre ${centre.toFixed(2)}`);
    } else if (/;long$|;long;/.test(r.method)) errs.push(`${where}: long flag without long frame`);
  }
  for (const t of TECHS) if ((perTech[t]?.size ?? 0) < 40) errs.push(`technique ${t}: only ${perTech[t]?.size ?? 0} distinct payloads`);
  if (lookFams.size < 22) errs.push(`only ${lookFams.size} look-alike families`);
  const cats = new Set(Object.keys(harmCount).map((k) => k.split('/')[0]));
  if (cats.size !== 12) errs.push(`harmful categories: ${cats.size}`);
  for (const cat of cats) for (const l of ['attack','benign']) if (harmCount[`${cat}/${l}`] !== 12) errs.push(`harmful ${cat}/${l}: ${harmCount[`${cat}/${l}`]}`);
  const atks = recs.filter((x) => x.rec.family === 'injection' && x.rec.label === 'attack').length;
  const bens = recs.filter((x) => x.rec.family === 'injection' && x.rec.label === 'benign').length;
  if (atks < 400) errs.push(`only ${atks} attacks`);
  if (bens < 350) errs.push(`only ${bens} look-alikes`);
  const langs = new Set(recs.map((x) => x.rec.lang));
  if (langs.size < 20) errs.push(`only ${langs.size} languages`);
  if (carriers.length < 16) errs.push('fewer than 16 carriers');
  const longA = recs.filter((x) => x.meta.long && x.rec.label === 'attack').length, longB = recs.filter((x) => x.meta.long && x.rec.label === 'benign').length;
  if (longA < 12 || longB < 12) errs.push(`long docs: ${longA} attack, ${longB} benign`);
  return errs;
}

function serialise(recs) { return recs.map((x) => JSON.stringify(x.rec)).join('\n') + '\n'; }

const a = build(), b = build();
const sa = serialise(a), sb = serialise(b);
if (sa !== sb) { console.error('FAIL: two in-memory builds differ'); process.exit(1); }
const errs = validate(a);
if (errs.length) { console.error(`FAIL: ${errs.length} violation(s)`); for (const e of errs.slice(0, 60)) console.error('  ' + e); process.exit(1); }
writeFileSync(OUT, sa);

// composition
const tally = (f) => { const o = {}; for (const { rec } of a) { const k = f(rec); o[k] = (o[k] ?? 0) + 1; } return Object.entries(o).sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', '); };
console.log(`train8r: ${a.length} records -> ${OUT}`);
console.log(`family/label: ${tally((r) => `${r.family}/${r.label}`)}`);
console.log(`attack techniques: ${tally((r) => (r.label === 'attack' && r.family === 'injection' ? r.technique : '~other'))}`);
console.log(`look-alike families: ${tally((r) => (r.label === 'benign' && r.family === 'injection' ? r.technique : '~other'))}`);
console.log(`harmful categories: ${tally((r) => (r.family === 'harmful' ? `${r.technique}/${r.label}` : '~other'))}`);
console.log(`languages: ${tally((r) => r.lang)}`);
console.log(`carriers: ${tally((r) => r.carrier)}`);
console.log(`attack method: ${tally((r) => (r.label === 'attack' && r.family === 'injection' ? r.method.split(';')[0].replace(/:.*/, '') : '~other'))}`);
console.log(`hidden/encoded how: ${tally((r) => (r.label === 'attack' && r.family === 'injection' && /^(hidden|encoded):/.test(r.method) ? r.method.split(';')[0] : '~other'))}`);
console.log(`flags: long ${a.filter((x) => x.meta.long).length} (attack ${a.filter((x) => x.meta.long && x.rec.label === 'attack').length}), code_switch ${a.filter((x) => /code_switch/.test(x.rec.method)).length}, markup=html ${a.filter((x) => /markup=html/.test(x.rec.method)).length}`);
