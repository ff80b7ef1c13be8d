// blind12 PII generators: names of many cultures/scripts, places, inline addresses, phones, ids with check digits.
import { R, P, D10, HEX, UP, LO, luhnComplete, ibanMake, IBAN_LEN, nhsCheck, deaCheck, base58check, bech32Encode, sha256 } from './lib.mjs';

export const CULTURES = {
  en: [['Oliver', 'Hannah', 'Marcus', 'Tabitha', 'Dwayne', 'Corinne', 'Elliot', 'Priscilla', 'Garrett', 'Maeve', 'Rowan', 'Delia'], ['Hargreave', 'Pemberton', 'Whitlock', 'Ashdown', 'Kettering', 'Blackwood', 'Fairweather', 'Lindqvist', 'Osgood', 'Thistlewood', 'Carraway', 'Mallory']],
  es: [['Lucía', 'Alejandro', 'Ximena', 'Rodrigo', 'Itziar', 'Santiago', 'Marisol', 'Gonzalo', 'Nerea', 'Joaquín'], ['Villanueva', 'Etxeberria', 'Quiñones', 'Salcedo', 'Arismendi', 'Bermúdez', 'Cifuentes', 'Olmedo', 'Zubiría', 'Peñalver']],
  de: [['Jörg', 'Annika', 'Friedhelm', 'Svenja', 'Matthias', 'Wiebke', 'Torben', 'Gesine', 'Lukas', 'Henrike'], ['Brückner', 'Oberländer', 'Kessler', 'Wolfhardt', 'Schäfermeyer', 'Lindemann', 'Grünwald', 'Hollerbach', 'Stiegler', 'Vogtmann']],
  fr: [['Amélie', 'Baptiste', 'Solène', 'Gaëtan', 'Clémence', 'Thibault', 'Océane', 'Loïc', 'Margaux', 'Étienne'], ['Duplessis', 'Lefebvre-Roux', 'Marchetti', 'Beaulieu', 'Courtois', 'Vasseur', 'Delacroix', 'Fontaine', 'Giraudoux', 'Lemaître']],
  it: [['Giacomo', 'Chiara', 'Raffaele', 'Benedetta', 'Ottavio', 'Ludovica', 'Salvatore', 'Ginevra'], ['Bellandi', 'Caruso', 'Dell\'Orto', 'Ferraresi', 'Lombardozzi', 'Pagnotta', 'Santoro', 'Zanetti']],
  pt: [['João', 'Thaís', 'Raimundo', 'Luana', 'Caetano', 'Iara', 'Vinícius', 'Conceição'], ['Albuquerque', 'Magalhães', 'Nogueira', 'Figueiredo', 'Sampaio', 'Quintela', 'Barbosa', 'Assunção']],
  nl: [['Maarten', 'Sanne', 'Joost', 'Femke', 'Ruud', 'Marieke'], ['van der Veen', 'de Groot', 'Bakker', 'Visser', 'van Dijk', 'Hoekstra']],
  pl: [['Katarzyna', 'Grzegorz', 'Agnieszka', 'Wojciech', 'Małgorzata', 'Przemysław'], ['Wiśniewska', 'Kowalczyk', 'Zieliński', 'Szymański', 'Dąbrowska', 'Woźniak']],
  tr: [['Elif', 'Mehmet', 'Zeynep', 'Oğuz', 'Ayşe', 'Burak'], ['Yılmaz', 'Çelik', 'Öztürk', 'Kaya', 'Demir', 'Şahin']],
  ar: [['Layla', 'Youssef', 'Nour', 'Karim', 'Samira', 'Tariq', 'Yasmin', 'Omar'], ['Haddad', 'Al-Masri', 'Benali', 'Khalil', 'El-Sayed', 'Mansour', 'Nasrallah', 'Qureshi']],
  arS: [['ليلى', 'يوسف', 'نور', 'كريم', 'سميرة'], ['حداد', 'المصري', 'خليل', 'منصور', 'الشامي']],
  zh: [['伟', '秀英', '志强', '丽娟', '建国', '雨桐'], ['王', '李', '张', '刘', '陈', '赵']],
  zhL: [['Wei', 'Xiuying', 'Zhiqiang', 'Lijuan', 'Jianguo', 'Yutong', 'Haoran'], ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Zhao', 'Huang']],
  ja: [['陽翔', '結衣', '大輔', '美咲', '翔太', '七海'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤']],
  jaL: [['Haruto', 'Yui', 'Daisuke', 'Misaki', 'Shota', 'Nanami'], ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito']],
  ko: [['민준', '서연', '지훈', '하은', '도윤'], ['김', '이', '박', '최', '정']],
  koL: [['Minjun', 'Seoyeon', 'Jihoon', 'Haeun', 'Doyun'], ['Kim', 'Park', 'Choi', 'Jung', 'Kang']],
  hi: [['Aarav', 'Priya', 'Siddharth', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Meera'], ['Sharma', 'Iyer', 'Chatterjee', 'Reddy', 'Deshpande', 'Nair', 'Malhotra', 'Venkataraman']],
  ru: [['Дмитрий', 'Анастасия', 'Сергей', 'Екатерина', 'Алексей'], ['Смирнов', 'Волкова', 'Кузнецов', 'Соколова', 'Морозов']],
  ruL: [['Dmitri', 'Anastasia', 'Sergei', 'Ekaterina', 'Alexei'], ['Smirnov', 'Volkova', 'Kuznetsov', 'Sokolova', 'Morozov']],
  el: [['Γιώργος', 'Ελένη', 'Νικόλαος', 'Μαρία'], ['Παπαδόπουλος', 'Νικολάου', 'Γεωργίου', 'Οικονόμου']],
  yo: [['Adebayo', 'Chiamaka', 'Oluwaseun', 'Ngozi', 'Emeka', 'Folake'], ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye']],
  vi: [['Nguyễn Thị', 'Trần Văn', 'Lê Minh', 'Phạm Thu'], ['Hương', 'Đức', 'Anh', 'Trang']],
  sv: [['Linnéa', 'Björn', 'Astrid', 'Håkan', 'Ingrid'], ['Sjöberg', 'Lundqvist', 'Åkesson', 'Nyström', 'Bergkvist']],
  he: [['נועה', 'איתי', 'תמר'], ['כהן', 'לוי', 'מזרחי']],
};
const noSpace = new Set(['zh', 'ja']);
export function personParts(cult) {
  cult = cult || R.pick(Object.keys(CULTURES));
  const [F, Ls] = CULTURES[cult]; const f = R.pick(F), l = R.pick(Ls);
  return { cult, first: f, last: l, full: noSpace.has(cult) ? l + f : cult === 'ko' ? l + f : cult === 'vi' ? f + ' ' + l : (['zhL', 'jaL', 'koL'].includes(cult) && R.chance(0.4)) ? l + ' ' + f : f + ' ' + l };
}
export const person = (cult) => P('PERSON', personParts(cult).full);
export const firstName = (cult) => P('PERSON', personParts(cult).first);

export const CITIES = ['Lisbon', 'Porto', 'Valparaíso', 'Bilbao', 'Zaragoza', 'Tampere', 'Bergen', 'Gdańsk', 'Kraków', 'Brno', 'Ljubljana', 'Thessaloniki', 'Izmir', 'Marrakesh', 'Nairobi', 'Lagos', 'Accra', 'Durban', 'Pune', 'Chennai', 'Kochi', 'Osaka', 'Sapporo', 'Fukuoka', 'Busan', 'Daegu', 'Chengdu', 'Hangzhou', 'Da Nang', 'Cebu', 'Perth', 'Hobart', 'Wellington', 'Halifax', 'Winnipeg', 'Boise', 'Tucson', 'Savannah', 'Duluth', 'Spokane', 'Oaxaca', 'Monterrey', 'Curitiba', 'Recife', 'Rosario', 'Cusco', 'Montevideo', 'Leipzig', 'Freiburg', 'Nantes', 'Grenoble', 'Bologna', 'Trieste', 'Utrecht', 'Groningen', 'Ghent', 'Aarhus', 'Uppsala', 'Tartu', 'Cork', 'Galway', 'Inverness', 'Leeds', 'Bristol', 'München', 'Zürich', 'Kraków', 'São Paulo', 'Köln', 'Москва', 'Санкт-Петербург', '東京', '大阪', '北京', '上海', '서울', 'القاهرة', 'الدار البيضاء', 'Αθήνα', 'İstanbul', 'Reykjavík'];
export const COUNTRIES = ['Portugal', 'Chile', 'Finland', 'Norway', 'Poland', 'Czechia', 'Slovenia', 'Greece', 'Morocco', 'Kenya', 'Nigeria', 'Ghana', 'India', 'Japan', 'South Korea', 'Vietnam', 'the Philippines', 'New Zealand', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Peru', 'Uruguay', 'Germany', 'France', 'Italy', 'the Netherlands', 'Belgium', 'Denmark', 'Sweden', 'Estonia', 'Ireland', 'Scotland', 'Iceland', 'Deutschland', 'España', 'Brasil', '日本', 'Türkiye'];
export const REGIONS = ['Bavaria', 'Catalonia', 'Tuscany', 'Andalusia', 'Brittany', 'Kerala', 'Hokkaido', 'Patagonia', 'Yorkshire', 'Ontario', 'Queensland', 'Vermont', 'Oregon', 'New Mexico', 'the Algarve', 'Provence', 'Lapland'];
export const city = (lc = false) => { const c = R.pick(CITIES); return P('LOCATION', lc && /^[A-Z]/.test(c) ? c.toLowerCase() : c); };
export const country = () => P('LOCATION', R.pick(COUNTRIES).replace(/^the /, ''));
export const region = () => P('LOCATION', R.pick(REGIONS).replace(/^the /, ''));
export const place = (lc = false) => R.weighted([[5, () => city(lc)], [2, country], [1, region]])();
const streetsEN = ['Maple Ave', 'Birchwood Lane', 'Orchard Street', 'Harbor View Rd', 'Juniper Court', 'Willow Crescent', 'Old Mill Road', 'Kingsley Terrace', 'Foxglove Drive', 'Sycamore Blvd'];
export function street() {
  const n = R.int(1, 2400);
  return P('LOCATION', R.pick([
    () => `${n} ${R.pick(streetsEN)}`,
    () => `${n} ${R.pick(streetsEN)}, Apt ${R.int(1, 40)}${R.pick(UP)}`,
    () => `${R.pick(['Calle de la Alhóndiga', 'Avenida del Puerto', 'Calle Mayor', 'Paseo de los Olmos'])} ${R.int(1, 199)}`,
    () => `${R.pick(['Lindenstraße', 'Am Mühlbach', 'Gartenweg', 'Kastanienallee', 'Hafenstraße'])} ${R.int(1, 140)}${R.chance(0.3) ? 'a' : ''}`,
    () => `${R.int(1, 99)} ${R.pick(['rue des Tilleuls', 'avenue Jean-Jaurès', 'rue du Moulin', 'boulevard des Capucines', 'impasse des Lilas'])}`,
    () => `${R.pick(['Via dei Mille', 'Via Garibaldi', 'Corso Vittorio', 'Viale dei Pini'])} ${R.int(1, 180)}`,
    () => `${R.pick(['Rua das Flores', 'Rua Augusta', 'Avenida Paulista', 'Travessa do Carmo'])}, ${R.int(1, 2000)}`,
    () => `${R.pick(['Prinsengracht', 'Keizersgracht', 'Lindengracht', 'Vondelstraat'])} ${R.int(1, 600)}`,
    () => `${R.pick(['ul. Długa', 'ul. Kwiatowa', 'ul. Słoneczna'])} ${R.int(1, 90)}/${R.int(1, 30)}`,
    () => `${R.int(1, 9)}-${R.int(1, 30)}-${R.int(1, 20)} ${R.pick(['Jingumae', 'Nishi-Shinjuku', 'Sakae', 'Umeda'])}`,
    () => `Flat ${R.int(1, 30)}, ${R.int(1, 300)} ${R.pick(['Gloucester Road', 'Cowley Road', 'Albert Street', 'Mill Lane'])}`,
  ])());
}

// phones in national numbering plans
const d = (n) => R.digits(n);
const nz = () => String(R.int(2, 9));
export const PHONE_PLANS = {
  US: () => R.pick([() => `(${nz()}${d(2)}) ${nz()}${d(2)}-${d(4)}`, () => `+1 ${nz()}${d(2)}-${nz()}${d(2)}-${d(4)}`, () => `${nz()}${d(2)}.${nz()}${d(2)}.${d(4)}`, () => `+1${nz()}${d(2)}${nz()}${d(2)}${d(4)}`])(),
  CA: () => `+1 (${R.pick(['416', '604', '514', '403', '902'])}) ${nz()}${d(2)}-${d(4)}`,
  GB: () => R.pick([() => `07${R.int(400, 999)} ${d(6)}`, () => `+44 7${R.int(400, 999)} ${d(3)} ${d(3)}`, () => `020 ${R.pick(['7', '8'])}${d(3)} ${d(4)}`, () => `+44 161 ${d(3)} ${d(4)}`])(),
  DE: () => R.pick([() => `+49 ${R.pick(['151', '160', '170', '176'])} ${d(8)}`, () => `0${R.pick(['30', '89', '40', '221'])} ${d(7)}`, () => `+49 (0)${R.pick(['69', '711'])} ${d(3)} ${d(4)}`])(),
  FR: () => R.pick([() => `0${R.pick('67')} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, () => `+33 ${R.pick('1234567')} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`])(),
  IN: () => R.pick([() => `+91 ${R.pick('6789')}${d(4)} ${d(5)}`, () => `0${R.pick('6789')}${d(9)}`, () => `+91-${R.pick('6789')}${d(9)}`])(),
  BR: () => R.pick([() => `+55 (${R.pick(['11', '21', '31', '41', '81'])}) 9${d(4)}-${d(4)}`, () => `(${R.pick(['11', '61'])}) 9${d(4)}-${d(4)}`])(),
  JP: () => R.pick([() => `+81 ${R.pick(['90', '80', '70'])}-${d(4)}-${d(4)}`, () => `0${R.pick(['90', '80'])}-${d(4)}-${d(4)}`, () => `03-${d(4)}-${d(4)}`])(),
  AU: () => R.pick([() => `04${d(2)} ${d(3)} ${d(3)}`, () => `+61 4${d(2)} ${d(3)} ${d(3)}`, () => `(0${R.pick('2378')}) ${d(4)} ${d(4)}`])(),
  ES: () => R.pick([() => `+34 6${d(2)} ${d(3)} ${d(3)}`, () => `9${d(2)} ${d(2)} ${d(2)} ${d(2)}`])(),
  IT: () => R.pick([() => `+39 3${d(2)} ${d(3)} ${d(4)}`, () => `06 ${d(4)} ${d(4)}`])(),
  NL: () => R.pick([() => `+31 6 ${d(8)}`, () => `06-${d(8)}`, () => `020 ${d(3)} ${d(4)}`])(),
  MX: () => R.pick([() => `+52 55 ${d(4)} ${d(4)}`, () => `+52 1 ${R.pick(['33', '81'])} ${d(4)} ${d(4)}`])(),
  KR: () => R.pick([() => `010-${d(4)}-${d(4)}`, () => `+82 10-${d(4)}-${d(4)}`])(),
  ZA: () => `+27 ${R.pick(['82', '83', '71', '72'])} ${d(3)} ${d(4)}`,
  NG: () => R.pick([() => `+234 ${R.pick(['803', '806', '813', '905'])} ${d(3)} ${d(4)}`, () => `0${R.pick(['803', '812'])} ${d(3)} ${d(4)}`])(),
  PL: () => `+48 ${R.pick('5678')}${d(2)} ${d(3)} ${d(3)}`,
  SE: () => R.pick([() => `+46 7${R.pick('0236')} ${d(3)} ${d(2)} ${d(2)}`, () => `07${R.pick('0236')}-${d(3)} ${d(2)} ${d(2)}`])(),
  CH: () => `+41 7${R.pick('6789')} ${d(3)} ${d(2)} ${d(2)}`,
  AR: () => `+54 9 11 ${d(4)}-${d(4)}`,
  TR: () => `+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`,
  PH: () => `+63 9${d(2)} ${d(3)} ${d(4)}`,
  EG: () => `+20 1${R.pick('0125')} ${d(4)} ${d(4)}`,
  IE: () => `+353 8${R.pick('35679')} ${d(3)} ${d(4)}`,
};
export const phone = (cc) => P('PHONE_NUMBER', PHONE_PLANS[cc || R.pick(Object.keys(PHONE_PLANS))]());

const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
export const MAIL_DOMAINS = ['mail.example', 'corp.example', 'post.test', 'inbox.example', 'acme-logistics.example', 'uni-freiburg.test', 'clinic.example', 'correo.example', 'webmail.test', 'kanzlei.example'];
export function email(pp) {
  pp = pp || personParts(R.pick(['en', 'es', 'de', 'fr', 'it', 'pt', 'nl', 'pl', 'tr', 'ar', 'zhL', 'jaL', 'koL', 'hi', 'ruL', 'yo', 'sv']));
  const f = ascii(pp.first) || 'user', l = ascii(pp.last) || 'x';
  const local = R.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${R.int(1, 99)}`, `${l}.${f[0]}`, `${f}+${R.pick(['billing', 'news', 'jira'])}`, `${f}${R.int(1970, 2005)}`, `${l}-${f}`]);
  return P('EMAIL_ADDRESS', `${local}@${R.pick(MAIL_DOMAINS)}`);
}
export function publicIPv4() {
  for (;;) {
    const a = R.int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203, 224].includes(a)) continue;
    return `${a}.${R.int(0, 255)}.${R.int(0, 255)}.${R.int(1, 254)}`;
  }
}
export const ip = () => P('IP_ADDRESS', R.chance(0.8) ? publicIPv4() : `2a0${R.int(1, 9)}:${R.str(HEX, 4)}:${R.str(HEX, 3)}:${R.str(HEX, 4)}::${R.str(HEX, R.int(1, 4))}`);
export const privIP = () => `10.${R.int(0, 255)}.${R.int(0, 255)}.${R.int(2, 254)}`;

export function cardNumber(brand) {
  brand = brand || R.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'diners']);
  const mk = (pre, len) => luhnComplete(pre + R.digits(len - pre.length - 1));
  switch (brand) {
    case 'visa': return mk('4', 16);
    case 'mc': return mk(String(R.int(51, 55)), 16);
    case 'mc2': return mk(String(R.int(2221, 2720)), 16);
    case 'amex': return mk(R.pick(['34', '37']), 15);
    case 'discover': return mk(R.pick(['6011', '65', String(R.int(644, 649))]), 16);
    case 'jcb': return mk(String(R.int(3528, 3589)), 16);
    case 'diners': return mk(R.pick(['36', '300', '305', '38']), 14);
  }
}
export function fmtCard(n) {
  const st = R.int(0, 2); if (st === 0) return n;
  const sep = st === 1 ? ' ' : '-';
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g).join(sep);
}
export const card = (brand) => P('CREDIT_CARD', fmtCard(cardNumber(brand)));
export function ibanRaw(cc) {
  cc = cc || R.pick(Object.keys(IBAN_LEN));
  const n = IBAN_LEN[cc] - 4;
  let bban;
  if (['GB', 'NL', 'IE', 'RO'].includes(cc)) bban = R.str(UP, 4) + R.digits(n - 4);
  else if (cc === 'IT') bban = R.pick(UP) + R.digits(n - 1);
  else bban = R.digits(n);
  return ibanMake(cc, bban);
}
export const fmtIban = (s) => (R.chance(0.5) ? s.match(/.{1,4}/g).join(' ') : s);
export const iban = (cc) => P('IBAN_CODE', fmtIban(ibanRaw(cc)));
export function ssnRaw() { let a; do { a = R.int(1, 899); } while (a === 666); return [String(a).padStart(3, '0'), String(R.int(1, 99)).padStart(2, '0'), String(R.int(1, 9999)).padStart(4, '0')]; }
export const ssn = () => { const p = ssnRaw(); return P('US_SSN', R.chance(0.85) ? p.join('-') : R.chance(0.5) ? p.join(' ') : p.join('')); };
export function itin() { const groups = []; for (let g = 50; g <= 99; g++) if ((g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94) groups.push(g); return P('US_ITIN', `9${R.digits(2)}-${R.pick(groups)}-${R.digits(4)}`); }
export const passport = () => P('US_PASSPORT', R.chance(0.6) ? String(R.int(1, 9)) + R.digits(8) : R.pick('ACEFGHJKLMNPRSTUVWXYZ') + R.digits(8));
export const driverLicense = () => P('US_DRIVER_LICENSE', R.pick([() => R.pick(UP) + R.digits(7), () => R.digits(9), () => R.pick(UP) + R.digits(12), () => R.digits(8), () => R.pick(UP) + R.digits(3) + '-' + R.digits(3) + '-' + R.digits(2) + '-' + R.digits(3) + '-' + R.digits(1), () => R.pick(UP) + R.digits(2) + '-' + R.digits(2) + '-' + R.digits(4)])());
export const bankNumber = () => P('US_BANK_NUMBER', String(R.int(1, 9)) + R.digits(R.int(7, 16)));
export function nhs() { for (;;) { const nine = R.digits(9); const c = nhsCheck(nine); if (c < 0) continue; const s = nine + c; return P('UK_NHS', R.chance(0.6) ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` : s); } }
export function dea(lastName) { const six = R.digits(6); const l2 = lastName ? (ascii(lastName)[0] || 'x').toUpperCase() : R.pick(UP); return P('MEDICAL_LICENSE', R.pick('ABFGMPR') + l2 + six + deaCheck(six)); }
export function btc() {
  const t = R.int(0, 2);
  if (t === 0) return P('CRYPTO', base58check(Buffer.concat([Buffer.from([0]), R.bytes(20)])));
  if (t === 1) return P('CRYPTO', base58check(Buffer.concat([Buffer.from([5]), R.bytes(20)])));
  return P('CRYPTO', bech32Encode('bc', 0, [...R.bytes(R.chance(0.8) ? 20 : 32)]));
}
export const aba = () => { for (;;) { const e = R.digits(8); for (let c = 0; c < 10; c++) { const s = e + c; const w = [3, 7, 1, 3, 7, 1, 3, 7, 1]; if ([...s].reduce((a, x, i) => a + +x * w[i], 0) % 10 === 0) return s; } } };
export const dob = () => R.pick([() => `${R.int(1940, 2004)}-${String(R.int(1, 12)).padStart(2, '0')}-${String(R.int(1, 28)).padStart(2, '0')}`, () => `${String(R.int(1, 28)).padStart(2, '0')}/${String(R.int(1, 12)).padStart(2, '0')}/${R.int(1940, 2004)}`])();
export const zip = () => R.pick([() => R.digits(5), () => `${R.digits(5)}-${R.digits(4)}`, () => `${R.pick(UP)}${R.int(1, 9)}${R.pick(UP)} ${R.int(1, 9)}${R.pick(UP)}${R.pick(UP)}`, () => `${R.int(10, 99)}${R.digits(3)}`])();
export const COMPANIES = ['Northwind Traders', 'Globex Holdings', 'Initech GmbH', 'Umbrella Freight', 'Blue Heron Analytics', 'Stark Paper Co.', 'Vandelay Imports', 'Quill & Ledger', 'Pampas Logística', 'Kestrel Biotech'];
