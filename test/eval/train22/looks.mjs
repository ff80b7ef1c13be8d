// Look-alike generators: values that resemble secrets/PII but must pass through unchanged.
import { A } from './prng.mjs';
import { luhnDigit, bech32Encode, convertBits } from './checks.mjs';
import { certificatePem, sshPublicLine, spkiPem } from './keys.mjs';
import { VENDOR_TEST_CARDS, invalidCard, invalidIban, invalidSsn, invalidNhs, invalidDea, fmtCard } from './pii.mjs';
import { uuid4 } from './secrets.mjs';

const hx = (r, n) => r.hex(n);
const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', 'REPLACE_ME', '<password>', 'TODO', 'dummy',
  '<redacted>', '[REDACTED]', 'your-password', '•••••••', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', '<insert key>', 'CHANGE_ME_BEFORE_PROD',
  'xoxb-your-bot-token', 'sk_live_…', '<PAT>', 'not-set', '__SECRET__', 'hasło_tutaj', 'パスワード', 'PUT-YOUR-KEY', '{{password}}', '%PASSWORD%', 'REDACTED', 'n/a'];
export const COMPANIES = ['Hartmann & Söhne KG', 'Nowak Logistyka sp. z o.o.', 'Tanaka Seimitsu K.K.', 'Brooks & Whitfield LLP', 'Okafor Foods Ltd', 'Dvořák Stavby s.r.o.',
  'Jansen Bouw B.V.', 'Yılmaz Tekstil A.Ş.', 'Virtanen Oy', 'Kovács és Társa Kft.', 'Papadopoulos Shipping S.A.', 'Kazlauskas ir partneriai UAB', 'Babić d.o.o.',
  'Bondarenko Agro TOV', 'Morgan Stanley', 'Johnson & Johnson', 'Procter & Gamble', 'Wells Fargo', 'Goldman Sachs', 'Ernst & Young', 'Rolls-Royce', 'Harley-Davidson',
  'Dolce & Gabbana', 'Mercedes-Benz', 'Siemens', 'Philips', 'Hilton', 'Marriott', 'Ferrero', 'Barilla', 'Ikea', 'Disney', 'Boeing', 'Suzuki', 'Toyota', 'Honda',
  'Tata Consultancy Services', 'Mahindra', 'Samsung', 'Hyundai', 'Alibaba', 'Škoda', 'Tatra', 'Orlen', 'Żabka', 'Яндекс', 'Газпром', 'サントリー', '三菱商事', '삼성전자'];
export const PRODUCTS = ['Kilimanjaro 45L backpack', 'Sahara desk lamp', 'Tahoe XR', 'Everest Pro 2', 'Aurora S3 router', 'Nordkapp Thermo', 'Atacama dry bag', 'Lisboa sofa',
  'Harper desk chair', 'Matilda stroller', 'Olivia floor lamp', 'Ingrid armchair', 'Trondheim shelf', 'Sigrid duvet', 'Oslo bed frame', 'Galaxy S24', 'Corolla',
  'Santa Fe', 'Sorento', 'Tucson', 'Kodiaq', 'Octavia', 'Fabia', 'Yaris', 'Sierra', 'Montero', 'Cayenne', 'Macan', 'Murano', 'Kona', 'Leon', 'Ibiza', 'Toledo',
  'Amarok', 'Tiguan', 'Touareg', 'Passat', 'Jetta', 'Sirocco', 'Panamera', 'Huracán', 'Ghibli', 'Quattroporte', 'Bravia', 'Pixel 8', 'ThinkPad X1 Carbon', 'Kindle Paperwhite'];
export const BRANDS = ['Philadelphia', 'Corona', 'Ben & Jerry’s', 'Tim Hortons', 'Dr. Oetker', 'Wendy’s', 'Chevrolet', 'Ferrari', 'Fiji Water', 'Jack Daniel’s', 'Ritter Sport',
  'Żywiec', 'Pilsner Urquell', 'Borjomi', 'Efes', 'Tsingtao', 'Kingfisher', 'Asahi', 'Singha', 'St. George', 'Almaza', 'Goldstar', 'Mythos', 'Švyturys', 'Karjala',
  'Dreher', 'Ožujsko', 'Obolon', 'Baltika', 'Velkopopovický Kozel', 'Tyskie', 'Okocim', 'Lech', 'Karlovačko', 'Nescafé', 'Milka', 'Lindt', 'Marlene', 'Victoria’s Secret',
  'Hugo Boss', 'Calvin Klein', 'Tommy Hilfiger', 'Ralph Lauren', 'Louis Vuitton', 'Coco Chanel', 'Estée Lauder', 'Paul Smith', 'Ted Baker', 'Jimmy Choo', 'Wilkinson Sword'];
export const NAME_WORDS = ['Earl Grey', 'Caesar salad', 'Margherita', 'Beef Wellington', 'Eggs Benedict', 'Peach Melba', 'Pavlova', 'Stroganoff', 'Bloody Mary', 'Tom Collins',
  'Shirley Temple', 'Lazy Susan', 'Graham crackers', 'Napoleonka', 'Pischinger', 'Sachertorte', 'Malakoff', 'салат Оливье', 'Karađorđeva šnicla', 'Kaiserschmarrn',
  'Bismarck herring', 'Teddy bear', 'Ferris wheel', 'Bechamel', 'Praline', 'Biedermeier', 'Béarnaise', 'Carpaccio', 'Chateaubriand', 'Mornay sauce', 'Cobb salad',
  'Rossini tournedos', 'Nesselrode pudding', 'Sally Lunn bun', 'Garibaldi biscuit', 'Mozartkugel', 'Pozharsky cutlet', 'Kasha Guryev'];
export const PLACE_WORDS = ['Hamburger', 'Berliner', 'Frankfurter', 'Bologna', 'Champagne', 'Cologne', 'Denim', 'Jersey', 'Panama hat', 'Bermuda shorts', 'Brussels sprouts',
  'Turkey', 'China', 'Java', 'Oxford shoes', 'Chelsea boots', 'Tuxedo', 'Tangerine', 'Canary', 'Mayonnaise', 'Limousine', 'Cantaloupe', 'Dalmatian', 'Labrador',
  'Parmesan', 'Camembert', 'Cheddar', 'Gouda', 'Edam', 'Roquefort', 'Tabasco', 'Turkish delight', 'Greek yoghurt', 'Vienna sausage', 'kiełbasa krakowska',
  'sernik wiedeński', 'котлета по-киевски', 'Київський торт', 'Bakewell tart', 'Eccles cake', 'Bath bun', 'Chelsea bun', 'Dundee cake', 'Madeira cake',
  'Black Forest gateau', 'Pražská šunka', 'Debreceni kolbász', 'Sevilla orange', 'Kashmir shawl', 'Darjeeling', 'Ceylon tea', 'Bordeaux', 'Burgundy', 'Jerez'];

export function isbn13(r) {
  const b = '978' + r.int(0, 1) + r.digits(8);
  let s = 0; for (let i = 0; i < 12; i++) s += (+b[i]) * (i % 2 ? 3 : 1);
  const c = (10 - (s % 10)) % 10;
  const d = b + c;
  return r.chance(0.5) ? d : `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d[12]}`;
}
export function ean13(r) {
  const b = r.pick(['590', '400', '500', '800', '460', '482', '869', '490', '880', '690']) + r.digits(9);
  let s = 0; for (let i = 0; i < 12; i++) s += (+b[i]) * (i % 2 ? 3 : 1);
  return b + ((10 - (s % 10)) % 10);
}
export function imei(r) { const b = r.pick(['35', '86', '01', '99']) + r.digits(12); return b + luhnDigit(b); }
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
export function dateParts(r) { return { y: r.int(2019, 2025), m: r.int(1, 12), d: r.int(1, 28), H: r.int(0, 23), M: r.int(0, 59), S: r.int(0, 59) }; }

function priceIn(r, cur) {
  const n = r.int(5, 9999), big = `${r.int(1, 999)} ${r.digits(3)}`, c = r.digits(2);
  const F = {
    '€': [`${n},${c} €`, `€${n}.${c}`, `${n} €`], 'zł': [`${n} zł`, `${n},${c} zł`, `${big} zł`], 'Kč': [`${n} Kč`, `${big} Kč`], '₽': [`${n} ₽`, `${big} руб.`],
    '₴': [`${n} грн`, `${big} ₴`], 'Ft': [`${n} Ft`, `${r.int(1, 900)}.${r.digits(3)} Ft`], 'TL': [`${n} TL`, `₺${n}`, `${r.int(1, 99)}.${r.digits(3)} TL`], '₪': [`₪${n}`, `${n} ₪`],
    '₹': [`₹${n}`, `Rs. ${n}`, `₹${r.int(1, 99)},${r.digits(3)}`], '৳': [`৳${n}`, `${n} টাকা`], '฿': [`${n} บาท`, `฿${n}`], '¥': [`¥${n}`, `${n}元`], '円': [`${n}円`, `¥${r.int(1, 99)},${r.digits(3)}`],
    '원': [`${n}원`, `₩${r.int(1, 99)},${r.digits(3)}`], '₾': [`${n} ₾`, `${n} ლარი`], 'ብር': [`${n} ብር`], 'تومان': [`${n} تومان`], 'ج.م': [`${n} ج.م`, `${n} جنيه`],
    '£': [`£${n}.${c}`, `£${n}`], '$': [`$${n}.${c}`, `US$${n}`], 'kr': [`${n} kr`, `${n}:-`],
  };
  return r.pick(F[cur] || F['€']);
}

export const LOOKS = {
  git_sha: (r) => hx(r, 40),
  git_short_sha: (r) => hx(r, r.pick([7, 7, 8, 10, 12])),
  uuid: (r) => (r.chance(0.8) ? uuid4(r) : uuid4(r).toUpperCase()),
  digest: (r) => `sha256:${hx(r, 64)}`,
  integrity: (r) => r.pick([() => `sha512-${r.bytes(64).toString('base64')}`, () => `sha384-${r.bytes(48).toString('base64')}`, () => `sha1-${r.bytes(20).toString('base64')}`])(),
  hash: (r) => hx(r, r.pick([32, 40, 64])),
  certificate: (r) => certificatePem(r, `${r.pick(['api', 'www', 'mail', 'vpn', 'grafana'])}.${r.pick(['nordwind', 'harbourline', 'kilnworks', 'meridian-bank'])}.example`, r.pick(['Nordwind GmbH', 'Harbourline Ltd', 'Kilnworks Oy', 'Meridian Bank SA']), r.pick(['DE', 'GB', 'FI', 'PL', 'FR'])),
  public_key: (r) => r.pick([
    () => sshPublicLine(r, `${r.pick(['deploy', 'ci', 'ola', 'kenji', 'backup'])}@${r.pick(['build-07', 'laptop', 'bastion', 'nas', 'desktop'])}`),
    () => spkiPem(r),
    () => `pk_live_${r.str(A.ALNUM, r.pick([24, 99]))}`,
    () => `pk.${Buffer.from(JSON.stringify({ u: r.pick(['maps-team', 'geo-ops']), a: r.str(A.LOALNUM, 25) })).toString('base64url')}.${r.str(A.B64URL, 22)}`,
    () => bech32Encode('age', convertBits(r.bytes(32), 8, 5, true), '1'),
  ])(),
  wireguard_public_key: (r) => r.bytes(32).toString('base64'),
  placeholder: (r) => r.pick(PLACEHOLDERS),
  aws_example_key: (r) => r.pick(AWS_EXAMPLES),
  env_reference: (r) => r.pick([
    () => `\${${r.pick(['DB_PASSWORD', 'API_TOKEN', 'SMTP_PASS', 'REDIS_URL', 'STRIPE_KEY', 'VAULT_TOKEN'])}}`,
    () => `$${r.pick(['DB_PASS', 'TOKEN', 'GH_TOKEN', 'PGPASSWORD'])}`,
    () => `\${{ secrets.${r.pick(['NPM_TOKEN', 'DEPLOY_KEY', 'AWS_SECRET_ACCESS_KEY', 'SLACK_WEBHOOK'])} }}`,
    () => `$env:${r.pick(['API_KEY', 'SQL_PASSWORD', 'ARM_CLIENT_SECRET'])}`,
    () => `var.${r.pick(['db_password', 'api_token', 'admin_password'])}`,
    () => `{{ ${r.pick(['vault_db_password', 'smtp_pass', 'api_key'])} }}`,
    () => `%${r.pick(['DB_PASSWORD', 'SVC_PASS'])}%`,
    () => `\${env:${r.pick(['TOKEN', 'KEYSTORE_PASS'])}}`,
  ])(),
  order_number: (r) => r.pick([() => `ORD-${r.int(2019, 2025)}-${r.digits(7)}`, () => `#${r.int(100000, 999999)}`, () => `PO-${r.digits(5)}`, () => `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, () => `BST-${r.str(A.UPALNUM, 5)}`])(),
  tracking_number: (r) => r.pick([() => `1Z${r.str(A.UPALNUM, 6)}${r.digits(10)}`, () => r.digits(12), () => `9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, () => `${r.str(A.UP, 2)}${r.digits(9)}GB`, () => `3S${r.str(A.UP, 4)}${r.digits(7)}`, () => r.digits(10)])(),
  invoice_number: (r) => r.pick([() => `INV-${r.int(2019, 2025)}-${r.digits(5)}`, () => `FV/${r.int(2019, 2025)}/${p2(r.int(1, 12))}/${r.int(1, 999)}`, () => `RE-${r.int(2019, 2025)}-${r.digits(4)}`, () => `F${r.digits(8)}`])(),
  version: (r) => r.pick([() => `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, () => `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}-rc.${r.int(1, 4)}`, () => `${r.int(1, 3)}.${r.int(0, 12)}`, () => `${r.int(18, 24)}.${r.int(1, 12)}.${r.int(0, 9)}+build.${r.int(1, 999)}`])(),
  build_number: (r) => r.pick([() => String(r.int(100, 99999)), () => `${r.int(2019, 2025)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}.${r.int(1, 30)}`])(),
  date: (r, style) => { const t = dateParts(r); const f = [`${t.y}-${p2(t.m)}-${p2(t.d)}`, `${p2(t.d)}.${p2(t.m)}.${t.y}`, `${months[t.m - 1]} ${t.d}, ${t.y}`, `${t.d}/${t.m}/${t.y}`, `${t.y}年${t.m}月${t.d}日`]; return style == null ? r.pick(f) : f[style]; },
  timestamp: (r) => { const t = dateParts(r); return r.pick([`${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(t.H)}:${p2(t.M)}:${p2(t.S)}Z`, String(r.int(1550000000, 1760000000)), String(r.int(1550000000, 1760000000)) + r.digits(3), `${p2(t.d)}/${months[t.m - 1]}/${t.y}:${p2(t.H)}:${p2(t.M)}:${p2(t.S)} +0000`, `${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(t.H)}:${p2(t.M)}:${p2(t.S)}.${r.digits(3)}`]); },
  price: (r, cur) => (cur ? priceIn(r, cur) : r.pick([() => `€${r.int(1, 999)},${r.digits(2)}`, () => `$${r.int(1, 4999)}.${r.digits(2)}`, () => `${r.int(1, 9)} ${r.digits(3)} zł`, () => `¥${r.int(1, 99)},${r.digits(3)}`, () => `₹${r.int(1, 99)},${r.digits(3)}`, () => `£${r.int(1, 500)}.${r.digits(2)}`, () => `${r.int(100, 999)} ${r.digits(3)} Kč`, () => `${r.int(10, 9999)} TL`, () => `₪${r.int(100, 9999)}`, () => `${r.int(1, 900)}.${r.digits(3)} Ft`])()),
  coordinates: (r) => { const la = (r.float() * 140 - 70).toFixed(r.pick([4, 5, 6])); const lo = (r.float() * 340 - 170).toFixed(r.pick([4, 5, 6])); return r.pick([`${la}, ${lo}`, `${la},${lo}`, `${Math.abs(la)}°${la < 0 ? 'S' : 'N'} ${Math.abs(lo)}°${lo < 0 ? 'W' : 'E'}`]); },
  isbn: isbn13,
  hex_color: (r) => (r.chance(0.8) ? `#${hx(r, 6)}` : `#${hx(r, 3)}`),
  invalid_card: (r) => invalidCard(r),
  invalid_iban: (r) => invalidIban(r),
  invalid_ssn: (r) => invalidSsn(r),
  invalid_nhs: (r) => invalidNhs(r),
  invalid_dea: (r) => invalidDea(r),
  vendor_test_card: (r) => fmtCard(r, r.pick(VENDOR_TEST_CARDS)),
  data_uri: (r) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${r.str(A.B64, r.int(40, 90))}`,
  k8s_resource_version: (r) => String(r.int(100000, 999999999)),
  request_id: (r) => r.pick([() => `req_${r.str(A.ALNUM, 24)}`, () => `${hx(r, 8)}-${hx(r, 4)}`, () => `rid-${r.str(A.LOALNUM, 16)}`, () => `Root=1-${hx(r, 8)}-${hx(r, 24)}`])(),
  trace_id: (r) => r.pick([() => hx(r, 32), () => `00-${hx(r, 32)}-${hx(r, 16)}-01`])(),
  ulid: (r) => '01' + r.str(CROCK, 24),
  crm_id: (r) => r.pick([() => `001${r.str(A.ALNUM, 15)}`, () => `CUST-${r.digits(6)}`, () => `C-${r.digits(8)}`, () => `LEAD-${r.int(1000, 99999)}`, () => `hs_${r.digits(10)}`])(),
  ticket_id: (r) => r.pick([() => `${r.pick(['OPS', 'INC', 'SUP', 'HR', 'SEC', 'IT'])}-${r.int(100, 99999)}`, () => `INC${r.digits(7)}`, () => `#${r.int(10000, 999999)}`])(),
  hostname: (r) => r.pick([() => `${r.pick(['db', 'api', 'cache', 'mq', 'web', 'batch'])}-${r.pick(['prod', 'stg', 'dev'])}-${p2(r.int(1, 20))}.${r.pick(['eu-west', 'us-east', 'fra1', 'waw'])}.internal.example`, () => `ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}`, () => `build-agent-${r.int(1, 40)}`, () => `${r.pick(['nas', 'printer', 'pihole', 'router'])}.home.test`, () => `${r.pick(['srv', 'node', 'k8s-worker'])}${r.int(1, 99)}.corp.test`])(),
  mac_address: (r) => Array.from({ length: 6 }, () => hx(r, 2)).join(r.pick([':', '-'])),
  flight_number: (r) => `${r.pick(['LH', 'LO', 'TK', 'BA', 'AF', 'QR', 'EK', 'JL', 'KE', 'ET', 'AI', 'OK', 'OU', 'A3', 'BT', 'AY'])}${r.chance(0.5) ? ' ' : ''}${r.int(10, 2999)}`,
  booking_reference: (r) => r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
  sku: (r) => r.pick([() => `SKU-${r.digits(2)}-${r.str(A.UP, 2)}-${r.digits(4)}`, () => `B0${r.str(A.UPALNUM, 8)}`, () => `${r.str(A.UP, 3)}${r.digits(5)}`])(),
  imei: imei,
  ean: ean13,
  container_id: (r) => hx(r, r.pick([12, 64])),
  vat_id: (r) => r.pick([() => `DE${r.digits(9)}`, () => `PL${r.digits(10)}`, () => `FR${r.digits(2)}${r.digits(9)}`, () => `CZ${r.digits(8)}`, () => `ATU${r.digits(8)}`, () => `GB${r.digits(9)}`])(),
  company_name: (r) => r.pick(COMPANIES),
  product_name: (r) => r.pick(PRODUCTS),
  brand_name: (r) => r.pick(BRANDS),
  name_like_word: (r) => r.pick(NAME_WORDS),
  place_like_word: (r) => r.pick(PLACE_WORDS),
};
export function look(r, what) {
  const g = LOOKS[what];
  if (!g) throw new Error('unknown lookalike ' + what);
  for (;;) { const v = g(r); if (v.trim() === v && v) return v; }
}
