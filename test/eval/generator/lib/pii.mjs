// Generators of validator-valid fake PII: cards (Luhn, real IIN ranges), IBANs (mod 97, national
// lengths), SSNs in issued ranges, phones in real numbering plans, BTC addresses with valid
// checksums, NHS numbers (mod 11), DEA numbers, and names/addresses from faker's locales.
import { int, pick, bool, chars, digits, hex, alnum, bytes, f, locales, UPPER, DIGITS, ALNUM, LOWER } from './rng.mjs';
import { luhnDigit, ibanCheck, base58check, bech32Address } from './crypto_formats.mjs';

// ---- Payment cards ----------------------------------------------------------------------------
const BRANDS = {
  visa: { prefixes: ['4'], len: 16 },
  mastercard: { prefixes: ['51', '52', '53', '54', '55', '2221', '2300', '2720', '2434'], len: 16 },
  amex: { prefixes: ['34', '37'], len: 15 },
  discover: { prefixes: ['6011', '65', '644'], len: 16 },
  jcb: { prefixes: ['3528', '3530', '3566', '3589'], len: 16 },
  diners: { prefixes: ['36', '300', '305'], len: 14 },
};
export function cardDigits(brand = pick(['visa', 'visa', 'visa', 'mastercard', 'mastercard', 'amex', 'discover', 'jcb', 'diners'])) {
  const b = BRANDS[brand];
  let n = pick(b.prefixes);
  n += digits(b.len - n.length - 1);
  return { brand, number: n + luhnDigit(n) };
}
export function formatCard(num, style = pick(['space', 'space', 'plain', 'dash'])) {
  if (style === 'plain') return num;
  const sep = style === 'space' ? ' ' : '-';
  if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  if (num.length === 14) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{1,4}/g).join(sep);
}
export const card = (brand, style) => formatCard(cardDigits(brand).number, style);
// Look-alike: right shape, wrong Luhn digit.
export function badCard() {
  const { number } = cardDigits();
  const last = Number(number.slice(-1));
  return formatCard(number.slice(0, -1) + String((last + int(1, 9)) % 10));
}

// ---- IBAN ------------------------------------------------------------------------------------
const BBAN = {
  DE: () => digits(18),
  GB: () => chars(UPPER, 4) + digits(14),
  FR: () => digits(10) + chars(DIGITS + UPPER, 11) + digits(2),
  ES: () => digits(20),
  IT: () => chars(UPPER, 1) + digits(10) + chars(DIGITS, 12),
  NL: () => pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + digits(10),
  BE: () => digits(12),
  CH: () => digits(5) + chars(DIGITS + UPPER, 12),
  AT: () => digits(16),
  PL: () => digits(24),
  SE: () => digits(20),
  IE: () => pick(['AIBK', 'BOFI', 'IPBS']) + digits(14),
  PT: () => digits(21),
  NO: () => digits(11),
  DK: () => digits(14),
  FI: () => digits(14),
  BR: () => digits(23) + pick(['C', 'P']) + chars(UPPER + DIGITS, 1),
};
export const IBAN_COUNTRIES = Object.keys(BBAN);
export function ibanCompact(cc = pick(IBAN_COUNTRIES)) {
  const bban = BBAN[cc]();
  return cc + ibanCheck(cc, bban) + bban;
}
export const formatIban = (s, spaced = bool(0.6)) => (spaced ? s.match(/.{1,4}/g).join(' ') : s);
export const iban = (cc) => formatIban(ibanCompact(cc));
export function badIban() {
  const good = ibanCompact();
  const cd = Number(good.slice(2, 4));
  const wrong = String((cd + int(1, 50)) % 97 + 2).padStart(2, '0');
  return formatIban(good.slice(0, 2) + (wrong === good.slice(2, 4) ? '01' : wrong) + good.slice(4));
}

// ---- US identifiers ------------------------------------------------------------------------------
export function ssnParts() {
  let area;
  do area = int(1, 899); while (area === 666);
  return [String(area).padStart(3, '0'), String(int(1, 99)).padStart(2, '0'), String(int(1, 9999)).padStart(4, '0')];
}
export const ssn = (style = pick(['dash', 'dash', 'dash', 'plain', 'space'])) => {
  const p = ssnParts();
  return style === 'dash' ? p.join('-') : style === 'space' ? p.join(' ') : p.join('');
};
export function badSsn() {
  const p = ssnParts();
  const which = int(0, 3);
  if (which === 0) p[0] = '000';
  else if (which === 1) p[0] = pick(['666', '9' + digits(2)]);
  else if (which === 2) p[1] = '00';
  else p[2] = '0000';
  return p.join('-');
}
export function itin() {
  const group = pick([int(50, 65), int(70, 88), int(90, 92), int(94, 99)]);
  return `9${digits(2)}-${group}-${digits(4)}`;
}
export const usPassport = () => pick([digits(9), chars(UPPER, 1) + digits(8)]);
export function usDriverLicense() {
  return pick([
    () => ({ state: 'CA', value: chars(UPPER, 1) + digits(7) }),
    () => ({ state: 'NY', value: digits(9) }),
    () => ({ state: 'FL', value: chars(UPPER, 1) + digits(12) }),
    () => ({ state: 'TX', value: digits(8) }),
    () => ({ state: 'IL', value: chars(UPPER, 1) + digits(11) }),
    () => ({ state: 'WA', value: 'WDL' + chars(UPPER + DIGITS, 9) }),
  ])();
}
export const usBankAccount = () => digits(int(8, 17));
export const abaRouting = () => {
  // ABA checksum: 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) = 0 mod 10
  const d = (pick(['0', '1', '2', '3']) + digits(7)).split('').map(Number);
  const s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]);
  return d.join('') + String((10 - (s % 10)) % 10);
};

// ---- Other identifiers -------------------------------------------------------------------------
export function btcAddress() {
  return pick([
    () => base58check(Buffer.concat([Buffer.from([0x00]), bytes(20)])),
    () => base58check(Buffer.concat([Buffer.from([0x05]), bytes(20)])),
    () => bech32Address('bc', bytes(20)),
  ])();
}
export function nhsNumber(style = pick(['space', 'space', 'plain', 'dash'])) {
  for (;;) {
    const d = digits(9).split('').map(Number);
    const sum = d.reduce((s, x, i) => s + x * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const n = d.join('') + String(check === 11 ? 0 : check);
    if (style === 'plain') return n;
    const sep = style === 'space' ? ' ' : '-';
    return [n.slice(0, 3), n.slice(3, 6), n.slice(6)].join(sep);
  }
}
export function deaNumber(lastName) {
  const first = pick(['A', 'B', 'F', 'M']);
  const second = (lastName || f.person.lastName())[0].toUpperCase();
  const d = digits(6).split('').map(Number);
  const check = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10;
  return first + (/[A-Z]/.test(second) ? second : 'X') + d.join('') + check;
}

// ---- Network ------------------------------------------------------------------------------------
export function ipv4(kind = pick(['public', 'public', 'public', 'private'])) {
  if (kind === 'private') return pick([`10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 255)}.${int(1, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]);
  let a;
  do a = int(1, 223); while ([10, 127, 172, 192, 0, 100, 169].includes(a));
  return `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
}
export function ipv6() {
  const groups = Array.from({ length: 8 }, () => hex(int(1, 4)).replace(/^0+(?=.)/, ''));
  groups[0] = pick(['2001', '2a02', '2600', '2a00', '2406', 'fd12']);
  if (bool()) return groups.join(':');
  return `${groups[0]}:${groups[1]}:${groups[2]}::${groups[6]}:${groups[7]}`;
}

// ---- Phones in national numbering plans ------------------------------------------------------
const NANP_AREAS = ['201', '212', '213', '206', '303', '305', '312', '415', '425', '512', '617', '646', '702', '718', '773', '808', '917', '972', '404', '602'];
const CA_AREAS = ['416', '604', '514', '403', '613', '905'];
export const PHONE_COUNTRIES = ['US', 'US', 'US', 'GB', 'DE', 'FR', 'IN', 'BR', 'JP', 'CA', 'AU', 'ES', 'IT', 'NL', 'MX'];
export function phone(cc = pick(PHONE_COUNTRIES), intl = bool(0.5)) {
  const x = (n) => digits(n);
  const nxx = () => String(int(2, 9)) + x(2);
  switch (cc) {
    case 'US': case 'CA': {
      const a = pick(cc === 'US' ? NANP_AREAS : CA_AREAS), e = nxx(), s = x(4);
      if (intl) return pick([`+1 ${a} ${e} ${s}`, `+1-${a}-${e}-${s}`, `+1 (${a}) ${e}-${s}`, `+1${a}${e}${s}`]);
      return pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `${a}.${e}.${s}`, `1-${a}-${e}-${s}`]);
    }
    case 'GB': {
      const mob = `7${pick(['400', '700', '911', '812', '723', '956'])}`;
      const m = x(6);
      const land = pick([['20', `7946 ${x(4)}`], ['161', `496 ${x(4)}`], ['131', `496 ${x(4)}`], ['117', `496 ${x(4)}`]]);
      if (bool()) return intl ? pick([`+44 ${mob} ${m}`, `+44 (0)${mob} ${m}`, `+44${mob}${m}`]) : `0${mob} ${m}`;
      return intl ? `+44 ${land[0]} ${land[1]}` : `0${land[0]} ${land[1]}`;
    }
    case 'DE': {
      if (bool()) {
        const p = pick(['151', '160', '170', '171', '172', '176', '157']);
        const r = x(p === '176' || p === '157' ? 8 : 7);
        return intl ? pick([`+49 ${p} ${r}`, `+49 (0)${p} ${r}`, `+49${p}${r}`]) : pick([`0${p} ${r}`, `0${p}/${r}`, `0${p}-${r}`]);
      }
      const [ac, n] = pick([['30', x(8)], ['89', x(8)], ['40', x(8)], ['69', x(8)], ['221', x(7)]]);
      return intl ? `+49 ${ac} ${n}` : pick([`0${ac} ${n}`, `(0${ac}) ${n}`, `0${ac}/${n}`]);
    }
    case 'FR': {
      const first = pick(['1', '6', '7', '4', '6']);
      const pairs = Array.from({ length: 4 }, () => x(2));
      return intl ? pick([`+33 ${first} ${pairs.join(' ')}`, `+33${first}${pairs.join('')}`, `+33 (0)${first} ${pairs.join(' ')}`])
        : pick([`0${first} ${pairs.join(' ')}`, `0${first}.${pairs.join('.')}`, `0${first}${pairs.join('')}`]);
    }
    case 'IN': {
      const n = String(int(6, 9)) + x(9);
      return intl ? pick([`+91 ${n.slice(0, 5)} ${n.slice(5)}`, `+91-${n}`, `+91${n}`]) : pick([`0${n}`, `${n.slice(0, 5)} ${n.slice(5)}`, n]);
    }
    case 'BR': {
      const ddd = pick(['11', '21', '31', '41', '51', '61', '71', '81']);
      const n = bool() ? `9${x(4)}-${x(4)}` : `${int(2, 5)}${x(3)}-${x(4)}`;
      return intl ? pick([`+55 ${ddd} ${n}`, `+55 (${ddd}) ${n}`]) : pick([`(${ddd}) ${n}`, `${ddd} ${n}`]);
    }
    case 'JP': {
      if (bool()) {
        const p = pick(['90', '80', '70']), a = x(4), b = x(4);
        return intl ? pick([`+81 ${p}-${a}-${b}`, `+81 ${p} ${a} ${b}`]) : `0${p}-${a}-${b}`;
      }
      const a = x(4), b = x(4);
      return intl ? `+81 3-${a}-${b}` : pick([`03-${a}-${b}`, `06-${a}-${b}`]);
    }
    case 'AU': {
      const m = `4${x(2)} ${x(3)} ${x(3)}`;
      return intl ? pick([`+61 ${m}`, `+61 2 ${x(4)} ${x(4)}`]) : pick([`0${m}`, `(02) ${x(4)} ${x(4)}`]);
    }
    case 'ES': {
      const n = `${pick(['6', '7', '9'])}${x(2)} ${x(3)} ${x(3)}`;
      return intl ? `+34 ${n}` : n;
    }
    case 'IT': {
      const n = `3${x(2)} ${x(3)} ${x(4)}`;
      return intl ? pick([`+39 ${n}`, `+39 06 ${x(4)} ${x(4)}`]) : pick([n, `06 ${x(4)} ${x(4)}`]);
    }
    case 'NL': {
      const n = `6 ${x(8)}`;
      return intl ? pick([`+31 ${n}`, `+31 20 ${x(3)} ${x(4)}`]) : pick([`0${n}`, `06-${x(8)}`, `020 ${x(3)} ${x(4)}`]);
    }
    case 'MX': {
      const n = `55 ${x(4)} ${x(4)}`;
      return intl ? `+52 ${n}` : n;
    }
    default: return phone('US', intl);
  }
}

// ---- People, emails, places ---------------------------------------------------------------------
export const COUNTRIES = Object.keys(locales);
export function person(cc = pick(['US', 'US', 'US', 'GB', 'DE', 'FR', 'IN', 'BR', 'JP', 'ES', 'IT', 'NL', 'AU', 'MX', 'CA', 'PL'])) {
  const fk = locales[cc];
  const first = fk.person.firstName();
  const last = fk.person.lastName();
  const full = cc === 'JP' ? `${last} ${first}` : `${first} ${last}`;
  return { cc, first, last, full, fk };
}
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com', 'proton.me', 'web.de', 'gmx.de', 'orange.fr', 'free.fr', 'yahoo.co.in', 'rediffmail.com', 'uol.com.br', 'docomo.ne.jp', 'fastmail.com'];
export function email(p) {
  let first = ascii(p?.first ?? f.person.firstName());
  let last = ascii(p?.last ?? f.person.lastName());
  if (!first) first = f.internet.username().toLowerCase().replace(/[^a-z0-9]/g, '') || 'user';
  if (!last) last = 'x' + digits(3);
  const company = ascii(f.company.name().split(/[ ,]/)[0]) || 'acme';
  const domain = pick([...DOMAINS, `${company}.com`, `${company}.io`, `${company}.co.uk`, `mail.${company}.de`, `${company}-group.com`, `${company}.com.br`]);
  const local = pick([
    `${first}.${last}`, `${first[0]}${last}`, `${first}_${last}`, `${first}${int(1, 99)}`, `${last}.${first}`,
    `${first}.${last}+${pick(['billing', 'github', 'news', 'test'])}`, `${first}-${last}`, `${first}.${last[0]}`,
  ]);
  return `${local}@${domain}`;
}
export const roleEmail = (domain) => `${pick(['support', 'billing', 'ops', 'security', 'hr', 'noreply', 'it-helpdesk', 'sales'])}@${domain}`;
export function address(cc = 'US') {
  const fk = locales[cc] || f;
  return { street: fk.location.streetAddress(), city: fk.location.city(), zip: fk.location.zipCode(), state: cc === 'US' ? f.location.state({ abbreviated: true }) : '', country: fk.location.country() };
}
export const COUNTRY_NAMES = { US: 'United States', GB: 'United Kingdom', DE: 'Germany', FR: 'France', IN: 'India', BR: 'Brazil', JP: 'Japan', ES: 'Spain', IT: 'Italy', NL: 'Netherlands', AU: 'Australia', MX: 'Mexico', CA: 'Canada', PL: 'Poland' };
