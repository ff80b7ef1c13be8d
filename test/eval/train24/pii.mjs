// PII value generators (Presidio entity names). Every value is produced from the PRNG.
import { pii } from './builder.mjs';
import { CULTURES, CULTURE_BY_ID, LANG_CULTURES } from './names.mjs';
import { COUNTRIES, PHONE_PLANS, LANG_COUNTRIES, COUNTRY_PLAN } from './places.mjs';
import { luhnDigit, ibanMake, nhsCheck, deaCheck, itinGroupOk, b58checkEncode, segwitEncode, IBAN_LEN } from './checksums.mjs';

export const PII_ENTITIES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'LOCATION', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'US_ITIN',
  'US_PASSPORT', 'US_DRIVER_LICENSE', 'US_BANK_NUMBER', 'CRYPTO', 'MEDICAL_LICENSE', 'UK_NHS'];

const COUNTRY_BY_CC = Object.fromEntries(COUNTRIES.map((c) => [c.cc, c]));
const PLAN_BY_ID = Object.fromEntries(PHONE_PLANS.map((p) => [p.plan, p]));
export const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ßẞ]/g, 'ss').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae')
  .replace(/[ðÐ]/g, 'd').replace(/[þÞ]/g, 'th').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i').replace(/[^A-Za-z0-9 .'-]/g, '');

// ---------- people ----------
export function cultureFor(r, lang) {
  const pool = LANG_CULTURES[lang];
  if (pool && r.chance(0.6)) return CULTURE_BY_ID[r.pick(pool)];
  return r.pick(CULTURES);
}
export function personInfo(r, { lang, culture } = {}) {
  const c = culture ? CULTURE_BY_ID[culture] : cultureFor(r, lang || 'en');
  const gi = r.int(0, c.given.length - 1), fi = r.int(0, c.family.length - 1);
  const sep = c.sep ?? ' ';
  const given = c.given[gi], family = c.family[fi];
  const rg = c.rg ? c.rg[gi] : ascii(given).toLowerCase().replace(/[^a-z]+/g, '');
  const rf = c.rf ? c.rf[fi] : ascii(family).toLowerCase().replace(/[^a-z]+/g, '');
  const full = c.order === 'fg' ? family + sep + given : given + sep + family;
  return { c, given, family, full, rg, rf, sep };
}
// forms: full | given | family-titled | reversed | initial | upper
export function personVal(info, form = 'full', r = null) {
  const { c, given, family, full } = info; let s = full;
  const latin = !c.rg;
  if (form === 'given') s = given;
  else if (form === 'reversed' && latin && c.order === 'gf') s = `${family}, ${given}`;
  else if (form === 'initial' && latin && c.order === 'gf') s = `${given[0]}. ${family}`;
  else if (form === 'middle' && c.id === 'en-US' && r) s = `${given} ${r.pick('ABCDEJKLMRST')}. ${family}`;
  else if (form === 'upper' && latin) s = c.order === 'fg' ? `${family.toUpperCase()} ${given}` : `${given} ${family.toUpperCase()}`;
  else if (form === 'family') s = family;
  return pii('PERSON', s, 'plain', { culture: c.id });
}
export function person(r, opts = {}) {
  const info = personInfo(r, opts);
  const form = opts.form || r.weighted([[8, 'full'], [1, 'reversed'], [1, 'initial'], [1, 'middle'], [1, 'upper']]);
  return personVal(info, form, r);
}

// ---------- e-mail ----------
export const MAIL_DOMAINS = ['mail.example', 'corp.example', 'webpost.example', 'correo.example', 'poczta.test', 'yubin.example', 'hanmail.test', 'posteo.test',
  'uni-nord.example', 'kunde.test', 'client.invalid', 'inbox.test', 'freemail.example', 'hq.acme.example', 'sales.northwind.example', 'ops.fabrikam.test',
  'student.campus.example', 'clinic.example', 'stadtwerke.test', 'ya-mail.example', 'o2mail.test', 'ix.example', 'mailbox.invalid', 'bank-x.example'];
export function emailFor(r, info, domain) {
  const a = info.rg.replace(/[^a-z]/g, '') || 'user', b = info.rf.replace(/[^a-z]/g, '') || 'x';
  const local = r.pick([`${a}.${b}`, `${a[0]}${b}`, `${a}_${b}`, `${b}.${a}`, `${a}${r.int(1, 99)}`, `${a}.${b}+${r.pick(['shop', 'news', 'work', 'bills'])}`, `${b}${a[0]}${r.int(70, 99)}`, `${a}-${b}`]);
  const dom = domain || r.pick(MAIL_DOMAINS);
  const s = r.chance(0.08) ? `${local}@${dom}`.replace(/^./, (x) => x.toUpperCase()) : `${local}@${dom}`;
  return pii('EMAIL_ADDRESS', s);
}
export function email(r, opts = {}) { return emailFor(r, personInfo(r, opts), opts.domain); }

// ---------- phones ----------
function expand(r, pat) {
  pat = pat.replace(/\{([^}]+)\}/g, (_, alts) => r.pick(alts.split('|')));
  return pat.replace(/[XN]/g, (ch) => String(ch === 'N' ? r.int(2, 9) : r.int(0, 9)));
}
export function phone(r, plan) {
  const p = plan ? PLAN_BY_ID[plan] : r.pick(PHONE_PLANS);
  return pii('PHONE_NUMBER', expand(r, r.pick(p.p)), 'plain', { phone_plan: p.plan });
}
export const phonePlanFor = (cc) => COUNTRY_PLAN[cc] || 'US';

// ---------- places ----------
export function countryFor(r, lang) {
  const pool = LANG_COUNTRIES[lang];
  if (pool && r.chance(0.65)) return COUNTRY_BY_CC[r.pick(pool)];
  return r.pick(COUNTRIES);
}
export const city = (r, c) => pii('LOCATION', r.pick((c || r.pick(COUNTRIES)).cities), 'plain', { country: (c || {}).cc || 'any' });
export const country = (r, c) => pii('LOCATION', r.pick((c || r.pick(COUNTRIES)).names));
export function street(r, c) {
  c = c || r.pick(COUNTRIES);
  return pii('LOCATION', r.pick(c.streets).replace('#', String(r.weighted([[6, r.int(1, 99)], [3, r.int(100, 999)], [1, r.int(1000, 9999)]]))));
}
export function zip(r, c) {
  const pat = c.zip || '';
  return pat.replace(/Z/g, () => String(r.int(0, 9))).replace(/9/g, () => String(r.int(0, 9))).replace(/A/g, () => r.pick('ABCDEFGHJKLMNPRSTUVWXYZ'));
}
// one-line postal address: street, zip city[, country]  (zip neutral)
export function address(r, c, withCountry = false) {
  c = c || r.pick(COUNTRIES);
  const z = zip(r, c), out = [street(r, c), ', '];
  if (['US', 'CA', 'AU', 'GB', 'IE', 'NZ', 'ZA', 'IN', 'SG', 'BR', 'JP', 'KR', 'CN', 'TW'].includes(c.cc)) out.push(city(r, c), z ? ' ' + z : '');
  else out.push(z ? z + ' ' : '', city(r, c));
  if (withCountry) out.push(', ', country(r, c));
  return out;
}

// ---------- network ----------
export function ipv4(r) {
  for (;;) {
    const a = r.int(1, 223), b = r.int(0, 255);
    if (a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) continue;
    return pii('IP_ADDRESS', `${a}.${b}.${r.int(0, 255)}.${r.int(1, 254)}`, 'plain', { ipver: 'v4' });
  }
}
export function ipv6(r) {
  const g = () => r.hex(r.int(1, 4)).replace(/^0+(?=.)/, '');
  const head = r.pick(['2a02', '2a01', '2001:db8', '2600', '2a00', '2804', '240e', '2405', '2c0f']);
  const parts = head.split(':');
  while (parts.length < 8) parts.push(g());
  let s = parts.join(':');
  if (r.chance(0.5)) s = parts.slice(0, 4).join(':') + '::' + parts.slice(6).join(':');
  return pii('IP_ADDRESS', s, 'plain', { ipver: 'v6' });
}
export const clientIp = (r) => (r.chance(0.8) ? ipv4(r) : ipv6(r));

// ---------- payment ----------
const TEST_CARDS = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '371449635398431', '6011111111111117', '3530111333300000', '30569309025904', '4000056655665556', '5105105105105100', '4012888888881881', '5200828282828210', '6011000990139424', '3566002020360505', '38520000023237']);
export const isTestCard = (d) => TEST_CARDS.has(d);
export function cardDigits(r, brand) {
  brand = brand || r.weighted([[5, 'visa'], [4, 'mastercard'], [2, 'amex'], [1, 'discover'], [1, 'jcb'], [1, 'diners']]);
  let pre, len;
  switch (brand) {
    case 'visa': pre = '4'; len = r.chance(0.05) ? 13 : 16; break;
    case 'mastercard': pre = r.chance(0.3) ? String(r.int(2221, 2720)) : String(r.int(51, 55)); len = 16; break;
    case 'amex': pre = r.pick(['34', '37']); len = 15; break;
    case 'discover': pre = r.pick(['6011', String(r.int(644, 649)), '65']); len = 16; break;
    case 'jcb': pre = String(r.int(3528, 3589)); len = 16; break;
    default: pre = r.pick(['36', String(r.int(300, 305)), '38']); len = 14; brand = 'diners';
  }
  for (;;) {
    const body = pre + r.digits(len - pre.length - 1);
    const d = body + luhnDigit(body);
    if (!isTestCard(d)) return { d, brand };
  }
}
export function fmtCard(r, d, style) {
  style = style ?? r.weighted([[4, ' '], [2, '-'], [3, ''], [1, ' ']]);
  if (!style) return d;
  const g = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 13 ? [4, 4, 5] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  let i = 0; return g.map((n) => { const s = d.slice(i, i + n); i += n; return s; }).join(style);
}
export function card(r, brand, style) { const { d, brand: b } = cardDigits(r, brand); return pii('CREDIT_CARD', fmtCard(r, d, style), 'plain', { card_brand: b }); }

export const BBAN = { DE: '18n', GB: '4a14n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n', PL: '24n', PT: '21n', IE: '4a14n',
  SE: '20n', NO: '11n', DK: '14n', FI: '14n', LU: '3n13c', CZ: '20n', HU: '24n', RO: '4a16c', GR: '7n16c', TR: '5n1n16c', SA: '2n18c', AE: '3n16n', BR: '23n1a1c',
  HR: '17n', SI: '15n', SK: '20n', IS: '22n', IL: '19n', UA: '6n19c', EG: '25n', GE: '2a16n', LT: '16n', EE: '16n', LV: '4a13c', MT: '4a5n18c', CY: '8n16c', BG: '4a6n8c', MC: '10n11c2n', QA: '4a21c', AD: '8n12c' };
export function bban(r, cc) {
  let s = '';
  for (const [, n, t] of BBAN[cc].matchAll(/(\d+)([nac])/g)) {
    for (let i = 0; i < +n; i++) s += t === 'n' ? r.digits(1) : t === 'a' ? r.upper(1) : r.str('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1);
  }
  if (s.length + 4 !== IBAN_LEN[cc]) throw new Error('bban length ' + cc);
  return s;
}
export const fmtIban = (s, spaced) => (spaced ? s.replace(/(.{4})(?=.)/g, '$1 ') : s);
export function iban(r, cc, spaced) {
  cc = cc || r.pick(Object.keys(BBAN));
  return pii('IBAN_CODE', fmtIban(ibanMake(cc, bban(r, cc)), spaced ?? r.chance(0.55)), 'plain', { iban_country: cc });
}

// ---------- US identifiers ----------
export function ssnParts(r) {
  let a; do { a = r.int(1, 899); } while (a === 666);
  return [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
}
const joinId = (r, p, sep) => p.join(sep ?? r.weighted([[6, '-'], [1, ' '], [2, '']]));
export const ssn = (r, sep) => pii('US_SSN', joinId(r, ssnParts(r), sep));
export function itin(r, sep) {
  let g; do { g = r.int(50, 99); } while (!itinGroupOk(g));
  return pii('US_ITIN', joinId(r, ['9' + r.digits(2), String(g), r.digits(3) + r.int(1, 9)], sep));
}
export const passport = (r) => pii('US_PASSPORT', r.chance(0.5) ? r.int(1, 9) + r.digits(8) : r.pick('ACEFGHJKLMNPRSTUVWXYZ') + r.digits(8));
const DL = [
  ['CA', (r) => r.upper(1) + r.digits(7)], ['NY', (r) => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`], ['TX', (r) => r.int(1, 4) + r.digits(7)],
  ['FL', (r) => `${r.upper(1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`], ['IL', (r) => `${r.upper(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`],
  ['WA', (r) => 'WDL' + r.str('ABCDEFGHJKLMNPRSTVWXYZ23456789', 9)], ['PA', (r) => r.digits(2) + ' ' + r.digits(3) + ' ' + r.digits(3)], ['NJ', (r) => `${r.upper(1)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`],
  ['MI', (r) => `${r.upper(1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`], ['OH', (r) => r.upper(2) + r.digits(6)], ['MA', (r) => 'S' + r.digits(8)], ['GA', (r) => '0' + r.digits(8)],
  ['CO', (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`], ['AZ', (r) => r.pick('ABDY') + r.digits(8)], ['VA', (r) => r.upper(1) + r.digits(8)],
];
export function driverLicense(r) { const [st, g] = r.pick(DL); return pii('US_DRIVER_LICENSE', g(r), 'plain', { dl_state: st }); }
export const DL_STATES = DL.map((x) => x[0]);
export const bankNumber = (r) => pii('US_BANK_NUMBER', String(r.int(1, 9)) + r.digits(r.int(7, 16)));
export const abaRouting = (r) => { // neutral: valid ABA checksum
  for (;;) { const d = r.pick(['0', '1', '2', '3']) + r.digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += w[i] * +d[i]; const c = (10 - (s % 10)) % 10; return d + c; }
};

// ---------- crypto ----------
export function btc(r, kind) {
  kind = kind || r.weighted([[3, 'p2pkh'], [2, 'p2sh'], [3, 'p2wpkh'], [1, 'p2wsh'], [2, 'p2tr']]);
  let s;
  if (kind === 'p2pkh') s = b58checkEncode(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
  else if (kind === 'p2sh') s = b58checkEncode(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
  else if (kind === 'p2wpkh') s = segwitEncode('bc', 0, [...r.bytes(20)]);
  else if (kind === 'p2wsh') s = segwitEncode('bc', 0, [...r.bytes(32)]);
  else s = segwitEncode('bc', 1, [...r.bytes(32)]);
  return pii('CRYPTO', s, 'plain', { btc: kind });
}

// ---------- medical ----------
export function deaNumber(r, familyName) {
  const six = r.digits(6);
  const init = familyName ? ascii(familyName).toUpperCase().replace(/[^A-Z]/g, '')[0] : null;
  const second = init && r.chance(0.85) ? init : r.chance(0.5) ? '9' : r.upper(1);
  return pii('MEDICAL_LICENSE', r.pick('ABFGMPR') + second + six + deaCheck(six));
}
export function nhsDigits(r) { for (;;) { const nine = r.pick(['4', '6', '7']) + r.digits(8); const c = nhsCheck(nine); if (c !== 10) return nine + c; } }
export function fmtNhs(r, d, style) { style = style ?? r.weighted([[5, ' '], [2, ''], [1, '-']]); return style ? `${d.slice(0, 3)}${style}${d.slice(3, 6)}${style}${d.slice(6)}` : d; }
export const nhs = (r, style) => pii('UK_NHS', fmtNhs(r, nhsDigits(r), style));
