// train9 look-alikes: values that must come through unmasked.
import { int, pick, chance, str, digits, hex, bytes, cyc, L, UP, LO, DIG, B62, wrap, luhnDigit } from './lib.mjs';
import { invalidCard, invalidIban, invalidSsn, TEST_CARDS } from './pii.mjs';

export const uuid = () => `${hex(8)}-${hex(4)}-${pick(['4', '7', '1'])}${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
export const SHA = () => L('git_sha', hex(40));
export const SHORTSHA = () => L('git_sha', hex(pick([7, 8, 10, 12])));
export const UUID = () => L('uuid', chance(0.85) ? uuid() : uuid().toUpperCase());
export const DIGEST = () => L('digest', 'sha256:' + hex(64));
export const INTEGRITY = () => L('integrity', 'sha512-' + bytes(64).toString('base64'));
export const HASH = () => L('hash', pick([hex(32), hex(40), hex(64)]));
export function cert() { return `-----BEGIN CERTIFICATE-----\n${wrap(Buffer.concat([Buffer.from('308203', 'hex'), bytes(int(560, 700))]).toString('base64'))}\n-----END CERTIFICATE-----`; }
export const CERT = () => L('certificate', cert());
export function sshPub() { const s = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); }; return `ssh-ed25519 ${Buffer.concat([s(Buffer.from('ssh-ed25519')), s(bytes(32))]).toString('base64')}`; }
export const PUBKEY = () => L('public_key', pick([sshPub, () => 'pk_live_' + str(B62, 99), () => `pk.${Buffer.from(JSON.stringify({ u: 'acme-maps', a: hex(25) })).toString('base64url')}.${str(B62 + '-_', 22)}`, () => `-----BEGIN PUBLIC KEY-----\n${wrap(Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex'), Buffer.from([4]), bytes(64)]).toString('base64'))}\n-----END PUBLIC KEY-----`])());
export const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxx', 'YOUR_API_KEY_HERE', '********', 'sk-...', 'REDACTED', '<password>', 'TODO', 'dummy', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', '<insert key>', 'your-secret-here', 'sk_test_xxx', '••••••••', 'CHANGE_ME_IN_PROD', 'password123-NOT-REAL', '[REDACTED]', 'xoxb-your-bot-token', 'hf_xxx', '***', '<API_KEY>', 'example-password', '${secret}'.replace('$', ''), 'null'];
export const PH = () => L('placeholder', cyc('ph', PLACEHOLDERS));
export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export const AWSEX = () => L('aws_example_key', pick(AWS_EXAMPLES));
const ENVREFS = ['${DB_PASSWORD}', '${{ secrets.NPM_TOKEN }}', '$(cat /run/secrets/api_key)', '{{ .Values.redis.password }}', '${env:STRIPE_KEY}', '%SMTP_PASS%', '$GITHUB_TOKEN', '${{ secrets.AWS_SECRET_ACCESS_KEY }}', 'op://Engineering/postgres-prod/password', 'vault:secret/data/payments#api_key', '{{ vault "kv/app" "token" }}', '${OPENAI_API_KEY:?missing}', 'process.env.SESSION_SECRET', "os.environ['SENTRY_DSN']", '!Ref DbPasswordParam', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf', '${var.db_password}', 'ENV["RAILS_MASTER_KEY"]', '{{ secret "slack_webhook" }}', '$(SA_PASSWORD)'];
export const ENVREF = () => L('env_reference', cyc('envref', ENVREFS));
export const ORDER = () => L('order_number', pick([`ORD-${digits(4)}-${digits(6)}`, `#${digits(7)}`, `PO-${int(2024, 2026)}-${digits(5)}`, `${str(UP, 2)}${digits(9)}`, `112-${digits(7)}-${digits(7)}`]));
export const TRACKING = () => L('tracking_number', pick([`1Z${str(UP + DIG, 6)}${digits(10)}`, `JD0146${digits(12)}`, `${str(UP, 2)}${digits(9)}GB`, digits(22), `LX${digits(9)}DE`, digits(12)]));
export const INVOICE = () => L('invoice_number', pick([`INV-${int(2024, 2026)}-${digits(5)}`, `RE-${digits(8)}`, `F${digits(2)}/${digits(6)}`, `${digits(4)}-${digits(4)}-${digits(4)}`]));
export const VERSION = () => L('version', pick([`${int(0, 9)}.${int(0, 30)}.${int(0, 99)}`, `v${int(1, 5)}.${int(0, 12)}.${int(0, 9)}-rc.${int(1, 4)}`, `${int(1, 12)}.${int(0, 9)}.${int(0, 9)}.${int(100, 9999)}`, `2026.${int(1, 12)}.${int(1, 28)}`]));
export const BUILD = () => L('build_number', pick([`#${int(1000, 99999)}`, `build-${int(10000, 999999)}`, `${int(2026, 2026)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}.${int(1, 40)}`]));
export const DATE = () => L('date', pick([`2026-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`, `${int(1, 28)}/${int(1, 12)}/2026`, `${int(1, 28)}.${String(int(1, 12)).padStart(2, '0')}.2025`, `${pick(['Mar', 'Jun', 'Sep', 'Nov'])} ${int(1, 28)}, 2026`, `2026年${int(1, 12)}月${int(1, 28)}日`]));
export const TS = () => L('timestamp', pick([`2026-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}.${digits(3)}Z`, String(1760000000 + int(0, 30000000)), String(1760000000000 + int(0, 3e10)), `${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')},${digits(3)}`]));
export const PRICE = () => L('price', pick([`$${int(1, 9999)}.${digits(2)}`, `€${int(1, 999)},${digits(2)}`, `${int(1, 99999)}.${digits(2)} USD`, `¥${int(100, 99999)}`, `R$ ${int(1, 999)},${digits(2)}`, `£${int(1, 500)}.${digits(2)}`]));
export const COORD = () => L('coordinates', pick([`${(int(-8900, 8900) / 100).toFixed(4)}, ${(int(-17900, 17900) / 100).toFixed(4)}`, `${int(0, 89)}°${int(0, 59)}′${int(0, 59)}″N ${int(0, 179)}°${int(0, 59)}′${int(0, 59)}″E`, `lat=${(int(-8900000, 8900000) / 100000).toFixed(5)}&lng=${(int(-17900000, 17900000) / 100000).toFixed(5)}`]));
export function isbn() { const d = ('978' + digits(9)).split('').map(Number); const s = d.reduce((acc, x, i) => acc + x * (i % 2 ? 3 : 1), 0); const c = (10 - (s % 10)) % 10; const n = d.join('') + c; return pick([n, `${n.slice(0, 3)}-${n.slice(3, 4)}-${n.slice(4, 8)}-${n.slice(8, 12)}-${n.slice(12)}`]); }
export const ISBN = () => L('isbn', isbn());
export const COLOR = () => L('hex_color', '#' + hex(pick([6, 6, 3, 8])));
export const BADCARD = () => L('invalid_card', invalidCard());
export const BADIBAN = () => L('invalid_iban', invalidIban());
export const BADSSN = () => L('invalid_ssn', invalidSsn());
export const TESTCARD = () => L('vendor_test_card', cyc('testcard', TEST_CARDS));
export const REQID = () => L('request_id', pick([`req_${str(B62, 24)}`, uuid(), `${hex(8)}-${hex(4)}`, `Root=1-${hex(8)}-${hex(24)}`, `rid-${digits(10)}`]));
export const CRMID = () => L('crm_id', pick([`003${str(B62, 12)}AAA`, `CUST-${digits(6)}`, `hs_${digits(9)}`, `cus_${str(B62, 14)}`, `ACC${digits(8)}`]));
export const HOST = () => L('hostname', pick([`db-${pick(['primary', 'replica-2', 'analytics'])}.${pick(['eu-west-1', 'internal', 'prod'])}.acme.example`, `ip-10-${int(0, 255)}-${int(0, 255)}-${int(1, 254)}.ec2.internal.example`, `build-agent-${int(1, 40)}.ci.globex.test`, `mail${int(1, 9)}.initech.example`, `node-${hex(5)}.k8s.cluster.test`]));
export const K8SRV = () => L('k8s_resource_version', String(int(100000, 99999999)));
export const TRACE = () => L('trace_id', hex(32));
export const SPAN = () => L('span_id', hex(16));
export const MAC = () => L('mac_address', Array.from({ length: 6 }, () => hex(2)).join(pick([':', '-'])).toUpperCase());
export const SKU = () => L('product_code', pick([`${digits(3)}-${digits(3)}-${digits(4)}`, `PN ${digits(4)}-${digits(4)}-${digits(2)}`, `SKU-${digits(2)} ${digits(4)} ${digits(4)}`, `${str(UP, 3)}-${digits(5)}-${digits(2)}`]));
export const AWSACCT = () => L('aws_account_id', digits(12).replace(/^0/, '4'));
export const CONTAINER = () => L('container_id', hex(pick([12, 64])));
export const IMEI = () => { const p = '35' + digits(12); return L('imei', p + luhnDigit(p)); };
export const TICKET = () => L('ticket_id', pick([`OPS-${int(100, 9999)}`, `SEC-${int(10, 999)}`, `INC${digits(7)}`, `JIRA-${int(1000, 99999)}`, `#${int(1000, 60000)}`]));
export const SERIAL = () => L('serial_number', pick([`SN${str(UP + DIG, 10)}`, `${str(UP, 2)}${digits(8)}${str(UP, 1)}`, `C02${str(UP + DIG, 9)}`]));
export const NONCE = () => L('nonce', Buffer.from(bytes(16)).toString('base64'));
export const OID = () => L('oid', `1.3.6.1.4.1.${int(1000, 60000)}.${int(1, 9)}.${int(1, 99)}`);
export const PORTIP = () => L('version', `${int(1, 9)}.${int(0, 20)}.${int(0, 40)}.${int(0, 255)}`);
export const ANYLOOK = () => cyc('anylook', [SHA, UUID, DIGEST, HASH, PH, AWSEX, ENVREF, ORDER, TRACKING, INVOICE, VERSION, BUILD, DATE, TS, PRICE, REQID, CRMID, HOST, TRACE, SKU, AWSACCT, TICKET, SERIAL, IMEI, BADCARD, BADSSN, BADIBAN, TESTCARD, ISBN, COLOR, MAC, COORD])();
