// PII values with valid checksums and real numbering plans; look-alike values.
import { luhnDigit, luhnOk, ibanCheck, IBAN_LEN, nhsCheck, deaCheck, b58check, bech32Segwit, mod97, ssnOk } from './checks.mjs';
import { sshPub, pemPub, pemCert } from './keys.mjs';

const N = {
  en: [['James', 'Olivia', 'Ethan', 'Grace', 'Noah', 'Chloe', 'Liam', 'Hannah', 'Mason', 'Abigail'], ['Whitaker', 'Donovan', 'Holloway', 'Brennan', 'Fletcher', 'Caldwell', 'Sutton', 'Harper', 'Gallagher', 'Reyes']],
  de: [['Lukas', 'Marie', 'Jonas', 'Lea', 'Felix', 'Anna', 'Maximilian', 'Sophie'], ['Müller', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer', 'Krüger']],
  fr: [['Camille', 'Louis', 'Chloé', 'Hugo', 'Léa', 'Théo', 'Manon', 'Jules'], ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Fournier', 'Rousseau']],
  es: [['Lucía', 'Mateo', 'Sofía', 'Alejandro', 'Valentina', 'Diego', 'Martina', 'Pablo'], ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Ortega']],
  it: [['Giulia', 'Lorenzo', 'Francesca', 'Matteo', 'Chiara', 'Alessandro', 'Sara', 'Davide'], ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci']],
  pt: [['João', 'Ana', 'Gabriel', 'Beatriz', 'Rafael', 'Larissa', 'Thiago', 'Mariana'], ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida']],
  nl: [['Daan', 'Emma', 'Sem', 'Julia', 'Bram', 'Sanne', 'Lars', 'Fleur'], ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Mulder', 'de Jong']],
  pl: [['Jakub', 'Zuzanna', 'Kacper', 'Małgorzata', 'Szymon', 'Agnieszka', 'Wojciech', 'Katarzyna'], ['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska']],
  ru: [['Алексей', 'Мария', 'Дмитрий', 'Екатерина', 'Иван', 'Ольга', 'Сергей', 'Анастасия'], ['Иванов', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов', 'Лебедева', 'Новиков', 'Морозова']],
  uk: [['Олександр', 'Оксана', 'Андрій', 'Ірина', 'Тарас', 'Наталія'], ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Мельник', 'Кравчук']],
  ja: [['翔太', '美咲', '健太', '由美', '大輔', 'さくら', '拓也', '陽菜'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村']],
  zh: [['伟', '芳', '娜', '敏', '静', '磊', '洋', '婷'], ['王', '李', '张', '刘', '陈', '杨', '黄', '赵']],
  ko: [['민준', '서연', '지훈', '하은', '도윤', '수빈'], ['김', '이', '박', '최', '정', '강']],
  ar: [['محمد', 'فاطمة', 'أحمد', 'مريم', 'يوسف', 'ليلى'], ['الحسن', 'العتيبي', 'المصري', 'الخطيب', 'حداد', 'النجار']],
  hi: [['आरव', 'प्रिया', 'विहान', 'अनन्या', 'राहुल', 'दीपिका'], ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'पटेल', 'मेहता']],
  in: [['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya'], ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Nair', 'Gupta', 'Banerjee', 'Menon']],
  tr: [['Emre', 'Zeynep', 'Burak', 'Elif', 'Can', 'Ayşe'], ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk']],
  sv: [['Erik', 'Astrid', 'Oskar', 'Ingrid', 'Nils', 'Freja'], ['Johansson', 'Lindqvist', 'Andersson', 'Bergström', 'Nyström', 'Holm']],
  el: [['Γιώργος', 'Μαρία', 'Νίκος', 'Ελένη', 'Κώστας', 'Δήμητρα'], ['Παπαδόπουλος', 'Νικολάου', 'Γεωργίου', 'Οικονόμου', 'Βασιλείου', 'Αντωνίου']],
  he: [['נועה', 'איתי', 'תמר', 'יונתן', 'מאיה', 'אורי'], ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם']],
  vi: [['Minh', 'Lan', 'Hùng', 'Thảo', 'Quang', 'Hương'], ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ']],
  th: [['สมชาย', 'สุดา', 'ประเสริฐ', 'มาลี', 'วิชัย', 'นภา'], ['ศรีสุข', 'วงศ์ใหญ่', 'แก้วมณี', 'ทองดี', 'บุญมา', 'สุขสวัสดิ์']],
  id: [['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri'], ['Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Kusuma', 'Pratama']],
  cs: [['Jan', 'Tereza', 'Petr', 'Lucie', 'Tomáš', 'Veronika'], ['Novák', 'Svobodová', 'Dvořák', 'Černá', 'Procházka', 'Kučerová']],
  fi: [['Mikko', 'Aino', 'Juha', 'Helmi', 'Ville', 'Sanni'], ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine']],
  ng: [['Chinedu', 'Ngozi', 'Oluwaseun', 'Amaka', 'Emeka', 'Funmilayo'], ['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Okonkwo']],
};
export const NAME_LOCALES = Object.keys(N);
const NOSPACE = new Set(['ja', 'zh', 'ko']);
export function person(r, loc) {
  loc = loc ?? r.pick(NAME_LOCALES); const [f, l] = N[loc];
  const fi = r.pick(f), la = r.pick(l);
  if (NOSPACE.has(loc)) return loc === 'ko' ? la + fi : la + (loc === 'ja' && r.chance(0.4) ? ' ' : '') + fi;
  return fi + ' ' + la;
}
const TRANS = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'é': 'e', 'è': 'e', 'ç': 'c', 'á': 'a', 'í': 'i', 'ó': 'o', 'ú': 'u', 'ñ': 'n', 'ã': 'a', 'ł': 'l', 'ś': 's', 'ń': 'n', 'ó': 'o', 'ż': 'z', 'ı': 'i', 'ş': 's', 'ç': 'c', 'ğ': 'g', 'ě': 'e', 'ř': 'r', 'č': 'c', 'š': 's', 'ý': 'y', 'ů': 'u', 'ễ': 'e', 'ầ': 'a', 'ạ': 'a', 'ả': 'a', 'õ': 'o', 'à': 'a', 'ù': 'u' };
export function latinName(r) { return person(r, r.pick(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'in', 'tr', 'sv', 'id', 'cs', 'fi', 'ng', 'vi'])); }
const DOMAINS = ['mail.example', 'inbox.test', 'outlook.test', 'web.invalid', 'corp.example', 'acme-health.example', 'fastmail.test', 'uni-hamburg.example', 'shop.example', 'post.invalid', 'globex.test', 'clinic.example', 'startup.test'];
export function emailFor(r, name) {
  const parts = (name ?? latinName(r)).toLowerCase().split(/\s+/).map(p => [...p].map(c => TRANS[c] ?? c).join('').replace(/[^a-z]/g, ''));
  const [a, b] = [parts[0] || 'user', parts[parts.length - 1] || 'x'];
  const local = r.pick([`${a}.${b}`, `${a[0]}${b}`, `${a}_${b}${r.int(1, 99)}`, `${a}+${r.pick(['billing', 'test', 'jobs'])}`, `${b}.${a[0]}`, `${a}${r.int(70, 99)}`]);
  return `${local}@${r.pick(DOMAINS)}`;
}
// phones: [national, international]
const PH = {
  US: (r) => { const a = r.pick(['212', '415', '617', '312', '206', '303', '512', '646', '702', '919']); const e = r.int(201, 989) + '', s = r.digits(4); return [r.pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `${a}.${e}.${s}`]), `+1 ${a} ${e} ${s}`]; },
  CA: (r) => { const a = r.pick(['416', '604', '514', '403', '613']); const e = r.int(201, 989) + '', s = r.digits(4); return [`(${a}) ${e}-${s}`, `+1-${a}-${e}-${s}`]; },
  GB: (r) => { const m = '7' + r.pick(['700', '911', '423', '837', '956']) + r.digits(6); return [`0${m.slice(0, 4)} ${m.slice(4)}`, `+44 ${m.slice(0, 4)} ${m.slice(4)}`]; },
  DE: (r) => { const p = r.pick(['151', '160', '170', '176', '30', '89', '40']); const s = r.digits(p.length === 3 ? 8 : 7); return [`0${p} ${s}`, `+49 ${p} ${s}`]; },
  FR: (r) => { const d = r.pick(['6', '7', '1']) + r.digits(8); const g = d.slice(1).match(/../g).join(' '); return [`0${d[0]} ${g}`, `+33 ${d[0]} ${g}`]; },
  IN: (r) => { const d = r.pick(['98', '97', '91', '88', '70']) + r.digits(8); return [`0${d.slice(0, 5)} ${d.slice(5)}`, `+91 ${d.slice(0, 5)} ${d.slice(5)}`]; },
  BR: (r) => { const a = r.pick(['11', '21', '31', '41', '61']); const n = '9' + r.digits(4), m = r.digits(4); return [`(${a}) ${n}-${m}`, `+55 ${a} ${n}-${m}`]; },
  JP: (r) => { const p = r.pick(['90', '80', '70']); const a = r.digits(4), b = r.digits(4); return [`0${p}-${a}-${b}`, `+81 ${p}-${a}-${b}`]; },
  AU: (r) => { const d = '4' + r.digits(8); return [`0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `+61 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`]; },
  ES: (r) => { const d = r.pick(['6', '7']) + r.digits(8); return [`${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `+34 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`]; },
  IT: (r) => { const d = '3' + r.pick(['2', '3', '4', '8']) + r.digits(8); return [`${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `+39 ${d.slice(0, 3)} ${d.slice(3)}`]; },
  NL: (r) => { const d = '6' + r.digits(8); return [`06-${d.slice(1)}`, `+31 6 ${d.slice(1, 5)} ${d.slice(5)}`]; },
  MX: (r) => { const a = r.pick(['55', '33', '81']); const d = r.digits(8); return [`${a} ${d.slice(0, 4)} ${d.slice(4)}`, `+52 ${a} ${d.slice(0, 4)} ${d.slice(4)}`]; },
  PL: (r) => { const d = r.pick(['5', '6', '7', '8']) + r.digits(8); return [`${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `+48 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`]; },
  KR: (r) => { const a = r.digits(4), b = r.digits(4); return [`010-${a}-${b}`, `+82 10-${a}-${b}`]; },
  SE: (r) => { const d = '7' + r.pick(['0', '2', '3', '6']) + r.digits(7); return [`0${d.slice(0, 2)}-${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, `+46 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}`]; },
  TR: (r) => { const d = '5' + r.pick(['32', '05', '42', '55']) + r.digits(7); return [`0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`, `+90 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`]; },
  SG: (r) => { const d = r.pick(['8', '9']) + r.digits(7); return [`${d.slice(0, 4)} ${d.slice(4)}`, `+65 ${d.slice(0, 4)} ${d.slice(4)}`]; },
  ZA: (r) => { const d = r.pick(['82', '83', '72', '71']) + r.digits(7); return [`0${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`, `+27 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`]; },
};
export function phone(r, cc) { cc = cc ?? r.pick(Object.keys(PH)); const [n, i] = PH[cc](r); return r.chance(0.5) ? n : i; }
const STREETS = ['1458 Maple Grove Ave', '27 Rue des Lilas', 'Friedrichstraße 112', 'Calle de Alcalá 48, 3º B', 'Via Giuseppe Verdi 17', 'Rua Augusta 2011, apto 54', 'Keizersgracht 221', 'ul. Marszałkowska 84/92', '4-2-8 Shibakoen, Minato-ku', '88 Wellington Street', 'Tverskaya ul. 9, kv. 14', 'Drottninggatan 53', '9 Brunswick Place', '301 Elm Street, Apt 4C', 'Bahnhofstrasse 7', 'Storgata 15', '12 Nguyen Hue Blvd', 'Jl. Sudirman Kav. 52', 'İstiklal Cd. No:118', '5600 Lakeshore Dr', 'Mannerheimintie 14 B 22', 'Vinohradská 1511/230'];
const CITIES = ['Portland', 'Lyon', 'Hamburg', 'Valencia', 'Bologna', 'Curitiba', 'Utrecht', 'Kraków', 'Osaka', 'Melbourne', 'Kazan', 'Göteborg', 'Leeds', 'Austin', 'Zürich', 'Bergen', 'Da Nang', 'Bandung', 'İzmir', 'Pune', 'Lagos', 'Tampere', 'Brno', 'München', 'São Paulo', 'Ciudad de México', '大阪', '北京', '서울', 'Москва', 'Київ', 'القاهرة', 'Αθήνα', 'תל אביב', 'กรุงเทพมหานคร'];
const COUNTRIES = ['Germany', 'France', 'Spain', 'Brazil', 'Japan', 'India', 'Canada', 'Netherlands', 'Poland', 'Australia', 'Mexico', 'Italy', 'Sweden', 'Türkiye', 'Nigeria', 'Vietnam', 'Indonesia', 'Ukraine', 'Czechia', 'Finland', 'United Kingdom', 'United States'];
export const street = (r) => r.pick(STREETS), city = (r) => r.pick(CITIES), country = (r) => r.pick(COUNTRIES);
export function location(r) { return r.pick([street, city, country])(r); }
export function ipv4(r) { return r.pick([() => `${r.pick([24, 31, 45, 62, 77, 81, 89, 93, 102, 109, 151, 176, 185, 188, 201, 213])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, () => `203.0.113.${r.int(1, 254)}`, () => `198.51.100.${r.int(1, 254)}`, () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`])(); }
export function ipv6(r) { return `2001:db8:${r.hex(4).replace(/^0+/, '') || '0'}:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xffff).toString(16)}`; }
export const clientIp = (r) => (r.chance(0.85) ? ipv4(r) : ipv6(r));
const TESTCARDS = new Set(['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '4000056655665556', '6011111111111117', '3566002020360505']);
export function card(r, brand) {
  brand = brand ?? r.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners']);
  const [p, L] = { visa: ['4', 16], mc: [String(r.int(51, 55)), 16], mc2: [String(r.int(2221, 2720)), 16], amex: [r.pick(['34', '37']), 15], disc: [r.pick(['6011', '65']), 16], jcb: [String(r.int(3528, 3589)), 16], diners: ['36', 14] }[brand];
  let d; do { const part = p + r.digits(L - p.length - 1); d = part + luhnDigit(part); } while (TESTCARDS.has(d));
  return fmtCard(r, d);
}
export function fmtCard(r, d) { const s = r.int(0, 2); if (s === 0) return d; const sep = s === 1 ? ' ' : '-'; if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep); if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep); return d.match(/.{1,4}/g).join(sep); }
const BBAN = { GB: 'LLLL######', NL: 'LLLL', IE: 'LLLL######', IT: 'L#####', RO: 'LLLL', BE: '', DE: '', FR: '' };
export function iban(r, cc) {
  cc = cc ?? r.pick(['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'CH', 'PL', 'PT', 'SE', 'DK', 'NO', 'FI', 'IE', 'LU', 'CZ', 'GR', 'HU', 'RO', 'TR', 'HR', 'SK']);
  const L = IBAN_LEN[cc] - 4; const pat = (BBAN[cc] ?? '').padEnd(L, '#');
  const bban = [...pat].map(c => (c === 'L' ? r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) : r.digits(1))).join('');
  const s = cc + ibanCheck(cc, bban) + bban;
  return r.chance(0.5) ? s : s.match(/.{1,4}/g).join(' ');
}
export function ssn(r) { let a; do { a = r.int(1, 899); } while (a === 666); return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`; }
export function itin(r) { const g = r.pick([r.int(50, 65), r.int(70, 88), r.int(90, 92), r.int(94, 99)]); return `9${r.digits(2)}-${g}-${r.digits(4)}`; }
export function passport(r) { return r.chance(0.5) ? r.int(1, 9) + r.digits(8) : r.pick(['A', 'C', 'E', 'X']) + r.digits(8); }
export function driverLicense(r) { return r.pick([() => r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1) + r.digits(7), () => r.digits(9), () => r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1) + r.digits(12), () => r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1) + r.digits(3) + '-' + r.digits(4) + '-' + r.digits(4)])(); }
export function bankNumber(r) { return r.digits(r.int(9, 14)); }
export function btc(r) {
  const t = r.int(0, 2);
  if (t === 2) return bech32Segwit(r.bytes(20));
  return b58check(Buffer.concat([Buffer.from([t === 0 ? 0 : 5]), r.bytes(20)]));
}
export function dea(r, surname = 'M') { const d6 = r.digits(6); const l = (surname.match(/[A-Za-z]/) ?? ['M'])[0].toUpperCase(); return r.pick(['A', 'B', 'F', 'M']) + l + d6 + deaCheck(d6); }
export function nhs(r) { let d9, c; do { d9 = r.int(4, 6) + r.digits(8); c = nhsCheck(d9); } while (c === 10); const s = d9 + c; return r.chance(0.6) ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` : s; }

// ---- look-alikes: [what, value]
const uuid = (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
export const LK = {
  git_sha: (r) => r.hex(r.pick([40, 40, 7, 12])),
  uuid,
  digest: (r) => 'sha256:' + r.hex(64),
  integrity: (r) => 'sha512-' + r.b64(64),
  hash: (r) => r.hex(r.pick([32, 40, 64])),
  checksum: (r) => r.pick(['crc32:', 'md5:', '']) + r.hex(r.pick([8, 32])),
  certificate: (r) => pemCert(r),
  public_key: (r) => r.pick([() => sshPub(r, 'ops@laptop'), () => pemPub(r), () => 'pk_live_51' + r.alnum(96), () => 'pk.' + Buffer.from(JSON.stringify({ u: 'maps', a: r.lower(25) })).toString('base64url') + '.' + r.alnum(22)])(),
  placeholder: (r) => r.pick(['changeme', '<your-token>', '<YOUR_API_KEY>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '********', 'TODO', '<redacted>', '[MASKED]', 'your-secret-here', 'dummy', '<password>', '***']),
  aws_example_key: (r) => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']),
  env_reference: (r) => r.pick(['${DB_PASSWORD}', '${{ secrets.DEPLOY_TOKEN }}', '{{ .Values.redis.password }}', '$(cat /run/secrets/api_key)', '%(ENV_SMTP_PASS)s', '${env:OPENAI_API_KEY}', '{{ vault "secret/data/app#token" }}', '$STRIPE_KEY', '#{ENV["SECRET_KEY_BASE"]}', 'op://Prod/db/password', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf', '${file("creds.json")}']),
  order_number: (r) => r.pick(['ORD-', 'SO', '#', 'PO-']) + r.digits(r.int(6, 9)),
  tracking_number: (r) => r.pick([() => '1Z' + r.upper(16), () => r.digits(12), () => 'LX' + r.digits(9) + 'DE'])(),
  version: (r) => r.pick(['v', '', '']) + `${r.int(0, 24)}.${r.int(0, 30)}.${r.int(0, 40)}` + r.pick(['', '', '-rc.1', '-beta.3', '+build.17']),
  build_number: (r) => r.pick(['#', 'build-', '']) + r.int(1000, 99999),
  date: (r) => `20${r.int(24, 26)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
  timestamp: (r) => r.pick([() => String(1767225600 + r.int(0, 3e7)), () => String(1767225600000 + r.int(0, 3e10)), () => `2026-0${r.int(1, 9)}-${String(r.int(10, 28))}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))}.${r.digits(3)}Z`])(),
  price: (r) => r.pick(['$', '€', '£', '']) + r.int(1, 999) + '.' + r.digits(2) + r.pick(['', ' USD', ' EUR']),
  coordinates: (r) => `${(r.f() * 140 - 70).toFixed(5)}, ${(r.f() * 340 - 170).toFixed(5)}`,
  isbn: (r) => { const d = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); return d + ((10 - (s % 10)) % 10); },
  hex_color: (r) => '#' + r.hex(6),
  invalid_card: (r) => { let d; do { const p = r.pick(['4', '51', '37']) ; d = p + r.digits((p === '37' ? 15 : 16) - p.length); } while (luhnOk(d)); return fmtCard(r, d); },
  invalid_iban: (r) => { let s; do { s = iban(r).replace(/ /g, ''); s = s.slice(0, -1) + ((+s.slice(-1) + 1) % 10); } while (mod97(s) === 1); return s; },
  invalid_ssn: (r) => r.pick([() => `000-${r.int(10, 99)}-${r.int(1000, 9999)}`, () => `666-${r.int(10, 99)}-${r.int(1000, 9999)}`, () => `9${r.int(0, 4)}${r.digits(1)}-${r.pick(['10', '20', '45', '89', '93'])}-${r.int(1000, 9999)}`, () => `${r.int(100, 599)}-00-${r.int(1000, 9999)}`, () => `${r.int(100, 599)}-${r.int(10, 99)}-0000`])(),
  vendor_test_card: (r) => r.pick(['4242424242424242', '4242 4242 4242 4242', '4111111111111111', '5555555555554444', '378282246310005', '4000056655665556', '6011111111111117']),
  data_uri: (r) => 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA' + r.b64(24).replace(/=+$/, ''),
  k8s_resource_version: (r) => String(r.int(100000, 99999999)),
  request_id: (r) => r.pick([() => 'req_' + r.alnum(24), () => uuid(r), () => r.hex(16), () => 'Root=1-' + r.hex(8) + '-' + r.hex(24)])(),
  trace_id: (r) => r.hex(32),
  span_id: (r) => r.hex(16),
  crm_id: (r) => r.pick(['0035e00000', 'cus_', 'CRM-', 'acct_']) + r.alnum(r.int(8, 14)),
  hostname: (r) => r.pick(['ip-10-0-12-34.eu-west-1.compute.internal', 'node-pool-a-7f9c', 'db-primary.internal.test', 'runner-' + r.lower(8), 'gke-prod-default-' + r.hex(8) + '-' + r.lower(4)]),
  container_id: (r) => r.hex(64),
  base64_data: (r) => Buffer.from(JSON.stringify(r.pick([{ page: r.int(2, 40), size: 50 }, { cursor: r.int(1000, 9999), dir: 'next' }, { region: 'eu-west-1', tier: 'standard' }, { theme: 'dark', lang: 'de' }]))).toString('base64'),
  etag: (r) => 'W/"' + r.hex(r.pick([16, 32])) + '"',
  feature_flag: (r) => r.pick(['enable_new_checkout', 'ff.search.v2', 'beta-dashboard', 'useStreamingResponses', 'FEATURE_DARK_MODE', 'rollout.payments.sca']),
  semver_range: (r) => r.pick(['^', '~', '>=']) + `${r.int(0, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`,
  port: (r) => String(r.pick([5432, 6379, 8080, 9092, 27017, 3306, 5672, 9200, 443, 8443])),
  mac_vendor_oui: (r) => r.pick(['00:1A:2B', '3C:5A:B4', 'F4:F5:D8']),
  cron: (r) => r.pick(['*/5 * * * *', '0 3 * * 1', '15 2 * * *', '0 */6 * * *']),
  pid: (r) => String(r.int(200, 65000)),
  duration: (r) => r.int(1, 59) + r.pick(['ms', 's', 'm']) + (r.chance(0.5) ? r.int(1, 59) + 's' : ''),
  account_id: (r) => r.digits(12),
  arn: (r) => `arn:aws:iam::${r.digits(12)}:role/${r.pick(['ci-deployer', 'eks-node', 'lambda-exec'])}`,
  ssh_fingerprint: (r) => 'SHA256:' + r.b64(32).replace(/=+$/, ''),
  totp_test_vector: () => 'JBSWY3DPEHPK3PXP',
  gpg_key_id: (r) => r.HEX(16),
  license_key_format: () => 'XXXXX-XXXXX-XXXXX-XXXXX',
  nonce: (r) => r.b64(16),
};
export const LK_KINDS = Object.keys(LK);
export const isTestCard = (d) => TESTCARDS.has(d);
export { ssnOk };
