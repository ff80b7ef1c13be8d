// PII value generators: people, e-mails, places, phones, ids, cards, IBANs, crypto.
import { CULTURES, CULTURE_KEYS } from './data_names.mjs';
import { PLACES, COUNTRY_NAMES } from './data_places.mjs';
import { P } from './doc.mjs';
import * as C from './checksums.mjs';
import { ALPHA } from './prng.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN',
  'US_ITIN', 'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];

// ------------------------------------------------------------ companies / domains
export const COMPANIES = [
  ['Kestrel Analytics', 'kestrel-analytics.example'], ['Brightwater Logistics', 'brightwater.example'], ['Halvorsen Maritime', 'halvorsen-maritime.example'],
  ['Lumora Health', 'lumora.example'], ['Quillfeather Legal LLP', 'quillfeather.example'], ['Tessaract Freight', 'tessaract.example'],
  ['Harbourline Insurance', 'harbourline.example'], ['Orchard & Pike', 'orchardpike.example'], ['Blauberg Maschinenbau GmbH', 'blauberg.example'],
  ['Groupe Sablier', 'sablier.example'], ['Nimbus Pay', 'nimbuspay.example'], ['Koyo Shoji K.K.', 'koyo-shoji.example'],
  ['Vireo Travel', 'vireo-travel.example'], ['Castellan Foods S.p.A.', 'castellan.example'], ['Marisma Seguros', 'marisma.example'],
  ['Fjordlight AB', 'fjordlight.example'], ['Copperleaf Dental', 'copperleaf.test'], ['Anvil & Ash Outfitters', 'anvilash.example'],
  ['Petrichor Labs', 'petrichor.test'], ['Saffron Ridge Hotels', 'saffronridge.example'], ['Wendell Payroll Services', 'wendell-payroll.example'],
  ['Zephyrine Clinics', 'zephyrine.example'], ['Okapi Retail', 'okapi-retail.example'], ['Trellis Cloud', 'trellis.example'],
];
export const MAIL_DOMAINS = ['postbox.example', 'webpost.test', 'mymail.example', 'correo.example', 'posta.test', 'mailhaus.example', 'inbox.invalid', 'netmail.test', 'yubin.example', 'kotak.example'];

export function deaccent(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/[đĐ]/g, 'd');
}
const lat = (s) => deaccent(s).toLowerCase().replace(/[^a-z0-9]+/g, '');

// ------------------------------------------------------------ people
function part(entry) { // "native|latin" or plain; "_" stands for a space inside a name
  const [n, l] = entry.split('|'); const native = n.replace(/_/g, ' ');
  return { native, latin: (l || deaccent(native)).replace(/_/g, ' ') };
}
export function person(rng, cultureKey) {
  const ck = cultureKey || rng.pick(CULTURE_KEYS);
  const c = CULTURES[ck];
  const g = part(rng.pick(c.given)), f = part(rng.pick(c.family));
  const east = c.order === 'fg';
  const sep = c.sep ?? ' ';
  const p = {
    culture: ck, lang: c.lang, country: c.country,
    given: g.native, family: f.native, givenLatin: g.latin, familyLatin: f.latin,
    full: east ? f.native + sep + g.native : g.native + ' ' + f.native,
    latinFull: east ? (rng.chance(0.5) ? f.latin + ' ' + g.latin : g.latin + ' ' + f.latin) : g.latin + ' ' + f.latin,
    nick: c.nick[g.native] || null,
    east,
  };
  p.formal = east ? p.full : `${f.native}, ${g.native}`;
  p.initial = east ? p.full : `${g.native[0]}. ${f.native}`;
  p.short = p.nick && rng.chance(0.6) ? p.nick : g.native;
  p.surname = f.native;
  return p;
}
// A display form suitable for running text in a given language.
export function nameForm(rng, p, opts = {}) {
  const forms = [[6, p.full]];
  if (!p.east) { forms.push([1, p.initial]); if (opts.formal) forms.push([2, p.formal]); }
  if (opts.latin && p.latinFull !== p.full) forms.push([3, p.latinFull]);
  return rng.pickW(forms);
}
export function emailFor(rng, p, domain) {
  const g = lat(p.givenLatin), f = lat(p.familyLatin);
  const d = domain || rng.pick(MAIL_DOMAINS);
  const local = rng.pickW([
    [5, `${g}.${f}`], [3, `${g[0]}.${f}`], [2, `${g}${f}`], [2, `${g}_${f}${rng.range(1, 99)}`], [2, `${f}.${g}`],
    [1, `${g}+${rng.pick(['billing', 'hr', 'news', 'crm', 'travel'])}`], [1, `${g[0]}${f}`], [1, `${g}${rng.range(1960, 2005)}`], [1, `${f}-${g[0]}`],
  ]);
  return `${local}@${d}`;
}

// ------------------------------------------------------------ places
export function countryName(cc, lang) { const n = COUNTRY_NAMES[cc]; return n[lang] || n.en; }
const wardNo = (rng) => `${rng.range(1, 9)}-${rng.range(1, 30)}-${rng.range(1, 20)}`;
export const NATIVE_LANG = { JP: 'ja', KR: 'ko', CN: 'zh', RU: 'ru' };
export const cityName = (pl, lang) => (pl.cityLatin && NATIVE_LANG[pl.cc] !== lang ? pl.cityLatin : pl.city);
export const streetName = (pl, lang) => (pl.latinStreet && NATIVE_LANG[pl.cc] !== lang ? pl.latinStreet : pl.street);
export const regionName = (pl, lang) => (pl.regionLatin && NATIVE_LANG[pl.cc] !== lang ? pl.regionLatin : pl.region);
export function place(rng, cc) {
  const pl = PLACES[cc];
  const i = rng.int(pl.cities.length);
  const [city, region] = pl.cities[i].split('|');
  const out = { cc, city, region };
  if (pl.latin) { const [lc, lr] = pl.latin[i].split('|'); out.cityLatin = lc; out.regionLatin = lr; }
  const st = rng.pick(pl.streets); const n = rng.range(1, 240);
  switch (cc) {
    case 'US': out.street = rng.pickW([[3, `${n * 7 + rng.range(0, 9)} ${st}`], [1, `${rng.range(100, 9800)} ${st}, Apt ${rng.range(1, 30)}${rng.pick('ABCD')}`], [1, `${rng.range(10, 999)} ${st} Suite ${rng.range(100, 450)}`]]); out.postal = String(rng.range(10000, 99950)); out.abbr = pl.abbr[region] || region; break;
    case 'CA': out.street = `${rng.range(10, 3999)} ${st}`; out.postal = `${rng.pick('ABCEGHJKLMNPRSTVXY')}${rng.range(0, 9)}${rng.pick('ABCEGHJKLMNPRSTVWXYZ')} ${rng.range(0, 9)}${rng.pick('ABCEGHJKLMNPRSTVWXYZ')}${rng.range(0, 9)}`; out.abbr = pl.abbr[region]; break;
    case 'GB': out.street = rng.pickW([[3, `${n} ${st}`], [1, `Flat ${rng.range(1, 12)}, ${n} ${st}`]]); out.postal = `${rng.pick(['LS', 'BS', 'NR', 'S', 'CF', 'AB', 'EX', 'YO', 'BN', 'NG', 'BT', 'BA'])}${rng.range(1, 19)} ${rng.range(1, 9)}${rng.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`; break;
    case 'DE': case 'AT': case 'CH': out.street = `${st} ${n}${rng.chance(0.15) ? rng.pick('abc') : ''}`; out.postal = cc === 'DE' ? String(rng.range(1067, 99998)).padStart(5, '0') : String(rng.range(1000, 9999)); break;
    case 'FR': out.street = `${n}${rng.chance(0.1) ? ' bis' : ''} ${st}`; out.postal = String(rng.range(1000, 95999)).padStart(5, '0'); break;
    case 'ES': out.street = rng.pickW([[2, `${st}, ${n}, ${rng.range(1, 8)}º ${rng.pick('ABCD')}`], [1, `${st} ${n}`]]); out.postal = String(rng.range(1001, 52080)).padStart(5, '0'); break;
    case 'IT': out.street = `${st}, ${n}`; out.postal = String(rng.range(10, 98168)).padStart(5, '0'); break;
    case 'NL': out.street = `${st} ${n}${rng.chance(0.3) ? '-' + rng.range(1, 3) : ''}`; out.postal = `${rng.range(1011, 9999)} ${rng.str('ABCDEFGHJKLMNPRSTVWXZ', 2)}`; break;
    case 'PL': out.street = `${st} ${n}${rng.chance(0.4) ? '/' + rng.range(1, 80) : ''}`; out.postal = `${rng.range(10, 99)}-${String(rng.range(0, 999)).padStart(3, '0')}`; break;
    case 'SE': out.street = `${st} ${n}`; out.postal = `${rng.range(100, 984)} ${rng.range(10, 99)}`; break;
    case 'JP': { const ward = rng.pick(pl.wards); out.street = `${rng.pick(pl.streets)}${wardNo(rng)}`; out.ward = ward; out.postal = `〒${rng.range(100, 999)}-${String(rng.range(0, 9999)).padStart(4, '0')}`; out.latinStreet = `${wardNo(rng)} ${rng.pick(['Honcho', 'Sakae', 'Tenjin', 'Motomachi', 'Nishiki'])}`; break; }
    case 'BR': out.street = rng.pickW([[2, `${st}, ${rng.range(10, 2999)}`], [1, `${st}, ${rng.range(10, 2999)}, apto ${rng.range(11, 184)}`]]); out.postal = `${rng.range(10000, 99999)}-${String(rng.range(0, 999)).padStart(3, '0')}`; break;
    case 'IN': out.street = rng.pickW([[1, `${rng.range(1, 99)}/${rng.range(1, 9)}, ${st}`], [1, `No. ${rng.range(1, 450)}, ${st}`], [1, `Flat ${rng.range(101, 904)}, ${rng.pick(['Prestige', 'Sobha', 'Lodha', 'Brigade'])} Apartments, ${st}`]]); out.postal = String(rng.range(110001, 855999)); break;
    case 'AU': out.street = rng.pickW([[2, `${n} ${st}`], [1, `Unit ${rng.range(1, 40)}, ${n} ${st}`]]); out.postal = String(rng.range(800, 7999)).padStart(4, '0'); out.abbr = pl.abbr[region]; break;
    case 'MX': out.street = `${st} ${rng.range(10, 2999)}, Col. ${rng.pick(['Centro', 'Del Valle', 'Roma Norte', 'Americana', 'Providencia'])}`; out.postal = String(rng.range(1000, 99999)).padStart(5, '0'); break;
    case 'TR': out.street = `${st} No:${rng.range(1, 180)} D:${rng.range(1, 24)}`; out.postal = String(rng.range(1000, 81999)).padStart(5, '0'); break;
    case 'KR': { const no = rng.range(1, 400); out.street = `${st} ${no}`; out.latinStreet = `${no} ${rng.pick(['Teheran-ro', 'Haeundae-ro', 'Jungang-daero', 'Dongseong-ro', 'World Cup-ro'])}`; out.postal = String(rng.range(1000, 63999)).padStart(5, '0'); break; }
    case 'RU': { const h = rng.range(1, 120), f = rng.range(1, 300); out.street = `${st}, д. ${h}, кв. ${f}`; out.latinStreet = `ul. ${rng.pick(['Baumana', 'Lenina', 'Sovetskaya', 'Pushkina', 'Tverskaya'])}, d. ${h}, kv. ${f}`; out.postal = String(rng.range(101000, 690000)); break; }
    case 'CN': { const no = rng.range(1, 999); out.street = `${st}${no}号`; out.latinStreet = `No. ${no} ${rng.pick(["Yan'an Road", 'Renmin South Road', 'Shennan Boulevard', 'Zhongshan Road', 'Jiefang Road'])}`; out.postal = String(rng.range(100000, 850000)); break; }
    default: out.street = `${n} ${st}`; out.postal = String(rng.range(1000, 99999)); break;
  }
  return out;
}

// Address as an array of line fragments (arrays of parts) in the national layout.
// Postal codes and unit-free house numbers inside the street line are part of LOCATION
// only when they sit in the street line; stand-alone postal codes are neutral.
export function addressLines(rng, pl, lang, withCountry = true) {
  const Lc = (v) => P('LOCATION', v);
  const cn = withCountry ? [Lc(countryName(pl.cc, lang))] : null;
  const lines = [];
  switch (pl.cc) {
    case 'US': lines.push([Lc(pl.street)], [Lc(pl.city), ', ', rng.chance(0.7) ? pl.abbr : Lc(pl.region), ' ', pl.postal]); break;
    case 'CA': lines.push([Lc(pl.street)], [Lc(pl.city), ' ', pl.abbr, '  ', pl.postal]); break;
    case 'AU': lines.push([Lc(pl.street)], [Lc(pl.city), ' ', pl.abbr, ' ', pl.postal]); break;
    case 'GB': lines.push([Lc(pl.street)], [Lc(pl.city)], [pl.postal]); break;
    case 'JP':
      if (lang === 'ja') lines.push([pl.postal], [Lc(pl.region + pl.city + pl.ward + pl.street)]);
      else lines.push([Lc(pl.latinStreet)], [Lc(pl.cityLatin), ', ', Lc(pl.regionLatin), ' ', pl.postal.replace('〒', '')]);
      break;
    case 'KR': if (lang === 'ko') lines.push([Lc(pl.city + ' ' + pl.street)], [pl.postal]); else lines.push([Lc(pl.latinStreet)], [Lc(pl.cityLatin), ' ', pl.postal]); break;
    case 'CN': if (lang === 'zh') lines.push([Lc(pl.region + pl.city + pl.street)], [pl.postal]); else lines.push([Lc(pl.latinStreet)], [Lc(pl.cityLatin), ', ', Lc(pl.regionLatin), ' ', pl.postal]); break;
    case 'BR': lines.push([Lc(pl.street)], [Lc(pl.city), ' - ', pl.region], ['CEP ', pl.postal]); break;
    case 'IN': lines.push([Lc(pl.street)], [Lc(pl.city), ' - ', pl.postal, ', ', Lc(pl.region)]); break;
    case 'MX': lines.push([Lc(pl.street)], [pl.postal, ' ', Lc(pl.city), ', ', Lc(pl.region)]); break;
    case 'RU': if (lang === 'ru') lines.push([Lc(pl.street)], [Lc(pl.city), ', ', pl.postal]); else lines.push([Lc(pl.latinStreet)], [Lc(pl.cityLatin), ', ', pl.postal]); break;
    case 'IT': lines.push([Lc(pl.street)], [pl.postal, ' ', Lc(pl.city)]); break;
    case 'SE': case 'DE': case 'AT': case 'CH': case 'FR': case 'ES': case 'NL': case 'PL': case 'TR':
    default: lines.push([Lc(pl.street)], [pl.postal, ' ', Lc(pl.city)]); break;
  }
  if (cn) lines.push(cn);
  return lines;
}
export const ADDRESS_COUNTRIES = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'SE', 'JP', 'BR', 'IN', 'CA', 'AU', 'MX', 'TR', 'KR', 'RU', 'CN', 'AT', 'CH'];

// ------------------------------------------------------------ phones (30 numbering plans)
const D = (rng, n) => rng.digits(n);
const nz = (rng) => String(rng.range(2, 9));
export const PHONE_PLANS = {
  US: (r, intl) => { const a = r.pick(['212', '312', '415', '503', '614', '702', '808', '919', '206', '404', '617', '720']); const x = nz(r) + D(r, 2), y = D(r, 4); return intl ? r.pick([`+1 ${a} ${x} ${y}`, `+1-${a}-${x}-${y}`, `+1 (${a}) ${x}-${y}`]) : r.pick([`(${a}) ${x}-${y}`, `${a}-${x}-${y}`, `${a}.${x}.${y}`]); },
  CA: (r, intl) => { const a = r.pick(['416', '514', '604', '613', '204', '902', '403', '306']); const x = nz(r) + D(r, 2), y = D(r, 4); return intl ? `+1 ${a} ${x} ${y}` : `(${a}) ${x}-${y}`; },
  GB: (r, intl) => r.chance(0.5) ? (intl ? `+44 7${D(r, 3)} ${D(r, 6)}` : `07${D(r, 3)} ${D(r, 6)}`) : (() => { const a = r.pick(['20', '161', '113', '117', '131', '141', '121']); const rest = a.length === 2 ? `${nz(r)}${D(r, 3)} ${D(r, 4)}` : `${nz(r)}${D(r, 2)} ${D(r, 4)}`; return intl ? `+44 ${a} ${rest}` : `0${a} ${rest}`; })(),
  DE: (r, intl) => r.chance(0.5) ? (() => { const m = r.pick(['151', '160', '170', '171', '176', '152', '162']); const s = D(r, r.pick([7, 8])); return intl ? r.pick([`+49 ${m} ${s}`, `+49 (0)${m} ${s}`]) : r.pick([`0${m} ${s}`, `0${m}/${s}`, `0${m}-${s}`]); })() : (() => { const a = r.pick(['30', '40', '89', '221', '341', '761', '421']); const s = nz(r) + D(r, 6); return intl ? `+49 ${a} ${s}` : r.pick([`0${a} ${s}`, `(0${a}) ${s}`, `0${a}/${s}`]); })(),
  FR: (r, intl) => { const f = r.pick(['1', '2', '3', '4', '5', '6', '7', '9']); const g = [D(r, 2), D(r, 2), D(r, 2), D(r, 2)].join(' '); return intl ? r.pick([`+33 ${f} ${g}`, `+33 (0)${f} ${g}`]) : r.pick([`0${f} ${g}`, `0${f}.${g.replace(/ /g, '.')}`]); },
  ES: (r, intl) => { const f = r.pick(['6', '7', '91', '93', '96']); const s = (f + D(r, 9)).slice(0, 9); const g = `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`; return intl ? `+34 ${g}` : g; },
  IT: (r, intl) => r.chance(0.5) ? (intl ? `+39 3${D(r, 2)} ${D(r, 3)} ${D(r, 4)}` : `3${D(r, 2)} ${D(r, 3)} ${D(r, 4)}`) : (() => { const a = r.pick(['02', '06', '011', '055', '081']); const s = `${D(r, 4)} ${D(r, 4)}`.slice(0, a.length === 2 ? 9 : 8); return intl ? `+39 ${a} ${s}` : `${a} ${s}`; })(),
  NL: (r, intl) => r.chance(0.5) ? (intl ? `+31 6 ${D(r, 8)}` : `06-${D(r, 8)}`) : (intl ? `+31 20 ${nz(r)}${D(r, 2)} ${D(r, 4)}` : `020 ${nz(r)}${D(r, 2)} ${D(r, 4)}`),
  BE: (r, intl) => intl ? `+32 4${r.range(60, 99)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)}` : `04${r.range(60, 99)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`,
  CH: (r, intl) => { const m = r.pick(['76', '77', '78', '79', '44', '31']); return intl ? `+41 ${m} ${nz(r)}${D(r, 2)} ${D(r, 2)} ${D(r, 2)}` : `0${m} ${nz(r)}${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`; },
  AT: (r, intl) => { const m = r.pick(['664', '676', '699', '650']); return intl ? `+43 ${m} ${D(r, 7)}` : `0${m} ${D(r, 7)}`; },
  SE: (r, intl) => r.chance(0.5) ? (intl ? `+46 7${r.pick(['0', '2', '3', '6'])} ${D(r, 3)} ${D(r, 2)} ${D(r, 2)}` : `07${r.pick(['0', '2', '3', '6'])}-${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`) : (intl ? `+46 8 ${D(r, 3)} ${D(r, 3)} ${D(r, 2)}` : `08-${D(r, 3)} ${D(r, 3)} ${D(r, 2)}`),
  NO: (r, intl) => { const s = `${r.pick(['4', '9'])}${D(r, 2)} ${D(r, 2)} ${D(r, 3)}`; return intl ? `+47 ${s}` : s; },
  DK: (r, intl) => { const s = `${r.range(20, 61)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`; return intl ? `+45 ${s}` : s; },
  PL: (r, intl) => { const s = `${r.pick(['50', '51', '53', '60', '66', '69', '72', '79', '88'])}${D(r, 1)} ${D(r, 3)} ${D(r, 3)}`; return intl ? r.pick([`+48 ${s}`, `(+48) ${s}`]) : s; },
  PT: (r, intl) => { const s = `9${r.pick(['1', '2', '3', '6'])}${D(r, 1)} ${D(r, 3)} ${D(r, 3)}`; return intl ? `+351 ${s}` : s; },
  IE: (r, intl) => { const m = r.pick(['83', '85', '86', '87', '89']); return intl ? `+353 ${m} ${D(r, 3)} ${D(r, 4)}` : `0${m} ${D(r, 3)} ${D(r, 4)}`; },
  BR: (r, intl) => { const a = r.pick(['11', '21', '31', '41', '51', '61', '71', '81', '85']); const s = `9${D(r, 4)}-${D(r, 4)}`; return intl ? `+55 ${a} ${s}` : r.pick([`(${a}) ${s}`, `${a} ${s}`]); },
  MX: (r, intl) => { const a = r.pick(['55', '33', '81']); const s = `${D(r, 4)} ${D(r, 4)}`; return intl ? `+52 ${a} ${s}` : `${a} ${s}`; },
  AR: (r, intl) => intl ? `+54 9 11 ${r.range(2, 6)}${D(r, 3)}-${D(r, 4)}` : `011 15-${r.range(2, 6)}${D(r, 3)}-${D(r, 4)}`,
  IN: (r, intl) => { const s = `${r.pick(['98', '97', '99', '90', '88', '70', '63'])}${D(r, 3)} ${D(r, 5)}`; return intl ? r.pick([`+91 ${s}`, `+91-${s.replace(' ', '')}`]) : r.pick([`0${s}`, s]); },
  JP: (r, intl) => r.chance(0.5) ? (() => { const m = r.pick(['90', '80', '70']); return intl ? `+81 ${m}-${D(r, 4)}-${D(r, 4)}` : `0${m}-${D(r, 4)}-${D(r, 4)}`; })() : (() => { const a = r.pick(['3', '6', '45', '52', '92']); const mid = a.length === 1 ? D(r, 4) : D(r, 3); return intl ? `+81 ${a}-${mid}-${D(r, 4)}` : `0${a}-${mid}-${D(r, 4)}`; })(),
  KR: (r, intl) => intl ? `+82 10-${D(r, 4)}-${D(r, 4)}` : r.pick([`010-${D(r, 4)}-${D(r, 4)}`, `02-${nz(r)}${D(r, 2)}-${D(r, 4)}`]),
  CN: (r, intl) => { const s = `1${r.pick(['38', '39', '50', '58', '86', '89', '35'])} ${D(r, 4)} ${D(r, 4)}`; return intl ? `+86 ${s}` : s; },
  AU: (r, intl) => r.chance(0.5) ? (intl ? `+61 4${D(r, 2)} ${D(r, 3)} ${D(r, 3)}` : `04${D(r, 2)} ${D(r, 3)} ${D(r, 3)}`) : (intl ? `+61 ${r.pick(['2', '3', '7', '8'])} ${nz(r)}${D(r, 3)} ${D(r, 4)}` : `(0${r.pick(['2', '3', '7', '8'])}) ${nz(r)}${D(r, 3)} ${D(r, 4)}`),
  NZ: (r, intl) => intl ? `+64 21 ${D(r, 3)} ${D(r, 4)}` : `021 ${D(r, 3)} ${D(r, 4)}`,
  ZA: (r, intl) => { const m = r.pick(['82', '83', '72', '71', '11', '21']); return intl ? `+27 ${m} ${D(r, 3)} ${D(r, 4)}` : `0${m} ${D(r, 3)} ${D(r, 4)}`; },
  SG: (r, intl) => { const s = `${r.pick(['8', '9', '6'])}${D(r, 3)} ${D(r, 4)}`; return intl ? `+65 ${s}` : s; },
  TR: (r, intl) => { const m = `5${r.pick(['32', '33', '35', '42', '05', '55'])}`; const s = `${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`; return intl ? `+90 ${m} ${s}` : `0${m} ${s}`; },
  AE: (r, intl) => { const m = r.pick(['50', '52', '55', '56']); return intl ? `+971 ${m} ${D(r, 3)} ${D(r, 4)}` : `0${m} ${D(r, 3)} ${D(r, 4)}`; },
  KE: (r, intl) => { const m = `7${D(r, 2)}`; return intl ? `+254 ${m} ${D(r, 3)} ${D(r, 3)}` : `0${m} ${D(r, 3)} ${D(r, 3)}`; },
  RU: (r, intl) => { const m = `9${D(r, 2)}`; return intl ? `+7 ${m} ${D(r, 3)}-${D(r, 2)}-${D(r, 2)}` : `8 (${m}) ${D(r, 3)}-${D(r, 2)}-${D(r, 2)}`; },
  GR: (r, intl) => { const m = `69${r.range(0, 9)}`; return intl ? `+30 ${m} ${D(r, 3)} ${D(r, 4)}` : `${m} ${D(r, 3)} ${D(r, 4)}`; },
  IL: (r, intl) => { const m = `5${r.pick(['0', '2', '3', '4', '8'])}`; return intl ? `+972 ${m}-${D(r, 3)}-${D(r, 4)}` : `0${m}-${D(r, 3)}-${D(r, 4)}`; },
  NG: (r, intl) => { const m = r.pick(['803', '805', '806', '813', '816', '703', '706']); return intl ? `+234 ${m} ${D(r, 3)} ${D(r, 4)}` : `0${m} ${D(r, 3)} ${D(r, 4)}`; },
};
const PHONE_FALLBACK = { FI: 'SE', UA: 'PL', IR: 'AE', VN: 'SG', TH: 'SG', ID: 'SG', PH: 'SG', HU: 'AT', RO: 'PL', CZ: 'AT' };
export function phone(rng, cc, intl) {
  let f = PHONE_PLANS[cc] || PHONE_PLANS[PHONE_FALLBACK[cc]] || PHONE_PLANS.US;
  return f(rng, intl ?? rng.chance(0.45));
}
export const PHONE_CCS = Object.keys(PHONE_PLANS);

// ------------------------------------------------------------ IPs (client addresses)
export function clientIp(rng) {
  return rng.pickW([
    [3, () => { for (;;) { const a = rng.range(1, 223); if ([10, 100, 127, 169, 172, 192, 198, 203, 0].includes(a)) continue; return `${a}.${rng.range(0, 255)}.${rng.range(0, 255)}.${rng.range(1, 254)}`; } }],
    [1, () => `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.range(1, 254)}`],
    [1, () => `2001:db8:${rng.hex(4).replace(/^0+/, '') || '0'}:${rng.hex(3)}::${rng.hex(2)}${rng.hex(2)}`],
    [1, () => `2a0${rng.range(1, 9)}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4).replace(/^0+/, '') || '0'}:${rng.hex(4).replace(/^0+/, '') || '0'}:${rng.hex(3)}:${rng.hex(4)}:${rng.hex(4).replace(/^0+/, '') || '0'}`],
  ])();
}
export function privateIp(rng) { return rng.pick([`10.${rng.range(0, 255)}.${rng.range(0, 255)}.${rng.range(2, 254)}`, `192.168.${rng.range(0, 20)}.${rng.range(2, 254)}`, `172.${rng.range(16, 31)}.${rng.range(0, 255)}.${rng.range(2, 254)}`]); }

// ------------------------------------------------------------ cards
const CARD_PREFIX = {
  visa: (r) => '4' + r.digits(5), mastercard: (r) => r.chance(0.7) ? String(r.range(51, 55)) + r.digits(4) : String(r.range(2221, 2720)) + r.digits(2),
  amex: (r) => r.pick(['34', '37']) + r.digits(4), discover: (r) => r.pick(['6011' + r.digits(2), '65' + r.digits(4), String(r.range(644, 649)) + r.digits(3)]),
  jcb: (r) => String(r.range(3528, 3589)) + r.digits(2), diners: (r) => r.pick(['36' + r.digits(4), '30' + r.range(0, 5) + r.digits(3)]),
};
const CARD_LEN = { visa: 16, mastercard: 16, amex: 15, discover: 16, jcb: 16, diners: 14 };
export function cardNumber(rng, brand) {
  brand = brand || rng.pickW([[5, 'visa'], [4, 'mastercard'], [2, 'amex'], [1, 'discover'], [1, 'jcb'], [1, 'diners']]);
  const pre = CARD_PREFIX[brand](rng);
  const d = C.luhnComplete(pre + rng.digits(CARD_LEN[brand] - pre.length - 1));
  return { brand, digits: d };
}
export function formatCard(rng, d, style) {
  style = style ?? rng.pickW([[4, 'space'], [2, 'plain'], [2, 'dash']]);
  if (style === 'plain') return d;
  const sep = style === 'space' ? ' ' : '-';
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{1,4}/g).join(sep);
}
export const cardBrandName = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover', jcb: 'JCB', diners: 'Diners Club' };

// ------------------------------------------------------------ IBAN
export const IBAN_COUNTRIES = Object.keys(C.IBAN_SPEC);
export function ibanRaw(rng, cc) {
  cc = cc || rng.pick(IBAN_COUNTRIES);
  const pat = C.IBAN_SPEC[cc][1];
  let b = ''; for (const ch of pat) b += ch === 'n' ? rng.digits(1) : ch === 'a' ? rng.str(ALPHA.upper, 1) : rng.str(ALPHA.alnumU, 1);
  return C.ibanMake(cc, b);
}
export function iban(rng, cc, grouped) { const r = ibanRaw(rng, cc); return (grouped ?? rng.chance(0.6)) ? C.ibanGroup(r) : r; }

// ------------------------------------------------------------ US ids
export function ssn(rng, style) {
  let a; do { a = rng.range(1, 899); } while (a === 666);
  const g = rng.range(1, 99), n = rng.range(1, 9999);
  const A = String(a).padStart(3, '0'), G = String(g).padStart(2, '0'), N = String(n).padStart(4, '0');
  style = style ?? rng.pickW([[6, '-'], [1, ' '], [1, '']]);
  return [A, G, N].join(style);
}
export function itin(rng) {
  let g; do { g = rng.range(50, 99); } while (!C.itinGroupOk(g));
  return `9${rng.digits(2)}-${g}-${rng.digits(4)}`;
}
export function usPassport(rng) { return rng.chance(0.7) ? String(rng.range(1, 9)) + rng.digits(8) : rng.pick('ACEFGHJKLMNPRSTUVWXYZ') + rng.digits(8); }
export const DL_STATES = {
  California: (r) => r.str(ALPHA.upper, 1) + r.digits(7),
  'New York': (r) => r.chance(0.5) ? r.digits(9) : `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  Florida: (r) => `${r.str(ALPHA.upper, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`,
  Illinois: (r) => `${r.str(ALPHA.upper, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`,
  Texas: (r) => r.digits(8),
  Washington: (r) => 'WDL' + r.str(ALPHA.alnumU, 6) + r.digits(3),
  Pennsylvania: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  'New Jersey': (r) => `${r.str(ALPHA.upper, 1)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`,
  Michigan: (r) => `${r.str(ALPHA.upper, 1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  Ohio: (r) => r.str(ALPHA.upper, 2) + r.digits(6),
  Colorado: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`,
};
export function driverLicense(rng, state) { state = state || rng.pick(Object.keys(DL_STATES)); return { state, number: DL_STATES[state](rng) }; }
export function bankAccount(rng) { return rng.digits(rng.pick([8, 9, 10, 10, 11, 12, 12, 14, 17])).replace(/^0/, String(rng.range(1, 9))); }
export function routingNumber(rng) { return C.abaComplete(rng.pick(['0', '1', '2', '3']) + rng.digits(7)); }

// ------------------------------------------------------------ crypto (BTC)
export function btcAddress(rng) {
  return rng.pickW([
    [3, () => C.base58check(Buffer.concat([Buffer.from([0]), rng.bytes(20)]))],
    [2, () => C.base58check(Buffer.concat([Buffer.from([5]), rng.bytes(20)]))],
    [3, () => C.bech32Encode('bc', [0, ...C.convertBits([...rng.bytes(20)], 8, 5, true)])],
  ])();
}

// ------------------------------------------------------------ DEA / NHS
export function dea(rng, surname) {
  const first = rng.pick('ABFGM'.split(''));
  let second = surname ? deaccent(surname).toUpperCase().replace(/[^A-Z]/g, '')[0] : null;
  if (!second) second = rng.str(ALPHA.upper, 1);
  const six = rng.digits(6);
  return first + second + six + C.deaCheckDigit(six);
}
export function nhs(rng, style) {
  for (;;) {
    const nine = String(rng.range(400, 799)) + rng.digits(6);
    const c = C.nhsCheckDigit(nine); if (c === 10) continue;
    const d = nine + c;
    style = style ?? rng.pickW([[5, ' '], [1, ''], [1, '-']]);
    return [d.slice(0, 3), d.slice(3, 6), d.slice(6)].join(style);
  }
}
