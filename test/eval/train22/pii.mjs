// PII value generators (all synthetic, format-valid).
import { A } from './prng.mjs';
import {
  luhnDigit, luhnValid, CARD_BRANDS, IBAN_LEN, ibanCheckDigits, ibanMod97, itinGroupOk, nhsCheck, DEA_FIRST,
  deaCheckDigit, b58checkEncode, bech32Encode, convertBits, cardBrandOf,
} from './checks.mjs';
import { CULTURES, makePerson, asciiFold, ROMAN_HANDLES } from './names.mjs';
import { PLANS, CC_PLANS, phone as phoneFmt } from './phones.mjs';

export const VENDOR_TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '3566002020360505', '5105105105105100', '4000056655665556', '2223003122003222', '36227206271667', '4012888888881881', '371449635398431', '6011000990139424', '30569309025904'];

// ---------- cards ----------
const BRAND_PREFIX = {
  visa: (r) => ({ p: '4' + r.digits(5), len: r.pick([16, 16, 16, 16, 13, 19]) }),
  mastercard: (r) => (r.chance(0.3) ? { p: String(r.int(2221, 2720)) + r.digits(2), len: 16 } : { p: String(r.int(51, 55)) + r.digits(4), len: 16 }),
  amex: (r) => ({ p: r.pick(['34', '37']) + r.digits(4), len: 15 }),
  discover: (r) => ({ p: r.pick(['6011' + r.digits(2), '65' + r.digits(4), String(r.int(644, 649)) + r.digits(3)]), len: 16 }),
  jcb: (r) => ({ p: String(r.int(3528, 3589)) + r.digits(2), len: 16 }),
  diners: (r) => ({ p: r.pick(['36' + r.digits(4), '38' + r.digits(4), '30' + r.int(0, 5) + r.digits(3)]), len: 14 }),
  unionpay: (r) => ({ p: '62' + r.pick(['12', '22', '48', '82']) + r.digits(2), len: 16 }),
  mir: (r) => ({ p: '220' + r.int(0, 4) + r.digits(2), len: 16 }),
};
export function cardDigits(r, brand) {
  brand = brand || r.weighted([[10, 'visa'], [8, 'mastercard'], [4, 'amex'], [2, 'discover'], [2, 'jcb'], [1, 'diners'], [1, 'unionpay'], [1, 'mir']]);
  for (;;) {
    const { p, len } = BRAND_PREFIX[brand](r);
    const body = p + r.digits(len - p.length - 1);
    const d = body + luhnDigit(body);
    if (!VENDOR_TEST_CARDS.includes(d) && cardBrandOf(d)) return d;
  }
}
export function fmtCard(r, d, style) {
  style = style ?? r.pick(['space', 'space', 'dash', 'none']);
  if (style === 'none') return d;
  const sep = style === 'dash' ? '-' : ' ';
  let groups;
  if (d.length === 15) groups = [4, 6, 5];
  else if (d.length === 14) groups = [4, 6, 4];
  else if (d.length === 13) groups = [4, 4, 5];
  else if (d.length === 19) groups = [4, 4, 4, 4, 3];
  else groups = [4, 4, 4, 4];
  const out = []; let i = 0;
  for (const g of groups) { out.push(d.slice(i, i + g)); i += g; }
  return out.join(sep);
}
export function card(r, brand, style) { return fmtCard(r, cardDigits(r, brand), style); }
export function invalidCard(r) {
  const d = cardDigits(r);
  const last = (+d[d.length - 1] + r.int(1, 9)) % 10;
  const bad = d.slice(0, -1) + last;
  return fmtCard(r, bad);
}

// ---------- IBAN ----------
const BBAN = {
  DE: 'n18', AT: 'n16', BE: 'n12', BG: 'a4n6c8', CH: 'n5c12', CZ: 'n20', DK: 'n14', EE: 'n16', ES: 'n20', FI: 'n14', FR: 'n10c11n2',
  GB: 'a4n14', GR: 'n7c16', HR: 'n17', HU: 'n24', IE: 'a4n14', IT: 'a1n10c12', LT: 'n16', LV: 'a4c13', NL: 'a4n10', NO: 'n11',
  PL: 'n24', PT: 'n21', RO: 'a4c16', SE: 'n20', SI: 'n15', SK: 'n20', TR: 'n5n1c16', UA: 'n6c19', GE: 'a2n16', IL: 'n19', SA: 'n2c18',
  AE: 'n19', EG: 'n25', LU: 'n3c13', IS: 'n22', CY: 'n8c16', MT: 'a4n5c18', RS: 'n18', IE2: '', BA: 'n16', ME: 'n18', AL: 'n8c16',
  AZ: 'a4c20', BR: 'n23a1c1', PK: 'a4c16', JO: 'a4n4c18', QA: 'a4c21', KW: 'a4c22', MC: 'n10c11n2', LI: 'n5c12', TN: 'n20', KZ: 'n3c13',
};
function bbanFrom(r, spec) {
  let out = '';
  for (const [, t, n] of spec.matchAll(/([anc])(\d+)/g)) {
    const k = +n;
    if (t === 'a') out += r.str(A.UP, k);
    else if (t === 'n') out += r.digits(k);
    else out += r.chance(0.8) ? r.digits(k) : r.str(A.UPALNUM, k);
  }
  return out;
}
export const IBAN_COUNTRIES = Object.keys(BBAN).filter((c) => BBAN[c] && IBAN_LEN[c]);
export function ibanCompact(r, cc) {
  if (!cc || !IBAN_COUNTRIES.includes(cc)) cc = r.pick(IBAN_COUNTRIES);
  const bban = bbanFrom(r, BBAN[cc]);
  const s = cc + ibanCheckDigits(cc, bban) + bban;
  if (s.length !== IBAN_LEN[cc]) throw new Error('iban length ' + cc);
  return s;
}
export function fmtIban(r, s, style) {
  style = style ?? r.pick(['space', 'space', 'none']);
  return style === 'none' ? s : s.match(/.{1,4}/g).join(' ');
}
export function iban(r, cc, style) { return fmtIban(r, ibanCompact(r, cc), style); }
export function invalidIban(r, cc) {
  const s = ibanCompact(r, cc);
  let ck = +s.slice(2, 4);
  let bad;
  do { ck = (ck + r.int(1, 96)) % 97 + 2; bad = s.slice(0, 2) + String(ck).padStart(2, '0') + s.slice(4); } while (ibanMod97(bad) === 1);
  return fmtIban(r, bad);
}

// ---------- US identifiers ----------
export function ssnDigits(r) {
  let area;
  do { area = r.int(1, 899); } while (area === 666);
  return String(area).padStart(3, '0') + String(r.int(1, 99)).padStart(2, '0') + String(r.int(1, 9999)).padStart(4, '0');
}
const fmtSsnLike = (r, d, style) => {
  style = style ?? r.weighted([[6, 'dash'], [2, 'space'], [1, 'none']]);
  if (style === 'none') return d;
  const s = style === 'dash' ? '-' : ' ';
  return d.slice(0, 3) + s + d.slice(3, 5) + s + d.slice(5);
};
export function ssn(r, style) { return fmtSsnLike(r, ssnDigits(r), style); }
export function invalidSsn(r) {
  const k = r.int(0, 4);
  let d = ssnDigits(r);
  if (k === 0) d = '000' + d.slice(3);
  else if (k === 1) d = '666' + d.slice(3);
  else if (k === 2) d = String(r.int(900, 999)) + d.slice(3);
  else if (k === 3) d = d.slice(0, 3) + '00' + d.slice(5);
  else d = d.slice(0, 5) + '0000';
  // area 9xx with a valid ITIN group would be an ITIN, not an invalid SSN
  if (k === 2 && itinGroupOk(+d.slice(3, 5))) d = d.slice(0, 3) + String(r.pick([10, 20, 30, 40, 45, 66, 69, 89, 93])) + d.slice(5);
  return fmtSsnLike(r, d, 'dash');
}
export function itin(r, style) {
  let g;
  do { g = r.int(50, 99); } while (!itinGroupOk(g));
  return fmtSsnLike(r, '9' + r.digits(2) + String(g) + r.digits(3) + String(r.int(1, 9)), style);
}
export function passport(r) {
  return r.chance(0.7) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'C', 'E', 'H', 'J', 'K', 'M', 'N', 'P', 'X', 'Z']) + r.digits(8);
}
export const DL_STATES = {
  CA: (r) => r.str(A.UP, 1) + r.digits(7),
  NY: (r) => (r.chance(0.5) ? r.digits(9) : `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`),
  FL: (r) => `${r.str(A.UP, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`,
  TX: (r) => r.digits(8),
  IL: (r) => `${r.str(A.UP, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`,
  WA: (r) => 'WDL' + r.str(A.UPALNUM, 9),
  PA: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  OH: (r) => r.str(A.UP, 2) + r.digits(6),
  NJ: (r) => `${r.str(A.UP, 1)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`,
  MI: (r) => `${r.str(A.UP, 1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  MA: (r) => 'S' + r.digits(8),
  AZ: (r) => r.str(A.UP, 1) + r.digits(8),
  CO: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`,
  GA: (r) => r.digits(9),
};
export function driverLicense(r, st) { st = st || r.pick(Object.keys(DL_STATES)); return { v: DL_STATES[st](r), st }; }
export function bankNumber(r) { return r.digits(r.pick([8, 9, 10, 10, 11, 12, 12, 14, 17])).replace(/^0/, String(r.int(1, 9))); }
export function abaRouting(r) {
  for (;;) {
    const d = r.pick(['0', '1', '2', '3']) + r.digits(7);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    const s = [...d].reduce((a, c, i) => a + +c * w[i], 0);
    const ck = (10 - (s % 10)) % 10;
    return d + ck;
  }
}

// ---------- UK NHS / DEA ----------
export function nhsDigits(r) {
  for (;;) {
    const nine = String(r.int(4, 9)) + r.digits(8);
    const c = nhsCheck(nine);
    if (c >= 0) return nine + c;
  }
}
export function fmtNhs(r, d, style) {
  style = style ?? r.pick(['space', 'space', 'dash', 'none']);
  if (style === 'none') return d;
  const s = style === 'dash' ? '-' : ' ';
  return d.slice(0, 3) + s + d.slice(3, 6) + s + d.slice(6);
}
export function nhs(r, style) { return fmtNhs(r, nhsDigits(r), style); }
export function invalidNhs(r) {
  for (;;) {
    const nine = String(r.int(4, 9)) + r.digits(8);
    const c = nhsCheck(nine);
    const bad = c < 0 ? r.int(0, 9) : (c + r.int(1, 9)) % 10;
    if (c >= 0 && bad === c) continue;
    return fmtNhs(r, nine + bad);
  }
}
export function dea(r, surname) {
  const first = r.pick('ABFGM'.split('').filter((c) => DEA_FIRST.includes(c)));
  let second = surname ? asciiFold(surname).replace(/[^A-Za-z]/g, '').slice(0, 1).toUpperCase() : '';
  if (!/^[A-Z]$/.test(second)) second = r.chance(0.15) ? '9' : r.str(A.UP, 1);
  const six = r.digits(6);
  return first + second + six + deaCheckDigit(six);
}
export function invalidDea(r) {
  const d = dea(r);
  const bad = (+d[8] + r.int(1, 9)) % 10;
  return d.slice(0, 8) + bad;
}

// ---------- crypto ----------
export function btc(r, kind) {
  kind = kind || r.weighted([[3, 'p2pkh'], [2, 'p2sh'], [4, 'p2wpkh'], [1, 'p2wsh'], [2, 'p2tr']]);
  if (kind === 'p2pkh') return b58checkEncode(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
  if (kind === 'p2sh') return b58checkEncode(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
  if (kind === 'p2wpkh') return bech32Encode('bc', [0, ...convertBits(r.bytes(20), 8, 5, true)], '1');
  if (kind === 'p2wsh') return bech32Encode('bc', [0, ...convertBits(r.bytes(32), 8, 5, true)], '1');
  return bech32Encode('bc', [1, ...convertBits(r.bytes(32), 8, 5, true)], 'm');
}

// ---------- network ----------
export function ip4Public(r) {
  for (;;) {
    const a = r.int(1, 223);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203, 224].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}
export function ip4Doc(r) { return `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`; }
export function ip4Private(r) {
  return r.pick([
    () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `192.168.${r.int(0, 255)}.${r.int(1, 254)}`,
  ])();
}
export function ip6(r) {
  const h = () => r.int(0, 0xffff).toString(16);
  if (r.chance(0.4)) return `2001:db8:${h()}:${h()}::${h()}`;
  const pre = r.pick(['2a02', '2a01', '2600', '2604', '2001:4860', '2a00', '2406', '2c0f']);
  const n = 8 - pre.split(':').length;
  const parts = Array.from({ length: n }, h);
  if (r.chance(0.5)) return `${pre}:${parts.slice(0, 3).join(':')}::${parts[n - 1]}`;
  return `${pre}:${parts.join(':')}`;
}
export function clientIp(r) { return r.weighted([[5, () => ip4Public(r)], [2, () => ip4Doc(r)], [2, () => ip4Private(r)], [2, () => ip6(r)]])(); }

// ---------- e-mail ----------
const DOM_A = ['post', 'mail', 'inbox', 'correo', 'poczta', 'posta', 'pochta', 'sahkoposti', 'postur', 'mektup', 'doar', 'yubin', 'meel', 'barua', 'surat'];
const DOM_B = ['example', 'example', 'example', 'test', 'test', 'invalid'];
const ORG = ['nordwind', 'kestrel-labs', 'bluefjord', 'acme-logistics', 'vistula-soft', 'harbourline', 'tatra-dev', 'sakura-trading', 'oakridge-clinic', 'meridian-bank', 'lumen-hr', 'cobalt-crm', 'riverstone', 'polaris-health', 'andes-retail', 'kilnworks', 'quayside', 'baobab-group', 'zenit-studio', 'volga-data'];
export function emailDomain(r) {
  return r.weighted([
    [4, () => `${r.pick(DOM_A)}.${r.pick(DOM_B)}`],
    [4, () => `${r.pick(ORG)}.${r.pick(DOM_B)}`],
    [1, () => `${r.pick(['eu', 'hq', 'staff', 'mx', 'students', 'alumni'])}.${r.pick(ORG)}.${r.pick(DOM_B)}`],
  ])();
}
export function emailFor(r, person) {
  let given = '', family = '';
  if (person && /^[A-Za-z\u00c0-\u024f' .-]+$/.test(person.given + person.family)) {
    given = asciiFold(person.given).toLowerCase().replace(/[ ']/g, '');
    family = asciiFold(person.family).toLowerCase().replace(/[ ']/g, '');
  }
  let local;
  if (!given || !family) local = r.pick(ROMAN_HANDLES) + (r.chance(0.5) ? String(r.int(1, 99)) : '');
  else local = r.pick([
    `${given}.${family}`, `${given[0]}${family}`, `${given}_${family}`, `${family}.${given}`, `${given}${r.int(70, 99)}`,
    `${given}.${family}+${r.pick(['news', 'shop', 'crm', 'jobs'])}`, `${given[0]}.${family}`, `${family}${given[0]}`, `${given}-${family}`,
  ]);
  local = local.replace(/[^a-z0-9._+-]/g, '').replace(/^\.+|\.+$/g, '') || 'user' + r.int(1, 999);
  return `${local}@${emailDomain(r)}`;
}

// ---------- people & phones ----------
export const CULTURE_CODES = Object.keys(CULTURES);
export function person(r, culture, gender) { return makePerson(r, culture || r.pick(CULTURE_CODES), gender); }
export function phoneFor(r, cc, style) {
  const plans = CC_PLANS[cc] || [r.pick(Object.keys(PLANS))];
  return phoneFmt(r, r.pick(plans), style);
}
export function phoneAny(r, style) { return phoneFmt(r, r.pick(Object.keys(PLANS)), style); }

// ---------- addresses (street line, city, postal code, country) ----------
const STREETS = {
  PL: { st: ['ul. Długa', 'ul. Ogrodowa', 'al. Jerozolimskie', 'ul. Zielna', 'ul. Kwiatowa', 'os. Złotego Wieku'], fmt: (r, s) => `${s} ${r.int(1, 180)}${r.chance(0.5) ? '/' + r.int(1, 60) : ''}`, city: ['Warszawa', 'Kraków', 'Łódź', 'Poznań', 'Lublin', 'Białystok'], zip: (r) => `${r.digits(2)}-${r.digits(3)}`, country: 'Polska' },
  DE: { st: ['Bergmannstraße', 'Lindenallee', 'Am Kupfergraben', 'Schillerstr.', 'Hauptstraße', 'Weidenweg'], fmt: (r, s) => `${s} ${r.int(1, 140)}${r.chance(0.2) ? r.pick(['a', 'b']) : ''}`, city: ['Berlin', 'Hamburg', 'München', 'Köln', 'Dresden', 'Bremen'], zip: (r) => r.digits(5), country: 'Deutschland' },
  FR: { st: ['rue des Martyrs', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la Paix', 'impasse des Lilas'], fmt: (r, s) => `${r.int(1, 120)}${r.chance(0.2) ? ' bis' : ''} ${s}`, city: ['Paris', 'Lyon', 'Nantes', 'Toulouse', 'Lille'], zip: (r) => String(r.int(10, 95)) + r.digits(3), country: 'France' },
  ES: { st: ['Calle de Embajadores', 'Avenida de la Constitución', 'Carrer de Verdi', 'Calle Mayor'], fmt: (r, s) => `${s} ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}`, city: ['Madrid', 'Barcelona', 'Valencia', 'Bilbao', 'Zaragoza'], zip: (r) => String(r.int(1, 52)).padStart(2, '0') + r.digits(3), country: 'España' },
  IT: { st: ['Via del Moro', 'Corso Buenos Aires', 'Via Roma', 'Piazza Garibaldi', 'Vicolo del Cinque'], fmt: (r, s) => `${s} ${r.int(1, 150)}`, city: ['Roma', 'Milano', 'Torino', 'Napoli', 'Bologna'], zip: (r) => r.digits(5), country: 'Italia' },
  GB: { st: ['Albert Road', 'Church Lane', 'Victoria Street', 'Mill Close', 'Station Approach', 'Kingsway'], fmt: (r, s) => `${r.pick(['', 'Flat ' + r.int(1, 20) + ', '])}${r.int(1, 220)} ${s}`, city: ['London', 'Leeds', 'Bristol', 'Glasgow', 'Cardiff', 'Norwich'], zip: (r) => `${r.pick(['SW', 'N', 'LS', 'BS', 'G', 'CF', 'NR'])}${r.int(1, 20)} ${r.int(1, 9)}${r.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`, country: 'United Kingdom' },
  US: { st: ['Maple Ave', 'Oak Street', 'Sunset Blvd', 'Lakeview Dr', 'Elm Ct', 'Pine Ridge Rd'], fmt: (r, s) => `${r.int(10, 9999)} ${s}${r.chance(0.3) ? ' Apt ' + r.int(1, 30) + r.pick(['A', 'B', '']) : ''}`, city: ['Springfield', 'Austin', 'Portland', 'Columbus', 'Raleigh', 'Tucson'], zip: (r) => r.digits(5), country: 'USA' },
  NL: { st: ['Prinsengracht', 'Kerkstraat', 'Oudegracht', 'Molenweg'], fmt: (r, s) => `${s} ${r.int(1, 400)}${r.chance(0.3) ? '-' + r.int(1, 3) : ''}`, city: ['Amsterdam', 'Utrecht', 'Rotterdam', 'Groningen'], zip: (r) => `${r.int(1000, 9999)} ${r.str(A.UP, 2)}`, country: 'Nederland' },
  CZ: { st: ['Vinohradská', 'Korunní', 'Údolní', 'Masarykova'], fmt: (r, s) => `${s} ${r.int(100, 2500)}/${r.int(1, 240)}`, city: ['Praha', 'Brno', 'Ostrava', 'Plzeň'], zip: (r) => `${r.digits(3)} ${r.digits(2)}`, country: 'Česko' },
  RU: { st: ['ул. Маросейка', 'Невский пр.', 'ул. Ленина', 'пер. Сивцев Вражек'], fmt: (r, s) => `${s}, д. ${r.int(1, 120)}, кв. ${r.int(1, 300)}`, city: ['Москва', 'Санкт-Петербург', 'Новосибирск', 'Казань'], zip: (r) => '1' + r.digits(5), country: 'Россия' },
  UA: { st: ['вул. Хрещатик', 'вул. Січових Стрільців', 'просп. Перемоги'], fmt: (r, s) => `${s}, ${r.int(1, 90)}, кв. ${r.int(1, 200)}`, city: ['Київ', 'Львів', 'Одеса', 'Дніпро'], zip: (r) => r.digits(5), country: 'Україна' },
  TR: { st: ['Bağdat Caddesi', 'Moda Cad.', 'İstiklal Caddesi', 'Atatürk Bulvarı'], fmt: (r, s) => `${s} No: ${r.int(1, 300)} D: ${r.int(1, 20)}`, city: ['İstanbul', 'Ankara', 'İzmir', 'Bursa'], zip: (r) => r.digits(5), country: 'Türkiye' },
  JP: { st: ['北沢', '神宮前', '中央', '栄'], fmt: (r, s) => `${s}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`, city: ['世田谷区', '渋谷区', '名古屋市中区', '札幌市中央区'], zip: (r) => `${r.digits(3)}-${r.digits(4)}`, country: '日本' },
  IN: { st: ['MG Road', 'Linking Road', 'Park Street', '100 Feet Road'], fmt: (r, s) => `${r.int(1, 400)}, ${s}`, city: ['Bengaluru', 'Mumbai', 'Kolkata', 'Chennai', 'Pune'], zip: (r) => String(r.int(11, 85)) + r.digits(4), country: 'India' },
  BR: { st: ['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Av. Atlântica'], fmt: (r, s) => `${s}, ${r.int(1, 3000)}${r.chance(0.4) ? ', apto ' + r.int(11, 190) : ''}`, city: ['São Paulo', 'Rio de Janeiro', 'Curitiba', 'Recife'], zip: (r) => `${r.digits(5)}-${r.digits(3)}`, country: 'Brasil' },
  HU: { st: ['Király utca', 'Bartók Béla út', 'Dob utca', 'Rákóczi út'], fmt: (r, s) => `${s} ${r.int(1, 120)}. ${r.int(1, 5)}/${r.int(1, 20)}`, city: ['Budapest', 'Debrecen', 'Szeged', 'Pécs'], zip: (r) => String(r.int(1011, 9999)), country: 'Magyarország' },
  FI: { st: ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Fleminginkatu'], fmt: (r, s) => `${s} ${r.int(1, 90)} ${r.pick(['A', 'B', 'C'])} ${r.int(1, 40)}`, city: ['Helsinki', 'Tampere', 'Turku', 'Oulu'], zip: (r) => '0' + r.digits(4), country: 'Suomi' },
  GR: { st: ['Οδός Ερμού', 'Λεωφόρος Αλεξάνδρας', 'Οδός Τσιμισκή', 'Οδός Σκουφά'], fmt: (r, s) => `${s} ${r.int(1, 200)}`, city: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο'], zip: (r) => `${r.digits(3)} ${r.digits(2)}`, country: 'Ελλάδα' },
  LT: { st: ['Gedimino pr.', 'Pilies g.', 'Laisvės al.', 'Užupio g.'], fmt: (r, s) => `${s} ${r.int(1, 90)}-${r.int(1, 40)}`, city: ['Vilnius', 'Kaunas', 'Klaipėda', 'Šiauliai'], zip: (r) => 'LT-' + r.digits(5), country: 'Lietuva' },
  HR: { st: ['Ilica', 'Vukovarska ulica', 'Savska cesta', 'Ulica kralja Zvonimira'], fmt: (r, s) => `${s} ${r.int(1, 250)}`, city: ['Zagreb', 'Split', 'Rijeka', 'Osijek'], zip: (r) => String(r.int(10000, 53999)), country: 'Hrvatska' },
  IL: { st: ['רחוב דיזנגוף', 'שדרות רוטשילד', 'רחוב יפו', 'רחוב הרצל'], fmt: (r, s) => `${s} ${r.int(1, 200)}`, city: ['תל אביב-יפו', 'ירושלים', 'חיפה', 'באר שבע'], zip: (r) => r.digits(7), country: 'ישראל' },
  EG: { st: ['شارع التحرير', 'شارع 26 يوليو', 'شارع الهرم', 'شارع طلعت حرب'], fmt: (r, s) => `${r.int(1, 99)} ${s}`, city: ['القاهرة', 'الجيزة', 'الإسكندرية'], zip: (r) => r.digits(5), country: 'مصر' },
  IR: { st: ['خیابان ولیعصر', 'خیابان انقلاب', 'خیابان شریعتی'], fmt: (r, s) => `${s}، پلاک ${r.int(1, 300)}`, city: ['تهران', 'اصفهان', 'شیراز', 'تبریز'], zip: (r) => r.digits(10), country: 'ایران' },
  TH: { st: ['ถนนสุขุมวิท', 'ถนนสีลม', 'ถนนนิมมานเหมินท์'], fmt: (r, s) => `${r.int(1, 999)}/${r.int(1, 99)} ${s}`, city: ['กรุงเทพมหานคร', 'เชียงใหม่', 'ภูเก็ต'], zip: (r) => String(r.int(10100, 96220)), country: 'ประเทศไทย' },
  CN: { st: ['建国路', '南京东路', '春熙路', '中山路'], fmt: (r, s) => `${s}${r.int(1, 999)}号${r.int(1, 30)}楼`, city: ['北京市朝阳区', '上海市黄浦区', '成都市锦江区', '杭州市西湖区'], zip: (r) => r.digits(6), country: '中国' },
  KR: { st: ['테헤란로', '세종대로', '해운대로', '올림픽로'], fmt: (r, s) => `${s} ${r.int(1, 500)}, ${r.int(101, 1999)}호`, city: ['서울특별시 강남구', '부산광역시 해운대구', '대구광역시 중구'], zip: (r) => r.digits(5), country: '대한민국' },
  GE: { st: ['რუსთაველის გამზ.', 'ჭავჭავაძის გამზ.', 'აღმაშენებლის გამზ.'], fmt: (r, s) => `${s} ${r.int(1, 150)}`, city: ['თბილისი', 'ბათუმი', 'ქუთაისი'], zip: (r) => r.digits(4), country: 'საქართველო' },
  ET: { st: ['Bole Road', 'Churchill Avenue', 'Africa Avenue'], fmt: (r, s) => `${s}, House No. ${r.int(1, 999)}`, city: ['Addis Ababa', 'Bahir Dar', 'Hawassa'], zip: (r) => r.digits(4), country: 'Ethiopia' },
  BD: { st: ['Road 27, Dhanmondi', 'Gulshan Avenue', 'Mirpur Road'], fmt: (r, s) => `House ${r.int(1, 120)}, ${s}`, city: ['Dhaka', 'Chattogram', 'Sylhet'], zip: (r) => r.digits(4), country: 'Bangladesh' },
  SE: { st: ['Götgatan', 'Drottninggatan', 'Kungsportsavenyn'], fmt: (r, s) => `${s} ${r.int(1, 120)}`, city: ['Stockholm', 'Göteborg', 'Malmö'], zip: (r) => `${r.digits(3)} ${r.digits(2)}`, country: 'Sverige' },
  PT: { st: ['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina'], fmt: (r, s) => `${s}, ${r.int(1, 300)}, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.'])}`, city: ['Lisboa', 'Porto', 'Coimbra'], zip: (r) => `${r.digits(4)}-${r.digits(3)}`, country: 'Portugal' },
};
export const ADDRESS_CCS = Object.keys(STREETS);
export function address(r, cc) {
  cc = cc && STREETS[cc] ? cc : r.pick(ADDRESS_CCS);
  const s = STREETS[cc];
  return { street: s.fmt(r, r.pick(s.st)), city: r.pick(s.city), zip: s.zip(r), country: s.country, cc };
}
export { luhnValid };
