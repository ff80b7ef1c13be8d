// Word lists written for this set: names of many cultures and scripts, places, vocabulary.
// order: 'gf' = given family (western), 'fg' = family given (East Asian, Hungarian); sep '' for CJK scripts.
export const CULTURES = {
  en_us: { order: 'gf', given: ['Brandon', 'Kayla', 'Tyler', 'Megan', 'Dustin', 'Ashley', 'Marcus', 'Brittany', 'Cody', 'Jasmine', 'Travis', 'Courtney', 'Derek', 'Shelby', 'Wyatt', 'Lacey'], family: ['Whitfield', 'Dawson', 'Pruitt', 'Holloway', 'McAllister', 'Brennan', 'Castellano', 'Greer', 'Lindqvist', 'Okafor', 'Sutton', 'Vance', 'Ridley', 'Boone', 'Crawley', 'Hatcher'] },
  en_gb: { order: 'gf', given: ['Alistair', 'Fenella', 'Rhys', 'Imogen', 'Callum', 'Niamh', 'Hamish', 'Poppy', 'Declan', 'Harriet', 'Euan', 'Bronwen', 'Ciaran', 'Tamsin'], family: ['Fairbairn', 'Pennington', 'Ogilvie', 'Blackwood', 'Trelawney', 'Haworth', "O'Sullivan", 'MacLeod', 'Featherstone', 'Ashdown', 'Cropper', 'Llewellyn', 'Garside', 'Thistlewaite'] },
  de: { order: 'gf', given: ['Jürgen', 'Annegret', 'Lukas', 'Hannelore', 'Matthias', 'Sabine', 'Florian', 'Gudrun', 'Dietmar', 'Friederike', 'Torsten', 'Wiebke', 'Malte', 'Ulrike', 'Björn'], family: ['Großmann', 'Köhler', 'Brandstätter', 'Weißenborn', 'Hülsmann', 'Zimmermann', 'Pfeiffer', 'Strübing', 'Oberländer', 'Kühne', 'Reinhardt', 'Lüdecke', 'Voßkamp', 'Eschenbach'] },
  fr: { order: 'gf', given: ['Étienne', 'Margaux', 'Thibault', 'Solène', 'Aurélien', 'Clémence', 'Grégoire', 'Maëlle', 'Benoît', 'Anaïs', 'Lucien', 'Océane', 'Hervé', 'Bérénice'], family: ['Lefèvre', 'Marchand', 'Duchêne', 'Rousseau', 'Gauthier', 'Bonnefoy', 'Lacroix', 'Chevalier', 'Perrault', 'Moreau', 'Delaunay', 'Fontaine', 'Béranger', 'Carpentier'] },
  es: { order: 'gf', given: ['Alejandro', 'Nuria', 'Íñigo', 'Montserrat', 'Rodrigo', 'Inmaculada', 'Gonzalo', 'Begoña', 'Álvaro', 'Rocío', 'Sergio', 'Ainhoa', 'Joaquín', 'Macarena'], family: ['García Ortega', 'Fernández', 'Iglesias', 'Navarro Ruiz', 'Domínguez', 'Peñalver', 'Castaño', 'Echeverría', 'Villalobos', 'Santamaría', 'Muñoz', 'Quintana', 'Arrieta', 'Bermúdez'] },
  it: { order: 'gf', given: ['Giuseppe', 'Chiara', 'Lorenzo', 'Federica', 'Alessandro', 'Giulia', 'Niccolò', 'Ilaria', 'Raffaele', 'Benedetta', 'Tommaso', 'Ludovica', 'Gianluca', 'Serena'], family: ['Esposito', 'Bianchi', 'Colombo', 'Ferraro', 'Russo', 'Mancini', 'De Luca', 'Barbieri', 'Fontana', 'Santoro', 'Marchetti', 'Galli', 'Rinaldi', 'Lombardo'] },
  pt_br: { order: 'gf', given: ['João Pedro', 'Thaís', 'Gustavo', 'Letícia', 'Caio', 'Luana', 'Rafael', 'Bianca', 'Vinícius', 'Mariana', 'Renato', 'Fernanda', 'Otávio', 'Débora'], family: ['Oliveira', 'Souza', 'Carvalho', 'Nascimento', 'Albuquerque', 'Figueiredo', 'Gonçalves', 'Barros', 'Ribeiro', 'Araújo', 'Cavalcanti', 'Monteiro', 'Teixeira', 'Magalhães'] },
  nl: { order: 'gf', given: ['Joost', 'Femke', 'Sander', 'Marloes', 'Pieter', 'Ilse', 'Bram', 'Sanne', 'Gijs', 'Lieke', 'Maarten', 'Anouk', 'Wouter', 'Eline'], family: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'van Dijk', 'Mulder', 'Bos', 'Vermeulen', 'Hoekstra', 'de Graaf', 'van Leeuwen'] },
  pl: { order: 'gf', given: ['Krzysztof', 'Agnieszka', 'Grzegorz', 'Małgorzata', 'Paweł', 'Katarzyna', 'Tomasz', 'Joanna', 'Łukasz', 'Magdalena', 'Wojciech', 'Zofia', 'Bartłomiej', 'Dorota'], family: ['Kowalczyk', 'Wiśniewska', 'Zieliński', 'Wójcik', 'Kamińska', 'Lewandowski', 'Szymańska', 'Dąbrowski', 'Kaczmarek', 'Grabowska', 'Pietrzak', 'Jabłoński', 'Król', 'Nowicka'] },
  ru: { order: 'gf', given: ['Алексей', 'Наталья', 'Дмитрий', 'Екатерина', 'Сергей', 'Ольга', 'Игорь', 'Татьяна', 'Владимир', 'Светлана', 'Михаил', 'Юлия', 'Артём', 'Ксения'], family: ['Смирнов', 'Кузнецова', 'Попов', 'Соколова', 'Лебедев', 'Новикова', 'Морозов', 'Волкова', 'Фёдоров', 'Павлова', 'Семёнов', 'Голубева', 'Виноградов', 'Белова'] },
  ru_lat: { order: 'gf', given: ['Aleksei', 'Natalya', 'Dmitry', 'Yekaterina', 'Sergei', 'Olga', 'Igor', 'Tatiana', 'Vladimir', 'Svetlana', 'Mikhail', 'Yulia'], family: ['Smirnov', 'Kuznetsova', 'Popov', 'Sokolova', 'Lebedev', 'Novikova', 'Morozov', 'Volkova', 'Fyodorov', 'Pavlova', 'Semyonov', 'Vinogradov'] },
  uk: { order: 'gf', given: ['Олександр', 'Оксана', 'Богдан', 'Ганна', 'Тарас', 'Ірина', 'Андрій', 'Леся', 'Юрій', 'Соломія'], family: ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Мельник', 'Кравчук', 'Олійник', 'Гнатюк', 'Савченко', 'Руденко'] },
  el: { order: 'gf', given: ['Γιώργος', 'Ελένη', 'Νίκος', 'Μαρία', 'Κώστας', 'Δήμητρα', 'Παναγιώτης', 'Αικατερίνη', 'Σπύρος', 'Βασιλική'], family: ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Καραγιάννη', 'Νικολαΐδης', 'Βλάχου', 'Αθανασίου', 'Μιχαηλίδου', 'Σταματόπουλος', 'Ζαχαρίου'] },
  tr: { order: 'gf', given: ['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Oğuz', 'Gülşen', 'Serkan', 'Büşra', 'Hakan', 'Şule'], family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Aksoy'] },
  ar: { order: 'gf', given: ['محمد', 'فاطمة', 'أحمد', 'مريم', 'خالد', 'نور', 'يوسف', 'ليلى', 'عمر', 'سارة', 'طارق', 'هدى'], family: ['العتيبي', 'الحسيني', 'الخطيب', 'المنصوري', 'حداد', 'الشمري', 'السيد', 'الزهراني', 'عبد الله', 'النجار', 'القحطاني', 'البزاز'] },
  ar_lat: { order: 'gf', given: ['Mohammed', 'Fatima', 'Ahmad', 'Maryam', 'Khalid', 'Nour', 'Youssef', 'Layla', 'Omar', 'Salma', 'Tariq', 'Huda'], family: ['Al-Otaibi', 'El-Husseini', 'Khatib', 'Al Mansouri', 'Haddad', 'Al-Shammari', 'Abdelrahman', 'Zahrani', 'Bouazizi', 'Naggar', 'El Amrani', 'Qahtani'] },
  he: { order: 'gf', given: ['יוסף', 'מיכל', 'אבי', 'נועה', 'דניאל', 'תמר', 'איתי', 'שירה', 'עומר', 'רחל'], family: ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן', 'שפירא', 'אזולאי', 'גולדברג'] },
  fa: { order: 'gf', given: ['Dariush', 'Shirin', 'Kourosh', 'Parisa', 'Babak', 'Nasrin', 'Farhad', 'Leila', 'Arash', 'Mahsa'], family: ['Hosseini', 'Tehrani', 'Rahimi', 'Karimi', 'Moradi', 'Jafari', 'Sadeghi', 'Ahmadi-Nejad', 'Ghorbani', 'Rostami'] },
  hi: { order: 'gf', given: ['राहुल', 'प्रिया', 'अमित', 'सुनीता', 'विकास', 'अंजलि', 'संजय', 'पूजा', 'अर्जुन', 'कविता'], family: ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'मिश्रा', 'यादव', 'अग्रवाल', 'चौधरी', 'पांडे', 'त्रिपाठी'] },
  in_lat: { order: 'gf', given: ['Rahul', 'Priya', 'Aniket', 'Sneha', 'Vikram', 'Deepika', 'Siddharth', 'Meenakshi', 'Harish', 'Lakshmi', 'Rohan', 'Kavya'], family: ['Sharma', 'Iyer', 'Reddy', 'Banerjee', 'Nair', 'Patil', 'Chatterjee', 'Deshpande', 'Menon', 'Kulkarni', 'Bhattacharya', 'Gill'] },
  ta: { order: 'gf', given: ['Senthil', 'Revathi', 'Murugan', 'Kalaivani', 'Karthikeyan', 'Tamilselvi', 'Balaji', 'Anbarasi'], family: ['Subramanian', 'Ramasamy', 'Palaniappan', 'Natarajan', 'Venkatesan', 'Thangaraj', 'Arumugam', 'Krishnasamy'] },
  zh: { order: 'fg', sep: '', given: ['伟', '秀英', '志强', '丽娟', '建国', '婷婷', '浩然', '欣怡', '俊杰', '雪梅', '子轩', '佳琪'], family: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙'] },
  zh_lat: { order: 'gf', given: ['Wei', 'Xiuying', 'Zhiqiang', 'Lijuan', 'Haoran', 'Xinyi', 'Junjie', 'Xuemei', 'Zixuan', 'Jiaqi', 'Yuxuan', 'Mingzhu'], family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Zhou', 'Wu', 'Xu', 'Sun'] },
  ja: { order: 'fg', sep: ' ', given: ['翔太', '美咲', '大輔', '陽菜', '健一', '由美子', '拓海', '真由', '悠斗', '恵子', '直樹', '彩花'], family: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '山口'] },
  ja_lat: { order: 'gf', given: ['Shota', 'Misaki', 'Daisuke', 'Hina', 'Kenichi', 'Yumiko', 'Takumi', 'Mayu', 'Yuto', 'Keiko', 'Naoki', 'Ayaka'], family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamaguchi'] },
  ko: { order: 'fg', sep: '', given: ['민준', '서연', '도윤', '지우', '예준', '하은', '지호', '수빈', '현우', '지민'], family: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'] },
  ko_lat: { order: 'gf', given: ['Minjun', 'Seoyeon', 'Doyun', 'Jiwoo', 'Hyunwoo', 'Soobin', 'Jiho', 'Haeun', 'Taeyang', 'Eunji'], family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'] },
  vi: { order: 'fg', sep: ' ', given: ['Văn Hùng', 'Thị Lan', 'Minh Tuấn', 'Thu Hà', 'Quốc Bảo', 'Ngọc Anh', 'Đức Thắng', 'Thanh Hương', 'Hoàng Long', 'Mai Phương'], family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi'] },
  th: { order: 'gf', given: ['สมชาย', 'สุดารัตน์', 'ประเสริฐ', 'วิไลวรรณ', 'ธนากร', 'กนกพร', 'อนุชา', 'พิมพ์ชนก'], family: ['ศรีสุข', 'แก้วมณี', 'วงศ์สวัสดิ์', 'บุญมา', 'ทองดี', 'จันทร์เพ็ญ', 'สุวรรณรัตน์', 'พรหมมา'] },
  id: { order: 'gf', given: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Ayu', 'Hendra', 'Putri', 'Bambang', 'Intan'], family: ['Santoso', 'Wijaya', 'Kusuma', 'Hidayat', 'Saputra', 'Nugroho', 'Pratama', 'Lestari', 'Gunawan', 'Setiawan'] },
  fil: { order: 'gf', given: ['Jose Miguel', 'Maricel', 'Rodel', 'Lorna', 'Jericho', 'Analyn', 'Rommel', 'Cherry Mae'], family: ['Dela Cruz', 'Bautista', 'Villanueva', 'Macaraeg', 'Soriano', 'Manalo', 'Pangilinan', 'Dimaculangan'] },
  sw: { order: 'gf', given: ['Wanjiru', 'Otieno', 'Achieng', 'Kamau', 'Njeri', 'Mwangi', 'Akinyi', 'Baraka', 'Zawadi', 'Juma'], family: ['Kariuki', 'Odhiambo', 'Wekesa', 'Mutua', 'Chebet', 'Kiprono', 'Njoroge', 'Omondi', 'Wambui', 'Mwakilema'] },
  ng: { order: 'gf', given: ['Chukwuemeka', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Babatunde', 'Folasade', 'Ikechukwu', 'Yetunde', 'Emeka', 'Chiamaka'], family: ['Okonkwo', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Ogunleye', 'Obi', 'Adebayo', 'Uchenna', 'Afolabi'] },
  sv: { order: 'gf', given: ['Linnea', 'Oskar', 'Astrid', 'Henrik', 'Ebba', 'Gustav', 'Saga', 'Nils', 'Märta', 'Viggo'], family: ['Lindqvist', 'Björklund', 'Sjöberg', 'Åkesson', 'Holmström', 'Nyström', 'Engström', 'Lundgren', 'Wahlberg', 'Forsberg'] },
  fi: { order: 'gf', given: ['Aino', 'Juhani', 'Eveliina', 'Matti', 'Kaisa', 'Tapio', 'Sanna', 'Eero', 'Pirjo', 'Ville'], family: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Järvinen', 'Laaksonen', 'Heikkilä', 'Koskinen', 'Väisänen'] },
  hu: { order: 'fg', sep: ' ', given: ['László', 'Zsuzsanna', 'Gábor', 'Erzsébet', 'Péter', 'Katalin', 'Zoltán', 'Ildikó', 'Balázs', 'Réka'], family: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas'] },
  cs: { order: 'gf', given: ['Jiří', 'Lenka', 'Ondřej', 'Jana', 'Václav', 'Hana', 'Radek', 'Markéta', 'Tomáš', 'Zuzana'], family: ['Novák', 'Svobodová', 'Dvořák', 'Černá', 'Procházka', 'Kučerová', 'Veselý', 'Horáková', 'Němec', 'Pokorná'] },
  ka: { order: 'gf', given: ['გიორგი', 'ნინო', 'დავით', 'თამარ', 'ლევან', 'მარიამ', 'ირაკლი', 'ეკა'], family: ['ბერიძე', 'კაპანაძე', 'გელაშვილი', 'მაისურაძე', 'ლომიძე', 'ჯაფარიძე', 'ხარაიშვილი', 'წიკლაური'] },
  am: { order: 'gf', given: ['Abebe', 'Tigist', 'Dawit', 'Selamawit', 'Yonas', 'Hirut', 'Tesfaye', 'Meron'], family: ['Bekele', 'Tadesse', 'Haile', 'Girma', 'Wolde', 'Alemu', 'Mengistu', 'Kebede'] },
  ga: { order: 'gf', given: ['Siobhán', 'Pádraig', 'Aoife', 'Cathal', 'Gráinne', 'Tadhg', 'Saoirse', 'Oisín'], family: ['Ó Briain', 'Mac Cárthaigh', 'Ní Dhonnchadha', 'Ó Súilleabháin', 'Breathnach', 'Ó Ceallaigh', 'Mhic Aodha', 'Ó Murchú'] },
};
export const LATIN_CULTURES = ['en_us', 'en_gb', 'de', 'fr', 'es', 'it', 'pt_br', 'nl', 'pl', 'ru_lat', 'tr', 'ar_lat', 'fa', 'in_lat', 'ta', 'zh_lat', 'ja_lat', 'ko_lat', 'vi', 'id', 'fil', 'sw', 'ng', 'sv', 'fi', 'hu', 'cs', 'am', 'ga'];
export const SCRIPT_CULTURES = ['ru', 'uk', 'el', 'ar', 'he', 'hi', 'zh', 'ja', 'ko', 'th', 'ka'];

// ---------- places ----------
// country code -> { names: [ways the country is written], cities: [...], street: fn(rng) }
const n = (r, a, b) => String(r.int(a, b));
export const PLACES = {
  US: { names: ['United States', 'USA', 'U.S.'], cities: ['Tulsa', 'Spokane', 'Albuquerque', 'Savannah', 'Des Moines', 'Boise', 'Chattanooga', 'Fresno', 'Lexington', 'Madison', 'Providence', 'Baton Rouge'], states: ['OK', 'WA', 'NM', 'GA', 'IA', 'ID', 'TN', 'CA', 'KY', 'WI', 'RI', 'LA'],
    street: (r) => `${n(r, 12, 9870)} ${r.pick(['Juniper', 'Cedar Hollow', 'Old Mill', 'Larkspur', 'Harbor View', 'Quail Ridge', 'Sycamore', 'Pinecrest', 'Bluebonnet', 'Kestrel'])} ${r.pick(['St', 'Ave', 'Dr', 'Ln', 'Blvd', 'Ct', 'Rd', 'Way'])}${r.chance(0.25) ? ` ${r.pick(['Apt', 'Unit', 'Ste', '#'])}${r.pick([' ', ''])}${n(r, 1, 40)}${r.pick(['', 'B', 'C'])}` : ''}`,
    zip: (r) => r.digits(5) },
  GB: { names: ['United Kingdom', 'UK', 'England', 'Scotland', 'Wales'], cities: ['Leeds', 'Bristol', 'Norwich', 'Aberdeen', 'Swansea', 'Derby', 'Exeter', 'Harrogate', 'Dundee', 'Bath', 'Cardiff', 'York'],
    street: (r) => `${r.chance(0.2) ? `Flat ${n(r, 1, 30)}, ` : ''}${n(r, 1, 240)} ${r.pick(['Wellesley', 'Hawthorn', 'Kingsmead', 'Abbotsford', 'Moorland', 'Gladstone', 'Ravensworth', 'Priory', 'Seaview', 'Tanners'])} ${r.pick(['Road', 'Street', 'Lane', 'Close', 'Gardens', 'Crescent', 'Terrace', 'Mews'])}`,
    zip: (r) => `${r.pick(['LS', 'BS', 'NR', 'AB', 'SA', 'DE', 'EX', 'HG', 'DD', 'BA'])}${n(r, 1, 19)} ${n(r, 1, 9)}${r.str(2, 'ABDEFGHJLNPQRSTUWXYZ')}` },
  DE: { names: ['Deutschland', 'Germany', 'Allemagne'], cities: ['Münster', 'Freiburg im Breisgau', 'Leipzig', 'Kassel', 'Regensburg', 'Lübeck', 'Göttingen', 'Würzburg', 'Rostock', 'Mannheim', 'Bielefeld', 'Erfurt'],
    street: (r) => `${r.pick(['Lindenstraße', 'Am Mühlbach', 'Schillerweg', 'Kastanienallee', 'Bahnhofstr.', 'Gartenstraße', 'Im Wiesengrund', 'Hauptstraße', 'Rosenhöhe', 'Kirchplatz'])} ${n(r, 1, 140)}${r.pick(['', '', '', 'a', 'b'])}`,
    zip: (r) => r.digits(5) },
  FR: { names: ['France', 'Frankreich'], cities: ['Lyon', 'Nantes', 'Montpellier', 'Rennes', 'Grenoble', 'Bordeaux', 'Dijon', 'Toulouse', 'Strasbourg', 'Angers', 'Lille', 'Besançon'],
    street: (r) => `${n(r, 1, 180)}${r.pick(['', '', ' bis', ' ter'])}${r.pick([' ', ', '])}${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue du Moulin', 'impasse des Lilas', 'place de la République', 'chemin des Vignes', 'rue Lamartine', 'allée des Peupliers', 'quai Saint-Antoine'])}`,
    zip: (r) => r.digits(5) },
  ES: { names: ['España', 'Spain', 'Espagne'], cities: ['Valencia', 'Zaragoza', 'Málaga', 'Bilbao', 'Valladolid', 'Córdoba', 'Alicante', 'Granada', 'Oviedo', 'Salamanca', 'Pamplona', 'Santander'],
    street: (r) => `${r.pick(['Calle', 'C/', 'Avda.', 'Paseo', 'Plaza'])} ${r.pick(['de Alcalá', 'Mayor', 'del Carmen', 'de la Paz', 'San Vicente', 'Real', 'de Colón', 'Gran Vía', 'de los Reyes Católicos', 'Doctor Fleming'])}${r.pick([' ', ', ', ', nº '])}${n(r, 1, 150)}${r.chance(0.5) ? `, ${n(r, 1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}` : ''}`,
    zip: (r) => String(r.int(1, 52)).padStart(2, '0') + r.digits(3) },
  IT: { names: ['Italia', 'Italy'], cities: ['Bologna', 'Torino', 'Genova', 'Verona', 'Padova', 'Bari', 'Trieste', 'Perugia', 'Modena', 'Parma', 'Lecce', 'Bergamo'],
    street: (r) => `${r.pick(['Via', 'Viale', 'Corso', 'Piazza', 'Vicolo'])} ${r.pick(['Garibaldi', 'dei Mille', 'Mazzini', 'San Francesco', 'delle Rose', 'Cavour', 'XX Settembre', 'Marconi', 'del Corso', 'Santa Lucia'])}${r.pick([' ', ', '])}${n(r, 1, 220)}${r.chance(0.2) ? '/' + r.pick(['A', 'B', 'bis']) : ''}`,
    zip: (r) => r.digits(5) },
  NL: { names: ['Nederland', 'the Netherlands', 'Pays-Bas'], cities: ['Utrecht', 'Groningen', 'Eindhoven', 'Haarlem', 'Nijmegen', 'Leiden', 'Zwolle', 'Maastricht', 'Delft', 'Tilburg', 'Arnhem', 'Breda'],
    street: (r) => `${r.pick(['Prinsengracht', 'Kerkstraat', 'Oudegracht', 'Molenweg', 'Stationsplein', 'Vondelstraat', 'Dorpsstraat', 'Lange Voorhout', 'Zeedijk', 'Singel'])} ${n(r, 1, 300)}${r.pick(['', '', '-II', ' A', '-3hg'])}`,
    zip: (r) => `${r.int(1000, 9999)} ${r.str(2, 'ABCDEGHJKLMNPRSTVWXZ')}` },
  PL: { names: ['Polska', 'Poland'], cities: ['Kraków', 'Wrocław', 'Gdańsk', 'Poznań', 'Łódź', 'Lublin', 'Szczecin', 'Katowice', 'Białystok', 'Toruń', 'Rzeszów', 'Olsztyn'],
    street: (r) => `${r.pick(['ul.', 'al.', 'os.', 'pl.'])} ${r.pick(['Długa', 'Floriańska', 'Piotrkowska', 'Marszałkowska', 'Świętojańska', 'Kościuszki', 'Mickiewicza', 'Ogrodowa', 'Słowackiego', 'Grunwaldzka'])} ${n(r, 1, 120)}${r.chance(0.5) ? '/' + n(r, 1, 60) : ''}`,
    zip: (r) => `${r.digits(2)}-${r.digits(3)}` },
  BR: { names: ['Brasil', 'Brazil'], cities: ['Belo Horizonte', 'Curitiba', 'Recife', 'Porto Alegre', 'Fortaleza', 'Salvador', 'Campinas', 'Florianópolis', 'Goiânia', 'Manaus', 'Natal', 'Vitória'],
    street: (r) => `${r.pick(['Rua', 'Av.', 'Avenida', 'Travessa', 'Alameda'])} ${r.pick(['das Palmeiras', 'Sete de Setembro', 'Dom Pedro II', 'Santos Dumont', 'da Consolação', 'Barão de Mauá', 'Rio Branco', 'dos Andradas', 'Tiradentes', 'Marechal Deodoro'])}, ${n(r, 10, 3200)}${r.chance(0.4) ? ` - ${r.pick(['apto', 'ap.', 'sala', 'casa'])} ${n(r, 1, 1204)}` : ''}`,
    zip: (r) => `${r.digits(5)}-${r.digits(3)}` },
  JP: { names: ['日本', 'Japan', 'Japon'], cities: ['札幌市', '仙台市', '横浜市', '名古屋市', '京都市', '神戸市', '福岡市', '広島市', 'Osaka', 'Sapporo', 'Kyoto', 'Fukuoka'],
    street: (r) => r.chance(0.6) ? `${r.pick(['中央区', '北区', '港区', '青葉区', '中区', '東区', '西区'])}${r.pick(['本町', '栄', '大通西', '錦', '天神', '南船場', '桜木町'])}${n(r, 1, 9)}丁目${n(r, 1, 30)}-${n(r, 1, 20)}` : `${n(r, 1, 9)}-${n(r, 1, 30)}-${n(r, 1, 20)} ${r.pick(['Honmachi', 'Sakae', 'Tenjin', 'Nishiki', 'Minamisenba', 'Sakuragicho'])}, ${r.pick(['Chuo-ku', 'Kita-ku', 'Naka-ku', 'Higashi-ku'])}`,
    zip: (r) => `${r.digits(3)}-${r.digits(4)}` },
  RU: { names: ['Россия', 'Russia'], cities: ['Новосибирск', 'Екатеринбург', 'Казань', 'Самара', 'Пермь', 'Воронеж', 'Томск', 'Иркутск', 'Kazan', 'Yekaterinburg', 'Novosibirsk', 'Tomsk'],
    street: (r) => `${r.pick(['ул.', 'пр-т', 'пер.', 'наб.'])} ${r.pick(['Ленина', 'Гагарина', 'Садовая', 'Пушкина', 'Мира', 'Советская', 'Кирова', 'Профсоюзная'])}, д. ${n(r, 1, 120)}${r.chance(0.6) ? `, кв. ${n(r, 1, 300)}` : ''}`,
    zip: (r) => r.digits(6) },
  SE: { names: ['Sverige', 'Sweden'], cities: ['Göteborg', 'Malmö', 'Uppsala', 'Västerås', 'Örebro', 'Linköping', 'Umeå', 'Lund', 'Jönköping', 'Norrköping', 'Luleå', 'Gävle'],
    street: (r) => `${r.pick(['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Björkvägen', 'Sjövägen', 'Ängsgatan', 'Järnvägsgatan', 'Skolgatan'])} ${n(r, 1, 90)}${r.pick(['', '', ' B', ' lgh 1102'])}`,
    zip: (r) => `${r.digits(3)} ${r.digits(2)}` },
  MX: { names: ['México', 'Mexico'], cities: ['Guadalajara', 'Monterrey', 'Puebla', 'Querétaro', 'Mérida', 'Oaxaca de Juárez', 'Tijuana', 'León', 'Morelia', 'Veracruz', 'Toluca', 'Aguascalientes'],
    street: (r) => `${r.pick(['Av.', 'Calle', 'Blvd.', 'Calz.'])} ${r.pick(['Insurgentes Sur', 'Reforma', 'Hidalgo', 'Benito Juárez', 'Morelos', 'Lázaro Cárdenas', 'Independencia', 'Vallarta'])} ${n(r, 10, 4500)}${r.chance(0.5) ? `, Col. ${r.pick(['Centro', 'Del Valle', 'Roma Norte', 'Chapultepec', 'Americana', 'Jardines'])}` : ''}`,
    zip: (r) => r.digits(5) },
  IN: { names: ['India', 'भारत'], cities: ['Pune', 'Bengaluru', 'Hyderabad', 'Chennai', 'Kochi', 'Jaipur', 'Lucknow', 'Ahmedabad', 'Indore', 'Nagpur', 'Coimbatore', 'Bhubaneswar'],
    street: (r) => `${r.pick(['Flat', 'House No.', 'Plot', 'Door No.'])} ${n(r, 1, 900)}${r.pick(['', 'A', '/B', '-C'])}, ${r.pick(['MG Road', 'Residency Road', 'Nehru Nagar 3rd Cross', 'Anna Salai', 'Linking Road', 'Sector 14 Main Rd', 'Koramangala 5th Block', 'Banjara Hills Road No. 12'])}`,
    zip: (r) => `${r.int(1, 8)}${r.digits(5)}` },
  CN: { names: ['中国', 'China', '中华人民共和国'], cities: ['上海市', '北京市', '成都市', '杭州市', '武汉市', '西安市', '南京市', '深圳市', 'Chengdu', 'Hangzhou', 'Wuhan', 'Suzhou'],
    street: (r) => `${r.pick(['朝阳区', '浦东新区', '武侯区', '西湖区', '江汉区', '雁塔区', '鼓楼区', '南山区'])}${r.pick(['建国路', '世纪大道', '人民南路', '文三路', '解放大道', '长安街', '中山路', '科技园南路'])}${n(r, 1, 999)}号${r.chance(0.4) ? n(r, 1, 30) + '栋' + n(r, 101, 2408) + '室' : ''}`,
    zip: (r) => r.digits(6) },
  KR: { names: ['대한민국', 'South Korea', 'Korea'], cities: ['서울특별시', '부산광역시', '대구광역시', '인천광역시', '광주광역시', '대전광역시', 'Busan', 'Incheon', 'Daejeon', 'Seongnam'],
    street: (r) => `${r.pick(['강남구', '해운대구', '수성구', '연수구', '서구', '유성구', '마포구'])} ${r.pick(['테헤란로', '해운대로', '달구벌대로', '컨벤시아대로', '상무대로', '대학로', '월드컵북로'])} ${n(r, 1, 600)}${r.chance(0.3) ? `, ${n(r, 101, 1504)}호` : ''}`,
    zip: (r) => r.digits(5) },
  TR: { names: ['Türkiye', 'Turkey'], cities: ['İzmir', 'Ankara', 'Bursa', 'Antalya', 'Eskişehir', 'Konya', 'Trabzon', 'Gaziantep', 'Kayseri', 'Mersin'],
    street: (r) => `${r.pick(['Atatürk Cad.', 'İstiklal Cad.', 'Cumhuriyet Mah. Gül Sok.', 'Bağdat Cad.', 'Kordon Boyu', 'Fevzi Çakmak Sok.'])} No: ${n(r, 1, 250)}${r.chance(0.6) ? ` D: ${n(r, 1, 30)}` : ''}`,
    zip: (r) => r.digits(5) },
  AU: { names: ['Australia'], cities: ['Brisbane', 'Adelaide', 'Hobart', 'Geelong', 'Newcastle', 'Wollongong', 'Cairns', 'Darwin', 'Townsville', 'Ballarat'],
    street: (r) => `${r.chance(0.3) ? `Unit ${n(r, 1, 40)}/` : ''}${n(r, 1, 400)} ${r.pick(['Wattle', 'Banksia', 'Kookaburra', 'Jacaranda', 'Esplanade', 'Coronation', 'Boundary'])} ${r.pick(['St', 'Rd', 'Pde', 'Cres', 'Tce', 'Hwy'])}`,
    zip: (r) => r.digits(4) },
  CA: { names: ['Canada'], cities: ['Winnipeg', 'Halifax', 'Saskatoon', 'Kelowna', 'Québec', 'Victoria', 'Regina', 'Moncton', 'Sherbrooke', 'Kingston'],
    street: (r) => r.chance(0.3) ? `${n(r, 1, 3000)}, rue ${r.pick(['Sainte-Catherine', 'Saint-Denis', 'des Érables', 'Principale'])}` : `${n(r, 1, 9000)} ${r.pick(['Portage', 'Maple Grove', 'Lakeshore', 'Spruce', 'Birchmount', 'Wellington'])} ${r.pick(['Ave', 'St', 'Rd', 'Blvd', 'Cres'])}${r.chance(0.2) ? ` Suite ${n(r, 100, 1900)}` : ''}`,
    zip: (r) => `${r.pick(['R3C', 'B3H', 'S7K', 'V1Y', 'G1R', 'V8W', 'S4P', 'E1C', 'J1H', 'K7L'])} ${n(r, 1, 9)}${r.pick(['A', 'B', 'E', 'J', 'K', 'T'])}${n(r, 1, 9)}` },
  KE: { names: ['Kenya'], cities: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Thika'],
    street: (r) => `${r.pick(['Moi Avenue', 'Kenyatta Avenue', 'Ngong Road', 'Oginga Odinga St', 'Mama Ngina St', 'Kimathi Street'])}, ${r.pick(['House', 'Plot', 'Block'])} ${n(r, 1, 80)}`,
    zip: (r) => r.digits(5) },
  NG: { names: ['Nigeria'], cities: ['Lagos', 'Ibadan', 'Enugu', 'Abuja', 'Port Harcourt', 'Kano'],
    street: (r) => `${n(r, 1, 60)} ${r.pick(['Awolowo Road', 'Adeola Odeku St', 'Ogui Road', 'Aminu Kano Crescent', 'Bode Thomas St', 'Allen Avenue'])}`,
    zip: (r) => r.digits(6) },
};
export const COUNTRY_CODES = Object.keys(PLACES);

// ---------- vocabulary ----------
export const COMPANIES = ['Brightwater Logistics', 'Kestrel Analytics', 'Nordlicht GmbH', 'Haverford & Pike', 'Solenne SARL', 'Quetzal Pagos', 'Tamarind Health', 'Ironbark Mining', 'Lumen Dental Group', 'Vintry Foods', 'Polaris Freight', 'Corvid Security', 'Mosaico Srl', 'Skerry Outdoor', 'Juniper Lane Realty', 'Osprey Biotech', 'Hollowmere Insurance', 'Kinetica Labs', 'Ferrovia Consulting', 'Amberfield Farms'];
export const ORGS = ['acme', 'northwind', 'globex', 'initech', 'umbra', 'vandelay', 'kestrel', 'tessera', 'halcyon', 'orbital'];
export const TLDS = ['example', 'test', 'invalid'];
export const WORDS = ['anchor', 'velvet', 'orbit', 'tulip', 'granite', 'lantern', 'copper', 'meadow', 'falcon', 'harbor', 'pepper', 'walnut', 'saffron', 'glacier', 'thimble', 'cobalt', 'juniper', 'marble', 'quartz', 'willow', 'ember', 'nectar', 'pylon', 'rustic', 'sonnet', 'tundra', 'umbrella', 'vortex', 'zephyr', 'bramble', 'cactus', 'dynamo', 'fjord', 'gossamer', 'hazel', 'igloo', 'jasper', 'kettle', 'lagoon', 'mosaic', 'nimbus', 'oyster', 'paddle', 'quill', 'raven', 'sprocket', 'turnip', 'violet', 'wombat', 'yonder'];
export const WORDS_DE = ['Sonnenblume', 'Kaffeetasse', 'Wanderweg', 'Eichhörnchen', 'Schneeflocke', 'Brotzeit', 'Leuchtturm', 'Fernweh', 'Apfelbaum', 'Regenbogen'];
export const WORDS_ES = ['mariposa', 'girasol', 'tortuga', 'cereza', 'relámpago', 'guitarra', 'montaña', 'caracol', 'limonada', 'farolillo'];
export const WORDS_FR = ['papillon', 'citrouille', 'marmotte', 'framboise', 'tournesol', 'escargot', 'nuage', 'chaton', 'bougie', 'hérisson'];
export const PET_NAMES = ['Bella', 'Rocky', 'Milo', 'Luna', 'Simba', 'Coco', 'Max', 'Nala', 'Biscuit', 'Pumpkin', 'Zeus', 'Kiki'];
export const TEAMS = ['Bayern', 'Arsenal', 'Boca', 'Juventus', 'Ajax', 'Celtic', 'Flamengo', 'Galatasaray', 'Benfica', 'Lakers', 'Packers', 'Yankees'];
export const SERVICES = ['billing', 'ledger', 'checkout', 'catalog', 'search', 'notifier', 'gateway', 'ingest', 'reporting', 'auth', 'scheduler', 'media', 'inventory', 'payroll', 'crm-sync'];
export const ENVS = ['prod', 'staging', 'dev', 'qa', 'eu1', 'us2', 'canary', 'sandbox'];
export const JOB_TITLES = ['Account Executive', 'Head of Platform', 'Senior SRE', 'Office Manager', 'Data Protection Officer', 'Payroll Specialist', 'Staff Engineer', 'Customer Success Lead', 'Clinical Coordinator', 'Finance Controller', 'Key Account Manager', 'Backend Developer'];
