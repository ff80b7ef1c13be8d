// Look-alike generators: strings that resemble secrets or PII but must pass through unchanged.
import { ALNUM, UPPER, UPNUM, LONUM, B64, B64URL, B32 } from './prng.mjs';
import { luhnComplete, ean13Check, s10Check, vinCheck, upsCheck, bech32Encode, convertBits } from './checksums.mjs';
import { pem, certificateDer, rsaSpkiDer, ecSpkiDer, sshPublicLine } from './keys.mjs';
import { uuid } from './secrets.mjs';
import { makeInvalidCard, makeInvalidIban, makeInvalidSsn, makeInvalidNhs, TEST_CARDS, formatCard } from './pii.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = {
  en: MON.map((m, i) => ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][i]),
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  el: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};

// A clock advancing through a document so timestamps are ordered.
export class Clock {
  constructor(rng, start) { this.rng = rng; this.t = start ?? rng.int(1704067200, 1735603200); }
  tick(lo = 1, hi = 90) { this.t += this.rng.int(lo, hi); return this.t; }
  date() { return new Date(this.t * 1000); }
}
export function fmtTs(rng, t, style) {
  const d = new Date(t * 1000);
  const Y = d.getUTCFullYear(), M = d.getUTCMonth(), D = d.getUTCDate(), h = d.getUTCHours(), m = d.getUTCMinutes(), s = d.getUTCSeconds();
  const ms = pad(rng.int(0, 999), 3);
  style = style || rng.pick(['isoZ', 'isoMs', 'isoOff', 'space', 'epoch', 'epochMs']);
  switch (style) {
    case 'isoZ': return `${Y}-${pad(M + 1)}-${pad(D)}T${pad(h)}:${pad(m)}:${pad(s)}Z`;
    case 'isoMs': return `${Y}-${pad(M + 1)}-${pad(D)}T${pad(h)}:${pad(m)}:${pad(s)}.${ms}Z`;
    case 'isoOff': return `${Y}-${pad(M + 1)}-${pad(D)}T${pad(h)}:${pad(m)}:${pad(s)}${rng.pick(['+01:00', '+02:00', '-05:00', '+09:00', '+05:30', '-03:00'])}`;
    case 'space': return `${Y}-${pad(M + 1)}-${pad(D)} ${pad(h)}:${pad(m)}:${pad(s)}`;
    case 'spaceMs': return `${Y}-${pad(M + 1)}-${pad(D)} ${pad(h)}:${pad(m)}:${pad(s)},${ms}`;
    case 'epoch': return String(t);
    case 'epochMs': return `${t}${ms}`;
    case 'syslog': return `${MON[M]} ${String(D).padStart(2, ' ')} ${pad(h)}:${pad(m)}:${pad(s)}`;
    case 'clf': return `${pad(D)}/${MON[M]}/${Y}:${pad(h)}:${pad(m)}:${pad(s)} +0000`;
    case 'rfc2822': return `${DOW[d.getUTCDay()]}, ${pad(D)} ${MON[M]} ${Y} ${pad(h)}:${pad(m)}:${pad(s)} ${rng.pick(['+0000', '+0100', '+0200', '-0500', '+0900'])}`;
    case 'hms': return `${pad(h)}:${pad(m)}:${pad(s)}`;
    case 'hm': return `${pad(h)}:${pad(m)}`;
    default: throw new Error(style);
  }
}
export function fmtDate(rng, t, style, lang = 'en') {
  const d = new Date(t * 1000);
  const Y = d.getUTCFullYear(), M = d.getUTCMonth(), D = d.getUTCDate();
  style = style || rng.pick(['iso', 'dmy.', 'mdy/', 'dmy/', 'long']);
  switch (style) {
    case 'iso': return `${Y}-${pad(M + 1)}-${pad(D)}`;
    case 'dmy.': return `${pad(D)}.${pad(M + 1)}.${Y}`;
    case 'mdy/': return `${M + 1}/${D}/${Y}`;
    case 'dmy/': return `${pad(D)}/${pad(M + 1)}/${Y}`;
    case 'dmy-': return `${pad(D)}-${pad(M + 1)}-${Y}`;
    case 'ymd/': return `${Y}/${pad(M + 1)}/${pad(D)}`;
    case 'cjk': return `${Y}年${M + 1}月${D}日`;
    case 'ko': return `${Y}년 ${M + 1}월 ${D}일`;
    case 'long': {
      const ms = MONTHS[lang] || MONTHS.en;
      if (lang === 'en') return `${ms[M]} ${D}, ${Y}`;
      if (lang === 'de') return `${D}. ${ms[M]} ${Y}`;
      if (lang === 'es' || lang === 'pt') return `${D} de ${ms[M]} de ${Y}`;
      return `${D} ${ms[M]} ${Y}`;
    }
    default: throw new Error(style);
  }
}

export const PRICE_FMT = {
  USD: (a) => `$${a.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
  EUR_de: (a) => `${a.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`,
  EUR_fr: (a) => `${a.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}\u00a0€`,
  EUR_en: (a) => `€${a.toFixed(2)}`,
  GBP: (a) => `£${a.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
  JPY: (a) => `¥${Math.round(a * 100).toLocaleString('en-US')}`,
  INR: (a) => `₹${Math.round(a * 80).toLocaleString('en-IN')}`,
  BRL: (a) => `R$ ${(a * 5).toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
  CHF: (a) => `CHF ${a.toFixed(2)}`,
  TRY: (a) => `₺${(a * 30).toLocaleString('tr-TR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
  PLN: (a) => `${(a * 4).toLocaleString('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/\s/g, ' ')} zł`,
  KRW: (a) => `₩${Math.round(a * 1300).toLocaleString('en-US')}`,
  THB: (a) => `฿${(a * 35).toFixed(2)}`,
  SEK: (a) => `${Math.round(a * 11)} kr`,
  AED: (a) => `AED ${(a * 3.67).toFixed(2)}`,
  ILS: (a) => `₪${(a * 3.7).toFixed(2)}`,
  CNY: (a) => `¥${(a * 7.1).toFixed(2)}`,
  MXN: (a) => `$${(a * 17).toFixed(2)} MXN`,
  RUB: (a) => `${Math.round(a * 90)} ₽`,
  VND: (a) => `${Math.round(a * 24000).toLocaleString('de-DE')} ₫`,
  IDR: (a) => `Rp ${Math.round(a * 15000).toLocaleString('de-DE')}`,
};
export const PRICE_BY_LANG = { en: ['USD', 'GBP', 'EUR_en'], de: ['EUR_de', 'CHF'], fr: ['EUR_fr'], es: ['EUR_de', 'MXN'], it: ['EUR_de'], pt: ['BRL', 'EUR_de'], nl: ['EUR_de'], pl: ['PLN'], ru: ['RUB'], uk: ['EUR_en'], tr: ['TRY'], el: ['EUR_de'], ja: ['JPY'], zh: ['CNY'], ko: ['KRW'], hi: ['INR'], th: ['THB'], sv: ['SEK'], ar: ['AED'], he: ['ILS'], vi: ['VND'], id: ['IDR'] };
export function price(rng, lang = 'en', amount) {
  const a = amount ?? Math.round(rng.float() * rng.pick([50, 300, 2000]) * 100 + 99) / 100;
  return PRICE_FMT[rng.pick(PRICE_BY_LANG[lang] || PRICE_BY_LANG.en)](a);
}

function sfId(rng, prefix) {
  const base = prefix + rng.str('0123456789', 2) + rng.str(ALNUM, 15 - prefix.length - 2);
  let suf = '';
  for (let c = 0; c < 3; c++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) if (/[A-Z]/.test(base[c * 5 + i])) flags |= 1 << i;
    suf += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'[flags];
  }
  return base + suf;
}
export function isbn13(rng) {
  const group = rng.pick(['0', '1', '3', '2', '84', '88', '4', '7', '89']);
  const body = '978' + group + rng.digits(9 - group.length);
  const c = ean13Check(body);
  const reg = rng.int(2, 5);
  const rest = body.slice(3 + group.length);
  return `978-${group}-${rest.slice(0, reg)}-${rest.slice(reg)}-${c}`;
}
function s10(rng, cc) {
  const eight = rng.digits(8);
  return `${rng.pick(['RR', 'RA', 'CP', 'EE', 'LX', 'RB', 'UA'])}${eight}${s10Check(eight)}${cc}`;
}
function ups(rng) {
  const body = rng.str(UPNUM, 6) + rng.digits(9);
  return `1Z${body}${upsCheck(body)}`;
}
function usps(rng) {
  const body = '9400' + rng.digits(17);
  let s = 0;
  for (let i = 0; i < body.length; i++) s += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return body + ((10 - (s % 10)) % 10);
}
function vin(rng) {
  const wmi = rng.pick(['1HG', 'WVW', 'WBA', 'JHM', 'VF1', 'ZFA', 'KNA', 'SAL', 'YV1', '5YJ']);
  const body = wmi + rng.str('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 5) + '0' + rng.str('ABCDEFGHJKLMNPRSTVWXY123456789', 1) + rng.str('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 1) + rng.digits(6);
  return body.slice(0, 8) + vinCheck(body) + body.slice(9);
}
function imei(rng) { return luhnComplete(rng.pick(['35', '86', '01', '99']) + rng.digits(12)); }

export const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxx', 'sk-...', 'YOUR_API_KEY', '<password>', 'REPLACE_ME', 'TODO', '********', 'your-secret-here', '<redacted>', '[REDACTED]', 'xxxxxxxxxxxxxxxxxxxx', '<PASTE_KEY_HERE>', 'insert-key-here', 'dummy', 'notasecret', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', 'sk_live_XXXXXXXXXXXXXXXX', '<Ihr-Passwort>', 'votre_mot_de_passe', 'tu-contraseña-aquí', '<パスワード>', 'CHANGE_THIS', 'set-me', '{{password}}', 'pa55word-goes-here', '<token>', 'secret_goes_here'];
export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];

export const LOOK = {
  git_sha: (r, o = {}) => r.hex(o.short ? r.int(7, 12) : 40),
  uuid: (r) => (r.chance(0.85) ? uuid(r) : uuid(r).toUpperCase()),
  digest: (r) => `sha256:${r.hex(64)}`,
  integrity: (r) => r.pick([`sha512-${r.bytes(64).toString('base64')}`, `sha384-${r.bytes(48).toString('base64')}`, `sha256-${r.bytes(32).toString('base64')}`]),
  hash: (r, o = {}) => {
    const k = o.kind || r.pick(['md5', 'sha1', 'sha256', 'bcrypt', 'argon2', 'ssha', 'pbkdf2']);
    if (k === 'md5') return r.hex(32);
    if (k === 'sha1') return r.hex(40);
    if (k === 'sha256') return r.hex(64);
    if (k === 'bcrypt') return `$2${r.pick(['a', 'b', 'y'])}$${r.pick(['10', '12', '11'])}$${r.str(ALNUM + './', 53)}`;
    if (k === 'argon2') return `$argon2id$v=19$m=65536,t=3,p=4$${r.bytes(16).toString('base64').replace(/=+$/, '')}$${r.bytes(32).toString('base64').replace(/=+$/, '')}`;
    if (k === 'pbkdf2') return `pbkdf2_sha256$${r.pick([260000, 600000, 720000])}$${r.str(ALNUM, 22)}$${r.bytes(32).toString('base64')}`;
    return `{SSHA}${r.bytes(24).toString('base64')}`;
  },
  certificate: (r, o = {}) => pem('CERTIFICATE', certificateDer(r, o.cn || `${r.pick(['api', 'www', 'mail', 'vpn', 'sso'])}.${r.pick(['acme-retail', 'bluefin-crm', 'kestrel-health', 'sunpath'])}.example`, o.org || r.pick(['Acme Retail GmbH', 'Bluefin CRM Ltd', 'Kestrel Health Inc', 'Sunpath SARL']), o.c || r.pick(['DE', 'GB', 'US', 'FR'])), 64),
  public_key: (r, o = {}) => {
    const k = o.kind || r.pick(['ssh-ed25519', 'ssh-rsa', 'ssh-ecdsa', 'spki-ec', 'spki-rsa', 'stripe', 'mapbox', 'age', 'wg']);
    if (k === 'ssh-ed25519') return sshPublicLine(r, 'ed25519', o.comment);
    if (k === 'ssh-rsa') return sshPublicLine(r, 'rsa', o.comment);
    if (k === 'ssh-ecdsa') return sshPublicLine(r, 'ecdsa', o.comment);
    if (k === 'spki-ec') return pem('PUBLIC KEY', ecSpkiDer(r));
    if (k === 'spki-rsa') return pem('PUBLIC KEY', rsaSpkiDer(r, 2048));
    if (k === 'stripe') return `pk_live_51${r.str(ALNUM, 97)}`;
    if (k === 'mapbox') return `pk.${Buffer.from(JSON.stringify({ u: r.pick(['acme-maps', 'fleet-ops']), a: r.str(LONUM, 25) })).toString('base64url')}.${r.str(ALNUM + '-_', 22)}`;
    if (k === 'age') return bech32Encode('age', convertBits(r.bytes(32), 8, 5, true));
    return r.bytes(32).toString('base64');
  },
  placeholder: (r) => r.pick(PLACEHOLDERS),
  aws_example_key: (r, o = {}) => (o.secret ? r.pick([AWS_EXAMPLES[1], AWS_EXAMPLES[3]]) : r.pick([AWS_EXAMPLES[0], AWS_EXAMPLES[2]])),
  env_reference: (r, o = {}) => {
    const v = o.name || r.pick(['DB_PASSWORD', 'API_KEY', 'STRIPE_KEY', 'SMTP_PASS', 'SENTRY_DSN', 'REDIS_URL', 'JWT_SECRET', 'NPM_TOKEN']);
    return r.pick([`\${${v}}`, `$${v}`, `\${{ secrets.${v} }}`, `{{ .Values.${v.toLowerCase().replace(/_/g, '.')} }}`, `%(${v})s`, `\${env:${v}}`, `env(${v})`, `{{ env "${v}" }}`, `$(${v})`]);
  },
  order_number: (r) => r.pick([`ORD-${r.int(2022, 2025)}-${r.digits(6)}`, `#${r.int(100000, 999999)}`, `PO-${r.int(10000, 99999)}`, `SO/${r.int(2022, 2025)}/${r.digits(5)}`, `BST-${r.digits(7)}`, `CMD-${r.int(2023, 2025)}-${r.digits(4)}`, `PED${r.digits(8)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `A${r.digits(9)}`]),
  tracking_number: (r) => r.pick([ups(r), usps(r), s10(r, r.pick(['GB', 'DE', 'FR', 'ES', 'JP', 'CN', 'BR', 'IN', 'NL', 'PL'])), r.digits(10), r.digits(12), `JJD${r.digits(18)}`, `3S${r.str(UPPER, 4)}${r.digits(7)}`, `SF${r.digits(13)}`, `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`]),
  invoice_number: (r) => r.pick([`INV-${r.int(2022, 2025)}-${r.digits(5)}`, `RE-${r.int(2023, 2025)}-${r.digits(4)}`, `FA${r.int(2023, 2025)}-${r.digits(4)}`, `F-${r.int(2023, 2025)}/${r.int(1, 999)}`, `FV/${r.int(2023, 2025)}/${pad(r.int(1, 12))}/${r.digits(3)}`, `${r.int(2023, 2025)}-${r.digits(6)}`, `FT ${r.int(2023, 2025)}/${r.digits(4)}`]),
  version: (r, o = {}) => (o.range ? r.pick([`^${r.int(1, 18)}.${r.int(0, 30)}.${r.int(0, 20)}`, `~${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`, `>=${r.int(1, 3)}.${r.int(0, 40)}.0`, `${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 30)}`]) : r.pick([`${r.int(0, 9)}.${r.int(0, 40)}.${r.int(0, 30)}`, `${r.int(0, 9)}.${r.int(0, 40)}.${r.int(0, 30)}`, `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 4)}.${r.int(0, 12)}.${r.int(0, 9)}-rc.${r.int(1, 4)}`])),
  build_number: (r) => r.pick([`#${r.int(100, 99999)}`, `${r.int(2023, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}.${r.int(1, 9)}`, `build-${r.int(1000, 999999)}`, `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(100, 9999)}`]),
  date: (r, o = {}) => fmtDate(r, o.t ?? r.int(1672531200, 1767225600), o.style, o.lang),
  timestamp: (r, o = {}) => fmtTs(r, o.t ?? r.int(1704067200, 1735603200), o.style),
  price: (r, o = {}) => price(r, o.lang, o.amount),
  coordinates: (r) => { const la = (r.float() * 140 - 60).toFixed(r.int(4, 6)), lo = (r.float() * 340 - 170).toFixed(r.int(4, 6)); return r.pick([`${la}, ${lo}`, `${la},${lo}`]); },
  isbn: isbn13,
  hex_color: (r) => `#${r.chance(0.5) ? r.hex(6) : r.HEX(6)}`,
  invalid_card: (r) => formatCard(r, makeInvalidCard(r)),
  invalid_iban: (r) => makeInvalidIban(r),
  invalid_ssn: (r) => makeInvalidSsn(r),
  invalid_nhs: (r) => makeInvalidNhs(r),
  vendor_test_card: (r) => formatCard(r, r.pick(TEST_CARDS)),
  data_uri: (r) => r.pick([
    `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${r.str(B64, r.int(60, 160))}${r.pick(['', '=', '=='])}`,
    `data:image/svg+xml;base64,${Buffer.from(`<svg viewBox="0 0 16 16"><path fill="#${r.hex(6)}" d="M${r.int(1, 8)} ${r.int(1, 8)}h${r.int(2, 8)}v${r.int(2, 8)}z"/></svg>`).toString('base64')}`,
    `data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==`,
    `data:font/woff2;base64,d09GMgABAAAAA${r.str(B64, r.int(60, 120))}`,
  ]),
  k8s_resource_version: (r) => String(r.int(100000, 999999999)),
  request_id: (r) => r.pick([`req_${r.str(ALNUM, 14)}`, `req-${r.hex(16)}`, r.HEX(16), `${r.hex(16)}-${r.pick(['FRA', 'AMS', 'IAD', 'NRT', 'GRU', 'SIN'])}`, `Root=1-${r.hex(8)}-${r.hex(24)}`, `rid:${r.str(ALNUM, 20)}`]),
  crm_id: (r) => r.pick([sfId(r, '003'), sfId(r, '001'), sfId(r, '006'), `CUST-${r.digits(6)}`, `C-${r.int(2019, 2025)}-${r.digits(5)}`, `${r.int(1, 9)}${r.digits(18)}`, `cus_${r.str(ALNUM, 14)}`, `LEAD-${r.digits(5)}`]),
  hostname: (r) => r.pick([`ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}.${r.pick(['eu-west-1', 'us-east-2', 'ap-northeast-1'])}.compute.internal`, `${r.pick(['web', 'api', 'db', 'worker', 'cache', 'etl'])}-${pad(r.int(1, 40))}.${r.pick(['prod', 'stg', 'int'])}.${r.pick(['acme-retail', 'bluefin-crm', 'sunpath'])}.example`, `${r.pick(['db-replica', 'ci-runner', 'k8s-node', 'nas', 'printer'])}-${r.hex(5)}`, `${r.pick(['fra', 'ams', 'sin', 'iad'])}${r.int(1, 9)}-${r.pick(['edge', 'lb', 'mx'])}${pad(r.int(1, 20))}.net.internal`]),
  ticket_id: (r) => r.pick([`INC${r.digits(7)}`, `${r.pick(['OPS', 'SUP', 'CRM', 'DATA', 'BILL'])}-${r.int(100, 9999)}`, `#${r.int(10000, 999999)}`, `SR-${r.int(2023, 2025)}-${r.digits(5)}`, `TKT-${r.digits(5)}`, `CS${r.digits(8)}`]),
  sku: (r) => r.pick([`SKU-${r.str(UPPER, 3)}-${r.digits(4)}-${r.pick(['BLK', 'WHT', 'RED', 'S', 'M', 'L', 'XL'])}`, `${r.str(UPPER, 2)}-${r.digits(4)}-${r.pick(['S', 'M', 'L'])}`, `${r.digits(1)}-${r.digits(2)}-${r.digits(4)}`, `ART.${r.digits(6)}`]),
  mac_address: (r) => { const b = [...r.bytes(6)].map((x) => x.toString(16).padStart(2, '0')); return r.chance(0.6) ? b.join(':') : b.join('-').toUpperCase(); },
  trace_id: (r) => r.pick([r.hex(32), `00-${r.hex(32)}-${r.hex(16)}-01`, r.hex(16)]),
  container_id: (r) => (r.chance(0.5) ? r.hex(64) : r.hex(12)),
  imei: imei,
  vat_id: (r, o = {}) => {
    const f = { DE: () => `DE${r.digits(9)}`, FR: () => `FR${r.digits(2)}${r.digits(9)}`, GB: () => `GB${r.digits(9)}`, ES: () => `ESB${r.digits(8)}`, IT: () => `IT${r.digits(11)}`, NL: () => `NL${r.digits(9)}B01`, PL: () => `PL${r.digits(10)}`, AT: () => `ATU${r.digits(8)}`, BE: () => `BE0${r.digits(9)}`, PT: () => `PT${r.digits(9)}`, SE: () => `SE${r.digits(10)}01`, GR: () => `EL${r.digits(9)}` };
    return (f[o.cc] || f[r.pick(Object.keys(f))])();
  },
  masked_card: (r) => r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`, `ending in ${r.digits(4)}`.replace('ending in ', '…')]),
  masked_secret: (r) => r.pick([`sk_live_••••••••${r.hex(4)}`, `ghp_${'*'.repeat(32)}${r.str(ALNUM, 4)}`, `AKIA************${r.str(UPNUM, 4)}`, `xoxb-****-****-${r.str(ALNUM, 4)}`, `${r.str(ALNUM, 4)}${'•'.repeat(12)}`, `SG.****.${r.str(ALNUM, 4)}`]),
  ean_barcode: (r) => { const b = r.pick(['40', '50', '54', '76', '80', '84', '87', '49', '69', '88']) + r.digits(10); return b + ean13Check(b); },
  vin: vin,
  ssh_fingerprint: (r) => (r.chance(0.7) ? `SHA256:${r.bytes(32).toString('base64').replace(/=+$/, '')}` : `MD5:${[...r.bytes(16)].map((x) => x.toString(16).padStart(2, '0')).join(':')}`),
  pgp_fingerprint: (r) => r.HEX(40).match(/.{4}/g).join(' '),
  arn: (r) => r.pick([`arn:aws:iam::${r.digits(12)}:role/${r.pick(['deploy', 'etl-runner', 'crm-sync', 'ReadOnly'])}`, `arn:aws:s3:::${r.pick(['acme-exports', 'crm-backups', 'invoices-archive'])}-${r.hex(6)}`, `arn:aws:sns:${r.pick(['eu-west-1', 'us-east-1'])}:${r.digits(12)}:${r.pick(['alerts', 'orders'])}`, `arn:aws:secretsmanager:eu-central-1:${r.digits(12)}:secret:prod/db-${r.str(ALNUM, 6)}`]),
  pagination_cursor: (r) => Buffer.from(JSON.stringify(r.pick([{ page: r.int(2, 40) }, { after: r.int(1000, 99999), limit: r.pick([25, 50, 100]) }, { id: r.int(1, 999999), ts: r.int(1700000000, 1735000000) }]))).toString(r.chance(0.5) ? 'base64' : 'base64url'),
  object_id: (r) => r.hex(24),
  message_id: (r) => `${r.int(2023, 2025)}${r.digits(10)}.${r.hex(8)}@${r.pick(['mx1', 'mail', 'smtp-out'])}.${r.pick(['acme-retail', 'bluefin-crm', 'kunde', 'helpdesk'])}.example`,
  ulid: (r) => `01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ'.slice(0, 16), 1)}${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`,
  encrypted_value: (r) => `ENC[AES256_GCM,data:${r.bytes(r.int(12, 40)).toString('base64')},iv:${r.bytes(32).toString('base64')},tag:${r.bytes(16).toString('base64')},type:str]`,
  lot_number: (r) => r.pick([`LOT ${r.str(UPPER, 2)}${r.digits(5)}`, `Ch.-B. ${r.digits(6)}`, `L${r.digits(7)}`, `BN${r.digits(6)}${r.str(UPPER, 1)}`]),
  iso_duration: (r) => r.pick([`PT${r.int(1, 59)}M`, `P${r.int(1, 30)}D`, `PT${r.int(1, 23)}H${r.int(1, 59)}M`]),
};
export const lk = (r, what, o) => { if (!LOOK[what]) throw new Error('no lookalike ' + what); return LOOK[what](r, o); };
