// PII generators: names of many cultures, e-mails, phones, locations, IPs and checksummed numbers.
import { D, LOWER, UPPER, LALNUM } from './rng.mjs';
import { luhnDigit, luhnValid, cardBrand, IBAN_LEN, ibanCheck, nhsCheck, deaDigit, b58check, bech32Encode, to5bit } from './fmt.mjs';

// [first names, last names, order] order 'fl' or 'lf' (family first, no space for CJK)
export const NAMES = {
  en: [['James', 'Olivia', 'Ethan', 'Madison', 'Tyler', 'Brianna', 'Marcus', 'Hannah', 'Connor', 'Shanice'], ['Whitfield', 'Okafor', 'Brennan', 'Castillo', 'Hargrove', 'Nguyen', 'Donnelly', 'Pruitt', 'Abernathy', 'Lindqvist'], 'fl'],
  de: [['Jürgen', 'Annika', 'Lukas', 'Friederike', 'Matthias', 'Ilse', 'Torben', 'Sabine'], ['Schröder', 'Weißmann', 'Kowalczyk', 'Hoffmann', 'Brandt', 'Oberländer', 'Vogt', 'Krüger'], 'fl'],
  fr: [['Amélie', 'Théo', 'Margaux', 'Jérôme', 'Séverine', 'Baptiste', 'Océane', 'Rémi'], ['Lefèvre', 'Dubois-Martin', 'Garnier', 'Rousseau', 'Bénard', 'Chevalier', 'Lacroix', 'Fontaine'], 'fl'],
  es: [['Alejandro', 'Lucía', 'Íñigo', 'Marisol', 'Joaquín', 'Nuria', 'Rodrigo', 'Ainhoa'], ['García Pérez', 'Iturbe', 'Montoya', 'Sánchez', 'Villanueva', 'Ochoa', 'Carrasco', 'Zubiría'], 'fl'],
  pt: [['João', 'Beatriz', 'Thiago', 'Luíza', 'Gonçalo', 'Fernanda', 'Caio', 'Inês'], ['Gonçalves', 'Albuquerque', 'Nascimento', 'Ferreira da Silva', 'Magalhães', 'Rocha', 'Teixeira', 'Barros'], 'fl'],
  it: [['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Federica', 'Alessandro', 'Ilaria', 'Niccolò'], ['Esposito', 'Bianchi', 'Ferraro', 'Colombo', 'De Luca', 'Marchetti', 'Galli', 'Santoro'], 'fl'],
  nl: [['Sanne', 'Joris', 'Femke', 'Bram', 'Lieke', 'Thijs', 'Marloes', 'Wouter'], ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'van Dijk', 'Mulder'], 'fl'],
  pl: [['Katarzyna', 'Łukasz', 'Agnieszka', 'Paweł', 'Małgorzata', 'Grzegorz', 'Zofia', 'Wojciech'], ['Wiśniewska', 'Nowak', 'Zieliński', 'Wójcik', 'Kamińska', 'Lewandowski', 'Szymańska', 'Dąbrowski'], 'fl'],
  sv: [['Linnéa', 'Oskar', 'Ebba', 'Björn', 'Maja', 'Henrik', 'Saga', 'Olle'], ['Lindström', 'Bergqvist', 'Åkesson', 'Nyberg', 'Sjöberg', 'Holm', 'Ekström', 'Dahl'], 'fl'],
  cs: [['Tereza', 'Jiří', 'Lucie', 'Ondřej', 'Kateřina', 'Tomáš', 'Veronika', 'Radek'], ['Dvořáková', 'Novotný', 'Procházka', 'Černá', 'Kučera', 'Veselý', 'Horáková', 'Marek'], 'fl'],
  tr: [['Elif', 'Mehmet', 'Zeynep', 'Emre', 'Ayşe', 'Burak', 'Gülşen', 'Oğuz'], ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Arslan'], 'fl'],
  ru: [['Дмитрий', 'Анастасия', 'Сергей', 'Екатерина', 'Алексей', 'Ольга', 'Никита', 'Татьяна'], ['Смирнов', 'Кузнецова', 'Попов', 'Волкова', 'Соколов', 'Лебедева', 'Козлов', 'Морозова'], 'fl'],
  uk: [['Олександр', 'Оксана', 'Тарас', 'Ганна', 'Богдан', 'Ірина', 'Андрій', 'Соломія'], ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткачук', 'Кравець', 'Мельник', 'Гнатюк', 'Олійник'], 'fl'],
  ja: [['翔太', '美咲', '大輔', '陽菜', '健一', '由美', '蓮', 'さくら'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村'], 'lf'],
  jaLatn: [['Haruto', 'Yui', 'Kenji', 'Aiko', 'Takumi', 'Naoko'], ['Yamamoto', 'Kobayashi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi'], 'fl'],
  zh: [['伟', '秀英', '志强', '丽娜', '浩然', '雨桐', '俊杰', '婷婷'], ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'], 'lf'],
  zhLatn: [['Wei', 'Xiuying', 'Zhiqiang', 'Lina', 'Haoran', 'Yutong'], ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang'], 'fl'],
  ko: [['민준', '서연', '지훈', '하은', '도윤', '수빈', '현우', '지민'], ['김', '이', '박', '최', '정', '강', '조', '윤'], 'lf'],
  hi: [['Aarav', 'Priya', 'Vikram', 'Ananya', 'Rohan', 'Sneha', 'Arjun', 'Kavya'], ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Banerjee', 'Gupta', 'Nair', 'Chatterjee'], 'fl'],
  hiDeva: [['राहुल', 'पूजा', 'अमित', 'नेहा', 'संजय', 'दीपिका'], ['शर्मा', 'वर्मा', 'सिंह', 'मिश्रा', 'यादव', 'जोशी'], 'fl'],
  vi: [['Minh', 'Lan', 'Quang', 'Thảo', 'Đức', 'Ngọc Anh', 'Tuấn', 'Hương'], ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'], 'lf'],
  id: [['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Hendra', 'Ayu'], ['Santoso', 'Wijaya', 'Pratama', 'Kusuma', 'Hidayat', 'Saputra', 'Nugroho', 'Lestari'], 'fl'],
  ar: [['محمد', 'فاطمة', 'أحمد', 'مريم', 'خالد', 'نور', 'يوسف', 'ليلى'], ['العتيبي', 'الحسن', 'منصور', 'الزهراني', 'حداد', 'السيد', 'القحطاني', 'عبد الله'], 'fl'],
  arLatn: [['Omar', 'Layla', 'Youssef', 'Fatima', 'Karim', 'Samira'], ['Al-Mansouri', 'Haddad', 'El-Sayed', 'Benali', 'Khoury', 'Nasser'], 'fl'],
  he: [['נועה', 'איתי', 'מיכל', 'יונתן', 'שירה', 'אורי'], ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם'], 'fl'],
  th: [['สมชาย', 'นภา', 'ธนากร', 'พิมพ์ชนก', 'วีระ', 'กนกวรรณ'], ['ศรีสุข', 'วงศ์ใหญ่', 'แก้วมณี', 'บุญมา', 'ทองดี', 'สุขสวัสดิ์'], 'fl'],
  el: [['Γιώργος', 'Ελένη', 'Νίκος', 'Κατερίνα', 'Δημήτρης', 'Σοφία'], ['Παπαδόπουλος', 'Παπαδοπούλου', 'Γεωργίου', 'Οικονόμου', 'Νικολάου', 'Βασιλείου'], 'fl'],
  ro: [['Andrei', 'Ioana', 'Mihai', 'Elena', 'Răzvan', 'Bianca'], ['Popescu', 'Ionescu', 'Dumitrescu', 'Stănescu', 'Constantinescu', 'Munteanu'], 'fl'],
  hu: [['Bence', 'Zsófia', 'Máté', 'Eszter', 'Gergely', 'Réka'], ['Nagy', 'Kovács', 'Szabó', 'Tóth', 'Horváth', 'Varga'], 'lf'],
  fi: [['Aino', 'Eetu', 'Helmi', 'Juho', 'Siiri', 'Ville'], ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Järvinen'], 'fl'],
  da: [['Mette', 'Søren', 'Freja', 'Rasmus', 'Ida', 'Mikkel'], ['Jørgensen', 'Nielsen', 'Rasmussen', 'Kjær', 'Østergaard', 'Madsen'], 'fl'],
  no: [['Ingrid', 'Håkon', 'Sigrid', 'Eirik', 'Solveig', 'Magnus'], ['Haugen', 'Johansen', 'Bakken', 'Lunde', 'Strand', 'Aas'], 'fl'],
  yo: [['Adebayo', 'Chiamaka', 'Oluwaseun', 'Ngozi', 'Emeka', 'Folake'], ['Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Oyelaran', 'Nwosu'], 'fl'],
  sw: [['Wanjiru', 'Baraka', 'Amani', 'Njeri', 'Juma', 'Zawadi'], ['Mwangi', 'Otieno', 'Kamau', 'Wekesa', 'Achieng', 'Mutua'], 'fl'],
};
export const LOCALES = Object.keys(NAMES);
export function person(r, loc) {
  loc = loc || r.pick(LOCALES); const [f, l, ord] = NAMES[loc]; const fi = r.int(0, f.length - 1); const fn = f[fi];
  let li = r.int(0, l.length - 1); if (['ru', 'uk', 'el', 'pl', 'cs'].includes(loc)) li = (li & ~1) | (fi & 1); const ln = l[Math.min(li, l.length - 1)];
  const cjk = ['ja', 'zh', 'ko'].includes(loc);
  const full = ord === 'lf' ? (cjk ? ln + fn : `${ln} ${fn}`) : `${fn} ${ln}`;
  return { first: fn, last: ln, full, loc, ascii: /^[\x20-\x7e]+$/.test(fn + ln) };
}
const TRANS = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', å: 'a', ø: 'o', æ: 'ae', é: 'e', è: 'e', ê: 'e', ë: 'e', á: 'a', à: 'a', â: 'a', ã: 'a', í: 'i', ì: 'i', î: 'i', ó: 'o', ò: 'o', ô: 'o', õ: 'o', ú: 'u', ù: 'u', û: 'u', ç: 'c', ñ: 'n', ł: 'l', ś: 's', ź: 'z', ż: 'z', ą: 'a', ę: 'e', ć: 'c', ń: 'n', č: 'c', ř: 'r', š: 's', ž: 'z', ý: 'y', ě: 'e', ů: 'u', ť: 't', ď: 'd', ı: 'i', ğ: 'g', ş: 's', ă: 'a', ș: 's', ț: 't', đ: 'd', ạ: 'a', ả: 'a', ọ: 'o', ố: 'o', ộ: 'o', ơ: 'o', ư: 'u', ễ: 'e', ấ: 'a' };
const slug = (s) => s.toLowerCase().split('').map((c) => TRANS[c] ?? c).join('').normalize('NFD').replace(/[^a-z0-9]/g, '');
export const DOMAINS = ['acme.example', 'mail.test', 'globex.example', 'initech.test', 'post.invalid', 'kundenservice.example', 'correo.test', 'umbrella-corp.example', 'hooli.test', 'northwind.example', 'contoso.test', 'fabrikam.example', 'tyrell.test', 'wayne-ent.example', 'soylent.test', 'pm.invalid'];
const ROMAN = ['alex', 'sam', 'kim', 'lee', 'max', 'nico', 'ren', 'yuki', 'dana', 'ari', 'joss', 'mika'];
export function email(r, p) {
  let f = p ? slug(p.first) : '', l = p ? slug(p.last) : '';
  if (!f) f = r.pick(ROMAN); if (!l) l = r.pick(['ops', 'chen', 'park', 'dev', 'lim', 'ito', 'team']) + r.int(1, 99);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${r.int(1, 99)}`, `${f}+${r.pick(['billing', 'ci', 'test', 'shop'])}`, `${l}.${f}`, `${f}${r.int(70, 99)}`, `${f}-${l}`]);
  return `${local}@${r.pick(DOMAINS)}`;
}
// phones: [country, national format fn, intl format fn]
const nd = (r, n) => r.digits(n);
const nz = (r) => String(r.int(2, 9));
export const PHONE_FMTS = {
  US: (r) => { const a = r.pick(['212', '415', '312', '617', '206', '303', '512', '646', '702', '919', '470', '628']); const ex = nz(r) + nd(r, 2); const sub = String(r.int(0, 9999)).padStart(4, '0'); const x = ex === '555' ? '556' : ex; return r.pick([`(${a}) ${x}-${sub}`, `${a}-${x}-${sub}`, `+1 ${a} ${x} ${sub}`, `+1-${a}-${x}-${sub}`, `${a}.${x}.${sub}`]); },
  CA: (r) => { const a = r.pick(['416', '604', '514', '403', '613', '647']); return r.pick([`(${a}) ${nz(r)}${nd(r, 2)}-${nd(r, 4)}`, `+1 ${a}-${nz(r)}${nd(r, 2)}-${nd(r, 4)}`]); },
  GB: (r) => r.pick([`07${r.int(400, 999)} ${nd(r, 6)}`, `+44 7${r.int(400, 999)} ${nd(r, 6)}`, `020 7${nd(r, 3)} ${nd(r, 4)}`, `+44 20 7${nd(r, 3)} ${nd(r, 4)}`, `0161 ${nz(r)}${nd(r, 2)} ${nd(r, 4)}`]),
  DE: (r) => r.pick([`0151 ${nd(r, 8)}`, `+49 151 ${nd(r, 8)}`, `+49 170 ${nd(r, 7)}`, `030 ${nz(r)}${nd(r, 7)}`, `+49 89 ${nz(r)}${nd(r, 7)}`, `0176 ${nd(r, 4)} ${nd(r, 4)}`]),
  FR: (r) => { const g = () => nd(r, 2); const m = r.pick(['6', '7']); return r.pick([`0${m} ${g()} ${g()} ${g()} ${g()}`, `+33 ${m} ${g()} ${g()} ${g()} ${g()}`, `01 ${g()} ${g()} ${g()} ${g()}`, `+33 (0)${m} ${g()}${g()}${g()}${g()}`]); },
  IN: (r) => { const a = r.pick(['98', '97', '96', '91', '88', '70']) + nd(r, 3); return r.pick([`+91 ${a} ${nd(r, 5)}`, `0${a} ${nd(r, 5)}`, `+91-${a}${nd(r, 5)}`]); },
  BR: (r) => { const dd = r.pick(['11', '21', '31', '41', '51', '61']); return r.pick([`(${dd}) 9${nd(r, 4)}-${nd(r, 4)}`, `+55 ${dd} 9${nd(r, 4)}-${nd(r, 4)}`, `+55 ${dd} ${r.int(2, 5)}${nd(r, 3)}-${nd(r, 4)}`]); },
  JP: (r) => { const p = r.pick(['090', '080', '070']); return r.pick([`${p}-${nd(r, 4)}-${nd(r, 4)}`, `+81 ${p.slice(1)}-${nd(r, 4)}-${nd(r, 4)}`, `03-${nd(r, 4)}-${nd(r, 4)}`, `+81 3 ${nd(r, 4)} ${nd(r, 4)}`]); },
  AU: (r) => r.pick([`04${nd(r, 2)} ${nd(r, 3)} ${nd(r, 3)}`, `+61 4${nd(r, 2)} ${nd(r, 3)} ${nd(r, 3)}`, `(02) ${nz(r)}${nd(r, 3)} ${nd(r, 4)}`, `+61 2 ${nz(r)}${nd(r, 3)} ${nd(r, 4)}`]),
  ES: (r) => r.pick([`6${nd(r, 2)} ${nd(r, 3)} ${nd(r, 3)}`, `+34 6${nd(r, 2)} ${nd(r, 2)} ${nd(r, 2)} ${nd(r, 2)}`, `91 ${nd(r, 3)} ${nd(r, 2)} ${nd(r, 2)}`]),
  IT: (r) => r.pick([`3${r.int(20, 49)} ${nd(r, 3)} ${nd(r, 4)}`, `+39 3${r.int(20, 49)} ${nd(r, 7)}`, `06 ${nd(r, 4)} ${nd(r, 4)}`, `+39 02 ${nd(r, 8)}`]),
  NL: (r) => r.pick([`06-${nz(r)}${nd(r, 7)}`, `+31 6 ${nz(r)}${nd(r, 7)}`, `020-${nz(r)}${nd(r, 6)}`, `+31 (0)6 ${nz(r)}${nd(r, 3)} ${nd(r, 4)}`]),
  MX: (r) => r.pick([`+52 55 ${nd(r, 4)} ${nd(r, 4)}`, `55 ${nd(r, 4)} ${nd(r, 4)}`, `+52 1 33 ${nd(r, 4)} ${nd(r, 4)}`, `+52 81 ${nd(r, 4)} ${nd(r, 4)}`]),
  PL: (r) => r.pick([`+48 ${r.pick(['5', '6', '7', '8'])}${nd(r, 2)} ${nd(r, 3)} ${nd(r, 3)}`, `${r.pick(['5', '6', '7'])}${nd(r, 2)}-${nd(r, 3)}-${nd(r, 3)}`]),
  SE: (r) => r.pick([`070-${nd(r, 3)} ${nd(r, 2)} ${nd(r, 2)}`, `+46 70 ${nd(r, 3)} ${nd(r, 2)} ${nd(r, 2)}`, `08-${nd(r, 3)} ${nd(r, 3)} ${nd(r, 2)}`]),
  TR: (r) => r.pick([`+90 5${nd(r, 2)} ${nd(r, 3)} ${nd(r, 2)} ${nd(r, 2)}`, `0 (5${nd(r, 2)}) ${nd(r, 3)} ${nd(r, 2)} ${nd(r, 2)}`]),
  KR: (r) => r.pick([`010-${nd(r, 4)}-${nd(r, 4)}`, `+82 10-${nd(r, 4)}-${nd(r, 4)}`, `02-${nd(r, 4)}-${nd(r, 4)}`]),
  CN: (r) => { const p = '1' + r.pick(['38', '39', '58', '86', '36', '77']); return r.pick([`+86 ${p} ${nd(r, 4)} ${nd(r, 4)}`, `${p}${nd(r, 8)}`]); },
  ZA: (r) => r.pick([`+27 82 ${nd(r, 3)} ${nd(r, 4)}`, `082 ${nd(r, 3)} ${nd(r, 4)}`]),
  NG: (r) => r.pick([`+234 803 ${nd(r, 3)} ${nd(r, 4)}`, `0803 ${nd(r, 3)} ${nd(r, 4)}`]),
  VN: (r) => r.pick([`+84 9${nd(r, 1)} ${nd(r, 3)} ${nd(r, 4)}`, `09${nd(r, 2)} ${nd(r, 3)} ${nd(r, 3)}`]),
  ID: (r) => r.pick([`+62 812-${nd(r, 4)}-${nd(r, 4)}`, `0812 ${nd(r, 4)} ${nd(r, 4)}`]),
  IL: (r) => r.pick([`+972 5${r.int(0, 8)}-${nd(r, 3)}-${nd(r, 4)}`, `05${r.int(0, 8)}-${nd(r, 3)}-${nd(r, 4)}`]),
  GR: (r) => r.pick([`+30 69${nd(r, 1)} ${nd(r, 3)} ${nd(r, 4)}`, `69${nd(r, 2)} ${nd(r, 6)}`]),
  RO: (r) => r.pick([`+40 7${nd(r, 2)} ${nd(r, 3)} ${nd(r, 3)}`, `07${nd(r, 2)} ${nd(r, 3)} ${nd(r, 3)}`]),
  CZ: (r) => r.pick([`+420 6${nd(r, 2)} ${nd(r, 3)} ${nd(r, 3)}`, `7${nd(r, 2)} ${nd(r, 3)} ${nd(r, 3)}`]),
  UA: (r) => r.pick([`+380 67 ${nd(r, 3)} ${nd(r, 2)} ${nd(r, 2)}`, `067 ${nd(r, 3)} ${nd(r, 2)} ${nd(r, 2)}`]),
  FI: (r) => r.pick([`+358 40 ${nd(r, 3)} ${nd(r, 4)}`, `040 ${nd(r, 3)} ${nd(r, 4)}`]),
  DK: (r) => r.pick([`+45 ${r.int(20, 31)} ${nd(r, 2)} ${nd(r, 2)} ${nd(r, 2)}`]),
  NO: (r) => r.pick([`+47 ${r.pick(['4', '9'])}${nd(r, 2)} ${nd(r, 2)} ${nd(r, 3)}`]),
  HU: (r) => r.pick([`+36 30 ${nd(r, 3)} ${nd(r, 4)}`, `06 30 ${nd(r, 3)} ${nd(r, 4)}`]),
  TH: (r) => r.pick([`+66 8${nd(r, 1)} ${nd(r, 3)} ${nd(r, 4)}`, `08${nd(r, 1)}-${nd(r, 3)}-${nd(r, 4)}`]),
  SA: (r) => r.pick([`+966 5${nd(r, 1)} ${nd(r, 3)} ${nd(r, 4)}`, `05${nd(r, 1)} ${nd(r, 3)} ${nd(r, 4)}`]),
  KE: (r) => r.pick([`+254 7${nd(r, 2)} ${nd(r, 3)} ${nd(r, 3)}`, `07${nd(r, 2)} ${nd(r, 3)}${nd(r, 3)}`]),
};
const LOC_CC = { en: ['US', 'GB', 'CA', 'AU'], de: ['DE'], fr: ['FR'], es: ['ES', 'MX'], pt: ['BR'], it: ['IT'], nl: ['NL'], pl: ['PL'], sv: ['SE'], cs: ['CZ'], tr: ['TR'], ru: ['DE', 'FI'], uk: ['UA'], ja: ['JP'], jaLatn: ['JP'], zh: ['CN'], zhLatn: ['CN'], ko: ['KR'], hi: ['IN'], hiDeva: ['IN'], vi: ['VN'], id: ['ID'], ar: ['SA'], arLatn: ['SA', 'FR'], he: ['IL'], th: ['TH'], el: ['GR'], ro: ['RO'], hu: ['HU'], fi: ['FI'], da: ['DK'], no: ['NO'], yo: ['NG'], sw: ['KE'] };
export function phone(r, cc) { cc = cc || r.pick(Object.keys(PHONE_FMTS)); return PHONE_FMTS[cc](r); }
export const ccFor = (r, loc) => r.pick(LOC_CC[loc] || ['US']);
// street address lines, cities, countries
const STREETS = {
  US: (r) => `${r.int(100, 9899)} ${r.pick(['Maple Ave', 'W 43rd St', 'Pine Ridge Rd', 'Elm Street', 'Lakeshore Blvd', 'Mission St', 'Old Mill Ln'])}${r.bool(0.3) ? `, Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C'])}` : ''}`,
  GB: (r) => `${r.int(1, 220)} ${r.pick(['Hawthorn Road', 'Kingsley Avenue', 'Queen Street', 'Cromwell Gardens', 'Mill Lane'])}`,
  DE: (r) => `${r.pick(['Lindenstraße', 'Hauptstr.', 'Schillerweg', 'Am Kirchberg', 'Goethestraße'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`,
  FR: (r) => `${r.int(1, 90)} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la Paix', 'impasse des Tilleuls'])}`,
  ES: (r) => `${r.pick(['Calle de Alcalá', 'Avenida Diagonal', 'Calle Mayor', 'Paseo de Gracia'])} ${r.int(1, 300)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izq.'])}`,
  IT: (r) => `${r.pick(['Via Roma', 'Via Garibaldi', 'Corso Buenos Aires', 'Viale Mazzini'])} ${r.int(1, 200)}`,
  NL: (r) => `${r.pick(['Keizersgracht', 'Prinsengracht', 'Dorpsstraat', 'Stationsweg'])} ${r.int(1, 400)}`,
  BR: (r) => `${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Av. Atlântica'])}, ${r.int(10, 2500)}`,
  JP: (r) => r.pick([`東京都渋谷区神南${r.int(1, 3)}-${r.int(1, 20)}-${r.int(1, 15)}`, `大阪府大阪市北区梅田${r.int(1, 3)}丁目${r.int(1, 9)}-${r.int(1, 20)}`]),
  PL: (r) => `ul. ${r.pick(['Marszałkowska', 'Długa', 'Piękna', 'Floriańska'])} ${r.int(1, 120)}/${r.int(1, 40)}`,
  SE: (r) => `${r.pick(['Drottninggatan', 'Storgatan', 'Sveavägen', 'Kungsgatan'])} ${r.int(1, 90)}`,
  TR: (r) => `${r.pick(['Bağdat Caddesi', 'İstiklal Cad.', 'Atatürk Bulvarı'])} No: ${r.int(1, 300)}`,
  RU: (r) => `ул. ${r.pick(['Тверская', 'Ленина', 'Пушкина', 'Садовая'])}, д. ${r.int(1, 90)}, кв. ${r.int(1, 200)}`,
  KR: (r) => `서울특별시 ${r.pick(['강남구 테헤란로', '마포구 월드컵북로', '종로구 세종대로'])} ${r.int(1, 500)}`,
  CN: (r) => `${r.pick(['北京市朝阳区建国路', '上海市浦东新区世纪大道', '深圳市南山区科技园路'])}${r.int(1, 999)}号`,
  IN: (r) => `${r.int(1, 400)}, ${r.pick(['MG Road', '12th Main, Indiranagar', 'Linking Road, Bandra West', 'Park Street'])}`,
  AU: (r) => `${r.int(1, 300)} ${r.pick(['George St', 'Collins Street', 'Queen St', 'Hay Street'])}`,
};
const CITIES = ['Chicago', 'Seattle', 'Austin', 'Manchester', 'Leeds', 'München', 'Hamburg', 'Köln', 'Lyon', 'Marseille', 'Toulouse', 'Sevilla', 'Valencia', 'Bilbao', 'São Paulo', 'Belo Horizonte', 'Porto Alegre', 'Milano', 'Torino', 'Bologna', 'Utrecht', 'Rotterdam', 'Kraków', 'Gdańsk', 'Wrocław', 'Göteborg', 'Malmö', 'Brno', 'İzmir', 'Ankara', 'Новосибирск', 'Екатеринбург', 'Львів', 'Харків', '横浜', '札幌', '福岡', '成都', '杭州', '부산', '대구', 'Pune', 'Bengaluru', 'Hà Nội', 'Đà Nẵng', 'Surabaya', 'Bandung', 'الرياض', 'جدة', 'חיפה', 'เชียงใหม่', 'Θεσσαλονίκη', 'Cluj-Napoca', 'Debrecen', 'Tampere', 'Aarhus', 'Bergen', 'Lagos', 'Nairobi', 'Toronto', 'Vancouver', 'Melbourne', 'Guadalajara', 'Monterrey', 'Bristol', 'Edinburgh'];
const COUNTRIES = ['Germany', 'Deutschland', 'France', 'España', 'Brasil', 'Italia', 'Nederland', 'Polska', 'Sverige', 'Česko', 'Türkiye', 'Россия', 'Україна', '日本', '中国', '대한민국', 'India', 'Việt Nam', 'Indonesia', 'المملكة العربية السعودية', 'ישראל', 'ประเทศไทย', 'Ελλάδα', 'România', 'Magyarország', 'Suomi', 'Danmark', 'Norge', 'Nigeria', 'Kenya', 'Canada', 'Australia', 'México', 'United Kingdom', 'United States', 'Ireland', 'Portugal', 'Austria', 'Switzerland'];
export const street = (r, cc) => (STREETS[cc] || STREETS[r.pick(Object.keys(STREETS))])(r);
export const STREET_CCS = Object.keys(STREETS);
export const city = (r) => r.pick(CITIES);
export const country = (r) => r.pick(COUNTRIES);
export function ipv4(r) {
  for (;;) {
    const a = r.int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203, 224].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}
export const ipv4Private = (r) => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, `192.168.${r.int(0, 255)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`]);
export const ipv6 = (r) => `${r.pick(['2a02', '2600', '2a01', '2001:4860', '2406', '2804', '2c0f'])}:${r.hex(4).replace(/^0+/, '') || '0'}:${r.hex(4).replace(/^0+/, '') || '0'}:${r.hex(3)}::${r.hex(4).replace(/^0+/, '') || '1'}`;
export const clientIp = (r) => r.weighted([[ipv4, 6], [ipv6, 2], [ipv4Private, 1]])(r);
// cards
const TEST_CARDS = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '4000056655665556', '6011111111111117', '3530111333300000', '5105105105105100', '4012888888881881', '371449635398431', '30569309025904', '38520000023237', '6011000990139424', '3566002020360505', '5200828282828210', '2223003122003222', '4000000000000002', '4000002500003155', '4000000000009995']);
export const VENDOR_TEST_CARDS = [...TEST_CARDS];
export function cardNumber(r, brand) {
  brand = brand || r.weighted([['visa', 5], ['mc', 4], ['mc2', 1], ['amex', 2], ['discover', 1], ['jcb', 1], ['diners', 1]]);
  for (;;) {
    let pre, len;
    switch (brand) {
      case 'visa': pre = '4'; len = 16; break;
      case 'mc': pre = String(r.int(51, 55)); len = 16; break;
      case 'mc2': pre = String(r.int(2221, 2720)); len = 16; break;
      case 'amex': pre = r.pick(['34', '37']); len = 15; break;
      case 'discover': pre = r.pick(['6011', '65', String(r.int(644, 649))]); len = 16; break;
      case 'jcb': pre = String(r.int(3528, 3589)); len = 16; break;
      default: pre = r.pick(['36', '300', '305', '38']); len = 14;
    }
    const body = pre + r.digits(len - 1 - pre.length); const n = body + luhnDigit(body);
    if (!TEST_CARDS.has(n) && luhnValid(n) && cardBrand(n) && !/(\d)\1{5}/.test(n)) return n;
  }
}
export function fmtCard(r, n) {
  const s = r.weighted([['plain', 3], ['space', 3], ['dash', 1]]); if (s === 'plain') return n;
  const sep = s === 'space' ? ' ' : '-';
  if (n.length === 15) return `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`;
  if (n.length === 14) return `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`;
  return n.match(/.{4}/g).join(sep);
}
export const card = (r, brand) => fmtCard(r, cardNumber(r, brand));
const BBAN = { DE: 'n18', FR: 'n10c11n2', GB: 'a4n14', ES: 'n20', IT: 'a1n10c12', NL: 'a4n10', BE: 'n12', AT: 'n16', CH: 'n5c12', PL: 'n24', SE: 'n20', DK: 'n14', FI: 'n14', NO: 'n11', PT: 'n21', IE: 'a4n14', CZ: 'n20', RO: 'a4c16', HU: 'n24', TR: 'n5n1c16', GR: 'n7c16', SA: 'n2c18', AE: 'n19', LU: 'n3c13', HR: 'n17', SK: 'n20', BG: 'a4n6c8', LT: 'n16', SI: 'n15', IL: 'n19', BR: 'n23a1c1' };
export const IBAN_CCS = Object.keys(BBAN);
export function ibanRaw(r, cc) {
  cc = cc || r.pick(IBAN_CCS); let b = '';
  for (const [, t, n] of BBAN[cc].matchAll(/([anc])(\d+)/g)) b += r.str(t === 'a' ? UPPER : t === 'n' ? D : UPPER + D, +n);
  if (cc === 'TR') b = b.slice(0, 5) + '0' + b.slice(6);
  const iban = cc + ibanCheck(cc, b) + b; if (iban.length !== IBAN_LEN[cc]) throw new Error('iban len ' + cc); return iban;
}
export const fmtIban = (r, s) => r.bool(0.55) ? s.match(/.{1,4}/g).join(' ') : s;
export const iban = (r, cc) => fmtIban(r, ibanRaw(r, cc));
export function ssn(r) {
  let a; do a = r.int(1, 899); while (a === 666);
  const s = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
  return r.weighted([[s.join('-'), 6], [s.join(' '), 1], [s.join(''), 1]]);
}
export function itin(r) { const g = r.pick([...Array.from({ length: 16 }, (_, i) => 50 + i), ...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return `9${r.digits(2)}-${g}-${String(r.int(1, 9999)).padStart(4, '0')}`; }
export const usPassport = (r) => r.bool(0.6) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'C', 'E', 'Z']) + r.digits(8);
export const usDriverLicense = (r) => r.pick([() => r.str(UPPER, 1) + r.digits(7), () => r.digits(9), () => r.str(UPPER, 1) + r.digits(12), () => r.digits(8), () => `${r.str(UPPER, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, () => 'WDL' + r.str(UPPER + D, 9)])();
export const usBankNumber = (r) => r.digits(r.int(9, 14));
export function nhs(r) { for (;;) { const nine = String(r.int(400, 799)) + r.digits(6); const c = nhsCheck(nine); if (c === 10) continue; const n = nine + c; return r.bool(0.7) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n; } }
export function dea(r, lastName) { const L = (lastName && /^[A-Za-z]/.test(lastName) ? lastName[0].toUpperCase() : r.str(UPPER, 1)); const six = r.digits(6); return r.pick(['A', 'B', 'F', 'M']) + L + six + deaDigit(six); }
export function btc(r) {
  const t = r.weighted([['p2pkh', 3], ['p2sh', 2], ['bech32', 4]]);
  if (t === 'bech32') return bech32Encode('bc', [0, ...to5bit(r.bytes(20))]);
  return b58check(Buffer.concat([Buffer.from([t === 'p2pkh' ? 0 : 5]), r.bytes(20)]));
}
export const username = (r, p) => (slug(p.first) || r.pick(ROMAN)).slice(0, 8) + (r.bool() ? r.int(1, 99) : '');
