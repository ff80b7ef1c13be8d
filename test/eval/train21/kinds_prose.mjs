// Prose kinds: people and places mentioned in passing in running text, in many languages.
import { F, P, L } from './doc.mjs';
import { PROSE, PROSE_LANGS, PAIRS } from './prose_langs.mjs';
import { COMPANIES, PRODUCTS } from './fmt.mjs';
import { CULTURES } from './names.mjs';
import { credPhrase, CRED_PHRASES } from './kinds_business.mjs';

const NOSPACE = new Set(['zh', 'ja', 'th']);
const ARM_VOWEL = /[աեէըիոօւ]$/;

function everyday(v, r, p, lang) {
  // an everyday form of a person's name: given name, short form, or a culture's familiar form
  if (p.culture.startsWith('zh')) {
    const g = p.given;
    return r.pick([g, g, '小' + p.family, '老' + p.family, '阿' + g.slice(-1)]);
  }
  if (p.culture === 'ja') return r.chance(0.5) ? p.family : p.given;
  if (p.culture === 'vi') return p.given;
  return r.chance(0.5) ? p.given : p.short;
}
function cultOf(r, lang) { return r.pick(PROSE[lang].cult); }

// render one template into a fragment
export function render(v, r, lang, tpl, extra = {}) {
  const Lg = PROSE[lang];
  const parts = tpl.split(/(\{[A-Za-z]+(?::art)?\}|\[\[[^\]]*\]\])/).filter((x) => x !== '');
  const people = parts.map((t) => {
    const m = /^\{(P|G|W)(:art)?\}$/.exec(t); if (!m) return null;
    const cult = extra.cult || cultOf(v.r, lang);
    const p = v.person(cult);
    if (m[1] === 'P') return { text: p.full, g: p.g, cult };
    if (m[1] === 'G') return { text: everyday(v, r, p, lang), g: p.g, cult };
    const c = CULTURES[cult];
    const w = c.word && c.word.length ? r.pick(c.word) : p.given;
    return { text: w, g: c.word ? (r.chance(0.5) ? 'm' : 'f') : p.g, cult };
  });
  const first = people.find((x) => x);
  const gender = first ? first.g : 'm';
  const out = [];
  parts.forEach((t, i) => {
    if (people[i]) { out.push(P('PERSON', people[i].text, people[i].cult)); if (t.endsWith(':art}')) out.push(ARM_VOWEL.test(people[i].text) ? 'ն' : 'ը'); return; }
    const alt = /^\[\[([^|\]]*)\|([^\]]*)\]\]$/.exec(t);
    if (alt) { out.push(gender === 'f' ? alt[2] : alt[1]); return; }
    if (t === '{L}' || t === '{Li}') {
      const [nom, li] = r.pick(Lg.places);
      if (t === '{L}' || !li) { out.push(P('LOCATION', nom, lang)); return; }
      const seg = li.split('|');
      const [pre, name, post] = seg.length === 1 ? ['', seg[0], ''] : seg.length === 2 ? [seg[0], seg[1], ''] : seg;
      if (pre) out.push(pre); out.push(P('LOCATION', name, lang)); if (post) out.push(post); return;
    }
    if (t === '{O}') { out.push(r.pick(r.chance(0.8) ? COMPANIES : PRODUCTS)); return; }
    if (t === '{D}') { out.push(L('date', Lg.date(r))); return; }
    if (t === '{M}') { out.push(v.price()); return; }
    out.push(t);
  });
  return out;
}
function sentences(v, r, lang, n, sep) {
  const Lg = PROSE[lang];
  const idx = r.shuffle(Lg.S.map((_, i) => i));
  const out = [];
  for (let k = 0; k < n; k++) { if (k) out.push(sep ?? (NOSPACE.has(lang) && lang !== 'th' ? '' : ' ')); out.push(render(v, r, lang, Lg.S[idx[k % idx.length]])); }
  return out;
}
function langFor(kindOffset, i) { return PROSE_LANGS[(i * 5 + kindOffset) % PROSE_LANGS.length]; }
const STARS = ['★★★★★', '★★★★☆', '★★★☆☆', '★★☆☆☆', '★☆☆☆☆', '4/5', '5/5', '2/5'];

export function news(d, v, r, g, i) {
  const lang = langFor(0, i); d.meta.lang = PROSE[lang].name; const W = PROSE[lang].W;
  d.w`${W.news}\n\n`;
  d.add(render(v, r, lang, '{L}, {D} — ')); d.add(sentences(v, r, lang, r.int(3, 5))); d.add('\n\n');
  d.add(sentences(v, r, lang, r.int(2, 3))); d.add('\n');
  if (r.chance(0.3)) { d.add('\n'); d.add(render(v, r, lang, '{P}')); d.w` · ${v.email()}\n`; }
}
export function letter(d, v, r, g, i) {
  const lang = langFor(3, i); d.meta.lang = PROSE[lang].name; const W = PROSE[lang].W;
  const cult = cultOf(r, lang);
  d.add(render(v, r, lang, W.greet, { cult })); d.add('\n\n');
  d.add(sentences(v, r, lang, r.int(2, 4))); d.add('\n\n');
  d.add(sentences(v, r, lang, r.int(1, 3))); d.add('\n');
  if (r.chance(0.35)) { d.add('\n'); d.add(credPhrase(v, r, CRED_PHRASES[lang] ? lang : 'en', v.pw(r.pick(['WIFI_PSK', 'PASSWORD']), r.pick(['phrase', 'human'])))); d.add('\n'); }
  if (r.chance(0.3)) d.w`\nIBAN ${v.iban(null, true)}\n`;
  d.w`\n${W.sign}\n`; d.add(render(v, r, lang, r.chance(0.5) ? '{P}' : '{G}', { cult })); d.add('\n');
  if (r.chance(0.5)) d.w`${v.phone(CULTURES[cult].cc)}\n`;
}
export function minutes(d, v, r, g, i) {
  const lang = langFor(7, i); d.meta.lang = PROSE[lang].name; const W = PROSE[lang].W;
  d.add(render(v, r, lang, W.minutes)); d.add('\n\n');
  const n = r.int(4, 7); const numbered = r.chance(0.5);
  for (let k = 0; k < n; k++) { d.add(numbered ? `${k + 1}. ` : '- '); d.add(render(v, r, lang, r.pick(PROSE[lang].S))); d.add('\n'); }
  if (r.chance(0.4)) d.w`\n${v.look('ticket_ref')} · ${v.ts('space')}\n`;
}
export function case_notes(d, v, r, g, i) {
  const lang = langFor(11, i); d.meta.lang = PROSE[lang].name; const W = PROSE[lang].W;
  const cult = cultOf(r, lang);
  d.w`${W.cs} ${v.look('ticket_ref')}\n\n`;
  for (let k = 0, n = r.int(3, 6); k < n; k++) { d.add(render(v, r, lang, '{D}: ')); d.add(sentences(v, r, lang, r.int(1, 2))); d.add('\n'); }
  if (r.chance(0.6)) { d.add('\n'); d.add(render(v, r, lang, '{P}', { cult })); d.w` — ${v.phone(CULTURES[cult].cc)}${r.chance(0.5) ? F`, ${v.email()}` : ''}\n`; }
  if (r.chance(0.3)) d.w`${v.street(CULTURES[cult].cc)}\n`;
}
export function review(d, v, r, g, i) {
  const lang = langFor(13, i); d.meta.lang = PROSE[lang].name; const W = PROSE[lang].W;
  d.w`${W.review} ${r.pick(STARS)}  ${r.pick(PRODUCTS)}\n`;
  d.w`${v.look('order_number')} · ${v.price()} · ${v.date()}\n\n`;
  d.add(sentences(v, r, lang, r.int(3, 5))); d.add('\n\n— '); d.add(render(v, r, lang, '{G}')); d.add('\n');
  if (r.chance(0.3)) { d.add('\n'); d.add(sentences(v, r, lang, 2)); d.add('\n'); }
}
export function forum_post(d, v, r, g, i) {
  const lang = langFor(17, i); d.meta.lang = PROSE[lang].name; const W = PROSE[lang].W;
  d.add(render(v, r, lang, W.forum)); d.w`\n#${String(r.int(2, 400))} · user${String(r.int(100, 99999))} · ${v.ts('space')}\n\n`;
  d.add(sentences(v, r, lang, r.int(2, 4))); d.add('\n\n');
  if (r.chance(0.4)) { d.add(credPhrase(v, r, CRED_PHRASES[lang] ? lang : 'en', v.pw(r.pick(['WIFI_PSK', 'PASSWORD', 'ADMIN_PASSWORD']), r.pick(['phrase', 'human', 'leet'])))); d.add('\n\n'); }
  d.add(sentences(v, r, lang, r.int(1, 3))); d.add('\n');
  if (r.chance(0.25)) d.w`\nBTC: ${v.btc()}\n`;
}
export function biography(d, v, r, g, i) {
  const lang = langFor(19, i); d.meta.lang = PROSE[lang].name;
  d.add(sentences(v, r, lang, r.int(3, 5))); d.add('\n\n'); d.add(sentences(v, r, lang, r.int(2, 4))); d.add('\n');
}
export function social_post(d, v, r, g, i) {
  const lang = langFor(23, i); d.meta.lang = PROSE[lang].name; const W = PROSE[lang].W;
  for (let k = 0, n = r.int(3, 5); k < n; k++) {
    d.w`@user${String(r.int(10, 9999))} · ${v.ts(r.pick(['isoz', 'space']))}\n`;
    d.add(render(v, r, lang, r.pick(PROSE[lang].S))); d.add(' ');
    d.add(r.pick(['📍 ', '🙂 ', '', '🚆 ', '☕ '])); d.add(render(v, r, lang, W.social)); d.add(r.pick([' #weekend', ' #travel', '', ' #family']));
    d.add('\n\n');
  }
}
const PAIR_LANGS = Object.keys(PAIRS);
export function translation(d, v, r, g, i) {
  const lang = PAIR_LANGS[i % PAIR_LANGS.length]; d.meta.lang = PROSE[lang].name;
  const X = PAIRS[lang];
  const picks = r.shuffle(X.T.map((_, k) => k));
  const natives = [], english = [];
  for (const k of picks.concat(picks).slice(0, r.int(2, 3))) {
    const [pn, pe] = r.pick(X.people); const [bn, be] = r.pick(X.places);
    const fill = (tpl, p, b) => tpl.split(/(\{A(?::art)?\}|\{B\})/).filter(Boolean).flatMap((t) => (t === '{A}' ? [P('PERSON', p, PROSE[lang].cult[0])] : t === '{A:art}' ? [P('PERSON', p, PROSE[lang].cult[0]), ARM_VOWEL.test(p) ? 'ն' : 'ը'] : t === '{B}' ? [P('LOCATION', b, lang)] : [t]));
    natives.push(fill(X.T[k][0], pn, bn)); english.push(fill(X.T[k][1], pe, be));
  }
  const header = r.pick([['Original', 'Translation (English)'], ['Source text', 'Target text'], [`${PROSE[lang].name}:`, 'English:']]);
  d.w`${header[0]} (${lang})\n`; natives.forEach((x, k) => { if (k) d.add(NOSPACE.has(lang) ? '' : ' '); d.add(x); }); d.add('\n\n');
  d.w`${header[1]}\n`; english.forEach((x, k) => { if (k) d.add(' '); d.add(x); }); d.add('\n\n');
  d.add(`${r.pick(['Translator’s note', 'Context', 'Notes'])}: `); d.add(sentences(v, r, lang, r.int(2, 3))); d.add('\n');
  d.w`\n${r.pick(['Job', 'Order', 'Ref'])} ${v.look('order_number')} · ${v.date('iso')} · ${v.price()}\n`;
}
