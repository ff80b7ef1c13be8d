// Name, place and word lists written for this set. Non-Latin entries carry a romanisation after ':'.
// given: "Name/g[:latin]" separated by ';'   family: "Masc|Fem[:latin|latinFem]" separated by ';'
const C = (id, lang, script, order, sep, given, family) => ({ id, lang, script, order, sep, given, family });
export const CULTURES_RAW = [
  C('en_us', 'en', 'Latn', 'gf', ' ', 'James/m;Jennifer/f;Tyler/m;Ashley/f;Marcus/m;Brianna/f;Dwayne/m;Kimberly/f;Logan/m;Savannah/f;Cody/m;Tanya/f',
    'Whitfield;Carter;Hughes;Brooks;Patterson;Jenkins;Coleman;Russell;Sullivan;Kowalczyk;Haverford;McAllister'),
  C('en_gb', 'en', 'Latn', 'gf', ' ', 'Oliver/m;Harriet/f;Callum/m;Imogen/f;Alistair/m;Poppy/f;Rupert/m;Georgina/f;Nigel/m;Beatrix/f',
    'Pemberton;Ashworth;Hargreaves;Thwaite;Blackwood;Fairclough;Greenhalgh;Oakley;Pilkington;Entwistle'),
  C('ga', 'en', 'Latn', 'gf', ' ', 'Siobhán/f;Pádraig/m;Aoife/f;Cian/m;Niamh/f;Oisín/m;Eimear/f;Ciarán/m;Sorcha/f;Tadhg/m',
    "O'Sullivan;Ó Ceallaigh;Kavanagh;MacNamara;Ní Bhriain|Ní Bhriain;Doherty;Ó Murchú;Brennan;Ó Dálaigh;Fitzgerald"),
  C('de', 'de', 'Latn', 'gf', ' ', 'Lukas/m;Johanna/f;Matthias/m;Friederike/f;Jürgen/m;Annegret/f;Tobias/m;Sabine/f;Björn/m;Ute/f;Henrik/m;Wiebke/f',
    'Schröder;Bäcker;Hoffmann;Kühn;Weißenborn;Vogt;Lindemann;Brandstätter;Fuchs;Zimmermann;Großkopf;Oberländer'),
  C('fr', 'fr', 'Latn', 'gf', ' ', 'Théo/m;Élodie/f;Baptiste/m;Margaux/f;Gaëlle/f;Jérôme/m;Clémence/f;Loïc/m;Anaïs/f;Rémi/m',
    'Lefèvre;Dubois;Marchand;Rousseau;Girard;Chevalier;Fontaine;Lemaire;Faure;Bonnefoy'),
  C('es', 'es', 'Latn', 'gf', ' ', 'Alejandro/m;Lucía/f;Íñigo/m;Carmen/f;Sergio/m;Nuria/f;Álvaro/m;Rocío/f;Maite/f;Jesús/m',
    'García Ruiz;Fernández;Martínez López;Sánchez;Romero Vidal;Navarro;Domínguez;Ibáñez;Castaño Peña;Ortega'),
  C('it', 'it', 'Latn', 'gf', ' ', 'Giulia/f;Lorenzo/m;Chiara/f;Matteo/m;Francesca/f;Davide/m;Beatrice/f;Niccolò/m;Ilaria/f;Gianluca/m',
    'Bianchi;Esposito;Colombo;Ricci;Marino;Greco;De Luca;Galli;Mancuso;Ferraris'),
  C('pt_br', 'pt', 'Latn', 'gf', ' ', 'João/m;Ana Clara/f;Thiago/m;Letícia/f;Gustavo/m;Fernanda/f;Rafael/m;Camila/f;Luís/m;Conceição/f',
    'Silva Santos;Oliveira;Souza;Pereira;Carvalho;Almeida;Ribeiro;Gonçalves;Assunção;Magalhães'),
  C('nl', 'nl', 'Latn', 'gf', ' ', 'Sander/m;Femke/f;Joris/m;Lotte/f;Bram/m;Sanne/f;Maarten/m;Anouk/f;Wouter/m;Ilse/f',
    'de Vries;van den Berg;Jansen;Bakker;Visser;van Dijk;Smit;Mulder;van der Heijden;Hoekstra'),
  C('pl', 'pl', 'Latn', 'gf', ' ', 'Agnieszka/f;Krzysztof/m;Małgorzata/f;Paweł/m;Zofia/f;Grzegorz/m;Katarzyna/f;Wojciech/m;Jadwiga/f;Łukasz/m',
    'Nowak;Kowalski|Kowalska;Wiśniewski|Wiśniewska;Wójcik;Lewandowski|Lewandowska;Kamiński|Kamińska;Zieliński|Zielińska;Szymański|Szymańska;Dąbrowski|Dąbrowska;Woźniak'),
  C('sv', 'sv', 'Latn', 'gf', ' ', 'Erik/m;Ingrid/f;Linnea/f;Magnus/m;Åsa/f;Pelle/m;Maja/f;Gustav/m;Sigrid/f;Oskar/m',
    'Lindqvist;Bergström;Johansson;Åkesson;Nyström;Sjöberg;Holm;Ekdahl;Wallin;Lundgren'),
  C('fi', 'fi', 'Latn', 'gf', ' ', 'Mikko/m;Aino/f;Juha/m;Tuulikki/f;Antti/m;Satu/f;Ville/m;Kaisa/f',
    'Virtanen;Korhonen;Mäkinen;Nieminen;Järvinen;Heikkilä;Laaksonen;Lehtonen'),
  C('hu', 'hu', 'Latn', 'fg', ' ', 'Zsófia/f;Bence/m;Réka/f;Gergely/m;Eszter/f;Levente/m;Ildikó/f;Ákos/m',
    'Nagy;Kovács;Tóth;Szabó;Horváth;Varga;Kiss;Molnár'),
  C('cs', 'cs', 'Latn', 'gf', ' ', 'Jiří/m;Tereza/f;Ondřej/m;Lucie/f;Tomáš/m;Kateřina/f;Vojtěch/m;Markéta/f',
    'Novák|Nováková;Svoboda|Svobodová;Dvořák|Dvořáková;Černý|Černá;Procházka|Procházková;Kučera|Kučerová;Veselý|Veselá;Horák|Horáková'),
  C('tr', 'tr', 'Latn', 'gf', ' ', 'Emre/m;Zeynep/f;Burak/m;Elif/f;Mehmet/m;Ayşe/f;Çağlar/m;Gülşen/f;Oğuz/m;Şule/f',
    'Yılmaz;Kaya;Demir;Şahin;Çelik;Öztürk;Aydın;Arslan;Karaağaç;Güneş'),
  C('el', 'el', 'Grek', 'gf', ' ', 'Γιώργος/m:Giorgos;Μαρία/f:Maria;Δημήτρης/m:Dimitris;Ελένη/f:Eleni;Νίκος/m:Nikos;Κατερίνα/f:Katerina;Κώστας/m:Kostas;Σοφία/f:Sofia',
    'Παπαδόπουλος|Παπαδοπούλου:Papadopoulos|Papadopoulou;Γεωργίου:Georgiou;Οικονόμου:Oikonomou;Νικολάου:Nikolaou;Καραγιάννης|Καραγιάννη:Karagiannis|Karagianni;Βλάχος|Βλάχου:Vlachos|Vlachou;Αντωνίου:Antoniou'),
  C('ru', 'ru', 'Cyrl', 'gf', ' ', 'Иван/m:Ivan;Ольга/f:Olga;Дмитрий/m:Dmitry;Екатерина/f:Ekaterina;Сергей/m:Sergey;Наталья/f:Natalya;Алексей/m:Alexey;Татьяна/f:Tatyana',
    'Смирнов|Смирнова:Smirnov|Smirnova;Кузнецов|Кузнецова:Kuznetsov|Kuznetsova;Попов|Попова:Popov|Popova;Соколов|Соколова:Sokolov|Sokolova;Лебедев|Лебедева:Lebedev|Lebedeva;Морозов|Морозова:Morozov|Morozova;Волков|Волкова:Volkov|Volkova;Белоусов|Белоусова:Belousov|Belousova'),
  C('uk', 'uk', 'Cyrl', 'gf', ' ', 'Олександр/m:Oleksandr;Оксана/f:Oksana;Андрій/m:Andriy;Ірина/f:Iryna;Тарас/m:Taras;Наталія/f:Nataliia;Богдан/m:Bohdan;Юлія/f:Yuliia',
    'Шевченко:Shevchenko;Бондаренко:Bondarenko;Коваленко:Kovalenko;Ткачук:Tkachuk;Мельник:Melnyk;Кравчук:Kravchuk;Литвиненко:Lytvynenko;Гнатюк:Hnatiuk'),
  C('ar', 'ar', 'Arab', 'gf', ' ', 'محمد/m:Mohammed;فاطمة/f:Fatima;أحمد/m:Ahmed;ليلى/f:Layla;يوسف/m:Youssef;نور/f:Nour;خالد/m:Khaled;مريم/f:Mariam',
    'العتيبي:Al-Otaibi;حداد:Haddad;الشمري:Al-Shammari;منصور:Mansour;الخطيب:Al-Khatib;عبد الله:Abdullah;الحسيني:Al-Husseini;سعيد:Saeed'),
  C('he', 'he', 'Hebr', 'gf', ' ', 'נועה/f:Noa;איתי/m:Itai;תמר/f:Tamar;יונתן/m:Yonatan;שירה/f:Shira;אביב/m:Aviv;מיכל/f:Michal;עומר/m:Omer',
    'כהן:Cohen;לוי:Levi;מזרחי:Mizrahi;פרץ:Peretz;ביטון:Biton;אברהם:Avraham;פרידמן:Friedman;שפירא:Shapira'),
  C('fa', 'fa', 'Arab', 'gf', ' ', 'علی/m:Ali;زهرا/f:Zahra;رضا/m:Reza;مهسا/f:Mahsa;امیر/m:Amir;نیلوفر/f:Niloufar;کاوه/m:Kaveh;شیرین/f:Shirin',
    'محمدی:Mohammadi;حسینی:Hosseini;رضایی:Rezaei;کریمی:Karimi;تهرانی:Tehrani;جعفری:Jafari'),
  C('hi', 'hi', 'Deva', 'gf', ' ', 'राहुल/m:Rahul;प्रिया/f:Priya;अमित/m:Amit;सुनीता/f:Sunita;विकास/m:Vikas;अनन्या/f:Ananya;रोहन/m:Rohan;कविता/f:Kavita',
    'शर्मा:Sharma;वर्मा:Verma;गुप्ता:Gupta;सिंह:Singh;मिश्रा:Mishra;जोशी:Joshi;यादव:Yadav;अग्रवाल:Agarwal'),
  C('ta', 'ta', 'Taml', 'gf', ' ', 'முருகன்/m:Murugan;லக்ஷ்மி/f:Lakshmi;கார்த்திக்/m:Karthik;மீனா/f:Meena;அருண்/m:Arun;தேவி/f:Devi',
    'சுப்பிரமணியன்:Subramanian;ராஜேந்திரன்:Rajendran;வேலு:Velu;கிருஷ்ணன்:Krishnan;பாலசுப்ரமணியம்:Balasubramaniam'),
  C('bn', 'bn', 'Beng', 'gf', ' ', 'সৌরভ/m:Sourav;তানিয়া/f:Tania;অর্পিতা/f:Arpita;রাকিব/m:Rakib;নুসরাত/f:Nusrat;ঋত্বিক/m:Ritwik',
    'চক্রবর্তী:Chakraborty;বন্দ্যোপাধ্যায়:Banerjee;হোসেন:Hossain;দাস:Das;রহমান:Rahman;মুখার্জি:Mukherjee'),
  C('zh', 'zh', 'Hani', 'fg', '', '伟/m:Wei;娜/f:Na;敏/f:Min;洋/m:Yang;静/f:Jing;磊/m:Lei;丽华/f:Lihua;志强/m:Zhiqiang;晓燕/f:Xiaoyan;俊杰/m:Junjie',
    '王:Wang;李:Li;张:Zhang;刘:Liu;陈:Chen;杨:Yang;赵:Zhao;黄:Huang;周:Zhou;吴:Wu'),
  C('ja', 'ja', 'Jpan', 'fg', '', '翔太/m:Shota;美咲/f:Misaki;陽菜/f:Hina;大輔/m:Daisuke;由美子/f:Yumiko;健一/m:Kenichi;さくら/f:Sakura;蓮/m:Ren',
    '佐藤:Sato;鈴木:Suzuki;高橋:Takahashi;田中:Tanaka;渡辺:Watanabe;伊藤:Ito;山本:Yamamoto;中村:Nakamura'),
  C('ko', 'ko', 'Hang', 'fg', '', '민준/m:Minjun;서연/f:Seoyeon;지훈/m:Jihoon;하은/f:Haeun;도윤/m:Doyoon;수빈/f:Subin;예린/f:Yerin;현우/m:Hyunwoo',
    '김:Kim;이:Lee;박:Park;최:Choi;정:Jung;강:Kang;조:Cho;윤:Yoon'),
  C('vi', 'vi', 'Latn', 'fg', ' ', 'Thị Lan/f;Văn Hùng/m;Minh Anh/f;Quốc Bảo/m;Thu Trang/f;Đức Thắng/m;Ngọc Hân/f;Hoàng Nam/m',
    'Nguyễn;Trần;Lê;Phạm;Hoàng;Huỳnh;Phan;Vũ'),
  C('th', 'th', 'Thai', 'gf', ' ', 'สมชาย/m:Somchai;สุดา/f:Suda;อนันต์/m:Anan;กมลชนก/f:Kamonchanok;ณัฐพล/m:Nattapon;พิมพ์ชนก/f:Pimchanok',
    'ศรีสุข:Srisuk;วงศ์ไทย:Wongthai;ใจดี:Jaidee;รัตนพันธ์:Rattanaphan;แก้วมณี:Kaewmanee;บุญมา:Boonma'),
  C('id', 'id', 'Latn', 'gf', ' ', 'Budi/m;Siti/f;Agus/m;Dewi/f;Rizky/m;Putri/f;Wahyu/m;Ratna/f',
    'Santoso;Wijaya;Hidayat;Saputra;Kurniawan;Pratama;Setiawan;Lestari'),
  C('fil', 'en', 'Latn', 'gf', ' ', 'Jose Miguel/m;Maricel/f;Rodel/m;Kristine/f;Rommel/m;Analyn/f;Jericho/m;Mylene/f',
    'dela Cruz;Santos;Reyes;Bautista;Villanueva;Mendoza;Manalo;Pangilinan'),
  C('yo', 'en', 'Latn', 'gf', ' ', 'Oluwaseun/m;Adebayo/m;Folake/f;Temitope/f;Babatunde/m;Funmilayo/f',
    'Adeyemi;Ogunleye;Balogun;Olawale;Akinwande;Adebisi'),
  C('ig', 'en', 'Latn', 'gf', ' ', 'Chinedu/m;Ngozi/f;Emeka/m;Chiamaka/f;Obinna/m;Adaeze/f',
    'Okafor;Nwosu;Eze;Okeke;Obiora;Nwachukwu'),
  C('sw', 'sw', 'Latn', 'gf', ' ', 'Achieng/f;Baraka/m;Neema/f;Juma/m;Zawadi/f;Kamau/m',
    'Mwangi;Odhiambo;Kiprono;Wambui;Njoroge;Chebet'),
  C('am', 'am', 'Ethi', 'gf', ' ', 'አበበ/m:Abebe;ትዕግሥት/f:Tigist;ዮሐንስ/m:Yohannes;መሰረት/f:Meseret;ዳዊት/m:Dawit;ሰላም/f:Selam',
    'ተስፋዬ:Tesfaye;በቀለ:Bekele;ኃይሌ:Haile;ታደሰ:Tadesse;ከበደ:Kebede'),
  C('es_mx', 'es', 'Latn', 'gf', ' ', 'Guadalupe/f;Juan Carlos/m;Ximena/f;Emiliano/m;Itzel/f;Rodrigo/m',
    'Hernández Cruz;Ramírez;Morales Téllez;Vázquez;Cuauhtémoc Reyes;Zúñiga'),
];

// Nicknames and short forms used in chats (label PERSON)
export const NICKNAMES = { en: ['Liz', 'Bobby', 'Kat', 'Mags', 'Jonno', 'Becks', 'Tommo', 'Gaz'], de: ['Flo', 'Steffi', 'Basti', 'Uli', 'Jojo'],
  es: ['Pepe', 'Paco', 'Lola', 'Nacho', 'Charo'], fr: ['Manu', 'Titi', 'Béa', 'Jojo'], it: ['Gigi', 'Fede', 'Ale', 'Vale'],
  pt: ['Zé', 'Tati', 'Dudu', 'Nanda'], ru: ['Саша', 'Дима', 'Катя', 'Наташа', 'Лёша'], pl: ['Kasia', 'Gosia', 'Kuba', 'Bartek'],
  nl: ['Jopie', 'Mies', 'Koen'], ja: ['みっちゃん', 'けんちゃん', 'ゆみ'], tr: ['Ayşecik', 'Memo'], ko: ['민준이', '서연아'] };

// Inflected name and place forms written into prose (the whole inflected word is labelled)
export const INFLECTED = {
  // person forms share one grammatical case per language so they fit that language's template; place forms carry their preposition, which stays unlabelled
  pl: { person: ['Agnieszką Nowak', 'Krzysztofem Kowalskim', 'Zofią Lewandowską', 'Pawłem Wójcikiem', 'panią Małgorzatą', 'Grzegorzem Zielińskim'],
        place: ['w Krakowie', 'we Wrocławiu', 'w Gdańsku', 'w Poznaniu', 'w Łodzi', 'pod Zakopanem'], tpl: 'Wczoraj byłam z {ip} {ipl}, pozdrawiają.' },
  ru: { person: ['Ивану Петрову', 'Ольге Смирновой', 'Дмитрию Волкову', 'Татьяне Морозовой', 'Сергею'],
        place: ['в Москве', 'в Петербурге', 'в Казани', 'под Новосибирском', 'в Екатеринбурге'], tpl: 'Передай {ip}, что мы {ipl} до пятницы.' },
  cs: { person: ['Petrovi Novákovi', 'paní Dvořákové', 'Tomáši Svobodovi'], place: ['v Praze', 'v Brně', 'v Olomouci'], tpl: 'Řekni {ip}, že jsme {ipl}.' },
  fi: { person: ['Mikolle', 'Ainolle', 'Juha Virtaselle'], place: ['Helsingissä', 'Tampereella', 'Turussa', 'Oulussa'], tpl: 'Soitin {ip}, hän on nyt {ipl}.' },
  de: { person: ['Jürgens', 'Frau Kühns', 'Herrn Lindemanns'], place: ['Münchens', 'Hamburgs', 'Kölns'], tpl: 'Wir feiern {ip} Geburtstag am Samstag, irgendwo am Rand {ipl}.' },
  uk: { person: ['Оксані Мельник', 'Тарасові Бондаренку'], place: ['у Львові', 'в Києві', 'в Одесі'], tpl: 'Передай {ip}, що ми зараз {ipl}.' },
  el: { person: ['του Γιώργου', 'της Ελένης Νικολάου'], place: ['στη Θεσσαλονίκη', 'στην Αθήνα'], tpl: 'Τα γενέθλια {ip} θα τα κάνουμε {ipl}.' },
  hu: { person: ['Nagy Zsófiának', 'Kovács Bencének'], place: ['Budapesten', 'Debrecenben', 'Szegeden'], tpl: 'Szóltam {ip}, hogy {ipl} vagyunk.' },
  tr: { person: ["Ayşe'ye", "Mehmet'e"], place: ["İzmir'de", "Ankara'da", "Kadıköy'de"], tpl: '{ip} söyle, hafta sonu {ipl} olacağız.' },
};
// split an inflected form into an unlabelled lead (prepositions, articles, titles) and the labelled word(s)
export function splitLead(s) {
  const t = s.split(' '); let i = 0;
  while (i < t.length - 1 && (/^[a-zà-ÿа-яёіїєα-ωάέήίόύώ]/.test(t[i]) || t[i] === 'Frau' || t[i] === 'Herrn')) i++;
  return [t.slice(0, i).join(' ') + (i ? ' ' : ''), t.slice(i).join(' ')];
}

export const NEIGHBOURHOODS = ['Kreuzberg', 'Prenzlauer Berg', 'Schwabing', 'Ehrenfeld', 'Le Marais', 'Belleville', 'la Croix-Rousse', 'Trastevere', 'Navigli',
  'Gràcia', 'Malasaña', 'Triana', 'Alfama', 'Jordaan', 'De Pijp', 'Kazimierz', 'Praga-Północ', 'Södermalm', 'Shimokitazawa', 'Yanaka', 'Itaewon', 'Mangwon-dong',
  'Brooklyn Heights', 'Williamsburg', 'Camden', 'Shoreditch', 'Kadıköy', 'Cihangir', 'Vila Madalena', 'Bandra', 'Koramangala', 'la Condesa', 'Kallio', 'Vinohrady', 'Exarchia'];
export const VILLAGES = ['Oberammergau', 'Giverny', 'Hallstatt', 'Bibury', 'Alberobello', 'Eguisheim', 'Frigiliana', 'Monsaraz', 'Reine', 'Shirakawa-go', 'Hahoe',
  'Castle Combe', 'Sankt Wolfgang', 'Kinderdijk', 'Mittenwald', 'Rocamadour', 'Civita di Bagnoregio', 'Zalipie', 'Holašovice', 'Gjirokastër', 'Óbidos', 'Giethoorn',
  'Portmeirion', 'Ballyvaughan', 'Sigtuna', 'Porvoo'];
export const LANDMARKS = ['Brandenburg Gate', 'Marienplatz', 'Kölner Dom', 'Tower Bridge', "Arthur's Seat", 'Sagrada Família', 'Plaza Mayor', 'Piazza Navona',
  'Ponte Vecchio', 'Rijksmuseum', 'Vondelpark', 'Wawel', 'Charles Bridge', 'Hagia Sophia', 'Galata Tower', 'Acropolis', 'Fushimi Inari', 'Namsan Tower',
  'the Bund', 'Gateway of India', 'Table Mountain', 'Central Park', 'Golden Gate Park', 'Stanley Park', 'Bondi Beach', 'Englischer Garten', 'Jardin du Luxembourg',
  'Parc Güell', 'Tivoli Gardens', 'Lake Bled'];

// Countries: [code, english, native, other forms]
export const COUNTRIES = [
  ['US', 'United States', 'USA', ['U.S.A.', 'Vereinigte Staaten', 'États-Unis']], ['GB', 'United Kingdom', 'UK', ['Großbritannien', 'Royaume-Uni', 'England']],
  ['DE', 'Germany', 'Deutschland', ['Allemagne', 'Alemania', 'Германия', 'ドイツ', '德国']], ['FR', 'France', 'France', ['Frankreich', 'Francia', 'Франция']],
  ['ES', 'Spain', 'España', ['Spanien', 'Espagne']], ['IT', 'Italy', 'Italia', ['Italien', 'Italie', 'イタリア']], ['NL', 'Netherlands', 'Nederland', ['Niederlande', 'Pays-Bas']],
  ['PL', 'Poland', 'Polska', ['Polen', 'Pologne']], ['BR', 'Brazil', 'Brasil', ['Brasilien', 'Brésil']], ['JP', 'Japan', '日本', ['Japon', 'Giappone']],
  ['RU', 'Russia', 'Россия', ['Russland']], ['IN', 'India', 'भारत', ['Indien', 'Inde']], ['SE', 'Sweden', 'Sverige', ['Schweden', 'Suède']],
  ['KR', 'South Korea', '대한민국', ['Südkorea', '韓国']], ['CN', 'China', '中国', ['Chine']], ['GR', 'Greece', 'Ελλάδα', ['Griechenland', 'Grèce']],
  ['SA', 'Saudi Arabia', 'السعودية', ['Saudi-Arabien']], ['TR', 'Turkey', 'Türkiye', ['Türkei', 'Turquie']], ['IE', 'Ireland', 'Éire', ['Irland', 'Irlande']],
  ['CA', 'Canada', 'Canada', ['Kanada']], ['AU', 'Australia', 'Australia', ['Australien', 'Australie']], ['MX', 'Mexico', 'México', ['Mexiko', 'Mexique']],
  ['CH', 'Switzerland', 'Schweiz', ['Suisse', 'Svizzera']], ['AT', 'Austria', 'Österreich', ['Autriche']], ['PT', 'Portugal', 'Portugal', ['Portogallo']],
  ['IL', 'Israel', 'ישראל', ['Israël']], ['UA', 'Ukraine', 'Україна', ['Украина']], ['VN', 'Vietnam', 'Việt Nam', ['Viêt Nam']], ['TH', 'Thailand', 'ประเทศไทย', ['Thaïlande']],
  ['EG', 'Egypt', 'مصر', ['Ägypten']], ['KE', 'Kenya', 'Kenya', ['Kenia']], ['NG', 'Nigeria', 'Nigeria', ['Nigéria']], ['AE', 'United Arab Emirates', 'الإمارات', ['VAE']],
];

// Word lists for human-chosen passwords and passphrases (own lists)
export const WORDS = ('anchor violet mango drift kettle lantern pebble saffron walrus copper meadow tundra biscuit harbor juniper quartz velvet orbit ' +
  'falcon cobalt marble thistle ember glacier hazel pickle rocket sparrow tangerine umbrella willow zephyr bramble cactus dolphin fjord ' +
  'gravel hollow igloo jigsaw kayak lemur mosaic nutmeg otter paprika quiver raven sequoia trombone urchin vortex wombat yodel basil ' +
  'cricket dune echo fennel goblin heron ivory jasper koala lilac magpie nebula olive puffin quokka radish shallot tulip').split(' ');
export const PW_BASES = ['Summer', 'Winter', 'Bella', 'Rocky', 'Sunshine', 'Fußball', 'Schatzi', 'Mausi', 'Chouchou', 'Tesoro', 'Cariño', 'Biscuit', 'Kitty',
  'Dragon', 'Monkey', 'Lisboa', 'Hamburg', 'Istanbul', 'Sakura', 'Minnie', 'Garfield', 'Pumpkin', 'Bailey', 'Luna', 'Simba', 'Pingu', 'Kotek', 'Zaika', 'Oma'];
export const USERNAMES = ['kitesurfer_91', 'nightowl', 'mk84', 'bluefin', 'tomcat77', 'admin', 'family', 'sunny.days', 'papa_bear', 'rosie2', 'gamer4life',
  'lazy_panda', 'ops', 'deploy', 'backup', 'svc_reports', 'homeassistant', 'pi', 'root', 'jdoe', 'mamma_mia', 'k.w.', 'djx', 'bookworm', 'router'];
