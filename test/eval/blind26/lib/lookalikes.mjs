// Look-alikes: values a careful reviewer would NOT call secrets or PII.
import { HEX, D, UPPER, LALNUM, ALNUM } from './rng.mjs';
import { der, derInt, derSeq, derOid, pemWrap, luhnValid, ibanCheck, nhsCheck } from './fmt.mjs';
import { VENDOR_TEST_CARDS, cardNumber, ibanRaw, fmtCard } from './pii.mjs';

export const uuid = (r) => `${r.hex(8)}-${r.hex(4)}-${r.pick(['4', '7', '1'])}${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
const ULID = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const dt = (r) => new Date(Date.UTC(2026, r.int(0, 4), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59), r.int(0, 999)));
export const iso = (r) => dt(r).toISOString();
export function certificate(r) {
  const name = (cn) => derSeq(der(0x31, derSeq(derOid('2.5.4.3'), der(0x0c, Buffer.from(cn)))));
  const tbs = derSeq(der(0xa0, derInt([2])), derInt(r.bytes(16)), derSeq(derOid('1.2.840.113549.1.1.11'), Buffer.from([5, 0])), name('Acme Internal CA R3'), derSeq(der(0x17, Buffer.from('260101000000Z')), der(0x17, Buffer.from('270101000000Z'))), name(r.pick(['api.acme.test', 'grafana.internal.test', '*.svc.acme.test'])), derSeq(derSeq(derOid('1.2.840.10045.2.1'), derOid('1.2.840.10045.3.1.7')), der(0x03, Buffer.concat([Buffer.from([0, 4]), r.bytes(64)]))));
  return pemWrap('CERTIFICATE', derSeq(tbs, derSeq(derOid('1.2.840.10045.4.3.2')), der(0x03, Buffer.concat([Buffer.from([0]), r.bytes(71)]))).toString('base64'));
}
export const pemPublicKey = (r) => pemWrap('PUBLIC KEY', derSeq(derSeq(derOid('1.2.840.10045.2.1'), derOid('1.2.840.10045.3.1.7')), der(0x03, Buffer.concat([Buffer.from([0, 4]), r.bytes(64)]))).toString('base64'));
export const sshPublicKey = (r) => { const b = Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), Buffer.from([0, 0, 0, 32]), r.bytes(32)]); return `ssh-ed25519 ${b.toString('base64')}`; };
export function invalidCard(r) { const n = cardNumber(r); const last = +n.slice(-1); const bad = n.slice(0, -1) + String((last + r.int(1, 9)) % 10); return luhnValid(bad) ? invalidCard(r) : fmtCard(r, bad); }
export function invalidIban(r) { const v = ibanRaw(r); let ck = +v.slice(2, 4); ck = (ck + r.int(1, 90)) % 97; if (ck < 2) ck += 3; const bad = v.slice(0, 2) + String(ck).padStart(2, '0') + v.slice(4); return bad === v ? invalidIban(r) : (r.bool() ? bad.match(/.{1,4}/g).join(' ') : bad); }
export const invalidSsn = (r) => r.pick([() => `000-${r.digits(2).replace('00', '12')}-${r.int(1000, 9999)}`, () => `666-${r.int(10, 99)}-${r.int(1000, 9999)}`, () => `${r.int(100, 665)}-00-${r.int(1000, 9999)}`, () => `${r.int(100, 665)}-${r.int(10, 99)}-0000`])();
export function invalidNhs(r) { for (;;) { const nine = String(r.int(400, 799)) + r.digits(6); const c = nhsCheck(nine); const bad = (c + r.int(1, 8)) % 10; if (c === 10 || bad === c) continue; const n = nine + bad; return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`; } }
const PLACEHOLDERS = ['changeme', '<your-token>', '<YOUR_API_KEY>', 'xxxxxxxxxxxxxxxx', 'REPLACE_ME', 'sk-...', 'TODO', '********', '<redacted>', 'your-secret-here', '<password>', 'dummy', 'placeholder', 'CHANGE_ME_IN_PROD', 'insert-key-here', '[REDACTED]', '<paste token>', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'hunter2-not-real', 'secret', 'password', 'ask-in-1password', 'see vault', '${SECRET}', 'null', '__REPLACE__', 'NOT_SET'];
const ENV_REFS = ['${DB_PASSWORD}', '${{ secrets.DEPLOY_TOKEN }}', '$STRIPE_KEY', '${env:API_TOKEN}', '%(ENV_REDIS_PASS)s', '${AWS_SECRET_ACCESS_KEY:?unset}', '$(cat /run/secrets/db_pw)', '${var.db_password}', 'env(SENTRY_AUTH_TOKEN)', '${{ secrets.NPM_TOKEN }}', '${SMTP_PASS:-}', '%SLACK_TOKEN%', '${input:apiKey}', '$env:OPENAI_API_KEY', 'os.environ["HF_TOKEN"]', '#{ENV["RAILS_MASTER_KEY"]}', '${file:/etc/secrets/ldap}', 'secretKeyRef:db-creds/password', '${aws_secretsmanager:prod/db}', '$__env{GRAFANA_TOKEN}'];
const TPL_REFS = ['{{ .Values.db.password }}', '{{ .Values.auth.clientSecret | b64enc }}', '{{ vault_db_password }}', '{{ lookup("env", "API_KEY") }}', '{{ secrets.stripe_key }}', '{{ .Env.GITHUB_TOKEN }}', '{{ required "set apiKey" .Values.apiKey }}', '{{ pillar["redis_pw"] }}', '<%= ENV["SECRET_KEY_BASE"] %>', '{{ "{{" }} token {{ "}}" }}', '{{ ansible_password }}', '{{ include "app.secretName" . }}'];
const AWS_EX = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', 'ASIAIOSFODNN7EXAMPLE'];
export const LK = {
  git_sha: (r) => r.bool(0.7) ? r.hex(40) : r.hex(r.pick([7, 8, 12])),
  uuid,
  digest: (r) => 'sha256:' + r.hex(64),
  integrity: (r) => { const [a, n] = r.pick([['sha512-', 64], ['sha512-', 64], ['sha384-', 48], ['sha256-', 32]]); return a + r.bytes(n).toString('base64'); },
  hash: (r) => r.hex(r.pick([32, 40, 64])),
  certificate,
  public_key: (r) => r.pick([sshPublicKey, pemPublicKey, (x) => 'pk_live_51' + x.alnum(97), (x) => 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6Im' + x.alnum(26) + '.' + x.str(ALNUM + '-_', 22), (x) => 'phc_' + x.alnum(43), (x) => 'BP' + x.b64u(85)])(r),
  placeholder: (r) => r.pick(PLACEHOLDERS),
  aws_example_key: (r) => r.pick(AWS_EX),
  env_reference: (r) => r.pick(ENV_REFS),
  template_reference: (r) => r.pick(TPL_REFS),
  order_number: (r) => r.pick([`ORD-${r.int(2024, 2026)}-${r.digits(6)}`, `#${r.int(100000, 999999)}`, `SO${r.digits(8)}`, `PO-${r.digits(5)}`]),
  tracking_number: (r) => r.pick([`1Z${r.str(UPPER + D, 6)}${r.digits(10)}`, `${r.digits(12)}`, `JD${r.digits(18)}`, `LX${r.digits(9)}DE`, `9400${r.digits(18)}`]),
  version: (r) => r.pick([`${r.int(0, 24)}.${r.int(0, 30)}.${r.int(0, 40)}`, `v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, `${r.int(2023, 2026)}.${r.int(1, 12)}.${r.int(1, 9)}`]),
  build_number: (r) => r.pick([`#${r.int(1000, 99999)}`, `build-${r.int(100, 9999)}`, `${r.int(20260101, 20260530)}.${r.int(1, 9)}`, `run ${r.digits(11)}`]),
  date: (r) => iso(r).slice(0, 10),
  timestamp: (r) => r.bool(0.8) ? iso(r) : iso(r).replace('T', ' ').slice(0, 19),
  epoch: (r) => r.bool() ? String(1767225600 + r.int(0, 12e6)) : String(1767225600000 + r.int(0, 12e9)),
  price: (r) => r.pick([`$${r.int(1, 999)}.${r.digits(2)}`, `€${r.int(1, 999)},${r.digits(2)}`, `${r.int(1, 9999)}.${r.digits(2)} USD`, `¥${r.int(100, 99999)}`, `£${r.int(1, 500)}.${r.digits(2)}`]),
  coordinates: (r) => `${(r.next() * 140 - 70).toFixed(6)}, ${(r.next() * 340 - 170).toFixed(6)}`,
  isbn: (r) => { const b = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; return `${b.slice(0, 3)}-${b.slice(3, 4)}-${b.slice(4, 8)}-${b.slice(8, 12)}-${c}`; },
  hex_color: (r) => '#' + r.str('0123456789abcdefABCDEF', r.pick([6, 6, 3])),
  invalid_card: invalidCard,
  invalid_iban: invalidIban,
  invalid_ssn: invalidSsn,
  invalid_nhs: invalidNhs,
  vendor_test_card: (r) => r.pick(VENDOR_TEST_CARDS),
  data_uri: (r) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.b64(r.int(40, 90))}`,
  k8s_resource_version: (r) => String(r.int(100000, 99999999)),
  request_id: (r) => r.pick([() => `req_${r.alnum(24)}`, () => r.hex(32), () => `${r.str(UPPER + D, 20)}`, () => `Root=1-${r.hex(8)}-${r.hex(24)}`])(),
  trace_id: (r) => r.hex(32),
  span_id: (r) => r.hex(16),
  crm_id: (r) => r.pick([`CUST-${r.digits(7)}`, `cus_${r.alnum(14)}`, `0015g00000${r.alnum(8)}`, `acct_${r.alnum(16)}`, `usr_${r.digits(9)}`]),
  hostname: (r) => r.pick(['ip-10-0-3-17.ec2.internal', `web-${r.int(1, 40)}.prod.acme.test`, `k8s-node-${r.str(LALNUM, 5)}`, `db-primary.internal.test`, `runner-${r.str(LALNUM, 8)}-project-${r.int(10, 999)}-concurrent-0`]),
  ulid: (r) => '01J' + r.str(ULID, 23),
  instance_id: (r) => r.pick([`i-0${r.hex(16)}`, `ami-0${r.hex(16)}`, `sg-0${r.hex(16)}`, `vol-0${r.hex(16)}`, `subnet-0${r.hex(16)}`, `eni-0${r.hex(16)}`]),
  account_id: (r) => r.digits(12).replace(/^0/, '4'),
  arn: (r) => `arn:aws:${r.pick(['iam', 'secretsmanager', 'lambda', 's3'])}::${r.digits(12).replace(/^0/, '4')}:${r.pick(['role/ci-deployer', 'secret:prod/db-AbCdEf', 'function:thumbs', 'user/svc-ci'])}`,
  container_id: (r) => r.hex(r.pick([12, 64])),
  etag: (r) => `W/"${r.hex(r.pick([16, 27, 32]))}"`,
  mac_address: (r) => Array.from({ length: 6 }, () => r.hex(2)).join(':'),
  feature_flag: (r) => r.pick(['enable_new_checkout', 'ff.search_v2=true', 'beta-dark-mode', 'FEATURE_BILLING_V3', 'rollout.payments.sca:50%', 'exp_onboarding_variant_b', 'useStreamingApi']),
  redacted: (r) => r.pick([`sk_live_…${r.alnum(4)}`, '****', `ghp_****${r.alnum(4)}`, `xoxb-***-***`, `••••••${r.digits(4)}`, `**** **** **** ${r.digits(4)}`, `AKIA************${r.str(UPPER, 4)}`, '[FILTERED]', '<hidden>']),
  base64_data: (r) => Buffer.from(r.pick(['{"theme":"dark","lang":"en"}', 'hello world from the build cache', 'replicas=3\nlog_level=info\n', '{"v":2,"cursor":' + r.int(1, 99999) + '}', 'region=eu-central-1'])).toString('base64'),
  fingerprint: (r) => r.pick([() => 'SHA256:' + r.bytes(32).toString('base64').replace(/=+$/, ''), () => r.str('0123456789ABCDEF', 40).match(/.{4}/g).join(' '), () => Array.from({ length: 16 }, () => r.hex(2)).join(':')])(),
  fictional_phone: (r) => r.pick([`(${r.pick(['206', '303', '617'])}) 555-01${r.digits(2)}`, `555-01${r.digits(2)}`, `+1 ${r.pick(['212', '415', '312'])} 555 01${r.digits(2)}`]),
  commit_range: (r) => `${r.hex(7)}..${r.hex(7)}`,
  checksum: (r) => r.pick([() => `h1:${r.bytes(32).toString('base64')}`, () => r.hex(64), () => `sha1-${r.bytes(20).toString('base64')}`])(),
  nonce: (r) => r.bytes(16).toString('base64'),
  semver_range: (r) => r.pick([`^${r.int(1, 18)}.${r.int(0, 9)}.${r.int(0, 9)}`, `~${r.int(0, 4)}.${r.int(0, 20)}.0`, `>=${r.int(1, 3)}.${r.int(0, 9)} <${r.int(4, 5)}`]),
};
export const PUBKEY = { ssh: sshPublicKey, pem: pemPublicKey, stripe: (x) => 'pk_live_51' + x.alnum(97), mapbox: (x) => 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6Im' + x.alnum(26) + '.' + x.str(ALNUM + '-_', 22), posthog: (x) => 'phc_' + x.alnum(43), vapid: (x) => 'BP' + x.b64u(85) };
export const lk = (r, what) => { const g = LK[what]; if (!g) throw new Error('lookalike ' + what); return g(r); };
export const LK_KINDS = Object.keys(LK).filter((k) => k !== 'epoch');
