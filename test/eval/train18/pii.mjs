// PII generators: names of 34 cultures, places, national address formats, phones of 50 plans,
// and the check-digit entities. Each returns {e, v, pii: true} (plus extra fields).
import { DIG, UP, LOW, UPNUM, luhnComplete, ibanCheck, IBAN_LEN, nhsCheck, deaCheck, sha256, b58check, bech32Encode } from './rng.mjs';

// culture: [given names, family names, cities, country, family-first?]
export const CULTURES = {
  en_US: [['Brianna', 'Marcus', 'Tyler', 'Dolores', 'Keisha', 'Garrett'], ['Whitfield', 'Okafor-Reyes', 'Lindqvist', 'Pruitt', 'Castellano', 'Beaumont'], ['Tulsa', 'Spokane', 'Albany', 'Boise', 'Savannah'], 'United States'],
  en_GB: [['Niamh', 'Alistair', 'Imogen', 'Rhys', 'Poppy'], ['Ashworth', 'Pennington', 'Gallagher', 'Featherstone'], ['Leeds', 'Norwich', 'Swansea', 'Aberdeen'], 'United Kingdom'],
  ga: [['Caoimhe', 'Oisín', 'Saoirse', 'Tadhg'], ['Ó Súilleabháin', 'Mac Giolla', 'Ní Bhriain'], ['Gaillimh', 'Corcaigh', 'Sligo'], 'Ireland'],
  de: [['Friederike', 'Jörg', 'Annegret', 'Maximilian', 'Lieselotte'], ['Großmann', 'Käßbohrer', 'Wendt', 'Oberländer'], ['Würzburg', 'Görlitz', 'Bielefeld', 'Rostock'], 'Deutschland'],
  fr: [['Ségolène', 'Aurélien', 'Maëlys', 'Benoît', 'Clémence'], ['Lefèvre', 'Duchâteau', 'Morvan', 'Girardot'], ['Besançon', 'Quimper', 'Perpignan', 'Rouen'], 'France'],
  es: [['Itziar', 'Rodrigo', 'Begoña', 'Joaquín'], ['Etxeberria', 'Núñez Olmedo', 'Villalobos', 'Carrasco'], ['Logroño', 'Cáceres', 'Vigo', 'Almería'], 'España'],
  it: [['Gianluca', 'Ludovica', 'Raffaele', 'Benedetta'], ['Esposito', 'Ferraresi', 'Lombardo', 'Santoro'], ['Bergamo', 'Lecce', 'Trieste', 'Perugia'], 'Italia'],
  pt_BR: [['Thiago', 'Luana', 'Conceição', 'Gustavo', 'Raíssa'], ['Albuquerque', 'Gonçalves', 'Nascimento', 'Pinheiro'], ['Florianópolis', 'Recife', 'Manaus', 'Campinas'], 'Brasil'],
  nl: [['Sanne', 'Joost', 'Femke', 'Pieter-Jan'], ['van der Heijden', 'de Vries', 'Bakker', 'Visser'], ['Zwolle', 'Leeuwarden', 'Nijmegen'], 'Nederland'],
  sv: [['Linnéa', 'Björn', 'Åsa', 'Henrik'], ['Sjöberg', 'Lundqvist', 'Ekström'], ['Umeå', 'Västerås', 'Luleå'], 'Sverige'],
  fi: [['Aino', 'Veikko', 'Sisko', 'Juhani'], ['Virtanen', 'Mäkelä', 'Heikkinen'], ['Tampere', 'Oulu', 'Jyväskylä'], 'Suomi'],
  pl: [['Małgorzata', 'Grzegorz', 'Agnieszka', 'Wojciech'], ['Wiśniewski', 'Kowalczyk', 'Zieliński', 'Szymańska'], ['Wrocław', 'Łódź', 'Białystok'], 'Polska'],
  cs: [['Kateřina', 'Jiří', 'Zdeňka'], ['Dvořák', 'Procházková', 'Černý'], ['Brno', 'Olomouc', 'Plzeň'], 'Česko'],
  hu: [['Zsófia', 'Bence', 'Erzsébet'], ['Nagy', 'Kovács', 'Szabó'], ['Debrecen', 'Szeged', 'Pécs'], 'Magyarország', true],
  ro: [['Ioana', 'Bogdan', 'Mirela'], ['Popescu', 'Dumitrescu', 'Constantinescu'], ['Cluj-Napoca', 'Iași', 'Timișoara'], 'România'],
  ru: [['Анастасия', 'Дмитрий', 'Светлана', 'Игорь'], ['Кузнецова', 'Соколов', 'Лебедев', 'Морозова'], ['Новосибирск', 'Екатеринбург', 'Казань'], 'Россия'],
  uk: [['Оксана', 'Тарас', 'Богдана'], ['Шевченко', 'Коваленко', 'Бондаренко'], ['Львів', 'Харків', 'Одеса'], 'Україна'],
  el: [['Αικατερίνη', 'Γιώργος', 'Ελένη'], ['Παπαδοπούλου', 'Καραγιάννης', 'Νικολαΐδης'], ['Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο'], 'Ελλάδα'],
  tr: [['Ayşegül', 'Mehmet', 'Çağla', 'Oğuz'], ['Yılmaz', 'Öztürk', 'Kılıç', 'Şahin'], ['İzmir', 'Eskişehir', 'Trabzon'], 'Türkiye'],
  ar: [['فاطمة', 'يوسف', 'ليلى', 'خالد'], ['العتيبي', 'الحسيني', 'منصور'], ['الإسكندرية', 'عمّان', 'الدار البيضاء'], 'مصر'],
  ar_Latn: [['Omar', 'Yasmin', 'Tariq', 'Nour'], ['Al-Mansouri', 'Haddad', 'El-Sayed'], ['Sharjah', 'Muscat', 'Doha'], 'Jordan'],
  fa: [['مریم', 'رضا', 'شیرین'], ['حسینی', 'کریمی', 'رضایی'], ['اصفهان', 'شیراز', 'تبریز'], 'ایران'],
  he: [['נועה', 'איתי', 'שירה'], ['כהן', 'לוי', 'מזרחי'], ['חיפה', 'באר שבע', 'נתניה'], 'ישראל'],
  hi: [['प्रिया', 'अर्जुन', 'सुनीता', 'राहुल'], ['शर्मा', 'वर्मा', 'अग्रवाल'], ['लखनऊ', 'जयपुर', 'भोपाल'], 'भारत'],
  hi_Latn: [['Ananya', 'Vikram', 'Deepika', 'Sanjay'], ['Iyer', 'Chatterjee', 'Reddy', 'Gupta'], ['Pune', 'Kochi', 'Indore', 'Chandigarh'], 'India'],
  bn: [['তানিয়া', 'রফিক', 'সুমাইয়া'], ['চৌধুরী', 'হোসেন', 'রহমান'], ['চট্টগ্রাম', 'খুলনা', 'সিলেট'], 'বাংলাদেশ'],
  ta: [['கவிதா', 'முருகன்', 'செல்வி'], ['சுப்பிரமணியம்', 'ராஜேந்திரன்'], ['மதுரை', 'கோயம்புத்தூர்'], 'இந்தியா'],
  zh: [['伟', '秀英', '志强', '丽娟'], ['王', '李', '张', '欧阳'], ['成都', '杭州', '西安', '苏州'], '中国', true],
  zh_Latn: [['Wei', 'Xiuying', 'Zhiqiang', 'Meilin'], ['Zhang', 'Liu', 'Huang', 'Chen'], ['Shenzhen', 'Wuhan', 'Nanjing'], 'China'],
  ja: [['陽菜', '大翔', '美咲', '健太'], ['佐藤', '鈴木', '高橋', '渡辺'], ['札幌', '福岡', '仙台', '金沢'], '日本', true],
  ja_Latn: [['Haruto', 'Yui', 'Sota', 'Aoi'], ['Yamamoto', 'Nakamura', 'Kobayashi'], ['Kobe', 'Hiroshima', 'Nagoya'], 'Japan'],
  ko: [['지민', '서연', '민준', '하은'], ['김', '이', '박', '최'], ['부산', '대구', '인천', '광주'], '대한민국', true],
  vi: [['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Lê Minh Thư'], ['Phạm', 'Hoàng', 'Vũ'], ['Đà Nẵng', 'Huế', 'Hải Phòng'], 'Việt Nam'],
  th: [['สมชาย', 'มาลี', 'ปราณี'], ['ศรีสุข', 'วงศ์ใหญ่', 'แก้วมณี'], ['เชียงใหม่', 'ขอนแก่น', 'ภูเก็ต'], 'ประเทศไทย'],
  id: [['Siti', 'Budi', 'Dewi', 'Agus'], ['Santoso', 'Wijaya', 'Hidayat'], ['Surabaya', 'Bandung', 'Yogyakarta'], 'Indonesia'],
  tl: [['Maricel', 'Jericho', 'Rowena'], ['Dela Cruz', 'Bautista', 'Mercado'], ['Cebu', 'Davao', 'Iloilo'], 'Philippines'],
  sw: [['Wanjiru', 'Baraka', 'Amani', 'Zawadi'], ['Mwangi', 'Otieno', 'Kamau'], ['Mombasa', 'Kisumu', 'Arusha'], 'Kenya'],
  yo: [['Adébáyọ̀', 'Olúwaseun', 'Títílayọ̀'], ['Adéyẹmí', 'Ògúndélé', 'Bánkọ́lé'], ['Ìbàdàn', 'Abẹ́òkúta', 'Òṣogbo'], 'Nàìjíríà'],
  ig: [['Chiamaka', 'Obinna', 'Ngozi'], ['Okonkwo', 'Eze', 'Nwosu'], ['Enugu', 'Onitsha', 'Owerri'], 'Nigeria'],
  am: [['አበበ', 'መሰረት', 'ትዕግስት'], ['ተስፋዬ', 'ገብረመድህን', 'አለሙ'], ['ጎንደር', 'ባሕር ዳር', 'መቀሌ'], 'ኢትዮጵያ'],
  zu: [['Thandiwe', 'Sipho', 'Nomvula'], ['Dlamini', 'Ndlovu', 'Khumalo'], ['Durban', 'Pietermaritzburg', 'Polokwane'], 'South Africa'],
  ka: [['ნინო', 'გიორგი', 'თამარ'], ['ბერიძე', 'კაპანაძე', 'გელაშვილი'], ['ქუთაისი', 'ბათუმი'], 'საქართველო'],
  hy: [['Անի', 'Արամ', 'Նարինե'], ['Հովհաննիսյան', 'Պետրոսյան'], ['Գյումրի', 'Վանաձոր'], 'Հայաստան'],
  mi: [['Aroha', 'Tamati', 'Moana'], ['Ngata', 'Parata', 'Tawhiri'], ['Rotorua', 'Whangārei', 'Tauranga'], 'Aotearoa'],
};
const SPACELESS = new Set(['zh', 'ja']);

export function makePii(r) {
  const P = (e, v, x = {}) => ({ e, v, pii: true, ...x });
  const cultureKeys = Object.keys(CULTURES);
  const person = (c = r.pick(cultureKeys)) => {
    const [g, f, , , famFirst] = CULTURES[c]; const gn = r.pick(g), fn = r.pick(f);
    if (c === 'vi') return P('PERSON', gn, { c, given: gn.split(' ').pop(), family: gn.split(' ')[0] });
    const v = SPACELESS.has(c) || c === 'ko' ? fn + gn : famFirst ? `${fn} ${gn}` : `${gn} ${fn}`;
    return P('PERSON', v, { c, given: gn, family: fn });
  };
  const city = (c = r.pick(cultureKeys)) => P('LOCATION', r.pick(CULTURES[c][2]), { c });
  const country = (c = r.pick(cultureKeys)) => P('LOCATION', CULTURES[c][3], { c });
  const translit = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
  const DOMAINS = ['mail.example', 'post.test', 'inbox.invalid', 'corp.example', 'kunde.example', 'correo.test', 'student.uni.example', 'clinic.test', 'bank.invalid', 'agency.example'];
  const email = (p) => {
    const g = p && /^[A-Za-z]/.test(translit(p.given || '')) ? translit(p.given) : r.pick(['jdoe', 'mika', 'r.santos', 'kowal', 'li.wei', 'hana', 'team.lead']);
    const f = p && translit(p.family || '') ? translit(p.family) : r.pick(['x', 'work', 'dev']);
    const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}_${f}${r.int(1, 99)}`, `${f}+${r.pick(['billing', 'jira', 'news'])}`, `${g}${r.int(70, 99)}`]);
    return P('EMAIL_ADDRESS', `${local}@${r.pick(DOMAINS)}`);
  };
  // ---- addresses by national format: returns [{part, label?}] lines joined by caller
  const d = (n) => r.digits(n);
  const ADDR = {
    US: () => [[`${r.int(10, 9899)} ${r.pick(['Larkspur Ln', 'W 41st St', 'Ridgeview Dr', 'Magnolia Ave', 'County Road 12'])}${r.chance(0.3) ? ', Apt ' + r.int(1, 40) : ''}`, 1], [r.pick(['Tulsa', 'Boise', 'Dayton', 'Fresno']), 1, ', ' + r.pick(['OK', 'ID', 'OH', 'CA']) + ' ' + d(5)]],
    GB: () => [[`${r.int(1, 220)} ${r.pick(['Cheltenham Road', 'Mill Lane', 'Victoria Terrace', 'Harbour Way'])}`, 1], [r.pick(['Leeds', 'Norwich', 'Swansea', 'Bristol']), 1], [`${r.pick(['LS', 'NR', 'SA', 'BS'])}${r.int(1, 19)} ${r.int(1, 9)}${r.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`]],
    DE: () => [[`${r.pick(['Lindenstraße', 'Am Mühlbach', 'Kaiser-Wilhelm-Ring', 'Gartenweg'])} ${r.int(1, 140)}${r.chance(0.2) ? 'a' : ''}`, 1], [d(5) + ' ', 0, '', r.pick(['Würzburg', 'Bielefeld', 'Rostock', 'Görlitz'])]],
    FR: () => [[`${r.int(1, 90)}${r.chance(0.2) ? ' bis' : ''} ${r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard Carnot', 'impasse des Lilas'])}`, 1], [d(5) + ' ', 0, '', r.pick(['Besançon', 'Quimper', 'Rouen', 'Nancy'])]],
    JP: () => [[`〒${d(3)}-${d(4)}`], [`${r.pick(['北海道札幌市中央区北一条西', '福岡県福岡市博多区博多駅前', '宮城県仙台市青葉区一番町'])}${r.int(1, 9)}丁目${r.int(1, 20)}-${r.int(1, 30)}`, 1]],
    BR: () => [[`${r.pick(['Rua das Acácias', 'Av. Boa Viagem', 'Travessa São Bento', 'Rua Voluntários da Pátria'])}, ${r.int(10, 3000)}${r.chance(0.3) ? ', apto ' + r.int(11, 1804) : ''}`, 1], [`${r.pick(['Centro', 'Boa Viagem', 'Botafogo'])} - `, 0, '', r.pick(['Recife', 'Campinas', 'Manaus']), `, ${d(5)}-${d(3)}`]],
    IN: () => [[`${r.pick(['Flat', 'H.No.'])} ${r.int(1, 999)}, ${r.pick(['Shanti Nagar', 'Sector 21', 'MG Road', 'Koramangala 4th Block'])}`, 1], [r.pick(['Pune', 'Indore', 'Kochi', 'Bengaluru']), 1, ` - ${r.int(1, 8)}${d(5)}`]],
    CA: () => [[`${r.int(10, 9999)} ${r.pick(['rue Sherbrooke Ouest', 'Jasper Ave NW', 'Robson St'])}`, 1], [r.pick(['Montréal', 'Edmonton', 'Vancouver']), 1, ` ${r.pick(['QC', 'AB', 'BC'])}  ${r.pick(['H3A', 'T5J', 'V6Z'])} ${r.int(1, 9)}${r.pick(UP)}${r.int(1, 9)}`]],
    AU: () => [[`Unit ${r.int(1, 40)}/${r.int(1, 300)} ${r.pick(['Wattle Street', 'Beach Rd', 'Kingsford Smith Dr'])}`, 1], [r.pick(['BONDI JUNCTION', 'FREMANTLE', 'HOBART']), 1, ` ${r.pick(['NSW', 'WA', 'TAS'])} ${d(4)}`]],
    NL: () => [[`${r.pick(['Prinsengracht', 'Kerkstraat', 'Oude Delft'])} ${r.int(1, 600)}`, 1], [`${d(4)} ${r.str('ABCDEFGHJKLMNPRSTVWXZ', 2)} `, 0, '', r.pick(['Zwolle', 'Nijmegen', 'Leeuwarden'])]],
    ES: () => [[`C/ ${r.pick(['Mayor', 'de la Reina Victoria', 'Alcalá'])}, ${r.int(1, 200)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'izq.', 'dcha.'])}`, 1], [d(5) + ' ', 0, '', r.pick(['Logroño', 'Cáceres', 'Vigo'])]],
    IT: () => [[`${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Piazza San Marco'])} ${r.int(1, 200)}`, 1], [d(5) + ' ', 0, '', r.pick(['Bergamo', 'Lecce', 'Perugia']), ` (${r.pick(['BG', 'LE', 'PG'])})`]],
    RU: () => [[`ул. ${r.pick(['Ленина', 'Садовая', 'Пушкина'])}, д. ${r.int(1, 120)}, кв. ${r.int(1, 300)}`, 1], [`г. `, 0, '', r.pick(['Казань', 'Новосибирск', 'Самара']), `, ${d(6)}`]],
    CN: () => [[`${r.pick(['四川省成都市武侯区人民南路', '浙江省杭州市西湖区文三路', '陕西省西安市雁塔区长安南路'])}${r.int(1, 500)}号`, 1], [`邮编 ${d(6)}`]],
    KR: () => [[`${r.pick(['서울특별시 마포구 월드컵로', '부산광역시 해운대구 센텀중앙로', '대구광역시 수성구 동대구로'])} ${r.int(1, 300)}`, 1], [`(${d(5)})`]],
    MX: () => [[`Av. ${r.pick(['Insurgentes Sur', 'Reforma', 'Juárez'])} ${r.int(100, 4000)}, Col. ${r.pick(['Roma Norte', 'Del Valle', 'Centro'])}`, 1], [`C.P. ${d(5)}, `, 0, '', r.pick(['Guadalajara', 'Puebla', 'Mérida'])]],
    PL: () => [[`ul. ${r.pick(['Marszałkowska', 'Piotrkowska', 'Długa'])} ${r.int(1, 150)}/${r.int(1, 60)}`, 1], [`${d(2)}-${d(3)} `, 0, '', r.pick(['Wrocław', 'Łódź', 'Gdańsk'])]],
    SE: () => [[`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsvägen'])} ${r.int(1, 90)}`, 1], [`${d(3)} ${d(2)} `, 0, '', r.pick(['Umeå', 'Västerås', 'Luleå'])]],
    ZA: () => [[`${r.int(1, 400)} ${r.pick(['Jan Smuts Ave', 'Florida Road', 'Long Street'])}`, 1], [r.pick(['Rosebank', 'Morningside', 'Gardens']), 1], [r.pick(['Johannesburg', 'Durban', 'Cape Town']), 1, ` ${d(4)}`]],
    NG: () => [[`${r.int(1, 80)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Ogui Road'])}`, 1], [r.pick(['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Enugu']), 1]],
    EG: () => [[`${r.int(1, 90)} ${r.pick(['شارع التحرير', 'شارع الهرم', 'Abbas El Akkad St.'])}`, 1], [r.pick(['القاهرة', 'الجيزة', 'Nasr City, Cairo']), 1]],
    TR: () => [[`${r.pick(['Atatürk Cad.', 'Bağdat Cad.', 'İstiklal Cad.'])} No:${r.int(1, 200)} D:${r.int(1, 20)}`, 1], [`${d(5)} `, 0, '', r.pick(['Kadıköy/İstanbul', 'Konak/İzmir', 'Çankaya/Ankara'])]],
    CH: () => [[`${r.pick(['Bahnhofstrasse', 'Rue du Rhône', 'Via Nassa'])} ${r.int(1, 90)}`, 1], [`CH-${d(4)} `, 0, '', r.pick(['Zürich', 'Genève', 'Lugano'])]],
  };
  // emit address into a doc: lines joined with sep. LOCATION spans on street / city.
  const address = (doc, cc = r.pick(Object.keys(ADDR)), sep = '\n', withCountry = r.chance(0.4)) => {
    const lines = ADDR[cc](); let n = 0;
    lines.forEach((ln, i) => {
      if (i) doc.t(sep);
      const [txt, lab, suffix, city, tail] = ln;
      if (city !== undefined) { doc.t(txt); doc.pii('LOCATION', city); n++; if (tail) doc.t(tail); return; }
      if (lab) { doc.pii('LOCATION', txt); n++; } else doc.t(txt);
      if (suffix) doc.t(suffix);
    });
    if (withCountry) { doc.t(sep); doc.pii('LOCATION', COUNTRY_NAME[cc]); n++; }
    return n;
  };
  const COUNTRY_NAME = { US: 'USA', GB: 'United Kingdom', DE: 'Germany', FR: 'FRANCE', JP: '日本', BR: 'Brasil', IN: 'India', CA: 'Canada', AU: 'AUSTRALIA', NL: 'Nederland', ES: 'España', IT: 'Italia', RU: 'Россия', CN: '中国', KR: '대한민국', MX: 'México', PL: 'Polska', SE: 'Sverige', ZA: 'South Africa', NG: 'Nigeria', EG: 'Egypt', TR: 'Türkiye', CH: 'Schweiz' };
  // ---- phones: [cc, intl pattern, national pattern]; N = digit 2-9, X = digit
  const PH = {
    US: ['1', '+1 NXX-NXX-XXXX', '(NXX) NXX-XXXX'], CA: ['1', '+1 416 NXX XXXX', '604.NXX.XXXX'], GB: ['44', '+44 7700 9XXXXX', '020 7946 0XXX'], DE: ['49', '+49 151 XXXXXXXX', '030 NXXXXXXX'],
    FR: ['33', '+33 6 XX XX XX XX', '01 NX XX XX XX'], IN: ['91', '+91 98XXX XXXXX', '098XXX-XXXXX'], BR: ['55', '+55 11 9XXXX-XXXX', '(21) 9XXXX-XXXX'], JP: ['81', '+81 90-XXXX-XXXX', '03-XXXX-XXXX'],
    AU: ['61', '+61 4XX XXX XXX', '(02) 9XXX XXXX'], ES: ['34', '+34 6XX XX XX XX', '91 XXX XX XX'], IT: ['39', '+39 3XX XXX XXXX', '06 XXXX XXXX'], NL: ['31', '+31 6 XXXXXXXX', '020-NXX XXXX'],
    MX: ['52', '+52 55 XXXX XXXX', '33 NXXX XXXX'], CH: ['41', '+41 79 XXX XX XX', '044 XXX XX XX'], AT: ['43', '+43 664 XXXXXXX', '0664 XXX XX XX'], BE: ['32', '+32 470 XX XX XX', '02 XXX XX XX'],
    SE: ['46', '+46 70-XXX XX XX', '08-XXX XXX XX'], NO: ['47', '+47 4XX XX XXX', '9XX XX XXX'], DK: ['45', '+45 2X XX XX XX', '3X XX XX XX'], FI: ['358', '+358 40 XXX XXXX', '040 XXX XXXX'],
    PL: ['48', '+48 5XX XXX XXX', '22 XXX XX XX'], CZ: ['420', '+420 6XX XXX XXX', '7XX XXX XXX'], PT: ['351', '+351 91X XXX XXX', '21X XXX XXX'], IE: ['353', '+353 8X XXX XXXX', '01 XXX XXXX'],
    GR: ['30', '+30 69X XXX XXXX', '210 XXX XXXX'], TR: ['90', '+90 5XX XXX XX XX', '0 (212) XXX XX XX'], RU: ['7', '+7 9XX XXX-XX-XX', '8 (495) XXX-XX-XX'], UA: ['380', '+380 67 XXX XX XX', '044 XXX XX XX'],
    IL: ['972', '+972 5X-XXX-XXXX', '03-XXX-XXXX'], AE: ['971', '+971 5X XXX XXXX', '04 XXX XXXX'], SA: ['966', '+966 5X XXX XXXX', '011 XXX XXXX'], EG: ['20', '+20 10 XXXX XXXX', '02 XXXX XXXX'],
    ZA: ['27', '+27 8X XXX XXXX', '021 XXX XXXX'], NG: ['234', '+234 80X XXX XXXX', '0803 XXX XXXX'], KE: ['254', '+254 7XX XXXXXX', '0722 XXXXXX'], CN: ['86', '+86 138 XXXX XXXX', '010-XXXX XXXX'],
    KR: ['82', '+82 10-XXXX-XXXX', '02-XXXX-XXXX'], TW: ['886', '+886 9XX XXX XXX', '(02) XXXX-XXXX'], HK: ['852', '+852 9XXX XXXX', '6XXX XXXX'], SG: ['65', '+65 8XXX XXXX', '6XXX XXXX'],
    MY: ['60', '+60 12-XXX XXXX', '03-XXXX XXXX'], TH: ['66', '+66 8X XXX XXXX', '02 XXX XXXX'], VN: ['84', '+84 9X XXX XX XX', '028 XXXX XXXX'], PH: ['63', '+63 917 XXX XXXX', '(02) 8XXX XXXX'],
    ID: ['62', '+62 812-XXXX-XXXX', '021-XXXX-XXXX'], PK: ['92', '+92 3XX XXXXXXX', '042 XXXXXXXX'], BD: ['880', '+880 17XX-XXXXXX', '02-XXXXXXXX'], NZ: ['64', '+64 21 XXX XXXX', '(09) XXX XXXX'],
    AR: ['54', '+54 9 11 XXXX-XXXX', '011 4XXX-XXXX'], CL: ['56', '+56 9 XXXX XXXX', '(2) 2XXX XXXX'], CO: ['57', '+57 3XX XXX XXXX', '601 XXX XXXX'], PE: ['51', '+51 9XX XXX XXX', '(01) XXX XXXX'],
    HU: ['36', '+36 20 XXX XXXX', '06 1 XXX XXXX'], RO: ['40', '+40 7XX XXX XXX', '021 XXX XXXX'],
  };
  const fill = (p) => p.replace(/N/g, () => String(r.int(2, 9))).replace(/X/g, () => String(r.int(0, 9)));
  const phone = (cc = r.pick(Object.keys(PH)), intl = r.chance(0.55)) => {
    let v = fill(PH[cc][intl ? 1 : 2]); if (cc === 'US' || cc === 'CA') v = v.replace(/(\D|^)555/g, '$1556');
    if (intl && r.chance(0.15)) v = v.replace(/^\+/, '00');
    if (intl && r.chance(0.1)) v = v.replace(/[ .-]/g, '');
    return P('PHONE_NUMBER', v, { cc });
  };
  // ---- IPs
  const ipv4 = () => P('IP_ADDRESS', r.pick([() => `203.0.113.${r.int(1, 254)}`, () => `198.51.100.${r.int(1, 254)}`, () => `192.0.2.${r.int(1, 254)}`, () => `${r.pick([81, 88, 93, 109, 151, 177, 185, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`])());
  const ipv6 = () => P('IP_ADDRESS', `2001:db8:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(3)}::${r.hex(4).replace(/^0+/, '') || 'a'}`);
  // ---- cards
  const CARD = { visa: () => ['4', 16], mc: () => [String(r.int(51, 55)), 16], mc2: () => [String(r.int(2221, 2720)), 16], amex: () => [r.pick(['34', '37']), 15], disc: () => [r.pick(['6011', '65']), 16], jcb: () => [String(r.int(3528, 3589)), 16], diners: () => [r.pick(['36', '300', '305']), 14] };
  const card = (brand = r.pick(Object.keys(CARD)), fmt = r.pick(['plain', 'space', 'dash'])) => {
    const [pre, len] = CARD[brand](); let n = luhnComplete(pre + r.digits(len - pre.length - 1));
    if (['4242424242424242', '4111111111111111'].includes(n)) n = luhnComplete('4' + r.digits(14));
    let v = n; const gs = len === 15 ? [4, 6, 5] : len === 14 ? [4, 6, 4] : [4, 4, 4, 4];
    if (fmt !== 'plain') { let i = 0; v = gs.map((g) => { const x = n.slice(i, i + g); i += g; return x; }).join(fmt === 'space' ? ' ' : '-'); }
    return P('CREDIT_CARD', v, { brand, digits: n });
  };
  // ---- IBAN
  const bban = (cc) => {
    const L = IBAN_LEN[cc] - 4; const letters = { GB: 4, NL: 4, IE: 4, RO: 4 }[cc] || 0;
    let b = r.str(UP, letters) + r.digits(L - letters); if (cc === 'IT') b = r.pick(UP) + r.digits(L - 1);
    return b;
  };
  const iban = (cc = r.pick(Object.keys(IBAN_LEN)), grouped = r.chance(0.5)) => {
    const b = bban(cc); const raw = cc + ibanCheck(cc, b) + b;
    return P('IBAN_CODE', grouped ? raw.match(/.{1,4}/g).join(' ') : raw, { raw });
  };
  const ssn = (fmt = r.chance(0.8)) => {
    let a; do { a = r.int(1, 899); } while (a === 666);
    const v = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
    return P('US_SSN', fmt ? v.join('-') : v.join(''));
  };
  const itin = () => { const g = r.pick([r.int(50, 65), r.int(70, 88), r.int(90, 92), r.int(94, 99)]); return P('US_ITIN', `9${r.digits(2)}-${g}-${r.digits(4)}`); };
  const passport = () => P('US_PASSPORT', r.chance(0.5) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'B', 'C', 'E', 'Z']) + r.digits(8));
  const DL = { CA: () => r.pick(UP) + r.digits(7), NY: () => r.digits(9), FL: () => `${r.pick(UP)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, TX: () => r.digits(8), IL: () => `${r.pick(UP)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, WA: () => 'WDL' + r.str(UPNUM, 9), PA: () => r.digits(2) + ' ' + r.digits(3) + ' ' + r.digits(3), NJ: () => r.pick(UP) + r.digits(4) + ' ' + r.digits(5) + ' ' + r.digits(5), MI: () => `${r.pick(UP)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, OH: () => r.str(UP, 2) + r.digits(6), WI: () => `${r.pick(UP)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`, CO: () => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`, AZ: () => r.pick(UP) + r.digits(8), MA: () => 'S' + r.digits(8), GA: () => r.digits(9), NC: () => r.digits(12), VA: () => r.pick(UP) + r.digits(8), MN: () => r.pick(UP) + r.digits(12) };
  const dl = (st = r.pick(Object.keys(DL))) => P('US_DRIVER_LICENSE', DL[st](), { st });
  const bankAcct = () => P('US_BANK_NUMBER', r.digits(r.int(8, 17)).replace(/^0/, '4'));
  const btc = () => {
    const k = r.int(0, 2);
    if (k === 0) return P('CRYPTO', b58check(Buffer.concat([Buffer.from([0]), sha256(Buffer.from(r.hex(20))).subarray(0, 20)])));
    if (k === 1) return P('CRYPTO', b58check(Buffer.concat([Buffer.from([5]), sha256(Buffer.from(r.hex(20))).subarray(0, 20)])));
    return P('CRYPTO', bech32Encode('bc', 0, [...sha256(Buffer.from(r.hex(20))).subarray(0, 20)]));
  };
  const dea = (surname) => {
    const six = r.digits(6); const l2 = surname && /^[A-Za-z]/.test(translit(surname)) ? translit(surname)[0].toUpperCase() : r.pick(UP);
    return P('MEDICAL_LICENSE', r.pick(['A', 'B', 'F', 'G', 'M']) + l2 + six + deaCheck(six));
  };
  const nhs = (fmt = r.pick(['space', 'plain', 'dash'])) => {
    let nine, c; do { nine = String(r.int(4, 6)) + r.digits(8); c = nhsCheck(nine); } while (c === 10);
    const n = nine + c; return P('UK_NHS', fmt === 'plain' ? n : [n.slice(0, 3), n.slice(3, 6), n.slice(6)].join(fmt === 'space' ? ' ' : '-'));
  };
  return { person, city, country, email, address, phone, ipv4, ipv6, card, iban, ssn, itin, passport, dl, bankAcct, btc, dea, nhs, cultureKeys, PH, ADDR, DL, translit };
}
