// blind14 PII: names and places of many cultures and scripts, phones in national plans, checksum-valid ids.
export { P } from './lib.mjs';
import { rng, P, DIG, HEX, UP, LOW, luhnCheckDigit, ibanMake, nhsCheck, deaCheck, base58check, segwitAddress } from './lib.mjs';

// [given names], [family names], familyFirst, joiner, romanized handle pool
export const LOCALES = {
  en: [['James', 'Olivia', 'Ethan', 'Maya', 'Connor', 'Hannah', 'Tyrone', 'Bethany', 'Dwayne', 'Kayla', 'Gareth', 'Rhiannon', 'Shauna', 'Declan'], ['Whitfield', 'Harrington', 'Okonkwo-Price', 'Bramley', 'McAllister', 'Pemberton', 'Sutcliffe', 'Lowry', 'Fairbairn', 'Dunleavy', 'Ashworth', 'Kilbride']],
  es: [['Alejandro', 'Lucía', 'Mateo', 'Valentina', 'Ximena', 'Joaquín', 'Itziar', 'Rocío', 'Gonzalo', 'Begoña'], ['García Moreno', 'Fernández', 'Etxeberria', 'Castillo', 'Ruiz de Alda', 'Quintana', 'Barrientos', 'Olmedo']],
  fr: [['Éloïse', 'Théo', 'Margaux', 'Baptiste', 'Anaïs', 'Gwenaël', 'Solène', 'Aurélien'], ['Lefèvre', 'Dubois-Marchand', 'Rousseau', 'Giraud', 'Mercier', 'Le Goff', 'Chevallier', 'Fontaine']],
  de: [['Jürgen', 'Lena', 'Matthias', 'Friederike', 'Lukas', 'Annegret', 'Björn', 'Svenja'], ['Schäfer', 'Brandt', 'Hoffmann', 'Weißenborn', 'Krüger', 'Lindemann', 'Vogt', 'Ziegler']],
  it: [['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Ilaria', 'Gianluca'], ['Esposito', 'Bianchi', 'Ferraro', 'Colombo', 'Santoro', 'Marchetti']],
  pt: [['João Pedro', 'Ana Clara', 'Thiago', 'Larissa', 'Gabriela', 'Rodrigo'], ['Souza', 'Oliveira Santos', 'Carvalho', 'Nascimento', 'Figueiredo', 'Ramos']],
  nl: [['Sanne', 'Joris', 'Femke', 'Daan', 'Maartje', 'Thijs'], ['de Vries', 'van den Berg', 'Bakker', 'Visser', 'van Leeuwen', 'Smit']],
  pl: [['Katarzyna', 'Piotr', 'Agnieszka', 'Wojciech', 'Małgorzata', 'Krzysztof'], ['Wiśniewska', 'Kowalczyk', 'Zieliński', 'Grabowska', 'Dąbrowski']],
  ru: [['Дмитрий', 'Анна', 'Сергей', 'Екатерина', 'Алексей', 'Ольга'], ['Соколов', 'Кузнецова', 'Волков', 'Морозова', 'Лебедев', 'Новикова']],
  ja: [['健太', '美咲', '大輔', '陽子', '翔太', '由美'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '山本'], true, ' '],
  zh: [['伟', '娜', '敏', '洋', '静', '磊', '秀英'], ['王', '李', '张', '刘', '陈', '杨', '黄'], true, ''],
  ko: [['민준', '서연', '지훈', '유나', '현우'], ['김', '이', '박', '최', '정'], true, ''],
  ar: [['محمد', 'فاطمة', 'أحمد', 'ليلى', 'يوسف', 'مريم'], ['العتيبي', 'الزهراني', 'منصور', 'حداد', 'الخطيب']],
  hi: [['राहुल', 'प्रिया', 'अनिल', 'सुनीता'], ['शर्मा', 'पटेल', 'वर्मा', 'गुप्ता']],
  in: [['Arjun', 'Priya', 'Sanjay', 'Lakshmi', 'Vikram', 'Ananya', 'Harpreet'], ['Venkataraman', 'Raghunathan', 'Iyer', 'Chatterjee', 'Deshpande', 'Sandhu']],
  tr: [['Ayşe', 'Mehmet', 'Elif', 'Burak', 'Zeynep'], ['Yılmaz', 'Demir', 'Şahin', 'Çelik', 'Öztürk']],
  vi: [['Lan', 'Minh', 'Thu Hà', 'Quang', 'Hương'], ['Nguyễn Thị', 'Trần Văn', 'Phạm', 'Lê', 'Võ'], true, ' '],
  ng: [['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo'], ['Okeke', 'Adeyemi', 'Balogun', 'Nwosu', 'Eze', 'Abiodun']],
  gr: [['Γιώργος', 'Ελένη', 'Νίκος', 'Κατερίνα'], ['Παπαδόπουλος', 'Νικολάου', 'Γεωργίου', 'Οικονόμου']],
  ke: [['Wanjiru', 'Otieno', 'Achieng', 'Kipchoge', 'Njeri'], ['Kamau', 'Odhiambo', 'Mwangi', 'Chebet', 'Wekesa']],
  sv: [['Åsa', 'Linnéa', 'Oskar', 'Måns', 'Sigrid'], ['Lindqvist', 'Björklund', 'Sandström', 'Nyberg']],
  he: [['דניאל', 'נועה', 'יוסי', 'מיכל'], ['כהן', 'לוי', 'מזרחי', 'פרץ']],
};
const LOCS = Object.keys(LOCALES);
const LATIN = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'in', 'tr', 'vi', 'ng', 'ke', 'sv'];
export function nameParts(loc = rng.pick(LOCS)) {
  const [g, f, ff, j] = LOCALES[loc];
  const given = rng.pick(g), family = rng.pick(f);
  const full = ff ? family + (j ?? ' ') + given : given + ' ' + family;
  return { loc, given, family, full };
}
export function person(loc) { return P(nameParts(loc).full, 'PERSON'); }
export function personLatin() { return P(nameParts(rng.pick(LATIN)).full, 'PERSON'); }
export function firstName(loc = rng.pick(LATIN)) { return P(rng.pick(LOCALES[loc][0]), 'PERSON'); }
export function personFormal() { const n = nameParts(rng.pick(LATIN)); return P(rng.pick(['Dr. ', 'Ms. ', 'Mr. ', 'Sra. ', 'M. ', 'Frau ', '']) === '' ? n.full : n.full, 'PERSON'); }
export function personReversed() { const n = nameParts(rng.pick(LATIN)); return P(n.family.toUpperCase() + ', ' + n.given, 'PERSON'); }

const ASCII = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
const HANDLES = ['kenji', 'mei', 'dmitri', 'olga', 'yusuf', 'minjun', 'rahul', 'eleni', 'noa', 'wei', 'anh', 'seo.yeon', 'leila'];
const DOMAINS = ['acme.example', 'mail.test', 'corp.example', 'northwind.test', 'globex.example', 'contoso.test', 'hooli.example', 'initech.test', 'umbrella.example', 'mail.invalid', 'clinic.example', 'bank.test', 'uni-muenster.example', 'correo.test', 'posteo.example', 'free.test'];
export function email(n) {
  n = n || nameParts(rng.pick(LATIN));
  let g = ASCII(n.given), f = ASCII(n.family); if (!g) g = rng.pick(HANDLES); if (!f) f = rng.pick(HANDLES) + rng.digits(2);
  const shape = rng.int(0, 7); const dom = rng.pick(DOMAINS);
  const local = [`${g}.${f}`, `${g[0]}${f}`, `${g}_${f}${rng.digits(2)}`, `${f}.${g[0]}`, `${g}+${rng.pick(['invoices', 'git', 'news', 'shop'])}`, `${g}${rng.int(70, 99)}`, `${g[0]}.${f}`, `${f}-${g}`][shape];
  return P(`${local}@${rng.chance(0.15) ? rng.pick(['eu.', 'mx.', 'hr.', 'sales.']) : ''}${dom}`, 'EMAIL_ADDRESS');
}

// ---- places ----
export const CITIES = ['Lyon', 'Porto Alegre', 'Osaka', '大阪', 'Москва', 'Kraków', 'München', 'São Paulo', 'Nairobi', 'Lagos', 'Hà Nội', 'İzmir', 'Chennai', 'Thessaloniki', 'Rotterdam', 'Valparaíso', 'Guadalajara', 'Busan', '서울', 'القاهرة', 'Marrakech', 'Reykjavík', 'Tromsø', 'Cork', 'Bristol', 'Leeds', 'Toulouse', 'Bilbao', 'Sevilla', 'Bologna', 'Napoli', 'Göteborg', 'Aarhus', 'Gdańsk', 'Brno', 'Cluj-Napoca', 'Kisumu', 'Mombasa', 'Ibadan', 'Accra', 'Pune', 'Kochi', 'Jaipur', 'Cebu', 'Da Nang', 'Chiang Mai', 'Sapporo', '京都', '上海', '成都', 'Winnipeg', 'Halifax', 'Boise', 'Tucson', 'Savannah', 'Duluth', 'Asheville', 'Fresno', 'Mendoza', 'Arequipa', 'Cuenca', 'Medellín', 'Curitiba', 'Recife', 'Hobart', 'Dunedin', 'Tbilisi', 'Yerevan', 'Almaty', 'Beirut', 'Tunis', 'Casablanca', 'Zanzibar', 'Windhoek', 'Lübeck', 'Innsbruck', 'Lausanne', 'Gent', 'Maastricht', 'Ljubljana'];
export const COUNTRIES = ['Portugal', 'Kenya', 'Japan', 'Brazil', 'Deutschland', 'España', 'Ελλάδα', 'Nigeria', 'Vietnam', 'Türkiye', 'India', 'Canada', 'Mexico', 'Chile', 'Norway', 'Poland', 'Ireland', 'New Zealand', 'Morocco', 'Georgia', 'Iceland', 'Argentina', 'Colombia', 'the Philippines', 'Indonesia', 'Ghana', 'Україна', '日本', '대한민국', 'Italia', 'France', 'Scotland'];
export const REGIONS = ['Bavaria', 'Andalucía', 'Tuscany', 'Bretagne', 'Kerala', 'Patagonia', 'Hokkaido', 'Ontario', 'Queensland', 'the Algarve', 'Cornwall', 'Minas Gerais', 'Yucatán', 'Rift Valley', 'Transylvania'];
export function city(lower = false) { let c = rng.pick(CITIES); if (lower && /^[A-Z]/.test(c)) c = c.toLowerCase(); return P(c, 'LOCATION'); }
export function country() { return P(rng.pick(COUNTRIES), 'LOCATION'); }
export function region() { return P(rng.pick(REGIONS), 'LOCATION'); }
export function place(lower = false) { return rng.weighted([[() => city(lower), 6], [country, 2], [region, 1]])(); }
const STREETS = {
  en: () => `${rng.int(1, 2999)} ${rng.pick(['Maple', 'Larkspur', 'Holloway', 'Kingsley', 'Orchard', 'Beacon', 'Willow Creek', 'Ashby', 'Juniper'])} ${rng.pick(['Street', 'Avenue', 'Lane', 'Road', 'Drive', 'Court', 'Terrace', 'Blvd'])}${rng.chance(0.3) ? ', Apt ' + rng.int(1, 40) + rng.pick(['', 'B', 'C']) : ''}`,
  es: () => `Calle ${rng.pick(['de la Amargura', 'Mayor', 'del Olivo', 'San Bernardo', 'Arenal'])} ${rng.int(1, 180)}${rng.chance(0.5) ? ', ' + rng.int(1, 9) + 'º ' + rng.pick(['A', 'B', 'izq.']) : ''}`,
  fr: () => `${rng.int(1, 140)}${rng.chance(0.2) ? ' bis' : ''} ${rng.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'rue du Moulin', 'impasse des Tilleuls', 'quai de la Loire'])}`,
  de: () => `${rng.pick(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Hauptstr.', 'Birkenweg', 'Schillerplatz'])} ${rng.int(1, 120)}${rng.chance(0.2) ? 'a' : ''}`,
  it: () => `Via ${rng.pick(['Garibaldi', 'dei Mille', 'San Francesco', 'Roma', 'delle Rose'])} ${rng.int(1, 200)}`,
  pt: () => `Rua ${rng.pick(['das Flores', 'Augusta', 'Sete de Setembro', 'do Ouvidor', 'Barão de Itapetininga'])}, ${rng.int(10, 2400)}`,
  nl: () => `${rng.pick(['Keizersgracht', 'Dorpsstraat', 'Molenweg', 'Kerkstraat', 'Prinsengracht'])} ${rng.int(1, 400)}${rng.chance(0.3) ? '-' + rng.pick(['I', 'II', 'hs']) : ''}`,
  pl: () => `ul. ${rng.pick(['Długa', 'Kwiatowa', 'Piłsudskiego', 'Mickiewicza', 'Ogrodowa'])} ${rng.int(1, 99)}${rng.chance(0.5) ? '/' + rng.int(1, 60) : ''}`,
  ja: () => `${rng.pick(['中央区', '北区', '港区', '左京区'])}${rng.pick(['銀座', '梅田', '六本木', '北白川'])}${rng.int(1, 8)}丁目${rng.int(1, 20)}-${rng.int(1, 30)}`,
  in: () => `${rng.int(1, 99)}, ${rng.pick(['MG Road', '4th Cross, Indiranagar', 'Anna Salai', 'Linking Road, Bandra West', 'Sector 17'])}`,
};
export function street() { return P(STREETS[rng.pick(Object.keys(STREETS))](), 'LOCATION'); }
export function streetOf(loc) { return P((STREETS[loc] || STREETS.en)(), 'LOCATION'); }

// ---- phones in national numbering plans ----
const d = (n) => rng.digits(n);
const nz = (n) => String(rng.int(1, 9)) + rng.digits(n - 1);
const nanp = () => { const a = rng.pick(['212', '312', '415', '503', '617', '702', '808', '919', '206', '303', '512', '604', '416', '514', '403']); const ex = String(rng.int(2, 9)) + rng.pick(['2', '3', '4', '6', '7', '8']) + d(1); return [a, ex, d(4)]; };
export const PHONE_FMT = {
  US: () => { const [a, e, s] = nanp(); return rng.pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `+1 ${a} ${e} ${s}`, `${a}.${e}.${s}`, `+1-${a}-${e}-${s}`]); },
  GB: () => rng.pick([`07${nz(3)} ${d(6)}`, `+44 7${nz(3)} ${d(6)}`, `020 ${rng.int(7, 8)}${d(3)} ${d(4)}`, `+44 (0)161 ${nz(3)} ${d(4)}`]),
  DE: () => rng.pick([`+49 15${rng.pick(['1', '2', '7', '9'])} ${d(8)}`, `0170 ${d(7)}`, `+49 30 ${nz(8)}`, `089 ${nz(3)} ${d(4)}`]),
  FR: () => { const p = rng.pick(['6', '7', '1', '4']); const g = [d(2), d(2), d(2), d(2)]; return rng.pick([`0${p} ${g.join(' ')}`, `+33 ${p} ${g.join(' ')}`, `0${p}.${g.join('.')}`]); },
  IN: () => { const m = rng.pick(['9', '8', '7']) + d(4); const n = d(5); return rng.pick([`+91 ${m} ${n}`, `+91-${m}${n}`, `0${m} ${n}`]); },
  BR: () => { const ddd = rng.pick(['11', '21', '31', '41', '51', '71', '81']); return rng.pick([`+55 ${ddd} 9${d(4)}-${d(4)}`, `(${ddd}) 9${d(4)}-${d(4)}`]); },
  JP: () => rng.pick([`090-${d(4)}-${d(4)}`, `080-${d(4)}-${d(4)}`, `+81 90 ${d(4)} ${d(4)}`, `03-${nz(4)}-${d(4)}`, `06-${nz(4)}-${d(4)}`]),
  AU: () => rng.pick([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${rng.pick(['9', '8'])}${d(3)} ${d(4)}`]),
  ES: () => rng.pick([`6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+34 6${d(2)} ${d(3)} ${d(3)}`, `91 ${nz(3)} ${d(2)} ${d(2)}`]),
  IT: () => rng.pick([`3${rng.pick(['33', '47', '39', '20'])} ${d(3)} ${d(4)}`, `+39 3${d(2)} ${d(7)}`, `06 ${nz(4)} ${d(4)}`]),
  NL: () => rng.pick([`06-${nz(8)}`, `+31 6 ${nz(8)}`, `020 ${nz(3)} ${d(4)}`]),
  MX: () => rng.pick([`+52 55 ${nz(4)} ${d(4)}`, `33 ${nz(4)} ${d(4)}`, `+52 1 81 ${nz(4)} ${d(4)}`]),
  KR: () => rng.pick([`010-${nz(4)}-${d(4)}`, `+82 10-${nz(4)}-${d(4)}`, `02-${nz(3)}-${d(4)}`]),
  ZA: () => rng.pick([`082 ${nz(3)} ${d(4)}`, `+27 72 ${nz(3)} ${d(4)}`]),
  NG: () => rng.pick([`0803 ${nz(3)} ${d(4)}`, `+234 806 ${nz(3)} ${d(4)}`, `+234 (0)90 ${nz(4)} ${d(4)}`]),
  SE: () => rng.pick([`070-${nz(3)} ${d(2)} ${d(2)}`, `+46 70 ${nz(3)} ${d(2)} ${d(2)}`, `08-${nz(3)} ${d(3)} ${d(2)}`]),
  PL: () => rng.pick([`${rng.pick(['5', '6', '7', '8'])}${d(2)} ${d(3)} ${d(3)}`, `+48 ${rng.pick(['5', '6'])}${d(2)} ${d(3)} ${d(3)}`]),
  CH: () => rng.pick([`079 ${nz(3)} ${d(2)} ${d(2)}`, `+41 76 ${nz(3)} ${d(2)} ${d(2)}`]),
  SG: () => rng.pick([`+65 ${rng.pick(['8', '9'])}${d(3)} ${d(4)}`, `${rng.pick(['8', '9'])}${d(3)} ${d(4)}`]),
  AR: () => `+54 9 11 ${nz(4)}-${d(4)}`,
  KE: () => rng.pick([`0722 ${nz(3)} ${d(3)}`, `+254 712 ${nz(3)} ${d(3)}`]),
  TR: () => `+90 5${d(2)} ${nz(3)} ${d(2)} ${d(2)}`,
};
export function phone(cc = rng.pick(Object.keys(PHONE_FMT))) { return P(PHONE_FMT[cc](), 'PHONE_NUMBER'); }

// ---- IPs (client addresses) ----
export function publicIpv4() { for (;;) { const a = rng.int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue; return `${a}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`; } }
export function ip() { if (rng.chance(0.2)) return P(`${rng.pick(['2a02', '2600', '2804', '2a01', '240e', '2c0f', '2a0d'])}:${rng.str(HEX, 4)}:${rng.str(HEX, 4)}:${rng.str(HEX, 4)}::${rng.str(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '')}`, 'IP_ADDRESS'); return P(publicIpv4(), 'IP_ADDRESS'); }
export function privateIpv4() { return rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`]); }

// ---- cards ----
const CARD = [['visa', () => '4' + d(14), 16], ['mc', () => String(rng.int(51, 55)) + d(13), 16], ['mc2', () => String(rng.int(2221, 2720)) + d(11), 16], ['amex', () => rng.pick(['34', '37']) + d(12), 15], ['disc', () => rng.pick(['6011' + d(11), '65' + d(13)]), 16], ['jcb', () => String(rng.int(3528, 3589)) + d(11), 16], ['diners', () => rng.pick(['36' + d(11), '30' + rng.int(0, 5) + d(10)]), 14]];
export function cardNumber() { const [, g] = rng.pick(CARD); const body = g(); return body + luhnCheckDigit(body); }
export function fmtCard(n) { const k = rng.int(0, 2); if (k === 0) return n; const sep = k === 1 ? ' ' : '-'; if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep); if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep); return n.match(/.{4}/g).join(sep); }
export function card() { return P(fmtCard(cardNumber()), 'CREDIT_CARD'); }

// ---- IBAN ----
const AL = () => rng.str(UP, 1);
const BBAN = { DE: () => d(18), GB: () => rng.str(UP, 4) + d(14), FR: () => d(10) + rng.str(UP + DIG, 11) + d(2), ES: () => d(20), IT: () => AL() + d(10) + rng.str(DIG + UP, 12), NL: () => rng.str(UP, 4) + d(10), BE: () => d(12), CH: () => d(17), AT: () => d(16), PL: () => d(24), PT: () => d(21), IE: () => rng.str(UP, 4) + d(14), SE: () => d(20), NO: () => d(11), DK: () => d(14), FI: () => d(14), LU: () => d(3) + rng.str(DIG + UP, 13), GR: () => d(7) + rng.str(DIG + UP, 16), CZ: () => d(20), RO: () => rng.str(UP, 4) + rng.str(DIG + UP, 16), TR: () => d(5) + '0' + rng.str(DIG + UP, 16), SA: () => d(2) + rng.str(DIG + UP, 18), AE: () => d(19), HU: () => d(24) };
export function ibanRaw(cc = rng.pick(Object.keys(BBAN))) { return ibanMake(cc, BBAN[cc]()); }
export const fmtIban = (s) => rng.chance(0.5) ? s.match(/.{1,4}/g).join(' ') : s;
export function iban(cc) { return P(fmtIban(ibanRaw(cc)), 'IBAN_CODE'); }

// ---- US ids ----
export function ssnRaw() { let a; do { a = rng.int(1, 899); } while (a === 666); return [String(a).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')]; }
export function ssn() { const p = ssnRaw(); return P(rng.chance(0.8) ? p.join('-') : rng.chance(0.5) ? p.join(' ') : p.join(''), 'US_SSN'); }
export function itin() { const g = rng.pick([rng.int(50, 65), rng.int(70, 88), rng.int(90, 92), rng.int(94, 99)]); return P(`9${d(2)}-${g}-${d(4)}`, 'US_ITIN'); }
export function passport() { return P(rng.chance(0.6) ? nz(9) : rng.pick(['A', 'C', 'E', 'Z']) + d(8), 'US_PASSPORT'); }
export const DL = { CA: () => AL() + d(7), NY: () => `${d(3)} ${d(3)} ${d(3)}`, FL: () => `${AL()}${d(3)}-${d(3)}-${d(2)}-${d(3)}-${d(1)}`, TX: () => nz(8), WA: () => 'WDL' + rng.str(UP + DIG, 9), IL: () => `${AL()}${d(3)}-${d(4)}-${d(4)}`, PA: () => `${d(2)} ${d(3)} ${d(3)}`, NJ: () => `${AL()}${d(4)} ${d(5)} ${d(5)}`, MI: () => `${AL()} ${d(3)} ${d(3)} ${d(3)} ${d(3)}`, OH: () => rng.str(UP, 2) + d(6) };
export function driverLicense(st = rng.pick(Object.keys(DL))) { return { st, o: P(DL[st](), 'US_DRIVER_LICENSE') }; }
export function bankAccount() { return P(nz(rng.int(8, 17)), 'US_BANK_NUMBER'); }
export function abaRouting() { for (;;) { const x = rng.pick(['0', '1', '2', '3']) + d(7); const w = [3, 7, 1, 3, 7, 1, 3, 7, 1]; let s = 0; for (let i = 0; i < 8; i++) s += +x[i] * w[i]; const c = (10 - (s % 10)) % 10; return x + c; } }
export function dea(family = 'X') { const L1 = rng.pick(['A', 'B', 'F', 'G', 'M']); const L2 = /[A-Z]/.test(family[0]?.toUpperCase()) ? ASCII(family)[0]?.toUpperCase() || 'Q' : 'Q'; const six = d(6); return P(L1 + L2 + six + deaCheck(six), 'MEDICAL_LICENSE'); }
export function nhs() { for (;;) { const nine = nz(9); const c = nhsCheck(nine); if (c === null) continue; const n = nine + c; return P(rng.chance(0.7) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n, 'UK_NHS'); } }
export function btc() { const k = rng.int(0, 3); if (k === 0) return P(base58check(0, rng.bytes(20)), 'CRYPTO'); if (k === 1) return P(base58check(5, rng.bytes(20)), 'CRYPTO'); if (k === 2) return P(segwitAddress(0, rng.bytes(20)), 'CRYPTO'); return P(segwitAddress(1, rng.bytes(32)), 'CRYPTO'); }
export function dob() { return `${rng.int(1940, 2005)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`; }
export function zip() { return rng.pick([d(5), d(5) + '-' + d(4), `${rng.pick(['SW1A', 'M14', 'EH3', 'BS8'])} ${rng.int(1, 9)}${rng.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`, d(5), `${d(3)} ${d(2)}`]); }
export const COMPANIES = ['Acme Logistics GmbH', 'Northwind Traders', 'Globex Corporation', 'Initech', 'Umbrella Health', 'Hooli', 'Contoso Ltd', 'Vandelay Industries', 'Soylent Foods', 'Wonka Confectionery', 'Stark Components', 'Cyberdyne Systems', 'Tyrell Bio', 'Pied Piper', 'Massive Dynamic'];
export const company = () => rng.pick(COMPANIES);
