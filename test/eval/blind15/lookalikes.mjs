// blind15 look-alikes: values that resemble secrets/PII but must pass unchanged.
import { A, L, luhnCheckDigit, luhnValid, ibanValid } from './lib.mjs';
import { cardDigits, fmtCard, ibanRaw, ssnRaw } from './pii.mjs';
import { uuid } from './secrets.mjs';

const hex = (r, n) => r.str(A.HEX, n);
export const LOOK = {
  git_sha: (r) => hex(r, 40), short_sha: (r) => hex(r, r.int(7, 12)), uuid: (r) => uuid(r),
  digest: (r) => 'sha256:' + hex(r, 64), integrity: (r) => 'sha512-' + r.str(A.B64, 86) + '==',
  hash: (r) => r.pick([() => hex(r, 32), () => hex(r, 40), () => '$2b$12$' + r.str(A.B64.replace('+', '.'), 53)])(),
  public_key: (r) => r.pick([() => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + r.str(A.B64, 43), () => 'pk_live_' + r.str(A.B62, 99), () => 'pk.eyJ1Ijoi' + r.str(A.B62, 40) + '.' + r.str(A.B62 + '-_', 22), () => 'age1' + r.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)])(),
  placeholder: (r) => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '<password>', '********', 'TODO-set-in-vault', 'your_api_key_here', 'dummy', '{{ api_key }}', '<redacted>', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'null']),
  aws_example_key: (r) => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']),
  env_reference: (r) => r.pick([() => '${' + r.pick(['DB_PASS', 'API_TOKEN', 'VAULT_ADDR', 'SECRET_KEY']) + '}', () => '${{ secrets.' + r.pick(['DEPLOY_KEY', 'NPM_TOKEN', 'SLACK_HOOK']) + ' }}', () => '$' + r.pick(['PGPASSWORD', 'TOKEN', 'HOME']), () => '%' + r.pick(['APPDATA', 'API_KEY']) + '%', () => 'os.environ["' + r.pick(['STRIPE_KEY', 'DB_URL']) + '"]', () => 'vault:secret/data/' + r.pick(['app', 'ci']) + '#' + r.pick(['password', 'token'])])(),
  order_number: (r) => r.pick([() => 'ORD-' + r.digits(8), () => '#' + r.digits(6), () => 'PO-' + r.int(2023, 2026) + '-' + r.digits(5), () => r.str(A.UP, 3) + r.digits(9)])(),
  tracking_number: (r) => r.pick([() => '1Z' + r.str(A.ALNU, 16), () => r.digits(12), () => r.str(A.UP, 2) + r.digits(9) + r.pick(['DE', 'GB', 'FR', 'JP'])])(),
  invoice_number: (r) => 'INV-' + r.int(2024, 2026) + '-' + r.digits(r.int(4, 6)),
  version: (r) => r.pick([`${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 99)}`, `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, `${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}+build.${r.digits(4)}`]),
  build_number: (r) => r.pick(['#' + r.int(1000, 99999), 'build-' + r.digits(6), r.int(2024, 2026) + r.digits(4) + '.' + r.int(1, 9)]),
  date: (r) => r.pick([`${r.int(2019, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, `${r.int(1, 28)}/${r.int(1, 12)}/${r.int(2019, 2026)}`, `${r.int(1, 28)} ${r.pick(['Jan', 'Mar', 'Jun', 'Okt', 'déc.'])} ${r.int(2020, 2026)}`]),
  timestamp: (r) => r.pick([() => `${r.int(2024, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`, () => String(r.int(1700000000, 1790000000)), () => String(r.int(1700000000, 1790000000)) + r.digits(3)])(),
  price: (r) => r.pick([`$${r.int(1, 9999)}.${r.digits(2)}`, `€${r.int(1, 999)},${r.digits(2)}`, `${r.int(1, 99999)}.${r.digits(2)} USD`, `£${r.int(1, 999)}`, `¥${r.int(100, 99999)}`]),
  coordinates: (r) => `${(r.f() * 160 - 80).toFixed(5)}, ${(r.f() * 340 - 170).toFixed(5)}`,
  isbn: (r) => { const b = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return b + ((10 - s % 10) % 10); },
  hex_color: (r) => '#' + r.str(A.HEX, r.pick([3, 6])),
  invalid_card: (r) => { const n = cardDigits(r); const bad = n.slice(0, -1) + ((+n.slice(-1) + r.int(1, 9)) % 10); return fmtCard(r, bad); },
  invalid_iban: (r) => { const s = ibanRaw(r); for (;;) { const t = s.slice(0, 2) + r.digits(2) + s.slice(4); if (!ibanValid(t)) return t; } },
  invalid_ssn: (r) => { const [a, g, s] = ssnRaw(r); return r.pick([`000-${g}-${s}`, `666-${g}-${s}`, `9${r.digits(2)}-${r.pick(['01', '12', '45', '89', '93'])}-${s}`, `${a}-00-${s}`, `${a}-${g}-0000`]); },
  vendor_test_card: (r) => r.pick(['4242 4242 4242 4242', '4111111111111111', '5555555555554444', '4000 0566 5566 5556', '378282246310005', '6011111111111117', '3566002020360505', '2223003122003222']),
  data_uri: (r) => 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA' + r.str(A.B64, r.int(40, 90)) + '=',
  k8s_resource_version: (r) => r.digits(r.int(6, 9)), request_id: (r) => r.pick(['req_' + r.str(A.B62, 24), 'X-Request-Id-' + hex(r, 16), hex(r, 8) + '-' + hex(r, 4) + '-' + hex(r, 4), 'rid:' + r.digits(12)]),
  crm_id: (r) => r.pick(['003' + r.str(A.B62, 15), 'CUST-' + r.digits(7), 'lead_' + r.digits(9), 'HS-' + r.digits(8)]),
  hostname: (r) => `${r.pick(['api', 'edge', 'db-replica', 'cache', 'auth', 'ingest'])}-${r.int(1, 40)}.${r.pick(['eu-west', 'us-east', 'ap-south'])}.${r.pick(['corp.example', 'svc.test', 'internal.invalid'])}`,
  mac_address: (r) => Array.from({ length: 6 }, () => r.str(A.HEX, 2)).join(r.pick([':', '-'])),
  ulid: (r) => '01' + r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24), trace_id: (r) => '00-' + hex(r, 32) + '-' + hex(r, 16) + '-01',
  container_id: (r) => hex(r, 64).slice(0, r.pick([12, 64])), masked_card: (r) => r.pick(['**** **** **** ', 'XXXX-XXXX-XXXX-', '•••• ']) + r.digits(4),
  masked_ssn: (r) => 'XXX-XX-' + r.digits(4), cron_expression: (r) => `${r.int(0, 59)} ${r.int(0, 23)} * * ${r.pick(['*', '1-5', '0'])}`,
  semver_range: (r) => r.pick(['^', '~', '>=']) + `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`, ean13: (r) => { const b = r.pick(['40', '50', '76', '87']) + r.digits(10); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return b + ((10 - s % 10) % 10); },
  certificate: (r) => ['-----BEGIN CERTIFICATE-----', ...('MIID' + r.str(A.B64, r.int(400, 700))).match(/.{1,64}/g), '-----END CERTIFICATE-----'].join('\n'),
  ticket_ref: (r) => r.pick(['JIRA-', 'OPS-', 'SUP-', 'INC']) + r.digits(r.int(3, 6)), iso_duration: (r) => `PT${r.int(1, 48)}H${r.int(0, 59)}M`,
  file_checksum_crc: (r) => '0x' + r.str(A.HEXU, 8), semantic_otp_example: (r) => r.pick(['123456', '000000']),
};
export const LOOK_NAMES = Object.keys(LOOK).filter(k => k !== 'certificate' && k !== 'semantic_otp_example');
export const look = (r, what) => L(what, LOOK[what](r));
export { luhnValid, ibanValid, luhnCheckDigit };
