// train6 look-alikes: values that must come through unchanged.
import { int, pick, chance, str, hex, digits, b62, b64, bytes, pad, wrap, luhnComplete, DIG, UP, LO, B62 } from './lib.mjs';
import { uuidLike } from './secrets.mjs';
import { badCard, badIban, badSsn, TEST_CARDS } from './pii.mjs';
const sshStr = (b) => { b = Buffer.isBuffer(b) ? b : Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
export const LK = {
  git_sha: () => hex(40), short_sha: () => hex(pick([7, 8, 10, 12])), uuid: uuidLike,
  digest: () => 'sha256:' + hex(64), integrity: () => 'sha512-' + b64(64), integrity_sha1: () => 'sha1-' + b64(20), md5: () => hex(32), sha1_hash: () => hex(40), sha256_hash: () => hex(64),
  container_id: () => hex(64), ssh_public_key: () => 'ssh-ed25519 ' + Buffer.concat([sshStr('ssh-ed25519'), sshStr(bytes(32))]).toString('base64'),
  ssh_rsa_public_key: () => 'ssh-rsa ' + Buffer.concat([sshStr('ssh-rsa'), sshStr(Buffer.from([1, 0, 1])), sshStr(Buffer.concat([Buffer.from([0]), bytes(256)]))]).toString('base64'),
  pem_public_key: () => '-----BEGIN PUBLIC KEY-----\n' + wrap(Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), bytes(256), Buffer.from('0203010001', 'hex')]).toString('base64'), 64) + '\n-----END PUBLIC KEY-----',
  certificate: () => '-----BEGIN CERTIFICATE-----\n' + wrap(Buffer.concat([Buffer.from('308203', 'hex'), bytes(int(760, 900))]).toString('base64'), 64) + '\n-----END CERTIFICATE-----',
  stripe_publishable_key: () => 'pk_live_' + b62(99), mapbox_public_token: () => 'pk.eyJ1Ijoi' + Buffer.from(pick(['acme-maps', 'northwind', 'fleetview']) + '","a":"' + str(LO + DIG, 25) + '"}').toString('base64url') + '.' + b62(22),
  placeholder: () => pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxxxxxx', 'YOUR_API_KEY_HERE', '********', '<redacted>', 'REPLACE_ME', 'sk-...', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '<password>', 'TODO-fill-in', '[REDACTED]', 'your-secret-here', 'dummy', 'sk_live_••••••••']),
  aws_example_key: () => pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']),
  env_reference: () => pick(['${DB_PASSWORD}', '${{ secrets.NPM_TOKEN }}', '$(STRIPE_KEY)', '%API_KEY%', '${env:GITHUB_TOKEN}', '{{ .Values.redis.password }}', 'process.env.OPENAI_API_KEY', "os.environ['AWS_SECRET_ACCESS_KEY']", '${vault:secret/data/app#password}', '$SLACK_BOT_TOKEN', '{{ vault "kv/db" "password" }}', 'arn:aws:secretsmanager:eu-west-1:' + digits(12) + ':secret:prod/db-' + b62(6)]),
  order_number: () => pick(['ORD-', '#', 'SO', 'Bestellnr. ', 'PO-']) + digits(int(6, 10)), invoice_number: () => pick(['INV-', 'RE-', 'FAC-', 'INV/']) + pick(['2025', '2026']) + '-' + digits(5),
  tracking_number: () => pick([() => '1Z' + str(UP + DIG, 16), () => digits(12), () => pick(['RR', 'LX', 'CP']) + digits(9) + pick(['DE', 'FR', 'NL', 'JP']), () => '9400' + digits(18)])(),
  version: () => pick([`${int(0, 9)}.${int(0, 30)}.${int(0, 40)}`, `v${int(1, 5)}.${int(0, 20)}.${int(0, 9)}-rc.${int(1, 5)}`, `${int(10, 12)}.0.${int(17000, 26000)}.${int(100, 4000)}`, `${int(1, 3)}.${int(0, 9)}.${int(0, 9)}.${int(1000, 9999)}`]),
  build_number: () => pick(['build #', 'Build ', 'run ']) + int(1000, 99999), date: () => `${int(2019, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
  timestamp: () => pick([() => String(int(1.6e9, 1.77e9)), () => String(int(1.6e12, 1.77e12)), () => `${int(2024, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${digits(3)}Z`])(),
  price: () => pick(['$', '€', '£', '¥', 'R$ ', 'CHF ']) + int(1, 9999) + pick(['.99', '.00', ',50', '']), coordinates: () => `${(rndf(-60, 70)).toFixed(6)}, ${(rndf(-170, 170)).toFixed(6)}`,
  isbn: () => { const b = '978' + digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return `${b.slice(0, 3)}-${b[3]}-${b.slice(4, 8)}-${b.slice(8, 12)}-${(10 - (s % 10)) % 10}`; },
  hex_color: () => '#' + hex(6), invalid_card: badCard, invalid_iban: () => badIban(), invalid_ssn: badSsn, vendor_test_card: () => pick(TEST_CARDS),
  request_id: () => pick([() => 'req_' + b62(24), () => uuidLike(), () => 'Root=1-' + hex(8) + '-' + hex(24), () => hex(32), () => 'X-' + str(UP + DIG, 20)])(), trace_id: () => hex(32),
  crm_id: () => pick(['0035g00000', '0065j00000', 'CUST-', 'ACC-', 'lead_']) + str(B62, 8), k8s_resource_version: () => String(int(1e6, 9e8)),
  hostname: () => pick(['ip-10-0-' + int(0, 255) + '-' + int(1, 254) + '.eu-west-1.compute.acme.example', 'web-' + int(1, 40) + '.prod.acme.example', 'db-primary.internal.northwind.test', 'runner-' + str(LO + DIG, 8) + '-project-' + int(100, 999) + '-concurrent-0']),
  product_code: () => pick([`${digits(3)}-${digits(3)}-${digits(4)}`, `SKU ${digits(2)}-${digits(4)}-${digits(4)}`, `P/N ${digits(4)}-${digits(3)}-${digits(3)}`]),
  aws_account_id: () => digits(12), arn: () => `arn:aws:iam::${digits(12)}:role/${pick(['ci-deployer', 'lambda-exec', 'ReadOnly'])}`, fingerprint: () => 'SHA256:' + b64(32).replace(/=+$/, ''),
  oid: () => pick(['1.3.6.1.4.1.' + int(1000, 60000) + '.' + int(1, 9), '2.5.4.' + int(3, 12), '1.2.840.113549.1.1.' + int(1, 13)]), mac_address: () => Array.from({ length: 6 }, () => hex(2)).join(':'),
  masked_card: () => pick(['**** **** **** ', 'XXXX-XXXX-XXXX-', '•••• ', 'ending in ']) + digits(4), masked_value: () => pick(['***', '****', '[masked]', '••••••••••', 'sk_live_…' + b62(4)]),
  snowflake_id: () => String(int(1e17, 9e17)) + digits(1), ulid: () => '01' + str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24), base64_image: () => 'data:image/png;base64,iVBORw0KGgo' + b64(int(40, 80)).replace(/=+$/, ''),
  semver_range: () => pick(['^', '~', '>=']) + `${int(0, 9)}.${int(0, 20)}.${int(0, 9)}`, iban_like_ref: () => 'RF' + digits(2) + str(UP + DIG, int(8, 14)), ticket_id: () => pick(['JIRA-', 'OPS-', 'SUP-', 'INC']) + digits(int(3, 7)),
  public_ip_doc: () => pick(['192.0.2.', '198.51.100.', '203.0.113.']) + int(1, 254), uuid_upper: () => uuidLike().toUpperCase(), nonce: () => b64(16), salt: () => hex(16),
  eth_tx_hash: () => '0x' + hex(64), btc_tx_id: () => hex(64), zip_code: () => digits(5), license_plate: () => pick([`${str(UP, 2)}-${str(UP, 2)} ${int(100, 9999)}`, `${int(1, 9)}${str(UP, 3)}${digits(3)}`]),
};
function rndf(a, b) { return a + (b - a) * (int(0, 1e9) / 1e9); }
export const lk = (what) => { const v = LK[what](); return { span: 'look', what: what.replace(/^(integrity_sha1)$/, 'integrity').replace(/^(ssh_rsa_public_key|ssh_public_key|pem_public_key|stripe_publishable_key|mapbox_public_token)$/, 'public_key').replace(/^(short_sha)$/, 'git_sha').replace(/^(uuid_upper)$/, 'uuid').replace(/^(md5|sha1_hash|sha256_hash)$/, 'hash').replace(/^(public_ip_doc)$/, 'documentation_ip'), v }; };
export const lkAny = (list) => lk(pick(list || Object.keys(LK).filter((k) => !['certificate', 'pem_public_key', 'ssh_rsa_public_key', 'base64_image'].includes(k))));
