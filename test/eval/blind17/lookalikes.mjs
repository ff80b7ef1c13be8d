// blind17 look-alikes: high-entropy or number-shaped strings that are NOT secrets or PII.
import { A, L, luhnOk, ibanMod97, nhsCheck } from './lib.mjs';
import { cardDigits, fmtCard, ibanRaw } from './pii.mjs';

const uuidStr = (r) => `${r.str(A.HEX, 8)}-${r.str(A.HEX, 4)}-4${r.str(A.HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.str(A.HEX, 3)}-${r.str(A.HEX, 12)}`;
export const LA = {
  git_sha: (r) => L('git_sha', r.str(A.HEX, 40)),
  short_sha: (r) => L('short_sha', r.str(A.HEX, r.pick([7, 8, 10, 12]))),
  uuid: (r) => L('uuid', uuidStr(r)),
  digest: (r) => L('digest', 'sha256:' + r.str(A.HEX, 64)),
  integrity: (r) => L('integrity', 'sha512-' + r.bytes(64).toString('base64')),
  hash: (r) => L('hash', r.pick([() => r.str(A.HEX, 32), () => r.str(A.HEX, 64)])()),
  public_key: (r) => L('public_key', r.pick([() => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + r.str(A.B64, 43), () => 'pk_live_' + r.str(A.B62, 99), () => 'pk.eyJ1Ijoi' + r.str(A.B64U, 40) + '.' + r.str(A.B64U, 22), () => 'age1' + r.str(A.BECH, 58)])()),
  placeholder: (r) => L('placeholder', r.pick(['changeme', '<your-api-key>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'REPLACE_ME', '********', 'your_password_here', '<redacted>', 'TODO', 'dummy', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '[REDACTED]', 'AKIA................', '{{ token }}', 'example-secret', 'hunter2-NOT-REAL'])),
  aws_example_key: (r) => L('aws_example_key', r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'])),
  env_reference: (r) => L('env_reference', r.pick([() => '${' + r.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'SECRET']) + '}', () => '${{ secrets.' + r.pick(['NPM_TOKEN', 'DEPLOY_KEY', 'AWS_SECRET']) + ' }}', () => '$' + r.pick(['GITHUB_TOKEN', 'PGPASSWORD', 'VAULT_TOKEN']), () => '%' + r.pick(['APPDATA', 'API_KEY']) + '%', () => '{{ .Values.db.password }}', () => 'env:' + r.pick(['REDIS_PASS', 'SMTP_PASS']), () => 'vault:secret/data/' + r.pick(['app', 'db']) + '#password'])()),
  order_number: (r) => L('order_number', r.pick([`ORD-${r.int(2019, 2026)}-${r.digits(6)}`, `#${r.digits(7)}`, `SO${r.digits(8)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`])),
  tracking_number: (r) => L('tracking_number', r.pick([`1Z${r.str(A.UP36, 16)}`, `${r.str(A.UP, 2)}${r.digits(9)}${r.pick(['DE', 'GB', 'CN', 'US'])}`, r.digits(22), `JJD${r.digits(18)}`])),
  invoice_number: (r) => L('invoice_number', r.pick([`INV-${r.digits(6)}`, `RE-${r.int(2020, 2026)}/${r.digits(5)}`, `F${r.digits(4)}-${r.digits(4)}`])),
  version: (r) => L('version', r.pick([`${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 30)}`, `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, `${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 99)}+build.${r.digits(4)}`])),
  build_number: (r) => L('build_number', r.pick([`#${r.int(1000, 99999)}`, `build-${r.digits(5)}`])),
  timestamp: (r) => L('timestamp', r.pick([() => `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`, () => String(r.int(1700000000, 1800000000)), () => String(r.int(1700000000000, 1800000000000))])()),
  price: (r) => L('price', r.pick([`$${r.int(1, 4999)}.${r.digits(2)}`, `€${r.int(1, 999)},${r.digits(2)}`, `${r.int(1, 9)}.${r.digits(3)},${r.digits(2)} EUR`, `£${r.int(1, 300)}.${r.digits(2)}`, `¥${r.int(100, 99999)}`])),
  coordinates: (r) => L('coordinates', `${(r.f() * 140 - 70).toFixed(5)}, ${(r.f() * 340 - 170).toFixed(5)}`),
  invalid_card: (r) => { const d = cardDigits(r); let bad = d.slice(0, -1) + ((+d.slice(-1) + r.int(1, 9)) % 10); return L('invalid_card', fmtCard(r, bad)); },
  invalid_iban: (r) => { const s = ibanRaw(r); let c = +s.slice(2, 4); let nc; do { nc = String(r.int(2, 98)).padStart(2, '0'); } while (+nc === c); const bad = s.slice(0, 2) + nc + s.slice(4); return L('invalid_iban', bad); },
  invalid_ssn: (r) => L('invalid_ssn', r.pick([`000-${r.int(10, 99)}-${r.digits(4).replace(/^0/, '1')}`, `666-${r.int(10, 99)}-${r.int(1000, 9999)}`, `9${r.int(0, 9)}${r.int(0, 9)}-${r.pick(['00', '47', '93'])}-${r.int(1000, 9999)}`, `${r.int(100, 599)}-00-${r.int(1000, 9999)}`, `${r.int(100, 599)}-${r.int(10, 99)}-0000`])),
  invalid_nhs: (r) => { let n; do { n = r.int(4, 9) + r.digits(9); } while (nhsCheck(n.slice(0, 9)) === +n[9]); return L('invalid_nhs', n); },
  vendor_test_card: (r) => L('vendor_test_card', r.pick(['4242 4242 4242 4242', '4000056655665556', '5555 5555 5555 4444', '378282246310005', '6011111111111117', '4111 1111 1111 1111', '2223003122003222', '3056930009020004'])),
  request_id: (r) => L('request_id', r.pick([() => 'req_' + r.str(A.B62, 24), () => r.str(A.HEX, 8) + '-' + r.str(A.HEX, 4) + '-' + r.str(A.HEX, 4), () => 'Root=1-' + r.str(A.HEX, 8) + '-' + r.str(A.HEX, 24), () => r.str(A.UP36, 16)])()),
  trace_id: (r) => L('trace_id', r.str(A.HEX, 32)),
  hostname: (r) => L('hostname', `${r.pick(['api', 'edge', 'ingest', 'build', 'db-replica', 'cache'])}-${r.int(1, 40)}.${r.pick(['eu-west', 'us-east', 'ap-south'])}.${r.pick(['corp.example', 'internal.test', 'svc.invalid'])}`),
  k8s_resource_version: (r) => L('k8s_resource_version', r.digits(r.int(6, 9)).replace(/^0/, '7')),
  crm_id: (r) => L('crm_id', r.pick([`003${r.str(A.B62, 15)}`, `CUST-${r.digits(8)}`, `lead_${r.str(A.A36, 12)}`])),
  container_id: (r) => L('container_id', r.str(A.HEX, 64)),
  mac_address: (r) => L('mac_address', Array.from({ length: 6 }, () => r.str(A.HEX, 2)).join(':')),
  hex_color: (r) => L('hex_color', '#' + r.str(A.HEX, 6)),
  isbn: (r) => L('isbn', `978-${r.int(0, 1)}-${r.digits(3)}-${r.digits(5)}-${r.int(0, 9)}`),
  cve_id: (r) => L('cve_id', `CVE-${r.int(2018, 2026)}-${r.int(1000, 49999)}`),
  aws_arn: (r) => L('aws_arn', `arn:aws:iam::${r.digits(12)}:role/${r.pick(['deploy', 'reader', 'lambda-exec'])}`),
  ticket_id: (r) => L('ticket_id', `${r.pick(['OPS', 'SUP', 'INC', 'HR'])}-${r.int(100, 99999)}`),
  nonce: (r) => L('nonce', r.str(A.B64U, 22)),
  etag: (r) => L('etag', `W/"${r.str(A.HEX, 16)}"`),
  base64_image: (r) => L('data_uri', 'data:image/png;base64,iVBORw0KGgo' + r.str(A.B64, 60)),
  sri_hash: (r) => L('integrity', 'sha384-' + r.bytes(48).toString('base64')),
  ulid: (r) => L('ulid', '01' + r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)),
  correlation_id: (r) => L('request_id', 'corr-' + uuidStr(r)),
  semver_range: (r) => L('version', `^${r.int(1, 18)}.${r.int(0, 9)}.${r.int(0, 9)}`),
  batch_lot: (r) => L('lot_number', `LOT ${r.str(A.UP, 2)}${r.digits(6)}`),
  booking_ref: (r) => L('booking_reference', r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6)),
  iso_date: (r) => L('date', `${r.int(2019, 2027)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`),
};
export const LA_KEYS = Object.keys(LA);
export function laPicker(r) { let q = []; return (filter) => { if (filter) { const c = LA_KEYS.filter(filter); if (c.length) return LA[r.pick(c)](r); } if (!q.length) q = r.shuffle(LA_KEYS); return LA[q.shift()](r); }; }
export const isInvalidCard = (v) => { const d = v.replace(/[ -]/g, ''); return !luhnOk(d); };
export const isInvalidIban = (v) => ibanMod97(v.replace(/ /g, '')) !== 1;
