// Names and places from many cultures and scripts (invented combinations).
import { pick } from './lib.mjs';

const N = {
  en: [['Olivia', 'Liam', 'Harriet', 'Desmond', 'Maeve', 'Gareth', 'Shannon', 'Trevor'], ['Whitfield', 'Okafor-Reed', 'Pemberton', 'Gallagher', 'Hargreaves', 'McAllister', 'Thornbury', 'Ashdown']],
  es: [['Lucía', 'Mateo', 'Ximena', 'Alejandro', 'Guadalupe', 'Iñigo', 'Rocío'], ['García Ortega', 'Fernández', 'Villalobos', 'Etxeberria', 'Quintero', 'Muñoz Peña']],
  pt: [['João', 'Beatriz', 'Thiago', 'Conceição', 'Gonçalo', 'Luana'], ['Magalhães', 'Araújo', 'Nogueira', 'dos Santos Lima', 'Brandão']],
  de: [['Jürgen', 'Annegret', 'Lukas', 'Friederike', 'Malte', 'Sören'], ['Schäfer', 'Großmann', 'Wittkowski', 'Oberhuber', 'Brändle']],
  fr: [['Anaïs', 'Théo', 'Margaux', 'Élodie', 'Baptiste', 'Gaëlle'], ['Lefèvre', 'Dubois-Marchand', 'Rousseau', 'Benoît', 'Chevalier']],
  it: [['Giulia', 'Lorenzo', 'Chiara', 'Niccolò', 'Federica'], ['Esposito', 'Bianchi', 'Lo Russo', 'Ferraro', 'De Santis']],
  pl: [['Zofia', 'Wojciech', 'Agnieszka', 'Łukasz', 'Małgorzata'], ['Wiśniewski', 'Kowalczyk', 'Zieliński', 'Dąbrowska']],
  tr: [['Ayşe', 'Mehmet', 'Elif', 'Barış', 'Gülşen'], ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Kaya']],
  vi: [['Nguyễn Thị', 'Trần Văn', 'Lê Minh', 'Phạm Quốc'], ['Hoa', 'Dũng', 'Anh', 'Bảo']],
  yo: [['Adebayo', 'Folasade', 'Oluwaseun', 'Chiamaka', 'Emeka', 'Ngozi'], ['Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Nwachukwu']],
  sw: [['Wanjiru', 'Baraka', 'Amani', 'Njeri', 'Otieno'], ['Kamau', 'Mwangi', 'Odhiambo', 'Wekesa']],
  ar_lat: [['Youssef', 'Fatima', 'Omar', 'Layla', 'Khaled', 'Nour'], ['Al-Rashid', 'Haddad', 'El-Masri', 'Benali', 'Qureshi']],
  in_lat: [['Priya', 'Arjun', 'Ananya', 'Venkatesh', 'Harpreet', 'Sneha'], ['Raghunathan', 'Chatterjee', 'Iyer', 'Kaur', 'Deshpande', 'Subramaniam']],
  zh_lat: [['Wei', 'Xiaoling', 'Jun', 'Mei-Ling', 'Zhiwei'], ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhou']],
  ko_lat: [['Ji-hoon', 'Seo-yeon', 'Min-jun', 'Ha-eun'], ['Park', 'Kim', 'Choi', 'Jeong']],
  ja_lat: [['Haruto', 'Yui', 'Sota', 'Aoi', 'Kenji'], ['Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura']],
  nl: [['Sanne', 'Daan', 'Femke', 'Joost'], ['van der Berg', 'de Vries', 'Bakker', 'Janssens']],
  nord: [['Sigrid', 'Henrik', 'Astrid', 'Øystein', 'Åsa'], ['Lindqvist', 'Haugen', 'Sørensen', 'Virtanen']],
  he_lat: [['Noa', 'Yonatan', 'Tamar', 'Avi'], ['Ben-David', 'Friedman', 'Mizrahi', 'Katz']],
  fil: [['Maricel', 'Jomar', 'Rowena', 'Dindo'], ['Dela Cruz', 'Bautista', 'Macaraeg', 'Villanueva']],
};
// native-script full names (already ordered as written)
const NATIVE = {
  ru: ['Алексей Смирнов', 'Екатерина Волкова', 'Дмитрий Соколов', 'Наталья Кузнецова', 'Игорь Павлов'],
  uk: ['Оксана Шевченко', 'Тарас Бондаренко', 'Ірина Коваленко'],
  el: ['Γιώργος Παπαδόπουλος', 'Ελένη Νικολάου', 'Δημήτρης Κωνσταντίνου'],
  ar: ['محمد العتيبي', 'فاطمة الزهراء', 'أحمد منصور', 'ليلى حداد'],
  he: ['יונתן כהן', 'מיכל לוי', 'אבי פרידמן'],
  hi: ['राहुल शर्मा', 'प्रिया वर्मा', 'अनिल कुमार'],
  ta: ['செல்வி முருகன்', 'கார்த்திக் ராஜா'],
  zh: ['王伟', '李娜', '张晓明', '陈美玲', '刘洋'],
  ja: ['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健'],
  ko: ['김민준', '이서연', '박지훈', '최유진'],
  th: ['สมชาย ใจดี', 'สุภาพร ศรีสุข'],
  ka: ['ნინო ბერიძე', 'გიორგი კაპანაძე'],
  am: ['አበበ ቢቂላ', 'ሰላም ተስፋዬ'],
  fa: ['مریم رضایی', 'علی حسینی'],
};
const LAT = Object.keys(N);
export function person(opts = {}) {
  if (!opts.latin && pick([0, 0, 0, 1]) === 1) {
    const k = pick(Object.keys(NATIVE)); const full = pick(NATIVE[k]);
    return { full, first: full.split(/\s+/)[0], last: full.split(/\s+/).slice(1).join(' ') || '', native: true, culture: k };
  }
  const k = opts.culture && N[opts.culture] ? opts.culture : pick(LAT);
  const first = pick(N[k][0]); const last = pick(N[k][1]);
  return { full: `${first} ${last}`, first, last, native: false, culture: k };
}
export const CITIES = [
  'São Paulo', 'Zürich', 'München', 'Kraków', 'Reykjavík', 'Montréal', 'Bogotá', 'Lagos', 'Nairobi', 'Accra', 'Chennai', 'Pune', 'Cebu City',
  'Ho Chi Minh City', 'Chiang Mai', 'Osaka', 'Busan', 'Kaohsiung', 'Wellington', 'Brisbane', 'Valparaíso', 'Guadalajara', 'Rosario',
  'Toulouse', 'Göteborg', 'Tampere', 'Thessaloniki', 'İzmir', 'Casablanca', 'Alexandria', 'Tbilisi', 'Ljubljana', 'Porto', 'Bilbao', 'Leeds',
  'Cork', 'Rotterdam', 'Antwerpen', 'Graz', 'Brno', 'Dayton', 'Boise', 'Tucson', 'Spokane', 'Savannah', 'Halifax', 'Durban', 'Kumasi',
  'Москва', 'Новосибирск', 'Київ', 'Αθήνα', 'القاهرة', 'الرياض', 'תל אביב', 'मुंबई', 'बेंगलुरु', '東京', '大阪市', '北京', '上海', '서울', '부산', 'กรุงเทพมหานคร', 'თბილისი', 'İstanbul',
];
export const COUNTRIES = ['Deutschland', 'España', 'Brasil', 'Nigeria', 'Kenya', 'India', 'Japan', 'Polska', 'Türkiye', 'Việt Nam', 'México', 'Canada', 'Ireland', 'Norge', 'Ελλάδα', 'Україна', '日本', '대한민국', 'Philippines', 'Argentina', 'Egypt', 'New Zealand', 'Suomi', 'Schweiz'];
const STREETS = [
  () => `${pick([12, 48, 221, 1600, 77, 9, 305, 4410])} ${pick(['Maple Avenue', 'Harbor Blvd', 'W 34th Street', 'Old Mill Road', 'Kingsway', 'Elm Court'])}${pick(['', ', Apt 4B', ', Suite 210', ' Unit 7'])}`,
  () => `${pick(['Hauptstraße', 'Kastanienallee', 'Lindenweg', 'Schillerplatz'])} ${pick([3, 17, 42, 118])}${pick(['', 'a'])}`,
  () => `${pick([5, 18, 27, 140])} ${pick(['rue de la République', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'rue des Lilas'])}`,
  () => `${pick(['Calle de Alcalá', 'Avenida Insurgentes Sur', 'Carrer de Mallorca', 'Rua Augusta', 'Av. Paulista'])} ${pick([15, 88, 402, 1578])}${pick(['', ', 3º B', ', piso 2'])}`,
  () => `${pick(['Via Garibaldi', 'Corso Vittorio Emanuele', 'Via dei Mille'])} ${pick([2, 19, 64])}`,
  () => `ul. ${pick(['Marszałkowska', 'Długa', 'Piotrkowska'])} ${pick([7, 33, 120])}/${pick([2, 15])}`,
  () => `${pick(['東京都渋谷区神南1-2-3', '大阪府大阪市北区梅田3-1-1', '京都市左京区北白川4丁目'])}`,
  () => `${pick(['서울특별시 강남구 테헤란로 152', '부산광역시 해운대구 센텀로 99'])}`,
  () => `${pick(['ул. Ленина, д. 15, кв. 42', 'Невский проспект, 28', 'ул. Тверская, 7'])}`,
  () => `${pick(['Plot 14, Admiralty Way, Lekki Phase 1', '22 Ngong Road, Kilimani', '5 Osu Badu Street'])}`,
  () => `${pick(['Flat 3, 27 Brunswick Square', '14 Larkspur Close', '9 Queen Street'])}`,
  () => `${pick(['42 MG Road, Indiranagar', 'B-204, Sector 62', 'Plot 7, Banjara Hills'])}`,
  () => `${pick(['شارع التحرير ١٢', 'شارع الملك فهد'])}`,
  () => `${pick(['123 Nguyễn Huệ, Quận 1', '45 Lê Lợi'])}`,
];
export const street = () => pick(STREETS)();
export const city = () => pick(CITIES);
export const country = () => pick(COUNTRIES);

// Coherent addresses: street line, city and country of one region (+ its phone plan).
const n = () => pick([3, 7, 12, 18, 27, 42, 56, 88, 104, 221, 315, 1578]);
export const REGIONS = [
  { cc: 'US', country: 'USA', cities: ['Dayton', 'Boise', 'Tucson', 'Spokane', 'Savannah', 'Albuquerque', 'Madison'], st: () => `${n()} ${pick(['Maple Avenue', 'Harbor Blvd', 'W 34th Street', 'Old Mill Road', 'Elm Court', 'Juniper Lane'])}${pick(['', ', Apt 4B', ', Suite 210', ' Unit 7'])}` },
  { cc: 'GB', country: 'United Kingdom', cities: ['Leeds', 'Bristol', 'Norwich', 'Cardiff', 'Sheffield'], st: () => `${pick(['Flat 3, ', '', ''])}${n()} ${pick(['Brunswick Square', 'Larkspur Close', 'Queen Street', 'Mill Lane'])}` },
  { cc: 'DE', country: 'Deutschland', cities: ['München', 'Köln', 'Leipzig', 'Hamburg', 'Freiburg im Breisgau'], st: () => `${pick(['Hauptstraße', 'Kastanienallee', 'Lindenweg', 'Schillerplatz', 'Bahnhofstr.'])} ${n()}${pick(['', 'a', 'b'])}` },
  { cc: 'FR', country: 'France', cities: ['Toulouse', 'Lyon', 'Nantes', 'Lille', 'Montpellier'], st: () => `${n()} ${pick(['rue de la République', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'rue des Lilas'])}` },
  { cc: 'ES', country: 'España', cities: ['Bilbao', 'Sevilla', 'Valencia', 'Zaragoza'], st: () => `${pick(['Calle de Alcalá', 'Carrer de Mallorca', 'Avenida de la Constitución'])} ${n()}${pick(['', ', 3º B', ', piso 2'])}` },
  { cc: 'MX', country: 'México', cities: ['Guadalajara', 'Monterrey', 'Puebla', 'Ciudad de México'], st: () => `${pick(['Avenida Insurgentes Sur', 'Calle Morelos', 'Av. Juárez'])} ${n()}, Col. ${pick(['Roma Norte', 'Centro', 'Del Valle'])}` },
  { cc: 'BR', country: 'Brasil', cities: ['São Paulo', 'Belo Horizonte', 'Curitiba', 'Recife'], st: () => `${pick(['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Av. Sete de Setembro'])}, ${n()}${pick(['', ' - apto 52', ' - sala 3'])}` },
  { cc: 'IT', country: 'Italia', cities: ['Torino', 'Bologna', 'Napoli', 'Firenze'], st: () => `${pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille'])} ${n()}` },
  { cc: 'PL', country: 'Polska', cities: ['Kraków', 'Łódź', 'Wrocław', 'Gdańsk'], st: () => `ul. ${pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Świętokrzyska'])} ${n()}/${pick([2, 15, 4])}` },
  { cc: 'JP', country: '日本', cities: ['東京都', '大阪市', '京都市', '札幌市'], st: () => pick(['渋谷区神南1-2-3', '北区梅田3-1-1', '左京区北白川4丁目5', '中央区北1条西2丁目']) },
  { cc: 'KR', country: '대한민국', cities: ['서울특별시', '부산광역시', '인천광역시'], st: () => pick(['강남구 테헤란로 152', '해운대구 센텀로 99', '연수구 송도과학로 32']) },
  { cc: 'RU', country: 'Россия', cities: ['Москва', 'Санкт-Петербург', 'Новосибирск', 'Казань'], st: () => pick(['ул. Ленина, д. 15, кв. 42', 'Невский проспект, 28', 'ул. Тверская, 7, кв. 3']) },
  { cc: 'UA', country: 'Україна', cities: ['Київ', 'Львів', 'Одеса'], st: () => pick(['вул. Хрещатик, 22', 'вул. Шевченка, 5, кв. 14']) },
  { cc: 'GR', country: 'Ελλάδα', cities: ['Αθήνα', 'Θεσσαλονίκη'], st: () => pick(['Οδός Ερμού 25', 'Λεωφόρος Συγγρού 112']) },
  { cc: 'NG', country: 'Nigeria', cities: ['Lagos', 'Abuja', 'Ibadan'], st: () => pick(['Plot 14, Admiralty Way, Lekki Phase 1', '7 Awolowo Road, Ikoyi', '22 Aminu Kano Crescent, Wuse 2']) },
  { cc: 'KE', country: 'Kenya', cities: ['Nairobi', 'Mombasa', 'Kisumu'], st: () => pick(['22 Ngong Road, Kilimani', 'Moi Avenue, Sunrise Plaza 4th floor']) },
  { cc: 'IN', country: 'India', cities: ['Bengaluru', 'Pune', 'Chennai', 'मुंबई', 'Hyderabad'], st: () => pick(['42 MG Road, Indiranagar', 'B-204, Sector 62', 'Plot 7, Banjara Hills', 'Flat 1102, Hiranandani Gardens, Powai']) },
  { cc: 'EG', country: 'مصر', cities: ['القاهرة', 'الإسكندرية'], st: () => pick(['شارع التحرير ١٢', '٤٥ شارع جامعة الدول العربية']) },
  { cc: 'SA', country: 'السعودية', cities: ['الرياض', 'جدة'], st: () => pick(['شارع الملك فهد', 'طريق الأمير سلطان']) },
  { cc: 'IL', country: 'ישראל', cities: ['תל אביב', 'חיפה', 'ירושלים'], st: () => pick(['רחוב הרצל 14', 'שדרות רוטשילד 22']) },
  { cc: 'VN', country: 'Việt Nam', cities: ['Ho Chi Minh City', 'Hà Nội', 'Đà Nẵng'], st: () => pick(['123 Nguyễn Huệ, Quận 1', '45 Lê Lợi, Hoàn Kiếm']) },
  { cc: 'TH', country: 'ประเทศไทย', cities: ['กรุงเทพมหานคร', 'Chiang Mai'], st: () => pick(['99 ถนนสุขุมวิท', '12 Nimmanhaemin Rd Soi 7']) },
  { cc: 'CN', country: '中国', cities: ['北京', '上海', '深圳'], st: () => pick(['朝阳区建国路88号', '浦东新区世纪大道100号']) },
  { cc: 'AU', country: 'Australia', cities: ['Brisbane', 'Adelaide', 'Hobart'], st: () => `${n()} ${pick(['Wattle Street', 'George St', 'Banksia Drive'])}` },
  { cc: 'CA', country: 'Canada', cities: ['Montréal', 'Halifax', 'Calgary'], st: () => `${n()} ${pick(['rue Saint-Denis', 'Spring Garden Road', '17 Ave SW'])}` },
  { cc: 'TR', country: 'Türkiye', cities: ['İstanbul', 'İzmir', 'Ankara'], st: () => pick(['Bağdat Cad. No: 112 D: 5', 'İstiklal Cd. 45']) },
  { cc: 'GE', country: 'საქართველო', cities: ['თბილისი', 'ბათუმი'], st: () => pick(['რუსთაველის გამზ. 12', 'ჭავჭავაძის 37']) },
  { cc: 'PH', country: 'Philippines', cities: ['Cebu City', 'Quezon City', 'Davao City'], st: () => pick(['Unit 5B, 32nd St, BGC', 'Lot 7 Mabini St']) },
];
export const addr = () => { const r = pick(REGIONS); return { street: r.st(), city: pick(r.cities), country: r.country, cc: r.cc === 'GE' ? 'TR' : r.cc }; };
export const addrIn = (cc) => { const r = REGIONS.find((x) => x.cc === cc); return { street: r.st(), city: pick(r.cities), country: r.country, cc }; };
