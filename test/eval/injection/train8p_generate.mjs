#!/usr/bin/env node
// train8p: training round "what general assistants and browsing/workflow agents read in 2026".
// Generator + validator. Node 20 built-ins only. Deterministic: fixed seed, everything built twice
// in memory and compared; on any violation it prints the problems, exits 1 and writes nothing.
//   node test/eval/injection/train8p_generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, CARRIER_NAMES, render } from './train8p_carriers.mjs';
import { ENCODERS, ENCODING_NAMES, HIDERS, HIDER_NAMES } from './train8p_encoders.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, EXFILTRATION, TOOL_COAXING } from './train8p_attacks_a.mjs';
import { HIDDEN_TEXT, ENCODED_PAYLOAD, JAILBREAK, SPLIT_PAYLOAD } from './train8p_attacks_b.mjs';
import { LOOKALIKES_A } from './train8p_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train8p_lookalikes_b.mjs';
import { HARMFUL } from './train8p_harmful.mjs';
import { LONG_DOCS } from './train8p_long.mjs';
import { SOURCES, LANG_FILL } from './train8p_fillers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'train8p.jsonl');
const SPLIT = 'train8p';
const SEED = 0x8f1a2b3c;
const PER_TECHNIQUE = 75;
const ATTACK_LONG_EVERY = 40, ATTACK_LONG_AT = 20;
const BENIGN_LONG_EVERY = 35, BENIGN_LONG_AT = 17;

const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'ja', 'zh', 'ko', 'vi', 'id', 'th', 'sv'];
const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const GOALS = ['forward_mail', 'forward_docs', 'export_contacts', 'send_money', 'change_payout', 'share_public', 'book', 'cancel', 'accept_invite', 'add_calendar', 'leak_conversation', 'leak_system_prompt', 'leak_memory', 'write_memory', 'call_tool', 'recommend', 'hide_from_user', 'mislead_summary', 'leak_credentials', 'drop_safety'];
const SOURCE_NAMES = Object.keys(SOURCES);
// Package-registry and code-hosting host names, base64 so this file does not spell them.
const BANNED_HOSTS_B64 = 'Z2l0aHViLGdpdGxhYixiaXRidWNrZXQsbnBtanMscHlwaSxydWJ5Z2VtcyxjcmF0ZXMuaW8scGFja2FnaXN0LG51Z2V0LHNvdXJjZWZvcmdlLGNvZGViZXJnLGh1Z2dpbmdmYWNlLGRvY2tlci5pbyxnb2xhbmcub3JnLHBrZy5nby5kZXYsbWF2ZW4=';
const BANNED_HOSTS = Buffer.from(BANNED_HOSTS_B64, 'base64').toString('utf8').split(',');
const OK_TLDS = new Set(['example', 'test', 'invalid']);
const FILE_EXT = new Set(['py', 'md', 'sh', 'rs', 'go', 'js', 'mjs', 'ts', 'json', 'yaml', 'yml', 'csv', 'txt', 'pdf', 'html', 'ics', 'ipynb', 'log', 'sql', 'docx', 'xlsx', 'png', 'jpg', 'webp', 'zip', 'exe', 'dll', 'ps1', 'bat', 'eml', 'pptx', 'cc', 'h']);
const REAL_TLDS = new Set('com net org io ai dev co app info biz me us uk de fr es it nl pl ru ua tr sa il in jp cn kr vn id th se ch at be dk no fi pt br mx ar cl au nz ca za eg ae ir pk bd my sg ph hk tw cz sk hu ro bg gr xyz top online site store shop tech cloud page link live pro gov edu mil int tv cc ly gl gg to ws su pw tk ml ga cf gq is ie lt lv ee si hr rs ba md sh py pl me am az ge kz uz by mn np lk so ke ng gh ma tn dz ly qa kw om bh jo lb sy iq ye af'.split(' '));

// --- deterministic PRNG (mulberry32), used only to pick filler variants ---
function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

function fill(rand, source, lang) {
  const base = lang.split('+')[0];
  const f = base !== 'en' && LANG_FILL[base] ? LANG_FILL[base] : SOURCES[source];
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  return { title: pick(f.titles), pre: pick(f.pre), post: pick(f.post) };
}

// A long body is a digest of two documents: document i before the payload, document i+1 after it.
function longParts(i) {
  const a = LONG_DOCS[i % LONG_DOCS.length], b = LONG_DOCS[(i + 1) % LONG_DOCS.length];
  return [`${a.title}\n\n${a.paras.join('\n\n')}`, `${b.title}\n\n${b.paras.join('\n\n')}`];
}

function modeOf(m) { return m === 'q' ? 'quiet' : m === 'd' ? 'direct' : null; }

function build() {
  const rand = rng(SEED);
  const recs = [];
  const counters = new Map();
  const nextId = (family, label, technique) => {
    const key = `${family}-${label}-${technique}`;
    const n = (counters.get(key) || 0) + 1;
    counters.set(key, n);
    return `${SPLIT}-${key}-${String(n).padStart(4, '0')}`;
  };
  const push = (r, meta) => recs.push({ rec: r, meta });

  // ---------------- attacks ----------------
  const lists = {
    instruction_override: INSTRUCTION_OVERRIDE, role_token: ROLE_TOKEN, hidden_text: HIDDEN_TEXT, exfiltration: EXFILTRATION,
    tool_coaxing: TOOL_COAXING, encoded_payload: ENCODED_PAYLOAD, jailbreak: JAILBREAK, split_payload: SPLIT_PAYLOAD,
  };
  let a = 0;
  for (const technique of TECHNIQUES) {
    const list = lists[technique];
    for (let r = 0; r < PER_TECHNIQUE; r++, a++) {
      // records past the list length reuse every second payload (other carrier, other filler)
      const e = list[r < list.length ? r : ((r - list.length) * 2) % list.length];
      const carrier = CARRIERS[a % CARRIERS.length];
      const long = a % ATTACK_LONG_EVERY === ATTACK_LONG_AT;
      let lang, mode, goal, source, plainText, embedded, markup = false, parts = null, method;
      const checks = [];
      if (technique === 'hidden_text') {
        [lang, goal, source, plainText] = e;
        let hi = (r * 5 + Math.floor(r / list.length)) % HIDER_NAMES.length;
        while (!HIDERS[HIDER_NAMES[hi]].ok(plainText)) hi = (hi + 1) % HIDER_NAMES.length;
        const how = HIDER_NAMES[hi];
        embedded = HIDERS[how].wrap(plainText);
        markup = HIDERS[how].markup;
        method = `hidden:${how}`;
        checks.push({ kind: 'hide', how, embedded, plain: plainText });
      } else if (technique === 'encoded_payload') {
        let lead;
        [lang, mode, goal, source, lead, plainText] = e;
        let ei = (r * 4 + Math.floor(r / list.length)) % ENCODING_NAMES.length;
        while (!ENCODERS[ENCODING_NAMES[ei]].ok(plainText)) ei = (ei + 1) % ENCODING_NAMES.length;
        const enc = ENCODING_NAMES[ei];
        const encoded = ENCODERS[enc].enc(plainText);
        embedded = `${lead} ${encoded}`;
        method = `encoded:${enc}`;
        checks.push({ kind: 'enc', enc, encoded, plain: plainText });
      } else if (technique === 'split_payload') {
        let p1, p2;
        [lang, mode, goal, source, p1, p2] = e;
        parts = [p1, p2];
        plainText = `${p1} ${p2}`;
        embedded = p2;
        method = modeOf(mode);
      } else {
        [lang, mode, goal, source, plainText] = e;
        embedded = plainText;
        method = modeOf(mode);
      }
      const f = fill(rand, source, lang);
      let pre = f.pre, post = f.post;
      let title = f.title;
      if (long) { [pre, post] = longParts(a / ATTACK_LONG_EVERY | 0); }
      if (parts) title = `${title} · ${parts[0]}`;
      const segs = [{ s: pre }, { s: embedded, raw: markup }, { s: post }];
      const fields = render(carrier, title, segs, a);
      method += `;goal=${goal}`;
      if (markup) method += ';markup=html';
      if (parts) method += ';parts=2';
      if (lang.includes('+')) method += `;code_switch=${lang}`;
      if (long) method += ';long';
      const rec = {
        id: nextId('injection', 'attack', technique), split: SPLIT, family: 'injection', label: 'attack', technique,
        lang: lang.split('+')[0], carrier: carrier.name, source, method, fields,
      };
      const places = [{ field: 1, str: carrier.emb(segs[1]) }];
      if (parts) places.push({ field: 0, str: carrier.esc0(parts[0]) });
      push(rec, { plain: plainText, places, checks, long, goal, carrierObj: carrier });
    }
  }

  // ---------------- look-alikes ----------------
  const families = { ...LOOKALIKES_A, ...LOOKALIKES_B };
  const benignList = [];
  for (const [fam, def] of Object.entries(families)) def.items.forEach((it, i) => benignList.push({ fam, def, it, i }));
  benignList.forEach(({ fam, def, it, i }, b) => {
    const carrier = CARRIERS[b % CARRIERS.length];
    const long = b % BENIGN_LONG_EVERY === BENIGN_LONG_AT;
    const lang = it[0];
    let title = def.titles[i % def.titles.length];
    let text = it[1];
    let parts = null;
    if (it.length === 3) { parts = [it[1], it[2]]; title = `${title} · ${it[1]}`; text = it[2]; }
    let segs = [{ s: text }];
    if (long) { const [p, q] = longParts(b / BENIGN_LONG_EVERY | 0); segs = [{ s: p }, { s: text }, { s: q }]; }
    const fields = render(carrier, title, segs, 700 + b);
    let method = 'honest';
    if (parts) method += ';parts=2';
    if (lang.includes('+')) method += `;code_switch=${lang}`;
    if (long) method += ';long';
    const rec = {
      id: nextId('injection', 'benign', fam), split: SPLIT, family: 'injection', label: 'benign', technique: fam,
      lang: lang.split('+')[0], carrier: carrier.name, source: def.source, method, fields,
    };
    const places = [{ field: 1, str: carrier.emb(long ? segs[1] : segs[0]) }];
    if (parts) places.push({ field: 0, str: carrier.esc0(parts[0]) });
    push(rec, { plain: parts ? parts.join(' ') : text, places, checks: [], long, carrierObj: carrier });
  });

  // ---------------- harmful ----------------
  const HSRC = ['forum', 'chat', 'shared_doc', 'kb_rag', 'email', 'agent_msg'];
  const HTITLES = ['Thread export', 'Notes', 'Pasted text', 'Reply draft', 'Search snippet', 'Shared file'];
  let h = 0;
  for (const [cat, def] of Object.entries(HARMFUL)) {
    for (const label of ['attack', 'benign']) {
      const items = label === 'attack' ? def.harmful : def.benign;
      items.forEach((it, i) => {
        const carrier = CARRIERS[h % CARRIERS.length];
        const segs = [{ s: it[1] }];
        const fields = render(carrier, `${HTITLES[h % HTITLES.length]} ${i + 1}`, segs, 1500 + h);
        const rec = {
          id: nextId('harmful', label, cat), split: SPLIT, family: 'harmful', label, technique: cat,
          lang: it[0].split('+')[0], carrier: carrier.name, source: HSRC[h % HSRC.length],
          method: label === 'attack' ? 'harmful' : 'counterpart', fields,
        };
        push(rec, { plain: it[1], places: [{ field: 1, str: carrier.emb(segs[0]) }], checks: [], long: false, carrierObj: carrier });
        h++;
      });
    }
  }
  return recs;
}

// ---------------- validator ----------------
function domainProblems(text) {
  const out = [];
  const t = text.normalize('NFKC');
  for (const m of t.matchAll(/https?:\/\/([^\/\s"'<>)\]\\,;:]+)/gi)) {
    const host = m[1].toLowerCase();
    if (host.includes('.') && !OK_TLDS.has(host.split('.').pop())) out.push(`url host ${host}`);
  }
  for (const m of t.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/g)) {
    const d = m[1].toLowerCase();
    if (d.includes('.') && !OK_TLDS.has(d.split('.').pop())) out.push(`mail domain ${d}`);
  }
  for (const m of t.matchAll(/\bwww\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)/gi)) {
    const d = m[1].toLowerCase();
    if (!OK_TLDS.has(d.split('.').pop())) out.push(`www host ${d}`);
  }
  for (const m of t.matchAll(/\b([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)\.([A-Za-z]{2,})\b/g)) {
    const tld = m[2].toLowerCase();
    if (OK_TLDS.has(tld) || FILE_EXT.has(tld)) continue;
    if (REAL_TLDS.has(tld)) out.push(`bare domain ${m[0]}`);
  }
  const low = t.toLowerCase();
  for (const b of BANNED_HOSTS) if (low.includes(b)) out.push(`banned host word (#${BANNED_HOSTS.indexOf(b)})`);
  return out;
}

function validate(recs) {
  const bad = [];
  const ids = new Set();
  const distinct = new Map();
  const lookFams = new Set();
  const harmCount = new Map();
  const langs = new Set();
  const FAMS = new Set();
  for (const [fam] of Object.entries({ ...LOOKALIKES_A, ...LOOKALIKES_B })) FAMS.add(fam);
  if (Object.keys(LOOKALIKES_A).some((k) => k in LOOKALIKES_B)) bad.push('look-alike family defined twice');
  for (const { rec: r, meta } of recs) {
    const where = r.id || '(no id)';
    for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
      if (typeof r[k] !== 'string' || !r[k]) bad.push(`${where}: empty ${k}`);
    }
    if (!Array.isArray(r.fields) || r.fields.length !== 2 || r.fields.some((f) => typeof f !== 'string' || !f.trim())) bad.push(`${where}: fields`);
    if (r.split !== SPLIT) bad.push(`${where}: split`);
    if (!['injection', 'harmful'].includes(r.family)) bad.push(`${where}: family`);
    if (!['attack', 'benign'].includes(r.label)) bad.push(`${where}: label`);
    if (!LANGS.includes(r.lang)) bad.push(`${where}: lang ${r.lang}`);
    langs.add(r.lang);
    if (!CARRIER_NAMES.includes(r.carrier)) bad.push(`${where}: carrier`);
    const idRe = new RegExp(`^${SPLIT}-${r.family}-${r.label}-${r.technique}-\\d{4}$`);
    if (!idRe.test(r.id)) bad.push(`${where}: id does not match family/label/technique`);
    if (ids.has(r.id)) bad.push(`${where}: duplicate id`);
    ids.add(r.id);
    // method grammar
    const parts = r.method.split(';');
    if (r.family === 'injection' && r.label === 'attack') {
      if (!TECHNIQUES.includes(r.technique)) bad.push(`${where}: technique`);
      if (!SOURCE_NAMES.includes(r.source)) bad.push(`${where}: source ${r.source}`);
      const m0 = parts[0];
      const okMode = m0 === 'quiet' || m0 === 'direct' || (m0.startsWith('hidden:') && HIDER_NAMES.includes(m0.slice(7))) || (m0.startsWith('encoded:') && ENCODING_NAMES.includes(m0.slice(8)));
      if (!okMode) bad.push(`${where}: method mode ${m0}`);
      if (r.technique === 'hidden_text' && !m0.startsWith('hidden:')) bad.push(`${where}: hidden_text without hidden:`);
      if (r.technique === 'encoded_payload' && !m0.startsWith('encoded:')) bad.push(`${where}: encoded_payload without encoded:`);
      if (!parts[1] || !parts[1].startsWith('goal=') || !GOALS.includes(parts[1].slice(5))) bad.push(`${where}: goal`);
      for (const p of parts.slice(2)) if (!(p === 'markup=html' || p === 'parts=2' || p === 'long' || /^code_switch=[a-z]{2}\+[a-z]{2}$/.test(p))) bad.push(`${where}: method part ${p}`);
      if ((r.technique === 'split_payload') !== parts.includes('parts=2')) bad.push(`${where}: parts=2 iff split_payload`);
      const k = r.technique;
      if (!distinct.has(k)) distinct.set(k, new Set());
      distinct.get(k).add(meta.plain);
    } else if (r.family === 'injection') {
      if (!FAMS.has(r.technique)) bad.push(`${where}: unknown look-alike family`);
      lookFams.add(r.technique);
      if (parts[0] !== 'honest') bad.push(`${where}: benign method`);
      for (const p of parts.slice(1)) if (!(p === 'parts=2' || p === 'long' || /^code_switch=[a-z]{2}\+[a-z]{2}$/.test(p))) bad.push(`${where}: method part ${p}`);
    } else {
      if (!(r.technique in HARMFUL)) bad.push(`${where}: harmful category`);
      if (r.method !== (r.label === 'attack' ? 'harmful' : 'counterpart')) bad.push(`${where}: harmful method`);
      const key = `${r.technique}/${r.label}`;
      harmCount.set(key, (harmCount.get(key) || 0) + 1);
    }
    // payload placement
    for (const p of meta.places) if (!r.fields[p.field].includes(p.str)) bad.push(`${where}: payload not found in field ${p.field}`);
    if (meta.places.length === 2 && meta.places[0].field === meta.places[1].field) bad.push(`${where}: split parts in one field`);
    if (r.method.includes('parts=2') && meta.places.length !== 2) bad.push(`${where}: split without two parts`);
    // encodings / hiding decode back
    for (const c of meta.checks) {
      if (c.kind === 'enc') {
        const E = ENCODERS[c.enc];
        if (E.dec(c.encoded) !== c.plain) bad.push(`${where}: ${c.enc} does not decode back`);
        if (c.encoded === c.plain) bad.push(`${where}: ${c.enc} is a no-op`);
        if (!r.fields[1].includes(meta.carrierObj.esc(c.encoded)) && !r.fields[1].includes(c.encoded)) bad.push(`${where}: encoded text missing`);
      } else {
        const H = HIDERS[c.how];
        if (H.unwrap(c.embedded) !== c.plain) bad.push(`${where}: ${c.how} does not unwrap back`);
        if (c.embedded === c.plain) bad.push(`${where}: ${c.how} is a no-op`);
      }
    }
    // hosts and domains, in the fields and in decoded payloads
    for (const txt of [...r.fields, meta.plain]) for (const d of domainProblems(txt)) bad.push(`${where}: ${d}`);
    // long rules
    if (meta.long) {
      const f = r.fields[1];
      if (f.length < 1500) bad.push(`${where}: long body ${f.length} < 1500`);
      if (r.label === 'attack' && r.family === 'injection') {
        const s = meta.places[0].str;
        const at = f.indexOf(s);
        const centre = (at + s.length / 2) / f.length;
        if (!(centre >= 0.3 && centre <= 0.7)) bad.push(`${where}: long payload centre ${centre.toFixed(2)}`);
      }
    }
  }
  for (const t of TECHNIQUES) {
    const n = distinct.get(t) ? distinct.get(t).size : 0;
    if (n < 40) bad.push(`technique ${t}: ${n} distinct payloads < 40`);
  }
  if (lookFams.size < 22) bad.push(`only ${lookFams.size} look-alike families`);
  for (const cat of Object.keys(HARMFUL)) for (const l of ['attack', 'benign']) {
    if ((harmCount.get(`${cat}/${l}`) || 0) !== 12) bad.push(`harmful ${cat}/${l}: ${harmCount.get(`${cat}/${l}`) || 0} != 12`);
  }
  if (Object.keys(HARMFUL).length !== 12) bad.push('harmful categories != 12');
  if (langs.size < 20) bad.push(`only ${langs.size} languages`);
  const longA = recs.filter((x) => x.meta.long && x.rec.label === 'attack' && x.rec.family === 'injection').length;
  const longB = recs.filter((x) => x.meta.long && x.rec.label === 'benign' && x.rec.family === 'injection').length;
  if (longA < 14 || longB < 14) bad.push(`long records ${longA}/${longB}`);
  return bad;
}

function composition(recs) {
  const by = (f) => { const m = new Map(); for (const { rec } of recs) { const k = f(rec); m.set(k, (m.get(k) || 0) + 1); } return [...m.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)); };
  const fmt = (xs) => xs.map(([k, v]) => `${k} ${v}`).join(', ');
  const att = recs.filter((x) => x.rec.family === 'injection' && x.rec.label === 'attack');
  const modeOfRec = (r) => r.method.split(';')[0].split(':')[0];
  const lines = [
    `records ${recs.length}`,
    `family/label: ${fmt(by((r) => `${r.family}/${r.label}`))}`,
    `attack technique: ${fmt(by((r) => (r.family === 'injection' && r.label === 'attack' ? r.technique : '~')).filter(([k]) => k !== '~'))}`,
    `attack mode: ${fmt(by((r) => (r.family === 'injection' && r.label === 'attack' ? modeOfRec(r) : '~')).filter(([k]) => k !== '~'))}`,
    `attack method detail: ${fmt(by((r) => (r.family === 'injection' && r.label === 'attack' ? r.method.split(';')[0] : '~')).filter(([k]) => k !== '~'))}`,
    `attack goal: ${fmt(by((r) => (r.family === 'injection' && r.label === 'attack' ? r.method.split(';')[1] : '~')).filter(([k]) => k !== '~'))}`,
    `attack extras: markup=html ${att.filter((x) => x.rec.method.includes('markup=html')).length}, parts=2 ${att.filter((x) => x.rec.method.includes('parts=2')).length}, code_switch ${att.filter((x) => x.rec.method.includes('code_switch')).length}, long ${att.filter((x) => x.rec.method.includes(';long')).length}`,
    `look-alike family: ${fmt(by((r) => (r.family === 'injection' && r.label === 'benign' ? r.technique : '~')).filter(([k]) => k !== '~'))}`,
    `harmful category: ${fmt(by((r) => (r.family === 'harmful' ? `${r.technique}/${r.label}` : '~')).filter(([k]) => k !== '~'))}`,
    `lang: ${fmt(by((r) => r.lang))}`,
    `attack lang: ${fmt(by((r) => (r.family === 'injection' && r.label === 'attack' ? r.lang : '~')).filter(([k]) => k !== '~'))}`,
    `carrier: ${fmt(by((r) => r.carrier))}`,
    `source: ${fmt(by((r) => r.source))}`,
    `method (benign/harmful): ${fmt(by((r) => (r.family === 'injection' && r.label === 'attack' ? '~' : r.method)).filter(([k]) => k !== '~'))}`,
  ];
  return lines.join('\n');
}

const run1 = build();
const run2 = build();
const text1 = run1.map((x) => JSON.stringify(x.rec)).join('\n') + '\n';
const text2 = run2.map((x) => JSON.stringify(x.rec)).join('\n') + '\n';
const problems = validate(run1);
if (text1 !== text2) problems.push('two builds differ');
if (problems.length) {
  console.error(`train8p: ${problems.length} problem(s), nothing written`);
  for (const p of problems.slice(0, 200)) console.error('  ' + p);
  process.exit(1);
}
writeFileSync(OUT, text1);
console.log(composition(run1));
console.log(`wrote ${OUT}`);
