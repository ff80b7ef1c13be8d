// blind4: fake, format-valid values (secrets, PII) and look-alikes.
import {
  rnd, int, pick, chance, chars, hex, digits, bytes, b64, b64url, pad, DIG, HEX, UP, LOW, B62, B64URLCH, B32,
  crc32, base62, luhnDigit, luhnOk, ibanMod97, base58check, bech32Encode, convertBits, sha256,
} from './lib.mjs';

const ALNUM = B62;
const URLSAFE = B64URLCH;
const B64CH = UP + LOW + DIG + '+/';

// ================================================================ secrets
export function ghToken(prefix = 'ghp') {
  const body = chars(ALNUM, 30);
  return `${prefix}_${body}${base62(crc32(Buffer.from(body)), 6)}`;
}
export const ghFine = () => `github_pat_11${chars(UP + DIG, 20)}_${chars(ALNUM, 59)}`;
export const awsKeyId = (p = 'AKIA') => p + chars(B32, 16);
export const awsSecret = () => chars(B64CH, 40);
export const awsSession = () => 'IQoJb3JpZ2luX2Vj' + chars(B64CH, 340) + '==';
export const slackBot = () => `xoxb-${digits(11)}-${digits(13)}-${chars(ALNUM, 24)}`;
export const slackUser = () => `xoxp-${digits(11)}-${digits(12)}-${digits(13)}-${hex(32)}`;
export const slackApp = () => `xapp-1-A${chars(UP + DIG, 10)}-${digits(13)}-${hex(64)}`;
export const stripeLive = () => `sk_live_51${chars(ALNUM, 22)}${chars(ALNUM, 74)}`;
export const stripeRestricted = () => `rk_live_51${chars(ALNUM, 96)}`;
export const stripeWebhook = () => `whsec_${chars(ALNUM, 32)}`;
export const openaiProj = () => `sk-proj-${chars(URLSAFE, 74)}T3BlbkFJ${chars(URLSAFE, 74)}`;
export const openaiSvc = () => `sk-svcacct-${chars(URLSAFE, 74)}T3BlbkFJ${chars(URLSAFE, 74)}`;
export const openaiLegacy = () => `sk-${chars(ALNUM, 20)}T3BlbkFJ${chars(ALNUM, 20)}`;
export const anthropic = () => `sk-ant-api03-${chars(URLSAFE, 93)}AA`;
export const anthropicAdmin = () => `sk-ant-admin01-${chars(URLSAFE, 93)}AA`;
export const hfToken = () => `hf_${chars(UP + LOW, 34)}`;
export const glpat = () => `glpat-${chars(URLSAFE, 20)}`;
export const glrt = () => `glrt-${chars(URLSAFE, 20)}`;
export const npmToken = () => `npm_${chars(ALNUM, 36)}`;
export const googleApiKey = () => `AIza${chars(URLSAFE, 35)}`;
export const googleOauthSecret = () => `GOCSPX-${chars(URLSAFE, 28)}`;
export const googleAccessToken = () => `ya29.a0${chars(URLSAFE, 150)}`;
export const googleRefresh = () => `1//0${chars(URLSAFE, 99)}`;
export const azureStorageKey = () => b64(64);
export const azureClientSecret = () => `${chars(ALNUM, 3)}8Q~${chars(URLSAFE + '.~', 31)}`;
export const azureSasSig = () => encodeURIComponent(b64(32));
export const twilioAuth = () => hex(32);
export const twilioApiKey = () => `SK${hex(32)}`;
export const sendgrid = () => `SG.${chars(URLSAFE, 22)}.${chars(URLSAFE, 43)}`;
export const mailgun = () => `key-${hex(32)}`;
export const datadogApi = () => hex(32);
export const datadogApp = () => hex(40);
export const sentryAuth = () => `sntrys_${b64url(90)}`;
export const shopifyToken = () => `shpat_${hex(32)}`;
export const shopifySecret = () => `shpss_${hex(32)}`;
export function discordBot() {
  const id = String(int(1, 9)) + digits(17);
  return `${Buffer.from(id).toString('base64url')}.${chars(URLSAFE, 6)}.${chars(URLSAFE, 38)}`;
}
export const telegramBot = () => `${int(1000000000, 7999999999)}:AA${chars(URLSAFE, 33)}`;
export const doToken = () => `dop_v1_${hex(64)}`;
export const dopplerToken = () => `dp.st.prd.${chars(ALNUM, 43)}`;
export const vaultToken = () => `hvs.CAESI${chars(URLSAFE, 86)}`;
export const tfcToken = () => `${chars(ALNUM, 14)}.atlasv1.${chars(ALNUM, 67)}`;
export const cloudflareToken = () => chars(URLSAFE, 40);
export const herokuKey = () => uuid();
export const newRelicLicense = () => `${hex(36)}NRAL`;
export const newRelicUser = () => `NRAK-${chars(UP + DIG, 27)}`;
export const linearKey = () => `lin_api_${chars(ALNUM, 40)}`;
export const notionToken = () => `ntn_${digits(11)}${chars(ALNUM, 35)}`;
export const atlassianToken = () => `ATATT3xFfGF0${chars(URLSAFE, 171)}=${hex(8).toUpperCase()}`;
export const postmanKey = () => `PMAK-${hex(24)}-${hex(34)}`;
export const grafanaSa = () => `glsa_${chars(ALNUM, 32)}_${hex(8)}`;
export const pulumiToken = () => `pul-${hex(40)}`;
export const databricksToken = () => `dapi${hex(32)}`;
export const oktaToken = () => `00${chars(URLSAFE, 40)}`;
export const algoliaAdmin = () => hex(32);
export const mapboxSecret = () => `sk.eyJ1Ijoi${chars(ALNUM, 12)}IiwiYSI6I${chars(ALNUM, 26)}.${chars(URLSAFE, 22)}`;
export const djangoSecret = () => 'django-insecure-' + chars(LOW + DIG + '!@#%^&*(-_=+)', 50);
export const railsMaster = () => hex(32);
export const flaskSecret = () => hex(48);
export const encKey32 = () => b64(32);
export const sessionId = () => chars(ALNUM, 32);
export const webhookSecret = () => chars(ALNUM, 40);
export const genericApiKey = () => chars(ALNUM, int(32, 48));
export const genericSecret = () => b64url(int(24, 40));
export const circleToken = () => `CCIPAT_${chars(ALNUM, 22)}_${hex(40)}`;
export const jfrogKey = () => `AKCp8${chars(ALNUM, 68)}`;
export const dockerHubPat = () => `dckr_pat_${chars(URLSAFE, 27)}`;
export const supabaseServiceKey = () => jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: chars(LOW, 20), role: 'service_role', iat: 1718000000 + int(0, 9999999), exp: 2033000000 + int(0, 9999999) });
export const lastfm = () => hex(32);

const PW_WORDS = ['Tr0ub4dor', 'Kestrel', 'saffron', 'Marmot', 'quartz', 'Vigil', 'lantern', 'Ember', 'Nimbus', 'cobalt', 'Fjord', 'orchid', 'Zephyr', 'basalt'];
export function password() {
  const k = int(0, 3);
  if (k === 0) return chars(ALNUM + '!#%^*-_', int(14, 24));
  if (k === 1) return `${pick(PW_WORDS)}${pick(['!', '#', '$', '%', '&', '*'])}${digits(int(2, 4))}${pick(PW_WORDS).toLowerCase()}`;
  if (k === 2) return chars(ALNUM, int(16, 28));
  return `${pick(PW_WORDS)}-${pick(PW_WORDS)}-${digits(3)}${pick(['@', '!', '?'])}`;
}
export const urlPassword = () => chars(ALNUM + '-_.~', int(14, 24));

export function jwt(header, payload, sigBytes) {
  const h = Buffer.from(JSON.stringify(header)).toString('base64url');
  const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const n = sigBytes || (header.alg && header.alg.startsWith('RS') ? 256 : header.alg === 'ES256' ? 64 : 32);
  return `${h}.${p}.${b64url(n)}`;
}
export function userJwt(host, email) {
  const now = 1760000000 + int(0, 20000000);
  const alg = pick(['HS256', 'RS256', 'ES256']);
  const hd = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: hex(16) };
  const pl = { sub: email || uuid(), iss: `https://${host}/`, aud: pick(['api', 'web', `https://${host}/api`]), iat: now, exp: now + pick([900, 3600, 86400]) };
  if (chance(0.5)) pl.scope = pick(['read:orders write:orders', 'openid profile email', 'admin']);
  return jwt(hd, pl);
}

function wrap(s, n) { const out = []; for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n)); return out.join('\n'); }
function derLen(n) { return n < 128 ? [n] : n < 256 ? [0x81, n] : [0x82, n >> 8, n & 255]; }
export function pemRsa() {
  const total = int(0x4a2, 0x4a8);
  const head = Buffer.from([0x30, 0x82, total >> 8, total & 255, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]);
  const body = Buffer.concat([head, bytes(total + 4 - head.length)]);
  return `-----BEGIN RSA PRIVATE KEY-----\n${wrap(body.toString('base64'), 64)}\n-----END RSA PRIVATE KEY-----`;
}
export function pemPkcs8() {
  const inner = int(0x4a2, 0x4a8);
  const oct = inner + 4;
  const total = oct + 4 + 3 + 15;
  const head = Buffer.from([0x30, 0x82, total >> 8, total & 255, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
    0x04, 0x82, oct >> 8, oct & 255, 0x30, 0x82, inner >> 8, inner & 255, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]);
  const body = Buffer.concat([head, bytes(total + 4 - head.length)]);
  return `-----BEGIN PRIVATE KEY-----\n${wrap(body.toString('base64'), 64)}\n-----END PRIVATE KEY-----`;
}
export function pemEc() {
  const der = Buffer.concat([Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]), bytes(32),
    Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]), bytes(64)]);
  return `-----BEGIN EC PRIVATE KEY-----\n${wrap(der.toString('base64'), 64)}\n-----END EC PRIVATE KEY-----`;
}
const sshStr = (b) => { const x = Buffer.isBuffer(b) ? b : Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(x.length); return Buffer.concat([l, x]); };
const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n >>> 0); return l; };
export function pemOpenssh(comment = 'deploy@ci') {
  const pub = bytes(32), priv = bytes(32);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
  const chk = bytes(4);
  let sec = Buffer.concat([chk, chk, sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([priv, pub])), sshStr(comment)]);
  const padn = (8 - (sec.length % 8)) % 8; const padb = Buffer.from(Array.from({ length: padn }, (_, i) => i + 1));
  sec = Buffer.concat([sec, padb]);
  const all = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pubBlob), sshStr(sec)]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(all.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}
function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } }
  return crc & 0xffffff;
}
export function pemPgp() {
  const body = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6, 0x04]), bytes(int(940, 980))]);
  const c = crc24(body); const cb = Buffer.from([c >> 16, (c >> 8) & 255, c & 255]);
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body.toString('base64'), 64)}\n=${cb.toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export const pemAny = () => pick([pemRsa, pemPkcs8, pemEc, pemEc, pemOpenssh])();

// ================================================================ PII
export const NAMES = [
  // [given, family, style]  style: w = "given family", e = "familygiven" (no space), es = "family given"
  ...['Olivia|Bennett', 'Marcus|Holloway', 'Priya|Raman', 'Dylan|Fitzgerald', 'Hannah|Okafor', 'Trevor|McAllister', 'Keisha|Washington', 'Rhys|Llewellyn'].map((x) => [...x.split('|'), 'w']),
  ...['Lucía|Fernández Ortega', 'Joaquín|Barrios', 'Ximena|Quispe', 'Rodrigo|Saavedra', 'Camila|Echeverría'].map((x) => [...x.split('|'), 'w']),
  ...['João|Carvalho Nunes', 'Thaís|Albuquerque', 'Gonçalo|Sequeira'].map((x) => [...x.split('|'), 'w']),
  ...['Jürgen|Weißmüller', 'Annika|Brandstätter', 'Lennart|Hoffmeister', 'Søren|Kierkegaard-Holm', 'Ingrid|Solberg', 'Aleksi|Mäkinen'].map((x) => [...x.split('|'), 'w']),
  ...['Amélie|Rousseau', 'Théo|Lefebvre', 'Margaux|Dubois-Garnier', 'Giulia|Bianchi', 'Lorenzo|Esposito', 'Sven|de Vries', 'Maarten|van den Berg'].map((x) => [...x.split('|'), 'w']),
  ...['Zofia|Wiśniewska', 'Bartłomiej|Kowalczyk', 'Tereza|Dvořáková', 'Mihai|Popescu', 'Emre|Yıldırım', 'Ayşe|Karaca', 'Nikos|Papadopoulos'].map((x) => [...x.split('|'), 'w']),
  ...['Дмитрий|Соколов', 'Анастасия|Волкова', 'Олександр|Шевченко', 'Γιώργος|Παπαδάκης'].map((x) => [...x.split('|'), 'w']),
  ...['محمد|العتيبي', 'فاطمة|الزهراء', 'Yousef|Al-Mansouri', 'Layla|Haddad', 'Omar|Farouk', 'נועה|כהן', 'Avi|Ben-David'].map((x) => [...x.split('|'), 'w']),
  ...['Aarav|Sharma', 'Ananya|Iyer', 'Rohan|Deshpande', 'अनिल|वर्मा', 'Sunita|Chatterjee', 'Imran|Qureshi'].map((x) => [...x.split('|'), 'w']),
  ...['Chinedu|Okonkwo', 'Adaeze|Nwosu', 'Oluwaseun|Adeyemi', 'Wanjiru|Kamau', 'Kwame|Mensah', 'Thandiwe|Dlamini'].map((x) => [...x.split('|'), 'w']),
  ...['Wei|Zhang', 'Xiaoling|Chen', 'Minh|Nguyen Van', 'Thi Lan|Tran', 'Ji-woo|Park', 'Haruto|Sato', 'Yuki|Tanaka', 'Siti|Rahmawati', 'Somchai|Wongsakul', 'Maria Clara|Dela Cruz'].map((x) => [...x.split('|'), 'w']),
  ...['伟|王', '秀英|李', '建国|刘', '翔太|佐藤', '美咲|高橋', '大輔|山本', '서연|김', '민준|이', '지훈|박'].map((x) => [...x.split('|'), 'e']),
];
export function person(style) {
  const [g, fam, st] = pick(NAMES);
  if (st === 'e') return fam + g;
  const s = style || pick(['full', 'full', 'full', 'last_first']);
  if (s === 'last_first') return `${fam}, ${g}`;
  return `${g} ${fam}`;
}
// a person with a matching e-mail address (Latin-script names give their own local part)
export function personWithEmail(dom) {
  const e = pick(NAMES); const [g, fam, st] = e;
  const name = st === 'e' ? fam + g : `${g} ${fam}`;
  const latin = /^[A-Za-z\u00C0-\u024F' -]+$/.test(g + fam);
  return { name, email: latin ? emailFor(g, fam, dom) : email(dom) };
}
export function personParts() { const n = pick(NAMES.filter((x) => x[2] === 'w' && /^[A-Za-z]/.test(x[0]))); return { given: n[0], family: n[1] }; }
export const CITIES = ['Lisboa', 'São Paulo', 'Porto Alegre', 'Guadalajara', 'Bogotá', 'Valparaíso', 'Kraków', 'Wrocław', 'Brno', 'Cluj-Napoca', 'Thessaloniki', 'İzmir', 'Ankara',
  'München', 'Köln', 'Zürich', 'Genève', 'Lyon', 'Toulouse', 'Rotterdam', 'Antwerpen', 'Göteborg', 'Tampere', 'Bergen', 'Aarhus', 'Cork', 'Edinburgh', 'Leeds', 'Cardiff',
  'Milano', 'Napoli', 'Sevilla', 'Bilbao', 'Toronto', 'Halifax', 'Austin', 'Pittsburgh', 'Sacramento', 'Boise', 'Savannah', 'Minneapolis', 'Albuquerque',
  'Lagos', 'Nairobi', 'Accra', 'Durban', 'Kairo', 'Casablanca', 'Dubai', 'Riyadh', 'Tel Aviv', 'Pune', 'Bengaluru', 'Chennai', 'Hyderabad', 'Dhaka', 'Karachi',
  '東京都新宿区', '大阪市', '札幌市', '北京市', '上海市', '深圳市', '서울특별시', '부산광역시', 'Hà Nội', 'Đà Nẵng', 'Cebu City', 'Bandung', 'Chiang Mai',
  'Москва', 'Санкт-Петербург', 'Київ', 'Αθήνα', 'القاهرة', 'عمّان', 'ירושלים', 'Melbourne', 'Wellington', 'Brisbane'];
const STREETS = [() => `${int(2, 240)} ${pick(['Maple', 'Juniper', 'Harbor', 'Cedar Ridge', 'Wexford', 'Alder'])} ${pick(['St', 'Ave', 'Lane', 'Blvd', 'Road'])}`,
  () => `${pick(['Rua', 'Avenida'])} ${pick(['das Flores', 'Augusta', 'Paulista', 'do Ouvidor'])}, ${int(10, 2400)}`,
  () => `${pick(['Lindenstraße', 'Hauptstraße', 'Schillerweg', 'Am Kirchberg'])} ${int(1, 140)}`,
  () => `${int(1, 90)} ${pick(['rue de la Paix', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Tanneurs'])}`,
  () => `Calle ${pick(['Mayor', 'de Alcalá', 'Río Lerma', 'Insurgentes Sur'])} ${int(1, 300)}`,
  () => `ul. ${pick(['Marszałkowska', 'Długa', 'Floriańska'])} ${int(1, 120)}/${int(1, 40)}`,
  () => `${pick(['西新宿', '梅田', '中央区銀座'])}${int(1, 9)}-${int(1, 30)}-${int(1, 20)}`,
  () => `${pick(['Via Garibaldi', 'Corso Vittorio Emanuele', 'Via dei Mille'])} ${int(1, 200)}`];
export const street = () => pick(STREETS)();
export const streetEn = () => STREETS[0]();
export const city = () => pick(CITIES);
// street address and city of the same region
const REGION = [[0, ['Austin', 'Pittsburgh', 'Sacramento', 'Boise', 'Savannah', 'Minneapolis', 'Albuquerque', 'Toronto', 'Halifax', 'Leeds', 'Cardiff', 'Edinburgh', 'Cork', 'Melbourne', 'Wellington']],
  [1, ['Lisboa', 'São Paulo', 'Porto Alegre']], [2, ['München', 'Köln', 'Zürich']], [3, ['Lyon', 'Toulouse', 'Genève']], [4, ['Sevilla', 'Bilbao', 'Guadalajara', 'Bogotá', 'Valparaíso']],
  [5, ['Kraków', 'Wrocław']], [6, ['東京都新宿区', '大阪市', '札幌市']], [7, ['Milano', 'Napoli']]];
export function address() { const [i, cs] = pick(REGION); return `${STREETS[i]()}, ${pick(cs)}`; }
export const location = () => (chance(0.45) ? address() : city());

const EMAIL_DOMAINS = ['acme.example', 'mail.example', 'corp.globex.example', 'inbox.test', 'correo.example', 'post.invalid', 'kunden.shop.example', 'clinic.test', 'students.uni.example', 'bank.example'];
function asciiName() { const { given, family } = personParts(); return [given, family]; }
export function email(dom) { const [g, fm] = asciiName(); return emailFor(g, fm, dom); }
export function emailFor(given, family, dom) {
  const [g, fm] = [given, family].map((x) => x.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()); const d = dom || pick(EMAIL_DOMAINS);
  const k = int(0, 5);
  if (k === 0) return `${g}.${fm}@${d}`;
  if (k === 1) return `${g[0]}${fm}${int(1, 99)}@${d}`;
  if (k === 2) return `${g}+${pick(['billing', 'test', 'github', 'news'])}@${d}`;
  if (k === 3) return `${fm}_${g}@${d}`;
  if (k === 4) return `${g}${fm[0]}@${d}`;
  return `${g}.${fm}${int(70, 99)}@${d}`;
}

// phones: [country, intl(), national()]
const n2 = () => int(10, 99), n3 = () => int(100, 999), n4 = () => pad(int(0, 9999), 4);
const PHONES = {
  US: () => { const a = pick([212, 312, 415, 512, 617, 702, 206, 303, 404, 919]), e = int(201, 989), s = pad(int(0, 9999), 4); return pick([`+1 ${a}-${e}-${s}`, `(${a}) ${e}-${s}`, `${a}.${e}.${s}`, `+1 (${a}) ${e} ${s}`]); },
  CA: () => { const a = pick([416, 604, 514, 403, 902]), e = int(201, 989), s = n4(); return pick([`+1 ${a} ${e} ${s}`, `(${a}) ${e}-${s}`]); },
  GB: () => { const m = `7${int(400, 999)} ${int(100000, 999999)}`; return pick([`+44 ${m}`, `0${m}`, `+44 20 7${int(100, 999)} ${n4()}`, `020 8${int(100, 999)} ${n4()}`]); },
  DE: () => pick([`+49 151 ${int(1000000, 9999999)}`, `0172 ${int(1000000, 9999999)}`, `+49 30 ${int(1000000, 9999999)}`, `089 ${int(100000, 999999)}`]),
  FR: () => { const p = `${pick([6, 7])} ${n2()} ${n2()} ${n2()} ${n2()}`; return pick([`+33 ${p}`, `0${p}`, `+33 1 ${n2()} ${n2()} ${n2()} ${n2()}`]); },
  ES: () => pick([`+34 6${n2()} ${n3()} ${n3()}`, `91 ${n3()} ${n2()} ${n2()}`, `6${n2()} ${n3()} ${n3()}`]),
  IT: () => pick([`+39 3${n2()} ${n3()} ${n4()}`, `06 ${n4()} ${n4()}`, `3${n2()} ${int(1000000, 9999999)}`]),
  NL: () => pick([`+31 6 ${int(10000000, 99999999)}`, `06-${int(10000000, 99999999)}`, `020-${int(1000000, 9999999)}`]),
  BE: () => pick([`+32 47${int(0, 9)} ${n2()} ${n2()} ${n2()}`, `04${int(70, 99)} ${n2()} ${n2()} ${n2()}`]),
  CH: () => pick([`+41 79 ${n3()} ${n2()} ${n2()}`, `044 ${n3()} ${n2()} ${n2()}`]),
  AT: () => pick([`+43 664 ${int(1000000, 9999999)}`, `0660 ${int(1000000, 9999999)}`]),
  PL: () => pick([`+48 5${n2()} ${n3()} ${n3()}`, `6${n2()}-${n3()}-${n3()}`]),
  SE: () => pick([`+46 70 ${n3()} ${n2()} ${n2()}`, `070-${n3()} ${n2()} ${n2()}`]),
  NO: () => pick([`+47 4${n2()} ${n2()} ${n3()}`, `9${n2()} ${n2()} ${n3()}`]),
  DK: () => `+45 ${int(20, 31)} ${n2()} ${n2()} ${n2()}`,
  IE: () => pick([`+353 8${int(3, 9)} ${n3()} ${n4()}`, `08${int(3, 9)} ${n3()} ${n4()}`]),
  PT: () => pick([`+351 9${int(1, 6)}${int(0, 9)} ${n3()} ${n3()}`, `21 ${n3()} ${n4()}`]),
  BR: () => { const dd = pick([11, 21, 31, 41, 51, 61, 71, 81]); const nn = `9${n4()}-${n4()}`; return pick([`+55 ${dd} ${nn}`, `(${dd}) ${nn}`, `+55 (${dd}) 9${n4()} ${n4()}`]); },
  MX: () => pick([`+52 55 ${n4()} ${n4()}`, `+52 1 33 ${n4()} ${n4()}`, `(81) ${n4()} ${n4()}`]),
  AR: () => pick([`+54 9 11 ${n4()}-${n4()}`, `011 15-${n4()}-${n4()}`]),
  IN: () => { const m = `${pick([98, 97, 96, 91, 88, 70])}${n3()} ${int(10000, 99999)}`; return pick([`+91 ${m}`, `+91-${m.replace(' ', '')}`, `0${m}`]); },
  JP: () => pick([`+81 90-${n4()}-${n4()}`, `080-${n4()}-${n4()}`, `03-${n4()}-${n4()}`, `+81 6 ${n4()} ${n4()}`]),
  KR: () => pick([`+82 10-${n4()}-${n4()}`, `010-${n4()}-${n4()}`, `02-${n3()}-${n4()}`]),
  CN: () => pick([`+86 13${int(0, 9)} ${n4()} ${n4()}`, `186${int(10000000, 99999999)}`, `+86 10 ${n4()} ${n4()}`]),
  AU: () => pick([`+61 4${n2()} ${n3()} ${n3()}`, `04${n2()} ${n3()} ${n3()}`, `(02) 9${n3()} ${n4()}`]),
  NZ: () => pick([`+64 21 ${n3()} ${n4()}`, `021 ${n3()} ${n4()}`]),
  ZA: () => pick([`+27 82 ${n3()} ${n4()}`, `072 ${n3()} ${n4()}`]),
  NG: () => pick([`+234 803 ${n3()} ${n4()}`, `0806 ${n3()} ${n4()}`]),
  KE: () => pick([`+254 712 ${int(100000, 999999)}`, `0722 ${int(100000, 999999)}`]),
  EG: () => `+20 10 ${n4()} ${n4()}`,
  AE: () => pick([`+971 50 ${n3()} ${n4()}`, `050 ${n3()} ${n4()}`]),
  SA: () => `+966 5${int(0, 9)} ${n3()} ${n4()}`,
  TR: () => pick([`+90 532 ${n3()} ${n2()} ${n2()}`, `0533 ${n3()} ${n2()} ${n2()}`]),
  IL: () => pick([`+972 52-${n3()}-${n4()}`, `054-${n3()}-${n4()}`]),
  UA: () => `+380 67 ${n3()} ${n4()}`,
  SG: () => `+65 ${pick([8, 9])}${n3()} ${n4()}`,
  PH: () => pick([`+63 917 ${n3()} ${n4()}`, `0918 ${n3()} ${n4()}`]),
  ID: () => `+62 812-${n4()}-${n4()}`,
  VN: () => `+84 9${int(0, 9)} ${n3()} ${n2()} ${n2()}`,
  TH: () => `+66 8${int(1, 9)} ${n3()} ${n4()}`,
};
export const PHONE_COUNTRIES = Object.keys(PHONES);
export const PHONE_USED = {};
export function phone(cc) { cc = cc || pick(PHONE_COUNTRIES); PHONE_USED[cc] = (PHONE_USED[cc] || 0) + 1; return PHONES[cc](); }
export function ipv4() {
  for (;;) {
    const a = int(1, 223), b = int(0, 255);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${b}.${int(0, 255)}.${int(1, 254)}`;
  }
}
export const ipv6 = () => `${pick(['2a02', '2a01', '2001:4860', '2604', '2806', '2405'])}:${hex(4).replace(/^0+/, '') || '1'}:${hex(4).replace(/^0+/, '') || '2'}:${hex(3)}::${hex(2)}${hex(2)}`.replace(/::+/g, '::');
export const ip = () => (chance(0.8) ? ipv4() : ipv6());

const CARD_PREFIX = [['visa', '4', 16], ['visa', '4', 16], ['mc', () => String(int(51, 55)), 16], ['mc2', () => String(int(2221, 2720)), 16], ['amex', () => pick(['34', '37']), 15],
  ['disc', '6011', 16], ['disc', () => '65' + int(0, 9), 16], ['jcb', () => String(int(3528, 3589)), 16], ['diners', '36', 14]];
export function cardDigits() {
  const [, p, len] = pick(CARD_PREFIX); const pre = typeof p === 'function' ? p() : p;
  const partial = pre + digits(len - 1 - pre.length);
  return partial + luhnDigit(partial);
}
export function fmtCard(d, sep) {
  sep = sep === undefined ? pick(['', ' ', ' ', '-']) : sep;
  if (!sep) return d;
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{4}/g).join(sep);
}
export const card = (sep) => fmtCard(cardDigits(), sep);
export function invalidCard(sep) {
  const d = cardDigits(); const last = (+d[d.length - 1] + int(1, 9)) % 10;
  return fmtCard(d.slice(0, -1) + last, sep);
}
export const vendorTestCard = () => pick(['4242 4242 4242 4242', '4242424242424242', '5555555555554444', '4000 0566 5566 5556', '378282246310005', '4111 1111 1111 1111', '6011111111111117']);

const IBAN_SPEC = { DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24', SE: 'n20', NO: 'n11', DK: 'n14',
  FI: 'n14', IE: 'a4n14', PT: 'n21', LU: 'n16', CZ: 'n20', HU: 'n24', RO: 'a4n16', SA: 'n20', TR: 'n22', AE: 'n19', BR: 'n23a2', HR: 'n17' };
export function ibanRaw(cc) {
  cc = cc || pick(Object.keys(IBAN_SPEC));
  let bban = '';
  for (const [, t, n] of IBAN_SPEC[cc].matchAll(/([an])(\d+)/g)) bban += chars(t === 'a' ? UP : DIG, +n);
  const m = ibanMod97(cc + '00' + bban);
  return cc + pad(98 - m, 2) + bban;
}
export const fmtIban = (s, spaced) => ((spaced === undefined ? chance(0.5) : spaced) ? s.match(/.{1,4}/g).join(' ') : s);
export const iban = (cc, spaced) => fmtIban(ibanRaw(cc), spaced);
export function invalidIban(spaced) {
  const s = ibanRaw(); const ck = pad((+s.slice(2, 4) + int(1, 40)) % 97 + 2, 2);
  const bad = s.slice(0, 2) + ck + s.slice(4);
  return ibanMod97(bad) === 1 ? invalidIban(spaced) : fmtIban(bad, spaced);
}
export function ssn(sep = '-') {
  let a; do { a = int(1, 899); } while (a === 666);
  return [pad(a, 3), pad(int(1, 99), 2), pad(int(1, 9999), 4)].join(sep);
}
export function invalidSsn() {
  const k = int(0, 3);
  if (k === 0) return `000-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
  if (k === 1) return `666-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
  if (k === 2) return `${pad(int(1, 665), 3)}-00-${pad(int(1, 9999), 4)}`;
  return `${pad(int(1, 665), 3)}-${pad(int(1, 99), 2)}-0000`;
}
export function itin(sep = '-') {
  const g = pick([int(50, 65), int(70, 88), int(90, 92), int(94, 99)]);
  return [`9${pad(int(0, 99), 2)}`, pad(g, 2), pad(int(1, 9999), 4)].join(sep);
}
export const usPassport = () => (chance(0.5) ? `${pick(['A', 'B', 'C', 'E', 'H', 'J'])}${digits(8)}` : `${int(1, 9)}${digits(8)}`);
export function usDl() {
  return pick([() => `${pick(UP.split(''))}${digits(7)}`, () => `${pick(UP.split(''))}${digits(3)}-${digits(3)}-${digits(2)}-${digits(3)}-${digits(1)}`,
    () => `${digits(3)} ${digits(3)} ${digits(3)}`, () => digits(8), () => `${pick(UP.split(''))}${digits(11)}`, () => `WDL${chars(UP + DIG, 9)}`])();
}
export const bankAcct = () => digits(int(9, 14));
export const routing = () => pick(['021000021', '011000015', '121000358', '026009593', '111000025']);
export function btc() {
  const k = int(0, 2);
  if (k === 2) return bech32Encode('bc', [0].concat(convertBits(bytes(20), 8, 5)));
  return base58check(Buffer.concat([Buffer.from([k === 0 ? 0 : 5]), bytes(20)]));
}
export function dea(lastName) {
  const first = pick('ABFGMPRX'.split(''));
  const second = lastName ? lastName.normalize('NFD').replace(/[^A-Za-z]/g, '')[0].toUpperCase() : pick(UP.split(''));
  const d = digits(6).split('').map(Number);
  const c = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10;
  return `${first}${second}${d.join('')}${c}`;
}
export function invalidDea() {
  const v = dea(); const last = (+v[8] + int(1, 9)) % 10;
  return v.slice(0, 8) + last;
}
export function nhs(sep = ' ') {
  for (;;) {
    const d = digits(9); let sum = 0; for (let i = 0; i < 9; i++) sum += +d[i] * (10 - i);
    let c = 11 - (sum % 11); if (c === 11) c = 0; if (c === 10) continue;
    const s = d + c; return [s.slice(0, 3), s.slice(3, 6), s.slice(6)].join(sep);
  }
}

// ================================================================ look-alikes
export const uuid = () => { const h = hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`; };
export const gitSha = () => hex(40);
export const shortSha = () => hex(pick([7, 8, 10, 12]));
export const sha256hex = () => hex(64);
export const imageDigest = () => `sha256:${hex(64)}`;
export const integrity = () => `sha512-${b64(64)}`;
export const sshPub = (c) => `ssh-ed25519 ${Buffer.concat([sshStr('ssh-ed25519'), sshStr(bytes(32))]).toString('base64')} ${c || 'ops@laptop'}`;
export function certPem() {
  const n = int(700, 900); const body = Buffer.concat([Buffer.from([0x30, 0x82, n >> 8, n & 255, 0x30, 0x82]), bytes(n - 2)]);
  return `-----BEGIN CERTIFICATE-----\n${wrap(body.toString('base64'), 64)}\n-----END CERTIFICATE-----`;
}
export function pubPem() {
  const der = Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d03010703420004', 'hex'), bytes(64)]);
  return `-----BEGIN PUBLIC KEY-----\n${wrap(der.toString('base64'), 64)}\n-----END PUBLIC KEY-----`;
}
export const stripePk = () => `pk_live_51${chars(ALNUM, 96)}`;
export const PLACEHOLDERS = ['changeme', '<your-token>', '<YOUR_API_KEY>', 'xxxxxxxxxxxxxxxxxxxx', 'REPLACE_ME', 'your-secret-here', 'sk-...', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'TODO', '********', 'dummy', 'test123', 'insert-key-here', '{{API_KEY}}', '<redacted>', 'password'];
export const placeholder = () => pick(PLACEHOLDERS);
export const AWS_EXAMPLE_ID = 'AKIAIOSFODNN7EXAMPLE';
export const AWS_EXAMPLE_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const JWT_IO_EXAMPLE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yQV_adQssw5c';
export const envRef = (name) => pick([`\${${name}}`, `$${name}`, `\${{ secrets.${name} }}`, `%${name}%`, `{{ .Values.${name.toLowerCase()} }}`, `process.env.${name}`]);
export const secretRef = () => pick([`arn:aws:secretsmanager:eu-west-1:${digits(12)}:secret:prod/${pick(['db', 'api', 'stripe'])}-${chars(ALNUM, 6)}`, `vault:secret/data/${pick(['payments', 'web', 'infra'])}#${pick(['password', 'token', 'api_key'])}`,
  `op://Engineering/${pick(['Stripe', 'Postgres', 'Sentry'])}/credential`, `projects/${pick(['acme-prod', 'web-414'])}/secrets/${pick(['db-pass', 'api-key'])}/versions/latest`, `sm://${pick(['prod', 'stage'])}/${pick(['openai', 'github'])}-token`]);
export function masked(kind) {
  return pick([() => `sk_live_...${chars(ALNUM, 4)}`, () => `ghp_****************************${chars(ALNUM, 4)}`, () => '********', () => '***', () => `AKIA************${chars(B32, 4)}`,
    () => `sk-proj-…${chars(ALNUM, 4)}`, () => '[MASKED]', () => '••••••••••', () => `xoxb-****-****-${chars(ALNUM, 4)}`, () => '<redacted>', () => `${chars(ALNUM, 4)}…${chars(ALNUM, 4)}`])();
}
export const orderNo = () => pick([`ORD-${int(2023, 2026)}-${int(100000, 999999)}`, `#${int(100000, 9999999)}`, `SO${digits(8)}`, `PO-${digits(6)}`]);
export const invoiceNo = () => pick([`INV-${int(2024, 2026)}-${pad(int(1, 99999), 5)}`, `RE-${digits(7)}`, `F${int(2024, 2026)}/${pad(int(1, 9999), 4)}`]);
export const tracking = () => pick([`1Z${chars(UP + DIG, 16)}`, `${digits(12)}`, `JD${digits(18)}`, `LX${digits(9)}DE`, `9400${digits(18)}`]);
export const version = () => pick([`v${int(0, 4)}.${int(0, 30)}.${int(0, 20)}`, `${int(1, 22)}.${int(0, 15)}.${int(0, 9)}`, `${int(1, 3)}.${int(0, 9)}.${int(0, 9)}-rc.${int(1, 5)}`]);
export const date = () => { const y = int(2019, 2026), m = int(1, 12), d = int(1, 28); return pick([`${y}-${pad(m, 2)}-${pad(d, 2)}`, `${pad(d, 2)}/${pad(m, 2)}/${y}`, `${pad(d, 2)}.${pad(m, 2)}.${y}`]); };
export const isoTs = () => `${int(2024, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${pad(int(0, 999), 3)}Z`;
export const epoch = () => (chance(0.5) ? String(int(1700000000, 1790000000)) : String(int(1700000000, 1790000000)) + pad(int(0, 999), 3));
export const price = () => pick([`$${int(1, 4999)}.${pad(int(0, 99), 2)}`, `€${int(1, 999)},${pad(int(0, 99), 2)}`, `£${int(1, 999)}.${pad(int(0, 99), 2)}`, `${int(100, 99999)} JPY`, `R$ ${int(10, 9999)},${pad(int(0, 99), 2)}`]);
export const coords = () => `${(rnd() * 140 - 70).toFixed(6)}, ${(rnd() * 340 - 170).toFixed(6)}`;
export function isbn() {
  const d = '978' + digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1);
  const c = (10 - (s % 10)) % 10; const x = d + c;
  return `${x.slice(0, 3)}-${x.slice(3, 4)}-${x.slice(4, 8)}-${x.slice(8, 12)}-${x.slice(12)}`;
}
export const requestId = () => pick([`req_${chars(ALNUM, 24)}`, uuid(), `${hex(8)}-${hex(4)}`, `01J${chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`]);
export const traceId = () => hex(32);
export const spanId = () => hex(16);
export const cspNonce = () => b64(16);
export const cacheBust = () => hex(pick([8, 10, 20]));
export const etag = () => pick([`W/"${hex(2)}-${chars(URLSAFE, 27)}"`, `"${hex(32)}"`]);
export const dataUri = () => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${chars(B64CH, int(80, 160))}AAAAASUVORK5CYII=`;
export const resourceVersion = () => String(int(1000000, 99999999));
export const buildNo = () => pick([`#${int(100, 9999)}`, `build-${int(1000, 99999)}`, `${int(2024, 2026)}.${pad(int(1, 12), 2)}.${int(1, 400)}`]);
export const productCode = () => pick([`${n3()}-${n3()}-${n4()}`, `SKU-${digits(4)}-${digits(4)}`, `${digits(3)}.${digits(3)}.${digits(3)}`]);
export const contentId = () => `${hex(8)}-${hex(4)}@${pick(['mail.acme.example', 'mx.globex.example'])}`;
export const crmId = () => pick([`0035g0000${chars(ALNUM, 9)}`, `CUST-${digits(7)}`, `hs_${digits(9)}`]);
export const hostname = () => pick([`ip-10-0-${int(0, 255)}-${int(1, 254)}.ec2.acme.test`, `api-${int(1, 9)}.prod.acme.example`, `worker-${hex(5)}-${chars(LOW + DIG, 5)}`, `db-primary.internal.test`]);
export const sha1 = () => hex(40);
export const md5 = () => hex(32);
