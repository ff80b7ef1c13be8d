// Look-alike values (must pass unmasked).
import { L, rs, pick, int, chance, digits, nz, rbytes, HEX, UP, LO, DIG, ALNUM, B64, B64U, badCard, badIban, badSsn, badBtc, luhnDigit, dea, deaOk } from './lib.mjs';

export const uuid = () => `${rs(HEX, 8)}-${rs(HEX, 4)}-${pick(['4', '7', '1'])}${rs(HEX, 3)}-${pick('89ab'.split(''))}${rs(HEX, 3)}-${rs(HEX, 12)}`;
export const sha = () => rs(HEX, 40);
export const shortSha = () => rs(HEX, pick([7, 7, 8, 10, 12]));
export const digest = () => 'sha256:' + rs(HEX, 64);
export const integrity = () => 'sha512-' + rbytes(64).toString('base64');
export const version = () => pick([`${int(0, 5)}.${int(0, 30)}.${int(0, 20)}`, `v${int(1, 4)}.${int(0, 22)}.${int(0, 9)}`, `${int(1, 3)}.${int(0, 9)}.${int(0, 9)}-rc.${int(1, 4)}`, `${int(2019, 2026)}.${int(1, 12)}.${int(1, 9)}`]);
export const date = () => pick([`${int(2023, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`, `${int(1, 28)}/${int(1, 12)}/${int(2023, 2026)}`, `${pick(['Mar', 'Apr', 'Oct', 'Nov'])} ${int(1, 28)}, ${int(2024, 2026)}`]);
export const ts = () => pick([() => `${int(2024, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}${pick(['Z', '.' + digits(3) + 'Z', '+02:00'])}`, () => String(int(1700000000, 1790000000)), () => String(int(1700000000000, 1790000000000))])();
export const price = () => pick([() => pick(['$', '€', '£', 'R$ ', 'CHF ']) + `${int(1, 9999)}.${digits(2)}`, () => `${int(1, 9999)},${digits(2)} ${pick(['€', 'EUR', 'zł', 'Kč'])}`, () => `${int(1, 99999)}.${digits(2)} USD`, () => `¥${int(100, 999999)}`])();
export const orderNo = () => pick([`ORD-${int(2024, 2026)}-${digits(6)}`, `#${nz(7)}`, `SO${nz(8)}`, `${digits(3)}-${digits(7)}-${digits(7)}`]);
export const invoiceNo = () => pick([`INV-${nz(6)}`, `RE-${int(2024, 2026)}/${digits(5)}`, `F${int(2024, 2026)}-${digits(4)}`]);
export const tracking = () => pick([`1Z${rs(UP + DIG, 6)}${digits(10)}`, `${nz(12)}`, `JD${digits(18)}`, `${rs(UP, 2)}${digits(9)}${pick(['DE', 'GB', 'CN', 'US'])}`]);
export const requestId = () => pick([`req_${rs(ALNUM, 14)}`, uuid(), `${rs(HEX, 16)}`, `Root=1-${rs(HEX, 8)}-${rs(HEX, 24)}`]);
export const traceId = () => rs(HEX, 32);
export const containerId = () => rs(HEX, 64);
export const buildNo = () => pick([`#${int(100, 9999)}`, `build ${int(1000, 99999)}`, `${int(1, 9)}.${int(0, 9)}.${int(100, 9999)}`]);
export const isbn = () => { const body = '978' + digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +body[i] * (i % 2 ? 3 : 1); return `${body.slice(0, 3)}-${body[3]}-${body.slice(4, 8)}-${body.slice(8, 12)}-${(10 - (s % 10)) % 10}`; };
export const coords = () => `${(rnd2(-60, 70)).toFixed(pick([4, 5, 6]))}, ${(rnd2(-170, 170)).toFixed(pick([4, 5, 6]))}`;
function rnd2(a, b) { return a + (b - a) * (int(0, 1e6) / 1e6); }
export const hexColor = () => '#' + rs(HEX, 6);
export const crmId = () => pick([`003${rs(ALNUM, 15)}`, `CUST-${nz(6)}`, `hs_${nz(9)}`, `cus_${rs(ALNUM, 14)}`]);
export const k8sRv = () => String(int(100000, 99999999));
export const md5 = () => rs(HEX, 32);
export const productCode = () => pick([`${nz(3)}-${digits(3)}-${digits(4)}`, `SKU ${digits(4)}-${digits(3)}-${digits(3)}`, `${nz(13)}`, `PN ${rs(UP, 2)}-${digits(6)}`]);
export const mac = () => Array.from({ length: 6 }, () => rs(HEX, 2)).join(':');
export const badDea = () => { const v = dea(); const t = v.slice(0, 8) + ((+v[8] + int(1, 9)) % 10); return deaOk(t) ? badDea() : t; };
export const badNhs = () => { for (;;) { const d = digits(10); let s = 0; for (let i = 0; i < 9; i++) s += +d[i] * (10 - i); let ck = 11 - (s % 11); if (ck === 11) ck = 0; if (ck !== +d[9]) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`; } };
export const sshPub = () => pick([`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rs(B64, 43)}`, `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${rs(B64, 340)}=`]);
export const pemPub = () => `-----BEGIN PUBLIC KEY-----\n${('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + rs(B64, 348) + 'IDAQAB').match(/.{1,64}/g).join('\n')}\n-----END PUBLIC KEY-----`;
export const cert = () => `-----BEGIN CERTIFICATE-----\n${('MIID' + rs(B64, 1160) + '==').match(/.{1,64}/g).join('\n')}\n-----END CERTIFICATE-----`;
export const stripePk = () => 'pk_live_51' + rs(ALNUM, 97);
export const mapboxPk = () => 'pk.eyJ1IjoiY' + rs(B64U, 40) + '.' + rs(B64U, 22);
export const wgPub = () => rbytes(32).toString('base64');
export const agePub = () => 'age1' + rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58);
export const placeholder = () => pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'YOUR_API_KEY_HERE', '********', '<REDACTED>', 'sk_live_...', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'replace-me', 'TODO', '<password>', 'dummy', 'REPLACE_WITH_REAL_SECRET', 'your-secret-here', 'AKIAXXXXXXXXXXXXXXXX', 'sk-proj-xxxxxxxx', '***', '[MASKED]', 'hunter2-not-real']);
export const awsExample = () => pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'ASIAIOSFODNN7EXAMPLE']);
export const envRef = (name) => pick([`\${${name}}`, `$${name}`, `\${{ secrets.${name} }}`, `{{ .Values.${name.toLowerCase()} }}`, `%${name}%`, `\${env:${name}}`, `{{ env "${name}" }}`]);
export const vendorTestCard = () => pick(['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444', '378282246310005', '4000 0000 0000 0002', '6011111111111117', '4000056655665556', '5105105105105100']);
export const docJwt = () => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
export const docIban = () => pick(['GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432', 'FR14 2004 1010 0505 0001 3M02 606']);
export const stripeExample = () => pick(['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'pk_test_TYooMQauvdEDq54NiTphI7jx']);
export const txHash = () => rs(HEX, 64);
export const semverRange = () => pick(['^4.17.21', '~1.6.0', '>=2.31.0,<3', '==1.26.4', '^0.27.2']);
export const epoch = () => String(int(1700000000, 1790000000));

// convenience wrappers returning spans
export const LK = {
  uuid: () => L('uuid', uuid()), sha: () => L('git_sha', sha()), shortSha: () => L('git_sha', shortSha()), digest: () => L('digest', digest()), integrity: () => L('integrity', integrity()),
  version: () => L('version', version()), date: () => L('date', date()), ts: () => L('timestamp', ts()), price: () => L('price', price()), order: () => L('order_number', orderNo()),
  invoice: () => L('invoice_number', invoiceNo()), tracking: () => L('tracking_number', tracking()), req: () => L('request_id', requestId()), trace: () => L('trace_id', traceId()),
  container: () => L('container_id', containerId()), build: () => L('build_number', buildNo()), isbn: () => L('isbn', isbn()), coords: () => L('coordinates', coords()), color: () => L('hex_color', hexColor()),
  crm: () => L('crm_id', crmId()), rv: () => L('k8s_resource_version', k8sRv()), md5: () => L('hash', md5()), product: () => L('product_code', productCode()), mac: () => L('mac_address', mac()),
  badCard: () => L('invalid_card', badCard()), badIban: () => L('invalid_iban', badIban()), badSsn: () => L('invalid_ssn', badSsn()), badBtc: () => L('invalid_btc_address', badBtc()),
  badDea: () => L('invalid_dea', badDea()), badNhs: () => L('invalid_nhs', badNhs()), sshPub: () => L('public_key', sshPub()), pemPub: () => L('public_key', pemPub()), cert: () => L('certificate', cert()),
  stripePk: () => L('public_key', stripePk()), mapboxPk: () => L('public_key', mapboxPk()), wgPub: () => L('public_key', wgPub()), agePub: () => L('public_key', agePub()),
  ph: () => L('placeholder', placeholder()), awsEx: () => L('aws_example_key', awsExample()), env: (n) => L('env_reference', envRef(n || pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'GH_TOKEN', 'SECRET_KEY']))),
  testCard: () => L('vendor_test_card', vendorTestCard()), docJwt: () => L('documented_example_jwt', docJwt()), docIban: () => L('documented_example_iban', docIban()), stripeEx: () => L('vendor_example_key', stripeExample()),
  tx: () => L('tx_hash', txHash()), semver: () => L('version', semverRange()), epoch: () => L('timestamp', epoch()),
};
export const anyLook = () => LK[pick(['uuid', 'sha', 'shortSha', 'digest', 'version', 'date', 'ts', 'price', 'order', 'req', 'trace', 'build', 'md5', 'product', 'invoice', 'tracking', 'crm'])]();
