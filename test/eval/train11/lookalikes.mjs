// Look-alike generators: values that resemble secrets or PII but must pass unchanged.
import { CS } from './rng.mjs';
import { luhnValid, ibanCheck, luhnComplete } from './checksums.mjs';
import { uuid } from './secrets.mjs';
const hx = (r, n) => r.str(CS.hex, n);
export const LOOK = {
  git_sha: (r) => hx(r, r.pick([40, 40, 7, 12])), uuid, digest: (r) => 'sha256:' + hx(r, 64), integrity: (r) => 'sha512-' + r.str(CS.b64, 86) + '==',
  hash: (r) => hx(r, r.pick([32, 40, 64])),
  certificate: (r) => `-----BEGIN CERTIFICATE-----\nMIID${r.str(CS.b64, 60)}\n${r.str(CS.b64, 64)}\n${r.str(CS.b64, 40)}==\n-----END CERTIFICATE-----`,
  public_key: (r) => r.pick([() => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(CS.b64, 43)}`, () => 'pk_live_' + r.str(CS.alnum, 99), () => `pk.eyJ1Ijoi${r.str(CS.alnum, 16)}In0.${r.str(CS.alnum + '-_', 22)}`, () => `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r.str(CS.b64, 28)}\n${r.str(CS.b64, 56)}==\n-----END PUBLIC KEY-----`])(),
  placeholder: (r) => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', 'REPLACE_ME', '<password>', 'TODO-set-me', 'dummy', '{{ api_key }}', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'hunter2-not-real', 'your-secret-here', '••••••••', '<redacted>', '[REDACTED]', 'sk_live_xxxxxxxxxxxxxxxx']),
  aws_example_key: (r) => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']),
  env_reference: (r) => r.pick([() => `\${${r.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'SECRET_KEY_BASE'])}}`, () => `\${{ secrets.${r.pick(['NPM_TOKEN', 'DEPLOY_KEY', 'SLACK_WEBHOOK', 'AWS_SECRET_ACCESS_KEY'])} }}`, () => `$${r.pick(['PGPASSWORD', 'TOKEN', 'VAULT_TOKEN'])}`, () => `%${r.pick(['APPDATA', 'SECRET', 'PASSWORD'])}%`, () => `{{ .Values.${r.pick(['db.password', 'auth.token'])} }}`, () => `os.environ["${r.pick(['OPENAI_API_KEY', 'DB_PASS'])}"]`, () => `vault:secret/data/${r.pick(['app', 'ci'])}#${r.pick(['password', 'token'])}`])(),
  order_number: (r) => r.pick([`ORD-${r.digits(8)}`, `#${r.digits(7)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `SO${r.digits(10)}`]),
  tracking_number: (r) => r.pick([`1Z${r.str(CS.upper, 16)}`, r.digits(22), `JD${r.digits(18)}`, `${r.str(CS.LETTERS, 2)}${r.digits(9)}${r.pick(['DE', 'GB', 'NL', 'FR'])}`]),
  version: (r) => r.pick([`${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 30)}`, `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, `${r.int(2019, 2026)}.${r.int(1, 12)}.${r.int(0, 9)}`]),
  build_number: (r) => r.pick([`#${r.int(100, 99999)}`, `build-${r.digits(6)}`, `${r.int(2019, 2026)}${r.digits(4)}.${r.int(1, 20)}`]),
  date: (r) => r.pick([`${r.int(2018, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, `${r.int(1, 28)}.${r.int(1, 12)}.${r.int(2018, 2026)}`, `${r.int(1, 12)}/${r.int(1, 28)}/${r.int(2018, 2026)}`]),
  timestamp: (r) => r.pick([() => String(1600000000 + r.int(0, 199999999)), () => String(1600000000000 + r.int(0, 1999999999) * 100), () => `${r.int(2020, 2026)}-0${r.int(1, 9)}-1${r.int(0, 9)}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`])(),
  price: (r) => r.pick([`$${r.int(1, 9999)}.${r.digits(2)}`, `€${r.int(1, 999)},${r.digits(2)}`, `${r.int(1, 99999)}.${r.digits(2)} USD`, `£${r.int(1, 500)}.${r.digits(2)}`, `¥${r.int(100, 99999)}`]),
  coordinates: (r) => `${(r.f() * 140 - 70).toFixed(6)}, ${(r.f() * 340 - 170).toFixed(6)}`,
  isbn: (r) => { const d = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; return `${d.slice(0, 3)}-${d[3]}-${d.slice(4, 8)}-${d.slice(8, 12)}-${c}`; },
  hex_color: (r) => '#' + r.str(CS.hex, r.pick([6, 6, 3])),
  invalid_card: (r) => { let n; do n = '4' + r.digits(15); while (luhnValid(n)); return r.chance(0.5) ? n : n.match(/.{4}/g).join(' '); },
  invalid_iban: (r) => { const cc = r.pick(['DE', 'FR', 'ES', 'NL']); const L = { DE: 18, FR: 23, ES: 20, NL: 14 }[cc]; const bban = cc === 'NL' ? r.str(CS.LETTERS, 4) + r.digits(10) : r.digits(L); const good = ibanCheck(cc, bban); let bad; do bad = String(r.int(2, 98)).padStart(2, '0'); while (bad === good); return cc + bad + bban; },
  invalid_ssn: (r) => r.pick([`000-${r.int(10, 99)}-${r.int(1000, 9999)}`, `666-${r.int(10, 99)}-${r.int(1000, 9999)}`, `${r.int(900, 999)}-${r.pick([10, 20, 30, 40, 66, 89, 93])}-${r.int(1000, 9999)}`, `${r.int(100, 665)}-00-${r.int(1000, 9999)}`, `${r.int(100, 665)}-${r.int(10, 99)}-0000`]),
  vendor_test_card: (r) => r.pick(['4242424242424242', '4242 4242 4242 4242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000 0566 5566 5556', '5105105105105100', '3530111333300000']),
  data_uri: (r) => `data:image/png;base64,iVBORw0KGgo${r.str(CS.b64, r.int(40, 90))}=`,
  k8s_resource_version: (r) => String(r.int(100000, 99999999)), request_id: (r) => r.pick([`req_${r.str(CS.alnum, 24)}`, `${hx(r, 8)}-${hx(r, 4)}-${hx(r, 4)}`, `X-${r.str(CS.upper, 12)}`]),
  crm_id: (r) => r.pick([`0035g00000${r.str(CS.alnum, 8)}`, `CUST-${r.digits(6)}`, `lead_${r.digits(9)}`, `HS-${r.digits(11)}`]), hostname: (r) => `${r.pick(['web', 'db', 'cache', 'worker', 'ingest'])}-${r.int(1, 40)}.${r.pick(['prod', 'stg', 'eu-west'])}.${r.pick(['corp.example', 'svc.test', 'internal.invalid'])}`,
  // own kinds
  mac_address: (r) => Array.from({ length: 6 }, () => hx(r, 2)).join(r.pick([':', '-'])), imei: (r) => luhnComplete('35' + r.digits(12)),
  isin: (r) => r.pick(['US', 'DE', 'GB', 'FR']) + r.str(CS.upper, 9) + r.int(0, 9), vin: (r) => r.str('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17), sku: (r) => `${r.str(CS.LETTERS, 3)}-${r.digits(4)}-${r.str(CS.upper, 2)}`,
  ticket_id: (r) => `${r.pick(['OPS', 'SEC', 'HR', 'INC', 'PAY'])}-${r.int(10, 9999)}`, ulid: (r) => '01' + r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24), object_id: (r) => hx(r, 24),
  snowflake_id: (r) => String(r.int(1, 9)) + r.digits(17), trace_id: (r) => `00-${hx(r, 32)}-${hx(r, 16)}-01`, masked_card: (r) => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending in ${r.digits(4)}`]),
  masked_ssn: (r) => `***-**-${r.digits(4)}`, example_iban: (r) => r.pick(['DE89370400440532013000', 'GB82WEST12345698765432', 'NL91ABNA0417164300']),
  invoice_number: (r) => `INV-${r.int(2019, 2026)}-${r.digits(5)}`, semver_range: (r) => r.pick(['^', '~', '>=']) + `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`, cron: (r) => `${r.int(0, 59)} ${r.int(0, 23)} * * ${r.int(0, 6)}`,
  file_path: (r) => r.pick(['/var/lib/', '/etc/ssl/private/', 'C:\\Users\\build\\', '/home/ci/.config/']) + r.pick(['server.key', 'app.pem', 'token.txt', 'id_ed25519']), port: (r) => String(r.pick([5432, 6379, 8443, 9200, 27017, 3306, 15672])),
  zip_code: (r) => r.digits(5), base64_blob: (r) => Buffer.from(r.pick(['{"theme":"dark","lang":"en"}', 'hello world from the test suite', 'plain config payload v2'])).toString('base64'), nonce_public: (r) => 'nonce-' + r.str(CS.b64, 22),
  bcrypt_hash: (r) => `$2b$12$${r.str(CS.alnum + './', 53)}`, mime_boundary: (r) => `----=_Part_${r.digits(6)}_${r.digits(9)}.${r.digits(13)}`, css_hash_class: (r) => `css-${r.str(CS.lower, 6)}`,
  phone_like_id: (r) => `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}-${r.digits(2)}`, account_last4: (r) => `…${r.digits(4)}`, lot_number: (r) => `LOT ${r.str(CS.upper, 2)}${r.digits(6)}`,
};
export const LOOK_KINDS = Object.keys(LOOK);
