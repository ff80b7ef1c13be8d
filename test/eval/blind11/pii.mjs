// blind11: PII generators (check digits valid where they exist) and neutral values.
import { int, pick, chance, str, bytes, digits, pad, HEX, DIG, UPPER, LOWAN, luhnComplete, ibanMake, nhsCheck, base58check, bech32Enc, toWords, abaCheck, P } from './lib.mjs';

// name pools per culture: [firsts, lasts, order] ; order 'fl' or 'lf' (no space for CJK script)
export const CULTURES = {
  en: [['James', 'Olivia', 'Ethan', 'Harper', 'Noah', 'Grace', 'Liam', 'Chloe', 'Declan', 'Imogen'], ['Whitfield', 'Harrington', 'Caldwell', 'Bramley', 'Prescott', 'Fairbanks', 'Ashworth', 'McAllister'], 'fl'],
  es: [['Lucía', 'Mateo', 'Valentina', 'Santiago', 'Ximena', 'Alejandro', 'Guadalupe', 'Iñaki'], ['García Moreno', 'Fernández', 'Ruiz', 'Castillo', 'Domínguez', 'Echeverría', 'Villanueva'], 'fl'],
  de: [['Jürgen', 'Annika', 'Lukas', 'Friederike', 'Matthias', 'Leonie', 'Henrik'], ['Schäfer', 'Müller', 'Hoffmann', 'Brandt', 'Köhler', 'Weißenborn', 'Lindemann'], 'fl'],
  fr: [['Éloïse', 'Mathieu', 'Camille', 'Théo', 'Margaux', 'Benoît', 'Solène'], ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Rousseau', 'Delacroix'], 'fl'],
  it: [['Giulia', 'Lorenzo', 'Chiara', 'Alessandro', 'Federica', 'Niccolò'], ['Bianchi', 'Esposito', 'Ferraro', 'Romano', 'Colombo', 'De Luca'], 'fl'],
  pl: [['Zofia', 'Krzysztof', 'Agnieszka', 'Wojciech', 'Małgorzata'], ['Wiśniewska', 'Kowalczyk', 'Nowak', 'Zieliński', 'Grabowski'], 'fl'],
  in: [['Priya', 'Arjun', 'Ananya', 'Vikram', 'Lakshmi', 'Rohan', 'Deepika'], ['Raghunathan', 'Iyer', 'Chatterjee', 'Deshpande', 'Reddy', 'Venkataraman'], 'fl'],
  zh: [['Wei', 'Xiaoling', 'Jun', 'Meiling', 'Haoran', 'Yuxin'], ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Xu'], 'fl'],
  zhH: [['秀英', '伟', '敏', '静', '志强', '丽娟'], ['王', '李', '张', '陈', '刘', '杨'], 'lf0'],
  ja: [['健太', '美咲', '翔', '陽子', '大輔', '結衣'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤'], 'lf'],
  jaR: [['Kenta', 'Misaki', 'Sho', 'Yoko', 'Daisuke', 'Yui'], ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito'], 'fl'],
  ko: [['민준', '서연', '지훈', '하은', '도윤'], ['김', '이', '박', '최', '정'], 'lf0'],
  koR: [['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun', 'Do-yun'], ['Kim', 'Lee', 'Park', 'Choi', 'Jung'], 'fl'],
  ar: [['محمد', 'فاطمة', 'عمر', 'ليلى', 'يوسف'], ['العتيبي', 'الحداد', 'المنصوري', 'القحطاني'], 'fl'],
  arL: [['Youssef', 'Layla', 'Omar', 'Nour', 'Karim', 'Samira'], ['El Amrani', 'Haddad', 'Farouk', 'Benali', 'Mansour'], 'fl'],
  ru: [['Дмитрий', 'Анна', 'Сергей', 'Ольга', 'Илья'], ['Соколов', 'Кузнецова', 'Морозов', 'Волкова', 'Лебедев'], 'fl'],
  ruL: [['Dmitri', 'Natalia', 'Sergei', 'Irina', 'Pavel'], ['Volkov', 'Orlova', 'Smirnov', 'Belova', 'Fedorov'], 'fl'],
  el: [['Γιώργος', 'Ελένη', 'Νίκος', 'Μαρία'], ['Παπαδόπουλος', 'Νικολάου', 'Γεωργίου', 'Οικονόμου'], 'fl'],
  tr: [['Emre', 'Ayşe', 'Mehmet', 'Zeynep', 'Burak'], ['Yılmaz', 'Demir', 'Öztürk', 'Şahin', 'Aydın'], 'fl'],
  ng: [['Chukwuemeka', 'Adaeze', 'Oluwaseun', 'Funmilayo', 'Ngozi', 'Babatunde'], ['Okonkwo', 'Nwosu', 'Adeyemi', 'Bakare', 'Eze', 'Olawale'], 'fl'],
  vi: [['Thị Lan', 'Văn Minh', 'Quốc Huy', 'Thu Trang', 'Đức Anh'], ['Nguyễn', 'Trần', 'Phạm', 'Lê', 'Hoàng'], 'lf'],
  pt: [['João Pedro', 'Thaís', 'Rafael', 'Luana', 'Gonçalo', 'Beatriz'], ['Carvalho', 'Albuquerque', 'Nogueira', 'Figueiredo', 'Magalhães'], 'fl'],
  nl: [['Sanne', 'Joost', 'Femke', 'Daan', 'Maartje'], ['de Vries', 'van der Berg', 'Janssen', 'Bakker', 'van Dijk'], 'fl'],
  sv: [['Linnéa', 'Oskar', 'Elin', 'Björn', 'Astrid'], ['Bergström', 'Lindqvist', 'Sandberg', 'Åkesson', 'Holmgren'], 'fl'],
  he: [['Noa', 'Yael', 'Itai', 'Tamar', 'Eitan'], ['Ben-David', 'Mizrahi', 'Peretz', 'Shapira'], 'fl'],
  heH: [['נועה', 'יעל', 'איתי', 'תמר'], ['כהן', 'לוי', 'מזרחי', 'פרץ'], 'fl'],
  hi: [['प्रिया', 'राहुल', 'अनीता', 'सुरेश'], ['शर्मा', 'वर्मा', 'गुप्ता', 'मिश्रा'], 'fl'],
  sw: [['Amani', 'Baraka', 'Zawadi', 'Wanjiru', 'Otieno'], ['Mwangi', 'Kamau', 'Achieng', 'Njoroge', 'Wafula'], 'fl'],
  fa: [['Shirin', 'Dariush', 'Parisa', 'Kourosh'], ['Karimi', 'Tehrani', 'Moradi', 'Rahimi'], 'fl'],
  th: [['สมชาย', 'สุดา', 'วิชัย'], ['ใจดี', 'ศรีสุข', 'วงศ์ใหญ่'], 'fl'],
};
const CK = Object.keys(CULTURES);
export function person(culture) {
  const c = culture || pick(CK); const [F, Ls, o] = CULTURES[c]; const f = pick(F), l = pick(Ls);
  const full = o === 'lf0' ? l + f : o === 'lf' ? l + ' ' + f : f + ' ' + l;
  return { c, first: f, last: l, full };
}
export const personName = (culture) => P('PERSON', person(culture).full);
// a name in some written form, as it appears in running text
export function nameForm(p) {
  const r = int(0, 9);
  if (/^[A-Za-zÀ-ÿ' -]+$/.test(p.full) && r === 0) return p.full.toLowerCase();
  if (r === 1) return p.first;
  if (r === 2 && /^[A-Z]/.test(p.full) && !/ /.test(p.first)) return p.first + ' ' + p.last[0] + '.';
  return p.full;
}

export const CITIES = ['Leeds', 'Bristol', 'Portland', 'Halifax', 'Adelaide', 'Valencia', 'Zaragoza', 'Guadalajara', 'Medellín', 'Leipzig', 'Freiburg im Breisgau', 'Graz', 'Bremen', 'Lyon', 'Nantes', 'Montpellier', 'Lille', 'Bologna', 'Torino', 'Kraków', 'Wrocław', 'Pune', 'Kochi', 'Chengdu', 'Hangzhou', '大阪', '札幌', '北京市', '서울', '부산', 'Москва', 'Новосибирск', 'القاهرة', 'Αθήνα', 'İzmir', 'Lagos', 'Enugu', 'Hà Nội', 'Đà Nẵng', 'Recife', 'Porto Alegre', 'Utrecht', 'Göteborg', 'Haifa', 'Nairobi', 'Mombasa', 'Cluj-Napoca', 'Tbilisi', 'Montevideo', 'Winnipeg', 'Osaka', 'Busan', 'Thessaloniki', 'Antalya', 'Coimbra', 'Bergen', 'Tampere', 'Aarhus', 'Ljubljana', 'Cusco', 'Oaxaca', 'Da Nang', 'Chiang Mai', 'Hobart', 'Dunedin', 'Marrakesh', 'Accra', 'Kigali', 'Bilbao', 'Sevilla', 'Napoli'];
export const COUNTRIES = ['Portugal', 'Kenya', 'Vietnam', 'Canada', 'Argentina', 'Norway', 'Japan', 'Morocco', 'Poland', 'Colombia', 'New Zealand', 'Greece', 'Türkiye', 'Ghana', 'Chile', 'Deutschland', 'España', 'Brasil', 'Italia', 'Ireland', 'Scotland', 'Peru', 'Georgia', 'Slovenia', 'Rwanda', 'Thailand'];
export const REGIONS = ['Bavaria', 'Andalusia', 'Kerala', 'Patagonia', 'Tuscany', 'Brittany', 'Hokkaido', 'the Algarve', 'Yorkshire', 'Quebec', 'Tasmania', 'Cappadocia', 'Rift Valley', 'Galicia', 'Silesia'];
const STREETS = [
  () => `${int(2, 480)} ${pick(['Wexford', 'Larkspur', 'Quarry', 'Millbrook', 'Ashgrove', 'Kestrel', 'Tannery'])} ${pick(['Lane', 'Road', 'Street', 'Avenue', 'Close', 'Drive'])}`,
  () => `Calle de ${pick(['Alcalá', 'los Olivos', 'San Bernardo', 'Toledo'])} ${int(3, 220)}`,
  () => `Rua ${pick(['das Flores', 'Augusta', 'do Carmo', 'Sete de Setembro'])} ${int(1, 900)}`,
  () => `${pick(['Haupt', 'Linden', 'Goethe', 'Bahnhof', 'Kirch'])}straße ${int(1, 140)}`,
  () => `${int(1, 90)} rue ${pick(['des Acacias', 'Victor Hugo', 'de la Paix', 'du Moulin'])}`,
  () => `Via ${pick(['Garibaldi', 'Roma', 'dei Mille', 'Cavour'])} ${int(1, 120)}`,
  () => `ul. ${pick(['Długa', 'Floriańska', 'Piotrkowska', 'Mickiewicza'])} ${int(1, 90)}`,
  () => `${pick(['Keizersgracht', 'Prinsengracht', 'Oudegracht'])} ${int(10, 600)}`,
  () => `${int(1, 5)}-${int(1, 30)}-${int(1, 20)} ${pick(['Jingumae', 'Nishiki', 'Kitahama'])}`,
  () => `apt ${int(2, 40)}, ${int(10, 999)} ${pick(['maple', 'cedar', 'birch'])} st`,
  () => `${int(100, 9999)} ${pick(['N', 'S', 'E', 'W'])} ${pick(['Clark', 'Alder', 'Fremont', 'Division'])} ${pick(['St', 'Ave', 'Blvd'])}${chance(0.3) ? ', Apt ' + int(1, 30) + pick(['A', 'B', 'C']) : ''}`,
];
export const street = () => P('LOCATION', pick(STREETS)());
export const city = () => P('LOCATION', pick(CITIES));
export const country = () => P('LOCATION', pick(COUNTRIES));
export const region = () => P('LOCATION', pick(REGIONS));
export const place = () => pick([city, city, country, region])();
export const placeLower = () => { const v = pick(CITIES.filter((c) => /^[A-Za-z -]+$/.test(c))); return P('LOCATION', chance(0.5) ? v.toLowerCase() : v); };

const EMAIL_DOMS = ['mail.example', 'correo.example', 'acme-corp.test', 'northwind.example', 'globex.test', 'webpost.invalid', 'kundenservice.example', 'uni-hamburg.example', 'hospital-st-anne.test', 'fastmail.invalid', 'yahoo-mail.example'];
const asciiify = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/đ/gi, 'd');
export function emailFor(p) {
  let f = asciiify(p ? p.first : pick(CULTURES.en[0])).toLowerCase().replace(/[^a-z]/g, ''), l = asciiify(p ? p.last : pick(CULTURES.en[1])).toLowerCase().replace(/[^a-z]/g, '');
  if (!f) f = pick(['mina', 'lee', 'sam', 'ari']); if (!l) l = pick(['kim', 'chen', 'tan', 'ali']);
  const local = pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${int(1, 99)}`, `${l}.${f}+${pick(['billing', 'hr', 'test', 'news'])}`, `${f}${int(70, 99)}`, `${l}-${f[0]}`]);
  return P('EMAIL_ADDRESS', `${local}@${pick(EMAIL_DOMS)}`);
}
export const email = () => emailFor(person(pick(['en', 'es', 'de', 'fr', 'it', 'pl', 'in', 'zh', 'jaR', 'koR', 'arL', 'ruL', 'tr', 'ng', 'pt', 'nl', 'sv', 'he', 'sw', 'fa'])));

const PHONES = [
  () => { const a = int(2, 9) + digits(2), x = int(2, 9) + digits(2), n = digits(4); return pick([`(${a}) ${x}-${n}`, `+1 ${a}-${x}-${n}`, `${a}.${x}.${n}`, `+1 (${a}) ${x} ${n}`]); },
  () => pick([`+44 7${int(4, 9)}${digits(2)} ${digits(6)}`, `07${int(4, 9)}${digits(2)} ${digits(3)} ${digits(3)}`, `020 7${digits(3)} ${digits(4)}`, `+44 161 ${digits(3)} ${digits(4)}`]),
  () => pick([`+49 15${int(1, 9)} ${digits(8)}`, `0${pick(['30', '89', '40', '221'])} ${digits(7)}`, `+49 (0)17${int(0, 9)} ${digits(7)}`]),
  () => { const g = () => digits(2); return pick([`+33 ${pick([6, 7])} ${g()} ${g()} ${g()} ${g()}`, `0${pick([1, 4, 6])} ${g()} ${g()} ${g()} ${g()}`, `0${pick([6, 7])}.${g()}.${g()}.${g()}.${g()}`]); },
  () => pick([`+91 ${pick([9, 8, 7])}${digits(4)} ${digits(5)}`, `0${pick([80, 22, 44])}-${digits(8)}`]),
  () => pick([`+55 11 9${digits(4)}-${digits(4)}`, `(21) 9${digits(4)}-${digits(4)}`]),
  () => pick([`+81 ${pick([90, 80, 70])}-${digits(4)}-${digits(4)}`, `03-${digits(4)}-${digits(4)}`, `0${pick([90, 80])}${digits(8)}`]),
  () => pick([`+61 4${digits(2)} ${digits(3)} ${digits(3)}`, `(02) ${digits(4)} ${digits(4)}`, `04${digits(2)} ${digits(3)} ${digits(3)}`]),
  () => `+34 ${pick([6, 7])}${digits(2)} ${digits(3)} ${digits(3)}`,
  () => pick([`+39 3${digits(2)} ${digits(3)} ${digits(4)}`, `06 ${digits(4)} ${digits(4)}`]),
  () => pick([`+31 6 ${digits(8)}`, `06-${digits(8)}`, `020 ${digits(3)} ${digits(4)}`]),
  () => pick([`+52 55 ${digits(4)} ${digits(4)}`, `+52 1 33 ${digits(4)} ${digits(4)}`]),
  () => pick([`+82 10-${digits(4)}-${digits(4)}`, `010-${digits(4)}-${digits(4)}`]),
  () => `+48 ${pick([5, 6, 7])}${digits(2)} ${digits(3)} ${digits(3)}`,
  () => `+46 7${pick([0, 2, 3, 6])}-${digits(3)} ${digits(2)} ${digits(2)}`,
  () => `+27 ${pick([82, 83, 72, 61])} ${digits(3)} ${digits(4)}`,
  () => `+234 ${pick([803, 805, 806, 813])} ${digits(3)} ${digits(4)}`,
  () => `+41 ${pick([76, 78, 79])} ${digits(3)} ${digits(2)} ${digits(2)}`,
  () => `+353 8${pick([3, 5, 6, 7])} ${digits(3)} ${digits(4)}`,
  () => `+65 ${pick([8, 9])}${digits(3)} ${digits(4)}`,
  () => `+54 9 11 ${digits(4)}-${digits(4)}`,
  () => `+90 5${digits(2)} ${digits(3)} ${digits(2)} ${digits(2)}`,
  () => `+254 7${digits(2)} ${digits(3)} ${digits(3)}`,
  () => `+84 9${digits(1)} ${digits(3)} ${digits(2)} ${digits(2)}`,
];
export const phone = () => P('PHONE_NUMBER', pick(PHONES)());

const CARD_GENS = [
  () => '4' + digits(14), () => '5' + int(1, 5) + digits(13), () => String(int(2221, 2720)) + digits(11),
  () => '3' + pick(['4', '7']) + digits(12), () => '6011' + digits(11), () => '65' + digits(13),
  () => String(int(3528, 3589)) + digits(11), () => '36' + digits(11),
];
export function cardNumber() { return luhnComplete(pick(CARD_GENS)()); }
export function fmtCard(n) { if (n.length === 15) return pick([n, `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`]); if (n.length === 14) return pick([n, `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`]); const sep = pick(['', ' ', '-', ' ']); return n.match(/.{4}/g).join(sep); }
export const card = () => P('CREDIT_CARD', fmtCard(cardNumber()));

export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, LU: 20, CZ: 24, RO: 24, GR: 27, HU: 28 };
export function ibanRaw() {
  const cc = pick(Object.keys(IBAN_LEN)); const n = IBAN_LEN[cc] - 4; let bban;
  if (cc === 'GB' || cc === 'IE') bban = str(UPPER, 4) + digits(n - 4);
  else if (cc === 'NL') bban = str(UPPER, 4) + digits(10);
  else if (cc === 'IT') bban = str(UPPER, 1) + digits(n - 1);
  else if (cc === 'RO') bban = str(UPPER, 4) + digits(n - 4);
  else bban = digits(n);
  return ibanMake(cc, bban);
}
export const ibanFmt = (i) => chance(0.5) ? i.match(/.{1,4}/g).join(' ') : i;
export const iban = () => P('IBAN_CODE', ibanFmt(ibanRaw()));

export function ssnRaw() { let a; do a = int(1, 899); while (a === 666); return [pad(a, 3), pad(int(1, 99), 2), pad(int(1, 9999), 4)]; }
export const ssn = () => { const s = ssnRaw(); return P('US_SSN', chance(0.8) ? s.join('-') : s.join('')); };
export const ITIN_GROUPS = [...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99];
export const itin = () => P('US_ITIN', `9${digits(2)}-${pick(ITIN_GROUPS)}-${digits(4)}`);
export const passport = () => P('US_PASSPORT', chance(0.5) ? String(int(1, 9)) + digits(8) : pick(['A', 'C', 'E', 'X']) + digits(8));
export const driverLicense = () => P('US_DRIVER_LICENSE', pick([() => pick(UPPER) + digits(7), () => digits(9), () => pick(UPPER) + digits(12), () => digits(8), () => pick(UPPER) + digits(3) + '-' + digits(4) + '-' + digits(4), () => 'WDL' + str('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 9)])());
export const bankAccount = () => P('US_BANK_NUMBER', digits(int(8, 17)).replace(/^0/, '4'));
export function btc() {
  const t = int(0, 2);
  if (t === 0) return base58check(Buffer.concat([Buffer.from([0]), bytes(20)]));
  if (t === 1) return base58check(Buffer.concat([Buffer.from([5]), bytes(20)]));
  return bech32Enc('bc', [0, ...toWords(bytes(20))]);
}
export const crypto_ = () => P('CRYPTO', btc());
export function deaRaw(lastName) {
  const l1 = pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']); const l2 = (lastName && /^[A-Z]/.test(lastName) ? lastName[0] : pick(UPPER));
  const d = Array.from({ length: 6 }, () => int(0, 9)); const s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
  return l1 + l2 + d.join('') + (s % 10);
}
export const dea = (ln) => P('MEDICAL_LICENSE', deaRaw(ln));
export function nhsRaw() { for (;;) { const n = String(int(4, 6)) + digits(8); const c = nhsCheck(n); if (c !== 10) return n + c; } }
export const nhs = () => { const n = nhsRaw(); return P('UK_NHS', chance(0.7) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n); };
export function publicIp() { for (;;) { const a = int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue; return `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`; } }
export const ipv6 = () => `2a0${int(0, 9)}:${str(HEX, 4)}:${str(HEX, 3)}:${str(HEX, 4)}::${str(HEX, int(1, 4))}`;
export const clientIp = () => P('IP_ADDRESS', chance(0.8) ? publicIp() : ipv6());
// neutral (not labelled)
export const dob = () => pick([`${int(1950, 2004)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`, `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(1950, 2004)}`]);
export const zip = () => pick([digits(5), `${digits(5)}-${digits(4)}`, `${pick(['SW1A', 'LS6', 'M14', 'EH3'])} ${int(1, 9)}${pick(['AB', 'QT', 'XZ'])}`, digits(5)]);
export function aba() { const d8 = pick(['0', '1', '2', '3']) + digits(7); return d8 + abaCheck(d8); }
export const COMPANIES = ['Northwind Traders', 'Globex Corporation', 'Initech', 'Acme Logistics GmbH', 'Umbrella Analytics', 'Soylent Foods SA', 'Vandelay Industries', 'Hooli Cloud', 'Stark Freight BV', 'Wayne Mobility', 'Pied Piper Ltd', 'Tyrell Biotech'];
export const infraIp = () => pick([`10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 255)}.${int(1, 254)}`]);
