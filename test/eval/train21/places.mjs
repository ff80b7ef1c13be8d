// Places for structured documents (CRM rows, HR files, shipping labels). Prose documents carry
// their own towns, villages, districts and regions in their language files.
const sp = (s) => s.split('|');

export const CITIES = {
  US: sp('Columbus|Tucson|Raleigh|Boise|Spokane|Dayton|Albuquerque|Savannah|Fort Wayne|Eau Claire'),
  CA: sp('Kelowna|Moncton|Saskatoon|Trois-Rivières|Guelph'),
  GB: sp('Leeds|Sheffield|Bristol|Norwich|Swansea|Dundee|Milton Keynes|Stoke-on-Trent'),
  DE: sp('Bielefeld|Chemnitz|Würzburg|Freiburg im Breisgau|Kassel|Rostock|Göttingen|Mönchengladbach'),
  FR: sp('Rennes|Clermont-Ferrand|Besançon|Aix-en-Provence|Villeurbanne|Le Havre|Saint-Étienne'),
  ES: sp('Zaragoza|Valladolid|Alcalá de Henares|Getafe|Santander|Cáceres|Logroño'),
  IT: sp('Bergamo|Modena|Perugia|Lecce|Trento|Reggio Emilia|Pescara'),
  NL: sp('Utrecht|Zwolle|Amersfoort|Den Bosch|Leeuwarden|Haarlem'),
  BR: sp('Campinas|Belo Horizonte|Ribeirão Preto|Florianópolis|Londrina|São José dos Campos'),
  PT: sp('Braga|Coimbra|Aveiro|Setúbal|Viseu'),
  MX: sp('Querétaro|Puebla|Mérida|Tlaquepaque|Saltillo|Oaxaca de Juárez'),
  PL: sp('Wrocław|Poznań|Łódź|Białystok|Rzeszów|Gdynia'),
  CZ: sp('Brno|Olomouc|Plzeň|České Budějovice|Liberec'),
  HU: sp('Debrecen|Szeged|Pécs|Győr|Kecskemét'),
  RO: sp('Cluj-Napoca|Iași|Timișoara|Brașov|Constanța'),
  GR: sp('Θεσσαλονίκη|Πάτρα|Ηράκλειο|Λάρισα|Βόλος|Ιωάννινα'),
  RU: sp('Казань|Новосибирск|Екатеринбург|Самара|Тверь|Ярославль'),
  UA: sp('Львів|Харків|Одеса|Дніпро|Вінниця|Чернігів'),
  GE: sp('ქუთაისი|ბათუმი|რუსთავი|გორი|ზუგდიდი|თელავი'),
  AM: sp('Գյումրի|Վանաձոր|Էջմիածին|Դիլիջան|Գորիս'),
  TR: sp('Eskişehir|Gaziantep|Trabzon|Kayseri|Muğla|Bursa'),
  IL: sp('חיפה|באר שבע|פתח תקווה|ראשון לציון|נתניה'),
  SA: sp('جدة|الدمام|المدينة المنورة|أبها|الطائف'),
  AE: sp('الشارقة|العين|عجمان|دبي'),
  EG: sp('الإسكندرية|المنصورة|أسيوط|طنطا'),
  IR: sp('اصفهان|شیراز|تبریز|مشهد|رشت|یزد'),
  PK: sp('لاہور|فیصل آباد|ملتان|راولپنڈی'),
  IN: sp('पुणे|लखनऊ|जयपुर|इंदौर|Coimbatore|Nagpur|Kochi|Bhubaneswar'),
  BD: sp('চট্টগ্রাম|সিলেট|রাজশাহী|খুলনা|বরিশাল'),
  TH: sp('เชียงใหม่|ขอนแก่น|หาดใหญ่|นครราชสีมา|อุดรธานี'),
  VN: sp('Đà Nẵng|Hải Phòng|Cần Thơ|Huế|Nha Trang'),
  ID: sp('Bandung|Surabaya|Yogyakarta|Semarang|Makassar'),
  PH: sp('Cebu City|Davao City|Iloilo City|Baguio|Quezon City'),
  CN: sp('成都|杭州|武汉|西安|苏州|长沙'),
  TW: sp('台中|高雄|新竹|台南|桃園'),
  HK: sp('Sha Tin|Tsuen Wan|Mong Kok'),
  JP: sp('札幌|仙台|名古屋|福岡|金沢|広島'),
  KR: sp('부산|대구|인천|광주|수원|전주'),
  KE: sp('Kisumu|Nakuru|Eldoret|Mombasa|Thika'),
  NG: sp('Ibadan|Abeokuta|Enugu|Port Harcourt|Kano'),
  ET: sp('አዳማ|ባህር ዳር|ጎንደር|ሐዋሳ'),
  IE: sp('Galway|Limerick|Cork|Waterford|Letterkenny'),
  SE: sp('Göteborg|Uppsala|Linköping|Umeå|Malmö'),
  NO: sp('Bergen|Trondheim|Stavanger|Tromsø|Drammen'),
  DK: sp('Aarhus|Odense|Aalborg|Esbjerg'),
  FI: sp('Tampere|Oulu|Jyväskylä|Turku|Kuopio'),
  IS: sp('Akureyri|Hafnarfjörður|Ísafjörður'),
  AT: sp('Graz|Linz|Innsbruck|Klagenfurt'),
  CH: sp('Winterthur|Lausanne|St. Gallen|Lugano'),
  BE: sp('Gent|Leuven|Liège|Namur'),
  AU: sp('Geelong|Wollongong|Townsville|Ballarat|Newcastle'),
  NZ: sp('Hamilton|Tauranga|Dunedin|Palmerston North'),
  ZA: sp('Gqeberha|Bloemfontein|Stellenbosch|Polokwane'),
  AR: sp('Rosario|Córdoba|Mendoza|Mar del Plata'),
  CL: sp('Valparaíso|Concepción|Antofagasta|Temuco'),
  CO: sp('Medellín|Cali|Bucaramanga|Pereira'),
  RS: sp('Нови Сад|Ниш|Крагујевац|Суботица'),
  BG: sp('Пловдив|Варна|Бургас|Русе'),
  KZ: sp('Алматы|Шымкент|Қарағанды|Павлодар'),
  MN: sp('Дархан|Эрдэнэт|Мөрөн'),
  LT: sp('Kaunas|Klaipėda|Šiauliai|Panevėžys'),
  AZ: sp('Gəncə|Sumqayıt|Şəki|Lənkəran'),
  SG: sp('Tampines|Jurong West|Toa Payoh'),
  MY: sp('Johor Bahru|Ipoh|Kuching|George Town'),
};

export const COUNTRIES = sp('Germany|France|Spain|Portugal|Brazil|Mexico|Poland|Georgia|Armenia|Türkiye|Israel|Japan|South Korea|Thailand|Vietnam|Indonesia|Kenya|Nigeria|Greece|Ukraine|India|Bangladesh|Iran|Egypt|Philippines|Ireland|Norway|Finland|Czechia|Hungary|Romania|Argentina|Chile|Colombia|New Zealand|Australia|Canada|Italy|Netherlands|Sweden');
export const COUNTRIES_NATIVE = sp('Deutschland|España|Polska|Sakartvelo|საქართველო|Հայաստան|Ελλάδα|Україна|Россия|ישראל|مصر|ایران|भारत|বাংলাদেশ|ประเทศไทย|日本|대한민국|中国|Việt Nam|Türkiye');

const US_STREETS = sp('Maple Ridge Dr|W 14th St|Oak Hollow Ln|Cedar Ave|N Division St|Lakeshore Blvd|Sycamore Ct|Old Mill Rd|Pine Bluff Way');
const GB_STREETS = sp('Alma Road|Kingsway|Chapel Lane|Victoria Terrace|Mill Close|Beechwood Avenue|Station Approach');
const DE_STREETS = sp('Lindenstraße|Am Mühlbach|Gartenweg|Bahnhofstraße|Schillerplatz|Kastanienallee|Hinter der Burg');
const FR_STREETS = sp('rue des Tanneurs|avenue Jean-Jaurès|impasse du Moulin|boulevard Carnot|rue de la Paix|chemin des Vignes');
const ES_STREETS = sp('Calle de Alcalá|Avinguda Diagonal|Calle Mayor|Paseo de la Castellana|Calle del Olivo');
const IT_STREETS = sp('Via Garibaldi|Corso Vittorio Emanuele II|Via dei Mille|Viale Europa|Vicolo Stretto');
const BR_STREETS = sp('Rua das Laranjeiras|Avenida Paulista|Rua XV de Novembro|Travessa do Ouvidor');
const NL_STREETS = sp('Prinsengracht|Dorpsstraat|Kerkweg|Molenlaan');
const PL_STREETS = sp('Długa|Marszałkowska|Polna|Lipowa|Ogrodowa');

export function streetLine(rng, cc) {
  const n = rng.int(1, 240);
  switch (cc) {
    case 'US': case 'CA': case 'AU': case 'NZ': return rng.chance(0.3) ? `${rng.int(100, 9999)} ${rng.pick(US_STREETS)} Apt ${rng.int(1, 30)}${rng.pick(['A', 'B', 'C', ''])}` : `${rng.int(100, 9999)} ${rng.pick(US_STREETS)}`;
    case 'GB': case 'IE': return rng.chance(0.3) ? `Flat ${rng.int(1, 12)}, ${n} ${rng.pick(GB_STREETS)}` : `${n} ${rng.pick(GB_STREETS)}`;
    case 'DE': case 'AT': case 'CH': return `${rng.pick(DE_STREETS)} ${n}${rng.pick(['', '', 'a', 'b'])}`;
    case 'FR': case 'BE': return `${n}${rng.pick(['', '', ' bis', ' ter'])} ${rng.pick(FR_STREETS)}`;
    case 'ES': case 'MX': case 'AR': case 'CO': case 'CL': return `${rng.pick(ES_STREETS)} ${n}, ${rng.int(1, 9)}º ${rng.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`;
    case 'IT': return `${rng.pick(IT_STREETS)} ${n}`;
    case 'BR': case 'PT': return `${rng.pick(BR_STREETS)}, ${n}${rng.chance(0.5) ? `, apto ${rng.int(11, 1804)}` : ''}`;
    case 'NL': return `${rng.pick(NL_STREETS)} ${n}${rng.pick(['', '-1', '-hs', ' B'])}`;
    case 'PL': return `ul. ${rng.pick(PL_STREETS)} ${n}/${rng.int(1, 60)}`;
    case 'RU': return `ул. ${rng.pick(sp('Садовая|Лесная|Пушкина|Заречная|Гагарина'))}, д. ${n}, кв. ${rng.int(1, 180)}`;
    case 'UA': return `вул. ${rng.pick(sp('Шевченка|Франка|Січових Стрільців|Лесі Українки'))}, ${n}, кв. ${rng.int(1, 120)}`;
    case 'GR': return `${rng.pick(sp('Οδός Ερμού|Λεωφόρος Αλεξάνδρας|Οδός Αγίου Δημητρίου|Οδός Τσιμισκή'))} ${n}`;
    case 'GE': return `${rng.pick(sp('რუსთაველის გამზ.|ჭავჭავაძის ქ.|აღმაშენებლის ხეივანი|წერეთლის ქ.'))} ${n}`;
    case 'AM': return `${rng.pick(sp('Աբովյան փ.|Մաշտոցի պող.|Թումանյան փ.|Կոմիտասի պող.'))} ${n}, բն. ${rng.int(1, 90)}`;
    case 'TR': return `${rng.pick(sp('Atatürk Cad.|Cumhuriyet Mah. Lale Sok.|İstiklal Cad.|Gazi Bulvarı'))} No: ${n} D: ${rng.int(1, 24)}`;
    case 'JP': return `${rng.pick(sp('中央区銀座|北区梅田|青葉区一番町|中区栄'))}${rng.int(1, 9)}-${rng.int(1, 30)}-${rng.int(1, 20)}`;
    case 'KR': return `${rng.pick(sp('강남구 테헤란로|해운대구 우동|마포구 양화로|수성구 범어동'))} ${n}`;
    case 'CN': return `${rng.pick(sp('朝阳区建国路|天河区体育西路|武侯区人民南路|西湖区文三路'))}${n}号`;
    case 'TH': return `${n}/${rng.int(1, 99)} ${rng.pick(sp('ถนนสุขุมวิท|ถนนนิมมานเหมินท์|ซอยลาดพร้าว 101|ถนนมิตรภาพ'))}`;
    case 'IL': return `${rng.pick(sp('רחוב הרצל|שדרות רוטשילד|רחוב ז׳בוטינסקי|רחוב הנביאים'))} ${n}`;
    case 'SA': case 'AE': case 'EG': return `${rng.pick(sp('شارع الملك فهد|شارع التحلية|شارع الجامعة|طريق الكورنيش'))} ${n}`;
    case 'IR': return `${rng.pick(sp('خیابان ولیعصر|خیابان انقلاب|کوچه بهار|بلوار کشاورز'))}، پلاک ${n}`;
    case 'IN': return `${n}, ${rng.pick(sp('MG Road|Linking Road|Anna Salai|Park Street|Sector 15'))}`;
    case 'VN': return `${n} ${rng.pick(sp('Nguyễn Huệ|Lê Lợi|Trần Hưng Đạo|Hai Bà Trưng'))}`;
    case 'ID': return `Jl. ${rng.pick(sp('Merdeka|Sudirman|Diponegoro|Gajah Mada'))} No. ${n}`;
    case 'KE': case 'NG': return `${rng.pick(sp('Moi Avenue|Kenyatta Road|Awolowo Road|Ngong Road|Allen Avenue'))} ${n}`;
    default: return `${rng.pick(US_STREETS)} ${n}`;
  }
}

export function city(rng, cc) { return rng.pick(CITIES[cc] || CITIES.US); }
