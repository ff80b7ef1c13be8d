// Renders prose frames into document parts (text + tokens).
import { P, L } from './builder.mjs';
import { LANGS } from './lang.mjs';
import { PLACES } from './places.mjs';
import { person, WORD_NAMES } from './names.mjs';
import * as LK from './lookalikes.mjs';
import { phoneTok, emailTok } from './pii.mjs';

const LIST_SEP = { zh: '、', ja: '、', ar: '، ', fa: '، ' };
export class Prose {
  constructor(rng, lang, { lower = false, cultures } = {}) {
    this.r = rng; this.code = lang; this.L = LANGS[lang]; this.lower = lower; this.people = {}; this.cultures = cultures || this.L.cult;
    this.places = PLACES[lang] || PLACES.en; this.secret = null; this.user = null;
  }
  newPerson(culture) { return person(this.r, culture || this.r.pick(this.cultures)); }
  get(i) { if (!this.people[i]) this.people[i] = this.newPerson(); return this.people[i]; }
  set(i, p) { this.people[i] = p; return this; }
  reset() { this.people = {}; return this; }
  low(s) { return this.lower ? s.toLocaleLowerCase() : s; }
  per(p, form) { const v = form === 'g' ? p.given : form === 'f' ? p.family : p.full; return P('PERSON', this.low(v), { culture: p.culture }); }
  place(kind, form) {
    const e = this.r.pick(this.places[kind] || this.places.city);
    const v = typeof e === 'string' ? e : (form && e[form]) || e.n;
    return P('LOCATION', this.low(v));
  }
  list(n, form) {
    const toks = []; for (let i = 0; i < n; i++) toks.push(this.per(this.newPerson(), form));
    const sep = LIST_SEP[this.code] || ', '; const out = [];
    toks.forEach((t, i) => { if (i) out.push(i === n - 1 ? this.L.and : sep); out.push(t); });
    return out;
  }
  // render a frame string into parts
  render(frame) {
    const out = []; const r = this.r;
    if (frame[0] === '^') { frame = frame.slice(1); const a = this.get(1); let b; let k = 0; do { b = this.newPerson(); } while (b.female === a.female && ++k < 50); this.people[2] = b; }
    const re = /\{([A-Za-z]+)(\d*)(?::([a-z]+))?(?:\+([^}]+))?\}|\[(\d):([^|\]]*)\|([^\]]*)\]|⟦([^⟧]+)⟧/g;
    let last = 0; let m;
    while ((m = re.exec(frame))) {
      if (m.index > last) out.push(this.low(frame.slice(last, m.index)));
      last = re.lastIndex;
      if (m[8]) { out.push(L('ordinary_word', m[8])); continue; }
      if (m[5]) { out.push(this.low(this.get(m[5]).female ? m[7] : m[6])); continue; }
      const [, name, idx, form, suffix] = m; const before = out.length;
      switch (name) {
        case 'P': out.push(this.per(idx ? this.get(idx) : this.newPerson())); break;
        case 'WN': { const [g, f, c] = this.r.pick(WORD_NAMES); const p = { culture: c, given: g, family: f, full: `${g} ${f}`, female: !['Ibrahim', 'Will', 'Mark', 'Frank', 'Bill', 'Jay', 'Ren'].includes(g) }; this.people[idx] = p; out.push(this.per(p)); break; }
        case 'G': out.push(this.per(this.get(idx), 'g')); break;
        case 'F': out.push(this.per(this.get(idx), 'f')); break;
        case 'L': out.push(...this.list(+idx || 3)); break;
        case 'GL': out.push(...this.list(+idx || 3, 'g')); break;
        case 'town': case 'city': case 'region': case 'river': case 'hood': case 'country': out.push(this.place(name, form)); break;
        case 'Y': out.push(String(r.range(1948, 2019))); break;
        case 'N': out.push(String(r.range(2, 40))); break;
        case 'D': out.push(LK.date(r)); break;
        case 'SCORE': out.push(LK.score(r)); break;
        case 'TIME': out.push(LK.raceTime(r)); break;
        case 'PRICE': out.push(LK.price(r)); break;
        case 'PCT': out.push(LK.percentage(r)); break;
        case 'HYMN': out.push(LK.hymnNumber(r)); break;
        case 'BIBLE': out.push(LK.bibleRef(r)); break;
        case 'ISBN': out.push(LK.isbn(r)); break;
        case 'PAGE': out.push(LK.pageRef(r)); break;
        case 'S': if (!this.secret) throw new Error('frame needs a secret'); out.push(this.secret); break;
        case 'U': out.push(this.user || r.pick(['admin', 'ops', 'kasse', 'front-desk', 'lab2', 'guest', 'svc_backup', 'root', 'recepcion', 'buero'])); break;
        case 'PH': out.push(phoneTok(r, this.get(idx).culture)); break;
        case 'EM': out.push(emailTok(r, this.get(idx))); break;
        default: throw new Error('unknown placeholder ' + name);
      }
      if (suffix) { const tk = out[out.length - 1]; if (out.length !== before + 1 || !tk.value) throw new Error('suffix on ' + name); out.push(attachSuffix(tk.value, suffix)); }
    }
    if (last < frame.length) out.push(this.low(frame.slice(last)));
    return out;
  }
  credFrame(secretTok) {
    const e = secretTok.entity; this.secret = secretTok;
    const cat = e === 'WIFI_PASSWORD' ? 'wifi' : /DOOR|ALARM|PIN|PUK|SAFE/.test(e) ? 'code' : /PASSWORD|PASSPHRASE|PRESHARED/.test(e) ? 'login' : 'token';
    const fr = this.L.cred; const en = this.code === 'en';
    const idx = { wifi: [0], login: en ? [1, 4] : [1], code: [2], token: en ? [3, 5] : [3] }[cat];
    let f = fr[this.r.pick(idx)] ?? fr[1] ?? fr[0];
    return this.render(f);
  }
  frame(group) {
    if (group !== 'family') return this.render(this.r.pick(this.L[group]));
    const keep = this.cultures; const c = this.get(1).culture; this.cultures = [c];
    try { return this.render(this.r.pick(this.L[group])); } finally { this.cultures = keep; }
  }
}

// Suffixes written outside the span: Turkish case endings after an apostrophe, Korean particles.
const TR_VOWELS = 'aıoueiöüâîûAIOUEİÖÜ';
function trLastVowel(w) { for (let i = w.length - 1; i >= 0; i--) if (TR_VOWELS.includes(w[i])) return w[i].toLocaleLowerCase('tr'); return 'e'; }
export function attachSuffix(word, suf) {
  if (suf.includes('/')) { // Korean: "after-consonant/after-vowel"
    const [withF, noF] = suf.split('/'); const c = word.charCodeAt(word.length - 1);
    const jong = c >= 0xac00 && c <= 0xd7a3 ? (c - 0xac00) % 28 : 0;
    if (withF === '으로') return jong === 0 || jong === 8 ? noF : withF;
    return jong ? withF : noF;
  }
  const v = trLastVowel(word); const back = 'aıouâû'.includes(v); const last = word[word.length - 1].toLocaleLowerCase('tr');
  const endsV = TR_VOWELS.toLocaleLowerCase('tr').includes(last); const hard = 'çfhkpsşt'.includes(last);
  const a = back ? 'a' : 'e'; const i4 = 'aı'.includes(v) ? 'ı' : 'ou'.includes(v) ? 'u' : 'öü'.includes(v) ? 'ü' : 'i';
  switch (suf) {
    case 'da': return "'" + (hard ? 't' : 'd') + a;
    case 'dan': return "'" + (hard ? 't' : 'd') + a + 'n';
    case 'a': return "'" + (endsV ? 'y' : '') + a;
    case 'in': return "'" + (endsV ? 'n' : '') + i4 + 'n';
  }
  throw new Error('suffix ' + suf);
}
