// Person names by culture/script. Lists are short on purpose: the point is breadth of
// cultures and scripts, everyday short forms, and names that are also common words.
// order 'gf' = given family, 'fg' = family given; sep = separator between the parts.
// fm/ff = family names for men/women where the language inflects them.
const sp = (s) => s.split('|').map((x) => x.trim()).filter(Boolean);

export const CULTURES = {
  en_US: { script: 'Latin', cc: 'US', m: sp('James|Michael|Tyler|Brandon|Kevin|Marcus|Dylan|Anthony|DeShawn'), f: sp('Jennifer|Ashley|Megan|Brittany|Kayla|Tasha|Lauren|Destiny|Courtney'),
    sm: sp('Mike|Tony|Danny|Chris|Matt|Zach|Jimmy'), sf: sp('Jen|Liz|Katie|Becky|Steph|Sam|Abby'), fam: sp('Johnson|Williams|Brooks|Carter|Ramirez|Sullivan|Patterson|Hughes|Coleman|Kowalczyk|Washington'),
    word: sp('Will|Grace|Hope|Mark|Bill|Rose|Faith|Joy|Summer|Dawn|Jack|Frank|Amber|Iris|Ruby|Sunny|Penny|Holly|Drew|Chase|Hunter|River|Ray|Ginger|Sandy|Art|Rich|Guy|Pat|Sky') },
  en_GB: { script: 'Latin', cc: 'GB', m: sp('Oliver|Harry|Callum|Rhys|Alfie|Jamie|Nathan|Graham'), f: sp('Chloe|Poppy|Imogen|Gemma|Bethany|Harriet|Lorna'),
    sm: sp('Alf|Olly|Baz|Jonno|Gaz|Tom'), sf: sp('Gem|Soph|Kez|Bex|Lou|Mags'), fam: sp('Thompson|Clarke|Whitfield|Ashworth|Pemberton|Hargreaves|Barnes|Okafor|Patel|Fairbairn'),
    word: sp('Robin|Heather|Daisy|Barry|Ivy|Dusty|Jade|Hazel|Angel|Sterling') },
  de: { script: 'Latin', cc: 'DE', m: sp('Lukas|Jonas|Felix|Matthias|Jürgen|Uwe|Tobias|Dieter'), f: sp('Lena|Anja|Sabine|Katrin|Jana|Ute|Franziska|Birgit'),
    sm: sp('Flo|Basti|Micha|Tobi|Andi|Olli|Matze'), sf: sp('Steffi|Jule|Franzi|Conny|Susi|Gabi'), fam: sp('Müller|Schneider|Fischer|Weber|Wagner|Becker|Hoffmann|Schäfer|Koch|Zimmermann|Große-Kleimann'),
    word: sp('Ernst|Frank|Rosa|Heide|Sonnhild|Wolf|Fuchs') },
  fr: { script: 'Latin', cc: 'FR', m: sp('Julien|Mathieu|Théo|Antoine|Nicolas|Loïc|Jean-Pierre'), f: sp('Camille|Léa|Manon|Élodie|Chloé|Margaux|Anne-Sophie'),
    sm: sp('Nico|Seb|Max|Titou|Jojo'), sf: sp('Steph|Juju|Clem|Flo|Nath'), fam: sp('Martin|Bernard|Dubois|Lefèvre|Moreau|Girard|Fournier|Rousseau|Lambert|Nguyen'),
    word: sp('Rose|Pascal|Constance|Prudence|Clément|Aimé|Désiré|Blanche|Olive|Violette') },
  es: { script: 'Latin', cc: 'ES', m: sp('Javier|Alejandro|Pablo|Sergio|Iñaki|Álvaro|Jordi'), f: sp('Lucía|Carmen|Marta|Nuria|Begoña|Paula|Montse'),
    sm: sp('Javi|Álex|Pepe|Nacho|Paco|Quique'), sf: sp('Maite|Lola|Pili|Merche|Charo'), fam: sp('García|Fernández|López|Martínez|Sánchez|Romero|Navarro|Iglesias|Puig|Etxeberria'),
    word: sp('Dolores|Soledad|Rocío|Pilar|Consuelo|Amparo|Blanca|Paz|Luz|Milagros') },
  es_MX: { script: 'Latin', cc: 'MX', m: sp('José Luis|Jesús|Ulises|Rodrigo|Emiliano|Santiago'), f: sp('Guadalupe|Ximena|Fernanda|Yesenia|Itzel|Citlali'),
    sm: sp('Chuy|Memo|Lalo|Beto|Pancho'), sf: sp('Lupita|Paty|Lupe|Chela|Mony'), fam: sp('Hernández|González|Ramírez|Cruz|Flores|Morales|Reyes|Jiménez|Xicoténcatl'),
    word: sp('Esperanza|Refugio|Socorro|Azucena') },
  it: { script: 'Latin', cc: 'IT', m: sp('Marco|Giuseppe|Alessandro|Luca|Matteo|Davide|Gianluca'), f: sp('Giulia|Chiara|Francesca|Martina|Sara|Alessia|Ilaria'),
    sm: sp('Beppe|Gigi|Fede|Ale|Nico|Pippo'), sf: sp('Vale|Fra|Titti|Betta|Cri'), fam: sp('Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|De Luca'),
    word: sp('Serena|Felice|Fortunato|Gioia|Bianca|Celeste|Speranza') },
  pt_BR: { script: 'Latin', cc: 'BR', m: sp('João|Gabriel|Lucas|Rafael|Thiago|Vinícius|Carlos Eduardo'), f: sp('Ana Clara|Juliana|Fernanda|Larissa|Beatriz|Camila|Thaís'),
    sm: sp('Zé|Rafa|Dudu|Léo|Guto'), sf: sp('Bia|Gabi|Nanda|Dani|Mari'), fam: sp('Silva|Santos|Oliveira|Souza|Pereira|Costa|Rodrigues|Almeida|Nascimento|Araújo'),
    word: sp('Graça|Glória|Vitória|Luz|Jacira|Flor') },
  pt_PT: { script: 'Latin', cc: 'PT', m: sp('Tiago|Duarte|Rui|Gonçalo|Nuno|Vasco'), f: sp('Inês|Mariana|Leonor|Joana|Matilde'),
    sm: sp('Quim|Xico|Tó|Zeca'), sf: sp('Nela|Becas|Mimi'), fam: sp('Ferreira|Gonçalves|Carvalho|Marques|Sousa|Lopes|Teixeira|Magalhães') },
  nl: { script: 'Latin', cc: 'NL', m: sp('Daan|Sem|Thijs|Jeroen|Bram|Pieter|Joost'), f: sp('Sanne|Fleur|Anouk|Lotte|Eva|Marieke|Femke'),
    sm: sp('Kees|Bas|Jan|Wim|Henk'), sf: sp('Floor|Ineke|Mies|Lies'), fam: sp('de Jong|Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|van Dijk|Mulder'),
    word: sp('Fleur|Roos|Jade|Hoop') },
  sv: { script: 'Latin', cc: 'SE', m: sp('Erik|Lars|Oskar|Johan|Björn|Anders'), f: sp('Elin|Maja|Ingrid|Sofia|Karin|Linnea'),
    sm: sp('Kalle|Lasse|Pelle|Nisse|Bosse'), sf: sp('Stina|Lotta|Kicki|Mia'), fam: sp('Andersson|Johansson|Karlsson|Nilsson|Eriksson|Lindqvist|Bergström|Lundgren') },
  no: { script: 'Latin', cc: 'NO', m: sp('Ole|Magnus|Sindre|Håkon|Eirik|Kjetil'), f: sp('Nora|Silje|Ragnhild|Kari|Ingvild'),
    sm: sp('Mats|Pål|Jo'), sf: sp('Tone|Guri'), fam: sp('Hansen|Johansen|Olsen|Larsen|Haugen|Bakke|Solberg|Dahl|Østby') },
  da: { script: 'Latin', cc: 'DK', m: sp('Mads|Rasmus|Søren|Frederik|Mikkel'), f: sp('Mette|Freja|Ida|Sofie|Line'),
    sm: sp('Bo|Lasse|Jens'), sf: sp('Trine|Pia|Sus'), fam: sp('Nielsen|Jensen|Pedersen|Kristensen|Sørensen|Møller|Rasmussen') },
  fi: { script: 'Latin', cc: 'FI', m: sp('Mikko|Juha|Antti|Ville|Jukka|Tuomas'), f: sp('Aino|Liisa|Kaisa|Sanna|Riikka|Satu'),
    sm: sp('Jussi|Pekka|Make'), sf: sp('Kati|Maikki|Tiina'), fam: sp('Korhonen|Virtanen|Mäkinen|Nieminen|Heikkinen|Laine|Järvinen|Hämäläinen'),
    word: sp('Onni|Toivo|Lumi|Tähti|Aamu') },
  is: { script: 'Latin', cc: 'IS', m: sp('Guðmundur|Sigurður|Einar|Kári|Þórður'), f: sp('Guðrún|Sigríður|Katrín|Hildur|Þórunn'),
    sm: sp('Gummi|Siggi|Doddi'), sf: sp('Gunna|Sigga|Kata'), fm: sp('Jónsson|Einarsson|Magnússon|Ólafsson|Björnsson'), ff: sp('Sigurðardóttir|Björnsdóttir|Ólafsdóttir|Jónsdóttir|Einarsdóttir') },
  pl: { script: 'Latin', cc: 'PL', m: sp('Piotr|Krzysztof|Tomasz|Paweł|Jakub|Michał|Grzegorz'), f: sp('Anna|Agnieszka|Katarzyna|Małgorzata|Zofia|Magdalena|Ewa'),
    sm: sp('Kuba|Bartek|Tomek|Grzesiek|Staszek'), sf: sp('Kasia|Gosia|Ola|Asia|Madzia'),
    fm: sp('Nowak|Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański'), ff: sp('Nowak|Kowalska|Wiśniewska|Wójcik|Kamińska|Lewandowska|Zielińska|Szymańska') },
  cs: { script: 'Latin', cc: 'CZ', m: sp('Jan|Petr|Jiří|Tomáš|Ondřej'), f: sp('Jana|Lucie|Tereza|Eva|Petra'),
    sm: sp('Honza|Pepa|Péťa|Ondra'), sf: sp('Terka|Míša|Janička'), fm: sp('Novák|Svoboda|Dvořák|Černý|Procházka|Kučera'), ff: sp('Nováková|Svobodová|Dvořáková|Černá|Procházková|Kučerová') },
  hu: { script: 'Latin', cc: 'HU', order: 'fg', m: sp('László|Gábor|Zoltán|Bence|Péter'), f: sp('Katalin|Eszter|Zsófia|Réka|Anna'),
    sm: sp('Laci|Zoli|Peti|Gabi'), sf: sp('Zsófi|Kati|Eszti|Panni'), fam: sp('Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár') },
  ro: { script: 'Latin', cc: 'RO', m: sp('Andrei|Mihai|Alexandru|Ionuț|Bogdan|Răzvan'), f: sp('Ioana|Elena|Andreea|Roxana|Mădălina'),
    sm: sp('Sandu|Mitică|Nelu|Costel'), sf: sp('Lenuța|Ileana|Oana'), fam: sp('Popescu|Ionescu|Popa|Dumitru|Stan|Stoica|Gheorghiu|Munteanu') },
  el: { script: 'Greek', cc: 'GR', m: sp('Γιώργος|Νίκος|Κώστας|Δημήτρης|Γιάννης|Παναγιώτης'), f: sp('Μαρία|Ελένη|Κατερίνα|Δέσποινα|Σοφία|Αναστασία'),
    sm: sp('Τάκης|Λάκης|Μίμης|Γιωργάκης|Πάνος'), sf: sp('Σούλα|Νίκη|Κατίνα|Τασούλα|Λένα'),
    fm: sp('Παπαδόπουλος|Παπαδάκης|Γεωργίου|Οικονόμου|Καραγιάννης|Βλάχος|Αντωνίου'), ff: sp('Παπαδοπούλου|Παπαδάκη|Γεωργίου|Οικονόμου|Καραγιάννη|Βλάχου|Αντωνίου'),
    word: sp('Ειρήνη|Χαρά|Αγάπη|Ελπίδα|Άνθη') , lat: sp('giorgos|nikos|eleni|maria|papadopoulos|oikonomou') },
  ru: { script: 'Cyrillic', cc: 'RU', m: sp('Алексей|Дмитрий|Сергей|Иван|Михаил|Андрей'), f: sp('Анна|Ольга|Татьяна|Екатерина|Наталья|Мария'),
    sm: sp('Лёша|Дима|Серёжа|Ваня|Миша|Саня'), sf: sp('Катя|Таня|Наташа|Маша|Оля|Аня'),
    fm: sp('Иванов|Смирнов|Кузнецов|Попов|Соколов|Лебедев|Морозов|Волков'), ff: sp('Иванова|Смирнова|Кузнецова|Попова|Соколова|Лебедева|Морозова|Волкова'),
    word: sp('Вера|Надежда|Любовь|Роман|Лев|Мирон'), lat: sp('alexey|dmitry|olga|tatiana|ivanov|smirnova|kuznetsov') },
  uk: { script: 'Cyrillic', cc: 'UA', m: sp('Олександр|Андрій|Богдан|Тарас|Остап|Максим'), f: sp('Оксана|Олена|Ірина|Наталія|Соломія|Христина'),
    sm: sp('Сашко|Андрійко|Тарасик|Бодя'), sf: sp('Оля|Іра|Галя|Христя|Ліда'), fam: sp('Шевченко|Бондаренко|Коваленко|Ткаченко|Кравченко|Мельник|Бойко|Савчук'),
    word: sp('Надія|Віра|Любов|Зоряна'), lat: sp('oksana|taras|bohdan|shevchenko|melnyk|kovalenko') },
  bg: { script: 'Cyrillic', cc: 'BG', m: sp('Георги|Иван|Димитър|Николай|Стоян'), f: sp('Мария|Десислава|Йорданка|Гергана|Цветелина'),
    sm: sp('Гошо|Митко|Ники'), sf: sp('Деси|Цвети|Гери'), fm: sp('Иванов|Петров|Георгиев|Димитров|Стоянов'), ff: sp('Иванова|Петрова|Георгиева|Димитрова|Стоянова'), lat: sp('georgi|desislava|petrov|dimitrova') },
  sr: { script: 'Cyrillic', cc: 'RS', m: sp('Немања|Марко|Стефан|Милош|Душан'), f: sp('Јелена|Милица|Ана|Драгана|Снежана'),
    sm: sp('Мики|Неша|Гоца'), sf: sp('Цеца|Мица|Јеца'), fam: sp('Јовановић|Петровић|Николић|Марковић|Ђорђевић|Стојановић'), lat: sp('nemanja|jelena|jovanovic|markovic') },
  ka: { script: 'Georgian', cc: 'GE', m: sp('გიორგი|დავით|ლევან|ირაკლი|ნიკოლოზ|ზურაბ'), f: sp('ნინო|თამარ|მარიამ|ეკატერინე|ნათია|სალომე'),
    sm: sp('გიო|დათო|ნიკა|ზურა|ლევანა|გოგი'), sf: sp('ეკა|თამო|მაკო|ნინი|ქეთი'), fam: sp('ბერიძე|კაპანაძე|გელაშვილი|მაისურაძე|ლომიძე|ჯაფარიძე|ხარაიშვილი|წიკლაური'),
    word: sp('მზია|ლალი|ია|ვარდო'), lat: sp('giorgi|nino|dato|tamar|beridze|kapanadze|gelashvili') },
  hy: { script: 'Armenian', cc: 'AM', m: sp('Արամ|Տիգրան|Դավիթ|Գոռ|Հայկ|Նարեկ'), f: sp('Անի|Մարիամ|Լուսինե|Նարինե|Գայանե|Սոնա'),
    sm: sp('Արո|Տիկո|Դավո|Նարո'), sf: sp('Մարո|Լուսո|Գայա|Անիկ'), fam: sp('Պետրոսյան|Հովհաննիսյան|Սարգսյան|Գրիգորյան|Խաչատրյան|Մկրտչյան|Ավետիսյան|Հարությունյան'),
    word: sp('Անուշ|Արեգ|Ծաղիկ'), lat: sp('aram|tigran|ani|lusine|petrosyan|sargsyan|grigoryan') },
  tr: { script: 'Latin', cc: 'TR', m: sp('Mehmet|Mustafa|Emre|Burak|Serkan|Oğuzhan'), f: sp('Ayşe|Fatma|Zeynep|Elif|Ebru|Gülşen'),
    sm: sp('Memo|Oğuz|Cem'), sf: sp('Ayşegül|Zeyno|Gül'), fam: sp('Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan'),
    word: sp('Deniz|Umut|Can|Su|Güneş|Yağmur|Barış|Ceylan|Bulut') },
  az: { script: 'Latin', cc: 'AZ', m: sp('Elvin|Rəşad|Orxan|Tural'), f: sp('Günel|Aysel|Nigar|Leyla'), fm: sp('Məmmədov|Əliyev|Hüseynov|Quliyev'), ff: sp('Məmmədova|Əliyeva|Hüseynova|Quliyeva') },
  ar: { script: 'Arabic', cc: 'SA', m: sp('محمد|أحمد|خالد|يوسف|عمر|كريم'), f: sp('فاطمة|مريم|ليلى|سارة|هدى|رنا'),
    sm: sp('حمودي|أبو يوسف|أبو خالد'), sf: sp('نونو|أم عمر|لولو'), fam: sp('العتيبي|الحسيني|المصري|حداد|الخطيب|الشمري|النجار|عبد الله'),
    word: sp('أمل|نور|جميلة|سعيد|كريمة|هناء'), lat: sp('mohammed|ahmed|khaled|fatima|mariam|alotaibi|haddad|alkhatib') },
  he: { script: 'Hebrew', cc: 'IL', m: sp('יוסי|אבי|דניאל|איתי|עומר|נועם'), f: sp('נועה|מיכל|יעל|רותם|הדס|אפרת'),
    sm: sp('מושיקו|דני|קובי|שוקי'), sf: sp('מיכלי|נוני|יעלי'), fam: sp('כהן|לוי|מזרחי|פרץ|ביטון|אברהם|פרידמן|שפירא'),
    word: sp('טל|אור|גל|שירה|שקד|ליאור'), lat: sp('yossi|noa|michal|itai|cohen|levi|mizrahi') },
  fa: { script: 'Arabic', cc: 'IR', m: sp('علی|رضا|امیر|حسین|سینا|مهدی'), f: sp('مریم|زهرا|سارا|نگار|مهسا|شیرین'),
    sm: sp('ممد|علی‌آقا|رضاجون'), sf: sp('مری|زری'), fam: sp('رضایی|احمدی|محمدی|حسینی|کریمی|موسوی|جعفری|تهرانی'),
    word: sp('باران|ستاره|نسیم|امید|بهار|شادی'), lat: sp('ali|reza|maryam|zahra|rezaei|ahmadi|karimi') },
  ur: { script: 'Arabic', cc: 'PK', m: sp('عمران|بلال|فیصل|عثمان'), f: sp('عائشہ|صبا|مہوش|ثناء'), fam: sp('خان|چوہدری|بٹ|قریشی|ملک|شیخ'), lat: sp('imran|bilal|ayesha|khan|qureshi') },
  hi: { script: 'Devanagari', cc: 'IN', m: sp('राहुल|अमित|विकास|अर्जुन|संजय|रोहित'), f: sp('प्रिया|अनीता|सुनीता|नेहा|कविता|रेखा'),
    sm: sp('पप्पू|बबलू|गुड्डू|सोनू|मोनू'), sf: sp('मुन्नी|पिंकी|गुड़िया|डॉली'), fam: sp('शर्मा|वर्मा|गुप्ता|सिंह|यादव|मिश्रा|जोशी|चौहान'),
    word: sp('आशा|किरण|दीपक|पूजा|सूरज|चाँदनी'), lat: sp('rahul|amit|priya|neha|sharma|verma|gupta|yadav') },
  bn: { script: 'Bengali', cc: 'BD', m: sp('রাহুল|সৌরভ|অনির্বাণ|তানভীর|রফিক|সুমন'), f: sp('প্রিয়াঙ্কা|মৌমিতা|তানিয়া|নুসরাত|রুমানা|শম্পা'),
    sm: sp('বাবু|পিন্টু|বুবাই|মিঠু'), sf: sp('টুম্পা|মিষ্টি|বুলবুলি'), fam: sp('দাস|বসু|চট্টোপাধ্যায়|মুখার্জি|রহমান|হোসেন|ইসলাম|সরকার'),
    word: sp('বৃষ্টি|আলো|আশা|সোনালী'), lat: sp('sourav|tanvir|moumita|nusrat|das|rahman|hossain') },
  ta: { script: 'Tamil', cc: 'IN', m: sp('கார்த்திக்|முருகன்|செந்தில்|விஜய்|அருண்|சுரேஷ்'), f: sp('ப்ரியா|லட்சுமி|மீனா|கவிதா|தேவி|அனிதா'),
    sm: sp('கார்த்தி|பாலு|ராஜு|செந்தா'), sf: sp('செல்வி|மீனு|கவி'), fam: sp('சுப்பிரமணியன்|ராமசாமி|கிருஷ்ணன்|வேலுசாமி|பழனிசாமி|சண்முகம்'),
    word: sp('மலர்|அன்பு|செல்வம்|தென்றல்'), lat: sp('karthik|murugan|lakshmi|meena|subramanian|krishnan') },
  te: { script: 'Telugu', cc: 'IN', m: sp('శ్రీనివాస్|వెంకట్|రవి|సాయి'), f: sp('లక్ష్మి|స్వాతి|దివ్య|శ్రావణి'), fam: sp('రెడ్డి|నాయుడు|రావు|చౌదరి'), lat: sp('srinivas|venkat|swathi|reddy|naidu') },
  th: { script: 'Thai', cc: 'TH', m: sp('สมชาย|สมศักดิ์|ธนพล|วิชัย|กิตติพงษ์'), f: sp('สมหญิง|นภัสสร|กนกวรรณ|วันเพ็ญ|พรทิพย์'),
    sm: sp('แบงค์|ต้น|เอก|บอย|โจ้'), sf: sp('ปอย|แพร|ฝ้าย|มิ้นท์|จอย'), fam: sp('ใจดี|ศรีสุข|วงศ์สวัสดิ์|แสงทอง|บุญมา|รัตนพันธ์|สุขเจริญ|ทองดี'),
    word: sp('นก|ส้ม|กุ้ง|เล็ก|ฝน|เบียร์|หมู|ปลา|แก้ว'), lat: sp('somchai|thanaphon|napatsorn|jaidee|srisuk|boonma') },
  vi: { script: 'Latin', cc: 'VN', order: 'vi', fam: sp('Nguyễn|Trần|Lê|Phạm|Hoàng|Phan|Vũ|Đặng'), mid: sp('Văn|Thị|Minh|Đức|Ngọc|Thanh'),
    m: sp('Hùng|Tuấn|Dũng|Quân|Khoa|Phúc'), f: sp('Hương|Phương|Linh|Trang|Thảo|Ngân'), word: sp('Mai|Lan|Hoa|Xuân|Thu|Hải') },
  id: { script: 'Latin', cc: 'ID', m: sp('Budi|Agus|Rizky|Dedi|Eko|Yusuf'), f: sp('Siti|Dewi|Rina|Wulan|Fitri'),
    sm: sp('Didi|Iwan|Ucok'), sf: sp('Neng|Uci|Ika'), fam: sp('Santoso|Wijaya|Saputra|Hidayat|Kusuma|Pratama|Nugroho|Lestari'), word: sp('Indah|Ayu|Putri|Bayu|Bintang|Cahaya') },
  tl: { script: 'Latin', cc: 'PH', m: sp('Jose|Mark Anthony|Jerome|Rodel|Christian'), f: sp('Maricel|Jocelyn|Kristine|Angelica|Rowena'),
    sm: sp('Jun-Jun|Bong|Nonoy|Toto'), sf: sp('Inday|Tintin|Neneng'), fam: sp('Dela Cruz|Santos|Reyes|Bautista|Mendoza|Villanueva|Aquino|Macaraeg') },
  zh: { script: 'Han', cc: 'CN', order: 'fg', sep: '', fam: sp('王|李|张|刘|陈|杨|黄|赵|吴|周'), m: sp('伟|磊|洋|勇|杰|晓明|浩然|建国'), f: sp('芳|娜|敏|静|艳|丽华|子涵|秀英'),
    lat: sp('wang.wei|li.na|zhang.min|liu.yang|chen.jing|xiaoming') },
  zh_TW: { script: 'Han', cc: 'TW', order: 'fg', sep: '', fam: sp('陳|林|黃|張|李|王|吳|劉'), m: sp('志明|家豪|俊傑|宗翰|冠宇'), f: sp('淑芬|怡君|雅婷|美玲|欣怡'), lat: sp('chihming|yating|chen|lin') },
  ja: { script: 'Japanese', cc: 'JP', order: 'fg', sep: ' ', fam: sp('佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤'), m: sp('健太|翔太|大輔|拓也|亮|ゆうき'), f: sp('陽子|美咲|さくら|由美|真由美|はるか'),
    word: sp('ひかり|空|光|あおい|翼'), lat: sp('kenta|shota|sakura|yumi|sato|suzuki|tanaka') },
  ko: { script: 'Hangul', cc: 'KR', order: 'fg', sep: '', fam: sp('김|이|박|최|정|강|조|윤|장|임'), m: sp('민준|지훈|현우|예준|도윤|성민'), f: sp('서연|지은|수빈|하은|지민|유진'),
    word: sp('하늘|보라|슬기|나래|한별|봄'), lat: sp('minjun|jihoon|seoyeon|jieun|kim|park|choi') },
  sw: { script: 'Latin', cc: 'KE', m: sp('Juma|Omari|Hamisi|Otieno|Kiprop'), f: sp('Rehema|Halima|Wanjiku|Akinyi|Mwanaisha'),
    sm: sp('Jumbe|Kim|Sam'), sf: sp('Shiro|Wanja|Aki'), fam: sp('Mwangi|Otieno|Kamau|Wanjiru|Njoroge|Mutua|Achieng|Kiprono'), word: sp('Baraka|Neema|Amani|Zawadi|Furaha|Imani') },
  yo: { script: 'Latin', cc: 'NG', m: sp('Tunde|Ayodele|Oluwaseun|Babatunde|Femi|Chinedu'), f: sp('Funmilayo|Adebola|Yetunde|Folake|Bisi|Ngozi'),
    sm: sp('Seun|Dayo|Tayo'), sf: sp('Funmi|Bimpe|Yemisi'), fam: sp('Adeyemi|Ogunleye|Balogun|Adebayo|Okonkwo|Olawale|Eze') },
  am: { script: 'Ethiopic', cc: 'ET', m: sp('አበበ|ዳዊት|ሰለሞን|ተስፋዬ'), f: sp('መሰረት|ትዕግስት|ሰላም|ሄለን'), fam: sp('ከበደ|ታደሰ|በቀለ|ግርማ|ሀይሌ'), lat: sp('abebe|dawit|tesfaye|kebede|tadesse') },
  ga: { script: 'Latin', cc: 'IE', m: sp('Seán|Ciarán|Pádraig|Eoin|Oisín'), f: sp('Aoife|Saoirse|Siobhán|Niamh|Róisín'), sm: sp('Paddy|Dec'), sf: sp('Shiv|Ro'),
    fam: sp('Murphy|O\'Sullivan|Ó Ceallaigh|Walsh|Byrne|Mac Giolla Phádraig|Ní Bhriain') },
  mn: { script: 'Cyrillic', cc: 'MN', order: 'fg', m: sp('Бат-Эрдэнэ|Ганбаатар|Тэмүүжин|Батбаяр'), f: sp('Энхтуяа|Болормаа|Сарнай|Оюунчимэг'), fam: sp('Дорж|Мөнх|Ганбат|Цэрэн|Баатар'), lat: sp('bat-erdene|enkhtuya|dorj|munkh') },
  kk: { script: 'Cyrillic', cc: 'KZ', m: sp('Нұрлан|Ерлан|Асқар|Дәурен'), f: sp('Айгерім|Әсел|Жанар|Динара'), fm: sp('Оспанов|Сейітов|Жақсылықов|Әбдірахманов'), ff: sp('Оспанова|Сейітова|Жақсылықова|Әбдірахманова'), lat: sp('nurlan|aigerim|ospanov|seitova') },
  lt: { script: 'Latin', cc: 'LT', m: sp('Mantas|Tomas|Darius|Žygimantas'), f: sp('Rūta|Eglė|Giedrė|Ieva'), fm: sp('Kazlauskas|Jankauskas|Petrauskas|Stankevičius'), ff: sp('Kazlauskienė|Jankauskaitė|Petrauskienė|Stankevičiūtė') },
  cy: { script: 'Latin', cc: 'GB', m: sp('Dafydd|Gruffudd|Iwan|Rhodri'), f: sp('Cerys|Angharad|Ffion|Gwenllian'), fam: sp('Jones|Evans|ap Rhys|Llewellyn|Pritchard') },
};

export const CULTURE_KEYS = Object.keys(CULTURES);

function famFor(c, g, rng) {
  if (c.fm && c.ff) return rng.pick(g === 'f' ? c.ff : c.fm);
  return rng.pick(c.fam);
}

// a person: {full, given, family, short, g, culture}
export function person(rng, key) {
  const c = CULTURES[key];
  const g = rng.chance(0.5) ? 'm' : 'f';
  const given = rng.pick(g === 'm' ? c.m : c.f);
  const family = c.order === 'vi' ? rng.pick(c.fam) : famFor(c, g, rng);
  let full;
  if (c.order === 'vi') {
    const mid = g === 'f' && rng.chance(0.6) ? 'Thị' : rng.pick(c.mid);
    full = `${family} ${mid} ${given}`;
  } else if (c.order === 'fg') full = family + (c.sep ?? ' ') + given;
  else full = `${given} ${family}`;
  const shorts = g === 'm' ? c.sm : c.sf;
  const short = shorts && shorts.length ? rng.pick(shorts) : given;
  return { full, given, family, short, g, culture: key, script: c.script };
}

export function wordName(rng, key) {
  const c = CULTURES[key];
  return c.word ? rng.pick(c.word) : null;
}

// romanized local part pieces for e-mail addresses
const LATIN_FALLBACK = ['alex', 'sam', 'kim', 'lee', 'dana', 'robin', 'nika', 'sasha'];
const deacc = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[ðÐ]/g, 'd').replace(/[þÞ]/g, 'th').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i').replace(/ə/g, 'e').replace(/Ə/g, 'E').replace(/đ/g, 'd').replace(/Đ/g, 'D');
export function latinParts(rng, p) {
  const c = CULTURES[p.culture];
  if (c.script === 'Latin') {
    const clean = (s) => deacc(s).toLowerCase().replace(/[^a-z]/g, '');
    return [clean(p.given) || 'user', clean(p.family) || 'mail'];
  }
  const pool = c.lat || LATIN_FALLBACK;
  return [rng.pick(pool).replace(/[^a-z.-]/g, ''), rng.pick(pool).replace(/[^a-z.-]/g, '')];
}
export { deacc };
