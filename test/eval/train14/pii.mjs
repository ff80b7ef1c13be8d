// PII generators: names of 34 cultures, places, national address formats, phones of 48 plans,
// and checksum-valid numbers.
import { DIG, HEX, UPPER, luhnDigit, ibanCheck, IBAN_LEN, nhsCheck, deaDigit, base58check, bech32Segwit, UPALNUM } from './lib.mjs';

const N = (g, f) => ({ g: g.split(' '), f: f.split(' ').map((x) => x.replace(/_/g, ' ')) });
export const CULTURES = {
  en_US: N('Ashley Brandon Kayla Tyler Courtney Dustin Megan Travis', 'Hollister Pruitt Vandergriff McAllister Okafor-Reed Stroud Whitlock Baird'),
  en_GB: N('Imogen Rhys Harriet Callum Niamh Alfie Poppy Hamish', 'Ashworth Pemberton Cartwright Featherstone Gallagher Hebblethwaite Thorne Price'),
  de_DE: N('Jürgen Annika Malte Henrike Torben Wiebke Ulrich Friederike', 'Schäfer Brinkmann Obermeier Kowalczyk-Lang Hoffstätter Wendt Düring Großmann'),
  fr_FR: N('Gaëlle Thibault Océane Anaïs Benoît Solène Grégoire Maëlys', 'Lefèvre Delacroix Marchand Dubois-Rigaud Fournier Lemaître Chevalier Perrin'),
  es_ES: N('Íñigo Nerea Alejandro Lucía Iker Ainhoa Maite Gonzalo', 'Etxeberria Fernández Gallardo Moreno Villanueva Ibáñez Castaño Ruiz-Ortega'),
  es_MX: N('Guadalupe Citlali Jesús Ximena Rodrigo Itzel Fernanda Emiliano', 'Hernández Tlacuilo Zavala Cuauhtémoc Garza Ocampo Saldívar Mendoza'),
  pt_BR: N('João Thaís Caio Luana Vinícius Gabriela Rafaela Thiago', 'Conceição Albuquerque Nascimento Gonçalves Barbosa Sá Figueiredo Oliveira'),
  pt_PT: N('Leonor Duarte Inês Tomás Beatriz Gonçalo Matilde Rui', 'Magalhães Carvalho Antunes Fonseca Pires Teixeira Lopes Mota'),
  it_IT: N('Giulia Lorenzo Chiara Matteo Federica Alessio Beatrice Niccolò', 'Esposito Bianchi Colombo Ferrara De_Luca Santoro Mancini Rinaldi'),
  nl_NL: N('Sanne Joost Femke Thijs Lieke Bram Maartje Sjoerd', 'van_der_Berg de_Vries Bakker Jansen van_Dijk Visser Smit Mulder'),
  pl_PL: N('Katarzyna Paweł Agnieszka Grzegorz Małgorzata Łukasz Zofia Wojciech', 'Wiśniewski Zieliński Wójcik Kamińska Lewandowska Szymański Dąbrowski Kozłowska'),
  ru_RU: N('Алексей Наталья Дмитрий Екатерина Сергей Ольга Михаил Татьяна', 'Иванов Смирнова Кузнецов Попова Соколов Лебедева Новиков Морозова'),
  uk_UA: N('Олена Тарас Оксана Богдан Ірина Андрій Соломія Остап', 'Шевченко Коваленко Бондаренко Ткаченко Кравчук Мельник Гнатюк Савчук'),
  el_GR: N('Γιώργος Ελένη Δημήτρης Μαρία Νίκος Κατερίνα Σοφία Παναγιώτης', 'Παπαδόπουλος Γεωργίου Οικονόμου Κωνσταντίνου Νικολάου Βλάχου Αντωνίου Μαυρίδης'),
  tr_TR: N('Elif Mehmet Zeynep Emre Ayşe Burak Şule Oğuz', 'Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Doğan'),
  ar_EG: N('أحمد فاطمة محمود نور يوسف مريم خالد سلمى', 'عبد_الرحمن الحسيني منصور الشريف حسن السيد عثمان القاضي'),
  ar_translit: N('Omar Layla Tariq Yasmin Karim Rania Hamza Amira', 'Al-Farsi Haddad Nasser El-Amin Mansour Khalil Saleh Bakr'),
  fa_IR: N('Dariush Shirin Arash Parisa Kaveh Nasrin Babak Laleh', 'Tehrani Moradi Hosseini Karimi Rahimi Jafari Sadeghi Farahani'),
  he_IL: N('נועה איתי מיכל יונתן תמר אורי שירה עומר', 'כהן לוי מזרחי פרץ ביטון אברהם פרידמן שפירא'),
  hi_IN: N('अनन्या राहुल प्रिया विक्रम स्नेहा अर्जुन दीपिका रोहन', 'शर्मा वर्मा गुप्ता सिंह मिश्रा यादव चौहान त्रिपाठी'),
  en_IN: N('Aditya Kavya Sandeep Lakshmi Venkatesh Pooja Harpreet Sunita', 'Raghunathan Iyer Chatterjee Patel Reddy Banerjee Deshpande Kulkarni'),
  ta_IN: N('கார்த்திக் மீனா சுரேஷ் பிரியா', 'ராமசாமி கிருஷ்ணன் சுப்பிரமணியன் வேலு'),
  bn_BD: N('Tahmina Rafiqul Nusrat Shakib Farhana Arif Sumaiya Imran', 'Hossain Rahman Chowdhury Akter Islam Sarkar Mondal Talukder'),
  zh_CN: N('伟 芳 娜 秀英 敏 静 丽 强', '王 李 张 刘 陈 杨 赵 黄'),
  zh_pinyin: N('Wei Xiaoling Jianguo Meiling Haoran Yuting Zihan Junjie', 'Zhang Liu Chen Huang Zhou Wu Xu Sun'),
  ja_JP: N('翔太 陽菜 大輔 美咲 健一 さくら 拓海 由美', '佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村'),
  ja_romaji: N('Haruto Yui Sota Aoi Ren Hina Kenji Emi', 'Takahashi Nakamura Kobayashi Yoshida Yamaguchi Matsumoto Inoue Kimura'),
  ko_KR: N('민준 서연 지훈 하은 도윤 지우 현우 수빈', '김 이 박 최 정 강 조 윤'),
  vi_VN: N('Nguyệt Minh Thảo Quang Hương Tuấn Linh Đức', 'Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng'),
  th_TH: N('สมชาย สุดารัตน์ ประเสริฐ วิไลวรรณ ธนพล ปิยะนุช', 'ศรีสุข วงศ์สวัสดิ์ บุญมา แก้วมณี จันทร์เพ็ญ ทองดี'),
  id_ID: N('Budi Siti Agus Dewi Rudi Ratna Bambang Wulan', 'Santoso Wijaya Hidayat Kusuma Saputra Nugroho Pratama Lestari'),
  fil_PH: N('Maricel Jerome Rhea Arnel Kristine Jomar Liezl Dindo', 'Dela_Cruz Bautista Macaraeg Villanueva Soriano Manalo Pascual Tolentino'),
  sw_KE: N('Wanjiru Otieno Akinyi Kamau Njeri Mwangi Achieng Kiprono', 'Mutua Odhiambo Wafula Chebet Kariuki Omondi Njoroge Kipchoge'),
  yo_NG: N('Adebayo Folake Oluwaseun Temitope Babatunde Yetunde Chinedu Ngozi', 'Adeyemi Okonkwo Balogun Eze Ogunleye Nwosu Adeleke Obi'),
  am_ET: N('Abebe Tigist Dawit Selamawit Yonas Hirut', 'Bekele Tesfaye Haile Girma Alemu Mengistu'),
  sv_SE: N('Linnea Oskar Ebba Viktor Maja Axel Saga Nils', 'Lindqvist Åberg Sjöström Björklund Nyström Holm Ekström Lundgren'),
  fi_FI: N('Aino Eero Venla Juho Sanni Aleksi Iida Ville', 'Korhonen Virtanen Mäkinen Nieminen Hämäläinen Laaksonen Heikkinen Koskinen'),
  nb_NO: N('Ingrid Magnus Sigrid Håkon Solveig Eirik Tuva Sindre', 'Haugen Bakke Solberg Østby Dahl Kristiansen Lie Berge'),
  hu_HU: N('Zsófia Bence Réka Levente Eszter Gergő Dóra Ádám', 'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár'),
  cs_CZ: N('Tereza Jiří Kateřina Ondřej Lucie Tomáš Veronika Matěj', 'Novák Dvořáková Černý Procházka Kučerová Veselý Horák Němcová'),
  ro_RO: N('Ioana Andrei Elena Mihai Bianca Cătălin Raluca Ștefan', 'Popescu Ionescu Dumitrescu Stan Constantinescu Munteanu Gheorghiu Marinescu'),
  ga_IE: N('Aoife Cillian Saoirse Oisín Caoimhe Pádraig Siobhán Donncha', "O'Sullivan Ní_Bhriain Mac_Gearailt Ó_Murchú Kavanagh Breathnach Doherty Ó_Ceallaigh"),
  ka_GE: N('ნინო გიორგი თამარ ლევან', 'ბერიძე კაპანაძე გელაშვილი მაისურაძე'),
};
export const CULTURE_KEYS = Object.keys(CULTURES);
export const USED = { cultures: new Set(), plans: new Set() };
const EAST = new Set(['zh_CN', 'ja_JP', 'ko_KR']);
export function person(r, culture, style) {
  const c = culture || r.pick(CULTURE_KEYS); const C = CULTURES[c]; USED.cultures.add(c);
  const g = r.pick(C.g), f = r.pick(C.f);
  if (EAST.has(c)) return f + g;
  if (c === 'hu_HU') return f + ' ' + g;
  style = style ?? r.int(0, 9);
  if (style === 0 && /^[A-Za-zÀ-ž' -]+$/.test(f)) return `${f}, ${g}`;
  if (style === 1 && /^[A-Z]/.test(g)) return `${g[0]}. ${f}`;
  if (style === 2 && /^[A-Za-z]/.test(g)) return `${g} ${r.pick('ABCDEFGHJKLMNPRSTW'.split(''))}. ${f}`;
  return `${g} ${f}`;
}
export function given(r, culture) { return r.pick(CULTURES[culture || r.pick(CULTURE_KEYS)].g); }

// cities (LOCATION) per country and address lines in national formats
export const CITIES = {
  US: ['Tulsa', 'Boise', 'Spokane', 'Akron', 'Albuquerque', 'Savannah', 'Des Moines', 'Fresno'], GB: ['Leeds', 'Aberdeen', 'Swansea', 'Norwich', 'Belfast', 'Bristol'],
  DE: ['Würzburg', 'Bielefeld', 'Freiburg im Breisgau', 'Rostock', 'Mannheim', 'Kassel'], FR: ['Montpellier', 'Rennes', 'Clermont-Ferrand', 'Lille', 'Nantes', 'Besançon'],
  ES: ['Zaragoza', 'Valladolid', 'Bilbao', 'Málaga', 'Alicante'], IT: ['Bologna', 'Bari', 'Torino', 'Verona', 'Palermo'], NL: ['Utrecht', 'Groningen', 'Eindhoven', 'Zwolle'],
  BR: ['Belo Horizonte', 'Curitiba', 'Recife', 'Porto Alegre', 'Fortaleza'], JP: ['大阪市', '札幌市', '名古屋市', '福岡市', 'Sendai', 'Kobe'], IN: ['Pune', 'Bengaluru', 'Lucknow', 'Coimbatore', 'Indore'],
  MX: ['Guadalajara', 'Monterrey', 'Puebla', 'Mérida', 'Querétaro'], PL: ['Kraków', 'Wrocław', 'Poznań', 'Gdańsk', 'Łódź'], RU: ['Новосибирск', 'Екатеринбург', 'Казань', 'Самара'],
  CN: ['成都市', '杭州市', '武汉市', '西安市'], KR: ['부산광역시', '대구광역시', '인천광역시'], AU: ['Geelong', 'Townsville', 'Hobart', 'Wollongong'], CA: ['Halifax', 'Winnipeg', 'Kelowna', 'Québec'],
  SE: ['Uppsala', 'Linköping', 'Malmö'], TR: ['İzmir', 'Bursa', 'Eskişehir'], EG: ['الإسكندرية', 'Giza', 'Mansoura'], NG: ['Ibadan', 'Enugu', 'Port Harcourt'], KE: ['Kisumu', 'Nakuru', 'Eldoret'],
  GR: ['Θεσσαλονίκη', 'Patras', 'Heraklion'], TH: ['เชียงใหม่', 'Khon Kaen'], VN: ['Đà Nẵng', 'Hải Phòng', 'Cần Thơ'], UA: ['Львів', 'Харків', 'Odesa'], IL: ['חיפה', 'Beersheba'], AR: ['Rosario', 'Córdoba', 'Mendoza'],
};
export const COUNTRIES = ['Portugal', 'Kenya', 'Deutschland', 'Nigeria', 'Vietnam', 'Chile', 'Polska', 'Ελλάδα', 'Türkiye', 'Canada', 'México', 'Brasil', '日本', 'India', 'Österreich', 'Schweiz', 'Suomi', 'Ireland', 'Egypt', 'Argentina', 'Indonesia', 'Philippines', 'South Africa', 'New Zealand', 'Україна', 'Magyarország', 'Sverige', 'Colombia'];
export function city(r, cc) { return r.pick(CITIES[cc || r.pick(Object.keys(CITIES))]); }
const st = (r, a) => r.pick(a);
// address: returns array of parts; items tagged LOCATION are the street line, city, country; zip stays neutral.
export function address(r, cc) {
  cc = cc || r.pick(['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'JP', 'IN', 'MX', 'PL', 'CA', 'AU', 'SE', 'RU', 'CN', 'KR', 'TR', 'AR']);
  const L = (v) => ({ v, e: 'LOCATION', f: 'pii' });
  const n = r.int(2, 980); const c = city(r, cc);
  switch (cc) {
    case 'US': return [L(`${n} ${st(r, ['W Maple Ave', 'Old Mill Rd', 'N Cedar Street', 'Sycamore Ln', 'Riverbend Dr'])}${r.chance(0.4) ? ' Apt ' + r.int(1, 40) + r.pick(['', 'B']) : ''}`), '\n', L(c), `, ${r.pick(['OK', 'ID', 'WA', 'OH', 'NM', 'GA', 'IA', 'CA'])} ${r.digits(5)}`];
    case 'CA': return [L(`${n} ${st(r, ['rue Saint-Denis', 'Portage Ave', 'Spring Garden Rd'])}`), ', ', L(c), ` ${r.pick(['QC', 'MB', 'NS', 'BC'])} ${r.pick(UPPER)}${r.int(0, 9)}${r.pick(UPPER)} ${r.int(0, 9)}${r.pick(UPPER)}${r.int(0, 9)}`];
    case 'GB': return [L(`${r.chance(0.3) ? 'Flat ' + r.int(1, 12) + ', ' : ''}${n} ${st(r, ['Brunswick Terrace', 'Hawthorn Close', 'Mill Lane', 'Queen’s Road'])}`), '\n', L(c), '\n', `${r.pick(['LS', 'AB', 'SA', 'NR', 'BT', 'BS'])}${r.int(1, 20)} ${r.int(1, 9)}${r.pick(UPPER)}${r.pick(UPPER)}`];
    case 'DE': return [L(`${st(r, ['Lindenstraße', 'Am Mühlbach', 'Goethestr.', 'Hauptstraße', 'Kastanienallee'])} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}`), '\n', `${r.digits(5)} `, L(c)];
    case 'FR': return [L(`${r.int(1, 120)}${r.pick(['', ' bis'])} ${st(r, ['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard Gambetta', 'impasse des Lilas'])}`), '\n', `${r.digits(5)} `, L(c.toUpperCase())];
    case 'ES': return [L(`${st(r, ['Calle de Alcalá', 'Avenida de la Constitución', 'Carrer de Balmes', 'Paseo de Zorrilla'])}, ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izda.', 'dcha.'])}`), '\n', `${r.digits(5)} `, L(c)];
    case 'IT': return [L(`${st(r, ['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Piazza Cavour'])} ${r.int(1, 200)}`), '\n', `${r.digits(5)} `, L(c), ` (${r.pick(['BO', 'BA', 'TO', 'VR', 'PA'])})`];
    case 'NL': return [L(`${st(r, ['Prinsengracht', 'Oudegracht', 'Dorpsstraat', 'Kerkweg'])} ${r.int(1, 300)}${r.pick(['', '-II', 'A'])}`), '\n', `${r.int(1000, 9999)} ${r.pick(UPPER)}${r.pick(UPPER)} `, L(c)];
    case 'BR': return [L(`${st(r, ['Rua das Laranjeiras', 'Avenida Paulista', 'Rua Padre Chagas', 'Travessa do Carmo'])}, ${r.int(10, 3000)}${r.chance(0.5) ? ', apto ' + r.int(11, 1204) : ''}`), ' - ', L(st(r, ['Savassi', 'Boa Viagem', 'Moinhos de Vento', 'Batel'])), '\n', L(c), ` - ${r.pick(['MG', 'PR', 'PE', 'RS', 'CE'])}, ${r.digits(5)}-${r.digits(3)}`];
    case 'JP': return [`〒${r.digits(3)}-${r.digits(4)} `, L(`${c}${st(r, ['北区', '中央区', '博多区', '東区'])}${st(r, ['梅田', '本町', '天神', '栄'])}${r.int(1, 9)}丁目${r.int(1, 30)}-${r.int(1, 20)}`)];
    case 'IN': return [L(`${r.pick(['Flat', 'House No.'])} ${r.int(1, 900)}, ${st(r, ['Shivaji Nagar', 'MG Road', 'Gomti Nagar', 'RS Puram'])}`), '\n', L(c), ` ${r.digits(6)}`];
    case 'MX': return [L(`${st(r, ['Av. Insurgentes Sur', 'Calle Hidalgo', 'Calz. de Tlalpan'])} ${r.int(1, 3000)}, Col. ${st(r, ['Del Valle', 'Centro', 'Roma Norte'])}`), '\n', `C.P. ${r.digits(5)}, `, L(c)];
    case 'PL': return [L(`ul. ${st(r, ['Długa', 'Floriańska', 'Piotrkowska', 'Świętokrzyska'])} ${r.int(1, 200)}/${r.int(1, 40)}`), '\n', `${r.digits(2)}-${r.digits(3)} `, L(c)];
    case 'AU': return [L(`${r.int(1, 40)}/${n} ${st(r, ['Pacific Hwy', 'Bourke St', 'Flinders Lane'])}`), '\n', L(c), ` ${r.pick(['VIC', 'QLD', 'TAS', 'NSW'])} ${r.int(2000, 7999)}`];
    case 'SE': return [L(`${st(r, ['Storgatan', 'Drottninggatan', 'Kungsvägen'])} ${r.int(1, 90)}`), '\n', `${r.digits(3)} ${r.digits(2)} `, L(c)];
    case 'RU': return [L(`ул. ${st(r, ['Ленина', 'Гагарина', 'Садовая'])}, д. ${r.int(1, 120)}, кв. ${r.int(1, 300)}`), '\n', L(`г. ${c}`), `, ${r.digits(6)}`];
    case 'CN': return [L(`${c}${st(r, ['锦江区', '西湖区', '武昌区'])}${st(r, ['人民南路', '文三路', '中山路'])}${r.int(1, 400)}号`)];
    case 'KR': return [L(`${c} ${st(r, ['해운대구', '중구', '연수구'])} ${st(r, ['센텀중앙로', '동성로', '컨벤시아대로'])} ${r.int(1, 200)}`)];
    case 'TR': return [L(`${st(r, ['Atatürk Cad.', 'Cumhuriyet Mah.', 'İnönü Sk.'])} No: ${r.int(1, 80)} D: ${r.int(1, 20)}`), '\n', `${r.digits(5)} `, L(c)];
    default: return [L(`${st(r, ['Av. Corrientes', 'Bv. Oroño', 'Calle San Martín'])} ${r.int(100, 4000)}`), ', ', L(c)];
  }
}

// phone numbering plans: cc, national trunk, mobile pattern groups (X = digit)
const PLANS = {
  US: ['1', '', ['NXX', 'NXX', 'XXXX']], CA: ['1', '', ['NXX', 'NXX', 'XXXX']], GB: ['44', '0', ['7XXX', 'XXXXXX']], DE: ['49', '0', ['15X', 'XXXXXXXX']], FR: ['33', '0', ['6', 'XX', 'XX', 'XX', 'XX']],
  IN: ['91', '0', ['9XXXX', 'XXXXX']], BR: ['55', '0', ['XX', '9XXXX', 'XXXX']], JP: ['81', '0', ['90', 'XXXX', 'XXXX']], AU: ['61', '0', ['4XX', 'XXX', 'XXX']], ES: ['34', '', ['6XX', 'XXX', 'XXX']],
  IT: ['39', '', ['3XX', 'XXX', 'XXXX']], NL: ['31', '0', ['6', 'XXXXXXXX']], MX: ['52', '', ['55', 'XXXX', 'XXXX']], CN: ['86', '', ['13X', 'XXXX', 'XXXX']], KR: ['82', '0', ['10', 'XXXX', 'XXXX']],
  RU: ['7', '8', ['9XX', 'XXX', 'XX', 'XX']], PL: ['48', '', ['5XX', 'XXX', 'XXX']], SE: ['46', '0', ['7X', 'XXX', 'XX', 'XX']], NO: ['47', '', ['4XX', 'XX', 'XXX']], DK: ['45', '', ['2X', 'XX', 'XX', 'XX']],
  FI: ['358', '0', ['4X', 'XXX', 'XXXX']], CH: ['41', '0', ['7X', 'XXX', 'XX', 'XX']], AT: ['43', '0', ['66X', 'XXXXXXX']], BE: ['32', '0', ['4XX', 'XX', 'XX', 'XX']], PT: ['351', '', ['9X', 'XXX', 'XXXX']],
  IE: ['353', '0', ['8X', 'XXX', 'XXXX']], GR: ['30', '', ['69X', 'XXX', 'XXXX']], TR: ['90', '0', ['5XX', 'XXX', 'XX', 'XX']], IL: ['972', '0', ['5X', 'XXX', 'XXXX']], AE: ['971', '0', ['5X', 'XXX', 'XXXX']],
  SA: ['966', '0', ['5X', 'XXX', 'XXXX']], EG: ['20', '0', ['1X', 'XXXX', 'XXXX']], ZA: ['27', '0', ['8X', 'XXX', 'XXXX']], NG: ['234', '0', ['80X', 'XXX', 'XXXX']], KE: ['254', '0', ['7XX', 'XXXXXX']],
  AR: ['54', '0', ['9 11', 'XXXX', 'XXXX']], CL: ['56', '', ['9', 'XXXX', 'XXXX']], CO: ['57', '', ['3XX', 'XXX', 'XXXX']], PE: ['51', '', ['9XX', 'XXX', 'XXX']], SG: ['65', '', ['9XXX', 'XXXX']],
  MY: ['60', '0', ['1X', 'XXX', 'XXXX']], TH: ['66', '0', ['8X', 'XXX', 'XXXX']], VN: ['84', '0', ['9X', 'XXX', 'XX', 'XX']], PH: ['63', '0', ['9XX', 'XXX', 'XXXX']], ID: ['62', '0', ['8XX', 'XXXX', 'XXXX']],
  NZ: ['64', '0', ['2X', 'XXX', 'XXXX']], CZ: ['420', '', ['6XX', 'XXX', 'XXX']], HU: ['36', '06', ['30', 'XXX', 'XXXX']], RO: ['40', '0', ['7XX', 'XXX', 'XXX']], UA: ['380', '0', ['67', 'XXX', 'XX', 'XX']],
  PK: ['92', '0', ['3XX', 'XXXXXXX']], BD: ['880', '0', ['17XX', 'XXXXXX']],
};
export const PLAN_KEYS = Object.keys(PLANS);
export function phone(r, cc) {
  cc = cc || r.pick(PLAN_KEYS); const [code, trunk, groups] = PLANS[cc]; USED.plans.add(cc);
  const g = groups.map((p) => p.replace(/N/g, () => String(r.int(2, 9))).replace(/X/g, () => String(r.int(0, 9))));
  if (cc === 'US' || cc === 'CA') { if (g[1].startsWith('555')) g[1] = '5' + r.int(6, 9) + g[1][2]; const f = r.int(0, 3); return f === 0 ? `(${g[0]}) ${g[1]}-${g[2]}` : f === 1 ? `+1 ${g[0]}-${g[1]}-${g[2]}` : f === 2 ? `${g[0]}.${g[1]}.${g[2]}` : `+1 (${g[0]}) ${g[1]}-${g[2]}`; }
  const intl = r.chance(0.55); const sep = r.pick([' ', ' ', '-', '']);
  if (intl) return `+${code} ${g.join(sep || ' ')}`;
  if (cc === 'BR') return `(${g[0]}) ${g[1]}-${g[2]}`;
  return (trunk === '8' || trunk === '06' ? trunk + ' ' : trunk) + g.join(sep || ' ');
}

// checksum numbers
export function card(r, brand) {
  brand = brand || r.pick(['visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners', 'unionpay']);
  const spec = { visa: ['4', 16], mc: [String(r.int(51, 55)), 16], mc2: [String(r.int(2221, 2720)), 16], amex: [r.pick(['34', '37']), 15], disc: [r.pick(['6011', '65']), 16], jcb: [String(r.int(3528, 3589)), 16], diners: [r.pick(['36', '300', '305']), 14], unionpay: ['62' + r.int(2, 8), 16] }[brand];
  let d = spec[0] + r.digits(spec[1] - spec[0].length - 1); d += luhnDigit(d);
  const fmt = r.int(0, 3);
  if (fmt === 0) return d;
  const sep = fmt === 1 ? ' ' : fmt === 2 ? '-' : ' ';
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{1,4}/g).join(sep);
}
const BBAN_SHAPE = { GB: 'AAAANNNNNNNNNNNNNN', NL: 'AAAANNNNNNNNNN', IE: 'AAAANNNNNNNNNNNNNN', RO: 'AAAACCCCCCCCCCCCCCCC', BG: 'AAAANNNNNNNNNNNNNN', MT: 'AAAANNNNNCCCCCCCCCCCCCCCCCC', LV: 'AAAACCCCCCCCCCCCC', CY: 'NNNNNNNNCCCCCCCCCCCCCCCC', BR: 'NNNNNNNNNNNNNNNNNNNNNNNAC' };
export function iban(r, cc, spaced) {
  cc = cc || r.pick(Object.keys(IBAN_LEN)); const L = IBAN_LEN[cc] - 4;
  const shape = BBAN_SHAPE[cc] || 'N'.repeat(L);
  const bban = shape.split('').map((c) => c === 'A' ? r.pick(UPPER) : c === 'C' ? r.pick(UPALNUM) : String(r.int(0, 9))).join('');
  const s = cc + ibanCheck(cc, bban) + bban;
  return (spaced ?? r.chance(0.5)) ? s.match(/.{1,4}/g).join(' ') : s;
}
export function ssn(r, fmt) { let a; do a = r.int(1, 899); while (a === 666); const s = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')]; return (fmt ?? r.int(0, 3)) === 0 ? s.join('') : s.join('-'); }
export function itin(r) { const g = r.pick([...Array.from({ length: 16 }, (_, i) => 50 + i), ...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return `9${r.digits(2)}-${g}-${r.digits(4)}`; }
export function nhs(r) { let n, c; do { n = String(r.int(4, 6)) + r.digits(8); c = nhsCheck(n); } while (c === 10); const s = n + c; return r.chance(0.6) ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` : s; }
export function dea(r, surname) { const first = r.pick('ABFGMPR'.split('')); const sec = /^[A-Z]/.test(surname || '') ? surname[0] : r.pick(UPPER); const six = r.digits(6); return first + sec + six + deaDigit(six); }
export function usPassport(r) { return r.chance(0.6) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'C', 'E']) + r.digits(8); }
export const DL_STATES = {
  CA: (r) => r.pick(UPPER) + r.digits(7), NY: (r) => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, FL: (r) => `${r.pick(UPPER)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`,
  TX: (r) => r.pick(['1', '2', '4']) + r.digits(7), IL: (r) => `${r.pick(UPPER)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, WA: (r) => 'WDL' + r.chars(UPALNUM, 9), PA: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  OH: (r) => r.pick(UPPER) + r.pick(UPPER) + r.digits(6), MI: (r) => `${r.pick(UPPER)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, NJ: (r) => `${r.pick(UPPER)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`,
  WI: (r) => `${r.pick(UPPER)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`, MD: (r) => `${r.pick(UPPER)}-${r.digits(3)}-${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`, CO: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`,
  AZ: (r) => r.pick(['A', 'B', 'D']) + r.digits(8), GA: (r) => r.digits(9), MA: (r) => 'S' + r.digits(8), VA: (r) => `${r.pick(UPPER)}${r.digits(2)}-${r.digits(2)}-${r.digits(4)}`,
};
export function driverLicense(r, st) { st = st || r.pick(Object.keys(DL_STATES)); return { st, v: DL_STATES[st](r) }; }
export function bankAccount(r) { return r.digits(r.int(8, 17)).replace(/^0/, String(r.int(1, 9))); }
export function btc(r) { const t = r.int(0, 2); if (t === 0) return base58check(0, r.bytes(20)); if (t === 1) return base58check(5, r.bytes(20)); return bech32Segwit('bc', r.bytes(20)); }
export function ipv4(r) { switch (r.int(0, 3)) { case 0: return `203.0.113.${r.int(1, 254)}`; case 1: return `198.51.100.${r.int(1, 254)}`; case 2: return `${r.pick([31, 46, 77, 81, 89, 92, 101, 145, 176, 185, 188, 213])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; default: return `192.0.2.${r.int(1, 254)}`; } }
export function ipv6(r) { return `2001:db8:${r.chars(HEX, 4).replace(/^0+/, '') || '0'}:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xffff).toString(16)}`; }
const DOMAINS = ['mail.example', 'corp.example', 'post.test', 'kunden.example', 'inbox.invalid', 'acme-health.example', 'uni-campus.test', 'correo.example', 'laposte.test', 'firma.example'];
const ASCII_GIVEN = ['ana', 'j.kowalski', 'mehmet.yilmaz', 'li.wei', 'priya_r', 'tomas+billing', 'k.ng', 'oaoife', 'r.okafor', 'dr.haddad', 'sanne.devries', 'yui.takahashi', 'b.nguyen', 'wanjiru.k', 'lucia.ibanez', 'olga.m', 'hr-noreply', 'f.mueller', 'arjun.s', 'zsofia.nagy'];
export function email(r, hint) {
  const local = hint ? hint.toLowerCase().normalize('NFD').replace(/[^\x00-\x7f]/g, '').replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '') : '';
  const l = local && /^[a-z]/.test(local) ? local + (r.chance(0.3) ? r.int(1, 99) : '') : r.pick(ASCII_GIVEN) + (r.chance(0.4) ? r.int(1, 999) : '');
  return `${l}@${r.pick(DOMAINS)}`;
}
const P = (v, e) => ({ v, e, f: 'pii' });
export const pi = {
  person: (r, c) => P(person(r, c), 'PERSON'), phone: (r, c) => P(phone(r, c), 'PHONE_NUMBER'), email: (r, h) => P(email(r, h), 'EMAIL_ADDRESS'), city: (r, c) => P(city(r, c), 'LOCATION'),
  country: (r) => P(r.pick(COUNTRIES), 'LOCATION'), card: (r, b) => P(card(r, b), 'CREDIT_CARD'), iban: (r, c) => P(iban(r, c), 'IBAN_CODE'), ssn: (r) => P(ssn(r), 'US_SSN'), itin: (r) => P(itin(r), 'US_ITIN'),
  nhs: (r) => P(nhs(r), 'UK_NHS'), dea: (r, s) => P(dea(r, s), 'MEDICAL_LICENSE'), passport: (r) => P(usPassport(r), 'US_PASSPORT'), dl: (r, s) => P(driverLicense(r, s).v, 'US_DRIVER_LICENSE'),
  bank: (r) => P(bankAccount(r), 'US_BANK_NUMBER'), btc: (r) => P(btc(r), 'CRYPTO'), ip: (r) => P(r.chance(0.8) ? ipv4(r) : ipv6(r), 'IP_ADDRESS'),
};
