// Personal names of many cultures, nominative (dictionary) forms. Non-Latin
// entries are "native|romanised"; the romanised half only feeds e-mail local parts.
// sm/sf: gendered family names; s: shared. order 'fg' = family name first.

export const CULTURES = {
  en_US: { m: ['James', 'Michael', 'Tyler', 'Brandon', 'Dwayne', 'Cody'], f: ['Emily', 'Ashley', 'Brianna', 'Shanice', 'Kayla', 'Madison'], s: ['Johnson', 'Miller', 'Carter', 'Brooks', 'Sullivan', 'Washington', 'Delgado', 'Nguyen'] },
  en_GB: { m: ['Oliver', 'Harry', 'George', 'Alfie', 'Callum', 'Rupert'], f: ['Amelia', 'Isla', 'Poppy', 'Imogen', 'Philippa', 'Niamh'], s: ['Whitfield', 'Ashworth', 'Pemberton', 'Holloway', 'Clarke', 'Barlow', 'Featherstone'] },
  ga_IE: { m: ['Cian', 'Oisín', 'Pádraig', 'Darragh', 'Cathal'], f: ['Siobhán', 'Aoife', 'Niamh', 'Caoimhe', 'Gráinne'], s: ["O'Sullivan", 'Kavanagh', 'Mac Giolla', "Ó Briain", 'Byrne', 'Ní Dhuibhir'] },
  cy_GB: { m: ['Rhys', 'Dafydd', 'Gethin', 'Iwan', 'Emyr'], f: ['Cerys', 'Angharad', 'Bethan', 'Eluned', 'Ffion'], s: ['Pritchard', 'Llewellyn', 'Vaughan', 'Prosser', 'ap Hywel'] },
  de_DE: { m: ['Lukas', 'Jonas', 'Felix', 'Maximilian', 'Jörg'], f: ['Hannah', 'Leonie', 'Marie', 'Ulrike', 'Friederike'], s: ['Müller', 'Schröder', 'Weißmann', 'Hoffmann', 'Krüger', 'Brandtner'] },
  nl_NL: { m: ['Daan', 'Bram', 'Thijs', 'Joost', 'Sjoerd'], f: ['Sanne', 'Femke', 'Lotte', 'Marieke', 'Anouk'], s: ['de Vries', 'van den Berg', 'Bakker', 'Jansen', 'Visser', 'van Dijk', "in 't Veld"] },
  fr_FR: { m: ['Théo', 'Mathis', 'Hugo', 'Jean-Baptiste', 'Loïc'], f: ['Chloé', 'Léa', 'Manon', 'Anaïs', 'Maëlle'], s: ['Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Chevalier', 'Dubois-Tessier'] },
  es_ES: { m: ['Javier', 'Álvaro', 'Diego', 'Íñigo', 'Sergio'], f: ['Lucía', 'Carmen', 'Nerea', 'Begoña', 'Inmaculada'], s: ['García López', 'Fernández', 'Ruiz Martín', 'Ortega', 'Castaño', 'Ibáñez Soler'] },
  es_MX: { m: ['José Luis', 'Juan Carlos', 'Emiliano', 'Santiago', 'Rodrigo'], f: ['Guadalupe', 'Ximena', 'Fernanda', 'Itzel', 'María José'], s: ['Hernández', 'Ramírez', 'Pérez Cruz', 'Gutiérrez', 'Zúñiga', 'Villaseñor'] },
  ca_ES: { m: ['Jordi', 'Pau', 'Arnau', 'Oriol', 'Quim'], f: ['Montserrat', 'Núria', 'Laia', 'Mireia', 'Meritxell'], s: ['Puig', 'Ferrer', 'Vila', 'Casals', 'Roca i Serra', 'Bosch'] },
  pt_PT: { m: ['João', 'Tiago', 'Rui', 'Gonçalo', 'Duarte'], f: ['Inês', 'Beatriz', 'Mariana', 'Leonor', 'Conceição'], s: ['Ferreira', 'Gonçalves', 'Rodrigues', 'Magalhães', 'Sousa Pinto'] },
  pt_BR: { m: ['Thiago', 'Gabriel', 'Rafael', 'Cauã', 'Wellington'], f: ['Larissa', 'Fernanda', 'Juliana', 'Thaís', 'Rayssa'], s: ['da Silva', 'Oliveira', 'Nascimento', 'Carvalho', 'Araújo', 'dos Santos'] },
  it_IT: { m: ['Lorenzo', 'Matteo', 'Alessandro', 'Niccolò', 'Gianluca'], f: ['Giulia', 'Chiara', 'Francesca', 'Ludovica', 'Benedetta'], s: ['Russo', 'Esposito', 'Bianchi', 'Colombo', 'Marchetti', 'De Luca'] },
  ro_RO: { m: ['Andrei', 'Mihai', 'Cristian', 'Ștefan', 'Răzvan'], f: ['Ioana', 'Elena', 'Alexandra', 'Oana', 'Mădălina'], s: ['Popescu', 'Ionescu', 'Dumitrescu', 'Stoica', 'Munteanu', 'Țurcanu'] },
  sq_AL: { m: ['Arben', 'Besnik', 'Dritan', 'Ilir', 'Gjergj'], f: ['Elira', 'Mirela', 'Jonida', 'Blerta', 'Drita'], s: ['Hoxha', 'Krasniqi', 'Gashi', 'Berisha', 'Shehu', 'Çela'] },
  hr_HR: { m: ['Ivan', 'Luka', 'Marko', 'Dražen', 'Tomislav'], f: ['Ana', 'Petra', 'Ivana', 'Mirjana', 'Željka'], s: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Knežević'] },
  sl_SI: { m: ['Matej', 'Jure', 'Rok', 'Blaž', 'Primož'], f: ['Nika', 'Špela', 'Maja', 'Urška', 'Tjaša'], s: ['Novak', 'Kranjc', 'Zupančič', 'Potočnik', 'Mlakar', 'Kos'] },
  pl_PL: { m: ['Jan', 'Piotr', 'Krzysztof', 'Łukasz', 'Grzegorz'], f: ['Agnieszka', 'Małgorzata', 'Zofia', 'Katarzyna', 'Joanna'], sm: ['Kowalski', 'Wiśniewski', 'Zieliński', 'Nowak', 'Wójcik'], sf: ['Kowalska', 'Wiśniewska', 'Zielińska', 'Nowak', 'Wójcik'] },
  cs_CZ: { m: ['Jiří', 'Tomáš', 'Ondřej', 'Vojtěch', 'Lukáš'], f: ['Tereza', 'Kateřina', 'Lucie', 'Markéta', 'Zdeňka'], sm: ['Novák', 'Dvořák', 'Procházka', 'Černý', 'Kučera'], sf: ['Nováková', 'Dvořáková', 'Procházková', 'Černá', 'Kučerová'] },
  sk_SK: { m: ['Peter', 'Martin', 'Juraj', 'Ľubomír', 'Matúš'], f: ['Zuzana', 'Jana', 'Ľubica', 'Veronika', 'Mária'], sm: ['Horváth', 'Kováč', 'Varga', 'Tóth', 'Baláž'], sf: ['Horváthová', 'Kováčová', 'Vargová', 'Tóthová', 'Balážová'] },
  hu_HU: { order: 'fg', m: ['Bence', 'Máté', 'Levente', 'Gergő', 'Zoltán'], f: ['Eszter', 'Réka', 'Zsófia', 'Boglárka', 'Anikó'], s: ['Kovács', 'Szabó', 'Nagy', 'Tóth', 'Horváth', 'Varga', 'Kiss'] },
  fi_FI: { m: ['Mikko', 'Juha', 'Antti', 'Ville', 'Eero'], f: ['Aino', 'Liisa', 'Hanna', 'Riikka', 'Sanna'], s: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Lehtonen'] },
  et_EE: { m: ['Rasmus', 'Kristjan', 'Tõnu', 'Margus', 'Priit'], f: ['Kadri', 'Liis', 'Triin', 'Maarja', 'Külli'], s: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Rebane', 'Ilves'] },
  lt_LT: { m: ['Jonas', 'Mantas', 'Tomas', 'Vytautas', 'Darius'], f: ['Rūta', 'Eglė', 'Ieva', 'Giedrė', 'Aušra'], sm: ['Kazlauskas', 'Petrauskas', 'Jankauskas', 'Žukauskas', 'Butkus'], sf: ['Kazlauskienė', 'Petrauskaitė', 'Jankauskienė', 'Žukauskaitė', 'Butkienė'] },
  lv_LV: { m: ['Jānis', 'Andris', 'Mārtiņš', 'Edgars', 'Kārlis'], f: ['Ilze', 'Inese', 'Līga', 'Zane', 'Dace'], sm: ['Bērziņš', 'Kalniņš', 'Ozols', 'Liepiņš', 'Krūmiņš'], sf: ['Bērziņa', 'Kalniņa', 'Ozola', 'Liepiņa', 'Krūmiņa'] },
  tr_TR: { m: ['Mehmet', 'Emre', 'Burak', 'Oğuz', 'İlker'], f: ['Ayşe', 'Zeynep', 'Elif', 'Gülşen', 'Şebnem'], s: ['Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Öztürk', 'Aydın', 'Şahin'] },
  sv_SE: { m: ['Erik', 'Oskar', 'Gustav', 'Björn', 'Måns'], f: ['Astrid', 'Linnea', 'Elsa', 'Ingegerd', 'Maja'], s: ['Lindqvist', 'Björk', 'Nyström', 'Ekström', 'Sjöberg', 'Åberg'] },
  nb_NO: { m: ['Magnus', 'Sindre', 'Håkon', 'Eirik', 'Øystein'], f: ['Ingrid', 'Sigrid', 'Tiril', 'Solveig', 'Marte'], s: ['Haugen', 'Solberg', 'Bakke', 'Strand', 'Fjeld', 'Østby'] },
  da_DK: { m: ['Mads', 'Rasmus', 'Søren', 'Anders', 'Niels'], f: ['Freja', 'Ida', 'Mette', 'Signe', 'Birgitte'], s: ['Nørgaard', 'Kjær', 'Mikkelsen', 'Dalgaard', 'Østergaard', 'Bækgaard'] },
  is_IS: { full: ['Guðrún Jónsdóttir', 'Sigurður Einarsson', 'Þóra Magnúsdóttir', 'Ragnar Ólafsson', 'Hildur Björnsdóttir', 'Kári Þórðarson', 'Ásdís Gunnarsdóttir', 'Egill Hrafnsson'] },
  vi_VN: { full: ['Nguyễn Văn An', 'Trần Thị Hoa', 'Lê Minh Tuấn', 'Phạm Thu Trang', 'Hoàng Đức Anh', 'Võ Thị Lan', 'Đặng Quốc Bảo', 'Bùi Ngọc Hân'] },
  id_ID: { full: ['Budi Santoso', 'Siti Rahmawati', 'Agus Wijaya', 'Dewi Lestari', 'Rizky Pratama', 'Putri Maharani', 'Wayan Sudarma', 'Ni Luh Ayu'] },
  tl_PH: { full: ['Mark Anthony Reyes', 'Kristine Bautista', 'Jerome Villanueva', 'Angelica Mendoza', 'Rodel Santos', 'Maricel Dimaculangan', 'Jun-Jun Macaraeg'] },
  ms_MY: { full: ['Ahmad Faizal bin Ismail', 'Nurul Aina binti Hassan', 'Muhammad Hafiz bin Rahman', 'Siti Nur Aisyah binti Yusof', 'Mohd Azlan bin Kassim', 'Farah Hanim binti Osman'] },
  sw_KE: { full: ['Wanjiru Kamau', 'Otieno Ochieng', 'Achieng Atieno', 'Baraka Mwangi', 'Zawadi Njeri', 'Juma Hamisi', 'Wambui Kariuki'] },
  yo_NG: { full: ['Olúwaṣeun Adéyẹmí', 'Fọláké Adébáyọ̀', 'Túndé Ògúnlèye', 'Yétúndé Balógun', 'Babátúndé Oláníyan', 'Fúnmiláyọ̀ Adéwálé'] },
  ig_NG: { full: ['Chinedu Okafor', 'Ngozi Nwosu', 'Emeka Eze', 'Chiamaka Obi', 'Obinna Nwachukwu', 'Adaeze Nnamdi'] },
  ha_NG: { full: ['Abubakar Musa', 'Aisha Bello', 'Ibrahim Danjuma', 'Hauwa Abdullahi', 'Sani Garba', 'Zainab Lawal'] },
  zu_ZA: { full: ['Sipho Dlamini', 'Thandeka Nkosi', 'Bongani Mthembu', 'Nomvula Ndlovu', 'Themba Khumalo', 'Lindiwe Zungu'] },
  ru_RU: { m: ['Алексей|Aleksei', 'Дмитрий|Dmitrii', 'Сергей|Sergei', 'Илья|Ilia', 'Андрей|Andrei'], f: ['Екатерина|Ekaterina', 'Ольга|Olga', 'Наталья|Natalia', 'Анастасия|Anastasia', 'Юлия|Iuliia'], sm: ['Смирнов|Smirnov', 'Кузнецов|Kuznetsov', 'Волков|Volkov', 'Соколов|Sokolov', 'Лебедев|Lebedev'], sf: ['Смирнова|Smirnova', 'Кузнецова|Kuznetsova', 'Волкова|Volkova', 'Соколова|Sokolova', 'Лебедева|Lebedeva'] },
  uk_UA: { m: ['Олександр|Oleksandr', 'Тарас|Taras', 'Богдан|Bohdan', 'Василь|Vasyl', 'Андрій|Andrii'], f: ['Оксана|Oksana', 'Ганна|Hanna', 'Ірина|Iryna', 'Соломія|Solomiia', 'Олена|Olena'], s: ['Шевченко|Shevchenko', 'Бондаренко|Bondarenko', 'Коваленко|Kovalenko', 'Ткаченко|Tkachenko', 'Мельник|Melnyk', 'Кравець|Kravets'] },
  sr_RS: { m: ['Никола|Nikola', 'Милош|Milos', 'Стефан|Stefan', 'Драган|Dragan', 'Лазар|Lazar'], f: ['Јелена|Jelena', 'Милица|Milica', 'Драгана|Dragana', 'Тијана|Tijana', 'Снежана|Snezana'], s: ['Јовановић|Jovanovic', 'Петровић|Petrovic', 'Николић|Nikolic', 'Ђорђевић|Djordjevic', 'Стојановић|Stojanovic'] },
  bg_BG: { m: ['Георги|Georgi', 'Христо|Hristo', 'Стефан|Stefan', 'Илиян|Iliyan', 'Светослав|Svetoslav'], f: ['Десислава|Desislava', 'Цветелина|Tsvetelina', 'Мария|Maria', 'Радостина|Radostina', 'Йорданка|Yordanka'], sm: ['Петров|Petrov', 'Димитров|Dimitrov', 'Тодоров|Todorov', 'Колев|Kolev', 'Стоянов|Stoyanov'], sf: ['Петрова|Petrova', 'Димитрова|Dimitrova', 'Тодорова|Todorova', 'Колева|Koleva', 'Стоянова|Stoyanova'] },
  mn_MN: { full: ['Батбаяр Ганбаатар|Batbayar Ganbaatar', 'Оюунчимэг Дорж|Oyuunchimeg Dorj', 'Тэмүүлэн Болд|Temuulen Bold', 'Сарангэрэл Бат|Sarangerel Bat', 'Мөнхбат Эрдэнэ|Munkhbat Erdene'] },
  kk_KZ: { full: ['Нұрлан Әбенов|Nurlan Abenov', 'Айгүл Серікова|Aigul Serikova', 'Ерлан Жақсыбеков|Erlan Zhaksybekov', 'Динара Өмірзақова|Dinara Omirzakova', 'Асқар Тоқтаров|Askar Toktarov'] },
  el_GR: { m: ['Γιώργος|Giorgos', 'Νίκος|Nikos', 'Κώστας|Kostas', 'Δημήτρης|Dimitris', 'Σπύρος|Spyros'], f: ['Μαρία|Maria', 'Ελένη|Eleni', 'Κατερίνα|Katerina', 'Σοφία|Sofia', 'Δέσποινα|Despoina'], sm: ['Παπαδόπουλος|Papadopoulos', 'Νικολάου|Nikolaou', 'Γεωργίου|Georgiou', 'Οικονόμου|Oikonomou', 'Καραγιάννης|Karagiannis'], sf: ['Παπαδοπούλου|Papadopoulou', 'Νικολάου|Nikolaou', 'Γεωργίου|Georgiou', 'Οικονόμου|Oikonomou', 'Καραγιάννη|Karagianni'] },
  ar_EG: { m: ['محمد|Mohamed', 'أحمد|Ahmed', 'يوسف|Youssef', 'عمر|Omar', 'كريم|Karim'], f: ['فاطمة|Fatma', 'مريم|Mariam', 'نور|Nour', 'سلمى|Salma', 'ياسمين|Yasmin'], s: ['عبد الرحمن|Abdelrahman', 'الشريف|Elsherif', 'حسن|Hassan', 'المصري|Elmasry', 'سليمان|Soliman'] },
  ar_SA: { full: ['عبدالله القحطاني|Abdullah Alqahtani', 'نورة العتيبي|Noura Alotaibi', 'فهد الدوسري|Fahad Aldosari', 'ريم الشمري|Reem Alshammari', 'خالد الغامدي|Khalid Alghamdi'] },
  he_IL: { m: ['יונתן|Yonatan', 'איתי|Itai', 'עומר|Omer', 'אבי|Avi', 'דניאל|Daniel'], f: ['נועה|Noa', 'תמר|Tamar', 'שירה|Shira', 'מיכל|Michal', 'יעל|Yael'], s: ['כהן|Cohen', 'לוי|Levi', 'מזרחי|Mizrahi', 'פרץ|Peretz', 'ביטון|Biton', 'אברהמי|Avrahami'] },
  fa_IR: { m: ['علی|Ali', 'رضا|Reza', 'امیر|Amir', 'مهدی|Mahdi', 'حسین|Hossein'], f: ['مریم|Maryam', 'زهرا|Zahra', 'نگار|Negar', 'شیرین|Shirin', 'پریسا|Parisa'], s: ['رضایی|Rezaei', 'احمدی|Ahmadi', 'محمدی|Mohammadi', 'کریمی|Karimi', 'حسینی|Hosseini', 'نوروزی|Nowruzi'] },
  ur_PK: { m: ['عمران|Imran', 'بلال|Bilal', 'حمزہ|Hamza', 'فیصل|Faisal', 'عثمان|Usman'], f: ['عائشہ|Ayesha', 'سدرہ|Sidra', 'مہوش|Mahwish', 'ثنا|Sana', 'رابعہ|Rabia'], s: ['قریشی|Qureshi', 'صدیقی|Siddiqui', 'چوہدری|Chaudhry', 'بٹ|Butt', 'ملک|Malik'] },
  hi_IN: { m: ['राहुल|Rahul', 'अमित|Amit', 'विकास|Vikas', 'सुरेश|Suresh', 'आदित्य|Aditya'], f: ['प्रिया|Priya', 'अंजलि|Anjali', 'नेहा|Neha', 'सुनीता|Sunita', 'कविता|Kavita'], s: ['शर्मा|Sharma', 'वर्मा|Verma', 'गुप्ता|Gupta', 'मिश्रा|Mishra', 'यादव|Yadav', 'त्रिपाठी|Tripathi'] },
  bn_BD: { m: ['সৌরভ|Sourav', 'তানভীর|Tanvir', 'রাকিব|Rakib', 'অনির্বাণ|Anirban', 'ইমরান|Imran'], f: ['তানিয়া|Tania', 'নুসরাত|Nusrat', 'সুমাইয়া|Sumaiya', 'মৌমিতা|Moumita', 'ফারহানা|Farhana'], s: ['চক্রবর্তী|Chakraborty', 'রহমান|Rahman', 'হোসেন|Hossain', 'বন্দ্যোপাধ্যায়|Bandyopadhyay', 'ইসলাম|Islam'] },
  ta_IN: { m: ['கார்த்திக்|Karthik', 'அருண்|Arun', 'செந்தில்|Senthil', 'விக்னேஷ்|Vignesh', 'முருகன்|Murugan'], f: ['பிரியா|Priya', 'கவிதா|Kavitha', 'மீனாட்சி|Meenakshi', 'திவ்யா|Divya', 'லக்ஷ்மி|Lakshmi'], s: ['சுப்பிரமணியன்|Subramanian', 'ராஜேந்திரன்|Rajendran', 'வேலுசாமி|Veluswamy', 'அண்ணாமலை|Annamalai', 'கிருஷ்ணன்|Krishnan'] },
  te_IN: { m: ['వెంకట్|Venkat', 'శ్రీనివాస్|Srinivas', 'రవి|Ravi', 'సాయి|Sai', 'కిరణ్|Kiran'], f: ['లక్ష్మి|Lakshmi', 'శ్రావణి|Sravani', 'దీప్తి|Deepthi', 'పద్మ|Padma', 'సుజాత|Sujatha'], s: ['రెడ్డి|Reddy', 'నాయుడు|Naidu', 'రావు|Rao', 'చౌదరి|Chowdary', 'వర్మ|Varma'] },
  pa_IN: { full: ['ਹਰਪ੍ਰੀਤ ਸਿੰਘ|Harpreet Singh', 'ਗੁਰਪ੍ਰੀਤ ਕੌਰ|Gurpreet Kaur', 'ਮਨਜੀਤ ਸਿੰਘ ਗਿੱਲ|Manjeet Singh Gill', 'ਜਸਲੀਨ ਕੌਰ ਸੰਧੂ|Jasleen Kaur Sandhu', 'ਬਲਵਿੰਦਰ ਸਿੰਘ|Balwinder Singh'] },
  th_TH: { m: ['สมชาย|Somchai', 'ธนากร|Thanakorn', 'วีระพงษ์|Weerapong', 'ณัฐวุฒิ|Nattawut', 'ประยุทธ|Prayut'], f: ['สุดารัตน์|Sudarat', 'พิมพ์ชนก|Pimchanok', 'กาญจนา|Kanchana', 'วรรณา|Wanna', 'อรอุมา|Onuma'], s: ['ใจดี|Jaidee', 'ศรีสุข|Srisuk', 'วงศ์สวัสดิ์|Wongsawat', 'บุญมา|Boonma', 'แก้วมณี|Kaewmanee'] },
  zh_CN: { order: 'fg', nospace: true, m: ['伟|Wei', '磊|Lei', '浩然|Haoran', '志强|Zhiqiang', '子轩|Zixuan'], f: ['娜|Na', '静|Jing', '敏|Min', '欣怡|Xinyi', '秀英|Xiuying'], s: ['王|Wang', '李|Li', '张|Zhang', '刘|Liu', '陈|Chen', '欧阳|Ouyang'] },
  zh_TW: { order: 'fg', nospace: true, m: ['志明|Chih-ming', '家豪|Chia-hao', '冠宇|Kuan-yu'], f: ['淑芬|Shu-fen', '怡君|Yi-chun', '雅婷|Ya-ting'], s: ['黃|Huang', '林|Lin', '蔡|Tsai', '吳|Wu', '鄭|Cheng'] },
  ja_JP: { order: 'fg', m: ['健太|Kenta', '翔|Sho', '大輔|Daisuke', '拓海|Takumi', '浩二|Koji'], f: ['美咲|Misaki', '陽菜|Hina', '由美子|Yumiko', 'さくら|Sakura', '千尋|Chihiro'], s: ['田中|Tanaka', '佐藤|Sato', '鈴木|Suzuki', '高橋|Takahashi', '渡辺|Watanabe', '小林|Kobayashi'] },
  ko_KR: { order: 'fg', nospace: true, m: ['민준|Minjun', '지훈|Jihun', '도윤|Doyun', '성민|Seongmin', '현우|Hyunwoo'], f: ['서연|Seoyeon', '지은|Jieun', '하은|Haeun', '수빈|Subin', '예린|Yerin'], s: ['김|Kim', '이|Lee', '박|Park', '최|Choi', '정|Jung', '강|Kang'] },
  ka_GE: { m: ['გიორგი|Giorgi', 'დავით|Davit', 'ლევან|Levan', 'ირაკლი|Irakli', 'ნიკა|Nika'], f: ['ნინო|Nino', 'თამარ|Tamar', 'მარიამ|Mariam', 'ეკა|Eka', 'ნათია|Natia'], s: ['ბერიძე|Beridze', 'კაპანაძე|Kapanadze', 'გელაშვილი|Gelashvili', 'ლომიძე|Lomidze', 'ჯავახიშვილი|Javakhishvili'] },
  hy_AM: { m: ['Արամ|Aram', 'Տիգրան|Tigran', 'Գևորգ|Gevorg', 'Հայկ|Hayk', 'Արմեն|Armen'], f: ['Անի|Ani', 'Նարինե|Narine', 'Լուսինե|Lusine', 'Մարիամ|Mariam', 'Գոհար|Gohar'], s: ['Պետրոսյան|Petrosyan', 'Հովհաննիսյան|Hovhannisyan', 'Սարգսյան|Sargsyan', 'Գրիգորյան|Grigoryan', 'Ավետիսյան|Avetisyan'] },
  am_ET: { m: ['አበበ|Abebe', 'ዳዊት|Dawit', 'ሰለሞን|Solomon', 'ተስፋዬ|Tesfaye', 'ዮናስ|Yonas'], f: ['ትዕግስት|Tigist', 'ሔዋን|Hewan', 'መሠረት|Meseret', 'ብርቱካን|Birtukan', 'ሰላም|Selam'], s: ['ከበደ|Kebede', 'ታደሰ|Tadesse', 'ወልደማርያም|Woldemariam', 'ገብረመድኅን|Gebremedhin', 'አለሙ|Alemu'] },
};
export const CULTURE_CODES = Object.keys(CULTURES);

const half = (x, i) => { const p = x.split('|'); return p[i] ?? p[0]; };

// Returns { text, rom, given, family, gender, culture }
export function personName(r, culture, opts = {}) {
  const c = CULTURES[culture]; if (!c) throw new Error('culture ' + culture);
  if (c.full) {
    const x = r.pick(c.full); const text = half(x, 0), rom = half(x, 1);
    const parts = text.split(' ');
    return { text, rom, given: parts[0], family: parts.slice(1).join(' ') || parts[0], gender: null, culture };
  }
  const gender = opts.gender || (r.chance(0.5) ? 'm' : 'f');
  const gv = r.pick(c[gender]);
  let fam;
  if (c.s) fam = r.pick(c.s); else { const i = r.int(0, c.sm.length - 1); fam = (gender === 'm' ? c.sm : c.sf)[i]; }
  const G = half(gv, 0), F = half(fam, 0), Gr = half(gv, 1), Fr = half(fam, 1);
  const sep = c.nospace ? '' : ' ';
  let text, rom;
  if (c.order === 'fg' && !opts.western) { text = F + sep + G; rom = Fr + ' ' + Gr; }
  else { text = G + ' ' + F; rom = Gr + ' ' + Fr; }
  return { text, rom, given: G, family: F, givenRom: Gr, familyRom: Fr, gender, culture };
}

const FOLD = { ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', œ: 'oe', ŋ: 'ng' };
export function ascii(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ßøØæÆđĐłŁıþÞðœŋ]/g, (c) => FOLD[c]).replace(/[^A-Za-z0-9 .'-]/g, '');
}
