// Look-alike generators: values that resemble secrets or PII but must pass through unchanged.
import crypto from 'node:crypto';
import { ALNUM, HEX, B64, UPALNUM, LOWALNUM, UPPER, DIGITS } from './prng.mjs';
import { luhnComplete, luhnValid, ibanCheckDigits, mod97, nhsCheck, cardBrand, bech32Encode, convertBits, BECH32 } from './checks.mjs';
import { L } from './frag.mjs';
import { ibanRaw, IBAN_COUNTRIES } from './pii.mjs';
import * as K from './keys.mjs';
import { uuid } from './secrets.mjs';

const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const pad = (n, w) => String(n).padStart(w, '0');
function isoDate(r) { return `${r.int(2019, 2026)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`; }
function isoTs(r) { return `${isoDate(r)}T${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}${r.pick(['Z', '.' + r.digits(3) + 'Z', '+02:00', '+09:00', '-05:00'])}`; }
function isbn13(r) { const d = '978' + r.int(0, 1) + r.digits(8); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; const x = d + c; return `${x.slice(0, 3)}-${x[3]}-${x.slice(4, 8)}-${x.slice(8, 12)}-${x[12]}`; }
function ean13(r, pre = '') { let d = pre + r.digits(12 - pre.length); let s = 0; for (let i = 0; i < 12; i++) s += +d[i] * (i % 2 ? 3 : 1); return d + ((10 - (s % 10)) % 10); }
function isin(r) { const cc = r.pick(['US', 'DE', 'FR', 'GB', 'JP', 'NL', 'CH']); const body = cc + r.str(9, UPALNUM); const digits = [...body].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join(''); return body + luhnComplete(digits).slice(-1); }
export const VENDOR_TEST_CARDS = ['4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '3056930009020004', '36227206271667', '3566002020360505', '4111111111111111', '5105105105105100', '4012888888881881', '4000000000000077'];
export const AWS_EXAMPLE = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', '********', 'REDACTED', '<redacted>', '[FILTERED]', 'your_api_key_here', 'TODO-set-me', '<password>', 'PASSWORD_HERE', 'dummy', 'secret', 'xxx-xxx-xxxx', '<YOUR_GITHUB_TOKEN>', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AKIAXXXXXXXXXXXXXXXX', '•••••••', 'sk_live_****', 'replace-me', '${PASSWORD}', 'hunter2-not-real'].filter((p) => !p.startsWith('$'));
const ENUMS = ['PASSWORD_RESET_REQUIRED', 'CARD_NOT_PRESENT', 'SSN_VERIFIED', 'IBAN_MISMATCH', 'TOKEN_EXPIRED', 'client_secret_post', 'client_secret_basic', 'refresh_token', 'authorization_code', 'PRIVATE_KEY_JWT', 'API_KEY_ROTATED', 'bearer', 'PASSPORT_SCANNED', 'KYC_PENDING', 'PHONE_UNVERIFIED', 'EMAIL_BOUNCED', 'DEA_LOOKUP_OK', 'NHS_TRACE_MATCHED', 'SECRET_ROTATION_DUE', 'CREDENTIALS_LOCKED'];
const COLUMNS = ['ssn', 'social_security_number', 'credit_card_number', 'card_pan', 'iban', 'passport_no', 'drivers_license', 'email_address', 'phone_number', 'mobile', 'dea_number', 'nhs_number', 'itin', 'bank_account', 'btc_wallet', 'api_key', 'password', 'secret_token', 'access_key_id', 'ip_address', 'full_name', 'home_address'];

export function imei(r) { return luhnComplete(r.pick(['35', '86', '01', '99']) + r.digits(12)); }
function invalidCard(r) { for (;;) { const pre = r.pick(['4', '51', '53', '2221', '34', '37', '6011', '3530']); const len = pre.startsWith('3') && pre.length === 2 ? 15 : 16; let d = pre; while (d.length < len) d += String(r.int(0, 9)); if (!luhnValid(d) && cardBrand(luhnComplete(d.slice(0, -1)))) return d; } }
function invalidIban(r) { const good = ibanRaw(r, r.pick(IBAN_COUNTRIES)); let cd = +good.slice(2, 4); const bad = pad((cd + r.int(1, 50)) % 97 + 2, 2); const x = good.slice(0, 2) + (bad === good.slice(2, 4) ? pad((cd + 1) % 97 + 2, 2) : bad) + good.slice(4); return mod97(x.slice(4) + x.slice(0, 4)) === 1 ? invalidIban(r) : x; }
function invalidSsn(r) { const k = r.int(0, 4); if (k === 0) return `000-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`; if (k === 1) return `666-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`; if (k === 2) return `9${r.digits(2)}-${pad(r.int(10, 49), 2)}-${pad(r.int(1, 9999), 4)}`; if (k === 3) return `${pad(r.int(1, 665), 3)}-00-${pad(r.int(1, 9999), 4)}`; return `${pad(r.int(1, 665), 3)}-${pad(r.int(1, 99), 2)}-0000`; }
function invalidNhs(r) { for (;;) { const nine = String(r.int(4, 7)) + r.digits(8); const c = nhsCheck(nine); const last = c === null ? r.int(0, 9) : (c + r.int(1, 9)) % 10; const d = nine + last; if (c === null || last !== c) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`; } }

let PUBKEYS = null;
function pubkeys(r) { if (!PUBKEYS) PUBKEYS = []; if (PUBKEYS.length < 12) { const k = K.edKey(r); PUBKEYS.push(k); return k; } return r.pick(PUBKEYS); }

export const sshPub = (r) => (r.chance(0.2) ? K.sshPublicLine('ecdsa', K.ecKey(r, 'p256')) : K.sshPublicLine('ed25519', pubkeys(r)));
export const GEN = {
  git_sha: (r) => r.hex(40),
  short_sha: (r) => r.hex(r.pick([7, 8, 10, 12])),
  uuid: (r) => (r.chance(0.2) ? uuid(r).toUpperCase() : uuid(r)),
  digest: (r) => 'sha256:' + r.hex(64),
  integrity: (r) => r.pick(['sha512-', 'sha384-', 'sha256-']).replace(/.*/, (p) => p + crypto.createHash(p.slice(0, -1)).update(r.bytes(64)).digest('base64')),
  hash: (r) => r.hex(r.pick([32, 40, 64])),
  certificate: (r) => K.x509Cert(r, pubkeys(r), r.pick(['api.corp.example', 'mail.kundenportal.test', 'intranet.clinic.invalid', 'ldap.corp.example']), r.pick(['Corp Internal CA', 'Kundenportal GmbH', 'Clinic Group']), r.pick(['DE', 'US', 'GB', 'FR', 'JP']), `2${r.int(3, 4)}0${r.int(1, 9)}01000000Z`, `2${r.int(6, 8)}0${r.int(1, 9)}01000000Z`),
  public_key: (r) => r.pick([
    () => K.sshPublicLine('ed25519', pubkeys(r)), () => K.pem('PUBLIC KEY', K.edSpkiDer(pubkeys(r))), () => 'pk_live_' + r.str(24, ALNUM), () => 'pk.' + Buffer.from(JSON.stringify({ u: 'fleet-ops', a: r.str(25, LOWALNUM) })).toString('base64url') + '.' + r.str(22, ALNUM),
    () => bech32Encode('age', convertBits(r.bytes(32), 8, 5), BECH32), () => r.bytes(32).toString('base64'), () => 'phc_' + r.str(43, ALNUM), () => 'pk_test_' + r.str(24, ALNUM)])(),
  placeholder: (r) => r.pick(PLACEHOLDERS),
  aws_example_key: (r) => r.pick(AWS_EXAMPLE),
  env_reference: (r) => r.pick([() => '${' + r.pick(['DB_PASSWORD', 'STRIPE_KEY', 'API_TOKEN', 'SMTP_PASS', 'REDIS_URL']) + '}', () => '${{ secrets.' + r.pick(['NPM_TOKEN', 'DEPLOY_KEY', 'AWS_SECRET_ACCESS_KEY', 'SLACK_WEBHOOK']) + ' }}', () => '{{ .Values.' + r.pick(['db.password', 'auth.clientSecret', 'smtp.pass']) + ' }}', () => '$(cat /run/secrets/' + r.pick(['db_password', 'api_key']) + ')', () => '%' + r.pick(['SQL_PASSWORD', 'SERVICE_TOKEN']) + '%', () => '{{ vault "secret/data/' + r.pick(['crm', 'billing']) + '#password" }}'])(),
  secret_reference: (r) => r.pick([() => `op://${r.pick(['Infra', 'Payments', 'HR'])}/${r.pick(['postgres-prod', 'stripe', 'smtp'])}/password`, () => `arn:aws:secretsmanager:eu-central-1:${r.digits(12)}:secret:prod/${r.pick(['db', 'crm', 'ldap'])}-${r.str(6, ALNUM)}`, () => `vault:secret/data/${r.pick(['crm', 'billing', 'hr'])}#${r.pick(['password', 'api_key'])}`, () => `projects/${r.pick(['acme-prod', 'kp-data'])}/secrets/${r.pick(['db-pass', 'api-key'])}/versions/${r.int(1, 30)}`])(),
  order_number: (r) => r.pick([() => `ORD-${r.int(2022, 2026)}-${r.digits(6)}`, () => `#${r.int(100000000, 999999999)}`, () => `SO${r.digits(8)}`, () => `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`])(),
  tracking_number: (r) => r.pick([() => `1Z${r.str(6, UPALNUM)}${r.digits(10)}`, () => `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, () => r.digits(12), () => `JD0146${r.digits(14)}`, () => `${r.str(2, UPPER)}${r.digits(9)}${r.pick(['DE', 'GB', 'FR', 'JP', 'CN'])}`])(),
  invoice_number: (r) => r.pick([() => `INV-${r.int(2022, 2026)}-${r.digits(5)}`, () => `RE-${r.int(2023, 2026)}/${r.digits(4)}`, () => `FA${r.int(2023, 2026)}-${r.digits(4)}`, () => `${r.digits(10)}`])(),
  version: (r) => r.pick([() => `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, () => `v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, () => `${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}+build.${r.int(1, 900)}`, () => `${r.int(2019, 2025)}.${r.int(1, 12)}.${r.int(0, 4)}`])(),
  build_number: (r) => r.pick([() => `${r.int(2023, 2026)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}.${r.int(1, 30)}`, () => String(r.int(1000, 99999)), () => `b${r.int(100, 9999)}`])(),
  date: (r) => r.pick([() => isoDate(r), () => `${pad(r.int(1, 28), 2)}.${pad(r.int(1, 12), 2)}.${r.int(2020, 2026)}`, () => `${pad(r.int(1, 12), 2)}/${pad(r.int(1, 28), 2)}/${r.int(2020, 2026)}`])(),
  timestamp: (r) => r.pick([() => isoTs(r), () => String(r.int(1600000000, 1790000000)), () => String(r.int(1600000000, 1790000000)) + r.digits(3)])(),
  price: (r) => r.pick([() => `€${r.int(1, 9)}.${r.digits(3)},${r.digits(2)}`, () => `$${r.int(1, 99)},${r.digits(3)}.${r.digits(2)}`, () => `¥${r.int(1, 99)},${r.digits(3)}`, () => `${r.int(1, 9)} ${r.digits(3)},${r.digits(2)} zł`, () => `${r.int(10, 9999)}.${r.digits(2)} EUR`, () => `R$ ${r.int(1, 999)},${r.digits(2)}`, () => `£${r.int(1, 999)}.${r.digits(2)}`])(),
  coordinates: (r) => `${(r.int(-6000, 7000) / 100 + r.float() / 100).toFixed(6)}, ${(r.int(-17000, 17000) / 100 + r.float() / 100).toFixed(6)}`,
  isbn: isbn13,
  hex_color: (r) => '#' + r.hex(6),
  invalid_card: invalidCard,
  invalid_iban: invalidIban,
  invalid_ssn: invalidSsn,
  invalid_nhs: invalidNhs,
  vendor_test_card: (r) => r.pick(VENDOR_TEST_CARDS),
  data_uri: (r) => 'data:image/png;base64,' + Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), r.bytes(r.int(24, 60))]).toString('base64'),
  k8s_resource_version: (r) => String(r.int(1000000, 999999999)),
  request_id: (r) => r.pick([() => 'req_' + r.str(24, ALNUM), () => uuid(r), () => r.hex(32), () => `${r.str(8, UPALNUM)}:${r.hex(4)}:${r.hex(6)}`])(),
  trace_id: (r) => r.pick([() => `00-${r.hex(32)}-${r.hex(16)}-01`, () => r.hex(32), () => `Root=1-${r.hex(8)}-${r.hex(24)}`])(),
  crm_id: (r) => r.pick([() => r.pick(['001', '003', '006', '00Q', '500']) + r.str(2, DIGITS) + r.str(13, ALNUM), () => String(r.int(10000000000, 99999999999)), () => `CUST-${r.digits(7)}`, () => `cus_${r.str(14, ALNUM)}`])(),
  hostname: (r) => r.pick([() => `${r.pick(['web', 'api', 'db', 'worker', 'cache', 'mq'])}-${r.int(1, 40)}.${r.pick(['prod', 'stg', 'eu1'])}.corp.example`, () => `${r.pick(['pg', 'k8s-node', 'ldap', 'build'])}-${r.int(1, 99)}`, () => `ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}.corp.test`])(),
  mac_address: (r) => Array.from({ length: 6 }, () => r.hex(2)).join(r.pick([':', '-'])),
  imei,
  iccid: (r) => luhnComplete('89' + r.pick(['01', '44', '49', '33', '81']) + r.digits(14)),
  npi: (r) => { const nine = String(r.int(1, 2)) + r.digits(8); return nine + luhnComplete('80840' + nine).slice(-1); },
  isin,
  gtin: (r) => ean13(r, r.pick(['40', '50', '76', '45', '00'])),
  sku: (r) => r.pick([() => `SKU-${r.digits(4)}-${r.pick(['BLK', 'WHT', 'RED', 'NVY'])}-${r.pick(['S', 'M', 'L', 'XL'])}`, () => `${r.str(2, UPPER)}-${r.digits(5)}-${r.digits(2)}`, () => `${r.str(3, UPPER)}${r.digits(6)}`])(),
  counter: (r) => String(r.pick([r.int(1000000000, 9999999999), r.int(100000, 99999999), r.int(10000000000, 99999999999)])),
  enum_value: (r) => r.pick(ENUMS),
  column_name: (r) => r.pick(COLUMNS),
  object_id: (r) => r.hex(24),
  ulid: (r) => '01' + r.str(24, CROCK),
  snowflake_id: (r) => String(r.int(1, 1999)) + r.digits(16),
  message_id: (r) => `<${r.pick(['CAF', 'CAK', 'DB9P'])}${r.str(20, ALNUM)}@${r.pick(['mail.corp.example', 'mx.kundenportal.test', 'smtp.clinic.invalid'])}>`,
  mime_boundary: (r) => `----=_Part_${r.int(1000, 99999)}_${r.int(100000000, 999999999)}.${r.int(1600000000, 1790000000)}${r.digits(3)}`,
  ssh_fingerprint: (r) => K.sshFingerprint('ed25519', pubkeys(r)),
  pgp_fingerprint: (r) => r.hex(40).toUpperCase().replace(/(.{4})/g, '$1 ').trim(),
  etag: (r) => r.pick([() => `${r.hex(3)}-${r.str(27, ALNUM)}`, () => r.hex(32)])(),
  csp_nonce: (r) => r.bytes(16).toString('base64'),
  guid_base64: (r) => r.bytes(16).toString('base64'),
  nonce: (r) => r.bytes(r.pick([16, 24])).toString('base64'),
  windows_sid: (r) => `S-1-5-21-${r.int(1000000000, 4294967295)}-${r.int(1000000000, 4294967295)}-${r.int(1000000000, 4294967295)}-${r.int(1000, 9999)}`,
  hl7_control_id: (r) => r.pick([() => `MSG${r.digits(8)}`, () => `${r.int(2023, 2026)}${r.digits(10)}`])(),
  edi_control_number: (r) => r.digits(9),
  loinc_code: (r) => `${r.int(1000, 99999)}-${r.int(0, 9)}`,
  icd10_code: (r) => `${r.pick(['E', 'I', 'J', 'M', 'K', 'F', 'Z'])}${r.int(0, 99).toString().padStart(2, '0')}.${r.int(0, 9)}`,
  ndc_code: (r) => `${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`,
  bic: (r) => r.str(4, UPPER) + r.pick(['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'PL', 'CH']) + r.str(2, UPALNUM) + (r.chance(0.5) ? r.str(3, UPALNUM) : ''),
  vat_number: (r) => r.pick([() => 'DE' + r.digits(9), () => 'FR' + r.digits(11), () => 'GB' + r.digits(9), () => 'NL' + r.digits(9) + 'B0' + r.int(1, 9), () => 'ESB' + r.digits(8), () => 'IT' + r.digits(11)])(),
  masked_value: (r) => r.pick([() => `**** **** **** ${r.digits(4)}`, () => `XXXX-XXXX-XXXX-${r.digits(4)}`, () => `***-**-${r.digits(4)}`, () => `${r.str(2, UPPER)}** **** **** ${r.digits(4)}`, () => `•••• ${r.digits(4)}`])(),
  semver_range: (r) => r.pick(['^', '~', '>=']) + `${r.int(0, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`,
};
export const WHATS = Object.keys(GEN);
export function lk(r, what) { const g = GEN[what]; if (!g) throw new Error('no lookalike ' + what); return L(what, g(r)); }
