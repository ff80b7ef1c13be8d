// PII value generators: names of many cultures, phones in national numbering plans, addresses,
// cards, IBANs, US identifiers, BTC, DEA, NHS.
import { DIG, UPPER, B62 } from './rng.mjs';
import { luhnComplete, ibanCheckDigits, IBAN_LEN, nhsCheck, deaCheck, b58check, bech32Encode, sha256 } from './checks.mjs';

// [first names], [last names], optional romanization map for e-mail local parts, family-name-first flag
const C = {
  en: { f: ['Jessica', 'Marcus', 'Brianna', 'Tyler', 'Denise', 'Kevin', 'Shanice', 'Connor', 'Olivia', 'Raymond', 'Megan', 'Darnell'], l: ['Thompson', 'Ramirez', 'Okafor', 'Sullivan', 'Nguyen', 'Patel', 'Washington', 'Kowalski', 'Henderson', 'Brooks', 'Fitzgerald', 'Castillo'], cc: 'US' },
  gb: { f: ['Siobhan', 'Callum', 'Imogen', 'Rhys', 'Harriet', 'Alfie', 'Priya', 'Niamh'], l: ['Pemberton', 'McAllister', 'Evans', 'Bhatt', 'Whitfield', 'Doyle', 'Ashworth', 'Clarke'], cc: 'GB' },
  de: { f: ['Jürgen', 'Sabine', 'Lukas', 'Anneliese', 'Maximilian', 'Birgit', 'Jonas', 'Katharina'], l: ['Müller', 'Schäfer', 'Weißenborn', 'Hoffmann', 'Krüger', 'Vogt', 'Zimmermann', 'Brandt'], cc: 'DE' },
  fr: { f: ['Étienne', 'Maëlle', 'Benoît', 'Océane', 'Hélène', 'Jérôme', 'Camille', 'Loïc'], l: ['Lefèvre', 'Dubois', 'Garnier', 'Chevalier', 'Rousseau', 'Faure', 'Benoît-Lambert', 'Mercier'], cc: 'FR' },
  es: { f: ['Alejandro', 'Lucía', 'Íñigo', 'Begoña', 'Javier', 'Nerea', 'Mónica', 'Sergio'], l: ['García Ortega', 'Martínez', 'Fernández', 'Ruiz de Alda', 'Navarro', 'Iglesias', 'Peña', 'Domínguez'], cc: 'ES' },
  mx: { f: ['Guadalupe', 'Héctor', 'Ximena', 'Rodrigo', 'Itzel'], l: ['Hernández', 'Villalobos', 'Cuauhtémoc Reyes', 'Zúñiga', 'Escobedo'], cc: 'MX' },
  pt: { f: ['João', 'Conceição', 'Thiago', 'Luíza', 'Gonçalo', 'Beatriz', 'Caio', 'Letícia'], l: ['Gonçalves', 'Albuquerque', 'Conceição', 'Magalhães', 'Araújo', 'Figueiredo', 'Sousa', 'Batista'], cc: 'BR' },
  it: { f: ['Giuseppe', 'Chiara', 'Lorenzo', 'Francesca', 'Niccolò', 'Giulia', 'Matteo', 'Federica'], l: ['Esposito', 'Colombo', 'De Luca', 'Ricci', 'Bianchi', 'Fontana', 'Mazzanti', 'Caruso'], cc: 'IT' },
  nl: { f: ['Sanne', 'Joost', 'Femke', 'Daan', 'Marloes', 'Pieter', 'Lieke', 'Bram'], l: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'van Dijk', 'Visser', 'Smit', 'Mulder'], cc: 'NL' },
  pl: { f: ['Małgorzata', 'Krzysztof', 'Agnieszka', 'Paweł', 'Zofia', 'Wojciech', 'Katarzyna', 'Łukasz'], l: ['Wiśniewska', 'Kowalczyk', 'Wójcik', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Lewandowska', 'Kamiński'], cc: 'PL' },
  sv: { f: ['Åsa', 'Björn', 'Linnéa', 'Oskar', 'Ingrid', 'Henrik'], l: ['Lindqvist', 'Johansson', 'Öberg', 'Bergström', 'Nyström', 'Karlsson'], cc: 'SE' },
  cs: { f: ['Jiří', 'Lucie', 'Tomáš', 'Kateřina', 'Ondřej', 'Veronika'], l: ['Novák', 'Dvořáková', 'Procházka', 'Černá', 'Kučera', 'Veselá'], cc: 'CZ' },
  tr: { f: ['Ayşe', 'Mehmet', 'Zeynep', 'Emre', 'Gülşen', 'Burak'], l: ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Kaya', 'Doğan'], cc: 'TR' },
  ru: { f: ['Екатерина', 'Дмитрий', 'Ольга', 'Алексей', 'Наталья', 'Сергей'], l: ['Смирнова', 'Иванов', 'Кузнецова', 'Попов', 'Соколова', 'Лебедев'], rf: ['ekaterina', 'dmitry', 'olga', 'alexey', 'natalia', 'sergey'], rl: ['smirnova', 'ivanov', 'kuznetsova', 'popov', 'sokolova', 'lebedev'], cc: 'RU' },
  uk: { f: ['Оксана', 'Тарас', 'Ірина', 'Богдан', 'Соломія', 'Андрій'], l: ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткачук', 'Мельник', 'Кравчук'], rf: ['oksana', 'taras', 'iryna', 'bohdan', 'solomiia', 'andrii'], rl: ['shevchenko', 'kovalenko', 'bondarenko', 'tkachuk', 'melnyk', 'kravchuk'], cc: 'UA' },
  ja: { f: ['陽菜', '翔太', '美咲', '大輔', 'さくら', '健一'], l: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤'], rf: ['hina', 'shota', 'misaki', 'daisuke', 'sakura', 'kenichi'], rl: ['sato', 'suzuki', 'takahashi', 'tanaka', 'watanabe', 'ito'], cc: 'JP', famFirst: true, sep: '' },
  zh: { f: ['伟', '秀英', '子轩', '静怡', '浩然', '雨桐'], l: ['王', '李', '张', '刘', '陈', '杨'], rf: ['wei', 'xiuying', 'zixuan', 'jingyi', 'haoran', 'yutong'], rl: ['wang', 'li', 'zhang', 'liu', 'chen', 'yang'], cc: 'CN', famFirst: true, sep: '' },
  ko: { f: ['지훈', '서연', '민준', '하은', '도윤', '수빈'], l: ['김', '이', '박', '최', '정', '강'], rf: ['jihoon', 'seoyeon', 'minjun', 'haeun', 'doyoon', 'subin'], rl: ['kim', 'lee', 'park', 'choi', 'jung', 'kang'], cc: 'KR', famFirst: true, sep: '' },
  hi: { f: ['Aarav', 'Ananya', 'Vikram', 'Priyanka', 'Rohan', 'Sneha', 'राहुल', 'पूजा'], l: ['Sharma', 'Iyer', 'Chatterjee', 'Reddy', 'Malhotra', 'Deshpande', 'वर्मा', 'गुप्ता'], cc: 'IN' },
  vi: { f: ['Minh Anh', 'Quang Huy', 'Thu Trang', 'Đức Thắng', 'Ngọc Lan', 'Văn Hùng'], l: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ'], rf: ['minhanh', 'quanghuy', 'thutrang', 'ducthang', 'ngoclan', 'vanhung'], rl: ['nguyen', 'tran', 'le', 'pham', 'hoang', 'vo'], cc: 'VN', famFirst: true, sep: ' ' },
  id: { f: ['Putri', 'Budi', 'Siti', 'Agus', 'Dewi', 'Rizky'], l: ['Wijaya', 'Santoso', 'Kurniawan', 'Hidayat', 'Lestari', 'Saputra'], cc: 'ID' },
  ms: { f: ['Nurul Aisyah', 'Ahmad Faiz', 'Siti Hajar', 'Muhammad Irfan'], l: ['binti Abdullah', 'bin Ismail', 'binti Rahman', 'bin Hassan'], cc: 'MY' },
  ar: { f: ['محمد', 'فاطمة', 'أحمد', 'مريم', 'Youssef', 'Layla'], l: ['العتيبي', 'الحسن', 'منصور', 'الشمري', 'Haddad', 'Khalil'], rf: ['mohammed', 'fatima', 'ahmed', 'maryam', 'youssef', 'layla'], rl: ['alotaibi', 'alhassan', 'mansour', 'alshammari', 'haddad', 'khalil'], cc: 'AE' },
  he: { f: ['נועה', 'איתי', 'תמר', 'יונתן', 'Shira', 'Avi'], l: ['כהן', 'לוי', 'מזרחי', 'פרץ', 'Ben-David', 'Friedman'], rf: ['noa', 'itai', 'tamar', 'yonatan', 'shira', 'avi'], rl: ['cohen', 'levi', 'mizrahi', 'peretz', 'bendavid', 'friedman'], cc: 'IL' },
  th: { f: ['สมชาย', 'มาลี', 'ณัฐวุฒิ', 'พิมพ์ชนก'], l: ['ศรีสุข', 'วงศ์ใหญ่', 'แก้วมณี', 'บุญมา'], rf: ['somchai', 'malee', 'nattawut', 'pimchanok'], rl: ['srisuk', 'wongyai', 'kaewmanee', 'boonma'], cc: 'TH' },
  el: { f: ['Γιώργος', 'Ελένη', 'Νίκος', 'Κατερίνα'], l: ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Βασιλείου'], rf: ['giorgos', 'eleni', 'nikos', 'katerina'], rl: ['papadopoulos', 'oikonomou', 'georgiou', 'vasileiou'], cc: 'GR' },
  ro: { f: ['Andreea', 'Mihai', 'Ioana', 'Răzvan'], l: ['Popescu', 'Ionescu', 'Dumitrescu', 'Stănescu'], cc: 'RO' },
  hu: { f: ['Zsófia', 'Bence', 'Réka', 'Gergő'], l: ['Nagy', 'Kovács', 'Szabó', 'Tóth'], cc: 'HU', famFirst: true, sep: ' ' },
  fi: { f: ['Aino', 'Mikko', 'Veera', 'Juho'], l: ['Virtanen', 'Mäkinen', 'Korhonen', 'Heikkilä'], cc: 'FI' },
  da: { f: ['Mette', 'Rasmus', 'Signe', 'Søren'], l: ['Jørgensen', 'Nielsen', 'Kjær', 'Mortensen'], cc: 'DK' },
  no: { f: ['Ingrid', 'Håkon', 'Sigrid', 'Eirik'], l: ['Haugen', 'Bakke', 'Solberg', 'Østby'], cc: 'NO' },
  tl: { f: ['Maria Clara', 'Jose Rizal', 'Kristine', 'Jomar'], l: ['Dela Cruz', 'Santos', 'Bautista', 'Villanueva'], cc: 'PH' },
  sw: { f: ['Wanjiku', 'Otieno', 'Amani', 'Baraka'], l: ['Kamau', 'Odhiambo', 'Mwangi', 'Njeri'], cc: 'KE' },
  bn: { f: ['রাকিব', 'তানিয়া', 'Arif', 'Nusrat'], l: ['হোসেন', 'চৌধুরী', 'Rahman', 'Akter'], rf: ['rakib', 'tania', 'arif', 'nusrat'], rl: ['hossain', 'chowdhury', 'rahman', 'akter'], cc: 'BD' },
};
export const CULTURES = C;
const deacc = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/æ/g, 'ae').replace(/đ/gi, 'd').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z0-9]+/g, '');

export function person(r, cult) {
  const c = C[cult] ?? C.en; const i = r.int(0, c.f.length - 1);
  const latin = (x) => !/[^\u0000-\u024f\u1e00-\u1eff]/.test(x);
  const js = c.l.map((x, k) => k).filter((k) => latin(c.l[k]) === latin(c.f[i]));
  const j = r.pick(js.length ? js : c.l.map((x, k) => k));
  const first = c.f[i], last = c.l[j];
  const full = c.famFirst ? last + (c.sep ?? ' ') + first : `${first} ${last}`;
  const rf = c.rf ? c.rf[i] : deacc(first), rl = c.rl ? c.rl[j] : deacc(last);
  return { first, last, full, rf: rf || 'user', rl: rl || 'x', cult, cc: c.cc };
}
const MAILDOM = ['mail.example', 'inbox.test', 'post.example', 'correo.example', 'webmail.test', 'free-mail.example', 'kunden.example', 'yahoo-mail.test', 'icloud.test', 'outlook.test', 'gmx.example', 'naver.test', 'qq-mail.test', 'orange-mail.example'];
export function email(r, p, corp) {
  const d = corp ?? r.pick(MAILDOM);
  const lp = r.pick([`${p.rf}.${p.rl}`, `${p.rf}${p.rl}${r.int(1, 99)}`, `${p.rf[0]}${p.rl}`, `${p.rl}.${p.rf}+${r.pick(['orders', 'shop', 'bank', 'support'])}`, `${p.rf}_${p.rl}`, `${p.rf}${r.int(1970, 2005)}`]);
  return `${lp}@${d}`;
}

const dg = (r, n) => r.digits(n);
const PH = {
  US: (r) => { const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`, x = `${r.int(2, 9)}${dg(r, 2)}`, n = dg(r, 4); return r.pick([`(${a}) ${x}-${n}`, `${a}-${x}-${n}`, `+1 ${a} ${x} ${n}`, `+1-${a}-${x}-${n}`, `${a}.${x}.${n}`]); },
  GB: (r) => r.pick([`07${r.int(4, 9)}${dg(r, 2)} ${dg(r, 6)}`, `+44 7${r.int(4, 9)}${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `020 7${dg(r, 3)} ${dg(r, 4)}`, `+44 20 7${dg(r, 3)} ${dg(r, 4)}`, `0161 ${r.int(2, 9)}${dg(r, 2)} ${dg(r, 4)}`]),
  DE: (r) => r.pick([`+49 15${r.int(1, 9)} ${dg(r, 8)}`, `017${r.int(0, 9)} ${dg(r, 7)}`, `030 ${r.int(2, 9)}${dg(r, 7)}`, `+49 89 ${r.int(2, 9)}${dg(r, 6)}`, `0176-${dg(r, 8)}`]),
  FR: (r) => { const g = () => dg(r, 2); return r.pick([`06 ${g()} ${g()} ${g()} ${g()}`, `07 ${g()} ${g()} ${g()} ${g()}`, `+33 6 ${g()} ${g()} ${g()} ${g()}`, `01 ${g()} ${g()} ${g()} ${g()}`, `+33 (0)1 ${g()} ${g()} ${g()} ${g()}`]); },
  ES: (r) => r.pick([`6${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `+34 6${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`, `91 ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`]),
  MX: (r) => r.pick([`+52 55 ${dg(r, 4)} ${dg(r, 4)}`, `55 ${dg(r, 4)} ${dg(r, 4)}`, `+52 1 81 ${dg(r, 4)} ${dg(r, 4)}`]),
  BR: (r) => r.pick([`(11) 9${dg(r, 4)}-${dg(r, 4)}`, `+55 11 9${dg(r, 4)}-${dg(r, 4)}`, `+55 21 9${dg(r, 4)} ${dg(r, 4)}`, `(31) 3${dg(r, 3)}-${dg(r, 4)}`]),
  IT: (r) => r.pick([`3${r.int(20, 49)} ${dg(r, 3)} ${dg(r, 4)}`, `+39 3${r.int(20, 49)} ${dg(r, 7)}`, `06 ${dg(r, 4)} ${dg(r, 4)}`, `+39 02 ${dg(r, 8)}`]),
  NL: (r) => r.pick([`06-${dg(r, 8)}`, `06 ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`, `+31 6 ${dg(r, 8)}`, `020-${r.int(2, 9)}${dg(r, 6)}`]),
  PL: (r) => r.pick([`+48 5${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `6${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `+48 22 ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`]),
  SE: (r) => r.pick([`070-${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`, `+46 73 ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`, `08-${dg(r, 3)} ${dg(r, 3)} ${dg(r, 2)}`]),
  CZ: (r) => r.pick([`+420 6${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `7${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`]),
  TR: (r) => r.pick([`+90 5${r.int(30, 59)} ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`, `0 (5${r.int(30, 59)}) ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`, `05${r.int(30, 59)} ${dg(r, 3)} ${dg(r, 4)}`]),
  RU: (r) => r.pick([`+7 9${dg(r, 2)} ${dg(r, 3)}-${dg(r, 2)}-${dg(r, 2)}`, `8 (9${dg(r, 2)}) ${dg(r, 3)}-${dg(r, 2)}-${dg(r, 2)}`, `+7 495 ${dg(r, 3)}-${dg(r, 2)}-${dg(r, 2)}`]),
  UA: (r) => r.pick([`+380 ${r.pick(['50', '67', '68', '93', '97'])} ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`, `0${r.pick(['50', '67', '96'])} ${dg(r, 3)} ${dg(r, 4)}`]),
  JP: (r) => r.pick([`090-${dg(r, 4)}-${dg(r, 4)}`, `080-${dg(r, 4)}-${dg(r, 4)}`, `+81 90-${dg(r, 4)}-${dg(r, 4)}`, `03-${dg(r, 4)}-${dg(r, 4)}`, `+81 3 ${dg(r, 4)} ${dg(r, 4)}`]),
  CN: (r) => r.pick([`13${dg(r, 1)} ${dg(r, 4)} ${dg(r, 4)}`, `+86 15${dg(r, 1)} ${dg(r, 4)} ${dg(r, 4)}`, `+86 10 ${dg(r, 4)} ${dg(r, 4)}`, `18${dg(r, 9)}`]),
  KR: (r) => r.pick([`010-${dg(r, 4)}-${dg(r, 4)}`, `+82 10-${dg(r, 4)}-${dg(r, 4)}`, `02-${dg(r, 3)}-${dg(r, 4)}`]),
  IN: (r) => r.pick([`+91 9${dg(r, 4)} ${dg(r, 5)}`, `09${dg(r, 4)} ${dg(r, 5)}`, `+91 80 ${dg(r, 4)} ${dg(r, 4)}`, `+91-7${dg(r, 9)}`]),
  VN: (r) => r.pick([`+84 9${r.int(0, 8)} ${dg(r, 3)} ${dg(r, 4)}`, `09${r.int(0, 8)} ${dg(r, 3)} ${dg(r, 4)}`, `028 ${dg(r, 4)} ${dg(r, 4)}`]),
  ID: (r) => r.pick([`+62 812-${dg(r, 4)}-${dg(r, 4)}`, `0813 ${dg(r, 4)} ${dg(r, 4)}`, `(021) ${dg(r, 4)} ${dg(r, 4)}`]),
  MY: (r) => r.pick([`+60 12-${dg(r, 3)} ${dg(r, 4)}`, `012-${dg(r, 3)} ${dg(r, 4)}`, `03-${dg(r, 4)} ${dg(r, 4)}`]),
  AE: (r) => r.pick([`+971 50 ${dg(r, 3)} ${dg(r, 4)}`, `050 ${dg(r, 3)} ${dg(r, 4)}`, `+971 4 ${dg(r, 3)} ${dg(r, 4)}`]),
  IL: (r) => r.pick([`+972 5${r.int(0, 8)}-${dg(r, 3)}-${dg(r, 4)}`, `05${r.int(0, 8)}-${dg(r, 3)}-${dg(r, 4)}`, `03-${dg(r, 3)}-${dg(r, 4)}`]),
  TH: (r) => r.pick([`+66 8${r.int(1, 9)} ${dg(r, 3)} ${dg(r, 4)}`, `08${r.int(1, 9)}-${dg(r, 3)}-${dg(r, 4)}`, `02 ${dg(r, 3)} ${dg(r, 4)}`]),
  GR: (r) => r.pick([`+30 69${dg(r, 1)} ${dg(r, 3)} ${dg(r, 4)}`, `69${dg(r, 1)} ${dg(r, 3)} ${dg(r, 4)}`, `210 ${dg(r, 3)} ${dg(r, 4)}`]),
  RO: (r) => r.pick([`+40 7${r.int(2, 9)}${dg(r, 1)} ${dg(r, 3)} ${dg(r, 3)}`, `07${r.int(2, 9)}${dg(r, 1)} ${dg(r, 3)} ${dg(r, 3)}`]),
  HU: (r) => r.pick([`+36 ${r.pick(['20', '30', '70'])} ${dg(r, 3)} ${dg(r, 4)}`, `06 ${r.pick(['20', '30', '70'])} ${dg(r, 3)} ${dg(r, 4)}`]),
  FI: (r) => r.pick([`+358 40 ${dg(r, 3)} ${dg(r, 4)}`, `050 ${dg(r, 3)} ${dg(r, 4)}`]),
  DK: (r) => r.pick([`+45 ${r.int(20, 31)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`, `${r.int(20, 31)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`]),
  NO: (r) => r.pick([`+47 ${r.int(4, 9)}${dg(r, 2)} ${dg(r, 2)} ${dg(r, 3)}`, `${r.pick(['4', '9'])}${dg(r, 2)} ${dg(r, 2)} ${dg(r, 3)}`]),
  PH: (r) => r.pick([`+63 9${dg(r, 2)} ${dg(r, 3)} ${dg(r, 4)}`, `09${dg(r, 2)}-${dg(r, 3)}-${dg(r, 4)}`]),
  KE: (r) => r.pick([`+254 7${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `07${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`]),
  BD: (r) => r.pick([`+880 1${r.int(3, 9)}${dg(r, 2)}-${dg(r, 6)}`, `01${r.int(3, 9)}${dg(r, 2)}-${dg(r, 6)}`]),
  AU: (r) => r.pick([`04${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `+61 4${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `(02) ${r.int(8, 9)}${dg(r, 3)} ${dg(r, 4)}`]),
  CA: (r) => { const a = r.pick(['416', '604', '514', '403', '613']); return r.pick([`(${a}) ${r.int(2, 9)}${dg(r, 2)}-${dg(r, 4)}`, `+1 ${a}-${r.int(2, 9)}${dg(r, 2)}-${dg(r, 4)}`]); },
};
export const PHONE_COUNTRIES = Object.keys(PH);
export const phone = (r, cc) => (PH[cc] ?? PH.US)(r);

// street line, city, country name (in the culture's language), postcode (neutral)
const A = {
  US: (r) => [`${r.int(100, 9899)} ${r.pick(['Maple', 'Oak', 'Cedar', 'Lincoln', 'Sunset', 'Willow', 'Franklin'])} ${r.pick(['St', 'Ave', 'Blvd', 'Dr', 'Lane'])}${r.chance(0.3) ? ` Apt ${r.int(1, 40)}${r.pick(['A', 'B', ''])}` : ''}`, r.pick(['Columbus', 'Sacramento', 'Tulsa', 'Raleigh', 'Spokane', 'El Paso', 'Madison']), 'United States', `${r.digits(5)}`],
  GB: (r) => [`${r.int(1, 220)} ${r.pick(['Ashby Road', 'Victoria Street', 'Kings Avenue', 'Mill Lane', 'Church Close'])}`, r.pick(['Leicester', 'Bristol', 'Leeds', 'Cardiff', 'Norwich']), 'United Kingdom', `${r.pick(['LE', 'BS', 'LS', 'CF'])}${r.int(1, 19)} ${r.int(1, 9)}${r.str(2, 'ABDEFGHJLNPQRSTUWXYZ')}`],
  DE: (r) => [`${r.pick(['Hauptstraße', 'Lindenallee', 'Goethestraße', 'Am Rosengarten', 'Schillerplatz'])} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}`, r.pick(['Leipzig', 'Köln', 'Würzburg', 'Bremen', 'Freiburg im Breisgau']), 'Deutschland', r.digits(5)],
  FR: (r) => [`${r.int(1, 90)} ${r.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'place de la Mairie'])}`, r.pick(['Lyon', 'Nantes', 'Montpellier', 'Lille', 'Rennes']), 'France', r.digits(5)],
  ES: (r) => [`Calle ${r.pick(['de Alcalá', 'Mayor', 'del Carmen', 'San Vicente'])} ${r.int(1, 120)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izq.'])}`, r.pick(['Zaragoza', 'Sevilla', 'Valencia', 'Bilbao']), 'España', r.digits(5)],
  MX: (r) => [`Av. ${r.pick(['Insurgentes Sur', 'Reforma', 'Juárez'])} ${r.int(100, 3000)}, Col. ${r.pick(['Roma Norte', 'Del Valle', 'Condesa'])}`, r.pick(['Ciudad de México', 'Monterrey', 'Guadalajara']), 'México', r.digits(5)],
  BR: (r) => [`Rua ${r.pick(['das Acácias', 'Augusta', 'Sete de Setembro', 'Padre Anchieta'])}, ${r.int(10, 2000)}`, r.pick(['Curitiba', 'Belo Horizonte', 'Recife', 'Campinas']), 'Brasil', `${r.digits(5)}-${r.digits(3)}`],
  IT: (r) => [`Via ${r.pick(['Garibaldi', 'dei Mille', 'Roma', 'San Francesco'])} ${r.int(1, 200)}`, r.pick(['Bologna', 'Torino', 'Bari', 'Verona']), 'Italia', r.digits(5)],
  NL: (r) => [`${r.pick(['Keizersgracht', 'Dorpsstraat', 'Molenweg', 'Kerkstraat'])} ${r.int(1, 400)}${r.pick(['', '-II', 'A'])}`, r.pick(['Utrecht', 'Groningen', 'Eindhoven', 'Haarlem']), 'Nederland', `${r.int(1000, 9999)} ${r.str(2, 'ABCDEHJKLMNPRTVWXZ')}`],
  PL: (r) => [`ul. ${r.pick(['Marszałkowska', 'Długa', 'Kwiatowa', 'Piłsudskiego'])} ${r.int(1, 150)}/${r.int(1, 60)}`, r.pick(['Kraków', 'Wrocław', 'Gdańsk', 'Poznań']), 'Polska', `${r.digits(2)}-${r.digits(3)}`],
  SE: (r) => [`${r.pick(['Storgatan', 'Kungsvägen', 'Björkvägen'])} ${r.int(1, 80)}`, r.pick(['Göteborg', 'Uppsala', 'Malmö']), 'Sverige', `${r.digits(3)} ${r.digits(2)}`],
  CZ: (r) => [`${r.pick(['Vinohradská', 'Národní', 'Husova'])} ${r.int(1, 2500)}/${r.int(1, 90)}`, r.pick(['Brno', 'Ostrava', 'Plzeň']), 'Česko', `${r.digits(3)} ${r.digits(2)}`],
  TR: (r) => [`${r.pick(['Atatürk Cad.', 'Bağdat Cad.', 'Cumhuriyet Mah. Gül Sok.'])} No: ${r.int(1, 200)} D: ${r.int(1, 20)}`, r.pick(['İzmir', 'Ankara', 'Bursa']), 'Türkiye', r.digits(5)],
  RU: (r) => [`ул. ${r.pick(['Ленина', 'Садовая', 'Пушкина'])}, д. ${r.int(1, 120)}, кв. ${r.int(1, 300)}`, r.pick(['Казань', 'Новосибирск', 'Екатеринбург']), 'Россия', r.digits(6)],
  UA: (r) => [`вул. ${r.pick(['Хрещатик', 'Шевченка', 'Франка'])}, ${r.int(1, 90)}, кв. ${r.int(1, 120)}`, r.pick(['Київ', 'Львів', 'Одеса']), 'Україна', r.digits(5)],
  JP: (r) => [`${r.pick(['渋谷区神南', '大阪市北区梅田', '横浜市中区山下町', '札幌市中央区北一条西'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`, r.pick(['東京都', '大阪府', '神奈川県', '北海道']), '日本', `〒${r.digits(3)}-${r.digits(4)}`],
  CN: (r) => [`${r.pick(['朝阳区建国路', '浦东新区世纪大道', '天河区天河路'])}${r.int(1, 300)}号`, r.pick(['北京市', '上海市', '广州市']), '中国', r.digits(6)],
  KR: (r) => [`${r.pick(['강남구 테헤란로', '마포구 월드컵북로', '해운대구 해운대로'])} ${r.int(1, 500)}`, r.pick(['서울특별시', '부산광역시']), '대한민국', r.digits(5)],
  IN: (r) => [`${r.int(1, 400)}, ${r.pick(['MG Road', 'Linking Road', '4th Cross, Indiranagar', 'Sector 18'])}`, r.pick(['Bengaluru', 'Mumbai', 'Pune', 'Hyderabad']), 'India', r.digits(6)],
  VN: (r) => [`${r.int(1, 300)} ${r.pick(['Nguyễn Huệ', 'Lê Lợi', 'Trần Hưng Đạo'])}, ${r.pick(['Quận 1', 'Quận 3', 'Ba Đình'])}`, r.pick(['TP. Hồ Chí Minh', 'Hà Nội', 'Đà Nẵng']), 'Việt Nam', r.digits(6)],
  ID: (r) => [`Jl. ${r.pick(['Sudirman', 'Gatot Subroto', 'Diponegoro'])} No. ${r.int(1, 200)}`, r.pick(['Jakarta Selatan', 'Bandung', 'Surabaya']), 'Indonesia', r.digits(5)],
  MY: (r) => [`No. ${r.int(1, 90)}, Jalan ${r.pick(['Ampang', 'Tun Razak', 'SS 2/24'])}`, r.pick(['Kuala Lumpur', 'Petaling Jaya', 'Johor Bahru']), 'Malaysia', r.digits(5)],
  AE: (r) => [`${r.pick(['Villa', 'Apt'])} ${r.int(1, 90)}, ${r.pick(['Al Wasl Road', 'Sheikh Zayed Road', 'شارع الشيخ زايد'])}`, r.pick(['Dubai', 'Abu Dhabi', 'دبي']), r.pick(['United Arab Emirates', 'الإمارات']), ''],
  IL: (r) => [`${r.pick(['רחוב הרצל', 'שדרות רוטשילד', 'Dizengoff St'])} ${r.int(1, 150)}`, r.pick(['תל אביב', 'חיפה', 'Jerusalem']), r.pick(['ישראל', 'Israel']), r.digits(7)],
  TH: (r) => [`${r.int(1, 300)}/${r.int(1, 50)} ${r.pick(['ถนนสุขุมวิท', 'ถนนพหลโยธิน', 'ซอยอารีย์'])}`, r.pick(['กรุงเทพมหานคร', 'เชียงใหม่']), 'ประเทศไทย', r.digits(5)],
  GR: (r) => [`${r.pick(['Οδός Ερμού', 'Λεωφόρος Αλεξάνδρας', 'Οδός Τσιμισκή'])} ${r.int(1, 150)}`, r.pick(['Αθήνα', 'Θεσσαλονίκη']), 'Ελλάδα', `${r.digits(3)} ${r.digits(2)}`],
  RO: (r) => [`Str. ${r.pick(['Victoriei', 'Mihai Eminescu', 'Florilor'])} nr. ${r.int(1, 120)}, bl. ${r.int(1, 20)}`, r.pick(['Cluj-Napoca', 'Iași', 'Timișoara']), 'România', r.digits(6)],
  HU: (r) => [`${r.pick(['Andrássy út', 'Váci utca', 'Petőfi Sándor utca'])} ${r.int(1, 120)}.`, r.pick(['Debrecen', 'Szeged', 'Budapest']), 'Magyarország', r.digits(4)],
  FI: (r) => [`${r.pick(['Mannerheimintie', 'Hämeenkatu', 'Koivukuja'])} ${r.int(1, 80)} ${r.pick(['A', 'B'])} ${r.int(1, 30)}`, r.pick(['Tampere', 'Espoo', 'Oulu']), 'Suomi', r.digits(5)],
  DK: (r) => [`${r.pick(['Nørrebrogade', 'Vestergade', 'Strandvejen'])} ${r.int(1, 200)}, ${r.int(1, 5)}. tv.`, r.pick(['Aarhus', 'Odense', 'København']), 'Danmark', r.digits(4)],
  NO: (r) => [`${r.pick(['Karl Johans gate', 'Bryggen', 'Storgata'])} ${r.int(1, 90)}`, r.pick(['Bergen', 'Trondheim', 'Oslo']), 'Norge', r.digits(4)],
  PH: (r) => [`${r.int(1, 900)} ${r.pick(['Rizal Ave.', 'Ayala Ave.', 'Katipunan Ave.'])}, Brgy. ${r.pick(['San Antonio', 'Poblacion', 'Malate'])}`, r.pick(['Quezon City', 'Makati', 'Cebu City']), 'Philippines', r.digits(4)],
  KE: (r) => [`${r.pick(['Moi Avenue', 'Ngong Road', 'Kenyatta Avenue'])}, ${r.pick(['House', 'Plot'])} ${r.int(1, 99)}`, r.pick(['Nairobi', 'Mombasa', 'Kisumu']), 'Kenya', r.digits(5)],
  BD: (r) => [`House ${r.int(1, 99)}, Road ${r.int(1, 30)}, ${r.pick(['Dhanmondi', 'Gulshan', 'Mirpur'])}`, r.pick(['Dhaka', 'ঢাকা', 'Chattogram']), 'Bangladesh', r.digits(4)],
  AU: (r) => [`${r.int(1, 300)} ${r.pick(['George St', 'Chapel St', 'Beach Rd'])}`, r.pick(['Sydney', 'Melbourne', 'Brisbane']), 'Australia', r.digits(4)],
  CA: (r) => [`${r.int(10, 9000)} ${r.pick(['Yonge St', 'Rue Sainte-Catherine', 'Granville St'])}`, r.pick(['Toronto', 'Montréal', 'Vancouver']), 'Canada', `${r.pick(['M5V', 'H2X', 'V6B'])} ${r.int(1, 9)}${r.pick(['A', 'K', 'T'])}${r.int(1, 9)}`],
};
export const address = (r, cc) => { const [street, city, country, zip] = (A[cc] ?? A.US)(r); return { street, city, country, zip }; };

// ---- financial / government identifiers
const CARD_PREFIX = [['4', 16], ['4', 16], ['4', 19], ['51', 16], ['53', 16], ['55', 16], ['2221', 16], ['2487', 16], ['2720', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['644', 16], ['3528', 16], ['3589', 16], ['36', 14], ['300', 14], ['62', 16]];
export function card(r) {
  for (;;) {
    const [p, len] = r.pick(CARD_PREFIX); const d = luhnComplete(p + r.digits(len - p.length - 1));
    if (/^4242424242424242|^4111111111111111|^5555555555554444|^378282246310005|^4000/.test(d)) continue;
    return d;
  }
}
export function fmtCard(r, d, style) {
  style = style ?? r.int(0, 4);
  if (d.length === 15 && style <= 1) return style === 0 ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : d;
  if (style === 0) return d.match(/.{1,4}/g).join(' ');
  if (style === 1) return d.match(/.{1,4}/g).join('-');
  return d;
}
export function invalidCard(r) { for (;;) { const d = card(r); const last = (+d.at(-1) + r.int(1, 9)) % 10; const x = d.slice(0, -1) + last; return x; } }
const BBAN = { DE: 'n18', FR: 'n10a11n2', ES: 'n20', IT: 'a1n10c12', NL: 'a4n10', BE: 'n12', AT: 'n16', CH: 'n5c12', GB: 'a4n14', PL: 'n24', PT: 'n21', SE: 'n20', DK: 'n14', FI: 'n14', NO: 'n11', IE: 'a4n14', CZ: 'n20', HU: 'n24', RO: 'a4c16', GR: 'n7c16', TR: 'n6c16', SA: 'n2c18', AE: 'n19', IL: 'n19', LU: 'n3c13', HR: 'n17', SK: 'n20', BG: 'a4n6c8', UA: 'n6c19', BR: 'n23a1c1' };
function bban(r, cc) { let s = ''; for (const [, t, n] of BBAN[cc].matchAll(/([anc])(\d+)/g)) s += r.str(+n, t === 'n' ? DIG : t === 'a' ? UPPER : UPPER + DIG); return s; }
export const IBAN_COUNTRIES = Object.keys(BBAN);
export function iban(r, cc) { cc = cc ?? r.pick(IBAN_COUNTRIES); const b = bban(r, cc); const raw = cc + ibanCheckDigits(cc, b) + b; if (raw.length !== IBAN_LEN[cc]) throw new Error('iban len ' + cc); return raw; }
export const fmtIban = (r, raw) => r.chance(0.55) ? raw.match(/.{1,4}/g).join(' ') : raw;
export function invalidIban(r, cc) { const raw = iban(r, cc); const cd = (+raw.slice(2, 4) + r.int(1, 50)) % 97; const x = raw.slice(0, 2) + String(cd < 2 ? cd + 2 : cd).padStart(2, '0') + raw.slice(4); return x === raw ? invalidIban(r, cc) : x; }
export function ssn(r, sep = '-') { let a; do { a = r.int(1, 899); } while (a === 666); const s = [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')]; return s.join(sep); }
export function invalidSsn(r) { const k = r.int(0, 4); const g = String(r.int(1, 99)).padStart(2, '0'), s = String(r.int(1, 9999)).padStart(4, '0'); if (k === 0) return `000-${g}-${s}`; if (k === 1) return `666-${g}-${s}`; if (k === 2) return `9${r.digits(2)}-${r.pick(['01', '12', '33', '45'])}-${s}`; if (k === 3) return `${r.int(100, 665)}-00-${s}`; return `${r.int(100, 665)}-${g}-0000`; }
export function itin(r) { const g = r.pick([...Array.from({ length: 16 }, (_, i) => 50 + i), ...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return `9${r.digits(2)}-${g}-${r.digits(4)}`; }
export const usPassport = (r) => r.chance(0.6) ? `${r.pick(['5', '4', '6'])}${r.digits(8)}` : `${r.pick(['A', 'C', 'E', 'X'])}${r.digits(8)}`;
const DL = { CA: (r) => `${r.pick(UPPER)}${r.digits(7)}`, NY: (r) => r.digits(9), FL: (r) => `${r.pick(UPPER)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, TX: (r) => r.digits(8), IL: (r) => `${r.pick(UPPER)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, WA: (r) => `WDL${r.str(9, UPPER + DIG)}`, PA: (r) => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, OH: (r) => `${r.str(2, UPPER)}${r.digits(6)}` };
export const usDriverLicense = (r) => { const st = r.pick(Object.keys(DL)); return { st, v: DL[st](r) }; };
export const usBankAccount = (r) => r.digits(r.int(8, 14));
export const abaRouting = (r) => { for (;;) { const d = r.pick(['0', '1', '2', '3']) + r.digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7, 1]; for (let c = 0; c < 10; c++) { const s = d + c; let t = 0; for (let i = 0; i < 9; i++) t += +s[i] * w[i]; if (t % 10 === 0) return s; } } };
export function nhs(r, fmt = true) { for (;;) { const n = r.digits(9); const c = nhsCheck(n); if (c === 10 || n[0] === '0') continue; const d = n + c; return fmt ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d; } }
export function dea(r, lastName) { const six = r.digits(6); const l = (lastName && /^[A-Za-z]/.test(lastName) ? lastName[0] : r.pick(UPPER)).toUpperCase(); return `${r.pick(['A', 'B', 'F', 'M'])}${l}${six}${deaCheck(six)}`; }
export function btc(r) {
  const k = r.int(0, 3); const h = r.bytes(20);
  if (k === 0) return b58check(Buffer.concat([Buffer.from([0]), h]));
  if (k === 1) return b58check(Buffer.concat([Buffer.from([5]), h]));
  if (k === 2) return bech32Encode('bc', 0, [...h]);
  return bech32Encode('bc', 1, [...sha256(h)], 0x2bc830a3);
}
export function ipv4Public(r) { for (;;) { const a = r.int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue; return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; } }
export const ipv4Private = (r) => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, `192.168.${r.int(0, 20)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`]);
export const ipv6 = (r) => `${r.pick(['2a02', '2600', '2406', '2804'])}:${r.hex(4).replace(/^0+/, '') || '0'}:${r.hex(4).replace(/^0+/, '')}:${r.hex(2)}::${r.hex(3)}`.replace(/:+$/, '');
