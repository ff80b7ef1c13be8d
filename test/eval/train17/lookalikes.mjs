// Look-alikes: values that must come through unchanged.
import { luhnOk, luhnDigit, ibanOk, IBAN_LEN } from './lib.mjs';
const uuid = (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
export const LA_GEN = {
  git_sha: (r) => r.chance(0.5) ? r.hex(40) : r.hex(r.int(7, 12)), uuid, digest: (r) => 'sha256:' + r.hex(64), integrity: (r) => 'sha512-' + r.bytes(64).toString('base64'),
  hash: (r) => r.pick([() => r.hex(32), () => r.hex(64), () => '$2b$12$' + r.str('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)])(),
  public_key: (r) => r.pick([() => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + r.b64(43), () => 'pk_live_' + r.b62(99), () => 'pk.eyJ1IjoiY' + r.b64u(60) + '.' + r.b64u(22), () => 'age1' + r.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)])(),
  placeholder: (r) => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '********', '<redacted>', 'YOUR_API_KEY_HERE', 'TODO', '{{ api_key }}', 'dummy', 'password', '<WIFI-PASSWORD>', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'your-client-secret', '[hidden]', 'n/a']),
  aws_example_key: (r) => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']),
  env_reference: (r) => r.pick([() => '${' + r.pick(['DB_PASSWORD', 'API_TOKEN', 'WIFI_PSK', 'CLIENT_SECRET', 'SIGNING_KEY']) + '}', () => '${{ secrets.' + r.pick(['NPM_TOKEN', 'DEPLOY_KEY', 'SLACK_WEBHOOK', 'PROD_DB_PASS']) + ' }}', () => '$' + r.pick(['TOKEN', 'PGPASSWORD', 'SECRET_KEY']), () => '%' + r.pick(['API_KEY', 'AppSecret']) + '%', () => 'os.environ["' + r.pick(['STRIPE_KEY', 'AUTH_KEY']) + '"]', () => 'vault:secret/data/' + r.pick(['db', 'payments']) + '#password'])(),
  order_number: (r) => r.pick(['ORD-', 'SO', '#', 'PO-']) + r.digits(r.int(6, 10)), tracking_number: (r) => r.pick([() => '1Z' + r.alnumU(16), () => r.digits(12), () => 'JD' + r.digits(18), () => r.upper(2) + r.digits(9) + 'DE'])(),
  version: (r) => `${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 40)}${r.pick(['', '-rc.1', '-beta.3', '+build.7'])}`, build_number: (r) => r.pick(['#', 'build ', 'b']) + r.int(1000, 99999),
  date: (r) => r.pick([`2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, `${r.int(1, 28)}.${r.int(1, 12)}.2025`, `${r.int(1, 12)}/${r.int(1, 28)}/2026`]),
  timestamp: (r) => r.pick([() => String(r.int(1700000000, 1799999999)), () => String(r.int(1700000000000, 1799999999999)), () => `2026-0${r.int(1, 9)}-1${r.int(0, 9)}T${String(r.int(0, 23)).padStart(2, '0')}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}Z`])(),
  price: (r) => r.pick(['$', '€', '£', '¥', 'R$ ']) + r.int(1, 9999) + '.' + r.digits(2), coordinates: (r) => `${(r.next() * 180 - 90).toFixed(5)}, ${(r.next() * 360 - 180).toFixed(5)}`,
  isbn: (r) => { const d = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); return `${d.slice(0, 3)}-${d[3]}-${d.slice(4, 8)}-${d.slice(8, 12)}-${(10 - (s % 10)) % 10}`; },
  hex_color: (r) => '#' + r.hex(6), invalid_card: (r) => { let n = '4' + r.digits(14); const c = +luhnDigit(n); n += (c + r.int(1, 9)) % 10; return n.match(/.{4}/g).join(' '); },
  invalid_iban: (r) => { for (;;) { const cc = r.pick(['DE', 'FR', 'GB', 'NL', 'ES']); const s = cc + r.digits(2) + (cc === 'GB' || cc === 'NL' ? r.upper(4) + r.digits(IBAN_LEN[cc] - 8) : r.digits(IBAN_LEN[cc] - 4)); if (!ibanOk(s)) return s; } },
  invalid_ssn: (r) => r.pick([`000-${r.int(10, 99)}-${r.int(1000, 9999)}`, `666-${r.int(10, 99)}-${r.int(1000, 9999)}`, `${r.int(900, 999)}-${r.int(10, 49)}-${r.int(1000, 9999)}`, `${r.int(100, 599)}-00-${r.int(1000, 9999)}`, `${r.int(100, 599)}-${r.int(10, 99)}-0000`]),
  vendor_test_card: (r) => r.pick(['4242 4242 4242 4242', '4000 0566 5566 5556', '5555 5555 5555 4444', '378282246310005', '6011111111111117', '4111111111111111']),
  data_uri: (r) => 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA' + r.b64(60), k8s_resource_version: (r) => String(r.int(100000, 99999999)),
  request_id: (r) => r.pick([() => 'req_' + r.b62(24), () => 'X-Req-' + r.hex(16), () => r.hex(32)])(), crm_id: (r) => r.pick([() => '003' + r.b62(15), () => 'CUST-' + r.digits(7), () => 'lead_' + r.digits(9)])(),
  hostname: (r) => `${r.pick(['db', 'api', 'cache', 'worker', 'mq', 'ldap'])}-${r.pick(['01', '02', 'prod-3', 'eu-1'])}.${r.pick(['corp.example', 'int.test', 'svc.invalid'])}`,
  // own kinds
  semver_range: (r) => `^${r.int(1, 9)}.${r.int(0, 20)}.0`, mac_address: (r) => [0, 1, 2, 3, 4, 5].map(() => r.hex(2)).join(':'), wifi_ssid: (r) => r.pick(['Fritz!Box 7590 ZQ', 'Vodafone-4C21', 'HomeNet_5G', 'Guest-Lobby', 'Livebox-88A0', 'TP-Link_AC12', 'Büro-WLAN']),
  container_id: (r) => r.hex(12), commit_range: (r) => `${r.hex(7)}..${r.hex(7)}`, css_hash_class: (r) => 'css-' + r.alnumL(6), checksum_md5: (r) => r.hex(32),
  otp_code_expired: (r) => r.digits(6), ticket_id: (r) => r.pick(['INC', 'SR', 'HD', 'JIRA-']) + r.digits(6), invoice_number: (r) => `INV-2026-${r.digits(5)}`, sku: (r) => `SKU-${r.alnumU(4)}-${r.digits(3)}`,
  aba_routing_example: () => '021000021', zip_code: (r) => r.digits(5), port_number: (r) => String(r.pick([5432, 6379, 8080, 27017, 3306, 5672])), pgp_fingerprint: (r) => r.HEX(40).match(/.{4}/g).join(' '),
  nonce: (r) => r.b64u(22), etag: (r) => `W/"${r.hex(16)}"`, cron_expr: (r) => `${r.int(0, 59)} ${r.int(0, 23)} * * ${r.int(0, 6)}`, feature_flag: (r) => `ff_${r.pick(['new_checkout', 'dark_mode', 'beta_ai'])}`,
  masked_card: (r) => `**** **** **** ${r.digits(4)}`, masked_secret: (r) => r.pick(['sk_live_••••', 'ghp_****' + r.b62(4), 'xoxb-…' + r.b62(4), '••••••••']),
};
export const LA_KINDS = Object.keys(LA_GEN);
export const la = (r, w) => ({ w, v: LA_GEN[w ?? r.pick(LA_KINDS)](r) });
export const laAny = (r) => { const w = r.pick(LA_KINDS); return { w, v: LA_GEN[w](r) }; };
