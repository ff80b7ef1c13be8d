// PII generators: names of 34 cultures, places, national address formats, 45 phone plans,
// checksum-valid identifiers.
import { luhnDigit, ibanCheck, IBAN_LEN, b58check, bech32Segwit, DIG, UPPER } from './core.mjs';

// culture: [given names, family names, order ('gf' or 'fg'), joiner]
export const CULTURES = {
  en_us: [['Madison', 'Tyler', 'Brianna', 'Dwayne', 'Kelsey', 'Garrett'], ['Whitfield', 'Harrelson', 'Okafor-Reyes', 'Lindqvist', 'Pruitt', 'Castellano']],
  en_gb: [['Imogen', 'Rhys', 'Poppy', 'Alistair', 'Niamh', 'Callum'], ['Ashworth', 'Pemberton', 'Featherstone', 'Cartwright', 'Blyth', 'Ormerod']],
  ga_ie: [['Saoirse', 'Oisín', 'Aoife', 'Cathal', 'Róisín'], ['Ó Briain', 'Mac Giolla', 'Ní Dhomhnaill', 'Ó Súilleabháin', 'Breathnach']],
  cy: [['Gwenllian', 'Iestyn', 'Eirlys', 'Dafydd'], ['ap Rhys', 'Pugh', 'Llewellyn', 'Prydderch']],
  de: [['Jannik', 'Friederike', 'Lasse', 'Henrike', 'Torben', 'Annegret'], ['Brückner', 'Hoffmeister', 'Kleinschmidt', 'Wendler', 'Oßwald', 'Tiedemann']],
  fr: [['Clémence', 'Aurélien', 'Solène', 'Gaëtan', 'Maëlys', 'Thibault'], ['Lefèvre', 'Duchamp', 'Marchetti', 'Gauthier', 'Rousselot', 'Vasseur']],
  es: [['Iñaki', 'Ainhoa', 'Rocío', 'Álvaro', 'Nerea'], ['Etxeberria', 'García Lozano', 'Ibáñez', 'Ruiz de Alda', 'Quintana']],
  mx: [['Ximena', 'Guadalupe', 'Itzel', 'Emiliano', 'Yahir'], ['Huerta Salgado', 'Cuauhtli', 'Zepeda', 'Villaseñor', 'Ocampo']],
  pt_br: [['João Vitor', 'Thaís', 'Luana', 'Caíque', 'Rafaela'], ['Conceição', 'Nogueira', 'dos Santos Lima', 'Brandão', 'Figueiredo']],
  it: [['Ludovica', 'Pierluigi', 'Benedetta', 'Gianmarco', 'Serena'], ['Mancuso', 'Lombardi', 'Santangelo', 'Pellegrini', 'Cavalcanti']],
  nl: [['Sanne', 'Joris', 'Femke', 'Maarten', 'Lotte'], ['van der Veen', 'de Groot', 'Bakker', 'Verhoeven', 'van Dijk']],
  pl: [['Zofia', 'Grzegorz', 'Małgorzata', 'Wojciech', 'Agnieszka'], ['Wiśniewska', 'Krzyżanowski', 'Zieliński', 'Szczepańska', 'Dąbrowski']],
  cs: [['Tereza', 'Vojtěch', 'Kateřina', 'Lukáš'], ['Dvořáková', 'Procházka', 'Novotný', 'Černá']],
  hu: [['Zsófia', 'Bence', 'Réka', 'Levente'], ['Szabó', 'Kovács', 'Tóth', 'Farkas']],
  sv: [['Linnéa', 'Björn', 'Ebba', 'Måns'], ['Lindgren', 'Sjöberg', 'Åström', 'Holmqvist']],
  fi: [['Aino', 'Eetu', 'Siiri', 'Juhani'], ['Virtanen', 'Mäkinen', 'Heikkilä', 'Korhonen']],
  ru: [['Анастасия', 'Дмитрий', 'Ксения', 'Святослав', 'Ольга'], ['Кузнецова', 'Воробьёв', 'Соколова', 'Лебедев', 'Громова']],
  uk: [['Оксана', 'Тарас', 'Богдана', 'Олексій'], ['Шевчук', 'Коваленко', 'Бондаренко', 'Ткаченко']],
  el: [['Ελένη', 'Γιώργος', 'Κατερίνα', 'Νικόλαος'], ['Παπαδοπούλου', 'Οικονόμου', 'Αντωνίου', 'Καραγιάννης']],
  tr: [['Elif', 'Mehmet Can', 'Zeynep', 'Emre', 'Büşra'], ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Doğan']],
  ar: [['محمد', 'فاطمة', 'يوسف', 'ليلى', 'عمر'], ['الحربي', 'العتيبي', 'الشمري', 'القحطاني', 'المصري']],
  ar_lat: [['Khalid', 'Noor', 'Tariq', 'Yasmin', 'Hamza'], ['Al-Mansouri', 'Haddad', 'El-Sayed', 'Bin Rashid', 'Nasser']],
  fa: [['Shirin', 'Dariush', 'Parisa', 'Kourosh'], ['Tehrani', 'Rostami', 'Karimi', 'Farahani']],
  he: [['נועה', 'איתי', 'תמר', 'יונתן'], ['כהן', 'לוי', 'מזרחי', 'פרץ']],
  hi: [['प्रिया', 'अर्जुन', 'अनन्या', 'राहुल'], ['शर्मा', 'वर्मा', 'गुप्ता', 'मिश्रा']],
  in_lat: [['Aarav', 'Ishita', 'Venkatesh', 'Lakshmi', 'Harpreet'], ['Raghunathan', 'Chatterjee', 'Iyer', 'Deshpande', 'Sandhu']],
  ta: [['Karthik', 'Meenakshi', 'Senthil', 'Revathi'], ['Subramanian', 'Murugan', 'Krishnaswamy', 'Balasubramaniam']],
  bn: [['তানভীর', 'নুসরাত', 'রাকিব'], ['হোসেন', 'চৌধুরী', 'রহমান']],
  zh: [['伟', '秀英', '子涵', '浩然', '雨桐'], ['王', '李', '张', '刘', '陈'], 'fg', ''],
  zh_lat: [['Wei', 'Xiuying', 'Zihan', 'Haoran', 'Yutong'], ['Wang', 'Li', 'Zhang', 'Liu', 'Chen'], 'fg'],
  ja: [['陽翔', '結衣', '蓮', 'さくら', '大輝'], ['佐藤', '鈴木', '高橋', '田中', '渡辺'], 'fg', ' '],
  ja_lat: [['Haruto', 'Yui', 'Ren', 'Sakura', 'Daiki'], ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe']],
  ko: [['민준', '서연', '지호', '하은'], ['김', '이', '박', '최'], 'fg', ''],
  ko_lat: [['Minjun', 'Seoyeon', 'Jiho', 'Ha-eun'], ['Kim', 'Lee', 'Park', 'Choi'], 'fg'],
  vi: [['Minh Anh', 'Quang Huy', 'Thu Trang', 'Đức Thắng'], ['Nguyễn', 'Trần', 'Lê', 'Phạm'], 'fg'],
  th: [['สมชาย', 'มาลี', 'ธนากร', 'ศิริพร'], ['ศรีสุข', 'วงศ์ใหญ่', 'ทองดี', 'แก้วมณี']],
  id: [['Putri', 'Bayu', 'Dewi', 'Agus'], ['Santoso', 'Wijaya', 'Kusuma', 'Hidayat']],
  fil: [['Maricel', 'Jomar', 'Liza', 'Rodel'], ['dela Cruz', 'Bautista', 'Manalo', 'Villanueva']],
  sw: [['Wanjiru', 'Otieno', 'Achieng', 'Baraka'], ['Mwangi', 'Kamau', 'Odhiambo', 'Njoroge']],
  yo: [['Oluwaseun', 'Adebayo', 'Folasade', 'Chiamaka', 'Emeka'], ['Adeyemi', 'Okonkwo', 'Balogun', 'Nwachukwu', 'Oyelaran']],
  am: [['አበበ', 'ትዕግስት', 'ዮሐንስ'], ['በቀለ', 'ተስፋዬ', 'ገብረ']],
  zu: [['Thandiwe', 'Sipho', 'Nomvula'], ['Dlamini', 'Nkosi', 'Mthembu']],
};
export const CULTURE_KEYS = Object.keys(CULTURES);
export function person(r, culture) {
  const c = culture || r.pick(CULTURE_KEYS); const [g, f, order, j] = CULTURES[c];
  const gi = r.pick(g), fa = r.pick(f), sep = j ?? ' ';
  return order === 'fg' ? `${fa}${sep}${gi}` : `${gi}${sep}${fa}`;
}
export function given(r, c) { return r.pick(CULTURES[c || r.pick(CULTURE_KEYS)][0]); }
export function surname(r, c) { return r.pick(CULTURES[c || r.pick(CULTURE_KEYS)][1]); }

// Countries: cities, street format (returns [streetLine, zip]) and phone plan
export const COUNTRIES = {
  US: { name: 'United States', cities: ['Tulsa', 'Boise', 'Spokane', 'Savannah', 'Ann Arbor', 'Duluth'], street: (r) => [`${r.int(10, 9899)} ${r.pick(['Maple', 'Juniper', 'Old Mill', 'Larkspur', 'W 38th'])} ${r.pick(['St', 'Ave', 'Rd', 'Blvd', 'Ln'])}`, r.digits(5)] },
  CA: { name: 'Canada', cities: ['Kelowna', 'Moncton', 'Trois-Rivières', 'Saskatoon'], street: (r) => [`${r.int(10, 9999)} ${r.pick(['Rue Saint-Denis', 'Birchmount Rd', 'Wellington St W'])}`, `${r.str(UPPER, 1)}${r.int(0, 9)}${r.str(UPPER, 1)} ${r.int(0, 9)}${r.str(UPPER, 1)}${r.int(0, 9)}`] },
  GB: { name: 'United Kingdom', cities: ['Harrogate', 'Swansea', 'Dundee', 'Norwich', 'Stockport'], street: (r) => [`${r.int(1, 220)} ${r.pick(['Wellesley Road', 'Kings Parade', 'Mafeking Terrace', 'Ormskirk Lane'])}`, `${r.pick(['LS', 'SW', 'M', 'NR', 'G'])}${r.int(1, 20)} ${r.int(1, 9)}${r.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`] },
  DE: { name: 'Deutschland', cities: ['Bielefeld', 'Würzburg', 'Göttingen', 'Rostock', 'Paderborn'], street: (r) => [`${r.pick(['Lindenstraße', 'Am Kuhberg', 'Königsallee', 'Schillerweg', 'Große Bleichen'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`, r.digits(5)] },
  AT: { name: 'Österreich', cities: ['Graz', 'Linz', 'Innsbruck'], street: (r) => [`${r.pick(['Mariahilfer Straße', 'Herrengasse', 'Landstraßer Hauptstraße'])} ${r.int(1, 99)}/${r.int(1, 20)}`, String(r.int(1010, 9999))] },
  CH: { name: 'Schweiz', cities: ['Winterthur', 'Lugano', 'St. Gallen'], street: (r) => [`${r.pick(['Bahnhofstrasse', 'Rue du Rhône', 'Via Nassa'])} ${r.int(1, 99)}`, String(r.int(1000, 9658))] },
  FR: { name: 'France', cities: ['Besançon', 'Clermont-Ferrand', 'Rennes', 'Perpignan', 'Nancy'], street: (r) => [`${r.int(1, 180)}${r.pick(['', ' bis', ' ter'])} ${r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard Gambetta', 'impasse des Lilas'])}`, r.digits(5)] },
  BE: { name: 'België', cities: ['Gent', 'Leuven', 'Namur'], street: (r) => [`${r.pick(['Kortrijksesteenweg', 'Rue de la Loi', 'Meir'])} ${r.int(1, 300)}`, String(r.int(1000, 9992))] },
  NL: { name: 'Nederland', cities: ['Zwolle', 'Haarlem', 'Eindhoven', 'Groningen'], street: (r) => [`${r.pick(['Prinsengracht', 'Oudegracht', 'Dorpsstraat', 'Burgemeester Hogguerstraat'])} ${r.int(1, 400)}${r.pick(['', '-II', 'A', ' hs'])}`, `${r.int(1000, 9999)} ${r.str('ABCDEGHJKLNPRSTVWXZ', 2)}`] },
  ES: { name: 'España', cities: ['Zaragoza', 'Valladolid', 'Cádiz', 'Logroño'], street: (r) => [`${r.pick(['Calle de Alcalá', 'Avda. de la Constitución', 'C/ Mayor', 'Passeig de Gràcia'])}, ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'Izq.', 'Dcha.'])}`, r.digits(5)] },
  PT: { name: 'Portugal', cities: ['Braga', 'Coimbra', 'Faro'], street: (r) => [`${r.pick(['Rua Augusta', 'Avenida da Liberdade', 'Travessa do Carmo'])}, ${r.int(1, 300)}, ${r.int(1, 6)}º Esq.`, `${r.int(1000, 9999)}-${r.digits(3)}`] },
  IT: { name: 'Italia', cities: ['Bergamo', 'Lecce', 'Trieste', 'Parma', 'Cagliari'], street: (r) => [`${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Piazza Cavour'])} ${r.int(1, 150)}`, r.digits(5)] },
  PL: { name: 'Polska', cities: ['Wrocław', 'Łódź', 'Gdańsk', 'Poznań'], street: (r) => [`ul. ${r.pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Świętokrzyska'])} ${r.int(1, 120)}/${r.int(1, 40)}`, `${r.digits(2)}-${r.digits(3)}`] },
  CZ: { name: 'Česko', cities: ['Brno', 'Olomouc', 'Plzeň'], street: (r) => [`${r.pick(['Vinohradská', 'Husova', 'Masarykova'])} ${r.int(1, 2000)}/${r.int(1, 60)}`, `${r.digits(3)} ${r.digits(2)}`] },
  SE: { name: 'Sverige', cities: ['Uppsala', 'Malmö', 'Umeå'], street: (r) => [`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsvägen'])} ${r.int(1, 90)}`, `${r.digits(3)} ${r.digits(2)}`] },
  DK: { name: 'Danmark', cities: ['Aarhus', 'Odense', 'Aalborg'], street: (r) => [`${r.pick(['Nørregade', 'Vesterbrogade', 'Strandvejen'])} ${r.int(1, 200)}, ${r.int(1, 5)}. th.`, String(r.int(1000, 9990))] },
  NO: { name: 'Norge', cities: ['Trondheim', 'Stavanger', 'Tromsø'], street: (r) => [`${r.pick(['Karl Johans gate', 'Storgata', 'Bryggen'])} ${r.int(1, 90)}`, r.digits(4)] },
  FI: { name: 'Suomi', cities: ['Tampere', 'Oulu', 'Turku'], street: (r) => [`${r.pick(['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu'])} ${r.int(1, 90)} B ${r.int(1, 40)}`, r.digits(5)] },
  GR: { name: 'Ελλάδα', cities: ['Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο'], street: (r) => [`${r.pick(['Οδός Ερμού', 'Λεωφόρος Αλεξάνδρας', 'Οδός Τσιμισκή'])} ${r.int(1, 150)}`, `${r.digits(3)} ${r.digits(2)}`] },
  TR: { name: 'Türkiye', cities: ['İzmir', 'Eskişehir', 'Gaziantep', 'Bursa'], street: (r) => [`${r.pick(['Atatürk Cad.', 'İstiklal Cad.', 'Bağdat Cad.'])} No:${r.int(1, 300)} D:${r.int(1, 20)}`, r.digits(5)] },
  RU: { name: 'Россия', cities: ['Екатеринбург', 'Новосибирск', 'Казань', 'Самара'], street: (r) => [`ул. ${r.pick(['Ленина', 'Пушкинская', 'Садовая', 'Мира'])}, д. ${r.int(1, 150)}, кв. ${r.int(1, 300)}`, r.digits(6)] },
  UA: { name: 'Україна', cities: ['Львів', 'Харків', 'Одеса'], street: (r) => [`вул. ${r.pick(['Хрещатик', 'Сумська', 'Дерибасівська'])}, ${r.int(1, 90)}`, r.digits(5)] },
  IL: { name: 'Israel', cities: ['Haifa', 'Be\'er Sheva', 'Netanya'], street: (r) => [`${r.pick(['Rehov Herzl', 'Sderot Rothschild', 'Rehov Allenby'])} ${r.int(1, 200)}`, r.digits(7)] },
  AE: { name: 'United Arab Emirates', cities: ['Sharjah', 'Abu Dhabi', 'Al Ain'], street: (r) => [`Villa ${r.int(1, 90)}, ${r.pick(['Street 14', 'Al Wasl Road', 'Al Khan St'])}`, ''] },
  SA: { name: 'Saudi Arabia', cities: ['Jeddah', 'Dammam', 'Riyadh'], street: (r) => [`${r.int(1000, 9999)} ${r.pick(['King Fahd Rd', 'Prince Sultan St', 'Al Olaya'])}`, r.digits(5)] },
  EG: { name: 'Egypt', cities: ['Alexandria', 'Giza', 'Mansoura'], street: (r) => [`${r.int(1, 90)} ${r.pick(['Tahrir St', 'El Nasr Rd', 'Corniche El Nil'])}`, r.digits(5)] },
  ZA: { name: 'South Africa', cities: ['Durban', 'Gqeberha', 'Bloemfontein'], street: (r) => [`${r.int(1, 300)} ${r.pick(['Jan Smuts Ave', 'Long Street', 'Florida Rd'])}`, r.digits(4)] },
  NG: { name: 'Nigeria', cities: ['Ibadan', 'Enugu', 'Kano', 'Port Harcourt'], street: (r) => [`${r.int(1, 90)} ${r.pick(['Awolowo Road', 'Adeola Odeku St', 'Ogui Road'])}`, r.digits(6)] },
  KE: { name: 'Kenya', cities: ['Kisumu', 'Mombasa', 'Eldoret'], street: (r) => [`${r.pick(['Moi Avenue', 'Ngong Road', 'Oginga Odinga St'])}, House ${r.int(1, 90)}`, r.digits(5)] },
  IN: { name: 'India', cities: ['Pune', 'Coimbatore', 'Lucknow', 'Kochi', 'Indore'], street: (r) => [`Flat ${r.int(101, 1204)}, ${r.pick(['Shanti Niketan Apts', 'Lakeview Residency'])}, ${r.pick(['MG Road', 'Anna Salai', 'Linking Road'])}`, r.digits(6)] },
  CN: { name: '中国', cities: ['成都', '杭州', '武汉', '西安'], street: (r) => [`${r.pick(['人民路', '解放大道', '中山北路', '建设路'])}${r.int(1, 999)}号`, r.digits(6)] },
  JP: { name: '日本', cities: ['札幌市', '福岡市', '仙台市', '金沢市'], street: (r) => [`${r.pick(['中央区北一条西', '博多区博多駅前', '青葉区一番町'])}${r.int(1, 9)}丁目${r.int(1, 30)}-${r.int(1, 20)}`, `${r.digits(3)}-${r.digits(4)}`] },
  KR: { name: '대한민국', cities: ['부산광역시', '대구광역시', '인천광역시'], street: (r) => [`${r.pick(['해운대로', '중앙대로', '테헤란로'])} ${r.int(1, 500)}`, r.digits(5)] },
  TW: { name: 'Taiwan', cities: ['Taichung', 'Kaohsiung', 'Tainan'], street: (r) => [`No. ${r.int(1, 300)}, ${r.pick(['Zhongzheng Rd', 'Minsheng E. Rd', 'Sec. 2, Wenhua Rd'])}`, r.digits(3)] },
  HK: { name: 'Hong Kong', cities: ['Kowloon', 'Sha Tin', 'Tsuen Wan'], street: (r) => [`Flat ${r.str('ABCDEF', 1)}, ${r.int(2, 40)}/F, ${r.int(1, 300)} ${r.pick(['Nathan Road', 'Hennessy Road', 'Castle Peak Road'])}`, ''] },
  SG: { name: 'Singapore', cities: ['Singapore'], street: (r) => [`Blk ${r.int(100, 999)} ${r.pick(['Ang Mo Kio Ave 3', 'Tampines St 21', 'Jurong West St 52'])} #${r.pad(r.int(2, 20), 2)}-${r.int(10, 300)}`, r.digits(6)] },
  TH: { name: 'Thailand', cities: ['เชียงใหม่', 'ขอนแก่น', 'Phuket'], street: (r) => [`${r.int(1, 300)}/${r.int(1, 40)} ${r.pick(['ถนนสุขุมวิท', 'ถนนนิมมานเหมินท์', 'Thanon Ratchadamnoen'])}`, r.digits(5)] },
  VN: { name: 'Việt Nam', cities: ['Đà Nẵng', 'Hải Phòng', 'Cần Thơ'], street: (r) => [`Số ${r.int(1, 300)} ${r.pick(['Đường Lê Lợi', 'Phố Hàng Bạc', 'Đường Trần Phú'])}`, r.digits(6)] },
  PH: { name: 'Philippines', cities: ['Cebu City', 'Davao City', 'Quezon City'], street: (r) => [`${r.int(1, 900)} ${r.pick(['Rizal Ave', 'Mabini St', 'Katipunan Ave'])}, Brgy. ${r.pick(['San Roque', 'Poblacion', 'Lahug'])}`, r.digits(4)] },
  ID: { name: 'Indonesia', cities: ['Bandung', 'Surabaya', 'Yogyakarta'], street: (r) => [`Jl. ${r.pick(['Merdeka', 'Sudirman', 'Malioboro'])} No. ${r.int(1, 200)}`, r.digits(5)] },
  MY: { name: 'Malaysia', cities: ['Penang', 'Johor Bahru', 'Ipoh'], street: (r) => [`No. ${r.int(1, 99)}, Jalan ${r.pick(['Ampang', 'Bukit Bintang', 'SS2/24'])}`, r.digits(5)] },
  AU: { name: 'Australia', cities: ['Geelong', 'Hobart', 'Townsville', 'Fremantle'], street: (r) => [`Unit ${r.int(1, 40)}/${r.int(1, 300)} ${r.pick(['Ocean Parade', 'Wattle Cres', 'Bourke St'])}`, r.digits(4)] },
  NZ: { name: 'New Zealand', cities: ['Tauranga', 'Dunedin', 'Napier'], street: (r) => [`${r.int(1, 300)} ${r.pick(['Cuba Street', 'Ponsonby Rd', 'Riccarton Rd'])}`, r.digits(4)] },
  BR: { name: 'Brasil', cities: ['Curitiba', 'Recife', 'Florianópolis', 'Belo Horizonte'], street: (r) => [`${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua XV de Novembro'])}, ${r.int(1, 3000)}, apto ${r.int(11, 1504)}`, `${r.digits(5)}-${r.digits(3)}`] },
  MX: { name: 'México', cities: ['Guadalajara', 'Puebla', 'Mérida', 'Querétaro'], street: (r) => [`${r.pick(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Blvd. Kukulcán'])} ${r.int(1, 3000)}, Col. ${r.pick(['Roma Norte', 'Centro', 'Del Valle'])}`, r.digits(5)] },
  AR: { name: 'Argentina', cities: ['Rosario', 'Córdoba', 'Mendoza'], street: (r) => [`${r.pick(['Av. Corrientes', 'Calle Florida', 'Av. San Martín'])} ${r.int(100, 5000)}, piso ${r.int(1, 12)}`, `${r.str(UPPER, 1)}${r.digits(4)}${r.str(UPPER, 3)}`] },
  CL: { name: 'Chile', cities: ['Valparaíso', 'Concepción', 'Antofagasta'], street: (r) => [`${r.pick(['Av. Providencia', 'Calle Esmeralda'])} ${r.int(100, 3000)}, depto ${r.int(11, 1500)}`, r.digits(7)] },
  CO: { name: 'Colombia', cities: ['Medellín', 'Cali', 'Barranquilla'], street: (r) => [`Carrera ${r.int(1, 90)} # ${r.int(1, 120)}-${r.int(1, 99)}`, r.digits(6)] },
  PE: { name: 'Perú', cities: ['Arequipa', 'Cusco', 'Trujillo'], street: (r) => [`Jr. ${r.pick(['de la Unión', 'Ayacucho', 'Puno'])} ${r.int(100, 1500)}`, r.digits(5)] },
  IE: { name: 'Ireland', cities: ['Galway', 'Limerick', 'Cork'], street: (r) => [`${r.int(1, 90)} ${r.pick(['Shop Street', 'Grafton Street', 'Oliver Plunkett St'])}`, `${r.str('ACDEFHKNPRTVWXY', 1)}${r.int(10, 99)} ${r.str('ACDEFHKNPRTVWXY0123456789', 4)}`] },
};
export const COUNTRY_KEYS = Object.keys(COUNTRIES);
export const city = (r, cc) => r.pick(COUNTRIES[cc || r.pick(COUNTRY_KEYS)].cities);
export const countryName = (r, cc) => COUNTRIES[cc || r.pick(COUNTRY_KEYS)].name;

// phone plans: [country code, national-format fn (returns digits with national spacing, no trunk), trunk prefix]
const n = (r, k) => r.digits(k);
const nz = (r, k) => String(r.int(2, 9)) + r.digits(k - 1);
export const PHONES = {
  US: ['1', (r) => `${r.int(201, 989)} ${r.int(201, 989)} ${n(r, 4)}`, '', (r) => `(${r.int(201, 989)}) ${r.int(201, 989)}-${n(r, 4)}`],
  CA: ['1', (r) => `${r.pick([416, 604, 514, 403, 902])} ${r.int(201, 989)} ${n(r, 4)}`, ''],
  GB: ['44', (r) => `7${r.int(400, 999)} ${n(r, 6)}`, '0'],
  IE: ['353', (r) => `8${r.pick([3, 5, 6, 7, 9])} ${n(r, 3)} ${n(r, 4)}`, '0'],
  DE: ['49', (r) => `15${r.int(1, 9)} ${n(r, 8)}`, '0'],
  AT: ['43', (r) => `664 ${n(r, 7)}`, '0'],
  CH: ['41', (r) => `7${r.pick([6, 7, 8, 9])} ${n(r, 3)} ${n(r, 2)} ${n(r, 2)}`, '0'],
  FR: ['33', (r) => `${r.pick([6, 7])} ${n(r, 2)} ${n(r, 2)} ${n(r, 2)} ${n(r, 2)}`, '0'],
  BE: ['32', (r) => `4${r.int(70, 99)} ${n(r, 2)} ${n(r, 2)} ${n(r, 2)}`, '0'],
  NL: ['31', (r) => `6 ${n(r, 8)}`, '0'],
  LU: ['352', (r) => `6${r.pick([21, 61, 91])} ${n(r, 3)} ${n(r, 3)}`, ''],
  ES: ['34', (r) => `6${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`, ''],
  PT: ['351', (r) => `9${r.pick([1, 2, 3, 6])} ${n(r, 3)} ${n(r, 4)}`, ''],
  IT: ['39', (r) => `3${r.int(20, 99)} ${n(r, 3)} ${n(r, 4)}`, ''],
  PL: ['48', (r) => `${r.pick([5, 6, 7, 8])}${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`, ''],
  CZ: ['420', (r) => `${r.pick([6, 7])}${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`, ''],
  HU: ['36', (r) => `${r.pick([20, 30, 70])} ${n(r, 3)} ${n(r, 4)}`, '06 '],
  SE: ['46', (r) => `7${r.pick([0, 2, 3, 6])}-${n(r, 3)} ${n(r, 2)} ${n(r, 2)}`, '0'],
  NO: ['47', (r) => `${r.pick([4, 9])}${n(r, 2)} ${n(r, 2)} ${n(r, 3)}`, ''],
  DK: ['45', (r) => `${r.int(20, 31)} ${n(r, 2)} ${n(r, 2)} ${n(r, 2)}`, ''],
  FI: ['358', (r) => `4${r.int(0, 5)} ${n(r, 3)} ${n(r, 4)}`, '0'],
  GR: ['30', (r) => `69${r.int(0, 9)} ${n(r, 3)} ${n(r, 4)}`, ''],
  TR: ['90', (r) => `5${n(r, 2)} ${n(r, 3)} ${n(r, 2)} ${n(r, 2)}`, '0'],
  RU: ['7', (r) => `9${n(r, 2)} ${n(r, 3)}-${n(r, 2)}-${n(r, 2)}`, '8 '],
  UA: ['380', (r) => `${r.pick([50, 67, 93, 97])} ${n(r, 3)} ${n(r, 2)} ${n(r, 2)}`, '0'],
  IL: ['972', (r) => `5${r.int(0, 8)}-${n(r, 3)}-${n(r, 4)}`, '0'],
  AE: ['971', (r) => `5${r.pick([0, 2, 5, 6])} ${n(r, 3)} ${n(r, 4)}`, '0'],
  SA: ['966', (r) => `5${r.int(0, 9)} ${n(r, 3)} ${n(r, 4)}`, '0'],
  EG: ['20', (r) => `1${r.pick([0, 1, 2, 5])} ${n(r, 4)} ${n(r, 4)}`, '0'],
  ZA: ['27', (r) => `${r.pick([60, 71, 72, 82, 83])} ${n(r, 3)} ${n(r, 4)}`, '0'],
  NG: ['234', (r) => `${r.pick([803, 806, 813, 703, 905])} ${n(r, 3)} ${n(r, 4)}`, '0'],
  KE: ['254', (r) => `7${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`, '0'],
  IN: ['91', (r) => `${r.int(7, 9)}${n(r, 4)} ${n(r, 5)}`, '0'],
  PK: ['92', (r) => `3${n(r, 2)} ${n(r, 7)}`, '0'],
  CN: ['86', (r) => `1${r.pick([38, 39, 58, 86, 88])} ${n(r, 4)} ${n(r, 4)}`, ''],
  JP: ['81', (r) => `${r.pick([70, 80, 90])}-${n(r, 4)}-${n(r, 4)}`, '0'],
  KR: ['82', (r) => `10-${n(r, 4)}-${n(r, 4)}`, '0'],
  TW: ['886', (r) => `9${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`, '0'],
  HK: ['852', (r) => `${r.pick([5, 6, 9])}${n(r, 3)} ${n(r, 4)}`, ''],
  SG: ['65', (r) => `${r.pick([8, 9])}${n(r, 3)} ${n(r, 4)}`, ''],
  TH: ['66', (r) => `${r.pick([8, 9, 6])}${n(r, 1)} ${n(r, 3)} ${n(r, 4)}`, '0'],
  VN: ['84', (r) => `9${n(r, 1)} ${n(r, 3)} ${n(r, 2)} ${n(r, 2)}`, '0'],
  PH: ['63', (r) => `9${n(r, 2)} ${n(r, 3)} ${n(r, 4)}`, '0'],
  ID: ['62', (r) => `8${n(r, 2)}-${n(r, 4)}-${n(r, 4)}`, '0'],
  MY: ['60', (r) => `1${r.int(1, 9)}-${n(r, 3)} ${n(r, 4)}`, '0'],
  AU: ['61', (r) => `4${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`, '0'],
  NZ: ['64', (r) => `2${r.pick([1, 2, 7])} ${n(r, 3)} ${n(r, 4)}`, '0'],
  BR: ['55', (r) => `(${r.pick([11, 21, 31, 41, 51, 61, 71, 81])}) 9${n(r, 4)}-${n(r, 4)}`, ''],
  MX: ['52', (r) => `${r.pick([55, 33, 81])} ${n(r, 4)} ${n(r, 4)}`, ''],
  AR: ['54', (r) => `9 11 ${n(r, 4)}-${n(r, 4)}`, ''],
  CL: ['56', (r) => `9 ${n(r, 4)} ${n(r, 4)}`, ''],
  CO: ['57', (r) => `3${n(r, 2)} ${n(r, 3)} ${n(r, 4)}`, ''],
  PE: ['51', (r) => `9${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`, ''],
};
export const PHONE_KEYS = Object.keys(PHONES);
export function phone(r, cc) {
  cc = cc || r.pick(PHONE_KEYS); const [code, fn, trunk, alt] = PHONES[cc];
  const nat = fn(r);
  const m = r.int(0, 3);
  if (m === 0) return `+${code} ${nat}`;
  if (m === 1 && alt) return alt(r);
  if (m === 1) return `${trunk}${nat.replace(/^\((\d+)\)/, '$1')}`.replace(/^1(\d{3}) /, '$1 ');
  if (m === 2) return `+${code}${nat.replace(/[^\d]/g, '')}`;
  return `00${code} ${nat.replace(/[()]/g, '')}`;
}
export function email(r, nm) {
  const base = (nm || 'user').normalize('NFD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z ]/g, '').trim().split(/\s+/).filter(Boolean);
  const a = base[0] || r.pick(['mika', 'jo', 'sam', 'noor', 'ravi']), b = base[base.length - 1] || r.pick(['lee', 'ng', 'ode']);
  const dom = r.pick(['mail.example', 'inbox.test', 'post.example', 'corp.example', 'uni-hamburg.example', 'clinic.test', 'fastmail.invalid', 'gmx.example', 'yahoo.example.test']);
  return r.pick([`${a}.${b}`, `${a[0]}${b}`, `${a}_${b}${r.int(1, 99)}`, `${b}.${a}+${r.pick(['billing', 'news', 'hr'])}`, `${a}${r.int(1970, 2005)}`, `${a}-${b}`])
    + '@' + dom;
}

// checksum identifiers
export function card(r, brand) {
  brand = brand || r.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'discover', 'jcb', 'diners']);
  let pre, len;
  if (brand === 'visa') { pre = '4' + r.digits(5); len = 16; }
  else if (brand === 'mc') { pre = String(r.int(51, 55)) + r.digits(4); len = 16; }
  else if (brand === 'mc2') { pre = String(r.int(2221, 2720)) + r.digits(2); len = 16; }
  else if (brand === 'amex') { pre = r.pick(['34', '37']) + r.digits(4); len = 15; }
  else if (brand === 'discover') { pre = r.pick(['6011', '65' + r.digits(2)]) + r.digits(2); len = 16; }
  else if (brand === 'jcb') { pre = String(r.int(3528, 3589)) + r.digits(2); len = 16; }
  else { pre = r.pick(['36', '30' + r.int(0, 5)]) + r.digits(3); pre = pre.slice(0, 6); len = 14; }
  let d = pre + r.digits(len - pre.length - 1); d += luhnDigit(d);
  const fmt = r.int(0, 2);
  if (fmt === 0) return d;
  const sep = fmt === 1 ? ' ' : '-';
  if (len === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (len === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{4}/g).join(sep);
}
export function badCard(r) { const c = card(r, 'visa').replace(/\D/g, ''); const last = (+c[15] + r.int(1, 9)) % 10; return c.slice(0, 15) + last; }
const BBAN = {
  GB: (r) => r.str(UPPER, 4) + r.digits(14), IE: (r) => r.str(UPPER, 4) + r.digits(14), NL: (r) => r.str(UPPER, 4) + r.digits(10),
  IT: (r) => r.str(UPPER, 1) + r.digits(22), BR: (r) => r.digits(23) + 'C' + r.str(UPPER + DIG, 1), CH: (r) => r.digits(17),
};
export function iban(r, cc, spaced) {
  cc = cc || r.pick(Object.keys(IBAN_LEN)); const L = IBAN_LEN[cc];
  const bban = (BBAN[cc] || ((rr) => rr.digits(L - 4)))(r);
  const s = cc + ibanCheck(cc, bban) + bban;
  return (spaced ?? r.chance(0.5)) ? s.match(/.{1,4}/g).join(' ') : s;
}
export function badIban(r) { const s = iban(r, r.pick(['DE', 'FR', 'NL', 'ES', 'GB']), false); const ck = (+s.slice(2, 4) + r.int(1, 40)) % 97; return s.slice(0, 2) + String(ck < 2 ? ck + 2 : ck).padStart(2, '0') + s.slice(4); }
export function ssn(r, sep = '-') { let a; do a = r.int(1, 899); while (a === 666); return `${r.pad(a, 3)}${sep}${r.pad(r.int(1, 99), 2)}${sep}${r.pad(r.int(1, 9999), 4)}`; }
export function badSsn(r) { const k = r.int(0, 3); if (k === 0) return `000-${r.pad(r.int(1, 99), 2)}-${r.pad(r.int(1, 9999), 4)}`; if (k === 1) return `666-${r.pad(r.int(1, 99), 2)}-${r.pad(r.int(1, 9999), 4)}`; if (k === 2) return `${r.int(1, 899) === 666 ? 667 : r.pad(r.int(1, 665), 3)}-00-${r.pad(r.int(1, 9999), 4)}`; return `${r.pad(r.int(1, 665), 3)}-${r.pad(r.int(1, 99), 2)}-0000`; }
export function itin(r) { const g = r.pick([...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return `9${r.digits(2)}-${g}-${r.digits(4)}`; }
export function nhs(r) { for (;;) { const d = r.digits(9); let s = 0; for (let i = 0; i < 9; i++) s += +d[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; const x = d + c; return r.chance(0.6) ? `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}` : x; } }
export function dea(r, last) { const d = r.digits(6); const t = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); const l = (last || 'M').normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase()[0] || '9'; return r.pick(['A', 'B', 'F', 'G', 'M']) + l + d + (t % 10); }
export function passport(r) { return r.chance(0.6) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'C', 'E', 'Z']) + r.digits(8); }
export const DL_STATES = {
  CA: (r) => r.str(UPPER, 1) + r.digits(7), NY: (r) => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, FL: (r) => `${r.str(UPPER, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`,
  TX: (r) => r.digits(8), IL: (r) => `${r.str(UPPER, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, WA: (r) => `WDL${r.str(UPPER + DIG, 9)}`, PA: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  MI: (r) => `${r.str(UPPER, 1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, NJ: (r) => `${r.str(UPPER, 1)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`, OH: (r) => r.str(UPPER, 2) + r.digits(6),
  WI: (r) => `${r.str(UPPER, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`, MN: (r) => r.str(UPPER, 1) + r.digits(12), CO: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`, AZ: (r) => r.str(UPPER, 1) + r.digits(8), MA: (r) => 'S' + r.digits(8),
};
export function driverLicense(r) { const st = r.pick(Object.keys(DL_STATES)); return { st, v: DL_STATES[st](r) }; }
export function bankAccount(r) { return r.digits(r.int(8, 17)); }
export function aba(r) { for (;;) { const d = r.pick(['0', '1', '2', '3']) + r.digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7, 1]; for (let c = 0; c < 10; c++) { const x = d + c; let s = 0; for (let i = 0; i < 9; i++) s += +x[i] * w[i]; if (s % 10 === 0) return x; } } }
export function btc(r) {
  const k = r.int(0, 2);
  if (k === 0) return b58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
  if (k === 1) return b58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
  return bech32Segwit('bc', 0, [...r.bytes(20)]);
}
export function ipv4(r) { for (;;) { const a = r.int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue; return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; } }
export function privIp(r) { return r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, `192.168.${r.int(0, 255)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`]); }
export function ipv6(r) { return `2${r.hex(3)}:${r.hex(4).replace(/^0+/, '') || '0'}:${r.hex(4).replace(/^0+/, '') || '0'}::${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(3)}`; }
