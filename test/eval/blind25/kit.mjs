// Per-document helper: binds the document's random stream to the value generators and resolves
// template placeholders. Shared decks spread secret kinds and look-alike kinds evenly over the set.
import { S, P, L, R, plain } from './builder.mjs';
import * as pii from './pii.mjs';
import { GEN, look, dateText, LANG_CUR, price } from './lookalikes.mjs';
import { SECRETS, VENDOR_ENTITIES, humanPassword, passphrase, machinePassword, secretValue, basicAuth } from './secrets.mjs';
import { PHRASES, DATE_LANG } from './phrases.mjs';
import { COUNTRIES } from './data_places.mjs';
import { asciiFold } from './data_names.mjs';
import { ALPHA } from './prng.mjs';

const PW_LANG = { de: 'de', fr: 'fr', es: 'es', it: 'it', pl: 'pl', sv: 'sv', tr: 'tr', pt: 'pt', nl: 'nl' };

export class Kit {
  constructor(r, shared) { this.r = r; this.sh = shared; this.ps = r.int(1000); }
  // ---- people & places ----
  person(lc) { return pii.person(this.r, lc); }
  anyPerson() { return pii.person(this.r, pii.anyCulture(this.r)); }
  name(p, form) { return pii.name(p, form); }
  nameAny(p) { return pii.nameForm(this.r, p); }
  email(p, dom) { return pii.email(this.r, p, dom); }
  roleEmail(dom) { return pii.roleEmail(this.r, dom); }
  dom() { return pii.orgDomain(this.r); }
  org() { return pii.orgName(this.r); }
  cc(lang) { return pii.countryFor(this.r, lang); }
  ccOf(p) { return pii.countryOfPerson(p); }
  phone(cc, intl) { return pii.phone(this.r, cc, intl); }
  city(cc) { return pii.city(this.r, cc); }
  country(cc) { return pii.country(this.r, cc); }
  street(cc) { return pii.street(this.r, cc); }
  address(cc, o) { return pii.address(this.r, cc, o); }
  addressLine(cc, o) { return pii.addressLine(this.r, cc, o); }
  card(b, st) { return pii.card(this.r, b, st); }
  ibanCc(cc) { return pii.IBAN_COUNTRIES.includes(cc) ? cc : this.r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB', 'BE', 'AT', 'CH', 'PL', 'SE', 'PT', 'IE']); }
  iban(cc, g) { return pii.iban(this.r, this.ibanCc(cc || this.r.pick(pii.IBAN_COUNTRIES)), g); }
  ssn(sep) { return pii.ssn(this.r, sep); }
  itin(sep) { return pii.itin(this.r, sep); }
  passport() { return pii.usPassport(this.r); }
  dl(st) { return pii.usDriverLicense(this.r, st); }
  bank() { return pii.usBankAccount(this.r); }
  btc(k) { return pii.btc(this.r, k); }
  dea(last) { return pii.dea(this.r, last); }
  nhs(st) { return pii.nhs(this.r, st); }
  ip() { return pii.ip(this.r); }
  ipv4(k) { return pii.ipv4(this.r, k); }
  ipv6(k) { return pii.ipv6(this.r, k); }
  username(p) { const f = asciiFold(p.latFirst).toLowerCase().replace(/[^a-z]/g, ''), l = asciiFold(p.latLast).toLowerCase().replace(/[^a-z]/g, ''); return this.r.pick([`${f[0]}${l}`, `${f}.${l}`, `${l}${f[0]}`, `${f}${this.r.range(1, 99)}`, `${l.slice(0, 6)}${f.slice(0, 2)}`]); }
  // ---- look-alikes ----
  look(what, arg) { return look(this.r, what, arg); }
  date(lang) { return L('date', dateText(this.r, lang || 'en')); }
  price(lang) { return L('price', price(this.r, lang ? this.r.pick(LANG_CUR[lang] || LANG_CUR.en) : undefined, this.ps)); }
  // ---- secrets ----
  sec(entity, value) { return S(entity, value ?? secretValue(this.r, entity)); }
  pw(lang) { return S('USER_PASSWORD', humanPassword(this.r, PW_LANG[lang])); }
  pass(lang) { return S('PASSPHRASE', passphrase(this.r, PW_LANG[lang] || 'en')); }
  vendor() { const e = SECRETS[this.sh.vendorDeck.next()]; return { entity: e.entity, desc: e.desc, key: this.r.pick(e.keys), span: S(e.entity, e.gen(this.r)) }; }
  vendorOffDeck() { const e = SECRETS[this.r.pick(VENDOR_ENTITIES)]; return { entity: e.entity, desc: e.desc, key: this.r.pick(e.keys), span: S(e.entity, e.gen(this.r)) }; }
  plainKeyed() { const e = SECRETS[this.sh.plainDeck.next()]; return { entity: e.entity, desc: e.desc, key: this.r.pick(e.keys), span: S(e.entity, e.gen(this.r)) }; }
  pemKind() { return this.sh.pemDeck.next(); }
  basic(user, pass) { return S('BASIC_AUTH_CREDENTIALS', basicAuth(user, pass)); }
  mpw(n, safe) { return machinePassword(this.r, n, safe); }
  shareLink() {
    const r = this.r; const host = r.pick(['drive.corp.example', 'files.office.test', 'share.kestrel.example', 'cloud.nordwind.example', 'docs.bluefjord.test', 'nextcloud.lumen.example', 'box.meridian.test']);
    const tok = S('SHARED_LINK_TOKEN', r.str(ALPHA.B62, r.pick([15, 22, 32])));
    return r.wpick([
      [3, () => R(`https://${host}/s/`, tok)],
      [2, () => R(`https://${host}/d/`, L('file_id', r.str(ALPHA.B62 + '-_', 33)), '/view?usp=sharing&resourcekey=0-', tok.with(r.str(ALPHA.B62 + '-_', 22)))],
      [2, () => R(`https://${host}/index.php/s/`, tok, r.chance(0.5) ? '/download' : '')],
      [1, () => R(`https://${host}/shared/file?id=${r.range(10000, 999999)}&key=`, tok)],
    ])();
  }
  // ---- prose ----
  lines(lang) { return PHRASES[lang] || PHRASES.en; }
  // resolver for template placeholders; memoized so repeated keys refer to the same value
  resolver(lang, ctx = {}) {
    const r = this.r; const memo = {}; const cc = ctx.cc || this.cc(lang);
    const people = {};
    const getP = (k) => people[k] || (people[k] = ctx[k] || this.person(r.chance(0.85) ? lang : pii.anyCulture(r)));
    const dl = DATE_LANG[lang] || 'en';
    const f = (key) => {
      if (key in memo) return memo[key];
      let v;
      switch (key) {
        case 'name': v = pii.name(getP('to'), 'first'); break;
        case 'me': v = pii.name(getP('from'), 'first'); break;
        case 'person': case 'person2': v = pii.name(getP(key), 'full'); break;
        case 'email': v = this.email(getP('person')); break;
        case 'city': case 'city2': v = this.city(cc); break;
        case 'country': v = P('LOCATION', COUNTRIES[cc].names[0]); break;
        case 'street': v = this.street(cc); break;
        case 'phone': v = this.phone(cc); break;
        case 'iban': v = this.iban(cc); break;
        case 'card': v = this.card(); break;
        case 'pw': v = this.pw(lang); break;
        case 'user': v = this.username(getP('to')); break;
        case 'pass': v = this.pass(lang); break;
        case 'wifi': v = this.sec('WIFI_PASSWORD'); break;
        case 'ssid': v = r.pick(['Office-Guest', 'HQ-5G', 'Buero_Gaeste', 'Lumen-Visitors', 'Atelier', 'Guest-WLAN', 'Kestrel-Staff', 'FRITZ!Box 7590 KL', 'Sala-Reunioni']); break;
        case 'pin': v = this.sec('PIN'); break;
        case 'door': v = this.sec('ACCESS_CODE'); break;
        case 'otp': v = this.sec('VERIFICATION_CODE'); break;
        case 'appw': v = this.sec('APP_PASSWORD'); break;
        case 'apikey': { const x = this.vendor(); memo.svc = x.desc; v = x.span; break; }
        case 'svc': { const x = this.vendor(); memo.apikey = x.span; v = x.desc; break; }
        case 'link': v = this.shareLink(); break;
        case 'date': case 'date2': v = this.date(dl); break;
        case 'price': v = L('price', price(r, r.pick(LANG_CUR[lang] || LANG_CUR.en), this.ps)); break;
        case 'invoice': v = this.look('invoice_number'); break;
        case 'order': v = this.look('order_number'); break;
        case 'booking': v = this.look('booking_reference'); break;
        case 'tracking': v = this.look('tracking_number'); break;
        case 'ref': v = this.look('reference_code'); break;
        case 'time': v = `${r.range(8, 18)}:${r.pick(['00', '15', '30', '45'])}`; break;
        default: if (ctx[key] !== undefined) v = ctx[key]; else return undefined;
      }
      memo[key] = v; return v;
    };
    f.people = people;
    return f;
  }
  // a paragraph of n random lines from the given categories
  prose(d, lang, cats, n, res, sep = ' ') {
    const L0 = this.lines(lang); const r = this.r;
    const picked = r.sample(cats.filter((c) => L0[c]), n);
    picked.forEach((c, i) => { if (i) d.w(sep); d.fill(r.pick(L0[c]), res); });
  }
}
