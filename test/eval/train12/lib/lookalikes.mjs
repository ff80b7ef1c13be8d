// Look-alikes: values that resemble secrets or PII but must pass through unchanged.
import { B64, B62, UPPER, DIG, luhnDigit } from './core.mjs';
import { badCard, badIban, badSsn } from './pii.mjs';

const uuid = (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
function isbn(r) { const d = r.pick(['978', '979']) + r.digits(9); let t = 0; for (let i = 0; i < 12; i++) t += +d[i] * (i % 2 ? 3 : 1); const c = (10 - (t % 10)) % 10; const x = d + c; return `${x.slice(0, 3)}-${x.slice(3, 4)}-${x.slice(4, 8)}-${x.slice(8, 12)}-${x[12]}`; }
const TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000056655665556', '5200828282828210', '3566002020360505'];
const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '<redacted>', '********', 'your_api_key_here', 'TODO', 'dummy', '<PASSWORD>', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AKIA****************', 'insert-secret-here', '{{ vault_password }}', '•••••••', 'n/a', '[hidden]', 'sk_live_...', 'hunter2-not-real'];
export const GEN = {
  git_sha: (r) => r.chance(0.5) ? r.hex(40) : r.hex(7),
  uuid,
  digest: (r) => `sha256:${r.hex(64)}`,
  integrity: (r) => `sha512-${r.str(B64, 86)}==`,
  hash: (r) => r.pick([() => r.hex(32), () => r.hex(40), () => r.hex(64)])(),
  certificate: (r) => `-----BEGIN CERTIFICATE-----\n${Array.from({ length: 6 }, () => r.str(B64, 64)).join('\n')}\n${r.str(B64, 20)}==\n-----END CERTIFICATE-----`,
  public_key: (r) => r.pick([() => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(B64, 43)} ${r.pick(['ops', 'deploy', 'laptop'])}@${r.pick(['ws-12', 'build-3'])}`, () => `pk_live_51${r.str(B62, 97)}`, () => `pk.eyJ1Ijoi${r.str(B62, 40)}.${r.str(B62, 22)}`, () => `age1${r.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`])(),
  placeholder: (r) => r.pick(PLACEHOLDERS),
  aws_example_key: (r) => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']),
  env_reference: (r) => r.pick([`\${${r.pick(['DB_PASS', 'API_TOKEN', 'STRIPE_KEY', 'SECRET'])}}`, `\${{ secrets.${r.pick(['DEPLOY_KEY', 'NPM_TOKEN', 'PROD_DB_URL'])} }}`, `$${r.pick(['GITHUB_TOKEN', 'HF_TOKEN'])}`, `%${r.pick(['APPDATA', 'API_KEY'])}%`, `{{ .Values.${r.pick(['db.password', 'apiKey'])} }}`, `env("${r.pick(['SECRET_KEY', 'TOKEN'])}")`]),
  order_number: (r) => r.pick([`ORD-${r.digits(8)}`, `#${r.int(100000, 999999)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `SO${r.digits(10)}`]),
  tracking_number: (r) => r.pick([`1Z${r.str(UPPER + DIG, 16)}`, `${r.digits(12)}`, `JD${r.digits(18)}`, `RR${r.digits(9)}DE`]),
  version: (r) => r.pick([`${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, `v${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 4)}`, `${r.int(2019, 2026)}.${r.int(1, 12)}.${r.int(0, 9)}`]),
  build_number: (r) => r.pick([`#${r.int(1000, 99999)}`, `build-${r.int(100, 9999)}`, `${r.int(20240101, 20261231)}.${r.int(1, 20)}`]),
  date: (r) => r.pick([`${r.int(2019, 2026)}-${r.pad(r.int(1, 12), 2)}-${r.pad(r.int(1, 28), 2)}`, `${r.pad(r.int(1, 28), 2)}.${r.pad(r.int(1, 12), 2)}.${r.int(2019, 2026)}`, `${r.int(1, 12)}/${r.int(1, 28)}/${r.int(2019, 2026)}`]),
  timestamp: (r) => r.pick([() => `${r.int(2024, 2026)}-${r.pad(r.int(1, 12), 2)}-${r.pad(r.int(1, 28), 2)}T${r.pad(r.int(0, 23), 2)}:${r.pad(r.int(0, 59), 2)}:${r.pad(r.int(0, 59), 2)}Z`, () => String(r.int(1700000000, 1790000000)), () => String(r.int(1700000000, 1790000000)) + r.digits(3)])(),
  price: (r) => r.pick([`$${r.int(1, 9999)}.${r.digits(2)}`, `${r.int(1, 999)},${r.digits(2)} €`, `£${r.int(1, 999)}.${r.digits(2)}`, `¥${r.int(100, 99999)}`, `R$ ${r.int(10, 999)},${r.digits(2)}`]),
  coordinates: (r) => `${(r.f() * 140 - 70).toFixed(6)}, ${(r.f() * 340 - 170).toFixed(6)}`,
  isbn,
  hex_color: (r) => '#' + r.hex(6),
  invalid_card: badCard,
  invalid_iban: badIban,
  invalid_ssn: badSsn,
  vendor_test_card: (r) => r.pick(TEST_CARDS),
  data_uri: (r) => `data:image/png;base64,iVBORw0KGgo${r.str(B64, 60)}=`,
  k8s_resource_version: (r) => String(r.int(100000, 99999999)),
  request_id: (r) => r.pick([`req_${r.str(B62, 24)}`, uuid(r), `${r.hex(16)}`, `Root=1-${r.hex(8)}-${r.hex(24)}`]),
  crm_id: (r) => r.pick([`003${r.str(B62, 15)}`, `CUST-${r.digits(7)}`, `lead_${r.digits(9)}`, `HS-${r.digits(10)}`]),
  hostname: (r) => `${r.pick(['api', 'db-primary', 'cache', 'worker', 'ingest', 'edge'])}-${r.int(1, 40)}.${r.pick(['eu-west', 'us-east', 'ap-south'])}.${r.pick(['corp.example', 'svc.test', 'internal.invalid'])}`,
  // own kinds
  mac_address: (r) => Array.from({ length: 6 }, () => r.hex(2)).join(r.pick([':', '-'])).toUpperCase(),
  trace_id: (r) => `00-${r.hex(32)}-${r.hex(16)}-01`,
  container_id: (r) => r.hex(64),
  sku: (r) => `${r.str(UPPER, 3)}-${r.digits(4)}-${r.str(UPPER, 2)}`,
  invoice_number: (r) => `INV-${r.int(2023, 2026)}-${r.digits(6)}`,
  ulid: (r) => '01' + r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24),
  serial_number: (r) => `SN${r.str(UPPER + DIG, 12)}`,
  semver_range: (r) => `^${r.int(0, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`,
  locale_code: (r) => r.pick(['en-US', 'de-DE', 'pt-BR', 'ja-JP', 'zh-Hans-CN']),
  public_ip_doc: (r) => r.pick([`192.0.2.${r.int(1, 254)}`, `198.51.100.${r.int(1, 254)}`, `203.0.113.${r.int(1, 254)}`]),
  base64_payload: (r) => Buffer.from(JSON.stringify({ page: r.int(1, 40), size: r.pick([25, 50, 100]) })).toString('base64'),
  luhn_valid_imei: (r) => { const d = '35' + r.digits(12); return d + luhnDigit(d); },
  postal_code: (r) => r.pick([r.digits(5), `${r.str(UPPER, 2)}${r.int(1, 20)} ${r.int(1, 9)}${r.str(UPPER, 2)}`]),
  hash_password_bcrypt: (r) => `$2b$12$${r.str('./' + B62, 53)}`,
  nonce_public: (r) => `nonce-${r.str(B64, 22)}`,
};
export const WHATS = Object.keys(GEN);
export const lk = (r, w) => ({ w, v: GEN[w](r) });
export function makeLkCycler(r, exclude = ['certificate']) {
  let order = [], i = 0; const pool = WHATS.filter((w) => !exclude.includes(w));
  return () => { if (i >= order.length) { order = r.shuffle(pool); i = 0; } return lk(r, order[i++]); };
}
