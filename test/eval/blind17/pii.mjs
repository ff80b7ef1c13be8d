// blind17 PII: names and places in many cultures/scripts, phones in many plans, checksummed numbers.
import { A, P, luhnComplete, ibanMake, nhsCheck, deaCheck, b58check, bech32Encode } from './lib.mjs';

export const NAMES = {
  en: [['Olivia', 'Harper', 'Ethan', 'Graham', 'Maisie', 'Declan', 'Rosalind', 'Tobias'], ['Whitcombe', 'Pryor', 'Hollis', 'Fairbanks', 'Ashdown', 'Kettering', 'Marlowe', 'Dunmore']],
  es: [['Ximena', 'Rodrigo', 'Lucía', 'Joaquín', 'Itziar', 'Benjamín', 'Araceli', 'Nahuel'], ['Etxeberria', 'Villaseñor', 'Quintanilla', 'Arrieta', 'Zubizarreta', 'Montoya', 'Cifuentes', 'Barragán']],
  de: [['Jörg', 'Annelie', 'Maximilian', 'Friederike', 'Lukas', 'Henrike', 'Ottokar', 'Wiebke'], ['Brückner', 'Oberhauser', 'Kleinschmidt', 'Wöhrle', 'Tiedemann', 'Pfannenstiel', 'Haberkorn', 'Lindqvist']],
  fr: [['Amélie', 'Gaspard', 'Solène', 'Thibault', 'Clémence', 'Anatole', 'Maëlys', 'Baptiste'], ['Delacroix', 'Fontenay', 'Vasseur', 'Lefebvre-Roux', 'Chastain', 'Beaumarchais', 'Giraudoux', 'Peyrefitte']],
  it: [['Ginevra', 'Lorenzo', 'Beatrice', 'Tommaso', 'Ilaria', 'Edoardo'], ['Scarpellini', 'Bonfiglio', 'Dall’Olio', 'Marchetti', 'Zanetti', 'Cavalcanti']],
  pt: [['João', 'Iara', 'Thiago', 'Conceição', 'Raimundo', 'Luana'], ['Figueiredo', 'Albuquerque', 'Nascimento', 'Sampaio', 'Magalhães', 'Quaresma']],
  ja: [['陽翔', '結衣', '蓮', '美咲', '大輝', '葵'], ['佐々木', '高橋', '渡辺', '小林', '山本', '中村']],
  jaLatin: [['Haruto', 'Yui', 'Ren', 'Misaki', 'Daiki', 'Aoi'], ['Sasaki', 'Takahashi', 'Watanabe', 'Kobayashi', 'Yamamoto', 'Nakamura']],
  zh: [['伟', '秀英', '子涵', '浩然', '雨桐', '俊杰'], ['王', '李', '张', '刘', '陈', '杨']],
  zhLatin: [['Wei', 'Xiuying', 'Zihan', 'Haoran', 'Yutong', 'Junjie'], ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang']],
  ko: [['민준', '서연', '지호', '하은', '도윤', '수아'], ['김', '이', '박', '최', '정', '강']],
  in: [['Aarav', 'Priyanka', 'Siddharth', 'Ananya', 'Venkatesh', 'Lakshmi', 'Harpreet', 'Ishaan'], ['Raghunathan', 'Chatterjee', 'Deshpande', 'Iyer', 'Sandhu', 'Nair', 'Banerjee', 'Kulkarni']],
  ar: [['Youssef', 'Layla', 'Omar', 'Fatima', 'Khalid', 'Noor'], ['Al-Harbi', 'Haddad', 'El-Masri', 'Bensaïd', 'Qureshi', 'Nasser']],
  arScript: [['يوسف', 'ليلى', 'عمر', 'فاطمة'], ['الحربي', 'حداد', 'المصري', 'ناصر']],
  ru: [['Дмитрий', 'Анастасия', 'Сергей', 'Екатерина', 'Игорь', 'Ольга'], ['Смирнов', 'Кузнецова', 'Волков', 'Соколова', 'Лебедев', 'Морозова']],
  ruLatin: [['Dmitri', 'Anastasia', 'Sergei', 'Yekaterina'], ['Smirnov', 'Kuznetsova', 'Volkov', 'Sokolova']],
  el: [['Γιώργος', 'Ελένη', 'Νίκος', 'Κατερίνα'], ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Καραγιάννη']],
  tr: [['Emre', 'Zeynep', 'Burak', 'Elif', 'Can'], ['Yıldırım', 'Öztürk', 'Çelik', 'Aydın', 'Şahin']],
  ng: [['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Babatunde', 'Folake'], ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye']],
  vi: [['Nguyễn Văn', 'Trần Thị', 'Lê Minh', 'Phạm Thu'], ['An', 'Hương', 'Tuấn', 'Hà']],
  pl: [['Małgorzata', 'Krzysztof', 'Agnieszka', 'Wojciech'], ['Wiśniewska', 'Kowalczyk', 'Zieliński', 'Dąbrowski']],
  sw: [['Amani', 'Wanjiru', 'Baraka', 'Zawadi'], ['Mwangi', 'Otieno', 'Kamau', 'Achieng']],
  he: [['נועה', 'איתי', 'תמר', 'יונתן'], ['כהן', 'לוי', 'מזרחי', 'פרץ']],
  nl: [['Sanne', 'Daan', 'Femke', 'Joost'], ['van der Berg', 'de Vries', 'Bakker', 'Visser']],
};
const CULTURES = Object.keys(NAMES);
const NOSPACE = new Set(['ja', 'zh', 'ko']);

export const CITIES = ['Lisbon', 'Porto Alegre', 'Kraków', 'Guadalajara', 'Nairobi', 'Osaka', 'Chennai', 'Rotterdam', 'Thessaloniki', 'Bilbao', 'Lyon', 'Düsseldorf', 'Bologna', 'Izmir', 'Lagos', 'Da Nang', 'Marseille', 'Leeds', 'Winnipeg', 'Adelaide', 'Valparaíso', 'Tbilisi', 'Reykjavík', 'Cusco', 'Medellín', 'Mombasa', 'Zanzibar City', 'Tromsø', 'Ljubljana', 'Halifax', 'Boise', 'Tucson', 'Savannah', 'Asheville', 'Duluth', 'Hobart', 'Galway', 'Aberdeen', 'Gdańsk', 'Brno',
  '京都', '札幌', '上海', '成都', '부산', '서울', 'Москва', 'Новосибирск', 'Αθήνα', 'القاهرة', 'תל אביב', 'Hà Nội'];
export const COUNTRIES = ['Portugal', 'Brazil', 'Poland', 'Mexico', 'Kenya', 'Japan', 'India', 'the Netherlands', 'Greece', 'Spain', 'France', 'Germany', 'Italy', 'Türkiye', 'Nigeria', 'Vietnam', 'Canada', 'Australia', 'Chile', 'Georgia', 'Iceland', 'Peru', 'Colombia', 'Norway', 'Slovenia', 'Ireland', 'Scotland', 'Czechia', 'Tanzania', 'Morocco', 'Argentina', 'New Zealand'];
const STREETS = {
  us: (r) => `${r.int(12, 9870)} ${r.pick(['Juniper', 'Willow Creek', 'Old Mill', 'Sycamore', 'Harborview', 'Pinecrest', 'Maple Grove'])} ${r.pick(['Street', 'Ave', 'Road', 'Blvd', 'Lane', 'Drive', 'Ct'])}${r.chance(0.3) ? ', Apt ' + r.int(1, 40) + r.pick(['A', 'B', '']) : ''}`,
  uk: (r) => `${r.int(1, 220)} ${r.pick(['Hawthorn', 'Kingsway', 'Abbey', 'Queensferry', 'Marlborough'])} ${r.pick(['Road', 'Close', 'Gardens', 'Crescent', 'Mews'])}`,
  de: (r) => `${r.pick(['Lindenstraße', 'Am Kirchberg', 'Goethestr.', 'Mühlenweg', 'Schillerplatz'])} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}`,
  fr: (r) => `${r.int(1, 90)} ${r.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse du Moulin', 'quai de la Loire'])}`,
  es: (r) => `${r.pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Calle Mayor'])} ${r.int(1, 200)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'izq.', 'dcha.'])}`,
  it: (r) => `${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele', 'Viale dei Mille', 'Piazza Navona'])} ${r.int(1, 180)}`,
  pt: (r) => `${r.pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Flores', 'Travessa do Carmo'])}, ${r.int(1, 2200)}`,
  nl: (r) => `${r.pick(['Prinsengracht', 'Kerkstraat', 'Oudegracht', 'Herengracht'])} ${r.int(1, 600)}${r.pick(['', '-2', ' III'])}`,
  jp: (r) => `${r.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '京都府京都市左京区'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`,
  in: (r) => `${r.int(1, 400)}, ${r.pick(['MG Road', '4th Cross, Indiranagar', 'Anna Salai', 'Linking Road, Bandra West'])}`,
};
export const ZIPS = (r) => r.pick([() => r.digits(5), () => `${r.pick(['SW1A', 'EH3', 'LS6', 'M14'])} ${r.int(1, 9)}${r.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`, () => r.digits(5), () => `${r.digits(4)} ${r.str(A.UP, 2)}`])();

export function person(r, culture) {
  const c = culture || r.pick(CULTURES);
  const [f, l] = NAMES[c];
  const first = r.pick(f), last = r.pick(l);
  let v;
  if (NOSPACE.has(c)) v = last + first;
  else if (c === 'zhLatin' || c === 'vi' || c === 'jaLatin' && r.chance(0.3)) v = `${last} ${first}`;
  else if (c === 'vi') v = `${first} ${last}`;
  else v = r.chance(0.12) && /^[\x00-\u024f ]+$/.test(first) ? `${first} ${r.str(A.UP, 1)}. ${last}` : `${first} ${last}`;
  return P('PERSON', v);
}
export const firstName = (r, c) => P('PERSON', r.pick(NAMES[c || r.pick(['en', 'es', 'de', 'fr', 'in', 'ng', 'pt', 'tr', 'pl', 'sw'])][0]));
export const city = (r, lower = false) => { let c = r.pick(CITIES); if (lower && /^[A-Z]/.test(c)) c = c.toLowerCase(); return P('LOCATION', c); };
export const country = (r) => P('LOCATION', r.pick(COUNTRIES));
export const street = (r, k) => P('LOCATION', STREETS[k || r.pick(Object.keys(STREETS))](r));

const DOMAINS = ['mail.example', 'corp.example', 'post.test', 'inbox.invalid', 'acme-health.example', 'kanzlei-roth.example', 'univ.test', 'bank-nord.example', 'travelco.test'];
const asciiize = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
export function email(r, pers) {
  let base;
  const latin = NAMES[r.pick(['en', 'es', 'de', 'fr', 'in', 'ng', 'pt', 'tr', 'jaLatin', 'zhLatin', 'ar', 'nl'])];
  const f = asciiize(pers && /^[\x00-\u024f ]+$/.test(pers.v) ? pers.v.split(' ')[0] : r.pick(latin[0])) || 'user';
  const l = asciiize(pers && /^[\x00-\u024f ]+$/.test(pers.v) ? pers.v.split(' ').slice(-1)[0] : r.pick(latin[1])) || 'x';
  switch (r.int(0, 6)) {
    case 0: base = `${f}.${l}`; break; case 1: base = `${f[0]}${l}`; break; case 2: base = `${f}_${l}${r.int(1, 99)}`; break;
    case 3: base = `${l}.${f}+${r.pick(['billing', 'jira', 'news'])}`; break; case 4: base = `${f}${r.int(1960, 2010)}`; break;
    case 5: base = `${f}-${l}`; break; default: base = `${f}.${l[0]}`;
  }
  return P('EMAIL_ADDRESS', `${base}@${r.pick(DOMAINS)}`);
}

const PHONES = {
  US: (r, i) => { const a = `${r.int(2, 9)}${r.digits(1)}${r.int(0, 8)}`.replace(/^(\d)11$/, '$12' + '1'), e = `${r.int(2, 9)}${r.digits(2)}`, n = r.digits(4); return r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `+1 ${a} ${e} ${n}`, `${a}.${e}.${n}`, `+1-${a}-${e}-${n}`]); },
  GB: (r) => r.pick([`07${r.int(400, 999)} ${r.digits(6)}`, `+44 7${r.int(400, 999)} ${r.digits(6)}`, `020 7${r.digits(3)} ${r.digits(4)}`, `+44 (0)161 ${r.int(200, 999)} ${r.digits(4)}`]),
  DE: (r) => r.pick([`+49 1${r.pick(['51', '52', '60', '70', '76'])} ${r.digits(8)}`, `030 ${r.int(2, 9)}${r.digits(7)}`, `0${r.pick(['151', '172', '176'])}-${r.digits(7)}`, `+49 (0)89 ${r.int(2, 9)}${r.digits(6)}`]),
  FR: (r) => r.pick([`0${r.int(6, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 ${r.int(1, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
  IN: (r) => r.pick([`+91 ${r.int(7, 9)}${r.digits(4)} ${r.digits(5)}`, `0${r.int(7, 9)}${r.digits(9)}`, `+91-${r.int(7, 9)}${r.digits(9)}`]),
  BR: (r) => r.pick([`+55 ${r.pick(['11', '21', '31', '51', '61'])} 9${r.digits(4)}-${r.digits(4)}`, `(${r.pick(['11', '21', '48'])}) 9${r.digits(4)}-${r.digits(4)}`]),
  JP: (r) => r.pick([`0${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`, `+81 ${r.pick(['90', '80'])}-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`]),
  AU: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.int(8, 9)}${r.digits(3)} ${r.digits(4)}`]),
  ES: (r) => r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  IT: (r) => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `3${r.digits(2)}-${r.digits(7)}`, `06 ${r.digits(4)} ${r.digits(4)}`]),
  NL: (r) => r.pick([`06-${r.int(1, 6)}${r.digits(7)}`, `+31 6 ${r.int(1, 6)}${r.digits(7)}`, `020-${r.int(2, 9)}${r.digits(6)}`]),
  MX: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `+52 1 33 ${r.digits(4)} ${r.digits(4)}`, `(81) ${r.digits(4)}-${r.digits(4)}`]),
  KR: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`]),
  ZA: (r) => r.pick([`0${r.pick(['82', '83', '72', '61'])} ${r.digits(3)} ${r.digits(4)}`, `+27 ${r.pick(['82', '71'])} ${r.digits(3)} ${r.digits(4)}`]),
  NG: (r) => r.pick([`0${r.pick(['803', '806', '813', '905'])} ${r.digits(3)} ${r.digits(4)}`, `+234 ${r.pick(['803', '705', '816'])} ${r.digits(3)} ${r.digits(4)}`]),
  SE: (r) => r.pick([`07${r.int(0, 6)}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 7${r.int(0, 6)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  PL: (r) => `+48 ${r.int(5, 8)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  CH: (r) => r.pick([`+41 7${r.int(5, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `07${r.int(5, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
  SG: (r) => `+65 ${r.pick(['8', '9'])}${r.digits(3)} ${r.digits(4)}`,
  AR: (r) => `+54 9 11 ${r.int(2, 6)}${r.digits(3)}-${r.digits(4)}`,
  CA: (r) => `+1 (${r.pick(['416', '604', '514', '403', '902'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
  TR: (r) => `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
};
export const phone = (r, cc) => P('PHONE_NUMBER', PHONES[cc || r.pick(Object.keys(PHONES))](r));

export function ipv4Public(r) { let a; do { a = r.int(11, 223); } while ([127, 10, 100, 172, 192, 169].includes(a)); return P('IP_ADDRESS', `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`); }
export const ipv6 = (r) => P('IP_ADDRESS', `2${r.pick(['001', '600', 'a02', '406', '003'])}:${r.str(A.HEX, 4)}:${r.str(A.HEX, r.int(1, 4))}:${r.str(A.HEX, 4)}::${r.str(A.HEX, r.int(1, 4))}`);
export const ipClient = (r) => (r.chance(0.8) ? ipv4Public(r) : ipv6(r));
export const ipPrivateClient = (r) => P('IP_ADDRESS', r.pick([`192.168.${r.int(0, 20)}.${r.int(2, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`]));

export const CARD_SPECS = [['visa', () => '4', 16], ['mc', (r) => String(r.int(51, 55)), 16], ['mc2', (r) => String(r.int(2221, 2720)), 16], ['amex', (r) => r.pick(['34', '37']), 15], ['discover', (r) => r.pick(['6011', '65']), 16], ['jcb', (r) => String(r.int(3528, 3589)), 16], ['diners', (r) => r.pick(['36', '300', '305']), 14]];
export function cardDigits(r) { const [, pre, len] = r.pick(CARD_SPECS); let p = pre(r); p += r.digits(len - 1 - p.length); return luhnComplete(p); }
export function fmtCard(r, d) { if (r.chance(0.35)) return d; const sep = r.pick([' ', '-']); if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep); if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep); return d.match(/.{4}/g).join(sep); }
export const card = (r) => P('CREDIT_CARD', fmtCard(r, cardDigits(r)));

export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, AT: 20, CH: 21, PL: 28, PT: 25, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, LU: 20, CZ: 24, HR: 21 };
export function ibanRaw(r, cc) {
  cc = cc || r.pick(Object.keys(IBAN_LEN)); const n = IBAN_LEN[cc] - 4;
  let bban;
  if (cc === 'GB' || cc === 'IE') bban = r.str(A.UP, 4) + r.digits(n - 4);
  else if (cc === 'NL') bban = r.str(A.UP, 4) + r.digits(n - 4);
  else if (cc === 'IT') bban = r.str(A.UP, 1) + r.digits(n - 1);
  else bban = r.digits(n);
  return ibanMake(cc, bban);
}
export const fmtIban = (r, s) => (r.chance(0.5) ? s.match(/.{1,4}/g).join(' ') : s);
export const iban = (r) => P('IBAN_CODE', fmtIban(r, ibanRaw(r)));
export function ssnRaw(r) { let a; do { a = r.int(1, 899); } while (a === 666); return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`; }
export const ssn = (r) => { const s = ssnRaw(r); return P('US_SSN', r.chance(0.2) ? s.replace(/-/g, r.pick(['', ' '])) : s); };
export const ITIN_GROUPS = [[50, 65], [70, 88], [90, 92], [94, 99]];
export const itin = (r) => { const [lo, hi] = r.pick(ITIN_GROUPS); return P('US_ITIN', `9${r.digits(2)}-${r.int(lo, hi)}-${r.digits(4)}`); };
export const passport = (r) => P('US_PASSPORT', r.chance(0.6) ? `${r.int(1, 9)}${r.digits(8)}` : `${r.pick(['A', 'C', 'E', 'X'])}${r.digits(8)}`);
export const driverLicense = (r) => P('US_DRIVER_LICENSE', r.pick([() => r.str(A.UP, 1) + r.digits(7), () => r.digits(9), () => `${r.str(A.UP, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, () => r.digits(8), () => `${r.str(A.UP, 1)}${r.digits(12)}`, () => `WDL${r.str(A.UP36, 9)}`])());
export const bankNumber = (r) => P('US_BANK_NUMBER', r.digits(r.int(8, 17)).replace(/^0/, '4'));
export function btc(r) { const t = r.int(0, 2); if (t === 0) return P('CRYPTO', b58check(0, r.bytes(20))); if (t === 1) return P('CRYPTO', b58check(5, r.bytes(20))); return P('CRYPTO', bech32Encode('bc', 0, r.bytes(20))); }
export function dea(r, lastName) { const d6 = r.digits(6); const l2 = lastName ? lastName[0].toUpperCase() : r.str(A.UP, 1); return P('MEDICAL_LICENSE', r.pick(['A', 'B', 'F', 'G', 'M']) + (/[A-Z]/.test(l2) ? l2 : 'K') + d6 + deaCheck(d6)); }
export function nhs(r) { let n9, c; do { n9 = r.int(4, 9) + r.digits(8); c = nhsCheck(n9); } while (c < 0); const s = n9 + c; return P('UK_NHS', r.chance(0.6) ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` : s); }
export const aba = (r) => { const d = r.pick(['0', '1', '2', '3']) + r.digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +d[i] * w[i]; return d + ((10 - (s % 10)) % 10); };
export const dob = (r) => r.pick([`${r.int(1940, 2005)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, `${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/${r.int(1940, 2005)}`]);
export const COMPANIES = ['Brightwater Logistics GmbH', 'Kestrel Analytics Ltd', 'Nordlicht Versicherung AG', 'Pampas Agro S.A.', 'Sakura Denki K.K.', 'Tamarind Health LLC', 'Bluefin Payments Inc.', 'Orchard & Pike LLP', 'Vistaverde Turismo Ltda', 'Quillon Software BV'];
