// blind15 PII generators (fake values; names are random first/last combinations).
import { A, luhnCheckDigit, ibanMake, nhsCheck, deaCheck, base58check, bech32Addr, P } from './lib.mjs';

export const NAMES = {
  en: [['Oliver', 'Amelia', 'Harvey', 'Imogen', 'Declan', 'Tessa', 'Rowan', 'Bridget'], ['Whitcombe', 'Ashdown', 'Pemberton', 'Galloway', 'Thornley', 'Marsh', 'Kettering', 'Blackwood']],
  es: [['Lucía', 'Mateo', 'Ximena', 'Joaquín', 'Valentina', 'Íñigo', 'Rocío', 'Santiago'], ['Etxeberria', 'Quintero', 'Villalobos', 'Ibáñez', 'Saavedra', 'Montoya', 'Cárdenas', 'Peñalver']],
  de: [['Jürgen', 'Annika', 'Lukas', 'Friederike', 'Till', 'Henrike', 'Wolfgang', 'Svenja'], ['Brückner', 'Haberland', 'Zimmermann', 'Oßwald', 'Kettler', 'Vogelsang', 'Reinholz', 'Dörfler']],
  fr: [['Élodie', 'Maxime', 'Solène', 'Gaspard', 'Margaux', 'Thibault', 'Anaïs', 'Benoît'], ['Lefèvre', 'Duchamp', 'Roussel', 'Marchetti', 'Fontaine', 'Bérard', 'Guillot', 'Chevalier']],
  pt: [['João', 'Beatriz', 'Thiago', 'Letícia', 'Gonçalo', 'Mariana', 'Caio', 'Inês'], ['Albuquerque', 'Figueiredo', 'Magalhães', 'Nogueira', 'Tavares', 'Conceição', 'Brandão', 'Queiroz']],
  it: [['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Francesca', 'Niccolò', 'Alessia', 'Davide'], ['Bianchetti', 'Lombardo', 'Esposito', 'Ferraro', 'Caruso', 'Gallo', 'Santoro', 'Marino']],
  nl: [['Daan', 'Sanne', 'Joost', 'Femke', 'Bram', 'Lotte'], ['van der Berg', 'de Vries', 'Jansen', 'Visser', 'Smit', 'Bakker']],
  pl: [['Zofia', 'Krzysztof', 'Agnieszka', 'Bartosz', 'Małgorzata', 'Wojciech'], ['Wiśniewski', 'Kowalczyk', 'Zielińska', 'Szymański', 'Woźniak', 'Dąbrowska']],
  tr: [['Elif', 'Mehmet', 'Zeynep', 'Emre', 'Ayşe', 'Burak'], ['Yılmaz', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk']],
  ar: [['Layla', 'Omar', 'Yousef', 'Noor', 'Karim', 'Huda'], ['Haddad', 'Al-Masri', 'Khoury', 'Nasser', 'Farouk', 'Saleh']],
  ar_s: [['ليلى', 'عمر', 'يوسف', 'نور', 'كريم'], ['حداد', 'المصري', 'خوري', 'ناصر', 'فاروق']],
  hi: [['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram'], ['Raghunathan', 'Chatterjee', 'Deshpande', 'Iyer', 'Malhotra', 'Venkatesh']],
  hi_s: [['प्रिया', 'अर्जुन', 'अनन्या', 'रोहन'], ['शर्मा', 'वर्मा', 'देशपांडे', 'मल्होत्रा']],
  zh: [['Wei', 'Xiaoling', 'Jun', 'Meiling', 'Hao', 'Yan'], ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Wu']],
  zh_s: [['伟', '秀英', '俊杰', '美玲', '浩然'], ['张', '刘', '陈', '黄', '周']],
  ja: [['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina'], ['Takahashi', 'Watanabe', 'Kobayashi', 'Yamamoto', 'Nakamura', 'Inoue']],
  ja_s: [['陽翔', '結衣', '蒼', '花子', '健太'], ['高橋', '渡辺', '小林', '山本', '中村']],
  ko: [['Minjun', 'Seoyeon', 'Jiho', 'Haeun', 'Dohyun'], ['Kim', 'Park', 'Choi', 'Jung', 'Kang']],
  ko_s: [['민준', '서연', '지호', '하은'], ['김', '박', '최', '정']],
  ru: [['Dmitri', 'Anastasia', 'Sergei', 'Yekaterina', 'Pavel'], ['Volkov', 'Sokolova', 'Morozov', 'Lebedeva', 'Kuznetsov']],
  ru_s: [['Дмитрий', 'Анастасия', 'Сергей', 'Екатерина'], ['Волков', 'Соколова', 'Морозов', 'Лебедева']],
  el_s: [['Γιώργος', 'Ελένη', 'Νίκος', 'Μαρία'], ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Καραγιάννη']],
  he_s: [['נועה', 'איתי', 'תמר', 'יונתן'], ['כהן', 'לוי', 'מזרחי', 'פרץ']],
  vi: [['Nguyễn Thị', 'Trần Văn', 'Lê Minh', 'Phạm Thu'], ['Hương', 'Bảo', 'Khoa', 'Lan']],
  ng: [['Chiamaka', 'Oluwaseun', 'Emeka', 'Ngozi', 'Tunde', 'Adaeze'], ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Okafor']],
  sw: [['Wanjiru', 'Baraka', 'Amani', 'Zawadi'], ['Mwangi', 'Otieno', 'Kamau', 'Njoroge']],
};
const CULT = Object.keys(NAMES);
export function personName(r, cult = r.pick(CULT)) {
  const [f, l] = NAMES[cult]; const fn = r.pick(f), ln = r.pick(l);
  if (/_s$/.test(cult) && ['zh_s', 'ja_s', 'ko_s'].includes(cult)) return cult === 'zh_s' ? ln + fn : ln + (cult === 'ja_s' ? ' ' : '') + fn;
  if (cult === 'vi') return fn + ' ' + ln;
  if (cult === 'ja' || cult === 'zh' || cult === 'ko') return r.chance(0.3) ? ln.toUpperCase() + ' ' + fn : fn + ' ' + ln;
  return fn + ' ' + ln;
}
export const firstName = (r) => { const c = r.pick(CULT.filter(c => !c.endsWith('_s') && c !== 'vi')); return r.pick(NAMES[c][0]); };
export const PERSON = (r, cult) => P('PERSON', personName(r, cult));

export const CITIES = ['Lisbon', 'Porto', 'Guadalajara', 'Valparaíso', 'Bergen', 'Tampere', 'Kraków', 'Gdańsk', 'Izmir', 'Thessaloniki', 'Marrakesh', 'Nairobi', 'Mombasa', 'Lagos', 'Ibadan', 'Accra', 'Pune', 'Coimbatore', 'Chiang Mai', 'Da Nang', 'Osaka', 'Sapporo', 'Busan', 'Daegu', 'Chengdu', 'Hangzhou', 'Leeds', 'Aberdeen', 'Cork', 'Galway', 'Lyon', 'Nantes', 'Bologna', 'Palermo', 'Utrecht', 'Groningen', 'Leipzig', 'Freiburg', 'München', 'Zürich', 'São Paulo', 'Curitiba', 'Medellín', 'Cusco', 'Halifax', 'Winnipeg', 'Tucson', 'Boise', 'Savannah', 'Duluth', 'Hobart', 'Darwin', 'Tbilisi', 'Yerevan', '東京', '京都', '서울', '부산', 'Москва', 'Казань', 'القاهرة', 'الإسكندرية', 'मुंबई', 'जयपुर', 'Αθήνα', 'תל אביב', '上海', '成都'];
export const COUNTRIES = ['Portugal', 'Chile', 'Norway', 'Finland', 'Poland', 'Türkiye', 'Greece', 'Morocco', 'Kenya', 'Nigeria', 'Ghana', 'India', 'Thailand', 'Vietnam', 'Japan', 'South Korea', 'Ireland', 'Colombia', 'Peru', 'Georgia', 'Armenia', 'New Zealand', 'Uruguay', 'Deutschland', 'España', 'Brasil', 'México', 'Italia'];
export const CITY = (r) => P('LOCATION', r.pick(CITIES));
export const city_lc = (r) => P('LOCATION', r.pick(CITIES.filter(c => /^[A-Z][a-z]+$/.test(c))).toLowerCase());
export const COUNTRY = (r) => P('LOCATION', r.pick(COUNTRIES));
const STREET_EN = ['Thornbury Lane', 'Quillfeather Road', 'Marlowe Crescent', 'Hazelgrove Avenue', 'Fenwick Street', 'Old Tannery Row', 'Birchmoor Drive', 'Larkspur Court'];
export function address(r) {
  const n = r.int(1, 480);
  return r.pick([
    () => `${n} ${r.pick(STREET_EN)}`,
    () => `${r.pick(['Lindenhofstraße', 'Am Kesselberg', 'Birkenweg', 'Mühlgasse'])} ${n}`,
    () => `${n} ${r.pick(['rue des Glycines', 'avenue Jean-Moulin', 'impasse du Pressoir', 'boulevard des Tanneurs'])}`,
    () => `${r.pick(['Calle del Almendro', 'Avenida de los Naranjos', 'Carrer de la Séquia'])} ${n}`,
    () => `${r.pick(['Via dei Gelsomini', 'Viale delle Acacie', 'Vicolo del Fornaio'])} ${n}`,
    () => `${r.pick(['Rua das Gaivotas', 'Travessa do Moinho', 'Avenida Beira-Rio'])}, ${n}`,
    () => `${r.pick(['Prinsengracht', 'Lijnbaansstraat', 'Kastanjelaan'])} ${n}`,
    () => `ul. ${r.pick(['Słowicza', 'Wierzbowa', 'Kasztanowa'])} ${n}`,
    () => `${r.pick(['北区梅田', '中央区銀座', '港区芝浦'])}${r.int(1, 9)}-${r.int(1, 20)}-${r.int(1, 30)}`,
    () => `${n} ${r.pick(['w. pinecrest blvd', 'n. harlow st', 'e. magnolia ave'])}`,
    () => `Apt ${r.int(1, 40)}, ${n} ${r.pick(STREET_EN)}`,
  ])();
}
export const ADDR = (r) => P('LOCATION', address(r));

// phones: [country, generator]
const d = (r, n) => r.digits(n);
const nz = (r) => String(r.int(2, 9));
export const PHONE_FMT = [
  (r) => { const a = r.pick(['212', '415', '312', '617', '503', '720', '404', '713']); const e = nz(r) + d(r, 2), s = d(r, 4); return r.pick([`(${a}) ${e}-${s}`, `+1 ${a} ${e} ${s}`, `${a}-${e}-${s}`, `${a}.${e}.${s}`]); },
  (r) => { const a = r.pick(['416', '604', '514', '403']); return `+1-${a}-${nz(r)}${d(r, 2)}-${d(r, 4)}`; },
  (r) => r.pick([`+44 7${r.int(400, 999)} ${d(r, 6)}`, `07${r.int(400, 999)} ${d(r, 3)} ${d(r, 3)}`, `+44 20 7${d(r, 3)} ${d(r, 4)}`, `0161 ${nz(r)}${d(r, 2)} ${d(r, 4)}`]),
  (r) => r.pick([`+49 15${r.int(1, 9)} ${d(r, 8)}`, `0170 ${d(r, 7)}`, `+49 30 ${nz(r)}${d(r, 7)}`, `089 ${nz(r)}${d(r, 6)}`]),
  (r) => { const x = () => d(r, 2); return r.pick([`+33 6 ${x()} ${x()} ${x()} ${x()}`, `07 ${x()} ${x()} ${x()} ${x()}`, `+33 (0)1 ${x()} ${x()} ${x()} ${x()}`]); },
  (r) => r.pick([`+91 ${r.int(7, 9)}${d(r, 4)} ${d(r, 5)}`, `0${r.int(7, 9)}${d(r, 9)}`]),
  (r) => r.pick([`+55 11 9${d(r, 4)}-${d(r, 4)}`, `(21) 9${d(r, 4)}-${d(r, 4)}`]),
  (r) => r.pick([`+81 90-${d(r, 4)}-${d(r, 4)}`, `080-${d(r, 4)}-${d(r, 4)}`, `03-${d(r, 4)}-${d(r, 4)}`]),
  (r) => r.pick([`+61 4${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `04${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `(02) ${nz(r)}${d(r, 3)} ${d(r, 4)}`]),
  (r) => `+34 6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
  (r) => r.pick([`+39 3${d(r, 2)} ${d(r, 3)} ${d(r, 4)}`, `06 ${d(r, 4)} ${d(r, 4)}`]),
  (r) => r.pick([`+31 6 ${d(r, 8)}`, `06-${d(r, 8)}`]),
  (r) => `+52 55 ${d(r, 4)} ${d(r, 4)}`,
  (r) => `+48 ${r.int(5, 8)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
  (r) => `+46 70 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
  (r) => r.pick([`+82 10-${d(r, 4)}-${d(r, 4)}`, `010-${d(r, 4)}-${d(r, 4)}`]),
  (r) => `+27 8${r.int(2, 4)} ${d(r, 3)} ${d(r, 4)}`,
  (r) => r.pick([`+234 80${r.int(2, 9)} ${d(r, 3)} ${d(r, 4)}`, `080${r.int(2, 9)}${d(r, 7)}`]),
  (r) => `+41 7${r.int(6, 9)} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
  (r) => `+353 8${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}`,
  (r) => `+65 ${r.int(8, 9)}${d(r, 3)} ${d(r, 4)}`,
  (r) => `+54 9 11 ${d(r, 4)}-${d(r, 4)}`,
  (r) => `+90 5${d(r, 2)} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
];
export const PHONE = (r) => P('PHONE_NUMBER', r.pick(PHONE_FMT)(r));

const DOMAINS = ['mail.example', 'corp.example', 'inbox.test', 'post.invalid', 'acme-health.example', 'univ.example', 'kunden.test', 'correo.example', 'yubin.test'];
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
export function email(r) {
  const c = r.pick(['en', 'es', 'de', 'fr', 'pt', 'it', 'pl', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'ru', 'ng', 'sw']);
  const f = ascii(r.pick(NAMES[c][0])), l = ascii(r.pick(NAMES[c][1]));
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${r.int(1, 99)}`, `${l}.${f}+${r.pick(['billing', 'news', 'jira'])}`, `${f}${r.int(1970, 2009)}`, `${f.toUpperCase()}.${l.toUpperCase()}`]);
  return `${local}@${r.pick(DOMAINS)}`;
}
export const EMAIL = (r) => P('EMAIL_ADDRESS', email(r));
export function publicIp(r) { let a; do { a = r.int(11, 223); } while ([127, 10, 172, 192, 169, 100].includes(a)); return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; }
export const IP = (r) => P('IP_ADDRESS', r.chance(0.8) ? publicIp(r) : `2a0${r.int(1, 9)}:${r.str(A.HEX, 4)}:${r.str(A.HEX, 3)}::${r.str(A.HEX, 4)}:${r.str(A.HEX, 2)}`);

export const CARD_BRANDS = {
  visa: [() => '4', 16], mc: [(r) => String(r.int(51, 55)), 16], mc2: [(r) => String(r.int(2221, 2720)), 16], amex: [(r) => r.pick(['34', '37']), 15],
  disc: [(r) => r.pick(['6011', '65', String(r.int(644, 649))]), 16], jcb: [(r) => String(r.int(3528, 3589)), 16], diners: [(r) => r.pick(['36', '38', String(r.int(300, 305))]), 14],
};
export function cardDigits(r, brand = r.pick(Object.keys(CARD_BRANDS))) { const [pre, len] = CARD_BRANDS[brand]; let b = pre(r); b += r.digits(len - 1 - b.length); return b + luhnCheckDigit(b); }
export function fmtCard(r, n) { if (n.length === 15) return r.pick([n, `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`]); if (n.length === 14) return r.pick([n, `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`]); const sep = r.pick(['', ' ', '-']); return n.match(/.{4}/g).join(sep); }
export const CARD = (r) => P('CREDIT_CARD', fmtCard(r, cardDigits(r)));
export const IBAN_SPEC = { DE: 'n18', FR: 'n23', GB: 'a4n14', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24', PT: 'n21', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', IE: 'a4n14', LU: 'n16', CZ: 'n20', HU: 'n24', RO: 'a4n16', GR: 'n23' };
export const IBAN_LEN = Object.fromEntries(Object.entries(IBAN_SPEC).map(([k, v]) => [k, 4 + [...v.matchAll(/[an](\d+)/g)].reduce((s, m) => s + +m[1], 0)]));
export function ibanRaw(r, cc = r.pick(Object.keys(IBAN_SPEC))) { let bban = ''; for (const m of IBAN_SPEC[cc].matchAll(/([an])(\d+)/g)) bban += m[1] === 'a' ? r.str(A.UP, +m[2]) : r.digits(+m[2]); return ibanMake(cc, bban); }
export const fmtIban = (r, s) => r.chance(0.5) ? s : s.match(/.{1,4}/g).join(' ');
export const IBAN = (r) => P('IBAN_CODE', fmtIban(r, ibanRaw(r)));
export function ssnRaw(r) { let a; do { a = r.int(1, 899); } while (a === 666); return [String(a).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')]; }
export const SSN = (r) => { const p = ssnRaw(r); return P('US_SSN', r.chance(0.85) ? p.join('-') : p.join(r.pick(['', ' ']))); };
export const ITIN_GROUPS = [...Array.from({ length: 16 }, (_, i) => 50 + i), ...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99];
export const ITIN = (r) => P('US_ITIN', `9${r.digits(2)}-${r.pick(ITIN_GROUPS)}-${r.digits(4)}`);
export const PASSPORT = (r) => P('US_PASSPORT', r.chance(0.6) ? r.int(1, 9) + r.digits(8) : r.pick(['A', 'C', 'E', 'X']) + r.digits(8));
export const DL = (r) => P('US_DRIVER_LICENSE', r.pick([() => r.str(A.UP, 1) + r.digits(7), () => r.digits(9), () => r.str(A.UP, 1) + r.digits(12), () => r.str(A.UP, 1) + r.digits(3) + '-' + r.digits(4) + '-' + r.digits(4), () => r.digits(3) + ' ' + r.digits(3) + ' ' + r.digits(3)])());
export const BANKACCT = (r) => P('US_BANK_NUMBER', r.int(1, 9) + r.digits(r.int(7, 16)));
export function btc(r) { const k = r.int(0, 2); if (k === 2) return bech32Addr(r.bytes(20)); return base58check(Buffer.concat([Buffer.from([k ? 5 : 0]), r.bytes(20)])); }
export const BTC = (r) => P('CRYPTO', btc(r));
export function dea(r, last) { const six = r.digits(6); return r.pick(['A', 'B', 'F', 'G', 'M']) + (last ? last[0].toUpperCase() : r.str(A.UP, 1)) + six + deaCheck(six); }
export const DEA = (r) => P('MEDICAL_LICENSE', dea(r));
export function nhs(r) { for (;;) { const n = r.int(4, 7) + r.digits(8); const c = nhsCheck(n); if (c !== 10) return n + c; } }
export const NHS = (r) => { const n = nhs(r); return P('UK_NHS', r.pick([`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, n, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`])); };
export { ascii };
