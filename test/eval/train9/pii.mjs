// train9 PII value generators (fake, format-valid) and their pools.
import { int, pick, chance, str, digits, hex, bytes, cyc, P, DIG, UP, LO, luhnDigit, ibanMake, sha256, b58check, bech32Encode, to5bit } from './lib.mjs';

// ---------- people ----------
const CULTURES = {
  us: { f: ['Emily', 'Marcus', 'Ashley', 'DeShawn', 'Brittany', 'Tyler', 'Kayla', 'Brandon', 'Madison', 'Cody'], l: ['Hartman', 'Whitfield', 'Caldwell', 'McAllister', 'Jefferson', 'Pruitt', 'Donnelly', 'Sorensen'] },
  mx: { f: ['José Luis', 'María Fernanda', 'Guadalupe', 'Alejandro', 'Ximena', 'Itzel'], l: ['Ramírez Ortega', 'Gutiérrez', 'Hernández López', 'Castañeda', 'Villaseñor'] },
  br: { f: ['João Pedro', 'Ana Beatriz', 'Thiago', 'Luíza', 'Gabriela', 'Rafael'], l: ['Albuquerque', 'Nogueira', 'da Conceição', 'Magalhães', 'Brandão'] },
  fr: { f: ['Amélie', 'Théo', 'Gaëlle', 'Benoît', 'Clémence', 'Jérôme'], l: ['Durand', 'Lefèvre', 'Rousseau', 'Mercier', 'Girard-Lemoine'] },
  de: { f: ['Jürgen', 'Anneliese', 'Lukas', 'Sören', 'Friederike', 'Maximilian'], l: ['Weißmann', 'Brückner', 'Schäfer', 'Köhler', 'Hoffmann'] },
  pl: { f: ['Małgorzata', 'Krzysztof', 'Zofia', 'Łukasz', 'Agnieszka'], l: ['Wiśniewska', 'Zieliński', 'Wójcik', 'Dąbrowski', 'Kaczmarek'] },
  ru: { f: ['Дмитрий', 'Екатерина', 'Анастасия', 'Игорь', 'Сергей'], l: ['Соколов', 'Волкова', 'Кузнецова', 'Смирнов', 'Лебедев'] },
  ua: { f: ['Олена', 'Тарас', 'Оксана', 'Богдан'], l: ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткачук'] },
  gr: { f: ['Γιώργος', 'Ελένη', 'Νίκος', 'Δήμητρα'], l: ['Παπαδόπουλος', 'Κωνσταντίνου', 'Οικονόμου', 'Γεωργίου'] },
  tr: { f: ['Ayşe', 'Mehmet', 'Çağla', 'Emre', 'Gülşen'], l: ['Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Doğan'] },
  ar: { f: ['محمد', 'فاطمة', 'عبد الله', 'نور', 'خالد'], l: ['العتيبي', 'الحربي', 'المنصوري', 'حداد', 'الشمري'] },
  arl: { f: ['Yousef', 'Layla', 'Omar', 'Mariam', 'Tariq'], l: ['Al-Harbi', 'El-Masry', 'Haddad', 'Al-Mansouri', 'Nasser'] },
  he: { f: ['נועה', 'יוסי', 'תמר', 'אביגיל'], l: ['לוי', 'כהן', 'מזרחי', 'פרידמן'] },
  hi: { f: ['राजेश', 'प्रिया', 'अनिल', 'सुनीता'], l: ['कुमार', 'शर्मा', 'वर्मा', 'गुप्ता'] },
  in: { f: ['Ananya', 'Venkatesh', 'Priyanka', 'Arjun', 'Lakshmi', 'Rohit'], l: ['Iyer', 'Subramanian', 'Chatterjee', 'Reddy', 'Deshpande', 'Malhotra'] },
  zh: { l: ['王', '李', '张', '刘', '陈', '欧阳'], f: ['伟', '娜', '敏', '晓明', '静怡', '建国'], cjk: true },
  zhl: { f: ['Xiaoming', 'Wei', 'Jing', 'Zhiwei', 'Meiling'], l: ['Chen', 'Zhang', 'Liu', 'Huang', 'Zhou'] },
  ja: { l: ['佐藤', '鈴木', '高橋', '田中', '山本', '渡辺'], f: ['健太', '花子', '陽翔', '美咲', '翔太'], cjk: true, sp: true },
  jal: { f: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren'], l: ['Takahashi', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Inoue'] },
  ko: { l: ['김', '이', '박', '최', '정'], f: ['민준', '서연', '지훈', '하은', '도윤'], cjk: true },
  kol: { f: ['Ji-hoon', 'Seo-yeon', 'Min-jun', 'Ha-eun'], l: ['Park', 'Kim', 'Choi', 'Jung'] },
  th: { f: ['สมชาย', 'สุดารัตน์', 'ประยุทธ', 'กัญญา'], l: ['ใจดี', 'ศรีสุข', 'วงศ์สวัสดิ์', 'ทองดี'] },
  vi: { f: ['Văn Hùng', 'Thu Trang', 'Minh Khoa', 'Ngọc Ánh'], l: ['Trần', 'Phạm', 'Nguyễn', 'Lê', 'Đặng'], lf: true },
  ng: { f: ['Chukwuemeka', 'Oluwaseun', 'Ngozi', 'Adaeze', 'Babatunde'], l: ['Okonkwo', 'Adebayo', 'Eze', 'Nwachukwu', 'Balogun'] },
  ke: { f: ['Wanjiru', 'Otieno', 'Akinyi', 'Kipchoge'], l: ['Kamau', 'Odhiambo', 'Mwangi', 'Chebet'] },
  et: { f: ['አበበ', 'ትዕግስት', 'ዳዊት'], l: ['በቀለ', 'ተስፋዬ', 'ኃይሌ'] },
  nord: { f: ['Sigrún', 'Lars', 'Ingrid', 'Mikael', 'Åsa'], l: ['Jónsdóttir', 'Østergaard', 'Lindqvist', 'Halvorsen', 'Virtanen'] },
  nl: { f: ['Sanne', 'Bram', 'Femke', 'Joost'], l: ['van der Berg', 'de Vries', 'Bakker', 'van Dijk'] },
  it: { f: ['Giuseppe', 'Chiara', 'Alessandro', 'Francesca'], l: ['Esposito', 'Ricci', 'Bianchi', 'De Luca'] },
  ie: { f: ['Siobhán', 'Pádraig', 'Aoife', 'Cian'], l: ["O'Brien", 'Ó Súilleabháin', 'MacCarthy', 'Ní Bhriain'] },
  fa: { f: ['سارا', 'علی', 'مریم'], l: ['محمدی', 'حسینی', 'رضایی'] },
  id: { f: ['Putri', 'Budi', 'Siti', 'Agus'], l: ['Wulandari', 'Santoso', 'Rahmawati', 'Hidayat'] },
  ph: { f: ['Maria Clara', 'Jose Rizal', 'Kristine', 'Mark Anthony'], l: ['Dela Cruz', 'Bautista', 'Villanueva', 'Mendoza'] },
  es: { f: ['Lucía', 'Álvaro', 'Nuria', 'Íñigo'], l: ['García Moreno', 'Fernández', 'Iglesias', 'Martínez de la Torre'] },
};
const CK = Object.keys(CULTURES);
export function personParts(culture) {
  const c = CULTURES[culture || cyc('culture', CK)];
  const first = pick(c.f), last = pick(c.l);
  const full = c.cjk ? (c.sp ? `${last} ${first}` : `${last}${first}`) : c.lf ? `${last} ${first}` : `${first} ${last}`;
  return { first, last, c, full };
}
export function personName(culture) { return personParts(culture).full; }
export const PERSON = (culture) => P('PERSON', personName(culture));
export const LATIN_CULTURES = ['us', 'mx', 'br', 'fr', 'de', 'pl', 'tr', 'arl', 'in', 'zhl', 'jal', 'kol', 'ng', 'ke', 'nord', 'nl', 'it', 'ie', 'id', 'ph', 'es'];
export function latinPerson() { const c = cyc('latinc', LATIN_CULTURES); return personParts(c); }
const HANDLES = ['mika', 'kai', 'noor', 'sasha', 'yuki', 'lee', 'dana', 'ari'];
const translit = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/ł/gi, 'l').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();

// ---------- emails ----------
const MAILDOMAINS = ['acme.example', 'mail.example', 'corp.globex.example', 'initech.test', 'post.example', 'kundenservice.example', 'inbox.test', 'correo.example', 'umbrella-health.example', 'student.uni-nord.example', 'sub.mail.hooli.test', 'fastmail.test'];
export function emailFor(first, last) {
  const f = translit(first || '') || pick(HANDLES), l = translit(last || '') || pick(['tan', 'ito', 'ali', 'roy']) + int(1, 99);
  const dom = pick(MAILDOMAINS);
  const shape = int(0, 7);
  const local = [`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${int(1, 99)}`, `${l}.${f}+${pick(['billing', 'jira', 'news', 'gw'])}`, `${f}${int(1970, 2004)}`, `${f}-${l}`, `${l}${f[0]}`, `${f}.${l[0]}`][shape];
  return `${local}@${dom}`;
}
export function email() { const p = latinPerson(); return emailFor(p.first.split(' ')[0], p.last.split(' ').pop()); }
export const EMAIL = () => P('EMAIL_ADDRESS', email());

// ---------- phones: real numbering plans, national and international ----------
const g = (n) => digits(n);
const nz = () => String(int(2, 9));
const PHONES = {
  US: () => { const ac = pick(['212', '415', '617', '312', '206', '303', '512', '404', '702', '919']); const ex = nz() + g(2), ln = g(4); return pick([`(${ac}) ${ex}-${ln}`, `+1 ${ac}-${ex}-${ln}`, `${ac}.${ex}.${ln}`, `+1 (${ac}) ${ex} ${ln}`, `1-${ac}-${ex}-${ln}`]); },
  CA: () => { const ac = pick(['416', '604', '514', '403', '613']); const ex = nz() + g(2), ln = g(4); return pick([`(${ac}) ${ex}-${ln}`, `+1 ${ac} ${ex} ${ln}`]); },
  GB: () => pick([`020 7946 0${g(3)}`, `+44 20 7946 0${g(3)}`, `07700 900${g(3)}`, `+44 7700 900${g(3)}`, `0161 496 0${g(3)}`, `+44 (0)113 496 0${g(3)}`]),
  DE: () => pick([`030 ${g(8)}`, `+49 30 ${g(7)}`, `0151 ${g(8)}`, `+49 151 ${g(4)} ${g(4)}`, `089/${g(3)} ${g(4)}`, `+49 (0)40 ${g(3)} ${g(4)}`]),
  FR: () => { const p = () => g(2); return pick([`01 ${p()} ${p()} ${p()} ${p()}`, `+33 1 ${p()} ${p()} ${p()} ${p()}`, `06 ${p()} ${p()} ${p()} ${p()}`, `+33 (0)6 ${p()} ${p()} ${p()} ${p()}`, `07.${p()}.${p()}.${p()}.${p()}`]); },
  ES: () => pick([`612 ${g(3)} ${g(3)}`, `+34 912 ${g(3)} ${g(3)}`, `+34 6${g(2)} ${g(2)} ${g(2)} ${g(2)}`]),
  IT: () => pick([`02 ${g(4)} ${g(4)}`, `+39 02 ${g(4)} ${g(4)}`, `347 ${g(3)} ${g(4)}`, `+39 347 ${g(3)} ${g(4)}`]),
  NL: () => pick([`020 ${g(3)} ${g(4)}`, `+31 20 ${g(3)} ${g(4)}`, `06-${g(8)}`, `+31 6 ${g(8)}`]),
  BE: () => pick([`+32 2 ${g(3)} ${g(2)} ${g(2)}`, `0470 ${g(2)} ${g(2)} ${g(2)}`]),
  CH: () => pick([`044 ${g(3)} ${g(2)} ${g(2)}`, `+41 44 ${g(3)} ${g(2)} ${g(2)}`, `079 ${g(3)} ${g(2)} ${g(2)}`]),
  AT: () => pick([`+43 1 ${g(7)}`, `0664 ${g(7)}`, `+43 664 ${g(3)} ${g(4)}`]),
  SE: () => pick([`08-${g(3)} ${g(3)} ${g(2)}`, `+46 8 ${g(3)} ${g(3)} ${g(2)}`, `070-${g(3)} ${g(2)} ${g(2)}`]),
  NO: () => pick([`+47 4${g(2)} ${g(2)} ${g(3)}`, `22 ${g(2)} ${g(2)} ${g(2)}`]),
  DK: () => pick([`+45 ${g(2)} ${g(2)} ${g(2)} ${g(2)}`, `32 ${g(2)} ${g(2)} ${g(2)}`]),
  FI: () => pick([`040 ${g(7)}`, `+358 40 ${g(7)}`, `+358 9 ${g(4)} ${g(3)}`]),
  PL: () => pick([`+48 5${g(2)} ${g(3)} ${g(3)}`, `22 ${g(3)} ${g(2)} ${g(2)}`, `+48 22 ${g(3)} ${g(2)} ${g(2)}`]),
  CZ: () => pick([`+420 60${g(1)} ${g(3)} ${g(3)}`, `+420 2${g(2)} ${g(3)} ${g(3)}`]),
  PT: () => pick([`+351 91${g(1)} ${g(3)} ${g(3)}`, `21 ${g(3)} ${g(4)}`]),
  IE: () => pick([`087 ${g(3)} ${g(4)}`, `+353 87 ${g(3)} ${g(4)}`, `01 ${g(3)} ${g(4)}`]),
  GR: () => pick([`+30 21 0${g(3)} ${g(4)}`, `69${g(1)} ${g(3)} ${g(4)}`]),
  TR: () => pick([`+90 532 ${g(3)} ${g(2)} ${g(2)}`, `0532 ${g(3)} ${g(2)} ${g(2)}`, `(0212) ${g(3)} ${g(2)} ${g(2)}`]),
  RU: () => pick([`+7 495 ${g(3)}-${g(2)}-${g(2)}`, `8 (916) ${g(3)}-${g(2)}-${g(2)}`, `+7 (812) ${g(3)}-${g(2)}-${g(2)}`]),
  UA: () => pick([`+380 44 ${g(3)} ${g(4)}`, `050 ${g(3)} ${g(2)} ${g(2)}`, `+380 67 ${g(3)} ${g(2)} ${g(2)}`]),
  IN: () => pick([`+91 98${g(3)} ${g(5)}`, `098${g(3)} ${g(5)}`, `011 ${g(4)} ${g(4)}`, `+91-22-${g(8)}`, `+91 7${g(4)}-${g(5)}`]),
  PK: () => pick([`+92 300 ${g(7)}`, `0300-${g(7)}`, `+92 21 ${g(8)}`]),
  BD: () => pick([`+880 1712-${g(6)}`, `01812-${g(6)}`]),
  CN: () => pick([`+86 138 ${g(4)} ${g(4)}`, `139-${g(4)}-${g(4)}`, `010-${g(4)} ${g(4)}`, `+86 21 ${g(4)} ${g(4)}`]),
  HK: () => pick([`+852 9${g(3)} ${g(4)}`, `+852 2${g(3)} ${g(4)}`]),
  TW: () => pick([`+886 912 ${g(3)} ${g(3)}`, `(02) 2${g(3)}-${g(4)}`, `0912-${g(3)}-${g(3)}`]),
  JP: () => pick([`03-${g(4)}-${g(4)}`, `+81 3-${g(4)}-${g(4)}`, `090-${g(4)}-${g(4)}`, `+81 90-${g(4)}-${g(4)}`, `06-${g(4)}-${g(4)}`, `+81-80-${g(4)}-${g(4)}`]),
  KR: () => pick([`010-${g(4)}-${g(4)}`, `+82 10-${g(4)}-${g(4)}`, `02-${g(3)}-${g(4)}`, `+82 2 ${g(4)} ${g(4)}`]),
  SG: () => pick([`+65 9${g(3)} ${g(4)}`, `6${g(3)} ${g(4)}`, `+65 8${g(3)} ${g(4)}`]),
  MY: () => pick([`+60 12-${g(3)} ${g(4)}`, `012-${g(3)} ${g(4)}`, `+60 3-${g(4)} ${g(4)}`]),
  TH: () => pick([`+66 81 ${g(3)} ${g(4)}`, `081-${g(3)}-${g(4)}`, `02-${g(3)}-${g(4)}`]),
  VN: () => pick([`+84 91 ${g(3)} ${g(2)} ${g(2)}`, `091 ${g(3)} ${g(4)}`, `+84 28 ${g(4)} ${g(4)}`]),
  PH: () => pick([`+63 917 ${g(3)} ${g(4)}`, `0917 ${g(3)} ${g(4)}`, `(02) 8${g(3)} ${g(4)}`]),
  ID: () => pick([`+62 812-${g(4)}-${g(4)}`, `0812 ${g(4)} ${g(4)}`, `(021) ${g(4)} ${g(4)}`]),
  AU: () => pick([`(02) 9${g(3)} ${g(4)}`, `+61 2 9${g(3)} ${g(4)}`, `0412 ${g(3)} ${g(3)}`, `+61 412 ${g(3)} ${g(3)}`, `(03) 9${g(3)} ${g(4)}`]),
  NZ: () => pick([`+64 21 ${g(3)} ${g(4)}`, `09 ${g(3)} ${g(4)}`, `021 ${g(3)} ${g(4)}`]),
  BR: () => pick([`(11) 9${g(4)}-${g(4)}`, `+55 11 9${g(4)}-${g(4)}`, `+55 (21) 9${g(4)}-${g(4)}`, `(31) 3${g(3)}-${g(4)}`]),
  MX: () => pick([`55 ${g(4)} ${g(4)}`, `+52 55 ${g(4)} ${g(4)}`, `+52 1 33 ${g(4)} ${g(4)}`, `(81) ${g(4)}-${g(4)}`]),
  AR: () => pick([`+54 9 11 ${g(4)}-${g(4)}`, `011 ${g(4)}-${g(4)}`, `15-${g(4)}-${g(4)}`]),
  CL: () => pick([`+56 9 ${g(4)} ${g(4)}`, `(2) 2${g(3)} ${g(4)}`]),
  CO: () => pick([`+57 310 ${g(7)}`, `310 ${g(3)} ${g(4)}`, `+57 601 ${g(3)} ${g(4)}`]),
  PE: () => pick([`+51 912 ${g(3)} ${g(3)}`, `(01) ${g(3)}-${g(4)}`]),
  ZA: () => pick([`+27 82 ${g(3)} ${g(4)}`, `011 ${g(3)} ${g(4)}`, `082 ${g(3)} ${g(4)}`]),
  NG: () => pick([`+234 803 ${g(3)} ${g(4)}`, `0803 ${g(3)} ${g(4)}`, `+234 1 ${g(3)} ${g(4)}`]),
  KE: () => pick([`+254 712 ${g(6)}`, `0712 ${g(6)}`, `+254 20 ${g(7)}`]),
  EG: () => pick([`+20 10 ${g(4)} ${g(4)}`, `010 ${g(4)} ${g(4)}`, `+20 2 ${g(4)} ${g(4)}`]),
  MA: () => pick([`+212 6 ${g(2)} ${g(2)} ${g(2)} ${g(2)}`, `06${g(2)}-${g(6)}`]),
  IL: () => pick([`+972 52-${g(3)}-${g(4)}`, `03-${g(3)}-${g(4)}`, `052-${g(3)}-${g(4)}`]),
  AE: () => pick([`+971 50 ${g(3)} ${g(4)}`, `04 ${g(3)} ${g(4)}`, `050 ${g(3)} ${g(4)}`]),
  SA: () => pick([`+966 50 ${g(3)} ${g(4)}`, `011 ${g(3)} ${g(4)}`, `055 ${g(3)} ${g(4)}`]),
};
export const PHONE_COUNTRIES = Object.keys(PHONES);
export const phoneCountriesUsed = new Set();
export function phone(cc) { const c = cc || cyc('phonecc', PHONE_COUNTRIES); phoneCountriesUsed.add(c); return PHONES[c](); }
export const PHONE = (cc) => P('PHONE_NUMBER', phone(cc));

// ---------- places ----------
const CITIES = ['São Paulo', 'München', 'Zürich', 'Kraków', 'Москва', 'Санкт-Петербург', 'Αθήνα', 'Θεσσαλονίκη', 'İstanbul', 'القاهرة', 'الرياض', 'תל אביב', 'मुंबई', 'बेंगलुरु', '北京市', '上海市', '東京都', '大阪市', '서울특별시', '부산광역시', 'กรุงเทพมหานคร', 'Hà Nội', 'Thành phố Hồ Chí Minh', 'Lagos', 'Nairobi', 'Addis Ababa', 'አዲስ አበባ', 'Reykjavík', 'Ciudad de México', 'Bogotá', 'Buenos Aires', 'Київ', 'Львів', 'تهران', 'Göteborg', 'Málaga', 'Łódź', 'Köln', 'Montréal', 'Québec', 'Christchurch', 'Cebu City', 'Yogyakarta', 'Kraków', 'Porto Alegre', 'Guadalajara', 'Düsseldorf', 'Toulouse', 'Aarhus', 'Tampere', 'Bergen', 'Cork', 'Napoli', 'Rotterdam', 'Edinburgh', 'Manchester', 'Boise', 'Tucson', 'Pittsburgh', 'Sacramento', 'Raleigh', 'Omaha'];
const COUNTRIES = ['Deutschland', 'Brasil', '日本', 'España', 'France', 'Polska', 'Україна', 'Ελλάδα', 'Türkiye', 'المغرب', 'ישראל', 'भारत', '中国', '대한민국', 'ประเทศไทย', 'Việt Nam', 'Nigeria', 'Kenya', 'Ísland', 'México', 'Colombia', 'Argentina', 'Canada', 'New Zealand', 'Philippines', 'Indonesia', 'Ireland', 'Italia', 'Nederland', 'Sverige', 'Norge'];
const STREETS = [
  () => `${pick(['Kastanienallee', 'Schönhauser Allee', 'Hauptstraße', 'Bergmannstraße'])} ${int(1, 180)}`,
  () => `${int(1, 90)} rue ${pick(['des Lilas', 'de la Roquette', 'Saint-Honoré', 'du Faubourg'])}`,
  () => `${pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Carrer de Mallorca'])} ${int(1, 300)}, ${int(1, 8)}º ${pick(['A', 'B', 'izq.'])}`,
  () => `ul. ${pick(['Marszałkowska', 'Piotrkowska', 'Floriańska'])} ${int(1, 120)}/${int(1, 40)}`,
  () => `Rua ${pick(['Augusta', 'das Flores', 'Visconde de Pirajá'])}, ${int(10, 2000)} - apto ${int(11, 180)}`,
  () => `東京都渋谷区神南${int(1, 3)}-${int(1, 20)}-${int(1, 12)}`,
  () => `大阪府大阪市北区梅田${int(1, 3)}丁目${int(1, 9)}-${int(1, 20)}`,
  () => `서울특별시 강남구 테헤란로 ${int(100, 520)}`,
  () => `ул. ${pick(['Тверская', 'Ленина', 'Садовая'])}, д. ${int(1, 60)}, кв. ${int(1, 200)}`,
  () => `${int(100, 9800)} ${pick(['Maple Ave', 'N Elm St', 'Sunset Blvd', 'W 34th St', 'Riverside Dr', 'Oak Hollow Ln'])}${pick(['', ', Apt ' + int(1, 40), ' Suite ' + int(100, 900)])}`,
  () => `Flat ${int(1, 30)}, ${int(1, 200)} ${pick(['Wellington Road', 'Cowley Street', 'Albert Terrace', 'High Street'])}`,
  () => `${pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Via dei Mille'])} ${int(1, 150)}`,
  () => `${pick(['Keizersgracht', 'Prinsengracht', 'Lange Voorhout'])} ${int(1, 700)}`,
  () => `${pick(['Plot', 'No.'])} ${int(1, 90)}, ${pick(['Admiralty Way', 'Awolowo Road', 'Kenyatta Avenue'])}`,
  () => `${int(1, 999)}/${int(1, 99)} ${pick(['Sukhumvit Soi 11', 'MG Road', 'Jalan Sudirman', 'Nguyễn Huệ'])}`,
  () => `${pick(['İstiklal Caddesi', 'Bağdat Caddesi'])} No:${int(1, 300)} D:${int(1, 20)}`,
  () => `${pick(['שדרות רוטשילד', 'רחוב הרצל'])} ${int(1, 120)}`,
  () => `${pick(['Drottninggatan', 'Storgata', 'Mannerheimintie'])} ${int(1, 110)}`,
];
// street lines paired with cities where they plausibly are (index into STREETS)
const STREET_CITIES = [['München', 'Köln', 'Düsseldorf'], ['Toulouse', 'Montréal', 'Québec'], ['Málaga', 'Ciudad de México', 'Bogotá'], ['Kraków', 'Łódź'], ['São Paulo', 'Porto Alegre'], ['東京都'], ['大阪市'], ['서울특별시'], ['Москва', 'Санкт-Петербург'], ['Boise', 'Tucson', 'Pittsburgh', 'Sacramento', 'Raleigh', 'Omaha'], ['Edinburgh', 'Manchester', 'Cork'], ['Napoli'], ['Rotterdam'], ['Lagos', 'Nairobi'], ['กรุงเทพมหานคร', 'मुंबई', 'Yogyakarta', 'Hà Nội'], ['İstanbul'], ['תל אביב'], ['Göteborg', 'Bergen', 'Tampere']];
export function ADDR() { const i = cyc('addr', STREETS.map((_, j) => j)); const st = STREETS[i](); const c = pick(STREET_CITIES[i]); return [P('LOCATION', st), ', ', P('LOCATION', c)]; }
export const city = () => cyc('city', CITIES);
export const country = () => cyc('country', COUNTRIES);
export const street = () => cyc('street', STREETS)();
export const CITY = () => P('LOCATION', city());
export const COUNTRY = () => P('LOCATION', country());
export const STREET = () => P('LOCATION', street());

// ---------- IPs ----------
export function ipv4() {
  return pick([
    () => `203.0.113.${int(1, 254)}`, () => `198.51.100.${int(1, 254)}`, () => `192.0.2.${int(1, 254)}`,
    () => `${pick([81, 85, 91, 95, 109, 151, 177, 186, 189, 200, 31, 46, 62, 77, 89, 101, 112, 121, 139, 161, 179, 185, 190, 213])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
  ])();
}
export function ipv6() { const h = () => hex(int(1, 4)).replace(/^0+(?=.)/, ''); return pick([`2001:db8:${h()}:${h()}::${h()}`, `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, `2600:1f18:${h()}:${h()}::${h()}`, `2001:0db8:85a3:${hex(4)}:${hex(4)}:8a2e:${hex(4)}:${hex(4)}`]); }
export const IP = () => P('IP_ADDRESS', chance(0.8) ? ipv4() : ipv6());

// ---------- cards ----------
const IINS = [['4', 16], ['4', 16], ['51', 16], ['53', 16], ['55', 16], ['2221', 16], ['2720', 16], ['2345', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3528', 16], ['3566', 16], ['3589', 16], ['36', 14], ['4', 13]];
export function cardNumber() {
  const [iin, len] = pick(IINS); let p = iin + digits(len - iin.length - 1);
  if (p.startsWith('4242') || p.startsWith('4111')) p = '4539' + p.slice(4);
  return p + luhnDigit(p);
}
export function fmtCard(n) {
  if (n.length === 15) return pick([n, `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`, `${n.slice(0, 4)}-${n.slice(4, 10)}-${n.slice(10)}`]);
  if (n.length === 14) return pick([n, `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`]);
  if (n.length === 13) return n;
  return pick([n, n.match(/.{4}/g).join(' '), n.match(/.{4}/g).join('-')]);
}
export const CARD = () => P('CREDIT_CARD', fmtCard(cardNumber()));
export function invalidCard() { const n = cardNumber(); const last = (+n.slice(-1) + int(1, 9)) % 10; return fmtCard(n.slice(0, -1) + last); }
export const TEST_CARDS = ['4242 4242 4242 4242', '4111111111111111', '5555 5555 5555 4444', '378282246310005', '4000 0566 5566 5556', '6011 1111 1111 1117', '3566 0020 2036 0505', '5105105105105100', '4012888888881881'];

// ---------- IBAN ----------
const IBANS = {
  DE: () => digits(8) + digits(10), GB: () => pick(['NWBK', 'BARC', 'MIDL', 'LOYD']) + digits(6) + digits(8), FR: () => digits(10) + str(UP + DIG, 11) + digits(2),
  ES: () => digits(20), IT: () => str(UP, 1) + digits(10) + str(UP + DIG, 12), NL: () => pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + digits(10), BE: () => digits(12),
  CH: () => digits(5) + str(UP + DIG, 12), AT: () => digits(16), PL: () => digits(24), PT: () => digits(21), IE: () => pick(['AIBK', 'BOFI']) + digits(14),
  SE: () => digits(20), NO: () => digits(11), DK: () => digits(14), FI: () => digits(14), LU: () => digits(3) + str(UP + DIG, 13), SA: () => digits(2) + str(UP + DIG, 18),
  AE: () => digits(19), TR: () => digits(5) + '0' + str(UP + DIG, 16), CZ: () => digits(20), GR: () => digits(7) + str(UP + DIG, 16), HU: () => digits(24), RO: () => pick(['RNCB', 'BTRL']) + str(UP + DIG, 16),
};
export const IBAN_CC = Object.keys(IBANS);
export function ibanRaw(cc) { const c = cc || cyc('ibancc', IBAN_CC); return ibanMake(c, IBANS[c]()); }
export const fmtIban = (s) => chance(0.55) ? s.match(/.{1,4}/g).join(' ') : s;
export const IBAN = () => P('IBAN_CODE', fmtIban(ibanRaw()));
export function invalidIban() { const s = ibanRaw(); const i = int(6, s.length - 1); const ch = s[i]; let r = /\d/.test(ch) ? String((+ch + int(1, 9)) % 10) : (ch === 'A' ? 'B' : 'A'); return fmtIban(s.slice(0, i) + r + s.slice(i + 1)); }

// ---------- US ids ----------
export function ssn(fmt) {
  let area; do { area = int(1, 899); } while (area === 666);
  const s = [String(area).padStart(3, '0'), String(int(1, 99)).padStart(2, '0'), String(int(1, 9999)).padStart(4, '0')];
  const f = fmt ?? pick(['-', '-', ' ', '']); return s.join(f);
}
export const SSN = () => P('US_SSN', ssn());
export function invalidSsn() { const k = int(0, 3); const a2 = [String(int(1, 665)).padStart(3, '0'), String(int(1, 99)).padStart(2, '0'), String(int(1, 9999)).padStart(4, '0')]; if (k === 0) a2[0] = pick(['000', '666']); else if (k === 1) a2[0] = String(int(900, 999)); else if (k === 2) a2[1] = '00'; else a2[2] = '0000'; return a2.join('-'); }
export function itin() { const grp = pick([...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return pick([`9${digits(2)}-${grp}-${digits(4)}`, `9${digits(2)} ${grp} ${digits(4)}`, `9${digits(2)}${grp}${digits(4)}`]); }
export const ITIN = () => P('US_ITIN', itin());
export const passport = () => pick([digits(9).replace(/^0/, '5'), str('ACEFGHJKLMNPRSTUVWXYZ', 1) + digits(8), digits(9).replace(/^0/, '4')]);
export const PASSPORT = () => P('US_PASSPORT', passport());
export function dea(lastName) {
  const first = pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']); const sec = (lastName && /^[A-Z]/i.test(lastName) ? lastName[0].toUpperCase() : pick(UP.split('')));
  const d = digits(6).split('').map(Number); const sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
  return first + sec + d.join('') + (sum % 10);
}
export function deaOk(s) { const d = s.slice(2).split('').map(Number); return d.length === 7 && (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6]; }
export const DEA = (ln) => P('MEDICAL_LICENSE', dea(ln));
export function nhs() { for (;;) { const d = digits(9).split('').map(Number); if (d[0] === 0) continue; const s = d.reduce((acc, x, i) => acc + x * (10 - i), 0); const c = 11 - (s % 11); if (c === 10) continue; const ck = c === 11 ? 0 : c; const n = d.join('') + ck; return pick([`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, n, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`]); } }
export function nhsOk(s) { const d = s.replace(/\D/g, '').split('').map(Number); if (d.length !== 10) return false; const sm = d.slice(0, 9).reduce((acc, x, i) => acc + x * (10 - i), 0); const c = 11 - (sm % 11); return (c === 11 ? 0 : c) === d[9]; }
export const NHS = () => P('UK_NHS', nhs());
const DL = {
  CA: () => str(UP, 1) + digits(7), NY: () => pick([digits(9), `${digits(3)} ${digits(3)} ${digits(3)}`]), FL: () => { const l = str(UP, 1); const n = digits(12); return pick([l + n, `${l}${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8, 11)}-${n.slice(11)}`]); },
  TX: () => digits(8), IL: () => { const l = str(UP, 1), n = digits(11); return pick([l + n, `${l}${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`]); }, WA: () => 'WDL' + str(UP + DIG, 9), PA: () => pick([digits(8), `${digits(2)} ${digits(3)} ${digits(3)}`]),
  NJ: () => str(UP, 1) + digits(14), MI: () => str(UP, 1) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3), OH: () => str(UP, 2) + digits(6), GA: () => digits(9), AZ: () => str(UP, 1) + digits(8), CO: () => `${digits(2)}-${digits(3)}-${digits(4)}`, MA: () => 'S' + digits(8),
};
export const DL_STATES = Object.keys(DL);
export function driverLicense() { const st = cyc('dlstate', DL_STATES); return { st, v: DL[st]() }; }
export const bankAccount = () => digits(pick([8, 9, 10, 10, 11, 12, 12, 13, 14, 17])).replace(/^0/, '4');
export const ABA = () => { for (;;) { const d = digits(8).split('').map(Number); for (let k = 0; k < 10; k++) { const x = [...d, k]; if ((3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 === 0) return x.join(''); } } };

// ---------- crypto addresses ----------
export function btc() {
  const k = cyc('btckind', [0, 1, 2, 2, 3]);
  if (k === 0) return b58check(Buffer.concat([Buffer.from([0x00]), bytes(20)]));
  if (k === 1) return b58check(Buffer.concat([Buffer.from([0x05]), bytes(20)]));
  if (k === 2) return bech32Encode('bc', [0, ...to5bit(bytes(20))]);
  return bech32Encode('bc', [0, ...to5bit(bytes(32))]);
}
export const BTC = () => P('CRYPTO', btc());
