// Fake PII with valid check digits: names of 34 cultures, places, phones of 50 plans, IDs.
import { luhnDigit, ibanCheck, IBAN_LEN, base58check, bech32Encode, toWords } from './lib.mjs';

// [culture, firsts, lasts, order('fl'|'lf'|'lf0' no space)]
export const CULTURES = [
  ['en-US', ['Brittany', 'Dwayne', 'Kelsey', 'Tyler', 'Shawna', 'Marcus', 'Courtney', 'Garrett'], ['Hollister', 'Pruitt', 'Whitaker', 'Dunbar', 'Kessler', 'Lyons'], 'fl'],
  ['en-GB', ['Siobhan', 'Alistair', 'Gemma', 'Rhys', 'Imogen', 'Callum'], ['Pemberton', 'Ashworth', 'Fairclough', 'Entwistle', 'Haworth'], 'fl'],
  ['de', ['Jürgen', 'Anneliese', 'Wolfgang', 'Friederike', 'Dieter', 'Ute', 'Torsten'], ['Müller-Lüdenscheidt', 'Schönberger', 'Kaltenbach', 'Weißmann', 'Brandstätter'], 'fl'],
  ['fr', ['Solène', 'Thibault', 'Maëlle', 'Gaëtan', 'Ségolène', 'Aurélien'], ['Lefèvre', 'Duchâteau', 'Marchetti', 'Bourguignon', 'Giraudeau'], 'fl'],
  ['es', ['Nerea', 'Íñigo', 'Ainhoa', 'Joaquín', 'Maite', 'Begoña'], ['Etxeberria', 'Sáez de Ibarra', 'Villanueva', 'Quiroga', 'Olmedo'], 'fl'],
  ['it', ['Gianluca', 'Ilaria', 'Benedetta', 'Ottavio', 'Ludovica'], ['Sanfilippo', 'Castellucci', 'Di Benedetto', 'Bonfiglio'], 'fl'],
  ['pt-BR', ['Thiago', 'Luana', 'Gustavo', 'Raíssa', 'Leandro', 'Jéssica'], ['Albuquerque', 'Nascimento', 'Figueiredo', 'Cavalcanti'], 'fl'],
  ['nl', ['Sanne', 'Joost', 'Femke', 'Maarten', 'Ilse'], ['van der Heijden', 'de Groot', 'Bakker', 'Veenstra', 'van Dijk'], 'fl'],
  ['pl', ['Małgorzata', 'Grzegorz', 'Agnieszka', 'Przemysław', 'Żaneta'], ['Wiśniewski', 'Krzyżanowska', 'Zieliński', 'Wróblewska'], 'fl'],
  ['ru', ['Дмитрий', 'Екатерина', 'Алексей', 'Наталья', 'Ярослав'], ['Кузнецов', 'Соколова', 'Воронцов', 'Лебедева'], 'fl'],
  ['uk', ['Олександр', 'Оксана', 'Тарас', 'Ганна'], ['Шевчук', 'Бондаренко', 'Коваленко', 'Ткачук'], 'fl'],
  ['el', ['Γιώργος', 'Ελένη', 'Νίκος', 'Κατερίνα'], ['Παπαδόπουλος', 'Οικονόμου', 'Καραγιάννη', 'Βλάχος'], 'fl'],
  ['tr', ['Emre', 'Zeynep', 'Oğuz', 'Şebnem', 'Çağla'], ['Yıldırım', 'Öztürk', 'Karagöz', 'Çelikkol'], 'fl'],
  ['ar', ['يوسف', 'فاطمة', 'خالد', 'نور'], ['الحربي', 'الشمري', 'القحطاني', 'العتيبي'], 'fl'],
  ['ar-Latn', ['Youssef', 'Fatima', 'Khalid', 'Nour', 'Omar'], ['Al-Harbi', 'El-Sayed', 'Haddad', 'Mansour'], 'fl'],
  ['he', ['נועה', 'איתי', 'שירה', 'יונתן'], ['כהן', 'לוי', 'מזרחי', 'פרידמן'], 'fl'],
  ['fa', ['مریم', 'علیرضا', 'نیلوفر'], ['حسینی', 'رضایی', 'کریمی'], 'fl'],
  ['hi', ['अनिल', 'प्रिया', 'राहुल', 'सुनीता'], ['शर्मा', 'वर्मा', 'त्रिपाठी', 'मिश्रा'], 'fl'],
  ['en-IN', ['Aarav', 'Priyanka', 'Venkatesh', 'Lakshmi', 'Harpreet'], ['Ramasubramanian', 'Chatterjee', 'Deshpande', 'Iyer', 'Gill'], 'fl'],
  ['ta', ['கார்த்திக்', 'மீனா', 'செல்வி'], ['சுப்பிரமணியம்', 'ராஜேந்திரன்'], 'fl'],
  ['bn', ['অনিক', 'তানিয়া', 'রাকিব'], ['চৌধুরী', 'হোসেন', 'রহমান'], 'fl'],
  ['ja', ['翔太', '美咲', '健一', '由美子', '大輔'], ['佐藤', '高橋', '渡辺', '伊藤', '山本'], 'lf0'],
  ['ja-Latn', ['Haruto', 'Yui', 'Kenji', 'Akiko'], ['Takahashi', 'Nakamura', 'Kobayashi', 'Matsumoto'], 'fl'],
  ['zh', ['伟', '秀英', '建华', '丽娜', '志强'], ['王', '李', '张', '刘', '陈'], 'lf0'],
  ['zh-Latn', ['Wei', 'Xiuying', 'Jianhua', 'Zhiqiang'], ['Wang', 'Zhang', 'Liu', 'Huang'], 'lf'],
  ['ko', ['민준', '서연', '지훈', '하은'], ['김', '이', '박', '최'], 'lf0'],
  ['vi', ['Minh', 'Thảo', 'Quang', 'Huyền'], ['Nguyễn Văn', 'Trần Thị', 'Phạm', 'Lê'], 'lf'],
  ['th', ['สมชาย', 'สุดารัตน์', 'ธนพล'], ['ศรีสวัสดิ์', 'วงศ์ใหญ่', 'แก้วมณี'], 'fl'],
  ['id', ['Budi', 'Siti', 'Agus', 'Dewi'], ['Santoso', 'Wijaya', 'Kusuma', 'Hidayat'], 'fl'],
  ['tl', ['Jhun', 'Marites', 'Rodel', 'Maricel'], ['Dela Cruz', 'Bautista', 'Macaraeg', 'Villanueva'], 'fl'],
  ['sw', ['Baraka', 'Neema', 'Juma', 'Zawadi'], ['Mwangi', 'Otieno', 'Wanjiru', 'Kamau'], 'fl'],
  ['yo', ['Adebayo', 'Oluwaseun', 'Folake', 'Chukwuemeka', 'Ngozi'], ['Adeyemi', 'Okonkwo', 'Balogun', 'Eze'], 'fl'],
  ['am', ['አበበ', 'ሰላም', 'ተስፋዬ'], ['ገብረ', 'ወልደ', 'ታደሰ'], 'fl'],
  ['ka', ['გიორგი', 'ნინო', 'დავით'], ['ბერიძე', 'კაპანაძე', 'გელაშვილი'], 'fl'],
  ['hy', ['Արամ', 'Անի', 'Գևորգ'], ['Հովհաննիսյան', 'Սարգսյան'], 'fl'],
  ['fi', ['Juhani', 'Aino', 'Eetu', 'Kaisa'], ['Virtanen', 'Mäkelä', 'Heikkinen'], 'fl'],
  ['sv', ['Björn', 'Åsa', 'Linnéa', 'Gustav'], ['Lindqvist', 'Söderström', 'Bergkvist'], 'fl'],
  ['hu', ['Zsófia', 'Bence', 'Gergely', 'Réka'], ['Nagy', 'Kovács', 'Szabó', 'Tóth'], 'lf'],
  ['cs', ['Jiří', 'Kateřina', 'Vojtěch'], ['Dvořák', 'Novotná', 'Procházka'], 'fl'],
  ['ro', ['Ioana', 'Mihai', 'Răzvan'], ['Popescu', 'Ionescu', 'Constantinescu'], 'fl'],
  ['zu', ['Thabo', 'Nomvula', 'Sipho'], ['Dlamini', 'Ndlovu', 'Khumalo'], 'fl'],
  ['ga', ['Aoife', 'Cian', 'Niamh', 'Pádraig'], ["O'Sullivan", 'Mac Giolla Phádraig', 'Ní Bhriain'], 'fl'],
];
export function person(r, opt = {}) {
  const c = opt.culture ? CULTURES.find((x) => x[0] === opt.culture) : r.pick(CULTURES);
  const f = r.pick(c[1]), l = r.pick(c[2]);
  if (c[3] === 'lf0') return l + f;
  if (c[3] === 'lf') return `${l} ${f}`;
  if (opt.initial && /^[A-Z]/.test(f)) return `${f[0]}. ${l}`;
  if (opt.lastFirst) return `${l}, ${f}`;
  return `${f} ${l}`;
}
export const firstName = (r) => { const c = r.pick(CULTURES.filter((x) => x[3] === 'fl')); return r.pick(c[1]); };
export const asciiPerson = (r) => { const c = r.pick(CULTURES.filter((x) => /^(en|de|fr|es|it|pt|nl|ar-Latn|ja-Latn|en-IN|id|tl|sw|yo|fi|ro|zu|ga)/.test(x[0]))); return `${r.pick(c[1])} ${r.pick(c[2])}`; };

export const CITIES = ['Springfield', 'Dayton', 'Tacoma', 'Leeds', 'Norwich', 'Bielefeld', 'Würzburg', 'Clermont-Ferrand', 'Besançon', 'Valladolid', 'Cáceres', 'Perugia', 'Bari', 'Campinas', 'Florianópolis', 'Utrecht', 'Groningen', 'Wrocław', 'Poznań', 'Новосибирск', 'Казань', 'Львів', 'Θεσσαλονίκη', 'Eskişehir', 'الدمام', 'חיפה', 'Pune', 'Coimbatore', 'मेरठ', '札幌市', '横浜市', '杭州', '成都', '부산', 'Đà Nẵng', 'เชียงใหม่', 'Surabaya', 'Cebu City', 'Mombasa', 'Ibadan', 'Kutaisi', 'Gyumri', 'Tampere', 'Uppsala', 'Debrecen', 'Brno', 'Cluj-Napoca', 'Durban', 'Galway', 'Winnipeg', 'Ballarat', 'Rosario', 'Valparaíso', 'Arequipa', 'Guadalajara', 'Medellín'];
export const COUNTRIES = ['Deutschland', 'France', 'España', 'Italia', 'Brasil', 'Nederland', 'Polska', 'Россия', 'Україна', 'Ελλάδα', 'Türkiye', 'المغرب', 'ישראל', 'India', '日本', '中国', '대한민국', 'Việt Nam', 'ประเทศไทย', 'Indonesia', 'Philippines', 'Kenya', 'Nigeria', 'Georgia', 'Suomi', 'Sverige', 'Magyarország', 'Česko', 'România', 'South Africa', 'Ireland', 'Canada', 'Australia', 'Argentina', 'Chile', 'Perú', 'México', 'Colombia', 'United Kingdom', 'United States'];
const pickS = (r, a) => r.pick(a);
// address in national formats -> array of items (LOCATION spans for street, city, country; zip neutral)
export function address(r, fmt) {
  const L = (v) => ({ p: 'LOCATION', v });
  const f = fmt || r.pick(['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'JP', 'BR', 'IN', 'RU', 'PL', 'KR', 'CN', 'AU', 'CA', 'MX', 'SE', 'TR', 'AR']);
  const n = r.int(1, 240);
  switch (f) {
    case 'US': return [L(`${r.int(100, 9899)} ${pickS(r, ['Maple', 'Sycamore', 'Old Mill', 'Tamarack', 'Pinecrest'])} ${pickS(r, ['Ave', 'St', 'Blvd', 'Rd', 'Ln'])}${r.chance(0.3) ? ' Apt ' + r.int(1, 40) : ''}`), ', ', L(pickS(r, ['Dayton', 'Tacoma', 'Boise', 'Fresno', 'Tulsa'])), `, ${pickS(r, ['OH', 'WA', 'ID', 'CA', 'OK'])} ${r.digits(5)}`];
    case 'GB': return [L(`${n} ${pickS(r, ['Acacia Road', 'Cromwell Gardens', 'Hawthorn Close', 'Bramble Lane'])}`), ', ', L(pickS(r, ['Leeds', 'Norwich', 'Exeter', 'Stockport'])), ` ${r.upper(2)}${r.int(1, 9)} ${r.int(1, 9)}${r.upper(2)}`];
    case 'DE': return [L(`${pickS(r, ['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Hauptstr.'])} ${n}${r.chance(0.2) ? 'a' : ''}`), `, ${r.digits(5)} `, L(pickS(r, ['Bielefeld', 'Würzburg', 'Görlitz', 'Kassel']))];
    case 'FR': return [L(`${n}${r.chance(0.2) ? ' bis' : ''} ${pickS(r, ['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse du Moulin', 'boulevard Carnot'])}`), `, ${r.digits(5)} `, L(pickS(r, ['Besançon', 'Clermont-Ferrand', 'Limoges', 'Angers']))];
    case 'ES': return [L(`C/ ${pickS(r, ['de la Paloma', 'Mayor', 'del Carmen', 'San Bernardo'])}, ${n}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izq.'])}`), `, ${r.digits(5)} `, L(pickS(r, ['Valladolid', 'Cáceres', 'Logroño']))];
    case 'IT': return [L(`Via ${pickS(r, ['Garibaldi', 'dei Mille', 'Roma', 'San Francesco'])} ${n}`), `, ${r.digits(5)} `, L(pickS(r, ['Perugia', 'Bari', 'Trento'])), ` (${r.upper(2)})`];
    case 'NL': return [L(`${pickS(r, ['Prinsengracht', 'Dorpsstraat', 'Kerkweg'])} ${n}`), `, ${r.int(1000, 9999)} ${r.upper(2)} `, L(pickS(r, ['Utrecht', 'Groningen', 'Zwolle']))];
    case 'JP': return [`〒${r.digits(3)}-${r.digits(4)} `, L(`${pickS(r, ['北海道札幌市中央区', '神奈川県横浜市港北区', '大阪府堺市北区'])}${pickS(r, ['南', '北', '東'])}${r.int(1, 9)}条${r.int(1, 20)}丁目${r.int(1, 30)}-${r.int(1, 12)}`)];
    case 'BR': return [L(`Rua ${pickS(r, ['das Acácias', 'Sete de Setembro', 'Barão de Mauá'])}, ${n}`), ` - ${pickS(r, ['Centro', 'Jardim América'])}, `, L(pickS(r, ['Campinas', 'Florianópolis', 'Recife'])), ` - ${pickS(r, ['SP', 'SC', 'PE'])}, ${r.digits(5)}-${r.digits(3)}`];
    case 'IN': return [L(`Flat ${r.int(1, 12)}0${r.int(1, 9)}, ${pickS(r, ['Shanti Kunj', 'Lotus Residency', 'Sai Krupa Apts'])}, ${pickS(r, ['MG Road', 'Baner Road', '4th Cross'])}`), ', ', L(pickS(r, ['Pune', 'Coimbatore', 'Mysuru'])), ` ${r.int(4, 6)}${r.digits(5)}`];
    case 'RU': return [L(`ул. ${pickS(r, ['Ленина', 'Садовая', 'Гагарина'])}, д. ${n}, кв. ${r.int(1, 200)}`), `, г. `, L(pickS(r, ['Казань', 'Новосибирск', 'Самара'])), `, ${r.digits(6)}`];
    case 'PL': return [L(`ul. ${pickS(r, ['Piękna', 'Długa', 'Kwiatowa'])} ${n}/${r.int(1, 40)}`), `, ${r.digits(2)}-${r.digits(3)} `, L(pickS(r, ['Wrocław', 'Poznań', 'Gdańsk']))];
    case 'KR': return [L(`${pickS(r, ['부산광역시 해운대구', '서울특별시 마포구'])} ${pickS(r, ['센텀중앙로', '월드컵북로'])} ${n}`)];
    case 'CN': return [L(`${pickS(r, ['浙江省杭州市西湖区', '四川省成都市武侯区'])}${pickS(r, ['文三路', '人民南路'])}${n}号`)];
    case 'AU': return [L(`${r.int(1, 90)}/${n} ${pickS(r, ['Wattle St', 'Banksia Cres', 'Jacaranda Ave'])}`), ', ', L(pickS(r, ['Ballarat', 'Geelong', 'Toowoomba'])), ` ${pickS(r, ['VIC', 'QLD'])} ${r.int(3000, 4999)}`];
    case 'CA': return [L(`${r.int(10, 9999)} ${pickS(r, ['Rue Sainte-Catherine', 'Portage Ave', 'Elm Street'])}`), ', ', L(pickS(r, ['Winnipeg', 'Sherbrooke', 'Kelowna'])), ` ${pickS(r, ['MB', 'QC', 'BC'])} ${r.upper(1)}${r.int(1, 9)}${r.upper(1)} ${r.int(1, 9)}${r.upper(1)}${r.int(1, 9)}`];
    case 'MX': return [L(`Calle ${pickS(r, ['Hidalgo', 'Morelos', 'Juárez'])} ${n}, Col. ${pickS(r, ['Centro', 'Americana'])}`), `, ${r.digits(5)} `, L(pickS(r, ['Guadalajara', 'Puebla', 'Mérida'])), ', Jal.'];
    case 'SE': return [L(`${pickS(r, ['Storgatan', 'Kungsvägen', 'Björkallén'])} ${n}`), `, ${r.digits(3)} ${r.digits(2)} `, L(pickS(r, ['Uppsala', 'Västerås', 'Umeå']))];
    case 'TR': return [L(`${pickS(r, ['Atatürk Cad.', 'Çiçek Sok.', 'Cumhuriyet Mah.'])} No: ${n} D: ${r.int(1, 20)}`), `, ${r.digits(5)} `, L(pickS(r, ['Eskişehir', 'Konya'])), '/', L('Türkiye')];
    default: return [L(`Av. ${pickS(r, ['Corrientes', 'Santa Fe', 'Belgrano'])} ${r.int(100, 5000)}, piso ${r.int(1, 12)}`), `, ${r.upper(1)}${r.digits(4)}${r.upper(3)} `, L(pickS(r, ['Rosario', 'Córdoba', 'Mendoza'])), ', ', L('Argentina')];
  }
}

// phones: [iso, cc, trunk, body pattern]; '#' random digit
export const PHONE_PLANS = [
  ['US', '1', '', 'NXX-NXX-####'], ['CA', '1', '', '416-NXX-####'], ['GB', '44', '0', '7700 900###'], ['DE', '49', '0', '15# ########'], ['FR', '33', '0', '6 ## ## ## ##'],
  ['IN', '91', '0', '9#### #####'], ['BR', '55', '0', '11 9####-####'], ['JP', '81', '0', '90-####-####'], ['AU', '61', '0', '4## ### ###'], ['ES', '34', '', '6## ### ###'],
  ['IT', '39', '', '3## ### ####'], ['NL', '31', '0', '6 ########'], ['MX', '52', '', '55 #### ####'], ['CH', '41', '0', '7# ### ## ##'], ['AT', '43', '0', '664 #######'],
  ['BE', '32', '0', '4## ## ## ##'], ['SE', '46', '0', '7#-### ## ##'], ['NO', '47', '', '4## ## ###'], ['DK', '45', '', '2# ## ## ##'], ['FI', '358', '0', '40 ### ####'],
  ['PL', '48', '', '5## ### ###'], ['CZ', '420', '', '6## ### ###'], ['PT', '351', '', '91# ### ###'], ['IE', '353', '0', '8# ### ####'], ['GR', '30', '', '69# ### ####'],
  ['TR', '90', '0', '5## ### ## ##'], ['RU', '7', '8', '9## ###-##-##'], ['UA', '380', '0', '67 ### ## ##'], ['IL', '972', '0', '5#-###-####'], ['AE', '971', '0', '5# ### ####'],
  ['SA', '966', '0', '5# ### ####'], ['EG', '20', '0', '1# #### ####'], ['ZA', '27', '0', '8# ### ####'], ['NG', '234', '0', '80# ### ####'], ['KE', '254', '0', '7## ######'],
  ['CN', '86', '', '13# #### ####'], ['KR', '82', '0', '10-####-####'], ['TW', '886', '0', '9## ### ###'], ['HK', '852', '', '9### ####'], ['SG', '65', '', '8### ####'],
  ['MY', '60', '0', '1#-### ####'], ['TH', '66', '0', '8# ### ####'], ['VN', '84', '0', '9# ### ## ##'], ['PH', '63', '0', '9## ### ####'], ['ID', '62', '0', '8##-####-####'],
  ['PK', '92', '0', '3## #######'], ['BD', '880', '0', '17##-######'], ['NZ', '64', '0', '21 ### ####'], ['AR', '54', '0', '9 11 ####-####'], ['CL', '56', '', '9 #### ####'],
  ['CO', '57', '', '3## ### ####'], ['PE', '51', '', '9## ### ###'], ['HU', '36', '06', '30 ### ####'], ['RO', '40', '0', '7## ### ###'],
];
export function phone(r, iso) {
  const p = iso ? PHONE_PLANS.find((x) => x[0] === iso) : r.pick(PHONE_PLANS);
  const body = p[3].replace(/N/g, () => String(r.int(2, 9))).replace(/X/g, () => String(r.int(0, 9))).replace(/#/g, () => String(r.int(0, 9)));
  if (p[1] === '1') { const m = body.split('-'); return r.pick([`(${m[0]}) ${m[1]}-${m[2]}`, `+1 ${m[0]}-${m[1]}-${m[2]}`, `${m[0]}.${m[1]}.${m[2]}`, `+1 (${m[0]}) ${m[1]}-${m[2]}`]); }
  if (p[0] === 'AR' && r.chance(0.5)) return `+54 ${body}`;
  return r.chance(0.5) ? `+${p[1]} ${body}` : (p[2] + body.replace(/^9 /, '')).replace(/^0(\d)/, '0$1');
}
export function email(r, name) {
  const base = (name && /^[A-Za-z .'-]+$/.test(name) ? name : r.pick(['j.doe', 'mk', 'finance', 'a.nakamura', 'ops-lead', 'kim.tran'])).toLowerCase().replace(/['’]/g, '').replace(/[^a-z]+/g, r.pick(['.', '_', '', '-'])).replace(/^[._-]+|[._-]+$/g, '');
  const dom = r.pick(['corp.example', 'mail.test', 'acme.example', 'kunden.example', 'hospital.test', 'uni-nord.example', 'bank.invalid', 'shop.example.test', 'co.example']);
  return `${base}${r.chance(0.3) ? r.int(1, 99) : ''}${r.chance(0.15) ? '+' + r.pick(['billing', 'hr', 'tix']) : ''}@${dom}`;
}
export function ipv4Public(r) { let a; do { a = r.int(11, 223); } while ([127, 169, 172, 192, 100, 198, 203, 10].includes(a)); return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; }
export const ipv4Private = (r) => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
export const ipv6 = (r) => `2a0${r.int(1, 9)}:${r.hex(4)}:${r.hex(3)}:${r.hex(4)}::${r.hex(3)}`.replace(/:0+([0-9a-f])/g, ':$1');

const CARD_IIN = [['visa', '4', 16], ['mc', () => String(r_(51, 55)), 16], ['mc2', () => String(r_(2221, 2720)), 16], ['amex', () => r_pick(['34', '37']), 15], ['disc', '6011', 16], ['jcb', () => String(r_(3528, 3589)), 16], ['diners', () => r_pick(['36', '300', '305']), 14]];
let r_, r_pick;
export function card(r, fmt) {
  r_ = r.int; r_pick = r.pick;
  const [kind, pre, len] = r.pick(CARD_IIN);
  const p = typeof pre === 'function' ? pre() : pre;
  let n = p + r.digits(len - 1 - p.length); n += luhnDigit(n);
  const style = fmt ?? r.int(0, 2);
  if (style === 0) return n;
  if (kind === 'amex') return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  const sep = style === 1 ? ' ' : '-';
  return n.match(/.{1,4}/g).join(sep);
}
export function iban(r, cc, spaced) {
  cc = cc || r.pick(Object.keys(IBAN_LEN));
  const len = IBAN_LEN[cc];
  let bban = ['GB', 'IE'].includes(cc) ? r.upper(4) + r.digits(len - 8) : ['NL'].includes(cc) ? r.upper(4) + r.digits(len - 8) : r.digits(len - 4);
  const s = cc + ibanCheck(cc, bban) + bban;
  return (spaced ?? r.chance(0.5)) ? s.match(/.{1,4}/g).join(' ') : s;
}
export function ssn(r) { let a; do { a = r.int(1, 899); } while (a === 666); const v = `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`; return r.chance(0.2) ? v.replace(/-/g, ' ') : v; }
export function itin(r) { const g = r.pick([50, 55, 62, 65, 70, 78, 83, 88, 90, 92, 94, 97, 99]); return `9${r.digits(2)}-${g}-${r.digits(4)}`; }
export function nhs(r) { for (;;) { const d = r.digits(9); let s = 0; for (let i = 0; i < 9; i++) s += +d[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; const n = d + c; return r.pick([n, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`]); } }
export function dea(r, last) { const a = r.pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']); const b = last && /^[A-Z]/.test(last) ? last[0] : r.upper(1); const d = r.digits(6); const v = +d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5]); return a + b + d + (v % 10); }
export function btc(r) { const t = r.int(0, 2); if (t === 2) return bech32Encode('bc', [0, ...toWords(r.bytes(20))]); return base58check(Buffer.concat([Buffer.from([t === 0 ? 0 : 5]), r.bytes(20)])); }
export const eth = (r) => '0x' + r.hex(40);
export const passport = (r) => r.chance(0.5) ? r.digits(9).replace(/^0/, '5') : r.upper(1) + r.digits(8);
export function driverLicense(r) {
  const st = r.pick(['CA', 'NY', 'TX', 'FL', 'IL', 'WA', 'PA', 'NJ', 'MI', 'OH', 'MA', 'GA']);
  const v = { CA: () => r.upper(1) + r.digits(7), NY: () => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, TX: () => r.digits(8), FL: () => `${r.upper(1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, IL: () => `${r.upper(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, WA: () => 'WDL' + r.alnumU(9), PA: () => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, NJ: () => `${r.upper(1)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`, MI: () => `${r.upper(1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, OH: () => r.upper(2) + r.digits(6), MA: () => 'S' + r.digits(8), GA: () => r.digits(9) }[st]();
  return { st, v };
}
export const bankAccount = (r) => r.digits(r.int(8, 17)).replace(/^0/, '4');
