// Personal names by culture/script. given: "male...|female..."; family: "m/f" where the form depends on gender.
// order: 'gf' = given family, 'fg' = family given; sep '' for scripts written without spaces.
const C = (id, script, order, sep, given, family, extra = {}) => ({ id, script, order, sep, given, family, ...extra });
export const CULTURES = [
  C('en-GB', 'Latn', 'gf', ' ', 'Oliver,George,Harry,Alfie,Callum,Rhys,Toby,Nathan,Will,Frank|Amelia,Isla,Poppy,Rose,Hope,Grace,Holly,Imogen,Faith,Joy', 'Thompson,Whitaker,Hughes,Pemberton,Young,Baker,Fletcher,Hill,Price,Cartwright,Wood,Marsh'),
  C('en-US', 'Latn', 'gf', ' ', 'Tyler,Brandon,Marcus,DeShawn,Cody,Mark,Hunter,Chase,Bill|Madison,Brianna,Kayla,Destiny,April,June,Summer,Amber,Dawn', 'Johnson,Washington,Kowalski,Rivera,Stone,Hunter,King,Long,Strong,Black,Fox,Young'),
  C('ga-IE', 'Latn', 'gf', ' ', 'Ciarán,Pádraig,Oisín,Cathal,Donncha|Aoife,Siobhán,Niamh,Saoirse,Gráinne', "Ó Súilleabháin/Ní Shúilleabháin,Mac Cárthaigh/Nic Cárthaigh,Ó Briain/Ní Bhriain,Murphy,Kavanagh,O'Connell"),
  C('gd-SC', 'Latn', 'gf', ' ', 'Hamish,Ewan,Angus,Ruaridh,Fraser|Eilidh,Morag,Kirsty,Catriona,Isla', 'MacLeod,Campbell,MacDonald,Fraser,Munro,Sinclair,MacKenzie'),
  C('cy-GB', 'Latn', 'gf', ' ', 'Dafydd,Rhys,Iolo,Gethin,Emyr|Cerys,Angharad,Seren,Nia,Eluned', 'Jones,Llewellyn,Pritchard,Bowen,Vaughan,ap Gwilym,Prosser'),
  C('fr-FR', 'Latn', 'gf', ' ', 'Mathieu,Théo,Étienne,Benoît,Yannick,Loïc|Océane,Léa,Chloé,Maëlle,Solène,Margaux', 'Lefèvre,Dubois,Moreau,Lebrun,Petit,Garnier,Rousseau,Blanc,Fournier'),
  C('de-DE', 'Latn', 'gf', ' ', 'Jörg,Lukas,Maximilian,Florian,Torsten,Jannik|Anneliese,Jana,Svenja,Friederike,Lena,Ute', 'Müller,Schröder,Weißmann,Koch,Bach,Fischer,Hoffmann,Krüger,Vogt,Wolf'),
  C('nl-NL', 'Latn', 'gf', ' ', 'Sander,Joost,Bram,Thijs,Maarten|Femke,Anouk,Lieke,Sanne,Marieke', 'de Vries,van der Berg,Bakker,Visser,Jansen,van Dijk,de Jong,Smit'),
  C('es-ES', 'Latn', 'gf', ' ', 'Javier,Álvaro,Iñigo,Sergio,Pedro,Jordi|Lucía,Pilar,Dolores,Rocío,Paz,Nuria,Montserrat', 'García Pérez,Fernández,López de la Fuente,Iglesias,Martínez Soler,Navarro,Blanco,Castillo'),
  C('es-MX', 'Latn', 'gf', ' ', 'José Luis,Guadalupe,Emiliano,Jesús,Alejandro|María Guadalupe,Ximena,Itzel,Soledad,Rosario,Luz', 'Hernández,Ramírez,Cuauhtémoc,Xicoténcatl,González,Delgado,Ochoa'),
  C('pt-PT', 'Latn', 'gf', ' ', 'João,Tiago,Rui,Gonçalo,Duarte|Inês,Leonor,Mariana,Beatriz,Conceição', 'Sousa,Carvalho,Gonçalves,Teixeira,Magalhães,Antunes'),
  C('pt-BR', 'Latn', 'gf', ' ', 'Thiago,Caio,Wellington,Rafael,Luiz Henrique|Ana Clara,Thaís,Larissa,Juliana,Luana', 'da Silva,Oliveira,dos Santos,Nascimento,Albuquerque,Ferreira'),
  C('it-IT', 'Latn', 'gf', ' ', 'Giuseppe,Lorenzo,Matteo,Gianluca,Salvatore|Chiara,Giulia,Francesca,Serena,Assunta', 'Esposito,Bianchi,Romano,Colombo,Ricci,Marino,De Luca'),
  C('pl-PL', 'Latn', 'gf', ' ', 'Krzysztof,Paweł,Grzegorz,Łukasz,Wojciech|Agnieszka,Małgorzata,Katarzyna,Zofia,Joanna', 'Kowalski/Kowalska,Wiśniewski/Wiśniewska,Zieliński/Zielińska,Nowak,Wójcik,Kamiński/Kamińska'),
  C('cs-CZ', 'Latn', 'gf', ' ', 'Jiří,Tomáš,Ondřej,Vojtěch,Petr|Lucie,Tereza,Kateřina,Markéta,Eliška', 'Novák/Nováková,Dvořák/Dvořáková,Černý/Černá,Procházka/Procházková,Svoboda/Svobodová'),
  C('hu-HU', 'Latn', 'fg', ' ', 'Bence,Levente,Gábor,Zoltán,Ádám|Eszter,Réka,Zsófia,Katalin,Boglárka', 'Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss'),
  C('ro-RO', 'Latn', 'gf', ' ', 'Andrei,Mihai,Ștefan,Bogdan,Radu|Ioana,Ana-Maria,Alexandra,Raluca,Ecaterina', 'Popescu,Ionescu,Dumitrescu,Stănescu,Munteanu,Constantinescu'),
  C('el-GR', 'Grek', 'gf', ' ', 'Γιώργος,Νίκος,Δημήτρης,Κωνσταντίνος,Σπύρος|Ελένη,Μαρία,Κατερίνα,Δέσποινα,Αικατερίνη', 'Παπαδόπουλος/Παπαδοπούλου,Οικονόμου,Γεωργίου,Νικολάου,Καραγιάννης/Καραγιάννη'),
  C('ru-RU', 'Cyrl', 'gf', ' ', 'Алексей,Дмитрий,Сергей,Иван,Михаил|Ольга,Наталья,Екатерина,Анна,Светлана', 'Смирнов/Смирнова,Кузнецов/Кузнецова,Волков/Волкова,Соколов/Соколова,Лебедев/Лебедева'),
  C('uk-UA', 'Cyrl', 'gf', ' ', 'Олександр,Тарас,Богдан,Андрій,Мирослав|Оксана,Ірина,Соломія,Ганна,Леся', 'Шевченко,Коваленко,Бондаренко,Ткаченко,Мельник,Кравчук'),
  C('sr-RS', 'Cyrl', 'gf', ' ', 'Милош,Никола,Душан,Стефан,Вук|Јелена,Милица,Драгана,Ивана,Тијана', 'Јовановић,Петровић,Николић,Марковић,Ђорђевић'),
  C('hr-HR', 'Latn', 'gf', ' ', 'Ivan,Luka,Domagoj,Tomislav|Ivana,Marija,Petra,Ana', 'Horvat,Kovačević,Babić,Marić,Jurić'),
  C('tr-TR', 'Latn', 'gf', ' ', 'Mehmet,Emre,Burak,Oğuz,Çağan|Ayşe,Elif,Zeynep,Gülşen,Şule', 'Yılmaz,Kaya,Demir,Şahin,Çelik,Öztürk,Aydın'),
  C('ar', 'Arab', 'gf', ' ', 'محمد,أحمد,خالد,يوسف,عمر|فاطمة,مريم,نور,ليلى,أمل', 'العتيبي,الحسيني,النجار,المصري,الخطيب'),
  C('ar-Latn', 'Latn', 'gf', ' ', 'Mohammed,Khalid,Youssef,Omar,Tariq|Fatima,Mariam,Noor,Layla,Amal', 'Said,Al-Rashid,El-Masri,Haddad,Nasser,Abdullah'),
  C('fa-IR', 'Arab', 'gf', ' ', 'رضا,علی,حسین,مهدی,امیر|زهرا,سارا,مریم,نیلوفر,شیرین', 'احمدی,حسینی,کریمی,رضایی,موسوی'),
  C('he-IL', 'Hebr', 'gf', ' ', 'יוסי,אבי,דניאל,נועם,איתי|מיכל,נועה,שירה,תמר,רחל', 'כהן,לוי,מזרחי,פרץ,ביטון,אברהם'),
  C('hi-IN', 'Deva', 'gf', ' ', 'राहुल,अमित,विकास,संजय,अर्जुन|प्रिया,अंजलि,सुनीता,नेहा,पूजा', 'शर्मा,वर्मा,गुप्ता,सिंह,यादव,मिश्रा'),
  C('en-IN', 'Latn', 'gf', ' ', 'Rahul,Vikram,Aditya,Karthik,Sandeep|Priya,Ananya,Deepika,Kavya,Lakshmi', 'Sharma,Iyer,Reddy,Banerjee,Patel,Nair,Chatterjee'),
  C('ta-IN', 'Taml', 'gf', ' ', 'முருகன்,கார்த்திக்,செந்தில்,அருண்|மீனா,கவிதா,லக்ஷ்மி,தேன்மொழி', 'சுப்பிரமணியன்,ராமசாமி,கிருஷ்ணன்,வேலு'),
  C('bn-BD', 'Beng', 'gf', ' ', 'রফিক,সুমন,তানভীর,আরিফ|নুসরাত,ফারহানা,সুমাইয়া,তাসলিমা', 'হোসেন,রহমান,চৌধুরী,আহমেদ,ইসলাম'),
  C('pa-IN', 'Guru', 'gf', ' ', 'ਗੁਰਪ੍ਰੀਤ,ਹਰਜੀਤ,ਮਨਦੀਪ|ਜਸਪ੍ਰੀਤ,ਸਿਮਰਨ,ਹਰਪ੍ਰੀਤ', 'ਸਿੰਘ,ਕੌਰ,ਗਿੱਲ,ਸੰਧੂ'),
  C('ur-PK', 'Latn', 'gf', ' ', 'Imran,Bilal,Usman,Faisal|Ayesha,Sana,Hira,Mahnoor', 'Qureshi,Chaudhry,Malik,Butt,Siddiqui'),
  C('zh-CN', 'Hani', 'fg', '', '伟,强,磊,军,浩然,子轩|娜,静,敏,秀英,欣怡,雨桐', '王,李,张,刘,陈,杨,黄,赵,欧阳'),
  C('zh-Latn', 'Latn', 'gf', ' ', 'Wei,Jun,Haoran,Zixuan,Lei|Xiuying,Jing,Xinyi,Yutong,Na', 'Wang,Li,Zhang,Liu,Chen,Huang,Zhao'),
  C('zh-TW', 'Hant', 'fg', '', '志明,冠宇,承恩,家豪|淑芬,怡君,佳穎,雅婷', '林,陳,黃,吳,蔡,鄭'),
  C('ja-JP', 'Jpan', 'fg', '', '翔太,健一,大輔,悠真,蓮|陽菜,美咲,さくら,結衣,恵子', '佐藤,鈴木,高橋,田中,渡辺,伊藤,山本,中村'),
  C('ja-Latn', 'Latn', 'gf', ' ', 'Shota,Kenichi,Daisuke,Yuma,Ren|Hina,Misaki,Sakura,Yui,Keiko', 'Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto'),
  C('ko-KR', 'Hang', 'fg', '', '민수,지훈,성민,현우,도윤|서연,지은,민지,수빈,하은', '김,이,박,최,정,강,조,윤'),
  C('ko-Latn', 'Latn', 'gf', ' ', 'Minsu,Jihoon,Hyunwoo,Doyoon|Seoyeon,Jieun,Minji,Subin', 'Kim,Lee,Park,Choi,Jung,Kang'),
  C('vi-VN', 'Latn', 'fg', ' ', 'Văn Hùng,Minh Tuấn,Quốc Bảo,Đức Anh|Thị Lan,Ngọc Ánh,Thu Trang,Bảo Ngọc', 'Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng'),
  C('th-TH', 'Thai', 'gf', ' ', 'สมชาย,ธนากร,วีระพงษ์,อนุชา|สมหญิง,กาญจนา,พิมพ์ชนก,วรรณา', 'ศรีสุข,วงศ์ใหญ่,แก้วมณี,บุญมา,ทองดี'),
  C('id-ID', 'Latn', 'gf', ' ', 'Budi,Agus,Wahyu,Bambang,Rizky|Siti,Dewi,Ratna,Putri,Sri', 'Santoso,Wijaya,Hartono,Saputra,Nugroho,Kusuma'),
  C('fil-PH', 'Latn', 'gf', ' ', 'Jose Rizal,Mark Anthony,Jerome,Rodel|Maricel,Jocelyn,Rowena,Lovely', 'Dela Cruz,Santos,Reyes,Bautista,Macaraeg,Villanueva'),
  C('sw-KE', 'Latn', 'gf', ' ', 'Baraka,Juma,Otieno,Kamau,Mwangi|Wanjiru,Akinyi,Neema,Zawadi,Imani', 'Odhiambo,Kariuki,Mutua,Wekesa,Njoroge,Achieng'),
  C('yo-NG', 'Latn', 'gf', ' ', 'Adébáyọ̀,Olúwaseun,Túndé,Bámidélé|Fúnmiláyọ̀,Adéọlá,Yétúndé,Títílayọ̀', 'Adéyẹmí,Ògúnlẹ́yẹ,Ọládipọ̀,Akínwándé'),
  C('ig-NG', 'Latn', 'gf', ' ', 'Chukwuemeka,Obinna,Ikenna,Nnamdi|Chiamaka,Ngozi,Adaeze,Ifeoma', 'Okonkwo,Eze,Nwosu,Okafor,Obi'),
  C('am-ET', 'Ethi', 'gf', ' ', 'ተስፋዬ,ዳዊት,ሀይሌ,አበበ|ሰላም,ትዕግስት,መሰረት,ሄለን', 'ገብረመድህን,ወልደማርያም,ታደሰ,በቀለ'),
  C('zu-ZA', 'Latn', 'gf', ' ', 'Sipho,Thabo,Themba,Bongani|Nomvula,Thandiwe,Lindiwe,Zanele', 'Dlamini,Ndlovu,Khumalo,Zulu,Mthembu'),
  C('fi-FI', 'Latn', 'gf', ' ', 'Juha,Mikko,Jussi,Ville,Eero|Aino,Päivi,Kaisa,Tuula,Sanna', 'Virtanen,Korhonen,Mäkinen,Nieminen,Hämäläinen,Järvinen'),
  C('sv-SE', 'Latn', 'gf', ' ', 'Björn,Anders,Gustav,Linus,Olle|Ingrid,Astrid,Sofia,Maja,Elsa', 'Lindqvist,Andersson,Bergström,Sjöberg,Nyström'),
  C('nb-NO', 'Latn', 'gf', ' ', 'Øyvind,Håkon,Sindre,Magnus|Ingeborg,Solveig,Ragnhild,Tiril', 'Hansen,Johansen,Haugen,Bakke,Solberg,Dahl'),
  C('da-DK', 'Latn', 'gf', ' ', 'Søren,Mads,Rasmus,Frederik|Mette,Sørine,Ida,Freja', 'Jørgensen,Nielsen,Sørensen,Rasmussen,Kjær'),
  C('is-IS', 'Latn', 'gf', ' ', 'Guðmundur,Sigurður,Einar,Jón|Guðrún,Sigríður,Katrín,Björk', 'Jónsson/Jónsdóttir,Sigurðsson/Sigurðardóttir,Einarsson/Einarsdóttir,Magnússon/Magnúsdóttir'),
  C('ka-GE', 'Geor', 'gf', ' ', 'გიორგი,ლევანი,დავითი,ნიკა|ნინო,თამარი,მარიამი,ეკა', 'ბერიძე,მამედოვი,კაპანაძე,გელაშვილი,ლომიძე'),
  C('hy-AM', 'Armn', 'gf', ' ', 'Արամ,Տիգրան,Դավիթ,Գոռ|Անի,Նարե,Մարիամ,Լուսինե', 'Հովհաննիսյան,Պետրոսյան,Սարգսյան,Գրիգորյան'),
  C('haw', 'Latn', 'gf', ' ', 'Kekoa,Makana,Kainoa,Keoni|Leilani,Noelani,Kalani,Malia', 'Kahananui,Akana,Kealoha,Kamakau'),
  C('mi-NZ', 'Latn', 'gf', ' ', 'Wiremu,Tamati,Rawiri,Hemi|Aroha,Mereana,Ngaio,Anahera', 'Ngata,Parata,Tawhiri,Te Rangi,Horomona'),
  C('et-EE', 'Latn', 'gf', ' ', 'Jaan,Märt,Rein,Tõnis|Kadri,Triin,Liis,Ülle', 'Tamm,Saar,Sepp,Mägi,Kask'),
  C('lt-LT', 'Latn', 'gf', ' ', 'Mantas,Tomas,Žygimantas|Rūta,Eglė,Gintarė', 'Kazlauskas/Kazlauskienė,Petrauskas/Petrauskienė,Jankauskas/Jankauskaitė'),
  C('ms-MY', 'Latn', 'gf', ' ', 'Ahmad Faizal,Hafiz,Syafiq|Nurul Aina,Siti Aishah,Farah', 'bin Ismail/binti Ismail,bin Abdullah/binti Abdullah,bin Hassan/binti Hassan'),
];
export const CULTURE_BY_ID = Object.fromEntries(CULTURES.map((c) => [c.id, c]));
for (const c of CULTURES) {
  const [m, f] = c.given.split('|');
  c.male = m.split(','); c.female = f.split(',');
  c.fam = c.family.split(',').map((x) => x.split('/'));
}

// A person: all the forms a document may need. Everything is a plain string; callers wrap with P('PERSON', ...).
export function person(rng, cultureId) {
  const c = CULTURE_BY_ID[cultureId] || rng.pick(CULTURES);
  const female = rng.chance(0.5);
  const given = rng.pick(female ? c.female : c.male);
  const famPair = rng.pick(c.fam); const family = famPair[female && famPair[1] ? 1 : 0];
  // patronymic family names in 'ms' need gender handled: bin/binti already chosen by pair
  const full = c.order === 'fg' ? family + c.sep + given : given + c.sep + family;
  let middle = null;
  if (c.script === 'Latn' && c.order === 'gf' && rng.chance(0.12) && !given.includes(' ')) middle = rng.pick(female ? c.female : c.male);
  return {
    culture: c.id, script: c.script, female, given, family, full,
    withMiddle: middle && middle !== given ? `${given} ${middle} ${family}` : full,
    initialForm: c.script === 'Latn' && c.order === 'gf' ? `${[...given][0]}. ${family}` : full,
    sep: c.sep, order: c.order,
  };
}

// Names that are also ordinary words (used by the prose kinds to create ambiguity).
export const WORD_NAMES = [
  ['Rose', 'Whitaker', 'en-GB'], ['Hope', 'Adéyẹmí', 'yo-NG'], ['Chloe', 'Young', 'en-US'], ['Lena', 'Bach', 'de-DE'],
  ['Ibrahim', 'Said', 'ar-Latn'], ['Grace', 'Long', 'en-US'], ['Faith', 'Baker', 'en-GB'], ['Will', 'Hunter', 'en-GB'],
  ['Mark', 'Stone', 'en-US'], ['April', 'King', 'en-US'], ['Frank', 'Wolf', 'de-DE'], ['Joy', 'Strong', 'en-US'],
  ['Dawn', 'Fox', 'en-GB'], ['Paz', 'Blanco', 'es-ES'], ['Amal', 'Haddad', 'ar-Latn'], ['Summer', 'Hill', 'en-US'],
  ['Bill', 'Price', 'en-GB'], ['Holly', 'Marsh', 'en-GB'], ['Luz', 'Delgado', 'es-MX'], ['Björk', 'Einarsdóttir', 'is-IS'],
  ['Ren', 'Tanaka', 'ja-Latn'], ['Sky', 'Kealoha', 'haw'], ['Sandy', 'Wood', 'en-GB'], ['Jay', 'Black', 'en-US'],
];
