// Look-alike generators: values that resemble secrets/PII but must pass unchanged.
import { CS, b64, wrap, sha256 } from './lib.mjs';
import { badCard, badIban, badSsn } from './pii.mjs';

export const uuid = (r) => { const h = r.str(32, CS.hex); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; };
export const gitSha = (r, short) => r.str(short ? r.pick([7, 8, 10, 12]) : 40, CS.hex);
export const sha256hex = (r) => r.str(64, CS.hex);
export const integrity = (r) => 'sha512-' + b64(r.bytes(64));
export const isoTs = (r) => `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}${r.pick(['Z', '.' + r.digits(3) + 'Z', '+02:00', '-05:00'])}`;
export const date = (r) => { const y = r.int(2019, 2026), m = r.int(1, 12), d = r.int(1, 28); return r.pick([`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `${d}.${m}.${y}`, `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`, `${d} ${r.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} ${y}`]); };
export const epoch = (r) => r.chance(0.5) ? String(r.int(1700000000, 1790000000)) : String(r.int(1700000000, 1790000000)) + r.digits(3);
export const version = (r) => r.pick([`${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, `${r.int(2019, 2026)}.${r.int(1, 12)}.${r.int(0, 5)}`]);
export const price = (r) => r.pick([`$${r.int(1, 4999)}.${r.digits(2)}`, `€${r.int(1, 999)},${r.digits(2)}`, `${r.int(1, 9999)}.${r.digits(2)} USD`, `£${r.int(1, 999)}.${r.digits(2)}`, `¥${r.int(100, 99999)}`, `R$ ${r.int(1, 999)},${r.digits(2)}`]);
export const coords = (r) => `${(r.f() * 140 - 70).toFixed(r.int(4, 6))}, ${(r.f() * 340 - 170).toFixed(r.int(4, 6))}`;
export function isbn(r) { const b = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; const n = b + c; return r.chance(0.5) ? n : `${n.slice(0, 3)}-${n.slice(3, 4)}-${n.slice(4, 8)}-${n.slice(8, 12)}-${n.slice(12)}`; }
export const hexColor = (r) => '#' + r.str(6, CS.hex);
export const orderNo = (r) => r.pick([`ORD-${r.int(2024, 2026)}-${r.digits(6)}`, `#${r.digits(7)}`, `SO${r.digits(8)}`, `A${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `PO-${r.digits(5)}`]);
export const invoiceNo = (r) => r.pick([`INV-${r.digits(6)}`, `RE-${r.int(2024, 2026)}-${r.digits(5)}`, `F${r.digits(9)}`]);
export const tracking = (r) => r.pick([`1Z${r.str(6, CS.updig)}${r.digits(10)}`, `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `JD${r.digits(18)}`, `${r.str(2, CS.up)}${r.digits(9)}GB`, r.digits(12)]);
export const requestId = (r) => r.pick([`req_${r.str(24, CS.alnum)}`, uuid(r), `${r.str(8, CS.hex)}-${r.str(4, CS.hex)}`, `Root=1-${r.str(8, CS.hex)}-${r.str(24, CS.hex)}`, r.str(32, CS.hex)]);
export const traceId = (r) => r.str(32, CS.hex);
export const crmId = (r) => r.pick([`003${r.str(15, CS.alnum)}`, `CUST-${r.digits(6)}`, `cus_${r.str(14, CS.alnum)}`, `HS-${r.digits(9)}`]);
export const buildNo = (r) => r.pick([`#${r.int(100, 99999)}`, `build-${r.int(1000, 9999)}`, String(r.int(10000, 9999999))]);
export const k8sRv = (r) => String(r.int(100000, 999999999));
export const placeholder = (r) => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'YOUR_API_KEY_HERE', '********', '<redacted>', 'REPLACE_ME', 'sk-...', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '[REDACTED]', 'TODO', 'dummy', '<password>', 'sk_live_••••••••', 'your-secret-here', 'example', 'notasecret']);
export const envRef = (r, name, style = 'sh') => r.pick({
  sh: [`\${${name}}`, `$${name}`, `\${${name}:?unset}`, `\${${name}:-}`],
  ci: [`\${{ secrets.${name} }}`, `$${name}`],
  helm: [`{{ .Values.${name.toLowerCase()} }}`, `{{ required "set ${name}" .Values.secrets.${name.toLowerCase()} }}`],
  jinja: [`"{{ vault_${name.toLowerCase()} }}"`, `"{{ lookup('env', '${name}') }}"`],
  code: [`process.env.${name}`, `os.environ["${name}"]`, `System.getenv("${name}")`, `%${name}%`],
}[style]);
export const awsExample = (r, kind) => r.pick(kind === 'id' ? ['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE'] : kind === 'secret' ? ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'] : ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']);
export const testCard = (r) => r.pick(['4242424242424242', '4242 4242 4242 4242', '4111 1111 1111 1111', '5555555555554444', '378282246310005', '4000 0000 0000 0002', '6011111111111117', '3566002020360505', '2223003122003222']);
export const sshPub = (r) => r.chance(0.6)
  ? 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + b64(r.bytes(33)).slice(1, 44) + ' ' + r.pick(['deploy@ci', 'ana@laptop', 'ops-bastion'])
  : 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ' + r.str(510, CS.b64) + '= ' + r.pick(['builder@runner-7', 'root@db-primary']);
export const certPem = (r) => '-----BEGIN CERTIFICATE-----\n' + wrap('MIID' + r.str(r.int(280, 420) * 4 - 4, CS.b64), 64) + '\n-----END CERTIFICATE-----';
export const pubPem = (r) => '-----BEGIN PUBLIC KEY-----\n' + wrap('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + r.str(348, CS.b64) + 'IDAQAB', 64) + '\n-----END PUBLIC KEY-----';
export const stripePk = (r) => r.pick(['pk_live_', 'pk_test_']) + '51' + r.str(97, CS.alnum);
export const mapboxPk = (r) => 'pk.' + Buffer.from(JSON.stringify({ u: 'studio' + r.digits(3), a: r.str(25, CS.lowdig) })).toString('base64url') + '.' + r.str(22, CS.b64u);
export const md5 = (r) => r.str(32, CS.hex);
export const dockerDigest = (r) => 'sha256:' + r.str(64, CS.hex);
export const productCode = (r) => r.pick([`${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`.replace(/^./, '8'), `SKU ${r.digits(4)}-${r.digits(4)}`, `${r.digits(2)}-${r.digits(4)}-${r.digits(4)}`]);
export const hostname = (r) => r.pick(['ip-10-0-' + r.int(0, 255) + '-' + r.int(1, 254) + '.ec2.internal', 'node-' + r.str(5, CS.lowdig) + '.cluster.local', 'worker-' + r.int(1, 40) + '.build.acme.test', 'db-' + r.pick(['primary', 'replica']) + '.corp.example']);
export const imei = (r) => { const b = '35' + r.digits(12); let s = 0; for (let i = 0; i < 14; i++) { let x = +b[13 - i]; if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; } s += x; } return b + ((10 - (s % 10)) % 10); };
export const ulid = (r) => '01' + r.str(24, '0123456789ABCDEFGHJKMNPQRSTVWXYZ');
export const macAddr = (r) => Array.from({ length: 6 }, () => r.str(2, CS.hex)).join(':');
export { badCard, badIban, badSsn };
