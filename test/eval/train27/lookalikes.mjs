// Look-alike generators: values that resemble secrets or PII but must pass through unchanged.
import { L } from './builder.mjs';
import { luhnValid, ibanCheckDigits, ibanValid, mod97, nhsCheck, deaCheck } from './checksums.mjs';
import { ibanRaw, ibanPrint, cardDigits, fmtCard, IBAN_COUNTRIES } from './values.mjs';
import { uuid as uuidStr } from './secrets.mjs';
import * as K from './keys.mjs';

export const gitSha = (r, short) => L('git_sha', r.hex(short ? r.pick([7, 8, 10, 12]) : 40));
export const uuid = (r, upper) => L('uuid', upper ? uuidStr(r).toUpperCase() : uuidStr(r));
export const digest = (r) => L('digest', `sha256:${r.hex(64)}`);
export const integrity = (r) => L('integrity', r.chance(0.7) ? `sha512-${r.bytes(64).toString('base64')}` : `sha384-${r.bytes(48).toString('base64')}`);
export const hash = (r, kind) => { kind = kind || r.pick(['md5', 'sha1', 'sha256']); return L('hash', r.hex(kind === 'md5' ? 32 : kind === 'sha1' ? 40 : 64), { kind }); };
export const certificate = (r, cn = 'intranet.corp.example', o = 'Corp Internal') => L('certificate', K.pem('CERTIFICATE', K.certificateDer(r, cn, o)));
export const sshPublicKey = (r) => L('public_key', r.chance(0.7) ? `ssh-ed25519 ${K.sshEd25519Pub(r).toString('base64')}` : `ssh-rsa ${K.sshRsaPub(r).toString('base64')}`);
export const pemPublicKey = (r) => L('public_key', K.pem('PUBLIC KEY', K.spkiEc(r)));
export const publishableKey = (r) => L('public_key', r.pick([`pk_live_${r.alnum(24)}`, `pk.eyJ1Ijoi${r.alnum(8)}IiwiYSI6ImNs${r.alnum(16)}In0.${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22)}`]));
const PLACEHOLDERS = ['changeme', '<your-password>', 'xxxxxxxx', '********', 'YOUR_API_KEY_HERE', '<redacted>', '[PASSWORT]', '••••••••', 'sk-...', 'REPLACE_ME', '<mot de passe>', '（パスワード）', 'contraseña_aquí', '<token>', 'XXXX-XXXX-XXXX', '<insert key>', 'TBD', '••••', '<PIN>', 'dummy', '???', 'n/a'];
export const placeholder = (r, v) => L('placeholder', v || r.pick(PLACEHOLDERS));
const AWS_EX = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export const awsExample = (r, i) => L('aws_example_key', i !== undefined ? AWS_EX[i] : r.pick(AWS_EX));
export const envRef = (r, name) => { name = name || r.pick(['SMTP_PASSWORD', 'API_KEY', 'DB_PASS', 'WIFI_KEY', 'MAIL_PASS', 'CRM_TOKEN', 'STRIPE_KEY']); return L('env_reference', r.pick([`\${${name}}`, `$${name}`, `%${name}%`, `\${{ secrets.${name} }}`, `{{ env "${name}" }}`, `process.env.${name}`, `$env:${name}`])); };
export const orderNumber = (r) => L('order_number', r.pick([`${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `#${r.int(1000, 99999)}`, `ORD-${r.int(2023, 2025)}-${r.digits(6)}`, `${r.upper(2)}${r.digits(8)}`, `${r.nzdigits(10)}`, `A${r.digits(2)}-${r.upperalnum(6)}`]));
export const trackingNumber = (r, carrier) => {
  carrier = carrier || r.pick(['ups', 'dhl', 'usps', 'royal', 'fedex', 'postnl', 'cn', 'gls', 'dpd']);
  const v = { ups: `1Z${r.upperalnum(6)}${r.digits(10)}`, dhl: r.pick([r.nzdigits(10), `JJD${r.digits(18)}`, `00340434${r.digits(12)}`]), usps: `94${r.digits(20)}`.replace(/(.{4})(?=.)/g, '$1 '), royal: `${r.upper(2)}${r.digits(9)}GB`, fedex: r.nzdigits(12), postnl: `3S${r.upper(4)}${r.digits(7)}`, cn: `L${r.upper(1)}${r.digits(9)}CN`, gls: r.nzdigits(11), dpd: r.digits(14) }[carrier];
  return L('tracking_number', v, { carrier });
};
export const invoiceNumber = (r) => L('invoice_number', r.pick([`INV-${r.int(2023, 2025)}-${r.digits(5)}`, `RE-${r.int(2023, 2025)}-${r.digits(4)}`, `F${r.int(2023, 2025)}/${r.digits(4)}`, `FA-${r.digits(6)}`, `${r.int(2023, 2025)}${r.digits(6)}`, `No. ${r.digits(7)}`.slice(4)]));
const PNR = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const bookingRef = (r) => L('booking_reference', r.pick([r.str(PNR, 6), r.nzdigits(10).replace(/^(\d)(\d{3})(\d{3})(\d{3})$/, '$1.$2.$3.$4'), `HR-${r.upperalnum(8)}`, r.nzdigits(9), `${r.upper(3)}${r.digits(7)}`]));
export const meetingId = (r, kind) => { kind = kind || r.pick(['zoom', 'teams', 'meet', 'webex']); const v = { zoom: `${r.nzdigits(3)} ${r.digits(4)} ${r.digits(4)}`, teams: `${r.nzdigits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, meet: `${r.lower(3)}-${r.lower(4)}-${r.lower(3)}`, webex: `${r.nzdigits(4)} ${r.digits(3)} ${r.digits(4)}` }[kind]; return L('meeting_id', v, { kind }); };
export function creditorReference(r) { // ISO 11649 RF reference (mod 97 over its own body)
  const body = r.upperalnum(r.int(8, 14));
  const chk = ibanCheckDigits('RF', body);
  return `RF${chk}${body}`.replace(/(.{4})(?=.)/g, '$1 ');
}
export const referenceCode = (r) => L('reference_code', r.pick([creditorReference(r), `REF-${r.upperalnum(8)}`, `${r.int(2023, 2025)}-${r.upper(2)}-${r.digits(5)}`, `VZ ${r.digits(12)}`, `${r.upperalnum(12)}`]));
export const maskedCard = (r, last4) => { last4 = last4 || r.digits(4); return L('masked_card', r.pick([`**** **** **** ${last4}`, `XXXX-XXXX-XXXX-${last4}`, `•••• ${last4}`, `************${last4}`, `${r.pick(['4', '5'])}${r.digits(5)}******${last4}`, `•••• •••• •••• ${last4}`])); };
export const maskedIban = (r, cc) => { const raw = ibanRaw(r, cc || r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB'])); return L('masked_iban', r.pick([`${raw.slice(0, 4)} **** **** **** ${raw.slice(-4)}`, `${raw.slice(0, 2)}** ${'*'.repeat(raw.length - 8)} ${raw.slice(-4)}`, `${raw.slice(0, 6)}…${raw.slice(-3)}`])); };
export const maskedPhone = (r) => L('masked_phone', r.pick([`+49 *** ****${r.digits(2)}`, `+1 (***) ***-${r.digits(4)}`, `07*** ***${r.digits(3)}`, `+33 6 ** ** ** ${r.digits(2)}`, `•••• ${r.digits(4)}`]));
export const maskedEmail = (r) => L('masked_email', `${r.lower(1)}***${r.lower(1)}@${r.lower(1)}***.${r.pick(['example', 'test'])}`);
export const messageId = (r, domain = 'mail.example') => L('message_id', r.pick([`<${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=_-', 40)}@${domain}>`, `<${r.hex(16)}.${r.hex(8)}@${domain}>`, `<${uuidStr(r).toUpperCase()}@${domain}>`]));
export const fileId = (r) => L('file_id', r.pick([`1${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32)}`, `01${r.upperalnum(32)}`, `id:${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 22)}`]));
export const vatNumber = (r, cc) => { cc = cc || r.pick(['DE', 'FR', 'AT', 'NL', 'ES', 'IT', 'PL', 'BE', 'GB', 'SE']); const v = { DE: `DE${r.nzdigits(9)}`, FR: `FR${r.digits(2)}${r.nzdigits(9)}`, AT: `ATU${r.digits(8)}`, NL: `NL${r.digits(9)}B0${r.int(1, 9)}`, ES: `ES${r.upper(1)}${r.digits(7)}${r.upper(1)}`, IT: `IT${r.digits(11)}`, PL: `PL${r.nzdigits(10)}`, BE: `BE0${r.digits(9)}`, GB: `GB${r.nzdigits(9)}`, SE: `SE${r.digits(10)}01` }[cc]; return L('vat_number', v); };
export const ticketNumber = (r) => L('ticket_number', r.pick([`INC${r.digits(7)}`, `SR-${r.int(10000, 99999)}`, `#${r.int(1000, 99999)}`, `HD-${r.int(2023, 2025)}-${r.digits(4)}`, `REQ${r.digits(7)}`, `${r.upper(3)}-${r.int(100, 9999)}`]));
const AIRLINES = ['LH', 'BA', 'AF', 'KL', 'NH', 'JL', 'EK', 'QR', 'TK', 'IB', 'AZ', 'SK', 'LO', 'OS', 'LX', 'UA', 'DL', 'AA', 'QF', 'SQ', 'CX', 'KE', 'TG', 'VN', 'ET', 'MS', 'SV', 'LA', 'AM'];
export const flightNumber = (r) => L('flight_number', `${r.pick(AIRLINES)}${r.pick(['', ' '])}${r.int(1, 9999)}`);
export const eticket = (r) => L('eticket_number', `${r.pick(['220', '125', '057', '074', '205', '131', '176', '157', '235', '016'])}${r.pick(['-', ' ', ''])}${r.digits(10)}`);
export const loyaltyNumber = (r) => L('loyalty_number', r.pick([`${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `${r.upper(2)}${r.digits(9)}`, `${r.digits(10)}`, `7081 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`]));
export const policyNumber = (r) => L('policy_number', r.pick([`POL-${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`, `${r.digits(2)}.${r.digits(3)}.${r.digits(3)}-${r.digits(1)}`, `${r.upper(2)}${r.digits(10)}`, `${r.nzdigits(8)}/${r.digits(2)}`]));
export const employeeId = (r) => L('employee_id', r.pick([`E-${r.digits(5)}`, `${r.digits(6)}`, `EMP${r.digits(5)}`, `PN ${r.digits(4)}`.slice(3), `${r.upper(2)}${r.digits(4)}`]));
export const customerNumber = (r) => L('customer_number', r.pick([`${r.nzdigits(7)}`, `CUST-${r.digits(5)}`, `KD${r.digits(6)}`, `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `C${r.digits(8)}`]));
export const sku = (r) => L('sku', r.pick([`SKU-${r.digits(4)}-${r.upper(3)}-${r.pick(['S', 'M', 'L', 'XL'])}`, `B0${r.upperalnum(8)}`, `${r.upper(2)}-${r.digits(5)}`, `${r.digits(3)}.${r.digits(3)}.${r.digits(2)}`]));
export function gtin(r) { const p = r.pick(['400', '300', '590', '871', '500', '450', '880', '690', '789', '750']) + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += Number(p[i]) * (i % 2 ? 3 : 1); return L('gtin', p + ((10 - (s % 10)) % 10)); }
export function isbn(r) { const p = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += Number(p[i]) * (i % 2 ? 3 : 1); const d = p + ((10 - (s % 10)) % 10); return L('isbn', r.chance(0.5) ? d : `${d.slice(0, 3)}-${d.slice(3, 4)}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d.slice(12)}`); }
export const serialNumber = (r) => L('serial_number', r.pick([`C02${r.upperalnum(9)}`, `5CG${r.digits(4)}${r.upperalnum(3)}`, `SN${r.digits(10)}`, `${r.upperalnum(4)}-${r.upperalnum(4)}-${r.upperalnum(4)}`, `R${r.digits(2)}${r.upper(1)}${r.digits(7)}`]));
export const macAddress = (r) => L('mac_address', Array.from({ length: 6 }, () => r.hex(2)).join(r.pick([':', '-'])).replace(/./g, (c) => c));
export const hostname = (r) => L('hostname', r.pick([`fileserver${r.pad(r.int(1, 9), 2)}.corp.example`, `printer-${r.int(1, 5)}og.office.test`, `nas.local`, `mail.${r.pick(['kanzlei', 'praxis', 'schule', 'firma'])}.example`, `vpn-gw${r.int(1, 3)}.intra.example`, `DESKTOP-${r.upperalnum(7)}`, `LAPTOP-${r.upperalnum(7)}`, `srv-${r.pick(['dc', 'fs', 'print', 'erp'])}${r.pad(r.int(1, 12), 2)}`]));
export const version = (r) => L('version', r.pick([`${r.int(1, 20)}.${r.int(0, 30)}.${r.int(0, 40)}`, `v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, `16.0.${r.int(10000, 19000)}.${r.int(20000, 21000)}`, `${r.int(2019, 2025)}.${r.int(1, 12)}`]));
export const buildNumber = (r) => L('build_number', r.pick([`${r.int(19041, 26100)}.${r.int(100, 5000)}`, `#${r.int(1000, 99999)}`, `b${r.int(100, 9999)}`, `${r.int(100, 999)}${r.digits(3)}`]));
export const coordinates = (r) => { const la = (r.int(-6000, 6500) / 100 + r.float() / 100).toFixed(6), lo = (r.int(-12000, 15000) / 100 + r.float() / 100).toFixed(6); return L('coordinates', r.pick([`${la}, ${lo}`, `${la},${lo}`, `${Math.abs(la | 0)}°${r.int(0, 59)}′${r.int(0, 59)}″${la < 0 ? 'S' : 'N'} ${Math.abs(lo | 0)}°${r.int(0, 59)}′${r.int(0, 59)}″${lo < 0 ? 'W' : 'E'}`])); };
export const hexColor = (r) => L('hex_color', `#${r.pick([r.HEX(6), r.hex(6), r.HEX(3)])}`);
export const dataUri = (r) => L('data_uri', `data:image/${r.pick(['png', 'gif'])};base64,${r.pick(['iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8', 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw'])}${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', r.int(8, 24))}==`);
export const k8sResourceVersion = (r) => L('k8s_resource_version', r.nzdigits(r.int(6, 9)));
export const requestId = (r) => L('request_id', r.pick([`req_${r.alnum(24)}`, uuidStr(r), `${r.hex(8)}-${r.hex(4)}`, `Root=1-${r.hex(8)}-${r.hex(24)}`, r.upperalnum(26)]));
export const crmId = (r) => L('crm_id', r.pick([`003${r.alnum(12)}${r.upperalnum(3)}`, `00Q${r.alnum(15)}`, `CRM-${r.digits(6)}`, `${r.nzdigits(11)}`, `contact_${r.hex(12)}`]));
export const eventUid = (r, domain = 'calendar.example') => L('event_uid', r.pick([`${r.loweralnum(26)}@${domain}`, `040000008200E00074C5B7101A82E008${r.HEX(40)}`, `${uuidStr(r).toUpperCase()}`]));
export const etag = (r) => L('etag', r.pick([`W/"${r.hex(16)}"`, `"${r.hex(32)}"`, `"${r.digits(16)}"`]));
export const transactionId = (r) => L('transaction_id', r.pick([`TXN${r.upperalnum(12)}`, `${r.digits(4)}${r.upper(2)}${r.digits(8)}`, `pi_${r.alnum(24)}`, `ch_${r.alnum(24)}`, `${r.nzdigits(16)}`]));
export const mandateRef = (r) => L('mandate_reference', r.pick([`MND-${r.digits(8)}`, `${r.upper(3)}${r.digits(10)}`, `M${r.digits(6)}-${r.int(1, 9)}`]));
export function creditorId(r) { const nat = r.digits(11); const num = (nat + 'DE00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55)); const chk = String(98 - mod97(num)).padStart(2, '0'); return L('creditor_id', `DE${chk}ZZZ${nat}`); }
export const bic = (r, cc) => L('bic', `${r.upper(4)}${cc || r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB', 'AT', 'CH', 'BE', 'PL'])}${r.upperalnum(2)}${r.chance(0.5) ? 'XXX' : ''}`);
export const meterNumber = (r) => L('meter_number', r.pick([`1ESY${r.digits(10)}`, `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `Z${r.digits(9)}`, `DE${r.digits(11)}${r.upperalnum(20)}`]));
export const caseNumber = (r) => L('case_number', r.pick([`Az. ${r.int(1, 99)} C ${r.int(100, 9999)}/${r.int(23, 25)}`.slice(4), `CASE-${r.digits(6)}`, `${r.int(2023, 2025)}/${r.digits(5)}`]));
export const timestamp = (r, v) => L('timestamp', v);
export const date = (r, v) => L('date', v);

// ----- invalid look-alikes (must fail their check)
export function invalidCard(r) {
  for (;;) { const c = cardDigits(r); const last = (Number(c.digits.slice(-1)) + r.int(1, 9)) % 10; const d = c.digits.slice(0, -1) + last; if (!luhnValid(d)) return L('invalid_card', fmtCard(r, d)); }
}
export function invalidIban(r, cc) {
  cc = cc || r.pick(IBAN_COUNTRIES);
  const raw = ibanRaw(r, cc);
  let bad;
  do { bad = raw.slice(0, 2) + String((Number(raw.slice(2, 4)) + r.int(1, 9)) % 100).padStart(2, '0') + raw.slice(4); } while (ibanValid(bad));
  return L('invalid_iban', r.chance(0.6) ? ibanPrint(bad) : bad, { cc });
}
export function invalidSsn(r) {
  const kind = r.pick(['area000', 'area666', 'group00', 'serial0000']);
  const a = kind === 'area000' ? '000' : kind === 'area666' ? '666' : r.pad(r.int(1, 665), 3);
  const g = kind === 'group00' ? '00' : r.pad(r.int(1, 99), 2);
  const s = kind === 'serial0000' ? '0000' : r.pad(r.int(1, 9999), 4);
  return L('invalid_ssn', `${a}-${g}-${s}`, { kind });
}
export function invalidItin(r) { const g = r.pick(['00', '12', '37', '49', '66', '69', '89', '93']); return L('invalid_itin', `9${r.digits(2)}-${g}-${r.digits(4)}`); }
export function invalidNhs(r) {
  for (;;) { const n = r.nzdigits(9); const c = nhsCheck(n); const bad = c === null ? String(r.int(0, 9)) : String((Number(c) + r.int(1, 9)) % 10); const d = n + bad; if (c === null || bad !== c) return L('invalid_nhs', `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`); }
}
export function invalidDea(r) { const six = r.digits(6); const c = (Number(deaCheck(six)) + r.int(1, 9)) % 10; return L('invalid_dea', `${r.pick(['A', 'B', 'F', 'M'])}${r.upper(1)}${six}${c}`); }
export const TEST_CARDS = ['4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '3056930009020004', '36227206271667', '3566002020360505', '4111111111111111', '5105105105105100', '4012888888881881', '4000000000000077', '4000002500003155'];
export const vendorTestCard = (r) => { const d = r.pick(TEST_CARDS); return L('vendor_test_card', r.chance(0.5) ? d : fmtCard(r, d, 'space')); };

// A random look-alike for filler positions (label text, value mark)
export function anyLookalike(r) {
  const f = r.pick([
    () => ['Ref.', referenceCode(r)], () => ['Order', orderNumber(r)], () => ['Tracking', trackingNumber(r)], () => ['Invoice', invoiceNumber(r)],
    () => ['Booking', bookingRef(r)], () => ['Meeting ID', meetingId(r)], () => ['Ticket', ticketNumber(r)], () => ['Flight', flightNumber(r)],
    () => ['Customer no.', customerNumber(r)], () => ['SKU', sku(r)], () => ['EAN', gtin(r)], () => ['Serial', serialNumber(r)], () => ['Policy', policyNumber(r)],
    () => ['Checksum', hash(r)], () => ['Version', version(r)], () => ['File ID', fileId(r)], () => ['Request', requestId(r)], () => ['CRM', crmId(r)],
  ]);
  return f();
}
