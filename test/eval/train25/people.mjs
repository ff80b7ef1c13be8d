// Personal names of many cultures and scripts. Entries of non-Latin scripts are "native|latin";
// gendered family names are "masculine/feminine". Every combination is invented by the generator.

const C = {};
const def = (code, o) => { C[code] = { code, ...o }; };

def('en_US', { script: 'Latin', lang: 'en', given: { m: ['Tyler', 'Marcus', 'Dwayne', 'Brandon', 'Cody', 'Jerome', 'Travis', 'Kenneth'], f: ['Brittany', 'Shanice', 'Megan', 'Kayla', 'Dolores', 'Tamika', 'Heather', 'Courtney'] },
  family: ['Whitfield', 'Kowalczyk', 'Delgado', 'Washington', 'Brennan', 'Hollister', 'Pruitt', 'McAllister', 'Oduya', 'Lindqvist'],
  nick: { Kenneth: 'Kenny', Brandon: 'Bran', Courtney: 'Court', Dolores: 'Lola' } });
def('en_GB', { script: 'Latin', lang: 'en', given: { m: ['Alistair', 'Rhys', 'Callum', 'Nigel', 'Oliver', 'Harvey', 'Rupert'], f: ['Imogen', 'Siobhan', 'Harriet', 'Beverley', 'Poppy', 'Gemma', 'Philippa'] },
  family: ['Ashworth', 'Pemberton', 'Thistlewood', 'Cartwright', 'Okonkwo-Bell', 'Featherstone', 'Hughes', 'Blackmore'],
  nick: { Philippa: 'Pippa', Alistair: 'Ali', Harriet: 'Hattie' } });
def('ga_IE', { script: 'Latin', lang: 'en', given: { m: ['Cian', 'Oisín', 'Pádraig', 'Tadhg', 'Ruairí'], f: ['Aoife', 'Saoirse', 'Niamh', 'Gráinne', 'Clodagh'] },
  family: ["O'Sullivan", 'Ó Briain', 'Mac Giolla Phádraig', "O'Donoghue", 'Ní Mhurchú', 'Fitzgerald', 'McGettigan'] });
def('gd_SC', { script: 'Latin', lang: 'en', given: { m: ['Hamish', 'Euan', 'Fraser', 'Lachlan'], f: ['Morag', 'Isla', 'Kirsty', 'Eilidh'] },
  family: ['MacLeod', 'Mackintosh', 'Drummond', 'MacAulay', 'Urquhart', 'Sinclair'] });
def('de_DE', { script: 'Latin', lang: 'de', given: { m: ['Jürgen', 'Malte', 'Torsten', 'Lukas', 'Henning', 'Björn', 'Dirk'], f: ['Anneliese', 'Wiebke', 'Katrin', 'Jana', 'Sabine', 'Ute', 'Friederike'] },
  family: ['Schäfer', 'Großmann', 'Hoffmann', 'Krüger', 'von Bülow', 'Weißenborn', 'Brandstätter', 'Oltmanns', 'Zimmermann'],
  nick: { Friederike: 'Rike', Lukas: 'Luki', Henning: 'Henni' } });
def('de_AT', { script: 'Latin', lang: 'de', given: { m: ['Florian', 'Wolfgang', 'Matthias', 'Gernot'], f: ['Theresa', 'Johanna', 'Veronika', 'Birgit'] },
  family: ['Huber', 'Gruber', 'Pichler', 'Moser', 'Steinbauer', 'Leitner', 'Eder'] });
def('de_CH', { script: 'Latin', lang: 'de', given: { m: ['Reto', 'Urs', 'Beat', 'Mattia'], f: ['Seraina', 'Corinne', 'Nadja', 'Ursina'] },
  family: ['Brunner', 'Zürcher', 'Gasser', 'Bühlmann', 'Keller-Sutter', 'Aebischer'] });
def('fr_FR', { script: 'Latin', lang: 'fr', given: { m: ['Théo', 'Grégoire', 'Jean-Baptiste', 'Loïc', 'Mathis', 'Étienne'], f: ['Océane', 'Margaux', 'Anaïs', 'Héloïse', 'Maëlle', 'Capucine'] },
  family: ['Lefèvre', 'Moreau', 'Dubois-Lemaire', 'de la Fontaine', 'Rousseau', 'Chevalier', 'Benhamou', 'Le Goff'],
  nick: { 'Jean-Baptiste': 'JB', Héloïse: 'Élo' } });
def('fr_BE', { script: 'Latin', lang: 'fr', given: { m: ['Arnaud', 'Quentin', 'Cédric'], f: ['Aurélie', 'Noémie', 'Perrine'] },
  family: ['Lambert', 'Dupont', 'Vandenberghe', 'Claes', 'Peeters', 'Wauters'] });
def('nl_NL', { script: 'Latin', lang: 'nl', given: { m: ['Joost', 'Sjoerd', 'Maarten', 'Thijs', 'Ruud'], f: ['Femke', 'Sanne', 'Marieke', 'Lieke', 'Anouk'] },
  family: ['van der Meulen', 'de Vries', 'van den Broek', 'Bakker', 'Visser', 'van Dijk', 'ter Horst', 'Mulder'] });
def('es_ES', { script: 'Latin', lang: 'es', given: { m: ['Íñigo', 'Álvaro', 'Jordi', 'Sergio', 'Ignacio'], f: ['Lucía', 'Montserrat', 'Ainhoa', 'Nerea', 'Carmen'] },
  family: ['García', 'Fernández', 'Etxeberria', 'Martínez', 'Rodríguez', 'Puig', 'Sánchez', 'Iglesias', 'Domínguez'], twoFamily: true,
  nick: { Ignacio: 'Nacho', Montserrat: 'Montse' } });
def('es_MX', { script: 'Latin', lang: 'es', given: { m: ['José Luis', 'Guadalupe', 'Emiliano', 'Rodrigo'], f: ['Ximena', 'Guadalupe', 'Itzel', 'Fernanda'] },
  family: ['Hernández', 'López', 'Ramírez', 'Cuauhtémoc', 'Villaseñor', 'Mendoza', 'Tlapanco'], twoFamily: true,
  nick: { Guadalupe: 'Lupita' } });
def('es_AR', { script: 'Latin', lang: 'es', given: { m: ['Facundo', 'Agustín', 'Santiago'], f: ['Florencia', 'Micaela', 'Agustina'] },
  family: ['Bianchi', 'Giménez', 'Pereyra', 'Acosta', 'Benítez'] });
def('pt_PT', { script: 'Latin', lang: 'pt', given: { m: ['Duarte', 'Tiago', 'Gonçalo', 'Rui'], f: ['Inês', 'Leonor', 'Beatriz', 'Matilde'] },
  family: ['da Silva Santos', 'Ferreira', 'Pereira', 'de Sousa', 'Carvalho', 'Magalhães'] });
def('pt_BR', { script: 'Latin', lang: 'pt', given: { m: ['João Pedro', 'Thiago', 'Luiz Henrique', 'Caio', 'Wellington'], f: ['Luana', 'Thaís', 'Ana Clara', 'Jéssica', 'Raíssa'] },
  family: ['dos Santos', 'Oliveira', 'Souza', 'Nascimento', 'Conceição', 'Araújo', 'Gonçalves'],
  nick: { Wellington: 'Tom', 'Luiz Henrique': 'Luizinho' } });
def('it_IT', { script: 'Latin', lang: 'it', given: { m: ['Giacomo', 'Lorenzo', 'Salvatore', 'Niccolò', 'Gianluca'], f: ['Chiara', 'Giulia', 'Francesca', 'Ilaria', 'Benedetta'] },
  family: ['Esposito', 'Russo', 'Colombo', 'De Luca', 'Bianchi', 'Lo Presti', 'Mancini', 'D\u2019Angelo'],
  nick: { Salvatore: 'Totò', Francesca: 'Fra' } });
def('pl_PL', { script: 'Latin', lang: 'pl', given: { m: ['Grzegorz', 'Paweł', 'Krzysztof', 'Wojciech', 'Łukasz'], f: ['Katarzyna', 'Małgorzata', 'Agnieszka', 'Zofia', 'Joanna'] },
  family: ['Kowalski/Kowalska', 'Wiśniewski/Wiśniewska', 'Nowak/Nowak', 'Wójcik/Wójcik', 'Zieliński/Zielińska', 'Szczepański/Szczepańska'], gendered: true,
  nick: { Katarzyna: 'Kasia', Małgorzata: 'Gosia', Krzysztof: 'Krzysiek', Wojciech: 'Wojtek' } });
def('cs_CZ', { script: 'Latin', lang: 'cs', given: { m: ['Jiří', 'Tomáš', 'Ondřej', 'Vojtěch'], f: ['Lenka', 'Markéta', 'Tereza', 'Kateřina'] },
  family: ['Novák/Nováková', 'Dvořák/Dvořáková', 'Černý/Černá', 'Procházka/Procházková', 'Kučera/Kučerová'], gendered: true });
def('sk_SK', { script: 'Latin', lang: 'sk', given: { m: ['Ľubomír', 'Marek', 'Juraj'], f: ['Zuzana', 'Ľudmila', 'Jana'] },
  family: ['Horváth/Horváthová', 'Kováč/Kováčová', 'Varga/Vargová', 'Tóth/Tóthová'], gendered: true });
def('hu_HU', { script: 'Latin', lang: 'hu', order: 'fg', given: { m: ['Bence', 'Zoltán', 'Levente', 'Gábor'], f: ['Réka', 'Zsófia', 'Enikő', 'Boglárka'] },
  family: ['Nagy', 'Kovács', 'Szabó', 'Tóth', 'Horváth', 'Kiss', 'Fekete'] });
def('ro_RO', { script: 'Latin', lang: 'ro', given: { m: ['Ștefan', 'Mihai', 'Radu', 'Bogdan'], f: ['Ioana', 'Andreea', 'Roxana', 'Mădălina'] },
  family: ['Popescu', 'Ionescu', 'Dumitrescu', 'Constantinescu', 'Țăranu', 'Munteanu'] });
def('hr_HR', { script: 'Latin', lang: 'hr', given: { m: ['Dario', 'Ivan', 'Krešimir'], f: ['Ivana', 'Mateja', 'Dubravka'] },
  family: ['Horvat', 'Kovačević', 'Babić', 'Jurić', 'Marković'] });
def('sv_SE', { script: 'Latin', lang: 'sv', given: { m: ['Björn', 'Anders', 'Linus', 'Olle'], f: ['Ebba', 'Saga', 'Linnéa', 'Ingrid'] },
  family: ['Lindqvist', 'Åkesson', 'Bergström', 'Sjöberg', 'Nyström', 'Öberg'] });
def('nb_NO', { script: 'Latin', lang: 'nb', given: { m: ['Håkon', 'Sindre', 'Eirik'], f: ['Ingvild', 'Solveig', 'Tuva'] },
  family: ['Haugen', 'Solberg', 'Bråten', 'Ødegård', 'Kristiansen'] });
def('da_DK', { script: 'Latin', lang: 'da', given: { m: ['Mads', 'Søren', 'Rasmus'], f: ['Freja', 'Mette', 'Sidsel'] },
  family: ['Jørgensen', 'Nielsen', 'Kjærgaard', 'Holm', 'Thomsen'] });
def('fi_FI', { script: 'Latin', lang: 'fi', given: { m: ['Juha', 'Mikko', 'Teemu', 'Väinö'], f: ['Aino', 'Kaisa', 'Riikka', 'Päivi'] },
  family: ['Virtanen', 'Mäkinen', 'Korhonen', 'Nieminen', 'Häkkinen', 'Järvinen'] });
def('is_IS', { script: 'Latin', lang: 'is', given: { m: ['Gunnar', 'Sigurður', 'Ólafur', 'Einar'], f: ['Guðrún', 'Sigríður', 'Hildur', 'Katrín'] },
  family: ['Jóns', 'Sigurðar', 'Gunnars', 'Magnús', 'Ólafs', 'Einars'], patronymicIs: true });
def('et_EE', { script: 'Latin', lang: 'et', given: { m: ['Priit', 'Tõnu', 'Rasmus'], f: ['Kadri', 'Liis', 'Triin'] },
  family: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask'] });
def('lt_LT', { script: 'Latin', lang: 'lt', given: { m: ['Mindaugas', 'Tomas', 'Darius'], f: ['Rūta', 'Eglė', 'Gintarė'] },
  family: ['Kazlauskas/Kazlauskienė', 'Petrauskas/Petrauskienė', 'Jankauskas/Jankauskaitė'], gendered: true });
def('lv_LV', { script: 'Latin', lang: 'lv', given: { m: ['Jānis', 'Kārlis', 'Edgars'], f: ['Ilze', 'Līga', 'Baiba'] },
  family: ['Bērziņš/Bērziņa', 'Kalniņš/Kalniņa', 'Ozols/Ozola'], gendered: true });
def('tr_TR', { script: 'Latin', lang: 'tr', given: { m: ['Mehmet', 'Emre', 'Oğuz', 'Barış', 'İsmail'], f: ['Ayşe', 'Zeynep', 'Şule', 'Gülşen', 'Özlem'] },
  family: ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Doğan', 'Aydın', 'Kılıç'] });
def('vi_VN', { script: 'Latin', lang: 'vi', order: 'fg', given: { m: ['Văn Hùng', 'Minh Tuấn', 'Quốc Bảo', 'Đức Anh'], f: ['Thị Hương', 'Ngọc Lan', 'Thu Trang', 'Bảo Châu'] },
  family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Vũ'] });
def('id_ID', { script: 'Latin', lang: 'id', given: { m: ['Budi', 'Agus', 'Eko', 'Rizky'], f: ['Sri', 'Dewi', 'Wulan', 'Ayu'] },
  family: ['Santoso', 'Wijaya', 'Setiawan', 'Kusumawati', 'Hidayat', ''], mononym: 0.25 });
def('tl_PH', { script: 'Latin', lang: 'en', given: { m: ['Jose Mari', 'Rodel', 'Jun-Jun', 'Ramon'], f: ['Maria Clara', 'Rowena', 'Lourdes', 'Jhoanna'] },
  family: ['Dela Cruz', 'Bautista', 'Macaraeg', 'Villanueva', 'Reyes', 'Panganiban'] });
def('ms_MY', { script: 'Latin', lang: 'en', given: { m: ['Ahmad', 'Muhammad Firdaus', 'Hafiz'], f: ['Siti Nurhaliza', 'Nurul Izzah', 'Aisyah'] },
  family: ['Ismail', 'Abdullah', 'Rahman', 'Othman', 'Yusof'], binBinti: true });
def('sw_KE', { script: 'Latin', lang: 'en', given: { m: ['Baraka', 'Otieno', 'Kamau', 'Juma'], f: ['Wanjiru', 'Achieng', 'Nyambura', 'Zawadi'] },
  family: ['Mwangi', 'Odhiambo', 'Kiprotich', 'Wambui', 'Chebet', 'Njoroge'] });
def('yo_NG', { script: 'Latin', lang: 'en', given: { m: ['Adébáyọ̀', 'Olúwaseun', 'Babatunde', 'Tunde'], f: ['Folasade', 'Adéọlá', 'Yetunde', 'Bukola'] },
  family: ['Ògúnlẹ́yẹ', 'Adeyemi', 'Okonjo', 'Balogun', 'Ajayi'] });
def('ig_NG', { script: 'Latin', lang: 'en', given: { m: ['Chinedu', 'Obinna', 'Ikechukwu'], f: ['Ngozi', 'Chiamaka', 'Adaeze'] },
  family: ['Okafor', 'Nwosu', 'Eze', 'Okeke', 'Nnamdi'] });
def('zu_ZA', { script: 'Latin', lang: 'en', given: { m: ['Sipho', 'Thabo', 'Mandla'], f: ['Nomvula', 'Thandeka', 'Lindiwe'] },
  family: ['Dlamini', 'Ndlovu', 'Khumalo', 'Mthembu', 'van Wyk'] });
def('haw_US', { script: 'Latin', lang: 'en', given: { m: ['Keoni', 'Kalani', 'Makoa'], f: ['Leilani', 'Noelani', 'Kaʻiulani'] },
  family: ['Kealoha', 'Kahananui', 'Akana', 'Nāone'] });
def('zh_pinyin', { script: 'Latin', lang: 'en', given: { m: ['Wei', 'Jianguo', 'Haoran', 'Zihao'], f: ['Xiaoling', 'Yuqi', 'Meiling', 'Jingyi'] },
  family: ['Zhang', 'Wang', 'Liu', 'Chen', 'Huang', 'Zhao'], pinyinWestern: true });

// ---- non-Latin scripts ("native|latin") ----
def('ru_RU', { script: 'Cyrillic', lang: 'ru', given: { m: ['Алексей|Aleksei', 'Дмитрий|Dmitry', 'Сергей|Sergei', 'Никита|Nikita', 'Олег|Oleg'], f: ['Екатерина|Ekaterina', 'Ольга|Olga', 'Анастасия|Anastasia', 'Татьяна|Tatiana', 'Ксения|Ksenia'] },
  family: ['Смирнов/Смирнова|Smirnov/Smirnova', 'Кузнецов/Кузнецова|Kuznetsov/Kuznetsova', 'Волков/Волкова|Volkov/Volkova', 'Соколов/Соколова|Sokolov/Sokolova', 'Лебедев/Лебедева|Lebedev/Lebedeva'], gendered: true,
  patronymic: ['Сергеевич/Сергеевна|Sergeevich/Sergeevna', 'Игоревич/Игоревна|Igorevich/Igorevna', 'Владимирович/Владимировна|Vladimirovich/Vladimirovna', 'Петрович/Петровна|Petrovich/Petrovna'],
  nick: { 'Алексей': 'Лёша', 'Дмитрий': 'Дима', 'Екатерина': 'Катя', 'Анастасия': 'Настя', 'Ксения': 'Ксюша' } });
def('uk_UA', { script: 'Cyrillic', lang: 'uk', given: { m: ['Тарас|Taras', 'Олександр|Oleksandr', 'Богдан|Bohdan', 'Андрій|Andrii'], f: ['Оксана|Oksana', 'Соломія|Solomiia', 'Ірина|Iryna', 'Галина|Halyna'] },
  family: ['Шевченко|Shevchenko', 'Коваленко|Kovalenko', 'Бондаренко|Bondarenko', 'Ткачук|Tkachuk', 'Мельник|Melnyk'],
  patronymic: ['Іванович/Іванівна|Ivanovych/Ivanivna', 'Петрович/Петрівна|Petrovych/Petrivna'] });
def('bg_BG', { script: 'Cyrillic', lang: 'bg', given: { m: ['Георги|Georgi', 'Калоян|Kaloyan', 'Стоян|Stoyan'], f: ['Десислава|Desislava', 'Цветелина|Tsvetelina', 'Радка|Radka'] },
  family: ['Димитров/Димитрова|Dimitrov/Dimitrova', 'Петков/Петкова|Petkov/Petkova', 'Стоянов/Стоянова|Stoyanov/Stoyanova'], gendered: true });
def('sr_RS', { script: 'Cyrillic', lang: 'sr', given: { m: ['Милош|Milos', 'Ненад|Nenad', 'Душан|Dusan'], f: ['Јелена|Jelena', 'Милица|Milica', 'Драгана|Dragana'] },
  family: ['Јовановић|Jovanovic', 'Петровић|Petrovic', 'Николић|Nikolic', 'Ђорђевић|Djordjevic'] });
def('el_GR', { script: 'Greek', lang: 'el', given: { m: ['Γιώργος|Giorgos', 'Νίκος|Nikos', 'Δημήτρης|Dimitris', 'Σπύρος|Spyros'], f: ['Ελένη|Eleni', 'Κατερίνα|Katerina', 'Δέσποινα|Despoina', 'Αθηνά|Athina'] },
  family: ['Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou', 'Ιωάννου/Ιωάννου|Ioannou/Ioannou', 'Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni', 'Οικονόμου/Οικονόμου|Oikonomou/Oikonomou'], gendered: true });
def('ar_EG', { script: 'Arabic', lang: 'ar', given: { m: ['محمد|Mohamed', 'أحمد|Ahmed', 'مصطفى|Mostafa', 'كريم|Karim'], f: ['فاطمة|Fatma', 'نور|Nour', 'ياسمين|Yasmine', 'منى|Mona'] },
  family: ['عبد الرحمن|Abdelrahman', 'السيد|El-Sayed', 'حسن|Hassan', 'الشناوي|El-Shenawy', 'فهمي|Fahmy'] });
def('ar_SA', { script: 'Arabic', lang: 'ar', given: { m: ['عبدالله|Abdullah', 'فيصل|Faisal', 'تركي|Turki'], f: ['نورة|Noura', 'ريم|Reem', 'هيفاء|Haifa'] },
  family: ['بن سعيد القحطاني|bin Saeed Al-Qahtani', 'العتيبي|Al-Otaibi', 'الغامدي|Al-Ghamdi', 'الدوسري|Al-Dosari'] });
def('fa_IR', { script: 'Arabic', lang: 'fa', given: { m: ['علی‌رضا|Alireza', 'مهدی|Mehdi', 'کیوان|Keyvan'], f: ['مریم|Maryam', 'شیرین|Shirin', 'نگار|Negar'] },
  family: ['حسینی|Hosseini', 'رضایی|Rezaei', 'کاظمی|Kazemi', 'تهرانی|Tehrani'] });
def('he_IL', { script: 'Hebrew', lang: 'he', given: { m: ['יוסי|Yossi', 'אבי|Avi', 'נועם|Noam', 'איתי|Itai'], f: ['מיכל|Michal', 'נועה|Noa', 'שירה|Shira', 'תמר|Tamar'] },
  family: ['כהן|Cohen', 'לוי|Levi', 'מזרחי|Mizrahi', 'פרץ|Peretz', 'ביטון|Biton'] });
def('hi_IN', { script: 'Devanagari', lang: 'hi', given: { m: ['राहुल|Rahul', 'अमित|Amit', 'विकास|Vikas', 'अर्जुन|Arjun'], f: ['प्रिया|Priya', 'अनीता|Anita', 'सुनीता|Sunita', 'नेहा|Neha'] },
  family: ['शर्मा|Sharma', 'वर्मा|Verma', 'गुप्ता|Gupta', 'सिंह|Singh', 'चौधरी|Chaudhary'] });
def('mr_IN', { script: 'Devanagari', lang: 'hi', given: { m: ['सचिन|Sachin', 'प्रसाद|Prasad'], f: ['स्नेहा|Sneha', 'अश्विनी|Ashwini'] },
  family: ['देशपांडे|Deshpande', 'कुलकर्णी|Kulkarni', 'पाटील|Patil'] });
def('en_IN', { script: 'Latin', lang: 'en', given: { m: ['Venkatesh', 'Sai Kiran', 'Harpreet', 'Aniruddh'], f: ['Lakshmi', 'Divya', 'Pooja', 'Gurleen'] },
  family: ['Subramanian', 'Iyer', 'Reddy', 'Bhattacharya', 'Kaur', 'Menon'] });
def('bn_BD', { script: 'Bengali', lang: 'bn', given: { m: ['রফিক|Rafiq', 'তানভীর|Tanvir', 'সাকিব|Sakib'], f: ['নুসরাত|Nusrat', 'তাহমিনা|Tahmina', 'ফারজানা|Farzana'] },
  family: ['রহমান|Rahman', 'চৌধুরী|Chowdhury', 'হোসেন|Hossain', 'ইসলাম|Islam'] });
def('ta_IN', { script: 'Tamil', lang: 'ta', given: { m: ['கார்த்திக்|Karthik', 'முருகன்|Murugan', 'செந்தில்|Senthil'], f: ['மீனா|Meena', 'கவிதா|Kavitha', 'லட்சுமி|Lakshmi'] },
  family: ['சுப்பிரமணியம்|Subramaniam', 'ராஜேந்திரன்|Rajendran', 'கிருஷ்ணன்|Krishnan'] });
def('zh_CN', { script: 'Han', lang: 'zh', order: 'fg', nospace: true, given: { m: ['伟|Wei', '建国|Jianguo', '浩然|Haoran', '子轩|Zixuan'], f: ['秀英|Xiuying', '静怡|Jingyi', '雨涵|Yuhan', '丽娟|Lijuan'] },
  family: ['王|Wang', '李|Li', '张|Zhang', '刘|Liu', '陈|Chen', '欧阳|Ouyang'] });
def('zh_TW', { script: 'Han', lang: 'zh', order: 'fg', nospace: true, given: { m: ['志明|Chih-ming', '家豪|Chia-hao', '冠宇|Kuan-yu'], f: ['淑芬|Shu-fen', '怡君|Yi-chun', '雅婷|Ya-ting'] },
  family: ['林|Lin', '黃|Huang', '吳|Wu', '蔡|Tsai', '鄭|Cheng'] });
def('zh_HK', { script: 'Latin', lang: 'en', order: 'fg', given: { m: ['Ka Ming', 'Chi Wai', 'Tsz Hin'], f: ['Wing Yan', 'Hoi Ying', 'Mei Kuen'] },
  family: ['Chan', 'Wong', 'Leung', 'Cheung', 'Lau', 'Ng'], westernFirst: ['Kelvin', 'Winnie', 'Ivan', 'Queenie', 'Edmond'] });
def('ja_JP', { script: 'Japanese', lang: 'ja', order: 'fg', nospace: false, given: { m: ['健太|Kenta', '翔太|Shota', '大輔|Daisuke', '蓮|Ren', 'ひろし|Hiroshi'], f: ['陽菜|Hina', '美咲|Misaki', 'さくら|Sakura', '由美子|Yumiko', 'ゆい|Yui'] },
  family: ['佐藤|Sato', '鈴木|Suzuki', '高橋|Takahashi', '田中|Tanaka', '渡辺|Watanabe', '中村|Nakamura', '小林|Kobayashi'] });
def('ja_kana', { script: 'Japanese', lang: 'ja', order: 'fg', given: { m: ['タクヤ|Takuya', 'ユウキ|Yuki'], f: ['アヤカ|Ayaka', 'ミホ|Miho'] },
  family: ['ヤマモト|Yamamoto', 'イノウエ|Inoue', 'キムラ|Kimura'], sep: '\u3000' });
def('ko_KR', { script: 'Hangul', lang: 'ko', order: 'fg', nospace: true, given: { m: ['민준|Min-jun', '서준|Seo-jun', '지훈|Ji-hoon', '현우|Hyun-woo'], f: ['서연|Seo-yeon', '지은|Ji-eun', '하은|Ha-eun', '수빈|Su-bin'] },
  family: ['김|Kim', '이|Lee', '박|Park', '최|Choi', '정|Jung', '남궁|Namgoong'] });
def('th_TH', { script: 'Thai', lang: 'th', given: { m: ['สมชาย|Somchai', 'ธนากร|Thanakorn', 'วีระ|Weera'], f: ['สุดารัตน์|Sudarat', 'ปิยะนุช|Piyanuch', 'กาญจนา|Kanchana'] },
  family: ['ศรีสุข|Srisuk', 'วงศ์สวัสดิ์|Wongsawat', 'แก้วมณี|Kaewmanee', 'ชัยประเสริฐ|Chaiprasert'] });
def('ka_GE', { script: 'Georgian', lang: 'ka', given: { m: ['გიორგი|Giorgi', 'ლევან|Levan', 'დავით|Davit'], f: ['ნინო|Nino', 'თამარ|Tamar', 'მარიამ|Mariam'] },
  family: ['ბერიძე|Beridze', 'კაპანაძე|Kapanadze', 'გელაშვილი|Gelashvili', 'მამარდაშვილი|Mamardashvili'] });
def('hy_AM', { script: 'Armenian', lang: 'hy', given: { m: ['Արամ|Aram', 'Տիգրան|Tigran', 'Գևորգ|Gevorg'], f: ['Անի|Ani', 'Լուսինե|Lusine', 'Նարինե|Narine'] },
  family: ['Հովհաննիսյան|Hovhannisyan', 'Սարգսյան|Sargsyan', 'Պետրոսյան|Petrosyan', 'Ղազարյան|Ghazaryan'] });
def('am_ET', { script: 'Ethiopic', lang: 'am', given: { m: ['ዳዊት|Dawit', 'ተስፋዬ|Tesfaye', 'ሰለሞን|Solomon'], f: ['ሄለን|Helen', 'መሰረት|Meseret', 'ትዕግስት|Tigist'] },
  family: ['በቀለ|Bekele', 'ገብረመድህን|Gebremedhin', 'ታደሰ|Tadesse', 'ወልደማርያም|Woldemariam'], ethiopic: true });

export const CULTURES = C;
export const CULTURE_CODES = Object.keys(C);

const split = (e) => { const [n, l] = e.split('|'); return { n, l: l ?? n }; };
const gsel = (s, g) => { const parts = s.split('/'); return parts.length > 1 ? parts[g === 'f' ? 1 : 0] : parts[0]; };

export function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ł/g, 'l').replace(/Ł/g, 'L')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ı/g, 'i').replace(/þ/g, 'th').replace(/ð/g, 'd').replace(/œ/g, 'oe')
    .replace(/[\u02bb\u2019']/g, '');
}

// make a person of a given culture. Returns a structure with native and latin parts.
export function makePerson(r, code) {
  const c = C[code];
  const g = r.chance(0.5) ? 'm' : 'f';
  const gv = split(r.pick(c.given[g]));
  let fam = split(r.pick(c.family));
  let family = gsel(fam.n, g), familyL = gsel(fam.l, g);
  if (c.twoFamily && r.chance(0.7)) {
    const f2 = split(r.pick(c.family));
    if (f2.n !== fam.n) { family += (r.chance(0.1) ? ' y ' : ' ') + f2.n; familyL += ' ' + f2.l; }
  }
  if (c.patronymicIs) { family = family + (g === 'f' ? 'dóttir' : 'son'); familyL = family; }
  if (c.binBinti) { family = (g === 'f' ? 'binti ' : 'bin ') + family; familyL = family; }
  let patr = null;
  if (c.patronymic && r.chance(0.6)) { const p = split(r.pick(c.patronymic)); patr = { n: gsel(p.n, g), l: gsel(p.l, g) }; }
  if (c.mononym && (family === '' || r.chance(c.mononym))) { family = ''; familyL = ''; }
  const p = { culture: code, script: c.script, lang: c.lang, gender: g, given: gv.n, givenL: gv.l, family, familyL, patr, order: c.order || 'gf', nospace: !!c.nospace, sep: c.sep || ' ' };
  if (c.westernFirst && r.chance(0.5)) p.western = r.pick(c.westernFirst);
  if (c.nick && c.nick[gv.n]) p.nick = c.nick[gv.n];
  return p;
}

// render a person's name in one of many styles. returns {text, latin}
export function nameText(r, p, style) {
  const fam = p.family, giv = p.given;
  const famFirst = p.order === 'fg';
  const joiner = p.nospace ? '' : p.sep;
  const native = () => {
    if (!fam) return giv;
    if (famFirst) return fam + joiner + giv;
    if (p.patr && p.script === 'Cyrillic') return r.chance(0.5) ? `${giv} ${p.patr.n} ${fam}` : `${fam} ${giv} ${p.patr.n}`;
    return `${giv} ${fam}`;
  };
  const latin = () => {
    if (!p.familyL) return p.givenL;
    if (p.western) return `${p.western} ${p.familyL} ${p.givenL}`;
    if (famFirst) return r.chance(0.5) ? `${p.familyL.toUpperCase()} ${p.givenL}` : `${p.givenL} ${p.familyL}`;
    return `${fold(p.givenL) === p.givenL || r.chance(0.5) ? p.givenL : fold(p.givenL)} ${p.familyL}`;
  };
  switch (style) {
    case 'latin': return latin();
    case 'given': return p.nick && r.chance(0.4) ? p.nick : giv;
    case 'nick': return p.nick || giv;
    case 'family': return fam || giv;
    case 'initial': {
      if (!fam || !['Latin', 'Cyrillic', 'Greek'].includes(p.script)) return native();
      if (famFirst) return native();
      const ini = [...giv.split(/[ -]/)].map((x) => [...x][0] + '.').join(p.script === 'Latin' ? (r.chance(0.5) ? ' ' : '') : ' ');
      return `${ini} ${fam}`;
    }
    case 'sorted': {
      if (!fam) return giv;
      if (famFirst) return native();
      // "Family, Given" with Dutch particles moved to the end
      const m = /^((?:van|de|der|den|ter|von|da|dos|de la|le|la)(?: (?:der|den|la))?) (.+)$/.exec(fam);
      if (m && r.chance(0.7)) return `${m[2]}, ${giv} ${m[1]}`;
      return `${fam}, ${giv}`;
    }
    case 'upper': return fam ? (famFirst ? `${fam.toUpperCase()} ${giv}` : `${fam.toUpperCase()} ${giv}`) : giv.toUpperCase();
    default: return native();
  }
}

// e-mail local part built from a person's latin name
export function emailLocal(r, p) {
  const clean = (s) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, '');
  const g = clean(p.givenL.split(' ')[0]) || 'user';
  const f = clean(p.familyL.replace(/^(bin|binti|al|el|van|de|von|da|dos) /i, '').split(' ').pop() || '') || clean(p.givenL) ;
  return r.pick([
    `${g}.${f}`, `${g[0]}.${f}`, `${g}${f}`, `${f}.${g}`, `${g}_${f}${r.int(1, 99)}`, `${g}.${f}+${r.pick(['shop', 'news', 'hr', 'billing', 'jobs'])}`,
    `${f}-${g[0]}`, `${g}${r.int(1970, 2009)}`, `${f}${g[0]}`, `${g[0]}${f}`, `${g}.${f[0]}`,
  ]);
}
