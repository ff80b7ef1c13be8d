// PII value generators. Every function returns Span (P(...)) or arrays of items.
import { P, R } from './builder.mjs';
import { CULTURES, LANG_CULTURES, makePerson, asciiFold } from './data_names.mjs';
import { COUNTRIES, LANG_COUNTRIES, CULTURE_COUNTRY } from './data_places.mjs';
import { luhnComplete, ibanCheckDigits, IBAN_LENGTHS, base58check, segwitAddress, nhsCheckDigit, deaCheckDigit, itinGroupOk } from './checksums.mjs';

export const TLDS = ['example', 'test', 'invalid'];
const ORG_STEMS = ['nordwind', 'bluefjord', 'kestrel', 'lumen', 'harbourline', 'sonnenhof', 'atelier-rive', 'vanta', 'quillon', 'meridian', 'tiller', 'orchardway', 'brightpath', 'kobalt', 'sakura-trading', 'andes', 'lindqvist-bygg', 'olivera', 'pinecrest', 'solara', 'tundra', 'northgate', 'helix', 'castellan', 'marisol', 'ferncliff', 'otterbay', 'granitehill', 'zephyr', 'alder', 'copperleaf', 'stellwerk', 'bureau-lefort', 'kowalczyk-biuro', 'yamato-kogyo', 'hanbit', 'delta-clinic', 'riverside-school', 'hausverwaltung-kern', 'lettings-co'];
const ORG_SUFFIX = ['', '', '-gmbh', '-ltd', '-group', '-partners', '-sa', '-bv', '-ab', '-srl', '-kk'];
export function orgDomain(rng, stem) {
  const s = stem || rng.pick(ORG_STEMS) + rng.pick(ORG_SUFFIX);
  const tld = rng.wpick([[6, 'example'], [3, 'test'], [1, 'invalid']]);
  return rng.chance(0.2) ? `${rng.pick(['mail', 'corp', 'eu', 'office', 'staff'])}.${s}.${tld}` : `${s}.${tld}`;
}
export const FREEMAIL = ['mailbox.example', 'post.test', 'inbox.example', 'webmail.test', 'correo.example', 'posteo.test', 'fastmail.invalid', 'yandex-mail.test', 'qmail.example', 'naver-mail.test', 'tmail.example'];
export function orgName(rng) {
  const stem = rng.pick(ORG_STEMS).split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  return stem + rng.pick(['', ' GmbH', ' Ltd', ' Group', ' & Partners', ' S.A.', ' B.V.', ' AB', ' S.r.l.', ' K.K.', ' LLC', ' Inc.']);
}

export function cultureFor(rng, lang) { return rng.pick(LANG_CULTURES[lang] || LANG_CULTURES.en); }
export function anyCulture(rng) { return rng.pick(Object.keys(CULTURES)); }
export function person(rng, langOrCulture) {
  const c = CULTURES[langOrCulture] ? langOrCulture : cultureFor(rng, langOrCulture || 'en');
  return makePerson(rng, c);
}
// name forms; all labelled PERSON
export function name(p, form = 'full') {
  switch (form) {
    case 'first': return P('PERSON', p.first);
    case 'last': return P('PERSON', p.last);
    case 'latin': return P('PERSON', p.latFull);
    case 'latfirst': return P('PERSON', p.latFirst);
    case 'lastfirst': return P('PERSON', p.east ? p.full : `${p.last}, ${p.first}`);
    case 'initial': return P('PERSON', p.east || p.script !== 'Latin' ? p.full : `${p.first[0]}. ${p.last}`);
    case 'upper': return P('PERSON', p.east || p.script !== 'Latin' ? p.full : `${p.last.toUpperCase()} ${p.first}`);
    default: return P('PERSON', p.full);
  }
}
export function nameForm(rng, p) { return name(p, rng.wpick([[8, 'full'], [1, 'lastfirst'], [1, 'initial'], [p.script === 'Latin' ? 0 : 2, 'latin']])); }

const slug = (s) => asciiFold(s).toLowerCase().replace(/[^a-z0-9]+/g, '');
export function emailLocal(rng, p) {
  const f = slug(p.latFirst.split(/[ -]/)[0]) || 'x', l = slug(p.latLast.split(' ').pop()) || 'y';
  return rng.pick([`${f}.${l}`, `${f[0]}.${l}`, `${f}${l[0]}`, `${f}_${l}`, `${l}.${f}`, `${f}${l}${rng.range(1, 99)}`, `${f[0]}${l}`, `${f}.${l}+${rng.pick(['invoices', 'hr', 'travel', 'news'])}`, `${l}${rng.range(70, 99)}`, `${f}-${l}`]);
}
export function email(rng, p, domain) {
  const dom = domain || (rng.chance(0.45) ? rng.pick(FREEMAIL) : orgDomain(rng));
  return P('EMAIL_ADDRESS', `${emailLocal(rng, p)}@${dom}`);
}
export function roleEmail(rng, domain) {
  return P('EMAIL_ADDRESS', `${rng.pick(['info', 'billing', 'hr', 'office', 'support', 'accounts', 'reservations', 'admissions', 'frontdesk', 'payroll', 'kontakt', 'contact', 'buchhaltung', 'facturation'])}@${domain || orgDomain(rng)}`);
}

export function countryFor(rng, lang) { return rng.pick(LANG_COUNTRIES[lang] || LANG_COUNTRIES.en); }
export function countryOfPerson(p) { return CULTURE_COUNTRY[p.culture] || 'US'; }
export function phone(rng, cc, intl) {
  const [nat, int] = COUNTRIES[cc].phone(rng);
  const useIntl = intl === undefined ? rng.chance(0.5) : intl;
  return P('PHONE_NUMBER', useIntl ? int : nat);
}
export function cityName(rng, cc) { return rng.pick(COUNTRIES[cc].cities); }
export function city(rng, cc) { return P('LOCATION', cityName(rng, cc)); }
export function country(rng, cc, which) { const n = COUNTRIES[cc].names; return P('LOCATION', which === 0 ? n[0] : rng.pick(n)); }
export function street(rng, cc) { return P('LOCATION', COUNTRIES[cc].street(rng)); }

// postal block in the country's own layout: array of lines, each line an array of items.
// Labelled: street line, city, country. Postcodes, states/provinces: unlabelled.
export function address(rng, cc, opts = {}) {
  const C = COUNTRIES[cc];
  const ci = rng.int(C.cities.length);
  let cityS = C.cities[ci];
  const pc = C.postcode(rng);
  const st = P('LOCATION', C.street(rng));
  const withCountry = opts.country ?? rng.chance(0.55);
  const ctry = withCountry ? P('LOCATION', opts.countryName || rng.pick(C.names)) : null;
  const cityP = (s) => P('LOCATION', s);
  let lines;
  switch (cc) {
    case 'US': case 'CA': case 'AU': lines = [[st], cc === 'AU' ? [cityP(cityS), ` ${C.states[ci] || 'NSW'} ${pc}`] : [cityP(cityS), `, ${C.states[ci]} ${pc}`]]; break;
    case 'GB': case 'IE': case 'NZ': case 'ZA': case 'NG': case 'KE': case 'SG': lines = [[st], [cityP(cityS)], pc ? [pc] : null]; break;
    case 'FR': lines = [[st], [`${pc} `, cityP(rng.chance(0.6) ? cityS.toUpperCase() : cityS)]]; break;
    case 'IT': lines = [[st], [`${pc} `, cityP(cityS), ` (${C.prov[ci] || 'RM'})`]]; break;
    case 'BR': lines = [[st], [cityP(cityS), ` - ${C.uf[ci] || 'SP'}`], [`CEP ${pc}`]]; break;
    case 'JP': lines = [[pc], [st]]; break;
    case 'CN': case 'TW': lines = [[st], [pc]]; break;
    case 'KR': lines = [[st], [`(${pc})`]]; break;
    case 'RU': case 'UA': lines = [[st], [cc === 'RU' ? 'г. ' : 'м. ', cityP(cityS)], [pc]]; break;
    case 'IN': lines = [[st], [cityP(cityS), ` - ${pc}`]]; break;
    case 'AE': lines = [[st], [cityP(cityS)]]; break;
    case 'TR': lines = [[st], [`${pc} `, cityP(cityS)]]; break;
    case 'TH': case 'VN': case 'ID': case 'BD': case 'GE': case 'AM': case 'SA': lines = [[st], [cityP(cityS), pc ? ` ${pc}` : '']]; break;
    default: lines = [[st], [`${pc} `, cityP(cityS)]];
  }
  lines = lines.filter(Boolean);
  if (ctry) lines.push([ctry]);
  return lines;
}
// one-line form "street, postcode city, country"
export function addressLine(rng, cc, opts) {
  const lines = address(rng, cc, opts);
  const out = []; lines.forEach((l, i) => { if (i) out.push(', '); out.push(...l); });
  return R(out);
}

// ---- cards ----
const BRANDS = {
  visa: () => ['4', 16], mastercard: (r) => [String(r.range(51, 55)), 16], mc2: (r) => [String(r.range(2221, 2720)), 16], amex: (r) => [r.pick(['34', '37']), 15],
  discover: (r) => [r.pick(['6011', '65', String(r.range(644, 649))]), 16], jcb: (r) => [String(r.range(3528, 3589)), 16], diners: (r) => [r.pick(['36', '38', String(r.range(300, 305))]), 14],
};
export function cardNumber(rng, brand) {
  const b = brand || rng.wpick([[5, 'visa'], [3, 'mastercard'], [1, 'mc2'], [2, 'amex'], [1, 'discover'], [1, 'jcb'], [1, 'diners']]);
  const [pre, L] = BRANDS[b](rng);
  return luhnComplete(pre + rng.digits(L - 1 - pre.length));
}
export function formatCard(rng, num, style) {
  const st = style || rng.wpick([[5, ' '], [2, '-'], [3, '']]);
  if (!st) return num;
  const g = num.length === 15 ? [4, 6, 5] : num.length === 14 ? [4, 6, 4] : [4, 4, 4, 4];
  const out = []; let i = 0; for (const n of g) { out.push(num.slice(i, i + n)); i += n; }
  return out.join(st);
}
export function card(rng, brand, style) { return P('CREDIT_CARD', formatCard(rng, cardNumber(rng, brand), style)); }

// ---- IBAN ----
const BBAN = { DE: 'n18', AT: 'n16', CH: 'n17', FR: 'n23', BE: 'be', NL: 'a4n10', ES: 'n20', IT: 'a1n22', PT: 'n21', GB: 'a4n14', IE: 'a4n14', PL: 'n24', SE: 'n20', DK: 'n14', NO: 'n11', FI: 'n14', LU: 'n16', CZ: 'n20', GR: 'n23', TR: 'n22', SA: 'n20', AE: 'n19', BR: 'br', HU: 'n24', UA: 'n25', IL: 'n19', HR: 'n17', RO: 'ro', SI: 'n15', SK: 'n20', MC: 'n23', LT: 'n16', EE: 'n16', CY: 'n24', MT: 'mt' };
export const IBAN_COUNTRIES = Object.keys(BBAN);
export function ibanRaw(rng, cc) {
  const f = BBAN[cc];
  let bban;
  if (f === 'be') { const ten = rng.digits(10); const k = Number(BigInt(ten) % 97n) || 97; bban = ten + String(k).padStart(2, '0'); }
  else if (f === 'br') bban = rng.digits(23) + rng.pick(['C', 'P']) + rng.str('0123456789', 1);
  else if (f === 'ro') bban = rng.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + rng.digits(16);
  else if (f === 'mt') bban = rng.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + rng.digits(23);
  else { const m = /^(?:a(\d+))?n(\d+)$/.exec(f); bban = (m[1] ? rng.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', +m[1]) : '') + rng.digits(+m[2]); }
  const iban = cc + ibanCheckDigits(cc, bban) + bban;
  if (iban.length !== IBAN_LENGTHS[cc]) throw new Error('iban length ' + cc);
  return iban;
}
export const groupIban = (s) => s.match(/.{1,4}/g).join(' ');
export function iban(rng, cc, grouped) {
  const raw = ibanRaw(rng, cc);
  return P('IBAN_CODE', (grouped ?? rng.chance(0.6)) ? groupIban(raw) : raw);
}

// ---- US identifiers ----
export function ssnParts(rng) {
  let a; do { a = rng.range(1, 899); } while (a === 666);
  return [String(a).padStart(3, '0'), String(rng.range(1, 99)).padStart(2, '0'), String(rng.range(1, 9999)).padStart(4, '0')];
}
export function ssn(rng, sep) { const p = ssnParts(rng); const s = sep ?? rng.wpick([[8, '-'], [1, ' '], [1, '']]); return P('US_SSN', p.join(s)); }
export function itin(rng, sep) {
  let g; do { g = rng.range(50, 99); } while (!itinGroupOk(g));
  const s = sep ?? rng.wpick([[8, '-'], [1, ' '], [1, '']]);
  return P('US_ITIN', ['9' + rng.digits(2), String(g), rng.digits(3) + rng.range(1, 9)].join(s));
}
export function usPassport(rng) { return P('US_PASSPORT', rng.chance(0.5) ? rng.str('ACEFGHJKLMNPRSTUVWXYZ', 1) + rng.digits(8) : String(rng.range(1, 9)) + rng.digits(8)); }
export const DL_STATES = ['CA', 'NY', 'FL', 'TX', 'IL', 'WA', 'PA', 'NJ', 'MI', 'OH'];
export function usDriverLicense(rng, state) {
  const st = state || rng.pick(DL_STATES);
  const U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const v = {
    CA: () => rng.str(U, 1) + rng.digits(7), NY: () => rng.chance(0.5) ? rng.digits(9) : `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`,
    FL: () => `${rng.str(U, 1)}${rng.digits(3)}-${rng.digits(3)}-${rng.digits(2)}-${rng.digits(3)}-${rng.digits(1)}`, TX: () => rng.digits(8),
    IL: () => `${rng.str(U, 1)}${rng.digits(3)}-${rng.digits(4)}-${rng.digits(4)}`, WA: () => 'WDL' + rng.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9),
    PA: () => `${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`, NJ: () => `${rng.str(U, 1)}${rng.digits(4)} ${rng.digits(5)} ${rng.digits(5)}`,
    MI: () => `${rng.str(U, 1)} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`, OH: () => rng.str(U, 2) + rng.digits(6),
  }[st]();
  return P('US_DRIVER_LICENSE', v);
}
export function usBankAccount(rng) { return P('US_BANK_NUMBER', String(rng.range(1, 9)) + rng.digits(rng.range(7, 16))); }

// ---- BTC ----
export function btc(rng, kind) {
  const k = kind || rng.wpick([[3, 'p2pkh'], [2, 'p2sh'], [4, 'p2wpkh'], [1, 'p2wsh']]);
  if (k === 'p2pkh') return P('CRYPTO', base58check(0x00, rng.bytes(20)));
  if (k === 'p2sh') return P('CRYPTO', base58check(0x05, rng.bytes(20)));
  if (k === 'p2wsh') return P('CRYPTO', segwitAddress(0, rng.bytes(32)));
  return P('CRYPTO', segwitAddress(0, rng.bytes(20)));
}

// ---- medical ----
export function dea(rng, lastName) {
  const first = rng.pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']);
  const ini = asciiFold(lastName || 'X').toUpperCase().replace(/[^A-Z]/g, '')[0] || '9';
  const six = rng.digits(6);
  return P('MEDICAL_LICENSE', first + ini + six + deaCheckDigit(six));
}
export function nhsRaw(rng) {
  for (;;) { const nine = String(rng.range(4, 9)) + rng.digits(8); const c = nhsCheckDigit(nine); if (c !== null) return nine + c; }
}
export function nhs(rng, style) {
  const n = nhsRaw(rng); const st = style ?? rng.wpick([[6, ' '], [2, ''], [1, '-']]);
  return P('UK_NHS', st ? `${n.slice(0, 3)}${st}${n.slice(3, 6)}${st}${n.slice(6)}` : n);
}

// ---- IP (client addresses) ----
export function ipv4(rng, kind) {
  const k = kind || rng.wpick([[4, 'public'], [3, 'doc'], [2, 'private']]);
  if (k === 'doc') return P('IP_ADDRESS', `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.range(1, 254)}`);
  if (k === 'private') return P('IP_ADDRESS', rng.pick([`10.${rng.range(0, 255)}.${rng.range(0, 255)}.${rng.range(1, 254)}`, `192.168.${rng.range(0, 255)}.${rng.range(1, 254)}`, `172.${rng.range(16, 31)}.${rng.range(0, 255)}.${rng.range(1, 254)}`]));
  const first = rng.pick([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109, 141, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 64, 66, 68, 71, 73, 75, 98, 99, 104, 108, 49, 58, 101, 110, 114, 117, 118, 121, 122, 175, 180, 182, 200, 201, 187, 189, 177, 41, 102, 105, 154, 196, 197]);
  return P('IP_ADDRESS', `${first}.${rng.range(0, 255)}.${rng.range(0, 255)}.${rng.range(1, 254)}`);
}
export function ipv6(rng, kind) {
  const h = () => rng.range(0, 0xffff).toString(16);
  if ((kind || (rng.chance(0.5) ? 'doc' : 'public')) === 'doc') return P('IP_ADDRESS', `2001:db8:${h()}:${h()}::${h()}`);
  return P('IP_ADDRESS', `${rng.pick(['2a02', '2a01', '2003', '2600', '2a00', '2406', '2804', '2405'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`);
}
export function ip(rng) { return rng.chance(0.78) ? ipv4(rng) : ipv6(rng); }
