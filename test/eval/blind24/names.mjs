// Name material for 30+ cultures and 11 scripts. Entries in a non-Latin script carry a
// romanisation after '|', used only to build e-mail local parts and user names.
// Cultures with gendered surnames list first names and surnames as [male, female] pairs.

export const CULTURES = {
  en_US: { script: 'Latin',
    first: ['James', 'Mary', 'Robert', 'Patricia', 'Tyler', 'Brittany', 'Marcus', 'Keisha', 'Dustin', 'Shannon', 'Jolene', 'Travis', 'Courtney', 'DeShawn', 'Kayla', 'Wesley'],
    last: ['Whitaker', 'Caldwell', 'Brennan', 'Hayes', 'Lindgren', 'Okonkwo-Hayes', 'McAllister', 'Dunbar', 'Pruitt', 'Holcomb', 'Vasquez', 'Sorensen', 'Tillman', 'Yates', 'Boone'] },
  en_GB: { script: 'Latin',
    first: ['Oliver', 'Amelia', 'Harry', 'Isla', 'Alfie', 'Freya', 'Callum', 'Imogen', 'Rhys', 'Poppy', 'Hamish', 'Tamsin', 'Gareth', 'Philippa'],
    last: ['Pritchard', 'Ashworth', 'Fairbanks', 'Holloway', 'Thistlewood', 'Bramley', 'Cartwright', 'Penhaligon', 'Greaves', 'Marchbank', 'Oyelaran', 'Featherstone'] },
  ga: { script: 'Latin',
    first: ['Siobhán', 'Cian', 'Aoife', 'Oisín', 'Niamh', 'Pádraig', 'Caoimhe', 'Eoin', 'Saoirse', 'Tadhg'],
    last: ['Ó Súilleabháin', 'Mac Cárthaigh', 'Ní Bhriain', 'Kavanagh', 'Doherty', 'Ó Conaill', 'Breathnach', 'McGrath'] },
  de: { script: 'Latin',
    first: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Maximilian', 'Johanna', 'Tobias', 'Katharina', 'Jürgen', 'Gisela', 'Friederike', 'Dietmar', 'Mareike', 'Ole'],
    last: ['Schäfer', 'Krüger', 'Hoffmann', 'Weißenborn', 'Brandstätter', 'Kühne', 'Oberländer', 'Vogelsang', 'Eichhorn', 'Ziegler', 'Böttcher', 'Haberkorn', 'von Estorff'] },
  fr: { script: 'Latin',
    first: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Théo', 'Élodie', 'Mathis', 'Inès', 'Baptiste', 'Aurélie', 'Gaëtan', 'Margaux', 'Loïc'],
    last: ['Lefèvre', 'Moreau', 'Rousseau', 'Fontaine', 'Chevalier', 'Lemoine', 'Duval-Pasquier', 'Garnier', 'Bouvier', 'Perrin', 'Marchand', 'Le Goff'] },
  es: { script: 'Latin', double: true,
    first: ['Lucía', 'Martina', 'Alejandro', 'Javier', 'Carmen', 'Nerea', 'Álvaro', 'Iñigo', 'Begoña', 'Rocío', 'Sergio', 'Montserrat'],
    last: ['García', 'Fernández', 'Jiménez', 'Navarro', 'Etxeberria', 'Iglesias', 'Castellanos', 'Ortega', 'Rubio', 'Vidal', 'Prieto', 'Soler'] },
  mx: { script: 'Latin', double: true,
    first: ['José Luis', 'Guadalupe', 'Ximena', 'Emiliano', 'Itzel', 'Rodrigo', 'Fernanda', 'Citlali', 'Héctor', 'Yareli'],
    last: ['Hernández', 'Ramírez', 'Flores', 'Cruz', 'Mendoza', 'Reyes', 'Villaseñor', 'Quintero', 'Zúñiga', 'Tapia'] },
  ar_AR: { script: 'Latin',
    first: ['Valentina', 'Santiago', 'Agustina', 'Facundo', 'Milagros', 'Tomás'],
    last: ['Pereyra', 'Gutiérrez', 'Sosa', 'Benítez', 'Acosta', 'Giménez', 'Romero'] },
  it: { script: 'Latin',
    first: ['Giulia', 'Francesco', 'Chiara', 'Alessandro', 'Federica', 'Matteo', 'Gianluca', 'Serena', 'Ludovica', 'Pierpaolo'],
    last: ['Esposito', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Santangelo', 'De Luca', 'Ferraresi', 'Bellucci', 'Lombardi', 'Caruso'] },
  pt_BR: { script: 'Latin',
    first: ['João', 'Ana Clara', 'Pedro', 'Mariana', 'Gabriel', 'Beatriz', 'Rafael', 'Larissa', 'Thiago', 'Camila', 'Luíza', 'Vinícius'],
    last: ['Souza', 'Oliveira', 'Rodrigues', 'Ferreira', 'Carvalho', 'Ribeiro', 'Nascimento', 'Araújo', 'Barbosa', 'Cavalcanti', 'Magalhães'] },
  pt_PT: { script: 'Latin',
    first: ['Tiago', 'Inês', 'Duarte', 'Leonor', 'Gonçalo', 'Matilde', 'Rui', 'Beatriz'],
    last: ['Gonçalves', 'Marques', 'Sousa', 'Pinto', 'Teixeira', 'Moura', 'Azevedo', 'Figueiredo'] },
  nl: { script: 'Latin',
    first: ['Daan', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Femke', 'Jeroen', 'Anouk', 'Sjoerd', 'Marieke'],
    last: ['de Vries', 'van den Berg', 'Bakker', 'Visser', 'Meijer', 'de Boer', 'van Dijk', 'Mulder', 'Hendriks', 'van der Linden'] },
  pl: { script: 'Latin', gendered: true,
    first: [['Jakub', 'Zofia'], ['Piotr', 'Agnieszka'], ['Tomasz', 'Magdalena'], ['Michał', 'Katarzyna'], ['Krzysztof', 'Małgorzata'], ['Łukasz', 'Joanna']],
    last: [['Kowalski', 'Kowalska'], ['Nowak', 'Nowak'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Zieliński', 'Zielińska'], ['Dąbrowski', 'Dąbrowska'], ['Grzybowski', 'Grzybowska']] },
  cs: { script: 'Latin', gendered: true,
    first: [['Jan', 'Tereza'], ['Petr', 'Lucie'], ['Tomáš', 'Kateřina'], ['Lukáš', 'Jana'], ['Ondřej', 'Markéta']],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová']] },
  hu: { script: 'Latin', familyFirst: true,
    first: ['László', 'Zsófia', 'Bence', 'Réka', 'Gábor', 'Eszter', 'Ádám', 'Katalin'],
    last: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár'] },
  sv: { script: 'Latin',
    first: ['Erik', 'Astrid', 'Lars', 'Ingrid', 'Oskar', 'Maja', 'Gustav', 'Elsa', 'Nils', 'Saga'],
    last: ['Andersson', 'Lindqvist', 'Bergström', 'Sjöberg', 'Åkesson', 'Nyström', 'Holmgren', 'Ekdahl', 'Wallin'] },
  fi: { script: 'Latin',
    first: ['Mikko', 'Aino', 'Juha', 'Helmi', 'Väinö', 'Kaisa', 'Tuomas', 'Sanna'],
    last: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Järvinen', 'Heikkilä'] },
  tr: { script: 'Latin',
    first: ['Mehmet', 'Ayşe', 'Mustafa', 'Fatma', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Oğuz', 'Gülşen', 'Çağla', 'İlker'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Karaağaç'] },
  vi: { script: 'Latin', familyFirst: true, middle: ['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thu', 'Quốc', 'Hải'],
    first: ['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Linh', 'Phương', 'Quân', 'Trang', 'Tuấn'],
    last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Đặng', 'Bùi'] },
  id: { script: 'Latin',
    first: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Wahyu', 'Ayu', 'Bayu', 'Ratna', 'Yohanes'],
    last: ['Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Nugroho', 'Kusuma', 'Pratama', 'Setiawan', 'Halim', 'Simanjuntak'] },
  fil: { script: 'Latin',
    first: ['Jose Miguel', 'Maria Clara', 'Mark Anthony', 'Kristine', 'Jericho', 'Maricel', 'Rowena', 'Paolo'],
    last: ['Dela Cruz', 'Bautista', 'Villanueva', 'Aquino', 'Macaraeg', 'Santiago', 'Pangilinan', 'Soriano'] },
  sw: { script: 'Latin',
    first: ['Wanjiru', 'Otieno', 'Achieng', 'Kamau', 'Njeri', 'Mwangi', 'Akinyi', 'Baraka', 'Zawadi'],
    last: ['Odhiambo', 'Kariuki', 'Mutua', 'Wambui', 'Onyango', 'Kiprop', 'Chebet', 'Njoroge'] },
  yo: { script: 'Latin',
    first: ['Adebayo', 'Chiamaka', 'Oluwaseun', 'Ngozi', 'Emeka', 'Folake', 'Chinedu', 'Yetunde', 'Ifeoma', 'Tunde'],
    last: ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Olatunji', 'Obi', 'Adeleke', 'Okonjo'] },
  in_Latn: { script: 'Latin',
    first: ['Aarav', 'Ananya', 'Vikram', 'Priya', 'Rohan', 'Sneha', 'Arjun', 'Kavya', 'Karthik', 'Lakshmi', 'Harpreet', 'Ishaan'],
    last: ['Iyer', 'Reddy', 'Nair', 'Banerjee', 'Kulkarni', 'Menon', 'Chatterjee', 'Deshpande', 'Sandhu', 'Venkataraman', 'Bhattacharya'] },
  ar_Latn: { script: 'Latin',
    first: ['Mohammed', 'Layla', 'Omar', 'Yousef', 'Rania', 'Khalid', 'Huda', 'Tariq'],
    last: ['Al-Harbi', 'Haddad', 'Farouk', 'Nasser', 'Al-Mansouri', 'Khoury', 'Saleh', 'El-Sayed'] },
  zh_Latn: { script: 'Latin', familyFirst: true,
    first: ['Wei', 'Fang', 'Xiuying', 'Min', 'Jing', 'Qiang', 'Lei', 'Junjie', 'Zihan', 'Haoran'],
    last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Zhou', 'Xu'] },
  ja_Latn: { script: 'Latin',
    first: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Mei', 'Kenji', 'Ayaka'],
    last: ['Tanaka', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Saito', 'Matsumoto'] },
  ru: { script: 'Cyrillic', gendered: true,
    first: [['Алексей|aleksei', 'Ольга|olga'], ['Дмитрий|dmitry', 'Наталья|natalia'], ['Сергей|sergey', 'Екатерина|ekaterina'], ['Иван|ivan', 'Анастасия|anastasia'], ['Михаил|mikhail', 'Татьяна|tatiana'], ['Артём|artem', 'Ирина|irina']],
    last: [['Смирнов|smirnov', 'Смирнова|smirnova'], ['Кузнецов|kuznetsov', 'Кузнецова|kuznetsova'], ['Соколов|sokolov', 'Соколова|sokolova'], ['Лебедев|lebedev', 'Лебедева|lebedeva'], ['Волков|volkov', 'Волкова|volkova'], ['Морозов|morozov', 'Морозова|morozova'], ['Богданов|bogdanov', 'Богданова|bogdanova']] },
  uk: { script: 'Cyrillic', gendered: true,
    first: [['Олександр|oleksandr', 'Оксана|oksana'], ['Андрій|andrii', 'Ганна|hanna'], ['Богдан|bohdan', 'Ірина|iryna'], ['Тарас|taras', 'Соломія|solomiia'], ['Максим|maksym', 'Юлія|yuliia']],
    last: [['Шевченко|shevchenko', 'Шевченко|shevchenko'], ['Коваленко|kovalenko', 'Коваленко|kovalenko'], ['Бондаренко|bondarenko', 'Бондаренко|bondarenko'], ['Кравчук|kravchuk', 'Кравчук|kravchuk'], ['Мельник|melnyk', 'Мельник|melnyk'], ['Савчук|savchuk', 'Савчук|savchuk']] },
  el: { script: 'Greek', gendered: true,
    first: [['Γιώργος|giorgos', 'Μαρία|maria'], ['Νίκος|nikos', 'Ελένη|eleni'], ['Κώστας|kostas', 'Κατερίνα|katerina'], ['Δημήτρης|dimitris', 'Σοφία|sofia'], ['Γιάννης|giannis', 'Δέσποινα|despoina']],
    last: [['Παπαδόπουλος|papadopoulos', 'Παπαδοπούλου|papadopoulou'], ['Οικονόμου|oikonomou', 'Οικονόμου|oikonomou'], ['Γεωργίου|georgiou', 'Γεωργίου|georgiou'], ['Καραγιάννης|karagiannis', 'Καραγιάννη|karagianni'], ['Βλάχος|vlachos', 'Βλάχου|vlachou']] },
  ar: { script: 'Arabic',
    first: ['محمد|mohammed', 'أحمد|ahmed', 'فاطمة|fatima', 'مريم|maryam', 'عمر|omar', 'ليلى|layla', 'يوسف|yousef', 'نور|nour', 'خالد|khalid', 'سارة|sara'],
    last: ['الحسيني|alhusseini', 'العتيبي|alotaibi', 'الشمري|alshammari', 'حداد|haddad', 'منصور|mansour', 'الزهراني|alzahrani', 'القحطاني|alqahtani', 'المصري|almasri'] },
  fa: { script: 'Arabic',
    first: ['علی|ali', 'زهرا|zahra', 'رضا|reza', 'مریم|maryam', 'امیر|amir', 'شیرین|shirin', 'نرگس|narges'],
    last: ['محمدی|mohammadi', 'حسینی|hosseini', 'رضایی|rezaei', 'کریمی|karimi', 'موسوی|mousavi', 'تهرانی|tehrani'] },
  he: { script: 'Hebrew',
    first: ['נועה|noa', 'יוסי|yossi', 'תמר|tamar', 'איתי|itai', 'מיכל|michal', 'אורי|uri', 'שירה|shira', 'דניאל|daniel'],
    last: ['כהן|cohen', 'לוי|levi', 'מזרחי|mizrahi', 'פרץ|peretz', 'ביטון|biton', 'פרידמן|friedman', 'שפירא|shapira'] },
  hi: { script: 'Devanagari',
    first: ['राहुल|rahul', 'प्रिया|priya', 'अमित|amit', 'अनीता|anita', 'विकास|vikas', 'पूजा|pooja', 'सुरेश|suresh', 'दीपिका|deepika'],
    last: ['शर्मा|sharma', 'वर्मा|verma', 'गुप्ता|gupta', 'सिंह|singh', 'यादव|yadav', 'मिश्रा|mishra', 'जोशी|joshi'] },
  ta: { script: 'Tamil',
    first: ['கார்த்திக்|karthik', 'பிரியா|priya', 'அருண்|arun', 'மீனா|meena', 'செல்வி|selvi'],
    last: ['சுப்பிரமணியன்|subramanian', 'ராஜேந்திரன்|rajendran', 'வேலுசாமி|velusamy', 'கிருஷ்ணன்|krishnan'] },
  zh: { script: 'Han', familyFirst: true, join: '',
    first: ['伟|wei', '芳|fang', '秀英|xiuying', '敏|min', '静|jing', '强|qiang', '磊|lei', '俊杰|junjie', '子涵|zihan', '浩然|haoran', '雨桐|yutong'],
    last: ['王|wang', '李|li', '张|zhang', '刘|liu', '陈|chen', '杨|yang', '黄|huang', '赵|zhao', '周|zhou', '吴|wu'] },
  ja: { script: 'Kana/Han', familyFirst: true, join: ['', ' ', '　'],
    first: ['翔太|shota', '陽菜|hina', '大輝|daiki', '美咲|misaki', '蓮|ren', '結衣|yui', '健一|kenichi', 'さくら|sakura', 'ひかり|hikari', '拓海|takumi'],
    last: ['佐藤|sato', '鈴木|suzuki', '高橋|takahashi', '田中|tanaka', '伊藤|ito', '渡辺|watanabe', '山本|yamamoto', '中村|nakamura', '小林|kobayashi'] },
  ko: { script: 'Hangul', familyFirst: true, join: '',
    first: ['민준|minjun', '서연|seoyeon', '지훈|jihoon', '하은|haeun', '도윤|doyun', '수빈|subin', '현우|hyunwoo', '지민|jimin', '예린|yerin'],
    last: ['김|kim', '이|lee', '박|park', '최|choi', '정|jung', '강|kang', '조|cho', '윤|yoon', '임|lim'] },
  th: { script: 'Thai',
    first: ['สมชาย|somchai', 'สมหญิง|somying', 'ปิยะ|piya', 'นภา|napa', 'ธนากร|thanakorn', 'วรรณา|wanna', 'กิตติ|kitti', 'อรุณี|arunee'],
    last: ['ใจดี|jaidee', 'ศรีสุข|srisuk', 'วงศ์ทอง|wongthong', 'แสงทอง|saengthong', 'บุญมา|boonma', 'สุขสวัสดิ์|suksawat'] },
};

export const CULTURE_CODES = Object.keys(CULTURES);

const TRANSLIT = { 'ß': 'ss', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'æ': 'ae', 'ı': 'i', 'đ': 'd', 'Đ': 'D', 'œ': 'oe' };
export function asciiFold(s) {
  return s.replace(/[ßłŁøæıđĐœ]/g, (c) => TRANSLIT[c]).normalize('NFD').replace(/\p{M}/gu, '');
}
const split = (e) => { const [n, l] = e.split('|'); return { n, l: l || asciiFold(n).toLowerCase().replace(/[^a-z]/g, '') }; };

// Make a person of the given culture. Returns native full name, parts and a latin handle.
export function makeName(r, code) {
  const c = CULTURES[code];
  let fE, lE, gender = r.chance(0.5) ? 0 : 1;
  if (c.gendered) { fE = r.pick(c.first)[gender]; lE = r.pick(c.last)[gender]; }
  else { fE = r.pick(c.first); lE = r.pick(c.last); }
  const f = split(fE), l = split(lE);
  let last = l.n, lastL = l.l;
  if (c.double && r.chance(0.6)) {
    let l2 = split(r.pick(c.last));
    if (l2.n === l.n) l2 = split(c.last[(c.last.indexOf(lE) + 1) % c.last.length]);
    last = `${l.n} ${l2.n}`; lastL = l.l;
  }
  let first = f.n;
  if (c.middle) first = `${r.pick(c.middle)} ${f.n}`;
  const join = Array.isArray(c.join) ? r.pick(c.join) : (c.join ?? ' ');
  const full = c.familyFirst ? `${last}${join}${first}` : `${first} ${last}`;
  return { full, first: f.n, last, firstL: f.l, lastL, culture: code, script: c.script, familyFirst: !!c.familyFirst };
}
