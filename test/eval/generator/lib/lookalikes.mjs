// Generators of look-alikes: values shaped like secrets or PII that a detector must leave alone.
import { int, pick, bool, chars, digits, hex, alnum, bytes, f, UPPER, ALNUM, HEXU, DIGITS } from './rng.mjs';
import { b64, sha256 } from './crypto_formats.mjs';
import { certificatePem, publicKeyPem, sshPublicKey } from './secrets.mjs';
import { badCard, badIban, badSsn } from './pii.mjs';

export const gitSha = () => hex(40);
export const shortSha = () => hex(pick([7, 7, 8, 10, 12]));
export const uuid = () => f.string.uuid();
export const sha256Digest = () => 'sha256:' + hex(64);
export const md5 = () => hex(32);
export const integrity = () => pick(['sha512-' + b64(bytes(64)), 'sha512-' + b64(bytes(64)), 'sha1-' + b64(bytes(20))]);
export const semver = () => `${int(0, 12)}.${int(0, 40)}.${int(0, 30)}${pick(['', '', '', `-rc.${int(1, 5)}`, `-beta.${int(1, 9)}`])}`;
export const fourPartVersion = () => `${int(1, 20)}.${int(0, 9)}.${int(1000, 22631)}.${int(1, 4000)}`;
export const buildNumber = () => pick([`#${int(1000, 99999)}`, `build-${int(10000, 999999)}`, `${int(2019, 2026)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}.${int(1, 9)}`]);
export const orderNumber = () => pick([`ORD-${digits(8)}`, `#${digits(7)}`, `INV-${int(2020, 2026)}-${digits(6)}`, `PO${digits(10)}`, `${digits(3)}-${digits(7)}-${digits(7)}`]);
export const trackingNumber = () => pick(['1Z' + chars(UPPER + DIGITS, 16), digits(12), digits(22), `${chars(UPPER, 2)}${digits(9)}${pick(['US', 'GB', 'DE', 'CN'])}`]);
export function isbn13() {
  const d = (pick(['978', '979']) + digits(9)).split('').map(Number);
  const s = d.reduce((a, x, i) => a + x * (i % 2 ? 3 : 1), 0);
  const n = d.join('') + String((10 - (s % 10)) % 10);
  return bool() ? `${n.slice(0, 3)}-${n.slice(3, 4)}-${n.slice(4, 8)}-${n.slice(8, 12)}-${n.slice(12)}` : n;
}
export function date() {
  const y = int(2015, 2026), m = String(int(1, 12)).padStart(2, '0'), dd = String(int(1, 28)).padStart(2, '0');
  return pick([`${y}-${m}-${dd}`, `${dd}.${m}.${y}`, `${m}/${dd}/${y}`, `${y}${m}${dd}`, `${dd}/${m}/${y}`]);
}
export function timestamp() {
  const y = int(2023, 2026), m = String(int(1, 12)).padStart(2, '0'), dd = String(int(1, 28)).padStart(2, '0');
  const t = `${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`;
  return pick([`${y}-${m}-${dd}T${t}Z`, `${y}-${m}-${dd} ${t}`, `${y}-${m}-${dd}T${t}.${digits(3)}+00:00`, String(int(1_600_000_000, 1_790_000_000)), String(int(1_600_000_000, 1_790_000_000)) + digits(3)]);
}
export const epoch = () => String(int(1_600_000_000, 1_790_000_000));
export const price = () => pick([`$${int(1, 9999)}.${digits(2)}`, `€${int(1, 999)},${digits(2)}`, `${int(1, 99999)}.${digits(2)} USD`, `£${int(1, 999)}.${digits(2)}`]);
export const coordinates = () => `${(f.location.latitude()).toFixed(6)}, ${(f.location.longitude()).toFixed(6)}`;
export const hexColor = () => '#' + hex(6);
export const requestId = () => pick([`req_${alnum(24)}`, uuid(), `${hex(8)}-${hex(4)}`, `Root=1-${hex(8)}-${hex(24)}`]);
export const k8sResourceVersion = () => digits(int(6, 9));
export const port = () => String(pick([5432, 3306, 6379, 8080, 443, 27017, 9200, 5672]));
export const placeholder = (shape) => pick([
  'changeme', 'CHANGEME', '<your-token>', '<YOUR_API_KEY>', 'your-api-key-here', 'xxxxxxxxxxxxxxxxxxxx',
  'REPLACE_ME', '********', 'TODO', '<redacted>', 'sk-...', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xoxb-your-token', 'sk-proj-XXXXXXXXXXXXXXXX', 'dummy', 'test', 'password', 'secret', '<password>', '${SECRET}',
  'YOUR_SECRET_HERE', 'insert-key-here', 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
]);
export const envRef = (name) => pick([`\${${name}}`, `$${name}`, `\${{ secrets.${name} }}`, `{{ .Values.${name.toLowerCase()} }}`, `%${name}%`, `\${env:${name}}`]);
export const AWS_DOC_KEYS = ['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE', 'ASIAIOSFODNN7EXAMPLE'];
export const AWS_DOC_SECRETS = ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export const stripePublishable = () => 'pk_live_51' + alnum(97);
export const mapboxPublic = () => `pk.eyJ1Ijoi${alnum(16)}In0.${alnum(22)}`;
export const dataUri = () => 'data:image/png;base64,' + b64(Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), bytes(int(60, 200))]));
export const windowsBuild = fourPartVersion;
export { certificatePem, publicKeyPem, sshPublicKey, badCard, badIban, badSsn };
// IMEI: 15 digits with a Luhn check digit (a card-number look-alike that is not a card).
export function imei() {
  const body = pick(['35', '86', '01', '99']) + digits(12);
  let sum = 0;
  [...body].reverse().forEach((ch, i) => { let v = Number(ch); if (i % 2 === 0) { v *= 2; if (v > 9) v -= 9; } sum += v; });
  return body + String((10 - (sum % 10)) % 10);
}
export const awsUniqueId = () => pick(['AIDA', 'AROA', 'AIPA', 'ANPA']) + chars(UPPER + '234567', 17);
export const awsAccountId = () => digits(12);
export const base64Blob = (n = pick([24, 32, 40, 44, 64])) => b64(bytes(n * 3 / 4 | 0)).slice(0, n);
export const upc = () => digits(12);
// Encrypted values (safe to show): SOPS, Ansible Vault, Jenkins, sealed secrets.
export const sopsEnc = () => `ENC[AES256_GCM,data:${b64(bytes(int(12, 40)))},iv:${b64(bytes(32))},tag:${b64(bytes(16))},type:str]`;
export const jenkinsEnc = () => `{AQAAABAAAAAQ${b64(bytes(int(32, 64)))}}`;
export const ansibleVault = () => `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: int(4, 8) }, () => hex(80)).join('\n')}`;
export const sealedSecret = () => 'AgB' + b64(bytes(int(300, 500))).replace(/=+$/, '');
