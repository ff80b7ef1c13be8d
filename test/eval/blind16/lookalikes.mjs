// blind16 look-alikes: strings that resemble secrets/PII but must pass through unchanged.
import { A, rs, int, pick, chance, pad, rbytes, luhnOk, ibanMod, nhsCheck, L } from './lib.mjs';
import { cardDigits, ibanRaw, fmtIban } from './pii.mjs';

export const gitSha = (short) => L('git_sha', rs(A.hex, short ? pick([7, 8, 10, 12]) : 40));
const uuidStr = () => rs(A.hex, 8) + '-' + rs(A.hex, 4) + '-4' + rs(A.hex, 3) + '-' + pick(['8', '9', 'a', 'b']) + rs(A.hex, 3) + '-' + rs(A.hex, 12);
export const uuid = () => L('uuid', uuidStr());
export const digest = () => L('digest', 'sha256:' + rs(A.hex, 64));
export const integrity = () => L('integrity', pick(['sha512-', 'sha384-']) + rbytes(48).toString('base64'));
export const hash = () => L('hash', rs(A.hex, pick([32, 40])));
export const publicKey = () => pick([
  () => L('public_key', 'ssh-ed25519 ' + Buffer.concat([Buffer.from('0000000b', 'hex'), Buffer.from('ssh-ed25519'), Buffer.from('00000020', 'hex'), rbytes(32)]).toString('base64')),
  () => L('public_key', 'pk_live_' + rs(A.b62, 99)),
  () => L('public_key', 'pk.eyJ1IjoiZ' + rs(A.b62, 30) + '.' + rs(A.b62 + '-_', 22)),
  () => L('public_key', 'age1' + rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)),
])();
export const certificate = () => L('certificate', ['-----BEGIN CERTIFICATE-----', ...rbytes(int(300, 420)).toString('base64').match(/.{1,64}/g), '-----END CERTIFICATE-----'].join('\n'));
const PH = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '<insert password here>', '********', 'your_api_key_here', 'TODO', 'dummy', '<redacted>', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AKIA…', 'secret123-placeholder', '{{ api_key }}', '%SECRET%', 'example-password', 'None', '<pass>', '•••••••'];
export const placeholder = () => L('placeholder', pick(PH));
export const awsExample = () => L('aws_example_key', pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']));
export const envRef = () => L('env_reference', pick(['${DB_PASSWORD}', '${{ secrets.DEPLOY_KEY }}', '$API_TOKEN', '%APPDATA%', '${env:STRIPE_KEY}', '{{ .Values.secret }}', 'secretKeyRef', '${VAULT_ADDR}', '$(cat /run/secrets/pg)', '${SMTP_PASS:-}', 'os.environ["OPENAI_API_KEY"]', 'process.env.SESSION_SECRET', 'ENV.fetch("MASTER_KEY")', '@Value("${jwt.secret}")']));
export const orderNo = () => L('order_number', pick(['ORD-', 'SO', '#', 'PO-', 'A']) + rs(A.dig, int(6, 10)));
export const tracking = () => L('tracking_number', pick([() => '1Z' + rs(A.alnumUp, 16), () => rs(A.dig, 22), () => 'JD' + rs(A.dig, 18), () => pick(['LX', 'RR', 'CP']) + rs(A.dig, 9) + pick(['DE', 'FR', 'NL', 'GB'])])());
export const version = () => L('version', pick(['v', '', '']) + int(0, 12) + '.' + int(0, 40) + '.' + int(0, 99) + (chance(0.2) ? '-rc.' + int(1, 5) : ''));
export const buildNo = () => L('build_number', pick(['build ', '#', 'b']) + int(1000, 99999));
export const date = () => L('date', '20' + int(19, 27) + '-' + pad(int(1, 12), 2) + '-' + pad(int(1, 28), 2));
export const tsIso = () => '20' + int(24, 26) + '-' + pad(int(1, 12), 2) + '-' + pad(int(1, 28), 2) + 'T' + pad(int(0, 23), 2) + ':' + pad(int(0, 59), 2) + ':' + pad(int(0, 59), 2) + (chance(0.5) ? '.' + rs(A.dig, 3) : '') + 'Z';
export const timestamp = () => L('timestamp', chance(0.6) ? tsIso() : chance(0.5) ? String(int(1700000000, 1800000000)) : String(int(1700000000, 1800000000)) + rs(A.dig, 3));
export const price = () => L('price', pick(['$', '€', '£', '', 'USD ']) + int(1, 9999) + '.' + rs(A.dig, 2) + (chance(0.2) ? ' EUR' : ''));
export const coords = () => L('coordinates', (int(-8900, 8900) / 100).toFixed(4) + ', ' + (int(-17900, 17900) / 100).toFixed(4));
export const isbn = () => L('isbn', '978-' + int(0, 1) + '-' + rs(A.dig, 3) + '-' + rs(A.dig, 5) + '-' + int(0, 9));
export const hexColor = () => L('hex_color', '#' + rs(A.hex, 6));
export function invalidCard() { for (;;) { const c = cardDigits(); const bad = c.slice(0, -1) + ((+c.slice(-1) + int(1, 9)) % 10); if (!luhnOk(bad)) return L('invalid_card', chance(0.5) ? bad.match(/.{1,4}/g).join(' ') : bad); } }
export function invalidIban() { for (;;) { const s = ibanRaw(); const i = int(5, s.length - 1); if (!/\d/.test(s[i])) continue; const bad = s.slice(0, i) + ((+s[i] + int(1, 9)) % 10) + s.slice(i + 1); if (ibanMod(bad) !== 1) return L('invalid_iban', fmtIban(bad)); } }
export const invalidSsn = () => L('invalid_ssn', pick([() => '000-' + pad(int(1, 99), 2) + '-' + pad(int(1, 9999), 4), () => '666-' + pad(int(1, 99), 2) + '-' + pad(int(1, 9999), 4), () => pad(int(1, 665), 3) + '-00-' + pad(int(1, 9999), 4), () => pad(int(1, 665), 3) + '-' + pad(int(1, 99), 2) + '-0000'])());
export function invalidNhs() { for (;;) { const n = String(int(4, 9)) + rs(A.dig, 8); const c = nhsCheck(n); const bad = c === 10 ? int(0, 9) : (c + int(1, 9)) % 10; const s = n + bad; return L('invalid_nhs', s.slice(0, 3) + ' ' + s.slice(3, 6) + ' ' + s.slice(6)); } }
export const testCard = () => L('vendor_test_card', pick(['4242 4242 4242 4242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4000 0566 5566 5556', '3530111333300000', '5105105105105100']));
export const dataUri = () => L('data_uri', 'data:image/png;base64,' + rbytes(int(30, 60)).toString('base64'));
export const k8sRv = () => L('k8s_resource_version', String(int(100000, 99999999)));
export const requestId = () => L('request_id', pick([() => 'req_' + rs(A.b62, 24), () => rs(A.hex, 32), () => 'Root=1-' + rs(A.hex, 8) + '-' + rs(A.hex, 24), () => uuidStr()])());
export const crmId = () => L('crm_id', pick([() => '003' + rs(A.b62, 15), () => 'cus_' + rs(A.b62, 14), () => 'CRM-' + rs(A.dig, 7), () => 'HS' + rs(A.dig, 9)])());
export const hostname = () => L('hostname', pick(['api', 'db', 'cache', 'auth', 'ingest', 'grafana', 'ci', 'vault']) + '-' + rs(A.alnumLo, 4) + '.' + pick(['prod', 'stg', 'eu-west-1', 'internal']) + '.' + pick(['corp.example', 'svc.test', 'infra.example']));
// new look-alike kinds of this set
export const macAddr = () => L('mac_address', Array.from({ length: 6 }, () => rs(A.hex, 2)).join(':'));
export const ulid = () => L('ulid', '01' + rs('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24));
export const traceparent = () => L('trace_id', '00-' + rs(A.hex, 32) + '-' + rs(A.hex, 16) + '-01');
export const containerId = () => L('container_id', rs(A.hex, 64));
export const pnr = () => L('booking_reference', rs('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6));
export const flightNo = () => L('flight_number', pick(['LH', 'BA', 'AF', 'KL', 'IB', 'TP', 'NH', 'QF']) + int(10, 2999));
export const cve = () => L('cve_id', 'CVE-20' + int(18, 26) + '-' + int(1000, 49999));
export const sku = () => L('product_sku', rs(A.up, 3) + '-' + rs(A.dig, 4) + '-' + rs(A.alnumUp, 3));
export const ticketId = () => L('ticket_id', pick(['INC', 'SUP', 'OPS', 'HR', 'CS']) + '-' + int(100, 99999));
export const sriNonce = () => L('csp_nonce', rbytes(16).toString('base64'));
export const semverRange = () => L('version', pick(['^', '~', '>=']) + int(0, 9) + '.' + int(0, 30) + '.' + int(0, 9));

export const ALL = [gitSha, uuid, digest, integrity, hash, publicKey, placeholder, awsExample, envRef, orderNo, tracking, version, buildNo, date, timestamp, price, coords, isbn, hexColor, invalidCard, invalidIban, invalidSsn, invalidNhs, testCard, dataUri, k8sRv, requestId, crmId, hostname, macAddr, ulid, traceparent, containerId, pnr, flightNo, cve, sku, ticketId, sriNonce];
export const anyLook = () => pick(ALL)();
