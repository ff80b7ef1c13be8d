// Places: towns, districts, regions, countries, venues and street lines, in each country's own
// address layout. Street lines, towns, districts, regions, countries and venues are LOCATION;
// postal codes and two-letter state abbreviations are left unlabelled (neutral).
import { P } from './doc.mjs';

const ZIPF = (pat) => (r) => pat.replace(/#/g, () => r.int(0, 9)).replace(/A/g, () => r.upper(1));

export const COUNTRIES = {
  US: { en: 'United States', native: 'USA', zip: ZIPF('#####'), cities: [['Springfield', 'Illinois', 'IL'], ['Tacoma', 'Washington', 'WA'], ['Macon', 'Georgia', 'GA'], ['Bozeman', 'Montana', 'MT'], ['Lowell', 'Massachusetts', 'MA'], ['El Paso', 'Texas', 'TX'], ['Fresno', 'California', 'CA'], ['Dayton', 'Ohio', 'OH']],
    streets: ['Maple Avenue', 'Sycamore St', 'N Halsted Street', 'Old Mill Rd', 'Juniper Ct', 'Martin Luther King Jr Blvd', 'Westbrook Dr'],
    street: (r, s) => `${r.int(12, 9850)} ${s}${r.chance(0.3) ? `, ${r.pick(['Apt', 'Unit', 'Ste', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : ''}`,
    fmt: ['{S}\n{C}, {r} {Z}', '{S}, {C}, {r} {Z}', '{S}\n{C}, {R} {Z}\n{K}'] },
  CA: { en: 'Canada', native: 'Canada', zip: ZIPF('A#A #A#'), cities: [['Moncton', 'New Brunswick', 'NB'], ['Laval', 'Québec', 'QC'], ['Kelowna', 'British Columbia', 'BC'], ['Thunder Bay', 'Ontario', 'ON']],
    streets: ['rue Sainte-Catherine', 'Bayview Avenue', 'Lakeshore Road', 'Jasper Avenue'], street: (r, s) => `${r.int(10, 4800)} ${s}`, fmt: ['{S}\n{C} {r}  {Z}\n{K}', '{S}, {C}, {r} {Z}'] },
  GB: { en: 'United Kingdom', native: 'United Kingdom', zip: (r) => `${r.pick(['LS', 'M', 'B', 'EH', 'CF', 'BS', 'NE', 'SW', 'N'])}${r.int(1, 19)} ${r.int(1, 9)}${r.upper(2)}`, cities: [['Leeds', 'West Yorkshire'], ['Cardiff', 'Wales'], ['Norwich', 'Norfolk'], ['Stoke-on-Trent', 'Staffordshire'], ['Aberdeen', 'Scotland'], ['Brighton', 'East Sussex'], ['Derby', 'Derbyshire']],
    districts: ['Headingley', 'Roath', 'Jesmond', 'Kemptown', 'Clifton'], streets: ['Albert Road', 'Cowley Crescent', 'Victoria Terrace', 'Mill Lane', 'Church Street', 'Acacia Avenue'],
    street: (r, s) => `${r.chance(0.3) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 240)} ${s}`, fmt: ['{S}\n{D}\n{C}\n{Z}', '{S}, {C} {Z}', '{S}\n{C}\n{R}\n{Z}\n{K}'] },
  IE: { en: 'Ireland', native: 'Éire', zip: (r) => `${r.pick(['D04', 'D6W', 'T12', 'H91', 'V94'])} ${r.upper(1)}${r.int(1, 9)}${r.upper(1)}${r.int(1, 9)}`, cities: [['Galway', 'County Galway'], ['Cork', 'County Cork'], ['Limerick', 'County Limerick'], ['Dún Laoghaire', 'County Dublin']],
    streets: ['Shop Street', 'Sráid an Mhuilinn', 'Oliver Plunkett Street', "O'Connell Avenue"], street: (r, s) => `${r.int(1, 90)} ${s}`, fmt: ['{S}\n{C}\n{R}\n{Z}', '{S}, {C}, {Z}'] },
  DE: { en: 'Germany', native: 'Deutschland', zip: ZIPF('#####'), cities: [['Leipzig', 'Sachsen'], ['Würzburg', 'Bayern'], ['Bochum', 'Nordrhein-Westfalen'], ['Freiburg im Breisgau', 'Baden-Württemberg'], ['Lübeck', 'Schleswig-Holstein'], ['Kassel', 'Hessen'], ['Rostock', 'Mecklenburg-Vorpommern']],
    districts: ['Plagwitz', 'Ehrenfeld', 'Prenzlauer Berg', 'Haidhausen', 'St. Pauli'], streets: ['Hauptstraße', 'Karl-Liebknecht-Str.', 'Am Mühlgraben', 'Lindenallee', 'Gartenweg', 'Schillerplatz', 'Bahnhofstraße'],
    street: (r, s) => `${s} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`, fmt: ['{S}\n{Z} {C}', '{S}, {Z} {C}', '{S}\n{Z} {C}\n{K}'] },
  AT: { en: 'Austria', native: 'Österreich', zip: ZIPF('####'), cities: [['Graz', 'Steiermark'], ['Innsbruck', 'Tirol'], ['Linz', 'Oberösterreich'], ['Wien', 'Wien']],
    districts: ['Ottakring', 'Leopoldstadt', 'Favoriten'], streets: ['Mariahilfer Straße', 'Herrengasse', 'Landstraßer Hauptstraße'], street: (r, s) => `${s} ${r.int(1, 99)}/${r.int(1, 12)}/${r.int(1, 30)}`, fmt: ['{S}\n{Z} {C}', '{S}, {Z} {C}, {K}'] },
  CH: { en: 'Switzerland', native: 'Schweiz', zip: ZIPF('####'), cities: [['Winterthur', 'Zürich'], ['Lausanne', 'Vaud'], ['Lugano', 'Ticino'], ['Luzern', 'Luzern']],
    streets: ['Bahnhofstrasse', 'Rue du Midi', 'Via Nassa', 'Seestrasse'], street: (r, s) => (s.startsWith('Rue') ? `${r.int(1, 60)} ${s}` : `${s} ${r.int(1, 99)}`), fmt: ['{S}\n{Z} {C}', '{S}, CH-{Z} {C}'] },
  FR: { en: 'France', native: 'France', zip: ZIPF('#####'), cities: [['Lyon', 'Auvergne-Rhône-Alpes'], ['Nantes', 'Pays de la Loire'], ['Montpellier', 'Occitanie'], ['Lille', 'Hauts-de-France'], ['Strasbourg', 'Grand Est'], ['Rennes', 'Bretagne']],
    districts: ['la Croix-Rousse', 'le Marais', 'Belleville', 'les Chartrons'], streets: ['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard de la Liberté', 'impasse du Moulin', 'place du Marché', 'allée des Tilleuls'],
    street: (r, s) => `${r.int(1, 180)}${r.pick(['', '', ' bis', ' ter'])} ${s}`, fmt: ['{S}\n{Z} {C}', '{S}, {Z} {C}', '{S}\n{Z} {C}\n{K}'] },
  ES: { en: 'Spain', native: 'España', zip: ZIPF('#####'), cities: [['Zaragoza', 'Aragón'], ['Bilbao', 'Bizkaia'], ['Sevilla', 'Andalucía'], ['Valencia', 'Comunidad Valenciana'], ['Girona', 'Catalunya'], ['Salamanca', 'Castilla y León']],
    districts: ['Lavapiés', 'Gràcia', 'Triana', 'Deusto'], streets: ['Calle Mayor', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Paseo de Sagasta', 'Calle del Pez'],
    street: (r, s) => `${s}, ${r.int(1, 220)}${r.pick(['', `, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'izda.', 'dcha.'])}`])}`, fmt: ['{S}\n{Z} {C} ({R})', '{S}, {Z} {C}', '{S}\n{Z} {C}\n{K}'] },
  IT: { en: 'Italy', native: 'Italia', zip: ZIPF('#####'), cities: [['Bologna', 'Emilia-Romagna', 'BO'], ['Torino', 'Piemonte', 'TO'], ['Bari', 'Puglia', 'BA'], ['Palermo', 'Sicilia', 'PA'], ['Verona', 'Veneto', 'VR']],
    streets: ['Via Roma', 'Corso Vittorio Emanuele II', 'Piazza Garibaldi', 'Viale dei Mille', 'Vicolo Stretto'], street: (r, s) => `${s} ${r.int(1, 200)}${r.pick(['', '/A', ' int. 4'])}`, fmt: ['{S}\n{Z} {C} ({r})', '{S}, {Z} {C} {r}'] },
  NL: { en: 'Netherlands', native: 'Nederland', zip: (r) => `${r.int(1000, 9999)} ${r.upper(2)}`, cities: [['Utrecht', 'Utrecht'], ['Groningen', 'Groningen'], ['Eindhoven', 'Noord-Brabant'], ['Zwolle', 'Overijssel'], ['Haarlem', 'Noord-Holland']],
    streets: ['Keizersgracht', 'Oudegracht', 'Dorpsstraat', 'Herengracht', 'Kerkstraat'], street: (r, s) => `${s} ${r.int(1, 400)}${r.pick(['', '-II', ' A', 'hs'])}`, fmt: ['{S}\n{Z} {C}', '{S}, {Z} {C}', '{S}\n{Z}  {C}\n{K}'] },
  BE: { en: 'Belgium', native: 'België', zip: ZIPF('####'), cities: [['Gent', 'Oost-Vlaanderen'], ['Liège', 'Wallonie'], ['Leuven', 'Vlaams-Brabant'], ['Namur', 'Wallonie']],
    streets: ['Veldstraat', 'Rue Saint-Léonard', 'Bondgenotenlaan'], street: (r, s) => (s.startsWith('Rue') ? `${s} ${r.int(1, 300)}` : `${s} ${r.int(1, 120)} bus ${r.int(1, 9)}`), fmt: ['{S}\n{Z} {C}', '{S}, {Z} {C}'] },
  PL: { en: 'Poland', native: 'Polska', zip: ZIPF('##-###'), cities: [['Kraków', 'małopolskie'], ['Wrocław', 'dolnośląskie'], ['Gdańsk', 'pomorskie'], ['Łódź', 'łódzkie'], ['Poznań', 'wielkopolskie']],
    districts: ['Kazimierz', 'Nadodrze', 'Wrzeszcz', 'Mokotów'], streets: ['ul. Długa', 'al. Jana Pawła II', 'ul. Piotrkowska', 'os. Kościuszkowskie', 'ul. Świętojańska'],
    street: (r, s) => `${s} ${r.int(1, 150)}${r.chance(0.5) ? '/' + r.int(1, 60) : ''}`, fmt: ['{S}\n{Z} {C}', '{S}, {Z} {C}', '{S}\n{Z} {C}\nwoj. {R}'] },
  SE: { en: 'Sweden', native: 'Sverige', zip: (r) => `${r.int(100, 985)} ${r.int(10, 99)}`, cities: [['Göteborg', 'Västra Götaland'], ['Uppsala', 'Uppsala län'], ['Malmö', 'Skåne'], ['Umeå', 'Västerbotten']],
    streets: ['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Ringvägen'], street: (r, s) => `${s} ${r.int(1, 90)}${r.chance(0.3) ? ', lgh ' + r.int(1001, 1602) : ''}`, fmt: ['{S}\n{Z} {C}', '{S}, {Z} {C}'] },
  NO: { en: 'Norway', native: 'Norge', zip: ZIPF('####'), cities: [['Bergen', 'Vestland'], ['Trondheim', 'Trøndelag'], ['Tromsø', 'Troms']], streets: ['Bryggen', 'Storgata', 'Kongens gate'], street: (r, s) => `${s} ${r.int(1, 80)}`, fmt: ['{S}\n{Z} {C}', '{S}, {Z} {C}'] },
  PT: { en: 'Portugal', native: 'Portugal', zip: ZIPF('####-###'), cities: [['Porto', 'Norte'], ['Coimbra', 'Centro'], ['Braga', 'Norte'], ['Faro', 'Algarve']],
    streets: ['Rua de Santa Catarina', 'Avenida da Liberdade', 'Travessa do Carmo'], street: (r, s) => `${s}, ${r.int(1, 300)}${r.pick(['', ', 2.º Esq.', ', R/C Dto.'])}`, fmt: ['{S}\n{Z} {C}', '{S}, {Z} {C}'] },
  BR: { en: 'Brazil', native: 'Brasil', zip: ZIPF('#####-###'), cities: [['Belo Horizonte', 'Minas Gerais', 'MG'], ['Recife', 'Pernambuco', 'PE'], ['Curitiba', 'Paraná', 'PR'], ['Salvador', 'Bahia', 'BA'], ['Campinas', 'São Paulo', 'SP']],
    districts: ['Savassi', 'Boa Viagem', 'Batel', 'Pinheiros', 'Barra'], streets: ['Rua das Flores', 'Avenida Afonso Pena', 'Rua Padre Chagas', 'Travessa São José'],
    street: (r, s) => `${s}, ${r.int(10, 3000)}${r.pick(['', ' – Apto 12', ', Bloco B, ap. 304', ' - casa 2'])}`, fmt: ['{S}\n{D}\n{C} – {r}\n{Z}', '{S}, {D}, {C}/{r}, CEP {Z}'] },
  MX: { en: 'Mexico', native: 'México', zip: ZIPF('#####'), cities: [['Guadalajara', 'Jalisco', 'Jal.'], ['Monterrey', 'Nuevo León', 'N.L.'], ['Puebla', 'Puebla', 'Pue.'], ['Mérida', 'Yucatán', 'Yuc.']],
    districts: ['Col. Americana', 'Col. del Valle', 'Col. Roma Norte', 'Fracc. Las Águilas'], streets: ['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Vallarta', 'Calle 60'],
    street: (r, s) => `${s} ${r.int(10, 2400)}${r.pick(['', ' Int. 3', ' Depto. 502'])}`, fmt: ['{S}\n{D}\n{Z} {C}, {R}', '{S}, {D}, C.P. {Z}, {C}, {r}'] },
  AR: { en: 'Argentina', native: 'Argentina', zip: (r) => `${r.upper(1)}${r.int(1000, 9999)}${r.upper(3)}`, cities: [['Córdoba', 'Córdoba'], ['Rosario', 'Santa Fe'], ['Mendoza', 'Mendoza']],
    streets: ['Av. Corrientes', 'Calle San Martín', 'Bv. Oroño'], street: (r, s) => `${s} ${r.int(100, 5000)}, ${r.int(1, 12)}° ${r.pick(['A', 'B', 'C'])}`, fmt: ['{S}\n{Z} {C}, {R}'] },
  JP: { en: 'Japan', native: '日本', zip: (r) => `〒${r.int(100, 999)}-${String(r.int(0, 9999)).padStart(4, '0')}`, cities: [['横浜市西区', '神奈川県'], ['大阪市北区', '大阪府'], ['福岡市中央区', '福岡県'], ['札幌市中央区', '北海道'], ['京都市左京区', '京都府'], ['渋谷区', '東京都']],
    streets: ['みなとみらい', '梅田', '天神', '北一条西', '下鴨', '神宮前'], jpStyle: true, fmt: ['{Z}\n{J}', '{Z} {J}'] },
  CN: { en: 'China', native: '中国', zip: ZIPF('######'), cities: [['杭州市', '浙江省'], ['成都市', '四川省'], ['南京市', '江苏省'], ['武汉市', '湖北省']],
    streets: ['文三路', '春熙路', '中山北路', '解放大道'], cnStyle: true, fmt: ['{J}\n邮编 {Z}', '{J}（{Z}）'] },
  TW: { en: 'Taiwan', native: '臺灣', zip: ZIPF('###'), cities: [['臺北市大安區', ''], ['臺中市西屯區', ''], ['高雄市苓雅區', '']], streets: ['忠孝東路四段', '臺灣大道三段', '四維三路'], twStyle: true, fmt: ['{Z}{J}'] },
  KR: { en: 'South Korea', native: '대한민국', zip: ZIPF('#####'), cities: [['서울특별시 마포구', ''], ['부산광역시 해운대구', ''], ['대전광역시 유성구', ''], ['성남시 분당구', '경기도']],
    streets: ['월드컵북로', '해운대로', '대학로', '판교역로'], krStyle: true, fmt: ['({Z}) {J}', '{J}\n{Z}'] },
  IN: { en: 'India', native: 'भारत', zip: ZIPF('######'), cities: [['Bengaluru', 'Karnataka'], ['Pune', 'Maharashtra'], ['Jaipur', 'Rajasthan'], ['Kochi', 'Kerala'], ['Hyderabad', 'Telangana'], ['Lucknow', 'Uttar Pradesh']],
    districts: ['Koramangala', 'Kothrud', 'Banjara Hills', 'Malviya Nagar', 'Gomti Nagar'], streets: ['MG Road', '12th Main Road', 'Tilak Road', 'Residency Road'],
    street: (r, s) => `${r.pick(['Flat', 'House No.', '#'])} ${r.int(1, 900)}${r.pick(['', 'B', '/2'])}, ${r.pick(['Sai Residency', 'Green Park Apartments', 'Shanti Nivas', 'Lotus Enclave'])}, ${s}`, fmt: ['{S}\n{D}\n{C}, {R} {Z}', '{S}, {D}, {C} - {Z}'] },
  RU: { en: 'Russia', native: 'Россия', zip: ZIPF('######'), cities: [['Казань', 'Республика Татарстан'], ['Екатеринбург', 'Свердловская обл.'], ['Новосибирск', 'Новосибирская обл.'], ['Самара', 'Самарская обл.']],
    streets: ['ул. Баумана', 'пр-т Ленина', 'ул. Малышева', 'Красный пр-т'], street: (r, s) => `${s}, д. ${r.int(1, 120)}${r.chance(0.5) ? ', кв. ' + r.int(1, 300) : ''}`, fmt: ['{S}\nг. {C}\n{R}\n{Z}', '{Z}, г. {C}, {S}'] },
  UA: { en: 'Ukraine', native: 'Україна', zip: ZIPF('#####'), cities: [['Львів', 'Львівська обл.'], ['Одеса', 'Одеська обл.'], ['Харків', 'Харківська обл.']], streets: ['вул. Городоцька', 'вул. Дерибасівська', 'просп. Науки'],
    street: (r, s) => `${s}, ${r.int(1, 120)}, кв. ${r.int(1, 90)}`, fmt: ['{S}\nм. {C}\n{Z}', '{S}, м. {C}, {Z}'] },
  TR: { en: 'Turkey', native: 'Türkiye', zip: ZIPF('#####'), cities: [['Kadıköy', 'İstanbul'], ['Çankaya', 'Ankara'], ['Konak', 'İzmir'], ['Nilüfer', 'Bursa']],
    districts: ['Moda Mah.', 'Kızılay Mah.', 'Alsancak Mah.'], streets: ['Atatürk Cad.', 'Bağdat Cad.', 'Cumhuriyet Blv.', 'Gül Sok.'], street: (r, s) => `${s} No: ${r.int(1, 250)} D: ${r.int(1, 20)}`, fmt: ['{D} {S}\n{Z} {C}/{R}', '{S}, {D}, {C}/{R}'] },
  EG: { en: 'Egypt', native: 'مصر', zip: ZIPF('#####'), cities: [['الدقي', 'الجيزة'], ['مدينة نصر', 'القاهرة'], ['سموحة', 'الإسكندرية']], streets: ['شارع التحرير', 'شارع مصطفى النحاس', 'شارع فوزي معاذ'],
    street: (r, s) => `${r.int(1, 99)} ${s}`, fmt: ['{S}، {C}، {R}', '{S}\n{C}\n{R} {Z}'] },
  SA: { en: 'Saudi Arabia', native: 'السعودية', zip: ZIPF('#####'), cities: [['الرياض', 'منطقة الرياض'], ['جدة', 'منطقة مكة المكرمة']], districts: ['حي العليا', 'حي الروضة'], streets: ['طريق الملك فهد', 'شارع التحلية'],
    street: (r, s) => `${r.int(1000, 9999)} ${s}`, fmt: ['{S}، {D}، {C} {Z}'] },
  IL: { en: 'Israel', native: 'ישראל', zip: ZIPF('#######'), cities: [['תל אביב-יפו', 'מחוז תל אביב'], ['חיפה', 'מחוז חיפה'], ['באר שבע', 'מחוז הדרום']], streets: ['רחוב הרצל', 'שדרות רוטשילד', 'רחוב יפו'],
    street: (r, s) => `${s} ${r.int(1, 200)}`, fmt: ['{S}, {C} {Z}', '{S}\n{C}'] },
  GR: { en: 'Greece', native: 'Ελλάδα', zip: (r) => `${r.int(100, 855)} ${r.int(10, 99)}`, cities: [['Θεσσαλονίκη', 'Κεντρική Μακεδονία'], ['Πάτρα', 'Δυτική Ελλάδα'], ['Ηράκλειο', 'Κρήτη']], streets: ['Οδός Εγνατίας', 'Λεωφόρος Νίκης', 'Οδός Ερμού'],
    street: (r, s) => `${s} ${r.int(1, 150)}`, fmt: ['{S}\n{Z} {C}', '{S}, {Z} {C}'] },
  AU: { en: 'Australia', native: 'Australia', zip: ZIPF('####'), cities: [['Fitzroy', 'Victoria', 'VIC'], ['Newtown', 'New South Wales', 'NSW'], ['Fremantle', 'Western Australia', 'WA'], ['Toowong', 'Queensland', 'QLD']],
    streets: ['Smith Street', 'King Street', 'Brunswick Street', 'Coonan Road'], street: (r, s) => `${r.chance(0.4) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 400)} ${s}`, fmt: ['{S}\n{C} {r} {Z}', '{S}, {C} {r} {Z}'] },
  NZ: { en: 'New Zealand', native: 'Aotearoa', zip: ZIPF('####'), cities: [['Ponsonby', 'Auckland'], ['Te Aro', 'Wellington'], ['Riccarton', 'Christchurch']], streets: ['Cuba Street', 'Ponsonby Road', 'Riccarton Road'],
    street: (r, s) => `${r.int(1, 300)} ${s}`, fmt: ['{S}\n{C}\n{R} {Z}'] },
  ZA: { en: 'South Africa', native: 'South Africa', zip: ZIPF('####'), cities: [['Soweto', 'Gauteng'], ['Stellenbosch', 'Western Cape'], ['Durban', 'KwaZulu-Natal']], streets: ['Vilakazi Street', 'Dorp Street', 'Florida Road'],
    street: (r, s) => `${r.int(1, 900)} ${s}`, fmt: ['{S}\n{C}\n{R}\n{Z}'] },
  NG: { en: 'Nigeria', native: 'Nigeria', zip: ZIPF('######'), cities: [['Ikeja', 'Lagos State'], ['Wuse II', 'Abuja'], ['Bodija', 'Oyo State']], streets: ['Allen Avenue', 'Adetokunbo Ademola Crescent', 'Awolowo Road'],
    street: (r, s) => `${r.int(1, 120)} ${s}`, fmt: ['{S}, {C}, {R}', '{S}\n{C}\n{R}'] },
  KE: { en: 'Kenya', native: 'Kenya', zip: ZIPF('#####'), cities: [['Westlands', 'Nairobi'], ['Nyali', 'Mombasa'], ['Milimani', 'Kisumu']], streets: ['Moi Avenue', 'Ngong Road', 'Kenyatta Avenue'],
    street: (r, s) => `${s}, ${r.pick(['Hse', 'Apt'])} ${r.int(1, 60)}`, fmt: ['{S}\n{C}, {R}', 'P.O. Box {Z}, {C}'] },
  TH: { en: 'Thailand', native: 'ประเทศไทย', zip: ZIPF('#####'), cities: [['เขตวัฒนา', 'กรุงเทพมหานคร'], ['อำเภอเมืองเชียงใหม่', 'เชียงใหม่']], streets: ['ถนนสุขุมวิท', 'ถนนนิมมานเหมินท์'],
    street: (r, s) => `${r.int(1, 999)}/${r.int(1, 99)} ${s}`, fmt: ['{S} {C} {R} {Z}'] },
  VN: { en: 'Vietnam', native: 'Việt Nam', zip: ZIPF('######'), cities: [['Quận 1', 'TP. Hồ Chí Minh'], ['Quận Ba Đình', 'Hà Nội'], ['Quận Hải Châu', 'Đà Nẵng']], streets: ['đường Lê Lợi', 'phố Hàng Bạc', 'đường Bạch Đằng'],
    street: (r, s) => `Số ${r.int(1, 300)} ${s}`, fmt: ['{S}, {C}, {R}'] },
  ID: { en: 'Indonesia', native: 'Indonesia', zip: ZIPF('#####'), cities: [['Kebayoran Baru', 'Jakarta Selatan'], ['Coblong', 'Bandung'], ['Denpasar Selatan', 'Bali']], streets: ['Jl. Senopati', 'Jl. Ir. H. Juanda', 'Jl. Danau Tamblingan'],
    street: (r, s) => `${s} No. ${r.int(1, 150)}, RT ${String(r.int(1, 12)).padStart(3, '0')}/RW ${String(r.int(1, 9)).padStart(3, '0')}`, fmt: ['{S}\n{C}, {R} {Z}'] },
  PH: { en: 'Philippines', native: 'Pilipinas', zip: ZIPF('####'), cities: [['Makati City', 'Metro Manila'], ['Cebu City', 'Cebu'], ['Davao City', 'Davao del Sur']], districts: ['Brgy. Poblacion', 'Brgy. Lahug', 'Brgy. Buhangin'], streets: ['P. Burgos St.', 'Gorordo Ave.', 'J.P. Laurel Ave.'],
    street: (r, s) => `${r.int(1, 999)} ${s}`, fmt: ['{S}, {D}, {C}, {R} {Z}'] },
  GE: { en: 'Georgia', native: 'საქართველო', zip: ZIPF('####'), cities: [['თბილისი', 'თბილისი'], ['ბათუმი', 'აჭარა']], streets: ['რუსთაველის გამზირი', 'ჭავჭავაძის გამზირი'], street: (r, s) => `${s} ${r.int(1, 90)}`, fmt: ['{S}, {C} {Z}'] },
  AM: { en: 'Armenia', native: 'Հայաստան', zip: ZIPF('####'), cities: [['Երևան', 'Երևան'], ['Գյումրի', 'Շիրակ']], streets: ['Մաշտոցի պողոտա', 'Աբովյան փողոց'], street: (r, s) => `${s} ${r.int(1, 60)}`, fmt: ['{S}, {C} {Z}'] },
  ET: { en: 'Ethiopia', native: 'ኢትዮጵያ', zip: ZIPF('####'), cities: [['አዲስ አበባ', 'አዲስ አበባ'], ['ባሕር ዳር', 'አማራ']], streets: ['ቦሌ መንገድ', 'ቸርችል ጎዳና'], street: (r, s) => `${s}, ቤት ቁ. ${r.int(1, 900)}`, fmt: ['{S}, {C}'] },
};
export const COUNTRY_CODES = Object.keys(COUNTRIES);

// which country a culture lives in by default
export const CULTURE_COUNTRY = {
  en_US: 'US', en_GB: 'GB', ga_IE: 'IE', gd_SC: 'GB', de_DE: 'DE', de_AT: 'AT', de_CH: 'CH', fr_FR: 'FR', fr_BE: 'BE', nl_NL: 'NL',
  es_ES: 'ES', es_MX: 'MX', es_AR: 'AR', pt_PT: 'PT', pt_BR: 'BR', it_IT: 'IT', pl_PL: 'PL', cs_CZ: 'DE', sk_SK: 'AT', hu_HU: 'AT',
  ro_RO: 'IT', hr_HR: 'DE', sv_SE: 'SE', nb_NO: 'NO', da_DK: 'SE', fi_FI: 'SE', is_IS: 'NO', et_EE: 'SE', lt_LT: 'PL', lv_LV: 'PL',
  tr_TR: 'TR', vi_VN: 'VN', id_ID: 'ID', tl_PH: 'PH', ms_MY: 'ID', sw_KE: 'KE', yo_NG: 'NG', ig_NG: 'NG', zu_ZA: 'ZA', haw_US: 'US',
  zh_pinyin: 'US', ru_RU: 'RU', uk_UA: 'UA', bg_BG: 'GR', sr_RS: 'AT', el_GR: 'GR', ar_EG: 'EG', ar_SA: 'SA', fa_IR: 'DE', he_IL: 'IL',
  hi_IN: 'IN', mr_IN: 'IN', en_IN: 'IN', bn_BD: 'GB', ta_IN: 'IN', zh_CN: 'CN', zh_TW: 'TW', zh_HK: 'GB', ja_JP: 'JP', ja_kana: 'JP',
  ko_KR: 'KR', th_TH: 'TH', ka_GE: 'GE', hy_AM: 'AM', am_ET: 'ET',
};

export const VENUES = [
  'Gewandhaus', 'Elbphilharmonie', 'Palau de la Música Catalana', 'Estadio Azteca', 'Tokyo Big Sight', 'Usher Hall', 'Sydney Opera House',
  'Teatro alla Scala', 'Rijksmuseum', 'Kulturbrauerei', 'Hala Stulecia', 'Sala São Paulo', 'Bibliotheca Alexandrina', 'Cité des sciences',
  'Olympiahalle', 'Kursaal', 'Messe Westfalenhallen', 'Royal Exchange Theatre', 'Ateneo de Manila', 'Tivoli Vredenburg', 'Liseberg',
  '国立競技場', '코엑스', 'Центр Ельцина', 'Hotel Bristol', 'Kempinski Hotel Barbaros Bay',
];

// LOCATION span helper
export const LOC = (v) => P('LOCATION', v);

// the address of a country as a list of lines, each a fragment (array of text and spans)
export function address(r, cc) {
  const c = COUNTRIES[cc];
  const [city, region, abbr] = r.pick(c.cities);
  const fmt = r.pick(c.fmt);
  const zip = c.zip(r);
  let jline = null;
  if (c.jpStyle) jline = `${region}${city}${r.pick(c.streets)}${r.int(1, 5)}丁目${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.4) ? ` ${r.pick(['グランドメゾン', 'パークハウス', 'コーポ桜'])}${r.int(101, 1205)}号室` : ''}`;
  if (c.cnStyle) jline = `${region}${city}${r.pick(['西湖区', '锦江区', '鼓楼区', '江汉区'])}${r.pick(c.streets)}${r.int(1, 500)}号${r.chance(0.5) ? r.int(1, 30) + '栋' + r.int(101, 2405) + '室' : ''}`;
  if (c.twStyle) jline = `${city}${r.pick(c.streets)}${r.int(1, 300)}號${r.int(2, 20)}樓`;
  if (c.krStyle) jline = `${region ? region + ' ' : ''}${city} ${r.pick(c.streets)} ${r.int(1, 400)}${r.chance(0.5) ? `, ${r.int(101, 120)}동 ${r.int(101, 2501)}호` : ''}`;
  const street = c.street ? c.street(r, r.pick(c.streets)) : null;
  const lines = fmt.split('\n').map((ln) => {
    const out = [];
    for (const tok of ln.split(/(\{[A-Za-z]\})/)) {
      if (!tok) continue;
      switch (tok) {
        case '{S}': out.push(LOC(street)); break;
        case '{C}': out.push(LOC(city)); break;
        case '{R}': out.push(region ? LOC(region) : ''); break;
        case '{r}': out.push(abbr || region); break; // abbreviations unlabelled
        case '{D}': out.push(LOC(r.pick(c.districts || [city]))); break;
        case '{K}': out.push(LOC(r.chance(0.5) ? c.en : c.native)); break;
        case '{Z}': out.push(zip); break;
        case '{J}': out.push(LOC(jline)); break;
        default: out.push(tok);
      }
    }
    return out;
  });
  // {r} may carry a full region name when no abbreviation exists: then label it
  for (const ln of lines) for (let i = 0; i < ln.length; i++) if (ln[i] === region && !abbr && region) ln[i] = LOC(region);
  return { lines, city, region, country: c, cc };
}
export const oneLine = (a, sep = ', ') => a.lines.flatMap((l, i) => (i ? [sep, ...l] : l));
export const cityOf = (r, cc) => LOC(r.pick(COUNTRIES[cc].cities)[0]);
export const countryName = (r, cc, native = r.chance(0.5)) => LOC(native ? COUNTRIES[cc].native : COUNTRIES[cc].en);
