// Look-alike generators: values that resemble secrets or PII but are neither.
import crypto from 'node:crypto';
import { L } from './doc.mjs';
import { ALNUM, B64 } from './prng.mjs';
import { ean13Digit, vinCheck, luhnDigit } from './checksums.mjs';
import { invalidCardDigits, invalidIbanRaw, groupIban, invalidSsn, invalidNhs, invalidDea, VENDOR_TEST_CARDS, formatCard } from './pii.mjs';
import { uuid } from './secrets.mjs';
import * as K from './keys.mjs';

const HEXU = '0123456789ABCDEF';
const gen = {
  git_sha: (r) => r.chance(0.7) ? r.hex(40) : r.hex(r.pick([7, 8, 10, 12])),
  uuid: (r) => r.chance(0.85) ? uuid(r) : uuid(r).toUpperCase(),
  digest: (r) => r.pick(['sha256:' + r.hex(64), 'sha256:' + r.hex(64), 'sha1:' + r.hex(40), 'sha512:' + r.hex(128).slice(0, 128)]),
  integrity: (r) => r.chance(0.7) ? 'sha512-' + r.bytes(64).toString('base64') : 'sha384-' + r.bytes(48).toString('base64'),
  hash: (r) => r.pick([r.hex(32), r.hex(40), r.hex(64), `$2b$12$${r.chars(ALNUM + './', 53)}`, `$argon2id$v=19$m=65536,t=3,p=4$${r.bytes(16).toString('base64').replace(/=+$/, '')}$${r.bytes(32).toString('base64').replace(/=+$/, '')}`, `$6$${r.chars(ALNUM, 16)}$${r.chars(ALNUM + './', 86)}`]),
  container_id: (r) => r.chance(0.5) ? r.hex(64) : r.hex(12),
  placeholder: (r) => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', '<redacted>', 'REPLACE_ME', '<password>', 'TODO-set-in-vault',
    'your-secret-here', '${PLACEHOLDER}'.replace('${PLACEHOLDER}', '<insert key>'), 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', '<paste-here>', 'dummy', 'not-a-real-secret', '•••••••', 'sk_live_...', 'xoxb-your-bot-token', 'hunter2'.replace('hunter2', '<db-password>')]),
  aws_example_key: (r) => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']),
  env_reference: (r) => { const v = r.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'REDIS_URL', 'AWS_SECRET_ACCESS_KEY', 'SMTP_PASS', 'GH_TOKEN', 'SENTRY_DSN', 'JWT_SECRET']);
    return r.pick([`\${${v}}`, `$${v}`, `\${{ secrets.${v} }}`, `{{ .Values.${v.toLowerCase()} }}`, `%${v}%`, `\${env:${v}}`, `{{ env "${v}" }}`, `\${${v}:-}`]); },
  order_number: (r) => r.pick([`ORD-${r.int(2019, 2025)}-${r.digits(6)}`, `#${r.digits(7)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `SO${r.digits(8)}`, `BST-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${r.digits(6)}`]),
  tracking_number: (r) => r.pick([`1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}`, `JJD${r.digits(18)}`, `${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}${r.digits(9)}${r.pick(['FI', 'DE', 'PL', 'CZ', 'GB', 'CN', 'JP'])}`, r.digits(12), `00${r.digits(18)}`]),
  version: (r) => r.pick([`${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 4)}.${r.int(0, 12)}.${r.int(0, 20)}-rc.${r.int(1, 5)}`, `${r.int(2019, 2025)}.${r.int(1, 12)}.${r.int(1, 9)}`, `^${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`, `~${r.int(0, 3)}.${r.int(1, 19)}`]),
  build_number: (r) => r.pick([`#${r.int(100, 99999)}`, `build-${r.int(1000, 9999)}`, `${r.int(2020, 2025)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}.${r.int(1, 40)}`, `b${r.digits(5)}`]),
  date: (r) => { const y = r.int(2015, 2026), m = r.int(1, 12), d = r.int(1, 28); const p = (x) => String(x).padStart(2, '0');
    return r.pick([`${y}-${p(m)}-${p(d)}`, `${p(d)}.${p(m)}.${y}`, `${d}.${m}.${y}`, `${p(m)}/${p(d)}/${y}`, `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`, `${y}/${p(m)}/${p(d)}`]); },
  timestamp: (r) => { const t = 1600000000 + r.int(0, 190000000); const iso = new Date(t * 1000).toISOString();
    return r.pick([String(t), String(t * 1000 + r.int(0, 999)), iso, iso.replace('.000Z', 'Z'), iso.replace('T', ' ').replace(/\.\d+Z$/, ''), iso.replace(/\.\d+Z$/, `.${r.digits(6)}+00:00`)]); },
  price: (r) => { const v = r.int(1, 4999), c = r.int(0, 99); const cs = String(c).padStart(2, '0');
    return r.pick([`€${v},${cs}`, `${v},${cs} €`, `$${v}.${cs}`, `£${v}.${cs}`, `${v} Kč`, `${v},${cs} zł`, `${v} Ft`, `₺${v},${cs}`, `¥${v * 10}`, `₹${v * 10}`, `${v} kr`, `${v},${cs} грн`, `${v} ₽`, `${v}.${cs} USD`, `CHF ${v}.${cs}`, `${v} ₾`, `${v} ֏`]); },
  coordinates: (r) => { const la = (r.float() * 140 - 60).toFixed(r.int(4, 6)), lo = (r.float() * 340 - 170).toFixed(r.int(4, 6));
    return r.pick([`${la}, ${lo}`, `${la},${lo}`, `${Math.abs(la)}°${la < 0 ? 'S' : 'N'} ${Math.abs(lo)}°${lo < 0 ? 'W' : 'E'}`]); },
  isbn: (r) => { const t = r.pick(['978', '979']) + r.digits(9); const d = t + ean13Digit(t); return r.chance(0.6) ? `${d.slice(0, 3)}-${d[3]}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d[12]}` : d; },
  ean_barcode: (r) => { const t = r.pick(['40', '64', '59', '86', '87', '50', '45', '73', '80', '46']) + r.digits(10); return t + ean13Digit(t); },
  hex_color: (r) => r.chance(0.8) ? '#' + r.hex(6) : '#' + r.HEX(3),
  invalid_card: (r) => formatCard(r, invalidCardDigits(r)),
  invalid_iban: (r) => { const s = invalidIbanRaw(r); return r.chance(0.5) ? groupIban(s) : s; },
  invalid_ssn: (r) => invalidSsn(r),
  invalid_nhs: (r) => invalidNhs(r),
  invalid_dea: (r) => invalidDea(r),
  vendor_test_card: (r) => { const c = r.pick(VENDOR_TEST_CARDS); return r.chance(0.5) ? c : formatCard(r, c, 'space'); },
  data_uri: (r) => r.pick([`data:image/png;base64,${r.bytes(r.int(30, 60)).toString('base64')}`, `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>').toString('base64')}`, `data:font/woff2;base64,${r.bytes(48).toString('base64')}`]),
  k8s_resource_version: (r) => String(r.int(100000, 99999999)),
  request_id: (r) => r.pick([uuid(r), `req_${r.chars(ALNUM, 24)}`, r.hex(32), `Root=1-${r.hex(8)}-${r.hex(24)}`, `${r.hex(16)}`, `00-${r.hex(32)}-${r.hex(16)}-01`]),
  crm_id: (r) => r.pick([`001${r.chars(ALNUM, 2)}00000${r.chars(ALNUM, 10)}`, `003${r.chars(ALNUM, 12)}`, `CUST-${r.digits(7)}`, `cus_${r.chars(ALNUM, 14)}`, `HS-${r.digits(9)}`, `KD${r.digits(8)}`]),
  hostname: (r) => r.pick([`db-${r.pick(['prod', 'stg', 'replica'])}-${r.int(1, 9)}.internal.example`, `ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}.corp.test`, `build-agent-${r.int(1, 30)}.ci.example`, `nas01.home.invalid`, `kafka-${r.int(0, 5)}.kafka-headless.prod.k8s.internal.example`, `mail.${r.pick(['stadtwerke', 'kanzlei', 'clinic'])}.example`, `printer-${r.int(2, 9)}f.office.test`]),
  invoice_number: (r) => r.pick([`INV-${r.int(2020, 2025)}-${r.digits(5)}`, `FV/${r.int(1, 999)}/${r.int(1, 12)}/${r.int(2021, 2025)}`, `RE-${r.digits(8)}`, `Lasku ${r.digits(6)}`.replace('Lasku ', 'LSK'), `F${r.int(2021, 2025)}-${r.digits(4)}`]),
  case_number: (r) => r.pick([`${r.int(1, 40)} O ${r.int(100, 999)}/${r.int(18, 25)}`, `II K ${r.int(10, 999)}/${r.int(19, 25)}`, `R ${r.int(1, 30)}/${r.int(2019, 2025)}`, `Az. ${r.int(1, 9)} Ds ${r.int(100, 9999)}/${r.int(20, 25)}`, `${r.int(2019, 2025)}-CR-${r.digits(6)}`, `№ ${r.int(1, 9)}-${r.int(100, 999)}/${r.int(2020, 2025)}`, `E.${r.int(2020, 2025)}/${r.int(100, 9999)}`]),
  ticket_id: (r) => r.pick([`${r.pick(['OPS', 'SUP', 'HELP', 'INC', 'PAY', 'CRM'])}-${r.int(10, 99999)}`, `#${r.int(1000, 999999)}`, `INC${r.digits(7)}`, `CS-${r.digits(6)}`]),
  mac_address: (r) => { const b = r.bytes(6); b[0] &= 0xfe; const s = [...b].map((x) => x.toString(16).padStart(2, '0')); return r.chance(0.6) ? s.join(':') : r.chance(0.5) ? s.join('-').toUpperCase() : `${s[0]}${s[1]}.${s[2]}${s[3]}.${s[4]}${s[5]}`; },
  imei: (r) => { const t = r.pick(['35', '86', '01', '99', '49']) + r.digits(12); return t + luhnDigit(t); },
  vin: (r) => { for (;;) { const c = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'; const v = r.pick(['WVW', 'WBA', 'VF1', 'TMB', 'ZFA', 'JHM', 'KMH', 'YV1', 'SAL', 'U5Y']) + r.chars(c, 5) + '0' + r.chars(c, 8); const chk = vinCheck(v); return v.slice(0, 8) + chk + v.slice(9); } },
  flight_number: (r) => r.pick(['AY', 'LH', 'LO', 'OK', 'TK', 'A3', 'BT', 'W6', 'FR', 'EK', 'QR', 'JL', 'KE', 'ET', 'EL', 'PS']) + ' ' + r.int(10, 2999),
  booking_reference: (r) => r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
  semver_range: (r) => r.pick([`>=${r.int(1, 9)}.${r.int(0, 9)}.0 <${r.int(10, 12)}.0.0`, `~> ${r.int(1, 7)}.${r.int(0, 9)}`, `^${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`]),
  file_checksum_crc: (r) => r.HEX(8),
  // public halves and certificates
  public_key: (r) => { const t = r.pick(['ssh-ed25519', 'ssh-ed25519', 'ssh-rsa', 'ecdsa', 'pk_live', 'pk_mapbox', 'pem-ed', 'pem-ec']);
    if (t === 'ssh-ed25519') return K.sshPublicLine('ed25519', K.edKey(r), r.chance(0.6) ? `${r.pick(['anna', 'deploy', 'ci', 'marek', 'yuki'])}@${r.pick(['laptop', 'build01', 'nas'])}` : '');
    if (t === 'ssh-rsa') return K.sshPublicLine('rsa', fakeRsaPub(r), '');
    if (t === 'ecdsa') return K.sshPublicLine('ecdsa', K.ecKey(r, 'p256'), '');
    if (t === 'pk_live') return 'pk_live_' + r.chars(ALNUM, 99);
    if (t === 'pk_mapbox') return 'pk.' + Buffer.from(JSON.stringify({ u: r.pick(['cartoteam', 'fieldops']), a: 'cl' + r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 23) })).toString('base64url') + '.' + r.chars(ALNUM + '_-', 22);
    if (t === 'pem-ed') return K.pem('PUBLIC KEY', K.edKey(r).spki);
    return K.pem('PUBLIC KEY', K.ecSpkiDer(K.ecKey(r, 'p256'))); },
  certificate: (r) => K.certificate(r, { cn: r.pick(['api.internal.example', 'grafana.ops.test', 'ldap.corp.example', 'vpn.office.test']), o: r.pick(['Nordwind Test CA', 'Lab Issuing CA', 'Kanzlei IT']), c: r.pick(['FI', 'DE', 'PL', 'CZ', 'GB']), issuerCn: r.pick(['Lab Root CA', 'Internal Issuing CA 2']), notBefore: `2${r.int(3, 5)}0${r.int(1, 9)}1${r.int(0, 9)}000000Z`, notAfter: `2${r.int(6, 9)}0${r.int(1, 9)}1${r.int(0, 9)}000000Z`, dns: ['svc.internal.example'] }),
};
// RSA public key of real size without the cost of prime search: n is a random odd
// number of the exact bit length (a look-alike needs the shape, not a factorisation)
function fakeRsaPub(r) { const bits = r.pick([2048, 3072]); const n = r.bigBits(bits) | (1n << BigInt(bits - 1)) | 1n; return { n, e: 65537n }; }

// Named look-alikes: words that read like people or places but are not.
export const NAMED = {
  company: ['Virtanen & Poika Oy', 'Kovács és Társa Kft.', 'Nowak Transport Sp. z o.o.', 'Müller Bau GmbH', 'Bergström Logistik AB', 'Papadopoulos Bros. Ltd', 'Yılmaz Tekstil A.Ş.',
    'Nordlicht Software GmbH', 'Helsingin Kahvipaahtimo Oy', 'Dvořák a syn s.r.o.', 'Sokolov Trade LLC', 'Lindenhof Immobilien KG', 'Bălan & Asociații SRL', 'Tamm ja Sepp OÜ',
    'Petrauskas ir partneriai UAB', 'Bērziņš Būve SIA', 'Horváth Stavby s.r.o.', 'Shevchenko Agro TOV', 'Jovanović Gradnja d.o.o.', 'Kaya İnşaat Ltd. Şti.', 'Georgiou Shipping S.A.',
    'Hoffmann & Krüger Steuerberatung', 'Sydney Street Bakery Ltd', 'Paris Baguette', 'Warsaw Data Labs', 'Oslo Fjord Seafood AS', 'Chicago Pneumatic', 'Boston Scientific-like Devices Ltd',
    'Tanaka Seisakusho K.K.', 'Kim & Park Trading Co.', 'Sharma Textiles Pvt Ltd', 'Cohen Levi Advocates', 'Al Noor Trading LLC', 'Tbilisi Wine Cellar LLC', 'Yerevan Brandy Export CJSC'],
  product: ['Volga 3110', 'Lada Niva', 'Škoda Octavia', 'Seat Ibiza', 'Hyundai Tucson', 'Kia Sorento', 'Nissan Murano', 'Dacia Logan', 'Seat Toledo', 'Renault Kadjar', 'Honda Jazz',
    'VW Tiguan', 'Opel Zafira', 'Chevrolet Malibu', 'Tornvik floor lamp', 'Malmsta shelf', 'Aurora X2 kettle', 'Nokia 3310', 'Fiat Panda', 'Ford Sierra', 'Jeep Cherokee', 'Ural Gear Up sidecar', 'Moskvich 412'],
  brand: ['Mercedes', 'Ferrari', 'Zara', 'Mango', 'Puma', 'Jaguar', 'Fazer', 'Marimekko', 'Arabia', 'Iittala', 'Żywiec', 'Tyskie', 'Budvar', 'Pilsner Urquell', 'Borjomi', 'Jermuk', 'Ararat',
    'Efes', 'Ülker', 'Sapporo', 'Tsingtao', 'Evian', 'Vittel', 'San Pellegrino', 'Volvic', 'Kirin', 'Asahi', 'Milka', 'Wedel', 'Haribo', 'Philips', 'Bosch', 'Amul', 'Tata', 'Nongshim', 'Corona', 'Peroni', 'Carlsberg'],
  team_name: ['Dynamo Kyiv', 'Spartak Moskva', 'Legia Warszawa', 'Sparta Praha', 'Ferencváros', 'HJK Helsinki', 'Galatasaray', 'Olympiacos', 'Crvena zvezda', 'Žalgiris Kaunas',
    'Hapoel Tel Aviv', 'Al Ahly', 'Persepolis', 'Kaizer Chiefs', 'Urawa Red Diamonds', 'Jeonbuk Hyundai Motors', 'Dinamo Tbilisi', 'FC Ararat-Armenia', 'Saint George SC', 'East Bengal',
    'Mohun Bagan', 'Levadia Tallinn', 'Riga FC', 'Slovan Bratislava', 'Red Star Belgrade', 'TJ Sokol Dolní Lhota', 'SV Blau-Weiß Lindenau', 'KS Wisła Płock', 'FC Vaajakoski', 'Ilves Tampere'],
  dish: ['Wiener Schnitzel', 'Frankfurter Kranz', 'Sachertorte', 'Linzer Torte', 'Königsberger Klopse', 'Schwarzwälder Kirschtorte', 'karjalanpiirakka', 'Dobos torta', 'Esterházy torta',
    'salade niçoise', 'Pavlova', 'Caesar salad', 'eggs Benedict', 'beef Wellington', 'Bakewell tart', 'Eccles cake', 'Yorkshire pudding', 'Welsh rarebit', 'Peking duck', 'Hainanese chicken rice',
    'Singapore noodles', 'pad thai', 'spaghetti bolognese', 'tiramisù', 'salat Olivier', 'chicken Kiev', 'beef Stroganoff', 'Adana kebap', 'İskender kebap', 'imam bayıldı', 'khachapuri Adjaruli',
    'Hyderabadi biryani', 'Mysore pak', 'cepelinai', 'pierogi ruskie', 'bryndzové halušky', 'melanzane alla parmigiana', 'Jaffa cakes', 'Brussels sprouts', 'Boston cream pie'],
};

export function LK(r, what) {
  if (NAMED[what]) return L(r.pick(NAMED[what]), what);
  const g = gen[what]; if (!g) throw new Error('no look-alike ' + what);
  return L(g(r), what);
}
export const LOOK_KINDS = [...Object.keys(gen), ...Object.keys(NAMED), 'ordinary_word'];
export const LW = (word) => L(word, 'ordinary_word');
export { gen as LOOK_GEN };
