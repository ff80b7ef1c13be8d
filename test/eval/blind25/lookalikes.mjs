// Look-alike generators: values that resemble secrets or PII but must pass through unchanged.
import { L } from './builder.mjs';
import { ALPHA } from './prng.mjs';
import { luhnValid, luhnComplete, ibanValid, ean13Complete, rfReference, nhsCheckDigit } from './checksums.mjs';
import { cardNumber, formatCard, ibanRaw, groupIban, IBAN_COUNTRIES } from './pii.mjs';
import { pemCertificate, pemPublicEc, sshPublicLine } from './pem.mjs';

const H = ALPHA.HEXL;
export const uuid = (r) => { const h = r.str(H, 32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${r.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`; };
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};
const p2 = (n) => String(n).padStart(2, '0');
// a calendar date in 2025-2027
export function ymd(r) { const y = r.pick([2025, 2026, 2026, 2026, 2027]); const m = r.range(1, 12); const d = r.range(1, 28); return [y, m, d]; }
export function dateText(r, lang = 'en', style) {
  const [y, m, d] = ymd(r);
  const st = style || r.int(4);
  const M = MONTHS[lang];
  switch (lang) {
    case 'de': case 'ru': case 'uk': case 'pl': case 'cs': case 'tr': case 'fi': case 'hu': case 'ka': case 'hy':
      if (st === 1 && M) return lang === 'de' ? `${d}. ${M[m - 1]} ${y}` : `${d} ${M[m - 1]} ${y}`;
      if (lang === 'hu') return `${y}. ${p2(m)}. ${p2(d)}.`;
      return st === 2 ? `${p2(d)}.${p2(m)}.${String(y).slice(2)}` : `${p2(d)}.${p2(m)}.${y}`;
    case 'fr': case 'es': case 'it': case 'pt': case 'el': case 'ar': case 'fa': case 'he': case 'hi': case 'ta': case 'bn': case 'vi': case 'id': case 'th':
      if (st === 1 && M) return lang === 'es' || lang === 'pt' ? `${d} de ${M[m - 1]} de ${y}` : `${d} ${M[m - 1]} ${y}`;
      return st === 3 ? `${p2(d)}-${p2(m)}-${y}` : `${p2(d)}/${p2(m)}/${y}`;
    case 'nl': return st === 1 ? `${d} ${MONTHS.nl[m - 1]} ${y}` : `${p2(d)}-${p2(m)}-${y}`;
    case 'sv': return st === 1 ? `${d} ${MONTHS.sv[m - 1]} ${y}` : `${y}-${p2(m)}-${p2(d)}`;
    case 'ja': case 'zh': return st === 1 ? `${y}/${p2(m)}/${p2(d)}` : `${y}年${m}月${d}日`;
    case 'ko': return st === 1 ? `${y}. ${m}. ${d}.` : `${y}년 ${m}월 ${d}일`;
    case 'en_gb': return st === 1 ? `${d} ${MONTHS.en[m - 1]} ${y}` : `${p2(d)}/${p2(m)}/${y}`;
    case 'iso': return `${y}-${p2(m)}-${p2(d)}`;
    default:
      if (st === 1) return `${MONTHS.en[m - 1]} ${d}, ${y}`;
      if (st === 2) return `${MON_EN[m - 1]} ${d}, ${y}`;
      if (st === 3) return `${y}-${p2(m)}-${p2(d)}`;
      return `${p2(m)}/${p2(d)}/${y}`;
  }
}
export function isoTs(r, z = true) { const [y, m, d] = ymd(r); const t = `${y}-${p2(m)}-${p2(d)}T${p2(r.range(0, 23))}:${p2(r.range(0, 59))}:${p2(r.range(0, 59))}`; return z ? t + r.pick(['Z', '.000Z', '+01:00', '+02:00', '-05:00', '+09:00', `.${r.digits(3)}Z`]) : t; }
export function rfc2822(r) {
  const [y, m, d] = ymd(r); const wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][(y * 7 + m * 31 + d) % 7];
  return `${wd}, ${d} ${MON_EN[m - 1]} ${y} ${p2(r.range(6, 22))}:${p2(r.range(0, 59))}:${p2(r.range(0, 59))} ${r.pick(['+0000', '+0100', '+0200', '-0500', '-0800', '+0900', '+0530'])}`;
}
export function epoch(r, ms) { const s = r.range(1735689600, 1798761600); return ms ? String(s) + r.digits(3) : String(s); }
export const icsTs = (r) => { const [y, m, d] = ymd(r); return `${y}${p2(m)}${p2(d)}T${p2(r.range(6, 20))}${p2(r.pick([0, 15, 30, 45]))}00${r.chance(0.5) ? 'Z' : ''}`; };

export const LANG_CUR = { en: ['USD', 'GBP', 'EUR', 'USD'], de: ['EUR', 'EUR', 'CHF'], fr: ['EUR', 'EUR', 'CHF'], es: ['EUR', 'EUR', 'USD'], it: ['EUR'], pt: ['EUR', 'BRL'], nl: ['EUR'], pl: ['PLN', 'EUR'], sv: ['SEK'], tr: ['TRY', 'EUR'], cs: ['CZK'], hu: ['HUF'], ru: ['RUB'], uk: ['UAH'], el: ['EUR'], ar: ['AED', 'USD'], he: ['ILS'], hi: ['INR'], zh: ['CNY'], ja: ['JPY'], ko: ['KRW'], th: ['THB'], vi: ['VND'], id: ['IDR'] };
export function price(r, cur, style) {
  const pickS = (arr) => (style === undefined ? r.pick(arr) : arr[style % arr.length]);
  const c = cur || r.pick(['EUR', 'USD', 'GBP', 'CHF', 'PLN', 'JPY', 'SEK', 'BRL', 'INR', 'TRY', 'EUR', 'EUR', 'USD']);
  const v = r.range(3, 48000) + r.int(100) / 100;
  const [i, f] = v.toFixed(2).split('.');
  const th = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (c) {
    case 'EUR': return pickS([`€${th(i, ',')}.${f}`, `${th(i, '.')},${f} €`, `${th(i, '.')},${f} EUR`, `EUR ${th(i, ',')}.${f}`, `${th(i, ' ')},${f} €`]);
    case 'USD': return pickS([`$${th(i, ',')}.${f}`, `USD ${th(i, ',')}.${f}`, `US$ ${th(i, ',')}.${f}`]);
    case 'GBP': return `£${th(i, ',')}.${f}`;
    case 'CHF': return pickS([`CHF ${th(i, "'")}.${f}`, `${th(i, "'")}.${f} CHF`]);
    case 'PLN': return `${th(i, ' ')},${f} zł`;
    case 'JPY': return pickS([`¥${th(String(Math.round(v * 100)), ',')}`, `${th(String(Math.round(v * 100)), ',')}円`]);
    case 'SEK': return `${th(i, ' ')},${f} kr`;
    case 'BRL': return `R$ ${th(i, '.')},${f}`;
    case 'INR': return `₹${i},${f}`.replace(/^₹(\d+),/, (m0, a) => `₹${a.length > 3 ? a.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',') + ',' + a.slice(-3) : a}.`).replace(/\.(\d\d)$/, '.$1');
    case 'TRY': return `${th(i, '.')},${f} TL`;
    case 'CZK': return `${th(i, ' ')},${f} Kč`;
    case 'RUB': return `${th(i, ' ')},${f} ₽`;
    case 'UAH': return `${th(i, ' ')},${f} грн`;
    case 'ILS': return `₪${th(i, ',')}.${f}`;
    case 'AED': return `AED ${th(i, ',')}.${f}`;
    case 'CNY': return pickS([`¥${th(i, ',')}.${f}`, `${i}.${f}元`, `RMB ${th(i, ',')}.${f}`]);
    case 'KRW': return `₩${th(String(Math.round(v * 1000)), ',')}`;
    case 'THB': return `฿${th(i, ',')}.${f}`;
    case 'VND': return `${th(String(Math.round(v * 25000)), '.')} ₫`;
    case 'IDR': return `Rp ${th(String(Math.round(v * 16000)), '.')}`;
    case 'HUF': return `${th(String(Math.round(v * 400)), ' ')} Ft`;
    default: return `${i}.${f} ${c}`;
  }
}

export function invalidCard(r) {
  for (;;) { const n = cardNumber(r); const bad = n.slice(0, -1) + ((+n.slice(-1) + r.range(1, 9)) % 10); if (!luhnValid(bad)) return formatCard(r, bad); }
}
export const TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '5105105105105100', '378282246310005', '371449635398431', '6011111111111117', '3530111333300000', '4000056655665556', '2223003122003222', '4000002500003155', '4012888888881881', '30569309025904', '6011000990139424'];
export function invalidIban(r) {
  for (;;) { const raw = ibanRaw(r, r.pick(IBAN_COUNTRIES)); const ck = String((+raw.slice(2, 4) + r.range(1, 96)) % 97 + 2).padStart(2, '0').slice(-2); const bad = raw.slice(0, 2) + ck + raw.slice(4); if (!ibanValid(bad)) return r.chance(0.5) ? groupIban(bad) : bad; }
}
export function invalidSsn(r) {
  const k = r.int(5); const g = () => p2(r.range(1, 99)); const s = () => String(r.range(1, 9999)).padStart(4, '0');
  if (k === 0) return `000-${g()}-${s()}`;
  if (k === 1) return `666-${g()}-${s()}`;
  if (k === 2) { const gg = r.pick([r.range(1, 49), r.range(66, 69), 89, 93]); return `9${r.digits(2)}-${p2(gg)}-${s()}`; }
  if (k === 3) return `${String(r.range(1, 665)).padStart(3, '0')}-00-${s()}`;
  return `${String(r.range(1, 665)).padStart(3, '0')}-${g()}-0000`;
}
export function invalidNhs(r) {
  for (;;) { const nine = String(r.range(4, 9)) + r.digits(8); const c = nhsCheckDigit(nine); const last = c === null ? r.range(0, 9) : (c + r.range(1, 9)) % 10; const n = nine + last;
    if (c === null || last !== c) return r.chance(0.6) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n; }
}

const b64 = (r, n) => r.bytes(n).toString('base64');
const b64u = (r, n) => r.bytes(n).toString('base64url');
export function isbn(r) { const d = ean13Complete('978' + r.digits(9)); return r.chance(0.6) ? `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d.slice(12)}` : d; }

const VAT = {
  DE: (r) => `DE${r.digits(9)}`, AT: (r) => `ATU${r.digits(8)}`, FR: (r) => `FR${r.digits(2)}${r.digits(9)}`, BE: (r) => `BE0${r.digits(9)}`, ES: (r) => `ES${r.str(ALPHA.UP, 1)}${r.digits(8)}`,
  IT: (r) => `IT${r.digits(11)}`, PL: (r) => `PL${r.digits(10)}`, NL: (r) => `NL${r.digits(9)}B0${r.range(1, 9)}`, PT: (r) => `PT${r.digits(9)}`, SE: (r) => `SE${r.digits(10)}01`, GB: (r) => `GB${r.digits(9)}`,
};
export const VAT_LABEL = { DE: 'USt-IdNr. ', AT: 'UID ', FR: 'TVA ', BE: 'TVA ', ES: 'NIF ', IT: 'P.IVA ', PL: 'NIP ', NL: 'btw-nr. ', PT: 'NIF ', SE: 'Momsreg.nr ', GB: 'VAT ' };
export const GEN = {
  git_sha: (r) => r.chance(0.7) ? r.str(H, 40) : r.str(H, r.range(7, 12)),
  uuid: (r) => r.chance(0.85) ? uuid(r) : uuid(r).toUpperCase(),
  digest: (r) => `sha256:${r.str(H, 64)}`,
  integrity: (r) => r.chance(0.7) ? `sha512-${b64(r, 64)}` : `sha384-${b64(r, 48)}`,
  hash: (r) => r.str(H, r.pick([32, 40, 64])),
  etag: (r) => r.chance(0.5) ? r.str(H, 32) : `${r.str(H, 32)}-${r.range(2, 40)}`,
  fingerprint: (r) => r.chance(0.5) ? `SHA256:${b64(r, 32).replace(/=+$/, '')}` : r.str(ALPHA.HEXU, 40).match(/.{4}/g).join(' '),
  certificate: (r) => pemCertificate(r, r.pick(['Internal Issuing CA 2', 'mail.corp.example', 'vpn.office.test', 'Printer Fleet CA'])),
  public_key: (r) => r.wpick([[3, () => sshPublicLine(r, 'ed25519')], [2, () => sshPublicLine(r, 'rsa')], [1, () => pemPublicEc(r)], [2, () => 'pk_live_' + r.str(ALPHA.B62, 99)], [1, () => 'pk.' + Buffer.from(JSON.stringify({ u: r.pick(['acme-maps', 'fieldteam', 'travelco']), a: r.str(ALPHA.B62 + '-_', 25) })).toString('base64url') + '.' + r.str(ALPHA.B62 + '-_', 22)], [1, () => 'phc_' + r.str(ALPHA.B62, 43)], [1, () => '6L' + r.str(ALPHA.B62 + '-_', 38)]])(),
  placeholder: (r) => r.pick(['changeme', '<your-api-key>', 'xxxxxxxxxxxxxxxx', 'sk-...', '********', 'YOUR_TOKEN_HERE', 'REPLACE_ME', '<password>', '[REDACTED]', '••••••••', 'TODO', 'dummy-secret', '<insert key>', 'your_password_here', '{{password}}', 'xxxx-xxxx-xxxx-xxxx', '***', 'PASTE-TOKEN-HERE', 'ask IT', 'n/a']),
  aws_example_key: (r) => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']),
  env_reference: (r) => r.pick([`\${${r.pick(['SMTP_PASSWORD', 'API_KEY', 'DB_PASS', 'MAIL_TOKEN', 'STRIPE_KEY', 'CRM_TOKEN'])}}`, `$${r.pick(['IMAP_PASS', 'TOKEN', 'SECRET_KEY'])}`, `\${{ secrets.${r.pick(['DEPLOY_KEY', 'SLACK_TOKEN', 'NPM_AUTH'])} }}`, `op://${r.pick(['Finance', 'Office', 'Shared'])}/${r.pick(['Bank portal', 'SMTP relay', 'Payroll'])}/password`, `vault:secret/data/${r.pick(['crm', 'mail', 'erp'])}#${r.pick(['token', 'password'])}`, `%${r.pick(['VPN_PSK', 'APPDATA'])}%`, `{{ .Values.${r.pick(['smtpPassword', 'apiKey'])} }}`, `secretRef:${r.pick(['mailer-creds', 'erp-api'])}`]),
  order_number: (r) => r.pick([`${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `ORD-${r.pick([2025, 2026])}-${r.digits(6)}`, `#${r.range(1000, 99999)}`, `SO${r.digits(8)}`, `${r.str(ALPHA.UP, 2)}${r.digits(9)}`, `BE-${r.digits(4)}-${r.digits(4)}`]),
  tracking_number: (r) => r.pick([`1Z${r.str(ALPHA.UPNUM, 6)}${r.digits(10)}`, r.digits(12), `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `JJD${r.digits(18)}`, `${r.str(ALPHA.UP, 2)}${r.digits(9)}${r.pick(['GB', 'DE', 'NL', 'FR', 'JP'])}`, `3S${r.str(ALPHA.UP, 4)}${r.digits(7)}`, `00${r.digits(18)}`]),
  invoice_number: (r) => r.pick([`INV-${r.pick([2025, 2026])}-${r.digits(5)}`, `RE-${r.pick([2025, 2026])}/${r.digits(4)}`, `FA${r.digits(2)}-${r.digits(6)}`, `F-${r.pick([2025, 2026])}-${r.digits(4)}`, `${r.digits(2)}/${r.digits(4)}/FV`, `INV${r.digits(7)}`, `NF-e ${r.digits(9)}`]),
  booking_reference: (r) => r.str(ALPHA.HUMAN, 6),
  confirmation_number: (r) => r.pick([r.digits(r.range(8, 10)), `${r.digits(4)}.${r.digits(3)}.${r.digits(3)}`, `HB-${r.str(ALPHA.UPNUM, 8)}`]),
  eticket_number: (r) => `${r.pick(['220', '125', '057', '074', '006', '016', '176', '157', '235'])}${r.pick(['-', ' ', ''])}${r.digits(10)}`,
  flight_number: (r) => `${r.pick(['LH', 'BA', 'AF', 'KL', 'IB', 'AZ', 'TP', 'LO', 'SK', 'TK', 'EK', 'QR', 'NH', 'JL', 'KE', 'UA', 'DL', 'AA', 'LX', 'OS', 'FR', 'U2', 'W6'])}${r.pick([' ', '', ' '])}${r.range(1, 9899)}`,
  version: (r) => r.pick([`v${r.range(0, 9)}.${r.range(0, 30)}.${r.range(0, 20)}`, `${r.range(1, 20)}.${r.range(0, 12)}.${r.range(0, 9)}`, `${r.range(1, 5)}.${r.range(0, 9)}.${r.range(0, 9)}-rc.${r.range(1, 4)}`, `${r.pick([2025, 2026])}.${r.range(1, 12)}.${r.range(0, 5)}`]),
  build_number: (r) => r.pick([`${r.pick([2025, 2026])}${p2(r.range(1, 12))}${p2(r.range(1, 28))}.${r.range(1, 9)}`, `#${r.range(100, 9999)}`, `b${r.range(1000, 99999)}`, `${r.range(16000, 26999)}.${r.range(1000, 4999)}`]),
  date: (r, lang) => dateText(r, lang),
  timestamp: (r) => r.wpick([[4, () => isoTs(r)], [2, () => rfc2822(r)], [1, () => epoch(r)], [1, () => epoch(r, true)]])(),
  price: (r, cur) => price(r, cur),
  coordinates: (r) => { const la = (r.range(-4500, 6500) / 100 + r.int(10000) / 1e6).toFixed(r.pick([4, 5, 6])); const lo = (r.range(-12000, 15000) / 100 + r.int(10000) / 1e6).toFixed(r.pick([4, 5, 6])); return r.chance(0.8) ? `${la}, ${lo}` : `${la},${lo}`; },
  isbn: (r) => isbn(r),
  ean: (r) => ean13Complete(r.pick(['400', '590', '871', '500', '761', '459', '978', '880']) + r.digits(9)),
  sku: (r) => r.pick([`SKU-${r.str(ALPHA.UP, 3)}-${r.range(10, 99)}-${r.pick(['XS', 'S', 'M', 'L', 'XL'])}`, `${r.str(ALPHA.UP, 2)}${r.digits(5)}-${r.digits(2)}`, `ART.${r.digits(6)}`]),
  hex_color: (r) => '#' + r.str(ALPHA.HEXU, r.chance(0.8) ? 6 : 3),
  invalid_card: (r) => invalidCard(r),
  invalid_iban: (r) => invalidIban(r),
  invalid_ssn: (r) => invalidSsn(r),
  invalid_nhs: (r) => invalidNhs(r),
  vendor_test_card: (r) => { const n = r.pick(TEST_CARDS); return r.chance(0.5) ? formatCard(r, n, ' ') : n; },
  masked_card: (r) => { const l4 = r.digits(4); return r.pick([`**** **** **** ${l4}`, `XXXX-XXXX-XXXX-${l4}`, `•••• ${l4}`, `${cardNumber(r, 'visa').slice(0, 6)}******${l4}`, `************${l4}`, `${r.pick(['VISA', 'MC', 'AMEX'])} *${l4}`]); },
  masked_iban: (r) => { const raw = ibanRaw(r, r.pick(['DE', 'FR', 'NL', 'GB', 'ES', 'IT', 'BE', 'AT'])); return r.chance(0.5) ? `${raw.slice(0, 4)} **** **** **** ${raw.slice(-4)}`.trim() : `${raw.slice(0, 2)}** ${'*'.repeat(raw.length - 8)}${raw.slice(-4)}`; },
  data_uri: (r) => `data:image/${r.pick(['png', 'gif', 'jpeg'])};base64,${r.pick(['iVBORw0KGgoAAAANSUhEUgAA', 'R0lGODlhAQABAIAAAP', '/9j/4AAQSkZJRgABAQ'])}${b64(r, r.range(24, 60)).replace(/=+$/, '')}`,
  k8s_resource_version: (r) => String(r.range(100000, 99999999)),
  request_id: (r) => r.pick([`req_${r.str(ALPHA.B62, 24)}`, r.str(H, 32), `${r.str(ALPHA.HEXU, 16)}`, `${r.digits(1)}-${r.str(H, 8)}-${r.str(H, 24)}`, `Root=1-${r.str(H, 8)}-${r.str(H, 24)}`, `rid-${r.str(ALPHA.LOWNUM, 20)}`]),
  message_id: (r, dom) => `${r.pick([`CA${r.str(ALPHA.B62 + '+_', 40)}`, `${r.str(H, 8)}.${r.str(H, 12)}`, `${uuid(r)}`, `${r.digits(12)}.${r.digits(6)}.${r.str(ALPHA.UPNUM, 10)}`])}@${dom || r.pick(['mail.example', 'mx.corp.example', 'smtp.office.test', 'outbound.mailer.example'])}`,
  calendar_uid: (r) => r.pick([`040000008200E00074C5B7101A82E008${r.str(ALPHA.HEXU, 56)}`, `${uuid(r)}@${r.pick(['calendar.example', 'cal.office.test'])}`, `${r.str(ALPHA.LOWNUM, 26)}`]),
  dkim_signature: (r) => b64(r, 256),
  crm_id: (r) => r.pick([`003${r.str(ALPHA.B62, 12)}AA${r.str(ALPHA.UP, 1)}`, `CUS-${r.digits(6)}`, `C-${r.digits(7)}`, `lead_${r.str(ALPHA.LOWNUM, 10)}`, `0015g${r.str(ALPHA.B62, 10)}`, `HS-${r.digits(9)}`]),
  hostname: (r) => `${r.pick(['fs01', 'mail', 'mx2', 'vpn', 'print-3og', 'nas', 'erp', 'crm', 'files', 'intranet', 'sap-prd', 'wiki', 'dc02'])}.${r.pick(['corp.example', 'office.test', 'hq.example', 'branch.invalid', 'lan.test'])}`,
  meeting_id: (r) => r.pick([`${r.digits(3)} ${r.digits(4)} ${r.digits(4)}`, `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}#`, `${r.digits(4)} ${r.digits(3)} ${r.digits(4)}`, `${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `${r.digits(10)}`]),
  reference_code: (r) => r.pick([rfReference(r.digits(r.range(6, 14))), `KD-${r.digits(5)}`, `MNDT-${r.pick([2025, 2026])}-${r.digits(5)}`, `REF ${r.str(ALPHA.UPNUM, 10)}`, `${r.str(ALPHA.UP, 3)}${r.digits(8)}`]),
  vat_number: (r, cc) => VAT[cc] ? VAT[cc](r) : r.pick([`DE${r.digits(9)}`, `FR${r.digits(2)}${r.digits(9)}`, `GB${r.digits(9)}`, `ATU${r.digits(8)}`, `ES${r.str(ALPHA.UP, 1)}${r.digits(8)}`, `IT${r.digits(11)}`, `NL${r.digits(9)}B0${r.range(1, 9)}`, `PL${r.digits(10)}`, `CHE-${r.digits(3)}.${r.digits(3)}.${r.digits(3)} MWST`]),
  bic: (r) => `${r.str(ALPHA.UP, 4)}${r.pick(['DE', 'FR', 'NL', 'GB', 'ES', 'IT', 'BE', 'AT', 'CH', 'PL', 'SE'])}${r.str(ALPHA.UPNUM, 2)}${r.chance(0.5) ? r.pick(['XXX', r.str(ALPHA.UPNUM, 3)]) : ''}`,
  serial_number: (r) => r.pick([`C02${r.str(ALPHA.UPNUM, 9)}`, `5CG${r.digits(4)}${r.str(ALPHA.UPNUM, 3)}`, `PF${r.str(ALPHA.UPNUM, 6)}`, `SN${r.digits(10)}`, `R58${r.str(ALPHA.UPNUM, 8)}`]),
  employee_id: (r) => r.pick([`EMP-${r.digits(6)}`, `E${r.digits(5)}`, r.digits(6), `PN-${r.digits(5)}`, `HR${r.digits(7)}`]),
  ticket_id: (r) => r.pick([`INC${r.digits(7)}`, `${r.pick(['OPS', 'HR', 'FIN', 'IT', 'HELP'])}-${r.range(10, 9999)}`, `#${r.range(10000, 999999)}`, `CS-${r.digits(6)}`, `REQ${r.digits(7)}`]),
  coupon_code: (r) => r.pick([`${r.pick(['SPRING', 'WELCOME', 'SUMMER', 'BLACKFRI', 'VIP'])}${r.range(10, 30)}${r.pick(['', '-SAVE15', 'OFF'])}`, `${r.str(ALPHA.UP, 4)}-${r.str(ALPHA.UP, 4)}`.replace(/^/, 'PROMO-')]),
  sort_code: (r) => `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`,
  mac_address: (r) => Array.from({ length: 6 }, () => r.str(ALPHA.HEXU, 2)).join(r.pick([':', '-'])),
};
export const LOOK_KINDS = Object.keys(GEN);
export function look(r, what, arg) { if (!GEN[what]) throw new Error('look ' + what); return L(what, GEN[what](r, arg)); }
