// PII and look-alike value generators. Each returns a Span (or a composite of text and Spans).
import { pii, look, J } from './doc.mjs';
import { CULTURES, LATIN_CULTURES, SCRIPT_CULTURES, PLACES, ORGS, TLDS } from './data.mjs';
import { luhnComplete, luhnOk, ibanMake, IBAN_LEN, mod97, nhsCheckDigit, deaCheckDigit, b58check, segwitAddr, ssnOk, itinOk, VENDOR_TEST_CARDS, btcOk, nhsOk, deaOk } from './checks.mjs';
import { certificate, sshPublic, pemPublic } from './pem.mjs';
import { B64, B64URL, LOWNUM, UPNUM, ALNUM } from './prng.mjs';

// ---------------- people ----------------
export const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ı/g, 'i').replace(/[’']/g, '');
export class Person {
  constructor(r, culture) {
    this.culture = culture || r.pick(r.chance(0.78) ? LATIN_CULTURES : SCRIPT_CULTURES);
    const c = CULTURES[this.culture];
    this.gi = r.int(0, c.given.length - 1); this.fi = r.int(0, c.family.length - 1);
    this.given = c.given[this.gi]; this.family = c.family[this.fi];
    this.order = c.order; this.sep = c.sep ?? ' ';
    this.latin = !SCRIPT_CULTURES.includes(this.culture);
    this.r = r;
  }
  get full() { return this.order === 'fg' ? this.family + this.sep + this.given : this.given + ' ' + this.family; }
  // styles: full | formal (Family, Given) | upper | lower | initial | given | family | upperFamily
  name(style = 'full') {
    const g = this.given, f = this.family;
    switch (style) {
      case 'full': return this.full;
      case 'formal': return this.latin && this.order === 'gf' ? `${f}, ${g}` : this.full;
      case 'upper': return this.latin ? this.full.toUpperCase() : this.full;
      case 'lower': return this.latin ? this.full.toLowerCase() : this.full;
      case 'initial': return this.latin && this.order === 'gf' ? `${g[0]}. ${f}` : this.full;
      case 'given': return g;
      case 'family': return f;
      case 'upperFamily': return this.latin && this.order === 'gf' ? `${f.toUpperCase()} ${g}` : this.full;
      default: throw new Error(style);
    }
  }
  P(style) { return pii('PERSON', this.name(style), { culture: this.culture, style }); }
  handle() { const g = ascii(this.latinGiven()).toLowerCase().replace(/[^a-z]/g, ''), f = ascii(this.latinFamily()).toLowerCase().replace(/[^a-z]/g, ''); return this.r.pick([g + '.' + f, g[0] + f, g + f[0], f + '_' + g[0], g, g + this.r.int(1, 99)]); }
  latinGiven() { return this.latin ? this.given : ROMAN[this.given] || ROMAN_IDX[this.culture]?.given[this.gi] || 'member'; }
  latinFamily() { return this.latin ? this.family : ROMAN[this.family] || ROMAN_IDX[this.culture]?.family[this.fi] || 'staff'; }
  emailLocal() {
    const r = this.r; const g = ascii(this.latinGiven()).toLowerCase().replace(/[^a-z]/g, ''), f = ascii(this.latinFamily()).toLowerCase().replace(/[^a-z]/g, '');
    return r.pickw([[4, `${g}.${f}`], [2, `${g[0]}${f}`], [1, `${g}_${f}`], [1, `${f}.${g[0]}`], [1, `${g}${r.int(1, 99)}`], [1, `${g}.${f}+${r.pick(['crm', 'news', 'billing', 'jobs'])}`], [1, `${f}-${g}`], [1, `${g[0]}.${f}${r.int(70, 99)}`]]);
  }
  email(domain) { if (domain) return pii('EMAIL_ADDRESS', `${this.local || (this.local = this.emailLocal())}@${domain}`); if (!this._email || this.r.chance(0.15)) this._email = `${this.emailLocal()}@${emailDomain(this.r)}`; return pii('EMAIL_ADDRESS', this._email); }
}
// romanisations for script names used in e-mail addresses
const ROMAN = { 'Алексей': 'aleksei', 'Наталья': 'natalya', 'Дмитрий': 'dmitry', 'Екатерина': 'ekaterina', 'Сергей': 'sergey', 'Ольга': 'olga', 'Игорь': 'igor', 'Татьяна': 'tatiana', 'Владимир': 'vladimir', 'Светлана': 'svetlana', 'Михаил': 'mikhail', 'Юлия': 'yulia', 'Артём': 'artyom', 'Ксения': 'ksenia', 'Смирнов': 'smirnov', 'Кузнецова': 'kuznetsova', 'Попов': 'popov', 'Соколова': 'sokolova', 'Лебедев': 'lebedev', 'Новикова': 'novikova', 'Морозов': 'morozov', 'Волкова': 'volkova', 'Фёдоров': 'fedorov', 'Павлова': 'pavlova', 'Семёнов': 'semenov', 'Голубева': 'golubeva', 'Виноградов': 'vinogradov', 'Белова': 'belova', '佐藤': 'sato', '鈴木': 'suzuki', '高橋': 'takahashi', '田中': 'tanaka', '渡辺': 'watanabe', '伊藤': 'ito', '山本': 'yamamoto', '中村': 'nakamura', '小林': 'kobayashi', '加藤': 'kato', '吉田': 'yoshida', '山口': 'yamaguchi', '翔太': 'shota', '美咲': 'misaki', '大輔': 'daisuke', '陽菜': 'hina', '健一': 'kenichi', '由美子': 'yumiko', '拓海': 'takumi', '真由': 'mayu', '悠斗': 'yuto', '恵子': 'keiko', '直樹': 'naoki', '彩花': 'ayaka', '王': 'wang', '李': 'li', '张': 'zhang', '刘': 'liu', '陈': 'chen', '杨': 'yang', '黄': 'huang', '赵': 'zhao', '周': 'zhou', '吴': 'wu', '徐': 'xu', '孙': 'sun', '伟': 'wei', '秀英': 'xiuying', '志强': 'zhiqiang', '丽娟': 'lijuan', '建国': 'jianguo', '婷婷': 'tingting', '浩然': 'haoran', '欣怡': 'xinyi', '俊杰': 'junjie', '雪梅': 'xuemei', '子轩': 'zixuan', '佳琪': 'jiaqi', '김': 'kim', '이': 'lee', '박': 'park', '최': 'choi', '정': 'jung', '강': 'kang', '조': 'cho', '윤': 'yoon', '장': 'jang', '임': 'lim', '민준': 'minjun', '서연': 'seoyeon', '도윤': 'doyun', '지우': 'jiwoo', '예준': 'yejun', '하은': 'haeun', '지호': 'jiho', '수빈': 'subin', '현우': 'hyunwoo', '지민': 'jimin' };

const ROMAN_IDX = {
  el: { given: ['giorgos', 'eleni', 'nikos', 'maria', 'kostas', 'dimitra', 'panagiotis', 'aikaterini', 'spyros', 'vasiliki'], family: ['papadopoulos', 'oikonomou', 'georgiou', 'karagianni', 'nikolaidis', 'vlachou', 'athanasiou', 'michailidou', 'stamatopoulos', 'zachariou'] },
  he: { given: ['yosef', 'michal', 'avi', 'noa', 'daniel', 'tamar', 'itai', 'shira', 'omer', 'rachel'], family: ['cohen', 'levi', 'mizrahi', 'peretz', 'biton', 'avraham', 'friedman', 'shapira', 'azulay', 'goldberg'] },
  th: { given: ['somchai', 'sudarat', 'prasert', 'wilaiwan', 'thanakorn', 'kanokporn', 'anucha', 'pimchanok'], family: ['srisuk', 'kaewmanee', 'wongsawat', 'boonma', 'thongdee', 'chanpen', 'suwannarat', 'promma'] },
  ka: { given: ['giorgi', 'nino', 'davit', 'tamar', 'levan', 'mariam', 'irakli', 'eka'], family: ['beridze', 'kapanadze', 'gelashvili', 'maisuradze', 'lomidze', 'japaridze', 'kharaishvili', 'tsiklauri'] },
  uk: { given: ['oleksandr', 'oksana', 'bohdan', 'hanna', 'taras', 'iryna', 'andrii', 'lesia', 'yurii', 'solomiia'], family: ['shevchenko', 'kovalenko', 'bondarenko', 'tkachenko', 'melnyk', 'kravchuk', 'oliinyk', 'hnatiuk', 'savchenko', 'rudenko'] },
  ar: { given: ['mohammed', 'fatima', 'ahmad', 'maryam', 'khalid', 'nour', 'youssef', 'layla', 'omar', 'sara', 'tariq', 'huda'], family: ['alotaibi', 'husseini', 'khatib', 'almansouri', 'haddad', 'shammari', 'elsayed', 'zahrani', 'abdullah', 'najjar', 'qahtani', 'bazzaz'] },
  hi: { given: ['rahul', 'priya', 'amit', 'sunita', 'vikas', 'anjali', 'sanjay', 'pooja', 'arjun', 'kavita'], family: ['sharma', 'verma', 'gupta', 'singh', 'mishra', 'yadav', 'agarwal', 'chaudhary', 'pandey', 'tripathi'] },
};
export function emailDomain(r, org) {
  org = org || r.pick(ORGS);
  const tld = r.pickw([[6, 'example'], [3, 'test'], [1, 'invalid']]);
  return r.pickw([[5, `${org}.${tld}`], [2, `mail.${org}.${tld}`], [1, `${org}-${r.pick(['de', 'uk', 'br', 'jp', 'in', 'fr'])}.${tld}`], [2, `${r.pick(['post', 'webmail', 'inbox', 'fastmail', 'correo', 'freenet'])}.${tld}`], [1, `${r.pick(['students', 'staff', 'alumni'])}.${r.pick(['uni-nord', 'tecnologico', 'polytech'])}.${tld}`]]);
}
export function email(r, person) { return (person || new Person(r)).email(); }
export function roleEmail(r, org) { return pii('EMAIL_ADDRESS', `${r.pick(['support', 'billing', 'ops', 'noreply', 'dpo', 'hr', 'it-helpdesk', 'facturacion', 'kontakt', 'sales'])}@${emailDomain(r, org)}`); }

// ---------------- places ----------------
export const street = (r, cc) => pii('LOCATION', PLACES[cc].street(r), { cc, street: true });
export function streetWhere(r, cc, pred) { for (let i = 0; i < 50; i++) { const v = PLACES[cc].street(r); if (pred(v)) return v; } return PLACES[cc].street(r); }
export function cityWhere(r, cc, pred) { const c = PLACES[cc].cities.filter(pred); return r.pick(c.length ? c : PLACES[cc].cities); }
export const city = (r, cc) => pii('LOCATION', r.pick(PLACES[cc].cities));
export const country = (r, cc) => pii('LOCATION', r.pick(PLACES[cc].names));
export const zip = (r, cc) => PLACES[cc].zip(r);
// a one-line postal address: street, zip city, country  (zip is neutral)
export function address(r, cc, opts = {}) {
  const st = street(r, cc), ci = city(r, cc), z = zip(r, cc), co = opts.country === false ? null : (opts.country || r.chance(0.5)) ? country(r, cc) : null;
  const sep = opts.sep || ', ';
  switch (cc) {
    case 'US': return J`${st}${sep}${ci}, ${r.pick(PLACES.US.states)} ${z}${co ? J`${sep}${co}` : ''}`;
    case 'GB': case 'CA': case 'AU': return J`${st}${sep}${ci} ${z}${co ? J`${sep}${co}` : ''}`;
    case 'JP': { if (/丁目/.test(st.value) && /市$/.test(ci.value)) return J`〒${z} ${pii('LOCATION', ci.value + st.value)}${co ? J` ${co}` : ''}`; return J`${st}${sep}${ci} ${z}${co ? J`${sep}${co}` : ''}`; }
    case 'CN': return /市$/.test(ci.value) ? J`${pii('LOCATION', ci.value + st.value)}${co ? J`，${co}` : ''}` : J`${st}, ${ci}${co ? J`, ${co}` : ''}`;
    case 'KR': return J`${ci} ${st}${co ? J` ${co}` : ''}`;
    case 'RU': return J`${st}${sep}${ci}, ${z}${co ? J`${sep}${co}` : ''}`;
    case 'BR': return J`${st}${sep}${ci} - CEP ${z}${co ? J`${sep}${co}` : ''}`;
    case 'IN': return J`${st}${sep}${ci} - ${z}${co ? J`${sep}${co}` : ''}`;
    default: return J`${st}${sep}${z} ${ci}${co ? J`${sep}${co}` : ''}`;
  }
}

// ---------------- phones ----------------
const D = (r, n) => r.digits(n);
const nz = (r) => String(r.int(2, 9));
// each plan: [intl, national]
export const PHONE_PLANS = {
  US: (r) => { const a = r.pick(['212', '312', '415', '503', '615', '713', '804', '919', '480', '617', '720', '206']), e = nz(r) + D(r, 2), s = D(r, 4); return [`+1 ${a}-${e}-${s}`, r.pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `${a}.${e}.${s}`, `1-${a}-${e}-${s}`])]; },
  CA: (r) => { const a = r.pick(['204', '902', '306', '250', '418', '604', '613', '780']), e = nz(r) + D(r, 2), s = D(r, 4); return [`+1 ${a} ${e} ${s}`, `(${a}) ${e}-${s}`]; },
  GB: (r) => r.chance(0.5) ? (() => { const x = D(r, 3), y = D(r, 3); return [`+44 7${r.pick(['4', '5', '7', '8', '9'])}${D(r, 2)} ${x}${y}`.replace(/(\+44 7\d{3}) (\d{6})/, '$1 $2'), `07${r.int(400, 999)} ${D(r, 6)}`]; })() : (() => { const ac = r.pick(['113', '117', '1603', '1224', '1792', '1332', '1392']), rest = D(r, 10 - ac.length); return [`+44 ${ac} ${rest.slice(0, 3)} ${rest.slice(3)}`, `(0${ac}) ${rest.slice(0, 3)} ${rest.slice(3)}`]; })(),
  DE: (r) => r.chance(0.5) ? (() => { const p = r.pick(['151', '160', '170', '171', '176', '157']), s = D(r, 8); return [`+49 ${p} ${s}`, `0${p} ${s.slice(0, 4)} ${s.slice(4)}`]; })() : (() => { const ac = r.pick(['251', '761', '341', '561', '941', '451', '551']), s = D(r, 7); return [`+49 ${ac} ${s}`, `0${ac}/${s}`]; })(),
  FR: (r) => { const p = r.pick(['6', '7', '1', '4', '5']), g = [D(r, 2), D(r, 2), D(r, 2), D(r, 2)]; return [`+33 ${p} ${g.join(' ')}`, `0${p} ${g.join(' ')}`.replace(/ /g, r.pick([' ', '.', ' ']))]; },
  ES: (r) => { const p = r.pick(['6', '7', '91', '93', '96']), s = D(r, 9 - p.length); const num = p + s; return [`+34 ${num.slice(0, 3)} ${num.slice(3, 6)} ${num.slice(6)}`, `${num.slice(0, 3)} ${num.slice(3, 5)} ${num.slice(5, 7)} ${num.slice(7)}`]; },
  IT: (r) => r.chance(0.6) ? (() => { const p = '3' + r.pick(['20', '28', '33', '35', '39', '47', '49']), s = D(r, 7); return [`+39 ${p} ${s}`, `${p} ${s.slice(0, 3)} ${s.slice(3)}`]; })() : (() => { const p = r.pick(['06', '02', '051', '011']), s = D(r, 10 - p.length); return [`+39 ${p} ${s}`, `${p} ${s}`]; })(),
  NL: (r) => r.chance(0.5) ? (() => { const s = D(r, 8); return [`+31 6 ${s}`, `06-${s}`]; })() : (() => { const ac = r.pick(['20', '10', '30', '70', '50']), s = D(r, 7); return [`+31 ${ac} ${s.slice(0, 3)} ${s.slice(3)}`, `0${ac}-${s.slice(0, 3)} ${s.slice(3)}`]; })(),
  PL: (r) => { const s = r.pick(['5', '6', '7', '8']) + D(r, 8); return [`+48 ${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`, `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`]; },
  SE: (r) => { const p = r.pick(['70', '72', '73', '76']), s = D(r, 7); return [`+46 ${p} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`, `0${p}-${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`]; },
  CH: (r) => { const p = r.pick(['76', '78', '79', '44', '31']), s = D(r, 7); return [`+41 ${p} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`, `0${p} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`]; },
  AT: (r) => { const p = r.pick(['664', '660', '676', '699']), s = D(r, 7); return [`+43 ${p} ${s}`, `0${p} ${s}`]; },
  BE: (r) => { const s = D(r, 6); const p = '4' + r.pick(['70', '75', '77', '85', '96']); return [`+32 ${p} ${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}`, `0${p}/${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4)}`]; },
  IE: (r) => { const p = r.pick(['83', '85', '86', '87', '89']), s = D(r, 7); return [`+353 ${p} ${s.slice(0, 3)} ${s.slice(3)}`, `0${p} ${s.slice(0, 3)} ${s.slice(3)}`]; },
  PT: (r) => { const s = '9' + r.pick(['1', '2', '3', '6']) + D(r, 7); return [`+351 ${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`, `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`]; },
  IN: (r) => { const s = r.pick(['9', '8', '7']) + D(r, 9); return [`+91 ${s.slice(0, 5)} ${s.slice(5)}`, `0${s.slice(0, 5)} ${s.slice(5)}`]; },
  BR: (r) => { const ddd = r.pick(['11', '21', '31', '41', '51', '61', '71', '81']), s = '9' + D(r, 8); return [`+55 ${ddd} ${s.slice(0, 5)}-${s.slice(5)}`, `(${ddd}) ${s.slice(0, 5)}-${s.slice(5)}`]; },
  MX: (r) => { const ac = r.pick(['55', '33', '81']), s = D(r, 8); return [`+52 ${ac} ${s.slice(0, 4)} ${s.slice(4)}`, `${ac} ${s.slice(0, 4)} ${s.slice(4)}`]; },
  JP: (r) => r.chance(0.5) ? (() => { const p = r.pick(['090', '080', '070']), a = D(r, 4), b = D(r, 4); return [`+81 ${p.slice(1)}-${a}-${b}`, `${p}-${a}-${b}`]; })() : (() => { const a = D(r, 4), b = D(r, 4); return [`+81 3-${a}-${b}`, `03-${a}-${b}`]; })(),
  KR: (r) => { const a = D(r, 4), b = D(r, 4); return [`+82 10-${a}-${b}`, `010-${a}-${b}`]; },
  CN: (r) => { const s = '1' + r.pick(['38', '39', '50', '58', '86', '77']) + D(r, 8); return [`+86 ${s.slice(0, 3)} ${s.slice(3, 7)} ${s.slice(7)}`, `${s.slice(0, 3)} ${s.slice(3, 7)} ${s.slice(7)}`]; },
  AU: (r) => r.chance(0.6) ? (() => { const s = '4' + D(r, 8); return [`+61 ${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`, `0${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`]; })() : (() => { const ac = r.pick(['2', '3', '7', '8']), s = nz(r) + D(r, 7); return [`+61 ${ac} ${s.slice(0, 4)} ${s.slice(4)}`, `(0${ac}) ${s.slice(0, 4)} ${s.slice(4)}`]; })(),
  NZ: (r) => { const s = D(r, 7); return [`+64 21 ${s.slice(0, 3)} ${s.slice(3)}`, `021 ${s.slice(0, 3)} ${s.slice(3)}`]; },
  ZA: (r) => { const p = r.pick(['82', '83', '72', '71', '84']), s = D(r, 7); return [`+27 ${p} ${s.slice(0, 3)} ${s.slice(3)}`, `0${p} ${s.slice(0, 3)} ${s.slice(3)}`]; },
  SG: (r) => { const s = r.pick(['8', '9']) + D(r, 7); return [`+65 ${s.slice(0, 4)} ${s.slice(4)}`, `${s.slice(0, 4)} ${s.slice(4)}`]; },
  TR: (r) => { const s = '5' + r.pick(['32', '33', '42', '05', '55']) + D(r, 7); return [`+90 ${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 8)} ${s.slice(8)}`, `0${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 8)} ${s.slice(8)}`]; },
  RU: (r) => { const s = '9' + D(r, 9); return [`+7 ${s.slice(0, 3)} ${s.slice(3, 6)}-${s.slice(6, 8)}-${s.slice(8)}`, `8 (${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6, 8)}-${s.slice(8)}`]; },
  NG: (r) => { const s = r.pick(['803', '805', '806', '813', '703', '909']) + D(r, 7); return [`+234 ${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`, `0${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`]; },
  KE: (r) => { const s = '7' + D(r, 8); return [`+254 ${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`, `0${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`]; },
  AE: (r) => { const s = '5' + r.pick(['0', '2', '5', '6']) + D(r, 7); return [`+971 ${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5)}`, `0${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5)}`]; },
  IL: (r) => { const s = '5' + r.pick(['0', '2', '4', '8']) + D(r, 7); return [`+972 ${s.slice(0, 2)}-${s.slice(2, 5)}-${s.slice(5)}`, `0${s.slice(0, 2)}-${s.slice(2, 5)}-${s.slice(5)}`]; },
  AR: (r) => { const s = D(r, 8); return [`+54 9 11 ${s.slice(0, 4)}-${s.slice(4)}`, `011 15-${s.slice(0, 4)}-${s.slice(4)}`]; },
};
// culture -> likely numbering plans
export const CC_PLAN = { US: 'US', GB: 'GB', DE: 'DE', FR: 'FR', ES: 'ES', IT: 'IT', NL: 'NL', PL: 'PL', BR: 'BR', JP: 'JP', RU: 'RU', SE: 'SE', MX: 'MX', IN: 'IN', CN: 'CN', KR: 'KR', TR: 'TR', AU: 'AU', CA: 'CA', KE: 'KE', NG: 'NG' };
export function phone(r, plan, form) {
  plan = plan || r.pick(Object.keys(PHONE_PLANS));
  const [intl, nat] = PHONE_PLANS[plan](r);
  form = form || (r.chance(0.5) ? 'intl' : 'nat');
  let v = form === 'intl' ? intl : form === 'e164' ? intl.replace(/[^\d+]/g, '') : nat;
  return pii('PHONE_NUMBER', v, { plan });
}

// ---------------- network ----------------
export function publicIPv4(r) {
  for (;;) {
    const a = r.int(1, 223);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203, 224].includes(a)) continue;
    return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}
export function ip(r, kind) {
  kind = kind || r.pickw([[5, 'pub'], [2, 'doc'], [2, 'priv'], [2, 'v6']]);
  let v;
  if (kind === 'pub') v = publicIPv4(r);
  else if (kind === 'doc') v = `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;
  else if (kind === 'priv') v = r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  else v = r.chance(0.5) ? `2001:db8:${r.hex(4).replace(/^0+(?=.)/, '')}:${r.hex(3)}::${r.hex(2)}` : `2a0${r.int(1, 9)}:${r.hex(4).replace(/^0+(?=.)/, '')}:${r.hex(4).replace(/^0+(?=.)/, '')}:${r.int(1, 9)}${r.hex(3)}:${r.hex(4).replace(/^0+(?=.)/, '')}:${r.hex(2)}ff:fe${r.hex(2)}:${r.hex(4).replace(/^0+(?=.)/, '')}`;
  return pii('IP_ADDRESS', v);
}

// ---------------- financial ----------------
const CARD_PREFIX = { visa: [['4', 16]], mastercard: [['51', 16], ['53', 16], ['55', 16], ['2221', 16], ['2345', 16], ['2720', 16], ['2611', 16]], amex: [['34', 15], ['37', 15]], discover: [['6011', 16], ['644', 16], ['65', 16]], jcb: [['3528', 16], ['3566', 16], ['3589', 16]], diners: [['36', 14], ['300', 14], ['305', 14]] };
export function cardNumber(r, brand) {
  brand = brand || r.pickw([[5, 'visa'], [4, 'mastercard'], [2, 'amex'], [1, 'discover'], [1, 'jcb'], [1, 'diners']]);
  for (;;) {
    const [p, n] = r.pick(CARD_PREFIX[brand]);
    const d = luhnComplete(p + r.digits(n - p.length - 1));
    if (!VENDOR_TEST_CARDS.includes(d)) return d;
  }
}
export function fmtCard(r, d, style) {
  style = style || r.pickw([[3, 'space'], [2, 'plain'], [1, 'dash']]);
  if (style === 'plain') return d;
  const sep = style === 'dash' ? '-' : ' ';
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{1,4}/g).join(sep);
}
export const card = (r, brand, style) => pii('CREDIT_CARD', fmtCard(r, cardNumber(r, brand), style));
const BBAN = { DE: 'n18', GB: 'a4n14', FR: 'n10c11n2', ES: 'n20', IT: 'a1n10c12', NL: 'a4n10', BE: 'n12', AT: 'n16', CH: 'n5c12', PL: 'n24', PT: 'n21', IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n3c13', CZ: 'n20', HU: 'n24', RO: 'a4c16', GR: 'n7c16', TR: 'n5n1c16', SA: 'n2c18', AE: 'n3n16', BR: 'n23a1c1', HR: 'n17', SK: 'n20', SI: 'n15', EE: 'n16', LT: 'n16' };
function bbanFrom(r, spec) { let out = ''; for (const [, t, k] of spec.matchAll(/([anc])(\d+)/g)) out += r.str(+k, t === 'n' ? '0123456789' : t === 'a' ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'); return out; }
export function ibanRaw(r, cc) {
  cc = cc || r.pick(Object.keys(BBAN));
  const iban = ibanMake(cc, bbanFrom(r, BBAN[cc]));
  if (iban.length !== IBAN_LEN[cc]) throw new Error('iban length ' + cc);
  return iban;
}
export const fmtIban = (r, s, style) => (style || (r.chance(0.65) ? 'grouped' : 'plain')) === 'grouped' ? s.match(/.{1,4}/g).join(' ') : s;
export const iban = (r, cc, style) => pii('IBAN_CODE', fmtIban(r, ibanRaw(r, cc), style));
export function ssnRaw(r) { for (;;) { const a = r.int(1, 899), g = r.int(1, 99), s = r.int(1, 9999); const v = `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`; if (ssnOk(v)) return v; } }
export function ssn(r, style) { const v = ssnRaw(r); style = style || r.pickw([[6, '-'], [1, ' '], [1, '']]); return pii('US_SSN', v.replace(/-/g, style)); }
export function itin(r) { const g = r.pick([r.int(70, 88), r.int(90, 92), r.int(94, 99), r.int(50, 65)]); const v = `9${r.digits(2)}-${g}-${String(r.int(1, 9999)).padStart(4, '0')}`; if (!itinOk(v)) throw new Error('itin'); return pii('US_ITIN', r.chance(0.85) ? v : v.replace(/-/g, '')); }
export const passport = (r) => pii('US_PASSPORT', r.chance(0.7) ? String(r.int(1, 9)) + r.digits(8) : r.pick(['A', 'C', 'E', 'X']) + r.digits(8));
export function driverLicense(r, st) {
  st = st || r.pick(['CA', 'NY', 'FL', 'TX', 'IL', 'WA', 'PA', 'NJ', 'MI', 'OH']);
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const v = { CA: () => r.str(1, L) + r.digits(7), NY: () => r.chance(0.5) ? r.digits(9) : `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, FL: () => `${r.str(1, L)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, TX: () => r.digits(8), IL: () => `${r.str(1, L)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, WA: () => 'WDL' + r.str(9, UPNUM), PA: () => `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, NJ: () => `${r.str(1, L)}${r.digits(4)} ${r.digits(5)} ${r.digits(5)}`, MI: () => `${r.str(1, L)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, OH: () => r.str(2, L) + r.digits(6) }[st]();
  return pii('US_DRIVER_LICENSE', v, { state: st });
}
export const bankAccount = (r) => pii('US_BANK_NUMBER', r.digits(r.int(8, 17)).replace(/^0/, String(r.int(1, 9))));
export function btc(r, kind) {
  kind = kind || r.pick(['p2pkh', 'p2sh', 'wpkh', 'tr']);
  let v;
  if (kind === 'p2pkh') v = b58check(Buffer.concat([Buffer.from([0]), r.bytes(20)]));
  else if (kind === 'p2sh') v = b58check(Buffer.concat([Buffer.from([5]), r.bytes(20)]));
  else if (kind === 'wpkh') v = segwitAddr(0, r.bytes(20));
  else v = segwitAddr(1, r.bytes(32));
  if (!btcOk(v)) throw new Error('btc ' + v);
  return pii('CRYPTO', v);
}
export function dea(r, surname) {
  const first = r.pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']);
  const s = ascii(surname || 'X').toUpperCase().replace(/[^A-Z]/g, '');
  const second = r.chance(0.9) && s ? s[0] : '9';
  const six = r.digits(6);
  const v = first + second + six + deaCheckDigit(six);
  if (!deaOk(v)) throw new Error('dea');
  return pii('MEDICAL_LICENSE', v);
}
export function nhs(r, style) {
  for (;;) { const nine = String(r.int(400, 799)) + r.digits(6); const c = nhsCheckDigit(nine); if (c === 10) continue; const d = nine + c; style = style || r.pickw([[5, ' '], [1, ''], [1, '-']]); return pii('UK_NHS', style ? `${d.slice(0, 3)}${style}${d.slice(3, 6)}${style}${d.slice(6)}` : d); }
}

// ---------------- look-alikes ----------------
export const L = {
  git_sha: (r, short) => look('git_sha', short ? r.hex(r.pick([7, 8, 10, 12])) : r.hex(40)),
  uuid: (r) => look('uuid', uuidStr(r)),
  digest: (r) => look('digest', 'sha256:' + r.hex(64)),
  integrity: (r) => look('integrity', r.chance(0.7) ? 'sha512-' + r.bytes(64).toString('base64') : 'sha384-' + r.bytes(48).toString('base64')),
  hash: (r, kind) => { kind = kind || r.pick(['md5', 'sha1', 'sha256']); return look('hash', r.hex({ md5: 32, sha1: 40, sha256: 64 }[kind])); },
  bcrypt: (r) => look('hash', `$2${r.pick(['a', 'b', 'y'])}$${r.pick(['10', '12'])}$${r.str(53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`),
  certificate: (r, cn) => look('certificate', certificate(r, cn || 'svc.acme.example')),
  ssh_public: (r, comment) => look('public_key', sshPublic(r, comment)),
  pem_public: (r) => look('public_key', pemPublic(r)),
  stripe_pk: (r) => look('public_key', 'pk_live_51' + r.b62(97)),
  mapbox_pk: (r) => look('public_key', 'pk.' + Buffer.from(JSON.stringify({ u: r.pick(['mapteam', 'geo-ops', 'fleetviz']), a: 'cl' + r.str(23, LOWNUM) })).toString('base64url') + '.' + r.str(22, B64URL)),
  posthog_pk: (r) => look('public_key', 'phc_' + r.b62(43)),
  placeholder: (r) => look('placeholder', r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '<password>', 'your_api_key_here', '********', 'TODO', 'dummy', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '<insert key>', 'AKIA................', 'secret', 'password', 'PUT-TOKEN-HERE', '{{ api_key }}', '%API_KEY%', 'xoxb-your-bot-token', '•••••••', 'redacted', '[REDACTED]', 'n/a', 'CHANGE_ME_BEFORE_DEPLOY', '<paste here>', 'sk_live_xxx'])),
  aws_example_key: (r) => look('aws_example_key', r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'])),
  env_reference: (r, name) => { name = name || r.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'VAULT_TOKEN', 'SMTP_PASS', 'REDIS_URL', 'AUTH_SECRET']); return look('env_reference', r.pick([`\${${name}}`, `$${name}`, `\${{ secrets.${name} }}`, `%${name}%`, `$env:${name}`, `{{ env "${name}" }}`, `\${env:${name}}`, `process.env.${name}`, `os.environ["${name}"]`, `\${var.${name.toLowerCase()}}`, `{{ vault_${name.toLowerCase()} }}`, `lookup('env', '${name}')`])); },
  order_number: (r) => look('order_number', r.pick([`ORD-${r.digits(4)}-${r.digits(6)}`, `#${r.int(100000, 9999999)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `PO-${r.int(2023, 2026)}-${r.digits(5)}`, `BE${r.digits(9)}`, `SO${r.digits(8)}`])),
  tracking_number: (r) => look('tracking_number', r.pick([`1Z${r.str(6, UPNUM)}${r.digits(10)}`, `${r.digits(12)}`, `${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `RR${r.digits(9)}${r.pick(['DE', 'FR', 'CN', 'BR', 'JP'])}`, `JJD${r.digits(18)}`, `00${r.digits(18)}`, `LX${r.digits(9)}${r.pick(['PL', 'NL', 'ES'])}`])),
  version: (r) => look('version', r.pick([`${r.int(0, 9)}.${r.int(0, 40)}.${r.int(0, 30)}`, `v${r.int(0, 5)}.${r.int(0, 20)}.${r.int(0, 12)}`, `${r.int(1, 4)}.${r.int(0, 30)}.${r.int(0, 9)}-${r.pick(['rc.', 'beta.', 'alpha.'])}${r.int(1, 5)}`, `${r.int(2019, 2026)}.${r.int(1, 12)}.${r.int(0, 3)}`, `${r.int(1, 20)}.${r.int(0, 9)}`])),
  build_number: (r) => look('build_number', r.pick([`#${r.int(100, 99999)}`, `build-${r.int(1000, 99999)}`, `${r.int(2024, 2026)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}.${r.int(1, 40)}`, `b${r.int(100, 9999)}`, `${r.int(10000, 999999)}`])),
  date: (r, fmt) => look('date', fmtDate(r, fmt)),
  timestamp: (r, fmt) => look('timestamp', fmtTs(r, fmt)),
  price: (r) => look('price', r.pick([`€${r.int(1, 3999)},${r.digits(2)}`, `$${r.int(1, 9999)}.${r.digits(2)}`, `${r.int(1, 999)},${r.digits(2)} €`, `£${r.int(1, 999)}.${r.digits(2)}`, `¥${r.int(100, 99999)}`, `R$ ${r.int(10, 9999)},${r.digits(2)}`, `CHF ${r.int(10, 999)}.${r.pick(['00', '50', '95'])}`, `USD ${r.int(1, 99)},${r.digits(3)}.${r.digits(2)}`, `₹${r.int(100, 99999)}`, `${r.int(10, 9999)} zł`])),
  coordinates: (r) => look('coordinates', r.pick([`${(r.float() * 160 - 80).toFixed(6)}, ${(r.float() * 340 - 170).toFixed(6)}`, `${r.int(0, 89)}°${r.int(0, 59)}′${r.int(0, 59)}″${r.pick(['N', 'S'])} ${r.int(0, 179)}°${r.int(0, 59)}′${r.int(0, 59)}″${r.pick(['E', 'W'])}`, `${(r.float() * 160 - 80).toFixed(5)},${(r.float() * 340 - 170).toFixed(5)}`])),
  isbn: (r) => { const b = '978' + r.int(0, 1) + r.digits(8); let s = 0; for (let i = 0; i < 12; i++) s += (+b[i]) * (i % 2 ? 3 : 1); const v = b + ((10 - (s % 10)) % 10); return look('isbn', r.chance(0.5) ? `${v.slice(0, 3)}-${v[3]}-${v.slice(4, 8)}-${v.slice(8, 12)}-${v[12]}` : v); },
  hex_color: (r) => look('hex_color', '#' + (r.chance(0.8) ? r.hex(6) : r.hex(3))),
  invalid_card: (r) => { for (;;) { const d = cardNumber(r); const bad = d.slice(0, -1) + ((+d.slice(-1) + r.int(1, 9)) % 10); if (!luhnOk(bad)) return look('invalid_card', fmtCard(r, bad)); } },
  invalid_iban: (r) => { for (;;) { const s = ibanRaw(r); const i = r.int(4, s.length - 1); if (!/\d/.test(s[i])) continue; const bad = s.slice(0, i) + ((+s[i] + r.int(1, 9)) % 10) + s.slice(i + 1); if (mod97(bad.slice(4) + bad.slice(0, 4)) !== 1) return look('invalid_iban', fmtIban(r, bad)); } },
  invalid_ssn: (r) => { const k = r.int(0, 3); const a = k === 0 ? '000' : k === 1 ? '666' : k === 2 ? '9' + r.digits(2) : String(r.int(1, 665)).padStart(3, '0'); let g = k === 2 ? String(r.pick([r.int(1, 49), r.int(66, 69), 89, 93])).padStart(2, '0') : k === 3 ? (r.chance(0.5) ? '00' : String(r.int(1, 99)).padStart(2, '0')) : String(r.int(1, 99)).padStart(2, '0'); let s = String(r.int(1, 9999)).padStart(4, '0'); if (k === 3 && g !== '00') s = '0000'; return look('invalid_ssn', `${a}-${g}-${s}`); },
  invalid_nhs: (r) => { for (;;) { const nine = String(r.int(400, 799)) + r.digits(6); const c = nhsCheckDigit(nine); const bad = nine + (c === 10 ? r.int(0, 9) : (c + r.int(1, 9)) % 10); if (!nhsOk(bad)) return look('invalid_nhs', `${bad.slice(0, 3)} ${bad.slice(3, 6)} ${bad.slice(6)}`); } },
  invalid_dea: (r) => { const six = r.digits(6); const c = (deaCheckDigit(six) + r.int(1, 9)) % 10; const v = r.pick(['A', 'B', 'F', 'M']) + r.pick(['K', 'L', 'S', 'W']) + six + c; if (deaOk(v)) throw new Error('dea?'); return look('invalid_dea', v); },
  invalid_btc: (r) => { for (;;) { const v = b58check(Buffer.concat([Buffer.from([0]), r.bytes(20)])); const i = r.int(5, v.length - 2); const alt = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'.replace(v[i], ''); const bad = v.slice(0, i) + r.pick([...alt]) + v.slice(i + 1); if (!btcOk(bad)) return look('invalid_btc', bad); } },
  vendor_test_card: (r) => { const d = r.pick(VENDOR_TEST_CARDS); return look('vendor_test_card', fmtCard(r, d)); },
  data_uri: (r) => look('data_uri', `data:${r.pick(['image/png', 'image/gif', 'font/woff2', 'image/webp'])};base64,${r.bytes(r.int(24, 90)).toString('base64')}`),
  k8s_resource_version: (r) => look('k8s_resource_version', String(r.int(100000, 99999999))),
  request_id: (r) => look('request_id', r.pick([`req_${r.b62(24)}`, uuidStr(r), `${r.hex(8)}-${r.hex(4)}`, `Root=1-${r.hex(8)}-${r.hex(24)}`, `rid-${r.str(20, LOWNUM)}`, r.HEX(16)])),
  trace_id: (r) => look('trace_id', r.chance(0.6) ? `00-${r.hex(32)}-${r.hex(16)}-01` : r.hex(32)),
  crm_id: (r) => look('crm_id', r.pick([`00${r.pick(['1', '3', 'Q', '6'])}${r.str(2, ALNUM)}00000${r.str(10, ALNUM)}`, `CUS-${r.digits(6)}`, `cus_${r.b62(14)}`, `HS-${r.digits(9)}`, `ACC${r.digits(7)}`, `lead/${r.digits(8)}`])),
  account_sid: (r) => look('account_sid', 'AC' + r.hex(32)),
  hostname: (r, org) => look('hostname', `${r.pick(['web', 'db', 'cache', 'mq', 'ci-runner', 'edge', 'k8s-node', 'bastion', 'vault', 'ldap'])}-${r.int(1, 40).toString().padStart(2, '0')}.${r.pick(['prod', 'stg', 'dc1', 'eu-west', 'int', 'lab'])}.${org || r.pick(ORGS)}.${r.pick(TLDS)}`),
  mac_address: (r) => look('mac_address', r.hex(12).match(/../g).join(r.pick([':', '-'])).toUpperCase()),
  ulid: (r) => look('ulid', '01' + r.str(24, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')),
  object_id: (r) => look('object_id', r.hex(24)),
  snowflake_id: (r) => look('snowflake_id', String(r.int(1, 1)) + r.digits(18)),
  jira_key: (r) => look('ticket_key', `${r.pick(['OPS', 'SEC', 'PAY', 'INFRA', 'HR', 'CRM', 'SUP'])}-${r.int(10, 9999)}`),
  invoice_number: (r) => look('invoice_number', r.pick([`INV-${r.int(2023, 2026)}-${r.digits(5)}`, `RE${r.digits(8)}`, `F${r.int(2024, 2026)}/${r.digits(4)}`, `FAC-${r.digits(6)}`, `NF-e ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}`])),
  ssh_fingerprint: (r) => look('ssh_fingerprint', 'SHA256:' + r.bytes(32).toString('base64').replace(/=+$/, '')),
  cert_fingerprint: (r) => look('cert_fingerprint', r.HEX(40).match(/../g).join(':')),
  gpg_fingerprint: (r) => look('gpg_fingerprint', r.HEX(40).match(/.{4}/g).join(' ')),
  windows_sid: (r) => look('windows_sid', `S-1-5-21-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1000, 9999)}`),
  ean13: (r) => { const b = r.pick(['4', '5', '8', '3', '7']) + r.digits(11); let s = 0; for (let i = 0; i < 12; i++) s += (+b[i]) * (i % 2 ? 3 : 1); return look('barcode', b + ((10 - (s % 10)) % 10)); },
  sku: (r) => look('sku', `${r.str(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${r.digits(4)}-${r.str(2, UPNUM)}`),
  etag: (r) => look('etag', r.chance(0.5) ? `W/"${r.hex(8)}-${r.str(27, B64URL)}"`.slice(0, 40) : `"${r.hex(32)}"`),
  key_id: (r) => look('key_id', r.hex(40)),
  encrypted_blob: (r) => look('encrypted_blob', r.hex(64)),
  license_id: (r) => look('license_id', `${r.str(5, UPNUM)}-${r.str(5, UPNUM)}-${r.str(5, UPNUM)}-${r.str(5, UPNUM)}`),
  port_range: null,
};
delete L.port_range;
export function uuidStr(r) { const h = r.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`; }
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function randDate(r) { return { y: r.int(2022, 2026), m: r.int(1, 12), d: r.int(1, 28), H: r.int(0, 23), M: r.int(0, 59), S: r.int(0, 59), ms: r.int(0, 999) }; }
const p2 = (n) => String(n).padStart(2, '0');
export function fmtDate(r, fmt, t) {
  t = t || randDate(r); fmt = fmt || r.pick(['iso', 'eu', 'us', 'long', 'de', 'jp']);
  switch (fmt) {
    case 'iso': return `${t.y}-${p2(t.m)}-${p2(t.d)}`;
    case 'eu': return `${p2(t.d)}/${p2(t.m)}/${t.y}`;
    case 'us': return `${t.m}/${t.d}/${t.y}`;
    case 'long': return `${t.d} ${MONTHS[t.m - 1]} ${t.y}`;
    case 'de': return `${p2(t.d)}.${p2(t.m)}.${t.y}`;
    case 'jp': return `${t.y}年${t.m}月${t.d}日`;
  }
}
export function fmtTs(r, fmt, t) {
  t = t || randDate(r); fmt = fmt || r.pick(['iso', 'isoz', 'clf', 'syslog', 'epoch', 'epochms', 'sql']);
  const ep = Math.floor(Date.UTC(t.y, t.m - 1, t.d, t.H, t.M, t.S) / 1000);
  switch (fmt) {
    case 'iso': return `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(t.H)}:${p2(t.M)}:${p2(t.S)}.${String(t.ms).padStart(3, '0')}Z`;
    case 'isoz': return `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(t.H)}:${p2(t.M)}:${p2(t.S)}+0${r.int(0, 2)}:00`;
    case 'clf': return `${p2(t.d)}/${MONTHS[t.m - 1]}/${t.y}:${p2(t.H)}:${p2(t.M)}:${p2(t.S)} +0000`;
    case 'syslog': return `${MONTHS[t.m - 1]} ${String(t.d).padStart(2, ' ')} ${p2(t.H)}:${p2(t.M)}:${p2(t.S)}`.trim();
    case 'epoch': return String(ep);
    case 'epochms': return String(ep * 1000 + t.ms);
    case 'sql': return `${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(t.H)}:${p2(t.M)}:${p2(t.S)}`;
    case 'time': return `${p2(t.H)}:${p2(t.M)}`;
    case 'git': return `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][t.d % 7]} ${MONTHS[t.m - 1]} ${t.d} ${p2(t.H)}:${p2(t.M)}:${p2(t.S)} ${t.y} ${r.pick(['+0200', '-0500', '+0100', '+0900', '+0530'])}`;
  }
}
// a sequence of increasing timestamps for logs
export class Clock {
  constructor(r) { this.r = r; this.t = Date.UTC(r.int(2023, 2026), r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59)) + r.int(0, 999); }
  tick(maxMs = 90000) { this.t += this.r.int(5, maxMs); return this; }
  parts() { const d = new Date(this.t); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds(), ms: d.getUTCMilliseconds() }; }
  ts(fmt) { return look('timestamp', fmtTs(this.r, fmt, this.parts())); }
}
