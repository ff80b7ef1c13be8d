// Given and family names by culture. Entries "native=roman" carry a romanisation (used for
// e-mail local parts and for romanised renderings); Latin-script entries are plain.
// order: 'gf' given first, 'fg' family first; join: separator between the parts in native script.

const L = (s) => s.split('|').map((x) => { const [n, r] = x.split('='); return { n, r: r || n }; });

export const CULTURES = {
  en_US: { script: 'Latin', order: 'gf', join: ' ', loc: 'US', m: L('James|Robert|Michael|David|Tyler|Brandon|Marcus|Travis|Dakota|Cody|Darnell|Wyatt'), f: L('Mary|Patricia|Jennifer|Linda|Ashley|Kayla|Denise|Shanice|Brittany|Latoya|Megan|Haley'), fam: L('Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Jackson|Harris|Thompson|Robinson|Walker|Carter|Mitchell|Washington|Bennett') },
  en_GB: { script: 'Latin', order: 'gf', join: ' ', loc: 'GB', m: L('Oliver|George|Harry|Jack|Alfie|Charlie|Rhys|Callum|Rory|Jamie'), f: L('Amelia|Isla|Ava|Freya|Poppy|Imogen|Sian|Niamh|Phoebe|Eleanor'), fam: L('Taylor|Evans|Hughes|Wright|Roberts|Patel|Clarke|Turner|Hall|Lewis|Edwards|Morgan|Griffiths|Barker|Pritchard|Ashworth') },
  ga_IE: { script: 'Latin', order: 'gf', join: ' ', loc: 'IE', m: L('Ciarán|Oisín|Pádraig|Cian|Eoin|Darragh|Seán|Tadhg'), f: L('Aoife|Saoirse|Siobhán|Róisín|Máire|Clodagh|Gráinne|Orla'), fam: L("O'Brien|Murphy|Kelly|Byrne|Ryan|O'Sullivan|Doyle|McCarthy|Gallagher|Fitzgerald|Ó Súilleabháin|Mac Giolla Phádraig") },
  de_DE: { script: 'Latin', order: 'gf', join: ' ', loc: 'DE', m: L('Lukas|Jonas|Felix|Maximilian|Jürgen|Matthias|Benedikt|Tobias|Uwe|Götz'), f: L('Hannah|Lea|Johanna|Sophie|Ursula|Sabine|Friederike|Annika|Jutta|Gesine'), fam: L('Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Richter|Klein|Schröder|Neumann|Zimmermann|Krüger|von Arnim|Oßwald') },
  de_AT: { script: 'Latin', order: 'gf', join: ' ', loc: 'AT', m: L('Florian|Stefan|Andreas|Markus|Wolfgang'), f: L('Katharina|Magdalena|Theresa|Elisabeth|Verena'), fam: L('Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|Fuchs') },
  fr_FR: { script: 'Latin', order: 'gf', join: ' ', loc: 'FR', m: L('Louis|Hugo|Mathis|Théo|Baptiste|Gaël|Jérôme|Aurélien|Yannick|Loïc'), f: L('Camille|Chloé|Léa|Manon|Inès|Élodie|Margaux|Solène|Anaïs|Maëlle'), fam: L('Martin|Bernard|Dubois|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefèvre|Fournier|Girard|Mercier|Rousseau|Faure|Le Gall') },
  fr_BE: { script: 'Latin', order: 'gf', join: ' ', loc: 'BE', m: L('Arnaud|Cédric|Quentin|Maxime'), f: L('Aurore|Laetitia|Justine|Noémie'), fam: L('Peeters|Janssens|Maes|Jacobs|Dupont|Lambert|Dumont|Claes|Wouters|Goossens') },
  es_ES: { script: 'Latin', order: 'gf', join: ' ', loc: 'ES', two: true, m: L('Hugo|Mateo|Álvaro|Javier|Iker|Sergio|Íñigo|Joaquín'), f: L('Lucía|Martina|Paula|Carmen|Nerea|Rocío|Ainhoa|Begoña'), fam: L('García|López|Martínez|Sánchez|Pérez|Gómez|Fernández|Ruiz|Díaz|Moreno|Jiménez|Navarro|Romero|Torres|Iglesias|Castro') },
  es_MX: { script: 'Latin', order: 'gf', join: ' ', loc: 'MX', two: true, m: L('Santiago|Diego|Emiliano|Alejandro|Jesús|Mauricio|Rodrigo'), f: L('Sofía|Valentina|Ximena|Guadalupe|Fernanda|Itzel|Citlali'), fam: L('Hernández|González|Ramírez|Flores|Cruz|Vázquez|Morales|Reyes|Gutiérrez|Mendoza|Aguilar|Ortiz') },
  es_AR: { script: 'Latin', order: 'gf', join: ' ', loc: 'AR', m: L('Facundo|Agustín|Nicolás|Tomás'), f: L('Milagros|Florencia|Agustina|Camila'), fam: L('González|Rodríguez|Gómez|Fernández|López|Díaz|Martínez|Pérez|Sosa|Romero') },
  pt_BR: { script: 'Latin', order: 'gf', join: ' ', loc: 'BR', m: L('João|Pedro|Gabriel|Rafael|Thiago|Luiz|Vinícius|Caio'), f: L('Ana|Beatriz|Larissa|Juliana|Camila|Fernanda|Letícia|Thaís'), fam: L('Silva|Santos|Oliveira|Souza|Lima|Pereira|Costa|Ferreira|Almeida|Carvalho|Ribeiro|Gonçalves|Araújo|da Conceição') },
  pt_PT: { script: 'Latin', order: 'gf', join: ' ', loc: 'PT', m: L('Duarte|Tiago|Rodrigo|Gonçalo'), f: L('Inês|Matilde|Leonor|Mariana'), fam: L('Ferreira|Pereira|Martins|Sousa|Rodrigues|Fernandes|Gonçalves|Marques|Teixeira|Lopes') },
  it_IT: { script: 'Latin', order: 'gf', join: ' ', loc: 'IT', m: L('Alessandro|Lorenzo|Matteo|Davide|Riccardo|Gianluca|Niccolò'), f: L('Giulia|Francesca|Chiara|Federica|Martina|Elisa|Ilaria'), fam: L('Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Lo Giudice') },
  nl_NL: { script: 'Latin', order: 'gf', join: ' ', loc: 'NL', m: L('Daan|Bram|Sem|Thijs|Joost|Ruben|Maarten'), f: L('Sanne|Femke|Lotte|Fleur|Anouk|Mirjam|Ilse'), fam: L('de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos|van der Meer') },
  pl_PL: { script: 'Latin', order: 'gf', join: ' ', loc: 'PL', m: L('Jakub|Kacper|Szymon|Wojciech|Michał|Krzysztof|Paweł'), f: L('Zofia|Julia|Maja|Aleksandra|Małgorzata|Agnieszka|Katarzyna'), fam: L('Nowak|Wójcik|Kowalczyk|Mazur|Krawczyk|Zając|Król|Wieczorek|Dudek|Pawlak|Michalak|Sikora|Baran|Szulc') },
  cs_CZ: { script: 'Latin', order: 'gf', join: ' ', loc: 'CZ', m: L('Jan|Tomáš|Jakub|Ondřej|Vojtěch'), f: L('Tereza|Eliška|Kateřina|Lucie|Barbora'), fam: L('Novák|Svoboda|Dvořák|Černý|Procházka|Kučera|Veselý|Horák'), ff: L('Nováková|Svobodová|Dvořáková|Černá|Procházková|Kučerová|Veselá|Horáková') },
  sv_SE: { script: 'Latin', order: 'gf', join: ' ', loc: 'SE', m: L('Oscar|Hugo|William|Lucas|Anders|Björn|Måns'), f: L('Elsa|Ebba|Astrid|Maja|Saga|Ingrid|Linnéa'), fam: L('Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Lindqvist|Bergström|Åkesson') },
  nb_NO: { script: 'Latin', order: 'gf', join: ' ', loc: 'NO', m: L('Håkon|Sindre|Eirik|Magnus'), f: L('Ingrid|Sigrid|Tuva|Solveig'), fam: L('Hansen|Johansen|Olsen|Larsen|Andersen|Halvorsen|Berg|Haugen|Bakke|Solberg') },
  da_DK: { script: 'Latin', order: 'gf', join: ' ', loc: 'DK', m: L('Mads|Rasmus|Søren|Frederik'), f: L('Mette|Sofie|Ida|Freja'), fam: L('Nielsen|Jensen|Hansen|Pedersen|Christensen|Sørensen|Rasmussen|Jørgensen') },
  fi_FI: { script: 'Latin', order: 'gf', join: ' ', loc: 'FI', m: L('Eetu|Väinö|Onni|Juho|Tuomas|Lauri'), f: L('Aino|Helmi|Siiri|Kerttu|Ilona|Venla'), fam: L('Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen') },
  hu_HU: { script: 'Latin', order: 'fg', join: ' ', loc: 'HU', m: L('Bence|Máté|Levente|Dániel|Gergő|Zsolt'), f: L('Zsófia|Réka|Eszter|Anna|Noémi|Ildikó'), fam: L('Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas') },
  ro_RO: { script: 'Latin', order: 'gf', join: ' ', loc: 'RO', m: L('Andrei|Mihai|Alexandru|Ștefan|Bogdan'), f: L('Ioana|Elena|Bianca|Cristina|Andreea'), fam: L('Popescu|Ionescu|Popa|Stan|Dumitru|Constantin|Ene|Gheorghe|Munteanu|Stoica') },
  tr_TR: { script: 'Latin', order: 'gf', join: ' ', loc: 'TR', m: L('Mehmet|Mustafa|Emre|Burak|Oğuz|Kerem|Barış'), f: L('Ayşe|Fatma|Zeynep|Elif|Büşra|Şule|Gülşen'), fam: L('Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan') },
  el_GR: { script: 'Greek', order: 'gf', join: ' ', loc: 'GR', m: L('Γιώργος=Giorgos|Δημήτρης=Dimitris|Νίκος=Nikos|Κώστας=Kostas|Γιάννης=Giannis|Παναγιώτης=Panagiotis|Σπύρος=Spyros'), f: L('Μαρία=Maria|Ελένη=Eleni|Κατερίνα=Katerina|Σοφία=Sofia|Αγγελική=Angeliki|Δέσποινα=Despoina|Χριστίνα=Christina'), fam: L('Οικονόμου=Oikonomou|Γεωργίου=Georgiou|Νικολάου=Nikolaou|Ιωάννου=Ioannou|Βασιλείου=Vasileiou|Κωνσταντίνου=Konstantinou|Δημητρίου=Dimitriou|Αθανασίου=Athanasiou|Χριστοδούλου=Christodoulou|Παππά=Pappa') },
  ru_RU: { script: 'Cyrillic', order: 'gf', join: ' ', loc: 'RU', m: L('Алексей=Aleksei|Дмитрий=Dmitry|Сергей=Sergei|Иван=Ivan|Михаил=Mikhail|Артём=Artyom|Никита=Nikita'), f: L('Анна=Anna|Екатерина=Ekaterina|Ольга=Olga|Наталья=Natalia|Татьяна=Tatiana|Юлия=Yulia|Дарья=Darya'), fam: L('Иванов=Ivanov|Смирнов=Smirnov|Кузнецов=Kuznetsov|Попов=Popov|Соколов=Sokolov|Лебедев=Lebedev|Козлов=Kozlov|Новиков=Novikov|Морозов=Morozov|Волков=Volkov'), ff: L('Иванова=Ivanova|Смирнова=Smirnova|Кузнецова=Kuznetsova|Попова=Popova|Соколова=Sokolova|Лебедева=Lebedeva|Козлова=Kozlova|Новикова=Novikova|Морозова=Morozova|Волкова=Volkova') },
  uk_UA: { script: 'Cyrillic', order: 'gf', join: ' ', loc: 'UA', m: L('Олександр=Oleksandr|Андрій=Andrii|Тарас=Taras|Богдан=Bohdan|Максим=Maksym|Остап=Ostap'), f: L('Оксана=Oksana|Ірина=Iryna|Марія=Mariia|Софія=Sofiia|Олена=Olena|Христина=Khrystyna'), fam: L('Шевченко=Shevchenko|Коваленко=Kovalenko|Бондаренко=Bondarenko|Ткаченко=Tkachenko|Кравченко=Kravchenko|Олійник=Oliinyk|Мельник=Melnyk|Шевчук=Shevchuk|Поліщук=Polishchuk|Лисенко=Lysenko') },
  ar_AE: { script: 'Arabic', order: 'gf', join: ' ', loc: 'AE', m: L('محمد=Mohammed|أحمد=Ahmed|يوسف=Youssef|عمر=Omar|خالد=Khaled|حسن=Hassan|طارق=Tariq'), f: L('فاطمة=Fatima|مريم=Mariam|نور=Nour|ليلى=Layla|سارة=Sara|هدى=Huda|ريم=Reem'), fam: L('الحسيني=Al-Husseini|العتيبي=Al-Otaibi|حداد=Haddad|منصور=Mansour|الشمري=Al-Shammari|الخطيب=Al-Khatib|سليمان=Suleiman|نصار=Nassar|القحطاني=Al-Qahtani|المهيري=Al-Muhairi') },
  ar_EG: { script: 'Arabic', order: 'gf', join: ' ', loc: 'EG', m: L('مصطفى=Mostafa|كريم=Karim|إبراهيم=Ibrahim|شريف=Sherif'), f: L('منى=Mona|ياسمين=Yasmin|دينا=Dina|شيماء=Shaimaa'), fam: L('عبد الرحمن=Abdelrahman|السيد=El-Sayed|فاروق=Farouk|الشناوي=El-Shenawy|عثمان=Osman|رمضان=Ramadan') },
  fa_IR: { script: 'Arabic', order: 'gf', join: ' ', loc: 'IR', m: L('علی=Ali|رضا=Reza|مهدی=Mehdi|امیر=Amir|حسین=Hossein'), f: L('زهرا=Zahra|فاطمه=Fatemeh|مریم=Maryam|نگار=Negar|شیرین=Shirin'), fam: L('محمدی=Mohammadi|حسینی=Hosseini|رضایی=Rezaei|کریمی=Karimi|موسوی=Mousavi|احمدی=Ahmadi|جعفری=Jafari|صادقی=Sadeghi') },
  he_IL: { script: 'Hebrew', order: 'gf', join: ' ', loc: 'IL', m: L('יוסי=Yossi|דוד=David|אורי=Uri|נועם=Noam|איתי=Itai|משה=Moshe'), f: L('נועה=Noa|תמר=Tamar|שירה=Shira|מיכל=Michal|יעל=Yael|רותם=Rotem'), fam: L('כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton|אברהם=Avraham|פרידמן=Friedman|שפירא=Shapira|גולן=Golan|אזולאי=Azoulay') },
  hi_IN: { script: 'Devanagari', order: 'gf', join: ' ', loc: 'IN', m: L('राहुल=Rahul|अमित=Amit|विकास=Vikas|अर्जुन=Arjun|संजय=Sanjay|रोहन=Rohan'), f: L('प्रिया=Priya|अंजलि=Anjali|पूजा=Pooja|नेहा=Neha|सुनीता=Sunita|कविता=Kavita'), fam: L('शर्मा=Sharma|वर्मा=Verma|गुप्ता=Gupta|सिंह=Singh|पटेल=Patel|यादव=Yadav|जोशी=Joshi|मिश्रा=Mishra|अग्रवाल=Agarwal|चौहान=Chauhan') },
  ta_IN: { script: 'Tamil', order: 'gf', join: ' ', loc: 'IN', m: L('அருண்=Arun|கார்த்திக்=Karthik|சுரேஷ்=Suresh|விஜய்=Vijay|பிரகாஷ்=Prakash'), f: L('லக்ஷ்மி=Lakshmi|மீனா=Meena|கவிதா=Kavitha|தீபா=Deepa|செல்வி=Selvi'), fam: L('ராமசாமி=Ramasamy|சுப்பிரமணியன்=Subramanian|கிருஷ்ணன்=Krishnan|முருகன்=Murugan|நடராஜன்=Natarajan|வேலு=Velu') },
  bn_BD: { script: 'Bengali', order: 'gf', join: ' ', loc: 'BD', m: L('রহিম=Rahim|করিম=Karim|তানভীর=Tanvir|সাকিব=Sakib'), f: L('ফাতেমা=Fatema|নুসরাত=Nusrat|তাসলিমা=Taslima|রুমানা=Rumana'), fam: L('হোসেন=Hossain|আহমেদ=Ahmed|ইসলাম=Islam|চৌধুরী=Chowdhury|রহমান=Rahman|সরকার=Sarkar') },
  th_TH: { script: 'Thai', order: 'gf', join: ' ', loc: 'TH', m: L('สมชาย=Somchai|ธนากร=Thanakorn|วีระ=Weera|ณัฐพล=Nattapon|อนุชา=Anucha'), f: L('สมหญิง=Somying|ปิยะนุช=Piyanuch|กนกวรรณ=Kanokwan|สุดารัตน์=Sudarat|พิมพ์ชนก=Pimchanok'), fam: L('สุขสวัสดิ์=Suksawat|ศรีสุข=Srisuk|วงศ์สวัสดิ์=Wongsawat|แก้วมณี=Kaewmanee|ทองดี=Thongdee|บุญมา=Boonma|จันทร์เพ็ญ=Chanpen|รัตนพันธ์=Rattanaphan') },
  zh_CN: { script: 'Han', order: 'fg', join: '', loc: 'CN', m: L('伟=Wei|强=Qiang|磊=Lei|军=Jun|洋=Yang|勇=Yong|杰=Jie|晓明=Xiaoming|浩然=Haoran|子轩=Zixuan'), f: L('芳=Fang|娜=Na|秀英=Xiuying|敏=Min|静=Jing|丽=Li|艳=Yan|雨萱=Yuxuan|子涵=Zihan|欣怡=Xinyi'), fam: L('王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|吴=Wu|周=Zhou|徐=Xu|孙=Sun|马=Ma|朱=Zhu|胡=Hu|郭=Guo') },
  zh_TW: { script: 'Han', order: 'fg', join: '', loc: 'TW', m: L('志明=Chih-ming|家豪=Chia-hao|冠宇=Kuan-yu|建宏=Chien-hung'), f: L('淑芬=Shu-fen|怡君=Yi-chun|雅婷=Ya-ting|佩珊=Pei-shan'), fam: L('陳=Chen|林=Lin|黃=Huang|張=Chang|李=Lee|王=Wang|吳=Wu|劉=Liu|蔡=Tsai|楊=Yang') },
  ja_JP: { script: 'Japanese', order: 'fg', join: ' ', loc: 'JP', m: L('陽翔=Haruto|大輝=Daiki|翔太=Shota|健一=Kenichi|拓海=Takumi|直樹=Naoki|悠真=Yuma'), f: L('結衣=Yui|美咲=Misaki|さくら=Sakura|恵子=Keiko|彩花=Ayaka|由美=Yumi|陽菜=Hina'), fam: L('佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|伊藤=Ito|渡辺=Watanabe|山本=Yamamoto|中村=Nakamura|小林=Kobayashi|加藤=Kato|吉田=Yoshida|山田=Yamada|松本=Matsumoto|井上=Inoue') },
  ko_KR: { script: 'Hangul', order: 'fg', join: '', loc: 'KR', m: L('민준=Min-jun|지훈=Ji-hoon|도윤=Do-yun|예준=Ye-jun|현우=Hyun-woo|성민=Sung-min'), f: L('서연=Seo-yeon|하은=Ha-eun|지우=Ji-woo|수빈=Su-bin|지민=Ji-min|유나=Yu-na'), fam: L('김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|조=Cho|윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh') },
  vi_VN: { script: 'Latin', order: 'fg', join: ' ', loc: 'VN', mid: true, m: L('Hùng|Dũng|Tuấn|Phúc|Quân|Khánh|Minh'), f: L('Lan|Hương|Trang|Linh|Thảo|Ngọc|Mai'), fam: L('Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ') },
  id_ID: { script: 'Latin', order: 'gf', join: ' ', loc: 'ID', m: L('Budi|Agus|Rizky|Andi|Fajar|Wahyu|Dimas'), f: L('Siti|Dewi|Putri|Ayu|Indah|Sri|Ratna'), fam: L('Santoso|Wijaya|Saputra|Hidayat|Kusuma|Nugroho|Pratama|Lestari|Setiawan|Siregar|Hutagalung|Sitompul') },
  tl_PH: { script: 'Latin', order: 'gf', join: ' ', loc: 'PH', m: L('Juan|Jose|Mark|Rodel|Jerome|Paolo'), f: L('Maria|Angelica|Kristine|Maricel|Lovely|Jhoanna'), fam: L('Dela Cruz|Reyes|Santos|Bautista|Mendoza|Villanueva|Aquino|Castillo|Manalo|Pangilinan|Macaraeg') },
  yo_NG: { script: 'Latin', order: 'gf', join: ' ', loc: 'NG', m: L('Oluwaseun|Adebayo|Emeka|Chukwuemeka|Babajide|Obinna|Tunde'), f: L('Chiamaka|Ngozi|Temitope|Funmilayo|Ifeoma|Yetunde|Adaeze'), fam: L('Adeyemi|Okafor|Okonkwo|Balogun|Eze|Nwosu|Ogunleye|Olawale|Chukwu|Afolabi|Nnamdi|Oyelaran') },
  sw_KE: { script: 'Latin', order: 'gf', join: ' ', loc: 'KE', m: L('Kamau|Otieno|Kiprono|Omondi|Mutua|Baraka'), f: L('Wanjiru|Achieng|Njeri|Akinyi|Chebet|Wairimu'), fam: L('Mwangi|Ochieng|Wanjiku|Kiprotich|Njoroge|Odhiambo|Kariuki|Wafula|Chege|Karanja') },
  am_ET: { script: 'Ethiopic', order: 'gf', join: ' ', loc: 'ET', m: L('አበበ=Abebe|ዳዊት=Dawit|ሰለሞን=Solomon|ዮሐንስ=Yohannes'), f: L('ሄለን=Helen|መቅደስ=Meqdes|ትዕግስት=Tigist|ሰላም=Selam'), fam: L('ተስፋዬ=Tesfaye|በቀለ=Bekele|ኃይሌ=Haile|አለሙ=Alemu|ታደሰ=Tadesse|ገብረመድህን=Gebremedhin') },
  ka_GE: { script: 'Georgian', order: 'gf', join: ' ', loc: 'GE', m: L('გიორგი=Giorgi|დავით=Davit|ლევან=Levan|ირაკლი=Irakli'), f: L('ნინო=Nino|ქეთევან=Ketevan|თამარ=Tamar|მარიამ=Mariam'), fam: L('ბერიძე=Beridze|კაპანაძე=Kapanadze|გელაშვილი=Gelashvili|მაისურაძე=Maisuradze|ლომიძე=Lomidze|ხარაიშვილი=Kharaishvili') },
};
export const CULTURE_IDS = Object.keys(CULTURES);
const VI_MID = { m: ['Văn', 'Minh', 'Hữu', 'Đức', 'Quốc'], f: ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Bảo'] };

export function stripMarks(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i');
}

// Returns a person: {culture, gender, given, family, full (native), roman (romanised full), givenRoman, familyRoman}
export function makeName(rng, cultureId, gender) {
  const c = CULTURES[cultureId];
  const g = gender || (rng.chance(0.5) ? 'f' : 'm');
  const gi = rng.pick(c[g]);
  const famList = g === 'f' && c.ff ? c.ff : c.fam;
  let fam = rng.pick(famList);
  if (c.two && rng.chance(0.7)) {
    let f2 = rng.pick(famList);
    if (f2.n === fam.n) f2 = famList[(famList.indexOf(f2) + 1) % famList.length];
    fam = { n: `${fam.n} ${f2.n}`, r: `${fam.r} ${f2.r}` };
  }
  let mid = null;
  if (c.mid) mid = rng.pick(VI_MID[g]);
  let full, roman;
  if (c.order === 'fg') {
    full = mid ? `${fam.n} ${mid} ${gi.n}` : `${fam.n}${c.join}${gi.n}`;
    roman = mid ? full : `${fam.r} ${gi.r}`;
  } else {
    full = `${gi.n}${c.join}${fam.n}`;
    roman = `${gi.r} ${fam.r}`;
  }
  return { culture: cultureId, script: c.script, gender: g, given: gi.n, family: fam.n, givenRoman: gi.r, familyRoman: fam.r, full, roman, loc: c.loc, nonLatin: c.script !== 'Latin' };
}
