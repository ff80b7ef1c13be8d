// blind13 PII generators (names in many cultures and scripts, places, phones, ids with check digits).
import { A, str, int, pick, chance, words, pad, P, luhnComplete, ibanMake, nhsCheck, b58check, bech32Encode, bytes, deck } from './lib.mjs';

const C = {
  en: [words('Oliver Amelia Harry Isla Jack Poppy George Freya Noah Ivy Ethan Grace Liam Chloe Mason Harper Caleb Nora'), words('Whitfield Ashby Thornton Pemberton Caldwell Hargreaves Lockwood Sutcliffe Merriman Blackwood Fairbanks Holloway Kingsley Ramsey Underhill Wainwright')],
  es: [words('Lucía Mateo Valentina Santiago Ximena Alejandro Camila Diego Jimena Joaquín Paloma Rodrigo Inés Álvaro'), words('García Fernández Olivares Castañeda Villanueva Echeverría Montoya Iglesias Quintero Barrientos Salcedo Navarrete')],
  de: [words('Lukas Anneliese Jonas Friederike Maximilian Henrike Tobias Wiebke Matthias Svenja Jörg Ilse'), words('Schäfer Hoffmann Brandauer Kessler Lindqvist Obermaier Westphal Günther Zimmermann Krüger Vogelsang Eberhardt')],
  fr: [words('Élodie Baptiste Margaux Théo Clémence Aurélien Manon Gaëtan Solène Quentin Maëlle Rémi'), words('Lefèvre Moreau Dubois Garnier Rousseau Chevalier Fontaine Lemaire Barbier Marchand Delacroix Perrin')],
  it: [words('Giulia Lorenzo Chiara Matteo Francesca Alessandro Beatrice Riccardo Martina Niccolò'), words('Bianchi Esposito Romano Colombo Ricci Marino Greco Bruno Galli Conti Fabbri Lombardi')],
  pt: [words('João Beatriz Thiago Mariana Gonçalo Larissa Rafael Fernanda Caio Luana'), words('Silva Santos Oliveira Pereira Carvalho Rodrigues Almeida Nascimento Araújo Ribeiro Teixeira')],
  nl: [words('Daan Sanne Bram Fleur Joris Lotte Sem Femke Thijs Anouk'), words('de Vries van den Berg Jansen Bakker Visser Smit Meijer de Boer Mulder Dekker').reduce((a, w) => (/^(de|van|den)$/.test(w) ? (a.pre = (a.pre ? a.pre + ' ' : '') + w, a) : (a.push((a.pre ? a.pre + ' ' : '') + w), a.pre = '', a)), [])],
  pl: [words('Zofia Jakub Agnieszka Krzysztof Małgorzata Wojciech Katarzyna Paweł'), words('Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska')],
  tr: [words('Elif Emre Zeynep Burak Ayşe Mehmet Selin Oğuz'), words('Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan')],
  ar: [words('Omar Layla Youssef Fatima Karim Nour Tariq Amira Hassan Rania'), words('Haddad Al-Masri Khalil Nasser Saleh Aziz Bakr Mansour El-Sayed Farouk')],
  arS: [words('عمر ليلى يوسف فاطمة كريم نور'), words('حداد المصري خليل ناصر صالح منصور')],
  in: [words('Aarav Priya Vihaan Ananya Arjun Kavya Rohan Ishita Siddharth Meera Aditya Lakshmi'), words('Sharma Iyer Reddy Patel Nair Chatterjee Gupta Menon Deshpande Banerjee Krishnan Joshi')],
  zh: [words('Wei Fang Jun Li Na Hao Xiu Ying Lei Mei Chen Yu'), words('Zhang Wang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma')],
  zhS: [words('伟 芳 娜 敏 静 丽 强 磊 洋 艳 勇 军'), words('王 李 张 刘 陈 杨 黄 赵 吴 周')],
  ja: [words('Haruto Yui Sota Hina Ren Aoi Yuto Sakura Kaito Mei'), words('Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Yoshida')],
  jaS: [words('翔太 陽菜 蓮 結衣 大翔 美咲 悠斗 さくら'), words('田中 鈴木 高橋 渡辺 伊藤 山本 中村 小林')],
  ko: [words('Minjun Seoyeon Jiho Haeun Doyun Jiwoo'), words('Kim Lee Park Choi Jung Kang Cho Yoon')],
  koS: [words('민준 서연 지호 하은 도윤 지우'), words('김 이 박 최 정 강')],
  ru: [words('Dmitri Anastasia Sergei Yekaterina Nikolai Olga Alexei Tatiana'), words('Volkov Sokolova Morozov Lebedeva Kuznetsov Popova Novikov Fedorova')],
  ruS: [words('Дмитрий Анастасия Сергей Екатерина Николай Ольга'), words('Волков Соколова Морозов Лебедева Кузнецов Попова')],
  el: [words('Nikos Eleni Giorgos Katerina Yannis Sofia'), words('Papadopoulos Georgiou Karagiannis Nikolaidou Vlachos Dimitriou')],
  ng: [words('Chinedu Ngozi Oluwaseun Adaeze Emeka Folake Tunde Chiamaka'), words('Okafor Adeyemi Nwosu Balogun Eze Okonkwo Ogunleye Obi')],
  vi: [words('Minh Linh Tuan Hoa Quang Thao'), words('Nguyen Tran Le Pham Hoang Vu')],
  sw: [words('Amani Baraka Neema Juma Zawadi Imani'), words('Mwangi Otieno Wanjiru Kamau Achieng Njoroge')],
};
const ORDER_EAST = new Set(['zh', 'zhS', 'ja', 'jaS', 'ko', 'koS']);
const cult = deck(Object.keys(C));
export function personName(opt = {}) {
  const k = opt.culture || cult(); const [f, l] = C[k];
  const fn = pick(f), ln = pick(l);
  if (k === 'zhS' || k === 'jaS' || k === 'koS') return ln + (k === 'jaS' ? ' ' : '') + fn;
  let n = ORDER_EAST.has(k) && chance(0.5) ? `${ln} ${fn}` : `${fn} ${ln}`;
  if (opt.first) n = fn;
  else if (chance(0.08)) n = `${fn} ${pick(A.up)}. ${ln}`;
  if (opt.lower && chance(0.3)) n = n.toLowerCase();
  return n;
}
export const person = (o) => P('PERSON', personName(o));
export const firstName = (o = {}) => { const k = o.culture || pick(['en', 'es', 'de', 'fr', 'it', 'pt', 'in', 'ja', 'ng', 'ar', 'pl', 'ru']); return pick(C[k][0]); };

export const CITIES = words(`Lisbon Porto Rotterdam Utrecht Leipzig Dresden Bordeaux Marseille Bologna Turin Valencia Sevilla Kraków Gdańsk İzmir Ankara Casablanca Alexandria Nairobi Mombasa Lagos Ibadan Pune Chennai Kochi Jaipur Osaka Sapporo Fukuoka Busan Incheon Chengdu Hangzhou Da_Nang Hanoi Cebu Perth Adelaide Wellington Auckland Toronto Winnipeg Halifax Quebec_City Denver Tucson Savannah Portland Milwaukee Baltimore Monterrey Guadalajara Medellín Cusco Valparaíso Montevideo Curitiba Recife Reykjavík Tromsø Tampere Gothenburg Aarhus Ljubljana Zagreb Thessaloniki Plovdiv Tbilisi Yerevan Almaty Tashkent`).map((c) => c.replace(/_/g, ' '));
export const CITIES_NATIVE = words('東京 大阪 서울 부산 北京 上海 Москва Санкт-Петербург القاهرة دبي Αθήνα');
export const COUNTRIES = words(`Portugal Netherlands Germany France Italy Spain Poland Türkiye Morocco Egypt Kenya Nigeria India Japan Korea Vietnam Australia Canada Mexico Colombia Peru Chile Uruguay Brazil Iceland Norway Finland Sweden Denmark Slovenia Croatia Greece Bulgaria Georgia Armenia Kazakhstan Uzbekistan Ireland Scotland`);
export const REGIONS = words(`Bavaria Andalusia Tuscany Brittany Catalonia Kerala Hokkaido Patagonia Yorkshire Ontario Queensland Saxony Provence Galicia Anatolia Transylvania`);
export function cityName(lower = false) { let c = chance(0.08) ? pick(CITIES_NATIVE) : pick(CITIES); if (lower) c = c.toLowerCase(); return c; }
export const city = (lower = false) => P('LOCATION', cityName(lower));
export const country = (lower = false) => P('LOCATION', lower ? pick(COUNTRIES).toLowerCase() : pick(COUNTRIES));
export const region = () => P('LOCATION', pick(REGIONS));
const STREETS = {
  en: () => `${int(2, 2900)} ${pick(words('Maple Birchwood Harbor Kingsley Oakridge Mill Chestnut Juniper Lakeview Foxglove'))} ${pick(words('Street Avenue Road Lane Drive Court Way Terrace'))}`,
  us: () => `${int(100, 9899)} ${pick(['N', 'S', 'E', 'W'])} ${pick(words('Elm Linden Sycamore Cedar Prairie Magnolia'))} ${pick(['St', 'Ave', 'Blvd', 'Rd'])}${chance(0.3) ? ', Apt ' + int(1, 40) + pick(['A', 'B', 'C']) : ''}`,
  de: () => `${pick(words('Lindenstraße Kastanienallee Am_Mühlbach Rosenweg Schillerplatz Hafenstraße')).replace(/_/g, ' ')} ${int(1, 140)}${chance(0.2) ? 'a' : ''}`,
  fr: () => `${int(1, 90)} ${pick(['rue', 'avenue', 'boulevard', 'impasse'])} ${pick(['des Lilas', 'Victor-Hugo', 'de la Paix', 'du Moulin', 'Saint-Exupéry'])}`,
  es: () => `Calle ${pick(['de Alcalá', 'Mayor', 'del Pez', 'de Goya', 'San Bernardo'])} ${int(1, 200)}, ${int(1, 9)}º ${pick('ABCD')}`,
  it: () => `Via ${pick(['Garibaldi', 'dei Mille', 'Roma', 'della Spiga', 'Cavour'])} ${int(1, 180)}`,
  nl: () => `${pick(['Prinsengracht', 'Keizersgracht', 'Lindenlaan', 'Molenstraat'])} ${int(1, 400)}`,
  pt: () => `Rua ${pick(['das Flores', 'Augusta', 'do Carmo', 'Santa Catarina'])}, ${int(1, 300)}`,
  br: () => `Av. ${pick(['Paulista', 'Atlântica', 'Sete de Setembro', 'Rio Branco'])}, ${int(10, 3000)}`,
  jp: () => `${pick(['千代田区丸の内', '渋谷区神南', '中央区銀座', '北区梅田'])}${int(1, 9)}-${int(1, 20)}-${int(1, 30)}`,
  in: () => `${int(1, 99)}, ${pick(['MG Road', 'Linking Road', 'Residency Road', 'Park Street'])}`,
};
export const streetLine = (k) => (STREETS[k] || STREETS[pick(Object.keys(STREETS))])();
export const street = (k) => P('LOCATION', streetLine(k));

// phones in national numbering plans
const d = (n) => str(A.dig, n);
const nz = (n) => pick('23456789') + d(n - 1);
const PH = {
  US: () => { const ac = pick(['212', '415', '617', '312', '206', '303', '512', '404', '305', '718', '503', '919']); const ex = nz(3).replace(/^(\d)11$/, '$123'); const ln = d(4); return pick([`(${ac}) ${ex}-${ln}`, `+1 ${ac}-${ex}-${ln}`, `${ac}.${ex}.${ln}`, `1-${ac}-${ex}-${ln}`, `+1 (${ac}) ${ex} ${ln}`]); },
  CA: () => { const ac = pick(['416', '604', '514', '403', '613', '902']); return pick([`(${ac}) ${nz(3)}-${d(4)}`, `+1 ${ac} ${nz(3)} ${d(4)}`]); },
  GB: () => pick([`+44 20 7946 0${d(3)}`, `020 7946 0${d(3)}`, `07700 900${d(3)}`, `+44 7700 900${d(3)}`, `0161 496 0${d(3)}`, `+44 7${pick('45789')}${d(2)} ${d(6)}`]),
  DE: () => pick([`+49 30 ${nz(8)}`, `030 ${nz(7)}`, `+49 151 ${d(8)}`, `0171 ${d(7)}`, `+49 (0)89 ${nz(7)}`]),
  FR: () => { const p = () => d(2); return pick([`+33 6 ${p()} ${p()} ${p()} ${p()}`, `06 ${p()} ${p()} ${p()} ${p()}`, `01 ${p()} ${p()} ${p()} ${p()}`, `+33 (0)4 ${p()} ${p()} ${p()} ${p()}`]); },
  IN: () => pick([`+91 ${pick('6789')}${d(4)} ${d(5)}`, `0${pick('6789')}${d(9)}`, `+91-${pick('6789')}${d(9)}`]),
  BR: () => pick([`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`, `+55 (31) 3${d(3)}-${d(4)}`]),
  JP: () => pick([`090-${d(4)}-${d(4)}`, `080-${d(4)}-${d(4)}`, `+81 3-${d(4)}-${d(4)}`, `+81 90 ${d(4)} ${d(4)}`, `06-${d(4)}-${d(4)}`]),
  AU: () => pick([`+61 4${d(2)} ${d(3)} ${d(3)}`, `04${d(2)} ${d(3)} ${d(3)}`, `(02) ${nz(4)} ${d(4)}`, `+61 3 ${nz(4)} ${d(4)}`]),
  ES: () => pick([`+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `+34 7${d(2)} ${d(3)} ${d(3)}`]),
  IT: () => pick([`+39 3${d(2)} ${d(3)} ${d(4)}`, `06 ${d(4)} ${d(4)}`, `+39 02 ${d(4)} ${d(4)}`]),
  NL: () => pick([`+31 6 ${d(8)}`, `06-${d(8)}`, `020-${nz(3)} ${d(4)}`, `+31 (0)10 ${nz(3)} ${d(4)}`]),
  MX: () => pick([`+52 55 ${d(4)} ${d(4)}`, `+52 1 33 ${d(4)} ${d(4)}`, `(81) ${d(4)}-${d(4)}`]),
  PL: () => pick([`+48 5${d(2)} ${d(3)} ${d(3)}`, `+48 22 ${nz(3)} ${d(2)} ${d(2)}`]),
  SE: () => pick([`+46 70-${d(3)} ${d(2)} ${d(2)}`, `070-${d(3)} ${d(2)} ${d(2)}`, `08-${nz(3)} ${d(3)} ${d(2)}`.slice(0, 14)]),
  ZA: () => pick([`+27 82 ${d(3)} ${d(4)}`, `082 ${d(3)} ${d(4)}`, `+27 21 ${nz(3)} ${d(4)}`]),
  NG: () => pick([`+234 803 ${d(3)} ${d(4)}`, `0806 ${d(3)} ${d(4)}`, `+234 (0)1 ${nz(3)} ${d(4)}`]),
  KR: () => pick([`+82 10-${d(4)}-${d(4)}`, `010-${d(4)}-${d(4)}`, `02-${nz(4)}-${d(4)}`]),
  CN: () => pick([`+86 138 ${d(4)} ${d(4)}`, `139${d(8)}`, `+86 10 ${nz(4)} ${d(4)}`]),
  TR: () => pick([`+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `0532 ${d(3)} ${d(2)} ${d(2)}`]),
  AR: () => pick([`+54 9 11 ${d(4)}-${d(4)}`, `011 ${d(4)}-${d(4)}`]),
};
const phDeck = deck(Object.keys(PH));
export const phoneStr = (cc) => PH[cc || phDeck()]();
export const phone = (cc) => P('PHONE_NUMBER', phoneStr(cc));
const EMAIL_DOM = words('mail.example inbox.test corp.example post.invalid acme-co.example nordhaus.test kumo.example correo.test fastpost.example uni-lab.test');
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
export function emailStr(name) {
  const latin = ['en', 'es', 'de', 'fr', 'it', 'pt', 'pl', 'tr', 'ar', 'in', 'ja', 'ng', 'ru', 'el', 'vi', 'sw'];
  const n = name && /^[\p{Script=Latin} .'-]+$/u.test(name) ? name : personName({ culture: pick(latin) });
  const parts = n.split(/\s+/).map(ascii).filter(Boolean); const f = parts[0] || 'user', l = parts[parts.length - 1] || 'x';
  const local = pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${int(1, 99)}`, `${f}+${pick(['billing', 'news', 'jira'])}`, `${l}.${f[0]}`, `${f}${int(1970, 2009)}`, `${f}-${l}`]);
  return `${local}@${pick(EMAIL_DOM)}`;
}
export const email = (name) => P('EMAIL_ADDRESS', emailStr(name));
export function publicIPv4() { for (;;) { const a = int(1, 223); if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue; return `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`; } }
export const ipv6 = () => `2${pick(['a0', 'a1', '40', '60', '80'])}${str(A.hex, 1)}:${str(A.hex, 4)}:${str(A.hex, 4)}:${str(A.hex, 3)}::${str(A.hex, 3)}${pick('123456789abcdef')}`;
export const clientIP = () => P('IP_ADDRESS', chance(0.75) ? publicIPv4() : ipv6());
export const privateIP = () => pick([`10.${int(0, 255)}.${int(0, 255)}.${int(2, 254)}`, `192.168.${int(0, 255)}.${int(2, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(2, 254)}`]);

// cards
const CARD = [['visa', () => '4' + d(14), 16], ['mc', () => pick(['51', '52', '53', '54', '55']) + d(13), 16], ['mc2', () => String(int(2221, 2720)) + d(11), 16], ['amex', () => pick(['34', '37']) + d(12), 15], ['discover', () => pick(['6011' + d(11), '65' + d(13), String(int(644, 649)) + d(12)]), 16], ['jcb', () => String(int(3528, 3589)) + d(11), 16], ['diners', () => pick(['36' + d(11), String(int(300, 305)) + d(10)]), 14]];
export function cardDigits() { const [t, g] = pick(CARD); return { t, n: luhnComplete(g()) }; }
export function fmtCard(n) { const r = int(0, 2); if (r === 0) return n; const sep = r === 1 ? ' ' : '-'; if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep); if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep); return n.match(/.{4}/g).join(sep); }
export const card = () => P('CREDIT_CARD', fmtCard(cardDigits().n));
// IBAN
const BB = { DE: '18n', FR: '10n11c2n', GB: '4a14n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n', PL: '24n', PT: '21n', IE: '4a14n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', LU: '3n13c' };
export const IBAN_LEN = { DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15, DK: 18, FI: 18, LU: 20 };
function bban(cc) { return BB[cc].match(/\d+[nac]/g).map((p) => { const n = +p.slice(0, -1); const t = p.slice(-1); return str(t === 'n' ? A.dig : t === 'a' ? A.up : A.updig, n); }).join(''); }
export function ibanRaw(cc) { cc = cc || pick(Object.keys(BB)); return ibanMake(cc, bban(cc)); }
export const fmtIban = (s) => (chance(0.5) ? s.match(/.{1,4}/g).join(' ') : s);
export const iban = (cc) => P('IBAN_CODE', fmtIban(ibanRaw(cc)));
export function ssnStr(sep = '-') { let a; do a = int(1, 899); while (a === 666); return `${pad(a, 3)}${sep}${pad(int(1, 99), 2)}${sep}${pad(int(1, 9999), 4)}`; }
export const ssn = () => P('US_SSN', ssnStr(chance(0.85) ? '-' : chance(0.5) ? ' ' : ''));
export const itin = () => P('US_ITIN', `9${d(2)}-${pick([int(70, 88), int(90, 92), int(94, 99)])}-${d(4)}`);
export const passport = () => P('US_PASSPORT', chance(0.6) ? pick('123456789') + d(8) : pick('ACEFHJKLMNPRSTUVWXYZ') + d(8));
const DL = [() => pick(A.up) + d(7), () => nz(9), () => `${pick(A.up)}${d(3)}-${d(3)}-${d(2)}-${d(3)}-${d(1)}`, () => nz(8), () => `${pick(A.up)}${d(3)}-${d(4)}-${d(4)}`, () => `${pick(A.up)}${d(12)}`];
export const driverLicense = () => P('US_DRIVER_LICENSE', pick(DL)());
export const bankNumber = () => P('US_BANK_NUMBER', nz(int(8, 17)));
export function deaStr(lastInitial) { const first = pick('ABFGMPRX'); const d6 = d(6); const t = +d6[0] + +d6[2] + +d6[4] + 2 * (+d6[1] + +d6[3] + +d6[5]); return first + (lastInitial || pick(A.up)) + d6 + (t % 10); }
export const dea = (li) => P('MEDICAL_LICENSE', deaStr(li));
export function nhsStr() { for (;;) { const n9 = nz(9); const c = nhsCheck(n9); if (c === 10) continue; const s = n9 + c; return chance(0.6) ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` : s; } }
export const nhs = () => P('UK_NHS', nhsStr());
export function btcStr() { const r = int(0, 2); if (r === 0) return b58check(Buffer.concat([Buffer.from([0]), bytes(20)])); if (r === 1) return b58check(Buffer.concat([Buffer.from([5]), bytes(20)])); return bech32Encode('bc', 0, [...bytes(20)]); }
export const btc = () => P('CRYPTO', btcStr());
