// blind7 PII generators: names and places from many cultures, format-valid numbers.
import { P, ri, pick, chance, digits, pad, luhnComplete, ibanCheck, nhsCheck, base58check, segwit, randBytes, lower, UP, rs, DG } from './lib.mjs';

// [given, family, style] per culture; style 'w' western order, 'e' eastern (family first, no space for CJK)
const CULT = {
  en: [['Margaret', 'Oliver', 'Hannah', 'Desmond', 'Rebecca', 'Travis', 'Kayla', 'Graham'], ['Whitfield', 'Okafor', 'Hargreaves', 'Delaney', 'Pritchard', 'Morrow', 'Castellano', 'Boateng']],
  es: [['Lucía', 'Joaquín', 'Ximena', 'Rodrigo', 'Inés', 'Mateo', 'Guadalupe'], ['Fernández Ruiz', 'Olvera', 'Quintana', 'Zambrano', 'Ibáñez', 'Montoya']],
  de: [['Jörg', 'Friederike', 'Lukas', 'Annegret', 'Maximilian', 'Sönke'], ['Müller-Lüdenscheidt', 'Brandstätter', 'Weißenborn', 'Kowalczyk', 'Hoffmeister']],
  fr: [['Aurélie', 'Benoît', 'Margaux', 'Thibault', 'Océane', 'Éloïse'], ['Lefèvre', 'Dubois-Marchand', 'Rousseau', 'Chevalier', 'Nguyen']],
  ja: [['陽菜', '蓮', '結衣', '大翔', 'さくら', '悠真'], ['佐藤', '高橋', '渡辺', '伊藤', '山本', '中村']],
  jaL: [['Haruto', 'Yui', 'Sota', 'Aoi', 'Kenji'], ['Takahashi', 'Nakamura', 'Kobayashi', 'Yamaguchi']],
  zh: [['伟', '芳', '秀英', '志强', '静', '磊'], ['王', '李', '张', '刘', '陈', '杨']],
  zhL: [['Wei', 'Xiaoling', 'Jun', 'Mei', 'Haoran'], ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhou']],
  ko: [['민준', '서연', '지호', '하은'], ['김', '이', '박', '최']],
  ar: [['محمد', 'فاطمة', 'يوسف', 'ليلى'], ['الحسيني', 'العتيبي', 'حداد', 'منصور']],
  arL: [['Omar', 'Layla', 'Karim', 'Nour', 'Tariq', 'Yasmin'], ['Al-Mansouri', 'Haddad', 'El-Sayed', 'Bensaïd', 'Khalil']],
  hi: [['अनन्या', 'राहुल', 'प्रिया'], ['शर्मा', 'वर्मा', 'गुप्ता']],
  hiL: [['Aarav', 'Priyanka', 'Rohan', 'Deepika', 'Vikram', 'Sunita'], ['Raghunathan', 'Iyer', 'Chatterjee', 'Patel', 'Deshpande', 'Bhattacharya']],
  ru: [['Анна', 'Дмитрий', 'Екатерина', 'Сергей'], ['Смирнова', 'Кузнецов', 'Волкова', 'Попов']],
  ruL: [['Natalia', 'Igor', 'Svetlana', 'Alexei'], ['Ivanova', 'Petrov', 'Sokolova', 'Lebedev']],
  el: [['Ελένη', 'Γιώργος', 'Δημήτρης'], ['Παπαδοπούλου', 'Κωνσταντίνου', 'Νικολάου']],
  tr: [['Ayşe', 'Mehmet', 'Zeynep', 'Emre'], ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin']],
  ng: [['Chukwuemeka', 'Adaeze', 'Oluwaseun', 'Ngozi', 'Babatunde'], ['Okonkwo', 'Adeyemi', 'Nwosu', 'Balogun']],
  vi: [['Nguyễn Thị', 'Trần Văn', 'Lê Hoàng', 'Phạm Minh'], ['Hương', 'Dũng', 'Anh', 'Thảo']],
  pl: [['Małgorzata', 'Grzegorz', 'Agnieszka', 'Łukasz'], ['Wiśniewska', 'Szczepański', 'Zielińska', 'Dąbrowski']],
  pt: [['João', 'Conceição', 'Gonçalo', 'Thaís', 'Luíza'], ['Gonçalves', 'Assunção', 'Magalhães', 'Brandão']],
  sw: [['Wanjiru', 'Baraka', 'Amani', 'Otieno'], ['Kamau', 'Mwangi', 'Achieng', 'Njoroge']],
  he: [['נועה', 'איתי', 'תמר'], ['כהן', 'לוי', 'מזרחי']],
  nl: [['Sanne', 'Joris', 'Femke', 'Bram'], ['van der Berg', 'de Vries', 'Jansen', 'Bakker']],
};
const CULT_KEYS = Object.keys(CULT);
export function personName(cult = pick(CULT_KEYS)) {
  const [g, f] = CULT[cult]; const gn = pick(g), fn = pick(f);
  if (['ja', 'zh', 'ko'].includes(cult)) return fn + gn;
  if (cult === 'vi') return gn + ' ' + fn;
  return gn + ' ' + fn;
}
export const person = (cult) => P('PERSON', personName(cult));
export const latinName = () => personName(pick(['en', 'es', 'de', 'fr', 'jaL', 'zhL', 'arL', 'hiL', 'ruL', 'tr', 'ng', 'pl', 'pt', 'sw', 'nl']));
export const latinPerson = () => P('PERSON', latinName());
const deacc = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ı/g, 'i');
export function emailFor(name, dom) {
  const parts = deacc(name).toLowerCase().replace(/[^a-z\s-]/g, '').split(/[\s-]+/).filter(Boolean);
  const local = parts.length ? pick([() => parts.join('.'), () => parts[0][0] + parts[parts.length - 1], () => parts[0] + '_' + parts[parts.length - 1] + ri(1, 99), () => parts[parts.length - 1] + '+' + pick(['billing', 'jobs', 'news']), () => parts[0] + ri(1970, 2004)])() : 'user' + ri(100, 999);
  return P('EMAIL_ADDRESS', local + '@' + (dom || pick(['mail.example', 'post.test', 'inbox.example', 'acme-corp.example', 'uni-muenster.example', 'correo.example', 'yubin.example', 'fastmail.test', 'clinic-north.example'])));
}
export const email = () => emailFor(latinName());

export const CITIES = ['Lagos', 'São Paulo', 'Guadalajara', 'Kraków', 'Osaka', '大阪市', 'München', 'Lyon', 'Thessaloniki', 'Nairobi', 'Chennai', 'मुंबई', 'Montréal', 'Rotterdam', 'Izmir', 'Valparaíso', 'Busan', '서울', 'Hanoi', 'Casablanca', 'Brisbane', 'Cork', 'Tucson', 'Edinburgh', 'Бишкек', 'Санкт-Петербург', 'القاهرة', 'Gdańsk', 'Porto Alegre', 'Zürich', 'Hyderabad', 'Cebu City', 'Accra', 'Reykjavík', 'Ōita', 'Columbus, Ohio', 'Leeds', 'Sevilla', 'Bologna', 'Wrocław', 'Tel Aviv', 'Göteborg'];
export const COUNTRIES = ['Nigeria', 'Brazil', 'Mexico', 'Poland', 'Japan', 'Germany', 'France', 'Greece', 'Kenya', 'India', 'Canada', 'the Netherlands', 'Türkiye', 'Chile', 'South Korea', 'Vietnam', 'Morocco', 'Australia', 'Ireland', 'Deutschland', 'España', 'Italia', '日本', 'Česko'];
export const STREETS = ['742 Evergreen Terrace', '18 Rue des Lilas', 'Calle de Alcalá 214', 'Hauptstraße 5a', 'Flat 3, 27 Belgrave Road', '1-2-3 Shibuya', 'ul. Marszałkowska 104/122', 'Av. Paulista, 1578', '221 Harbourside Drive', 'Via Giuseppe Verdi 12', 'Keizersgracht 417', '58 Adeola Odeku Street', 'Kärntner Straße 31', '4417 Maple Ridge Rd'];
export const city = () => P('LOCATION', pick(CITIES));
export const country = () => P('LOCATION', pick(COUNTRIES));
export const street = () => P('LOCATION', pick(STREETS));
export const place = () => pick([city, city, country, street])();

// phones in real numbering plans
const PH = [
  () => { const ac = pick(['212', '415', '617', '312', '206', '512', '303', '404', '646', '720']); const ex = ri(201, 989), ln = digits(4); return pick([`(${ac}) ${ex}-${ln}`, `+1 ${ac} ${ex} ${ln}`, `${ac}-${ex}-${ln}`, `+1-${ac}-${ex}-${ln}`, `${ac}.${ex}.${ln}`]); },
  () => { const ac = pick(['416', '604', '514', '403']); return pick([`+1 (${ac}) ${ri(201, 989)}-${digits(4)}`, `${ac}-${ri(201, 989)}-${digits(4)}`]); },
  () => { const m = '7' + ri(400, 999) + digits(6); return pick([`+44 ${m.slice(0, 4)} ${m.slice(4)}`, `0${m.slice(0, 4)} ${m.slice(4)}`, `+44 20 ${ri(3000, 8999)} ${digits(4)}`, `0161 ${ri(200, 999)} ${digits(4)}`]); },
  () => pick([`+49 30 ${ri(2000000, 9999999)}`, `0${pick(['151', '160', '172', '176'])} ${digits(8)}`, `+49 ${pick(['151', '176'])} ${digits(4)} ${digits(4)}`, `089 ${ri(20, 99)} ${digits(2)} ${digits(2)}`]),
  () => { const g = () => digits(2); return pick([`+33 6 ${g()} ${g()} ${g()} ${g()}`, `06 ${g()} ${g()} ${g()} ${g()}`, `01.${g()}.${g()}.${g()}.${g()}`, `+33 (0)7 ${g()} ${g()} ${g()} ${g()}`]); },
  () => { const m = pick(['9', '8', '7']) + digits(9); return pick([`+91 ${m.slice(0, 5)} ${m.slice(5)}`, `+91-${m}`, `0${m.slice(0, 5)} ${m.slice(5)}`]); },
  () => pick([`+55 11 9${digits(4)}-${digits(4)}`, `(21) 9${digits(4)}-${digits(4)}`, `+55 (31) 3${digits(3)}-${digits(4)}`]),
  () => pick([`+81 90-${digits(4)}-${digits(4)}`, `090-${digits(4)}-${digits(4)}`, `03-${digits(4)}-${digits(4)}`, `+81 6 ${digits(4)} ${digits(4)}`]),
  () => pick([`+61 4${digits(2)} ${digits(3)} ${digits(3)}`, `04${digits(2)} ${digits(3)} ${digits(3)}`, `(02) ${ri(8000, 9999)} ${digits(4)}`]),
  () => pick([`+34 6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `91 ${digits(3)} ${digits(2)} ${digits(2)}`]),
  () => pick([`+39 3${digits(2)} ${digits(3)} ${digits(4)}`, `06 ${digits(4)} ${digits(4)}`]),
  () => pick([`+31 6 ${digits(8)}`, `06-${digits(8)}`, `020 ${digits(3)} ${digits(4)}`]),
  () => pick([`+52 55 ${digits(4)} ${digits(4)}`, `+52 1 33 ${digits(4)} ${digits(4)}`]),
  () => pick([`+82 10-${digits(4)}-${digits(4)}`, `010-${digits(4)}-${digits(4)}`]),
  () => pick([`+27 82 ${digits(3)} ${digits(4)}`, `+234 803 ${digits(3)} ${digits(4)}`, `+254 7${digits(2)} ${digits(3)} ${digits(3)}`]),
  () => pick([`+48 5${digits(2)} ${digits(3)} ${digits(3)}`, `+46 70-${digits(3)} ${digits(2)} ${digits(2)}`, `+41 79 ${digits(3)} ${digits(2)} ${digits(2)}`, `+90 5${digits(2)} ${digits(3)} ${digits(2)} ${digits(2)}`]),
];
export const phone = () => P('PHONE_NUMBER', pick(PH)());

// cards
const CARD = [
  () => luhnComplete('4' + digits(5), 16), () => luhnComplete(String(ri(51, 55)) + digits(4), 16), () => luhnComplete(String(ri(2221, 2720)) + digits(2), 16),
  () => luhnComplete(pick(['34', '37']) + digits(4), 15), () => luhnComplete(pick(['6011', '65' + digits(2), String(ri(644, 649)) + '1']), 16),
  () => luhnComplete(String(ri(3528, 3589)), 16), () => luhnComplete(pick(['36', '30' + ri(0, 5), '38']) + digits(2), 14),
];
export function fmtCard(n, style = ri(0, 3)) {
  if (style === 0) return n;
  const sep = style === 1 ? ' ' : '-';
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{4}/g).join(sep);
}
export const cardNum = () => { let n; do { n = pick(CARD)(); } while (/^(4242424242424242|4111111111111111|5555555555554444)$/.test(n)); return n; };
export const card = () => P('CREDIT_CARD', fmtCard(cardNum()));

// IBANs: country, bban builder
const IB = {
  DE: () => digits(18), GB: () => pick(['NWBK', 'BARC', 'MIDL', 'LOYD']) + digits(14), FR: () => digits(10) + rs(UP + DG, 11) + digits(2), ES: () => digits(20), IT: () => pick([...UP]) + digits(10) + rs(DG, 12),
  NL: () => pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + digits(10), BE: () => digits(12), CH: () => digits(17), AT: () => digits(16), PL: () => digits(24), PT: () => digits(21), IE: () => pick(['AIBK', 'BOFI']) + digits(14),
  SE: () => digits(20), NO: () => digits(11), DK: () => digits(14), FI: () => digits(14), LU: () => digits(3) + rs(UP + DG, 13), SA: () => digits(2) + rs(UP + DG, 18), AE: () => digits(19), TR: () => digits(5) + '0' + digits(16), BR: () => digits(23) + pick(['C', 'P']) + pick([...UP]),
};
export function ibanRaw(cc = pick(Object.keys(IB))) { const bban = IB[cc](); return cc + ibanCheck(cc, bban) + bban; }
export const fmtIban = (s, grouped = chance(0.6)) => grouped ? s.match(/.{1,4}/g).join(' ') : s;
export const iban = () => P('IBAN_CODE', fmtIban(ibanRaw()));

export function ssnRaw() { let ar; do { ar = ri(1, 899); } while (ar === 666); return [pad(ar, 3), pad(ri(1, 99), 2), pad(ri(1, 9999), 4)]; }
export const ssn = (sep = pick(['-', '-', '-', ' ', ''])) => P('US_SSN', ssnRaw().join(sep));
export const itin = (sep = pick(['-', '-', ' '])) => P('US_ITIN', ['9' + digits(2), String(pick([ri(70, 88), ri(90, 92), ri(94, 99), ri(50, 65)])), digits(4)].join(sep));
export const passport = () => P('US_PASSPORT', chance(0.5) ? digits(9).replace(/^0/, '5') : pick(['A', 'B', 'C', 'E', 'Z']) + digits(8));
export const driverLicense = () => P('US_DRIVER_LICENSE', pick([() => pick([...UP]) + digits(7), () => pick([...UP]) + digits(3) + '-' + digits(3) + '-' + digits(2) + '-' + digits(3) + '-0', () => digits(3) + ' ' + digits(3) + ' ' + digits(3)])());
export const bankNumber = () => P('US_BANK_NUMBER', digits(ri(10, 12)).replace(/^0/, '4'));
export function deaRaw(lastName = 'M') { const d6 = digits(6); const x = [...d6].map(Number); const c = ((x[0] + x[2] + x[4]) + 2 * (x[1] + x[3] + x[5])) % 10; const l = deacc(lastName).toUpperCase().replace(/[^A-Z]/g, '')[0] || 'M'; return pick(['A', 'B', 'F', 'G', 'M']) + l + d6 + c; }
export const dea = (ln) => P('MEDICAL_LICENSE', deaRaw(ln));
export function nhsRaw() { for (;;) { const nine = String(ri(4, 9)) + digits(8); const c = nhsCheck(nine); if (c !== null) return nine + c; } }
export const nhs = () => { const n = nhsRaw(); return P('UK_NHS', pick([n, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`])); };
export const btcRaw = () => pick([() => base58check(0, randBytes(20)), () => base58check(5, randBytes(20)), () => segwit(0, randBytes(20)), () => segwit(1, randBytes(32))])();
export const btc = () => P('CRYPTO', btcRaw());
export function ipv4Public() { for (;;) { const a1 = ri(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a1)) continue; return `${a1}.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`; } }
export const ip = () => P('IP_ADDRESS', chance(0.8) ? ipv4Public() : `2${pick(['a01', 'a02', '001', '604', '804'])}:${ri(0x1000, 0xffff).toString(16)}:${ri(0, 0xffff).toString(16)}:${ri(0, 0xffff).toString(16)}::${ri(1, 0xffff).toString(16)}`);
export const lastNameOf = (full) => full.split(' ').slice(-1)[0];
export { deacc };
