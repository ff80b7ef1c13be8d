// Look-alike generators: values that resemble secrets or PII but must pass through unchanged.
import { L } from './builder.mjs';
import { ean13Check, isbn10Check, rfReference, crc32 } from './checksums.mjs';
import { certificate, pem, sshPublicLine, spkiRsa, spkiEc } from './keys.mjs';
import { ALNUM, B64URL, UPPER_ALNUM } from './prng.mjs';
import { invalidCardTok, vendorCardTok, invalidIbanTok, invalidSsnTok, invalidNhsTok } from './pii.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');
export const gitSha = (r, short = false) => L('git_sha', r.hex(short ? r.pick([7, 8, 10, 12]) : 40));
export const uuid = (r, upper = false) => { const v = `${r.hex(8)}-${r.hex(4)}-${r.pick(['4', '7', '1'])}${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`; return L('uuid', upper ? v.toUpperCase() : v); };
export const digest = (r) => L('digest', 'sha256:' + r.hex(64));
export const integrity = (r) => { const k = r.pick([['sha512', 64], ['sha384', 48], ['sha256', 32]]); return L('integrity', `${k[0]}-${r.bytes(k[1]).toString('base64')}`); };
export const hash = (r, kind) => L('hash', r.hex({ md5: 32, sha1: 40, sha256: 64, sha512: 128 }[kind || r.pick(['md5', 'sha1', 'sha256'])]));
export const certificatePem = (r, cn, org) => L('certificate', pem('CERTIFICATE', certificate(r, cn, org)));
export function publicKey(r, kind) {
  kind = kind || r.pick(['ed25519', 'rsa', 'ecdsa', 'pem', 'stripe', 'mapbox']);
  if (kind === 'ed25519') return L('public_key', sshPublicLine(r, 'ssh-ed25519'));
  if (kind === 'rsa') return L('public_key', sshPublicLine(r, 'ssh-rsa'));
  if (kind === 'ecdsa') return L('public_key', sshPublicLine(r, 'ecdsa-sha2-nistp256'));
  if (kind === 'pem') return L('public_key', pem('PUBLIC KEY', r.chance(0.5) ? spkiRsa(r) : spkiEc(r)));
  if (kind === 'stripe') return L('public_key', 'pk_live_' + r.str(ALNUM, 24 + r.int(75)));
  const hdr = Buffer.from(JSON.stringify({ u: r.pick(['kestrel-maps', 'tanager', 'oakridge-geo']), a: 'cl' + r.str('abcdefghijklmnopqrstuvwxyz0123456789', 23) })).toString('base64url');
  return L('public_key', `pk.${hdr}.${r.str(B64URL, 22)}`);
}
export const PLACEHOLDERS = ['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'sk-...', 'YOUR_API_KEY_HERE', '<password>', '********', 'REPLACE_ME', 'TODO', 'dummy', '<redacted>', '{{ api_key }}', '%DB_PASSWORD%', 'xxxx-xxxx-xxxx', 'insert-key-here', '<secret>', 'your_password', '••••••••', 'n/a', '<paste token>', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', 'pa$$word', 'secret123'];
export const placeholder = (r, v) => L('placeholder', v ?? r.pick(PLACEHOLDERS));
export const AWS_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'];
export const awsExample = (r, which) => L('aws_example_key', which ?? r.pick(AWS_EXAMPLES));
export const envRef = (r, name) => { const n = name || r.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_KEY', 'SMTP_PASS', 'VAULT_TOKEN', 'SECRET_KEY_BASE']); return L('env_reference', r.pick([`\${${n}}`, `$${n}`, `\${{ secrets.${n} }}`, `%${n}%`, `{{ .Values.${n.toLowerCase()} }}`, `\${env:${n}}`, `process.env.${n}`])); };
export const orderNumber = (r) => L('order_number', r.pick([`ORD-${r.digits(8)}`, `#${r.range(100000, 999999)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `SO${r.digits(9)}`, `BST-${r.range(2019, 2025)}-${r.digits(6)}`]));
export const trackingNumber = (r) => L('tracking_number', r.pick([`1Z${r.str(UPPER_ALNUM, 6)}${r.digits(10)}`, `9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `JJD${r.digits(18)}`, `${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}${r.digits(9)}GB`, `${r.digits(12)}`]));
export const version = (r) => L('version', r.pick([`${r.range(0, 9)}.${r.range(0, 30)}.${r.range(0, 99)}`, `v${r.range(1, 5)}.${r.range(0, 20)}.${r.range(0, 9)}`, `${r.range(1, 4)}.${r.range(0, 12)}.${r.range(0, 9)}-rc.${r.range(1, 5)}`, `^${r.range(1, 18)}.${r.range(0, 9)}.${r.range(0, 9)}`, `~${r.range(0, 4)}.${r.range(0, 30)}`, `>=${r.range(1, 3)}.${r.range(0, 9)},<${r.range(4, 6)}`]));
export const buildNumber = (r) => L('build_number', r.pick([`#${r.range(100, 99999)}`, `build-${r.range(1000, 99999)}`, `${r.range(2023, 2025)}${pad(r.range(1, 12))}${pad(r.range(1, 28))}.${r.range(1, 30)}`, `b${r.range(100, 9999)}`]));
export const date = (r, style) => { const y = r.range(2018, 2025), m = r.range(1, 12), d = r.range(1, 28); return L('date', [`${y}-${pad(m)}-${pad(d)}`, `${pad(d)}/${pad(m)}/${y}`, `${pad(d)}.${pad(m)}.${y}`, `${m}/${d}/${y}`, `${y}年${m}月${d}日`][style ?? r.int(4)]); };
export function timestamp(r, style) {
  const y = r.range(2023, 2025), mo = r.range(1, 12), d = r.range(1, 28), h = r.int(24), mi = r.int(60), s = r.int(60), ms = r.int(1000);
  const base = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  return L('timestamp', [
    `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}.${pad(ms, 3)}Z`, `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`,
    String(Math.floor(base / 1000)), String(base), `${pad(d)}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]}/${y}:${pad(h)}:${pad(mi)}:${pad(s)} +0000`,
    `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+0${r.range(1, 9)}:00`,
  ][style ?? r.int(6)]);
}
export const price = (r, cur) => { const a = (r.range(100, 99999) / 100).toFixed(2); return L('price', cur ? cur(a) : r.pick([`$${a}`, `€${a.replace('.', ',')}`, `£${a}`, `${a.replace('.', ',')} €`, `¥${Math.round(+a * 100)}`, `${a} CHF`, `R$ ${a.replace('.', ',')}`, `₹${Math.round(+a * 10)}`])); };
export const coordinates = (r) => { const la = (r.float() * 140 - 70).toFixed(r.range(4, 6)), lo = (r.float() * 340 - 170).toFixed(r.range(4, 6)); return L('coordinates', r.pick([`${la}, ${lo}`, `${la},${lo}`, `(${la}, ${lo})`, `POINT(${lo} ${la})`])); };
export function isbn(r) {
  if (r.chance(0.7)) { const t = '978' + r.pick(['0', '1', '3', '84', '88', '2']) ; const body = t + r.digits(12 - t.length); const full = body + ean13Check(body); return L('isbn', r.chance(0.5) ? `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full[12]}` : full); }
  const nine = r.digits(9); return L('isbn', nine + isbn10Check(nine));
}
export const hexColor = (r) => L('hex_color', '#' + (r.chance(0.8) ? r.hex(6) : r.hex(3)));
export const invalidCard = invalidCardTok, vendorTestCard = vendorCardTok, invalidIban = invalidIbanTok, invalidSsn = invalidSsnTok, invalidNhs = invalidNhsTok;
export const dataUri = (r) => L('data_uri', `data:${r.pick(['image/png', 'image/gif', 'font/woff2', 'image/svg+xml'])};base64,${r.bytes(r.range(24, 90)).toString('base64')}`);
export const k8sResourceVersion = (r) => L('k8s_resource_version', String(r.range(100000, 999999999)));
export const requestId = (r) => L('request_id', r.pick([`req_${r.str(ALNUM, 24)}`, r.hex(32), `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`, `Root=1-${r.hex(8)}-${r.hex(24)}`, `00-${r.hex(32)}-${r.hex(16)}-01`, r.str(UPPER_ALNUM, 26)]));
export const crmId = (r) => L('crm_id', r.pick([`001${r.str(ALNUM, 15)}`, `003${r.str(ALNUM, 12)}AAA`, `CUST-${r.digits(6)}`, `${r.range(1000000, 99999999)}`, `C-${r.digits(5)}-${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}`, `lead_${r.hex(12)}`]));
export const hostname = (r) => L('hostname', `${r.pick(['db', 'api', 'web', 'cache', 'mq', 'ci-runner', 'ldap', 'vault', 'grafana', 'k8s-node'])}-${r.pick(['prod', 'stg', 'dev', 'eu1', 'use2'])}-${r.range(1, 24)}.${r.pick(['corp', 'internal', 'infra', 'svc'])}.${r.pick(['example', 'test', 'invalid'])}`);
export const macAddress = (r) => L('mac_address', Array.from({ length: 6 }, () => r.HEX(2)).join(r.pick([':', '-'])));
export const objectId = (r) => L('object_id', r.hex(24));
export const numericId = (r) => L('numeric_id', String(r.range(1, 9)) + r.digits(17));
export const maskedValue = (r) => L('masked_value', r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `***-**-${r.digits(4)}`, `•••• ${r.digits(4)}`, `${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}** **** **** **** ${r.digits(2)}`, `sk_live_…${r.str(ALNUM, 4)}`]));
export const keyFingerprint = (r) => L('key_fingerprint', r.chance(0.6) ? `SHA256:${r.bytes(32).toString('base64').replace(/=+$/, '')}` : Array.from({ length: 16 }, () => r.hex(2)).join(':'));
export const invoiceNumber = (r) => L('invoice_number', r.pick([`INV-${r.range(2020, 2025)}-${r.digits(5)}`, `F${r.digits(8)}`, `RE-${r.digits(6)}`, `FAC/${r.range(2022, 2025)}/${r.digits(4)}`]));
export const bookingReference = (r) => L('booking_reference', r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6));
export const ticketReference = (r) => L('ticket_reference', r.pick([`${r.pick(['OPS', 'SEC', 'HELP', 'IT', 'INFRA'])}-${r.range(10, 9999)}`, `INC${r.digits(7)}`, `RITM${r.digits(7)}`, `#${r.range(1000, 99999)}`]));
export const caseNumber = (r) => L('case_number', r.pick([`${r.range(1, 9)}:${r.range(18, 25)}-cv-${r.digits(5)}`, `Az. ${r.range(1, 30)} O ${r.range(10, 999)}/${r.range(18, 25)}`, `RG n° ${r.range(18, 25)}/${r.digits(5)}`, `Case No. ${r.range(2019, 2025)}-${r.digits(4)}`, `[${r.range(2019, 2025)}] EWHC ${r.range(10, 3999)} (${r.pick(['Ch', 'QB', 'Fam'])})`]));
export const score = (r) => L('score', `${r.int(6)}${r.pick(['–', '-', ':'])}${r.int(5)}`);
export const raceTime = (r) => L('race_time', r.chance(0.5) ? `${r.range(2, 4)}:${pad(r.int(60))}:${pad(r.int(60))}` : `${r.range(9, 59)}:${pad(r.int(60))}.${r.int(10)}`);
const BOOKS = ['Jn', 'Mt', 'Lk', 'Mk', 'Ps', 'Rom', 'Isa', '1 Cor', 'Gen', 'Mic', 'Ruth', 'Eccl'];
export const bibleRef = (r) => L('bible_reference', `${r.pick(BOOKS)} ${r.range(1, 28)}:${r.range(1, 40)}${r.chance(0.4) ? '–' + r.range(41, 50) : ''}`);
export const hymnNumber = (r) => L('hymn_number', String(r.range(1, 780)));
export const doi = (r) => L('doi', `10.${r.range(1000, 9999)}/${r.pick(['j.', 's', 'jama.', 'nature'])}${r.digits(r.range(4, 8))}`);
export const ean = (r) => { const b = r.pick(['40', '50', '87', '30', '76', '84']) + r.digits(10); return L('ean_barcode', b + ean13Check(b)); };
export const creditorReference = (r) => { const s = rfReference(r.digits(r.range(8, 14))); return L('creditor_reference', r.chance(0.5) ? s.match(/.{1,4}/g).join(' ') : s); };
export const percentage = (r) => L('percentage', `${r.range(1, 99)}${r.chance(0.4) ? ',' + r.int(10) : ''} %`.replace(' %', r.chance(0.5) ? '%' : ' %'));
export const flightNumber = (r) => L('flight_number', `${r.pick(['LH', 'BA', 'AF', 'IB', 'TK', 'NH', 'QR', 'ET', 'KQ', 'LA'])}${r.range(10, 2999)}`);
export const sku = (r) => L('sku', r.pick([`SKU-${r.str(UPPER_ALNUM, 8)}`, `${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3)}-${r.digits(4)}-${r.pick(['BLK', 'WHT', 'RED', 'M', 'XL'])}`, `ART.${r.digits(6)}`]));
export const base64Blob = (r) => L('base64_blob', Buffer.from(r.pick(['listen_addresses = *', 'log_level: info', '{"theme":"dark","lang":"pt-BR"}', 'max_connections=200', 'feature_flags=beta,search', 'Hello from the ConfigMap'])).toString('base64'));
export const crc = (r) => L('hash', (crc32(r.bytes(8)) >>> 0).toString(16).padStart(8, '0'));
export const ordinaryWord = (w) => L('ordinary_word', w);
export const pageRef = (r) => L('page_reference', `p. ${r.range(2, 480)}`);
export const semver = version;

export const ALL_SIMPLE = { gitSha, uuid, digest, integrity, hash, placeholder, awsExample, envRef, orderNumber, trackingNumber, version, buildNumber, date, timestamp, price, coordinates, isbn, hexColor, invalidCard, vendorTestCard, invalidIban, invalidSsn, invalidNhs, dataUri, k8sResourceVersion, requestId, crmId, hostname, macAddress, objectId, numericId, maskedValue, keyFingerprint, invoiceNumber, bookingReference, ticketReference, caseNumber, score, raceTime, bibleRef, hymnNumber, doi, ean, creditorReference, percentage, flightNumber, sku, base64Blob };
