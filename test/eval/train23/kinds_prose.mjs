// Prose document kinds (the emphasis of this set): travel blogs, local news,
// court and police reports, genealogy, letters, reviews, classified ads,
// school newsletters, sports reports and obituaries in many languages.
import { LANGS } from './lexicons.mjs';
import { render, sentences, makePerson, personForm, makePlace, placeForm } from './prose.mjs';
import { P, L, S, marked } from './doc.mjs';
import { LK } from './lookalikes.mjs';
import { PHONE, EMAIL, emailFor, IBAN, IP, CARD, LOC, ADDR, invalidIbanRaw, DRIVER, BTC } from './pii.mjs';
import { draw, make } from './secrets.mjs';
import { host, secretPieces, PLAIN_TOKEN, BEARER } from './common.mjs';

const FAMILY = {
  travel: ['t', 'r', 'l'], news: ['n', 'p', 's', 'sp'], court: ['c', 'p', 'n'], police: ['p', 'n', 'c'], genealogy: ['g', 'o', 'l'],
  letter: ['l', 't', 'a'], review: ['r', 't'], ad: ['a', 'l'], school: ['s', 'n', 'sp', 'l'], sports: ['sp', 'n'], obituary: ['o', 'g'],
};
const GN = { travel: 't', news: 'n', court: 'c', police: 'p', genealogy: 'g', letter: 'l', review: 'r', ad: 'a', school: 's', sports: 'sp', obituary: 'o' };

export function pickLang(r, genre) {
  const fam = FAMILY[genre];
  const ok = Object.values(LANGS).filter((l) => sentences(l, fam[0]).length >= 1 && fam.reduce((n, t) => n + sentences(l, t).length, 0) >= 4);
  // balanced: the language used least so far (English counts as 2.5 slots)
  const score = (l) => (langUse.get(l.code) || 0) / (l.code === 'en' ? 2.5 : 1);
  let min = Infinity; for (const l of ok) min = Math.min(min, score(l));
  const l = r.pick(ok.filter((x) => score(x) <= min + 0.5));
  langUse.set(l.code, (langUse.get(l.code) || 0) + 1);
  return l;
}
const langUse = new Map();

// pieces of one rendered sentence, preferring the genre's own tag
const EXCLUDE = { school: ['p', 'c'], obituary: ['p', 'c', 'a', 'sp'], sports: ['p', 'c', 'o'], travel: ['c', 'p', 'o'], review: ['c', 'p', 'o'], letter: ['c', 'p'], ad: ['c', 'p', 'o'], genealogy: ['p', 'c', 'a', 'sp'], news: ['o'] };
const tagsOf = (lang, text) => { const e = lang.S.find((s) => s.split('::').slice(1).join('::').trim() === text); return e ? e.split('::')[0].trim().split(/\s+/) : []; };
function sentence(r, lang, genre, used, ctx) {
  const fam = FAMILY[genre]; const ex = EXCLUDE[genre] ?? [];
  for (let tries = 0; tries < 12; tries++) {
    const tag = tries < 4 ? fam[0] : r.pick(fam);
    const pool = sentences(lang, tag).filter((s) => !used.has(s) && (tag === fam[0] || !tagsOf(lang, s).some((t) => ex.includes(t))));
    if (!pool.length) continue;
    const s = r.pick(pool); used.add(s);
    return render(r, lang, s, ctx);
  }
  return null;
}

const jsonEsc = (x) => typeof x === 'string' ? x.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') : x;

// body paragraphs: returns array of paragraphs (arrays of pieces)
function body(r, lang, genre, ctx, targetBytes) {
  const used = new Set(); const paras = []; let bytes = 0;
  while (bytes < targetBytes) {
    const n = r.int(1, 3); const para = [];
    for (let i = 0; i < n; i++) {
      const s = sentence(r, lang, genre, used, ctx); if (!s) break;
      if (para.length) para.push(lang.code === 'zh' || lang.code === 'ja' || lang.code === 'th' ? '' : ' ');
      para.push(...s);
      bytes += s.reduce((a, p) => a + Buffer.byteLength(typeof p === 'object' ? p.t : p), 0);
    }
    if (!para.length) break;
    paras.push(para);
  }
  return paras;
}

function placeSpan(r, lang, type, form = 'nom') {
  const pl = makePlace(r, lang, type);
  return marked(placeForm(pl, lang, form), (t) => LOC(t, { lang: lang.code }));
}
function personSpan(r, lang, form = 'nom', kind = 'P', gender) {
  const p = makePerson(r, lang, gender, !!gender);
  return { p, span: marked(personForm(p, kind, form, r), (t) => P(t, 'PERSON', { culture: p.culture, lang: lang.code })) };
}

function writeParas(r, d, paras, style) {
  const width = r.pick([0, 0, 72, 80, 64, 100]);
  for (const [i, para] of paras.entries()) {
    if (style === 'html') { d.text('  <p>'); d.add(para); d.text('</p>\n'); continue; }
    if (style === 'json') { d.add(para.map(jsonEsc)); if (i < paras.length - 1) d.text('\\n\\n'); continue; }
    if (width) d.wrap(para, width); else d.add(para);
    d.text(i < paras.length - 1 ? '\n\n' : '\n');
  }
}

const dateL = (r) => LK(r, 'date');
const genreTitle = (lang, genre) => lang.gn?.[GN[genre]] ?? genre;

// ---------------- genre extras (structured bits around the prose) ----------------
function extras(r, d, lang, genre, ctx) {
  const plan = r.pick(lang.plans);
  const e = [];
  switch (genre) {
    case 'travel': {
      e.push(['Flight', LK(r, 'flight_number')], ['Booking ref', LK(r, 'booking_reference')], ['Guesthouse', placeSpan(r, lang, 'vil'), ' · tel. ', PHONE(r, plan)]);
      if (r.chance(0.6)) { const w = make(r, 'WIFI_PSK'); e.push(['Wi-Fi', `${r.pick(['Gast', 'guest', 'Mökki', 'Pension', 'home'])}-${r.int(10, 99)} / `, w.span()]); }
      if (r.chance(0.5)) e.push(['Trailhead', LK(r, 'coordinates')]);
      if (r.chance(0.55)) { const s = draw(r, BEARER); e.push(['GPX', `https://maps.${r.pick(['trail', 'hike'])}.example/gpx/${r.int(1000, 9999)}?${r.pick(['key', 'access_token', 'token', 'api_key'])}=`, s.span()]); }
      e.push(['Cost per night', LK(r, 'price')]);
      break;
    }
    case 'news': {
      e.push(['Photo', personSpan(r, lang).span], ['Contact', EMAIL(emailFor(r, makePerson(r, lang)))]);
      if (r.chance(0.5)) e.push(['Correction', 'an earlier version gave the wrong date (', dateL(r), ')']);
      if (r.chance(0.4)) e.push(['Tips', PHONE(r, plan)]);
      if (r.chance(0.35)) { const s = draw(r, BEARER); e.push(['Embed', `<script src="https://widgets.${r.pick(['newsroom', 'cms'])}.example/v2/poll.js?key=`, s.span(), '"></script>']); }
      break;
    }
    case 'court': {
      e.push(['Case', LK(r, 'case_number')], ['Claimant', personSpan(r, lang).span], ['Counsel', personSpan(r, lang).span], ['Defendant', personSpan(r, lang, 'nom', r.chance(0.5) ? 'I' : 'P').span]);
      e.push(['Damages', LK(r, 'price'), ' to account ', IBAN(r, lang.iban)]);
      if (r.chance(0.4)) e.push(['Note', 'account ', L(invalidIbanRaw(r, r.pick(['DE', 'PL', 'FI', 'NL'])), 'invalid_iban'), ' in the filing was mistyped']);
      e.push(['Hearing', LK(r, 'date')]);
      break;
    }
    case 'police': {
      e.push(['Incident', LK(r, 'ticket_id')], ['Reported', LK(r, 'timestamp')]);
      const a = ADDR[lang.addr] ?? ADDR.GB;
      e.push(['Location', LOC(a.st(r)), ', ', placeSpan(r, lang, 'city')]);
      e.push(['Reporting person', personSpan(r, lang).span, ', tel. ', PHONE(r, plan)]);
      if (r.chance(0.6)) e.push(['Vehicle', LK(r, 'product'), ', VIN ', LK(r, 'vin')]);
      if (lang.code === 'en' && r.chance(0.6)) e.push(['Driver licence (US)', DRIVER(r)]);
      if (r.chance(0.5)) e.push(['Stolen phone IMEI', LK(r, 'imei')]);
      if (r.chance(0.5)) e.push(['Online report from', IP(r, 'v4')]);
      break;
    }
    case 'genealogy': {
      for (let i = 0; i < r.int(2, 4); i++) e.push(['•', personSpan(r, lang).span, ` (b. ${r.int(1840, 1950)}, `, placeSpan(r, lang, r.pick(['vil', 'city'])), ')', r.chance(0.5) ? [' ⚭ ', personSpan(r, lang).span] : '']);
      e.push(['Archive ref', LK(r, 'case_number')], ['DNA kit', LK(r, 'uuid')]);
      if (r.chance(0.5)) e.push(['Researcher', EMAIL(emailFor(r, makePerson(r, lang)))]);
      break;
    }
    case 'letter': {
      const a = ADDR[lang.addr] ?? ADDR.GB;
      e.push(['', LOC(a.st(r))], ['', a.zip(r), ' ', placeSpan(r, lang, 'city')]);
      e.push(['P.S.', PHONE(r, plan), ' / ', EMAIL(emailFor(r, ctx.main ?? makePerson(r, lang)))]);
      if (r.chance(0.4)) e.push(['Bank', IBAN(r, lang.iban)]);
      break;
    }
    case 'review': {
      e.push(['Order', LK(r, 'order_number')], ['Visited', dateL(r)]);
      if (r.chance(0.3)) { const s = draw(r, BEARER); e.push(['Review API', `https://reviews.${r.pick(['shop', 'stay'])}.example/api/v1/export?api_key=`, s.span()]); }
      if (r.chance(0.5)) e.push(['Brand', LK(r, 'brand')]);
      break;
    }
    case 'ad': {
      e.push(['Contact', PHONE(r, plan)]);
      if (r.chance(0.5)) e.push(['E-mail', EMAIL(emailFor(r, makePerson(r, lang)))]);
      if (r.chance(0.5)) e.push(['VIN', LK(r, 'vin')]); else e.push(['IMEI', LK(r, 'imei')]);
      if (r.chance(0.3)) e.push(['Pay to', IBAN(r, lang.iban)]);
      if (r.chance(0.25)) e.push(['Crypto accepted', BTC(r)]);
      break;
    }
    case 'school': {
      e.push(['Menu', LK(r, 'dish'), ' / ', LK(r, 'dish'), ' / ', LK(r, 'dish')]);
      e.push(['Class teacher', personSpan(r, lang).span, ', ', EMAIL(emailFor(r, makePerson(r, lang)))]);
      e.push(['Parents’ association', IBAN(r, lang.iban)]);
      if (r.chance(0.7)) { const w = make(r, 'WIFI_PSK'); e.push(['Guest Wi-Fi (parents’ evening)', `SCHOOL-GUEST / `, w.span()]); }
      if (r.chance(0.6)) { const s = draw(r, BEARER); e.push(['Trip payment', `https://pay.${r.pick(['school', 'lyceum', 'koulu'])}.example/trip/${r.int(100, 999)}?token=`, s.span()]); }
      break;
    }
    case 'sports': {
      for (let i = 0; i < r.int(3, 5); i++) e.push([`${i + 1}.`, LK(r, 'team_name'), `  ${r.int(10, 30)}  ${r.int(10, 60)}:${r.int(10, 50)}  ${r.int(10, 70)}`]);
      e.push(['Referee', personSpan(r, lang).span], ['Venue', placeSpan(r, lang, 'lm')], ['Attendance', String(r.int(800, 48000))]);
      if (r.chance(0.5)) e.push(['Tickets', PHONE(r, plan)]);
      break;
    }
    case 'obituary': {
      e.push(['Funeral', dateL(r), ', ', placeSpan(r, lang, 'lm')]);
      e.push(['Donations', IBAN(r, lang.iban)]);
      if (r.chance(0.6)) e.push(['Florist', PHONE(r, plan)]);
      if (r.chance(0.5)) e.push(['Condolences', EMAIL(emailFor(r, makePerson(r, lang)))]);
      break;
    }
  }
  return e;
}

function writeExtras(r, d, ex, style) {
  let n = 0;
  for (const [k, ...v] of ex) {
    n++;
    if (style === 'json') { const key = k === '•' || !k ? `entry_${n}` : /^\d+\.$/.test(k) ? `row_${n}` : k.toLowerCase().replace(/[^a-z0-9]+/g, '_'); d.text(`,\n  "${key}": "`); d.add(v.flat(3).map(jsonEsc)); d.text('"'); continue; }
    if (style === 'html') { d.text(`  <li>${k ? k + ': ' : ''}`); d.add(v); d.text('</li>\n'); continue; }
    d.text(k ? (k === '•' || /^\d+\.$/.test(k) ? `${k} ` : `${k}: `) : ''); d.add(v); d.text('\n');
  }
}

function listing(r, d, lang, genre) {
  const used = new Set(); const n = r.int(3, 6);
  const sep = r.pick(['---', '', '* * *', '————']);
  for (let i = 0; i < n; i++) {
    const who = personSpan(r, lang, 'nom', r.chance(0.3) ? 'G' : 'P').span;
    if (genre === 'review') {
      const stars = r.int(1, 5);
      d.text(r.pick([`${'★'.repeat(stars)}${'☆'.repeat(5 - stars)} `, `${stars}/5 · `, `[${stars}★] `])); d.add(who); d.text(' · '); d.add(placeSpan(r, lang, 'city')); d.text(' · '); d.add(LK(r, 'date')); d.text('\n');
    } else { d.text(`#${r.int(100, 9999)} `); d.add(placeSpan(r, lang, r.pick(['city', 'dist']))); d.text(' · '); d.add(LK(r, 'date')); d.text('\n'); }
    for (let k = 0; k < r.int(1, 2); k++) { const s = sentence(r, lang, genre, used, {}); if (!s) break; d.wrap(s, r.pick([70, 90, 1000])); d.text('\n'); }
    if (genre === 'ad') { d.text('☎ '); d.add(PHONE(r, r.pick(lang.plans))); if (r.chance(0.4)) { d.text(' · '); d.add(EMAIL(emailFor(r, makePerson(r, lang)))); } d.text('\n'); }
    else if (r.chance(0.3)) { d.text(r.pick(['Helpful (', 'Hilfreich (', 'Przydatne (', '👍 ('])); d.text(String(r.int(1, 80))); d.text(')\n'); }
    if (sep) d.text(sep + '\n'); else d.text('\n');
  }
}

export function proseDoc(r, d, genre) {
  const lang = pickLang(r, genre);
  d.meta.lang = lang.code;
  if ((genre === 'review' || genre === 'ad') && r.chance(0.55)) {
    d.text(`${genreTitle(lang, genre)}\n\n`); listing(r, d, lang, genre);
    writeExtras(r, d, extras(r, d, lang, genre, {}), 'plain');
    return;
  }
  const ctx = {};
  if (genre === 'obituary' || genre === 'genealogy' || genre === 'letter') ctx.main = makePerson(r, lang, undefined, true);
  const target = r.int(700, 2300);
  const style = r.wpick([[4, 'plain'], [2, 'md'], [2, 'html'], [1, 'json']]);
  const paras = body(r, lang, genre, ctx, target);
  const ex = extras(r, d, lang, genre, ctx);
  const title = [genreTitle(lang, genre), ': ', placeSpan(r, lang, r.pick(['city', 'vil', 'dist', 'reg']))];
  const author = personSpan(r, lang).span;
  if (style === 'md') {
    d.text('---\n'); d.text('title: "'); d.add(title); d.text('"\n'); d.text('author: '); d.add(author); d.text('\n');
    d.text('date: '); d.add(LK(r, 'date')); d.text(`\nlang: ${lang.code}\n`);
    if (r.chance(0.5)) { d.text('id: '); d.add(LK(r, 'uuid')); d.text('\n'); }
    d.text('---\n\n');
    if (genre === 'obituary') { d.text('## '); d.add(marked(personForm(ctx.main, 'P', 'nom', r), (t) => P(t, 'PERSON', { culture: ctx.main.culture }))); d.text('\n\n'); }
    writeParas(r, d, paras, 'plain');
    d.text('\n');
    writeExtras(r, d, ex.map(([k, ...v]) => [k && k !== '•' && !/^\d+\.$/.test(k) ? `**${k}**` : k, ...v]), 'plain');
  } else if (style === 'html') {
    d.text(`<article lang="${lang.code}">\n  <h1>`); d.add(title); d.text('</h1>\n  <p class="byline">'); d.add(author); d.text(' · '); d.add(LK(r, 'date')); d.text('</p>\n');
    writeParas(r, d, paras, 'html');
    d.text('  <ul class="facts">\n'); writeExtras(r, d, ex, 'html'); d.text('  </ul>\n</article>\n');
  } else if (style === 'json') {
    d.text('{\n  "id": "'); d.add(LK(r, r.pick(['uuid', 'request_id']))); d.text(`",\n  "type": "${genre}",\n  "lang": "${lang.code}",\n  "headline": "`); d.add(title.flat().map(jsonEsc)); d.text('",\n  "byline": "'); d.add(author); d.text('",\n  "published": "'); d.add(LK(r, 'timestamp')); d.text('",\n  "body": "');
    writeParas(r, d, paras, 'json'); d.text('"');
    writeExtras(r, d, ex, 'json'); d.text('\n}\n');
  } else {
    if (r.chance(0.6)) { d.add(title); d.text('\n'); d.text('='.repeat(r.int(10, 40)) + '\n'); }
    if (genre === 'news' || genre === 'police' || genre === 'court') { d.add(placeSpan(r, lang, 'city')); d.text(', '); d.add(LK(r, 'date')); d.text(' — '); }
    if (genre === 'letter') { d.add(placeSpan(r, lang, 'city')); d.text(', '); d.add(LK(r, 'date')); d.text('\n\n'); }
    writeParas(r, d, paras, 'plain');
    d.text('\n');
    writeExtras(r, d, ex, 'plain');
    if (genre === 'letter' || genre === 'news') { d.text('\n— '); d.add(author); d.text('\n'); }
  }
}

export const PROSE_KINDS = {
  travel_blog: (r, d) => proseDoc(r, d, 'travel'),
  local_news: (r, d) => proseDoc(r, d, 'news'),
  court_report: (r, d) => proseDoc(r, d, 'court'),
  police_report: (r, d) => proseDoc(r, d, 'police'),
  genealogy: (r, d) => proseDoc(r, d, 'genealogy'),
  letter: (r, d) => proseDoc(r, d, 'letter'),
  review: (r, d) => proseDoc(r, d, 'review'),
  classified_ad: (r, d) => proseDoc(r, d, 'ad'),
  school_newsletter: (r, d) => proseDoc(r, d, 'school'),
  sports_report: (r, d) => proseDoc(r, d, 'sports'),
  obituary: (r, d) => proseDoc(r, d, 'obituary'),
};
