// blind7 look-alikes: values that must pass through unchanged.
import { L, hex, b62, b64, uuid, ri, pick, chance, digits, pad, luhnOk, luhnComplete, ibanOk, rs, UP, DG, B62, alnumU, lowerNum, wrap, randBytes, sha256hex } from './lib.mjs';
import { cardNum, fmtCard, ibanRaw, fmtIban } from './pii.mjs';

export const gitSha = (n = 40) => L('git_sha', hex(n));
export const uuidL = () => L('uuid', uuid());
export const digest = () => L('digest', 'sha256:' + hex(64));
export const integrity = () => L('integrity', 'sha512-' + b64(64));
export const hashL = () => L('hash', pick([() => hex(32), () => hex(40), () => hex(64)])());
export const sshPub = () => L('public_key', pick(['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + b64(24).slice(0, 43), 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + b64(260).replace(/=+$/, '')]) + ' ' + pick(['deploy@ci', 'jane@laptop', 'backup-runner']));
export const pemPub = () => L('public_key', `-----BEGIN PUBLIC KEY-----\n${wrap('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + b64(270).slice(0, 348) + 'IDAQAB', 64)}\n-----END PUBLIC KEY-----`);
export const cert = () => L('certificate', `-----BEGIN CERTIFICATE-----\n${wrap('MIID' + b64(640).slice(0, 852), 64)}\n-----END CERTIFICATE-----`);
export const stripePk = () => L('public_key', 'pk_live_51' + b62(97));
export const mapboxPk = () => L('public_key', 'pk.eyJ1IjoiYWNtZSIsImEiOiJj' + b62(20) + '.' + b62(22));
export const placeholder = () => L('placeholder', pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'REPLACE_ME', '<API_KEY_HERE>', 'your-secret-here', 'TODO', 'sk-...', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '********', '<redacted>', 'dummy', 'password123-not-real', '{{ .Values.apiKey }}', 'insert-key', '__SECRET__', '<password>', 'sk_test_REPLACE']));
export const redacted = () => L('redacted', pick(['sk-****' + hex(4), 'ghp_****', '***', '[REDACTED]', 'AKIA************', '••••••••', 'xoxb-…redacted', 'sk-ant-…' + b62(4), '[MASKED]', '****' + digits(4)]));
export const awsExample = () => L('aws_example_key', pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']));
export const envRef = () => L('env_reference', pick(['${DB_PASSWORD}', '${{ secrets.DEPLOY_TOKEN }}', '$STRIPE_KEY', '${env:API_KEY}', '%(SECRET)s', '${vault:secret/data/app#token}', 'process.env.OPENAI_API_KEY', '${{ secrets.NPM_TOKEN }}', '$(cat /run/secrets/db)', '{{ secret "api" }}', '${SLACK_TOKEN:?missing}', 'os.environ["API_KEY"]']));
export const orderNo = () => L('order_number', pick([`ORD-${digits(8)}`, `#${ri(100000, 999999)}`, `PO-2026-${digits(5)}`, `SO${digits(9)}`]));
export const tracking = () => L('tracking_number', pick([`1Z${alnumU(6)}03${digits(8)}`, `JD0146${digits(12)}`, `LX${digits(9)}DE`, `9400${digits(18)}`]));
export const invoice = () => L('invoice_number', pick([`INV-${digits(6)}`, `RE-2026-${digits(4)}`, `F${digits(8)}`]));
export const version = () => L('version', pick([`${ri(0, 9)}.${ri(0, 30)}.${ri(0, 20)}`, `v${ri(1, 4)}.${ri(0, 40)}.${ri(0, 9)}`, `${ri(1, 3)}.${ri(0, 9)}.${ri(0, 9)}-rc.${ri(1, 5)}`]));
export const buildNo = () => L('build_number', pick([`#${ri(1000, 99999)}`, `build-${ri(10000, 99999)}`, `${ri(20260101, 20261231)}.${ri(1, 9)}`]));
export const date = () => L('date', pick([`2026-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}`, `${pad(ri(1, 28), 2)}/${pad(ri(1, 12), 2)}/2026`, `${ri(1, 28)} ${pick(['Jan', 'Mar', 'Aug', 'Nov'])} 2026`]));
export const ts = () => L('timestamp', pick([`2026-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}T${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}.${digits(3)}Z`, String(ri(1760000000, 1790000000)), String(ri(1760000000, 1790000000)) + digits(3)]));
export const price = () => L('price', pick([`$${ri(1, 9999)}.${digits(2)}`, `€${ri(1, 999)},${digits(2)}`, `${ri(1, 999)}.${digits(2)} USD`, `¥${ri(100, 99999)}`, `£${ri(1, 500)}.${digits(2)}`]));
export const coords = () => L('coordinates', `${(ri(-8900, 8900) / 100 + rsFrac()).toFixed(5)}, ${(ri(-17900, 17900) / 100 + rsFrac()).toFixed(5)}`);
const rsFrac = () => ri(0, 999) / 100000;
export function isbn() { const d = '978' + digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); return L('isbn', `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${(10 - (s % 10)) % 10}`); }
export const hexColor = () => L('hex_color', '#' + hex(6));
export function invalidCard() { for (;;) { const n = cardNum(); const bad = n.slice(0, -1) + ((+n.slice(-1) + ri(1, 9)) % 10); if (!luhnOk(bad)) return L('invalid_card', fmtCard(bad)); } }
export function invalidIban() { for (;;) { const s = ibanRaw(); const i = ri(5, s.length - 1); if (!/\d/.test(s[i])) continue; const bad = s.slice(0, i) + ((+s[i] + ri(1, 9)) % 10) + s.slice(i + 1); if (!ibanOk(bad)) return L('invalid_iban', fmtIban(bad)); } }
export const invalidSsn = () => L('invalid_ssn', pick([`000-${pad(ri(1, 99), 2)}-${pad(ri(1, 9999), 4)}`, `666-${pad(ri(1, 99), 2)}-${pad(ri(1, 9999), 4)}`, `${pad(ri(1, 665), 3)}-00-${pad(ri(1, 9999), 4)}`, `${pad(ri(1, 665), 3)}-${pad(ri(1, 99), 2)}-0000`]));
export const testCard = () => L('vendor_test_card', pick(['4242 4242 4242 4242', '4000 0566 5566 5556', '5555 5555 5555 4444', '4111 1111 1111 1111', '3782 822463 10005', '4000000000000002']));
export const reqId = () => L('request_id', pick([`req_${b62(14)}`, `${hex(8)}-${hex(4)}-${hex(4)}`, `X-Amzn-Trace-Id: Root=1-${hex(8)}-${hex(24)}`.slice(17), `trace=${hex(32)}`.slice(6), `01J${rs('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`]));
export const crmId = () => L('crm_id', pick([`0013${alnumU(11)}`, `CUST-${digits(7)}`, `hs_${digits(10)}`, `C${digits(6)}`]));
export const hostname = () => L('hostname', pick(['db-primary.int.acme.example', 'api.payments.test', 'cache-03.eu-west.corp.example', 'ldap.hq.invalid', 'kafka-1.stream.example', 'grafana.ops.acme.example', 'registry.build.test']));
export const k8sRv = () => L('k8s_resource_version', String(ri(1000000, 99999999)));
export const productCode = () => L('product_code', pick([`SKU-${digits(3)}-${digits(3)}-${digits(4)}`, `${digits(3)}-${digits(3)}-${digits(4)}-B`, `PN ${digits(2)} ${digits(4)} ${digits(4)}`]));
export const dataUri = () => L('data_uri', 'data:image/png;base64,' + b64(ri(40, 90)));
export const mavenSha = () => L('hash', hex(40));
export const anyLook = () => pick([gitSha, uuidL, digest, integrity, hashL, placeholder, redacted, awsExample, envRef, orderNo, tracking, version, buildNo, date, ts, price, reqId, crmId, hostname, invalidCard, invalidIban, invalidSsn, testCard, coords, isbn, hexColor, stripePk, sshPub, productCode, invoice])();
export const techLook = () => pick([gitSha, uuidL, digest, integrity, hashL, placeholder, redacted, awsExample, envRef, version, buildNo, ts, reqId, hostname, stripePk, sshPub, k8sRv])();
