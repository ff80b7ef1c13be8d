// blind6: look-alike generators — values that must pass through unmasked.
import { A, chars, mixed, hex, int, pick, chance, bytes, b64, b64u, pem, sshString, sha256 } from './lib.mjs';
import { uuid } from './secrets.mjs';
import { TEST_CARDS, badCard, badIban, badSsn } from './pii.mjs';

const isbn13 = () => { const d = '978' + chars(A.digit, 9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; const n = d + c; return chance(0.5) ? n : `${n.slice(0, 3)}-${n.slice(3, 4)}-${n.slice(4, 8)}-${n.slice(8, 12)}-${n[12]}`; };
const date = () => { const y = int(2019, 2026), m = int(1, 12), d = int(1, 28); const p = (x) => String(x).padStart(2, '0'); return pick([`${y}-${p(m)}-${p(d)}`, `${p(d)}.${p(m)}.${y}`, `${p(m)}/${p(d)}/${y}`, `${d} ${pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} ${y}`]); };
export const iso = () => { const p = (x) => String(x).padStart(2, '0'); return `${int(2024, 2026)}-${p(int(1, 12))}-${p(int(1, 28))}T${p(int(0, 23))}:${p(int(0, 59))}:${p(int(0, 59))}${pick(['Z', '.' + String(int(0, 999)).padStart(3, '0') + 'Z', '+02:00'])}`; };
const sshPub = () => { if (chance(0.6)) return 'ssh-ed25519 ' + b64(Buffer.concat([sshString('ssh-ed25519'), sshString(bytes(32))])); return 'ssh-rsa ' + b64(Buffer.concat([sshString('ssh-rsa'), sshString(Buffer.from([1, 0, 1])), sshString(Buffer.concat([Buffer.from([0]), bytes(256)]))])); };
export const LOOKS = {
  git_sha: () => hex(40),
  short_sha: () => hex(pick([7, 8, 10, 12])),
  uuid: () => uuid(),
  digest: () => 'sha256:' + sha256(bytes(16)).toString('hex'),
  sha256_hex: () => sha256(bytes(8)).toString('hex'),
  md5: () => hex(32),
  integrity: () => { const p = pick(['sha512-', 'sha512-', 'sha384-', 'sha1-']); return p + b64(bytes(p === 'sha512-' ? 64 : p === 'sha384-' ? 48 : 20)); },
  public_key: sshPub,
  pem_public_key: () => pem('PUBLIC KEY', Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), bytes(256), Buffer.from('0203010001', 'hex')])),
  certificate: () => pem('CERTIFICATE', Buffer.concat([Buffer.from([0x30, 0x82, 0x03, int(0x80, 0xff), 0x30, 0x82, 0x02, int(0x80, 0xff), 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14]), bytes(int(700, 900))])),
  placeholder: () => pick(['changeme', '<your-token>', 'xxxx', 'xxxxxxxxxxxxxxxxxxxx', 'YOUR_API_KEY_HERE', '<REPLACE_ME>', 'your-secret-here', 'TODO', 'dummy', 'sk-...', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '<paste key>', 'REDACTED', 'insert-key', '********', 'secret', 'password', 'example-password', '{{ .Values.apiKey }}', 'sk_test_placeholder']),
  redacted: () => pick(['sk-****' + hex(4), '***', '[MASKED]', 'ghp_****' + chars(A.alnum, 4), '••••••••' + chars(A.digit, 4), 'AKIA****************', '[REDACTED]', '<redacted>', '****' + chars(A.digit, 4), 'xoxb-****', '[filtered]']),
  aws_example_key: () => pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']),
  vendor_example_key: () => pick(['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'pk_test_TYooMQauvdEDq54NiTphI7jx', 'xoxb-not-a-real-token-this-will-not-work', 'SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 'AIzaSyDUMMYKEY-for-docs-only_000000']),
  publishable_key: () => pick([() => 'pk_live_' + mixed(A.alnum, 99), () => 'pk.' + b64u(JSON.stringify({ u: 'acme-maps', a: mixed(A.lalnum, 25) })) + '.' + mixed(A.url, 22), () => 'phc_' + mixed(A.alnum, 43), () => 'pk_' + mixed(A.lalnum, 32)])(),
  env_reference: () => pick([() => '${' + pick(['DB_PASSWORD', 'API_KEY', 'STRIPE_SECRET', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY']) + '}', () => '${{ secrets.' + pick(['NPM_TOKEN', 'DEPLOY_KEY', 'AWS_SECRET_ACCESS_KEY', 'SLACK_WEBHOOK']) + ' }}', () => '$' + pick(['PGPASSWORD', 'TOKEN', 'OPENAI_API_KEY']), () => '%(' + pick(['db_pass', 'secret'])  + ')s', () => '{{ vault "secret/data/' + pick(['db', 'api']) + '" }}', () => 'env:' + pick(['SMTP_PASS', 'REDIS_AUTH'])])(),
  order_number: () => pick([() => 'ORD-' + int(2024, 2026) + '-' + chars(A.digit, 6), () => '#' + chars(A.digit, 7), () => 'SO' + chars(A.digit, 8), () => chars(A.digit, 3) + '-' + chars(A.digit, 7) + '-' + chars(A.digit, 7)])(),
  tracking_number: () => pick([() => '1Z' + chars(A.ualnum, 16), () => chars(A.digit, 12), () => 'JD' + chars(A.digit, 18), () => 'RR' + chars(A.digit, 9) + 'DE'])(),
  invoice_number: () => pick(['INV-', 'RE-', 'FAC-', 'F']) + int(2024, 2026) + '-' + chars(A.digit, 5),
  version: () => pick([`${int(0, 9)}.${int(0, 40)}.${int(0, 30)}`, `v${int(1, 5)}.${int(0, 20)}.${int(0, 9)}-rc.${int(1, 4)}`, `${int(1, 3)}.${int(0, 9)}.${int(0, 9)}+build.${int(100, 999)}`]),
  build_number: () => pick(['#', 'build ', 'run ']) + int(1000, 99999),
  date,
  timestamp: () => pick([iso, () => String(int(1700000000, 1790000000)), () => String(int(1700000000000, 1790000000000))])(),
  price: () => { const c = pick(['$', '€', '£', '', '']); return c + int(1, 4999) + '.' + chars(A.digit, 2) + (c ? '' : pick([' EUR', ' USD', ' GBP'])); },
  coordinates: () => `${(rnd(-60, 70)).toFixed(6)}, ${(rnd(-170, 170)).toFixed(6)}`,
  isbn: isbn13,
  hex_color: () => '#' + chars(A.hex, 6),
  invalid_card: () => badCard(),
  invalid_iban: () => badIban(),
  invalid_ssn: () => badSsn(),
  vendor_test_card: () => pick(TEST_CARDS),
  request_id: () => pick([() => 'req_' + mixed(A.alnum, 24), () => uuid(), () => hex(16), () => 'Root=1-' + hex(8) + '-' + hex(24)])(),
  trace_id: () => hex(32),
  crm_id: () => pick([() => '0035g00000' + mixed(A.alnum, 8), () => 'CUST-' + chars(A.digit, 6), () => 'cus_' + mixed(A.alnum, 14), () => 'HS-' + chars(A.digit, 9)])(),
  hostname: () => pick(['api', 'db-primary', 'cache-01', 'auth', 'grafana', 'ci', 'vault']) + '.' + pick(['internal.acme.example', 'prod.globex.test', 'eu-west.acme.example']),
  k8s_resource_version: () => String(int(1000000, 99999999)),
  container_id: () => sha256(bytes(8)).toString('hex'),
  product_code: () => pick([`${int(100, 999)}-${int(100, 999)}-${int(1000, 9999)}`, `SKU ${int(10, 99)}-${int(1000, 9999)}-${int(10, 99)}`, `P/N ${int(100, 999)} ${int(100, 999)} ${int(1000, 9999)}`]),
  nonce: () => b64u(bytes(16)),
  base64_data: () => b64(pick(['{"feature":"beta","rollout":25}', 'listen_addresses = *\n', 'server.port=8080\nlogging.level=INFO\n', 'hello from the config map', 'max_connections=200'])),
  epoch_ms: () => String(int(1700000000000, 1790000000000)),
  ip_private_infra: null,
};
function rnd(a, b) { return a + (b - a) * (int(0, 1e6) / 1e6); }
delete LOOKS.ip_private_infra;
export const look = (w) => LOOKS[w]();
