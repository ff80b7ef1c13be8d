// blind8: PII pools and format-valid generators (all values fake).
import { P, L, luhnDigit, ibanMake, nhsCheck, deaCheck, b58check, bech32Enc, to5 } from './lib.mjs';

// culture: [firsts as native|latin], [lasts], order ('fl' | 'lf'), joiner
const C = {
  en: [['Marcus', 'Delia', 'Trevor', 'Shannon', 'Wyatt', 'Imogen', 'Garrett', 'Rosalind', 'Desmond', 'Harriet', 'Colby', 'Maren'], ['Whitcombe', 'Ashdown', 'Pemberton', 'Kowalczyk', 'Hollister', 'Brannigan', 'Lockridge', 'Fairweather', 'Osei', 'McAllister'], 'fl', ' '],
  es: [['Ximena', 'Rodrigo', 'Itziar', 'Gonzalo', 'Maite', 'Eusebio', 'Remedios', 'Joaquín'], ['Etxeberria', 'Villalobos', 'Quiroga', 'Santamaría', 'Arrieta', 'Peñalosa', 'Cifuentes'], 'fl', ' '],
  de: [['Jörg', 'Wiebke', 'Torben', 'Anneliese', 'Hartmut', 'Friederike', 'Malte'], ['Großkopf', 'Brandstätter', 'Kühnel', 'Eichhorn', 'Wiesinger', 'Dreßler'], 'fl', ' '],
  fr: [['Gaëlle', 'Baptiste', 'Solène', 'Aurélien', 'Maëlys', 'Gwenaël'], ['Le Goff', 'Beauchêne', 'Marchetti', 'Delacroix', 'Rousselot', 'Tissandier'], 'fl', ' '],
  pt: [['Thiago', 'Raíssa', 'Conceição', 'Wellington', 'Iara', 'Gonçalo'], ['Nascimento', 'Albuquerque', 'Figueiredo', 'Magalhães', 'Brandão'], 'fl', ' '],
  it: [['Ludovica', 'Pierluigi', 'Ginevra', 'Ottavio', 'Benedetta'], ['Castiglione', 'Pellegrini', 'Zanetti', 'Lombardo', 'Ferraioli'], 'fl', ' '],
  nl: [['Femke', 'Joost', 'Marloes', 'Sietse', 'Ilse'], ['van der Berg', 'Bakker', 'Hoekstra', 'de Wit', 'Verhoeven'], 'fl', ' '],
  pl: [['Małgorzata', 'Przemysław', 'Zofia', 'Grzegorz', 'Jadwiga'], ['Wiśniewska', 'Zieliński', 'Sobczak', 'Kaczmarek', 'Wróblewski'], 'fl', ' '],
  tr: [['Ayşegül', 'Mehmet Emin', 'Zeynep', 'Oğuzhan', 'Elif'], ['Yıldırım', 'Öztürk', 'Çelik', 'Karaca', 'Aydoğan'], 'fl', ' '],
  ja: [['美咲|Misaki', '健太|Kenta', '陽菜|Hina', '翔太|Shota', '結衣|Yui', '大輔|Daisuke'], ['佐藤|Sato', '高橋|Takahashi', '渡辺|Watanabe', '中村|Nakamura', '小林|Kobayashi'], 'lf', ' '],
  zh: [['伟|Wei', '芳|Fang', '静怡|Jingyi', '子轩|Zixuan', '建国|Jianguo'], ['王|Wang', '李|Li', '张|Zhang', '刘|Liu', '陈|Chen'], 'lf', ''],
  ko: [['민준|Minjun', '서연|Seoyeon', '지호|Jiho', '하은|Haeun', '도윤|Doyun'], ['김|Kim', '박|Park', '이|Lee', '최|Choi', '정|Jung'], 'lf', ''],
  ru: [['Анна|Anna', 'Дмитрий|Dmitry', 'Екатерина|Ekaterina', 'Сергей|Sergey', 'Ольга|Olga'], ['Смирнова|Smirnova', 'Кузнецов|Kuznetsov', 'Волкова|Volkova', 'Соколов|Sokolov'], 'fl', ' '],
  ar: [['فاطمة|Fatima', 'عمر|Omar', 'ليلى|Layla', 'يوسف|Youssef', 'مريم|Mariam'], ['الحداد|Al-Haddad', 'منصور|Mansour', 'الخطيب|Al-Khatib', 'النجار|Al-Najjar'], 'fl', ' '],
  hi: [['प्रिया|Priya', 'अर्जुन|Arjun', 'अनन्या|Ananya', 'रोहित|Rohit', 'कविता|Kavita'], ['शर्मा|Sharma', 'मेहता|Mehta', 'अय्यर|Iyer', 'चौधरी|Chaudhary'], 'fl', ' '],
  inl: [['Sneha', 'Venkatesh', 'Lakshmi', 'Harpreet', 'Siddharth'], ['Raghunathan', 'Banerjee', 'Gill', 'Kulkarni', 'Pillai'], 'fl', ' '],
  vi: [['Thị Lan|Thi Lan', 'Văn Minh|Van Minh', 'Thu Trang|Thu Trang', 'Quốc Bảo|Quoc Bao'], ['Nguyễn|Nguyen', 'Trần|Tran', 'Phạm|Pham', 'Lê|Le'], 'lf', ' '],
  ng: [['Chinedu', 'Adaeze', 'Oluwaseun', 'Ngozi', 'Babatunde', 'Funmilayo'], ['Okafor', 'Nwosu', 'Adeyemi', 'Eze', 'Balogun'], 'fl', ' '],
  el: [['Γιώργος|Giorgos', 'Ελένη|Eleni', 'Νίκος|Nikos'], ['Παπαδόπουλος|Papadopoulos', 'Κωνσταντίνου|Konstantinou'], 'fl', ' '],
  he: [['נועה|Noa', 'איתי|Itai', 'תמר|Tamar'], ['כהן|Cohen', 'לוי|Levi', 'מזרחי|Mizrahi'], 'fl', ' '],
  sw: [['Wanjiru', 'Otieno', 'Akinyi', 'Baraka'], ['Kamau', 'Mwangi', 'Odhiambo', 'Njoroge'], 'fl', ' '],
};
export const CULTURES = Object.keys(C);
const split = (x) => { const [n, l] = x.split('|'); return [n, l || n]; };
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
/** person: {full (native), latin, first, last, fl, ll, culture} */
export function person(r, cul) {
  cul = cul || r.pick(CULTURES); const [fs, ls, ord, j] = C[cul];
  const [fn, fl] = split(r.pick(fs)); const [ln, ll] = split(r.pick(ls));
  const full = ord === 'fl' ? fn + j + ln : ln + j + fn;
  const latin = ord === 'fl' ? `${fl} ${ll}` : `${ll} ${fl}`;
  return { full, latin, first: fn, last: ln, fl: ascii(fl), ll: ascii(ll), culture: cul, romanFirst: fl, romanLast: ll };
}
export const latinCultures = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl', 'tr', 'inl', 'ng', 'sw'];

export const DOMAINS = ['acme-corp.example', 'globex.test', 'initech.example', 'mailbox.example', 'postfach.test', 'correo.example', 'hikari-net.test', 'umbrella-health.example', 'northwind.test', 'fastpost.example', 'contoso-bank.example', 'lumen-labs.test', 'kibo.example', 'zephyr.invalid'];
export function email(r, p, dom) {
  dom = dom || r.pick(DOMAINS); const f = p.fl, l = p.ll;
  const shapes = [`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${r.int(1, 99)}`, `${l}.${f[0]}`, `${f}+${r.pick(['billing', 'jira', 'news', 'dev'])}`, `${f}${l}${r.int(70, 99)}`, `${l}-${f}`, `${f[0]}.${l}`];
  return r.pick(shapes) + '@' + dom;
}

// ---------- locations ----------
export const CITIES = [['Lyon', 'France', 'fr'], ['München', 'Germany', 'de'], ['São Paulo', 'Brazil', 'pt'], ['Guadalajara', 'Mexico', 'es'], ['Osaka', 'Japan', 'ja'], ['東京', '日本', 'ja'], ['Bengaluru', 'India', 'en'], ['मुंबई', 'भारत', 'en'], ['Lagos', 'Nigeria', 'en'], ['Nairobi', 'Kenya', 'en'], ['Москва', 'Россия', 'ru'], ['Novosibirsk', 'Russia', 'ru'], ['القاهرة', 'مصر', 'en'], ['Dubai', 'United Arab Emirates', 'en'], ['İzmir', 'Türkiye', 'en'], ['Kraków', 'Poland', 'en'], ['Rotterdam', 'Netherlands', 'nl'], ['Bologna', 'Italy', 'it'], ['Valparaíso', 'Chile', 'es'], ['Medellín', 'Colombia', 'es'], ['Hà Nội', 'Việt Nam', 'en'], ['서울', '대한민국', 'en'], ['Busan', 'South Korea', 'en'], ['上海', '中国', 'en'], ['Chengdu', 'China', 'en'], ['Tel Aviv', 'Israel', 'en'], ['Θεσσαλονίκη', 'Ελλάδα', 'en'], ['Cape Town', 'South Africa', 'en'], ['Leeds', 'United Kingdom', 'en'], ['Edinburgh', 'Scotland', 'en'], ['Cork', 'Ireland', 'en'], ['Porto', 'Portugal', 'pt'], ['Sevilla', 'España', 'es'], ['Winnipeg', 'Canada', 'en'], ['Montréal', 'Canada', 'fr'], ['Brisbane', 'Australia', 'en'], ['Wellington', 'New Zealand', 'en'], ['Tucson', 'Arizona', 'en'], ['Duluth', 'Minnesota', 'en'], ['Savannah', 'Georgia', 'en'], ['Boise', 'Idaho', 'en'], ['Albuquerque', 'New Mexico', 'en'], ['Göteborg', 'Sverige', 'en'], ['Bergen', 'Norway', 'en'], ['Aarhus', 'Denmark', 'en'], ['Graz', 'Österreich', 'de'], ['Lausanne', 'Switzerland', 'fr'], ['Antwerpen', 'België', 'nl']];
export function street(r, cul) {
  const n = r.int(2, 480);
  const forms = {
    de: [`Lindenstraße ${n}`, `Am Mühlbach ${r.int(1, 40)}a`, `Kastanienallee ${n}`],
    fr: [`${n} rue des Tanneurs`, `${r.int(1, 90)} avenue Jean-Jaurès`, `${r.int(1, 30)} impasse du Moulin`],
    es: [`Calle de Toledo ${n}, 3º B`, `Avenida de la Constitución ${r.int(1, 200)}`],
    pt: [`Rua Augusta, ${n}`, `Avenida Paulista ${r.int(100, 2000)}, apto ${r.int(11, 180)}`],
    it: [`Via Garibaldi ${n}`, `Corso Vittorio Emanuele II ${r.int(1, 300)}`],
    nl: [`Keizersgracht ${n}`, `Prinsenstraat ${r.int(1, 99)}-II`],
    ja: [`大阪府大阪市北区梅田${r.int(1, 3)}-${r.int(1, 20)}-${r.int(1, 30)}`, `東京都世田谷区三軒茶屋${r.int(1, 2)}丁目${r.int(1, 40)}-${r.int(1, 9)}`],
    ru: [`ул. Садовая, д. ${r.int(1, 90)}, кв. ${r.int(1, 200)}`],
    en: [`${n} Juniper Hollow Rd`, `${r.int(1000, 9999)} W Alder Street, Apt ${r.int(1, 40)}`, `${n} Kingsbury Lane`, `${r.int(10, 999)} Old Mill Road`],
  };
  return r.pick(forms[cul] || forms.en);
}
export const city = (r) => r.pick(CITIES);

// ---------- phones (real numbering plans) ----------
export function phone(r, cc) {
  cc = cc || r.pick(['US', 'US', 'CA', 'GB', 'DE', 'FR', 'IN', 'BR', 'JP', 'AU', 'ES', 'IT', 'NL', 'MX', 'KR', 'NG', 'ZA', 'SG', 'AE', 'PL', 'SE', 'CH']);
  const d = (n) => r.digits(n); const nz = () => String(r.int(2, 9));
  const intl = r.chance(0.5);
  switch (cc) {
    case 'US': case 'CA': { const npa = r.pick(cc === 'US' ? ['212', '415', '312', '617', '512', '206', '303', '404', '702', '919', '971', '608'] : ['416', '604', '514', '403', '613', '902']); const nxx = nz() + r.int(0, 9) + r.int(1, 9); const x = d(4);
      return r.pick(intl ? [`+1 ${npa}-${nxx}-${x}`, `+1 (${npa}) ${nxx}-${x}`, `+1${npa}${nxx}${x}`] : [`(${npa}) ${nxx}-${x}`, `${npa}-${nxx}-${x}`, `${npa}.${nxx}.${x}`]); }
    case 'GB': { const m = `7${r.pick(['4', '5', '7', '8', '9'])}${d(2)}`; const rest = d(6); return intl ? `+44 ${m} ${rest}` : `0${m} ${rest}`; }
    case 'DE': { const m = r.pick(['151', '160', '170', '171', '176', '152']); const rest = d(r.int(7, 8)); return intl ? `+49 ${m} ${rest}` : `0${m} ${rest.slice(0, 4)} ${rest.slice(4)}`; }
    case 'FR': { const m = r.pick(['6', '7']) + d(8); const g = m.slice(1).match(/../g).join(' '); return intl ? `+33 ${m[0]} ${g}` : `0${m[0]} ${g}`; }
    case 'IN': { const m = r.pick(['98', '97', '91', '88', '70', '63']) + d(8); return intl ? `+91 ${m.slice(0, 5)} ${m.slice(5)}` : `0${m.slice(0, 5)} ${m.slice(5)}`; }
    case 'BR': { const a = r.pick(['11', '21', '31', '41', '51', '61', '71', '81']); const m = `9${d(4)}-${d(4)}`; return intl ? `+55 ${a} ${m}` : `(${a}) ${m}`; }
    case 'JP': { const p = r.pick(['90', '80', '70']); const m = `${d(4)}-${d(4)}`; return intl ? `+81 ${p}-${m}` : `0${p}-${m}`; }
    case 'AU': { const m = `4${d(2)} ${d(3)} ${d(3)}`; return intl ? `+61 ${m}` : `0${m}`; }
    case 'ES': { const m = `${r.pick(['6', '7'])}${d(2)} ${d(3)} ${d(3)}`; return intl ? `+34 ${m}` : m; }
    case 'IT': { const m = `3${r.pick(['20', '33', '47', '39', '88'])} ${d(3)} ${d(4)}`; return intl ? `+39 ${m}` : m; }
    case 'NL': { const m = `6 ${d(8)}`; return intl ? `+31 ${m}` : `0${m}`; }
    case 'MX': { const m = `55 ${d(4)} ${d(4)}`; return intl ? `+52 ${m}` : m; }
    case 'KR': { const m = `10-${d(4)}-${d(4)}`; return intl ? `+82 ${m}` : `0${m}`; }
    case 'NG': { const m = `${r.pick(['803', '806', '813', '703', '905'])} ${d(3)} ${d(4)}`; return intl ? `+234 ${m}` : `0${m}`; }
    case 'ZA': { const m = `${r.pick(['82', '83', '72', '61'])} ${d(3)} ${d(4)}`; return intl ? `+27 ${m}` : `0${m}`; }
    case 'SG': return `+65 ${r.pick(['8', '9'])}${d(3)} ${d(4)}`;
    case 'AE': { const m = `5${r.pick(['0', '2', '5', '6'])} ${d(3)} ${d(4)}`; return intl ? `+971 ${m}` : `0${m}`; }
    case 'PL': return `+48 ${r.pick(['5', '6', '7', '8'])}${d(2)} ${d(3)} ${d(3)}`;
    case 'SE': { const m = `7${r.pick(['0', '2', '3', '6'])}-${d(3)} ${d(2)} ${d(2)}`; return intl ? `+46 ${m.slice(0)}` : `0${m}`; }
    case 'AR': { const m = `11 ${r.pick(['2', '3', '4', '5', '6'])}${r.digits(3)}-${r.digits(4)}`; return r.chance(0.5) ? `+54 9 ${m}` : `011 15-${m.slice(3)}`; }
    case 'CH': { const m = `7${r.pick(['6', '7', '8', '9'])} ${d(3)} ${d(2)} ${d(2)}`; return intl ? `+41 ${m}` : `0${m}`; }
  }
}

// ---------- cards ----------
const IIN = { visa: [['4', 16]], mc: [['51', 16], ['53', 16], ['55', 16], ['2221', 16], ['2720', 16], ['2305', 16]], amex: [['34', 15], ['37', 15]], discover: [['6011', 16], ['65', 16]], jcb: [['3530', 16], ['3566', 16], ['3589', 16]], diners: [['36', 14], ['3056', 14]] };
const TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5105105105105100', '3566002020360505'];
export function cardRaw(r, brand) {
  brand = brand || r.pick(['visa', 'visa', 'mc', 'mc', 'amex', 'discover', 'jcb', 'diners']);
  const [pre, len] = r.pick(IIN[brand]); let body = pre + r.digits(len - 1 - pre.length);
  const c = body + luhnDigit(body); if (TEST_CARDS.includes(c) || /(\d)\1{5}/.test(c)) return cardRaw(r, brand); return { num: c, brand };
}
export function fmtCard(r, num, style) {
  style = style ?? r.int(0, 3);
  if (style === 0) return num;
  const sep = style === 1 ? ' ' : style === 2 ? '-' : ' ';
  if (num.length === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  if (num.length === 14) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  return num.match(/.{4}/g).join(sep);
}
export const card = (r, brand, style) => { const c = cardRaw(r, brand); return P('CREDIT_CARD', fmtCard(r, c.num, style)); };
export function invalidCard(r) { const c = cardRaw(r, 'visa').num; const bad = c.slice(0, -1) + ((Number(c.slice(-1)) + r.int(1, 9)) % 10); return L('invalid_card', fmtCard(r, bad)); }
export const testCard = (r) => L('vendor_test_card', fmtCard(r, r.pick(TEST_CARDS), r.int(0, 1)));

// ---------- IBAN ----------
const IB = { DE: ['d18'], FR: ['d10', 'a11', 'd2'], ES: ['d20'], IT: ['A1', 'd10', 'a12'], NL: ['A4', 'd10'], GB: ['A4', 'd14'], IE: ['A4', 'd14'], BE: ['d12'], CH: ['d17'], AT: ['d16'], PL: ['d24'], PT: ['d21'], SE: ['d20'], NO: ['d11'], DK: ['d14'], FI: ['d14'], LU: ['d3', 'a13'], SA: ['d2', 'a18'], AE: ['d19'], TR: ['d5', 'd1', 'a16'], BR: ['d23', 'A1', 'a1'] };
function bban(r, cc) { return IB[cc].map(sp => { const n = Number(sp.slice(1)); return sp[0] === 'd' ? r.digits(n) : sp[0] === 'A' ? r.upper(n) : r.str('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', n); }).join(''); }
export function ibanRaw(r, cc) { cc = cc || r.pick(Object.keys(IB)); return ibanMake(cc, bban(r, cc)); }
export const fmtIban = (r, s, sp) => (sp ?? r.chance(0.6)) ? s.match(/.{1,4}/g).join(' ') : s;
export const iban = (r, cc, sp) => P('IBAN_CODE', fmtIban(r, ibanRaw(r, cc), sp));
export function invalidIban(r) { const s = ibanRaw(r, r.pick(['DE', 'FR', 'NL', 'ES', 'GB'])); const ck = (Number(s.slice(2, 4)) + r.int(1, 40)) % 97; const bad = s.slice(0, 2) + String(ck < 2 ? ck + 2 : ck).padStart(2, '0') + s.slice(4); return L('invalid_iban', fmtIban(r, bad)); }

// ---------- US ids ----------
export function ssnRaw(r) { let a; do { a = r.int(1, 899); } while (a === 666); const g = r.int(1, 99), s = r.int(1, 9999); const v = `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`; return /^(\d)\1\1-\1\1-\1{4}$/.test(v) || v === '123-45-6789' || v.startsWith('078-05') ? ssnRaw(r) : v; }
export const ssn = (r, style) => { const v = ssnRaw(r); return P('US_SSN', (style ?? r.int(0, 3)) === 3 ? v.replace(/-/g, '') : (style === 2 ? v.replace(/-/g, ' ') : v)); };
export function invalidSsn(r) { const k = r.int(0, 3); const a = k === 0 ? '000' : k === 1 ? '666' : String(r.int(900, 999)); const g = k === 3 ? '00' : String(r.int(10, 99)); const s = r.chance(0.2) ? '0000' : String(r.int(1000, 9999)); return L('invalid_ssn', `${k === 3 ? String(r.int(100, 599)) : a}-${g}-${s}`); }
export function itin(r, style) { const g = r.pick([...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); const v = `9${r.digits(2)}-${g}-${String(r.int(1, 9999)).padStart(4, '0')}`; return P('US_ITIN', (style ?? r.int(0, 2)) === 2 ? v.replace(/-/g, '') : v); }
export const passport = (r) => P('US_PASSPORT', r.chance(0.5) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'C', 'E', 'X', 'Z']) + r.digits(8));
const DL = { CA: (r) => r.upper(1) + r.digits(7), NY: (r) => r.digits(9), TX: (r) => r.pick(['1', '2', '3', '4']) + r.digits(7), FL: (r) => `${r.upper(1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, IL: (r) => `${r.upper(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, WA: (r) => 'WDL' + r.str('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 9), PA: (r) => r.digits(2) + ' ' + r.digits(3) + ' ' + r.digits(3), MI: (r) => `${r.upper(1)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, NJ: (r) => r.upper(1) + r.digits(14), OH: (r) => r.upper(2) + r.digits(6), AZ: (r) => r.upper(1) + r.digits(8), CO: (r) => `${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`, GA: (r) => r.digits(9), MA: (r) => 'S' + r.digits(8) };
export const DL_STATES = Object.keys(DL);
export function dl(r, st) { st = st || r.pick(DL_STATES); return { st, span: P('US_DRIVER_LICENSE', DL[st](r)) }; }
export function nhs(r) { for (;;) { const d9 = String(r.int(4, 6)) + r.digits(8); const c = nhsCheck(d9); if (c >= 0) { const v = d9 + c; return P('UK_NHS', r.chance(0.7) ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : v); } } }
export function dea(r, lastName) { const l2 = (lastName && /^[A-Za-z]/.test(lastName)) ? lastName[0].toUpperCase() : r.upper(1); const d6 = r.digits(6); return P('MEDICAL_LICENSE', r.pick(['A', 'B', 'F', 'G', 'M']) + l2 + d6 + deaCheck(d6)); }
export const bankAcct = (r) => P('US_BANK_NUMBER', r.digits(r.int(9, 14)));
export const routing = (r) => r.pick(['021000021', '011401533', '091000019', '121000358', '026009593', '322271627']);

// ---------- crypto ----------
export function btc(r) {
  const k = r.int(0, 3);
  if (k === 0) return P('CRYPTO', b58check(Buffer.concat([Buffer.from([0]), r.bytes(20)])));
  if (k === 1) return P('CRYPTO', b58check(Buffer.concat([Buffer.from([5]), r.bytes(20)])));
  if (k === 2) return P('CRYPTO', bech32Enc('bc', [0, ...to5(r.bytes(20))]));
  return P('CRYPTO', bech32Enc('bc', [1, ...to5(r.bytes(32))], true));
}

// ---------- IPs ----------
export function ip4(r) { for (;;) { const a = r.int(1, 223); if ([10, 127, 100, 169, 172, 192, 198, 203, 0].includes(a)) continue; return P('IP_ADDRESS', `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`); } }
export function ip6(r) { const g = () => r.hex(r.int(1, 4)).replace(/^0+(?=.)/, ''); return P('IP_ADDRESS', `${r.pick(['2a02', '2a01', '2603', '2806', '2401', '240e', '2c0f'])}:${g()}:${g()}:${g()}::${g()}`); }
export const ip = (r) => r.chance(0.75) ? ip4(r) : ip6(r);
