// blind12 look-alikes: values that resemble secrets or PII but must pass through unchanged.
import { R, L, HEX, HEXU, UP, LO, A62, D10, B64, B32, luhnOk, ibanOk, wrap, b64 } from './lib.mjs';
import { cardNumber, ibanRaw, fmtCard } from './pii.mjs';

const rs = R.str;
export const uuidStr = () => `${rs(HEX, 8)}-${rs(HEX, 4)}-4${rs(HEX, 3)}-${R.pick('89ab')}${rs(HEX, 3)}-${rs(HEX, 12)}`;
export const gitSha = (short = false) => L('git_sha', rs(HEX, short ? R.pick([7, 8, 10, 12]) : 40));
export const uuid = () => L('uuid', R.chance(0.8) ? uuidStr() : uuidStr().toUpperCase());
export const digest = () => L('digest', `sha256:${rs(HEX, 64)}`);
export const integrity = () => L('integrity', R.chance(0.7) ? `sha512-${R.bytes(64).toString('base64')}` : `sha384-${R.bytes(48).toString('base64')}`);
export const hash = () => L('hash', rs(HEX, R.pick([32, 40, 64])));
export const certificate = () => L('certificate', `-----BEGIN CERTIFICATE-----\n${wrap('MII' + R.pick('BCD') + R.bytes(R.int(380, 560)).toString('base64'), 64)}\n-----END CERTIFICATE-----`);
function sshPub() { const str = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.from(b)]); }; return 'ssh-ed25519 ' + Buffer.concat([str('ssh-ed25519'), str(R.bytes(32))]).toString('base64'); }
export const publicKey = () => L('public_key', R.pick([
  () => sshPub(),
  () => `pk_live_${rs(A62, 24)}`,
  () => `pk_test_${rs(A62, 24)}`,
  () => `pk.${Buffer.from(JSON.stringify({ u: 'acme-maps', a: rs(LO + D10, 25) })).toString('base64url')}.${rs(A62 + '-_', 22)}`,
  () => `-----BEGIN PUBLIC KEY-----\n${wrap(Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex'), Buffer.from([4]), R.bytes(64)]).toString('base64'), 64)}\n-----END PUBLIC KEY-----`,
  () => `age1${rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`,
])());
export const placeholder = () => L('placeholder', R.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '<api-key-here>', 'your_password_here', '********', 'TODO', '{{ api_key }}', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AKIA................', 'dummy-secret', 'insert-key', '<redacted>', 'hunter2-not-real', 'P@ssw0rd-placeholder', '•••••••••', 'xoxb-your-bot-token', 'secret123-example']));
export const awsExample = () => L('aws_example_key', R.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']));
export const envRef = () => L('env_reference', R.pick([() => `\${${R.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'CLIENT_SECRET', 'REDIS_PASS'])}}`, () => `\${{ secrets.${R.pick(['DEPLOY_KEY', 'NPM_TOKEN', 'AWS_SECRET', 'SLACK_WEBHOOK'])} }}`, () => `$${R.pick(['PGPASSWORD', 'TOKEN', 'API_KEY'])}`, () => `%${R.pick(['APP_SECRET', 'DB_PASS'])}%`, () => `{{ .Values.${R.pick(['db.password', 'apiKey'])} }}`, () => `vault:secret/data/${R.pick(['prod', 'stg'])}/db#password`, () => `env(${R.pick(['SMTP_PASS', 'HMAC_KEY'])})`])());
export const orderNo = () => L('order_number', R.pick([() => `ORD-${R.int(2019, 2026)}-${R.digits(6)}`, () => `#${R.digits(9)}`, () => `PO${R.digits(8)}`, () => `SO-${rs(UP, 2)}${R.digits(7)}`])());
export const tracking = () => L('tracking_number', R.pick([() => `1Z${rs(UP + D10, 16)}`, () => R.digits(22), () => `${rs(UP, 2)}${R.digits(9)}${R.pick(['DE', 'GB', 'FR', 'NL'])}`, () => `JD${R.digits(18)}`])());
export const invoice = () => L('invoice_number', R.pick([() => `INV-${R.int(2020, 2026)}-${R.digits(5)}`, () => `RE-${R.digits(8)}`, () => `F${R.digits(4)}/${R.int(2021, 2026)}`])());
export const version = () => L('version', R.pick([() => `${R.int(0, 12)}.${R.int(0, 40)}.${R.int(0, 30)}`, () => `v${R.int(1, 5)}.${R.int(0, 20)}.${R.int(0, 9)}-rc.${R.int(1, 5)}`, () => `${R.int(1, 3)}.${R.int(0, 9)}.${R.int(0, 9)}+build.${R.digits(4)}`])());
export const build = () => L('build_number', R.pick([() => `#${R.int(100, 99999)}`, () => `build-${R.digits(6)}`, () => `${R.int(2024, 2026)}${String(R.int(1, 12)).padStart(2, '0')}${String(R.int(1, 28)).padStart(2, '0')}.${R.int(1, 9)}`])());
const p2 = (n) => String(n).padStart(2, '0');
export const dateStr = () => `${R.int(2023, 2026)}-${p2(R.int(1, 12))}-${p2(R.int(1, 28))}`;
export const date = () => L('date', R.pick([dateStr, () => `${p2(R.int(1, 28))}.${p2(R.int(1, 12))}.${R.int(2023, 2026)}`, () => `${R.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${R.int(1, 28)}, ${R.int(2023, 2026)}`])());
export const tsStr = () => `${dateStr()}T${p2(R.int(0, 23))}:${p2(R.int(0, 59))}:${p2(R.int(0, 59))}${R.pick(['Z', '.' + R.digits(3) + 'Z', '+02:00'])}`;
export const timestamp = () => L('timestamp', R.pick([tsStr, () => String(R.int(1700000000, 1790000000)), () => String(R.int(1700000000, 1790000000)) + R.digits(3)])());
export const price = () => L('price', R.pick([() => `$${R.int(1, 9999)}.${R.digits(2)}`, () => `€${R.int(1, 999)},${R.digits(2)}`, () => `${R.int(10, 99999)}.${R.digits(2)} EUR`, () => `£${R.int(1, 500)}.${R.digits(2)}`, () => `¥${R.int(100, 99999)}`])());
export const coords = () => L('coordinates', `${(R.f() * 140 - 70).toFixed(5)}, ${(R.f() * 340 - 170).toFixed(5)}`);
export function isbn() { const d = '978' + R.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); return L('isbn', `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${(10 - s % 10) % 10}`); }
export const hexColor = () => L('hex_color', '#' + rs(HEX, R.pick([6, 6, 3])));
export function invalidCard() { for (;;) { const n = cardNumber(); const bad = n.slice(0, -1) + ((+n.slice(-1) + R.int(1, 9)) % 10); if (!luhnOk(bad)) return L('invalid_card', fmtCard(bad)); } }
export function invalidIban() { for (;;) { const v = ibanRaw(); const cd = String((+v.slice(2, 4) + R.int(1, 50)) % 97 + 2).padStart(2, '0'); const bad = v.slice(0, 2) + cd + v.slice(4); if (!ibanOk(bad)) return L('invalid_iban', R.chance(0.5) ? bad.match(/.{1,4}/g).join(' ') : bad); } }
export function invalidSsn() {
  const t = R.int(0, 4);
  const area = t === 0 ? '000' : t === 1 ? '666' : t === 2 ? '9' + R.digits(2) : String(R.int(1, 665)).padStart(3, '0');
  const group = t === 3 ? '00' : t === 2 ? String(R.int(1, 49)).padStart(2, '0') : String(R.int(1, 99)).padStart(2, '0');
  const serial = t === 4 ? '0000' : String(R.int(1, 9999)).padStart(4, '0');
  return L('invalid_ssn', `${area}-${group}-${serial}`);
}
export const vendorTestCard = () => L('vendor_test_card', R.pick(['4242 4242 4242 4242', '4111111111111111', '5555555555554444', '378282246310005', '4000 0566 5566 5556', '6011111111111117', '3056930009020004', '4000000000000002', '5105105105105100']));
export const dataUri = () => L('data_uri', `data:image/png;base64,${R.bytes(R.int(30, 90)).toString('base64')}`);
export const k8sRv = () => L('k8s_resource_version', String(R.int(100000, 99999999)));
export const requestId = () => L('request_id', R.pick([() => `req_${rs(A62, 24)}`, () => uuidStr(), () => `${rs(HEXU, 16)}`, () => `Root=1-${rs(HEX, 8)}-${rs(HEX, 24)}`])());
export const crmId = () => L('crm_id', R.pick([() => `003${rs(A62, 15)}`, () => `CUST-${R.digits(7)}`, () => `lead_${R.digits(8)}`, () => `HS-${R.digits(10)}`])());
export const hostname = () => L('hostname', R.pick([() => `${R.pick(['api-gw', 'db', 'cache', 'worker', 'ingest', 'edge'])}-${p2(R.int(1, 40))}.${R.pick(['prod', 'stg', 'eu1', 'us2'])}.${R.pick(['corp.example', 'internal.test', 'svc.invalid'])}`, () => `ip-10-${R.int(0, 255)}-${R.int(0, 255)}-${R.int(1, 254)}.ec2.internal.example`])());
// new look-alike kinds of this round
export const ulid = () => L('ulid', '01' + rs('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24));
export const mac = () => L('mac_address', Array.from({ length: 6 }, () => rs(HEX, 2)).join(R.pick([':', '-'])));
export const traceId = () => L('trace_id', R.chance(0.5) ? rs(HEX, 32) : `00-${rs(HEX, 32)}-${rs(HEX, 16)}-01`);
export const containerId = () => L('container_id', rs(HEX, R.pick([12, 64])));
export const ticketRef = () => L('ticket_ref', `${R.pick(['OPS', 'SEC', 'INFRA', 'HR', 'CS', 'PAY'])}-${R.int(10, 9999)}`);
export const etag = () => L('etag', `W/"${rs(HEX, R.pick([16, 32]))}"`);
export function invalidNhs() { for (;;) { const n = R.digits(10); const s = n.slice(0, 9); let sum = 0; for (let i = 0; i < 9; i++) sum += +s[i] * (10 - i); let c = 11 - (sum % 11); if (c === 11) c = 0; if (c !== +n[9]) return L('invalid_nhs', `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`); } }
export const imageTag = () => L('image_tag', `${R.pick(['registry.corp.example/', 'cr.internal.test/'])}${R.pick(['billing', 'api', 'worker'])}:${R.int(1, 9)}.${R.int(0, 30)}.${R.int(0, 9)}-${rs(HEX, 7)}`);
export const otpSecretPlaceholder = () => L('placeholder', 'JBSWY3DPEHPK3PXP'); // RFC demo base32
export const cronExpr = () => L('cron_expression', R.pick(['0 3 * * *', '*/15 * * * *', '30 2 * * 1-5', '0 0 1 * *']));
export const semverRange = () => L('version', `^${R.int(0, 18)}.${R.int(0, 20)}.${R.int(0, 9)}`);
export const iso = () => L('timestamp', tsStr());
export const ALL = [gitSha, uuid, digest, integrity, hash, publicKey, placeholder, awsExample, envRef, orderNo, tracking, invoice, version, build, date, timestamp, price, coords, isbn, hexColor, invalidCard, invalidIban, invalidSsn, vendorTestCard, dataUri, k8sRv, requestId, crmId, hostname, ulid, mac, traceId, containerId, ticketRef, etag, invalidNhs, imageTag, cronExpr];
export const any = () => R.pick(ALL)();
