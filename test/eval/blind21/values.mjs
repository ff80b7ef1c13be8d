// PII value generators and look-alike generators. All values are synthetic, drawn from the seeded PRNG.
import { Deck, ALNUM, LOWNUM, UPNUM, B64, B64URL, UPPER, LOWER } from './prng.mjs';
import { luhnComplete, luhnValid, ibanFromBban, ibanMod97Ok, IBAN_LENGTHS, b58check, segwitAddress, deaCheckDigit, nhsCheckDigit, sha256, bech32Encode } from './checksums.mjs';
import { CULTURES_RAW, NICKNAMES, INFLECTED, NEIGHBOURHOODS, VILLAGES, LANDMARKS, COUNTRIES } from './data.mjs';
import { P, L } from './builder.mjs';
import * as PEM from './pem.mjs';

// ---------------------------------------------------------------- cultures
function parseCulture(c) {
  const given = c.given.split(';').map((t) => { const [a, lat] = t.split(':'); const [name, g] = a.split('/'); return { name, g, lat: lat || name }; });
  const family = c.family.split(';').map((t) => { const [a, lat] = t.split(':'); const [m, f] = a.split('|'); const [lm, lf] = (lat || a).split('|'); return { m, f: f || m, lm, lf: lf || lm }; });
  return { ...c, given, family };
}
export const CULTURES = CULTURES_RAW.map(parseCulture);
export const CULT = Object.fromEntries(CULTURES.map((c) => [c.id, c]));

export function ascii(s) {
  return s.replace(/ß/g, 'ss').replace(/[Øø]/g, 'o').replace(/[Ææ]/g, 'ae').replace(/[Łł]/g, 'l').replace(/[Đđ]/g, 'd').replace(/ı/g, 'i')
    .normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9 .'-]/g, '');
}

export class Gen {
  constructor(rng) {
    this.r = rng;
    this.cultureDeck = new Deck(rng.fork('cult'), CULTURES.map((c) => c.id));
    this.phoneDeck = new Deck(rng.fork('phone'), Object.keys(PHONE_PLANS));
    this.addrDeck = new Deck(rng.fork('addr'), Object.keys(ADDRESS));
    this.ibanDeck = new Deck(rng.fork('iban'), Object.keys(IBAN_BBAN));
    this.cardDeck = new Deck(rng.fork('card'), ['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'diners', 'visa', 'mc']);
    this.lookDeck = null; // set in lookalikes
    this.rsaPool = [];
  }
  // ------------------------------------------------------------ people
  person(cid, r = this.r) {
    const c = CULT[cid || this.cultureDeck.next()];
    const gv = r.pick(c.given); const fm = r.pick(c.family);
    const fam = gv.g === 'f' ? fm.f : fm.m; const famLat = gv.g === 'f' ? fm.lf : fm.lm;
    const native = c.order === 'fg' ? fam + c.sep + gv.name : gv.name + ' ' + fam;
    const latin = c.order === 'fg' && c.sep === '' ? gv.lat + ' ' + famLat : (c.order === 'fg' ? famLat + ' ' + gv.lat : gv.lat + ' ' + famLat);
    const westernLatin = gv.lat + ' ' + famLat;
    return { c, cid: c.id, lang: c.lang, script: c.script, given: gv.name, family: fam, g: gv.g, full: native, latin, westernLatin,
      givenLat: gv.lat, familyLat: famLat, nick: NICKNAMES[c.lang] ? r.pick(NICKNAMES[c.lang]) : null };
  }
  // display form: native (default) or latin
  name(p, r = this.r, mode) {
    const m = mode || (p.script === 'Latn' ? 'native' : r.weighted([['native', 6], ['latin', 3]]));
    return m === 'latin' ? p.westernLatin : p.full;
  }
  inflected(lang, what) { const t = INFLECTED[lang]; return t ? this.r.pick(t[what]) : null; }
  // ------------------------------------------------------------ e-mail
  email(p, r = this.r) {
    const doms = ['mail.example', 'post.example', 'inbox.test', 'freemail.example', 'kabelnet.test', 'correo.example', 'posta.test', 'pochta.example',
      'web.invalid', 'home.example', 'familie-berger.example', 'uni-nord.example', 'mx.example', 'sky.test', 'telenet.invalid', 'orange-mail.test', 'maildrop.example'];
    const dom = r.pick(doms);
    if (!p) return r.pick(['info', 'kontakt', 'office', 'hello', 'billing', 'no-reply', 'service', 'sekretariat', 'admin', 'facturation', 'recepcion']) + '@' + r.pick(ORG_DOMAINS);
    const g = ascii(p.givenLat).toLowerCase().replace(/[ ']/g, ''), f = ascii(p.familyLat).toLowerCase().replace(/ /g, '').replace(/'/g, r.chance(0.5) ? "'" : '');
    const shapes = [
      () => `${g}.${f}`, () => `${g[0]}.${f}`, () => `${g}${f}${r.int(1, 99)}`, () => `${g}_${f}`, () => `${f}.${g}`, () => `${g}+${r.pick(['bills', 'school', 'shop', 'bank', 'travel'])}`,
      () => `${g[0]}${f[0]}${r.int(10, 1999)}`, () => `${g}-${f}`, () => `${ascii(p.givenLat).replace(/ /g, '')}.${ascii(p.familyLat).replace(/[ ']/g, '')}`, () => `${f}${g[0]}`,
      () => `${g}.${f}.${r.int(70, 99)}`, () => `${g}`];
    let local = r.pick(shapes)().replace(/\.{2,}/g, '.').replace(/^[.-]+|[.-]+$/g, '');
    if (!local) local = 'user' + r.int(1, 999);
    const host = r.chance(0.25) ? r.pick(ORG_DOMAINS) : dom;
    return `${local}@${host}`;
  }
  // ------------------------------------------------------------ phones
  phone(cc, r = this.r, form) {
    cc = cc || this.phoneDeck.next();
    const p = PHONE_PLANS[cc](r);
    const f = form || (r.chance(0.5) ? 'intl' : 'nat');
    return { cc, value: f === 'intl' ? p.intl : p.nat, form: f };
  }
  // ------------------------------------------------------------ addresses
  address(cc, r = this.r) { cc = cc && ADDRESS[cc] ? cc : this.addrDeck.next(); return { cc, ...ADDRESS[cc](r) }; }
  city(cc, r = this.r) { cc = cc && ADDRESS_CITIES[cc] ? cc : this.addrDeck.next(); return r.pick(ADDRESS_CITIES[cc]); }
  country(r = this.r, lang) { const c = r.pick(COUNTRIES); const forms = [c[1], c[2], ...c[3]]; return lang === 'en' ? c[1] : r.pick(forms); }
  countryName(cc, r = this.r) { const c = COUNTRIES.find((x) => x[0] === cc) || r.pick(COUNTRIES); return r.chance(0.5) ? c[1] : c[2]; }
  neighbourhood(r = this.r) { return r.pick(NEIGHBOURHOODS); }
  village(r = this.r) { return r.pick(VILLAGES); }
  landmark(r = this.r) { return r.pick(LANDMARKS); }
  // ------------------------------------------------------------ cards, IBANs, US ids
  card(r = this.r, brand) {
    brand = brand || this.cardDeck.next();
    let pre, len;
    switch (brand) {
      case 'visa': pre = '4' + r.digits(5); len = 16; break;
      case 'mc': pre = String(r.int(51, 55)) + r.digits(4); len = 16; break;
      case 'mc2': pre = String(r.int(2221, 2720)) + r.digits(2); len = 16; break;
      case 'amex': pre = r.pick(['34', '37']) + r.digits(4); len = 15; break;
      case 'discover': pre = r.pick(['6011' + r.digits(2), '65' + r.digits(4), String(r.int(644, 649)) + r.digits(3)]); len = 16; break;
      case 'jcb': pre = String(r.int(3528, 3589)) + r.digits(2); len = 16; break;
      case 'diners': pre = r.pick(['36' + r.digits(4), String(r.int(300, 305)) + r.digits(3), '38' + r.digits(4)]); len = 14; break;
    }
    const num = luhnComplete(pre + r.digits(len - pre.length - 1));
    return { brand, digits: num, value: fmtCard(r, num) };
  }
  iban(cc, r = this.r, grouped) {
    cc = cc || this.ibanDeck.next();
    const iban = ibanFromBban(cc, IBAN_BBAN[cc](r));
    const g = grouped ?? r.chance(0.6);
    return { cc, compact: iban, value: g ? iban.replace(/(.{4})/g, '$1 ').trim() : iban };
  }
  ssn(r = this.r, sep) {
    let a; do { a = r.int(1, 899); } while (a === 666);
    const s = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
    sep = sep ?? r.weighted([['-', 8], [' ', 1], ['', 1]]);
    return s.join(sep);
  }
  itin(r = this.r) {
    const g = r.pick([...range(50, 65), ...range(70, 88), 90, 91, 92, ...range(94, 99)]);
    return `9${r.digits(2)}-${g}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  }
  usPassport(r = this.r) { return r.chance(0.5) ? r.pick('ABCEFGHJKLMNPRSTUVWXYZ'.split('')) + r.digits(8) : String(r.int(1, 9)) + r.digits(8); }
  usDriverLicense(r = this.r) {
    const st = r.pick(Object.keys(DL_FORMATS)); return { state: st, value: DL_FORMATS[st](r) };
  }
  usBank(r = this.r) { return String(r.int(1, 9)) + r.digits(r.int(7, 16)); }
  btc(r = this.r) {
    const t = r.pick(['p2pkh', 'p2sh', 'wpkh', 'wsh', 'tr', 'wpkh']);
    if (t === 'p2pkh') return b58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
    if (t === 'p2sh') return b58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
    if (t === 'wpkh') return segwitAddress('bc', 0, r.bytes(20));
    if (t === 'wsh') return segwitAddress('bc', 0, r.bytes(32));
    return segwitAddress('bc', 1, r.bytes(32));
  }
  dea(lastName, r = this.r) {
    const first = r.pick('ABCFGHMPX'.split('')); // registrant types (practitioners, hospitals, mid-levels)
    const init = ascii(lastName || 'X').toUpperCase().replace(/[^A-Z]/g, '')[0] || '9';
    const six = r.digits(6); return first + init + six + deaCheckDigit(six);
  }
  nhs(r = this.r, fmt) {
    for (;;) { const nine = String(r.int(4, 7)) + r.digits(8); const c = nhsCheckDigit(nine); if (c === null) continue; const n = nine + c; const f = fmt ?? r.weighted([[' ', 6], ['', 3], ['-', 1]]); return f ? `${n.slice(0, 3)}${f}${n.slice(3, 6)}${f}${n.slice(6)}` : n; }
  }
  ipv4Public(r = this.r) {
    const pools = [() => `203.0.113.${r.int(1, 254)}`, () => `198.51.100.${r.int(1, 254)}`, () => `192.0.2.${r.int(1, 254)}`,
      () => `${r.pick([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 109, 151, 176, 178, 185, 188, 212, 213, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
      () => `${r.pick([24, 50, 63, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 173, 174])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
      () => `${r.pick([101, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 180, 182, 183, 202, 210, 211, 219, 220, 221, 222])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`];
    return r.pick(pools)();
  }
  ipv4Private(r = this.r) { return r.pick([() => `192.168.${r.pick([0, 1, 2, 178, 10, 100])}.${r.int(2, 254)}`, () => `10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(2, 254)}`, () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`])(); }
  ipv6(r = this.r) {
    const h = () => r.hex(r.int(1, 4)).replace(/^0+(?=.)/, '');
    return r.pick([() => `2001:db8:${h()}:${h()}::${h()}`, () => `2a02:${r.hex(4)}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, () => `2001:db8::${h()}:${h()}`,
      () => `2600:${r.hex(4)}:${h()}:${h()}::${h()}`, () => `fe80::${r.hex(4)}:${r.hex(2)}ff:fe${r.hex(2)}:${r.hex(4)}`, () => `2003:${h()}:${h()}:${h()}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}`])();
  }
  ip(r = this.r) { return r.chance(0.75) ? this.ipv4Public(r) : this.ipv6(r); }
}

export const ORG_DOMAINS = ['acme-logistics.example', 'stadtwerke-nord.example', 'clinica-sol.test', 'northwind-hr.example', 'bakery-rosa.example', 'kanzlei-weber.test',
  'hausverwaltung-linden.example', 'ecole-jules-verne.test', 'parrocchia-sanmarco.example', 'sportverein-08.example', 'immobilien-kranich.test', 'travelwise.example',
  'city-hospital.invalid', 'payroll.corp.example', 'insure-direct.test', 'tax-office.example', 'contoso-bank.example', 'fabrikam.test', 'helpdesk.example', 'school-district12.test'];

export const range = (a, b) => { const o = []; for (let i = a; i <= b; i++) o.push(i); return o; };
function fmtCard(r, num) {
  const L = num.length;
  const sep = r.weighted([[' ', 6], ['-', 2], ['', 3]]);
  if (!sep) return num;
  if (L === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  if (L === 14) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.replace(/(.{4})/g, `$1${sep}`).slice(0, -1);
}

// ---------------------------------------------------------------- phone numbering plans
const d = (r, n) => r.digits(n);
const nz = (r) => String(r.int(2, 9));
export const PHONE_PLANS = {
  US: (r) => { const a = r.pick(['212', '312', '415', '617', '702', '206', '303', '404', '512', '646', '718', '919', '503', '614', '720']); const e = nz(r) + d(r, 2); const l = d(r, 4);
    return { nat: r.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`]), intl: r.pick([`+1 ${a} ${e} ${l}`, `+1-${a}-${e}-${l}`, `+1 (${a}) ${e}-${l}`]) }; },
  CA: (r) => { const a = r.pick(['416', '604', '514', '403', '613', '902', '780']); const e = nz(r) + d(r, 2); const l = d(r, 4); return { nat: `(${a}) ${e}-${l}`, intl: `+1 ${a}-${e}-${l}` }; },
  GB: (r) => { if (r.chance(0.6)) { const m = '7' + r.pick(['4', '5', '7', '8', '9']) + d(r, 2); const x = d(r, 6); return { nat: `0${m} ${x}`, intl: `+44 ${m} ${x}` }; }
    if (r.chance(0.5)) { const x = nz(r) + d(r, 3), y = d(r, 4); return { nat: `020 ${x} ${y}`, intl: `+44 20 ${x} ${y}` }; }
    const a = r.pick(['161', '113', '117', '131', '141', '121']); const x = nz(r) + d(r, 2), y = d(r, 4); return { nat: `0${a} ${x} ${y}`, intl: `+44 ${a} ${x} ${y}` }; },
  DE: (r) => { if (r.chance(0.6)) { const p = r.pick(['151', '152', '160', '162', '170', '171', '172', '173', '175', '176', '177', '178', '179']); const x = d(r, r.pick([7, 8]));
      return { nat: r.pick([`0${p} ${x}`, `0${p}/${x}`, `0${p}-${x}`]), intl: r.pick([`+49 ${p} ${x}`, `+49 (0)${p} ${x}`, `+49${p}${x}`]) }; }
    const a = r.pick(['30', '40', '89', '221', '69', '341', '761']); const x = nz(r) + d(r, r.int(5, 7)); return { nat: r.pick([`0${a} ${x}`, `(0${a}) ${x}`, `0${a}/${x}`]), intl: `+49 ${a} ${x}` }; },
  FR: (r) => { const a = r.pick(['6', '7', '1', '2', '3', '4', '5', '9']); const g = [d(r, 2), d(r, 2), d(r, 2), d(r, 2)];
    return { nat: r.pick([`0${a} ${g.join(' ')}`, `0${a}.${g.join('.')}`, `0${a}${g.join('')}`]), intl: r.pick([`+33 ${a} ${g.join(' ')}`, `+33 (0)${a} ${g.join(' ')}`]) }; },
  IN: (r) => { if (r.chance(0.7)) { const m = r.pick(['6', '7', '8', '9']) + d(r, 4); const x = d(r, 5); return { nat: r.pick([`0${m} ${x}`, `${m}${x}`, `${m}-${x}`]), intl: r.pick([`+91 ${m} ${x}`, `+91-${m}${x}`]) }; }
    const x = '2' + d(r, 7); return { nat: `011-${x}`, intl: `+91 11 ${x}` }; },
  BR: (r) => { const a = r.pick(['11', '21', '31', '41', '51', '61', '71', '81', '85']); if (r.chance(0.7)) { const x = '9' + d(r, 4), y = d(r, 4); return { nat: `(${a}) ${x}-${y}`, intl: `+55 ${a} ${x}-${y}` }; }
    const x = r.pick(['2', '3', '4']) + d(r, 3), y = d(r, 4); return { nat: `(${a}) ${x}-${y}`, intl: `+55 ${a} ${x} ${y}` }; },
  JP: (r) => { if (r.chance(0.6)) { const p = r.pick(['90', '80', '70']); const x = d(r, 4), y = d(r, 4); return { nat: `0${p}-${x}-${y}`, intl: `+81 ${p}-${x}-${y}` }; }
    const a = r.pick(['3', '6']); const x = d(r, 4), y = d(r, 4); return { nat: `0${a}-${x}-${y}`, intl: `+81 ${a} ${x} ${y}` }; },
  AU: (r) => { if (r.chance(0.6)) { const x = '4' + d(r, 2), y = d(r, 3), z = d(r, 3); return { nat: `0${x} ${y} ${z}`, intl: `+61 ${x} ${y} ${z}` }; }
    const a = r.pick(['2', '3', '7', '8']); const x = nz(r) + d(r, 3), y = d(r, 4); return { nat: `(0${a}) ${x} ${y}`, intl: `+61 ${a} ${x} ${y}` }; },
  ES: (r) => { const m = r.chance(0.6); const a = (m ? r.pick(['6', '7']) : '9') + d(r, 2); const x = d(r, 3), y = d(r, 3);
    return { nat: r.pick([`${a} ${x} ${y}`, `${a} ${x.slice(0, 2)} ${x.slice(2)}${y.slice(0, 1)} ${y.slice(1)}`]), intl: `+34 ${a} ${x} ${y}` }; },
  IT: (r) => { if (r.chance(0.6)) { const p = '3' + r.pick(['20', '28', '33', '35', '38', '39', '40', '45', '47', '49']); const x = d(r, 3), y = d(r, 4); return { nat: `${p} ${x} ${y}`, intl: `+39 ${p} ${x} ${y}` }; }
    const a = r.pick(['06', '02', '011', '055', '081']); const x = d(r, 4), y = d(r, 4); return { nat: `${a} ${x} ${y}`, intl: `+39 ${a} ${x}${y}` }; },
  NL: (r) => { if (r.chance(0.6)) { const x = d(r, 8); return { nat: r.pick([`06-${x}`, `06 ${x.slice(0, 2)} ${x.slice(2, 4)} ${x.slice(4, 6)} ${x.slice(6)}`]), intl: `+31 6 ${x}` }; }
    const a = r.pick(['20', '30', '10', '70', '50']); const x = nz(r) + d(r, 2), y = d(r, 4); return { nat: `0${a}-${x} ${y}`, intl: `+31 ${a} ${x} ${y}` }; },
  MX: (r) => { const a = r.pick(['55', '33', '81']); const x = d(r, 4), y = d(r, 4); return { nat: `${a} ${x} ${y}`, intl: r.pick([`+52 ${a} ${x} ${y}`, `+52 1 ${a} ${x} ${y}`]) }; },
  PL: (r) => { if (r.chance(0.7)) { const a = r.pick(['5', '6', '7', '8']) + d(r, 2); const x = d(r, 3), y = d(r, 3); return { nat: `${a} ${x} ${y}`, intl: r.pick([`+48 ${a} ${x} ${y}`, `+48 ${a}-${x}-${y}`]) }; }
    const a = r.pick(['22', '12', '58', '71', '61']); const x = d(r, 3), y = d(r, 2), z = d(r, 2); return { nat: `${a} ${x} ${y} ${z}`, intl: `+48 ${a} ${x} ${y} ${z}` }; },
  SE: (r) => { if (r.chance(0.6)) { const p = '7' + r.pick(['0', '2', '3', '6', '9']); const x = d(r, 3), y = d(r, 2), z = d(r, 2); return { nat: `0${p}-${x} ${y} ${z}`, intl: `+46 ${p} ${x} ${y} ${z}` }; }
    const x = d(r, 3), y = d(r, 3), z = d(r, 2); return { nat: `08-${x} ${y} ${z}`, intl: `+46 8 ${x} ${y} ${z}` }; },
  CH: (r) => { const p = r.pick(['76', '77', '78', '79', '44', '31', '61', '22']); const x = d(r, 3), y = d(r, 2), z = d(r, 2); return { nat: `0${p} ${x} ${y} ${z}`, intl: `+41 ${p} ${x} ${y} ${z}` }; },
  AT: (r) => { if (r.chance(0.6)) { const p = r.pick(['650', '660', '664', '676', '680', '699']); const x = d(r, 7); return { nat: `0${p} ${x}`, intl: `+43 ${p} ${x}` }; }
    const x = d(r, 7); return { nat: `01 ${x}`, intl: `+43 1 ${x}` }; },
  BE: (r) => { const p = '4' + r.pick(['70', '75', '77', '78', '79', '86', '93', '94', '95', '96', '97', '98', '99']).slice(0, 2); const a = d(r, 2), b = d(r, 2), c = d(r, 2);
    return { nat: `0${p} ${a} ${b} ${c}`, intl: `+32 ${p} ${a} ${b} ${c}` }; },
  IE: (r) => { if (r.chance(0.6)) { const p = '8' + r.pick(['3', '5', '6', '7', '9']); const x = d(r, 3), y = d(r, 4); return { nat: `0${p} ${x} ${y}`, intl: `+353 ${p} ${x} ${y}` }; }
    const x = d(r, 3), y = d(r, 4); return { nat: `(01) ${x} ${y}`, intl: `+353 1 ${x} ${y}` }; },
  PT: (r) => { const p = '9' + r.pick(['1', '2', '3', '6']) + d(r, 1); const x = d(r, 3), y = d(r, 3); return { nat: `${p} ${x} ${y}`, intl: `+351 ${p} ${x} ${y}` }; },
  TR: (r) => { const p = '5' + r.pick(['3', '4', '5', '0']) + d(r, 1); const x = d(r, 3), y = d(r, 2), z = d(r, 2); return { nat: r.pick([`0${p} ${x} ${y} ${z}`, `0 (${p}) ${x} ${y} ${z}`]), intl: `+90 ${p} ${x} ${y} ${z}` }; },
  KR: (r) => { if (r.chance(0.7)) { const x = d(r, 4), y = d(r, 4); return { nat: `010-${x}-${y}`, intl: `+82 10-${x}-${y}` }; } const x = nz(r) + d(r, 3), y = d(r, 4); return { nat: `02-${x}-${y}`, intl: `+82 2-${x}-${y}` }; },
  CN: (r) => { if (r.chance(0.7)) { const p = '1' + r.pick(['3', '5', '8', '9', '7']) + d(r, 1); const x = d(r, 4), y = d(r, 4); return { nat: r.pick([`${p} ${x} ${y}`, `${p}${x}${y}`, `${p}-${x}-${y}`]), intl: `+86 ${p} ${x} ${y}` }; }
    const x = nz(r) + d(r, 7); return { nat: `010-${x}`, intl: `+86 10 ${x}` }; },
  ZA: (r) => { const p = r.pick(['6', '7', '8']) + d(r, 1); const x = d(r, 3), y = d(r, 4); return { nat: `0${p} ${x} ${y}`, intl: `+27 ${p} ${x} ${y}` }; },
  NG: (r) => { const p = r.pick(['80', '81', '70', '90']) + d(r, 1); const x = d(r, 3), y = d(r, 4); return { nat: `0${p} ${x} ${y}`, intl: `+234 ${p} ${x} ${y}` }; },
  KE: (r) => { const p = '7' + d(r, 2); const x = d(r, 3), y = d(r, 3); return { nat: `0${p} ${x} ${y}`, intl: `+254 ${p} ${x} ${y}` }; },
  AE: (r) => { const p = '5' + r.pick(['0', '2', '5', '6', '8']); const x = d(r, 3), y = d(r, 4); return { nat: `0${p} ${x} ${y}`, intl: `+971 ${p} ${x} ${y}` }; },
  SG: (r) => { const x = r.pick(['8', '9']) + d(r, 3), y = d(r, 4); return { nat: `${x} ${y}`, intl: `+65 ${x} ${y}` }; },
  IL: (r) => { const p = '5' + r.pick(['0', '2', '3', '4', '8']); const x = d(r, 3), y = d(r, 4); return { nat: `0${p}-${x}-${y}`, intl: `+972 ${p}-${x}-${y}` }; },
  GR: (r) => { const p = '69' + r.pick(['4', '7', '8', '9']); const x = d(r, 3), y = d(r, 4); return { nat: `${p} ${x} ${y}`, intl: `+30 ${p} ${x} ${y}` }; },
  RU: (r) => { const p = '9' + d(r, 2); const x = d(r, 3), y = d(r, 2), z = d(r, 2); return { nat: `8 (${p}) ${x}-${y}-${z}`, intl: r.pick([`+7 ${p} ${x}-${y}-${z}`, `+7 (${p}) ${x}-${y}-${z}`]) }; },
  UA: (r) => { const p = r.pick(['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99']); const x = d(r, 3), y = d(r, 2), z = d(r, 2); return { nat: `0${p} ${x} ${y} ${z}`, intl: `+380 ${p} ${x} ${y} ${z}` }; },
  AR: (r) => { const x = '15' + d(r, 2), y = d(r, 4); return { nat: `011 ${x}-${y}`, intl: `+54 9 11 ${x.slice(2)}${d(r, 2)}-${y}` }; },
  NZ: (r) => { const p = '2' + r.pick(['1', '2', '7']); const x = d(r, 3), y = d(r, 4); return { nat: `0${p} ${x} ${y}`, intl: `+64 ${p} ${x} ${y}` }; },
};

// ---------------------------------------------------------------- US driver licence formats
const DL_FORMATS = {
  CA: (r) => r.pick(UPPER.split('')) + r.digits(7), NY: (r) => { const x = r.digits(9); return r.chance(0.5) ? x : `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}`; },
  FL: (r) => { const x = r.pick(UPPER.split('')) + r.digits(12); return r.chance(0.6) ? `${x.slice(0, 4)}-${x.slice(4, 7)}-${x.slice(7, 9)}-${x.slice(9, 12)}-${x.slice(12)}` : x; },
  TX: (r) => String(r.int(1, 4)) + r.digits(7), IL: (r) => { const x = r.pick(UPPER.split('')) + r.digits(11); return `${x.slice(0, 4)}-${x.slice(4, 8)}-${x.slice(8)}`; },
  WA: (r) => 'WDL' + r.str(UPNUM, 9), PA: (r) => r.digits(2) + ' ' + r.digits(3) + ' ' + r.digits(3), NJ: (r) => r.pick(UPPER.split('')) + r.digits(4) + ' ' + r.digits(5) + ' ' + r.digits(5),
  MI: (r) => r.pick(UPPER.split('')) + ' ' + r.digits(3) + ' ' + r.digits(3) + ' ' + r.digits(3) + ' ' + r.digits(3), OH: (r) => r.str(UPPER, 2) + r.digits(6), MA: (r) => 'S' + r.digits(8),
  GA: (r) => String(r.int(1, 9)) + r.digits(8), AZ: (r) => r.pick('ABDY'.split('')) + r.digits(8), CO: (r) => r.digits(2) + '-' + r.digits(3) + '-' + r.digits(4), NV: (r) => r.digits(10),
};

// ---------------------------------------------------------------- IBAN national BBAN layouts
const a = (r, n) => r.str(UPPER, n), n_ = (r, n) => r.digits(n), c_ = (r, n) => r.str(UPNUM, n);
export const IBAN_BBAN = {
  DE: (r) => n_(r, 8) + n_(r, 10), FR: (r) => n_(r, 5) + n_(r, 5) + c_(r, 11) + n_(r, 2), GB: (r) => a(r, 4) + n_(r, 6) + n_(r, 8), ES: (r) => n_(r, 20),
  IT: (r) => a(r, 1) + n_(r, 10) + c_(r, 12), NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB']) + n_(r, 10), BE: (r) => n_(r, 12),
  AT: (r) => n_(r, 16), CH: (r) => n_(r, 5) + c_(r, 12), PL: (r) => n_(r, 24), PT: (r) => n_(r, 21), SE: (r) => n_(r, 20), IE: (r) => a(r, 4) + n_(r, 14),
  DK: (r) => n_(r, 14), NO: (r) => n_(r, 11), FI: (r) => n_(r, 14), LU: (r) => n_(r, 3) + c_(r, 13), CZ: (r) => n_(r, 20), HU: (r) => n_(r, 24),
  GR: (r) => n_(r, 7) + c_(r, 16), TR: (r) => n_(r, 5) + '0' + c_(r, 16), RO: (r) => a(r, 4) + c_(r, 16), SA: (r) => n_(r, 2) + c_(r, 18), AE: (r) => n_(r, 19),
  HR: (r) => n_(r, 17), SK: (r) => n_(r, 20),
};
for (const [cc, f] of Object.entries(IBAN_BBAN)) { if (IBAN_LENGTHS[cc] !== 4 + f({ digits: (k) => '0'.repeat(k), str: (al, k) => 'A'.repeat(k), pick: (x) => x[0] }).length) throw new Error('iban layout ' + cc); }

// ---------------------------------------------------------------- addresses (street line, city, postal)
// each returns { street, city, postal, region, lines: [parts...] } where lines are arrays of strings and spans
const LOC = (v) => P('LOCATION', v);
export const ADDRESS_CITIES = {
  US: ['Portland', 'Austin', 'Columbus', 'Raleigh', 'Sacramento', 'Milwaukee', 'Tucson', 'Omaha', 'Richmond', 'Boise', 'Savannah', 'Ann Arbor'],
  GB: ['Leeds', 'Bristol', 'Norwich', 'York', 'Sheffield', 'Brighton', 'Cardiff', 'Edinburgh', 'Belfast', 'Bath'],
  DE: ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Freiburg im Breisgau', 'Münster', 'Dresden', 'Lüneburg', 'Bamberg'],
  FR: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Strasbourg', 'Lille', 'Montpellier', 'Annecy', 'Rennes'],
  ES: ['Madrid', 'Sevilla', 'Valencia', 'Bilbao', 'Zaragoza', 'Málaga', 'Granada', 'A Coruña'], IT: ['Milano', 'Roma', 'Torino', 'Bologna', 'Napoli', 'Firenze', 'Verona', 'Palermo'],
  NL: ['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag', 'Groningen', 'Eindhoven', 'Leiden', "'s-Hertogenbosch"], PL: ['Warszawa', 'Kraków', 'Gdańsk', 'Wrocław', 'Poznań', 'Łódź', 'Lublin'],
  BR: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba', 'Recife', 'Porto Alegre', 'Salvador'], JP: ['東京都', '大阪市', '京都市', '札幌市', '福岡市', '横浜市'],
  RU: ['Москва', 'Санкт-Петербург', 'Новосибирск', 'Казань', 'Екатеринбург', 'Самара'], IN: ['Bengaluru', 'Mumbai', 'Pune', 'Chennai', 'Hyderabad', 'Kolkata', 'Jaipur', 'New Delhi'],
  SE: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Umeå'], KR: ['서울특별시', '부산광역시', '인천광역시', '대구광역시'], CN: ['北京市', '上海市', '广州市', '成都市', '杭州市'],
  GR: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο'], SA: ['الرياض', 'جدة', 'الدمام', 'دبي', 'أبوظبي'], TR: ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya'],
  IE: ['Dublin', 'Cork', 'Galway', 'Limerick'], CA: ['Montréal', 'Toronto', 'Vancouver', 'Calgary', 'Ottawa'], AU: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Hobart'],
  MX: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla', 'Oaxaca'], IL: ['תל אביב', 'ירושלים', 'חיפה'], VN: ['TP. Hồ Chí Minh', 'Hà Nội', 'Đà Nẵng'], TH: ['กรุงเทพมหานคร', 'เชียงใหม่'],
  UA: ['Київ', 'Львів', 'Одеса', 'Харків'],
  CH: ['Zürich', 'Genève', 'Basel', 'Bern', 'Lausanne'], AT: ['Wien', 'Graz', 'Salzburg', 'Innsbruck'], PT: ['Lisboa', 'Porto', 'Coimbra', 'Braga'],
};
const pick = (r, k) => r.pick(ADDRESS_CITIES[k]);
export const ADDRESS = {
  US: (r) => { const st = `${r.int(12, 9899)} ${r.pick(['Maple Ave', 'Oak Street', 'Cedar Lane', 'Willow Dr', 'Elm St', 'Lakeview Terrace', 'N 34th St', 'Magnolia Ct', 'Hawthorne Blvd', 'Pine Ridge Rd'])}${r.chance(0.3) ? r.pick([', Apt ' + r.int(1, 30) + r.pick(['A', 'B', 'C']), ' #' + r.int(100, 999), ' Unit ' + r.int(1, 40)]) : ''}`;
    const city = pick(r, 'US'); const stt = r.pick(['OR', 'TX', 'OH', 'NC', 'CA', 'WI', 'AZ', 'NE', 'VA', 'ID', 'GA', 'MI']); const zip = r.digits(5);
    return { street: st, city, postal: zip, lines: [[LOC(st)], [LOC(city), `, ${stt} ${zip}`]] }; },
  GB: (r) => { const st = r.pick([`${r.int(1, 180)} ${r.pick(['Cranbrook Road', 'Wellington Street', 'Mill Lane', 'Church Walk', 'Victoria Crescent', 'Albert Terrace', 'Station Approach'])}`, `Flat ${r.int(1, 12)}, ${r.int(2, 90)} ${r.pick(['Queens Road', 'Hillside Gardens', 'Park View'])}`]);
    const city = pick(r, 'GB'); const pc = `${r.pick(['LS', 'BS', 'NR', 'YO', 'S', 'BN', 'CF', 'EH', 'BT', 'BA'])}${r.int(1, 20)} ${r.int(1, 9)}${r.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
    return { street: st, city, postal: pc, lines: [[LOC(st)], [LOC(city)], [pc]] }; },
  DE: (r) => { const st = `${r.pick(['Lindenstraße', 'Am Mühlbach', 'Hauptstraße', 'Goethestraße', 'Schillerplatz', 'Kastanienallee', 'Brunnenweg', 'Im Winkel', 'Bahnhofstr.'])} ${r.int(1, 140)}${r.chance(0.2) ? r.pick(['a', 'b']) : ''}`;
    const city = pick(r, 'DE'); const plz = String(r.int(10115, 99998)).padStart(5, '0'); return { street: st, city, postal: plz, lines: [[LOC(st)], [`${plz} `, LOC(city)]] }; },
  AT: (r) => { const st = `${r.pick(['Mariahilfer Straße', 'Herrengasse', 'Linzer Gasse', 'Schulgasse'])} ${r.int(1, 99)}/${r.int(1, 20)}`; const city = pick(r, 'AT'); const plz = String(r.int(1010, 9999));
    return { street: st, city, postal: plz, lines: [[LOC(st)], [`${plz} `, LOC(city)]] }; },
  CH: (r) => { const st = `${r.pick(['Bahnhofstrasse', 'Rue du Rhône', 'Spalenberg', 'Kramgasse', 'Avenue de Rumine'])} ${r.int(1, 99)}`; const city = pick(r, 'CH'); const plz = String(r.int(1000, 9658));
    return { street: st, city, postal: plz, lines: [[LOC(st)], [`CH-${plz} `, LOC(city)]] }; },
  FR: (r) => { const st = `${r.int(1, 120)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'impasse du Moulin', 'boulevard Voltaire', 'place de la Mairie', 'chemin des Vignes', "rue de l'Église"])}`;
    const city = pick(r, 'FR'); const cp = String(r.int(1000, 95999)).padStart(5, '0'); return { street: st, city, postal: cp, lines: [[LOC(st)], [`${cp} `, LOC(city.toUpperCase ? (r.chance(0.3) ? city.toUpperCase() : city) : city)]] }; },
  ES: (r) => { const st = r.pick([`Calle de Alcalá, ${r.int(1, 200)}, ${r.int(1, 8)}.º ${r.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`, `Avda. de la Constitución ${r.int(1, 90)}`, `C/ Mayor, ${r.int(1, 60)}, ${r.int(1, 5)}º ${r.pick(['izq.', 'dcha.'])}`, `Plaza del Pilar ${r.int(1, 20)}`]);
    const city = pick(r, 'ES'); const cp = String(r.int(1001, 52080)).padStart(5, '0'); return { street: st, city, postal: cp, lines: [[LOC(st)], [`${cp} `, LOC(city)]] }; },
  IT: (r) => { const st = r.pick([`Via Giuseppe Garibaldi ${r.int(1, 120)}`, `Corso Vittorio Emanuele II, ${r.int(1, 300)}`, `Piazza delle Erbe ${r.int(1, 30)}`, `Viale dei Mille ${r.int(1, 80)}`, `Via Roma ${r.int(1, 200)}/${r.pick(['A', 'B'])}`]);
    const city = pick(r, 'IT'); const cap = String(r.int(10, 98168)).padStart(5, '0'); return { street: st, city, postal: cap, lines: [[LOC(st)], [`${cap} `, LOC(city), ` (${city.slice(0, 2).toUpperCase()})`]] }; },
  NL: (r) => { const st = `${r.pick(['Keizersgracht', 'Prinsengracht', 'Dorpsstraat', 'Oudegracht', 'Kerkstraat', 'Lange Voorhout'])} ${r.int(1, 400)}${r.chance(0.25) ? r.pick(['-III', ' bis', 'A', '-2']) : ''}`;
    const city = pick(r, 'NL'); const pc = `${r.int(1000, 9999)} ${r.str('ABCDEFGHJKLMNPRSTVWXZ', 2)}`; return { street: st, city, postal: pc, lines: [[LOC(st)], [`${pc} `, LOC(city)]] }; },
  PL: (r) => { const st = r.pick([`ul. Długa ${r.int(1, 80)}/${r.int(1, 40)}`, `al. Jana Pawła II ${r.int(1, 99)} m. ${r.int(1, 60)}`, `ul. Kwiatowa ${r.int(1, 40)}`, `os. Tysiąclecia ${r.int(1, 50)}/${r.int(1, 90)}`, `ul. Piotrkowska ${r.int(1, 280)}`]);
    const city = pick(r, 'PL'); const pc = `${r.digits(2)}-${r.digits(3)}`; return { street: st, city, postal: pc, lines: [[LOC(st)], [`${pc} `, LOC(city)]] }; },
  PT: (r) => { const st = r.pick([`Rua Augusta, ${r.int(1, 200)}, ${r.int(1, 5)}.º Esq.`, `Avenida da Liberdade ${r.int(1, 250)}`, `Travessa do Carmo ${r.int(1, 30)}`]); const city = pick(r, 'PT'); const cp = `${r.int(1000, 9999)}-${r.digits(3)}`;
    return { street: st, city, postal: cp, lines: [[LOC(st)], [`${cp} `, LOC(city)]] }; },
  BR: (r) => { const st = r.pick([`Rua das Flores, ${r.int(1, 2000)} - Apto ${r.int(11, 204)}`, `Av. Paulista, ${r.int(100, 2500)}`, `Rua XV de Novembro, ${r.int(1, 1500)}`, `Alameda Santos, ${r.int(1, 2200)}`]);
    const city = pick(r, 'BR'); const uf = { 'São Paulo': 'SP', 'Rio de Janeiro': 'RJ', 'Belo Horizonte': 'MG', Curitiba: 'PR', Recife: 'PE', 'Porto Alegre': 'RS', Salvador: 'BA' }[city]; const cep = `${r.digits(5)}-${r.digits(3)}`;
    return { street: st, city, postal: cep, lines: [[LOC(st)], [LOC(city), ` - ${uf}`], [`CEP ${cep}`]] }; },
  JP: (r) => { const st = r.pick([`世田谷区北沢${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`, `北区梅田${r.int(1, 3)}-${r.int(1, 12)}-${r.int(1, 9)}`, `左京区下鴨松原町${r.int(1, 60)}`, `中央区南三条西${r.int(1, 12)}-${r.int(1, 20)}`, `港北区日吉${r.int(1, 7)}-${r.int(1, 30)}-${r.int(1, 15)}`]);
    const city = pick(r, 'JP'); const pc = `〒${r.digits(3)}-${r.digits(4)}`; return { street: st, city, postal: pc, lines: [[pc], [LOC(city + st)]] }; },
  RU: (r) => { const st = r.pick([`ул. Ленина, д. ${r.int(1, 120)}, кв. ${r.int(1, 200)}`, `пр-т Мира, д. ${r.int(1, 90)}, кв. ${r.int(1, 300)}`, `Невский пр., д. ${r.int(1, 150)}`, `ул. Садовая, д. ${r.int(1, 60)}`]);
    const city = pick(r, 'RU'); const pc = r.digits(6); return { street: st, city, postal: pc, lines: [[LOC(st)], ['г. ', LOC(city), `, ${pc}`]] }; },
  IN: (r) => { const st = r.pick([`Flat ${r.int(1, 40)}, Sai Krupa Apartments, MG Road`, `House No. ${r.int(1, 400)}, Sector ${r.int(1, 60)}`, `${r.int(1, 99)}/${r.int(1, 9)} Lalbagh Road`, `B-${r.int(101, 909)}, Lotus Residency, Andheri West`]);
    const city = pick(r, 'IN'); const pin = String(r.int(110001, 855999)); return { street: st, city, postal: pin, lines: [[LOC(st)], [LOC(city), ` - ${pin}`]] }; },
  SE: (r) => { const st = `${r.pick(['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Vasagatan', 'Sveavägen'])} ${r.int(1, 90)}${r.chance(0.3) ? ' lgh ' + r.int(1001, 1404) : ''}`;
    const city = pick(r, 'SE'); const pc = `${r.int(100, 984)} ${r.digits(2)}`; return { street: st, city, postal: pc, lines: [[LOC(st)], [`${pc} `, LOC(city)]] }; },
  KR: (r) => { const st = r.pick([`강남구 테헤란로 ${r.int(1, 500)}`, `해운대구 해운대해변로 ${r.int(1, 300)}`, `마포구 월드컵북로 ${r.int(1, 400)}`, `연수구 송도과학로 ${r.int(1, 120)}`]);
    const city = pick(r, 'KR'); const pc = r.digits(5); return { street: st, city, postal: pc, lines: [[LOC(city + ' ' + st)], [`(${pc})`]] }; },
  CN: (r) => { const st = r.pick([`朝阳区建国路${r.int(1, 200)}号`, `浦东新区世纪大道${r.int(1, 300)}号`, `天河区体育西路${r.int(1, 250)}号`, `武侯区人民南路${r.int(1, 99)}号`]);
    const city = pick(r, 'CN'); const pc = r.digits(6); return { street: st, city, postal: pc, lines: [[LOC(city + st)], [`邮编 ${pc}`]] }; },
  GR: (r) => { const st = r.pick([`Οδός Ερμού ${r.int(1, 120)}`, `Λεωφόρος Κηφισίας ${r.int(1, 300)}`, `Πατησίων ${r.int(1, 200)}`, `Τσιμισκή ${r.int(1, 150)}`]);
    const city = pick(r, 'GR'); const pc = `${r.int(100, 851)} ${r.digits(2)}`; return { street: st, city, postal: pc, lines: [[LOC(st)], [`${pc} `, LOC(city)]] }; },
  SA: (r) => { const st = r.pick([`شارع الملك فهد، مبنى ${r.int(1000, 9999)}`, `حي النخيل، شارع التحلية`, `طريق الملك عبدالعزيز ${r.int(1, 300)}`, `شارع الشيخ زايد، برج ${r.int(1, 40)}`]);
    const city = pick(r, 'SA'); const pc = r.digits(5); return { street: st, city, postal: pc, lines: [[LOC(st)], [LOC(city), ` ${pc}`]] }; },
  TR: (r) => { const st = r.pick([`Atatürk Cad. No:${r.int(1, 200)} D:${r.int(1, 20)}`, `Bağdat Caddesi No:${r.int(1, 400)}/${r.int(1, 12)}`, `Cumhuriyet Mah. Gül Sok. No:${r.int(1, 60)}`]);
    const city = pick(r, 'TR'); const pc = String(r.int(1000, 81999)).padStart(5, '0'); return { street: st, city, postal: pc, lines: [[LOC(st)], [`${pc} `, LOC(city)]] }; },
  IE: (r) => { const st = r.pick([`${r.int(1, 200)} Griffith Avenue`, `Apartment ${r.int(1, 40)}, The Maltings, Bow Lane`, `${r.int(1, 60)} Main Street`]); const city = pick(r, 'IE');
    const pc = `${r.pick(['D09', 'D04', 'T12', 'H91', 'V94'])} ${r.str('ACDEFHKNPRTVWXY0123456789', 4)}`; return { street: st, city, postal: pc, lines: [[LOC(st)], [LOC(city)], [pc]] }; },
  CA: (r) => { const st = r.pick([`${r.int(100, 4000)} rue Sainte-Catherine O`, `${r.int(1, 400)} Queen St W, Unit ${r.int(100, 2400)}`, `${r.int(1, 9000)} Granville St`]); const city = pick(r, 'CA');
    const pc = `${r.pick(['H', 'M', 'V', 'T', 'K'])}${r.int(1, 9)}${r.pick(UPPER.split(''))} ${r.int(1, 9)}${r.pick(UPPER.split(''))}${r.int(1, 9)}`; return { street: st, city, postal: pc, lines: [[LOC(st)], [LOC(city), ` ${r.pick(['QC', 'ON', 'BC', 'AB'])} ${pc}`]] }; },
  AU: (r) => { const st = r.pick([`Unit ${r.int(1, 30)}, ${r.int(1, 200)} Beach Road`, `${r.int(1, 300)} Wattle Street`, `${r.int(1, 90)} Banksia Crescent`]); const city = pick(r, 'AU'); const pc = String(r.int(2000, 7999));
    return { street: st, city, postal: pc, lines: [[LOC(st)], [LOC(city), ` ${r.pick(['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS'])} ${pc}`]] }; },
  MX: (r) => { const st = r.pick([`Av. Insurgentes Sur ${r.int(100, 3000)}, Col. Crédito Constructor`, `Calle Durango ${r.int(1, 400)}, Col. Roma Norte`, `Calle Hidalgo ${r.int(1, 200)}, Centro`]);
    const city = pick(r, 'MX'); const cp = r.digits(5); return { street: st, city, postal: cp, lines: [[LOC(st)], [`C.P. ${cp}, `, LOC(city)]] }; },
  IL: (r) => { const st = r.pick([`רחוב הרצל ${r.int(1, 120)}`, `שדרות רוטשילד ${r.int(1, 150)}`, `רחוב יפו ${r.int(1, 200)}`]); const city = pick(r, 'IL'); const pc = r.digits(7);
    return { street: st, city, postal: pc, lines: [[LOC(st)], [LOC(city), ` ${pc}`]] }; },
  VN: (r) => { const st = r.pick([`Số ${r.int(1, 300)} Đường Lê Lợi, Quận 1`, `${r.int(1, 90)} Phố Hàng Bạc, Hoàn Kiếm`, `${r.int(1, 200)} Nguyễn Văn Linh, Hải Châu`]); const city = pick(r, 'VN');
    return { street: st, city, postal: '', lines: [[LOC(st)], [LOC(city)]] }; },
  UA: (r) => { const st = r.pick([`вул. Шевченка, ${r.int(1, 120)}, кв. ${r.int(1, 90)}`, `просп. Свободи, ${r.int(1, 60)}`, `вул. Личаківська, ${r.int(1, 200)}`]); const city = pick(r, 'UA'); const pc = r.digits(5);
    return { street: st, city, postal: pc, lines: [[LOC(st)], ['м. ', LOC(city), `, ${pc}`]] }; },
  TH: (r) => { const st = `${r.int(1, 400)}/${r.int(1, 90)} ${r.pick(['ถนนสุขุมวิท', 'ถนนนิมมานเหมินท์', 'ถนนพระราม 9'])}`; const city = pick(r, 'TH'); const pc = String(r.int(10100, 50300));
    return { street: st, city, postal: pc, lines: [[LOC(st)], [LOC(city), ` ${pc}`]] }; },
};

// ---------------------------------------------------------------- look-alikes
export function hex(r, n) { return r.hex(n); }
export function uuid(r) { const h = r.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${r.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`; }
export const VENDOR_TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5105105105105100',
  '3530111333300000', '30569309025904', '4012888888881881', '371449635398431', '2223003122003222', '6011000990139424', '5200828282828210', '4000002500003155'];
export const AWS_EXAMPLE_KEYS = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];

export function makeLook(g) {
  const r0 = g.r;
  const F = {
    git_sha: (r) => r.chance(0.7) ? r.hex(40) : r.hex(r.pick([7, 8, 10, 12])),
    uuid: (r) => uuid(r),
    digest: (r) => 'sha256:' + r.hex(64),
    integrity: (r) => r.pick(['sha512-', 'sha384-', 'sha256-']).replace(/.*/, (p) => p + r.bytes(p === 'sha512-' ? 64 : p === 'sha384-' ? 48 : 32).toString('base64')),
    hash: (r) => r.hex(r.pick([32, 40, 64])),
    certificate: (r) => PEM.pemWrap('CERTIFICATE', PEM.certificateDer(r, { cn: r.pick(['nas.home.example', 'router.lan.test', 'vpn.family.example', 'intranet.corp.example', 'printer.office.test']), org: r.pick(['Home Lab', 'Kanzlei Weber', 'Acme Logistics', 'Famille Roux']), country: r.pick(['DE', 'FR', 'GB', 'US', 'NL']), notBefore: '2401' + r.digits(2).replace(/^(\d)/, '1') + '000000Z', notAfter: '2703' + '15000000Z', ec: r.chance(0.6) })),
    public_key: (r) => r.pick([
      () => { const k = PEM.edKey(r); return 'ssh-ed25519 ' + PEM.sshEdPubBlob(k).toString('base64'); },
      () => PEM.pemWrap('PUBLIC KEY', PEM.ecSpkiDer(PEM.ecKey(r))),
      () => 'pk_live_' + r.str(ALNUM, r.pick([24, 99])),
      () => 'pk.' + Buffer.from(JSON.stringify({ u: r.pick(['mapfan', 'hikeplanner', 'roomfinder']), a: r.str(LOWNUM, 25) })).toString('base64url') + '.' + r.str(B64URL, 22),
      () => bech32Encode('age', r.bytes(32)),
      () => r.bytes(32).toString('base64'),
      () => 'ecdsa-sha2-nistp256 ' + Buffer.concat([u32s('ecdsa-sha2-nistp256'), u32s('nistp256'), u32s(PEM.ecKey(r).pub)]).toString('base64'),
    ])(),
    placeholder: (r) => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '<PASSWORD>', 'your_api_key_here', '********', 'TODO-set-me', '<insert key>',
      'dummy', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', 'pa$$word', '<secret>', '•••••••', 'N/A', 'xoxb-your-token', '[redacted]', 'CHANGE_ME_BEFORE_PROD', 'hunter2?', 'pass123 (example)']).replace('hunter2?', '****').replace('pass123 (example)', '<mot de passe>'),
    aws_example_key: (r) => r.pick(AWS_EXAMPLE_KEYS),
    env_reference: (r) => r.pick(['${DB_PASSWORD}', '${{ secrets.DEPLOY_TOKEN }}', '$env:API_KEY', '%SMTP_PASS%', '{{ .Values.redis.password }}', '${var.admin_password}', '$(cat /run/secrets/db_pw)',
      'op://Family/Router/password', 'vault:secret/data/home#wifi', '${STRIPE_KEY:?missing}', '${TOKEN:-}', '$PGPASSWORD', 'env("MAIL_PASS")', '{{ lookup(\'env\', \'HA_TOKEN\') }}', '!secret mqtt_password', 'process.env.OPENAI_API_KEY', 'os.environ["AWS_SECRET_ACCESS_KEY"]']),
    order_number: (r) => r.pick([() => `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, () => `ORD-${r.digits(8)}`, () => `#${r.int(100000, 9999999)}`, () => `BE${r.digits(10)}`, () => `Auftrag ${r.digits(9)}`.replace('Auftrag ', 'A-'), () => `CMD${r.digits(8)}`])(),
    tracking_number: (r) => r.pick([() => '1Z' + r.str(UPNUM, 6) + r.digits(10), () => r.pick(['9400', '9205', '9361']) + r.digits(18), () => 'JJD' + r.digits(18), () => r.str(UPPER, 2) + r.digits(9) + r.pick(['DE', 'GB', 'FR', 'NL', 'CN']), () => r.digits(12), () => '00' + r.digits(18)])(),
    version: (r) => r.pick([() => `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, () => `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}`, () => `${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, () => `^${r.int(1, 18)}.${r.int(0, 9)}.${r.int(0, 9)}`, () => `${r.int(2019, 2025)}.${r.int(1, 12)}.${r.int(0, 4)}`, () => `~> ${r.int(1, 5)}.${r.int(0, 60)}`])(),
    build_number: (r) => r.pick([() => `build ${r.int(1000, 99999)}`.replace('build ', '#'), () => `${r.int(20, 26)}${r.pick(['A', 'B', 'C', 'D', 'E', 'F'])}${r.int(100, 999)}`, () => `b${r.int(1000, 9999)}`, () => `${r.int(10000, 26999)}.${r.int(1000, 9999)}`])(),
    date: (r) => { const y = r.int(2019, 2026), m = r.int(1, 12), dd = r.int(1, 28); const p2 = (x) => String(x).padStart(2, '0');
      return r.pick([`${y}-${p2(m)}-${p2(dd)}`, `${p2(dd)}.${p2(m)}.${y}`, `${p2(dd)}/${p2(m)}/${y}`, `${m}/${dd}/${y}`, `${dd} ${r.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} ${y}`, `${y}年${m}月${dd}日`]); },
    timestamp: (r) => { const p2 = (x) => String(x).padStart(2, '0'); const y = r.int(2021, 2025), m = p2(r.int(1, 12)), dd = p2(r.int(1, 28)), hh = p2(r.int(0, 23)), mi = p2(r.int(0, 59)), ss = p2(r.int(0, 59));
      return r.pick([`${y}-${m}-${dd}T${hh}:${mi}:${ss}Z`, `${y}-${m}-${dd} ${hh}:${mi}:${ss}`, `${String(r.int(1609459200, 1767225600))}`, `${String(r.int(1609459200, 1767225600))}${r.digits(3)}`, `${dd}/${r.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'])}/${y}:${hh}:${mi}:${ss} +0000`, `${y}-${m}-${dd}T${hh}:${mi}:${ss}.${r.digits(3)}+02:00`]); },
    price: (r) => { const v = r.int(1, 4999) + r.int(0, 99) / 100; const s = v.toFixed(2); const c = s.replace('.', ',');
      return r.pick([`€${s}`, `${c} €`, `$${s}`, `£${s}`, `${s} USD`, `CHF ${s}`, `${c} zł`, `R$ ${c}`, `¥${r.int(100, 99999)}`, `${r.int(100, 9999)} SEK`, `₹${r.int(100, 99999)}`, `${c} EUR`]); },
    coordinates: (r) => { const la = (r.float() * 140 - 70).toFixed(r.int(4, 6)), lo = (r.float() * 340 - 170).toFixed(r.int(4, 6)); return r.pick([`${la}, ${lo}`, `${la},${lo}`, `(${la}, ${lo})`]); },
    isbn: (r) => { const b = '978' + r.pick(['3', '0', '2', '84', '88']) ; let s = b + r.digits(12 - b.length); let sum = 0; for (let i = 0; i < 12; i++) sum += (+s[i]) * (i % 2 ? 3 : 1); s += (10 - (sum % 10)) % 10; return r.chance(0.5) ? s : `${s.slice(0, 3)}-${s.slice(3, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`; },
    hex_color: (r) => '#' + (r.chance(0.8) ? r.hex(6) : r.hex(3)),
    invalid_card: (r) => { for (;;) { const c = g.card(r); const ds = c.digits; const bad = ds.slice(0, -1) + String((+ds.slice(-1) + r.int(1, 9)) % 10); if (!luhnValid(bad)) return c.value.slice(0, -1) + bad.slice(-1); } },
    invalid_iban: (r) => { const i = g.iban(null, r); let s = i.value; const cd = s.slice(2, 4); let nc; do { nc = String(r.int(2, 98)).padStart(2, '0'); } while (nc === cd || ibanMod97Ok(s.slice(0, 2) + nc + s.slice(4))); return s.slice(0, 2) + nc + s.slice(4); },
    invalid_ssn: (r) => { const k = r.int(0, 4); const sep = r.chance(0.8) ? '-' : ' '; const serial = String(r.int(1, 9999)).padStart(4, '0'), grp = String(r.int(1, 99)).padStart(2, '0');
      if (k === 0) return ['000', grp, serial].join(sep); if (k === 1) return ['666', grp, serial].join(sep); if (k === 2) return [String(r.int(900, 999)), String(r.int(1, 49)).padStart(2, '0'), serial].join(sep);
      if (k === 3) return [String(r.int(1, 665)).padStart(3, '0'), '00', serial].join(sep); return [String(r.int(100, 899)), grp, '0000'].join(sep); },
    invalid_nhs: (r) => { for (;;) { const nine = String(r.int(4, 7)) + r.digits(8); const c = nhsCheckDigit(nine); const bad = c === null ? String(r.int(0, 9)) : String((+c + r.int(1, 9)) % 10); const n = nine + bad; return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`; } },
    invalid_dea: (r) => { const v = g.dea(r.pick(['Smith', 'Lopez', 'Brown', 'Nguyen']), r); return v.slice(0, 8) + String((+v[8] + r.int(1, 9)) % 10); },
    vendor_test_card: (r) => { const c = r.pick(VENDOR_TEST_CARDS); return c.length === 16 && r.chance(0.4) ? c.replace(/(.{4})/g, '$1 ').trim() : c; },
    data_uri: (r) => `data:image/png;base64,${Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), r.bytes(r.int(20, 60))]).toString('base64')}`,
    k8s_resource_version: (r) => String(r.int(100000, 99999999)),
    request_id: (r) => r.pick([() => 'req_' + r.str(ALNUM, 24), () => uuid(r), () => r.hex(32), () => `Root=1-${r.hex(8)}-${r.hex(24)}`, () => `${r.str(UPNUM, 4)}:${r.hex(6)}:${r.hex(8)}`, () => '00-' + r.hex(32) + '-' + r.hex(16) + '-01'])(),
    crm_id: (r) => r.pick([() => '003' + r.str(ALNUM, 15), () => 'CUST-' + r.digits(6), () => 'cus_' + r.str(ALNUM, 14), () => 'HS-' + r.digits(9), () => 'KD' + r.digits(7), () => 'lead_' + r.digits(8)])(),
    hostname: (r) => r.pick(['nas.home.example', 'fritz.box.test', 'pi-hole.lan.test', 'db-primary-01.corp.example', 'mail.family.example', 'cam-garden.iot.test', 'printer-2og.office.example', 'mqtt.home.test', 'backup01.internal.example', 'ha.home.example', 'vpn.kanzlei.test', 'git.smallshop.example']),
    invoice_number: (r) => r.pick([() => `INV-${r.int(2019, 2025)}-${r.digits(5)}`, () => `RE-${r.digits(8)}`, () => `FA${r.digits(7)}`, () => `${r.int(2020, 2025)}/${r.digits(4)}`, () => `F-${r.str(UPPER, 2)}${r.digits(6)}`])(),
    booking_reference: (r) => r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
    flight_number: (r) => r.pick(['LH', 'AF', 'BA', 'KL', 'IB', 'AZ', 'TK', 'NH', 'KE', 'EK', 'QF', 'LX', 'OS', 'SK', 'TP', 'LO', 'UA', 'DL', 'FR', 'U2']) + ' ' + r.int(1, 9899),
    imei: (r) => luhnComplete(r.pick(['35', '86', '01', '99', '45']) + r.digits(12)),
    mac_address: (r) => { const b = r.bytes(6); b[0] &= 0xfe; return [...b].map((x) => x.toString(16).padStart(2, '0')).join(r.chance(0.8) ? ':' : '-').replace(/./g, (c) => (r.chance(0.5) ? c.toUpperCase() : c)); },
    ean_barcode: (r) => { let s = r.pick(['40', '50', '76', '80', '87', '54']) + r.digits(10); let sum = 0; for (let i = 0; i < 12; i++) sum += (+s[i]) * (i % 2 ? 3 : 1); return s + ((10 - (sum % 10)) % 10); },
    policy_number: (r) => r.pick([() => `POL-${r.digits(9)}`, () => `${r.str(UPPER, 2)}-${r.digits(3)}-${r.digits(6)}`, () => `VS ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, () => `${r.digits(10)}/${r.digits(3)}`])(),
    case_number: (r) => r.pick([() => `CASE-${r.digits(7)}`, () => `Az. ${r.int(1, 99)} ${r.pick(['C', 'O', 'S'])} ${r.int(100, 9999)}/${r.int(19, 25)}`.replace('Az. ', ''), () => `INC${r.digits(7)}`, () => `#${r.int(10000, 999999)}`, () => `TKT-${r.digits(6)}`])(),
    masked_card: (r) => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `•••• ${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]),
    masked_iban: (r) => r.pick(['DE', 'FR', 'NL', 'ES', 'IT']) + r.digits(2) + ' **** **** **** ' + r.digits(2) + r.pick(['**', r.digits(2)]),
    bic: (r) => r.str(UPPER, 4) + r.pick(['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'CH', 'PL']) + r.str(UPNUM, 2) + (r.chance(0.4) ? r.str(UPNUM, 3) : ''),
    cidr: (r) => r.pick([`10.${r.int(0, 255)}.0.0/16`, `192.168.${r.int(0, 255)}.0/24`, `172.${r.int(16, 31)}.0.0/12`, `fd${r.hex(2)}:${r.hex(4)}::/48`]),
    serial_number: (r) => r.pick([() => `SN ${r.str(UPNUM, 12)}`.slice(3), () => `${r.str(UPPER, 3)}${r.digits(9)}`, () => `C02${r.str(UPNUM, 9)}`, () => `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`])(),
    ticket_number: (r) => `${r.pick(['220', '057', '125', '074', '081', '176', '235', '205', '180'])}${r.digits(10)}`,
    file_path: (r) => r.pick(['/home/pi/.config/rclone/rclone.conf', 'C:\\Users\\Public\\Documents\\scan_0042.pdf', '~/Documents/Steuer/2023/Belege.zip', '/var/lib/docker/volumes/ha_config/_data',
      '%APPDATA%\\Mozilla\\Firefox\\Profiles', '/etc/wireguard/wg0.conf', './secrets/.env.production', 'D:\\Backup\\Fotos\\2019-Urlaub', '/srv/nextcloud/data/anna/files/Scans', '~/Library/Mobile Documents/com~apple~CloudDocs/Tax']),
  };
  return F;
}
const u32s = (b) => { if (typeof b === 'string') b = Buffer.from(b); const h = Buffer.alloc(4); h.writeUInt32BE(b.length); return Buffer.concat([h, b]); };
export const LOOK_KINDS = Object.keys(makeLook({}));
