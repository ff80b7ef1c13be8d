// Writes the injection model's data (README.md in this folder):
//   train.jsonl    messages the model trains on: {"parts": [[text, label], ...], "lang", "kind"}
//                  (label 1 = injected text, 0 = carrier or benign text)
//   heldout.jsonl  the same format, built only from held-out phrasings (never trained on)
//   heldout_eval.jsonl  the held-out messages as records of the eval set's format
//                  (../README.md), for mcp-gateway-injection-eval
// Deterministic (fixed seed, fixed order), node built-ins only: `node generate_training.mjs`.
// Phrase banks: attacks.mjs, benign.mjs, and the dev half (even positions) of ../payloads.mjs,
// ../benign.mjs and ../families.mjs; the test half of those is never used here.
import { readFileSync, writeFileSync } from 'node:fs';
import * as A from './attacks.mjs';
import * as B from './benign.mjs';
import * as PG from './pages.mjs';
import * as C from './concepts.mjs';
import * as P from '../payloads.mjs';
import * as EB from '../benign.mjs';
import * as F from '../families.mjs';

let seed = 0x1a7e5eed;
function rnd() {  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const chance = (p) => rnd() < p;
const pickAny = (a) => a[Math.floor(rnd() * a.length)];
// Picks from the entries of the current split: held out = positions i % 4 == 3.
let heldout = false;
function pick(bank) {
  const part = bank.filter((_, i) => (i % 4 === 3) === heldout);
  return pickAny(part.length > 0 ? part : bank);
}
const byLang = (bank, lang) => bank[lang] ?? bank.en;
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const SOV = new Set(['ja', 'ko', 'hi', 'tr']);
const stop = (lang) => (lang === 'zh' || lang === 'ja' ? '。' : lang === 'hi' ? '।' : '.');
const endWith = (s, lang) => (/[.!?。！？।]$/.test(s) ? s : s + stop(lang));
const sep = (lang) => (lang === 'zh' || lang === 'ja' ? '' : ' ');

function fill(s) {
  return s.replaceAll('{t}', pick(A.tools)).replaceAll('{f}', pick(A.files)).replaceAll('{s}', pick(A.sinks));
}

// ---- payloads ----
function override(lang) {
  const ign = pick(byLang(A.ignore, lang)), prev = pick(byLang(A.previous, lang));
  let s = SOV.has(lang) ? `${prev} ${ign}` : `${ign} ${prev}`;
  if (chance(0.3)) s = pick(byLang(A.address, lang)) + ' ' + s;
  s = endWith(cap(s), lang);
  if (chance(0.85)) s += sep(lang) + endWith(`${pick(byLang(A.intro, lang))} ${pick(byLang(A.goal, lang))}`, lang);
  return s;
}
function instruction(lang) {
  let s = endWith(`${pick(byLang(A.intro, lang))} ${pick(byLang(A.goal, lang))}`, lang);
  if (chance(0.5)) s = pick(byLang(A.address, lang)) + ' ' + s;
  if (chance(0.4)) s += sep(lang) + pick(byLang(A.secrecy, lang));
  return s;
}
function coaxing(lang) {
  let s = endWith(cap(fill(pick(byLang(A.coax, lang)))), lang);
  if (chance(0.5)) s = pick(byLang(A.address, lang)) + ' ' + s;
  if (chance(0.6)) s += sep(lang) + pick(byLang(A.secrecy, lang));
  return s;
}
function exfiltration(lang) {
  let s = endWith(cap(fill(pick(byLang(A.exfil, lang)))), lang);
  if (chance(0.4)) s = pick(byLang(A.intro, lang)) + ' ' + s;
  else if (chance(0.4)) s = pick(byLang(A.address, lang)) + ' ' + s;
  if (chance(0.5)) s += sep(lang) + pick(byLang(A.secrecy, lang));
  return s;
}
function jailbreak(lang) {
  let s = endWith(pick(byLang(A.jailbreak, lang)), lang);
  if (chance(0.6)) s += sep(lang) + endWith(`${pick(byLang(A.intro, lang))} ${pick(byLang(A.goal, lang))}`, lang);
  return s;
}
function plainPayload(lang) {
  return pickAny([override, instruction, coaxing, exfiltration])(lang);
}
// The dev half of the existing eval banks (even positions only).
const even = (a) => a.filter((_, i) => i % 2 === 0);
function legacy() {
  const kind = pickAny(['override', 'coax', 'exfil', 'jailbreak', 'role', 'family']);
  const goalOf = (lang) => pickAny(even(P.goals[lang] ?? P.goals.en));
  if (kind === 'override') {
    const lang = pickAny(Object.keys(P.override));
    return [lang, pickAny(even(P.override[lang])).replaceAll('{g}', goalOf(lang)).replaceAll('{G}', cap(goalOf(lang)))];
  }
  const fillEn = (s) => s.replaceAll('{g}', goalOf('en')).replaceAll('{G}', cap(goalOf('en'))).replaceAll('{conversation}', 'CONVERSATION_SUMMARY').replaceAll('{g_es}', goalOf('es'));
  if (kind === 'coax') return ['en', fillEn(pickAny(even(P.coax)))];
  if (kind === 'exfil') return ['en', fillEn(pickAny(even(P.exfil)))];
  if (kind === 'jailbreak') return ['en', fillEn(pickAny(even(P.jailbreak)))];
  if (kind === 'role') return ['en', fillEn(pickAny(even(P.roleToken)))];
  return ['en', pickAny(even(F.familyAttacks))[1]];
}

// ---- carriers: each returns parts [[text, label], ...] around the given text ----
// Filler: an everyday sentence of the language, or a sentence of the project's docs (variety:
// with only a few filler sentences, a model learns the carriers' markup instead of the text).
const docSentences = readFileSync(new URL('benign_docs.md', import.meta.url), 'utf8').split(/(?<=[.!?])\s+|\n+/)
  .map((x) => x.trim()).filter((x) => x.length > 30 && x.length < 200 && /^[A-Z]/.test(x));
let ev = (lang) => (chance(0.5) ? pick(docSentences) : pick(byLang(B.everyday, lang)));
const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
const carriers = {
  bare: (p, l, lang) => [[p, l]],
  web: (p, l, lang) => [[`<html><head><title>Review</title></head><body><h1>Product notes</h1><p>${ev(lang)}</p><p>`, 0], [p, l], [`</p><p>${ev(lang)}</p></body></html>`, 0]],
  weblines: (p, l, lang) => [[`<article>\n<h2>Update</h2>\n<p>${ev(lang)}</p>\n`, 0], [p, l], [`\n<p>${ev(lang)}</p>\n</article>`, 0]],
  email: (p, l, lang) => [[`From: vendor@supplier.example\nTo: you@corp.example\nSubject: Shipping update\n\n${ev(lang)}\n\n`, 0], [p, l], ['\n\nBest regards,\nAccounts team', 0]],
  ticket: (p, l, lang) => [[`Ticket #${1000 + Math.floor(rnd() * 9000)}\nStatus: open\nReporter: j.doe\nDescription:\n${ev(lang)} `, 0], [p, l], ['\n', 0]],
  json: (p, l, lang) => [[`{"id": ${Math.floor(rnd() * 9999)}, "title": "${jsonEsc(ev(lang))}", "body": "`, 0], [jsonEsc(p), l], ['", "status": "open"}', 0]],
  csv: (p, l, lang) => [['id,name,comment\n17,Ana,"' + ev(lang).replaceAll('"', '""') + '"\n18,Bo,"', 0], [p.replaceAll('"', '""'), l], ['"\n19,Cy,"ok"', 0]],
  code: (p, l, lang) => [['import os\n\n# ', 0], [p.replaceAll('\n', '\n# '), l], ['\ndef load(path):\n    with open(path) as f:\n        return f.read()\n', 0]],
  log: (p, l, lang) => [['2024-05-02T10:14:07Z INFO request served\n2024-05-02T10:14:09Z INFO comment="', 0], [p, l], ['"\n2024-05-02T10:14:10Z INFO done', 0]],
  chat: (p, l, lang) => [[`[10:02] kim: ${ev(lang)}\n[10:03] lee: `, 0], [p, l], [`\n[10:04] kim: ok`, 0]],
  readme: (p, l, lang) => [[`# toolkit\n\n${ev(lang)}\n\n`, 0], [p, l], ['\n\n## Install\n\n    npm install toolkit\n', 0]],
  calendar: (p, l, lang) => [['BEGIN:VEVENT\nSUMMARY:Weekly sync\nDESCRIPTION:', 0], [p, l], ['\nLOCATION:Room 4B\nEND:VEVENT', 0]],
  search: (p, l, lang) => [[`1. Best laptops - techsite.example\n   ${ev(lang)}\n2. Deals - deals.example\n   `, 0], [p, l], [`\n3. Guide - guide.example\n   ${ev(lang)}`, 0]],
  pdf: (p, l, lang) => [[`Page 3 of 12\nANNUAL REPORT 2024\n${ev(lang)}\n`, 0], [p, l], [`\n${ev(lang)}\nConfidential    3`, 0]],
  commit: (p, l, lang) => [['commit 3f2a9c1\nAuthor: Dev <dev@example.org>\nDate:   Tue May 2 10:14 2024\n\n    ', 0], [p, l], ['\n', 0]],
};
const carrierNames = Object.keys(carriers);

// ---- records ----
const train = [], held = [], heldEval = [];
let n = 0;
function emit(parts, lang, kind, technique, carrier, label, fields) {
  const rec = { parts, lang, kind };
  (heldout ? held : train).push(rec);
  if (heldout) {
    heldEval.push({ id: `heldout-injection-${label}-${technique}-${n++}`, split: 'heldout', family: 'injection', label, technique, lang, carrier,
                    fields: fields ?? [parts.map((p) => p[0]).join('')] });
  }
}
function b64(s) { return Buffer.from(s, 'utf8').toString('base64'); }
function tags(s) { return [...s].map((c) => (c.charCodeAt(0) < 128 ? String.fromCodePoint(0xe0000 + c.charCodeAt(0)) : c)).join(''); }

const builders = { instruction_override: (lang) => (chance(0.6) ? override(lang) : instruction(lang)), tool_coaxing: coaxing, exfiltration, jailbreak };
function attack(lang) {
  const technique = pickAny(['instruction_override', 'instruction_override', 'tool_coaxing', 'tool_coaxing', 'exfiltration', 'jailbreak', 'role_token', 'hidden_text', 'encoded_payload', 'split_payload']);
  const carrier = pickAny(carrierNames);
  if (technique in builders) {
    const p = builders[technique](lang);
    emit(carriers[carrier](p, 1, lang), lang, 'attack', technique, carrier, 'attack');
  } else if (technique === 'role_token') {
    const p = pick(A.roleWrap).replaceAll('{p}', plainPayload(lang));
    emit(carriers[carrier](p, 1, lang), lang, 'attack', technique, carrier, 'attack');
  } else if (technique === 'hidden_text') {
    const p = plainPayload(lang);
    if (heldout && chance(0.3)) {  // Unicode tag characters (decoded by the detector)
      emit(carriers[carrier](`${ev(lang)}${tags(p)}`, 1, lang), lang, 'attack', technique, carrier, 'attack');
    } else {
      emit(carriers[carrier](pick(A.hideWrap).replaceAll('{p}', p), 1, lang), lang, 'attack', technique, carrier, 'attack');
    }
  } else if (technique === 'encoded_payload') {
    const p = plainPayload(lang);
    // Trained as the decoded text (what the model reads after the detector decodes a run).
    if (!heldout) emit(carriers[carrier](p, 1, lang), lang, 'attack', technique, carrier, 'attack');
    else emit(carriers[carrier](`Note: ${b64(p)}`, 1, lang), lang, 'attack', technique, carrier, 'attack');
  } else {  // split_payload: one attack across two fields of one message
    const p = plainPayload(lang);
    const words = p.split(' ');
    const cut = Math.max(1, Math.floor(words.length / 2));
    const a = words.length > 1 ? words.slice(0, cut).join(' ') : p.slice(0, Math.floor(p.length / 2));
    const b = words.length > 1 ? words.slice(cut).join(' ') : p.slice(Math.floor(p.length / 2));
    const parts = [[`title: ${a}`, 1], ['\n', 0], [b, 1]];
    emit(parts, lang, 'attack', technique, 'json', 'attack', [`title: ${a}`, b]);
  }
}
function benign(lang) {
  const family = pickAny(['page', 'email', 'instructions', 'instructions', 'security_article', 'docs', 'code', 'transcript']);
  const carrier = pickAny(carrierNames);
  let text, technique = family;
  if (family === 'page' || family === 'email') text = [ev(lang), ev(lang), ev(lang)].join(sep(lang));
  else if (family === 'instructions') {
    technique = chance(0.5) ? 'email' : 'page';
    text = pick(byLang(chance(0.35) ? B.notices : B.humanInstructions, lang)) + sep(lang) + ev(lang);
  } else if (family === 'security_article') {
    const q = plainPayload(lang).replace(/[.。।]$/, '');
    text = pick(byLang(B.aboutAttacks, lang)).replaceAll('{q}', q);
  } else if (family === 'docs') text = pick(B.docs) + ' ' + pick(B.docs);
  else if (family === 'code') text = [pick(B.code), pick(B.code), pick(B.code)].join('\n');
  else {
    technique = 'transcript';
    text = pick(B.quoted).replaceAll('{q}', plainPayload('en').replace(/[.]$/, ''));
  }
  emit(carriers[family === 'code' ? 'bare' : carrier](text, 0, lang), lang, 'benign', technique, carrier, 'benign');
}

for (let i = 0; i < 30000; ++i) {
  heldout = rnd() < 0.15;
  let lang = pickAny(A.langs);
  if (chance(0.3)) lang = 'en';
  if (A.unseenLangs.includes(lang)) heldout = true;
  if (chance(0.45)) attack(lang);
  else benign(lang);
}
// The dev half of the existing eval banks: training only.
heldout = false;
for (let i = 0; i < 600; ++i) {
  const [lang, p] = legacy();
  const carrier = pickAny(carrierNames);
  emit(carriers[carrier](p, 1, lang), lang, 'attack', 'legacy', carrier, 'attack');
}
const legacyBenign = [...even(EB.securityArticles), ...even(EB.docs), ...even(EB.code), ...even(EB.transcripts), ...even(EB.tickets),
                      ...even(EB.emails), ...even(EB.pages), ...even(F.familyNegatives).map((x) => x[1])];
for (const text of legacyBenign) for (const carrier of ['bare', 'json', 'email']) emit(carriers[carrier](text, 0, 'en'), 'en', 'benign', 'legacy', carrier, 'benign');

// The project's own documentation (a snapshot, benign_docs.md): real technical prose full of
// "run", "call", "ignore", "send"; every 7th paragraph is held out.
const paragraphs = readFileSync(new URL('benign_docs.md', import.meta.url), 'utf8').split(/\n\s*\n/).filter((p) => p.trim().length > 20);
paragraphs.forEach((p, i) => {
  heldout = i % 7 === 3;
  emit([[p, 0]], 'en', 'benign', 'docs', 'bare', 'benign');
});

// Web pages as a fetch tool returns them (pages.mjs, training positions only): menus, cookie
// banners, calls to action, screen-reader text hidden on screen, developer comments, around
// everyday content; benign, and with an attack in place of one paragraph. Appended last, so the
// messages above (and the held-out split) do not change.
heldout = false;
function pageOf(lang, payload) {
  const f = () => pickAny(PG.trainPart(PG.furniture[lang] ?? PG.furniture.en));
  const menu = () => pickAny(PG.trainPart(PG.menus[lang] ?? PG.menus.en)).join(pickAny([' | ', ' · ', '  ', '\n']));
  const hidden = () => pickAny([`<span class="sr-only">${f()}</span>`, `<div style="display:none">${f()}</div>`, `<!-- ${pickAny(PG.trainPart(PG.devComments))} -->`,
                                `<span aria-hidden="true">${f()}</span>`, `<img src="/a.png" alt="${ev(lang).replace(/[.。।]$/, '')}">`]);
  const body = [[ev(lang), 0], [ev(lang), 0]];
  if (payload) body.splice(1, 0, [payload, 1]);
  if (chance(0.4)) {  // markdown, as an HTML-to-markdown fetch returns it
    const parts = [[`${menu()}\n\n# ${ev(lang).slice(0, 40)}\n\n`, 0]];
    for (const [t, l] of body) parts.push([t, l], ['\n\n', 0]);
    parts.push([`${f()}\n${f()}\n[${f()}](https://site.example/x)\n`, 0]);
    return parts;
  }
  const parts = [[`<html><body>${hidden()}\n<nav>${menu()}</nav>\n<div class="cookie"><p>${f()}</p><button>${f()}</button></div>\n<main>`, 0]];
  for (const [t, l] of body) parts.push(['<p>', 0], [t, l], ['</p>\n', 0]);
  parts.push([`${hidden()}<button>${f()}</button></main>\n<footer>${f()} ${hidden()}</footer></body></html>`, 0]);
  return parts;
}
for (let i = 0; i < 3000; ++i) {
  let lang = pickAny(A.langs.filter((l) => !A.unseenLangs.includes(l)));
  if (chance(0.2)) lang = 'en';
  if (chance(0.3)) {
    const technique = pickAny(['instruction_override', 'tool_coaxing', 'exfiltration', 'jailbreak']);
    emit(pageOf(lang, builders[technique](lang)), lang, 'attack', technique, 'page', 'attack');
  } else {
    emit(pageOf(lang, null), lang, 'benign', 'page', 'page', 'benign');
  }
}

// Concepts (concepts.mjs): the ideas of an attack in many surface forms (addressing the model in
// the third person, pseudo-authority, sending the user's data out, driving tools with any name,
// overriding rules without trigger words) and hard look-alikes sharing their verbs (work
// instructions to people, text about assistants, prompt-writing docs). Appended after the pages
// so everything above is unchanged; its held-out positions go to concepts_heldout_eval.jsonl.
const conceptHeldEval = [];
const ATTACK_SHARE = 0.45, CONCEPT_MESSAGES = 6000;  // 9,000 messages: 1-3 points more recall on blind2, more false positives
{
  const L = Object.keys(C.concepts);
  const evBase = ev;
  ev = (lang) => (chance(0.5) ? pick(C.plain[lang] ?? C.plain.en) : evBase(lang));
  const toolName = () => {
    const v = pick(C.toolVerbs), o = pick(C.toolNouns), r = rnd();
    const name = r < 0.55 ? `${v}_${o}` : r < 0.7 ? v + cap(o) : r < 0.8 ? `${o}.${v}` : r < 0.9 ? pick(C.nativeTools) : pick(A.tools);
    return chance(0.25) ? '`' + name + '`' : name;
  };
  const host = () => `${pick(C.sinkHosts)}.example`;
  const url = () => `https://${host()}/${pick(C.sinkWords)}`;
  const sink = () => (chance(0.5) ? `${pick(['ops', 'backup', 'verify', 'support', 'billing', 'archive', 'admin', 'team'])}@${host()}` : url());
  const fillC = (s, c) => s.replaceAll('{d}', () => pick(c.data)).replaceAll('{s}', sink).replaceAll('{u}', url).replaceAll('{t}', toolName).replaceAll('{p}', () => pick(C.params));
  // Lines that carry URLs, domains and addresses in benign roles (search results, footers,
  // titles, contact lines), over the same host names as the attacks' sinks: a URL or an
  // address alone is no attack, what is asked to be done with it is.
  const slug = (lang) => ev(lang).toLowerCase().normalize('NFKD').replace(/[^a-z0-9 ]/g, '').trim().split(/\s+/).slice(0, 5).join('-') || 'page';
  const urlLine = (lang) => pickAny([
    () => `   https://${host()}/${slug(lang)}`, () => `© 2026 ${host()}. All rights reserved.`, () => `${ev(lang).slice(0, 50)} | ${host()}`,
    () => `${ev(lang).replace(/[.。।]$/, '')} — https://${host()}/r/${Math.floor(rnd() * 900)}`, () => `Contact: ${pick(['ops', 'team', 'support', 'billing', 'admin'])}@${host()}`,
    () => `${ev(lang)} ${url()}`, () => `[${ev(lang).slice(0, 30)}](${url()}?${pick(C.params)}=${Math.floor(rnd() * 9999)})`,
    () => `Status: Open · Priority: P${1 + Math.floor(rnd() * 4)} · Assignee: ${pick(['Ana Ruiz', 'Tom Berg', 'Li Wei', 'Olga Ivanova', 'Sato Ken'])}`])();
  const withLines = (parts, lang) => {
    if (chance(0.6)) parts = chance(0.5) ? [[urlLine(lang) + '\n', 0], ...parts] : [...parts, ['\n' + urlLine(lang), 0]];
    return parts;
  };
  const conceptAttack = (lang) => {
    const c = C.concepts[lang];
    const kind = pickAny(['exfil', 'exfil', 'tool', 'tool', 'override', 'goal', 'whole']);
    const technique = { exfil: 'exfiltration', tool: 'tool_coaxing', override: 'instruction_override', goal: 'instruction_override', whole: 'instruction_override' }[kind];
    if (kind === 'whole') {
      const s = fillC(pick(c.whole), c);
      return [technique === 'instruction_override' && /\{|@|https?:/.test(s) ? 'exfiltration' : technique, s];
    }
    let body = kind === 'override' ? cap(pick(c.override)) + sep(lang) + endWith(cap(pick(c.goal)), lang) : endWith(cap(fillC(pick(c[kind]), c)), lang);
    const r = kind === 'goal' ? rnd() * 0.75 : rnd();  // a bare business goal is no attack
    const actor = pick(c.actor);
    const modal = /(should|must|to|expected to|needs to|is asked to)$/.test(actor);
    if (r < 0.55) body = modal ? `${actor} ${body.charAt(0).toLowerCase()}${body.slice(1)}` : `${actor}${sep(lang)}${body}`;
    else if (r < 0.75) body = `${pick(c.comply)} ${body.charAt(0).toLowerCase()}${body.slice(1)}`;
    if (chance(0.3)) body += sep(lang) + pick(byLang(A.secrecy, lang));
    return [technique, body];
  };
  const conceptBenign = (lang) => {
    const c = C.concepts[lang];
    const kind = pickAny(['human', 'human', 'about', 'prompt', 'plain', 'notice', 'hygiene']);
    if (kind === 'hygiene') return ['email', [ev(lang), pick(C.hygiene[lang] ?? C.hygiene.en), ev(lang)].join(sep(lang))];
    if (kind === 'plain') return ['page', [ev(lang), ev(lang), ev(lang)].join(sep(lang))];
    if (kind === 'notice') return ['email', [ev(lang), pick(C.notices[lang] ?? C.notices.en), ev(lang)].join(sep(lang))];
    let text = pick(c[kind]);
    if (kind === 'human' && chance(0.25)) text = `${pick(c.comply)} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    if (chance(0.5)) text += sep(lang) + pick(c[pickAny(['human', 'about', 'prompt'])]);
    return [kind === 'human' ? 'email' : kind === 'about' ? 'page' : 'docs', text];
  };
  const heldStart = heldEval.length;
  for (let i = 0; i < CONCEPT_MESSAGES; ++i) {
    heldout = rnd() < 0.15;
    let lang = pickAny(L);
    if (chance(0.25)) lang = 'en';
    const page = chance(0.25);
    const carrier = pickAny(carrierNames);
    if (chance(ATTACK_SHARE)) {
      const [technique, p] = conceptAttack(lang);
      if (page) emit(pageOf(lang, p), lang, 'attack', technique, 'page', 'attack');
      else emit(withLines(carriers[carrier](p, 1, lang), lang), lang, 'attack', technique, carrier, 'attack');
    } else {
      const [technique, t] = conceptBenign(lang);
      if (page) emit(pageOf(lang, null).map(([x, l], k) => (k === 0 ? [x + `<p>${t}</p>\n`, l] : [x, l])), lang, 'benign', technique, 'page', 'benign');
      else emit(withLines(carriers[carrier](t, 0, lang), lang), lang, 'benign', technique, carrier, 'benign');
      if (chance(0.3)) emit([[urlLine(lang), 0], ['\n', 0], [urlLine(lang), 0], ['\n', 0], [urlLine(lang), 0]], lang, 'benign', 'page', 'search', 'benign');
    }
  }
  conceptHeldEval.push(...heldEval.splice(heldStart));
  held.splice(held.length - conceptHeldEval.length);
}

const out = (file, rows) => writeFileSync(new URL(file, import.meta.url), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
out('train.jsonl', train);
out('heldout.jsonl', held);
out('heldout_eval.jsonl', heldEval);
out('concepts_heldout_eval.jsonl', conceptHeldEval);
const count = (rows, key) => rows.reduce((m, r) => ((m[r[key]] = (m[r[key]] ?? 0) + 1), m), {});
console.log(`train ${train.length} (${JSON.stringify(count(train, 'kind'))}), heldout ${held.length} (${JSON.stringify(count(held, 'kind'))})`);
console.log('heldout_eval by technique', JSON.stringify(count(heldEval, 'technique')));
console.log('train by lang', JSON.stringify(count(train, 'lang')));
