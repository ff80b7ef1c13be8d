// blind9 look-alikes: values that resemble secrets or PII but must pass unchanged.
import { R, A, L, b64, wrap, luhnCheck } from './lib.mjs';
const d = R.digits;
export const sha = () => L('git_sha', R.str(A.hex, 40));
export const shortSha = () => L('git_sha', R.str(A.hex, R.int(7, 10)));
export const uuid = () => L('uuid', [8, 4, 4, 4, 12].map((n) => R.str(A.hex, n)).join('-').replace(/^(.{14})./, '$14').replace(/^(.{19})./, (m, a) => a + R.pick('89ab')));
export const digest = () => L('digest', 'sha256:' + R.str(A.hex, 64));
export const integrity = () => L('integrity', R.chance(0.8) ? 'sha512-' + R.bytes(64).toString('base64') : 'sha1-' + R.bytes(20).toString('base64'));
export const hash = () => L('hash', R.str(A.hex, R.pick([32, 40, 64])));
export const cert = () => L('certificate', `-----BEGIN CERTIFICATE-----\n${wrap(Buffer.concat([Buffer.from('308203', 'hex'), R.bytes(R.int(500, 800))]).toString('base64'), 64)}\n-----END CERTIFICATE-----`);
export const pubkey = () => R.pick([
  () => L('public_key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + R.str(A.b64, 43)),
  () => L('public_key', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ' + R.str(A.b64, 300) + '='),
  () => L('public_key', 'pk_live_51' + R.str(A.b62, 97)),
  () => L('public_key', 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6I' + R.str(A.b64u, 30) + '.' + R.str(A.b64u, 22)),
  () => L('public_key', `-----BEGIN PUBLIC KEY-----\n${wrap(Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), R.bytes(261)]).toString('base64'), 64)}\n-----END PUBLIC KEY-----`),
])();
export const sshPub = () => L('public_key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + R.str(A.b64, 43));
const PH = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'YOUR_API_KEY_HERE', 'sk-...', '********', '<redacted>', 'REPLACE_ME', '<paste token here>', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', 'your-secret-here', 'TODO', '***', 'dummy', 'password123-not-real', '<PASSWORD>', '[REDACTED]', 'xoxb-your-bot-token', 'sk_live_••••••••', 'N/A', 'hunter2 (joke)', 'example-secret'];
export const placeholder = () => L('placeholder', R.pick(PH));
export const awsExample = (which = R.int(0, 1)) => L('aws_example_key', which ? 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' : 'AKIAIOSFODNN7EXAMPLE');
export const envRef = (name = R.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'REDIS_URL', 'SMTP_PASS', 'GH_TOKEN'])) => L('env_reference', R.pick([`\${${name}}`, `\${{ secrets.${name} }}`, `$${name}`, `{{ .Values.${name.toLowerCase()} }}`, `%(${name})s`, `\${env:${name}}`, `vault:secret/data/app#${name.toLowerCase()}`]));
export const order = () => L('order_number', R.pick([`ORD-${d(4)}-${d(6)}`, `#${d(7)}`, `A${d(9)}`, `SO-${d(2)}${R.str(A.up, 2)}${d(5)}`, `112-${d(7)}-${d(7)}`]));
export const invoice = () => L('order_number', R.pick([`INV-${2025 + R.int(0, 1)}-${d(5)}`, `FAC/${d(4)}/${d(3)}`, `RE-${d(8)}`]));
export const tracking = () => L('tracking_number', R.pick(['1Z' + R.str(A.alnumU, 16), d(12), '9400' + d(18), 'JD' + d(16), 'LX' + d(9) + 'DE']));
export const version = () => L('version', R.pick([`${R.int(0, 9)}.${R.int(0, 30)}.${R.int(0, 99)}`, `v${R.int(1, 4)}.${R.int(0, 20)}.${R.int(0, 15)}`, `${R.int(1, 22)}.${R.int(0, 12)}.${R.int(0, 9)}.${R.int(100, 9999)}`, `${R.int(1, 5)}.${R.int(0, 9)}.${R.int(0, 9)}-rc.${R.int(1, 5)}`]));
export const build = () => L('build_number', R.pick([`#${R.int(1000, 99999)}`, `build ${R.int(100, 9999)}`, `${R.int(2025, 2026)}${String(R.int(1, 12)).padStart(2, '0')}${String(R.int(1, 28)).padStart(2, '0')}.${R.int(1, 9)}`]));
const pad = (n) => String(n).padStart(2, '0');
export const date = () => { const y = R.int(2024, 2026), m = R.int(1, 12), dd = R.int(1, 28); return L('date', R.pick([`${y}-${pad(m)}-${pad(dd)}`, `${pad(dd)}/${pad(m)}/${y}`, `${pad(m)}/${pad(dd)}/${y}`, `${pad(dd)}.${pad(m)}.${y}`, `${R.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} ${dd}, ${y}`])); };
export const isoTs = () => L('timestamp', `2026-${pad(R.int(1, 11))}-${pad(R.int(1, 28))}T${pad(R.int(0, 23))}:${pad(R.int(0, 59))}:${pad(R.int(0, 59))}${R.pick(['Z', '.' + d(3) + 'Z', '+02:00', '+00:00'])}`);
export const epoch = () => L('timestamp', R.chance(0.5) ? String(R.int(1750000000, 1790000000)) : String(R.int(1750000000, 1790000000)) + d(3));
export const ts = () => (R.chance(0.8) ? isoTs() : epoch());
export const price = () => L('price', R.pick([`$${R.int(1, 2999)}.${d(2)}`, `€${R.int(1, 999)},${d(2)}`, `${R.int(1, 999)}.${d(2)} EUR`, `£${R.int(1, 500)}.${d(2)}`, `¥${R.int(100, 99999)}`, `R$ ${R.int(10, 999)},${d(2)}`, `USD ${R.int(1, 9)},${d(3)}.${d(2)}`]));
export const coords = () => L('coordinates', `${(R.f() * 140 - 70).toFixed(6)}, ${(R.f() * 340 - 170).toFixed(6)}`);
export const isbn = () => { const b = '978' + R.int(0, 1) + d(8); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; const v = b + c; return L('isbn', R.chance(0.5) ? v : `${v.slice(0, 3)}-${v[3]}-${v.slice(4, 8)}-${v.slice(8, 12)}-${v[12]}`); };
export const color = () => L('hex_color', '#' + R.str(A.hex, R.pick([6, 6, 3])));
export const reqId = () => L('request_id', R.pick([`req_${R.str(A.b62, 24)}`, R.str(A.hex, 32), `${R.str(A.hex, 8)}-${R.str(A.hex, 4)}-${R.str(A.hex, 4)}`, `Root=1-${R.str(A.hex, 8)}-${R.str(A.hex, 24)}`, `X-${R.str(A.alnumU, 20)}`]));
export const traceId = () => L('request_id', R.str(A.hex, 32));
export const crmId = () => L('crm_id', R.pick([`003${R.str(A.b62, 15)}`, `CUST-${d(6)}`, `cus_${R.str(A.b62, 14)}`, `HS-${d(9)}`, `C${d(8)}`]));
export const host = () => L('hostname', `${R.pick(['api', 'db-primary', 'cache-02', 'ingest', 'auth', 'files', 'mq', 'gw', 'build-7', 'ldap'])}.${R.pick(['prod', 'stg', 'eu-west-1', 'internal', 'corp'])}.${R.pick(['acme', 'northwind', 'globex', 'initech', 'hooli'])}.${R.pick(['example', 'test', 'invalid'])}`);
export const k8sRv = () => L('k8s_resource_version', String(R.int(100000, 99999999)));
export const mac = () => L('mac_address', Array.from({ length: 6 }, () => R.str(A.hex, 2)).join(':'));
export const dataUri = () => L('data_uri', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA' + R.bytes(R.int(40, 90)).toString('base64'));
export const ipLikeVersion = () => L('version', `${R.int(1, 12)}.${R.int(0, 40)}.${R.int(0, 9)}.${R.int(1, 400)}`);
export const partNo = () => L('product_code', R.pick([`${d(3)}-${d(3)}-${d(4)}`, `PN ${d(4)}-${d(4)}-${d(2)}`, `SKU ${d(3)}-${d(4)}-${d(3)}`, `REF ${d(2)} ${d(4)} ${d(4)}`]));
export const ticketNo = () => L('ticket_number', R.pick([`#${d(5)}`, `INC${d(7)}`, `SUP-${d(4)}`, `ZD-${d(6)}`]));
export const accountSid = () => L('account_id', R.pick(['AC' + R.str(A.hex, 32), `${d(12)}`, `arn:aws:iam::${d(12)}:role/${R.pick(['deploy', 'ci-runner', 'readonly'])}`]));
export const imgTag = () => L('digest', `${R.pick(['registry.acme.example/app', 'ghcr.acme.example/team/api', 'docker.acme.test/worker'])}@sha256:${R.str(A.hex, 64)}`);
export const pgpFp = () => L('hash', Array.from({ length: 10 }, () => R.str(A.HEX, 4)).join(' '));
export const giftCard = () => { const b = '60' + d(13); const bad = (+luhnCheck(b) + R.int(1, 9)) % 10; const v = b + bad; return L('gift_card_number', v.match(/.{1,4}/g).join(' ')); };  // Luhn fails on purpose
