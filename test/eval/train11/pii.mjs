// PII generators: names of many cultures and scripts, places, national address
// formats, phone numbering plans, and identifiers with valid check digits.
import { CS } from './rng.mjs';
import { luhnComplete, ibanCheck, IBAN_LEN, nhsCheck, deaCheck, base58check, bech32Address } from './checksums.mjs';
// culture: [given names], [family names], order ('gf' western, 'fg' family first, 'fgns' family+given no space)
export const CULTURES = {
  us: [['Madison', 'Tyler', 'Brianna', 'Dustin', 'Shawna', 'Cody'], ['Whitfield', 'Kowalczyk', 'Delgado', 'Hutchins', 'Barlowe'], 'gf'],
  gb: [['Imogen', 'Rhys', 'Harriet', 'Callum', 'Poppy'], ['Ashworth', 'Pemberton', 'Fairclough', 'Hargreaves'], 'gf'],
  ie: [['Siobhán', 'Oisín', 'Aoife', 'Cathal'], ["O'Sullivan", 'Mac Giolla', 'Ní Bhriain', 'Fitzgerald'], 'gf'],
  de: [['Jürgen', 'Annegret', 'Lukas', 'Friederike', 'Maximilian'], ['Schäfer', 'Großmann', 'Wendtland', 'Oberhuber'], 'gf'],
  fr: [['Amélie', 'Benoît', 'Ségolène', 'Gaëtan', 'Maëlys'], ['Lefebvre', 'Dubois-Marchand', 'Rousseau', 'Fauchard'], 'gf'],
  es: [['Inmaculada', 'Iñigo', 'Begoña', 'Sergio'], ['García Lorca', 'Fernández', 'Ibáñez', 'Zubizarreta'], 'gf'],
  mx: [['Guadalupe', 'Xóchitl', 'Rodrigo', 'Citlali'], ['Hernández', 'Villaseñor', 'Cuauhtémoc', 'Olvera'], 'gf'],
  br: [['João', 'Thaís', 'Gonçalo', 'Luíza', 'Caio'], ['Conceição', 'Magalhães', 'Araújo', 'Nascimento'], 'gf'],
  it: [['Giuseppina', 'Niccolò', 'Ludovica', 'Gianluca'], ['Esposito', 'Bianchi-Ferraro', 'Lombardo', 'Caruso'], 'gf'],
  nl: [['Sanne', 'Joost', 'Femke', 'Thijs'], ['van der Berg', 'de Vries', 'Jansen', 'Bakker'], 'gf'],
  pl: [['Małgorzata', 'Krzysztof', 'Zofia', 'Łukasz'], ['Wiśniewski', 'Zieliński', 'Wójcik', 'Kamińska'], 'gf'],
  cz: [['Jiří', 'Kateřina', 'Radek', 'Zdeňka'], ['Dvořák', 'Procházková', 'Černý', 'Novotná'], 'gf'],
  ru: [['Анастасия', 'Дмитрий', 'Ольга', 'Сергей'], ['Кузнецова', 'Смирнов', 'Волков', 'Лебедева'], 'gf'],
  ua: [['Олександр', 'Ірина', 'Богдан', 'Оксана'], ['Шевченко', 'Коваленко', 'Бондаренко', 'Мельник'], 'gf'],
  gr: [['Γιώργος', 'Ελένη', 'Δημήτρης', 'Κατερίνα'], ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Νικολάου'], 'gf'],
  tr: [['Şükrü', 'Ayşegül', 'Çağlar', 'Gülşen'], ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin'], 'gf'],
  ar: [['محمد', 'فاطمة', 'عبد الله', 'ليلى'], ['الحسيني', 'العتيبي', 'الشمري', 'بن علي'], 'gf'],
  arl: [['Youssef', 'Mariam', 'Khalid', 'Nour'], ['Al-Masri', 'Haddad', 'El-Amin', 'Boutros'], 'gf'],
  fa: [['Parisa', 'Dariush', 'Shirin', 'Kourosh'], ['Hosseini', 'Tehrani', 'Mohammadi', 'Rahimzadeh'], 'gf'],
  he: [['נועה', 'איתי', 'שירה', 'יונתן'], ['כהן', 'לוי', 'מזרחי', 'פרידמן'], 'gf'],
  hi: [['प्रिया', 'राहुल', 'अनन्या', 'विक्रम'], ['शर्मा', 'वर्मा', 'गुप्ता', 'चौहान'], 'gf'],
  inl: [['Aarav', 'Lakshmi', 'Venkatesh', 'Priyanka', 'Sandeep'], ['Subramanian', 'Chatterjee', 'Reddy', 'Iyer', 'Deshpande'], 'gf'],
  ta: [['கார்த்திக்', 'மீனா', 'செல்வம்'], ['ராமசாமி', 'முருகன்', 'சுந்தரம்'], 'gf'],
  bn: [['অমিত', 'সুমনা', 'রফিক'], ['চৌধুরী', 'বন্দ্যোপাধ্যায়', 'হোসেন'], 'gf'],
  zh: [['伟', '秀英', '志强', '丽娟', '子涵'], ['王', '李', '张', '欧阳', '陈'], 'fgns'],
  zhl: [['Wei', 'Xiuying', 'Zhiqiang', 'Yuting'], ['Wang', 'Zhang', 'Liu', 'Huang'], 'fg'],
  ja: [['さくら', '翔太', '陽菜', '健一', '美咲'], ['佐藤', '鈴木', '高橋', '田中', '渡辺'], 'fg'],
  jal: [['Haruto', 'Yui', 'Takeshi', 'Aoi'], ['Yamamoto', 'Nakamura', 'Kobayashi', 'Inoue'], 'gf'],
  ko: [['민준', '서연', '지훈', '하은'], ['김', '이', '박', '최'], 'fgns'],
  kol: [['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun'], ['Kim', 'Park', 'Choi', 'Jeong'], 'fg'],
  vi: [['Nguyễn Thị', 'Trần Văn', 'Lê Hoàng', 'Phạm Minh'], ['Hương', 'Dũng', 'Anh', 'Thảo'], 'fg'],
  th: [['สมชาย', 'สุดารัตน์', 'ประยุทธ'], ['ศรีสวัสดิ์', 'วงศ์ไทย', 'บุญมา'], 'gf'],
  id: [['Budi', 'Siti', 'Agus', 'Dewi'], ['Santoso', 'Wulandari', 'Hidayat', 'Purnomo'], 'gf'],
  ph: [['Ma. Cristina', 'Jose Rizal', 'Rowena', 'Jerome'], ['dela Cruz', 'Macaraeg', 'Bautista', 'Villanueva'], 'gf'],
  ng: [['Chukwuemeka', 'Oluwaseun', 'Ngozi', 'Adebayo'], ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun'], 'gf'],
  ke: [['Wanjiru', 'Otieno', 'Akinyi', 'Kiprotich'], ['Kamau', 'Odhiambo', 'Mutua', 'Chebet'], 'gf'],
  et: [['አበበ', 'መሰረት', 'ታደሰ'], ['ቢቂላ', 'ደፋር', 'ገብረ'], 'gf'],
  hu: [['László', 'Zsófia', 'Gábor', 'Erzsébet'], ['Nagy', 'Kovács', 'Szőke', 'Tóth'], 'fg'],
  fi: [['Aino', 'Juhani', 'Venla', 'Eero'], ['Virtanen', 'Mäkinen', 'Häkkinen', 'Korhonen'], 'gf'],
  se: [['Åsa', 'Björn', 'Linnéa', 'Göran'], ['Lindqvist', 'Sjöberg', 'Åkesson', 'Nyström'], 'gf'],
  no: [['Ingrid', 'Øystein', 'Solveig', 'Håkon'], ['Haugen', 'Bråten', 'Løvås', 'Solberg'], 'gf'],
  is: [['Guðrún', 'Sigurður', 'Þóra', 'Ólafur'], ['Jónsdóttir', 'Einarsson', 'Guðmundsdóttir', 'Þórsson'], 'gf'],
  ka: [['ნინო', 'გიორგი', 'თამარ'], ['ბერიძე', 'კაპანაძე', 'გელაშვილი'], 'gf'],
  hy: [['Անի', 'Արամ', 'Նարե'], ['Պետրոսյան', 'Հակոբյան', 'Սարգսյան'], 'gf'],
  pt: [['Inês', 'Tiago', 'Leonor', 'Rui'], ['Gonçalves', 'Sousa', 'Teixeira', 'Lourenço'], 'gf'],
  ro: [['Ioana', 'Mihai', 'Andreea', 'Ștefan'], ['Popescu', 'Ionescu', 'Dumitrașcu', 'Țurcanu'], 'gf'],
};
export const CULTURE_KEYS = Object.keys(CULTURES);
export function person(r, culture) {
  const c = culture || r.pick(CULTURE_KEYS); const [g, f, order] = CULTURES[c]; const gn = r.pick(g), fn = r.pick(f);
  const full = order === 'fgns' ? fn + gn : order === 'fg' ? `${fn} ${gn}` : `${gn} ${fn}`;
  return { culture: c, given: gn, family: fn, full, ascii: /^[\x20-\x7e]+$/.test(gn + fn) };
}
const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const EMAIL_DOMAINS = ['corp.example', 'mail.example', 'inbox.test', 'post.invalid', 'acme-gmbh.example', 'kunde.test', 'uni-hamburg.example', 'clinic.test', 'bank.example', 'hotmail.invalid'];
export function email(r, p) {
  const g = slug(p?.given || '') || r.str(CS.letters, 6), f = slug(p?.family || '') || r.str(CS.letters, 7), d = r.pick(EMAIL_DOMAINS);
  return r.pick([`${g}.${f}@${d}`, `${g[0]}${f}@${d}`, `${f}.${g}${r.int(1, 99)}@${d}`, `${g}_${r.int(1960, 2005)}@${d}`, `${g}+${r.pick(['shop', 'news', 'work'])}@${d}`, `${f}-${g[0]}@sub.${d}`, `${g.toUpperCase()}.${f.toUpperCase()}@${d.toUpperCase()}`]);
}
// places: country -> [country names (local/English), cities, street fn]
const pickN = (r, n) => r.int(1, n);
export const PLACES = {
  US: [['United States', 'USA'], ['Tulsa', 'Boise', 'Savannah', 'Dayton', 'Fresno'], (r) => `${pickN(r, 9899)} ${r.pick(['Maple', 'Juniper', 'Old Mill', 'Sycamore', 'Lakeview'])} ${r.pick(['Ave', 'St', 'Blvd', 'Dr', 'Ln'])}${r.chance(0.3) ? ` Apt ${pickN(r, 40)}` : ''}`],
  GB: [['United Kingdom', 'England', 'Scotland'], ['Leeds', 'Bristol', 'Aberdeen', 'Norwich', 'Swansea'], (r) => `${pickN(r, 220)} ${r.pick(['Kingsway', 'Albion Road', 'Mill Lane', 'Victoria Crescent', 'Church Street'])}`],
  DE: [['Deutschland', 'Germany'], ['Köln', 'Leipzig', 'Würzburg', 'Bremen', 'Augsburg'], (r) => `${r.pick(['Hauptstraße', 'Lindenallee', 'Am Mühlbach', 'Goethestr.', 'Schillerplatz'])} ${pickN(r, 140)}${r.pick(['', 'a', 'b'])}`],
  FR: [['France'], ['Lyon', 'Montpellier', 'Rennes', 'Lille', 'Grenoble'], (r) => `${pickN(r, 120)}${r.pick(['', ' bis'])} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'place du Marché', 'impasse des Tanneurs'])}`],
  ES: [['España', 'Spain'], ['Zaragoza', 'Valencia', 'Bilbao', 'Sevilla'], (r) => `${r.pick(['Calle Mayor', 'Avda. de la Constitución', 'Calle del Pez', 'Paseo de Gracia'])}, ${pickN(r, 150)}, ${pickN(r, 9)}º ${r.pick(['A', 'B', 'izq.', 'dcha.'])}`],
  IT: [['Italia', 'Italy'], ['Bologna', 'Torino', 'Bari', 'Verona'], (r) => `${r.pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Piazza Garibaldi', 'Viale dei Mille'])} ${pickN(r, 200)}`],
  NL: [['Nederland', 'Netherlands'], ['Utrecht', 'Groningen', 'Eindhoven', 'Haarlem'], (r) => `${r.pick(['Keizersgracht', 'Dorpsstraat', 'Kerkweg', 'Molenlaan'])} ${pickN(r, 300)}${r.pick(['', '-II', 'A'])}`],
  BR: [['Brasil', 'Brazil'], ['Curitiba', 'Recife', 'Belo Horizonte', 'Porto Alegre'], (r) => `${r.pick(['Rua das Flores', 'Av. Paulista', 'Rua XV de Novembro', 'Travessa São Bento'])}, ${pickN(r, 3000)}${r.chance(0.4) ? ` - apto ${pickN(r, 180)}` : ''}`],
  MX: [['México', 'Mexico'], ['Guadalajara', 'Puebla', 'Mérida', 'Monterrey'], (r) => `${r.pick(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Blvd. Miguel Alemán'])} ${pickN(r, 2000)}, Col. ${r.pick(['Centro', 'Roma Norte', 'Del Valle'])}`],
  JP: [['日本', 'Japan'], ['大阪市', '札幌市', '福岡市', '名古屋市', 'Sendai'], (r) => `${r.pick(['東京都新宿区西新宿', '大阪府大阪市北区梅田', '京都府京都市中京区', '神奈川県横浜市西区'])}${pickN(r, 9)}-${pickN(r, 30)}-${pickN(r, 20)}`],
  CN: [['中国', 'China'], ['成都', '杭州', '武汉', 'Shenzhen'], (r) => `${r.pick(['北京市朝阳区建国路', '上海市浦东新区世纪大道', '广州市天河区体育西路'])}${pickN(r, 300)}号`],
  KR: [['대한민국', 'South Korea'], ['부산', '대구', '인천', 'Daejeon'], (r) => `${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '경기도 성남시 분당구 판교역로'])} ${pickN(r, 500)}`],
  IN: [['India', 'भारत'], ['Pune', 'Bengaluru', 'Lucknow', 'Kochi', 'Jaipur'], (r) => `${r.pick(['Flat', 'House No.', 'Plot'])} ${pickN(r, 400)}, ${r.pick(['MG Road', 'Sector 21', '4th Cross, Indiranagar', 'Nehru Nagar'])}`],
  RU: [['Россия', 'Russia'], ['Новосибирск', 'Казань', 'Екатеринбург', 'Samara'], (r) => `ул. ${r.pick(['Ленина', 'Гагарина', 'Садовая', 'Мира'])}, д. ${pickN(r, 120)}, кв. ${pickN(r, 200)}`],
  PL: [['Polska', 'Poland'], ['Kraków', 'Wrocław', 'Gdańsk', 'Łódź'], (r) => `ul. ${r.pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Świętokrzyska'])} ${pickN(r, 150)}/${pickN(r, 40)}`],
  SE: [['Sverige', 'Sweden'], ['Göteborg', 'Malmö', 'Uppsala', 'Umeå'], (r) => `${r.pick(['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Ringvägen'])} ${pickN(r, 90)}`],
  TR: [['Türkiye', 'Turkey'], ['İzmir', 'Eskişehir', 'Bursa', 'Antalya'], (r) => `${r.pick(['Atatürk Cad.', 'İstiklal Cad.', 'Cumhuriyet Mah. Gül Sok.'])} No: ${pickN(r, 120)} D: ${pickN(r, 20)}`],
  AU: [['Australia'], ['Geelong', 'Hobart', 'Cairns', 'Wollongong'], (r) => `${r.chance(0.4) ? `Unit ${pickN(r, 30)}/` : ''}${pickN(r, 400)} ${r.pick(['Wattle St', 'Bourke Rd', 'Banksia Cres', 'Parramatta Rd'])}`],
  CA: [['Canada'], ['Halifax', 'Winnipeg', 'Kelowna', 'Québec'], (r) => `${pickN(r, 9000)} ${r.pick(['rue Sainte-Catherine', 'Yonge St', 'Portage Ave', 'Jasper Ave'])}`],
  EG: [['مصر', 'Egypt'], ['الإسكندرية', 'Giza', 'Luxor'], (r) => `${pickN(r, 80)} ${r.pick(['شارع التحرير', 'Tahrir Street', 'Corniche El Nil'])}`],
  IL: [['ישראל', 'Israel'], ['חיפה', 'Be’er Sheva', 'Netanya'], (r) => `${r.pick(['רחוב הרצל', 'שדרות רוטשילד', 'Rehov Dizengoff'])} ${pickN(r, 150)}`],
  NG: [['Nigeria'], ['Ibadan', 'Port Harcourt', 'Enugu'], (r) => `${pickN(r, 60)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Ogui Road'])}`],
  KE: [['Kenya'], ['Kisumu', 'Mombasa', 'Eldoret'], (r) => `${r.pick(['Moi Avenue', 'Kenyatta Avenue', 'Ngong Road'])}, ${r.pick(['House', 'Plot'])} ${pickN(r, 90)}`],
  GR: [['Ελλάδα', 'Greece'], ['Θεσσαλονίκη', 'Πάτρα', 'Heraklion'], (r) => `${r.pick(['Οδός Ερμού', 'Λεωφόρος Αλεξάνδρας', 'Odos Egnatia'])} ${pickN(r, 120)}`],
  VN: [['Việt Nam', 'Vietnam'], ['Đà Nẵng', 'Hải Phòng', 'Cần Thơ'], (r) => `Số ${pickN(r, 200)} ${r.pick(['Đường Lê Lợi', 'Phố Huế', 'Đường Nguyễn Huệ'])}`],
  TH: [['ประเทศไทย', 'Thailand'], ['เชียงใหม่', 'Phuket', 'Khon Kaen'], (r) => `${pickN(r, 300)}/${pickN(r, 40)} ${r.pick(['ถนนสุขุมวิท', 'Soi Ari', 'ถนนนิมมานเหมินท์'])}`],
  ZA: [['South Africa'], ['Durban', 'Gqeberha', 'Bloemfontein'], (r) => `${pickN(r, 200)} ${r.pick(['Jan Smuts Ave', 'Long Street', 'Florida Rd'])}`],
  AR: [['Argentina'], ['Rosario', 'Córdoba', 'Mendoza'], (r) => `${r.pick(['Av. Corrientes', 'Calle Florida', 'Av. Santa Fe'])} ${pickN(r, 5000)}, ${pickN(r, 12)}° ${r.pick(['A', 'B', 'C'])}`],
  CH: [['Schweiz', 'Suisse', 'Switzerland'], ['Winterthur', 'Lausanne', 'Lugano'], (r) => `${r.pick(['Bahnhofstrasse', 'Rue du Rhône', 'Via Nassa'])} ${pickN(r, 90)}`],
};
export const PLACE_KEYS = Object.keys(PLACES);
export function place(r, cc) { const k = cc || r.pick(PLACE_KEYS); const [countries, cities, street] = PLACES[k]; return { cc: k, country: r.pick(countries), city: r.pick(cities), street: street(r) }; }
export function zip(r, cc) {
  switch (cc) { case 'US': return r.digits(5); case 'GB': return `${r.pick(['LS', 'BS', 'AB', 'NR', 'SA'])}${r.int(1, 20)} ${r.int(1, 9)}${r.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`; case 'CA': return `${r.pick(['B3H', 'R3C', 'V1Y', 'G1R'])} ${r.int(1, 9)}${r.pick(['A', 'K', 'T'])}${r.int(1, 9)}`;
    case 'NL': return `${r.int(1000, 9999)} ${r.str(CS.LETTERS, 2)}`; case 'JP': return `〒${r.digits(3)}-${r.digits(4)}`; case 'BR': return `${r.digits(5)}-${r.digits(3)}`; case 'PL': return `${r.digits(2)}-${r.digits(3)}`; case 'IN': return r.digits(6); default: return r.digits(r.pick([4, 5])); }
}
// phones: cc -> [country code, trunk prefix, [national patterns]]; '#' digit, 'N' 2-9
export const PHONE_PLANS = {
  US: ['1', '', ['(N##) N##-####', 'N##-N##-####', 'N##.N##.####']], CA: ['1', '', ['(N##) N##-####']], GB: ['44', '0', ['7### ######', '20 #### ####', '161 ### ####']],
  DE: ['49', '0', ['15# ########', '30 ########', '89 #######', '17# #######']], FR: ['33', '0', ['6 ## ## ## ##', '1 ## ## ## ##', '7 ## ## ## ##']], IN: ['91', '0', ['9#### #####', '8#### #####']],
  BR: ['55', '0', ['11 9####-####', '21 9####-####', '(31) 3###-####']], JP: ['81', '0', ['90-####-####', '3-####-####', '6-####-####']], AU: ['61', '0', ['4## ### ###', '2 #### ####']],
  ES: ['34', '', ['6## ### ###', '91 ### ## ##']], IT: ['39', '', ['3## ### ####', '06 #### ####']], NL: ['31', '0', ['6 ########', '20 ### ####']], MX: ['52', '', ['55 #### ####', '33 #### ####']],
  BE: ['32', '0', ['47# ## ## ##', '2 ### ## ##']], CH: ['41', '0', ['7N ### ## ##', '44 ### ## ##']], AT: ['43', '0', ['66# #######', '1 ### ####']], SE: ['46', '0', ['70-### ## ##', '8-### ### ##']],
  NO: ['47', '', ['4## ## ###', '9## ## ###']], DK: ['45', '', ['2# ## ## ##', '3# ## ## ##']], FI: ['358', '0', ['40 ### ####', '9 ### ####']], PL: ['48', '', ['5## ### ###', '22 ### ## ##']],
  CZ: ['420', '', ['6## ### ###', '7## ### ###']], PT: ['351', '', ['9## ### ###', '21# ### ###']], IE: ['353', '0', ['8# ### ####', '1 ### ####']], GR: ['30', '', ['69# ### ####', '21# ### ####']],
  TR: ['90', '0', ['5## ### ## ##', '212 ### ## ##']], RU: ['7', '8', ['9## ###-##-##', '495 ###-##-##']], UA: ['380', '0', ['67 ### ## ##', '44 ### ## ##']], IL: ['972', '0', ['5#-###-####', '3-###-####']],
  AE: ['971', '0', ['5# ### ####', '4 ### ####']], SA: ['966', '0', ['5# ### ####']], EG: ['20', '0', ['10 #### ####', '2 ### ####']], ZA: ['27', '0', ['8# ### ####', '21 ### ####']],
  NG: ['234', '0', ['80# ### ####', '70# ### ####']], KE: ['254', '0', ['7## ######', '20 #######']], CN: ['86', '0', ['13# #### ####', '10 #### ####']], HK: ['852', '', ['9### ####', '2### ####']],
  SG: ['65', '', ['9### ####', '6### ####']], KR: ['82', '0', ['10-####-####', '2-###-####']], TW: ['886', '0', ['9##-###-###', '2-####-####']], TH: ['66', '0', ['8#-###-####', '2-###-####']],
  VN: ['84', '0', ['9# ### ## ##', '28 #### ####']], ID: ['62', '0', ['81#-####-####', '21-####-####']], PH: ['63', '0', ['917 ### ####', '2 #### ####']], MY: ['60', '0', ['1#-### ####', '3-#### ####']],
  NZ: ['64', '0', ['21 ### ####', '9 ### ####']], AR: ['54', '0', ['11 ####-####', '9 11 ####-####']], CL: ['56', '', ['9 #### ####', '2 #### ####']], CO: ['57', '', ['3## ### ####', '601 ### ####']],
  PE: ['51', '', ['9## ### ###', '1 ### ####']], HU: ['36', '06', ['20 ### ####', '1 ### ####']], RO: ['40', '0', ['7## ### ###', '21 ### ####']], PK: ['92', '0', ['3## #######']], BD: ['880', '0', ['1###-######']],
};
export const PHONE_KEYS = Object.keys(PHONE_PLANS);
export function phone(r, cc0) {
  const cc = cc0 || r.pick(PHONE_KEYS); const [code, trunk, pats] = PHONE_PLANS[cc]; const pat = r.pick(pats);
  let nat = ''; for (const ch of pat) nat += ch === '#' ? r.int(0, 9) : ch === 'N' ? r.int(2, 9) : ch;
  if (code === '1') { return r.pick([nat, `+1 ${nat.replace(/[()]/g, '').replace(' ', '-')}`, `1-${nat.replace(/[()]/g, '').replace(' ', '-')}`]); }
  const intl = nat.replace(/^\((\d+)\)/, '$1');
  return r.pick([trunk + nat, `+${code} ${intl}`, `+${code}${intl.replace(/[ -]/g, '')}`, `00${code} ${intl}`, `+${code} (${trunk || '0'}) ${intl}`.replace(' (0) ', trunk ? ' (0) ' : ' ')]);
}
// cards
export function card(r, brand0) {
  const brand = brand0 || r.pick(['visa', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'diners']); let pre, len;
  switch (brand) { case 'visa': pre = '4' + r.digits(5); len = 16; break; case 'mc': pre = String(r.int(51, 55)) + r.digits(4); len = 16; break; case 'mc2': pre = String(r.int(2221, 2720)) + r.digits(2); len = 16; break;
    case 'amex': pre = r.pick(['34', '37']) + r.digits(4); len = 15; break; case 'discover': pre = r.pick(['6011', '65' + r.digits(2)]) + r.digits(2); len = 16; break;
    case 'jcb': pre = String(r.int(3528, 3589)) + r.digits(2); len = 16; break; default: pre = r.pick(['36', '38', '30' + r.int(0, 5)]) + r.digits(3); len = 14; }
  const num = luhnComplete(pre + r.digits(len - pre.length - 1));
  if (['4242424242424242', '4111111111111111'].includes(num)) return card(r, brand);
  const fmt = r.int(0, 2); if (fmt === 0) return num;
  const sep = fmt === 1 ? ' ' : '-';
  if (len === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  if (len === 14) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{4}/g).join(sep);
}
const IBAN_FMT = { GB: '4a14n', IE: '4a14n', NL: '4a10n', IT: '1a22n', CH: '19n', AE: '19n', SA: '20n' };
export function iban(r, cc0, spaced) {
  const cc = cc0 || r.pick(Object.keys(IBAN_LEN)); const L = IBAN_LEN[cc] - 4; const f = IBAN_FMT[cc];
  let bban = ''; if (f) { const m = /^(\d+)a(\d+)n$/.exec(f); if (m) bban = r.str(CS.LETTERS, +m[1]) + r.digits(+m[2]); else bban = r.digits(L); } else bban = r.digits(L);
  const s = cc + ibanCheck(cc, bban) + bban; return (spaced ?? r.chance(0.5)) ? s.match(/.{1,4}/g).join(' ') : s;
}
export function ssn(r, fmt) { let a; do a = r.int(1, 899); while (a === 666); const s = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')]; return s.join(fmt ?? r.pick(['-', '-', ' ', ''])); }
export function itin(r) { const g = r.pick([r.int(70, 88), r.int(90, 92), r.int(94, 99), r.int(50, 65)]); return `9${r.digits(2)}${r.pick(['-', ' '])}${g}${'-'}${r.digits(4)}`.replace(' ' + g + '-', ' ' + g + ' '); }
export function passport(r) { return r.chance(0.6) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'B', 'C', 'E', 'F', 'H', 'X']) + r.digits(8); }
export const DL_STATES = {
  CA: (r) => r.str(CS.LETTERS, 1) + r.digits(7), NY: (r) => r.pick([`${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, r.digits(9)]), FL: (r) => `${r.str(CS.LETTERS, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`,
  TX: (r) => r.digits(8), IL: (r) => `${r.str(CS.LETTERS, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, WA: (r) => 'WDL' + r.str(CS.upper, 9), PA: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  OH: (r) => r.str(CS.LETTERS, 2) + r.digits(6), NJ: (r) => `${r.str(CS.LETTERS, 1)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`, MI: (r) => `${r.str(CS.LETTERS, 1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  MA: (r) => 'S' + r.digits(8), GA: (r) => r.digits(9), CO: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`, WI: (r) => `${r.str(CS.LETTERS, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`,
  AZ: (r) => r.str(CS.LETTERS, 1) + r.digits(8), MN: (r) => r.str(CS.LETTERS, 1) + r.digits(12), VA: (r) => r.str(CS.LETTERS, 1) + r.digits(8), NC: (r) => r.digits(12),
};
export function driverLicense(r) { const st = r.pick(Object.keys(DL_STATES)); return { state: st, value: DL_STATES[st](r) }; }
export function bankAccount(r) { return r.digits(r.int(8, 17)).replace(/^0/, String(r.int(1, 9))); }
export function dea(r, family) { const f = (family || 'X').normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase()[0] || '9'; const six = r.digits(6); return r.pick(['A', 'B', 'F', 'G', 'M']) + f + six + deaCheck(six); }
export function nhs(r) { let n, c; do { n = String(r.int(400, 499)) + r.digits(6); c = nhsCheck(n); } while (c === 10); const d = n + c; return r.pick([d, `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`]); }
export function btc(r) { const p = Buffer.from(Array.from({ length: 20 }, () => r.int(0, 255))); const t = r.int(0, 2); return t === 0 ? base58check(0, p) : t === 1 ? base58check(5, p) : bech32Address(p); }
export function ipv4(r, priv) { if (priv) return r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]); return `${r.pick([81, 92, 145, 178, 31, 88, 203, 189, 41, 102])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; }
export function ipv6(r) { return `2a0${r.int(1, 9)}:${r.str(CS.hex, 4)}:${r.str(CS.hex, 3)}:${r.str(CS.hex, 4)}::${r.str(CS.hex, 3)}`.replace(/:0+([0-9a-f])/g, ':$1'); }
