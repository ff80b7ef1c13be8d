// PII generators with valid check digits; names of 32 cultures, addresses and phones of many countries.
import { R, int, pick, chance, digits, luhnComplete, makeIban, groupIban, IBAN_SPEC, nhsCheck, b58check, bech32Addr, bytes } from './lib.mjs';

export const NAMES = {
  us: [['Brandon', 'Kayla', 'Tyler', 'Madison', 'Dustin', 'Courtney'], ['Whitfield', 'Hargrove', 'Delancey', 'McAllister', 'Pruitt', 'Osborne']],
  gb: [['Alistair', 'Imogen', 'Rhys', 'Philippa', 'Callum', 'Harriet'], ['Ashworth', 'Pemberton', 'Thistlewood', 'Faulkner', 'Greaves', 'Hollis']],
  ie: [['Siobhan', 'Cathal', 'Aoife', 'Ruairi', 'Niamh', 'Oisin'], ["O'Donoghue", 'MacCarthy', 'Ni Bhriain', 'Gallagher', 'Kinsella']],
  de: [['Jürgen', 'Annegret', 'Volker', 'Heike', 'Torben', 'Wiebke'], ['Krämer', 'Oberhuber', 'Schäfermeyer', 'Wendtland', 'Brüggemann', 'Lindqvist-Haas']],
  fr: [['Aurélien', 'Ségolène', 'Gaëtan', 'Clémence', 'Thibault', 'Maëlys'], ['Duchêne', 'Lefebvre-Roux', 'Marchetti', 'Beaulieu', 'Vasseur', 'Prévost']],
  es: [['Íñigo', 'Begoña', 'Nerea', 'Álvaro', 'Rocío', 'Jacinto'], ['Etxeberria', 'Gutiérrez Soler', 'Castañeda', 'Villalobos', 'Ibarra']],
  mx: [['Guadalupe', 'Xóchitl', 'Citlali', 'Cuauhtémoc', 'Itzel', 'Fermín'], ['Tlapanco', 'Zepeda', 'Huerta Olvera', 'Quintanilla', 'Carranza']],
  br: [['João Pedro', 'Thaís', 'Gustavo', 'Luana', 'Anderson', 'Raíssa'], ['Albuquerque', 'Conceição', 'Figueiredo', 'Nascimento', 'Damasceno']],
  pt: [['Gonçalo', 'Inês', 'Duarte', 'Leonor', 'Tiago'], ['Magalhães', 'Sequeira', 'Barbosa', 'Pimentel']],
  it: [['Gianluca', 'Ludovica', 'Beatrice', 'Ettore', 'Fiorella', 'Vittorio'], ['Quagliarella', 'Bonfiglio', 'Santangelo', 'Lombardi', 'Caruso', 'Mancuso']],
  nl: [['Joris', 'Femke', 'Sjoerd', 'Anouk', 'Maarten', 'Lieke'], ['van der Velde', 'Bakker', 'de Groot', 'Hoekstra', 'Vermeulen']],
  pl: [['Grzegorz', 'Małgorzata', 'Wojciech', 'Agnieszka', 'Przemysław', 'Jadwiga'], ['Wiśniewska', 'Brzęczyszczykiewicz', 'Kowalczyk', 'Zieliński', 'Grabowski']],
  cz: [['Radek', 'Zdeňka', 'Ondřej', 'Markéta', 'Vojtěch'], ['Dvořák', 'Procházková', 'Černý', 'Kučera']],
  se: [['Björn', 'Sigrid', 'Linnéa', 'Gustav', 'Astrid'], ['Lindgren', 'Sjöberg', 'Åkesson', 'Bergqvist']],
  fi: [['Juhani', 'Aino', 'Tuomas', 'Päivi', 'Eero'], ['Virtanen', 'Mäkinen', 'Häkkinen', 'Korhonen']],
  hu: [['Zsófia', 'Levente', 'Bence', 'Réka', 'Gergely'], ['Szabó', 'Horváth', 'Kovács', 'Nagy-Tóth']],
  ro: [['Ioana', 'Mihai', 'Bogdan', 'Anca', 'Sorin'], ['Popescu', 'Dumitrescu', 'Ionescu', 'Stănescu']],
  gr: [['Γιώργος', 'Ελένη', 'Δημήτρης', 'Κατερίνα', 'Νίκος'], ['Παπαδόπουλος', 'Οικονόμου', 'Καραγιάννη', 'Βασιλείου']],
  ru: [['Дмитрий', 'Екатерина', 'Алексей', 'Ольга', 'Сергей', 'Наталья'], ['Смирнов', 'Кузнецова', 'Волков', 'Соколова', 'Лебедев']],
  ua: [['Олександр', 'Оксана', 'Тарас', 'Ірина', 'Богдан'], ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткачук']],
  tr: [['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Oğuz', 'Gülşen'], ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Aydın']],
  ar: [['محمد', 'فاطمة', 'أحمد', 'ليلى', 'يوسف'], ['العتيبي', 'الحسيني', 'منصور', 'الشمري']],
  arl: [['Khalid', 'Noura', 'Tariq', 'Yasmin', 'Omar', 'Rania'], ['Al-Farsi', 'Haddad', 'El-Sayed', 'Nasser', 'Aziz']],
  fa: [['Darius', 'Shirin', 'Kourosh', 'Parisa', 'Babak'], ['Tehrani', 'Moradi', 'Farahani', 'Rezaei']],
  he: [['נועה', 'איתי', 'תמר', 'יונתן'], ['כהן', 'לוי', 'מזרחי', 'פרץ']],
  in: [['Aarav', 'Priyanka', 'Venkatesh', 'Lakshmi', 'Rohit', 'Ananya'], ['Raghunathan', 'Chatterjee', 'Deshpande', 'Iyer', 'Malhotra']],
  hi: [['राहुल', 'प्रिया', 'अमित', 'सुनीता'], ['शर्मा', 'वर्मा', 'गुप्ता', 'यादव']],
  ta: [['முருகன்', 'கவிதா', 'செல்வம்'], ['ராமசாமி', 'சுப்பிரமணியம்']],
  bn: [['সৌমিত্র', 'অনন্যা', 'রাকিব'], ['চৌধুরী', 'হোসেন', 'দাস']],
  zh: [['伟', '秀英', '志强', '丽娟', '俊杰'], ['王', '李', '张', '刘', '陈']],
  zhl: [['Wei', 'Xiuying', 'Zhiqiang', 'Lijuan', 'Junjie'], ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhou']],
  ja: [['翔太', '美咲', '大輔', '陽菜', '健一'], ['佐藤', '高橋', '渡辺', '山本', '中村']],
  jal: [['Haruto', 'Yui', 'Takeshi', 'Aoi', 'Kenji'], ['Nakamura', 'Kobayashi', 'Yoshida', 'Matsumoto']],
  ko: [['민준', '서연', '지훈', '하은'], ['김', '이', '박', '최']],
  kol: [['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun'], ['Kim', 'Park', 'Choi', 'Jeong']],
  vi: [['Nguyễn Văn', 'Trần Thị', 'Lê Minh', 'Phạm Thu'], ['Hùng', 'Lan', 'Tuấn', 'Hương']],
  th: [['สมชาย', 'สุดา', 'ประเสริฐ', 'วิภา'], ['ศรีสุข', 'วงศ์ใหญ่', 'ทองดี']],
  id: [['Budi', 'Siti', 'Agus', 'Dewi', 'Wahyu'], ['Santoso', 'Wijaya', 'Hidayat', 'Kusuma']],
  ph: [['Jose Rizal', 'Maricel', 'Jun-Jun', 'Lorna', 'Ramil'], ['Dela Cruz', 'Bautista', 'Macapagal', 'Villanueva']],
  ng: [['Chinedu', 'Ngozi', 'Oluwaseun', 'Folake', 'Emeka', 'Adaeze'], ['Okonkwo', 'Adeyemi', 'Nwachukwu', 'Balogun']],
  ke: [['Wanjiru', 'Otieno', 'Achieng', 'Kiprono'], ['Mwangi', 'Kamau', 'Odhiambo', 'Chebet']],
  et: [['አበበ', 'ትዕግሥት', 'ዳዊት'], ['ተስፋዬ', 'በቀለ', 'ገብረ']],
  ka: [['გიორგი', 'ნინო', 'ლევან'], ['ბერიძე', 'კაპანაძე', 'მაისურაძე']],
  za: [['Thandiwe', 'Sipho', 'Lerato', 'Pieter'], ['Ndlovu', 'Mokoena', 'van Wyk', 'Dlamini']],
};
export const CULTURES = Object.keys(NAMES);
const NOSPACE = new Set(['zh', 'ja', 'ko']);
export function name(cul = pick(CULTURES), form = 'full') {
  const [f, l] = NAMES[cul]; const first = pick(f), last = pick(l);
  if (form === 'first') return first;
  if (NOSPACE.has(cul)) return last + first;
  if (['hu', 'zhl', 'vi'].includes(cul)) return `${last} ${first}`;
  if (form === 'lastfirst') return `${last}, ${first}`;
  if (form === 'initial' && /^[A-Z]/.test(first)) return `${first[0]}. ${last}`;
  return `${first} ${last}`;
}
const ASCII_CUL = ['us', 'gb', 'ie', 'de', 'fr', 'es', 'mx', 'br', 'pt', 'it', 'nl', 'pl', 'cz', 'se', 'fi', 'hu', 'ro', 'tr', 'arl', 'fa', 'in', 'zhl', 'jal', 'kol', 'id', 'ph', 'ng', 'ke', 'za'];
export const latinName = () => name(pick(ASCII_CUL));
function asciiFold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/[^A-Za-z]/g, '').toLowerCase(); }
export function emailFor(nm, dom) {
  const parts = nm.replace(',', '').split(' ').map(asciiFold).filter(Boolean);
  const base = parts.length ? parts : [R('L', 6)];
  const local = pick([() => base.join('.'), () => base[0][0] + (base[1] || 'x'), () => base.join('_') + int(1, 99), () => (base[1] || base[0]) + '+' + pick(['billing', 'news', 'hr']), () => base[0] + '.' + (base[1] || '')[0] + int(70, 99)])();
  return `${local.replace(/\.$/, '')}@${dom || pick(['mail.example', 'post.test', 'corp.example', 'inbox.invalid', 'kunden.example', 'correo.test', 'web.example'])}`;
}
export const email = () => emailFor(latinName());

// addresses: returns list of parts; LOCATION items are {p,v}
const STREETS = {
  US: () => [`${int(12, 9899)} ${pick(['Maple', 'Juniper', 'Cedar Hollow', 'Lakeview', 'Old Mill'])} ${pick(['St', 'Ave', 'Rd', 'Blvd', 'Ln', 'Dr'])}${chance(0.3) ? ' Apt ' + int(2, 40) : ''}`, pick(['Springfield', 'Tacoma', 'Dayton', 'Boise', 'Tucson', 'Albany', 'Fresno', 'Raleigh']), () => `${pick(['OH', 'WA', 'ID', 'AZ', 'NY', 'CA', 'NC'])} ${digits(5)}`, 'USA'],
  GB: () => [`${int(1, 220)} ${pick(['Kingsley', 'Holloway', 'Ashby', 'Priory', 'Wharf'])} ${pick(['Road', 'Lane', 'Close', 'Mews', 'Crescent'])}`, pick(['Leeds', 'Bristol', 'Norwich', 'Cardiff', 'York', 'Derby']), () => `${pick(['LS', 'BS', 'NR', 'CF', 'YO'])}${int(1, 20)} ${int(1, 9)}${R('UL', 2)}`, 'United Kingdom'],
  DE: () => [`${pick(['Lindenstraße', 'Am Mühlbach', 'Goethestr.', 'Kirchweg', 'Hauptstraße'])} ${int(1, 140)}${chance(0.2) ? 'a' : ''}`, () => digits(5), pick(['Bielefeld', 'Würzburg', 'Göttingen', 'Kassel', 'Rostock', 'Ulm']), 'Deutschland'],
  FR: () => [`${int(1, 90)}${chance(0.2) ? ' bis' : ''} ${pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'place de la Mairie'])}`, () => digits(5), pick(['Rennes', 'Lyon', 'Grenoble', 'Nantes', 'Besançon', 'Tours']), 'France'],
  ES: () => [`${pick(['Calle de Alcalá', 'Avda. de la Constitución', 'C/ Mayor', 'Paseo del Prado', 'Rambla Nova'])}, ${int(1, 200)}, ${int(1, 8)}º ${pick(['A', 'B', 'Izq.', 'Dcha.'])}`, () => digits(5), pick(['Zaragoza', 'Valladolid', 'Córdoba', 'Bilbao', 'Murcia']), 'España'],
  IT: () => [`${pick(['Via Garibaldi', 'Corso Vittorio Emanuele', 'Viale dei Mille', 'Piazza Cavour'])} ${int(1, 180)}`, () => digits(5), pick(['Bologna', 'Torino', 'Bari', 'Verona', 'Padova']), 'Italia'],
  NL: () => [`${pick(['Keizersgracht', 'Dorpsstraat', 'Molenweg', 'Stationsplein'])} ${int(1, 300)}`, () => `${int(1000, 9999)} ${R('UL', 2)}`, pick(['Utrecht', 'Groningen', 'Eindhoven', 'Haarlem']), 'Nederland'],
  PL: () => [`ul. ${pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Słowackiego'])} ${int(1, 120)}/${int(1, 60)}`, () => `${digits(2)}-${digits(3)}`, pick(['Kraków', 'Łódź', 'Wrocław', 'Poznań', 'Gdańsk']), 'Polska'],
  JP: () => [`〒${digits(3)}-${digits(4)}`, pick(['東京都世田谷区', '大阪府大阪市北区', '京都府京都市左京区', '北海道札幌市中央区']), `${pick(['桜丘', '梅田', '北白川', '大通西'])}${int(1, 9)}丁目${int(1, 30)}-${int(1, 20)}`, '日本'],
  CN: () => [pick(['上海市', '北京市', '广州市', '成都市']), `${pick(['浦东新区', '海淀区', '天河区', '武侯区'])}${pick(['世纪大道', '中关村大街', '体育西路', '人民南路'])}${int(1, 999)}号`, '中国'],
  KR: () => [pick(['서울특별시 강남구', '부산광역시 해운대구', '인천광역시 연수구']), `${pick(['테헤란로', '해운대로', '센트럴로'])} ${int(1, 500)}`, '대한민국'],
  BR: () => [`${pick(['Rua das Laranjeiras', 'Av. Paulista', 'Rua Augusta', 'Travessa do Comércio'])}, ${int(10, 2500)}${chance(0.4) ? ' - apto ' + int(11, 1204) : ''}`, pick(['São Paulo - SP', 'Belo Horizonte - MG', 'Curitiba - PR', 'Recife - PE']), () => `${digits(5)}-${digits(3)}`, 'Brasil'],
  MX: () => [`${pick(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Calz. de Tlalpan', 'Av. Revolución'])} ${int(10, 3000)}`, `Col. ${pick(['Roma Norte', 'Del Valle', 'Centro', 'Narvarte'])}`, pick(['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla']), 'México'],
  IN: () => [`${pick(['Flat', 'House No.'])} ${int(1, 900)}, ${pick(['MG Road', 'Indiranagar 2nd Stage', 'Bandra West', 'Salt Lake Sector V'])}`, pick(['Bengaluru', 'Mumbai', 'Kolkata', 'Pune', 'Chennai']), () => digits(6), 'India'],
  RU: () => [`${pick(['ул. Ленина', 'пр. Мира', 'ул. Садовая', 'Невский пр.'])}, д. ${int(1, 120)}, кв. ${int(1, 300)}`, pick(['Москва', 'Санкт-Петербург', 'Казань', 'Новосибирск']), 'Россия'],
  AU: () => [`${int(1, 400)} ${pick(['Wattle', 'Bondi', 'Kookaburra', 'Banksia'])} ${pick(['St', 'Rd', 'Pde', 'Cres'])}`, pick(['Brisbane QLD', 'Hobart TAS', 'Geelong VIC', 'Perth WA']), () => digits(4), 'Australia'],
  CA: () => [`${int(10, 9000)} ${pick(['rue Saint-Denis', 'Bloor St W', 'Jasper Ave', 'Robson St'])}`, pick(['Montréal, QC', 'Toronto, ON', 'Edmonton, AB', 'Vancouver, BC']), () => `${R('UL', 1)}${int(0, 9)}${R('UL', 1)} ${int(0, 9)}${R('UL', 1)}${int(0, 9)}`, 'Canada'],
  TR: () => [`${pick(['Atatürk Cad.', 'İstiklal Cd.', 'Bağdat Cd.'])} No:${int(1, 300)} D:${int(1, 20)}`, pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir']), 'Türkiye'],
  NG: () => [`${int(1, 80)} ${pick(['Adeola Odeku Street', 'Awolowo Road', 'Ahmadu Bello Way'])}`, pick(['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Garki, Abuja']), 'Nigeria'],
  ZA: () => [`${int(1, 200)} ${pick(['Jan Smuts Ave', 'Long Street', 'Florida Rd'])}`, pick(['Johannesburg', 'Cape Town', 'Durban']), () => digits(4), 'South Africa'],
};
export const ADDR_COUNTRIES = Object.keys(STREETS);
// returns array of items (LOCATION spans + neutral postcode strings) and separator
export function address(cc = pick(ADDR_COUNTRIES)) {
  const parts = STREETS[cc]();
  return parts.map((x) => typeof x === 'function' ? x() : { p: 'LOCATION', v: x });
}
export function putAddress(doc, cc, sep = ', ') { const a = address(cc); a.forEach((x, i) => { if (i) doc.t(sep); doc.put(x); }); return doc; }
export const CITIES = ['Lisboa', 'Kraków', 'Osaka', 'Nairobi', 'Porto Alegre', 'Tromsø', 'Ljubljana', 'Cebu', 'Izmir', 'Tbilisi', 'Chiang Mai', 'Mombasa', 'Valparaíso', 'Gdańsk', 'Aarhus', 'Brno', 'Thessaloniki', 'Daegu', 'Surabaya', 'Arequipa', 'Marrakesh', 'Cluj-Napoca', 'Tampere', 'Ghent', 'Graz', 'Lyon', 'Leipzig', 'Seville', 'Mendoza', 'Hà Nội', 'Москва', '大阪', '서울', 'München'];
export const COUNTRIES = ['Portugal', 'Poland', 'Japan', 'Kenya', 'Brazil', 'Norway', 'Slovenia', 'Philippines', 'Turkey', 'Georgia', 'Thailand', 'Chile', 'Denmark', 'Czechia', 'Greece', 'South Korea', 'Indonesia', 'Peru', 'Morocco', 'Romania', 'Finland', 'Belgium', 'Austria', 'Argentina', 'Vietnam', 'Deutschland', 'Österreich', 'España', 'Italia', 'Schweiz'];
export const city = () => ({ p: 'LOCATION', v: pick(CITIES) });
export const country = () => ({ p: 'LOCATION', v: pick(COUNTRIES) });

// phones: [cc, national(), intl()]
const sp = (...g) => g.join(' ');
const PH = {
  US: () => { const a = `${int(2, 9)}${digits(2)}`, b = `${int(2, 9)}${digits(2)}`, c = digits(4); return [`(${a}) ${b}-${c}`, `+1 ${a}-${b}-${c}`, `${a}.${b}.${c}`]; },
  CA: () => { const a = pick(['416', '604', '514', '403']), b = `${int(2, 9)}${digits(2)}`, c = digits(4); return [`${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`]; },
  GB: () => { const n = digits(6); return [`07700 900${n.slice(3)}`, `+44 7700 900${n.slice(3)}`, `020 7946 0${digits(3)}`]; },
  DE: () => { const p = pick(['151', '160', '170', '176']), n = digits(8); return [`0${p} ${n}`, `+49 ${p} ${n}`, `+49 (0)${p}/${n}`]; },
  FR: () => { const g = [digits(2), digits(2), digits(2), digits(2)]; return [`06 ${g.join(' ')}`, `+33 6 ${g.join(' ')}`, `07.${g.join('.')}`]; },
  ES: () => { const n = `6${digits(2)} ${digits(3)} ${digits(3)}`; return [n, `+34 ${n}`]; },
  IT: () => { const n = `3${digits(2)} ${digits(3)} ${digits(4)}`; return [n, `+39 ${n}`]; },
  NL: () => { const n = digits(8); return [`06-${n}`, `+31 6 ${n}`]; },
  BE: () => { const n = sp(`4${digits(2)}`, digits(2), digits(2), digits(2)); return [`0${n}`, `+32 ${n}`]; },
  CH: () => { const n = sp(`7${int(5, 9)}`, digits(3), digits(2), digits(2)); return [`0${n}`, `+41 ${n}`]; },
  AT: () => { const n = `664 ${digits(7)}`; return [`0${n}`, `+43 ${n}`]; },
  PL: () => { const n = sp(`5${digits(2)}`, digits(3), digits(3)); return [n, `+48 ${n}`]; },
  CZ: () => { const n = sp(`6${digits(2)}`, digits(3), digits(3)); return [n, `+420 ${n}`]; },
  SE: () => { const n = sp(`70`, digits(3), digits(2), digits(2)); return [`0${n}`, `+46 ${n}`]; },
  NO: () => { const n = sp(`4${digits(2)}`, digits(2), digits(3)); return [n, `+47 ${n}`]; },
  DK: () => { const n = sp(digits(2), digits(2), digits(2), digits(2)); return [n, `+45 ${n}`]; },
  FI: () => { const n = sp('40', digits(3), digits(4)); return [`0${n}`, `+358 ${n}`]; },
  IE: () => { const n = sp(`8${int(3, 7)}`, digits(3), digits(4)); return [`0${n}`, `+353 ${n}`]; },
  PT: () => { const n = sp(`9${int(1, 6)}${digits(1)}`, digits(3), digits(3)); return [n, `+351 ${n}`]; },
  GR: () => { const n = `69${digits(1)} ${digits(3)} ${digits(4)}`; return [n, `+30 ${n}`]; },
  TR: () => { const n = sp(`5${digits(2)}`, digits(3), digits(2), digits(2)); return [`0${n}`, `+90 ${n}`]; },
  RU: () => { const a = `9${digits(2)}`, b = digits(3), c = digits(2), d = digits(2); return [`8 (${a}) ${b}-${c}-${d}`, `+7 ${a} ${b}-${c}-${d}`]; },
  UA: () => { const n = sp(`6${int(3, 8)}`, digits(3), digits(2), digits(2)); return [`0${n}`, `+380 ${n}`]; },
  IL: () => { const a = `5${int(0, 8)}`, b = `${digits(3)}-${digits(4)}`; return [`0${a}-${b}`, `+972 ${a}-${b}`]; },
  AE: () => { const n = sp(`5${pick([0, 2, 5, 6])}`, digits(3), digits(4)); return [`0${n}`, `+971 ${n}`]; },
  SA: () => { const n = sp(`5${int(0, 9)}`, digits(3), digits(4)); return [`0${n}`, `+966 ${n}`]; },
  EG: () => { const n = sp(`1${pick([0, 1, 2, 5])}`, digits(4), digits(4)); return [`0${n}`, `+20 ${n}`]; },
  NG: () => { const n = sp(`80${int(2, 9)}`, digits(3), digits(4)); return [`0${n}`, `+234 ${n}`]; },
  KE: () => { const n = sp(`7${digits(2)}`, digits(6)); return [`0${n}`, `+254 ${n}`]; },
  ZA: () => { const n = sp(`8${int(2, 4)}`, digits(3), digits(4)); return [`0${n}`, `+27 ${n}`]; },
  IN: () => { const n = `${int(7, 9)}${digits(4)} ${digits(5)}`; return [n, `+91 ${n}`, `+91-${n.replace(' ', '')}`]; },
  PK: () => { const n = `3${digits(2)} ${digits(7)}`; return [`0${n}`, `+92 ${n}`]; },
  BD: () => { const n = `1${int(3, 9)}${digits(2)}-${digits(6)}`; return [`0${n}`, `+880 ${n}`]; },
  CN: () => { const n = sp(`13${digits(1)}`, digits(4), digits(4)); return [n, `+86 ${n}`]; },
  JP: () => { const a = pick(['90', '80', '70']), n = `${digits(4)}-${digits(4)}`; return [`0${a}-${n}`, `+81 ${a}-${n}`, `03-${digits(4)}-${digits(4)}`]; },
  KR: () => { const n = `${digits(4)}-${digits(4)}`; return [`010-${n}`, `+82 10-${n}`]; },
  TW: () => { const n = sp(`9${digits(2)}`, digits(3), digits(3)); return [`0${n}`, `+886 ${n}`]; },
  HK: () => { const n = `${int(5, 9)}${digits(3)} ${digits(4)}`; return [n, `+852 ${n}`]; },
  SG: () => { const n = `${int(8, 9)}${digits(3)} ${digits(4)}`; return [n, `+65 ${n}`]; },
  MY: () => { const n = `1${int(2, 9)}-${digits(3)} ${digits(4)}`; return [`0${n}`, `+60 ${n}`]; },
  TH: () => { const n = sp(`8${int(1, 9)}`, digits(3), digits(4)); return [`0${n}`, `+66 ${n}`]; },
  VN: () => { const n = sp(`9${int(0, 8)}`, digits(3), digits(2), digits(2)); return [`0${n}`, `+84 ${n}`]; },
  PH: () => { const n = sp(`9${digits(2)}`, digits(3), digits(4)); return [`0${n}`, `+63 ${n}`]; },
  ID: () => { const n = `8${digits(2)}-${digits(4)}-${digits(4)}`; return [`0${n}`, `+62 ${n}`]; },
  AU: () => { const n = sp(`4${digits(2)}`, digits(3), digits(3)); return [`0${n}`, `+61 ${n}`]; },
  NZ: () => { const n = sp(`2${int(1, 7)}`, digits(3), digits(4)); return [`0${n}`, `+64 ${n}`]; },
  BR: () => { const dd = pick(['11', '21', '31', '51', '81']), n = `9${digits(4)}-${digits(4)}`; return [`(${dd}) ${n}`, `+55 ${dd} ${n}`]; },
  MX: () => { const n = sp(pick(['55', '33', '81']), digits(4), digits(4)); return [n, `+52 ${n}`]; },
  AR: () => { const n = `${digits(4)}-${digits(4)}`; return [`011 15-${n}`, `+54 9 11 ${n}`]; },
  CL: () => { const n = sp('9', digits(4), digits(4)); return [n, `+56 ${n}`]; },
  CO: () => { const n = sp(`3${digits(2)}`, digits(3), digits(4)); return [n, `+57 ${n}`]; },
  PE: () => { const n = sp(`9${digits(2)}`, digits(3), digits(3)); return [n, `+51 ${n}`]; },
};
export const PHONE_CCS = Object.keys(PH);
export const phone = (cc = pick(PHONE_CCS)) => ({ p: 'PHONE_NUMBER', v: pick(PH[cc]()), cc });

// cards
const CARD = { visa: () => luhnComplete('4' + digits(14)), mc: () => luhnComplete(String(int(51, 55)) + digits(13)), mc2: () => luhnComplete(String(int(2221, 2720)) + digits(11)), amex: () => luhnComplete(pick(['34', '37']) + digits(12)), disc: () => luhnComplete('6011' + digits(11)), jcb: () => luhnComplete(String(int(3528, 3589)) + digits(11)), diners: () => luhnComplete(chance(0.5) ? '36' + digits(11) : '305' + digits(10)) };
export function cardNumber(kind = pick(Object.keys(CARD))) { const n = CARD[kind](); if (kind === 'amex') return pick([n, `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`]); if (n.length === 14) return pick([n, `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`]); const sep = pick(['', ' ', '-']); return n.match(/.{4}/g).join(sep); }
export const card = () => ({ p: 'CREDIT_CARD', v: cardNumber() });
export const iban = (cc = pick(Object.keys(IBAN_SPEC))) => { const s = makeIban(cc); return { p: 'IBAN_CODE', v: chance(0.5) ? groupIban(s) : s }; };
export function ssnValue() { let a; do a = int(1, 899); while (a === 666); return `${String(a).padStart(3, '0')}-${String(int(1, 99)).padStart(2, '0')}-${String(int(1, 9999)).padStart(4, '0')}`; }
export const ssn = () => { const v = ssnValue(); return { p: 'US_SSN', v: chance(0.2) ? v.replace(/-/g, pick(['', ' '])) : v }; };
export const itin = () => { const g = pick([...Array.from({ length: 16 }, (_, i) => 50 + i), ...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return { p: 'US_ITIN', v: `9${digits(2)}-${g}-${digits(4)}` }; };
export const passport = () => ({ p: 'US_PASSPORT', v: chance(0.6) ? `${int(1, 9)}${digits(8)}` : `${pick(['A', 'C', 'E', 'Z'])}${digits(8)}` });
const DL = { CA: () => R('UL', 1) + digits(7), NY: () => `${digits(3)} ${digits(3)} ${digits(3)}`, FL: () => `${R('UL', 1)}${digits(3)}-${digits(3)}-${digits(2)}-${digits(3)}-${digits(1)}`, TX: () => digits(8), IL: () => `${R('UL', 1)}${digits(3)}-${digits(4)}-${digits(4)}`, WA: () => `WDL${R('U', 9)}`, PA: () => `${digits(2)} ${digits(3)} ${digits(3)}`, NJ: () => `${R('UL', 1)}${digits(4)} ${digits(5)} ${digits(5)}`, MI: () => `${R('UL', 1)} ${digits(3)} ${digits(3)} ${digits(3)} ${digits(3)}`, OH: () => `${R('UL', 2)}${digits(6)}`, MA: () => `S${digits(8)}`, CO: () => `${digits(2)}-${digits(3)}-${digits(4)}` };
export const DL_STATES = Object.keys(DL);
export const driverLicense = (st = pick(DL_STATES)) => ({ p: 'US_DRIVER_LICENSE', v: DL[st](), st });
export const bankNumber = () => ({ p: 'US_BANK_NUMBER', v: digits(int(8, 17)).replace(/^0/, '4') });
export function deaValue(lastInitial) { const d = Array.from({ length: 6 }, () => int(0, 9)); const s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]); return `${pick(['A', 'B', 'F', 'G', 'M'])}${lastInitial || R('UL', 1)}${d.join('')}${s % 10}`; }
export const dea = (li) => ({ p: 'MEDICAL_LICENSE', v: deaValue(li) });
export function nhsValue() { let n, c; do { n = String(int(4, 6)) + digits(8); c = nhsCheck(n); } while (c === 10); const v = n + c; return pick([v, `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`, `${v.slice(0, 3)}-${v.slice(3, 6)}-${v.slice(6)}`]); }
export const nhs = () => ({ p: 'UK_NHS', v: nhsValue() });
export const btc = () => ({ p: 'CRYPTO', v: pick([() => b58check(0, bytes(20)), () => b58check(5, bytes(20)), () => bech32Addr(bytes(20))])() });
export const ipv4 = () => ({ p: 'IP_ADDRESS', v: chance(0.7) ? `${pick([81, 92, 145, 178, 203, 41, 102, 187, 5, 95])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}` : `${pick(['10', '192.168', '172.16'])}.${int(0, 255)}.${int(1, 254)}`.replace(/^192\.168\.(\d+)\.(\d+)$/, '192.168.$1.$2') });
export const ipv6 = () => ({ p: 'IP_ADDRESS', v: `2001:db8:${R('H', 4)}:${R('H', 3)}::${R('H', 2)}${int(1, 9)}` });
export const ip = () => (chance(0.8) ? ipv4() : ipv6());
export const person = (cul, form) => ({ p: 'PERSON', v: name(cul, form) });
export const mail = (nm) => ({ p: 'EMAIL_ADDRESS', v: nm ? emailFor(nm) : email() });
