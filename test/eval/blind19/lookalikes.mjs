// Look-alike generators: values that resemble secrets or PII but must pass unchanged.
import { ALPHA } from './prng.mjs';
import * as C from './checksums.mjs';
import * as K from './keys.mjs';
import { IBAN_SPEC } from './checksums.mjs';
import { L } from './doc.mjs';

const uuid4 = (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick('89ab')}${r.hex(3)}-${r.hex(12)}`;
const uuid7 = (r) => `0${r.range(1, 9)}${r.hex(6)}-${r.hex(4)}-7${r.hex(3)}-${r.pick('89ab')}${r.hex(3)}-${r.hex(12)}`;
const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', 'ASIAIOSFODNN7EXAMPLE'];
export const VENDOR_TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '3530111333300000', '5105105105105100', '4000056655665556', '371449635398431', '2223003122003222', '4012888888881881', '30569309025904'];

export const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxx', 'sk-...', 'YOUR_API_KEY_HERE', '********', 'REPLACE_ME', '<redacted>', '[REDACTED]', 'dummy', 'TODO', '<password>', 'xxxxxxxxxxxxxxxxxxxx',
  'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '***', 'not-a-real-secret', 'your_password', '<SECRET>', 'pa55word-goes-here',
  'AKIAXXXXXXXXXXXXXXXX', 'ENTER_TOKEN', 'insert-key-here', '•••••••••', '<api-key>', 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', '0000000000000000'];

function invalidCard(r) {
  for (;;) {
    const pre = r.pick(['4' + r.digits(5), String(r.range(51, 55)) + r.digits(4), '37' + r.digits(4), '6011' + r.digits(2)]);
    const len = pre.startsWith('37') ? 15 : 16;
    const body = pre + r.digits(len - pre.length);
    if (!C.luhnValid(body)) return body;
  }
}
function invalidIban(r) {
  const cc = r.pick(Object.keys(IBAN_SPEC));
  for (;;) {
    const pat = IBAN_SPEC[cc][1]; let b = '';
    for (const ch of pat) b += ch === 'n' ? r.digits(1) : ch === 'a' ? r.str(ALPHA.upper, 1) : r.str(ALPHA.alnumU, 1);
    const s = cc + r.digits(2) + b; if (!C.ibanValid(s)) return r.chance(0.5) ? C.ibanGroup(s) : s;
  }
}
function invalidSsn(r) {
  const area = r.pick(['000', '666', String(r.range(900, 999))]);
  const variant = r.int(3);
  if (variant === 0) return `${area}-${String(r.range(1, 99)).padStart(2, '0')}-${String(r.range(1, 9999)).padStart(4, '0')}`;
  const a = String(r.range(1, 665)).padStart(3, '0');
  if (variant === 1) return `${a}-00-${String(r.range(1, 9999)).padStart(4, '0')}`;
  return `${a}-${String(r.range(1, 99)).padStart(2, '0')}-0000`;
}
function invalidNhs(r) {
  for (;;) {
    const nine = String(r.range(400, 799)) + r.digits(6); const c = C.nhsCheckDigit(nine);
    const bad = c === 10 ? r.int(10) : (c + r.range(1, 9)) % 10;
    const d = nine + bad; if (!C.nhsValid(d)) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}
function invalidDea(r) {
  for (;;) { const s = r.pick('ABFM'.split('')) + r.str(ALPHA.upper, 1) + r.digits(7); if (!C.deaValid(s)) return s; }
}
export const grp = (n, sep) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const LOOK = {
  git_sha: (r) => r.chance(0.75) ? r.hex(40) : r.hex(r.pick([7, 8, 10, 12])),
  uuid: (r) => r.pickW([[5, () => uuid4(r)], [2, () => uuid7(r)], [1, () => uuid4(r).toUpperCase()]])(),
  digest: (r) => 'sha256:' + r.hex(64),
  integrity: (r) => r.pickW([[5, () => 'sha512-' + r.bytes(64).toString('base64')], [1, () => 'sha384-' + r.bytes(48).toString('base64')], [1, () => 'sha1-' + r.bytes(20).toString('base64')]])(),
  hash: (r) => r.pickW([[2, () => r.hex(32)], [2, () => r.hex(40)], [3, () => r.hex(64)], [1, () => 'h1:' + r.bytes(32).toString('base64')]])(),
  password_hash: (r) => r.pickW([
    [3, () => `$2b$${r.pick(['10', '12'])}$${r.str('./' + ALPHA.b62, 53)}`],
    [2, () => `$argon2id$v=19$m=65536,t=3,p=4$${r.bytes(16).toString('base64').replace(/=+$/, '')}$${r.bytes(32).toString('base64').replace(/=+$/, '')}`],
    [1, () => `$6$${r.str('./' + ALPHA.b62, 16)}$${r.str('./' + ALPHA.b62, 86)}`],
    [1, () => `pbkdf2_sha256$600000$${r.str(ALPHA.b62, 22)}$${r.bytes(32).toString('base64')}`],
  ])(),
  placeholder: (r) => r.pick(PLACEHOLDERS),
  aws_example_key: (r) => r.pick(AWS_EXAMPLES),
  env_reference: (r) => {
    const v = r.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_SECRET_KEY', 'SMTP_PASS', 'REDIS_URL', 'JWT_SECRET', 'AWS_SECRET_ACCESS_KEY', 'NPM_TOKEN', 'SLACK_WEBHOOK', 'OPENAI_API_KEY', 'PG_PASS', 'VAULT_TOKEN']);
    return r.pickW([[4, () => '${' + v + '}'], [2, () => '$' + v], [2, () => '${{ secrets.' + v + ' }}'], [1, () => `{{ .Values.${v.toLowerCase().replace(/_/g, '.')} }}`], [1, () => `%${v}%`], [1, () => `\${env:${v}}`], [1, () => `{{ vault "kv/data/${v.toLowerCase()}" }}`], [1, () => `os.environ["${v}"]`], [1, () => `process.env.${v}`]])();
  },
  order_number: (r) => r.pick([`ORD-${r.range(2023, 2025)}-${r.digits(6)}`, `#${r.range(100000, 999999)}${r.digits(2)}`, `SO${r.digits(8)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `BST-${r.digits(7)}`, `PO-${r.range(10000, 99999)}`]),
  invoice_number: (r) => r.pick([`INV-${r.range(2023, 2025)}-${r.digits(5)}`, `RE-${r.range(2024, 2025)}-${r.digits(4)}`, `FAC-${r.digits(6)}`, `F${r.range(2024, 2025)}/${r.digits(4)}`, `${r.range(2024, 2025)}${r.digits(6)}`, `FV/${r.digits(3)}/${r.range(1, 12)}/${r.range(2024, 2025)}`]),
  tracking_number: (r) => r.pick([`1Z${r.str(ALPHA.alnumU, 6)}${r.digits(10)}`, r.digits(12), `9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, r.digits(10), `${r.str(ALPHA.upper, 2)}${r.digits(9)}${r.pick(['GB', 'DE', 'NL', 'FR'])}`, `JJD${r.digits(18)}`]),
  version: (r) => r.pick([`${r.range(0, 9)}.${r.range(0, 30)}.${r.range(0, 20)}`, `v${r.range(1, 5)}.${r.range(0, 20)}.${r.range(0, 9)}`, `${r.range(1, 3)}.${r.range(0, 9)}.${r.range(0, 9)}-rc.${r.range(1, 4)}`, `${r.range(18, 24)}.${String(r.range(1, 12)).padStart(2, '0')}`, `${r.range(1, 9)}.${r.range(0, 9)}.${r.range(0, 99)}+build.${r.range(1, 400)}`]),
  build_number: (r) => r.pick([`#${r.range(100, 99999)}`, `${r.range(2024, 2025)}.${r.range(1, 12)}.${r.range(1, 28)}.${r.range(1, 9999)}`, `b${r.range(1000, 99999)}`, String(r.range(10000, 999999))]),
  date: (r) => { const y = r.range(2023, 2026), m = r.range(1, 12), d = r.range(1, 28); return r.pick([`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`, `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`, `${d} ${MONTHS_EN[m - 1]} ${y}`, `${y}年${m}月${d}日`]); },
  timestamp: (r) => { const e = r.range(1704067200, 1767225599); const t = new Date(e * 1000).toISOString(); return r.pick([t, t.replace('.000Z', 'Z'), String(e), String(e) + r.digits(3), t.replace('T', ' ').slice(0, 19)]); },
  price: (r) => { const a = r.range(1, 99999), c = r.digits(2); const us = grp(a, ','), eu = grp(a, '.'); return r.pick([`$${us}.${c}`, `${eu},${c} €`, `€${us}.${c}`, `£${us}.${c}`, `¥${grp(a * 10, ',')}`, `R$ ${eu},${c}`, `CHF ${a}.${c}`, `${us}.${c} USD`, `${eu},${c} zł`]); },
  coordinates: (r) => { const la = (r.float() * 140 - 70).toFixed(r.range(4, 6)), lo = (r.float() * 340 - 170).toFixed(r.range(4, 6)); return r.pick([`${la}, ${lo}`, `${la},${lo}`, `${Math.abs(la).toFixed(4)}° ${la < 0 ? 'S' : 'N'}, ${Math.abs(lo).toFixed(4)}° ${lo < 0 ? 'W' : 'E'}`]); },
  isbn: (r) => { const d = C.isbn13Complete('978' + r.digits(9)); return r.chance(0.6) ? `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 7)}-${d.slice(7, 12)}-${d.slice(12)}` : d; },
  hex_color: (r) => '#' + (r.chance(0.8) ? r.hex(6) : r.hex(3)),
  invalid_card: (r) => { const d = invalidCard(r); return r.chance(0.5) ? d.match(/.{1,4}/g).join(' ') : d; },
  invalid_iban: invalidIban,
  invalid_ssn: invalidSsn,
  invalid_nhs: invalidNhs,
  invalid_dea: invalidDea,
  vendor_test_card: (r) => { const d = r.pick(VENDOR_TEST_CARDS); return r.chance(0.4) && d.length === 16 ? d.match(/.{4}/g).join(' ') : d; },
  data_uri: (r) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${r.str(ALPHA.b64, r.range(40, 120))}${r.pick(['', '=', '=='])}`,
  k8s_resource_version: (r) => String(r.range(1000000, 999999999)),
  request_id: (r) => r.pick([`req_${r.str(ALPHA.b62, 24)}`, `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`, `rid-${r.hex(16)}`, `${r.str(ALPHA.alnumU, 20)}`, `1-${r.hex(8)}-${r.hex(24)}`]),
  crm_id: (r) => r.pick([`00Q${r.str(ALPHA.b62, 12)}${r.str(ALPHA.upper, 3)}`, `003${r.str(ALPHA.b62, 12)}${r.str(ALPHA.upper, 3)}`, `CUST-${r.digits(6)}`, `C-${r.range(10000, 99999)}`, `lead_${r.digits(9)}`, `KD-${r.digits(5)}`]),
  hostname: (r) => `${r.pick(['api', 'db', 'cache', 'worker', 'edge', 'auth', 'mq', 'search', 'ledger', 'crm'])}${r.pick(['-', '-0', '-prod-', '', '-eu-'])}${r.range(1, 24)}.${r.pick(['prod', 'stg', 'int', 'eu-west-1', 'ops'])}.${r.pick(['corp.example', 'internal.test', 'trellis.example', 'kestrel-analytics.example', 'lan.invalid'])}`,
  mac_address: (r) => Array.from({ length: 6 }, () => r.hex(2)).join(r.pick([':', '-'])),
  trace_id: (r) => r.chance(0.5) ? r.hex(32) : `00-${r.hex(32)}-${r.hex(16)}-01`,
  container_id: (r) => r.chance(0.6) ? r.hex(12) : r.hex(64),
  ulid: (r) => '01' + r.str('HJK', 1) + r.str(CROCK, 23),
  cloud_resource_id: (r) => r.pick([`i-0${r.hex(16)}`, `vpc-0${r.hex(16)}`, `sg-0${r.hex(16)}`, `ami-0${r.hex(16)}`, `subnet-0${r.hex(16)}`, `vol-0${r.hex(16)}`, `projects/${r.pick(['kestrel', 'trellis-prod'])}-${r.digits(6)}`]),
  arn: (r) => r.pick([`arn:aws:iam::${r.digits(12)}:role/${r.pick(['deploy', 'ci-runner', 'etl-reader'])}`, `arn:aws:s3:::${r.pick(['invoices', 'backups', 'exports'])}-${r.hex(6)}`, `arn:aws:lambda:eu-west-1:${r.digits(12)}:function:${r.pick(['thumbs', 'billing-sync'])}`, `arn:aws:sns:us-east-1:${r.digits(12)}:alerts`]),
  ticket_id: (r) => r.pick([`${r.pick(['OPS', 'INC', 'SEC', 'HR', 'FIN', 'PLAT', 'SUP'])}-${r.range(10, 9999)}`, `INC${r.digits(7)}`, `CHG${r.digits(7)}`, `#${r.range(1000, 99999)}`]),
  key_fingerprint: (r) => r.chance(0.6) ? 'SHA256:' + r.bytes(32).toString('base64').replace(/=+$/, '') : r.hex(40).toUpperCase().match(/.{4}/g).join(' '),
  etag: (r) => r.pick([`W/"${r.hex(4)}-${r.str(ALPHA.b62, 27)}"`, `"${r.hex(32)}"`, `"${r.hex(32)}-${r.range(2, 40)}"`]),
  csp_nonce: (r) => r.bytes(16).toString('base64'),
  booking_reference: (r) => r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
  employee_id: (r) => r.pick([`EMP-${r.digits(6)}`, `E${r.digits(5)}`, `PN ${r.digits(6)}`, `${r.str(ALPHA.upper, 2)}${r.digits(4)}`]),
  policy_number: (r) => r.pick([`POL-${r.pick(['DE', 'FR', 'GB', 'US', 'ES'])}-${r.digits(8)}`, `${r.str(ALPHA.upper, 3)}${r.digits(9)}`, `${r.digits(3)}-${r.digits(6)}-${r.digits(2)}`]),
  serial_number: (r) => r.pick([`C02${r.str(ALPHA.alnumU, 9)}`, `SN${r.digits(10)}`, `${r.str(ALPHA.alnumU, 4)}-${r.str(ALPHA.alnumU, 4)}-${r.str(ALPHA.alnumU, 4)}`]),
  bic: (r) => r.str(ALPHA.upper, 4) + r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'PL', 'SE']) + r.str(ALPHA.alnumU, 2) + (r.chance(0.5) ? 'XXX' : ''),
  vat_id: (r) => r.pick([`DE${r.digits(9)}`, `FR${r.digits(2)}${r.digits(9)}`, `ESB${r.digits(8)}`, `IT${r.digits(11)}`, `NL${r.digits(9)}B01`, `GB${r.digits(3)} ${r.digits(4)} ${r.digits(2)}`, `PL${r.digits(10)}`, `SE${r.digits(10)}01`]),
  encoded_data: (r) => r.bytes(r.range(24, 90)).toString('base64'),
  public_key: (r) => r.pickW([
    [3, () => K.sshPublicLine('ed25519', K.edKey(r), r.chance(0.5) ? `${r.pick(['ci', 'deploy', 'laptop', 'ops'])}@${r.pick(['buildbox', 'mbp-14', 'bastion', 'runner-7'])}` : '')],
    [1, () => K.sshPublicLine('ecdsa', K.ecKey(r, 'p256'), '')],
    [2, () => K.pem('PUBLIC KEY', r.chance(0.5) ? K.ecSpkiDer(K.ecKey(r, 'p256')) : K.edKey(r).spki)],
    [2, () => 'pk_live_' + r.str(ALPHA.b62, r.pick([24, 99]))],
    [1, () => `pk.${Buffer.from(JSON.stringify({ u: r.pick(['okapi-maps', 'vireo']), a: r.str(ALPHA.alnumL, 25) })).toString('base64url')}.${r.str(ALPHA.b64url, 22)}`],
    [1, () => C.bech32Encode('age', C.convertBits([...r.bytes(32)], 8, 5, true))],
  ])(),
  certificate: (r) => {
    const sub = K.edKey(r), iss = K.edKey(r);
    return K.certificate(r, { cn: `${r.pick(['api', 'vpn', 'mail', 'sso', 'grafana'])}.${r.pick(['corp.example', 'trellis.example', 'internal.test'])}`, org: r.pick(['Trellis Cloud', 'Kestrel Analytics', 'Okapi Retail', 'Lumora Health']), country: r.pick(['DE', 'GB', 'US', 'FR', 'NL']), subjectKey: sub, issuerKey: iss, year: r.range(2023, 2025) });
  },
};
export const LOOK_KINDS = Object.keys(LOOK);
export const sshPublicKey = (r, comment = '') => (r.chance(0.8) ? K.sshPublicLine('ed25519', K.edKey(r), comment) : K.sshPublicLine('ecdsa', K.ecKey(r, 'p256'), comment));
export const look = (r, what) => LOOK[what](r);
export const Lk = (r, what) => L(what, LOOK[what](r));
