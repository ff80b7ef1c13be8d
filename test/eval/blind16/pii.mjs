// blind16 PII generators (Presidio entity names), check digits where they exist.
import { A, rs, int, pick, chance, pad, luhnDigit, ibanMake, nhsCheck, rbytes, sha256, b58check, bech32Enc, to5, P } from './lib.mjs';

// first/last name pools per culture (script preserved)
const NAMES = {
  en: [['Oliver', 'Harriet', 'Declan', 'Maisie', 'Rupert', 'Tamsin', 'Gareth', 'Imogen', 'Callum', 'Bethany'], ['Ashworth', 'Pembrey', 'Whitlock', 'Carver', 'Holloway', 'Treadwell', 'Fairbairn', 'Moorcroft', 'Lydgate', 'Quennell']],
  us: [['Brandon', 'Kayla', 'Tyrone', 'Shelby', 'Dustin', 'Marisol', 'Jaxon', 'Latoya', 'Cody', 'Brianna'], ['Mercer', 'Okafor', 'Delgado', 'Kowalczyk', 'Hutchins', 'Vasquez', 'Brannigan', 'Lindqvist', 'Pruitt', 'Yazzie']],
  de: [['Jannik', 'Friederike', 'Lukas', 'Mareike', 'Henrik', 'Annegret', 'Torben', 'Svenja', 'Ulrich', 'Wiebke'], ['Brückner', 'Haberland', 'Zöllner', 'Kranich', 'Wendland', 'Oberdorfer', 'Tiedemann', 'Schwarzkopf', 'Lindemann', 'Göttsche']],
  fr: [['Amélie', 'Théo', 'Clémence', 'Baptiste', 'Océane', 'Gaëtan', 'Solène', 'Aurélien', 'Maëlys', 'Timothée'], ['Lefebvre', 'Dumoulin', 'Garnier', 'Rousseau', 'Chevallier', 'Marchand', 'Beaulieu', 'Fontaine', 'Lacroix', 'Perrot']],
  es: [['Alejandro', 'Ximena', 'Iñigo', 'Lucía', 'Rodrigo', 'Nerea', 'Sebastián', 'Guadalupe', 'Joaquín', 'Itziar'], ['Etxeberria', 'Montoya', 'Villalobos', 'Castañeda', 'Ibarra', 'Quintero', 'Arrieta', 'Salgado', 'Peña', 'Zubizarreta']],
  it: [['Lorenzo', 'Chiara', 'Matteo', 'Giulia', 'Tommaso', 'Ludovica', 'Alessio', 'Benedetta', 'Gianluca', 'Ilaria'], ['Bianchi', 'Esposito', 'Ferraro', 'Colombo', 'Santoro', 'Marchetti', 'Galli', 'Fumagalli', 'Caruso', 'Lombardi']],
  pt: [['João', 'Beatriz', 'Thiago', 'Larissa', 'Gonçalo', 'Inês', 'Rafael', 'Mariana', 'Caio', 'Letícia'], ['Figueiredo', 'Albuquerque', 'Nogueira', 'Carvalho', 'Magalhães', 'Bittencourt', 'Sampaio', 'Rezende', 'Pacheco', 'Teixeira']],
  pl: [['Wojciech', 'Agnieszka', 'Przemysław', 'Małgorzata', 'Kacper', 'Zuzanna'], ['Wiśniewski', 'Szczepańska', 'Grabowski', 'Zielińska', 'Kaczmarek', 'Wróblewski']],
  tr: [['Emre', 'Zeynep', 'Burak', 'Elif', 'Oğuz', 'Şebnem'], ['Yıldız', 'Aydın', 'Öztürk', 'Kaya', 'Çelik', 'Demirci']],
  ar: [['Yousef', 'Layla', 'Karim', 'Nour', 'Tariq', 'Rania'], ['Haddad', 'Al-Masri', 'Nasser', 'Khoury', 'El-Sayed', 'Barakat']],
  arS: [['يوسف', 'ليلى', 'كريم', 'نور'], ['حداد', 'الناصر', 'خوري', 'بركات']],
  in: [['Aarav', 'Priyanka', 'Vikram', 'Ananya', 'Siddharth', 'Lakshmi', 'Rohan', 'Kavya'], ['Raghunathan', 'Chatterjee', 'Deshpande', 'Iyer', 'Malhotra', 'Venkataraman', 'Bhattacharya', 'Kulkarni']],
  hiS: [['अर्जुन', 'सुनीता', 'राहुल', 'प्रिया'], ['शर्मा', 'वर्मा', 'गुप्ता', 'मेहता']],
  zh: [['Wei', 'Xiaoling', 'Haoran', 'Meiling', 'Jun', 'Yutong'], ['Zhang', 'Liu', 'Huang', 'Zhou', 'Xu', 'Lin']],
  zhS: [['伟', '秀英', '浩然', '美玲', '子轩'], ['张', '刘', '黄', '周', '林']],
  ja: [['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Mei'], ['Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Inoue']],
  jaS: [['陽翔', '結衣', '蒼', '芽依', '蓮'], ['高橋', '渡辺', '山本', '中村', '小林']],
  ko: [['Minjun', 'Seoyeon', 'Jiho', 'Haeun', 'Dohyun'], ['Kim', 'Park', 'Choi', 'Jung', 'Kang']],
  koS: [['민준', '서연', '지호', '하은'], ['김', '박', '최', '정']],
  ru: [['Dmitri', 'Anastasia', 'Sergei', 'Ekaterina', 'Maksim'], ['Volkov', 'Sokolova', 'Kuznetsov', 'Morozova', 'Lebedev']],
  ruS: [['Дмитрий', 'Анастасия', 'Сергей', 'Екатерина'], ['Волков', 'Соколова', 'Кузнецов', 'Морозова']],
  el: [['Nikos', 'Eleni', 'Giorgos', 'Katerina'], ['Papadopoulos', 'Georgiou', 'Konstantinidis', 'Anagnostou']],
  ng: [['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Babatunde', 'Folake'], ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Afolabi']],
  vi: [['Nguyễn Văn', 'Trần Thị', 'Lê Minh', 'Phạm Thu'], ['An', 'Hương', 'Tuấn', 'Lan']],
  sw: [['Wanjiru', 'Baraka', 'Akinyi', 'Juma'], ['Mwangi', 'Otieno', 'Kamau', 'Njoroge']],
  nl: [['Daan', 'Sanne', 'Bram', 'Femke'], ['van der Berg', 'de Vries', 'Jansen', 'Bakker']],
  sv: [['Linnea', 'Axel', 'Elsa', 'Viktor'], ['Lindström', 'Ekdahl', 'Sjöberg', 'Holmqvist']],
};
const NOSPACE = new Set(['zhS', 'jaS', 'koS']);
const CULT = Object.keys(NAMES);
export function personName(cult = pick(CULT)) {
  const [f, l] = NAMES[cult];
  if (NOSPACE.has(cult)) return pick(l) + pick(f);
  if (cult === 'vi') return pick(f) + ' ' + pick(l);
  if (cult === 'hiS' || cult === 'arS' || cult === 'ruS') return pick(f) + ' ' + pick(l);
  if (cult === 'zh' || cult === 'ko') return chance(0.5) ? pick(l) + ' ' + pick(f) : pick(f) + ' ' + pick(l);
  const r = int(0, 9);
  if (r === 0) return pick(f) + ' ' + pick(A.up.split('')) + '. ' + pick(l);
  if (r === 1 && cult === 'es') return pick(f) + ' ' + pick(l) + ' ' + pick(l);
  return pick(f) + ' ' + pick(l);
}
export const person = (c) => P('PERSON', personName(c));
export const firstName = (c = pick(['en', 'us', 'de', 'fr', 'es', 'it', 'pt', 'in', 'ng', 'ja', 'tr', 'pl'])) => P('PERSON', pick(NAMES[c][0]));
export const lastNameOf = (c = pick(['en', 'us', 'de', 'fr', 'es', 'it'])) => pick(NAMES[c][1]);

export const CITIES = ['Lisbon', 'Porto', 'Kraków', 'Gdańsk', 'Bilbao', 'Valencia', 'Lyon', 'Marseille', 'Toulouse', 'Bologna', 'Naples', 'Turin', 'Leipzig', 'Hamburg', 'Freiburg', 'Utrecht', 'Rotterdam', 'Ghent', 'Gothenburg', 'Aarhus', 'Bergen', 'Tampere', 'Cork', 'Galway', 'Edinburgh', 'Leeds', 'Bristol', 'Cardiff', 'Belfast', 'Denver', 'Tucson', 'Omaha', 'Pittsburgh', 'Savannah', 'Boise', 'Spokane', 'Albuquerque', 'Halifax', 'Winnipeg', 'Québec City', 'Monterrey', 'Guadalajara', 'Oaxaca', 'Curitiba', 'Recife', 'Belo Horizonte', 'Valparaíso', 'Medellín', 'Cusco', 'Nairobi', 'Mombasa', 'Lagos', 'Ibadan', 'Accra', 'Kumasi', 'Casablanca', 'Marrakesh', 'Izmir', 'Antalya', 'Tbilisi', 'Yerevan', 'Almaty', 'Pune', 'Chennai', 'Jaipur', 'Kochi', 'Osaka', 'Sapporo', 'Fukuoka', 'Busan', 'Daegu', 'Hangzhou', 'Chengdu', 'Da Nang', 'Chiang Mai', 'Cebu', 'Perth', 'Adelaide', 'Hobart', 'Dunedin', 'Wellington', 'München', 'Zürich', 'Genève', 'Wrocław', 'Brno', 'Ljubljana', 'Thessaloniki', 'Plovdiv', 'Cluj-Napoca', 'Tartu', 'Kaunas', 'Reykjavík', 'Москва', 'Санкт-Петербург', '東京', '大阪', '上海', '서울', 'القاهرة', 'मुंबई'];
export const COUNTRIES = ['Portugal', 'Poland', 'Spain', 'France', 'Italy', 'Germany', 'the Netherlands', 'Belgium', 'Sweden', 'Denmark', 'Norway', 'Finland', 'Ireland', 'Scotland', 'Wales', 'Canada', 'Mexico', 'Brazil', 'Chile', 'Colombia', 'Peru', 'Kenya', 'Nigeria', 'Ghana', 'Morocco', 'Turkey', 'Georgia', 'Armenia', 'Kazakhstan', 'India', 'Japan', 'South Korea', 'China', 'Vietnam', 'Thailand', 'the Philippines', 'Australia', 'New Zealand', 'Switzerland', 'Austria', 'Czechia', 'Slovenia', 'Greece', 'Bulgaria', 'Romania', 'Estonia', 'Lithuania', 'Iceland', 'Deutschland', 'España', 'Italia', 'Brasil'];
const STREETS = ['Maple Avenue', 'Harbour Road', 'Linden Street', 'Old Mill Lane', 'Cedar Crescent', 'Kingsway', 'Rua das Flores', 'Calle de Alcalá', 'Rue des Tanneurs', 'Via Garibaldi', 'Hauptstraße', 'Schillerstraße', 'Keizersgracht', 'Ulica Długa', 'Avenida Paulista', 'Elm Street', 'Birch Hollow Drive', 'Quarry Road', 'Station Approach', 'Prinsengracht', 'Carrer de Provença', 'Boulevard Voltaire'];
export function streetAddr() {
  const s = pick(STREETS); const n = int(1, 2400);
  if (/^(Rua|Calle|Via|Avenida|Carrer)/.test(s)) return s + ', ' + n;
  if (/(straße|gracht|Ulica)/.test(s)) return s + ' ' + n;
  if (/^(Rue|Boulevard)/.test(s)) return n + ' ' + s.toLowerCase().replace(/^./, (c) => c.toLowerCase());
  return n + ' ' + s + (chance(0.3) ? ', Apt ' + int(1, 40) : '');
}
export const city = () => P('LOCATION', pick(CITIES));
export const cityLower = () => P('LOCATION', pick(CITIES.filter((c) => /^[A-Z]/.test(c))).toLowerCase());
export const country = () => P('LOCATION', pick(COUNTRIES));
export const street = () => P('LOCATION', streetAddr());
export const location = () => (chance(0.2) ? street() : chance(0.3) ? country() : chance(0.15) ? cityLower() : city());

const DOMAINS = ['mail.example', 'inbox.test', 'corp.example', 'post.invalid', 'example.test', 'acme-widgets.example', 'fastmail.test', 'uni-lab.example', 'kliniek.example', 'hotel-riviera.test'];
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ß/g, 'ss').replace(/[^A-Za-z]/g, '').toLowerCase();
export function emailFor(name) {
  const parts = name.split(/\s+/).map(ascii).filter(Boolean);
  let local = parts.length >= 2 ? pick([parts[0] + '.' + parts[parts.length - 1], parts[0][0] + parts[parts.length - 1], parts[0] + '_' + parts[parts.length - 1] + int(1, 99), parts[parts.length - 1] + '.' + parts[0][0]]) : (parts[0] || 'user' + rs(A.dig, 4)) + int(1, 999);
  if (chance(0.1)) local += '+' + pick(['billing', 'news', 'jira', 'x']);
  return P('EMAIL_ADDRESS', local + '@' + pick(DOMAINS));
}
export const email = () => emailFor(personName(pick(['en', 'us', 'de', 'fr', 'es', 'it', 'pt', 'in', 'ng', 'ja', 'pl', 'tr', 'nl', 'sv'])));

// phones in national numbering plans
const US_AREA = ['201', '212', '303', '312', '415', '469', '503', '512', '602', '617', '646', '702', '720', '773', '804', '917', '971'];
const CA_AREA = ['416', '604', '514', '403', '613', '902'];
export function phoneStr(cc = pick(['US', 'CA', 'GB', 'DE', 'FR', 'IN', 'BR', 'JP', 'AU', 'ES', 'IT', 'NL', 'MX', 'PL', 'SE', 'CH', 'ZA', 'KR', 'SG', 'IE', 'NG', 'KE'])) {
  const d = (n) => rs(A.dig, n); const nz = () => String(int(2, 9));
  const intl = chance(0.45);
  switch (cc) {
    case 'US': case 'CA': { const a = pick(cc === 'US' ? US_AREA : CA_AREA); const x = nz() + d(2), y = d(4); return intl ? pick(['+1 ' + a + ' ' + x + ' ' + y, '+1-' + a + '-' + x + '-' + y]) : pick(['(' + a + ') ' + x + '-' + y, a + '-' + x + '-' + y, a + '.' + x + '.' + y]); }
    case 'GB': { const m = '7' + pick(['4', '5', '7', '8', '9']) + d(2) + ' ' + d(6); const l = pick(['20 7946 ', '161 496 ', '117 496 ', '131 496 ']) + d(4); const n = chance(0.5) ? m : l; return intl ? '+44 ' + n : '0' + n; }
    case 'DE': { const n = pick(['30 ', '89 ', '40 ', '221 ', '151 ', '160 ', '172 ']) + d(3) + ' ' + d(4); return intl ? '+49 ' + n : '0' + n; }
    case 'FR': { const n = pick(['1', '6', '7', '4', '9']) + ' ' + d(2) + ' ' + d(2) + ' ' + d(2) + ' ' + d(2); return intl ? '+33 ' + n : '0' + n; }
    case 'IN': { const n = pick(['98', '97', '91', '88', '70']) + d(3) + ' ' + d(5); return intl ? '+91 ' + n : '0' + n; }
    case 'BR': { const n = '(' + pick(['11', '21', '31', '41', '51', '81']) + ') 9' + d(4) + '-' + d(4); return intl ? '+55 ' + n.replace(/[()]/g, '') : n; }
    case 'JP': { const n = pick(['90', '80', '70']) + '-' + d(4) + '-' + d(4); return intl ? '+81 ' + n : '0' + n; }
    case 'AU': { const n = '4' + d(2) + ' ' + d(3) + ' ' + d(3); return intl ? '+61 ' + n : '0' + n; }
    case 'ES': { const n = pick(['6', '7', '91', '93']) + d(1) + ' ' + d(3) + ' ' + d(3); return intl ? '+34 ' + n : n; }
    case 'IT': { const n = '3' + d(2) + ' ' + d(3) + ' ' + d(4); return intl ? '+39 ' + n : n; }
    case 'NL': { const n = '6 ' + d(4) + ' ' + d(4); return intl ? '+31 ' + n : '0' + n; }
    case 'MX': { const n = pick(['55', '33', '81']) + ' ' + d(4) + ' ' + d(4); return intl ? '+52 ' + n : n; }
    case 'PL': return (intl ? '+48 ' : '') + pick(['50', '60', '69', '79']) + d(1) + ' ' + d(3) + ' ' + d(3);
    case 'SE': { const n = '7' + pick(['0', '2', '3', '6']) + '-' + d(3) + ' ' + d(2) + ' ' + d(2); return intl ? '+46 ' + n : '0' + n; }
    case 'CH': { const n = '7' + pick(['6', '7', '8', '9']) + ' ' + d(3) + ' ' + d(2) + ' ' + d(2); return intl ? '+41 ' + n : '0' + n; }
    case 'ZA': { const n = pick(['82', '83', '72', '61']) + ' ' + d(3) + ' ' + d(4); return intl ? '+27 ' + n : '0' + n; }
    case 'KR': { const n = '10-' + d(4) + '-' + d(4); return intl ? '+82 ' + n : '0' + n; }
    case 'SG': return (intl ? '+65 ' : '') + pick(['8', '9']) + d(3) + ' ' + d(4);
    case 'IE': { const n = '8' + pick(['3', '5', '6', '7']) + ' ' + d(3) + ' ' + d(4); return intl ? '+353 ' + n : '0' + n; }
    case 'NG': { const n = pick(['803', '806', '813', '905']) + ' ' + d(3) + ' ' + d(4); return intl ? '+234 ' + n : '0' + n; }
    default: { const n = '7' + pick(['0', '1', '2']) + d(1) + ' ' + d(6); return intl ? '+254 ' + n : '0' + n; }
  }
}
export const phone = (cc) => P('PHONE_NUMBER', phoneStr(cc));

export function ipv4Public() { for (;;) { const a = int(11, 223); if ([10, 127, 172, 192, 169, 100].includes(a)) continue; return a + '.' + int(0, 255) + '.' + int(0, 255) + '.' + int(1, 254); } }
export const ipv6 = () => pick(['2001:db8:', '2a02:' + rs(A.hex, 4) + ':', '2604:' + rs(A.hex, 4) + ':']) + rs(A.hex, 4) + ':' + rs(A.hex, 3) + '::' + rs(A.hex, 4);
export const clientIp = () => P('IP_ADDRESS', chance(0.8) ? ipv4Public() : ipv6());

// cards
const CARDS = { visa: () => ['4', 16], mc: () => [String(int(51, 55)), 16], mc2: () => [String(int(2221, 2720)), 16], amex: () => [pick(['34', '37']), 15], disc: () => [pick(['6011', '65']), 16], jcb: () => [String(int(3528, 3589)), 16], diners: () => [pick(['36', '300', '305', '38']), 14] };
export function cardDigits(t = pick(Object.keys(CARDS))) { const [p, n] = CARDS[t](); const body = p + rs(A.dig, n - p.length - 1); return body + luhnDigit(body); }
export function fmtCard(num) { if (num.length === 15) return num.slice(0, 4) + ' ' + num.slice(4, 10) + ' ' + num.slice(10); if (num.length === 14) return num.slice(0, 4) + ' ' + num.slice(4, 10) + ' ' + num.slice(10); const sep = pick([' ', '-', '']); return num.match(/.{4}/g).join(sep); }
export const card = () => P('CREDIT_CARD', chance(0.7) ? fmtCard(cardDigits()) : cardDigits());

// IBAN: country -> bban builder
export const IBAN_FMT = { DE: () => rs(A.dig, 18), GB: () => rs(A.up, 4) + rs(A.dig, 14), FR: () => rs(A.dig, 23), ES: () => rs(A.dig, 20), IT: () => rs(A.up, 1) + rs(A.dig, 22), NL: () => rs(A.up, 4) + rs(A.dig, 10), BE: () => rs(A.dig, 12), CH: () => rs(A.dig, 17), AT: () => rs(A.dig, 16), PL: () => rs(A.dig, 24), PT: () => rs(A.dig, 21), SE: () => rs(A.dig, 20), NO: () => rs(A.dig, 11), DK: () => rs(A.dig, 14), FI: () => rs(A.dig, 14), IE: () => rs(A.up, 4) + rs(A.dig, 14), LU: () => rs(A.dig, 16), CZ: () => rs(A.dig, 20), RO: () => rs(A.up, 4) + rs(A.dig, 16), HU: () => rs(A.dig, 24) };
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, LU: 20, CZ: 24, RO: 24, HU: 28 };
export function ibanRaw(cc = pick(Object.keys(IBAN_FMT))) { return ibanMake(cc, IBAN_FMT[cc]()); }
export const fmtIban = (s) => (chance(0.5) ? s.match(/.{1,4}/g).join(' ') : s);
export const iban = () => P('IBAN_CODE', fmtIban(ibanRaw()));

export function ssnStr() { let a; do { a = int(1, 899); } while (a === 666); return pad(a, 3) + '-' + pad(int(1, 99), 2) + '-' + pad(int(1, 9999), 4); }
export const ssn = () => P('US_SSN', chance(0.85) ? ssnStr() : ssnStr().replace(/-/g, ''));
const ITIN_G = [...Array.from({ length: 16 }, (_, i) => 50 + i), ...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99];
export const itinStr = () => '9' + rs(A.dig, 2) + '-' + pick(ITIN_G) + '-' + rs(A.dig, 4);
export const itin = () => P('US_ITIN', itinStr());
export const passport = () => P('US_PASSPORT', chance(0.6) ? String(int(1, 9)) + rs(A.dig, 8) : pick(['A', 'C', 'E', 'X']) + rs(A.dig, 8));
const DL = { CA: () => rs(A.up, 1) + rs(A.dig, 7), NY: () => rs(A.dig, 9), FL: () => rs(A.up, 1) + rs(A.dig, 12), TX: () => rs(A.dig, 8), IL: () => rs(A.up, 1) + rs(A.dig, 11), WA: () => 'WDL' + rs(A.alnumUp, 9), PA: () => rs(A.dig, 8), OH: () => rs(A.up, 2) + rs(A.dig, 6), NJ: () => rs(A.up, 1) + rs(A.dig, 14), MI: () => rs(A.up, 1) + rs(A.dig, 12) };
export function dl() { const st = pick(Object.keys(DL)); return { st, span: P('US_DRIVER_LICENSE', DL[st]()) }; }
export const bankAcct = () => P('US_BANK_NUMBER', rs(A.dig, int(8, 17)).replace(/^0/, '4'));
export function btc() {
  if (chance(0.5)) { const ver = chance(0.7) ? 0 : 5; return P('CRYPTO', b58check(Buffer.concat([Buffer.from([ver]), rbytes(20)]))); }
  const prog = rbytes(chance(0.7) ? 20 : 32); return P('CRYPTO', bech32Enc('bc', [0, ...to5(prog)]));
}
export function deaStr(last = 'M') { for (;;) { const d = rs(A.dig, 6).split('').map(Number); const c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10; return pick(['A', 'B', 'F', 'G', 'M']) + last[0].toUpperCase() + d.join('') + c; } }
export const dea = (last) => P('MEDICAL_LICENSE', deaStr(last || pick(A.up.split(''))));
export function nhsStr() { for (;;) { const n = String(int(4, 9)) + rs(A.dig, 8); const c = nhsCheck(n); if (c === 10) continue; const s = n + c; return chance(0.7) ? s.slice(0, 3) + ' ' + s.slice(3, 6) + ' ' + s.slice(6) : s; } }
export const nhs = () => P('UK_NHS', nhsStr());
