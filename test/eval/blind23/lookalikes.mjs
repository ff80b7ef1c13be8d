// Values that look like secrets or personal data but are neither. Each is
// labelled with a `what` so a detector that masks it can be counted.
import { B62, B64URL, HEX, UPPER, DIGITS, ALNUM_UP, LOWER, ALNUM_LOW } from './prng.mjs';
import { luhnComplete, luhnValid } from './checksums.mjs';
import { MONTHS } from './phrases.mjs';

const uuid = (r) => { const h = r.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-${r.pick(['4', '1', '7'])}${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };
export { uuid };

// ---------- dates and times ----------
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
export function randDate(r, fromYear = 2025, toYear = 2026) {
  const start = Date.UTC(fromYear, 0, 1), end = Date.UTC(toYear, 11, 31);
  const t = start + Math.floor(r.float() * (end - start) / 60000) * 60000;
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), wd: d.getUTCDay(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: r.int(0, 59), t };
}
export function addSecs(dt, n) { const d = new Date(dt.t + dt.s * 1000 + n * 1000); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), wd: d.getUTCDay(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), t: d.getTime() - d.getUTCSeconds() * 1000 }; }
export function addDays(dt, n) { const d = new Date(dt.t + n * 86400000); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), wd: d.getUTCDay(), h: dt.h, mi: dt.mi, s: dt.s, t: d.getTime() }; }
export function fmtDate(r, dt, lang, style, pref) {
  const { y, m, d } = dt;
  const iso = `${y}-${p2(m)}-${p2(d)}`;
  const long = MONTHS[lang] ? MONTHS[lang][m - 1] : null;
  const opts = {
    en: [`${MON_EN[m - 1]} ${d}, ${y}`, `${p2(m)}/${p2(d)}/${y}`, `${d} ${MONTHS.en[m - 1]} ${y}`, `${p2(d)}/${p2(m)}/${y}`, `${WD_EN[dt.wd]}, ${d} ${MON_EN[m - 1]} ${y}`],
    de: [`${p2(d)}.${p2(m)}.${y}`, `${d}. ${long} ${y}`], fr: [`${p2(d)}/${p2(m)}/${y}`, `${d} ${long} ${y}`],
    es: [`${p2(d)}/${p2(m)}/${y}`, `${d} de ${long} de ${y}`], it: [`${p2(d)}/${p2(m)}/${y}`, `${d} ${long} ${y}`],
    pt: [`${p2(d)}/${p2(m)}/${y}`, `${d} de ${long} de ${y}`], nl: [`${p2(d)}-${p2(m)}-${y}`, `${d} ${long} ${y}`],
    pl: [`${p2(d)}.${p2(m)}.${y}`], sv: [iso], fi: [`${d}.${m}.${y}`], cs: [`${d}. ${m}. ${y}`], tr: [`${p2(d)}.${p2(m)}.${y}`],
    el: [`${p2(d)}/${p2(m)}/${y}`], ru: [`${p2(d)}.${p2(m)}.${y}`], uk: [`${p2(d)}.${p2(m)}.${y}`], ar: [`${p2(d)}/${p2(m)}/${y}`],
    he: [`${p2(d)}.${p2(m)}.${y}`, `${p2(d)}/${p2(m)}/${y}`], hi: [`${p2(d)}/${p2(m)}/${y}`, `${p2(d)}-${p2(m)}-${y}`],
    zh: [`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`], ja: [`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`],
    ko: [`${y}년 ${m}월 ${d}일`, `${y}. ${m}. ${d}.`], th: [`${p2(d)}/${p2(m)}/${y + 543}`, `${p2(d)}/${p2(m)}/${y}`],
    vi: [`${p2(d)}/${p2(m)}/${y}`, `ngày ${d} tháng ${m} năm ${y}`], id: [`${p2(d)}/${p2(m)}/${y}`, `${d}-${p2(m)}-${y}`],
  };
  if (style === 'iso') return iso;
  const list = opts[lang] || opts.en;
  if (pref !== undefined && r.chance(0.8)) return list[pref % list.length];
  return r.chance(0.15) ? iso : r.pick(list);
}
export function fmtTime(r, dt, lang, h12) {
  if (lang === 'en' && (h12 === undefined ? r.chance(0.5) : h12)) { const h12 = dt.h % 12 || 12; return `${h12}:${p2(dt.mi)} ${dt.h < 12 ? 'AM' : 'PM'}`; }
  return `${p2(dt.h)}:${p2(dt.mi)}`;
}
export function fmtTimestamp(r, dt, style) {
  style = style || r.pick(['iso', 'isoms', 'space', 'rfc', 'clf', 'epoch', 'epochms', 'isooff']);
  const base = `${dt.y}-${p2(dt.m)}-${p2(dt.d)}`;
  const hms = `${p2(dt.h)}:${p2(dt.mi)}:${p2(dt.s)}`;
  switch (style) {
    case 'iso': return `${base}T${hms}Z`;
    case 'isoms': return `${base}T${hms}.${r.digits(3)}Z`;
    case 'isooff': return `${base}T${hms}${r.pick(['+01:00', '+02:00', '-05:00', '+09:00', '+05:30'])}`;
    case 'space': return `${base} ${hms}`;
    case 'rfc': return `${WD_EN[dt.wd]}, ${dt.d} ${MON_EN[dt.m - 1]} ${dt.y} ${hms} ${r.pick(['+0000', '+0100', '+0200', '-0400', '-0700', '+0900'])}`;
    case 'clf': return `${p2(dt.d)}/${MON_EN[dt.m - 1]}/${dt.y}:${hms} +0000`;
    case 'epoch': return String(Math.floor(dt.t / 1000) + dt.s);
    case 'epochms': return String(dt.t + dt.s * 1000 + r.int(0, 999));
    default: return `${base}T${hms}Z`;
  }
}

// ---------- money ----------
function group(intStr, sep) { return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, sep); }
export const LANG_CURRENCY = { en: 'USD', de: 'EUR', fr: 'EUR', es: 'EUR', it: 'EUR', pt: 'BRL', nl: 'EUR', pl: 'PLN', sv: 'SEK', fi: 'EUR', cs: 'CZK', tr: 'TRY', el: 'EUR', ru: 'RUB', uk: 'UAH', ar: 'AED', he: 'ILS', hi: 'INR', zh: 'CNY', ja: 'JPY', ko: 'KRW', th: 'THB', vi: 'VND', id: 'IDR' };
export function fmtPrice(r0, amount, cur, pref) {
  const r = { pick: (a) => (pref !== undefined && r0.chance(0.85) ? a[pref % a.length] : r0.pick(a)) };
  const noDec = ['JPY', 'KRW', 'VND', 'IDR'].includes(cur);
  if (noDec) amount = Math.round(amount);
  const [i, f] = amount.toFixed(noDec ? 0 : 2).split('.');
  const dotComma = `${group(i, '.')}${f ? ',' + f : ''}`;
  const commaDot = `${group(i, ',')}${f ? '.' + f : ''}`;
  const spaceComma = `${group(i, ' ')}${f ? ',' + f : ''}`;
  switch (cur) {
    case 'USD': return r.pick([`$${commaDot}`, `USD ${commaDot}`, `$${commaDot} USD`]);
    case 'GBP': return `£${commaDot}`;
    case 'EUR': return r.pick([`${dotComma} €`, `€${dotComma}`, `EUR ${dotComma}`, `€ ${dotComma}`]);
    case 'CHF': return `CHF ${group(i, "'")}.${f}`;
    case 'BRL': return `R$ ${dotComma}`;
    case 'MXN': return `$${commaDot} MXN`;
    case 'PLN': return `${spaceComma} zł`;
    case 'SEK': return r.pick([`${spaceComma} kr`, `SEK ${spaceComma}`]);
    case 'CZK': return `${spaceComma} Kč`;
    case 'TRY': return r.pick([`₺${dotComma}`, `${dotComma} TL`]);
    case 'RUB': return `${spaceComma} ₽`;
    case 'UAH': return `${spaceComma} грн`;
    case 'AED': return r.pick([`AED ${commaDot}`, `${commaDot} د.إ`]);
    case 'ILS': return `₪${commaDot}`;
    case 'INR': return `₹${i.replace(/\B(?=(\d{2})*\d{3}(?!\d))/g, ',')}.${f}`;
    case 'CNY': return r.pick([`¥${commaDot}`, `${commaDot} 元`, `RMB ${commaDot}`]);
    case 'JPY': return r.pick([`¥${commaDot}`, `${commaDot}円`]);
    case 'KRW': return r.pick([`₩${commaDot}`, `${commaDot}원`]);
    case 'THB': return r.pick([`฿${commaDot}`, `${commaDot} บาท`]);
    case 'VND': return r.pick([`${group(i, '.')} ₫`, `${group(i, '.')} VNĐ`]);
    case 'IDR': return `Rp ${group(i, '.')}`;
    case 'AUD': return `A$${commaDot}`;
    case 'CAD': return `CA$${commaDot}`;
    case 'NGN': return `₦${commaDot}`;
    case 'KES': return `KSh ${commaDot}`;
    case 'ZAR': return `R ${group(i, ' ')}.${f}`;
    default: return `${cur} ${commaDot}`;
  }
}
const CUR_SCALE = { JPY: 150, KRW: 1350, VND: 25000, IDR: 16000, INR: 85, THB: 36, RUB: 95, UAH: 41, TRY: 38, CZK: 23, SEK: 11, PLN: 4, CNY: 7.2, BRL: 5.5, AED: 3.67, ILS: 3.7, MXN: 18, ZAR: 18, NGN: 1500, KES: 130 };
export function price(r, cur, lo = 5, hi = 2500, pref) { const base = lo + r.float() * (hi - lo); return fmtPrice(r, Math.round(base * (CUR_SCALE[cur] || 1) * 100) / 100, cur, pref); }
export function scaleOf(cur) { return CUR_SCALE[cur] || 1; }

// ---------- identifiers and technical values ----------
const b64 = (r, n) => r.bytes(n).toString('base64');
export const LOOK = {
  git_sha: (r) => (r.chance(0.6) ? r.hex(40) : r.hex(r.pick([7, 8, 10, 12]))),
  uuid,
  digest: (r) => `sha256:${r.hex(64)}`,
  integrity: (r) => r.pick([`sha512-${b64(r, 64)}`, `sha384-${b64(r, 48)}`, `sha256-${b64(r, 32)}`, `sha1-${b64(r, 20)}`]),
  hash: (r) => r.pick([r.hex(32), r.hex(40), r.hex(64)]),
  object_id: (r) => r.hex(24),
  ulid: (r) => `01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`,
  request_id: (r) => r.pick([`req_${r.str(B62, 24)}`, uuid(r), `${r.hex(8)}-${r.hex(4)}`, `Root=1-${r.hex(8)}-${r.hex(24)}`, r.str(ALNUM_UP, 20)]),
  trace_id: (r) => r.pick([r.hex(32), `00-${r.hex(32)}-${r.hex(16)}-01`]),
  span_id: (r) => r.hex(16),
  container_id: (r) => (r.chance(0.5) ? r.hex(12) : r.hex(64)),
  k8s_resource_version: (r) => String(r.int(100000, 99999999)),
  build_number: (r) => r.pick([`#${r.int(100, 9999)}`, `${r.int(2025, 2026)}.${r.int(1, 12)}.${r.int(1, 999)}`, String(r.int(1000, 99999)), `build-${r.int(100, 9999)}`]),
  version: (r) => r.pick([`${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 15)}`, `${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, `^${r.int(1, 18)}.${r.int(0, 12)}.${r.int(0, 9)}`, `~${r.int(0, 5)}.${r.int(0, 30)}.${r.int(0, 9)}`]),
  order_number: (r) => r.pick([`ORD-${r.int(2025, 2026)}-${r.digits(6)}`, `#${r.digits(7, true)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `SO${r.digits(8)}`, `BST-${r.str(ALNUM_UP, 8)}`]),
  invoice_number: (r) => r.pick([`INV-${r.int(2025, 2026)}-${r.digits(5)}`, `RE-${r.digits(6)}`, `F${r.int(2025, 2026)}/${r.digits(4)}`, `FV/${r.digits(4)}/${r.int(1, 12)}/${r.int(2025, 2026)}`, `${r.int(2025, 2026)}${r.digits(6)}`]),
  po_number: (r) => r.pick([`PO-${r.digits(6)}`, `4500${r.digits(6)}`, `BE-${r.int(2025, 2026)}-${r.digits(4)}`]),
  tracking_number: (r) => r.pick([`1Z${r.str(ALNUM_UP, 6)}${r.digits(10)}`, r.digits(12), `JD${r.digits(18)}`, `${r.str(UPPER, 2)}${r.digits(9)}${r.pick(['DE', 'GB', 'NL', 'FR', 'CN', 'JP'])}`, `9400${r.digits(18)}`, r.digits(10)]),
  booking_reference: (r) => r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
  eticket_number: (r) => `${r.pick(['220', '125', '057', '074', '176', '618', '081'])}${r.pick(['-', ' ', ''])}${r.digits(10)}`,
  flight_number: (r) => `${r.pick(['LH', 'BA', 'AF', 'KL', 'IB', 'AZ', 'TP', 'LX', 'OS', 'SK', 'AY', 'LO', 'TK', 'EK', 'QR', 'NH', 'JL', 'KE', 'TG', 'VN', 'GA', 'AI', 'UA', 'DL', 'AA', 'QF', 'LA', 'AM', 'ET'])}${r.pick(['', ' '])}${r.int(1, 9899)}`,
  iata_code: (r) => r.pick(['FRA', 'MUC', 'LHR', 'CDG', 'AMS', 'MAD', 'FCO', 'LIS', 'ZRH', 'VIE', 'ARN', 'HEL', 'WAW', 'IST', 'DXB', 'DOH', 'HND', 'NRT', 'ICN', 'BKK', 'SGN', 'CGK', 'DEL', 'BOM', 'JFK', 'ORD', 'SFO', 'SYD', 'GRU', 'MEX', 'ATH', 'PRG', 'CPH', 'OSL', 'TLV', 'CAI', 'NBO', 'LOS', 'JNB']),
  policy_number: (r) => r.pick([`POL-${r.digits(8)}`, `${r.str(UPPER, 2)}${r.digits(9)}`, `${r.digits(3)}/${r.digits(6)}/${r.digits(2)}`]),
  claim_number: (r) => r.pick([`CLM-${r.int(2025, 2026)}-${r.digits(6)}`, `SCH-${r.digits(7)}`, `${r.digits(2)}-${r.digits(7)}-${r.digits(2)}`]),
  case_number: (r) => r.pick([`${r.pick(['SUP', 'HELP', 'IT', 'OPS', 'HR', 'FIN', 'INC'])}-${r.int(100, 99999)}`, `#${r.int(10000, 999999)}`, `CS${r.digits(8)}`, `INC${r.digits(7)}`]),
  employee_id: (r) => r.pick([`E${r.digits(6)}`, `EMP-${r.digits(5)}`, `${r.digits(8)}`, `PN ${r.digits(6)}`]),
  student_id: (r) => r.pick([`S${r.int(2019, 2026)}${r.digits(5)}`, `${r.int(20, 26)}${r.digits(7)}`, `MAT-${r.digits(6)}`]),
  patient_mrn: (r) => r.pick([`MRN ${r.digits(8)}`, `${r.str(UPPER, 3)}${r.digits(7)}`, `PID-${r.digits(9)}`]),
  customer_number: (r) => r.pick([`CUST-${r.digits(6)}`, `KD-${r.digits(7)}`, `C${r.digits(9)}`, `${r.digits(10)}`]),
  crm_id: (r) => r.pick([`003${r.str(B62, 12)}${r.str(ALNUM_UP, 3)}`, `006${r.str(B62, 15)}`, `lead_${r.str(ALNUM_LOW, 16)}`, `${r.int(10000000, 99999999)}`, `ACC-${r.digits(6)}`, `zcrm_${r.digits(18)}`]),
  listing_id: (r) => r.pick([`LST-${r.digits(7)}`, `${r.digits(9)}`, `obj-${r.str(ALNUM_LOW, 8)}`]),
  file_id: (r) => `1${r.str(B62 + '-_', 32)}`,
  meeting_id: (r) => `${r.digits(3, true)} ${r.digits(4)} ${r.digits(4)}`,
  account_sid: (r) => `AC${r.hex(32)}`,
  key_id: (r) => r.hex(40),
  sku: (r) => r.pick([`SKU-${r.str(ALNUM_UP, 6)}`, `${r.str(UPPER, 3)}-${r.digits(4)}-${r.str(UPPER, 2)}`, `ART ${r.digits(6)}`]),
  ean: (r) => luhnEan(r),
  masked_card: (r) => r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `${r.pick(['4', '5', '3'])}${r.digits(5)}******${r.digits(4)}`, `ending in ${r.digits(4)}`]),
  timestamp: null, date: null, time: null, price: null,
  coordinates: (r) => { const la = (r.float() * 140 - 60).toFixed(r.pick([4, 5, 6])); const lo = (r.float() * 340 - 170).toFixed(r.pick([4, 5, 6])); return r.pick([`${la}, ${lo}`, `${la},${lo}`]); },
  isbn: (r) => isbn13(r),
  hex_color: (r) => `#${r.hex(6)}`,
  mac_address: (r) => Array.from({ length: 6 }, () => r.hex(2)).join(r.pick([':', '-'])),
  imei: (r) => luhnComplete(r.pick(['35', '86', '01', '99']) + r.digits(12)),
  swift_bic: (r) => `${r.str(UPPER, 4)}${r.pick(['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'CH', 'AT', 'PL', 'SE', 'BE', 'PT'])}${r.str(ALNUM_UP, 2)}${r.chance(0.5) ? r.str(ALNUM_UP, 3) : ''}`,
  vat_id: (r) => r.pick([`DE${r.digits(9)}`, `FR${r.digits(2)}${r.digits(9)}`, `NL${r.digits(9)}B0${r.int(1, 9)}`, `ESB${r.digits(8)}`, `IT${r.digits(11)}`, `ATU${r.digits(8)}`, `PL${r.digits(10)}`, `GB${r.digits(9)}`, `CHE-${r.digits(3)}.${r.digits(3)}.${r.digits(3)} MWST`]),
  cve_id: (r) => `CVE-${r.int(2019, 2026)}-${r.int(1000, 59999)}`,
  hostname: (r) => `${r.pick(['db', 'api', 'cache', 'queue', 'web', 'auth', 'mail', 'files', 'git', 'ci', 'vault', 'grafana', 'kafka', 'search', 'ldap', 'proxy'])}${r.pick(['', '-01', '-02', '-prod', '-stg', '-eu1', '-a'])}.${r.pick(['corp.test', 'internal.test', 'prod.example', 'svc.invalid', 'lan.test', 'ops.example'])}`,
  placeholder: (r) => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', '<redacted>', 'REPLACE_ME', '<password>',  'TODO-set-me', 'PASSWORD_HERE', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dummy', '[REDACTED]', '•••••••', 'your-secret-here', 'AKIAXXXXXXXXXXXXXXXX', 'sk_live_...', '<paste key>', 'secret123-placeholder']),
  env_reference: (r) => r.pick([`\${${envName(r)}}`, `$${envName(r)}`, `\${{ secrets.${envName(r)} }}`, `%${envName(r)}%`, `{{ .Values.${r.pick(['db', 'api', 'smtp'])}.${r.pick(['password', 'token', 'key'])} }}`, `\${env:${envName(r)}}`, `{{ vault "${r.pick(['kv/app', 'secret/db'])}" }}`, `\${${envName(r)}:?missing}`]),
  aws_example_key: (r) => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']),
  data_uri: (r) => `data:image/${r.pick(['png', 'gif', 'webp'])};base64,${b64(r, r.int(30, 90))}`,
  public_key: null, certificate: null,
  invalid_card: null, invalid_iban: null, invalid_ssn: null, invalid_nhs: null, vendor_test_card: null,
  confirmation_code: (r) => r.pick([`${r.str(ALNUM_UP, 3)}-${r.digits(3)}-${r.str(ALNUM_UP, 3)}`, `H${r.digits(8)}`, `${r.digits(10)}`]),
  loyalty_number: (r) => r.pick([`${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `${r.str(UPPER, 2)}${r.digits(9)}`, `${r.digits(15)}`]),
  course_code: (r) => `${r.pick(['CS', 'MATH', 'ECON', 'BIO', 'PHYS', 'HIST', 'LAW', 'MED', 'CHEM', 'ENG'])}${r.pick(['', ' ', '-'])}${r.int(100, 499)}`,
  payment_reference: (r) => r.pick([`RF${r.digits(2)}${r.str(ALNUM_UP, 10)}`, `${r.digits(3)}+${r.digits(3)}+${r.digits(5)}`, `E2E-${r.str(ALNUM_UP, 12)}`, `REF${r.digits(10)}`]),
  message_id: (r) => `<${r.str(B62, 20)}.${r.digits(10)}@${r.pick(['mail.corp.example', 'mx.shop.test', 'smtp.office.example', 'notify.portal.test'])}>`,
  semver_range: (r) => `>=${r.int(1, 9)}.${r.int(0, 9)}.0 <${r.int(10, 12)}.0.0`,
};
function envName(r) { return r.pick(['DB_PASSWORD', 'API_TOKEN', 'SECRET_KEY', 'STRIPE_KEY', 'SMTP_PASS', 'REGISTRY_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'SLACK_WEBHOOK', 'APP_KEY', 'JWT_SECRET', 'REDIS_URL', 'GH_TOKEN', 'SENTRY_DSN']); }
function isbn13(r) {
  const body = r.pick(['978', '979']) + r.digits(9);
  let s = 0; for (let i = 0; i < 12; i++) s += (body.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  const c = (10 - (s % 10)) % 10; const full = body + c;
  return r.chance(0.5) ? full : `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
}
function luhnEan(r) {
  const body = r.pick(['400', '401', '590', '303', '871', '800', '690', '450', '880', '789']) + r.digits(9);
  let s = 0; for (let i = 0; i < 12; i++) s += (body.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return body + ((10 - (s % 10)) % 10);
}
export const LOOK_KINDS = Object.keys(LOOK);
