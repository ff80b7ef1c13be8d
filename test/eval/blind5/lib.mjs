// blind5 helpers: PRNG, value generators (secrets, PII, look-alikes), document builder.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

let st = 0x5eed0b5 >>> 0;
export function seed(s) { st = s >>> 0; }
export function rnd() { st = (st + 0x6d2b79f5) >>> 0; let t = st; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
export const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
export const pick = (a) => a[Math.floor(rnd() * a.length)];
export const chance = (p) => rnd() < p;
const fromSet = (set, n) => { let s = ''; for (let i = 0; i < n; i++) s += set[Math.floor(rnd() * set.length)]; return s; };
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', LO = 'abcdefghijklmnopqrstuvwxyz', DG = '0123456789';
export const B62 = DG + UP + LO;
export const al = (n) => fromSet(B62, n);
export const hex = (n) => fromSet('0123456789abcdef', n);
export const HEX = (n) => fromSet('0123456789ABCDEF', n);
export const dig = (n) => fromSet(DG, n);
export const up = (n) => fromSet(UP, n);
export const lo = (n) => fromSet(LO, n);
export const letters = (n) => fromSet(UP + LO, n);
export const b32 = (n) => fromSet(UP + '234567', n);
export const b64c = (n) => fromSet(B62 + '+/', n);
export const b64u = (n) => fromSet(B62 + '-_', n);
export const bytes = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = ri(0, 255); return b; };
export const pad2 = (n) => String(n).padStart(2, '0');

// ---------- markers and builder ----------
export const S = (e, v) => ({ v, e, fam: 'secrets' });
export const P = (e, v) => ({ v, e, fam: 'pii' });
export const L = (w, v) => ({ v, w });
export function frag(strings, ...vals) { const out = []; strings.forEach((s, i) => { if (s) out.push(s); if (i < vals.length) pushVal(out, vals[i]); }); return out; }
function pushVal(out, v) { if (v == null || v === '') return; if (Array.isArray(v)) { for (const x of v) pushVal(out, x); } else out.push(typeof v === 'object' ? v : String(v)); }
export function build(pieces) {
  let text = '', len = 0; const labels = [], lookalikes = [];
  for (const p of pieces) {
    const v = typeof p === 'string' ? p : p.v; const n = Buffer.byteLength(v, 'utf8');
    if (typeof p === 'object') {
      if (p.e) labels.push({ start: len, end: len + n, entity: p.e, family: p.fam, _v: v });
      else lookalikes.push({ start: len, end: len + n, what: p.w, _v: v });
    }
    text += v; len += n;
  }
  return { text, labels, lookalikes };
}

// ---------- checksums ----------
function crc32(buf) { if (zlib.crc32) return zlib.crc32(buf) >>> 0; let c, crc = 0xffffffff; for (const b of buf) { c = (crc ^ b) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crc = (crc >>> 8) ^ c; } return (crc ^ 0xffffffff) >>> 0; }
function base62(n, w) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(w, '0'); }
export const ghToken = (p) => { const r = al(30); return p + '_' + r + base62(crc32(Buffer.from(r)), 6); };
export function luhnOk(s) { const d = s.replace(/\D/g, ''); let sum = 0; for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; } return sum % 10 === 0; }
function luhnComplete(prefix, len) { let body = prefix + dig(len - prefix.length - 1); for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; }
const sha256 = (b) => crypto.createHash('sha256').update(b).digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function b58(buf) { let n = BigInt('0x' + buf.toString('hex')); let s = ''; while (n > 0n) { s = B58[Number(n % 58n)] + s; n /= 58n; } for (const b of buf) { if (b === 0) s = '1' + s; else break; } return s; }
function b58check(ver, payload) { const b = Buffer.concat([Buffer.from([ver]), payload]); return b58(Buffer.concat([b, sha256(sha256(b)).subarray(0, 4)])); }
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(v) { const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; let chk = 1; for (const x of v) { const b = chk >>> 25; chk = ((chk & 0x1ffffff) << 5) ^ x; for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i]; } return chk >>> 0; }
function bech32(hrp, data) { const exp = [...hrp].map(c => c.charCodeAt(0) >> 5).concat([0], [...hrp].map(c => c.charCodeAt(0) & 31)); const pm = polymod(exp.concat(data, [0, 0, 0, 0, 0, 0])) ^ 1; const cs = []; for (let i = 0; i < 6; i++) cs.push((pm >>> (5 * (5 - i))) & 31); return hrp + '1' + data.concat(cs).map(d => BECH[d]).join(''); }
function to5(buf) { let acc = 0, bits = 0; const out = []; for (const b of buf) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { bits -= 5; out.push((acc >> bits) & 31); } } if (bits) out.push((acc << (5 - bits)) & 31); return out; }
export function btc() { const k = ri(0, 2); if (k === 0) return b58check(0, bytes(20)); if (k === 1) return b58check(5, bytes(20)); return bech32('bc', [0].concat(to5(bytes(20)))); }
export function mod97(s) { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) r = (r * 10 + +d) % 97; } return r; }
const IBANS = { DE: 'n8n10', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24', PT: 'n21', IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n16', CZ: 'n20' };
function bban(cc) { return IBANS[cc].match(/[an]\d+/g).map(t => (t[0] === 'a' ? up : dig)(+t.slice(1))).join(''); }
export function iban(cc = pick(Object.keys(IBANS)), grouped = chance(0.5), bad = false) {
  const b = bban(cc); let ck = 98 - mod97(b + cc + '00'); if (bad) ck = ck >= 90 ? ck - ri(1, 7) : ck + ri(1, 7);
  const s = cc + pad2(ck) + b; return grouped ? s.replace(/(.{4})/g, '$1 ').trim() : s;
}
export const ibanValid = (s) => { const x = s.replace(/ /g, ''); return mod97(x.slice(4) + x.slice(0, 4)) === 1; };
// cards
const CARD = [['4', 16, 'visa'], ['51', 16, 'mc'], ['53', 16, 'mc'], ['55', 16, 'mc'], ['2221', 16, 'mc'], ['2720', 16, 'mc'], ['2304', 16, 'mc'], ['34', 15, 'amex'], ['37', 15, 'amex'], ['6011', 16, 'disc'], ['65', 16, 'disc'], ['3528', 16, 'jcb'], ['3566', 16, 'jcb'], ['36', 14, 'diners'], ['4', 13, 'visa']];
export function fmtCard(n, style) { if (style === 0) return n; const sep = style === 1 ? ' ' : '-'; if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep); if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep); if (n.length === 13) return n; return n.match(/.{4}/g).join(sep); }
export function card(style = ri(0, 2)) { const [p, l] = pick(CARD); return fmtCard(luhnComplete(p, l), style); }
export function badCard(style = ri(0, 2)) { const [p, l] = pick(CARD); const g = luhnComplete(p, l); const last = (+g[l - 1] + ri(1, 9)) % 10; return fmtCard(g.slice(0, -1) + last, style); }
export function ssn(sep = '-') { let a; do a = ri(1, 899); while (a === 666); return [String(a).padStart(3, '0'), pad2(ri(1, 99)), String(ri(1, 9999)).padStart(4, '0')].join(sep); }
export function badSsn() { const k = ri(0, 3); const a = k === 0 ? '000' : k === 1 ? '666' : String(ri(900, 999)); return k === 3 ? `${String(ri(100, 665))}-00-${dig(4)}` : `${a}-${pad2(ri(1, 99))}-${String(ri(1, 9999)).padStart(4, '0')}`; }
export function itin(sep = '-') { return ['9' + dig(2), String(pick([...Array(19)].map((_, i) => 70 + i).concat([90, 91, 92, 94, 95, 96, 97, 98, 99]))), dig(4)].join(sep); }
export function nhs() { for (;;) { const d = dig(9); let s = 0; for (let i = 0; i < 9; i++) s += +d[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; const n = d + c; return chance(0.6) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n; } }
export function dea(lastName = 'M') { const first = pick('ABFGMPRX'.split('')); const d = dig(6); const c = (+d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5])) % 10; const ini = /[A-Za-z]/.test(lastName[0]) ? lastName[0].toUpperCase() : '9'; return first + ini + d + c; }
export const passport = () => chance(0.7) ? String(ri(1, 9)) + dig(8) : up(1) + dig(8);
export const dl = () => pick([() => up(1) + dig(7), () => dig(9), () => up(1) + dig(12), () => up(1) + dig(3) + '-' + dig(4) + '-' + dig(4)])();
export function isbn13() { const b = pick(['978', '979']) + dig(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return b + ((10 - (s % 10)) % 10); }

// ---------- people, places, contact ----------
const NAMES = [
  [['James', 'Olivia', 'Ethan', 'Grace', 'Noah', 'Hannah', 'Marcus', 'Chloe'], ['Whitfield', 'Donovan', 'Harper', 'Kowalczyk', 'Bennett', 'Okafor', 'Lindqvist', 'Marsh']],
  [['María', 'José', 'Lucía', 'Alejandro', 'Camila', 'Diego', 'Valentina'], ['García Ruiz', 'Fernández', 'Ortega', 'Navarro', 'Castillo Peña', 'Jiménez']],
  [['Jürgen', 'Anneliese', 'Lukas', 'Sophie', 'Matthias', 'Greta'], ['Müller', 'Schäfer', 'Weißenborn', 'Köhler', 'Brandt']],
  [['Amélie', 'François', 'Léa', 'Théo', 'Céline'], ['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Roussel']],
  [['Giulia', 'Matteo', 'Chiara', 'Lorenzo'], ['Esposito', 'Ricci', 'Bianchi', 'Colombo']],
  [['João', 'Ana Beatriz', 'Thiago', 'Fernanda'], ['Oliveira', 'Souza', 'Carvalho', 'Pereira']],
  [['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya'], ['Raghunathan', 'Iyer', 'Chatterjee', 'Deshpande', 'Malhotra']],
  [['Chidi', 'Ngozi', 'Adebayo', 'Folake'], ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun']],
  [['Mehmet', 'Elif', 'Emre', 'Zeynep'], ['Yılmaz', 'Kaya', 'Demir', 'Şahin']],
  [['Nguyễn Văn', 'Trần Thị', 'Lê Minh'], ['An', 'Hoa', 'Tuấn']],
  [['Katarzyna', 'Piotr', 'Agnieszka'], ['Wiśniewska', 'Zieliński', 'Wójcik']],
  [['Sven', 'Ingrid', 'Freya'], ['Johansson', 'Nilsson', 'Halvorsen']],
];
const NAMES_SCRIPT = ['山田 太郎', '佐藤 花子', '鈴木 一郎', '王 伟', '李 娜', '张 静', '김민준', '이서연', '박지훈', 'Иван Петров', 'Мария Смирнова', 'Алексей Кузнецов', 'محمد العلي', 'فاطمة الزهراء', 'יעל כהן', 'Αλέξανδρος Παπαδόπουλος', 'राहुल शर्मा', 'सुनीता वर्मा', 'สมชาย ใจดี'];
export function person() { if (chance(0.22)) return pick(NAMES_SCRIPT); const [f, l] = pick(NAMES); return pick(f) + ' ' + pick(l); }
export const CITIES = ['Lisbon', 'Porto Alegre', 'Osaka', 'Nairobi', 'Lagos', 'Kraków', 'Bengaluru', 'Guadalajara', 'Toulouse', 'Rotterdam', 'Seattle', 'Austin, TX', 'Manchester', 'Hamburg', 'Bologna', 'Valencia', 'Melbourne', 'Montréal', 'İzmir', 'Hanoi', 'Göteborg', 'São Paulo', 'München', 'Zürich', '東京', '大阪市', 'Москва', 'Санкт-Петербург', '서울', 'القاهرة', 'Chicago, IL', 'Dublin', 'Cape Town', 'Wrocław'];
const STREETS = ['1428 Elm Street', '221B Baker Street', 'Calle de Alcalá 48', 'Hauptstraße 17', '12 rue des Lilas', 'Via Garibaldi 9', 'Rua Augusta 1020', 'Keizersgracht 311', 'ul. Długa 44', '742 Evergreen Terrace', '3-14-2 Jingumae', 'Tverskaya ul. 7', '88 Marine Parade', '55 Kloof Street', 'Av. Insurgentes Sur 1602', '410 Birchwood Ave'];
export const city = () => pick(CITIES);
export const street = () => pick(STREETS);
const DOMS = ['acme-corp.example', 'globex.test', 'mail.initech.example', 'contoso-health.example', 'northwind.test', 'umbrella-bank.example', 'posteo.example', 'kundenmail.example', 'correo.example', 'example.invalid', 'tyrell.example', 'soylent.test'];
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ş/g, 's').replace(/[^A-Za-z ]/g, '').trim().toLowerCase();
export function email(name) { let n = name ? ascii(name) : ''; if (!n || !/[a-z]/.test(n)) n = pick(['kenji tanaka', 'wei zhang', 'olga ivanova', 'minji kim', 'ahmed hassan', 'support team', 'j doe']); const [f, ...r] = n.split(/\s+/); const l = r.join('') || 'x'; const local = pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${ri(1, 99)}`, `${f}+${pick(['billing', 'news', 'ci'])}`, `${l}.${f[0]}`]); return local + '@' + pick(DOMS); }
const PHONES = [
  () => `(${pick(['415', '212', '617', '312', '206', '503', '718'])}) ${ri(2, 9)}${dig(2)}-${dig(4)}`, () => `+1 ${pick(['646', '470', '213', '305'])}-${ri(2, 9)}${dig(2)}-${dig(4)}`, () => `${pick(['512', '720', '919'])}.${ri(2, 9)}${dig(2)}.${dig(4)}`,
  () => `+44 20 7946 0${dig(3)}`, () => `07700 900${dig(3)}`, () => `+44 7700 900${dig(3)}`, () => `0161 496 0${dig(3)}`,
  () => `+49 30 ${dig(4)} ${dig(4)}`, () => `0151 ${dig(8)}`, () => `+49 (0)89 ${dig(3)} ${dig(4)}`,
  () => `+33 6 ${dig(2)} ${dig(2)} ${dig(2)} ${dig(2)}`, () => `01 ${dig(2)} ${dig(2)} ${dig(2)} ${dig(2)}`,
  () => `+91 ${pick(['98', '97', '88', '70'])}${dig(3)} ${dig(5)}`, () => `+55 11 9${dig(4)}-${dig(4)}`, () => `(21) 9${dig(4)}-${dig(4)}`,
  () => `+81 3-${dig(4)}-${dig(4)}`, () => `090-${dig(4)}-${dig(4)}`, () => `+61 4${dig(2)} ${dig(3)} ${dig(3)}`, () => `(02) 9${dig(3)} ${dig(4)}`,
  () => `+34 6${dig(2)} ${dig(3)} ${dig(3)}`, () => `+39 3${dig(2)} ${dig(3)} ${dig(4)}`, () => `+31 6 ${dig(8)}`, () => `+52 55 ${dig(4)} ${dig(4)}`,
  () => `+82 10-${dig(4)}-${dig(4)}`, () => `+41 44 ${dig(3)} ${dig(2)} ${dig(2)}`, () => `+48 ${pick(['512', '601', '790'])} ${dig(3)} ${dig(3)}`, () => `+27 82 ${dig(3)} ${dig(4)}`, () => `+234 803 ${dig(3)} ${dig(4)}`, () => `+65 9${dig(3)} ${dig(4)}`, () => `+353 87 ${dig(3)} ${dig(4)}`,
];
export const phone = () => pick(PHONES)();
export function pubIp() { if (chance(0.25)) return `2001:db8:${hex(4).replace(/^0+/, '') || '1'}:${hex(3)}::${hex(2)}${ri(1, 9)}`; let a; do a = ri(11, 223); while ([127, 10, 100, 169, 172, 192].includes(a)); return `${a}.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`; }

// ---------- look-alikes ----------
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
export const sha = () => hex(40);
export const digest = () => 'sha256:' + hex(64);
export const integrity = () => 'sha512-' + bytes(64).toString('base64');
export const semver = () => `${ri(0, 12)}.${ri(0, 40)}.${ri(0, 30)}`;
export const date = () => `20${ri(19, 25)}-${pad2(ri(1, 12))}-${pad2(ri(1, 28))}`;
export const ts = () => `${date()}T${pad2(ri(0, 23))}:${pad2(ri(0, 59))}:${pad2(ri(0, 59))}.${dig(3)}Z`;
export const epoch = () => String(ri(1600000000, 1760000000)) + (chance(0.4) ? dig(3) : '');
export const price = () => pick(['$', '€', '£', '']) + ri(1, 4999) + '.' + dig(2) + pick(['', '', ' USD', ' EUR']);
export const orderNo = () => pick([`ORD-${dig(8)}`, `#${dig(7)}`, `SO-${date().slice(0, 4)}-${dig(6)}`, `PO${dig(10)}`]);
export const tracking = () => pick([`1Z${b32(6).replace(/[^A-Z0-9]/g, 'X')}${dig(10)}`, `${dig(4)} ${dig(4)} ${dig(4)} ${dig(4)} ${dig(4)} ${dig(2)}`, `JD${dig(18)}`, `RR${dig(9)}GB`]);
export const invoiceNo = () => `INV-${ri(2020, 2025)}-${dig(5)}`;
export const reqId = () => pick([`req_${al(24)}`, uuid(), `0HN${up(2)}${dig(3)}${up(4)}:${dig(8)}`, `${hex(16)}`]);
export const crmId = () => pick([`0015g00000${al(8)}`, `CUST-${dig(6)}`, `cus_${al(14)}`, `HS-${dig(9)}`]);
export const coords = () => `${(rnd() * 140 - 70).toFixed(6)}, ${(rnd() * 340 - 170).toFixed(6)}`;
export const hexColor = () => '#' + hex(6);
export const sshPub = () => chance(0.5) ? 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + b64c(43) : 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + b64c(348);
export const wrap = (s, n) => s.match(new RegExp(`.{1,${n}}`, 'g')).join('\n');
export const cert = () => '-----BEGIN CERTIFICATE-----\n' + wrap('MII' + pick(['D', 'E', 'F']) + b64c(1100) + '==', 64) + '\n-----END CERTIFICATE-----';
export const pemPub = () => '-----BEGIN PUBLIC KEY-----\n' + wrap('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + b64c(320) + 'IDAQAB', 64) + '\n-----END PUBLIC KEY-----';
export const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'YOUR_API_KEY_HERE', '********', 'sk-...', 'REPLACE_ME', '<redacted>', 'TODO', 'dummy', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'your-secret-here', '<paste key>', 'example-password', '[REDACTED]', 'none', '...'];
export const placeholder = () => pick(PLACEHOLDERS);
export const envRef = (n) => pick([`\${${n}}`, `\${{ secrets.${n} }}`, `$${n}`, `%${n}%`, `{{ .Values.${n.toLowerCase()} }}`, `process.env.${n}`, `os.environ["${n}"]`, `ENV.fetch("${n}")`, `\${env:${n}}`, `{{ vault "secret/data/${n.toLowerCase()}" }}`]);
export const awsExample = () => pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']);
export const testCard = () => pick(['4242 4242 4242 4242', '4000 0566 5566 5556', '5555555555554444', '378282246310005', '4111 1111 1111 1111', '6011111111111117', '3566002020360505']);
export const k8sRv = () => String(ri(100000, 99999999));
export const buildNo = () => pick([`#${ri(100, 99999)}`, `build-${ri(1000, 9999)}`, `${ri(1, 9)}.${ri(0, 9)}.${ri(0, 99)}+build.${ri(100, 9999)}`]);
export const shortSha = () => hex(pick([7, 8, 12]));
