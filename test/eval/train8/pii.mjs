// train8 PII and look-alike value generators (all fake).
import { int, pick, chance, str, digits, hex, b62, b64, pad, luhnDigit, luhnOk, mod97, base58check, bech32Encode, to5, randBytes, UP, LOW, DIG, B62, HEX } from './lib.mjs';

// ---------- people ----------
// [given names], [family names], order: 'gf' | 'fg' | 'fg_nospace'
const CULT = {
  en: [['Megan', 'Trevor', 'Shauna', 'Declan', 'Bethany', 'Curtis', 'Imogen', 'Rhys'], ['Haldane', 'Pritchard', 'Okafor-Wells', 'McAllister', 'Thornbury', 'Ashworth', "O'Rourke"], 'gf'],
  es: [['María José', 'Alejandro', 'Ximena', 'Joaquín', 'Lucía', 'Íñigo', 'Guadalupe'], ['Fernández Ruiz', 'Gutiérrez', 'Castañeda', 'Ibáñez', 'Olmedo', 'Zúñiga'], 'gf'],
  pt: [['João', 'Thiago', 'Conceição', 'Gonçalo', 'Luana', 'Inês'], ['Gonçalves', 'Araújo', 'Nogueira', 'Magalhães', 'Figueiredo'], 'gf'],
  de: [['Jürgen', 'Annelie', 'Wolfgang', 'Friederike', 'Lukas', 'Henrike'], ['Weiß', 'Brandstätter', 'Großmann', 'Kühn', 'Oberländer'], 'gf'],
  fr: [['Élodie', 'Jean-Baptiste', 'Gaëlle', 'Mathéo', 'Solène', 'Anaïs'], ['Marchand', 'Lefèvre', 'Roussel', 'Chevalier', 'Dubois-Clément'], 'gf'],
  it: [['Giuseppina', 'Lorenzo', 'Chiara', 'Niccolò', 'Benedetta'], ['Esposito', 'Bianchi', 'Lombardo', 'De Luca', 'Ferraro'], 'gf'],
  pl: [['Małgorzata', 'Krzysztof', 'Zofia', 'Bartłomiej', 'Agnieszka'], ['Wiśniewska', 'Kowalczyk', 'Wróbel', 'Dąbrowski', 'Szczepańska'], 'gf'],
  tr: [['Şükrü', 'Elif', 'Gökhan', 'Zeynep', 'İbrahim', 'Çağla'], ['Yıldırım', 'Öztürk', 'Şahin', 'Kılıç', 'Aydın'], 'gf'],
  nl: [['Sanne', 'Pieter', 'Femke', 'Joost'], ['van der Berg', 'de Vries', 'Bakker', 'Jansen-Smit'], 'gf'],
  nordic: [['Ingrid', 'Björn', 'Sigrún', 'Mikkel', 'Åsa', 'Eero'], ['Lindqvist', 'Solberg', 'Jónsdóttir', 'Korhonen', 'Østergaard'], 'gf'],
  ie: [['Siobhán', 'Pádraig', 'Aoife', 'Ciarán'], ['Ní Bhriain', 'Ó Súilleabháin', 'Mac Giolla', 'Fitzgerald'], 'gf'],
  hu: [['Eszter', 'Zoltán', 'Réka', 'Gábor'], ['Kovács', 'Szabó', 'Tóth', 'Horváth'], 'fg'],
  vi: [['Thị Hương', 'Văn Minh', 'Thu Trang', 'Quốc Bảo'], ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh'], 'fg'],
  yo: [['Oluwaseun', 'Adebola', 'Chiamaka', 'Emeka', 'Ngozi', 'Tunde', 'Folasade'], ['Adebayo', 'Okonkwo', 'Eze', 'Balogun', 'Nwachukwu', 'Adeyemi'], 'gf'],
  sw: [['Wanjiru', 'Otieno', 'Achieng', 'Baraka', 'Zawadi'], ['Kamau', 'Odhiambo', 'Mwangi', 'Njoroge', 'Wekesa'], 'gf'],
  ar_lat: [['Youssef', 'Fatima Zahra', 'Omar', 'Layla', 'Khalid'], ['El Amrani', 'Al-Harbi', 'Haddad', 'Benali', 'Mansour'], 'gf'],
  in_lat: [['Aarav', 'Priyanka', 'Siddharth', 'Lakshmi', 'Venkatesh', 'Ananya'], ['Iyer', 'Chatterjee', 'Raghunathan', 'Deshpande', 'Gill', 'Krishnamurthy'], 'gf'],
  cn_lat: [['Wei', 'Xiaoling', 'Jianguo', 'Mei'], ['Zhang', 'Liu', 'Huang', 'Zhou'], 'gf'],
  jp_lat: [['Haruto', 'Yui', 'Kenji', 'Sakura'], ['Takahashi', 'Yamamoto', 'Nakamura', 'Kobayashi'], 'gf'],
  ko_lat: [['Seo-yeon', 'Ji-hoon', 'Min-jun', 'Ha-eun'], ['Park', 'Choi', 'Jung', 'Kang'], 'gf'],
  ru: [['Дмитрий', 'Анна', 'Сергей', 'Екатерина', 'Алексей', 'Ольга'], ['Смирнов', 'Кузнецова', 'Волков', 'Соколова', 'Морозов'], 'gf'],
  uk: [['Олена', 'Тарас', 'Ірина', 'Богдан'], ['Коваленко', 'Шевчук', 'Бондаренко', 'Мельник'], 'gf'],
  el: [['Γιώργος', 'Ελένη', 'Νίκος', 'Κατερίνα'], ['Παπαδόπουλος', 'Ιωάννου', 'Καραγιάννη', 'Βλάχος'], 'gf'],
  ar: [['محمد', 'فاطمة', 'عبدالله', 'نورة', 'يوسف'], ['العتيبي', 'الحربي', 'القحطاني', 'الشمري', 'حداد'], 'gf'],
  fa: [['سارا', 'علی', 'مریم', 'رضا'], ['محمدی', 'حسینی', 'رضایی', 'کریمی'], 'gf'],
  he: [['נועה', 'יוסי', 'תמר', 'אבי'], ['לוי', 'כהן', 'מזרחי', 'פרץ'], 'gf'],
  hi: [['राहुल', 'प्रिया', 'अमित', 'सुनीता'], ['शर्मा', 'वर्मा', 'गुप्ता', 'यादव'], 'gf'],
  ta: [['கார்த்திக்', 'மீனா', 'அருண்'], ['சுப்பிரமணியன்', 'ராஜேந்திரன்', 'வேலு'], 'gf'],
  zh: [['伟', '娜', '晓明', '秀英', '志强', '静'], ['王', '李', '陈', '刘', '张', '黄'], 'fg_nospace'],
  ja: [['花子', '太郎', '陽菜', '翔太', '美咲', '健一', 'さくら', 'ゆうと'], ['佐藤', '田中', '鈴木', '高橋', '渡辺', '伊藤'], 'fg_jp'],
  ko: [['민준', '서연', '지호', '하은', '도윤'], ['김', '이', '박', '최', '정'], 'fg_nospace'],
  th: [['สมชาย', 'สุดารัตน์', 'ประเสริฐ'], ['ใจดี', 'ศรีสุข', 'วงศ์สวัสดิ์'], 'gf'],
  ka: [['გიორგი', 'ნინო', 'ლევან'], ['ბერიძე', 'კაპანაძე', 'გელაშვილი'], 'gf'],
  hy: [['Արամ', 'Անի', 'Գոհար'], ['Պետրոսյան', 'Հակոբյան', 'Սարգսյան'], 'gf'],
};
export const CULTURES = Object.keys(CULT);
export const LATIN_CULTURES = ['en', 'es', 'pt', 'de', 'fr', 'it', 'pl', 'tr', 'nl', 'nordic', 'ie', 'yo', 'sw', 'ar_lat', 'in_lat', 'cn_lat', 'jp_lat', 'ko_lat', 'vi', 'hu'];
export function person(cult) {
  cult = cult || pick(CULTURES);
  const [g, f, o] = CULT[cult]; const gn = pick(g), fn = pick(f);
  const full = o === 'fg' ? `${fn} ${gn}` : o === 'fg_nospace' ? fn + gn : o === 'fg_jp' ? (chance(0.5) ? fn + gn : `${fn} ${gn}`) : `${gn} ${fn}`;
  const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[^A-Za-z]/g, '').toLowerCase();
  const latin = LATIN_CULTURES.includes(cult);
  const gA = latin ? ascii(gn.split(' ')[0]) : pick(['hana', 'dmitri', 'ahmed', 'noa', 'rahul', 'wei', 'minjun', 'eleni', 'somchai', 'giorgi', 'aram', 'sara', 'karthik']);
  const fA = latin ? ascii(fn) : pick(['sato', 'smirnov', 'alharbi', 'levi', 'sharma', 'wang', 'kim', 'papadopoulos', 'jaidee', 'beridze', 'petrosyan', 'mohammadi', 'rajendran']);
  return { full, given: gn, family: fn, gA, fA, cult, latin };
}
const MAILDOMS = ['acme.example', 'globex.example', 'mail.initech.test', 'correo.ejemplo.example', 'posteo.example', 'freemail.test', 'univ-lyon2.example', 'kliniken-nord.example', 'bank-orbis.example', 'stark-logistics.test', 'tokoro.example', 'yandex-mail.example', 'webmail.invalid', 'contoso.example'];
export function email(p) {
  p = p || person(pick(LATIN_CULTURES)); const d = pick(MAILDOMS);
  const locals = [`${p.gA}.${p.fA}`, `${p.gA[0]}${p.fA}`, `${p.gA}_${p.fA}${int(1, 99)}`, `${p.fA}.${p.gA[0]}`, `${p.gA}+${pick(['billing', 'jira', 'news', 'hr'])}`, `${p.gA}${p.fA[0]}${int(70, 99)}`, `${p.fA}-${p.gA}`];
  return pick(locals) + '@' + d;
}
// ---------- places ----------
const CITIES = ['São Paulo', 'Kraków', 'İstanbul', 'Reykjavík', 'Zürich', 'Ciudad de México', 'Lagos', 'Nairobi', 'Hà Nội', 'Bogotá', 'Wellington', 'Montréal', 'Cork', 'Göteborg', 'Łódź', 'Thessaloniki', 'Porto Alegre', 'Valparaíso', 'Guadalajara', 'Kumasi', 'Mombasa', 'Chiang Mai', 'Cluj-Napoca', 'Brno', 'Tampere', 'Leeds', 'Aberdeen', 'Düsseldorf', 'Lyon', 'Bologna', 'Sevilla', 'Rotterdam', 'Ghent', 'Bergen', 'Aarhus', 'Pune', 'Coimbatore', 'Cebu City', 'Surabaya', 'Da Nang', 'Penang', 'Osaka', 'Busan', 'Kaohsiung', 'Perth', 'Christchurch', 'Calgary', 'Halifax', 'Tucson', 'Savannah', 'Boise', 'Duluth'];
const CITIES_NATIVE = ['Москва', 'Санкт-Петербург', 'Новосибирск', 'Київ', 'Львів', 'Αθήνα', 'Ηράκλειο', 'القاهرة', 'الرياض', 'جدة', 'الدار البيضاء', 'تهران', 'اصفهان', 'תל אביב-יפו', 'חיפה', 'मुंबई', 'बेंगलुरु', 'लखनऊ', 'சென்னை', 'மதுரை', '北京市', '上海市', '成都', '深圳市南山区', '東京都', '大阪市', '札幌', '福岡県', '서울특별시', '부산광역시', '대구', 'กรุงเทพมหานคร', 'เชียงใหม่', 'თბილისი', 'ბათუმი', 'Երևան', 'Գյումրի'];
const COUNTRIES = ['Portugal', 'Nigeria', 'Kenya', 'Argentina', 'Viet Nam', 'Deutschland', 'España', 'Türkiye', 'Polska', 'Ελλάδα', 'Україна', 'المغرب', 'ישראל', 'भारत', '日本', '대한민국', '中国', 'ประเทศไทย', 'საქართველო', 'Հայաստան', 'Ireland', 'New Zealand', 'Colombia', 'Chile', 'Österreich', 'Suomi', 'Norge'];
const STREETS = () => pick([
  `${int(12, 4890)} ${pick(['Larkspur Lane', 'Old Mill Road', 'W Fairview Ave', 'Cottonwood Dr', 'Harborview Blvd', 'N Juniper St'])}`,
  `Calle de ${pick(['Alcalá', 'Toledo', 'Goya', 'Fuencarral'])} ${int(1, 220)}, ${int(1, 6)}º ${pick(['A', 'B', 'izq.'])}`,
  `${pick(['Schönhauser Allee', 'Karl-Marx-Straße', 'Bahnhofstraße', 'Am Kirchberg'])} ${int(1, 180)}${pick(['', 'a', 'b'])}`,
  `${int(1, 90)} rue ${pick(['des Lilas', 'Victor-Hugo', 'de la Paix', "Saint-Honoré"])}`,
  `ul. ${pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Świętokrzyska'])} ${int(1, 150)}/${int(1, 40)}`,
  `Via ${pick(['Garibaldi', 'Roma', 'dei Mille', 'Cavour'])} ${int(1, 99)}`,
  `ул. ${pick(['Тверская', 'Ленина', 'Садовая', 'Пушкина'])}, д. ${int(1, 60)}, кв. ${int(1, 200)}`,
  `${pick(['東京都新宿区西新宿', '大阪府大阪市北区梅田', '福岡県福岡市中央区天神', '北海道札幌市中央区北'])}${int(1, 9)}-${int(1, 20)}-${int(1, 30)}`,
  `${pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '서울특별시 마포구 양화로'])} ${int(1, 400)}`,
  `${pick(['上海市浦东新区世纪大道', '北京市朝阳区建国路', '广州市天河区体育西路'])}${int(1, 300)}号`,
  `${int(1, 300)} ${pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Flores'])}, apto ${int(11, 190)}`,
  `${pick(['Flat', 'Unit'])} ${int(1, 30)}, ${int(2, 200)} ${pick(['Kingsway', 'Victoria Road', 'Leith Walk', 'Canal Street'])}`,
  `${pick(['שדרות רוטשילד', 'רחוב הרצל', 'דרך מנחם בגין'])} ${int(1, 140)}`,
  `${pick(['شارع التحلية', 'شارع الملك فهد', 'شارع الجمهورية'])} ${int(1, 99)}`,
  `Καλλιδρομίου ${int(1, 90)}`,
  `${int(1, 99)}/${int(1, 9)} ${pick(['ถนนสุขุมวิท', 'ถนนพหลโยธิน'])} ซอย ${int(1, 71)}`,
  `${int(1, 99)} ${pick(['MG Road', 'Linking Road', 'Anna Salai'])}, ${pick(['Koramangala', 'Bandra West', 'T. Nagar'])}`,
]);
export function city() { return chance(0.45) ? pick(CITIES_NATIVE) : pick(CITIES); }
export const cityLatin = () => pick(CITIES);
export const country = () => pick(COUNTRIES);
export const street = STREETS;
// coherent street + city per region
const REG = {
  us: [() => `${int(12, 4890)} ${pick(['Larkspur Lane', 'Old Mill Road', 'W Fairview Ave', 'Cottonwood Dr', 'Harborview Blvd', 'N Juniper St'])}${pick(['', ', Apt ' + int(1, 40), ' Suite ' + int(100, 900)])}`, ['Tucson', 'Savannah', 'Boise', 'Duluth', 'Fresno', 'Austin', 'Spokane', 'Dayton']],
  es: [() => `Calle de ${pick(['Alcalá', 'Toledo', 'Goya', 'Fuencarral'])} ${int(1, 220)}, ${int(1, 6)}º ${pick(['A', 'B', 'izq.'])}`, ['Sevilla', 'Zaragoza', 'Valladolid', 'Málaga']],
  mx: [() => `Av. ${pick(['Insurgentes Sur', 'Reforma', 'Revolución'])} ${int(100, 3000)}, Col. ${pick(['Del Valle', 'Roma Norte', 'Condesa'])}`, ['Ciudad de México', 'Guadalajara', 'Puebla']],
  de: [() => `${pick(['Schönhauser Allee', 'Karl-Marx-Straße', 'Bahnhofstraße', 'Am Kirchberg'])} ${int(1, 180)}${pick(['', 'a', 'b'])}`, ['Düsseldorf', 'Leipzig', 'Köln', 'München', 'Hamburg']],
  fr: [() => `${int(1, 90)} rue ${pick(['des Lilas', 'Victor-Hugo', 'de la Paix', 'Saint-Honoré'])}`, ['Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille']],
  pl: [() => `ul. ${pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Świętokrzyska'])} ${int(1, 150)}/${int(1, 40)}`, ['Kraków', 'Łódź', 'Gdańsk', 'Wrocław']],
  it: [() => `Via ${pick(['Garibaldi', 'Roma', 'dei Mille', 'Cavour'])} ${int(1, 99)}`, ['Bologna', 'Torino', 'Napoli']],
  ru: [() => `ул. ${pick(['Тверская', 'Ленина', 'Садовая', 'Пушкина'])}, д. ${int(1, 60)}, кв. ${int(1, 200)}`, ['Москва', 'Новосибирск', 'Казань']],
  jp: [() => `${pick(['新宿区西新宿', '北区梅田', '中央区天神', '中央区北'])}${int(1, 9)}-${int(1, 20)}-${int(1, 30)}`, ['東京都', '大阪市', '福岡市', '札幌市']],
  kr: [() => `${pick(['강남구 테헤란로', '해운대구 센텀중앙로', '마포구 양화로'])} ${int(1, 400)}`, ['서울특별시', '부산광역시']],
  cn: [() => `${pick(['浦东新区世纪大道', '朝阳区建国路', '天河区体育西路'])}${int(1, 300)}号`, ['上海市', '北京市', '广州市']],
  br: [() => `${pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Flores'])}, ${int(1, 3000)}, apto ${int(11, 190)}`, ['São Paulo', 'Porto Alegre', 'Curitiba']],
  uk: [() => `${pick(['Flat', 'Unit'])} ${int(1, 30)}, ${int(2, 200)} ${pick(['Kingsway', 'Victoria Road', 'Leith Walk', 'Canal Street'])}`, ['Leeds', 'Aberdeen', 'Bristol', 'Cardiff', 'Norwich']],
  il: [() => `${pick(['שדרות רוטשילד', 'רחוב הרצל', 'דרך מנחם בגין'])} ${int(1, 140)}`, ['תל אביב-יפו', 'חיפה']],
  sa: [() => `${pick(['شارع التحلية', 'شارع الملك فهد'])} ${int(1, 99)}`, ['الرياض', 'جدة']],
  gr: [() => `${pick(['Καλλιδρομίου', 'Ερμού', 'Πατησίων'])} ${int(1, 90)}`, ['Αθήνα', 'Θεσσαλονίκη']],
  th: [() => `${int(1, 99)}/${int(1, 9)} ${pick(['ถนนสุขุมวิท', 'ถนนพหลโยธิน'])} ซอย ${int(1, 71)}`, ['กรุงเทพมหานคร', 'เชียงใหม่']],
  in: [() => `${int(1, 99)} ${pick(['MG Road, Koramangala', 'Linking Road, Bandra West', 'Anna Salai, T. Nagar'])}`, ['Bengaluru', 'Mumbai', 'Chennai', 'मुंबई', 'சென்னை']],
  ua: [() => `вул. ${pick(['Хрещатик', 'Шевченка', 'Франка'])}, ${int(1, 80)}`, ['Київ', 'Львів']],
  ng: [() => `${int(1, 80)} ${pick(['Adeola Odeku Street', 'Awolowo Road', 'Allen Avenue'])}, ${pick(['Victoria Island', 'Ikoyi', 'Ikeja'])}`, ['Lagos', 'Ibadan']],
};
export const REGIONS = Object.keys(REG);
export function streetCity(r) { const [f, cs] = REG[r || pick(REGIONS)]; return [f(), pick(cs)]; }
export function location() { const r = rnd3(); return r === 0 ? city() : r === 1 ? street() : country(); }
const rnd3 = () => int(0, 2);

// ---------- phones ----------
// [cc, trunk, nsn patterns ('!' prefix: no trunk nationally)]
const PH = {
  GB: ['44', '0', ['7### ######', '20 #### ####', '161 ### ####', '131 ### ####', '113 ### ####', '1632 ######']],
  DE: ['49', '0', ['151 ########', '160 #######', '172 #######', '30 ########', '89 #######', '40 ########', '221 #######']],
  FR: ['33', '0', ['6 ## ## ## ##', '7 ## ## ## ##', '1 ## ## ## ##', '4 ## ## ## ##', '5 ## ## ## ##']],
  ES: ['34', '', ['6## ### ###', '91 ### ## ##', '93 ### ## ##', '7## ## ## ##']],
  IT: ['39', '', ['3## ### ####', '02 #### ####', '06 #### ####', '011 ### ####']],
  NL: ['31', '0', ['6 ########', '20 ### ####', '10 ### ####', '30 ### ####']],
  BE: ['32', '0', ['4## ## ## ##', '2 ### ## ##', '9 ### ## ##']],
  CH: ['41', '0', ['7# ### ## ##', '44 ### ## ##', '22 ### ## ##']],
  AT: ['43', '0', ['664 #######', '1 #######', '699 ########']],
  PL: ['48', '', ['5## ### ###', '6## ### ###', '22 ### ## ##']],
  SE: ['46', '0', ['7# ### ## ##', '8 ### ### ##', '31 ## ## ##']],
  NO: ['47', '', ['4## ## ###', '9## ## ###', '22 ## ## ##']],
  DK: ['45', '', ['2# ## ## ##', '3# ## ## ##', '6# ## ## ##']],
  FI: ['358', '0', ['40 ### ####', '50 ### ####', '9 #### ###']],
  IE: ['353', '0', ['8# ### ####', '1 ### ####', '21 ### ####']],
  PT: ['351', '', ['9## ### ###', '21# ### ###', '22# ### ###']],
  GR: ['30', '', ['69# ### ####', '21# ### ####']],
  TR: ['90', '0', ['5## ### ## ##', '212 ### ## ##', '312 ### ## ##']],
  RU: ['7', '8', ['9## ###-##-##', '495 ###-##-##', '812 ###-##-##']],
  UA: ['380', '0', ['67 ### ## ##', '50 ### ## ##', '44 ### ## ##']],
  CZ: ['420', '', ['6## ### ###', '7## ### ###', '2## ### ###']],
  HU: ['36', '06', ['20 ### ####', '30 ### ####', '1 ### ####']],
  RO: ['40', '0', ['7## ### ###', '21 ### ####']],
  IL: ['972', '0', ['5#-###-####', '3-###-####']],
  AE: ['971', '0', ['50 ### ####', '4 ### ####']],
  SA: ['966', '0', ['5# ### ####', '11 ### ####']],
  EG: ['20', '0', ['10 #### ####', '11 #### ####', '2 #### ####']],
  ZA: ['27', '0', ['8# ### ####', '21 ### ####', '11 ### ####']],
  NG: ['234', '0', ['803 ### ####', '806 ### ####', '1 ### ####']],
  KE: ['254', '0', ['7## ######', '20 #######']],
  IN: ['91', '0', ['!9#### #####', '!8#### #####', '22 #### ####', '80 #### ####']],
  PK: ['92', '0', ['3## #######', '21 #######']],
  BD: ['880', '0', ['17## ######', '18## ######']],
  CN: ['86', '0', ['!13# #### ####', '!18# #### ####', '10 #### ####', '21 #### ####']],
  JP: ['81', '0', ['90-####-####', '80-####-####', '3-####-####', '6-####-####']],
  KR: ['82', '0', ['10-####-####', '2-###-####', '31-###-####']],
  TW: ['886', '0', ['9##-###-###', '2-####-####']],
  HK: ['852', '', ['9### ####', '6### ####', '2### ####']],
  SG: ['65', '', ['9### ####', '8### ####', '6### ####']],
  MY: ['60', '0', ['12-### ####', '3-#### ####']],
  TH: ['66', '0', ['8#-###-####', '2-###-####']],
  VN: ['84', '0', ['9# ### ## ##', '28 #### ####']],
  PH: ['63', '0', ['917 ### ####', '2 #### ####']],
  ID: ['62', '0', ['812-####-####', '21-####-####']],
  AU: ['61', '0', ['4## ### ###', '2 #### ####', '3 #### ####']],
  NZ: ['64', '0', ['21 ### ####', '9 ### ####']],
  MX: ['52', '', ['55 #### ####', '33 #### ####', '81 #### ####']],
  AR: ['54', '0', ['11 ####-####', '351 ###-####']],
  CL: ['56', '', ['9 #### ####', '2 #### ####']],
  CO: ['57', '', ['3## ### ####', '601 ### ####']],
  PE: ['51', '', ['9## ### ###', '1 ### ####']],
};
export const PHONE_COUNTRIES = ['US', 'CA', 'BR', ...Object.keys(PH)];
const NANP_AREAS = { US: ['212', '312', '415', '617', '206', '305', '512', '720', '404', '503', '615', '702', '919'], CA: ['416', '604', '514', '403', '613', '902', '780'] };
const fill = (p) => p.replace(/#/g, () => String(int(0, 9)));
export const PHONE_USED = new Set();
export function phone(cc) { const r = phone_(cc); PHONE_USED.add(r.cc); return r; }
function phone_(cc) {
  cc = cc || pick(PHONE_COUNTRIES);
  if (cc === 'US' || cc === 'CA') {
    const a = pick(NANP_AREAS[cc]), e = String(int(2, 9)) + digits(2), n = digits(4);
    const v = pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 ${a} ${e} ${n}`, `+1-${a}-${e}-${n}`, `1 (${a}) ${e}-${n}`, `+1${a}${e}${n}`, `${a} ${e} ${n}`]);
    return { v, cc };
  }
  if (cc === 'BR') {
    const a = pick(['11', '21', '31', '41', '51', '61', '71', '81']), m = chance(0.7) ? '9' + digits(4) : String(int(2, 5)) + digits(3), n = digits(4);
    return { v: pick([`(${a}) ${m}-${n}`, `+55 ${a} ${m}-${n}`, `+55 (${a}) ${m}-${n}`, `0${a} ${m}${n}`, `+55${a}${m}${n}`]), cc };
  }
  const [code, trunk, pats] = PH[cc]; let pat = pick(pats); const noTrunk = pat.startsWith('!'); if (noTrunk) pat = pat.slice(1);
  const nsn = fill(pat); const compact = nsn.replace(/[ -]/g, '');
  const styles = [`+${code} ${nsn}`, `+${code} ${nsn}`, `+${code}${compact}`, `00${code} ${nsn}`, `+${code}-${nsn.replace(/ /g, '-')}`, (noTrunk ? '' : trunk) + nsn];
  if (trunk === '0' && !noTrunk) styles.push(`+${code} (0)${nsn}`, `0${nsn.replace(/ /g, cc === 'FR' ? '.' : cc === 'DE' ? '' : ' ')}`, cc === 'DE' ? `0${nsn.replace(' ', '/')}` : `0${nsn}`);
  if (trunk === '' || noTrunk) styles.push(nsn, nsn);
  if (trunk === '8') styles.push(`8 (${nsn.slice(0, 3)}) ${nsn.slice(4)}`);
  return { v: pick(styles), cc };
}

// ---------- cards / banking ----------
const CARD = [['visa', () => '4' + digits(14), 16], ['mc', () => String(int(51, 55)) + digits(13), 16], ['mc2', () => String(int(2221, 2720)) + digits(11), 16], ['amex', () => pick(['34', '37']) + digits(12), 15], ['discover', () => pick(['6011' + digits(11), '65' + digits(13)]), 16], ['jcb', () => String(int(3528, 3589)) + digits(11), 16], ['diners', () => '36' + digits(11), 14]];
export function cardDigits(brand) { const c = brand ? CARD.find(x => x[0] === brand) : pick(CARD); const p = c[1](); return { d: p + luhnDigit(p), brand: c[0] }; }
export function fmtCard(d, style) {
  style = style ?? int(0, 3);
  if (style === 0) return d;
  const sep = style === 1 ? ' ' : style === 2 ? '-' : ' ';
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{4}/g).join(sep);
}
export const card = (brand) => fmtCard(cardDigits(brand).d);
export function invalidCard() { const { d } = cardDigits(); const last = (+d.at(-1) + int(1, 9)) % 10; const bad = d.slice(0, -1) + last; return luhnOk(bad) ? null : fmtCard(bad); }
export const TEST_CARDS = ['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '4000 0566 5566 5556', '3782 822463 10005', '6011 1111 1111 1117', '4000000000000002', '4242424242424242', '5105105105105100'];
// IBAN: [country, total length, bban pattern: n digit, a upper, c alnum]
const IB = { DE: [22, 'n18'], GB: [22, 'a4n14'], FR: [27, 'n10c11n2'], ES: [24, 'n20'], IT: [27, 'a1n10c12'], NL: [18, 'a4n10'], BE: [16, 'n12'], CH: [21, 'n5c12'], AT: [20, 'n16'], PL: [28, 'n24'], PT: [25, 'n21'], SE: [24, 'n20'], NO: [15, 'n11'], DK: [18, 'n14'], FI: [18, 'n14'], IE: [22, 'a4n14'], SA: [24, 'n2c18'], AE: [23, 'n19'], TR: [26, 'n5n1n16'], BR: [29, 'n23a1c1'], GR: [27, 'n7c16'], RO: [24, 'a4c16'], CZ: [24, 'n20'], HU: [28, 'n24'] };
const BANKS = { GB: ['NWBK', 'BARC', 'MIDL', 'LOYD'], NL: ['ABNA', 'INGB', 'RABO'], IE: ['AIBK', 'BOFI'], RO: ['BTRL', 'RNCB'] };
export function ibanRaw(cc) {
  cc = cc || pick(Object.keys(IB)); const [len, pat] = IB[cc]; let bban = '';
  for (const [, t, n] of pat.matchAll(/([nac])(\d+)/g)) { if (t === 'a' && BANKS[cc] && !bban) { bban += pick(BANKS[cc]); continue; } bban += str(t === 'n' ? DIG : t === 'a' ? UP : DIG + UP, +n); }
  if (cc === 'TR') bban = bban.slice(0, 5) + '0' + bban.slice(6);
  let chk = 98 - mod97(cc + '00' + bban); const ib = cc + pad(chk, 2) + bban; if (ib.length !== len) throw new Error('iban len ' + cc); return ib;
}
export const fmtIban = (ib, grouped) => (grouped ?? chance(0.6)) ? ib.match(/.{1,4}/g).join(' ') : ib;
export const iban = (cc) => fmtIban(ibanRaw(cc));
export function invalidIban() { const ib = ibanRaw(); const i = int(4, ib.length - 1); let c = ib[i]; const nc = /\d/.test(c) ? String((+c + int(1, 9)) % 10) : (c === 'A' ? 'B' : 'A'); const bad = ib.slice(0, i) + nc + ib.slice(i + 1); return mod97(bad) === 1 ? null : fmtIban(bad); }
export const IBAN_COUNTRIES = Object.keys(IB);
// ---------- US ids ----------
export function ssnParts() { let a; do { a = int(1, 899); } while (a === 666); return [pad(a, 3), pad(int(1, 99), 2), pad(int(1, 9999), 4)]; }
export function ssn(style) { const p = ssnParts(); style = style ?? pick([0, 0, 0, 1, 2]); return style === 0 ? p.join('-') : style === 1 ? p.join(' ') : p.join(''); }
export function invalidSsn() { const p = ssnParts(); const k = int(0, 3); if (k === 0) p[0] = '000'; else if (k === 1) p[0] = '666'; else if (k === 2) p[0] = String(int(900, 999)); else p[1] = '00'; if (k === 3 && chance(0.5)) { p[1] = p[1]; p[2] = '0000'; } return p.join('-'); }
export function itin(style) { const g = pick([...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); const p = ['9' + digits(2), String(g), pad(int(1, 9999), 4)]; style = style ?? pick([0, 0, 1, 2]); return style === 0 ? p.join('-') : style === 1 ? p.join(' ') : p.join(''); }
export function passport() { return chance(0.55) ? String(int(1, 9)) + digits(8) : pick(['A', 'C', 'E', 'F', 'H', 'J', 'K', 'X', 'Z']) + digits(8); }
export function driverLicense() {
  const st = pick(['CA', 'NY', 'FL', 'TX', 'IL', 'WA', 'PA', 'OH', 'MI', 'NJ', 'GA', 'AZ', 'CO', 'MA']);
  const L1 = () => str(UP, 1);
  const v = { CA: () => L1() + digits(7), NY: () => pick([digits(9), `${digits(3)} ${digits(3)} ${digits(3)}`]), FL: () => `${L1()}${digits(3)}-${digits(3)}-${digits(2)}-${digits(3)}-${digits(1)}`, TX: () => digits(8), IL: () => `${L1()}${digits(3)}-${digits(4)}-${digits(4)}`, WA: () => 'WDL' + str(UP + DIG, 9), PA: () => `${digits(2)} ${digits(3)} ${digits(3)}`, OH: () => str(UP, 2) + digits(6), MI: () => `${L1()} ${digits(3)} ${digits(3)} ${digits(3)} ${digits(3)}`, NJ: () => `${L1()}${digits(4)} ${digits(5)} ${digits(5)}`, GA: () => digits(9), AZ: () => L1() + digits(8), CO: () => `${digits(2)}-${digits(3)}-${digits(4)}`, MA: () => 'S' + digits(8) }[st]();
  return { v, st };
}
export const bankAccount = () => digits(pick([8, 9, 10, 10, 11, 12, 12, 13, 14, 17]));
export function aba() { for (;;) { const d = pick(['0', '1', '2', '3']) + digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += w[i] * +d[i]; const c = (10 - (s % 10)) % 10; return d + c; } }
export function nhs(style) { for (;;) { const d = digits(9); let s = 0; for (let i = 0; i < 9; i++) s += +d[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; const n = d + c; style = style ?? pick([0, 0, 1, 2]); return style === 0 ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : style === 1 ? n : `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`; } }
export function dea(lastName) { const l1 = pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']); const l2 = lastName && /^[A-Za-z]/.test(lastName) ? lastName[0].toUpperCase() : pick(UP.split('').concat(['9'])); const d = digits(6); const s = (+d[0] + +d[2] + +d[4]) + 2 * (+d[1] + +d[3] + +d[5]); return l1 + l2 + d + (s % 10); }
export function btc() {
  const k = int(0, 3);
  if (k === 0) return base58check(Buffer.concat([Buffer.from([0]), randBytes(20)]));
  if (k === 1) return base58check(Buffer.concat([Buffer.from([5]), randBytes(20)]));
  if (k === 2) return bech32Encode('bc', [0, ...to5(randBytes(20))], false);
  return bech32Encode('bc', [1, ...to5(randBytes(32))], true);
}
export function ipv4() { for (;;) { const a = int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a) && chance(0.8)) continue; return `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`; } }
export function ipv4any() { return pick([ipv4, ipv4, () => `203.0.113.${int(1, 254)}`, () => `198.51.100.${int(1, 254)}`, () => `192.0.2.${int(1, 254)}`])(); }
export function ipv6() { const g = () => hex(int(1, 4)).replace(/^0+(?=.)/, ''); return pick([() => `2001:db8:${g()}:${g()}::${g()}`, () => `2a02:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`, () => `2600:1700:${g()}:${g()}::${g()}`, () => `2404:6800:${g()}:${g()}::${hex(4)}`])(); }
export const ip = () => chance(0.75) ? ipv4any() : ipv6();

// ---------- look-alikes ----------
export const gitSha = () => hex(40), shortSha = () => hex(pick([7, 8, 10, 12]));
export const uuidv4 = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
export const digest = () => 'sha256:' + hex(64);
export const integrity = () => pick(['sha512-' + b64(86) + '==', 'sha1-' + b64(27) + '=', 'sha384-' + b64(64)]);
export const sshPub = () => pick(['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + b64(43), 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB' + b64(86) + '=', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ' + b64(530)]);
export const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'REPLACE_ME', '<YOUR_API_KEY>', '********', 'sk-...', 'your-secret-here', '${SECRET}', 'TODO', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_...', 'password123 (example)', '<redacted>', '[REDACTED]', 'dummy', 'example-password', 'AKIAXXXXXXXXXXXXXXXX', '<paste key here>', 'hunter2-example', 'none', '{{ api_key }}', '%API_TOKEN%', 'sk-ant-xxxx'];
export const placeholder = () => pick(PLACEHOLDERS);
export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export const envRef = (n) => pick([`\${${n}}`, `$${n}`, `\${{ secrets.${n} }}`, `%${n}%`, `{{ .Values.${n.toLowerCase()} }}`, `$env:${n}`, `os.environ["${n}"]`].slice(0, 5));
export const orderNo = () => pick([`ORD-${int(2023, 2026)}-${digits(6)}`, `#${digits(9)}`, `SO${digits(8)}`, `PO-${digits(5)}-${str(UP, 2)}`, `${digits(3)}-${digits(7)}-${digits(7)}`]);
export const invoiceNo = () => pick([`INV-${int(2024, 2026)}${digits(5)}`, `FAC/${int(2024, 2026)}/${digits(5)}`, `RE-${digits(8)}`]);
export const tracking = () => pick([`1Z${str(UP + DIG, 6)}${digits(10)}`, `9400 1${digits(3)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}`, `${str(UP, 2)}${digits(9)}${pick(['DE', 'GB', 'CN', 'NL'])}`, `JD${digits(16)}`, digits(12)]);
export const version = () => pick([`${int(0, 9)}.${int(0, 30)}.${int(0, 40)}`, `v${int(1, 5)}.${int(0, 20)}.${int(0, 9)}-rc.${int(1, 4)}`, `${int(1, 20)}.${int(0, 9)}.${int(0, 9)}.${int(100, 9999)}`, `${int(2019, 2026)}.${int(1, 12)}.${int(1, 9)}`]);
export const buildNo = () => pick([`#${int(100, 99999)}`, `build ${int(1000, 999999)}`, `${int(2024, 2026)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}.${int(1, 9)}`]);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const date = () => { const y = int(2022, 2026), m = int(1, 12), d = int(1, 28); return pick([`${y}-${pad(m, 2)}-${pad(d, 2)}`, `${pad(d, 2)}/${pad(m, 2)}/${y}`, `${m}/${d}/${y}`, `${d} ${MON[m - 1]} ${y}`, `${MON[m - 1]} ${d}, ${y}`, `${pad(d, 2)}.${pad(m, 2)}.${y}`]); };
export const isoTs = () => `${int(2024, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}${pick(['Z', '.' + digits(3) + 'Z', '+02:00', '-05:00'])}`;
export const epoch = () => pick([String(int(1700000000, 1790000000)), String(int(1700000000, 1790000000)) + digits(3)]);
export const price = () => pick([`$${int(1, 9999)}.${digits(2)}`, `€${int(1, 999)},${digits(2)}`, `${int(1, 99999)}.${digits(2)} USD`, `£${int(1, 500)}.${digits(2)}`, `¥${int(100, 99999)}`, `R$ ${int(10, 9999)},${digits(2)}`]);
export const coords = () => `${(int(-8000, 8000) / 100 + rndFrac()).toFixed(6)}, ${(int(-17000, 17000) / 100 + rndFrac()).toFixed(6)}`;
const rndFrac = () => int(0, 99) / 10000;
export function isbn() { const b = '978' + digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; return pick([`${b.slice(0, 3)}-${b[3]}-${b.slice(4, 8)}-${b.slice(8, 12)}-${c}`, b + c]); }
export const hexColor = () => '#' + hex(6);
export const requestId = () => pick([`req_${b62(24)}`, uuidv4(), `${hex(8)}-${hex(4)}`, `Root=1-${hex(8)}-${hex(24)}`, hex(32), `01J${str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`]);
export const crmId = () => pick([`003${str(B62, 2)}00000${str(B62, 5)}${str(UP, 3)}`, `CUST-${digits(7)}`, `HS-${digits(9)}`, `acct_${b62(16)}`, `C${digits(8)}`]);
export const hostname = () => pick(['ip-10-0-12-44.eu-west-1.compute.internal', `db-${pick(['primary', 'replica-2', 'shard07'])}.acme.example`, `api.staging.globex.test`, `web-${int(1, 40)}.prod.initech.example`, `node-${hex(5)}.k8s.fabrikam.example`, `cache.internal.example`]);
export const k8sRV = () => String(int(100000, 99999999));
export const pkLive = () => 'pk_live_51' + b62(97);
export const mapboxPk = () => 'pk.' + Buffer.from(JSON.stringify({ u: 'acme-maps', a: 'cl' + str(LOW + DIG, 23) })).toString('base64url') + '.' + b62(22);
export const maskedCard = () => pick([`**** **** **** ${digits(4)}`, `XXXX-XXXX-XXXX-${digits(4)}`, `•••• ${digits(4)}`, `${digits(6)}******${digits(4)}`]);
export const macAddr = () => Array.from({ length: 6 }, () => hex(2)).join(':');
export const traceId = () => hex(32);
export const md5 = () => hex(32);
export function cert() { return `-----BEGIN CERTIFICATE-----\n${('MIID' + pick(['dzCCAl+gAwIBAgIU', 'jTCCAnWgAwIBAgIJ', 'CzCCAfOgAwIBAgIQ']) + b64(int(700, 980)) + '=').match(/.{1,64}/g).join('\n')}\n-----END CERTIFICATE-----`; }
export function pubPem() { return `-----BEGIN PUBLIC KEY-----\n${('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + b64(346) + 'IDAQAB').match(/.{1,64}/g).join('\n')}\n-----END PUBLIC KEY-----`; }
export const JWT_IO_EXAMPLE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
export const productCode = () => pick([`${digits(3)}-${digits(3)}-${digits(4)}-${str(UP, 2)}`, `SKU ${digits(4)}-${digits(4)}-${digits(2)}`, `PN ${digits(2)} ${digits(4)} ${digits(4)}`]);
export const policyNo = () => pick([`POL-${digits(4)}-${digits(6)}`, `CLM${digits(9)}`]);
export const mrn = () => `MRN ${digits(8)}`; // hospital record no. (look-alike only)
