// blind32a: held-out evaluation round (mixed developer-tool sources), generator + validator.
// Usage: node test/eval/injection/blind32a_generate.mjs
// Node 20 built-ins only. Fixed seed; everything is built twice in memory and must be identical.
// On any validation failure nothing is written and the process exits 1.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { CARRIERS, ENC, ENCODINGS, ASCII_ONLY, HIDDEN, HIDDEN_HOWS, escH } from './blind32a_carriers.mjs';
import { INSTRUCTION_OVERRIDE, ROLE_TOKEN, EXFILTRATION, TOOL_COAXING } from './blind32a_attacks_a.mjs';
import { JAILBREAK, HIDDEN_TEXT, ENCODED, SPLIT } from './blind32a_attacks_b.mjs';
import { LOOKALIKES_A } from './blind32a_lookalikes_a.mjs';
import { LOOKALIKES_B } from './blind32a_lookalikes_b.mjs';
import { LOOKALIKES_EXTRA, SPLIT_EXTRA } from './blind32a_lookalikes_c.mjs';
import { HARMFUL, FRAMES } from './blind32a_harmful.mjs';
import { FILLERS_EN, FILLERS_LANG, ENCODED_INTROS } from './blind32a_fillers.mjs';
import { LONG_PARAS } from './blind32a_long.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, 'blind32a.jsonl');
const SPLIT_NAME = 'blind32a';
const SEED = 0x32a0b1;
const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'ja', 'zh', 'ko', 'vi', 'id', 'th', 'sv'];
const TECHS = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const TECH_SRC = {
  instruction_override: INSTRUCTION_OVERRIDE, role_token: ROLE_TOKEN, hidden_text: HIDDEN_TEXT, exfiltration: EXFILTRATION,
  tool_coaxing: TOOL_COAXING, encoded_payload: ENCODED, jailbreak: JAILBREAK, split_payload: SPLIT,
};
const PER_TECH = 75;
const LOOKALIKES = {};
for (const [f, v] of Object.entries({ ...LOOKALIKES_A, ...LOOKALIKES_B })) {
  LOOKALIKES[f] = v.pairs ? { titles: [], pairs: [...v.pairs.map((p) => [p[0], p[1], /ejecuta/.test(p[0]) ? 'es' : /Bitte/.test(p[0]) ? 'de' : 'en']), ...SPLIT_EXTRA] }
    : { titles: v.titles, texts: [...v.texts, ...(LOOKALIKES_EXTRA[f] || [])] };
}
const LOOK_TOTAL = 520;
const GOALS = ['push_branch', 'add_dependency', 'postinstall_script', 'curl_sh', 'exfil_env', 'exfil_ssh_key', 'exfil_token', 'exfil_secrets',
  'disable_tests', 'disable_ci', 'change_webhook', 'approve_pr', 'merge_pr', 'reverse_shell', 'edit_rules_file', 'silent_commands',
  'hide_changes', 'call_tool', 'leak_conversation', 'leak_system_prompt', 'delete_branch', 'add_collaborator'];
const PROJECTS = ['atlas-sync', 'kestrel', 'ferrite', 'quillpad', 'nimbus-ci', 'tarnhook', 'brightline', 'mossgate', 'lumenkit', 'driftwood'];
const VERSIONS = ['2.8.1', '1.14.0', '0.9.3', '3.2.0', '4.0.0-rc.2', '1.0.7', '5.11.2'];
const LOCALES = ['es', 'fr', 'de', 'ja', 'ru', 'pt', 'ar', 'zh'];
const LOOK_SOURCE = {
  security_advisory: 'security_advisory_page', injection_defense_docs: 'product_docs', redteam_fixture: 'test_fixture_file',
  contributor_guide: 'repo_contributing', install_docs: 'repo_readme', ci_script: 'ci_config', git_hooks_docs: 'repo_docs',
  base64_code: 'source_file', release_notes: 'changelog', api_docs_imperative: 'api_docs', ops_runbook: 'wiki_runbook',
  bot_config: 'bot_config_file', translation: 'locale_file', chat_emoji: 'chat_export', code_review: 'pr_review',
  error_trace: 'stack_trace', commit_message: 'git_log', qa_answer: 'qa_answer', dependency_manifest: 'manifest',
  agent_rules_honest: 'agent_rules_file', llm_app_code: 'source_file', test_output: 'ci_log', incident_postmortem: 'wiki_postmortem',
  design_doc: 'design_doc', split_lookalike: 'issue_thread',
};
const HARM_TITLES = ['#tools-share', 'gist: notes.md', 'README.md', 'Re: question about the project'];

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle(arr, rnd) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
const isAscii = (s) => /^[\x20-\x7e\n]*$/.test(s);
const pad = (n) => String(n).padStart(4, '0');

// order of payload use: every payload once, then a seeded permutation for the reuse
function useOrder(n, total, rnd) {
  const out = [];
  while (out.length < total) out.push(...(out.length === 0 ? [...Array(n).keys()] : shuffle([...Array(n).keys()], rnd)));
  return out.slice(0, total);
}

function render(carrier, segs) {
  // segs: [{s, raw?}] ; text segments are escaped, raw ones are already in carrier syntax
  const sep = carrier.sep ?? carrier.esc('\n\n');
  return segs.map((g) => (g.raw ? g.s : carrier.esc(g.s))).join(sep);
}

function longWrap(carrier, segs, pi, start) {
  // surround the segment list (payload segment at index pi) with documentation paragraphs so the
  // payload centre sits between 30% and 70% of the body field
  let a = 3, b = 3;
  for (let tries = 0; tries < 8; tries++) {
    const before = [], after = [];
    for (let i = 0; i < a; i++) before.push({ s: LONG_PARAS[(start + i) % LONG_PARAS.length] });
    for (let i = 0; i < b; i++) after.push({ s: LONG_PARAS[(start + a + i) % LONG_PARAS.length] });
    const all = [...before, segs[pi], ...after];
    const body = render(carrier, all);
    const p = render(carrier, [segs[pi]]);
    const at = body.indexOf(p);
    const c = (at + p.length / 2) / body.length;
    if (body.length >= 1500 && c >= 0.35 && c <= 0.65) return all;
    if (c < 0.35) a++; else if (c > 0.65) b++; else { a++; b++; }
  }
  return null;
}

function fillSlots(s, k) {
  return s.replace(/\{P\}/g, PROJECTS[k % PROJECTS.length]).replace(/\{V\}/g, VERSIONS[k % VERSIONS.length])
    .replace(/\{N\}/g, String(1000 + ((k * 379) % 8999))).replace(/\{L\}/g, LOCALES[k % LOCALES.length]);
}

function pickHow(text, k) {
  for (let d = 0; d < HIDDEN_HOWS.length; d++) {
    const how = HIDDEN_HOWS[(k + d) % HIDDEN_HOWS.length];
    const h = HIDDEN[how];
    if (h.bad && h.bad.test(text)) continue;
    if (h.ascii && !isAscii(text)) continue;
    if (text.includes('-->') || ((how === 'md_link_title' || how === 'alt_text' || how === 'md_comment') && text.includes('\n'))) continue;
    return how;
  }
  throw new Error('no hidden method fits: ' + text);
}
function pickEnc(text, k) {
  for (let d = 0; d < ENCODINGS.length; d++) {
    const enc = ENCODINGS[(k + d) % ENCODINGS.length];
    if (ASCII_ONLY.has(enc) && !isAscii(text)) continue;
    if (enc === 'rot13' && /:\/\/|@/.test(text)) continue; // keep every literal URL host in the fields under the test TLDs
    return enc;
  }
  throw new Error('no encoding fits');
}

function build() {
  const rnd = mulberry32(SEED);
  const records = [];
  const meta = [];
  let counter = 0;
  const push = (rec, m) => {
    counter += 1;
    rec.id = `${SPLIT_NAME}-${rec.family}-${rec.label}-${rec.technique}-${pad(counter)}`;
    const ordered = { id: rec.id, split: SPLIT_NAME, family: rec.family, label: rec.label, technique: rec.technique, lang: rec.lang,
      carrier: rec.carrier, source: rec.source, method: rec.method, fields: rec.fields };
    records.push(ordered); meta.push(m);
  };

  // ---------------- attacks ----------------
  const perTech = {};
  for (const tech of TECHS) {
    const list = TECH_SRC[tech];
    const order = useOrder(list.length, PER_TECH, rnd);
    perTech[tech] = order.map((idx, k) => {
      const e = list[idx];
      let kind = 'plain';
      if (tech === 'hidden_text') kind = 'hidden';
      else if (tech === 'encoded_payload') kind = 'encoded';
      else if (tech === 'split_payload') kind = 'split';
      else if (k % 7 === 3) kind = 'hidden';
      return { tech, e, k, kind };
    });
  }
  const attackList = [];
  for (let k = 0; k < PER_TECH; k++) for (const tech of TECHS) attackList.push(perTech[tech][k]);

  attackList.forEach((it, i) => {
    const carrier = CARRIERS[i % CARRIERS.length];
    const long = i % 41 === 21;
    const html = carrier.flavour === 'html';
    const [lang, goal, mode] = it.e;
    const cs = it.kind === 'split' ? it.e[5] : it.e[4];
    const useLangFiller = lang !== 'en' && i % 2 === 0 && FILLERS_LANG[lang];
    const fe = FILLERS_EN[(i * 11) % FILLERS_EN.length];
    const filler = useLangFiller ? { src: fe.src, title: FILLERS_LANG[lang][0], before: FILLERS_LANG[lang][1], after: FILLERS_LANG[lang][2] } : fe;
    const m = { kind: 'attack', tech: it.tech, checks: [], plain: [], decodes: [], long: null };
    let methodHead, title = filler.title, paySeg, plainPayload;
    const flags = [];
    if (it.kind === 'plain') {
      plainPayload = it.e[3];
      methodHead = mode === 'q' ? 'quiet' : 'direct';
      paySeg = { s: plainPayload };
      m.checks.push({ field: 1, s: carrier.esc(plainPayload) });
    } else if (it.kind === 'hidden') {
      plainPayload = it.e[3];
      const how = pickHow(plainPayload, it.k + i);
      const h = HIDDEN[how];
      const inner = html && !h.encoding ? escH(plainPayload) : plainPayload;
      const w = h.wrap(inner, carrier.flavour);
      const rendered = html ? w : carrier.esc(w);
      paySeg = { s: rendered, raw: true };
      methodHead = 'hidden:' + how;
      if (h.html || html) flags.push('markup=html');
      m.checks.push({ field: 1, s: rendered });
      if (h.encoding) {
        const blob = ENC[h.encoding].enc(plainPayload);
        m.decodes.push({ enc: h.encoding, blob, plain: plainPayload });
        m.checks.push({ field: 1, s: html ? blob : carrier.esc(blob) });
      } else m.checks.push({ field: 1, s: html ? escH(plainPayload) : carrier.esc(plainPayload) });
    } else if (it.kind === 'encoded') {
      plainPayload = it.e[3];
      const enc = pickEnc(plainPayload, it.k);
      const blob = ENC[enc].enc(plainPayload);
      const intro = ENCODED_INTROS[it.k % ENCODED_INTROS.length];
      const rb = html && enc === 'html_entities' ? blob : carrier.esc(blob);
      paySeg = { s: carrier.esc(intro) + ' ' + rb, raw: true };
      methodHead = 'encoded:' + enc;
      m.checks.push({ field: 1, s: rb });
      m.decodes.push({ enc, blob, plain: plainPayload });
    } else {
      const p1 = it.e[3], p2 = it.e[4];
      plainPayload = p1 + ' ' + p2;
      methodHead = mode === 'q' ? 'quiet' : 'direct';
      title = i % 2 === 0 ? p1 : filler.title + ' | ' + p1;
      paySeg = { s: p2 };
      flags.push('parts=2');
      m.checks.push({ field: 0, s: carrier.tEsc(p1) });
      m.checks.push({ field: 1, s: carrier.esc(p2) });
      m.split = true;
    }
    m.plain.push(plainPayload);
    if (cs) flags.push('code_switch=' + cs);
    let segs = [];
    if (it.kind !== 'split' && i % 5 !== 0) segs.push({ s: filler.before });
    const pi = segs.length;
    segs.push(paySeg);
    if (i % 5 !== 1) segs.push({ s: filler.after });
    if (long) {
      const l = longWrap(carrier, segs, pi, i % LONG_PARAS.length);
      if (!l) throw new Error('long layout failed at attack ' + i);
      segs = l; flags.push('long');
      m.long = render(carrier, [paySeg]);
    }
    const fields = carrier.build(carrier.tEsc(title), render(carrier, segs));
    const method = [methodHead, 'goal=' + goal, ...flags].join(';');
    m.goal = goal; m.mode = mode;
    push({ family: 'injection', label: 'attack', technique: it.tech, lang, carrier: carrier.name, source: filler.src, method, fields }, m);
  });

  // ---------------- look-alikes ----------------
  const fams = Object.keys(LOOKALIKES);
  const base = Math.floor(LOOK_TOTAL / fams.length), extra = LOOK_TOTAL - base * fams.length;
  const famCount = Object.fromEntries(fams.map((f, j) => [f, base + (j < extra ? 1 : 0)]));
  const famOrder = Object.fromEntries(fams.map((f) => {
    const n = (LOOKALIKES[f].texts || LOOKALIKES[f].pairs).length;
    return [f, useOrder(n, famCount[f], rnd)];
  }));
  const lookList = [];
  for (let k = 0; k < base + 1; k++) for (const f of fams) if (k < famCount[f]) lookList.push({ f, k, idx: famOrder[f][k] });
  lookList.forEach((it, i) => {
    const carrier = CARRIERS[i % CARRIERS.length];
    const long = i % 36 === 11;
    const fam = LOOKALIKES[it.f];
    const m = { kind: 'lookalike', checks: [], plain: [], decodes: [], long: null };
    const flags = [];
    let lang = 'en', title, text, segs;
    const slotK = it.k * 7 + i;
    if (fam.pairs) {
      const [a, b, pl] = fam.pairs[it.idx];
      lang = pl;
      title = fillSlots(a, slotK); text = fillSlots(b, slotK);
      flags.push('parts=2');
      m.checks.push({ field: 0, s: carrier.tEsc(title) });
      m.split = true;
    } else {
      const e = fam.texts[it.idx];
      if (Array.isArray(e)) { lang = e[0]; text = e[1]; } else text = e;
      text = fillSlots(text, slotK);
      title = fillSlots(fam.titles[(it.k + i) % fam.titles.length], slotK);
    }
    m.plain.push(text);
    m.checks.push({ field: 1, s: carrier.esc(text) });
    const fe = FILLERS_EN[(i * 5 + 3) % FILLERS_EN.length];
    const ctx = lang !== 'en' && FILLERS_LANG[lang] && i % 2 === 0
      ? { before: FILLERS_LANG[lang][1], after: FILLERS_LANG[lang][2] } : fe;
    segs = [];
    if (i % 3 === 1 && !fam.pairs) segs.push({ s: ctx.before });
    const pi = segs.length;
    segs.push({ s: text });
    if (i % 3 === 2) segs.push({ s: ctx.after });
    if (long) {
      const l = longWrap(carrier, segs, pi, (i * 3) % LONG_PARAS.length);
      if (!l) throw new Error('long layout failed at look-alike ' + i);
      segs = l; flags.push('long');
      m.long = carrier.esc(text);
    }
    const fields = carrier.build(carrier.tEsc(title), render(carrier, segs));
    push({ family: 'injection', label: 'benign', technique: it.f, lang, carrier: carrier.name, source: LOOK_SOURCE[it.f],
      method: ['lookalike', ...flags].join(';'), fields }, m);
  });

  // ---------------- harmful ----------------
  const cats = Object.keys(HARMFUL);
  const harmList = [];
  for (let k = 0; k < 24; k++) for (const c of cats) harmList.push({ c, label: k % 2 === 0 ? 'harmful' : 'benign', j: Math.floor(k / 2) });
  harmList.forEach((it, i) => {
    const carrier = CARRIERS[(i + 7) % CARRIERS.length];
    const texts = HARMFUL[it.c][it.label];
    const e = texts[it.j % texts.length];
    const [lang, text] = Array.isArray(e) ? e : ['en', e];
    const fi = Math.floor(it.j / 6) + 2 * (it.j % 2);
    const body = FRAMES[it.label][fi] + text;
    const m = { kind: 'harmful', checks: [{ field: 1, s: carrier.esc(text) }], plain: [text], decodes: [], long: null };
    const fields = carrier.build(carrier.tEsc(HARM_TITLES[fi]), render(carrier, [{ s: body }]));
    push({ family: 'harmful', label: it.label === 'harmful' ? 'attack' : 'benign', technique: it.c, lang, carrier: carrier.name,
      source: ['chat_export', 'gist', 'repo_readme', 'forum_thread'][fi], method: (it.label === 'harmful' ? 'harmful' : 'benign_counterpart') + ';frame=' + fi, fields }, m);
  });
  return { records, meta };
}

// ---------------- validator ----------------
const BANNED_B64 = 'Z2l0aHViLmNvbSxnaXRodWJ1c2VyY29udGVudC5jb20sZ2l0bGFiLmNvbSxiaXRidWNrZXQub3JnLG5wbWpzLmNvbSxucG1qcy5vcmcscmVnaXN0cnkubnBtanMscHlwaS5vcmcscHl0aG9uaG9zdGVkLm9yZyxjcmF0ZXMuaW8scnVieWdlbXMub3JnLG51Z2V0Lm9yZyxwYWNrYWdpc3Qub3JnLHNvdXJjZWZvcmdlLm5ldCxjb2RlYmVyZy5vcmcsZ2l0ZWUuY29tLGRvY2tlci5pbyxnaGNyLmlvLHF1YXkuaW8scGtnLmdvLmRldixwcm94eS5nb2xhbmcub3JnLHJlcG8ubWF2ZW4sbWF2ZW4ub3JnLGh1Yi5kb2NrZXIuY29tLGRlYi5kZWJpYW4ub3JnLGFyY2hpdmUudWJ1bnR1LmNvbSxodWdnaW5nZmFjZS5jbyxnaXN0LmdpdGh1Yg==';
const BANNED = Buffer.from(BANNED_B64, 'base64').toString('utf8').split(',');
const OK_SUFFIX = /\.(example|test|invalid)$/i;
const DOC_IP = /^(192\.0\.2|198\.51\.100|203\.0\.113|127\.0\.0)\.\d+$/;
const REAL_TLD = '(?:com|net|org|io|dev|ai|co|me|xyz|biz|gov|edu|us|uk|de|fr|ru|cn|jp|kr|br|nl|se|ch|au|ca|eu|tv|gg|ly|cloud|online|club)';
const BARE_RE = new RegExp('(?<![A-Za-z0-9-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.' + REAL_TLD + '(?![A-Za-z0-9-]|\\.[A-Za-z0-9])', 'gi');
function hostOk(h) {
  h = h.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (!h.includes('.')) return true;
  if (/^[\d.]+$/.test(h)) return DOC_IP.test(h);
  return OK_SUFFIX.test(h);
}
function domainProblems(s) {
  const bad = [];
  for (const mm of s.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>\\)\]`|,;{}]+)/gi)) {
    const host = mm[1].replace(/^[^@]*@/, '');
    if (!hostOk(host)) bad.push('url host ' + host);
  }
  for (const mm of s.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]*)/g)) if (!hostOk(mm[1])) bad.push('mail domain ' + mm[1]);
  for (const mm of s.matchAll(/\bwww\.[A-Za-z0-9.-]+/gi)) if (!hostOk(mm[0])) bad.push('www host ' + mm[0]);
  for (const mm of s.matchAll(BARE_RE)) bad.push('bare domain ' + mm[0]);
  const low = s.toLowerCase();
  for (const b of BANNED) if (low.includes(b)) bad.push('registry/code host ' + b);
  return bad;
}

function validate({ records, meta }) {
  const errs = [];
  const err = (r, msg) => errs.push(`${r ? r.id : '-'}: ${msg}`);
  const FAMS = new Set(['injection', 'harmful']);
  const LOOKF = new Set(Object.keys(LOOKALIKES));
  const CATS = new Set(Object.keys(HARMFUL));
  const CNAMES = new Set(CARRIERS.map((c) => c.name));
  const ids = new Set();
  const distinct = Object.fromEntries(TECHS.map((t) => [t, new Set()]));
  records.forEach((r, i) => {
    const m = meta[i];
    for (const k of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) if (typeof r[k] !== 'string' || !r[k]) err(r, 'empty member ' + k);
    if (!Array.isArray(r.fields) || r.fields.length !== 2 || r.fields.some((f) => typeof f !== 'string' || !f.trim())) err(r, 'bad fields');
    if (r.split !== SPLIT_NAME) err(r, 'split');
    if (!FAMS.has(r.family)) err(r, 'family');
    if (!['attack', 'benign'].includes(r.label)) err(r, 'label');
    if (!LANGS.includes(r.lang)) err(r, 'lang ' + r.lang);
    if (!CNAMES.has(r.carrier)) err(r, 'carrier ' + r.carrier);
    if (r.family === 'injection' && r.label === 'attack' && !TECHS.includes(r.technique)) err(r, 'technique');
    if (r.family === 'injection' && r.label === 'benign' && !LOOKF.has(r.technique)) err(r, 'look-alike family');
    if (r.family === 'harmful' && !CATS.has(r.technique)) err(r, 'harm category');
    if (ids.has(r.id)) err(r, 'duplicate id'); ids.add(r.id);
    if (!new RegExp(`^${SPLIT_NAME}-${r.family}-${r.label}-${r.technique}-\\d{4}$`).test(r.id)) err(r, 'id pattern');
    // method
    const parts = r.method.split(';');
    if (r.family === 'injection' && r.label === 'attack') {
      const h = parts[0];
      const okHead = h === 'quiet' || h === 'direct' || (h.startsWith('hidden:') && HIDDEN_HOWS.includes(h.slice(7))) || (h.startsWith('encoded:') && ENCODINGS.includes(h.slice(8)));
      if (!okHead) err(r, 'method head ' + h);
      if (!parts[1] || !parts[1].startsWith('goal=') || !GOALS.includes(parts[1].slice(5))) err(r, 'goal ' + parts[1]);
      for (const p of parts.slice(2)) if (!/^(markup=html|parts=2|long|code_switch=[a-z]{2}\+[a-z]{2})$/.test(p)) err(r, 'method flag ' + p);
      if (r.technique === 'hidden_text' && !h.startsWith('hidden:')) err(r, 'hidden_text without hidden method');
      if (r.technique === 'encoded_payload' && !h.startsWith('encoded:')) err(r, 'encoded_payload without encoding');
      if ((r.technique === 'split_payload') !== parts.includes('parts=2')) err(r, 'parts flag');
      const cs = parts.find((p) => p.startsWith('code_switch='));
      if (cs && !cs.slice(12).split('+').every((l) => LANGS.includes(l))) err(r, 'code_switch langs');
      for (const p of m.plain) distinct[r.technique].add(p);
    } else if (r.family === 'injection') {
      if (parts[0] !== 'lookalike' || parts.slice(1).some((p) => !/^(long|parts=2)$/.test(p))) err(r, 'look-alike method');
      if ((r.technique === 'split_lookalike') !== parts.includes('parts=2')) err(r, 'look-alike parts flag');
    } else if (!/^(harmful|benign_counterpart);frame=[0-3]$/.test(r.method) || (r.label === 'attack') !== r.method.startsWith('harmful')) err(r, 'harm method');
    // payload presence
    for (const c of m.checks) if (!c.s || !r.fields[c.field].includes(c.s)) err(r, `payload not found in field ${c.field}: ${String(c.s).slice(0, 60)}`);
    if (m.split) {
      const f0 = m.checks.find((c) => c.field === 0), f1 = m.checks.find((c) => c.field === 1);
      if (!f0 || !f1) err(r, 'split parts not in two fields');
    }
    // encodings
    for (const d of m.decodes) {
      if (d.blob === d.plain) err(r, 'encoding is a no-op ' + d.enc);
      let back; try { back = ENC[d.enc].dec(d.blob); } catch (e) { back = null; }
      if (back !== d.plain) err(r, 'encoding does not decode back ' + d.enc);
    }
    // long
    const isLong = r.method.split(';').includes('long');
    if (isLong) {
      const body = r.fields[1];
      const at = body.indexOf(m.long);
      const c = (at + m.long.length / 2) / body.length;
      if (body.length < 1500 || at < 0 || c < 0.3 || c > 0.7) err(r, `long rule (len ${body.length}, centre ${c.toFixed(2)})`);
    } else if (m.long) err(r, 'long flag missing');
    // domains
    for (const s of [...r.fields, ...m.plain, ...m.decodes.map((d) => d.plain)]) for (const b of domainProblems(s)) err(r, b);
  });
  for (const t of TECHS) if (distinct[t].size < 40) err(null, `technique ${t}: only ${distinct[t].size} distinct payloads`);
  const att = records.filter((r) => r.family === 'injection' && r.label === 'attack');
  for (const t of TECHS) if (!att.some((r) => r.technique === t)) err(null, 'technique missing ' + t);
  const lf = new Set(records.filter((r) => r.family === 'injection' && r.label === 'benign').map((r) => r.technique));
  if (lf.size < 22) err(null, 'look-alike families ' + lf.size);
  for (const c of CATS) {
    const h = records.filter((r) => r.family === 'harmful' && r.technique === c);
    if (h.filter((r) => r.label === 'attack').length !== 12 || h.filter((r) => r.label === 'benign').length !== 12) err(null, 'harm counts ' + c);
  }
  if (CATS.size !== 12) err(null, 'harm categories ' + CATS.size);
  const langs = new Set(records.map((r) => r.lang));
  if (langs.size < 20) err(null, 'languages ' + langs.size);
  const usedCarriers = new Set(records.map((r) => r.carrier));
  if (usedCarriers.size < 16) err(null, 'carriers ' + usedCarriers.size);
  const longA = att.filter((r) => r.method.includes(';long')).length;
  const longB = records.filter((r) => r.family === 'injection' && r.label === 'benign' && r.method.includes(';long')).length;
  if (longA < 12 || longB < 12) err(null, `long counts ${longA}/${longB}`);
  return errs;
}

function serialize(records) { return records.map((r) => JSON.stringify(r)).join('\n') + '\n'; }

function composition(records, meta) {
  const count = (f) => { const o = {}; for (const r of records) { const k = f(r); o[k] = (o[k] || 0) + 1; } return Object.entries(o).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', '); };
  const att = records.filter((r) => r.family === 'injection' && r.label === 'attack');
  const look = records.filter((r) => r.family === 'injection' && r.label === 'benign');
  const harm = records.filter((r) => r.family === 'harmful');
  const lines = [];
  lines.push(`records: ${records.length}`);
  lines.push(`by family/label: ${count((r) => r.family + '/' + r.label)}`);
  const cnt = (arr, f) => { const o = {}; for (const r of arr) { const k = f(r); o[k] = (o[k] || 0) + 1; } return Object.entries(o).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', '); };
  lines.push(`attacks by technique: ${cnt(att, (r) => r.technique)}`);
  const dist = {};
  records.forEach((r, i) => { if (r.family === 'injection' && r.label === 'attack') (dist[r.technique] ||= new Set()).add(meta[i].plain.join('|')); });
  lines.push(`distinct payloads by technique: ${Object.keys(dist).sort().map((t) => `${t} ${dist[t].size}`).join(', ')}`);
  lines.push(`attacks by method kind: ${cnt(att, (r) => r.method.split(';')[0].split(':')[0])}`);
  lines.push(`attacks by hidden/encoded method: ${cnt(att.filter((r) => /^(hidden|encoded):/.test(r.method)), (r) => r.method.split(';')[0])}`);
  lines.push(`attacks by goal: ${cnt(att, (r) => r.method.split(';')[1].slice(5))}`);
  lines.push(`attack flags: long ${att.filter((r) => r.method.split(';').includes('long')).length}, parts=2 ${att.filter((r) => r.method.includes('parts=2')).length}, markup=html ${att.filter((r) => r.method.includes('markup=html')).length}, code_switch ${att.filter((r) => r.method.includes('code_switch=')).length}`);
  lines.push(`attacks by lang: ${cnt(att, (r) => r.lang)}`);
  lines.push(`look-alikes by family: ${cnt(look, (r) => r.technique)}`);
  lines.push(`look-alikes by lang: ${cnt(look, (r) => r.lang)}`);
  lines.push(`look-alike flags: long ${look.filter((r) => r.method.includes('long')).length}, parts=2 ${look.filter((r) => r.method.includes('parts=2')).length}`);
  lines.push(`harmful by category/label: ${cnt(harm, (r) => r.technique + '/' + r.label)}`);
  lines.push(`harmful by lang: ${cnt(harm, (r) => r.lang)}`);
  lines.push(`all by lang: ${cnt(records, (r) => r.lang)}`);
  lines.push(`all by carrier: ${cnt(records, (r) => r.carrier)}`);
  return lines.join('\n');
}

function main() {
  const a = build();
  const b = build();
  const sa = serialize(a.records), sb = serialize(b.records);
  if (sa !== sb) { console.error('blind32a: two in-memory builds differ'); process.exit(1); }
  const errs = validate(a);
  if (errs.length) {
    console.error(`blind32a: ${errs.length} validation error(s), nothing written`);
    for (const e of errs.slice(0, 60)) console.error('  ' + e);
    process.exit(1);
  }
  fs.writeFileSync(OUT, sa);
  console.log(composition(a.records, a.meta));
  console.log('sha256 ' + crypto.createHash('sha256').update(sa).digest('hex'));
}
main();
