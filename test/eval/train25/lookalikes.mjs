// Look-alikes: values that resemble secrets or PII and must come through unchanged.
import { L } from './doc.mjs';
import { luhnComplete, luhnValid, ibanFromBban, IBAN_SPEC, mod97, nhsCheck, cardNetwork } from './checksums.mjs';
import * as K from './keys.mjs';
import { LANGS, COMPANIES, PRODUCTS, JOB_TITLES } from './lang.mjs';

const uuid = (r) => { const h = r.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`; };
const pad = (n, w = 2) => String(n).padStart(w, '0');

export const VENDOR_TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '3566002020360505',
  '5105105105105100', '4000056655665556', '2223003122003222', '30569309025904', '4012888888881881', '371449635398431', '6011000990139424', '5200828282828210'];
export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];

export function isoTs(r, ms = r.chance(0.5)) {
  const y = r.int(2022, 2025), m = r.int(1, 12), d = r.int(1, 28);
  return `${y}-${pad(m)}-${pad(d)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}${ms ? '.' + pad(r.int(0, 999), 3) : ''}${r.pick(['Z', 'Z', '+00:00', '+02:00', '-05:00'])}`;
}
export function ymd(r) { return [r.int(2021, 2025), r.int(1, 12), r.int(1, 28)]; }

function invalidCard(r) {
  for (;;) {
    const pre = r.pick(['4', '51', '52', '37', '6011']);
    const len = pre === '37' ? 15 : 16;
    const good = luhnComplete(pre + r.digits(len - pre.length - 1));
    const bad = good.slice(0, -1) + ((+good.slice(-1) + r.int(1, 9)) % 10);
    if (!luhnValid(bad)) return bad;
  }
}
function invalidIban(r) {
  const cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'PL', 'AT', 'BE']);
  const spec = IBAN_SPEC[cc][1];
  let bban = '';
  for (const m of spec.matchAll(/(\d+)([anc])/g)) bban += m[2] === 'n' ? r.digits(+m[1]) : m[2] === 'a' ? r.upper(+m[1]) : r.uppernum(+m[1]);
  const good = ibanFromBban(cc, bban);
  let chk = +good.slice(2, 4);
  let bad; do { bad = cc + pad((chk + r.int(1, 50)) % 97 + 2) + bban; } while (bad === good);
  return r.chance(0.5) ? bad.match(/.{1,4}/g).join(' ') : bad;
}
function invalidSsn(r) {
  const k = r.int(0, 4);
  const a = k === 0 ? '000' : k === 1 ? '666' : k === 2 ? String(r.int(900, 999)) : pad(r.int(1, 665), 3);
  const g = k === 3 ? '00' : pad(r.int(1, 99));
  const s = k === 4 ? '0000' : pad(r.int(1, 9999), 4);
  return `${a}-${g}-${s}`;
}
function invalidNhs(r) {
  for (;;) {
    const nine = `${r.pick(['4', '6', '9'])}${r.digits(8)}`;
    const c = nhsCheck(nine);
    const bad = c === 10 ? r.int(0, 9) : (c + r.int(1, 9)) % 10;
    const d = nine + bad;
    return r.chance(0.5) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d;
  }
}
function isbn13(r) {
  const b = `978${r.int(0, 1)}${r.digits(8)}`;
  const s = [...b].reduce((a, c, i) => a + +c * (i % 2 ? 3 : 1), 0);
  const d = b + ((10 - (s % 10)) % 10);
  return r.chance(0.5) ? d : `${d.slice(0, 3)}-${d[3]}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d[12]}`;
}
const langOf = (x) => LANGS[x] || LANGS.en;

export const LOOK = {
  git_sha: (r) => (r.chance(0.7) ? r.hex(40) : r.hex(r.pick([7, 8, 10, 12]))),
  uuid: (r) => (r.chance(0.85) ? uuid(r) : uuid(r).toUpperCase()),
  digest: (r) => `sha256:${r.hex(64)}`,
  integrity: (r) => `${r.pick(['sha512', 'sha384', 'sha256'])}-${r.b64(r.pick([64, 48, 32]))}`,
  hash: (r) => r.hex(r.pick([32, 40, 64])),
  certificate: (r) => K.x509Cert(r, { cn: r.pick(['api.corp.example', 'mail.shop.test', 'vpn.internal.example', 'ingest.logs.example']), org: r.pick(['Corp', 'Shopfloor', 'Kiwi Labs']), country: r.pick(['DE', 'GB', 'US', 'NL']), notBefore: `24${pad(r.int(1, 12))}01000000Z`, notAfter: `26${pad(r.int(1, 12))}01000000Z` }),
  public_key: (r, only) => {
    const k = only === 'ssh' ? r.pick([0, 4]) : r.int(0, 4);
    if (k === 0) return `ssh-ed25519 ${K.sshEdPublicBlob(K.edKey(r)).toString('base64')}`;
    if (k === 1) return K.pem('PUBLIC KEY', K.ecSpkiDer(K.ecKey(r)));
    if (k === 2) return `pk_live_51${r.alnum(97)}`;
    if (k === 3) return `pk.${Buffer.from(JSON.stringify({ u: r.pick(['fleetmaps', 'dispatch-ops']), a: r.lowernum(25) })).toString('base64url')}.${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22)}`;
    return `ecdsa-sha2-nistp256 ${Buffer.concat([Buffer.from([0, 0, 0, 19]), Buffer.from('ecdsa-sha2-nistp256'), Buffer.from([0, 0, 0, 8]), Buffer.from('nistp256'), Buffer.from([0, 0, 0, 65]), K.ecKey(r).pub]).toString('base64')}`;
  },
  placeholder: (r) => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '********', '<redacted>', 'your-api-key-here', 'TODO', '${PLACEHOLDER}', 'dummy', '••••••••', 'n/a', '<password>', 'insert-key', '[REDACTED]']),
  aws_example_key: (r) => r.pick(AWS_EXAMPLES),
  env_reference: (r) => r.pick([`\${${r.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'SMTP_PASS'])}}`, `\${{ secrets.${r.pick(['DEPLOY_KEY', 'NPM_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'SLACK_WEBHOOK'])} }}`, `$${r.pick(['HOME', 'TOKEN', 'PGPASSWORD'])}`, `%${r.pick(['APPDATA', 'API_KEY'])}%`, `{{ .Values.${r.pick(['db.password', 'apiKey'])} }}`, `\${env:${r.pick(['DB_PASS', 'OPENAI_API_KEY'])}}`, `vault:secret/data/${r.pick(['app', 'billing'])}#${r.pick(['password', 'token'])}`]),
  order_number: (r) => r.pick([`ORD-${r.int(2021, 2025)}-${r.digits(6)}`, `#${r.int(100000, 9999999)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `SO${r.digits(8)}`, `BE-${r.digits(5)}`]),
  tracking_number: (r) => r.pick([`1Z${r.uppernum(6)}${r.digits(10)}`, `JJD${r.digits(18)}`, `9400${r.digits(18)}`, `${r.upper(2)}${r.digits(9)}${r.pick(['DE', 'GB', 'CN', 'NL', 'FR'])}`, `${r.digits(12)}`]),
  invoice_number: (r) => r.pick([`INV-${r.int(2021, 2025)}-${r.digits(5)}`, `RE${r.digits(8)}`, `F${r.int(2021, 2025)}/${r.digits(4)}`, `FAC-${r.digits(6)}`]),
  version: (r) => r.pick([`${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 99)}`, `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, `${r.int(2019, 2025)}.${r.int(1, 12)}.${r.int(0, 4)}`]),
  build_number: (r) => r.pick([`#${r.int(100, 99999)}`, `build-${r.int(1000, 99999)}`, `${r.int(2021, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}.${r.int(1, 9)}`]),
  date: (r, lang = 'en') => { const [y, m, d] = ymd(r); const Lg = langOf(lang); return Lg.date(r, y, m, d, Lg); },
  timestamp: (r) => r.pick([isoTs(r), String(r.int(1640000000, 1760000000)), String(r.int(1640000000, 1760000000)) + r.digits(3), `${r.int(2022, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`]),
  price: (r) => r.pick([`€${r.int(1, 2999)},${pad(r.int(0, 99))}`, `$${r.int(1, 9999)}.${pad(r.int(0, 99))}`, `${r.int(1, 999)},${pad(r.int(0, 99))} €`, `£${r.int(1, 999)}.${pad(r.int(0, 99))}`, `¥${r.int(100, 99999).toLocaleString('en-US')}`, `R$ ${r.int(1, 999)},${pad(r.int(0, 99))}`, `${r.int(1, 9999)}.${pad(r.int(0, 99))} CHF`, `₹${r.int(100, 99999)}`]),
  coordinates: (r) => r.pick([`${(r.float() * 140 - 70).toFixed(6)}, ${(r.float() * 360 - 180).toFixed(6)}`, `${r.int(0, 89)}°${r.int(0, 59)}′${r.int(0, 59)}″${r.pick(['N', 'S'])} ${r.int(0, 179)}°${r.int(0, 59)}′${r.int(0, 59)}″${r.pick(['E', 'W'])}`]),
  isbn: (r) => isbn13(r),
  hex_color: (r) => `#${r.chance(0.7) ? r.hex(6) : r.HEX(6)}`,
  invalid_card: (r) => { const c = invalidCard(r); return r.chance(0.5) ? c.match(/.{1,4}/g).join(' ') : c; },
  invalid_iban: (r) => invalidIban(r),
  invalid_ssn: (r) => invalidSsn(r),
  invalid_nhs: (r) => invalidNhs(r),
  vendor_test_card: (r) => { const c = r.pick(VENDOR_TEST_CARDS); return r.chance(0.4) && c.length === 16 ? c.match(/.{4}/g).join(' ') : c; },
  data_uri: (r) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', r.int(40, 90))}=`,
  k8s_resource_version: (r) => String(r.int(100000, 99999999)),
  request_id: (r) => r.pick([uuid(r), `req_${r.alnum(24)}`, `${r.hex(16)}`, `Root=1-${r.hex(8)}-${r.hex(24)}`, `01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`]),
  crm_id: (r) => r.pick([`0015g${r.digits(5)}${r.alnum(5)}AA${r.upper(1)}`, `003${r.alnum(12)}`, `CUS-${r.digits(7)}`, `hs_${r.digits(10)}`, `cus_${r.alnum(14)}`, `KD-${r.digits(6)}`]),
  hostname: (r) => r.pick([`db-${r.pick(['primary', 'replica', 'analytics'])}-${r.int(1, 9)}.internal.example`, `ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}.ec2.internal.example`, `${r.pick(['web', 'api', 'worker', 'cache'])}-${r.lower(5)}-${r.lowernum(5)}`, `${r.pick(['mail', 'vpn', 'git', 'ci'])}.${r.pick(['corp', 'shop', 'clinic'])}.example`]),
  mac_address: (r) => [...Array(6)].map(() => r.hex(2)).join(r.chance(0.7) ? ':' : '-'),
  container_id: (r) => r.hex(64),
  trace_id: (r) => r.pick([r.hex(32), `00-${r.hex(32)}-${r.hex(16)}-01`]),
  fingerprint: (r) => r.pick([`SHA256:${r.b64(32).replace(/=+$/, '')}`, [...Array(16)].map(() => r.hex(2)).join(':')]),
  key_id: (r) => r.hex(40),
  client_id: (r) => r.pick([`${r.digits(12)}-${r.lowernum(32)}.apps.googleusercontent.example`, r.digits(21), uuid(r), `${r.alnum(20)}`]),
  masked_card: (r) => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `${r.digits(6)}******${r.digits(4)}`, `•••• ${r.digits(4)}`]),
  company_name: (r) => r.pick(COMPANIES),
  product_name: (r) => r.pick(PRODUCTS),
  job_title: (r, lang = 'en') => r.pick(JOB_TITLES[lang] || JOB_TITLES.en),
  month_name: (r, lang = 'en') => r.pick(langOf(lang).mo),
  weekday_name: (r, lang = 'en') => r.pick(langOf(lang).wd),
  capitalised_word: (r, lang = 'en') => r.pick((LANGS[lang] && LANGS[lang].caps) || LANGS.en.caps),
  phone_like_number: (r) => r.pick([`${r.pick(['030', '0151', '0800', '089'])}-${r.digits(7)}-${r.digits(2)}`, `${r.digits(3)} ${r.digits(3)} ${r.digits(4)} ${r.digits(2)}`, `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`, `+${r.digits(2)}-${r.digits(4)}-${r.digits(6)}`, `(${r.digits(3)}) ${r.digits(3)}-${r.digits(4)}-${r.digits(3)}`, `1ESY${r.digits(10)}`]),
  booking_reference: (r) => r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
  flight_number: (r) => `${r.pick(['LH', 'BA', 'AF', 'IB', 'KL', 'TK', 'JL', 'NH', 'QF', 'EK', 'LO', 'SK'])}${r.int(10, 2999)}`,
  ticket_key: (r) => `${r.pick(['OPS', 'CRM', 'HR', 'FIN', 'SUP', 'PLAT'])}-${r.int(10, 9999)}`,
  bic: (r) => `${r.upper(4)}${r.pick(['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'PL', 'AT'])}${r.uppernum(2)}${r.chance(0.5) ? r.uppernum(3) : ''}`,
  vat_id: (r) => r.pick([`DE${r.digits(9)}`, `FR${r.digits(2)}${r.digits(9)}`, `NL${r.digits(9)}B${r.digits(2)}`, `ATU${r.digits(8)}`, `GB${r.digits(9)}`, `ESB${r.digits(8)}`]),
  cloud_account_id: (r) => r.digits(12),
  arn: (r) => r.pick([`arn:aws:iam::${r.digits(12)}:role/${r.pick(['deploy', 'ci-runner', 'backup'])}`, `arn:aws:iam::${r.digits(12)}:user/ci-bot`, `arn:aws:lambda:eu-west-1:${r.digits(12)}:function:resize`, `arn:aws:sqs:us-east-1:${r.digits(12)}:orders`, `arn:aws:s3:::${r.pick(['invoices', 'exports', 'backups'])}-${r.lowernum(6)}`]),
  sku: (r) => `${r.upper(3)}-${r.digits(4)}-${r.uppernum(2)}`,
  serial_number: (r) => `${r.upper(2)}${r.digits(2)}${r.uppernum(8)}`,
  record_id: (r) => String(r.int(10000, 99999999)),
  invalid_dea: (r) => { const s = r.digits(6); const d = [...s].map(Number); const ck = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10; return `${r.pick(['A', 'B', 'F', 'M'])}${r.upper(1)}${s}${(ck + r.int(1, 9)) % 10}`; },
  cron_expression: (r) => r.pick(['0 3 * * *', '*/15 * * * *', '30 2 * * 1-5', '0 0 1 * *']),
};
export const LOOK_KINDS = Object.keys(LOOK);
export const look = (r, what, ...args) => L(what, LOOK[what](r, ...args));
export { uuid };
