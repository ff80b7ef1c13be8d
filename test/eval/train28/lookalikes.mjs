// Look-alike values: things a careful reviewer would let through unchanged.
import crypto from 'node:crypto';
import { UPPER, DIG, B62 } from './rng.mjs';
import { invalidCard, invalidIban, invalidSsn } from './pii.mjs';
import { ed25519Key, ecKey, certificate } from './keys.mjs';

const AWS_EX = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
const TEST_CARDS = ['4242 4242 4242 4242', '4242424242424242', '4000 0566 5566 5556', '5555 5555 5555 4444', '2223003122003222', '3782 822463 10005', '6011 1111 1111 1117', '4111 1111 1111 1111', '4000000000000002', '5200828282828210'];
const PLACEHOLDERS = ['<your-token>', '<API_KEY>', 'changeme', 'CHANGE_ME', 'xxxxxxxx', 'sk-...', 'REDACTED_BY_USER', '********', '<password>', 'your_password_here', 'TODO', '••••••••', 'XXXX-XXXX-XXXX', '[hidden]', 'N/A', '<insert secret>', 'dummy', 'not-set', '****', '{{password}}', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_...', 'Bearer <token>', 'PLACEHOLDER'];
const ENVREF = (r) => r.pick([`\${${r.pick(['DB_PASSWORD', 'ZENDESK_TOKEN', 'STRIPE_KEY', 'SMTP_PASS', 'TWILIO_AUTH'])}}`, `\${{ secrets.${r.pick(['PROD_API_KEY', 'SLACK_BOT_TOKEN', 'KYC_VENDOR_KEY'])} }}`, `{{ .Values.${r.pick(['db.password', 'crm.apiKey', 'smtp.pass'])} }}`, `$${r.pick(['API_TOKEN', 'DB_PASS'])}`, `%${r.pick(['SMTP_PASSWORD', 'CRM_KEY'])}%`, `{{ vault "secret/data/${r.pick(['crm', 'voice'])}" "${r.pick(['token', 'password'])}" }}`, `op://${r.pick(['Support', 'Ops'])}/${r.pick(['Zendesk', 'Twilio'])}/credential`, `arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:${r.pick(['crm', 'ivr'])}-${r.str(6, B62)}`, `\${env:${r.pick(['FRESHDESK_KEY', 'LINE_SECRET'])}}`, `ENC[AES256_GCM,data:${r.b64(12)},iv:${r.b64(12)},tag:${r.b64(16)},type:str]`]);
export const LOOK = {
  git_sha: (r) => r.hex(r.pick([40, 40, 7, 12])),
  uuid: (r) => r.uuid(),
  digest: (r) => `sha256:${r.hex(64)}`,
  integrity: (r) => `sha512-${r.b64(64)}`,
  hash: (r) => r.hex(r.pick([32, 40, 64])),
  certificate: (r) => certificate(r, r.pick(['helpdesk.test', 'crm.corp.test', 'voice-gw.test']), ecKey(r).spkiDer),
  public_key: (r) => r.pick([() => ed25519Key(r, r.pick(['agent@desk', 'deploy@crm', 'kiosk-07'])).sshPub, () => ecKey(r).spki, () => `pk_live_${r.str(24, B62)}`, () => `pk.${Buffer.from(JSON.stringify({ u: 'storefinder', a: r.str(25, 'abcdefghijklmnopqrstuvwxyz0123456789') })).toString('base64url')}.${r.str(22, B62)}`])(),
  placeholder: (r) => r.pick(PLACEHOLDERS),
  aws_example_key: (r) => r.pick(AWS_EX),
  env_reference: ENVREF,
  order_number: (r) => r.pick([`#${r.int(100000, 999999)}`, `ORD-${r.int(2024, 2026)}-${r.digits(6)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `SO${r.digits(8)}`]),
  tracking_number: (r) => r.pick([`1Z${r.str(6, UPPER + DIG)}${r.digits(10)}`, `${r.pick(['JD', 'LX', 'RR'])}${r.digits(9)}${r.pick(['GB', 'DE', 'NL', 'CN'])}`, r.digits(12), `9400${r.digits(18)}`]),
  version: (r) => r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`, `${r.int(1, 25)}.${r.int(0, 12)}.${r.int(0, 9)}`, `${r.int(2024, 2026)}.${r.int(1, 12)}.${r.int(1, 9)}-rc${r.int(1, 4)}`]),
  build_number: (r) => r.pick([`build ${r.int(1000, 99999)}`, `#${r.int(1000, 9999)}`, `${r.int(20240101, 20261231)}.${r.int(1, 9)}`]),
  date: (r) => r.pick([`2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, `${r.int(1, 28)}/${r.int(1, 12)}/2026`, `${r.int(1, 28)}.${String(r.int(1, 12)).padStart(2, '0')}.2026`]),
  timestamp: (r) => r.pick([`2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}Z`, String(1767225600 + r.int(0, 3e7)), String(1767225600000 + r.int(0, 3e10))]),
  price: (r) => r.pick([`€${r.int(5, 900)},${r.digits(2)}`, `$${r.int(5, 2000)}.${r.digits(2)}`, `${r.int(5, 900)}.${r.digits(2)} EUR`, `¥${r.int(500, 90000)}`, `R$ ${r.int(10, 900)},${r.digits(2)}`, `£${r.int(5, 500)}.${r.digits(2)}`]),
  coordinates: (r) => `${(r.int(-60000000, 70000000) / 1e6).toFixed(6)}, ${(r.int(-170000000, 170000000) / 1e6).toFixed(6)}`,
  isbn: (r) => { const d = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); return `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${(10 - (s % 10)) % 10}`; },
  hex_color: (r) => `#${r.hex(6)}`,
  invalid_card: (r) => { const d = invalidCard(r); return r.chance(0.5) ? d.match(/.{1,4}/g).join(' ') : d; },
  invalid_iban: (r) => invalidIban(r),
  invalid_ssn: (r) => invalidSsn(r),
  vendor_test_card: (r) => r.pick(TEST_CARDS),
  data_uri: (r) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAA${r.str(40, B62)}AAAABJRU5ErkJggg==`,
  k8s_resource_version: (r) => String(r.int(1000000, 99999999)),
  request_id: (r) => r.pick([`req_${r.str(14, B62)}`, `${r.hex(8)}-${r.hex(4)}`, `X-Req-${r.str(10, UPPER + DIG)}`]),
  crm_id: (r) => r.pick([`003${r.str(12, B62)}`, `CUST-${r.digits(7)}`, `cus_${r.str(14, B62)}`, `contact_${r.digits(9)}`]),
  hostname: (r) => r.pick(['crm-worker-3.corp.test', 'ivr-gw.voice.test', 'kyc-api.internal.test', 'zd-sync-7f9c', 'mailrelay', 'helpdesk.example']),
  ticket_id: (r) => r.pick([`#${r.int(10000, 999999)}`, `INC${r.digits(7)}`, `SD-${r.int(1000, 99999)}`, `CS-${r.int(100000, 999999)}`]),
  trace_id: (r) => r.pick([`00-${r.hex(32)}-${r.hex(16)}-01`, r.hex(32)]),
  masked_card: (r) => r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXXXXXXXXXX${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(5)}******${r.digits(4)}`]),
  redacted: (r) => r.pick([`sk_live_****${r.str(4, B62)}`, `[REDACTED]`, `<redacted:${r.pick(['password', 'pin', 'token'])}>`, `ghp_****${r.str(4, B62)}`, `***${r.digits(2)}`]),
  feature_flag: (r) => r.pick(['enable_whatsapp_handoff', 'kyc.v2.selfie_check', 'ff-sla-breach-banner', 'voice.redact_dtmf', 'new_refund_flow']),
  sku: (r) => `${r.str(3, UPPER)}-${r.digits(4)}-${r.pick(['BLK', 'WHT', 'M', 'XL', '42'])}`,
  invoice_number: (r) => r.pick([`INV-${r.int(2025, 2026)}-${r.digits(5)}`, `F${r.digits(9)}`, `RE-${r.digits(6)}`]),
  claim_number: (r) => `CLM-${r.digits(2)}-${r.digits(7)}`,
  policy_number: (r) => r.pick([`POL-${r.str(2, UPPER)}-${r.digits(8)}`, `${r.str(3, UPPER)}${r.digits(9)}`]),
  flight_number: (r) => `${r.pick(['LH', 'AF', 'KL', 'TK', 'SQ', 'QR', 'NH', 'IB', 'LX'])}${r.int(10, 2999)}`,
  etag: (r) => `W/"${r.hex(16)}"`,
  message_id: (r) => `<${r.str(20, B62)}.${r.digits(10)}@mx.${r.pick(['helpdesk', 'mailer', 'shop'])}.test>`,
  base64_data: (r) => Buffer.from(JSON.stringify({ page: r.int(1, 40), per_page: 50, sort: 'updated_at' })).toString('base64'),
  meter_number: (r) => r.pick([`${r.digits(2)} ${r.digits(6)} ${r.digits(3)}`, `MPAN ${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `Z${r.digits(10)}`]),
  ip_infra: (r) => r.pick(['10.0.0.1', '127.0.0.1', '0.0.0.0', '169.254.169.254', '::1']),
  case_number: (r) => `${r.pick(['CASE', 'DSP', 'CB'])}-${r.digits(8)}`,
  booking_ref: (r) => `${r.str(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`,
  semver_range: (r) => r.pick([`^${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`, `~${r.int(1, 9)}.${r.int(0, 9)}`, `>=${r.int(1, 20)}`]),
};
