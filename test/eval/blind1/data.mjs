// blind1: people, places, phones, mail domains (all fictitious combinations).
import { rng as R, A } from './values.mjs';

// [given names], [family names], familyFirst, sep
const CULTURES = {
  en: [['Olivia', 'James', 'Harper', 'Ethan', 'Margaret', 'Declan', 'Tyrone', 'Beatrice'], ['Whitfield', 'Okonjo-Barnes', 'Mallory', 'Pritchard', 'Donnelly', 'Ashworth', 'Kowalczyk', 'Rutherford']],
  es: [['Lucía', 'Mateo', 'Ximena', 'Joaquín', 'Valentina', 'Andrés'], ['García Lorca', 'Fernández', 'Quintero', 'Ibáñez', 'Montoya', 'Echeverría']],
  de: [['Lukas', 'Annika', 'Jörg', 'Friederike', 'Maximilian', 'Søren'], ['Müller', 'Schäfer', 'Hoffmann', 'Große-Brink', 'Weißenborn', 'Kühn']],
  fr: [['Élodie', 'Théo', 'Margaux', 'Guillaume', 'Inès', 'Aurélien'], ['Lefèvre', 'Dubois', 'Chevalier', 'Moreau', 'Fontaine', 'Beaumont']],
  pt: [['João', 'Beatriz', 'Thiago', 'Gabriela', 'Rafaela'], ['Conceição', 'Araújo', 'Magalhães', 'Nascimento', 'Carvalho']],
  it: [['Giulia', 'Lorenzo', 'Chiara', 'Federico'], ['Esposito', 'Bianchi', 'Marchetti', 'De Luca']],
  zh: [['伟', '芳', '静怡', '子轩', '秀英'], ['王', '李', '张', '刘', '陈'], true, ''],
  zhl: [['Wei', 'Xiaoling', 'Jun', 'Mingyu', 'Hui'], ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhou']],
  ja: [['花子', '翔太', '美咲', '健一', '結衣'], ['佐藤', '鈴木', '高橋', '田中', '渡辺'], true, ' '],
  jal: [['Haruto', 'Yui', 'Kenji', 'Sakura', 'Ren'], ['Yamamoto', 'Nakamura', 'Kobayashi', 'Inoue', 'Matsumoto']],
  ko: [['민준', '서연', '지훈', '하은'], ['김', '이', '박', '최'], true, ''],
  kol: [['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun'], ['Kim', 'Park', 'Choi', 'Jung']],
  ar: [['محمد', 'فاطمة', 'يوسف', 'ليلى'], ['العلي', 'الحسيني', 'منصور', 'القحطاني']],
  arl: [['Omar', 'Layla', 'Youssef', 'Amira', 'Khalid'], ['Haddad', 'Al-Masri', 'Benali', 'Nasser', 'El-Amin']],
  ru: [['Анна', 'Дмитрий', 'Ольга', 'Сергей'], ['Иванова', 'Смирнов', 'Кузнецова', 'Волков']],
  rul: [['Nikolai', 'Ekaterina', 'Alexei', 'Svetlana'], ['Petrov', 'Sokolova', 'Morozov', 'Lebedeva']],
  hi: [['प्रिया', 'अर्जुन', 'सुनीता'], ['शर्मा', 'वर्मा', 'पटेल']],
  inl: [['Priya', 'Arjun', 'Ananya', 'Rohan', 'Deepika', 'Venkatesh'], ['Raghunathan', 'Iyer', 'Chatterjee', 'Reddy', 'Banerjee', 'Subramaniam']],
  el: [['Γιώργος', 'Ελένη', 'Νίκος'], ['Παπαδόπουλος', 'Κωνσταντίνου', 'Γεωργίου']],
  tr: [['Ayşe', 'Mehmet', 'Elif', 'Çağrı'], ['Yılmaz', 'Öztürk', 'Şahin', 'Demir']],
  vi: [['Nguyễn Thị', 'Trần Văn', 'Lê Minh', 'Phạm Thu'], ['Hương', 'Nam', 'Anh', 'Trang'], false, ' '],
  ng: [['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka'], ['Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze']],
  pl: [['Zofia', 'Krzysztof', 'Małgorzata', 'Wojciech'], ['Wiśniewska', 'Zieliński', 'Szymańska', 'Wróbel']],
  sv: [['Astrid', 'Björn', 'Ingrid', 'Linnéa'], ['Lindqvist', 'Åkesson', 'Bergström', 'Sjöberg']],
  he: [['Noa', 'Itai', 'Tamar'], ['Ben-David', 'Friedman', 'Azoulay']],
  sw: [['Wanjiru', 'Baraka', 'Akinyi'], ['Mwangi', 'Otieno', 'Kamau']],
};
export const CULTURE_KEYS = Object.keys(CULTURES);
export function person(cult) {
  const c = CULTURES[cult ?? R.pick(CULTURE_KEYS)];
  const g = R.pick(c[0]), f = R.pick(c[1]);
  const name = c[2] ? f + (c[3] ?? '') + g : g + ' ' + f;
  return { name, given: g, family: f, latin: /^[\p{Script=Latin}\s'.-]+$/u.test(name) };
}
export const latinPerson = () => person(R.pick(['en', 'es', 'de', 'fr', 'pt', 'it', 'zhl', 'jal', 'kol', 'arl', 'rul', 'inl', 'tr', 'ng', 'pl', 'sv', 'he', 'sw']));
const DEASCII = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', å: 'a', ø: 'o', é: 'e', è: 'e', ê: 'e', á: 'a', í: 'i', ó: 'o', ú: 'u', ñ: 'n', ç: 'c', ã: 'a', ı: 'i', ş: 's', ğ: 'g', ł: 'l', ś: 's', ń: 'n', ż: 'z', ć: 'c', ę: 'e', ą: 'a', ' ': '', "'": '' };
const ascii = (s) => s.toLowerCase().replace(/./gu, (c) => DEASCII[c] ?? c).normalize('NFD').replace(/[^a-z0-9-]/g, '');
const DOMAINS = ['mail.example', 'acme.example', 'northwind-traders.example', 'correo.example', 'posteo.test', 'uni-heidelberg.example', 'globex.example', 'kundenservice.example', 'hospital-sanmarco.example', 'fastmail.test', 'web.invalid', 'contoso-health.example', 'lab.tokyo.example', 'clinic.example', 'bank.example'];
export function email(p) {
  p = p && p.latin ? p : latinPerson();
  const g = ascii(p.given) || 'user', f = ascii(p.family) || 'x';
  const d = R.pick(DOMAINS);
  return R.pick([`${g}.${f}@${d}`, `${g[0]}${f}@${d}`, `${f}.${g}${R.range(1, 99)}@${d}`, `${g}_${f}+${R.pick(['billing', 'github', 'news', 'hr'])}@${d}`, `${g.toUpperCase()}.${f.toUpperCase()}@${d.toUpperCase()}`, `${g}${R.range(70, 99)}@${R.pick(['dept.', 'eu.', 'mx.'])}${d}`]);
}
export function phone(cc) {
  const d = (n) => R.digits(n);
  const P = {
    US: () => { const a = R.pick(['212', '415', '617', '312', '206', '303', '512', '404', '702', '971']); const x = R.range(2, 9) + d(2), y = d(4); return R.pick([`(${a}) ${x}-${y}`, `+1 ${a}-${x}-${y}`, `${a}.${x}.${y}`, `+1 (${a}) ${x} ${y}`, `1-${a}-${x}-${y}`]); },
    CA: () => { const a = R.pick(['416', '604', '514', '403', '613']); return R.pick([`(${a}) ${R.range(2, 9)}${d(2)}-${d(4)}`, `+1 ${a} ${R.range(2, 9)}${d(2)} ${d(4)}`]); },
    GB: () => R.pick([`07${R.range(4, 9)}${d(2)} ${d(6)}`, `+44 7${R.range(4, 9)}${d(2)} ${d(6)}`, `020 ${R.range(7, 8)}${d(3)} ${d(4)}`, `+44 (0)161 ${d(3)} ${d(4)}`]),
    DE: () => R.pick([`+49 15${R.range(1, 9)} ${d(8)}`, `0170 ${d(7)}`, `030 ${d(8)}`, `+49 (0)89 ${d(7)}`, `+49 221 ${d(3)} ${d(4)}`]),
    FR: () => { const p = () => d(2); return R.pick([`06 ${p()} ${p()} ${p()} ${p()}`, `+33 6 ${p()} ${p()} ${p()} ${p()}`, `01 ${p()} ${p()} ${p()} ${p()}`, `+33 (0)7 ${p()} ${p()} ${p()} ${p()}`]); },
    IN: () => R.pick([`+91 9${d(4)} ${d(5)}`, `098${d(3)} ${d(5)}`, `+91-80-${d(4)}-${d(4)}`]),
    BR: () => R.pick([`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`, `+55 (31) 3${d(3)}-${d(4)}`]),
    JP: () => R.pick([`090-${d(4)}-${d(4)}`, `+81 90-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `+81 6 ${d(4)} ${d(4)}`]),
    AU: () => R.pick([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) 9${d(3)} ${d(4)}`]),
    ES: () => R.pick([`+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `6${d(2)} ${d(3)} ${d(3)}`]),
    IT: () => R.pick([`+39 3${d(2)} ${d(3)} ${d(4)}`, `06 ${d(4)} ${d(4)}`, `3${d(2)}-${d(7)}`]),
    NL: () => R.pick([`06-${d(8)}`, `+31 6 ${d(8)}`, `020-${d(3)} ${d(4)}`]),
    MX: () => R.pick([`+52 55 ${d(4)} ${d(4)}`, `(33) ${d(4)}-${d(4)}`, `+52 1 81 ${d(4)} ${d(4)}`]),
    KR: () => R.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`]),
    ZA: () => R.pick([`+27 82 ${d(3)} ${d(4)}`, `082 ${d(3)} ${d(4)}`]),
    NG: () => R.pick([`+234 803 ${d(3)} ${d(4)}`, `0806 ${d(3)} ${d(4)}`]),
    CN: () => R.pick([`+86 138 ${d(4)} ${d(4)}`, `139-${d(4)}-${d(4)}`]),
    PL: () => R.pick([`+48 5${d(2)} ${d(3)} ${d(3)}`, `6${d(2)}-${d(3)}-${d(3)}`]),
    SE: () => R.pick([`+46 70 ${d(3)} ${d(2)} ${d(2)}`, `070-${d(3)} ${d(2)} ${d(2)}`]),
    CH: () => R.pick([`+41 79 ${d(3)} ${d(2)} ${d(2)}`, `044 ${d(3)} ${d(2)} ${d(2)}`]),
  };
  return P[cc ?? R.pick(Object.keys(P))]();
}
const CITIES = ['München', 'São Paulo', '東京', 'Москва', 'القاهرة', 'Mumbai', 'Lagos', 'Kraków', 'İstanbul', 'Hà Nội', '서울', 'Ciudad de México', 'Zürich', 'Reykjavík', 'Nairobi', 'Buenos Aires', 'Toronto', 'Sydney', '大阪', 'Marseille', 'Göteborg', 'Porto', 'Αθήνα', 'Tel Aviv', 'Bengaluru', 'Chicago', 'Austin, Texas', 'Edinburgh', 'Valparaíso', 'Kraków, Poland', 'Lyon', 'Bologna', 'Rotterdam', 'Québec', 'Accra', '上海', 'Casablanca', 'Hamburg', 'Seattle, WA', 'Manchester', 'Dublin', 'Cebu City', 'Jakarta', 'Oaxaca'];
const COUNTRIES = ['Germany', 'Brasil', 'Japan', 'España', 'Nigeria', 'Canada', 'India', 'México', 'Deutschland', 'France', 'Australia', 'Italia', 'Polska', 'Sverige', 'Kenya', 'Viet Nam', 'Türkiye', 'United Kingdom', 'Portugal', 'Nederland'];
const STREETS = [() => `${R.range(1, 999)} ${R.pick(['Maple Avenue', 'Elm Street', 'Harbor Blvd', 'Kingsway', 'Old Mill Road', 'Lakeview Drive'])}`, () => `${R.pick(['Hauptstraße', 'Lindenallee', 'Bahnhofstraße', 'Am Kirchberg'])} ${R.range(1, 140)}`, () => `${R.range(1, 80)} ${R.pick(['rue de la Paix', 'avenue Victor-Hugo', 'boulevard Voltaire'])}`, () => `Calle ${R.pick(['Mayor', 'de Alcalá', 'Reforma', 'Sierpes'])} ${R.range(1, 300)}`, () => `Rua ${R.pick(['Augusta', 'das Flores', 'Oscar Freire'])}, ${R.range(1, 2000)}`, () => `${R.pick(['千代田区丸の内', '渋谷区神南', '北区梅田'])}${R.range(1, 5)}-${R.range(1, 20)}-${R.range(1, 30)}`, () => `ul. ${R.pick(['Floriańska', 'Marszałkowska', 'Długa'])} ${R.range(1, 99)}`, () => `Via ${R.pick(['Roma', 'Garibaldi', 'dei Mille'])} ${R.range(1, 120)}`];
export const city = () => R.pick(CITIES);
export const country = () => R.pick(COUNTRIES);
export const street = () => R.pick(STREETS)();
export const location = () => R.pick([city, city, country, street, street])();
export const COMPANIES = ['Acme Logistics GmbH', 'Northwind Traders', 'Globex SA', 'Initech', 'Umbrella Health', 'Contoso Bank', 'Kaiten Systems K.K.', 'Tetra Pharma', 'Fabrikam Retail', 'Soylent Foods'];
export const HOSTS = ['api.acme.example', 'files.acme.example', 'grafana.ops.example', 'auth.northwind.example', 'cdn.shop.test', 'registry.build.example', 'git.internal.example', 'pkgs.mirror.test', 'status.globex.invalid', 'hooks.integrations.example', 'db-primary.prod.example', 'vault.sec.example'];
export const host = () => R.pick(HOSTS);
export { A };
