// blind6: PII value generators (all fake, format-valid) and name/place pools.
import { A, chars, int, pick, chance, bytes, luhnComplete, luhnOk, mod97, base58check, segwit } from './lib.mjs';

// [given, family, order] order 'w' = western "Given Family", 'e' = eastern "FamilyGiven" in native script
export const NAMES = {
  en: [['Olivia', 'Hartley'], ['Marcus', 'Whitfield'], ['Siobhan', 'Gallagher'], ['Trevor', 'Okafor'], ['Danielle', 'Brennan'], ['Gareth', 'Llewellyn'], ['Priya', 'Ramanathan'], ['Ethan', 'Castellano']],
  de: [['Jürgen', 'Weißmüller'], ['Annika', 'Schröder'], ['Henrik', 'Brandstätter'], ['Lena', 'Vogelsang'], ['Klaus', 'Oberhofer']],
  fr: [['Amélie', 'Delacroix'], ['Théo', 'Beaumont'], ['Léa', 'Fontaine'], ['Gaëtan', 'Lefèvre'], ['Manon', 'Giraud']],
  es: [['Alejandro', 'Ibáñez Rubio'], ['Lucía', 'Fernández'], ['Sergio', 'Quintana'], ['Ximena', 'Villalobos'], ['Iñaki', 'Etxeberria']],
  it: [['Giulia', 'Bianchi'], ['Lorenzo', 'Ferraro'], ['Chiara', 'Mancuso']],
  pt: [['João', 'Conceição'], ['Thaís', 'Albuquerque'], ['Rodrigo', 'Magalhães']],
  nl: [['Sanne', 'van der Berg'], ['Joost', 'de Vries'], ['Femke', 'Janssen']],
  pl: [['Małgorzata', 'Wiśniewska'], ['Krzysztof', 'Zieliński'], ['Agnieszka', 'Kowalczyk']],
  sv: [['Björn', 'Lindqvist'], ['Elin', 'Åström']],
  fi: [['Aino', 'Virtanen'], ['Juhani', 'Mäkelä']],
  tr: [['Elif', 'Yıldırım'], ['Mehmet', 'Öztürk']],
  ng: [['Chinedu', 'Okonkwo'], ['Adaeze', 'Nwosu'], ['Oluwaseun', 'Adeyemi']],
  ke: [['Wanjiru', 'Kamau'], ['Otieno', 'Odhiambo']],
  ar_lat: [['Youssef', 'El-Amrani'], ['Layla', 'Haddad'], ['Omar', 'Al-Farsi']],
  hi_lat: [['Arjun', 'Mehta'], ['Kavya', 'Iyer'], ['Rohan', 'Chatterjee']],
  vi: [['Nguyễn', 'Thị Lan', 'vi'], ['Trần', 'Văn Minh', 'vi']],
  ja_lat: [['Haruto', 'Takahashi'], ['Yui', 'Nakamura']],
  zh_lat: [['Wei', 'Zhang'], ['Xiaoling', 'Chen']],
  ko_lat: [['Minjun', 'Park'], ['Seoyeon', 'Kim']],
  ja: [['太郎', '山田', 'e'], ['美咲', '佐藤', 'e'], ['健一', '渡辺', 'e'], ['陽菜', '小林', 'e']],
  zh: [['伟', '王', 'e'], ['秀英', '李', 'e'], ['建国', '刘', 'e']],
  ko: [['민준', '김', 'e'], ['지우', '이', 'e'], ['서연', '박', 'e']],
  ru: [['Дмитрий', 'Соколов'], ['Анна', 'Кузнецова'], ['Игорь', 'Волков']],
  el: [['Νίκος', 'Παπαδόπουλος'], ['Ελένη', 'Γεωργίου']],
  ar: [['محمد', 'العتيبي'], ['فاطمة', 'الزهراني']],
  he: [['נועה', 'כהן'], ['יוסי', 'לוי']],
  hi: [['अमित', 'शर्मा'], ['सुनीता', 'वर्मा']],
  th: [['สมชาย', 'ใจดี']],
};
const NAME_KEYS = Object.keys(NAMES);
export function person(loc) {
  const l = loc || pick(NAME_KEYS); const [g, f, o] = pick(NAMES[l]);
  if (o === 'e') return chance(0.5) ? f + g : f + ' ' + g;
  if (o === 'vi') return g + ' ' + f;
  return g + ' ' + f;
}
export function personParts(loc) { const l = loc || pick(NAME_KEYS.filter((k) => !['ja', 'zh', 'ko', 'vi', 'th', 'ar', 'he', 'hi', 'ru', 'el'].includes(k))); const [g, f] = pick(NAMES[l]); return { given: g, family: f, full: g + ' ' + f }; }

export const CITIES = ['Berlin', 'München', 'Zürich', 'Lyon', 'Marseille', 'Bilbao', 'Sevilla', 'Torino', 'Napoli', 'Porto', 'Curitiba', 'Belo Horizonte', 'Guadalajara', 'Monterrey', 'Utrecht', 'Rotterdam', 'Kraków', 'Gdańsk', 'Göteborg', 'Tampere', 'İzmir', 'Lagos', 'Nairobi', 'Casablanca', 'Pune', 'Bengaluru', 'Osaka', 'Sapporo', 'Busan', 'Shenzhen', 'Hanoi', 'Melbourne', 'Brisbane', 'Vancouver', 'Calgary', 'Leeds', 'Cardiff', 'Edinburgh', 'Austin', 'Denver', 'Baltimore', 'Sacramento', 'Tucson', 'Raleigh', '東京', '大阪市', '서울', '上海', 'Москва', 'Αθήνα', 'القاهرة', 'תל אביב', 'मुंबई'];
export const COUNTRIES = ['Germany', 'Deutschland', 'France', 'España', 'Italia', 'Brasil', 'México', 'Nederland', 'Polska', 'Sverige', 'Suomi', 'Türkiye', 'Nigeria', 'Kenya', 'India', 'Japan', '日本', 'South Korea', 'Australia', 'Canada', 'United Kingdom', 'United States', 'Ireland', 'Portugal', 'Schweiz', 'Österreich'];
const STREETS = [
  () => `${int(12, 9800)} ${pick(['Maple', 'Cedar', 'Juniper', 'Ridgeview', 'Harborside', 'Old Mill'])} ${pick(['Avenue', 'Street', 'Lane', 'Drive', 'Court', 'Blvd'])}`,
  () => `${pick(['Hauptstraße', 'Lindenallee', 'Am Mühlbach', 'Schillerstraße', 'Kastanienweg'])} ${int(1, 140)}`,
  () => `${int(1, 80)} ${pick(['rue des Lilas', 'avenue Victor-Hugo', 'boulevard Voltaire', 'rue de la République'])}`,
  () => `${pick(['Calle de Alcalá', 'Avenida Insurgentes Sur', 'Calle Mayor', 'Paseo de Gracia'])} ${int(1, 400)}`,
  () => `${pick(['Via Garibaldi', 'Corso Vittorio Emanuele', 'Via dei Mille'])} ${int(1, 200)}`,
  () => `${pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Flores'])}, ${int(10, 2000)}`,
  () => `${pick(['Keizersgracht', 'Prinsengracht', 'Oudegracht'])} ${int(1, 600)}`,
  () => `${int(1, 99)} ${pick(['Kings Road', 'Victoria Street', 'Mill Lane', 'Church Road'])}`,
  () => `ul. ${pick(['Długa', 'Piotrkowska', 'Mickiewicza'])} ${int(1, 120)}`,
  () => `東京都渋谷区神南${int(1, 2)}-${int(1, 30)}-${int(1, 20)}`,
  () => `서울특별시 강남구 테헤란로 ${int(100, 500)}`,
];
export const street = () => pick(STREETS)();
export const city = () => pick(CITIES);
export const country = () => pick(COUNTRIES);

const DOMAINS = ['mail.example', 'acme.example', 'post.test', 'inbox.example', 'kunden.example', 'correo.test', 'globex.example', 'initech.test', 'umbrella-health.example', 'northwind.example'];
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
export function email(given, family) {
  const pp = given ? { given, family } : personParts(); const g = ascii(pp.given) || 'user'; const f = ascii(pp.family) || 'x';
  const d = pick(DOMAINS);
  return pick([`${g}.${f}@${d}`, `${g[0]}${f}@${d}`, `${f}.${g}${int(1, 99)}@${d}`, `${g}_${f}@${d}`, `${g}+${pick(['billing', 'shop', 'news'])}@${d}`, `${f}${int(70, 99)}@${d}`, `${g}.${f}@${pick(['eu', 'us', 'apac'])}.${d}`]);
}
const dg = (n) => chars(A.digit, n);
const nz = () => String(int(2, 9));
export function phone(cc) {
  const c = cc || pick(['US', 'US', 'CA', 'GB', 'GB', 'DE', 'DE', 'FR', 'IN', 'BR', 'JP', 'AU', 'ES', 'IT', 'NL', 'MX', 'PL', 'SE', 'ZA', 'KR', 'NG', 'CH']);
  const intl = chance(0.5);
  switch (c) {
    case 'US': case 'CA': { const ac = pick(c === 'US' ? ['212', '415', '312', '617', '206', '512', '303', '404', '713', '305', '919', '602'] : ['416', '647', '604', '514', '403', '613']); const ex = nz() + dg(2), ln = dg(4);
      return pick([`(${ac}) ${ex}-${ln}`, `${ac}-${ex}-${ln}`, `+1 ${ac} ${ex} ${ln}`, `+1-${ac}-${ex}-${ln}`, `${ac}.${ex}.${ln}`, `1 (${ac}) ${ex}-${ln}`]); }
    case 'GB': { if (chance(0.5)) { const m = '7' + pick(['4', '5', '7', '8', '9']) + dg(2); const r = dg(6); return intl ? `+44 ${m} ${r}` : `0${m} ${r}`; } const r1 = dg(4), r2 = dg(4); return intl ? `+44 20 ${r1} ${r2}` : `020 ${r1} ${r2}`; }
    case 'DE': { if (chance(0.5)) { const p = pick(['151', '160', '170', '171', '176', '157']); const r = dg(pick([7, 8])); return intl ? `+49 ${p} ${r}` : `0${p} ${r}`; } const a = pick(['30', '89', '40', '221', '69']); const r = dg(7); return intl ? `+49 ${a} ${r}` : `0${a} ${r}`; }
    case 'FR': { const p = pick(['6', '7', '1', '4']); const g = [dg(2), dg(2), dg(2), dg(2)].join(' '); return intl ? `+33 ${p} ${g}` : `0${p} ${g}`; }
    case 'IN': { const m = pick(['98', '97', '91', '88', '70', '63']) + dg(3); const r = dg(5); return intl ? `+91 ${m} ${r}` : `0${m}${r}`; }
    case 'BR': { const ddd = pick(['11', '21', '31', '41', '51']); const r = '9' + dg(4) + '-' + dg(4); return intl ? `+55 ${ddd} ${r}` : `(${ddd}) ${r}`; }
    case 'JP': { if (chance(0.6)) { const p = pick(['90', '80', '70']); return intl ? `+81 ${p}-${dg(4)}-${dg(4)}` : `0${p}-${dg(4)}-${dg(4)}`; } return intl ? `+81 3-${dg(4)}-${dg(4)}` : `03-${dg(4)}-${dg(4)}`; }
    case 'AU': { if (chance(0.6)) { const m = '4' + dg(2); return intl ? `+61 ${m} ${dg(3)} ${dg(3)}` : `0${m} ${dg(3)} ${dg(3)}`; } const a = pick(['2', '3', '7', '8']); return intl ? `+61 ${a} ${nz()}${dg(3)} ${dg(4)}` : `(0${a}) ${nz()}${dg(3)} ${dg(4)}`; }
    case 'ES': { const m = pick(['6', '7', '91']) ; const rest = m.length === 1 ? m + dg(2) + ' ' + dg(3) + ' ' + dg(3) : m + dg(1) + ' ' + dg(3) + ' ' + dg(3); return intl ? `+34 ${rest}` : rest; }
    case 'IT': { if (chance(0.6)) { const m = '3' + pick(['2', '3', '4', '9']) + dg(1); return intl ? `+39 ${m} ${dg(3)} ${dg(4)}` : `${m} ${dg(3)} ${dg(4)}`; } return intl ? `+39 06 ${dg(4)} ${dg(4)}` : `06 ${dg(4)} ${dg(4)}`; }
    case 'NL': { if (chance(0.6)) { const r = dg(8); return intl ? `+31 6 ${r}` : `06-${r}`; } return intl ? `+31 20 ${dg(3)} ${dg(4)}` : `020 ${dg(3)} ${dg(4)}`; }
    case 'MX': { const a = pick(['55', '33', '81']); return intl ? `+52 ${a} ${dg(4)} ${dg(4)}` : `${a} ${dg(4)} ${dg(4)}`; }
    case 'PL': { const m = pick(['5', '6', '7', '8']) + dg(2); return intl ? `+48 ${m} ${dg(3)} ${dg(3)}` : `${m} ${dg(3)} ${dg(3)}`; }
    case 'SE': { const m = '7' + pick(['0', '2', '3', '6']); return intl ? `+46 ${m} ${dg(3)} ${dg(2)} ${dg(2)}` : `0${m}-${dg(3)} ${dg(2)} ${dg(2)}`; }
    case 'ZA': { const m = pick(['82', '83', '72', '61']); return intl ? `+27 ${m} ${dg(3)} ${dg(4)}` : `0${m} ${dg(3)} ${dg(4)}`; }
    case 'KR': return intl ? `+82 10-${dg(4)}-${dg(4)}` : `010-${dg(4)}-${dg(4)}`;
    case 'NG': { const m = pick(['803', '805', '806', '813', '907']); return intl ? `+234 ${m} ${dg(3)} ${dg(4)}` : `0${m} ${dg(3)} ${dg(4)}`; }
    case 'CH': { const m = pick(['76', '78', '79']); return intl ? `+41 ${m} ${dg(3)} ${dg(2)} ${dg(2)}` : `0${m} ${dg(3)} ${dg(2)} ${dg(2)}`; }
  }
}

export const TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5105105105105100'];
export function cardDigits(brand) {
  const b = brand || pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners']);
  for (;;) {
    let pre, len;
    switch (b) {
      case 'visa': pre = '4' + dg(5); len = 16; break;
      case 'mc': pre = String(int(51, 55)) + dg(4); len = 16; break;
      case 'mc2': pre = String(int(2221, 2720)) + dg(2); len = 16; break;
      case 'amex': pre = pick(['34', '37']) + dg(4); len = 15; break;
      case 'disc': pre = pick(['6011', '65' + dg(2)]) + dg(2); len = 16; break;
      case 'jcb': pre = String(int(3528, 3589)) + dg(2); len = 16; break;
      case 'diners': pre = pick(['36', '38']) + dg(4); len = 14; break;
    }
    const d = luhnComplete(pre + dg(len - pre.length - 1));
    if (!TEST_CARDS.includes(d)) return d;
  }
}
export function fmtCard(d, style) {
  const s = style ?? int(0, 3);
  if (s === 0) return d;
  const sep = s === 1 ? ' ' : s === 2 ? '-' : ' ';
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{4}/g).join(sep);
}
export const card = (brand, style) => fmtCard(cardDigits(brand), style);
export function badCard() { const d = cardDigits(); const last = (+d[d.length - 1] + int(1, 9)) % 10; const x = d.slice(0, -1) + last; return luhnOk(x) ? badCard() : x; }

// IBAN: country -> BBAN pattern (n digits, a upper letters, c alnum)
const IBAN_FMT = { DE: '18n', GB: '4a14n', FR: '10n11n2n', ES: '20n', IT: '1a10n12n', NL: '4a10n', BE: '12n', CH: '5n12n', AT: '16n', PL: '24n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', IE: '4a14n', PT: '21n', SA: '2n18n', AE: '19n', TR: '5n1n16n', BR: '23n1a1c' };
export const IBAN_COUNTRIES = Object.keys(IBAN_FMT);
export const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, SE: 24, NO: 15, DK: 18, FI: 18, IE: 22, PT: 25, SA: 24, AE: 23, TR: 26, BR: 29 };
function bban(cc) { let s = ''; for (const [, n, t] of IBAN_FMT[cc].matchAll(/(\d+)([nac])/g)) s += chars(t === 'n' ? A.digit : t === 'a' ? A.upper : A.ualnum, +n); if (cc === 'TR') s = s.slice(0, 5) + '0' + s.slice(6); return s; }
export function ibanRaw(cc) { const c = cc || pick(IBAN_COUNTRIES); const b = bban(c); const ck = 98 - mod97(b + c + '00'); return c + String(ck).padStart(2, '0') + b; }
export const groupIban = (s) => s.match(/.{1,4}/g).join(' ');
export function iban(cc) { const r = ibanRaw(cc); return chance(0.5) ? groupIban(r) : r; }
export function badIban(cc) { const r = ibanRaw(cc); let ck = +r.slice(2, 4); ck = ck >= 90 ? ck - int(1, 9) : ck + int(1, 7); const x = r.slice(0, 2) + String(ck).padStart(2, '0') + r.slice(4); return chance(0.5) ? groupIban(x) : x; }

export function ssnParts() { let a; do { a = int(1, 899); } while (a === 666); return [String(a).padStart(3, '0'), String(int(1, 99)).padStart(2, '0'), String(int(1, 9999)).padStart(4, '0')]; }
export function ssn(sep) { const p = ssnParts(); return p.join(sep ?? pick(['-', '-', '-', ' ', ''])); }
export function badSsn() { const p = ssnParts(); const r = int(0, 3); if (r === 0) p[0] = '000'; else if (r === 1) p[0] = '666'; else if (r === 2) p[1] = '00'; else p[2] = '0000'; return p.join('-'); }
export function itin(sep) { const g = pick([...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return ['9' + dg(2), String(g), dg(3) + String(int(1, 9))].join(sep ?? pick(['-', '-', ' '])); }
export const passport = () => chance(0.6) ? String(int(1, 9)) + dg(8) : pick(['A', 'B', 'C', 'E', 'F', 'H', 'K', 'M', 'N', 'P', 'X', 'Z']) + dg(8);
export const driverLicense = () => pick([() => pick(A.upper.split('')) + dg(7), () => pick(A.upper.split('')) + dg(12), () => dg(9), () => pick(A.upper.split('')) + dg(3) + '-' + dg(3) + '-' + dg(2) + '-' + dg(3) + '-' + dg(1)])();
export const bankAccount = () => dg(int(9, 14));
export function btc() { const r = int(0, 3); if (r === 0) return base58check(Buffer.concat([Buffer.from([0]), bytes(20)])); if (r === 1) return base58check(Buffer.concat([Buffer.from([5]), bytes(20)])); if (r === 2) return segwit(0, bytes(20)); return segwit(1, bytes(32)); }
export function dea(lastInitial) { const first = pick(['A', 'B', 'F', 'G', 'M', 'P', 'R']); const second = lastInitial || pick(A.upper.split('')); const d = Array.from({ length: 6 }, () => int(0, 9)); const ck = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10; return first + second + d.join('') + ck; }
export function deaOk(s) { const m = /^[A-Z][A-Z9](\d{7})$/.exec(s); if (!m) return false; const d = m[1].split('').map(Number); return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6]; }
export function nhs(sep) { for (;;) { const d = Array.from({ length: 9 }, () => int(0, 9)); if (d[0] === 0) continue; const s = d.reduce((a, x, i) => a + x * (10 - i), 0); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; const n = d.join('') + c; const sp = sep ?? pick([' ', ' ', '-', '']); return n.slice(0, 3) + sp + n.slice(3, 6) + sp + n.slice(6); } }
export function nhsOk(s) { const d = s.replace(/[ -]/g, ''); if (!/^\d{10}$/.test(d)) return false; const t = [...d.slice(0, 9)].reduce((a, x, i) => a + +x * (10 - i), 0); let c = 11 - (t % 11); if (c === 11) c = 0; return c !== 10 && c === +d[9]; }
const PUB4 = [23, 31, 37, 45, 46, 62, 77, 78, 81, 84, 88, 91, 95, 103, 109, 125, 141, 152, 176, 178, 185, 188, 193, 212, 217];
export const ipv4 = () => `${pick(PUB4)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
export const ipv6 = () => `${pick(['2a02:810d', '2a01:4f8', '2600:1f18', '2a00:23c7', '2406:da14', '2804:14c'])}:${int(0, 65535).toString(16)}:${int(0, 65535).toString(16)}::${int(1, 65535).toString(16)}`;
export const ip = () => chance(0.8) ? ipv4() : ipv6();
export const privIp = () => pick([`10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 255)}.${int(1, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]);
