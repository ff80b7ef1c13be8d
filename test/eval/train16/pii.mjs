// PII generators with valid check digits. Names from 32 cultures, addresses, phones in 44 plans.
import { DIG, UP, LHEX, luhnComplete, ibanMake, nhsCheck, deaCheck, b58check, bech32Make } from './util.mjs';
export const CULTURES = {
  us: [['James', 'Linda', 'Tyler', 'Brianna', 'Marcus', 'Dolores'], ['Whitfield', 'Kowalczyk', 'Barnes', 'Okafor', 'Holloway', 'Pruitt']],
  gb: [['Oliver', 'Imogen', 'Alistair', 'Harriet', 'Rhys', 'Philippa'], ['Pemberton', 'Ashworth', 'Cartwright', 'Fenwick', 'Thistlewood', 'Greaves']],
  ie: [['Siobhán', 'Cathal', 'Aoife', 'Ruairí', 'Niamh', 'Donncha'], ['Ó Briain', 'Mac Gearailt', 'Fitzgerald', 'Kavanagh', 'Ní Bhriain', 'Dunleavy']],
  de: [['Jürgen', 'Annelie', 'Dietmar', 'Henrike', 'Lukas', 'Gudrun'], ['Schäfer', 'Brandstetter', 'Wohlgemuth', 'Krüger', 'Eichhorn', 'Lindqvist-Maier']],
  fr: [['Éloïse', 'Benoît', 'Margaux', 'Thibault', 'Solène', 'Gaëtan'], ['Lefèvre', 'Dubois-Marchand', 'Garnier', 'Rousseau', 'Chevalier', 'Morel']],
  es: [['Íñigo', 'Maite', 'Alejandro', 'Rocío', 'Jordi', 'Ainhoa'], ['García Llorente', 'Etxeberria', 'Fernández', 'Ibáñez', 'Castellví', 'Montoya']],
  mx: [['Guadalupe', 'Xóchitl', 'Ramiro', 'Itzel', 'Cuauhtémoc', 'Yolanda'], ['Hernández', 'Zamudio', 'Villalobos', 'Tzompa', 'Arreola', 'Quintanilla']],
  br: [['João', 'Thaís', 'Gustavo', 'Luana', 'Conceição', 'Wesley'], ['Nascimento', 'Figueiredo', 'Albuquerque', 'Gonçalves', 'Pereira da Silva', 'Rezende']],
  it: [['Giuseppe', 'Chiara', 'Niccolò', 'Ludovica', 'Salvatore', 'Graziella'], ['Esposito', 'Bianchi', 'Lo Russo', 'Santangelo', 'De Luca', 'Marchetti']],
  nl: [['Joris', 'Femke', 'Sjoerd', 'Anouk', 'Bram', 'Marieke'], ['van der Berg', 'de Vries', 'Bakker', 'Hoekstra', 'van Dijk', 'Visser']],
  pl: [['Grzegorz', 'Małgorzata', 'Wojciech', 'Agnieszka', 'Przemysław', 'Żaneta'], ['Wiśniewski', 'Szczepańska', 'Kamiński', 'Wróblewska', 'Zieliński', 'Jabłońska']],
  cz: [['Jiří', 'Kateřina', 'Vojtěch', 'Zdeňka', 'Radek', 'Lucie'], ['Dvořák', 'Procházková', 'Novotný', 'Šťastná', 'Kučera', 'Holubová']],
  se: [['Björn', 'Åsa', 'Linnéa', 'Gustav', 'Ingrid', 'Måns'], ['Lindqvist', 'Sjöberg', 'Åkesson', 'Bergström', 'Nyström', 'Hällgren']],
  fi: [['Väinö', 'Aino', 'Jussi', 'Päivi', 'Eero', 'Siiri'], ['Virtanen', 'Mäkinen', 'Korhonen', 'Heikkilä', 'Järvinen', 'Lehtonen']],
  hu: [['Zsófia', 'Levente', 'Ildikó', 'Bence', 'Gyöngyi', 'Ákos'], ['Nagy', 'Kovács', 'Szűcs', 'Tóth', 'Horváth', 'Fehér']],
  ro: [['Ionuț', 'Ioana', 'Răzvan', 'Mădălina', 'Bogdan', 'Ștefania'], ['Popescu', 'Dumitrescu', 'Ionescu', 'Stănescu', 'Munteanu', 'Constantinescu']],
  gr: [['Γιώργος', 'Ελένη', 'Δημήτρης', 'Κατερίνα', 'Νίκος', 'Σοφία'], ['Παπαδόπουλος', 'Κωνσταντίνου', 'Γεωργίου', 'Οικονόμου', 'Βλάχου', 'Μαυρίδης']],
  ru: [['Дмитрий', 'Наталья', 'Алексей', 'Екатерина', 'Сергей', 'Ольга'], ['Смирнов', 'Кузнецова', 'Волков', 'Лебедева', 'Соколов', 'Морозова']],
  ua: [['Олексій', 'Оксана', 'Тарас', 'Ганна', 'Богдан', 'Ірина'], ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кравчук', 'Мельник']],
  tr: [['Mehmet', 'Ayşe', 'Çağlar', 'Gülşen', 'Emre', 'Şebnem'], ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Aydın', 'Karataş']],
  ar: [['محمد', 'فاطمة', 'يوسف', 'ليلى', 'عمر', 'نور'], ['الحسيني', 'العتيبي', 'المصري', 'الخطيب', 'الزهراني', 'حداد']],
  arlat: [['Youssef', 'Layla', 'Khalid', 'Amira', 'Tariq', 'Rania'], ['Al-Mansouri', 'Haddad', 'El-Sayed', 'Bin Rashid', 'Nasser', 'Khoury']],
  fa: [['Dariush', 'Shirin', 'Kourosh', 'Parisa', 'Arash', 'Mahnaz'], ['Tehrani', 'Rostami', 'Farahani', 'Karimi', 'Ahmadinejad', 'Mohammadi']],
  he: [['אבי', 'נועה', 'יונתן', 'מיכל', 'איתי', 'שירה'], ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם']],
  hi: [['राहुल', 'प्रिया', 'अमित', 'सुनीता', 'विक्रम', 'अनीता'], ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'त्रिपाठी', 'मिश्रा']],
  in: [['Arjun', 'Lakshmi', 'Venkatesh', 'Deepika', 'Harpreet', 'Sai Kiran'], ['Iyer', 'Ramanathan', 'Chatterjee', 'Deshpande', 'Reddy', 'Bhattacharya']],
  bn: [['সৌরভ', 'মৌমিতা', 'অনির্বাণ', 'তানিয়া', 'রাকিব', 'শর্মিলা'], ['চক্রবর্তী', 'বন্দ্যোপাধ্যায়', 'হোসেন', 'দাস', 'রহমান', 'সেন']],
  ta: [['கார்த்திக்', 'மீனா', 'செந்தில்', 'பிரியா', 'முருகன்', 'கவிதா'], ['சுப்பிரமணியம்', 'ராஜேந்திரன்', 'கிருஷ்ணன்', 'வேலு', 'பாண்டியன்', 'நடராஜன்']],
  zh: [['伟', '秀英', '建国', '丽娟', '志强', '晓明'], ['王', '李', '张', '刘', '陈', '欧阳']],
  zhlat: [['Wei', 'Xiuying', 'Zhiqiang', 'Lijuan', 'Haoran', 'Yuting'], ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Xu']],
  ja: [['翔太', '美咲', '健一', '由美子', '大輔', 'さくら'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤']],
  jalat: [['Haruto', 'Yui', 'Takeshi', 'Aiko', 'Kenji', 'Misaki'], ['Yamamoto', 'Nakamura', 'Kobayashi', 'Saito', 'Matsumoto', 'Inoue']],
  ko: [['민준', '서연', '지훈', '수빈', '현우', '예은'], ['김', '이', '박', '최', '정', '강']],
  kolat: [['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Su-bin', 'Hyun-woo', 'Ye-eun'], ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon']],
  vi: [['Nguyễn Văn', 'Trần Thị', 'Lê Minh', 'Phạm Thu', 'Hoàng Đức', 'Vũ Ngọc'], ['An', 'Hương', 'Tuấn', 'Lan', 'Dũng', 'Mai']],
  th: [['สมชาย', 'สุดารัตน์', 'ธนากร', 'พิมพ์ชนก', 'วีระพงษ์', 'กนกวรรณ'], ['ศรีสุข', 'วงศ์สวัสดิ์', 'ทองดี', 'บุญมา', 'แก้วมณี', 'จันทร์เพ็ญ']],
  id: [['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri'], ['Santoso', 'Wijaya', 'Halim', 'Kusuma', 'Pratama', 'Nugroho']],
  ph: [['Jose Mari', 'Maricel', 'Rodel', 'Jhoanna', 'Bong', 'Lorna'], ['Dela Cruz', 'Bautista', 'Macapagal', 'Villanueva', 'Santos', 'Reyes']],
  sw: [['Wanjiru', 'Otieno', 'Akinyi', 'Kamau', 'Njeri', 'Baraka'], ['Mwangi', 'Odhiambo', 'Kipchoge', 'Wambui', 'Mutua', 'Chebet']],
  yo: [['Oluwaseun', 'Adebola', 'Chinedu', 'Ngozi', 'Babatunde', 'Funmilayo'], ['Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Olawale', 'Nwosu']],
  am: [['አበበ', 'ሰላም', 'ተስፋዬ', 'ሄለን', 'ዳዊት', 'መሰረት'], ['ከበደ', 'ገብረ', 'ታደሰ', 'ወልደ', 'አለሙ', 'በቀለ']],
  ka: [['გიორგი', 'ნინო', 'ლევან', 'თამარ', 'დავით', 'მარიამ'], ['ბერიძე', 'კაპანაძე', 'გელაშვილი', 'ლომიძე', 'ჯავახიშვილი', 'ხარაიშვილი']],
};
export const CULTURE_KEYS = Object.keys(CULTURES);
const EAST = new Set(['zh', 'ja', 'ko', 'hu', 'vi']);
export function person(R, c) {
  c = c || R.pick(CULTURE_KEYS); const [F, L] = CULTURES[c]; const f = R.pick(F), l = R.pick(L);
  if (c === 'zh' || c === 'ja' || c === 'ko') return R.chance(0.6) ? l + f : `${l} ${f}`;
  if (EAST.has(c)) return `${l} ${f}`.replace(/^(\S+) (.*)$/, c === 'vi' ? '$2 $1' : '$1 $2');
  return R.chance(0.15) ? `${f} ${R.pick(UP)}. ${l}` : `${f} ${l}`;
}
export const firstName = (R, c) => R.pick(CULTURES[c || R.pick(CULTURE_KEYS)][0]);
const ADDR = [
  ['US', R => `${R.int(12, 9899)} ${R.pick(['Maple', 'Cedar Ridge', 'Old Mill', 'Pinecrest', 'Harbor View'])} ${R.pick(['Ave', 'St', 'Rd', 'Blvd', 'Lane'])}${R.chance(0.3) ? ', Apt ' + R.int(1, 40) : ''}`, ['Spokane, WA', 'Tulsa, OK', 'Dayton, OH', 'Fresno, CA', 'Savannah, GA', 'Burlington, VT']],
  ['GB', R => `${R.int(1, 220)} ${R.pick(['Kingsmead', 'Albion', 'Rowan', 'Willow Bank'])} ${R.pick(['Road', 'Close', 'Crescent', 'Gardens'])}`, ['Leeds', 'Norwich', 'Swansea', 'Aberdeen', 'Exeter']],
  ['DE', R => `${R.pick(['Lindenstraße', 'Am Mühlbach', 'Schillerweg', 'Birkenallee', 'Königsberger Str.'])} ${R.int(1, 140)}${R.chance(0.2) ? 'a' : ''}`, ['Bielefeld', 'Würzburg', 'Rostock', 'Kassel', 'Freiburg im Breisgau']],
  ['FR', R => `${R.int(1, 180)}${R.chance(0.2) ? ' bis' : ''} ${R.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'impasse du Moulin', 'boulevard Gambetta', 'chemin des Vignes'])}`, ['Clermont-Ferrand', 'Nantes', 'Besançon', 'Perpignan', 'Rouen']],
  ['ES', R => `C/ ${R.pick(['Mayor', 'de la Paz', 'Alcalá', 'San Vicente', 'del Carmen'])}, ${R.int(1, 120)}, ${R.int(1, 9)}º ${R.pick(['A', 'B', 'izq.', 'dcha.'])}`, ['Zaragoza', 'Valladolid', 'Murcia', 'Córdoba', 'Vigo']],
  ['IT', R => `Via ${R.pick(['Garibaldi', 'dei Mille', 'Roma', 'San Francesco', 'delle Rose'])} ${R.int(1, 200)}`, ['Bergamo', 'Lecce', 'Perugia', 'Trieste', 'Cagliari']],
  ['NL', R => `${R.pick(['Kerkstraat', 'Molenweg', 'Prinsengracht', 'Dorpsstraat', 'Lindelaan'])} ${R.int(1, 300)}`, ['Utrecht', 'Zwolle', 'Groningen', 'Eindhoven', 'Leeuwarden']],
  ['PL', R => `ul. ${R.pick(['Mickiewicza', 'Długa', 'Wrocławska', 'Kościuszki', 'Słoneczna'])} ${R.int(1, 90)}/${R.int(1, 40)}`, ['Łódź', 'Poznań', 'Gdańsk', 'Rzeszów', 'Białystok']],
  ['BR', R => `Rua ${R.pick(['das Palmeiras', 'Sete de Setembro', 'Barão de Mauá', 'Dom Pedro II'])}, ${R.int(10, 3000)}`, ['Curitiba', 'Recife', 'Belo Horizonte', 'Manaus', 'Florianópolis']],
  ['MX', R => `Calle ${R.pick(['Hidalgo', 'Morelos', 'Benito Juárez', 'Zaragoza'])} ${R.int(1, 900)}, Col. ${R.pick(['Centro', 'Roma Norte', 'Del Valle', 'Chapultepec'])}`, ['Guadalajara', 'Puebla', 'Mérida', 'Querétaro', 'Oaxaca de Juárez']],
  ['JP', R => `${R.pick(['東京都世田谷区', '大阪府吹田市', '北海道札幌市中央区', '福岡県福岡市博多区', '愛知県名古屋市'])}${R.pick(['桜丘', '緑町', '本町', '中央'])}${R.int(1, 5)}丁目${R.int(1, 30)}-${R.int(1, 20)}`, ['横浜市', '京都市', '仙台市', '神戸市']],
  ['CN', R => `${R.pick(['北京市朝阳区', '上海市浦东新区', '广州市天河区', '成都市武侯区'])}${R.pick(['建国路', '世纪大道', '天河路', '人民南路'])}${R.int(1, 400)}号`, ['杭州', '南京', '武汉', '西安']],
  ['KR', R => `${R.pick(['서울특별시 강남구', '부산광역시 해운대구', '대구광역시 수성구'])} ${R.pick(['테헤란로', '해운대로', '동대구로'])} ${R.int(1, 500)}`, ['인천', '광주', '대전']],
  ['RU', R => `ул. ${R.pick(['Ленина', 'Садовая', 'Мира', 'Пушкина'])}, д. ${R.int(1, 120)}, кв. ${R.int(1, 300)}`, ['Новосибирск', 'Екатеринбург', 'Казань', 'Самара']],
  ['IN', R => `${R.pick(['Flat', 'House No.', 'Plot'])} ${R.int(1, 900)}, ${R.pick(['MG Road', '4th Cross, Indiranagar', 'Sector 21', 'Anna Salai', 'Banjara Hills Road No. 3'])}`, ['Pune', 'Hyderabad', 'Chennai', 'Jaipur', 'Kochi']],
  ['AU', R => `${R.pick(['Unit ' + R.int(1, 40) + '/', ''])}${R.int(1, 400)} ${R.pick(['Wattle', 'Banksia', 'Jacaranda', 'Kookaburra'])} ${R.pick(['St', 'Pde', 'Cres', 'Dr'])}`, ['Geelong NSW', 'Ballarat VIC', 'Townsville QLD', 'Fremantle WA']],
  ['CA', R => `${R.int(10, 9000)} ${R.pick(['rue Saint-Denis', 'Bloor St W', 'Jasper Ave', 'Robson St'])}`, ['Laval, QC', 'Halifax, NS', 'Regina, SK', 'Kelowna, BC']],
  ['TR', R => `${R.pick(['Atatürk Cad.', 'Bağdat Cd.', 'Cumhuriyet Mah.', 'İstiklal Sk.'])} No:${R.int(1, 200)} D:${R.int(1, 20)}`, ['Eskişehir', 'Bursa', 'Trabzon', 'Gaziantep']],
  ['GR', R => `${R.pick(['Οδός Ερμού', 'Λεωφόρος Συγγρού', 'Οδός Αριστοτέλους'])} ${R.int(1, 200)}`, ['Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο']],
  ['SE', R => `${R.pick(['Storgatan', 'Drottninggatan', 'Björkvägen', 'Kungsgatan'])} ${R.int(1, 90)}`, ['Uppsala', 'Västerås', 'Örebro', 'Linköping']],
  ['KE', R => `${R.pick(['Moi Avenue', 'Ngong Road', 'Kenyatta Avenue'])}, P.O. Box ${R.int(100, 99999)}`, ['Kisumu', 'Nakuru', 'Eldoret', 'Mombasa']],
  ['NG', R => `${R.int(1, 90)} ${R.pick(['Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way'])}`, ['Ibadan', 'Enugu', 'Abeokuta', 'Port Harcourt']],
  ['AE', R => `Villa ${R.int(1, 90)}, ${R.pick(['Al Wasl Road', 'Street 14b, Al Barsha 2', 'Jumeirah Beach Road'])}`, ['Sharjah', 'Al Ain', 'Ras Al Khaimah']],
  ['IL', R => `${R.pick(['רחוב הרצל', 'שדרות רוטשילד', 'רחוב ז׳בוטינסקי'])} ${R.int(1, 150)}`, ['חיפה', 'באר שבע', 'נתניה']],
];
export function street(R, cc) { const a = cc ? ADDR.find(x => x[0] === cc) : R.pick(ADDR); return { cc: a[0], street: a[1](R), city: R.pick(a[2]) }; }
export const COUNTRIES = ['Portugal', 'Argentina', 'Vietnam', 'Kenya', 'Norway', 'Chile', 'Morocco', 'Czechia', 'New Zealand', 'Uruguay', 'Ghana', 'Slovenia', 'Deutschland', 'España', 'Österreich', 'Schweiz', 'Türkiye', 'Ελλάδα', 'Россия', '日本', '대한민국', 'Colombia', 'Peru', 'Egypt', 'Indonesia'];
export const CITIES = ['Tampere', 'Graz', 'Ljubljana', 'Porto', 'Valparaíso', 'Cusco', 'Medellín', 'Da Nang', 'Chiang Mai', 'Kraków', 'Brno', 'Cluj-Napoca', 'Plovdiv', 'Tartu', 'Bergen', 'Aarhus', 'Gothenburg', 'Lyon', 'Bologna', 'Sevilla', 'Salzburg', 'Basel', 'Antwerp', 'Cork', 'Dundee', 'Kyoto', 'Busan', 'Tainan', 'Cebu', 'Yogyakarta', 'Mombasa', 'Accra', 'Marrakesh', 'Izmir', 'Tbilisi', 'Almaty', 'Montevideo', 'Halifax', 'Hobart', 'Dunedin'];
// phones: [cc, country code, national trunk + format fn]
const d = (R, n) => R.digits(n);
export const PHONES = {
  US: [1, R => `${R.pick([206, 312, 415, 512, 617, 702, 919])} ${R.int(201, 989)} ${d(R, 4)}`], CA: [1, R => `${R.pick([416, 514, 604, 403, 902])} ${R.int(201, 989)} ${d(R, 4)}`],
  GB: [44, R => `7${R.int(400, 999)} ${d(R, 6)}`], DE: [49, R => `15${R.int(1, 9)}${d(R, 1)} ${d(R, 7)}`], FR: [33, R => `${R.pick([6, 7])} ${d(R, 2)} ${d(R, 2)} ${d(R, 2)} ${d(R, 2)}`],
  IN: [91, R => `${R.int(70, 99)}${d(R, 3)} ${d(R, 5)}`], BR: [55, R => `${R.pick([11, 21, 31, 41, 51])} 9${d(R, 4)}-${d(R, 4)}`], JP: [81, R => `${R.pick([70, 80, 90])}-${d(R, 4)}-${d(R, 4)}`],
  AU: [61, R => `4${d(R, 2)} ${d(R, 3)} ${d(R, 3)}`], ES: [34, R => `${R.pick([6, 7])}${d(R, 2)} ${d(R, 3)} ${d(R, 3)}`], IT: [39, R => `3${d(R, 2)} ${d(R, 3)} ${d(R, 4)}`], NL: [31, R => `6 ${d(R, 8)}`],
  MX: [52, R => `${R.pick([55, 33, 81])} ${d(R, 4)} ${d(R, 4)}`], IE: [353, R => `8${R.pick([3, 5, 6, 7])} ${d(R, 3)} ${d(R, 4)}`], BE: [32, R => `4${R.int(60, 99)} ${d(R, 2)} ${d(R, 2)} ${d(R, 2)}`], CH: [41, R => `7${R.pick([6, 7, 8, 9])} ${d(R, 3)} ${d(R, 2)} ${d(R, 2)}`],
  AT: [43, R => `6${R.pick([64, 76, 99, 50])} ${d(R, 7)}`], SE: [46, R => `7${R.pick([0, 2, 3, 6])}-${d(R, 3)} ${d(R, 2)} ${d(R, 2)}`], NO: [47, R => `${R.pick([4, 9])}${d(R, 2)} ${d(R, 2)} ${d(R, 3)}`], DK: [45, R => `${R.int(20, 31)} ${d(R, 2)} ${d(R, 2)} ${d(R, 2)}`],
  FI: [358, R => `4${R.pick([0, 1, 4, 5])} ${d(R, 3)} ${d(R, 4)}`], PL: [48, R => `${R.pick([5, 6, 7, 8])}${d(R, 2)} ${d(R, 3)} ${d(R, 3)}`], CZ: [420, R => `${R.pick([6, 7])}${d(R, 2)} ${d(R, 3)} ${d(R, 3)}`], PT: [351, R => `9${R.pick([1, 2, 3, 6])}${d(R, 1)} ${d(R, 3)} ${d(R, 3)}`],
  GR: [30, R => `69${d(R, 1)} ${d(R, 3)} ${d(R, 4)}`], TR: [90, R => `5${d(R, 2)} ${d(R, 3)} ${d(R, 2)} ${d(R, 2)}`], RU: [7, R => `9${d(R, 2)} ${d(R, 3)}-${d(R, 2)}-${d(R, 2)}`], UA: [380, R => `${R.pick([50, 67, 93, 97])} ${d(R, 3)} ${d(R, 2)} ${d(R, 2)}`],
  IL: [972, R => `5${d(R, 1)}-${d(R, 3)}-${d(R, 4)}`], AE: [971, R => `5${R.pick([0, 2, 5, 6])} ${d(R, 3)} ${d(R, 4)}`], SA: [966, R => `5${d(R, 1)} ${d(R, 3)} ${d(R, 4)}`], EG: [20, R => `1${R.pick([0, 1, 2, 5])} ${d(R, 4)} ${d(R, 4)}`],
  ZA: [27, R => `${R.pick([60, 71, 72, 82, 83])} ${d(R, 3)} ${d(R, 4)}`], NG: [234, R => `${R.pick([803, 806, 813, 906])} ${d(R, 3)} ${d(R, 4)}`], KE: [254, R => `7${d(R, 2)} ${d(R, 3)} ${d(R, 3)}`], CN: [86, R => `1${R.pick([38, 39, 58, 86, 89])} ${d(R, 4)} ${d(R, 4)}`],
  KR: [82, R => `10-${d(R, 4)}-${d(R, 4)}`], SG: [65, R => `${R.pick([8, 9])}${d(R, 3)} ${d(R, 4)}`], HK: [852, R => `${R.pick([5, 6, 9])}${d(R, 3)} ${d(R, 4)}`], TW: [886, R => `9${d(R, 2)} ${d(R, 3)} ${d(R, 3)}`],
  PH: [63, R => `9${d(R, 2)} ${d(R, 3)} ${d(R, 4)}`], ID: [62, R => `8${R.int(11, 59)}-${d(R, 4)}-${d(R, 4)}`], TH: [66, R => `${R.pick([8, 9, 6])}${d(R, 1)} ${d(R, 3)} ${d(R, 4)}`], VN: [84, R => `9${d(R, 1)} ${d(R, 3)} ${d(R, 2)} ${d(R, 2)}`],
  MY: [60, R => `1${d(R, 1)}-${d(R, 3)} ${d(R, 4)}`], NZ: [64, R => `2${R.pick([1, 2, 7])} ${d(R, 3)} ${d(R, 4)}`], AR: [54, R => `9 11 ${d(R, 4)}-${d(R, 4)}`], CL: [56, R => `9 ${d(R, 4)} ${d(R, 4)}`], CO: [57, R => `3${d(R, 2)} ${d(R, 3)} ${d(R, 4)}`], PE: [51, R => `9${d(R, 2)} ${d(R, 3)} ${d(R, 3)}`],
};
const TRUNK0 = new Set(['GB', 'DE', 'FR', 'IN', 'AU', 'NL', 'IE', 'BE', 'CH', 'AT', 'SE', 'FI', 'GR', 'TR', 'UA', 'IL', 'AE', 'SA', 'EG', 'ZA', 'NG', 'KE', 'KR', 'TW', 'PH', 'ID', 'TH', 'VN', 'MY', 'NZ', 'JP', 'PE']);
export function phone(R, cc) {
  cc = cc || R.pick(Object.keys(PHONES)); const [code, f] = PHONES[cc]; const n = f(R);
  if (R.chance(0.55)) return `+${code} ${n}`;
  if (cc === 'US' || cc === 'CA') return R.pick([`(${n.slice(0, 3)}) ${n.slice(4)}`.replace(' ', ' ').replace(/ (\d{4})$/, '-$1'), n.replace(/ /g, '-'), n.replace(/ /g, '.')]);
  if (cc === 'RU') return '8 ' + n;
  return (TRUNK0.has(cc) ? '0' : '') + n;
}
export const PHONE_CCS = Object.keys(PHONES);
// cards
export function card(R, brand) {
  brand = brand || R.pick(['visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners']);
  const pre = { visa: '4' + d(R, 5), mc: String(R.int(51, 55)) + d(R, 4), mc2: String(R.int(2221, 2720)) + d(R, 2), amex: R.pick(['34', '37']) + d(R, 4), disc: R.pick(['6011', '65' + d(R, 2)]) + d(R, 2), jcb: String(R.int(3528, 3589)) + d(R, 2), diners: '36' + d(R, 4) }[brand];
  const len = brand === 'amex' ? 15 : brand === 'diners' ? 14 : 16; const num = luhnComplete(pre + d(R, len - 7));
  const st = R.int(0, 2); if (st === 0) return num;
  const sep = st === 1 ? ' ' : '-';
  if (len === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  if (len === 14) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{4}/g).join(sep);
}
export function cardIinOk(num) { const n = num.replace(/[ -]/g, ''); return (/^4\d{15}$/.test(n)) || (/^5[1-5]\d{14}$/.test(n)) || (/^2\d{15}$/.test(n) && +n.slice(0, 4) >= 2221 && +n.slice(0, 4) <= 2720) || /^3[47]\d{13}$/.test(n) || /^(6011|65)\d+$/.test(n) && n.length === 16 || (/^35\d{14}$/.test(n) && +n.slice(0, 4) >= 3528 && +n.slice(0, 4) <= 3589) || /^36\d{12}$/.test(n); }
export const IBAN_LEN = { DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15, DK: 18, FI: 18, CZ: 24, GR: 27, TR: 26, SA: 24, AE: 23, RO: 24 };
const BANK4 = { GB: ['NWBK', 'BARC', 'MIDL'], NL: ['ABNA', 'INGB', 'RABO'], IE: ['AIBK', 'BOFI'], RO: ['BTRL', 'RNCB'] };
export function iban(R, cc) {
  cc = cc || R.pick(Object.keys(IBAN_LEN)); const n = IBAN_LEN[cc] - 4;
  let bban = BANK4[cc] ? R.pick(BANK4[cc]) + d(R, n - 4) : cc === 'IT' ? R.pick(UP) + d(R, n - 1) : d(R, n);
  const ib = ibanMake(cc, bban); return R.chance(0.5) ? ib.match(/.{1,4}/g).join(' ') : ib;
}
export function ssn(R) { let a; do a = R.int(1, 899); while (a === 666); return `${String(a).padStart(3, '0')}-${String(R.int(1, 99)).padStart(2, '0')}-${String(R.int(1, 9999)).padStart(4, '0')}`; }
export const ssnOk = (s) => { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s); return !!m && +m[1] > 0 && +m[1] !== 666 && +m[1] < 900 && +m[2] > 0 && +m[3] > 0; };
export function itin(R) { const g = R.pick([...Array.from({ length: 16 }, (_, i) => 50 + i), ...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return `9${d(R, 2)}-${g}-${d(R, 4)}`; }
export const itinOk = (s) => { const m = /^9\d{2}-?(\d{2})-?\d{4}$/.exec(s); if (!m) return false; const g = +m[1]; return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99); };
export function nhs(R) { let n; do { n = d(R, 9); } while (nhsCheck(n) === 10); n += nhsCheck(n); return R.chance(0.6) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n; }
export function dea(R, lastName) { const l = (lastName || 'X').normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase()[0] || 'X'; const d6 = d(R, 6); return R.pick(['A', 'B', 'F', 'M']) + l + d6 + deaCheck(d6); }
export function passport(R) { return R.chance(0.6) ? String(R.int(1, 9)) + d(R, 8) : R.pick(['A', 'C', 'E']) + d(R, 8); }
export const DL_STATES = {
  CA: R => R.pick(UP) + d(R, 7), NY: R => `${d(R, 3)} ${d(R, 3)} ${d(R, 3)}`, FL: R => `${R.pick(UP)}${d(R, 3)}-${d(R, 3)}-${d(R, 2)}-${d(R, 3)}-${d(R, 1)}`, TX: R => d(R, 8), IL: R => `${R.pick(UP)}${d(R, 3)}-${d(R, 4)}-${d(R, 4)}`,
  WA: R => 'WDL' + R.str(UP + DIG, 9), PA: R => `${d(R, 2)} ${d(R, 3)} ${d(R, 3)}`, MI: R => `${R.pick(UP)} ${d(R, 3)} ${d(R, 3)} ${d(R, 3)} ${d(R, 3)}`, NJ: R => `${R.pick(UP)}${d(R, 4)} ${d(R, 5)} ${d(R, 5)}`, OH: R => R.str(UP, 2) + d(R, 6),
  WI: R => `${R.pick(UP)}${d(R, 3)}-${d(R, 4)}-${d(R, 4)}-${d(R, 2)}`, MA: R => 'S' + d(R, 8), AZ: R => R.pick(UP) + d(R, 8), CO: R => `${d(R, 2)}-${d(R, 3)}-${d(R, 4)}`, MN: R => R.pick(UP) + d(R, 12), VA: R => R.pick(UP) + d(R, 8), GA: R => d(R, 9), NC: R => d(R, 12),
};
export function dl(R) { const st = R.pick(Object.keys(DL_STATES)); return { st, v: DL_STATES[st](R) }; }
export function bankAcct(R) { return d(R, R.int(8, 17)).replace(/^0/, String(R.int(1, 9))); }
export function btc(R) { const t = R.int(0, 2); if (t === 0) return b58check(0, R.bytes(20)); if (t === 1) return b58check(5, R.bytes(20)); return bech32Make('bc', R.bytes(20)); }
export function ipv4(R) { return R.pick([() => `203.0.113.${R.int(1, 254)}`, () => `198.51.100.${R.int(1, 254)}`, () => `${R.pick([81, 88, 109, 151, 177, 185, 189, 201, 212])}.${R.int(1, 254)}.${R.int(0, 255)}.${R.int(1, 254)}`, () => `10.${R.int(0, 255)}.${R.int(0, 255)}.${R.int(1, 254)}`, () => `192.168.${R.int(0, 255)}.${R.int(1, 254)}`])(); }
export function ipv6(R) { return `2001:db8:${R.str(LHEX, 4).replace(/^0+/, '') || '1'}:${R.int(1, 0xffff).toString(16)}::${R.int(1, 0xffff).toString(16)}`; }
const DOMS = ['mail.example', 'post.test', 'inbox.example', 'corp.example', 'kunden.example', 'uni-nord.test', 'clinic.example', 'bank.invalid', 'hr.example', 'shop.test'];
export function email(R, name) {
  const base = (name || person(R, R.pick(['us', 'gb', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'tr', 'in', 'zhlat', 'jalat', 'kolat', 'sw', 'yo', 'se', 'br'])));
  let u = base.normalize('NFD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z ]/g, '').trim().split(/\s+/);
  if (!u[0]) u = ['user' + d(R, 3)];
  const local = R.pick([() => u.join('.'), () => u[0][0] + (u[u.length - 1] || ''), () => u.join('_') + d(R, 2), () => `${u[0]}+${R.pick(['billing', 'jobs', 'news'])}`, () => u.reverse().join('-')])();
  return `${local}@${R.pick(DOMS)}`;
}
