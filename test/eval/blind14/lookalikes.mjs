// blind14 look-alikes: values that resemble secrets or PII and must pass through unchanged.
import { rng, L, DIG, HEX, HEXU, UP, LOW, B62, B64, B64URL, B32, luhnCheckDigit, luhnValid, ibanMod97, sha256 } from './lib.mjs';
import { cardNumber, fmtCard, ibanRaw, fmtIban } from './pii.mjs';

const r = (a, n) => rng.str(a, n);
export const uuidStr = () => `${r(HEX, 8)}-${r(HEX, 4)}-${rng.pick('14567')}${r(HEX, 3)}-${rng.pick('89ab')}${r(HEX, 3)}-${r(HEX, 12)}`;
export const HOSTS = ['api.acme.example', 'db-01', 'cache-eu-2.internal.test', 'grafana.ops.example', 'ci.northwind.test', 'registry.corp.example', 'mq-3', 'vault.sec.test', 'bastion-1', 'auth.globex.example', 'files.hooli.test', 'ldap.contoso.test', 'smtp.mail.test', 'kafka-broker-2', 'es-node-7.search.test', 'status.initech.example'];
const date = () => `${rng.int(2019, 2026)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
const time = () => `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;

export const LK = {
  git_sha: () => rng.chance(0.3) ? r(HEX, rng.pick([7, 8, 12])) : r(HEX, 40),
  uuid: () => rng.chance(0.15) ? uuidStr().toUpperCase() : uuidStr(),
  digest: () => 'sha256:' + r(HEX, 64),
  integrity: () => rng.pick(['sha512-', 'sha384-', 'sha256-']) + rng.bytes(rng.pick([64, 48, 32])).toString('base64'),
  hash: () => r(HEX, rng.pick([32, 40, 64])),
  public_key: () => rng.pick([
    () => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + r(B64, 43),
    () => 'pk_live_51' + r(B62, 97),
    () => 'pk.eyJ1Ijoi' + r(B64URL, 40) + '.' + r(B64URL, 22),
    () => 'age1' + r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58),
    () => 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB' + r(B64, 88).slice(0, 87) + '=',
  ])(),
  placeholder: () => rng.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', 'REPLACE_ME', '<redacted>', 'TODO-set-in-vault', 'dummy', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AKIAXXXXXXXXXXXXXXXX', '{{ api_key }}', '%PASSWORD%', 'sk_test_your_key', 'your-password', '<insert secret>', 'password123-example-only', '[hidden]', 'xoxb-your-token']),
  aws_example_key: () => rng.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']),
  env_reference: () => rng.pick(['${DB_PASSWORD}', '${{ secrets.DEPLOY_TOKEN }}', '$API_KEY', '%APPDATA%', '${env:STRIPE_KEY}', '{{ .Values.auth.secret }}', 'process.env.OPENAI_API_KEY', "os.environ['SMTP_PASS']", '${vault:secret/data/app#token}', '$(cat /run/secrets/pg_pw)', '${SLACK_WEBHOOK:-}', 'env("SESSION_KEY")', '@Value("${jwt.secret}")', '${ssm:/prod/api/key}', 'valueFrom.secretKeyRef']),
  order_number: () => rng.pick(['ORD-', 'SO', '#', 'PO-', 'A']) + rng.digits(rng.int(6, 10)),
  tracking_number: () => rng.pick([() => '1Z' + r(UP + DIG, 16), () => rng.digits(12), () => rng.digits(22), () => r(UP, 2) + rng.digits(9) + r(UP, 2)])(),
  invoice_number: () => `INV-${rng.int(2020, 2026)}-${rng.digits(5)}`,
  version: () => rng.pick([`${rng.int(0, 24)}.${rng.int(0, 40)}.${rng.int(0, 99)}`, `v${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}-rc.${rng.int(1, 5)}`, `${rng.int(1, 3)}.${rng.int(0, 9)}.${rng.int(0, 9)}+build.${rng.digits(4)}`]),
  build_number: () => rng.pick(['#', 'build-', 'b']) + rng.int(1000, 99999),
  date: () => rng.pick([date(), `${rng.int(1, 28)}/${rng.int(1, 12)}/${rng.int(2019, 2026)}`, `${rng.int(1, 28)} ${rng.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} ${rng.int(2019, 2026)}`]),
  timestamp: () => rng.pick([`${date()}T${time()}Z`, `${date()} ${time()}.${rng.digits(3)}`, String(rng.int(1600000000, 1790000000)), String(rng.int(1600000000, 1790000000)) + rng.digits(3)]),
  price: () => rng.pick(['$', '€', '£', '', 'USD ', 'R$ ']) + rng.int(1, 9999) + (rng.chance(0.5) ? ',' : '.') + rng.digits(2),
  coordinates: () => `${(rng.next() * 180 - 90).toFixed(6)}, ${(rng.next() * 360 - 180).toFixed(6)}`,
  isbn: () => { const b = '978' + rng.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return `${b.slice(0, 3)}-${b.slice(3, 4)}-${b.slice(4, 8)}-${b.slice(8, 12)}-${(10 - s % 10) % 10}`; },
  hex_color: () => '#' + r(HEX, rng.pick([6, 6, 3])),
  invalid_card: () => { const n = cardNumber(); const last = (+n.slice(-1) + rng.int(1, 9)) % 10; return fmtCard(n.slice(0, -1) + last); },
  invalid_iban: () => { const v = ibanRaw(); let ck = +v.slice(2, 4); ck = ck === 98 ? 2 : ck + rng.int(1, 98 - ck); const bad = v.slice(0, 2) + String(ck).padStart(2, '0') + v.slice(4); return fmtIban(bad); },
  invalid_ssn: () => rng.pick([() => `000-${rng.digits(2).replace(/^00$/, '12')}-${rng.int(1000, 9999)}`, () => `666-${rng.int(10, 99)}-${rng.int(1000, 9999)}`, () => `9${rng.int(0, 9)}${rng.int(0, 9)}-${rng.int(10, 49)}-${rng.int(1000, 9999)}`, () => `${rng.int(100, 665)}-00-${rng.int(1000, 9999)}`, () => `${rng.int(100, 665)}-${rng.int(10, 99)}-0000`])(),
  vendor_test_card: () => rng.pick(['4242 4242 4242 4242', '4000 0566 5566 5556', '5555 5555 5555 4444', '378282246310005', '6011111111111117', '4111 1111 1111 1111', '3566002020360505', '2223003122003222']),
  data_uri: () => 'data:image/png;base64,iVBORw0KGgo' + r(B64, rng.int(40, 90)) + '=',
  k8s_resource_version: () => String(rng.int(100000, 99999999)),
  request_id: () => rng.pick([() => 'req_' + r(B62, 24), () => uuidStr(), () => r(HEX, 32), () => `Root=1-${r(HEX, 8)}-${r(HEX, 24)}`, () => '01' + r('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)])(),
  crm_id: () => rng.pick([() => '003' + r(B62, 15), () => 'cus_' + r(B62, 14), () => 'CUST-' + rng.digits(7), () => 'hs_' + rng.digits(10)])(),
  hostname: () => rng.pick(HOSTS),
  // new in this set
  trace_id: () => `00-${r(HEX, 32)}-${r(HEX, 16)}-01`,
  mac_address: () => Array.from({ length: 6 }, () => r(HEXU, 2)).join(rng.pick([':', '-'])),
  ticket_id: () => rng.pick(['JIRA', 'OPS', 'SUP', 'INC', 'CHG']) + '-' + rng.int(10, 99999),
  serial_number: () => r(UP, 3) + '-' + rng.digits(4) + '-' + r(UP + DIG, 6),
  tx_hash: () => '0x' + r(HEX, 64),
  container_image: () => `registry.corp.example/${rng.pick(['api', 'worker', 'web'])}:${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 9)}`,
  commit_range: () => `${r(HEX, 7)}..${r(HEX, 7)}`,
  snowflake_id: () => String(rng.int(1000, 1999)) + rng.digits(15),
  base64_blob: () => Buffer.from(rng.pick(['{"theme":"dark","lang":"pt-BR"}', 'hello world, this is not a secret', '{"page":3,"size":50}', 'cursor:after=1029384'])).toString('base64'),
  csrf_nonce_public: () => 'nonce-' + r(B64URL, 22),
  invalid_nhs: () => { for (;;) { const nine = String(rng.int(1, 9)) + rng.digits(8); let s = 0; for (let i = 0; i < 9; i++) s += +nine[i] * (10 - i); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; const bad = (c + rng.int(1, 9)) % 10; if (bad === c) continue; const n = nine + bad; return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`; } },
  iata_booking_ref: () => r('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
  file_checksum_crc: () => '0x' + r(HEXU, 8),
};
export const WHATS = Object.keys(LK);
export function look(what) { return L(LK[what](), what); }
let rr = [];
export function anyLook(filter) { for (let i = 0; i < 200; i++) { if (!rr.length) rr = rng.shuffle(WHATS); const w = rr.pop(); if (!filter || filter(w)) return look(w); } return look('uuid'); }
