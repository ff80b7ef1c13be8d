// PII value generators: names and places in many scripts, phones of many numbering plans, checksummed numbers.
import { CS, luhnComplete, ibanBuild, b58check, bech32Encode, convertBits, sha256 } from './lib.mjs';

// [given[], family[], order] order: 'gf' western, 'fg' family first with space, 'fgn' family first no space
const CULT = {
  en: [['Margaret', 'Dwayne', 'Courtney', 'Elliot', 'Brianna', 'Harold', 'Shauna', 'Trevor'], ['Whitfield', 'McAllister', 'Okafor-Reyes', 'Pemberton', 'Hollis', 'Crane', 'Delacroix', 'Yates'], 'gf'],
  es: [['Ximena', 'Rodrigo', 'Guadalupe', 'Joaquín', 'Itzel', 'Fernando', 'Mónica'], ['Villaseñor', 'Echeverría', 'Castañeda', 'Ibarra Ruiz', 'Peña', 'Ochoa'], 'gf'],
  pt: [['João Pedro', 'Thaís', 'Gonçalo', 'Luíza', 'Caio', 'Beatriz'], ['Albuquerque', 'Gonçalves', 'Nogueira', 'da Conceição', 'Figueiredo'], 'gf'],
  fr: [['Étienne', 'Maëlle', 'Benoît', 'Solène', 'Anaïs', 'Grégoire'], ['Lefèvre', 'Dubois-Martin', 'Rousseau', 'Chevalier', 'Fontaine'], 'gf'],
  de: [['Jürgen', 'Annegret', 'Lukas', 'Friederike', 'Maximilian', 'Sören'], ['Großmann', 'Schäfer', 'Müller-Lüdenscheidt', 'Hoffmann', 'Weißenborn'], 'gf'],
  it: [['Giuseppina', 'Lorenzo', 'Chiara', 'Salvatore', 'Federica'], ['Esposito', 'Bianchi', 'De Luca', 'Caruso', 'Marchetti'], 'gf'],
  nl: [['Sanne', 'Joost', 'Femke', 'Bram'], ['van der Berg', 'de Vries', 'Bakker', 'Visser'], 'gf'],
  pl: [['Małgorzata', 'Wojciech', 'Agnieszka', 'Grzegorz'], ['Wiśniewska', 'Kowalczyk', 'Zieliński', 'Dąbrowski'], 'gf'],
  ru: [['Наталья', 'Дмитрий', 'Екатерина', 'Алексей', 'Светлана'], ['Смирнова', 'Кузнецов', 'Волкова', 'Соколов', 'Лебедев'], 'gf'],
  uk: [['Оксана', 'Тарас', 'Богдана', 'Ярослав'], ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткачук'], 'gf'],
  el: [['Αικατερίνη', 'Γιώργος', 'Δημήτρης', 'Ελένη'], ['Παπαδοπούλου', 'Καραγιάννης', 'Νικολάου', 'Οικονόμου'], 'gf'],
  tr: [['Ayşe', 'Mehmet', 'Çağla', 'Oğuzhan', 'Şule'], ['Yılmaz', 'Öztürk', 'Çelik', 'Kaya', 'Doğan'], 'gf'],
  ar: [['محمد', 'فاطمة', 'عبد الله', 'ليلى', 'يوسف'], ['الحسيني', 'العتيبي', 'بن علي', 'الشمري', 'حداد'], 'gf'],
  arl: [['Omar', 'Layla', 'Khalid', 'Noura', 'Tariq'], ['Al-Farsi', 'Haddad', 'El-Sayed', 'Bin Rashid', 'Nasser'], 'gf'],
  fa: [['مریم', 'علی‌رضا', 'شیرین'], ['رضایی', 'محمدی', 'کریمی'], 'gf'],
  he: [['נועה', 'איתי', 'תמר', 'יוסי'], ['כהן', 'לוי', 'מזרחי', 'פרידמן'], 'gf'],
  hi: [['प्रिया', 'राहुल', 'अनीता', 'विकास'], ['शर्मा', 'वर्मा', 'गुप्ता', 'यादव'], 'gf'],
  inl: [['Priya', 'Arjun', 'Lakshmi', 'Siddharth', 'Deepika', 'Venkatesh'], ['Raghunathan', 'Chatterjee', 'Iyer', 'Subramaniam', 'Banerjee', 'Reddy'], 'gf'],
  ta: [['கார்த்திக்', 'மீனா'], ['சுப்பிரமணியன்', 'ராஜேந்திரன்'], 'gf'],
  bn: [['রাহেলা', 'তানভীর'], ['চৌধুরী', 'হোসেন'], 'gf'],
  zh: [['伟', '秀英', '建国', '丽娟', '子涵', '浩然'], ['王', '李', '张', '刘', '陈', '欧阳'], 'fgn'],
  zhl: [['Wei', 'Xiuying', 'Jianguo', 'Mei-Ling', 'Haoran'], ['Zhang', 'Li', 'Chen', 'Huang', 'Liu'], 'gf'],
  ja: [['花子', '健太', '美咲', '翔太', 'さくら', '大輔'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '山本'], 'fg'],
  jal: [['Haruka', 'Takeshi', 'Yui', 'Ren'], ['Nakamura', 'Kobayashi', 'Yoshida', 'Matsumoto'], 'gf'],
  ko: [['민준', '서연', '지훈', '하은'], ['김', '이', '박', '최'], 'fgn'],
  kol: [['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun'], ['Kim', 'Park', 'Choi', 'Jung'], 'gf'],
  vi: [['Văn An', 'Thị Hương', 'Minh Tuấn', 'Ngọc Lan'], ['Nguyễn', 'Trần', 'Lê', 'Phạm'], 'fg'],
  th: [['สมชาย', 'วิไลวรรณ', 'ณัฐพล'], ['ใจดี', 'ศรีสุข', 'วงศ์ใหญ่'], 'gf'],
  id: [['Siti', 'Budi', 'Dewi', 'Agus'], ['Rahayu', 'Santoso', 'Wijaya', 'Hidayat'], 'gf'],
  ng: [['Chukwuemeka', 'Oluwaseun', 'Ngozi', 'Adebayo', 'Chiamaka'], ['Okonkwo', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze'], 'gf'],
  sw: [['Wanjiru', 'Baraka', 'Achieng', 'Kamau'], ['Mwangi', 'Otieno', 'Wambui', 'Kariuki'], 'gf'],
  am: [['አበበ', 'ትግስት'], ['በቀለ', 'ገብረ'], 'gf'],
  ga: [['Siobhán', 'Ciarán', 'Aoife', 'Pádraig'], ["O'Sullivan", 'Ní Bhriain', 'MacCarthy', 'Ó Súilleabháin'], 'gf'],
  nord: [['Åsa', 'Bjørn', 'Sigríður', 'Mikael', 'Päivi'], ['Lindqvist', 'Sørensen', 'Jónsdóttir', 'Virtanen', 'Håkansson'], 'gf'],
  hu: [['Zsófia', 'Gergely'], ['Szabó', 'Kovács'], 'gf'],
  ka: [['ნინო', 'გიორგი'], ['ბერიძე', 'კაპანაძე'], 'gf'],
};
const CULT_KEYS = Object.keys(CULT);
export function person(r, culture) {
  const c = CULT[culture ?? r.pick(CULT_KEYS)];
  const g = r.pick(c[0]), f = r.pick(c[1]);
  if (c[2] === 'fgn') return f + g;
  if (c[2] === 'fg') return f + ' ' + g;
  return g + ' ' + f;
}
export function personParts(r) {
  const k = r.pick(CULT_KEYS.filter((k) => CULT[k][2] === 'gf'));
  return { given: r.pick(CULT[k][0]), family: r.pick(CULT[k][1]), culture: k };
}
export const asciiName = (r) => person(r, r.pick(['en', 'inl', 'zhl', 'jal', 'kol', 'ng', 'sw', 'arl', 'nl', 'it', 'id']));

export const CITIES = ['München', 'São Paulo', 'Москва', '東京', '大阪市', '서울특별시', 'القاهرة', 'İstanbul', 'Kraków', 'Zürich',
  'Reykjavík', 'Ciudad de México', 'Bogotá', 'Lagos', 'Nairobi', 'मुंबई', 'Bengaluru', 'Thành phố Hồ Chí Minh', 'กรุงเทพมหานคร',
  'Αθήνα', 'תל אביב', 'Київ', 'Warszawa', 'Montréal', 'Cape Town', 'Düsseldorf', 'Göteborg', 'Valparaíso', 'Marrakech',
  'الرياض', 'دبي', 'Kuala Lumpur', 'Jakarta', 'Manila', 'Auckland', 'Melbourne', 'Toronto', 'Chicago', 'Austin', 'Seattle',
  'Lyon', 'Sevilla', 'Napoli', 'Rotterdam', 'Porto', 'Dublin', 'Edinburgh', 'Manchester', 'Accra', 'Addis Ababa', 'Lima',
  'Buenos Aires', 'Santiago', 'Hà Nội', '北京市', '上海', '台北市', '香港', 'Singapore', 'Tbilisi', 'Yerevan', 'Almaty', 'Tashkent',
  'Karachi', 'ঢাকা', 'Chennai', 'சென்னை', 'Kathmandu', 'Colombo', 'Ljubljana', 'Tallinn', 'Wrocław', 'Brno', 'Cluj-Napoca'];
export const COUNTRIES = ['Deutschland', 'Brasil', '日本', 'Nigeria', 'Canada', 'México', 'France', 'India', 'Россия', 'Türkiye',
  'Ελλάδα', 'المغرب', 'South Africa', 'Australia', 'Ireland', 'España', 'Italia', 'Polska', 'Việt Nam', 'ประเทศไทย', '대한민국',
  'United Kingdom', 'Kenya', 'Indonesia', 'Philippines', 'Argentina', 'Colombia', 'Sverige', 'Norge', 'Schweiz', 'Österreich'];
const STREETS = [
  (r) => `${r.int(10, 9999)} ${r.pick(['Elm', 'Juniper', 'Cedar Ridge', 'Martin Luther King Jr', 'Old Mill', 'Willow Creek'])} ${r.pick(['Street', 'Ave', 'Blvd', 'Road', 'Lane', 'Drive'])}`,
  (r) => `${r.pick(['Hauptstraße', 'Lindenallee', 'Schillerstr.', 'Am Kupfergraben', 'Königsweg'])} ${r.int(1, 180)}${r.pick(['', 'a', 'b'])}`,
  (r) => `${r.int(1, 99)} ${r.pick(['rue de la Paix', 'avenue Jean-Jaurès', 'boulevard Haussmann', 'rue des Écoles', 'quai Saint-Michel'])}`,
  (r) => `${r.pick(['Calle de Alcalá', 'Avenida Insurgentes Sur', 'Carrera 7', 'Rua Augusta', 'Avenida Paulista'])} ${r.int(1, 3500)}`,
  (r) => `${r.pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Via dei Mille'])} ${r.int(1, 250)}`,
  (r) => `${r.pick(['ul. Marszałkowska', 'ul. Długa', 'ul. Świętokrzyska'])} ${r.int(1, 140)}/${r.int(1, 60)}`,
  (r) => `${r.pick(['渋谷区道玄坂', '港区六本木', '中央区銀座', '新宿区西新宿'])}${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)}`,
  (r) => `${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 해운대로'])} ${r.int(1, 600)}`,
  (r) => `ул. ${r.pick(['Тверская', 'Арбат', 'Садовая'])}, д. ${r.int(1, 90)}`,
  (r) => `Flat ${r.int(1, 40)}, ${r.int(2, 200)} ${r.pick(['Kingsland Road', 'Cowley Road', 'Leith Walk', 'Deansgate'])}`,
  (r) => `${r.pick(['Prinsengracht', 'Keizersgracht', 'Herengracht'])} ${r.int(10, 900)}`,
  (r) => `${r.int(1, 300)} ${r.pick(['Bahnhofstrasse', 'Storgatan', 'Mannerheimintie'])}`,
  (r) => `${r.pick(['شارع التحرير', 'شارع الملك فهد'])} ${r.int(1, 200)}`,
  (r) => `Plot ${r.int(1, 90)}, ${r.pick(['Admiralty Way, Lekki Phase 1', 'Ngong Road', 'Kenyatta Avenue'])}`,
  (r) => `${r.int(1, 999)}/${r.int(1, 99)} ${r.pick(['MG Road', 'Anna Salai', 'Linking Road, Bandra West'])}`,
];
export const street = (r) => r.pick(STREETS)(r);
export const city = (r) => r.pick(CITIES);
export const country = (r) => r.pick(COUNTRIES);

// ---- phones: per-country national + international renderings ----
const d = (r, n) => r.digits(n);
const nz = (r) => String(r.int(2, 9));
const PHONES = {
  US: (r) => { const a = nz(r) + d(r, 2), b = nz(r) + d(r, 2), c = d(r, 4); return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `+1-${a}-${b}-${c}`, `${a}.${b}.${c}`, `1 (${a}) ${b}-${c}`]); },
  CA: (r) => { const a = r.pick(['416', '604', '514', '403', '613']), b = nz(r) + d(r, 2), c = d(r, 4); return r.pick([`(${a}) ${b}-${c}`, `+1 ${a}-${b}-${c}`]); },
  GB: (r) => r.pick([() => { const x = '7' + r.pick(['4', '5', '7', '8', '9']) + d(r, 2); const y = d(r, 6); return r.pick([`0${x} ${y}`, `+44 ${x} ${y}`, `+44 (0)${x} ${y}`]); }, () => { const y = d(r, 4), z = d(r, 4); return r.pick([`020 ${nz(r)}${y.slice(1)} ${z}`, `+44 20 ${nz(r)}${y.slice(1)} ${z}`]); }, () => `0161 ${nz(r)}${d(r, 2)} ${d(r, 4)}`])(),
  DE: (r) => r.pick([() => { const p = r.pick(['151', '160', '170', '176', '157']); const n = d(r, 8); return r.pick([`0${p} ${n}`, `+49 ${p} ${n}`, `+49 (0)${p} ${n.slice(0, 4)} ${n.slice(4)}`, `0${p}/${n}`]); }, () => { const n = nz(r) + d(r, 7); return r.pick([`030 ${n}`, `+49 30 ${n}`, `(089) ${n.slice(0, 4)}-${n.slice(4)}`]); }])(),
  FR: (r) => { const p = r.pick(['6', '7', '1', '4']); const g = [d(r, 2), d(r, 2), d(r, 2), d(r, 2)]; return r.pick([`0${p} ${g.join(' ')}`, `+33 ${p} ${g.join(' ')}`, `0${p}.${g.join('.')}`, `+33 (0)${p} ${g.join(' ')}`]); },
  ES: (r) => { const n = r.pick(['6', '7', '9']) + d(r, 8); return r.pick([`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+34 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`, `+34 ${n}`]); },
  IT: (r) => { const n = '3' + r.pick(['2', '3', '4', '5', '9']) + d(r, 8); return r.pick([`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+39 ${n.slice(0, 3)} ${n.slice(3)}`, `+39 06 ${d(r, 4)} ${d(r, 4)}`]); },
  NL: (r) => { const n = d(r, 8); return r.pick([`06-${n}`, `+31 6 ${n.slice(0, 4)} ${n.slice(4)}`, `020 ${d(r, 3)} ${d(r, 4)}`, `+31 (0)20 ${d(r, 7)}`]); },
  BE: (r) => r.pick([`+32 4${r.int(70, 99)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `04${r.int(70, 99)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `02 ${nz(r)}${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`]),
  CH: (r) => { const p = r.pick(['76', '77', '78', '79']); return r.pick([`+41 ${p} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `0${p} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `044 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`]); },
  AT: (r) => { const p = r.pick(['664', '660', '676', '699']); return r.pick([`+43 ${p} ${d(r, 7)}`, `0${p} ${d(r, 3)} ${d(r, 4)}`, `+43 1 ${d(r, 7)}`]); },
  SE: (r) => { const p = r.pick(['70', '72', '73', '76']); return r.pick([`+46 ${p} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `0${p}-${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `08-${d(r, 3)} ${d(r, 3)} ${d(r, 2)}`.slice(0, 13)]); },
  NO: (r) => { const n = r.pick(['4', '9']) + d(r, 7); return r.pick([`+47 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`, `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`]); },
  DK: (r) => { const n = r.pick(['2', '3', '4', '5']) + d(r, 7); return r.pick([`+45 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`, `${n.slice(0, 4)} ${n.slice(4)}`]); },
  FI: (r) => { const p = r.pick(['40', '44', '50']); return r.pick([`+358 ${p} ${d(r, 3)} ${d(r, 4)}`, `0${p} ${d(r, 3)} ${d(r, 4)}`]); },
  PL: (r) => { const n = r.pick(['5', '6', '7', '8']) + d(r, 8); return r.pick([`+48 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`]); },
  PT: (r) => { const n = '9' + r.pick(['1', '2', '3', '6']) + d(r, 7); return r.pick([`+351 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]); },
  IE: (r) => { const p = r.pick(['83', '85', '86', '87', '89']); return r.pick([`+353 ${p} ${d(r, 3)} ${d(r, 4)}`, `0${p} ${d(r, 3)} ${d(r, 4)}`, `(01) ${d(r, 3)} ${d(r, 4)}`]); },
  CZ: (r) => { const n = r.pick(['6', '7']) + d(r, 8); return r.pick([`+420 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]); },
  GR: (r) => { const n = '69' + r.pick(['4', '7', '8', '9']) + d(r, 7); return r.pick([`+30 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n}`, `+30 21 ${d(r, 4)} ${d(r, 4)}`]); },
  TR: (r) => { const n = '5' + r.pick(['3', '4', '5', '0']) + d(r, 8); return r.pick([`+90 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`, `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`, `0 (${n.slice(0, 3)}) ${n.slice(3, 6)} ${n.slice(6)}`]); },
  RU: (r) => { const n = '9' + d(r, 9); return r.pick([`+7 ${n.slice(0, 3)} ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`, `8 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`, `+7 (495) ${d(r, 3)}-${d(r, 2)}-${d(r, 2)}`]); },
  UA: (r) => { const p = r.pick(['50', '67', '63', '93', '97']); return r.pick([`+380 ${p} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `0${p} ${d(r, 3)} ${d(r, 4)}`]); },
  IN: (r) => { const n = r.pick(['9', '8', '7']) + d(r, 9); return r.pick([`+91 ${n.slice(0, 5)} ${n.slice(5)}`, `+91-${n}`, `0${n.slice(0, 5)} ${n.slice(5)}`, `${n.slice(0, 5)}-${n.slice(5)}`, `+91 22 ${d(r, 4)} ${d(r, 4)}`]); },
  PK: (r) => { const n = '3' + r.pick(['0', '1', '2', '3', '4']) + d(r, 8); return r.pick([`+92 ${n.slice(0, 3)} ${n.slice(3)}`, `0${n.slice(0, 3)}-${n.slice(3)}`]); },
  BD: (r) => { const n = '1' + r.pick(['3', '7', '8', '9']) + d(r, 8); return r.pick([`+880 ${n.slice(0, 4)}-${n.slice(4)}`, `0${n.slice(0, 4)}-${n.slice(4)}`]); },
  CN: (r) => { const n = '1' + r.pick(['38', '39', '50', '58', '86', '88']) + d(r, 8); return r.pick([`+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, `${n}`, `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`, `+86 10 ${d(r, 4)} ${d(r, 4)}`]); },
  JP: (r) => { const p = r.pick(['90', '80', '70']); const a = d(r, 4), b = d(r, 4); return r.pick([`0${p}-${a}-${b}`, `+81 ${p}-${a}-${b}`, `+81 ${p} ${a} ${b}`, `03-${a}-${b}`, `06-${a}-${b}`, `+81-3-${a}-${b}`]); },
  KR: (r) => { const a = d(r, 4), b = d(r, 4); return r.pick([`010-${a}-${b}`, `+82 10-${a}-${b}`, `+82 10 ${a} ${b}`, `02-${d(r, 3)}-${b}`]); },
  TW: (r) => { const n = '9' + d(r, 8); return r.pick([`+886 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `0${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`]); },
  HK: (r) => { const n = r.pick(['5', '6', '9']) + d(r, 7); return r.pick([`+852 ${n.slice(0, 4)} ${n.slice(4)}`, `${n.slice(0, 4)} ${n.slice(4)}`]); },
  SG: (r) => { const n = r.pick(['8', '9']) + d(r, 7); return r.pick([`+65 ${n.slice(0, 4)} ${n.slice(4)}`, `+65-${n}`, `${n.slice(0, 4)} ${n.slice(4)}`]); },
  MY: (r) => { const p = '1' + r.pick(['2', '3', '6', '7', '9']); return r.pick([`+60 ${p}-${d(r, 3)} ${d(r, 4)}`, `0${p}-${d(r, 3)} ${d(r, 4)}`]); },
  TH: (r) => { const p = r.pick(['81', '86', '89', '92', '95']); return r.pick([`+66 ${p} ${d(r, 3)} ${d(r, 4)}`, `0${p}-${d(r, 3)}-${d(r, 4)}`]); },
  VN: (r) => { const p = r.pick(['90', '91', '98', '97', '86']); return r.pick([`+84 ${p} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `0${p} ${d(r, 3)} ${d(r, 4)}`]); },
  PH: (r) => { const p = '9' + r.pick(['17', '18', '27', '55', '99']); return r.pick([`+63 ${p} ${d(r, 3)} ${d(r, 4)}`, `0${p}-${d(r, 3)}-${d(r, 4)}`]); },
  ID: (r) => { const p = '8' + r.pick(['11', '12', '13', '21', '52', '57']); return r.pick([`+62 ${p}-${d(r, 4)}-${d(r, 4)}`, `0${p} ${d(r, 4)} ${d(r, 4)}`]); },
  AU: (r) => r.pick([() => { const n = '4' + d(r, 8); return r.pick([`0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]); }, () => r.pick([`(02) ${nz(r)}${d(r, 3)} ${d(r, 4)}`, `+61 3 ${nz(r)}${d(r, 3)} ${d(r, 4)}`])])(),
  NZ: (r) => { const p = r.pick(['21', '22', '27']); return r.pick([`+64 ${p} ${d(r, 3)} ${d(r, 4)}`, `0${p} ${d(r, 3)} ${d(r, 4)}`, `(09) ${d(r, 3)} ${d(r, 4)}`]); },
  BR: (r) => { const a = r.pick(['11', '21', '31', '41', '51', '61']); const n = '9' + d(r, 4), m = d(r, 4); return r.pick([`+55 ${a} ${n}-${m}`, `(${a}) ${n}-${m}`, `+55 (${a}) ${n}-${m}`, `${a} ${n}${m}`]); },
  MX: (r) => { const a = r.pick(['55', '33', '81']); return r.pick([`+52 ${a} ${d(r, 4)} ${d(r, 4)}`, `${a} ${d(r, 4)} ${d(r, 4)}`, `+52 1 ${a} ${d(r, 4)} ${d(r, 4)}`]); },
  AR: (r) => r.pick([`+54 9 11 ${d(r, 4)}-${d(r, 4)}`, `011 15-${d(r, 4)}-${d(r, 4)}`, `+54 11 ${d(r, 4)}-${d(r, 4)}`]),
  CL: (r) => r.pick([`+56 9 ${d(r, 4)} ${d(r, 4)}`, `9 ${d(r, 4)} ${d(r, 4)}`]),
  CO: (r) => { const p = '3' + r.pick(['00', '01', '10', '12', '15', '20']); return r.pick([`+57 ${p} ${d(r, 3)} ${d(r, 4)}`, `${p} ${d(r, 7)}`]); },
  PE: (r) => r.pick([`+51 9${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `9${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`]),
  ZA: (r) => { const p = r.pick(['82', '83', '72', '71', '61']); return r.pick([`+27 ${p} ${d(r, 3)} ${d(r, 4)}`, `0${p} ${d(r, 3)} ${d(r, 4)}`, `021 ${d(r, 3)} ${d(r, 4)}`]); },
  NG: (r) => { const p = r.pick(['803', '806', '813', '703', '905']); return r.pick([`+234 ${p} ${d(r, 3)} ${d(r, 4)}`, `0${p} ${d(r, 3)} ${d(r, 4)}`, `0${p}${d(r, 7)}`]); },
  KE: (r) => { const p = '7' + r.pick(['10', '12', '22', '20', '90']); return r.pick([`+254 ${p} ${d(r, 6)}`, `0${p} ${d(r, 3)} ${d(r, 3)}`]); },
  EG: (r) => { const p = '1' + r.pick(['0', '1', '2', '5']); return r.pick([`+20 ${p} ${d(r, 4)} ${d(r, 4)}`, `0${p} ${d(r, 4)} ${d(r, 4)}`]); },
  MA: (r) => r.pick([`+212 6${d(r, 2)}-${d(r, 6)}`, `06 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`]),
  SA: (r) => { const p = '5' + r.pick(['0', '3', '5', '4']); return r.pick([`+966 ${p} ${d(r, 3)} ${d(r, 4)}`, `0${p} ${d(r, 3)} ${d(r, 4)}`]); },
  AE: (r) => { const p = '5' + r.pick(['0', '2', '5', '6']); return r.pick([`+971 ${p} ${d(r, 3)} ${d(r, 4)}`, `0${p} ${d(r, 3)} ${d(r, 4)}`, `+971 4 ${d(r, 3)} ${d(r, 4)}`]); },
  IL: (r) => { const p = '5' + r.pick(['0', '2', '3', '4', '8']); return r.pick([`+972 ${p}-${d(r, 3)}-${d(r, 4)}`, `0${p}-${d(r, 3)}-${d(r, 4)}`]); },
};
export const PHONE_COUNTRIES = Object.keys(PHONES);
export const phone = (r, cc) => PHONES[cc ?? r.pick(PHONE_COUNTRIES)](r);

// ---- cards ----
export function card(r, brand, fmt) {
  brand = brand ?? r.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners']);
  let pre, len;
  switch (brand) {
    case 'visa': pre = '4' + r.digits(5); len = 16; break;
    case 'mc': pre = '5' + r.int(1, 5) + r.digits(4); len = 16; break;
    case 'mc2': pre = String(r.int(2221, 2720)) + r.digits(2); len = 16; break;
    case 'amex': pre = r.pick(['34', '37']) + r.digits(4); len = 15; break;
    case 'disc': pre = r.pick(['6011', '65' + r.digits(2)]) + r.digits(2); len = 16; break;
    case 'jcb': pre = String(r.int(3528, 3589)) + r.digits(2); len = 16; break;
    default: pre = '36' + r.digits(4); len = 14;
  }
  const num = luhnComplete(pre + r.digits(len - pre.length - 1));
  return fmtCard(r, num, fmt);
}
export function fmtCard(r, num, fmt) {
  fmt = fmt ?? r.pick(['plain', 'space', 'dash', 'space']);
  if (fmt === 'plain') return num;
  const sep = fmt === 'dash' ? '-' : ' ';
  if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  if (num.length === 14) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{4}/g).join(sep);
}
export function badCard(r) { // Luhn fails
  let s = card(r, r.pick(['visa', 'mc', 'amex']), 'plain');
  const last = (+s.at(-1) + r.int(1, 9)) % 10; s = s.slice(0, -1) + last; return fmtCard(r, s);
}

// ---- IBAN ----
const IB = {
  DE: (r) => r.digits(18), GB: (r) => r.pick(['NWBK', 'BARC', 'MIDL', 'LOYD']) + r.digits(14), FR: (r) => r.digits(10) + r.str(11, CS.updig) + r.digits(2),
  ES: (r) => r.digits(20), IT: (r) => r.str(1, CS.up) + r.digits(10) + r.str(12, CS.updig), NL: (r) => r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10),
  BE: (r) => r.digits(12), CH: (r) => r.digits(5) + r.str(12, CS.updig), AT: (r) => r.digits(16), PL: (r) => r.digits(24), PT: (r) => r.digits(21),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14), SE: (r) => r.digits(20), NO: (r) => r.digits(11), DK: (r) => r.digits(14), FI: (r) => r.digits(14),
  LU: (r) => r.digits(3) + r.str(13, CS.updig), SA: (r) => r.digits(2) + r.str(18, CS.updig), AE: (r) => r.digits(19), TR: (r) => r.digits(5) + '0' + r.str(16, CS.updig),
  BR: (r) => r.digits(23) + r.str(1, CS.up) + r.str(1, CS.updig),
};
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15, DK: 18, FI: 18, LU: 20, SA: 24, AE: 23, TR: 26, BR: 29 };
export function iban(r, cc, grouped) {
  cc = cc ?? r.pick(Object.keys(IB));
  const s = ibanBuild(cc, IB[cc](r));
  return (grouped ?? r.chance(0.6)) ? s.match(/.{1,4}/g).join(' ') : s;
}
export function badIban(r) {
  const s = iban(r, null, false); const ck = s.slice(2, 4); const bad = String((+ck + r.int(1, 40)) % 97 + 2).padStart(2, '0');
  const out = s.slice(0, 2) + (bad === ck ? String((+ck + 50) % 97 + 2).padStart(2, '0') : bad) + s.slice(4);
  return r.chance(0.5) ? out.match(/.{1,4}/g).join(' ') : out;
}

// ---- US ids ----
export function ssn(r, sep) {
  let a; do { a = r.int(1, 899); } while (a === 666);
  const g = r.int(1, 99), s = r.int(1, 9999);
  sep = sep ?? r.pick(['-', '-', '-', ' ', '']);
  return String(a).padStart(3, '0') + sep + String(g).padStart(2, '0') + sep + String(s).padStart(4, '0');
}
export function badSsn(r) {
  const k = r.int(0, 3);
  const a = k === 0 ? '000' : k === 1 ? '666' : k === 2 ? String(r.int(900, 999)) : String(r.int(100, 665));
  const g = k === 3 ? '00' : String(r.int(1, 99)).padStart(2, '0');
  return `${a}-${g}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}
export function itin(r, sep) {
  const g = r.pick([r.int(70, 88), r.int(90, 92), r.int(94, 99), r.int(50, 65)]);
  sep = sep ?? r.pick(['-', '-', ' ', '']);
  return '9' + r.digits(2) + sep + String(g) + sep + r.digits(4);
}
export const passport = (r) => r.chance(0.55) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'B', 'C', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'X', 'Z']) + r.digits(8);
const DL = {
  CA: (r) => r.str(1, CS.up) + r.digits(7), NY: (r) => r.chance(0.5) ? r.digits(9) : `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, TX: (r) => r.digits(8),
  FL: (r) => `${r.str(1, CS.up)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, IL: (r) => `${r.str(1, CS.up)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`,
  WA: (r) => 'WDL' + r.str(9, CS.updig), PA: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, NJ: (r) => `${r.str(1, CS.up)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`,
  MI: (r) => `${r.str(1, CS.up)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, OH: (r) => r.str(2, CS.up) + r.digits(6), AZ: (r) => r.str(1, CS.up) + r.digits(8),
  MA: (r) => 'S' + r.digits(8), CO: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`, GA: (r) => r.digits(9), NC: (r) => r.digits(12),
};
export const DL_STATES = Object.keys(DL);
export const driverLicense = (r, st) => DL[st ?? r.pick(DL_STATES)](r);
export const bankAccount = (r) => r.digits(r.pick([8, 9, 10, 10, 11, 12, 12, 14, 17]));
export function aba(r) { // routing number with ABA checksum (neutral, not labelled)
  for (;;) { const x = r.pick(['0', '1', '2', '3']) + r.digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +x[i] * w[i]; const c = (10 - (s % 10)) % 10; if (x[0] !== '0' || x[1] !== '0') return x + c; }
}

// ---- DEA (MEDICAL_LICENSE), NHS ----
export function dea(r, lastName) {
  const first = r.pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']);
  let second = (lastName || r.pick(['K', 'M', 'S', 'T', 'O', 'W', 'L'])).normalize('NFD').replace(/[^A-Za-z]/g, '').charAt(0).toUpperCase() || 'X';
  const d6 = r.digits(6).split('').map(Number);
  const c = ((d6[0] + d6[2] + d6[4]) + 2 * (d6[1] + d6[3] + d6[5])) % 10;
  return first + second + d6.join('') + c;
}
export function nhs(r, fmt) {
  for (;;) {
    const d9 = r.int(4, 9) + r.digits(8); let s = 0; for (let i = 0; i < 9; i++) s += +d9[i] * (10 - i);
    let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; const n = d9 + c;
    fmt = fmt ?? r.pick(['space', 'plain', 'dash']);
    return fmt === 'plain' ? n : fmt === 'dash' ? `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}` : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
}

// ---- crypto (BTC) ----
export function btc(r, kind) {
  kind = kind ?? r.pick(['p2pkh', 'p2pkh', 'p2sh', 'bech32', 'bech32', 'taproot']);
  if (kind === 'p2pkh') return b58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
  if (kind === 'p2sh') return b58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
  if (kind === 'bech32') return bech32Encode('bc', [0, ...convertBits([...r.bytes(20)], 8, 5)]);
  return bech32Encode('bc', [1, ...convertBits([...r.bytes(32)], 8, 5)], true);
}

// ---- email, IP ----
const DOMS = ['acme.example', 'mail.example', 'post.test', 'kunden.example', 'correo.example', 'uni-hamburg.example', 'hospital.example', 'bank.example', 'outlook.test', 'fastmail.test', 'co.uk.example', 'yandex.test'];
export function email(r, name) {
  const base = (name || asciiName(r)).normalize('NFD').replace(/[^A-Za-z\s'-]/g, '').trim().toLowerCase().split(/[\s'-]+/).filter(Boolean);
  const parts = base.length ? base : ['user', r.str(4, CS.low)];
  const f = parts[0], l = parts[parts.length - 1];
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${r.int(1, 99)}`, `${l}.${f[0]}`, `${f}+${r.pick(['billing', 'work', 'news'])}`, `${f}${r.int(1970, 2005)}`, `${f}.${l}`]);
  return `${local}@${r.pick(DOMS)}`;
}
export function publicIp(r) {
  for (;;) {
    const a = r.int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}
export const docIp = (r) => r.pick(['203.0.113.', '198.51.100.', '192.0.2.']) + r.int(1, 254);
export const ipv6 = (r) => r.pick(['2001:db8:', '2a02:' + r.str(4, CS.hex) + ':', '2600:' + r.str(4, CS.hex) + ':', '2c0f:' + r.str(3, CS.hex) + ':']) + Array.from({ length: 3 }, () => r.str(r.int(1, 4), CS.hex)).join(':') + '::' + r.str(r.int(1, 4), CS.hex);
export const clientIp = (r) => r.pick([publicIp, publicIp, docIp, ipv6])(r);

// ---- coherent locale profiles: one person's name, street, city, country and phone fit together ----
const LOC = [
  { c: ['en', 'es', 'inl', 'zhl', 'kol', 'ng', 'arl'], s: 0, cities: ['Chicago', 'Austin', 'Seattle', 'Denver', 'Philadelphia', 'San Diego', 'Atlanta'], co: ['USA', 'United States'], ph: 'US', us: 1 },
  { c: ['de', 'tr'], s: 1, cities: ['München', 'Düsseldorf', 'Berlin', 'Hamburg', 'Leipzig'], co: ['Deutschland', 'Germany'], ph: 'DE' },
  { c: ['fr', 'arl'], s: 2, cities: ['Lyon', 'Paris', 'Marseille', 'Toulouse'], co: ['France'], ph: 'FR' },
  { c: ['es'], s: 3, cities: ['Sevilla', 'Madrid', 'Valencia', 'Bilbao'], co: ['España'], ph: 'ES', st: ['Calle de Alcalá', 'Calle Mayor', 'Gran Vía'] },
  { c: ['es'], s: 3, cities: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla'], co: ['México'], ph: 'MX', st: ['Avenida Insurgentes Sur', 'Calle Madero', 'Av. Reforma'] },
  { c: ['pt'], s: 3, cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba'], co: ['Brasil'], ph: 'BR', st: ['Rua Augusta', 'Avenida Paulista', 'Rua da Consolação'] },
  { c: ['pt'], s: 3, cities: ['Porto', 'Lisboa', 'Coimbra'], co: ['Portugal'], ph: 'PT', st: ['Rua de Santa Catarina', 'Avenida da Liberdade'] },
  { c: ['it'], s: 4, cities: ['Napoli', 'Roma', 'Milano', 'Torino'], co: ['Italia'], ph: 'IT' },
  { c: ['pl'], s: 5, cities: ['Warszawa', 'Kraków', 'Wrocław', 'Gdańsk'], co: ['Polska'], ph: 'PL' },
  { c: ['ja', 'jal'], s: 6, cities: ['東京都', '大阪市', '横浜市', 'Tokyo'], co: ['日本', 'Japan'], ph: 'JP' },
  { c: ['ko', 'kol'], s: 7, cities: ['서울특별시', '부산광역시', 'Seoul'], co: ['대한민국', 'South Korea'], ph: 'KR' },
  { c: ['ru'], s: 8, cities: ['Москва', 'Санкт-Петербург', 'Казань'], co: ['Россия'], ph: 'RU' },
  { c: ['en', 'ga', 'inl'], s: 9, cities: ['Manchester', 'Edinburgh', 'London', 'Oxford', 'Bristol'], co: ['United Kingdom', 'UK'], ph: 'GB' },
  { c: ['nl'], s: 10, cities: ['Amsterdam', 'Rotterdam', 'Utrecht'], co: ['Nederland'], ph: 'NL' },
  { c: ['nord'], s: 11, cities: ['Göteborg', 'Stockholm', 'Malmö'], co: ['Sverige'], ph: 'SE', st: ['Storgatan', 'Drottninggatan', 'Kungsgatan'] },
  { c: ['nord'], s: 11, cities: ['Helsinki', 'Tampere', 'Espoo'], co: ['Suomi', 'Finland'], ph: 'FI', st: ['Mannerheimintie', 'Hämeenkatu'] },
  { c: ['de', 'it'], s: 11, cities: ['Zürich', 'Basel', 'Genève'], co: ['Schweiz', 'Switzerland'], ph: 'CH', st: ['Bahnhofstrasse', 'Limmatquai'] },
  { c: ['ar', 'arl'], s: 12, cities: ['القاهرة', 'الإسكندرية', 'Cairo'], co: ['مصر', 'Egypt'], ph: 'EG' },
  { c: ['ar', 'arl'], s: 12, cities: ['الرياض', 'جدة', 'Riyadh'], co: ['السعودية', 'Saudi Arabia'], ph: 'SA' },
  { c: ['ng'], s: 13, cities: ['Lagos', 'Abuja', 'Ibadan'], co: ['Nigeria'], ph: 'NG' },
  { c: ['sw'], s: 13, cities: ['Nairobi', 'Mombasa', 'Kisumu'], co: ['Kenya'], ph: 'KE', st: ['Ngong Road', 'Kenyatta Avenue', 'Moi Avenue'] },
  { c: ['hi', 'inl', 'ta', 'bn'], s: 14, cities: ['मुंबई', 'Bengaluru', 'Chennai', 'சென்னை', 'Hyderabad', 'Pune'], co: ['India', 'भारत'], ph: 'IN' },
  { c: ['zh', 'zhl'], s: -1, cities: ['北京市', '上海', '深圳市', 'Shanghai'], co: ['中国', 'China'], ph: 'CN', st: ['朝阳区建国路', '浦东新区世纪大道', '南山区科技园路'], cjk: 1 },
  { c: ['vi'], s: -1, cities: ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Đà Nẵng'], co: ['Việt Nam'], ph: 'VN', st: ['Đường Lê Lợi', 'Phố Huế', 'Đường Nguyễn Huệ'] },
  { c: ['th'], s: -1, cities: ['กรุงเทพมหานคร', 'เชียงใหม่', 'Bangkok'], co: ['ประเทศไทย', 'Thailand'], ph: 'TH', st: ['ถนนสุขุมวิท', 'ถนนสีลม'] },
  { c: ['el'], s: -1, cities: ['Αθήνα', 'Θεσσαλονίκη'], co: ['Ελλάδα'], ph: 'GR', st: ['Οδός Ερμού', 'Λεωφόρος Βασιλίσσης Σοφίας'] },
  { c: ['tr'], s: -1, cities: ['İstanbul', 'Ankara', 'İzmir'], co: ['Türkiye'], ph: 'TR', st: ['İstiklal Caddesi', 'Bağdat Caddesi', 'Atatürk Bulvarı'] },
  { c: ['he'], s: -1, cities: ['תל אביב', 'ירושלים', 'חיפה'], co: ['ישראל', 'Israel'], ph: 'IL', st: ['רחוב דיזנגוף', 'שדרות רוטשילד'] },
  { c: ['uk'], s: -1, cities: ['Київ', 'Львів', 'Одеса'], co: ['Україна'], ph: 'UA', st: ['вул. Хрещатик', 'вул. Городоцька'] },
  { c: ['id'], s: -1, cities: ['Jakarta', 'Surabaya', 'Bandung'], co: ['Indonesia'], ph: 'ID', st: ['Jl. Sudirman', 'Jl. Thamrin', 'Jl. Gatot Subroto'] },
  { c: ['fa'], s: -1, cities: ['تهران', 'اصفهان'], co: ['ایران'], ph: 'AE', st: ['خیابان ولیعصر', 'خیابان انقلاب'] },
  { c: ['ka'], s: -1, cities: ['თბილისი', 'Tbilisi'], co: ['საქართველო', 'Georgia'], ph: 'TR', st: ['რუსთაველის გამზირი'] },
  { c: ['am'], s: -1, cities: ['አዲስ አበባ', 'Addis Ababa'], co: ['Ethiopia'], ph: 'KE', st: ['Bole Road', 'Churchill Avenue'] },
  { c: ['hu'], s: -1, cities: ['Budapest', 'Debrecen'], co: ['Magyarország'], ph: 'CZ', st: ['Andrássy út', 'Váci utca'] },
];
export function profile(r, sel) {
  const p = sel === true ? LOC[0] : typeof sel === 'string' ? LOC.find((x) => x.ph === sel) : r.pick(LOC);
  const culture = r.pick(p.c);
  return {
    cc: p.ph, us: !!p.us,
    person: () => person(r, culture),
    street: () => p.st ? (p.cjk ? `${r.pick(p.st)}${r.int(1, 300)}号` : r.chance(0.5) && !/[^\x00-\u024f]/.test(p.st[0]) ? `${r.pick(p.st)} ${r.int(1, 200)}` : `${r.pick(p.st)} ${r.int(1, 200)}`) : STREETS[p.s](r),
    city: () => r.pick(p.cities), country: () => r.pick(p.co),
    phone: () => phone(r, r.chance(0.85) ? p.ph : undefined),
  };
}
