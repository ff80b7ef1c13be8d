// PII value generators: names, places, phones, e-mails, identifiers, cards, IBANs, BTC, IPs.
import { R, A, Deck } from './prng.mjs';
import { CULTURES, CULTURE_KEYS, LANG_CULTURES } from './names.mjs';
import { luhnComplete, ibanMake, IBAN_LEN, nhsCheck, deaCheck, b58check, bech32Encode, convertBits, BECH32, BECH32M } from './checks.mjs';
import { P, F } from './builder.mjs';

const r = (a, n) => R.str(a, n);
const dg = (n) => r(A.digit, n);
const nz = (n) => String(R.int(1, 9)) + dg(n - 1);

// ---------- names ----------
export function person(cult) {
  const c = CULTURES[cult || R.pick(CULTURE_KEYS)];
  const fem = R.chance(0.5);
  const given = R.pick(fem ? c.f : c.m);
  let fam;
  if (c.lm) { const i = R.int(0, c.lm.length - 1); fam = fem ? c.lf[i] : c.lm[i]; } else fam = R.pick(c.l);
  return { given, fam, fem, c, cult };
}
const asciiFold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i').replace(/đ/g, 'd').replace(/Đ/g, 'D');
export const isLatin = (s) => /^[\p{Script=Latin}\s'.\-]+$/u.test(s);
// full name string in a style typical of the culture
export function fullName(p, style) {
  const { given, fam, c } = p;
  const j = Array.isArray(c.join) ? R.pick(c.join) : c.join ?? ' ';
  if (c.order === 'fg') {
    if (c.mid) return `${fam} ${R.pick(c.mid)} ${given}`;
    return `${fam}${j}${given}`;
  }
  if (c.join === '・') return `${given}・${fam}`;
  style = style || R.wpick([[6, 'gf'], [1, 'fcg'], [1, 'Fg'], [1, 'init']]);
  if (!/^[\p{Script=Latin}]/u.test(given)) return `${given} ${fam}`;
  if (style === 'fcg') return `${fam}, ${given}`;
  if (style === 'Fg') return `${fam.toUpperCase()} ${given}`;
  if (style === 'init') return `${given[0]}. ${fam}`;
  if (style === 'mid') return `${given} ${R.pick(A.upper)}. ${fam}`;
  return `${given} ${fam}`;
}
export const name = (cult, style) => fullName(person(cult), style);
export const nameForLang = (lang) => name(R.pick(LANG_CULTURES[lang] || ['en_us']));
export const nameLatin = () => name(R.pick(['en_us', 'en_gb', 'de', 'fr', 'es', 'mx', 'it', 'pt_br', 'nl', 'pl', 'cs', 'nordic', 'fi', 'tr', 'hu', 'ro', 'ga', 'el_latn', 'ru_latn', 'ar_latn', 'in_latn', 'zh_latn', 'ja_latn', 'ko_latn', 'vi', 'id', 'fil', 'ng', 'ke']), 'gf');
export const nameDeck = new Deck(CULTURE_KEYS);
export const anyName = () => name(nameDeck.next());
// a username/handle derived from a name (not labelled as PII when it has no separator-free real name)
export function handleOf(p) {
  const g = asciiFold(p.given).toLowerCase().replace(/[^a-z]/g, '');
  const f = asciiFold(p.fam).toLowerCase().replace(/[^a-z]/g, '');
  if (!g || !f) return 'user' + dg(4);
  return R.pick([`${g[0]}${f}`, `${g}.${f}`, `${g}${dg(2)}`, `${f}${g[0]}`, `${g}_${f}`]);
}

// ---------- e-mail ----------
const LATIN_OF = { ru: 'ru_latn', uk: 'ru_latn', zh: 'zh_latn', ja: 'ja_latn', ja_kana: 'en_us', ko: 'ko_latn', ar: 'ar_latn', fa: 'ar_latn', el: 'el_latn', hi: 'in_latn', ta: 'in_latn', bn: 'in_latn', he: 'en_us', th: 'id', am: 'ke', ka: 'ru_latn', hy: 'ru_latn' };
const MAILDOM = ['mail.test', 'inbox.invalid', 'webmail.example', 'post.test', 'correo.example', 'posteo.invalid', 'kundenservice.example', 'nordwind-gmbh.example', 'acme-logistics.example', 'clinique-saint-roch.example', 'uni-rhein.test', 'student.campus.test', 'fastmail.invalid', 'outlook-mail.test', 'yandex-mail.invalid', 'qq-mail.test', 'naver-mail.invalid', 'kestrel-health.example', 'orbitpay.example', 'lumen-retail.example', 'eu.harborfreight.example', 'ops.tessera.example', 'gmail-lookalike.invalid', 'mx.telco.test', 'hr.brightwave.example'];
export function email(p) {
  p = p || person(R.pick(['en_us', 'en_gb', 'de', 'fr', 'es', 'it', 'pt_br', 'nl', 'pl', 'tr', 'in_latn', 'zh_latn', 'ja_latn', 'ko_latn', 'vi', 'id', 'ng', 'ke', 'ar_latn', 'ru_latn', 'el_latn', 'nordic', 'fi']));
  let g = asciiFold(p.given).toLowerCase().replace(/[^a-z]/g, '');
  let f = asciiFold(p.fam).toLowerCase().replace(/[^a-z]/g, '');
  if (!g || !f) { // non-Latin script: people pick a romanised or invented handle
    const alt = person(LATIN_OF[p.cult] || R.pick(['en_us', 'en_gb']));
    g = asciiFold(alt.given).toLowerCase().replace(/[^a-z]/g, '') || 'mail';
    f = asciiFold(alt.fam).toLowerCase().replace(/[^a-z]/g, '') || 'box';
  }
  const local = R.pick([
    `${g}.${f}`, `${g[0]}${f}`, `${g}_${f}${R.int(70, 99)}`, `${g}${f}`, `${f}.${g[0]}`, `${g}+${R.pick(['shop', 'news', 'billing', 'test'])}`,
    `${g}.${f}${R.int(1, 9)}`, `${f}${R.int(1960, 2005)}`, `${g[0]}.${f}`, `${g}-${f}`,
  ]);
  return `${local}@${R.pick(MAILDOM)}`;
}
export const roleEmail = () => `${R.pick(['support', 'billing', 'noreply', 'ops', 'dpo', 'careers', 'info', 'security'])}@${R.pick(MAILDOM)}`;

// ---------- places ----------
export const CITIES = {
  US: ['New York', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'Denver', 'Boise', 'Tulsa', 'Spokane', 'Savannah', 'Albuquerque', 'Duluth', 'Sacramento', 'Pittsburgh'],
  CA: ['Toronto', 'Montréal', 'Vancouver', 'Calgary', 'Halifax', 'Winnipeg', 'Québec'],
  GB: ['London', 'Manchester', 'Leeds', 'Bristol', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast', 'Norwich', 'Sheffield'],
  DE: ['Berlin', 'München', 'Köln', 'Hamburg', 'Leipzig', 'Dresden', 'Stuttgart', 'Freiburg im Breisgau', 'Bielefeld', 'Nürnberg'],
  FR: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille', 'Bordeaux', 'Strasbourg', 'Montpellier', 'Rennes'],
  ES: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Zaragoza', 'Málaga', 'A Coruña', 'Granada'],
  IT: ['Roma', 'Milano', 'Napoli', 'Torino', 'Bologna', 'Firenze', 'Palermo', 'Genova', 'Bari'],
  NL: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen'],
  BR: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Porto Alegre', 'Recife', 'Curitiba', 'Salvador', 'Fortaleza'],
  MX: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla', 'Mérida', 'Oaxaca de Juárez'],
  JP: ['東京', '大阪', '京都', '札幌', '福岡', '横浜', '名古屋', '仙台'],
  JPL: ['Tokyo', 'Osaka', 'Kyoto', 'Sapporo', 'Fukuoka', 'Yokohama', 'Nagoya'],
  KR: ['서울', '부산', '인천', '대구', '광주', '대전'],
  KRL: ['Seoul', 'Busan', 'Incheon', 'Daegu'],
  CN: ['北京', '上海', '广州', '深圳', '成都', '杭州', '武汉'],
  CNL: ['Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Chengdu', 'Hangzhou'],
  IN: ['Mumbai', 'Bengaluru', 'Chennai', 'Hyderabad', 'Pune', 'Kolkata', 'New Delhi', 'Kochi', 'Jaipur'],
  INH: ['मुंबई', 'दिल्ली', 'जयपुर', 'लखनऊ'],
  RU: ['Москва', 'Санкт-Петербург', 'Новосибирск', 'Екатеринбург', 'Казань'],
  UA: ['Київ', 'Львів', 'Харків', 'Одеса', 'Дніпро'],
  PL: ['Warszawa', 'Kraków', 'Gdańsk', 'Wrocław', 'Poznań', 'Łódź'],
  CZ: ['Praha', 'Brno', 'Ostrava', 'Plzeň'],
  TR: ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya', 'Eskişehir'],
  GR: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο'],
  ARB: ['القاهرة', 'الإسكندرية', 'الرياض', 'جدة', 'دبي', 'عمّان', 'بيروت', 'الدار البيضاء'],
  ARL: ['Cairo', 'Alexandria', 'Riyadh', 'Jeddah', 'Dubai', 'Amman', 'Beirut', 'Casablanca'],
  IR: ['تهران', 'اصفهان', 'شیراز', 'تبریز'],
  IL: ['תל אביב', 'ירושלים', 'חיפה', 'באר שבע'],
  TH: ['กรุงเทพมหานคร', 'เชียงใหม่', 'ภูเก็ต', 'ขอนแก่น'],
  VN: ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Huế'],
  ID: ['Jakarta', 'Surabaya', 'Bandung', 'Yogyakarta', 'Medan', 'Denpasar'],
  NG: ['Lagos', 'Abuja', 'Ibadan', 'Port Harcourt', 'Kano', 'Enugu'],
  KE: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret'],
  AU: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Hobart'],
  SE: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'], NO: ['Oslo', 'Bergen', 'Trondheim'], DK: ['København', 'Aarhus', 'Odense'], FI: ['Helsinki', 'Tampere', 'Oulu'],
  CH: ['Zürich', 'Genève', 'Basel', 'Bern', 'Lausanne'], AT: ['Wien', 'Graz', 'Linz', 'Salzburg', 'Innsbruck'],
  PT: ['Lisboa', 'Porto', 'Coimbra', 'Braga'], IE: ['Dublin', 'Cork', 'Galway', 'Limerick'],
  ZA: ['Johannesburg', 'Cape Town', 'Durban', 'Pretoria'], AR: ['Buenos Aires', 'Córdoba', 'Rosario', 'Mendoza'],
  CO: ['Bogotá', 'Medellín', 'Cali', 'Barranquilla'], PH: ['Manila', 'Quezon City', 'Cebu City', 'Davao City'],
  SG: ['Singapore'], ET: ['አዲስ አበባ', 'Addis Ababa', 'Bahir Dar'], HU: ['Budapest', 'Debrecen', 'Szeged'], RO: ['București', 'Cluj-Napoca', 'Iași', 'Timișoara'],
  GE: ['თბილისი', 'ბათუმი'], AM: ['Երևան', 'Գյումրի'],
};
export const COUNTRIES = {
  US: ['United States', 'USA'], CA: ['Canada'], GB: ['United Kingdom', 'England', 'Scotland', 'Wales'], DE: ['Germany', 'Deutschland'], FR: ['France'],
  ES: ['Spain', 'España'], IT: ['Italy', 'Italia'], NL: ['Netherlands', 'Nederland'], BR: ['Brazil', 'Brasil'], MX: ['Mexico', 'México'],
  JP: ['Japan', '日本'], KR: ['South Korea', '대한민국'], CN: ['China', '中国'], IN: ['India', 'भारत'], RU: ['Russia', 'Россия'], UA: ['Ukraine', 'Україна'],
  PL: ['Poland', 'Polska'], CZ: ['Czechia', 'Česko'], TR: ['Türkiye', 'Turkey'], GR: ['Greece', 'Ελλάδα'], ARB: ['مصر', 'السعودية', 'الأردن', 'لبنان'],
  ARL: ['Egypt', 'Saudi Arabia', 'Jordan', 'Morocco', 'United Arab Emirates'], IR: ['ایران', 'Iran'], IL: ['Israel', 'ישראל'], TH: ['Thailand', 'ประเทศไทย'],
  VN: ['Vietnam', 'Việt Nam'], ID: ['Indonesia'], NG: ['Nigeria'], KE: ['Kenya'], AU: ['Australia'], SE: ['Sweden', 'Sverige'], NO: ['Norway', 'Norge'],
  DK: ['Denmark', 'Danmark'], FI: ['Finland', 'Suomi'], CH: ['Switzerland', 'Schweiz', 'Suisse'], AT: ['Austria', 'Österreich'], PT: ['Portugal'], IE: ['Ireland', 'Éire'],
  ZA: ['South Africa'], AR: ['Argentina'], CO: ['Colombia'], PH: ['Philippines'], SG: ['Singapore'], ET: ['Ethiopia', 'ኢትዮጵያ'], HU: ['Hungary', 'Magyarország'], RO: ['Romania', 'România'],
  GE: ['Georgia', 'საქართველო'], AM: ['Armenia', 'Հայաստան'], JPL: ['Japan'], KRL: ['Korea'], CNL: ['China'], INH: ['India'],
};
export const NEIGHBOURHOODS = ['Kreuzberg', 'Prenzlauer Berg', 'Ehrenfeld', 'Le Marais', 'Belleville', 'Croix-Rousse', 'Shibuya', 'Shimokitazawa', '中目黒', '홍대', 'Gangnam', 'Brooklyn', 'Williamsburg', 'Vila Madalena', 'Palermo Soho', 'Zamalek', 'Koramangala', 'Bandra West', 'Condesa', 'Roma Norte', 'Södermalm', 'Trastevere', 'Gràcia', 'Lavapiés', 'Jordaan', 'De Pijp', 'Camden Town', 'Shoreditch', 'Ikeja', 'Westlands', 'Kadıköy', 'Moda', '天河区', '徐汇区', 'Alfama', 'Praga-Północ', 'Vinohrady', 'Neve Tzedek', 'Plaka', 'Thảo Điền', 'Kemang', 'Poblacion', 'Sukhumvit', 'Arbat'];
export const city = (cc) => R.pick(CITIES[cc || R.pick(Object.keys(CITIES))]);
export const country = (cc) => R.pick(COUNTRIES[cc || R.pick(Object.keys(COUNTRIES))]);
export const neighbourhood = () => R.pick(NEIGHBOURHOODS);

const num = (lo = 1, hi = 240) => String(R.int(lo, hi));
// street line formats by country; returns the street line (one LOCATION span)
export const STREET = {
  US: () => `${R.int(100, 9899)} ${R.pick(['Maple', 'Oak', 'Cedar Ridge', 'Sycamore', 'Juniper', 'Willow Creek', 'Lakeview', 'N Halsted', 'W 34th'])} ${R.pick(['St', 'Ave', 'Blvd', 'Dr', 'Ln', 'Ct', 'Way', 'Rd'])}${R.pick(['', '', ` Apt ${R.int(1, 40)}${R.pick(['', 'B', 'C'])}`, ` Suite ${R.int(100, 900)}`, ` #${R.int(1, 300)}`])}`,
  CA: () => `${R.int(10, 4999)} ${R.pick(['Rue Saint-Denis', 'Yonge Street', 'Granville St', 'Boulevard René-Lévesque', '17th Avenue SW'])}${R.pick(['', `, Unit ${R.int(1, 900)}`])}`,
  GB: () => `${R.pick(['', `Flat ${R.int(1, 30)}, `])}${num(1, 180)} ${R.pick(['Kings Road', 'Mill Lane', 'Station Road', 'Church Street', 'Albert Terrace', 'Victoria Crescent', 'Wellington Gardens', 'Bramble Close'])}`,
  DE: () => `${R.pick(['Hauptstraße', 'Lindenallee', 'Bahnhofstr.', 'Goethestraße', 'Am Mühlbach', 'Schillerplatz', 'Kastanienweg', 'Friedrich-Ebert-Ring'])} ${num(1, 140)}${R.pick(['', '', 'a', 'b'])}`,
  AT: () => `${R.pick(['Mariahilfer Straße', 'Hauptplatz', 'Gürtelgasse', 'Landstraßer Hauptstraße'])} ${num(1, 120)}/${R.int(1, 30)}`,
  CH: () => `${R.pick(['Bahnhofstrasse', 'Rue du Rhône', 'Seefeldstrasse', 'Via Nassa'])} ${num(1, 99)}`,
  FR: () => `${num(1, 150)}${R.pick(['', '', ' bis', ' ter'])} ${R.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'place de la République', 'chemin des Vignes', 'allée des Tilleuls'])}`,
  ES: () => `${R.pick(['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Passeig de Gràcia', 'Carrer de Sants', 'Calle Real'])}, ${num(1, 200)}, ${R.int(1, 9)}º ${R.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`,
  IT: () => `${R.pick(['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele II', 'Piazza Navona', 'Viale dei Mille', 'Via dei Condotti'])} ${num(1, 200)}${R.pick(['', '/B', ' int. 4'])}`,
  NL: () => `${R.pick(['Keizersgracht', 'Dorpsstraat', 'Kerkstraat', 'Prinsengracht', 'Molenweg', 'Oudegracht'])} ${num(1, 600)}${R.pick(['', '-2', 'A', '-hs', '-III'])}`,
  BE: () => `${R.pick(['Rue de la Loi', 'Meir', 'Chaussée de Waterloo', 'Veldstraat'])} ${num(1, 300)}${R.pick(['', ' bte 4', ' bus 12'])}`,
  BR: () => `${R.pick(['Rua das Flores', 'Avenida Paulista', 'Rua Augusta', 'Rua XV de Novembro', 'Avenida Atlântica', 'Travessa do Comércio'])}, ${num(10, 3000)}${R.pick(['', ' - apto 42', ' - casa 2', ' - bloco B, ap. 103'])}`,
  MX: () => `${R.pick(['Av. Insurgentes Sur', 'Calle 5 de Mayo', 'Paseo de la Reforma', 'Calle Hidalgo', 'Av. Vallarta'])} ${num(1, 2500)}, Col. ${R.pick(['Roma Norte', 'Del Valle', 'Centro', 'Condesa', 'Americana'])}`,
  JP: () => `${R.pick(['東京都渋谷区神南', '東京都世田谷区太子堂', '大阪府大阪市北区梅田', '京都府京都市中京区烏丸通', '北海道札幌市中央区大通西', '福岡県福岡市博多区博多駅前'])}${R.int(1, 6)}-${R.int(1, 30)}-${R.int(1, 20)}${R.pick(['', ` ${R.pick(['メゾン', 'コーポ', 'ハイツ'])}${R.pick(['桜', '青葉', '緑'])}${R.int(101, 805)}号室`])}`,
  JPL: () => `${R.int(1, 6)}-${R.int(1, 30)}-${R.int(1, 20)} ${R.pick(['Jinnan, Shibuya-ku', 'Umeda, Kita-ku', 'Taishido, Setagaya-ku', 'Hakataekimae, Hakata-ku'])}`,
  KR: () => `${R.pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 양화로', '부산광역시 해운대구 해운대로', '경기도 성남시 분당구 판교역로'])} ${R.int(1, 400)}${R.pick(['', `, ${R.int(1, 20)}층`, ` ${R.int(101, 1504)}호`])}`,
  CN: () => `${R.pick(['北京市朝阳区建国路', '上海市浦东新区世纪大道', '广东省深圳市南山区科技园路', '四川省成都市武侯区人民南路', '浙江省杭州市西湖区文三路'])}${R.int(1, 300)}号${R.pick(['', `${R.int(1, 30)}楼`, `${R.int(1, 9)}栋${R.int(101, 2508)}室`])}`,
  IN: () => `${R.pick([`Flat ${R.int(1, 20)}${R.pick(['A', 'B', 'C'])}, `, `No. ${R.int(1, 300)}, `, ''])}${R.pick(['12th Main Road, Indiranagar', 'MG Road', 'Linking Road, Bandra West', 'Anna Salai', 'Sector 18, Noida', 'Banjara Hills Road No. 3'])}`,
  RU: () => `${R.pick(['ул. Ленина', 'ул. Тверская', 'пр. Мира', 'Невский пр.', 'ул. Пушкина'])}, д. ${R.int(1, 120)}${R.pick(['', `, кв. ${R.int(1, 300)}`, `, корп. ${R.int(1, 5)}, кв. ${R.int(1, 200)}`])}`,
  UA: () => `${R.pick(['вул. Хрещатик', 'вул. Шевченка', 'просп. Свободи', 'вул. Січових Стрільців'])}, ${R.int(1, 90)}${R.pick(['', `, кв. ${R.int(1, 150)}`])}`,
  PL: () => `ul. ${R.pick(['Długa', 'Marszałkowska', 'Piotrkowska', 'Floriańska', 'Świętojańska'])} ${R.int(1, 150)}${R.pick(['', `/${R.int(1, 60)}`, ` m. ${R.int(1, 40)}`])}`,
  CZ: () => `${R.pick(['Václavské náměstí', 'Masarykova', 'Na Příkopě', 'Vinohradská'])} ${R.int(1, 2000)}/${R.int(1, 90)}`,
  TR: () => `${R.pick(['Atatürk Cad.', 'Bağdat Caddesi', 'İstiklal Cad.', 'Cumhuriyet Mah. Gül Sok.'])} No: ${R.int(1, 250)}${R.pick(['', ` D: ${R.int(1, 30)}`, `/${R.int(1, 12)}`])}`,
  GR: () => `${R.pick(['Οδός Ερμού', 'Λεωφόρος Κηφισίας', 'Οδός Τσιμισκή', 'Οδός Αθηνάς'])} ${R.int(1, 300)}`,
  ARB: () => `${R.pick(['شارع التحرير', 'شارع الملك فهد', 'شارع الحمرا', 'طريق الملك عبدالعزيز'])} ${R.int(1, 400)}${R.pick(['', `، شقة ${R.int(1, 40)}`])}`,
  IL: () => `${R.pick(['רחוב הרצל', 'שדרות רוטשילד', 'רחוב יפו', 'רחוב דיזנגוף'])} ${R.int(1, 200)}${R.pick(['', `, דירה ${R.int(1, 30)}`])}`,
  VN: () => `Số ${R.int(1, 200)} ${R.pick(['Ngõ 34 Phố Huế', 'Đường Lê Lợi', 'Đường Nguyễn Huệ', 'Phố Hàng Bạc'])}`,
  TH: () => `${R.int(1, 999)}/${R.int(1, 99)} ${R.pick(['ถนนสุขุมวิท', 'ถนนพหลโยธิน', 'ถนนนิมมานเหมินท์', 'ซอยอารีย์'])}`,
  AU: () => `${R.pick(['', `Unit ${R.int(1, 40)}, `, `${R.int(1, 40)}/`])}${R.int(1, 300)} ${R.pick(['Wattle Street', 'George St', 'Bourke Street', 'Beach Road', 'Jacaranda Avenue'])}`,
  SE: () => `${R.pick(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Götgatan'])} ${R.int(1, 99)}${R.pick(['', ` lgh ${R.int(1001, 1503)}`, ' B'])}`,
  NO: () => `${R.pick(['Karl Johans gate', 'Bogstadveien', 'Storgata'])} ${R.int(1, 120)}${R.pick(['', ' A', ' H0302'])}`,
  DK: () => `${R.pick(['Nørrebrogade', 'Vesterbrogade', 'Strøget'])} ${R.int(1, 200)}, ${R.int(1, 5)}. ${R.pick(['tv.', 'th.', 'mf.'])}`,
  FI: () => `${R.pick(['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu'])} ${R.int(1, 90)} ${R.pick(['A', 'B', 'C'])} ${R.int(1, 40)}`,
  IE: () => `${R.int(1, 200)} ${R.pick(['Grafton Street', 'Main Street', 'Shop Street', 'Oliver Plunkett St'])}`,
  PT: () => `${R.pick(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina'])}, ${R.int(1, 300)}, ${R.int(1, 8)}º ${R.pick(['Esq.', 'Dto.'])}`,
  NG: () => `${R.int(1, 80)} ${R.pick(['Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way', 'Ogui Road'])}`,
  KE: () => `${R.pick(['Moi Avenue', 'Kenyatta Avenue', 'Ngong Road', 'Waiyaki Way'])}, ${R.pick(['Plot', 'House No.'])} ${R.int(1, 400)}`,
  ZA: () => `${R.int(1, 300)} ${R.pick(['Long Street', 'Jan Smuts Avenue', 'Florida Road', 'Church Street'])}`,
  AR: () => `${R.pick(['Av. Corrientes', 'Calle Florida', 'Av. Santa Fe', 'Av. de Mayo'])} ${R.int(100, 5000)}, ${R.int(1, 15)}° ${R.pick(['A', 'B', 'C', 'D'])}`,
  ID: () => `${R.pick(['Jl. Sudirman', 'Jl. Malioboro', 'Jl. Braga', 'Jl. Gatot Subroto'])} No. ${R.int(1, 200)}${R.pick(['', `, RT ${R.int(1, 9)}/RW ${R.int(1, 9)}`])}`,
  IR: () => `${R.pick(['خیابان ولیعصر', 'خیابان انقلاب', 'بلوار کشاورز'])}، پلاک ${R.int(1, 300)}`,
  PH: () => `${R.int(1, 500)} ${R.pick(['Rizal Avenue', 'Ayala Avenue', 'Katipunan Ave.', 'Osmeña Blvd'])}${R.pick(['', `, Brgy. ${R.pick(['San Lorenzo', 'Poblacion', 'Lahug'])}`])}`,
};
export const STREET_CCS = Object.keys(STREET);
export const street = (cc) => STREET[cc || R.pick(STREET_CCS)]();
const postal = {
  US: () => dg(5), CA: () => `${R.pick('KLMNPRTV'.split(''))}${R.int(1, 9)}${R.pick('ABCEGHJ'.split(''))} ${R.int(1, 9)}${R.pick('KLMNPRT'.split(''))}${R.int(1, 9)}`,
  GB: () => `${R.pick(['SW1A', 'N1', 'M14', 'LS6', 'BS8', 'G12', 'EH3', 'CF10', 'BT7', 'NR2', 'S10'])} ${R.int(1, 9)}${r('ABDEFGHJLNPQRSTUWXYZ', 2)}`,
  DE: () => dg(5), AT: () => String(R.int(1010, 9999)), CH: () => String(R.int(1000, 9658)), FR: () => dg(5), ES: () => dg(5), IT: () => dg(5),
  NL: () => `${R.int(1000, 9999)} ${r(A.upper, 2)}`, BE: () => String(R.int(1000, 9999)), BR: () => `${dg(5)}-${dg(3)}`, MX: () => dg(5),
  JP: () => `〒${dg(3)}-${dg(4)}`, JPL: () => `${dg(3)}-${dg(4)}`, KR: () => dg(5), CN: () => dg(6), IN: () => nz(6), RU: () => nz(6), UA: () => dg(5),
  PL: () => `${dg(2)}-${dg(3)}`, CZ: () => `${dg(3)} ${dg(2)}`, TR: () => dg(5), GR: () => `${dg(3)} ${dg(2)}`, ARB: () => dg(5), IL: () => dg(7), VN: () => dg(6),
  IR: () => `${dg(5)}-${dg(5)}`, TH: () => dg(5), AU: () => dg(4), SE: () => `${dg(3)} ${dg(2)}`, NO: () => dg(4), DK: () => dg(4), FI: () => dg(5), IE: () => `D0${R.int(1, 9)} ${r(A.upper, 1)}${R.int(1, 9)}${r(A.upper, 1)}${R.int(1, 9)}`,
  PT: () => `${dg(4)}-${dg(3)}`, NG: () => dg(6), KE: () => dg(5), ZA: () => dg(4), AR: () => `C${dg(4)}${r(A.upper, 3)}`, ID: () => dg(5), PH: () => dg(4),
};
const CITY_OF = { JPL: 'JPL', ARB: 'ARB', TH: 'TH' };
// address as a fragment: street line, postal code (unlabelled), city and optional country as LOCATION spans
export function address(cc, opts = {}) {
  cc = cc || R.pick(STREET_CCS);
  const st = P('LOCATION', STREET[cc]());
  const ccity = CITIES[CITY_OF[cc] || cc] ? CITY_OF[cc] || cc : 'US';
  const ci = P('LOCATION', R.pick(CITIES[ccity]));
  const pc = postal[cc] ? postal[cc]() : dg(5);
  const co = opts.country === false ? null : (opts.country || R.chance(0.35)) ? P('LOCATION', R.pick(COUNTRIES[cc] || COUNTRIES[ccity] || ['Country'])) : null;
  const sep = opts.oneLine ? ', ' : '\n';
  let parts;
  switch (cc) {
    case 'US': parts = [st, sep, ci, ', ', R.pick(['CA', 'TX', 'NY', 'WA', 'CO', 'IL', 'PA', 'GA', 'ID', 'OK']), ' ', pc]; break;
    case 'CA': parts = [st, sep, ci, ' ', R.pick(['ON', 'QC', 'BC', 'AB', 'NS']), ' ', pc]; break;
    case 'GB': case 'IE': case 'AU': case 'ZA': case 'NG': case 'KE': case 'PH': case 'ID': parts = [st, sep, ci, ' ', pc]; break;
    case 'JP': parts = [pc, ' ', st]; return co ? [...parts, sep, co] : parts;
    case 'KR': case 'CN': case 'JPL': parts = cc === 'JPL' ? [st, sep, ci, ' ', pc] : [st, sep, pc]; return co ? [...parts, sep, co] : parts;
    case 'BR': parts = [st, sep, ci, ' - ', R.pick(['SP', 'RJ', 'MG', 'RS', 'PE', 'PR', 'BA']), ', ', pc]; break;
    case 'RU': case 'UA': parts = [st, sep, ci, ', ', pc]; break;
    default: parts = [st, sep, pc, ' ', ci];
  }
  return co ? [...parts, sep, co] : parts;
}

// ---------- phones ----------
const sp = (s, groups, sep = ' ') => { const out = []; let i = 0; for (const g of groups) { out.push(s.slice(i, i + g)); i += g; } return out.join(sep); };
export const PHONE = {
  US: () => { const a = R.pick(['212', '415', '312', '617', '206', '512', '303', '404', '305', '702', '646', '718', '919', '503', '720', '813']); const x = String(R.int(201, 989)); const l = dg(4); return R.pick([`(${a}) ${x}-${l}`, `${a}-${x}-${l}`, `${a}.${x}.${l}`, `+1 ${a} ${x} ${l}`, `+1-${a}-${x}-${l}`, `1 (${a}) ${x}-${l}`, `+1${a}${x}${l}`]); },
  CA: () => { const a = R.pick(['416', '604', '514', '403', '613', '902', '647', '778']); const x = String(R.int(201, 989)); const l = dg(4); return R.pick([`(${a}) ${x}-${l}`, `+1 ${a}-${x}-${l}`, `${a} ${x} ${l}`]); },
  GB: () => R.pick([() => { const m = '7' + R.pick(['400', '700', '800', '900', '911', '723', '956']) + dg(6); return R.pick([`0${sp(m, [4, 6])}`, `+44 ${sp(m, [4, 6])}`, `+44 (0)${sp(m, [4, 3, 3])}`, `0${m}`]); },
    () => { const l = R.pick(['20', '161', '113', '117', '141', '131', '29']); const rest = dg(l.length === 2 ? 8 : 7); return R.pick([`0${l} ${l.length === 2 ? sp(rest, [4, 4]) : sp(rest, [3, 4])}`, `+44 ${l} ${l.length === 2 ? sp(rest, [4, 4]) : sp(rest, [3, 4])}`]); }])(),
  DE: () => R.pick([() => { const p = R.pick(['151', '152', '160', '170', '171', '172', '176', '157']); const s = dg(R.pick([7, 8])); return R.pick([`0${p} ${s}`, `+49 ${p} ${s}`, `0${p}/${s}`, `+49 (0)${p} ${s}`, `0${p}-${s}`]); },
    () => { const a = R.pick(['30', '40', '89', '221', '341', '711']); const s = dg(a.length === 2 ? 8 : 7); return R.pick([`0${a} ${s}`, `+49 ${a} ${s}`, `(0${a}) ${sp(s, [3, s.length - 3])}`]); }])(),
  FR: () => { const p = R.pick(['6', '7', '1', '4', '5', '9']); const s = dg(8); return R.pick([`0${p} ${sp(s, [2, 2, 2, 2])}`, `+33 ${p} ${sp(s, [2, 2, 2, 2])}`, `0${p}.${sp(s, [2, 2, 2, 2], '.')}`, `+33${p}${s}`]); },
  IN: () => { const s = String(R.int(6, 9)) + dg(9); return R.pick([`+91 ${sp(s, [5, 5])}`, `${sp(s, [5, 5])}`, `+91-${s}`, `0${sp(s, [5, 5])}`, `+91 ${sp(s, [3, 3, 4])}`]); },
  BR: () => { const a = R.pick(['11', '21', '31', '51', '81', '41', '71']); const s = '9' + dg(8); return R.pick([`(${a}) ${sp(s, [5, 4], '-')}`, `+55 ${a} ${sp(s, [5, 4], '-')}`, `+55 (${a}) ${s}`, `${a} ${sp(s, [5, 4])}`]); },
  JP: () => R.pick([() => { const p = R.pick(['90', '80', '70']); const s = dg(8); return R.pick([`0${p}-${sp(s, [4, 4], '-')}`, `+81 ${p}-${sp(s, [4, 4], '-')}`, `+81 ${p} ${sp(s, [4, 4])}`]); },
    () => { const s = dg(8); return R.pick([`03-${sp(s, [4, 4], '-')}`, `+81 3-${sp(s, [4, 4], '-')}`, `06-${sp(s, [4, 4], '-')}`]); }])(),
  AU: () => R.pick([() => { const s = '4' + dg(8); return R.pick([`0${sp(s, [3, 3, 3])}`, `+61 ${sp(s, [3, 3, 3])}`]); }, () => { const a = R.pick(['2', '3', '7', '8']); const s = dg(8); return R.pick([`(0${a}) ${sp(s, [4, 4])}`, `+61 ${a} ${sp(s, [4, 4])}`]); }])(),
  ES: () => { const s = R.pick(['6', '7', '9']) + dg(8); return R.pick([sp(s, [3, 3, 3]), `+34 ${sp(s, [3, 2, 2, 2])}`, `+34 ${sp(s, [3, 3, 3])}`, `0034 ${s}`]); },
  IT: () => R.pick([() => { const s = '3' + R.pick(['20', '33', '38', '47', '49', '93']) + dg(7); return R.pick([sp(s, [3, 3, 4]), `+39 ${sp(s, [3, 3, 4])}`, `+39 ${s}`]); }, () => { const s = dg(8); return R.pick([`06 ${sp(s, [4, 4])}`, `+39 06 ${s}`, `02 ${sp(s, [4, 4])}`]); }])(),
  NL: () => R.pick([() => { const s = dg(8); return R.pick([`06-${s}`, `+31 6 ${s}`, `06 ${sp(s, [2, 2, 2, 2])}`]); }, () => { const s = dg(7); return R.pick([`020-${s}`, `+31 20 ${sp(s, [3, 4])}`, `010 ${sp(s, [3, 4])}`]); }])(),
  MX: () => { const a = R.pick(['55', '33', '81']); const s = dg(8); return R.pick([`${a} ${sp(s, [4, 4])}`, `+52 ${a} ${sp(s, [4, 4])}`, `+52 1 ${a} ${s}`, `(${a}) ${sp(s, [4, 4], '-')}`]); },
  CH: () => { const p = R.pick(['76', '77', '78', '79', '44', '22']); const s = dg(7); return R.pick([`0${p} ${sp(s, [3, 2, 2])}`, `+41 ${p} ${sp(s, [3, 2, 2])}`]); },
  AT: () => { const p = R.pick(['664', '650', '676', '699']); const s = dg(7); return R.pick([`0${p} ${s}`, `+43 ${p} ${s}`, `+43 (0)${p} ${sp(s, [3, 4])}`]); },
  BE: () => { const p = R.pick(['470', '471', '472', '475', '476', '477', '478', '479', '485', '496']); const s = dg(6); return R.pick([`0${p} ${sp(s, [2, 2, 2])}`, `+32 ${p} ${sp(s, [2, 2, 2])}`, `0${p}/${sp(s, [2, 2, 2], '.')}`]); },
  PL: () => { const s = R.pick(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88']) + dg(7); return R.pick([sp(s, [3, 3, 3]), `+48 ${sp(s, [3, 3, 3])}`, `+48 ${s}`, sp(s, [3, 3, 3], '-')]); },
  SE: () => { const s = '7' + R.pick(['0', '2', '3', '6']) + dg(7); return R.pick([`0${s.slice(0, 2)}-${sp(s.slice(2), [3, 2, 2])}`, `+46 ${s.slice(0, 2)} ${sp(s.slice(2), [3, 2, 2])}`, `+46${s}`]); },
  IE: () => { const s = '8' + R.pick(['3', '5', '6', '7', '9']) + dg(7); return R.pick([`0${sp(s, [2, 3, 4])}`, `+353 ${sp(s, [2, 3, 4])}`]); },
  PT: () => { const s = '9' + R.pick(['1', '2', '3', '6']) + dg(7); return R.pick([sp(s, [3, 3, 3]), `+351 ${sp(s, [3, 3, 3])}`]); },
  KR: () => { const s = dg(8); return R.pick([`010-${sp(s, [4, 4], '-')}`, `+82 10-${sp(s, [4, 4], '-')}`, `+82 10 ${sp(s, [4, 4])}`, `02-${sp(dg(7), [3, 4], '-')}`]); },
  CN: () => { const s = '1' + R.pick(['38', '39', '50', '58', '86', '88', '35']) + dg(8); return R.pick([sp(s, [3, 4, 4]), `+86 ${sp(s, [3, 4, 4])}`, `+86-${s}`, s]); },
  SG: () => { const s = R.pick(['8', '9']) + dg(7); return R.pick([sp(s, [4, 4]), `+65 ${sp(s, [4, 4])}`]); },
  ZA: () => { const s = R.pick(['72', '73', '76', '82', '83', '84']) + dg(7); return R.pick([`0${sp(s, [2, 3, 4])}`, `+27 ${sp(s, [2, 3, 4])}`]); },
  TR: () => { const s = '5' + R.pick(['32', '33', '42', '05', '55', '37']) + dg(7); return R.pick([`0${sp(s, [3, 3, 2, 2])}`, `+90 ${sp(s, [3, 3, 2, 2])}`, `0 (${s.slice(0, 3)}) ${sp(s.slice(3), [3, 2, 2])}`]); },
  AR: () => { const s = dg(8); return R.pick([`+54 9 11 ${sp(s, [4, 4], '-')}`, `011 15-${sp(s, [4, 4], '-')}`, `+54 9 351 ${sp(dg(7), [3, 4], '-')}`]); },
  NG: () => { const s = R.pick(['803', '806', '813', '703', '706', '805', '807', '905']) + dg(7); return R.pick([`0${sp(s, [3, 3, 4])}`, `+234 ${sp(s, [3, 3, 4])}`, `+234${s}`]); },
  IL: () => { const s = '5' + R.pick(['0', '2', '3', '4', '8']) + dg(7); return R.pick([`0${sp(s, [2, 3, 4], '-')}`, `+972 ${sp(s, [2, 3, 4], '-')}`, `+972 ${s}`]); },
  PH: () => { const s = '9' + R.pick(['17', '18', '27', '45', '66', '99']) + dg(7); return R.pick([`0${sp(s, [3, 3, 4])}`, `+63 ${sp(s, [3, 3, 4])}`]); },
  KE: () => { const s = '7' + R.pick(['0', '1', '2', '4', '9']) + dg(7); return R.pick([`0${sp(s, [3, 3, 3])}`, `+254 ${sp(s, [3, 3, 3])}`]); },
  RU: () => { const s = '9' + R.pick(['03', '05', '16', '26', '85', '99']) + dg(7); return R.pick([`+7 ${s.slice(0, 3)} ${sp(s.slice(3), [3, 2, 2], '-')}`, `8 (${s.slice(0, 3)}) ${sp(s.slice(3), [3, 2, 2], '-')}`, `+7${s}`]); },
  UA: () => { const s = R.pick(['50', '63', '66', '67', '68', '73', '93', '95', '97']) + dg(7); return R.pick([`+380 ${sp(s, [2, 3, 2, 2])}`, `0${sp(s, [2, 3, 2, 2])}`, `+380${s}`]); },
  GR: () => { const s = '69' + R.pick(['3', '4', '5', '7', '8']) + dg(7); return R.pick([`+30 ${sp(s, [3, 3, 4])}`, sp(s, [3, 3, 4]), `+30${s}`]); },
  TH: () => { const s = R.pick(['6', '8', '9']) + dg(8); return R.pick([`0${sp(s, [2, 3, 4], '-')}`, `+66 ${sp(s, [2, 3, 4])}`]); },
  VN: () => { const s = R.pick(['90', '91', '93', '98', '97', '86', '70']) + dg(7); return R.pick([`0${sp(s, [2, 3, 4])}`, `+84 ${sp(s, [2, 3, 4])}`, `0${s}`]); },
  ID: () => { const s = '8' + R.pick(['11', '12', '13', '21', '52', '57', '77']) + dg(R.pick([7, 8])); return R.pick([`0${s.slice(0, 3)}-${s.slice(3, 7)}-${s.slice(7)}`, `+62 ${s.slice(0, 3)} ${s.slice(3, 7)} ${s.slice(7)}`, `+62${s}`]); },
  IR: () => { const s = '9' + R.pick(['12', '13', '19', '35', '36', '01']) + dg(7); return R.pick([`0${sp(s, [3, 3, 4])}`, `+98 ${sp(s, [3, 3, 4])}`]); },
  ARB: () => R.pick([() => { const s = '1' + R.pick(['0', '1', '2', '5']) + dg(8); return R.pick([`+20 ${sp(s, [2, 4, 4])}`, `0${sp(s, [2, 4, 4])}`]); }, () => { const s = '5' + R.pick(['0', '3', '5', '6', '9']) + dg(7); return R.pick([`+966 ${sp(s, [2, 3, 4])}`, `0${sp(s, [2, 3, 4])}`]); }, () => { const s = '5' + R.pick(['0', '2', '5', '6']) + dg(7); return `+971 ${sp(s, [2, 3, 4])}`; }])(),
  CO: () => { const s = '3' + R.pick(['00', '01', '10', '12', '15', '20']) + dg(7); return R.pick([sp(s, [3, 3, 4]), `+57 ${sp(s, [3, 3, 4])}`]); },
  CZ: () => { const s = R.pick(['6', '7']) + dg(8); return R.pick([sp(s, [3, 3, 3]), `+420 ${sp(s, [3, 3, 3])}`]); },
  HU: () => { const s = R.pick(['20', '30', '70']) + dg(7); return R.pick([`06 ${s.slice(0, 2)} ${sp(s.slice(2), [3, 4])}`, `+36 ${s.slice(0, 2)} ${sp(s.slice(2), [3, 4])}`]); },
  RO: () => { const s = '7' + R.pick(['2', '4', '5', '6']) + dg(7); return R.pick([`0${sp(s, [3, 3, 3])}`, `+40 ${sp(s, [3, 3, 3])}`]); },
  FI: () => { const s = '4' + R.pick(['0', '1', '4', '5', '6']) + dg(7); return R.pick([`0${s.slice(0, 2)} ${sp(s.slice(2), [3, 4])}`, `+358 ${s.slice(0, 2)} ${sp(s.slice(2), [3, 4])}`]); },
  NO: () => { const s = R.pick(['4', '9']) + dg(7); return R.pick([sp(s, [3, 2, 3]), `+47 ${sp(s, [3, 2, 3])}`]); },
  DK: () => { const s = R.pick(['2', '3', '4', '5', '6']) + dg(7); return R.pick([sp(s, [2, 2, 2, 2]), `+45 ${sp(s, [2, 2, 2, 2])}`]); },
};
export const phoneFor = (cc) => PHONE[cc] ? PHONE[cc]() : PHONE[R.pick(['US', 'GB', 'DE'])]();
export const streetFor = (cc) => STREET[cc] ? STREET[cc]() : STREET[R.pick(STREET_CCS)]();
export const PHONE_CCS = Object.keys(PHONE);
export const phoneDeck = new Deck(PHONE_CCS);
export const phone = (cc) => PHONE[cc || phoneDeck.next()]();

// ---------- US identifiers ----------
export function ssn(fmt) {
  let area;
  do { area = R.int(1, 899); } while (area === 666);
  const g = String(R.int(1, 99)).padStart(2, '0'), s = String(R.int(1, 9999)).padStart(4, '0'), a = String(area).padStart(3, '0');
  fmt = fmt || R.wpick([[7, '-'], [1, ' '], [2, '']]);
  return [a, g, s].join(fmt);
}
export function itin(fmt) {
  const g = R.pick([R.int(50, 65), R.int(70, 88), R.int(90, 92), R.int(94, 99)]);
  fmt = fmt ?? R.wpick([[8, '-'], [1, ' '], [1, '']]);
  return ['9' + dg(2), String(g), dg(4)].join(fmt);
}
export const usPassport = () => (R.chance(0.65) ? nz(9) : R.pick(['A', 'B', 'C', 'E', 'F', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'X', 'Z']) + dg(8));
export const DL_STATES = {
  CA: () => r(A.upper, 1) + dg(7), NY: () => R.pick([dg(9), `${dg(3)} ${dg(3)} ${dg(3)}`]), FL: () => `${r(A.upper, 1)}${dg(3)}-${dg(3)}-${dg(2)}-${dg(3)}-${dg(1)}`,
  TX: () => dg(8), IL: () => `${r(A.upper, 1)}${dg(3)}-${dg(4)}-${dg(4)}`, WA: () => 'WDL' + r(A.alnumu, 9), PA: () => dg(8), GA: () => dg(9),
  CO: () => `${dg(2)}-${dg(3)}-${dg(4)}`, NJ: () => `${r(A.upper, 1)}${dg(4)} ${dg(5)} ${dg(5)}`, MI: () => `${r(A.upper, 1)} ${dg(3)} ${dg(3)} ${dg(3)} ${dg(3)}`, OH: () => r(A.upper, 2) + dg(6),
};
export function usDriverLicense() { const st = R.pick(Object.keys(DL_STATES)); return { st, v: DL_STATES[st]() }; }
export const usBankAccount = () => nz(R.int(8, 17));
export function abaRouting() {
  for (;;) { const d = R.pick(['0', '1', '2', '3']) + dg(7); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +d[i] * w[i]; const c = (10 - (s % 10)) % 10; return d + c; }
}

// ---------- cards ----------
const CARD_PREFIX = [
  ['visa', () => '4' + dg(5), 16], ['visa', () => '4' + dg(5), 16], ['mastercard', () => String(R.int(51, 55)) + dg(4), 16], ['mastercard', () => String(R.int(2221, 2720)) + dg(2), 16],
  ['amex', () => R.pick(['34', '37']) + dg(4), 15], ['discover', () => R.pick(['6011' + dg(2), '65' + dg(4), String(R.int(644, 649)) + dg(3)]), 16],
  ['jcb', () => String(R.int(3528, 3589)) + dg(2), 16], ['diners', () => R.pick([String(R.int(300, 305)) + dg(3), '36' + dg(4), '38' + dg(4)]), 14],
];
export function cardNumber(brand) {
  const cands = brand ? CARD_PREFIX.filter((c) => c[0] === brand) : CARD_PREFIX;
  const [b, pre, len] = R.pick(cands);
  const p = pre();
  return { brand: b, digits: luhnComplete(p + dg(len - p.length - 1)) };
}
export function formatCard(d, style) {
  style = style ?? R.wpick([[5, ' '], [2, '-'], [3, '']]);
  if (!style) return d;
  if (d.length === 15) return sp(d, [4, 6, 5], style);
  if (d.length === 14) return sp(d, [4, 6, 4], style);
  return sp(d, [4, 4, 4, 4], style);
}
export const card = (brand, style) => formatCard(cardNumber(brand).digits, style);

// ---------- IBAN ----------
const an = (n) => r(A.alnumu, n);
function frKey(bank, branch, acct) {
  const conv = (s) => s.replace(/[A-Z]/g, (ch) => String('12345678912345678923456789'.charAt(ch.charCodeAt(0) - 65)));
  const b = BigInt(conv(bank)), g = BigInt(conv(branch)), a = BigInt(conv(acct));
  return String(97n - ((89n * b + 15n * g + 3n * a) % 97n)).padStart(2, '0');
}
function esCtrl(bank, branch, acct) {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const d = (s) => { let sum = 0; for (let i = 0; i < s.length; i++) sum += +s[i] * w[i + (10 - s.length)]; const c = 11 - (sum % 11); return c === 11 ? 0 : c === 10 ? 1 : c; };
  return `${d('00' + bank + branch)}${d(acct)}`;
}
export const BBAN = {
  DE: () => dg(8) + dg(10), GB: () => r(A.upper, 4) + dg(6) + dg(8), FR: () => { const b = dg(5), g = dg(5), a = dg(11); return b + g + a + frKey(b, g, a); },
  ES: () => { const b = dg(4), g = dg(4), a = dg(10); return b + g + esCtrl(b, g, a) + a; }, IT: () => r(A.upper, 1) + dg(5) + dg(5) + dg(12), NL: () => r(A.upper, 4) + dg(10),
  BE: () => { const x = dg(10); let c = Number(BigInt(x) % 97n); if (c === 0) c = 97; return x + String(c).padStart(2, '0'); }, CH: () => dg(5) + dg(12), AT: () => dg(5) + dg(11),
  PL: () => dg(8) + dg(16), PT: () => dg(4) + dg(4) + dg(11) + dg(2), IE: () => r(A.upper, 4) + dg(6) + dg(8), SE: () => dg(3) + dg(17), NO: () => dg(4) + dg(6) + dg(1),
  DK: () => dg(4) + dg(9) + dg(1), FI: () => dg(6) + dg(7) + dg(1), LU: () => dg(3) + dg(13), CZ: () => dg(4) + dg(6) + dg(10), GR: () => dg(3) + dg(4) + dg(16),
  HU: () => dg(3) + dg(4) + dg(1) + dg(15) + dg(1), RO: () => r(A.upper, 4) + dg(16), TR: () => dg(5) + '0' + dg(16), SA: () => dg(2) + dg(18), AE: () => dg(3) + dg(16),
  BR: () => dg(8) + dg(5) + dg(10) + r(A.upper, 1) + an(1), HR: () => dg(7) + dg(10), SK: () => dg(4) + dg(6) + dg(10), SI: () => dg(5) + dg(8) + dg(2), LT: () => dg(5) + dg(11), EE: () => dg(2) + dg(2) + dg(11) + dg(1),
};
export const IBAN_CCS = Object.keys(BBAN);
export const ibanDeck = new Deck(IBAN_CCS);
export function ibanRaw(cc) {
  cc = cc || ibanDeck.next();
  const s = ibanMake(cc, BBAN[cc]());
  if (s.length !== IBAN_LEN[cc]) throw new Error('iban length ' + cc);
  return s;
}
export const ibanFmt = (s, grouped) => ((grouped ?? R.chance(0.55)) ? s.replace(/(.{4})/g, '$1 ').trim() : s);
export const iban = (cc, grouped) => ibanFmt(ibanRaw(cc), grouped);

// ---------- NHS / DEA ----------
export function nhs(fmt) {
  for (;;) {
    const nine = String(R.int(4, 6)) + dg(8);
    const c = nhsCheck(nine);
    if (c === null) continue;
    const d = nine + c;
    fmt = fmt ?? R.wpick([[6, ' '], [2, '-'], [2, '']]);
    return fmt ? sp(d, [3, 3, 4], fmt) : d;
  }
}
export function dea(surname) {
  const first = R.pick(['A', 'B', 'F', 'G', 'M', 'A', 'B', 'F']);
  let second = surname ? asciiFold(surname).toUpperCase().replace(/[^A-Z]/g, '')[0] : null;
  if (!second || R.chance(0.1)) second = R.chance(0.15) ? '9' : r(A.upper, 1);
  const six = dg(6);
  return first + second + six + deaCheck(six);
}

// ---------- crypto addresses ----------
export function btc() {
  const t = R.int(0, 3);
  if (t === 0) return b58check(Buffer.concat([Buffer.from([0]), R.bytes(20)]));
  if (t === 1) return b58check(Buffer.concat([Buffer.from([5]), R.bytes(20)]));
  if (t === 2) return bech32Encode('bc', [0, ...convertBits([...R.bytes(20)], 8, 5)], BECH32);
  return bech32Encode('bc', [1, ...convertBits([...R.bytes(32)], 8, 5)], BECH32M);
}

// ---------- IPs ----------
export function ipv4Public() {
  for (;;) {
    const a = R.int(1, 223);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${R.int(0, 255)}.${R.int(0, 255)}.${R.int(1, 254)}`;
  }
}
export const ipv4Private = () => R.pick([`10.${R.int(0, 255)}.${R.int(0, 255)}.${R.int(2, 254)}`, `192.168.${R.int(0, 255)}.${R.int(2, 254)}`, `172.${R.int(16, 31)}.${R.int(0, 255)}.${R.int(2, 254)}`]);
export function ipv6() {
  const h = () => R.int(0, 0xffff).toString(16);
  const pre = R.pick(['2a02', '2a01', '2600', '2804', '240e', '2c0f', '2405', '2a00', '2a03', '2406']);
  return R.chance(0.5) ? `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}` : `${pre}:${h()}:${h()}::${h()}:${h()}`;
}
export const clientIp = () => R.wpick([[6, ipv4Public], [2, ipv4Private], [2, ipv6]])();
