// train6 PII: people and places of many cultures and scripts, phones of 50 numbering plans,
// and check-digit-valid identifiers. All fake.
import { int, pick, chance, str, digits, hex, pad, bytes, luhnComplete, luhnOk, ibanMake, nhsCheck, b58check, segwit, DIG, UP, LO } from './lib.mjs';

// culture: [id, phone country, order ('fl' | 'lf' | 'lf0' = family first without space), first names, last names]
// names written "native|latin" when the script is not Latin.
const C = [
  ['en-US', 'US', 'fl', 'Madison Carter|Tyrell|Brianna|Cody|Dolores|Wesley|Kayla|Marcus', 'Whitfield|Okonjo-Barnes|Hargrove|McAllister|Delgado|Pruitt|Lindqvist|Yazzie'],
  ['en-GB', 'GB', 'fl', 'Imogen|Rhys|Siobhan|Callum|Niamh|Alistair|Priya|Hamish', 'Fairbairn|Pemberton|Aldous|Ward-Hughes|Crichton|Okafor|Tremlett|Baxendale'],
  ['es', 'ES', 'fl', 'José Luis|Mercedes|Íñigo|Lucía|Begoña|Álvaro|Ainhoa|Nerea', 'García Márquez|Fernández de la Vega|Ibarrola|Sánchez Ruiz|Etxeberria|Quintana|Peñalosa|Ortiz'],
  ['es-MX', 'MX', 'fl', 'Guadalupe|Xóchitl|Jesús|Ximena|Rodrigo|Itzel|Emiliano|Citlali', 'Hernández Cruz|Tapia|Villaseñor|Cuauhtémoc Ramírez|Robles|Zúñiga|Olvera|Mendoza'],
  ['pt-BR', 'BR', 'fl', 'João Vitor|Luíza|Thiago|Conceição|Gabriela|Anderson|Raíssa|Caio', 'Pereira da Silva|Assunção|Gonçalves|dos Santos|Albuquerque|Nascimento|Bragança|Teixeira'],
  ['de', 'DE', 'fl', 'Jürgen|Anneliese|Maximilian|Gülşen|Torsten|Friederike|Björn|Svenja', 'Müller-Lüdenscheidt|Großkopf|Schäfer|Weißenborn|Oberhuber|Kühn|Brandstätter|Pfeiffer'],
  ['fr', 'FR', 'fl', 'Amélie|Jean-Baptiste|Hélène|Loïc|Maëlle|Benoît|Océane|Thibault', 'Dubois|Lefèvre|Château|Giraud|N’Diaye|Rousseau|Béranger|Marchetti'],
  ['it', 'IT', 'fl', 'Giuseppe|Chiara|Niccolò|Federica|Gianluca|Ludovica|Pasquale|Ilaria', 'Esposito|Bianchi|De Luca|Ferraro|Santoro|D’Angelo|Mancini|Colombo'],
  ['nl', 'NL', 'fl', 'Sanne|Joost|Femke|Maarten|Lieke|Bram|Anouk|Sjoerd', 'van der Berg|de Vries|Jansen|van Dijk|Bakker|ter Horst|Visser|Smits'],
  ['pl', 'PL', 'fl', 'Małgorzata|Grzegorz|Zofia|Paweł|Agnieszka|Wojciech|Łucja|Krzysztof', 'Wiśniewska|Brzęczyszczykiewicz|Kowalczyk|Zieliński|Wójcik|Szymańska|Jabłoński|Dąbrowska'],
  ['ru', 'RU', 'fl', 'Дмитрий|Dmitry', 'Соколов|Sokolov'],
  ['ru2', 'RU', 'fl', 'Екатерина|Ekaterina|Анастасия|Anastasia|Сергей|Sergei', 'Волкова|Volkova|Морозова|Morozova|Кузнецов|Kuznetsov'],
  ['uk', 'UA', 'fl', 'Олена|Olena|Тарас|Taras|Ірина|Iryna', 'Коваленко|Kovalenko|Шевчук|Shevchuk|Бондаренко|Bondarenko'],
  ['el', 'GR', 'fl', 'Γιώργος|Giorgos|Ελένη|Eleni|Κωνσταντίνος|Konstantinos', 'Παπαδόπουλος|Papadopoulos|Οικονόμου|Oikonomou|Βλαχάκη|Vlachaki'],
  ['tr', 'TR', 'fl', 'Ayşe|Mehmet|Çağla|Oğuz|Şükrü|Gökçe|İlker|Zeynep', 'Yılmaz|Öztürk|Çelik|Karagöz|Aydın|Şahin|Doğan|Erdoğmuş'],
  ['ar', 'SA', 'fl', 'محمد|Mohammed|فاطمة|Fatima|عبدالله|Abdullah|نورة|Noura', 'العتيبي|Al-Otaibi|الشمري|Al-Shammari|القحطاني|Al-Qahtani|الزهراني|Al-Zahrani'],
  ['ar-lat', 'EG', 'fl', 'Youssef|Mariam|Karim|Hana|Omar|Salma|Tarek|Yasmin', 'El-Sayed|Abdel-Rahman|Haddad|Nasser|Mansour|Khalil|Farouk|Saleh'],
  ['he', 'IL', 'fl', 'נועה|Noa|איתי|Itai|מיכל|Michal', 'כהן|Cohen|לוי|Levi|אברהמי|Avrahami'],
  ['fa', 'AE', 'fl', 'Arash|Shirin|Dariush|Parisa|Kaveh|Niloufar', 'Tehrani|Rostami|Ghorbani|Farahani|Moradi|Karimzadeh'],
  ['hi', 'IN', 'fl', 'राहुल|Rahul|प्रिया|Priya|अमित|Amit|सुनीता|Sunita', 'शर्मा|Sharma|वर्मा|Verma|गुप्ता|Gupta|चौहान|Chauhan'],
  ['in-lat', 'IN', 'fl', 'Venkatesh|Lakshmi|Arjun|Deepika|Harpreet|Ananya|Sandeep|Kavitha', 'Raghunathan|Subramaniam|Iyer|Banerjee|Kaur|Reddy|Chatterjee|Pillai'],
  ['ta', 'IN', 'fl', 'முருகன்|Murugan|கயல்விழி|Kayalvizhi', 'செல்வம்|Selvam|ராஜேந்திரன்|Rajendran'],
  ['zh', 'CN', 'lf0', '伟|Wei|娜|Na|秀英|Xiuying|建国|Jianguo|静|Jing', '王|Wang|李|Li|张|Zhang|刘|Liu|陈|Chen'],
  ['zh-lat', 'SG', 'fl', 'Wei Ling|Jun Hao|Xiao Ming|Mei Hua|Zhi Wei|Hui Min', 'Tan|Lim|Ng|Goh|Chua|Teo'],
  ['tw', 'TW', 'lf0', '志明|Chih-ming|雅婷|Ya-ting|家豪|Chia-hao', '林|Lin|黃|Huang|吳|Wu'],
  ['ja', 'JP', 'lf', '健太|Kenta|さくら|Sakura|翔|Sho|美咲|Misaki|大輔|Daisuke', '佐藤|Sato|山本|Yamamoto|高橋|Takahashi|中村|Nakamura|渡辺|Watanabe'],
  ['ko', 'KR', 'lf0', '민준|Minjun|서연|Seoyeon|지훈|Jihoon|하은|Haeun', '김|Kim|이|Lee|박|Park|최|Choi'],
  ['vi', 'VN', 'lf', 'Thị Mai|Văn Hùng|Ngọc Anh|Quang Huy|Thu Trang|Đức Minh', 'Nguyễn|Trần|Lê|Phạm|Hoàng|Đặng'],
  ['th', 'TH', 'fl', 'สมชาย|Somchai|สุดารัตน์|Sudarat|ณัฐพล|Nattapon', 'ใจดี|Jaidee|ศรีสุข|Srisuk|วงศ์สวัสดิ์|Wongsawat'],
  ['id', 'ID', 'fl', 'Budi|Siti Nurhaliza|Agus|Dewi|Rizky|Putri', 'Santoso|Wijaya|Hartono|Kusuma|Pratama|Saragih'],
  ['ph', 'PH', 'fl', 'Maria Cristina|Jose Rizal|Angelica|Mark Anthony|Rowena|Jerome', 'dela Cruz|Bautista|Macaraeg|Villanueva|Dimaculangan|Santos'],
  ['ng', 'NG', 'fl', 'Adebayo|Chiamaka|Oluwaseun|Ngozi|Emeka|Folasade|Ifeanyi|Aisha', 'Okonkwo|Nwosu|Adeyemi|Balogun|Eze|Ogunleye|Abubakar|Okafor'],
  ['ke', 'KE', 'fl', 'Wanjiru|Otieno|Achieng|Kipchoge|Njeri|Mwangi', 'Kamau|Odhiambo|Wambui|Cheruiyot|Mutua|Kariuki'],
  ['et', 'ET', 'fl', 'Tesfaye|Meseret|Abebe|Hirut|Dawit|Selamawit', 'Bekele|Gebremedhin|Tadesse|Haile|Alemu|Wolde'],
  ['za', 'ZA', 'fl', 'Thandiwe|Sipho|Lerato|Pieter|Nomvula|Johan', 'Ndlovu|Mokoena|van der Merwe|Dlamini|Botha|Khumalo'],
  ['hu', 'HU', 'lf', 'Zoltán|Erzsébet|Gábor|Katalin|Árpád|Zsófia', 'Nagy|Kovács|Szabó|Tóth|Horváth|Varga'],
  ['fi', 'FI', 'fl', 'Aino|Juhani|Sirkka|Eetu|Päivi|Väinö', 'Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Järvinen'],
  ['sv', 'SE', 'fl', 'Björn|Ingrid|Åsa|Sven-Erik|Linnéa|Måns', 'Lindqvist|Bergström|Åkesson|Sjögren|Nyström|Löfgren'],
  ['no', 'NO', 'fl', 'Øystein|Solveig|Håkon|Ragnhild|Eirik|Sigrid', 'Østby|Haugen|Bråten|Sæther|Fjeld|Løvås'],
  ['ie', 'IE', 'fl', 'Siobhán|Pádraig|Aoife|Ciarán|Gráinne|Oisín', 'Ní Bhriain|Ó Súilleabháin|Mac Giolla|Ní Dhomhnaill|Kavanagh|Ó Ceallaigh'],
  ['ka', 'GE', 'fl', 'ნინო|Nino|გიორგი|Giorgi', 'ბერიძე|Beridze|კაპანაძე|Kapanadze'],
  ['hy', 'AM', 'fl', 'Անի|Ani|Արամ|Aram', 'Հովհաննիսյան|Hovhannisyan|Պետրոսյան|Petrosyan'],
  ['cs', 'CZ', 'fl', 'Jiří|Kateřina|Tomáš|Lucie|Ondřej|Barbora', 'Dvořák|Nováková|Procházka|Černá|Kučera|Veselá'],
  ['ro', 'RO', 'fl', 'Ioana|Mihai|Andreea|Ștefan|Raluca|Cătălin', 'Popescu|Ionescu|Dumitrescu|Constantinescu|Stănescu|Munteanu'],
  ['pk', 'PK', 'fl', 'Ayesha|Imran|Sana|Bilal|Hira|Usman', 'Qureshi|Siddiqui|Malik|Chaudhry|Butt|Hussain'],
  ['bd', 'BD', 'fl', 'Tahmina|Rafiq|Nusrat|Shafiqul|Farzana|Mahmudul', 'Rahman|Hossain|Akter|Islam|Chowdhury|Uddin'],
  ['ar-AR', 'AR', 'fl', 'Martín|Florencia|Agustín|Camila|Santiago|Valentina', 'Fernández|Giménez|Pereyra|Sosa|Benítez|Acosta'],
  ['co', 'CO', 'fl', 'Andrés Felipe|María José|Juan Camilo|Laura Valentina', 'Restrepo|Ospina|Gaviria|Londoño'],
];
function parseCul([id, cc, order, f, l]) {
  const split = (s) => { const a = s.split('|'); if (/^[\x00-\u024F\u1E00-\u1EFF’' -]+$/.test(a[0])) return a.map((x) => ({ n: x, lat: x })); const o = []; for (let i = 0; i < a.length; i += 2) o.push({ n: a[i], lat: a[i + 1] }); return o; };
  return { id, cc, order, first: split(f), last: split(l) };
}
export const CULTURES = C.map(parseCul);
const deasc = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’' ]/g, '').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/đ|Đ/g, 'd').replace(/ı/g, 'i').toLowerCase();
export function person(cul) {
  const c = cul ? CULTURES.find((x) => x.id === cul) : pick(CULTURES);
  const f = pick(c.first), l = pick(c.last); const latin = chance(0.25) && f.n !== f.lat;
  const F = latin ? f.lat : f.n, Lx = latin ? l.lat : l.n;
  const full = c.order === 'fl' ? `${F} ${Lx}` : c.order === 'lf0' ? (latin || /^[A-Za-z]/.test(F) ? `${Lx} ${F}` : `${Lx}${F}`) : `${Lx} ${F}`;
  const af = deasc(f.lat).replace(/-/g, ''), al = deasc(l.lat).replace(/-/g, '');
  return { full, first: F, last: Lx, af, al, cc: c.cc, cul: c.id, latinFull: c.order === 'fl' ? `${f.lat} ${l.lat}` : `${l.lat} ${f.lat}` };
}
// ---- places ----
export const CITIES = {
  US: ['Seattle', 'Austin', 'Chicago', 'Boise', 'Tulsa', 'Santa Fe', 'Albuquerque', 'Savannah', 'Duluth', 'Pittsburgh'], CA: ['Montréal', 'Toronto', 'Halifax', 'Saskatoon'], GB: ['Manchester', 'Leeds', 'Edinburgh', 'Cardiff', 'Bristol', 'Belfast'],
  ES: ['Sevilla', 'Bilbao', 'Valencia', 'A Coruña'], MX: ['Ciudad de México', 'Guadalajara', 'Oaxaca de Juárez', 'Mérida'], BR: ['São Paulo', 'Belo Horizonte', 'Florianópolis', 'Recife'],
  DE: ['München', 'Köln', 'Düsseldorf', 'Leipzig', 'Freiburg im Breisgau'], FR: ['Lyon', 'Marseille', 'Besançon', 'Nîmes'], IT: ['Napoli', 'Torino', 'Bologna', 'Reggio Calabria'],
  NL: ['Utrecht', 'Den Haag', 'Groningen', "'s-Hertogenbosch"], PL: ['Kraków', 'Łódź', 'Wrocław', 'Gdańsk'], RU: ['Москва', 'Санкт-Петербург', 'Novosibirsk', 'Екатеринбург'], UA: ['Київ', 'Львів', 'Kharkiv', 'Одеса'],
  GR: ['Θεσσαλονίκη', 'Αθήνα', 'Heraklion'], TR: ['İzmir', 'Eskişehir', 'Gaziantep', 'İstanbul'], SA: ['الرياض', 'جدة', 'Dammam'], EG: ['القاهرة', 'Alexandria', 'الإسكندرية', 'Giza'], IL: ['תל אביב-יפו', 'Haifa', 'ירושלים'],
  AE: ['Dubai', 'أبوظبي', 'Sharjah'], IN: ['मुंबई', 'Bengaluru', 'Chennai', 'சென்னை', 'Kolkata', 'Pune', 'Hyderabad'], CN: ['上海', '北京', '深圳', 'Chengdu', '杭州'], SG: ['Singapore'], TW: ['臺北', 'Kaohsiung', '台中'],
  JP: ['東京', '大阪', '札幌', 'Fukuoka', '名古屋'], KR: ['서울', '부산', 'Daegu', '인천'], VN: ['Hà Nội', 'Đà Nẵng', 'Thành phố Hồ Chí Minh'], TH: ['กรุงเทพมหานคร', 'Chiang Mai', 'เชียงใหม่'],
  ID: ['Jakarta', 'Surabaya', 'Yogyakarta'], PH: ['Quezon City', 'Cebu City', 'Davao'], NG: ['Lagos', 'Ibadan', 'Port Harcourt', 'Abuja'], KE: ['Nairobi', 'Mombasa', 'Kisumu'], ET: ['Addis Ababa', 'አዲስ አበባ', 'Bahir Dar'],
  ZA: ['Cape Town', 'Johannesburg', 'Durban'], HU: ['Budapest', 'Debrecen', 'Pécs'], FI: ['Tampere', 'Jyväskylä', 'Oulu'], SE: ['Göteborg', 'Malmö', 'Umeå'], NO: ['Tromsø', 'Bergen', 'Trondheim'], IE: ['Cork', 'Galway', 'Dún Laoghaire'],
  GE: ['თბილისი', 'Batumi'], AM: ['Երևան', 'Gyumri'], CZ: ['Brno', 'Ostrava', 'České Budějovice'], RO: ['Cluj-Napoca', 'Iași', 'Timișoara'], PK: ['Karachi', 'Lahore', 'Islamabad'], BD: ['Dhaka', 'ঢাকা', 'Chattogram'],
  AR: ['Buenos Aires', 'Córdoba', 'Rosario'], CO: ['Medellín', 'Bogotá', 'Cali'], AU: ['Melbourne', 'Brisbane', 'Hobart'], NZ: ['Auckland', 'Wellington', 'Ōtautahi Christchurch'], CH: ['Zürich', 'Genève', 'Lausanne'], AT: ['Wien', 'Graz', 'Innsbruck'], BE: ['Gent', 'Liège', 'Antwerpen'], PT: ['Porto', 'Lisboa', 'Coimbra'], DK: ['Aarhus', 'København', 'Odense'], CL: ['Santiago', 'Valparaíso'], PE: ['Lima', 'Arequipa', 'Cusco'], MY: ['Kuala Lumpur', 'George Town'], HK: ['Hong Kong', '九龍'],
};
export const COUNTRY_NAMES = { US: 'United States', CA: 'Canada', GB: 'United Kingdom', ES: 'España', MX: 'México', BR: 'Brasil', DE: 'Deutschland', FR: 'France', IT: 'Italia', NL: 'Nederland', PL: 'Polska', RU: 'Россия', UA: 'Україна', GR: 'Ελλάδα', TR: 'Türkiye', SA: 'Saudi Arabia', EG: 'مصر', IL: 'Israel', AE: 'United Arab Emirates', IN: 'India', CN: '中国', SG: 'Singapore', TW: 'Taiwan', JP: '日本', KR: '대한민국', VN: 'Việt Nam', TH: 'ประเทศไทย', ID: 'Indonesia', PH: 'Philippines', NG: 'Nigeria', KE: 'Kenya', ET: 'Ethiopia', ZA: 'South Africa', HU: 'Magyarország', FI: 'Suomi', SE: 'Sverige', NO: 'Norge', IE: 'Éire', GE: 'Georgia', AM: 'Armenia', CZ: 'Česko', RO: 'România', PK: 'Pakistan', BD: 'Bangladesh', AR: 'Argentina', CO: 'Colombia', AU: 'Australia', NZ: 'Aotearoa New Zealand', CH: 'Schweiz', AT: 'Österreich', BE: 'Belgique', PT: 'Portugal', DK: 'Danmark', CL: 'Chile', PE: 'Perú', MY: 'Malaysia', HK: 'Hong Kong' };
const STREETS = {
  US: () => `${int(100, 9899)} ${pick(['N Lamar Blvd', 'Larkin Street', 'Elm Avenue', 'W Division St', 'Old Mill Road', 'Juniper Court'])}${chance(0.3) ? ', Apt ' + int(2, 40) + pick(['A', 'B', '']) : ''}`,
  GB: () => `${int(1, 220)} ${pick(['Baker Street', 'Mill Lane', 'Kingsway', 'Church Road', 'Albert Terrace'])}`,
  DE: () => `${pick(['Hauptstraße', 'Schillerstraße', 'Am Weinberg', 'Königsallee', 'Lindenweg'])} ${int(1, 140)}${chance(0.2) ? 'a' : ''}`,
  FR: () => `${int(1, 90)} ${pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Haussmann', 'impasse du Moulin'])}`,
  ES: () => `${pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Carrer de Mallorca'])}, ${int(1, 300)}, ${int(1, 8)}º ${pick(['A', 'B', 'Izq.'])}`,
  BR: () => `${pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Flores'])}, ${int(10, 2400)}${chance(0.4) ? ' - apto ' + int(11, 180) : ''}`,
  IT: () => `${pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Via dei Mille'])} ${int(1, 180)}`,
  NL: () => `${pick(['Prinsengracht', 'Oudegracht', 'Kerkstraat'])} ${int(1, 800)}`,
  PL: () => `ul. ${pick(['Marszałkowska', 'Piotrkowska', 'Świętokrzyska'])} ${int(1, 140)}/${int(1, 60)}`,
  RU: () => `${pick(['ул. Тверская', 'Невский проспект', 'ул. Ленина'])}, д. ${int(1, 90)}, кв. ${int(1, 200)}`,
  JP: () => `${pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '北海道札幌市中央区北1条西'])}${int(1, 9)}-${int(1, 30)}-${int(1, 20)}`,
  KR: () => `${pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로'])} ${int(1, 500)}`,
  CN: () => `${pick(['上海市浦东新区世纪大道', '北京市朝阳区建国路', '深圳市南山区科技园南路'])}${int(1, 999)}号`,
  IN: () => `${int(1, 99)}, ${pick(['MG Road', '4th Cross, Indiranagar', 'Linking Road, Bandra West', 'Anna Salai'])}`,
  NG: () => `${int(1, 60)} ${pick(['Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way'])}`,
  SA: () => `${pick(['طريق الملك فهد', 'شارع التحلية'])} ${int(1, 9000)}`,
  MX: () => `${pick(['Av. Insurgentes Sur', 'Calle Madero', 'Paseo de la Reforma'])} ${int(10, 3000)}, Col. ${pick(['Roma Norte', 'Centro', 'Del Valle'])}`,
};
export function city(cc) { const k = cc && CITIES[cc] ? cc : pick(Object.keys(CITIES)); return pick(CITIES[k]); }
export function street(cc) { const k = cc && STREETS[cc] ? cc : pick(Object.keys(STREETS)); return STREETS[k](); }
export const hasStreet = (cc) => !!STREETS[cc];
export function country(cc) { return COUNTRY_NAMES[cc] || pick(Object.values(COUNTRY_NAMES)); }
// ---- phones: national and international formats; X any digit, N 2-9 ----
const PH = {
  US: ['(NXX) NXX-XXXX', 'NXX-NXX-XXXX', '+1 NXX NXX XXXX', '+1-NXX-NXX-XXXX', '1 (NXX) NXX-XXXX', 'NXX.NXX.XXXX'], CA: ['(416) NXX-XXXX', '+1 604 NXX XXXX', '514-NXX-XXXX'],
  GB: ['07XXX XXXXXX', '+44 7XXX XXXXXX', '020 7XXX XXXX', '+44 (0)20 7XXX XXXX', '0161 XXX XXXX', '+44 131 XXX XXXX'], DE: ['0151 XXXXXXXX', '+49 151 XXXXXXXX', '030 XXXXXXXX', '+49 (0)89 XXXXXXX', '0176/XXXXXXXX', '+49 221 XXXXXX-XX'],
  FR: ['06 XX XX XX XX', '07 XX XX XX XX', '+33 6 XX XX XX XX', '01 XX XX XX XX', '+33 (0)4 XX XX XX XX', '+33 1 XX XX XX XX'], IN: ['+91 9XXXX XXXXX', '098XXX XXXXX', '+91-7XXXXXXXXX', '080 XXXX XXXX', '+91 22 XXXX XXXX'],
  BR: ['(11) 9XXXX-XXXX', '+55 11 9XXXX-XXXX', '+55 (21) 9XXXX-XXXX', '(31) 3XXX-XXXX'], JP: ['090-XXXX-XXXX', '080-XXXX-XXXX', '+81 90-XXXX-XXXX', '03-XXXX-XXXX', '+81 3 XXXX XXXX', '06-XXXX-XXXX'],
  AU: ['04XX XXX XXX', '+61 4XX XXX XXX', '(02) XXXX XXXX', '+61 3 XXXX XXXX'], ES: ['6XX XXX XXX', '+34 6XX XX XX XX', '91 XXX XX XX', '+34 93 XXX XX XX'],
  IT: ['3XX XXX XXXX', '+39 34X XXX XXXX', '06 XXXX XXXX', '+39 02 XXXX XXXX'], NL: ['06-XXXXXXXX', '+31 6 XXXXXXXX', '020-XXX XXXX', '+31 (0)10 XXX XXXX'],
  MX: ['55 XXXX XXXX', '+52 55 XXXX XXXX', '+52 33 XXXX XXXX', '(81) XXXX XXXX'], CN: ['138 XXXX XXXX', '+86 139 XXXX XXXX', '+86 10 XXXX XXXX', '021-XXXXXXXX'],
  KR: ['010-XXXX-XXXX', '+82 10-XXXX-XXXX', '02-XXX-XXXX', '+82 2 XXXX XXXX'], RU: ['8 (495) XXX-XX-XX', '+7 916 XXX-XX-XX', '+7 (812) XXX-XX-XX', '8 9XX XXX XX XX'],
  UA: ['050 XXX XXXX', '+380 67 XXX XX XX', '+380 44 XXX XX XX'], PL: ['5XX XXX XXX', '+48 6XX XXX XXX', '+48 22 XXX XX XX'], SE: ['070-XXX XX XX', '+46 70 XXX XX XX', '08-XXX XXX XX', '+46 31 XX XX XX'],
  NO: ['4XX XX XXX', '+47 9XX XX XXX', '+47 22 XX XX XX'], DK: ['2X XX XX XX', '+45 3X XX XX XX'], FI: ['040 XXX XXXX', '+358 40 XXXXXXX', '+358 9 XXXX XXXX'],
  CH: ['079 XXX XX XX', '+41 79 XXX XX XX', '+41 44 XXX XX XX', '044 XXX XX XX'], AT: ['0664 XXXXXXX', '+43 664 XXXXXXX', '+43 1 XXXXXXX'], BE: ['0470 XX XX XX', '+32 470 XX XX XX', '+32 2 XXX XX XX'],
  PT: ['91X XXX XXX', '+351 91X XXX XXX', '+351 21 XXX XXXX'], IE: ['087 XXX XXXX', '+353 87 XXX XXXX', '+353 1 XXX XXXX', '(01) XXX XXXX'], GR: ['69X XXX XXXX', '+30 69X XXX XXXX', '+30 210 XXX XXXX'],
  TR: ['0532 XXX XX XX', '+90 532 XXX XX XX', '+90 (212) XXX XX XX'], IL: ['050-XXX-XXXX', '+972-52-XXX-XXXX', '+972 3-XXX-XXXX', '03-XXXXXXX'], AE: ['050 XXX XXXX', '+971 50 XXX XXXX', '+971 4 XXX XXXX'],
  SA: ['05X XXX XXXX', '+966 5X XXX XXXX', '+966 11 XXX XXXX'], EG: ['010 XXXX XXXX', '+20 10 XXXX XXXX', '+20 2 XXXX XXXX'], ZA: ['082 XXX XXXX', '+27 82 XXX XXXX', '+27 21 XXX XXXX'],
  NG: ['0803 XXX XXXX', '+234 803 XXX XXXX', '+234 (0)1 XXX XXXX'], KE: ['0712 XXXXXX', '+254 712 XXXXXX', '+254 20 XXXXXXX'], ET: ['091 XXX XXXX', '+251 91 XXX XXXX', '+251 11 XXX XXXX'],
  AR: ['11 XXXX-XXXX', '+54 9 11 XXXX-XXXX', '+54 351 XXX-XXXX'], CL: ['+56 9 XXXX XXXX', '9 XXXX XXXX', '+56 2 2XXX XXXX'], CO: ['300 XXXXXXX', '+57 31X XXX XXXX', '+57 601 XXX XXXX'],
  PE: ['9XX XXX XXX', '+51 9XX XXX XXX', '+51 1 XXX XXXX'], SG: ['8XXX XXXX', '+65 9XXX XXXX', '+65 6XXX XXXX'], HK: ['9XXX XXXX', '+852 6XXX XXXX', '+852 2XXX XXXX'],
  TW: ['0912-XXX-XXX', '+886 912 XXX XXX', '(02) 2XXX-XXXX', '+886 2 2XXX XXXX'], TH: ['081 XXX XXXX', '+66 81 XXX XXXX', '02 XXX XXXX'], VN: ['091 XXX XX XX', '+84 91 XXX XXXX', '+84 24 XXXX XXXX'],
  ID: ['0812-XXXX-XXXX', '+62 812-XXXX-XXXX', '+62 21 XXXX XXXX'], PH: ['0917 XXX XXXX', '+63 917 XXX XXXX', '(02) 8XXX XXXX'], MY: ['012-XXX XXXX', '+60 12-XXX XXXX', '+60 3-XXXX XXXX'],
  PK: ['0300 XXXXXXX', '+92 300 XXXXXXX', '+92 42 XXXXXXXX'], BD: ['01712-XXXXXX', '+880 1712-XXXXXX', '+880 2 XXXXXXXX'], NZ: ['021 XXX XXXX', '+64 21 XXX XXXX', '+64 9 XXX XXXX'],
  CZ: ['601 XXX XXX', '+420 602 XXX XXX', '+420 2XX XXX XXX'], HU: ['06 30 XXX XXXX', '+36 30 XXX XXXX', '+36 1 XXX XXXX'], RO: ['0721 XXX XXX', '+40 721 XXX XXX', '+40 21 XXX XXXX'],
  GE: ['5XX XX XX XX', '+995 5XX XX XX XX', '+995 32 2XX XX XX'], AM: ['+374 91 XXXXXX', '+374 10 XXXXXX', '(010) XX-XX-XX'],
};
export const PHONE_COUNTRIES = Object.keys(PH);
export const PHONE_USED = new Map();
export function phone(cc, intl) {
  const k = cc && PH[cc] ? cc : pick(PHONE_COUNTRIES);
  let fmts = PH[k]; if (intl === true) fmts = fmts.filter((f) => f.startsWith('+')); else if (intl === false) fmts = fmts.filter((f) => !f.startsWith('+')); if (!fmts.length) fmts = PH[k];
  let f = pick(fmts), s = ''; PHONE_USED.set(k, (PHONE_USED.get(k) || 0) + 1);
  for (const ch of f) s += ch === 'X' ? pick(DIG) : ch === 'N' ? String(int(2, 9)) : ch;
  if (k === 'US' || k === 'CA') s = s.replace(/555([-. )]+)(?=\d)/, '5$15'.replace('$1', '') + '$1'); // avoid the reserved 555 block
  return s;
}
// ---- emails ----
const EDOM = ['mail.example', 'acme.example', 'northwind.test', 'globex-corp.example', 'post.example', 'contoso.test', 'kunden.beispiel.example', 'correo.example', 'yubin.example', 'student.uni-hafen.example', 'clinic.example', 'fastmail.invalid', 'inbox.test', 'hr.initech.example'];
export function email(p, dom) {
  p = p || person(); const d = dom || pick(EDOM); const a = p.af.split(/[^a-z0-9]/)[0] || 'user', b = (p.al || 'x').replace(/[^a-z0-9]/g, '') || 'x';
  const local = pick([`${a}.${b}`, `${a[0]}${b}`, `${a}_${b}${int(1, 99)}`, `${b}.${a}`, `${a}${b[0]}`, `${a}+${pick(['billing', 'jobs', 'news', 'travel'])}`, `${a}.${b}${int(70, 99)}`, `${b}-${a[0]}`]);
  return `${local}@${d}`;
}
// ---- cards ----
const CARD = [['4', 16, 'visa'], ['51', 16, 'mc'], ['53', 16, 'mc'], ['55', 16, 'mc'], ['2221', 16, 'mc'], ['2720', 16, 'mc'], ['2431', 16, 'mc'], ['34', 15, 'amex'], ['37', 15, 'amex'], ['6011', 16, 'discover'], ['65', 16, 'discover'], ['3530', 16, 'jcb'], ['3589', 16, 'jcb'], ['36', 14, 'diners'], ['305', 14, 'diners']];
export function cardDigits(brand) { const c = brand ? pick(CARD.filter((x) => x[2] === brand)) : pick(CARD); return luhnComplete(c[0], c[1]); }
export function fmtCard(n, style) {
  style = style ?? pick(['sp', 'sp', 'dash', 'plain']); const sep = style === 'sp' ? ' ' : style === 'dash' ? '-' : '';
  if (!sep) return n; if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep); if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep); return n.match(/.{4}/g).join(sep);
}
export const card = (brand, style) => fmtCard(cardDigits(brand), style);
export function badCard() { const n = cardDigits(); const m = n.slice(0, -1) + ((+n.at(-1) + int(1, 9)) % 10); return luhnOk(m) ? badCard() : fmtCard(m); }
export const TEST_CARDS = ['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '4000 0566 5566 5556', '3782 822463 10005', '6011 1111 1111 1117', '4012888888881881', '5105105105105100'];
// ---- IBAN ----
const IBANF = { DE: 'n18', FR: 'n10 n11 n2', GB: 'a4 n14', ES: 'n20', IT: 'a1 n22', NL: 'a4 n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24', PT: 'n21', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', IE: 'a4 n14', LU: 'n3 n13', HU: 'n24', CZ: 'n20', RO: 'a4 n16', GR: 'n23', TR: 'n22', SA: 'n20', AE: 'n19' };
export const IBAN_COUNTRIES = Object.keys(IBANF);
export function ibanRaw(cc) { cc = cc || pick(IBAN_COUNTRIES); let b = ''; for (const part of IBANF[cc].split(' ')) b += part[0] === 'n' ? digits(+part.slice(1)) : str(UP, +part.slice(1)); return ibanMake(cc, b); }
export const fmtIban = (s, sp) => (sp ?? chance(0.6) ? s.match(/.{1,4}/g).join(' ') : s);
export const iban = (cc, sp) => fmtIban(ibanRaw(cc), sp);
export function badIban(cc) { const r = ibanRaw(cc); const ck = pad((+r.slice(2, 4) + int(1, 50)) % 97 + 2, 2); const b = r.slice(0, 2) + ck + r.slice(4); return b === r ? badIban(cc) : fmtIban(b); }
// ---- US ids ----
export function ssnRaw() { let a; do a = int(1, 899); while (a === 666); return [pad(a, 3), pad(int(1, 99), 2), pad(int(1, 9999), 4)]; }
export const ssn = (sep = '-') => ssnRaw().join(sep);
export function badSsn() { const [a, g, s] = ssnRaw(); const k = int(0, 3); return [k === 0 ? '000' : k === 1 ? '666' : k === 2 ? String(int(900, 999)) : a, k === 3 ? '00' : g, k === 3 ? s : chance(0.3) ? '0000' : s].join('-'); }
export function itin(sep = '-') { const g = pick([int(50, 65), int(70, 88), int(90, 92), int(94, 99)]); return ['9' + digits(2), pad(g, 2), digits(4)].join(sep); }
export const passport = () => (chance(0.55) ? String(int(1, 9)) + digits(8) : pick(['A', 'B', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'X', 'Z']) + digits(8));
const DL = { CA: () => pick(UP) + digits(7), NY: () => digits(9), FL: () => `${pick(UP)}${digits(3)}-${digits(3)}-${digits(2)}-${digits(3)}-${digits(1)}`, TX: () => digits(8), IL: () => `${pick(UP)}${digits(3)}-${digits(4)}-${digits(4)}`, WA: () => 'WDL' + str(UP + DIG, 9), PA: () => digits(8), OH: () => str(UP, 2) + digits(6), NJ: () => pick(UP) + digits(14), MI: () => pick(UP) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3), AZ: () => pick(UP) + digits(8), GA: () => digits(9), CO: () => digits(2) + '-' + digits(3) + '-' + digits(4), MA: () => 'S' + digits(8) };
export const DL_STATES = Object.keys(DL);
export function driverLicense(st) { st = st || pick(DL_STATES); return { st, v: DL[st]() }; }
export const bankAccount = () => digits(int(8, 17)).replace(/^0/, String(int(1, 9)));
export function routing() { for (;;) { const d = pick(['0', '1', '2', '3']) + digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7, 1]; for (let c = 0; c < 10; c++) { const s = (d + c).split('').reduce((a, x, i) => a + +x * w[i], 0); if (s % 10 === 0) return d + c; } } }
export function nhs(spaced = true) { for (;;) { const n = digits(9); const c = nhsCheck(n); if (c < 0) continue; const s = n + c; return spaced === 'dash' ? `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}` : spaced ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` : s; } }
export function dea(lastName) { const first = pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']); const second = (lastName && /^[A-Za-z]/.test(lastName) ? lastName[0] : pick(UP)).toUpperCase(); const d = digits(6); const s = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); return first + second + d + (s % 10); }
export function btc(kind) { kind = kind ?? int(0, 3); if (kind === 0) return b58check(Buffer.concat([Buffer.from([0]), bytes(20)])); if (kind === 1) return b58check(Buffer.concat([Buffer.from([5]), bytes(20)])); if (kind === 2) return segwit('bc', 0, [...bytes(20)]); return segwit('bc', 1, [...bytes(32)]); }
// ---- IPs ----
export function ipv4() { for (;;) { const a = int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue; return `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`; } }
export function ipv6() { const g = () => hex(int(1, 4)).replace(/^0+(?=.)/, ''); return `${pick(['2a02', '2a01', '2600', '2604', '2001:4860'.slice(0, 4) === '2001' ? '2a0d' : '2a0d', '2c0f', '240e', '2406'])}:${g()}:${g()}:${g()}::${g()}`; }
export const privIp = () => pick([`10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 20)}.${int(1, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]);
