// Name stocks per culture/script (invented combinations of common given and family names).
// family: plain strings (any gender) or [male, female] pairs. order 'fg' = family first.
// join: separator between the parts ('' for CJK without a space).

export const CULTURES = {
  en_US: { script: 'Latin', cc: 'US', m: ['James', 'Michael', 'Tyler', 'Brandon', 'DeShawn', 'Carter', 'Wyatt', 'Ethan'], f: ['Emily', 'Olivia', 'Madison', 'Ashley', 'Latoya', 'Brianna', 'Kayla', 'Harper'], fam: ['Johnson', 'Miller', 'Davis', 'Garcia', 'Thompson', 'Walker', 'Hughes', 'Brooks', 'Foster', 'Jenkins', 'Coleman', 'Patterson'] },
  en_GB: { script: 'Latin', cc: 'GB', m: ['Oliver', 'Harry', 'George', 'Alfie', 'Rhys', 'Callum', 'Dominic'], f: ['Amelia', 'Isla', 'Poppy', 'Imogen', 'Phoebe', 'Harriet', 'Rosie'], fam: ['Taylor', 'Wright', 'Evans', 'Roberts', 'Clarke', 'Whitfield', 'Ashworth', 'Pemberton', 'Holloway', 'Baines'] },
  ga_IE: { script: 'Latin', cc: 'IE', m: ['Cian', 'Oisín', 'Ciarán', 'Pádraig', 'Tadhg', 'Darragh'], f: ['Siobhán', 'Niamh', 'Aoife', 'Saoirse', 'Gráinne', 'Clodagh'], fam: ['Ó Briain', 'Murphy', 'Kavanagh', "O'Sullivan", 'MacCarthy', 'Ó Súilleabháin', 'Byrne', 'Ní Dhomhnaill'] },
  de_DE: { script: 'Latin', cc: 'DE', m: ['Lukas', 'Jonas', 'Felix', 'Matthias', 'Jürgen', 'Torsten', 'Maximilian'], f: ['Hannah', 'Lea', 'Marie', 'Johanna', 'Ute', 'Friederike', 'Svenja'], fam: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer', 'Krüger', 'Wagenknecht', 'Brandt'] },
  fr_FR: { script: 'Latin', cc: 'FR', m: ['Hugo', 'Théo', 'Baptiste', 'Mathis', 'Grégoire', 'Loïc'], f: ['Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Solène', 'Margaux'], fam: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Chevalier', 'Garnier'] },
  es_ES: { script: 'Latin', cc: 'ES', m: ['Alejandro', 'Álvaro', 'Iker', 'Javier', 'Sergio'], f: ['Lucía', 'Martina', 'Paula', 'Carmen', 'Nerea', 'Aitana'], fam: ['García Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez Gil', 'Gómez', 'Ruiz', 'Jiménez', 'Iglesias'] },
  es_MX: { script: 'Latin', cc: 'MX', m: ['Diego', 'Santiago', 'Emiliano', 'Mateo', 'Jesús'], f: ['Ximena', 'Guadalupe', 'Valeria', 'Itzel', 'Renata'], fam: ['Hernández', 'Ramírez', 'Flores', 'Cruz', 'Morales', 'Reyes', 'Gutiérrez', 'Vázquez', 'Castañeda'] },
  pt_BR: { script: 'Latin', cc: 'BR', m: ['João Pedro', 'Gabriel', 'Rafael', 'Thiago', 'Caio'], f: ['Ana Clara', 'Beatriz', 'Larissa', 'Júlia', 'Thaís'], fam: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Carvalho', 'Almeida', 'Ribeiro', 'Nascimento'] },
  pt_PT: { script: 'Latin', cc: 'PT', m: ['Tiago', 'Duarte', 'Rodrigo', 'Gonçalo'], f: ['Inês', 'Mariana', 'Leonor', 'Matilde'], fam: ['Ferreira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Lopes'] },
  it_IT: { script: 'Latin', cc: 'IT', m: ['Lorenzo', 'Matteo', 'Alessandro', 'Davide', 'Gianluca'], f: ['Giulia', 'Francesca', 'Chiara', 'Sofia', 'Benedetta'], fam: ['Rossi', 'Russo', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marchetti', 'De Luca'] },
  nl_NL: { script: 'Latin', cc: 'NL', m: ['Daan', 'Bram', 'Sem', 'Thijs', 'Joost'], f: ['Sanne', 'Lotte', 'Fleur', 'Noor', 'Femke'], fam: ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Jong', 'van Dijk'] },
  sv_SE: { script: 'Latin', cc: 'SE', m: ['Oscar', 'William', 'Hugo', 'Axel', 'Nils'], f: ['Elsa', 'Maja', 'Astrid', 'Ebba', 'Linnea'], fam: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Lindqvist', 'Bergström', 'Holm'] },
  nb_NO: { script: 'Latin', cc: 'NO', m: ['Magnus', 'Henrik', 'Sander', 'Eirik', 'Håkon'], f: ['Ingrid', 'Sigrid', 'Nora', 'Solveig', 'Ragnhild'], fam: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Haugen', 'Bakken', 'Solberg', 'Dahl', 'Sæther'] },
  da_DK: { script: 'Latin', cc: 'DK', m: ['Mads', 'Rasmus', 'Frederik', 'Emil', 'Søren'], f: ['Freja', 'Ida', 'Signe', 'Karoline', 'Mette'], fam: ['Jensen', 'Nielsen', 'Pedersen', 'Christensen', 'Rasmussen', 'Kristensen', 'Madsen', 'Thomsen', 'Østergaard'] },
  is_IS: { script: 'Latin', cc: 'IS', m: ['Sigurður', 'Jón', 'Einar', 'Ólafur'], f: ['Guðrún', 'Katrín', 'Helga', 'Brynja'], fam: [['Jónsson', 'Jónsdóttir'], ['Sigurðsson', 'Sigurðardóttir'], ['Gunnarsson', 'Gunnarsdóttir'], ['Einarsson', 'Einarsdóttir'], ['Magnússon', 'Magnúsdóttir']] },
  fi_FI: { script: 'Latin', cc: 'FI', m: ['Eero', 'Juho', 'Onni', 'Matti', 'Tuomas'], f: ['Aino', 'Helmi', 'Venla', 'Kaisa', 'Riikka'], fam: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen'] },
  et_EE: { script: 'Latin', cc: 'EE', m: ['Rasmus', 'Mart', 'Tõnu', 'Jaan', 'Priit'], f: ['Kadri', 'Liis', 'Kertu', 'Triin', 'Maarja'], fam: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Põder'] },
  lv_LV: { script: 'Latin', cc: 'LV', m: ['Jānis', 'Andris', 'Mārtiņš', 'Kārlis'], f: ['Līga', 'Ilze', 'Dace', 'Inese'], fam: [['Bērziņš', 'Bērziņa'], ['Kalniņš', 'Kalniņa'], ['Ozoliņš', 'Ozoliņa'], ['Liepa', 'Liepa'], ['Krūmiņš', 'Krūmiņa'], ['Zariņš', 'Zariņa']] },
  lt_LT: { script: 'Latin', cc: 'LT', m: ['Jonas', 'Tomas', 'Mantas', 'Paulius', 'Darius'], f: ['Rūta', 'Eglė', 'Ieva', 'Gintarė', 'Aušra'], fam: [['Kazlauskas', 'Kazlauskienė'], ['Petrauskas', 'Petrauskaitė'], ['Jankauskas', 'Jankauskienė'], ['Žukauskas', 'Žukauskaitė'], ['Butkus', 'Butkienė'], ['Stankevičius', 'Stankevičiūtė']] },
  pl_PL: { script: 'Latin', cc: 'PL', m: ['Tomasz', 'Piotr', 'Krzysztof', 'Marcin', 'Jakub', 'Grzegorz', 'Bartłomiej'], f: ['Agnieszka', 'Katarzyna', 'Małgorzata', 'Joanna', 'Zofia', 'Magdalena', 'Beata'], fam: [['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Zieliński', 'Zielińska'], 'Wójcik', ['Kamiński', 'Kamińska'], ['Dąbrowski', 'Dąbrowska'], 'Woźniak', 'Kaczmarek', ['Szymański', 'Szymańska'], 'Pietrzak'] },
  cs_CZ: { script: 'Latin', cc: 'CZ', m: ['Jiří', 'Petr', 'Jan', 'Tomáš', 'Ondřej'], f: ['Jana', 'Lenka', 'Tereza', 'Kateřina', 'Veronika'], fam: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá']] },
  sk_SK: { script: 'Latin', cc: 'SK', m: ['Marek', 'Juraj', 'Lukáš', 'Peter'], f: ['Zuzana', 'Martina', 'Lucia', 'Monika'], fam: [['Horváth', 'Horváthová'], ['Kováč', 'Kováčová'], ['Varga', 'Vargová'], ['Tóth', 'Tóthová'], ['Baláž', 'Balážová']] },
  ru_RU: { script: 'Cyrillic', cc: 'RU', m: ['Дмитрий', 'Алексей', 'Сергей', 'Андрей', 'Михаил'], f: ['Ирина', 'Екатерина', 'Ольга', 'Наталья', 'Анастасия'], fam: [['Иванов', 'Иванова'], ['Смирнов', 'Смирнова'], ['Кузнецов', 'Кузнецова'], ['Попов', 'Попова'], ['Волков', 'Волкова'], ['Соколов', 'Соколова'], ['Морозов', 'Морозова']] },
  uk_UA: { script: 'Cyrillic', cc: 'UA', m: ['Тарас', 'Богдан', 'Олександр', 'Андрій', 'Микола'], f: ['Оксана', 'Олена', 'Наталія', 'Ірина', 'Соломія'], fam: ['Шевченко', 'Бондаренко', 'Коваленко', 'Ткаченко', 'Кравченко', 'Мельник', 'Бойко', 'Савчук', 'Лисенко'] },
  hr_HR: { script: 'Latin', cc: 'HR', m: ['Marko', 'Ivan', 'Luka', 'Josip', 'Ante'], f: ['Ivana', 'Ana', 'Petra', 'Marija', 'Lucija'], fam: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Knežević', 'Vuković', 'Perić'] },
  sr_RS: { script: 'Cyrillic', cc: 'RS', m: ['Никола', 'Милош', 'Стефан', 'Душан'], f: ['Јелена', 'Милица', 'Драгана', 'Тијана'], fam: ['Петровић', 'Јовановић', 'Николић', 'Ђорђевић', 'Стојановић', 'Илић'] },
  sl_SI: { script: 'Latin', cc: 'SI', m: ['Jure', 'Matej', 'Blaž', 'Žiga'], f: ['Nika', 'Špela', 'Maja', 'Urška'], fam: ['Novak', 'Kranjc', 'Zupančič', 'Potočnik', 'Kovačič', 'Mlakar'] },
  hu_HU: { script: 'Latin', cc: 'HU', order: 'fg', m: ['Bence', 'Máté', 'László', 'Gergely', 'Zoltán'], f: ['Eszter', 'Réka', 'Zsófia', 'Anna', 'Dorottya'], fam: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas'] },
  ro_RO: { script: 'Latin', cc: 'RO', m: ['Andrei', 'Mihai', 'Ionuț', 'Radu', 'Bogdan'], f: ['Ioana', 'Elena', 'Andreea', 'Bianca', 'Roxana'], fam: ['Popescu', 'Ionescu', 'Dumitrescu', 'Stan', 'Constantinescu', 'Munteanu', 'Florea', 'Țărănu'] },
  bg_BG: { script: 'Cyrillic', cc: 'BG', m: ['Георги', 'Димитър', 'Иван', 'Николай'], f: ['Мария', 'Десислава', 'Елена', 'Цветелина'], fam: [['Иванов', 'Иванова'], ['Георгиев', 'Георгиева'], ['Димитров', 'Димитрова'], ['Петров', 'Петрова'], ['Стоянов', 'Стоянова']] },
  el_GR: { script: 'Greek', cc: 'GR', m: ['Γιώργος', 'Κωνσταντίνος', 'Δημήτρης', 'Νίκος', 'Γιάννης'], f: ['Μαρία', 'Ελένη', 'Κατερίνα', 'Σοφία', 'Δέσποινα'], fam: [['Παπαδόπουλος', 'Παπαδοπούλου'], 'Οικονόμου', 'Γεωργίου', 'Νικολάου', ['Καραγιάννης', 'Καραγιάννη'], ['Μαυρίδης', 'Μαυρίδου'], 'Βασιλείου'] },
  tr_TR: { script: 'Latin', cc: 'TR', m: ['Mehmet', 'Emre', 'Burak', 'Mustafa', 'Can'], f: ['Elif', 'Zeynep', 'Ayşe', 'Büşra', 'Merve'], fam: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan'] },
  ar: { script: 'Arabic', cc: 'EG', m: ['محمد', 'أحمد', 'يوسف', 'خالد', 'عمر'], f: ['فاطمة', 'مريم', 'ليلى', 'نور', 'سلمى'], fam: ['الحسيني', 'العتيبي', 'المصري', 'الخطيب', 'حداد', 'الشامي', 'النجار', 'عبد الرحمن'] },
  he_IL: { script: 'Hebrew', cc: 'IL', m: ['יוסף', 'אורי', 'דניאל', 'איתי', 'עומר'], f: ['נועה', 'מיכל', 'תמר', 'שירה', 'יעל'], fam: ['לוי', 'כהן', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן', 'שפירא'] },
  fa_IR: { script: 'Persian', cc: 'IR', m: ['علی', 'رضا', 'حسین', 'امیر', 'کاوه'], f: ['سارا', 'مریم', 'زهرا', 'نگار', 'پریسا'], fam: ['رضایی', 'محمدی', 'حسینی', 'احمدی', 'کریمی', 'موسوی', 'جعفری'] },
  ur_PK: { script: 'Urdu', cc: 'PK', m: ['عمران', 'بلال', 'فیصل', 'حمزہ'], f: ['عائشہ', 'حرا', 'ماہ نور', 'سدرہ'], fam: ['خان', 'چوہدری', 'قریشی', 'ملک', 'بٹ'] },
  hi_IN: { script: 'Devanagari', cc: 'IN', m: ['राहुल', 'अमित', 'विक्रम', 'अर्जुन', 'सौरभ'], f: ['अनन्या', 'प्रिया', 'नेहा', 'पूजा', 'दीपिका'], fam: ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'मिश्रा', 'यादव', 'जोशी'] },
  en_IN: { script: 'Latin', cc: 'IN', m: ['Aarav', 'Rohan', 'Vikram', 'Siddharth', 'Karthik'], f: ['Priya', 'Sneha', 'Kavya', 'Ishita', 'Meera'], fam: ['Sharma', 'Iyer', 'Reddy', 'Nair', 'Patel', 'Menon', 'Chatterjee', 'Deshpande', 'Bhattacharya'] },
  bn_BD: { script: 'Bengali', cc: 'BD', m: ['রাহাত', 'তানভীর', 'আরিফ', 'সাকিব'], f: ['সুমাইয়া', 'নুসরাত', 'তাহমিনা', 'ফারিহা'], fam: ['রহমান', 'হোসেন', 'ইসলাম', 'চৌধুরী', 'আহমেদ', 'সরকার'] },
  ta_IN: { script: 'Tamil', cc: 'IN', m: ['கார்த்திக்', 'அருண்', 'செந்தில்', 'விஜய்'], f: ['பிரியா', 'லக்ஷ்மி', 'மீனா', 'கவிதா'], fam: ['சுப்பிரமணியன்', 'ராமசாமி', 'கிருஷ்ணன்', 'வேலுசாமி', 'முருகன்'] },
  te_IN: { script: 'Telugu', cc: 'IN', m: ['శ్రీనివాస్', 'రవి', 'మహేష్'], f: ['లక్ష్మి', 'స్వాతి', 'దివ్య'], fam: ['రెడ్డి', 'నాయుడు', 'రావు', 'వర్మ'] },
  th_TH: { script: 'Thai', cc: 'TH', m: ['สมชาย', 'ธนากร', 'วีระ', 'ณัฐพล'], f: ['สุดารัตน์', 'กนกวรรณ', 'พิมพ์ชนก', 'อรอุมา'], fam: ['ใจดี', 'ศรีสุข', 'วงศ์ไทย', 'รัตนพันธ์', 'สุขสวัสดิ์'] },
  vi_VN: { script: 'Latin', cc: 'VN', order: 'fg', m: ['Văn Hùng', 'Quốc Bảo', 'Đức Thắng', 'Minh Khôi'], f: ['Thị Lan', 'Minh Anh', 'Thu Trang', 'Ngọc Hân'], fam: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng'] },
  zh_CN: { script: 'Han', cc: 'CN', order: 'fg', join: '', m: ['伟', '磊', '洋', '浩然', '子轩', '建国'], f: ['秀英', '芳', '娜', '静', '子涵', '婷'], fam: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'] },
  zh_TW: { script: 'Han (trad.)', cc: 'TW', order: 'fg', join: '', m: ['志明', '家豪', '冠宇', '俊傑'], f: ['怡君', '雅婷', '淑芬', '欣怡'], fam: ['陳', '林', '黃', '張', '蔡', '鄭'] },
  ja_JP: { script: 'Kanji', cc: 'JP', order: 'fg', join: [' ', '', '\u3000'], m: ['翔太', '大輝', '蓮', '健一', '悠真'], f: ['美咲', '陽菜', '結衣', '真央', '彩花'], fam: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林'] },
  ja_Latn: { script: 'Latin (Japanese)', cc: 'JP', m: ['Haruto', 'Sota', 'Kenji', 'Daiki'], f: ['Yui', 'Misaki', 'Aoi', 'Sakura'], fam: ['Yamada', 'Takahashi', 'Watanabe', 'Kobayashi', 'Inoue', 'Kimura'] },
  ko_KR: { script: 'Hangul', cc: 'KR', order: 'fg', join: '', m: ['민준', '지훈', '도윤', '예준', '현우'], f: ['서연', '하은', '수빈', '지아', '민지'], fam: ['김', '이', '박', '최', '정', '강', '조', '윤'] },
  ka_GE: { script: 'Georgian', cc: 'GE', m: ['გიორგი', 'ლევან', 'დავით', 'ნიკა'], f: ['ნინო', 'მარიამ', 'თამარ', 'ანა'], fam: ['ბერიძე', 'კაპანაძე', 'გელაშვილი', 'მაისურაძე', 'ლომიძე', 'ჯაფარიძე'] },
  hy_AM: { script: 'Armenian', cc: 'AM', m: ['Արամ', 'Տիգրան', 'Դավիթ', 'Նարեկ'], f: ['Անի', 'Լուսինե', 'Մարիամ', 'Նարինե'], fam: ['Հովհաննիսյան', 'Պետրոսյան', 'Սարգսյան', 'Գրիգորյան', 'Ավետիսյան'] },
  am_ET: { script: "Ge'ez", cc: 'ET', m: ['አበበ', 'ዮሐንስ', 'ተስፋዬ', 'ዳዊት'], f: ['ሰላም', 'ትዕግስት', 'ሄለን', 'መሰረት'], fam: ['በቀለ', 'ገብረመድህን', 'ታደሰ', 'ወልደማርያም', 'አለሙ', 'ከበደ'] },
  sw_KE: { script: 'Latin', cc: 'KE', m: ['Otieno', 'Kamau', 'Mwangi', 'Kiprono'], f: ['Wanjiru', 'Achieng', 'Njeri', 'Chebet'], fam: ['Odhiambo', 'Mutua', 'Wambui', 'Omondi', 'Kariuki', 'Njoroge'] },
  yo_NG: { script: 'Latin', cc: 'NG', m: ['Adebayo', 'Oluwaseun', 'Babajide', 'Tunde'], f: ['Folake', 'Temitope', 'Yewande', 'Funmilayo'], fam: ['Adeyemi', 'Ogunleye', 'Balogun', 'Adeleke', 'Olaniyan', 'Akinola'] },
  ig_NG: { script: 'Latin', cc: 'NG', m: ['Chinedu', 'Obinna', 'Ifeanyi', 'Emeka'], f: ['Ngozi', 'Adaeze', 'Chiamaka', 'Ifeoma'], fam: ['Okafor', 'Eze', 'Nwosu', 'Okeke', 'Nwachukwu', 'Okonkwo'] },
  zu_ZA: { script: 'Latin', cc: 'ZA', m: ['Sipho', 'Bongani', 'Themba', 'Mandla'], f: ['Thandiwe', 'Nomvula', 'Lindiwe', 'Zanele'], fam: ['Dlamini', 'Nkosi', 'Ndlovu', 'Khumalo', 'Mthembu', 'Zungu'] },
  id_ID: { script: 'Latin', cc: 'ID', m: ['Agus', 'Budi', 'Eko', 'Wahyu'], f: ['Putri', 'Dewi', 'Rina', 'Siti'], fam: ['Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Nugroho'] },
  tl_PH: { script: 'Latin', cc: 'PH', m: ['Jose', 'Mark Anthony', 'Jericho', 'Rodel'], f: ['Maria Theresa', 'Kristine', 'Rowena', 'Jhoanna'], fam: ['dela Cruz', 'Reyes', 'Santos', 'Bautista', 'Mendoza', 'Villanueva', 'Aquino'] },
  ms_MY: { script: 'Latin', cc: 'MY', m: ['Ahmad Faiz', 'Muhammad Hafiz', 'Amirul'], f: ['Nurul Aina', 'Siti Hajar', 'Nur Izzati'], fam: [['bin Ismail', 'binti Ismail'], ['bin Abdullah', 'binti Abdullah'], ['bin Yusof', 'binti Yusof'], ['bin Hassan', 'binti Hassan']] },
  es_AR: { script: 'Latin', cc: 'AR', m: ['Facundo', 'Agustín', 'Lautaro'], f: ['Florencia', 'Milagros', 'Sol'], fam: ['González', 'Rodríguez', 'Fernández', 'Sosa', 'Benítez'] },
};

export function makePerson(r, code, gender) {
  const c = CULTURES[code];
  const g = gender || (r.chance(0.5) ? 'm' : 'f');
  const given = r.pick(c[g]);
  let fam = r.pick(c.fam);
  if (Array.isArray(fam)) fam = g === 'm' ? fam[0] : fam[1];
  let join = c.join === undefined ? ' ' : c.join;
  if (Array.isArray(join)) join = r.pick(join);
  const full = c.order === 'fg' ? fam + join + given : given + join + fam;
  return { full, given, family: fam, gender: g, culture: code, cc: c.cc, script: c.script };
}

// ASCII folding for e-mail handles / user names
const FOLD = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', đ: 'd', Đ: 'D', ı: 'i', þ: 'th', ð: 'd', œ: 'oe', "'": '' };
export function asciiFold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁøØßæÆđĐıþðœ']/g, (c) => FOLD[c]).replace(/[^A-Za-z0-9 .-]/g, '');
}
export const ROMAN_HANDLES = ['mchen', 'liwei', 'sato.m', 'yuki', 'hjkim', 'minji', 'ananya', 'rahul.s', 'tanvir', 'karthik', 'somchai', 'nino.b', 'abebe', 'selam', 'y.levi', 'noa', 'sara.r', 'ali.k', 'farah', 'omar', 'dmitri', 'irina.s', 'oksana', 'taras', 'giorgos', 'maria.p', 'aram', 'ani.h', 'wang.xy', 'zhang', 'lin.yt', 'priya', 'meena', 'kavitha', 'neha', 'nikola', 'jelena', 'hiroshi', 'haruka', 'jiwoo', 'sumaiya'];
