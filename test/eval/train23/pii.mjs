// PII value generators. Every function returns a span (see doc.mjs) or plain data.
import { P } from './doc.mjs';
import { luhnDigit, luhnValid, CARD_BRANDS, IBAN_FORMATS, ibanCheckDigits, itinGroupOk, nhsCheckDigit, DEA_FIRST, deaCheckDigit, base58check, bech32Encode, convertBits } from './checksums.mjs';
import { personName, ascii, CULTURES } from './names.mjs';
import { phone as phoneNum } from './phones.mjs';

// ---------- persons ----------
export function person(r, culture, opts) { return personName(r, culture, opts); }
export const PER = (p, form) => P(form ?? p.text, 'PERSON', { culture: p.culture });
export function anyCulture(r) { return r.pick(Object.keys(CULTURES)); }

// ---------- e-mail ----------
const MAIL_DOMAINS = ['posti.example', 'mail.kotiverkko.example', 'inbox.test', 'kunde-post.example', 'correo.example', 'webmail.hogar.test',
  'stud.uni-nord.example', 'praxis-lindenhof.example', 'familie.invalid', 'skrzynka.example', 'pochta.example', 'kirjeet.test',
  'mail.nordwind.example', 'hq.acmecorp.example', 'lists.verein.test', 'support.shopfront.example', 'clinic-east.example',
  'dept.rathaus.example', 'alumni.college.test', 'leiter.schule.example', 'redaktion.tagblatt.example', 'zpravy.example',
  'office.kanzlei.example', 'posta.example', 'eposta.test', 'mail.ya-derevne.example', 'aol-like.invalid', 'yahoo-ish.example',
  'outlook-style.test', 'club.football.example', 'parish.example', 'fam-archive.test'];
export function emailFor(r, p, domain) {
  const rom = ascii(p.rom || p.text).toLowerCase().replace(/['’]/g, '');
  const parts = rom.split(/[\s-]+/).filter(Boolean);
  const g = parts[0] || 'user', f = parts[parts.length - 1] || 'x';
  const yy = String(r.int(60, 99)), n = String(r.int(1, 999));
  const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}_${f}`, `${f}.${g}`, `${g}${yy}`, `${g}.${f}${n}`, `${f}-${g[0]}`, `${g}+${r.pick(['news', 'shop', 'travel', 'work'])}`, `${g[0]}.${f}`, `${f}${g[0]}${yy}`]);
  return `${local}@${domain || r.pick(MAIL_DOMAINS)}`;
}
export function roleEmail(r) { return `${r.pick(['info', 'kontakt', 'office', 'billing', 'noreply', 'hr', 'sekretariat', 'booking'])}@${r.pick(MAIL_DOMAINS)}`; }
export const EMAIL = (t) => P(t, 'EMAIL_ADDRESS');

// ---------- phone ----------
export function PHONE(r, plan, style) { const ph = phoneNum(r, plan, style); return P(ph.text, 'PHONE_NUMBER', { plan: ph.plan }); }

// ---------- cards ----------
function cardNumber(r, brand) {
  const def = CARD_BRANDS[brand];
  const [lo, hi] = r.pick(def.ranges);
  const prefix = String(r.int(Number(lo), Number(hi))).padStart(lo.length, '0');
  const len = brand === 'visa' ? r.wpick([[10, 16], [1, 13], [1, 19]]) : brand === 'discover' || brand === 'unionpay' ? r.wpick([[9, 16], [1, 19]]) : def.lengths[0];
  const body = prefix + r.digits(len - prefix.length - 1);
  return body + luhnDigit(body);
}
export function formatCard(r, num, style) {
  style = style ?? r.wpick([[5, 'space'], [3, 'plain'], [2, 'dash']]);
  if (style === 'plain') return num;
  const sep = style === 'dash' ? '-' : ' ';
  if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  if (num.length === 14) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{1,4}/g).join(sep);
}
export function CARD(r, brand, style) {
  brand = brand ?? r.wpick([[8, 'visa'], [6, 'mastercard'], [3, 'amex'], [2, 'discover'], [2, 'jcb'], [1, 'diners'], [1, 'unionpay'], [1, 'mir']]);
  const n = cardNumber(r, brand);
  return P(formatCard(r, n, style), 'CREDIT_CARD', { brand });
}
export function invalidCardDigits(r) {
  const brand = r.pick(['visa', 'mastercard', 'amex', 'discover']);
  let n = cardNumber(r, brand);
  const last = Number(n[n.length - 1]);
  n = n.slice(0, -1) + String((last + r.int(1, 9)) % 10);
  if (luhnValid(n)) throw new Error('invalid card still valid');
  return n;
}
export const VENDOR_TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117',
  '3530111333300000', '5105105105105100', '4012888888881881', '371449635398431', '30569309025904', '6011000990139424',
  '5200828282828210', '4000056655665556', '2223003122003222', '4000000000000077', '4000002500003155', '36227206271667'];

// ---------- IBAN ----------
function bbanFor(r, cc) {
  let s = '';
  for (const m of IBAN_FORMATS[cc].matchAll(/(\d+)([nac])/g)) {
    const n = Number(m[1]);
    if (m[2] === 'n') s += r.digits(n);
    else if (m[2] === 'a') s += r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n);
    else s += r.chance(0.8) ? r.digits(n) : r.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', n);
  }
  if (cc === 'TR') s = s.slice(0, 5) + '0' + s.slice(6);
  return s;
}
export function ibanRaw(r, cc) { const bban = bbanFor(r, cc); return cc + ibanCheckDigits(cc, bban) + bban; }
export function groupIban(s) { return s.match(/.{1,4}/g).join(' '); }
export function IBAN(r, cc, grouped) {
  cc = cc ?? r.pick(['DE', 'FR', 'GB', 'ES', 'IT', 'NL', 'PL', 'FI', 'EE', 'LT', 'LV', 'CZ', 'SK', 'HU', 'GR', 'TR', 'AT', 'BE', 'PT', 'IE', 'SE', 'RO', 'BG', 'HR', 'SI', 'IL', 'AE', 'SA', 'UA', 'GE', 'RS', 'CH', 'NO', 'DK', 'EG']);
  const raw = ibanRaw(r, cc);
  grouped = grouped ?? r.chance(0.55);
  return P(grouped ? groupIban(raw) : raw, 'IBAN_CODE', { cc });
}
export function invalidIbanRaw(r, cc) {
  cc = cc ?? r.pick(['DE', 'FR', 'GB', 'NL', 'PL', 'FI', 'ES']);
  const raw = ibanRaw(r, cc);
  const cd = Number(raw.slice(2, 4));
  const bad = String(((cd - 2 + r.int(1, 90)) % 97) + 2).padStart(2, '0');
  return raw.slice(0, 2) + (bad === raw.slice(2, 4) ? String((cd % 97) + 3).padStart(2, '0') : bad) + raw.slice(4);
}

// ---------- US identifiers ----------
export function ssnDigits(r) {
  let a; do { a = r.int(1, 899); } while (a === 666);
  return [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
}
export function SSN(r, style) {
  const [a, g, s] = ssnDigits(r); style = style ?? r.wpick([[7, '-'], [2, ' '], [1, '']]);
  return P([a, g, s].join(style), 'US_SSN');
}
export function invalidSsn(r) {
  const [a, g, s] = ssnDigits(r);
  const mode = r.int(0, 4);
  if (mode === 0) return `000-${g}-${s}`;
  if (mode === 1) return `666-${g}-${s}`;
  if (mode === 2) return `9${r.digits(2)}-${String(r.pick([r.int(1, 49), r.int(66, 69), 89, 93])).padStart(2, '0')}-${s}`;
  if (mode === 3) return `${a}-00-${s}`;
  return `${a}-${g}-0000`;
}
export function ITIN(r) {
  let g; do { g = r.int(50, 99); } while (!itinGroupOk(g));
  const st = r.wpick([[8, '-'], [1, ' '], [1, '']]);
  return P(['9' + r.digits(2), String(g), r.digits(4)].join(st), 'US_ITIN');
}
export const PASSPORT = (r) => P(r.chance(0.6) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'C', 'E', 'X']) + r.digits(8), 'US_PASSPORT');
const DL_FORMATS = {
  CA: (r) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + r.digits(7), NY: (r) => r.digits(3) + ' ' + r.digits(3) + ' ' + r.digits(3),
  FL: (r) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + r.digits(3) + '-' + r.digits(3) + '-' + r.digits(2) + '-' + r.digits(3) + '-' + r.digits(1),
  TX: (r) => r.digits(8), IL: (r) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + r.digits(3) + '-' + r.digits(4) + '-' + r.digits(4),
  WA: (r) => 'WDL' + r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9), PA: (r) => r.digits(2) + ' ' + r.digits(3) + ' ' + r.digits(3),
  MI: (r) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + ' ' + r.digits(3) + ' ' + r.digits(3) + ' ' + r.digits(3) + ' ' + r.digits(3),
  OH: (r) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2) + r.digits(6), NJ: (r) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + r.digits(4) + ' ' + r.digits(5) + ' ' + r.digits(5),
  AZ: (r) => r.chars('ABDY', 1) + r.digits(8), CO: (r) => r.digits(2) + '-' + r.digits(3) + '-' + r.digits(4),
};
export function DRIVER(r, state) { state = state ?? r.pick(Object.keys(DL_FORMATS)); return P(DL_FORMATS[state](r), 'US_DRIVER_LICENSE', { state }); }
export const BANKNO = (r) => P(r.digits(r.int(8, 17)).replace(/^0/, String(r.int(1, 9))), 'US_BANK_NUMBER');
export function routing(r) { // ABA routing number (neutral, not labelled)
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const first = r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32']) + r.digits(6);
  let s = 0; for (let i = 0; i < 8; i++) s += Number(first[i]) * w[i];
  return first + String((10 - (s % 10)) % 10);
}

// ---------- medical ----------
export function DEA(r, surnameRom) {
  const letter = /^[A-Za-z]/.test(surnameRom || '') ? surnameRom[0].toUpperCase() : r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1);
  const six = r.digits(6);
  return P(r.pick(DEA_FIRST.split('')) + (r.chance(0.08) ? '9' : letter) + six + deaCheckDigit(six), 'MEDICAL_LICENSE');
}
export function invalidDea(r) {
  const six = r.digits(6); const c = Number(deaCheckDigit(six));
  return r.pick(['A', 'B', 'F', 'M']) + r.chars('ABCDEFGHIJKLMNOPRSTW', 1) + six + String((c + r.int(1, 9)) % 10);
}
function nhsDigits(r) { for (;;) { const nine = String(r.int(4, 9)) + r.digits(8); const c = nhsCheckDigit(nine); if (c !== null) return nine + c; } }
export function NHS(r, style) {
  const d = nhsDigits(r); style = style ?? r.wpick([[6, ' '], [3, ''], [1, '-']]);
  return P(style ? [d.slice(0, 3), d.slice(3, 6), d.slice(6)].join(style) : d, 'UK_NHS');
}
export function invalidNhs(r) {
  for (;;) {
    const nine = String(r.int(4, 9)) + r.digits(8); const c = nhsCheckDigit(nine);
    const bad = c === null ? r.int(0, 9) : (c + r.int(1, 9)) % 10;
    const d = nine + bad;
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}

// ---------- crypto ----------
export function BTC(r, kind) {
  kind = kind ?? r.pick(['p2pkh', 'p2sh', 'wpkh', 'wsh', 'tr']);
  let t;
  if (kind === 'p2pkh') t = base58check(0x00, r.bytes(20));
  else if (kind === 'p2sh') t = base58check(0x05, r.bytes(20));
  else if (kind === 'wpkh') t = bech32Encode('bc', [0, ...convertBits(r.bytes(20), 8, 5, true)], false);
  else if (kind === 'wsh') t = bech32Encode('bc', [0, ...convertBits(r.bytes(32), 8, 5, true)], false);
  else t = bech32Encode('bc', [1, ...convertBits(r.bytes(32), 8, 5, true)], true);
  return P(t, 'CRYPTO', { kind });
}

// ---------- IP ----------
export function publicIPv4(r) {
  for (;;) {
    const a = r.int(1, 223);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}
export function privateIPv4(r) { return r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 20)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]); }
export function ipv6(r) {
  const h = () => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2a02', '2001', '2a01', '2600', '2405', '2c0f', '2804', '2a0a']);
  return r.chance(0.5) ? `${pre}:${h()}:${h()}:${h()}::${h()}` : `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}
export function IP(r, kind) {
  kind = kind ?? r.wpick([[7, 'v4'], [2, 'v6'], [1, 'priv']]);
  return P(kind === 'v6' ? ipv6(r) : kind === 'priv' ? privateIPv4(r) : publicIPv4(r), 'IP_ADDRESS', { kind });
}

// ---------- street addresses (LOCATION) ----------
// Each country: street line builder and list of cities (nominative). Zip codes stay neutral.
export const ADDR = {
  US: { st: (r) => `${r.int(10, 9899)} ${r.pick(['Maple Ridge Dr', 'W Addison St', 'Cedar Hollow Rd', 'N Kedzie Ave', 'Elm Street', 'Lakeshore Blvd', 'Old Mill Ln', 'Pine Crest Ct'])}${r.chance(0.3) ? `, Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : ''}`, cities: ['Springfield', 'Tucson', 'Des Moines', 'Albany', 'Boise', 'Savannah', 'Fort Collins', 'Duluth', 'Asheville'], zip: (r) => r.digits(5), st2: ['IL', 'AZ', 'IA', 'NY', 'ID', 'GA', 'CO', 'MN', 'NC'] },
  GB: { st: (r) => `${r.int(1, 240)} ${r.pick(['Belmont Road', 'Hartley Close', 'Queen’s Parade', 'Mill Lane', 'Ashgrove Terrace', 'Coldharbour Way', 'St Aidan’s Walk'])}`, cities: ['Leeds', 'Norwich', 'Aberystwyth', 'Dundee', 'Stockport', 'Truro', 'Harrogate', 'Lisburn'], zip: (r) => `${r.pick(['LS', 'NR', 'SY', 'DD', 'SK', 'TR', 'HG', 'BT'])}${r.int(1, 28)} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}` },
  DE: { st: (r) => `${r.pick(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Hauptstr.', 'Gartenweg', 'Schillerplatz', 'Zur Alten Ziegelei'])} ${r.int(1, 180)}${r.pick(['', '', 'a', 'b'])}`, cities: ['Bielefeld', 'Freiburg im Breisgau', 'Görlitz', 'Lüneburg', 'Passau', 'Wuppertal', 'Jena', 'Bad Tölz'], zip: (r) => r.digits(5) },
  AT: { st: (r) => `${r.pick(['Mariahilfer Straße', 'Dorfplatz', 'Grabenweg', 'Linzer Gasse'])} ${r.int(1, 120)}${r.chance(0.4) ? '/' + r.int(1, 20) : ''}`, cities: ['Graz', 'Innsbruck', 'Villach', 'Steyr', 'Hallstatt'], zip: (r) => r.digits(4) },
  FR: { st: (r) => `${r.int(1, 220)}${r.pick(['', ' bis', ' ter'])} ${r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse du Moulin', 'boulevard Carnot', 'chemin des Vignes', 'place du Marché'])}`, cities: ['Angers', 'Besançon', 'Colmar', 'Quimper', 'Perpignan', 'Annecy', 'Roubaix'], zip: (r) => r.digits(5) },
  ES: { st: (r) => `${r.pick(['Calle de la Amargura', 'Avenida de Andalucía', 'Carrer de Provença', 'Plaza Mayor', 'Rúa do Franco', 'Paseo de la Castellana'])}, ${r.int(1, 150)}${r.chance(0.5) ? `, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'izq.', 'dcha.'])}` : ''}`, cities: ['Zaragoza', 'Cáceres', 'Lugo', 'Almería', 'Logroño', 'Girona', 'Santander'], zip: (r) => r.digits(5) },
  IT: { st: (r) => `${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Vicolo del Pozzo', 'Piazza della Loggia', 'Via dei Mille'])} ${r.int(1, 140)}`, cities: ['Bergamo', 'Lecce', 'Trento', 'Perugia', 'Matera', 'Cagliari'], zip: (r) => r.digits(5) },
  NL: { st: (r) => `${r.pick(['Prinsengracht', 'Dorpsstraat', 'Kerkpad', 'Zeeweg', 'Van Speijkstraat'])} ${r.int(1, 300)}${r.pick(['', '-2', ' A', 'hs'])}`, cities: ['Zwolle', 'Leeuwarden', 'Maastricht', 'Haarlem', 'Delft'], zip: (r) => `${r.int(1000, 9999)} ${r.chars('ABCDEFGHJKLMNPRSTVWXZ', 2)}` },
  PL: { st: (r) => `ul. ${r.pick(['Długa', 'Kwiatowa', 'Mickiewicza', 'Ogrodowa', 'Piotrkowska', 'Świętojańska'])} ${r.int(1, 120)}${r.chance(0.5) ? '/' + r.int(1, 60) : ''}`, cities: ['Łódź', 'Białystok', 'Rzeszów', 'Toruń', 'Zakopane', 'Gdynia'], zip: (r) => `${r.digits(2)}-${r.digits(3)}` },
  CZ: { st: (r) => `${r.pick(['Husova', 'Náměstí Míru', 'Palackého', 'U Potoka', 'Křížová'])} ${r.int(100, 2999)}/${r.int(1, 60)}`, cities: ['Olomouc', 'Plzeň', 'Jihlava', 'Liberec', 'Třebíč'], zip: (r) => `${r.digits(3)} ${r.digits(2)}` },
  FI: { st: (r) => `${r.pick(['Kalevankatu', 'Koivukuja', 'Rantatie', 'Hämeenkatu', 'Myllypolku'])} ${r.int(1, 80)}${r.chance(0.5) ? ` ${r.pick(['A', 'B', 'C'])} ${r.int(1, 40)}` : ''}`, cities: ['Kuopio', 'Jyväskylä', 'Vaasa', 'Rovaniemi', 'Lahti', 'Joensuu'], zip: (r) => r.digits(5) },
  SE: { st: (r) => `${r.pick(['Storgatan', 'Björkvägen', 'Kungsgatan', 'Ringvägen'])} ${r.int(1, 90)}`, cities: ['Umeå', 'Linköping', 'Västerås', 'Örebro', 'Luleå'], zip: (r) => `${r.digits(3)} ${r.digits(2)}` },
  HU: { st: (r) => `${r.pick(['Petőfi Sándor utca', 'Kossuth Lajos tér', 'Rákóczi út', 'Fő utca', 'Szent István körút'])} ${r.int(1, 90)}.`, cities: ['Debrecen', 'Szeged', 'Pécs', 'Győr', 'Eger'], zip: (r) => r.digits(4) },
  GR: { st: (r) => `${r.pick(['Οδός Ερμού', 'Λεωφόρος Συγγρού', 'Οδός Αγίου Δημητρίου', 'Πλατεία Αριστοτέλους'])} ${r.int(1, 200)}`, cities: ['Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο', 'Λάρισα', 'Ιωάννινα'], zip: (r) => `${r.digits(3)} ${r.digits(2)}` },
  TR: { st: (r) => `${r.pick(['Atatürk Cad.', 'Bağdat Caddesi', 'Cumhuriyet Mah. Lale Sk.', 'İstiklal Cd.'])} No:${r.int(1, 150)}${r.chance(0.5) ? ` D:${r.int(1, 20)}` : ''}`, cities: ['Eskişehir', 'Trabzon', 'Gaziantep', 'Bursa', 'Mersin'], zip: (r) => r.digits(5) },
  RU: { st: (r) => `ул. ${r.pick(['Ленина', 'Садовая', 'Пушкинская', 'Гагарина', 'Набережная'])}, д. ${r.int(1, 120)}${r.chance(0.6) ? `, кв. ${r.int(1, 300)}` : ''}`, cities: ['Казань', 'Екатеринбург', 'Томск', 'Калининград', 'Ярославль'], zip: (r) => r.digits(6) },
  UA: { st: (r) => `вул. ${r.pick(['Хрещатик', 'Шевченка', 'Франка', 'Соборна', 'Городоцька'])}, ${r.int(1, 150)}${r.chance(0.5) ? `, кв. ${r.int(1, 200)}` : ''}`, cities: ['Львів', 'Харків', 'Одеса', 'Вінниця', 'Чернівці'], zip: (r) => r.digits(5) },
  JP: { st: (r) => `${r.pick(['新宿区西新宿', '中央区銀座', '北区梅田', '中京区河原町', '博多区住吉'])}${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}`, cities: ['東京都', '大阪市', '京都市', '福岡市', '札幌市'], zip: (r) => `〒${r.digits(3)}-${r.digits(4)}` },
  IN: { st: (r) => `${r.int(1, 400)}, ${r.pick(['MG Road', 'Linking Road', '4th Cross, Indiranagar', 'Anna Salai', 'Park Street'])}`, cities: ['Bengaluru', 'Pune', 'Chennai', 'Kolkata', 'Jaipur'], zip: (r) => r.digits(6) },
  BR: { st: (r) => `${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Laranjeiras', 'Travessa do Comércio'])}, ${r.int(1, 3000)}${r.chance(0.4) ? ` - apto ${r.int(11, 204)}` : ''}`, cities: ['Curitiba', 'Recife', 'Belo Horizonte', 'Florianópolis', 'Manaus'], zip: (r) => `${r.digits(5)}-${r.digits(3)}` },
};
export const ADDR_CODES = Object.keys(ADDR);
export const COUNTRIES = {
  en: ['United States', 'United Kingdom', 'Germany', 'France', 'Spain', 'Italy', 'Netherlands', 'Poland', 'Czechia', 'Finland', 'Sweden', 'Hungary', 'Greece', 'Türkiye', 'Ukraine', 'Japan', 'India', 'Brazil', 'Georgia', 'Armenia', 'Ethiopia', 'Israel', 'Iran', 'Pakistan', 'Bangladesh', 'Thailand', 'South Korea', 'Estonia', 'Latvia', 'Lithuania', 'Slovakia', 'Serbia'],
};
export const LOC = (t, meta) => P(t, 'LOCATION', meta);

// ---------- balanced choice of identifier-like PII (keeps rare entities populated) ----------
export const ID_GEN = {
  CREDIT_CARD: { col: 'card_number', g: (r) => CARD(r, undefined, 'plain') }, IBAN_CODE: { col: 'iban', g: (r) => IBAN(r, undefined, false) },
  US_SSN: { col: 'ssn', g: (r) => SSN(r) }, US_ITIN: { col: 'itin', g: (r) => ITIN(r) }, US_PASSPORT: { col: 'passport_no', g: (r) => PASSPORT(r) },
  US_DRIVER_LICENSE: { col: 'dl_number', g: (r) => DRIVER(r) }, US_BANK_NUMBER: { col: 'account_no', g: (r) => BANKNO(r) }, CRYPTO: { col: 'btc_address', g: (r) => BTC(r) },
  MEDICAL_LICENSE: { col: 'dea_number', g: (r) => DEA(r) }, UK_NHS: { col: 'nhs_number', g: (r) => NHS(r, r.pick(['', ' '])) },
};
const idUse = new Map(Object.keys(ID_GEN).map((k) => [k, 0]));
export function balancedIdKind(r) {
  let min = Infinity; for (const v of idUse.values()) min = Math.min(min, v);
  return r.pick([...idUse.entries()].filter(([, v]) => v <= min + 2).map(([k]) => k));
}
export function idOf(r, kind) { idUse.set(kind, idUse.get(kind) + 1); return ID_GEN[kind].g(r); }
export function balancedId(r) { const k = balancedIdKind(r); return { kind: k, col: ID_GEN[k].col, span: idOf(r, k) }; }
