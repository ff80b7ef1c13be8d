// PII value generators: people, addresses, e-mails, phones, cards, IBANs, US identifiers,
// DEA and NHS numbers, BTC addresses, IP addresses. All random, all from the seeded PRNG.
import { CULTURES, CULTURE_IDS, makeName, stripMarks } from './names.mjs';
import { LOCALES, PHONE_PLANS, makePhone } from './places.mjs';
import {
  luhnComplete, luhnValid, ibanCheckDigits, ibanMod97Ok, IBAN_LENGTHS, nhsCheckDigit, deaCheckDigit,
  base58check, bech32Encode, convertBits,
} from './checksums.mjs';
import { P } from './doc.mjs';

// ---------------- people
const LATIN_CULTURES = CULTURE_IDS.filter((c) => CULTURES[c].script === 'Latin');
const OTHER_CULTURES = CULTURE_IDS.filter((c) => CULTURES[c].script !== 'Latin');

export function pickCulture(rng, pref) {
  if (pref && rng.chance(0.7)) return rng.pick(Array.isArray(pref) ? pref : [pref]);
  return rng.chance(0.55) ? rng.pick(LATIN_CULTURES) : rng.pick(OTHER_CULTURES);
}
export function culturesFor(locId) { return CULTURE_IDS.filter((c) => CULTURES[c].loc === locId); }

const FREEMAIL = ['mail.example', 'post.example', 'inbox.test', 'webmail.example', 'correo.example', 'posta.test', 'mailbox.invalid', 'home.example', 'net.example', 'yubin.example', 'pochta.test', 'barid.example', 'sahm.test'];
export const COMPANY_DOMAINS = ['acme-retail.example', 'nordwind-logistik.example', 'bluefin-crm.test', 'kestrel-health.example', 'orbit-school.test', 'sunpath.example', 'kunde.example', 'helpdesk.example', 'lumen-analytics.example', 'harbor-freight.test', 'tienda-sol.example', 'maison-verte.test', 'sakura-trading.example', 'hanbit.test', 'delta-clinic.example', 'riverbank.example'];

export function emailFor(rng, person, domain) {
  const clean = (s) => stripMarks(s).toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '');
  const g = clean(person.givenRoman), f = clean(person.familyRoman) || 'x';
  const dom = domain || rng.pick(FREEMAIL);
  const local = rng.weighted([
    [5, `${g}.${f}`], [2, `${g[0]}.${f}`], [2, `${g}${f}`], [1, `${g}_${f}`], [1, `${f}.${g}`],
    [2, `${g}${rng.int(1, 99)}`], [1, `${g}.${f}+${rng.pick(['shop', 'news', 'crm', 'work', 'school'])}`],
    [1, `${g[0]}${f}${rng.int(70, 2005)}`], [1, `${f}${g[0]}`], [1, `${g}-${f}`],
  ]);
  return `${local}@${dom}`;
}

// Address in a locale. native: write in the locale's own script.
export function makeAddress(rng, locId, native = true) {
  const L = LOCALES[locId];
  const city = rng.pick(L.cities);
  const ci = L.cities.indexOf(city);
  const street = L.street(rng, native, city);
  return {
    loc: locId, street, city: native ? city.n : city.r, cityRoman: city.r, postal: L.postal(rng),
    region: L.regions ? L.regions[ci % L.regions.length] : L.provs ? L.provs[ci % L.provs.length] : null,
    country: native ? L.native : L.en, countryEn: L.en, fmt: L.fmt, run: !!(L.run && native), native,
  };
}

// Address pieces on one line (Items for street/city/country), national order.
export function addrLine(a, withCountry = false) {
  const st = P('LOCATION', a.street), ci = P('LOCATION', a.city), co = P('LOCATION', a.country);
  let out;
  if (a.run) out = [a.postal ? (a.loc === 'JP' ? `〒${a.postal} ` : `${a.postal} `) : '', st];
  else switch (a.fmt) {
    case 'us': out = [st, ', ', ci, `, ${a.region} ${a.postal}`]; break;
    case 'gb': case 'au': out = a.fmt === 'au' ? [st, ', ', ci, ` ${a.region} ${a.postal}`] : [st, ', ', ci, ` ${a.postal}`]; break;
    case 'it': out = [st, `, ${a.postal} `, ci, ` (${a.region})`]; break;
    case 'hu': out = [`${a.postal} `, ci, ', ', st]; break;
    case 'ru': out = [st, ', ', ci, `, ${a.postal}`]; break;
    case 'br': out = [st, ', ', ci, ` - ${a.region}, ${a.postal}`]; break;
    case 'in': case 'th': out = [st, ', ', ci, a.postal ? ` ${a.postal}` : '']; break;
    case 'sg': out = [st, ', ', ci, ` ${a.postal}`]; break;
    case 'box': out = [st, ', ', ci, a.postal ? `, ${a.postal}` : '']; break;
    default: out = [st, `, ${a.postal} `, ci];
  }
  if (withCountry) out.push(', ', co);
  return out.filter((x) => x !== '');
}
// Address as lines (array of arrays of pieces) for labels and letters.
export function addrBlock(a, withCountry = true) {
  const st = P('LOCATION', a.street), ci = P('LOCATION', a.city), co = P('LOCATION', a.country);
  const lines = [];
  if (a.run) {
    lines.push([a.loc === 'JP' ? `〒${a.postal}` : a.postal]);
    lines.push([st]);
  } else switch (a.fmt) {
    case 'us': lines.push([st], [ci, `, ${a.region} ${a.postal}`]); break;
    case 'gb': lines.push([st], [ci], [a.postal]); break;
    case 'au': lines.push([st], [ci, ` ${a.region} ${a.postal}`]); break;
    case 'fr': lines.push([st], [`${a.postal} `, a.loc === 'FR' ? P('LOCATION', a.city.toUpperCase()) : ci]); break;
    case 'it': lines.push([st], [`${a.postal} `, ci, ` (${a.region})`]); break;
    case 'hu': lines.push([ci], [st], [a.postal]); break;
    case 'ru': lines.push([st], [ci], [a.postal]); break;
    case 'br': lines.push([st], [ci, ` - ${a.region}`], [`CEP ${a.postal}`]); break;
    case 'box': lines.push([st], [ci]); if (a.postal) lines.push([a.postal]); break;
    case 'in': case 'th': case 'sg': lines.push([st], [ci, a.postal ? ` ${a.postal}` : '']); break;
    default: lines.push([st], [`${a.postal} `, ci]);
  }
  if (withCountry) lines.push([co]);
  return lines.map((l) => l.filter((x) => x !== ''));
}

export function makePerson(rng, opts = {}) {
  const culture = opts.culture || pickCulture(rng, opts.cultures);
  const name = makeName(rng, culture, opts.gender);
  let loc = opts.loc || name.loc;
  if (!opts.loc && rng.chance(0.15)) loc = rng.pick(Object.keys(LOCALES));
  const native = opts.native ?? (name.nonLatin ? rng.chance(0.65) : true);
  const display = native ? name.full : name.roman;
  const phone = makePhone(rng, PHONE_PLANS[loc] ? loc : 'US');
  const addrNative = opts.addrNative ?? (LOCALES[loc].lang === 'en' ? true : native || rng.chance(0.5));
  return {
    ...name, display, loc, native,
    email: emailFor(rng, name, opts.domain),
    phone, phoneStr: rng.chance(0.5) ? phone.international : phone.national,
    addr: makeAddress(rng, loc, addrNative),
  };
}

// ---------------- cards
export const CARD_BRANDS = {
  visa: { len: 16, iin: (r) => '4' + r.digits(5) },
  mastercard: { len: 16, iin: (r) => (r.chance(0.7) ? String(r.int(51, 55)) + r.digits(4) : String(r.int(2221, 2720)) + r.digits(2)) },
  amex: { len: 15, iin: (r) => r.pick(['34', '37']) + r.digits(4) },
  discover: { len: 16, iin: (r) => r.pick(['6011' + r.digits(2), String(r.int(644, 649)) + r.digits(3), '65' + r.digits(4)]) },
  jcb: { len: 16, iin: (r) => String(r.int(3528, 3589)) + r.digits(2) },
  diners: { len: 14, iin: (r) => (r.chance(0.5) ? '36' + r.digits(4) : String(r.int(300, 305)) + r.digits(3)) },
};
export function cardBrandOf(d) {
  if (/^4\d{15}$/.test(d)) return 'visa';
  if (/^5[1-5]\d{14}$/.test(d)) return 'mastercard';
  if (/^2\d{15}$/.test(d) && Number(d.slice(0, 4)) >= 2221 && Number(d.slice(0, 4)) <= 2720) return 'mastercard';
  if (/^3[47]\d{13}$/.test(d)) return 'amex';
  if (/^(6011\d{12}|64[4-9]\d{13}|65\d{14})$/.test(d)) return 'discover';
  if (/^35\d{14}$/.test(d) && Number(d.slice(0, 4)) >= 3528 && Number(d.slice(0, 4)) <= 3589) return 'jcb';
  if (/^(36\d{12}|30[0-5]\d{11})$/.test(d)) return 'diners';
  return null;
}
export const TEST_CARDS = ['4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210', '5105105105105100', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '3056930009020004', '36227206271667', '3566002020360505', '4111111111111111', '4012888888881881', '5454545454545454', '4000000000000002', '4000000000009995'];
export function formatCard(rng, d, style) {
  style = style || rng.pick(['plain', 'space', 'space', 'dash']);
  if (style === 'plain') return d;
  const sep = style === 'dash' ? '-' : ' ';
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{1,4}/g).join(sep);
}
export function makeCard(rng, brand) {
  brand = brand || rng.weighted([[5, 'visa'], [4, 'mastercard'], [2, 'amex'], [1, 'discover'], [1, 'jcb'], [1, 'diners']]);
  const b = CARD_BRANDS[brand];
  for (;;) {
    const iin = b.iin(rng);
    const d = luhnComplete(iin + rng.digits(b.len - iin.length - 1));
    if (!TEST_CARDS.includes(d) && !/(\d)\1{5}/.test(d)) return { digits: d, brand };
  }
}
export function makeInvalidCard(rng) {
  const { digits } = makeCard(rng);
  const last = Number(digits.at(-1));
  const bad = digits.slice(0, -1) + String((last + rng.int(1, 9)) % 10);
  return luhnValid(bad) ? makeInvalidCard(rng) : bad;
}

// ---------------- IBAN
const BBAN = {
  DE: 'n8n10', GB: 'a4n6n8', FR: 'n5n5n11n2', ES: 'n4n4n2n10', IT: 'a1n5n5c12', NL: 'a4n10', BE: 'n3n7n2', CH: 'n5c12',
  AT: 'n5n11', PL: 'n8n16', PT: 'n4n4n11n2', IE: 'a4n6n8', SE: 'n3n17', NO: 'n4n6n1', DK: 'n4n9n1', FI: 'n6n7n1',
  GR: 'n3n4c16', CZ: 'n4n6n10', HU: 'n3n4n1n15n1', RO: 'a4c16', TR: 'n5n1c16', SA: 'n2c18', AE: 'n3n16', IL: 'n3n3n13',
  LU: 'n3c13', BR: 'n8n5n10a1c1', UA: 'n6c19',
};
const BANK_LETTERS = { GB: ['BARC', 'LOYD', 'MIDL', 'NWBK', 'HBUK', 'MONZ', 'SRLG'], NL: ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB'], IE: ['AIBK', 'BOFI', 'IPBS'], RO: ['BTRL', 'RNCB', 'BRDE', 'INGB'] };
export function makeIban(rng, country) {
  country = country || rng.pick(Object.keys(BBAN));
  const spec = BBAN[country];
  let bban = '';
  for (const m of spec.matchAll(/([anc])(\d+)/g)) {
    const n = Number(m[2]);
    if (m[1] === 'n') bban += rng.digits(n);
    else if (m[1] === 'a') bban += BANK_LETTERS[country] && n === 4 ? rng.pick(BANK_LETTERS[country]) : rng.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n);
    else bban += rng.chance(0.7) ? rng.digits(n) : rng.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n);
  }
  if (country === 'BE') { const ten = bban.slice(0, 10); const k = Number(BigInt(ten) % 97n) || 97; bban = ten + String(k).padStart(2, '0'); }
  if (country === 'TR') bban = bban.slice(0, 5) + '0' + bban.slice(6);
  const iban = country + ibanCheckDigits(country, bban) + bban;
  if (iban.length !== IBAN_LENGTHS[country]) throw new Error('iban length ' + country);
  return iban;
}
export const groupIban = (s) => s.match(/.{1,4}/g).join(' ');
export function makeInvalidIban(rng, country) {
  const good = makeIban(rng, country);
  for (;;) {
    const ck = String(rng.int(2, 98)).padStart(2, '0');
    const bad = good.slice(0, 2) + ck + good.slice(4);
    if (!ibanMod97Ok(bad)) return bad;
  }
}
export const IBAN_COUNTRIES = Object.keys(BBAN);

// ---------------- US identifiers
export function makeSsn(rng, style) {
  let area;
  do { area = rng.int(1, 899); } while (area === 666);
  const g = rng.int(1, 99), s = rng.int(1, 9999);
  const A = String(area).padStart(3, '0'), G = String(g).padStart(2, '0'), S = String(s).padStart(4, '0');
  if (`${A}${G}${S}` === '078051120' || `${A}${G}${S}` === '123456789') return makeSsn(rng, style);
  style = style || rng.weighted([[8, 'dash'], [1, 'space'], [1, 'plain']]);
  return style === 'dash' ? `${A}-${G}-${S}` : style === 'space' ? `${A} ${G} ${S}` : `${A}${G}${S}`;
}
export function makeInvalidSsn(rng) {
  const kind = rng.pick(['000', '666', '9xx', 'g00', 's0000']);
  const A = kind === '000' ? '000' : kind === '666' ? '666' : kind === '9xx' ? String(rng.int(900, 999)) : String(rng.int(100, 665)).padStart(3, '0');
  const G = kind === 'g00' ? '00' : String(rng.int(1, 99)).padStart(2, '0');
  const S = kind === 's0000' ? '0000' : String(rng.int(1, 9999)).padStart(4, '0');
  return `${A}-${G}-${S}`;
}
export function makeItin(rng) {
  const groups = [];
  for (let g = 50; g <= 65; g++) groups.push(g);
  for (let g = 70; g <= 88; g++) groups.push(g);
  groups.push(90, 91, 92, 94, 95, 96, 97, 98, 99);
  return `9${rng.digits(2)}-${rng.pick(groups)}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
}
export function makePassport(rng) {
  return rng.chance(0.6) ? String(rng.int(1, 9)) + rng.digits(8) : rng.pick(['A', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'X', 'Z']) + rng.digits(8);
}
const L1 = (r) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1);
export const DL_FORMATS = {
  CA: (r) => L1(r) + r.digits(7),
  NY: (r) => { const d = r.digits(9); return r.chance(0.5) ? d : `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`; },
  FL: (r) => { const d = r.digits(12); return `${L1(r)}${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8, 11)}-${d.slice(11)}`; },
  TX: (r) => String(r.int(1, 4)) + r.digits(7),
  IL: (r) => { const d = r.digits(11); return `${L1(r)}${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`; },
  WA: (r) => 'WDL' + r.str('ABCDEFGHJKLMNPRSTVWXYZ', 4) + r.digits(3) + r.str('ABCDEFGHJKLMNPRSTVWXYZ0123456789', 2),
  PA: (r) => { const d = r.digits(8); return `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`; },
  NJ: (r) => { const d = r.digits(14); return `${L1(r)}${d.slice(0, 4)} ${d.slice(4, 9)} ${d.slice(9)}`; },
  MI: (r) => { const d = r.digits(12); return `${L1(r)} ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)} ${d.slice(9)}`; },
  OH: (r) => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2) + r.digits(6),
  GA: (r) => String(r.int(0, 1)) + r.digits(8),
  AZ: (r) => L1(r) + r.digits(8),
  CO: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`,
  MA: (r) => 'S' + r.digits(8),
};
export function makeDriverLicense(rng, state) {
  state = state || rng.pick(Object.keys(DL_FORMATS));
  return { state, number: DL_FORMATS[state](rng) };
}
export function makeRouting(rng) {
  const pre = String(rng.pick([rng.int(1, 12), rng.int(21, 32)])).padStart(2, '0');
  for (;;) {
    const d = pre + rng.digits(6);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * w[i];
    const c = (10 - (s % 10)) % 10;
    return d + c;
  }
}
export function makeBankAccount(rng) { return String(rng.int(1, 9)) + rng.digits(rng.int(7, 16)); }

// ---------------- medical
const DEA_TYPES = ['A', 'B', 'F', 'G', 'M', 'P', 'R'];
export function makeDea(rng, surnameRoman) {
  const s = stripMarks(surnameRoman || '').toUpperCase().replace(/[^A-Z]/g, '');
  const second = s && rng.chance(0.9) ? s[0] : '9';
  const six = rng.digits(6);
  return rng.pick(DEA_TYPES) + second + six + deaCheckDigit(six);
}
export function makeNhs(rng, style) {
  for (;;) {
    const first = rng.chance(0.5) ? String(rng.int(400, 499)) : String(rng.int(600, 799));
    const nine = first + rng.digits(6);
    const c = nhsCheckDigit(nine);
    if (c === null) continue;
    const d = nine + c;
    style = style || rng.weighted([[6, 'space'], [3, 'plain'], [1, 'dash']]);
    return style === 'space' ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : style === 'dash' ? `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` : d;
  }
}
export function makeInvalidNhs(rng) {
  for (;;) {
    const nine = String(rng.int(400, 799)) + rng.digits(6);
    const c = nhsCheckDigit(nine);
    const bad = c === null ? nine + rng.int(0, 9) : nine + ((c + rng.int(1, 9)) % 10);
    const d = bad;
    if (c !== null && Number(d[9]) === c) continue;
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}

// ---------------- crypto
export function makeBtc(rng, kind) {
  kind = kind || rng.weighted([[3, 'p2pkh'], [2, 'p2sh'], [4, 'p2wpkh'], [1, 'p2tr']]);
  if (kind === 'p2pkh') return base58check(Buffer.concat([Buffer.from([0x00]), rng.bytes(20)]));
  if (kind === 'p2sh') return base58check(Buffer.concat([Buffer.from([0x05]), rng.bytes(20)]));
  if (kind === 'p2wpkh') return bech32Encode('bc', [0, ...convertBits(rng.bytes(20), 8, 5, true)], 'bech32');
  return bech32Encode('bc', [1, ...convertBits(rng.bytes(32), 8, 5, true)], 'bech32m');
}

// ---------------- IP addresses
function publicV4(rng) {
  for (;;) {
    const a = rng.int(1, 223);
    const b = rng.int(0, 255);
    if ([0, 10, 127].includes(a) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19))) continue;
    return `${a}.${b}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }
}
export function makeClientIp(rng, kind) {
  kind = kind || rng.weighted([[5, 'pub4'], [2, 'doc4'], [1, 'priv4'], [2, 'v6']]);
  if (kind === 'pub4') return publicV4(rng);
  if (kind === 'doc4') return `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
  if (kind === 'priv4') return rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`]);
  const g = () => rng.hex(rng.int(1, 4)).replace(/^0+(?=.)/, '');
  const pre = rng.pick(['2001:db8', `2a0${rng.int(1, 9)}:${g()}`, `240${rng.int(1, 9)}:${g()}`, `2600:${g()}`, `2804:${g()}`]);
  return rng.chance(0.5) ? `${pre}:${g()}:${g()}::${g()}` : `${pre}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
}
