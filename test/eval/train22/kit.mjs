// Helpers shared by the document kinds: span constructors bound to the PRNG, a per-document
// cast (people named once, places not repeated) and the template renderer for language packs.
import { S, P, L, Doc } from './doc.mjs';
import * as pii from './pii.mjs';
import { secretValue, SECRET_KINDS, TOKEN_KINDS, PASSWORD_KINDS, human, strong, urlPassword } from './secrets.mjs';
import { look, LOOKS } from './looks.mjs';
import { LANGS } from './langs_extra.mjs';
import { CUR } from './ui.mjs';
import { CULTURES, makePerson } from './names.mjs';

export function parseForm(s, ent, meta) {
  // 'w [Krakowie]' -> ['w ', P(ent,'Krakowie')]
  if (!s.includes('[')) return [P(ent, s, meta)];
  const out = [];
  const re = /\[([^\]]+)\]/g; let last = 0, m;
  while ((m = re.exec(s))) { if (m.index > last) out.push(s.slice(last, m.index)); out.push(P(ent, m[1], meta)); last = m.index + m[0].length; }
  if (last < s.length) out.push(s.slice(last));
  return out;
}
function georgian(full) {
  const parts = full.split(' ');
  const last = parts.pop();
  let dat, erg;
  if (last.endsWith('ი')) { dat = last.slice(0, -1) + 'ს'; erg = last.slice(0, -1) + 'მა'; }
  else { dat = last + 'ს'; erg = last + 'მ'; }
  return { dat: [...parts, dat].join(' '), erg: [...parts, erg].join(' ') };
}

export function makeKit(r, decks) {
  const k = { r };
  k.doc = () => new Doc();
  // ----- people / places -----
  k.person = (culture, gender) => pii.person(r, culture, gender);
  k.P = (p, v) => P('PERSON', v ?? p.full, { culture: p.culture });
  k.personSpan = (culture, gender) => { const p = k.person(culture, gender); return [k.P(p), p]; };
  k.loc = (v) => P('LOCATION', v);
  k.phone = (cc, style) => { const x = cc ? pii.phoneFor(r, cc, style) : pii.phoneAny(r, style); return P('PHONE_NUMBER', x.v, { plan: x.plan }); };
  k.email = (p) => P('EMAIL_ADDRESS', pii.emailFor(r, p));
  k.emailV = (p) => pii.emailFor(r, p);
  k.ip = () => P('IP_ADDRESS', pii.clientIp(r));
  k.ip4 = () => P('IP_ADDRESS', r.chance(0.7) ? pii.ip4Public(r) : pii.ip4Doc(r));
  k.ip6 = () => P('IP_ADDRESS', pii.ip6(r));
  k.ipPriv = () => P('IP_ADDRESS', pii.ip4Private(r));
  k.card = (brand, style) => P('CREDIT_CARD', pii.card(r, brand, style));
  k.iban = (cc, style) => P('IBAN_CODE', pii.iban(r, cc, style));
  k.ssn = (style) => P('US_SSN', pii.ssn(r, style));
  k.itin = (style) => P('US_ITIN', pii.itin(r, style));
  k.passport = () => P('US_PASSPORT', pii.passport(r));
  k.dl = (st) => { const x = pii.driverLicense(r, st); return [P('US_DRIVER_LICENSE', x.v), x.st]; };
  k.bank = () => P('US_BANK_NUMBER', pii.bankNumber(r));
  k.aba = () => pii.abaRouting(r);
  k.btc = (kind) => P('CRYPTO', pii.btc(r, kind));
  k.dea = (surname) => P('MEDICAL_LICENSE', pii.dea(r, surname));
  k.nhs = (style) => P('UK_NHS', pii.nhs(r, style));
  k.addr = (cc) => { const a = pii.address(r, cc); return { ...a, streetS: P('LOCATION', a.street), cityS: P('LOCATION', a.city), countryS: P('LOCATION', a.country) }; };
  // ----- secrets -----
  k.sv = (kind) => secretValue(r, kind);
  k.S = (kind, v) => S(kind, v ?? secretValue(r, kind));
  k.token = () => decks.token.next();
  k.pwKind = () => decks.pw.next();
  k.anySecretKind = () => decks.all.next();
  k.human = (o) => human(r, o);
  k.strong = (n, no) => strong(r, n, no);
  k.urlPw = () => urlPassword(r);
  // ----- look-alikes -----
  k.dateStyle = null; // set per document by the generator
  k.cur = null; // currency per document (prose kinds)
  k.L = (what, v) => L(what, v ?? (what === 'date' && k.dateStyle != null ? LOOKS.date(r, k.dateStyle) : what === 'price' && k.cur ? LOOKS.price(r, k.cur) : look(r, what)));
  k.lv = (what) => look(r, what);
  k.anyLook = () => decks.look.next();
  return k;
}

export function makeDecks(r) {
  return {
    token: r.deck(TOKEN_KINDS),
    pw: r.deck(PASSWORD_KINDS),
    all: r.deck(SECRET_KINDS.filter((x) => x.env.length > 0 && ['cfg', 'pw', 'b64', 'hash', 'wg'].includes(x.tags)).map((x) => x.name)),
    look: r.deck(Object.keys(LOOKS).filter((w) => !['certificate', 'company_name', 'product_name', 'brand_name', 'name_like_word', 'place_like_word'].includes(w))),
    lang: r.deck(Object.keys(LANGS)),
    culture: r.deck(Object.keys(CULTURES)),
  };
}

// ---------- template rendering ----------
export class Cast {
  constructor(k, langCode) { this.k = k; this.r = k.r; this.lang = LANGS[langCode]; this.code = langCode; this.usedP = new Set(); this.usedL = new Set(); this.usedT = new Set(); k.cur = CUR[langCode] || null; }
  culture() {
    const L0 = this.lang;
    if (L0.culture) return L0.culture;
    return this.r.pick(L0.cultures);
  }
  person(gender, kase) {
    const r = this.r, L0 = this.lang;
    if (L0.people) {
      let pool = L0.people.filter((p) => (!gender || p.g === gender) && !this.usedP.has(p.nom));
      if (pool.length === 0) pool = L0.people.filter((p) => !gender || p.g === gender);
      const p = r.pick(pool); this.usedP.add(p.nom);
      const form = (kase && p[kase]) || p.nom;
      return parseForm(form, 'PERSON', { culture: L0.culture });
    }
    const cult = this.culture();
    let p;
    for (let i = 0; i < 10; i++) { p = makePerson(r, cult, gender); if (!this.usedP.has(p.full)) break; }
    this.usedP.add(p.full);
    let v = p.full;
    if ((cult === 'ja_JP' || cult === 'ko_KR') && r.chance(0.35)) v = p.family; // surname alone + さん / 씨
    if (L0.georgianCases && (kase === 'dat' || kase === 'erg')) v = georgian(v)[kase];
    return [P('PERSON', v, { culture: cult })];
  }
  given() {
    const cult = this.culture();
    const p = makePerson(this.r, cult);
    return [P('PERSON', p.given, { culture: cult })];
  }
  place(type, form) {
    const r = this.r; const L0 = this.lang;
    let pool = L0.places.filter((p) => (!type || p.t === type) && !this.usedL.has(p.nom));
    if (pool.length === 0) pool = L0.places.filter((p) => !this.usedL.has(p.nom));
    if (pool.length === 0) pool = L0.places;
    const p = r.pick(pool); this.usedL.add(p.nom);
    return parseForm((form && p[form]) || p.nom, 'LOCATION');
  }
  phone() { return this.k.phone(this.lang.cc); }
  render(tpl, extra = {}) {
    const out = []; const re = /\{([A-Z]+)(?:\.([a-z]+))?(?::([a-z]+))?\}/g; let last = 0, m;
    while ((m = re.exec(tpl))) {
      if (m.index > last) out.push(tpl.slice(last, m.index));
      const [, what, sub, form] = m;
      if (extra[what]) out.push(extra[what]());
      else if (what === 'P') out.push(this.person(sub === 'm' || sub === 'f' ? sub : undefined, form));
      else if (what === 'G') out.push(this.given());
      else if (what === 'L') out.push(this.place(sub, form));
      else if (what === 'PHONE') out.push(this.phone());
      else if (what === 'EMAIL') out.push(this.k.email());
      else if (what === 'NUM') out.push(String(this.r.int(19, 94)));
      else if (what === 'YEAR') out.push(String(this.r.int(1896, 1979)));
      else if (what === 'BRAND') out.push(this.k.L(this.r.pick(['brand_name', 'name_like_word', 'place_like_word', 'product_name'])));
      else throw new Error('unknown placeholder ' + m[0]);
      last = m.index + m[0].length;
    }
    if (last < tpl.length) out.push(tpl.slice(last));
    return out;
  }
  fresh(tags) { return this.lang.tpl.some(([t, s]) => !this.usedT.has(s) && [...tags].some((c) => t.includes(c))); }
  sentence(tags) {
    // prefer templates not yet used in this document
    const match = ([t]) => [...tags].some((c) => t.includes(c));
    let use = this.lang.tpl.filter((x) => match(x) && !this.usedT.has(x[1]));
    if (!use.length) use = this.lang.tpl.filter(match);
    if (!use.length) use = this.lang.tpl;
    const t = this.r.pick(use)[1];
    this.usedT.add(t);
    return this.render(t);
  }
  filler() { return this.r.pick(this.lang.filler || ['ok']); }
}
