// blind10: PII generators (Presidio entity names), valid check digits where they exist.
import { D, UP, LOW, HEX, P, luhnDigit, ibanCheck, IBAN_LEN, nhsCheck, sha256, b58encode, bech32Encode, itinGroupOk } from './lib.mjs';

export const CULTURES = {
  en: [['Oliver', 'Harriet', 'Declan', 'Maisie', 'Rupert', 'Imogen', 'Callum', 'Tamsin'], ['Ashcombe', 'Pendleton', 'Whitlock', 'Farrow', 'Blackwood', 'Huxley', 'Marlowe', 'Thorne']],
  us: [['Tyler', 'Brianna', 'Marcus', 'Kayla', 'Dwayne', 'Shelby', 'Colton', 'Jasmine'], ['Kowalczyk', 'Rutherford', 'Delgado', 'McAllister', 'Washington', 'Brennan', 'Okafor', 'Lindqvist']],
  es: [['Ximena', 'Joaquín', 'Itziar', 'Rodrigo', 'Maite', 'Álvaro', 'Nerea', 'Iñigo'], ['Echeverría', 'Castañeda', 'Villalobos', 'Urquiza', 'Montoya', 'Ibáñez', 'Arrieta', 'Zubizarreta']],
  de: [['Jürgen', 'Annelie', 'Mathis', 'Friederike', 'Jannik', 'Hannelore', 'Till', 'Wiebke'], ['Oberhäuser', 'Kleinschmidt', 'Brückner', 'Wendland', 'Großmann', 'Haberkorn', 'Lindemann', 'Voß']],
  fr: [['Clémence', 'Thibault', 'Maëlle', 'Gaspard', 'Ombeline', 'Anatole', 'Solène', 'Baptiste'], ['Lefebvre-Roux', 'Duchêne', 'Marchetti', 'Fontaine', 'Beaulieu', 'Delacroix', 'Peyrat', 'Guérin']],
  it: [['Ludovica', 'Gianmarco', 'Chiara', 'Tommaso', 'Benedetta', 'Piergiorgio', 'Ginevra', 'Lorenzo'], ['Bellandi', 'Santangelo', 'Ferraresi', 'Cavalcanti', 'Lombardo', 'Pagliarini', 'Russo', 'De Angelis']],
  pl: [['Zofia', 'Wojciech', 'Agnieszka', 'Przemysław', 'Małgorzata', 'Grzegorz', 'Jadwiga', 'Bartłomiej'], ['Wiśniewska', 'Szczepański', 'Grabowski', 'Zielińska', 'Kaczmarek', 'Dąbrowski', 'Pawlak', 'Wróbel']],
  tr: [['Elif', 'Mehmet', 'Zeynep', 'Burak', 'Ayşe', 'Oğuz', 'Defne', 'Emre'], ['Yılmaz', 'Öztürk', 'Şahin', 'Karaca', 'Aydın', 'Çelik', 'Doğan', 'Kılıç']],
  ar: [['Youssef', 'Layla', 'Omar', 'Fatima', 'Khalid', 'Nour', 'Tariq', 'Yasmin'], ['Al-Haddad', 'El-Amin', 'Haddad', 'Mansour', 'Nasser', 'Khoury', 'Saleh', 'Bakr']],
  ara: [['يوسف', 'ليلى', 'عمر', 'فاطمة', 'خالد', 'نور'], ['الحداد', 'منصور', 'ناصر', 'الخوري', 'صالح', 'بكر']],
  zh: [['伟', '芳', '静', '磊', '秀英', '俊杰'], ['王', '李', '张', '刘', '陈', '杨']],
  zhp: [['Wei', 'Xiaoling', 'Jun', 'Mingyu', 'Haoran', 'Yutong'], ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Wu']],
  ja: [['陽菜', '蓮', '結衣', '大翔', 'さくら', '悠真'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤']],
  jal: [['Haruto', 'Yui', 'Sota', 'Aoi', 'Riku', 'Mei'], ['Nakamura', 'Kobayashi', 'Yamamoto', 'Matsuda', 'Inoue', 'Kimura']],
  ko: [['민준', '서연', '지호', '하은', '도윤', '수아'], ['김', '이', '박', '최', '정', '강']],
  kol: [['Minjun', 'Seoyeon', 'Jiho', 'Haeun', 'Doyun', 'Sua'], ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon']],
  in: [['Aarav', 'Priyanka', 'Vikram', 'Ananya', 'Siddharth', 'Lakshmi', 'Rohan', 'Deepika'], ['Venkataraman', 'Chatterjee', 'Iyer', 'Deshpande', 'Reddy', 'Bhattacharya', 'Nair', 'Kulkarni']],
  ng: [['Chidinma', 'Oluwaseun', 'Ngozi', 'Babatunde', 'Adaeze', 'Emeka', 'Funmilayo', 'Tunde'], ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Obi', 'Adebayo']],
  ru: [['Алексей', 'Наталья', 'Дмитрий', 'Екатерина', 'Сергей', 'Ольга'], ['Иванов', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов', 'Волкова']],
  rul: [['Aleksei', 'Natalya', 'Dmitri', 'Yekaterina', 'Sergei', 'Olga'], ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Sokolov', 'Volkova']],
  gr: [['Γιώργος', 'Ελένη', 'Νίκος', 'Μαρία'], ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Καραγιάννη']],
  vi: [['Nguyễn Thị', 'Trần Văn', 'Lê Minh', 'Phạm Thu'], ['Hương', 'Nam', 'Khoa', 'Trang']],
  br: [['João Pedro', 'Luíza', 'Thiago', 'Fernanda', 'Gustavo', 'Beatriz'], ['Albuquerque', 'Gonçalves', 'Nogueira', 'Carvalho', 'Figueiredo', 'Souza']],
  sw: [['Wanjiru', 'Baraka', 'Amani', 'Zawadi', 'Juma', 'Neema'], ['Mwangi', 'Otieno', 'Kamau', 'Njoroge', 'Wafula', 'Achieng']],
  he: [['Noa', 'Yonatan', 'Tamar', 'Itai'], ['Ben-David', 'Mizrahi', 'Shapiro', 'Avraham']],
  heh: [['נועה', 'יונתן', 'תמר'], ['כהן', 'לוי', 'מזרחי']],
};
const NOSPACE = new Set(['zh', 'ja', 'ko']);
export function person(r, cult) {
  const c = cult || r.pick(Object.keys(CULTURES)); const [fs, ls] = CULTURES[c];
  const first = r.pick(fs), last = r.pick(ls);
  let full;
  if (NOSPACE.has(c)) full = last + first;
  else if (c === 'vi') full = `${first} ${last}`;
  else if (['zhp', 'kol', 'jal'].includes(c) && r.chance(0.4)) full = `${last} ${first}`;
  else full = `${first} ${last}`;
  return { first, last, full, c, latin: /^[\x00-\u024f\s'-]+$/.test(full) };
}
const translit = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
export const DOMAINS = ['mail.example', 'corp.example', 'acme.test', 'northwind.example', 'inbox.test', 'posteo.example', 'gmx.example', 'uni-leipzig.example', 'hospital.invalid', 'fastpost.test', 'yamato.example', 'correo.example'];
export function email(r, p) {
  p = p || person(r);
  let a = translit(p.first) || 'user', b = translit(p.last) || r.str(LOW, 5);
  const local = r.pick([`${a}.${b}`, `${a[0]}${b}`, `${a}_${b}${r.int(1, 99)}`, `${b}.${a}`, `${a}+${r.pick(['billing', 'news', 'work'])}`, `${a}${r.int(70, 99)}`, `${b}-${a[0]}`]);
  return local + '@' + r.pick(DOMAINS);
}
// ---------- locations ----------
export const CITIES = ['Lisbon', 'Porto', 'Kraków', 'Gdańsk', 'Zaragoza', 'Bilbao', 'Valparaíso', 'Mendoza', 'Cusco', 'Oaxaca', 'Guadalajara', 'Curitiba', 'Recife', 'Lagos', 'Ibadan', 'Nairobi', 'Mombasa', 'Accra', 'Dakar', 'Marrakesh', 'Alexandria', 'Beirut', 'Amman', 'Izmir', 'Trabzon', 'Thessaloniki', 'Plovdiv', 'Cluj-Napoca', 'Brno', 'Ljubljana', 'Tallinn', 'Tartu', 'Bergen', 'Tromsø', 'Aarhus', 'Göteborg', 'Uppsala', 'Leipzig', 'Freiburg', 'Regensburg', 'Graz', 'Lausanne', 'Ghent', 'Utrecht', 'Groningen', 'Nantes', 'Montpellier', 'Grenoble', 'Bologna', 'Palermo', 'Trieste', 'Galway', 'Cork', 'Aberdeen', 'Leeds', 'Bristol', 'Halifax', 'Winnipeg', 'Tucson', 'Boise', 'Savannah', 'Duluth', 'Spokane', 'Chattanooga', 'Pune', 'Kochi', 'Mysuru', 'Chiang Mai', 'Da Nang', 'Cebu', 'Busan', 'Daegu', 'Sapporo', 'Fukuoka', 'Kanazawa', 'Chengdu', 'Kunming', 'Hobart', 'Geelong', 'Dunedin', '札幌', '京都', '부산', '成都', 'Новосибирск', 'Казань', 'Θεσσαλονίκη', 'القاهرة'];
export const COUNTRIES = ['Portugal', 'Poland', 'Chile', 'Peru', 'Nigeria', 'Kenya', 'Ghana', 'Senegal', 'Morocco', 'Jordan', 'Türkiye', 'Greece', 'Romania', 'Estonia', 'Norway', 'Denmark', 'Austria', 'Belgium', 'Ireland', 'Scotland', 'Canada', 'Vietnam', 'the Philippines', 'South Korea', 'Japan', 'New Zealand', 'Argentina', 'Colombia', 'Uruguay', 'Tanzania'];
export const REGIONS = ['Bavaria', 'Andalusia', 'Brittany', 'Tuscany', 'Patagonia', 'Hokkaido', 'Kerala', 'Quebec', 'Tasmania', 'the Algarve', 'Silesia', 'Anatolia', 'Yucatán', 'Galicia'];
const STREETS = {
  us: (r) => `${r.int(12, 9800)} ${r.pick(['Juniper', 'Maple Ridge', 'Old Mill', 'Cedar Hollow', 'Harmon', 'Lakeshore', 'Pinecrest'])} ${r.pick(['Road', 'Ave', 'Street', 'Blvd', 'Lane', 'Ct'])}${r.chance(0.3) ? `, Apt ${r.int(1, 40)}${r.pick('ABC')}` : ''}`,
  gb: (r) => `${r.int(1, 220)} ${r.pick(['Wellington', 'Albion', 'Hawthorn', 'Kingsley', 'Mill'])} ${r.pick(['Road', 'Crescent', 'Terrace', 'Gardens', 'Close'])}`,
  de: (r) => `${r.pick(['Lindenstraße', 'Am Kirchberg', 'Goethestr.', 'Hauptstraße', 'Birkenweg', 'Schillerplatz'])} ${r.int(1, 140)}${r.chance(0.2) ? r.pick('ab') : ''}`,
  fr: (r) => `${r.int(1, 90)}${r.chance(0.2) ? ' bis' : ''} ${r.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'quai de la Loire'])}`,
  es: (r) => `${r.pick(['Calle de Alcalá', 'Avenida del Puerto', 'Carrer de Provença', 'Calle Mayor', 'Paseo de la Castellana'])}, ${r.int(1, 250)}${r.chance(0.4) ? `, ${r.int(1, 8)}º ${r.pick('ABCD')}` : ''}`,
  it: (r) => `${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele', 'Viale dei Mille', 'Piazza Cavour', 'Via della Spiga'])} ${r.int(1, 120)}`,
  pt: (r) => `${r.pick(['Rua das Flores', 'Avenida da Liberdade', 'Travessa do Carmo', 'Rua Augusta'])}, ${r.int(1, 300)}`,
  nl: (r) => `${r.pick(['Prinsengracht', 'Kerkstraat', 'Oudegracht', 'Laan van Meerdervoort'])} ${r.int(1, 400)}`,
  pl: (r) => `ul. ${r.pick(['Długa', 'Floriańska', 'Marszałkowska', 'Piotrkowska'])} ${r.int(1, 90)}/${r.int(1, 30)}`,
  jp: (r) => `${r.pick(['東京都世田谷区', '大阪府大阪市北区', '京都府京都市左京区'])}${r.int(1, 9)}丁目${r.int(1, 30)}-${r.int(1, 20)}`,
  br: (r) => `${r.pick(['Rua Oscar Freire', 'Avenida Paulista', 'Rua da Consolação', 'Rua XV de Novembro'])}, ${r.int(10, 2500)}`,
  in: (r) => `${r.int(1, 99)}, ${r.pick(['MG Road', '4th Cross, Indiranagar', 'Linking Road, Bandra West', 'Anna Salai'])}`,
  ke: (r) => `${r.pick(['Ngong Road', 'Moi Avenue', 'Kenyatta Avenue'])}, House ${r.int(1, 80)}`,
};
export function street(r) { return STREETS[r.pick(Object.keys(STREETS))](r); }
export const city = (r) => r.pick(CITIES);
export const country = (r) => r.pick(COUNTRIES);
// ---------- phones ----------
const US_AREAS = ['212', '415', '617', '312', '206', '512', '303', '404', '702', '919', '503', '615', '213', '646', '971'];
const nxx = (r) => { let x; do { x = `${r.int(2, 9)}${r.digits(2)}`; } while (x === '555' || x[1] === '1' && x[2] === '1'); return x; };
export const PHONES = {
  us: (r) => { const a = r.pick(US_AREAS), b = nxx(r), c = r.digits(4); return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `+1-${a}-${b}-${c}`]); },
  ca: (r) => `+1 (${r.pick(['416', '604', '514', '403', '613'])}) ${nxx(r)}-${r.digits(4)}`,
  gb: (r) => r.pick([`07${r.int(400, 999)} ${r.digits(6)}`, `+44 7${r.int(400, 999)} ${r.digits(6)}`, `020 7${r.digits(3)} ${r.digits(4)}`, `+44 (0)161 ${r.int(200, 999)} ${r.digits(4)}`, `0131 ${r.int(200, 999)} ${r.digits(4)}`]),
  de: (r) => r.pick([`+49 30 ${r.int(2, 9)}${r.digits(6)}`, `0151 ${r.digits(8)}`, `+49 171 ${r.digits(7)}`, `089 / ${r.int(2, 9)}${r.digits(6)}`, `+49 (0)221 ${r.int(2, 9)}${r.digits(5)}`]),
  fr: (r) => r.pick([`+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `07 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `01 ${r.int(40, 79)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 (0)4 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
  in: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `09${r.digits(9)}`, `+91-80-${r.int(2, 4)}${r.digits(7)}`]),
  br: (r) => r.pick([`+55 11 9${r.digits(4)}-${r.digits(4)}`, `(21) 9${r.digits(4)}-${r.digits(4)}`, `+55 (31) 3${r.digits(3)}-${r.digits(4)}`]),
  jp: (r) => r.pick([`+81 90-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `03-${r.int(3, 6)}${r.digits(3)}-${r.digits(4)}`, `+81 6 ${r.digits(4)} ${r.digits(4)}`]),
  au: (r) => r.pick([`+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) 9${r.digits(3)} ${r.digits(4)}`]),
  es: (r) => r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
  it: (r) => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `06 ${r.digits(4)} ${r.digits(4)}`, `02-${r.digits(8)}`]),
  nl: (r) => r.pick([`+31 6 ${r.digits(4)} ${r.digits(4)}`, `06-${r.digits(8)}`, `020 ${r.digits(3)} ${r.digits(4)}`]),
  mx: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `+52 1 33 ${r.digits(4)} ${r.digits(4)}`]),
  kr: (r) => r.pick([`+82 10-${r.digits(4)}-${r.digits(4)}`, `010-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`]),
  za: (r) => r.pick([`+27 82 ${r.digits(3)} ${r.digits(4)}`, `021 ${r.digits(3)} ${r.digits(4)}`]),
  ng: (r) => r.pick([`+234 803 ${r.digits(3)} ${r.digits(4)}`, `0806 ${r.digits(3)} ${r.digits(4)}`]),
  se: (r) => `+46 70-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  pl: (r) => r.pick([`+48 5${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+48 22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  ch: (r) => `+41 79 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  ie: (r) => `+353 87 ${r.digits(3)} ${r.digits(4)}`,
  sg: (r) => `+65 ${r.pick('89')}${r.digits(3)} ${r.digits(4)}`,
  ar: (r) => `+54 9 11 ${r.digits(4)}-${r.digits(4)}`,
  tr: (r) => `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  ph: (r) => `+63 917 ${r.digits(3)} ${r.digits(4)}`,
  ke: (r) => `+254 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  cn: (r) => `+86 138 ${r.digits(4)} ${r.digits(4)}`,
  ru: (r) => `+7 9${r.digits(2)} ${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`,
};
export const phone = (r, cc) => PHONES[cc || r.pick(Object.keys(PHONES))](r);
// ---------- cards ----------
const CARD = [[() => '4', 16], [(r) => String(r.int(51, 55)), 16], [(r) => String(r.int(2221, 2720)), 16], [(r) => r.pick(['34', '37']), 15], [(r) => r.pick(['6011', '65', '644']), 16], [(r) => String(r.int(3528, 3589)), 16], [(r) => r.pick(['36', '38']), 14]];
export function cardDigits(r) { const [pf, len] = r.pick(CARD); const p = pf(r); const body = p + r.digits(len - p.length - 1); return body + luhnDigit(body); }
export function fmtCard(r, s) { const k = r.int(0, 2); if (k === 0) return s; const sep = k === 1 ? ' ' : '-'; if (s.length === 15) return `${s.slice(0, 4)}${sep}${s.slice(4, 10)}${sep}${s.slice(10)}`; if (s.length === 14) return `${s.slice(0, 4)}${sep}${s.slice(4, 10)}${sep}${s.slice(10)}`; return s.match(/.{4}/g).join(sep); }
export const card = (r) => fmtCard(r, cardDigits(r));
// ---------- IBAN ----------
function bban(r, cc) { const n = IBAN_LEN[cc] - 4; if (['GB', 'IE', 'NL'].includes(cc)) { const l = cc === 'NL' ? 4 : 4; return r.str(UP, l) + r.digits(n - l); } if (cc === 'IT') return r.str(UP, 1) + r.digits(n - 1); return r.digits(n); }
export function ibanRaw(r, cc) { cc = cc || r.pick(Object.keys(IBAN_LEN)); const b = bban(r, cc); return cc + ibanCheck(cc, b) + b; }
export function iban(r, cc) { const s = ibanRaw(r, cc); return r.chance(0.5) ? s : s.match(/.{1,4}/g).join(' '); }
// ---------- US ids ----------
export function ssn(r) { let a; do { a = r.int(1, 899); } while (a === 666); const s = `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`; return r.chance(0.15) ? s.replace(/-/g, ' ') : s; }
export function itin(r) { let g; do { g = r.int(50, 99); } while (!itinGroupOk(g)); return `9${r.digits(2)}-${g}-${r.digits(4)}`; }
export const passport = (r) => r.chance(0.7) ? `${r.int(1, 9)}${r.digits(8)}` : `${r.pick('ACDEFGHJKLMNPRSTUVWXYZ')}${r.digits(8)}`;
export const driverLicense = (r) => r.pick([() => `${r.str(UP, 1)}${r.digits(7)}`, () => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, () => `${r.str(UP, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-0`, () => r.digits(8), () => `${r.str(UP, 1)}${r.digits(12)}`])();
export const bankNumber = (r) => r.digits(r.int(9, 17)).replace(/^0/, '4');
export function dea(r, lastInitial) { const a = r.pick('ABFGMPRX'); const b = lastInitial || r.pick(UP); const d = r.digits(6).split('').map(Number); const c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10; return `${a}${b}${d.join('')}${c}`; }
export function nhs(r) { let n, c; do { n = r.digits(9).replace(/^0/, '4'); c = nhsCheck(n); } while (c == null); const s = n + c; return r.pick([`${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`, s, `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`]); }
export function btc(r) {
  const k = r.int(0, 2);
  if (k === 2) return bech32Encode('bc', 0, r.bytes(20));
  const payload = Buffer.concat([Buffer.from([k === 0 ? 0 : 5]), r.bytes(20)]);
  return b58encode(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]));
}
export function ipPublic(r) { let a; do { a = r.int(11, 223); } while ([127, 10, 172, 192, 169, 100].includes(a)); return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; }
export function ipv6(r) { return `${r.pick(['2a02', '2600', '2001:db8', '2a01', '2c0f'])}:${r.str(HEX, 4)}:${r.str(HEX, 4)}::${r.str(HEX, r.int(1, 4))}`.replace(/:0+([0-9a-f])/g, ':$1'); }
export const ip = (r) => r.chance(0.75) ? ipPublic(r) : ipv6(r);

// span helpers
export const PER = (r, p) => P('PERSON', (p || person(r)).full);
export const LOC = (v) => P('LOCATION', v);
export const EM = (r, p) => P('EMAIL_ADDRESS', email(r, p));
export const PH = (r, cc) => P('PHONE_NUMBER', phone(r, cc));
