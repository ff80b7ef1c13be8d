// blind9 PII values: people, places, phones, ids; all fake but check-digit valid.
import { R, A, P, L, luhnCheck, ibanMod97, base58check, segwitAddr, sha256 } from './lib.mjs';

// culture: [given names], [family names], order ('gf' given-first, 'fg' family-first), tld hint, country phone code
// entries "display|romanized" for non-Latin scripts
const C = {
  us: { g: ['Jennifer', 'Marcus', 'Tyler', 'Brianna', 'DeShawn', 'Kayla', 'Robert', 'Shannon'], f: ['Whitaker', 'Okafor', 'Delgado', 'McAllister', 'Brennan', 'Hollis', 'Pruitt', 'Castellano'], cc: 'US' },
  gb: { g: ['Siobhan', 'Alistair', 'Harriet', 'Callum', 'Imogen', 'Rhys', 'Priya', 'Oliver'], f: ['Featherstone', 'Pemberton', 'Llewellyn', 'Ashworth', 'Cartwright', 'Patel', 'Oduya', 'Hargreaves'], cc: 'GB' },
  de: { g: ['Jürgen', 'Anneliese', 'Maximilian', 'Friederike', 'Lukas', 'Sünje', 'Dietmar', 'Hannelore'], f: ['Schäfer', 'Großmann', 'Köhler', 'Brandtner', 'Wüstefeld', 'Zimmermann', 'Oßwald', 'Hübner'], cc: 'DE' },
  fr: { g: ['Amélie', 'Benoît', 'Élodie', 'François', 'Gaëlle', 'Thibault', 'Océane', 'Loïc'], f: ['Lefèvre', 'Dubois-Marchand', 'Rousseau', 'Garnier', 'Béranger', 'Fontaine', 'Lacroix', 'Chevalier'], cc: 'FR' },
  es: { g: ['Ángela', 'Íñigo', 'Begoña', 'Sergio', 'Nuria', 'Joaquín', 'Lucía', 'Xabier'], f: ['García Ordóñez', 'Martínez', 'Echeverría', 'Iglesias', 'Peña Robles', 'Vázquez', 'Sanz', 'Urrutia'], cc: 'ES' },
  it: { g: ['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Federica', 'Niccolò', 'Alessandra', 'Gianluca'], f: ['Bianchi', 'Esposito', 'Colombo', 'De Luca', 'Ferraro', 'Mancini', 'Santoro', 'Rinaldi'], cc: 'IT' },
  br: { g: ['João', 'Thaís', 'Caio', 'Letícia', 'Gustavo', 'Conceição', 'Rafael', 'Luana'], f: ['da Silva', 'Albuquerque', 'Gonçalves', 'Nascimento', 'Figueiredo', 'Araújo', 'Carvalho', 'Magalhães'], cc: 'BR' },
  nl: { g: ['Sanne', 'Joris', 'Femke', 'Maarten', 'Noor', 'Pieter', 'Lieke', 'Bram'], f: ['van den Berg', 'de Vries', 'Bakker', 'Visser', 'van Dijk', 'Smit', 'Mulder', 'de Groot'], cc: 'NL' },
  pl: { g: ['Małgorzata', 'Krzysztof', 'Agnieszka', 'Paweł', 'Zofia', 'Grzegorz', 'Katarzyna', 'Łukasz'], f: ['Wiśniewski', 'Kowalczyk', 'Zieliński', 'Wójcik', 'Szymańska', 'Dąbrowski', 'Lewandowska', 'Kamiński'], cc: 'PL' },
  ru: { g: ['Дмитрий|Dmitry', 'Екатерина|Ekaterina', 'Алексей|Alexey', 'Наталья|Natalya', 'Сергей|Sergey', 'Ольга|Olga'], f: ['Смирнов|Smirnov', 'Кузнецова|Kuznetsova', 'Волков|Volkov', 'Соколова|Sokolova', 'Попов|Popov', 'Лебедева|Lebedeva'], cc: 'RU' },
  gr: { g: ['Γιώργος|Giorgos', 'Ελένη|Eleni', 'Νίκος|Nikos', 'Κατερίνα|Katerina'], f: ['Παπαδόπουλος|Papadopoulos', 'Οικονόμου|Oikonomou', 'Γεωργίου|Georgiou', 'Νικολάου|Nikolaou'], cc: 'GR' },
  ar: { g: ['محمد|Mohammed', 'فاطمة|Fatima', 'يوسف|Youssef', 'ليلى|Layla', 'عمر|Omar', 'نور|Nour'], f: ['الحسيني|Al-Husseini', 'المنصوري|Al-Mansouri', 'حداد|Haddad', 'الزهراني|Al-Zahrani', 'بن علي|Ben Ali', 'خوري|Khoury'], cc: 'AE' },
  arLat: { g: ['Karim', 'Yasmin', 'Tariq', 'Samira', 'Hamza', 'Rania'], f: ['El-Amin', 'Benali', 'Haddad', 'Nasser', 'Mansour', 'Bouzid'], cc: 'FR' },
  in: { g: ['Aarav', 'Priyanka', 'Venkatesh', 'Ananya', 'Rohan', 'Lakshmi', 'Siddharth', 'Divya'], f: ['Sharma', 'Iyer', 'Reddy', 'Chatterjee', 'Nair', 'Deshpande', 'Gupta', 'Krishnamurthy'], cc: 'IN' },
  hi: { g: ['राहुल|Rahul', 'सुनीता|Sunita', 'अमित|Amit', 'पूजा|Pooja'], f: ['वर्मा|Verma', 'शर्मा|Sharma', 'यादव|Yadav', 'मिश्रा|Mishra'], cc: 'IN' },
  cn: { g: ['伟|Wei', '秀英|Xiuying', '志强|Zhiqiang', '丽娜|Lina', '浩然|Haoran', '静|Jing'], f: ['王|Wang', '李|Li', '张|Zhang', '刘|Liu', '陈|Chen', '黄|Huang'], order: 'fg', nospace: true, cc: 'CN' },
  cnLat: { g: ['Wei', 'Mei', 'Jun', 'Xiaoling', 'Hao', 'Yu'], f: ['Zhang', 'Chen', 'Liu', 'Zhou', 'Xu', 'Lin'], cc: 'SG' },
  jp: { g: ['翔太|Shota', '美咲|Misaki', '健一|Kenichi', '由美|Yumi', '大輔|Daisuke', 'さくら|Sakura'], f: ['佐藤|Sato', '鈴木|Suzuki', '高橋|Takahashi', '田中|Tanaka', '渡辺|Watanabe', '山本|Yamamoto'], order: 'fg', nospace: true, cc: 'JP' },
  jpLat: { g: ['Haruto', 'Yui', 'Takeshi', 'Aiko', 'Ren'], f: ['Nakamura', 'Kobayashi', 'Ito', 'Kato', 'Yoshida'], cc: 'JP' },
  kr: { g: ['민준|Minjun', '서연|Seoyeon', '지훈|Jihoon', '하은|Haeun', '도윤|Doyun'], f: ['김|Kim', '이|Lee', '박|Park', '최|Choi', '정|Jung'], order: 'fg', nospace: true, cc: 'KR' },
  vn: { g: ['Minh Anh', 'Quang Huy', 'Thu Trang', 'Đức Thắng', 'Ngọc Lan'], f: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'], order: 'fg', cc: 'VN' },
  tr: { g: ['Emre', 'Zeynep', 'Mehmet', 'Elif', 'Burak', 'Ayşe'], f: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'], cc: 'TR' },
  ng: { g: ['Chinedu', 'Adaeze', 'Oluwaseun', 'Ngozi', 'Babatunde', 'Folake'], f: ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Adebayo'], cc: 'NG' },
  ke: { g: ['Wanjiru', 'Otieno', 'Achieng', 'Kamau', 'Njeri'], f: ['Mwangi', 'Odhiambo', 'Kiptoo', 'Wambui', 'Omondi'], cc: 'KE' },
  il: { g: ['נועה|Noa', 'איתי|Itai', 'תמר|Tamar', 'יונתן|Yonatan'], f: ['כהן|Cohen', 'לוי|Levi', 'מזרחי|Mizrahi', 'פרץ|Peretz'], cc: 'IL' },
  th: { g: ['สมชาย|Somchai', 'มาลี|Malee', 'ณัฐ|Nat'], f: ['ศรีสุข|Srisuk', 'วงศ์ใหญ่|Wongyai', 'ทองดี|Thongdee'], cc: 'TH' },
  nord: { g: ['Ingrid', 'Sigurður', 'Åsa', 'Mikko', 'Björn', 'Aino'], f: ['Lindqvist', 'Sigurðsson', 'Virtanen', 'Østergaard', 'Johansson', 'Korhonen'], cc: 'SE' },
  ie: { g: ['Aoife', 'Pádraig', 'Niamh', 'Ciarán', 'Saoirse'], f: ["O'Sullivan", 'Ní Bhriain', 'McCarthy', 'Ó Súilleabháin', 'Gallagher'], cc: 'GB' },
  mx: { g: ['Guadalupe', 'Alejandro', 'Ximena', 'Jesús', 'Itzel'], f: ['Hernández', 'López Obrador', 'Ramírez', 'Cuauhtémoc', 'Torres'], cc: 'MX' },
  au: { g: ['Bronwyn', 'Lachlan', 'Matilda', 'Hamish'], f: ['Fitzgerald', 'Nguyen', 'Kowalski', 'Thompson'], cc: 'AU' },
};
export const CULTURES = Object.keys(C);
const split = (x) => { const [d, r] = x.split('|'); return { d, r: r || d }; };
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[ðÐ]/g, 'd').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i').replace(/[^A-Za-z0-9 '-]/g, '');
export function person(cult = R.pick(CULTURES)) {
  const c = C[cult]; const g = split(R.pick(c.g)), f = split(R.pick(c.f));
  const fg = c.order === 'fg';
  const full = fg ? (c.nospace ? f.d + g.d : `${f.d} ${g.d}`) : `${g.d} ${f.d}`;
  const rg = ascii(g.r), rf = ascii(f.r);
  return { cult, cc: c.cc, first: g.d, last: f.d, full, rfirst: rg, rlast: rf, roman: fg && !c.nospace ? `${rf} ${rg}` : `${rg} ${rf}`,
    span: (v) => P('PERSON', v || full) };
}
const DOMAINS = ['acme.example', 'mail.example', 'northwind.test', 'globex.example', 'post.invalid', 'initech.example', 'kundenservice.example', 'correo.test', 'umbrella-health.example', 'fastmail.example', 'uni-hamburg.example', 'contoso.test'];
export function email(p = person(), dom = R.pick(DOMAINS)) {
  const f = p.rfirst.toLowerCase().replace(/[^a-z]/g, ''), l = p.rlast.toLowerCase().replace(/[^a-z]/g, '');
  const local = R.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${R.int(1, 99)}`, `${l}.${f[0]}`, `${f}+${R.pick(['billing', 'jira', 'news'])}`, `${f}${l[0]}${R.int(70, 99)}`, `${f}-${l}`]);
  return P('EMAIL_ADDRESS', `${local}@${dom}`);
}
// phones in real numbering plans
const d = R.digits;
const PH = {
  US: () => { const a = R.pick(['212', '415', '617', '312', '206', '512', '303', '404', '213', '646', '702', '919']); const ex = R.int(2, 9) + d(2); const n = d(4);
    return R.pick([`(${a}) ${ex}-${n}`, `+1 ${a}-${ex}-${n}`, `${a}.${ex}.${n}`, `+1 (${a}) ${ex} ${n}`, `1-${a}-${ex}-${n}`]); },
  CA: () => { const a = R.pick(['416', '604', '514', '403', '613']); return R.pick([`(${a}) ${R.int(2, 9)}${d(2)}-${d(4)}`, `+1 ${a} ${R.int(2, 9)}${d(2)} ${d(4)}`]); },
  GB: () => R.pick([`+44 20 7946 0${d(3)}`, `020 7946 0${d(3)}`, `+44 7700 900${d(3)}`, `07700 900${d(3)}`, `+44 161 496 0${d(3)}`, `0113 496 0${d(3)}`]),
  DE: () => R.pick([`+49 30 ${d(8)}`, `030 ${d(4)} ${d(4)}`, `+49 151 ${d(8)}`, `0171 ${d(7)}`, `+49 (0)89 ${d(3)} ${d(4)}`, `0049 40 ${d(8)}`]),
  FR: () => { const m = R.pick(['6', '7', '1', '4']); const g = [d(2), d(2), d(2), d(2)]; return R.pick([`+33 ${m} ${g.join(' ')}`, `0${m} ${g.join(' ')}`, `0${m}.${g.join('.')}`, `+33 (0)${m} ${g.join(' ')}`]); },
  ES: () => R.pick([`+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `6${d(2)} ${d(3)} ${d(3)}`, `+34 91 ${d(3)} ${d(2)} ${d(2)}`]),
  IT: () => R.pick([`+39 3${d(2)} ${d(3)} ${d(4)}`, `3${d(2)} ${d(7)}`, `+39 06 ${d(4)} ${d(4)}`, `02 ${d(4)} ${d(4)}`]),
  NL: () => R.pick([`+31 6 ${d(4)} ${d(4)}`, `06-${d(8)}`, `+31 20 ${d(3)} ${d(4)}`, `020-${d(3)} ${d(4)}`]),
  BR: () => R.pick([`+55 11 9${d(4)}-${d(4)}`, `(11) 9${d(4)}-${d(4)}`, `+55 21 9${d(4)} ${d(4)}`, `(31) 3${d(3)}-${d(4)}`]),
  MX: () => R.pick([`+52 55 ${d(4)} ${d(4)}`, `55 ${d(4)} ${d(4)}`, `+52 1 33 ${d(4)} ${d(4)}`, `(81) ${d(4)}-${d(4)}`]),
  JP: () => R.pick([`+81 3-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `090-${d(4)}-${d(4)}`, `+81 90 ${d(4)} ${d(4)}`, `06-${d(4)}-${d(4)}`]),
  KR: () => R.pick([`+82 10-${d(4)}-${d(4)}`, `010-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`]),
  CN: () => R.pick([`+86 138 ${d(4)} ${d(4)}`, `139${d(8)}`, `+86 10 ${d(4)} ${d(4)}`, `021-${d(8)}`]),
  IN: () => R.pick([`+91 98${d(3)} ${d(5)}`, `+91-9${d(9)}`, `09${d(2)}${d(3)} ${d(5)}`, `+91 22 ${d(4)} ${d(4)}`, `080-${d(8)}`]),
  AU: () => R.pick([`+61 4${d(2)} ${d(3)} ${d(3)}`, `04${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `+61 3 ${d(4)} ${d(4)}`]),
  PL: () => R.pick([`+48 ${R.pick(['5', '6', '7', '8'])}${d(2)} ${d(3)} ${d(3)}`, `${R.pick(['50', '60', '79'])}${d(1)}-${d(3)}-${d(3)}`]),
  SE: () => R.pick([`+46 70 ${d(3)} ${d(2)} ${d(2)}`, `070-${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(3)} ${d(2)}`]),
  RU: () => R.pick([`+7 916 ${d(3)}-${d(2)}-${d(2)}`, `8 (495) ${d(3)}-${d(2)}-${d(2)}`, `+7 (812) ${d(3)} ${d(2)} ${d(2)}`]),
  GR: () => R.pick([`+30 69${d(1)} ${d(3)} ${d(4)}`, `210 ${d(3)} ${d(4)}`]),
  TR: () => R.pick([`+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `0 (5${d(2)}) ${d(3)} ${d(2)} ${d(2)}`, `+90 212 ${d(3)} ${d(2)} ${d(2)}`]),
  AE: () => R.pick([`+971 50 ${d(3)} ${d(4)}`, `050 ${d(3)} ${d(4)}`, `+971 4 ${d(3)} ${d(4)}`]),
  NG: () => R.pick([`+234 803 ${d(3)} ${d(4)}`, `0805 ${d(3)} ${d(4)}`, `+234 1 ${d(3)} ${d(4)}`]),
  KE: () => R.pick([`+254 7${d(2)} ${d(3)} ${d(3)}`, `07${d(2)} ${d(6)}`]),
  ZA: () => R.pick([`+27 82 ${d(3)} ${d(4)}`, `011 ${d(3)} ${d(4)}`]),
  IL: () => R.pick([`+972 52-${d(3)}-${d(4)}`, `03-${d(3)}-${d(4)}`]),
  TH: () => R.pick([`+66 81 ${d(3)} ${d(4)}`, `02-${d(3)}-${d(4)}`]),
  VN: () => R.pick([`+84 91 ${d(3)} ${d(2)} ${d(2)}`, `0912 ${d(3)} ${d(3)}`]),
  SG: () => R.pick([`+65 9${d(3)} ${d(4)}`, `+65 6${d(3)} ${d(4)}`]),
};
export function phone(cc) { if (!PH[cc]) cc = R.pick(Object.keys(PH)); return P('PHONE_NUMBER', PH[cc]()); }
// places
const CITIES = [['San Francisco', 'USA'], ['Austin', 'Texas'], ['Chicago', 'Illinois'], ['Seattle', 'Washington'], ['Boston', 'Massachusetts'], ['Denver', 'Colorado'], ['Toronto', 'Canada'], ['Vancouver', 'Canada'], ['Manchester', 'United Kingdom'], ['Edinburgh', 'Scotland'], ['Leeds', 'England'],
  ['München', 'Deutschland'], ['Köln', 'Germany'], ['Hamburg', 'Germany'], ['Lyon', 'France'], ['Marseille', 'France'], ['Toulouse', 'France'], ['Sevilla', 'España'], ['Bilbao', 'Spain'], ['Valencia', 'Spain'], ['Torino', 'Italia'], ['Napoli', 'Italy'],
  ['São Paulo', 'Brasil'], ['Belo Horizonte', 'Brazil'], ['Rotterdam', 'Netherlands'], ['Utrecht', 'Nederland'], ['Kraków', 'Polska'], ['Gdańsk', 'Poland'], ['Москва', 'Россия'], ['Санкт-Петербург', 'Россия'], ['Αθήνα', 'Ελλάδα'], ['Thessaloniki', 'Greece'],
  ['دبي', 'الإمارات'], ['Dubai', 'UAE'], ['Casablanca', 'Morocco'], ['القاهرة', 'مصر'], ['Mumbai', 'India'], ['Bengaluru', 'Karnataka'], ['मुंबई', 'भारत'], ['Chennai', 'India'], ['上海', '中国'], ['Shenzhen', 'China'], ['東京', '日本'], ['大阪府大阪市', '日本'], ['Sapporo', 'Japan'],
  ['서울특별시', '대한민국'], ['Busan', 'South Korea'], ['Hà Nội', 'Việt Nam'], ['Ho Chi Minh City', 'Vietnam'], ['İstanbul', 'Türkiye'], ['Ankara', 'Turkey'], ['Lagos', 'Nigeria'], ['Abuja', 'Nigeria'], ['Nairobi', 'Kenya'], ['Mombasa', 'Kenya'], ['Cape Town', 'South Africa'],
  ['תל אביב', 'ישראל'], ['Haifa', 'Israel'], ['กรุงเทพมหานคร', 'ประเทศไทย'], ['Chiang Mai', 'Thailand'], ['Reykjavík', 'Iceland'], ['Göteborg', 'Sverige'], ['Tampere', 'Finland'], ['Aarhus', 'Denmark'], ['Cork', 'Ireland'], ['Galway', 'Éire'], ['Guadalajara', 'México'], ['Monterrey', 'Mexico'], ['Melbourne', 'Australia'], ['Brisbane', 'Queensland'], ['Singapore', 'Singapore']];
export const city = () => { const [c] = R.pick(CITIES); return P('LOCATION', c); };
export const cityCountry = () => { const [c, k] = R.pick(CITIES); return P('LOCATION', R.chance(0.5) ? `${c}, ${k}` : c); };
export const country = () => P('LOCATION', R.pick(['Portugal', 'Germany', 'Brazil', 'Japan', 'Nigeria', 'Canada', 'India', 'Polska', 'Österreich', 'Schweiz', 'Belgique', 'Norge', 'Chile', 'Argentina', 'Colombia', 'Peru', 'Egypt', 'Indonesia', 'Philippines', 'New Zealand']));
const STREETS = [() => `${R.int(1, 9999)} ${R.pick(['Maple', 'Oak', 'Sycamore', 'Lincoln', 'Juniper', 'Ridgeview', 'Harbor'])} ${R.pick(['Street', 'Ave', 'Blvd', 'Lane', 'Drive', 'Court'])}${R.chance(0.3) ? ', Apt ' + R.int(1, 40) + R.pick(['A', 'B', '']) : ''}`,
  () => `${R.pick(['Hauptstraße', 'Lindenallee', 'Schillerstr.', 'Am Mühlbach', 'Königsweg'])} ${R.int(1, 180)}${R.pick(['', 'a', 'b'])}`,
  () => `${R.int(1, 120)}, ${R.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'rue de la Paix', 'impasse des Tilleuls'])}`,
  () => `${R.pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Calle Mayor'])}, ${R.int(1, 300)}${R.pick(['', ', 3º B', ', 1º izq.'])}`,
  () => `${R.pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Garibaldi'])} ${R.int(1, 200)}`,
  () => `${R.pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Flores', 'Travessa do Carmo'])}, ${R.int(1, 2000)}`,
  () => `${R.int(1, 300)} ${R.pick(['High Street', 'Church Road', 'Station Road', 'Victoria Terrace', 'Mill Lane'])}`,
  () => `ul. ${R.pick(['Mickiewicza', 'Długa', 'Piotrkowska', 'Floriańska'])} ${R.int(1, 150)}${R.chance(0.4) ? '/' + R.int(1, 40) : ''}`,
  () => `${R.pick(['Keizersgracht', 'Prinsengracht', 'Oudegracht', 'Witte de Withstraat'])} ${R.int(1, 600)}`,
  () => `${R.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '京都府京都市中京区'])}${R.int(1, 5)}-${R.int(1, 20)}-${R.int(1, 30)}`,
  () => `${R.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로'])} ${R.int(1, 500)}`,
  () => `${R.pick(['ул. Тверская', 'Невский проспект', 'ул. Арбат'])}, д. ${R.int(1, 120)}`];
export const street = () => P('LOCATION', R.pick(STREETS)());
// cards
const CARD = [['visa', () => '4' + d(14), 16], ['mc', () => R.pick(['51', '52', '53', '54', '55']) + d(13), 16], ['mc2', () => String(R.int(2221, 2720)) + d(11), 16], ['amex', () => R.pick(['34', '37']) + d(12), 15],
  ['disc', () => R.pick(['6011' + d(11), '65' + d(13), '644' + d(12)]), 16], ['jcb', () => String(R.int(3528, 3589)) + d(11), 16], ['diners', () => R.pick(['36', '38']) + d(11), 14], ['visa19', () => '4' + d(17), 19]];
const TESTCARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5105105105105100'];
function fmtCard(n, sep) {
  if (sep === '') return n;
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g).join(sep);
}
export function cardNumber(kind) { const [, g] = kind ? CARD.find((c) => c[0] === kind) : R.pick(CARD.slice(0, 7)); let body = g(); body = body.slice(0, body.length); const n = body + luhnCheck(body); return TESTCARDS.includes(n) ? cardNumber(kind) : n; }
export const card = (sep = R.pick([' ', '-', '', ' '])) => P('CREDIT_CARD', fmtCard(cardNumber(), sep));
export const badCard = (sep = R.pick([' ', '-', ''])) => { const n = cardNumber(); const last = (+n.slice(-1) + R.int(1, 9)) % 10; return L('invalid_card', fmtCard(n.slice(0, -1) + last, sep)); };
export const testCard = (sep = R.pick([' ', ''])) => L('vendor_test_card', fmtCard(R.pick(TESTCARDS), sep));
// IBAN
const IB = { DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24', PT: 'n21', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', IE: 'a4n14', LU: 'n16' };
function bban(cc) { return IB[cc].match(/[an]\d+/g).map((p) => (p[0] === 'a' ? R.str(A.up, +p.slice(1)) : d(+p.slice(1)))).join(''); }
export function ibanRaw(cc = R.pick(Object.keys(IB))) { const b = bban(cc); const chk = 98 - ibanMod97(cc + '00' + b); return cc + String(chk).padStart(2, '0') + b; }
const grp = (s) => s.match(/.{1,4}/g).join(' ');
export const iban = (spaced = R.chance(0.5)) => { const v = ibanRaw(); return P('IBAN_CODE', spaced ? grp(v) : v); };
export const badIban = () => { let v = ibanRaw(); const c = (+v[2] + R.int(1, 8)) % 10; v = v.slice(0, 2) + c + v.slice(3); if (ibanMod97(v) === 1) v = v.slice(0, 3) + ((+v[3] + 1) % 10) + v.slice(4); return L('invalid_iban', R.chance(0.5) ? grp(v) : v); };
// US ids
export function ssnRaw() { let a; do { a = R.int(1, 899); } while (a === 666); return [String(a).padStart(3, '0'), String(R.int(1, 99)).padStart(2, '0'), String(R.int(1, 9999)).padStart(4, '0')]; }
export const ssn = (sep = R.pick(['-', '-', '-', ' ', ''])) => P('US_SSN', ssnRaw().join(sep));
export const badSsn = () => { const [a, g, s] = ssnRaw(); const v = R.pick([['000', g, s], ['666', g, s], [a, '00', s], [a, g, '0000']]); return L('invalid_ssn', v.join('-')); };
export const itin = (sep = R.pick(['-', '-', ' '])) => { const g = R.pick([...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return P('US_ITIN', ['9' + d(2), String(g), d(4)].join(sep)); };
export const passport = () => P('US_PASSPORT', R.chance(0.6) ? R.int(1, 9) + d(8) : R.pick(['A', 'B', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z']) + d(8));
const DL = { CA: () => R.str(A.up, 1) + d(7), NY: () => R.pick([d(9), `${d(3)} ${d(3)} ${d(3)}`]), FL: () => R.pick([R.str(A.up, 1) + d(12), `${R.str(A.up, 1)}${d(3)}-${d(3)}-${d(2)}-${d(3)}-${d(1)}`]), TX: () => d(8), IL: () => R.str(A.up, 1) + d(11), WA: () => 'WDL' + R.str(A.alnumU, 9), PA: () => d(8), MI: () => R.str(A.up, 1) + d(12), NJ: () => R.str(A.up, 1) + d(14), OH: () => R.str(A.up, 2) + d(6), GA: () => d(9), MA: () => 'S' + d(8), CO: () => `${d(2)}-${d(3)}-${d(4)}`, AZ: () => R.str(A.up, 1) + d(8) };
export const DL_STATES = Object.keys(DL);
export const driverLicense = (st = R.pick(DL_STATES)) => ({ st, sp: P('US_DRIVER_LICENSE', DL[st]()) });
export const bankAcct = () => P('US_BANK_NUMBER', d(R.int(9, 14)));
export const routing = () => { const b = [0, 1, 2, 3, 4, 5, 6, 7].map(() => R.int(0, 9)); b[0] = R.int(0, 3); const s = 3 * (b[0] + b[3] + b[6]) + 7 * (b[1] + b[4] + b[7]) + (b[2] + b[5]); return b.join('') + ((10 - (s % 10)) % 10); };
// DEA (MEDICAL_LICENSE)
export function dea(lastName = 'M') {
  const first = R.pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']); const init = (ascii(lastName)[0] || 'M').toUpperCase();
  const n = [0, 1, 2, 3, 4, 5].map(() => R.int(0, 9)); const s = n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5]);
  return P('MEDICAL_LICENSE', first + (/[A-Z]/.test(init) ? init : 'M') + n.join('') + (s % 10));
}
export function nhs(sep = R.pick([' ', ' ', '-', ''])) {
  for (;;) { const n = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(() => R.int(0, 9)); if (n[0] === 0) continue; const s = n.reduce((a, v, i) => a + v * (10 - i), 0); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; const x = n.join('') + c; return P('UK_NHS', sep ? [x.slice(0, 3), x.slice(3, 6), x.slice(6)].join(sep) : x); }
}
export function btc() {
  const t = R.int(0, 2);
  if (t === 0) return P('CRYPTO', base58check(Buffer.concat([Buffer.from([0]), R.bytes(20)])));
  if (t === 1) return P('CRYPTO', base58check(Buffer.concat([Buffer.from([5]), R.bytes(20)])));
  return P('CRYPTO', segwitAddr(R.bytes(R.chance(0.8) ? 20 : 32)));
}
// IPs
export function ipv4Public() { for (;;) { const a = R.int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue; return `${a}.${R.int(0, 255)}.${R.int(0, 255)}.${R.int(1, 254)}`; } }
export const ip = () => P('IP_ADDRESS', R.chance(0.85) ? ipv4Public() : `2a0${R.int(1, 9)}:${R.str(A.hex, 4)}:${R.str(A.hex, 3)}:${R.int(1, 9)}::${R.str(A.hex, 3)}:${R.str(A.hex, 4)}`);
export const ipv6 = () => P('IP_ADDRESS', `240${R.int(1, 9)}:${R.str(A.hex, 4)}:${R.str(A.hex, 4)}:${R.str(A.hex, 4)}:${R.str(A.hex, 4)}:${R.str(A.hex, 4)}:${R.str(A.hex, 4)}:${R.str(A.hex, 4)}`);
// street + matching city (and sometimes country), as pieces for Doc.add
const REGION = [
  [0, ['San Francisco, CA', 'Austin, TX', 'Chicago, IL', 'Seattle, WA', 'Denver, CO', 'Boston, MA', 'Portland, OR', 'Atlanta, GA'], 'USA'],
  [1, ['München', 'Köln', 'Hamburg', 'Leipzig', 'Freiburg im Breisgau'], 'Deutschland'],
  [2, ['Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille'], 'France'],
  [3, ['Madrid', 'Sevilla', 'Barcelona', 'Bilbao', 'Valencia'], 'España'],
  [4, ['Torino', 'Napoli', 'Bologna', 'Milano', 'Palermo'], 'Italia'],
  [5, ['São Paulo - SP', 'Belo Horizonte - MG', 'Lisboa', 'Porto', 'Curitiba - PR'], null],
  [6, ['Manchester', 'Leeds', 'Bristol', 'Edinburgh', 'Cardiff'], 'United Kingdom'],
  [7, ['Kraków', 'Gdańsk', 'Łódź', 'Wrocław', 'Poznań'], 'Polska'],
  [8, ['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag'], 'Nederland'],
  [9, [''], '日本'],
  [10, [''], '대한민국'],
  [11, ['Москва', 'Санкт-Петербург', 'Казань'], 'Россия'],
];
export function addr(withCountry = R.chance(0.3)) {
  const [i, cities, ctry] = R.pick(REGION);
  const out = [P('LOCATION', STREETS[i]())];
  const c = R.pick(cities);
  if (c) out.push(i === 0 ? ', ' : R.pick([', ', ', ' + R.digits(5) + ' ']), P('LOCATION', c));
  if (withCountry && ctry) out.push(', ', P('LOCATION', ctry));
  return out;
}
