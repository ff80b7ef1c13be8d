// Look-alikes: values that must come through unchanged. Each carries `what`.
import { HEX, DIG, ALNUM, UPPER, UPALNUM, B62, LOWALNUM, luhnOk, luhnDigit, ibanOk, IBAN_LEN, nhsCheck, deaDigit, base62, crc32, b58encode, sha256 } from './lib.mjs';
import { uuid, jwt } from './secrets.mjs';

const L = (v, w) => ({ v, w });
function badLuhn(r, pfx, len) { let d = pfx + r.digits(len - pfx.length - 1); const good = luhnDigit(d); let c; do c = String(r.int(0, 9)); while (c === good); return d + c; }
function badIban(r) { const cc = r.pick(['DE', 'FR', 'ES', 'NL', 'GB', 'IT']); const n = IBAN_LEN[cc]; let s; do { s = cc + r.digits(2) + (cc === 'NL' || cc === 'GB' ? r.chars(UPPER, 4) + r.digits(n - 8) : r.digits(n - 4)); } while (ibanOk(s)); return r.chance(0.5) ? s.match(/.{1,4}/g).join(' ') : s; }
function badSsn(r) { return r.pick([() => `000-${r.int(10, 99)}-${r.digits(4).replace(/^0/, '1')}`, () => `666-${r.int(10, 99)}-${r.int(1000, 9999)}`, () => `${r.int(900, 999)}-${r.int(10, 40)}-${r.int(1000, 9999)}`, () => `${r.int(100, 600)}-00-${r.int(1000, 9999)}`, () => `${r.int(100, 600)}-${r.int(10, 99)}-0000`])(); }
function badNhs(r) { let n; do n = String(r.int(4, 6)) + r.digits(8); while (nhsCheck(n) === 10); const c = nhsCheck(n); return n + ((c + r.int(1, 9)) % 10); }
function badDea(r) { const six = r.digits(6); const g = +deaDigit(six); return r.pick('ABFM'.split('')) + r.pick(UPPER) + six + ((g + r.int(1, 9)) % 10); }
function badGh(r) { const body = r.chars(B62, 30); let cs; do cs = r.chars(B62, 6); while (cs === base62(crc32(body), 6)); return 'ghp_' + body + cs; }
function certificate(r) { const b = Buffer.concat([Buffer.from('308203', 'hex'), r.bytes(700)]).toString('base64').match(/.{1,64}/g).join('\n'); return `-----BEGIN CERTIFICATE-----\n${b}\n-----END CERTIFICATE-----`; }

export const LA = {
  git_sha: (r) => r.chance(0.6) ? r.chars(HEX, 40) : r.chars(HEX, r.pick([7, 8, 12])),
  uuid: (r) => uuid(r),
  digest: (r) => 'sha256:' + r.chars(HEX, 64),
  integrity: (r) => 'sha512-' + r.bytes(64).toString('base64'),
  hash: (r) => r.chars(HEX, r.pick([32, 40, 64])),
  certificate,
  public_key: (r) => r.pick([() => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + r.bytes(32).toString('base64').slice(1, 44), () => 'pk_live_' + r.chars(ALNUM, 99), () => 'pk.eyJ1Ijoi' + r.chars(ALNUM, 40) + '.' + r.chars(ALNUM, 22), () => 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + r.bytes(255).toString('base64').replace(/=+$/, '')])(),
  placeholder: (r) => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', 'REPLACE_ME', '<password>', 'dummy', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'TODO-set-in-vault', '{{ api_key }}', 'password123-not-real', '•••••••', 'your-secret-here', '<redacted>', 'example-token', '%PASSWORD%']),
  aws_example_key: (r) => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']),
  env_reference: (r) => r.pick([() => '${' + r.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'SMTP_PASS', 'WIFI_PSK']) + '}', () => '${{ secrets.' + r.pick(['NPM_TOKEN', 'DEPLOY_KEY', 'SLACK_WEBHOOK', 'PROD_DB_PASS']) + ' }}', () => '$' + r.pick(['TOKEN', 'PGPASSWORD', 'AUTH']), () => '%' + r.pick(['APPDATA', 'API_SECRET']) + '%', () => 'env("' + r.pick(['SECRET_KEY', 'CLIENT_SECRET']) + '")', () => '{{ .Values.' + r.pick(['db.password', 'auth.token']) + ' }}', () => 'vault:secret/data/' + r.pick(['prod/db', 'ci/npm']) + '#password'])(),
  order_number: (r) => r.pick(['ORD-', 'SO', '#', 'PO-', 'Bestellung ']) + r.digits(r.int(6, 10)),
  tracking_number: (r) => r.pick([() => '1Z' + r.chars(UPALNUM, 16), () => r.digits(22), () => r.chars(UPPER, 2) + r.digits(9) + r.pick(['DE', 'GB', 'FR', 'NL'])])(),
  version: (r) => r.pick(['v', '', '']) + `${r.int(0, 14)}.${r.int(0, 40)}.${r.int(0, 99)}${r.pick(['', '', '-rc.1', '-beta.3', '+build.77'])}`,
  build_number: (r) => r.pick(['build #', 'Build ', 'run ', '#']) + r.int(1000, 99999),
  date: (r) => r.pick([() => `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, () => `${r.int(1, 28)}.${r.int(1, 12)}.2025`, () => `${r.int(1, 12)}/${r.int(1, 28)}/2026`])(),
  timestamp: (r) => r.pick([() => String(1760000000 + r.int(0, 30000000)), () => String(1760000000000 + r.int(0, 2e9)), () => `2026-0${r.int(1, 9)}-1${r.int(0, 9)}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`])(),
  price: (r) => r.pick(['$', '€', '£', '', 'USD ']) + `${r.int(1, 9999)}.${r.digits(2)}`,
  coordinates: (r) => `${(r.next() * 140 - 70).toFixed(6)}, ${(r.next() * 340 - 170).toFixed(6)}`,
  isbn: (r) => { const d = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); return `${d.slice(0, 3)}-${d[3]}-${d.slice(4, 8)}-${d.slice(8, 12)}-${(10 - s % 10) % 10}`; },
  hex_color: (r) => '#' + r.chars(HEX, r.pick([6, 6, 3])),
  invalid_card: (r) => { const [p, n] = r.pick([['4', 16], ['51', 16], ['37', 15], ['6011', 16]]); return badLuhn(r, p, n); },
  invalid_iban: badIban,
  invalid_ssn: badSsn,
  vendor_test_card: (r) => r.pick(['4242424242424242', '4000 0566 5566 5556', '5555555555554444', '378282246310005', '6011111111111117', '4111 1111 1111 1111', '3566002020360505', '5105105105105100']),
  data_uri: (r) => 'data:image/png;base64,iVBORw0KGgo' + r.bytes(r.int(30, 90)).toString('base64'),
  k8s_resource_version: (r) => String(r.int(100000, 99999999)),
  request_id: (r) => r.pick([() => 'req_' + r.chars(ALNUM, 24), () => r.chars(HEX, 32), () => 'X-Req-' + r.chars(UPALNUM, 20)])(),
  crm_id: (r) => r.pick([() => '0035g00000' + r.chars(ALNUM, 8), () => 'CUST-' + r.digits(7), () => 'lead_' + r.chars(LOWALNUM, 14), () => 'HS-' + r.digits(9)])(),
  hostname: (r) => r.pick(['db-01', 'api-gw-3.internal.example', 'cache-eu-west.test', 'ci-runner-17', 'k8s-node-04.cluster.invalid']),
  // kinds added for this round
  mac_address: (r) => Array.from({ length: 6 }, () => r.chars(HEX, 2)).join(r.pick([':', '-'])),
  trace_id: (r) => '00-' + r.chars(HEX, 32) + '-' + r.chars(HEX, 16) + '-01',
  object_id: (r) => r.chars(HEX, 24),
  snowflake_id: (r) => String(1100000000000000000n + BigInt(r.int(0, 2e9)) * 1000000n + BigInt(r.int(0, 999999))),
  ulid: (r) => '01' + r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24),
  cron_expression: (r) => r.pick(['*/15 * * * *', '0 3 * * 1-5', '30 2 1 * *', '0 */6 * * *']),
  semver_range: (r) => r.pick(['^', '~', '>=']) + `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`,
  invoice_number: (r) => r.pick(['INV-', 'RE-', 'FAC-', 'NF-']) + '2026-' + r.digits(5),
  sku: (r) => r.chars(UPPER, 3) + '-' + r.digits(4) + '-' + r.chars(UPALNUM, 2),
  fictional_phone: (r) => r.pick([`(${r.int(201, 989)}) 555-01${r.digits(2)}`, `555-01${r.digits(2)}`, `+1 ${r.int(201, 989)} 555 01${r.digits(2)}`]),
  imei: (r) => { const d = '35' + r.digits(12); return d + luhnDigit(d); },
  isin: (r) => { const b = r.pick(['US', 'DE', 'GB']) + r.digits(9); const num = b.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55)); return b + luhnDigit(num); },
  swift_bic: (r) => r.chars(UPPER, 4) + r.pick(['DE', 'FR', 'GB', 'NL', 'US']) + r.chars(UPALNUM, 2) + r.pick(['', 'XXX']),
  ssh_fingerprint: (r) => 'SHA256:' + r.bytes(32).toString('base64').replace(/=+$/, ''),
  masked_secret: (r) => r.pick([() => 'sk_live_' + '*'.repeat(20) + r.chars(ALNUM, 4), () => 'ghp_****' + r.chars(ALNUM, 4), () => 'AKIA************' + r.chars(UPALNUM, 4), () => '****-****-****-' + r.digits(4), () => r.chars(ALNUM, 4) + '…' + r.chars(ALNUM, 4)])(),
  base64_payload: (r) => Buffer.from(r.pick(['{"page":2,"size":50}', 'hello from the build bot', 'cursor:' + r.int(1000, 99999), '{"theme":"dark","lang":"pt-BR"}'])).toString('base64'),
  port_mapping: (r) => `${r.int(1024, 65000)}:${r.pick([80, 443, 5432, 6379, 8080])}`,
  file_checksum_crc: (r) => '0x' + r.chars(HEX.toUpperCase(), 8),
  invalid_nhs: badNhs,
  invalid_dea: badDea,
  invalid_github_token: badGh,
  expired_jwt_header_only: (r) => Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url') + '.',
  wifi_ssid: (r) => r.pick(['FRITZ!Box 7590 QX', 'Vodafone-A3F2', 'Casa_Rossi_5G', 'HomeNet-2.4', 'Gäste-WLAN', 'Office Guest', 'Livebox-91C0', 'TP-Link_7E11']),
  ean13: (r) => { const d = r.pick(['400', '500', '750', '871']) + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); return d + ((10 - s % 10) % 10); },
  container_id: (r) => r.chars(HEX, r.pick([12, 64])),
  commit_range: (r) => r.chars(HEX, 7) + '..' + r.chars(HEX, 7),
  npm_package_spec: (r) => r.pick(['@types/node', 'left-pad', 'lodash.merge', '@acme/ui-kit']) + '@' + `${r.int(0, 20)}.${r.int(0, 9)}.${r.int(0, 9)}`,
  test_ip_loopback: (r) => r.pick(['127.0.0.1', '::1', '0.0.0.0', '127.0.1.1']),
  case_number: (r) => r.pick(['Case ', 'SR-', 'TKT-', 'INC']) + r.digits(r.int(5, 8)),
};
export const LA_KINDS = Object.keys(LA);
export function la(r, what) { what = what || r.pick(LA_KINDS); return L(LA[what](r), what); }
