// PII generators with valid check digits, names from 32 cultures, phones in 48 numbering plans.
import * as R from './prng.mjs';
import * as C from './checksums.mjs';
const { int, pick, digits, chance, upper } = R;
const P = (entity, v, meta) => ({ family: 'pii', entity, v, meta });

// culture: [first names, last names, family-name-first?, joiner, country for places]
export const CULTURES = {
  'en-US': [['Megan', 'Tyler', 'Jasmine', 'Brandon', 'Kayla', 'Dustin'], ['Hollister', 'Brennan', 'Whitaker', 'Caldwell', 'Okafor', 'Lindqvist']],
  'en-GB': [['Imogen', 'Alfie', 'Harriet', 'Rhys', 'Poppy', 'Callum'], ['Ashworth', 'Pemberton', 'Thistlewood', 'Marsh', 'Featherstone', 'Oakes']],
  de: [['Jürgen', 'Anneliese', 'Maximilian', 'Friederike', 'Torsten', 'Svenja'], ['Großkopf', 'Habermann', 'Vogelsang', 'Kühn', 'Brettschneider', 'Lindemann']],
  fr: [['Aurélie', 'Thibault', 'Ségolène', 'Gaëtan', 'Maëlle', 'Yannick'], ['Lefèvre', 'Dubois-Marchal', 'Rousseau', 'Chevalier', 'Mérignac', 'Fontaine']],
  es: [['Itziar', 'Joaquín', 'Rocío', 'Iñigo', 'Macarena', 'Rodrigo'], ['Etxeberria Ruiz', 'Castañeda', 'Villalobos', 'Ibáñez', 'Quiroga', 'Santamaría']],
  it: [['Giacomo', 'Ludovica', 'Ottavio', 'Benedetta', 'Raffaele', 'Chiara'], ['Esposito', 'Bianchetti', 'Lo Russo', 'Cattaneo', 'Ferraris', 'Di Stefano']],
  'pt-BR': [['Thiago', 'Luana', 'Caio', 'Rafaela', 'Juçara', 'Everton'], ['Nascimento', 'Albuquerque', 'Gonçalves', 'Paiva', 'Cavalcanti', 'da Silva Rocha']],
  nl: [['Sanne', 'Bram', 'Femke', 'Joost', 'Lieke', 'Thijs'], ['van der Veen', 'de Groot', 'Bakker', 'Verhoeven', 'van Dijk', 'Smits']],
  pl: [['Małgorzata', 'Przemysław', 'Agnieszka', 'Grzegorz', 'Zofia', 'Wojciech'], ['Wiśniewska', 'Szczepański', 'Kowalczyk', 'Dąbrowski', 'Zielińska', 'Wróbel']],
  ru: [['Дмитрий', 'Екатерина', 'Алексей', 'Ольга', 'Сергей', 'Наталья'], ['Соколов', 'Кузнецова', 'Волков', 'Лебедева', 'Морозов', 'Павлова']],
  uk: [['Олександр', 'Оксана', 'Тарас', 'Ганна', 'Богдан', 'Ірина'], ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Мельник', 'Кравчук']],
  el: [['Γιώργος', 'Ελένη', 'Νίκος', 'Κατερίνα', 'Δημήτρης', 'Σοφία'], ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Νικολάου', 'Καραγιάννη', 'Βλάχος']],
  tr: [['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak', 'Elif'], ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Aydın', 'Kılıç']],
  ar: [['محمد', 'فاطمة', 'يوسف', 'ليلى', 'عمر', 'مريم'], ['الحسيني', 'العتيبي', 'الخطيب', 'منصور', 'حداد', 'الشمري']],
  'ar-Latn': [['Khalid', 'Noura', 'Tariq', 'Yasmin', 'Faisal', 'Rania'], ['Al-Mansouri', 'Haddad', 'El-Amin', 'Nasser', 'Qureshi', 'Saleh']],
  he: [['נועה', 'איתי', 'תמר', 'יונתן', 'שירה', 'אורי'], ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם']],
  fa: [['Dariush', 'Shirin', 'Kaveh', 'Parisa', 'Babak', 'Niloufar'], ['Moradi', 'Hosseinzadeh', 'Tehrani', 'Karimi', 'Rahimi', 'Farahani']],
  hi: [['राहुल', 'प्रिया', 'अमित', 'सुनीता', 'विकास', 'अनन्या'], ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'चौधरी', 'मिश्रा']],
  'en-IN': [['Aarav', 'Ishita', 'Venkatesh', 'Lakshmi', 'Harpreet', 'Siddharth'], ['Subramanian', 'Iyer', 'Banerjee', 'Reddy', 'Kulkarni', 'Chatterjee']],
  ta: [['அருண்', 'மீனா', 'கார்த்திக்', 'தேவி'], ['ராமசாமி', 'சுப்பிரமணியம்', 'கிருஷ்ணன்', 'வேலு']],
  bn: [['সৌমিত্র', 'রুমানা', 'তানভীর', 'নুসরাত'], ['চৌধুরী', 'রহমান', 'সেন', 'হোসেন']],
  zh: [['伟', '芳', '秀英', '建国', '丽娟', '浩然'], ['王', '李', '张', '刘', '陈', '欧阳']],
  'zh-Latn': [['Wei', 'Xiaoling', 'Jianguo', 'Meiling', 'Haoran', 'Yuting'], ['Zhang', 'Liu', 'Huang', 'Zhao', 'Wu', 'Zhou']],
  ja: [['翔太', '陽菜', '大輔', 'さくら', '健一', '美咲'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤']],
  ko: [['민준', '서연', '지훈', '하은', '도윤', '수빈'], ['김', '이', '박', '최', '정', '강']],
  vi: [['Nguyễn Thị', 'Trần Văn', 'Lê Minh', 'Phạm Thu', 'Hoàng Đức', 'Vũ Ngọc'], ['Hương', 'Nam', 'Tuấn', 'Hà', 'Anh', 'Lan']],
  th: [['สมชาย', 'สุดารัตน์', 'ธนากร', 'พิมพ์ชนก'], ['ศรีสุข', 'วงศ์ใหญ่', 'แก้วมณี', 'ทองดี']],
  id: [['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri'], ['Santoso', 'Wijaya', 'Hidayat', 'Kusuma', 'Pratama', 'Saputra']],
  fil: [['Jose Miguel', 'Maricel', 'Rodel', 'Kristine', 'Jericho', 'Lovely'], ['Dela Cruz', 'Bautista', 'Macaraeg', 'Villanueva', 'Soriano', 'Manalo']],
  sw: [['Wanjiku', 'Baraka', 'Amani', 'Neema', 'Juma', 'Zawadi'], ['Mwangi', 'Otieno', 'Kamau', 'Njoroge', 'Mutua', 'Achieng']],
  yo: [['Adebayo', 'Folasade', 'Oluwaseun', 'Temitope', 'Babatunde', 'Yetunde'], ['Adeyemi', 'Ogunleye', 'Balogun', 'Okonkwo', 'Eze', 'Afolabi']],
  hu: [['Zsófia', 'Bence', 'Réka', 'Levente', 'Eszter', 'Gergely'], ['Nagy', 'Kovács', 'Szabó', 'Tóth', 'Horváth', 'Varga']],
  fi: [['Aino', 'Juha', 'Siiri', 'Ville', 'Helmi', 'Eero'], ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laaksonen']],
  sv: [['Linnéa', 'Oskar', 'Ebba', 'Viktor', 'Saga', 'Hampus'], ['Åström', 'Lindgren', 'Bergqvist', 'Sjöberg', 'Nyström', 'Ek']],
  cs: [['Jiří', 'Tereza', 'Ondřej', 'Kateřina', 'Lukáš', 'Barbora'], ['Dvořák', 'Procházková', 'Černý', 'Novotná', 'Svoboda', 'Krejčí']],
  ga: [['Siobhán', 'Ciarán', 'Aoife', 'Pádraig', 'Niamh', 'Oisín'], ["O'Sullivan", 'Mac Giolla', 'Ní Bhriain', 'Ó Ceallaigh', 'McNamara', 'Fitzgerald']],
  am: [['አበበ', 'ትዕግሥት', 'ዳዊት', 'ሄለን'], ['ተስፋዬ', 'ገብረ', 'ከበደ', 'ወልደ']],
  ka: [['გიორგი', 'ნინო', 'დავით', 'თამარ'], ['ბერიძე', 'კაპანაძე', 'გელაშვილი', 'ლომიძე']],
  hy: [['Արամ', 'Անի', 'Տիգրան', 'Նարե'], ['Հովհաննիսյան', 'Պետրոսյան', 'Սարգսյան', 'Գրիգորյան']],
};
const FAMILY_FIRST = new Set(['zh', 'ja', 'ko', 'hu', 'vi']);
const NOSPACE = new Set(['zh', 'ja', 'ko']);
export const cultures = Object.keys(CULTURES);
const nextCulture = R.deck(cultures);
export function person(culture) {
  culture = culture || nextCulture();
  const [fn, ln] = CULTURES[culture]; const f = pick(fn), l = pick(ln);
  let v;
  if (culture === 'vi') v = `${f} ${l}`;
  else if (FAMILY_FIRST.has(culture)) v = NOSPACE.has(culture) ? l + f : `${l} ${f}`;
  else v = chance(0.12) && /^[A-Za-z]/.test(f) ? `${l}, ${f}` : chance(0.1) && /^[A-Z]/.test(f) ? `${f} ${upper(1)}. ${l}` : `${f} ${l}`;
  return P('PERSON', v, { culture });
}
export const firstName = (culture) => P('PERSON', pick(CULTURES[culture || nextCulture()][0]), { culture: culture || 'x' });
const LAT = /^[A-Za-zÀ-ɏ' .,-]+$/;
export function latinPerson() { for (;;) { const p = person(); if (LAT.test(p.v)) return p; } }

// places: country -> [cities, street formatter]
const CITIES = {
  US: ['Duluth', 'Tacoma', 'Scranton', 'Boise', 'Chattanooga', 'Sioux Falls'], GB: ['Wolverhampton', 'Aberystwyth', 'Harrogate', 'Dundee', 'Truro'],
  DE: ['Wuppertal', 'Göttingen', 'Regensburg', 'Chemnitz', 'Lüneburg'], FR: ['Besançon', 'Perpignan', 'Saint-Étienne', 'Quimper', 'Angers'],
  ES: ['Logroño', 'Cáceres', 'Alicante', 'Valladolid', 'Girona'], IT: ['Bergamo', 'Lecce', 'Trento', 'Perugia', 'Sassari'],
  BR: ['Campinas', 'Florianópolis', 'Londrina', 'Feira de Santana', 'Natal'], JP: ['札幌市', '金沢市', '浜松市', '仙台市', '熊本市'],
  NL: ['Zwolle', 'Apeldoorn', 'Haarlem', 'Tilburg', 'Leeuwarden'], PL: ['Białystok', 'Rzeszów', 'Gdańsk', 'Toruń', 'Łódź'],
  RU: ['Екатеринбург', 'Новосибирск', 'Казань', 'Самара', 'Тула'], CN: ['成都市', '杭州市', '武汉市', '西安市', '青岛市'],
  KR: ['부산광역시', '대전광역시', '수원시', '전주시'], IN: ['Coimbatore', 'Indore', 'Visakhapatnam', 'Nagpur', 'Mysuru'],
  MX: ['Guadalajara', 'Puebla', 'Mérida', 'Querétaro', 'Hermosillo'], CA: ['Saskatoon', 'Halifax', 'Kelowna', 'Gatineau', 'Moncton'],
  AU: ['Wollongong', 'Geelong', 'Toowoomba', 'Ballarat', 'Cairns'], SE: ['Västerås', 'Örebro', 'Umeå', 'Linköping'], TR: ['Eskişehir', 'Konya', 'Trabzon', 'Gaziantep'],
  KE: ['Kisumu', 'Nakuru', 'Eldoret'], NG: ['Ibadan', 'Enugu', 'Kano'], EG: ['الإسكندرية', 'Asyut', 'Mansoura'], IL: ['חיפה', 'Be’er Sheva', 'Netanya'],
  GR: ['Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο'], TH: ['เชียงใหม่', 'Khon Kaen', 'Hat Yai'], VN: ['Đà Nẵng', 'Hải Phòng', 'Cần Thơ'], AR: ['Rosario', 'Mendoza', 'Córdoba'],
  ZA: ['Gqeberha', 'Bloemfontein', 'Polokwane'], CH: ['Winterthur', 'Lugano', 'Fribourg'], AT: ['Innsbruck', 'Klagenfurt', 'Linz'], IE: ['Galway', 'Limerick', 'Sligo'],
};
const COUNTRY_NAMES = ['Portugal', 'Deutschland', 'Österreich', 'Schweiz', 'España', 'México', 'Brasil', 'Japan', '日本', 'Україна', 'Россия', 'Ελλάδα', 'Türkiye', 'Kenya', 'Nigeria', 'Argentina', 'Chile', 'Viet Nam', 'Indonesia', 'Philippines', 'New Zealand', 'Canada', 'Ireland', 'Norway', 'Finland', 'Polska', 'Česko', 'Magyarország', 'Sverige', 'Egypt', 'مصر', 'Morocco', 'India', 'भारत', '中国', '대한민국', 'ประเทศไทย', 'Colombia', 'Peru', 'South Africa'];
export const countries = Object.keys(CITIES);
export const city = (cc) => { cc = cc || pick(countries); return P('LOCATION', pick(CITIES[cc]), { country: cc }); };
export const countryName = () => P('LOCATION', pick(COUNTRY_NAMES));
const ST = { US: ['Maple Ave', 'Ridgeview Dr', 'W 14th St', 'Old Mill Rd', 'Cypress Ln'], GB: ['Ladysmith Road', 'Church Lane', 'Victoria Terrace', 'Mill Close'], DE: ['Lindenstraße', 'Am Kirchberg', 'Goethestr.', 'Hauptstraße'], FR: ['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard Gambetta', 'impasse des Lilas'], ES: ['Calle de la Paz', 'Avenida de Andalucía', 'Calle Mayor', 'Paseo de la Estación'], IT: ['Via Garibaldi', 'Corso Vittorio Emanuele', 'Via dei Mille', 'Viale Europa'], BR: ['Rua das Palmeiras', 'Avenida Brasil', 'Rua Sete de Setembro'], NL: ['Kerkstraat', 'Prinsengracht', 'Dorpsweg'], PL: ['ul. Mickiewicza', 'ul. Kwiatowa', 'al. Jana Pawła II'], RU: ['ул. Ленина', 'пр. Мира', 'ул. Садовая'], MX: ['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Juárez'], IN: ['MG Road', 'Nehru Nagar', 'Gandhi Street'], CA: ['Rue Saint-Denis', 'Main St', 'Elm Crescent'], AU: ['Beach Rd', 'Wattle St', 'Banksia Pde'], SE: ['Storgatan', 'Kungsgatan'], TR: ['Atatürk Cd.', 'Cumhuriyet Sk.'] };
export function streetAddress(cc) {
  cc = cc || pick([...Object.keys(ST), 'JP', 'CN', 'KR']);
  const n = int(1, 420); let v;
  switch (cc) {
    case 'US': case 'AU': case 'CA': v = `${n} ${pick(ST[cc])}${chance(0.3) ? `, Apt ${int(1, 40)}${pick(['A', 'B', ''])}` : ''}`; break;
    case 'GB': v = `${chance(0.3) ? `Flat ${int(1, 12)}, ` : ''}${n} ${pick(ST.GB)}`; break;
    case 'FR': v = `${n}${chance(0.2) ? ' bis' : ''} ${pick(ST.FR)}`; break;
    case 'ES': v = `${pick(ST.ES)}, ${n}, ${int(1, 9)}º ${pick(['A', 'B', 'izda.', 'dcha.'])}`; break;
    case 'IT': v = `${pick(ST.IT)} ${n}`; break;
    case 'BR': v = `${pick(ST.BR)}, ${n} - apto ${int(11, 904)}`; break;
    case 'MX': v = `${pick(ST.MX)} ${n}, Col. ${pick(['Roma Norte', 'Del Valle', 'Centro'])}`; break;
    case 'IN': v = `${int(1, 99)}/${int(1, 30)}, ${pick(ST.IN)}`; break;
    case 'RU': v = `${pick(ST.RU)}, д. ${n}, кв. ${int(1, 200)}`; break;
    case 'PL': v = `${pick(ST.PL)} ${n}/${int(1, 40)}`; break;
    case 'JP': v = `${pick(['中央区', '北区', '西区'])}${pick(['本町', '栄町', '緑が丘'])}${int(1, 9)}丁目${int(1, 30)}-${int(1, 20)}`; break;
    case 'CN': v = `${pick(['朝阳区', '武侯区', '西湖区'])}${pick(['建国路', '人民南路', '文三路'])}${n}号`; break;
    case 'KR': v = `${pick(['해운대구', '유성구', '팔달구'])} ${pick(['센텀중앙로', '대학로', '효원로'])} ${n}`; break;
    default: v = `${pick(ST[cc])} ${n}`;
  }
  return P('LOCATION', v, { country: cc, address: true });
}
// full address as parts for templates: [street, ' ', zip+city parts...]
export function addressParts(cc) {
  cc = cc || pick(['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'BR', 'NL', 'PL', 'RU', 'MX', 'IN', 'CA', 'AU', 'SE', 'TR', 'JP', 'CN', 'KR']);
  const st = streetAddress(cc), c = city(CITIES[cc] ? cc : 'US');
  const zip = { US: `${pick(['MN', 'WA', 'PA', 'ID', 'TN', 'SD'])} ${digits(5)}`, GB: `${upper(2)}${int(1, 20)} ${int(1, 9)}${upper(2)}`, CA: `${pick(['SK', 'NS', 'BC', 'QC'])} ${upper(1)}${int(0, 9)}${upper(1)} ${int(0, 9)}${upper(1)}${int(0, 9)}`, BR: `${digits(5)}-${digits(3)}`, NL: `${int(1000, 9999)} ${upper(2)}`, PL: `${digits(2)}-${digits(3)}`, JP: `〒${digits(3)}-${digits(4)}`, IN: digits(6), AU: `${pick(['NSW', 'VIC', 'QLD'])} ${int(2000, 4999)}` }[cc] || digits(5);
  const zipFirst = ['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'MX', 'SE', 'TR', 'RU', 'JP', 'CN', 'KR'].includes(cc);
  if (cc === 'JP') return [zip, ' ', P('LOCATION', c.v + st.v, { country: 'JP', address: true })];
  if (zipFirst) return [st, ', ', zip, ' ', c];
  if (cc === 'GB' || cc === 'IN') return [st, ', ', c, ' ', zip];
  return [st, ', ', c, ', ', zip];
}

// phones: plan -> [cc, national generator (returns digits grouping string), international generator]
const D = digits;
const PLANS = {
  US: () => { const a = `${int(2, 9)}${D(2)}`, e = `${int(2, 9)}${D(2)}`, l = D(4); return pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `+1 ${a} ${e} ${l}`, `${a}.${e}.${l}`, `+1-${a}-${e}-${l}`]); },
  CA: () => { const a = pick(['416', '604', '514', '403', '902']); return pick([`(${a}) ${int(2, 9)}${D(2)}-${D(4)}`, `+1 ${a} ${int(2, 9)}${D(2)} ${D(4)}`]); },
  GB: () => { const m = `7${int(4, 9)}${D(2)}`; return pick([`0${m} ${D(6)}`, `+44 ${m} ${D(3)} ${D(3)}`, `020 ${int(7, 8)}${D(3)} ${D(4)}`, `+44 (0)1${D(2)} ${D(3)} ${D(4)}`]); },
  DE: () => pick([`01${pick(['51', '52', '60', '70', '76', '79'])} ${D(8)}`, `+49 1${pick(['51', '60', '72'])} ${D(4)} ${D(4)}`, `030 ${D(8)}`, `+49 (0)89 ${D(4)}-${D(3)}`]),
  FR: () => { const g = () => D(2); return pick([`0${int(6, 7)} ${g()} ${g()} ${g()} ${g()}`, `+33 ${int(6, 7)} ${g()} ${g()} ${g()} ${g()}`, `01.${g()}.${g()}.${g()}.${g()}`]); },
  IN: () => { const m = `${int(6, 9)}${D(4)}`; return pick([`+91 ${m} ${D(5)}`, `0${m}${D(5)}`, `+91-${m}-${D(5)}`]); },
  BR: () => { const a = pick(['11', '21', '31', '48', '84']); return pick([`(${a}) 9${D(4)}-${D(4)}`, `+55 ${a} 9${D(4)}-${D(4)}`]); },
  JP: () => pick([`0${pick(['90', '80', '70'])}-${D(4)}-${D(4)}`, `+81 ${pick(['90', '80'])}-${D(4)}-${D(4)}`, `03-${D(4)}-${D(4)}`]),
  AU: () => pick([`04${D(2)} ${D(3)} ${D(3)}`, `+61 4${D(2)} ${D(3)} ${D(3)}`, `(02) ${D(4)} ${D(4)}`]),
  ES: () => pick([`6${D(2)} ${D(3)} ${D(3)}`, `+34 6${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `91 ${D(3)} ${D(2)} ${D(2)}`]),
  IT: () => pick([`3${int(2, 9)}${D(1)} ${D(3)} ${D(4)}`, `+39 3${int(2, 9)}${D(1)} ${D(7)}`, `06 ${D(4)} ${D(4)}`]),
  NL: () => pick([`06-${D(8)}`, `+31 6 ${D(4)} ${D(4)}`, `020-${D(3)} ${D(4)}`]),
  MX: () => pick([`+52 1 55 ${D(4)} ${D(4)}`, `+52 ${pick(['33', '81', '55'])} ${D(4)} ${D(4)}`, `(55) ${D(4)}-${D(4)}`]),
  IE: () => pick([`08${int(3, 9)} ${D(3)} ${D(4)}`, `+353 8${int(3, 9)} ${D(3)} ${D(4)}`]),
  PT: () => pick([`9${pick(['1', '2', '3', '6'])}${D(1)} ${D(3)} ${D(3)}`, `+351 9${pick(['1', '3', '6'])}${D(1)} ${D(3)} ${D(3)}`]),
  BE: () => pick([`04${int(60, 99)} ${D(2)} ${D(2)} ${D(2)}`, `+32 4${int(60, 99)} ${D(2)} ${D(2)} ${D(2)}`]),
  CH: () => pick([`07${pick(['6', '7', '8', '9'])} ${D(3)} ${D(2)} ${D(2)}`, `+41 7${pick(['6', '8', '9'])} ${D(3)} ${D(2)} ${D(2)}`]),
  AT: () => pick([`06${pick(['64', '76', '50', '99'])} ${D(7)}`, `+43 6${pick(['64', '76'])} ${D(7)}`]),
  SE: () => pick([`07${pick(['0', '2', '3', '6'])}-${D(3)} ${D(2)} ${D(2)}`, `+46 7${pick(['0', '3'])} ${D(3)} ${D(2)} ${D(2)}`]),
  NO: () => pick([`${pick(['4', '9'])}${D(2)} ${D(2)} ${D(3)}`, `+47 ${pick(['4', '9'])}${D(2)} ${D(2)} ${D(3)}`]),
  DK: () => pick([`+45 ${int(20, 31)} ${D(2)} ${D(2)} ${D(2)}`, `${int(20, 31)} ${D(2)} ${D(2)} ${D(2)}`]),
  FI: () => pick([`04${D(1)} ${D(3)} ${D(4)}`, `+358 4${D(1)} ${D(3)} ${D(4)}`, `050 ${D(3)} ${D(4)}`]),
  PL: () => pick([`${pick(['5', '6', '7', '8'])}${D(2)} ${D(3)} ${D(3)}`, `+48 ${pick(['5', '6', '7', '8'])}${D(2)} ${D(3)} ${D(3)}`]),
  CZ: () => pick([`+420 ${pick(['6', '7'])}${D(2)} ${D(3)} ${D(3)}`, `${pick(['6', '7'])}${D(2)} ${D(3)} ${D(3)}`]),
  HU: () => pick([`+36 ${pick(['20', '30', '70'])} ${D(3)} ${D(4)}`, `06 ${pick(['20', '30', '70'])} ${D(3)} ${D(4)}`]),
  RO: () => pick([`07${int(20, 89)} ${D(3)} ${D(3)}`, `+40 7${int(20, 89)} ${D(3)} ${D(3)}`]),
  GR: () => pick([`69${int(0, 9)} ${D(3)} ${D(4)}`, `+30 69${int(0, 9)} ${D(3)} ${D(4)}`]),
  TR: () => pick([`0 (5${int(30, 59)}) ${D(3)} ${D(2)} ${D(2)}`, `+90 5${int(30, 59)} ${D(3)} ${D(2)} ${D(2)}`]),
  RU: () => pick([`+7 9${D(2)} ${D(3)}-${D(2)}-${D(2)}`, `8 (9${D(2)}) ${D(3)}-${D(2)}-${D(2)}`]),
  UA: () => pick([`+380 ${pick(['50', '63', '67', '97'])} ${D(3)} ${D(2)} ${D(2)}`, `0${pick(['50', '67', '93'])} ${D(3)} ${D(2)} ${D(2)}`]),
  IL: () => pick([`05${pick(['0', '2', '4', '8'])}-${D(3)}-${D(4)}`, `+972 5${pick(['0', '2', '4'])}-${D(3)}-${D(4)}`]),
  AE: () => pick([`+971 5${pick(['0', '2', '5', '6'])} ${D(3)} ${D(4)}`, `05${pick(['0', '5'])} ${D(3)} ${D(4)}`]),
  SA: () => pick([`+966 5${pick(['0', '3', '5'])} ${D(3)} ${D(4)}`, `05${pick(['0', '4'])} ${D(3)} ${D(4)}`]),
  EG: () => pick([`+20 1${pick(['0', '1', '2', '5'])} ${D(4)} ${D(4)}`, `01${pick(['0', '1', '2'])} ${D(4)} ${D(4)}`]),
  ZA: () => pick([`+27 ${pick(['6', '7', '8'])}${D(1)} ${D(3)} ${D(4)}`, `0${pick(['72', '82', '61'])} ${D(3)} ${D(4)}`]),
  NG: () => pick([`+234 ${pick(['803', '806', '701', '905', '813'])} ${D(3)} ${D(4)}`, `0${pick(['803', '812', '706'])} ${D(3)} ${D(4)}`]),
  KE: () => pick([`+254 7${D(2)} ${D(3)} ${D(3)}`, `07${D(2)} ${D(3)} ${D(3)}`]),
  CN: () => pick([`+86 1${pick(['3', '5', '8', '9'])}${D(1)} ${D(4)} ${D(4)}`, `1${pick(['3', '5', '8'])}${D(9)}`]),
  KR: () => pick([`010-${D(4)}-${D(4)}`, `+82 10-${D(4)}-${D(4)}`]),
  TW: () => pick([`09${D(2)}-${D(3)}-${D(3)}`, `+886 9${D(2)} ${D(3)} ${D(3)}`]),
  HK: () => pick([`+852 ${pick(['5', '6', '9'])}${D(3)} ${D(4)}`]),
  SG: () => pick([`+65 ${pick(['8', '9'])}${D(3)} ${D(4)}`, `${pick(['8', '9'])}${D(3)} ${D(4)}`]),
  MY: () => pick([`+60 1${pick(['2', '6', '9'])}-${D(3)} ${D(4)}`, `01${pick(['2', '7'])}-${D(3)} ${D(4)}`]),
  TH: () => pick([`+66 ${pick(['6', '8', '9'])}${D(1)} ${D(3)} ${D(4)}`, `0${pick(['81', '89', '92'])}-${D(3)}-${D(4)}`]),
  VN: () => pick([`+84 ${pick(['90', '91', '98', '35'])} ${D(3)} ${D(2)} ${D(2)}`, `0${pick(['90', '98'])} ${D(3)} ${D(4)}`]),
  PH: () => pick([`+63 9${D(2)} ${D(3)} ${D(4)}`, `09${D(2)} ${D(3)} ${D(4)}`]),
  ID: () => pick([`+62 8${pick(['11', '12', '13', '57'])}-${D(4)}-${D(4)}`, `08${pick(['12', '21'])}-${D(4)}-${D(3)}`]),
  NZ: () => pick([`+64 2${pick(['1', '2', '7'])} ${D(3)} ${D(4)}`, `02${pick(['1', '7'])} ${D(3)} ${D(4)}`]),
  AR: () => pick([`+54 9 11 ${D(4)}-${D(4)}`, `011 15-${D(4)}-${D(4)}`]),
  CL: () => pick([`+56 9 ${D(4)} ${D(4)}`]),
  CO: () => pick([`+57 3${D(2)} ${D(3)} ${D(4)}`, `3${D(2)} ${D(3)} ${D(4)}`]),
  PE: () => pick([`+51 9${D(2)} ${D(3)} ${D(3)}`]),
};
export const phonePlans = Object.keys(PLANS);
const nextPlan = R.deck(phonePlans);
export function phone(plan) { plan = plan || nextPlan(); return P('PHONE_NUMBER', PLANS[plan](), { plan }); }

const DOMAINS = ['acme.example', 'mail.example', 'corp.example', 'kunde.test', 'clinic.test', 'bank.invalid', 'post.example', 'uni-nord.test', 'shop.invalid', 'firma.example', 'empresa.test'];
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z]/g, '');
export function email(person) {
  let base = person && ascii(person.v).length >= 3 ? ascii(person.v.split(/[ ,]+/)[0]) + pick(['.', '_', '', '-']) + ascii(person.v.split(/[ ,]+/).slice(-1)[0]) : pick(['info', 'j.doe', 'support', 'kontakt', 'tanaka.k', 'm_rossi', 'billing+q3', 'x.y.z', 'oneletter']) + (chance(0.5) ? digits(2) : '');
  if (!base || base.length < 2) base = 'user' + digits(3);
  if (chance(0.15)) base += '+' + pick(['news', 'jira', 'tag7']);
  return P('EMAIL_ADDRESS', `${base}@${pick(DOMAINS)}`);
}

// cards
const BR = { visa: () => '4' + D(14), mc: () => pick(['51', '52', '53', '54', '55']) + D(13), mc2: () => String(int(2221, 2720)) + D(11), amex: () => pick(['34', '37']) + D(12), disc: () => pick(['6011' + D(11), '65' + D(13)]), jcb: () => String(int(3528, 3589)) + D(11), diners: () => pick(['36' + D(11), '30' + int(0, 5) + D(10)]) };
export function cardNumber(brand) { brand = brand || pick(Object.keys(BR)); const p = BR[brand](); return p + C.luhnDigit(p); }
export function formatCard(n) { if (n.length === 15) return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`; if (n.length === 14) return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`; return pick([n.match(/.{4}/g).join(' '), n.match(/.{4}/g).join('-'), n]); }
export const card = () => P('CREDIT_CARD', formatCard(cardNumber()));

const IBAN_BBAN = { DE: () => D(18), GB: () => upper(4) + D(14), FR: () => D(23), ES: () => D(20), IT: () => upper(1) + D(22), NL: () => upper(4) + D(10), BE: () => D(12), AT: () => D(16), CH: () => D(17), PL: () => D(24), PT: () => D(21), IE: () => upper(4) + D(14), SE: () => D(20), DK: () => D(14), NO: () => D(11), FI: () => D(14), CZ: () => D(20), GR: () => D(23), LU: () => D(16), HU: () => D(24), RO: () => upper(4) + D(16), SA: () => D(20), AE: () => D(19), TR: () => D(22), BR: () => D(23) + upper(1) + D(1) };
export function ibanRaw(cc) { cc = cc || pick(Object.keys(IBAN_BBAN)); const b = IBAN_BBAN[cc](); return cc + C.ibanCheck(cc, b) + b; }
export const grp4 = (s) => s.match(/.{1,4}/g).join(' ');
export const iban = () => { const x = ibanRaw(); return P('IBAN_CODE', chance(0.5) ? grp4(x) : x); };

export function ssnRaw() { let a; do a = int(1, 899); while (a === 666); return `${String(a).padStart(3, '0')}-${String(int(1, 99)).padStart(2, '0')}-${String(int(1, 9999)).padStart(4, '0')}`; }
export const ssn = () => { const s = ssnRaw(); return P('US_SSN', chance(0.8) ? s : chance(0.5) ? s.replace(/-/g, '') : s.replace(/-/g, ' ')); };
export const itin = () => { const g = pick([...Array.from({ length: 16 }, (_, i) => 50 + i), ...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return P('US_ITIN', `9${D(2)}-${g}-${D(4)}`); };
export const passport = () => P('US_PASSPORT', chance(0.6) ? `${int(1, 9)}${D(8)}` : `${pick(['A', 'B', 'C', 'E', 'X'])}${D(8)}`);
const DL = { CA: () => upper(1) + D(7), NY: () => pick([D(9), `${D(3)} ${D(3)} ${D(3)}`]), FL: () => `${upper(1)}${D(3)}-${D(3)}-${D(2)}-${D(3)}-${D(1)}`, TX: () => D(8), IL: () => `${upper(1)}${D(3)}-${D(4)}-${D(4)}`, WA: () => 'WDL' + R.chars(R.UP + R.DIG, 9), PA: () => `${D(2)} ${D(3)} ${D(3)}`, OH: () => upper(2) + D(6), MI: () => `${upper(1)} ${D(3)} ${D(3)} ${D(3)} ${D(3)}`, NJ: () => `${upper(1)}${D(4)} ${D(5)} ${D(5)}`, WI: () => `${upper(1)}${D(3)}-${D(4)}-${D(4)}-${D(2)}`, MN: () => upper(1) + D(12), CO: () => `${D(2)}-${D(3)}-${D(4)}`, AZ: () => upper(1) + D(8), MA: () => 'S' + D(8), VA: () => `${upper(1)}${D(2)}-${D(2)}-${D(4)}`, NC: () => D(12), GA: () => D(9) };
export const dlStates = Object.keys(DL);
export const driverLicense = (st) => { st = st || pick(dlStates); return Object.assign(P('US_DRIVER_LICENSE', DL[st](), { state: st }), { state: st }); };
export const bankNumber = () => P('US_BANK_NUMBER', D(int(8, 17)));
export function aba() { for (;;) { const d8 = pick(['0', '1', '2', '3']) + D(7); const w = [3, 7, 1, 3, 7, 1, 3, 7, 1]; const s = [...d8].reduce((a, x, i) => a + +x * w[i], 0); const c = (10 - (s % 10)) % 10; return d8 + c; } }
export function btc() {
  const k = int(0, 2);
  if (k === 0) return P('CRYPTO', C.b58check(Buffer.concat([Buffer.from([0]), R.bytes(20)])));
  if (k === 1) return P('CRYPTO', C.b58check(Buffer.concat([Buffer.from([5]), R.bytes(20)])));
  return P('CRYPTO', C.bech32Encode('bc', [0, ...C.toWords(R.bytes(20))]));
}
export function dea(lastName) { const six = D(6); const l2 = lastName && /^[A-Z]/.test(lastName) ? lastName[0] : upper(1); return P('MEDICAL_LICENSE', `${pick(['A', 'B', 'F', 'G', 'M'])}${l2}${six}${C.deaCheck(six)}`); }
export function nhs() { for (;;) { const n = D(9); const c = C.nhsCheck(n); if (c === 10) continue; const x = n + c; return P('UK_NHS', chance(0.7) ? `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}` : chance(0.5) ? x : `${x.slice(0, 3)}-${x.slice(3, 6)}-${x.slice(6)}`); } }
export function ipv4(pub = true) {
  if (!pub) return P('IP_ADDRESS', pick([`10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 255)}.${int(2, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]));
  for (;;) { const a = int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue; return P('IP_ADDRESS', `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`); }
}
export const ipv6 = () => P('IP_ADDRESS', pick([`2a0${int(1, 9)}:${R.hex(4)}:${R.hex(4)}::${R.hex(3)}`, `2001:db8:${R.hex(4)}:${R.hex(2)}::${int(1, 999)}`, `2600:${R.hex(4)}:${R.hex(4)}:${R.hex(4)}:${R.hex(4)}:${R.hex(4)}:${R.hex(4)}:${R.hex(4)}`, `fe80::${R.hex(4)}:${R.hex(2)}ff:fe${R.hex(2)}:${R.hex(4)}`]));
export const ip = () => (chance(0.75) ? ipv4(chance(0.7)) : ipv6());
